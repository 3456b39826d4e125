#!/usr/bin/env python3
"""Regenerate the blind201 evaluation set (Montreal video-game producer, Quebec French/English).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; running it twice gives the
same bytes.  Standard library + PyYAML only.  Every UTC offset is computed with zoneinfo and
every weekday written in the text is asserted against the date it names.

Usage:  python make_cases.py     (writes b201-NN-*/ folders and labels.yaml next to this file)
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
MTL = ZoneInfo("America/Toronto")      # Montreal follows America/Toronto (America/Montreal is a link)
PAR = ZoneInfo("Europe/Paris")
UTC = timezone.utc

OWNER = "noemie.gauthier@example.com"
OWNER_NAME = "Noémie Gauthier-Sy"

# ----------------------------------------------------------------------------------------------
# dates
# ----------------------------------------------------------------------------------------------
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                  "sept.", "oct.", "nov.", "déc."]


def T(y, mo, d, h=0, mi=0, s=0, tz=MTL, wd=None):
    """Aware datetime; if wd (English or French weekday) is given, assert it."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        chk(dt, wd)
    return dt


def chk(dt, name):
    """Assert that the weekday named in a text really is dt's weekday; return the name."""
    i = dt.weekday()
    n = name.lower().rstrip(".")
    ok = n in (EN_DAYS[i].lower(), FR_DAYS[i], EN_DAYS[i][:3].lower(), FR_DAYS[i][:3])
    assert ok, f"weekday mismatch: {dt.isoformat()} is {EN_DAYS[i]}, text says {name}"
    return name


def fr_date(dt, year=True):
    s = f"{FR_DAYS[dt.weekday()]} {dt.day if dt.day != 1 else '1er'} {FR_MONTHS[dt.month - 1]}"
    return s + (f" {dt.year}" if year else "")


def fr_short(dt):   # Google Agenda style: "jeu. 29 oct. 2026"
    return f"{FR_DAYS[dt.weekday()][:3]}. {dt.day} {FR_MONTHS_ABBR[dt.month - 1]} {dt.year}"


def fr_h(dt):       # "14 h", "14 h 30"
    return f"{dt.hour} h" + (f" {dt.minute:02d}" if dt.minute else "")


def en_date(dt, year=True):
    s = f"{EN_DAYS[dt.weekday()]}, {EN_MONTHS[dt.month - 1]} {dt.day}"
    return s + (f", {dt.year}" if year else "")


def en_short(dt):   # "Thu Jun 25, 2026"
    return f"{EN_DAYS[dt.weekday()][:3]} {EN_MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year}"


def en_h(dt):       # "2:30 PM", "9:30 AM"
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def en_hs(dt):      # "2:30pm" / "4pm"
    h = dt.hour % 12 or 12
    return (f"{h}" if not dt.minute else f"{h}:{dt.minute:02d}") + ("am" if dt.hour < 12 else "pm")


def hm(dt):
    return dt.strftime("%H:%M")


def mtl_abbr(dt):   # HAE / HNE (heure avancée / normale de l'Est)
    off = dt.astimezone(MTL).utcoffset()
    return "HAE" if off == timedelta(hours=-4) else "HNE"


def mtl_abbr_en(dt):
    off = dt.astimezone(MTL).utcoffset()
    return "EDT" if off == timedelta(hours=-4) else "EST"


def rfc(dt):
    return format_datetime(dt)


def iso(dt):
    return dt.isoformat()


def ics_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def rfc3339z(dt, ms=True):
    u = dt.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


def seeded(seed, n=12, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    h = hashlib.sha256(seed.encode()).digest()
    out = ""
    i = 0
    while len(out) < n:
        out += alphabet[h[i % len(h)] % len(alphabet)]
        i += 1
        if i % len(h) == 0:
            h = hashlib.sha256(h).digest()
    return out


def hexid(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n].upper()


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hashlib.sha256(seed.encode()).hexdigest()[:n])


# ----------------------------------------------------------------------------------------------
# MIME helpers (messages are written with LF line ends, like a Unix mail store)
# ----------------------------------------------------------------------------------------------
def hdr(value):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode()


def A(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def qp_latin1(text):
    return quopri.encodestring(text.encode("iso-8859-1")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, body, cte="quoted-printable", extra=()):
    if cte == "quoted-printable":
        enc = qp(body)
    elif cte == "base64":
        enc = b64(body)
    elif cte in ("7bit", "8bit"):
        enc = body
    else:
        raise ValueError(cte)
    if not enc.endswith("\n"):
        enc += "\n"
    lines = [f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {cte}"]
    return "\n".join(lines) + "\n\n" + enc


def multi(subtype, boundary, parts, preamble=""):
    out = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out


def message(headers, body_part):
    """headers: list of (name, value). body_part: output of leaf()/multi()."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        if k in ("Subject", "Thread-Topic"):
            v = hdr(v)
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n" + body_part).encode("utf-8")


def received(by_host, from_host, from_ip, dt, seed):
    return (f"from {from_host} ({from_host}. [{from_ip}])\n"
            f"        by {by_host} with ESMTPS id {seeded(seed, 14)}\n"
            f"        for <{OWNER}>\n"
            f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
            f"        {rfc(dt.astimezone(UTC))}")


def std_headers(*, frm, to, subject, date, msgid, cc=None, reply_to=None, in_reply_to=None,
                references=None, from_host, from_ip, return_path, extra=(), sender=None,
                delay=37):
    arr = date + timedelta(seconds=delay)
    h = [("Delivered-To", OWNER),
         ("Received", received("mx.example.com", from_host, from_ip, arr, msgid)),
         ("Return-Path", f"<{return_path}>"),
         ("From", frm)]
    if sender:
        h.append(("Sender", sender))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", subject), ("Date", rfc(date)), ("Message-ID", msgid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h += list(extra)
    return h


def text_to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font};font-size:11pt">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def quote_block(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# ----------------------------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------------------------
def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, first = [], b"", True
    for ch in line:
        cb = ch.encode("utf-8")
        limit = 75 if first else 74
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, first = b"", False
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ_EST_WIN = [
    "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE"]

VTZ_TORONTO = [
    "BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE"]

VTZ_PARIS = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Paris", "X-LIC-LOCATION:Europe/Paris",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE"]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}"


def teams_block(seed, lang="fr"):
    tid = hashlib.sha256(("tenant" + seed).encode()).hexdigest()
    oid = hashlib.sha256(("org" + seed).encode()).hexdigest()
    t = f"{tid[:8]}-{tid[8:12]}-{tid[12:16]}-{tid[16:20]}-{tid[20:32]}"
    o = f"{oid[:8]}-{oid[8:12]}-{oid[12:16]}-{oid[16:20]}-{oid[20:32]}"
    thread = seeded("thr" + seed, 40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{t}%22%2c%22Oid%22%3a%22{o}%22%7d")
    mid = digits("mid" + seed, 12)
    mid = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}"
    pw = seeded("pw" + seed, 6, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    opts = (f"https://teams.microsoft.com/meetingOptions/?organizerId={o}&tenantId={t}"
            f"&threadId=19_meeting_{thread}@thread.v2&messageId=0&language="
            + ("fr-CA" if lang == "fr" else "en-US"))
    bar = "_" * 80
    if lang == "fr":
        txt = (f"{bar}\nRéunion Microsoft Teams\n"
               f"Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle\n"
               f"Cliquez ici pour rejoindre la réunion<{url}>\n"
               f"ID de la réunion : {mid}\nCode secret : {pw}\n"
               f"Télécharger Teams<https://www.microsoft.com/fr-ca/microsoft-teams/download-app> | "
               f"Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
               f"En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<{opts}>\n{bar}")
    else:
        txt = (f"{bar}\nMicrosoft Teams meeting\n"
               f"Join on your computer, mobile app or room device\n"
               f"Click here to join the meeting<{url}>\n"
               f"Meeting ID: {mid}\nPasscode: {pw}\n"
               f"Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
               f"Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
               f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<{opts}>\n{bar}")
    return txt, url


def exchange_uid(seed):
    return ("040000008200E00074C5B7101A82E00800000000" + hexid("u1" + seed, 16)
            + "00000000000000001000000" + hexid("u2" + seed, 33))


def exchange_ics(*, method, organizer, attendees, summary, start, end, description, uid,
                 dtstamp, seq=0, status="CONFIRMED", location, lang="fr-CA", teams_url=None,
                 tz="win-est"):
    """Outlook/Exchange style VCALENDAR with a Windows TZID."""
    vtz, tzid = (VTZ_EST_WIN, "Eastern Standard Time") if tz == "win-est" else (None, None)
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}",
             "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + vtz + ["BEGIN:VEVENT"]
    lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for a in attendees:
        lines.append(att(*a))
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{ics_local(start.astimezone(MTL))}",
              f"DTEND;TZID={tzid}:{ics_local(end.astimezone(MTL))}",
              "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
              f"DTSTAMP:{ics_utc(dtstamp)}",
              "TRANSP:OPAQUE" if method == "REQUEST" else "TRANSP:TRANSPARENT",
              f"STATUS:{status}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE={lang}:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(digits('own' + uid, 9))}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if method == "REQUEST" else "FREE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("BUSY" if method == "REQUEST" else "FREE"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:" + ("1" if method == "REQUEST" else "2"),
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        lines.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,'
                     '"OnlineMeetingProvider":3}')
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def outlook_mail(*, frm, to, cc=None, subject, date, msgid, plain, lang="fr-CA", ics_text,
                 method="REQUEST", seed, from_ip="40.107.115.84",
                 host="YT3PR01MB" + "6101.CANPRD01.PROD.OUTLOOK.COM", extra=()):
    """Exchange Online meeting request: multipart/alternative text/plain + text/html + text/calendar."""
    bnd = f"_000_{hexid('b' + seed, 24)}{host.split('.')[0]}_"
    ti = base64.b64encode(hashlib.sha256(("ti" + seed).encode()).digest()[:22]).decode()
    h = std_headers(frm=frm, to=to, cc=cc, subject=subject, date=date, msgid=msgid,
                    from_host="YT3PR01CU001.outbound.protection.outlook.com",
                    from_ip=from_ip, return_path=frm.split("<")[-1].rstrip(">"),
                    extra=[("Thread-Topic", subject), ("Thread-Index", ti),
                           ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
                           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                           ("Content-class", "urn:content-classes:calendarmessage"),
                           ("x-ms-exchange-calendar-series-instance-id",
                            "BAAAAIIA4AB0xbcQGoLgCAAAAA" + seeded("ser" + seed, 20))] + list(extra))
    # Exchange writes dates in UTC in the Date header
    parts = [leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
             leaf('text/html; charset="utf-8"', text_to_html(plain, "Aptos,Calibri,sans-serif"),
                  "quoted-printable"),
             leaf(f'text/calendar; charset="utf-8"; method={method}', ics_text.encode("utf-8"),
                  "base64")]
    h = [(k, (rfc(date.astimezone(UTC)) if k == "Date" else v)) for k, v in h]
    return message(h, multi("alternative", bnd, parts))


def google_ics(*, method="REQUEST", organizer, attendees, summary, start, end, description, uid,
               dtstamp, created, seq=0, status="CONFIRMED", meet=None, location=""):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
             "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(dtstamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for a in attendees:
        lines.append(att(a[0], a[1], a[2] if len(a) > 2 else "NEEDS-ACTION",
                         a[3] if len(a) > 3 else "REQ-PARTICIPANT", google=True))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{ics_utc(created)}", f"DESCRIPTION:{esc(description)}",
              f"LAST-MODIFIED:{ics_utc(dtstamp)}", f"LOCATION:{esc(location)}",
              f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}",
              "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def google_invite_mail(*, organizer, attendees, title, start, end, tzname, description, date,
                       msgid, uid, created, seq=0, meet, lang="fr", updated=False, tz=MTL,
                       tzshort=None, seed):
    """Google Calendar invitation e-mail (multipart/mixed > alternative + invite.ics)."""
    ls, le = start.astimezone(tz), end.astimezone(tz)
    if lang == "fr":
        pre = "Invitation mise à jour" if updated else "Invitation"
        when_s = f"{fr_short(ls)} {hm(ls)} - {hm(le)} ({tzshort})"
        subject = f"{pre} : {title} @ {when_s} ({OWNER})"
        when_l = f"{fr_date(ls)} ⋅ {hm(ls)} – {hm(le)}\n{tzname}"
        head = ("Cet événement a été modifié." if updated else
                "Vous avez été invité à l'événement suivant.")
        guests = "Invités"
        plain = (f"{head}\n\n{title}\n{when_l}\n\n"
                 f"Participer avec Google Meet\nhttps://meet.google.com/{meet}\n\n"
                 f"Participer par téléphone\n(CA) +1 647-{digits('ph' + seed, 3)}-{digits('ph2' + seed, 4)} "
                 f"PIN : {digits('pin' + seed, 9)}#\n\n"
                 f"{description}\n\n{guests}\n")
        for a in [organizer] + [x for x in attendees if x[1] != organizer[1]]:
            plain += f"{a[0]} - {'organisateur' if a[1] == organizer[1] else 'invité'}\n{a[1]}\n"
        plain += (f"Afficher tous les détails des invités\n"
                  f"https://calendar.google.com/calendar/event?action=VIEW&eid={seeded('eid' + seed, 60)}\n\n"
                  f"Répondre à {OWNER}\nOui\nNon\nPeut-être\nPlus d'options\n"
                  f"https://calendar.google.com/calendar/event?action=VIEW&eid={seeded('eid' + seed, 60)}\n\n"
                  "Invitation de Google Agenda\n\n"
                  "Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir "
                  "les notifications associées à cet événement, refusez-le. Transférer cette invitation "
                  "peut permettre à toute personne qui la reçoit de répondre à l'organisateur.\n")
    else:
        pre = "Updated invitation" if updated else "Invitation"
        when_s = f"{en_short(ls)} {en_hs(ls)} - {en_hs(le)} ({tzshort})"
        subject = f"{pre}: {title} @ {when_s} ({OWNER})"
        when_l = f"{en_date(ls)} ⋅ {en_hs(ls)} – {en_hs(le)}\n{tzname}"
        head = "This event has been updated." if updated else "You have been invited to the following event."
        plain = (f"{head}\n\n{title}\n{when_l}\n\nJoin with Google Meet\n"
                 f"https://meet.google.com/{meet}\n\n{description}\n\nGuests\n")
        for a in [organizer] + [x for x in attendees if x[1] != organizer[1]]:
            plain += f"{a[0]} - {'organizer' if a[1] == organizer[1] else 'guest'}\n{a[1]}\n"
        plain += (f"View all guest info\nhttps://calendar.google.com/calendar/event?action=VIEW&eid="
                  f"{seeded('eid' + seed, 60)}\n\nReply for {OWNER}\nYes\nNo\nMaybe\nMore options\n\n"
                  "Invitation from Google Calendar\n\nYou are receiving this email because you are an "
                  "attendee on the event. To stop receiving future updates for this event, decline this "
                  "event.\n")
    ics_text = google_ics(organizer=organizer, attendees=attendees, summary=title, start=start,
                          end=end, description=description, uid=uid, dtstamp=date,
                          created=created, seq=seq, meet=meet)
    htm = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; '
           'charset=utf-8"></head><body><div itemscope itemtype="http://schema.org/EmailMessage">'
           '<div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
           f'<h2 style="font-size:22px;font-weight:400">{html.escape(title)}</h2>'
           f'<div>{html.escape(when_l).replace(chr(10), "<br>")}</div>'
           f'<div><a href="https://meet.google.com/{meet}">meet.google.com/{meet}</a></div>'
           f'<div style="white-space:pre-wrap">{html.escape(description)}</div>'
           '</div></div></body></html>\n')
    outer = f"{seeded('go' + seed, 28, '0123456789abcdef')}"
    inner = f"{seeded('gi' + seed, 28, '0123456789abcdef')}"
    alt = multi("alternative", inner, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', htm, "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics_text.replace("\r\n", "\n"),
             "quoted-printable")])
    mixed = multi("mixed", outer, [
        alt,
        leaf('application/ics; name="invite.ics"', ics_text.encode("utf-8"), "base64",
             extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    h = std_headers(frm=A(organizer[0], organizer[1]), to=OWNER, subject=subject, date=date,
                    msgid=msgid, reply_to=A(organizer[0], organizer[1]),
                    sender="Google Agenda <calendar-notification@google.com>" if lang == "fr"
                    else "Google Calendar <calendar-notification@google.com>",
                    from_host="mail-sor-f73.google.com", from_ip="209.85.220.73",
                    return_path=f"3{seeded('rp' + seed, 20)}@calendar-server.bounces.google.com")
    return message(h, mixed), ics_text


def plain_mail(*, frm, to, subject, date, msgid, text, cc=None, reply_to=None, in_reply_to=None,
               references=None, from_host, from_ip, html_too=True, cte="quoted-printable",
               seed, extra=(), boundary=None, font="Arial,Helvetica,sans-serif",
               charset="UTF-8", attachments=()):
    """Human e-mail: multipart/alternative (plain + html) or single text/plain."""
    if html_too:
        bnd = boundary or f"000000000000{seeded('pm' + seed, 16, '0123456789abcdef')}"
        body = multi("alternative", bnd, [
            leaf(f'text/plain; charset="{charset}"', text, cte),
            leaf(f'text/html; charset="{charset}"', text_to_html(text, font), cte)])
    else:
        body = leaf(f'text/plain; charset="{charset}"', text, cte)
    if attachments:
        bnd2 = f"000000000000{seeded('mx' + seed, 16, '0123456789abcdef')}"
        body = multi("mixed", bnd2, [body] + list(attachments))
    rp = frm.split("<")[-1].rstrip(">")
    h = std_headers(frm=frm, to=to, cc=cc, reply_to=reply_to, subject=subject, date=date,
                    msgid=msgid, in_reply_to=in_reply_to, references=references,
                    from_host=from_host, from_ip=from_ip, return_path=rp, extra=extra)
    return message(h, body)


def gcal_event(*, eid, summary, description, start, end, tz, organizer, attendees, created,
               updated, status="confirmed", seq=0, meet=None, location=None, creator=None):
    ev = {"kind": "calendar#event",
          "etag": f'"{digits("etag" + eid, 16)}"',
          "id": eid, "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid="
                      + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
          "created": rfc3339z(created), "updated": rfc3339z(updated),
          "summary": summary}
    if description is not None:
        ev["description"] = description
    if location:
        ev["location"] = location
    ev["creator"] = {"email": (creator or organizer)[1], "displayName": (creator or organizer)[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.astimezone(tz).isoformat(), "timeZone": tz.key}
    ev["end"] = {"dateTime": end.astimezone(tz).isoformat(), "timeZone": tz.key}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = seq
    ev["attendees"] = []
    for a in attendees:
        d = {"email": a[1]}
        if a[0]:
            d["displayName"] = a[0]
        if a[1] == organizer[1]:
            d["organizer"] = True
        if a[1] == OWNER:
            d["self"] = True
        d["responseStatus"] = a[2] if len(a) > 2 else "needsAction"
        ev["attendees"].append(d)
    if not ev["attendees"]:
        del ev["attendees"]
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": meet}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def meet_code(seed):
    s = seeded("meet" + seed, 10, "abcdefghijklmnopqrstuvwxyz")
    return f"{s[:3]}-{s[3:7]}-{s[7:10]}"


def IV(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start),
            "end": iso(end) if end is not None else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


def LABEL(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ==============================================================================================
# CASES
# ==============================================================================================
PACIFIC = ZoneInfo("America/Los_Angeles")   # Workday mail servers stamp Date in Pacific time


# ---------------------------------------------------------------------------------------------- 01
@case
def c01():
    slug = "b201-01-workday-entrevue-telephonique-hae"
    co, role = "Studio Boréal Jeux", "Productrice ou producteur senior"
    karine = ("Karine Lespérance", "karine.lesperance@boreal-jeux.example")
    start = T(2026, 4, 14, 14, 30, wd="mardi")
    end = start + timedelta(minutes=30)
    sent = T(2026, 4, 9, 7, 2, 11, tz=PACIFIC, wd="jeudi")
    text = f"""Bonjour Noémie,

Merci de l'intérêt que vous portez à Studio Boréal Jeux!

Nous avons le plaisir de vous confirmer votre entrevue téléphonique pour le poste de {role} (R-2026-0142).

Date : {fr_date(start)}
Heure : {fr_h(start)} à {fr_h(end)} ({mtl_abbr(start)} – heure de Montréal)
Format : entrevue téléphonique, environ 30 minutes
Avec : {karine[0]}, conseillère principale en acquisition de talents

{karine[0].split()[0]} vous appellera au numéro inscrit à votre profil de candidat. Si vous devez modifier ce rendez-vous, écrivez-lui directement à {karine[1]} plutôt que de répondre à ce courriel.

Une invitation de calendrier est jointe à ce message.

Au plaisir de vous parler,

L'équipe Acquisition de talents
Studio Boréal Jeux

--
Ce message a été généré automatiquement par Workday. Merci de ne pas y répondre.
Consulter votre profil de candidat : https://wd3.myworkdaysite.com/fr-CA/recruiting/borealjeux/Carrieres/userHome
"""
    ics_text = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday\\, Inc.//Workday Recruiting//FR",
        "METHOD:REQUEST", "BEGIN:VEVENT",
        f"UID:WD-INTERVIEW-{hexid('wd01', 20)}@myworkday.com",
        f"DTSTAMP:{ics_utc(sent)}", f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
        f"SUMMARY:{esc('Entrevue téléphonique – ' + role + ' – Studio Boréal Jeux')}",
        f"DESCRIPTION:{esc('Entrevue téléphonique avec ' + karine[0] + '. ' + karine[0].split()[0] + ' vous appellera au numéro inscrit à votre profil.')}",
        "LOCATION:Téléphone",
        "ORGANIZER;CN=Studio Boréal Jeux:mailto:borealjeux@myworkday.com",
        att(karine[0], karine[1], "ACCEPTED", rsvp="FALSE"),
        att(OWNER_NAME, OWNER),
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", "----=_Part_4417021_1820594731.1775743331204", [
        multi("alternative", "----=_Part_4417020_602145590.1775743331204", [
            leaf("text/plain; charset=UTF-8", text),
            leaf("text/html; charset=UTF-8", text_to_html(text, "Helvetica,Arial,sans-serif"))]),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="Entrevue.ics"',
             ics_text.encode(), "base64",
             extra=['Content-Disposition: attachment; filename="Entrevue.ics"'])])
    mid = "<1775743331204.4417022.borealjeux@wd3-prod-mta04.myworkday.com>"
    h = std_headers(frm=A("Studio Boréal Jeux", "borealjeux@myworkday.com"), to=A(OWNER_NAME, OWNER),
                    subject=f"Confirmation de votre entrevue – {role} (R-2026-0142)",
                    date=sent, msgid=mid, from_host="wd3-prod-mta04.myworkday.com",
                    from_ip="216.115.72.18", return_path="bounce-borealjeux@myworkday.com",
                    extra=[("X-Workday-Tenant", "borealjeux")])
    items = {"01-workday-confirmation-entrevue.eml": message(h, body)}
    lab = LABEL([IV(co, role, start, end, "scheduled", [karine[1]], [karine[1]], "phone_screen")],
                "easy", "positive/workday-french",
                "Workday confirmation in Quebec French, time given as '14 h 30 à 15 h (HAE)'; Date header "
                "is Pacific (-0700). The recruiter conducts the phone screen and her address is in the text "
                "and in the .ics; the Workday sender is a no-reply.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 02
@case
def c02():
    slug = "b201-02-playtest-session-aurore"
    lea = ("Léa Morin-Tchakounté", "lea.morin@moonlitharbor.example")
    start = T(2026, 4, 23, 18, 0, wd="jeudi")
    end = start + timedelta(hours=2)
    d1 = T(2026, 4, 16, 11, 48, 3, wd="jeudi")
    t1 = f"""Salut Noémie,

Merci de t'être inscrite à notre panel de joueuses et joueurs! Tu as été sélectionnée pour une session de playtest de notre prochain titre (nom de code « Aurore »).

Quand : {fr_date(start, False)}, de {fr_h(start)} à {fr_h(end)} ({mtl_abbr(start)})
Où : notre laboratoire de recherche utilisateur, 5445 avenue de Gaspé, local 1100, Montréal

Le déroulement : environ 90 minutes de jeu sur le prototype, suivies d'une courte entrevue (15 à 20 minutes) avec moi sur tes impressions. Ce n'est pas une entrevue d'embauche, promis : il n'y a pas de bonnes ou de mauvaises réponses, on teste le jeu, pas toi!

Compensation : carte-cadeau de 75 $. Une entente de confidentialité sera à signer sur place.

Je t'envoie l'invitation de calendrier dans une minute.

Léa
Chercheuse UX senior | Moonlit Harbor Games
"""
    m1 = plain_mail(frm=A(*lea), to=A(OWNER_NAME, OWNER),
                    subject="Playtest « Aurore » – tu es sélectionnée!", date=d1,
                    msgid="<CAHx7pL0aurore.playtest.5512@mail.moonlitharbor.example>", text=t1,
                    from_host="mail-ed1-f45.google.com", from_ip="209.85.208.45", seed="c02a")
    d2 = d1 + timedelta(minutes=3, seconds=12)
    desc = ("Session de playtest rémunérée – prototype « Aurore ».\n90 min de jeu + entrevue post-session "
            "de 15-20 min avec l'équipe UX (recherche utilisateur). Compensation : carte-cadeau de 75 $.\n"
            "Adresse : 5445 avenue de Gaspé, local 1100, Montréal. NDA à signer sur place.")
    m2, _ = google_invite_mail(
        organizer=lea, attendees=[(lea[0], lea[1], "ACCEPTED"), (OWNER_NAME, OWNER)],
        title="Session de playtest – Projet Aurore (Moonlit Harbor)", start=start, end=end,
        tzname="Heure de l’Est - Toronto", tzshort="HAE", description=desc, date=d2,
        msgid="<calendar-7d2c1e0a-41b7-4a55-9c1f-aurore0423@google.com>",
        uid="5q2kd8m1aurore0423playtest@google.com", created=d2 - timedelta(minutes=1),
        meet=meet_code("c02"), seed="c02b")
    items = {"01-selection-playtest.eml": m1, "02-invitation-playtest.eml": m2}
    lab = LABEL([], "hard", "negative/playtest",
                "Paid playtest with a post-session 'entrevue' by a UX researcher (user research), sent as a "
                "real Google Calendar invite with hiring-like vocabulary; not a job interview.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 03
@case
def c03():
    slug = "b201-03-greenhouse-senior-producer-ics"
    co, role = "Pixel Caribou", "Senior Producer, Live Operations"
    jess = ("Jessica Tran-Ouellet", "jessica.tran@pixelcaribou.example")
    marc = ("Marc-Antoine Roy", "marc-antoine.roy@pixelcaribou.example")
    start = T(2026, 4, 29, 11, 0, wd="Wednesday")
    end = start + timedelta(hours=1)
    sent = T(2026, 4, 24, 15, 21, 40, wd="Friday").astimezone(UTC)
    meet = meet_code("c03")
    text = f"""Hi Noémie,

Your interview for the {role} role at {co} is confirmed. Here are the details:

{en_date(start)}
{en_h(start)} – {en_h(end)} {mtl_abbr_en(start)} (Montreal time)

Interview: Hiring Manager Interview
Interviewer: {marc[0]}, Executive Producer
Location: Google Meet – https://meet.google.com/{meet}

A calendar invitation is attached. If anything comes up and you need to reschedule, just reply to this email and I'll take care of it.

Thanks, and good luck!

{jess[0]}
Recruiting Coordinator | {co}
"""
    ics_text = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Interview Scheduling//EN",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
        f"UID:greenhouse-interview-{digits('gh03', 9)}@greenhouse.io",
        f"DTSTAMP:{ics_utc(sent)}", f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
        f"SUMMARY:{esc('Interview: ' + OWNER_NAME + ' – ' + role + ' (' + co + ')')}",
        f"DESCRIPTION:{esc('Hiring Manager Interview with ' + marc[0] + ' (Executive Producer).' + chr(10) + 'Google Meet: https://meet.google.com/' + meet)}",
        f"LOCATION:https://meet.google.com/{meet}",
        f"ORGANIZER;CN={jess[0]}:mailto:{jess[1]}",
        att(marc[0], marc[1], "ACCEPTED", rsvp="FALSE"),
        att(OWNER_NAME, OWNER),
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", "--==_mimepart_69eb8a6c3f1b2_1c4a2c8e7761d", [
        multi("alternative", "--==_mimepart_69eb8a6c3e9a0_1c4a2c8e775f2", [
            leaf("text/plain; charset=UTF-8", text),
            leaf("text/html; charset=UTF-8", text_to_html(text))]),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="interview.ics"', ics_text.encode(),
             "base64", extra=['Content-Disposition: attachment; filename="interview.ics"'])])
    h = std_headers(frm=A(f"{co} Recruiting", "no-reply@greenhouse.io"), to=A(OWNER_NAME, OWNER),
                    reply_to=A(*jess), subject=f"Interview Confirmation: {role} at {co}",
                    date=sent, msgid="<69eb8a6c4a0d7_1c4a2c8e7783e@greenhouse-mailer-7f9c.mail>",
                    from_host="o1.email.greenhouse.io", from_ip="167.89.101.22",
                    return_path="bounces+1183420-9f1c-noemie.gauthier=example.com@email.greenhouse.io")
    items = {"01-greenhouse-interview-confirmation.eml": message(h, body)}
    lab = LABEL([IV(co, role, start, end, "scheduled", [marc[1]], [marc[1]], "hiring_manager")],
                "easy", "positive/greenhouse-ics",
                "Greenhouse confirmation (no-reply sender, coordinator in Reply-To) with an .ics attachment "
                "in UTC. The hiring manager's address is only in the .ics ATTENDEE line.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 04
@case
def c04():
    slug = "b201-04-teams-fr-panel-utc-label"
    co, role = "Lanterne Rouge Interactif", "Productrice ou producteur exécutif"
    sophie = ("Sophie Beaulieu", "sbeaulieu@lanternerouge.example")
    etienne = ("Étienne Dufresne", "edufresne@lanternerouge.example")
    amira = ("Amira Benali", "abenali@lanternerouge.example")
    start = T(2026, 5, 19, 13, 0, wd="mardi")
    end = start + timedelta(minutes=90)
    sent = T(2026, 5, 12, 14, 5, 22, wd="mardi")
    teams_txt, teams_url = teams_block("c04", "fr")
    subject = f"Entrevue – {role} – {OWNER_NAME}"
    plain = f"""Quand : {fr_date(start)} {hm(start)}-{hm(end)} (UTC-05:00) Est (États-Unis et Canada).
Où : Réunion Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Bonjour Noémie,

Comme convenu au téléphone, voici l'invitation pour la deuxième étape du processus : une entrevue en panel de 90 minutes avec {etienne[0]} (directeur du studio) et {amira[0]} (directrice de production). Je m'occupe de la logistique, mais je ne serai pas présente à l'appel.

Prévois une vingtaine de minutes pour nous présenter un projet que tu as mené de la préproduction jusqu'au lancement.

Bonne journée!

{sophie[0]}
Coordonnatrice, acquisition de talents | {co}
514 555-0142

{teams_txt}
"""
    uid = exchange_uid("c04")
    ics_text = exchange_ics(method="REQUEST", organizer=sophie,
                            attendees=[(OWNER_NAME, OWNER), etienne, amira], summary=subject,
                            start=start, end=end, description=plain, uid=uid, dtstamp=sent,
                            location="Réunion Microsoft Teams", teams_url=teams_url)
    m = outlook_mail(frm=A(*sophie), to=", ".join([A(OWNER_NAME, OWNER), A(*etienne), A(*amira)]),
                     subject=subject, date=sent,
                     msgid="<YT3PR01MB61014E2C7A90D1B3C55F02A1C8242@YT3PR01MB6101.CANPRD01.PROD.OUTLOOK.COM>",
                     plain=plain, ics_text=ics_text, seed="c04")
    items = {"01-invitation-entrevue-panel.eml": m}
    lab = LABEL([IV(co, role, start, end, "scheduled", [etienne[1], amira[1]], [etienne[1], amira[1]],
                    "onsite")],
                "medium", "positive/teams-french-utc-label",
                "French Outlook/Teams invite ('Réunion Microsoft Teams'). The 'Quand' line shows the Windows "
                "display label '(UTC-05:00) Est' but the meeting is in May, so the real offset is -04:00 "
                "(TZID Eastern Standard Time). Two-person panel => onsite; the coordinator says she will not "
                "attend.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 05
@case
def c05():
    slug = "b201-05-game-jam-inscription"
    start = T(2026, 2, 13, 18, 0, wd="vendredi")
    end = T(2026, 2, 15, 18, 0, wd="dimanche")
    demo = T(2026, 2, 15, 14, 0, wd="dimanche")
    sent = T(2026, 2, 3, 9, 15, 0, wd="mardi")
    text = f"""Salut Noémie!

Ton inscription à la Jam des Glaces 2026 est confirmée. On a hâte de te voir!

❄ Ouverture : {fr_date(start, False)} à {fr_h(start)} ({mtl_abbr(start)}), Espace Ludik, 2020 rue William, Montréal
❄ Thème dévoilé à 19 h, formation des équipes sur place
❄ Présentations au jury : {fr_date(demo, False)} à {fr_h(demo)}
❄ Clôture et remise des prix : {fr_date(end, False)} vers {fr_h(end)}

Cette année, notre équipe média réalisera de courtes entrevues vidéo avec les équipes pendant la fin de semaine (elles seront publiées sur nos réseaux, tu pourras refuser bien sûr). Plusieurs studios partenaires seront aussi présents dimanche : apporte ton portfolio si tu veux jaser avec leurs recruteurs.

Le fichier joint te permet d'ajouter la fin de semaine à ton calendrier.

À bientôt,
L'équipe du Collectif Manette
https://collectifmanette.example/jam

Tu reçois ce courriel parce que tu t'es inscrite à la Jam des Glaces 2026. Se désabonner : https://collectifmanette.example/desabonnement
"""
    ics_text = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Collectif Manette//Jam 2026//FR",
                    "METHOD:PUBLISH"] + VTZ_TORONTO + [
        "BEGIN:VEVENT", "UID:jam-des-glaces-2026@collectifmanette.example",
        f"DTSTAMP:{ics_utc(sent)}",
        f"DTSTART;TZID=America/Toronto:{ics_local(start)}", f"DTEND;TZID=America/Toronto:{ics_local(end)}",
        "SUMMARY:Jam des Glaces 2026",
        f"DESCRIPTION:{esc('Game jam de 48 h. Présentations au jury dimanche 14 h. Entrevues vidéo avec l’équipe média et kiosques des studios partenaires.')}",
        "LOCATION:Espace Ludik\\, 2020 rue William\\, Montréal",
        "ORGANIZER;CN=Collectif Manette:mailto:bonjour@collectifmanette.example",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    m = plain_mail(frm=A("Collectif Manette", "bonjour@collectifmanette.example"), to=OWNER,
                   subject="❄ Ton inscription à la Jam des Glaces 2026 est confirmée", date=sent,
                   msgid="<20260203141500.6f1d2c9a44@mailer.collectifmanette.example>", text=text,
                   from_host="mailer.collectifmanette.example", from_ip="198.51.100.27", seed="c05",
                   boundary="b1_6f1d2c9a44e0a7b3c1d5", extra=[("List-Unsubscribe",
                   "<https://collectifmanette.example/desabonnement>")],
                   attachments=[leaf('text/calendar; charset=UTF-8; name="jam-des-glaces-2026.ics"',
                                     ics_text.encode(), "base64",
                                     extra=['Content-Disposition: attachment; filename="jam-des-glaces-2026.ics"'])])
    items = {"01-inscription-jam-des-glaces.eml": m}
    lab = LABEL([], "medium", "negative/game-jam",
                "Game-jam registration with an .ics, a jury, 'entrevues vidéo' by the media team and studio "
                "recruiters on site; nothing is a scheduled job interview for the user.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 06
@case
def c06():
    slug = "b201-06-paris-studio-march-dst-gap"
    co, role = "Nébuleuse Interactive", "Productrice / Producteur senior"
    claire = ("Claire Vasseur", "claire.vasseur@nebuleuse-interactive.example")
    julien = ("Julien Armand", "julien.armand@nebuleuse-interactive.example")
    start = T(2026, 3, 17, 16, 0, tz=PAR, wd="mardi")
    end = start + timedelta(hours=1)
    mtl = start.astimezone(MTL)
    assert mtl.hour == 11 and mtl_abbr(mtl) == "HAE"
    d1 = T(2026, 3, 11, 10, 14, 51, tz=PAR, wd="mercredi")
    t1 = f"""Bonjour Noémie,

Merci pour votre candidature au poste de {role} sur notre prochain jeu narratif. Votre parcours dans les studios montréalais a beaucoup plu à l'équipe.

Je vous propose un premier entretien en visio avec {julien[0]}, notre directeur de production, le {fr_date(start, False)} à {fr_h(start)} (heure de Paris), pour une durée d'une heure.

Petit point d'attention sur le décalage horaire : vous êtes passés à l'heure d'été au Québec le 8 mars, mais en France nous ne changeons d'heure que le 29 mars. Pendant ces trois semaines, l'écart n'est que de 5 heures : {fr_h(start)} à Paris correspondra donc à {fr_h(mtl)} à Montréal (et non {mtl.hour - 1} h).

Pouvez-vous me confirmer que ce créneau vous convient ?

Bien cordialement,

{claire[0]}
Chargée de recrutement – {co}
12 rue du Faubourg-Poissonnière, 75010 Paris
"""
    mid1 = "<PR3P195MB0812A3C6F1E04B9D7A55C210E91A2@PR3P195MB0812.EURP195.PROD.OUTLOOK.COM>"
    subj = f"{co} – entretien pour le poste de {role}"
    m1 = plain_mail(frm=A(*claire), to=A(OWNER_NAME, OWNER), subject=subj, date=d1, msgid=mid1,
                    text=t1, from_host="EUR03-AM7-obe.outbound.protection.outlook.com",
                    from_ip="40.107.105.91", seed="c06a", boundary="_000_PR3P195MB0812A3C6F1E0_",
                    font="Calibri,sans-serif")
    dn = T(2026, 3, 11, 8, 2, 17, wd="mercredi")
    midn = "<CAF3w9xQ2nB7-noemie-re-nebuleuse@mail.gmail.com>"
    noemie_txt = f"""Bonjour Claire,

{fr_date(start, False).capitalize()} à {fr_h(mtl)} heure de Montréal ({fr_h(start)} chez vous), c'est parfait pour moi. Merci d'avoir pensé à préciser le décalage, je me serais fait prendre!

Au plaisir,
Noémie"""
    d2 = T(2026, 3, 11, 17, 40, 6, tz=PAR, wd="mercredi")
    t2 = f"""Parfait, c'est noté ! {julien[0].split()[0]} vous envoie l'invitation Google Agenda dans la foulée.

À mardi,
Claire

Le {fr_date(dn, False)} à {hm(dn.astimezone(PAR))}, {OWNER_NAME} <{OWNER}> a écrit :
{quote_block(noemie_txt)}
"""
    mid2 = "<PR3P195MB08127D20C4A8E51F6B19D3A0E91A2@PR3P195MB0812.EURP195.PROD.OUTLOOK.COM>"
    m2 = plain_mail(frm=A(*claire), to=A(OWNER_NAME, OWNER), subject="RE: " + subj, date=d2,
                    msgid=mid2, text=t2, in_reply_to=midn, references=f"{mid1} {midn}",
                    from_host="EUR03-AM7-obe.outbound.protection.outlook.com", from_ip="40.107.105.91",
                    seed="c06b", boundary="_000_PR3P195MB08127D20C4A8_", font="Calibri,sans-serif")
    d3 = T(2026, 3, 11, 17, 52, 30, tz=PAR, wd="mercredi")
    desc = (f"Premier entretien pour le poste de {role}.\nAvec {julien[0]}, directeur de production.\n"
            f"Pour Noémie (Montréal) : {fr_h(mtl)} heure de Montréal ({mtl_abbr(mtl)}).")
    m3, _ = google_invite_mail(
        organizer=julien, attendees=[(julien[0], julien[1], "ACCEPTED"), (OWNER_NAME, OWNER)],
        title=f"Entretien {OWNER_NAME} / {co}", start=start, end=end, tz=PAR,
        tzname="Heure normale d’Europe centrale - Paris", tzshort="CET", description=desc, date=d3,
        msgid="<calendar-2b9e5f70-c3d1-4e8a-b7f2-nebuleuse0317@google.com>",
        uid="3hv0m2c8nebuleuse0317entretien@google.com", created=d3 - timedelta(minutes=2),
        meet=meet_code("c06"), seed="c06c")
    items = {"01-proposition-entretien.eml": m1, "02-re-confirmation.eml": m2,
             "03-invitation-google-agenda.eml": m3}
    lab = LABEL([IV(co, role, start, end, "scheduled", [julien[1]], [julien[1]], "hiring_manager")],
                "hard", "positive/paris-dst-gap",
                "Paris studio, interview on 17 March 2026 at 16 h Paris (CET, +01:00) = 11 h Montreal (HAE): "
                "the US/Canada DST started on 8 March but the EU switch is on 29 March, so the gap is 5 h, "
                "not 6 h. One interview announced by proposal, confirmation reply and Google invite (UTC "
                "times). Only the production director conducts it; the recruiter is not in the invite.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 07
@case
def c07():
    slug = "b201-07-syndicat-seance-information-teams"
    maxime = ("Maxime Provencher", "mprovencher@sttjv.example")
    start = T(2026, 6, 3, 19, 0, wd="mercredi")
    end = start + timedelta(minutes=90)
    sent = T(2026, 5, 25, 12, 31, 8, wd="lundi")
    teams_txt, teams_url = teams_block("c07", "fr")
    subject = "Séance d'information – Se syndiquer dans le jeu vidéo (confidentiel)"
    plain = f"""Quand : {fr_date(start)} {hm(start)}-{hm(end)} (UTC-05:00) Est (États-Unis et Canada).
Où : Réunion Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Bonjour à toutes et à tous,

Vous nous avez écrit pour en savoir plus sur la syndicalisation dans les studios de jeu vidéo du Québec. Voici l'invitation à notre prochaine séance d'information virtuelle.

Au programme :
- comment fonctionne une demande d'accréditation, étape par étape;
- ce que la loi protège pendant une campagne;
- vos droits lors d'une entrevue d'embauche (les questions qu'un employeur ne peut pas vous poser);
- crédits au générique, heures supplémentaires et « crunch »;
- période de questions.

La séance est confidentielle : les caméras peuvent rester fermées et vous pouvez changer votre nom d'affichage. Votre employeur ne sera pas informé de votre participation.

Solidairement,

{maxime[0]}
Organisateur, Syndicat des travailleuses et travailleurs du jeu vidéo (STTJV)

{teams_txt}
"""
    ics_text = exchange_ics(method="REQUEST", organizer=maxime,
                            attendees=[(OWNER_NAME, OWNER)], summary=subject, start=start, end=end,
                            description=plain, uid=exchange_uid("c07"), dtstamp=sent,
                            location="Réunion Microsoft Teams", teams_url=teams_url)
    m = outlook_mail(frm=A(*maxime), to=A(OWNER_NAME, OWNER), subject=subject, date=sent,
                     msgid="<YQXPR01MB3270C1D48E6A2F9B0D7E41C5A13B9@YQXPR01MB3270.CANPRD01.PROD.OUTLOOK.COM>",
                     plain=plain, ics_text=ics_text, seed="c07",
                     host="YQXPR01MB3270.CANPRD01.PROD.OUTLOOK.COM")
    items = {"01-seance-information-syndicat.eml": m}
    lab = LABEL([], "hard", "negative/union-info-session",
                "Union information session sent as a French Teams meeting request ('Réunion Microsoft "
                "Teams'), mentions 'entrevue d'embauche' in the agenda; not a hiring process.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 08
@case
def c08():
    slug = "b201-08-paris-screen-then-panel-october-gap"
    co, role = "Atelier Lumen", "Producteur·rice senior"
    bapt = ("Baptiste Morel", "baptiste.morel@atelier-lumen.example")
    ines = ("Inès Carpentier", "ines.carpentier@atelier-lumen.example")
    raph = ("Raphaël Nguyen-Lefort", "raphael.nguyen-lefort@atelier-lumen.example")
    s1 = T(2026, 10, 20, 17, 0, tz=PAR, wd="mardi")
    e1 = s1 + timedelta(minutes=45)
    s2 = T(2026, 10, 29, 15, 0, tz=PAR, wd="jeudi")
    e2 = s2 + timedelta(minutes=90)
    m1l, m1e, m2l = s1.astimezone(MTL), e1.astimezone(MTL), s2.astimezone(MTL)
    assert (m1l.hour, m2l.hour) == (11, 10)
    assert s1.utcoffset() == timedelta(hours=2) and s2.utcoffset() == timedelta(hours=1)
    assert m2l.utcoffset() == timedelta(hours=-4)
    # 01 Greenhouse confirmation (French template), ICS in Europe/Paris
    d1 = T(2026, 10, 15, 9, 32, 4, tz=UTC, wd="jeudi")
    meet1 = meet_code("c08a")
    t1 = f"""Bonjour Noémie,

Votre entretien pour le poste de {role} (H/F) chez {co} est confirmé.

Type d'entretien : échange avec la production (45 min)
Date : {fr_date(s1)}
Heure : {hm(s1).replace(':', ' h ')} – {hm(e1).replace(':', ' h ')} (heure de Paris, UTC+2)
Soit {hm(m1l).replace(':', ' h ')} – {hm(m1e).replace(':', ' h ')} à Montréal ({mtl_abbr(m1l)})
Avec : {ines[0]}, productrice exécutive
Lien visio : https://meet.google.com/{meet1}

Une invitation calendrier est jointe à ce message. Pour toute question, répondez simplement à ce courriel : {bapt[0]}, chargé de recrutement, vous répondra.

À très vite,
L'équipe Talents d'{co}
"""
    ics1 = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Interview Scheduling//FR",
                "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ_PARIS + [
        "BEGIN:VEVENT", f"UID:greenhouse-interview-{digits('gh08', 9)}@greenhouse.io",
        f"DTSTAMP:{ics_utc(d1)}",
        f"DTSTART;TZID=Europe/Paris:{ics_local(s1)}", f"DTEND;TZID=Europe/Paris:{ics_local(e1)}",
        f"SUMMARY:{esc('Entretien ' + co + ' – ' + role + ' – échange avec la production')}",
        f"DESCRIPTION:{esc('Avec ' + ines[0] + ', productrice exécutive. Visio : https://meet.google.com/' + meet1)}",
        f"LOCATION:https://meet.google.com/{meet1}",
        f"ORGANIZER;CN={bapt[0]}:mailto:{bapt[1]}",
        att(ines[0], ines[1], "ACCEPTED", rsvp="FALSE"), att(OWNER_NAME, OWNER),
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body1 = multi("mixed", "--==_mimepart_6a0f3d2c81e4f_3b7e2c4a11902", [
        multi("alternative", "--==_mimepart_6a0f3d2c81a10_3b7e2c4a118f1", [
            leaf("text/plain; charset=UTF-8", t1), leaf("text/html; charset=UTF-8", text_to_html(t1))]),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="entretien.ics"', ics1.encode(),
             "base64", extra=['Content-Disposition: attachment; filename="entretien.ics"'])])
    h1 = std_headers(frm=A(co, "no-reply@greenhouse.io"), to=A(OWNER_NAME, OWNER), reply_to=A(*bapt),
                     subject=f"Confirmation de votre entretien – {co}", date=d1,
                     msgid="<6a0f3d2c8b3e1_3b7e2c4a11a27@greenhouse-mailer-52d1.mail>",
                     from_host="o2.email.greenhouse.io", from_ip="167.89.101.37",
                     return_path="bounces+1183420-77ab-noemie.gauthier=example.com@email.greenhouse.io")
    m1 = message(h1, body1)
    # 02 recruiter e-mail announcing the panel, with the DST warning
    d2 = T(2026, 10, 22, 18, 5, 44, tz=PAR, wd="jeudi")
    t2 = f"""Bonjour Noémie,

{ines[0].split()[0]} a beaucoup apprécié votre échange de {chk(s1, 'mardi')}, et nous aimerions vous faire passer à l'étape suivante : un entretien en panel avec {raph[0]}, notre directeur créatif, et {ines[0].split()[0]}. Prévoyez 1 h 30 ; {raph[0].split()[0]} vous demandera notamment de nous parler d'un arbitrage difficile entre vision créative et calendrier de production.

Comme vous nous avez indiqué être plus disponible en matinée (heure de Montréal), nous avons retenu le {fr_date(s2, False)} à {fr_h(s2)}, heure de Paris.

Attention au piège du changement d'heure : la France passe à l'heure d'hiver dans la nuit du 24 au 25 octobre, alors que le Québec ne reculera l'heure que le 1er novembre. Le 29 octobre, il n'y aura donc que 5 heures d'écart : {fr_h(s2)} à Paris = {fr_h(m2l)} à Montréal (et non {m2l.hour - 1} h comme on pourrait le croire).

Je vous envoie l'invitation dans la foulée. Je ne participerai pas à l'entretien, mais n'hésitez pas à m'écrire si besoin.

Bonne fin de semaine,

{bapt[0]}
Chargé de recrutement | {co}
Lyon · Paris
"""
    m2 = plain_mail(frm=A(*bapt), to=A(OWNER_NAME, OWNER), subject="Suite de votre candidature – entretien avec notre directeur créatif",
                    date=d2, msgid="<CAK2tq8v7Lumen-panel-2210@mail.gmail.com>", text=t2,
                    from_host="mail-wm1-f54.google.com", from_ip="209.85.128.54", seed="c08b")
    # 03 Google invite for the panel
    d3 = d2 + timedelta(minutes=6, seconds=9)
    desc = (f"Entretien en panel – {role}\nAvec {raph[0]} (directeur créatif) et {ines[0]} (productrice "
            f"exécutive).\nPour Noémie : {fr_h(m2l)} heure de Montréal ({mtl_abbr(m2l)}).")
    m3, _ = google_invite_mail(
        organizer=bapt, attendees=[(bapt[0], bapt[1], "ACCEPTED"), (raph[0], raph[1], "ACCEPTED"),
                                   (ines[0], ines[1], "ACCEPTED"), (OWNER_NAME, OWNER)],
        title=f"Panel {co} – {OWNER_NAME}", start=s2, end=e2, tz=PAR,
        tzname="Heure normale d’Europe centrale - Paris", tzshort="CET", description=desc, date=d3,
        msgid="<calendar-91ad04c2-6f3e-4b1d-a8e5-lumenpanel1029@google.com>",
        uid="0c7p3tk1lumenpanel1029@google.com", created=d3 - timedelta(minutes=1),
        meet=meet_code("c08c"), seed="c08c")
    items = {"01-greenhouse-confirmation-entretien.eml": m1, "02-etape-suivante-panel.eml": m2,
             "03-invitation-panel.eml": m3}
    lab = LABEL([IV(co, role, s1, e1, "scheduled", [ines[1]], [ines[1]], "phone_screen"),
                 IV(co, role, s2, e2, "scheduled", [raph[1], ines[1]], [raph[1], ines[1]], "onsite")],
                "hard", "positive/two-interviews-dst-gap",
                "Two interviews with a Paris studio: producer screen 20 Oct 17 h Paris (CEST, +02:00 = 11 h "
                "Montreal) from a French Greenhouse mail with a Europe/Paris .ics, then a 90-min panel with "
                "the creative director on 29 Oct 15 h Paris (CET, +01:00 after the EU switch on 25 Oct) = "
                "10 h Montreal (still HAE until 1 Nov). The recruiter organises but does not attend.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 09
@case
def c09():
    slug = "b201-09-reschedule-across-november-dst"
    co, role = "Forge Nordique", "Producteur ou productrice – Outils et pipeline"
    mel = ("Mélissa Gagnon-Perreault", "melissa.gagnon@forgenordique.example")
    oli = ("Olivier Sénécal", "olivier.senecal@forgenordique.example")
    s0 = T(2026, 10, 29, 14, 0, wd="jeudi")
    s1 = T(2026, 11, 3, 14, 0, wd="mardi")
    assert mtl_abbr(s0) == "HAE" and mtl_abbr(s1) == "HNE"
    title = f"Entrevue – {OWNER_NAME} / {co}"
    desc = (f"Entrevue pour le poste de {role}.\nAvec {oli[0]}, directeur de production (60 min).\n"
            f"Le lien Google Meet est ci-dessous.")
    uid = "6fk2q9d0forgenordique1029@google.com"
    attendees = [(mel[0], mel[1], "ACCEPTED"), (oli[0], oli[1], "ACCEPTED"), (OWNER_NAME, OWNER)]
    meet = meet_code("c09")
    d1 = T(2026, 10, 19, 11, 4, 27, wd="lundi")
    m1, _ = google_invite_mail(organizer=mel, attendees=attendees, title=title, start=s0,
                               end=s0 + timedelta(hours=1), tzname="Heure de l’Est - Toronto",
                               tzshort=mtl_abbr(s0), description=desc, date=d1,
                               msgid="<calendar-5e0b7a31-22c4-4f6a-9d8b-forge1029a@google.com>",
                               uid=uid, created=d1 - timedelta(minutes=1), meet=meet, seed="c09a")
    d2 = T(2026, 10, 27, 9, 12, 55, wd="mardi")
    t2 = f"""Bonjour Noémie,

Petit changement de plans : {oli[0].split()[0]} a un imprévu {chk(s0, 'jeudi')} (une démo éditeur qui a été devancée) et ne pourra pas faire l'entrevue prévue le {fr_date(s0, False)}.

Est-ce que {chk(s1, 'mardi')} prochain, le {s1.day} novembre, même heure ({fr_h(s1)}), te conviendrait? Petit rappel : on recule l'heure dimanche, donc ce sera {fr_h(s1)} {mtl_abbr(s1)}.

Si ça te va, je mets à jour l'invitation tout de suite.

Merci de ta flexibilité!

{mel[0]}
Recrutement et expérience candidat | {co}
"""
    m2 = plain_mail(frm=A(*mel), to=A(OWNER_NAME, OWNER), subject="Changement d'horaire – ton entrevue avec Olivier",
                    date=d2, msgid="<CAJq4e2Ls8Forge-changement-2710@mail.gmail.com>", text=t2,
                    from_host="mail-qt1-f172.google.com", from_ip="209.85.160.172", seed="c09b")
    d3 = T(2026, 10, 27, 14, 31, 2, wd="mardi")
    m3, _ = google_invite_mail(organizer=mel, attendees=attendees, title=title, start=s1,
                               end=s1 + timedelta(hours=1), tzname="Heure de l’Est - Toronto",
                               tzshort=mtl_abbr(s1), description=desc, date=d3,
                               msgid="<calendar-5e0b7a31-22c4-4f6a-9d8b-forge1103b@google.com>",
                               uid=uid, created=d1 - timedelta(minutes=1), seq=1, updated=True,
                               meet=meet, seed="c09c")
    items = {"01-invitation-entrevue.eml": m1, "02-changement-horaire.eml": m2,
             "03-invitation-mise-a-jour.eml": m3}
    lab = LABEL([IV(co, role, s1, s1 + timedelta(hours=1), "scheduled", [oli[1]], [oli[1]],
                    "hiring_manager")],
                "hard", "positive/reschedule-dst",
                "Google invite for Thu 29 Oct 14 h HAE, moved by e-mail and an updated invite (same UID, "
                "SEQUENCE 1) to Tue 3 Nov 14 h, which is HNE (-05:00) after the 1 Nov change: same wall "
                "time, different UTC offset. Only the final time counts.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 10
@case
def c10():
    slug = "b201-10-cinq-a-sept-reseautage-producteurs"
    start = T(2026, 9, 17, 17, 0, wd="jeudi")
    end = start + timedelta(hours=2)
    panel = start + timedelta(hours=1)
    sent = T(2026, 9, 2, 20, 47, 13, wd="mercredi")
    order = digits("c10order", 10)
    text = f"""Vous y allez! ✔

5 à 7 Prod Jeu MTL – édition de la rentrée
{fr_date(start)} · {fr_h(start)} à {fr_h(end)} {mtl_abbr(start)}
Bar Le Pixel, 4321 boulevard Saint-Laurent, Montréal, QC H2W 1Z8

Commande n° {order} · 1 x Admission générale (gratuit)

À propos de cet événement
Le rendez-vous des productrices et producteurs de jeux vidéo de Montréal! Réseautage informel, bouchées et consommations à prix doux.

À {fr_h(panel)} : mini-panel « Réussir son entrevue de producteur·rice en 2026 » avec des recruteuses et recruteurs de trois studios montréalais, suivi d'une période de questions. Apportez vos cartes d'affaires!

Organisé par Réseau Prod Jeu MTL – contact : bonjour@reseauprod.example

Ajouter à votre calendrier : le fichier .ics est disponible depuis votre page de billets.
Voir vos billets : https://www.eventbrite.ca/mytickets/{order}

Eventbrite · 535 Mission Street, 8th Floor, San Francisco, CA 94105
Vous recevez ce courriel parce que vous avez réservé des billets sur Eventbrite.
"""
    m = plain_mail(frm=A("Eventbrite", "noreply@order.eventbrite.com"), to=OWNER,
                   reply_to="bonjour@reseauprod.example",
                   subject="Vos billets pour « 5 à 7 Prod Jeu MTL – édition de la rentrée »",
                   date=sent.astimezone(UTC), msgid=f"<{order}.1788396433@order.eventbrite.com>", text=text,
                   from_host="o7.ptr3841.eventbrite.com", from_ip="149.72.133.90", seed="c10",
                   boundary="3f0a7c1e9d2b4a5c8e6f1a2b3c4d5e6f")
    ics_text = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Eventbrite Inc//Eventbrite//FR",
                    "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] + VTZ_TORONTO + [
        "BEGIN:VEVENT", f"UID:{digits('c10uid', 12)}@eventbrite.com", f"DTSTAMP:{ics_utc(sent)}",
        f"DTSTART;TZID=America/Toronto:{ics_local(start)}", f"DTEND;TZID=America/Toronto:{ics_local(end)}",
        "SUMMARY:5 à 7 Prod Jeu MTL – édition de la rentrée",
        f"DESCRIPTION:{esc('Réseautage entre producteur·rice·s de jeux vidéo. ' + fr_h(panel) + ' : mini-panel « Réussir son entrevue de producteur·rice en 2026 ». Billets : https://www.eventbrite.ca/mytickets/' + order)}",
        "LOCATION:Bar Le Pixel\\, 4321 boulevard Saint-Laurent\\, Montréal\\, QC H2W 1Z8",
        "ORGANIZER;CN=Réseau Prod Jeu MTL:mailto:bonjour@reseauprod.example",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    items = {"01-billets-eventbrite.eml": m, "02-cinq-a-sept-prod-jeu.ics": ics_text.encode()}
    lab = LABEL([], "medium", "negative/networking-5a7",
                "'5 à 7' networking event (Eventbrite ticket + standalone .ics) whose agenda includes a "
                "panel about succeeding at interviews with studio recruiters; not an interview.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 11
@case
def c11():
    slug = "b201-11-teams-fr-annulation"
    co, role = "Gargouille Games", "Producteur(trice) principal(e)"
    fred = ("Frédéric Lapointe", "flapointe@gargouille-games.example")
    start = T(2026, 6, 11, 10, 0, wd="jeudi")
    end = start + timedelta(hours=1)
    subject = f"Entrevue – {role} – {OWNER_NAME}"
    teams_txt, teams_url = teams_block("c11", "fr")
    d1 = T(2026, 6, 4, 15, 47, 10, wd="jeudi")
    p1 = f"""Quand : {fr_date(start)} {hm(start)}-{hm(end)} (UTC-05:00) Est (États-Unis et Canada).
Où : Réunion Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Bonjour Noémie,

Tel que discuté avec notre équipe de recrutement, voici l'invitation pour ton entrevue pour le poste de {role}. C'est moi qui mènerai l'entrevue : on parlera de ton expérience en gestion de projets live et de la façon dont tu travailles avec les équipes de création.

Au plaisir,

{fred[0]}
Directeur de production | {co}

{teams_txt}
"""
    uid = exchange_uid("c11")
    ics1 = exchange_ics(method="REQUEST", organizer=fred, attendees=[(OWNER_NAME, OWNER)],
                        summary=subject, start=start, end=end, description=p1, uid=uid, dtstamp=d1,
                        location="Réunion Microsoft Teams", teams_url=teams_url)
    m1 = outlook_mail(frm=A(*fred), to=A(OWNER_NAME, OWNER), subject=subject, date=d1,
                      msgid="<YT2PR01MB8842B07D3F5A1C6E29D4E8A3B2C11@YT2PR01MB8842.CANPRD01.PROD.OUTLOOK.COM>",
                      plain=p1, ics_text=ics1, seed="c11a", host="YT2PR01MB8842.CANPRD01.PROD.OUTLOOK.COM")
    d2 = T(2026, 6, 8, 8, 58, 41, wd="lundi")
    p2 = f"""Quand : {fr_date(start)} {hm(start)}-{hm(end)} (UTC-05:00) Est (États-Unis et Canada).
Où : Réunion Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Bonjour Noémie,

Je suis vraiment désolé : à la suite d'une réorganisation interne, le poste est mis sur la glace et je dois annuler notre entrevue de {chk(start, 'jeudi')}. Je te réécris si le poste est rouvert dans les prochains mois.

Merci encore pour ton intérêt envers {co}.

{fred[0]}
"""
    ics2 = exchange_ics(method="CANCEL", organizer=fred, attendees=[(OWNER_NAME, OWNER)],
                        summary="Annulé : " + subject, start=start, end=end, description=p2, uid=uid,
                        dtstamp=d2, seq=1, status="CANCELLED", location="Réunion Microsoft Teams")
    m2 = outlook_mail(frm=A(*fred), to=A(OWNER_NAME, OWNER), subject="Annulé : " + subject, date=d2,
                      msgid="<YT2PR01MB88425C1E0A7B3D9F48E2C6D1A0F77@YT2PR01MB8842.CANPRD01.PROD.OUTLOOK.COM>",
                      plain=p2, ics_text=ics2, method="CANCEL", seed="c11b",
                      host="YT2PR01MB8842.CANPRD01.PROD.OUTLOOK.COM", extra=[("Importance", "high")])
    items = {"01-invitation-entrevue.eml": m1, "02-annule-entrevue.eml": m2}
    lab = LABEL([IV(co, role, start, end, "cancelled", [fred[1]], [fred[1]], "hiring_manager")],
                "medium", "positive/cancellation",
                "French Teams request then 'Annulé :' with METHOD:CANCEL / STATUS:CANCELLED (SEQUENCE 1); "
                "kept as one cancelled interview at its last time (11 June 10 h HAE, '(UTC-05:00)' display "
                "label notwithstanding). The organiser is also the interviewer.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 12
@case
def c12():
    slug = "b201-12-balado-demande-entrevue"
    gab = ("Gabriel Ouimet", "gabriel@niveaucache.example")
    start = T(2026, 9, 8, 10, 0, wd="mardi")
    end = start + timedelta(minutes=45)
    d1 = T(2026, 8, 31, 13, 26, 9, wd="lundi")
    t1 = f"""Salut Noémie,

Je suis l'animateur de Niveau Caché, un balado québécois sur les coulisses du jeu vidéo. On prépare une série d'épisodes sur les « métiers de l'ombre » et ton nom est revenu plusieurs fois quand on a demandé qui parle le mieux du rôle de productrice.

Est-ce que tu accepterais qu'on t'interviewe? L'entrevue dure environ 45 minutes, enregistrée à distance (Riverside), et on te fait relire les passages qui touchent tes anciens employeurs avant la diffusion.

Si ça te tente, tu peux réserver une plage directement ici : https://calendly.com/niveaucache/entrevue-balado

Merci et à bientôt j'espère!

Gabriel Ouimet
Animateur et réalisateur, Niveau Caché
niveaucache.example
"""
    mid1 = "<CAO9bal4d0Niveau-Cache-3108@mail.gmail.com>"
    m1 = plain_mail(frm=A(*gab), to=OWNER, subject="Demande d'entrevue – balado Niveau Caché", date=d1,
                    msgid=mid1, text=t1, from_host="mail-yw1-f169.google.com", from_ip="209.85.128.169",
                    seed="c12a")
    d2 = T(2026, 9, 1, 7, 41, 36, wd="mardi")
    tzn = "heure de l'Est - États-Unis et Canada"
    t2 = f"""Bonjour {OWNER_NAME},

Un nouvel événement a été planifié.

Type d'événement :
Entrevue balado – Niveau Caché

Invité :
{gab[0]}
{gab[1]}

Date/heure de l'événement :
{hm(start)} - {hm(end)}, {fr_date(start)} ({tzn})

Lieu :
Riverside – le lien vous sera envoyé par l'hôte

Questions :
Sujets que tu aimerais aborder? : parcours de productrice, gestion d'équipes distribuées

Annuler : https://calendly.com/cancellations/{seeded('c12c', 36, '0123456789abcdef')}
Reprogrammer : https://calendly.com/reschedulings/{seeded('c12c', 36, '0123456789abcdef')}

Propulsé par Calendly.com
"""
    ics_text = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN",
                    "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
                    f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(d2)}",
                    f"UID:{seeded('c12uid', 32, '0123456789abcdef')}@calendly.com",
                    f"ORGANIZER;CN={gab[0]}:mailto:{gab[1]}",
                    att(OWNER_NAME, OWNER, "ACCEPTED", rsvp="FALSE"),
                    f"SUMMARY:{esc('Entrevue balado – Niveau Caché (' + OWNER_NAME + ')')}",
                    f"DESCRIPTION:{esc('Enregistrement d’un épisode du balado Niveau Caché. Riverside.')}",
                    "LOCATION:Riverside", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m2 = plain_mail(frm=A("Calendly", "notifications@calendly.com"), to=OWNER, reply_to=A(*gab),
                    subject=f"Confirmé : Entrevue balado – Niveau Caché avec {gab[0]} le {fr_date(start)}",
                    date=d2.astimezone(UTC), msgid=f"<{seeded('c12m', 24, '0123456789abcdef')}@calendly.com>",
                    text=t2, from_host="o3.sg.calendly.com", from_ip="167.89.115.54", seed="c12b",
                    attachments=[leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"',
                                      ics_text.encode(), "base64",
                                      extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    ev = gcal_event(eid=seeded("c12ev", 26, "abcdefghijklmnopqrstuv0123456789"),
                    summary=f"Entrevue balado – Niveau Caché ({OWNER_NAME})",
                    description="Enregistrement d'un épisode du balado Niveau Caché (Riverside).\n"
                                "Événement planifié avec Calendly.",
                    start=start, end=end, tz=MTL, organizer=gab,
                    attendees=[(gab[0], gab[1], "accepted"), (OWNER_NAME, OWNER, "accepted")],
                    created=d2, updated=d2 + timedelta(seconds=14), location="Riverside")
    items = {"01-demande-entrevue-balado.eml": m1, "02-calendly-confirme.eml": m2,
             "03-evenement-balado.gcal.json": ev}
    lab = LABEL([], "hard", "negative/podcast",
                "A games podcast wants to interview her: booked through Calendly, with an .ics and a "
                "Calendar API event titled 'Entrevue balado'. Press/podcast interviews are not job interviews.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 13
@case
def c13():
    slug = "b201-13-greenhouse-virtual-onsite-loop"
    co, role = "Ironbark Studios Montréal", "Senior Producer – Unannounced AAA Project"
    priya = ("Priya Raman", "priya.raman@ironbark-studios.example")
    dana = ("Dana Whitfield", "dana.whitfield@ironbark-studios.example")
    luc = ("Luc Bergeron", "luc.bergeron@ironbark-studios.example")
    kenji = ("Kenji Watanabe-Roy", "kenji.watanabe-roy@ironbark-studios.example")
    day = (2026, 6, 25)
    sess = [(T(*day, 9, 30, wd="Thursday"), 45, dana, "Executive Producer", "Production leadership"),
            (T(*day, 10, 30), 45, luc, "Development Director", "Planning, budgets & risk"),
            (T(*day, 13, 0), 45, kenji, "Creative Director", "Working with creative leadership")]
    lunch = T(*day, 11, 30)
    sent = T(2026, 6, 19, 16, 12, 33, wd="Friday").astimezone(UTC)
    lines = []
    for s, mins, who, title, focus in sess:
        e = s + timedelta(minutes=mins)
        lines.append(f"{en_h(s)} – {en_h(e)}  {focus}\n    with {who[0]}, {title}")
        if s.hour == 10:
            lines.append(f"{en_h(lunch)} – {en_h(lunch + timedelta(minutes=75))}  Lunch with the "
                         f"production team (informal, not evaluated)")
    sched = "\n".join(lines)
    text = f"""Hi Noémie,

We're excited to have you meet the team! Here is your virtual onsite itinerary for the {role} position. All times are Eastern Time (Montreal, {mtl_abbr_en(sess[0][0])}).

{en_date(sess[0][0])}

{sched}

Each session has its own Microsoft Teams link; you'll receive a separate calendar invitation for each one. Please join a couple of minutes early so we can sort out any audio issues.

If you have questions, reply to this email and it will come straight to me.

Best,
{priya[0]}
Recruiting Coordinator, {co}
"""
    body = multi("alternative", "--==_mimepart_6a3e7b11c24d8_5f1e2c8a44b01", [
        leaf("text/plain; charset=UTF-8", text), leaf("text/html; charset=UTF-8", text_to_html(text))])
    h = std_headers(frm=A(f"{co} Recruiting", "no-reply@greenhouse.io"), to=A(OWNER_NAME, OWNER),
                    reply_to=A(*priya), subject=f"Your interview itinerary – {co}", date=sent,
                    msgid="<6a3e7b11c9f02_5f1e2c8a44c17@greenhouse-mailer-3b8e.mail>",
                    from_host="o1.email.greenhouse.io", from_ip="167.89.101.22",
                    return_path="bounces+1183420-c3d4-noemie.gauthier=example.com@email.greenhouse.io")
    items = {"01-greenhouse-itinerary.eml": message(h, body)}
    for i, (s, mins, who, title, focus) in enumerate(sess, 1):
        teams_txt, teams_url = teams_block(f"c13s{i}", "en")
        summary = f"{co} Interview – Session {i} of 3 – {who[0]}"
        desc = (f"Interview with {who[0]} ({title}) – {focus}.\nCandidate: {OWNER_NAME}\n"
                f"Role: {role}\n\n{teams_txt}")
        ics_text = exchange_ics(method="REQUEST", organizer=priya,
                                attendees=[(OWNER_NAME, OWNER), (who[0], who[1], "ACCEPTED")],
                                summary=summary, start=s, end=s + timedelta(minutes=mins),
                                description=desc, uid=exchange_uid(f"c13s{i}"),
                                dtstamp=sent + timedelta(minutes=2 + i), location="Microsoft Teams Meeting",
                                lang="en-US", teams_url=teams_url)
        slugname = who[0].lower().replace(" ", "-")
        items[f"0{i + 1}-session-{i}-{slugname}.ics"] = ics_text.encode()
    s0, eN = sess[0][0], sess[-1][0] + timedelta(minutes=sess[-1][1])
    ivs = [dana[1], luc[1], kenji[1]]
    lab = LABEL([IV(co, role, s0, eN, "scheduled", ivs, ivs, "onsite")],
                "medium", "positive/onsite-loop",
                "Greenhouse itinerary (no-reply, coordinator in Reply-To) plus three standalone Outlook .ics "
                "files (Windows TZID), one per session, on 25 June with a lunch break: one onsite from 9:30 "
                "to 13:45 EDT with the three interviewers.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 14
@case
def c14():
    slug = "b201-14-thread-propose-confirm-demain"
    co, role = "Studio Castor Électrique", "Productrice associée / Producteur associé"
    ac = ("Annie-Claude Bélanger", "acbelanger@castor-electrique.example")
    simon = ("Simon Paquette", "simon.paquette@castor-electrique.example")
    opt1 = T(2026, 8, 25, 9, 0, wd="mardi")
    opt2 = T(2026, 8, 26, 9, 0, wd="mercredi")
    start = T(2026, 8, 26, 10, 0, wd="mercredi")
    end = start + timedelta(minutes=45)
    d1 = T(2026, 8, 17, 10, 20, 48, wd="lundi")
    subj = "Poste de productrice associée – première entrevue"
    t1 = f"""Bonjour Noémie!

Merci pour ta candidature au poste de {role.lower()}. Ton expérience en coproduction nous a vraiment accrochés.

{simon[0]}, notre producteur exécutif, aimerait te rencontrer pour une première entrevue d'environ 45 minutes sur Google Meet. Serais-tu disponible le {fr_date(opt1, False)} ou le {fr_date(opt2, False)} en avant-midi? Dis-moi ce qui t'arrange le mieux.

Bonne semaine,

{ac[0]}
Partenaire talents | {co}
"""
    mid1 = "<CAHc8Pz1castor-premiere-entrevue-1708@mail.gmail.com>"
    dn = T(2026, 8, 17, 21, 3, 12, wd="lundi")
    midn = "<CAF3w9xT7castor-reponse-noemie-1708@mail.gmail.com>"
    tn = f"""Bonjour Annie-Claude,

Merci beaucoup! Le {fr_date(start, False)} à {fr_h(start)} me conviendrait parfaitement.

Au plaisir,
Noémie"""
    d2 = T(2026, 8, 25, 16, 40, 2, wd="mardi")
    assert (start.date() - d2.date()).days == 1    # "demain" in the text below
    t2 = f"""Bonjour Noémie,

Désolée pour le délai, la semaine a été folle! C'est confirmé avec Simon : on se parle donc demain à {fr_h(start)}, heure de Montréal. Simon (en copie) t'enverra le lien Meet en matinée.

Bonne chance, tu vas être super!

Annie-Claude

Le lun. 17 août 2026, à {fr_h(dn)}, {OWNER_NAME} <{OWNER}> a écrit :
{quote_block(tn)}
>
> Le lun. 17 août 2026, à {fr_h(d1)}, {ac[0]} <{ac[1]}> a écrit :
{quote_block(quote_block(t1))}
"""
    m1 = plain_mail(frm=A(*ac), to=A(OWNER_NAME, OWNER), subject=subj, date=d1, msgid=mid1, text=t1,
                    from_host="mail-oi1-f180.google.com", from_ip="209.85.167.180", seed="c14a")
    m2 = plain_mail(frm=A(*ac), to=A(OWNER_NAME, OWNER), cc=A(*simon), subject="Re: " + subj, date=d2,
                    msgid="<CAHc8Pz1castor-confirmation-2508@mail.gmail.com>", text=t2,
                    in_reply_to=midn, references=f"{mid1} {midn}",
                    from_host="mail-oi1-f180.google.com", from_ip="209.85.167.180", seed="c14b")
    items = {"01-premiere-entrevue-disponibilites.eml": m1, "02-re-confirmation-demain.eml": m2}
    lab = LABEL([IV(co, role, start, end, "scheduled", [simon[1]], [simon[1]], "hiring_manager")],
                "medium", "positive/thread-relative-date",
                "Human thread only: proposal of two mornings, her reply (quoted) picks Wednesday 10 h, and the "
                "recruiter's confirmation sent Tuesday 25 Aug says 'demain à 10 h, heure de Montréal' => "
                "26 Aug 10:00-04:00; 45 min stated. The executive producer (in Cc) conducts it.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 15
@case
def c15():
    slug = "b201-15-user-is-interviewer-greenhouse"
    zoe = ("Zoé Lafrenière", "zoe.lafreniere@verglas.example")
    cand = "Julien Marchetti"
    role = "Coordonnateur·rice de production"
    start = T(2026, 7, 7, 13, 0, wd="Tuesday")
    end = start + timedelta(minutes=45)
    sent = T(2026, 7, 2, 10, 5, 18, wd="Thursday").astimezone(UTC)
    kit = digits("c15kit", 8)
    text = f"""Hi Noémie,

You've been scheduled to interview {cand} for {role} at Studio Verglas.

When: {en_date(start)}, {en_h(start)} – {en_h(end)} {mtl_abbr_en(start)}
Where: Microsoft Teams (link in the calendar invitation)
Your focus area: Production fundamentals & scheduling

Interview kit: https://app.greenhouse.io/interview_kits/{kit}
Candidate resume: https://app.greenhouse.io/people/{digits('c15p', 9)}

Please submit your scorecard within 24 hours of the interview. Thanks for helping us hire!

— Sent on behalf of {zoe[0]} via Greenhouse
"""
    teams_txt, teams_url = teams_block("c15", "en")
    ics_text = exchange_ics(method="REQUEST", organizer=zoe,
                            attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                            summary=f"Interview: {cand} – {role} (Interviewer: {OWNER_NAME})",
                            start=start, end=end,
                            description=f"You are interviewing {cand}. Interview kit: "
                                        f"https://app.greenhouse.io/interview_kits/{kit}\n\n{teams_txt}",
                            uid=exchange_uid("c15"), dtstamp=sent, location="Microsoft Teams Meeting",
                            lang="en-US", teams_url=teams_url)
    body = multi("mixed", "--==_mimepart_6a45f0e2a1b37_2d9c2c8a10e44", [
        multi("alternative", "--==_mimepart_6a45f0e2a0f91_2d9c2c8a10d53", [
            leaf("text/plain; charset=UTF-8", text), leaf("text/html; charset=UTF-8", text_to_html(text))]),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="interview.ics"', ics_text.encode(),
             "base64", extra=['Content-Disposition: attachment; filename="interview.ics"'])])
    h = std_headers(frm=A("Greenhouse", "no-reply@greenhouse.io"), to=A(OWNER_NAME, OWNER),
                    reply_to=A(*zoe),
                    subject=f"Interview scheduled: {cand} for {role} – {en_short(start)} {en_h(start)} {mtl_abbr_en(start)}",
                    date=sent, msgid="<6a45f0e2a8c11_2d9c2c8a10f8a@greenhouse-mailer-0a4f.mail>",
                    from_host="o2.email.greenhouse.io", from_ip="167.89.101.37",
                    return_path="bounces+1183420-e5f6-noemie.gauthier=example.com@email.greenhouse.io")
    items = {"01-greenhouse-interviewer-schedule.eml": message(h, body)}
    lab = LABEL([], "hard", "negative/user-is-interviewer",
                "Greenhouse interviewer notification with an .ics: Noémie (contract producer at Studio Verglas) "
                "interviews a candidate for a production coordinator role. She is the interviewer, not the "
                "candidate.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 16
@case
def c16():
    slug = "b201-16-gcal-json-entrevue-minuit-pile"
    co, role = "Minuit Pile Jeux", "Productrice / Producteur"
    ros = ("Rosalie Chartrand", "rosalie@minuitpile.example")
    mat = ("Mathis Bernier-Kaba", "mathis.bk@minuitpile.example")
    start = T(2026, 7, 15, 13, 30, wd="mercredi")
    end = start + timedelta(hours=1)
    created = T(2026, 7, 8, 9, 40, 12, wd="mercredi")
    ev1 = gcal_event(eid="2r9vq1kq0mnpile0715entrevue",
                     summary=f"Entrevue – {role} ({co})",
                     description=(f"Entrevue avec {ros[0]} (cofondatrice et directrice créative) et {mat[0]} "
                                  f"(producteur). {fr_h(start)}, heure de Montréal.\n\nApporte un exemple de "
                                  f"calendrier de production que tu as monté!"),
                     start=start, end=end, tz=MTL, organizer=ros,
                     attendees=[(ros[0], ros[1], "accepted"), (mat[0], mat[1], "accepted"),
                                (OWNER_NAME, OWNER, "accepted")],
                     created=created, updated=created + timedelta(hours=3, minutes=2),
                     meet=meet_code("c16"))
    # her own preparation block, just before the interview (not an interview)
    prep_s = start - timedelta(minutes=60)
    prep = json.loads(gcal_event(eid="7hd2k0prepminuitpile0715", summary="Prépa entrevue Minuit Pile (relire notes)",
                                 description=None, start=prep_s, end=prep_s + timedelta(minutes=45), tz=MTL,
                                 organizer=(OWNER_NAME, OWNER), attendees=[],
                                 created=created + timedelta(hours=5), updated=created + timedelta(hours=5)))
    prep["creator"] = {"email": OWNER, "self": True}
    prep["organizer"] = {"email": OWNER, "self": True}
    prep["transparency"] = "transparent"
    prep["reminders"] = {"useDefault": False, "overrides": [{"method": "popup", "minutes": 10}]}
    ev2 = (json.dumps(prep, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    items = {"01-entrevue-minuit-pile.gcal.json": ev1, "02-prepa-entrevue.gcal.json": ev2}
    ivs = [ros[1], mat[1]]
    lab = LABEL([IV(co, role, start, end, "scheduled", ivs, ivs, "onsite")],
                "medium", "positive/gcal-json",
                "Calendar API events only: the interview (two interviewers => panel/onsite) and her own "
                "self-organised 'Prépa entrevue' block an hour before, which is not an interview and must "
                "not be reported as a second one.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 17
@case
def c17():
    slug = "b201-17-refus-apres-entrevue"
    val = ("Valérie Desrosiers", "vdesrosiers@aubesauvage.example")
    past = T(2026, 5, 21, 15, 0, wd="jeudi")
    sent = T(2026, 5, 29, 11, 17, 40, wd="vendredi")
    text = f"""Bonjour Noémie,

Merci d'avoir pris le temps de nous rencontrer lors de ton entrevue du {fr_date(past, False)} à {fr_h(past)} avec Hugo et moi, pour le poste de productrice chez Aube Sauvage Studio.

Après mûre réflexion, nous avons décidé de poursuivre avec une autre candidature dont l'expérience en production sur consoles correspond davantage à nos besoins immédiats. La décision a été difficile : ton approche de la planification et ta présentation sur la gestion du crunch ont vraiment marqué l'équipe.

Si tu es d'accord, nous aimerions garder ton CV pour de futures entrevues, notamment pour le projet que nous démarrerons l'an prochain.

Merci encore et bonne continuation,

{val[0]}
Directrice des opérations | Aube Sauvage Studio
"""
    m = plain_mail(frm=A(*val), to=A(OWNER_NAME, OWNER), subject="Suivi de ta candidature – Productrice, Aube Sauvage Studio",
                   date=sent, msgid="<YT4PR01MB95107F3A2C1D8E6B0A9F4C2D1E5B3@YT4PR01MB9510.CANPRD01.PROD.OUTLOOK.COM>",
                   text=text, from_host="YT4PR01CU002.outbound.protection.outlook.com", from_ip="40.107.116.55",
                   seed="c17", boundary="_000_YT4PR01MB95107F3A2C1D8E6_", font="Aptos,Calibri,sans-serif")
    items = {"01-suivi-candidature.eml": m}
    lab = LABEL([], "medium", "negative/rejection",
                "Rejection that names a past interview date and time ('entrevue du jeudi 21 mai à 15 h') and "
                "'futures entrevues'; nothing is scheduled.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 18
@case
def c18():
    slug = "b201-18-forwarded-entretien-apple-mail"
    co, role = "Héliotrope Games", "Productrice – jeux mobiles"
    jer = ("Jérôme Caron", "jerome.caron@heliotrope-games.example")
    old = "ngsy@courrielquebec.example"
    start = T(2026, 6, 8, 15, 0, wd="lundi")
    end = start + timedelta(minutes=30)
    orig = T(2026, 6, 1, 9, 12, 44, wd="lundi")
    fwd = T(2026, 6, 1, 12, 3, 19, wd="lundi")
    assert (start - orig).days == 7   # "lundi prochain"
    text = f"""À garder dans ma boîte principale (et ne pas oublier de charger mon téléphone!).


Début du message réexpédié :

De: {jer[0]} <{jer[1]}>
Objet: Entretien – {role}
Date: {orig.day} {FR_MONTHS[orig.month - 1]} {orig.year} à {orig.strftime('%H:%M:%S')} UTC−4
À: {OWNER_NAME} <{old}>

Bonjour Noémie,

Tel que convenu au téléphone ce matin, je vous confirme notre entretien de présélection pour le poste de {role} :

{chk(start, 'lundi')} prochain, {start.day} juin, à {fr_h(start)} (heure de l'Est), par téléphone, pour une trentaine de minutes.

C'est moi qui vous appellerai au 514 555-0187. Nous parlerons de votre parcours, de vos attentes salariales et de la possibilité de travailler en mode hybride depuis Montréal (le studio est à Québec).

Au plaisir,

{jer[0]}
Conseiller en recrutement | {co}
Québec (Québec)
"""
    h = std_headers(frm=A(OWNER_NAME, old), to=OWNER, subject=f"Fwd: Entretien – {role}", date=fwd,
                    msgid="<8C1F4A2E-7B3D-4E9A-A5C6-2F0D9B1E3A47@courrielquebec.example>",
                    from_host="smtp.courrielquebec.example", from_ip="203.0.113.41", return_path=old,
                    extra=[("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")])
    body = leaf("text/plain; charset=utf-8", text, "quoted-printable")
    items = {"01-fwd-entretien-heliotrope.eml": message(h, body)}
    lab = LABEL([IV(co, role, start, end, "scheduled", [jer[1]], [jer[1]], "phone_screen")],
                "medium", "positive/forwarded",
                "She forwards (Apple Mail, 'Début du message réexpédié') a confirmation sent to her old "
                "address; 'lundi prochain, 8 juin, à 15 h (heure de l'Est)' relative to Mon 1 June. The "
                "recruiter conducts the 30-min phone screen. The From is her own old address, not a recipient.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 19
@case
def c19():
    slug = "b201-19-workday-disponibilites-non-reservees"
    role = "Productrice ou producteur de contenu"
    deadline = T(2026, 9, 4, 17, 0, wd="vendredi")
    slots = [T(2026, 9, 9, 10, 0, wd="mercredi"), T(2026, 9, 9, 14, 0, wd="mercredi"),
             T(2026, 9, 10, 14, 0, wd="jeudi")]
    sent = T(2026, 8, 31, 6, 44, 2, tz=PACIFIC, wd="lundi")
    sl = "\n".join(f"• {fr_date(s, False)}, {fr_h(s)} à {fr_h(s + timedelta(hours=1))} ({mtl_abbr(s)})"
                   for s in slots)
    text = f"""Bonjour Noémie,

Bonne nouvelle : votre candidature au poste de {role} (R-0387) passe à l'étape de l'entrevue!

Veuillez sélectionner une plage horaire parmi les disponibilités ci-dessous d'ici le {fr_date(deadline, False)} :

{sl}

Choisir une plage : https://wd3.myworkdaysite.com/fr-CA/recruiting/orignalmecanique/Carrieres/interviewScheduling/{digits('c19', 12)}

Une fois votre choix enregistré, vous recevrez une confirmation avec l'invitation de calendrier et le nom des personnes qui vous rencontreront.

L'équipe Talents
Orignal Mécanique

--
Ce message a été généré automatiquement par Workday. Merci de ne pas y répondre.
"""
    body = multi("alternative", "----=_Part_9182733_1402958121.1788183842117", [
        leaf("text/plain; charset=UTF-8", text),
        leaf("text/html; charset=UTF-8", text_to_html(text, "Helvetica,Arial,sans-serif"))])
    h = std_headers(frm=A("Orignal Mécanique", "orignalmecanique@myworkday.com"), to=A(OWNER_NAME, OWNER),
                    subject=f"Action requise : planifiez votre entrevue – {role}", date=sent,
                    msgid="<1788183842117.9182734.orignalmecanique@wd3-prod-mta02.myworkday.com>",
                    from_host="wd3-prod-mta02.myworkday.com", from_ip="216.115.72.16",
                    return_path="bounce-orignalmecanique@myworkday.com",
                    extra=[("X-Workday-Tenant", "orignalmecanique")])
    items = {"01-workday-planifiez-entrevue.eml": message(h, body)}
    lab = LABEL([], "hard", "negative/availability-request",
                "Workday self-scheduling request listing three candidate slots with exact times (HAE); no slot "
                "is booked in the case, so there is no interview yet.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 20
@case
def c20():
    slug = "b201-20-email-plus-teams-invite-dedupe"
    co, role = "Tundra Pixel Works", "Producer, Live Games"
    rach = ("Rachel Kim-Lavoie", "rachel.kimlavoie@tundrapixel.example")
    start = T(2026, 9, 28, 16, 0, wd="Monday")
    end = start + timedelta(minutes=45)
    dn = T(2026, 9, 23, 20, 15, 7, wd="Wednesday")
    d1 = T(2026, 9, 24, 11, 2, 36, wd="Thursday")
    assert 0 < (start.date() - d1.date()).days < 7    # "Monday" = the coming Monday
    mid0 = "<YT3PR01MB7720D1C0E9B2A4F36C81D5E7F0A29@YT3PR01MB7720.CANPRD01.PROD.OUTLOOK.COM>"
    midn = "<CAF3w9xU4tundra-reply-noemie-2309@mail.gmail.com>"
    tn = """Hi Rachel,

Thanks for reaching out, the Live Games role sounds great. I'm free Monday afternoon or Tuesday morning next week, whatever is easiest for you.

Best,
Noémie"""
    t1 = f"""Hi Noémie,

Great, {chk(start, 'Monday')} works. Let's do {en_hs(start)} Montreal time. I'll send a Teams invite shortly. It'll just be me this time, and we'll keep it to 45 minutes.

Talk soon,
Rachel

Rachel Kim-Lavoie
Head of Live Production | {co}

________________________________
From: {OWNER_NAME} <{OWNER}>
Sent: {en_date(dn)} {en_h(dn)}
To: {rach[0]} <{rach[1]}>
Subject: Re: {role} – next step

{tn}
"""
    m1 = plain_mail(frm=A(*rach), to=A(OWNER_NAME, OWNER), subject=f"RE: {role} – next step", date=d1,
                    msgid="<YT3PR01MB77208A4F2B9C1E0D73F6A2B5C4E18@YT3PR01MB7720.CANPRD01.PROD.OUTLOOK.COM>",
                    text=t1, in_reply_to=midn, references=f"{mid0} {midn}",
                    from_host="YT3PR01CU001.outbound.protection.outlook.com", from_ip="40.107.115.90",
                    seed="c20a", boundary="_000_YT3PR01MB77208A4F2B9C1_", font="Aptos,Calibri,sans-serif")
    d2 = T(2026, 9, 24, 11, 9, 58, wd="Thursday")
    teams_txt, teams_url = teams_block("c20", "en")
    subject = f"{co} | {role} | Interview with {rach[0]}"
    plain = f"""When: {en_date(start)} {en_h(start)}-{en_h(end)} (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Looking forward to it!

{teams_txt}
"""
    ics_text = exchange_ics(method="REQUEST", organizer=rach, attendees=[(OWNER_NAME, OWNER)],
                            summary=subject, start=start, end=end, description=plain,
                            uid=exchange_uid("c20"), dtstamp=d2, location="Microsoft Teams Meeting",
                            lang="en-US", teams_url=teams_url)
    m2 = outlook_mail(frm=A(*rach), to=A(OWNER_NAME, OWNER), subject=subject, date=d2,
                      msgid="<YT3PR01MB7720E3B6F0A1C9D24E85F7A6B3D02@YT3PR01MB7720.CANPRD01.PROD.OUTLOOK.COM>",
                      plain=plain, ics_text=ics_text, lang="en-US", seed="c20b",
                      host="YT3PR01MB7720.CANPRD01.PROD.OUTLOOK.COM")
    items = {"01-re-next-step.eml": m1, "02-teams-invite.eml": m2}
    lab = LABEL([IV(co, role, start, end, "scheduled", [rach[1]], [rach[1]], "hiring_manager")],
                "medium", "positive/dedupe",
                "English Outlook thread ('Monday ... 4pm Montreal time', sent Thursday 24 Sep => 28 Sep) and "
                "the matching Teams invite: one interview, not two. '(UTC-05:00)' label but EDT (-04:00).")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 21
@case
def c21():
    slug = "b201-21-entrevue-video-differee"
    role = "Productrice / Producteur"
    deadline = T(2026, 10, 16, 23, 59, wd="vendredi")
    sent = T(2026, 10, 9, 14, 30, 5, wd="vendredi").astimezone(UTC)
    link = f"https://app.hirevue.com/interviews/{seeded('c21', 22, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789')}"
    text = f"""Bonjour Noémie,

Merci pour votre candidature au poste de {role} chez Kestrel Arcade.

La prochaine étape de notre processus est une entrevue vidéo différée. Vous enregistrerez vos réponses à cinq questions, à votre rythme, sans intervieweur en direct : vous aurez 30 secondes pour lire chaque question et jusqu'à 3 minutes pour y répondre.

Date limite : {fr_date(deadline)}, {fr_h(deadline)} ({mtl_abbr(deadline)})
Durée estimée : 25 minutes

Commencer l'entrevue : {link}

Conseils : utilisez un navigateur à jour, vérifiez votre caméra et votre micro, et installez-vous dans un endroit calme. Une question d'essai vous permet de vous familiariser avec l'outil.

Bonne chance!
L'équipe d'acquisition de talents de Kestrel Arcade

Propulsé par HireVue
"""
    body = multi("alternative", "----=_Part_55120877_2088361407.1791555005331", [
        leaf("text/plain; charset=UTF-8", text), leaf("text/html; charset=UTF-8", text_to_html(text))])
    h = std_headers(frm=A("Kestrel Arcade", "noreply@hirevue.com"), to=OWNER,
                    subject="Kestrel Arcade – Invitation à une entrevue vidéo différée", date=sent,
                    msgid=f"<{seeded('c21m', 30, '0123456789abcdef')}@hirevue.com>",
                    from_host="mta-11.hirevue.com", from_ip="52.88.214.10",
                    return_path="bounces@notifications.hirevue.com")
    items = {"01-hirevue-entrevue-differee.eml": message(h, body)}
    lab = LABEL([], "medium", "negative/one-way-video",
                "One-way recorded video interview (HireVue) with a deadline date/time; no live conversation.")
    return slug, items, lab


# ---------------------------------------------------------------------------------------------- 22
@case
def c22():
    slug = "b201-22-hne-founder-final-chat"
    co, role = "Brume & Cie", "Productrice"
    mar = ("Marianne Lévesque-Obi", "marianne@brumecie.example")
    pres = T(2026, 1, 30, 13, 0, wd="vendredi")
    start = T(2026, 2, 5, 10, 0, wd="jeudi")
    end = start + timedelta(hours=1)
    assert mtl_abbr(start) == "HNE"
    meet = meet_code("c22")
    d1 = T(2026, 2, 2, 19, 48, 20, wd="lundi")
    subj = "Dernière étape – un café virtuel?"
    t1 = f"""Bonjour Noémie,

Merci encore pour ta présentation de {chk(pres, 'vendredi')} devant l'équipe, ça a vraiment bien été.

Dernière étape de notre processus pour le poste de productrice (contrat d'un an) avant qu'on te fasse une offre, ou pas! : un café virtuel avec moi, une heure, pour parler de la vision du studio et de tes attentes.

Je te propose {fr_date(start, False)} à {fr_h(start)} {mtl_abbr(start)}. Je t'ai mis l'heure de Montréal et pas celle de Berlin, où je suis en mission toute la semaine 🙂

Marianne

Marianne Lévesque-Obi
Fondatrice et directrice générale | {co}
"""
    mid1 = "<5D2E9A71-3C4B-4F8E-B1A6-7E0C2D9F4B13@brumecie.example>"
    dn = T(2026, 2, 2, 21, 5, 0, wd="lundi")
    midn = "<CAF3w9xV1brume-reponse-noemie-0202@mail.gmail.com>"
    tn = f"""Bonsoir Marianne,

Avec plaisir! {fr_date(start, False).capitalize()}, {fr_h(start)} {mtl_abbr(start)}, c'est parfait.

Bon séjour à Berlin,
Noémie"""
    d2 = T(2026, 2, 3, 8, 31, 55, tz=ZoneInfo("Europe/Berlin"), wd="mardi")
    t2 = f"""Super! On se voit {chk(start, 'jeudi')}. Voici le lien : https://meet.google.com/{meet}

Marianne

> Le 2 févr. 2026 à {dn.strftime('%H:%M')}, {OWNER_NAME} <{OWNER}> a écrit :
>
{quote_block(tn)}
"""
    kw = dict(from_host="mail.brumecie.example", from_ip="198.51.100.88", cte="base64",
              extra=[("X-Mailer", "iPhone Mail (22D82)")])
    m1 = plain_mail(frm=A(*mar), to=A(OWNER_NAME, OWNER), subject=subj, date=d1, msgid=mid1, text=t1,
                    seed="c22a", boundary="Apple-Mail-7C1E3F2A-9B4D-4A6E-8F10-2D5C7B9E1A03", **kw)
    m2 = plain_mail(frm=A(*mar), to=A(OWNER_NAME, OWNER), subject="Re: " + subj, date=d2,
                    msgid="<A3F07B2C-51D9-4E6A-9C84-0B1E7D3F5A29@brumecie.example>", text=t2,
                    in_reply_to=midn, references=f"{mid1} {midn}",
                    seed="c22b", boundary="Apple-Mail-0E4B8D61-2F7A-4C3E-B95D-6A1F0C8E2B47", **kw)
    items = {"01-derniere-etape-cafe.eml": m1, "02-re-lien-meet.eml": m2}
    lab = LABEL([IV(co, role, start, end, "scheduled", [mar[1]], [mar[1]], "hiring_manager")],
                "medium", "positive/founder-final-hne",
                "Final-step 'café virtuel' with the founder, explicitly the last step before an offer: "
                "jeudi 5 février 10 h HNE (-05:00), one hour; confirmed in her quoted reply. Both mails are "
                "base64 (iPhone Mail) and the confirmation is sent from Berlin (+0100 Date header).")
    return slug, items, lab


# ==============================================================================================
def build():
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b201-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for fn in CASES:
        slug, items, lab = fn()
        assert slug not in labels
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        for fname, data in sorted(items.items()):
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
        labels[slug] = lab
    head = ("# blind201 labels (schema: /work/shared/eval/README.md). Generated by make_cases.py;\n"
            "# do not edit by hand.\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write(head)
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100,
                       default_flow_style=False)
    pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [i for l in labels.values() for i in l["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, "
          f"{sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    build()
