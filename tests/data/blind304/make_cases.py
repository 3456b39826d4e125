#!/usr/bin/env python3
"""Generate the blind304 evaluation set (Quito civil engineer, Oct-Nov 2026).

Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run:
all dates are fixed and every Message-ID / UID / MIME boundary is derived from a
SHA-256 hash of a fixed seed.
"""
import base64
import hashlib
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
SEED = "blind304-quito-andrea-paredes"
OWNER = ("Andrea Paredes", "andrea.paredes@example.com")
USER = OWNER[1]

QUITO = "America/Guayaquil"
BOGOTA = "America/Bogota"
MADRID = "Europe/Madrid"
CHICAGO = "America/Chicago"

WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
WD_ES3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]
MES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
WD_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# --------------------------------------------------------------------------- hashing
def h(*parts, n=64):
    return hashlib.sha256(("|".join([SEED] + [str(p) for p in parts])).encode()).hexdigest()[:n]


def hnum(*parts, n=6):
    return str(int(h(*parts), 16))[:n]


def b32(*parts, n=26):
    return base64.b32encode(bytes.fromhex(h(*parts))).decode().lower().rstrip("=")[:n]


# --------------------------------------------------------------------------- dates
def off_str(dt):
    s = int(dt.utcoffset().total_seconds())
    sign = "+" if s >= 0 else "-"
    s = abs(s)
    return f"{sign}{s // 3600:02d}:{(s % 3600) // 60:02d}"


def D(s, tz, wd, off):
    """Aware datetime; asserts weekday (Mon..Sun) and UTC offset (+HH:MM)."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    assert WD_EN[dt.weekday()] == wd, (s, tz, WD_EN[dt.weekday()], wd)
    assert off_str(dt) == off, (s, tz, off_str(dt), off)
    return dt


def day(y, m, d, wd):
    """Assert the weekday of a date mentioned in prose."""
    got = WD_EN[datetime(y, m, d).weekday()]
    assert got == wd, (y, m, d, got, wd)


# 2026 DST facts used by this set (asserted)
assert off_str(D("2026-10-24 12:00", MADRID, "Sat", "+02:00")) == "+02:00"
assert off_str(D("2026-10-26 12:00", MADRID, "Mon", "+01:00")) == "+01:00"
assert D("2026-10-25 00:59", "UTC", "Sun", "+00:00").astimezone(ZoneInfo(MADRID)).hour == 2
assert D("2026-10-25 01:00", "UTC", "Sun", "+00:00").astimezone(ZoneInfo(MADRID)).hour == 2
assert off_str(D("2026-10-31 12:00", CHICAGO, "Sat", "-05:00")) == "-05:00"
assert off_str(D("2026-11-02 12:00", CHICAGO, "Mon", "-06:00")) == "-06:00"
assert off_str(D("2026-03-08 12:00", CHICAGO, "Sun", "-05:00")) == "-05:00"
assert off_str(D("2026-03-29 12:00", MADRID, "Sun", "+02:00")) == "+02:00"
for _m in (1, 4, 7, 10, 11, 12):
    assert off_str(datetime(2026, _m, 15, 12, tzinfo=ZoneInfo(QUITO))) == "-05:00"
    assert off_str(datetime(2026, _m, 15, 12, tzinfo=ZoneInfo(BOGOTA))) == "-05:00"


def es_long(dt):  # "miércoles 14 de octubre"
    return f"{WD_ES[dt.weekday()]} {dt.day} de {MES[dt.month - 1]}"


def es_full(dt):  # "miércoles, 14 de octubre de 2026"
    return f"{WD_ES[dt.weekday()]}, {dt.day} de {MES[dt.month - 1]} de {dt.year}"


def hh(dt):  # "15h00"
    return f"{dt.hour:02d}h{dt.minute:02d}"


def hm(dt):  # "15:00"
    return f"{dt.hour:02d}:{dt.minute:02d}"


def en_long(dt):  # "Wednesday, November 4"
    return f"{WD_EN_LONG[dt.weekday()]}, {MON_EN[dt.month - 1]} {dt.day}"


def ampm(dt):
    hr = dt.hour % 12 or 12
    return f"{hr}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def utc(dt):
    return dt.astimezone(timezone.utc)


def ics_utc(dt):
    return utc(dt).strftime("%Y%m%dT%H%M%SZ")


def ics_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


# --------------------------------------------------------------------------- MIME helpers
def enc_hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def A(name, addr):
    return formataddr((name, addr), charset="utf-8")


def AL(people):
    return ", ".join(A(n, e) for n, e in people)


def boundary(*parts):
    return "b304_" + h("boundary", *parts, n=28)


def leaf(ctype, payload, cte="quoted-printable", params='; charset="UTF-8"', extra=""):
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        body = data.decode("ascii")
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    return f"Content-Type: {ctype}{params}\nContent-Transfer-Encoding: {cte}\n{extra}\n{body}"


def multi(subtype, parts, bnd):
    s = f'Content-Type: multipart/{subtype};\n boundary="{bnd}"\n\n'
    for p in parts:
        s += f"--{bnd}\n{p}"
        if not p.endswith("\n"):
            s += "\n"
    s += f"--{bnd}--\n"
    return s


def attach(filename, payload, ctype):
    return leaf(ctype, payload, "base64", params=f'; name="{filename}"',
                extra=f'Content-Disposition: attachment; filename="{filename}"\n')


def ics_attach(filename, ics_text, method="REQUEST"):
    return leaf("text/calendar", ics_text, "base64",
                params=f'; charset="UTF-8"; method={method}; name="{filename}"',
                extra=f'Content-Disposition: attachment; filename="{filename}"\n')


def mid(style, domain, *seed):
    if style == "gmail":
        return f"<CA+{b32('mid', *seed, n=30).upper()}{h('m2', *seed, n=10)}@mail.gmail.com>"
    if style == "outlook":
        x = h("mid", *seed, n=32).upper()
        return f"<{domain}{x}@{domain}.prod.outlook.com>"
    if style == "google-cal":
        return f"<calendar-{h('mid', *seed, n=8)}-{h('m2', *seed, n=4)}-{h('m3', *seed, n=4)}-{h('m4', *seed, n=12)}@google.com>"
    return f"<{h('mid', *seed, n=24)}.{hnum('mid', *seed, n=8)}@{domain}>"


RELAYS = {
    "google": ("mail-sor-f41.google.com", "209.85.220.41"),
    "outlook": ("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.84"),
    "workday": ("mail.myworkday.com", "198.51.100.24"),
    "sf": ("mail3.successfactors.com", "198.51.100.77"),
    "relay": ("mta2.navent-mail.example", "203.0.113.52"),
    "generic": ("smtp.hosting-correo.example", "203.0.113.19"),
    "zoom": ("smtp.bayoucivil.example", "198.51.100.140"),
}


def eml(*, frm, to, subject, date, body, cc=None, reply_to=None, msgid, irt=None, refs=None,
        extra=(), sender=None, relay="generic"):
    host, ip = RELAYS[relay]
    rdate = format_datetime(utc(date) + timedelta(seconds=3)).replace("+0000", "+0000")
    lines = [
        f"Delivered-To: {USER}",
        f"Received: from {host} ({host} [{ip}])\n        by mx1.example.com with ESMTPS id {h('rcv', msgid, n=12)}\n"
        f"        for <{USER}>; {rdate}",
        f"Return-Path: <{sender[1] if sender else frm[1]}>",
        f"From: {A(*frm)}",
    ]
    if sender:
        lines.append(f"Sender: {A(*sender)}")
    if reply_to:
        lines.append(f"Reply-To: {A(*reply_to)}")
    lines.append(f"To: {AL(to)}")
    if cc:
        lines.append(f"Cc: {AL(cc)}")
    lines.append(f"Subject: {enc_hdr(subject)}")
    lines.append(f"Date: {format_datetime(date)}")
    lines.append(f"Message-ID: {msgid}")
    if irt:
        lines.append(f"In-Reply-To: {irt}")
    if refs:
        lines.append("References: " + "\n ".join(refs))
    lines.extend(extra)
    lines.append("MIME-Version: 1.0")
    text = "\n".join(lines) + "\n" + body
    return text.encode("utf-8")


def html_doc(inner, font="Arial,Helvetica,sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px;color:#222">\n{inner}\n</div></body></html>\n')


def paras_html(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        esc = block.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def alt(text, seed, html=None, cte_text="quoted-printable", cte_html="quoted-printable"):
    return multi("alternative", [
        leaf("text/plain", text, cte_text),
        leaf("text/html", html if html else html_doc(paras_html(text)), cte_html),
    ], boundary("alt", seed))


# --------------------------------------------------------------------------- iCalendar
def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        k = len(ch.encode("utf-8"))
        if n + k > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += k
    out.append(cur)
    return "\r\n".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    QUITO: ["BEGIN:VTIMEZONE", "TZID:America/Guayaquil", "X-LIC-LOCATION:America/Guayaquil",
            "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0500", "TZNAME:-05",
            "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    CHICAGO: ["BEGIN:VTIMEZONE", "TZID:America/Chicago", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600",
              "TZOFFSETTO:-0500", "TZNAME:CDT", "DTSTART:19700308T020000",
              "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "BEGIN:STANDARD",
              "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST", "DTSTART:19701101T020000",
              "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"],
    "SA Pacific Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:SA Pacific Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0500", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0500",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "Romance Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Romance Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
}
WIN_TZ_IANA = {"SA Pacific Standard Time": QUITO, "Romance Standard Time": MADRID}


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", google=False):
    cn = f'"{name}"' if any(c in name for c in ",;:") else name
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn}:mailto:{email}"


def vcal(prodid, method, body_lines, tzs=(), version_first=False):
    lines = ["BEGIN:VCALENDAR"]
    if version_first:
        lines += ["VERSION:2.0", f"PRODID:{prodid}"]
    else:
        lines += [f"PRODID:{prodid}", "VERSION:2.0"]
    lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    for tz in tzs:
        lines += VTZ[tz]
    lines += body_lines
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def dtprop(name, dt, mode, tzid=None):
    if mode == "utc":
        return f"{name}:{ics_utc(dt)}"
    if mode == "floating":
        return f"{name}:{ics_local(dt)}"
    if tzid in WIN_TZ_IANA:
        assert dt.tzinfo.key == WIN_TZ_IANA[tzid]
    return f"{name};TZID={tzid}:{ics_local(dt)}"


def vevent(*, uid, start, end, summary, organizer, attendees, description="", location="",
           mode="utc", tzid=None, seq=0, stamp, status="CONFIRMED", extra=(), org_sent_by=None,
           alarm=True):
    ln = ["BEGIN:VEVENT", dtprop("DTSTART", start, mode, tzid), dtprop("DTEND", end, mode, tzid),
          f"DTSTAMP:{ics_utc(stamp)}"]
    if organizer:
        ln.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    ln.append(f"UID:{uid}")
    ln += attendees
    ln += [f"CREATED:{ics_utc(stamp - timedelta(minutes=4))}"]
    if description:
        ln.append(f"DESCRIPTION:{esc(description)}")
    ln.append(f"LAST-MODIFIED:{ics_utc(stamp)}")
    if location:
        ln.append(f"LOCATION:{esc(location)}")
    ln += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    ln += list(extra)
    if alarm:
        ln += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
               "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    ln.append("END:VEVENT")
    return ln


# --------------------------------------------------------------------------- vendor templates
def google_invite(*, seed, organizer, guests, summary, start, end, description, location, sent,
                  tzlabel, gmt, meet=True, seq=0, uid=None, title_word="Invitación"):
    """Google Calendar invitation e-mail (Spanish UI). guests = list of (name, email)."""
    uid = uid or f"{h('gcal', seed, n=26)}@google.com"
    meet_code = f"{b32('meet', seed, n=3)}-{b32('meet2', seed, n=4)}-{b32('meet3', seed, n=3)}"
    meet_url = f"https://meet.google.com/{meet_code}"
    when_short = (f"{WD_ES3[start.weekday()]} {start.day} {MES3[start.month - 1]} {start.year} "
                  f"{hm(start)} - {hm(end)} ({gmt})")
    when_long = f"{es_full(start)} · {hm(start)} – {hm(end)}"
    subject = f"{title_word}: {summary} @ {when_short} ({USER})"
    atts = [attendee(organizer[0], organizer[1], partstat="ACCEPTED", google=True)]
    for n, e in guests:
        atts.append(attendee(n, e, google=True))
    desc_full = description
    if meet:
        desc_full += (f"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                      f"Únete con Google Meet: {meet_url}\n\nMás información sobre Meet: https://support.google.com/a/users/answer/9282720\n"
                      f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ev = vevent(uid=uid, start=start, end=end, summary=summary, organizer=organizer, attendees=atts,
                description=desc_full, location=location, mode="utc", seq=seq, stamp=sent,
                extra=([f"X-GOOGLE-CONFERENCE:{meet_url}"] if meet else []))
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", ev)
    guest_txt = "\n".join([f"{organizer[0]} - organizador"] + [f"{n} ({e})" if n else e for n, e in guests])
    plain = (f"{title_word}: {summary}\n\n{when_long}\n{tzlabel}\n\n"
             + (f"Unirse con Google Meet\n{meet_url}\n\n" if meet else "")
             + (f"Ubicación\n{location}\n\n" if location else "")
             + f"{description}\n\nInvitados\n{guest_txt}\n\n"
             "Ver todos los detalles del invitado\n\n¿Asistirás? Sí - Quizás - No\n\n"
             "Invitación de Google Calendar\n\nRecibes este correo electrónico porque eres un invitado del evento. "
             "Si no quieres recibir más actualizaciones, responde \"No\".\n")
    html = html_doc(
        f'<div><h2 style="font-size:20px;font-weight:400">{summary}</h2>'
        f'<p><b>Cuándo</b><br>{when_long}<br>{tzlabel}</p>'
        + (f'<p><a href="{meet_url}">Unirse con Google Meet</a><br>{meet_code}</p>' if meet else "")
        + (f'<p><b>Ubicación</b><br>{location}</p>' if location else "")
        + f'<p>{description.replace(chr(10), "<br>")}</p>'
        f'<p><b>Invitados</b><br>{guest_txt.replace(chr(10), "<br>")}</p>'
        f'<p style="color:#70757a;font-size:12px">Invitación de Google Calendar</p></div>',
        font="Roboto,Helvetica,Arial,sans-serif")
    body = multi("mixed", [
        multi("alternative", [
            leaf("text/plain", plain, "quoted-printable", params='; charset="UTF-8"; format=flowed; delsp=yes'),
            leaf("text/html", html, "quoted-printable"),
            leaf("text/calendar", ics, "base64", params='; charset="UTF-8"; method=REQUEST'),
        ], boundary("galt", seed)),
        leaf("application/ics", ics, "base64", params='; name="invite.ics"',
             extra='Content-Disposition: attachment; filename="invite.ics"\n'),
    ], boundary("gmix", seed))
    return subject, body, uid


def teams_invite(*, seed, organizer, attendees_list, summary, start, end, wintz, tzlabel, intro,
                 location, sent, when_word="Cuándo", where_word="Dónde"):
    conf = hnum("teamsid", seed, n=12)
    meeting_id = f"{conf[:3]} {conf[3:6]} {conf[6:9]} {conf[9:12]}"
    pw = b32("pw", seed, n=6).upper()[:3] + b32("pw2", seed, n=3)
    thread = b32("thread", seed, n=40)
    link = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context=%7b%22Tid%22%3a%22{h('tid', seed, n=8)}%22%7d"
    when = f"{es_full(start)} {hm(start)}-{hm(end)} {tzlabel}."
    plain = (f"{when_word}: {when}\n{where_word}: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{intro}\n\n"
             "________________________________________________________________________________\n"
             "Reunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o dispositivo de sala\n"
             f"Haga clic aquí para unirse a la reunión<{link}>\nId. de reunión: {meeting_id}\nCódigo de acceso: {pw}\n"
             "Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | "
             "Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
             "________________________________________________________________________________\n")
    html = html_doc(paras_html(plain), font="Aptos,Calibri,sans-serif")
    atts = [attendee(n, e) for n, e in attendees_list]
    desc = plain
    ev = vevent(uid=("040000008200E00074C5B7101A82E00800000000" + h("uid", seed, n=16).upper()
                     + "0000000000000000100000000" + h("uid2", seed, n=32).upper()),
                start=start, end=end, summary=summary, organizer=organizer, attendees=atts,
                description=desc, location=location, mode="tz", tzid=wintz, stamp=sent,
                extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                       f"X-MICROSOFT-CDO-OWNERAPPTID:-{hnum('appt', seed, n=10)}",
                       "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                       "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                       "X-MICROSOFT-CDO-INSTTYPE:0", f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{link}",
                       "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                       f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"],
                alarm=False)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", ev, tzs=[wintz])
    body = multi("alternative", [
        leaf("text/plain", plain, "quoted-printable"),
        leaf("text/html", html, "quoted-printable"),
        leaf("text/calendar", ics, "base64", params='; charset="UTF-8"; method=REQUEST'),
    ], boundary("teams", seed))
    extra = ("Thread-Topic: " + enc_hdr(summary),
             "Thread-Index: " + base64.b64encode(bytes.fromhex(h("ti", seed, n=44))).decode(),
             "Accept-Language: es-EC, en-US", "Content-Language: es-ES",
             "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
             "Content-class: urn:content-classes:calendarmessage")
    return body, extra


# --------------------------------------------------------------------------- case registry
CASES = []
LABELS = {}
TZNOTES = []


class Case:
    def __init__(self, num, slug):
        self.num = num
        self.id = f"b304-{num:02d}-{slug}"
        self.items = []
        CASES.append(self)

    def add(self, name, data):
        self.items.append((f"{len(self.items) + 1:02d}-{name}", data if isinstance(data, bytes) else data.encode("utf-8")))

    def label(self, interviews, difficulty, category, notes):
        LABELS[self.id] = {
            "user": USER,
            "interview": bool(interviews),
            "interviews": interviews,
            "difficulty": difficulty,
            "category": category,
            "notes": notes,
            "source": "synthetic",
        }


def IV(company, role, start, end, status, interviewers, followups, kind):
    return {
        "company": company,
        "role": role,
        "start": start.isoformat(),
        "end": end.isoformat() if end else None,
        "status": status,
        "interviewer_emails": list(interviewers),
        "followup_recipients": list(followups),
        "kind": kind,
    }


def gcal_json(*, seed, summary, description, organizer, attendees_json, start, end, tz, location=None,
              created, updated, meet=True, status="confirmed", seq=0):
    eid = h("gev", seed, n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{hnum('etag', seed, n=16)}\"",
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {USER}".encode()).decode().rstrip("="),
        "created": utc(created).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": utc(updated).strftime("%Y-%m-%dT%H:%M:%S.") + hnum("ms", seed, n=3) + "Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev.update({
        "creator": {"email": organizer[1], "displayName": organizer[0]},
        "organizer": {"email": organizer[1], "displayName": organizer[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": tz},
        "end": {"dateTime": end.isoformat(), "timeZone": tz},
        "iCalUID": f"{eid}@google.com",
        "sequence": seq,
        "attendees": attendees_json,
    })
    if meet:
        code = f"{b32('gm', seed, n=3)}-{b32('gm2', seed, n=4)}-{b32('gm3', seed, n=3)}"
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                             "label": f"meet.google.com/{code}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code,
        }
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


# =========================================================================== people
ANDINA = "Constructora Andina del Pichincha S.A."
GCHIRIBOGA = ("Gabriela Chiriboga", "gchiriboga@constructora-andina.example")
FSALAZAR = ("Fernando Salazar", "fsalazar@constructora-andina.example")
JBENITEZ = ("Jorge Benítez", "jbenitez@constructora-andina.example")
TPG = "Terminal Portuaria del Guayas"
RBUSTAMANTE = ("Ricardo Bustamante", "rbustamante@tpguayas.example")
VALVARADO = ("Verónica Alvarado", "valvarado@tpguayas.example")
KMOSQUERA = ("Karla Mosquera", "kmosquera@tpguayas.example")
XNOBOA = ("Xavier Noboa", "xnoboa@tpguayas.example")
SORTEGA = ("Susana Ortega", "sortega@tpguayas.example")
HECSA = "Hormigones y Estructuras Cotopaxi (HECSA)"
MJANDRADE = ("María José Andrade", "mjandrade@hecsa.example")
PGUERRERO = ("Patricio Guerrero", "pguerrero@hecsa.example")
DYEPEZ = ("Daniela Yépez", "dyepez@hecsa.example")
AMZ = "Amazonas Petróleo S.A."
SMENA = ("Santiago Mena", "smena@amazonaspetroleo.example")
VCEVALLOS = ("Verónica Cevallos", "vcevallos@amazonaspetroleo.example")
DLARREA = ("Diego Larrea", "dlarrea@amazonaspetroleo.example")
MVALLEJO = ("Mónica Vallejo", "mvallejo@amazonaspetroleo.example")
VIANDINA = "Vía Andina Consultores S.A.S."
LRESTREPO = ("Laura Restrepo", "laura.restrepo@viandina-consultores.example")
CORTIZ = ("Camilo Ortiz", "camilo.ortiz@viandina-consultores.example")
MESETA = "Grupo Meseta Ingeniería"
LFERNANDEZ = ("Lucía Fernández Ortega", "lfernandez@grupomeseta.example")
AIBARRA = ("Álvaro Ibarra", "aibarra@grupomeseta.example")
BAYOU = "Bayou Civil Partners"
MHOLLOWAY = ("Megan Holloway", "mholloway@bayoucivil.example")
BCASTILLO = ("Brian Castillo", "bcastillo@bayoucivil.example")
RUMI = "Constructora Rumiñahui Cía. Ltda."
PGUAMAN = ("Paola Guamán", "pguaman@ruminahui-construcciones.example")
VIONOR = "Vialidad y Obras del Norte (VIONOR)"
CJATIVA = ("Carolina Játiva", "cjativa@vionor.example")
HPAZMINO = ("Hernán Pazmiño", "hpazmino@vionor.example")

FIRMA_ANDREA = "Andrea Paredes\nIngeniera Civil\n099 482 3617"


# =========================================================================== cases 01-11
def case01():
    c = Case(1, "multitrabajos-hr-screening-manana")
    sent = D("2026-10-05 16:12", QUITO, "Mon", "-05:00")
    start = D("2026-10-06 15:00", QUITO, "Tue", "-05:00")  # "mañana a las 15h00"
    end = start + timedelta(minutes=30)
    text = (
        "Hola Andrea,\n\n"
        f"La empresa {ANDINA} revisó tu postulación al aviso «Ingeniero/a Residente de Obra - "
        "Edificaciones» y te envió el siguiente mensaje:\n\n"
        "----------------------------------------------------------------\n"
        "Estimada Ing. Paredes:\n\n"
        "Reciba un cordial saludo. Luego de revisar su hoja de vida, le invitamos a una entrevista "
        "telefónica con el área de Talento Humano. La llamaré mañana a las 15h00 al celular que consta "
        "en su perfil; la conversación tomará unos 30 minutos. Si el horario no le conviene, por favor "
        "respóndame a este mismo correo y buscamos otro espacio.\n\n"
        "Saludos cordiales,\n\n"
        "Gabriela Chiriboga\nAnalista de Talento Humano\nConstructora Andina del Pichincha S.A.\n"
        "gchiriboga@constructora-andina.example | (02) 245 1180 ext. 214\n"
        "----------------------------------------------------------------\n\n"
        "Para contestar, responde directamente a este correo: tu mensaje llegará a la empresa.\n\n"
        "Multitrabajos nunca te pedirá pagos ni datos bancarios para participar en un proceso de selección.\n"
        f"Este mensaje fue enviado a {USER}. Administrar notificaciones: https://www.multitrabajos.com/postulantes/notificaciones\n"
    )
    html = html_doc(
        '<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0">'
        '<tr><td style="background:#0a58ca;color:#fff;padding:12px 20px;font-size:18px">multitrabajos</td></tr>'
        '<tr><td style="padding:20px">' + paras_html(text) + "</td></tr></table>")
    body = alt(text, "c01", html=html, cte_text="base64", cte_html="base64")
    c.add("multitrabajos-mensaje-empresa.eml", eml(
        frm=("Multitrabajos", "noreply@multitrabajos.com"), to=[OWNER],
        reply_to=GCHIRIBOGA,
        subject="Constructora Andina del Pichincha te envió un mensaje sobre tu postulación",
        date=sent, body=body, msgid=mid("x", "multitrabajos.com", "c01"), relay="relay",
        extra=("X-Mailer: Navent Notifications", "List-Unsubscribe: <https://www.multitrabajos.com/postulantes/notificaciones>")))
    c.label([IV(ANDINA, "Ingeniero/a Residente de Obra - Edificaciones", start, end, "scheduled",
                [GCHIRIBOGA[1]], [GCHIRIBOGA[1]], "phone_screen")],
            "medium", "positive/relay-body-relative-date",
            "Multitrabajos relay (noreply) carries the recruiter's message; 'mañana a las 15h00' resolved against "
            "the Date header (Mon 5 Oct) -> Tue 6 Oct 15:00 -05:00, 30 min. Recruiter does the screen; Reply-To is her.")
    TZNOTES.append((1, "Relative 'mañana a las 15h00' resolved against Date Mon 5 Oct 2026 16:12 -0500 -> Tue 6 Oct 15:00 -05:00 (Quito)."))


def case02():
    c = Case(2, "andina-technical-thread-propose-confirm")
    d1 = D("2026-10-07 10:05", QUITO, "Wed", "-05:00")
    d2 = D("2026-10-07 12:31", QUITO, "Wed", "-05:00")
    d3 = D("2026-10-07 15:02", QUITO, "Wed", "-05:00")
    opt1 = D("2026-10-08 16:00", QUITO, "Thu", "-05:00")
    start = D("2026-10-09 10:00", QUITO, "Fri", "-05:00")
    end = start + timedelta(minutes=90)
    subj = "Entrevista técnica - Residente de Obra"
    m1 = mid("x", "constructora-andina.example", "c02", 1)
    m2 = mid("gmail", "", "c02", 2)
    m3 = mid("x", "constructora-andina.example", "c02", 3)
    t1 = (
        "Estimada Andrea:\n\n"
        "Gabriela me comentó que la conversación de ayer fue muy buena. Soy Fernando Salazar, gerente del "
        "proyecto Residencial Los Arupos (Carcelén), y me gustaría conocerla en una entrevista técnica: "
        "revisaremos manejo de cronogramas, control de calidad del hormigón y coordinación de subcontratistas.\n\n"
        f"Tengo disponibilidad el {WD_ES[opt1.weekday()]} {opt1.day} a las {hh(opt1)} o el "
        f"{WD_ES[start.weekday()]} {start.day} a las {hh(start)}, en nuestras oficinas. ¿Cuál le acomoda mejor?\n\n"
        "Atentamente,\n\nIng. Fernando Salazar M.\nGerente de Proyecto - Residencial Los Arupos\n"
        "Constructora Andina del Pichincha S.A.\n")
    c.add("salazar-propone-horarios.eml", eml(
        frm=FSALAZAR, to=[OWNER], cc=[GCHIRIBOGA], subject=subj, date=d1,
        body=leaf("text/plain", t1, "quoted-printable"), msgid=m1))
    t2 = (
        "Estimado Ing. Salazar:\n\n"
        "Muchas gracias por la invitación. El jueves por la tarde tengo una inspección de losas, así que "
        f"el viernes {start.day} a las {hh(start)} me queda perfecto.\n\n"
        f"Saludos cordiales,\n\n{FIRMA_ANDREA}\n\n"
        f"El mié, {d1.day} oct 2026 a las 10:05, Fernando Salazar <{FSALAZAR[1]}> escribió:\n"
        + "".join("> " + l + "\n" for l in t1.strip().split("\n")))
    c.add("andrea-elige-viernes.eml", eml(
        frm=OWNER, to=[FSALAZAR], cc=[GCHIRIBOGA], subject="Re: " + subj, date=d2,
        body=alt(t2, "c02-2"), msgid=m2, irt=m1, refs=[m1], relay="google"))
    t3 = (
        "Perfecto, Andrea.\n\n"
        f"Queda confirmada la entrevista para el {es_long(start)} a las {hh(start)}, en la Av. República de "
        "El Salvador N34-183 y Suiza, edificio Torre Andina, piso 6 (anunciarse en recepción). "
        "Calcule aproximadamente una hora y media. Si puede, traiga impreso su portafolio de proyectos.\n\n"
        "Atentamente,\n\nIng. Fernando Salazar M.\nGerente de Proyecto\n")
    c.add("salazar-confirma.eml", eml(
        frm=FSALAZAR, to=[OWNER], cc=[GCHIRIBOGA], subject="Re: " + subj, date=d3,
        body=leaf("text/plain", t3, "quoted-printable"), msgid=m3, irt=m2, refs=[m1, m2]))
    c.label([IV(ANDINA, "Residente de Obra", start, end, "scheduled", [FSALAZAR[1]], [FSALAZAR[1]], "technical")],
            "medium", "positive/thread-propose-confirm",
            "PM offers Thu 8 16h00 or Fri 9 10h00; candidate picks Friday; PM confirms Fri 9 Oct 10:00, ~1.5 h. "
            "Coordinator only in Cc.")


def case03():
    c = Case(3, "tpg-workday-interview-ics")
    sent = D("2026-10-08 09:18", QUITO, "Thu", "-05:00")
    start = D("2026-10-15 10:00", QUITO, "Thu", "-05:00")
    end = start + timedelta(minutes=45)
    role = "Ingeniero/a de Infraestructura Portuaria"
    html = html_doc(
        '<div style="max-width:600px">'
        '<p style="font-size:18px;color:#005cb9">Terminal Portuaria del Guayas</p>'
        "<p>Hola Andrea:</p>"
        f"<p>Se ha programado una entrevista para la vacante <b>{role} (R-0412)</b>.</p>"
        '<table style="border-collapse:collapse">'
        f"<tr><td><b>Fecha:</b></td><td>{es_full(start)}</td></tr>"
        f"<tr><td><b>Hora:</b></td><td>{hm(start)} - {hm(end)} (GMT-05:00) Ecuador - Guayaquil</td></tr>"
        "<tr><td><b>Formato:</b></td><td>Microsoft Teams (el enlace está en la invitación adjunta)</td></tr>"
        "<tr><td><b>Entrevistador:</b></td><td>Ricardo Bustamante - Jefe de Infraestructura Portuaria</td></tr>"
        "</table>"
        "<p>Si necesita reprogramar, comuníquese con Verónica Alvarado (valvarado@tpguayas.example). "
        "Puede revisar el estado de su candidatura en el portal de empleo.</p>"
        '<p><a href="https://wd3.myworkday.com/tpguayas/d/home.htmld">Ir a Workday</a></p>'
        '<p style="font-size:11px;color:#777">Este es un mensaje generado automáticamente. No responda a este correo.</p>'
        "</div>")
    ev = vevent(uid=f"WD-INT-{h('wd', 'c03', n=20).upper()}@myworkday.com", start=start, end=end,
                summary=f"Entrevista: {role} - Andrea Paredes",
                organizer=("Terminal Portuaria del Guayas", "tpguayas@myworkday.com"),
                attendees=[attendee(*OWNER), attendee(*RBUSTAMANTE)],
                description=f"Entrevista para {role} (R-0412) con Ricardo Bustamante. Unirse por Microsoft Teams: "
                            f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b32('c03t', n=32)}%40thread.v2/0",
                location="Microsoft Teams", mode="tz", tzid=QUITO, stamp=sent)
    ics = vcal("-//Workday Inc//Workday Recruiting//EN", "REQUEST", ev, tzs=[QUITO])
    body = multi("mixed", [leaf("text/html", html, "quoted-printable"), ics_attach("Entrevista.ics", ics)],
                 boundary("c03"))
    c.add("workday-entrevista-programada.eml", eml(
        frm=("Terminal Portuaria del Guayas", "tpguayas@myworkday.com"), to=[OWNER],
        subject=f"Entrevista programada: {role} (R-0412)", date=sent, body=body,
        msgid=mid("x", "myworkday.com", "c03"), relay="workday"))
    c.label([IV(TPG, role, start, end, "scheduled", [RBUSTAMANTE[1]], [RBUSTAMANTE[1]], "hiring_manager")],
            "easy", "positive/workday-ics",
            "Workday no-reply notification with .ics (TZID America/Guayaquil); interviewer is an ATTENDEE.")


def case04():
    c = Case(4, "scam-telegram-petrolera")
    sent = D("2026-10-09 19:47", QUITO, "Fri", "-05:00")
    day(2026, 10, 10, "Sat")
    text = (
        "FELICIDADES ANDREA PAREDES\n\n"
        "Usted ha sido PRESELECCIONADA para el cargo de INGENIERA CIVIL - SUPERVISIÓN REMOTA de proyectos "
        "petroleros (teletrabajo 100%). Sueldo: USD 4.200 mensuales + bonos.\n\n"
        "Su perfil fue obtenido de la bolsa de empleo Computrabajo. La entrevista virtual será mañana sábado a "
        "las 10h00 por TELEGRAM con el Gerente de Proyectos. Agregue al usuario @RRHH_AmazonasPetro_EC y escriba "
        "el código AP-7741.\n\n"
        "IMPORTANTE: antes de la entrevista debe cancelar USD 65 por la 'Certificación Internacional de Seguridad "
        "Industrial' mediante depósito a la cuenta de ahorros indicada por el reclutador. Sin este requisito no "
        "podrá continuar en el proceso. Cupos limitados.\n\n"
        "Atentamente,\nDpto. de Selección de Personal\nAmazonas Petroleum Group\n")
    c.add("preseleccionada-telegram.eml", eml(
        frm=("Selección Amazonas Petroleum", "seleccion.amazonaspetroleum@correo-vacantes.example"),
        reply_to=("RRHH Amazonas", "rrhh.amazonas.ec@mensajeria-rapida.example"),
        to=[OWNER], subject="FELICIDADES: Usted ha sido PRESELECCIONADA - Ingeniera Civil (Teletrabajo) $4.200",
        date=sent, body=alt(text, "c04"), msgid=mid("x", "correo-vacantes.example", "c04")))
    c.label([], "medium", "negative/scam",
            "Fake recruiter imitating an oil company: Telegram 'interview' and an upfront fee. Not a real interview.")


def case05():
    c = Case(5, "hecsa-site-visit-pickup-time")
    sent = D("2026-10-12 09:41", QUITO, "Mon", "-05:00")
    pickup = D("2026-10-14 07:15", QUITO, "Wed", "-05:00")
    start = D("2026-10-14 08:30", QUITO, "Wed", "-05:00")
    end = D("2026-10-14 10:30", QUITO, "Wed", "-05:00")
    role = "Residente de Obra Estructural"
    text = (
        "Estimada Ing. Andrea Paredes:\n\n"
        "Reciba un cordial saludo de Hormigones y Estructuras Cotopaxi (HECSA). Por medio del presente le "
        f"invitamos a una entrevista en obra para el cargo de {role}, que se realizará el {es_long(start)} "
        "en nuestro proyecto Edificio Mirador de Conocoto.\n\n"
        "Detalle logístico:\n"
        f"- {hh(pickup)}: salida de la camioneta de la empresa desde la oficina matriz (Av. Amazonas N39-123 y "
        "José Arízaga). Le pedimos llegar diez minutos antes.\n"
        f"- {hh(start)}: inicio de la entrevista en obra con el Ing. Patricio Guerrero (Superintendente de Obra) "
        "y la Ing. Daniela Yépez (Jefa de Seguridad y Salud Ocupacional). Incluye recorrido por los frentes de "
        "trabajo y una conversación técnica sobre encofrados y control de fundiciones.\n"
        f"- {hh(end)}: fin aproximado y retorno a la oficina matriz.\n\n"
        "Es obligatorio el uso de botas de seguridad y casco; si no dispone de chaleco reflectivo, se lo "
        "facilitaremos en el sitio.\n\n"
        "Favor confirmar su asistencia respondiendo este correo.\n\n"
        "Atentamente,\n\nMaría José Andrade\nCoordinadora de Selección\nHECSA - Hormigones y Estructuras Cotopaxi\n"
        "Tel. (02) 226 7730\n")
    c.add("invitacion-entrevista-en-obra.eml", eml(
        frm=MJANDRADE, to=[OWNER], cc=[PGUERRERO, DYEPEZ],
        subject=f"Invitación a entrevista en obra - {role}", date=sent,
        body=alt(text, "c05", html=html_doc(paras_html(text), font="Calibri,sans-serif")),
        msgid=mid("outlook", "SJ0PR05MB", "c05"), relay="outlook"))
    c.label([IV(HECSA, role, start, end, "scheduled", [PGUERRERO[1], DYEPEZ[1]], [PGUERRERO[1], DYEPEZ[1]], "onsite")],
            "hard", "positive/site-visit-pickup-time",
            "Body-only site-visit interview on 'miércoles 14 de octubre': 07h15 is the company pick-up (not the "
            "interview); interview 08h30-10h30 with two interviewers (both in Cc).")


def case06():
    c = Case(6, "amazonas-psychometric-test")
    sent = D("2026-10-13 11:26", QUITO, "Tue", "-05:00")
    slot = D("2026-10-15 09:00", QUITO, "Thu", "-05:00")
    slot_end = slot + timedelta(minutes=75)
    text = (
        "Estimada Andrea Paredes:\n\n"
        "Gracias por su interés en la posición Ingeniero/a Civil de Facilidades (Req. 20417). Su postulación "
        "avanzó a la siguiente etapa del proceso: la evaluación psicométrica en línea.\n\n"
        "La evaluación incluye razonamiento numérico, razonamiento verbal y un cuestionario de estilo de trabajo. "
        "Es supervisada mediante cámara web por la plataforma del proveedor, por lo que su sesión quedó reservada "
        f"para el {es_long(slot)} a las {hh(slot)} (hora de Ecuador), con una duración aproximada de 75 minutos. "
        "Ingrese 10 minutos antes con su cédula a la mano.\n\n"
        "Enlace de acceso: https://evaluaciones.psicotest-andino.example/s/AP20417-7QX\n\n"
        "Recomendaciones: use una computadora con conexión estable, un lugar sin ruido y no utilice calculadora "
        "externa. Una vez completada la evaluación, el equipo de Selección le comunicará los siguientes pasos.\n\n"
        "Saludos cordiales,\n\nSelección de Personal\nAmazonas Petróleo S.A.\n\n"
        "Este correo fue enviado desde SAP SuccessFactors Recruiting. No responda a esta dirección.\n")
    ev = vevent(uid=f"sf-assess-{h('c06', n=24)}", start=slot, end=slot_end,
                summary="Evaluación psicométrica supervisada - Amazonas Petróleo",
                organizer=("Amazonas Petróleo S.A.", "noreply@successfactors.com"),
                attendees=[attendee(*OWNER)],
                description="Evaluación psicométrica en línea (Req. 20417). Enlace: https://evaluaciones.psicotest-andino.example/s/AP20417-7QX",
                location="En línea", mode="tz", tzid=QUITO, stamp=sent)
    ics = vcal("-//SAP SuccessFactors//Recruiting//ES", "REQUEST", ev, tzs=[QUITO])
    body = multi("mixed", [alt(text, "c06"), ics_attach("evaluacion.ics", ics)], boundary("c06"))
    c.add("successfactors-evaluacion-psicometrica.eml", eml(
        frm=("Amazonas Petróleo S.A.", "noreply@successfactors.com"), to=[OWNER],
        subject="Siguiente etapa: evaluación psicométrica - Ingeniero/a Civil de Facilidades",
        date=sent, body=body, msgid=mid("x", "successfactors.com", "c06"), relay="sf"))
    c.label([], "hard", "negative/psychometric-test",
            "Proctored online psychometric test with a fixed slot and an .ics; an assessment, not a live interview.")


def case07():
    c = Case(7, "bogota-reschedule-jueves-1030")
    sent = D("2026-10-15 11:20", BOGOTA, "Thu", "-05:00")
    orig = D("2026-10-20 15:00", BOGOTA, "Tue", "-05:00")
    d2 = D("2026-10-19 08:47", BOGOTA, "Mon", "-05:00")
    d3 = D("2026-10-19 09:15", QUITO, "Mon", "-05:00")
    d4 = D("2026-10-19 09:40", BOGOTA, "Mon", "-05:00")
    start = D("2026-10-22 10:30", BOGOTA, "Thu", "-05:00")
    end = start + timedelta(minutes=60)
    role = "Ingeniero/a de Pavimentos"
    summary = f"Entrevista - {role} (Vía Andina Consultores)"
    subject, body, uid = google_invite(
        seed="c07", organizer=LRESTREPO, guests=[OWNER, CORTIZ], summary=summary, start=orig,
        end=orig + timedelta(minutes=60),
        description=("Conversación con Camilo Ortiz, Director de Infraestructura Vial, sobre el proyecto de "
                     "rehabilitación del corredor Rumichaca-Pasto y tu experiencia en diseño de pavimentos flexibles."),
        location="", sent=sent, tzlabel="Hora de Colombia", gmt="GMT-5")
    m1 = mid("google-cal", "", "c07")
    c.add("invitacion-google-entrevista.eml", eml(
        frm=LRESTREPO, sender=("Google Calendar", "calendar-notification@google.com"), reply_to=LRESTREPO,
        to=[OWNER], subject=subject, date=sent, body=body, msgid=m1, relay="google"))
    subj = f"Entrevista - {role}"
    m2 = mid("gmail", "", "c07", 2)
    t2 = ("Hola Andrea, buenos días.\n\n"
          "Camilo tiene que viajar mañana a la obra en Pasto y no alcanza a conectarse a la hora acordada. "
          "¿Podríamos mover la entrevista al jueves a las 10h30? Sería por el mismo enlace de Meet y con la misma "
          "duración.\n\nQuedo atenta.\n\nUn saludo,\nLaura Restrepo\nGestión Humana | Vía Andina Consultores S.A.S.\n"
          "Bogotá, Colombia\n")
    c.add("restrepo-propone-mover.eml", eml(
        frm=LRESTREPO, to=[OWNER], cc=[CORTIZ], subject=subj, date=d2, body=alt(t2, "c07-2"),
        msgid=m2, irt=m1, refs=[m1], relay="google"))
    m3 = mid("gmail", "", "c07", 3)
    t3 = ("Hola Laura,\n\nClaro que sí, el jueves a las 10h30 me funciona perfecto. Gracias por avisar con tiempo.\n\n"
          f"Saludos cordiales,\n{FIRMA_ANDREA}\n")
    c.add("andrea-acepta.eml", eml(
        frm=OWNER, to=[LRESTREPO], cc=[CORTIZ], subject="Re: " + subj, date=d3, body=alt(t3, "c07-3"),
        msgid=m3, irt=m2, refs=[m1, m2], relay="google"))
    m4 = mid("gmail", "", "c07", 4)
    t4 = ("¡Mil gracias, Andrea! Entonces nos vemos el jueves. Camilo ya lo tiene bloqueado en su agenda.\n\n"
          "Laura\n")
    c.add("restrepo-gracias.eml", eml(
        frm=LRESTREPO, to=[OWNER], cc=[CORTIZ], subject="Re: " + subj, date=d4,
        body=leaf("text/plain", t4, "quoted-printable"), msgid=m4, irt=m3, refs=[m1, m2, m3], relay="google"))
    c.label([IV(VIANDINA, role, start, end, "scheduled", [CORTIZ[1]], [CORTIZ[1]], "hiring_manager")],
            "hard", "positive/reschedule-by-email",
            "Google invite for Tue 20 Oct 15:00 Bogotá; recruiter asks '¿podríamos mover la entrevista al jueves a "
            "las 10h30?' (sent Mon 19 Oct) and no updated invite follows -> Thu 22 Oct 10:30-11:30 -05:00.")
    TZNOTES.append((7, "Bogotá (America/Bogota) is UTC-5 like Quito; 'jueves a las 10h30' resolved against Mon 19 Oct -> Thu 22 Oct 10:30 -05:00; "
                       "Google invite times are UTC (20:00Z)."))


def case08():
    c = Case(8, "andina-final-standalone-floating-ics")
    stamp = D("2026-10-16 12:03", QUITO, "Fri", "-05:00")
    start = D("2026-10-21 17:00", QUITO, "Wed", "-05:00")
    end = start + timedelta(minutes=45)
    ev = vevent(uid=f"agenda-{h('c08', n=16)}@constructora-andina.example", start=start, end=end,
                summary="Entrevista final - Gerencia General (Andrea Paredes)",
                organizer=GCHIRIBOGA,
                attendees=[attendee(*JBENITEZ, partstat="ACCEPTED"), attendee(*OWNER)],
                description=("Proceso: Residente de Obra - Edificaciones. Entrevista final con el Ing. Jorge Benítez, "
                             "Gerente General. Hora de Quito (UTC-5). Torre Andina, piso 8, sala de directorio."),
                location="Torre Andina, Av. República de El Salvador N34-183 y Suiza, Quito",
                mode="floating", stamp=stamp, alarm=False)
    c.add("entrevista-final-gerencia.ics", vcal("-//Constructora Andina//Agenda Interna 3.2//ES", "PUBLISH", ev))
    c.label([IV(ANDINA, "Residente de Obra - Edificaciones", start, end, "scheduled",
                [JBENITEZ[1]], [JBENITEZ[1]], "hiring_manager")],
            "medium", "positive/standalone-ics-floating",
            "Standalone .ics with floating DTSTART 20261021T170000; description says 'Hora de Quito (UTC-5)'. "
            "Final with the general manager.")
    TZNOTES.append((8, "Floating .ics time (no TZID/Z) resolved as Quito -05:00 from the description."))


def case09():
    c = Case(9, "amazonas-successfactors-technical")
    sent = D("2026-10-19 14:05", QUITO, "Mon", "-05:00")
    d2 = D("2026-10-20 08:55", QUITO, "Tue", "-05:00")
    start = D("2026-10-23 11:00", QUITO, "Fri", "-05:00")
    end = start + timedelta(minutes=60)
    role = "Ingeniero/a Civil de Facilidades"
    text = (
        "Estimada Andrea Paredes:\n\n"
        f"Su entrevista para la posición {role} (Req. 20417) ha sido confirmada.\n\n"
        f"Fecha: {WD_ES[start.weekday()]} {start.strftime('%d/%m/%Y')}\n"
        f"Hora: {hm(start)} - {hm(end)} (America/Guayaquil)\n"
        "Tipo: Entrevista técnica\nModalidad: Microsoft Teams\n"
        "Entrevistador(es): Verónica Cevallos - Superintendente de Facilidades de Superficie\n\n"
        "Encontrará el enlace de la reunión en el archivo de calendario adjunto.\n\n"
        "Si tiene alguna consulta, escriba a su reclutador: Santiago Mena (smena@amazonaspetroleo.example).\n\n"
        "Amazonas Petróleo S.A. - Selección de Personal\n")
    ev = vevent(uid=f"sfint-{h('c09', n=28)}", start=start, end=end,
                summary=f"Entrevista técnica - {role} - Andrea Paredes", organizer=SMENA,
                attendees=[attendee(*OWNER), attendee(*VCEVALLOS)],
                description=f"Entrevista técnica Req. 20417. Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b32('c09t', n=30)}%40thread.v2/0",
                location="Microsoft Teams", mode="tz", tzid=QUITO, stamp=sent)
    ics = vcal("-//SAP SuccessFactors//Interview Scheduling//EN", "REQUEST", ev, tzs=[QUITO])
    body = multi("mixed", [leaf("text/plain", text, "base64"), ics_attach("interview.ics", ics)], boundary("c09"))
    c.add("successfactors-confirmacion-entrevista.eml", eml(
        frm=("Amazonas Petróleo S.A.", "noreply@successfactors.com"), reply_to=SMENA, to=[OWNER],
        subject=f"Confirmación de entrevista - {role} (Req. 20417)", date=sent, body=body,
        msgid=mid("x", "successfactors.com", "c09"), relay="sf"))
    t2 = ("Buenos días, Andrea:\n\n"
          "Solo para complementar la confirmación automática de ayer: en la entrevista del viernes con la Ing. "
          "Cevallos se le planteará un caso práctico corto sobre drenaje y plataformas de pozos en el Bloque 12. "
          "No necesita preparar presentación; tenga a mano papel y calculadora.\n\n"
          "Saludos cordiales,\n\nSantiago Mena\nAnalista de Selección | Amazonas Petróleo S.A.\n"
          "Av. Naciones Unidas E10-44, Quito\n")
    c.add("mena-detalles-caso.eml", eml(
        frm=SMENA, to=[OWNER], cc=[VCEVALLOS], subject=f"Detalles entrevista técnica - {role}", date=d2,
        body=alt(t2, "c09-2"), msgid=mid("outlook", "BY5PR13MB", "c09", 2), relay="outlook"))
    c.label([IV(AMZ, role, start, end, "scheduled", [VCEVALLOS[1]], [VCEVALLOS[1]], "technical")],
            "medium", "positive/successfactors-ics-dedupe",
            "SuccessFactors confirmation (no-reply, Reply-To recruiter) + .ics, then a recruiter follow-up about the "
            "same Friday interview: one interview, interviewer Cevallos.")


def case10():
    c = Case(10, "madrid-final-across-eu-dst")
    d1 = D("2026-10-19 17:30", MADRID, "Mon", "+02:00")
    d2 = D("2026-10-20 08:12", QUITO, "Tue", "-05:00")
    d3 = D("2026-10-20 16:40", MADRID, "Tue", "+02:00")
    d4 = D("2026-10-20 16:44", MADRID, "Tue", "+02:00")
    start = D("2026-10-27 16:00", MADRID, "Tue", "+01:00")
    end = start + timedelta(minutes=60)
    assert start.astimezone(ZoneInfo(QUITO)).hour == 10
    assert (start - timedelta(days=7)).astimezone(ZoneInfo(QUITO)).hour == 9  # same wall time a week earlier
    day(2026, 10, 25, "Sun")
    role = "Ingeniero/a de Proyectos Senior - Agua e Infraestructuras"
    subj = "Entrevista final con Álvaro Ibarra - Ingeniero/a de Proyectos Senior"
    m1 = mid("outlook", "PAXPR08MB", "c10", 1)
    t1 = ("Estimada Andrea:\n\n"
          "Me alegra comunicarle que ha pasado a la fase final del proceso para la posición de Ingeniero/a de "
          "Proyectos Senior en la División de Agua e Infraestructuras.\n\n"
          f"El director de la división, D. Álvaro Ibarra, querría mantener una videollamada con usted el "
          f"{es_long(start)} a las 16:00 hora peninsular española, es decir, las 09:00 en Quito. ¿Le viene bien? "
          "En cuanto me lo confirme le envío la convocatoria de Teams.\n\n"
          "Un saludo cordial,\n\nLucía Fernández Ortega\nTalento y Selección | Grupo Meseta Ingeniería\n"
          "Paseo de la Castellana 141, 28046 Madrid\n")
    c.add("fernandez-propone-final.eml", eml(
        frm=LFERNANDEZ, to=[OWNER], subject=subj, date=d1, body=alt(t1, "c10-1"), msgid=m1, relay="outlook"))
    m2 = mid("gmail", "", "c10", 2)
    t2 = ("Estimada Lucía:\n\n"
          f"Muchas gracias por la noticia. Confirmo el martes {start.day} a las 16:00 de Madrid. Solo una "
          "observación: como en España pasan al horario de invierno el domingo 25, entiendo que las 16:00 de "
          "Madrid corresponderán a las 10h00 en Quito y no a las 09h00. ¿Me lo podría confirmar?\n\n"
          f"Saludos cordiales,\n{FIRMA_ANDREA}\n")
    c.add("andrea-confirma-y-pregunta-hora.eml", eml(
        frm=OWNER, to=[LFERNANDEZ], subject="RE: " + subj, date=d2, body=alt(t2, "c10-2"),
        msgid=m2, irt=m1, refs=[m1], relay="google"))
    m3 = mid("outlook", "PAXPR08MB", "c10", 3)
    t3 = ("Tiene toda la razón, Andrea, y disculpe el despiste: tras el cambio de hora habrá seis horas de "
          "diferencia, así que quedamos a las 16:00 en Madrid, que son las 10:00 en Quito. Le envío ahora mismo la "
          "convocatoria.\n\nUn saludo,\nLucía\n")
    c.add("fernandez-corrige-hora.eml", eml(
        frm=LFERNANDEZ, to=[OWNER], subject="RE: " + subj, date=d3, body=alt(t3, "c10-3"),
        msgid=m3, irt=m2, refs=[m1, m2], relay="outlook"))
    intro = ("Estimada Andrea:\n\nLe envío la convocatoria para la entrevista final con Álvaro Ibarra, Director de la "
             "División de Agua e Infraestructuras. La reunión durará aproximadamente una hora.\n\nUn saludo,\nLucía")
    body, extra = teams_invite(
        seed="c10", organizer=LFERNANDEZ, attendees_list=[OWNER, AIBARRA],
        summary="Entrevista final - Andrea Paredes / Álvaro Ibarra", start=start, end=end,
        wintz="Romance Standard Time", tzlabel="(UTC+01:00) Bruselas, Copenhague, Madrid, París",
        intro=intro, location="Reunión de Microsoft Teams", sent=d4)
    c.add("convocatoria-teams-final.eml", eml(
        frm=LFERNANDEZ, to=[OWNER, AIBARRA], subject="Entrevista final - Andrea Paredes / Álvaro Ibarra",
        date=d4, body=body, msgid=mid("outlook", "PAXPR08MB", "c10", 4), extra=extra, relay="outlook"))
    c.label([IV(MESETA, role, start, end, "scheduled", [AIBARRA[1]], [AIBARRA[1]], "hiring_manager")],
            "hard", "positive/eu-dst-gap",
            "Madrid recruiter first converts 16:00 Madrid to 09:00 Quito using the pre-25-Oct gap; candidate and "
            "recruiter correct it to 10:00 Quito; Teams invite uses TZID 'Romance Standard Time'. Final: "
            "Tue 27 Oct 16:00+01:00 (= 10:00 -05:00).")
    TZNOTES.append((10, "Madrid CEST(+02:00)->CET(+01:00) on Sun 25 Oct 2026: mails dated +0200, interview Tue 27 Oct 16:00 "
                        "Romance Standard Time = 16:00+01:00 = 10:00 Quito (recruiter first wrote 09:00 by mistake, then corrected)."))


def case11():
    c = Case(11, "ruminahui-cancelled-spanish")
    d1 = D("2026-10-22 10:15", QUITO, "Thu", "-05:00")
    d2 = D("2026-10-22 13:02", QUITO, "Thu", "-05:00")
    d3 = D("2026-10-27 17:05", QUITO, "Tue", "-05:00")
    start = D("2026-10-29 11:00", QUITO, "Thu", "-05:00")
    end = start + timedelta(minutes=45)
    role = "Ingeniero/a de Planificación y Costos"
    subj = f"Invitación a entrevista - {role}"
    m1 = mid("x", "ruminahui-construcciones.example", "c11", 1)
    t1 = ("Estimada Andrea:\n\n"
          f"Por medio del presente, le invitamos a una entrevista con el Ing. Marcelo Vaca, Jefe de Proyectos, el "
          f"{es_long(start)} a las {hh(start)} en nuestras oficinas (Av. 6 de Diciembre N33-42 e Ignacio Bossano, "
          "edificio Rumiñahui, 3er piso). La entrevista tendrá una duración aproximada de 45 minutos.\n\n"
          "Por favor traiga su cédula y una copia de su título registrado en la SENESCYT.\n\n"
          "Saludos cordiales,\n\nPaola Guamán\nAsistente de Recursos Humanos\nConstructora Rumiñahui Cía. Ltda.\n")
    c.add("invitacion-entrevista.eml", eml(
        frm=PGUAMAN, to=[OWNER], subject=subj, date=d1, body=alt(t1, "c11-1"), msgid=m1))
    m2 = mid("gmail", "", "c11", 2)
    t2 = ("Estimada Paola:\n\nGracias por la invitación; confirmo mi asistencia para el jueves 29 a las 11h00.\n\n"
          f"Atentamente,\n{FIRMA_ANDREA}\n")
    c.add("andrea-confirma.eml", eml(
        frm=OWNER, to=[PGUAMAN], subject="Re: " + subj, date=d2, body=alt(t2, "c11-2"),
        msgid=m2, irt=m1, refs=[m1], relay="google"))
    m3 = mid("x", "ruminahui-construcciones.example", "c11", 3)
    t3 = ("Estimada Andrea:\n\n"
          "Lamento informarle que debemos cancelar la entrevista prevista para este jueves 29 de octubre a las "
          "11h00. El directorio decidió suspender temporalmente la licitación del proyecto para el cual se abrió la "
          "vacante, por lo que el proceso queda en pausa.\n\n"
          "Le pido disculpas por las molestias. Si el proceso se reactiva, me pondré en contacto con usted.\n\n"
          "Atentamente,\n\nPaola Guamán\nAsistente de Recursos Humanos\n")
    c.add("cancelacion-entrevista.eml", eml(
        frm=PGUAMAN, to=[OWNER], subject="Re: " + subj, date=d3, body=leaf("text/plain", t3, "quoted-printable"),
        msgid=m3, irt=m2, refs=[m1, m2]))
    c.label([IV(RUMI, role, start, end, "cancelled", [], [PGUAMAN[1]], "hiring_manager")],
            "medium", "positive/cancel-by-email",
            "Interview Thu 29 Oct 11h00 (45 min) confirmed, then cancelled in Spanish ('debemos cancelar la "
            "entrevista'). Interviewer's address never given -> follow-up to the HR assistant.")


# =========================================================================== cases 12-22
def case12():
    c = Case(12, "computrabajo-job-alert")
    sent = D("2026-10-26 07:02", QUITO, "Mon", "-05:00")
    jobs = [
        ("Ingeniero/a Residente de Obra", "Consorcio Vial Sur", "Quito", "¡Entrevistas inmediatas esta semana!"),
        ("Supervisor/a de Obra Civil", "Inmobiliaria Costa Azul", "Guayaquil", "Contratación inmediata"),
        ("Ingeniero/a de Costos y Presupuestos", "Empresa confidencial", "Quito", "Te invitamos a una entrevista: postula hoy"),
        ("Fiscalizador/a de Obras Hidráulicas", "Aguas del Valle EP", "Sangolquí", "Proceso ágil: entrevista en 48 horas"),
    ]
    rows = "".join(
        f'<tr><td style="padding:10px;border-bottom:1px solid #eee"><a href="https://ec.computrabajo.com/ofertas-de-trabajo/oferta-{h("job", i, n=10)}" '
        f'style="font-weight:bold;color:#0d3878">{t}</a><br>{co} - {ci}<br><span style="color:#1a8917">{tag}</span></td></tr>'
        for i, (t, co, ci, tag) in enumerate(jobs))
    html = html_doc(
        '<table width="600"><tr><td style="background:#0d3878;color:#fff;padding:14px;font-size:20px">Computrabajo</td></tr>'
        '<tr><td style="padding:10px">Hola Andrea, estas ofertas de <b>Ingeniero Civil</b> coinciden con tu búsqueda:</td></tr>'
        + rows +
        '<tr><td style="padding:10px;font-size:11px;color:#888">Recibes este correo porque creaste una alerta de empleo. '
        '<a href="https://ec.computrabajo.com/candidato/alertas">Modificar o cancelar alertas</a></td></tr></table>')
    c.add("alerta-ofertas-ingeniero-civil.eml", eml(
        frm=("Computrabajo Ecuador", "alertas@ec.computrabajo.com"), to=[OWNER],
        subject="Andrea, 12 nuevas ofertas de Ingeniero Civil en Quito y Pichincha", date=sent,
        body=leaf("text/html", html, "base64"), msgid=mid("x", "ec.computrabajo.com", "c12"), relay="relay",
        extra=("List-Unsubscribe: <https://ec.computrabajo.com/candidato/alertas>", "Precedence: bulk")))
    c.label([], "easy", "negative/job-alert",
            "Job-board alert whose listings say 'entrevistas inmediatas' / 'te invitamos a una entrevista'.")


def case13():
    c = Case(13, "engineering-congress-ics")
    stamp = D("2026-10-27 10:30", QUITO, "Tue", "-05:00")
    start = D("2026-10-28 08:30", QUITO, "Wed", "-05:00")
    end = D("2026-10-28 18:00", QUITO, "Wed", "-05:00")
    ev = vevent(uid=f"cnic2026-{h('c13', n=12)}@congresoingenieria.example", start=start, end=end,
                summary="XXXI Congreso Nacional de Ingeniería Civil - Día 1",
                organizer=("Comité Organizador CNIC 2026", "eventos@congresoingenieria.example"),
                attendees=[attendee(*OWNER, partstat="ACCEPTED", rsvp="FALSE")],
                description=("Registro No. CNIC-2026-0873 (asistente profesional). 08h30 acreditación; 09h30 conferencia "
                             "magistral sobre puentes atirantados; 15h00 conversatorio 'Entrevista abierta: el futuro de la "
                             "infraestructura vial en Ecuador'; 17h00 feria de empresas constructoras. Presentar la "
                             "credencial del Colegio de Ingenieros Civiles de Pichincha."),
                location="Centro de Convenciones Metropolitano, Quito", mode="tz", tzid=QUITO, stamp=stamp)
    c.add("congreso-ingenieria-civil.ics", vcal("-//CNIC 2026//Registro de Asistentes//ES", "PUBLISH", ev, tzs=[QUITO]))
    c.label([], "medium", "negative/conference-ics",
            "Standalone .ics for an engineering congress she attends; contains an 'Entrevista abierta' panel talk.")


def case14():
    c = Case(14, "tpg-guayaquil-onsite-three-teams-invites")
    sent = D("2026-10-28 11:05", QUITO, "Wed", "-05:00")
    s1 = D("2026-11-05 09:00", QUITO, "Thu", "-05:00")
    s2 = D("2026-11-05 10:00", QUITO, "Thu", "-05:00")
    tour = D("2026-11-05 11:00", QUITO, "Thu", "-05:00")
    s3 = D("2026-11-05 11:30", QUITO, "Thu", "-05:00")
    e3 = D("2026-11-05 12:30", QUITO, "Thu", "-05:00")
    flight = D("2026-11-05 06:40", QUITO, "Thu", "-05:00")
    driver = D("2026-11-05 07:45", QUITO, "Thu", "-05:00")
    role = "Ingeniero/a de Infraestructura Portuaria"
    loc = "Terminal Portuaria del Guayas - Edificio Administrativo, Av. de la Marina s/n, Guayaquil"
    text = (
        "Estimada Andrea:\n\n"
        f"Como le adelanté por teléfono, le compartimos la agenda de su jornada de entrevistas presenciales en "
        f"nuestras instalaciones de Guayaquil el {es_long(s1)}:\n\n"
        f"{hh(s1)} - {hh(s2)}  Ing. Ricardo Bustamante (Jefe de Infraestructura Portuaria) e Ing. Karla Mosquera "
        "(Gerente de Operaciones Portuarias): caso técnico sobre rehabilitación de muelles.\n"
        f"{hh(s2)} - {hh(tour)}  Ing. Xavier Noboa, Jefe de Seguridad Industrial y Ambiente.\n"
        f"{hh(tour)} - {hh(s3)}  Recorrido guiado por el patio de contenedores (no es entrevista; lleve zapatos cerrados).\n"
        f"{hh(s3)} - {hh(e3)}  Econ. Susana Ortega, Gerente de Talento Humano.\n\n"
        f"Logística: la empresa cubre su pasaje en el vuelo de las {hh(flight)} desde Quito; un conductor la esperará en "
        f"el aeropuerto José Joaquín de Olmedo a las {hh(driver)}. El almuerzo posterior es opcional.\n\n"
        "Le llegarán tres invitaciones de calendario, una por cada bloque. Cualquier novedad, escríbame a este correo o "
        "al 098 711 2045.\n\n"
        "Saludos cordiales,\n\nVerónica Alvarado\nAnalista de Reclutamiento | Terminal Portuaria del Guayas\n")
    c.add("agenda-jornada-guayaquil.eml", eml(
        frm=VALVARADO, to=[OWNER], cc=[RBUSTAMANTE],
        subject=f"Agenda de su jornada de entrevistas en Guayaquil - {es_long(s1)}", date=sent,
        body=alt(text, "c14-0", html=html_doc(paras_html(text), font="Calibri,sans-serif")),
        msgid=mid("outlook", "CH3PR17MB", "c14", 0), relay="outlook"))
    blocks = [
        (s1, s2, [RBUSTAMANTE, KMOSQUERA], "Entrevista técnica - Bustamante / Mosquera",
         "Primer bloque: caso técnico con el Ing. Ricardo Bustamante y la Ing. Karla Mosquera."),
        (s2, tour, [XNOBOA], "Entrevista - Seguridad Industrial y Ambiente (X. Noboa)",
         "Segundo bloque: conversación con el Ing. Xavier Noboa sobre gestión HSE en obra portuaria."),
        (s3, e3, [SORTEGA], "Entrevista - Talento Humano (S. Ortega)",
         "Último bloque: entrevista con la Econ. Susana Ortega, Gerente de Talento Humano."),
    ]
    for i, (a, b, people, summ, intro) in enumerate(blocks, 1):
        sent_i = sent + timedelta(minutes=6 + i)
        summary = f"{summ} | {role} - Andrea Paredes"
        body, extra = teams_invite(
            seed=f"c14-{i}", organizer=VALVARADO, attendees_list=[OWNER] + people, summary=summary,
            start=a, end=b, wintz="SA Pacific Standard Time",
            tzlabel="(UTC-05:00) Bogotá, Lima, Quito, Rio Branco",
            intro=intro + "\n\nReunión presencial (enlace de Teams solo como respaldo).\n\nVerónica Alvarado",
            location=loc, sent=sent_i)
        c.add(f"invitacion-bloque-{i}.eml", eml(
            frm=VALVARADO, to=[OWNER] + people, subject=summary, date=sent_i, body=body,
            msgid=mid("outlook", "CH3PR17MB", "c14", i), extra=extra, relay="outlook"))
    c.label([IV(TPG, role, s1, e3, "scheduled",
                [RBUSTAMANTE[1], KMOSQUERA[1], XNOBOA[1], SORTEGA[1]],
                [RBUSTAMANTE[1], KMOSQUERA[1], XNOBOA[1], SORTEGA[1]], "onsite")],
            "hard", "positive/onsite-loop-several-invites",
            "Onsite day in Guayaquil sent as an agenda mail + three Exchange/Teams invites (TZID 'SA Pacific Standard "
            "Time'): one onsite 09:00-12:30 with four interviewers. 06h40 flight, 07h45 driver and the 11h00 tour are "
            "not interview times.")
    TZNOTES.append((14, "Exchange invites with Windows TZID 'SA Pacific Standard Time' and label '(UTC-05:00) Bogotá, Lima, Quito, Rio Branco'; Guayaquil = Quito time."))


def case15():
    c = Case(15, "houston-call-across-us-dst")
    sent = D("2026-10-29 15:20", CHICAGO, "Thu", "-05:00")
    start = D("2026-11-04 09:00", CHICAGO, "Wed", "-06:00")
    end = start + timedelta(minutes=45)
    assert start.astimezone(ZoneInfo(QUITO)).hour == 10
    assert sent.astimezone(ZoneInfo(QUITO)).hour == 15  # same wall clock as Quito before Nov 1
    day(2026, 11, 1, "Sun")
    role = "Project Engineer - Latin America Infrastructure"
    zid = hnum("zoom", "c15", n=11)
    zurl = f"https://bayoucivil.zoom.us/j/{zid}?pwd={b32('zpwd', n=24)}"
    text = (
        "Hi Andrea,\n\n"
        "Thank you for applying to our Project Engineer - Latin America Infrastructure opening. Your port and "
        "slope-stabilization experience stood out, and Brian Castillo, our Director of Geotechnical Engineering, "
        "would like to meet you.\n\n"
        f"We have you down for {en_long(start)} at {ampm(start)} Central for 45 minutes on Zoom. Quick heads-up: our "
        "clocks fall back this Sunday (Nov 1), so 9:00 AM Central will be 10:00 AM in Quito - not 9:00 as it "
        "would be today. The Zoom invite is attached.\n\n"
        "Feel free to reply here with any questions.\n\n"
        "Best,\nMegan Holloway\nTalent Acquisition Partner | Bayou Civil Partners\nHouston, TX\n")
    zdesc = (f"Megan Holloway is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{zurl}\n\n"
             f"Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}\n\nAndrea Paredes / Brian Castillo - Project Engineer interview")
    ev = vevent(uid=f"ZOOM{zid}-{h('c15u', n=8)}@zoom.us", start=start, end=end,
                summary="Andrea Paredes / Brian Castillo - Project Engineer interview", organizer=MHOLLOWAY,
                attendees=[attendee(*OWNER), attendee(*BCASTILLO)], description=zdesc, location=zurl,
                mode="tz", tzid=CHICAGO, stamp=sent, alarm=False)
    ics = vcal("-//zoom.us//iCalendar Event//EN", "REQUEST", ev, tzs=[CHICAGO], version_first=True)
    body = multi("mixed", [alt(text, "c15", cte_text="7bit"), ics_attach("zoom_meeting.ics", ics)], boundary("c15"))
    c.add("holloway-zoom-interview.eml", eml(
        frm=MHOLLOWAY, to=[OWNER], cc=[BCASTILLO], subject=f"Interview with Bayou Civil Partners - {en_long(start)}",
        date=sent, body=body, msgid=mid("outlook", "SA1PR04MB", "c15"), relay="outlook"))
    c.label([IV(BAYOU, role, start, end, "scheduled", [BCASTILLO[1]], [BCASTILLO[1]], "hiring_manager")],
            "hard", "positive/us-dst-gap",
            "Mail sent Thu 29 Oct (CDT -05:00, same clock as Quito) for Wed 4 Nov 9:00 AM Central after the Nov 1 "
            "fall-back: 09:00-09:45 -06:00 = 10:00 Quito. Zoom .ics with TZID America/Chicago.")
    TZNOTES.append((15, "US fall-back Sun 1 Nov 2026: mail dated Thu 29 Oct -0500 (CDT), call Wed 4 Nov 09:00 America/Chicago = -06:00 (CST) = 10:00 Quito."))


def case16():
    c = Case(16, "notary-appointment")
    sent = D("2026-11-04 08:34", QUITO, "Wed", "-05:00")
    appt = D("2026-11-06 11:30", QUITO, "Fri", "-05:00")
    text = (
        "Estimada Sra. Andrea Paredes:\n\n"
        f"Confirmamos su cita en la Notaría Vigésima Octava del Cantón Quito para el {es_long(appt)} a las "
        f"{hh(appt)}, con el Dr. Esteban Villacís, Notario.\n\n"
        "Trámites: certificación de copias del título de Ingeniera Civil y declaración juramentada "
        "(documentos requeridos para un proceso de selección en el exterior).\n\n"
        "Requisitos: cédula de ciudadanía original, título original y certificado de votación. El valor de los "
        "servicios notariales se cancela en ventanilla.\n\n"
        "Si no puede asistir, le rogamos avisar con 24 horas de anticipación.\n\n"
        "Atentamente,\nAtención al Usuario\nNotaría Vigésima Octava - Quito\nAv. Amazonas N24-196 y Cordero\n")
    c.add("confirmacion-cita-notaria.eml", eml(
        frm=("Notaría 28 Quito - Citas", "citas@notaria28quito.example"), to=[OWNER],
        subject="Confirmación de cita - certificación de documentos", date=sent,
        body=leaf("text/plain", text, "quoted-printable"), msgid=mid("x", "notaria28quito.example", "c16")))
    c.label([], "medium", "negative/notary-appointment",
            "Notary appointment to certify documents 'for a selection process abroad'; not an interview.")


def case17():
    c = Case(17, "viandina-rejection-lamentablemente")
    sent = D("2026-11-03 16:48", BOGOTA, "Tue", "-05:00")
    past = D("2026-10-22 10:30", BOGOTA, "Thu", "-05:00")
    text = (
        "Hola Andrea:\n\n"
        f"Te agradecemos el tiempo que dedicaste a la entrevista del {es_long(past)} con Camilo y el interés en "
        "Vía Andina Consultores.\n\n"
        "Lamentablemente, en esta ocasión decidimos avanzar con un perfil con mayor experiencia en diseño de "
        "pavimentos rígidos para concesiones 4G. Tu hoja de vida queda en nuestra base de datos y no dudaremos en "
        "contactarte para futuras vacantes en Ecuador o Colombia.\n\n"
        "Te deseamos muchos éxitos.\n\nUn saludo,\nLaura Restrepo\nGestión Humana | Vía Andina Consultores S.A.S.\n")
    c.add("proceso-ingeniero-pavimentos.eml", eml(
        frm=LRESTREPO, to=[OWNER], subject="Proceso Ingeniero/a de Pavimentos - Vía Andina Consultores",
        date=sent, body=alt(text, "c17"), msgid=mid("gmail", "", "c17"), relay="google"))
    c.label([], "easy", "negative/rejection",
            "Rejection ('Lamentablemente...') that mentions the past interview date.")


def case18():
    c = Case(18, "vionor-two-interviews")
    sent = D("2026-11-04 11:10", QUITO, "Wed", "-05:00")
    inv_sent = D("2026-11-04 11:52", QUITO, "Wed", "-05:00")
    a1 = D("2026-11-09 09:00", QUITO, "Mon", "-05:00")
    b1 = a1 + timedelta(minutes=30)
    a2 = D("2026-11-10 14:30", QUITO, "Tue", "-05:00")
    b2 = a2 + timedelta(minutes=60)
    role = "Especialista en Drenaje Vial"
    text = (
        "Estimada Ingeniera Paredes:\n\n"
        f"Reciba un atento saludo de {VIONOR}. Nos complace invitarla a participar en las entrevistas para el "
        f"cargo de {role}. El proceso tiene dos etapas:\n\n"
        f"1. Entrevista con Talento Humano (conmigo): {es_long(a1)} a las {hh(a1)}, por Zoom, duración de 30 minutos. "
        f"Enlace: https://vionor.zoom.us/j/{hnum('c18z', n=10)}\n"
        f"2. Entrevista técnica con el Ing. Hernán Pazmiño, Gerente de Proyectos Viales: {es_long(a2)} a las "
        f"{hh(a2)}, presencial en nuestras oficinas de Cumbayá (Av. Interoceánica km 12, edificio Plaza del Valle, "
        "oficina 304), duración de una hora.\n\n"
        "Para la segunda etapa el Ing. Pazmiño le enviará una invitación de calendario.\n\n"
        "Saludos cordiales,\n\nCarolina Játiva\nJefa de Talento Humano\nVialidad y Obras del Norte\n"
        "cjativa@vionor.example\n")
    c.add("jativa-dos-entrevistas.eml", eml(
        frm=CJATIVA, to=[OWNER], cc=[HPAZMINO], subject=f"Entrevistas - {role}", date=sent,
        body=leaf("text/plain", text, "base64"), msgid=mid("x", "vionor.example", "c18")))
    subject, body, uid = google_invite(
        seed="c18", organizer=HPAZMINO, guests=[OWNER], summary=f"Entrevista técnica - {role} (A. Paredes)",
        start=a2, end=b2, description="Entrevista técnica presencial. Traer ejemplos de diseños de alcantarillas y cunetas.",
        location="VIONOR, Av. Interoceánica km 12, Plaza del Valle, of. 304, Cumbayá", sent=inv_sent,
        tzlabel="Hora de Ecuador", gmt="GMT-5", meet=False)
    c.add("invitacion-google-tecnica.eml", eml(
        frm=HPAZMINO, sender=("Google Calendar", "calendar-notification@google.com"), reply_to=HPAZMINO,
        to=[OWNER], subject=subject, date=inv_sent, body=body, msgid=mid("google-cal", "", "c18"), relay="google"))
    c.label([IV(VIONOR, role, a1, b1, "scheduled", [CJATIVA[1]], [CJATIVA[1]], "phone_screen"),
             IV(VIONOR, role, a2, b2, "scheduled", [HPAZMINO[1]], [HPAZMINO[1]], "technical")],
            "medium", "positive/two-interviews",
            "One mail announces an HR Zoom screen (Mon 9 Nov 09h00, 30 min) and an in-person technical interview "
            "(Tue 10 Nov 14h30, 1 h); the Google invite duplicates the second.")


def case19():
    c = Case(19, "amazonas-panel-gcal-json")
    sent = D("2026-11-05 16:30", QUITO, "Thu", "-05:00")
    start = D("2026-11-12 09:00", QUITO, "Thu", "-05:00")
    end = D("2026-11-12 11:00", QUITO, "Thu", "-05:00")
    role = "Ingeniero/a Civil de Facilidades"
    text = (
        "Andrea, buenas tardes:\n\n"
        "¡Felicitaciones! Luego de la entrevista técnica, el equipo decidió que continúe a la etapa de panel. "
        f"Será el {es_long(start)} de {hh(start)} a {hh(end)} en el Edificio Amazonas Petróleo (Av. Naciones Unidas "
        "E10-44), piso 9, sala Yasuní.\n\n"
        "El panel estará conformado por la Ing. Verónica Cevallos, el Ing. Diego Larrea (Gerente de Proyectos de "
        "Superficie) y la Dra. Mónica Vallejo (Coordinadora HSE). Le pedimos preparar una presentación de 15 minutos "
        "sobre un proyecto suyo de obra civil.\n\n"
        "Ya le envié la invitación al calendario. Por favor acérquese a recepción 15 minutos antes para el registro de "
        "visitantes.\n\nSaludos cordiales,\n\nSantiago Mena\nAnalista de Selección\n")
    c.add("mena-panel-final.eml", eml(
        frm=SMENA, to=[OWNER], subject=f"Panel de entrevista - {role}", date=sent, body=alt(text, "c19"),
        msgid=mid("outlook", "BY5PR13MB", "c19"), relay="outlook"))
    att = [
        {"email": SMENA[1], "displayName": SMENA[0], "organizer": True, "responseStatus": "accepted"},
        {"email": VCEVALLOS[1], "displayName": VCEVALLOS[0], "responseStatus": "accepted"},
        {"email": DLARREA[1], "displayName": DLARREA[0], "responseStatus": "accepted"},
        {"email": MVALLEJO[1], "displayName": MVALLEJO[0], "responseStatus": "needsAction"},
        {"email": USER, "self": True, "responseStatus": "accepted"},
    ]
    c.add("panel-amazonas.gcal.json", gcal_json(
        seed="c19", summary=f"Panel de entrevista - {role} - Andrea Paredes",
        description="Panel presencial: V. Cevallos, D. Larrea, M. Vallejo. Presentación de 15 min + preguntas.",
        organizer=SMENA, attendees_json=att, start=start, end=end, tz=QUITO,
        location="Edificio Amazonas Petróleo, Av. Naciones Unidas E10-44, piso 9, sala Yasuní",
        created=sent - timedelta(minutes=9), updated=sent + timedelta(hours=2, minutes=14), meet=False))
    c.label([IV(AMZ, role, start, end, "scheduled", [VCEVALLOS[1], DLARREA[1], MVALLEJO[1]],
                [VCEVALLOS[1], DLARREA[1], MVALLEJO[1]], "onsite")],
            "medium", "positive/panel-gcal-json",
            "Recruiter mail + Calendar API event (self attendee) for one in-person panel of three; recruiter "
            "organizes only.")


def case20():
    c = Case(20, "calendly-availability-unbooked")
    sent = D("2026-11-09 10:22", QUITO, "Mon", "-05:00")
    day(2026, 11, 11, "Wed")
    day(2026, 11, 13, "Fri")
    text = (
        "Estimada Andrea:\n\n"
        "Soy Andrés Cabrera, coordinador de personal del Consorcio Vial Tumbaco. Vimos su perfil en Multitrabajos "
        "y nos gustaría coordinar una entrevista inicial para la vacante de Ingeniera de Campo.\n\n"
        "Por favor escoja el horario que más le convenga en el siguiente enlace (30 minutos, por videollamada): "
        "https://calendly.com/acabrera-cvt/entrevista-inicial\n\n"
        "Tenemos espacios entre el miércoles 11 y el viernes 13 de noviembre, de 09h00 a 17h00.\n\n"
        "Quedo pendiente de su reserva.\n\nAtentamente,\nAndrés Cabrera\nConsorcio Vial Tumbaco\n")
    c.add("cabrera-escoja-horario.eml", eml(
        frm=("Andrés Cabrera", "acabrera@consorciotumbaco.example"), to=[OWNER],
        subject="Entrevista inicial - Ingeniera de Campo (Consorcio Vial Tumbaco)", date=sent,
        body=alt(text, "c20"), msgid=mid("gmail", "", "c20"), relay="google"))
    c.label([], "medium", "negative/availability-request",
            "Calendly link with an availability window; nothing booked.")


def case21():
    c = Case(21, "hecsa-offer-letter")
    sent = D("2026-11-13 10:05", QUITO, "Fri", "-05:00")
    start_job = D("2026-12-01 08:00", QUITO, "Tue", "-05:00")
    deadline = D("2026-11-18 17:00", QUITO, "Wed", "-05:00")
    text = (
        "Estimada Andrea:\n\n"
        "Es un gusto comunicarle que ha sido seleccionada para el cargo de Residente de Obra Estructural en "
        "Hormigones y Estructuras Cotopaxi (HECSA).\n\n"
        "Condiciones principales:\n"
        "- Remuneración mensual: USD 2.150 más beneficios de ley (décimos, fondos de reserva, IESS).\n"
        "- Contrato indefinido con periodo de prueba de 90 días.\n"
        f"- Fecha tentativa de ingreso: {es_long(start_job)} de 2026, {hh(start_job)}, oficina matriz.\n\n"
        f"Adjuntamos la carta oferta. Le agradeceremos confirmar su aceptación hasta el {es_long(deadline)}.\n\n"
        "Reciba nuestras felicitaciones.\n\nAtentamente,\n\nMaría José Andrade\nCoordinadora de Selección - HECSA\n")
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    body = multi("mixed", [alt(text, "c21"), attach("Carta_oferta_A_Paredes.pdf", pdf, "application/pdf")],
                 boundary("c21"))
    c.add("carta-oferta.eml", eml(
        frm=MJANDRADE, to=[OWNER], cc=[PGUERRERO], subject="Carta oferta - Residente de Obra Estructural",
        date=sent, body=body, msgid=mid("outlook", "SJ0PR05MB", "c21"), relay="outlook"))
    c.label([], "easy", "negative/offer", "Offer letter with start date and acceptance deadline.")


def case22():
    c = Case(22, "hecsa-pre-employment-medical-invite")
    sent = D("2026-11-13 15:40", QUITO, "Fri", "-05:00")
    start = D("2026-11-17 07:30", QUITO, "Tue", "-05:00")
    end = D("2026-11-17 09:30", QUITO, "Tue", "-05:00")
    doc = ("Gabriela Proaño", "gproano@hecsa.example")
    subject, body, uid = google_invite(
        seed="c22", organizer=doc, guests=[OWNER, MJANDRADE],
        summary="Exámenes pre-ocupacionales - Andrea Paredes (ingreso Residente de Obra)",
        start=start, end=end,
        description=("Como parte de su incorporación, acuda en ayunas (8 horas) al laboratorio. Incluye biometría "
                     "hemática, examen de orina, audiometría, espirometría y valoración médica ocupacional con la "
                     "Dra. Proaño. Traer cédula."),
        location="Laboratorio Clínico San Gabriel, Av. 10 de Agosto N37-15, Quito", sent=sent,
        tzlabel="Hora de Ecuador", gmt="GMT-5", meet=False)
    c.add("invitacion-examenes-preocupacionales.eml", eml(
        frm=doc, sender=("Google Calendar", "calendar-notification@google.com"), reply_to=doc, to=[OWNER],
        subject=subject, date=sent, body=body, msgid=mid("google-cal", "", "c22"), relay="google"))
    c.label([], "medium", "negative/medical-exam",
            "Post-offer pre-employment medical exams as a Google Calendar invite from the hiring company's doctor.")


# =========================================================================== output
def readme():
    pos = [k for k, v in LABELS.items() if v["interview"]]
    neg = [k for k, v in LABELS.items() if not v["interview"]]
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    n_eml = sum(1 for c in CASES for n, _ in c.items if n.endswith(".eml"))
    n_ics = sum(1 for c in CASES for n, _ in c.items if n.endswith(".ics"))
    n_json = sum(1 for c in CASES for n, _ in c.items if n.endswith(".gcal.json"))
    lines = [
        "# blind304: Quito civil engineer, Ecuadorian Spanish + English, Oct-Nov 2026 (written blind)",
        "",
        f"Mailbox owner: Andrea Paredes <{USER}>, civil engineer in Quito (America/Guayaquil, UTC-5, no DST).",
        "",
        "This set was written blind: only the eval README and two dev files were read for the format; no tool code, "
        "tests or other sets were consulted.",
        "",
        "## What it stresses",
        "- Ecuadorian Spanish wording ('le invitamos a una entrevista', 'a las 15h00', 'mañana', 'Saludos cordiales') "
        "mixed with English (Houston).",
        "- Relative dates in bodies, proposal/confirmation threads, an e-mail-only reschedule ('¿podríamos mover la "
        "entrevista al jueves a las 10h30?') and a Spanish cancellation.",
        "- Distractor times: a company pick-up time before a site-visit interview, flight/driver/tour times around an onsite day.",
        "- Cross-border time zones: Bogotá, Madrid across the EU change (25 Oct) and Houston across the US change (1 Nov).",
        "- Hard negatives from the same companies: psychometric test with a fixed slot, post-offer medical exams invite, "
        "offer, rejection, notary appointment, engineering congress .ics, job alert, Calendly availability request, scam.",
        "",
        "## Counts",
        f"- Cases: {len(LABELS)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)} - by status: "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
        + "; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
        f"- Items: {n_eml} .eml, {n_ics} .ics, {n_json} .gcal.json",
        "",
        "## Formats used",
        "- Plain human threads (In-Reply-To/References), text/plain and HTML, quoted-printable and base64 bodies.",
        "- Multitrabajos relay (noreply + Reply-To recruiter), Computrabajo alert, Workday notification with .ics, "
        "SAP SuccessFactors notifications with .ics, Zoom .ics (TZID America/Chicago).",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, invite.ics).",
        "- Exchange/Teams invites (multipart/alternative, Windows TZIDs 'SA Pacific Standard Time' and "
        "'Romance Standard Time', X-MICROSOFT-CDO-* properties, '(UTC±hh:mm) ...' labels).",
        "- Standalone .ics (one floating-time), one Calendar API v3 event (.gcal.json, self attendee).",
        "",
        "## Time-zone / DST points",
    ]
    lines += [f"- Case {n:02d}: {t}" for n, t in sorted(TZNOTES)]
    lines += ["- All other cases: Quito/Guayaquil times, -05:00 all year.", ""]
    return "\n".join(lines)


def main():
    for p in sorted(OUT.glob("b304-*")):
        if p.is_dir():
            shutil.rmtree(p)
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        fn()
    for c in CASES:
        d = OUT / c.id
        d.mkdir()
        for name, data in c.items:
            (d / name).write_bytes(data)
    header = "# Labels for blind304 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(
        header + yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    (OUT / "README.md").write_text(readme(), encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
