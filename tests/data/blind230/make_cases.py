#!/usr/bin/env python3
"""Regenerate the blind230 evaluation cases (interview detection) deterministically.

Theme: a San Juan, Puerto Rico based pharmaceutical quality engineer (Marisol Cintron Rivera)
applying to pharma / medical-device plants in Puerto Rico and on the US mainland.
Puerto Rico = Atlantic Standard Time all year (UTC-4, no DST); New York / Indianapolis follow
US Eastern (EDT until 1 Nov 2026, EST after); Minneapolis follows US Central.

Standard library + PyYAML + zoneinfo only.  Usage:  python make_cases.py
Writes every b230-* case folder and labels.yaml next to this file (same bytes on every run).
"""
import base64
import hashlib
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from html import escape as html_escape
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "marisol.cintron@example.com"
OWNER_NAME = "Marisol Cintrón Rivera"
OWNER_WORK = "mcintron@cordillera-pharma.example"   # current employer, auto-forwards to OWNER

PR = ZoneInfo("America/Puerto_Rico")
NY = ZoneInfo("America/New_York")
IND = ZoneInfo("America/Indiana/Indianapolis")
CHI = ZoneInfo("America/Chicago")
UTC = ZoneInfo("UTC")

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


# ----------------------------------------------------------------------------- time helpers
def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(d, name):
    """Assert that the weekday named in the text matches the date."""
    i = d.weekday()
    ok = {EN_DAYS[i].lower(), EN_DAYS[i][:3].lower(), ES_DAYS[i], ES_DAYS[i][:3]}
    assert name.lower() in ok, f"{d.date()} is {EN_DAYS[i]}, text says {name}"
    return name


def rfc(d):
    return format_datetime(d)


def L(d):
    return d.strftime("%Y%m%dT%H%M%S")


def Z(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def iso(d):
    return d.isoformat()


def hexid(seed, n=32):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hexid(seed, n))


# ----------------------------------------------------------------------------- MIME helpers
def enc(s, name="Subject"):
    if s.isascii():
        return s
    return Header(s, "utf-8", header_name=name).encode()


def A(name, addr):
    return formataddr((name, addr), charset="utf-8") if name else addr


def part(ctype, body, cte="quoted-printable", extra=()):
    if isinstance(body, str):
        raw = body.encode("utf-8")
    else:
        raw = body
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw.replace(b"\r\n", b"\n")).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode("utf-8")
    hdr = [f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {cte}"]
    return "\n".join(hdr) + "\n\n" + payload.rstrip("\n") + "\n"


def multipart(subtype, boundary, parts):
    out = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n{p}"
    out += f"--{boundary}--\n"
    return out


def eml(headers, body):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n" + body


def html_from_text(text, font="Calibri,sans-serif", outlook=True):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        inner = "<br>\n".join(html_escape(x, quote=False) for x in p.split("\n"))
        out.append(f"<p>{inner}</p>")
    body = "\n".join(out)
    if outlook:
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '</head>\n<body lang="ES-PR" link="#0563C1" vlink="#954F72">\n'
                f'<div class="WordSection1" style="font-family:{font};font-size:11pt">\n{body}\n</div>\n</body>\n</html>\n')
    return f'<div dir="ltr">{body}</div>\n'


def quote(text, attribution):
    q = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return f"{attribution}\n\n{q}\n"


def received(host, ip, when, mta="mx1.example.com"):
    return (f"from {host} ({host} [{ip}])\n        by {mta} with ESMTPS id {hexid(host + str(when), 12)}\n"
            f"        for <{OWNER}>; {rfc(when)}")


# ----------------------------------------------------------------------------- iCalendar helpers
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    segs, cur = [], ""
    for ch in line:
        lim = 75 if not segs else 74
        if len((cur + ch).encode("utf-8")) > lim:
            segs.append(cur)
            cur = ch
        else:
            cur += ch
    segs.append(cur)
    return segs[0] + "".join("\r\n " + s for s in segs[1:])


def cal(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ = {
    "SA Western Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:SA Western Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0400",
        "END:STANDARD", "END:VTIMEZONE"],
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0400", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "US Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:US Eastern Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0400", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/Chicago": [
        "BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/Indianapolis": [
        "BEGIN:VTIMEZONE", "TZID:America/Indianapolis", "LAST-MODIFIED:20240422T053451Z",
        "TZURL:https://www.tzurl.org/zoneinfo-outlook/America/Indianapolis",
        "X-LIC-LOCATION:America/Indianapolis",
        "BEGIN:DAYLIGHT", "TZNAME:EDT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZNAME:EST", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/Puerto_Rico": [
        "BEGIN:VTIMEZONE", "TZID:America/Puerto_Rico", "X-LIC-LOCATION:America/Puerto_Rico",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0400", "TZNAME:AST",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
}


def attendee(name, addr, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True, google=False):
    if google:
        cn = name or addr
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};"
                f"CN={cn};X-NUM-GUESTS=0:mailto:{addr}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};CN={name}:mailto:{addr}"


# ----------------------------------------------------------------------------- Teams / Outlook
def teams_block(seed, lang="en"):
    tid = hexid(seed + "tid", 32)
    oid = hexid(seed + "oid", 32)
    tid = f"{tid[:8]}-{tid[8:12]}-{tid[12:16]}-{tid[16:20]}-{tid[20:32]}"
    oid = f"{oid[:8]}-{oid[8:12]}-{oid[12:16]}-{oid[16:20]}-{oid[20:32]}"
    thread = base64.b64encode(hashlib.sha256((seed + "th").encode()).digest()).decode()[:32]
    thread = re.sub(r"[^A-Za-z0-9]", "x", thread)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    mid = digits(seed + "mid", 15)
    mid = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}"
    pw = hexid(seed + "pw", 6)
    opts = (f"https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}"
            f"&threadId=19_meeting_{thread}@thread.v2&messageId=0&language={'en-US' if lang == 'en' else 'es-ES'}")
    bar = "_" * 80
    if lang == "en":
        text = (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pw}\n"
                "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<{opts}>\n{bar}")
    else:
        text = (f"{bar}\nReunión de Microsoft Teams\nÚnase desde el equipo, la aplicación móvil o el dispositivo de la sala\n"
                f"Haga clic aquí para unirse a la reunión<{url}>\nId. de reunión: {mid}\nCódigo de acceso: {pw}\n"
                "Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | "
                "Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                f"Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<{opts}>\n{bar}")
    return text, url


def exchange_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + hexid(seed + "uid", 16).upper() + \
        "000000000000000010000000" + hexid(seed + "uid2", 32).upper()


def outlook_msgid(seed):
    h = hexid(seed + "msgid", 28).upper()
    return f"<SJ0PR{h[:2]}MB{h[2:6]}{h[6:24]}@SJ0PR{h[:2]}MB{h[2:6]}.namprd{int(h[24:26], 16) % 20:02d}.prod.outlook.com>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256((seed + "ti").encode()).digest()[:22]).decode()


def exchange_invite(*, seed, sent, organizer, to, cc=(), subject, when_line, where, body, lang,
                    start, end, tzid, summary, method="REQUEST", seq=0, teams=True, location=None,
                    resent_to_owner_via=None, uid=None):
    """Outlook / Exchange meeting request (or cancellation) e-mail with a base64 text/calendar part."""
    en = lang == "en"
    tb, turl = teams_block(seed, lang) if teams else ("", None)
    head = (f"{'When' if en else 'Cuándo'}: {when_line}\n{'Where' if en else 'Dónde'}: {where}\n\n"
            "*~*~*~*~*~*~*~*~*~*\n\n")
    plain = head + body.strip("\n") + ("\n\n" + tb if teams else "") + "\n"
    lang_tag = "en-US" if en else "es-ES"
    loc = location or where
    uid = uid or exchange_uid(seed)
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ[tzid]
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for (n, a, role) in to + list(cc):
        lines.append(attendee(n, a, role=role))
    lines += [f"DESCRIPTION;LANGUAGE={lang_tag}:{esc(plain)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE={lang_tag}:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{L(start)}",
              f"DTEND;TZID={tzid}:{L(end)}",
              "CLASS:PUBLIC",
              f"PRIORITY:{1 if method == 'CANCEL' else 5}",
              f"DTSTAMP:{Z(sent)}",
              "TRANSP:OPAQUE",
              f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
              f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE={lang_tag}:{esc(loc)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(digits(seed + 'own', 9))}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              f"X-MICROSOFT-CDO-IMPORTANCE:{2 if method == 'CANCEL' else 1}",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}")
        lines.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(loc)}"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    ics = cal(lines)
    boundary = "_000_" + hexid(seed + "b", 32).upper() + "namprd" + digits(seed, 2) + "prod_"
    body_mp = multipart("alternative", boundary, [
        part('text/plain; charset="utf-8"', plain),
        part('text/html; charset="utf-8"', html_from_text(plain)),
        part(f'text/calendar; charset="utf-8"; method={method}', ics, "base64"),
    ])
    to_hdr = ", ".join(A(n, a) for (n, a, r) in to)
    cc_hdr = ", ".join(A(n, a) for (n, a, r) in cc) or None
    hdrs = [("Delivered-To", OWNER)]
    if resent_to_owner_via:
        hdrs += [("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{resent_to_owner_via} {OWNER}")]
    hdrs += [("Received", received("NAM04-SN1-obe.outbound.protection.outlook.com", "40.107.70." + str(int(digits(seed, 2)) + 10), sent)),
             ("From", A(*organizer)),
             ("To", to_hdr),
             ("CC", cc_hdr),
             ("Subject", enc(subject)),
             ("Thread-Topic", enc(re.sub(r"^(Cancelado|Canceled|Updated|Actualizado): ", "", subject), "Thread-Topic")),
             ("Thread-Index", thread_index(seed)),
             ("Date", rfc(sent.astimezone(UTC))),
             ("Message-ID", outlook_msgid(seed)),
             ("Accept-Language", "en-US" if en else "es-PR, en-US"),
             ("Content-Language", "en-US" if en else "es-ES"),
             ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hexid(seed + "s", 20)),
             ("x-ms-publictraffictype", "Email")]
    return eml(hdrs, body_mp), ics


def outlook_mail(*, seed, sent, frm, to, cc=(), subject, text, lang="en", in_reply_to=None, references=None,
                 extra=()):
    boundary = "_000_" + hexid(seed + "b", 32).upper() + "namprd" + digits(seed, 2) + "prod_"
    body_mp = multipart("alternative", boundary, [
        part('text/plain; charset="utf-8"', text),
        part('text/html; charset="utf-8"', html_from_text(text)),
    ])
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("NAM11-DM6-obe.outbound.protection.outlook.com", "40.107.223." + str(int(digits(seed, 2)) + 20), sent))]
    hdrs += list(extra)
    hdrs += [("From", A(*frm)),
             ("To", ", ".join(A(*t) for t in to)),
             ("CC", ", ".join(A(*c) for c in cc) or None),
             ("Subject", enc(subject)),
             ("Thread-Topic", enc(re.sub(r"^(RE|Re|RV|FW|Fwd): ", "", subject), "Thread-Topic")),
             ("Thread-Index", thread_index(seed)),
             ("Date", rfc(sent)),
             ("Message-ID", outlook_msgid(seed)),
             ("In-Reply-To", in_reply_to),
             ("References", references),
             ("Accept-Language", "en-US" if lang == "en" else "es-PR, en-US"),
             ("Content-Language", "en-US" if lang == "en" else "es-ES"),
             ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", "")]
    return eml(hdrs, body_mp)


def gmail_mail(*, seed, sent, frm, to, cc=(), subject, text, in_reply_to=None, references=None, mid=None):
    boundary = "0000000000" + hexid(seed + "gb", 18)
    body_mp = multipart("alternative", boundary, [
        part('text/plain; charset="UTF-8"', text),
        part('text/html; charset="UTF-8"', html_from_text(text, outlook=False)),
    ])
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mail-sor-f41.google.com", "209.85.220.41", sent)),
            ("From", A(*frm)),
            ("Date", rfc(sent)),
            ("Message-ID", mid or f"<CA+{base64.b64encode(hashlib.sha256(seed.encode()).digest()[:30]).decode().replace('/', '_')}@mail.gmail.com>"),
            ("In-Reply-To", in_reply_to),
            ("References", references),
            ("Subject", enc(subject)),
            ("To", ", ".join(A(*t) for t in to)),
            ("Cc", ", ".join(A(*c) for c in cc) or None)]
    return eml(hdrs, body_mp)


def gmail_msgid(seed):
    return f"<CA+{base64.b64encode(hashlib.sha256(seed.encode()).digest()[:30]).decode().replace('/', '_')}@mail.gmail.com>"


# ----------------------------------------------------------------------------- Google Calendar invite
def google_invite(*, seed, sent, organizer, guests, title, when_text, subj_when, description, start, end,
                  seq=0, kind="Invitation", uid=None, meet=None, created=None):
    uid = uid or hexid(seed + "guid", 26) + "@google.com"
    meet = meet or f"{hexid(seed+'m1',3)}-{hexid(seed+'m2',4)}-{hexid(seed+'m3',3)}"
    meet = re.sub(r"[0-9]", lambda m: "abcdefghij"[int(m.group())], meet)
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"DTSTART:{Z(start)}", f"DTEND:{Z(end)}", f"DTSTAMP:{Z(sent)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for (n, a, ps) in guests:
        lines.append(attendee(n, a, partstat=ps, rsvp=(ps == "NEEDS-ACTION"), google=True))
    desc_ics = (description + "\n\nJoin with Google Meet: https://meet.google.com/" + meet +
                "\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720")
    lines += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}",
              f"CREATED:{Z(created or sent)}",
              f"DESCRIPTION:{esc(desc_ics)}",
              f"LAST-MODIFIED:{Z(sent)}", "LOCATION:", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
              f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:EMAIL", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H30M0S", f"ATTENDEE:mailto:{OWNER}", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    ics = cal(lines)
    intro = ("You have been invited to the following event." if kind == "Invitation"
             else "This event has been updated.")
    guest_lines = "\n".join(
        (f"{n or a} - organizer" if a == organizer[1] else (n or a)) for (n, a, ps) in guests)
    plain = (f"{intro}\n\n{title}\n{when_text}\n\nJoin with Google Meet\nhttps://meet.google.com/{meet}\n\n"
             f"Join by phone\n(US) +1 786-555-01{digits(seed, 2)}\nPIN: {digits(seed + 'pin', 9)}\n\n"
             f"View all phone numbers\nhttps://tel.meet/{meet}?pin={digits(seed + 'pin', 13)}\n\n"
             f"{description}\n\nOrganizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guest_lines}\n"
             f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
             f"Reply for {OWNER}\nYes\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1\n"
             f"No\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2\n"
             f"Maybe\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3\n\n"
             "More options https://calendar.google.com/calendar/event?action=VIEW&eid=" + eid + "\n\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             f"You are receiving this email because you are an attendee on the event. To stop receiving future "
             f"updates for this event, decline this event.\n\nForwarding this invitation could allow any recipient "
             f"to send a response to the organizer, be added to the guest list, invite others regardless of their "
             f"own invitation status, or modify your RSVP.\n\nLearn more https://support.google.com/calendar/answer/37135#forwarding\n")
    html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body><div itemscope itemtype="http://schema.org/EventReservation">'
            f'<h2 style="font-size:22px">{html_escape(title)}</h2>'
            f'<div><span style="font-weight:bold">When</span> {html_escape(when_text)}</div>'
            f'<div><a href="https://meet.google.com/{meet}">Join with Google Meet</a></div>'
            f'<div style="white-space:pre-wrap">{html_escape(description)}</div>'
            f'<div><span style="font-weight:bold">Organizer</span> {html_escape(organizer[0])} {organizer[1]}</div>'
            '<div><span style="font-weight:bold">Guests</span><br>' +
            "<br>".join(html_escape(x) for x in guest_lines.split("\n")) +
            '</div><p>Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>'
            '</div></body></html>\n')
    b_mixed = "000000000000" + hexid(seed + "bm", 16)
    b_alt = "000000000000" + hexid(seed + "ba", 16)
    alt = multipart("alternative", b_alt, [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        part('text/html; charset="UTF-8"', html),
        part('text/calendar; charset="UTF-8"; method=REQUEST', ics, "7bit" if ics.isascii() else "base64"),
    ])
    body = multipart("mixed", b_mixed, [
        alt,
        part('application/ics; name="invite.ics"', ics, "base64",
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    subject = f"{kind}: {title} @ {subj_when} ({OWNER})"
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mail-sor-f73.google.com", "209.85.220.73", sent)),
            ("Return-Path", f"<{digits(seed, 4)}{hexid(seed + 'rp', 20)}-calendar-server.bounces.google.com>"),
            ("Reply-To", A(*organizer)),
            ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Message-ID", f"<calendar-{hexid(seed + 'cm', 8)}-{hexid(seed + 'cm2', 4)}-{hexid(seed + 'cm3', 4)}-{hexid(seed + 'cm4', 4)}-{hexid(seed + 'cm5', 12)}@google.com>"),
            ("Date", rfc(sent.astimezone(UTC))),
            ("Subject", enc(subject)),
            ("From", A(*organizer)),
            ("To", OWNER)]
    return eml(hdrs, body), ics


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


SIG_OWNER = "Marisol Cintrón Rivera\n(787) 555-0163"
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================================= POSITIVES
@case
def c01():
    slug = "b230-01-icims-recruiter-screen-es"
    sent = T(PR, 2026, 10, 5, 9, 12, 44)
    wd(sent, "lunes")
    start = T(PR, 2026, 10, 8, 10, 0)
    end = start + timedelta(minutes=30)
    wd(start, "jueves")
    rec = ("Lourdes Nieves", "lourdes.nieves@caribe-esteril.example")
    role = "Ingeniero(a) de Calidad II – Operaciones Estériles"
    text = f"""Hola Marisol:

Gracias por su interés en la posición de {role} (Req. 2026-1187) en nuestra planta de Manatí.

Nos complace confirmar su entrevista telefónica inicial:

Fecha: jueves, 8 de octubre de 2026
Hora: 10:00 a.m. – 10:30 a.m. (hora de Puerto Rico)
Formato: Llamada telefónica
Entrevistadora: Lourdes Nieves, Especialista de Reclutamiento

La Sra. Nieves le llamará al número que aparece en su solicitud, (787) 555-0163. Durante la llamada conversarán sobre su experiencia en validación de procesos asépticos, manejo de desviaciones y su disponibilidad para trabajar turnos rotativos.

Si necesita reprogramar, escriba directamente a lourdes.nieves@caribe-esteril.example con al menos 24 horas de anticipación.

Saludos cordiales,

Equipo de Reclutamiento
Laboratorios Caribe Estéril
Carr. 2 Km 47.3, Manatí, PR 00674

Este mensaje fue enviado a través de iCIMS. Por favor, no responda a la dirección del remitente.
"""
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">'
            '<table width="600" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td>'
            '<img src="https://careers-caribe-esteril.icims.com/icims2/servlet/icims2?module=AppInert&action=download&id=88123&hashed=0" alt="Laboratorios Caribe Estéril" width="180"><br><br>'
            + html_from_text(text, outlook=False) + '</td></tr></table></body></html>\n')
    b = "----=_Part_" + digits(slug, 7) + "_" + digits(slug + "x", 9) + "." + digits(slug + "y", 13)
    body = multipart("alternative", b, [
        part('text/plain; charset=UTF-8', text),
        part('text/html; charset=UTF-8', html),
    ])
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mta-out-07.icims.com", "52.4.183.17", sent)),
            ("Return-Path", "<bounces+2093441-caribeesteril@talent.icims.com>"),
            ("Date", rfc(sent)),
            ("From", A("Laboratorios Caribe Estéril", "caribeesteril+autoreply@talent.icims.com")),
            ("Reply-To", A(*rec)),
            ("To", A(OWNER_NAME, OWNER)),
            ("Message-ID", f"<{digits(slug, 10)}.{digits(slug + 'm', 6)}.{sent.strftime('%Y%m%d%H%M%S')}@talent.icims.com>"),
            ("Subject", enc(f"Confirmación de entrevista telefónica – {role} (Req. 2026-1187)")),
            ("X-Mailer", "iCIMS Talent Platform"),
            ("X-ICIMS-Customer-ID", "caribeesteril")]
    files = {"01-icims-confirmacion-entrevista.eml": eml(hdrs, body)}
    lab = label([iv("Laboratorios Caribe Estéril", role, start, end, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
                "easy", "positive/ats-icims-spanish",
                "iCIMS confirmation in Spanish, sender is an iCIMS autoreply address; the recruiter named in Reply-To "
                "and in the text conducts the 30-minute phone screen (jueves 8 de octubre, 10:00 a.m. hora de Puerto Rico).")
    return slug, files, lab


@case
def c02():
    slug = "b230-02-teams-sa-western-hiring-manager"
    sent = T(PR, 2026, 10, 6, 15, 41, 7)
    start = T(PR, 2026, 10, 14, 14, 0)
    end = start + timedelta(hours=1)
    wd(start, "Wednesday")
    hm = ("Héctor Maldonado", "hector.maldonado@borinquen-meddev.example")
    role = "Senior Quality Engineer – Complaint Handling"
    body = f"""Hi Marisol,

As discussed with Wanda from HR, this is our one-hour conversation about the {role} position at our Villalba site. I'll walk you through the team and the complaint-handling process, and I'd like to go over one or two complaint investigations you have led (MDR/vigilance decisions, trending, CAPA linkage).

Nos vemos por Teams.

Saludos,
Héctor Maldonado
Quality Manager – Complaint Handling
Borinquen Medical Devices | Villalba, PR
"""
    msg, _ = exchange_invite(
        seed=slug, sent=sent, organizer=hm, to=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
        subject=f"Interview – {role} – Marisol Cintrón",
        when_line="Wednesday, October 14, 2026 2:00 PM-3:00 PM (UTC-04:00) Georgetown, La Paz, Manaus, San Juan.",
        where="Microsoft Teams Meeting", body=body, lang="en", start=start, end=end,
        tzid="SA Western Standard Time", summary=f"Interview – {role} – Marisol Cintrón")
    files = {"01-teams-invite-hiring-manager.eml": msg}
    lab = label([iv("Borinquen Medical Devices", role, start, end, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
                "medium", "positive/teams-windows-tzid",
                "Exchange/Teams request with TZID 'SA Western Standard Time' (UTC-4, STANDARD block only, no DST). "
                "The organizer is the hiring manager and conducts the interview.")
    return slug, files, lab


@case
def c03():
    slug = "b230-03-workday-ics-new-jersey-est"
    sent = T(NY, 2026, 11, 2, 10, 3, 19)
    wd(sent, "Monday")
    start = T(NY, 2026, 11, 9, 13, 0)
    end = start + timedelta(hours=1)
    wd(start, "Monday")
    assert start.utcoffset() == timedelta(hours=-5)
    role = "Validation Engineer III"
    iv_ = ("Gregory Adler", "gregory.adler@raritan-sterile.example")
    rec = ("Dana Whitfield", "dana.whitfield@raritan-sterile.example")
    text = f"""Dear Marisol,

Your interview for the {role} position (R-0042817) has been scheduled. The details are below and a calendar invitation is attached to this message.

Interview: Technical Interview – Validation
Date: Monday, November 9, 2026
Time: 1:00 PM - 2:00 PM Eastern Standard Time (EST)
Location: Microsoft Teams (the join link is in the calendar invitation)
Interviewer: Gregory Adler, Associate Director, Validation

Please be prepared to discuss equipment qualification (IQ/OQ/PQ), cleaning validation and your experience with Kneat or other paperless validation systems.

If you have questions, please contact your recruiter, Dana Whitfield, at {rec[1]}.

To review your application, sign in to Candidate Home:
https://raritansterile.wd1.myworkdayjobs.com/en-US/RSS_Careers/userHome

Thank you,
Raritan Sterile Solutions Talent Acquisition

This is an automated message sent from Workday. Please do not reply to this email.
"""
    tb, turl = teams_block(slug)
    desc = (f"Technical Interview – Validation\nCandidate: Marisol Cintrón Rivera\nJob Requisition: R-0042817 {role}\n"
            f"Interviewer: Gregory Adler\n\n{tb}")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Workday\\, Inc.//Workday Recruiting//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ["America/New_York"] + [
             "BEGIN:VEVENT", f"UID:WD-INTERVIEW-{digits(slug, 12)}@raritansterile.myworkday.com",
             f"DTSTAMP:{Z(sent)}", f"DTSTART;TZID=America/New_York:{L(start)}",
             f"DTEND;TZID=America/New_York:{L(end)}",
             f"SUMMARY:{esc('Interview: Marisol Cintrón Rivera - ' + role + ' (R-0042817)')}",
             f"DESCRIPTION:{esc(desc)}", "LOCATION:Microsoft Teams Meeting",
             "ORGANIZER;CN=Raritan Sterile Solutions:mailto:raritansterile@myworkday.com",
             attendee(iv_[0], iv_[1], role="CHAIR", partstat="ACCEPTED", rsvp=False),
             attendee("Marisol Cintrón Rivera", OWNER),
             "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = cal(lines)
    b_m = "----=_Part_" + digits(slug + "m", 6) + "_" + digits(slug + "n", 10) + "." + digits(slug + "o", 13)
    b_a = "----=_Part_" + digits(slug + "a", 6) + "_" + digits(slug + "b", 10) + "." + digits(slug + "c", 13)
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">'
            + html_from_text(text, outlook=False) + '</body></html>\n')
    body = multipart("mixed", b_m, [
        multipart("alternative", b_a, [part("text/plain; charset=UTF-8", text),
                                       part("text/html; charset=UTF-8", html)]),
        part('text/calendar; charset=UTF-8; method=REQUEST; name="Interview.ics"', ics, "base64",
             extra=['Content-Disposition: attachment; filename="Interview.ics"']),
    ])
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mail-out3.myworkday.com", "198.51.100.33", sent)),
            ("Return-Path", "<bounce-raritansterile@myworkday.com>"),
            ("Date", rfc(sent)),
            ("From", A("Raritan Sterile Solutions", "raritansterile@myworkday.com")),
            ("To", OWNER),
            ("Message-ID", f"<{digits(slug, 13)}.{digits(slug + 'q', 7)}.JavaMail.wdprod@wd1-prod-ashburn-{digits(slug, 2)}>"),
            ("Subject", f"Interview Scheduled: {role} (R-0042817)")]
    files = {"01-workday-interview-scheduled.eml": eml(hdrs, body)}
    lab = label([iv("Raritan Sterile Solutions", role, start, end, "scheduled", [iv_[1]], [iv_[1]], "technical")],
                "medium", "positive/ats-workday-ics",
                "Workday notification (no-reply sender) with an Interview.ics attachment (TZID America/New_York). "
                "Interview is after the 1 Nov fall-back: 1:00 PM EST = 2:00 PM AST. The interviewer's address only "
                "appears as ATTENDEE in the .ics; the recruiter is contact only.")
    return slug, files, lab


@case
def c04():
    slug = "b230-04-zoom-indianapolis-after-dst"
    sent = T(IND, 2026, 11, 4, 11, 22, 10)
    wd(sent, "Wednesday")
    start = T(IND, 2026, 11, 10, 13, 0)
    end = start + timedelta(hours=1)
    wd(start, "Tuesday")
    assert start.astimezone(PR).hour == 14
    hm = ("Brent Kowalski", "brent.kowalski@circlecity-bio.example")
    role = "QA Engineer II – Sterile Fill/Finish"
    mid = digits(slug + "zm", 11)
    mid_fmt = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    pwd = digits(slug + "pc", 6)
    zurl = f"https://circlecity-bio.zoom.us/j/{mid}?pwd={hexid(slug + 'pwd', 32)}.1"
    invite = f"""Brent Kowalski is inviting you to a scheduled Zoom meeting.

Topic: Technical Interview – M. Cintrón – {role}
Time: Nov 10, 2026 01:00 PM Indiana (East)

Join Zoom Meeting
{zurl}

Meeting ID: {mid_fmt}
Passcode: {pwd}

---

One tap mobile
+13092053325,,{mid}#,,,,*{pwd}# US
+13126266799,,{mid}#,,,,*{pwd}# US (Chicago)

---

Dial by your location
• +1 309 205 3325 US
• +1 312 626 6799 US (Chicago)
• +1 646 931 3860 US

Meeting ID: {mid_fmt}
Passcode: {pwd}

Find your local number: https://circlecity-bio.zoom.us/u/a{hexid(slug + 'loc', 8)}
"""
    text = f"""Hi Marisol,

Thanks again for making time to talk with me next week. As promised, here are the Zoom details for our technical interview (about 60 minutes). We'll dig into media fills, EM excursions and a deviation investigation you've led, so feel free to bring examples (non-confidential, of course). I've also attached the calendar file.

Since we're in Indianapolis the time below is Eastern. We fell back this past Sunday, so 1:00 PM here is 2:00 PM for you in San Juan.

{invite}
Best,
Brent

Brent Kowalski | Manager, Quality Assurance – Sterile Operations
Circle City Biologics | 1450 W. Morris St., Indianapolis, IN 46221
"""
    msg = outlook_mail(seed=slug, sent=sent, frm=hm, to=[(OWNER_NAME, OWNER)],
                       subject=f"Technical interview – {role} – Tue Nov 10", text=text)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ["America/Indianapolis"] + [
             "BEGIN:VEVENT", f"DTSTAMP:{Z(sent)}",
             f"DTSTART;TZID=America/Indianapolis:{L(start)}",
             f"DTEND;TZID=America/Indianapolis:{L(end)}",
             f"SUMMARY:{esc('Technical Interview – M. Cintrón – ' + role)}",
             f"UID:{L(sent)}-{mid}@zoom.us", "TZID:America/Indianapolis",
             f"DESCRIPTION:{esc(invite)}", f"LOCATION:{esc(zurl)}",
             f"ORGANIZER;CN={hm[0]}:mailto:{hm[1]}",
             attendee(OWNER_NAME, OWNER),
             "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
             "END:VEVENT", "END:VCALENDAR"]
    files = {"01-brent-zoom-details.eml": msg, "02-zoom-technical-interview.ics": cal(lines)}
    lab = label([iv("Circle City Biologics", role, start, end, "scheduled", [hm[1]], [hm[1]], "technical")],
                "medium", "positive/zoom-indianapolis-dst",
                "Hiring-side manager mails Zoom text ('Nov 10, 2026 01:00 PM Indiana (East)') plus a standalone Zoom "
                ".ics (TZID America/Indianapolis). Same interview twice -> one entry. After 1 Nov: 1 PM EST = 2 PM AST.")
    return slug, files, lab


@case
def c05():
    slug = "b230-05-successfactors-minneapolis-cdt"
    sent = T(CHI, 2026, 10, 8, 9, 55, 31)
    wd(sent, "Thursday")
    start = T(CHI, 2026, 10, 20, 9, 0)
    end = start + timedelta(hours=1)
    wd(start, "Tuesday")
    assert start.astimezone(PR).hour == 10
    role = "Supplier Quality Engineer II"
    rec = ("Jamal Price", "jamal.price@northstar-cardiac.example")
    ivr = ("Kristin Halvorsen", "kristin.halvorsen@northstar-cardiac.example")
    tb, turl = teams_block(slug)
    text = f"""Dear Marisol Cintrón Rivera,

Thank you for your interest in North Star Cardiac Devices. We are pleased to confirm your interview for the position below.

Position: {role} (Req 48213)
Interview Type: Video Interview – Technical
Interview Date: Tuesday, October 20, 2026
Interview Time: 9:00 AM - 10:00 AM (GMT-05:00) Central Time (US & Canada)
Interviewer(s): Kristin Halvorsen – Principal Supplier Quality Engineer
Location: Microsoft Teams – the meeting link is included in the attached calendar invitation

If you need to reschedule, please contact your recruiter, Jamal Price ({rec[1]}).

We look forward to speaking with you.

North Star Cardiac Devices Talent Acquisition
4100 Lexington Ave N, Arden Hills, MN 55126

Please do not reply to this automatically generated message.
"""
    desc = f"Interview: {role} (Req 48213)\nCandidate: Marisol Cintrón Rivera\nInterviewer: Kristin Halvorsen\n\n{tb}"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//SAP SuccessFactors//Interview Scheduling//EN", "VERSION:2.0",
             "METHOD:REQUEST"] + VTZ["America/Chicago"] + [
             "BEGIN:VEVENT", f"UID:SF-IS-{digits(slug, 10)}-northstarcard@successfactors.com",
             f"DTSTAMP:{Z(sent)}", f"DTSTART;TZID=America/Chicago:{L(start)}",
             f"DTEND;TZID=America/Chicago:{L(end)}",
             f"SUMMARY:{esc('Interview - ' + role + ' - Marisol Cintrón Rivera')}",
             f"DESCRIPTION:{esc(desc)}", "LOCATION:Microsoft Teams Meeting",
             f"ORGANIZER;CN={rec[0]}:mailto:{rec[1]}",
             attendee(ivr[0], ivr[1], partstat="ACCEPTED", rsvp=False),
             attendee("Marisol Cintrón Rivera", OWNER),
             "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    ics = cal(lines)
    b_m = "----=_Part_" + digits(slug + "m", 7) + "_" + digits(slug + "n", 9) + "." + digits(slug + "o", 13)
    b_a = "----=_Part_" + digits(slug + "a", 7) + "_" + digits(slug + "b", 9) + "." + digits(slug + "c", 13)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body><div style="font-family:\'72\',Arial,sans-serif;font-size:14px">'
            + html_from_text(text, outlook=False) + '</div></body></html>\n')
    body = multipart("mixed", b_m, [
        multipart("alternative", b_a, [part("text/plain; charset=UTF-8", text),
                                       part("text/html; charset=UTF-8", html, "base64")]),
        part('text/calendar; charset=UTF-8; method=REQUEST; name="interview.ics"', ics, "base64",
             extra=['Content-Disposition: attachment; filename="interview.ics"']),
    ])
    mid1 = f"<{digits(slug, 10)}.{digits(slug + 'p', 5)}.{digits(slug + 't', 13)}@successfactors.com>"
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mail.successfactors.com", "155.56.208.41", sent)),
            ("Date", rfc(sent)),
            ("From", A("North Star Cardiac Devices", "DoNotReply@successfactors.com")),
            ("Reply-To", A(*rec)),
            ("To", A(OWNER_NAME, OWNER)),
            ("Message-ID", mid1),
            ("Subject", f"Interview Confirmation - {role} (Req 48213)")]
    m1 = eml(hdrs, body)
    sent2 = T(CHI, 2026, 10, 8, 13, 17, 2)
    q = ("Hi Jamal,\n\nThank you for the confirmation. Just to be sure on the time zone: 9:00 AM Central is "
         "10:00 AM Atlantic (Puerto Rico), correct? Puerto Rico does not observe daylight saving time.\n\n"
         "Thanks,\nMarisol")
    text2 = ("Hi Marisol,\n\nYes, that's right: 9:00 AM Central / 10:00 AM in Puerto Rico on Tuesday the 20th. "
             "Kristin is looking forward to talking with you.\n\nBest,\nJamal\n\nJamal Price\nTalent Acquisition Partner\n"
             "North Star Cardiac Devices\n\n" +
             quote(q, f"On Thu, Oct 8, 2026 at 12:48 PM Marisol Cintrón Rivera <{OWNER}> wrote:"))
    m2 = outlook_mail(seed=slug + "2", sent=sent2, frm=rec, to=[(OWNER_NAME, OWNER)],
                      subject=f"RE: Interview Confirmation - {role} (Req 48213)", text=text2,
                      in_reply_to=gmail_msgid(slug + "q"), references=f"{mid1} {gmail_msgid(slug + 'q')}")
    files = {"01-successfactors-interview-confirmation.eml": m1, "02-re-time-zone-question.eml": m2}
    lab = label([iv("North Star Cardiac Devices", role, start, end, "scheduled", [ivr[1]], [ivr[1]], "technical")],
                "medium", "positive/ats-successfactors-central",
                "SuccessFactors confirmation with interview.ics (TZID America/Chicago, CDT) + recruiter reply confirming "
                "9:00 AM Central = 10:00 AM AST. Recruiter is the ICS organizer only; interviewer is the ATTENDEE.")
    return slug, files, lab


@case
def c06():
    slug = "b230-06-plant-tour-panel-onsite-es"
    sent1 = T(PR, 2026, 10, 15, 16, 20, 5)
    wd(sent1, "jueves")
    day = T(PR, 2026, 10, 23)
    wd(day, "viernes")
    start = T(PR, 2026, 10, 23, 9, 0)
    end = T(PR, 2026, 10, 23, 13, 45)
    role = "Ingeniero(a) de Calidad III – Operaciones Asépticas"
    yo = ("Yesenia Ortiz", "yesenia.ortiz@turabo-parenterals.example")
    ws = ("Wilfredo Santiago", "wilfredo.santiago@turabo-parenterals.example")
    cl = ("Carmen Lugo", "carmen.lugo@turabo-parenterals.example")
    jr = ("José Ramos", "jose.ramos@turabo-parenterals.example")
    nv = ("Noemí Vélez", "noemi.velez@turabo-parenterals.example")
    rc = ("Rubén Colón", "ruben.colon@turabo-parenterals.example")
    sig = ("Yesenia Ortiz\nCoordinadora de Reclutamiento | Recursos Humanos\nTurabo Parenterals, LLC\n"
           "Carr. 189 Km 5.2, Gurabo, PR 00778\nTel. (787) 555-0118")
    t1 = f"""Buenas tardes, Marisol:

¡Saludos! El equipo quedó muy complacido con su entrevista telefónica y nos gustaría invitarla a una entrevista en sitio en nuestra planta de Gurabo el viernes 23 de octubre. El itinerario es el siguiente (hora de Puerto Rico):

8:45 a.m. – Llegada a la caseta de seguridad (Portón 2) para registro y entrega de identificación de visitante.
9:00 a.m. – 10:15 a.m. – Recorrido por la planta (áreas de llenado aséptico, inspección visual y empaque) con el Ing. Wilfredo Santiago, Gerente de Operaciones de Calidad.
10:30 a.m. – 12:00 p.m. – Entrevista de panel con la Ing. Carmen Lugo (Directora de Calidad), el Ing. José Ramos (Líder de Validación) y la Lcda. Noemí Vélez (Asuntos Regulatorios).
12:00 p.m. – 1:00 p.m. – Almuerzo con el equipo de Calidad.
1:00 p.m. – 1:45 p.m. – Conversación final con el Ing. Rubén Colón, Director de Planta.

Para el recorrido se requiere vestimenta de área controlada; nosotros le proveemos el gowning. Por favor, traiga identificación con foto, use zapatos cerrados de tacón bajo y evite maquillaje y prendas (requisito de las áreas clasificadas).

Le agradeceré que me confirme su asistencia.

Saludos,

{sig}
"""
    m1id = outlook_msgid(slug + "1")
    m1 = outlook_mail(seed=slug + "1", sent=sent1, frm=yo, to=[(OWNER_NAME, OWNER)],
                      subject="Invitación a entrevista en sitio – Turabo Parenterals", text=t1, lang="es")
    owner_id = gmail_msgid(slug + "owner")
    q = ("Buenas noches, Yesenia:\n\nMuchas gracias por la invitación. Confirmo mi asistencia el viernes 23 a las "
         "8:45 a.m. ¿Hay estacionamiento para visitantes cerca del Portón 2?\n\nSaludos,\nMarisol")
    sent2 = T(PR, 2026, 10, 16, 8, 2, 40)
    wd(sent2, "viernes")
    t2 = ("Buenos días, Marisol:\n\nSí, hay estacionamiento para visitantes justo frente al Portón 2. En unos minutos "
          "le llega la invitación de calendario con el horario completo. El recorrido comienza a las 9:00 a.m., así que "
          "llegar a las 8:45 está perfecto.\n\nSaludos,\n\n" + sig + "\n\n" +
          "De: Marisol Cintrón Rivera <" + OWNER + ">\nEnviado el: jueves, 15 de octubre de 2026 8:47 p. m.\n"
          "Para: Yesenia Ortiz <" + yo[1] + ">\nAsunto: Re: Invitación a entrevista en sitio – Turabo Parenterals\n\n" + q + "\n")
    m2 = outlook_mail(seed=slug + "2", sent=sent2, frm=yo, to=[(OWNER_NAME, OWNER)],
                      subject="RE: Invitación a entrevista en sitio – Turabo Parenterals", text=t2, lang="es",
                      in_reply_to=owner_id, references=f"{m1id} {owner_id}")
    sent3 = T(PR, 2026, 10, 16, 8, 10, 12)
    body3 = f"""Marisol:

Le envío la invitación para su entrevista en sitio del viernes 23 de octubre. Favor de llegar a las 8:45 a.m. a la caseta del Portón 2 para el registro.

9:00 – 10:15 Recorrido de planta – Ing. Wilfredo Santiago
10:30 – 12:00 Panel – Ing. Carmen Lugo, Ing. José Ramos, Lcda. Noemí Vélez
12:00 – 1:00 Almuerzo con el equipo de Calidad
1:00 – 1:45 Conversación final – Ing. Rubén Colón

Saludos,
Yesenia Ortiz
Coordinadora de Reclutamiento
"""
    to = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT")] + [(p[0], p[1], "REQ-PARTICIPANT") for p in (ws, cl, jr, nv, rc)]
    m3, _ = exchange_invite(
        seed=slug + "3", sent=sent3, organizer=yo, to=to,
        subject="Entrevista en sitio – Marisol Cintrón – Ingeniero(a) de Calidad III",
        when_line="viernes, 23 de octubre de 2026 9:00-13:45 (UTC-04:00) Georgetown, La Paz, Manaos, San Juan.",
        where="Turabo Parenterals – Edificio 1, Sala de Conferencias El Yunque (Gurabo)", body=body3, lang="es",
        start=start, end=end, tzid="SA Western Standard Time", teams=False,
        summary="Entrevista en sitio – Marisol Cintrón – Ingeniero(a) de Calidad III")
    files = {"01-yesenia-itinerario-entrevista-en-sitio.eml": m1,
             "02-re-estacionamiento-porton-2.eml": m2,
             "03-invitacion-entrevista-en-sitio.eml": m3}
    ivs = [ws[1], cl[1], jr[1], nv[1], rc[1]]
    lab = label([iv("Turabo Parenterals", role, start, end, "scheduled", ivs, ivs, "onsite")],
                "hard", "positive/onsite-plant-tour-panel",
                "Spanish itinerary + reply + Outlook invite (SA Western Standard Time) for one on-site day: plant tour, "
                "panel, lunch, closing chat with the plant director -> ONE onsite 9:00-13:45 AST. The 8:45 security "
                "check-in is arrival logistics, not a session. Tour leader and all panelists conduct sessions; the "
                "recruiting coordinator (organizer) does not.")
    return slug, files, lab


@case
def c07():
    slug = "b230-07-google-reschedule-across-dst"
    cm = ("Caitlin Moore", "caitlin.moore@gsb-ortho.example")
    af = ("Alan Fischer", "alan.fischer@gsb-ortho.example")
    role = "Quality Systems Engineer"
    title = f"Interview: Marisol Cintrón / {role} – Great South Bay Orthopedics"
    desc = (f"Video interview with Alan Fischer, Director of Quality Systems (hiring manager), for the {role} role "
            "at our Hauppauge, NY site.\n\nCaitlin Moore (Talent Acquisition) is scheduling only and will not join the call.")
    s1 = T(NY, 2026, 10, 21, 14, 5, 12)
    st1 = T(NY, 2026, 10, 29, 15, 0)
    wd(st1, "Thu")
    en1 = st1 + timedelta(minutes=45)
    assert st1.astimezone(PR).hour == 15
    guests = [(cm[0], cm[1], "ACCEPTED"), (af[0], af[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")]
    uid = hexid(slug + "uid", 26) + "@google.com"
    m1, _ = google_invite(seed=slug + "1", sent=s1, organizer=cm, guests=guests, title=title,
                          when_text="Thursday Oct 29, 2026 ⋅ 3pm – 3:45pm (Atlantic Standard Time - Puerto Rico)",
                          subj_when="Thu Oct 29, 2026 3pm - 3:45pm (AST)", description=desc,
                          start=st1, end=en1, uid=uid, meet="hvq-rtzk-mwp")
    s2 = T(NY, 2026, 10, 26, 13, 31, 48)
    wd(s2, "Monday")
    st2 = T(NY, 2026, 11, 3, 15, 0)
    wd(st2, "Tuesday")
    en2 = st2 + timedelta(minutes=45)
    assert st2.astimezone(PR).hour == 16
    sigc = "Caitlin Moore\nTalent Acquisition Specialist\nGreat South Bay Orthopedics | Hauppauge, NY\n(631) 555-0148"
    t2 = f"""Hi Marisol,

Alan has been pulled into a notified body audit this Thursday, so unfortunately we need to move your interview. Would Tuesday, November 3 at 3:00 PM ET work for you instead? Same format, 45 minutes on Google Meet.

Heads up: New York falls back to standard time on November 1, so 3:00 PM ET that day will be 4:00 PM your time in San Juan.

Apologies for the shuffle!

{sigc}
"""
    m2id = gmail_msgid(slug + "2")
    m2 = gmail_mail(seed=slug + "2", sent=s2, frm=cm, to=[(OWNER_NAME, OWNER)],
                    subject=f"Rescheduling your interview – {role}", text=t2, mid=m2id)
    s3 = T(NY, 2026, 10, 26, 14, 18, 3)
    oid = gmail_msgid(slug + "owner")
    q = ("Hi Caitlin,\n\nNo problem at all. Tuesday, November 3 at 3:00 PM ET (4:00 PM AST) works for me. "
         "Thanks for flagging the time change!\n\nBest,\nMarisol")
    t3 = ("Perfect, thank you Marisol! The updated invite is on its way.\n\n" + sigc + "\n\n" +
          quote(q, f"On Mon, Oct 26, 2026 at 2:02 PM Marisol Cintrón Rivera <{OWNER}> wrote:"))
    m3 = gmail_mail(seed=slug + "3", sent=s3, frm=cm, to=[(OWNER_NAME, OWNER)],
                    subject=f"Re: Rescheduling your interview – {role}", text=t3,
                    in_reply_to=oid, references=f"{m2id} {oid}")
    s4 = T(NY, 2026, 10, 26, 14, 20, 40)
    m4, _ = google_invite(seed=slug + "4", sent=s4, organizer=cm, guests=guests, title=title,
                          when_text="Tuesday Nov 3, 2026 ⋅ 4pm – 4:45pm (Atlantic Standard Time - Puerto Rico)",
                          subj_when="Tue Nov 3, 2026 4pm - 4:45pm (AST)", description=desc,
                          start=st2, end=en2, seq=1, kind="Updated invitation", uid=uid, meet="hvq-rtzk-mwp",
                          created=s1)
    files = {"01-invitation-thu-oct-29.eml": m1, "02-caitlin-need-to-move.eml": m2,
             "03-re-caitlin-updated-invite-coming.eml": m3, "04-updated-invitation-tue-nov-3.eml": m4}
    lab = label([iv("Great South Bay Orthopedics", role, st2, en2, "scheduled", [af[1]], [af[1]], "hiring_manager")],
                "hard", "positive/reschedule-across-dst",
                "Google invite for Thu Oct 29 3pm ET (=3pm AST), then moved by e-mail and an 'Updated invitation' "
                "(same UID, SEQUENCE 1) to Tue Nov 3 3pm EST = 4pm AST; Google renders both in the owner's AST "
                "calendar zone. One interview at the final time. Caitlin only schedules.")
    return slug, files, lab


@case
def c08():
    slug = "b230-08-teams-cancel-es"
    it = ("Ivelisse Torres", "ivelisse.torres@biofarma-sur.example")
    lf = ("Luis Figueroa", "luis.figueroa@biofarma-sur.example")
    role = "Especialista de Validación"
    start = T(PR, 2026, 10, 19, 10, 0)
    end = start + timedelta(hours=1)
    wd(start, "lunes")
    s1 = T(PR, 2026, 10, 8, 13, 12, 30)
    body1 = f"""Saludos, Marisol:

Le confirmamos su entrevista con el Ing. Luis Figueroa, Gerente de Validación, para la posición de {role} en nuestra planta de Juana Díaz. La entrevista será virtual por Microsoft Teams y tendrá una duración aproximada de una hora.

Si tiene algún inconveniente con la fecha, favor de dejármelo saber.

Cordialmente,
Ivelisse Torres
Generalista de Recursos Humanos
Biofarma del Sur, Inc.
"""
    subj = f"Entrevista – {role} – Marisol Cintrón"
    to = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (lf[0], lf[1], "REQ-PARTICIPANT")]
    uid = exchange_uid(slug)
    m1, _ = exchange_invite(seed=slug + "1", sent=s1, organizer=it, to=to, subject=subj,
                            when_line="lunes, 19 de octubre de 2026 10:00-11:00 (UTC-04:00) Georgetown, La Paz, Manaos, San Juan.",
                            where="Reunión de Microsoft Teams", body=body1, lang="es", start=start, end=end,
                            tzid="SA Western Standard Time", summary=subj, uid=uid)
    s2 = T(PR, 2026, 10, 14, 16, 3, 55)
    body2 = f"""Marisol:

Lamentablemente debemos cancelar la entrevista del lunes 19 de octubre. La corporación congeló la requisición de {role} hasta el próximo año fiscal. Conservaremos su resumé en nuestro banco de candidatos y la contactaremos si la plaza se reactiva.

Disculpe los inconvenientes.

Ivelisse Torres
Generalista de Recursos Humanos
"""
    m2, _ = exchange_invite(seed=slug + "2", sent=s2, organizer=it, to=to, subject="Cancelado: " + subj,
                            when_line="lunes, 19 de octubre de 2026 10:00-11:00 (UTC-04:00) Georgetown, La Paz, Manaos, San Juan.",
                            where="Reunión de Microsoft Teams", body=body2, lang="es", start=start, end=end,
                            tzid="SA Western Standard Time", summary="Cancelado: " + subj, method="CANCEL", seq=1,
                            uid=uid)
    files = {"01-invitacion-entrevista-validacion.eml": m1, "02-cancelado-entrevista-validacion.eml": m2}
    lab = label([iv("Biofarma del Sur", role, start, end, "cancelled", [lf[1]], [lf[1]], "hiring_manager")],
                "medium", "positive/cancellation-only",
                "Spanish Outlook/Teams request then METHOD:CANCEL (same UID, SEQUENCE 1, STATUS:CANCELLED) because the "
                "requisition was frozen. Kept as cancelled at its scheduled time; the validation manager is the interviewer.")
    return slug, files, lab


@case
def c09():
    slug = "b230-09-gcal-json-minneapolis-cst"
    ml = ("Megan Lindqvist", "megan.lindqvist@twinlakes-neuro.example")
    start_c = T(CHI, 2026, 11, 12, 9, 0)
    wd(start_c, "Thursday")
    end_c = start_c + timedelta(minutes=45)
    assert start_c.utcoffset() == timedelta(hours=-6)
    s_pr, e_pr = start_c.astimezone(PR), end_c.astimezone(PR)
    assert s_pr.hour == 11
    role = "Design Quality Engineer"
    ev = {
        "kind": "calendar#event",
        "etag": "\"" + digits(slug + "etag", 16) + "\"",
        "id": "4k" + hexid(slug + "id", 24),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(("4k" + hexid(slug + "id", 24) + " " + OWNER).encode()).decode().rstrip("="),
        "created": "2026-11-05T15:10:41.000Z",
        "updated": "2026-11-05T15:12:07.318Z",
        "summary": f"Twin Lakes Neurotech – Phone Screen ({role}) – Marisol Cintrón",
        "description": ("Hi Marisol,\n\nThis is your 45-minute phone screen with Megan Lindqvist (Sr. Talent Acquisition "
                        "Partner) for the " + role + " opening on our Minneapolis neuromodulation team. Megan will call you "
                        "at +1 787-555-0163.\n\n9:00 AM Central = 11:00 AM Atlantic (San Juan).\n\nTalk soon!"),
        "location": "Phone call – Megan will call you",
        "creator": {"email": ml[1], "displayName": ml[0]},
        "organizer": {"email": ml[1], "displayName": ml[0]},
        "start": {"dateTime": s_pr.isoformat(), "timeZone": "America/Chicago"},
        "end": {"dateTime": e_pr.isoformat(), "timeZone": "America/Chicago"},
        "iCalUID": "4k" + hexid(slug + "id", 24) + "@google.com",
        "sequence": 0,
        "attendees": [
            {"email": ml[1], "displayName": ml[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": "Marisol Cintrón Rivera", "self": True, "responseStatus": "needsAction"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = {"01-phone-screen-twin-lakes.gcal.json": json.dumps(ev, indent=2, ensure_ascii=False) + "\n"}
    lab = label([iv("Twin Lakes Neurotech", role, start_c, end_c, "scheduled", [ml[1]], [ml[1]], "phone_screen")],
                "medium", "positive/gcal-json-central",
                "Calendar API event only. dateTime is rendered in the owner's calendar zone (-04:00, 11:00 AST) while "
                "timeZone says America/Chicago; description states 9:00 AM Central (CST after 1 Nov). The recruiter "
                "conducts the screen.")
    return slug, files, lab


@case
def c10():
    slug = "b230-10-two-rounds-new-york-dst-gap"
    nf = ("Nicole Ferraro", "nicole.ferraro@hudsongateway-pharma.example")
    so = ("Samuel Okoye", "samuel.okoye@hudsongateway-pharma.example")
    role = "QA Compliance Engineer"
    r1 = T(NY, 2026, 10, 29, 10, 0)
    wd(r1, "Thursday")
    r1e = r1 + timedelta(minutes=30)
    r2 = T(NY, 2026, 11, 5, 10, 0)
    wd(r2, "Thursday")
    r2e = r2 + timedelta(hours=1)
    assert r1.astimezone(PR).hour == 10 and r2.astimezone(PR).hour == 11
    sig = (f"Nicole Ferraro\nSenior Recruiter, Talent Acquisition\nHudson Gateway Pharmaceuticals | Tarrytown, NY\n"
           f"{nf[1]} | +1 914 555 0127")
    s1 = T(NY, 2026, 10, 23, 11, 40, 22)
    wd(s1, "Friday")
    t1 = f"""Hi Marisol,

Thank you for applying to the {role} position at our Tarrytown site. The team enjoyed your resume, and we'd like to move forward with two conversations:

1. Recruiter phone screen (30 minutes) with me – Thursday, October 29 at 10:00 AM ET. I'll call your cell.
2. Technical interview (60 minutes, Microsoft Teams) with Dr. Samuel Okoye, Director of QA Compliance ({so[1]}) – Thursday, November 5 at 10:00 AM ET.

Please confirm both times work for you. Sam will send his own Teams invitation for the second conversation.

Best regards,

{sig}
"""
    m1id = outlook_msgid(slug + "1")
    m1 = outlook_mail(seed=slug + "1", sent=s1, frm=nf, to=[(OWNER_NAME, OWNER)],
                      subject=f"Next steps – {role} – Hudson Gateway Pharmaceuticals", text=t1)
    oid = gmail_msgid(slug + "owner")
    q = ("Hi Nicole,\n\nThank you! Both dates work for me. Just to make sure I have the times right on my side "
         "(Puerto Rico doesn't change the clocks): October 29 at 10:00 AM ET is 10:00 AM here, and November 5 at "
         "10:00 AM ET will be 11:00 AM here, since New York goes back to standard time on November 1.\n\n"
         "My cell is (787) 555-0163.\n\nSaludos,\nMarisol")
    s2 = T(NY, 2026, 10, 23, 13, 48, 9)
    t2 = ("Hi Marisol,\n\nThat's exactly right. I'll call you on the 29th, and Sam's invite should reach you early "
          "next week.\n\nBest,\nNicole\n\n" +
          "From: Marisol Cintrón Rivera <" + OWNER + ">\nSent: Friday, October 23, 2026 1:05 PM\n"
          "To: Nicole Ferraro <" + nf[1] + ">\nSubject: Re: Next steps – " + role + " – Hudson Gateway Pharmaceuticals\n\n" + q + "\n")
    m2 = outlook_mail(seed=slug + "2", sent=s2, frm=nf, to=[(OWNER_NAME, OWNER)],
                      subject=f"RE: Next steps – {role} – Hudson Gateway Pharmaceuticals", text=t2,
                      in_reply_to=oid, references=f"{m1id} {oid}")
    s3 = T(NY, 2026, 10, 26, 10, 15, 0)
    body3 = f"""Hello Marisol,

Looking forward to our technical conversation for the {role} role. Expect questions on data integrity (ALCOA+), audit readiness and a CAPA you have owned end to end. Nicole may join for the first few minutes to introduce us.

Regards,
Sam

Samuel Okoye, PhD
Director, QA Compliance
Hudson Gateway Pharmaceuticals
"""
    m3, _ = exchange_invite(seed=slug + "3", sent=s3, organizer=so,
                            to=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")], cc=[(nf[0], nf[1], "OPT-PARTICIPANT")],
                            subject=f"Technical Interview – {role} – Marisol Cintrón",
                            when_line="Thursday, November 5, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).",
                            where="Microsoft Teams Meeting", body=body3, lang="en", start=r2, end=r2e,
                            tzid="Eastern Standard Time", summary=f"Technical Interview – {role} – Marisol Cintrón")
    files = {"01-nicole-next-steps-two-conversations.eml": m1, "02-re-nicole-times-confirmed.eml": m2,
             "03-teams-invite-technical-interview.eml": m3}
    lab = label([iv("Hudson Gateway Pharmaceuticals", role, r1, r1e, "scheduled", [nf[1]], [nf[1]], "phone_screen"),
                 iv("Hudson Gateway Pharmaceuticals", role, r2, r2e, "scheduled", [so[1]], [so[1]], "technical")],
                "hard", "positive/two-interviews-dst-gap",
                "Two interviews with the same company, both 10:00 AM ET: Oct 29 (EDT, =10:00 AST) recruiter phone "
                "screen (recruiter conducts) and Nov 5 (EST, =11:00 AST) technical with the QA director, whose Teams "
                "invite uses TZID 'Eastern Standard Time'. Nicole is only optional on the second one.")
    return slug, files, lab


@case
def c11():
    slug = "b230-11-teams-us-eastern-indianapolis-edt"
    ds = ("Derek Simmons", "derek.simmons@crossroads-dx.example")
    role = "Quality Engineer – CAPA & Complaints"
    start = T(IND, 2026, 10, 27, 14, 0)
    wd(start, "Tuesday")
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=-4) and start.astimezone(PR).hour == 14
    sent = T(IND, 2026, 10, 19, 11, 2, 33)
    body = f"""Hi Marisol,

Looking forward to our conversation about the {role} opening on my team. I'll cover the role and how we run our CAPA board; expect a few questions on CAPA effectiveness checks and complaint trending for IVD products.

The time shown is Indianapolis (Eastern) time. I believe that is also 2:00 PM for you in San Juan until the clocks change next month.

Regards,
Derek Simmons
Sr. Manager, Quality Engineering
Crossroads Diagnostics | Indianapolis, IN
"""
    m1, _ = exchange_invite(seed=slug, sent=sent, organizer=ds, to=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
                            subject=f"Interview: {role} – M. Cintrón",
                            when_line="Tuesday, October 27, 2026 2:00 PM-3:00 PM (UTC-05:00) Indiana (East).",
                            where="Microsoft Teams Meeting", body=body, lang="en", start=start, end=end,
                            tzid="US Eastern Standard Time", summary=f"Interview: {role} – M. Cintrón")
    files = {"01-teams-invite-derek-simmons.eml": m1}
    lab = label([iv("Crossroads Diagnostics", role, start, end, "scheduled", [ds[1]], [ds[1]], "hiring_manager")],
                "medium", "positive/teams-us-eastern-edt",
                "Teams request with Windows TZID 'US Eastern Standard Time' and display label '(UTC-05:00) Indiana (East)'; "
                "on Oct 27 Indiana is on EDT (-04:00), so 2:00 PM = 2:00 PM AST. 'CAPA' appears in a real job title here.")
    return slug, files, lab


@case
def c12():
    slug = "b230-12-staffing-forward-manana-es"
    jr = ("Javier Rosa", "javier.rosa@talento-industrial.example")
    gm = ("Gladys Meléndez", "gladys.melendez@oriente-medtech.example")
    pc = ("Pedro Cruz", "pedro.cruz@oriente-medtech.example")
    sent = T(PR, 2026, 10, 20, 17, 35, 48)
    wd(sent, "martes")
    start = T(PR, 2026, 10, 21, 14, 0)
    wd(start, "miércoles")
    end = start + timedelta(hours=1)
    role = "Ingeniera de Calidad (contrato)"
    text = f"""Marisol, buenas tardes:

Te confirmo: el cliente te quiere ver mañana a las 2:00 p.m. en su planta de Humacao. Abajo está el correo de Gladys con los detalles. Lleva tu ID y una copia del resumé. Cualquier cosa me llamas al 787-555-0175.

¡Éxito!

--
Javier Rosa
Reclutador Técnico | Talento Industrial PR
Ave. Ponce de León 1250, Suite 602, San Juan, PR 00907

---------- Forwarded message ---------
De: Gladys Meléndez <{gm[1]}>
Date: mar, 20 oct 2026 a las 15:12
Subject: Entrevista candidata – {role}
To: Javier Rosa <{jr[1]}>
Cc: Pedro Cruz <{pc[1]}>


Hola, Javier:

Gracias por el resumé de Marisol Cintrón. El Ing. Pedro Cruz, Gerente de Calidad, puede entrevistarla mañana miércoles a las 2:00 p.m. en nuestras facilidades (Carr. 3 Km 82.9, Humacao, Edificio B, Recepción). La entrevista dura aproximadamente una hora. Favor de confirmar.

Gracias,

Gladys Meléndez
Asistente Administrativa – Calidad
Oriente MedTech
"""
    m = gmail_mail(seed=slug, sent=sent, frm=jr, to=[(OWNER_NAME, OWNER)],
                   subject=f"Fwd: Entrevista candidata – {role}", text=text)
    files = {"01-fwd-entrevista-oriente-medtech.eml": m}
    lab = label([iv("Oriente MedTech", role, start, end, "scheduled", [pc[1]], [pc[1]], "hiring_manager")],
                "hard", "positive/forwarded-relative-date",
                "Staffing-agency recruiter forwards the client's message (Gmail Spanish forward block). 'mañana a las "
                "2:00 p.m.' resolved against the Date (Tue 20 Oct) -> Wed 21 Oct 14:00 AST. Company is the client "
                "(Oriente MedTech), not the agency; the quality manager conducts it.")
    return slug, files, lab


@case
def c13():
    slug = "b230-13-thread-propose-confirm-es"
    al = ("Ana Luisa Acevedo", "analuisa.acevedo@costaoeste-pharma.example")
    dv = ("Daisy Valentín", "daisy.valentin@costaoeste-pharma.example")
    role = "Ingeniero(a) de Calidad – Revisión y Liberación de Lotes"
    s1 = T(PR, 2026, 10, 28, 10, 15, 2)
    wd(s1, "miércoles")
    o1 = T(PR, 2026, 11, 3, 9, 0)
    wd(o1, "martes")
    start = T(PR, 2026, 11, 4, 15, 0)
    wd(start, "miércoles")
    end = start + timedelta(minutes=45)
    sig = ("Ana Luisa Acevedo\nEspecialista de Adquisición de Talento\nCosta Oeste Pharma, LLC | Mayagüez, PR\n"
           "Tel. (787) 555-0191")
    t1 = f"""Saludos, Marisol:

Su perfil fue seleccionado para la posición de {role}. Nos gustaría coordinar una entrevista virtual (Microsoft Teams) de 45 minutos con la Ing. Daisy Valentín, Gerente de Aseguramiento de Calidad.

¿Tendría disponibilidad el martes 3 de noviembre a las 9:00 a.m. o el miércoles 4 de noviembre a las 3:00 p.m. (hora de Puerto Rico)?

Quedo atenta a su respuesta.

{sig}
"""
    m1id = outlook_msgid(slug + "1")
    m1 = outlook_mail(seed=slug + "1", sent=s1, frm=al, to=[(OWNER_NAME, OWNER)],
                      subject="Coordinación de entrevista – Costa Oeste Pharma", text=t1, lang="es")
    oid = gmail_msgid(slug + "owner")
    q = ("Buenas tardes, Ana Luisa:\n\nGracias por la oportunidad. El miércoles 4 de noviembre a las 3:00 p.m. me "
         "funciona perfectamente.\n\nSaludos,\nMarisol Cintrón")
    s2 = T(PR, 2026, 10, 28, 14, 5, 37)
    t2 = (f"Excelente, Marisol.\n\nQueda confirmada su entrevista para el miércoles 4 de noviembre a las 3:00 p.m. "
          f"(hora de Puerto Rico) con la Ing. Valentín ({dv[1]}). Ella le enviará el enlace de Teams el día antes. "
          "Si surge algún inconveniente, puede escribirle directamente a ella o a mí.\n\nSaludos,\n\n" + sig + "\n\n" +
          "De: Marisol Cintrón Rivera <" + OWNER + ">\nEnviado el: miércoles, 28 de octubre de 2026 12:40 p. m.\n"
          "Para: Ana Luisa Acevedo <" + al[1] + ">\nAsunto: Re: Coordinación de entrevista – Costa Oeste Pharma\n\n" + q + "\n")
    m2 = outlook_mail(seed=slug + "2", sent=s2, frm=al, to=[(OWNER_NAME, OWNER)], cc=[dv],
                      subject="RE: Coordinación de entrevista – Costa Oeste Pharma", text=t2, lang="es",
                      in_reply_to=oid, references=f"{m1id} {oid}")
    files = {"01-coordinacion-entrevista.eml": m1, "02-re-confirmada-miercoles-4.eml": m2}
    lab = label([iv("Costa Oeste Pharma", role, start, end, "scheduled", [dv[1]], [dv[1]], "hiring_manager")],
                "medium", "positive/thread-propose-confirm-es",
                "Spanish body-only thread: two proposed slots (mar 3 nov 9:00, mié 4 nov 15:00); the owner's choice is "
                "quoted in the recruiter's confirmation. Only the confirmed slot counts. Interviewer address given in text/CC.")
    return slug, files, lab


# ============================================================================= NEGATIVES
CORD_QA = ("Migdalia Reyes", "migdalia.reyes@cordillera-pharma.example")
CORD_RB = ("Roberto Báez", "roberto.baez@cordillera-pharma.example")
OWNER_W = ("Marisol Cintrón", OWNER_WORK)


@case
def c14():
    slug = "b230-14-fda-inspection-readiness-es"
    sent = T(PR, 2026, 10, 22, 8, 30, 14)
    start = T(PR, 2026, 10, 27, 13, 0)
    wd(start, "martes")
    end = T(PR, 2026, 10, 27, 16, 0)
    body = """Equipo:

Como parte de la preparación para la inspección pre-aprobación (PAI) de la FDA programada para noviembre, realizaremos una sesión de práctica de entrevistas para los SMEs. Cada SME presentará su área (validación de limpieza, CAPA, control de cambios, EM) y responderá preguntas como si estuviera frente al investigador de la FDA. Lidia, de Consultoría Regulatoria, hará el rol de investigadora.

Marisol: por favor prepara el storyboard de la desviación DV-26-0311 (partículas en Línea 3) y la evaluación de impacto a producto.

El back room estará coordinado por Roberto Báez (solicitudes de documentos, scribe y runners).

Gracias,
Migdalia Reyes
Directora de Aseguramiento de Calidad
Farmacéutica Cordillera – Planta Cayey
"""
    to = [(OWNER_W[0], OWNER_W[1], "REQ-PARTICIPANT"), (CORD_RB[0], CORD_RB[1], "REQ-PARTICIPANT"),
          ("Edwin Matos", "edwin.matos@cordillera-pharma.example", "REQ-PARTICIPANT"),
          ("Lidia Arroyo", "lidia.arroyo@regulatoria-consulting.example", "REQ-PARTICIPANT")]
    subj = "FDA PAI Readiness – Práctica de entrevistas a SMEs (Front Room / Back Room)"
    m, _ = exchange_invite(seed=slug, sent=sent, organizer=CORD_QA, to=to, subject=subj,
                           when_line="martes, 27 de octubre de 2026 13:00-16:00 (UTC-04:00) Georgetown, La Paz, Manaos, San Juan.",
                           where="Sala de Conferencias Toro Negro; Reunión de Microsoft Teams", body=body, lang="es",
                           start=start, end=end, tzid="SA Western Standard Time", summary=subj,
                           resent_to_owner_via=OWNER_WORK)
    files = {"01-fda-pai-readiness-practica-entrevistas.eml": m}
    lab = label([], "hard", "negative/inspection-readiness-meeting",
                "Internal meeting at the owner's current plant (auto-forwarded from her work address): FDA pre-approval "
                "inspection readiness with 'práctica de entrevistas' for SMEs. Teams invite, interview vocabulary, but no "
                "hiring process.")
    return slug, files, lab


@case
def c15():
    slug = "b230-15-capa-review-board-es"
    sent = T(PR, 2026, 10, 26, 17, 48, 20)
    start = T(PR, 2026, 10, 29, 9, 0)
    wd(start, "jueves")
    end = T(PR, 2026, 10, 29, 10, 30)
    text = f"""Buenas tardes:

Adjunto la invitación para el CAPA Review Board del jueves 29 de octubre a las 9:00 a.m. (Sala Toro Negro).

Agenda – CAPA-2026-0417 (partículas visibles, Línea 3):
1. Resumen de la investigación y resultados de las entrevistas a operadores del 2do turno (Marisol Cintrón; las entrevistas se realizaron el 20 y 21 de octubre).
2. Análisis de causa raíz (Ishikawa / 5 porqués) y evaluación de impacto a lotes distribuidos.
3. Acciones correctivas y preventivas propuestas; criterios de verificación de efectividad.
4. Aprobación de extensión de fecha de cierre (QA).

Favor de revisar el borrador del reporte en Veeva antes de la reunión.

Roberto Báez
Especialista Sr. de CAPA | Aseguramiento de Calidad
Farmacéutica Cordillera – Planta Cayey
"""
    desc = "CAPA Review Board – CAPA-2026-0417. Agenda en el correo. Sala Toro Negro / Teams."
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:PUBLISH", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"] + VTZ["SA Western Standard Time"] + [
             "BEGIN:VEVENT", f"ORGANIZER;CN={CORD_RB[0]}:mailto:{CORD_RB[1]}",
             attendee(OWNER_W[0], OWNER_W[1]), attendee(CORD_QA[0], CORD_QA[1]),
             attendee("Edwin Matos", "edwin.matos@cordillera-pharma.example"),
             attendee("Sonia Rivera", "sonia.rivera@cordillera-pharma.example", role="OPT-PARTICIPANT"),
             "CLASS:PUBLIC", f"CREATED:{Z(sent)}", f"DESCRIPTION:{esc(desc)}",
             f"DTEND;TZID=SA Western Standard Time:{L(end)}", f"DTSTAMP:{Z(sent)}",
             f"DTSTART;TZID=SA Western Standard Time:{L(start)}", f"LAST-MODIFIED:{Z(sent)}",
             "LOCATION:Sala Toro Negro", "PRIORITY:5", "SEQUENCE:0",
             "SUMMARY;LANGUAGE=es:CAPA Review Board – CAPA-2026-0417 (partículas Línea 3)",
             "TRANSP:OPAQUE", f"UID:{exchange_uid(slug)}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
             "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
             "END:VEVENT", "END:VCALENDAR"]
    ics = cal(lines)
    m = outlook_mail(seed=slug, sent=sent, frm=CORD_RB, to=[OWNER_W, CORD_QA,
                                                          ("Edwin Matos", "edwin.matos@cordillera-pharma.example")],
                     subject="CAPA Review Board – CAPA-2026-0417: agenda y resultados de entrevistas a operadores",
                     text=text, lang="es",
                     extra=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{OWNER_WORK} {OWNER}")])
    files = {"01-capa-review-board-agenda.eml": m, "02-capa-review-board.ics": ics}
    lab = label([], "hard", "negative/capa-review",
                "CAPA review board at the owner's current employer; mentions root-cause 'entrevistas a operadores' that "
                "the owner conducted. Standalone Outlook .ics with SA Western TZID. Not a hiring interview.")
    return slug, files, lab


@case
def c16():
    slug = "b230-16-six-sigma-exam-appointment"
    sent = T(PR, 2026, 10, 12, 10, 2, 51)
    start = T(PR, 2026, 11, 14, 8, 30)
    wd(start, "Saturday")
    end = start + timedelta(hours=4, minutes=18)
    text = f"""Dear Marisol Cintrón Rivera,

This email confirms your computer-based examination appointment.

Candidate ID: 7731-0492
Exam: Certified Six Sigma Green Belt (CSSGB) – English
Date: Saturday, November 14, 2026
Start time: 8:30 AM Atlantic Standard Time (San Juan)
Appointment length: 4 hours 18 minutes (includes tutorial and survey)
Test center: CQCB Testing Center – Guaynabo
Metro Office Park, Building 12, Suite 300, Guaynabo, PR 00968

Please arrive 30 minutes before your appointment. At check-in the proctor will conduct a brief identity verification interview and photograph you. Bring one valid, unexpired government-issued photo ID; the name must match your registration exactly.

Open-book policy: you may bring bound reference materials; loose notes are not permitted.

To reschedule or cancel, sign in to your candidate portal at least 5 days before your appointment:
https://portal.cqcb-cert.example/candidate/appointments

A calendar file is attached for your convenience.

Good luck!
Caribbean Quality Certification Board – Exam Administration
This mailbox is not monitored.
"""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//CQCB//Exam Scheduler 4.2//EN", "VERSION:2.0", "METHOD:PUBLISH"] + \
        VTZ["America/Puerto_Rico"] + [
        "BEGIN:VEVENT", f"UID:CQCB-APPT-{digits(slug, 10)}@cqcb-cert.example", f"DTSTAMP:{Z(sent)}",
        f"DTSTART;TZID=America/Puerto_Rico:{L(start)}", f"DTEND;TZID=America/Puerto_Rico:{L(end)}",
        "SUMMARY:CSSGB Exam – CQCB Testing Center Guaynabo",
        "LOCATION:Metro Office Park\\, Building 12\\, Suite 300\\, Guaynabo\\, PR 00968",
        "DESCRIPTION:Candidate ID 7731-0492. Arrive 30 minutes early with photo ID.",
        "ORGANIZER;CN=CQCB Exam Administration:mailto:exams@cqcb-cert.example",
        attendee(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    ics = cal(lines)
    b = "b1_" + hexid(slug, 32)
    body = multipart("mixed", b, [
        part("text/plain; charset=UTF-8", text),
        part('text/calendar; charset=UTF-8; method=PUBLISH; name="CSSGB_appointment.ics"', ics, "base64",
             extra=['Content-Disposition: attachment; filename="CSSGB_appointment.ics"']),
    ])
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("smtp.cqcb-cert.example", "203.0.113.45", sent)),
            ("Date", rfc(sent)),
            ("From", A("CQCB Exam Administration", "exams@cqcb-cert.example")),
            ("To", A(OWNER_NAME, OWNER)),
            ("Subject", "Appointment Confirmed: Certified Six Sigma Green Belt (CSSGB) Exam – Candidate ID 7731-0492"),
            ("Message-ID", f"<{hexid(slug, 24)}@cqcb-cert.example>"),
            ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
    files = {"01-cssgb-exam-appointment.eml": eml(hdrs, body)}
    lab = label([], "medium", "negative/certification-exam",
                "Six Sigma Green Belt exam appointment with .ics; says 'Candidate ID', 'appointment', and an ID-"
                "verification 'interview' at check-in. Certification exam, not a job interview.")
    return slug, files, lab


@case
def c17():
    slug = "b230-17-hurricane-preparedness-webinar-es"
    sent = T(PR, 2026, 10, 6, 9, 20, 3)
    start = T(PR, 2026, 10, 22, 10, 0)
    wd(start, "jueves")
    wid = digits(slug + "w", 11)
    wid_f = f"{wid[:3]} {wid[3:7]} {wid[7:]}"
    url = f"https://us06web.zoom.us/w/{wid}?tk={hexid(slug + 'tk', 40)}.DQcAAAA{hexid(slug + 'dq', 20)}"
    text = f"""Hola, Marisol:

Gracias por inscribirse en "Preparación ante huracanes 2026: continuidad de operaciones en plantas farmacéuticas y de dispositivos médicos".

Fecha y hora: 22 oct 2026 10:00 a. m. Puerto Rico

Programa:
• Lecciones de María y Fiona: generadores, agua y cadena de frío
• Panel con gerentes de continuidad de negocios de tres plantas del país
• Entrevista en vivo con la directora del Negociado para el Manejo de Emergencias
• Preguntas del público

Unirse desde PC, Mac, iPad o Android: {url}
Código de acceso: {digits(slug + 'pc', 6)}

O por teléfono:
    EE. UU.: +1 305 224 1968  o  +1 309 205 3325
    ID del seminario web: {wid_f}

Añadir a calendario: https://us06web.zoom.us/webinar/tJ{hexid(slug + 'cal', 26)}/ics?user_id={hexid(slug + 'u', 20)}

Puede cancelar su inscripción en cualquier momento.

Asociación de Manufactura Industrial del Caribe (AMIC)
eventos@amic-pr.example
"""
    html = ('<html><body style="font-family:Lato,Helvetica,Arial,sans-serif">'
            + html_from_text(text, outlook=False) + '</body></html>\n')
    b = "00000000000000" + hexid(slug + "b", 14)
    body = multipart("alternative", b, [part("text/plain; charset=UTF-8", text),
                                        part("text/html; charset=UTF-8", html)])
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("o1.email.zoom.us", "198.51.100.201", sent)),
            ("Date", rfc(sent)),
            ("From", A("AMIC Eventos", "no-reply@zoom.us")),
            ("Reply-To", "eventos@amic-pr.example"),
            ("To", A(OWNER_NAME, OWNER)),
            ("Message-ID", f"<{hexid(slug, 20)}.{digits(slug, 6)}@zoom.us>"),
            ("Subject", enc("Confirmación de Preparación ante huracanes 2026: continuidad de operaciones en plantas")),
            ("List-Unsubscribe", f"<https://us06web.zoom.us/webinar/unregister/{hexid(slug + 'un', 24)}>")]
    files = {"01-zoom-webinar-registro-huracanes.eml": eml(hdrs, body)}
    lab = label([], "medium", "negative/webinar",
                "Zoom webinar registration (Spanish) about hurricane preparedness for plants; agenda includes a 'panel' "
                "and an 'entrevista en vivo' with an emergency-management official. Not a job interview.")
    return slug, files, lab


@case
def c18():
    slug = "b230-18-owner-interviews-coop-student-es"
    zp = ("Zuleika Pagán", "zuleika.pagan@cordillera-pharma.example")
    ko = ("Kevin Ortiz Negrón", "kevin.ortiz3@upr-estudiantes.example")
    em = ("Edwin Matos", "edwin.matos@cordillera-pharma.example")
    sent = T(PR, 2026, 10, 13, 14, 25, 9)
    start = T(PR, 2026, 10, 21, 10, 0)
    wd(start, "miércoles")
    end = start + timedelta(minutes=45)
    body = """Marisol y Edwin:

Gracias por formar parte del panel de entrevistas del Programa COOP (semestre de enero a mayo 2027). Kevin es estudiante de cuarto año de Ingeniería Química en UPR-Mayagüez y solicitó la plaza COOP de Calidad – Validación.

Adjunto la guía de preguntas de comportamiento y la hoja de evaluación. Favor de completar sus evaluaciones y enviármelas antes del viernes 23 para poder extender la oferta a tiempo.

Kevin: la entrevista es virtual por Teams; tendrá una duración de 45 minutos.

Saludos,
Zuleika Pagán
Coordinadora, Programa COOP e Internados
Recursos Humanos – Farmacéutica Cordillera
"""
    subj = "Entrevista COOP – Kevin Ortiz Negrón (UPRM, Ing. Química) – Calidad/Validación"
    to = [(ko[0], ko[1], "REQ-PARTICIPANT"), (OWNER_W[0], OWNER_W[1], "REQ-PARTICIPANT"),
          (em[0], em[1], "REQ-PARTICIPANT")]
    m, _ = exchange_invite(seed=slug, sent=sent, organizer=zp, to=to, subject=subj,
                           when_line="miércoles, 21 de octubre de 2026 10:00-10:45 (UTC-04:00) Georgetown, La Paz, Manaos, San Juan.",
                           where="Reunión de Microsoft Teams", body=body, lang="es", start=start, end=end,
                           tzid="SA Western Standard Time", summary=subj, resent_to_owner_via=OWNER_WORK)
    files = {"01-entrevista-coop-panel.eml": m}
    lab = label([], "hard", "negative/user-is-interviewer",
                "Teams invite titled 'Entrevista COOP' at the owner's current employer; the owner (work address, auto-"
                "forwarded) sits on the panel interviewing a co-op student. The user is the interviewer, not the candidate.")
    return slug, files, lab


@case
def c19():
    slug = "b230-19-workday-availability-request"
    sent = T(PR, 2026, 10, 19, 9, 45, 30)
    wd(T(PR, 2026, 10, 26), "Monday")
    wd(T(PR, 2026, 10, 30), "Friday")
    role = "Process Engineer, Quality"
    text = f"""Hello Marisol,

Congratulations! The hiring team for {role} (R-10982) at our Aguadilla site would like to schedule an interview with you.

Please sign in to Candidate Home and select all the times you are available between Monday, October 26 and Friday, October 30, 2026. Interviews last 45 minutes and take place between 8:00 AM and 4:00 PM Atlantic Standard Time.

Share your availability:
https://aguadillaprecision.wd5.myworkdayjobs.com/en-US/APD_External/userHome/availability/{hexid(slug, 16)}

Once the hiring team reviews your availability, you will receive a separate confirmation with the final interview date, time and interviewers. No interview has been booked yet.

Thank you,
Aguadilla Precision Devices Talent Acquisition

This is an automated message sent from Workday. Please do not reply to this email.
"""
    b = "----=_Part_" + digits(slug, 6) + "_" + digits(slug + "n", 10) + "." + digits(slug + "o", 13)
    html = '<html><body style="font-family:Arial,sans-serif">' + html_from_text(text, outlook=False) + '</body></html>\n'
    body = multipart("alternative", b, [part("text/plain; charset=UTF-8", text),
                                        part("text/html; charset=UTF-8", html)])
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mail-out1.myworkday.com", "198.51.100.31", sent)),
            ("Date", rfc(sent)),
            ("From", A("Aguadilla Precision Devices", "aguadillaprecision@myworkday.com")),
            ("To", OWNER),
            ("Message-ID", f"<{digits(slug, 13)}.{digits(slug + 'q', 7)}.JavaMail.wdprod@wd5-prod-portland-{digits(slug, 2)}>"),
            ("Subject", f"Action Required: Provide Your Interview Availability – {role} (R-10982)")]
    files = {"01-workday-interview-availability.eml": eml(hdrs, body)}
    lab = label([], "medium", "negative/availability-request",
                "Workday asks the candidate to pick availability in a window; explicitly says nothing is booked yet.")
    return slug, files, lab


@case
def c20():
    slug = "b230-20-rejection-after-interview-es"
    sent = T(PR, 2026, 10, 21, 14, 30, 0)
    past = T(PR, 2026, 10, 15, 11, 0)
    wd(past, "jueves")
    role = "Ingeniero(a) de Calidad de Suplidores"
    text = f"""Estimada Marisol:

Gracias por dedicar tiempo a su entrevista del pasado jueves 15 de octubre para la posición de {role} (Req. 2026-0871) en Atlántico Surgical.

Luego de una cuidadosa evaluación, hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a las necesidades actuales de la posición. Esta decisión no fue fácil, dado el número de candidatos altamente cualificados.

Le invitamos a mantenerse al tanto de futuras oportunidades en nuestro portal de empleos y le deseamos éxito en su búsqueda.

Atentamente,

Recursos Humanos
Atlántico Surgical, Inc. | Aguadilla, PR

Este mensaje fue enviado a través de iCIMS. Por favor, no responda a este correo.
"""
    b = "----=_Part_" + digits(slug, 7) + "_" + digits(slug + "x", 9) + "." + digits(slug + "y", 13)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">'
            + html_from_text(text, outlook=False) + '</body></html>\n')
    body = multipart("alternative", b, [part("text/plain; charset=UTF-8", text),
                                        part("text/html; charset=UTF-8", html, "base64")])
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mta-out-03.icims.com", "52.4.183.13", sent)),
            ("Date", rfc(sent)),
            ("From", A("Atlántico Surgical", "atlanticosurgical+autoreply@talent.icims.com")),
            ("To", A(OWNER_NAME, OWNER)),
            ("Message-ID", f"<{digits(slug, 10)}.{digits(slug + 'm', 6)}.{sent.strftime('%Y%m%d%H%M%S')}@talent.icims.com>"),
            ("Subject", enc(f"Actualización sobre su solicitud – {role}")),
            ("X-Mailer", "iCIMS Talent Platform")]
    files = {"01-icims-actualizacion-solicitud.eml": eml(hdrs, body)}
    lab = label([], "easy", "negative/rejection",
                "Spanish iCIMS rejection that refers to a past interview ('su entrevista del pasado jueves 15 de "
                "octubre'); no interview is scheduled or cancelled in the mailbox.")
    return slug, files, lab


@case
def c21():
    slug = "b230-21-one-way-video-interview"
    sent = T(NY, 2026, 10, 22, 16, 5, 44)
    due = T(NY, 2026, 10, 30, 23, 59)
    wd(due, "Friday")
    role = "Quality Engineer I"
    text = f"""Hi Marisol,

Delaware Valley Biologics has invited you to complete an on-demand video interview for the {role} position.

How it works:
• You'll answer 6 pre-recorded questions on camera at a time that suits you.
• There is no live interviewer; the hiring team reviews your recorded responses later.
• Each question allows up to 3 minutes to respond and one re-record.

Please complete your interview by Friday, October 30, 2026 at 11:59 PM Eastern Time.

Start your interview:
https://app.hirevue.com/interviews/{hexid(slug, 24)}/start

Tip: use Chrome or Firefox and test your camera and microphone before you begin.

Good luck!
Delaware Valley Biologics Recruiting Team
"""
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">'
            + html_from_text(text, outlook=False) + '</body></html>\n')
    b = "--==_mimepart_" + hexid(slug, 13) + "_" + digits(slug, 6)
    body = multipart("alternative", b, [part("text/plain; charset=UTF-8", text),
                                        part("text/html; charset=UTF-8", html)])
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("o2.mail.hirevue.com", "198.51.100.77", sent)),
            ("Date", rfc(sent)),
            ("From", A("Delaware Valley Biologics via HireVue", "noreply@hirevue.com")),
            ("To", OWNER),
            ("Message-ID", f"<{hexid(slug + 'm', 13)}_{digits(slug, 6)}@hirevue-mail.mail>"),
            ("Subject", f"Delaware Valley Biologics – Complete your video interview for {role}")]
    files = {"01-hirevue-on-demand-video-interview.eml": eml(hdrs, body)}
    lab = label([], "medium", "negative/one-way-video",
                "On-demand (one-way) recorded video interview with a completion deadline; no live conversation.")
    return slug, files, lab


@case
def c22():
    slug = "b230-22-job-fair-eventbrite-es"
    sent = T(PR, 2026, 10, 24, 11, 12, 9)
    wd(sent, "sábado")
    start = T(PR, 2026, 11, 7, 9, 0)
    wd(start, "sábado")
    end = T(PR, 2026, 11, 7, 15, 0)
    order = digits(slug, 10)
    text = f"""Hola, Marisol:

¡Ya estás inscrita! Aquí tienes tu boleto.

Feria de Empleo: Manufactura Farmacéutica y Dispositivos Médicos 2026
sábado, 7 de noviembre de 2026, de 9:00 a.m. a 3:00 p.m. AST
Centro de Convenciones de Puerto Rico, Salón B, 100 Convention Blvd, San Juan, PR 00907

Orden n.º {order} – 1 x Entrada general (gratis)

Más de 40 patronos de la industria (farmacéuticas, dispositivos médicos y suplidores) estarán reclutando. Muchas compañías realizarán entrevistas en el acto: trae varias copias de tu resumé y vestimenta profesional.

Organizado por: Consorcio de Empleo Industrial del Este
Contacta al organizador: info@consorcio-empleo-este.example

Añadir a: Google · Outlook · iCal (archivo adjunto)

Eventbrite, 95 Third Street, 2nd Floor, San Francisco, CA 94103
"""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Eventbrite//Eventbrite//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{order}-eventbrite-event@eventbrite.com",
             f"DTSTAMP:{Z(sent)}", f"DTSTART:{Z(start)}", f"DTEND:{Z(end)}",
             "SUMMARY:Feria de Empleo: Manufactura Farmacéutica y Dispositivos Médicos 2026",
             "DESCRIPTION:Más de 40 patronos. Entrevistas en el acto. Trae copias de tu resumé.",
             "LOCATION:Centro de Convenciones de Puerto Rico\\, Salón B\\, San Juan\\, PR 00907",
             "ORGANIZER;CN=Consorcio de Empleo Industrial del Este:mailto:info@consorcio-empleo-este.example",
             attendee(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp=False),
             "END:VEVENT", "END:VCALENDAR"]
    ics = cal(lines)
    b_m = "===============" + digits(slug + "m", 19) + "=="
    b_a = "===============" + digits(slug + "a", 19) + "=="
    html = '<html><body style="font-family:Helvetica,Arial,sans-serif">' + html_from_text(text, outlook=False) + '</body></html>\n'
    body = multipart("mixed", b_m, [
        multipart("alternative", b_a, [part("text/plain; charset=utf-8", text),
                                       part("text/html; charset=utf-8", html)]),
        part('text/calendar; charset=utf-8; name="evento.ics"', ics, "base64",
             extra=['Content-Disposition: attachment; filename="evento.ics"']),
    ])
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("o3.order.eventbrite.com", "198.51.100.90", sent)),
            ("Date", rfc(sent)),
            ("From", A("Eventbrite", "noreply@order.eventbrite.com")),
            ("Reply-To", "info@consorcio-empleo-este.example"),
            ("To", OWNER),
            ("Message-ID", f"<{hexid(slug, 32)}@order.eventbrite.com>"),
            ("Subject", enc("Tu inscripción para Feria de Empleo: Manufactura Farmacéutica y Dispositivos Médicos 2026"))]
    files = {"01-eventbrite-feria-de-empleo.eml": eml(hdrs, body)}
    lab = label([], "hard", "negative/career-fair",
                "Job-fair registration with .ics where 'muchas compañías realizarán entrevistas en el acto'; no booked "
                "interview with a specific company.")
    return slug, files, lab


# ============================================================================= main
def main():
    labels = {}
    slugs = []
    for fn in CASES:
        slug, files, lab = fn()
        assert re.match(r"^b230-\d\d-[a-z0-9-]+$", slug)
        assert slug not in labels
        slugs.append(slug)
        labels[slug] = lab
        d = os.path.join(HERE, slug)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for name, content in files.items():
            with open(os.path.join(d, name), "wb") as f:
                f.write(content.encode("utf-8"))
    # remove stale case folders from earlier versions of this script
    for name in os.listdir(HERE):
        if name.startswith("b230-") and name not in labels and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    nums = [int(s.split("-")[1]) for s in slugs]
    assert nums == list(range(1, len(slugs) + 1))
    header = ("# Labels for blind230 (written blind). Generated by make_cases.py; see README.md.\n"
              "# Schema: /work/shared/eval/README.md\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.write(yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False))
    pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [i for l in labels.values() for i in l["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
