#!/usr/bin/env python3
"""Regenerate the blind197 evaluation set (written blind).

Theme: a Buenos Aires public accountant (contadora) applying locally and to remote
roles; rioplatense Spanish + English; Argentina UTC-3 (no DST) against US Eastern
and Madrid with their 2026 DST changes.

Deterministic: fixed dates, Message-IDs, boundaries (all derived from seeds).
Standard library + PyYAML + zoneinfo only.  Run:  python make_cases.py
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
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b197-"

UTC = timezone.utc
BA = ZoneInfo("America/Argentina/Buenos_Aires")
NY = ZoneInfo("America/New_York")
MAD = ZoneInfo("Europe/Madrid")

OWNER = "flor.benitez.cpn@example.com"
OWNER_NAME = "Florencia Benítez"

# --------------------------------------------------------------------------- time helpers
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
MESES3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def T(y, mo, d, h=0, mi=0, s=0, tz=BA):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Return `name` after asserting it is the weekday of dt (es/en, full or short)."""
    i = dt.weekday()
    ok = {DIAS[i], DIAS3[i], DAYS[i].lower(), DAYS[i][:3].lower(), DIAS[i].replace("é", "e"),
          DIAS[i].replace("á", "a")}
    assert name.lower().rstrip(".,") in ok, (dt.isoformat(), name)
    return name


def iso(dt):
    return dt.isoformat() if dt else None


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lstamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def hm(dt):
    return dt.strftime("%H:%M")


def ampm(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


# --------------------------------------------------------------------------- id helpers
def _dig(seed):
    return hashlib.sha256(seed.encode("utf-8")).digest()


def hx(seed, n=16):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def HX(seed, n=16):
    return hx(seed, n).upper()


def an(seed, n=20):
    out = base64.b32encode(_dig(seed) + _dig(seed + "+")).decode().lower()
    return out[:n]


def letters(seed, n):
    return "".join(chr(97 + b % 26) for b in (_dig(seed) + _dig(seed + "#")))[:n]


def digits(seed, n):
    return "".join(str(b % 10) for b in (_dig(seed) + _dig(seed + "#")))[:n]


def meet_code(seed):
    s = letters("meet" + seed, 10)
    return f"{s[:3]}-{s[3:7]}-{s[7:]}"


def ip(seed):
    d = _dig(seed)
    return f"{d[0] % 200 + 20}.{d[1]}.{d[2]}.{d[3] % 250 + 1}"


# --------------------------------------------------------------------------- header helpers
def addr(name, email):
    if not name:
        return email
    if name.isascii():
        if any(c in name for c in ',.()<>@;:"[]&'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{Header(name, 'utf-8').encode()} <{email}>"


def subj(s):
    if s.isascii():
        return s
    return Header(s, "utf-8", header_name="Subject").encode()


def received(host, seed, sent, by="mx.google.com"):
    return ("Received", f"from {host} ({host}. [{ip(seed)}])\n        by {by} with ESMTPS id "
            f"{an(seed + 'rcv', 12)}\n        for <{OWNER}>\n        (version=TLS1_3 "
            f"cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {rfc(sent)}")


def headers_text(pairs):
    return "".join(f"{k}: {v}\n" for k, v in pairs if v is not None)


# --------------------------------------------------------------------------- MIME helpers
def leaf(ctype, body, enc="qp", disp=None, extra=()):
    if isinstance(body, str):
        raw = body.encode("utf-8")
    else:
        raw = body
    if enc == "qp":
        data = quopri.encodestring(raw).decode("ascii")
        cte = "quoted-printable"
    elif enc == "b64":
        data = base64.encodebytes(raw).decode("ascii")
        cte = "base64"
    elif enc == "7bit":
        data = raw.decode("ascii")
        cte = "7bit"
    elif enc == "8bit":
        data = raw.decode("utf-8")
        cte = "8bit"
    else:
        raise ValueError(enc)
    if not data.endswith("\n"):
        data += "\n"
    h = f"Content-Type: {ctype}\n"
    for k, v in extra:
        h += f"{k}: {v}\n"
    h += f"Content-Transfer-Encoding: {cte}\n"
    if disp:
        h += f"Content-Disposition: {disp}\n"
    return h + "\n" + data


def multi(sub, boundary, parts):
    s = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def message(hdrs, body_part):
    return headers_text(hdrs) + "MIME-Version: 1.0\n" + body_part


def to_html(text, font="Arial,Helvetica,sans-serif", wrap_dir=True):
    out = []
    quote_open = False
    for para in text.split("\n\n"):
        lines = para.split("\n")
        is_quote = all(l.startswith(">") for l in lines if l.strip())
        body = "<br>\n".join(html.escape(l.lstrip("> ").rstrip() if is_quote else l) for l in lines)
        if is_quote and not quote_open:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            quote_open = True
        if not is_quote and quote_open:
            out.append("</blockquote>")
            quote_open = False
        out.append(f"<div>{body}</div><div><br></div>")
    if quote_open:
        out.append("</blockquote>")
    inner = "\n".join(out)
    if wrap_dir:
        return f'<div dir="ltr"><div style="font-family:{font}">\n{inner}\n</div></div>\n'
    return f"<html><body>\n{inner}\n</body></html>\n"


# --------------------------------------------------------------------------- iCalendar helpers
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out = []
    first = True
    while b:
        limit = 75 if first else 74
        if len(b) <= limit:
            out.append(b)
            break
        cut = limit
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    return "\r\n ".join(x.decode("utf-8") for x in out)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ_ARG_WIN = ["BEGIN:VTIMEZONE", "TZID:Argentina Standard Time", "BEGIN:STANDARD",
               "DTSTART:16010101T000000", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0300",
               "END:STANDARD", "END:VTIMEZONE"]
VTZ_ROMANCE_WIN = ["BEGIN:VTIMEZONE", "TZID:Romance Standard Time", "BEGIN:STANDARD",
                   "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                   "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                   "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
                   "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                   "END:DAYLIGHT", "END:VTIMEZONE"]
VTZ_NY = ["BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
          "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
          "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
          "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
          "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
          "END:VTIMEZONE"]
VTZ_BA_OLSON = ["BEGIN:VTIMEZONE", "TZID:America/Argentina/Buenos_Aires",
                "X-LIC-LOCATION:America/Argentina/Buenos_Aires", "BEGIN:STANDARD",
                "TZOFFSETFROM:-0300", "TZOFFSETTO:-0300", "TZNAME:-03",
                "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]


def g_att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    cn = name or email
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE"
            f";CN={cn};X-NUM-GUESTS=0:mailto:{email}")


def ms_att(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION"):
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


# --------------------------------------------------------------------------- mail builders
def gmail_mail(*, seed, sent, frm, to, subject, text, cc=None, reply_to=None, in_reply_to=None,
               references=None, html_text=None, host="mail-sor-f41.google.com"):
    b = "000000000000" + hx(seed + "b", 12)
    hdrs = [("Delivered-To", OWNER), received(host, seed, sent),
            ("Return-Path", f"<{frm[1]}>"),
            ("MIME-Version", None),
            ("From", addr(*frm)), ("Date", rfc(sent)),
            ("Message-ID", f"<CA{an(seed + 'mid', 3).upper()}{an(seed + 'mid2', 38)}@mail.gmail.com>"),
            ("Subject", subj(subject)),
            ("To", ", ".join(addr(*x) for x in to))]
    if cc:
        hdrs.append(("Cc", ", ".join(addr(*x) for x in cc)))
    if reply_to:
        hdrs.append(("Reply-To", addr(*reply_to)))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
        hdrs.append(("References", references or in_reply_to))
    body = multi("alternative", b, [leaf('text/plain; charset="UTF-8"', text, "qp"),
                                      leaf('text/html; charset="UTF-8"',
                                           html_text or to_html(text), "qp")])
    return message(hdrs, body), dict(hdrs)["Message-ID"]


def outlook_mail(*, seed, sent, frm, to, subject, text, cc=None, in_reply_to=None, references=None,
                 region="LAM", lang="es-AR", host=None):
    mbx = {"LAM": ("SCXP152MB", "LAMP152"), "EUR": ("AM9PR07MB", "eurprd07"),
           "NAM": ("PH0PR19MB", "namprd19")}[region]
    box = f"{mbx[0]}{digits(seed + 'box', 4)}"
    mid = f"<{box}{HX(seed + 'mid', 28)}@{box}.{mbx[1]}.prod.outlook.com>"
    b = f"_000_{box}{HX(seed + 'b', 16)}{mbx[1]}prodoutlook_"
    host = host or f"{mbx[1].upper()}-obe.outbound.protection.outlook.com"
    topic = subject[4:] if subject[:4].lower() in ("re: ", "rv: ") else subject
    hdrs = [("Delivered-To", OWNER), received(host, seed, sent), ("Return-Path", f"<{frm[1]}>"),
            ("From", addr(*frm)), ("To", ", ".join(addr(*x) for x in to))]
    if cc:
        hdrs.append(("CC", ", ".join(addr(*x) for x in cc)))
    hdrs += [("Subject", subj(subject)), ("Thread-Topic", subj(topic)),
             ("Thread-Index", base64.b64encode(_dig(seed + "ti")[:22]).decode()),
             ("Date", rfc(sent.astimezone(UTC))), ("Message-ID", mid)]
    if in_reply_to:
        hdrs += [("References", references or in_reply_to), ("In-Reply-To", in_reply_to)]
    hdrs += [("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    body = multi("alternative", b, [
        leaf('text/plain; charset="utf-8"', text, "qp"),
        leaf('text/html; charset="utf-8"',
             '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
             '</head><body>' + to_html(text, font="Aptos,Calibri,sans-serif", wrap_dir=True)
             + "</body></html>\n", "qp")])
    return message(hdrs, body), mid


def vendor_mail(*, seed, sent, frm, subject, text, html_body, mid_domain, host, reply_to=None,
                to=None, text_enc="qp", html_enc="b64", attachments=(), extra=()):
    b_alt = "----=_Part_" + digits(seed + "alt", 7) + "_" + digits(seed + "alt2", 10) + "." + digits(seed + "t", 13)
    mid = f"<{digits(seed + 'm', 9)}.{digits(seed + 'n', 7)}.{digits(seed + 'o', 13)}@{mid_domain}>"
    hdrs = [("Delivered-To", OWNER), received(host, seed, sent),
            ("Return-Path", f"<bounce-{hx(seed + 'rp', 10)}@{frm[1].split('@')[1]}>"),
            ("Date", rfc(sent)), ("From", addr(*frm))]
    if reply_to:
        hdrs.append(("Reply-To", addr(*reply_to)))
    hdrs += [("To", to or addr(OWNER_NAME, OWNER)), ("Message-ID", mid), ("Subject", subj(subject))]
    hdrs += list(extra)
    alt = multi("alternative", b_alt, [leaf('text/plain; charset=UTF-8', text, text_enc),
                                       leaf('text/html; charset=UTF-8', html_body, html_enc)])
    if attachments:
        b_mix = "----=_Part_" + digits(seed + "mix", 7) + "_" + digits(seed + "mix2", 10) + "." + digits(seed + "t", 13)
        parts = [alt]
        for ctype, fname, content in attachments:
            parts.append(leaf(f'{ctype}; name="{fname}"', content, "b64",
                              disp=f'attachment; filename="{fname}"'))
        body = multi("mixed", b_mix, parts)
    else:
        body = alt
    return message(hdrs, body), mid


def simple_html(title, paras, footer=""):
    """Vendor-style HTML (table layout)."""
    rows = "\n".join(f'<tr><td style="padding:6px 24px;font-size:15px;color:#333333">{p}</td></tr>'
                     for p in paras)
    return ('<!DOCTYPE html>\n<html><head><meta charset="UTF-8"><title>' + html.escape(title)
            + '</title></head>\n<body style="margin:0;background:#f4f4f4">\n'
            '<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">\n'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;'
            'font-family:Arial,Helvetica,sans-serif">\n' + rows + "\n"
            + (f'<tr><td style="padding:18px 24px;font-size:11px;color:#999999">{footer}</td></tr>\n'
               if footer else "")
            + "</table>\n</td></tr></table>\n</body></html>\n")


def google_invite(*, seed, sent, organizer, guests, summary, start, end, description,
                  method="REQUEST", seq=0, status="CONFIRMED", kind="Invitación", location="",
                  meet=True, created=None):
    """Google Calendar invitation as sent to the owner (Spanish UI, ART calendar)."""
    uid_short = an(seed + "uid", 26)
    uid = f"{uid_short}@google.com"
    code = meet_code(seed)
    eid = base64.urlsafe_b64encode(f"{uid_short} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    s_loc = start.astimezone(BA)
    e_loc = end.astimezone(BA)
    i = s_loc.weekday()
    when_sub = (f"{DIAS3[i]} {s_loc.day} de {MESES3[s_loc.month - 1]} de {s_loc.year} "
                f"{hm(s_loc)} - {hm(e_loc)} (GMT-3)")
    subject = f"{kind}: {summary} @ {when_sub} ({OWNER})"
    when_txt = (f"{DIAS[i]}, {s_loc.day} de {MESES[s_loc.month - 1]} de {s_loc.year} ⋅ "
                f"{hm(s_loc)} – {hm(e_loc)}\nHora de Argentina - Buenos Aires")
    # guests: list of (name, email, partstat)
    guest_lines = []
    for n, e, _ in guests:
        if e == organizer[1]:
            guest_lines.append(f"{n} - organizador\n{e}")
        elif n:
            guest_lines.append(f"{n}\n{e}")
        else:
            guest_lines.append(e)
    txt = f"{summary}\n{when_txt}\n\n"
    if location:
        txt += f"{location}\n\n"
    if meet:
        txt += (f"Unirse con Google Meet\nhttps://meet.google.com/{code}\n\n"
                f"Unirse por teléfono\n(AR) +54 11 {digits(seed + 'ph', 4)}-{digits(seed + 'ph2', 4)}\n"
                f"PIN: {digits(seed + 'pin', 9)}\n\n")
    txt += (f"Organizador\n{organizer[0]}\n{organizer[1]}\n\n"
            "Invitados\n" + "\n".join(guest_lines) + f"\nVer toda la información de los invitados {view}\n\n")
    if description:
        txt += description + "\n\n"
    if kind != "Evento cancelado":
        txt += f"Responder a {OWNER} y ver más detalles {view}\n\n"
    txt += ("~~//~~\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
            "Recibes este correo electrónico porque eres un invitado del evento.\n\n"
            "Reenviar esta invitación podría permitir que cualquier destinatario envíe una respuesta "
            "al organizador, se añada a la lista de invitados, invite a otras personas "
            "independientemente de su propio estado de invitación o modifique su respuesta. "
            "Más información https://support.google.com/calendar/answer/37135#forwarding")
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 '</head><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
                 + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>\n"
                           for p in txt.split("\n\n"))
                 + "</div></body></html>\n")
    created = created or sent
    desc_ics = description
    if meet:
        desc_ics += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                     f"Únete con Google Meet: https://meet.google.com/{code}\n\n"
                     "Más información sobre Meet en: https://support.google.com/a/users/answer/9282720\n\n"
                     "Por favor, no edites esta sección.\n"
                     "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(sent)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e, ps in guests:
        lines.append(g_att(n, e, ps))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}")
    lines += [f"CREATED:{zstamp(created)}",
              "DESCRIPTION:" + ics_esc(desc_ics),
              f"LAST-MODIFIED:{zstamp(sent)}", "LOCATION:" + ics_esc(location), f"SEQUENCE:{seq}",
              f"STATUS:{status}", "SUMMARY:" + ics_esc(summary), "TRANSP:OPAQUE"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    b_mix = "000000000000" + hx(seed + "mix", 12)
    b_alt = "000000000000" + hx(seed + "alt", 12)
    alt = multi("alternative", b_alt, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', txt, "b64"),
        leaf('text/html; charset="UTF-8"', html_body, "qp"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, "b64")])
    body = multi("mixed", b_mix, [alt, leaf('application/ics; name="invite.ics"', cal, "b64",
                                            disp='attachment; filename="invite.ics"')])
    mid = f"<calendar-{hx(seed + 'c1', 8)}-{hx(seed + 'c2', 4)}-{hx(seed + 'c3', 4)}-{hx(seed + 'c4', 4)}-{hx(seed + 'c5', 12)}@google.com>"
    hdrs = [("Delivered-To", OWNER), received("mail-sor-f73.google.com", seed, sent),
            ("Return-Path", f"<{an(seed + 'rp', 22)}@calendar-server.bounces.google.com>"),
            ("Reply-To", addr(*organizer)),
            ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Message-ID", mid), ("Date", rfc(sent.astimezone(UTC))), ("Subject", subj(subject)),
            ("From", addr(*organizer)), ("To", OWNER)]
    return message(hdrs, body), mid, uid


TEAMS_BLOCK_ES = (
    "________________________________________________________________________________\n"
    "Reunión de Microsoft Teams\n"
    "Únase a través de su equipo, aplicación móvil o dispositivo de sala\n"
    "Haga clic aquí para unirse a la reunión<{url}>\n"
    "Id. de reunión: {mid}\n"
    "Código de acceso: {pw}\n"
    "Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | "
    "Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión"
    "<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{thr}@thread.v2&messageId=0&language=es-ES>\n"
    "________________________________________________________________________________")


def teams_bits(seed):
    thr = an(seed + "thr", 42)
    tid = f"{hx(seed+'t1',8)}-{hx(seed+'t2',4)}-{hx(seed+'t3',4)}-{hx(seed+'t4',4)}-{hx(seed+'t5',12)}"
    oid = f"{hx(seed+'o1',8)}-{hx(seed+'o2',4)}-{hx(seed+'o3',4)}-{hx(seed+'o4',4)}-{hx(seed+'o5',12)}"
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thr}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    d = digits(seed + "mtg", 12)
    return dict(url=url, mid=f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}", pw=an(seed + "pw", 6).capitalize(),
                oid=oid, tid=tid, thr=thr)


def outlook_invite(*, seed, sent, organizer, to, attendees, summary, start, end, tzid, vtz,
                   tzlabel, body, location="Reunión de Microsoft Teams", teams=True,
                   method="REQUEST", seq=0, subject=None, uid=None, region="LAM", lang="es-AR",
                   intended="BUSY", cc=None):
    """Exchange/Outlook meeting request (multipart/alternative with text/calendar)."""
    mbx = {"LAM": ("SCXP152MB", "LAMP152"), "EUR": ("AM9PR07MB", "eurprd07")}[region]
    box = f"{mbx[0]}{digits(seed + 'box', 4)}"
    mid = f"<{box}{HX(seed + 'mid', 28)}@{box}.{mbx[1]}.prod.outlook.com>"
    b = f"_000_{box}{HX(seed + 'b', 16)}{mbx[1]}prodoutlook_"
    i = start.weekday()
    when = (f"Cuándo: {DIAS[i]}, {start.day} de {MESES[start.month - 1]} de {start.year} "
            f"{hm(start)}-{hm(end)} {tzlabel}.")
    tb = teams_bits(seed)
    text = f"{when}\nDónde: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n"
    if teams:
        text += "\n" + TEAMS_BLOCK_ES.format(**tb) + "\n"
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + HX(seed + "uid", 16)
                  + "000000000000000010000000" + HX(seed + "uid2", 32))
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + vtz + ["BEGIN:VEVENT",
                                     f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(ms_att(*a))
    lines += [f"DESCRIPTION;LANGUAGE={lang}:" + ics_esc(text), f"UID:{uid}",
              f"SUMMARY;LANGUAGE={lang}:" + ics_esc(subject_summary(summary, method)),
              f"DTSTART;TZID={tzid}:{lstamp(start)}", f"DTEND;TZID={tzid}:{lstamp(end)}",
              "CLASS:PUBLIC", "PRIORITY:" + ("1" if method == "CANCEL" else "5"),
              f"DTSTAMP:{zstamp(sent)}", "TRANSP:" + ("TRANSPARENT" if method == "CANCEL" else "OPAQUE"),
              "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"), f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE={lang}:" + ics_esc(location),
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:-{digits(seed + 'own', 10)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else intended),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" +
              ("2" if method == "CANCEL" else "1"), "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{tb['url']}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_esc(location)}"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 '</head><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
                 + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
                 + "</div></body></html>\n")
    subject = subject or subject_summary(summary, method)
    hdrs = [("Delivered-To", OWNER),
            received(f"{mbx[1].upper()}-obe.outbound.protection.outlook.com", seed, sent),
            ("Return-Path", f"<{organizer[1]}>"), ("From", addr(*organizer)),
            ("To", ", ".join(addr(*x) for x in to))]
    if cc:
        hdrs.append(("CC", ", ".join(addr(*x) for x in cc)))
    hdrs += [("Subject", subj(subject)), ("Thread-Topic", subj(summary)),
             ("Thread-Index", base64.b64encode(_dig(seed + "ti")[:22]).decode()),
             ("Date", rfc(sent.astimezone(UTC))), ("Message-ID", mid),
             ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(_dig(seed + "ser")[:30]).decode())]
    parts = [leaf('text/plain; charset="utf-8"', text, "qp"),
             leaf('text/html; charset="utf-8"', html_body, "qp"),
             leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "b64")]
    return message(hdrs, multi("alternative", b, parts)), mid, uid, cal


def subject_summary(summary, method):
    return ("Cancelada: " + summary) if method == "CANCEL" else summary


# --------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn

# =========================================================================== POSITIVE CASES

@case
def c01():
    name = "b197-01-bumeran-aviso-y-meet-rrhh"
    mica = ("Micaela Sosa", "msosa@pampaaustral.example")
    files = {}
    sent1 = T(2026, 2, 19, 12, 14, 5)
    post = digits("c01post", 7)
    text1 = f"""Hola Florencia,

¡Buenas noticias! Tu postulación al aviso "Analista Contable Sr." de Distribuidora Pampa Austral S.A. avanzó a la etapa de preselección.

La empresa revisó tu CV y la persona a cargo de la búsqueda se va a contactar con vos para coordinar una entrevista. Te recomendamos estar atenta a tu correo y a tu celular en los próximos días.

Mientras tanto, podés:
- Completar tu perfil para destacarte (te falta la sección "Idiomas").
- Revisar el estado de todas tus postulaciones en "Mis postulaciones".

Ver postulación: https://www.bumeran.com.ar/postulantes/postulaciones/{post}

¡Éxitos!
El equipo de Bumeran

Recibiste este mail porque estás registrada en Bumeran con {OWNER}. Para dejar de recibir notificaciones de tus postulaciones ingresá a Configuración > Notificaciones."""
    html1 = simple_html("Tu postulación avanzó", [
        "<b>Hola Florencia,</b>",
        "¡Buenas noticias! Tu postulación al aviso <b>Analista Contable Sr.</b> de "
        "<b>Distribuidora Pampa Austral S.A.</b> avanzó a la etapa de preselección.",
        "La empresa revisó tu CV y la persona a cargo de la búsqueda se va a contactar con vos "
        "para coordinar una entrevista. Te recomendamos estar atenta a tu correo y a tu celular "
        "en los próximos días.",
        "Mientras tanto, podés completar tu perfil para destacarte (te falta la sección "
        "&quot;Idiomas&quot;) y revisar el estado de todas tus postulaciones en "
        "&quot;Mis postulaciones&quot;.",
        f'<a href="https://www.bumeran.com.ar/postulantes/postulaciones/{post}" '
        'style="background:#0a66c2;color:#fff;padding:10px 18px;text-decoration:none">Ver postulación</a>',
        "¡Éxitos!<br>El equipo de Bumeran"],
        footer=f"Recibiste este mail porque estás registrada en Bumeran con {OWNER}.")
    m1, _ = vendor_mail(seed="c01a", sent=sent1, frm=("Bumeran", "noreply@bumeran.com.ar"),
                        subject="¡Tu postulación a Analista Contable Sr. avanzó! 🎉",
                        text=text1, html_body=html1, mid_domain="bumeran.com.ar",
                        host="o7.mail.bumeran.com.ar")
    files["01-bumeran-postulacion-avanzo.eml"] = m1
    start, end = T(2026, 2, 23, 10, 30), T(2026, 2, 23, 11, 15)
    desc = (f"Hola Florencia, ¿cómo estás?\nComo hablamos recién por teléfono, te envío la invitación "
            f"para la entrevista por Meet del {wd(start, 'lunes')}. Vamos a charlar sobre tu experiencia en "
            "cierres mensuales, conciliaciones y liquidación de impuestos (IVA, IIBB y Ganancias). "
            "Calculá unos 45 minutos.\n\nCualquier inconveniente escribime a este mail.\n\n"
            "Micaela Sosa\nAnalista de Selección | Distribuidora Pampa Austral S.A.\n"
            "msosa@pampaaustral.example")
    m2, _, _ = google_invite(seed="c01b", sent=T(2026, 2, 20, 9, 41, 5), organizer=mica,
                             guests=[(mica[0], mica[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                             summary="Entrevista Analista Contable Sr. – Florencia Benítez",
                             start=start, end=end, description=desc)
    files["02-invitacion-entrevista-meet.eml"] = m2
    lab = label([iv("Distribuidora Pampa Austral S.A.", "Analista Contable Sr.", start, end, "scheduled",
                    [mica[1]], [mica[1]], "phone_screen")], "easy", "positive/portal-plus-google-invite",
                "Bumeran 'tu postulación avanzó' (no time) then a Google Calendar invite from the recruiter "
                "for a 45-min Meet screen; one interview. Recruiter conducts the screen.")
    return name, files, lab


@case
def c02():
    name = "b197-02-rrhh-y-luego-jefe-de-impuestos"
    jul = ("Julieta Paz", "jpaz@riberasur.example")
    her = ("Hernán Giordano", "hgiordano@riberasur.example")
    me = (OWNER_NAME, OWNER)
    files = {}
    s1 = T(2026, 3, 10, 15, 0)
    e1 = s1 + timedelta(minutes=45)
    s2 = T(2026, 3, 18, 9, 30)
    e2 = s2 + timedelta(hours=1)
    subj0 = "Laboratorio Ribera Sur - Entrevista Analista de Impuestos Sr."
    sig = ("Julieta Paz\nAnalista Sr. de Recursos Humanos\nLaboratorio Ribera Sur S.A.\n"
           "Av. Mitre 2150, Avellaneda, Buenos Aires\nTel.: +54 11 4201-7730 int. 214")
    t1 = f"""Hola Florencia, ¿cómo estás?

Te escribo del área de Recursos Humanos de Laboratorio Ribera Sur S.A. por tu postulación a la búsqueda de Analista de Impuestos Sr.

Nos gustaría coordinar una primera entrevista virtual conmigo, de unos 45 minutos, para conocerte y contarte sobre la posición. ¿Te queda bien el {wd(s1, 'martes')} 10 de marzo a las 15 hs? Si te sirve, te mando la invitación por Teams.

Quedo atenta.
Saludos,

{sig}"""
    sent1 = T(2026, 3, 4, 11, 2, 18)
    m1, mid1 = outlook_mail(seed="c02a", sent=sent1, frm=jul, to=[me], subject=subj0, text=t1)
    files["01-propuesta-primera-entrevista.eml"] = m1
    body2 = (f"Hola Florencia:\n\nComo quedamos, te envío la invitación para la entrevista del "
             f"{wd(s1, 'martes')} 10/3 a las 15 hs por Teams. No hace falta que instales nada, podés entrar "
             "desde el navegador.\n\nSaludos,\nJulieta Paz\nAnalista Sr. de Recursos Humanos | "
             "Laboratorio Ribera Sur S.A.")
    m2, _, _, _ = outlook_invite(seed="c02b", sent=T(2026, 3, 4, 15, 47, 30), organizer=jul, to=[me],
                                 attendees=[(OWNER_NAME, OWNER)],
                                 summary="Entrevista RRHH - Analista de Impuestos Sr. - Florencia Benítez",
                                 start=s1, end=e1, tzid="Argentina Standard Time", vtz=VTZ_ARG_WIN,
                                 tzlabel="(UTC-03:00) Ciudad de Buenos Aires", body=body2)
    files["02-invitacion-teams-entrevista-rrhh.eml"] = m2
    flor_reply = f"<CA{an('c02flor', 40)}@mail.gmail.com>"
    t3 = f"""Hola Flor, ¿cómo va?

¡Gracias por la charla del martes! Te cuento que avanzás a la siguiente instancia del proceso: una entrevista con Hernán Giordano, Jefe de Impuestos, que sería la persona a la que vas a reportar.

Esta entrevista es presencial, en nuestra planta de Avellaneda (Av. Mitre 2150). ¿Podrías el {wd(s2, 'miércoles')} 18 a las 9:30? Dura alrededor de una hora. Yo no voy a estar ese día, te recibe directamente Hernán en recepción.

Avisame y te mando la invitación.

Saludos,
Julieta

{sig}

________________________________
De: Florencia Benítez <{OWNER}>
Enviado: miércoles, 4 de marzo de 2026 13:20
Para: Julieta Paz <{jul[1]}>
Asunto: Re: {subj0}

Hola Julieta, ¡muchas gracias por escribirme!
Sí, el martes 10 a las 15 me queda perfecto. Quedo atenta a la invitación.
Saludos,
Florencia

________________________________
De: Julieta Paz <{jul[1]}>
Enviado: miércoles, 4 de marzo de 2026 11:02
Para: Florencia Benítez <{OWNER}>
Asunto: {subj0}

Hola Florencia, ¿cómo estás?

Te escribo del área de Recursos Humanos de Laboratorio Ribera Sur S.A. por tu postulación a la búsqueda de Analista de Impuestos Sr. [...]"""
    assert T(2026, 3, 4).weekday() == 2 and T(2026, 3, 12).weekday() == 3
    m3, mid3 = outlook_mail(seed="c02c", sent=T(2026, 3, 12, 10, 15, 40), frm=jul, to=[me],
                            subject="RE: " + subj0, text=t3, in_reply_to=flor_reply,
                            references=f"{mid1} {flor_reply}")
    files["03-segunda-instancia-jefe-de-impuestos.eml"] = m3
    body4 = f"""Hola Flor:

Perfecto, te confirmo la entrevista con Hernán Giordano (Jefe de Impuestos) el {wd(s2, 'miércoles')} 18/3 a las 9:30 en planta. Traé tu DNI para registrarte en la guardia; hay estacionamiento para visitas sobre la calle lateral.

Hernán: te paso el CV de Florencia por mail aparte.

Saludos,
Julieta

-----Mensaje original-----
De: Florencia Benítez <{OWNER}>
Enviado: jueves, 12 de marzo de 2026 11:48
Para: Julieta Paz <{jul[1]}>
Asunto: Re: RE: {subj0}

Hola Julieta, ¡qué buena noticia! Sí, el miércoles 18 a las 9:30 puedo sin problema. ¡Gracias!"""
    m4, _, _, _ = outlook_invite(seed="c02d", sent=T(2026, 3, 12, 16, 5, 12), organizer=jul, to=[her, me],
                                 attendees=[her, me],
                                 summary="Entrevista con Jefe de Impuestos - Florencia Benítez",
                                 start=s2, end=e2, tzid="Argentina Standard Time", vtz=VTZ_ARG_WIN,
                                 tzlabel="(UTC-03:00) Ciudad de Buenos Aires", body=body4, teams=False,
                                 location="Planta Avellaneda - Av. Mitre 2150 - Recepción")
    files["04-invitacion-entrevista-jefe-area.eml"] = m4
    lab = label([
        iv("Laboratorio Ribera Sur S.A.", "Analista de Impuestos Sr.", s1, e1, "scheduled",
           [jul[1]], [jul[1]], "phone_screen"),
        iv("Laboratorio Ribera Sur S.A.", "Analista de Impuestos Sr.", s2, e2, "scheduled",
           [her[1]], [her[1]], "hiring_manager")],
        "medium", "positive/two-interviews",
        "Two interviews in one thread: Teams HR screen with the recruiter (Tue 10 Mar 15:00 ART) and an "
        "in-person interview with the head of tax (Wed 18 Mar 9:30 ART, 'dura alrededor de una hora'). "
        "Julieta organizes the second invite but explicitly will not attend, so she is not an interviewer there.")
    return name, files, lab


@case
def c03():
    name = "b197-03-big-four-jornada-de-evaluacion"
    grp = ("Talent Acquisition BOA", "seleccion@boa-auditores.example")
    sof = ("Sofía Lagos", "slagos@boa-auditores.example")
    eze = ("Ezequiel Romano", "eromano@boa-auditores.example")
    gus = ("Gustavo Ferrán", "gferran@boa-auditores.example")
    me = (OWNER_NAME, OWNER)
    day = T(2026, 4, 16)
    s1, e1 = T(2026, 4, 16, 9, 0), T(2026, 4, 16, 10, 30)
    s2, e2 = T(2026, 4, 16, 11, 30), T(2026, 4, 16, 12, 15)
    files = {}
    t1 = f"""Hola Florencia:

¡Felicitaciones! Quedaste seleccionada para participar de nuestra Jornada de Evaluación para la posición de Senior de Impuestos (Tax Senior) en Brandt Ocampo & Asociados.

Fecha: {wd(day, 'jueves')} 16 de abril de 2026
Lugar: Torre BOA – Av. Leandro N. Alem 855, piso 21, CABA

Agenda del día:
08:40 – Acreditación en recepción del piso 21 (traé tu DNI)
09:00 a 10:30 – Dinámica grupal con otros candidatos, a cargo de Sofía Lagos y Ezequiel Romano (Talent Acquisition)
10:30 a 11:30 – Coffee break y recorrido por la oficina con el equipo de Impuestos
11:30 a 12:15 – Entrevista individual con Gustavo Ferrán, Socio de Impuestos

Vas a recibir dos invitaciones de calendario por separado (dinámica y entrevista con el socio). El dress code es business casual. Si tenés alguna restricción alimentaria para el coffee, avisanos.

Por favor confirmá tu asistencia respondiendo este mail antes del {wd(T(2026, 4, 13), 'lunes')} 13/4.

¡Te esperamos!

Sofía Lagos
Talent Acquisition Senior | Brandt Ocampo & Asociados
Av. Leandro N. Alem 855, piso 21 – C1001AAD – CABA

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo recibió por error, por favor notifique al remitente y elimínelo."""
    m1, _ = outlook_mail(seed="c03a", sent=T(2026, 4, 8, 17, 30, 22), frm=grp, to=[me],
                         subject="Convocatoria: Jornada de Evaluación – Tax Senior – jueves 16 de abril", text=t1)
    files["01-convocatoria-jornada-de-evaluacion.eml"] = m1
    b2 = ("Hola Florencia:\n\nTe enviamos la invitación para la primera parte de la Jornada de Evaluación. "
          "Recordá llegar 08:40 para acreditarte en recepción. La dinámica grupal es con otros 7 candidatos "
          "y la coordinan Sofía y Ezequiel.\n\nTalent Acquisition | Brandt Ocampo & Asociados")
    m2, _, _, _ = outlook_invite(seed="c03b", sent=T(2026, 4, 9, 10, 2, 41), organizer=grp, to=[sof, eze, me],
                                 attendees=[sof, eze, me],
                                 summary="Jornada de Evaluación – Dinámica grupal – Tax Senior",
                                 start=s1, end=e1, tzid="Argentina Standard Time", vtz=VTZ_ARG_WIN,
                                 tzlabel="(UTC-03:00) Ciudad de Buenos Aires", body=b2, teams=False,
                                 location="Torre BOA – Piso 21 – Sala Río de la Plata")
    files["02-invitacion-dinamica-grupal.eml"] = m2
    b3 = (f"Florencia:\n\nSegunda parte de la jornada del {wd(day, 'jueves')} 16/4: entrevista individual con "
          "Gustavo Ferrán, Socio a cargo de Impuestos. Después de la dinámica y el coffee te acompañamos hasta "
          "su oficina.\n\nGustavo: te dejé en el sistema el CV de Florencia y el resultado de la evaluación "
          "técnica online.\n\nSaludos,\nSofía")
    m3, _, _, _ = outlook_invite(seed="c03c", sent=T(2026, 4, 9, 10, 5, 3), organizer=sof, to=[gus, me],
                                 attendees=[gus, me],
                                 summary="Entrevista con Socio – Gustavo Ferrán / Florencia Benítez (Tax Senior)",
                                 start=s2, end=e2, tzid="Argentina Standard Time", vtz=VTZ_ARG_WIN,
                                 tzlabel="(UTC-03:00) Ciudad de Buenos Aires", body=b3, teams=False,
                                 location="Torre BOA – Piso 21 – Oficina 2104")
    files["03-invitacion-entrevista-con-socio.eml"] = m3
    ivs = [sof[1], eze[1], gus[1]]
    lab = label([iv("Brandt Ocampo & Asociados", "Senior de Impuestos (Tax Senior)", s1, e2, "scheduled",
                    ivs, ivs, "onsite")], "hard", "positive/onsite-assessment-day",
                "Big Four-style 'jornada de evaluación': group dynamic 09:00-10:30 run by two TA people, break, "
                "partner interview 11:30-12:15, same day, two invites -> ONE onsite 09:00-12:15. 08:40 is only "
                "check-in (acreditación), not a session. Group mailbox seleccion@ organizes the first invite "
                "and is never a recipient.")
    return name, files, lab


def greenhouse_ics(seed, uid, seq, sent, start, end, organizer, interviewer, summary, desc, loc):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software Inc//Interview Scheduler//EN",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ_NY + [
        "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART;TZID=America/New_York:{lstamp(start)}", f"DTEND;TZID=America/New_York:{lstamp(end)}",
        "SUMMARY:" + ics_esc(summary), "DESCRIPTION:" + ics_esc(desc), "LOCATION:" + ics_esc(loc),
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={interviewer[0]}:mailto:{interviewer[1]}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


@case
def c04():
    name = "b197-04-us-greenhouse-reprogramada-cambio-de-hora"
    dana = ("Dana Whitfield", "dana.whitfield@harborpine.example")
    mark = ("Mark Feeney", "mark.feeney@harborpine.example")
    role = "Senior Accountant, International Entities"
    files = {}
    s0 = T(2026, 3, 5, 11, 0, tz=NY)
    e0 = s0 + timedelta(minutes=45)
    s1 = T(2026, 3, 12, 11, 0, tz=NY)
    e1 = s1 + timedelta(minutes=45)
    assert s0.utcoffset() == timedelta(hours=-5) and s1.utcoffset() == timedelta(hours=-4)
    assert s0.astimezone(BA).hour == 13 and s1.astimezone(BA).hour == 12
    zoom = f"https://harborpine.zoom.us/j/{digits('c04z', 11)}?pwd={an('c04pwd', 32)}"
    uid = f"gh-interview-{digits('c04uid', 9)}-{hx('c04uid', 8)}@greenhouse.io"
    summary = f"Interview: {OWNER_NAME} <> Mark Feeney (Harbor & Pine Capital)"
    t1 = f"""Hi Florencia,

Thanks for sending over your availability! Your interview for the {role} role at Harbor & Pine Capital has been scheduled. Here are the details:

Interview: Hiring Manager Interview
Date: {wd(s0, 'Thursday')}, March 5, 2026
Time: 11:00 AM - 11:45 AM EST (1:00 PM - 1:45 PM in Buenos Aires)
Interviewer: Mark Feeney, Assistant Controller ({mark[1]})
Location: Zoom - {zoom}

A calendar invitation is attached. If you need to reschedule, just reply to this email and I'll take care of it.

Best,
Dana Whitfield
Recruiting Coordinator | Harbor & Pine Capital

Powered by Greenhouse"""
    h1 = simple_html("Interview Confirmation", [html.escape(p).replace("\n", "<br>") for p in t1.split("\n\n")])
    sent1 = T(2026, 2, 27, 14, 5, 33, tz=NY)
    cal1 = greenhouse_ics("c04", uid, 0, sent1, s0, e0, dana, mark, summary,
                          f"Hiring Manager Interview with Mark Feeney (Assistant Controller).\nJoin Zoom: {zoom}", zoom)
    m1, mid1 = vendor_mail(seed="c04a", sent=sent1, frm=(dana[0], "no-reply@greenhouse.io"), reply_to=dana,
                           subject=f"Interview Confirmation: Harbor & Pine Capital - {role}", text=t1,
                           html_body=h1, mid_domain="greenhouse.io", host="o3.email.greenhouse.io",
                           attachments=[("text/calendar; charset=UTF-8; method=REQUEST", "invite.ics", cal1)])
    files["01-greenhouse-interview-confirmation.eml"] = m1
    t2 = f"""Hi Florencia,

Mark had a conflict come up with our February close, so we've moved your Hiring Manager Interview by one week. Your updated interview details:

Date: {wd(s1, 'Thursday')}, March 12, 2026
Time: 11:00 AM - 11:45 AM EDT
Interviewer: Mark Feeney, Assistant Controller
Location: Zoom (same link as before)

Heads up: clocks in the US move forward on Sunday, March 8, so this will be 12:00 PM - 12:45 PM in Buenos Aires, one hour earlier for you than the original slot.

The updated calendar invitation is attached and replaces the previous one. Sorry for the shuffle!

Best,
Dana Whitfield
Recruiting Coordinator | Harbor & Pine Capital

Powered by Greenhouse"""
    assert T(2026, 3, 8, tz=NY).weekday() == 6
    h2 = simple_html("Updated Interview", [html.escape(p).replace("\n", "<br>") for p in t2.split("\n\n")])
    sent2 = T(2026, 3, 3, 10, 22, 8, tz=NY)
    cal2 = greenhouse_ics("c04", uid, 1, sent2, s1, e1, dana, mark, summary,
                          f"Hiring Manager Interview with Mark Feeney (Assistant Controller).\nJoin Zoom: {zoom}", zoom)
    m2, _ = vendor_mail(seed="c04b", sent=sent2, frm=(dana[0], "no-reply@greenhouse.io"), reply_to=dana,
                        subject=f"Updated Interview: Harbor & Pine Capital - {role}", text=t2,
                        html_body=h2, mid_domain="greenhouse.io", host="o3.email.greenhouse.io",
                        attachments=[("text/calendar; charset=UTF-8; method=REQUEST", "invite.ics", cal2)])
    files["02-greenhouse-interview-rescheduled.eml"] = m2
    lab = label([iv("Harbor & Pine Capital", role, s1, e1, "scheduled", [mark[1]], [mark[1]], "hiring_manager")],
                "hard", "positive/reschedule-dst",
                "Greenhouse confirmation Thu 5 Mar 11:00 EST (13:00 ART), moved one week to Thu 12 Mar 11:00 EDT "
                "(12:00 ART) across the US DST change on 8 Mar; SEQUENCE 0 -> 1, same UID. Final time only. "
                "Dana is a coordinator (Reply-To), Mark conducts.")
    return name, files, lab


@case
def c05():
    name = "b197-05-madrid-teams-cancelada"
    nur = ("Nuria Castaño", "ncastano@valdeolmos.example")
    ini = ("Íñigo Berrocal", "iberrocal@valdeolmos.example")
    me = (OWNER_NAME, OWNER)
    s, e = T(2026, 4, 14, 16, 0, tz=MAD), T(2026, 4, 14, 17, 0, tz=MAD)
    assert s.utcoffset() == timedelta(hours=2) and s.astimezone(BA).hour == 11
    summary = "Entrevista – Técnico/a Contable Cuentas LATAM – Florencia Benítez"
    files = {}
    b1 = f"""Hola, Florencia:

Tal y como hablamos por teléfono, te envío la convocatoria para la entrevista con Íñigo Berrocal, Responsable de Contabilidad del Grupo, para la posición de Técnico/a Contable – Cuentas LATAM (remoto).

Ten en cuenta que la hora es la de Madrid: las 16:00 aquí son las 11:00 en Buenos Aires.

Un saludo,

Nuria Castaño
Talent Acquisition | Grupo Valdeolmos Consultores
C/ de Velázquez 94, 28006 Madrid"""
    kw = dict(organizer=nur, to=[ini, me], attendees=[ini, me], summary=summary, start=s, end=e,
              tzid="Romance Standard Time", vtz=VTZ_ROMANCE_WIN,
              tzlabel="(UTC+01:00) Bruselas, Copenhague, Madrid, París", region="EUR", lang="es-ES")
    m1, _, uid, _ = outlook_invite(seed="c05", sent=T(2026, 4, 1, 13, 12, 40, tz=MAD), body=b1, **kw)
    files["01-invitacion-teams-entrevista.eml"] = m1
    b2 = f"""Hola, Florencia:

Lamentablemente tenemos que cancelar la entrevista del {wd(s, 'martes')} 14. La Dirección Financiera ha decidido congelar la contratación de esta posición hasta después del verano. Si se reabre el proceso, te escribiré personalmente.

Disculpa las molestias y gracias por tu tiempo.

Un saludo,
Nuria"""
    m2, _, _, _ = outlook_invite(seed="c05", sent=T(2026, 4, 9, 18, 40, 2, tz=MAD), body=b2, method="CANCEL",
                                 seq=1, uid=uid, **kw)
    files["02-cancelada-entrevista.eml"] = m2
    lab = label([iv("Grupo Valdeolmos Consultores", "Técnico/a Contable – Cuentas LATAM", s, e, "cancelled",
                    [ini[1]], [ini[1]], "hiring_manager")], "medium", "positive/cancellation",
                "Exchange invite with Windows TZID 'Romance Standard Time' and the '(UTC+01:00)' display label, "
                "but 14 Apr is after the EU change (29 Mar) so Madrid is +02:00 = 11:00 ART (the text says so). "
                "Then METHOD:CANCEL: kept as cancelled at 16:00+02:00.")
    return name, files, lab


@case
def c06():
    name = "b197-06-whatsapp-pegado-consultora"
    gaby = ("Gabriela Ortega", "gortega@talentosur.example")
    sent = T(2026, 4, 21, 18, 25, 51)
    s = T(2026, 4, 23, 17, 0)
    e = s + timedelta(minutes=45)
    wd(sent, "martes")
    text = f"""Hola Flor!

Como te dije por WhatsApp, te dejo todo por acá así lo tenés a mano:

[21/4/26, 18:02] Gaby Ortega Talento Sur: Flor, buenas noticias 🙌 el Dr. Marchetti leyó tu CV y quiere conocerte
[21/4/26, 18:03] Gaby Ortega Talento Sur: Te queda bien el {wd(s, 'jueves')} a las 17? Es en el estudio, presencial
[21/4/26, 18:09] Flor Benítez: Holaa! Sí, dale, el jueves a las 17 me viene bárbaro
[21/4/26, 18:10] Gaby Ortega Talento Sur: Genial!! Te mando mail con la dirección así queda todo por escrito 😉

Entonces:
📍 Estudio Marchetti & Asociados – Av. Córdoba 1345, piso 6 "B", CABA
🕔 Jueves 23/4, 17:00 hs (calculá unos 45 minutos)
👤 Te entrevista el Dr. Claudio Marchetti, socio fundador. Es para la posición de Contador/a Senior (sociedades y monotributistas, cierre de balances).

Cualquier cosa con el edificio, la recepción del estudio es recepcion@estudiomarchetti.example o al 4811-2290.

Después de la entrevista escribime así me contás cómo te fue!

Abrazo,
Gaby

--
Gabriela Ortega
Senior Recruiter | Talento Sur Consultores
{gaby[1]} | +54 9 11 5372-0148
www.talentosur.example"""
    m, _ = gmail_mail(seed="c06", sent=sent, frm=gaby, to=[(OWNER_NAME, OWNER)],
                      subject="Entrevista Estudio Marchetti – jueves 17 hs 📍", text=text)
    lab = label([iv("Estudio Marchetti & Asociados", "Contador/a Senior", s, e, "scheduled", [], [gaby[1]],
                    "hiring_manager")], "hard", "positive/whatsapp-pasted-body-only",
                "WhatsApp chat pasted into a recruiter's mail: 'el jueves a las 17' resolved against Tue 21 Apr -> "
                "Thu 23 Apr 17:00 ART, ~45 min. The interviewer (Dr. Marchetti) has no address in the case; "
                "recepcion@ is a front-desk group mailbox -> follow-up goes to the consultancy recruiter.")
    return name, {"01-datos-entrevista-whatsapp-pegado.eml": m}, lab


@case
def c07():
    name = "b197-07-computrabajo-citacion-y-recordatorio"
    pat = ("Patricia Núñez", "pnunez@transportescanuelas.example")
    s = T(2026, 5, 4, 11, 0)
    files = {}
    cita = digits("c07cita", 8)
    t1 = f"""Hola Florencia:

Transportes Cañuelas SRL te citó a una entrevista para la oferta "Liquidador/a de Impuestos Sr.".

Fecha: {wd(s, 'lunes')} 4 de mayo de 2026
Hora: 11:00 hs
Modalidad: Presencial
Dirección: Ruta Nacional 3 km 62,5 – Cañuelas, Buenos Aires
Persona de contacto: Patricia Núñez – Jefa de Administración y Finanzas
Email de contacto: {pat[1]}

Mensaje de la empresa:
"Florencia, te esperamos el lunes para conocerte. La entrevista es con Patricia, jefa del área. Por favor traé tu CV impreso. Hay estacionamiento dentro del predio."

¿Vas a asistir?
Confirmar asistencia: https://candidato.ar.computrabajo.com/citas/{cita}/confirmar
No puedo asistir: https://candidato.ar.computrabajo.com/citas/{cita}/rechazar

Suerte en la entrevista,
Equipo Computrabajo

Este es un mensaje automático, por favor no lo respondas. Para contactar a la empresa usá los datos de contacto indicados arriba."""
    h1 = simple_html("Citación a entrevista", [html.escape(p).replace("\n", "<br>") for p in t1.split("\n\n")])
    m1, _ = vendor_mail(seed="c07a", sent=T(2026, 4, 29, 16, 48, 19),
                        frm=("Computrabajo", "notificaciones@ar.computrabajo.com"),
                        subject="Transportes Cañuelas SRL te citó a una entrevista", text=t1, html_body=h1,
                        mid_domain="ar.computrabajo.com", host="mta12.computrabajo.com")
    files["01-computrabajo-citacion-entrevista.eml"] = m1
    sent2 = T(2026, 5, 3, 9, 0, 4)
    wd(sent2, "domingo")
    t2 = f"""Hola Florencia:

Te recordamos que mañana {wd(s, 'lunes')} 4/5 a las 11:00 hs tenés tu entrevista con Transportes Cañuelas SRL para la oferta "Liquidador/a de Impuestos Sr.".

Dirección: Ruta Nacional 3 km 62,5 – Cañuelas, Buenos Aires
Contacto: Patricia Núñez ({pat[1]})
Estado: Asistencia confirmada ✔

Consejos para tu entrevista: llegá 10 minutos antes, llevá tu CV impreso y repasá la descripción del puesto.

Equipo Computrabajo"""
    h2 = simple_html("Recordatorio de entrevista", [html.escape(p).replace("\n", "<br>") for p in t2.split("\n\n")])
    m2, _ = vendor_mail(seed="c07b", sent=sent2, frm=("Computrabajo", "notificaciones@ar.computrabajo.com"),
                        subject="Recordatorio: mañana tenés una entrevista con Transportes Cañuelas SRL",
                        text=t2, html_body=h2, mid_domain="ar.computrabajo.com", host="mta12.computrabajo.com")
    files["02-computrabajo-recordatorio.eml"] = m2
    lab = label([iv("Transportes Cañuelas SRL", "Liquidador/a de Impuestos Sr.", s, None, "scheduled",
                    [pat[1]], [pat[1]], "hiring_manager")], "medium", "positive/job-portal-notification",
                "Job-portal interview summons plus a reminder the day before ('mañana lunes 4/5'): one in-person "
                "interview, no duration given (end null). The interviewer's address is given in the body; the "
                "portal sender is no-reply.")
    return name, files, lab


@case
def c08():
    name = "b197-08-madrid-gcal-fin-horario-verano"
    marta = ("Marta Iriarte", "marta.iriarte@lumbre-energia.example")
    alv = ("Álvaro del Pino", "adelpino@lumbre-energia.example")
    sent = T(2026, 10, 20, 10, 5, 14, tz=MAD)
    s, e = T(2026, 10, 27, 15, 0, tz=MAD), T(2026, 10, 27, 16, 0, tz=MAD)
    assert sent.utcoffset() == timedelta(hours=2) and s.utcoffset() == timedelta(hours=1)
    assert T(2026, 10, 27, 15, 0, tz=T(2026, 10, 20, 10, tz=MAD).tzinfo).astimezone(BA).hour == 11
    assert T(2026, 10, 20, 15, 0, tz=MAD).astimezone(BA).hour == 10
    assert T(2026, 10, 25, tz=MAD).weekday() == 6
    text = f"""Hola, Florencia:

Gracias por tu interés en la posición de Controller Financiero LATAM. Nos gustaría avanzar con una entrevista por videollamada; la haremos Álvaro del Pino, nuestro CFO, y yo.

Te propongo el {wd(s, 'martes')} 27 de octubre a las 15:00 hora de Madrid. Ojo, que ese fin de semana cambiamos la hora en España (el domingo 25 retrasamos el reloj), así que en Buenos Aires serán las 11:00 y no las 10:00 como sería hoy. Calcula una hora.

Te llegará la invitación de Google Calendar con el enlace de Meet. Si no te viene bien, dímelo y buscamos otro hueco.

Un saludo,

Marta Iriarte
Talent Acquisition Partner
Lumbre Energía S.L. · Paseo de la Castellana 141, Madrid"""
    m, _ = gmail_mail(seed="c08", sent=sent, frm=marta, to=[(OWNER_NAME, OWNER)],
                      subject="Lumbre Energía – Entrevista Controller Financiero LATAM", text=text)
    code = meet_code("c08")
    ev_id = an("c08ev", 26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits('c08etag', 16)}\"",
        "id": ev_id,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.urlsafe_b64encode(f"{ev_id} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-10-20T08:31:12.000Z",
        "updated": "2026-10-20T08:31:45.204Z",
        "summary": "Entrevista Florencia Benítez – Controller Financiero LATAM (Lumbre Energía)",
        "description": "Entrevista con Álvaro del Pino (CFO) y Marta Iriarte (Talent Acquisition).\n"
                       "15:00 Madrid / 11:00 Buenos Aires.",
        "creator": {"email": marta[1], "displayName": marta[0]},
        "organizer": {"email": marta[1], "displayName": marta[0]},
        "start": {"dateTime": s.astimezone(BA).isoformat(), "timeZone": "Europe/Madrid"},
        "end": {"dateTime": e.astimezone(BA).isoformat(), "timeZone": "Europe/Madrid"},
        "iCalUID": f"{ev_id}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": marta[1], "displayName": marta[0], "organizer": True, "responseStatus": "accepted"},
            {"email": alv[1], "displayName": alv[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": f"https://meet.google.com/{code}",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{code}", "label": f"meet.google.com/{code}"},
                {"entryPointType": "phone", "uri": "tel:+34-91-" + digits("c08tel", 7), "label": "+34 91 "
                 + digits("c08tel", 3) + " " + digits("c08tel", 7)[3:], "pin": digits("c08pin", 9), "regionCode": "ES"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": code,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    assert ev["start"]["dateTime"] == "2026-10-27T11:00:00-03:00"
    files = {"01-propuesta-entrevista-cfo.eml": m,
             "02-entrevista-lumbre.gcal.json": json.dumps(ev, indent=2, ensure_ascii=False) + "\n"}
    ivs = [alv[1], marta[1]]
    lab = label([iv("Lumbre Energía S.L.", "Controller Financiero LATAM", s, e, "scheduled", ivs, ivs,
                    "hiring_manager")], "hard", "positive/gcal-json-eu-dst-gap",
                "Madrid recruiter mail sent while Madrid is +02:00 proposing Tue 27 Oct 15:00 Madrid, after the EU "
                "change on 25 Oct (+01:00) -> 11:00 ART; Calendar API event shows 11:00-03:00 with timeZone "
                "Europe/Madrid. Same interview through two channels. Marta states she conducts it with the CFO.")
    return name, files, lab


@case
def c09():
    name = "b197-09-ics-suelto-entrevista-tecnica-teams"
    lea = ("Leandro Ibarra", "libarra@ceibosistemas.example")
    van = ("Vanesa Molina", "vmolina@ceibosistemas.example")
    me = (OWNER_NAME, OWNER)
    s, e = T(2026, 5, 13, 14, 0), T(2026, 5, 13, 15, 0)
    wd(s, "miércoles")
    body = """Hola Florencia:

Te invitamos a la entrevista técnica para la posición de Analista Contable – Implementación SAP. Vas a resolver un caso práctico en vivo (conciliaciones bancarias y asientos de ajuste por inflación) junto a Vanesa Molina, Líder de Contabilidad, y a mí. No hace falta preparar nada; tené a mano Excel.

Saludos,
Leandro Ibarra
Gerente de Administración y Finanzas | Ceibo Sistemas S.A."""
    _, _, _, cal = outlook_invite(seed="c09", sent=T(2026, 5, 7, 11, 20, 9), organizer=lea, to=[van, me],
                                  attendees=[van, me],
                                  summary="Entrevista técnica – Analista Contable SAP – Florencia Benítez",
                                  start=s, end=e, tzid="Argentina Standard Time", vtz=VTZ_ARG_WIN,
                                  tzlabel="(UTC-03:00) Ciudad de Buenos Aires", body=body)
    ivs = [lea[1], van[1]]
    lab = label([iv("Ceibo Sistemas S.A.", "Analista Contable – Implementación SAP", s, e, "scheduled", ivs, ivs,
                    "technical")], "medium", "positive/standalone-ics-windows-tzid",
                "Standalone Exchange .ics (Teams) with Windows TZID 'Argentina Standard Time'; live case exercise "
                "with the organizer and a second interviewer.")
    return name, {"01-entrevista-tecnica-ceibo.ics": cal}, lab


@case
def c10():
    name = "b197-10-us-recruiter-propone-y-confirma-est"
    jen = ("Jenna Park", "jenna.park@corvane.example")
    me = (OWNER_NAME, OWNER)
    role = "International Tax Analyst (Remote, LATAM)"
    subj0 = f"Corvane – {role} – next steps"
    o1, o2, o3 = T(2026, 2, 11, 10, 0, tz=NY), T(2026, 2, 12, 13, 0, tz=NY), T(2026, 2, 13, 9, 30, tz=NY)
    assert o2.utcoffset() == timedelta(hours=-5) and o2.astimezone(BA).hour == 15
    t1 = f"""Hi Florencia,

Thanks so much for applying to the {role} position at Corvane. Your background in Argentine VAT and transfer pricing documentation looks like a great fit for what our Buenos Aires and Mexico entities need.

I'd love to set up a 30-minute intro call to tell you more about the team and learn about your experience. Do any of these times work for you? (all Eastern Time)

- {wd(o1, 'Wed')}, Feb 11 - 10:00 AM
- {wd(o2, 'Thu')}, Feb 12 - 1:00 PM
- {wd(o3, 'Fri')}, Feb 13 - 9:30 AM

Best,
Jenna

--
Jenna Park
Senior Talent Partner, Finance & Accounting
Corvane | corvane.example"""
    sent1 = T(2026, 2, 3, 15, 12, 44, tz=NY)
    m1, mid1 = gmail_mail(seed="c10a", sent=sent1, frm=jen, to=[me], subject=subj0, text=t1)
    flor = f"<CA{an('c10flor', 40)}@mail.gmail.com>"
    zoom = f"https://corvane.zoom.us/j/{digits('c10z', 10)}"
    q1 = "\n".join("> " + l if l else ">" for l in t1.split("\n"))
    t2 = f"""Perfect, Florencia - you're all set for {wd(o2, 'Thursday')}, Feb 12 at 1:00 PM ET (3:00 PM your time in Buenos Aires, as you mentioned). It'll be just the two of us, 30 minutes.

Here's the Zoom link: {zoom}

Talk soon!
Jenna

--
Jenna Park
Senior Talent Partner, Finance & Accounting
Corvane | corvane.example

On Wed, Feb 4, 2026 at 8:31 AM Florencia Benítez <{OWNER}> wrote:
> Hi Jenna,
>
> Thank you for reaching out! Thursday, Feb 12 at 1:00 PM ET works great for me (that would be 3:00 PM here in Buenos Aires).
>
> Best regards,
> Florencia
>
> On Tue, Feb 3, 2026 at 3:12 PM Jenna Park <{jen[1]}> wrote:
{chr(10).join('>' + l for l in q1.split(chr(10)))}"""
    m2, _ = gmail_mail(seed="c10b", sent=T(2026, 2, 4, 9, 47, 2, tz=NY), frm=jen, to=[me], subject="Re: " + subj0,
                       text=t2, in_reply_to=flor, references=f"{mid1} {flor}")
    files = {"01-intro-call-options.eml": m1, "02-re-intro-call-confirmed.eml": m2}
    lab = label([iv("Corvane", role, o2, o2 + timedelta(minutes=30), "scheduled", [jen[1]], [jen[1]],
                    "phone_screen")], "medium", "positive/thread-propose-confirm",
                "US recruiter offers three ET slots (availability request alone is not an interview); the reply "
                "confirms Thu 12 Feb 1:00 PM ET = 13:00-05:00 (EST, before US DST) = 15:00 ART, 30 minutes. "
                "The candidate's own reply is only quoted.")
    return name, files, lab


@case
def c11():
    name = "b197-11-cafe-virtual-con-ceo-ultima-instancia"
    agus = ("Agustina Ruiz", "agustina@cuotix.example")
    tom = ("Tomás Lerner", "tomas@cuotix.example")
    s, e = T(2026, 5, 22, 18, 30), T(2026, 5, 22, 19, 0)
    desc = ("Hola Flor!\nComo te adelanté por teléfono, la última instancia del proceso para Head of Accounting "
            "es una charla informal con Tomás, nuestro CEO y cofundador. No hace falta preparar nada: la idea es "
            "que se conozcan y que le puedas preguntar todo lo que quieras sobre Cuotix (roadmap, equipo, cómo "
            "trabajamos con el estudio externo).\n\nDespués de esta charla te contamos cómo seguimos. ¡Éxitos!\n"
            "Agus\nPeople & Culture | Cuotix")
    m, _, _ = google_invite(seed="c11", sent=T(2026, 5, 19, 12, 3, 10), organizer=agus,
                            guests=[(agus[0], agus[1], "ACCEPTED"), (tom[0], tom[1], "ACCEPTED"),
                                    (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                            summary="Café virtual con Tomás (CEO) – Florencia Benítez", start=s, end=e,
                            description=desc)
    wd(s, "viernes")
    lab = label([iv("Cuotix", "Head of Accounting", s, e, "scheduled", [tom[1]], [tom[1]], "hiring_manager")],
                "hard", "positive/founder-final-chat",
                "'Café virtual'/'charla informal' that is explicitly the last step of the hiring process with the "
                "CEO/co-founder -> interview. Agustina (People) only organizes.")
    return name, {"01-invitacion-cafe-virtual-ceo.eml": m}, lab


@case
def c12():
    name = "b197-12-zonajobs-y-manana-a-las-11"
    lor = ("Lorena Vázquez", "lvazquez@metalurgicaberazategui.example")
    me = (OWNER_NAME, OWNER)
    role = "Responsable de Cuentas a Pagar"
    files = {}
    t1 = f"""¡Hola Florencia!

Metalúrgica Berazategui S.A. vio tu CV.

Aviso: {role}
Ubicación: Capital Federal
Fecha de postulación: 02/06/2026

Esto significa que la empresa está revisando tu perfil. No te garantiza que avances en el proceso, pero es una buena señal 😉

Ver mis postulaciones: https://www.zonajobs.com.ar/postulantes/postulaciones

El equipo de ZonaJobs"""
    h1 = simple_html("Vieron tu CV", [html.escape(p).replace("\n", "<br>") for p in t1.split("\n\n")])
    m1, _ = vendor_mail(seed="c12a", sent=T(2026, 6, 5, 10, 2, 37), frm=("ZonaJobs", "notificaciones@zonajobs.com.ar"),
                        subject="¡Metalúrgica Berazategui S.A. vio tu CV!", text=t1, html_body=h1,
                        mid_domain="zonajobs.com.ar", host="o21.mail.zonajobs.com.ar")
    files["01-zonajobs-vieron-tu-cv.eml"] = m1
    sent2 = T(2026, 6, 8, 17, 40, 12)
    s = T(2026, 6, 9, 11, 0)
    assert (s.date() - sent2.date()).days == 1
    wd(sent2, "lunes")
    subj0 = f"Entrevista – {role}"
    sig = ("Lorena Vázquez\nAnalista de Recursos Humanos\nMetalúrgica Berazategui S.A. – Oficinas administrativas\n"
           "Tucumán 540, 3° piso, CABA | Tel. 4311-6082")
    t2 = f"""Hola Florencia, ¿cómo estás?

Soy Lorena, de Recursos Humanos de Metalúrgica Berazategui. Recibimos tu postulación por ZonaJobs para {role} y nos gustaría conocerte.

¿Podrías venir mañana a las 11 a nuestras oficinas administrativas de Tucumán 540, 3° piso (CABA)? La entrevista es conmigo y dura aproximadamente una hora.

Te pido que me confirmes por este medio.

Saludos,

{sig}"""
    m2, mid2 = outlook_mail(seed="c12b", sent=sent2, frm=lor, to=[me], subject=subj0, text=t2)
    files["02-citacion-entrevista-manana.eml"] = m2
    flor = f"<CA{an('c12flor', 40)}@mail.gmail.com>"
    t3 = f"""Perfecto Florencia, te espero mañana. Preguntá por mí en recepción.

Saludos,
Lorena

{sig}

________________________________
De: Florencia Benítez <{OWNER}>
Enviado: lunes, 8 de junio de 2026 18:22
Para: Lorena Vázquez <{lor[1]}>
Asunto: Re: {subj0}

Hola Lorena, ¡gracias por contactarme! Confirmo mañana {wd(s, 'martes')} a las 11.
Saludos,
Florencia Benítez"""
    m3, _ = outlook_mail(seed="c12c", sent=T(2026, 6, 8, 19, 3, 55), frm=lor, to=[me], subject="RE: " + subj0,
                         text=t3, in_reply_to=flor, references=f"{mid2} {flor}")
    files["03-re-confirmacion.eml"] = m3
    lab = label([iv("Metalúrgica Berazategui S.A.", role, s, s + timedelta(hours=1), "scheduled", [lor[1]],
                    [lor[1]], "phone_screen")], "medium", "positive/relative-date",
                "ZonaJobs 'vio tu CV' is noise; HR mail on Mon 8 Jun says 'mañana a las 11' -> Tue 9 Jun 11:00 ART, "
                "about an hour, conducted by the HR analyst herself (in person first screen).")
    return name, files, lab


@case
def c13():
    name = "b197-13-entrevista-telefonica-con-franja"
    grp = ("Selección Arrayán Seguros", "seleccion@arrayanseguros.example")
    die = ("Diego Ferraro", "dferraro@arrayanseguros.example")
    s = T(2026, 6, 16, 10, 0)
    e = T(2026, 6, 16, 10, 30)
    t = f"""Hola Florencia:

Gracias por postularte a la posición de Analista de Impuestos Ssr. en Arrayán Seguros.

Como primer paso del proceso, Diego Ferraro, de nuestro equipo de Selección (en copia), te va a llamar al celular que figura en tu CV el {wd(s, 'martes')} 16/6 entre las 10:00 y las 10:30 para una entrevista telefónica breve: repasaremos tu experiencia, disponibilidad y expectativas.

Si en esa franja no podés atender, respondé este mail y lo reprogramamos.

Saludos cordiales,

Valeria Rossi
Coordinadora de Selección | Arrayán Seguros S.A.
Av. Corrientes 1174, CABA

Antes de imprimir este mail, pensá en el medio ambiente."""
    m, _ = outlook_mail(seed="c13", sent=T(2026, 6, 11, 12, 30, 47), frm=grp, to=[(OWNER_NAME, OWNER)], cc=[die],
                        subject="Arrayán Seguros – Entrevista telefónica – Analista de Impuestos Ssr.", text=t)
    lab = label([iv("Arrayán Seguros S.A.", "Analista de Impuestos Ssr.", s, e, "scheduled", [die[1]], [die[1]],
                    "phone_screen")], "medium", "positive/phone-call-window",
                "Phone screen announced as a call window 'entre las 10:00 y las 10:30' -> start 10:00, end 10:30. "
                "Sent from a group mailbox signed by a coordinator; the caller (interviewer) is in Cc.")
    return name, {"01-entrevista-telefonica-arrayan.eml": m}, lab

# =========================================================================== NEGATIVE CASES

@case
def c14():
    name = "b197-14-arca-turno-clave-fiscal"
    s, e = T(2026, 3, 3, 9, 30), T(2026, 3, 3, 9, 45)
    code = f"T10-{digits('c14code', 8)}"
    t = f"""ARCA – Agencia de Recaudación y Control Aduanero
Sistema de Turnos Web

Sra. BENITEZ FLORENCIA
CUIT: 27-{digits('c14cuit', 8)}-4

Le confirmamos el turno solicitado:

Dependencia: Agencia N° 10 – Av. Belgrano 1130, CABA
Trámite: Clave Fiscal – Registración de datos biométricos
Tipo de atención: Entrevista personal con agente
Fecha: {wd(s, 'martes')} 03/03/2026
Hora: 09:30
Código de turno: {code}

Deberá presentarse con 10 minutos de anticipación, con su DNI original (tarjeta) y el código de turno. Pasados 15 minutos del horario asignado, el turno se dará por perdido.

Para cancelar el turno ingrese a https://turnos.arca.gob.ar con su Clave Fiscal.

Este es un mensaje automático. Por favor no responda a este correo."""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ARCA//Turnos Web 3.2//ES", "METHOD:PUBLISH"]
              + VTZ_BA_OLSON + ["BEGIN:VEVENT", f"UID:{code}@turnos.arca.gob.ar", f"DTSTAMP:{zstamp(T(2026, 2, 25, 8, 14))}",
                                f"DTSTART;TZID=America/Argentina/Buenos_Aires:{lstamp(s)}",
                                f"DTEND;TZID=America/Argentina/Buenos_Aires:{lstamp(e)}",
                                "SUMMARY:" + ics_esc("Turno ARCA – Agencia N° 10 – Clave Fiscal (datos biométricos)"),
                                "LOCATION:" + ics_esc("Agencia N° 10, Av. Belgrano 1130, CABA"),
                                "DESCRIPTION:" + ics_esc(f"Entrevista personal con agente. Código de turno: {code}. Presentarse con DNI."),
                                "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    h = simple_html("Confirmación de turno", [html.escape(p).replace("\n", "<br>") for p in t.split("\n\n")])
    m, _ = vendor_mail(seed="c14", sent=T(2026, 2, 25, 8, 14, 2), frm=("ARCA - Turnos Web", "turnos-noreply@arca.gob.ar"),
                       subject="Confirmación de turno – Agencia N° 10 – 03/03/2026 09:30", text=t, html_body=h,
                       mid_domain="arca.gob.ar", host="smtp-out2.arca.gob.ar",
                       attachments=[("text/calendar; charset=UTF-8; method=PUBLISH", "turno.ics", cal)])
    lab = label([], "medium", "negative/government-appointment",
                "Tax agency (ARCA, ex-AFIP) appointment for biometric data; says 'Entrevista personal con agente' "
                "and carries an .ics, but it is not a job interview.")
    return name, {"01-arca-confirmacion-turno.eml": m}, lab


@case
def c15():
    name = "b197-15-mesa-de-examen-posgrado"
    s = T(2026, 7, 24, 18, 0)
    t = f"""Facultad de Ciencias Económicas – Escuela de Estudios de Posgrado
SIU-Guaraní – Autogestión

Hola BENITEZ, FLORENCIA:

Tu inscripción a mesa de examen fue registrada correctamente.

Carrera: Especialización en Tributación
Actividad: (TRIB-204) Impuestos II – Imposición sobre la renta
Turno: Julio 2026 – Llamado 1
Mesa: Examen final oral – Presencial
Fecha y hora: {wd(s, 'viernes')} 24/07/2026 18:00
Aula: 418 – Sede Av. Córdoba 2122
Tribunal: Dra. Mónica Ledesma (presidente), Dr. Ricardo Saavedra, Cdra. Ana Uriarte
Número de transacción: {digits('c15tx', 9)}

El examen incluye la defensa oral del trabajo integrador ante el tribunal. Recordá presentarte con DNI o libreta universitaria. La baja a la inscripción puede realizarse hasta 48 hs hábiles antes de la fecha del examen desde Autogestión.

Este mensaje fue generado automáticamente por el sistema SIU-Guaraní. No lo respondas."""
    h = simple_html("Inscripción a mesa de examen", [html.escape(p).replace("\n", "<br>") for p in t.split("\n\n")])
    m, _ = vendor_mail(seed="c15", sent=T(2026, 7, 13, 11, 20, 31),
                       frm=("SIU-Guaraní Posgrado FCE", "guarani-noreply@posgrado.fce.example"),
                       subject="Inscripción a mesa de examen confirmada – Impuestos II (Especialización en Tributación)",
                       text=t, html_body=h, mid_domain="posgrado.fce.example", host="guarani.posgrado.fce.example",
                       html_enc="qp")
    lab = label([], "medium", "negative/university-exam",
                "Postgraduate final exam ('mesa de examen', oral, tribunal) with a date and time; the user is a "
                "student being examined, not a job candidate.")
    return name, {"01-guarani-inscripcion-mesa-examen.eml": m}, lab


@case
def c16():
    name = "b197-16-turno-dentista"
    org = ("Odonto Recoleta Turnos", "turnos@odontorecoleta.example")
    s, e = T(2026, 8, 18, 17, 15), T(2026, 8, 18, 17, 45)
    wd(s, "martes")
    desc = ("¡Hola Florencia! Te confirmamos tu turno con la Dra. Paula Quiroga (odontología general).\n"
            "Primera consulta: entrevista clínica, revisión completa y plan de tratamiento.\n\n"
            "Traé tu credencial de la prepaga y DNI. Si no podés venir, avisanos por WhatsApp al "
            "+54 9 11 2650-3391 con 24 hs de anticipación.\n\nOdonto Recoleta")
    m, _, _ = google_invite(seed="c16", sent=T(2026, 8, 10, 10, 12, 40), organizer=org,
                            guests=[(org[0], org[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                            summary="Turno Dra. Paula Quiroga – Primera consulta", start=s, end=e, description=desc,
                            meet=False, location="Odonto Recoleta – Av. Callao 1620, 2° A, CABA")
    lab = label([], "easy", "negative/medical-appointment",
                "Dentist 'turno' as a Google Calendar invite; mentions 'entrevista clínica' but it is a medical visit.")
    return name, {"01-invitacion-turno-odontologia.eml": m}, lab


@case
def c17():
    name = "b197-17-charla-informativa-maestria"
    s, e = T(2026, 4, 9, 19, 0), T(2026, 4, 9, 20, 30)
    wid = digits("c17w", 11)
    zl = f"https://ateneo-uni.zoom.us/w/{wid}?tk={an('c17tk', 43)}"
    t = f"""Hola Florencia:

Gracias por inscribirte en "Charla informativa – Maestría en Finanzas (cohorte agosto 2026)".

Fecha y hora: 9 abr 2026 07:00 p. m. Buenos Aires, Georgetown

Únase desde PC, Mac, iPad o Android: {zl}
Código de acceso: {digits('c17pw', 6)}
ID de seminario web: {wid[:3]} {wid[3:7]} {wid[7:]}

En la charla, el director académico, Dr. Federico Almada, y la coordinadora, Lic. Carla Benavídez, van a presentar el plan de estudios, la modalidad de cursada y los aranceles, y van a responder preguntas. Al finalizar, quienes quieran postularse podrán solicitar una entrevista de admisión con la coordinación.

Agregar a calendario: Google Calendar | Outlook (.ics) | Yahoo Calendar

Puede cancelar su inscripción en cualquier momento."""
    assert s.weekday() == 3
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH"] + VTZ_BA_OLSON + [
        "BEGIN:VEVENT", f"DTSTAMP:{zstamp(T(2026, 4, 6, 19, 40))}",
        f"DTSTART;TZID=America/Argentina/Buenos_Aires:{lstamp(s)}",
        f"DTEND;TZID=America/Argentina/Buenos_Aires:{lstamp(e)}",
        "SUMMARY:" + ics_esc("Charla informativa – Maestría en Finanzas (cohorte agosto 2026)"),
        f"UID:{an('c17uid', 20)}-{wid}@zoom.us", "TZID:America/Argentina/Buenos_Aires",
        "DESCRIPTION:" + ics_esc(f"Únase desde PC, Mac, iPad o Android: {zl}"), f"LOCATION:{zl}",
        "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    h = simple_html("Confirmación de inscripción", [html.escape(p).replace("\n", "<br>") for p in t.split("\n\n")])
    m, _ = vendor_mail(seed="c17", sent=T(2026, 4, 6, 19, 40, 55),
                       frm=("Maestría en Finanzas - Universidad del Ateneo", "no-reply@zoom.us"),
                       reply_to=("Posgrados Universidad del Ateneo", "posgrados@ateneo-uni.example"),
                       subject="Confirmación de Charla informativa – Maestría en Finanzas (cohorte agosto 2026)",
                       text=t, html_body=h, mid_domain="zoom.us", host="mailout3.zoom.us",
                       attachments=[("text/calendar; charset=UTF-8", "iCalendar.ics", cal)])
    lab = label([], "medium", "negative/info-session",
                "Zoom webinar registration for a master's programme information session; mentions a future "
                "admissions interview (non-job) that is not booked.")
    return name, {"01-zoom-inscripcion-charla-informativa.eml": m}, lab


@case
def c18():
    name = "b197-18-reunion-cliente-fiscalizacion-iva"
    roc = ("Rocío Ayala", "rayala@textilwarnes.example")
    jor = ("Jorge Kessler", "jkessler@textilwarnes.example")
    s, e = T(2026, 4, 30, 16, 0), T(2026, 4, 30, 17, 0)
    wd(s, "jueves")
    insp = T(2026, 5, 6)
    wd(insp, "miércoles")
    desc = ("Flor, como te comenté por teléfono, nos llegó el requerimiento de la inspección por IVA "
            "(períodos 2024). La inspectora nos citó a una entrevista en la agencia el miércoles 6/5 y antes "
            "queremos repasar con vos los papeles de trabajo, las DDJJ y el Libro IVA Digital. Se suma Jorge.\n"
            "Te mando el requerimiento escaneado por mail aparte.\n\nRocío Ayala\nAdministración | Textil Warnes S.R.L.")
    m, _, _ = google_invite(seed="c18", sent=T(2026, 4, 27, 11, 34, 20), organizer=roc,
                            guests=[(roc[0], roc[1], "ACCEPTED"), (jor[0], jor[1], "ACCEPTED"),
                                    (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                            summary="Fiscalización ARCA – Textil Warnes: reunión con Flor (contadora)",
                            start=s, end=e, description=desc)
    lab = label([], "hard", "negative/work-client-meeting",
                "Google Meet invite from one of the owner's own accounting clients to prepare a tax audit "
                "(fiscalización) meeting with an inspector; the owner is the advisor, not a candidate.")
    return name, {"01-invitacion-reunion-fiscalizacion.eml": m}, lab


@case
def c19():
    name = "b197-19-pedido-de-disponibilidad"
    ign = ("Ignacio Ferro", "iferro@lostalas.example")
    d1, d2 = T(2026, 5, 19), T(2026, 5, 21)
    t = f"""Hola Florencia, ¿qué tal?

Soy Ignacio Ferro, gerente de Administración de Agropecuaria Los Talas. Vimos tu perfil en LinkedIn y tu postulación a la búsqueda de Contador/a Sr. (impuestos y cierres, sector agro).

Nos gustaría coordinar una entrevista con vos la semana que viene, puede ser virtual o en nuestras oficinas de Martínez. ¿Me pasás dos o tres horarios que te queden cómodos entre el {wd(d1, 'martes')} 19 y el {wd(d2, 'jueves')} 21 de mayo?

Si te resulta más práctico, podés reservar directamente un horario en mi agenda: https://calendly.com/iferro-lostalas/entrevista-30min

Quedo atento, ¡gracias!

Ignacio Ferro
Gerente de Administración y Finanzas
Agropecuaria Los Talas S.A. | Av. del Libertador 14350, Martínez"""
    m, _ = gmail_mail(seed="c19", sent=T(2026, 5, 11, 11, 15, 26), frm=ign, to=[(OWNER_NAME, OWNER)],
                      subject="Búsqueda Contador/a Sr. – Agropecuaria Los Talas – coordinemos una entrevista", text=t)
    lab = label([], "hard", "negative/availability-request",
                "'Coordinemos una entrevista': asks for availability and offers an unbooked scheduling link; no "
                "time is ever fixed.")
    return name, {"01-coordinemos-una-entrevista.eml": m}, lab


@case
def c20():
    name = "b197-20-video-entrevista-diferida"
    dl = T(2026, 3, 20, 23, 59, tz=NY)
    t = f"""Hi Florencia,

Thank you for your interest in the Payroll Tax Specialist (LATAM) position at Stellan Payroll Services. As the next step in our hiring process, we invite you to complete an on-demand video interview.

What to expect:
- 6 pre-recorded questions; you'll have 30 seconds to prepare and up to 3 minutes to record each answer
- There is no live interviewer: our Talent team will review your recorded responses
- It takes about 25 minutes, and you can complete it any time before the deadline

Please complete your interview by {wd(dl, 'Friday')}, March 20, 2026 at 11:59 PM ET.

Start your interview: https://app.hirevue.com/interviews/{an('c20iv', 24)}

Good luck!
Stellan Payroll Services Talent Acquisition

Need help? Visit https://support.hirevue.com"""
    h = simple_html("On-demand video interview", [html.escape(p).replace("\n", "<br>") for p in t.split("\n\n")])
    m, _ = vendor_mail(seed="c20", sent=T(2026, 3, 16, 9, 0, 12, tz=NY),
                       frm=("Stellan Payroll Services", "noreply@hirevue.com"),
                       subject="Action required: Complete your on-demand video interview – Payroll Tax Specialist (LATAM)",
                       text=t, html_body=h, mid_domain="hirevue.com", host="mail-out.hirevue.com")
    lab = label([], "hard", "negative/one-way-video",
                "One-way (on-demand) recorded video interview with a deadline, explicitly no live interviewer.")
    return name, {"01-hirevue-on-demand-interview.eml": m}, lab


@case
def c21():
    name = "b197-21-rechazo-despues-de-entrevista"
    car = ("Carolina Benedetti", "cbenedetti@sidersur.example")
    past = T(2026, 3, 5, 10, 0)
    t = f"""Hola Florencia:

Queremos agradecerte por el tiempo que dedicaste a la entrevista del {wd(past, 'jueves')} 5 de marzo a las 10 hs con Gonzalo y conmigo, y por tu interés en la posición de Analista de Costos.

Luego de evaluar los perfiles finalistas, decidimos avanzar con otra persona cuya experiencia en costos industriales se ajusta más a lo que el área necesita en este momento.

Vamos a conservar tu CV para futuras búsquedas; si surge una posición acorde a tu perfil, te vamos a contactar.

Te deseamos muchos éxitos.

Carolina Benedetti
HR Business Partner | Sidersur Aceros S.A."""
    m, _ = outlook_mail(seed="c21", sent=T(2026, 3, 13, 16, 0, 31), frm=car, to=[(OWNER_NAME, OWNER)],
                        subject="Tu postulación a Analista de Costos – Sidersur Aceros", text=t)
    lab = label([], "medium", "negative/rejection",
                "Rejection that mentions the date and time of a past interview; nothing is scheduled.")
    return name, {"01-resultado-postulacion.eml": m}, lab


@case
def c22():
    name = "b197-22-ella-entrevista-a-un-auxiliar"
    mar = ("Marcelo Carrizo", "mcarrizo@carrizolafuente.example")
    mat = ("Matías Correa", "matias.correa92@correo.example")
    s, e = T(2026, 6, 18, 17, 0), T(2026, 6, 18, 17, 45)
    wd(s, "jueves")
    desc = ("Flor: te sumo a la entrevista del candidato para auxiliar contable (va a trabajar con vos en sueldos y "
            "cargas sociales). Yo arranco con lo general y vos tomale la parte técnica: asientos de sueldos, "
            "conciliación bancaria y F.931. El CV está en la carpeta compartida de RRHH.\n"
            "Te la mando al personal porque el Outlook del estudio sigue sin sincronizar con el celular.\n\nMarcelo")
    m, _, _ = google_invite(seed="c22", sent=T(2026, 6, 12, 8, 50, 3), organizer=mar,
                            guests=[(mar[0], mar[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION"),
                                    (mat[0], mat[1], "ACCEPTED")],
                            summary="Entrevista candidato Auxiliar Contable – Matías Correa", start=s, end=e,
                            description=desc, meet=False,
                            location="Estudio Carrizo Lafuente – Lavalle 1430, 5° piso, sala chica")
    lab = label([], "hard", "negative/user-is-interviewer",
                "Her current employer's partner invites her to interview a junior candidate; she is on the "
                "interviewer side.")
    return name, {"01-invitacion-entrevista-candidato-auxiliar.eml": m}, lab


# =========================================================================== main

def main():
    for d in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, d)
        if d.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for n, fn in enumerate(CASES, 1):
        name, files, lab = fn()
        assert name.startswith(f"{PREFIX}{n:02d}-"), name
        assert name not in labels
        os.makedirs(os.path.join(HERE, name))
        for fname, content in sorted(files.items()):
            assert fname[:3].rstrip("-").isdigit() and fname.endswith((".eml", ".ics", ".gcal.json")), fname
            if fname.endswith(".eml"):
                assert content.isascii(), (name, fname)
            with open(os.path.join(HERE, name, fname), "wb") as fh:
                fh.write(content.encode("utf-8"))
        labels[name] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# blind197 labels (generated by make_cases.py; written blind)\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [i for l in labels.values() for i in l["interviews"]]
    print(f"cases={len(labels)} positives={pos} negatives={len(labels) - pos} interviews={len(ivs)} "
          f"scheduled={sum(i['status'] == 'scheduled' for i in ivs)} "
          f"cancelled={sum(i['status'] == 'cancelled' for i in ivs)}")


if __name__ == "__main__":
    main()
