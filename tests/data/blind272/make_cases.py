#!/usr/bin/env python3
"""Regenerate the blind272 evaluation set (Santiago mining/energy data analyst).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries.  Standard library,
PyYAML and zoneinfo only.  Run:  python make_cases.py
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.charset import Charset, QP as CS_QP, BASE64 as CS_B64
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b272"

SCL = ZoneInfo("America/Santiago")
PUQ = ZoneInfo("America/Punta_Arenas")
LIM = ZoneInfo("America/Lima")
BUE = ZoneInfo("America/Argentina/Buenos_Aires")
TOR = ZoneInfo("America/Toronto")
UTC = timezone.utc

OWNER = "francisca.oyarzun@example.com"
OWNER_NAME = "Francisca Oyarzún Leiva"

DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS_C = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
MESES_C = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

# --- sanity checks on the 2026 clock changes used by the theme -------------------------
# Chile (America/Santiago): back on Sunday 5 April 2026 (00:00 -03 -> Sat 23:00 -04),
# forward on Sunday 6 September 2026 (00:00 -04 -> 01:00 -03).  Magallanes: -03 all year.
assert datetime(2026, 4, 4, 22, 0, tzinfo=SCL).utcoffset() == timedelta(hours=-3)
assert datetime(2026, 4, 5, 12, 0, tzinfo=SCL).utcoffset() == timedelta(hours=-4)
assert datetime(2026, 9, 5, 22, 0, tzinfo=SCL).utcoffset() == timedelta(hours=-4)
assert datetime(2026, 9, 6, 12, 0, tzinfo=SCL).utcoffset() == timedelta(hours=-3)
assert datetime(2026, 4, 5).weekday() == 6 and datetime(2026, 9, 6).weekday() == 6
assert datetime(2026, 7, 8, 10, 0, tzinfo=PUQ).utcoffset() == timedelta(hours=-3)
assert datetime(2026, 10, 14, 10, 0, tzinfo=TOR).utcoffset() == timedelta(hours=-4)


# ----------------------------------------------------------------------------- helpers
def T(y, mo, d, h=0, mi=0, tz=SCL, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(d, name):
    """Assert that the weekday named in the text is the real one; return the name."""
    if name in DIAS:
        assert DIAS[d.weekday()] == name, (d, name)
    else:
        assert EN_DAYS[d.weekday()] == name, (d, name)
    return name


def fecha(d, year=False):
    s = f"{DIAS[d.weekday()]} {d.day} de {MESES[d.month - 1]}"
    return s + (f" de {d.year}" if year else "")


def hhmm(d):
    return d.strftime("%H:%M")


def iso(d):
    return d.isoformat()


def zutc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


def hx(seed, n):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def enc(s, mode="b"):
    if all(ord(c) < 128 for c in s):
        return s
    cs = Charset("utf-8")
    cs.header_encoding = CS_QP if mode == "q" else CS_B64
    return Header(s, charset=cs).encode()


def addr(name, email):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{enc(name)} <{email}>"


def leaf(ctype, text, cte="quoted-printable", extra=()):
    hdrs = [f"Content-Type: {ctype}"]
    if cte:
        hdrs.append(f"Content-Transfer-Encoding: {cte}")
    hdrs += list(extra)
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode("utf-8")
    if not body.endswith("\n"):
        body += "\n"
    return (hdrs, body)


def multi(subtype, boundary, parts, preamble=None):
    hdrs = [f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"']
    body = ""
    if preamble:
        body += preamble + "\n\n"
    for h, b in parts:
        body += f"--{boundary}\n" + "\n".join(h) + "\n\n" + b
        if not b.endswith("\n\n"):
            body += "\n"
    body += f"--{boundary}--\n"
    return (hdrs, body)


def html_of(text, font="Calibri, Arial, Helvetica, sans-serif", size="11pt"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l) for l in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:{size};color:#222222">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def received(host, ip, d):
    return (f"Received: from {host} ({host} [{ip}])\n"
            f"        by mx.example.com (Postfix) with ESMTPS id {hx(host + str(d), 10).upper()}\n"
            f"        for <{OWNER}>; {format_datetime(d + timedelta(seconds=2))}")


def mail(*, d, frm, to, subject, mid, part, cc=None, reply_to=None, irt=None, refs=None,
         sender=None, extra=(), host="mail.example.net", ip="192.0.2.10", return_path=None,
         subj_mode="b"):
    rp = return_path or frm.split("<")[-1].rstrip(">")
    h = [f"Delivered-To: {OWNER}", received(host, ip, d), f"Return-Path: <{rp}>"]
    h.append(f"From: {frm}")
    if sender:
        h.append(f"Sender: {sender}")
    h.append(f"To: {to}")
    if cc:
        h.append(f"Cc: {cc}")
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    h.append(f"Subject: {enc(subject, subj_mode)}")
    h.append(f"Date: {format_datetime(d)}")
    h.append(f"Message-ID: <{mid}>")
    if irt:
        h.append(f"In-Reply-To: <{irt}>")
    if refs:
        h.append("References: " + "\n ".join(f"<{r}>" for r in refs))
    h += list(extra)
    h.append("MIME-Version: 1.0")
    h += part[0]
    return "\n".join(h) + "\n\n" + part[1]


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def outlook_hdr(frm, d, to, subject, cc=None):
    s = ("________________________________\n"
         f"De: {frm}\n"
         f"Enviado: {DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year} {d.strftime('%H:%M')}\n"
         f"Para: {to}\n")
    if cc:
        s += f"CC: {cc}\n"
    return s + f"Asunto: {subject}\n"


def gmail_attr(d, name, email):
    return (f"El {DIAS_C[d.weekday()]}, {d.day} {MESES_C[d.month - 1]} {d.year} a las "
            f"{d.strftime('%H:%M')}, {name} (<{email}>) escribió:")


# ---- iCalendar -------------------------------------------------------------------------
def fold(line):
    out, cur, n, first = [], "", 0, True
    for ch in line:
        b = len(ch.encode("utf-8"))
        lim = 75 if first else 74
        if n + b > lim:
            out.append(cur)
            cur, n, first = "", 0, False
        cur += ch
        n += b
    out.append(cur)
    return "\r\n ".join(out)


def ics_text(lines, crlf=True):
    s = "\r\n".join(fold(l) for l in lines) + "\r\n"
    return s if crlf else s.replace("\r\n", "\n")


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ_PACIFIC_SA = [
    "BEGIN:VTIMEZONE", "TZID:Pacific SA Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T235959", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SA;BYMONTH=4", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T235959", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0300",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SA;BYMONTH=9", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
VTZ_SANTIAGO = [
    "BEGIN:VTIMEZONE", "TZID:America/Santiago", "X-LIC-LOCATION:America/Santiago",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0400", "TZNAME:-04",
    "DTSTART:19700405T000000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0300", "TZNAME:-03",
    "DTSTART:19700906T000000", "RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def vtz_fixed(tzid, off, name):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}", "BEGIN:STANDARD",
            f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", f"TZNAME:{name}",
            "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]


VTZ_LIMA = vtz_fixed("America/Lima", "-0500", "-05")
VTZ_BUE = vtz_fixed("America/Argentina/Buenos_Aires", "-0300", "-03")
VTZ_PUQ = vtz_fixed("America/Punta_Arenas", "-0300", "-03")
VTZ_TORONTO = [
    "BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
]


def att(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp}"
                f";CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}"


def teams_footer(seed):
    mid = hx(seed, 32)
    tid = f"{hx(seed + 't', 8)}-{hx(seed + 't', 12)[8:12]}-4{hx(seed + 'u', 3)}-a{hx(seed + 'v', 3)}-{hx(seed + 'w', 12)}"
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%7d")
    num = int(hx(seed + "n", 12), 16) % 10 ** 12
    meeting_id = f"{num:012d}"
    meeting_id = f"{meeting_id[:3]} {meeting_id[3:6]} {meeting_id[6:9]} {meeting_id[9:]}"
    code = base64.b32encode(bytes.fromhex(hx(seed + "c", 10))).decode()[:6].replace("O", "x")
    txt = ("________________________________________________________________________________\n"
           "Reunión de Microsoft Teams\n"
           "Unirse desde el equipo, la aplicación móvil o el dispositivo de la sala\n"
           f"Haga clic aquí para unirse a la reunión<{url}>\n"
           f"Id. de reunión: {meeting_id}\n"
           f"Código de acceso: {code}\n"
           "Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | "
           "Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
           "Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>\n"
           "________________________________________________________________________________")
    return txt, url


def exchange_invite(*, seed, d, org_name, org_email, to, subject, when_es, body, start, end,
                    attendees, uid, seq=0, method="REQUEST", status="CONFIRMED", cc=None,
                    domain_host, updated=False):
    """Exchange Online / Teams meeting request (multipart/alternative, base64 text/calendar)."""
    foot, url = teams_footer(seed)
    plain = (f"Cuándo: {when_es}\nDónde: Reunión de Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n"
             + body.rstrip("\n") + "\n\n" + foot + "\n")
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
           "VERSION:2.0"] + VTZ_PACIFIC_SA + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={org_name}:mailto:{org_email}"] + attendees + [
        "DESCRIPTION;LANGUAGE=es-CL:" + esc(plain),
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=es-CL:{esc(subject)}",
        f"DTSTART;TZID=Pacific SA Standard Time:{loc(start)}",
        f"DTEND;TZID=Pacific SA Standard Time:{loc(end)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zutc(d)}", "TRANSP:OPAQUE",
        f"STATUS:{status}", f"SEQUENCE:{seq}",
        "LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(seed + 'o', 8), 16) % 2000000000}",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-LOCATIONDISPLAYNAME:Reunión de Microsoft Teams",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    b = f"_000_{hx(seed + 'b', 24).upper()}prodoutlookcom_"
    part = multi("alternative", b, [
        leaf('text/plain; charset="utf-8"', plain),
        leaf('text/html; charset="utf-8"', html_of(plain, "Aptos, Calibri, sans-serif")),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics_text(cal), "base64"),
    ])
    host = f"{domain_host.upper()}.outbound.protection.outlook.com"
    mid = f"{hx(seed + 'm', 4).upper()}PR80MB{hx(seed + 'k', 28).upper()}@{hx(seed + 'm', 4).upper()}PR80MB{hx(seed + 'q', 4).upper()}.lamprd80.prod.outlook.com"
    extra = [f"Thread-Topic: {enc(subject)}",
             f"Thread-Index: {base64.b64encode(bytes.fromhex(hx(seed + 'ti', 32))).decode()}",
             "Accept-Language: es-CL, en-US", "Content-Language: es-CL",
             "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
             "Content-class: urn:content-classes:calendarmessage",
             "x-ms-publictraffictype: Email"]
    prefix = {"REQUEST": "Actualizado: " if updated else "", "CANCEL": "Cancelado: "}[method]
    return mail(d=d, frm=addr(org_name, org_email), to=to, cc=cc, subject=prefix + subject,
                mid=mid, part=part, extra=extra, host=host, ip="40.107.95.52"), mid


def google_invite(*, seed, d, org_name, org_email, subject_line, title, plain_desc, start, end,
                  tzid, vtz, attendees, uid, seq=0, method="REQUEST", status="CONFIRMED",
                  lang_when, location=""):
    """Google Calendar invitation e-mail (multipart/mixed: alternative + invite.ics)."""
    meet = f"https://meet.google.com/{hx(seed, 3)}-{hx(seed + 'x', 4)}-{hx(seed + 'y', 3)}"
    header = "Este evento fue cancelado." if method == "CANCEL" else "Te invitaron al siguiente evento."
    plain = (f"{header}\n\n{title}\n{lang_when}\n\n"
             + (f"Unirse con Google Meet\n{meet}\n\n" if method != "CANCEL" else "")
             + (f"Ubicación: {location}\n\n" if location else "")
             + f"{plain_desc.rstrip()}\n\n"
             f"Organizador\n{org_name} - {org_email}\n\n"
             "Invitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
             f"Recibes este correo porque eres invitado a este evento. ({OWNER})\n")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
           "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"] + vtz + [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}",
        f"DTSTAMP:{zutc(d)}", f"ORGANIZER;CN={org_name}:mailto:{org_email}",
        f"UID:{uid}"] + attendees + [
        "X-MICROSOFT-CDO-OWNERAPPTID:" + str(int(hx(seed + "a", 8), 16) % 1000000000),
        f"CREATED:{zutc(d - timedelta(minutes=4))}",
        "DESCRIPTION:" + esc(plain_desc.rstrip()),
        f"LAST-MODIFIED:{zutc(d)}", f"LOCATION:{esc(location)}",
        f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"]
    cal_lf = ics_text(cal, crlf=False)
    b1 = f"000000000000{hx(seed + 'b1', 16)}"
    b2 = f"000000000000{hx(seed + 'b2', 16)}"
    inner = multi("alternative", b2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', html_of(plain, "Roboto, Helvetica, Arial, sans-serif", "14px")),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal_lf, "7bit"),
    ])
    fname = "invite.ics"
    part = multi("mixed", b1, [inner, leaf(f'application/ics; name="{fname}"', ics_text(cal), "base64",
                                          extra=[f'Content-Disposition: attachment; filename="{fname}"'])])
    mid = f"calendar-{hx(seed + 'mid', 8)}-{hx(seed + 'mid', 12)[8:12]}-{hx(seed + 'mid2', 4)}-{hx(seed + 'mid3', 4)}-{hx(seed + 'mid4', 12)}@google.com"
    subj = subject_line
    return mail(d=d, frm=addr(org_name, org_email), to=OWNER, subject=subj, mid=mid, part=part,
                reply_to=org_email, sender="Google Calendar <calendar-notification@google.com>",
                return_path=f"3{hx(seed + 'rp', 20)}@calendar-server.bounces.google.com",
                host="mail-sor-f69.google.com", ip="209.85.220.69", subj_mode="q"), mid


def gmail_mid(seed):
    return "CA" + base64.b64encode(bytes.fromhex(hx(seed, 40))).decode().replace("/", "_").replace("+", "-").rstrip("=") + "@mail.gmail.com"


def outlook_mid(seed):
    return f"SCYPR80MB{hx(seed, 28).upper()}@SCYPR80MB{hx(seed + 'z', 4).upper()}.lamprd80.prod.outlook.com"


def outlook_mail(*, seed, d, frm, to, subject, text, cc=None, irt=None, refs=None, host="SCYPR80MB"):
    b = f"_000_{hx(seed + 'b', 24).upper()}prodoutlookcom_"
    part = multi("alternative", b, [
        leaf('text/plain; charset="utf-8"', text),
        leaf('text/html; charset="utf-8"', html_of(text)),
    ])
    mid = outlook_mid(seed)
    extra = [f"Thread-Topic: {enc(subject.replace('RE: ', '').replace('Re: ', ''))}",
             f"Thread-Index: {base64.b64encode(bytes.fromhex(hx(seed + 'ti', 32))).decode()}",
             "Accept-Language: es-CL, en-US", "Content-Language: es-CL", "X-MS-Has-Attach:",
             "x-ms-publictraffictype: Email"]
    return mail(d=d, frm=frm, to=to, cc=cc, subject=subject, mid=mid, part=part, irt=irt,
                refs=refs, extra=extra, host=f"{host}{hx(seed, 3).upper()}.outbound.protection.outlook.com",
                ip="40.107.94.87"), mid


def gmail_style_mail(*, seed, d, frm, to, subject, text, cc=None, irt=None, refs=None,
                     host="mail-ej1-f45.google.com", ip="209.85.218.45"):
    b = f"000000000000{hx(seed + 'b', 16)}"
    part = multi("alternative", b, [
        leaf('text/plain; charset="UTF-8"', text),
        leaf('text/html; charset="UTF-8"', html_of(text, "arial, sans-serif", "small")),
    ])
    mid = gmail_mid(seed)
    return mail(d=d, frm=frm, to=to, cc=cc, subject=subject, mid=mid, part=part, irt=irt,
                refs=refs, host=host, ip=ip, subj_mode="q"), mid


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start),
            "end": iso(end) if end is not None else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes,
            "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# =============================================================================== cases
@case
def c01():
    """Recruiter proposes Tuesday 15:00, candidate counter-proposes Wednesday 10:00."""
    slug = "thread-te-acomoda-martes-counter"
    vr = ("Valentina Rojas Pizarro", "vrojas@altoandina.example")
    d1 = T(2026, 3, 12, 11, 7, s=21)
    wd(d1, "jueves")
    tue = T(2026, 3, 17, 15, 0)
    wd(tue, "martes")
    start = T(2026, 3, 18, 10, 0)
    wd(start, "miércoles")
    assert start.utcoffset() == timedelta(hours=-3)
    role = "Analista de Datos de Operaciones Mina"
    subj = f"Postulación {role} – Minera Altoandina"
    sig = ("Valentina Rojas Pizarro\nAnalista de Reclutamiento y Selección\n"
           "Minera Altoandina | Av. Apoquindo 4500, piso 12, Las Condes\n+56 2 2940 1200")
    t1 = (f"Hola Francisca:\n\nJunto con saludar, te cuento que revisamos tu postulación al cargo de {role} "
          "y nos gustaría tener una primera conversación contigo, por teléfono, de unos 30 minutos, "
          "para conocerte mejor y contarte del cargo y del equipo de Despacho y Control.\n\n"
          "¿Te acomoda el martes a las 15:00? Si no, tengo disponible el miércoles a las 10:00.\n\n"
          "Quedo atenta,\n\n" + sig + "\n")
    m1, mid1 = outlook_mail(seed="c01-1", d=d1, frm=addr(*vr), to=addr(OWNER_NAME, OWNER),
                            subject=subj, text=t1)
    d_owner = T(2026, 3, 12, 13, 22, s=5)
    owner_reply = ("Hola Valentina,\n\nMuchas gracias por escribirme. El martes a esa hora tengo un "
                   "trámite que no puedo mover; ¿podría ser el miércoles a las 10:00?\n\n"
                   "Quedo atenta.\n\nSaludos,\nFrancisca Oyarzún L.\n+56 9 8765 4321")
    d2 = T(2026, 3, 12, 15, 48, s=40)
    t2 = (f"Hola Francisca:\n\nPerfecto, quedamos entonces el miércoles {start.day} a las 10:00 (hora de Chile). "
          "Te llamo a tu celular, el +56 9 8765 4321; serán unos 30 minutos.\n\n"
          "Cualquier cambio me avisas.\n\nSaludos,\n\n" + sig + "\n\n"
          + outlook_hdr(f"{OWNER_NAME} <{OWNER}>", d_owner, f"Valentina Rojas Pizarro <{vr[1]}>", "Re: " + subj)
          + "\n" + owner_reply + "\n\n"
          + gmail_attr(d1, vr[0], vr[1]) + "\n\n" + quote_gt(t1) + "\n")
    owner_mid = gmail_mid("c01-owner")
    m2, _ = outlook_mail(seed="c01-2", d=d2, frm=addr(*vr), to=addr(OWNER_NAME, OWNER),
                         subject="RE: " + subj, text=t2, irt=owner_mid, refs=[mid1, owner_mid])
    files = [("01-postulacion-altoandina.eml", m1), ("02-re-confirmacion-miercoles.eml", m2)]
    lab = label([iv("Minera Altoandina", role, start, start + timedelta(minutes=30), "scheduled",
                    [vr[1]], [vr[1]], "phone_screen")], "medium", "positive/thread-counter-proposal",
                "Recruiter asks '¿Te acomoda el martes a las 15:00?' (Tue 17 Mar); candidate counter-proposes "
                "Wednesday 10:00 and the recruiter confirms Wed 18 Mar 10:00 hora de Chile (CLST, -03). "
                "30-minute phone call by the recruiter herself.")
    return slug, files, lab


@case
def c02():
    """Teams invite, Pacific SA Standard Time; sent before the April fall-back, meeting after it."""
    slug = "teams-pacific-sa-after-april-change"
    org = ("Rodrigo Méndez Salas", "rmendez@cordillera-energia.example")
    cam = ("Camila Ibáñez Torres", "cibanez@cordillera-energia.example")
    d = T(2026, 3, 31, 16, 5, s=12)
    wd(d, "martes")
    assert d.utcoffset() == timedelta(hours=-3)
    start = T(2026, 4, 6, 9, 30)
    wd(start, "lunes")
    assert start.utcoffset() == timedelta(hours=-4)
    end = start + timedelta(hours=1)
    role = "Analista de Datos – Gestión de Activos de Transmisión"
    subject = f"Entrevista {role} | Francisca Oyarzún"
    body = ("Hola Francisca:\n\nTal como te adelantó Camila, de Personas, te envío la invitación para la "
            f"entrevista con la jefatura del área para el cargo de {role}. Conversaremos sobre tu "
            "experiencia con datos de mantenimiento y el piloto de mantenimiento predictivo de "
            "subestaciones; yo voy a conducir la entrevista. Camila queda como opcional solo para que "
            "tenga el registro, no se conecta.\n\n"
            "Ojo que ese fin de semana se atrasa la hora (la noche del sábado 4 los relojes vuelven una "
            "hora), así que son las 9:30 con el horario de invierno.\n\n"
            "Saludos,\nRodrigo Méndez Salas\nJefe de Gestión de Activos\nEléctrica Cordillera S.A.")
    when = (f"{DIAS[start.weekday()]}, {start.day} de {MESES[start.month - 1]} de {start.year} "
            f"{start.hour}:{start.minute:02d}-{end.hour}:{end.minute:02d} (UTC-04:00) Santiago.")
    m, _ = exchange_invite(
        seed="c02", d=d, org_name=org[0], org_email=org[1], to=addr(OWNER_NAME, OWNER),
        cc=None, subject=subject, when_es=when, body=body, start=start, end=end,
        attendees=[att(OWNER_NAME, OWNER), att(cam[0], cam[1], role="OPT-PARTICIPANT")],
        uid="040000008200E00074C5B7101A82E00800000000" + hx("c02uid", 48).upper(),
        domain_host="CP4PR80MB")
    files = [("01-invitacion-entrevista-gestion-activos.eml", m)]
    lab = label([iv("Eléctrica Cordillera S.A.", role, start, end, "scheduled", [org[1]], [org[1]],
                    "hiring_manager")], "hard", "positive/teams-windows-tzid-dst",
                "Teams invite with TZID 'Pacific SA Standard Time' sent on 31 Mar (-03) for Mon 6 Apr 09:30, "
                "after Chile's clocks went back on Sun 5 Apr 2026 -> -04. Organizer is the hiring manager who "
                "conducts; the HR optional attendee only keeps a record.")
    return slug, files, lab


def buk_mail(*, seed, d, company, reply_to, subject, text, ics_lines=None):
    b1 = f"----=_Part_{int(hx(seed, 8), 16) % 9999999}_{int(hx(seed + 'x', 8), 16)}.{int(hx(seed + 'y', 10), 16) % 10 ** 13}"
    b2 = f"----=_Part_{int(hx(seed + '2', 8), 16) % 9999999}_{int(hx(seed + 'x2', 8), 16)}.{int(hx(seed + 'y2', 10), 16) % 10 ** 13}"
    alt = multi("alternative", b2, [
        leaf("text/plain; charset=UTF-8", text),
        leaf("text/html; charset=UTF-8", html_of(text, "'Open Sans', Helvetica, Arial, sans-serif", "14px")),
    ])
    if ics_lines:
        part = multi("mixed", b1, [alt, leaf('text/calendar; charset=UTF-8; method=REQUEST; name="entrevista.ics"',
                                             ics_text(ics_lines), "base64",
                                             extra=['Content-Disposition: attachment; filename="entrevista.ics"'])])
    else:
        part = alt
    mid = f"01000{hx(seed + 'mid', 11)}-{hx(seed + 'mid2', 8)}-{hx(seed + 'm3', 4)}-{hx(seed + 'm4', 4)}-{hx(seed + 'm5', 4)}-{hx(seed + 'm6', 12)}-000000@email.amazonses.com"
    return mail(d=d, frm=addr(f"{company} vía Buk", "notificaciones@buk.cl"), to=OWNER,
                reply_to=reply_to, subject=subject, mid=mid, part=part,
                return_path=f"01000{hx(seed + 'rp', 20)}@amazonses.com",
                host="a8-31.smtp-out.amazonses.com", ip="54.240.8.31",
                extra=["X-Mailer: Buk Notificaciones", "Feedback-ID: 1.us-east-1.buk:AmazonSES",
                       "List-Unsubscribe: <https://app.buk.cl/unsubscribe>"]), mid


@case
def c03():
    """Buk: two interviews at one bank, one on each side of the April clock change."""
    slug = "buk-two-interviews-across-april-change"
    company = "Banco Llanquihue"
    js = ("Javiera Soto Fuentealba", "jsoto@bancollanquihue.example")
    mh = ("Matías Henríquez Ulloa", "mhenriquez@bancollanquihue.example")
    cv = ("Carolina Vidal Ramírez", "cvidal@bancollanquihue.example")
    role = "Analista de Riesgo de Crédito – Minería y Energía"
    s1 = T(2026, 4, 2, 10, 0)
    wd(s1, "jueves")
    e1 = s1 + timedelta(hours=1)
    assert s1.utcoffset() == timedelta(hours=-3)
    s2 = T(2026, 4, 7, 11, 30)
    wd(s2, "martes")
    e2 = s2 + timedelta(minutes=45)
    assert s2.utcoffset() == timedelta(hours=-4)
    d1 = T(2026, 3, 30, 10, 14, s=33)
    wd(d1, "lunes")
    d2 = T(2026, 4, 2, 17, 40, s=2)
    meet = "https://meet.google.com/kvd-rtqa-nzo"

    def ics(seed, dd, s, e, who, summary, location):
        return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Buk//Reclutamiento//ES",
                "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
                f"UID:buk-entrevista-{hx(seed, 16)}@buk.cl", f"DTSTAMP:{zutc(dd)}",
                f"DTSTART:{zutc(s)}", f"DTEND:{zutc(e)}", f"SUMMARY:{esc(summary)}",
                f"LOCATION:{esc(location)}",
                "DESCRIPTION:" + esc(f"{summary}. Entrevistador(a): {who[0]}."),
                f"ORGANIZER;CN={js[0]}:mailto:{js[1]}",
                att(who[0], who[1], partstat="ACCEPTED", rsvp="FALSE"),
                att(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT",
                "END:VCALENDAR"]

    t1 = (f"Hola Francisca,\n\n{company} te invita a una entrevista en el proceso de selección para el "
          f"cargo {role}.\n\n"
          "Etapa: Entrevista técnica\n"
          f"Fecha: {fecha(s1, True)}\n"
          f"Hora: {hhmm(s1)} a {hhmm(e1)} (hora de Chile continental)\n"
          f"Modalidad: Videollamada – {meet}\n"
          f"Entrevistador: {mh[0]}, Subgerente de Riesgo Sectorial ({mh[1]})\n\n"
          "Confirma tu asistencia aquí: https://bancollanquihue.buk.cl/trabaja-con-nosotros/confirmar/8d21c0\n\n"
          f"Si tienes dudas, responde este correo y le llegará a {js[0].split()[0]} {js[0].split()[1]}, del equipo de Personas.\n\n"
          "Este correo fue enviado automáticamente a través de Buk.\n")
    m1, _ = buk_mail(seed="c03-1", d=d1, company=company, reply_to=addr(*js),
                     subject=f"Invitación a entrevista: {role}", text=t1,
                     ics_lines=ics("c03-1", d1, s1, e1, mh, f"Entrevista técnica – {role}", meet))
    t2 = (f"Hola Francisca,\n\n¡Avanzaste a la siguiente etapa! {company} te invita a una nueva "
          f"entrevista para el cargo {role}.\n\n"
          "Etapa: Entrevista con jefatura\n"
          f"Fecha: {fecha(s2, True)}\n"
          f"Hora: {hhmm(s2)} a {hhmm(e2)} (hora de Chile continental)\n"
          "Modalidad: Presencial – Av. El Bosque Norte 0177, piso 9, Las Condes\n"
          f"Entrevistadora: {cv[0]}, Gerente de Riesgo Empresas ({cv[1]})\n\n"
          "Recuerda que el sábado 4 de abril termina el horario de verano: la hora indicada ya "
          "considera el cambio.\n\n"
          "Confirma tu asistencia aquí: https://bancollanquihue.buk.cl/trabaja-con-nosotros/confirmar/8d21c7\n\n"
          f"Si tienes dudas, responde este correo y le llegará a {js[0].split()[0]} {js[0].split()[1]}, del equipo de Personas.\n\n"
          "Este correo fue enviado automáticamente a través de Buk.\n")
    m2, _ = buk_mail(seed="c03-2", d=d2, company=company, reply_to=addr(*js),
                     subject=f"Invitación a entrevista: {role}", text=t2,
                     ics_lines=ics("c03-2", d2, s2, e2, cv, f"Entrevista con jefatura – {role}",
                                   "Av. El Bosque Norte 0177, piso 9, Las Condes"))
    files = [("01-buk-entrevista-tecnica.eml", m1), ("02-buk-entrevista-jefatura.eml", m2)]
    lab = label([
        iv(company, role, s1, e1, "scheduled", [mh[1]], [mh[1]], "technical"),
        iv(company, role, s2, e2, "scheduled", [cv[1]], [cv[1]], "hiring_manager"),
    ], "hard", "positive/two-interviews-buk-dst",
        "Two Buk invitations (each with a UTC .ics): technical Thu 2 Apr 10:00 (-03) and hiring-manager "
        "Tue 7 Apr 11:30 (-04), on either side of Chile's 5 Apr 2026 fall-back. Reply-To is the "
        "coordinator; each interviewer's address is given, so follow-ups go to the interviewers.")
    return slug, files, lab


@case
def c04():
    """Laborum relays the recruiter's message; reply address given in the text."""
    slug = "laborum-relay-antofagasta-presencial"
    ca = ("Constanza Araya Molina", "caraya@pampaunion.example")
    company = "Servicios Mineros Pampa Unión Ltda."
    role = "Analista de Datos de Mantenimiento"
    d = T(2026, 5, 8, 12, 31, s=50)
    wd(d, "viernes")
    start = T(2026, 5, 14, 9, 30)
    wd(start, "jueves")
    end = start + timedelta(hours=1)
    msg = (f"Estimada Francisca:\n\nJunto con saludar, queremos invitarte a una entrevista presencial "
           f"para el cargo de {role}. La entrevista será el {fecha(start)} a las 9:30 hrs. en nuestras "
           "oficinas de Av. Grecia 1450, oficina 603, Antofagasta, y te entrevistará Jorge Tapia "
           "Castillo, Jefe de Confiabilidad. Calcula aproximadamente una hora.\n\n"
           f"Te pedimos confirmar tu asistencia directamente a mi correo {ca[1]}, porque los mensajes "
           "de esta plataforma los revisamos con menos frecuencia. Si vienes desde Santiago avísanos, "
           "porque podemos reembolsar el pasaje.\n\n"
           "Saludos cordiales,\nConstanza Araya M.\nEncargada de Reclutamiento\n" + company)
    text = ("Hola Francisca,\n\n"
            f"Tienes un nuevo mensaje de {company} sobre tu postulación a:\n"
            f"{role} – Antofagasta\n\n"
            "------------------------------------------------------------\n"
            + msg + "\n"
            "------------------------------------------------------------\n\n"
            "Ver mensaje y responder: https://www.laborum.cl/candidatos/mensajes/2748119\n\n"
            "Este es un correo automático, por favor no lo respondas.\n"
            "Laborum.com | Ayuda: https://www.laborum.cl/ayuda\n"
            "Si no quieres recibir más notificaciones, configúralas en tu cuenta.\n")
    b = f"----=_Part_{hx('c04b', 6)}_{int(hx('c04c', 8), 16)}"
    part = multi("alternative", b, [
        leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
        leaf("text/html; charset=UTF-8", html_of(text, "Arial, sans-serif", "14px"), "base64"),
    ])
    m = mail(d=d, frm=addr("Laborum", "noreply@laborum.cl"), to=addr("Francisca Oyarzún", OWNER),
             subject=f"{company} te envió un mensaje", mid=f"{hx('c04mid', 24)}.mensajes@laborum.cl",
             part=part, host="mta12.laborum.cl", ip="198.51.100.44",
             extra=["X-Mailer: Jobint Mailer", "List-Unsubscribe: <https://www.laborum.cl/candidatos/notificaciones>"])
    files = [("01-laborum-mensaje-empresa.eml", m)]
    lab = label([iv("Servicios Mineros Pampa Unión", role, start, end, "scheduled", [], [ca[1]],
                    "hiring_manager")], "medium", "positive/job-board-relay",
                "Laborum no-reply relay of the recruiter's message: in-person interview Thu 14 May 09:30 in "
                "Antofagasta (hora de Chile, -04), about one hour, with the Jefe de Confiabilidad (no address). "
                "Follow-up goes to the recruiter's address given in the text, never the relay.")
    return slug, files, lab


@case
def c05():
    """Trabajando.com relay + Google Calendar invite from Lima: one interview."""
    slug = "trabajando-relay-plus-google-lima"
    rq = ("Rosa Quispe Huamán", "rquispe@huaytara.example")
    lp = ("Luis Paredes Cárdenas", "lparedes@huaytara.example")
    company = "Compañía Minera Huaytará S.A.A."
    role = "Analista de Datos de Planeamiento Mina"
    d1 = T(2026, 5, 12, 9, 58, s=11)
    wd(d1, "martes")
    start = T(2026, 5, 20, 10, 0, tz=LIM)
    wd(start, "miércoles")
    end = start + timedelta(minutes=45)
    assert start.astimezone(SCL).hour == 11
    msg = ("Buenos días, Francisca. Te saluda Rosa Quispe, de Gestión del Talento. Nos gustaría "
           "coordinar una entrevista virtual con el Ing. Luis Paredes, Superintendente de Planeamiento, "
           f"el {fecha(start)} a las 10:00 a.m. hora de Lima (11:00 a.m. hora de Chile). En breve te "
           "llegará la invitación de Google Calendar a tu correo. Cualquier consulta, escríbeme a "
           f"{rq[1]}.")
    text = (f"Hola Francisca:\n\nLa empresa {company} revisó tu postulación al aviso "
            f"«{role} (Lima, híbrido)» y te envió el siguiente mensaje:\n\n\"{msg}\"\n\n"
            "Revisa el estado de tus postulaciones en https://www.trabajando.cl/mis-postulaciones\n\n"
            "Saludos,\nEquipo Trabajando.com\n\n"
            "Este mensaje fue enviado desde una casilla que no recibe respuestas.\n")
    b = f"=_{hx('c05b', 32)}"
    part = multi("alternative", b, [
        leaf("text/plain; charset=utf-8", text, "quoted-printable"),
        leaf("text/html; charset=utf-8", html_of(text, "Verdana, sans-serif", "13px"), "quoted-printable"),
    ])
    m1 = mail(d=d1, frm=addr("Trabajando.com", "notificaciones@trabajando.com"), to=OWNER,
              subject=f"{company} quiere entrevistarte", mid=f"{hx('c05mid', 20)}@trabajando.com",
              part=part, host="mailer3.trabajando.com", ip="198.51.100.71",
              extra=["X-Mailer: TBJ-Notificaciones 4.2"])
    d2 = T(2026, 5, 12, 9, 14, tz=LIM, s=47)
    assert d2 > d1
    title = f"Entrevista – {role} (F. Oyarzún)"
    desc = (f"Entrevista virtual con el Ing. {lp[0]}, Superintendente de Planeamiento. "
            "Yo coordino y no participo en la llamada.\n\n10:00 a.m. hora de Lima = 11:00 a.m. hora de Chile.\n\n"
            f"Rosa Quispe\nGestión del Talento – {company}")
    when = f"{fecha(start, True)} · 10:00 – 10:45 (hora de Perú)"
    m2, _ = google_invite(
        seed="c05-2", d=d2, org_name=rq[0], org_email=rq[1],
        subject_line=f"Invitación: {title} @ {DIAS_C[start.weekday()]} {start.day} {MESES_C[start.month - 1]} {start.year} 10:00 - 10:45 (GMT-5) ({OWNER})",
        title=title, plain_desc=desc, start=start, end=end, tzid="America/Lima", vtz=VTZ_LIMA,
        attendees=[att(rq[0], rq[1], partstat="ACCEPTED", google=True),
                   att(lp[0], lp[1], partstat="ACCEPTED", google=True),
                   att(OWNER, OWNER, google=True)],
        uid=f"{hx('c05uid', 26)}@google.com", lang_when=when)
    files = [("01-trabajando-invitacion.eml", m1), ("02-invitacion-google-calendar.eml", m2)]
    lab = label([iv("Compañía Minera Huaytará", role, start, end, "scheduled", [lp[1]], [lp[1]],
                    "hiring_manager")], "medium", "positive/dedupe-relay-and-invite",
                "Trabajando.com relay and the recruiter's Google invite announce the same interview: Wed 20 May "
                "10:00 hora de Lima (-05) = 11:00 hora de Chile. The recruiter coordinates only; the "
                "superintendent (attendee) conducts.")
    return slug, files, lab


@case
def c06():
    """Toronto firm: recruiter heads-up + Workday 'Interview Scheduled' (panel)."""
    slug = "toronto-workday-panel-eastern"
    nk = ("Nadia Kowalczyk", "nkowalczyk@lakeshoremetals.example")
    company = "Lakeshore Metals Capital"
    role = "Senior Analyst, Mining Research"
    start = T(2026, 10, 14, 10, 0, tz=TOR)
    wd(start, "Wednesday")
    end = start + timedelta(hours=1)
    assert start.astimezone(SCL).hour == 11
    d1 = T(2026, 9, 29, 14, 22, tz=TOR, s=9)
    t1 = ("Hi Francisca,\n\nGreat speaking with you last week. The team would like to move you forward "
          "to a panel interview with Graham Whitfield (Director, Mining Equity Research) and Amélie "
          "Tremblay (VP, Base Metals).\n\n"
          f"I've booked it for {EN_DAYS[start.weekday()]}, {EN_MONTHS[start.month - 1]} {start.day} at 10:00 AM "
          "Toronto time. That should be 11:00 AM for you in Santiago, since Chile has already moved its "
          "clocks forward. You'll get the formal confirmation from Workday shortly, and the Teams link "
          "will be in there.\n\nPlease come prepared to walk through one of your copper or lithium "
          "production models.\n\nBest,\nNadia\n\nNadia Kowalczyk\nTalent Acquisition Partner\n"
          f"{company} | 100 King St W, Toronto ON\n")
    b = f"----_NmP-{hx('c06b', 16)}-Part_1"
    part = multi("alternative", b, [
        leaf('text/plain; charset="us-ascii"' if all(ord(c) < 128 for c in t1) else 'text/plain; charset="utf-8"', t1),
        leaf('text/html; charset="utf-8"', html_of(t1, "Segoe UI, sans-serif", "10.5pt")),
    ])
    mid1 = f"YT3PR01MB{hx('c06mid', 24).upper()}@YT3PR01MB{hx('c06m2', 4).upper()}.CANPRD01.PROD.OUTLOOK.COM"
    m1 = mail(d=d1, frm=addr(*nk), to=addr(OWNER_NAME, OWNER), subject=f"Next step - {role}",
              mid=mid1, part=part, host="YT3PR01CU001.outbound.protection.outlook.com", ip="40.107.115.90",
              extra=["Content-Language: en-US"])
    d2 = T(2026, 9, 29, 14, 41, tz=TOR, s=30)
    t2 = (f"Dear {OWNER_NAME},\n\nYour interview has been scheduled.\n\n"
          f"Job Requisition: R-10482 {role}\n"
          "Interview: Panel Interview\n"
          f"Date: {start.strftime('%m/%d/%Y')}\n"
          "Time: 10:00 AM - 11:00 AM (EDT)\n"
          "Location: Microsoft Teams (link in the attached calendar file)\n"
          "Interviewers: Graham Whitfield; Amélie Tremblay\n\n"
          "If you need to reschedule, please contact your recruiter, Nadia Kowalczyk.\n\n"
          "Thank you,\n" + company + " Talent Acquisition\n\n"
          "This is an automated message from Workday. Please do not reply directly to this e-mail.\n")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Workday//Recruiting Interview//EN", "VERSION:2.0",
           "METHOD:REQUEST"] + VTZ_TORONTO + [
        "BEGIN:VEVENT", f"UID:WD-INTERVIEW-{hx('c06uid', 20).upper()}@myworkday.com",
        f"DTSTAMP:{zutc(d2)}", f"DTSTART;TZID=America/Toronto:{loc(start)}",
        f"DTEND;TZID=America/Toronto:{loc(end)}",
        f"SUMMARY:{esc('Panel Interview - ' + role)}",
        "LOCATION:Microsoft Teams",
        "DESCRIPTION:" + esc("Panel interview with Graham Whitfield and Amélie Tremblay. Join: "
                             "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + hx("c06t", 30)),
        "ORGANIZER;CN=Lakeshore Metals Capital:mailto:lakeshoremetals@myworkday.com",
        att(OWNER_NAME, OWNER), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    b1 = f"----=_Part_{int(hx('c06x', 7), 16)}_{int(hx('c06y', 8), 16)}.{int(hx('c06z', 10), 16) % 10 ** 13}"
    b2 = f"----=_Part_{int(hx('c06x2', 7), 16)}_{int(hx('c06y2', 8), 16)}.{int(hx('c06z2', 10), 16) % 10 ** 13}"
    part2 = multi("mixed", b1, [
        multi("alternative", b2, [leaf("text/plain; charset=UTF-8", t2, "quoted-printable"),
                                  leaf("text/html; charset=UTF-8", html_of(t2, "Arial, sans-serif", "13px"), "quoted-printable")]),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="Interview.ics"', ics_text(cal), "base64",
             extra=['Content-Disposition: attachment; filename="Interview.ics"']),
    ])
    m2 = mail(d=d2, frm=addr(company, "lakeshoremetals@myworkday.com"), to=OWNER, reply_to=nk[1],
              subject=f"Interview Scheduled: {role} (R-10482)",
              mid=f"{int(hx('c06wd', 12), 16)}.{int(hx('c06wd2', 6), 16)}.JavaMail.wd@wd5-prod-mailer-12",
              part=part2, host="mail-out12.myworkday.com", ip="198.51.100.120",
              extra=["X-Workday-Tenant: lakeshoremetals"])
    files = [("01-nadia-next-step.eml", m1), ("02-workday-interview-scheduled.eml", m2)]
    lab = label([iv(company, role, start, end, "scheduled", [], [nk[1]], "onsite")], "hard",
                "positive/workday-panel-toronto",
                "Recruiter heads-up plus Workday confirmation (with Toronto VTIMEZONE .ics) for ONE panel "
                "interview Wed 14 Oct 10:00 EDT (-04) = 11:00 in Santiago (-03 after Chile's 6 Sep change). "
                "Interviewers are named without addresses, so follow-up goes to the recruiter (Workday "
                "Reply-To), not the myworkday.com sender.")
    return slug, files, lab


@case
def c07():
    """Teams invite moved because of an earthquake/tsunami drill; new time after the Sep change."""
    slug = "simulacro-reschedule-across-september-change"
    dm = ("Daniela Muñoz Jara", "dmunoz@gbiobio.example")
    fs = ("Felipe Sanhueza Riquelme", "fsanhueza@gbiobio.example")
    company = "Generadora Biobío S.A."
    role = "Analista de Datos de Generación"
    subject = f"Entrevista técnica – {role}"
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("c07uid", 48).upper()
    d1 = T(2026, 8, 26, 11, 40, s=3)
    wd(d1, "miércoles")
    s0 = T(2026, 9, 3, 10, 0)
    wd(s0, "jueves")
    assert s0.utcoffset() == timedelta(hours=-4)
    start = T(2026, 9, 7, 10, 0)
    wd(start, "lunes")
    assert start.utcoffset() == timedelta(hours=-3)
    end = start + timedelta(hours=1)

    def when(s):
        e = s + timedelta(hours=1)
        return (f"{DIAS[s.weekday()]}, {s.day} de {MESES[s.month - 1]} de {s.year} "
                f"{hhmm(s)}-{hhmm(e)} (UTC-04:00) Santiago.")

    sig = "Daniela Muñoz Jara\nAnalista de Personas\nGeneradora Biobío S.A. | Concepción"
    body1 = (f"Hola Francisca:\n\nTe agendo la entrevista técnica con {fs[0]}, Jefe de Analítica de "
             "Generación. Es por Teams y dura una hora; Felipe te va a pedir que comentes un análisis "
             "de despacho de centrales que hayas hecho.\n\nYo solo coordino, no estaré en la llamada.\n\n"
             "Saludos,\n" + sig)
    atts = [att(OWNER_NAME, OWNER), att(fs[0], fs[1], partstat="ACCEPTED")]
    m1, mid1 = exchange_invite(seed="c07-1", d=d1, org_name=dm[0], org_email=dm[1],
                               to=f"{addr(OWNER_NAME, OWNER)}, {addr(*fs)}", subject=subject,
                               when_es=when(s0), body=body1, start=s0, end=s0 + timedelta(hours=1),
                               attendees=atts, uid=uid, seq=0, domain_host="GV1PR80MB")
    d2 = T(2026, 8, 31, 9, 12, s=44)
    wd(d2, "lunes")
    t2 = ("Hola Francisca:\n\nTe escribo porque el jueves 3 a las 10:00 tenemos simulacro de terremoto y "
          "tsunami en todo el edificio de Concepción (coordinado con SENAPRED y la municipalidad), y "
          "Felipe es líder de evacuación de su piso.\n\n"
          f"¿Te acomoda que la movamos al {fecha(start)} de septiembre a la misma hora, 10:00? Ojo que ese "
          "fin de semana se adelanta la hora en Chile, así que serían las 10:00 del nuevo horario.\n\n"
          "Quedo atenta,\n" + sig + "\n")
    t2 = t2.replace(" de septiembre de septiembre", " de septiembre")
    m2, mid2 = outlook_mail(seed="c07-2", d=d2, frm=addr(*dm), to=addr(OWNER_NAME, OWNER),
                            subject="RE: " + subject, text=t2, irt=mid1, refs=[mid1])
    d_owner = T(2026, 8, 31, 10, 2, s=19)
    owner = ("Hola Daniela,\n\nSí, me acomoda el lunes 7 a las 10:00, sin problema. Gracias por avisar.\n\n"
             "Saludos,\nFrancisca")
    d3 = T(2026, 8, 31, 12, 3, s=8)
    t3 = ("Perfecto, Francisca. Te llega ahora la invitación actualizada.\n\nSaludos,\n" + sig + "\n\n"
          + outlook_hdr(f"{OWNER_NAME} <{OWNER}>", d_owner, f"Daniela Muñoz Jara <{dm[1]}>", "Re: RE: " + subject)
          + "\n" + owner + "\n\n"
          + gmail_attr(d2, dm[0], dm[1]) + "\n\n" + quote_gt(t2) + "\n")
    owner_mid = gmail_mid("c07-owner")
    m3, _ = outlook_mail(seed="c07-3", d=d3, frm=addr(*dm), to=addr(OWNER_NAME, OWNER),
                         subject="RE: " + subject, text=t3, irt=owner_mid, refs=[mid1, mid2, owner_mid])
    d4 = T(2026, 8, 31, 12, 6, s=51)
    body4 = ("Hola Francisca:\n\nActualizo la invitación por el simulacro del jueves 3: la entrevista técnica "
             f"con {fs[0]} queda para el {fecha(start)}, misma hora (10:00, horario de verano).\n\n"
             "Saludos,\n" + sig)
    m4, _ = exchange_invite(seed="c07-4", d=d4, org_name=dm[0], org_email=dm[1],
                            to=f"{addr(OWNER_NAME, OWNER)}, {addr(*fs)}", subject=subject,
                            when_es=when(start), body=body4, start=start, end=end, attendees=atts,
                            uid=uid, seq=1, domain_host="GV1PR80MB", updated=True)
    files = [("01-invitacion-teams-jueves.eml", m1), ("02-re-simulacro-terremoto.eml", m2),
             ("03-re-confirmacion-lunes.eml", m3), ("04-invitacion-actualizada.eml", m4)]
    lab = label([iv(company, role, start, end, "scheduled", [fs[1]], [fs[1]], "technical")], "hard",
                "positive/reschedule-drill-dst",
                "Teams invite for Thu 3 Sep 10:00 (-04) moved because of an earthquake/tsunami drill; the "
                "updated invite (same UID, SEQUENCE 1) puts it on Mon 7 Sep 10:00, after Chile's clocks went "
                "forward on Sun 6 Sep 2026, so -03 even though Outlook's display label still says "
                "'(UTC-04:00) Santiago'. Organizer only coordinates.")
    return slug, files, lab


@case
def c08():
    """Onsite loop at a bank moved because of a paro de transporte."""
    slug = "paro-transporte-onsite-loop-moved"
    mf = ("Macarena Figueroa Núñez", "mfigueroa@bancomapocho.example")
    ivs = [("Andrés Vergara Ossa", "avergara@bancomapocho.example", "Gerente de Riesgo Corporativo"),
           ("Soledad Pinto Carrasco", "spinto@bancomapocho.example", "Subgerente de Modelos de Riesgo"),
           ("Tomás Lagos Bravo", "tlagos@bancomapocho.example", "Jefe de Análisis Sectorial")]
    company = "Banco Mapocho"
    role = "Analista Senior de Riesgo Sectorial (Minería y Energía)"
    subject = f"Jornada de entrevistas – {role}"
    d1 = T(2026, 5, 22, 10, 5, s=27)
    wd(d1, "viernes")
    old = T(2026, 5, 28, 9, 0)
    wd(old, "jueves")
    start = T(2026, 6, 2, 9, 0)
    wd(start, "martes")
    end = T(2026, 6, 2, 11, 45)
    sig = ("Macarena Figueroa Núñez\nCoordinadora de Selección | Gerencia de Personas\nBanco Mapocho\n"
           "Huérfanos 1050, Santiago")
    slots = [(9, 0, 9, 45), (10, 0, 10, 45), (11, 0, 11, 45)]
    agenda = "\n".join(f"{h1:02d}:{m1:02d} – {h2:02d}:{m2:02d}  {n}, {t}"
                       for (h1, m1, h2, m2), (n, e, t) in zip(slots, ivs))
    t1 = (f"Hola Francisca:\n\nTe confirmo la jornada de entrevistas presenciales para el cargo de {role}, "
          f"el {fecha(old)}, en Huérfanos 1050, piso 7 (Santiago centro). Son tres conversaciones "
          "seguidas de 45 minutos:\n\n" + agenda + "\n\n"
          "Dejé en copia a los entrevistadores. Trae tu cédula de identidad para registrarte en la "
          "recepción del edificio.\n\nQuedo atenta a cualquier duda,\n" + sig + "\n")
    cc = ", ".join(addr(n, e) for n, e, _ in ivs)
    m1, mid1 = outlook_mail(seed="c08-1", d=d1, frm=addr(*mf), to=addr(OWNER_NAME, OWNER), cc=cc,
                            subject=subject, text=t1)
    d2 = T(2026, 5, 26, 18, 20, s=6)
    wd(d2, "martes")
    t2 = ("Hola Francisca:\n\nComo habrás visto en las noticias, para este jueves 28 está convocado un paro "
          "nacional de conductores del transporte público, y varios de los entrevistadores llegan desde "
          "comunas lejanas. Por eso preferimos reprogramar la jornada para el "
          f"{fecha(start)}, con el mismo horario (9:00 a 11:45) y las mismas personas.\n\n"
          "¿Te acomoda? Si no, me dices y buscamos otra fecha.\n\nQuedo atenta,\n" + sig + "\n\n"
          + outlook_hdr(f"{mf[0]} <{mf[1]}>", d1, f"{OWNER_NAME} <{OWNER}>", subject,
                        cc="; ".join(f"{n} <{e}>" for n, e, _ in ivs))
          + "\n" + t1)
    m2, mid2 = outlook_mail(seed="c08-2", d=d2, frm=addr(*mf), to=addr(OWNER_NAME, OWNER), cc=cc,
                            subject="RE: " + subject, text=t2, irt=mid1, refs=[mid1])
    d_owner = T(2026, 5, 26, 20, 11, s=40)
    owner = ("Hola Macarena,\n\nMe acomoda el martes 2, mismo horario. Muchas gracias por avisar con "
             "tiempo.\n\nQuedo atenta,\nFrancisca")
    d3 = T(2026, 5, 27, 8, 47, s=13)
    t3 = ("Genial, Francisca: queda confirmado el martes 2 de junio desde las 9:00, mismas "
          "salas. Ya avisé en recepción.\n\nSaludos,\n" + sig + "\n\n"
          + outlook_hdr(f"{OWNER_NAME} <{OWNER}>", d_owner, f"{mf[0]} <{mf[1]}>", "Re: RE: " + subject)
          + "\n" + owner + "\n")
    owner_mid = gmail_mid("c08-owner")
    m3, _ = outlook_mail(seed="c08-3", d=d3, frm=addr(*mf), to=addr(OWNER_NAME, OWNER), cc=cc,
                         subject="RE: " + subject, text=t3, irt=owner_mid, refs=[mid1, mid2, owner_mid])
    files = [("01-jornada-entrevistas.eml", m1), ("02-re-paro-reprogramacion.eml", m2),
             ("03-re-confirmado-martes.eml", m3)]
    emails = [e for _, e, _ in ivs]
    lab = label([iv(company, role, start, end, "scheduled", emails, emails, "onsite")], "hard",
                "positive/reschedule-paro-onsite-loop",
                "Three back-to-back in-person interviews (09:00-11:45) first set for Thu 28 May, moved to "
                "Tue 2 Jun because of a national public-transport strike (paro); same schedule and people. "
                "One onsite at the final date with all three interviewers (all in Cc).")
    return slug, files, lab


@case
def c09():
    """Buenos Aires interview, Google invite then Google cancellation."""
    slug = "buenos-aires-google-invite-cancelled"
    me = ("Martín Etcheverry", "metcheverry@energiapampeana.example")
    company = "Energía Pampeana S.A."
    role = "Analista de Datos Upstream"
    start = T(2026, 6, 16, 15, 0, tz=BUE)
    wd(start, "martes")
    end = start + timedelta(hours=1)
    assert start.astimezone(SCL).hour == 14
    uid = f"{hx('c09uid', 26)}@google.com"
    title = f"Entrevista {role} – Francisca Oyarzún"
    d1 = T(2026, 6, 4, 11, 30, tz=BUE, s=58)
    wd(d1, "jueves")
    desc = ("Hola Francisca, como hablamos por teléfono, te mando la invitación. Son las 15:00 de Buenos "
            "Aires, o sea las 14:00 en Santiago. Vamos a charlar sobre tu experiencia y sobre un caso de "
            "curvas de producción en Vaca Muerta.\n\nMartín Etcheverry\nLíder de Analytics Upstream – "
            + company)
    subj_when = f"{DIAS_C[start.weekday()]} {start.day} {MESES_C[start.month - 1]} {start.year} 15:00 - 16:00 (GMT-3)"
    atts = [att(me[0], me[1], partstat="ACCEPTED", google=True), att(OWNER, OWNER, google=True)]
    m1, _ = google_invite(seed="c09-1", d=d1, org_name=me[0], org_email=me[1],
                          subject_line=f"Invitación: {title} @ {subj_when} ({OWNER})", title=title,
                          plain_desc=desc, start=start, end=end, tzid="America/Argentina/Buenos_Aires",
                          vtz=VTZ_BUE, attendees=atts, uid=uid,
                          lang_when=f"{fecha(start, True)} · 15:00 – 16:00 (hora de Argentina)")
    d2 = T(2026, 6, 12, 17, 2, tz=BUE, s=14)
    desc2 = ("Francisca, perdón por el aviso con tan poco margen: se congeló la búsqueda por el presupuesto "
             "del segundo semestre, así que tenemos que cancelar la entrevista del martes. Te escribo "
             "apenas se reabra.\n\nMartín")
    m2, _ = google_invite(seed="c09-2", d=d2, org_name=me[0], org_email=me[1],
                          subject_line=f"Evento cancelado: {title} @ {subj_when} ({OWNER})", title=title,
                          plain_desc=desc2, start=start, end=end, tzid="America/Argentina/Buenos_Aires",
                          vtz=VTZ_BUE, attendees=atts, uid=uid, seq=1, method="CANCEL",
                          status="CANCELLED",
                          lang_when=f"{fecha(start, True)} · 15:00 – 16:00 (hora de Argentina)")
    files = [("01-invitacion-google-energia-pampeana.eml", m1), ("02-evento-cancelado.eml", m2)]
    lab = label([iv(company, role, start, end, "cancelled", [me[1]], [me[1]], "hiring_manager")],
                "medium", "positive/cancellation-google",
                "Google invite for Tue 16 Jun 15:00 Buenos Aires (-03) = 14:00 in Santiago (-04), then a "
                "METHOD:CANCEL (hiring frozen). Kept as cancelled at its last scheduled time.")
    return slug, files, lab


@case
def c10():
    """Online psicolaboral (not an interview) then an interview with the client's manager."""
    slug = "psicolaboral-online-then-teams-interview"
    cr = ("Camila Reyes Tapia", "creyes@talentonorte.example")
    ivd = ("Ignacio Valdivia Soto", "ivaldivia@sanlorenzo-atacama.example")
    company = "Minera San Lorenzo de Atacama"
    role = "Analista de Datos de Planificación Minera"
    d1 = T(2026, 6, 8, 9, 30, s=16)
    wd(d1, "lunes")
    w0 = T(2026, 6, 9, 9, 0)
    wd(w0, "martes")
    w1 = T(2026, 6, 11, 23, 59)
    wd(w1, "jueves")
    sig = ("Ps. Camila Reyes Tapia\nPsicóloga Laboral | Talento Norte Consultores\n"
           "Antofagasta – Santiago | +56 55 2 456 780")
    t1 = (f"Hola Francisca:\n\nComo parte del proceso para el cargo de {role} en {company}, la siguiente "
          "etapa es la evaluación psicolaboral online. Incluye un test de razonamiento lógico-numérico, "
          "un cuestionario de personalidad y una prueba práctica de Excel; todo es autoaplicado en la "
          "plataforma y en esta etapa no hay entrevista con psicóloga.\n\n"
          f"El enlace estará habilitado desde el {fecha(w0)} a las 09:00 hasta el {fecha(w1)} a las "
          "23:59 (hora de Chile). Calcula unas dos horas, idealmente en un lugar tranquilo.\n\n"
          "Enlace: https://evaluaciones.talentonorte.example/p/7Q2K-91LM\n\n"
          "Quedo atenta a cualquier duda,\n" + sig + "\n")
    m1, mid1 = outlook_mail(seed="c10-1", d=d1, frm=addr(*cr), to=addr(OWNER_NAME, OWNER),
                            subject=f"Evaluación psicolaboral – {role} ({company})", text=t1)
    d2 = T(2026, 6, 12, 16, 10, s=37)
    wd(d2, "viernes")
    start = T(2026, 6, 17, 16, 0)
    wd(start, "miércoles")
    end = start + timedelta(minutes=45)
    t2 = ("Hola Francisca:\n\nTe cuento que avanzaste a la siguiente etapa del proceso. Ahora corresponde la "
          f"entrevista con el cliente: {ivd[0]}, Gerente de Planificación de {company}, el "
          f"{fecha(start)} a las 16:00 hora de Chile, por Teams (45 minutos). Él te enviará la "
          "invitación directamente.\n\nÉxito,\n" + sig + "\n\n"
          + outlook_hdr(f"{cr[0]} <{cr[1]}>", d1, f"{OWNER_NAME} <{OWNER}>",
                        f"Evaluación psicolaboral – {role} ({company})")
          + "\n" + t1)
    m2, _ = outlook_mail(seed="c10-2", d=d2, frm=addr(*cr), to=addr(OWNER_NAME, OWNER),
                         subject=f"RE: Evaluación psicolaboral – {role} ({company})", text=t2,
                         irt=mid1, refs=[mid1])
    d3 = T(2026, 6, 12, 17, 55, s=2)
    body3 = (f"Hola Francisca:\n\nTe envío la invitación para nuestra entrevista por el cargo de {role}. "
             "Me interesa conversar sobre tu experiencia con modelos de bloques y conciliación "
             "plan-real.\n\nSaludos,\nIgnacio Valdivia Soto\nGerente de Planificación\n" + company)
    when = (f"{DIAS[start.weekday()]}, {start.day} de {MESES[start.month - 1]} de {start.year} "
            f"{hhmm(start)}-{hhmm(end)} (UTC-04:00) Santiago.")
    m3, _ = exchange_invite(seed="c10-3", d=d3, org_name=ivd[0], org_email=ivd[1],
                            to=addr(OWNER_NAME, OWNER), subject=f"Entrevista {role} – F. Oyarzún",
                            when_es=when, body=body3, start=start, end=end,
                            attendees=[att(OWNER_NAME, OWNER)],
                            uid="040000008200E00074C5B7101A82E00800000000" + hx("c10uid", 48).upper(),
                            domain_host="CPVPR80MB")
    files = [("01-evaluacion-psicolaboral-online.eml", m1), ("02-re-avanzaste-entrevista.eml", m2),
             ("03-invitacion-teams-gerente.eml", m3)]
    lab = label([iv(company, role, start, end, "scheduled", [ivd[1]], [ivd[1]], "hiring_manager")],
                "medium", "positive/assessment-then-interview",
                "Online, self-administered evaluación psicolaboral (test window Tue 9 - Thu 11 Jun, explicitly "
                "no interview) is not an interview; the interview is Wed 17 Jun 16:00-16:45 (-04) with the "
                "client's Gerente de Planificación, announced by the consultora and sent as his own Teams invite.")
    return slug, files, lab


@case
def c11():
    """Standalone .ics in America/Punta_Arenas (UTC-3 all year) during Chilean winter."""
    slug = "magallanes-standalone-ics-utc3"
    av = ("Antonia Vera Alvarado", "avera@h2magallanes.example")
    gb = ("Gonzalo Barrientos Oyarzo", "gbarrientos@h2magallanes.example")
    company = "Hidrógeno Verde Magallanes SpA"
    role = "Analista de Datos de Energía"
    start = T(2026, 7, 8, 10, 0, tz=PUQ)
    wd(start, "miércoles")
    end = start + timedelta(hours=1)
    assert start.astimezone(SCL).hour == 9
    d = T(2026, 7, 1, 15, 20, tz=PUQ)
    desc = (f"Hola Francisca: te confirmo la entrevista con {gb[0]}, Jefe de Datos y Operación Eólica, "
            f"para el cargo de {role}. Ojo: es a las 10:00 hora de Magallanes, que en invierno son las "
            "09:00 en Santiago (acá no cambiamos la hora). Será por Google Meet: "
            "https://meet.google.com/pqa-wxmn-tes\n\nSaludos,\nAntonia Vera – Personas, " + company)
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ_PUQ + [
        "BEGIN:VEVENT", f"DTSTART;TZID=America/Punta_Arenas:{loc(start)}",
        f"DTEND;TZID=America/Punta_Arenas:{loc(end)}", f"DTSTAMP:{zutc(d)}",
        f"ORGANIZER;CN={av[0]}:mailto:{av[1]}", f"UID:{hx('c11uid', 26)}@google.com",
        att(av[0], av[1], partstat="ACCEPTED", google=True),
        att(gb[0], gb[1], partstat="ACCEPTED", google=True),
        att(OWNER, OWNER, google=True),
        f"CREATED:{zutc(d - timedelta(minutes=3))}", "DESCRIPTION:" + esc(desc),
        f"LAST-MODIFIED:{zutc(d)}", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:{esc(f'Entrevista {role} – Francisca Oyarzún')}", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"]
    files = [("01-entrevista-h2-magallanes.ics", ics_text(cal))]
    lab = label([iv(company, role, start, end, "scheduled", [gb[1]], [gb[1]], "hiring_manager")],
                "hard", "positive/standalone-ics-magallanes",
                "Standalone Google .ics with TZID America/Punta_Arenas: Wed 8 Jul 10:00 hora de Magallanes "
                "(-03 all year) = 09:00 in Santiago (-04 in winter). The HR organizer only coordinates; the "
                "Jefe de Datos conducts.")
    return slug, files, lab


@case
def c12():
    """Calendar API event only, Antofagasta water utility, last working day before the Sep change."""
    slug = "gcal-json-antofagasta-before-september-change"
    ro = ("Ricardo Olivares Gaete", "rolivares@aguasdesierto.example")
    pv = ("Patricia Valdés", "pvaldes@aguasdesierto.example")
    grp = ("Selección Aguas del Desierto", "seleccion@aguasdesierto.example")
    company = "Aguas del Desierto S.A."
    role = "Analista de Datos – Control de Pérdidas"
    start = T(2026, 9, 4, 9, 30)
    wd(start, "viernes")
    assert start.utcoffset() == timedelta(hours=-4)
    end = start + timedelta(hours=1)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3451982274118000\"",
        "id": hx("c12id", 26),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(
            f"{hx('c12id', 26)} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-08-27T14:03:11.000Z",
        "updated": "2026-08-27T14:09:57.059Z",
        "summary": f"Entrevista técnica: {role} – Francisca Oyarzún",
        "description": ("Prueba técnica en vivo (SQL y Python sobre datos de telemetría de la red) con "
                        f"{ro[0]}, Jefe de Control de Gestión Operacional. La invitación la envía el equipo "
                        "de Selección; Patricia no participa en la entrevista.\n\nHorario: 09:30 a 10:30, "
                        "hora de Chile continental."),
        "location": "Google Meet",
        "creator": {"email": pv[1], "displayName": pv[0]},
        "organizer": {"email": grp[1], "displayName": grp[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Santiago"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Santiago"},
        "iCalUID": f"{hx('c12id', 26)}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": grp[1], "displayName": grp[0], "organizer": True, "responseStatus": "accepted"},
            {"email": ro[1], "displayName": ro[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.com/tud-hqze-pmr",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/tud-hqze-pmr",
                             "label": "meet.google.com/tud-hqze-pmr"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "tud-hqze-pmr",
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = [("01-entrevista-aguas-del-desierto.gcal.json", json.dumps(ev, ensure_ascii=False, indent=2) + "\n")]
    lab = label([iv(company, role, start, end, "scheduled", [ro[1]], [ro[1]], "technical")], "medium",
                "positive/gcal-json-only",
                "Calendar API event only: Fri 4 Sep 09:30-10:30 America/Santiago (-04, two days before the "
                "6 Sep change). Organizer is a group calendar and the creator only schedules; the attendee "
                "Jefe de Control de Gestión conducts.")
    return slug, files, lab


@case
def c13():
    """Headhunter proposes 'mañana a las 9 hora chilena' late at night; confirmed."""
    slug = "headhunter-manana-late-night"
    sm = ("Sebastián Morales Vial", "smorales@cumbre-search.example")
    company = "Cumbre Executive Search"
    role = "Analista de Datos Senior – Transmisión Eléctrica"
    d1 = T(2026, 8, 18, 23, 15, s=28)
    wd(d1, "martes")
    assert d1.astimezone(UTC).day == 19
    start = T(2026, 8, 19, 9, 0)
    wd(start, "miércoles")
    end = start + timedelta(minutes=20)
    sig = ("Sebastián Morales Vial\nConsultor Senior | Cumbre Executive Search\n"
           "Av. Isidora Goyenechea 3000, of. 1402, Las Condes | +56 9 9123 4455")
    t1 = ("Hola Francisca, perdón la hora.\n\nSoy Sebastián Morales, consultor de Cumbre Executive Search. "
          f"Estoy llevando una búsqueda confidencial de {role} para una empresa de transmisión eléctrica "
          "con operaciones en el norte, y tu perfil calza muy bien.\n\n"
          "¿Podemos conversar mañana a las 9:00 hora chilena? Sería una llamada telefónica de unos 20 "
          "minutos para conocer tu experiencia y contarte del cliente; si te acomoda, te llamo al tiro "
          "a esa hora a tu celular.\n\nSaludos,\n" + sig + "\n")
    m1, mid1 = gmail_style_mail(seed="c13-1", d=d1, frm=addr(*sm), to=OWNER,
                                subject=f"Búsqueda confidencial – {role}", text=t1,
                                host="mail-yw1-f173.google.com", ip="209.85.128.173")
    d_owner = T(2026, 8, 18, 23, 40, s=2)
    owner = ("Hola Sebastián,\n\nSí, me acomoda mañana a las 9. Mi celular es +56 9 8765 4321.\n\n"
             "Quedo atenta,\nFrancisca")
    d2 = T(2026, 8, 18, 23, 52, s=45)
    t2 = ("Buenísimo, Francisca. Entonces mañana miércoles a las 9:00 te llamo.\n\nSaludos,\n" + sig + "\n\n"
          + gmail_attr(d_owner, OWNER_NAME, OWNER) + "\n\n"
          + quote_gt(owner + "\n\n" + gmail_attr(d1, sm[0], sm[1]) + "\n\n" + quote_gt(t1)) + "\n")
    owner_mid = gmail_mid("c13-owner")
    m2, _ = gmail_style_mail(seed="c13-2", d=d2, frm=addr(*sm), to=OWNER,
                             subject=f"Re: Búsqueda confidencial – {role}", text=t2, irt=owner_mid,
                             refs=[mid1, owner_mid], host="mail-yw1-f173.google.com", ip="209.85.128.173")
    files = [("01-busqueda-confidencial.eml", m1), ("02-re-manana-a-las-9.eml", m2)]
    lab = label([iv(company, role, start, end, "scheduled", [sm[1]], [sm[1]], "phone_screen")], "medium",
                "positive/relative-date-late-night",
                "Headhunter writes Tue 18 Aug 23:15 (-04; already Wednesday in UTC) proposing 'mañana a las "
                "9:00 hora chilena'; confirmed as 'mañana miércoles a las 9:00' -> Wed 19 Aug 09:00-09:20 (-04). "
                "Client is confidential, so the company is the search firm; the consultant makes the call.")
    return slug, files, lab


# ========================================================================= negatives
def simple_ics(*, prodid, uid, d, start, end, summary, desc, org, attendees, location="",
               utc_times=False, tz_block=VTZ_SANTIAGO, tzid="America/Santiago"):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "METHOD:REQUEST"]
    if not utc_times:
        lines += tz_block
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zutc(d)}"]
    if utc_times:
        lines += [f"DTSTART:{zutc(start)}", f"DTEND:{zutc(end)}"]
    else:
        lines += [f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}"]
    lines += [f"SUMMARY:{esc(summary)}", "DESCRIPTION:" + esc(desc), f"LOCATION:{esc(location)}",
              f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"] + attendees + [
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return lines


def notice_mail(*, seed, d, frm, subject, text, ics_lines=None, ics_name="cita.ics", reply_to=None,
                host, ip, mid_domain, extra=(), html_cte="quoted-printable"):
    b1 = f"b1_{hx(seed + 'b1', 32)}"
    b2 = f"b2_{hx(seed + 'b2', 32)}"
    alt = multi("alternative", b2, [
        leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
        leaf("text/html; charset=UTF-8", html_of(text, "Arial, Helvetica, sans-serif", "14px"), html_cte),
    ])
    part = alt
    if ics_lines:
        part = multi("mixed", b1, [alt, leaf(f'text/calendar; charset=UTF-8; method=REQUEST; name="{ics_name}"',
                                             ics_text(ics_lines), "base64",
                                             extra=[f'Content-Disposition: attachment; filename="{ics_name}"'])])
    return mail(d=d, frm=frm, to=OWNER, subject=subject, mid=f"{hx(seed + 'mid', 32)}@{mid_domain}",
                part=part, reply_to=reply_to, host=host, ip=ip, extra=extra), None


@case
def c14():
    slug = "neg-afp-entrevista-asesor-previsional"
    d = T(2026, 4, 7, 10, 20, s=5)
    wd(d, "martes")
    ap = T(2026, 4, 13, 12, 0)
    wd(ap, "lunes")
    org = ("AFP Horizonte", "reservas@afphorizonte.example")
    text = ("Hola Francisca:\n\nTu hora de atención quedó reservada.\n\n"
            "Servicio: Entrevista de asesoría previsional (traspaso de fondos y Ahorro Previsional Voluntario)\n"
            f"Fecha: {fecha(ap, True)}\n"
            "Hora: 12:00 hrs.\n"
            "Sucursal: Providencia – Av. Providencia 1760, local 3\n"
            "Ejecutiva: Marcela Gutiérrez\n"
            "N° de reserva: AH-0419-22871\n\n"
            "Recuerda traer tu cédula de identidad vigente. Si no puedes asistir, anula tu hora en "
            "https://www.afphorizonte.example/sucursal-virtual/mis-horas para liberar el cupo.\n\n"
            "AFP Horizonte – Este correo es generado automáticamente, no lo respondas.\n")
    ics = simple_ics(prodid="-//AFP Horizonte//Agenda Sucursales//ES", uid=f"AH-0419-22871@afphorizonte.example",
                     d=d, start=ap, end=ap + timedelta(minutes=30),
                     summary="Entrevista asesoría previsional – AFP Horizonte",
                     desc="Atención con ejecutiva Marcela Gutiérrez. Traer cédula de identidad.",
                     org=org, attendees=[att(OWNER_NAME, OWNER)], location="Av. Providencia 1760, local 3")
    m, _ = notice_mail(seed="c14", d=d, frm=addr(*org), subject="Confirmación de tu entrevista con asesor previsional",
                       text=text, ics_lines=ics, ics_name="reserva.ics", host="smtp2.afphorizonte.example",
                       ip="198.51.100.15", mid_domain="afphorizonte.example")
    lab = label([], "medium", "negative/pension-fund-appointment",
                "AFP branch appointment called 'entrevista de asesoría previsional', with an .ics: not a job interview.")
    return slug, [("01-afp-reserva-hora.eml", m)], lab


@case
def c15():
    slug = "neg-registro-civil-pasaporte"
    d = T(2026, 4, 20, 8, 2, s=41)
    wd(d, "lunes")
    ap = T(2026, 4, 23, 8, 45)
    wd(ap, "jueves")
    org = ("Registro Civil e Identificación", "reservadehoras@registrocivil.example")
    text = ("Estimada FRANCISCA OYARZÚN LEIVA:\n\nSu reserva de hora ha sido registrada exitosamente.\n\n"
            "Trámite: Solicitud de pasaporte (primera vez)\n"
            "Oficina: Santiago – Huérfanos 1570\n"
            f"Fecha: {fecha(ap)} de {ap.year}\n"
            "Hora: 08:45\n"
            "Código de reserva: RC-7F3K2Q\n\n"
            "Debe presentarse personalmente con su cédula de identidad vigente, 10 minutos antes de la "
            "hora. En la atención se tomará fotografía, firma y huella dactilar. Si no alcanza a llegar, "
            "deberá solicitar una nueva hora.\n\n"
            "Servicio de Registro Civil e Identificación\nEste es un mensaje automático, favor no responder.\n")
    ics = simple_ics(prodid="-//SRCeI//Reserva de Horas//ES", uid="RC-7F3K2Q@registrocivil.example", d=d,
                     start=ap, end=ap + timedelta(minutes=20), summary="Reserva de hora: Solicitud de pasaporte",
                     desc="Oficina Santiago – Huérfanos 1570. Presentarse con cédula de identidad vigente.",
                     org=org, attendees=[att(OWNER_NAME, OWNER)], location="Huérfanos 1570, Santiago",
                     utc_times=True)
    m, _ = notice_mail(seed="c15", d=d, frm=addr(*org), subject="Reserva de hora confirmada – Solicitud de pasaporte",
                       text=text, ics_lines=ics, ics_name="reserva.ics", host="correo.registrocivil.example",
                       ip="198.51.100.32", mid_domain="registrocivil.example")
    lab = label([], "easy", "negative/government-appointment",
                "Registro Civil passport appointment with an .ics (UTC times): an appointment, not an interview.")
    return slug, [("01-registro-civil-reserva.eml", m)], lab


@case
def c16():
    slug = "neg-junta-vecinos-entrevista-guardia"
    gh = ("Gladys Henríquez", "gladys.henriquez@jjvvlosaromos.example")
    d = T(2026, 4, 18, 19, 12, s=33)
    start = T(2026, 4, 25, 11, 0)
    wd(start, "sábado")
    end = T(2026, 4, 25, 13, 0)
    title = "Asamblea JJVV Los Aromos + entrevistas a postulantes a guardia nocturno"
    desc = ("Vecinas y vecinos: en la asamblea del sábado revisaremos la cuota de mantención del portón y "
            "elegiremos al nuevo guardia nocturno del pasaje. La comisión (Francisca Oyarzún, don Hernán "
            "Muñoz y la señora Rosa Pérez) entrevistará a los tres postulantes entre 11:30 y 12:30, y después "
            "votamos. Traigan sus preguntas.\n\nGladys Henríquez\nPresidenta Junta de Vecinos Los Aromos")
    m, _ = google_invite(seed="c16", d=d, org_name=gh[0], org_email=gh[1],
                         subject_line=f"Invitación: {title} @ sáb 25 abr 2026 11:00 - 13:00 (GMT-4) ({OWNER})",
                         title=title, plain_desc=desc, start=start, end=end, tzid="America/Santiago",
                         vtz=VTZ_SANTIAGO,
                         attendees=[att(gh[0], gh[1], partstat="ACCEPTED", google=True),
                                    att(OWNER, OWNER, google=True),
                                    att("vecinos@jjvvlosaromos.example", "vecinos@jjvvlosaromos.example",
                                        google=True)],
                         uid=f"{hx('c16uid', 26)}@google.com",
                         lang_when=f"{fecha(start, True)} · 11:00 – 13:00 (hora de Chile)",
                         location="Sede social, Pasaje Los Aromos 455, Maipú")
    lab = label([], "hard", "negative/user-is-interviewer-community",
                "Neighbourhood-association assembly invite where the owner sits on the committee that "
                "interviews candidates for a night guard: she is the interviewer, not a candidate.")
    return slug, [("01-invitacion-asamblea-jjvv.eml", m)], lab


@case
def c17():
    slug = "neg-radio-entrevista-mineria-al-dia"
    pc = ("Paola Cortés Rivera", "pcortes@radiodesierto.example")
    d1 = T(2026, 7, 16, 10, 41, s=12)
    wd(d1, "jueves")
    start = T(2026, 7, 23, 8, 30)
    wd(start, "jueves")
    end = start + timedelta(minutes=15)
    t1 = ("Hola Francisca, ¿cómo estás?\n\nTe escribo de Radio Desierto 98.7 FM de Antofagasta. Leímos tu "
          "columna sobre el uso de datos para reducir el consumo de agua en faenas mineras y nos encantaría "
          "invitarte a una entrevista en vivo en el programa «Minería al Día».\n\n"
          f"Sería el {fecha(start)} a las 08:30, por teléfono, unos 15 minutos. Te llamamos desde el "
          "estudio un par de minutos antes. Te mando la invitación al calendario para que te quede.\n\n"
          "Saludos,\nPaola Cortés Rivera\nProductora periodística – Minería al Día\nRadio Desierto 98.7 FM\n")
    m1, _ = gmail_style_mail(seed="c17-1", d=d1, frm=addr(*pc), to=OWNER,
                             subject="Invitación a entrevista en «Minería al Día» – Radio Desierto", text=t1)
    d2 = T(2026, 7, 16, 10, 52, s=40)
    title = "Entrevista radial en vivo – Minería al Día (Francisca Oyarzún)"
    m2, _ = google_invite(seed="c17-2", d=d2, org_name=pc[0], org_email=pc[1],
                          subject_line=f"Invitación: {title} @ jue 23 jul 2026 08:30 - 08:45 (GMT-4) ({OWNER})",
                          title=title, plain_desc="Entrevista telefónica en vivo, bloque de las 08:30. "
                          "Tema: datos y gestión hídrica en la minería del norte.", start=start, end=end,
                          tzid="America/Santiago", vtz=VTZ_SANTIAGO,
                          attendees=[att(pc[0], pc[1], partstat="ACCEPTED", google=True),
                                     att(OWNER, OWNER, google=True)],
                          uid=f"{hx('c17uid', 26)}@google.com",
                          lang_when=f"{fecha(start, True)} · 08:30 – 08:45 (hora de Chile)")
    lab = label([], "hard", "negative/press-interview",
                "Radio station invites the owner to a live on-air entrevista, with a Google invite: press, "
                "not a hiring process.")
    return slug, [("01-radio-desierto-invitacion.eml", m1), ("02-invitacion-google-radio.eml", m2)], lab


@case
def c18():
    slug = "neg-owner-interviews-practicante"
    ps = ("Pía Salgado Rojas", "psalgado@datamina.example")
    bo = ("Benjamín Ortiz Lagos", "benjamin.ortiz@alumnos.udec.example")
    d = T(2026, 10, 16, 12, 5, s=18)
    wd(d, "viernes")
    start = T(2026, 10, 22, 15, 0)
    wd(start, "jueves")
    assert start.utcoffset() == timedelta(hours=-3)
    end = start + timedelta(minutes=45)
    subject = "Entrevista práctica profesional – Benjamín Ortiz (Ing. Civil de Minas, UdeC)"
    body = ("Hola Francisca y Benjamín:\n\nLes envío la invitación para la entrevista de la práctica "
            "profesional de verano en el equipo de Datos.\n\nFrancisca: tú le haces las preguntas técnicas "
            "(SQL y Power BI) y después me mandas tu evaluación en la pauta de siempre. Yo parto con la "
            "presentación de DataMina.\n\nBenjamín: te esperamos conectado cinco minutos antes.\n\n"
            "Saludos,\nPía Salgado Rojas\nPersonas y Cultura | DataMina Consultores")
    when = (f"{DIAS[start.weekday()]}, {start.day} de {MESES[start.month - 1]} de {start.year} "
            f"{hhmm(start)}-{hhmm(end)} (UTC-04:00) Santiago.")
    m, _ = exchange_invite(seed="c18", d=d, org_name=ps[0], org_email=ps[1],
                           to=f"{addr(OWNER_NAME, OWNER)}, {addr(*bo)}", subject=subject, when_es=when,
                           body=body, start=start, end=end,
                           attendees=[att(OWNER_NAME, OWNER), att(bo[0], bo[1])],
                           uid="040000008200E00074C5B7101A82E00800000000" + hx("c18uid", 48).upper(),
                           domain_host="SC1PR80MB")
    lab = label([], "hard", "negative/user-is-interviewer",
                "Teams invite where the owner (at her current consultancy) interviews a university intern "
                "candidate; she asks the technical questions. Not her own job interview.")
    return slug, [("01-invitacion-entrevista-practicante.eml", m)], lab


@case
def c19():
    slug = "neg-dentista-control-ortodoncia"
    d = T(2026, 7, 8, 10, 0, s=0)
    wd(d, "miércoles")
    ap = T(2026, 7, 10, 18, 30)
    wd(ap, "viernes")
    org = ("Clínica Dental Sonrisa Andina", "agenda@sonrisaandina.example")
    text = ("Hola Francisca:\n\nTe recordamos tu cita en Clínica Dental Sonrisa Andina.\n\n"
            "Profesional: Dra. Ximena Lobos Fierro – Ortodoncia\n"
            "Prestación: Evaluación y control de ortodoncia\n"
            f"Fecha: {fecha(ap)}\n"
            "Hora: 18:30\n"
            "Sucursal: Ñuñoa – Av. Irarrázaval 3350, of. 204\n\n"
            "Por favor confirma tu asistencia: https://agenda.sonrisaandina.example/c/9QX71\n"
            "Si necesitas reagendar, llámanos al +56 2 2345 6789.\n\n"
            "Clínica Dental Sonrisa Andina\n")
    ics = simple_ics(prodid="-//Sonrisa Andina//Agenda Online//ES", uid=f"cita-9QX71@sonrisaandina.example",
                     d=d, start=ap, end=ap + timedelta(minutes=30),
                     summary="Cita dental – Dra. Ximena Lobos (control ortodoncia)",
                     desc="Evaluación y control de ortodoncia. Sucursal Ñuñoa.", org=org,
                     attendees=[att(OWNER_NAME, OWNER)], location="Av. Irarrázaval 3350, of. 204, Ñuñoa")
    m, _ = notice_mail(seed="c19", d=d, frm=addr(*org), subject="Confirma tu cita – viernes 10 de julio, 18:30",
                       text=text, ics_lines=ics, host="mail.sonrisaandina.example", ip="198.51.100.88",
                       mid_domain="agenda.sonrisaandina.example")
    lab = label([], "easy", "negative/dentist",
                "Dental appointment reminder with .ics ('evaluación', 'confirma tu asistencia'): not an interview.")
    return slug, [("01-recordatorio-cita-dental.eml", m)], lab


@case
def c20():
    slug = "neg-laborum-alerta-empleos"
    d = T(2026, 7, 15, 8, 0, s=9)
    wd(d, "miércoles")
    ads = [
        ("Analista de Datos Mina", "Minera Cielo Alto", "Antofagasta", "Entrevistas online desde esta semana."),
        ("Data Analyst – Energía Renovable", "Solar del Tamarugal SpA", "Santiago (híbrido)",
         "Proceso ágil: si calzas, te llamamos para una entrevista en 48 horas."),
        ("Analista de Control de Gestión", "Distribuidora Eléctrica del Maule", "Talca",
         "Entrevista por videollamada y evaluación psicolaboral."),
        ("Analista BI – Riesgo", "Banco Costanera", "Santiago", "Postula con un clic."),
    ]
    lst = "\n\n".join(f"{t}\n{c} – {l}\n{n}\nVer aviso: https://www.laborum.cl/empleos/{hx(t, 8)}.html"
                      for t, c, l, n in ads)
    text = ("Hola Francisca,\n\nEncontramos 12 nuevos avisos que coinciden con tu alerta "
            "«Analista de Datos – Minería / Energía»:\n\n" + lst + "\n\n"
            "Ver los 12 avisos: https://www.laborum.cl/empleos-busqueda-analista-de-datos.html\n\n"
            "Consejo de la semana: prepara tu entrevista con el método STAR.\n\n"
            "Recibes este correo porque creaste una alerta en Laborum. Administrar alertas: "
            "https://www.laborum.cl/candidatos/alertas\n")
    m, _ = notice_mail(seed="c20", d=d, frm=addr("Laborum", "alertas@laborum.cl"),
                       subject="Analista de Datos: 12 nuevos avisos en Antofagasta y Santiago", text=text,
                       host="mta07.laborum.cl", ip="198.51.100.43", mid_domain="alertas.laborum.cl",
                       html_cte="base64",
                       extra=["List-Unsubscribe: <https://www.laborum.cl/candidatos/alertas>",
                              "Precedence: bulk"])
    lab = label([], "easy", "negative/job-alert",
                "Laborum job-alert digest mentioning 'entrevista' in ad snippets and tips.")
    return slug, [("01-laborum-alerta.eml", m)], lab


@case
def c21():
    slug = "neg-buk-agenda-tu-entrevista-unbooked"
    fi = ("Ignacia Fuentes Cortés", "ifuentes@ptomejillones.example")
    company = "Portuaria Mejillones S.A."
    role = "Analista de Datos Logística Portuaria"
    d = T(2026, 7, 21, 11, 0, s=52)
    wd(d, "martes")
    slots = [T(2026, 7, 27, 10, 0), T(2026, 7, 27, 15, 0), T(2026, 7, 28, 11, 30)]
    wd(slots[0], "lunes")
    wd(slots[2], "martes")
    deadline = T(2026, 7, 24, 18, 0)
    wd(deadline, "viernes")
    opts = "\n".join(f"• {fecha(s)}, {hhmm(s)}" for s in slots)
    text = (f"Hola Francisca,\n\n{company} quiere conocerte. Te invitamos a agendar una entrevista para el "
            f"cargo {role}.\n\nHorarios disponibles (hora de Chile):\n{opts}\n\n"
            "Elige tu horario aquí: https://ptomejillones.buk.cl/agenda/seleccionar/5c1e9a\n\n"
            f"El enlace vence el {fecha(deadline)} a las 18:00. Una vez que elijas, te llegará la "
            "confirmación con el detalle de la entrevista.\n\n"
            f"Si ninguno te acomoda, responde este correo y le llegará a {fi[0].split()[0]} {fi[0].split()[1]}, del equipo de Personas.\n\n"
            "Este correo fue enviado automáticamente a través de Buk.\n")
    m, _ = buk_mail(seed="c21", d=d, company=company, reply_to=addr(*fi),
                    subject=f"Agenda tu entrevista – {role}", text=text)
    lab = label([], "hard", "negative/availability-request",
                "Buk scheduling request listing three candidate slots with a self-booking link; nothing is "
                "booked in the case, so no interview exists yet.")
    return slug, [("01-buk-agenda-tu-entrevista.eml", m)], lab


@case
def c22():
    slug = "neg-workday-rechazo-tras-entrevista"
    d = T(2026, 7, 3, 12, 15, s=20)
    wd(d, "viernes")
    past = T(2026, 6, 22, 10, 0)
    wd(past, "lunes")
    company = "Banco Andino Internacional"
    role = "Analista de Riesgo Climático"
    text = ("Hola Francisca:\n\nGracias por tu interés en " + company + " y por el tiempo que dedicaste a la "
            f"entrevista del {fecha(past)} a las 10:00 con Bernardita Solar y su equipo.\n\n"
            f"Después de una evaluación cuidadosa, hemos decidido continuar el proceso del cargo {role} "
            "(R-2231) con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del área. "
            "Guardaremos tus antecedentes para futuras oportunidades y te invitamos a seguir postulando en "
            "nuestro portal.\n\nTe deseamos mucho éxito,\nEquipo de Atracción de Talento\n" + company + "\n\n"
            "Este es un mensaje automático de Workday. Por favor, no respondas a este correo.\n")
    b = f"----=_Part_{int(hx('c22x', 7), 16)}_{int(hx('c22y', 8), 16)}.{int(hx('c22z', 10), 16) % 10 ** 13}"
    part = multi("alternative", b, [leaf("text/plain; charset=UTF-8", text),
                                    leaf("text/html; charset=UTF-8", html_of(text, "Arial, sans-serif", "13px"))])
    m = mail(d=d, frm=addr(company, "bancoandino@myworkday.com"), to=OWNER,
             subject=f"Actualización de tu postulación – {role} (R-2231)",
             mid=f"{int(hx('c22wd', 12), 16)}.{int(hx('c22wd2', 6), 16)}.JavaMail.wd@wd3-prod-mailer-04",
             part=part, host="mail-out04.myworkday.com", ip="198.51.100.121",
             extra=["X-Workday-Tenant: bancoandino"])
    lab = label([], "medium", "negative/rejection-after-interview",
                "Workday rejection that names the past interview date and time: a rejection, not an interview.")
    return slug, [("01-workday-actualizacion-postulacion.eml", m)], lab


# ============================================================================== main
def readme(n_cases, n_pos, n_neg, n_sched, n_canc):
    return f"""# blind272: Santiago mining/energy data analyst, Chilean Spanish mail across Chile's 2026 clock changes (written blind)

Mailbox owner: **Francisca Oyarzún Leiva** (`{OWNER}`), a mining and energy data analyst in
Santiago de Chile applying to mining companies, utilities and banks in Santiago, Antofagasta and
Concepción, to companies in Lima and Buenos Aires, to a Punta Arenas (Magallanes) energy company and
to a Toronto firm. Most mail is in Chilean Spanish ("¿Te acomoda…?", "quedo atenta", "hora de Chile",
"al tiro"), some in English and Rioplatense Spanish.

This set was **written blind**: without reading the detector's code, its tests or other evaluation
sets, and without running the tool. Only `/work/shared/eval/README.md` and two dev files (for
formats) were consulted. Everything is produced by `make_cases.py` (stdlib + PyYAML + zoneinfo),
which is deterministic (fixed dates, Message-IDs, UIDs, MIME boundaries).

## What it stresses
- Chile's 2026 clock changes (America/Santiago, checked with zoneinfo): clocks go **back on Sunday
  5 April 2026** (00:00 -03 becomes Saturday 23:00 -04) and **forward on Sunday 6 September 2026**
  (00:00 -04 becomes 01:00 -03). Interviews sit on both sides of each change: 18 Mar and 2 Apr (-03);
  6 Apr and 7 Apr (-04); 4 Sep (-04); 7 Sep and 14 Oct (-03 in Santiago).
- Exchange/Teams invites with the Windows TZID `Pacific SA Standard Time` (Outlook VTIMEZONE with
  1SA/April and 1SA/September rules) and Outlook's static display label "(UTC-04:00) Santiago", which
  is wrong during Chilean summer time (b272-07).
- Invites mailed before a clock change for a meeting after it (b272-02, b272-07).
- Other zones: Lima (UTC-5, no DST), Buenos Aires (UTC-3), Toronto (EDT -04 in October, while
  Santiago is -03), Magallanes/`America/Punta_Arenas` (UTC-3 all year, one hour ahead of Santiago in
  winter).
- Chilean vendors/relays: Laborum and Trabajando.com relay mails (no-reply senders, recruiter address
  only in the text), Buk invitations (UTC .ics) and a Buk self-booking request, Workday (English
  confirmation and a Spanish rejection), Google Calendar invites and a Calendar API event.
- Reschedules for a local reason: an earthquake/tsunami drill (simulacro) and a paro de transporte;
  a Google cancellation; a case with two interviews; a psicolaboral online test before an interview;
  "mañana" written late at night (UTC already the next day).
- Look-alikes: AFP appointment ("entrevista de asesoría previsional"), Registro Civil appointment,
  junta de vecinos assembly where the owner interviews guard candidates, radio entrevista, the owner
  interviewing an intern (practicante), dentist, Laborum job alert, an unbooked Buk "agenda tu
  entrevista" request, a Workday rejection that names the past interview.

## Counts
- {n_cases} cases: {n_pos} positive, {n_neg} negative.
- {n_sched + n_canc} labelled interviews: {n_sched} scheduled, {n_canc} cancelled (b272-09 is
  cancellation-only); b272-03 has two interviews.

## Formats
`.eml` (Outlook/Exchange with base64 text/calendar, Gmail threads with Outlook- and Gmail-style
quoting, Google Calendar invitations with invite.ics, Buk/Workday/Laborum/Trabajando.com notices;
quoted-printable and base64 bodies, RFC 2047 headers), one standalone `.ics` (b272-11) and one Google
Calendar API `.gcal.json` event (b272-12). Files are named `NN-*`; sorted order is arrival order.
All invented people and companies use `.example` domains; vendor system senders keep their product
domains (buk.cl, laborum.cl, trabajando.com, myworkday.com, google.com).
"""


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX + "-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    n_pos = n_neg = n_sched = n_canc = 0
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        cid = f"{PREFIX}-{i:02d}-{slug.replace('neg-', '')}"
        os.makedirs(os.path.join(HERE, cid))
        names = [n for n, _ in files]
        assert names == sorted(names)
        for name, content in files:
            data = content.encode("utf-8") if isinstance(content, str) else content
            with open(os.path.join(HERE, cid, name), "wb") as fh:
                fh.write(data)
        labels[cid] = lab
        if lab["interview"]:
            n_pos += 1
        else:
            n_neg += 1
        for x in lab["interviews"]:
            if x["status"] == "scheduled":
                n_sched += 1
            else:
                n_canc += 1
    head = ("# Labels for blind272 (written blind). Schema: /work/shared/eval/README.md\n"
            "# Regenerate with: python make_cases.py\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(len(labels), n_pos, n_neg, n_sched, n_canc))
    print(f"{len(labels)} cases ({n_pos} positive, {n_neg} negative); "
          f"{n_sched} scheduled + {n_canc} cancelled interviews")


if __name__ == "__main__":
    main()
