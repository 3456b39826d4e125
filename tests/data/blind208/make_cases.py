#!/usr/bin/env python3
"""Regenerate the blind208 evaluation set (case folders + labels.yaml) next to this file.

Theme: a Madrid-based hotel operations manager (Álvaro Membrillo Santamaría) applying to hotel
chains in Spain and abroad.  Standard library + PyYAML only; output is byte-identical on every run
(fixed dates, Message-IDs, boundaries, UIDs derived from sha256 of fixed seeds).
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
PREFIX = "b208"

OWNER = "alvaro.membrillo@example.com"
OWNER_NAME = "Álvaro Membrillo Santamaría"

UTC = timezone.utc
MAD = ZoneInfo("Europe/Madrid")
CAN = ZoneInfo("Atlantic/Canary")
LIS = ZoneInfo("Europe/Lisbon")
LON = ZoneInfo("Europe/London")
CUN = ZoneInfo("America/Cancun")
DXB = ZoneInfo("Asia/Dubai")

WD_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
DIA3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]


# ----------------------------------------------------------------------------- helpers
def T(tz, y, mo, d, h=0, mi=0, s=0, wd=None):
    """Aware datetime; if wd (Spanish or English weekday name) is given, assert it."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert wd in (WD_ES[x.weekday()], WD_EN[x.weekday()]), (x, wd)
    return x


def hx(seed, n=32):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{PREFIX}:{seed}:{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hx(seed, n))


def letters(seed, n):
    abc = "abcdefghijkmnopqrstuvwxyz"
    return "".join(abc[int(hx(seed, 2 * n)[2 * i:2 * i + 2], 16) % len(abc)] for i in range(n))


def meet_code(seed):
    s = letters(seed, 10)
    return f"{s[:3]}-{s[3:7]}-{s[7:]}"


def rfc(dt):
    return format_datetime(dt)


def hdr(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def enc(text, cte):
    data = text.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    assert text.isascii() or cte == "8bit"
    return text


def leaf(ctype, body, cte="quoted-printable", disposition=None, extra=()):
    h = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        h.append(f"Content-Disposition: {disposition}")
    h.extend(extra)
    return "\n".join(h) + "\n\n" + enc(body, cte)


def multipart(subtype, boundary, parts):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n{p.rstrip(chr(10))}\n\n"
    out += f"--{boundary}--\n"
    return out


def message(headers, root):
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    return "\n".join(lines) + "\nMIME-Version: 1.0\n" + root


def to_html(text, font="Calibri, Arial, Helvetica, sans-serif"):
    paras = []
    for p in text.strip("\n").split("\n\n"):
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            paras.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                         f'padding-left:1ex">{inner}</blockquote>')
        else:
            paras.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font};font-size:11pt">\n'
            + "\n".join(paras) + "\n</div></body></html>\n")


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    chunks = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        chunks.append(b[:cut])
        b = b[cut:]
        limit = 74
    chunks.append(b)
    return "\r\n ".join(c.decode("utf-8") for c in chunks)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


VTZ = {
    "Romance Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Romance Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "Eastern Standard Time (Mexico)": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time (Mexico)",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0500",
        "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0500",
        "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "Europe/Madrid": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Madrid", "X-LIC-LOCATION:Europe/Madrid",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}

WIN_LABEL = {
    ("Romance Standard Time", "es"): "(UTC+01:00) Bruselas, Copenhague, Madrid, París",
    ("GMT Standard Time", "en"): "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    ("Eastern Standard Time (Mexico)", "es"): "(UTC-05:00) Chetumal",
}


def fecha_es(dt):
    return f"{WD_ES[dt.weekday()]}, {dt.day} de {MES[dt.month - 1]} de {dt.year}"


def fecha_en(dt):
    return f"{WD_EN[dt.weekday()]}, {dt.day} {dt.strftime('%B')} {dt.year}"


def hm(dt):
    return f"{dt.hour}:{dt.minute:02d}"


# ----------------------------------------------------------------------------- Teams / Exchange
def teams_block(seed, lang):
    tid = hx(seed + "tid", 32)
    url = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
           f"{base64.b64encode(bytes.fromhex(hx(seed + 'mt', 40))).decode().rstrip('=').replace('+', 'A').replace('/', 'B')}"
           f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid[:8]}-{tid[8:12]}-{tid[12:16]}-{tid[16:20]}-{tid[20:]}%22%7d")
    mid = digits(seed + "mid", 12)
    mid = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}"
    pc = letters(seed + "pc", 6)
    line = "_" * 80
    if lang == "es":
        return (f"{line}\nReunión de Microsoft Teams\n"
                "Únase a través de su ordenador, aplicación móvil o dispositivo de sala\n"
                f"Haga clic aquí para unirse a la reunión<{url}>\n"
                f"Id. de reunión: {mid}\nCódigo de acceso: {pc}\n"
                "Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | "
                "Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                "Más información<https://aka.ms/JoinTeamsMeeting> | "
                "Opciones de reunión<https://teams.microsoft.com/meetingOptions/>\n"
                f"{line}"), url
    return (f"{line}\nMicrosoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\n"
            f"Meeting ID: {mid}\nPasscode: {pc}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | "
            "Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            f"{line}"), url


def exchange_vevent(*, seed, summary, start, end, tzid, organizer, attendees, description,
                    location, seq, dtstamp, lang, cancel=False, teams_url=None, alarm=True):
    lang_tag = "es-ES" if lang == "es" else "en-GB"
    uid = "040000008200E00074C5B7101A82E00800000000" + hx(seed + "uid", 72).upper()
    ev = ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email, role, partstat in attendees:
        ev.append(f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}")
    ev += [f"DESCRIPTION;LANGUAGE={lang_tag}:{ics_esc(description)}",
           f"UID:{uid}",
           f"SUMMARY;LANGUAGE={lang_tag}:{ics_esc(summary)}",
           f"DTSTART;TZID={tzid}:{loc(start)}",
           f"DTEND;TZID={tzid}:{loc(end)}",
           "CLASS:PUBLIC",
           f"PRIORITY:{1 if cancel else 5}",
           f"DTSTAMP:{z(dtstamp)}",
           "TRANSP:OPAQUE",
           f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
           f"SEQUENCE:{seq}",
           f"LOCATION;LANGUAGE={lang_tag}:{ics_esc(location)}",
           f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(seed + 'own', 8), 16) - 2**31}",
           f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
           f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
           f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
           "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url and not cancel:
        ev.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        ev.append("X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness//")
        ev.append("X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting@thread.v2\",\"private\":true,\"type\":0,\"mid\":0,\"rid\":0,\"uid\":null}")
    ev += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
           f"X-MICROSOFT-ISRESPONSEREQUESTED:{'FALSE' if cancel else 'TRUE'}"]
    if alarm and not cancel:
        ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
               "ACTION:DISPLAY", "END:VALARM"]
    ev.append("END:VEVENT")
    return ev


def exchange_invite(*, seed, sent, sender, to, cc=(), subject, tzid, start, end, lang, body,
                    location, attendees, seq=0, cancel=False, teams=True, in_reply_to=None):
    """Outlook / Exchange Online meeting request (multipart/alternative + base64 text/calendar)."""
    label = WIN_LABEL[(tzid, lang)]
    tb, turl = teams_block(seed, lang) if teams else ("", None)
    if lang == "es":
        when = (f"Cuándo: {fecha_es(start)} {hm(start)}-{hm(end)} {label}.\n"
                f"Dónde: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    else:
        when = (f"When: {fecha_en(start)} {hm(start)}-{hm(end)} {label}.\n"
                f"Where: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    text = when + body + ("\n\n" + tb if (teams and not cancel) else "") + "\n"
    desc = body + ("\n\n" + tb if (teams and not cancel) else "")
    ev = exchange_vevent(seed=seed, summary=subject, start=start, end=end, tzid=tzid,
                         organizer=sender, attendees=attendees, description=desc,
                         location=location, seq=seq, dtstamp=sent.astimezone(UTC), lang=lang,
                         cancel=cancel, teams_url=turl)
    cal = ics(["BEGIN:VCALENDAR", f"METHOD:{'CANCEL' if cancel else 'REQUEST'}",
               "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ[tzid] + ev
              + ["END:VCALENDAR"])
    method = "CANCEL" if cancel else "REQUEST"
    host = "AM9PR04MB" + digits(seed + "host", 4)
    mseed = f"{seed}|{sent.isoformat()}|{seq}|{cancel}"
    b = f"_000_{host}{hx(mseed + 'b', 16).upper()}{host}eurprd04prod_"
    root = multipart("alternative", b, [
        leaf('text/plain; charset="utf-8"', text),
        leaf('text/html; charset="utf-8"', to_html(text)),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    prefix = ("Cancelada: " if lang == "es" else "Canceled: ") if cancel else ""
    msgid = f"<{host}{hx(mseed + 'mid', 24).upper()}@{host}.eurprd04.prod.outlook.com>"
    sent_utc = sent.astimezone(UTC)
    headers = [
        ("Delivered-To", OWNER),
        ("Received", f"from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2{digits(seed + 'ip', 3)}.outbound.protection.outlook.com\n"
                     f" [40.107.6.{int(digits(seed + 'ip4', 2)) + 10}]) by mx.example.com with ESMTPS id {letters(seed + 'rid', 12)}\n"
                     f" for <{OWNER}>; {rfc(sent_utc + timedelta(seconds=3))}"),
        ("From", addr(*sender)),
        ("To", ", ".join(addr(n, e) for n, e in to)),
        ("CC", ", ".join(addr(n, e) for n, e in cc) if cc else None),
        ("Subject", hdr(prefix + subject)),
        ("Thread-Topic", hdr(subject)),
        ("Thread-Index", base64.b64encode(bytes.fromhex(hx(seed + "ti", 32) + hx(mseed + "ti", 12))).decode()),
        ("Date", rfc(sent_utc)),
        ("Message-ID", msgid),
        ("In-Reply-To", in_reply_to),
        ("References", in_reply_to),
        ("Accept-Language", "es-ES, en-US" if lang == "es" else "en-GB, en-US"),
        ("Content-Language", "es-ES" if lang == "es" else "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hx(seed + "sid", 20)),
        ("x-ms-publictraffictype", "Email"),
    ]
    return message(headers, root), msgid


# ----------------------------------------------------------------------------- Google Calendar
def google_invite(*, seed, sent, organizer, subject_summary, start, end, guests, description,
                  lang, display_tz, display_tz_label, seq=0, tzabbr=None):
    """Google Calendar invitation e-mail: mixed(alternative(plain, html, calendar), invite.ics)."""
    code = meet_code(seed)
    uid = f"{letters(seed + 'uid', 26)}@google.com"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    s_loc, e_loc = start.astimezone(display_tz), end.astimezone(display_tz)
    tzabbr = tzabbr or s_loc.tzname()

    def gtime(d):
        if lang == "en":
            h = d.hour % 12 or 12
            return f"{h}{'' if d.minute == 0 else ':%02d' % d.minute}{'am' if d.hour < 12 else 'pm'}"
        return f"{d.hour}:{d.minute:02d}"

    if lang == "es":
        subj_date = f"{DIA3[s_loc.weekday()]} {s_loc.day} {MES3[s_loc.month - 1]} {s_loc.year}"
        subject = f"Invitación: {subject_summary} @ {subj_date} {gtime(s_loc)} - {gtime(e_loc)} ({tzabbr}) ({OWNER})"
        long_date = f"{fecha_es(s_loc)} ⋅ {gtime(s_loc)} – {gtime(e_loc)}"
        L = dict(join="Unirse con Google Meet", phone="Unirse por teléfono", more="Más números de teléfono",
                 org="Organizador", guests="Invitados", orgtag="organizador",
                 viewall="Ver toda la información de los invitados",
                 reply=f"Responder para {OWNER} y ver más detalles",
                 inv="Invitación de Google Calendar",
                 why="Has recibido este correo electrónico porque eres un invitado del evento.",
                 fwd="Si reenvías esta invitación, cualquier destinatario podrá enviar una respuesta al organizador, "
                     "unirse a la lista de invitados, invitar a otras personas independientemente de su propio estado de "
                     "invitación o modificar tu respuesta. Más información https://support.google.com/calendar/answer/37135#forwarding")
    else:
        subj_date = f"{WD_EN[s_loc.weekday()][:3]} {s_loc.strftime('%b')} {s_loc.day}, {s_loc.year}"
        subject = f"Invitation: {subject_summary} @ {subj_date} {gtime(s_loc)} - {gtime(e_loc)} ({tzabbr}) ({OWNER})"
        long_date = f"{WD_EN[s_loc.weekday()]} {s_loc.strftime('%b')} {s_loc.day}, {s_loc.year} ⋅ {gtime(s_loc)} – {gtime(e_loc)}"
        L = dict(join="Join with Google Meet", phone="Join by phone", more="More phone numbers",
                 org="Organizer", guests="Guests", orgtag="organizer", viewall="View all guest info",
                 reply=f"Reply for {OWNER} and view more details",
                 inv="Invitation from Google Calendar",
                 why="You are receiving this email because you are an attendee on the event.",
                 fwd="Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
                     "to the guest list, invite others regardless of their own invitation status, or modify your RSVP. "
                     "Learn more https://support.google.com/calendar/answer/37135#forwarding")
    pin = digits(seed + "pin", 9)
    phone = "(ES) +34 910 " + digits(seed + "ph", 2) + " " + digits(seed + "ph2", 2) + " " + digits(seed + "ph3", 2)
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    glines = []
    for name, email, _ in guests:
        if email == organizer[1]:
            glines.append(f"{name} - {L['orgtag']}\n{email}")
        elif name:
            glines.append(f"{name}\n{email}")
        else:
            glines.append(email)
    text = (f"{subject_summary}\n{long_date}\n{display_tz_label}\n\n"
            f"{L['join']}\nhttps://meet.google.com/{code}\n\n{L['phone']}\n{phone}\nPIN: {pin}\n\n"
            f"{L['more']}\nhttps://tel.meet/{code}?pin={pin}{digits(seed + 'p2', 4)}\n\n"
            f"{L['org']}\n{organizer[0]}\n{organizer[1]}\n\n{L['guests']}\n" + "\n".join(glines)
            + f"\n{L['viewall']} {view}\n\n{description}\n\n{L['reply']} {view}\n\n\n~~//~~\n"
            f"{L['inv']}: https://calendar.google.com/calendar/\n\n{L['why']}\n\n{L['fwd']}\n")
    meet_desc = ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"{L['join']}: https://meet.google.com/{code}\n"
                 + (f"O marca: {phone} PIN: {pin}#\nNo edites esta sección.\n" if lang == "es" else
                    f"Or dial: {phone} PIN: {pin}#\nPlease do not edit this section.\n")
                 +
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    stamp = sent.astimezone(UTC)
    ev = ["BEGIN:VEVENT", f"DTSTART:{z(start)}", f"DTEND:{z(end)}", f"DTSTAMP:{z(stamp)}",
          f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, partstat in guests:
        cn = name or email
        ev.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;"
                  f"CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    ev += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}",
           f"CREATED:{z(stamp - timedelta(minutes=2))}",
           f"DESCRIPTION:{ics_esc(description + chr(10) + chr(10) + meet_desc)}",
           f"LAST-MODIFIED:{z(stamp)}", "LOCATION:", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
           f"SUMMARY:{ics_esc(subject_summary)}", "TRANSP:OPAQUE",
           "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
           "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT"]
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + ev + ["END:VCALENDAR"])
    b_mixed = "0000000000" + hx(seed + "bm", 14)
    b_alt = "0000000000" + hx(seed + "ba", 14)
    alt = multipart("alternative", b_alt, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', to_html(text, "Roboto,Helvetica,Arial,sans-serif")),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "base64"),
    ])
    root = multipart("mixed", b_mixed, [
        alt,
        leaf('application/ics; name="invite.ics"', cal, "base64",
             disposition='attachment; filename="invite.ics"'),
    ])
    msgid = f"<calendar-{hx(seed + 'cm', 8)}-{hx(seed + 'cm2', 4)}-{hx(seed + 'cm3', 4)}-{hx(seed + 'cm4', 4)}-{hx(seed + 'cm5', 12)}@google.com>"
    headers = [
        ("Delivered-To", OWNER),
        ("Received", f"from mail-sor-f{digits(seed + 'mx', 2)}.google.com (mail-sor-f{digits(seed + 'mx', 2)}.google.com. [209.85.220.{digits(seed + 'ip', 2)}])\n"
                     f"        by mx.example.com with SMTPS id {letters(seed + 'rid', 12)}\n"
                     f"        for <{OWNER}>;\n        {rfc(sent + timedelta(seconds=1))}"),
        ("Return-Path", f"<{letters(seed + 'rp', 20)}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(*organizer)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", msgid),
        ("Date", rfc(sent)),
        ("Subject", hdr(subject)),
        ("From", addr(*organizer)),
        ("To", OWNER),
    ]
    return message(headers, root)


# ----------------------------------------------------------------------------- plain mail
def plain_mail(*, seed, sent, sender, to, subject, text, cc=(), reply_to=None, in_reply_to=None,
               references=None, client="outlook", extra_headers=(), html_font=None, cte="quoted-printable",
               msgid=None, received=None):
    if client == "outlook":
        host = "PA4PR0" + digits(seed + "host", 1) + "MB" + digits(seed + "h2", 4)
        msgid = msgid or f"<{host}{hx(seed + 'mid', 24).upper()}@{host}.eurprd0{digits(seed + 'e', 1)}.prod.outlook.com>"
        boundary = f"_000_{host}{hx(seed + 'b', 16).upper()}{host}eurprd_"
        rec = received or (f"from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on20{digits(seed + 'ip', 3)}.outbound.protection.outlook.com\n"
                           f" [40.107.22.{int(digits(seed + 'ip4', 2)) + 10}]) by mx.example.com with ESMTPS id {letters(seed + 'rid', 12)}\n"
                           f" for <{OWNER}>; {rfc(sent.astimezone(UTC) + timedelta(seconds=2))}")
        date = rfc(sent.astimezone(UTC))
        extra = [("Thread-Topic", hdr(subject.split(": ", 1)[-1] if subject[:4] in ("RE: ", "RV: ") else subject)),
                 ("Thread-Index", base64.b64encode(bytes.fromhex(hx(seed + "ti", 44))).decode()),
                 ("Accept-Language", "es-ES, en-US"), ("Content-Language", "es-ES"),
                 ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
        font = html_font or "Aptos, Calibri, Helvetica, sans-serif"
    else:  # gmail-like
        msgid = msgid or f"<CA{letters(seed + 'm1', 6).upper()}{hx(seed + 'mid', 30)}+{letters(seed + 'm2', 4)}@mail.gmail.com>"
        boundary = "0000000000" + hx(seed + "b", 14)
        rec = received or (f"by mx.example.com with SMTP id {letters(seed + 'rid', 12)};\n"
                           f"        {rfc(sent + timedelta(seconds=2))}")
        date = rfc(sent)
        extra = []
        font = html_font or "Arial, Helvetica, sans-serif"
    root = multipart("alternative", boundary, [
        leaf('text/plain; charset="UTF-8"', text, cte),
        leaf('text/html; charset="UTF-8"', to_html(text, font), "quoted-printable"),
    ])
    headers = [("Delivered-To", OWNER), ("Received", rec)] + list(extra_headers) + [
        ("From", addr(*sender)),
        ("To", ", ".join(addr(n, e) for n, e in to)),
        ("CC", ", ".join(addr(n, e) for n, e in cc) if cc else None),
        ("Reply-To", addr(*reply_to) if reply_to else None),
        ("Subject", hdr(subject)),
        ("Date", date),
        ("Message-ID", msgid),
        ("In-Reply-To", in_reply_to),
        ("References", references or in_reply_to),
    ] + extra
    return message(headers, root), msgid


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


ME = (OWNER_NAME, OWNER)
ME_SHORT = ("Álvaro Membrillo", OWNER)


# ============================================================================= CASES
CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ---------------------------------------------------------------------------- 01
@case("infojobs-mensaje-llamada")
def c01(seed):
    marta = ("Marta Ríos", "marta.rios@almudenahoteles.example")
    sent1 = T(MAD, 2026, 2, 9, 9, 41, 12, "lunes")
    call = T(MAD, 2026, 2, 12, 17, 0, wd="jueves")
    text1 = (
        "Hola Álvaro,\n\n"
        "Almudena Hoteles te ha enviado un mensaje sobre tu candidatura a la oferta:\n\n"
        "Jefe/a de Operaciones - Hotel 4* Madrid centro\n"
        "Almudena Hoteles · Madrid · Contrato indefinido · Jornada completa\n\n"
        "Mensaje de la empresa:\n\n"
        "\"Buenos días, Álvaro. Hemos revisado su candidatura y nos gustaría mantener una primera "
        "entrevista telefónica con usted el jueves 12 de febrero a las 17:00 h. La llamada durará unos "
        "30 minutos. Si ese horario no le viniera bien, puede escribirme directamente a "
        "marta.rios@almudenahoteles.example. Un saludo, Marta Ríos - Selección, Almudena Hoteles\"\n\n"
        "Responder al mensaje: https://www.infojobs.net/candidate/messages/detail.xhtml?id=" + digits(seed + "ij", 9) + "\n\n"
        "Puedes consultar el estado de todas tus candidaturas en \"Mis candidaturas\".\n\n"
        "--\nEste mensaje se ha enviado automáticamente, por favor no respondas a este correo.\n"
        "Recibes este email porque estás inscrito en una oferta publicada en InfoJobs. "
        "Gestiona tus notificaciones: https://www.infojobs.net/candidate/settings/notifications\n"
        "InfoJobs · Adevinta Spain, S.L.U.\n")
    m1, id1 = plain_mail(seed=seed + "1", sent=sent1, sender=("InfoJobs", "notificaciones@infojobs.net"),
                         to=[("", OWNER)], subject="Almudena Hoteles te ha enviado un mensaje",
                         text=text1, client="gmail",
                         msgid=f"<{hx(seed + 'ijm', 20)}.{digits(seed + 'ijn', 10)}@mailing.infojobs.net>",
                         received=f"from mailing.infojobs.net (mailing.infojobs.net [185.{digits(seed + 'a', 2)}.{digits(seed + 'b2', 2)}.20])\n"
                                  f"        by mx.example.com with ESMTPS id {letters(seed + 'r1', 12)}\n"
                                  f"        for <{OWNER}>; {rfc(sent1 + timedelta(seconds=4))}",
                         extra_headers=[("List-Unsubscribe", "<https://www.infojobs.net/candidate/settings/notifications>"),
                                        ("X-Campaign", "candidate-message-notification")])
    my_sent = T(MAD, 2026, 2, 10, 9, 12, wd="martes")
    sent2 = T(MAD, 2026, 2, 10, 11, 5, 40, "martes")
    mine = ("Buenos días, Marta:\n\n"
            "Le escribo por el mensaje que me ha enviado a través de InfoJobs sobre el puesto de Jefe/a de "
            "Operaciones. El jueves a las 17:00 me viene perfecto. Mi móvil es el 612 48 90 37.\n\n"
            "Un saludo,\nÁlvaro Membrillo")
    text2 = ("Perfecto, Álvaro. Quedamos entonces el jueves 12 a las 17:00; le llamaré yo al 612 48 90 37. "
             "Serán unos 30 minutos: repasaremos su experiencia en el hotel actual y sus expectativas.\n\n"
             "Un saludo,\n\n"
             "Marta Ríos\nTécnica de Selección | Almudena Hoteles\nC/ Arenal, 22 · 28013 Madrid\n"
             "T. +34 915 40 22 18\n\n"
             "________________________________\n"
             "De: Álvaro Membrillo <alvaro.membrillo@example.com>\n"
             f"Enviado: {fecha_es(my_sent)} {hm(my_sent)}\n"
             "Para: Marta Ríos <marta.rios@almudenahoteles.example>\n"
             "Asunto: Entrevista telefónica - Jefe/a de Operaciones\n\n" + mine + "\n")
    m2, _ = plain_mail(seed=seed + "2", sent=sent2, sender=marta, to=[ME_SHORT],
                       subject="RE: Entrevista telefónica - Jefe/a de Operaciones", text=text2,
                       in_reply_to=f"<CA{hx(seed + 'mine', 28)}@mail.gmail.com>")
    items = [("01-infojobs-nuevo-mensaje.eml", m1), ("02-re-entrevista-telefonica.eml", m2)]
    label = lab([iv("Almudena Hoteles", "Jefe/a de Operaciones", call, call + timedelta(minutes=30),
                    "scheduled", [marta[1]], [marta[1]], "phone_screen")],
                "medium", "positive/job-board-message-then-confirmation",
                "InfoJobs no-reply notification carries the recruiter's proposal (Thu 12 Feb 17:00, ~30 min); "
                "her direct reply confirms. One phone screen conducted by the recruiter herself; follow-up to "
                "her address, never the InfoJobs sender.")
    return items, label


# ---------------------------------------------------------------------------- 02
@case("teams-espanol-director-regional")
def c02(seed):
    bea = ("Beatriz Lozano", "beatriz.lozano@cibelescollection.example")
    gon = ("Gonzalo Peñalver", "gonzalo.penalver@cibelescollection.example")
    sent = T(MAD, 2026, 2, 12, 14, 20, 41, "jueves")
    start = T(MAD, 2026, 2, 18, 16, 0, wd="miércoles")
    end = start + timedelta(hours=1)
    body = ("Estimado Álvaro:\n\n"
            "Tal y como hablamos ayer por teléfono, le convoco a la entrevista para el puesto de Director/a de "
            "Operaciones del Hotel Cibeles Atocha. Le entrevistará Gonzalo Peñalver, Director Regional de "
            "Operaciones de Cibeles Collection; yo no estaré en la llamada, pero quedo a su disposición para "
            "cualquier duda.\n\n"
            "Le recomendamos conectarse unos minutos antes para comprobar audio y vídeo.\n\n"
            "Un cordial saludo,\n\n"
            "Beatriz Lozano\nTécnica de Talento y Selección\nCibeles Collection Hoteles\nwww.cibelescollection.example")
    m, _ = exchange_invite(
        seed=seed, sent=sent, sender=bea, to=[ME, gon],
        subject="Entrevista Director/a de Operaciones - Hotel Cibeles Atocha - Álvaro Membrillo",
        tzid="Romance Standard Time", start=start, end=end, lang="es", body=body,
        location="Reunión de Microsoft Teams",
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                   (gon[0], gon[1], "REQ-PARTICIPANT", "NEEDS-ACTION")])
    items = [("01-reunion-teams-entrevista.eml", m)]
    label = lab([iv("Cibeles Collection", "Director/a de Operaciones", start, end, "scheduled",
                    [gon[1]], [gon[1]], "hiring_manager")],
                "easy", "positive/teams-invite-spanish",
                "Spanish Exchange/Teams invite, TZID 'Romance Standard Time' with '(UTC+01:00) Bruselas, "
                "Copenhague, Madrid, París' label (winter, +01:00). Organizer Beatriz only schedules and says "
                "she will not be on the call; the interviewer is Gonzalo Peñalver.")
    return items, label


# ---------------------------------------------------------------------------- 03
@case("canarias-hora-canaria-hilo")
def c03(seed):
    yai = ("Yaiza Hernández", "yaiza.hernandez@atlanticoteide.example")
    dom = ("Domingo Expósito", "domingo.exposito@atlanticoteide.example")
    start = T(CAN, 2026, 3, 5, 10, 0, wd="jueves")
    end = start + timedelta(minutes=45)
    sent1 = T(CAN, 2026, 2, 24, 9, 15, 3, "martes")
    text1 = ("Buenos días, Álvaro:\n\n"
             "Le escribo desde el departamento de Recursos Humanos de Atlántico Teide Resort (Costa Adeje, "
             "Tenerife) en relación con su candidatura al puesto de Jefe/a de Operaciones.\n\n"
             "Nos gustaría hacerle una entrevista por videollamada con el director del hotel, Domingo Expósito. "
             "Le propongo el jueves 5 de marzo a las 10:00 o a las 12:30, hora canaria (recuerde que aquí "
             "tenemos una hora menos que en la Península). ¿Cuál le viene mejor?\n\n"
             "Un saludo,\n\n"
             "Yaiza Hernández\nRecursos Humanos · Atlántico Teide Resort\nAvda. de Bruselas, s/n · 38660 Costa Adeje\n"
             "Tel. +34 922 71 40 00\n")
    m1, id1 = plain_mail(seed=seed + "1", sent=sent1, sender=yai, to=[ME_SHORT],
                         subject="Proceso de selección Jefe/a de Operaciones - Atlántico Teide Resort",
                         text=text1)
    my_sent = T(MAD, 2026, 2, 24, 10, 41, wd="martes")
    mine = ("Buenos días, Yaiza:\n\n"
            "Muchas gracias por su correo. Me viene mejor a las 10:00 hora canaria (las 11:00 en Madrid).\n\n"
            "Un saludo,\nÁlvaro")
    sent2 = T(CAN, 2026, 2, 25, 8, 2, 17, "miércoles")
    text2 = ("Buenos días, Álvaro:\n\n"
             "Perfecto, quedamos el jueves 5 a las 10:00 (hora canaria). Le envío ahora la invitación con el "
             "enlace de Google Meet. La entrevista será con Domingo Expósito, director del hotel, que va en copia, "
             "y durará unos 45 minutos.\n\n"
             "Un saludo,\n\nYaiza Hernández\nRecursos Humanos · Atlántico Teide Resort\n\n"
             f"El {DIA3[my_sent.weekday()]}, {my_sent.day} {MES3[my_sent.month - 1]} {my_sent.year} a las "
             f"{hm(my_sent)}, Álvaro Membrillo (<{OWNER}>) escribió:\n" + quote(mine) + "\n\n"
             + quote("El mar, 24 feb 2026 a las 9:15, Yaiza Hernández escribió:\n> Nos gustaría hacerle una "
                     "entrevista por videollamada...") + "\n")
    mine_id = f"<CA{hx(seed + 'mine', 30)}@mail.gmail.com>"
    m2, id2 = plain_mail(seed=seed + "2", sent=sent2, sender=yai, to=[ME_SHORT], cc=[dom],
                         subject="RE: Proceso de selección Jefe/a de Operaciones - Atlántico Teide Resort",
                         text=text2, in_reply_to=mine_id, references=f"{id1} {mine_id}")
    sent3 = T(CAN, 2026, 2, 25, 8, 6, 52, "miércoles")
    m3 = google_invite(
        seed=seed + "3", sent=sent3.astimezone(UTC), organizer=yai,
        subject_summary="Entrevista Álvaro Membrillo - Jefe/a de Operaciones (Atlántico Teide Resort)",
        start=start, end=end,
        guests=[(yai[0], yai[1], "ACCEPTED"), (dom[0], dom[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
        description="Entrevista con Domingo Expósito, director de Atlántico Teide Resort. Hora canaria: 10:00.",
        lang="es", display_tz=MAD, display_tz_label="Hora estándar de Europa central - Madrid")
    items = [("01-propuesta-horarios.eml", m1), ("02-re-confirmacion.eml", m2),
             ("03-invitacion-google.eml", m3)]
    label = lab([iv("Atlántico Teide Resort", "Jefe/a de Operaciones", start, end, "scheduled",
                    [dom[1]], [dom[1]], "hiring_manager")],
                "hard", "positive/canary-time-thread-and-invite",
                "Two slots proposed in Canary time (WET, UTC+0 before 29 Mar); the candidate picks 10:00 hora "
                "canaria = 11:00 Madrid. The Google invite shows 11:00 CET (recipient's Madrid calendar) and UTC "
                "in the .ics; all three items are ONE interview at 10:00+00:00. Yaiza schedules, the hotel "
                "director Domingo conducts.")
    return items, label


# ---------------------------------------------------------------------------- 04
@case("lisboa-director-general-google")
def c04(seed):
    cat = ("Catarina Vaz", "catarina.vaz@tejohotels.example")
    rui = ("Rui Monteiro", "rui.monteiro@tejohotels.example")
    start = T(LIS, 2026, 4, 15, 15, 0, wd="Wednesday")
    end = start + timedelta(minutes=45)
    sent1 = T(LIS, 2026, 4, 7, 10, 30, 5, "Tuesday")
    text1 = ("Dear Álvaro,\n\n"
             "Thank you for your application for the Operations Manager position at Tejo Riverside Lisboa, and "
             "for your time on the phone last Friday.\n\n"
             "Rui Monteiro, General Manager of Tejo Riverside Lisboa, would like to interview you over Google "
             "Meet on Wednesday 15 April at 15:00 Lisbon time (16:00 in Madrid). The conversation will take "
             "around 45 minutes and will be held in English - some Portuguese is welcome if you feel "
             "comfortable.\n\n"
             "I will send the calendar invitation separately. I won't be joining the call myself, but do let "
             "me know if anything is unclear.\n\n"
             "Kind regards,\n\nCatarina Vaz\nTalent Acquisition Partner\nTejo Hotels & Resorts | Av. 24 de Julho, "
             "Lisboa\n+351 21 340 5500\n")
    m1, _ = plain_mail(seed=seed + "1", sent=sent1, sender=cat, to=[ME_SHORT],
                       subject="Tejo Riverside Lisboa - Operations Manager: interview with our GM",
                       text=text1, client="gmail")
    sent2 = T(LIS, 2026, 4, 7, 10, 44, 31, "Tuesday")
    m2 = google_invite(
        seed=seed + "2", sent=sent2.astimezone(UTC), organizer=cat,
        subject_summary="Interview - Operations Manager, Tejo Riverside Lisboa (Álvaro Membrillo)",
        start=start, end=end,
        guests=[(cat[0], cat[1], "ACCEPTED"), (rui[0], rui[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
        description="Interview with Rui Monteiro (General Manager, Tejo Riverside Lisboa). "
                    "15:00 Lisbon / 16:00 Madrid.",
        lang="en", display_tz=MAD, display_tz_label="Central European Time - Madrid")
    items = [("01-email-interview-gm.eml", m1), ("02-invitation-google.eml", m2)]
    label = lab([iv("Tejo Hotels & Resorts", "Operations Manager", start, end, "scheduled",
                    [rui[1]], [rui[1]], "hiring_manager")],
                "medium", "positive/lisbon-time-mail-plus-invite",
                "Lisbon time (WEST, +01:00 in April) stated in the mail; the Google invite subject shows the "
                "same instant as 4pm CEST. Mail + invite = ONE interview. Catarina coordinates only.")
    return items, label


# ---------------------------------------------------------------------------- 05
@case("reprogramada-cambio-horario-londres")
def c05(seed):
    oli = ("Olivia Pritchard", "olivia.pritchard@albioncrown.example")
    jam = ("James Whitcombe", "james.whitcombe@albioncrown.example")
    first = T(LON, 2026, 3, 26, 16, 0, wd="Thursday")
    final = T(LON, 2026, 4, 2, 16, 0, wd="Thursday")
    assert first.utcoffset() == timedelta(0) and final.utcoffset() == timedelta(hours=1)
    assert first.astimezone(MAD).hour == 17 and final.astimezone(MAD).hour == 17
    subj = "Interview: Álvaro Membrillo - Hotel Operations Manager (Madrid opening)"
    atts = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
            (jam[0], jam[1], "REQ-PARTICIPANT", "NEEDS-ACTION")]
    sent1 = T(LON, 2026, 3, 19, 11, 2, 9, "Thursday")
    body1 = ("Hi Álvaro,\n\n"
             "As discussed, here is the invite for your interview with James Whitcombe, VP Operations Europe, "
             "for the Hotel Operations Manager role at our Madrid opening. 4pm UK time is 5pm for you in "
             "Madrid.\n\nI'm only coordinating, so please reach out to me if you have any questions.\n\n"
             "Best wishes,\nOlivia\n\nOlivia Pritchard | Talent Acquisition Coordinator | Albion & Crown Hotels")
    m1, id1 = exchange_invite(seed=seed + "1", sent=sent1, sender=oli, to=[ME, jam], subject=subj,
                              tzid="GMT Standard Time", start=first, end=first + timedelta(hours=1),
                              lang="en", body=body1, location="Microsoft Teams Meeting", attendees=atts)
    sent2 = T(LON, 2026, 3, 23, 9, 47, 22, "Monday")
    text2 = ("Hi Álvaro,\n\n"
             "I'm sorry for the change at short notice - James now has to be in Edinburgh on Thursday for a "
             "property handover. Could we move your interview to Thursday 2 April, same time (4pm UK / 5pm "
             "Madrid)? If that works, I'll update the invite.\n\n"
             "Apologies again,\nOlivia\n\n"
             "Olivia Pritchard | Talent Acquisition Coordinator | Albion & Crown Hotels\n"
             "20 Savoy Hill, London WC2R\n")
    m2, id2 = plain_mail(seed=seed + "2", sent=sent2, sender=oli, to=[ME_SHORT],
                         subject="Your interview on Thursday - change of date", text=text2)
    sent3 = T(LON, 2026, 3, 24, 8, 15, 0, "Tuesday")
    body3 = ("Hi Álvaro,\n\n"
             "Thanks for confirming - the interview with James has moved to Thursday 2 April, same time "
             "(4pm UK / 5pm Madrid). Same Teams link.\n\nBest wishes,\nOlivia\n\n"
             "Olivia Pritchard | Talent Acquisition Coordinator | Albion & Crown Hotels")
    m3, _ = exchange_invite(seed=seed + "1", sent=sent3, sender=oli, to=[ME, jam], subject=subj,
                            tzid="GMT Standard Time", start=final, end=final + timedelta(hours=1),
                            lang="en", body=body3, location="Microsoft Teams Meeting", attendees=atts,
                            seq=1)
    items = [("01-invite-interview.eml", m1), ("02-change-of-date.eml", m2),
             ("03-updated-invite.eml", m3)]
    label = lab([iv("Albion & Crown Hotels", "Hotel Operations Manager", final, final + timedelta(hours=1),
                    "scheduled", [jam[1]], [jam[1]], "hiring_manager")],
                "hard", "positive/reschedule-across-eu-dst",
                "Outlook invite in 'GMT Standard Time' moved (same UID, SEQUENCE 0 -> 1) from Thu 26 Mar "
                "16:00 GMT to Thu 2 Apr 16:00 BST, across the 29 Mar change: final instant 15:00 UTC "
                "(17:00 CEST). The '(UTC+00:00) Dublin, Edinburgh, Lisbon, London' label must not be read as "
                "a fixed offset. One interview at the final time.")
    return items, label


# ---------------------------------------------------------------------------- 06
@case("teams-cancelada-granada")
def c06(seed):
    son = ("Sonia Carmona", "sonia.carmona@alhambrasuites.example")
    ram = ("Ramón Castaño", "ramon.castano@alhambrasuites.example")
    start = T(MAD, 2026, 3, 10, 12, 0, wd="martes")
    end = start + timedelta(hours=1)
    subj = "Entrevista - Jefe/a de Operaciones Alhambra Suites Granada"
    atts = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
            (ram[0], ram[1], "REQ-PARTICIPANT", "NEEDS-ACTION")]
    sent1 = T(MAD, 2026, 3, 3, 11, 10, 27, "martes")
    body1 = ("Buenos días, Álvaro:\n\n"
             "Le confirmo la entrevista por Teams con Ramón Castaño, Director de Operaciones del grupo, para "
             "el puesto de Jefe/a de Operaciones de Alhambra Suites Granada. Yo me encargo únicamente de la "
             "convocatoria.\n\nLe esperamos.\n\nSaludos cordiales,\n\n"
             "Sonia Carmona\nTécnica de Selección · Alhambra Suites Hoteles\nGran Vía de Colón, 31 · Granada")
    m1, id1 = exchange_invite(seed=seed + "1", sent=sent1, sender=son, to=[ME, ram], subject=subj,
                              tzid="Romance Standard Time", start=start, end=end, lang="es", body=body1,
                              location="Reunión de Microsoft Teams", attendees=atts)
    sent2 = T(MAD, 2026, 3, 6, 16, 31, 8, "viernes")
    body2 = ("Estimado Álvaro:\n\n"
             "Lamentamos comunicarle que tenemos que cancelar la entrevista del martes. La dirección ha "
             "decidido congelar la incorporación para este puesto hasta después del verano. Si el proceso se "
             "reabre, nos pondremos en contacto con usted.\n\n"
             "Disculpe las molestias.\n\nSonia Carmona\nTécnica de Selección · Alhambra Suites Hoteles")
    m2, _ = exchange_invite(seed=seed + "1", sent=sent2, sender=son, to=[ME, ram], subject=subj,
                            tzid="Romance Standard Time", start=start, end=end, lang="es", body=body2,
                            location="Reunión de Microsoft Teams", attendees=atts, seq=1, cancel=True)
    items = [("01-convocatoria-teams.eml", m1), ("02-cancelada.eml", m2)]
    label = lab([iv("Alhambra Suites", "Jefe/a de Operaciones", start, end, "cancelled",
                    [ram[1]], [ram[1]], "hiring_manager")],
                "medium", "positive/cancellation-only",
                "Spanish Teams invite followed by 'Cancelada:' METHOD:CANCEL / STATUS:CANCELLED (same UID, "
                "SEQUENCE 1). Kept as one cancelled interview at its last scheduled time (10 Mar 12:00 CET). "
                "Interviewer Ramón; Sonia only convenes.")
    return items, label


# ---------------------------------------------------------------------------- 07
@case("rrhh-y-director-general-visita")
def c07(seed):
    ele = ("Elena Sáez Villar", "elena.saez@castellanahoteles.example")
    ign = ("Ignacio Larrañaga", "ignacio.larranaga@castellanahoteles.example")
    car = ("Carmen Oliva", "carmen.oliva@castellanahoteles.example")
    hr = T(MAD, 2026, 4, 21, 10, 0, wd="martes")
    gm = T(MAD, 2026, 4, 28, 11, 0, wd="martes")
    sent1 = T(MAD, 2026, 4, 16, 12, 40, 14, "jueves")
    text1 = ("Estimado Álvaro:\n\n"
             "Gracias por su interés en la posición de Hotel Operations Manager del Hotel Palacio de Recoletos.\n\n"
             "Nos gustaría tener una primera entrevista con usted por videollamada el próximo martes 21 de abril "
             "a las 10:00 h. Será una conversación de unos 30 minutos conmigo, para conocer su trayectoria y "
             "explicarle el proyecto. Le envío a continuación la invitación de Google Meet.\n\n"
             "Un saludo,\n\nElena Sáez Villar\nResponsable de Recursos Humanos\nCastellana Hoteles & Resorts\n")
    m1, id1 = plain_mail(seed=seed + "1", sent=sent1, sender=ele, to=[ME_SHORT],
                         subject="Candidatura Hotel Operations Manager - Hotel Palacio de Recoletos",
                         text=text1, client="gmail")
    sent2 = T(MAD, 2026, 4, 16, 12, 47, 3, "jueves")
    m2 = google_invite(
        seed=seed + "2", sent=sent2.astimezone(UTC), organizer=ele,
        subject_summary="Entrevista RR. HH. - Hotel Operations Manager (Álvaro Membrillo)",
        start=hr, end=hr + timedelta(minutes=30),
        guests=[(ele[0], ele[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
        description="Primera entrevista con Elena Sáez (RR. HH.) para la posición de Hotel Operations Manager.",
        lang="es", display_tz=MAD, display_tz_label="Hora de verano de Europa central - Madrid")
    sent3 = T(MAD, 2026, 4, 22, 17, 5, 49, "miércoles")
    text3 = ("Estimado Álvaro:\n\n"
             "Muchas gracias por la conversación de ayer. Nuestro director general, Ignacio Larrañaga, quiere "
             "conocerle en persona. Le esperamos el martes 28 a las 11:00 h en la recepción del hotel (Paseo de "
             "Recoletos, 41).\n\n"
             "La entrevista será con Ignacio y con Carmen Oliva, directora de División de Habitaciones (ambos en "
             "copia), e incluirá una visita por el hotel: habitaciones, office de pisos, cocinas y zona de "
             "eventos. Calcule unas dos horas en total.\n\n"
             "Le ruego que me confirme su asistencia.\n\n"
             "Un saludo,\n\nElena Sáez Villar\nResponsable de Recursos Humanos\nCastellana Hoteles & Resorts\n\n"
             f"El jue, 16 abr 2026 a las 12:40, Elena Sáez Villar (<{ele[1]}>) escribió:\n"
             + quote("Nos gustaría tener una primera entrevista con usted por videollamada el próximo martes 21 "
                     "de abril a las 10:00 h.") + "\n")
    m3, _ = plain_mail(seed=seed + "3", sent=sent3, sender=ele, to=[ME_SHORT], cc=[ign, car],
                       subject="Segunda entrevista - Hotel Palacio de Recoletos", text=text3, client="gmail",
                       in_reply_to=id1)
    items = [("01-primera-entrevista-rrhh.eml", m1), ("02-invitacion-meet-rrhh.eml", m2),
             ("03-segunda-entrevista-director.eml", m3)]
    label = lab([
        iv("Castellana Hoteles & Resorts", "Hotel Operations Manager", hr, hr + timedelta(minutes=30),
           "scheduled", [ele[1]], [ele[1]], "phone_screen"),
        iv("Castellana Hoteles & Resorts", "Hotel Operations Manager", gm, gm + timedelta(hours=2),
           "scheduled", [ign[1], car[1]], [ign[1], car[1]], "onsite"),
    ], "hard", "positive/two-interviews-hr-then-gm-onsite",
        "Two interviews: (1) HR video screen Tue 21 Apr 10:00-10:30 with Elena (mail + Google invite = one); "
        "(2) in-person interview with the GM and the rooms-division director incl. hotel tour, 'el martes 28 "
        "a las 11:00', ~2 h -> 11:00-13:00 CEST, two interviewers -> onsite. Elena only coordinates round 2.")
    return items, label


# ---------------------------------------------------------------------------- 08
@case("linkedin-dubai-manana")
def c08(seed):
    han = ("Hannah Lowell", "hannah.lowell@desertpearl.example")
    sent1 = T(UTC, 2026, 4, 30, 7, 55, 12, "Thursday")
    text1 = ("Hannah Lowell le ha enviado un mensaje InMail\n\n"
             "Hannah Lowell\nTalent Acquisition Lead at Desert Pearl Hotels & Resorts\n\n"
             "Operations Manager opportunity - Desert Pearl Marina, Dubai\n\n"
             "Hi Álvaro,\n\n"
             "I came across your profile and your experience running operations for a 200-room city hotel in "
             "Madrid stood out. We are hiring a Hotel Operations Manager for Desert Pearl Marina, our new "
             "property opening in Dubai this autumn (full relocation package).\n\n"
             "Would you be open to a short call next week? Feel free to reply here or email me.\n\n"
             "Best,\nHannah\n\n"
             "Responder: https://www.linkedin.com/messaging/thread/2-" + hx(seed + "thr", 24) + "\n\n"
             "----------------------------------------\n"
             f"Este email está dirigido a Álvaro Membrillo ({OWNER}).\n"
             "Recibes mensajes InMail. Darse de baja: https://www.linkedin.com/comm/psettings/message-preferences\n"
             "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n")
    m1, id1 = plain_mail(seed=seed + "1", sent=sent1, sender=("Hannah Lowell vía LinkedIn", "inmail-hit-reply@linkedin.com"),
                         to=[("Álvaro Membrillo", OWNER)],
                         subject="Operations Manager opportunity - Desert Pearl Marina, Dubai", text=text1,
                         client="gmail",
                         msgid=f"<{digits(seed + 'li', 10)}.{digits(seed + 'li2', 5)}.{digits(seed + 'li3', 13)}@ltx1-app{digits(seed + 'li4', 4)}.prod.linkedin.com>",
                         received=f"from mailb-ea.linkedin.com (mailb-ea.linkedin.com [108.174.3.{digits(seed + 'ip', 2)}])\n"
                                  f"        by mx.example.com with ESMTPS id {letters(seed + 'r1', 12)}\n"
                                  f"        for <{OWNER}>; {rfc(sent1 + timedelta(seconds=3))}",
                         extra_headers=[("X-LinkedIn-Class", "INMAIL"),
                                        ("X-LinkedIn-Template", "inmail_with_reply_v2"),
                                        ("X-LinkedIn-fbl", hx(seed + "fbl", 32))])
    sent2 = T(DXB, 2026, 5, 4, 14, 12, 36, "Monday")
    call = T(MAD, 2026, 5, 5, 9, 30, wd="martes")
    assert call.astimezone(DXB).hour == 11 and call.astimezone(DXB).minute == 30
    mine_t = T(MAD, 2026, 5, 4, 11, 3, wd="lunes")
    mine = ("Hi Hannah,\n\nThank you for reaching out on LinkedIn - I'd be happy to talk about the role. "
            "Would tomorrow at 9:30 (Madrid time) suit you? My mobile is +34 612 48 90 37.\n\n"
            "Best regards,\nÁlvaro Membrillo")
    text2 = ("Hi Álvaro,\n\n"
             "Great to connect here rather than on LinkedIn. Tomorrow at 9:30 your time works perfectly for me "
             "(that's 11:30 here in Dubai). I'll call you on +34 612 48 90 37 - it'll be around 30 minutes, "
             "mostly about your background and how you feel about relocating.\n\n"
             "Speak soon,\nHannah\n\n"
             "Hannah Lowell | Talent Acquisition Lead | Desert Pearl Hotels & Resorts\n"
             "Dubai Marina, UAE | +971 4 555 0192\n\n"
             f"On Mon, 4 May 2026 at {hm(mine_t.astimezone(DXB))}, Álvaro Membrillo <{OWNER}> wrote:\n"
             + quote(mine) + "\n")
    mine_id = f"<CA{hx(seed + 'mine', 30)}@mail.gmail.com>"
    m2, _ = plain_mail(seed=seed + "2", sent=sent2, sender=han, to=[ME_SHORT],
                       subject="Re: Operations Manager opportunity - Desert Pearl Marina", text=text2,
                       client="gmail", in_reply_to=mine_id)
    items = [("01-linkedin-inmail.eml", m1), ("02-re-call-tomorrow.eml", m2)]
    label = lab([iv("Desert Pearl Hotels & Resorts", "Hotel Operations Manager", call,
                    call + timedelta(minutes=30), "scheduled", [han[1]], [han[1]], "phone_screen")],
                "hard", "positive/linkedin-then-relative-date",
                "LinkedIn InMail has no time; the recruiter's reply (Date Mon 4 May 2026 14:12 +0400) confirms "
                "'tomorrow at 9:30 your time (11:30 here in Dubai)' -> Tue 5 May 09:30 CEST = 07:30 UTC, "
                "~30 min. Recruiter conducts the screen.")
    return items, label


# ---------------------------------------------------------------------------- 09
@case("gcal-json-mallorca")
def c09(seed):
    xis = ("Xisca Ferrer", "xisca.ferrer@tramuntanahotels.example")
    miq = ("Miquel Bauzà", "miquel.bauza@tramuntanahotels.example")
    start = T(MAD, 2026, 5, 12, 18, 0, wd="martes")
    end = start + timedelta(minutes=45)
    code = meet_code(seed)
    eid = letters(seed + "id", 26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits(seed + 'etag', 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-05-06T08:31:00.000Z",
        "updated": "2026-05-06T08:33:41.502Z",
        "summary": "Entrevista Subdirector/a de Operaciones - Álvaro Membrillo",
        "description": ("Entrevista por Google Meet con Miquel Bauzà, Director de Operaciones de Tramuntana "
                        "Hotels (Palma). Duración: 45 minutos.\n\nCualquier cambio, escríbeme a "
                        "xisca.ferrer@tramuntanahotels.example.\n\nXisca Ferrer - Selección"),
        "creator": {"email": xis[1], "displayName": xis[0]},
        "organizer": {"email": xis[1], "displayName": xis[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Europe/Madrid"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Europe/Madrid"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": xis[1], "displayName": xis[0], "organizer": True, "responseStatus": "accepted"},
            {"email": miq[1], "displayName": miq[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": f"https://meet.google.com/{code}",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                 "label": f"meet.google.com/{code}"},
                {"entryPointType": "phone", "uri": "tel:+34-910-48-72-15", "label": "+34 910 48 72 15",
                 "pin": digits(seed + "pin", 9), "regionCode": "ES"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": code,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    items = [("01-entrevista-tramuntana.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")]
    label = lab([iv("Tramuntana Hotels", "Subdirector/a de Operaciones", start, end, "scheduled",
                    [miq[1]], [miq[1]], "hiring_manager")],
                "easy", "positive/calendar-api-json",
                "Single Calendar API event (self: true). Organizer Xisca schedules; the interviewer is Miquel "
                "Bauzà. 12 May 18:00-18:45 CEST.")
    return items, label


# ---------------------------------------------------------------------------- 10
@case("greenhouse-malaga-sin-email-entrevistador")
def c10(seed):
    lau = ("Laura Fenn", "laura.fenn@harbourlinehotels.example")
    start = T(MAD, 2026, 6, 3, 14, 0, wd="Wednesday")
    end = start + timedelta(hours=1)
    sent = T(UTC, 2026, 5, 27, 9, 12, 44, "Wednesday")
    zoom = "https://harbourline.zoom.example/j/" + digits(seed + "zm", 11)
    text = ("Hi Álvaro,\n\n"
            "Thank you for scheduling your interview with Harbourline Hotels! Here are the details:\n\n"
            "Position: Operations Manager - Harbourline Málaga\n"
            "Date: Wednesday, June 3, 2026\n"
            "Time: 2:00 PM - 3:00 PM CEST (Europe/Madrid)\n"
            f"Location: Zoom - {zoom}\n\n"
            "Interviewer(s):\n"
            "Thomas Achterberg - Area Director of Operations, Southern Europe\n\n"
            "If you need to reschedule, please reply to this email or contact Laura Fenn at "
            "laura.fenn@harbourlinehotels.example.\n\n"
            "We've attached a calendar invitation for your convenience.\n\n"
            "Best,\nThe Harbourline Hotels Recruiting Team\n\n"
            "Powered by Greenhouse\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Interview Scheduler//EN",
               "METHOD:REQUEST", "BEGIN:VEVENT",
               f"UID:interview-{digits(seed + 'uid', 9)}@greenhouse.io",
               f"DTSTAMP:{z(sent)}", f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
               "SUMMARY:Interview with Harbourline Hotels - Operations Manager - Harbourline Málaga",
               "DESCRIPTION:" + ics_esc("Interviewer(s): Thomas Achterberg - Area Director of Operations\n"
                                        f"Join Zoom: {zoom}"),
               f"LOCATION:{zoom}",
               "ORGANIZER;CN=Harbourline Hotels:mailto:no-reply@greenhouse.io",
               f"ATTENDEE;CN=Álvaro Membrillo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    bm = "----=_Part_" + digits(seed + "p", 7) + "_" + digits(seed + "p2", 9) + "." + digits(seed + "p3", 13)
    ba = "----=_Part_" + digits(seed + "q", 7) + "_" + digits(seed + "q2", 9) + "." + digits(seed + "q3", 13)
    alt = multipart("alternative", ba, [
        leaf("text/plain; charset=UTF-8", text),
        leaf("text/html; charset=UTF-8", to_html(text, "Helvetica, Arial, sans-serif")),
    ])
    root = multipart("mixed", bm, [
        alt,
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="interview.ics"', cal, "base64",
             disposition='attachment; filename="interview.ics"'),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", f"from o{digits(seed + 'o', 3)}.sendgrid.greenhouse.io (o{digits(seed + 'o', 3)}.sendgrid.greenhouse.io [167.89.{digits(seed + 'ip', 2)}.{digits(seed + 'ip2', 2)}])\n"
                     f"        by mx.example.com with ESMTPS id {letters(seed + 'rid', 12)}\n"
                     f"        for <{OWNER}>; {rfc(sent + timedelta(seconds=2))}"),
        ("From", "Harbourline Hotels <no-reply@greenhouse.io>"),
        ("Reply-To", addr(*lau)),
        ("To", addr("Álvaro Membrillo", OWNER)),
        ("Subject", hdr("Interview Confirmation: Operations Manager - Harbourline Málaga")),
        ("Date", rfc(sent)),
        ("Message-ID", f"<{hx(seed + 'mid', 24)}.{digits(seed + 'mid2', 6)}@greenhouse.io>"),
        ("X-Mailer", "Greenhouse"),
    ]
    items = [("01-greenhouse-interview-confirmation.eml", message(headers, root))]
    label = lab([iv("Harbourline Hotels", "Operations Manager", start, end, "scheduled",
                    [], [lau[1]], "hiring_manager")],
                "medium", "positive/ats-confirmation-no-interviewer-address",
                "Greenhouse no-reply confirmation with .ics in UTC (12:00Z = 14:00 CEST). The interviewer "
                "is named but his address never appears, so interviewer_emails is empty and the follow-up goes "
                "to the human recruiter in Reply-To / the text, never no-reply@greenhouse.io.")
    return items, label


# ---------------------------------------------------------------------------- 11
@case("jornada-entrevistas-barcelona")
def c11(seed):
    nur = ("Núria Puig", "nuria.puig@mediterraneoazul.example")
    jor = ("Jordi Casals", "jordi.casals@mediterraneoazul.example")
    mon = ("Montse Vidal", "montse.vidal@mediterraneoazul.example")
    alb = ("Albert Roig", "albert.roig@mediterraneoazul.example")
    day = (2026, 6, 10)
    s1 = T(MAD, *day, 10, 0, wd="miércoles")
    e1 = T(MAD, *day, 10, 45)
    s2 = T(MAD, *day, 11, 0)
    e2 = T(MAD, *day, 11, 45)
    s3 = T(MAD, *day, 12, 0)
    e3 = T(MAD, *day, 12, 45)
    role = "Director/a Adjunto/a de Operaciones"
    sent = T(MAD, 2026, 6, 3, 16, 20, 2, "miércoles")
    text = ("Estimado Álvaro:\n\n"
            f"Como le avancé por teléfono, le invitamos a la jornada de entrevistas para el puesto de {role} "
            "del Hotel Mediterráneo Azul Barcelona, el miércoles 10 de junio. El programa es el siguiente:\n\n"
            "10:00 - 10:45  Entrevista con Núria Puig (Responsable de Selección) y Jordi Casals (Director de "
            "Operaciones)\n"
            "11:00 - 11:45  Recorrido operativo por el hotel con Montse Vidal (Directora de Alojamiento), en el "
            "que le plantearemos algunos casos prácticos\n"
            "12:00 - 12:45  Entrevista final con Albert Roig (Director General)\n\n"
            "Le esperamos a las 9:50 en la recepción del hotel (Passeig de Colom, 18, Barcelona). Le enviamos "
            "por separado las convocatorias de las dos entrevistas para su calendario.\n\n"
            "Todos ellos van en copia por si necesita contactar con alguno.\n\n"
            "Salutacions / Un saludo,\n\nNúria Puig\nResponsable de Selección\nHoteles Mediterráneo Azul\n")
    m1, _ = plain_mail(seed=seed + "1", sent=sent, sender=nur, to=[ME_SHORT], cc=[jor, mon, alb],
                       subject=f"Jornada de entrevistas - {role} - Hotel Mediterráneo Azul Barcelona",
                       text=text)

    def outlook_ics(sub, st, en, atts, desc, sd):
        uid = "040000008200E00074C5B7101A82E00800000000" + hx(sd, 64).upper()
        ev = ["BEGIN:VEVENT", f"ORGANIZER;CN={nur[0]}:mailto:{nur[1]}"]
        for n, e in atts:
            ev.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
        ev += [f"DESCRIPTION;LANGUAGE=es-ES:{ics_esc(desc)}", f"UID:{uid}",
               f"SUMMARY;LANGUAGE=es-ES:{ics_esc(sub)}",
               f"DTSTART;TZID=Romance Standard Time:{loc(st)}", f"DTEND;TZID=Romance Standard Time:{loc(en)}",
               "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{z(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
               "SEQUENCE:0",
               "LOCATION;LANGUAGE=es-ES:Hotel Mediterráneo Azul Barcelona - Passeig de Colom\\, 18",
               "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
               "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
               "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
               "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
               "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
               "END:VALARM", "END:VEVENT"]
        return ics(["BEGIN:VCALENDAR", "METHOD:REQUEST",
                    "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0"]
                   + VTZ["Romance Standard Time"] + ev + ["END:VCALENDAR"])

    i2 = outlook_ics(f"Entrevista {role} - Álvaro Membrillo (RR. HH. y Operaciones)", s1, e1,
                     [(OWNER_NAME, OWNER), jor, ],
                     "Primera entrevista de la jornada con Núria Puig y Jordi Casals.", seed + "i2")
    i3 = outlook_ics(f"Entrevista final {role} - Álvaro Membrillo (Director General)", s3, e3,
                     [(OWNER_NAME, OWNER), alb],
                     "Entrevista final con Albert Roig, Director General. Antes, recorrido operativo con "
                     "Montse Vidal (11:00-11:45).", seed + "i3")
    items = [("01-jornada-entrevistas.eml", m1), ("02-entrevista-rrhh-operaciones.ics", i2),
             ("03-entrevista-director-general.ics", i3)]
    label = lab([iv("Hoteles Mediterráneo Azul", role, s1, e3, "scheduled",
                    [nur[1], jor[1], mon[1], alb[1]], [nur[1], jor[1], mon[1], alb[1]], "onsite")],
                "hard", "positive/same-day-loop-onsite",
                "Same-day in-person loop (itinerary mail + two standalone Outlook .ics for sessions 1 and 3): "
                "ONE onsite from 10:00 (first session, not the 9:50 arrival) to 12:45, with all four session "
                "leads. Núria both coordinates and co-conducts session 1, so she is an interviewer; Montse's "
                "hotel walk-through includes practical cases (an evaluated session).")
    return items, label


# ---------------------------------------------------------------------------- 12
@case("reenvio-referido-valencia")
def c12(seed):
    pab = ("Pablo Ibarra", "pablo.ibarra@fastmail.example")
    ine = ("Inés Zubiri", "ines.zubiri@hotelesturia.example")
    start = T(MAD, 2026, 5, 22, 13, 0, wd="viernes")
    sent1 = T(MAD, 2026, 5, 11, 20, 14, 30, "lunes")
    inner_t = T(MAD, 2026, 5, 11, 18, 2, wd="lunes")
    text1 = ("Álvaro, mira lo que me contesta Inés. Escríbele directamente, que ya sabe quién eres.\n\n"
             "Un abrazo,\nPablo\n\n"
             "---------- Forwarded message ---------\n"
             f"De: {ine[0]} <{ine[1]}>\n"
             f"Date: lun, 11 may 2026 a las {hm(inner_t)}\n"
             "Subject: Re: Director de Operaciones - tu amigo Álvaro\n"
             f"To: {pab[0]} <{pab[1]}>\n\n\n"
             "Hola, Pablo:\n\n"
             "Gracias por pasarme su CV, tiene muy buena pinta. Estamos buscando un Director de Operaciones para "
             "nuestros tres hoteles de Valencia. Dile que me escriba a este correo y buscamos un hueco para una "
             "primera entrevista aquí en las oficinas, la semana que viene o la siguiente.\n\n"
             "Un abrazo,\nInés\n\n"
             "--\nInés Zubiri\nDirectora de Operaciones | Hoteles Turia\n")
    m1, id1 = plain_mail(seed=seed + "1", sent=sent1, sender=pab, to=[ME_SHORT],
                         subject="Fwd: Director de Operaciones - tu amigo Álvaro", text=text1, client="gmail")
    my_t = T(MAD, 2026, 5, 12, 8, 55, wd="martes")
    assert T(MAD, 2026, 5, 25, wd="lunes")
    mine = ("Buenos días, Inés:\n\n"
            "Pablo Ibarra me ha reenviado su correo; muchas gracias por el interés. Me encantaría conocerla y "
            "saber más sobre el puesto de Director de Operaciones. Podría ir a Valencia el viernes 22 de mayo "
            "a partir de las 12:00 o el lunes 25 por la mañana.\n\n"
            "Un saludo,\nÁlvaro Membrillo")
    sent2 = T(MAD, 2026, 5, 13, 9, 26, 11, "miércoles")
    text2 = ("Buenos días, Álvaro:\n\n"
             "Perfecto, quedamos el viernes 22 a las 13:00 en nuestras oficinas centrales (C/ Colón, 14, 4.º, "
             "Valencia) para una primera entrevista. Pregunte por mí en recepción.\n\n"
             "Un saludo,\n\nInés Zubiri\nDirectora de Operaciones | Hoteles Turia\nT. +34 963 52 18 40\n\n"
             "________________________________\n"
             f"De: Álvaro Membrillo <{OWNER}>\n"
             f"Enviado: {fecha_es(my_t)} {hm(my_t)}\n"
             f"Para: {ine[0]} <{ine[1]}>\n"
             "Asunto: Director de Operaciones - Hoteles Turia\n\n" + mine + "\n")
    mine_id = f"<CA{hx(seed + 'mine', 30)}@mail.gmail.com>"
    m2, _ = plain_mail(seed=seed + "2", sent=sent2, sender=ine, to=[ME_SHORT],
                       subject="RE: Director de Operaciones - Hoteles Turia", text=text2, in_reply_to=mine_id)
    items = [("01-fwd-referido.eml", m1), ("02-re-quedamos-viernes.eml", m2)]
    label = lab([iv("Hoteles Turia", "Director de Operaciones", start, None, "scheduled",
                    [ine[1]], [ine[1]], "hiring_manager")],
                "medium", "positive/referral-forward-then-thread",
                "Forwarded referral (no time) then the hiring director confirms 'el viernes 22 a las 13:00' "
                "in person in Valencia; no duration given -> end null. Pablo (the referrer) is neither "
                "interviewer nor follow-up recipient.")
    return items, label


# ---------------------------------------------------------------------------- 13
@case("cancun-teams-chetumal")
def c13(seed):
    mar = ("Mariana Chablé", "mariana.chable@caribesolaz.example")
    rod = ("Rodrigo Canul", "rodrigo.canul@caribesolaz.example")
    start = T(CUN, 2026, 3, 31, 10, 0, wd="martes")
    end = start + timedelta(hours=1)
    assert start.astimezone(MAD).hour == 17
    sent = T(CUN, 2026, 3, 25, 12, 40, 19, "miércoles")
    body = ("Estimado Álvaro:\n\n"
            "Por medio de la presente le confirmo su entrevista con el Lic. Rodrigo Canul, Director General de "
            "Solaz Tulum, para la posición de Gerente de Operaciones (Resident Manager). La reunión será a las "
            "10:00 h de Cancún, que son las 17:00 h en Madrid.\n\n"
            "Quedo atenta a cualquier duda.\n\nSaludos cordiales,\n\n"
            "Mariana Chablé\nReclutamiento y Selección | Caribe Solaz Resorts\nCancún, Quintana Roo, México")
    m, _ = exchange_invite(
        seed=seed, sent=sent, sender=mar, to=[ME, rod],
        subject="Entrevista Gerente de Operaciones - Solaz Tulum / Álvaro Membrillo",
        tzid="Eastern Standard Time (Mexico)", start=start, end=end, lang="es", body=body,
        location="Reunión de Microsoft Teams",
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                   (rod[0], rod[1], "REQ-PARTICIPANT", "NEEDS-ACTION")])
    items = [("01-reunion-teams-cancun.eml", m)]
    label = lab([iv("Caribe Solaz Resorts", "Gerente de Operaciones (Resident Manager)", start, end,
                    "scheduled", [rod[1]], [rod[1]], "hiring_manager")],
                "hard", "positive/teams-invite-cancun-no-dst",
                "Teams invite from Mexico in 'Eastern Standard Time (Mexico)' / '(UTC-05:00) Chetumal' (Cancún, "
                "no DST): 10:00-05:00 = 15:00 UTC = 17:00 CEST, two days after the EU change.")
    return items, label


# ============================================================================= NEGATIVES
@case("auditoria-calidad-hotel-actual")
def c14(seed):
    aud = ("Alberto Gil Moreno", "agil@normaq-auditores.example")
    gm = ("Sofía Requena", "sofia.requena@arenalgranvia.example")
    start = T(MAD, 2026, 1, 29, 9, 0, wd="jueves")
    end = T(MAD, 2026, 1, 29, 14, 0)
    sent = T(MAD, 2026, 1, 19, 10, 5, 51, "lunes")
    body = ("Estimado Sr. Membrillo:\n\n"
            "Le confirmo la visita de auditoría de renovación de la marca Q de Calidad Turística del Hotel "
            "Arenal Gran Vía. El plan previsto es:\n\n"
            "09:00  Reunión de apertura con Dirección\n"
            "09:30  Revisión de procesos: recepción, pisos, mantenimiento y A&B\n"
            "12:00  Entrevistas con los responsables de departamento y con usted como Hotel Operations Manager\n"
            "13:30  Reunión de cierre y comunicación de no conformidades\n\n"
            "Le ruego que tenga disponibles los registros de satisfacción del cliente, el plan de mantenimiento "
            "preventivo y las actas del comité de calidad de 2025.\n\n"
            "Atentamente,\n\nAlberto Gil Moreno\nAuditor jefe · Norma Q Auditores")
    m, _ = exchange_invite(
        seed=seed, sent=sent, sender=aud, to=[ME, gm],
        subject="Auditoría de renovación Q de Calidad Turística - Hotel Arenal Gran Vía",
        tzid="Romance Standard Time", start=start, end=end, lang="es", body=body,
        location="Hotel Arenal Gran Vía - Sala Alcalá", teams=False,
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                   (gm[0], gm[1], "REQ-PARTICIPANT", "NEEDS-ACTION")])
    return [("01-auditoria-calidad.eml", m)], lab(
        [], "hard", "negative/quality-audit-at-current-hotel",
        "Outlook invite for a quality-certification audit at the user's current hotel; the audit includes "
        "'entrevistas con los responsables de departamento y con usted' - a non-job interview.")


@case("cata-vinos-proveedor")
def c15(seed):
    luc = ("Lucía Arranz", "lucia.arranz@bodegasvaldemonte.example")
    hec = ("Héctor Sanz", "hector.sanz@bodegasvaldemonte.example")
    start = T(MAD, 2026, 2, 17, 18, 30, wd="martes")
    end = start + timedelta(minutes=90)
    eid = letters(seed + "id", 26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits(seed + 'etag', 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-02-09T12:14:00.000Z",
        "updated": "2026-02-10T08:02:19.118Z",
        "summary": "Cata Bodegas Valdemonte - propuesta carta Hotel Arenal Gran Vía",
        "description": ("Hola Álvaro: como quedamos, te esperamos en nuestra bodega urbana de Chamberí para la "
                        "cata de la nueva añada y la propuesta para la carta del restaurante y el room service.\n\n"
                        "Vendrá también nuestro enólogo, Héctor Sanz, y si te parece aprovecharemos para grabar "
                        "una breve entrevista para el blog de la bodega sobre maridaje en hoteles.\n\n"
                        "¡Le esperamos! Un saludo,\nLucía Arranz - Responsable de Canal HORECA"),
        "location": "Bodegas Valdemonte - Espacio Chamberí, C/ de Fernández de los Ríos, 40, Madrid",
        "creator": {"email": luc[1], "displayName": luc[0]},
        "organizer": {"email": luc[1], "displayName": luc[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Europe/Madrid"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Europe/Madrid"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 1,
        "attendees": [
            {"email": luc[1], "displayName": luc[0], "organizer": True, "responseStatus": "accepted"},
            {"email": hec[1], "displayName": hec[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    return [("01-cata-valdemonte.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")], lab(
        [], "medium", "negative/supplier-wine-tasting",
        "Calendar API event from a wine supplier: tasting for the hotel's wine list, plus a blog "
        "'entrevista' about food pairing (press-style, not a job interview). User attends as buyer.")


@case("fitur-agenda-b2b")
def c16(seed):
    sent = T(MAD, 2026, 1, 16, 13, 0, 0, "viernes")
    mtgs = [
        (T(MAD, 2026, 1, 21, 11, 0, wd="miércoles"), 30, "Reunión B2B: Nordsol Reisen (turoperador, Alemania)",
         "Stand 3C12 - Pabellón 3", "Reunión de negocio con Jens Albrecht (Contracting Manager) para cupos de verano 2026."),
        (T(MAD, 2026, 1, 21, 12, 30, wd="miércoles"), 20, "Entrevista Revista Hospitalia Hoy - operaciones sostenibles",
         "Zona de prensa - Pabellón 10", "Entrevista de prensa de 20 minutos sobre la gestión sostenible del Hotel Arenal Gran Vía."),
        (T(MAD, 2026, 1, 22, 10, 0, wd="jueves"), 30, "Reunión B2B: Viajes Atalaya DMC",
         "Mesa 27 - Área B2B, Pabellón 8", "Presentación de producto MICE y grupos con Rocío Atienza."),
    ]
    text = ("Estimado/a Álvaro Membrillo (Hotel Arenal Gran Vía):\n\n"
            "Estas son sus reuniones confirmadas en la plataforma de citas profesionales de FITUR 2026 "
            "(IFEMA MADRID, 21-25 de enero):\n\n"
            + "\n".join(f"- {fecha_es(s)}, {hm(s)} h ({d} min): {t} - {l}" for s, d, t, l, _ in mtgs)
            + "\n\nAdjuntamos el archivo de calendario con toda su agenda.\n\n"
            "Visite también FITUR Talent, el espacio dedicado al empleo y la formación en turismo "
            "(Pabellón 10), con charlas como \"Cómo preparar una entrevista en hostelería\".\n\n"
            "Equipo FITUR B2B Meetings\nEste mensaje se ha generado automáticamente. No responda a este correo.\n")
    evs = []
    for i, (s, d, t, l, desc) in enumerate(mtgs):
        evs += ["BEGIN:VEVENT", f"UID:fitur2026-{digits(seed + str(i), 8)}@fiturb2b.example",
                f"DTSTAMP:{z(sent)}", f"DTSTART;TZID=Europe/Madrid:{loc(s)}",
                f"DTEND;TZID=Europe/Madrid:{loc(s + timedelta(minutes=d))}",
                f"SUMMARY:{ics_esc(t)}", f"LOCATION:{ics_esc(l + ', IFEMA MADRID')}",
                f"DESCRIPTION:{ics_esc(desc)}",
                "ORGANIZER;CN=FITUR B2B Meetings:mailto:no-reply@fiturb2b.example",
                f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
                "STATUS:CONFIRMED", "END:VEVENT"]
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//FITUR B2B Meetings//Agenda 2026//ES",
               "METHOD:PUBLISH", "X-WR-CALNAME:FITUR 2026 - Mi agenda"] + VTZ["Europe/Madrid"] + evs
              + ["END:VCALENDAR"])
    m, _ = plain_mail(seed=seed + "1", sent=sent, sender=("FITUR B2B Meetings", "no-reply@fiturb2b.example"),
                      to=[("", OWNER)], subject="FITUR 2026 - Su agenda de reuniones confirmadas",
                      text=text, client="gmail",
                      msgid=f"<{hx(seed + 'm', 20)}@fiturb2b.example>",
                      received=f"from smtp.fiturb2b.example (smtp.fiturb2b.example [195.53.{digits(seed + 'i', 2)}.7])\n"
                               f"        by mx.example.com with ESMTPS id {letters(seed + 'r', 12)}\n"
                               f"        for <{OWNER}>; {rfc(sent + timedelta(seconds=5))}")
    return [("01-fitur-agenda.eml", m), ("02-fitur-agenda.ics", cal)], lab(
        [], "hard", "negative/trade-fair-b2b-agenda",
        "FITUR B2B agenda (mail + standalone multi-event .ics): business meetings plus a press 'Entrevista' "
        "with a trade magazine, and a FITUR Talent mention. The user represents his current hotel; no "
        "hiring process.")


@case("oposiciones-primer-ejercicio")
def c17(seed):
    sent = T(MAD, 2026, 4, 24, 8, 0, 3, "viernes")
    exam = T(MAD, 2026, 5, 16, 10, 0, wd="sábado")
    text = ("Comunidad de Madrid\nNotificación electrónica - Procesos selectivos\n\n"
            "Estimado/a aspirante: ÁLVARO MEMBRILLO SANTAMARÍA\n\n"
            "Le informamos de que se ha publicado en el Boletín Oficial de la Comunidad de Madrid la relación "
            "definitiva de aspirantes admitidos y excluidos en las pruebas selectivas para el acceso al Cuerpo "
            "de Técnicos de Gestión, escala de Turismo, turno libre.\n\n"
            "Por la misma resolución se convoca a los aspirantes admitidos, en llamamiento único, a la "
            f"realización del primer ejercicio de la fase de oposición, que tendrá lugar el {fecha_es(exam)}, "
            "a las 10:00 horas, en la Facultad de Ciencias Económicas y Empresariales (Campus de Somosaguas, "
            "Pozuelo de Alarcón).\n\n"
            "El ejercicio consistirá en un cuestionario tipo test de 100 preguntas, con una duración de 90 "
            "minutos. Los aspirantes deberán ir provistos de DNI, NIE o pasaporte y bolígrafo azul o negro.\n\n"
            "Puede consultar la resolución completa en la sede electrónica.\n\n"
            "Este es un mensaje automático; no responda a esta dirección.\n")
    m, _ = plain_mail(seed=seed + "1", sent=sent,
                      sender=("Comunidad de Madrid - Notificaciones", "notificaciones@sede-madrid.example"),
                      to=[("", OWNER)],
                      subject="Procesos selectivos: convocatoria al primer ejercicio - Técnicos de Gestión, escala de Turismo",
                      text=text, client="gmail", msgid=f"<{hx(seed + 'm', 24)}@sede-madrid.example>",
                      received=f"from correo.sede-madrid.example (correo.sede-madrid.example [81.33.{digits(seed + 'i', 2)}.4])\n"
                               f"        by mx.example.com with ESMTPS id {letters(seed + 'r', 12)}\n"
                               f"        for <{OWNER}>; {rfc(sent + timedelta(seconds=6))}")
    return [("01-convocatoria-primer-ejercicio.eml", m)], lab(
        [], "medium", "negative/public-employment-exam",
        "Oposiciones call to a written multiple-choice exam with a fixed date and time: a public-employment "
        "selection test, not a live interview.")


@case("reunion-delegada-sindical")
def c18(seed):
    roc = ("Rocío Benítez", "rocio.benitez@arenalgranvia.example")
    start = T(MAD, 2026, 4, 8, 12, 30, wd="miércoles")
    end = start + timedelta(hours=1)
    sent = T(MAD, 2026, 3, 30, 9, 12, 33, "lunes")
    body = ("Buenos días, Álvaro:\n\n"
            "Como delegada de personal del comité de empresa, te convoco a una reunión para revisar el "
            "cuadrante de turnos de verano y el calendario de las entrevistas de evaluación del desempeño del "
            "personal de pisos, que según el convenio deben comunicarse con quince días de antelación.\n\n"
            "Si no te viene bien, proponme otro hueco esta misma semana.\n\n"
            "Un saludo,\nRocío Benítez\nDelegada sindical - Comité de Empresa Hotel Arenal Gran Vía")
    m, _ = exchange_invite(
        seed=seed, sent=sent, sender=roc, to=[ME],
        subject="Reunión delegada sindical - turnos de verano y entrevistas de evaluación de pisos",
        tzid="Romance Standard Time", start=start, end=end, lang="es", body=body,
        location="Reunión de Microsoft Teams",
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    return [("01-reunion-teams-delegada.eml", m)], lab(
        [], "medium", "negative/union-delegate-meeting",
        "Internal Teams meeting with the union delegate at the user's current hotel about shifts and staff "
        "performance-review 'entrevistas'; not a hiring process for the user.")


@case("infojobs-candidatura-en-proceso")
def c19(seed):
    sent = T(MAD, 2026, 1, 20, 18, 22, 9, "martes")
    text = ("Hola Álvaro,\n\n"
            "Hay novedades en tu candidatura:\n\n"
            "Director/a de Hotel - Costa del Sol\nHoteles Bahía Dorada · Marbella (Málaga)\n"
            "Inscrito el 12/01/2026\n\n"
            "Nuevo estado: EN PROCESO\n\n"
            "¿Qué significa? La empresa está valorando tu perfil y podría ponerse en contacto contigo para "
            "concertar una entrevista.\n\n"
            "Mientras tanto, prepárate: Consejos para tu entrevista de trabajo en hostelería "
            "https://www.infojobs.net/guia/entrevista-de-trabajo\n\n"
            "Ver mi candidatura: https://www.infojobs.net/candidate/applications/detail.xhtml?id=" + digits(seed + "a", 9) + "\n\n"
            "--\nEste mensaje se ha enviado automáticamente, por favor no respondas a este correo.\n"
            "InfoJobs · Adevinta Spain, S.L.U.\n")
    m, _ = plain_mail(seed=seed + "1", sent=sent, sender=("InfoJobs", "notificaciones@infojobs.net"),
                      to=[("", OWNER)], subject="Novedades en tu candidatura: Director/a de Hotel - Costa del Sol",
                      text=text, client="gmail", msgid=f"<{hx(seed + 'ijm', 20)}.{digits(seed + 'ijn', 10)}@mailing.infojobs.net>",
                      received=f"from mailing.infojobs.net (mailing.infojobs.net [185.{digits(seed + 'a2', 2)}.{digits(seed + 'b2', 2)}.20])\n"
                               f"        by mx.example.com with ESMTPS id {letters(seed + 'r1', 12)}\n"
                               f"        for <{OWNER}>; {rfc(sent + timedelta(seconds=4))}",
                      extra_headers=[("List-Unsubscribe", "<https://www.infojobs.net/candidate/settings/notifications>"),
                                     ("X-Campaign", "candidate-application-status")])
    return [("01-infojobs-estado-en-proceso.eml", m)], lab(
        [], "medium", "negative/application-status-update",
        "InfoJobs status change to 'En proceso' saying the company 'podría' contact him for an interview, "
        "plus interview-tips link; nothing booked.")


@case("rechazo-tras-entrevista")
def c20(seed):
    ire = ("Irene Solana", "irene.solana@hotelesguadarrama.example")
    past = T(MAD, 2026, 5, 7, wd="jueves")
    sent = T(MAD, 2026, 5, 11, 13, 48, 20, "lunes")
    text = ("Estimado Álvaro:\n\n"
            f"Le agradecemos sinceramente el tiempo dedicado a la entrevista del pasado jueves {past.day} de "
            "mayo con nuestro director general y su interés en el puesto de Subdirector/a de Hotel.\n\n"
            "Tras valorar todas las candidaturas, hemos decidido continuar el proceso con otros perfiles que "
            "se ajustan más a las necesidades actuales del hotel. Conservaremos su CV para futuras "
            "oportunidades, si usted está de acuerdo.\n\n"
            "Le deseamos mucho éxito en su carrera profesional.\n\n"
            "Un cordial saludo,\n\nIrene Solana\nSelección de Personal · Hoteles Guadarrama\n")
    m, _ = plain_mail(seed=seed + "1", sent=sent, sender=ire, to=[ME_SHORT],
                      subject="Proceso de selección Subdirector/a de Hotel - Hoteles Guadarrama", text=text)
    return [("01-resolucion-proceso.eml", m)], lab(
        [], "medium", "negative/rejection-after-interview",
        "Rejection that mentions a past interview date (Thu 7 May); no interview is scheduled in the mailbox.")


@case("usuario-entrevistador-recepcion")
def c21(seed):
    pal = ("Paloma Herrero", "paloma.herrero@arenalgranvia.example")
    cand = ("Lucía Prats", "lucia.prats@correo-lucia.example")
    start = T(MAD, 2026, 2, 6, 10, 0, wd="viernes")
    end = start + timedelta(minutes=45)
    sent = T(MAD, 2026, 2, 2, 9, 3, 40, "lunes")
    m = google_invite(
        seed=seed, sent=sent.astimezone(UTC), organizer=pal,
        subject_summary="Entrevista candidata Jefa de Recepción - Lucía Prats",
        start=start, end=end,
        guests=[(pal[0], pal[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION"), (cand[0], cand[1], "ACCEPTED")],
        description=("Álvaro, te paso la entrevista con Lucía Prats para la vacante de Jefa de Recepción del "
                     "Hotel Arenal Gran Vía. La haremos tú y yo en la sala de reuniones de la primera planta; "
                     "tienes su CV en la carpeta compartida de RR. HH.\n\nPaloma"),
        lang="es", display_tz=MAD, display_tz_label="Hora estándar de Europa central - Madrid")
    return [("01-invitacion-entrevista-candidata.eml", m)], lab(
        [], "hard", "negative/user-is-interviewer",
        "Google invite from the user's own HR colleague: he interviews a candidate for a front-office "
        "role at his current hotel. The user is the interviewer, not the candidate.")


@case("solicitud-disponibilidad-escocia")
def c22(seed):
    fio = ("Fiona Kerr", "fiona.kerr@lochsidehotels.example")
    sent = T(LON, 2026, 5, 20, 15, 34, 2, "Wednesday")
    assert T(LON, 2026, 5, 25, wd="Monday") and T(LON, 2026, 5, 29, wd="Friday")
    text = ("Dear Álvaro,\n\n"
            "Thank you for applying for the Resident Manager role at Lochside Hotel Collection in Edinburgh. "
            "We were impressed by your background and would love to set up a first interview.\n\n"
            "Could you let me know your availability next week (25-29 May)? Alternatively, you can pick a "
            "30-minute slot that suits you here: https://calendly.com/fiona-kerr-lochside/first-interview - "
            "slots are shown in your local time.\n\n"
            "Kind regards,\n\nFiona Kerr\nTalent Acquisition | Lochside Hotel Collection\n")
    m, _ = plain_mail(seed=seed + "1", sent=sent, sender=fio, to=[ME_SHORT],
                      subject="Resident Manager - Lochside Hotel Collection: next steps", text=text)
    return [("01-next-steps-availability.eml", m)], lab(
        [], "medium", "negative/availability-request",
        "Recruiter asks for availability and offers an unbooked Calendly link; nothing is scheduled yet.")


# ============================================================================= main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith(PREFIX + "-"):
            shutil.rmtree(p)
    labels = {}
    for i, (slug, fn) in enumerate(CASES, 1):
        cid = f"{PREFIX}-{i:02d}-{slug}"
        items, label = fn(cid)
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, content in items:
            with open(os.path.join(d, fname), "w", encoding="utf-8", newline="") as f:
                f.write(content)
        labels[cid] = label
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind208 labels - generated by make_cases.py; do not edit by hand\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [x for v in labels.values() for x in v["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(x['status'] == 'cancelled' for x in ivs)} cancelled)")


if __name__ == "__main__":
    main()
