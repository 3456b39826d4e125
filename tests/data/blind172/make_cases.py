#!/usr/bin/env python3
"""Regenerate the blind172 evaluation set (written blind).

Theme: a bilingual (es/en) sales executive living between Mexico City and Bogota.
Everything is deterministic: fixed dates, Message-IDs, MIME boundaries, UIDs.
Only the standard library, PyYAML and zoneinfo are used.

    python make_cases.py      # rewrites every b172-* folder and labels.yaml next to this file
"""
import base64
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
OWNER = "valeria.cardenas@example.com"
OWNER_NAME = "Valeria Cárdenas Ruiz"

UTC = timezone.utc
MX = ZoneInfo("America/Mexico_City")   # UTC-6 all year (no DST since 2022)
BOG = ZoneInfo("America/Bogota")       # UTC-5 all year
NY = ZoneInfo("America/New_York")      # DST from 2026-03-08
LA = ZoneInfo("America/Los_Angeles")   # DST from 2026-03-08
CHI = ZoneInfo("America/Chicago")      # DST from 2026-03-08

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DAYS_ABBR = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
ES_MONTHS_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


# ----------------------------------------------------------------------------- time helpers
def at(y, mo, d, h, mi, tz, wd=None, s=0, off=None):
    """Aware datetime; `wd` (English or Spanish weekday named in the text) and `off`
    (expected UTC offset in hours) are asserted."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert wd.lower() in (EN_DAYS[x.weekday()].lower(), ES_DAYS[x.weekday()]), (x, wd)
    if off is not None:
        assert x.utcoffset() == timedelta(hours=off), (x, x.utcoffset(), off)
    return x


def iso(x):
    return x.isoformat()


def rfc(x):
    return format_datetime(x)


def zstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(x):
    return x.strftime("%Y%m%dT%H%M%S")


def es_long(x):
    """'viernes, 15 de mayo de 2026'"""
    return f"{ES_DAYS[x.weekday()]}, {x.day} de {ES_MONTHS[x.month - 1]} de {x.year}"


def hm(x):
    return f"{x.hour}:{x.minute:02d}"


# ----------------------------------------------------------------------------- MIME helpers
def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def leaf(ctype, data, cte, extra_headers=()):
    b = data.encode("utf-8") if isinstance(data, str) else data
    if cte == "base64":
        body = base64.encodebytes(b).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(b).decode("ascii")
    else:
        body = b.decode("utf-8")
    if not body.endswith("\n"):
        body += "\n"
    hdr = [f"Content-Type: {ctype}"] + list(extra_headers) + [f"Content-Transfer-Encoding: {cte}"]
    return "\n".join(hdr) + "\n\n" + body


def multi(sub, boundary, parts):
    s = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    return s + f"--{boundary}--\n"


def received(host, ip, smtp_id, when):
    return ("Received", f"from {host} ({host} [{ip}])\n        by mx1.example.com with ESMTPS id {smtp_id}\n"
                        f"        for <{OWNER}>;\n        {rfc(when)}")


def eml(headers, entity):
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n" + entity).encode("utf-8")


def std_headers(*, date, frm, subject, mid, to=None, host, ip, smtp_id, cc=None, reply_to=None,
                in_reply_to=None, references=None, extra=()):
    h = [("Delivered-To", OWNER), received(host, ip, smtp_id, date + timedelta(seconds=2))]
    h.append(("From", frm))
    h.append(("To", to or addr(OWNER_NAME, OWNER)))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", enc_header(subject)))
    h.append(("Date", rfc(date)))
    h.append(("Message-ID", mid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h.extend(extra)
    return h


def text_to_html(text, lang="es"):
    out = []
    quote_depth = 0
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:].lstrip(" ")
        while quote_depth < depth:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            quote_depth += 1
        while quote_depth > depth:
            out.append("</blockquote>")
            quote_depth -= 1
        out.append((html.escape(content) if content else "") + "<br>")
    out.extend(["</blockquote>"] * quote_depth)
    return f'<div dir="ltr" lang="{lang}">\n' + "\n".join(out) + "\n</div>\n"


def gmail_alt(text, boundary, lang="es"):
    return multi("alternative", boundary, [
        leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', text_to_html(text, lang), "quoted-printable"),
    ])


def outlook_html(text, lang="ES-MX"):
    paras = []
    for line in text.split("\n"):
        paras.append(f'<p class="MsoNormal">{html.escape(line) if line else "&nbsp;"}<o:p></o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    "America/Bogota": ["BEGIN:VTIMEZONE", "TZID:America/Bogota", "X-LIC-LOCATION:America/Bogota",
                       "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0500", "TZNAME:-05",
                       "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "America/Mexico_City": ["BEGIN:VTIMEZONE", "TZID:America/Mexico_City",
                            "X-LIC-LOCATION:America/Mexico_City", "BEGIN:STANDARD",
                            "TZOFFSETFROM:-0600", "TZOFFSETTO:-0600", "TZNAME:CST",
                            "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    # Windows zone names as current Exchange Online emits them (Mexico dropped DST in 2022).
    "Central Standard Time (Mexico)": ["BEGIN:VTIMEZONE", "TZID:Central Standard Time (Mexico)",
                                       "BEGIN:STANDARD", "DTSTART:16010101T000000",
                                       "TZOFFSETFROM:-0600", "TZOFFSETTO:-0600", "END:STANDARD",
                                       "END:VTIMEZONE"],
    "SA Pacific Standard Time": ["BEGIN:VTIMEZONE", "TZID:SA Pacific Standard Time", "BEGIN:STANDARD",
                                 "DTSTART:16010101T000000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0500",
                                 "END:STANDARD", "END:VTIMEZONE"],
}


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False, rsvp=True):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
                f";CN={cn(name or email)};X-NUM-GUESTS=0:mailto:{email}")
    return (f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};"
            f"CN={cn(name or email)}:mailto:{email}")


def google_ics(*, method, uid, start, end, stamp, organizer, attendees, summary, description,
               location="", meet=None, seq=0, status="CONFIRMED", created=None):
    """attendees: (name, email, partstat)"""
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(stamp)}",
         f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e, p in attendees:
        L.append(attendee(n, e, p, google=True))
    if meet:
        L.append(f"X-GOOGLE-CONFERENCE:{meet}")
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Únete con Google Meet: {meet}\n\nObtén más información sobre Meet en: "
                 "https://support.google.com/a/users/answer/9282720\n\nNo edites esta sección.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    L += [f"CREATED:{zstamp(created or stamp)}", f"DESCRIPTION:{esc(desc)}",
          f"LAST-MODIFIED:{zstamp(stamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def outlook_ics(*, method, uid, start, end, stamp, wintz, organizer, attendees, summary, description,
                location, lang="es-MX", seq=0, teams_url=None, status="CONFIRMED",
                prodid="Microsoft Exchange Server 2010"):
    """attendees: (name, email, role, partstat)"""
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"] + VTZ[wintz]
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}"]
    for n, e, r, p in attendees:
        L.append(attendee(n, e, p, role=r))
    L += [f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}", f"UID:{uid}",
          f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
          f"DTSTART;TZID={wintz}:{local(start)}", f"DTEND;TZID={wintz}:{local(end)}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE",
          f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:-1318237629",
          "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}",
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
          "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def teams_block(url, meeting_id, passcode, lang="es"):
    line = "_" * 80
    if lang == "es":
        return (f"{line}\nReunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o "
                f"dispositivo de sala\nHaga clic aquí para unirse a la reunión<{url}>\n"
                f"Id. de reunión: {meeting_id}\nCódigo de acceso: {passcode}\n"
                "Descargar Teams<https://www.microsoft.com/es-mx/microsoft-teams/download-app> | "
                "Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                "Más información<https://aka.ms/JoinTeamsMeeting>\n" + line)
    return (f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {meeting_id}\nPasscode: {passcode}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting>\n" + line)


def teams_url(seed):
    return ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + seed +
            "%40thread.v2/0?context=%7b%22Tid%22%3a%22b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d%22%7d")


def google_invite_email(*, mid, sent, organizer, guests, summary, start, end, tz_label, tz_abbr,
                        description, uid, meet, b_mixed, b_alt, smtp_id, location="", seq=0,
                        created=None, prefix="Invitación"):
    """Spanish-locale Google Calendar invitation (multipart/mixed, invite.ics attached).
    guests: (name, email, partstat), organizer included."""
    d = start.astimezone(start.tzinfo)
    e = end.astimezone(start.tzinfo)
    when_short = (f"{ES_DAYS_ABBR[d.weekday()]} {d.day} {ES_MONTHS_ABBR[d.month - 1]} {d.year} "
                  f"{hm(d)} - {hm(e)} ({tz_abbr})")
    subject = f"{prefix}: {summary} @ {when_short} ({OWNER})"
    guest_lines = []
    for n, em, _p in guests:
        if em == organizer[1]:
            guest_lines.append(f"{n} - organizador\n{em}")
        else:
            guest_lines.append(f"{n}\n{em}" if n else em)
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    text = (f"{summary}\n{es_long(d).capitalize()} ⋅ {hm(d)} – {hm(e)}\n{tz_label}\n\n"
            + (f"{location}\n\n" if location else "")
            + (f"Unirse con Google Meet\n{meet}\n\n" if meet else "")
            + f"Organizador\n{organizer[0]}\n{organizer[1]}\n\nInvitados\n" + "\n".join(guest_lines)
            + f"\nVer toda la información de los invitados {view}\n\n{description}\n\n"
            + f"Responder para {OWNER} y ver más detalles {view}\n\n\n~~//~~\n"
            + "Invitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
            + "Recibes este correo electrónico porque eres un invitado al evento.\n\n"
            + "Reenviar esta invitación podría permitir a cualquier destinatario enviar una respuesta al "
            + "organizador, ser agregado a la lista de invitados, invitar a otros independientemente de su "
            + "propio estado de invitación o modificar tu respuesta. Más información "
            + "https://support.google.com/calendar/answer/37135#forwarding\n")
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">\n'
                 + "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
                 + "\n</div></body></html>\n")
    cal = google_ics(method="REQUEST", uid=uid, start=start, end=end, stamp=sent, organizer=organizer,
                     attendees=guests, summary=summary, description=description, location=location,
                     meet=meet, seq=seq, created=created)
    alt = multi("alternative", b_alt, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "base64"),
    ])
    att = leaf('application/ics; name="invite.ics"', cal, "base64",
               ['Content-Disposition: attachment; filename="invite.ics"'])
    body = multi("mixed", b_mixed, [alt.rstrip("\n"), att])
    h = [("Delivered-To", OWNER), received("mail-sor-f69.google.com", "209.85.220.69", smtp_id, sent),
         ("Return-Path", "<3xQvZaBcDeF0sT9gh1hJ@calendar-server.bounces.google.com>"),
         ("Reply-To", addr(organizer[0], organizer[1])),
         ("Sender", "Google Calendar <calendar-notification@google.com>"),
         ("Message-ID", mid), ("Date", rfc(sent.astimezone(UTC))), ("Subject", enc_header(subject)),
         ("From", addr(organizer[0], organizer[1])), ("To", OWNER)]
    return eml(h, body)


def outlook_invite_email(*, headers, text, cal, boundary, lang="ES-MX"):
    body = multi("alternative", boundary, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', outlook_html(text, lang), "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', cal, "base64"),
    ])
    return eml(headers, body)


def gcal_event(*, ev_id, created, updated, summary, description, creator, organizer, start, end, tzname,
               attendees, meet=None, location=None, status="confirmed", sequence=0):
    eid = base64.b64encode(f"{ev_id} {OWNER}".encode()).decode().rstrip("=")
    ev = {"kind": "calendar#event", "etag": f"\"{int(updated.timestamp()) * 1000 + 417}\"",
          "id": ev_id, "status": status,
          "htmlLink": f"https://www.google.com/calendar/event?eid={eid}",
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.417Z"),
          "summary": summary}
    if description:
        ev["description"] = description
    if location:
        ev["location"] = location
    ev["creator"] = creator
    ev["organizer"] = organizer
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tzname}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tzname}
    ev["iCalUID"] = f"{ev_id}@google.com"
    ev["sequence"] = sequence
    if attendees:
        ev["attendees"] = attendees
    if meet:
        code = meet.rsplit("/", 1)[1]
        ev["hangoutLink"] = meet
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": meet, "label": meet.split("//")[1]}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------- label helpers
CASES = []


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followups), "kind": kind}


def add_case(slug, items, interviews, difficulty, category, notes):
    CASES.append((slug, items, {
        "user": OWNER, "interview": bool(interviews), "interviews": interviews,
        "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}))


# ============================================================================= POSITIVE CASES
def case01():
    """OCC 'vio tu CV' notice + recruiter e-mail: 'te agendo ... mañana miércoles a las 10:30 hora del centro'."""
    lucia = ("Lucía Benavides", "lucia.benavides@grupo-altamar.example")
    d1 = at(2026, 2, 2, 9, 12, MX, "lunes", s=40)
    occ_text = ("¡Hola, Valeria!\n\n"
                "Grupo Altamar Logística revisó tu CV para la vacante:\n\n"
                "Ejecutivo(a) de Ventas Corporativas\nGrupo Altamar Logística · Azcapotzalco, CDMX\n"
                "Sueldo: $28,000 - $35,000 mensual + comisiones\n\n"
                "¿Qué sigue?\nSi la empresa considera que tu perfil encaja, se pondrá en contacto contigo "
                "para agendar una entrevista. Mantén actualizados tu teléfono y tu correo.\n\n"
                "Consejo OCC: ten a la mano ejemplos concretos de metas de venta que hayas superado.\n\n"
                "Ver mis postulaciones: https://www.occ.com.mx/postulaciones\n\n"
                "Recibes este correo porque tienes una cuenta en OCC. Para dejar de recibir estas "
                "notificaciones, ajusta tus preferencias en https://www.occ.com.mx/cuenta/notificaciones\n")
    i1 = eml(std_headers(date=d1, frm=addr("OCC", "notificaciones@occ.com.mx"),
                         subject="Valeria, una empresa vio tu CV", mid="<20260202151240.7Q2K9@mailer.occ.com.mx>",
                         host="mta12.mailer.occ.com.mx", ip="198.51.100.23", smtp_id="a1b2c3d4e5f60201",
                         extra=[("List-Unsubscribe", "<https://www.occ.com.mx/cuenta/notificaciones>")]),
             gmail_alt(occ_text, "=_occ_4f7a1c2e9b"))

    d2 = at(2026, 2, 3, 17, 41, MX, "martes", s=5)
    t2 = ("Hola Valeria, buenas tardes.\n\n"
          "Soy Lucía Benavides, de Atracción de Talento en Grupo Altamar Logística. Recibimos tu postulación "
          "por OCC para la vacante de Ejecutivo(a) de Ventas Corporativas y tu perfil nos interesa mucho, "
          "sobre todo tu experiencia con cuentas de autoservicio.\n\n"
          "Me gustaría tener contigo una primera entrevista telefónica de unos 30 minutos para platicarte de "
          "la posición, el esquema de comisiones y conocer tus expectativas. ¿Te acomoda mañana miércoles a "
          "las 10:30 hora del centro? Si no, el jueves en la tarde también tengo espacio.\n\n"
          "Saludos,\n\nLucía Benavides\nAtracción de Talento | Grupo Altamar Logística\n"
          "Tel. 55 4321 0987\nlucia.benavides@grupo-altamar.example\n")
    mid2 = "<CAH7pXq2Lb0mT4nWc9e1vKQ8sZ3yR5uJ6dF0gA2hB7iC4kD1eE@mail.gmail.com>"
    i2 = eml(std_headers(date=d2, frm=addr(*lucia), subject="Vacante Ejecutivo(a) de Ventas Corporativas - Grupo Altamar",
                         mid=mid2, host="mail-sor-f41.google.com", ip="209.85.220.41", smtp_id="f9e8d7c6b5a40203"),
             gmail_alt(t2, "000000000000a3f1b2062c8e4d10"))

    d3 = at(2026, 2, 3, 19, 2, MX, "martes", s=11)
    mid_v = "<CAJq8vR1sN2mX0cP7tK4bW9eL3yH6uZ5aD8fG1jQ0oM2nB4rC@mail.gmail.com>"
    quoted = "\n".join("> " + l if l else ">" for l in t2.rstrip("\n").split("\n"))
    t3 = ("Perfecto, Valeria. Entonces te marco mañana a las 10:30 al celular que viene en tu CV "
          "(55 1234 5678). Si por algo se me complica te aviso por WhatsApp.\n\n"
          "Saludos,\nLucía\n\n"
          "El mar, 3 feb 2026 a las 18:20, Valeria Cárdenas Ruiz (<valeria.cardenas@example.com>) escribió:\n"
          "> Hola Lucía, muchas gracias por escribirme.\n>\n"
          "> Mañana miércoles a las 10:30 me queda perfecto. Quedo atenta a tu llamada.\n>\n"
          "> Saludos,\n> Valeria\n>\n"
          "> El mar, 3 feb 2026 a las 17:41, Lucía Benavides (<lucia.benavides@grupo-altamar.example>) escribió:\n"
          + "\n".join(">" + l for l in quoted.split("\n")) + "\n")
    i3 = eml(std_headers(date=d3, frm=addr(*lucia),
                         subject="Re: Vacante Ejecutivo(a) de Ventas Corporativas - Grupo Altamar",
                         mid="<CAH7pXq3Mc1nU5oXd0f2wLR9tA4zS6vK7eG1hB3iC8jD5lE2fF@mail.gmail.com>",
                         host="mail-sor-f41.google.com", ip="209.85.220.41", smtp_id="f9e8d7c6b5a40204",
                         in_reply_to=mid_v, references=f"{mid2} {mid_v}"),
             gmail_alt(t3, "000000000000c4a2d3072c8e5f21"))
    start = at(2026, 2, 4, 10, 30, MX, "miércoles", off=-6)
    add_case("b172-01-occ-llamada-hora-del-centro",
             [("01-occ-una-empresa-vio-tu-cv.eml", i1), ("02-vacante-ejecutivo-ventas-altamar.eml", i2),
              ("03-re-vacante-confirmacion.eml", i3)],
             [iv("Grupo Altamar Logística", "Ejecutivo(a) de Ventas Corporativas", start,
                 start + timedelta(minutes=30), "scheduled", [lucia[1]], [lucia[1]], "phone_screen")],
             "medium", "positive/email-body-only",
             "OCC notice is not an interview; recruiter proposes 'mañana miércoles a las 10:30 hora del "
             "centro' (relative to Tue 3 Feb) and confirms in a reply quoting the candidate. 'unos 30 "
             "minutos' gives the end. Recruiter conducts the call.")


def case02():
    """Greenhouse confirmation from a San Francisco HQ: interview two days after US DST starts."""
    hannah = ("Hannah Kowalski", "hannah.kowalski@tidewell.example")
    sent = at(2026, 3, 4, 13, 5, LA, "Wednesday", s=22, off=-8)
    start = at(2026, 3, 10, 9, 0, LA, "Tuesday", off=-7)
    end = start + timedelta(minutes=45)
    assert start.astimezone(MX).hour == 10
    text = ("Hi Valeria,\n\n"
            "Thanks again for your time with our team so far! Please find below the details of your "
            "upcoming interview for the Account Executive, Mexico (Mid-Market) position at Tidewell Software.\n\n"
            "Interview: Hiring Manager Interview\n"
            "Date: Tuesday, March 10, 2026\n"
            "Time: 9:00 AM - 9:45 AM PDT (Pacific Time)\n"
            "Interviewer: Marcus Ellery, Regional Sales Director, LATAM\n"
            "Location: Zoom - https://tidewell.zoom.us/j/84412093377?pwd=Wk9tQ2xhcGx1ZzR3\n\n"
            "A quick heads-up: the US moves to daylight saving time on Sunday, March 8, so the difference "
            "between San Francisco and Mexico City changes that week. The attached calendar file will show "
            "the interview at the correct local time in your calendar.\n\n"
            "If you need to reschedule, simply reply to this email and I'll be happy to help.\n\n"
            "Best,\nHannah Kowalski\nRecruiting Coordinator | Tidewell Software\n"
            "548 Market St, San Francisco, CA 94104\n")
    html_body = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
                 + "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
                 + "\n<img src=\"https://app.greenhouse.io/email_tracking/open/8a1f3c.gif\" width=\"1\" height=\"1\">"
                 + "\n</body></html>\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Greenhouse//EN",
               "METHOD:REQUEST", "BEGIN:VEVENT", "UID:greenhouse-interview-61240893@greenhouse.io",
               f"DTSTAMP:{zstamp(sent)}", f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}",
               "SUMMARY:Hiring Manager Interview - Tidewell Software",
               "DESCRIPTION:" + esc("Account Executive, Mexico (Mid-Market)\nInterviewer: Marcus Ellery\n"
                                    "Join Zoom: https://tidewell.zoom.us/j/84412093377?pwd=Wk9tQ2xhcGx1ZzR3"),
               "LOCATION:https://tidewell.zoom.us/j/84412093377?pwd=Wk9tQ2xhcGx1ZzR3",
               f"ORGANIZER;CN=Hannah Kowalski:mailto:{hannah[1]}",
               attendee(OWNER_NAME, OWNER), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    alt = multi("alternative", "--==_mimepart_67c7a9f2_3b1e_2", [
        leaf('text/plain; charset=UTF-8', text, "quoted-printable"),
        leaf('text/html; charset=UTF-8', html_body, "quoted-printable")])
    body = multi("mixed", "--==_mimepart_67c7a9f2_3b1e_1", [
        alt.rstrip("\n"),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"'])])
    h = std_headers(date=sent, frm=addr("Hannah Kowalski", "no-reply@greenhouse.io"), reply_to=addr(*hannah),
                    subject="Interview Confirmation: Account Executive, Mexico (Mid-Market) at Tidewell Software",
                    mid="<67c7a9f2c1d8e_3b1e5a4c@greenhouse-mailer-7d9f.mail>",
                    host="o1.ptr4120.greenhouse.io", ip="167.89.12.45", smtp_id="c3d4e5f6a7b80304",
                    extra=[("X-Mailer", "Greenhouse")])
    add_case("b172-02-greenhouse-sf-pdt-after-dst",
             [("01-greenhouse-interview-confirmation.eml", eml(h, body))],
             [iv("Tidewell Software", "Account Executive, Mexico (Mid-Market)", start, end, "scheduled",
                 [], [hannah[1]], "hiring_manager")],
             "medium", "positive/ats-email-with-ics",
             "Sent 4 Mar (PST, UTC-8) for Tue 10 Mar 9:00 PDT (UTC-7) = 16:00Z = 10:00 CDMX; .ics in UTC. "
             "Interviewer named without address -> follow-up to the coordinator (Reply-To), never "
             "no-reply@greenhouse.io.")


def case03():
    """Lever confirmation in Bogota time, recruiter asks to move it, Lever sends SEQUENCE:1."""
    camila = ("Camila Restrepo", "camila.restrepo@northvale-payments.example")
    jordan = ("Jordan Pike", "jordan.pike@northvale-payments.example")
    role = "Enterprise Account Executive - Andean Region"
    uid = "lever-iv-5f2c81e0-9a7d-4b1e-8c3f-2d6a90b4e177@hire.lever.co"
    meet = "https://meet.google.com/qpr-vhxz-tmc"

    def lever_mail(sent, start, seq, mid, subject, intro, b1, b2, smtp_id):
        end = start + timedelta(hours=1)
        dstr = f"{EN_DAYS[start.weekday()]}, {start.strftime('%B')} {start.day}, {start.year}"
        text = (f"Hi Valeria,\n\n{intro}\n\n"
                f"{dstr}\n{start.strftime('%-I:%M %p')} - {end.strftime('%-I:%M %p')} (GMT-05:00) Bogota\n\n"
                f"Interviewer: Jordan Pike - Head of Sales, LATAM\nLocation: Google Meet - {meet}\n\n"
                "A calendar invitation is attached. If you have any questions, reply to this email and "
                "Camila Restrepo will get back to you.\n\nThanks,\nThe Northvale Payments Recruiting Team\n\n"
                "--\nSent via Lever\n")
        cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Lever//Lever Hire//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                   "METHOD:REQUEST"] + VTZ["America/Bogota"] +
                  ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{zstamp(sent)}",
                   f"DTSTART;TZID=America/Bogota:{local(start)}", f"DTEND;TZID=America/Bogota:{local(end)}",
                   f"SUMMARY:Interview: Valeria Cárdenas Ruiz <> Northvale Payments ({role})",
                   "DESCRIPTION:" + esc(f"Interview with Jordan Pike (Head of Sales, LATAM).\nJoin: {meet}"),
                   f"LOCATION:{meet}", f"ORGANIZER;CN=Camila Restrepo:mailto:{camila[1]}",
                   attendee(jordan[0], jordan[1], "ACCEPTED"), attendee(OWNER_NAME, OWNER),
                   "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
        alt = multi("alternative", b2, [
            leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
            leaf('text/html; charset="utf-8"', text_to_html(text, "en"), "quoted-printable")])
        body = multi("mixed", b1, [alt.rstrip("\n"),
                                   leaf('text/calendar; charset="utf-8"; method=REQUEST; name="interview.ics"',
                                        cal, "base64", ['Content-Disposition: attachment; filename="interview.ics"'])])
        return eml(std_headers(date=sent, frm=addr("Northvale Payments", "no-reply@hire.lever.co"),
                               reply_to=addr(*camila), subject=subject, mid=mid, host="mail-a12.hire.lever.co",
                               ip="54.240.27.18", smtp_id=smtp_id), body)

    s1 = at(2026, 5, 11, 10, 14, CHI, "Monday", s=3, off=-5)
    first = at(2026, 5, 19, 11, 0, BOG, "Tuesday", off=-5)
    i1 = lever_mail(s1, first, 0, "<0100018f5e2a9c11-lever-conf-77b1@hire.lever.co>",
                    f"Interview confirmation: {role} at Northvale Payments",
                    "Your interview with Northvale Payments is confirmed! Here are the details:",
                    "lever-mixed-1a2b3c", "lever-alt-1a2b3c", "d4e5f6a7b8c90511")

    s2 = at(2026, 5, 14, 16, 30, BOG, "jueves", s=48)
    t2 = ("Hola Valeria, ¿cómo vas?\n\n"
          "Te escribo porque a Jordan le cruzaron un viaje a São Paulo justo el martes 19. ¿Te podemos mover "
          "la entrevista al jueves 21 de mayo a las 9:00 a. m. hora de Colombia? Sería la misma hora de "
          "duración y el mismo enlace de Meet. Si te sirve, te llega la invitación actualizada desde Lever.\n\n"
          "Mil gracias por la flexibilidad.\n\n"
          "Camila Restrepo\nTalent Acquisition Partner - LATAM | Northvale Payments\n"
          "+57 310 555 0142\n")
    mid2 = "<CAP3kLm9vQ1rS0tN5wX2yZ8aB4cD7eF6gH0iJ3kL1mN9oP@mail.gmail.com>"
    i2 = eml(std_headers(date=s2, frm=addr(*camila), subject="Cambio de horario - entrevista con Jordan",
                         mid=mid2, host="mail-sor-f45.google.com", ip="209.85.220.45", smtp_id="d4e5f6a7b8c90514"),
             gmail_alt(t2, "0000000000007e2c4d0614f9a1b3"))

    s3 = at(2026, 5, 14, 18, 2, BOG, "Thursday", s=9)
    final = at(2026, 5, 21, 9, 0, BOG, "jueves", off=-5)
    i3 = lever_mail(s3, final, 1, "<0100018f6b3d0e22-lever-upd-91c4@hire.lever.co>",
                    f"Updated interview: {role} at Northvale Payments",
                    "Your interview with Northvale Payments has been rescheduled. The new details are:",
                    "lever-mixed-4d5e6f", "lever-alt-4d5e6f", "d4e5f6a7b8c90515")
    add_case("b172-03-lever-reschedule-bogota",
             [("01-lever-interview-confirmation.eml", i1), ("02-cambio-de-horario.eml", i2),
              ("03-lever-updated-interview.eml", i3)],
             [iv("Northvale Payments", role, final, final + timedelta(hours=1), "scheduled",
                 [jordan[1]], [jordan[1]], "hiring_manager")],
             "medium", "positive/reschedule",
             "Lever invite Tue 19 May 11:00 Bogota, recruiter asks in Spanish to move to 'jueves 21 ... 9:00 "
             "a. m. hora de Colombia', Lever resends same UID with SEQUENCE:1 -> one interview at the final time. "
             "Jordan Pike is an ATTENDEE and the interviewer.")


def case04():
    """WhatsApp chat export mailed to herself: 'quedamos el jueves a las 3 pm hora de Colombia'."""
    mariana_email = "mariana.ortega@andina-bebidas.example"
    sent = at(2026, 4, 9, 19, 5, MX, "jueves", s=48)
    fname = "Chat de WhatsApp con Mariana Ortega Andina.txt"
    chat = (
        "9/4/26, 18:02 - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este "
        "chat, ni siquiera WhatsApp, puede leerlos ni escucharlos. Toca para obtener más información.\n"
        "9/4/26, 18:05 - Mariana Ortega Andina: Hola Valeria, buenas tardes! Soy Mariana Ortega, de Talento "
        "Humano de Andina Bebidas en Bogotá 😊\n"
        "9/4/26, 18:05 - Mariana Ortega Andina: Vi tu hoja de vida en Computrabajo para la vacante de Gerente "
        "Comercial Canal Moderno y me encantaría que avanzaras en el proceso\n"
        "9/4/26, 18:12 - Valeria Cárdenas: Hola Mariana! Qué gusto, claro que sí. Sigo en CDMX pero con "
        "disponibilidad para mudarme a Bogotá en junio\n"
        "9/4/26, 18:20 - Mariana Ortega Andina: Perfecto. El gerente de la unidad, Andrés Villamizar, quiere "
        "hacerte la entrevista por Teams. ¿Te sirve el martes 14 o el jueves 16?\n"
        "9/4/26, 18:21 - Mariana Ortega Andina: <Multimedia omitido>\n"
        "9/4/26, 18:31 - Valeria Cárdenas: El jueves me queda mejor, de preferencia en la tarde\n"
        "9/4/26, 18:40 - Mariana Ortega Andina: Listo, quedamos el jueves a las 3 pm hora de Colombia 👍 son "
        "unos 45 min. Te mando el link de Teams al correo\n"
        f"9/4/26, 18:40 - Mariana Ortega Andina: Mi correo es {mariana_email} por si necesitas algo\n"
        "9/4/26, 18:41 - Valeria Cárdenas: Perfecto, ahí estaré. ¡Gracias!\n"
        "9/4/26, 18:43 - Valeria Cárdenas: (para mí son las 2 pm, anotado)\n")
    text = f'Se adjuntó el historial del chat como el archivo "{fname}" a este correo.\n'
    body = multi("mixed", "----=_Part_88412_1370125911.1775783148000", [
        leaf('text/plain; charset=UTF-8', text, "7bit"),
        leaf(f'text/plain; charset=UTF-8; name="{fname}"', chat, "base64",
             [f'Content-Disposition: attachment; filename="{fname}"'])])
    h = std_headers(date=sent, frm=addr(OWNER_NAME, OWNER), subject="Chat de WhatsApp con Mariana Ortega Andina",
                    mid="<CAKw3dT8f9Vq2Lr0nY6pX1sB7mC4zE5hJ0uG2aN9kQ3oR8iW@mail.gmail.com>",
                    host="mail-sor-f52.google.com", ip="209.85.220.52", smtp_id="e5f6a7b8c9d00409")
    start = at(2026, 4, 16, 15, 0, BOG, "jueves", off=-5)
    assert start.astimezone(MX).hour == 14
    add_case("b172-04-whatsapp-quedamos-el-jueves",
             [("01-chat-de-whatsapp-mariana.eml", eml(h, body))],
             [iv("Andina Bebidas", "Gerente Comercial Canal Moderno", start, start + timedelta(minutes=45),
                 "scheduled", [], [mariana_email], "hiring_manager")],
             "hard", "positive/whatsapp-relay",
             "Only evidence is a WhatsApp export (dates d/m/yy, phone in CDMX) mailed to herself. 'quedamos el "
             "jueves a las 3 pm hora de Colombia' after 'martes 14 o jueves 16' -> Thu 16 Apr 15:00-05:00, 45 "
             "min. Hiring manager Andrés has no address -> follow-up to the recruiter's address given in chat.")


def case05():
    """Exchange/Teams invite with TZID 'Central Standard Time (Mexico)' from a Houston HQ in June."""
    rebecca = ("Rebecca Lindqvist", "rebecca.lindqvist@halvorsen-supply.example")
    tomas = ("Tomás Ibarra", "tomas.ibarra@halvorsen-supply.example")
    sent = at(2026, 6, 2, 8, 14, CHI, "Tuesday", s=33, off=-5)
    start = at(2026, 6, 9, 10, 0, MX, "Tuesday", off=-6)
    end = start + timedelta(hours=1)
    assert start.astimezone(CHI).hour == 11
    url = teams_url("NzE4ZjQ2YTItOTM1Yy00ZDFlLWI2NjMtMmE0YjVjOGQxZTdm")
    summary = "Interview: Key Account Manager – Mexico | Valeria Cárdenas / Tomás Ibarra"
    desc_top = ("Hi Valeria,\n\n"
                "Tomás Ibarra, our VP of Sales for Mexico, will interview you for the Key Account Manager – "
                "Mexico role. You'll cover your book of business with retail and industrial accounts and how "
                "you'd approach our top 20 distributors in the Bajío.\n\n"
                "I've set the meeting in Mexico City time since you're both there (it shows an hour later "
                "for me in Houston). Please accept so it lands on your calendar.\n\n"
                "Thanks,\nRebecca Lindqvist\nTalent Acquisition | Halvorsen Industrial Supply\n\n")
    description = desc_top + teams_block(url, "291 604 558 372", "Xo4Rt9", "en")
    text = ("When: Tuesday, June 9, 2026 10:00 AM-11:00 AM (UTC-06:00) Guadalajara, Mexico City, Monterrey.\n"
            "Where: Microsoft Teams Meeting\n\n" + "*" * 60 + "\n\n" + description + "\n")
    cal = outlook_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E008000000006A1D3F0B91F2DC01000000000000000"
                                             "0100000003C8E5B2F6A9D4E44A1B7C0D9E2F31A55",
                      start=start, end=end, stamp=sent, wintz="Central Standard Time (Mexico)", organizer=rebecca,
                      attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                 (tomas[0], tomas[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                      summary=summary, description=description, location="Microsoft Teams Meeting",
                      lang="en-US", teams_url=url)
    h = std_headers(date=sent, frm=addr(*rebecca), to=f"{addr(OWNER_NAME, OWNER)}, {addr(*tomas)}",
                    subject=summary,
                    mid="<CH3PR17MB6690D2B1A4E8F07C9D5E3A21B8C4@CH3PR17MB6690.namprd17.prod.outlook.com>",
                    host="NAM12-DM6-obe.outbound.protection.outlook.com", ip="40.107.200.91",
                    smtp_id="f6a7b8c9d0e10602",
                    extra=[("Thread-Topic", enc_header(summary)),
                           ("Thread-Index", "AdrUx3mK9Qf0bT2sRk6Wc1vYzP8eLg=="),
                           ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                           ("X-MS-TNEF-Correlator", ""),
                           ("X-MS-Exchange-Organization-SCL", "1")])
    add_case("b172-05-teams-central-mexico-tzid-june",
             [("01-interview-key-account-manager.eml",
               outlook_invite_email(headers=h, text=text, cal=cal, boundary="_000_CH3PR17MB6690D2B1A4E8F07C9D5E_",
                                    lang="EN-US"))],
             [iv("Halvorsen Industrial Supply", "Key Account Manager – Mexico", start, end, "scheduled",
                 [tomas[1]], [tomas[1]], "hiring_manager")],
             "hard", "positive/exchange-teams",
             "Windows TZID 'Central Standard Time (Mexico)' with a no-DST VTIMEZONE; 10:00 CDMX = 16:00Z. "
             "Mapping it to America/Chicago (CDT in June) would give 15:00Z. Organizer from Houston "
             "(CDT) only schedules; Tomás is the interviewer.")


def case06():
    """Computrabajo in-person citation (1st) + Google Meet second round with the director (2nd)."""
    paola = ("Paola Gutiérrez", "paola.gutierrez@condor-ferreteria.example")
    hernan = ("Hernán Zuluaga", "hernan.zuluaga@condor-ferreteria.example")
    role = "Ejecutiva Comercial Senior – Canal Institucional"
    s1 = at(2026, 5, 6, 11, 20, BOG, "miércoles", s=7)
    first = at(2026, 5, 12, 9, 0, BOG, "martes", off=-5)
    t1 = ("¡Hola, Valeria!\n\n"
          "Ferretería Industrial Cóndor S.A.S. te citó a una entrevista para la oferta:\n"
          f"{role}\n\n"
          "Tipo de entrevista: Presencial\n"
          "Fecha: martes, 12 de mayo de 2026\n"
          "Hora: 9:00 a. m. (hora de Colombia)\n"
          "Duración aproximada: 1 hora\n"
          "Dirección: Calle 80 # 69Q-50, Bodega 4, Bogotá D.C.\n"
          "Preguntar por: Paola Gutiérrez – Analista de Selección\n"
          f"Contacto: {paola[1]}\n\n"
          "Mensaje de la empresa: Trae tu hoja de vida impresa y un documento de identidad. La entrevista "
          "será con Paola; si avanzas, la siguiente etapa es con la Dirección Comercial.\n\n"
          "[Confirmar asistencia] https://candidato.co.computrabajo.com/entrevistas/confirmar?id=9F3A77C1\n"
          "[No podré asistir] https://candidato.co.computrabajo.com/entrevistas/rechazar?id=9F3A77C1\n\n"
          "Computrabajo nunca te pedirá dinero para participar en un proceso de selección.\n")
    i1 = eml(std_headers(date=s1, frm=addr("Computrabajo", "no-reply@computrabajo.com"),
                         subject="Ferretería Industrial Cóndor te citó a una entrevista",
                         mid="<20260506162007.9F3A77C1.citacion@mail.computrabajo.com>",
                         host="smtp-out7.computrabajo.com", ip="198.51.100.77", smtp_id="a7b8c9d0e1f20506"),
             gmail_alt(t1, "b1_ct_9f3a77c1e0d54b2a"))

    s2 = at(2026, 5, 13, 15, 12, BOG, "miércoles", s=40)
    second = at(2026, 5, 15, 8, 0, BOG, "viernes", off=-5)
    t2 = ("Hola Valeria, buenas tardes.\n\n"
          "Muchas gracias por venir ayer a la oficina. Nos gustó mucho tu perfil y queremos que sigas en el "
          "proceso. La siguiente etapa es una entrevista con nuestro Director Comercial, Hernán Zuluaga, "
          "por Google Meet el viernes 15 de mayo de 8:00 a 9:00 a. m. Ya te envío la invitación al "
          "calendario.\n\n"
          "Cordialmente,\n\nPaola Gutiérrez\nAnalista de Selección | Ferretería Industrial Cóndor S.A.S.\n"
          "PBX (601) 555 0180 ext. 214\n")
    mid2 = "<CAF8nM2xQ7rT1wY4uZ0vA9bC3dE6fG5hI2jK8lL0mN1oP4@mail.gmail.com>"
    i2 = eml(std_headers(date=s2, frm=addr(*paola), subject="Segunda entrevista - Ejecutiva Comercial Senior",
                         mid=mid2, host="mail-sor-f47.google.com", ip="209.85.220.47", smtp_id="a7b8c9d0e1f20513"),
             gmail_alt(t2, "000000000000f1e2d30615a7b8c9"))

    s3 = at(2026, 5, 13, 15, 19, BOG, "miércoles", s=2)
    i3 = google_invite_email(
        mid="<calendar-4c1e9a72-8b3d-4f60-9e21-7a5b0c3d8f14@google.com>", sent=s3, organizer=paola,
        guests=[(paola[0], paola[1], "ACCEPTED"), (hernan[0], hernan[1], "ACCEPTED"),
                (None, OWNER, "NEEDS-ACTION")],
        summary="Segunda entrevista – Ejecutiva Comercial Senior – Valeria Cárdenas",
        start=second, end=second + timedelta(hours=1), tz_label="Hora de Colombia", tz_abbr="COT",
        description="Entrevista con Hernán Zuluaga, Director Comercial. Duración: 1 hora.",
        uid="5r8mq2c9v1b0t7k3n6x4p2z8wd@google.com", meet="https://meet.google.com/wxk-tpzd-hqa",
        b_mixed="0000000000004a1b2c0615a7c0d1", b_alt="0000000000004a1b2a0615a7c0d1", smtp_id="a7b8c9d0e1f20514")
    add_case("b172-06-computrabajo-y-segunda-entrevista",
             [("01-computrabajo-citacion.eml", i1), ("02-segunda-entrevista.eml", i2),
              ("03-invitacion-segunda-entrevista.eml", i3)],
             [iv("Ferretería Industrial Cóndor", role, first, first + timedelta(hours=1), "scheduled",
                 [paola[1]], [paola[1]], "other"),
              iv("Ferretería Industrial Cóndor", role, second, second + timedelta(hours=1), "scheduled",
                 [hernan[1]], [hernan[1]], "hiring_manager")],
             "medium", "positive/two-interviews",
             "Two interviews: in-person first interview via a Computrabajo citation (conducted by the selection "
             "analyst, 9:00 Bogota) and a Google Meet second round with the commercial director (e-mail + "
             "invite = one). Both Bogota UTC-5.")


def case07():
    """Bumeran invitation then the company cancels by e-mail (vacancy frozen)."""
    karla = ("Karla Méndez", "karla.mendez@lab-quimera.example")
    s1 = at(2026, 3, 17, 12, 3, MX, "martes", s=51)
    start = at(2026, 3, 23, 12, 0, MX, "lunes", off=-6)
    t1 = ("Hola Valeria:\n\n"
          "¡Buenas noticias! Laboratorios Quimera te invitó a una entrevista.\n\n"
          "Puesto: Gerente de Ventas Institucionales\n"
          "Modalidad: Videollamada (Google Meet)\n"
          "Fecha: lunes 23 de marzo de 2026\n"
          "Hora: 12:00 hrs (hora del centro de México)\n"
          "Duración estimada: 45 minutos\n"
          "Entrevistadora: Karla Méndez, Gerente de Talento\n"
          "Enlace: https://meet.google.com/bnt-rqew-ksd\n"
          f"Dudas: {karla[1]}\n\n"
          "Confirma tu asistencia desde la sección Mis postulaciones: https://www.bumeran.com.mx/postulantes/postulaciones\n\n"
          "Equipo Bumeran\n\nEste mensaje fue enviado automáticamente, por favor no lo respondas.\n")
    i1 = eml(std_headers(date=s1, frm=addr("Bumeran", "noreply@bumeran.com.mx"),
                         subject="¡Laboratorios Quimera te invitó a una entrevista!",
                         mid="<a81f0e3c.4b2d.entrevista.3390712@bumeran.com.mx>",
                         host="mailout3.bumeran.com.mx", ip="198.51.100.131", smtp_id="b8c9d0e1f2a30317"),
             gmail_alt(t1, "=_bum_5a7c0e2f1b"))
    s2 = at(2026, 3, 20, 18, 47, MX, "viernes", s=15)
    t2 = ("Hola Valeria, buenas tardes.\n\n"
          "Te escribo para avisarte que tenemos que cancelar la entrevista del lunes 23 a las 12:00. La "
          "Dirección decidió congelar la vacante de Gerente de Ventas Institucionales mientras se define la "
          "nueva estructura del área comercial.\n\n"
          "Guardamos tu CV y, si la posición se reactiva, te busco directamente. Una disculpa por el "
          "inconveniente y gracias por tu interés en Laboratorios Quimera.\n\n"
          "Saludos cordiales,\n\nKarla Méndez\nGerente de Talento | Laboratorios Quimera\n"
          "Tel. 55 5090 1200 ext. 331\n")
    i2 = eml(std_headers(date=s2, frm=addr(*karla),
                         subject="Cancelación de entrevista - Gerente de Ventas Institucionales",
                         mid="<MN2PR04MB6271E0C8A1B4D93F7E2C5D10A9B3@MN2PR04MB6271.namprd04.prod.outlook.com>",
                         host="NAM04-MW2-obe.outbound.protection.outlook.com", ip="40.107.92.54",
                         smtp_id="b8c9d0e1f2a30320", extra=[("Content-Language", "es-MX")]),
             multi("alternative", "_000_MN2PR04MB6271E0C8A1B4D93F7E2C_", [
                 leaf('text/plain; charset="utf-8"', t2, "quoted-printable"),
                 leaf('text/html; charset="utf-8"', outlook_html(t2), "quoted-printable")]))
    add_case("b172-07-bumeran-entrevista-cancelada",
             [("01-bumeran-invitacion-entrevista.eml", i1), ("02-cancelacion-entrevista.eml", i2)],
             [iv("Laboratorios Quimera", "Gerente de Ventas Institucionales", start,
                 start + timedelta(minutes=45), "cancelled", [karla[1]], [karla[1]], "phone_screen")],
             "medium", "positive/cancellation",
             "Bumeran invitation (no-reply sender, interviewer address in text) then the interviewer cancels by "
             "e-mail -> one interview, status cancelled, at the last scheduled time Mon 23 Mar 12:00-06:00.")


def case08():
    """Same-day loop in Polanco: itinerary e-mail + three standalone Outlook .ics files."""
    daniela = ("Daniela Ochoa", "daniela.ochoa@vertice-seguros.example")
    gerardo = ("Gerardo Salinas", "gerardo.salinas@vertice-seguros.example")
    anap = ("Ana Paula Robles", "anapaula.robles@vertice-seguros.example")
    ricardo = ("Ricardo Maldonado", "ricardo.maldonado@vertice-seguros.example")
    role = "Gerente de Alianzas Comerciales"
    sent = at(2026, 2, 20, 13, 30, MX, "viernes", s=12)
    day = (2026, 2, 26)
    a1, b1 = at(*day, 9, 30, MX, "jueves"), at(*day, 10, 15, MX)
    a2, b2 = at(*day, 10, 30, MX), at(*day, 11, 30, MX)
    a3, b3 = at(*day, 12, 0, MX), at(*day, 12, 45, MX)
    text = ("Hola Valeria, buenas tardes.\n\n"
            "Te comparto el itinerario de tu jornada de entrevistas para la posición de Gerente de Alianzas "
            "Comerciales. Es presencial en nuestras oficinas: Av. Presidente Masaryk 111, piso 9, Polanco, "
            "CDMX. Te pedimos registrarte en recepción 15 minutos antes.\n\n"
            "Jueves 26 de febrero (hora del centro)\n"
            f"9:30 – 10:15   Gerardo Salinas, Director Comercial ({gerardo[1]})\n"
            f"10:30 – 11:30  Caso práctico de negociación (role play) con Ana Paula Robles, Gerente de Canal "
            f"Corredores ({anap[1]}) y Gerardo Salinas\n"
            "11:30 – 12:00  Pausa / café\n"
            f"12:00 – 12:45  Ricardo Maldonado, Director General ({ricardo[1]})\n\n"
            "Te adjunto los archivos de calendario de cada sesión. Cualquier duda, aquí estoy.\n\n"
            "Saludos,\n\nDaniela Ochoa\nCoordinadora de Reclutamiento | Vértice Seguros\nTel. 55 8800 4410\n")
    i1 = eml(std_headers(date=sent, frm=addr(*daniela),
                         subject="Itinerario de entrevistas – jueves 26 de febrero – Vértice Seguros",
                         mid="<SA1PR19MB5320B7D04C2E9A1F6B3D8E07C2A1@SA1PR19MB5320.namprd19.prod.outlook.com>",
                         host="NAM11-CO1-obe.outbound.protection.outlook.com", ip="40.107.220.101",
                         smtp_id="c9d0e1f2a3b40220",
                         extra=[("Thread-Topic", enc_header("Itinerario de entrevistas – jueves 26 de febrero – "
                                                            "Vértice Seguros")),
                                ("Thread-Index", "AdyiF0cR2sM5pU8vQx3nT7wZb1kLhA=="),
                                ("Content-Language", "es-MX")]),
             multi("alternative", "_000_SA1PR19MB5320B7D04C2E9A1F6B3D_", [
                 leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                 leaf('text/html; charset="utf-8"', outlook_html(text), "quoted-printable")]))
    items = [("01-itinerario-jornada-entrevistas.eml", i1)]
    sessions = [
        ("02-entrevista-director-comercial.ics", a1, b1, "Entrevista – Gerardo Salinas (Director Comercial)",
         [gerardo], "A1"),
        ("03-caso-practico-negociacion.ics", a2, b2, "Caso práctico de negociación – Ana Paula Robles / Gerardo Salinas",
         [anap, gerardo], "B2"),
        ("04-entrevista-director-general.ics", a3, b3, "Entrevista – Ricardo Maldonado (Director General)",
         [ricardo], "C3"),
    ]
    for fname, a, b, summ, people, tag in sessions:
        cal = outlook_ics(
            method="PUBLISH", uid=f"040000008200E00074C5B7101A82E00800000000D4F2A9{tag}1FA2DC010000000000000000"
                                  f"10000000B7E1C4D2A9F3{tag}44A1B7C0D9E2F31A66",
            start=a, end=b, stamp=sent, wintz="Central Standard Time (Mexico)", organizer=daniela,
            attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")] +
                      [(n, e, "REQ-PARTICIPANT", "ACCEPTED") for n, e in people],
            summary=f"Vértice Seguros | {summ} | Valeria Cárdenas",
            description=f"Jornada de entrevistas – {role}.\nAv. Presidente Masaryk 111, piso 9, Polanco.",
            location="Vértice Seguros – Masaryk 111 piso 9, sala Reforma",
            prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
        items.append((fname, cal.encode("utf-8")))
    add_case("b172-08-jornada-presencial-polanco", items,
             [iv("Vértice Seguros", role, a1, b3, "scheduled", [gerardo[1], anap[1], ricardo[1]],
                 [gerardo[1], anap[1], ricardo[1]], "onsite")],
             "hard", "positive/onsite-loop",
             "Same-day in-person loop sent as an itinerary plus three standalone Outlook .ics (PUBLISH, TZID "
             "'Central Standard Time (Mexico)') -> ONE onsite 9:30-12:45 -06:00 with all three interviewers; "
             "the coordinator only schedules.")


def case09():
    """Calendar API events: interview on a group calendar (Bogota) + her own prep block (not an interview)."""
    felipe = ("Felipe Arango", "felipe.arango@cobalto-energia.example")
    natalia = "natalia.ruiz@cobalto-energia.example"
    group = "c_3f9a1e7b52d04c86a1e2b9f7d0c4a813@group.calendar.google.com"
    start = at(2026, 3, 4, 10, 0, BOG, "miércoles", off=-5)
    end = start + timedelta(minutes=45)
    ev1 = gcal_event(
        ev_id="4k2r9t7m1q8v0c3x6b5n2z1wjd", created=at(2026, 2, 25, 16, 2, BOG), updated=at(2026, 2, 25, 16, 9, BOG),
        summary="Entrevista Gerente Regional – Valeria Cárdenas (KAM Industrial)",
        description=("Entrevista con Felipe Arango (Gerente Regional Centro) para la vacante Key Account "
                     "Manager Industrial.\nDudas o cambios de horario: Natalia Ruiz, " + natalia),
        creator={"email": natalia, "displayName": "Natalia Ruiz"},
        organizer={"email": group, "displayName": "Selección Cobalto Energía"},
        start=start, end=end, tzname="America/Bogota",
        attendees=[{"email": felipe[1], "displayName": felipe[0], "responseStatus": "accepted"},
                   {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        meet="https://meet.google.com/cza-mkuf-rvh")
    p_start = at(2026, 3, 4, 7, 30, MX, "Wednesday", off=-6)
    ev2 = gcal_event(
        ev_id="7h1p0s3d5f8g2j4k6l9q1w3e5r", created=at(2026, 2, 26, 21, 40, MX), updated=at(2026, 2, 26, 21, 40, MX),
        summary="Preparar entrevista Cobalto – repasar cifras de cuota 2025",
        description="Tener a la mano: cumplimiento de cuota 2023-2025, cuentas cerradas en Monterrey, "
                    "preguntas para Felipe sobre territorio.",
        creator={"email": OWNER, "self": True}, organizer={"email": OWNER, "self": True},
        start=p_start, end=p_start + timedelta(hours=1), tzname="America/Mexico_City", attendees=None)
    add_case("b172-09-gcal-json-grupo-bogota",
             [("01-entrevista-cobalto.gcal.json", ev1), ("02-preparar-entrevista.gcal.json", ev2)],
             [iv("Cobalto Energía", "Key Account Manager Industrial", start, end, "scheduled",
                 [felipe[1]], [felipe[1]], "hiring_manager")],
             "medium", "positive/gcal-json",
             "API event organized by a group calendar (not a follow-up address), 10:00 America/Bogota. A "
             "self-made prep block the same morning (CDMX time, no attendees) is not an interview.")


def case10():
    """English thread with a New York recruiter: 10 AM ET on 10 Mar (EDT) = 8 AM hora del centro."""
    sarah = ("Sarah Whitcombe", "sarah.whitcombe@quillon.example")
    s1 = at(2026, 3, 3, 11, 20, NY, "Tuesday", s=14, off=-5)
    start = at(2026, 3, 10, 10, 0, NY, "Tuesday", off=-4)
    assert start.astimezone(MX).hour == 8
    t1 = ("Hi Valeria,\n\n"
          "Thanks for applying to the Account Executive, LATAM Enterprise role at Quillon Analytics. Your "
          "background selling into retail chains in Mexico and Colombia is exactly what the team is looking for.\n\n"
          "Would Tuesday, March 10 at 10:00 AM ET work for a 30-minute intro call with me? I'd walk you through "
          "the role, comp structure and next steps, and learn more about what you're looking for.\n\n"
          "Best,\nSarah\n\n--\nSarah Whitcombe\nSenior Technical Recruiter, GTM | Quillon Analytics\n"
          "New York, NY\n")
    mid1 = "<CAB4tXq8Yz2wV1uT0sR9qP8oN7mL6kJ5iH4gF3eD2cB1aZ0@mail.gmail.com>"
    i1 = eml(std_headers(date=s1, frm=addr(*sarah), subject="Quillon Analytics - intro call",
                         mid=mid1, host="mail-sor-f65.google.com", ip="209.85.220.65", smtp_id="d0e1f2a3b4c50303"),
             gmail_alt(t1, "000000000000e5d4c3062c9f0a12", "en"))
    s2 = at(2026, 3, 3, 16, 2, NY, "Tuesday", s=40)
    midv = "<CAJq8vR7tP3oY1cN8wK5bX0fM4zI7vA6eH9gJ2kR1pN3oC5s@mail.gmail.com>"
    quoted1 = "\n".join(">> " + l if l else ">>" for l in t1.rstrip("\n").split("\n"))
    t2 = ("Exactly right - 10 AM Eastern / 8 AM Mexico City. I'll give you a call on WhatsApp at the number on "
          "your resume. Talk then!\n\nSarah\n\n"
          "On Tue, Mar 3, 2026 at 3:47 PM Valeria Cárdenas Ruiz <valeria.cardenas@example.com> wrote:\n"
          "> Hi Sarah, thank you for reaching out!\n>\n"
          "> Tuesday the 10th at 10 AM ET works. Just to double-check: you'll already be on daylight time "
          "by then,\n> so that's 8:00 AM hora del centro (Mexico City) for me, right?\n>\n"
          "> Best,\n> Valeria\n>\n"
          "> On Tue, Mar 3, 2026 at 11:20 AM Sarah Whitcombe <sarah.whitcombe@quillon.example> wrote:\n"
          + quoted1 + "\n")
    i2 = eml(std_headers(date=s2, frm=addr(*sarah), subject="Re: Quillon Analytics - intro call",
                         mid="<CAB4tXq9Za3xW2vU1tS0rQ9pO8nM7lK6jI5hG4fE3dC2bA1@mail.gmail.com>",
                         host="mail-sor-f65.google.com", ip="209.85.220.65", smtp_id="d0e1f2a3b4c50304",
                         in_reply_to=midv, references=f"{mid1} {midv}"),
             gmail_alt(t2, "000000000000f6e5d4072c9f1b23", "en"))
    add_case("b172-10-thread-ny-edt-8am-hora-centro",
             [("01-quillon-intro-call.eml", i1), ("02-re-quillon-intro-call.eml", i2)],
             [iv("Quillon Analytics", "Account Executive, LATAM Enterprise", start, start + timedelta(minutes=30),
                 "scheduled", [sarah[1]], [sarah[1]], "phone_screen")],
             "medium", "positive/thread-dst",
             "Proposed while New York is on EST (-5) for a date after 8 Mar (EDT, -4): 10:00 ET = 14:00Z = 8:00 "
             "CDMX, confirmed in the reply. A fixed EST assumption gives 15:00Z.")


def case11():
    """Calendly booking, host cancels, candidate books a new slot (two entries)."""
    diego = ("Diego Fajardo", "diego.fajardo@lumora.example")
    etype = "Entrevista inicial – Sales Manager Colombia"

    def calendly(kind, sent, start, uid, mid, b1, b2, smtp_id, reason=None):
        end = start + timedelta(minutes=30)
        when = (f"{hm(start)} - {hm(end)} (Hora central - Ciudad de México), "
                f"{es_long(start)}")
        meet = "https://meet.google.com/fjd-owke-zra" if uid.startswith("a") else "https://meet.google.com/kmv-ybsa-tqe"
        if kind == "new":
            subject = f"Confirmado: {etype} con Diego Fajardo el {es_long(start)}"
            head = "Se programó un nuevo evento."
        else:
            subject = f"Cancelado: {etype} con Diego Fajardo el {es_long(start)}"
            head = "Diego Fajardo canceló el siguiente evento."
        text = (f"Hola, {OWNER_NAME}:\n\n{head}\n\n"
                f"Tipo de evento:\n{etype}\n\n"
                f"Anfitrión:\nDiego Fajardo\n\n"
                f"Fecha/hora del evento:\n{when}\n\n"
                + (f"Ubicación:\nGoogle Meet\n{meet}\n\n" if kind == "new" else "")
                + (f"Motivo de la cancelación:\n{reason}\n\n" if reason else "")
                + "Descripción:\nConversación de 30 minutos con Diego (Talent Partner, Lumora) sobre tu "
                  "experiencia comercial y la posición de Sales Manager Colombia.\n\n"
                + ("Reprogramar o cancelar: https://calendly.com/reschedulings/" + uid[:8] + "\n\n"
                   if kind == "new" else "")
                + "Enviado desde Calendly\nhttps://calendly.com\n")
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "CALSCALE:GREGORIAN",
                 "METHOD:" + ("REQUEST" if kind == "new" else "CANCEL"), "BEGIN:VEVENT",
                 f"UID:{uid}", f"DTSTAMP:{zstamp(sent)}", f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}",
                 f"SUMMARY:{esc(etype)}", f"ORGANIZER;CN=Diego Fajardo:mailto:{diego[1]}",
                 attendee(OWNER_NAME, OWNER, "ACCEPTED" if kind == "new" else "NEEDS-ACTION")]
        if kind == "new":
            lines += [f"LOCATION:{meet}", "SEQUENCE:0", "STATUS:CONFIRMED"]
        else:
            lines += ["SEQUENCE:1", "STATUS:CANCELLED"]
        lines += ["END:VEVENT", "END:VCALENDAR"]
        cal = ics(lines)
        alt = multi("alternative", b2, [
            leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
            leaf('text/html; charset="utf-8"', text_to_html(text), "quoted-printable")])
        body = multi("mixed", b1, [alt.rstrip("\n"),
                                   leaf('text/calendar; charset="utf-8"; method=' +
                                        ("REQUEST" if kind == "new" else "CANCEL") + '; name="invite.ics"',
                                        cal, "base64", ['Content-Disposition: attachment; filename="invite.ics"'])])
        return eml(std_headers(date=sent, frm=addr("Calendly", "no-reply@calendly.com"), reply_to=addr(*diego),
                               subject=subject, mid=mid, host="o7.email.calendly.com", ip="149.72.140.18",
                               smtp_id=smtp_id), body)

    first = at(2026, 4, 20, 10, 0, MX, "lunes", off=-6)
    second = at(2026, 4, 22, 17, 0, MX, "miércoles", off=-6)
    assert second.astimezone(UTC).hour == 23
    i1 = calendly("new", at(2026, 4, 14, 14, 41, UTC, "Tuesday", s=10), first, "a3c9e1f0-52b7-4d18-9e6a-0f7b21c4d8e5",
                  "<calendly.a3c9e1f0.20260414144110@calendly.com>", "cal-m-a3c9", "cal-a-a3c9", "e1f2a3b4c5d60414")
    i2 = calendly("cancel", at(2026, 4, 17, 22, 5, UTC, "Friday", s=33), first, "a3c9e1f0-52b7-4d18-9e6a-0f7b21c4d8e5",
                  "<calendly.a3c9e1f0.20260417220533@calendly.com>", "cal-m-a3cx", "cal-a-a3cx", "e1f2a3b4c5d60417",
                  reason="Valeria, me cruzaron un comité con el VP el lunes en la mañana. Te mando un link para "
                         "que elijas otro horario, ¡perdón!")
    i3 = calendly("new", at(2026, 4, 17, 23, 12, UTC, "Friday", s=2), second, "b7d2f4a6-91c3-4e05-8a1b-6c2e3f9d0a74",
                  "<calendly.b7d2f4a6.20260417231202@calendly.com>", "cal-m-b7d2", "cal-a-b7d2", "e1f2a3b4c5d60418")
    add_case("b172-11-calendly-cancelada-y-reagendada",
             [("01-calendly-confirmado.eml", i1), ("02-calendly-cancelado.eml", i2),
              ("03-calendly-confirmado-nuevo.eml", i3)],
             [iv("Lumora Retail Tech", "Sales Manager Colombia", first, first + timedelta(minutes=30), "cancelled",
                 [diego[1]], [diego[1]], "phone_screen"),
              iv("Lumora Retail Tech", "Sales Manager Colombia", second, second + timedelta(minutes=30), "scheduled",
                 [diego[1]], [diego[1]], "phone_screen")],
             "hard", "positive/calendly-cancel-rebook",
             "Calendly booking (Mon 20 Apr 10:00 CDMX) cancelled by the host, then a NEW booking with a new UID "
             "(Wed 22 Apr 17:00 CDMX = 23:00Z) -> two entries, one cancelled and one scheduled. Host's address "
             "only in Reply-To/ORGANIZER; he conducts the screen.")


def case12():
    """Headhunter forwards the client's confirmation (Outlook 'RV:' in Spanish): 4 p. m. hora de Colombia."""
    rodrigo = ("Rodrigo Pizarro", "rodrigo.pizarro@talentia-search.example")
    juliana = ("Juliana Montoya", "juliana.montoya@sanduval.example")
    camilo = ("Camilo Bernal", "camilo.bernal@sanduval.example")
    role = "Key Account Manager – Cadenas Nacionales"
    sent = at(2026, 4, 13, 9, 15, MX, "lunes", s=27)
    fwd_date = at(2026, 4, 10, 17, 48, BOG, "viernes")
    start = at(2026, 4, 22, 16, 0, BOG, "miércoles", off=-5)
    assert start.astimezone(MX).hour == 15
    text = ("Valeria, buen día.\n\n"
            "Te reenvío la confirmación de Sanduval. Ojo con la hora: son las 4:00 p. m. de Colombia, que para ti "
            "en CDMX son las 3:00 p. m. El enlace de Teams te llega directo de ellos.\n\n"
            "Después de la entrevista me cuentas cómo te fue para darle seguimiento con Juliana.\n\n"
            "Saludos,\n\nRodrigo Pizarro\nSocio | Talentia Search Partners\nMóvil / WhatsApp +52 55 3100 7788\n\n"
            "De: Juliana Montoya <juliana.montoya@sanduval.example>\n"
            "Enviado el: viernes, 10 de abril de 2026 17:48\n"
            "Para: Rodrigo Pizarro <rodrigo.pizarro@talentia-search.example>\n"
            "CC: Camilo Bernal <camilo.bernal@sanduval.example>\n"
            f"Asunto: Confirmación entrevista Valeria Cárdenas – {role}\n\n"
            "Rodrigo, buenas tardes.\n\n"
            "Confirmamos la entrevista de Valeria con Camilo Bernal, Gerente Nacional de Ventas, para el "
            "miércoles 22 de abril a las 4:00 p. m. hora de Colombia, por Teams (el enlace le llega a ella "
            "directamente). Tendrá una duración de una hora.\n\n"
            "Quedamos atentos a cualquier cambio.\n\n"
            "Juliana Montoya\nAnalista de Talento | Grupo Farmacéutico Sanduval\nBogotá, Colombia\n")
    assert fwd_date.strftime("%H:%M") == "17:48"
    i1 = eml(std_headers(date=sent, frm=addr(*rodrigo),
                         subject=f"RV: Confirmación entrevista Valeria Cárdenas – {role}",
                         mid="<BY5PR13MB3921A7E4C0D2F98B1E6C3A5D7F20@BY5PR13MB3921.namprd13.prod.outlook.com>",
                         host="NAM10-BN7-obe.outbound.protection.outlook.com", ip="40.107.212.66",
                         smtp_id="f2a3b4c5d6e70413",
                         extra=[("Thread-Topic", enc_header(f"Confirmación entrevista Valeria Cárdenas – {role}")),
                                ("Thread-Index", "AQHcyK2mV0b1Y7s0T0WmN4qZp3L1dA=="),
                                ("Content-Language", "es-MX")]),
             multi("alternative", "_000_BY5PR13MB3921A7E4C0D2F98B1E6C_", [
                 leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                 leaf('text/html; charset="utf-8"', outlook_html(text), "quoted-printable")]))
    add_case("b172-12-headhunter-reenvio-hora-colombia",
             [("01-rv-confirmacion-entrevista-sanduval.eml", i1)],
             [iv("Grupo Farmacéutico Sanduval", role, start, start + timedelta(hours=1), "scheduled",
                 [camilo[1]], [camilo[1]], "hiring_manager")],
             "hard", "positive/forwarded",
             "Agency headhunter forwards the client's confirmation: company is the client (not the agency); "
             "'4:00 p. m. hora de Colombia' = 15:00 CDMX; interviewer's address only in the forwarded CC line.")


def case13():
    """Final conversation with the CEO: assistant's note + Outlook invite with TZID 'SA Pacific Standard Time'."""
    laura = ("Laura Quintero", "laura.quintero@rumbo-fintech.example")
    santi = ("Santiago Lleras", "santiago.lleras@rumbo-fintech.example")
    role = "Head of Sales México"
    s1 = at(2026, 5, 28, 10, 3, BOG, "jueves", s=17)
    start = at(2026, 6, 3, 18, 0, BOG, "miércoles", off=-5)
    end = start + timedelta(minutes=30)
    t1 = ("Hola Valeria, ¿qué tal?\n\n"
          "Soy Laura, asistente de Santiago Lleras, nuestro CEO y cofundador. Como Head of Sales México "
          "reportarías directamente a él, así que Santiago quiere cerrar el proceso con una última "
          "conversación contigo, de unos 30 minutos.\n\n"
          "Te voy a enviar la invitación para el miércoles 3 de junio a las 6:00 p. m. hora de Colombia "
          "(5:00 p. m. en Ciudad de México). Si ese horario no te funciona, me avisas y buscamos otro.\n\n"
          "Un saludo,\n\nLaura Quintero\nAsistente de Presidencia | Rumbo Fintech\nCalle 93 # 11-26, Bogotá\n")
    mid1 = "<DM6PR08MB5834C1E9A7B3F02D4E8A6C1B9D52@DM6PR08MB5834.namprd08.prod.outlook.com>"
    i1 = eml(std_headers(date=s1, frm=addr(*laura), subject="Conversación final con Santiago – Head of Sales México",
                         mid=mid1, host="NAM04-DM6-obe.outbound.protection.outlook.com", ip="40.107.201.82",
                         smtp_id="a3b4c5d6e7f80528", extra=[("Content-Language", "es-CO")]),
             multi("alternative", "_000_DM6PR08MB5834C1E9A7B3F02D4E8A_", [
                 leaf('text/plain; charset="utf-8"', t1, "quoted-printable"),
                 leaf('text/html; charset="utf-8"', outlook_html(t1, "ES-CO"), "quoted-printable")]))
    s2 = at(2026, 5, 28, 10, 9, BOG, "jueves", s=55)
    url = teams_url("ZDA0YjE5ZTMtNmM4Ny00YjJhLWE5MTAtM2Y1ZTdjMGIyYTQ4")
    summary = "Rumbo Fintech | Conversación final – Valeria Cárdenas / Santiago Lleras"
    description = ("Conversación final del proceso Head of Sales México con Santiago Lleras (CEO).\n\n"
                   + teams_block(url, "318 227 904 651", "pQ7vN2"))
    text = ("Cuándo: miércoles, 3 de junio de 2026 18:00-18:30 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.\n"
            "Dónde: Reunión de Microsoft Teams\n\n" + "*" * 60 + "\n\n" + description + "\n")
    cal = outlook_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000E7A41C5B6FEEDC01000000000000000"
                                             "01000000091F6D2B4A8C3E54B9A2F7C1D0E4B6A88",
                      start=start, end=end, stamp=s2, wintz="SA Pacific Standard Time", organizer=laura,
                      attendees=[(santi[0], santi[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                 (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                      summary=summary, description=description, location="Reunión de Microsoft Teams",
                      lang="es-CO", teams_url=url)
    h = std_headers(date=s2, frm=addr(*laura), to=f"{addr(*santi)}, {addr(OWNER_NAME, OWNER)}", subject=summary,
                    mid="<DM6PR08MB5834E2F0B8C4A13E5F9B7D2C0A63@DM6PR08MB5834.namprd08.prod.outlook.com>",
                    host="NAM04-DM6-obe.outbound.protection.outlook.com", ip="40.107.201.82",
                    smtp_id="a3b4c5d6e7f80529",
                    extra=[("Thread-Topic", enc_header(summary)), ("Thread-Index", "AdzQ8b4Fq1Wm2K0sTy9Lx5pRvN3eJw=="),
                           ("Content-Language", "es-CO")])
    i2 = outlook_invite_email(headers=h, text=text, cal=cal, boundary="_000_DM6PR08MB5834E2F0B8C4A13E5F9B_",
                              lang="ES-CO")
    add_case("b172-13-ceo-final-sa-pacific",
             [("01-conversacion-final-santiago.eml", i1), ("02-invitacion-conversacion-final.eml", i2)],
             [iv("Rumbo Fintech", role, start, end, "scheduled", [santi[1]], [santi[1]], "hiring_manager")],
             "medium", "positive/ceo-final",
             "Final conversation with the CEO (the role reports to him) = interview. Assistant's e-mail + "
             "Outlook invite (TZID 'SA Pacific Standard Time', UTC-5) are one interview, 18:00-18:30 -05:00; "
             "the assistant only schedules.")


# ============================================================================= NEGATIVE CASES
def case14():
    """Rental apartment: 'entrevista con propietario' Google invite from a real-estate agent."""
    fer = ("Fernanda Lugo", "fernanda.lugo@casaroble-inmuebles.example")
    sent = at(2026, 3, 9, 12, 31, MX, "lunes", s=4)
    start = at(2026, 3, 12, 18, 0, MX, "jueves", off=-6)
    desc = ("Hola Valeria, el propietario (Sr. Arturo Medina) quiere hacerte una breve entrevista antes de "
            "aprobar tu solicitud de arrendamiento del departamento.\n\n"
            "Por favor trae: INE, tus últimos 3 recibos de nómina o estados de cuenta, carta laboral de tu "
            "empleo actual con antigüedad y sueldo, y los datos de tu aval con inmueble en CDMX.\n\n"
            "Nos vemos directamente en el depa. Cualquier cosa me escribes.\n\nFernanda – Casa Roble Inmuebles")
    i1 = google_invite_email(
        mid="<calendar-9e2b7c41-0d5a-4f3e-b8c6-1a7d2e9f4b03@google.com>", sent=sent, organizer=fer,
        guests=[(fer[0], fer[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
        summary="Entrevista con propietario – Depto. Pitágoras 1120 int. 4, Narvarte",
        start=start, end=start + timedelta(minutes=30), tz_label="Hora estándar central - Ciudad de México",
        tz_abbr="CST", description=desc, uid="0v3k7n1q9s2t4w6y8a1c3e5g7i@google.com", meet=None,
        location="Pitágoras 1120, Narvarte Poniente, Benito Juárez, 03020 Ciudad de México, CDMX",
        b_mixed="000000000000b3c4d5062c9e7f81", b_alt="000000000000b3c4d3062c9e7f81", smtp_id="b4c5d6e7f8a90309")
    add_case("b172-14-entrevista-propietario-depa",
             [("01-invitacion-entrevista-propietario.eml", i1)], [],
             "hard", "negative/non-job-interview",
             "Landlord 'entrevista' to approve a rental application; asks for payslips and an employment letter "
             "(hiring vocabulary) but it is not a job interview.")


def case15():
    """Bank 'cita' for a mortgage 'entrevista de crédito' with .ics."""
    sent = at(2026, 3, 13, 8, 45, MX, "viernes", s=19)
    start = at(2026, 3, 18, 11, 0, MX, "miércoles", off=-6)
    end = start + timedelta(minutes=40)
    text = ("Hola VALERIA CÁRDENAS RUIZ:\n\n"
            "Tu cita quedó agendada.\n\n"
            "Trámite: Entrevista de crédito hipotecario (precalificación)\n"
            "Fecha: miércoles 18 de marzo de 2026\n"
            "Hora: 11:00 hrs\n"
            "Sucursal: 0473 Insurgentes Sur – Av. Insurgentes Sur 1602, Crédito Constructor, CDMX\n"
            "Tu asesor hipotecario: Jorge Anaya\n"
            "Folio de la cita: HIP-2026-0318-0473-115\n\n"
            "Documentos que debes presentar:\n"
            "• Identificación oficial vigente\n• Constancia laboral con antigüedad y sueldo\n"
            "• Últimos 3 recibos de nómina\n• Estados de cuenta de los últimos 3 meses\n\n"
            "Si necesitas cambiar o cancelar tu cita, ingresa a https://www.bancoceiba.example/citas\n\n"
            "Banco Ceiba nunca te pedirá tus contraseñas ni tu NIP por correo o teléfono.\n"
            "Este correo se envió desde una dirección que no recibe respuestas.\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Banco Ceiba//Agenda de Citas 3.2//ES", "METHOD:PUBLISH"]
              + VTZ["America/Mexico_City"] +
              ["BEGIN:VEVENT", "UID:HIP-2026-0318-0473-115@citas.bancoceiba.example", f"DTSTAMP:{zstamp(sent)}",
               f"DTSTART;TZID=America/Mexico_City:{local(start)}", f"DTEND;TZID=America/Mexico_City:{local(end)}",
               "SUMMARY:Banco Ceiba – Entrevista de crédito hipotecario",
               "LOCATION:" + esc("Sucursal 0473 Insurgentes Sur, Av. Insurgentes Sur 1602, CDMX"),
               "DESCRIPTION:" + esc("Asesor: Jorge Anaya. Folio HIP-2026-0318-0473-115. Lleva tu identificación "
                                    "y comprobantes de ingresos."),
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", "=_ceiba_mixed_0313_8a2f", [
        gmail_alt(text, "=_ceiba_alt_0313_8a2f").rstrip("\n"),
        leaf('text/calendar; charset="utf-8"; name="cita.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="cita.ics"'])])
    h = std_headers(date=sent, frm=addr("Banco Ceiba", "citas@notificaciones.bancoceiba.example"),
                    subject="Confirmación de tu cita: Entrevista de crédito hipotecario",
                    mid="<0313084519.HIP0473115@notificaciones.bancoceiba.example>",
                    host="mta2.notificaciones.bancoceiba.example", ip="203.0.113.40", smtp_id="c5d6e7f8a9b00313")
    add_case("b172-15-banco-cita-entrevista-credito", [("01-confirmacion-cita-banco.eml", eml(h, body))], [],
             "medium", "negative/appointment",
             "Bank branch appointment called 'entrevista de crédito hipotecario' with an .ics; asks for an "
             "employment letter. Not a job interview.")


def case16():
    """SAT (tax authority) appointment confirmation for e.firma renewal."""
    sent = at(2026, 3, 30, 22, 14, MX, "lunes", s=51)
    start = at(2026, 4, 6, 10, 20, MX, "lunes", off=-6)
    text = ("SERVICIO DE ADMINISTRACIÓN TRIBUTARIA\nConfirmación de cita\n\n"
            "Estimado(a) contribuyente: VALERIA CÁRDENAS RUIZ\nRFC: CARV890614QX3\n\n"
            "Su cita ha sido registrada con los siguientes datos:\n\n"
            "Folio: CDMX-ADSC2-2026-04-0031187\n"
            "Servicio: e.firma de Persona Física (renovación)\n"
            "Oficina: ADSC Ciudad de México \"2\" - Av. Hidalgo 77, Col. Guerrero, Cuauhtémoc\n"
            "Fecha: 06/04/2026\nHora: 10:20\n\n"
            "Requisitos: identificación oficial vigente en original, dispositivo USB, correo electrónico "
            "personal al que tenga acceso. Preséntese 10 minutos antes; si llega después de la hora no será "
            "atendido y deberá registrar una nueva cita.\n\n"
            "Para cancelar su cita ingrese a https://citas.sat.gob.mx\n\n"
            "Este es un mensaje automático, favor de no responder.\n")
    assert start.strftime("%d/%m/%Y %H:%M") == "06/04/2026 10:20"
    h = std_headers(date=sent, frm=addr("SAT Citas", "citas@sat.gob.mx"),
                    subject="Confirmación de cita SAT - Folio CDMX-ADSC2-2026-04-0031187",
                    mid="<1774930491851.31187.JavaMail.citas@sat.gob.mx>", host="smtp3.sat.gob.mx",
                    ip="198.51.100.200", smtp_id="d6e7f8a9b0c10330")
    body = multi("alternative", "----=_Part_31187_20401.1774930491851", [
        leaf('text/plain; charset=ISO-8859-1', text.encode("iso-8859-1"), "quoted-printable"),
        leaf('text/html; charset=ISO-8859-1',
             ("<html><body><table width=\"600\"><tr><td style=\"font-family:Arial;font-size:12px\">"
              + html.escape(text).replace("\n", "<br>\n") + "</td></tr></table></body></html>\n").encode("iso-8859-1"),
             "quoted-printable")])
    add_case("b172-16-sat-cita-efirma", [("01-sat-confirmacion-cita.eml", eml(h, body))], [],
             "easy", "negative/appointment",
             "Tax-office appointment (date, time, office, folio) - a 'cita', not an interview.")


def case17():
    """Podcast interview invitation (Google invite) - the user is the podcast guest."""
    ivan = ("Iván Reséndiz", "ivan@cierreperfecto.example")
    sent = at(2026, 4, 30, 20, 48, MX, "jueves", s=30)
    start = at(2026, 5, 7, 19, 0, MX, "jueves", off=-6)
    desc = ("¡Gracias por aceptar, Valeria! Esta es la entrevista para el episodio 48 de Cierre Perfecto, el "
            "podcast de ventas B2B en Latinoamérica.\n\n"
            "Temas: cómo pasaste de vendedora de campo a gerente de cuentas clave, negociación con cadenas de "
            "autoservicio en México y Colombia, y qué buscan hoy los reclutadores en un perfil comercial.\n\n"
            "Grabamos en Riverside (te llega el link 1 hora antes); usa audífonos con micrófono. El episodio sale "
            "a principios de junio.\n\nIván Reséndiz – host")
    i1 = google_invite_email(
        mid="<calendar-2f8d6a10-7c4e-4b9a-91d3-5e0c8b7a6f25@google.com>", sent=sent, organizer=ivan,
        guests=[(ivan[0], ivan[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
        summary="Entrevista podcast Cierre Perfecto – Valeria Cárdenas (ventas B2B en LATAM)",
        start=start, end=start + timedelta(hours=1), tz_label="Hora estándar central - Ciudad de México",
        tz_abbr="CST", description=desc, uid="6p1m8r3t0v5x2z7b4d9f1h6j3l@google.com",
        meet=None, location="Riverside.fm (link por correo)",
        b_mixed="000000000000d7e8f90634a1b2c3", b_alt="000000000000d7e8f70634a1b2c3", smtp_id="e7f8a9b0c1d20430")
    add_case("b172-17-podcast-cierre-perfecto", [("01-invitacion-podcast.eml", i1)], [],
             "medium", "negative/podcast",
             "Calendar invite titled 'Entrevista podcast' where the user is the guest; mentions recruiters. Press "
             "/podcast interviews are not job interviews.")


def case18():
    """Client procurement 'entrevista a proveedores finalistas' (she is the vendor), forwarded by a colleague."""
    jaime = ("Jaime Rosales", "jaime.rosales@nopal-commerce.example")
    mauricio = ("Mauricio Téllez", "mauricio.tellez@laestrella-super.example")
    comite = "comite.compras@laestrella-super.example"
    sent = at(2026, 4, 21, 17, 26, MX, "martes", s=8)
    start = at(2026, 4, 28, 11, 0, MX, "martes", off=-6)
    end = start + timedelta(minutes=45)
    url = teams_url("MmU3YzFhOTQtZjBiNi00ZTgyLThkNzEtNWEzYzIxZjBlOWQ2")
    summary = "Entrevista a proveedores finalistas – Licitación LE-2026-017 Última Milla – Nopal Cloud Commerce"
    desc = ("Estimados proveedores:\n\nComo parte de la evaluación de la Licitación LE-2026-017 Servicios de "
            "Última Milla, el Comité de Compras realizará una entrevista con cada proveedor finalista. Duración: "
            "45 minutos (20 min de presentación de la propuesta comercial y 25 min de preguntas del panel). "
            "Favor de presentarse con el Director Comercial o el Gerente de Cuenta asignado.\n\n"
            "Mauricio Téllez\nGerente de Compras Indirectas | Supermercados La Estrella\n\n"
            + teams_block(url, "402 118 675 930", "Lx3Pq8"))
    text = ("Vale, te reenvío la invitación de La Estrella a tu correo personal porque dijiste que el Outlook "
            "del cel no te sincroniza. Tú presentas la propuesta comercial y yo llevo la parte operativa. "
            "¿Nos vemos el lunes para ensayar?\n\nJaime\n\n"
            "-----Mensaje original-----\n"
            f"De: {mauricio[0]} <{mauricio[1]}>\n"
            "Enviado el: martes, 21 de abril de 2026 10:12\n"
            f"Para: {jaime[0]} <{jaime[1]}>; Comité de Compras <{comite}>\n"
            f"Asunto: {summary}\n"
            "Cuándo: martes, 28 de abril de 2026 11:00-11:45 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey.\n"
            "Dónde: Reunión de Microsoft Teams\n\n" + desc + "\n")
    cal = outlook_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000F1C2B3A4D5E6DC01000000000000000"
                                             "0100000005A6B7C8D9E0F1A2B3C4D5E6F708192A3",
                      start=start, end=end, stamp=sent, wintz="Central Standard Time (Mexico)", organizer=mauricio,
                      attendees=[("Comité de Compras", comite, "REQ-PARTICIPANT", "ACCEPTED"),
                                 (jaime[0], jaime[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                 (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                      summary=summary, description=desc, location="Reunión de Microsoft Teams", teams_url=url)
    h = std_headers(date=sent, frm=addr(*jaime), subject="RV: " + summary,
                    mid="<PH0PR15MB4731F2A9C0E3B58D6A1F7E2C4B90@PH0PR15MB4731.namprd15.prod.outlook.com>",
                    host="NAM02-SN1-obe.outbound.protection.outlook.com", ip="40.107.96.113",
                    smtp_id="f8a9b0c1d2e30421",
                    extra=[("Thread-Topic", enc_header(summary)), ("Thread-Index", "AdzRk1Tq8mX0vB3cW5nP2sY7fL4hGg=="),
                           ("Content-Language", "es-MX")])
    add_case("b172-18-reunion-cliente-entrevista-proveedores",
             [("01-rv-entrevista-proveedores-finalistas.eml",
               outlook_invite_email(headers=h, text=text, cal=cal, boundary="_000_PH0PR15MB4731F2A9C0E3B58D6A1F_"))],
             [], "hard", "negative/sales-meeting",
             "Teams invite from a client's procurement committee: an 'entrevista' of finalist vendors where the "
             "user presents her current employer's proposal. A sales meeting, not a job interview.")


def case19():
    """She is the interviewer: Greenhouse interviewer notification forwarded from her work account."""
    work = "valeria.cardenas@nopal-commerce.example"
    sent = at(2026, 2, 16, 11, 20, MX, "lunes", s=45)
    orig = at(2026, 2, 16, 11, 2, MX, "lunes")
    start = at(2026, 2, 19, 13, 0, MX, "Thursday", off=-6)
    text = ("Para verlo en el cel.\n\n"
            "---------- Forwarded message ---------\n"
            "De: Greenhouse <no-reply@greenhouse.io>\n"
            f"Date: lun, 16 feb 2026 a las {hm(orig)}\n"
            "Subject: Interview scheduled: Pablo Estrada – Sales Development Representative (MX)\n"
            f"To: <{work}>\n\n\n"
            "Hi Valeria,\n\n"
            "You've been scheduled to interview Pablo Estrada for Sales Development Representative (MX).\n\n"
            "Interview: Sales Role Play\n"
            "When: Thursday, February 19, 2026, 1:00 PM – 1:45 PM (GMT-06:00) Mexico City\n"
            "Where: Google Meet – https://meet.google.com/vzh-pqmr-euc\n"
            "Other interviewers: Óscar Villalobos\n\n"
            "Candidate profile and resume: https://app.greenhouse.io/people/51230977\n"
            "Interview kit: https://app.greenhouse.io/guides/8812034/people/51230977\n\n"
            "Please submit your scorecard within 24 hours of the interview.\n\n"
            "Powered by Greenhouse\n")
    h = std_headers(date=sent, frm=addr(OWNER_NAME, work),
                    subject="Fwd: Interview scheduled: Pablo Estrada – Sales Development Representative (MX)",
                    mid="<CAN5wQz0Xy1vU2tS3rQ4pO5nM6lK7jI8hG9fE0dC1bA2zY3@mail.gmail.com>",
                    host="mail-sor-f73.google.com", ip="209.85.220.73", smtp_id="a9b0c1d2e3f40216")
    assert start.strftime("%-I:%M %p") == "1:00 PM"
    add_case("b172-19-ella-es-entrevistadora-greenhouse",
             [("01-fwd-interview-scheduled-pablo-estrada.eml", eml(h, gmail_alt(text, "000000000000a0b1c2062b8d3e4f", "en")))],
             [], "medium", "negative/user-is-interviewer",
             "Greenhouse interviewer notification (scorecard, interview kit) forwarded from her work account: "
             "she interviews a candidate for her current team. Not her own interview.")


def case20():
    """Computrabajo job alert full of 'entrevista inmediata' wording."""
    sent = at(2026, 3, 2, 7, 5, MX, "lunes", s=0)
    jobs = [("Ejecutivo(a) de Ventas B2B – Entrevista inmediata", "Distribuidora Arrecife · Tlalnepantla",
             "$22,000 + comisiones", "Entrevistas de lunes a viernes de 9:00 a 13:00 hrs, contratación directa."),
            ("Gerente de Cuentas Clave Autoservicio", "Confidencial · CDMX (Polanco)", "A convenir",
             "Proceso ágil: 2 entrevistas y oferta en una semana."),
            ("Key Account Manager – Farma", "Grupo Solenne · Guadalajara / remoto", "$45,000 - $55,000",
             "Entrevista por videollamada esta semana."),
            ("Asesor(a) Comercial Senior", "Inmobiliaria Vista Alta · Santa Fe", "$18,000 + bonos",
             "¡Entrevista el mismo día! Presentarse con CV.")]
    text = "Hola Valeria, estas ofertas coinciden con tu búsqueda «gerente de ventas» en Ciudad de México:\n\n"
    for (t, c, s, n), oid in zip(jobs, ["6A1F03C2", "B27D90E4", "3C8E51A7", "F04B62D9"]):
        text += f"{t}\n{c}\n{s}\n{n}\nVer oferta: https://mx.computrabajo.com/ofertas-de-trabajo/oferta-{oid}\n\n"
    text += ("Modificar alerta: https://candidato.mx.computrabajo.com/alertas\n"
             "Recibes este correo porque creaste una alerta de empleo en Computrabajo.\n")
    h = std_headers(date=sent, frm=addr("Computrabajo", "alertas@computrabajo.com"),
                    subject="4 nuevas ofertas de «gerente de ventas» – ¡entrevista inmediata!",
                    mid="<20260302130500.alerta.55821@mail.computrabajo.com>", host="smtp-out7.computrabajo.com",
                    ip="198.51.100.77", smtp_id="b0c1d2e3f4a50302",
                    extra=[("List-Unsubscribe", "<https://candidato.mx.computrabajo.com/alertas>")])
    add_case("b172-20-computrabajo-alerta-entrevista-inmediata",
             [("01-alerta-ofertas-gerente-ventas.eml", eml(h, gmail_alt(text, "b1_ct_alerta_55821")))], [],
             "easy", "negative/job-alert",
             "Job alert whose listings advertise 'entrevista inmediata' / interview hours; no interview booked.")


def case21():
    """Lever availability request with an unbooked link; times mentioned are only a window."""
    owen = ("Owen Marsh", "owen.marsh@sorrel-health.example")
    sent = at(2026, 5, 18, 9, 37, NY, "Monday", s=26, off=-4)
    w1 = at(2026, 5, 26, 9, 0, NY, "Tuesday")
    w2 = at(2026, 5, 29, 17, 0, NY, "Friday")
    text = ("Hi Valeria,\n\n"
            "Great news - the team would like to move you forward for the Regional Sales Manager, Mexico & "
            "Central America role! The next step is a 45-minute interview with Dana Whitfield, our VP of Sales.\n\n"
            f"Please use the link below to let us know when you're available between {EN_DAYS[w1.weekday()]}, "
            f"May {w1.day} and {EN_DAYS[w2.weekday()]}, May {w2.day} (Dana's calendar is on Eastern Time, "
            "roughly 9 AM - 5 PM). Times on the page are shown in your local time zone.\n\n"
            "Share your availability: https://hire.lever.co/candidate/availability/8c41f2e0-7b3a-4d19-a5e6-93f0c2b1d7a4\n\n"
            "Once we have your availability, I'll send a calendar invitation with the video link.\n\n"
            "Thanks,\nOwen Marsh\nRecruiter | Sorrel Health\n\n--\nSent via Lever\n")
    h = std_headers(date=sent, frm=addr("Sorrel Health", "no-reply@hire.lever.co"), reply_to=addr(*owen),
                    subject="Sorrel Health - please share your availability for an interview",
                    mid="<0100018f8a1c7d33-lever-avail-2e5f@hire.lever.co>", host="mail-a12.hire.lever.co",
                    ip="54.240.27.18", smtp_id="c1d2e3f4a5b60518")
    add_case("b172-21-lever-solicitud-disponibilidad",
             [("01-share-your-availability.eml", eml(h, gmail_alt(text, "lever-alt-8c41f2", "en")))], [],
             "medium", "negative/availability-request",
             "Availability request with an unbooked Lever link and only a date window; nothing is scheduled yet.")


def case22():
    """One-way recorded video 'entrevista' with a deadline (no live interviewer)."""
    sent = at(2026, 5, 25, 10, 2, MX, "lunes", s=37)
    deadline = at(2026, 5, 29, 23, 59, MX, "viernes", off=-6)
    text = ("Hola Valeria:\n\n"
            "Grupo Comercial Tauro te invita a completar una entrevista en video para la vacante Gerente "
            "Regional de Ventas – Bajío.\n\n"
            "¿Cómo funciona?\n"
            "• Responderás 5 preguntas grabadas; tendrás 30 segundos para pensar y hasta 2 minutos por respuesta.\n"
            "• No hay entrevistador en vivo: el equipo de Recursos Humanos revisará tus respuestas después.\n"
            "• Puedes hacerla desde tu celular o computadora, a la hora que prefieras.\n\n"
            f"Fecha límite: {ES_DAYS[deadline.weekday()]} {deadline.day} de {ES_MONTHS[deadline.month - 1]} de "
            f"{deadline.year}, {hm(deadline)} (hora del centro de México)\n\n"
            "Comenzar mi entrevista: https://app.grabaya.example/i/TAURO-7F3K2Q\n\n"
            "¡Mucho éxito!\nEquipo GrabaYa en nombre de Grupo Comercial Tauro\n"
            "Este correo fue enviado automáticamente; no respondas a este mensaje.\n")
    h = std_headers(date=sent, frm=addr("Grupo Comercial Tauro vía GrabaYa", "no-reply@grabaya.example"),
                    subject="Tu entrevista en video para Gerente Regional de Ventas – Bajío",
                    mid="<20260525160237.TAURO-7F3K2Q@mail.grabaya.example>", host="mta1.mail.grabaya.example",
                    ip="203.0.113.91", smtp_id="d2e3f4a5b6c70525")
    add_case("b172-22-entrevista-en-video-asincrona",
             [("01-entrevista-en-video-tauro.eml", eml(h, gmail_alt(text, "=_grabaya_7f3k2q")))], [],
             "medium", "negative/one-way-video",
             "One-way recorded video 'entrevista' with a deadline and no live interviewer - an assessment.")


# ============================================================================= README + main
README = """# blind172: bilingual Mexico City / Bogotá sales executive (written blind)

Owner: **Valeria Cárdenas Ruiz** <valeria.cardenas@example.com>, a bilingual (Spanish/English) key-account /
B2B sales executive living in Mexico City and open to moving to Bogotá. Her mailbox mixes Spanish and English
mail from Mexican and Colombian job boards (OCC, Computrabajo, Bumeran), US ATSs (Greenhouse, Lever), Calendly,
Google Calendar, Exchange/Teams, a headhunter, and a WhatsApp chat export she mailed to herself.

## What the set stresses
- Spanish scheduling language: "te agendo", "mañana miércoles a las 10:30 hora del centro", "quedamos el
  jueves a las 3 pm hora de Colombia", "4:00 p. m. hora de Colombia", "RV:" forwards, Calendly/Google in Spanish.
- Time zones that do **not** move (Mexico City UTC-6 since Mexico dropped DST in 2022; Bogotá UTC-5) against US
  HQs that do (US DST starts 2026-03-08).
- Look-alikes that use "entrevista"/"cita", calendar invites and hiring vocabulary without being a job
  interview: rental-apartment interview with a landlord, bank mortgage "entrevista de crédito", SAT tax
  appointment, podcast guest interview, a client's "entrevista a proveedores" sales meeting, the user as
  interviewer, a job alert, an unbooked availability request, a one-way video interview.

This set was written blind: without reading the detector's code, its tests or other test sets, and without
running the tool. Everything is synthetic; `make_cases.py` regenerates every file byte-for-byte.

## Counts
- 22 cases: 13 positive, 9 negative.
- 15 labelled interviews: 13 scheduled, 2 cancelled (b172-07 cancellation only; b172-11 cancelled + re-booked
  as a new event). Two-interview cases: b172-06, b172-11. Reschedule: b172-03. Onsite loop: b172-08.

## Formats
- `.eml`: Gmail-style multipart/alternative with quoted-printable text+HTML, Google Calendar invitations
  (multipart/mixed, base64 text/plain, text/calendar + invite.ics), Exchange/Teams invites (text/calendar
  base64, Windows TZIDs, X-MICROSOFT-CDO-*), Greenhouse/Lever/Calendly/bank mails with .ics attachments, an
  ISO-8859-1 government notice, Outlook "RV:" forwards, Gmail threads with In-Reply-To/References and quoted
  replies, a WhatsApp chat export (.txt attachment, base64).
- `.ics`: three standalone Outlook PUBLISH files (b172-08).
- `.gcal.json`: Calendar API v3 events (b172-09), one on a group calendar, one a personal prep block.

## Time zones / DST points
- b172-02: sent 4 Mar in PST (UTC-8) for Tue 10 Mar 9:00 PDT (UTC-7) = 10:00 Mexico City.
- b172-10: proposed on 3 Mar (EST) for 10 Mar 10:00 ET = EDT (UTC-4) = 8:00 hora del centro.
- b172-05: TZID "Central Standard Time (Mexico)" in June (UTC-6) while the Houston organizer is on CDT (UTC-5).
- b172-13: TZID "SA Pacific Standard Time" (Bogotá, UTC-5).
- b172-03/04/06/09/12: Bogotá UTC-5 vs. Mexico City UTC-6 (e.g. 4 p. m. Colombia = 3 p. m. CDMX).
- b172-11: Calendly "Hora central - Ciudad de México" 17:00 = 23:00Z; b172-14: 18:00 CDMX = 00:00Z next day.
"""

ALL_CASES = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12,
             case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]


def main():
    for fn in ALL_CASES:
        fn()
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b172-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for n, (slug, items, label) in enumerate(CASES, 1):
        assert slug.startswith(f"b172-{n:02d}-"), slug
        folder = os.path.join(HERE, slug)
        os.makedirs(folder)
        names = [f for f, _ in items]
        assert names == sorted(names), names
        for fname, data in items:
            with open(os.path.join(folder, fname), "wb") as fh:
                fh.write(data)
        labels[slug] = label
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Labels for blind172 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README)
    pos = sum(1 for _, _, l in CASES if l["interview"])
    ivs = [i for _, _, l in CASES for i in l["interviews"]]
    print(f"{len(CASES)} cases, {pos} positive, {len(CASES) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, "
          f"{sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
