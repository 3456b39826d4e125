#!/usr/bin/env python3
"""Regenerate the blind255 evaluation set (Bogota data engineer, written blind).

Standard library + PyYAML + zoneinfo only.  Every run writes the same bytes:
all dates, Message-IDs, UIDs and MIME boundaries are fixed or derived from
fixed seeds with sha256.  Run:  python make_cases.py
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
PREFIX = 'b255-'

UTC = timezone.utc
BOG = ZoneInfo('America/Bogota')
MEX = ZoneInfo('America/Mexico_City')
NYC = ZoneInfo('America/New_York')
LAX = ZoneInfo('America/Los_Angeles')

OWNER = 'mariana.quintero@example.com'
OWNER_NAME = 'Mariana Quintero Salcedo'

DIAS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']
DIAS_AB = ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom']
MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
         'septiembre', 'octubre', 'noviembre', 'diciembre']
MESES_AB = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']


# ----------------------------------------------------------------------------- time helpers
def at(tz, y, mo, d, h, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def day(d, name):
    """Assert that the weekday named in the text is right; return the name."""
    n = name.lower()
    assert n in (DIAS[d.weekday()], DIAS_AB[d.weekday()], DAYS_EN[d.weekday()].lower(),
                 DAYS_EN[d.weekday()][:3].lower()), (d, name)
    return name


def off(d):
    """Offset of an aware datetime in hours, e.g. -5."""
    return d.utcoffset().total_seconds() / 3600


def hora(d):
    """Colombian 12-hour style: 3:00 p. m."""
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'a. m.' if d.hour < 12 else 'p. m.'}"


def hora_corta(d):
    """'3 p. m.' or '3:30 p. m.'"""
    h = d.hour % 12 or 12
    suf = 'a. m.' if d.hour < 12 else 'p. m.'
    return f"{h} {suf}" if d.minute == 0 else f"{h}:{d.minute:02d} {suf}"


def fecha(d, year=True):
    s = f"{DIAS[d.weekday()]} {d.day} de {MESES[d.month - 1]}"
    return s + (f" de {d.year}" if year else '')


def en_time(d, style='upper'):
    h = d.hour % 12 or 12
    if style == 'upper':
        return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    ap = 'am' if d.hour < 12 else 'pm'
    return f"{h}{ap}" if d.minute == 0 else f"{h}:{d.minute:02d}{ap}"


def en_date(d):
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def rfc(d):
    return format_datetime(d)


def ics_local(d):
    return d.strftime('%Y%m%dT%H%M%S')


def ics_utc(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def iso(d):
    return d.isoformat()


def hx(seed, n=32):
    return hashlib.sha256(seed.encode('utf-8')).hexdigest()[:n]


def digits(seed, n):
    return ''.join(str(int(c, 16) % 10) for c in hx(seed, n))


# ----------------------------------------------------------------------------- header helpers
def enc(s):
    """RFC 2047-encode a header value if it is not plain ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def addr(name, email):
    if not name:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()'):
            return f'"{name}" <{email}>'
        return f'{name} <{email}>'
    except UnicodeEncodeError:
        return f'{Header(name, "utf-8").encode()} <{email}>'


def received_gmail(src_host, ip, d, idseed):
    return ('Received', f'from {src_host} ({src_host}. [{ip}])\n'
            f'        by mx.google.com with SMTPS id {hx(idseed, 12)}\n'
            f'        for <{OWNER}>\n'
            f'        (Google Transport Security);\n'
            f'        {rfc(d)}')


# ----------------------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def leaf(ctype, text, cte='quoted-printable', headers=()):
    if cte == 'quoted-printable':
        body = qp(text)
    elif cte == 'base64':
        body = b64(text)
    else:
        body = text
    if not body.endswith('\n'):
        body += '\n'
    return ([('Content-Type', ctype), ('Content-Transfer-Encoding', cte)] + list(headers), body)


def multi(subtype, boundary, children, headers=()):
    body = ''
    for c in children:
        body += f'--{boundary}\n' + render(c) + '\n'
    body += f'--{boundary}--\n'
    return ([('Content-Type', f'multipart/{subtype}; boundary="{boundary}"')] + list(headers), body)


def render(node):
    h, body = node
    return ''.join(f'{k}: {v}\n' for k, v in h) + '\n' + body


def message(headers, node):
    return ''.join(f'{k}: {v}\n' for k, v in headers) + 'MIME-Version: 1.0\n' + render(node)


def to_html(text, font='Arial,Helvetica,sans-serif'):
    """Plain text -> simple HTML; lines starting with '>' become a blockquote."""
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                       'border-left:1px #ccc solid;padding-left:1ex">'
                       + '<br>\n'.join(html.escape(q) for q in quote) + '</blockquote>')
            quote.clear()
    for line in text.split('\n'):
        if line.startswith('>'):
            quote.append(line[1:].lstrip(' '))
        else:
            flush()
            out.append(html.escape(line) + '<br>')
    flush()
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div dir="ltr" style="font-family:{font}">\n' + '\n'.join(out)
            + '\n</div></body></html>\n')


def quote(text):
    return '\n'.join(('>' + (' ' + l if l and not l.startswith('>') else l)) for l in text.split('\n'))


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode('utf-8')
    parts, first = [], True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        first = False
    parts.append(b)
    return '\r\n '.join(p.decode('utf-8') for p in parts)


def ics_text(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def esc(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


VTZ = {
    'America/Bogota': ['BEGIN:VTIMEZONE', 'TZID:America/Bogota', 'X-LIC-LOCATION:America/Bogota',
                       'BEGIN:STANDARD', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0500', 'TZNAME:-05',
                       'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE'],
    'America/Mexico_City': ['BEGIN:VTIMEZONE', 'TZID:America/Mexico_City',
                            'X-LIC-LOCATION:America/Mexico_City', 'BEGIN:STANDARD',
                            'TZOFFSETFROM:-0600', 'TZOFFSETTO:-0600', 'TZNAME:CST',
                            'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE'],
    'America/New_York': ['BEGIN:VTIMEZONE', 'TZID:America/New_York', 'X-LIC-LOCATION:America/New_York',
                         'BEGIN:DAYLIGHT', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'TZNAME:EDT',
                         'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
                         'END:DAYLIGHT', 'BEGIN:STANDARD', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500',
                         'TZNAME:EST', 'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
                         'END:STANDARD', 'END:VTIMEZONE'],
    'SA Pacific Standard Time': ['BEGIN:VTIMEZONE', 'TZID:SA Pacific Standard Time', 'BEGIN:STANDARD',
                                 'DTSTART:16010101T000000', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0500',
                                 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000',
                                 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0500', 'END:DAYLIGHT',
                                 'END:VTIMEZONE'],
    'Central Standard Time (Mexico)': ['BEGIN:VTIMEZONE', 'TZID:Central Standard Time (Mexico)',
                                       'BEGIN:STANDARD', 'DTSTART:16010101T000000',
                                       'TZOFFSETFROM:-0600', 'TZOFFSETTO:-0600', 'END:STANDARD',
                                       'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000',
                                       'TZOFFSETFROM:-0600', 'TZOFFSETTO:-0600', 'END:DAYLIGHT',
                                       'END:VTIMEZONE'],
}
WIN_LABEL = {
    'SA Pacific Standard Time': '(UTC-05:00) Bogotá, Lima, Quito, Rio Branco',
    'Central Standard Time (Mexico)': '(UTC-06:00) Guadalajara, Ciudad de México, Monterrey',
}


def attendee(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', google=False, rsvp=True):
    cn = f'"{name}"' if any(c in name for c in ',;:') else name
    if google:
        return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};'
                f'RSVP={"TRUE" if rsvp else "FALSE"};CN={cn};X-NUM-GUESTS=0:mailto:{email}')
    return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={"TRUE" if rsvp else "FALSE"};CN={cn}:mailto:{email}'


# ----------------------------------------------------------------------------- Google invite
def google_invite(*, date, seed, organizer, guests, summary, start, end, tzid, description='',
                  seq=0, method='REQUEST', lang='es', meet=True, location='', created=None,
                  note=None, kind='new', uid_seed=None):
    """guests: list of (name, email, partstat). Organizer is added first.
    The e-mail body shows the time in the owner's calendar zone (Bogota)."""
    oname, oemail = organizer
    useed = uid_seed or seed
    uid = hx(useed + 'uid', 26) + '@google.com'
    meet_code = None
    if meet:
        c = hx(useed + 'meet', 10)
        letters = ''.join(chr(97 + int(ch, 16) % 26) for ch in c)
        meet_code = f'{letters[:3]}-{letters[3:7]}-{letters[7:10]}'
    sb, eb = start.astimezone(BOG), end.astimezone(BOG)
    eid = base64.urlsafe_b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    created = created or (date - timedelta(minutes=7))
    cancel = method == 'CANCEL'
    if lang == 'es':
        when_s = (f'{DIAS_AB[sb.weekday()]} {sb.day} {MESES_AB[sb.month - 1]} {sb.year} '
                  f'{sb:%H:%M} - {eb:%H:%M} (COT)')
        prefix = {'new': 'Invitación', 'update': 'Invitación actualizada',
                  'cancel': 'Evento cancelado con nota' if note else 'Evento cancelado'}[kind]
        subject = f'{prefix}: {summary} @ {when_s} ({OWNER})'
        lines = []
        if cancel:
            lines += ['Se ha cancelado este evento y se ha quitado de tu calendario.', '']
            if note:
                lines += [note, '']
        elif kind == 'update':
            lines += ['Se ha cambiado este evento.', '']
        lines += [summary, f'{DIAS[sb.weekday()]}, {sb.day} de {MESES[sb.month - 1]} de {sb.year} ⋅ '
                  f'{sb:%H:%M} – {eb:%H:%M}', 'Hora estándar de Colombia', '']
        if meet_code and not cancel:
            lines += ['Unirse con Google Meet', f'https://meet.google.com/{meet_code}', '',
                      'Unirse por teléfono', f'(CO) +57 601 {digits(useed + "tel", 3)} {digits(useed + "tel2", 4)}',
                      f'PIN: {digits(useed + "pin", 9)}', '']
        if location:
            lines += ['Ubicación', location, '']
        lines += ['Organizador', oname, oemail, '', 'Invitados', f'{oname} - organizador', oemail]
        for n, e, _ in guests:
            lines += [n, e] if n else [e]
        if not cancel:
            lines += [f'Ver toda la información de los invitados {view}', '']
            if description:
                lines += [description, '']
            lines += [f'Responder para {OWNER} y ver más detalles {view}', '', '~~//~~',
                      'Invitación de Google Calendar: https://calendar.google.com/calendar/', '',
                      'Recibes este correo electrónico porque eres un invitado del evento.', '',
                      'Si reenvías esta invitación, cualquier destinatario podría enviar una respuesta '
                      'al organizador, ser añadido a la lista de invitados, invitar a otras personas '
                      'independientemente del estado de su invitación o modificar tu confirmación de '
                      'asistencia. Más información https://support.google.com/calendar/answer/37135#forwarding']
        else:
            lines += ['', '~~//~~', 'Invitación de Google Calendar: https://calendar.google.com/calendar/', '',
                      'Has recibido este correo electrónico porque eres un invitado del evento.']
    else:
        when_s = (f'{DAYS_EN[sb.weekday()][:3]} {MONTHS_EN[sb.month - 1][:3]} {sb.day}, {sb.year} '
                  f'{en_time(sb, "lower")} - {en_time(eb, "lower")} (COT)')
        prefix = {'new': 'Invitation', 'update': 'Updated invitation',
                  'cancel': 'Canceled event with note' if note else 'Canceled event'}[kind]
        subject = f'{prefix}: {summary} @ {when_s} ({OWNER})'
        lines = []
        if cancel:
            lines += ['This event has been canceled and removed from your calendar.', '']
            if note:
                lines += [note, '']
        lines += [summary, f'{DAYS_EN[sb.weekday()]} {MONTHS_EN[sb.month - 1][:3]} {sb.day}, {sb.year} ⋅ '
                  f'{en_time(sb, "lower")} – {en_time(eb, "lower")}', 'Colombia Standard Time', '']
        if meet_code and not cancel:
            lines += ['Join with Google Meet', f'https://meet.google.com/{meet_code}', '',
                      'Join by phone', f'(US) +1 {("646", "347", "929", "718")[int(hx(useed + "ac", 2), 16) % 4]}-{digits(useed + "tel1", 3)}-'
                      f'{digits(useed + "tel2", 4)}', f'PIN: {digits(useed + "pin", 9)}', '']
        if location:
            lines += ['Location', location, '']
        lines += ['Organizer', oname, oemail, '', 'Guests', f'{oname} - organizer', oemail]
        for n, e, _ in guests:
            lines += [n, e] if n else [e]
        lines += [f'View all guest info {view}', '']
        if description and not cancel:
            lines += [description, '']
        lines += [f'Reply for {OWNER} and view more details {view}', '', '~~//~~',
                  'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
                  'You are receiving this email because you are an attendee on the event.']
    text = '\n'.join(lines) + '\n'
    ev = ['BEGIN:VEVENT', f'DTSTART;TZID={tzid}:{ics_local(start)}', f'DTEND;TZID={tzid}:{ics_local(end)}',
          f'DTSTAMP:{ics_utc(date)}', f'ORGANIZER;CN={oname}:mailto:{oemail}', f'UID:{uid}',
          attendee(oname, oemail, 'ACCEPTED', google=True)]
    for n, e, ps in guests:
        ev.append(attendee(n or e, e, ps, google=True))
    ev += [f'X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(useed + "appt", 8), 16) % 2000000000}',
           f'CREATED:{ics_utc(created)}']
    desc = description
    if meet_code:
        desc = (description + '\n\n' if description else '') + (
            '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
            + ('Únete a Google Meet: ' if lang == 'es' else 'Join with Google Meet: ')
            + f'https://meet.google.com/{meet_code}\n'
            + '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    if desc:
        ev.append('DESCRIPTION:' + esc(desc))
    ev += [f'LAST-MODIFIED:{ics_utc(date)}', 'LOCATION:' + esc(location), f'SEQUENCE:{seq}',
           'STATUS:' + ('CANCELLED' if cancel else 'CONFIRMED'), 'SUMMARY:' + esc(summary),
           'TRANSP:OPAQUE', 'END:VEVENT']
    cal = ics_text(['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
                    'CALSCALE:GREGORIAN', f'METHOD:{method}'] + VTZ[tzid] + ev + ['END:VCALENDAR'])
    b_outer, b_alt = hx(seed + 'b1', 24) + '06', hx(seed + 'b2', 24) + '04'
    body = multi('mixed', b_outer, [
        multi('alternative', b_alt, [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
            leaf('text/html; charset="UTF-8"', to_html(text, 'Roboto,Helvetica,Arial,sans-serif')),
            leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, 'base64'),
        ]),
        leaf('application/ics; name="invite.ics"', cal, 'base64',
             [('Content-Disposition', 'attachment; filename="invite.ics"')]),
    ])
    headers = [('Delivered-To', OWNER),
               received_gmail('mail-sor-f69.google.com', '209.85.220.69', date, seed + 'rcv'),
               ('Return-Path', f'<{hx(seed + "rp", 20)}@calendar-server.bounces.google.com>'),
               ('Reply-To', addr(oname, oemail)),
               ('Sender', 'Google Calendar <calendar-notification@google.com>'),
               ('Message-ID', f'<calendar-{hx(seed + "m1", 8)}-{hx(seed + "m2", 4)}-{hx(seed + "m3", 4)}-'
                              f'{hx(seed + "m4", 4)}-{hx(seed + "m5", 12)}@google.com>'),
               ('Date', rfc(date.astimezone(UTC)).replace('-0000', '+0000')),
               ('Subject', enc(subject)),
               ('From', addr(oname, oemail)),
               ('To', OWNER)]
    return message(headers, body)


# ----------------------------------------------------------------------------- Exchange / Teams invite
def teams_invite(*, date, seed, organizer, required, optional=(), subject, start, end, wintz, intro,
                 seq=0, method='REQUEST', prefix='', location='Reunión de Microsoft Teams',
                 teams=True, lang='es-CO', extra_alarm=True, attach=None, uid_seed=None):
    """required/optional: lists of (name, email).  start/end aware datetimes in the wintz zone.
    uid_seed keeps UID and Teams link stable across updates of the same meeting."""
    oname, oemail = organizer
    useed = uid_seed or seed
    label = WIN_LABEL[wintz]
    dl = [DIAS[start.weekday()], MESES[start.month - 1]]
    when = (f'Cuándo: {dl[0]}, {start.day} de {dl[1]} de {start.year} {hora(start)}-{hora(end)} {label}.')
    meeting_id = f'{digits(useed + "mid", 3)} {digits(useed + "mid2", 3)} {digits(useed + "mid3", 3)} ' \
                 f'{digits(useed + "mid4", 3)}'
    passcode = ''.join('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'[int(c, 16) * 3 % 56]
                       for c in hx(useed + 'pc', 6))
    thread = hx(useed + 'thr', 40)
    tid, oid = hx(useed + 'tid', 32), hx(useed + 'oid', 32)
    tid = f'{tid[:8]}-{tid[8:12]}-{tid[12:16]}-{tid[16:20]}-{tid[20:]}'
    oid = f'{oid[:8]}-{oid[8:12]}-{oid[12:16]}-{oid[16:20]}-{oid[20:]}'
    join = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context='
            f'%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d')
    teams_block = ''
    if teams:
        teams_block = ('\n' + '_' * 80 + '\nReunión de Microsoft Teams\n'
                       'Únase desde el equipo, la aplicación móvil o el dispositivo de sala\n'
                       f'Haga clic aquí para unirse a la reunión<{join}>\n'
                       f'Id. de reunión: {meeting_id}\nCódigo de acceso: {passcode}\n'
                       'Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | '
                       'Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
                       'Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.'
                       f'microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_'
                       f'{thread}@thread.v2&messageId=0&language=es-ES>\n' + '_' * 80 + '\n')
    text = f'{when}\nDónde: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{intro}\n{teams_block}'
    html_body = to_html(text, 'Aptos,Calibri,sans-serif')
    uid = '040000008200E00074C5B7101A82E00800000000' + hx(useed + 'uid', 32).upper() + '0000000000000000' \
          + hx(useed + 'uid2', 32).upper()
    ev = ['BEGIN:VEVENT', f'ORGANIZER;CN={oname}:mailto:{oemail}']
    for n, e in required:
        ev.append(attendee(n, e))
    for n, e in optional:
        ev.append(attendee(n, e, role='OPT-PARTICIPANT'))
    cancel = method == 'CANCEL'
    ev += [f'DESCRIPTION;LANGUAGE={lang}:' + esc(text), f'UID:{uid}',
           f'SUMMARY;LANGUAGE={lang}:' + esc(subject),
           f'DTSTART;TZID={wintz}:{ics_local(start)}', f'DTEND;TZID={wintz}:{ics_local(end)}',
           'CLASS:PUBLIC', 'PRIORITY:' + ('1' if cancel else '5'), f'DTSTAMP:{ics_utc(date)}',
           'TRANSP:' + ('TRANSPARENT' if cancel else 'OPAQUE'),
           'STATUS:' + ('CANCELLED' if cancel else 'CONFIRMED'), f'SEQUENCE:{seq}',
           f'LOCATION;LANGUAGE={lang}:' + esc(location),
           f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
           f'X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(seed + "own", 8), 16) % 2000000000 - 1000000000}',
           'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if cancel else 'TENTATIVE'),
           'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if cancel else 'BUSY'),
           'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:' + ('2' if cancel else '1'),
           'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
           'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
           'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE']
    if teams:
        ev.append(f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{join}')
        ev.append('X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:' + oemail + ';gruu;opaque=app:conf:focus:id:teams:2:0!19:meeting_'
                  + thread + '-thread.v2!' + oid + '!' + tid)
    ev.append('X-MICROSOFT-LOCATIONDISPLAYNAME:' + esc(location))
    if extra_alarm and not cancel:
        ev += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
               'END:VALARM']
    ev.append('END:VEVENT')
    cal = ics_text(['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010',
                    'VERSION:2.0'] + VTZ[wintz] + ev + ['END:VCALENDAR'])
    bnd = f'_000_{hx(seed + "bnd", 24).upper()}prodoutlookcom_'
    alt = multi('alternative', bnd, [
        leaf('text/plain; charset="utf-8"', text),
        leaf('text/html; charset="utf-8"', html_body),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, 'base64'),
    ])
    host = f'{hx(seed + "host", 4).upper()}PR{digits(seed + "h", 2)}MB{digits(seed + "h2", 4)}'
    full_subject = prefix + subject
    tindex = base64.b64encode(bytes.fromhex(hx(seed + 'ti', 44))).decode()
    dom = oemail.split('@')[1]
    headers = [('Delivered-To', OWNER),
               ('Received', f'from {dom.replace(".", "-")}.mail.protection.outlook.com ([40.107.{int(hx(seed+"ip",2),16)}.'
                            f'{int(hx(seed+"ip2",2),16)}])\n        by mx.example.com with ESMTPS id {hx(seed + "rid", 10)}\n'
                            f'        for <{OWNER}>; {rfc(date.astimezone(BOG))}'),
               ('From', addr(oname, oemail)),
               ('To', ', '.join(addr(n, e) for n, e in required)),
               ]
    if optional:
        headers.append(('CC', ', '.join(addr(n, e) for n, e in optional)))
    headers += [('Subject', enc(full_subject)), ('Thread-Topic', enc(subject)), ('Thread-Index', tindex),
                ('Date', rfc(date.astimezone(UTC)).replace('-0000', '+0000')),
                ('Message-ID', f'<{host}{hx(seed + "mid", 20).upper()}@{host}.namprd{digits(seed+"nd",2)}.prod.outlook.com>'),
                ('Accept-Language', f'{lang}, en-US'), ('Content-Language', lang),
                ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
                ('Content-class', 'urn:content-classes:calendarmessage'),
                ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + hx(seed + 'sid', 16)),
                ('x-ms-publictraffictype', 'Email')]
    if attach:
        return message(headers, multi('mixed', bnd.replace('_000_', '_004_'), [alt] + attach))
    return message(headers, alt)


# ----------------------------------------------------------------------------- plain e-mail
def mail(*, date, msgid, frm, to, subject, text, cc=(), reply_to=None, in_reply_to=None, references=(),
         html_part=True, cte='quoted-printable', client='gmail', seed='', attachments=(), extra=(),
         html_text=None, date_tz=None):
    """frm/to entries are (name, email).  client picks header flavour."""
    d_hdr = date.astimezone(date_tz) if date_tz else date
    headers = [('Delivered-To', OWNER)]
    src = frm[1].split('@')[1]
    if client == 'gmail':
        headers.append(received_gmail(f'mail-sor-f{digits(seed + "f", 2)}.google.com',
                                      f'209.85.220.{digits(seed + "ip", 2)}', date, seed + 'rcv'))
    else:
        headers.append(('Received', f'from mail.{src} (mail.{src} [198.51.100.{int(digits(seed + "ip", 2)) + 10}])\n'
                                    f'        by mx.example.com with ESMTPS id {hx(seed + "rid", 10)}\n'
                                    f'        for <{OWNER}>; {rfc(date.astimezone(BOG))}'))
    headers.append(('Return-Path', f'<{frm[1]}>'))
    headers += list(extra)
    headers += [('From', addr(*frm)), ('To', ', '.join(addr(*t) for t in to))]
    if cc:
        headers.append(('Cc', ', '.join(addr(*c) for c in cc)))
    if reply_to:
        headers.append(('Reply-To', addr(*reply_to)))
    headers += [('Subject', enc(subject)), ('Date', rfc(d_hdr)), ('Message-ID', msgid)]
    if in_reply_to:
        headers.append(('In-Reply-To', in_reply_to))
    if references:
        headers.append(('References', ' '.join(references)))
    b1 = (hx(seed + 'alt', 24) + '05') if client == 'gmail' else f'----=_Part_{digits(seed + "p", 6)}_{digits(seed + "q", 9)}.{digits(seed + "r", 13)}'
    if html_part:
        body = multi('alternative', b1, [leaf('text/plain; charset="UTF-8"', text, cte),
                                         leaf('text/html; charset="UTF-8"', html_text or to_html(text))])
    else:
        body = leaf('text/plain; charset="UTF-8"' + ('; format=flowed' if client == 'apple' else ''), text, cte)
    if attachments:
        body = multi('mixed', hx(seed + 'mix', 24) + '07', [body] + list(attachments))
    return message(headers, body)


def att_ics(cal, filename, method=None):
    ct = f'text/calendar; charset="UTF-8"; name="{filename}"' + (f'; method={method}' if method else '')
    return leaf(ct, cal, 'base64', [('Content-Disposition', f'attachment; filename="{filename}"')])


def att_pdf_stub(filename, seed):
    data = b'%PDF-1.4\n% ' + hashlib.sha256(seed.encode()).hexdigest().encode() + b'\n%%EOF\n'
    return ([('Content-Type', f'application/pdf; name="{filename}"'),
             ('Content-Disposition', f'attachment; filename="{filename}"'),
             ('Content-Transfer-Encoding', 'base64')], b64(data))


def interview(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers),
            'followup_recipients': list(recipients), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================================= cases
@case
def c01():
    slug = 'b255-01-computrabajo-citacion-banco'
    d = at(BOG, 2026, 8, 31, 9, 12, 44)
    day(d, 'lunes')
    s, e = at(BOG, 2026, 9, 3, 15), at(BOG, 2026, 9, 3, 15, 45)
    paola = ('Paola Andrea Gutiérrez', 'paola.gutierrez@bancocafeteroandino.example')
    cid = hx('c01id', 10)
    text = f"""Hola Mariana,

¡Buenas noticias! Banco Cafetero Andino quiere conocerte.

La empresa te ha citado a una entrevista para la oferta:
Ingeniero(a) de Datos Senior - Bogotá, D.C.

Fecha: {day(s, 'jueves')}, 3 de septiembre de 2026
Hora: {hora(s)} (hora Colombia)
Duración estimada: 45 minutos
Modalidad: Virtual - Microsoft Teams. El enlace de conexión te llegará al correo el día anterior.
Te entrevistará: Paola Andrea Gutiérrez, Analista de Selección

Mensaje de la empresa:
"Buen día Mariana, revisamos tu hoja de vida y nos gustaría conversar contigo sobre tu experiencia con Azure Data Factory y Databricks y tus expectativas salariales. Si tienes algún inconveniente con el horario, escríbeme a {paola[1]}. Quedo atenta."

Confirma tu asistencia:
https://co.computrabajo.com/candidato/entrevistas/confirmar?ie={cid}

Recuerda: Computrabajo nunca te pedirá dinero para participar en un proceso de selección. Si alguien lo hace, repórtalo.

Ver mis postulaciones: https://co.computrabajo.com/candidato/postulaciones
Descarga la app de Computrabajo y recibe tus notificaciones al instante.

Recibes este correo porque estás registrado(a) en Computrabajo Colombia con {OWNER}.
Si no quieres recibir más notificaciones: https://co.computrabajo.com/candidato/notificaciones
"""
    html_text = to_html(text, 'Helvetica,Arial,sans-serif').replace(
        '<div dir="ltr"', '<table width="100%" bgcolor="#f4f6f9"><tr><td><div')
    html_text = html_text.replace('</div></body>', '</div></td></tr></table></body>')
    m = mail(date=d, msgid=f'<{hx("c01m", 16)}.{digits("c01m", 8)}@mailer.computrabajo.com>',
             frm=('Computrabajo', 'notificaciones@computrabajo.com'), to=[(OWNER_NAME, OWNER)],
             subject='Banco Cafetero Andino te ha citado a una entrevista', text=text, client='other',
             seed='c01', html_text=html_text,
             extra=[('List-Unsubscribe', '<https://co.computrabajo.com/candidato/notificaciones>'),
                    ('X-Mailer', 'CT-Notifier 4.2')])
    files = {'01-computrabajo-citacion-entrevista.eml': m}
    lab = label([interview('Banco Cafetero Andino', 'Ingeniero(a) de Datos Senior', s, e, 'scheduled',
                           [paola[1]], [paola[1]], 'phone_screen')], 'easy', 'positive/job-board-notification',
                'Computrabajo notification (sent from the job board) with date, time (hora Colombia) and 45-min '
                'duration; the selection analyst who conducts the first interview gives her address in the '
                'company message -> she is interviewer and follow-up recipient.')
    return slug, files, lab


@case
def c02():
    slug = 'b255-02-teams-sa-pacific-tecnica'
    d = at(BOG, 2026, 9, 2, 11, 40, 12)
    s, e = at(BOG, 2026, 9, 8, 15), at(BOG, 2026, 9, 8, 16)
    day(s, 'martes')
    lina = ('Lina Marcela Ospina', 'lina.ospina@mercalia.example')
    andres = ('Andrés Felipe Vargas', 'andres.vargas@mercalia.example')
    intro = """Hola Mariana, ¿cómo estás?

Como lo hablamos por teléfono, te envío la citación para la entrevista técnica del proceso de Data Engineer Semi Senior en Mercalia. La conversación es con Andrés Felipe Vargas, líder de Ingeniería de Datos: van a revisar modelado en BigQuery, orquestación con Airflow y un ejercicio corto de SQL en vivo (ten a mano un editor). Yo solo envío la invitación, no estaré en la llamada.

Cualquier inquietud, a la orden.

Lina Marcela Ospina
Analista de Atracción de Talento | Mercalia Colombia S.A.S.
Cel. 315 482 7710"""
    m = teams_invite(date=d, seed='c02', organizer=lina, required=[(OWNER_NAME, OWNER), andres],
                     subject='Entrevista técnica - Data Engineer Semi Senior - Mariana Quintero',
                     start=s, end=e, wintz='SA Pacific Standard Time', intro=intro)
    files = {'01-entrevista-tecnica-mercalia.eml': m}
    lab = label([interview('Mercalia Colombia', 'Data Engineer Semi Senior', s, e, 'scheduled',
                           [andres[1]], [andres[1]], 'technical')], 'easy', 'positive/exchange-teams-invite',
                'Teams invite with Windows TZID "SA Pacific Standard Time" (UTC-05:00 Bogotá). The organizer is a '
                'coordinator who says she will not be on the call; the data lead is the only interviewer.')
    return slug, files, lab


@case
def c03():
    slug = 'b255-03-sisben-encuesta-visita'
    d = at(BOG, 2026, 9, 1, 16, 3, 8)
    v = at(BOG, 2026, 9, 5, 8)
    rad = f'2026-ER-{digits("c03rad", 6)}'
    text = f"""Bogotá D.C., {fecha(d)}

Señora
MARIANA QUINTERO SALCEDO
Calle 147 # 9-62, apto 804
Bogotá D.C.

Asunto: Confirmación de agendamiento - Encuesta Sisbén IV - Radicado {rad}

Respetada ciudadana:

La Secretaría Distrital de Planeación le informa que su solicitud de encuesta Sisbén IV fue aprobada y agendada así:

Fecha de la visita: {day(v, 'sábado')} 5 de septiembre de 2026
Franja horaria: 8:00 a. m. a 12:00 m.
Tipo de solicitud: Encuesta por primera vez (cambio de domicilio)

El día de la visita, un encuestador debidamente identificado con carné de la Secretaría realizará una entrevista a un informante calificado del hogar (mayor de 18 años, que conozca la información de todos los integrantes). La entrevista dura aproximadamente 40 minutos.

Tenga a la mano:
- Documentos de identidad de todas las personas que conforman el hogar.
- Un recibo de servicio público de la vivienda.

El trámite es totalmente gratuito y no requiere intermediarios. Ningún funcionario está autorizado para solicitarle dinero.

Si no puede atender la visita, por favor reprograme a través de la línea 195 o en https://www.sisben-bogota.example/citas con el número de radicado.

Cordialmente,

Subdirección de Información Sectorial - Sisbén
Secretaría Distrital de Planeación

Este es un mensaje automático, por favor no responda a este correo.
"""
    m = mail(date=d, msgid=f'<{digits("c03m", 12)}.{hx("c03m", 8)}@notificaciones.sisben-bogota.example>',
             frm=('Sisbén Bogotá', 'no-responder@sisben-bogota.example'), to=[('', OWNER)],
             subject=f'Confirmación de agendamiento - Encuesta Sisbén IV - Radicado {rad}', text=text,
             client='other', cte='base64', seed='c03')
    files = {'01-confirmacion-encuesta-sisben.eml': m}
    lab = label([], 'medium', 'negative/government-survey-visit',
                'Sisbén household survey: an "encuestador" will do an "entrevista" at home in a 4-hour window. '
                'Government welfare survey, not a job interview.')
    return slug, files, lab


@case
def c04():
    slug = 'b255-04-whatsapp-pegado-bpo'
    d = at(BOG, 2026, 9, 9, 18, 40, 51)
    day(d, 'miércoles')
    s, e = at(BOG, 2026, 9, 10, 10), at(BOG, 2026, 9, 10, 10, 30)
    assert s.date() - d.date() == timedelta(days=1)
    yes = 'yesenia.mejia@conectarbpo.example'
    text = f"""Pego lo de WhatsApp para tenerlo en el correo y no se me pierda:

[9/09/26, 4:52:13 p. m.] Yesenia Conectar BPO: Hola Mariana, buenas tardes 👋 Te saluda Yesenia Mejía, de Selección de Conectar BPO en Medellín. Vi tu postulación a la vacante de Analista de Datos Bilingüe (remoto)
[9/09/26, 4:53:40 p. m.] Yesenia Conectar BPO: Te quería agendar la primera entrevista para mañana {day(s, 'jueves')} a las 10 a. m. hora Colombia. Es por Google Meet, la hago yo y dura unos 30 minutos. Una parte es en inglés 🇺🇸
[9/09/26, 5:01:07 p. m.] Mariana Quintero: Hola Yesenia, buenas tardes. Claro que sí, mañana a las 10 me queda perfecto 🙌
[9/09/26, 5:02:55 p. m.] Yesenia Conectar BPO: Listo Mariana, mañana temprano te mando el link al correo. Mi correo es {yes} por si necesitas algo. Quedo atenta, feliz tarde!
[9/09/26, 5:03:20 p. m.] Mariana Quintero: Gracias, igualmente! 😊

Enviado desde mi iPhone
"""
    m = mail(date=d, msgid=f'<{hx("c04m", 8).upper()}-{hx("c04m2", 4).upper()}-{hx("c04m3", 4).upper()}-'
                           f'{hx("c04m4", 4).upper()}-{hx("c04m5", 12).upper()}@example.com>',
             frm=(OWNER_NAME, OWNER), to=[(OWNER_NAME, OWNER)],
             subject='Entrevista Conectar BPO (WhatsApp)', text=text, html_part=False, client='apple',
             seed='c04', extra=[('X-Mailer', 'iPhone Mail (22G86)')])
    files = {'01-nota-whatsapp-yesenia.eml': m}
    lab = label([interview('Conectar BPO', 'Analista de Datos Bilingüe', s, e, 'scheduled', [yes], [yes],
                           'phone_screen')], 'hard', 'positive/chat-paste-self-mail',
                'Owner mails herself a WhatsApp paste. "mañana jueves a las 10 a. m. hora Colombia" resolved '
                'against the message date (Wed 9 Sep 2026); the recruiter conducts it ("la hago yo", 30 min) '
                'and gives her e-mail in the chat.')
    return slug, files, lab


@case
def c05():
    slug = 'b255-05-notaria-firma-arriendo'
    d = at(BOG, 2026, 9, 7, 17, 22, 5)
    s, e = at(BOG, 2026, 9, 11, 10), at(BOG, 2026, 9, 11, 11)
    day(s, 'viernes')
    desc = ("Buenas tardes Mariana, como le comenté por teléfono, la aseguradora aprobó el estudio de la "
            "solicitud de arrendamiento (ya hicieron la entrevista telefónica de verificación con su jefe "
            "inmediato y la referencia laboral salió bien).\n\n"
            "Quedamos para el viernes a las 10 a. m. en la Notaría 45 para el reconocimiento de firmas del "
            "contrato de arrendamiento del apto 502, Torre 2. Por favor traer:\n"
            "- Cédula original\n- Certificado laboral no mayor a 30 días\n"
            "- Codeudor con su cédula original (si no puede asistir, firma antes en la inmobiliaria)\n"
            "- Consignación del primer canon y depósito\n\n"
            "La propietaria, doña Gloria Inés, también va a estar. A la orden para cualquier duda.\n\n"
            "Jhonatan Céspedes\nAsesor comercial - Inmobiliaria Los Cerros\nCel. 320 417 9936")
    m = google_invite(date=d, seed='c05', organizer=('Jhonatan Céspedes', 'jcespedes@inmobiliarialoscerros.example'),
                      guests=[(OWNER_NAME, OWNER, 'NEEDS-ACTION'),
                              ('Gloria Inés Patiño', 'gipatino@correo-personal.example', 'ACCEPTED')],
                      summary='Firma contrato de arrendamiento Apto 502 T2 - Notaría 45', start=s, end=e,
                      tzid='America/Bogota', description=desc, meet=False,
                      location='Notaría 45 del Círculo de Bogotá, Cra. 13 # 63-39, Bogotá')
    files = {'01-invitacion-firma-notaria.eml': m}
    lab = label([], 'medium', 'negative/notary-lease-signing',
                'Google invite from a real-estate agent to sign a lease at a notary; mentions an "entrevista '
                'telefónica de verificación", certificado laboral and references, but it is not a job interview.')
    return slug, files, lab


@case
def c06():
    slug = 'b255-06-paro-reagendada-virtual'
    sergio = ('Sergio Mahecha Rincón', 'sergio.mahecha@financieraaltiplano.example')
    diana = ('Diana Carolina Beltrán', 'diana.beltran@financieraaltiplano.example')
    me = (OWNER_NAME, OWNER)
    d1 = at(BOG, 2026, 9, 14, 10, 5, 31)
    d2 = at(BOG, 2026, 9, 15, 19, 32, 10)
    d3 = at(BOG, 2026, 9, 16, 6, 48, 2)
    d4 = at(BOG, 2026, 9, 16, 7, 15, 40)
    orig = at(BOG, 2026, 9, 16, 9)
    s, e = at(BOG, 2026, 9, 18, 14, 30), at(BOG, 2026, 9, 18, 15, 30)
    day(d1, 'lunes'), day(d2, 'martes'), day(orig, 'miércoles'), day(s, 'viernes')
    subj = 'Citación entrevista - Ingeniero(a) de Datos de Riesgo - Cooperativa Financiera Altiplano'
    id1 = f'<SJ0PR{digits("c06a", 2)}MB{digits("c06b", 4)}{hx("c06m1", 16).upper()}@SJ0PR{digits("c06a", 2)}MB{digits("c06b", 4)}.namprd15.prod.outlook.com>'
    id2 = f'<CAJ{hx("c06m2", 30)}=Qx{hx("c06m2b", 6)}@mail.gmail.com>'
    id3 = f'<SJ0PR{digits("c06a", 2)}MB{digits("c06b", 4)}{hx("c06m3", 16).upper()}@SJ0PR{digits("c06a", 2)}MB{digits("c06b", 4)}.namprd15.prod.outlook.com>'
    id4 = f'<CAJ{hx("c06m4", 30)}=Qy{hx("c06m4b", 6)}@mail.gmail.com>'
    sig_s = """Cordialmente,

Sergio Mahecha Rincón
Analista de Selección | Gestión Humana
Cooperativa Financiera Altiplano
PBX (601) 742 0000 ext. 3114

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y de uso exclusivo del destinatario."""
    t1 = f"""Buenos días Mariana,

Reciba un cordial saludo. De acuerdo con lo conversado, le confirmo su entrevista presencial con Diana Carolina Beltrán, Gerente de Analítica y Riesgo (en copia), para el cargo de Ingeniero(a) de Datos de Riesgo:

Fecha: {fecha(orig)}
Hora: {hora(orig)}
Duración aproximada: 1 hora
Lugar: Av. Calle 26 # 68C-41, Torre 3, piso 7. Por favor anunciarse en la recepción del lobby con la cédula.

Quedo atento a su confirmación.

{sig_s}"""
    m1 = mail(date=d1, msgid=id1, frm=sergio, to=[me], cc=[diana], subject=subj, text=t1, client='outlook',
              seed='c06a', date_tz=UTC, extra=[('Thread-Topic', enc(subj)), ('Accept-Language', 'es-CO, en-US')])
    t2 = f"""Buenas noches Sergio y Diana,

Muchas gracias por la citación. Les escribo porque acaban de anunciar en noticias un paro de transportadores para mañana, con bloqueos en la Calle 26 a la altura de la Av. Boyacá y en la Autopista Sur desde las 5 a. m. Yo vengo desde el norte y no tengo cómo llegar a la sede sin pasar por ahí.

¿Habría posibilidad de hacer la entrevista virtual, o de moverla para otro día? Tengo disponibilidad el jueves en la tarde y el viernes todo el día.

Mil disculpas por el inconveniente. Quedo atenta.

Mariana Quintero Salcedo
Data Engineer | +57 310 555 0142

El lun, 14 sept 2026 a las 10:05 a. m., Sergio Mahecha Rincón (<{sergio[1]}>) escribió:
{quote(t1)}
"""
    m2 = mail(date=d2, msgid=id2, frm=me, to=[sergio], cc=[diana], subject='Re: ' + subj, text=t2,
              in_reply_to=id1, references=[id1], seed='c06b')
    t3 = f"""Buenos días Mariana,

Gracias por avisar con tiempo; efectivamente el bloqueo sigue en la 26. Hablé con Diana y pasamos la entrevista para el {fecha(s, year=False)} a las {hora(s)}, ya de manera virtual por Microsoft Teams, con la misma duración (1 hora). Diana le envía el enlace desde su calendario.

Por favor me confirma si le queda bien.

{sig_s}

________________________________
De: Mariana Quintero Salcedo <{OWNER}>
Enviado: martes, 15 de septiembre de 2026 7:32 p. m.
Para: Sergio Mahecha Rincón <{sergio[1]}>
CC: Diana Carolina Beltrán <{diana[1]}>
Asunto: Re: {subj}

Buenas noches Sergio y Diana,

Muchas gracias por la citación. Les escribo porque acaban de anunciar en noticias un paro de transportadores para mañana, con bloqueos en la Calle 26 a la altura de la Av. Boyacá y en la Autopista Sur desde las 5 a. m. [...]
"""
    m3 = mail(date=d3, msgid=id3, frm=sergio, to=[me], cc=[diana], subject='RE: ' + subj, text=t3,
              client='outlook', seed='c06c', date_tz=UTC, in_reply_to=id2, references=[id1, id2],
              extra=[('Thread-Topic', enc(subj)), ('Accept-Language', 'es-CO, en-US')])
    t4 = f"""Perfecto Sergio, el viernes 18 a las 2:30 p. m. por Teams me queda muy bien. Diana, muchas gracias por la flexibilidad.

Quedo atenta al enlace.

Mariana

El mié, 16 sept 2026 a las 6:48 a. m., Sergio Mahecha Rincón (<{sergio[1]}>) escribió:
{quote(t3)}
"""
    m4 = mail(date=d4, msgid=id4, frm=me, to=[sergio], cc=[diana], subject='Re: ' + subj, text=t4,
              in_reply_to=id3, references=[id1, id2, id3], seed='c06d')
    d5 = at(BOG, 2026, 9, 16, 8, 2, 15)
    join = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx("c06thr", 40)}%40thread.v2/0?context='
            f'%7b%22Tid%22%3a%22{hx("c06tid", 8)}-{hx("c06tid2", 4)}-{hx("c06tid3", 4)}-{hx("c06tid4", 4)}-'
            f'{hx("c06tid5", 12)}%22%7d')
    desc5 = ('Entrevista con Diana Carolina Beltrán - Gerencia de Analítica y Riesgo. Se pasa a virtual por el paro '
             'de transportadores.\n\n' + '_' * 60 + '\nReunión de Microsoft Teams\nHaga clic aquí para unirse a la '
             f'reunión <{join}>\nId. de reunión: {digits("c06mid", 3)} {digits("c06mid2", 3)} {digits("c06mid3", 3)}'
             f' {digits("c06mid4", 3)}\nCódigo de acceso: Hq7{hx("c06pc", 3)}\n' + '_' * 60)
    cal5 = ics_text(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
                    + VTZ['SA Pacific Standard Time'] +
                    ['BEGIN:VEVENT', f'ORGANIZER;CN={diana[0]}:mailto:{diana[1]}',
                     attendee(OWNER_NAME, OWNER, 'ACCEPTED'),
                     'DESCRIPTION;LANGUAGE=es-CO:' + esc(desc5),
                     f'UID:040000008200E00074C5B7101A82E00800000000{hx("c06uid", 32).upper()}',
                     'SUMMARY;LANGUAGE=es-CO:Entrevista Ingeniero(a) de Datos de Riesgo - Mariana Quintero (virtual)',
                     f'DTSTART;TZID=SA Pacific Standard Time:{ics_local(s)}',
                     f'DTEND;TZID=SA Pacific Standard Time:{ics_local(e)}', 'CLASS:PUBLIC', 'PRIORITY:5',
                     f'DTSTAMP:{ics_utc(d5)}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
                     'LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams', 'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
                     'X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
                     'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1',
                     'X-MICROSOFT-CDO-INSTTYPE:0', f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{join}',
                     'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
                     'END:VEVENT', 'END:VCALENDAR'])
    files = {'01-citacion-presencial.eml': m1, '02-aviso-paro.eml': m2, '03-reagendamiento-teams.eml': m3,
             '04-confirmacion.eml': m4, '05-entrevista-diana-beltran.ics': cal5}
    lab = label([interview('Cooperativa Financiera Altiplano', 'Ingeniero(a) de Datos de Riesgo', s, e,
                           'scheduled', [diana[1]], [diana[1]], 'hiring_manager')],
                'hard', 'positive/reschedule-thread',
                'In-person interview on Wed 16 Sep 9:00 moved by e-mail to Fri 18 Sep 2:30 p. m. (virtual, same '
                '1-hour duration) because of a transport strike (paro) with road blocks. Only the final time is '
                'labelled; the hiring manager (in Cc) conducts it; the recruiter only coordinates. The standalone .ics '
                'is the hiring manager\'s Teams meeting for the new slot (same interview).')
    return slug, files, lab


@case
def c07():
    slug = 'b255-07-sustentacion-tesis-maestria'
    d = at(BOG, 2026, 9, 17, 15, 10, 26)
    s, e = at(BOG, 2026, 9, 24, 16), at(BOG, 2026, 9, 24, 17, 30)
    day(s, 'jueves')
    coord = ('Coordinación Maestría en Analítica de Datos', 'maestria.analitica@uparamo.example')
    intro = """Cordial saludo.

La Coordinación de la Maestría en Analítica de Datos convoca a la sustentación pública del trabajo de grado:

"Detección de fraude transaccional en tiempo real con arquitecturas de streaming (Kafka + Spark Structured Streaming)"
Estudiante: Mariana Quintero Salcedo
Director: Hernando Vélez Ruiz, PhD
Jurado interno: Claudia Patricia Rozo, MSc
Jurado externo: Felipe Arbeláez, PhD

Agenda: presentación de la estudiante (30 minutos), preguntas y evaluación del jurado (30 minutos), deliberación privada del jurado y lectura del acta (30 minutos). La estudiante debe conectarse 15 minutos antes para probar audio y pantalla compartida.

La sustentación es abierta al público; pueden compartir el enlace con familiares e invitados.

Coordinación Maestría en Analítica de Datos
Facultad de Ingeniería - Universidad del Páramo
PBX (601) 668 2000 ext. 2210"""
    m = teams_invite(date=d, seed='c07', organizer=coord,
                     required=[(OWNER_NAME, OWNER), ('Hernando Vélez Ruiz', 'hvelez@uparamo.example'),
                               ('Claudia Patricia Rozo', 'cprozo@uparamo.example')],
                     optional=[('Felipe Arbeláez', 'farbelaez@datacolab.example')],
                     subject='Sustentación trabajo de grado - Mariana Quintero Salcedo - Maestría en Analítica de Datos',
                     start=s, end=e, wintz='SA Pacific Standard Time', intro=intro)
    files = {'01-sustentacion-trabajo-de-grado.eml': m}
    lab = label([], 'medium', 'negative/thesis-defence',
                'Teams invite (SA Pacific Standard Time) for the owner\'s master thesis defence with a jury '
                'that asks questions and evaluates her; academic, not a job interview.')
    return slug, files, lab


@case
def c08():
    slug = 'b255-08-greenhouse-remote-pacific-dst'
    d = at(LAX, 2026, 10, 27, 9, 14, 3)
    s, e = at(LAX, 2026, 11, 4, 8), at(LAX, 2026, 11, 4, 9)
    assert off(d) == -7 and off(s) == -8          # PDT when sent, PST on the day
    day(s, 'Wednesday')
    megan = ('Megan Holloway', 'megan.holloway@tidewell.example')
    zoom = f'https://tidewell.zoom.us/j/{digits("c08z", 11)}?pwd={hx("c08pwd", 32)}'
    text = f"""Hi Mariana,

Thank you for taking the time to schedule your interview with Tidewell Commerce! Here are the details:

Position: Senior Data Engineer (LatAm Remote)
Interview: Technical Interview - Data Pipelines
Date: {en_date(s)}
Time: {en_time(s)} - {en_time(e)} PST (Pacific Time)
Interviewer: Priyanka Desai, Staff Data Engineer
Location: Zoom - {zoom}

A quick note from me: this will be a live pipeline design and coding conversation (Python/SQL); no prep needed beyond reviewing your own past projects. Heads-up that the US moves off daylight saving time on Sunday, November 1, so please double-check the time against your local clock.

A calendar invite is attached. If you need to reschedule, just reply to this email and I'll help.

Best,
Megan Holloway
Recruiting Coordinator, Tidewell Commerce

--
Powered by Greenhouse
https://www.greenhouse.com
"""
    uid = f'{hx("c08uid", 8)}-{hx("c08uid2", 4)}-{hx("c08uid3", 4)}-{hx("c08uid4", 4)}-{hx("c08uid5", 12)}@greenhouse.io'
    cal = ics_text(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Greenhouse Software//Interview Scheduler//EN',
                    'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT', f'UID:{uid}',
                    f'DTSTAMP:{ics_utc(d)}', f'DTSTART:{ics_utc(s)}', f'DTEND:{ics_utc(e)}',
                    'SUMMARY:Interview with Tidewell Commerce - Senior Data Engineer (LatAm Remote)',
                    'DESCRIPTION:' + esc(f'Technical Interview - Data Pipelines\nInterviewer: Priyanka Desai\n'
                                         f'Join Zoom: {zoom}'),
                    f'LOCATION:{esc(zoom)}', f'ORGANIZER;CN=Megan Holloway:mailto:{megan[1]}',
                    attendee(OWNER_NAME, OWNER), 'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT',
                    'END:VCALENDAR'])
    m = mail(date=d, msgid=f'<{hx("c08m", 24)}@greenhouse.io>',
             frm=('Tidewell Commerce', 'no-reply@greenhouse.io'), to=[(OWNER_NAME, OWNER)], reply_to=megan,
             subject='Interview Confirmation: Senior Data Engineer (LatAm Remote) at Tidewell Commerce',
             text=text, client='other', seed='c08', date_tz=UTC,
             attachments=[att_ics(cal, 'interview.ics')])
    files = {'01-greenhouse-interview-confirmation.eml': m}
    lab = label([interview('Tidewell Commerce', 'Senior Data Engineer (LatAm Remote)', s, e, 'scheduled', [],
                           [megan[1]], 'technical')], 'hard', 'positive/ats-email-with-ics-dst',
                'Greenhouse confirmation sent 27 Oct (PDT) for Wed 4 Nov 8:00 AM PST, i.e. after US DST ends '
                '(1 Nov): 16:00Z = 11:00 Bogotá (not 10:00). Interviewer named without address -> follow-up to '
                'the coordinator in Reply-To, never the Greenhouse no-reply sender.')
    return slug, files, lab


@case
def c09():
    slug = 'b255-09-asamblea-copropietarios'
    d = at(BOG, 2026, 9, 18, 18, 20, 45)
    s, e = at(BOG, 2026, 10, 3, 8), at(BOG, 2026, 10, 3, 12)
    s2 = at(BOG, 2026, 10, 7, 20)
    day(s, 'sábado'), day(s2, 'miércoles')
    admin = ('Administración Mirador de Cedritos P.H.', 'administracion@miradordecedritos.example')
    text = f"""Señores copropietarios y residentes
Conjunto Residencial Mirador de Cedritos P.H.

Ref.: Convocatoria a la Asamblea General Ordinaria de Copropietarios 2026

De conformidad con la Ley 675 de 2001 y el reglamento de propiedad horizontal, el Consejo de Administración convoca a la Asamblea General Ordinaria que se realizará de manera presencial:

Fecha: {fecha(s)}
Hora: {hora(s)} (registro y entrega de controles de votación desde las 7:30 a. m.)
Lugar: Salón comunal, Torre 1

Orden del día:
1. Verificación del quórum
2. Lectura y aprobación del orden del día
3. Elección de presidente y secretario de la asamblea
4. Informe de gestión de la administración y del consejo
5. Dictamen del revisor fiscal y aprobación de estados financieros 2025
6. Aprobación del presupuesto 2027 y cuota de administración
7. Impermeabilización de cubiertas (cuota extraordinaria)
8. Presentación y entrevista a los candidatos a administrador(a) y revisor(a) fiscal. Se recibieron cuatro hojas de vida; los candidatos preseleccionados harán una presentación de 10 minutos y responderán las preguntas de la asamblea.
9. Elección de administrador(a), revisor fiscal y consejo de administración
10. Proposiciones y varios

Si no se alcanza el quórum, se cita desde ya a reunión de segunda convocatoria el {fecha(s2)} a las {hora(s2)} en el mismo lugar.

Los propietarios que no puedan asistir pueden hacerse representar mediante poder escrito (formato adjunto). Ninguna persona puede representar más de dos unidades. Se adjunta también el archivo para agregar la asamblea a su calendario.

Atentamente,

Sandra Milena Cifuentes
Administradora
Conjunto Residencial Mirador de Cedritos P.H.
Tel. 601 677 3040 - Cel. 311 208 5561
"""
    cal = ics_text(['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
                    'METHOD:PUBLISH'] + VTZ['SA Pacific Standard Time'] +
                   ['BEGIN:VEVENT', 'CLASS:PUBLIC', f'CREATED:{ics_utc(d)}',
                    'DESCRIPTION:' + esc('Asamblea General Ordinaria de Copropietarios 2026. Orden del día en el '
                                         'correo de convocatoria.'),
                    f'DTEND;TZID="SA Pacific Standard Time":{ics_local(e)}', f'DTSTAMP:{ics_utc(d)}',
                    f'DTSTART;TZID="SA Pacific Standard Time":{ics_local(s)}', f'LAST-MODIFIED:{ics_utc(d)}',
                    'LOCATION:' + esc('Salón comunal Torre 1 - Mirador de Cedritos'), 'PRIORITY:5', 'SEQUENCE:0',
                    'SUMMARY;LANGUAGE=es-co:Asamblea General Ordinaria de Copropietarios 2026', 'TRANSP:OPAQUE',
                    f'UID:040000008200E00074C5B7101A82E00800000000{hx("c09uid", 32).upper()}',
                    'X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1',
                    'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'END:VEVENT', 'END:VCALENDAR'])
    m = mail(date=d, msgid=f'<{hx("c09m", 20)}@miradordecedritos.example>', frm=admin,
             to=[('Copropietarios Mirador de Cedritos', 'copropietarios@miradordecedritos.example')],
             subject='Convocatoria Asamblea General Ordinaria de Copropietarios 2026', text=text, client='other',
             seed='c09', attachments=[att_pdf_stub('Formato_poder_asamblea_2026.pdf', 'c09pdf'),
                                      att_ics(cal, 'Asamblea_2026.ics')],
             extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
    files = {'01-convocatoria-asamblea.eml': m}
    lab = label([], 'hard', 'negative/condo-assembly',
                'Residential-complex assembly convocation with an .ics; its agenda includes "entrevista a los '
                'candidatos a administrador(a)" with hojas de vida. The owner is a voting co-owner, not a '
                'candidate.')
    return slug, files, lab


@case
def c10():
    slug = 'b255-10-gcal-json-medellin-pyspark'
    s, e = at(BOG, 2026, 9, 22, 9), at(BOG, 2026, 9, 22, 10)
    day(s, 'martes')
    manuela = ('Manuela Restrepo Gómez', 'manuela.restrepo@vitrinapaisa.example')
    santi = ('Santiago Arango', 'santiago.arango@vitrinapaisa.example')
    meet = 'qvd-hrnc-wpo'
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{digits("c10etag", 16)}"',
        'id': hx('c10id', 26).replace('0', 'q').replace('1', 'v'),
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' + base64.urlsafe_b64encode(
            f'{hx("c10id", 26)} {OWNER}'.encode()).decode().rstrip('='),
        'created': '2026-09-16T20:41:09.000Z',
        'updated': '2026-09-16T21:03:52.418Z',
        'summary': 'Entrevista técnica (PySpark + Airflow) - Mariana Quintero | Data Engineer',
        'description': ('¡Hola Mariana! Esta es la entrevista técnica del proceso de Data Engineer en Vitrina Paisa. '
                        'Santiago Arango (Tech Lead de Datos) te hará un ejercicio en vivo de PySpark y el diseño '
                        'de un DAG en Airflow. Yo solo abro la sala y te presento. Duración: 1 hora.\n\n'
                        '¡Éxitos!\nManuela - Talento Humano, Vitrina Paisa (Medellín)'),
        'location': 'Google Meet',
        'creator': {'email': manuela[1], 'displayName': manuela[0]},
        'organizer': {'email': manuela[1], 'displayName': manuela[0]},
        'start': {'dateTime': iso(s), 'timeZone': 'America/Bogota'},
        'end': {'dateTime': iso(e), 'timeZone': 'America/Bogota'},
        'iCalUID': hx('c10id', 26) + '@google.com',
        'sequence': 0,
        'attendees': [
            {'email': manuela[1], 'displayName': manuela[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': santi[1], 'displayName': santi[0], 'responseStatus': 'accepted'},
            {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'},
        ],
        'hangoutLink': f'https://meet.google.com/{meet}',
        'conferenceData': {
            'entryPoints': [
                {'entryPointType': 'video', 'uri': f'https://meet.google.com/{meet}',
                 'label': f'meet.google.com/{meet}'},
                {'entryPointType': 'phone', 'uri': 'tel:+57-601-508-4417', 'label': '+57 601 5084417',
                 'pin': digits('c10pin', 9), 'regionCode': 'CO'},
            ],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                   'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png'},
            'conferenceId': meet,
        },
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    files = {'01-entrevista-vitrina-paisa.gcal.json': json.dumps(ev, indent=2, ensure_ascii=False) + '\n'}
    lab = label([interview('Vitrina Paisa', 'Data Engineer', s, e, 'scheduled', [santi[1]], [santi[1]],
                           'technical')], 'medium', 'positive/gcal-api-json',
                'Calendar API event only (America/Bogota). Organizer is a talent coordinator who "solo abre la '
                'sala"; the tech lead attendee is the interviewer.')
    return slug, files, lab


@case
def c11():
    slug = 'b255-11-owner-entrevista-practicante'
    kath = ('Katherine Moreno', 'kmoreno@transportessabana.example')
    juan = ('Juan Esteban Ríos', 'juanes.rios@estudiantes-udistrital.example')
    d1 = at(BOG, 2026, 9, 24, 8, 47, 19)
    d2 = at(BOG, 2026, 9, 24, 8, 52, 7)
    s, e = at(BOG, 2026, 9, 29, 10), at(BOG, 2026, 9, 29, 11)
    day(s, 'martes')
    t1 = f"""Hola Mari, buenos días

Te lo mando al correo personal porque el Outlook sigue caído desde ayer.

Te agendé la entrevista del practicante de Ingeniería de Sistemas para el área de datos: Juan Esteban Ríos, de la Distrital. Quedó para el {fecha(s, year=False)} a las 10 a. m. en la sala Cerros (piso 3), una hora. Tú le haces la parte técnica (SQL y Python básico) y yo la parte de competencias. Te adjunto la hoja de vida.

Porfa al final me diligencias el formato de evaluación del candidato para pasarlo a la universidad.

Mil gracias!

Katherine Moreno
Gestión Humana - Transportes Sabana S.A.S.
"""
    m1 = mail(date=d1, msgid=f'<CAL{hx("c11m", 30)}@mail.gmail.com>', frm=kath, to=[(OWNER_NAME, OWNER)],
              subject='Entrevista practicante datos - martes', text=t1, seed='c11a',
              attachments=[att_pdf_stub('HV_Juan_Esteban_Rios.pdf', 'c11pdf')])
    m2 = google_invite(date=d2, seed='c11', organizer=kath,
                       guests=[(OWNER_NAME, OWNER, 'NEEDS-ACTION'), (juan[0], juan[1], 'ACCEPTED')],
                       summary='Entrevista practicante de Datos - Juan Esteban Ríos', start=s, end=e,
                       tzid='America/Bogota', meet=False,
                       location='Sala Cerros, piso 3 - Transportes Sabana (Cl. 13 # 42-17)',
                       description='Entrevista para práctica profesional 2027-1, área de Datos. '
                                   'Entrevistadoras: Katherine Moreno (competencias) y Mariana Quintero (técnica). '
                                   'Candidato: Juan Esteban Ríos.')
    files = {'01-katherine-agenda-practicante.eml': m1, '02-invitacion-entrevista-practicante.eml': m2}
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'The owner is one of the interviewers of an intern candidate at her current employer; the '
                'invite is literally titled "Entrevista" and she is a guest, but she is not the candidate.')
    return slug, files, lab


@case
def c12():
    slug = 'b255-12-cdmx-tecnica-cancelada'
    fer = ('Fernanda Ibarra', 'fernanda.ibarra@pagora.example')
    rod = ('Rodrigo Salinas', 'rodrigo.salinas@pagora.example')
    d1 = at(MEX, 2026, 10, 1, 17, 5, 33)
    d2 = at(MEX, 2026, 10, 6, 9, 31, 12)
    s, e = at(MEX, 2026, 10, 8, 11), at(MEX, 2026, 10, 8, 12)
    assert off(s) == -6 and s.astimezone(BOG).hour == 12
    day(s, 'jueves')
    summary = 'Entrevista técnica Pagora - Data Engineer (Mariana Quintero)'
    desc = ('Hola Mariana, te comparto la invitación para tu entrevista técnica con Rodrigo Salinas (Data '
            'Engineering Manager). Es a las 11:00 hora CDMX (12:00 hora Colombia). Platicarán de modelado de '
            'datos, SQL y un caso de ingesta con dbt + Snowflake.\n\nSaludos,\nFernanda Ibarra\n'
            'Talent Acquisition | Pagora')
    guests = [(OWNER_NAME, OWNER, 'ACCEPTED'), (rod[0], rod[1], 'ACCEPTED')]
    m1 = google_invite(date=d1, seed='c12a', uid_seed='c12', organizer=fer, guests=guests, summary=summary,
                       start=s, end=e, tzid='America/Mexico_City', description=desc)
    note = ('Hola Mariana, lamentablemente la vacante quedó congelada por ajustes de presupuesto del Q4, así que '
            'tenemos que cancelar la entrevista del jueves. Si se vuelve a abrir te busco. Una disculpa, '
            'Fernanda')
    m2 = google_invite(date=d2, seed='c12b', uid_seed='c12', organizer=fer, guests=guests, summary=summary,
                       start=s, end=e, tzid='America/Mexico_City', description=desc, method='CANCEL', seq=1,
                       created=d1 - timedelta(minutes=7),
                       kind='cancel', note=note)
    files = {'01-invitacion-entrevista-pagora.eml': m1, '02-evento-cancelado-pagora.eml': m2}
    lab = label([interview('Pagora', 'Data Engineer', s, e, 'cancelled', [rod[1]], [rod[1]], 'technical')],
                'medium', 'positive/cancellation',
                'Google invite in America/Mexico_City (11:00 CDMX = 12:00 Bogotá, mail body shows COT), then '
                'METHOD:CANCEL with a note (position frozen). Kept as cancelled at its last scheduled time.')
    return slug, files, lab


@case
def c13():
    slug = 'b255-13-magneto-dos-entrevistas'
    nat = ('Natalia Cárdenas', 'natalia.cardenas@almacenestayrona.example')
    jul = ('Julián Pineda', 'julian.pineda@almacenestayrona.example')
    d1 = at(BOG, 2026, 10, 5, 8, 2, 18)
    d2 = at(BOG, 2026, 10, 8, 11, 15, 40)
    d3 = at(BOG, 2026, 10, 8, 11, 21, 3)
    s1, e1 = at(BOG, 2026, 10, 7, 8, 30), at(BOG, 2026, 10, 7, 9)
    s2, e2 = at(BOG, 2026, 10, 13, 16), at(BOG, 2026, 10, 13, 17)
    holiday = at(BOG, 2026, 10, 12, 0)
    day(s1, 'miércoles'), day(s2, 'martes'), day(holiday, 'lunes')
    t1 = f"""Hola, Mariana

¡Felicitaciones! Avanzaste a la etapa de Entrevista en el proceso:
Ingeniero(a) de Datos - Almacenes Tayrona S.A. (Bogotá, híbrido)

Tu entrevista quedó agendada:
📅 {fecha(s1)}
🕗 {hora(s1)} - {hora(e1)} (hora Colombia)
📍 Virtual: el enlace de Google Meet te llegará desde el correo de la empresa
👤 Entrevistadora: Natalia Cárdenas, Talent Acquisition

Si tienes preguntas sobre el proceso, puedes escribir a {nat[1]}.

Consejos para tu entrevista: https://www.magneto365.com/es/blog/consejos-entrevista-virtual
Ver el estado de tu proceso: https://www.magneto365.com/es/mi-cuenta/procesos/{digits('c13p', 7)}

Magneto | Te conectamos con tu próximo empleo
Este correo fue enviado a {OWNER}. Por favor no respondas a este mensaje.
"""
    m1 = mail(date=d1, msgid=f'<0100{hx("c13m1", 28)}-{hx("c13m1b", 8)}-000000@email.amazonses.com>',
              frm=('Magneto', 'notificaciones@magneto365.com'), to=[('Mariana', OWNER)],
              subject='¡Avanzaste en el proceso con Almacenes Tayrona!', text=t1, client='other', seed='c13a',
              date_tz=UTC, extra=[('List-Unsubscribe', '<https://www.magneto365.com/es/notificaciones/baja>')])
    t2 = f"""Hola Mariana, ¿cómo vas?

¡Gracias por la conversación de ayer! Te cuento que pasas a la entrevista técnica con Julián Pineda ({jul[1]}), líder de Plataforma de Datos. Como el lunes 12 es festivo, quedó para el {fecha(s2, year=False)} a las {hora_corta(s2)}, una hora, por Google Meet. Ya te llega la invitación de calendario.

Julián va a revisar contigo diseño de pipelines en GCP y un ejercicio de SQL, nada de prepararse distinto a lo que ya haces.

Quedo atenta a cualquier cosa.

Natalia Cárdenas
Talent Acquisition | Almacenes Tayrona S.A.
"""
    m2 = mail(date=d2, msgid=f'<CAG{hx("c13m2", 30)}@mail.gmail.com>', frm=nat, to=[(OWNER_NAME, OWNER)],
              cc=[jul], subject='Siguiente paso: entrevista técnica - Ingeniero(a) de Datos', text=t2, seed='c13b')
    m3 = google_invite(date=d3, seed='c13c', organizer=nat, guests=[(OWNER_NAME, OWNER, 'NEEDS-ACTION'),
                                                                    (jul[0], jul[1], 'ACCEPTED')],
                       summary='Entrevista técnica - Ingeniero(a) de Datos - Mariana Quintero', start=s2, end=e2,
                       tzid='America/Bogota',
                       description='Entrevista técnica con Julián Pineda (líder de Plataforma de Datos). '
                                   'Natalia solo coordina.')
    files = {'01-magneto-entrevista-agendada.eml': m1, '02-natalia-siguiente-paso.eml': m2,
             '03-invitacion-entrevista-tecnica.eml': m3}
    lab = label([interview('Almacenes Tayrona', 'Ingeniero(a) de Datos', s1, e1, 'scheduled', [nat[1]], [nat[1]],
                           'phone_screen'),
                 interview('Almacenes Tayrona', 'Ingeniero(a) de Datos', s2, e2, 'scheduled', [jul[1]], [jul[1]],
                           'technical')], 'medium', 'positive/two-interviews',
                'Two rounds with the same company: a recruiter screen booked through a Magneto notification '
                '(recruiter conducts it; her address is in the text) and a technical round announced by e-mail '
                'and Google invite (one interview, two channels). Monday 12 Oct is a Colombian holiday, so it '
                'is on Tuesday 13.')
    return slug, files, lab


@case
def c14():
    slug = 'b255-14-visa-embajada-entrevista-consular'
    d = at(BOG, 2026, 9, 28, 21, 4, 55)
    cas = at(BOG, 2026, 10, 13, 7, 30)
    s, e = at(BOG, 2026, 10, 14, 8, 15), at(BOG, 2026, 10, 14, 9, 15)
    day(cas, 'martes'), day(s, 'miércoles')
    conf = 'AA00' + hx('c14ds', 6).upper()
    text = f"""Confirmación de cita / Appointment Confirmation

Solicitante principal / Primary applicant: QUINTERO SALCEDO, MARIANA
Pasaporte / Passport: AV*****{digits('c14pp', 2)}
Tipo de visa / Visa class: B1/B2 - Negocios y turismo / Business and tourism
Número de confirmación DS-160 / DS-160 confirmation number: {conf}

1) Centro de Atención al Solicitante (CAS) - huellas y fotografía / fingerprints and photo
   Fecha / Date: {fecha(cas)}, {hora(cas)}
   CAS Bogotá - Av. Carrera 19 # 95-33

2) Entrevista consular / Consular interview
   Fecha / Date: {fecha(s)}, {hora(s)}
   Embajada de los Estados Unidos - Sección Consular, Bogotá

Un oficial consular le hará una breve entrevista sobre el propósito de su viaje, su empleo actual y sus vínculos con Colombia. Traiga esta confirmación impresa, su pasaporte vigente, la hoja de confirmación del DS-160 y, si lo desea, soportes laborales (certificado laboral, desprendibles de nómina).

No se permite el ingreso de dispositivos electrónicos, maletas ni acompañantes. Llegue no más de 15 minutos antes de su cita.

Para reprogramar o cancelar, ingrese a su cuenta en https://www.usvisa-citas.example/es-co/

Este es un mensaje automático. Por favor no responda.
"""
    cal = ics_text(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//AIS//Appointment Scheduler//ES', 'METHOD:PUBLISH',
                    'BEGIN:VEVENT', f'UID:{hx("c14uid", 20)}@usvisa-citas.example', f'DTSTAMP:{ics_utc(d)}',
                    f'DTSTART:{ics_utc(s)}', f'DTEND:{ics_utc(e)}',
                    'SUMMARY:Entrevista consular - Embajada de los Estados Unidos (Bogotá)',
                    'LOCATION:' + esc('Embajada de los Estados Unidos, Sección Consular, Bogotá'),
                    'DESCRIPTION:' + esc(f'Visa B1/B2. DS-160 {conf}. Traer pasaporte y confirmación impresa.'),
                    'END:VEVENT', 'END:VCALENDAR'])
    m = mail(date=d, msgid=f'<{hx("c14m", 20)}@usvisa-citas.example>',
             frm=('U.S. Visa Information Service - Colombia', 'no-reply@usvisa-citas.example'),
             to=[('', OWNER)], subject='Confirmación de cita / Appointment Confirmation - QUINTERO SALCEDO, MARIANA',
             text=text, client='other', seed='c14', date_tz=UTC, attachments=[att_ics(cal, 'cita_consular.ics')])
    files = {'01-confirmacion-cita-visa.eml': m}
    lab = label([], 'medium', 'negative/visa-interview',
                'US visa (B1/B2) appointment: "entrevista consular" with an .ics, asks about her current job. '
                'Non-job interview per the rules.')
    return slug, files, lab


@case
def c15():
    slug = 'b255-15-assessment-center-presencial'
    caro = ('Carolina Suárez Londoño', 'carolina.suarez@bancomontesandes.example')
    hernan = ('Hernán Toro', 'hernan.toro@bancomontesandes.example')
    adri = ('Adriana Lucía Mora', 'adriana.mora@bancomontesandes.example')
    d = at(BOG, 2026, 10, 9, 16, 22, 37)
    s, e = at(BOG, 2026, 10, 20, 8), at(BOG, 2026, 10, 20, 12, 30)
    day(s, 'martes')
    sess = [(at(BOG, 2026, 10, 20, 8), at(BOG, 2026, 10, 20, 9, 30), 'Dinámica grupal (facilitada por la consultora Talento Andino)'),
            (at(BOG, 2026, 10, 20, 9, 45), at(BOG, 2026, 10, 20, 11), 'Caso de negocio con datos (individual, lo presentas a Hernán Toro)'),
            (at(BOG, 2026, 10, 20, 11), at(BOG, 2026, 10, 20, 11, 30), 'Receso'),
            (at(BOG, 2026, 10, 20, 11, 30), e, f'Entrevista con el panel: Hernán Toro, Director de Datos ({hernan[1]}), '
                                                f'y Adriana Lucía Mora, Gerente de Arquitectura ({adri[1]})')]
    agenda = '\n'.join(f'{hora(a)} - {hora(b)}   {t}' for a, b, t in sess)
    text = f"""Hola Mariana, buenas tardes.

¡Felicitaciones! Continúas en el proceso para el cargo de Ingeniero(a) de Datos Senior de la Gerencia de Analítica. Te invitamos a nuestro Assessment Center presencial:

Fecha: {fecha(s)}
Lugar: Torre Montes Andes, Av. Carrera 9 # 115-30, piso 11, Bogotá (trae tu cédula original)
Por favor llega a las 7:45 a. m. para el registro en recepción.

Agenda:
{agenda}

Te adjunto la invitación para tu calendario. Yo te recibo en recepción, pero no participo en las sesiones.

Quedo atenta a tu confirmación.

Carolina Suárez Londoño
Analista Senior de Talento | Banco Montes Andes
Tel. (601) 487 1500 ext. 22140
"""
    cal = ics_text(['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
                    'METHOD:REQUEST'] + VTZ['SA Pacific Standard Time'] +
                   ['BEGIN:VEVENT', f'ATTENDEE;CN="{OWNER_NAME}";RSVP=TRUE:mailto:{OWNER}',
                    f'ATTENDEE;CN="{hernan[0]}";RSVP=TRUE:mailto:{hernan[1]}',
                    f'ATTENDEE;CN="{adri[0]}";RSVP=TRUE:mailto:{adri[1]}', 'CLASS:PUBLIC',
                    f'CREATED:{ics_utc(d)}',
                    'DESCRIPTION:' + esc('Assessment Center - Ingeniero(a) de Datos Senior\n' + agenda),
                    f'DTEND;TZID="SA Pacific Standard Time":{ics_local(e)}', f'DTSTAMP:{ics_utc(d)}',
                    f'DTSTART;TZID="SA Pacific Standard Time":{ics_local(s)}', f'LAST-MODIFIED:{ics_utc(d)}',
                    'LOCATION:' + esc('Torre Montes Andes, Av. Carrera 9 # 115-30, piso 11'),
                    f'ORGANIZER;CN="{caro[0]}":mailto:{caro[1]}', 'PRIORITY:5', 'SEQUENCE:0',
                    'SUMMARY;LANGUAGE=es-co:Assessment Center presencial - Ingeniero(a) de Datos Senior (Mariana Quintero)',
                    'TRANSP:OPAQUE', f'UID:040000008200E00074C5B7101A82E00800000000{hx("c15uid", 32).upper()}',
                    'X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1',
                    'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'BEGIN:VALARM', 'TRIGGER:-PT60M', 'ACTION:DISPLAY',
                    'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'])
    subj = 'Invitación Assessment Center presencial - Ingeniero(a) de Datos Senior - Banco Montes Andes'
    m = mail(date=d, msgid=f'<BN{digits("c15a", 1)}PR{digits("c15b", 2)}MB{digits("c15c", 4)}{hx("c15m", 16).upper()}'
                           f'@BN{digits("c15a", 1)}PR{digits("c15b", 2)}MB{digits("c15c", 4)}.namprd11.prod.outlook.com>',
             frm=caro, to=[(OWNER_NAME, OWNER)], cc=[hernan, adri], subject=subj, text=text, client='outlook',
             seed='c15', date_tz=UTC, attachments=[att_ics(cal, 'AssessmentCenter.ics', 'REQUEST')],
             extra=[('Thread-Topic', enc(subj)), ('Accept-Language', 'es-CO, en-US')])
    files = {'01-invitacion-assessment-center.eml': m}
    lab = label([interview('Banco Montes Andes', 'Ingeniero(a) de Datos Senior', s, e, 'scheduled',
                           [hernan[1], adri[1]], [hernan[1], adri[1]], 'onsite')], 'hard',
                'positive/onsite-assessment-center',
                'In-person assessment center on one morning (group dynamic, case, break, panel) = one onsite '
                'from the first session 8:00 (7:45 is only arrival/registration) to 12:30. Interviewers: the '
                'two panel members; the recruiter only receives her; the external facilitators have no address.')
    return slug, files, lab


@case
def c16():
    slug = 'b255-16-eps-cita-psicologia'
    d = at(BOG, 2026, 10, 2, 10, 15, 2)
    s, e = at(BOG, 2026, 10, 16, 14, 40), at(BOG, 2026, 10, 16, 15, 20)
    day(s, 'viernes')
    text = f"""EPS Vitalia - Confirmación de cita

Afiliada: MARIANA QUINTERO SALCEDO
Documento: CC ****{digits('c16cc', 4)}

Servicio: Psicología - Consulta de primera vez (entrevista inicial)
Profesional: Ps. Laura Jimena Mejía
Fecha: {fecha(s)}
Hora: {hora(s)}
Sede: IPS Vitalia Chapinero - Calle 57 # 9-20, consultorio 305

Recomendaciones:
- Preséntese 20 minutos antes con su documento de identidad para facturación.
- Esta consulta no tiene cuota moderadora por ser de primera vez en el programa de salud mental.
- Si no puede asistir, cancele con mínimo 24 horas de anticipación en la app Vitalia o en la línea 601 489 0000 para liberar el espacio.

Código de la cita: {digits('c16cod', 8)}

EPS Vitalia - Cuidamos de ti
Este es un mensaje automático; no responda a este correo.
"""
    cal = ics_text(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//EPS Vitalia//Citas//ES', 'METHOD:PUBLISH']
                   + VTZ['America/Bogota'] +
                   ['BEGIN:VEVENT', f'UID:cita-{digits("c16cod", 8)}@epsvitalia.example', f'DTSTAMP:{ics_utc(d)}',
                    f'DTSTART;TZID=America/Bogota:{ics_local(s)}', f'DTEND;TZID=America/Bogota:{ics_local(e)}',
                    'SUMMARY:Cita Psicología - primera vez (entrevista inicial)',
                    'LOCATION:' + esc('IPS Vitalia Chapinero, Calle 57 # 9-20, consultorio 305'),
                    'DESCRIPTION:' + esc('Profesional: Ps. Laura Jimena Mejía. Llegar 20 minutos antes.'),
                    'END:VEVENT', 'END:VCALENDAR'])
    m = mail(date=d, msgid=f'<{hx("c16m", 22)}@citas.epsvitalia.example>', frm=('EPS Vitalia', 'citas@epsvitalia.example'),
             to=[('', OWNER)], subject='Confirmación de cita - Psicología - Consulta de primera vez', text=text,
             client='other', seed='c16', attachments=[att_ics(cal, 'cita.ics')])
    files = {'01-confirmacion-cita-eps.eml': m}
    lab = label([], 'medium', 'negative/health-appointment',
                'EPS (health insurer) appointment: psychology first visit described as "entrevista inicial", '
                'with an .ics. Medical, not a job interview.')
    return slug, files, lab


@case
def c17():
    slug = 'b255-17-us-eastern-dst-hiring-manager'
    jess = ('Jess Romero', 'jess.romero@brightfork.example')
    marcus = ('Marcus Bell', 'marcus.bell@brightfork.example')
    d1 = at(NYC, 2026, 10, 26, 11, 20, 9)
    d2 = at(BOG, 2026, 10, 26, 13, 5, 44)
    d3 = at(NYC, 2026, 10, 26, 14, 2, 30)
    s, e = at(NYC, 2026, 11, 2, 10), at(NYC, 2026, 11, 2, 10, 45)
    assert off(d1) == -4 and off(s) == -5 and s.astimezone(BOG).hour == 10
    assert at(NYC, 2026, 10, 28, 10).astimezone(BOG).hour == 9
    day(s, 'Monday'), day(at(NYC, 2026, 11, 1, 12), 'Sunday')
    id1 = f'<CAF{hx("c17m1", 32)}@mail.gmail.com>'
    id2 = f'<CAJ{hx("c17m2", 32)}@mail.gmail.com>'
    t1 = """Hi Mariana,

Great news: the team really enjoyed your walkthrough last week, and Marcus Bell, our Head of Data (cc'd), would like to meet you for a 45-minute conversation about the Senior Data Engineer role. Would Monday, November 2 at 10:00 AM ET work?

One heads-up since you're in Bogotá: US clocks fall back on Sunday, November 1, so from that day 10:00 AM ET is also 10:00 AM in Bogotá (this week it would have been 9:00 AM for you).

Best,
Jess

--
Jess Romero
Technical Recruiter | Brightfork Data
"""
    m1 = mail(date=d1, msgid=id1, frm=jess, to=[(OWNER_NAME, OWNER)], cc=[marcus],
              subject='Brightfork Data - next step with our Head of Data', text=t1, seed='c17a')
    t2 = f"""Hi Jess,

Thank you, great to hear! Monday, November 2 at 10:00 AM ET (10:00 AM Bogotá) works for me. It's a public holiday here, so I'm fully available.

Looking forward to meeting you, Marcus.

Best,
Mariana

On Mon, Oct 26, 2026 at 10:20 AM Jess Romero <{jess[1]}> wrote:
{quote(t1)}
"""
    m2 = mail(date=d2, msgid=id2, frm=(OWNER_NAME, OWNER), to=[jess], cc=[marcus],
              subject='Re: Brightfork Data - next step with our Head of Data', text=t2, seed='c17b',
              in_reply_to=id1, references=[id1])
    m3 = google_invite(date=d3, seed='c17', organizer=jess, guests=[(OWNER_NAME, OWNER, 'NEEDS-ACTION'),
                                                                    (marcus[0], marcus[1], 'ACCEPTED')],
                       summary='Mariana Quintero <> Marcus Bell (Head of Data) - Brightfork Data', start=s, end=e,
                       tzid='America/New_York', lang='en',
                       description='45-minute conversation with Marcus Bell, Head of Data, about the Senior Data '
                                   'Engineer role. Jess is coordinating and will not join.')
    files = {'01-jess-propone-lunes.eml': m1, '02-mariana-confirma.eml': m2, '03-invitation-marcus-bell.eml': m3}
    lab = label([interview('Brightfork Data', 'Senior Data Engineer', s, e, 'scheduled', [marcus[1]], [marcus[1]],
                           'hiring_manager')], 'hard', 'positive/thread-plus-invite-dst',
                'Proposed on 26 Oct (EDT) for Mon 2 Nov 10:00 AM ET, the day after US DST ends: 15:00Z = 10:00 '
                'Bogotá (a -4 offset would give 9:00). Thread + Google invite (America/New_York) = one interview. '
                '2 Nov is a Colombian holiday (mentioned). Recruiter coordinates only.')
    return slug, files, lab


@case
def c18():
    slug = 'b255-18-prueba-tecnica-online'
    d1 = at(BOG, 2026, 10, 16, 9, 30, 11)
    d2 = at(BOG, 2026, 10, 20, 9, 0, 47)
    dl = at(BOG, 2026, 10, 21, 23, 59)
    day(dl, 'miércoles')
    link = f'https://co.computrabajo.com/candidato/pruebas/{hx("c18t", 12)}'
    t1 = f"""Hola Mariana,

Logiexpress Colombia te envió una prueba técnica para la oferta:
Ingeniero(a) de Datos - Bogotá D.C. (híbrido)

Tipo de prueba: Técnica - SQL y Python (en línea, cronometrada)
Duración: 90 minutos desde que la inicies
Fecha límite: {fecha(dl)}, 11:59 p. m.

Mensaje de la empresa:
"Esta prueba es el paso previo a la entrevista técnica. Si la apruebas, el equipo de selección te contactará para agendar la entrevista con el líder del área. Puedes presentarla en el horario que prefieras antes de la fecha límite."

Presentar prueba: {link}

Recuerda: Computrabajo nunca te pedirá dinero para participar en un proceso de selección.

Recibes este correo porque estás registrado(a) en Computrabajo Colombia con {OWNER}.
"""
    t2 = f"""Hola Mariana,

Tu prueba técnica de Logiexpress Colombia vence mañana, {fecha(dl)}, a las 11:59 p. m.

Todavía no la has iniciado. Tienes 90 minutos para completarla una vez empieces.

Presentar prueba: {link}

Computrabajo Colombia
"""
    m1 = mail(date=d1, msgid=f'<{hx("c18m1", 16)}.{digits("c18m1", 8)}@mailer.computrabajo.com>',
              frm=('Computrabajo', 'notificaciones@computrabajo.com'), to=[(OWNER_NAME, OWNER)],
              subject='Logiexpress Colombia te envió una prueba técnica', text=t1, client='other', seed='c18a')
    m2 = mail(date=d2, msgid=f'<{hx("c18m2", 16)}.{digits("c18m2", 8)}@mailer.computrabajo.com>',
              frm=('Computrabajo', 'notificaciones@computrabajo.com'), to=[(OWNER_NAME, OWNER)],
              subject='Recordatorio: tu prueba técnica vence mañana', text=t2, client='other', seed='c18b')
    files = {'01-computrabajo-prueba-tecnica.eml': m1, '02-recordatorio-prueba.eml': m2}
    lab = label([], 'medium', 'negative/online-assessment',
                'Timed online technical test with a deadline, sent via Computrabajo; the interview is only '
                'promised if she passes. Take-home/online assessments are not interviews.')
    return slug, files, lab


@case
def c19():
    slug = 'b255-19-teams-cdmx-gerente'
    gab = ('Gabriela Treviño', 'gabriela.trevino@canastamx.example')
    d = at(MEX, 2026, 10, 16, 12, 40, 18)
    s, e = at(MEX, 2026, 10, 22, 11), at(MEX, 2026, 10, 22, 12)
    assert off(s) == -6 and s.astimezone(BOG).hour == 12
    day(s, 'jueves')
    intro = """Hola Mariana, ¿qué tal?

Soy Gabriela Treviño, Gerente de Ingeniería de Datos en Canasta MX. Ximena me compartió tu perfil y me dio mucho gusto. Te mando la invitación para platicar sobre la posición de Ingeniera de Datos Sr.: es a las 11:00 hora del centro de México (12:00 hora de Bogotá), una hora. Vamos a estar solo tú y yo; dejé el buzón de Reclutamiento en copia por cualquier cosa de logística.

Saludos,
Gabriela Treviño
Gerente de Ingeniería de Datos | Canasta MX
Ciudad de México"""
    m = teams_invite(date=d, seed='c19', organizer=gab, required=[(OWNER_NAME, OWNER)],
                     optional=[('Reclutamiento Canasta MX', 'reclutamiento@canastamx.example')],
                     subject='Entrevista Ingeniera de Datos Sr. - Mariana Quintero / Gabriela Treviño',
                     start=s, end=e, wintz='Central Standard Time (Mexico)', intro=intro, lang='es-MX')
    files = {'01-entrevista-canasta-mx.eml': m}
    lab = label([interview('Canasta MX', 'Ingeniera de Datos Sr.', s, e, 'scheduled', [gab[1]], [gab[1]],
                           'hiring_manager')], 'medium', 'positive/exchange-teams-mexico',
                'Teams invite with TZID "Central Standard Time (Mexico)" (UTC-06:00, no DST since 2022): 11:00 '
                'CDMX = 12:00 Bogotá. The hiring manager is the organizer and the interviewer; the recruiting '
                'group mailbox (optional attendee) is not a follow-up recipient.')
    return slug, files, lab


@case
def c20():
    slug = 'b255-20-disponibilidad-sin-agendar'
    joh = ('Johana Castaño', 'johana.castano@rutasdelnorte.example')
    d1 = at(BOG, 2026, 10, 23, 15, 12, 4)
    d2 = at(BOG, 2026, 10, 26, 9, 5, 51)
    o1, o2 = at(BOG, 2026, 10, 27, 15), at(BOG, 2026, 10, 28, 10)
    day(o1, 'martes'), day(o2, 'miércoles'), day(d1, 'viernes')
    book = 'https://outlook.office365.com/book/SeleccionRutasdelNorte@rutasdelnorte.example/'
    id1 = f'<{hx("c20m1", 12).upper()}.{digits("c20m1", 10)}@rutasdelnorte.example>'
    t1 = f"""Hola Mariana, buenas tardes.

Te escribo de Rutas del Norte S.A.S. Revisamos tu hoja de vida para el cargo de Ingeniero(a) de Datos y quisiéramos agendar una entrevista con el líder del área.

¿Te sirve alguna de estas opciones? (hora Colombia)
- {fecha(o1, year=False)} a las {hora(o1)}
- {fecha(o2, year=False)} a las {hora(o2)}

Si ninguna te funciona, puedes escoger otro espacio directamente aquí: {book}

Quedo atenta a tu respuesta.

Johana Castaño
Analista de Selección | Rutas del Norte S.A.S.
Cel. 318 240 5517
"""
    t2 = f"""Hola Mariana, buen día.

Te escribo nuevamente por si no viste el correo anterior. Como no tuvimos respuesta, los espacios del martes y el miércoles ya quedaron liberados. Si sigues interesada en el proceso, por favor escoge un horario en el enlace: {book}

Quedo atenta.

Johana Castaño
Analista de Selección | Rutas del Norte S.A.S.

-----Mensaje original-----
De: Johana Castaño <{joh[1]}>
Enviado el: viernes, 23 de octubre de 2026 3:12 p. m.
Para: {OWNER}
Asunto: Disponibilidad para entrevista - Ingeniero(a) de Datos - Rutas del Norte

{t1}"""
    m1 = mail(date=d1, msgid=id1, frm=joh, to=[('', OWNER)],
              subject='Disponibilidad para entrevista - Ingeniero(a) de Datos - Rutas del Norte', text=t1,
              client='outlook', seed='c20a', extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
    m2 = mail(date=d2, msgid=f'<{hx("c20m2", 12).upper()}.{digits("c20m2", 10)}@rutasdelnorte.example>', frm=joh,
              to=[('', OWNER)], subject='RE: Disponibilidad para entrevista - Ingeniero(a) de Datos - Rutas del Norte',
              text=t2, client='outlook', seed='c20b', in_reply_to=id1, references=[id1],
              extra=[('X-Mailer', 'Microsoft Outlook 16.0')])
    files = {'01-solicitud-disponibilidad.eml': m1, '02-recordatorio-sin-respuesta.eml': m2}
    lab = label([], 'hard', 'negative/availability-request',
                'Recruiter offers two concrete slots and a Bookings link; the owner never answers and the '
                'follow-up says the slots were released. No interview was ever booked.')
    return slug, files, lab


@case
def c21():
    slug = 'b255-21-calendly-ceo-final-pacific'
    dana = ('Dana Okafor', 'dana@quillpath.example')
    d1 = at(LAX, 2026, 10, 28, 8, 3, 27)
    d2 = at(LAX, 2026, 10, 28, 10, 47, 52)
    s, e = at(BOG, 2026, 11, 5, 11), at(BOG, 2026, 11, 5, 11, 30)
    assert s.astimezone(LAX).hour == 8 and off(s.astimezone(LAX)) == -8
    day(s, 'Thursday')
    id1 = f'<CAB{hx("c21m1", 32)}@mail.gmail.com>'
    t1 = """Hi Mariana,

Thanks for all the time you've put into the process so far - the team was unanimous. The last step at Quillpath is a 30-minute chat with me (I'm the co-founder and CEO). No prep needed: I want to hear what you'd build first on our data platform and answer your questions.

Grab any open slot here; Calendly shows the times in your own time zone:
https://calendly.com/dana-quillpath/final-chat

Talk soon,
Dana

--
Dana Okafor
Co-founder & CEO, Quillpath
"""
    m1 = mail(date=d1, msgid=id1, frm=dana, to=[(OWNER_NAME, OWNER)], subject='Quillpath - final step', text=t1,
              seed='c21a')
    meet = 'wxk-pqbr-tne'
    inv = hx('c21inv', 16).upper()
    t2 = f"""Hi Mariana Quintero Salcedo,

Your Final chat - Quillpath with Dana Okafor at 11:00am (Bogota Time) on Thursday, November 5, 2026 is scheduled.

Event Type:
Final chat - Quillpath

Event Date/Time:
11:00am - 11:30am (Bogota Time) - Thursday, November 5, 2026

Location:
This is a Google Meet web conference.
https://meet.google.com/{meet}

Invitee Email:
{OWNER}

Questions:
Anything you'd like Dana to know before the call?
Happy to talk about the Airflow to Dagster migration I led.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{inv}
Reschedule: https://calendly.com/reschedulings/{inv}

Powered by Calendly.com
"""
    cal = ics_text(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendly//Calendly//EN', 'CALSCALE:GREGORIAN',
                    'METHOD:REQUEST', 'BEGIN:VEVENT', f'UID:{inv.lower()}@calendly.com', f'DTSTAMP:{ics_utc(d2)}',
                    f'DTSTART:{ics_utc(s)}', f'DTEND:{ics_utc(e)}', 'SUMMARY:Final chat - Quillpath (Dana Okafor)',
                    'DESCRIPTION:' + esc(f'Event Name: Final chat - Quillpath\nLocation: https://meet.google.com/{meet}\n'
                                         f'Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{inv}'),
                    f'LOCATION:https://meet.google.com/{meet}', f'ORGANIZER;CN=Dana Okafor:mailto:{dana[1]}',
                    attendee(OWNER_NAME, OWNER, 'ACCEPTED', rsvp=False), 'SEQUENCE:0', 'STATUS:CONFIRMED',
                    'END:VEVENT', 'END:VCALENDAR'])
    m2 = mail(date=d2, msgid=f'<{hx("c21m2", 24)}@calendly.com>', frm=('Calendly', 'notifications@calendly.com'),
              to=[(OWNER_NAME, OWNER)], reply_to=dana,
              subject='Confirmed: Final chat - Quillpath with Dana Okafor on Thursday, November 5, 2026',
              text=t2, client='other', seed='c21b', date_tz=UTC, attachments=[att_ics(cal, 'invite.ics', 'REQUEST')])
    files = {'01-dana-final-step.eml': m1, '02-calendly-confirmed.eml': m2}
    lab = label([interview('Quillpath', None, s, e, 'scheduled', [dana[1]], [dana[1]], 'hiring_manager')],
                'medium', 'positive/calendly-founder-final',
                'Founder/CEO final chat booked through Calendly, shown in Bogota Time (11:00 = 8:00 PST after the '
                'US DST change; .ics in UTC). Role is never named ("the process", "data platform") -> null. The '
                'CEO conducts it; Calendly is a notification sender.')
    return slug, files, lab


@case
def c22():
    slug = 'b255-22-teams-actualizada-viernes'
    dan = ('Daniela Zuluaga', 'daniela.zuluaga@orbitalcontact.example')
    est = ('Esteban Gallego', 'esteban.gallego@orbitalcontact.example')
    d1 = at(BOG, 2026, 11, 5, 14, 10, 20)
    d2 = at(BOG, 2026, 11, 9, 8, 5, 3)
    o, oe = at(BOG, 2026, 11, 12, 10), at(BOG, 2026, 11, 12, 11)
    s, e = at(BOG, 2026, 11, 13, 15), at(BOG, 2026, 11, 13, 16)
    day(o, 'jueves'), day(s, 'viernes')
    subj = 'Entrevista técnica y cultural - Ingeniero de Datos - Mariana Quintero'
    intro1 = """Hola Mariana, buenas tardes.

Te comparto la citación para la entrevista técnica y cultural con Esteban Gallego, Coordinador de Ingeniería de Datos de Orbital Contact Services (Medellín). Yo solo coordino la agenda.

A la orden,
Daniela Zuluaga
Coordinadora de Selección | Orbital Contact Services"""
    intro2 = f"""Hola Mariana, buenos días.

Esteban tiene comité de gerencia el jueves en la mañana, así que movimos la entrevista para el {fecha(s, year=False)} a las {hora_corta(s)}; es el mismo enlace de Teams. ¡Gracias por la comprensión!

A la orden,
Daniela Zuluaga
Coordinadora de Selección | Orbital Contact Services"""
    req = [(OWNER_NAME, OWNER), est]
    m1 = teams_invite(date=d1, seed='c22a', uid_seed='c22', organizer=dan, required=req, subject=subj, start=o,
                      end=oe, wintz='SA Pacific Standard Time', intro=intro1)
    m2 = teams_invite(date=d2, seed='c22b', uid_seed='c22', organizer=dan, required=req, subject=subj, start=s,
                      end=e, wintz='SA Pacific Standard Time', intro=intro2, seq=1, prefix='Actualizado: ')
    files = {'01-citacion-jueves.eml': m1, '02-actualizado-viernes.eml': m2}
    lab = label([interview('Orbital Contact Services', 'Ingeniero de Datos', s, e, 'scheduled', [est[1]], [est[1]],
                           'technical')], 'medium', 'positive/reschedule-sequence',
                'Teams invite for Thu 12 Nov 10:00, then an "Actualizado:" update with the same UID and '
                'SEQUENCE:1 moving it to Fri 13 Nov 3:00 p. m. One interview at the final time.')
    return slug, files, lab


# ============================================================================= main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f'{PREFIX}{i:02d}-') and slug not in labels, slug
        os.makedirs(os.path.join(HERE, slug))
        for fname, content in sorted(files.items()):
            assert fname[:2].isdigit() and fname.endswith(('.eml', '.ics', '.gcal.json')), fname
            with open(os.path.join(HERE, slug, fname), 'wb') as f:
                f.write(content.encode('utf-8') if isinstance(content, str) else content)
        labels[slug] = lab
    head = ('# blind255 labels (written blind). Regenerate with: python make_cases.py\n'
            '# Schema and labelling rules: /work/shared/eval/README.md\n')
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100))
    pos = sum(1 for v in labels.values() if v['interview'])
    ivs = [iv for v in labels.values() for iv in v['interviews']]
    print(f'{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews '
          f'({sum(iv["status"] == "scheduled" for iv in ivs)} scheduled, '
          f'{sum(iv["status"] == "cancelled" for iv in ivs)} cancelled)')


if __name__ == '__main__':
    main()
