#!/usr/bin/env python3
"""Generate the blind290 evaluation set (Lima, Peru; Peruvian Spanish with some English).

Deletes and rewrites every b290-* case folder plus labels.yaml and README.md next to this script.
Deterministic: every date, Message-ID, UID and MIME boundary is fixed or derived from a seed hash.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import json
import quopri
import shutil
from datetime import date, datetime, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind290-lima-2026"
OWNER = "lucia.quispe@example.com"
OWNER_NAME = "Lucía Quispe Huamán"

LIMA = ZoneInfo("America/Lima")
SCL = ZoneInfo("America/Santiago")
TOR = ZoneInfo("America/Toronto")
UTC = timezone.utc

DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --------------------------------------------------------------------------- checks
def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def day(y, m, d, wd):
    """Assert that a date mentioned in a text falls on the weekday the text says."""
    dd = date(y, m, d)
    i = dd.weekday()
    assert wd in (DIAS[i], DAYS[i], DAYS[i][:3]), (dd, wd, DIAS[i])
    return dd


def at(tz, y, m, d, H, M=0, S=0, off=None, wd=None):
    """Aware datetime; asserts the UTC offset (e.g. '-05:00') and the weekday when given."""
    t = datetime(y, m, d, H, M, S, tzinfo=tz)
    z = t.strftime("%z")
    if off is not None:
        assert z[:3] + ":" + z[3:] == off, (t, z, off)
    if wd is not None:
        day(y, m, d, wd)
    return t


def iso(t):
    return t.isoformat() if t is not None else None


# 2026 DST facts used by this set (asserted, not assumed)
assert at(SCL, 2026, 9, 5, 12).utcoffset().total_seconds() == -4 * 3600
assert at(SCL, 2026, 9, 7, 12).utcoffset().total_seconds() == -3 * 3600   # Chile summer time from Sep 6
assert at(TOR, 2026, 10, 31, 12).utcoffset().total_seconds() == -4 * 3600  # EDT until Nov 1
assert at(TOR, 2026, 11, 2, 12).utcoffset().total_seconds() == -5 * 3600   # EST from Nov 1
assert at(LIMA, 2026, 3, 8, 12).utcoffset() == at(LIMA, 2026, 11, 8, 12).utcoffset()  # Lima: no DST
assert at(ZoneInfo("America/New_York"), 2026, 3, 9, 12).utcoffset().total_seconds() == -4 * 3600
assert at(ZoneInfo("Europe/London"), 2026, 3, 29, 12).utcoffset().total_seconds() == 3600
assert at(ZoneInfo("Europe/London"), 2026, 10, 25, 12).utcoffset().total_seconds() == 0


# --------------------------------------------------------------------------- MIME helpers
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hdr(s):
    if is_ascii(s):
        return s
    return Header(s, "utf-8", maxlinelen=76).encode()


def addr(name, email):
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.()"@:;'):
            return '"%s" <%s>' % (name.replace('"', ""), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (Header(name, "utf-8").encode(), email)


def addrs(lst):
    return ", ".join(addr(n, e) for n, e in lst)


def leaf(ctype, payload, cte="quoted-printable", extra=()):
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    if cte == "quoted-printable":
        enc = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        enc = base64.encodebytes(data).decode("ascii")
    else:
        enc = data.decode("utf-8")
        if cte == "7bit" and not is_ascii(enc):
            cte = "8bit"
    if not enc.endswith("\n"):
        enc += "\n"
    head = ["Content-Type: " + ctype, "Content-Transfer-Encoding: " + cte] + list(extra)
    return "\n".join(head) + "\n\n" + enc


def multi(subtype, parts, key, style="gm"):
    h = hx("boundary", key, subtype, n=28)
    if style == "gm":       # Gmail / Google Calendar
        b = "000000000000" + h[:16]
    elif style == "ms":     # Exchange
        b = "_000_%sprodoutlookcom_" % h[:24].upper()
    elif style == "apple":
        b = "Apple-Mail=_%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())
    else:                   # generic ATS / Java mailers
        b = "----=_Part_%d_%d.%s" % (int(h[:6], 16), int(h[6:12], 16), int(h[12:22], 16))
    body = "".join("--%s\n%s" % (b, p if p.endswith("\n") else p + "\n") for p in parts)
    body += "--%s--\n" % b
    return 'Content-Type: multipart/%s; boundary="%s"\n\n' % (subtype, b) + body


def text_plain(t, cte="quoted-printable"):
    return leaf('text/plain; charset="UTF-8"', t, cte)


def text_html(t, cte="quoted-printable"):
    return leaf('text/html; charset="UTF-8"', t, cte)


def html_from_text(t, font="Arial,Helvetica,sans-serif"):
    """Simple HTML rendering of a plain text body (paragraph per blank-line block)."""
    esc = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p.replace("\n", "<br>\n") for p in esc.strip("\n").split("\n\n")]
    inner = "\n".join("<p>%s</p>" % p for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s;font-size:10pt">\n%s\n</div></body></html>\n' % (font, inner))


def alt(t, key, cte="quoted-printable", style="gm", html=None):
    return multi("alternative", [text_plain(t, cte), text_html(html or html_from_text(t), cte)], key, style)


def attach(ctype, filename, data, cte="base64"):
    return leaf('%s; name="%s"' % (ctype, filename), data, cte,
                ['Content-Disposition: attachment; filename="%s"' % filename])


def mid(case, name, domain, style="plain"):
    h = hx("mid", case, name, n=40)
    if style == "gmail":
        return "<CA%s+%s@mail.gmail.com>" % (h[:6].upper(), base64.b64encode(bytes.fromhex(h[6:38])).decode().rstrip("="))
    if style == "ms":
        return "<SA1PR%02dMB%s@%s.namprd%02d.prod.outlook.com>" % (int(h[:2], 16) % 20, h[2:18].upper(), "SA1PR" + h[18:22].upper(), int(h[22:24], 16) % 20)
    if style == "gcal":
        return "<calendar-%s-%s-%s-%s-%s@google.com>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    if style == "iphone":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper(), domain)
    return "<%s.%s@%s>" % (h[:16], h[16:28], domain)


def received(t, relay, ip):
    u = t.astimezone(UTC)
    return ("Received: from %s (%s [%s])\n        by mx.example.com with ESMTPS id %s\n"
            "        for <%s>; %s" % (relay, relay, ip, hx("rcv", relay, iso(t), n=12), OWNER,
                                      format_datetime(u).replace("+0000", "+0000 (UTC)")))


def eml(*, frm, to, subject, date_, msgid, body, cc=None, reply_to=None, irt=None, refs=None,
        sender=None, extra=(), relay="mail.example.net", ip="198.51.100.24", return_path=None):
    h = ["Delivered-To: " + OWNER, received(date_, relay, ip)]
    h.append("Return-Path: <%s>" % (return_path or frm[1]))
    h += list(extra)
    h.append("From: " + addr(*frm))
    if sender:
        h.append("Sender: " + addr(*sender))
    h.append("To: " + addrs(to))
    if cc:
        h.append("Cc: " + addrs(cc))
    if reply_to:
        h.append("Reply-To: " + addrs(reply_to))
    h.append("Subject: " + hdr(subject))
    h.append("Date: " + format_datetime(date_))
    h.append("Message-ID: " + msgid)
    if irt:
        h.append("In-Reply-To: " + irt)
    if refs:
        h.append("References: " + " ".join(refs))
    h.append("MIME-Version: 1.0")
    return "\n".join(h) + "\n" + body


# --------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    out.append(b)
    return b"\r\n ".join(out).decode("utf-8")


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    "America/Lima": [
        "BEGIN:VTIMEZONE", "TZID:America/Lima", "X-LIC-LOCATION:America/Lima", "BEGIN:STANDARD",
        "TZOFFSETFROM:-0500", "TZOFFSETTO:-0500", "TZNAME:-05", "DTSTART:19700101T000000",
        "END:STANDARD", "END:VTIMEZONE"],
    "SA Pacific Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:SA Pacific Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0500", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0500",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "America/Santiago": [
        "BEGIN:VTIMEZONE", "TZID:America/Santiago", "X-LIC-LOCATION:America/Santiago",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0400", "TZNAME:-04",
        "DTSTART:19700405T000000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0300", "TZNAME:-03",
        "DTSTART:19700906T000000", "RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "America/Toronto": [
        "BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}


def fmt_dt(prop, t, tzid):
    if tzid == "Z":
        return "%s:%s" % (prop, t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    return "%s;TZID=%s:%s" % (prop, tzid, t.strftime("%Y%m%dT%H%M%S"))


def ics(*, uid, start, end, summary, organizer, attendees, dtstamp, method="REQUEST", seq=0,
        tzid="America/Lima", description="", location="", status="CONFIRMED",
        prodid="-//Google Inc//Google Calendar 70.9054//EN", extra=(), alarm=True, created=None):
    """attendees: list of (name, email, role, partstat)."""
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:" + method]
    if tzid != "Z":
        L += VTZ[tzid]
        # the wall-clock times written with this TZID must be the event's local time there
        zone = LIMA if tzid in ("America/Lima", "SA Pacific Standard Time") else ZoneInfo(tzid)
        assert start.utcoffset() == start.astimezone(zone).utcoffset(), (tzid, start)
        start, end = start.astimezone(zone), end.astimezone(zone) if end else None
    L.append("BEGIN:VEVENT")
    L.append(fmt_dt("DTSTART", start, tzid))
    if end is not None:
        L.append(fmt_dt("DTEND", end, tzid))
    L.append("DTSTAMP:" + dtstamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    L.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    L.append("UID:" + uid)
    for n, e, role, ps in attendees:
        L.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s"
                 % (role, ps, n, e))
    L += list(extra)
    if created:
        L.append("CREATED:" + created.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    if description:
        L.append("DESCRIPTION:" + esc(description))
    L.append("LAST-MODIFIED:" + dtstamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    if location:
        L.append("LOCATION:" + esc(location))
    L.append("SEQUENCE:%d" % seq)
    L.append("STATUS:" + status)
    L.append("SUMMARY:" + esc(summary))
    L.append("TRANSP:OPAQUE")
    if alarm and method != "CANCEL":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


def ms_extra(seq=0, busy="TENTATIVE", teams=None):
    x = ["X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq, "X-MICROSOFT-CDO-OWNERAPPTID:-%d" % (1000000000 + seq),
         "X-MICROSOFT-CDO-BUSYSTATUS:" + busy, "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
         "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
         "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
         "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if teams:
        x.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams)
        x.append("X-MICROSOFT-LOCATIONDISPLAYNAME:Reunión de Microsoft Teams")
    return x


def ms_uid(key):
    h = hx("msuid", key, n=56).upper()
    return "040000008200E00074C5B7101A82E00800000000" + h[:16] + "000000000000000010000000" + h[16:48]


def teams_url(key):
    h = hx("teams", key, n=40)
    return ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid"
            "%%22%%3a%%22%s-%s-%s-%s-%s%%22%%7d" % (base64.b64encode(bytes.fromhex(h[:32])).decode().rstrip("=").replace("+", "x").replace("/", "y"),
                                                 h[:8], h[8:12], h[12:16], h[16:20], h[20:32]))


def teams_block(key, lang="es"):
    h = hx("teamsid", key, n=16)
    meet_id = "%s %s %s %s" % (int(h[:4], 16) % 900 + 100, int(h[4:8], 16) % 900 + 100,
                               int(h[8:12], 16) % 900 + 100, int(h[12:16], 16) % 900 + 100)
    return ("________________________________________________________________________________\n"
            "Reunión de Microsoft Teams\n"
            "Unirse desde el equipo, la aplicación móvil o el dispositivo de la sala\n"
            "Haga clic aquí para unirse a la reunión<%s>\n"
            "Id. de reunión: %s\nCódigo de acceso: %s\n"
            "Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | "
            "Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________\n"
            % (teams_url(key), meet_id, h[:6].upper()))


def meet_code(key):
    h = hx("meet", key, n=30)
    a = "".join(chr(97 + int(h[i:i + 2], 16) % 26) for i in range(0, 20, 2))
    return "%s-%s-%s" % (a[:3], a[3:7], a[7:10])


def zoom_id(key):
    h = int(hx("zoom", key, n=12), 16)
    s = str(8000000000 + h % 1999999999)
    return s, "%s %s %s" % (s[:3], s[3:7], s[7:])


def google_invite(*, key, frm, subject, when_line, plain_extra, ics_text, title, guests,
                  meet=None, organizer_note="", method="REQUEST"):
    """Google Calendar invitation MIME tree: mixed{alternative{plain, html, calendar}, invite.ics}."""
    lines = []
    if organizer_note:
        lines.append(organizer_note)
        lines.append("")
    lines.append(title)
    lines.append(when_line)
    if meet:
        lines += ["", "Unirse con Google Meet", "https://meet.google.com/" + meet, "",
                  "Unirse por teléfono", "(PE) +51 1 %s (PIN: %s)" % (hx("tel", key, n=7).translate(str.maketrans("abcdef", "234567")),
                                                                       str(int(hx("pin", key, n=8), 16))[:9] + "#")]
    if plain_extra:
        lines += ["", plain_extra]
    lines += ["", "Invitados", ""] + ["%s - %s" % (n, e) for n, e in guests]
    lines += ["", "Ver toda la información del invitado: https://calendar.google.com/calendar/event?action=VIEW&eid=" + hx("eid", key, n=40),
              "", "Responder para %s" % OWNER, "Sí: https://calendar.google.com/calendar/event?action=RESPOND&rst=1",
              "No: https://calendar.google.com/calendar/event?action=RESPOND&rst=2",
              "Quizás: https://calendar.google.com/calendar/event?action=RESPOND&rst=3", "",
              "Invitación de Google Calendar: https://calendar.google.com/calendar/",
              "", "Recibes este correo porque eres invitado a este evento. Para dejar de recibir actualizaciones, "
              "rechaza el evento o cancela tu suscripción."]
    plain = "\n".join(lines) + "\n"
    html = html_from_text(plain, font="Roboto,Helvetica,Arial,sans-serif")
    cal = leaf('text/calendar; charset="UTF-8"; method=' + method, ics_text.replace("\r\n", "\n"), "7bit")
    inner = multi("alternative", [text_plain(plain, "quoted-printable"), text_html(html, "quoted-printable"), cal], key + "alt")
    att = leaf('application/ics; name="invite.ics"', ics_text.encode("utf-8"), "base64",
               ['Content-Disposition: attachment; filename="invite.ics"'])
    return multi("mixed", [inner, att], key + "mixed")


def exchange_invite(*, key, plain, ics_text, method="REQUEST"):
    html = html_from_text(plain, font="Aptos,Calibri,sans-serif")
    return multi("alternative", [text_plain(plain), text_html(html),
                                 leaf('text/calendar; charset="utf-8"; method=' + method, ics_text.encode("utf-8"), "base64")],
                 key, style="ms")


def ms_headers(key, topic, cal=True):
    h = hx("thread", key, n=32)
    x = ["Thread-Topic: " + hdr(topic), "Thread-Index: " + base64.b64encode(bytes.fromhex(h)).decode(),
         "Accept-Language: es-PE, en-US", "Content-Language: es-PE", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    if cal:
        x.append("Content-class: urn:content-classes:calendarmessage")
    return x


# --------------------------------------------------------------------------- output collection
CASES = {}     # case_id -> list of (filename, bytes)
LABELS = {}    # case_id -> label dict
README_TZ = []  # (case number, note)


def case(num, slug):
    cid = "b290-%02d-%s" % (num, slug)
    CASES[cid] = []
    return cid


def put(cid, name, content):
    data = content.encode("utf-8") if isinstance(content, str) else content
    CASES[cid].append((name, data))


def label(cid, interviews, difficulty, category, notes):
    LABELS[cid] = {
        "user": OWNER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


ME = (OWNER_NAME, OWNER)

DIA_ABR = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MES_ABR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def quote(text, name, email, t, lang="es"):
    if lang == "es":
        head = "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (
            DIA_ABR[t.weekday()], t.day, MES_ABR[t.month - 1], t.year, t.strftime("%H:%M"), name, email)
    else:
        head = "On %s, %s %d, %d at %s, %s <%s> wrote:" % (
            DAYS[t.weekday()][:3], t.strftime("%b"), t.day, t.year, t.strftime("%-I:%M %p"), name, email)
    return "\n\n" + head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


# =========================================================================== POSITIVE CASES
# ---------------------------------------------------------------- 01 Computrabajo relay, phone screen
c = case(1, "computrabajo-entrevista-telefonica")
ROCIO = ("Rocío Palomino Salas", "rocio.palomino@huancapata.example")
t1 = at(LIMA, 2026, 10, 6, 11, 14, 32, off="-05:00", wd="martes")
day(2026, 10, 8, "jueves")
msg = """Hola Lucía,

Compañía Minera Huancapata S.A. te envió un mensaje sobre tu postulación a la oferta
"Analista Financiero Senior - Planeamiento y Control de Gestión" (Lima, Lima).

------------------------------------------------------------
Estimada Lucía:

Reciba un cordial saludo de parte del área de Gestión Humana de Compañía Minera
Huancapata. Revisamos su hoja de vida y nos gustaría conocerla mejor.

La hemos programado para una entrevista telefónica el jueves 8 de octubre a las
10 h. La llamada durará aproximadamente 30 minutos y la realizaré yo misma al
celular que figura en su CV. Conversaremos sobre su experiencia en presupuestos
y control de costos en operaciones mineras.

Le agradeceremos confirmar su asistencia escribiéndome directamente a
rocio.palomino@huancapata.example.

Atentamente,
Rocío Palomino Salas
Analista de Selección - Gestión Humana
Compañía Minera Huancapata S.A.
------------------------------------------------------------

Puedes ver el mensaje y el estado de tu postulación en Mi Computrabajo > Mis postulaciones.
No respondas a este correo; las respuestas a esta dirección no llegan a la empresa.

Computrabajo Perú - Tu próximo empleo está aquí
Recibes este correo porque tienes una cuenta en pe.computrabajo.com. Configurar notificaciones:
https://pe.computrabajo.com/candidate/notifications
"""
m1 = mid(c, "ct", "computrabajo.com")
put(c, "01-computrabajo-mensaje-huancapata.eml", eml(
    frm=("Computrabajo", "notificaciones@computrabajo.com"), to=[ME],
    subject="Compañía Minera Huancapata S.A. te ha enviado un mensaje", date_=t1, msgid=m1,
    body=alt(msg, c + "1", cte="base64", style="ats"), relay="mta12.computrabajo.com", ip="192.0.2.41",
    return_path="bounces@computrabajo.com"))
t2 = at(LIMA, 2026, 10, 6, 12, 3, 50, off="-05:00")
rep = """Estimada Rocío:

Muchas gracias por la oportunidad. Confirmo mi participación en la entrevista
telefónica del jueves 8 de octubre a las 10 h. Mi celular es el 987 412 630.

Saludos cordiales,
Lucía Quispe Huamán
"""
put(c, "02-lucia-confirma.eml", eml(
    frm=ME, to=[ROCIO], subject="Confirmación - entrevista telefónica Analista Financiero Senior",
    date_=t2, msgid=mid(c, "r", "mail.gmail.com", "gmail"),
    body=text_plain(rep, "8bit"), relay="mail-sor-f41.google.com", ip="209.85.220.41"))
label(c, [iv("Compañía Minera Huancapata S.A.", "Analista Financiero Senior - Planeamiento y Control de Gestión",
             at(LIMA, 2026, 10, 8, 10, off="-05:00"), at(LIMA, 2026, 10, 8, 10, 30), "scheduled",
             [ROCIO[1]], [ROCIO[1]], "phone_screen")],
      "medium", "positive/ats-relay-body-only",
      "Computrabajo relays the company message from a no-reply sender; the recruiter does the call herself and "
      "gives her own address in the text. '10 h' = 10:00 Lima; 30 minutes stated.")

# ---------------------------------------------------------------- 02 relative date 'mañana' late evening
c = case(2, "banco-manana-a-las-3")
GAB = ("Gabriel Salas Ríos", "gabriel.salas@bancointerandino.example")
DANI = ("Daniela Ortiz Lazo", "daniela.ortiz@bancointerandino.example")
t1 = at(LIMA, 2026, 10, 19, 19, 52, 7, off="-05:00", wd="lunes")
assert t1.astimezone(UTC).date() == date(2026, 10, 20)   # in UTC the mail is already Tuesday
b1 = """Hola Lucía, buenas noches, y disculpa lo tarde.

Soy Gabriel Salas, del equipo de Atracción de Talento de Banco Interandino.
Revisamos tu postulación a Analista de Riesgo de Crédito - Banca Corporativa
(cartera minera) y a Daniela Ortiz, nuestra jefa de Riesgo de Crédito
Corporativo, le gustaría conversar contigo antes de cerrar la terna.

¿Te parece mañana a las 3:00 p. m.? Sería por Google Meet, unos 45 minutos.
Daniela tiene la agenda muy ajustada esta semana y por eso la premura; yo no
estaré en la llamada, solo hago la coordinación.

Quedo atento.

Gabriel Salas Ríos
Atracción de Talento | Banco Interandino
"""
m1 = mid(c, "1", "bancointerandino.example", "ms")
put(c, "01-gabriel-propone-manana.eml", eml(
    frm=GAB, to=[ME], subject="Conversación con Riesgo de Crédito Corporativo", date_=t1, msgid=m1,
    body=alt(b1, c + "1", style="ms"), extra=ms_headers(c + "1", "Conversación con Riesgo de Crédito Corporativo", False),
    relay="mail-bn8nam12.outbound.protection.outlook.com", ip="40.107.237.55"))
t2 = at(LIMA, 2026, 10, 19, 20, 8, 44, off="-05:00")
b2 = "Hola Gabriel, buenas noches.\n\nSí, mañana a las 3 p. m. me viene bien. Muchas gracias por la consideración.\n\nSaludos,\nLucía\n"
m2 = mid(c, "2", "mail.gmail.com", "gmail")
put(c, "02-lucia-acepta.eml", eml(
    frm=ME, to=[GAB], subject="Re: Conversación con Riesgo de Crédito Corporativo", date_=t2, msgid=m2,
    irt=m1, refs=[m1], body=text_plain(b2 + quote(b1, GAB[0], GAB[1], t1), "quoted-printable"),
    relay="mail-sor-f41.google.com", ip="209.85.220.41"))
t3 = at(LIMA, 2026, 10, 19, 20, 15, 2, off="-05:00")
code = meet_code(c)
b3 = ("Perfecto, Lucía. Te copio a Daniela para que tengan el contacto.\n\n"
      "Enlace de la reunión: https://meet.google.com/%s\n\n"
      "Daniela: Lucía se conecta mañana a las 3. Cualquier cosa me avisan por aquí.\n\n"
      "Saludos,\nGabriel\n" % code)
put(c, "03-gabriel-enlace-meet.eml", eml(
    frm=GAB, to=[ME], cc=[DANI], subject="RE: Conversación con Riesgo de Crédito Corporativo", date_=t3,
    msgid=mid(c, "3", "bancointerandino.example", "ms"), irt=m2, refs=[m1, m2],
    body=alt(b3 + quote(b2, ME[0], ME[1], t2), c + "3", style="ms"),
    extra=ms_headers(c + "1", "Conversación con Riesgo de Crédito Corporativo", False),
    relay="mail-bn8nam12.outbound.protection.outlook.com", ip="40.107.237.55"))
label(c, [iv("Banco Interandino", "Analista de Riesgo de Crédito - Banca Corporativa",
             at(LIMA, 2026, 10, 20, 15, off="-05:00", wd="martes"), at(LIMA, 2026, 10, 20, 15, 45), "scheduled",
             [DANI[1]], [DANI[1]], "hiring_manager")],
      "hard", "positive/relative-date-body-only",
      "Time only in the body: 'mañana a las 3:00 p. m.' written Mon 19 Oct 19:52 -0500 = Tue 20 Oct 15:00 Lima "
      "(the Date in UTC is already Tue 20 Oct, so resolving in UTC gives the wrong day). Gabriel only coordinates; "
      "Daniela (Cc on the last mail) conducts. 45 minutes stated.")

# ---------------------------------------------------------------- 03 propose two slots, confirm later
c = case(3, "consultora-propuesta-y-confirmacion")
CARLA = ("Carla Mendoza Ríos", "carla.mendoza@verticeandino.example")
JORGE = ("Jorge Villanueva Prado", "jorge.villanueva@verticeandino.example")
t1 = at(LIMA, 2026, 10, 14, 9, 20, 41, off="-05:00", wd="miércoles")
day(2026, 10, 20, "martes")
day(2026, 10, 21, "miércoles")
b1 = """Estimada Lucía:

Le saluda cordialmente Carla Mendoza, del área de Talento de Vértice Andino
Consultores. Nos alegra comunicarle que pasó a la siguiente etapa del proceso
para la posición de Consultor(a) Senior - Finanzas Corporativas y Minería.

La etapa que sigue es una entrevista con la gerencia, a cargo de Jorge
Villanueva, gerente de nuestra práctica de Minería y Energía. Será presencial,
en nuestra oficina de Miraflores, y tomará alrededor de una hora. Le propongo
dos alternativas:

  - martes 20 de octubre, 11:00 a. m.
  - miércoles 21 de octubre, 4:30 p. m.

¿Nos indica cuál le acomoda mejor? Apenas nos confirme, bloqueamos la agenda.

Quedamos atentos.

Carla Mendoza Ríos | Talento
Vértice Andino Consultores
Av. Santa Cruz 870, piso 6, Miraflores - Lima
"""
m1 = mid(c, "1", "mail.gmail.com", "gmail")
put(c, "01-carla-propone-horarios.eml", eml(
    frm=CARLA, to=[ME], subject="Vértice Andino | Entrevista con la gerencia - Consultor(a) Senior",
    date_=t1, msgid=m1, body=alt(b1, c + "1"), relay="mail-yw1-f170.google.com", ip="209.85.128.170"))
t2 = at(LIMA, 2026, 10, 14, 12, 2, 9, off="-05:00")
b2 = ("Estimada Carla:\n\nMuchas gracias por la noticia. Me acomoda mejor el miércoles 21 de octubre a las "
      "4:30 p. m.\n\nSaludos cordiales,\nLucía Quispe Huamán\n")
m2 = mid(c, "2", "mail.gmail.com", "gmail")
put(c, "02-lucia-elige-miercoles.eml", eml(
    frm=ME, to=[CARLA], subject="Re: Vértice Andino | Entrevista con la gerencia - Consultor(a) Senior",
    date_=t2, msgid=m2, irt=m1, refs=[m1], body=alt(b2 + quote(b1, CARLA[0], CARLA[1], t1), c + "2"),
    relay="mail-sor-f41.google.com", ip="209.85.220.41"))
t3 = at(LIMA, 2026, 10, 15, 8, 47, 30, off="-05:00", wd="jueves")
b3 = """Estimada Lucía:

Queda confirmada su entrevista para el miércoles 21 de octubre a las 16:30 h con
Jorge Villanueva, a quien copio en este correo.

Al llegar, por favor acérquese a la recepción del piso 6 con su DNI; el edificio
pide registro de visitantes.

Saludos,
Carla
"""
put(c, "03-carla-confirma.eml", eml(
    frm=CARLA, to=[ME], cc=[JORGE], subject="Re: Vértice Andino | Entrevista con la gerencia - Consultor(a) Senior",
    date_=t3, msgid=mid(c, "3", "mail.gmail.com", "gmail"), irt=m2, refs=[m1, m2],
    body=alt(b3 + quote(b2, ME[0], ME[1], t2), c + "3"), relay="mail-yw1-f170.google.com", ip="209.85.128.170"))
label(c, [iv("Vértice Andino Consultores", "Consultor(a) Senior - Finanzas Corporativas y Minería",
             at(LIMA, 2026, 10, 21, 16, 30, off="-05:00"), at(LIMA, 2026, 10, 21, 17, 30), "scheduled",
             [JORGE[1]], [JORGE[1]], "hiring_manager")],
      "medium", "positive/thread-propose-confirm",
      "Two slots proposed (Tue 20 Oct 11:00 / Wed 21 Oct 16:30); the candidate picks Wednesday and the recruiter "
      "confirms with the manager in Cc. 'alrededor de una hora' gives the end.")

# ---------------------------------------------------------------- 04 Teams invite, interviewer only on invite
c = case(4, "minera-teams-sa-pacific")
MILA = ("Milagros Tello Ayala", "milagros.tello@cordillerablanca.example")
RENZO = ("Renzo Cárdenas Villar", "renzo.cardenas@cordillerablanca.example")
t1 = at(LIMA, 2026, 10, 22, 16, 3, 18, off="-05:00", wd="jueves")
s = at(LIMA, 2026, 10, 27, 10, off="-05:00", wd="martes")
e = at(LIMA, 2026, 10, 27, 11)
turl = teams_url(c)
plain = ("Cuándo: martes, 27 de octubre de 2026 10:00-11:00 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.\n"
         "Dónde: Reunión de Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n"
         "Estimada Lucía:\n\n"
         "Le saluda cordialmente Milagros Tello, de la Superintendencia de Gestión del Talento de Minera "
         "Cordillera Blanca S.A.A.\n\n"
         "Por medio de la presente le hacemos llegar la invitación a su entrevista técnica para el puesto de "
         "Analista de Evaluación Económica de Proyectos. La reunión será por Microsoft Teams; le sugerimos tener "
         "Excel a la mano, pues es posible que le pidan comentar el flujo de caja de un proyecto de ampliación.\n\n"
         "Yo me encargo solo de la coordinación; la entrevista estará a cargo del área de Planeamiento "
         "Financiero.\n\n"
         "Agradeceremos confirmar su asistencia aceptando esta invitación.\n\nQuedamos atentos.\n\n"
         "Milagros Tello Ayala\nAnalista de Gestión del Talento\nMinera Cordillera Blanca S.A.A.\n\n" + teams_block(c))
cal = ics(uid=ms_uid(c), start=s, end=e, tzid="SA Pacific Standard Time", dtstamp=t1, organizer=MILA,
          attendees=[(ME[0], ME[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                     (RENZO[0], RENZO[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
          summary="Entrevista técnica - Analista de Evaluación Económica de Proyectos - Lucía Quispe",
          description=plain, location="Reunión de Microsoft Teams", prodid="Microsoft Exchange Server 2010",
          extra=ms_extra(0, teams=turl), alarm=False)
put(c, "01-invitacion-teams-entrevista-tecnica.eml", eml(
    frm=MILA, to=[ME, RENZO], subject="Entrevista técnica - Analista de Evaluación Económica de Proyectos - Lucía Quispe",
    date_=t1, msgid=mid(c, "1", "cordillerablanca.example", "ms"),
    body=exchange_invite(key=c, plain=plain, ics_text=cal),
    extra=ms_headers(c, "Entrevista técnica - Analista de Evaluación Económica de Proyectos - Lucía Quispe"),
    relay="mail-dm6nam11.outbound.protection.outlook.com", ip="40.107.223.87"))
label(c, [iv("Minera Cordillera Blanca S.A.A.", "Analista de Evaluación Económica de Proyectos", s, e, "scheduled",
             [RENZO[1]], [RENZO[1]], "technical")],
      "medium", "positive/exchange-teams-invite",
      "Exchange/Teams invite with TZID 'SA Pacific Standard Time' and a '(UTC-05:00) Bogotá, Lima, Quito' label. "
      "The interviewer Renzo Cárdenas appears only as invite attendee (To/ATTENDEE), never in the body text; "
      "the organizer says she only coordinates.")
README_TZ.append((4, "Exchange TZID 'SA Pacific Standard Time' / '(UTC-05:00) Bogotá, Lima, Quito, Rio Branco' = America/Lima, UTC-5."))

# ---------------------------------------------------------------- 05 Santiago firm, Chile summer time
c = case(5, "santiago-horario-de-verano")
FRAN = ("Francisca Rojas Valdés", "francisca.rojas@cobreaustral.example")
TOMAS = ("Tomás Errázuriz Lyon", "tomas.errazuriz@cobreaustral.example")
t1 = at(SCL, 2026, 10, 29, 11, 32, 5, off="-03:00", wd="jueves")
s = at(SCL, 2026, 11, 4, 10, off="-03:00", wd="miércoles")
e = at(SCL, 2026, 11, 4, 11, off="-03:00")
assert s.astimezone(LIMA).hour == 8   # 10:00 Santiago = 08:00 Lima in November
b1 = """Hola Lucía, ¿cómo estás?

Te escribo de Cobre Austral para coordinar tu entrevista con Tomás Errázuriz,
nuestro Gerente de Finanzas Corporativas, por el cargo de Analista Senior de
Financiamiento de Proyectos.

Quedó agendada para el miércoles 4 de noviembre a las 10:00 hrs de Chile. Como
acá ya estamos con horario de verano, para ti serían las 8:00 hrs de Lima (ojo
con eso, que varios postulantes de Perú se han confundido). Dura una hora y es
por Google Meet; en un ratito te llega la invitación al calendario.

Cualquier cosa me avisas no más.

Saludos,
Francisca Rojas V.
People & Culture | Cobre Austral SpA
Av. Apoquindo 3600, piso 11, Las Condes, Santiago
"""
put(c, "01-francisca-coordina-entrevista.eml", eml(
    frm=FRAN, to=[ME], subject="Cobre Austral - entrevista con Tomás Errázuriz",
    date_=t1, msgid=mid(c, "1", "mail.gmail.com", "gmail"), body=alt(b1, c + "1"),
    relay="mail-qk1-f182.google.com", ip="209.85.222.182"))
t2 = at(SCL, 2026, 10, 29, 11, 40, 51, off="-03:00")
code = meet_code(c)
uid = hx("gcaluid", c, n=26) + "@google.com"
title = "Entrevista Analista Senior Financiamiento de Proyectos - Lucía Quispe"
desc = ("Entrevista con Tomás Errázuriz (Gerente de Finanzas Corporativas).\n"
        "Horario de Chile (verano, UTC-3). En Lima: 08:00.")
cal = ics(uid=uid, start=s, end=e, tzid="America/Santiago", dtstamp=t2, created=t2, organizer=FRAN,
          attendees=[(FRAN[0], FRAN[1], "REQ-PARTICIPANT", "ACCEPTED"),
                     (TOMAS[0], TOMAS[1], "REQ-PARTICIPANT", "ACCEPTED"),
                     (OWNER, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
          summary=title, description=desc + "\n\nUnirse con Google Meet: https://meet.google.com/" + code,
          location="", extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/" + code])
put(c, "02-invitacion-google-calendar.eml", eml(
    frm=FRAN, to=[ME], reply_to=[FRAN],
    subject="Invitación: %s @ mié 4 nov 2026 10:00 - 11:00 (GMT-3) (%s)" % (title, OWNER),
    date_=t2, msgid=mid(c, "2", "google.com", "gcal"),
    body=google_invite(key=c, frm=FRAN, subject=title, title=title,
                       when_line="miércoles, 4 de noviembre de 2026 · 10:00 – 11:00\nHora de verano de Chile - Santiago",
                       plain_extra=desc, ics_text=cal, meet=code,
                       guests=[(FRAN[0] + " - organizador", FRAN[1]), TOMAS, (OWNER, OWNER)]),
    relay="mail-sor-f73.google.com", ip="209.85.220.73", return_path="3kl0aZw4KAD8x@calendar-server.bounces.google.com"))
label(c, [iv("Cobre Austral SpA", "Analista Senior de Financiamiento de Proyectos", s, e, "scheduled",
             [TOMAS[1]], [TOMAS[1]], "hiring_manager")],
      "hard", "positive/google-invite-foreign-tz",
      "Santiago firm: 10:00 Chile summer time (UTC-3 since 6 Sep 2026) = 08:00 Lima. Invite TZID America/Santiago. "
      "Recruiter coordinates; Gerente de Finanzas conducts.")
README_TZ.append((5, "America/Santiago on Chile summer time (from Sep 6, 2026): 10:00 -03:00 on Nov 4 = 08:00 Lima; mail Date also -0300."))

# ---------------------------------------------------------------- 06 Toronto: two rounds across the Nov 1 DST change
c = case(6, "toronto-dos-rondas-cambio-de-hora")
MEG = ("Megan Fraser", "megan.fraser@northernshieldmining.example")
GRA = ("Graham Whitfield", "graham.whitfield@northernshieldmining.example")
PRI = ("Priya Natarajan", "priya.natarajan@northernshieldmining.example")
t1 = at(TOR, 2026, 10, 23, 10, 5, 12, off="-04:00", wd="Friday")
s1 = at(TOR, 2026, 10, 29, 9, 30, off="-04:00", wd="Thursday")
e1 = at(TOR, 2026, 10, 29, 10, 0, off="-04:00")
assert s1.astimezone(LIMA).strftime("%H:%M") == "08:30"
b1 = """Hi Lucía,

Thanks for applying to the Senior Financial Analyst, Corporate Finance (LatAm)
role at Northern Shield Mining. Your coverage of Peruvian copper and gold
producers is very relevant to what our Toronto treasury team is building.

I'd like to set up a 30-minute phone screen with me. Would Thursday,
October 29 at 9:30 AM Eastern (8:30 AM Lima) work for you? If not, send me two
or three windows next week and I'll make one of them work.

Best,
Megan Fraser
Senior Talent Partner | Northern Shield Mining Corp.
100 King Street West, Suite 4100, Toronto, ON
"""
m1 = mid(c, "1", "northernshieldmining.example", "ms")
put(c, "01-megan-phone-screen-request.eml", eml(
    frm=MEG, to=[ME], subject="Northern Shield Mining - Senior Financial Analyst (LatAm) - phone screen",
    date_=t1, msgid=m1, body=alt(b1, c + "1", style="ms"),
    extra=ms_headers(c + "1", "Northern Shield Mining - Senior Financial Analyst (LatAm) - phone screen", False),
    relay="mail-yt3can01.outbound.protection.outlook.com", ip="40.107.115.90"))
t2 = at(LIMA, 2026, 10, 23, 12, 40, 3, off="-05:00")
b2 = ("Hi Megan,\n\nThank you! Thursday, October 29 at 9:30 a.m. ET (8:30 a.m. here in Lima) works perfectly. "
      "My mobile is +51 987 412 630 (WhatsApp too).\n\nSaludos,\nLucía\n")
m2 = mid(c, "2", "mail.gmail.com", "gmail")
put(c, "02-lucia-confirms.eml", eml(
    frm=ME, to=[MEG], subject="Re: Northern Shield Mining - Senior Financial Analyst (LatAm) - phone screen",
    date_=t2, msgid=m2, irt=m1, refs=[m1], body=text_plain(b2 + quote(b1, MEG[0], MEG[1], t1, "en")),
    relay="mail-sor-f41.google.com", ip="209.85.220.41"))
t3 = at(TOR, 2026, 10, 29, 14, 20, 44, off="-04:00", wd="Thursday")
s2 = at(TOR, 2026, 11, 5, 10, off="-05:00", wd="Thursday")
e2 = at(TOR, 2026, 11, 5, 11, off="-05:00")
assert s2.astimezone(LIMA).strftime("%H:%M") == "10:00"
zid, zfmt = zoom_id(c)
b3 = """Hi Lucía,

Thanks for a great conversation this morning. I'm happy to move you forward!

Next step is a technical panel with Graham Whitfield (Director, Mine Finance)
and Priya Natarajan (Senior Manager, FP&A), both copied here. We've booked
Thursday, November 5, 10:00-11:00 AM Eastern on Zoom. Expect a walkthrough of
a project-finance model for a mid-size open-pit mine plus questions on hedging
and PEN/USD exposure.

One heads-up on the time: Ontario falls back to standard time on Sunday,
November 1. Today 9:30 here was 8:30 for you, but from next week Toronto and
Lima share the same clock, so the panel is at 10:00 AM your time as well.

The calendar file is attached.

Zoom: https://northernshield.zoom.us/j/%s
Meeting ID: %s

Best,
Megan
""" % (zid, zfmt)
cal = ics(uid=hx("zoomuid", c, n=32) + "@zoom.us", start=s2, end=e2, tzid="America/Toronto", dtstamp=t3,
          organizer=MEG, prodid="-//zoom.us//iCalendar Event//EN",
          attendees=[(GRA[0], GRA[1], "REQ-PARTICIPANT", "ACCEPTED"), (PRI[0], PRI[1], "REQ-PARTICIPANT", "ACCEPTED"),
                     (ME[0], ME[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
          summary="Northern Shield Mining - Technical Panel - Lucía Quispe Huamán",
          description="Technical panel: Graham Whitfield and Priya Natarajan.\nJoin Zoom Meeting\nhttps://northernshield.zoom.us/j/%s\nMeeting ID: %s" % (zid, zfmt),
          location="https://northernshield.zoom.us/j/" + zid)
put(c, "03-megan-technical-panel-invite.eml", eml(
    frm=MEG, to=[ME], cc=[GRA, PRI], subject="Next step: technical panel - Thursday, November 5",
    date_=t3, msgid=mid(c, "3", "northernshieldmining.example", "ms"),
    body=multi("mixed", [alt(b3, c + "3a", style="ms"),
                         attach('text/calendar; charset="utf-8"; method=REQUEST', "Technical_Panel_Nov5.ics", cal.encode())],
               c + "3", style="ms"),
    extra=ms_headers(c + "3", "Next step: technical panel - Thursday, November 5", False),
    relay="mail-yt3can01.outbound.protection.outlook.com", ip="40.107.115.90"))
label(c, [iv("Northern Shield Mining Corp.", "Senior Financial Analyst, Corporate Finance (LatAm)", s1, e1, "scheduled",
             [MEG[1]], [MEG[1]], "phone_screen"),
          iv("Northern Shield Mining Corp.", "Senior Financial Analyst, Corporate Finance (LatAm)", s2, e2, "scheduled",
             [GRA[1], PRI[1]], [GRA[1], PRI[1]], "onsite")],
      "hard", "positive/two-interviews-dst-change",
      "Two interviews with a Toronto company: phone screen Thu 29 Oct 09:30 EDT (-04:00, 08:30 Lima) with the "
      "recruiter, then a two-person technical panel Thu 5 Nov 10:00 EST (-05:00, same clock as Lima) after the "
      "Nov 1 fall-back. Panel -> kind onsite.")
README_TZ.append((6, "America/Toronto: Oct 29 09:30 EDT (-04:00) = 08:30 Lima; Nov 5 10:00 EST (-05:00) = 10:00 Lima (fall-back Nov 1)."))

# ---------------------------------------------------------------- 07 Workday reschedule (same UID, SEQUENCE 1)
c = case(7, "banco-workday-reprogramada")
KATH = ("Katherine Huamaní Soto", "katherine.huamani@bancointerandino.example")
MARCO = ("Marco Antonio Paredes", "marco.paredes@bancointerandino.example")
WD = ("Banco Interandino", "bancointerandino@myworkday.com")
uid = "WD-INTERVIEW-%s@myworkday.com" % hx("wduid", c, n=20).upper()
t1 = at(LIMA, 2026, 11, 3, 9, 2, 11, off="-05:00", wd="martes")
s0 = at(LIMA, 2026, 11, 10, 11, off="-05:00", wd="martes")
role = "Analista de Riesgo de Crédito - Banca Corporativa"


def wd_body(head, rows, tail):
    return ("Estimada Lucía Quispe Huamán:\n\n%s\n\n" % head
            + "\n".join("%s: %s" % r for r in rows)
            + "\n\n%s\n\nAtentamente,\nAtracción de Talento\nBanco Interandino\n\n"
              "Este mensaje fue generado desde Workday. Para ver el detalle de su candidatura ingrese a "
              "https://wd3.myworkday.com/bancointerandino/d/home.htmld\n" % tail)


b1 = wd_body("Le informamos que se ha programado la siguiente entrevista como parte de su proceso de selección.",
             [("Puesto", role + " (R-04417)"), ("Etapa", "Entrevista final con la gerencia"),
              ("Fecha", "martes, 10 de noviembre de 2026"), ("Hora", "11:00 a. m. - 12:00 p. m. (hora de Lima, GMT-5)"),
              ("Modalidad", "Presencial - Sede Central, Av. Paseo de la República 3587, piso 12, San Isidro"),
              ("Entrevistador", "Marco Antonio Paredes, Gerente de División de Riesgos")],
             "Adjuntamos el archivo de calendario. Le pedimos presentarse 15 minutos antes con su DNI.\n"
             "Ante cualquier consulta puede escribir a Katherine Huamaní (katherine.huamani@bancointerandino.example).")
cal0 = ics(uid=uid, start=s0, end=s0.replace(hour=12), tzid="Z", dtstamp=t1, seq=0, organizer=KATH,
           prodid="-//Workday//Workday Calendar 2026.1//EN",
           attendees=[(ME[0], ME[1], "REQ-PARTICIPANT", "NEEDS-ACTION"), (MARCO[0], MARCO[1], "REQ-PARTICIPANT", "ACCEPTED")],
           summary="Entrevista final con la gerencia - " + role, location="Av. Paseo de la República 3587, piso 12, San Isidro",
           description="Entrevista con Marco Antonio Paredes. Requisición R-04417.", alarm=False)
put(c, "01-workday-entrevista-programada.eml", eml(
    frm=WD, to=[ME], reply_to=[KATH], subject="Entrevista programada: " + role, date_=t1,
    msgid=mid(c, "1", "myworkday.com"),
    body=multi("mixed", [alt(b1, c + "1a", style="ats"), attach("text/calendar; charset=UTF-8; method=REQUEST", "Entrevista.ics", cal0.encode())],
               c + "1", style="ats"),
    relay="smtp-out7.myworkday.com", ip="192.0.2.77", return_path="bounce@myworkday.com"))
t2 = at(LIMA, 2026, 11, 5, 17, 45, 9, off="-05:00", wd="jueves")
s = at(LIMA, 2026, 11, 12, 16, off="-05:00", wd="jueves")
e = at(LIMA, 2026, 11, 12, 17)
b2 = wd_body("Su entrevista ha sido reprogramada por un cambio en la agenda del entrevistador. Estos son los nuevos datos:",
             [("Puesto", role + " (R-04417)"), ("Etapa", "Entrevista final con la gerencia"),
              ("Nueva fecha", "jueves, 12 de noviembre de 2026"), ("Nueva hora", "4:00 p. m. - 5:00 p. m. (hora de Lima, GMT-5)"),
              ("Fecha anterior", "martes, 10 de noviembre de 2026, 11:00 a. m. (ya no es válida)"),
              ("Modalidad", "Presencial - Sede Central, piso 12")],
             "El archivo adjunto actualiza el evento en su calendario. Si el nuevo horario no le resulta posible, "
             "comuníquese con Katherine Huamaní.")
cal1 = ics(uid=uid, start=s, end=e, tzid="Z", dtstamp=t2, seq=1, organizer=KATH,
           prodid="-//Workday//Workday Calendar 2026.1//EN",
           attendees=[(ME[0], ME[1], "REQ-PARTICIPANT", "NEEDS-ACTION"), (MARCO[0], MARCO[1], "REQ-PARTICIPANT", "ACCEPTED")],
           summary="Entrevista final con la gerencia - " + role, location="Av. Paseo de la República 3587, piso 12, San Isidro",
           description="Entrevista con Marco Antonio Paredes (reprogramada). Requisición R-04417.", alarm=False)
put(c, "02-workday-entrevista-reprogramada.eml", eml(
    frm=WD, to=[ME], reply_to=[KATH], subject="Entrevista reprogramada: " + role, date_=t2,
    msgid=mid(c, "2", "myworkday.com"),
    body=multi("mixed", [alt(b2, c + "2a", style="ats"), attach("text/calendar; charset=UTF-8; method=REQUEST", "Entrevista.ics", cal1.encode())],
               c + "2", style="ats"),
    relay="smtp-out7.myworkday.com", ip="192.0.2.77", return_path="bounce@myworkday.com"))
label(c, [iv("Banco Interandino", role, s, e, "scheduled", [MARCO[1]], [MARCO[1]], "hiring_manager")],
      "medium", "positive/reschedule-ics-sequence",
      "Workday: Tue 10 Nov 11:00 rescheduled to Thu 12 Nov 16:00 Lima; same UID, SEQUENCE 0 -> 1; .ics times in UTC (Z).")
README_TZ.append((7, "Workday .ics in UTC: 20261112T210000Z = Thu 12 Nov 16:00 Lima."))

# ---------------------------------------------------------------- 08 reschedule by a short phone mail
c = case(8, "minera-pasarlo-al-viernes")
HUGO = ("Hugo Valdivia Cornejo", "hugo.valdivia@huancapata.example")
t1 = at(LIMA, 2026, 10, 12, 17, 30, 22, off="-05:00", wd="lunes")
day(2026, 10, 15, "jueves")
b1 = """Estimada Lucía:

Reciba un cordial saludo. Luego de la entrevista telefónica de la semana pasada,
la Gerencia de Finanzas desea conocerla en persona.

Le proponemos una entrevista con la gerencia el jueves 15 de octubre a las
3:00 p. m., en nuestras oficinas de Av. Javier Prado Este 4200, piso 9, San
Borja. La entrevista estará a cargo del Ing. Hugo Valdivia Cornejo, Gerente de
Finanzas (en copia), y tomará aproximadamente una hora.

Agradeceremos confirmar su asistencia.

Atentamente,
Rocío Palomino Salas
Analista de Selección - Gestión Humana
Compañía Minera Huancapata S.A.
"""
m1 = mid(c, "1", "huancapata.example", "ms")
put(c, "01-rocio-entrevista-gerencia.eml", eml(
    frm=ROCIO, to=[ME], cc=[HUGO], subject="Entrevista con la gerencia - Analista Financiero Senior", date_=t1, msgid=m1,
    body=alt(b1, c + "1", style="ms"), extra=ms_headers(c, "Entrevista con la gerencia - Analista Financiero Senior", False),
    relay="mail-cp2nam11.outbound.protection.outlook.com", ip="40.107.212.61"))
t2 = at(LIMA, 2026, 10, 12, 18, 5, 40, off="-05:00")
b2 = ("Estimada Rocío:\n\nConfirmo mi asistencia el jueves 15 de octubre a las 3:00 p. m. en San Borja. "
      "Muchas gracias.\n\nSaludos cordiales,\nLucía Quispe Huamán\n")
m2 = mid(c, "2", "mail.gmail.com", "gmail")
put(c, "02-lucia-confirma-jueves.eml", eml(
    frm=ME, to=[ROCIO], cc=[HUGO], subject="Re: Entrevista con la gerencia - Analista Financiero Senior",
    date_=t2, msgid=m2, irt=m1, refs=[m1], body=text_plain(b2 + quote(b1, ROCIO[0], ROCIO[1], t1)),
    relay="mail-sor-f41.google.com", ip="209.85.220.41"))
t3 = at(LIMA, 2026, 10, 14, 20, 47, 13, off="-05:00", wd="miércoles")
b3 = ("Lucía buenas noches, disculpa la hora. Al Ing. Valdivia lo llamaron a la unidad y recién vuelve "
      "el viernes temprano. ¿podemos pasarlo al viernes a la misma hora?\n\nEnviado desde mi iPhone\n")
m3 = mid(c, "3", "huancapata.example", "iphone")
put(c, "03-rocio-pasarlo-al-viernes.eml", eml(
    frm=ROCIO, to=[ME], subject="Re: Entrevista con la gerencia - Analista Financiero Senior", date_=t3, msgid=m3,
    irt=m2, refs=[m1, m2], body=text_plain(b3, "8bit"), extra=["X-Mailer: iPhone Mail (22B91)"],
    relay="mail-cp2nam11.outbound.protection.outlook.com", ip="40.107.212.61"))
t4 = at(LIMA, 2026, 10, 14, 21, 2, 57, off="-05:00")
b4 = "Claro, Rocío, no hay problema. Entonces el viernes 16 a las 3:00 p. m. en San Borja. ¡Gracias por avisar!\n\nLucía\n"
day(2026, 10, 16, "viernes")
put(c, "04-lucia-ok-viernes.eml", eml(
    frm=ME, to=[ROCIO], cc=[HUGO], subject="Re: Entrevista con la gerencia - Analista Financiero Senior", date_=t4,
    msgid=mid(c, "4", "mail.gmail.com", "gmail"), irt=m3, refs=[m1, m2, m3],
    body=text_plain(b4 + quote(b3, ROCIO[0], ROCIO[1], t3)), relay="mail-sor-f41.google.com", ip="209.85.220.41"))
label(c, [iv("Compañía Minera Huancapata S.A.", "Analista Financiero Senior",
             at(LIMA, 2026, 10, 16, 15, off="-05:00"), at(LIMA, 2026, 10, 16, 16), "scheduled",
             [HUGO[1]], [HUGO[1]], "hiring_manager")],
      "hard", "positive/reschedule-by-email",
      "Thu 15 Oct 15:00 moved by a one-line phone mail ('¿podemos pasarlo al viernes a la misma hora?') to "
      "Fri 16 Oct 15:00; the candidate agrees. Gerente de Finanzas in Cc conducts.")

# ---------------------------------------------------------------- 09 cancellation (Google invite + METHOD:CANCEL)
c = case(9, "minera-entrevista-cancelada")
FIO = ("Fiorella Vargas Quiroz", "fiorella.vargas@qorillaqta.example")
SAN = ("Sandra Choque Mamani", "sandra.choque@qorillaqta.example")
t1 = at(LIMA, 2026, 11, 9, 10, 15, 30, off="-05:00", wd="lunes")
s = at(LIMA, 2026, 11, 17, 11, off="-05:00", wd="martes")
e = at(LIMA, 2026, 11, 17, 11, 45)
uid = hx("gcaluid", c, n=26) + "@google.com"
code = meet_code(c)
title = "Entrevista técnica - Analista de Costos Mineros (Lucía Quispe)"
desc = "Entrevista técnica con Sandra Choque, Jefa de Costos y Presupuestos. Revisaremos un caso breve de costo unitario por tonelada."
guests = [(FIO[0] + " - organizador", FIO[1]), SAN, (OWNER, OWNER)]
att = [(FIO[0], FIO[1], "REQ-PARTICIPANT", "ACCEPTED"), (SAN[0], SAN[1], "REQ-PARTICIPANT", "ACCEPTED"),
       (OWNER, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")]
cal = ics(uid=uid, start=s, end=e, dtstamp=t1, created=t1, organizer=FIO, attendees=att, summary=title,
          description=desc + "\n\nUnirse con Google Meet: https://meet.google.com/" + code,
          extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/" + code])
put(c, "01-invitacion-entrevista-tecnica.eml", eml(
    frm=FIO, to=[ME], reply_to=[FIO],
    subject="Invitación: %s @ mar 17 nov 2026 11:00 - 11:45 (GMT-5) (%s)" % (title, OWNER), date_=t1,
    msgid=mid(c, "1", "google.com", "gcal"),
    body=google_invite(key=c + "1", frm=FIO, subject=title, title=title,
                       when_line="martes, 17 de noviembre de 2026 · 11:00 – 11:45\nHora de Perú",
                       plain_extra=desc, ics_text=cal, meet=code, guests=guests),
    relay="mail-sor-f73.google.com", ip="209.85.220.73", return_path="calendar-server@bounces.google.com"))
t2 = at(LIMA, 2026, 11, 13, 16, 40, 2, off="-05:00", wd="viernes")
b2 = """Hola Lucía:

Lamento escribirte con esta noticia. La gerencia decidió congelar la posición
de Analista de Costos Mineros hasta el próximo año por un ajuste de
presupuesto, así que tenemos que cancelar tu entrevista técnica del martes 17.
En unos minutos te llegará la cancelación del calendario.

Si la posición se reactiva, serás de las primeras personas a quienes
contactemos. Gracias por tu tiempo y por la buena disposición.

Un abrazo,
Fiorella Vargas Quiroz
Reclutamiento y Selección | Minera Qori Llaqta S.A.C.
"""
put(c, "02-fiorella-cancela.eml", eml(
    frm=FIO, to=[ME], cc=[SAN], subject="Entrevista técnica del martes 17 - cancelación", date_=t2,
    msgid=mid(c, "2", "mail.gmail.com", "gmail"), body=alt(b2, c + "2"),
    relay="mail-yw1-f170.google.com", ip="209.85.128.170"))
t3 = at(LIMA, 2026, 11, 13, 16, 44, 19, off="-05:00")
calx = ics(uid=uid, start=s, end=e, dtstamp=t3, created=t1, organizer=FIO, attendees=att, summary=title,
           method="CANCEL", status="CANCELLED", seq=1, description=desc)
put(c, "03-invitacion-cancelada.eml", eml(
    frm=FIO, to=[ME], reply_to=[FIO],
    subject="Invitación cancelada: %s @ mar 17 nov 2026 11:00 - 11:45 (GMT-5) (%s)" % (title, OWNER), date_=t3,
    msgid=mid(c, "3", "google.com", "gcal"),
    body=google_invite(key=c + "3", frm=FIO, subject=title, title="Se canceló este evento.\n\n" + title,
                       when_line="martes, 17 de noviembre de 2026 · 11:00 – 11:45\nHora de Perú",
                       plain_extra="", ics_text=calx, guests=guests, method="CANCEL"),
    relay="mail-sor-f73.google.com", ip="209.85.220.73", return_path="calendar-server@bounces.google.com"))
label(c, [iv("Minera Qori Llaqta S.A.C.", "Analista de Costos Mineros", s, e, "cancelled",
             [SAN[1]], [SAN[1]], "technical")],
      "medium", "positive/cancellation",
      "Google invite for Tue 17 Nov 11:00-11:45, then the recruiter cancels (position frozen) and Google sends "
      "METHOD:CANCEL with the same UID -> one cancelled interview at its last time.")

# ---------------------------------------------------------------- 10 assessment center (live group session)
c = case(10, "assessment-center-successfactors")
AND = ("Andrea Gamarra Pinto", "andrea.gamarra@trescruces.example")
LUIS = ("Luis Ccori Apaza", "luis.ccori@trescruces.example")
t1 = at(LIMA, 2026, 10, 16, 15, 10, 0, off="-05:00", wd="viernes")
s = at(LIMA, 2026, 10, 24, 9, off="-05:00", wd="sábado")
e = at(LIMA, 2026, 10, 24, 12, 30)
day(2026, 10, 21, "miércoles")
zid, zfmt = zoom_id(c)
b1 = """Estimada Lucía:

¡Felicitaciones! Usted aprobó la evaluación psicotécnica en línea y ha sido
seleccionada para continuar en el Programa de Analistas Senior 2027 de
Sociedad Minera Tres Cruces.

Le invitamos a participar en nuestro Assessment Center virtual:

  Fecha:       sábado 24 de octubre de 2026
  Horario:     de 9:00 a 12:30 h (hora de Lima)
  Plataforma:  Zoom (el enlace está en el archivo adjunto)
  Formato:     sesión grupal en vivo con otros siete postulantes: caso de
               negocio en equipo, presentación ante el comité evaluador y una
               breve entrevista por competencias.

La sesión será conducida por evaluadores de Gestión Humana y del área de
Finanzas, entre ellos Andrea Gamarra y Luis Ccori, Superintendente de Finanzas.
Es indispensable mantener la cámara encendida durante toda la jornada y tener
su DNI a la mano.

Agradeceremos confirmar su asistencia respondiendo a este correo hasta el
miércoles 21 de octubre.

Atentamente,
Gestión Humana
Sociedad Minera Tres Cruces
"""
cal = ics(uid="SF-%s@successfactors.com" % hx("sfuid", c, n=24), start=s, end=e, dtstamp=t1, organizer=AND,
          prodid="-//SAP SuccessFactors//Interview Scheduling//EN",
          attendees=[(ME[0], ME[1], "REQ-PARTICIPANT", "NEEDS-ACTION"), (AND[0], AND[1], "REQ-PARTICIPANT", "ACCEPTED"),
                     (LUIS[0], LUIS[1], "REQ-PARTICIPANT", "ACCEPTED")],
          summary="Assessment Center - Programa de Analistas Senior 2027",
          description="Sesión grupal en vivo por Zoom.\nhttps://trescruces.zoom.us/j/%s\nID de reunión: %s" % (zid, zfmt),
          location="https://trescruces.zoom.us/j/" + zid, alarm=False)
put(c, "01-successfactors-assessment-center.eml", eml(
    frm=("Tres Cruces - Gestión Humana", "noreply@successfactors.com"), to=[ME], reply_to=[AND],
    subject="Invitación al Assessment Center - Programa de Analistas Senior 2027", date_=t1,
    msgid=mid(c, "1", "successfactors.com"),
    body=multi("mixed", [alt(b1, c + "1a", cte="base64", style="ats"),
                         attach("application/ics", "AssessmentCenter.ics", cal.encode())], c + "1", style="ats"),
    relay="mta-out3.successfactors.com", ip="192.0.2.133", return_path="bounce@successfactors.com"))
label(c, [iv("Sociedad Minera Tres Cruces", "Programa de Analistas Senior 2027", s, e, "scheduled",
             [AND[1], LUIS[1]], [AND[1], LUIS[1]], "other")],
      "medium", "positive/assessment-center-live",
      "Assessment center = live group session with evaluators and a competency interview (a hiring step the "
      "candidate attends live) -> positive, unlike the online psicotécnica mentioned as already passed. Saturday 09:00-12:30.")

# ---------------------------------------------------------------- 11 onsite loop sent as three invites
c = case(11, "jornada-presencial-tres-invitaciones")
VERO = ("Verónica Soto Arce", "veronica.soto@trescruces.example")
ERN = ("Ernesto Lazo Cueva", "ernesto.lazo@trescruces.example")
PAT = ("Patricia Huertas Bellido", "patricia.huertas@trescruces.example")
t1 = at(LIMA, 2026, 11, 4, 12, 25, 40, off="-05:00", wd="miércoles")
day(2026, 11, 11, "miércoles")
role = "Analista Senior de Planeamiento Financiero"
loc = "Sala Huascarán, piso 8 - Av. El Derby 250, Santiago de Surco, Lima"
b1 = """Estimada Lucía:

Como conversamos por teléfono, le comparto el itinerario de su jornada de
entrevistas presenciales para la posición de Analista Senior de Planeamiento
Financiero, el miércoles 11 de noviembre en nuestra sede de Santiago de Surco
(Av. El Derby 250, piso 8). En breve recibirá una invitación por cada bloque.

  09:00 - 09:45 h   Entrevista con Luis Ccori, Superintendente de Finanzas
  10:00 - 11:00 h   Caso práctico (modelo de costos y presupuesto de capex) con
                    Verónica Soto, Jefa de Planeamiento Financiero, y
                    Ernesto Lazo, Analista Principal
  11:00 - 11:30 h   Pausa / café
  11:30 - 12:15 h   Entrevista con la gerencia: Patricia Huertas, Gerente de
                    Administración y Finanzas

Por favor llegue a las 8:45 a la recepción con su DNI. El estacionamiento de
visitas está en el sótano 1.

Quedamos atentos a cualquier consulta.

Saludos cordiales,
Andrea Gamarra Pinto
Gestión Humana | Sociedad Minera Tres Cruces
"""
put(c, "01-andrea-itinerario.eml", eml(
    frm=AND, to=[ME], subject="Itinerario - jornada de entrevistas presenciales (miércoles 11 de noviembre)",
    date_=t1, msgid=mid(c, "1", "trescruces.example", "ms"), body=alt(b1, c + "1", cte="base64", style="ms"),
    extra=ms_headers(c + "1", "Itinerario - jornada de entrevistas presenciales (miércoles 11 de noviembre)", False),
    relay="mail-sn1nam02.outbound.protection.outlook.com", ip="40.107.96.44"))
blocks = [
    ("02-invitacion-luis-ccori.eml", 31, (9, 0), (9, 45), [LUIS], "Entrevista - Lucía Quispe - Superintendencia de Finanzas",
     "Primer bloque de su jornada: entrevista con Luis Ccori, Superintendente de Finanzas."),
    ("03-invitacion-caso-practico.eml", 33, (10, 0), (11, 0), [VERO, ERN], "Caso práctico - Lucía Quispe - Planeamiento Financiero",
     "Segundo bloque: caso práctico de costos y capex con Verónica Soto y Ernesto Lazo. Traiga laptop si es posible."),
    ("04-invitacion-gerencia.eml", 36, (11, 30), (12, 15), [PAT], "Entrevista con la gerencia - Lucía Quispe",
     "Último bloque: entrevista con Patricia Huertas, Gerente de Administración y Finanzas."),
]
labels_who = []
for fname, minute, (h0, mi0), (h1, mi1), who, subj, note in blocks:
    tt = at(LIMA, 2026, 11, 4, 12, minute, 5, off="-05:00")
    bs = at(LIMA, 2026, 11, 11, h0, mi0, off="-05:00", wd="miércoles")
    be = at(LIMA, 2026, 11, 11, h1, mi1)
    when = "Cuándo: miércoles, 11 de noviembre de 2026 %s-%s (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.\n" % (
        bs.strftime("%H:%M"), be.strftime("%H:%M"))
    plain = when + "Dónde: " + loc + "\n\n*~*~*~*~*~*~*~*~*~*\n\n" + note + "\n\nAndrea Gamarra - Gestión Humana\n"
    cal = ics(uid=ms_uid(c + fname), start=bs, end=be, tzid="SA Pacific Standard Time", dtstamp=tt, organizer=AND,
              attendees=[(ME[0], ME[1], "REQ-PARTICIPANT", "NEEDS-ACTION")] + [(n, em, "REQ-PARTICIPANT", "NEEDS-ACTION") for n, em in who],
              summary=subj, description=plain, location=loc, prodid="Microsoft Exchange Server 2010",
              extra=ms_extra(0), alarm=False)
    put(c, fname, eml(frm=AND, to=[ME] + who, subject=subj, date_=tt, msgid=mid(c, fname, "trescruces.example", "ms"),
                      body=exchange_invite(key=c + fname, plain=plain, ics_text=cal), extra=ms_headers(c + fname, subj),
                      relay="mail-sn1nam02.outbound.protection.outlook.com", ip="40.107.96.44"))
    labels_who += [em for n, em in who]
label(c, [iv("Sociedad Minera Tres Cruces", role, at(LIMA, 2026, 11, 11, 9, off="-05:00"), at(LIMA, 2026, 11, 11, 12, 15),
             "scheduled", labels_who, labels_who, "onsite")],
      "hard", "positive/onsite-loop-several-invites",
      "Itinerary mail plus three separate Exchange invites for one in-person day (09:00-09:45, 10:00-11:00, 11:30-12:15, "
      "with a coffee break) -> one onsite 09:00-12:15 with four interviewers. 'Santiago de Surco' is a Lima district, not Chile.")

# ---------------------------------------------------------------- 12 Calendly booking (.ics in UTC)
c = case(12, "consultora-calendly-caso-tecnico")
DIEGO = ("Diego Alarcón Bravo", "diego.alarcon@verticeandino.example")
t1 = at(LIMA, 2026, 10, 22, 10, 20, 14, off="-05:00", wd="jueves")
b1 = """Hola Lucía:

Gracias por tu tiempo ayer con Jorge; nos quedamos con muy buena impresión. En
el proceso de Consultor(a) Senior - Finanzas Corporativas y Minería, el
siguiente paso es una entrevista técnica conmigo: resolveremos juntos un caso
corto de valorización por flujo de caja descontado de una mina de cobre.

Por favor reserva el horario que te acomode en mi agenda:
https://calendly.com/diego-alarcon-vertice/entrevista-tecnica

Saludos,
Diego Alarcón Bravo
Gerente Senior | Finanzas Corporativas y Minería
Vértice Andino Consultores
"""
m1 = mid(c, "1", "mail.gmail.com", "gmail")
put(c, "01-diego-enlace-calendly.eml", eml(
    frm=DIEGO, to=[ME], cc=[CARLA], subject="Siguiente paso: entrevista técnica (caso de valorización)", date_=t1,
    msgid=m1, body=alt(b1, c + "1"), relay="mail-yw1-f170.google.com", ip="209.85.128.170"))
t2 = at(LIMA, 2026, 10, 22, 18, 14, 3, off="-05:00")
s = at(LIMA, 2026, 10, 26, 11, off="-05:00", wd="lunes")
e = at(LIMA, 2026, 10, 26, 12)
zid, zfmt = zoom_id(c)
b2 = """Hola, Lucía Quispe Huamán:

Se programó un nuevo evento.

Tipo de evento:
Entrevista técnica - caso de valorización (60 min)

Con:
Diego Alarcón Bravo

Fecha y hora del evento:
11:00 - 12:00, lunes, 26 de octubre de 2026 (hora de Perú)

Ubicación:
Zoom. Enlace: https://verticeandino.zoom.us/j/%s (ID de reunión: %s)

Preguntas del invitado:
¿Hay algo que debamos saber antes de la reunión? Tendré Excel abierto para compartir pantalla.

Cancelar: https://calendly.com/cancellations/%s
Reprogramar: https://calendly.com/reschedulings/%s

Con tecnología de Calendly.com
""" % (zid, zfmt, hx("cal-cancel", c, n=36), hx("cal-cancel", c, n=36))
cal = ics(uid=hx("calendlyuid", c, n=32) + "@calendly.com", start=s, end=e, tzid="Z", dtstamp=t2, organizer=DIEGO,
          prodid="-//Calendly//Calendly//EN",
          attendees=[(DIEGO[0], DIEGO[1], "REQ-PARTICIPANT", "ACCEPTED"), (ME[0], ME[1], "REQ-PARTICIPANT", "ACCEPTED")],
          summary="Entrevista técnica - caso de valorización (60 min) entre Diego Alarcón Bravo y Lucía Quispe Huamán",
          description="Evento programado con Calendly.\nZoom: https://verticeandino.zoom.us/j/" + zid,
          location="https://verticeandino.zoom.us/j/" + zid, alarm=False)
put(c, "02-calendly-confirmado.eml", eml(
    frm=("Calendly", "notifications@calendly.com"), to=[ME], reply_to=[DIEGO],
    subject="Confirmado: Entrevista técnica - caso de valorización (60 min) con Diego Alarcón Bravo el lunes, 26 de octubre de 2026",
    date_=t2, msgid=mid(c, "2", "calendly.com"),
    body=multi("mixed", [alt(b2, c + "2a", style="ats"), attach("text/calendar; charset=utf-8; method=REQUEST", "invite.ics", cal.encode())],
               c + "2", style="ats"),
    relay="o1.ptr5512.calendly.com", ip="192.0.2.210", return_path="bounces+1093@em.calendly.com"))
label(c, [iv("Vértice Andino Consultores", "Consultor(a) Senior - Finanzas Corporativas y Minería", s, e, "scheduled",
             [DIEGO[1]], [DIEGO[1]], "technical")],
      "medium", "positive/calendly-booked",
      "Scheduling link first (unbooked), then the Calendly invitee confirmation: Mon 26 Oct 11:00-12:00 hora de Perú; "
      ".ics in UTC (16:00Z). Role stated in the hiring manager's mail.")
README_TZ.append((12, "Calendly .ics in UTC: 20261026T160000Z = 11:00 Lima."))

# ---------------------------------------------------------------- 13 same interview by mail + Google invite + Calendar API event
c = case(13, "minera-correo-invitacion-y-evento-api")
MAR = ("Mariela Ccahuana Rojas", "mariela.ccahuana@sangregorio.example")
OSC = ("Óscar Velarde Núñez", "oscar.velarde@sangregorio.example")
t1 = at(LIMA, 2026, 10, 26, 9, 45, 10, off="-05:00", wd="lunes")
s = at(LIMA, 2026, 10, 30, 12, off="-05:00", wd="viernes")
e = at(LIMA, 2026, 10, 30, 13)
role = "Analista de Tesorería y Financiamiento"
b1 = """Buenos días, Lucía:

Le escribo para confirmarle su entrevista virtual para el puesto de Analista
de Tesorería y Financiamiento de Minera San Gregorio de Pasco S.A., el viernes
30 de octubre a las 12:00 m. por Google Meet. La duración aproximada es de una
hora y estará a cargo de nuestro Jefe de Tesorería, Óscar Velarde.

En unos minutos le llegará la invitación de calendario con el enlace.

Saludos cordiales,
Mariela Ccahuana Rojas
Bienestar y Selección de Personal
Minera San Gregorio de Pasco S.A.
"""
put(c, "01-mariela-confirma-entrevista.eml", eml(
    frm=MAR, to=[ME], subject="Confirmación de entrevista virtual - " + role, date_=t1,
    msgid=mid(c, "1", "mail.gmail.com", "gmail"), body=alt(b1, c + "1"),
    relay="mail-pj1-f54.google.com", ip="209.85.216.54"))
t2 = at(LIMA, 2026, 10, 26, 9, 52, 37, off="-05:00")
code = meet_code(c)
gid = hx("gcalid", c, n=26)
title = "Entrevista - %s - Lucía Quispe Huamán" % role
desc = "Entrevista con Óscar Velarde, Jefe de Tesorería."
cal = ics(uid=gid + "@google.com", start=s, end=e, dtstamp=t2, created=t2, organizer=MAR,
          attendees=[(MAR[0], MAR[1], "REQ-PARTICIPANT", "ACCEPTED"), (OSC[0], OSC[1], "REQ-PARTICIPANT", "ACCEPTED"),
                     (OWNER, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
          summary=title, description=desc + "\n\nUnirse con Google Meet: https://meet.google.com/" + code,
          extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/" + code])
put(c, "02-invitacion-google-calendar.eml", eml(
    frm=MAR, to=[ME], reply_to=[MAR],
    subject="Invitación: %s @ vie 30 oct 2026 12:00 - 13:00 (GMT-5) (%s)" % (title, OWNER), date_=t2,
    msgid=mid(c, "2", "google.com", "gcal"),
    body=google_invite(key=c, frm=MAR, subject=title, title=title,
                       when_line="viernes, 30 de octubre de 2026 · 12:00 – 13:00\nHora de Perú", plain_extra=desc,
                       ics_text=cal, meet=code, guests=[(MAR[0] + " - organizador", MAR[1]), OSC, (OWNER, OWNER)]),
    relay="mail-sor-f73.google.com", ip="209.85.220.73", return_path="calendar-server@bounces.google.com"))
ev = {
    "kind": "calendar#event",
    "etag": '"%d"' % (3550000000000000 + int(hx("etag", c, n=12), 16) % 99999999999),
    "id": gid,
    "status": "confirmed",
    "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode((gid + " " + OWNER).encode()).decode().rstrip("="),
    "created": "2026-10-26T14:52:37.000Z",
    "updated": "2026-10-26T15:03:12.448Z",
    "summary": title,
    "description": desc,
    "creator": {"email": MAR[1], "displayName": MAR[0]},
    "organizer": {"email": MAR[1], "displayName": MAR[0]},
    "start": {"dateTime": iso(s), "timeZone": "America/Lima"},
    "end": {"dateTime": iso(e), "timeZone": "America/Lima"},
    "iCalUID": gid + "@google.com",
    "sequence": 0,
    "attendees": [
        {"email": MAR[1], "displayName": MAR[0], "organizer": True, "responseStatus": "accepted"},
        {"email": OSC[1], "displayName": OSC[0], "responseStatus": "accepted"},
        {"email": OWNER, "self": True, "responseStatus": "accepted"},
    ],
    "hangoutLink": "https://meet.google.com/" + code,
    "conferenceData": {
        "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/" + code, "label": "meet.google.com/" + code}],
        "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
        "conferenceId": code,
    },
    "reminders": {"useDefault": True},
    "eventType": "default",
}
put(c, "03-evento-calendar-api.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
label(c, [iv("Minera San Gregorio de Pasco S.A.", role, s, e, "scheduled", [OSC[1]], [OSC[1]], "hiring_manager")],
      "easy", "positive/dedupe-mail-invite-api",
      "One interview announced three ways (recruiter mail with '12:00 m.' = noon, Google invite, Calendar API event "
      "with self=true) -> exactly one interview.")

# =========================================================================== NEGATIVE CASES
# ---------------------------------------------------------------- 14 job fair registration
c = case(14, "feria-laboral-entrevistas-en-el-acto")
FER = ("Feria Laboral Minería y Finanzas 2026", "inscripciones@ferialaboralminera.example")
t1 = at(LIMA, 2026, 10, 30, 8, 0, 0, off="-05:00", wd="viernes")
s = at(LIMA, 2026, 11, 7, 9, off="-05:00", wd="sábado")
e = at(LIMA, 2026, 11, 7, 18)
b1 = """¡Hola, Lucía!

Tu inscripción a la Feria Laboral Minería y Finanzas 2026 está confirmada.

  Fecha:  sábado 7 de noviembre de 2026
  Horario: 9:00 a 18:00 h
  Lugar:  Centro de Convenciones de Lima, Av. Arqueología 206, San Borja
  Código de ingreso: FLM26-%s

Más de 40 empresas mineras, bancos y consultoras tendrán stands, charlas y
entrevistas en el acto para los postulantes que califiquen. Trae varias copias
impresas de tu CV y tu DNI. El ingreso es libre, por orden de llegada.

Agregamos un archivo de calendario para que no te olvides.

Equipo organizador
Feria Laboral Minería y Finanzas 2026
""" % hx("code", c, n=6).upper()
cal = ics(uid="feria-%s@ferialaboralminera.example" % hx("uid", c, n=12), start=s, end=e, dtstamp=t1, organizer=FER,
          prodid="-//Eventos Lima//Registro 3.2//ES", attendees=[(ME[0], ME[1], "REQ-PARTICIPANT", "ACCEPTED")],
          summary="Feria Laboral Minería y Finanzas 2026", location="Centro de Convenciones de Lima, San Borja",
          description="Stands, charlas y entrevistas en el acto.", alarm=False, method="PUBLISH")
put(c, "01-inscripcion-confirmada.eml", eml(
    frm=FER, to=[ME], subject="Inscripción confirmada: Feria Laboral Minería y Finanzas 2026", date_=t1,
    msgid=mid(c, "1", "ferialaboralminera.example"),
    body=multi("mixed", [alt(b1, c + "1a", style="ats"), attach("text/calendar; charset=utf-8", "feria-laboral.ics", cal.encode())],
               c + "1", style="ats"),
    relay="mailer.ferialaboralminera.example", ip="203.0.113.15"))
label(c, [], "medium", "negative/job-fair",
      "Job-fair registration with an .ics and 'entrevistas en el acto'; no scheduled interview with a company.")

# ---------------------------------------------------------------- 15 SUNAT tax appointment (mail + standalone .ics)
c = case(15, "sunat-cita-presencial")
SUN = ("SUNAT - Citas", "citas@sunat.example")
t1 = at(LIMA, 2026, 10, 28, 22, 11, 45, off="-05:00", wd="miércoles")
s = at(LIMA, 2026, 11, 3, 9, 40, off="-05:00", wd="martes")
e = at(LIMA, 2026, 11, 3, 10, 0)
num = "2026-%07d" % (int(hx("num", c, n=8), 16) % 10000000)
b1 = """CONSTANCIA DE RESERVA DE CITA

Estimado(a) contribuyente: QUISPE HUAMAN LUCIA
RUC: 10%s

Su cita ha sido registrada con éxito.

  N.° de cita:    %s
  Trámite:        Devolución de retenciones en exceso - Rentas de cuarta y quinta categoría
  Centro:         Centro de Servicios al Contribuyente Miraflores
  Dirección:      Av. José Pardo 355, Miraflores
  Fecha y hora:   martes 3 de noviembre de 2026 - 09:40 h

Preséntese 10 minutos antes con su DNI original y la constancia de
presentación. Si no puede asistir, anule la cita desde SUNAT Operaciones en
Línea para liberar el turno.

Este es un correo automático; no responda a este mensaje.
""" % ("4" + hx("ruc", c, n=8).translate(str.maketrans("abcdef", "135790"))[:8] + "2", num)
put(c, "01-constancia-cita.eml", eml(
    frm=SUN, to=[ME], subject="Constancia de reserva de cita N.° " + num, date_=t1, msgid=mid(c, "1", "sunat.example"),
    body=text_plain(b1, "quoted-printable"), relay="smtp2.sunat.example", ip="203.0.113.88"))
put(c, "02-cita-sunat.ics", ics(uid="CITA-%s@sunat.example" % num, start=s, end=e, dtstamp=t1, organizer=SUN,
                                 prodid="-//SUNAT//Citas//ES", method="PUBLISH",
                                 attendees=[(ME[0], ME[1], "REQ-PARTICIPANT", "ACCEPTED")],
                                 summary="Cita SUNAT - Centro de Servicios Miraflores",
                                 description="Trámite: devolución de retenciones en exceso. N.° de cita " + num,
                                 location="Av. José Pardo 355, Miraflores", alarm=True))
label(c, [], "easy", "negative/government-appointment",
      "Tax-office appointment (mail + standalone .ics with the owner as attendee); not a job interview.")

# ---------------------------------------------------------------- 16 owner hosts a client meeting at her current bank
c = case(16, "reunion-cliente-entrevista-con-la-gerencia")
WORK = (OWNER_NAME, "lquispe@bancodelrimac.example")
CM = ("Carlos Mamani Flores", "cmamani@altochicama.example")
AT = ("Ana Lucía Torres", "atorres@altochicama.example")
t1 = at(LIMA, 2026, 11, 10, 18, 22, 6, off="-05:00", wd="martes")
s = at(LIMA, 2026, 11, 19, 10, off="-05:00", wd="jueves")
e = at(LIMA, 2026, 11, 19, 11)
subj = "Minera Alto Chicama - entrevista con la gerencia (renovación de línea de crédito)"
plain = ("Cuándo: jueves, 19 de noviembre de 2026 10:00-11:00 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.\n"
         "Dónde: Reunión de Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n"
         "Estimados Carlos y Ana Lucía:\n\n"
         "Como parte de la evaluación anual de la línea de crédito de Minera Alto Chicama, les propongo esta "
         "reunión para la entrevista con la gerencia. Agenda:\n"
         "1. Plan de producción y ley de mineral 2027\n2. Capex de sostenimiento y ampliación del tajo\n"
         "3. Cumplimiento de covenants al cierre del tercer trimestre\n\n"
         "Si pueden enviarnos antes los EEFF de septiembre, avanzamos con el análisis.\n\n"
         "Saludos cordiales,\nLucía Quispe Huamán\nAnalista de Banca Corporativa - Sector Minero\nBanco del Rímac\n\n"
         + teams_block(c))
cal = ics(uid=ms_uid(c), start=s, end=e, tzid="SA Pacific Standard Time", dtstamp=t1, organizer=WORK,
          attendees=[(CM[0], CM[1], "REQ-PARTICIPANT", "NEEDS-ACTION"), (AT[0], AT[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                     (ME[0], ME[1], "OPT-PARTICIPANT", "NEEDS-ACTION")],
          summary=subj, description=plain, location="Reunión de Microsoft Teams", prodid="Microsoft Exchange Server 2010",
          extra=ms_extra(0, busy="BUSY", teams=teams_url(c)), alarm=False)
put(c, "01-invitacion-teams-cliente.eml", eml(
    frm=WORK, to=[CM, AT], cc=[ME], subject=subj, date_=t1, msgid=mid(c, "1", "bancodelrimac.example", "ms"),
    body=exchange_invite(key=c, plain=plain, ics_text=cal), extra=ms_headers(c, subj),
    relay="mail-bl0nam12.outbound.protection.outlook.com", ip="40.107.66.21"))
label(c, [], "hard", "negative/owner-is-interviewer",
      "The owner, from her current bank account, invites a mining client's management to an 'entrevista con la "
      "gerencia' for a credit review; she is the organizer, not a candidate.")

# ---------------------------------------------------------------- 17 salary survey with an optional research call
c = case(17, "encuesta-salarial-sector-minero")
REM = ("Remunera Consultores - Estudios", "estudios@remunera.example")
t1 = at(LIMA, 2026, 11, 9, 8, 30, 0, off="-05:00", wd="lunes")
day(2026, 11, 20, "viernes")
b1 = """Estimada Lucía:

Le saluda cordialmente el equipo de Estudios de Remunera Consultores. Estamos
elaborando la Encuesta Salarial 2026 - Profesionales de Finanzas en Minería y
Banca, y su experiencia como analista nos sería de mucha ayuda.

  - Cuestionario en línea, anónimo, de unos 12 minutos.
  - Plazo: hasta el viernes 20 de noviembre a las 11:59 p. m.
  - Al completarlo recibirá el resumen de resultados por cargo y región.

Responder la encuesta: https://encuestas.remunera.example/s/fin-mineria-2026?t=%s

Si lo prefiere, también puede agendar una breve entrevista telefónica de 10
minutos con una de nuestras analistas de estudios, quien le leerá las preguntas:
https://calendly.com/remunera-estudios/encuesta-salarial

Sus respuestas son confidenciales y se reportan solo de forma agregada.

Quedamos atentos.
Equipo de Estudios | Remunera Consultores
""" % hx("tok", c, n=16)
put(c, "01-encuesta-salarial.eml", eml(
    frm=REM, to=[ME], subject="Encuesta Salarial 2026: Finanzas en Minería y Banca (12 minutos)", date_=t1,
    msgid=mid(c, "1", "remunera.example"), body=alt(b1, c + "1", style="ats"),
    relay="mta.remunera.example", ip="203.0.113.61"))
label(c, [], "medium", "negative/salary-survey",
      "Salary survey; the optional 'entrevista telefónica de 10 minutos' is survey research via an unbooked link.")

# ---------------------------------------------------------------- 18 rejection mentioning a past interview
c = case(18, "rechazo-tras-entrevista")
PAO = ("Paola Núñez Cárdenas", "paola.nunez@condorhuasi.example")
t1 = at(LIMA, 2026, 10, 16, 12, 5, 33, off="-05:00", wd="viernes")
day(2026, 10, 13, "martes")
b1 = """Estimada Lucía:

Le agradecemos sinceramente el tiempo que dedicó a la entrevista del martes 13
de octubre para la posición de Analista de Control de Gestión.

Luego de una evaluación cuidadosa, hemos decidido continuar el proceso con
otros postulantes cuyo perfil se ajusta más a las necesidades actuales de la
unidad. Esta decisión no resta mérito a su trayectoria, que valoramos mucho.

Conservaremos su CV en nuestra base de datos para futuras convocatorias.

Le deseamos muchos éxitos.

Atentamente,
Paola Núñez Cárdenas
Selección y Desarrollo | Minera Condorhuasi S.A.
"""
put(c, "01-resultado-proceso.eml", eml(
    frm=PAO, to=[ME], subject="Resultado del proceso - Analista de Control de Gestión", date_=t1,
    msgid=mid(c, "1", "condorhuasi.example", "ms"), body=text_plain(b1, "quoted-printable"),
    extra=ms_headers(c, "Resultado del proceso - Analista de Control de Gestión", False),
    relay="mail-co1nam11.outbound.protection.outlook.com", ip="40.107.220.12"))
label(c, [], "easy", "negative/rejection",
      "Rejection that refers to an interview already held (Tue 13 Oct); nothing upcoming.")

# ---------------------------------------------------------------- 19 offer letter with a contract-signing appointment
c = case(19, "carta-oferta-firma-de-contrato")
ROSA = ("Rosa Chávez Medina", "rosa.chavez@inkacapital.example")
t1 = at(LIMA, 2026, 11, 17, 17, 2, 48, off="-05:00", wd="martes")
day(2026, 11, 20, "viernes")
day(2026, 11, 23, "lunes")
day(2026, 12, 7, "lunes")
b1 = """Estimada Lucía:

Nos complace extenderle la oferta laboral para el puesto de Analista Senior de
Inversiones - Minería en Inka Capital SAFI. Adjuntamos la carta oferta con el
detalle de las condiciones:

  - Remuneración bruta mensual: S/ 12,800 (14 sueldos al año)
  - Bono anual por desempeño de hasta 2 sueldos
  - EPS al 100 %% para usted y sus dependientes
  - Fecha de inicio propuesta: lunes 7 de diciembre de 2026

Le agradeceremos confirmar su aceptación respondiendo a este correo a más
tardar el viernes 20 de noviembre. Una vez aceptada, la esperamos el lunes 23
de noviembre a las 10 h en nuestras oficinas de Av. Camino Real 456, San
Isidro, para la firma del contrato y la entrega de documentos.

¡Esperamos contar con usted en el equipo!

Cordialmente,
Rosa Chávez Medina
Jefa de Gestión Humana | Inka Capital SAFI
""".replace("%%", "%")
pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
put(c, "01-carta-oferta.eml", eml(
    frm=ROSA, to=[ME], subject="Carta oferta - Analista Senior de Inversiones (Minería)", date_=t1,
    msgid=mid(c, "1", "inkacapital.example", "ms"),
    body=multi("mixed", [alt(b1, c + "1a", style="ms"), attach("application/pdf", "Carta_Oferta_LQuispe.pdf", pdf)], c + "1", style="ms"),
    extra=ms_headers(c, "Carta oferta - Analista Senior de Inversiones (Minería)", False),
    relay="mail-mw2nam10.outbound.protection.outlook.com", ip="40.107.94.30"))
label(c, [], "medium", "negative/offer",
      "Offer letter; the Mon 23 Nov 10 h appointment is a contract signing, not an interview.")

# ---------------------------------------------------------------- 20 background check
c = case(20, "verificacion-de-antecedentes")
VER = ("Verifica Perú", "no-reply@verificaperu.example")
t1 = at(LIMA, 2026, 11, 13, 11, 48, 20, off="-05:00", wd="viernes")
day(2026, 11, 18, "miércoles")
b1 = """Estimada Lucía Quispe Huamán:

Banco Interandino nos ha encargado la verificación de antecedentes de su
candidatura, paso previo a la formalización de su ingreso.

Para continuar, complete el formulario y cargue los siguientes documentos
hasta el miércoles 18 de noviembre a las 6:00 p. m.:

  1. Copia de DNI (ambas caras)
  2. Certificado de antecedentes policiales y penales
  3. Constancias de trabajo de los últimos cinco años
  4. Autorización de consulta en centrales de riesgo (Ley N.° 29733)

Formulario: https://portal.verificaperu.example/c/%s

Podríamos contactar a las referencias laborales que indique. No es necesario
que agende ninguna reunión con nosotros.

Equipo de Verificaciones | Verifica Perú
""" % hx("vf", c, n=20)
put(c, "01-verificacion-antecedentes.eml", eml(
    frm=VER, to=[ME], reply_to=[("Verificaciones", "verificaciones@verificaperu.example")],
    subject="Banco Interandino - verificación de antecedentes", date_=t1, msgid=mid(c, "1", "verificaperu.example"),
    body=alt(b1, c + "1", cte="base64", style="ats"), relay="out.verificaperu.example", ip="203.0.113.140"))
label(c, [], "easy", "negative/background-check",
      "Background-check document request with a deadline; no live conversation.")

# ---------------------------------------------------------------- 21 webinar (Zoom registration)
c = case(21, "webinar-entrevista-con-la-gerencia")
t1 = at(LIMA, 2026, 10, 19, 13, 0, 9, off="-05:00", wd="lunes")
s = at(LIMA, 2026, 10, 22, 19, off="-05:00", wd="jueves")
e = at(LIMA, 2026, 10, 22, 20, 15)
zid, zfmt = zoom_id(c)
b1 = """Hola Lucía Quispe Huamán:

Gracias por registrarte en "Cómo superar la entrevista con la gerencia en el
sector minero", organizado por Bumeran Perú.

Fecha y hora: 22 oct 2026 07:00 p. m. Lima
ID del seminario web: %s

Agrega este evento a tu calendario con el archivo adjunto.

Para unirte desde una PC, Mac, iPad o Android:
https://us06web.zoom.us/w/%s?tk=%s

Puedes cancelar tu registro en cualquier momento.

Zoom Video Communications, Inc.
""" % (zfmt, zid, hx("tk", c, n=24))
cal = ics(uid="ZOOM%s@zoom.us" % zid, start=s, end=e, tzid="America/Lima", dtstamp=t1,
          organizer=("Bumeran Perú", "no-reply@zoom.us"), prodid="-//zoom.us//iCalendar Event//EN",
          attendees=[(ME[0], ME[1], "REQ-PARTICIPANT", "ACCEPTED")],
          summary="Webinar: Cómo superar la entrevista con la gerencia en el sector minero",
          description="Seminario web de Bumeran Perú. https://us06web.zoom.us/w/" + zid, alarm=False)
put(c, "01-zoom-registro-webinar.eml", eml(
    frm=("Bumeran Perú", "no-reply@zoom.us"), to=[ME],
    subject="Confirmación de Cómo superar la entrevista con la gerencia en el sector minero", date_=t1,
    msgid=mid(c, "1", "zoom.us"),
    body=multi("mixed", [alt(b1, c + "1a", style="ats"), attach("text/calendar; charset=utf-8", "webinar.ics", cal.encode())], c + "1", style="ats"),
    relay="mailout3.zoom.us", ip="192.0.2.170"))
label(c, [], "medium", "negative/webinar",
      "Zoom webinar registration about interview skills, with an .ics; not an interview.")

# ---------------------------------------------------------------- 22 online psychometric test (no live session)
c = case(22, "evaluacion-psicotecnica-en-linea")
SEL = ("Selección - Minera Cordillera Blanca", "seleccion@cordillerablanca.example")
t1 = at(LIMA, 2026, 10, 16, 18, 40, 0, off="-05:00", wd="viernes")
day(2026, 10, 19, "lunes")
day(2026, 10, 21, "miércoles")
b1 = """Estimada Lucía:

Le saluda cordialmente el equipo de Selección de Minera Cordillera Blanca
S.A.A. Como parte de su postulación al puesto de Analista de Evaluación
Económica de Proyectos, le invitamos a rendir la evaluación psicotécnica en
línea.

  - Disponible desde el lunes 19 de octubre a las 8:00 a. m. hasta el
    miércoles 21 de octubre a las 11:59 p. m.
  - Duración estimada: 75 minutos, en una sola sesión.
  - Incluye razonamiento numérico, razonamiento verbal e inventario de
    personalidad.
  - No requiere agendar horario ni habrá un evaluador en línea; puede
    rendirla cuando le resulte más conveniente dentro del plazo.

Enlace personal: https://evaluaciones.psicotest.example/c/%s

Le recomendamos usar una computadora con buena conexión a internet.

Quedamos atentos.
Selección | Minera Cordillera Blanca S.A.A.
""" % hx("pt", c, n=20)
put(c, "01-evaluacion-psicotecnica.eml", eml(
    frm=SEL, to=[ME], subject="Evaluación psicotécnica en línea - Analista de Evaluación Económica de Proyectos",
    date_=t1, msgid=mid(c, "1", "cordillerablanca.example", "ms"), body=alt(b1, c + "1", style="ms"),
    extra=ms_headers(c, "Evaluación psicotécnica en línea", False),
    relay="mail-dm6nam11.outbound.protection.outlook.com", ip="40.107.223.87"))
label(c, [], "medium", "negative/online-assessment",
      "Self-paced online psychometric test with a window; no live interviewer.")

# ---------------------------------------------------------------- 23 Computrabajo application receipt + job alert
c = case(23, "computrabajo-postulacion-y-alertas")
t1 = at(LIMA, 2026, 10, 5, 7, 12, 55, off="-05:00", wd="lunes")
b1 = """¡Hola Lucía!

Tu postulación fue enviada con éxito.

  Oferta: Analista de Riesgos Financieros - Sector Minero
  Empresa: Grupo Financiero Pachacámac
  Lugar: San Isidro, Lima

¿Qué sigue? La empresa revisará tu hoja de vida. Si tu perfil avanza, podrían
contactarte para una entrevista. Puedes seguir el estado en Mis postulaciones.

Ofertas similares que te pueden interesar:
  - Analista Financiero Senior (minería) - Lima - S/ 9,000 a S/ 11,000
  - Analista de Planeamiento Financiero - Arequipa - A convenir
  - Especialista en Financiamiento de Proyectos - Lima - S/ 13,500

Ver todas: https://pe.computrabajo.com/ofertas-de-trabajo/?q=analista%%20financiero%%20mineria

Computrabajo Perú
Si no deseas recibir estas alertas, desactívalas en Configurar notificaciones.
""".replace("%%", "%")
put(c, "01-postulacion-enviada.eml", eml(
    frm=("Computrabajo", "notificaciones@computrabajo.com"), to=[ME],
    subject="Tu postulación a Analista de Riesgos Financieros - Sector Minero fue enviada", date_=t1,
    msgid=mid(c, "1", "computrabajo.com"), body=alt(b1, c + "1", cte="base64", style="ats"),
    relay="mta12.computrabajo.com", ip="192.0.2.41", return_path="bounces@computrabajo.com"))
label(c, [], "easy", "negative/application-receipt-job-alert",
      "Application receipt plus similar-job alerts; 'podrían contactarte para una entrevista' is hypothetical.")


# =========================================================================== WRITE
def write_all():
    for old in sorted(OUT.glob("b290-*")):
        if old.is_dir():
            shutil.rmtree(old)
    for cid, items in CASES.items():
        d = OUT / cid
        d.mkdir()
        for k, (name, data) in enumerate(items, 1):
            assert name.startswith("%02d-" % k), (cid, name)   # NN prefix = arrival order
            assert name.endswith((".eml", ".ics", ".gcal.json")), name
            (d / name).write_bytes(data)
    with open(OUT / "labels.yaml", "w", encoding="utf-8", newline="\n") as f:
        f.write("# Labels for blind290 (written blind). Schema: /work/shared/eval/README.md\n")
        f.write(yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False))

    pos = [k for k, v in LABELS.items() if v["interview"]]
    neg = [k for k, v in LABELS.items() if not v["interview"]]
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    lines = [
        "# blind290: Lima, Peru - mining and finance analyst, Peruvian Spanish with some English (written blind)",
        "",
        "Mailbox owner: %s <%s>, a mining and finance analyst living in Lima (America/Lima, UTC-5, no DST)." % (OWNER_NAME, OWNER),
        "",
        "This set was written blind: only the eval README (label schema and rules) and two dev items were read for "
        "format; no tool code, tests or other sets were consulted.",
        "",
        "## What it stresses",
        "- Peruvian Spanish wording: 'entrevista con la gerencia', 'le saluda cordialmente', 'quedamos atentos', "
        "'agradeceremos confirmar su asistencia', times like '3:00 p. m.', '10 h', '16:30 h', '12:00 m.' (noon).",
        "- Foreign time zones seen from Lima: Santiago on Chile summer time and Toronto across its Nov 1 fall-back "
        "(and 'Santiago de Surco', a Lima district, in case 11 as a decoy).",
        "- Relative date ('mañana a las 3:00 p. m.') in a late-evening mail whose UTC date is already the next day.",
        "- Reschedules (Workday SEQUENCE bump; one-line phone mail '¿podemos pasarlo al viernes a la misma hora?'), "
        "a cancellation, two interviews in one case, an onsite day sent as three Exchange invites, dedupe of "
        "mail + Google invite + Calendar API event, an interviewer present only on the invite.",
        "- 'Assessment center' (live group session: positive) versus 'evaluación psicotécnica' (online test: negative).",
        "- Hard negatives: job fair with 'entrevistas en el acto', SUNAT appointment, the owner's own 'entrevista con "
        "la gerencia' with a bank client, salary survey with an optional phone 'entrevista', rejection naming a past "
        "interview, offer with a contract-signing date, background check, webinar about interviews, Computrabajo "
        "receipt/alerts.",
        "",
        "## Counts",
        "- Cases: %d (%d positive, %d negative)" % (len(LABELS), len(pos), len(neg)),
        "- Labelled interviews: %d; by status: %s" % (len(ivs), ", ".join("%s %d" % kv for kv in sorted(by_status.items()))),
        "- By kind: %s" % ", ".join("%s %d" % kv for kv in sorted(by_kind.items())),
        "",
        "## Formats",
        "- Plain human threads (Gmail/Outlook/iPhone) with In-Reply-To/References; text/plain and HTML in "
        "quoted-printable, base64 and 8bit.",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST/CANCEL, "
        "invite.ics) - cases 5, 9, 13.",
        "- Exchange/Teams invites (TZID 'SA Pacific Standard Time', X-MICROSOFT-CDO-*, '(UTC-05:00) Bogotá, Lima, "
        "Quito, Rio Branco') - cases 4, 11, 16.",
        "- ATS/vendor mails with .ics: Workday (7), SuccessFactors (10), Calendly (12), Zoom (6, 21), Computrabajo "
        "relay (1, 23), job-fair registration (14).",
        "- Standalone .ics: case 15. Calendar API .gcal.json event with \"self\": true: case 13. PDF attachment: case 19.",
        "",
        "## Time-zone and DST points",
    ]
    for n, note in sorted(README_TZ):
        lines.append("- Case %02d: %s" % (n, note))
    lines.append("- All other cases: America/Lima, UTC-5 all year; mail Date headers carry the sender's offset "
                 "(-0500 Lima, -0300 Santiago, -0400 Toronto before Nov 1).")
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


README_TZ.append((2, "'mañana a las 3:00 p. m.' sent Mon 19 Oct 19:52 -0500 (= Tue 20 Oct 00:52 UTC) -> Tue 20 Oct 15:00 -05:00."))
write_all()
