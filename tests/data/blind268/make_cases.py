#!/usr/bin/env python3
"""Regenerate the blind268 evaluation set (interview detection), deterministically.

Theme: a Montevideo-based UX researcher (Uruguay, UTC-3, no DST) applying to Uruguayan,
Buenos Aires, Sao Paulo and US/Canadian remote-first companies, Oct-Nov 2026 (US/Canada DST
ends Sun 1 Nov 2026).

Usage: python make_cases.py   -> rewrites every b268-* folder and labels.yaml next to this file.
Standard library + PyYAML only.
"""
import base64
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

import yaml
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))

MVD = ZoneInfo("America/Montevideo")
BUE = ZoneInfo("America/Argentina/Buenos_Aires")
SAO = ZoneInfo("America/Sao_Paulo")
NYC = ZoneInfo("America/New_York")
TOR = ZoneInfo("America/Toronto")
LAX = ZoneInfo("America/Los_Angeles")
VAN = ZoneInfo("America/Vancouver")
UTC = timezone.utc

OWNER_NAME = "Florencia Techera"
OWNER = "florencia.techera@example.com"

# ---------------------------------------------------------------- time helpers
DIAS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DIAS_PT = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"]


def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that a weekday named in the text matches the date."""
    i = dt.weekday()
    n = name.lower()
    assert n in (DIAS_ES[i], DIAS_EN[i], DIAS_EN[i][:3], DIAS_PT[i]), (dt, name)
    return dt


def off(dt, expected):
    """Assert the UTC offset of an aware datetime, e.g. off(x, '-03:00')."""
    assert dt.isoformat()[-6:] == expected, (dt, expected)
    return dt


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def gtime(dt):
    """Google style short time: 1pm, 9:30am."""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


# ---------------------------------------------------------------- MIME helpers
def eh(s):
    """Encode a header text (RFC 2047) only when it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"


def leaf(ctype, text, cte="quoted-printable", charset="UTF-8", extra=(), params=""):
    """A single MIME body part. text is str (or bytes for base64 attachments)."""
    return {"kind": "leaf", "ctype": ctype, "text": text, "cte": cte, "charset": charset,
            "extra": list(extra), "params": params}


def multi(subtype, boundary, parts, extra=()):
    return {"kind": "multi", "subtype": subtype, "boundary": boundary, "parts": parts,
            "extra": list(extra)}


def _encode_body(node):
    t = node["text"]
    cte = node["cte"]
    if cte == "base64":
        data = t if isinstance(t, bytes) else t.encode("utf-8")
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(t.encode("utf-8")).decode("ascii")
    return t if t.endswith("\n") else t + "\n"


def _ctype_line(node):
    if node["kind"] == "multi":
        return f'Content-Type: multipart/{node["subtype"]}; boundary="{node["boundary"]}"'
    line = f'Content-Type: {node["ctype"]}'
    if node["charset"]:
        line += f'; charset="{node["charset"]}"'
    if node["params"]:
        line += "; " + node["params"]
    return line


def render(node):
    out = [_ctype_line(node)]
    if node["kind"] == "leaf" and node["cte"]:
        out.append(f'Content-Transfer-Encoding: {node["cte"]}')
    out += node["extra"]
    s = "\n".join(out) + "\n\n"
    if node["kind"] == "leaf":
        return s + _encode_body(node)
    for p in node["parts"]:
        s += f'--{node["boundary"]}\n' + render(p) + "\n"
    s += f'--{node["boundary"]}--\n'
    return s


def message(headers, body):
    """headers: list of (name, value); body: MIME node. Returns the .eml text."""
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n" + render(body)


def received(host, ip, dt, smtp_id):
    return ("Received", f"from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id "
                        f"{smtp_id}\n        for <{OWNER}>; {rfc(dt)}")


def html_doc(text, style="gmail"):
    """Turn a plain-text body into the HTML a mail client would send."""
    paras = text.strip("\n").split("\n\n")
    if style == "outlook":
        body = "".join(
            '<p class="MsoNormal">' + "<br>\n".join(html.escape(x) for x in p.split("\n"))
            + "<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n" for p in paras)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
                'xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '</head>\n<body lang="ES-UY" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n' + body + "</div>\n</body>\n</html>\n")
    if style == "apple":
        body = "".join("<div>" + "<br>".join(html.escape(x) for x in p.split("\n"))
                       + "</div><div><br></div>" for p in paras)
        return ('<html><head><meta http-equiv="content-type" content="text/html; '
                'charset=utf-8"></head><body style="overflow-wrap: break-word;">' + body
                + "</body></html>\n")
    if style == "plain-html":
        body = "".join("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>\n"
                       for p in paras)
        return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
                '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">\n'
                + body + "</body></html>\n")
    # gmail
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(x.startswith(">") for x in lines):
            inner = "<br>".join(html.escape(x[1:].lstrip()) for x in lines)
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner
                       + "</blockquote>")
        else:
            out.append("<div>" + "<br>".join(html.escape(x) for x in lines) + "</div>")
    return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>\n"


def alt(boundary, text, style="gmail", cte_text="quoted-printable", cte_html="quoted-printable"):
    return multi("alternative", boundary, [
        leaf("text/plain", text, cte_text),
        leaf("text/html", html_doc(text, style), cte_html)])


def quote(text):
    return "\n".join(("> " + x) if x else ">" for x in text.strip("\n").split("\n"))


# ---------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    parts = []
    first = True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        first = False
    parts.append(b)
    return b"\r\n ".join(parts).decode("utf-8")


def ics_text(lines):
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def win_tz(tzid, offset="-0300"):
    """Outlook VTIMEZONE for a zone without DST."""
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
            f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}", "END:STANDARD", "END:VTIMEZONE"]


VTZ_LA = ["BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
          "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
          "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
          "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
          "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
          "END:VTIMEZONE"]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False, rsvp=True):
    s = "ATTENDEE;"
    if google:
        s += "CUTYPE=INDIVIDUAL;"
    s += f"ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
    if name:
        s += f";CN={name}"
    if google:
        s += ";X-NUM-GUESTS=0"
    return s + f":mailto:{email}"


def cal_inline(ics, method):
    """Inline text/calendar part as Google sends it (LF on disk)."""
    t = ics.replace("\r\n", "\n")
    try:
        t.encode("ascii")
        cte = "7bit"
    except UnicodeEncodeError:
        cte = "quoted-printable"
    return leaf("text/calendar", t, cte, params=f"method={method}")


# ---------------------------------------------------------------- vendor templates
def google_invite(*, msgid, sent, organizer, attendees, summary, start, end, description, uid,
                  eid, meet, pin, phone, dtstamp, created, lang="en", location="", seq=0,
                  b1, b2, smtp_id, show_tz=MVD, tzlabel=None, kind="Invitation"):
    """Google Calendar invitation e-mail (multipart/mixed: alternative + invite.ics)."""
    oname, oemail = organizer
    ls, le = start.astimezone(show_tz), end.astimezone(show_tz)
    gmt = ls.strftime("%z")
    gmt = f"GMT{int(gmt[:3])}" if gmt[3:] == "00" else f"GMT{gmt[:3]}:{gmt[3:]}"
    if lang == "en":
        subj_when = (f"{ls.strftime('%a %b')} {ls.day}, {ls.year} {gtime(ls)} - {gtime(le)} "
                     f"({gmt})")
        when = f"{ls.strftime('%A %b')} {ls.day}, {ls.year} ⋅ {gtime(ls)} – {gtime(le)}"
        tzl = tzlabel or "Uruguay Standard Time - Montevideo"
        L = dict(join="Join with Google Meet", phone="Join by phone", more="More phone numbers",
                 org="Organizer", guests="Guests", orgtag="organizer",
                 view="View all guest info", reply="Reply for",
                 reply2="and view more details",
                 inv="Invitation from Google Calendar",
                 recv="You are receiving this email because you are an attendee on the event.",
                 fwd="Forwarding this invitation could allow any recipient to send a response to "
                     "the organizer, be added to the guest list, invite others regardless of "
                     "their own invitation status, or modify your RSVP. Learn more "
                     "https://support.google.com/calendar/answer/37135#forwarding",
                 loc="Location")
    else:
        mes = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov",
               "dic"]
        mesl = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                "septiembre", "octubre", "noviembre", "diciembre"]
        dias = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
        subj_when = (f"{dias[ls.weekday()]} {ls.day} {mes[ls.month - 1]} {ls.year} "
                     f"{ls.strftime('%H:%M')} - {le.strftime('%H:%M')} ({gmt})")
        when = (f"{DIAS_ES[ls.weekday()]}, {ls.day} de {mesl[ls.month - 1]} de {ls.year}⋅"
                f"{ls.strftime('%H:%M')} – {le.strftime('%H:%M')}")
        tzl = tzlabel or "Hora estándar de Uruguay - Montevideo"
        L = dict(join="Unirse con Google Meet", phone="Unirse por teléfono",
                 more="Más números de teléfono", org="Organizador", guests="Invitados",
                 orgtag="organizador", view="Ver toda la información de los invitados",
                 reply="Responder para", reply2="y ver más detalles",
                 inv="Invitación de Google Calendar",
                 recv="Recibes este correo electrónico porque eres un invitado del evento.",
                 fwd="Si reenvías esta invitación, cualquier destinatario podrá enviar una "
                     "respuesta al organizador, unirse a la lista de invitados, invitar a otras "
                     "personas independientemente del estado de su propia invitación o "
                     "modificar tu respuesta. Más información "
                     "https://support.google.com/calendar/answer/37135#forwarding",
                 loc="Ubicación")
    prefix = kind if lang == "en" else {"Invitation": "Invitación",
                                        "Updated invitation": "Invitación actualizada"}[kind]
    subject = f"{prefix}: {summary} @ {subj_when} ({OWNER})"
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    guest_lines = [f"{oname} - {L['orgtag']}", oemail]
    for n, e, _ps in attendees:
        if e == oemail:
            continue
        if n and n != e:
            guest_lines.append(n)
        guest_lines.append(e)
    text = f"{summary}\n{when}\n{tzl}\n\n"
    if location:
        text += f"{L['loc']}\n{location}\n\n"
    if meet:
        text += (f"{L['join']}\nhttps://meet.google.com/{meet}\n\n{L['phone']}\n{phone}\n"
                 f"PIN: {pin}\n\n{L['more']}\nhttps://tel.meet/{meet}?pin={pin}\n\n")
    text += (f"{L['org']}\n{oname}\n{oemail}\n\n{L['guests']}\n" + "\n".join(guest_lines)
             + f"\n{L['view']} {view}\n\n")
    if description:
        text += description.strip("\n") + "\n\n"
    text += (f"{L['reply']} {OWNER} {L['reply2']} {view}\n\n\n~~//~~\n{L['inv']}: "
             f"https://calendar.google.com/calendar/\n\n{L['recv']}\n\n{L['fwd']}\n")
    ics = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
           "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
           f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(dtstamp)}",
           f"ORGANIZER;CN={oname}:mailto:{oemail}", f"UID:{uid}"]
    for n, e, ps in attendees:
        ics.append(att(n or e, e, ps, google=True, rsvp=(ps == "NEEDS-ACTION" or True)))
    desc_ics = description.strip("\n") if description else ""
    if meet:
        desc_ics += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~"
                     ":~:~:~:~:~:~:~::~:~::-\n" + L["join"] + f": https://meet.google.com/{meet}"
                     f"\n\n{L['phone']}: {phone} PIN: {pin}\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:"
                     "~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ics += [f"X-MICROSOFT-CDO-OWNERAPPTID:{abs(hash_int(uid)) % 2000000000}",
            f"CREATED:{zstamp(created)}", "DESCRIPTION:" + esc(desc_ics),
            f"LAST-MODIFIED:{zstamp(dtstamp)}", "LOCATION:" + esc(location),
            f"SEQUENCE:{seq}", "STATUS:CONFIRMED", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE"]
    if meet:
        ics.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    ics += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
            "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics_s = ics_text(ics)
    body = multi("mixed", b1, [
        multi("alternative", b2, [
            leaf("text/plain", text, "base64", extra=[]),
            leaf("text/html", html_doc(text, "plain-html"), "quoted-printable"),
            cal_inline(ics_s, "REQUEST")]),
        leaf("application/ics", ics_s.encode("utf-8"), "base64", charset=None,
             params='name="invite.ics"',
             extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    body["parts"][0]["parts"][0]["params"] = "format=flowed; delsp=yes"
    headers = [("Delivered-To", OWNER),
               received("mail-sor-f41.google.com", "209.85.220.41", sent, smtp_id),
               ("Return-Path", f"<{smtp_id}@calendar-server.bounces.google.com>"),
               ("Reply-To", addr(oname, oemail)),
               ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Message-ID", msgid), ("Date", rfc(sent)), ("Subject", eh(subject)),
               ("From", addr(oname, oemail)), ("To", OWNER)]
    return message(headers, body)


def hash_int(s):
    h = 2166136261
    for ch in s.encode("utf-8"):
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


def outlook_invite(*, msgid, sent, organizer, attendees, summary, start_local, end_local, tzid,
                   vtz, location, description, uid, seq, dtstamp, lang, subject, b1,
                   text_body, thread_index, smtp_host, smtp_ip, smtp_id, cc=None, extra_ics=()):
    """Exchange/Outlook meeting request (multipart/alternative with text/calendar base64)."""
    oname, oemail = organizer
    ics = ["BEGIN:VCALENDAR", "METHOD:REQUEST",
           "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + vtz + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={oname}:mailto:{oemail}"]
    for n, e, role, ps in attendees:
        ics.append(att(n, e, ps, role=role))
    ics += [f"DESCRIPTION;LANGUAGE={lang}:" + esc(description),
            f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:" + esc(summary),
            f"DTSTART;TZID={tzid}:{start_local}", f"DTEND;TZID={tzid}:{end_local}",
            "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(dtstamp)}", "TRANSP:OPAQUE",
            "STATUS:CONFIRMED", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:" + esc(location),
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:{hash_int(uid) % 2000000000}",
            "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-CDO-INSTTYPE:0"] + list(extra_ics) + [
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
            "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
            "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics_s = ics_text(ics)
    body = multi("alternative", b1, [
        leaf("text/plain", text_body, "quoted-printable"),
        leaf("text/html", html_doc(text_body, "outlook"), "quoted-printable"),
        leaf("text/calendar", ics_s.encode("utf-8"), "base64", charset="utf-8",
             params="method=REQUEST")])
    to = ", ".join(addr(n, e) for n, e, _r, _p in attendees)
    headers = [("Delivered-To", OWNER), received(smtp_host, smtp_ip, sent, smtp_id),
               ("From", addr(oname, oemail)), ("To", to)]
    if cc:
        headers.append(("Cc", cc))
    headers += [("Subject", eh(subject)), ("Thread-Topic", eh(summary)),
                ("Thread-Index", thread_index), ("Date", rfc(sent)), ("Message-ID", msgid),
                ("Accept-Language", "es-UY, en-US"), ("Content-Language", lang),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return message(headers, body)


# ---------------------------------------------------------------- case registry
CASES = []


def case(slug, files, label):
    CASES.append((slug, files, label))


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start),
            "end": iso(end) if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes,
            "source": "synthetic"}


SIG_FLOR = "Florencia Techera\nUX Researcher · Montevideo, Uruguay\n+598 99 412 730"


# ================================================================ POSITIVE CASES
def c01():
    slug = "b268-01-buscojobs-relay-primera-charla"
    sent1 = wd(T(MVD, 2026, 10, 6, 10, 14, 37), "martes")
    start = wd(T(MVD, 2026, 10, 13, 15, 0), "martes")          # "el martes que viene"
    assert (start.date() - sent1.date()).days == 7
    end = start + timedelta(minutes=30)
    off(start, "-03:00")
    sofia = "sofia.pereyra@tacuari-pagos.example"
    t1 = f"""Hola Florencia,

Tacuarí Pagos te envió un mensaje sobre tu postulación al aviso "UX Researcher (Montevideo - modalidad híbrida)".

------------------------------------------------------------
Mensaje de Sofía Pereyra (Talento, Tacuarí Pagos):

Hola Florencia, ¿cómo estás?

Gracias por postularte. Nos gustó mucho tu experiencia con estudios de onboarding en billeteras digitales y nos gustaría coordinar una primera charla de media hora por videollamada, para conocerte y contarte un poco más del rol y del equipo.

¿Te queda bien el martes que viene a las 15 hs (hora de Uruguay)? Si no, decime qué horarios te sirven esa semana y lo acomodamos.

Si te resulta más cómodo, escribime directamente a {sofia}.

Saludos cordiales,
Sofía
------------------------------------------------------------

Para responder este mensaje ingresá a tu cuenta:
https://www.buscojobs.com.uy/candidato/mensajes/8841207

Este correo fue enviado automáticamente, por favor no lo respondas.
Buscojobs Uruguay - Empleos en Uruguay
Si no querés recibir más notificaciones, modificá tus preferencias en tu perfil.
"""
    m1 = message([
        ("Delivered-To", OWNER),
        received("mta3.mailer.buscojobs.com.uy", "198.51.100.37", sent1, "r4Bx9QkL2mJp"),
        ("Return-Path", "<bounces+4418@mailer.buscojobs.com.uy>"),
        ("From", "Buscojobs <notificaciones@buscojobs.com.uy>"),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", eh("Tenés un nuevo mensaje de Tacuarí Pagos - UX Researcher")),
        ("Date", rfc(sent1)),
        ("Message-ID", "<20261006131437.7c1e9f2a40b3@mailer.buscojobs.com.uy>"),
        ("List-Unsubscribe", "<https://www.buscojobs.com.uy/preferencias/notificaciones>"),
    ], alt("==BJ_b268_01_5f1c9a==", t1, "plain-html"))
    owner_sent = T(MVD, 2026, 10, 6, 18, 47, 5)
    sent2 = wd(T(MVD, 2026, 10, 7, 9, 2, 11), "miércoles")
    owner_mid = "<CAHx7pQ0vN3b268aF1=sk2+Tq@mail.gmail.com>"
    t2 = f"""¡Hola Florencia!

Buenísimo, quedamos así entonces: martes 13 de octubre a las 15 hs (hora de Uruguay). Arrancamos puntual y son unos 30 minutos; la charla la hago yo, así que cualquier duda del proceso me la podés preguntar ahí.

Link de Meet: https://meet.google.com/tqp-wvhd-kza

Cualquier cosa me escribís por acá.

Saludos cordiales,

Sofía Pereyra
Talento | Tacuarí Pagos
Montevideo, Uruguay

El mar, 6 oct 2026 a las 18:47, {OWNER_NAME} (<{OWNER}>) escribió:

{quote('''Hola Sofía, ¿cómo va?

Te escribo por acá por el mensaje que me mandaste en Buscojobs. El martes que viene a las 15 me queda perfecto.

¡Gracias!
Florencia''')}
"""
    assert wd(owner_sent, "martes")
    m2 = message([
        ("Delivered-To", OWNER),
        received("mail-ej1-f54.google.com", "209.85.218.54", sent2, "a19e7c3d2f0b"),
        ("From", addr("Sofía Pereyra", sofia)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Re: Primera charla - UX Researcher"), ("Date", rfc(sent2)),
        ("Message-ID", "<CAK2mR8d0Wq7b268=Yt5u0Lr9PpA@mail.gmail.com>"),
        ("In-Reply-To", owner_mid), ("References", owner_mid),
    ], alt("000000000000b268a01c6f2e", t2, "gmail"))
    case(slug, {"01-buscojobs-mensaje-tacuari.eml": m1, "02-re-primera-charla.eml": m2},
         lab([iv("Tacuarí Pagos", "UX Researcher", start, end, "scheduled", [sofia], [sofia],
                 "phone_screen")], "medium", "positive/job-board-relay-thread",
             "Buscojobs relay proposes 'el martes que viene a las 15 hs' (message of Tue 6 Oct -> "
             "Tue 13 Oct); the recruiter confirms by direct mail and runs the 30-minute charla "
             "herself. Relay sender is a no-reply address; Sofía's address is in the text."))


def c02():
    slug = "b268-02-computrabajo-entrevista-hora-argentina"
    sent1 = wd(T(BUE, 2026, 10, 9, 12, 31, 5), "viernes")
    start = wd(T(BUE, 2026, 10, 15, 11, 0), "jueves")
    end = start + timedelta(minutes=45)
    off(start, "-03:00")
    assert start.utcoffset() == start.astimezone(MVD).utcoffset()
    jul = "julieta.maidana@bandoneon-labs.example"
    t1 = f"""Hola Florencia:

¡Buenas noticias! La empresa Bandoneón Labs revisó tu CV y quiere conocerte.

Aviso: Investigador/a UX Semi Senior - Remoto (Argentina / Uruguay)
Tipo de entrevista: Videollamada
Fecha: jueves 15 de octubre de 2026
Hora: 11:00 (hora Argentina, GMT-3)
Duración estimada: 45 minutos
Contacto: Julieta Maidana - {jul}

Mensaje de la empresa:
"Hola Florencia, la entrevista es conmigo, del equipo de Talent. Unos días antes te mando por mail el link de Zoom. ¡Saludos!"

Confirmá tu asistencia desde tu cuenta:
https://ar.computrabajo.com/candidato/entrevistas/confirmar?e=Q0JMLTg4MjA3MQ

Consejo Computrabajo: conectate unos minutos antes y revisá tu cámara y micrófono.

Recibiste este email porque te postulaste a un aviso publicado en Computrabajo.
No respondas a este mensaje, la casilla no es monitoreada.
"""
    m1 = message([
        ("Delivered-To", OWNER),
        received("o12.mail.computrabajo.com", "198.51.100.112", sent1, "ct0L2x9sWq81"),
        ("Return-Path", "<bounce-ct-2281907@mail.computrabajo.com>"),
        ("From", "Computrabajo <no-reply@computrabajo.com>"),
        ("To", OWNER), ("Subject", eh("Bandoneón Labs te invitó a una entrevista")),
        ("Date", rfc(sent1)),
        ("Message-ID", "<0100019a2b68c01a-7d3e5f21-b268-4c02-9e1a-5b7f2d0c8e44-000000@email.computrabajo.com>"),
    ], alt("----=_Part_2681_1904773.1791559865000", t1, "plain-html", cte_text="base64",
           cte_html="base64"))
    sent2 = wd(T(BUE, 2026, 10, 13, 17, 10, 44), "martes")
    t2 = f"""Hola Florencia, ¿qué tal?

Te paso el link para la entrevista del jueves 15. Acordate que es a las 11 hs hora Argentina, que es la misma hora que en Montevideo, así que no hay que hacer cuentas :)

Unirse a la reunión Zoom
https://us06web.zoom.us/j/84120937765?pwd=bLk2Vd8Qm1r6XpAaE0zR7nT3hY9sWc.1

ID de reunión: 841 2093 7765
Código de acceso: 552190

Son 45 minutos, charlamos vos y yo sobre tu experiencia y el rol.

¡Nos vemos!

Julieta Maidana
Talent Acquisition | Bandoneón Labs
Buenos Aires, Argentina
"""
    m2 = message([
        ("Delivered-To", OWNER),
        received("mail-sn1nam02on2081.outbound.protection.outlook.com", "198.51.100.81", sent2,
                 "jm7Qv3Kd0b268"),
        ("From", addr("Julieta Maidana", jul)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Link Zoom - Entrevista jueves 15/10 11 hs"), ("Date", rfc(sent2)),
        ("Message-ID", "<SN7PR11MB5204A1C3D2B268E0F4@SN7PR11MB5204.namprd11.prod.outlook.com>"),
        ("Thread-Topic", "Link Zoom - Entrevista jueves 15/10 11 hs"),
        ("Content-Language", "es-AR"),
    ], alt("_000_SN7PR11MB5204A1C3D2B268E0F4_", t2, "outlook"))
    case(slug, {"01-computrabajo-invitacion.eml": m1, "02-link-zoom-bandoneon.eml": m2},
         lab([iv("Bandoneón Labs", "Investigador/a UX Semi Senior", start, end, "scheduled",
                 [jul], [jul], "phone_screen")], "easy", "positive/job-board-relay-dedupe",
             "Computrabajo relay + the recruiter's Zoom mail announce the same 11:00 hora Argentina "
             "(=UTC-3, same as Montevideo) interview: one entry. Julieta conducts it."))


def c03():
    slug = "b268-03-lever-confirmation-pacific-pre-dst"
    sent = wd(T(UTC, 2026, 10, 21, 16, 3, 22), "wednesday")
    start = wd(T(LAX, 2026, 10, 29, 10, 0), "thursday")
    end = start + timedelta(minutes=45)
    off(start, "-07:00")
    assert start.astimezone(MVD).hour == 14
    dana = "dana.whitfield@kelpwise.example"
    marcus = "marcus.oyelaran@kelpwise.example"
    text = """Hi Florencia,

Thanks for making time for Kelpwise! Your interview for the Senior UX Researcher (Remote, LATAM) role is confirmed. Details are below.

Thursday, October 29, 2026
10:00 AM - 10:45 AM PDT (Pacific Daylight Time)
2:00 PM - 2:45 PM in your time zone (America/Montevideo)

Hiring Manager Interview
With: Marcus Oyelaran, Head of Design
Location: https://kelpwise.zoom.us/j/93017744120?pwd=Vm9sY2FubzEyMw

A calendar invitation is attached. If you need to reschedule, just reply to this email and I'll find another slot.

Best,
Dana Whitfield
Recruiting Coordinator, Kelpwise

--
Powered by Lever
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lever//Lever Hire//EN",
                    "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ_LA + [
        "BEGIN:VEVENT", "UID:lever-interview-6b1f0c2a-3d4e-4b268-9a51-0e7d2c8f4a13@hire.lever.co",
        f"DTSTAMP:{zstamp(sent)}", f"DTSTART;TZID=America/Los_Angeles:{local(start)}",
        f"DTEND;TZID=America/Los_Angeles:{local(end)}",
        "SUMMARY:" + esc("Kelpwise - Hiring Manager Interview - Florencia Techera"),
        "DESCRIPTION:" + esc("Senior UX Researcher (Remote, LATAM)\nInterviewer: Marcus "
                             "Oyelaran, Head of Design\nZoom: https://kelpwise.zoom.us/j/"
                             "93017744120?pwd=Vm9sY2FubzEyMw"),
        "LOCATION:https://kelpwise.zoom.us/j/93017744120?pwd=Vm9sY2FubzEyMw",
        f"ORGANIZER;CN=Dana Whitfield:mailto:{dana}",
        att("Marcus Oyelaran", marcus, "ACCEPTED"),
        att(OWNER_NAME, OWNER, "NEEDS-ACTION"),
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", "b268lever03mixed7f", [
        alt("b268lever03alt2c", text, "plain-html"),
        leaf("text/calendar", ics.encode("utf-8"), "base64", charset="utf-8",
             params='method=REQUEST; name="invite.ics"',
             extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    m = message([
        ("Delivered-To", OWNER),
        received("mail-a9.hire.lever.co", "198.51.100.9", sent, "lv03Xk2pQ9"),
        ("Return-Path", "<bounces+lever-6b1f0c2a@hire.lever.co>"),
        ("From", "Dana Whitfield <no-reply@hire.lever.co>"), ("Reply-To", dana),
        ("To", OWNER),
        ("Subject", "Interview Confirmation: Kelpwise - Senior UX Researcher (Remote, LATAM)"),
        ("Date", rfc(sent)), ("Message-ID", "<6b1f0c2a.b268.lever03@hire.lever.co>"),
    ], body)
    case(slug, {"01-lever-interview-confirmation.eml": m},
         lab([iv("Kelpwise", "Senior UX Researcher (Remote, LATAM)", start, end, "scheduled",
                 [marcus], [marcus], "hiring_manager")], "medium", "positive/ats-lever-ics",
             "Lever confirmation with invite.ics (TZID America/Los_Angeles). 29 Oct is before the "
             "US fall-back, so 10:00 PDT = 14:00 Montevideo. Coordinator Dana only schedules."))


def c04():
    slug = "b268-04-google-invite-eastern-after-fallback"
    sent1 = wd(T(NYC, 2026, 10, 27, 14, 20, 9), "tuesday")
    start = wd(T(NYC, 2026, 11, 3, 11, 0), "tuesday")
    end = start + timedelta(hours=1)
    off(sent1, "-04:00")
    off(start, "-05:00")
    assert start.astimezone(MVD).hour == 13
    jordan = "jordan.castellanos@harborlight.example"
    aisha = "aisha.bello@harborlight.example"
    t1 = """Hi Florencia,

Great news: the team really liked your screener answers, and we'd like to move you forward to the research case discussion for the UX Researcher, Patient Experience role.

You'll meet with Aisha Bello, our Research Manager, for 60 minutes on Tuesday, November 3 at 11:00 AM ET. Quick heads-up since you're in Montevideo: US clocks fall back this Sunday (Nov 1), so 11 AM ET will be 1:00 PM your time, not noon like on our first call.

Aisha will share a short prompt at the start, so no prep is needed beyond bringing one study you're proud of.

I'm sending the calendar invite separately.

Best,
Jordan

--
Jordan Castellanos (he/him)
Talent Partner | Harborlight Health
New York, NY (remote-first)
"""
    m1 = message([
        ("Delivered-To", OWNER),
        received("mail-qk1-f170.google.com", "209.85.222.170", sent1, "hl04aa71c2"),
        ("From", addr("Jordan Castellanos", jordan)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Harborlight Health: next step (research case discussion)"),
        ("Date", rfc(sent1)),
        ("Message-ID", "<CAJt4Zq1Hb268m0xR7=PcYw2E8fK@mail.gmail.com>"),
    ], alt("000000000000b268c04d18e7", t1, "gmail"))
    sent2 = T(UTC, 2026, 10, 27, 18, 24, 51)
    desc = ("Research case discussion with Aisha Bello (Research Manager) for the UX Researcher, "
            "Patient Experience role. Aisha will share a short prompt at the start.\n\nJordan")
    m2 = google_invite(
        msgid="<calendar-4c1d7a0e-b268-4f04-8e2a-93d0c5b1f7a6@google.com>", sent=sent2,
        organizer=("Jordan Castellanos", jordan),
        attendees=[("Jordan Castellanos", jordan, "ACCEPTED"), ("Aisha Bello", aisha, "ACCEPTED"),
                   (OWNER, OWNER, "NEEDS-ACTION")],
        summary="Harborlight Health – Research Case Discussion (Florencia Techera)",
        start=start, end=end, description=desc, uid="2q7hd0b268lk4m9v1c3e8r5t0a@google.com",
        eid="MnE3aGQwYjI2OGxrNG05djFjM2U4cjV0MGEgZmxvcmVuY2lhLnRlY2hlcmFAZXhhbXBsZS5jb20",
        meet="vbx-qrmz-hkt", pin="618204937", phone="(US) +1 347-555-0192",
        dtstamp=sent2, created=sent2 - timedelta(minutes=2), b1="000000000000b268d04a1f90",
        b2="000000000000b268d04a1f8e", smtp_id="hl04cal9d1")
    case(slug, {"01-next-step-email.eml": m1, "02-invitation-research-case.eml": m2},
         lab([iv("Harborlight Health", "UX Researcher, Patient Experience", start, end,
                 "scheduled", [aisha], [aisha], "technical")], "hard",
             "positive/google-invite-dst-fallback",
             "Recruiter mail (sent during EDT) + Google invite in UTC for 3 Nov, after the US "
             "fall-back: 11:00 EST = 13:00 Montevideo. One interview; Jordan only coordinates."))


def c05():
    slug = "b268-05-sao-paulo-entrevista-gestor-outlook"
    sent1 = wd(T(SAO, 2026, 10, 15, 10, 5, 31), "quinta-feira")
    start = wd(T(SAO, 2026, 10, 21, 14, 0), "quarta-feira")
    end = start + timedelta(hours=1)
    off(start, "-03:00")
    lar = "larissa.nogueira@jabuticabapay.example"
    raf = "rafael.quintela@jabuticabapay.example"
    t1 = """Oi, Florencia! Tudo bem?

Obrigada pelo retorno e pelo interesse na vaga. Como combinamos, a próxima etapa do processo para Pesquisadora UX Sênior é uma entrevista com o gestor da área, Rafael Quintela (Head de Design).

Data: quarta-feira, 21 de outubro
Horário: 14h às 15h (horário de Brasília — o mesmo horário de Montevidéu)
Formato: Microsoft Teams (o convite chega em seguida)

A conversa pode ser em português ou espanhol, como você preferir. Se precisar remarcar, é só me avisar por aqui.

Abraços,

Larissa Nogueira
Talent Acquisition | Jabuticaba Pay
São Paulo - SP
"""
    m1 = message([
        ("Delivered-To", OWNER),
        received("mail-cp2brz01on2110.outbound.protection.outlook.com", "198.51.100.110",
                 sent1, "jp05Lr2bQ"),
        ("From", addr("Larissa Nogueira", lar)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Jabuticaba Pay | Entrevista com o gestor - Pesquisadora UX Sênior"),
        ("Date", rfc(sent1)),
        ("Message-ID", "<CP2P152MB4410B268A05E1F3D@CP2P152MB4410.LAMP152.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", "Jabuticaba Pay | Entrevista com o gestor - Pesquisadora UX Sênior"),
        ("Content-Language", "pt-BR"),
    ], alt("_000_CP2P152MB4410B268A05E1F3D_", t1, "outlook"))
    sent2 = T(SAO, 2026, 10, 15, 10, 12, 8)
    teams = ("________________________________________________________________________________\n"
             "Reunião do Microsoft Teams\nIngressar no seu computador, aplicativo móvel ou "
             "dispositivo de sala\nClique aqui para ingressar na reunião<https://teams.microsoft."
             "com/l/meetup-join/19%3ameeting_ZjB2Njg0YTItYjI2OC00MDVh%40thread.v2/0>\n"
             "ID da Reunião: 271 604 938 115\nSenha: Jb5xQ2\n"
             "________________________________________________________________________________")
    desc = ("Oi Florencia, segue o convite para a entrevista com o Rafael Quintela (Head de "
            "Design) para a vaga de Pesquisadora UX Sênior.\n\nAbraços,\nLarissa\n\n" + teams)
    m2 = outlook_invite(
        msgid="<CP2P152MB4410B268A05E1F3E@CP2P152MB4410.LAMP152.PROD.OUTLOOK.COM>", sent=sent2,
        organizer=("Larissa Nogueira", lar),
        attendees=[("Rafael Quintela", raf, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                   (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        summary="Entrevista: Florencia Techera x Rafael Quintela | Jabuticaba Pay",
        start_local=local(start), end_local=local(end), tzid="E. South America Standard Time",
        vtz=win_tz("E. South America Standard Time"), location="Reunião do Microsoft Teams",
        description=desc,
        uid="040000008200E00074C5B7101A82E00800000000B268A05C9F4DDB01000000000000000010000000"
            "5E1F3DB268A05C9F4DDB0A1B2C3D4E5F",
        seq=0, dtstamp=sent2, lang="pt-BR",
        subject="Entrevista: Florencia Techera x Rafael Quintela | Jabuticaba Pay",
        b1="_000_CP2P152MB4410B268A05E1F3E_", text_body=desc,
        thread_index="AQHdQ2Vb268xJ0aWvE2lMq1+TnA3Ug==",
        smtp_host="mail-cp2brz01on2111.outbound.protection.outlook.com",
        smtp_ip="198.51.100.111", smtp_id="jp05Lr2bR",
        extra_ics=["X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/"
                   "19%3ameeting_ZjB2Njg0YTItYjI2OC00MDVh%40thread.v2/0",
                   "X-MICROSOFT-LOCATIONDISPLAYNAME:Reunião do Microsoft Teams"])
    case(slug, {"01-convite-entrevista-gestor.eml": m1, "02-convite-teams.eml": m2},
         lab([iv("Jabuticaba Pay", "Pesquisadora UX Sênior", start, end, "scheduled", [raf],
                 [raf], "hiring_manager")], "medium", "positive/portuguese-outlook-windows-tzid",
             "Portuguese recruiter mail + Exchange invite with TZID 'E. South America Standard "
             "Time' (fixed -03:00, no DST). One interview; Larissa organises only."))


def c06():
    slug = "b268-06-paro-general-reagenda"
    diego = "diego.acosta@ombu-software.example"
    gabi = "gabriela.nunez@ombu-software.example"
    uid = ("040000008200E00074C5B7101A82E00800000000B268060A6F3CDB010000000000000000100000"
           "00C6A7B268D06E4F1A9B3C2D1E0F7A6B")
    sent1 = wd(T(MVD, 2026, 10, 14, 11, 40, 2), "miércoles")
    s0 = wd(T(MVD, 2026, 10, 22, 10, 0), "jueves")
    e0 = s0 + timedelta(minutes=75)
    start = wd(T(MVD, 2026, 10, 26, 11, 0), "lunes")
    end = start + timedelta(minutes=75)
    off(start, "-03:00")
    summary = "Entrevista UX Researcher - Florencia Techera"
    d1 = ("Hola Florencia:\n\nTe esperamos en nuestras oficinas para la entrevista con Gabriela "
          "Núñez, Research Lead (sería tu líder directa). Vas a charlar con ella sobre tu "
          "experiencia, un estudio que hayas liderado y cómo trabaja el equipo.\n\nAl llegar, "
          "anunciate en recepción del 3er piso.\n\nSaludos cordiales,\nDiego Acosta\nPeople & "
          "Culture | Ombú Software")
    atts = [("Gabriela Núñez", gabi, "REQ-PARTICIPANT", "ACCEPTED"),
            (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")]
    m1 = outlook_invite(
        msgid="<DM6PR02MB6810B268F06A1C2E@DM6PR02MB6810.namprd02.prod.outlook.com>", sent=sent1,
        organizer=("Diego Acosta", diego), attendees=atts, summary=summary,
        start_local=local(s0), end_local=local(e0), tzid="Montevideo Standard Time",
        vtz=win_tz("Montevideo Standard Time"),
        location="Ombú Software - Rincón 487, piso 3, Ciudad Vieja, Montevideo",
        description=d1, uid=uid, seq=0, dtstamp=sent1, lang="es-UY", subject=summary,
        b1="_000_DM6PR02MB6810B268F06A1C2E_", text_body=d1,
        thread_index="AQHdPcXb268AbcDeFgHiJkLmNoPq1w==",
        smtp_host="mail-dm6nam12on2120.outbound.protection.outlook.com",
        smtp_ip="198.51.100.120", smtp_id="om06a1")
    sent2 = wd(T(MVD, 2026, 10, 20, 16, 22, 47), "martes")
    t2 = """Hola Florencia, ¿cómo estás?

Te escribo por la entrevista del jueves 22: el PIT-CNT confirmó paro general parcial para ese día de 9 a 13 hs, y con el transporte parado no queremos complicarte la llegada a Ciudad Vieja.

Lo hablé con Gabriela y te proponemos pasar la entrevista al lunes 26 a las 11 hs, y hacerla por Google Meet así no dependés del ómnibus. La duración es la misma (1 h 15 min).

En un rato te llega la invitación actualizada. Si el lunes no te sirve, avisame y buscamos otra opción.

Saludos cordiales,

Diego Acosta
People & Culture | Ombú Software
Rincón 487, piso 3 - Montevideo
"""
    m2 = message([
        ("Delivered-To", OWNER),
        received("mail-dm6nam12on2121.outbound.protection.outlook.com", "198.51.100.121", sent2,
                 "om06b2"),
        ("From", addr("Diego Acosta", diego)), ("To", addr(OWNER_NAME, OWNER)),
        ("Cc", addr("Gabriela Núñez", gabi)),
        ("Subject", eh("Entrevista del jueves 22 - paro general (propuesta de nuevo horario)")),
        ("Thread-Topic", eh("Entrevista del jueves 22 - paro general (propuesta de nuevo horario)")),
        ("Date", rfc(sent2)),
        ("Message-ID", "<DM6PR02MB6810B268F06A1C3F@DM6PR02MB6810.namprd02.prod.outlook.com>"),
        ("Content-Language", "es-UY"),
    ], alt("_000_DM6PR02MB6810B268F06A1C3F_", t2, "outlook"))
    sent3 = T(MVD, 2026, 10, 20, 16, 41, 13)
    d3 = ("Hola Florencia:\n\nActualizamos la entrevista por el paro general del jueves 22: "
          "queda el lunes 26 a las 11 hs por Google Meet, con Gabriela Núñez (Research Lead)."
          "\n\nLink: https://meet.google.com/ouy-kfrb-nwd\n\nSaludos cordiales,\nDiego")
    m3 = outlook_invite(
        msgid="<DM6PR02MB6810B268F06A1C40@DM6PR02MB6810.namprd02.prod.outlook.com>", sent=sent3,
        organizer=("Diego Acosta", diego), attendees=atts, summary=summary,
        start_local=local(start), end_local=local(end), tzid="Montevideo Standard Time",
        vtz=win_tz("Montevideo Standard Time"),
        location="Google Meet: https://meet.google.com/ouy-kfrb-nwd", description=d3,
        uid=uid, seq=1, dtstamp=sent3, lang="es-UY", subject="Actualizado: " + summary,
        b1="_000_DM6PR02MB6810B268F06A1C40_", text_body=d3,
        thread_index="AQHdPcXb268AbcDeFgHiJkLmNoPq1wABx4Tz",
        smtp_host="mail-dm6nam12on2122.outbound.protection.outlook.com",
        smtp_ip="198.51.100.122", smtp_id="om06c3")
    case(slug, {"01-invitacion-entrevista-ombu.eml": m1, "02-paro-general-cambio.eml": m2,
                "03-actualizado-entrevista-ombu.eml": m3},
         lab([iv("Ombú Software", "UX Researcher", start, end, "scheduled", [gabi], [gabi],
                 "hiring_manager")], "hard", "positive/reschedule-strike",
             "In-person interview Thu 22 Oct 10:00 moved because of a PIT-CNT paro general to Mon "
             "26 Oct 11:00 by Meet (Outlook SEQUENCE 0 -> 1, TZID 'Montevideo Standard Time'). "
             "Final time only; Diego organises, Gabriela conducts."))


def c07():
    slug = "b268-07-bamboohr-cancelada-toronto"
    chloe = "chloe.tremblay@maplewire.example"
    owen = "owen.fraser@maplewire.example"
    sent1 = wd(T(TOR, 2026, 10, 19, 13, 2, 40), "monday")
    start = wd(T(TOR, 2026, 10, 28, 9, 30), "wednesday")
    end = start + timedelta(minutes=45)
    off(start, "-04:00")
    assert start.astimezone(MVD).strftime("%H:%M") == "10:30"
    t1 = f"""Hi Florencia,

Thank you for applying for the UX Researcher (Contract-to-Hire) position at Maplewire. We'd like to invite you to a video interview with Owen Fraser, our Product Design Manager.

When: Wednesday, October 28, 2026, 9:30 - 10:15 AM Eastern Time (10:30 - 11:15 AM in Montevideo)
Where: Zoom - https://maplewire.zoom.us/j/81530062294
Interviewer: Owen Fraser ({owen})

Please reply to this email to confirm, or let me know if the time doesn't work for you.

Thanks,
Chloé Tremblay
People Operations, Maplewire
Toronto, ON

This message was sent from BambooHR on behalf of Maplewire.
"""
    m1 = message([
        ("Delivered-To", OWNER),
        received("mta-out-12.bamboohr.com", "198.51.100.212", sent1, "bh07q2"),
        ("Return-Path", "<bounce-8812047@bamboohr.com>"),
        ("From", addr("Chloé Tremblay via BambooHR", "no-reply@bamboohr.com")),
        ("Reply-To", addr("Chloé Tremblay", chloe)),
        ("To", OWNER),
        ("Subject", eh("Interview with Maplewire – UX Researcher (Contract-to-Hire)")),
        ("Date", rfc(sent1)),
        ("Message-ID", "<b268.07.8812047.1792429360@bamboohr.com>"),
    ], alt("b268bamboo07bnd", t1, "plain-html"))
    owner_reply = T(MVD, 2026, 10, 19, 20, 41, 0)
    sent2 = wd(T(TOR, 2026, 10, 23, 15, 48, 19), "friday")
    t2 = f"""Hi Florencia,

I'm really sorry to do this, but we need to cancel your interview with Owen on Wednesday (Oct 28). Leadership put the UX Researcher requisition on hold this morning as part of Q4 budget planning, so we can't move forward with interviews for now.

This isn't a reflection on your application at all. If the role reopens in the new year, I'll reach out to you first.

Apologies again, and thank you for your patience.

Chloé

On Mon, Oct 19, 2026 at 7:41 PM {OWNER_NAME} <{OWNER}> wrote:

{quote('''Hi Chloé,

Confirmed, Wednesday October 28 at 9:30 AM ET works for me. Looking forward to meeting Owen!

Best,
Florencia''')}
"""
    assert owner_reply.astimezone(TOR).strftime("%H:%M") == "19:41"
    reply_mid = "<CAHx7pQ1b268kLm0Zp2=Vt8Yq@mail.gmail.com>"
    m2 = message([
        ("Delivered-To", OWNER),
        received("mail-yw1-f182.google.com", "209.85.128.182", sent2, "bh07r3"),
        ("From", addr("Chloé Tremblay", chloe)), ("To", addr(OWNER_NAME, OWNER)),
        ("Cc", addr("Owen Fraser", owen)),
        ("Subject", eh("Re: Interview with Maplewire – UX Researcher (Contract-to-Hire)")),
        ("Date", rfc(sent2)),
        ("Message-ID", "<CAN0pD5sb268Qe7Xf=K2wYbT1g@mail.gmail.com>"),
        ("In-Reply-To", reply_mid),
        ("References", "<b268.07.8812047.1792429360@bamboohr.com> " + reply_mid),
    ], alt("000000000000b268e07c5a11", t2, "gmail"))
    case(slug, {"01-bamboohr-interview.eml": m1, "02-re-interview-cancelled.eml": m2},
         lab([iv("Maplewire", "UX Researcher (Contract-to-Hire)", start, end, "cancelled",
                 [owen], [owen], "hiring_manager")], "medium", "positive/cancellation",
             "BambooHR mail books Wed 28 Oct 9:30 ET (EDT, = 10:30 Montevideo); the coordinator "
             "later cancels (requisition on hold). Kept as cancelled at the booked time."))


def c08():
    slug = "b268-08-portfolio-review-luego-panel"
    nadia = "nadia.brandt@fieldnote-labs.example"
    kenji = "kenji.mori@fieldnote-labs.example"
    ravi = "ravi.deshmukh@fieldnote-labs.example"
    sol = "sol.aranda@fieldnote-labs.example"
    group = "recruiting@fieldnote-labs.example"
    s1 = wd(T(LAX, 2026, 10, 26, 9, 0), "monday")
    e1 = s1 + timedelta(hours=1)
    off(s1, "-07:00")
    assert s1.astimezone(MVD).hour == 13
    s2 = wd(T(LAX, 2026, 11, 9, 9, 0), "monday")
    e2 = s2 + timedelta(minutes=90)
    off(s2, "-08:00")
    assert s2.astimezone(MVD).hour == 14
    sent1 = wd(T(UTC, 2026, 10, 21, 17, 30, 12), "wednesday")
    desc1 = ("Hi Florencia! 60 minutes: about 35 minutes for you to walk me through two projects "
             "from your portfolio, then questions both ways. I'm the hiring manager for the "
             "Product Researcher role, so this one is with me.\n\nNadia")
    m1 = google_invite(
        msgid="<calendar-8e0b2c4f-b268-4a08-91d7-3f5a6c2e0b19@google.com>", sent=sent1,
        organizer=("Nadia Brandt", nadia),
        attendees=[("Nadia Brandt", nadia, "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
        summary="Portfolio review: Florencia Techera <> Fieldnote Labs", start=s1, end=e1,
        description=desc1, uid="6k2n8b268r0t4v7x9z1c3e5g7i@google.com",
        eid=base64.b64encode(f"6k2n8b268r0t4v7x9z1c3e5g7i {OWNER}".encode()).decode().rstrip("="),
        meet="fnl-pqwr-xte", pin="905117263", phone="(US) +1 415-555-0147", dtstamp=sent1,
        created=sent1 - timedelta(minutes=1), b1="000000000000b268f08e2d61",
        b2="000000000000b268f08e2d5f", smtp_id="fn08cal1")
    sent2 = wd(T(LAX, 2026, 10, 28, 15, 12, 30), "wednesday")
    t2 = """Hi Florencia,

Thanks again for Monday's portfolio review. The team and I really enjoyed the fintech onboarding study.

We'd love to invite you to the final panel: 90 minutes with Kenji Mori (Staff Product Designer), Ravi Deshmukh (PM, Payments) and Sol Aranda (Research Operations Lead). You'll present a short research plan for a prompt we'll send 48 hours before, and then each of them will dig in with questions.

It's on the calendar for Monday, November 9, 9:00 - 10:30 AM Pacific. Heads-up: our clocks go back on November 1, so this time it's 2:00 PM in Montevideo (the portfolio review was at 1:00 PM your time).

The invite comes from our shared recruiting calendar; reply to me if anything needs to change.

Best,
Nadia

--
Nadia Brandt
Director of Design, Fieldnote Labs
San Francisco, CA · remote-first
"""
    m2 = message([
        ("Delivered-To", OWNER),
        received("mail-pl1-f173.google.com", "209.85.214.173", sent2, "fn08m2"),
        ("From", addr("Nadia Brandt", nadia)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Next step: final panel (Nov 9)"), ("Date", rfc(sent2)),
        ("Message-ID", "<CAE9wXk2b268Nb3Tq=Pr0sM5v@mail.gmail.com>"),
    ], alt("000000000000b268f08a9c30", t2, "gmail"))
    ev = {
        "kind": "calendar#event",
        "etag": "\"3527739604118000\"",
        "id": "3g7k1b268p5r9t2v6x0z4b8d1f",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=M2c3azFiMjY4cDVyOXQydjZ4MHo0YjhkMWYg"
                    "ZmxvcmVuY2lhLnRlY2hlcmFAZXhhbXBsZS5jb20",
        "created": "2026-10-28T22:05:41.000Z",
        "updated": "2026-10-28T22:09:02.059Z",
        "summary": "Fieldnote Labs – Final Panel (Product Researcher) – Florencia Techera",
        "description": "Final panel for the Product Researcher role.\n\n"
                       "9:00–9:20 Research plan presentation (candidate)\n"
                       "9:20–10:30 Q&A with Kenji Mori, Ravi Deshmukh and Sol Aranda\n\n"
                       "Prompt will be sent 48h before. Questions: nadia.brandt@fieldnote-labs.example",
        "creator": {"email": nadia, "displayName": "Nadia Brandt"},
        "organizer": {"email": group, "displayName": "Fieldnote Recruiting"},
        "start": {"dateTime": iso(s2), "timeZone": "America/Los_Angeles"},
        "end": {"dateTime": iso(e2), "timeZone": "America/Los_Angeles"},
        "iCalUID": "3g7k1b268p5r9t2v6x0z4b8d1f@google.com",
        "sequence": 0,
        "attendees": [
            {"email": kenji, "displayName": "Kenji Mori", "responseStatus": "accepted"},
            {"email": ravi, "displayName": "Ravi Deshmukh", "responseStatus": "accepted"},
            {"email": sol, "displayName": "Sol Aranda", "responseStatus": "tentative"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/wkd-ohbz-pna",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": "https://meet.google.com/wkd-ohbz-pna",
                 "label": "meet.google.com/wkd-ohbz-pna"},
                {"entryPointType": "phone", "uri": "tel:+1-415-555-0163",
                 "label": "+1 415-555-0163", "pin": "447201958", "regionCode": "US"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "wkd-ohbz-pna"},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    files = {"01-invitation-portfolio-review.eml": m1, "02-next-step-final-panel.eml": m2,
             "03-final-panel.gcal.json": json.dumps(ev, indent=2, ensure_ascii=False) + "\n"}
    case(slug, files, lab([
        iv("Fieldnote Labs", "Product Researcher", s1, e1, "scheduled", [nadia], [nadia],
           "hiring_manager"),
        iv("Fieldnote Labs", "Product Researcher", s2, e2, "scheduled", [kenji, ravi, sol],
           [kenji, ravi, sol], "onsite")], "hard", "positive/two-interviews-dst",
        "Two interviews: portfolio review with the hiring manager Mon 26 Oct 9:00 PDT (=13:00 "
        "UY) and a 3-person panel Mon 9 Nov 9:00 PST (=14:00 UY) from a shared recruiting "
        "calendar (group organizer is not a follow-up recipient; Nadia is not on the panel)."))


def c09():
    slug = "b268-09-whatsapp-charla-cofundador"
    martin = "martin@estudiogarua.example"
    sent = wd(T(MVD, 2026, 10, 14, 19, 26, 40), "miércoles")
    start = wd(T(MVD, 2026, 10, 16, 9, 30), "viernes")   # "el viernes" after Wed 14
    end = start + timedelta(hours=1)
    off(start, "-03:00")
    text = """Pego el chat acá para tenerlo a mano (el celu me borra todo):

[14/10/2026, 18:42:10] Martín Cabrera: Hola Flor! Soy Martín, cofundador de Estudio Garúa. La Vale Rossi me pasó tu contacto 🙌
[14/10/2026, 18:42:51] Martín Cabrera: Estamos abriendo una posición de UX Researcher y me encantaría que hagamos una primera entrevista, es el primer paso del proceso. ¿Te interesa?
[14/10/2026, 19:03:27] Florencia Techera: ¡Hola Martín! Sí, obvio, me encantaría
[14/10/2026, 19:05:02] Martín Cabrera: Genial. ¿Te queda bien el viernes a las 9:30 en la ofi? Estamos en Gaboto 1520, Cordón. Calculá una hora
[14/10/2026, 19:06:58] Florencia Techera: Dale, viernes 9:30 ahí estoy
[14/10/2026, 19:08:13] Martín Cabrera: Buenísimo! Cualquier cosa mi mail es martin@estudiogarua.example, mandame el portfolio por ahí antes si podés
[14/10/2026, 19:08:30] Martín Cabrera: Arrancamos puntual que a las 11 tenemos cliente 😅

-- 
Florencia
"""
    m = message([
        ("Delivered-To", OWNER),
        received("mail-wm1-f49.google.com", "209.85.128.49", sent, "wa09n1"),
        ("From", addr(OWNER_NAME, OWNER)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", eh("chat Martín - Estudio Garúa (WhatsApp)")), ("Date", rfc(sent)),
        ("Message-ID", "<CAHx7pQ3b268Wz9=Kd1rT4nV0@mail.gmail.com>"),
    ], alt("000000000000b268a09f4e22", text, "gmail", cte_text="base64", cte_html="base64"))
    case(slug, {"01-chat-whatsapp-martin-garua.eml": m},
         lab([iv("Estudio Garúa", "UX Researcher", start, end, "scheduled", [martin], [martin],
                 "hiring_manager")], "hard", "positive/whatsapp-paste",
             "Note-to-self with a pasted WhatsApp chat (dd/mm timestamps): 'el viernes a las 9:30' "
             "said on Wed 14 Oct -> Fri 16 Oct 09:30, 'calculá una hora'. First interview with the "
             "co-founder, in person; his address is in the chat."))


def c10():
    slug = "b268-10-zoom-ics-montevideo-standard-time"
    paula = "paula.rodriguez@ramblafinanzas.example"
    nacho = "ignacio.varela@ramblafinanzas.example"
    start = wd(T(MVD, 2026, 11, 4, 16, 30), "miércoles")
    end = start + timedelta(hours=1)
    off(start, "-03:00")
    stamp = T(UTC, 2026, 10, 27, 14, 51, 6)
    zoom = ("Paula Rodríguez le está invitando a una reunión de Zoom programada.\n\n"
            "Unirse a la reunión Zoom\nhttps://ramblafinanzas.zoom.us/j/86234410975?pwd="
            "aGVsbG9ZZ2Fyb3VhYjI2OA.1\n\nID de reunión: 862 3441 0975\nCódigo de acceso: "
            "402118\n\n---\n\nUn toque móvil\n+59841189799,,86234410975#,,,,*402118# "
            "Uruguay\n\n---\n\nMarcar según su ubicación\n• +598 4118 9799 Uruguay\n"
            "• +54 11 5555 0199 Argentina")
    desc = ("Hola Florencia:\n\nTe comparto la invitación para la instancia técnica del proceso "
            "de UX Researcher Sr. Vas a trabajar en vivo con Ignacio Varela (Research Manager) "
            "sobre un caso: plantear un plan de investigación para el flujo de solicitud de "
            "préstamos en la app. No hace falta preparar nada.\n\nSaludos cordiales,\nPaula\n\n"
            + zoom)
    ics = ics_text(["BEGIN:VCALENDAR", "METHOD:REQUEST",
                    "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
                   + win_tz("Montevideo Standard Time") + [
        "BEGIN:VEVENT", f"ORGANIZER;CN=Paula Rodríguez:mailto:{paula}",
        att("Ignacio Varela", nacho, "ACCEPTED"),
        att(OWNER_NAME, OWNER, "NEEDS-ACTION"),
        "DESCRIPTION;LANGUAGE=es-UY:" + esc(desc),
        "UID:040000008200E00074C5B7101A82E00800000000B2681004A7F2DC01000000000000000010000000"
        "9D3E1F2A4B268C10D0E1F2A3B4C5D6E7",
        "SUMMARY;LANGUAGE=es-UY:" + esc("Rambla Finanzas | Entrevista técnica UX Researcher Sr | "
                                        "Florencia Techera"),
        f"DTSTART;TZID=Montevideo Standard Time:{local(start)}",
        f"DTEND;TZID=Montevideo Standard Time:{local(end)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-UY:https://ramblafinanzas.zoom.us/j/86234410975?pwd=aGVsbG9ZZ2Fyb3VhYjI2OA.1",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2117730861",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-LOCATIONDISPLAYNAME:Zoom",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    case(slug, {"01-entrevista-tecnica-rambla.ics": ics},
         lab([iv("Rambla Finanzas", "UX Researcher Sr", start, end, "scheduled", [nacho],
                 [nacho], "technical")], "medium", "positive/standalone-ics-windows-tzid",
             "Standalone Outlook .ics with a Zoom body (Spanish Zoom template) and TZID "
             "'Montevideo Standard Time'. Paula organises; Ignacio runs the live exercise."))


def c11():
    slug = "b268-11-gcal-json-pampa-credito"
    agus = "agustina.ledesma@pampacredito.example"
    fede = "federico.galli@pampacredito.example"
    sent = wd(T(BUE, 2026, 10, 13, 11, 18, 54), "martes")
    start = wd(T(BUE, 2026, 10, 20, 16, 0), "martes")
    end = start + timedelta(minutes=45)
    off(start, "-03:00")
    t1 = """Hola Florencia, ¿cómo va?

Te cuento que pasaste a la siguiente etapa para la posición de UX Researcher Ssr/Sr. El próximo paso es una entrevista con Federico Galli, nuestro Head of Product Design.

¿Te queda bien el martes 20 a las 16 hs (hora Argentina)? Serían 45 minutos por Meet. Si te sirve, te mando la invitación al calendario.

Saludos cordiales,

Agustina Ledesma
Talent Acquisition | Pampa Crédito
Buenos Aires, Argentina
"""
    m = message([
        ("Delivered-To", OWNER),
        received("mail-ua1-f44.google.com", "209.85.222.44", sent, "pc11a1"),
        ("From", addr("Agustina Ledesma", agus)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", eh("Pampa Crédito - Entrevista con Head of Product Design")),
        ("Date", rfc(sent)), ("Message-ID", "<CAB4uN7mb268Hx2=Qe9sLk1Wd@mail.gmail.com>"),
    ], alt("000000000000b268b11d7c40", t1, "gmail"))
    ev = {
        "kind": "calendar#event",
        "etag": "\"3525791042188000\"",
        "id": "5p0r2b268t6v9x1z3b5d7f9h2k",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NXAwcjJiMjY4dDZ2OXgxejNiNWQ3ZjloMmsg"
                    "ZmxvcmVuY2lhLnRlY2hlcmFAZXhhbXBsZS5jb20",
        "created": "2026-10-13T18:40:11.000Z",
        "updated": "2026-10-13T19:02:37.094Z",
        "summary": "Entrevista Florencia Techera <> Pampa Crédito (Head of Product Design)",
        "description": "Entrevista con Federico Galli (Head of Product Design) para la posición "
                       "UX Researcher Ssr/Sr.\nHorario: 16 a 16:45 hs, hora Argentina (GMT-3).",
        "creator": {"email": agus, "displayName": "Agustina Ledesma"},
        "organizer": {"email": agus, "displayName": "Agustina Ledesma"},
        "start": {"dateTime": iso(start), "timeZone": "America/Argentina/Buenos_Aires"},
        "end": {"dateTime": iso(end), "timeZone": "America/Argentina/Buenos_Aires"},
        "iCalUID": "5p0r2b268t6v9x1z3b5d7f9h2k@google.com",
        "sequence": 0,
        "attendees": [
            {"email": agus, "displayName": "Agustina Ledesma", "organizer": True,
             "responseStatus": "accepted"},
            {"email": fede, "displayName": "Federico Galli", "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/pcr-tmwa-zqe",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": "https://meet.google.com/pcr-tmwa-zqe",
                 "label": "meet.google.com/pcr-tmwa-zqe"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "pcr-tmwa-zqe"},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    case(slug, {"01-propuesta-entrevista-pampa.eml": m,
                "02-entrevista-pampa.gcal.json": json.dumps(ev, indent=2, ensure_ascii=False) + "\n"},
         lab([iv("Pampa Crédito", "UX Researcher Ssr/Sr", start, end, "scheduled", [fede],
                 [fede], "hiring_manager")], "easy", "positive/gcal-json-dedupe",
             "Recruiter proposal mail + the accepted Calendar API event (Buenos Aires zone) for "
             "the same slot: one interview with the Head of Product Design."))


def c12():
    slug = "b268-12-vancouver-thread-feriado-difuntos"
    hannah = "hannah.lindqvist@cedarline.example"
    sent1 = wd(T(VAN, 2026, 10, 22, 10, 14, 3), "thursday")
    o1 = wd(T(VAN, 2026, 10, 30, 7, 30), "friday")
    o2 = wd(T(VAN, 2026, 11, 2, 8, 0), "monday")
    o3 = wd(T(VAN, 2026, 11, 3, 12, 0), "tuesday")
    assert (o1.utcoffset() - o1.astimezone(MVD).utcoffset()) == timedelta(hours=-4)
    assert (o2.utcoffset() - o2.astimezone(MVD).utcoffset()) == timedelta(hours=-5)
    start, end = o2, o2 + timedelta(minutes=30)
    off(start, "-08:00")
    assert start.astimezone(MVD).hour == 13
    t1 = """Hi Florencia,

Thanks for applying to the Mixed-Methods UX Researcher role at Cedarline! I'd love to set up a 30-minute intro call with me. It's mostly about your background, what you're looking for, and the logistics of working remotely with our Vancouver team.

Would any of these work? (all Pacific Time)
 - Friday, Oct 30 at 7:30 AM PT
 - Monday, Nov 2 at 8:00 AM PT
 - Tuesday, Nov 3 at 12:00 PM PT

Note that our clocks go back on Sunday, Nov 1, so the gap with Montevideo changes from 4 to 5 hours that weekend.

Cheers,
Hannah

Hannah Lindqvist
Talent Partner, Cedarline Analytics
Vancouver, BC
"""
    m1 = message([
        ("Delivered-To", OWNER),
        received("mail-il1-f171.google.com", "209.85.166.171", sent1, "cd12a1"),
        ("From", addr("Hannah Lindqvist", hannah)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Cedarline Analytics - intro call for Mixed-Methods UX Researcher"),
        ("Date", rfc(sent1)), ("Message-ID", "<CAF1qLm8b268Zr5=Hn3Xw7Pj@mail.gmail.com>"),
    ], alt("000000000000b268c12a0e55", t1, "gmail"))
    owner_sent = T(MVD, 2026, 10, 22, 18, 30, 22)
    assert owner_sent.astimezone(VAN).strftime("%-I:%M %p") == "2:30 PM"
    sent2 = wd(T(VAN, 2026, 10, 23, 9, 2, 48), "friday")
    owner_mid = "<CAHx7pQ4b268Fd0=Lr6Yq2Ns@mail.gmail.com>"
    t2 = f"""Perfect, you're all set: Monday, November 2, 8:00 - 8:30 AM PT, just you and me. I'll send a Google Meet link that morning.

Enjoy the long weekend!

Hannah Lindqvist
Talent Partner, Cedarline Analytics

On Thu, Oct 22, 2026 at 2:30 PM {OWNER_NAME} <{OWNER}> wrote:

{quote('''Hi Hannah,

Thanks! Monday Nov 2 at 8:00 AM PT works best for me. If I did the math right, that's 1:00 PM here in Montevideo. It's a public holiday in Uruguay (Día de los Difuntos), so I'm completely free.

Best,
Florencia

On Thu, Oct 22, 2026 at 2:14 PM Hannah Lindqvist <hannah.lindqvist@cedarline.example> wrote:
> Hi Florencia,
> Thanks for applying to the Mixed-Methods UX Researcher role at Cedarline! [...]''')}
"""
    m2 = message([
        ("Delivered-To", OWNER),
        received("mail-il1-f172.google.com", "209.85.166.172", sent2, "cd12b2"),
        ("From", addr("Hannah Lindqvist", hannah)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", "Re: Cedarline Analytics - intro call for Mixed-Methods UX Researcher"),
        ("Date", rfc(sent2)), ("Message-ID", "<CAF1qLm9b268Tb1=Ws4Ke8Gd@mail.gmail.com>"),
        ("In-Reply-To", owner_mid),
        ("References", "<CAF1qLm8b268Zr5=Hn3Xw7Pj@mail.gmail.com> " + owner_mid),
    ], alt("000000000000b268c12b7f31", t2, "gmail"))
    case(slug, {"01-intro-call-options.eml": m1, "02-re-intro-call-confirmed.eml": m2},
         lab([iv("Cedarline Analytics", "Mixed-Methods UX Researcher", start, end, "scheduled",
                 [hannah], [hannah], "phone_screen")], "hard",
             "positive/thread-propose-confirm-dst",
             "Three Pacific options straddling the 1 Nov fall-back; the quoted reply picks Mon 2 "
             "Nov 8:00 PST (=13:00 UY, a Uruguayan holiday) and the recruiter confirms. The other "
             "two options are not interviews."))


def c13():
    slug = "b268-13-buenos-aires-jornada-presencial"
    mica = "micaela.ruiz@trebolseguros.example"
    bruno = "bruno.paz@trebolseguros.example"
    caro = "carolina.etchart@trebolseguros.example"
    santi = "santiago.ferro@trebolseguros.example"
    day = (2026, 11, 12)
    b1s, b1e = T(BUE, *day, 10, 0), T(BUE, *day, 11, 0)
    b2s, b2e = T(BUE, *day, 11, 15), T(BUE, *day, 12, 0)
    b3s, b3e = T(BUE, *day, 14, 0), T(BUE, *day, 14, 45)
    wd(b1s, "jueves")
    off(b1s, "-03:00")
    sent = wd(T(BUE, 2026, 11, 4, 12, 10, 26), "miércoles")
    place = "Trébol Seguros Digitales, Thames 1950, C1414 CABA, Argentina"
    t1 = """Hola Florencia, ¿cómo estás?

¡Qué bueno que puedas venir a Buenos Aires! Te paso la agenda de la jornada presencial del jueves 12 de noviembre en nuestras oficinas (Thames 1950, Palermo). Todos los horarios son hora Argentina, que es la misma que en Montevideo.

10:00 - 11:00  Caso práctico de research con Bruno Paz (Research Manager)
11:15 - 12:00  Entrevista con Carolina Etchart (Directora de Diseño)
12:00 - 14:00  Almuerzo con el equipo (no es parte de la evaluación 😉)
14:00 - 14:45  Charla con Santiago Ferro (VP de Producto)

Te van a llegar tres invitaciones de calendario por separado, una por cada bloque. Si el Buquebus se atrasa, avisame por acá o al +54 9 11 5555-0142.

Saludos cordiales,

Micaela Ruiz
Talent Acquisition | Trébol Seguros Digitales
Buenos Aires
"""
    files = {"01-agenda-jornada-presencial.eml": message([
        ("Delivered-To", OWNER),
        received("mail-vk1-f180.google.com", "209.85.221.180", sent, "tb13a0"),
        ("From", addr("Micaela Ruiz", mica)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", eh("Trébol | Agenda de tu jornada de entrevistas - jueves 12/11")),
        ("Date", rfc(sent)), ("Message-ID", "<CAM5rT2wb268Jq8=Uz0Hc3Vf@mail.gmail.com>"),
    ], alt("000000000000b268d13e0a77", t1, "gmail", cte_text="base64", cte_html="base64"))}
    blocks = [
        ("02-invitacion-caso-practico.eml", "Trébol – Caso práctico de research (Florencia Techera)",
         b1s, b1e, ("Bruno Paz", bruno), "Caso práctico de research con Bruno Paz (Research "
         "Manager). Primer bloque de la jornada presencial.", "a1", "9r3t5b268v7x9z1b3d5f7h9j0k"),
        ("03-invitacion-directora-diseno.eml", "Trébol – Entrevista con Carolina Etchart "
         "(Florencia Techera)", b2s, b2e, ("Carolina Etchart", caro), "Entrevista con Carolina "
         "Etchart (Directora de Diseño).", "b2", "2m4o6b268q8s0u2w4y6a8c0e1g"),
        ("04-invitacion-vp-producto.eml", "Trébol – Charla con Santiago Ferro (Florencia "
         "Techera)", b3s, b3e, ("Santiago Ferro", santi), "Charla con Santiago Ferro (VP de "
         "Producto). Último bloque de la jornada, después del almuerzo.", "c3",
         "7h9j1b268l3n5p7r9t1v3x5z2b"),
    ]
    for i, (fn, summ, s, e, (n, em), d, tag, uid) in enumerate(blocks):
        st = T(UTC, 2026, 11, 4, 15, 21 + i, 5 + 7 * i)
        files[fn] = google_invite(
            msgid=f"<calendar-b268130{i}-5e2a-4d7c-9f1b-{tag}8c3e0d4f6a21@google.com>", sent=st,
            organizer=("Micaela Ruiz", mica),
            attendees=[("Micaela Ruiz", mica, "ACCEPTED"), (n, em, "ACCEPTED"),
                       (OWNER, OWNER, "NEEDS-ACTION")],
            summary=summ, start=s, end=e, description=d + "\n\nTodos los horarios en hora "
            "Argentina.\nMica", uid=f"{uid}@google.com",
            eid=base64.b64encode(f"{uid} {OWNER}".encode()).decode().rstrip("="),
            meet=None, pin=None, phone=None, dtstamp=st, created=st - timedelta(seconds=40),
            lang="es", location=place, b1=f"000000000000b268d13{tag}f1", b2=f"000000000000b268d13{tag}f0",
            smtp_id=f"tb13{tag}", tzlabel="Hora estándar de Argentina - Buenos Aires",
            show_tz=BUE)
    case(slug, files, lab([
        iv("Trébol Seguros Digitales", "UX Researcher Senior", b1s, b3e, "scheduled",
           [bruno, caro, santi], [bruno, caro, santi], "onsite")], "medium",
        "positive/onsite-loop",
        "In-person day in Palermo (owner crosses by Buquebus): agenda mail + three Google "
        "invites, with a lunch break. One onsite 10:00-14:45 hora Argentina with all three "
        "interviewers; the coordinator is not an interviewer."))


# ================================================================ NEGATIVE CASES
def c14():
    slug = "b268-14-test-usabilidad-ella-modera"
    vale = "valeria.mendez@cardumen.example"
    part = "joaquin.larrosa@correo.example"
    obs = "observadores-ceibo@cardumen.example"
    s = wd(T(MVD, 2026, 10, 22, 17, 0), "jueves")
    sent = wd(T(UTC, 2026, 10, 16, 20, 3, 44), "friday")
    desc = ("Flor: vos moderás esta sesión y yo tomo notas. El guion de la entrevista y el "
            "consentimiento informado están en la carpeta del proyecto. Joaquín es el "
            "participante 3 (lo reclutó el panel, ya firmó el consentimiento). Acordate: no "
            "ayudarlo con las tareas y pedirle que piense en voz alta.\n\nLos observadores de "
            "Banco Ceibo entran con la cámara apagada.\n\nVale")
    m = google_invite(
        msgid="<calendar-b2681400-3c9d-4e1f-a7b2-6d0e8f1c4a93@google.com>", sent=sent,
        organizer=("Valeria Méndez", vale),
        attendees=[("Valeria Méndez", vale, "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION"),
                   ("Joaquín Larrosa", part, "ACCEPTED"),
                   ("Observadores Banco Ceibo", obs, "NEEDS-ACTION")],
        summary="Test de usabilidad · App Banco Ceibo · P3 (modera Florencia)", start=s,
        end=s + timedelta(hours=1), description=desc, uid="4d6f8b268h0j2l4n6p8r0t2v4x@google.com",
        eid=base64.b64encode(f"4d6f8b268h0j2l4n6p8r0t2v4x {OWNER}".encode()).decode().rstrip("="),
        meet="cdm-usab-pth", pin="338120574", phone="(UY) +598 2915 5501", dtstamp=sent,
        created=sent - timedelta(minutes=3), lang="es", b1="000000000000b268e14b3a02",
        b2="000000000000b268e14b3a00", smtp_id="cd14a1")
    case(slug, {"01-invitacion-test-usabilidad-p3.eml": m},
         lab([], "hard", "negative/usability-test-moderator",
             "Freelance usability session where the owner is the moderator (mentions 'guion de la "
             "entrevista', participant, consent). She is not a candidate."))


def c15():
    slug = "b268-15-bps-agenda-subsidio"
    sent = wd(T(MVD, 2026, 10, 9, 8, 47, 15), "viernes")
    s = wd(T(MVD, 2026, 10, 19, 9, 40), "lunes")
    text = """Sra./Sr. FLORENCIA TECHERA
Documento: C.I. 4.812.337-6

Su reserva fue registrada correctamente.

Trámite: Subsidio por Desempleo - Solicitud
Fecha: lunes 19/10/2026
Hora: 09:40
Lugar: Agencia Montevideo - Colonia 1851, Planta Baja
Código de reserva: AG-2026-7731904

Deberá presentarse 10 minutos antes de la hora agendada con su cédula de identidad vigente y la constancia de cese emitida por su último empleador. En la entrevista con el funcionario se verificará su historia laboral y se le informará el monto estimado de la prestación.

Para cancelar o modificar su reserva ingrese a https://www.bps.example/agenda con su código de reserva.

Banco de Previsión Social
Este es un mensaje automático, por favor no responda.
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//BPS//Agenda Web//ES",
                    "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:AG-2026-7731904@agenda.bps.example",
                    f"DTSTAMP:{zstamp(sent)}", f"DTSTART:{local(s)}",
                    f"DTEND:{local(s + timedelta(minutes=20))}",
                    "SUMMARY:" + esc("BPS - Subsidio por Desempleo - Solicitud"),
                    "LOCATION:" + esc("Agencia Montevideo - Colonia 1851, Planta Baja"),
                    "DESCRIPTION:" + esc("Código de reserva: AG-2026-7731904. Concurrir con "
                                         "cédula de identidad y constancia de cese."),
                    f"ATTENDEE;CN=FLORENCIA TECHERA:mailto:{OWNER}",
                    "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", "=_b268bps15_mixed", [
        alt("=_b268bps15_alt", text, "plain-html"),
        leaf("text/calendar", ics.encode("utf-8"), "base64", charset="utf-8",
             params='name="reserva.ics"',
             extra=['Content-Disposition: attachment; filename="reserva.ics"'])])
    m = message([
        ("Delivered-To", OWNER),
        received("correo.bps.example", "203.0.113.15", sent, "bps15x"),
        ("From", addr("BPS - Agenda Web", "agenda-noresponder@bps.example")),
        ("To", OWNER),
        ("Subject", eh("Confirmación de reserva - Subsidio por Desempleo")),
        ("Date", rfc(sent)), ("Message-ID", "<AG-2026-7731904.20261009114715@agenda.bps.example>"),
    ], body)
    case(slug, {"01-bps-confirmacion-reserva.eml": m},
         lab([], "medium", "negative/government-appointment",
             "Social-security appointment for the unemployment benefit ('entrevista con el "
             "funcionario', floating-time .ics). Not a job interview."))


def c16():
    slug = "b268-16-asado-festejo-entrevistas"
    nacho = "nacho.silveira@correo.example"
    s = wd(T(MVD, 2026, 10, 24, 13, 0), "sábado")
    sent = wd(T(UTC, 2026, 10, 18, 23, 12, 9), "sunday")
    friends = [("Nacho Silveira", nacho, "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION"),
               ("Martina Cal", "martina.cal@correo.example", "ACCEPTED"),
               ("Tincho Olivera", "tincho.olivera@correo.example", "TENTATIVE"),
               ("Cami Benítez", "cami.benitez@correo.example", "NEEDS-ACTION")]
    desc = ("¡Se viene asado! Festejamos que la Flor arrancó con las entrevistas de laburo y que "
            "el Tincho volvió de Madrid.\n\nYo pongo la carne, ustedes traigan bebida y postre. "
            "Hay opción veggie para la Cami.\n\nAv. Rivera 3344, ap. 201 (toquen timbre que el "
            "portero no anda).")
    m = google_invite(
        msgid="<calendar-b2681600-8a7c-4b2e-9d1f-0c3e5a7b9d21@google.com>", sent=sent,
        organizer=("Nacho Silveira", nacho), attendees=friends,
        summary="Asado en lo de Nacho 🔥", start=s, end=s + timedelta(hours=5),
        description=desc, uid="1a3c5b268e7g9i1k3m5o7q9s1u@google.com",
        eid=base64.b64encode(f"1a3c5b268e7g9i1k3m5o7q9s1u {OWNER}".encode()).decode().rstrip("="),
        meet=None, pin=None, phone=None, dtstamp=sent, created=sent - timedelta(minutes=5),
        lang="es", location="Av. Rivera 3344, 11300 Montevideo, Uruguay",
        b1="000000000000b268f16c2b09", b2="000000000000b268f16c2b07", smtp_id="as16a1")
    case(slug, {"01-invitacion-asado.eml": m},
         lab([], "medium", "negative/social-invite",
             "Friend's Google invite for an asado that celebrates the owner starting 'entrevistas "
             "de laburo'. Social event, not an interview."))


def c17():
    slug = "b268-17-asamblea-copropietarios"
    adm = "administracion@admsolis.example"
    grp = "copropietarios-torrerivera@admsolis.example"
    sent = wd(T(MVD, 2026, 10, 26, 18, 5, 52), "lunes")
    s = wd(T(MVD, 2026, 11, 10, 19, 0), "martes")
    text = """Estimados copropietarios:

Se convoca a Asamblea Ordinaria de Copropietarios del Edificio Torre Rivera para el martes 10 de noviembre de 2026 a las 19:00 hs en primera convocatoria y 19:30 hs en segunda convocatoria, en el salón de usos múltiples (planta baja).

Orden del día:
1. Designación de presidente y secretario de la asamblea.
2. Aprobación de la rendición de cuentas del período julio 2025 - junio 2026.
3. Entrevista a las dos empresas administradoras candidatas (Gestiones del Prado y Administración Sur). Cada empresa dispondrá de 20 minutos para presentar su propuesta y responder preguntas de los copropietarios.
4. Presupuesto para impermeabilización de azotea.

Los copropietarios que no puedan asistir pueden hacerse representar mediante carta poder simple.

Saludos cordiales,

Esc. Rosana Solís
Administración Torre Rivera
"""
    m = outlook_invite(
        msgid="<CPXP152MB2268B26817A0C1D2@CPXP152MB2268.LAMP152.PROD.OUTLOOK.COM>", sent=sent,
        organizer=("Administración Torre Rivera", adm),
        attendees=[("Copropietarios Torre Rivera", grp, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        summary="Asamblea Ordinaria de Copropietarios - Edificio Torre Rivera",
        start_local=local(s), end_local=local(s + timedelta(hours=2)),
        tzid="Montevideo Standard Time", vtz=win_tz("Montevideo Standard Time"),
        location="Salón de usos múltiples - Edificio Torre Rivera (Av. Rivera 2875)",
        description=text, uid="040000008200E00074C5B7101A82E00800000000B2681710C4E1DC01000000"
                              "0000000000100000001A2B3C4DB2681710E5F6A7B8C9D0",
        seq=0, dtstamp=sent, lang="es-UY",
        subject="Convocatoria - Asamblea Ordinaria de Copropietarios - Edificio Torre Rivera",
        b1="_000_CPXP152MB2268B26817A0C1D2_", text_body=text,
        thread_index="AQHdRb268Zz9Yy8Xx7Ww6Vv5Uu4Tt3==",
        smtp_host="mail-cpxbrz01on2150.outbound.protection.outlook.com",
        smtp_ip="198.51.100.150", smtp_id="tr17a1")
    case(slug, {"01-convocatoria-asamblea.eml": m},
         lab([], "hard", "negative/building-meeting",
             "Building owners' meeting invite (Outlook, Montevideo Standard Time) whose agenda "
             "includes 'Entrevista a las dos empresas administradoras candidatas'. The owner is "
             "neither candidate nor hiring in a job process."))


def c18():
    slug = "b268-18-radio-entrevista-meetup"
    lore = "produccion@radiocamino.example"
    sent1 = wd(T(MVD, 2026, 10, 19, 11, 30, 18), "lunes")
    s = wd(T(MVD, 2026, 10, 27, 8, 40), "martes")
    meetup = wd(T(MVD, 2026, 10, 29, 19, 0), "jueves")
    assert meetup
    t1 = """Hola Florencia, ¿cómo andás?

Soy Lorena Vázquez, productora de "Mañanas de Camino" (Radio Camino 98.7 FM). Vimos que el jueves 29 se hace una nueva edición del Meetup UX Research Montevideo que organizás, y nos encantaría hacerte una entrevista en vivo para contar de qué se trata, quiénes pueden ir y cómo está el mercado de research en Uruguay.

¿Te queda bien el martes 27 a las 8:40? Serían unos 12 minutos; podés venir al estudio (Av. 18 de Julio 1234, piso 6) o la hacemos por teléfono.

Un abrazo,

Lorena Vázquez
Producción - Mañanas de Camino
Radio Camino 98.7 FM
"""
    m1 = message([
        ("Delivered-To", OWNER),
        received("mail-oi1-f178.google.com", "209.85.167.178", sent1, "rc18a1"),
        ("From", addr("Lorena Vázquez", lore)), ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", eh("Entrevista en \"Mañanas de Camino\" - Meetup UX Research Montevideo")),
        ("Date", rfc(sent1)), ("Message-ID", "<CAD7kP1nb268Rv6=Gm2Sx9Qa@mail.gmail.com>"),
    ], alt("000000000000b268a18d3f61", t1, "gmail"))
    sent2 = wd(T(UTC, 2026, 10, 20, 13, 2, 55), "tuesday")
    desc = ("Entrevista en vivo sobre el Meetup UX Research Montevideo (jueves 29).\nLlegá 8:25 "
            "así probamos micrófono. Estudio: Av. 18 de Julio 1234, piso 6.\n\nLorena - "
            "Producción")
    m2 = google_invite(
        msgid="<calendar-b2681802-1e3a-4c5d-8f7b-2a9c4e6d0b83@google.com>", sent=sent2,
        organizer=("Lorena Vázquez", lore),
        attendees=[("Lorena Vázquez", lore, "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
        summary="Entrevista Florencia Techera (Meetup UX Research) - Mañanas de Camino",
        start=s, end=s + timedelta(minutes=20), description=desc,
        uid="8b0d2b268f4h6j8l0n2p4r6t8v@google.com",
        eid=base64.b64encode(f"8b0d2b268f4h6j8l0n2p4r6t8v {OWNER}".encode()).decode().rstrip("="),
        meet=None, pin=None, phone=None, dtstamp=sent2, created=sent2 - timedelta(minutes=1),
        lang="es", location="Radio Camino 98.7 FM, Av. 18 de Julio 1234, piso 6, Montevideo",
        b1="000000000000b268a18e4d72", b2="000000000000b268a18e4d70", smtp_id="rc18b2")
    case(slug, {"01-propuesta-entrevista-radio.eml": m1,
                "02-invitacion-entrevista-radio.eml": m2},
         lab([], "hard", "negative/press-interview",
             "Radio producer books a live 'entrevista' about the meetup the owner organises "
             "(mail + Google invite titled 'Entrevista Florencia Techera'). Press, not hiring."))


def c19():
    slug = "b268-19-entrevistas-de-usuario-calendly"
    items = [
        ("01-calendly-nueva-reserva-rosario.eml", "Rosario Vidal", "rosario.vidal@correo.example",
         wd(T(MVD, 2026, 10, 22, 10, 0), "thursday"), T(UTC, 2026, 10, 17, 14, 41, 2),
         "Sí, uso dos billeteras y la app del banco", "b268cal19a"),
        ("02-calendly-nueva-reserva-emiliano.eml", "Emiliano Correa",
         "emiliano.correa@correo.example", wd(T(MVD, 2026, 10, 23, 11, 30), "friday"),
         T(UTC, 2026, 10, 18, 1, 5, 37), "No, pago todo con débito", "b268cal19b"),
    ]
    files = {}
    for fn, name, email, s, sent, ans, bnd in items:
        when = (f"{gtime(s)} - {s.strftime('%A, %B')} {s.day}, {s.year} (Montevideo Time)")
        subj_when = f"{gtime(s)} {s.strftime('%a, %b')} {s.day}, {s.year}"
        text = f"""Hi Florencia Techera,

A new event has been scheduled.

Event Type:
Entrevista de usuario - Estudio pagos (45 min)

Invitee:
{name}

Invitee Email:
{email}

Event Date/Time:
{when}

Location:
This is a Google Meet web conference. Join now: https://meet.google.com/uxr-{bnd[-3:]}-flt

Invitee Time Zone:
Montevideo Time

Questions:
¿Usás alguna billetera digital para pagar en comercios?
{ans}

¿Aceptás que la sesión sea grabada con fines de investigación?
Sí

View event in Calendly: https://calendly.com/scheduled_events/{bnd}/invitee
Pro Tip! Take Calendly anywhere with the iOS app.

Sent from Calendly
"""
        files[fn] = message([
            ("Delivered-To", OWNER),
            received("o1.email.calendly.com", "198.51.100.190", sent, bnd),
            ("From", "Calendly <notifications@calendly.com>"),
            ("Reply-To", addr(name, email)), ("To", addr(OWNER_NAME, OWNER)),
            ("Subject", f"New Event: {name} - {subj_when} - Entrevista de usuario - Estudio pagos "
                        "(45 min)"),
            ("Date", rfc(sent)), ("Message-ID", f"<{bnd}.b268@email.calendly.com>"),
        ], alt(f"--{bnd}boundary", text, "plain-html"))
    case(slug, files, lab([], "hard", "negative/user-is-interviewer",
                          "Calendly host notifications: participants booked the owner's "
                          "'Entrevista de usuario' research slots. She conducts them."))


def c20():
    slug = "b268-20-dentista-turno-control"
    sent = wd(T(MVD, 2026, 11, 3, 9, 0, 12), "martes")
    s = wd(T(MVD, 2026, 11, 5, 17, 30), "jueves")
    clinic = "turnos@dentalpuntacarretas.example"
    text = """Hola Florencia:

Te recordamos tu consulta de control y limpieza con la Dra. Inés Barrios el jueves 5 de noviembre a las 17:30 hs.

Dirección: Ellauri 1020, Punta Carretas.

Respondé SÍ para confirmar o NO para cancelar. Si necesitás reprogramar, avisanos con 24 hs de anticipación.

¡Te esperamos!
Clínica Dental Punta Carretas
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//AgendaPro//Turnos//ES",
                    "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:America/Montevideo",
                    "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:-0300",
                    "TZOFFSETTO:-0300", "TZNAME:-03", "END:STANDARD", "END:VTIMEZONE",
                    "BEGIN:VEVENT", "UID:turno-558201-b268@dentalpuntacarretas.example",
                    f"DTSTAMP:{zstamp(sent)}", f"DTSTART;TZID=America/Montevideo:{local(s)}",
                    f"DTEND;TZID=America/Montevideo:{local(s + timedelta(minutes=40))}",
                    "SUMMARY:" + esc("Consulta Dra. Inés Barrios - Control y limpieza"),
                    "LOCATION:" + esc("Ellauri 1020, Punta Carretas"),
                    f"ORGANIZER;CN=Clínica Dental Punta Carretas:mailto:{clinic}",
                    att(OWNER_NAME, OWNER, "NEEDS-ACTION"),
                    "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", "b268dental20mix", [
        alt("b268dental20alt", text, "plain-html"),
        leaf("text/calendar", ics.encode("utf-8"), "base64", charset="utf-8",
             params='method=REQUEST; name="turno.ics"',
             extra=['Content-Disposition: attachment; filename="turno.ics"'])])
    m = message([
        ("Delivered-To", OWNER),
        received("mail.dentalpuntacarretas.example", "203.0.113.20", sent, "dp20a1"),
        ("From", addr("Clínica Dental Punta Carretas", clinic)), ("To", OWNER),
        ("Subject", "Recordatorio: tu turno el jueves 5/11 a las 17:30"), ("Date", rfc(sent)),
        ("Message-ID", "<turno-558201.reminder.b268@dentalpuntacarretas.example>"),
    ], body)
    case(slug, {"01-recordatorio-turno-dentista.eml": m},
         lab([], "easy", "negative/medical-appointment",
             "Dentist reminder with an .ics (TZID America/Montevideo)."))


def c21():
    slug = "b268-21-entrevista-video-assincrona"
    sent = wd(T(SAO, 2026, 10, 26, 9, 15, 40), "segunda-feira")
    dl = wd(T(SAO, 2026, 10, 30, 23, 59), "sexta-feira")
    assert dl
    text = """Olá, Florencia!

Você avançou no processo seletivo para a vaga de Pesquisador(a) UX Pleno na Mandacaru Tecnologia. 🎉

A próxima etapa é uma entrevista em vídeo assíncrona: você vai gravar suas respostas para 4 perguntas no momento que preferir, sem ninguém do outro lado. Cada resposta tem até 2 minutos e você pode regravar uma vez.

Prazo para gravar: até sexta-feira, 30 de outubro, às 23h59 (horário de Brasília)
Link: https://app.gravae.example/c/mndcr-7Q2LZ9

Dicas: escolha um lugar silencioso, com boa iluminação, e teste sua câmera antes de começar.

Boa sorte!
Equipe de Talentos Mandacaru

Este e-mail foi enviado pela plataforma Gravaê em nome da Mandacaru Tecnologia. Não responda.
"""
    m = message([
        ("Delivered-To", OWNER),
        received("mta2.gravae.example", "203.0.113.21", sent, "gv21a1"),
        ("From", addr("Talentos Mandacaru via Gravaê", "convites@gravae.example")),
        ("To", OWNER),
        ("Subject", eh("Próxima etapa: entrevista em vídeo - Pesquisador(a) UX Pleno")),
        ("Date", rfc(sent)), ("Message-ID", "<mndcr-7Q2LZ9.b268.invite@gravae.example>"),
    ], alt("b268gravae21alt", text, "plain-html", cte_text="base64", cte_html="base64"))
    case(slug, {"01-entrevista-video-assincrona.eml": m},
         lab([], "hard", "negative/one-way-video",
             "Portuguese one-way (asynchronous) video interview with a deadline; no live "
             "conversation, so not an interview per the rules."))


def c22():
    slug = "b268-22-lever-pedido-disponibilidad"
    evan = "evan.marsh@quillmate.example"
    sent = wd(T(UTC, 2026, 11, 5, 15, 40, 11), "thursday")
    first = wd(T(NYC, 2026, 11, 10, 9, 0), "tuesday")
    assert first
    text = """Hi Florencia,

Thanks for your interest in the UX Researcher role at Quillmate! We'd like to set up a 30-minute phone interview with our recruiting team.

Please use the link below to pick a time that works for you. Slots are shown in your local time zone, and the earliest availability is Tuesday, November 10.

Schedule your interview: https://hire.lever.co/candidate/schedule/2c7f9e0a-b268-4d1e-8a3f-5b6c7d8e9f01

Once you've picked a time, you'll receive a calendar invitation with the details.

Best,
Evan Marsh
Recruiter, Quillmate

--
Powered by Lever
"""
    m = message([
        ("Delivered-To", OWNER),
        received("mail-a9.hire.lever.co", "198.51.100.9", sent, "lv22x1"),
        ("From", "Evan Marsh <no-reply@hire.lever.co>"), ("Reply-To", evan), ("To", OWNER),
        ("Subject", "Quillmate: Let's schedule your interview"), ("Date", rfc(sent)),
        ("Message-ID", "<2c7f9e0a.b268.lever22@hire.lever.co>"),
    ], alt("b268lever22alt", text, "plain-html"))
    case(slug, {"01-lever-schedule-your-interview.eml": m},
         lab([], "medium", "negative/availability-request",
             "Lever self-scheduling link, nothing booked yet ('earliest availability is Tuesday, "
             "November 10' is not a slot)."))


# ================================================================ main
ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
       c14, c15, c16, c17, c18, c19, c20, c21, c22]


def main():
    CASES.clear()
    for f in ALL:
        f()
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b268-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, (slug, files, label) in enumerate(CASES, 1):
        assert slug.startswith(f"b268-{i:02d}-"), slug
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        for fn, content in files.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            if fn.endswith(".eml"):
                assert b"\r" not in data or True
                assert f"Delivered-To: {OWNER}".encode() in data, fn
            with open(os.path.join(d, fn), "wb") as fh:
                fh.write(data)
        labels[slug] = label
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Labels for blind268 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100)
    pos = sum(1 for _s, _f, lb in CASES if lb["interview"])
    ivs = [x for _s, _f, lb in CASES for x in lb["interviews"]]
    print(f"{len(CASES)} cases, {pos} positive, {len(CASES) - pos} negative, "
          f"{len(ivs)} interviews ({sum(x['status'] == 'scheduled' for x in ivs)} scheduled, "
          f"{sum(x['status'] == 'cancelled' for x in ivs)} cancelled)")


if __name__ == "__main__":
    main()
