#!/usr/bin/env python3
"""Regenerate the blind137 evaluation set (Buenos Aires / Santiago full-stack developer).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; every token is derived from a
hash of a fixed seed, so two runs produce byte-identical files.  Standard library + PyYAML only.

    python make_cases.py        # rewrites every b137-* folder and labels.yaml next to this file
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

UTC = timezone.utc
BA = ZoneInfo("America/Argentina/Buenos_Aires")
SCL = ZoneInfo("America/Santiago")
NY = ZoneInfo("America/New_York")

OWNER = "joaquin.medina@example.com"
OWNER_NAME = "Joaquín Medina"

# --------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------
WEEKDAYS = {
    "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
ES_DAY = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DAY_SHORT = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]
ES_MON_SHORT = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def D(y, m, d, hh, mm, tz, wd=None, ss=0):
    """Aware datetime; if a weekday name is given (as written in a case text) assert it."""
    x = datetime(y, m, d, hh, mm, ss, tzinfo=tz)
    if wd is not None:
        assert x.weekday() == WEEKDAYS[wd.lower()], (x, wd)
    return x


def wd_check(y, m, d, wd):
    assert datetime(y, m, d).weekday() == WEEKDAYS[wd.lower()], (y, m, d, wd)


def rfc(x):
    return format_datetime(x)


def zstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(x):
    return x.strftime("%Y%m%dT%H%M%S")


def es_long(x):
    return f"{ES_DAY[x.weekday()]}, {x.day} de {ES_MON[x.month - 1]} de {x.year}"


def es_short(x):
    return f"{ES_DAY_SHORT[x.weekday()]} {x.day} {ES_MON_SHORT[x.month - 1]} {x.year}"


def en_clock(x):
    h = x.hour % 12 or 12
    return f"{h}" + (f":{x.minute:02d}" if x.minute else "") + ("am" if x.hour < 12 else "pm")


def gmt_label(x):
    off = int(x.utcoffset().total_seconds() // 3600)
    return f"GMT{off:+d}"


# --------------------------------------------------------------------------------------------
# tokens
# --------------------------------------------------------------------------------------------
def tok(seed, n, alphabet="0123456789abcdef"):
    out, i = "", 0
    while len(out) < n:
        for b in hashlib.sha256(f"{seed}:{i}".encode()).digest():
            if len(out) < n:
                out += alphabet[b % len(alphabet)]
        i += 1
    return out


LOWER = "abcdefghijklmnopqrstuvwxyz"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
B64ISH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def meet_code(seed):
    t = tok("meet" + seed, 10, LOWER)
    return f"{t[:3]}-{t[3:7]}-{t[7:]}"


def gmail_id(seed):
    return f"<CA{tok('gm' + seed, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{tok('gm2' + seed, 40, B64ISH)}@mail.gmail.com>"


def gboundary(seed):
    return "000000000000" + tok("gb" + seed, 12)


# --------------------------------------------------------------------------------------------
# MIME helpers (hand-built so that the structure matches what each sender really emits)
# --------------------------------------------------------------------------------------------
def hdr(value):
    """RFC 2047-encode a header value if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode()


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


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def part(ctype, body, cte=None, headers=()):
    lines = [f"Content-Type: {ctype}"] + list(headers)
    if cte:
        lines.append(f"Content-Transfer-Encoding: {cte}")
    if cte == "quoted-printable":
        body = qp(body)
    elif cte == "base64":
        body = b64(body)
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


def multipart(subtype, boundary, parts, preamble=None):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    if preamble:
        s += preamble + "\n\n"
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def message(headers, body_part):
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append(f"{k}: {v}")
    out.append("MIME-Version: 1.0")
    return "\n".join(out) + "\n" + body_part


def received(seed, when, helo="mail-sor-f41.google.com", ip="209.85.220.41"):
    return (f"from {helo} ({helo}. [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id "
            f"{tok('rx' + seed, 10, '0123456789ABCDEF')}\n        for <{OWNER}>; {rfc(when.astimezone(UTC))}")


def to_html(text):
    """Very small text -> Gmail-ish HTML converter (keeps '>' quotes as blockquotes)."""
    def render(lines):
        res, i = [], 0
        while i < len(lines):
            if lines[i].startswith(">"):
                blk = []
                while i < len(lines) and lines[i].startswith(">"):
                    ln = lines[i][1:]
                    blk.append(ln[1:] if ln.startswith(" ") else ln)
                    i += 1
                res.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                           + render(blk) + "</blockquote>")
            else:
                res.append(html.escape(lines[i], quote=False) + "<br>")
                i += 1
        return "\n".join(res) + "\n"
    return '<div dir="ltr">' + render(text.rstrip("\n").split("\n")) + "</div>\n"


def gmail_msg(seed, *, date, frm, to, subject, text, cc=None, in_reply_to=None, references=None,
              msgid=None, reply_to=None, extra=()):
    msgid = msgid or gmail_id(seed)
    b = gboundary(seed)
    body = multipart("alternative", b, [
        part('text/plain; charset="UTF-8"', text, "quoted-printable"),
        part('text/html; charset="UTF-8"', to_html(text), "quoted-printable"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(seed, date + timedelta(seconds=2))),
        ("References", references),
        ("In-Reply-To", in_reply_to),
        ("From", frm),
        ("Reply-To", reply_to),
        ("Date", rfc(date)),
        ("Message-ID", msgid),
        ("Subject", hdr(subject)),
        ("To", to),
        ("Cc", cc),
    ] + list(extra)
    return message(headers, body), msgid


def apple_msg(seed, *, date, frm, to, subject, text, in_reply_to=None, references=None, cc=None):
    msgid = f"<{tok('ap' + seed, 8, '0123456789ABCDEF')}-{tok('ap1' + seed, 4, '0123456789ABCDEF')}-" \
            f"{tok('ap2' + seed, 4, '0123456789ABCDEF')}-{tok('ap3' + seed, 4, '0123456789ABCDEF')}-" \
            f"{tok('ap4' + seed, 12, '0123456789ABCDEF')}@chanar.example>"
    body = part("text/plain; charset=utf-8", text, "quoted-printable")
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(seed, date + timedelta(seconds=3), "mail-qt1-f170.google.com", "209.85.160.170")),
        ("From", frm),
        ("Subject", hdr(subject)),
        ("Date", rfc(date)),
        ("References", references),
        ("In-Reply-To", in_reply_to),
        ("Cc", cc),
        ("To", to),
        ("Message-ID", msgid),
        ("X-Mailer", "iPhone Mail (22F76)"),
    ]
    return message(headers, body), msgid


# --------------------------------------------------------------------------------------------
# iCalendar helpers
# --------------------------------------------------------------------------------------------
def fold(line):
    chunks, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            chunks.append(cur)
            cur = " " + ch
        else:
            cur += ch
    chunks.append(cur)
    return "\r\n".join(chunks)


def ics(lines):
    return "".join(fold(ln) + "\r\n" for ln in lines)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ_SCL = [
    "BEGIN:VTIMEZONE", "TZID:America/Santiago", "X-LIC-LOCATION:America/Santiago",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0400", "TZNAME:-04",
    "DTSTART:19700405T000000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0300", "TZNAME:-03",
    "DTSTART:19700906T000000", "RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
VTZ_BA = [
    "BEGIN:VTIMEZONE", "TZID:America/Argentina/Buenos_Aires",
    "X-LIC-LOCATION:America/Argentina/Buenos_Aires",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0300", "TZNAME:-03",
    "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE",
]
VTZ_WIN_EASTERN = [
    "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
]
VTZ_WIN_PACIFIC_SA = [
    "BEGIN:VTIMEZONE", "TZID:Pacific SA Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0300",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=9", "END:DAYLIGHT", "END:VTIMEZONE",
]

MEET_SEP = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"

PHONES = {
    "CL": ("(CL) +56 2 2938 1460", "CL"),
    "AR": ("(AR) +54 11 3986-3372", "AR"),
    "US": ("(US) +1 347-532-0914", "US"),
}


def google_meet_block(lang, code, pin, region):
    phone = PHONES[region][0]
    if lang == "es":
        return (f"{MEET_SEP}\nUnirse con Google Meet: https://meet.google.com/{code}\n"
                f"O marcar: {phone} PIN: {pin}#\n"
                f"Más números de teléfono: https://tel.meet/{code}?pin={pin}\n\n"
                f"Más información sobre Meet en: https://support.google.com/a/users/answer/9282720\n\n"
                f"No edites esta sección.\n{MEET_SEP}")
    return (f"{MEET_SEP}\nJoin with Google Meet: https://meet.google.com/{code}\n"
            f"Or dial: {phone} PIN: {pin}#\n"
            f"More phone numbers: https://tel.meet/{code}?pin={pin}\n\n"
            f"Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
            f"Please do not edit this section.\n{MEET_SEP}")


def google_ics(*, method, uid, seq, stamp, created, start, end, organizer, attendees, summary,
               description, location="", status="CONFIRMED", meet=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(stamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, partstat in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE"
                     f";CN={name or email};X-NUM-GUESTS=0:mailto:{email}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(description)}",
              f"LAST-MODIFIED:{zstamp(stamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


GTZ_NAMES = {
    ("es", "America/Santiago"): "Hora de Chile - Santiago",
    ("es", "America/Argentina/Buenos_Aires"): "Hora de Argentina - Buenos Aires",
    ("en", "America/New_York"): "Eastern Time - New York",
}


def google_invite(seed, *, lang, date, organizer, attendees, title, start, end, tz, description,
                  uid, seq=0, method="REQUEST", created=None, location="", region="CL",
                  with_meet=True, meet=None):
    """A Google Calendar invitation e-mail (multipart/mixed: alternative(text, html, calendar) +
    invite.ics), as sent to a non-Google guest.  attendees: (name, email, partstat)."""
    ls, le = start.astimezone(tz), end.astimezone(tz)
    code = (meet or meet_code(seed)) if with_meet and method != "CANCEL" else None
    pin = tok("pin" + seed, 9, "0123456789")
    created = created or date
    if lang == "es":
        pre = "Evento cancelado" if method == "CANCEL" else ("Invitación actualizada" if seq else "Invitación")
        when_subj = f"{es_short(ls)} {ls:%H:%M} - {le:%H:%M} ({gmt_label(ls)})"
        when_long = f"{es_long(ls)} ⋅ {ls:%H:%M} – {le:%H:%M}"
    else:
        pre = "Canceled event" if method == "CANCEL" else ("Updated invitation" if seq else "Invitation")
        when_subj = (f"{EN_DAY[ls.weekday()][:3]} {EN_MON[ls.month - 1][:3]} {ls.day}, {ls.year} "
                     f"{en_clock(ls)} - {en_clock(le)} ({ls.tzname()})")
        when_long = f"{EN_DAY[ls.weekday()]} {EN_MON[ls.month - 1][:3]} {ls.day}, {ls.year} ⋅ {en_clock(ls)} – {en_clock(le)}"
    subject = f"{pre}: {title} @ {when_subj} ({OWNER})"
    tzname = GTZ_NAMES[(lang, tz.key)]
    T = {
        "es": dict(join="Unirse con Google Meet", phone="Unirse por teléfono", more="Más números de teléfono",
                   org="Organizador", guests="Invitados", orgtag="organizador", view="Ver toda la información de los invitados",
                   reply=f"Responder para {OWNER} y ver más detalles", inv="Invitación de Google Calendar",
                   why="Recibes este correo electrónico porque eres un invitado del evento.",
                   fwd="Si reenvías esta invitación, cualquier destinatario podrá enviar una respuesta al organizador, "
                       "añadirse a la lista de invitados, invitar a otras personas independientemente de su propio estado "
                       "de invitación o modificar tu respuesta. Más información https://support.google.com/calendar/answer/37135#forwarding",
                   cancelled="Se canceló este evento y se quitó de tu calendario.",
                   updated="Se ha cambiado este evento."),
        "en": dict(join="Join with Google Meet", phone="Join by phone", more="More phone numbers",
                   org="Organizer", guests="Guests", orgtag="organizer", view="View all guest info",
                   reply=f"Reply for {OWNER} and view more details", inv="Invitation from Google Calendar",
                   why="You are receiving this email because you are an attendee on the event.",
                   fwd="Forwarding this invitation could allow any recipient to send a response to the organizer, "
                       "be added to the guest list, invite others regardless of their own invitation status, or "
                       "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding",
                   cancelled="This event has been canceled and removed from your calendar.",
                   updated="This event has been updated"),
    }[lang]
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    link = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    lines = []
    if method == "CANCEL":
        lines += [T["cancelled"], ""]
    elif seq > 0:
        lines += [T["updated"], ""]
    lines += [title, when_long, tzname, ""]
    if location:
        lines += [location, ""]
    if code:
        lines += [T["join"], f"https://meet.google.com/{code}", "", T["phone"], PHONES[region][0],
                  f"PIN: {pin}", "", T["more"], f"https://tel.meet/{code}?pin={pin}", ""]
    lines += [T["org"], organizer[0], organizer[1], "", T["guests"]]
    for name, email, _ in attendees:
        tag = f" - {T['orgtag']}" if email == organizer[1] else ""
        if name and name != email:
            lines += [f"{name}{tag}", email]
        else:
            lines += [f"{email}{tag}"]
    lines += [f"{T['view']} {link}", ""]
    if description:
        lines += [description, ""]
    if method != "CANCEL":
        lines += [f"{T['reply']} {link}", ""]
    lines += ["", "~~//~~", f"{T['inv']}: https://calendar.google.com/calendar/", "", T["why"], "", T["fwd"]]
    text = "\n".join(lines)
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">\n'
                 + "".join(f"<p>{html.escape(blk, quote=False).replace(chr(10), '<br>')}</p>\n"
                           for blk in text.split("\n\n") if blk.strip())
                 + "</div></body></html>\n")
    desc_ics = description + ("\n\n" + google_meet_block(lang, code, pin, region) if code else "")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    cal = google_ics(method=method, uid=uid, seq=seq, stamp=date, created=created, start=start, end=end,
                     organizer=organizer, attendees=attendees, summary=title, description=desc_ics,
                     location=location, status=status, meet=code)
    b_mixed, b_alt = "000000000000" + tok("mx" + seed, 12), "000000000000" + tok("al" + seed, 12)
    alt = multipart("alternative", b_alt, [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        part('text/html; charset="UTF-8"', html_body, "quoted-printable"),
        part(f'text/calendar; charset="UTF-8"; method={method}', cal, "base64"),
    ])
    fname = "invite.ics"
    body = multipart("mixed", b_mixed, [
        alt,
        part(f'application/ics; name="{fname}"', cal, "base64",
             headers=[f'Content-Disposition: attachment; filename="{fname}"']),
    ])
    msgid = f"<calendar-{tok('cid' + seed, 8)}-{tok('cid1' + seed, 4)}-{tok('cid2' + seed, 4)}-" \
            f"{tok('cid3' + seed, 4)}-{tok('cid4' + seed, 12)}@google.com>"
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(seed, date + timedelta(seconds=1), "mail-sor-f73.google.com", "209.85.220.73")),
        ("Return-Path", f"<{tok('rp' + seed, 22, B64ISH[:62])}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(organizer[0], organizer[1])),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", msgid),
        ("Date", rfc(date.astimezone(UTC))),
        ("Subject", hdr(subject)),
        ("From", addr(organizer[0], organizer[1])),
        ("To", OWNER),
    ]
    return message(headers, body), msgid


def outlook_ics(*, uid, seq, stamp, tzblock, tzid, start, end, organizer, attendees, summary,
                description, location, lang, teams_url, method="REQUEST", status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + tzblock + ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email, role in attendees:
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{email}")
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
              f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{local_stamp(start)}", f"DTEND;TZID={tzid}:{local_stamp(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(tok('own' + uid, 9, '0123456789')) + 1000000000}",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0", f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def teams_url(seed):
    mid = tok("tm" + seed, 44, B64ISH[:62])
    tid, oid = tok("tid" + seed, 32), tok("oid" + seed, 32)
    g = lambda t: f"{t[:8]}-{t[8:12]}-{t[12:16]}-{t[16:20]}-{t[20:]}"
    return (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid"
            f"%22%3a%22{g(tid)}%22%2c%22Oid%22%3a%22{g(oid)}%22%7d")


def outlook_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + tok("ou" + seed, 16, "0123456789ABCDEF") + \
           "000000000000000010000000" + tok("ou2" + seed, 32, "0123456789ABCDEF")


def exchange_msgid(seed, host):
    region = "CHLP284" if host.startswith("CP4") else "namprd04"
    num = tok("exn" + seed, 4, "0123456789")
    if region == "namprd04":
        return f"<{host}{num}{tok('ex' + seed, 16, '0123456789ABCDEF')}@{host}{num}.{region}.prod.outlook.com>"
    return f"<{host}{num}{tok('ex' + seed, 16, '0123456789ABCDEF')}@{host}{num}.{region}.PROD.OUTLOOK.COM>"


def gcal_event(*, eid, summary, description, organizer, attendees, start, end, tzkey, created, updated,
               status="confirmed", seq=0, meet=None, location=None):
    """Google Calendar API v3 Event resource (an item of events.list)."""
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(tok('etag' + eid, 15, '0123456789')) + 3000000000000000}\"",
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.urlsafe_b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + tok("ms" + eid, 3, "0123456789") + "Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tzkey}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tzkey}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = seq
    ev["attendees"] = attendees
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
        pin = tok("gpin" + eid, 13, "0123456789")
        ev["conferenceData"] = {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"},
                {"entryPointType": "more", "uri": f"https://tel.meet/{meet}?pin={pin}", "pin": pin},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": meet,
        }
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------
def iv(company, role, start, end, status, interviewers, followup, kind):
    return {
        "company": company,
        "role": role,
        "start": start.isoformat(),
        "end": end.isoformat() if end is not None else None,
        "status": status,
        "interviewer_emails": list(interviewers),
        "followup_recipients": list(followup),
        "kind": kind,
    }


CASES = {}   # case id -> {filename: text}
LABELS = {}


def case(cid, files, interviews, difficulty, category, notes):
    CASES[cid] = files
    LABELS[cid] = {
        "user": OWNER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


def sig_gmail_quote(x, name, email):
    """Spanish Gmail attribution line."""
    return (f"El {ES_DAY_SHORT[x.weekday()]}, {x.day} {ES_MON_SHORT[x.month - 1]} {x.year} a las "
            f"{x.hour}:{x.minute:02d}, {name} (<{email}>) escribió:")


def quote(text):
    return "\n".join(("> " + ln) if ln and not ln.startswith(">") else (">" + ln if ln else ">")
                     for ln in text.rstrip("\n").split("\n"))


J = OWNER_NAME
JA = addr(OWNER_NAME, OWNER)


def simple_html(text, font="Arial,Helvetica,sans-serif"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "".join(f"<p style=\"margin:0 0 14px 0\">{html.escape(p, quote=False).replace(chr(10), '<br>')}</p>\n"
                   for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="margin:0;padding:0">\n'
            f'<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:24px;'
            f'font-family:{font};font-size:14px;line-height:20px;color:#222222">\n{body}</td></tr></table>\n'
            f'</body></html>\n')


def outlook_html(text):
    paras = "".join(f'<p class="MsoNormal">{html.escape(ln, quote=False) or "&nbsp;"}<o:p></o:p></p>\n'
                    for ln in text.rstrip("\n").split("\n"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + paras + '</div>\n</body>\n</html>\n')


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(("ti" + seed).encode()).digest()[:22]).decode()


def outlook_msg(seed, *, date, frm, to, subject, text, host, cc=None, in_reply_to=None, references=None,
                lang="en-US", topic=None):
    msgid = exchange_msgid(seed, host)
    b = f"_000_{msgid[1:].split('@')[0]}_"
    body = multipart("alternative", b, [
        part('text/plain; charset="utf-8"', text, "quoted-printable"),
        part('text/html; charset="utf-8"', outlook_html(text), "quoted-printable"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(seed, date + timedelta(seconds=4), "mail-bn8nam12on2101.outbound.protection.outlook.com", "40.107.237.101")),
        ("From", frm),
        ("To", to),
        ("Cc", cc),
        ("Subject", hdr(subject)),
        ("Thread-Topic", hdr(topic or subject.replace("RE: ", "").replace("Re: ", ""))),
        ("Thread-Index", thread_index(seed)),
        ("Date", rfc(date)),
        ("Message-ID", msgid),
        ("References", references),
        ("In-Reply-To", in_reply_to),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, body), msgid


def outlook_invite(seed, *, date, frm, to, subject, text, cal, host, cc=None, lang="en-US"):
    msgid = exchange_msgid(seed, host)
    b = f"_000_{msgid[1:].split('@')[0]}_"
    body = multipart("alternative", b, [
        part('text/plain; charset="utf-8"', text, "quoted-printable"),
        part('text/html; charset="utf-8"', outlook_html(text), "quoted-printable"),
        part('text/calendar; charset="utf-8"; method=REQUEST', cal, "base64"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(seed, date + timedelta(seconds=4), "mail-cp4p284cu001.outbound.protection.outlook.com", "52.101.61.8")),
        ("From", frm),
        ("To", to),
        ("Cc", cc),
        ("Subject", hdr(subject)),
        ("Thread-Topic", hdr(subject)),
        ("Thread-Index", thread_index(seed)),
        ("Date", rfc(date)),
        ("Message-ID", msgid),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, body), msgid


def workable_msg(seed, *, date, sender_name, relay, subject, text, company, attachment=None):
    msgid = f"<{date.astimezone(UTC):%Y%m%d%H%M%S}.{tok('wk' + seed, 16, '0123456789abcdef')}@mg.workablemail.com>"
    alt = multipart("alternative", "wk-alt-" + tok("wb" + seed, 20), [
        part("text/plain; charset=UTF-8", text, "quoted-printable"),
        part("text/html; charset=UTF-8", simple_html(text), "quoted-printable"),
    ])
    if attachment:
        body = multipart("mixed", "wk-mix-" + tok("wm" + seed, 20), [
            alt,
            part('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', attachment, "base64",
                 headers=['Content-Disposition: attachment; filename="invite.ics"']),
        ])
    else:
        body = alt
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(seed, date + timedelta(seconds=5), "m48-27.mailgun.net", "159.135.48.27")),
        ("From", addr(sender_name, relay)),
        ("Reply-To", addr(sender_name, relay)),
        ("To", JA),
        ("Subject", hdr(subject)),
        ("Date", rfc(date.astimezone(UTC))),
        ("Message-ID", msgid),
        ("X-Mailgun-Tag", "candidate_email"),
        ("X-Workable-Account", company),
    ]
    return message(headers, body), msgid


# ============================================================================================
# POSITIVE CASES
# ============================================================================================
def c01():
    cid = "b137-01-rioplatense-phone-screen-thread"
    flor = ("Florencia Ibarra", "florencia.ibarra@quebrachotech.example")
    FA = addr(*flor)
    sig = ("--\nFlorencia Ibarra\nTalent Acquisition | Quebracho Tech\nAv. Córdoba 1351, piso 4 - CABA\n"
           "+54 9 11 5555-0187")
    d1 = D(2026, 2, 27, 10, 12, BA, "viernes", 37)
    subj = "Búsqueda Full Stack SSr - Quebracho Tech"
    t1 = f"""Hola Joaquín, ¿cómo estás?

Soy Florencia, del equipo de Talento de Quebracho Tech. Vi tu postulación a la búsqueda de Desarrollador/a Full Stack Semi Senior (React + Node) y me gustaría que charlemos un rato: te cuento del equipo y de la posición, y vos me contás de tu experiencia y qué estás buscando.

¿Te queda bien el jueves que viene a las 15 hs? Si no, también tengo el viernes 6 a las 11. Sería una llamada telefónica de unos 30 minutos.

¡Quedo atenta!

{sig}
"""
    m1, id1 = gmail_msg("c01m1", date=d1, frm=FA, to=JA, subject=subj, text=t1)
    jd = D(2026, 2, 27, 19, 5, BA, "viernes")
    joaco = ("Hola Florencia, ¡gracias por escribirme!\n\nEl jueves a las 15 hs me viene bárbaro. Te paso mi cel "
             "por las dudas: +54 9 11 5555-0142.\n\nSaludos,\nJoaquín")
    jid = gmail_id("c01joaco")
    d2 = D(2026, 3, 4, 16, 41, BA, "miércoles", 8)
    # "el jueves que viene" (sent Friday 27/2) and "mañana" (sent Wednesday 4/3) are both 5/3
    D(2026, 3, 5, 15, 0, BA, "jueves")
    wd_check(2026, 3, 6, "viernes")
    t2 = f"""¡Hola Joaquín!

Te confirmo entonces para mañana jueves a las 15:00 hs, te llamo a ese número. Calculá una media hora: la idea es contarte sobre el equipo y el stack, y conocer tu experiencia y tus expectativas.

¡Hablamos mañana!
Flor

{sig}

{sig_gmail_quote(jd, J, OWNER)}
{quote(joaco + chr(10) + chr(10) + sig_gmail_quote(d1, *flor) + chr(10) + quote(t1))}
"""
    m2, _ = gmail_msg("c01m2", date=d2, frm=FA, to=JA, subject="Re: " + subj, text=t2,
                      in_reply_to=jid, references=f"{id1} {jid}")
    files = {"01-busqueda-full-stack-ssr.eml": m1, "02-re-busqueda-full-stack-ssr.eml": m2}
    ivs = [iv("Quebracho Tech", "Desarrollador/a Full Stack Semi Senior (React + Node)",
              D(2026, 3, 5, 15, 0, BA), D(2026, 3, 5, 15, 30, BA), "scheduled",
              [flor[1]], [flor[1]], "phone_screen")]
    case(cid, files, ivs, "medium", "positive/email-thread-relative-date",
         "Rioplatense recruiter thread, body only. First mail (Fri 27/2) proposes 'el jueves que viene a las 15 "
         "hs'; the confirmation (Wed 4/3) says 'mañana jueves a las 15:00 hs' -> Thu 2026-03-05 15:00 ART, 'media "
         "hora' -> 15:30. The recruiter makes the call herself, so she is the interviewer. The 'viernes 6 a las "
         "11' alternative was not chosen.")


def c02():
    cid = "b137-02-workable-charla-tecnica-santiago"
    relay = "r7h2kq9xw1@candidates.workablemail.com"
    matias = ("Matías Vergara", "matias.vergara@cordillerapagos.example")
    start, end = D(2026, 3, 17, 11, 0, SCL, "martes"), D(2026, 3, 17, 12, 0, SCL)
    meet = meet_code("c02")
    d1 = D(2026, 3, 11, 12, 22, SCL, "miércoles", 41)
    text = f"""Hola Joaquín:

Junto con saludar, te escribo para invitarte a la siguiente etapa del proceso para el cargo Full Stack Developer (React/Node) en Cordillera Pagos: una charla técnica con Matías Vergara, líder técnico del equipo de Adquirencia.

Detalle de la entrevista
Fecha: martes 17 de marzo de 2026
Hora: 11:00 a 12:00 hrs (hora de Santiago de Chile)
Lugar: Google Meet - https://meet.google.com/{meet}

La conversación es técnica: revisaremos un caso real de integración con una pasarela de pagos y conversaremos sobre tu experiencia con Node.js, React y PostgreSQL. No necesitas preparar nada en particular.

Te adjuntamos la invitación de calendario. Si necesitas reagendar, responde directamente a este correo.

Saludos cordiales,
Catalina Rojas
People & Talent | Cordillera Pagos
Av. Apoquindo 3600, Las Condes, Santiago

--
Este mensaje se envió a través de Workable. Las respuestas llegan al equipo de selección de Cordillera Pagos.
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Workable//Interview Scheduler 2.0//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ_SCL + [
        "BEGIN:VEVENT", f"UID:wk-event-{tok('c02uid', 24)}@workable.com", f"DTSTAMP:{zstamp(d1)}",
        "SEQUENCE:0", f"DTSTART;TZID=America/Santiago:{local_stamp(start)}",
        f"DTEND;TZID=America/Santiago:{local_stamp(end)}",
        f"SUMMARY:{esc('Charla técnica: Joaquín Medina - Full Stack Developer (React/Node)')}",
        f"DESCRIPTION:{esc('Charla técnica con Matías Vergara (Líder Técnico, Adquirencia).' + chr(10) + 'Google Meet: https://meet.google.com/' + meet)}",
        f"LOCATION:https://meet.google.com/{meet}",
        f"ORGANIZER;CN=Catalina Rojas:mailto:{relay}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={matias[0]}:mailto:{matias[1]}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    m1, _ = workable_msg("c02m1", date=d1, sender_name="Catalina Rojas", relay=relay,
                         subject="Full Stack Developer (React/Node) - Cordillera Pagos", text=text,
                         company="cordillera-pagos", attachment=cal)
    files = {"01-workable-charla-tecnica.eml": m1}
    ivs = [iv("Cordillera Pagos", "Full Stack Developer (React/Node)", start, end, "scheduled",
              [matias[1]], [matias[1]], "technical")]
    case(cid, files, ivs, "medium", "positive/ats-workable-ics",
         "Workable interview mail with invite.ics (TZID America/Santiago + VTIMEZONE). 17/3 is before Chile's "
         "Apr 5 switch, so Santiago is UTC-3 (same as Buenos Aires). The sender/organizer is a Workable relay "
         "dropbox (ATS address, never a follow-up recipient); the tech lead is an ATTENDEE with his address.")


def c03():
    cid = "b137-03-chile-dst-weekend-google-invite"
    fran = ("Francisca Muñoz", "fmunoz@quillay.example")
    seba = ("Sebastián Araya", "sebastian.araya@quillay.example")
    FA = addr(*fran)
    subj = "Entrevista con líder técnico - Quillay Software"
    sig = "Saludos,\nFrancisca Muñoz\nTalent Acquisition Partner\nQuillay Software · Santiago, Chile"
    d1 = D(2026, 4, 1, 11, 4, SCL, "miércoles", 19)
    assert d1.utcoffset() == timedelta(hours=-3)
    wd_check(2026, 4, 4, "sábado")
    t1 = f"""Hola Joaquín, ¿cómo estás?

Te escribo de Quillay Software para coordinar la siguiente etapa del proceso de Desarrollador Full Stack Senior: una entrevista con nuestro líder técnico, Sebastián Araya. Es una conversación técnica de una hora (arquitectura de front, Node, bases de datos y algo de tu experiencia en proyectos anteriores).

¿Te acomoda el lunes 6/4 a las 10:00 hrs (hora de Chile)? Ojo con el cambio de hora: este sábado en la noche Chile vuelve al horario de invierno, así que el lunes vamos a estar una hora detrás de Argentina. Para ti en Buenos Aires serían las 11:00.

Quedo atenta.

{sig}
"""
    m1, id1 = gmail_msg("c03m1", date=d1, frm=FA, to=JA, subject=subj, text=t1)
    jd = D(2026, 4, 1, 16, 58, SCL)
    joaco = ("Hola Francisca, ¡gracias!\n\nEl lunes 6 a las 10 de Chile (11 acá en Buenos Aires) me viene "
             "perfecto. Gracias por el aviso del cambio de hora, no lo tenía en el radar.\n\nSaludos,\nJoaquín")
    jid = gmail_id("c03joaco")
    d2 = D(2026, 4, 1, 17, 20, SCL, "miércoles", 51)
    t2 = f"""¡Perfecto, Joaquín! Te acabo de enviar la invitación con el link de Meet. Dejo a Sebastián en copia por si quieres escribirle antes.

{sig}

{sig_gmail_quote(jd, J, OWNER)}
{quote(joaco + chr(10) + chr(10) + sig_gmail_quote(d1, *fran) + chr(10) + quote(t1))}
"""
    m2, _ = gmail_msg("c03m2", date=d2, frm=FA, to=JA, cc=addr(*seba), subject="Re: " + subj, text=t2,
                      in_reply_to=jid, references=f"{id1} {jid}")
    start, end = D(2026, 4, 6, 10, 0, SCL, "lunes"), D(2026, 4, 6, 11, 0, SCL)
    assert start.utcoffset() == timedelta(hours=-4)
    assert start.astimezone(BA).hour == 11
    m3, _ = google_invite("c03inv", lang="es", date=D(2026, 4, 1, 17, 23, SCL, ss=10), organizer=fran,
                          attendees=[(fran[0], fran[1], "ACCEPTED"), (seba[0], seba[1], "ACCEPTED"),
                                     (OWNER, OWNER, "NEEDS-ACTION")],
                          title="Entrevista técnica Quillay - Joaquín Medina (Full Stack Sr)",
                          start=start, end=end, tz=SCL, uid=f"{tok('c03uid', 26, LOWER + '0123456789')}@google.com",
                          description="Entrevista con Sebastián Araya (líder técnico). Duración: 1 hora.\n\nFrancisca",
                          region="CL")
    files = {"01-coordinacion-entrevista.eml": m1, "02-re-coordinacion-entrevista.eml": m2,
             "03-invitacion-entrevista-tecnica.eml": m3}
    ivs = [iv("Quillay Software", "Desarrollador Full Stack Senior", start, end, "scheduled",
              [seba[1]], [seba[1]], "technical")]
    case(cid, files, ivs, "hard", "positive/dst-chile-dedupe",
         "Mail thread + Google invite for the same 'entrevista con el líder técnico' (ONE interview). Sent on "
         "1/4 while Chile is still UTC-3; the interview on Mon 6/4 10:00 hora de Chile is after the Apr 5 "
         "switch, so UTC-4 (= 11:00 in Buenos Aires, as the text says). Interviewer: the tech lead.")


def c04():
    cid = "b137-04-teams-eastern-standard-time-us-date"
    host = "BN0PR04MB"
    megan = ("Megan O'Shea", "megan.oshea@tidewater-analytics.example")
    derek = ("Derek Lindqvist", "dlindqvist@tidewater-analytics.example")
    MA = addr(*megan)
    d1 = D(2026, 3, 4, 14, 47, NY, "wednesday", 12)
    wd_check(2026, 3, 8, "sunday")
    start, end = D(2026, 3, 10, 11, 0, NY, "tuesday"), D(2026, 3, 10, 11, 45, NY)
    assert start.utcoffset() == timedelta(hours=-4) and start.astimezone(BA).hour == 12
    t1 = f"""Hi Joaquín,

Thanks again for your time this afternoon, I really enjoyed hearing about the offline-sync work you did at Cardumen.

Next step is a 45-minute conversation with Derek Lindqvist, our Director of Engineering and the hiring manager for the Senior Full-Stack Engineer (LatAm, remote) role. I'm sending you a Teams invite for Tuesday 3/10 at 11:00 AM ET.

Quick heads-up on time zones: the US switches to daylight saving time this Sunday (3/8), so 11:00 AM ET on Tuesday will be 12:00 PM in Buenos Aires.

Best,
Megan

Megan O'Shea | Talent Partner, Engineering
Tidewater Analytics, Inc. | New York, NY
"""
    m1, _ = outlook_msg("c04m1", date=d1, frm=MA, to=JA, subject="Next steps - Tidewater Analytics", text=t1,
                        host=host)
    turl = teams_url("c04")
    desc = ("Hi Joaquín,\n\n45 minutes with Derek Lindqvist (Director of Engineering, hiring manager for the "
            "Senior Full-Stack Engineer - LatAm role). Derek will walk you through the roadmap for our "
            "shipment-visibility product and wants to hear about projects where you owned both the React front "
            "end and the Node services.\n\nMegan\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your "
            f"computer, mobile app or room device\nClick here to join the meeting<{turl}>\nMeeting ID: 291 604 337 185"
            "\nPasscode: b7Kq2T\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/"
            "JoinTeamsMeeting>\n" + "_" * 80)
    d2 = D(2026, 3, 4, 14, 52, NY, ss=10)
    cal = outlook_ics(uid=outlook_uid("c04"), seq=0, stamp=d2, tzblock=VTZ_WIN_EASTERN, tzid="Eastern Standard Time",
                      start=start, end=end, organizer=megan,
                      attendees=[(derek[0], derek[1], "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
                      summary="Tidewater | Hiring Manager Interview - Joaquín Medina", description=desc,
                      location="Microsoft Teams Meeting", lang="en-US", teams_url=turl)
    text = ("When: Tuesday, March 10, 2026 11:00 AM-11:45 AM. (UTC-05:00) Eastern Time (US & Canada)\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc + "\n")
    m2, _ = outlook_invite("c04inv", date=d2, frm=MA, to=f"{JA}, {addr(*derek)}",
                           subject="Tidewater | Hiring Manager Interview - Joaquín Medina", text=text, cal=cal, host=host)
    files = {"01-next-steps-tidewater.eml": m1, "02-hiring-manager-interview-invite.eml": m2}
    ivs = [iv("Tidewater Analytics", "Senior Full-Stack Engineer (LatAm, remote)", start, end, "scheduled",
              [derek[1]], [derek[1]], "hiring_manager")]
    case(cid, files, ivs, "hard", "positive/outlook-windows-tzid",
         "US company hiring in LatAm. Recruiter mail + Exchange/Teams invite, TZID 'Eastern Standard Time' with a "
         "VTIMEZONE; the 'When:' line shows the '(UTC-05:00)' display label, but 3/10 (US month/day, i.e. 10 March, "
         "not 3 October) is after the Mar 8 US switch -> 11:00 EDT (UTC-4) = 12:00 in Buenos Aires. The "
         "'this afternoon' call is past and has no time -> not labelled.")


def c05():
    cid = "b137-05-us-two-rounds-across-us-dst"
    jenna = ("Jenna Park", "jenna@loomwise.example")
    omar = ("Omar Haddad", "omar@loomwise.example")
    pri = ("Priscila Duarte", "priscila@loomwise.example")
    JP = addr(*jenna)
    d1 = D(2026, 2, 27, 9, 15, NY, "friday", 3)
    s1, e1 = D(2026, 3, 5, 13, 0, NY, "thursday"), D(2026, 3, 5, 13, 30, NY)
    assert s1.utcoffset() == timedelta(hours=-5) and s1.astimezone(BA).hour == 15
    t1 = """Hi Joaquín,

Thanks for applying to the Full Stack Engineer role at Loomwise! I'm the recruiter on the search and would love to set up a quick intro call.

Would Thursday, March 5 at 1:00 PM ET work? That's 3:00 PM your time in Buenos Aires. It's a 30-minute video call, nothing technical: I'll tell you about the team and the role and we'll talk about your background and what you're looking for. I'll send a Google Meet invite.

Best,
Jenna Park
Senior Technical Recruiter, Loomwise
"""
    m1, id1 = gmail_msg("c05m1", date=d1, frm=JP, to=JA, subject="Loomwise - Full Stack Engineer", text=t1)
    m2, _ = google_invite("c05inv", lang="en", date=D(2026, 2, 27, 11, 40, NY, ss=12), organizer=jenna,
                          attendees=[(jenna[0], jenna[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                          title="Loomwise <> Joaquín Medina | Intro call (Full Stack Engineer)",
                          start=s1, end=e1, tz=NY, uid=f"{tok('c05uid', 26, LOWER + '0123456789')}@google.com",
                          description="Intro call with Jenna (Recruiting). 30 minutes.", region="US")
    d3 = D(2026, 3, 6, 10, 2, NY, "friday", 44)
    wd_check(2026, 3, 8, "sunday")
    s2, e2 = D(2026, 3, 17, 14, 0, NY, "tuesday"), D(2026, 3, 17, 15, 30, NY)
    assert s2.utcoffset() == timedelta(hours=-4) and s2.astimezone(BA).hour == 15
    t3 = f"""Hi Joaquín,

Thanks for the great conversation yesterday! The team would like to move you forward to the technical interview: 90 minutes of pair programming with Omar Haddad and Priscila Duarte, both senior engineers on our Workflows team. You'll build a small feature in a React + Node repo we share at the start, no prep needed.

Does Tuesday 3/17 at 2:00 PM ET work? Heads up: US clocks spring forward this Sunday (3/8), so from next week 2:00 PM ET is 3:00 PM in Buenos Aires (the gap goes from two hours to one).

Best,
Jenna

On Fri, Feb 27, 2026 at 9:15 AM Jenna Park <{jenna[1]}> wrote:
{quote(t1)}
"""
    m3, _ = gmail_msg("c05m3", date=d3, frm=JP, to=JA, subject="Re: Loomwise - Full Stack Engineer", text=t3,
                      in_reply_to=id1, references=id1)
    ev = gcal_event(eid=tok("c05ev", 26, LOWER + "0123456789"),
                    summary="Loomwise Technical Interview: Joaquín Medina (Full Stack Engineer)",
                    description="Technical interview - pair programming (React + Node), 90 min.\n"
                                "Interviewers: Omar Haddad, Priscila Duarte\nCoordinator: Jenna Park (Recruiting)",
                    organizer=jenna, tzkey="America/New_York", start=s2, end=e2,
                    created=D(2026, 3, 6, 13, 31, NY), updated=D(2026, 3, 6, 14, 5, NY),
                    attendees=[
                        {"email": jenna[1], "displayName": jenna[0], "organizer": True, "responseStatus": "accepted"},
                        {"email": omar[1], "displayName": omar[0], "responseStatus": "accepted"},
                        {"email": pri[1], "displayName": pri[0], "responseStatus": "needsAction"},
                        {"email": OWNER, "self": True, "responseStatus": "accepted"},
                    ], meet=meet_code("c05ev"))
    files = {"01-loomwise-intro.eml": m1, "02-invitation-intro-call.eml": m2,
             "03-re-loomwise-technical-round.eml": m3, "04-technical-interview.gcal.json": ev}
    ivs = [
        iv("Loomwise", "Full Stack Engineer", s1, e1, "scheduled", [jenna[1]], [jenna[1]], "phone_screen"),
        iv("Loomwise", "Full Stack Engineer", s2, e2, "scheduled", [omar[1], pri[1]], [omar[1], pri[1]], "technical"),
    ]
    case(cid, files, ivs, "hard", "positive/two-interviews-us-dst",
         "Two interviews with one US company: recruiter intro call Thu 3/5 1 PM EST (UTC-5, 15:00 ART) announced by "
         "mail + Google invite (one interview), and a 90-min technical Tue 3/17 2 PM EDT (UTC-4, still 15:00 ART) "
         "announced by mail and present as a Calendar API event. Same local Buenos Aires hour, different ET offsets.")


def c06():
    cid = "b137-06-bumeran-reschedule-updated-invite"
    gis = ("Gisela Montenegro", "gmontenegro@ombu-digital.example")
    lau = ("Lautaro Giménez", "lgimenez@ombu-digital.example")
    GA = addr(*gis)
    subj = "Entrevista técnica - Ombú Digital"
    sig = "Saludos,\nGisela Montenegro\nSelección IT · Ombú Digital\nTel. +54 11 5555-3020"
    d1 = D(2026, 3, 12, 9, 47, BA, "jueves", 5)
    s0 = D(2026, 3, 18, 11, 0, BA, "miércoles")
    t1 = f"""Hola Joaquín, ¿qué tal?

Te escribo de Ombú Digital por tu postulación en Bumeran a la búsqueda de Desarrollador Full Stack (Node/Angular). Nos gustó mucho tu perfil y queremos avanzar con una entrevista técnica con Lautaro Giménez, líder técnico del equipo de e-commerce.

¿Podés el miércoles 18/3 a las 11 hs? Es por Google Meet y dura alrededor de una hora.

{sig}
"""
    m1, id1 = gmail_msg("c06m1", date=d1, frm=GA, to=JA, subject=subj, text=t1)
    uid = f"{tok('c06uid', 26, LOWER + '0123456789')}@google.com"
    meet = meet_code("c06")
    att = [(gis[0], gis[1], "ACCEPTED"), (lau[0], lau[1], "ACCEPTED"), (OWNER, OWNER, "ACCEPTED")]
    desc = ("Entrevista técnica con Lautaro Giménez (Líder Técnico e-commerce) para la posición Desarrollador "
            "Full Stack (Node/Angular).")
    m2, _ = google_invite("c06inv1", lang="es", date=D(2026, 3, 12, 14, 3, BA, ss=40), organizer=gis,
                          attendees=[(gis[0], gis[1], "ACCEPTED"), (lau[0], lau[1], "ACCEPTED"),
                                     (OWNER, OWNER, "NEEDS-ACTION")],
                          title="Entrevista técnica Ombú Digital - Joaquín Medina", start=s0,
                          end=s0 + timedelta(hours=1), tz=BA, uid=uid, description=desc, region="AR", meet=meet)
    d3 = D(2026, 3, 16, 10, 15, BA, "lunes", 30)
    s1 = D(2026, 3, 20, 10, 0, BA, "viernes")
    t3 = f"""Hola Joaquín, perdón por el cambio: a Lautaro le surgió un viaje a Rosario justo el miércoles.

¿La podemos pasar al viernes 20 a las 10 de la mañana? Misma duración y mismo link de Meet. ¡Mil disculpas!

{sig}
"""
    m3, id3 = gmail_msg("c06m3", date=d3, frm=GA, to=JA, subject="Re: " + subj, text=t3,
                        in_reply_to=id1, references=id1)
    jd = D(2026, 3, 16, 10, 48, BA)
    joaco = "Hola Gisela, dale, no hay problema. El viernes 20 a las 10 me queda bien.\n\nSaludos!\nJoaquín"
    jid = gmail_id("c06joaco")
    d4 = D(2026, 3, 16, 11, 2, BA, "lunes", 9)
    t4 = f"""¡Genial, gracias por la flexibilidad! Ya te actualizo la invitación.

{sig}

{sig_gmail_quote(jd, J, OWNER)}
{quote(joaco + chr(10) + chr(10) + sig_gmail_quote(d3, *gis) + chr(10) + quote(t3))}
"""
    m4, _ = gmail_msg("c06m4", date=d4, frm=GA, to=JA, subject="Re: " + subj, text=t4,
                      in_reply_to=jid, references=f"{id1} {id3} {jid}")
    m5, _ = google_invite("c06inv2", lang="es", date=D(2026, 3, 16, 11, 5, BA, ss=22), organizer=gis,
                          attendees=att, title="Entrevista técnica Ombú Digital - Joaquín Medina", start=s1,
                          end=s1 + timedelta(hours=1), tz=BA, uid=uid, seq=1, description=desc, region="AR",
                          meet=meet, created=D(2026, 3, 12, 14, 3, BA, ss=40))
    files = {"01-entrevista-tecnica-ombu.eml": m1, "02-invitacion-entrevista-tecnica.eml": m2,
             "03-re-cambio-de-fecha.eml": m3, "04-re-cambio-confirmado.eml": m4,
             "05-invitacion-actualizada.eml": m5}
    ivs = [iv("Ombú Digital", "Desarrollador Full Stack (Node/Angular)", s1, s1 + timedelta(hours=1), "scheduled",
              [lau[1]], [lau[1]], "technical")]
    case(cid, files, ivs, "medium", "positive/reschedule",
         "Bumeran-sourced process. Invite for mié 18/3 11 hs (SEQUENCE 0), then moved by mail to 'viernes 20 a las "
         "10 de la mañana' and an 'Invitación actualizada' with the same UID and SEQUENCE 1. One interview at the "
         "final time 2026-03-20 10:00 ART; interviewer the tech lead.")


def c07():
    cid = "b137-07-candidate-withdraws-by-email"
    mica = ("Micaela Sosa", "micaela.sosa@algarrobo.example")
    eze = ("Ezequiel Paz", "ezequiel.paz@algarrobo.example")
    MA = addr(*mica)
    start, end = D(2026, 4, 16, 17, 0, BA, "jueves"), D(2026, 4, 16, 18, 0, BA)
    m1, id1 = google_invite("c07inv", lang="es", date=D(2026, 4, 8, 12, 10, BA, ss=5), organizer=mica,
                            attendees=[(mica[0], mica[1], "ACCEPTED"), (eze[0], eze[1], "ACCEPTED"),
                                       (OWNER, OWNER, "NEEDS-ACTION")],
                            title="Entrevista con líder técnico | Algarrobo Cloud - Joaquín Medina",
                            start=start, end=end, tz=BA, uid=f"{tok('c07uid', 26, LOWER + '0123456789')}@google.com",
                            description="¡Hola Joaquín! Te comparto el link para la entrevista con Ezequiel Paz, líder "
                                        "técnico del squad de Plataforma, para la búsqueda de Full Stack Developer Sr.\n"
                                        "Cualquier cosa escribime.\n\nMica", region="AR")
    # Joaquín writes from Santiago (UTC-4 after Apr 5); Micaela's Gmail shows her own (Buenos Aires) time.
    jd = D(2026, 4, 13, 9, 12, SCL, "lunes").astimezone(BA)
    joaco = ("Hola Micaela, ¿cómo va?\n\nTe escribo porque finalmente no voy a seguir en el proceso: ya estoy "
             "instalado en Santiago y, como me confirmaste la semana pasada, el rol requiere ir tres días por semana a "
             "la oficina de Palermo, así que no tendría sentido avanzar. Por eso cancelo la entrevista del jueves 16 "
             "con Ezequiel.\n\nPerdón por avisar con pocos días y muchas gracias por todo.\n\nSaludos,\nJoaquín")
    jid = gmail_id("c07joaco")
    d2 = D(2026, 4, 13, 10, 31, BA, "lunes", 50)
    t2 = f"""Hola Joaquín, ¡gracias por avisar con tiempo! Ya saqué la reunión de la agenda de Ezequiel.

Si en algún momento abrimos búsquedas 100% remotas te escribo. ¡Mucha suerte en Chile!

Mica

--
Micaela Sosa
People Team | Algarrobo Cloud

{sig_gmail_quote(jd, J, OWNER)}
{quote(joaco)}
"""
    m2, _ = gmail_msg("c07m2", date=d2, frm=MA, to=JA, subject="Re: Entrevista del jueves 16 - Algarrobo Cloud",
                      text=t2, in_reply_to=jid, references=jid)
    files = {"01-invitacion-entrevista-lider-tecnico.eml": m1, "02-re-entrevista-del-jueves.eml": m2}
    ivs = [iv("Algarrobo Cloud", "Full Stack Developer Sr", start, end, "cancelled", [eze[1]], [eze[1]], "technical")]
    case(cid, files, ivs, "hard", "positive/cancellation-withdrawal",
         "Google invite for jue 16/4 17 hs (Buenos Aires); the candidate withdraws by mail (quoted in the recruiter's "
         "reply, 'cancelo la entrevista del jueves 16') and the recruiter removes it. No METHOD:CANCEL -> the text "
         "decides: kept as cancelled at 2026-04-16 17:00 ART. The owner now writes from Santiago (UTC-4) but the "
         "interview time is Argentine.")


def c08():
    cid = "b137-08-santiago-final-loop-three-invites"
    jav = ("Javiera Soto", "javiera.soto@lenga-labs.example")
    ign = ("Ignacio Cárdenas", "ignacio.cardenas@lenga-labs.example")
    con = ("Constanza Ulloa", "constanza.ulloa@lenga-labs.example")
    roc = ("Rocío Fernández", "rocio.fernandez@lenga-labs.example")
    d1 = D(2026, 5, 6, 16, 10, SCL, "miércoles", 27)
    day = (2026, 5, 12)
    wd_check(*day, "martes")
    t1 = """Hola Joaquín:

¡Felicitaciones por pasar a la etapa final del proceso de Ingeniero/a Full Stack en Lenga Labs! Te comparto el detalle de la jornada, que será presencial en nuestra oficina (Av. Providencia 1208, piso 7, Providencia) el martes 12 de mayo:

09:30 - 10:30  Pair programming con Ignacio Cárdenas (Senior Engineer)
10:45 - 11:30  Diseño de sistemas con Constanza Ulloa (Staff Engineer)
11:30 - 12:30  Almuerzo con el equipo (informal, no es parte de la evaluación)
12:30 - 13:15  Conversación con Rocío Fernández (CTO)

Te llegarán tres invitaciones de calendario, una por cada sesión. Trae tu notebook con tu entorno listo (Node 20 y Docker). En recepción pregunta por mí.

Cualquier duda, escríbeme.

Saludos,
Javiera Soto
Talent & Culture | Lenga Labs
+56 9 5555 7731
"""
    m1, _ = gmail_msg("c08m1", date=d1, frm=addr(*jav), to=JA, subject="Etapa final Lenga Labs - martes 12 de mayo",
                      text=t1)
    loc = "Lenga Labs, Av. Providencia 1208, piso 7, Providencia, Región Metropolitana, Chile"
    sessions = [
        ("c08a", jav, ign, (9, 30), (10, 30), "Etapa final Lenga Labs (1/3): Pair programming - Joaquín Medina",
         "Pair programming con Ignacio Cárdenas. Trae tu notebook (Node 20 + Docker)."),
        ("c08b", jav, con, (10, 45), (11, 30), "Etapa final Lenga Labs (2/3): Diseño de sistemas - Joaquín Medina",
         "Sesión de diseño de sistemas con Constanza Ulloa (pizarra)."),
        ("c08c", roc, roc, (12, 30), (13, 15), "Lenga Labs: conversación con Rocío (CTO) - Joaquín Medina",
         "Conversación final con Rocío Fernández, CTO. Después del almuerzo con el equipo."),
    ]
    files = {"01-etapa-final-lenga-labs.eml": m1}
    for i, (seed, org, who, (h1, mi1), (h2, mi2), summary, desc) in enumerate(sessions, start=2):
        s, e = D(*day, h1, mi1, SCL), D(*day, h2, mi2, SCL)
        att = [(org[0], org[1], "ACCEPTED")]
        if who != org:
            att.append((who[0], who[1], "ACCEPTED"))
        att.append((OWNER, OWNER, "NEEDS-ACTION"))
        stamp = D(2026, 5, 6, 16, 20 + i, SCL)
        files[f"0{i}-{['', '', 'pair-programming', 'diseno-de-sistemas', 'conversacion-cto'][i]}.ics"] = google_ics(
            method="REQUEST", uid=f"{tok(seed + 'uid', 26, LOWER + '0123456789')}@google.com", seq=0, stamp=stamp,
            created=stamp, start=s, end=e, organizer=org, attendees=att, summary=summary, description=desc,
            location=loc)
    start, end = D(*day, 9, 30, SCL), D(*day, 13, 15, SCL)
    assert start.utcoffset() == timedelta(hours=-4)
    people = [ign[1], con[1], roc[1]]
    ivs = [iv("Lenga Labs", "Ingeniero/a Full Stack", start, end, "scheduled", people, people, "onsite")]
    case(cid, files, ivs, "hard", "positive/onsite-loop",
         "Final on-site day in Santiago (UTC-4 in May): itinerary mail + three standalone invite .ics (two organised "
         "by the coordinator, one by the CTO herself). One onsite from the first session start 09:30 to the last "
         "session end 13:15, lunch included, with the three interviewers; the coordinator only schedules.")


def c09():
    cid = "b137-09-gcal-json-ba-event-santiago-offset"
    agus = ("Agustina Ledesma", "agustina.ledesma@ceibo-mobility.example")
    tomas = ("Tomás Acuña", "tomas.acuna@ceibo-mobility.example")
    belen = ("Belén Rivas", "belen.rivas@ceibo-mobility.example")
    start, end = D(2026, 6, 2, 15, 0, BA, "martes"), D(2026, 6, 2, 16, 0, BA)
    ev = gcal_event(
        eid=tok("c09ev", 26, LOWER + "0123456789"),
        summary="Ceibo Mobility | Entrevista técnica Full Stack - Joaquín Medina",
        description="Entrevista técnica para la búsqueda Full Stack Developer (remoto desde Chile OK).\n"
                    "Entrevistan: Tomás Acuña (Tech Lead) y Belén Rivas (Sr. Backend).\n"
                    "Coordina: Agustina (Talent) - no participa de la charla.\n\nDuración: 1 hora.",
        organizer=agus, tzkey="America/Argentina/Buenos_Aires",
        start=start.astimezone(SCL), end=end.astimezone(SCL),
        created=D(2026, 5, 26, 11, 2, BA), updated=D(2026, 5, 27, 9, 40, BA),
        attendees=[
            {"email": agus[1], "displayName": agus[0], "organizer": True, "responseStatus": "accepted"},
            {"email": tomas[1], "displayName": tomas[0], "responseStatus": "accepted"},
            {"email": belen[1], "displayName": belen[0], "responseStatus": "tentative"},
            {"email": "talento@ceibo-mobility.example", "displayName": "Talento Ceibo", "responseStatus": "needsAction"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ], meet=meet_code("c09"))
    files = {"01-entrevista-tecnica-ceibo.gcal.json": ev}
    ivs = [iv("Ceibo Mobility", "Full Stack Developer", start, end, "scheduled", [tomas[1], belen[1]],
              [tomas[1], belen[1]], "technical")]
    case(cid, files, ivs, "medium", "positive/gcal-json",
         "Calendar API event only. The event's timeZone is America/Argentina/Buenos_Aires but the owner's calendar "
         "lives in Santiago, so dateTime is rendered as 14:00-04:00 (same instant as 15:00 ART). Interviewers are "
         "the two engineers named in the description; the organizer only coordinates and the talento@ group address "
         "is never a follow-up recipient.")


def c10():
    cid = "b137-10-computrabajo-presencial-las-condes"
    dani = ("Daniela Poblete", "dpoblete@tamarugo-sf.example")
    start = D(2026, 4, 23, 9, 30, SCL, "jueves")
    d1 = D(2026, 4, 17, 12, 3, SCL, "viernes", 11)
    link = f"https://cl.computrabajo.com/candidato/entrevistas/{tok('c10l', 32, '0123456789ABCDEF')}"
    text = f"""Hola Joaquín,

¡Buenas noticias! Tamarugo Servicios Financieros revisó tu postulación a la oferta "Desarrollador Full Stack (.NET / React)" y te ha citado a una entrevista.

Detalles de la entrevista
Fecha: jueves, 23/04/2026
Hora: 09:30 hrs
Modalidad: Presencial
Dirección: Av. Apoquindo 4501, piso 12, Las Condes, Santiago
Te entrevistará: Rodrigo Fuentes, Jefe de Desarrollo
Contacto: Daniela Poblete, Analista de Selección - {dani[1]} - +56 2 2555 6789

Confirma tu asistencia para que la empresa sepa que irás:
Confirmar asistencia: {link}

Recomendaciones: llega 10 minutos antes y lleva tu documento de identidad.

Mucho éxito,
El equipo de Computrabajo

Recibes este correo porque estás registrado en Computrabajo Chile con la dirección {OWNER}. Si no quieres recibir más notificaciones, modifica tus preferencias en https://cl.computrabajo.com/candidato/configuracion
"""
    b = "----=_Part_" + tok("c10b", 7, "0123456789") + "_" + tok("c10b2", 10, "0123456789") + "." + tok("c10b3", 13, "0123456789")
    body = multipart("alternative", b, [
        part("text/plain; charset=UTF-8", text, "base64"),
        part("text/html; charset=UTF-8", simple_html(text, "Roboto,Arial,sans-serif"), "base64"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("c10m1", d1 + timedelta(seconds=6), "a8-31.smtp-out.amazonses.com", "54.240.8.31")),
        ("From", "Computrabajo <no-reply@computrabajo.com>"),
        ("To", OWNER),
        ("Subject", hdr("Tamarugo Servicios Financieros te ha citado a una entrevista")),
        ("Date", rfc(d1.astimezone(UTC))),
        ("Message-ID", f"<0100019d{tok('c10id', 8)}-{tok('c10id2', 8)}-{tok('c10id3', 4)}-{tok('c10id4', 4)}-"
                       f"{tok('c10id5', 12)}-000000@email.amazonses.com>"),
        ("List-Unsubscribe", "<https://cl.computrabajo.com/candidato/configuracion>"),
    ]
    files = {"01-computrabajo-citacion-entrevista.eml": message(headers, body)}
    ivs = [iv("Tamarugo Servicios Financieros", "Desarrollador Full Stack (.NET / React)", start, None, "scheduled",
              [], [dani[1]], "hiring_manager")]
    case(cid, files, ivs, "medium", "positive/job-board-computrabajo",
         "Computrabajo Chile notification (base64 text + HTML), in-person interview 'jueves, 23/04/2026 09:30 hrs' in "
         "Las Condes -> UTC-4 (after Apr 5). No duration -> end null. The interviewer (Jefe de Desarrollo) has no "
         "address in the case, so interviewer_emails is empty and the follow-up goes to the human contact given in "
         "the text, not to the Computrabajo no-reply sender.")


def c11():
    cid = "b137-11-forwarded-referral-interview"
    nico = ("Nicolás Bertolotti", "nico.bertolotti@jacaranda-sistemas.example")
    sofi = ("Sofía Paredes", "sofia.paredes@jacaranda-sistemas.example")
    gon = ("Gonzalo Herrera", "gonzalo.herrera@jacaranda-sistemas.example")
    inner_date = D(2026, 5, 19, 18, 22, BA, "martes")
    start = D(2026, 5, 27, 10, 0, BA, "miércoles")
    assert start.astimezone(SCL).hour == 9
    d1 = D(2026, 5, 20, 9, 40, BA, "miércoles", 31)
    meet = meet_code("c11")
    inner = f"""Hola Nico, ¿cómo estás?

¡Gracias por el referido! Ya hablé con Joaquín por LinkedIn y quedamos en hacer la entrevista con el líder técnico para la búsqueda de Desarrollador Full Stack Sr. el miércoles 27/5 a las 10 de la mañana (hora Argentina), por Meet: https://meet.google.com/{meet}

Lo entrevistamos Gonzalo Herrera ({gon[1]}) y yo; calculamos una hora. Como todavía no tengo su mail personal, ¿le podés pasar el dato así lo agenda?

¡Gracias!
Sofi

--
Sofía Paredes
Talent Partner | Jacarandá Sistemas
"""
    text = f"""Joaco! Sofi me pidió que te pase esto, te lo reenvío tal cual. Ojo que vos ahora estás en Chile: las 10 de acá son las 9 allá.

Abrazo y suerte!
Nico

---------- Forwarded message ---------
De: {sofi[0]} <{sofi[1]}>
Date: {ES_DAY_SHORT[inner_date.weekday()]}, {inner_date.day} {ES_MON_SHORT[inner_date.month - 1]} {inner_date.year} a las {inner_date:%H:%M}
Subject: Entrevista Joaquín Medina - Full Stack (referido)
To: {nico[0]} <{nico[1]}>


{inner}"""
    m1, _ = gmail_msg("c11m1", date=d1, frm=addr(*nico), to=JA,
                      subject="Fwd: Entrevista Joaquín Medina - Full Stack (referido)", text=text)
    files = {"01-fwd-entrevista-referido.eml": m1}
    people = [gon[1], sofi[1]]
    ivs = [iv("Jacarandá Sistemas", "Desarrollador Full Stack Sr.", start, start + timedelta(hours=1), "scheduled",
              people, people, "technical")]
    case(cid, files, ivs, "hard", "positive/forwarded",
         "A friend (the referrer) forwards the recruiter's message. The interview is 'miércoles 27/5 a las 10 de la "
         "mañana (hora Argentina)' = 10:00 ART (09:00 in Santiago, where the owner now lives), 'una hora'. "
         "Interviewers: the tech lead (address in the text) and the recruiter herself ('Lo entrevistamos Gonzalo y "
         "yo'). The forwarding friend is not part of the interview.")


def c12():
    cid = "b137-12-founder-coffee-final-step"
    vale = ("Valeria Contreras", "valeria@chanar.example")
    martin = ("Martín Oyarzún", "martin@chanar.example")
    VA = addr(*vale)
    subj = "Chañar AI - última etapa"
    d1 = D(2026, 6, 8, 11, 20, SCL, "lunes", 2)
    start = D(2026, 6, 12, 16, 0, SCL, "viernes")
    t1 = """Hola Joaquín,

¡Buenas noticias! El equipo quedó muy contento con tu entrevista técnica y queremos avanzar a la última etapa del proceso para el cargo de Full Stack Engineer: un café con Martín Oyarzún, nuestro cofundador y CEO. Es una conversación informal de unos 45 minutos sobre cómo trabajamos, tus expectativas y lo que buscas, pero sí es parte del proceso (es la última instancia antes de la decisión).

¿Te acomoda este viernes a las 4 de la tarde en Café Tres Pinos (José Manuel Infante 1150, Providencia)? Si no, buscamos otro horario.

Saludos,
Valeria Contreras
People Ops | Chañar AI
"""
    m1, id1 = gmail_msg("c12m1", date=d1, frm=VA, to=JA, subject=subj, text=t1)
    jd = D(2026, 6, 8, 14, 41, SCL)
    joaco = "¡Hola Valeria! Buenísimo, muchas gracias. El viernes 12 a las 16 hs me viene perfecto. Allá estaré.\n\nSaludos,\nJoaquín"
    jid = gmail_id("c12joaco")
    d2 = D(2026, 6, 8, 15, 2, SCL, "lunes", 18)
    t2 = f"""¡Perfecto! Le aviso a Martín y lo dejo en copia; cualquier cosa le puedes escribir directo a {martin[1]}.

Valeria

{sig_gmail_quote(jd, J, OWNER)}
{quote(joaco + chr(10) + chr(10) + sig_gmail_quote(d1, *vale) + chr(10) + quote(t1))}
"""
    m2, id2 = gmail_msg("c12m2", date=d2, frm=VA, to=JA, cc=addr(*martin), subject="Re: " + subj, text=t2,
                        in_reply_to=jid, references=f"{id1} {jid}")
    d3 = D(2026, 6, 9, 21, 47, SCL, "martes", 33)
    t3 = ("Hola Joaquín, un gusto. Nos vemos el viernes a las 4 en Tres Pinos. Cualquier cosa mi cel es "
          "+56 9 5555 0199.\n\nMartín\n\nEnviado desde mi iPhone\n\n"
          f"El 8 de jun. de 2026, a las {d2:%H:%M}, {vale[0]} <{vale[1]}> escribió:\n\n"
          + quote(t2.split(chr(10) + chr(10) + sig_gmail_quote(jd, J, OWNER))[0]) + "\n")
    m3, _ = apple_msg("c12m3", date=d3, frm=addr(*martin), to=JA, cc=VA, subject="Re: " + subj, text=t3,
                      in_reply_to=id2, references=f"{id1} {jid} {id2}")
    files = {"01-chanar-ultima-etapa.eml": m1, "02-re-chanar-ultima-etapa.eml": m2, "03-re-martin.eml": m3}
    ivs = [iv("Chañar AI", "Full Stack Engineer", start, start + timedelta(minutes=45), "scheduled",
              [martin[1]], [martin[1]], "other")]
    case(cid, files, ivs, "medium", "positive/founder-coffee",
         "In-person 'café' with the co-founder/CEO, explicitly the last step of the process. 'Este viernes a las 4 de "
         "la tarde' sent Monday 8/6 -> Fri 2026-06-12 16:00 Santiago (UTC-4), 'unos 45 minutos'. The CEO is the "
         "interviewer (his address is given); the people-ops coordinator only schedules.")


def c13():
    cid = "b137-13-outlook-pacific-sa-chile-spring-forward"
    host = "CP4P284MB"
    pam = ("Pamela Vidal", "pvidal@copihue-fin.example")
    cris = ("Cristóbal Sepúlveda", "cristobal.sepulveda@copihue-fin.example")
    marce = ("Marcela Riquelme", "marcela.riquelme@copihue-fin.example")
    PA = addr(*pam)
    d1 = D(2026, 9, 2, 12, 14, SCL, "miércoles", 6)
    assert d1.utcoffset() == timedelta(hours=-4)
    wd_check(2026, 9, 6, "domingo")
    start, end = D(2026, 9, 8, 9, 0, SCL, "martes"), D(2026, 9, 8, 10, 0, SCL)
    assert start.utcoffset() == timedelta(hours=-3)
    turl = teams_url("c13")
    sig = ("Saludos cordiales,\n\nPamela Vidal\nAnalista de Reclutamiento y Selección\nGerencia de Personas | "
           "Copihue Financiera\nHuérfanos 1160, Santiago")
    desc = (f"Estimado Joaquín:\n\nJunto con saludar, te confirmo la entrevista técnica con el equipo de Canales "
            f"Digitales para el cargo Desarrollador Full Stack Senior. Participarán Cristóbal Sepúlveda (Jefe de "
            f"Proyecto) y Marcela Riquelme (Arquitecta de Software). La entrevista dura una hora.\n\nTe recordamos que "
            f"desde el domingo 6 de septiembre rige el horario de verano en Chile.\n\n{sig}\n\n" + "_" * 80 +
            f"\nReunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\nHaga clic "
            f"aquí para unirse a la reunión<{turl}>\nId. de reunión: 248 613 905 117\nCódigo de acceso: Qx7bN2\n"
            "Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la web"
            "<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nMás información<https://aka.ms/"
            "JoinTeamsMeeting>\n" + "_" * 80)
    subject = "Entrevista técnica Desarrollador Full Stack Senior - Joaquín Medina"
    cal = outlook_ics(uid=outlook_uid("c13"), seq=0, stamp=d1, tzblock=VTZ_WIN_PACIFIC_SA,
                      tzid="Pacific SA Standard Time", start=start, end=end, organizer=pam,
                      attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT"), (cris[0], cris[1], "REQ-PARTICIPANT"),
                                 (marce[0], marce[1], "REQ-PARTICIPANT")],
                      summary=subject, description=desc, location="Reunión de Microsoft Teams", lang="es-CL",
                      teams_url=turl)
    text = ("Cuándo: martes, 8 de septiembre de 2026 9:00-10:00. (UTC-04:00) Santiago\n"
            "Dónde: Reunión de Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc + "\n")
    m1, id1 = outlook_invite("c13inv", date=d1, frm=PA, to=f"{JA}, {addr(*cris)}, {addr(*marce)}",
                             subject=subject, text=text, cal=cal, host=host, lang="es-CL")
    d2 = D(2026, 9, 7, 15, 30, SCL, "lunes", 40)
    assert d2.utcoffset() == timedelta(hours=-3)
    t2 = f"""Estimado Joaquín:

Junto con saludar, te recuerdo tu entrevista de mañana a las 09:00 hrs con Cristóbal y Marcela (Teams; el enlace está en la invitación). Recuerda que desde ayer rige el horario de verano en Chile.

{sig}
"""
    m2, _ = outlook_msg("c13m2", date=d2, frm=PA, to=JA, subject="Recordatorio: entrevista técnica mañana 09:00 hrs",
                        text=t2, host=host, lang="es-CL")
    files = {"01-invitacion-entrevista-tecnica.eml": m1, "02-recordatorio-entrevista.eml": m2}
    people = [cris[1], marce[1]]
    ivs = [iv("Copihue Financiera", "Desarrollador Full Stack Senior", start, end, "scheduled", people, people,
              "onsite")]
    case(cid, files, ivs, "hard", "positive/outlook-chile-dst",
         "Exchange/Teams invite with Windows TZID 'Pacific SA Standard Time' (Chile) sent 2/9 (UTC-4). The 'Cuándo' "
         "line shows the '(UTC-04:00) Santiago' display label, but 8/9 is after Chile's Sep 6 switch -> 09:00 UTC-3. "
         "A reminder mail ('mañana a las 09:00 hrs', sent 7/9) is the same interview. Two-person panel -> onsite; "
         "the HR analyst only coordinates.")


def c14():
    cid = "b137-14-google-cancel-then-rebooked"
    ash = ("Ashley Moreno", "ashley.moreno@oakhaven.example")
    ben = ("Ben Whitaker", "ben.whitaker@oakhaven.example")
    title = "Oakhaven Data | Technical Interview (Joaquín Medina)"
    desc = ("Hi Joaquín, this is a 60-minute live coding session with Ben Whitaker (Engineering Manager) for the "
            "Senior Full Stack Engineer (React/TypeScript) role. We'll use a shared CodeSandbox.\n\nAshley")
    att = [(ash[0], ash[1], "ACCEPTED"), (ben[0], ben[1], "ACCEPTED"), (OWNER, OWNER, "ACCEPTED")]
    uid1 = f"{tok('c14uid1', 26, LOWER + '0123456789')}@google.com"
    s1 = D(2026, 7, 7, 10, 0, NY, "tuesday")
    assert s1.astimezone(SCL).hour == 10
    c1 = D(2026, 7, 1, 13, 5, NY, "wednesday", 44)
    m1, _ = google_invite("c14inv1", lang="en", date=c1, organizer=ash,
                          attendees=[(ash[0], ash[1], "ACCEPTED"), (ben[0], ben[1], "ACCEPTED"),
                                     (OWNER, OWNER, "NEEDS-ACTION")],
                          title=title, start=s1, end=s1 + timedelta(hours=1), tz=NY, uid=uid1, description=desc,
                          region="US")
    m2, _ = google_invite("c14cancel", lang="en", date=D(2026, 7, 6, 17, 12, NY, "monday", 9), organizer=ash,
                          attendees=att, title=title, start=s1, end=s1 + timedelta(hours=1), tz=NY, uid=uid1, seq=1,
                          method="CANCEL", description="", region="US", created=c1)
    s2 = D(2026, 7, 9, 13, 0, NY, "thursday")
    assert s2.astimezone(SCL).hour == 13
    t3 = """Hi Joaquín,

So sorry for the late notice: Ben is out sick, so I had to cancel tomorrow's live coding session. I just sent you a new invite for Thursday 7/9 at 1:00 PM ET, which is also 1:00 PM in Santiago this time of year. Same format, new Meet link.

Thanks for your flexibility!

Ashley Moreno
Technical Recruiter | Oakhaven Data
"""
    m3, _ = gmail_msg("c14m3", date=D(2026, 7, 6, 17, 15, NY, "monday", 51), frm=addr(*ash), to=JA,
                      subject="Oakhaven - rescheduling your technical interview", text=t3)
    uid2 = f"{tok('c14uid2', 26, LOWER + '0123456789')}@google.com"
    m4, _ = google_invite("c14inv2", lang="en", date=D(2026, 7, 6, 17, 16, NY, ss=2), organizer=ash,
                          attendees=[(ash[0], ash[1], "ACCEPTED"), (ben[0], ben[1], "ACCEPTED"),
                                     (OWNER, OWNER, "NEEDS-ACTION")],
                          title=title, start=s2, end=s2 + timedelta(hours=1), tz=NY, uid=uid2, description=desc,
                          region="US")
    files = {"01-invitation-technical-interview.eml": m1, "02-canceled-technical-interview.eml": m2,
             "03-rescheduling-technical-interview.eml": m3, "04-invitation-technical-interview-new.eml": m4}
    role = "Senior Full Stack Engineer (React/TypeScript)"
    ivs = [
        iv("Oakhaven Data", role, s1, s1 + timedelta(hours=1), "cancelled", [ben[1]], [ben[1]], "technical"),
        iv("Oakhaven Data", role, s2, s2 + timedelta(hours=1), "scheduled", [ben[1]], [ben[1]], "technical"),
    ]
    case(cid, files, ivs, "hard", "positive/cancel-and-rebook",
         "Google invite for Tue 7/7 10am EDT, then a METHOD:CANCEL (same UID) and a brand-new event (new UID) for "
         "Thu 7/9 1pm EDT. Per the rules: two entries, the first cancelled at its last time, the second scheduled. "
         "In July ET and Santiago are both UTC-4. US month/day dates.")


# ============================================================================================
# NEGATIVE CASES (look-alikes)
# ============================================================================================
def system_msg(seed, *, date, frm, subject, text, attachment=None, att_name=None, att_method="PUBLISH",
               msgid_host="example", cte="quoted-printable", list_unsub=None):
    alt = multipart("alternative", "----=_Part_" + tok("sb" + seed, 6, "0123456789") + "_" + tok("sb2" + seed, 10, "0123456789"), [
        part("text/plain; charset=UTF-8", text, cte),
        part("text/html; charset=UTF-8", simple_html(text), cte),
    ])
    if attachment:
        body = multipart("mixed", "----=_Part_" + tok("sm" + seed, 6, "0123456789") + "_" + tok("sm2" + seed, 10, "0123456789"), [
            alt,
            part(f'text/calendar; charset=UTF-8; method={att_method}; name="{att_name}"', attachment, "base64",
                 headers=[f'Content-Disposition: attachment; filename="{att_name}"']),
        ])
    else:
        body = alt
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(seed, date + timedelta(seconds=7), f"mail.{msgid_host}", "200.51.44.12")),
        ("From", frm),
        ("To", OWNER),
        ("Subject", hdr(subject)),
        ("Date", rfc(date)),
        ("Message-ID", f"<{tok('sid' + seed, 24, ALNUM)}@{msgid_host}>"),
        ("List-Unsubscribe", list_unsub),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, body)


def c15():
    cid = "b137-15-anses-arca-turnos"
    d1 = D(2026, 3, 10, 8, 31, BA, "martes", 14)
    s1 = D(2026, 3, 19, 10, 30, BA, "jueves")
    t1 = """Estimado/a MEDINA JOAQUIN
CUIL: 20-35123456-7

Tu turno fue registrado correctamente.

Trámite: Acreditación de identidad y actualización de datos personales
Oficina: UDAI Palermo - Av. Santa Fe 3945, CABA
Fecha: jueves 19/03/2026
Hora: 10:30 hs
Número de turno: 4471-2026-0318295

Presentate 10 minutos antes con tu DNI original. Durante la atención, un/a agente de ANSES va a realizar una breve entrevista para validar tu identidad y tus datos de contacto y laborales.

Si no podés concurrir, cancelá el turno desde Mi ANSES para liberarlo.

Este es un mensaje automático, por favor no lo respondas.
ANSES - Administración Nacional de la Seguridad Social
"""
    cal1 = ics(["BEGIN:VCALENDAR", "PRODID:-//ANSES//Turnos Web//ES", "VERSION:2.0", "METHOD:PUBLISH"] + VTZ_BA + [
        "BEGIN:VEVENT", f"UID:turno-4471-2026-0318295@turnos.anses.example", f"DTSTAMP:{zstamp(d1)}",
        f"DTSTART;TZID=America/Argentina/Buenos_Aires:{local_stamp(s1)}",
        f"DTEND;TZID=America/Argentina/Buenos_Aires:{local_stamp(s1 + timedelta(minutes=20))}",
        f"SUMMARY:{esc('Turno ANSES - UDAI Palermo (Acreditación de identidad)')}",
        f"DESCRIPTION:{esc('Turno N° 4471-2026-0318295. Entrevista con agente para validación de identidad. Presentarse con DNI.')}",
        f"LOCATION:{esc('UDAI Palermo, Av. Santa Fe 3945, CABA')}",
        f"ATTENDEE;CN=MEDINA JOAQUIN;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m1 = system_msg("c15m1", date=d1, frm="ANSES - Turnos <noresponder@turnos.anses.example>",
                    subject="Constancia de turno ANSES - N° 4471-2026-0318295", text=t1, attachment=cal1,
                    att_name="turno.ics", msgid_host="turnos.anses.example")
    d2 = D(2026, 3, 13, 19, 2, BA, "viernes", 40)
    s2 = D(2026, 3, 24, 9, 0, BA, "martes")
    t2 = """ARCA (ex AFIP) - Sistema de Turnos

Contribuyente: MEDINA JOAQUIN - CUIT 20-35123456-7

Se confirmó su turno con los siguientes datos:
Dependencia: Agencia N° 8 - Av. Corrientes 4521, CABA
Motivo: Monotributo - Adhesión / recategorización (atención personalizada)
Fecha y hora: martes 24/03/2026 - 09:00 hs

Concurra con DNI y constancia de CUIT. Un/a agente lo/la atenderá en una entrevista personal para revisar su actividad (servicios de desarrollo de software para el exterior) y la categoría correspondiente.

Para cancelar o reprogramar ingrese con Clave Fiscal al servicio "Turnos Web".
"""
    m2 = system_msg("c15m2", date=d2, frm="ARCA Turnos Web <turnos-no-reply@arca.example>",
                    subject="Confirmación de turno - Agencia N° 8", text=t2, msgid_host="arca.example")
    files = {"01-constancia-turno-anses.eml": m1, "02-confirmacion-turno-arca.eml": m2}
    case(cid, files, [], "medium", "negative/government-appointment",
         "Government appointments (ANSES identity check with a .ics, ARCA/ex-AFIP Monotributo appointment) that "
         "speak of an 'entrevista' with an agent, mention employment data and software work for foreign clients, "
         "and carry exact dates/times. Not job interviews.")


def c16():
    cid = "b137-16-arriendo-entrevista-propietaria"
    caro = ("Carolina Bustos", "cbustos@maitenes-propiedades.example")
    vero = ("Verónica Lagos", "veronica.lagos.p@correo.example")
    d1 = D(2026, 3, 27, 13, 5, SCL, "viernes", 48)
    s = D(2026, 4, 7, 19, 0, SCL, "martes")
    t1 = f"""Hola Joaquín:

Gracias por tu interés en el departamento de Av. Italia 1120, depto 504 (Providencia), en arriendo por $620.000 + gastos comunes.

La propietaria, la Sra. Verónica Lagos, prefiere conocer a los postulantes antes de decidir, así que te propongo una breve entrevista por videollamada el martes 7/4 a las 19:00 hrs (hora de Chile), de unos 30 minutos.

Para avanzar con la evaluación, por favor envíame antes de la entrevista:
- Copia de tu cédula o pasaporte
- Contrato de trabajo o carta de oferta de tu empleador
- Últimas 3 liquidaciones de sueldo (o boletas de honorarios si trabajas de forma independiente)
- Informe comercial (Dicom/Equifax)

Te mando la invitación de Meet en un correo aparte. Si te acomoda otro horario, me avisas.

Saludos,
Carolina Bustos
Corredora de Propiedades | Propiedades Los Maitenes
+56 9 5555 4410
"""
    m1, _ = gmail_msg("c16m1", date=d1, frm=addr(*caro), to=JA,
                      subject="Postulación arriendo Av. Italia 1120 depto 504 - entrevista con la propietaria", text=t1)
    m2, _ = google_invite("c16inv", lang="es", date=D(2026, 3, 27, 13, 11, SCL, ss=3), organizer=caro,
                          attendees=[(caro[0], caro[1], "ACCEPTED"), (vero[0], vero[1], "ACCEPTED"),
                                     (OWNER, OWNER, "NEEDS-ACTION")],
                          title="Entrevista postulante arriendo - Depto 504 Av. Italia 1120", start=s,
                          end=s + timedelta(minutes=30), tz=SCL,
                          uid=f"{tok('c16uid', 26, LOWER + '0123456789')}@google.com",
                          description="Entrevista con la propietaria (Sra. Verónica Lagos) y la corredora.\n"
                                      "Postulante: Joaquín Medina. Traer antecedentes laborales.", region="CL")
    files = {"01-postulacion-arriendo-entrevista.eml": m1, "02-invitacion-entrevista-arriendo.eml": m2}
    case(cid, files, [], "hard", "negative/rental-interview",
         "A Santiago real-estate broker sets up an 'entrevista' between the landlord and the 'postulante' for a "
         "rental apartment, with a Google Meet invite and requests for an employment contract and pay slips. The "
         "owner is a tenant applicant, not a job candidate -> not a job interview.")


def c17():
    cid = "b137-17-defensa-tesis-licenciatura"
    hern = ("Hernán Vidal", "hvidal@dc.exactas.example")
    laura = ("Laura Schenone", "lschenone@dc.exactas.example")
    pablo = ("Pablo Ferrand", "pferrand@dc.exactas.example")
    d1 = D(2026, 3, 16, 11, 20, BA, "lunes", 5)
    s = D(2026, 3, 27, 14, 0, BA, "viernes")
    wd_check(2026, 3, 24, "martes")
    t1 = """Estimado Joaquín:

Le informamos que la defensa de su Tesis de Licenciatura en Ciencias de la Computación, titulada «Sincronización offline-first en aplicaciones web con CRDTs», fue programada para el viernes 27/3 a las 14 hs en el Aula 1101 (Pabellón 0+Infinito), Ciudad Universitaria.

Jurado: Dra. Laura Schenone y Dr. Pablo Ferrand
Director: Dr. Hernán Vidal

La exposición dura 30 minutos y luego el jurado realiza preguntas. Recuerde enviar la versión final del documento en PDF a esta dirección antes del martes 24/3.

Saludos cordiales,
Secretaría Académica
Departamento de Computación - Facultad de Ciencias Exactas
"""
    m1, _ = gmail_msg("c17m1", date=d1, frm="Secretaria Academica DC <secretaria@dc.exactas.example>", to=JA,
                      cc=addr(*hern), subject="Defensa de Tesis de Licenciatura - Joaquín Medina", text=t1)
    stamp = D(2026, 3, 16, 12, 2, BA)
    cal = google_ics(method="REQUEST", uid=f"{tok('c17uid', 26, LOWER + '0123456789')}@google.com", seq=0,
                     stamp=stamp, created=stamp, start=s, end=s + timedelta(hours=2), organizer=hern,
                     attendees=[(hern[0], hern[1], "ACCEPTED"), (laura[0], laura[1], "ACCEPTED"),
                                (pablo[0], pablo[1], "TENTATIVE"), (OWNER, OWNER, "NEEDS-ACTION")],
                     summary="Defensa de tesis de licenciatura - Joaquín Medina",
                     description="Aula 1101, Pabellón 0+Infinito.\nJoaco: tranqui, es más una charla que un examen; "
                                 "el jurado ya leyó todo. Después hay brindis en el DC.\nHernán",
                     location="Aula 1101, Pabellón 0+Infinito, Ciudad Universitaria, CABA")
    files = {"01-defensa-de-tesis.eml": m1, "02-defensa-tesis.ics": cal}
    case(cid, files, [], "medium", "negative/thesis-defense",
         "University thesis defence with a jury ('jurado', questions, the owner is the one evaluated) announced by "
         "mail and by the director's invite. Academic, not a hiring process.")


def c18():
    cid = "b137-18-meetup-charla-tecnica-speaker"
    fel = ("Felipe Castro", "felipe@nodesur.example")
    d1 = D(2026, 5, 11, 10, 5, SCL, "lunes", 26)
    s = D(2026, 5, 21, 19, 0, SCL, "jueves")
    wd_check(2026, 5, 19, "martes")
    wd_check(2026, 5, 20, "miércoles")
    t1 = """¡Hola Joaquín!

Quedó confirmada tu charla técnica «De REST a tRPC sin morir en el intento» para el Meetup #37 de NodeSur Santiago: jueves 21 de mayo a las 19:00 hrs, en el Cowork Orrego Luco (Orrego Luco 54, Providencia). Tienes 25 minutos + 5 de preguntas; las slides me las mandas el miércoles 20.

Otra cosa: para el blog de la comunidad estamos haciendo mini entrevistas a los speakers. ¿Te tinca el martes 19 a las 18:30 por Meet? Son 15 minutos, preguntas sobre tu trayectoria y de qué va la charla; después lo publicamos junto con el anuncio.

Y los sponsors de esta edición están contratando devs full stack, así que si andas buscando pega, trae tu CV ;)

¡Nos vemos!
Felipe Castro
Organizador · NodeSur Santiago
"""
    m1, _ = gmail_msg("c18m1", date=d1, frm=addr(*fel), to=JA, subject="Meetup #37: tu charla + mini entrevista para el blog",
                      text=t1)
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Meetup//Meetup Events v1.0//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "X-WR-CALNAME:NodeSur Santiago"] + VTZ_SCL + [
        "BEGIN:VEVENT", f"DTSTAMP:{zstamp(d1)}", f"DTSTART;TZID=America/Santiago:{local_stamp(s)}",
        f"DTEND;TZID=America/Santiago:{local_stamp(s + timedelta(hours=2, minutes=15))}",
        "STATUS:CONFIRMED", f"SUMMARY:{esc('NodeSur Santiago #37: tRPC, Bun y testing en serio')}",
        f"DESCRIPTION:{esc('NodeSur Santiago #37. Charlas técnicas:' + chr(10) + '- De REST a tRPC sin morir en el intento (Joaquín Medina)' + chr(10) + '- Bun en producción: lo bueno y lo feo (Paula Sandoval)' + chr(10) + 'Pizza y networking. Nuestros sponsors están contratando.' + chr(10) + chr(10) + 'https://www.meetup.com/nodesur-santiago/events/307441862/')}",
        "CLASS:PUBLIC", "CREATED:20260504T150000Z",
        f"LOCATION:{esc('Cowork Orrego Luco (Orrego Luco 54, Providencia, Santiago)')}",
        "URL:https://www.meetup.com/nodesur-santiago/events/307441862/",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
        "UID:event_307441862@meetup.com", "END:VEVENT", "END:VCALENDAR"])
    files = {"01-meetup-charla-confirmada.eml": m1, "02-meetup-37.ics": cal}
    case(cid, files, [], "hard", "negative/meetup-talk",
         "The owner gives a 'charla técnica' at a community meetup (.ics from Meetup) and is offered a 15-minute "
         "'mini entrevista' for the community blog (press-style). Hiring vocabulary ('contratando', 'trae tu CV') "
         "but no hiring process step -> not a job interview.")


def c19():
    cid = "b137-19-freelance-interviewer-owner-interviews"
    lu = ("Lucila Benítez", "lucila.benitez@talentosur-it.example")
    brenda = ("Brenda Aguirre", "brenda.aguirre.dev@correo.example")
    s = D(2026, 2, 24, 16, 0, BA, "martes")
    m1, _ = google_invite("c19inv", lang="es", date=D(2026, 2, 18, 15, 40, BA, "miércoles", 21), organizer=lu,
                          attendees=[(lu[0], lu[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION"),
                                     (brenda[0], brenda[1], "ACCEPTED")],
                          title="Entrevista técnica - Brenda Aguirre (Full Stack SSr) | Entrevistador: Joaquín Medina",
                          start=s, end=s + timedelta(hours=1), tz=BA,
                          uid=f"{tok('c19uid', 26, LOWER + '0123456789')}@google.com",
                          description="Joaco: vos llevás la parte técnica (React + Node), yo hago la intro y el cierre. "
                                      "CV y scorecard en la carpeta de la búsqueda. Porfa completá la scorecard antes del "
                                      "jueves así le mandamos el informe al cliente.\n\nLu", region="AR")
    d2 = D(2026, 2, 23, 12, 10, BA, "lunes", 2)
    t2 = """¡Hola Joaco!

Te recuerdo que mañana a las 16 hs tenés la entrevista técnica con Brenda Aguirre para la búsqueda de Full Stack SSr del cliente (fintech). Vos la entrevistás en la parte técnica; te dejé el CV y la scorecard en el drive.

Después completá la scorecard, porfa, y pasame tus horas del mes para la factura.

¡Gracias!
Lu

--
Lucila Benítez
Talent Partner | Talento Sur IT
"""
    m2, _ = gmail_msg("c19m2", date=d2, frm=addr(*lu), to=JA, subject="Mañana: entrevista con Brenda Aguirre", text=t2)
    files = {"01-invitacion-entrevista-brenda.eml": m1, "02-recordatorio-entrevista.eml": m2}
    case(cid, files, [], "hard", "negative/user-is-interviewer",
         "The owner works as a freelance technical interviewer for a recruiting agency: a Google invite titled "
         "'Entrevista técnica' where he is a guest and a reminder 'vos la entrevistás'. The candidate is someone "
         "else -> not an interview for the owner.")


def c20():
    cid = "b137-20-workable-pick-a-slot-unbooked"
    relay = "q8m3z1v6bn@candidates.workablemail.com"
    d1 = D(2026, 4, 20, 10, 2, NY, "monday", 30)
    wd_check(2026, 4, 23, "thursday")
    wd_check(2026, 4, 24, "friday")
    link = f"https://apply.workable.com/ridgeway-labs/schedule/{tok('c20l', 24, ALNUM)}"
    t1 = f"""Hi Joaquín,

Thanks for applying for the Full-Stack Engineer (LatAm) position at Ridgeway Labs. We'd like to invite you to a 30-minute video interview with our engineering team.

Please pick a time that works for you using the link below. Available slots are on Thursday 4/23 and Friday 4/24, between 10:00 AM and 3:00 PM ET (11:00 AM to 4:00 PM in Buenos Aires, 10:00 AM to 3:00 PM in Santiago).

Select a time slot: {link}

Once you book, you'll receive a calendar invitation with the video link.

Best,
Tyler Brooks
Ridgeway Labs
"""
    m1, _ = workable_msg("c20m1", date=d1, sender_name="Tyler Brooks", relay=relay,
                         subject="Full-Stack Engineer (LatAm) - Ridgeway Labs", text=t1, company="ridgeway-labs")
    d2 = D(2026, 4, 23, 9, 0, NY, "thursday", 4)
    t2 = f"""Hi Joaquín,

Just a reminder that you haven't picked a time for your interview with Ridgeway Labs yet. There are still slots available tomorrow (Friday 4/24) between 10:00 AM and 3:00 PM ET.

Select a time slot: {link}

If none of these times work for you, reply to this email and we'll find another option.

Best,
Tyler Brooks
Ridgeway Labs
"""
    m2, _ = workable_msg("c20m2", date=d2, sender_name="Tyler Brooks", relay=relay,
                         subject="Reminder: select a time for your interview - Ridgeway Labs", text=t2,
                         company="ridgeway-labs")
    files = {"01-workable-select-time-slot.eml": m1, "02-workable-reminder-select-slot.eml": m2}
    case(cid, files, [], "medium", "negative/availability-request",
         "Workable self-scheduling request plus a reminder that no slot has been booked. Time windows in ET with "
         "conversions, but nothing is scheduled in the case -> not an interview (unbooked scheduling link).")


def c21():
    cid = "b137-21-bumeran-video-entrevista-diferida"
    d1 = D(2026, 5, 5, 13, 12, BA, "martes", 50)
    wd_check(2026, 5, 10, "domingo")
    link = f"https://www.bumeran.com.ar/postulantes/video-entrevista/{tok('c21l', 20, ALNUM)}"
    t1 = f"""¡Hola Joaquín!

Grupo Tala quiere conocerte mejor. Te invitamos a responder una video entrevista para el aviso «Desarrollador Full Stack SSr - Modalidad híbrida».

¿Cómo funciona?
- Vas a ver 4 preguntas, de a una por vez.
- Tenés 1 minuto para pensar y hasta 2 minutos para grabar cada respuesta.
- No hay nadie del otro lado: la empresa mira tus respuestas después.

Podés hacerla cuando quieras hasta el domingo 10/5 a las 23:59 hs.

Comenzar video entrevista: {link}

¡Éxitos!
El equipo de Bumeran
"""
    m1 = system_msg("c21m1", date=d1, frm="Bumeran <noreply@bumeran.com.ar>",
                    subject="Grupo Tala te invitó a una video entrevista", text=t1, msgid_host="bumeran.com.ar",
                    cte="base64", list_unsub="<https://www.bumeran.com.ar/postulantes/notificaciones>")
    d2 = D(2026, 5, 8, 10, 0, BA, "viernes", 7)
    t2 = f"""¡Hola Joaquín!

Te quedan 2 días para completar tu video entrevista para «Desarrollador Full Stack SSr - Modalidad híbrida» en Grupo Tala. Vence el domingo 10/5 a las 23:59 hs.

Comenzar video entrevista: {link}

El equipo de Bumeran
"""
    m2 = system_msg("c21m2", date=d2, frm="Bumeran <noreply@bumeran.com.ar>",
                    subject="Te quedan 2 días para tu video entrevista", text=t2, msgid_host="bumeran.com.ar",
                    cte="base64", list_unsub="<https://www.bumeran.com.ar/postulantes/notificaciones>")
    files = {"01-bumeran-video-entrevista.eml": m1, "02-bumeran-recordatorio.eml": m2}
    case(cid, files, [], "medium", "negative/one-way-video",
         "Bumeran one-way (asynchronous) video interview with a deadline ('hasta el domingo 10/5 a las 23:59 hs'); "
         "nobody is on the other side. Per the rules, one-way video assessments are not interviews.")


def c22():
    cid = "b137-22-workable-rechazo-post-entrevista"
    relay = "t4n8c2w6pz@candidates.workablemail.com"
    d1 = D(2026, 4, 21, 15, 30, SCL, "martes", 12)
    wd_check(2026, 4, 14, "martes")
    t1 = """Hola Joaquín:

Muchas gracias por tu tiempo en la entrevista técnica del martes 14/4 a las 15:00 hrs con Felipe y Antonia, y por tu interés en el cargo de Desarrollador Full Stack en Maqui Software.

Después de revisar con calma todas las entrevistas, decidimos avanzar con otros candidatos cuyo perfil se ajusta más a lo que el equipo necesita en este momento. No fue una decisión fácil: el equipo destacó tu manejo de React y la claridad con la que explicaste tus decisiones.

Guardaremos tus datos para futuras búsquedas y te deseamos mucho éxito.

Saludos cordiales,
Camila Díaz
Gerencia de Personas | Maqui Software
"""
    m1, _ = workable_msg("c22m1", date=d1, sender_name="Camila Díaz", relay=relay,
                         subject="Desarrollador Full Stack - Maqui Software", text=t1, company="maqui-software")
    files = {"01-workable-resultado-proceso.eml": m1}
    case(cid, files, [], "medium", "negative/rejection",
         "Workable rejection that cites the past 'entrevista técnica del martes 14/4 a las 15:00 hrs'. A rejection is "
         "not an interview and the case holds no invitation for that interview.")


def c23():
    cid = "b137-23-simulacro-entrevista-bootcamp"
    rom = ("Romina Salas", "romina.salas@impulso-dev.example")
    d1 = D(2026, 4, 7, 10, 0, BA, "martes", 33)
    s = D(2026, 4, 15, 18, 0, BA, "miércoles")
    t1 = """¡Hola Joaquín!

Tu simulacro de entrevista técnica quedó agendado.

Cuándo: miércoles 15/4 a las 18 hs (hora Argentina)
Con quién: Romina Salas, mentora del programa (Senior Engineer)
Dónde: Google Meet (te llega la invitación aparte)

Recordá que es una práctica: no hay ninguna empresa ni búsqueda detrás. Romina te va a hacer preguntas como en una entrevista técnica real (JavaScript, React, algo de diseño de sistemas) y al final te da feedback por escrito.

¡A romperla!
Equipo de Empleabilidad · Impulso Dev
"""
    m1 = system_msg("c23m1", date=d1, frm="Impulso Dev - Empleabilidad <empleabilidad@impulso-dev.example>",
                    subject="Tu simulacro de entrevista técnica quedó agendado", text=t1, msgid_host="impulso-dev.example")
    m2, _ = google_invite("c23inv", lang="es", date=D(2026, 4, 7, 10, 26, BA, ss=40), organizer=rom,
                          attendees=[(rom[0], rom[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                          title="Simulacro de entrevista técnica (mock interview) - Joaquín Medina", start=s,
                          end=s + timedelta(hours=1), tz=BA, uid=f"{tok('c23uid', 26, LOWER + '0123456789')}@google.com",
                          description="Mock interview del programa de empleabilidad: JS, React y diseño de sistemas. "
                                      "Feedback por escrito al final.\n\nRomina", region="AR")
    files = {"01-simulacro-agendado.eml": m1, "02-invitacion-simulacro.eml": m2}
    case(cid, files, [], "medium", "negative/mock-interview",
         "Bootcamp employability programme books a 'simulacro de entrevista técnica' (mock interview) with a mentor, "
         "announced by mail + Google invite; explicitly no company or opening behind it -> not an interview.")


# ============================================================================================
def main():
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14,
               c15, c16, c17, c18, c19, c20, c21, c22, c23]:
        fn()
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b137-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for cid, files in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, content in files.items():
            with open(os.path.join(d, fname), "w", encoding="utf-8", newline="") as f:
                f.write(content)
    header = ("# Labels for blind137 (Buenos Aires / Santiago full-stack developer). Schema: see\n"
              "# /work/shared/eval/README.md. Regenerate with: python make_cases.py\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="") as f:
        f.write(header)
        f.write(yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False))
    pos = sum(1 for v in LABELS.values() if v["interview"])
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    print(f"{len(LABELS)} cases ({pos} positive, {len(LABELS) - pos} negative), {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
