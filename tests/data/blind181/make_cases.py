#!/usr/bin/env python3
"""Regenerate the blind181 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries (derived from fixed seeds with
sha256). Standard library + PyYAML + zoneinfo only.  Run:  python make_cases.py
"""
import base64
import hashlib
import html as htmlmod
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
BRU = ZoneInfo('Europe/Brussels')
LUX = ZoneInfo('Europe/Luxembourg')
PAR = ZoneInfo('Europe/Paris')
NYC = ZoneInfo('America/New_York')
UTC = timezone.utc

OWNER = 'maelle.verhoeven@example.com'
OWNER_NAME = 'Maëlle Verhoeven'

EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
FR_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
FR_MON = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
          'octobre', 'novembre', 'décembre']


# --------------------------------------------------------------------------- dates
def D(y, mo, d, h=0, mi=0, s=0, tz=BRU):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that dt falls on the weekday `name` (English capitalised or French lower-case)."""
    names = EN_DAYS if name[0].isupper() else FR_DAYS
    assert names[dt.weekday()] == name, (dt.isoformat(), name)
    return name


def en_date(dt):          # Tuesday 12 May 2026
    return f'{EN_DAYS[dt.weekday()]} {dt.day} {EN_MON[dt.month - 1]} {dt.year}'


def en_date_c(dt):        # Tuesday, 12 May 2026 (Outlook en-GB)
    return f'{EN_DAYS[dt.weekday()]}, {dt.day} {EN_MON[dt.month - 1]} {dt.year}'


def en_us(dt):            # Tuesday, March 17, 2026
    return f'{EN_DAYS[dt.weekday()]}, {EN_MON[dt.month - 1]} {dt.day}, {dt.year}'


def fr_date(dt):          # mardi 9 juin 2026
    day = '1er' if dt.day == 1 else str(dt.day)
    return f'{FR_DAYS[dt.weekday()]} {day} {FR_MON[dt.month - 1]} {dt.year}'


def hm(dt):
    return dt.strftime('%H:%M')


def fr_h(dt):             # 16h00 / 9h30
    return f'{dt.hour}h{dt.minute:02d}'


def ampm(dt):
    h = dt.hour % 12 or 12
    return f'{h}:{dt.minute:02d} {"AM" if dt.hour < 12 else "PM"}'


def rfc(dt):
    return format_datetime(dt)


def il(dt):               # iCalendar local
    return dt.strftime('%Y%m%dT%H%M%S')


def iz(dt):               # iCalendar UTC
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def gz(dt):               # Calendar API RFC3339 with millis, UTC
    return dt.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z')


def iso(dt):
    return dt.isoformat()


# --------------------------------------------------------------------------- ids
def hx(seed, n=16, upper=False):
    s = hashlib.sha256(seed.encode()).hexdigest()
    while len(s) < n:
        s += hashlib.sha256(s.encode()).hexdigest()
    s = s[:n]
    return s.upper() if upper else s


def alnum(seed, n):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    raw = hashlib.sha256(seed.encode()).digest() + hashlib.sha256(seed.encode() + b'x').digest()
    return ''.join(alphabet[b % len(alphabet)] for b in raw[:n])


def digits(seed, n):
    return ''.join(str(int(c, 16) % 10) for c in hx(seed, n))


def gmail_id(seed):
    return f'<CA{alnum(seed, 3)}+{alnum(seed + "b", 40)}@mail.gmail.com>'


def outlook_id(seed, region='AM9PR07'):
    box = f'{region}MB{digits(seed, 4)}'
    return f'<{box}{hx(seed, 32, True)}@{box}.eurprd07.prod.outlook.com>'


def exch_uid(seed):
    return '040000008200E00074C5B7101A82E00800000000' + hx(seed, 16, True) + '0000000000000000100000000' + hx(seed + 'u', 31, True)


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


# --------------------------------------------------------------------------- headers / MIME
def A(name, email):
    return formataddr((name, email))


def H(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def qp(s):
    return quopri.encodestring(s.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def leaf(ctype, body, cte='quoted-printable', extra=()):
    if cte == 'quoted-printable':
        enc = qp(body)
    elif cte == 'base64':
        enc = b64(body)
    else:
        enc = body.replace('\r\n', '\n')
    hdrs = [f'Content-Type: {ctype}', *extra, f'Content-Transfer-Encoding: {cte}']
    return '\n'.join(hdrs) + '\n\n' + enc.rstrip('\n') + '\n'


def multipart(subtype, boundary, parts):
    out = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
    for p in parts:
        out += f'--{boundary}\n' + p.rstrip('\n') + '\n\n'
    return out + f'--{boundary}--\n'


def message(headers, body):
    out = ''
    for k, v in headers:
        if v is None:
            continue
        out += f'{k}: {v}\n'
    return out + 'MIME-Version: 1.0\n' + body


def received(host, ip, date, mx='mx.example.com', owner=OWNER):
    return (f'from {host} ({host} [{ip}])\n        by {mx} with ESMTPS id {alnum(host + rfc(date), 12)}\n'
            f'        for <{owner}>; {rfc(date.astimezone(UTC))}')


def html_from_plain(plain, style='gmail'):
    paras = plain.strip('\n').split('\n\n')
    chunks = []
    for p in paras:
        lines = [htmlmod.escape(l) for l in p.split('\n')]
        if all(l.startswith('&gt;') for l in lines if l):
            inner = '<br>'.join(l[4:].lstrip() if l.startswith('&gt;') else l for l in lines)
            chunks.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            chunks.append('<p>' + '<br>\n'.join(lines) + '</p>')
    body = '\n'.join(chunks)
    if style == 'outlook':
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">\n'
                + body + '\n</div>\n</body>\n</html>\n')
    if style == 'apple':
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n'
                + body + '\n</body></html>\n')
    return '<div dir="ltr">\n' + body + '\n</div>\n'


def mail(*, frm, to, subject, date, msgid, plain, html=None, cc=None, reply_to=None, in_reply_to=None,
         references=None, extra_top=(), extra=(), delivered=OWNER, boundary=None, attachments=(),
         date_utc=False, style='gmail', plain_cte='quoted-printable', sender=None, html_cte='quoted-printable'):
    if html is None:
        html = html_from_plain(plain, style)
    if boundary is None:
        boundary = '000000000000' + hx(msgid, 12)
        if style == 'outlook':
            boundary = '_000_' + hx(msgid, 24, True) + 'prodoutlookcom_'
        elif style == 'apple':
            boundary = 'Apple-Mail=_' + hx(msgid, 8, True) + '-' + hx(msgid + '1', 4, True) + '-' + hx(msgid + '2', 4, True) + '-' + hx(msgid + '3', 12, True)
    alt = multipart('alternative', boundary, [
        leaf('text/plain; charset="UTF-8"', plain, plain_cte),
        leaf('text/html; charset="UTF-8"', html, html_cte),
    ])
    body = alt
    if attachments:
        mb = '000000000000' + hx(msgid + 'mixed', 12)
        if style == 'outlook':
            mb = '_004_' + hx(msgid + 'mixed', 24, True) + 'prodoutlookcom_'
        parts = [alt]
        for ctype, fname, content in attachments:
            parts.append(leaf(f'{ctype}; name="{fname}"', content, 'base64',
                              extra=(f'Content-Disposition: attachment; filename="{fname}"',)))
        body = multipart('mixed', mb, parts)
    headers = [('Delivered-To', delivered), *extra_top,
               ('From', frm), ('Sender', sender), ('Reply-To', reply_to), ('To', to), ('Cc', cc),
               ('Subject', H(subject)),
               ('Date', rfc(date.astimezone(UTC)) if date_utc else rfc(date)),
               ('Message-ID', msgid), ('In-Reply-To', in_reply_to), ('References', references), *extra]
    return message(headers, body)


def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.strip('\n').split('\n'))


# --------------------------------------------------------------------------- iCalendar
def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def fold(line):
    out, cur, limit = [], '', 75
    for ch in line:
        if len((cur + ch).encode('utf-8')) > limit:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def ics(lines):
    return ''.join(fold(l) + '\r\n' for l in lines)


def vtz_windows(tzid):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}',
            'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE']


def vtz_cet(tzid):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}',
            'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST',
            'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
            'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET',
            'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
            'END:VTIMEZONE']


def vtz_newyork():
    return ['BEGIN:VTIMEZONE', 'TZID:America/New_York', 'LAST-MODIFIED:20201011T015911Z',
            'TZURL:http://tzurl.org/zoneinfo-outlook/America/New_York', 'X-LIC-LOCATION:America/New_York',
            'BEGIN:DAYLIGHT', 'TZNAME:EDT', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400',
            'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
            'BEGIN:STANDARD', 'TZNAME:EST', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500',
            'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
            'END:VTIMEZONE']


def exchange_ics(*, method, tzid, uid, summary, start, end, organizer, attendees, description, location,
                 dtstamp, seq=0, lang='en-US', online_url=None, teams=False, owner_appt='-1', alarm=True):
    cancel = method == 'CANCEL'
    L = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
         *vtz_windows(tzid), 'BEGIN:VEVENT', f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}']
    for name, email, role, partstat in attendees:
        L.append(f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn(name)}:mailto:{email}')
    L += [f'DESCRIPTION;LANGUAGE={lang}:{esc(description)}', f'UID:{uid}',
          f'SUMMARY;LANGUAGE={lang}:{esc(summary)}',
          f'DTSTART;TZID={tzid}:{il(start)}', f'DTEND;TZID={tzid}:{il(end)}',
          'CLASS:PUBLIC', f'PRIORITY:{1 if cancel else 5}', f'DTSTAMP:{iz(dtstamp)}', 'TRANSP:OPAQUE',
          f'STATUS:{"CANCELLED" if cancel else "CONFIRMED"}', f'SEQUENCE:{seq}',
          f'LOCATION;LANGUAGE={lang}:{esc(location)}',
          f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}', f'X-MICROSOFT-CDO-OWNERAPPTID:{owner_appt}',
          f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if cancel else "TENTATIVE"}',
          f'X-MICROSOFT-CDO-INTENDEDSTATUS:{"FREE" if cancel else "BUSY"}',
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', f'X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}',
          'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams and online_url:
        L += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{online_url}',
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    elif online_url:
        L += [f'X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:{online_url}']
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', f'X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}']
    if alarm and not cancel:
        L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def exchange_mail(*, frm, to, cc=None, subject, date, msgid, plain, ics_text, method, lang='en-US',
                  extra_top=(), delivered=OWNER, topic=None, html=None):
    if html is None:
        html = html_from_plain(plain, 'outlook')
    boundary = '_000_' + hx(msgid, 24, True) + 'prodoutlookcom_'
    body = multipart('alternative', boundary, [
        leaf('text/plain; charset="utf-8"', plain, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', html, 'quoted-printable'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics_text, 'base64'),
    ])
    headers = [('Delivered-To', delivered), *extra_top, ('From', frm), ('To', to), ('CC', cc),
               ('Subject', H(subject)), ('Thread-Topic', H(topic or subject.split(': ', 1)[-1])),
               ('Thread-Index', thread_index(msgid)), ('Date', rfc(date.astimezone(UTC))),
               ('Message-ID', msgid), ('Accept-Language', f'{lang}, en-US'), ('Content-Language', lang),
               ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
               ('Content-class', 'urn:content-classes:calendarmessage'),
               ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + alnum(msgid, 20)),
               ('x-ms-publictraffictype', 'Email')]
    return message(headers, body)


def teams_block(seed, lang='en'):
    tid, oid = hx(seed + 't', 32), hx(seed + 'o', 32)
    tid = f'{tid[:8]}-{tid[8:12]}-{tid[12:16]}-{tid[16:20]}-{tid[20:]}'
    oid = f'{oid[:8]}-{oid[8:12]}-{oid[12:16]}-{oid[16:20]}-{oid[20:]}'
    url = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum(seed, 48)}%40thread.v2/0?context='
           f'%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d')
    mid = digits(seed + 'm', 12)
    mid = f'{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}'
    conf = digits(seed + 'c', 9)
    text = ('________________________________________________________________________________\n'
            'Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>\n'
            f'Join the meeting now<{url}>\n'
            f'Meeting ID: {mid}\n'
            f'Passcode: {alnum(seed + "p", 6)}\n'
            '________________________________\n'
            'Dial in by phone\n'
            f'+32 2 894 81 35,,{conf}# Belgium, Brussels\n'
            'Find a local number<https://dialin.teams.microsoft.com/' + hx(seed + 'd', 8) + '?id=' + conf + '>\n'
            f'Phone conference ID: {conf[:3]} {conf[3:6]} {conf[6:]}#\n'
            'For organisers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=' + oid
            + '&tenantId=' + tid + '> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n'
            '________________________________________________________________________________')
    return url, text


def webex_block(seed, site, lang='en'):
    num = digits(seed, 10)
    num = f'{num[:4]} {num[4:7]} {num[7:]}'
    url = f'https://{site}.webex.com/{site}/j.php?MTID=m{hx(seed, 32)}'
    if lang == 'fr':
        text = ('-- Ne supprimez pas et ne modifiez pas le texte suivant. --\n\n'
                'Le moment venu, rejoignez la réunion Webex ici.\n\n'
                f'Numéro de la réunion (code d\'accès) : {num}\n'
                f'Mot de passe de la réunion : {alnum(seed + "p", 11)}\n\n'
                f'Rejoindre la réunion<{url}>\n\n'
                'Rejoindre par téléphone\n'
                f'+32-2-894-8302,,{num.replace(" ", "")}## Belgium Toll\n'
                f'+352-2786-1209,,{num.replace(" ", "")}## Luxembourg Toll\n\n'
                'Si vous êtes un hôte, cliquez ici pour afficher les informations de l\'hôte.')
    else:
        text = ('-- Do not delete or change any of the following text. --\n\n'
                'When it\'s time, join the Webex meeting here.\n\n'
                f'Meeting number (access code): {num}\n'
                f'Meeting password: {alnum(seed + "p", 11)}\n\n'
                f'Join meeting<{url}>\n\n'
                'Join by phone\n'
                f'+33-1-7091-8646,,{num.replace(" ", "")}## France Toll\n'
                f'+32-2-894-8302,,{num.replace(" ", "")}## Belgium Toll\n\n'
                'If you are a host, click here to view host information.')
    return url, text


def google_ics(*, organizer, attendees, summary, start, end, description, location, uid, dtstamp, created,
               seq=0, method='REQUEST', status='CONFIRMED'):
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT',
         f'DTSTART:{iz(start)}', f'DTEND:{iz(end)}', f'DTSTAMP:{iz(dtstamp)}',
         f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}', f'UID:{uid}']
    for name, email, partstat in attendees:
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}')
    L += [f'X-MICROSOFT-CDO-OWNERAPPTID:-{digits(uid, 10)}', f'CREATED:{iz(created)}',
          f'DESCRIPTION:{esc(description)}', f'LAST-MODIFIED:{iz(dtstamp)}', f'LOCATION:{esc(location)}',
          f'SEQUENCE:{seq}', f'STATUS:{status}', f'SUMMARY:{esc(summary)}', 'TRANSP:OPAQUE']
    if method == 'REQUEST':
        L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder', 'TRIGGER:-P0DT0H30M0S', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def google_invite_mail(*, organizer, subject, date, msgid, plain, html, ics_text, method='REQUEST',
                       delivered=OWNER, to=OWNER):
    alt_b = '000000000000' + hx(msgid + 'alt', 12)
    mix_b = '000000000000' + hx(msgid + 'mix', 12)
    alt = multipart('alternative', alt_b, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, 'base64'),
        leaf('text/html; charset="UTF-8"', html, 'quoted-printable'),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics_text, 'base64'),
    ])
    mixed = multipart('mixed', mix_b, [alt, leaf('application/ics; name="invite.ics"', ics_text, 'base64',
                                                 extra=('Content-Disposition: attachment; filename="invite.ics"',))])
    headers = [('Delivered-To', delivered),
               ('Received', received('mail-sor-f73.google.com', '209.85.220.73', date)),
               ('Return-Path', f'<{hx(msgid, 24)}-calendar-notification@google.com>'),
               ('Reply-To', A(*organizer)), ('Sender', 'Google Calendar <calendar-notification@google.com>'),
               ('Auto-Submitted', 'auto-generated'), ('Message-ID', msgid), ('Date', rfc(date.astimezone(UTC))),
               ('Subject', H(subject)), ('From', A(*organizer)), ('To', to)]
    return message(headers, mixed)


def google_html(title, when, rows, description, join_url=None):
    r = ''.join(f'<tr><td style="padding-right:10px;color:#3c4043">{htmlmod.escape(k)}</td>'
                f'<td style="color:#3c4043">{v}</td></tr>\n' for k, v in rows)
    d = htmlmod.escape(description).replace('\n', '<br>')
    j = f'<p><a href="{join_url}">Join with Google Meet</a></p>\n' if join_url else ''
    return ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">\n'
            f'<h2 style="font-size:22px;font-weight:400">{htmlmod.escape(title)}</h2>\n'
            f'<p style="color:#3c4043">{htmlmod.escape(when)}</p>\n{j}<table>\n{r}</table>\n'
            f'<p style="color:#3c4043">{d}</p>\n'
            '<p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>\n</div></body></html>\n')


# --------------------------------------------------------------------------- output
CASES = []
LABELS = {}


def case(fn):
    CASES.append(fn)
    return fn


def iv(company, role, start, end, kind, interviewers=(), followups=None, status='scheduled'):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers),
            'followup_recipients': list(interviewers if followups is None else followups), 'kind': kind}


def label(case_id, interviews, difficulty, category, notes):
    LABELS[case_id] = {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
                       'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


def write(case_id, files):
    d = os.path.join(HERE, case_id)
    os.makedirs(d, exist_ok=True)
    for name, content in files:
        if name.endswith('.gcal.json'):
            content = json.dumps(content, indent=2, ensure_ascii=False) + '\n'
        with open(os.path.join(d, name), 'w', encoding='utf-8', newline='') as f:
            f.write(content)


# =========================================================================== POSITIVES
ISO_NAME = 'Inter-institutional Selection Office'


@case
def c01():
    cid = 'b181-01-selection-board-oral-test-notice'
    sent = D(2026, 4, 23, 10, 12, 5)
    start = D(2026, 5, 12, 14, 30)
    wd(start, 'Tuesday')
    checkin = start - timedelta(minutes=30)
    end = start + timedelta(minutes=45)
    msgid = f'<{hx("c01", 20)}.notification@candidates.selection-office.example>'
    plain = f"""Competition ISO/AD/412/26 - Policy Officers (AD 6) in the field of Climate and Energy Policy

Candidate number: 1184207
Candidate: VERHOEVEN Maëlle

Dear Candidate,

Following the assessment of the talent screener and the results of the
multiple-choice tests, the Selection Board has decided to invite you to the
next stage of the competition: the interview with the Selection Board
(oral test), as described in point 4.3 of the Notice of Competition.

  Date:      {en_date(start)}
  Time:      {hm(start)} Brussels time (CEST)
  Duration:  approximately 45 minutes
  Format:    remote, via the ISO remote testing platform
  Language:  English (your language 2)

Please log in to the remote testing platform at {hm(checkin)} (30 minutes before
the start of your interview) to complete the identity check and the
technical set-up test. Keep your identity document at hand; the document must
be the one you declared in your application.

The interview is structured around the competencies listed in the Notice
(analysis and problem solving, communicating, delivering quality and results,
prioritising and organising, working with others) and the specific
competencies related to the field of the competition.

Practical information and the technical requirements are available in your
ISO account under "My tests". If you cannot attend on the date indicated,
you must inform us immediately through the contact form in your ISO account,
stating the reason. Requests to change the date can only be accepted in
cases of force majeure.

Please do not reply to this message: this mailbox is not monitored.

Kind regards,

The Competitions Team
{ISO_NAME} (ISO)
Brussels
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
            '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#003399;color:#fff;padding:8px">'
            f'<b>{ISO_NAME}</b></td></tr></table>\n'
            '<p><b>Competition ISO/AD/412/26 &#8211; Policy Officers (AD 6) in the field of Climate and Energy Policy</b></p>\n'
            '<p>Candidate number: 1184207<br>Candidate: VERHOEVEN Ma&euml;lle</p>\n'
            '<p>Dear Candidate,</p>\n'
            '<p>Following the assessment of the talent screener and the results of the multiple-choice tests, the '
            'Selection Board has decided to invite you to the next stage of the competition: the <b>interview with the '
            'Selection Board (oral test)</b>, as described in point 4.3 of the Notice of Competition.</p>\n'
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            f'<tr><td>Date</td><td><b>{en_date(start)}</b></td></tr>'
            f'<tr><td>Time</td><td><b>{hm(start)}</b> Brussels time (CEST)</td></tr>'
            '<tr><td>Duration</td><td>approximately 45 minutes</td></tr>'
            '<tr><td>Format</td><td>remote, via the ISO remote testing platform</td></tr>'
            '<tr><td>Language</td><td>English (your language 2)</td></tr></table>\n'
            f'<p>Please log in to the remote testing platform at <b>{hm(checkin)}</b> (30 minutes before the start of your '
            'interview) to complete the identity check and the technical set-up test. Keep your identity document at hand; '
            'the document must be the one you declared in your application.</p>\n'
            '<p>The interview is structured around the competencies listed in the Notice (analysis and problem solving, '
            'communicating, delivering quality and results, prioritising and organising, working with others) and the '
            'specific competencies related to the field of the competition.</p>\n'
            '<p>Practical information and the technical requirements are available in your ISO account under '
            '&quot;My tests&quot;. If you cannot attend on the date indicated, you must inform us immediately through the '
            'contact form in your ISO account, stating the reason. Requests to change the date can only be accepted in '
            'cases of force majeure.</p>\n'
            '<p><i>Please do not reply to this message: this mailbox is not monitored.</i></p>\n'
            f'<p>Kind regards,<br><br>The Competitions Team<br>{ISO_NAME} (ISO)<br>Brussels</p>\n</body></html>\n')
    eml = mail(frm=A(f'ISO - {ISO_NAME}', 'no-reply@candidates.selection-office.example'),
               to=A('VERHOEVEN Maëlle', OWNER),
               subject='ISO/AD/412/26 - Invitation to the interview with the Selection Board',
               date=sent, msgid=msgid, plain=plain, html=html,
               extra_top=(('Received', received('smtp-out2.selection-office.example', '192.0.2.41', sent)),),
               extra=(('X-Auto-Response-Suppress', 'All'), ('Auto-Submitted', 'auto-generated')))
    write(cid, [('01-iso-invitation-oral-test.eml', eml)])
    label(cid, [iv(ISO_NAME, 'Policy Officer (AD 6) - Climate and Energy Policy', start, end, 'onsite', (), [])],
          'medium', 'positive/epso-style-notice',
          'Selection-office notice inviting to the interview with the Selection Board (oral test = interview, '
          'board = panel -> onsite). Start is 14:30, NOT the 14:00 log-in/ID check. Duration 45 min. '
          'Only a no-reply sender and a contact form -> followup_recipients empty.')


@case
def c02():
    cid = 'b181-02-agency-panel-teams-romance-time'
    sent = D(2026, 3, 5, 16, 40, 11)
    start = D(2026, 3, 19, 10, 0)
    wd(start, 'Thursday')
    end = start + timedelta(minutes=40)
    org = ('Ines Moreau', 'ines.moreau@erfea.example')
    jan = ('Jan De Smedt', 'jan.desmedt@erfea.example')
    paola = ('Paola Ricci', 'paola.ricci@erfea.example')
    tomasz = ('Tomasz Wójcik', 'tomasz.wojcik@erfea.example')
    url, tblock = teams_block('c02')
    subject = 'Interview - Contract Agent FG IV Policy Officer (ERFEA/CA/2026/007) - VERHOEVEN Maëlle'
    plain = f"""When: {en_date_c(start)} {hm(start)}-{hm(end)} (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Ms Verhoeven,

Further to the pre-selection for the selection procedure ERFEA/CA/2026/007
(Contract Agent, Function Group IV - Policy Officer, Unit B.2 "Programme
Policy and Impact"), we are pleased to invite you to an interview with the
Selection Committee.

The interview will take place via Microsoft Teams and will last approximately
40 minutes. It will be conducted in English; part of it may be conducted in
your second language (French). The Selection Committee is composed of:

- Jan De Smedt, Head of Unit B.2 (Chair)
- Paola Ricci, Senior Project Adviser, Unit B.2
- Tomasz Wójcik, HR Officer, Unit R.1

Please accept this invitation to confirm your participation and have a valid
ID document at hand at the beginning of the interview. Your CAST results
remain valid and do not need to be resent.

I will not take part in the interview myself, but do not hesitate to contact
me should you have any technical issue on the day.

Kind regards,

Ines Moreau
Selection & Recruitment Assistant
Unit R.1 - Human Resources
European Research Funding Executive Agency (ERFEA)
Place Rogier 16, B-1210 Brussels
ines.moreau@erfea.example

{tblock}
"""
    ics_text = exchange_ics(method='REQUEST', tzid='Romance Standard Time', uid=exch_uid('c02'),
                            summary=subject, start=start, end=end, organizer=org,
                            attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                       (*jan, 'REQ-PARTICIPANT', 'ACCEPTED'),
                                       (*paola, 'REQ-PARTICIPANT', 'ACCEPTED'),
                                       (*tomasz, 'REQ-PARTICIPANT', 'TENTATIVE')],
                            description=plain, location='Microsoft Teams Meeting', dtstamp=sent,
                            online_url=url, teams=True, lang='en-GB', owner_appt='-1432087713')
    eml = exchange_mail(frm=A(*org), to=', '.join([A(OWNER_NAME, OWNER), A(*jan), A(*paola), A(*tomasz)]),
                        subject=subject, date=sent, msgid=outlook_id('c02', 'DB9PR03'), plain=plain,
                        ics_text=ics_text, method='REQUEST', lang='en-GB',
                        extra_top=(('Received', received('EUR03-DB5-obe.outbound.protection.outlook.com', '40.107.23.97', sent)),))
    write(cid, [('01-invitation-selection-committee.eml', eml)])
    label(cid, [iv('European Research Funding Executive Agency', 'Contract Agent FG IV Policy Officer', start, end,
                   'onsite', [jan[1], paola[1], tomasz[1]])],
          'medium', 'positive/exchange-teams-windows-tz',
          'Outlook/Teams invite with TZID "Romance Standard Time"; 19 March is before EU DST -> +01:00. '
          'Selection committee of three = panel (onsite). Organizer Ines only coordinates (says so).')


@case
def c03():
    cid = 'b181-03-luxembourg-jury-webex-moved-across-dst'
    sent1 = D(2026, 3, 16, 11, 5, 40, LUX)
    first = D(2026, 3, 27, 9, 30, tz=LUX)
    wd(first, 'vendredi')
    sent2 = D(2026, 3, 24, 17, 48, 2, LUX)
    sent3 = D(2026, 3, 24, 17, 52, 30, LUX)
    final = D(2026, 3, 31, 9, 30, tz=LUX)
    wd(final, 'mardi')
    dur = timedelta(minutes=45)
    claire = ('Claire Schmit', 'claire.schmit@oems-lux.example')
    marc = ('Marc Weber', 'marc.weber@oems-lux.example')
    ana = ('Ana Sousa', 'ana.sousa@oems-lux.example')
    url, wblock = webex_block('c03', 'oems-lux', 'fr')
    subject = 'Entretien avec le jury - OEMS/TA/2026/02 Statistical Policy Officer (AD 7) - M. VERHOEVEN'
    tz_label = '(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne'

    def invite_plain(s, note):
        return f"""Quand : {fr_date(s)} {hm(s)}-{hm(s + dur)} {tz_label}.
Où : Réunion Webex

*~*~*~*~*~*~*~*~*~*

{note}Madame,

Dans le cadre de la procédure de sélection OEMS/TA/2026/02 - Statistical
Policy Officer (AD 7), nous avons le plaisir de vous inviter à un entretien
avec le jury de sélection.

L'entretien se déroulera en anglais via Webex et durera environ 45 minutes.
Le jury sera composé de M. Marc Weber, Head of Sector "Public Procurement
Statistics", et de Mme Ana Sousa, Senior Statistician. Je serai présente en
tant que secrétaire du jury uniquement pour l'accueil et la vérification de
votre pièce d'identité et ne participerai pas à l'évaluation.

Merci de bien vouloir accepter cette invitation pour confirmer votre présence.

Bien cordialement,

Claire Schmit
HR Officer - Selection and Recruitment
Office for European Market Statistics (OEMS)
5, rue Eugène Ruppert, L-2453 Luxembourg
Tél. +352 4301 38 215

{wblock}
"""

    uid = exch_uid('c03')
    attendees = [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                 (*marc, 'REQ-PARTICIPANT', 'ACCEPTED'), (*ana, 'REQ-PARTICIPANT', 'ACCEPTED')]
    p1 = invite_plain(first, '')
    ics1 = exchange_ics(method='REQUEST', tzid='W. Europe Standard Time', uid=uid, summary=subject, start=first,
                        end=first + dur, organizer=claire, attendees=attendees, description=p1,
                        location='Réunion Webex', dtstamp=sent1, seq=0, lang='fr-FR', online_url=url,
                        owner_appt='1207755912')
    to = ', '.join([A(OWNER_NAME, OWNER), A(*marc), A(*ana)])
    m1 = exchange_mail(frm=A(*claire), to=to, subject=subject, date=sent1, msgid=outlook_id('c03a', 'PR3PR02'),
                       plain=p1, ics_text=ics1, method='REQUEST', lang='fr-FR')

    mid2 = outlook_id('c03b', 'PR3PR02')
    p2 = f"""Madame,

En raison d'une indisponibilité d'un membre du jury, nous sommes contraints de
déplacer votre entretien initialement prévu le {fr_date(first)} à {fr_h(first)}.

Nous vous proposons de le reporter au mardi suivant, le {fr_date(final)}, à la même
heure ({fr_h(final)}, heure de Luxembourg). Vous allez recevoir dans quelques
minutes une invitation mise à jour ; le lien Webex reste inchangé.

Avec toutes nos excuses pour ce changement,

Bien cordialement,

Claire Schmit
HR Officer - Selection and Recruitment
Office for European Market Statistics (OEMS)
Tél. +352 4301 38 215
"""
    m2 = mail(frm=A(*claire), to=A(OWNER_NAME, OWNER), cc=', '.join([A(*marc), A(*ana)]),
              subject='Report de votre entretien - OEMS/TA/2026/02', date=sent2, msgid=mid2, plain=p2,
              style='outlook', date_utc=True,
              extra=(('Thread-Topic', H('Report de votre entretien - OEMS/TA/2026/02')),
                     ('Thread-Index', thread_index(mid2)), ('Content-Language', 'fr-FR')))

    p3 = invite_plain(final, 'Mise à jour : nouvelle date de l\'entretien.\n\n')
    ics3 = exchange_ics(method='REQUEST', tzid='W. Europe Standard Time', uid=uid, summary=subject, start=final,
                        end=final + dur, organizer=claire, attendees=attendees, description=p3,
                        location='Réunion Webex', dtstamp=sent3, seq=1, lang='fr-FR', online_url=url,
                        owner_appt='1207755912')
    m3 = exchange_mail(frm=A(*claire), to=to, subject='Mis à jour : ' + subject, date=sent3,
                       msgid=outlook_id('c03c', 'PR3PR02'), plain=p3, ics_text=ics3, method='REQUEST', lang='fr-FR',
                       topic=subject)
    write(cid, [('01-invitation-entretien-jury.eml', m1), ('02-report-entretien.eml', m2),
                ('03-mis-a-jour-entretien.eml', m3)])
    label(cid, [iv('Office for European Market Statistics', 'Statistical Policy Officer (AD 7)', final, final + dur,
                   'onsite', [marc[1], ana[1]])],
          'hard', 'positive/reschedule-across-dst',
          'French Outlook/Webex invite, TZID "W. Europe Standard Time" (Luxembourg). Moved from Fri 27 March '
          '(CET, +01:00) to Tue 31 March 09:30, which is after the 29 March DST switch -> +02:00, although the '
          'Outlook label still says (UTC+01:00). SEQUENCE 1 is final. Claire is jury secretary only (not evaluating).')


@case
def c04():
    cid = 'b181-04-ngo-thread-slot-then-pushed'
    hanna = ('Hanna Lindqvist', 'hanna.lindqvist@openlobbywatch.example')
    sofie = ('Sofie Claes', 'sofie.claes@openlobbywatch.example')
    d1 = D(2026, 4, 13, 9, 5, 12)
    slot_a = D(2026, 4, 15, 14, 0)
    slot_b = D(2026, 4, 16, 10, 0)
    wd(slot_a, 'Wednesday')
    wd(slot_b, 'Thursday')
    d_owner = D(2026, 4, 13, 11, 31)
    d2 = D(2026, 4, 13, 14, 2, 44)
    d3 = D(2026, 4, 14, 17, 20, 9)
    wd(d3, 'Tuesday')
    d_owner2 = D(2026, 4, 14, 18, 3)
    d4 = D(2026, 4, 14, 18, 15, 51)
    final = D(2026, 4, 16, 10, 30)
    end = final + timedelta(minutes=45)
    sig = """Hanna Lindqvist
HR & Operations Manager
Open Lobby Watch aisbl
Rue d'Édimbourg 26, 1050 Brussels
+32 2 213 48 90"""
    subj = 'Your application - EU Policy Officer (Lobbying Transparency)'
    p1 = f"""Dear Maëlle,

Thank you for your application for the EU Policy Officer (Lobbying
Transparency) position. We enjoyed reading your motivation letter, and we
would like to invite you to a first interview with Sofie Claes, our Head of
Policy, and myself.

The interview would take about 45 minutes, by video call (Jitsi, link to
follow). Would one of these slots work for you?

- Wednesday 15 April, 14:00
- Thursday 16 April, 10:00

(Brussels time). If neither works, just let me know.

Best wishes,

{sig}
"""
    m1id = gmail_id('c04a')
    m1 = mail(frm=A(*hanna), to=A(OWNER_NAME, OWNER), cc=A(*sofie), subject=subj, date=d1, msgid=m1id, plain=p1)
    owner1 = """Dear Hanna,

Thank you very much for the invitation. Thursday at 10:00 works well for me.

Kind regards,
Maëlle"""
    p2 = f"""Dear Maëlle,

Perfect, thank you. Thursday 16 April at 10:00 is confirmed. Here is the
link: https://meet.jit.si/OLW-interview-{alnum('c04j', 10)}

Talk soon,
Hanna

On Mon, 13 Apr 2026 at 11:31, Maëlle Verhoeven <{OWNER}> wrote:
{quote(owner1)}
>
> On Mon, 13 Apr 2026 at 09:05, Hanna Lindqvist <{hanna[1]}> wrote:
{quote(quote(p1.split('Best wishes')[0]))}
"""
    m2id = gmail_id('c04b')
    m1own = gmail_id('c04own1')
    m2 = mail(frm=A(*hanna), to=A(OWNER_NAME, OWNER), cc=A(*sofie), subject='Re: ' + subj, date=d2, msgid=m2id,
              in_reply_to=m1own, references=f'{m1id} {m1own}', plain=p2)
    p3 = f"""Hi Maëlle,

Sorry for the late change: Sofie has just been pulled into a call with the
Commission on Thursday that runs until 10:15. Could we push our interview by
half an hour, so Thursday at 10:30 instead of 10:00? Same Jitsi link.

Apologies again,
Hanna

{sig}
"""
    m3id = gmail_id('c04c')
    m3 = mail(frm=A(*hanna), to=A(OWNER_NAME, OWNER), cc=A(*sofie), subject='Re: ' + subj, date=d3, msgid=m3id,
              in_reply_to=m2id, references=f'{m1id} {m1own} {m2id}', plain=p3)
    owner2 = """No problem at all, 10:30 on Thursday is fine for me.

Maëlle"""
    p4 = f"""Great, thanks Maëlle! See you on Thursday at 10:30 then.

Sofie

--
Sofie Claes
Head of Policy | Open Lobby Watch
{sofie[1]}

On Tue, 14 Apr 2026 at 18:03, Maëlle Verhoeven <{OWNER}> wrote:
{quote(owner2)}
"""
    m4own = gmail_id('c04own2')
    m4 = mail(frm=A(*sofie), to=A(OWNER_NAME, OWNER), cc=A(*hanna), subject='Re: ' + subj, date=d4,
              msgid=gmail_id('c04d'), in_reply_to=m4own, references=f'{m1id} {m1own} {m2id} {m3id} {m4own}',
              plain=p4)
    write(cid, [('01-invitation-first-interview.eml', m1), ('02-re-confirmed-thursday.eml', m2),
                ('03-re-push-half-an-hour.eml', m3), ('04-re-see-you-thursday.eml', m4)])
    label(cid, [iv('Open Lobby Watch', 'EU Policy Officer (Lobbying Transparency)', final, end, 'hiring_manager',
                   [sofie[1], hanna[1]])],
          'hard', 'positive/thread-propose-confirm-shift',
          'Two slots proposed, Thursday 10:00 chosen, then pushed to 10:30 the same Thursday ("push by half an hour"). '
          'Wednesday 14:00 slot is a distractor. 45 min stated. Both Hanna and Sofie conduct it.')


@case
def c05():
    cid = 'b181-05-paris-consultancy-phone-then-case'
    camille = ('Camille Garnier', 'camille.garnier@delaunay-ap.example')
    antoine = ('Antoine Lefèvre', 'antoine.lefevre@delaunay-ap.example')
    julie = ('Julie Perrin', 'julie.perrin@delaunay-ap.example')
    d1 = D(2026, 4, 29, 17, 20, 3, PAR)
    wd(d1, 'mercredi')
    screen = D(2026, 5, 4, 9, 30, tz=PAR)
    wd(screen, 'lundi')
    d_owner = D(2026, 4, 29, 19, 2)
    d2 = D(2026, 4, 30, 8, 41, 19, PAR)
    d3 = D(2026, 5, 5, 11, 2, 37, PAR)
    case_start = D(2026, 5, 14, 14, 0, tz=PAR)
    wd(case_start, 'jeudi')
    case_end = case_start + timedelta(minutes=90)
    subj = 'Votre candidature - Consultant(e) Affaires européennes'
    sig = """Camille Garnier
Chargée de recrutement
Delaunay Affaires Publiques
18 rue de Miromesnil - 75008 Paris
+33 1 44 51 62 10"""
    p1 = f"""Bonjour Maëlle,

Merci pour votre candidature au poste de Consultant(e) Affaires européennes
(Bruxelles / Paris). Votre parcours a retenu toute notre attention.

Je vous propose un premier entretien téléphonique d'une trentaine de minutes
lundi prochain, le 4 mai, à 9h30. Je vous appellerai sur le numéro indiqué
dans votre CV (+32 470 18 52 96). Cet échange portera sur votre parcours,
vos motivations et vos disponibilités.

Pouvez-vous me confirmer que ce créneau vous convient ?

Bien cordialement,

{sig}
"""
    m1id = f'<{hx("c05a", 12).upper()}.{digits("c05a", 6)}@delaunay-ap.example>'
    m1 = mail(frm=A(*camille), to=A(OWNER_NAME, OWNER), subject=subj, date=d1, msgid=m1id, plain=p1,
              style='apple', plain_cte='quoted-printable',
              extra=(('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)'),))
    owner1 = """Bonjour Camille,

Merci beaucoup pour votre message. Lundi 4 mai à 9h30 me convient
parfaitement, j'attendrai votre appel.

Bien à vous,
Maëlle Verhoeven"""
    p2 = f"""Parfait, c'est noté pour lundi 9h30. À lundi !

Camille

> Le 29 avr. 2026 à 19:02, Maëlle Verhoeven <{OWNER}> a écrit :
>
{quote(owner1)}
"""
    own1 = gmail_id('c05own')
    m2 = mail(frm=A(*camille), to=A(OWNER_NAME, OWNER), subject='Re: ' + subj, date=d2,
              msgid=f'<{hx("c05b", 12).upper()}.{digits("c05b", 6)}@delaunay-ap.example>', plain=p2,
              in_reply_to=own1, references=f'{m1id} {own1}', style='apple',
              extra=(('X-Mailer', 'iPhone Mail (22E252)'),))
    title = 'Entretien - étude de cas | Consultant(e) Affaires européennes | M. Verhoeven'
    loc = 'Delaunay Affaires Publiques, 18 rue de Miromesnil, 75008 Paris, France'
    desc = ("Bonjour Maëlle,\n\nSuite à notre échange téléphonique, voici l'invitation pour le second tour : "
            "présentation d'une étude de cas (sujet envoyé 48 h avant) puis échange avec Antoine Lefèvre (Associé, "
            "pôle Europe) et Julie Perrin (Senior Manager). Durée totale : 1h30.\n\n"
            "Merci de vous présenter à l'accueil au 3e étage.\n\nCamille")
    uid = f'{alnum("c05uid", 26).lower()}@google.com'
    ics3 = google_ics(organizer=camille, attendees=[(*camille, 'ACCEPTED'), (*antoine, 'ACCEPTED'),
                                                    (*julie, 'NEEDS-ACTION'), (OWNER, OWNER, 'NEEDS-ACTION')],
                      summary=title, start=case_start, end=case_end, description=desc, location=loc, uid=uid,
                      dtstamp=d3, created=d3 - timedelta(minutes=3))
    when = f'jeudi 14 mai 2026 · {hm(case_start)} – {hm(case_end)} (heure d’été d’Europe centrale - Paris)'
    plain3 = (f"{title}\n{when}\nLieu : {loc}\n\n{desc}\n\nOrganisateur\n{camille[1]}\n\nInvités\n"
              f"{camille[1]} - organisateur\n{antoine[1]}\n{julie[1]}\n{OWNER}\n\n"
              "Afficher tous les détails de l'invité https://calendar.google.com/calendar/event?action=VIEW&eid="
              + alnum('c05eid', 40) + "\n\nRépondre pour " + OWNER + "\nOui\nNon\nPeut-être\n\n"
              "Invitation de Google Agenda : https://calendar.google.com/calendar/\n")
    html3 = google_html(title, when, [('Lieu', htmlmod.escape(loc)), ('Organisateur', camille[1]),
                                      ('Invités', '<br>'.join([camille[1], antoine[1], julie[1], OWNER]))], desc)
    m3 = google_invite_mail(organizer=camille,
                            subject=f'Invitation: {title} @ jeu. 14 mai 2026 14:00 - 15:30 (CEST) ({OWNER})',
                            date=d3, msgid=f'<calendar-{hx("c05c", 8)}-{hx("c05d", 4)}-{hx("c05e", 4)}-{hx("c05f", 4)}-{hx("c05g", 12)}@google.com>',
                            plain=plain3, html=html3, ics_text=ics3)
    write(cid, [('01-proposition-entretien-telephonique.eml', m1), ('02-re-confirmation-lundi.eml', m2),
                ('03-invitation-etude-de-cas.eml', m3)])
    co, role = 'Delaunay Affaires Publiques', 'Consultant(e) Affaires européennes'
    label(cid, [iv(co, role, screen, screen + timedelta(minutes=30), 'phone_screen', [camille[1]]),
                iv(co, role, case_start, case_end, 'onsite', [antoine[1], julie[1]])],
          'hard', 'positive/two-interviews-french',
          'French mail. Interview 1: phone screen "lundi prochain, le 4 mai, à 9h30" (~30 min, "une trentaine de '
          'minutes") conducted by the recruiter. Interview 2: Google invite (UTC DTSTART) for the in-person case '
          'study + discussion with two interviewers, 14:00-15:30 Paris; Camille is organizer only.')


@case
def c06():
    cid = 'b181-06-washington-dc-call-us-eu-dst-gap'
    monica = ('Monica Alvarez', 'malvarez@atlantic-regforum.example')
    derek = ('Derek Whitfield', 'dwhitfield@atlantic-regforum.example')
    d1 = D(2026, 3, 12, 10, 15, 44, NYC)
    start = D(2026, 3, 17, 10, 0, tz=NYC)
    wd(start, 'Tuesday')
    bru = start.astimezone(BRU)
    assert bru.hour == 15 and bru.utcoffset() == timedelta(hours=1)
    end = start + timedelta(minutes=45)
    d2 = D(2026, 3, 12, 13, 8, 2, NYC)
    subj = 'Atlantic Regulatory Forum - Program Associate (Brussels) next steps'
    sig = """Monica Alvarez
Talent & Recruitment Manager
Atlantic Regulatory Forum
1717 K Street NW, Suite 900, Washington, DC 20006
+1 (202) 555-0148"""
    p1 = f"""Hi Maëlle,

Thank you for your interest in the Program Associate, EU-US Regulatory
Cooperation role, based in our Brussels office. Derek Whitfield, Director of
our EU-US Trade Program, would like to speak with you for about 45 minutes.

Derek is based here in Washington. Would Tuesday, March 17 at 10:00 AM ET
(3:00 PM in Brussels, since we have already switched to summer time and you
have not yet) work for you? If so I'll send a Zoom invitation.

Best,
{sig}
"""
    m1id = outlook_id('c06a', 'BN8PR12').replace('eurprd07', 'namprd12')
    m1 = mail(frm=A(*monica), to=A(OWNER_NAME, OWNER), cc=A(*derek), subject=subj, date=d1, msgid=m1id, plain=p1,
              style='outlook', date_utc=True,
              extra=(('Thread-Topic', subj), ('Thread-Index', thread_index(m1id))))
    owner1 = """Dear Monica,

Many thanks. Tuesday at 10am ET / 3pm Brussels works very well for me.

Best regards,
Maëlle Verhoeven"""
    zoom_id = digits('c06z', 11)
    zoom_fmt = f'{zoom_id[:3]} {zoom_id[3:7]} {zoom_id[7:]}'
    zoom_url = f'https://us06web.zoom.us/j/{zoom_id}?pwd={alnum("c06pwd", 32)}'
    p2 = f"""Hi Maëlle,

Great - you're confirmed with Derek on Tuesday, March 17 at 10:00 AM ET
(15:00 Brussels), 45 minutes. The Zoom invitation is attached.

Monica Alvarez is inviting you to a scheduled Zoom meeting.

Topic: Maëlle Verhoeven / Derek Whitfield - Program Associate interview
Time: Mar 17, 2026 10:00 AM Eastern Time (US and Canada)

Join Zoom Meeting
{zoom_url}

Meeting ID: {zoom_fmt}
Passcode: {digits('c06pc', 6)}

Best,
{sig}

________________________________
From: Maëlle Verhoeven <{OWNER}>
Sent: Thursday, March 12, 2026 12:47 PM
To: Monica Alvarez <{monica[1]}>
Cc: Derek Whitfield <{derek[1]}>
Subject: Re: {subj}

{owner1}
"""
    ics2 = ics(['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
                'METHOD:PUBLISH', 'CLASS:PUBLIC', *vtz_newyork(), 'BEGIN:VEVENT', f'DTSTAMP:{iz(d2)}',
                f'DTSTART;TZID=America/New_York:{il(start)}', f'DTEND;TZID=America/New_York:{il(end)}',
                'SUMMARY:Maëlle Verhoeven / Derek Whitfield - Program Associate interview',
                f'UID:{iz(d2)}-{zoom_id}@zoom.us', 'TZID:America/New_York',
                f'ORGANIZER;CN=Monica Alvarez:mailto:{monica[1]}',
                f'ATTENDEE;CN=Derek Whitfield;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{derek[1]}',
                f'ATTENDEE;CN=Maëlle Verhoeven;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{OWNER}',
                'DESCRIPTION:' + esc(f'Monica Alvarez is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n'
                                     f'{zoom_url}\n\nMeeting ID: {zoom_fmt}\nPasscode: {digits("c06pc", 6)}\n'),
                f'LOCATION:{zoom_url}', 'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY',
                'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'])
    own1 = outlook_id('c06own', 'AS8PR04')
    m2id = outlook_id('c06b', 'BN8PR12').replace('eurprd07', 'namprd12')
    m2 = mail(frm=A(*monica), to=A(OWNER_NAME, OWNER), cc=A(*derek), subject='RE: ' + subj, date=d2, msgid=m2id,
              plain=p2, in_reply_to=own1, references=f'{m1id} {own1}', style='outlook', date_utc=True,
              attachments=[('text/calendar', 'zoom_meeting.ics', ics2)],
              extra=(('Thread-Topic', subj), ('Thread-Index', thread_index(m2id))))
    write(cid, [('01-next-steps-call-with-derek.eml', m1), ('02-re-confirmed-zoom.eml', m2)])
    label(cid, [iv('Atlantic Regulatory Forum', 'Program Associate, EU-US Regulatory Cooperation', start, end,
                   'hiring_manager', [derek[1]])],
          'medium', 'positive/us-eu-dst-gap',
          '17 March 2026 falls in the 3-week gap (US on EDT since 8 March, Brussels still CET): 10:00 ET = 15:00 '
          'Brussels (5 h, not 6 h). Zoom .ics in America/New_York. Monica schedules; Derek interviews.')


@case
def c07():
    cid = 'b181-07-ngo-interview-cancelled-recruitment-on-hold'
    kat = ('Katrien Peeters', 'katrien.peeters@fecc.example')
    lor = ('Lorenzo Bianchi', 'lorenzo.bianchi@fecc.example')
    d1 = D(2026, 4, 22, 9, 14, 50)
    start = D(2026, 5, 6, 15, 0)
    wd(start, 'Wednesday')
    end = start + timedelta(hours=1)
    d2 = D(2026, 4, 30, 16, 26, 7)
    d3 = D(2026, 4, 30, 16, 29, 55)
    subject = 'Interview - Policy Officer Urban Mobility (FECC)'
    loc = 'FECC office, Rue du Trône 98, 1050 Ixelles (3rd floor)'
    p1 = f"""When: {en_date_c(start)} {hm(start)}-{hm(end)} (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
Where: {loc}

*~*~*~*~*~*~*~*~*~*

Dear Maëlle,

As discussed on the phone, here is the invitation for your interview for the
Policy Officer Urban Mobility position. Lorenzo Bianchi (Senior Policy
Officer) and I will meet you at our office; please ring at "FECC" on the
intercom. We'll need about an hour.

Best regards,
Katrien

Katrien Peeters
Secretary General
Federation of European Cycling Cities (FECC)
+32 2 502 77 41
"""
    uid = exch_uid('c07')
    att = [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'), (*lor, 'REQ-PARTICIPANT', 'ACCEPTED')]
    ics1 = exchange_ics(method='REQUEST', tzid='Romance Standard Time', uid=uid, summary=subject, start=start,
                        end=end, organizer=kat, attendees=att, description=p1, location=loc, dtstamp=d1,
                        lang='en-GB', owner_appt='2071734502')
    to = ', '.join([A(OWNER_NAME, OWNER), A(*lor)])
    m1 = exchange_mail(frm=A(*kat), to=to, subject=subject, date=d1, msgid=outlook_id('c07a', 'AM6PR10'),
                       plain=p1, ics_text=ics1, method='REQUEST', lang='en-GB')
    p2 = f"""Dear Maëlle,

I am very sorry to have to write this. Following the decision of one of our
core funders last week, our Board has decided this morning to put all
recruitments on hold until the autumn, including the Policy Officer Urban
Mobility position.

We therefore have to cancel our interview next Wednesday ({start.day} May). I'll send
the calendar cancellation in a moment. This has nothing to do with your
application, which we liked a lot; if the position reopens I will contact
you personally.

With apologies and best wishes,
Katrien

Katrien Peeters
Secretary General
Federation of European Cycling Cities (FECC)
+32 2 502 77 41
"""
    mid2 = outlook_id('c07b', 'AM6PR10')
    m2 = mail(frm=A(*kat), to=A(OWNER_NAME, OWNER), cc=A(*lor), subject='Policy Officer Urban Mobility - recruitment on hold',
              date=d2, msgid=mid2, plain=p2, style='outlook', date_utc=True,
              extra=(('Thread-Topic', 'Policy Officer Urban Mobility - recruitment on hold'),
                     ('Thread-Index', thread_index(mid2))))
    p3 = f"""When: {en_date_c(start)} {hm(start)}-{hm(end)} (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
Where: {loc}

*~*~*~*~*~*~*~*~*~*

Cancelled - see my e-mail. Apologies, Katrien
"""
    ics3 = exchange_ics(method='CANCEL', tzid='Romance Standard Time', uid=uid, summary='Canceled: ' + subject,
                        start=start, end=end, organizer=kat, attendees=att, description=p3, location=loc,
                        dtstamp=d3, seq=1, lang='en-GB', owner_appt='2071734502')
    m3 = exchange_mail(frm=A(*kat), to=to, subject='Canceled: ' + subject, date=d3,
                       msgid=outlook_id('c07c', 'AM6PR10'), plain=p3, ics_text=ics3, method='CANCEL',
                       lang='en-GB', topic=subject)
    write(cid, [('01-invite-interview-fecc.eml', m1), ('02-recruitment-on-hold.eml', m2),
                ('03-canceled-interview.eml', m3)])
    label(cid, [iv('Federation of European Cycling Cities', 'Policy Officer Urban Mobility', start, end, 'onsite',
                   [kat[1], lor[1]], status='cancelled')],
          'medium', 'positive/cancellation',
          'In-person interview (Wed 6 May 15:00-16:00 CEST; Outlook label says UTC+01:00) cancelled by e-mail and '
          'METHOD:CANCEL. Kept with status cancelled. Katrien (organizer) and Lorenzo both interview ("Lorenzo and I").')


def gcal_event(*, eid, summary, description, organizer, attendees, start, end, tzname, created, updated,
               location=None, meet=None, seq=0, status='confirmed'):
    ev = {'kind': 'calendar#event', 'etag': f'"{digits(eid + updated.isoformat(), 16)}"', 'id': eid,
          'status': status,
          'htmlLink': 'https://www.google.com/calendar/event?eid=' + base64.b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
          'created': gz(created), 'updated': gz(updated), 'summary': summary, 'description': description}
    if location:
        ev['location'] = location
    ev.update({'creator': {'email': organizer[1], 'displayName': organizer[0]},
               'organizer': {'email': organizer[1], 'displayName': organizer[0]},
               'start': {'dateTime': start.isoformat(), 'timeZone': tzname},
               'end': {'dateTime': end.isoformat(), 'timeZone': tzname},
               'iCalUID': f'{eid}@google.com', 'sequence': seq, 'attendees': attendees})
    if meet:
        ev['hangoutLink'] = f'https://meet.google.com/{meet}'
        ev['conferenceData'] = {
            'entryPoints': [{'entryPointType': 'video', 'uri': f'https://meet.google.com/{meet}', 'label': f'meet.google.com/{meet}'},
                            {'entryPointType': 'phone', 'uri': 'tel:+32-2-290-73-40', 'label': '+32 2 290 73 40',
                             'pin': digits(eid + 'pin', 9), 'regionCode': 'BE'}],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                   'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png'},
            'conferenceId': meet}
    ev['reminders'] = {'useDefault': True}
    ev['eventType'] = 'default'
    return ev


@case
def c08():
    cid = 'b181-08-gcal-api-cancelled-then-rebooked'
    ruth = ('Ruth Okonkwo', 'ruth.okonkwo@edcn.example')
    pieter = ('Pieter Janssens', 'pieter.janssens@edcn.example')
    s1 = D(2026, 6, 2, 11, 0)
    wd(s1, 'Tuesday')
    s2 = D(2026, 6, 4, 16, 0)
    wd(s2, 'Thursday')
    dur = timedelta(minutes=45)
    role = 'Senior Policy Officer, AI Act'

    def att(o, p, me):
        return [{'email': ruth[1], 'displayName': ruth[0], 'organizer': True, 'responseStatus': o},
                {'email': pieter[1], 'displayName': pieter[0], 'responseStatus': p},
                {'email': OWNER, 'self': True, 'responseStatus': me}]

    e1_id = alnum('c08e1', 26).lower()
    e1 = gcal_event(eid=e1_id, summary=f'EDCN interview - Maëlle Verhoeven ({role})',
                    description=('Interview for the Senior Policy Officer (AI Act) position at the European Digital '
                                 'Citizens Network.\nYou will speak with Pieter Janssens (Policy Director) and Ruth '
                                 'Okonkwo (People Lead). 45 minutes.'),
                    organizer=ruth, attendees=att('accepted', 'accepted', 'accepted'), start=s1, end=s1 + dur,
                    tzname='Europe/Brussels', created=D(2026, 5, 21, 10, 2), updated=D(2026, 5, 21, 14, 40, 13),
                    meet='vtk-pmqa-hrd')
    e1_cancel = {'kind': 'calendar#event', 'etag': f'"{digits("c08cx", 16)}"', 'id': e1_id, 'status': 'cancelled'}
    e2_id = alnum('c08e2', 26).lower()
    e2 = gcal_event(eid=e2_id, summary=f'EDCN interview (new date) - Maëlle Verhoeven ({role})',
                    description=('New date for your interview for the Senior Policy Officer (AI Act) position, after '
                                 'we had to cancel the 2 June slot (Pieter was called into a trilogue preparation '
                                 'meeting).\nWith Pieter Janssens (Policy Director) and Ruth Okonkwo (People Lead). '
                                 '45 minutes.'),
                    organizer=ruth, attendees=att('accepted', 'accepted', 'needsAction'), start=s2, end=s2 + dur,
                    tzname='Europe/Brussels', created=D(2026, 6, 1, 17, 12), updated=D(2026, 6, 1, 17, 12, 48),
                    meet='qzn-ebwf-osk')
    write(cid, [('01-edcn-interview.gcal.json', e1), ('02-edcn-interview-deleted.gcal.json', e1_cancel),
                ('03-edcn-interview-new-date.gcal.json', e2)])
    co = 'European Digital Citizens Network'
    label(cid, [iv(co, role, s1, s1 + dur, 'hiring_manager', [pieter[1], ruth[1]], status='cancelled'),
                iv(co, role, s2, s2 + dur, 'hiring_manager', [pieter[1], ruth[1]])],
          'hard', 'positive/gcal-api-cancel-rebook',
          'Calendar API only. Event 1 (2 June 11:00) later appears as a deleted stub with only id/status=cancelled; '
          'its time must come from the earlier item. A NEW event id is booked for 4 June 16:00 -> two entries '
          '(one cancelled, one scheduled). Ruth and Pieter both conduct it per the description.')


@case
def c09():
    cid = 'b181-09-reserve-list-then-agency-interview'
    gio = ('Giorgos Papadakis', 'giorgos.papadakis@emca.example')
    eva = ('Eva Horváth', 'eva.horvath@emca.example')
    d0 = D(2026, 2, 2, 12, 0, 3)
    d1 = D(2026, 3, 10, 13, 22, 41)
    d2 = D(2026, 3, 11, 9, 48, 10)
    start = D(2026, 3, 23, 11, 0)
    wd(start, 'Monday')
    end = start + timedelta(minutes=45)
    p0 = f"""Competition ISO/AD/398/25 - Policy Officers (AD 5) - Migration and Asylum

Candidate number: 1102388

Dear Candidate,

We are pleased to inform you that the Selection Board has placed your name on
the reserve list for the above competition. The reserve list will be
published in the Official Journal and on the ISO website.

Please note that inclusion on a reserve list does not give any entitlement or
guarantee of recruitment. Recruiting services of the EU institutions and
agencies consult the reserve list and may contact you directly, for example
to invite you to a recruitment interview. Please keep your contact details
and availability up to date in your ISO account.

Your competency passport is now available in your ISO account.

Congratulations on this result.

The Competitions Team
{ISO_NAME} (ISO)

Please do not reply to this message.
"""
    m0 = mail(frm=A(f'ISO - {ISO_NAME}', 'no-reply@candidates.selection-office.example'),
              to=A('VERHOEVEN Maëlle', OWNER),
              subject='ISO/AD/398/25 - Inclusion on the reserve list', date=d0,
              msgid=f'<{hx("c09a", 20)}.notification@candidates.selection-office.example>', plain=p0,
              extra=(('Auto-Submitted', 'auto-generated'),))
    subj = 'Recruitment interview - Policy Officer (AD 5), Policy and Legal Affairs Unit - EMCA'
    p1 = f"""Dear Ms Verhoeven,

I am Head of the Policy and Legal Affairs Unit of the European Migration
Coordination Agency (EMCA). We consulted the reserve list of competition
ISO/AD/398/25 and your profile corresponds well to a vacant post of Policy
Officer (AD 5) in my unit, based in Brussels.

I would therefore like to invite you to a recruitment interview with myself
and my deputy, Ms Eva Horváth (in copy), on Monday 23 March 2026 at 11:00
(Brussels time), by Microsoft Teams. The interview will last about 45 minutes
and will be conducted in English, with a short part in French.

Could you please confirm your availability by return e-mail? A Teams
invitation will follow.

Kind regards,

Giorgos Papadakis
Head of Unit - Policy and Legal Affairs
European Migration Coordination Agency (EMCA)
Rue de la Loi 81A, B-1040 Brussels
"""
    m1id = outlook_id('c09b', 'DU2PR09')
    m1 = mail(frm=A(*gio), to=A(OWNER_NAME, OWNER), cc=A(*eva), subject=subj, date=d1, msgid=m1id, plain=p1,
              style='outlook', date_utc=True, extra=(('Thread-Topic', subj), ('Thread-Index', thread_index(m1id))))
    url, tblock = teams_block('c09')
    p2 = f"""When: {en_date_c(start)} {hm(start)}-{hm(end)} (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Ms Verhoeven,

Thank you for your confirmation. Please find the Teams link for Monday below.

Kind regards,
Giorgos Papadakis

{tblock}
"""
    ics2 = exchange_ics(method='REQUEST', tzid='Romance Standard Time', uid=exch_uid('c09'),
                        summary='EMCA recruitment interview - M. Verhoeven', start=start, end=end,
                        organizer=gio, attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                                  (*eva, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                        description=p2, location='Microsoft Teams Meeting', dtstamp=d2, online_url=url, teams=True,
                        lang='en-GB', owner_appt='-388190244')
    m2 = exchange_mail(frm=A(*gio), to=', '.join([A(OWNER_NAME, OWNER), A(*eva)]),
                       subject='EMCA recruitment interview - M. Verhoeven', date=d2,
                       msgid=outlook_id('c09c', 'DU2PR09'), plain=p2, ics_text=ics2, method='REQUEST', lang='en-GB')
    write(cid, [('01-reserve-list-inclusion.eml', m0), ('02-recruitment-interview-invitation.eml', m1),
                ('03-teams-invite-recruitment-interview.eml', m2)])
    label(cid, [iv('European Migration Coordination Agency', 'Policy Officer (AD 5)', start, end, 'hiring_manager',
                   [gio[1], eva[1]])],
          'medium', 'positive/reserve-list-then-interview',
          'Reserve-list notice (not an interview; mentions that services "may" invite to interviews) followed by a '
          'Head of Unit invitation + Teams invite for the same slot (one interview). 23 March is still CET (+01:00).')


@case
def c10():
    cid = 'b181-10-luxembourg-onsite-day-itinerary'
    sandra = ('Sandra Hoffmann', 'sandra.hoffmann@eicb.example')
    olivier = ('Olivier Martin', 'olivier.martin@eicb.example')
    kasia = ('Katarzyna Nowak', 'katarzyna.nowak@eicb.example')
    rui = ('Rui Costa', 'rui.costa@eicb.example')
    elis = ('Elisabeth Brandt', 'elisabeth.brandt@eicb.example')
    day = D(2026, 6, 11, 0, 0, tz=LUX)
    wd(day, 'Thursday')

    def t(h, m):
        return D(2026, 6, 11, h, m, tz=LUX)
    arrive, s1, e1, s2, e2, lunch_e, s3, e3 = t(9, 15), t(9, 30), t(10, 30), t(10, 45), t(11, 30), t(12, 30), t(12, 30), t(13, 0)
    d1 = D(2026, 5, 28, 15, 33, 20, LUX)
    d2 = D(2026, 5, 28, 15, 41, 2, LUX)
    d3 = D(2026, 5, 28, 15, 44, 37, LUX)
    role = 'Policy Officer - Climate Finance Strategy'
    addr = 'EICB Kirchberg building, 41 rue Alphonse Weicker, L-2721 Luxembourg'
    p1 = f"""Dear Maëlle,

Congratulations again on passing the written exercise. As announced, we would
like to welcome you in Luxembourg for the final interview day for the post of
{role} (ref. EICB/2026/PS-114).

Date: {en_date(day)}
Place: {addr} - please report to the main reception by {hm(arrive)} with your
ID card; I will collect you there.

Programme (all times Luxembourg time):

{hm(s1)} - {hm(e1)}  Competency-based interview with the selection panel:
               Olivier Martin, Head of Division Policy & Strategy
               Katarzyna Nowak, HR Business Partner
{hm(s2)} - {hm(e2)}  Technical discussion on climate-finance policy
               Rui Costa, Senior Policy Adviser (rui.costa@eicb.example - no separate
               invitation for this session; Rui will collect you from the panel room)
{hm(e2)} - {hm(lunch_e)}  Lunch with members of the team (informal, not part of the assessment)
{hm(s3)} - {hm(e3)}  Meeting with Elisabeth Brandt, Director, Policy & Strategy Department

You will receive separate calendar invitations for the panel interview and
for the meeting with the Director.

Your travel from Brussels (train, 2nd class) will be reimbursed according to
our rules for candidates; please keep your tickets. If you have any question,
reply to this e-mail or call me on +352 43 79 88 214.

Kind regards,

Sandra Hoffmann
Recruitment Coordinator | Human Resources
European Investment Cooperation Bank
{addr}
"""
    m1id = outlook_id('c10a', 'VI1PR08')
    subj = f'Final interview day - {role} - Thursday 11 June'
    m1 = mail(frm=A(*sandra), to=A(OWNER_NAME, OWNER), subject=subj, date=d1, msgid=m1id, plain=p1, style='outlook',
              date_utc=True, extra=(('Thread-Topic', subj), ('Thread-Index', thread_index(m1id))))
    owner_like = [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')]
    p2 = f"""When: {en_date_c(s1)} {hm(s1)}-{hm(e1)} (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
Where: EICB Kirchberg, meeting room K2-04

*~*~*~*~*~*~*~*~*~*

Panel interview - EICB/2026/PS-114 {role}.
Panel: Olivier Martin, Katarzyna Nowak. Full programme in my separate e-mail.
Sandra
"""
    ics2 = exchange_ics(method='REQUEST', tzid='W. Europe Standard Time', uid=exch_uid('c10a'),
                        summary='Panel interview - EICB/2026/PS-114 - M. Verhoeven', start=s1, end=e1,
                        organizer=sandra, attendees=owner_like + [(*olivier, 'REQ-PARTICIPANT', 'ACCEPTED'),
                                                                  (*kasia, 'REQ-PARTICIPANT', 'ACCEPTED')],
                        description=p2, location='EICB Kirchberg, meeting room K2-04', dtstamp=d2, lang='en-GB',
                        owner_appt='-912288410')
    m2 = exchange_mail(frm=A(*sandra), to=', '.join([A(OWNER_NAME, OWNER), A(*olivier), A(*kasia)]),
                       subject='Panel interview - EICB/2026/PS-114 - M. Verhoeven', date=d2,
                       msgid=outlook_id('c10b', 'VI1PR08'), plain=p2, ics_text=ics2, method='REQUEST', lang='en-GB')
    p3 = f"""When: {en_date_c(s3)} {hm(s3)}-{hm(e3)} (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
Where: EICB Kirchberg, Director's office, 7th floor

*~*~*~*~*~*~*~*~*~*

Meeting with Elisabeth Brandt (Director) - final interview day, EICB/2026/PS-114.
Sandra
"""
    ics3 = exchange_ics(method='REQUEST', tzid='W. Europe Standard Time', uid=exch_uid('c10b'),
                        summary='Meeting with the Director - EICB/2026/PS-114 - M. Verhoeven', start=s3, end=e3,
                        organizer=sandra, attendees=owner_like + [(*elis, 'REQ-PARTICIPANT', 'ACCEPTED')],
                        description=p3, location="EICB Kirchberg, Director's office, 7th floor", dtstamp=d3,
                        lang='en-GB', owner_appt='-912288377')
    m3 = exchange_mail(frm=A(*sandra), to=', '.join([A(OWNER_NAME, OWNER), A(*elis)]),
                       subject='Meeting with the Director - EICB/2026/PS-114 - M. Verhoeven', date=d3,
                       msgid=outlook_id('c10c', 'VI1PR08'), plain=p3, ics_text=ics3, method='REQUEST', lang='en-GB')
    write(cid, [('01-final-interview-day-programme.eml', m1), ('02-invite-panel-interview.eml', m2),
                ('03-invite-meeting-with-director.eml', m3)])
    label(cid, [iv('European Investment Cooperation Bank', role, s1, e3, 'onsite',
                   [olivier[1], kasia[1], rui[1], elis[1]])],
          'hard', 'positive/onsite-loop-luxembourg',
          'One-day loop in Luxembourg sent as programme e-mail + two separate invites (W. Europe Standard Time, CEST). '
          'ONE onsite from first session 09:30 (not the 09:15 reception) to last session end 13:00, all four '
          'interviewers; informal lunch in between. Sandra only coordinates.')


@case
def c11():
    cid = 'b181-11-forwarded-french-convocation-jury'
    alumni = 'maelle.verhoeven@alumni.sciencespo-lille.example'
    rh = ('Service Ressources humaines - Région Grand Littoral', 'recrutement@grandlittoral-region.example')
    elodie = 'elodie.marchand@grandlittoral-region.example'
    d_orig = D(2026, 5, 22, 15, 4, 0, PAR)
    wd(d_orig, 'vendredi')
    d_fwd = D(2026, 5, 23, 9, 12, 38)
    start = D(2026, 6, 9, 16, 0, tz=PAR)
    wd(start, 'mardi')
    end = start + timedelta(minutes=45)
    orig = f"""Madame,

Suite à l'examen de votre candidature au poste de chargé(e) de mission
Affaires européennes (poste basé à Bruxelles, réf. RGL-2026-087), nous avons
le plaisir de vous convier à un entretien avec le jury de recrutement le :

    {fr_date(start)} à {fr_h(start)} (heure de Paris)

au Bureau de représentation de la Région Grand Littoral auprès de l'Union
européenne, avenue de Cortenbergh 66, 1000 Bruxelles (2e étage).

Le jury sera composé de Mme Nathalie Rousseau, directrice des Affaires
européennes et internationales, de M. Hugo Lambert, chef du bureau de
Bruxelles, et d'un représentant de la direction des ressources humaines.
L'entretien durera 45 minutes, dont 10 minutes de présentation de votre
part sur le thème : « La Région face à la révision de la politique de
cohésion post-2027 ».

Merci de confirmer votre présence auprès de Mme Élodie Marchand,
gestionnaire RH ({elodie} - 03 20 63 41 18).

Nous vous prions d'agréer, Madame, l'expression de nos salutations
distinguées.

Le Service Ressources humaines
Région Grand Littoral
"""
    p = f"""à mettre dans l'agenda !

---------- Forwarded message ---------
De : {rh[0]} <{rh[1]}>
Date: ven. 22 mai 2026 à 15:04
Subject: Convocation - entretien de recrutement - Chargé(e) de mission Affaires européennes (RGL-2026-087)
To: <{alumni}>


{orig}"""
    html = ('<div dir="ltr">à mettre dans l\'agenda !<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            '---------- Forwarded message ---------<br>De&nbsp;: <strong class="gmail_sendername" dir="auto">'
            f'{htmlmod.escape(rh[0])}</strong> <span dir="auto">&lt;<a href="mailto:{rh[1]}">{rh[1]}</a>&gt;</span><br>'
            'Date: ven. 22 mai 2026 à 15:04<br>Subject: Convocation - entretien de recrutement - Chargé(e) de mission '
            f'Affaires européennes (RGL-2026-087)<br>To: &lt;<a href="mailto:{alumni}">{alumni}</a>&gt;<br></div><br><br>'
            + html_from_plain(orig) + '</div></div>\n')
    m = mail(frm=A(OWNER_NAME, alumni), to=OWNER,
             subject='Fwd: Convocation - entretien de recrutement - Chargé(e) de mission Affaires européennes (RGL-2026-087)',
             date=d_fwd, msgid=gmail_id('c11'), plain=p, html=html,
             extra_top=(('Received', received('mail-ej1-f46.google.com', '209.85.218.46', d_fwd)),))
    write(cid, [('01-fwd-convocation-entretien.eml', m)])
    label(cid, [iv('Région Grand Littoral', 'Chargé(e) de mission Affaires européennes', start, end, 'onsite', [],
                   [elodie])],
          'medium', 'positive/forwarded-french',
          'Owner forwards (Gmail "Forwarded message") a French convocation from her alumni address. "mardi 9 juin 2026 '
          'à 16h00 (heure de Paris)" = same offset as Brussels, +02:00; 45 min. Jury members have no addresses; '
          'recrutement@ is a generic mailbox -> follow-up to the HR officer named in the text.')


@case
def c12():
    cid = 'b181-12-greenhouse-confirmation-plus-teams-same-slot'
    leila = ('Leila Haddad', 'leila.haddad@kesslervos.example')
    fred = ('Frederik Vos', 'frederik.vos@kesslervos.example')
    aylin = ('Aylin Demir', 'aylin.demir@kesslervos.example')
    d1 = D(2026, 4, 23, 11, 47, 9)
    d2 = D(2026, 4, 23, 14, 5, 33)
    start = D(2026, 4, 29, 14, 0)
    wd(start, 'Wednesday')
    end = start + timedelta(hours=1)
    role = 'Senior Consultant - EU Energy & Climate'
    p1 = f"""Hi Maëlle,

Thanks for confirming your availability! Your interview for the {role}
role at Kessler & Vos Public Affairs is scheduled.

{en_us(start)}
{ampm(start)} - {ampm(end)} CEST (Europe/Brussels)

Interviewers:
  Frederik Vos - Partner
  Aylin Demir - Associate Director, Energy & Climate

Location: Microsoft Teams (Frederik will send you the meeting link
separately)

A calendar invitation (.ics) is attached. If you need to reschedule, please
reply to this e-mail and our Talent Coordinator, Leila Haddad, will get back
to you.

Best,
Leila Haddad
Kessler & Vos Public Affairs

Powered by Greenhouse
"""
    html1 = (f'<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">\n'
             f'<p>Hi Maëlle,</p>\n<p>Thanks for confirming your availability! Your interview for the <b>{htmlmod.escape(role)}</b> '
             'role at Kessler &amp; Vos Public Affairs is scheduled.</p>\n'
             f'<p><b>{en_us(start)}</b><br>{ampm(start)} - {ampm(end)} CEST (Europe/Brussels)</p>\n'
             '<p><b>Interviewers:</b><br>Frederik Vos - Partner<br>Aylin Demir - Associate Director, Energy &amp; Climate</p>\n'
             '<p><b>Location:</b> Microsoft Teams (Frederik will send you the meeting link separately)</p>\n'
             '<p>A calendar invitation (.ics) is attached. If you need to reschedule, please reply to this e-mail and our '
             'Talent Coordinator, Leila Haddad, will get back to you.</p>\n<p>Best,<br>Leila Haddad<br>Kessler &amp; Vos Public Affairs</p>\n'
             '<p style="color:#888;font-size:11px">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>\n</body></html>\n')
    gh_ics = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Greenhouse Software//Interview Scheduler//EN',
                  'METHOD:PUBLISH', 'BEGIN:VEVENT', f'UID:interview-{digits("c12uid", 9)}@greenhouse.io',
                  f'DTSTAMP:{iz(d1)}', f'DTSTART:{iz(start)}', f'DTEND:{iz(end)}',
                  f'SUMMARY:Interview with Kessler & Vos Public Affairs - {esc(role)}',
                  'DESCRIPTION:' + esc('Interviewers: Frederik Vos (Partner), Aylin Demir (Associate Director)'
                                       '\nMicrosoft Teams link will be sent by the interviewer.'),
                  'LOCATION:Microsoft Teams', f'ORGANIZER;CN=Leila Haddad:mailto:{leila[1]}',
                  f'ATTENDEE;CN=Maëlle Verhoeven;ROLE=REQ-PARTICIPANT:mailto:{OWNER}',
                  'STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR'])
    m1 = mail(frm=A('Kessler & Vos Public Affairs', 'no-reply@greenhouse.io'), reply_to=A(*leila),
              to=OWNER, subject=f'Interview Confirmation: {role} at Kessler & Vos Public Affairs', date=d1,
              msgid=f'<{hx("c12a", 24)}@mail.greenhouse.io>', plain=p1, html=html1, date_utc=True,
              attachments=[('text/calendar', 'interview.ics', gh_ics)],
              extra_top=(('Received', received('o3.email.greenhouse.io', '167.89.101.12', d1)),),
              extra=(('X-SG-EID', alnum('c12sg', 40)),))
    url, tblock = teams_block('c12')
    p2 = f"""When: {en_date_c(start)} {hm(start)}-{hm(end)} (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Maëlle,

Looking forward to our conversation next Wednesday - Aylin will join me.
We'll spend most of the hour on your experience with EU energy files and a
short discussion of a current dossier (no preparation needed).

Frederik

{tblock}
"""
    ics2 = exchange_ics(method='REQUEST', tzid='Romance Standard Time', uid=exch_uid('c12'),
                        summary='Kessler & Vos - Interview Maëlle Verhoeven (Senior Consultant Energy & Climate)',
                        start=start, end=end, organizer=fred,
                        attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                   (*aylin, 'REQ-PARTICIPANT', 'ACCEPTED')],
                        description=p2, location='Microsoft Teams Meeting', dtstamp=d2, online_url=url, teams=True,
                        lang='en-GB', owner_appt='1510993372')
    m2 = exchange_mail(frm=A(*fred), to=', '.join([A(OWNER_NAME, OWNER), A(*aylin)]),
                       subject='Kessler & Vos - Interview Maëlle Verhoeven (Senior Consultant Energy & Climate)',
                       date=d2, msgid=outlook_id('c12b', 'AS2PR02'), plain=p2, ics_text=ics2, method='REQUEST',
                       lang='en-GB')
    write(cid, [('01-greenhouse-interview-confirmation.eml', m1), ('02-teams-invite-from-partner.eml', m2)])
    label(cid, [iv('Kessler & Vos Public Affairs', role, start, end, 'onsite', [fred[1], aylin[1]])],
          'medium', 'positive/dedupe-ats-plus-invite',
          'Greenhouse confirmation (no-reply sender, UTC .ics 12:00Z) and the partner\'s Teams invite (Romance '
          'Standard Time 14:00) describe the SAME slot -> one interview. Two interviewers = panel (onsite). '
          'Leila is Reply-To coordinator only.')


@case
def c13():
    cid = 'b181-13-paris-org-webex-moved-by-email'
    sarah = ('Sarah Benali', 'sarah.benali@orpc.example')
    mikael = ('Mikael Sørensen', 'mikael.sorensen@orpc.example')
    ingrid = ('Ingrid Dahl', 'ingrid.dahl@orpc.example')
    d1 = D(2026, 5, 25, 10, 31, 2, PAR)
    first = D(2026, 6, 2, 10, 0, tz=PAR)
    wd(first, 'Tuesday')
    d2 = D(2026, 5, 29, 9, 40, 55, PAR)
    wd(d2, 'Friday')
    d3 = D(2026, 5, 29, 14, 12, 20, PAR)
    final = D(2026, 6, 3, 10, 0, tz=PAR)
    wd(final, 'Wednesday')
    dur = timedelta(hours=1)
    role = 'Policy Analyst, Better Regulation (Grade A2)'
    url, wblock = webex_block('c13', 'orpc')
    title = f'Interview - {role} - M. Verhoeven'
    p1 = f"""Sarah Benali invites you to join this Webex meeting.

{title}
Host: Sarah Benali
{en_date_c(first)} {hm(first)} | (UTC+02:00) Paris | 1 hr

Dear Ms Verhoeven, as agreed, your interview for the {role}
position in the Regulatory Policy Division will take place by Webex. You will
meet Mikael Sørensen (Senior Policy Analyst) and Ingrid Dahl (Head of
Division). I will open the meeting and then leave.

{wblock}

Need help? Go to https://help.webex.com
"""
    ics1 = ics(['BEGIN:VCALENDAR', 'PRODID:-//Cisco Systems Inc.//Webex Meetings//EN', 'VERSION:2.0',
                'METHOD:REQUEST', *vtz_cet('Europe/Paris'), 'BEGIN:VEVENT',
                f'ORGANIZER;CN=Sarah Benali:mailto:{sarah[1]}',
                f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maëlle Verhoeven:mailto:{OWNER}',
                f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mikael Sørensen:mailto:{mikael[1]}',
                f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ingrid Dahl:mailto:{ingrid[1]}',
                f'DTSTART;TZID=Europe/Paris:{il(first)}', f'DTEND;TZID=Europe/Paris:{il(first + dur)}',
                f'DTSTAMP:{iz(d1)}', f'UID:{hx("c13uid", 32).upper()}', 'SEQUENCE:0', 'STATUS:CONFIRMED',
                f'SUMMARY:{esc(title)}', f'LOCATION:{url}', 'DESCRIPTION:' + esc(p1),
                'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-PT15M', 'DESCRIPTION:Reminder', 'END:VALARM',
                'END:VEVENT', 'END:VCALENDAR'])
    m1 = mail(frm=A('Sarah Benali via Webex', 'messenger@webex.com'), reply_to=A(*sarah), to=OWNER,
              subject=f'Webex meeting invitation: {title}', date=d1, msgid=f'<{digits("c13a", 13)}.{digits("c13b", 6)}.JavaMail.nobody@mtap.webex.com>',
              plain=p1, attachments=[('text/calendar; method=REQUEST', 'WebexMeeting.ics', ics1)],
              extra_top=(('Received', received('mtap.webex.com', '66.163.36.22', d1)),))
    subj2 = f'Interview on Tuesday - {role}'
    p2 = f"""Dear Maëlle,

My apologies: something has come up on Tuesday morning that I cannot move (a
Council working party in Brussels). Could we keep the same time but on
Wednesday instead? Ingrid is available as well. Sarah will update the Webex
invitation if that works for you.

Best regards,
Mikael

Mikael Sørensen
Senior Policy Analyst | Regulatory Policy Division
Organisation for Regulatory Policy Cooperation (ORPC)
2 rue André Pascal, 75016 Paris
"""
    m2id = f'<{hx("c13m2", 8).upper()}-{hx("c13m2b", 4).upper()}@orpc.example>'
    m2 = mail(frm=A(*mikael), to=A(OWNER_NAME, OWNER), cc=', '.join([A(*sarah), A(*ingrid)]), subject=subj2, date=d2,
              msgid=m2id, plain=p2, style='apple', extra=(('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)'),))
    owner3 = f"""Dear Mikael,

No problem at all - Wednesday at the same time (10:00) works for me.

Best regards,
Maëlle"""
    p3 = f"""Dear Maëlle, dear Mikael,

Thank you both. I have moved the Webex meeting to Wednesday 3 June, 10:00-11:00
(Paris time). The link and password remain the same, so you can keep the
invitation you received; the calendar entry was updated on our side.

Kind regards,
Sarah

Sarah Benali
HR Advisor - Talent Acquisition
ORPC | Paris

From: Maëlle Verhoeven <{OWNER}>
Sent: Friday, 29 May 2026 11:02
To: Mikael Sørensen <{mikael[1]}>
Cc: Sarah Benali <{sarah[1]}>; Ingrid Dahl <{ingrid[1]}>
Subject: Re: {subj2}

{owner3}
"""
    own = gmail_id('c13own')
    m3id = outlook_id('c13c', 'PA4PR06')
    m3 = mail(frm=A(*sarah), to=', '.join([A(OWNER_NAME, OWNER), A(*mikael)]), cc=A(*ingrid), subject='RE: ' + subj2,
              date=d3, msgid=m3id, in_reply_to=own, references=f'{m2id} {own}', plain=p3, style='outlook',
              date_utc=True, extra=(('Thread-Topic', subj2), ('Thread-Index', thread_index(m3id))))
    write(cid, [('01-webex-invitation.eml', m1), ('02-can-we-do-wednesday.eml', m2), ('03-re-moved-to-wednesday.eml', m3)])
    label(cid, [iv('Organisation for Regulatory Policy Cooperation', role, final, final + dur, 'onsite',
                   [mikael[1], ingrid[1]])],
          'hard', 'positive/reschedule-by-email',
          'Webex invite (sent via messenger@webex.com) for Tue 2 June 10:00 Paris; the interviewer asks (Fri 29 May) '
          'for "the same time but on Wednesday" and the coordinator confirms Wed 3 June 10:00-11:00 by e-mail only '
          '(no updated .ics). Final time from e-mail. Sarah only opens the meeting; interviewers Mikael + Ingrid.')


# =========================================================================== NEGATIVES
@case
def c14():
    cid = 'b181-14-neg-ep-hearings-webinar'
    d1 = D(2026, 4, 14, 8, 0, 12)
    start = D(2026, 4, 21, 12, 30)
    wd(start, 'Tuesday')
    end = start + timedelta(hours=1)
    url, wblock = webex_block('c14', 'eupolicy-academy')
    title = 'Webinar: Inside the European Parliament hearings of Commissioners-designate'
    p = f"""Hello Maëlle,

You're registered! Thank you for signing up for our lunchtime webinar:

{title}
{en_date(start)}, {hm(start)}-{hm(end)} CEST (Brussels)

Every five years, each Commissioner-designate faces a three-hour hearing in
front of the competent parliamentary committees - in effect the toughest job
interview in Brussels. Our speakers, a former committee secretariat official
and two political advisers who prepared candidates for their hearings, will
explain how questions are drafted, how the coordinators evaluate the
candidates and what happens when a candidate is rejected.

Format: online (Webex Webinars), 45 minutes of discussion + 15 minutes of Q&A.
Attendees' cameras and microphones are off; questions via the Q&A panel.

{wblock}

Add the attached invitation to your calendar. The recording will be sent to
all registrants.

EU Policy Academy - Events team
events@eupolicy-academy.example | Rue Belliard 20, 1040 Brussels
You receive this e-mail because you registered for this event. Unsubscribe:
https://eupolicy-academy.example/unsubscribe?u={alnum('c14u', 16)}
"""
    ical = ics(['BEGIN:VCALENDAR', 'PRODID:-//Cisco Systems Inc.//Webex Events//EN', 'VERSION:2.0', 'METHOD:PUBLISH',
                *vtz_cet('Europe/Brussels'), 'BEGIN:VEVENT',
                'ORGANIZER;CN=EU Policy Academy Events:mailto:events@eupolicy-academy.example',
                f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maëlle Verhoeven:mailto:{OWNER}',
                f'DTSTART;TZID=Europe/Brussels:{il(start)}', f'DTEND;TZID=Europe/Brussels:{il(end)}',
                f'DTSTAMP:{iz(d1)}', f'UID:{hx("c14uid", 32).upper()}', 'SEQUENCE:0', f'SUMMARY:{esc(title)}',
                f'LOCATION:{url}', 'DESCRIPTION:' + esc('Webinar - join link: ' + url), 'STATUS:CONFIRMED',
                'END:VEVENT', 'END:VCALENDAR'])
    m = mail(frm=A('EU Policy Academy', 'events@eupolicy-academy.example'), to=OWNER,
             subject=f"You're registered: {title}", date=d1, msgid=f'<{hx("c14", 28)}@mailer.eupolicy-academy.example>',
             plain=p, attachments=[('text/calendar', 'webinar.ics', ical)],
             extra=(('List-Unsubscribe', f'<https://eupolicy-academy.example/unsubscribe?u={alnum("c14u", 16)}>'),
                    ('Precedence', 'bulk')))
    write(cid, [('01-webinar-registration-hearings.eml', m)])
    label(cid, [], 'medium', 'negative/webinar',
          'Webinar about EP hearings of Commissioners-designate ("the toughest job interview in Brussels"); calendar '
          'invite attached; the owner is an attendee, not a candidate.')


@case
def c15():
    cid = 'b181-15-neg-traineeship-info-session'
    org = ('ECMO Traineeships Office', 'traineeships@ecmo.example')
    d1 = D(2026, 2, 18, 10, 3, 27)
    start = D(2026, 3, 3, 13, 0)
    wd(start, 'Tuesday')
    end = start + timedelta(minutes=75)
    url, tblock = teams_block('c15')
    subject = 'Online information session - 2026/2027 traineeship programme: selection, interviews and practicalities'
    p = f"""When: {en_date_c(start)} {hm(start)}-{hm(end)} (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear applicant,

Thank you for your interest in the paid traineeship programme of the European
Consumer Mediation Office (ECMO). We are holding an online information session
for everyone who has started an application:

- how pre-selection works and when shortlisted applicants are contacted
- what to expect from the selection interview with the traineeship
  committee (format, typical questions, languages)
- allowance, insurance and practical arrangements in Brussels

This session is NOT part of the selection and attendance has no impact on
your application. Cameras and microphones will be off; questions can be
asked in the chat.

ECMO Traineeships Office

{tblock}
"""
    ical = exchange_ics(method='REQUEST', tzid='Romance Standard Time', uid=exch_uid('c15'), summary=subject,
                        start=start, end=end, organizer=org,
                        attendees=[('Traineeship applicants 2026', 'trainee-applicants-2026@ecmo.example',
                                    'OPT-PARTICIPANT', 'NEEDS-ACTION')],
                        description=p, location='Microsoft Teams Meeting', dtstamp=d1, online_url=url, teams=True,
                        lang='en-GB', owner_appt='-1110293', alarm=True)
    m = exchange_mail(frm=A(*org), to=A('Traineeship applicants 2026', 'trainee-applicants-2026@ecmo.example'),
                      subject=subject, date=d1, msgid=outlook_id('c15', 'AM0PR02'), plain=p, ics_text=ical,
                      method='REQUEST', lang='en-GB',
                      extra_top=(('X-Original-To', OWNER),))
    write(cid, [('01-info-session-traineeships.eml', m)])
    label(cid, [], 'medium', 'negative/info-session',
          'Traineeship information session sent as a Teams invite to a distribution list; explains the selection '
          'interview but is explicitly not part of the selection.')


@case
def c16():
    cid = 'b181-16-neg-cast-test-centre-booking'
    d1 = D(2026, 3, 30, 19, 44, 8)
    start = D(2026, 4, 8, 9, 0)
    wd(start, 'Wednesday')
    arrive = start - timedelta(minutes=30)
    end = start + timedelta(hours=2, minutes=30)
    centre = 'TestPoint Brussels Louise, Avenue Louise 326, 1050 Brussels (5th floor)'
    ref = f'TP-{digits("c16", 8)}'
    p = f"""Booking confirmation - {ref}

Dear Maëlle VERHOEVEN,

Your test appointment has been booked.

Test: ISO CAST Permanent - Function Group IV - Political Affairs / EU Policies
      (verbal, numerical and abstract reasoning + field-related test)
Date: {en_date(start)}
Start time: {hm(start)} (please arrive at {hm(arrive)} for check-in)
Estimated duration: 2 h 30 min
Test centre: {centre}

What to bring: the original of the valid photo ID you declared in your ISO
account. Personal items (phones, watches, bags) must be stored in the lockers.
Candidates arriving more than 15 minutes late will not be admitted.

Please note: this is a computer-based test. If you pass, your results are
stored in the CAST database, from which EU institutions and agencies may
select candidates and invite them to a selection interview.

To reschedule or cancel (at least 48 hours in advance):
https://booking.testpoint-centres.example/manage/{ref}

TestPoint Test Centres - candidate services
This is an automated message, please do not reply.
"""
    ical = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//TestPoint//Booking//EN', 'METHOD:PUBLISH',
                'BEGIN:VEVENT', f'UID:{ref}@booking.testpoint-centres.example', f'DTSTAMP:{iz(d1)}',
                f'DTSTART:{iz(start)}', f'DTEND:{iz(end)}', 'SUMMARY:ISO CAST test - FG IV Political Affairs / EU Policies',
                f'LOCATION:{esc(centre)}',
                'DESCRIPTION:' + esc(f'Booking {ref}. Arrive 30 minutes early with your photo ID.'),
                f'ATTENDEE;CN=Maëlle Verhoeven:mailto:{OWNER}', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    m = mail(frm=A('TestPoint Test Centres', 'noreply@testpoint-centres.example'), to=A('Maëlle VERHOEVEN', OWNER),
             subject=f'Your test appointment is confirmed - ISO CAST - {en_date(start)}', date=d1,
             msgid=f'<{hx("c16", 30)}@booking.testpoint-centres.example>', plain=p,
             attachments=[('text/calendar', 'appointment.ics', ical)], extra=(('Auto-Submitted', 'auto-generated'),))
    write(cid, [('01-cast-test-booking.eml', m)])
    label(cid, [], 'medium', 'negative/assessment-booking',
          'CAST computer-based test booked at a test centre (assessment, not a live interview); .ics attached; '
          'mentions that institutions may later invite to a selection interview.')


@case
def c17():
    cid = 'b181-17-neg-think-tank-panel-speaker'
    mod = ('Julien Hardy', 'julien.hardy@cef-thinktank.example')
    ev = ('Noor Azzouzi', 'noor.azzouzi@cef-thinktank.example')
    d1 = D(2026, 4, 20, 15, 12, 44)
    d2 = D(2026, 5, 5, 10, 8, 3)
    debate = D(2026, 5, 12, 18, 30)
    wd(debate, 'Tuesday')
    prep = D(2026, 5, 8, 11, 0)
    wd(prep, 'Friday')
    p1 = f"""Dear Maëlle,

Following our exchange at the rail passengers' conference, I am delighted to
confirm your participation as a panellist in our evening debate:

"Who pays for Europe's grids? Financing the energy transition after 2027"
{en_date(debate)}, {hm(debate)}-20:00, followed by a reception
Centre for European Futures, Rue de la Science 14, 1040 Brussels

Panel: you (Fair Transport Alliance), an MEP from the ITRE committee, a DG ENER
Head of Unit and an economist from our Energy programme. Julien Hardy will
moderate; he will interview each panellist for about five minutes before
opening the floor to questions from the audience.

I will send a calendar invitation for a short speakers' preparation call.
Could you send me a short bio (80 words) and a photo by 5 May?

Warm regards,
Noor Azzouzi
Events Manager | Centre for European Futures
+32 2 230 91 77
"""
    m1 = mail(frm=A(*ev), to=A(OWNER_NAME, OWNER), cc=A(*mod),
              subject="Panel debate 12 May - confirmation of your participation as speaker", date=d1,
              msgid=gmail_id('c17a'), plain=p1)
    url, tblock = teams_block('c17')
    subject = "Speakers' prep call - panel debate \"Who pays for Europe's grids?\" (12 May)"
    p2 = f"""When: {en_date_c(prep)} {hm(prep)}-11:30 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear speakers,

A 30-minute call to agree on the running order, the opening question the
moderator will put to each of you, and the timing of the Q&A.

Noor

{tblock}
"""
    ical = exchange_ics(method='REQUEST', tzid='Romance Standard Time', uid=exch_uid('c17'), summary=subject,
                        start=prep, end=prep + timedelta(minutes=30), organizer=ev,
                        attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                   (*mod, 'REQ-PARTICIPANT', 'ACCEPTED'),
                                   ('Kristina Lund MEP', 'kristina.lund@ep-office.example', 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                   ('Bogdan Ilie', 'bogdan.ilie@cef-thinktank.example', 'REQ-PARTICIPANT', 'ACCEPTED')],
                        description=p2, location='Microsoft Teams Meeting', dtstamp=d2, online_url=url, teams=True,
                        lang='en-GB', owner_appt='771230019')
    m2 = exchange_mail(frm=A(*ev), to=', '.join([A(OWNER_NAME, OWNER), A(*mod), A('Kristina Lund MEP', 'kristina.lund@ep-office.example'),
                                                 A('Bogdan Ilie', 'bogdan.ilie@cef-thinktank.example')]),
                       subject=subject, date=d2, msgid=outlook_id('c17b', 'AM8PR05'), plain=p2, ics_text=ical,
                       method='REQUEST', lang='en-GB')
    write(cid, [('01-panel-debate-speaker-confirmation.eml', m1), ('02-speakers-prep-call-invite.eml', m2)])
    label(cid, [], 'hard', 'negative/speaker-panel',
          'The owner speaks on a think-tank panel (moderator "will interview each panellist"); prep-call Teams invite. '
          'Not a hiring process.')


@case
def c18():
    cid = 'b181-18-neg-newsletter-interview-owner-gives'
    ott = ('Ottavia Ferri', 'ottavia.ferri@rondpoint-brief.example')
    d1 = D(2026, 5, 18, 16, 55, 31)
    start = D(2026, 5, 20, 9, 0)
    wd(start, 'Wednesday')
    end = start + timedelta(minutes=20)
    title = 'Interview: Maëlle Verhoeven (Fair Transport Alliance) for The Rond-Point Brief'
    desc = ('Hi Maëlle, thanks for agreeing to do this! 20-minute interview for our Friday newsletter section '
            '"Five questions to..." on the new rail passenger rights rules. I will record the call for note-taking '
            'only and send you the quotes for approval before publication.\nOttavia')
    meet = 'kfa-uxwp-gtz'
    ical = google_ics(organizer=ott, attendees=[(*ott, 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')], summary=title,
                      start=start, end=end, description=desc + f'\n\nJoin with Google Meet: https://meet.google.com/{meet}',
                      location='', uid=f'{alnum("c18uid", 26).lower()}@google.com', dtstamp=d1,
                      created=d1 - timedelta(minutes=1))
    when = f'{en_date(start)} · {hm(start)} – {hm(end)} (Central European Time - Brussels)'
    plain = (f'{title}\n{when}\n\nJoin with Google Meet\nhttps://meet.google.com/{meet}\n\n{desc}\n\nOrganiser\n{ott[1]}\n\n'
             f'Guests\n{ott[1]} - organiser\n{OWNER}\n\nReply for {OWNER}\nYes\nNo\nMaybe\n\n'
             'Invitation from Google Calendar: https://calendar.google.com/calendar/\n')
    html = google_html(title, when, [('Organiser', ott[1]), ('Guests', f'{ott[1]}<br>{OWNER}')], desc,
                       f'https://meet.google.com/{meet}')
    m = google_invite_mail(organizer=ott, subject=f'Invitation: {title} @ Wed 20 May 2026 09:00 - 09:20 (CEST) ({OWNER})',
                           date=d1, msgid=f'<calendar-{hx("c18a", 8)}-{hx("c18b", 4)}-{hx("c18c", 4)}-{hx("c18d", 4)}-{hx("c18e", 12)}@google.com>',
                           plain=plain, html=html, ics_text=ical)
    write(cid, [('01-invitation-newsletter-interview.eml', m)])
    label(cid, [], 'hard', 'negative/press-interview',
          'Google Calendar invite titled "Interview: ..." but it is a press interview the owner gives to a policy '
          'newsletter. Not a job interview.')


@case
def c19():
    cid = 'b181-19-neg-reserve-list-notice-only'
    d1 = D(2026, 6, 16, 12, 0, 7)
    d2 = D(2026, 6, 16, 12, 0, 9)
    p1 = f"""Competition ISO/AD/412/26 - Policy Officers (AD 6) in the field of Climate and Energy Policy

Candidate number: 1184207

Dear Candidate,

Following your interview with the Selection Board, we are pleased to inform
you that the Selection Board has decided to place your name on the reserve
list for this competition.

Inclusion on the reserve list does not guarantee recruitment. Recruiting
services will consult the list and may invite you to a recruitment interview;
they will contact you directly using the details in your ISO account. The
reserve list is valid until 31 December 2027.

Your competency passport with the Selection Board's assessment is available
in your ISO account.

The Competitions Team
{ISO_NAME} (ISO)

Please do not reply to this message.
"""
    m1 = mail(frm=A(f'ISO - {ISO_NAME}', 'no-reply@candidates.selection-office.example'),
              to=A('VERHOEVEN Maëlle', OWNER), subject='ISO/AD/412/26 - Result of the competition: reserve list',
              date=d1, msgid=f'<{hx("c19a", 20)}.notification@candidates.selection-office.example>', plain=p1,
              extra=(('Auto-Submitted', 'auto-generated'),))
    p2 = f"""Dear Candidate,

As a laureate on a reserve list, please make sure that your availability,
preferred places of employment (Brussels, Luxembourg, other) and language
skills are up to date in your ISO account, so that recruiting services can
invite you to interviews. You can also publish your profile in the
"Laureates' Interview Marketplace", where institutions post interview
requests.

The Competitions Team
{ISO_NAME} (ISO)
"""
    m2 = mail(frm=A(f'ISO - {ISO_NAME}', 'no-reply@candidates.selection-office.example'),
              to=A('VERHOEVEN Maëlle', OWNER), subject='Action required: update your availability for recruitment interviews',
              date=d2, msgid=f'<{hx("c19b", 20)}.notification@candidates.selection-office.example>', plain=p2,
              extra=(('Auto-Submitted', 'auto-generated'),))
    write(cid, [('01-reserve-list-result.eml', m1), ('02-update-availability.eml', m2)])
    label(cid, [], 'medium', 'negative/reserve-list',
          'Reserve-list result + availability reminder; heavy interview vocabulary (past board interview, possible '
          'future recruitment interviews) but nothing scheduled.')


@case
def c20():
    cid = 'b181-20-neg-owner-on-intern-interview-panel'
    bram = ('Bram Willems', 'bram.willems@fairtransport-alliance.example')
    work = 'maelle.verhoeven@fairtransport-alliance.example'
    cand = ('Lucas Fontaine', 'lucas.fontaine@student-mail.example')
    d1 = D(2026, 3, 9, 8, 52, 17)
    start = D(2026, 3, 13, 14, 0)
    wd(start, 'Friday')
    end = start + timedelta(minutes=45)
    url, tblock = teams_block('c20')
    subject = 'Interview - EU Policy Intern (rail) - Lucas Fontaine'
    p = f"""When: {en_date_c(start)} {hm(start)}-{hm(end)} (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Lucas,

Thank you for your application for our EU Policy Intern position (rail
passenger rights). My colleague Maëlle Verhoeven, Policy Assistant, and I
will interview you on Friday. Please prepare a 5-minute presentation on the
revision of the rail passenger rights regulation.

@Maëlle: you take the questions on the rail package, I'll do motivation and
practicalities. CV in the shared drive (HR > Interns 2026).

Best,
Bram Willems
Policy Director, Fair Transport Alliance

{tblock}
"""
    ical = exchange_ics(method='REQUEST', tzid='Romance Standard Time', uid=exch_uid('c20'), summary=subject,
                        start=start, end=end, organizer=bram,
                        attendees=[(*cand, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                   (OWNER_NAME, work, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                        description=p, location='Microsoft Teams Meeting', dtstamp=d1, online_url=url, teams=True,
                        lang='en-GB', owner_appt='-20419931')
    m = exchange_mail(frm=A(*bram), to=', '.join([A(*cand), A(OWNER_NAME, work)]), subject=subject, date=d1,
                      msgid=outlook_id('c20', 'AM9PR01'), plain=p, ics_text=ical, method='REQUEST', lang='en-GB',
                      extra_top=(('X-Forwarded-To', OWNER), ('X-Forwarded-For', f'{work} {OWNER}')))
    write(cid, [('01-intern-interview-panel-invite.eml', m)])
    label(cid, [], 'hard', 'negative/user-is-interviewer',
          'Teams invite from the owner\'s current employer: she sits on the panel interviewing an intern candidate '
          '(auto-forwarded from her work address). The owner is the interviewer, not the candidate.')


@case
def c21():
    cid = 'b181-21-neg-availability-request-bookings-link'
    hr = ('Laure Kieffer', 'laure.kieffer@ettc.example')
    d1 = D(2026, 6, 3, 14, 18, 45, LUX)
    days = [D(2026, 6, 16, tz=LUX), D(2026, 6, 17, tz=LUX), D(2026, 6, 18, tz=LUX)]
    for dd, n in zip(days, ['mardi', 'mercredi', 'jeudi']):
        wd(dd, n)
    book = f'https://outlook.office365.com/book/ETTCSelectionInterviews@ettc.example/?ismsaljsauthenabled=true&u={alnum("c21", 10)}'
    p = f"""Madame, (English below)

Suite à la présélection pour le poste de Terminology Policy Coordinator
(ETTC/TA/2026/03), nous avons le plaisir de vous inviter à un entretien avec
le jury. Les entretiens auront lieu à Luxembourg les mardi 16, mercredi 17 et
jeudi 18 juin 2026, entre 9h00 et 17h00.

Merci de réserver le créneau de votre choix via le lien ci-dessous avant le
vendredi 5 juin. Une convocation officielle vous sera envoyée une fois le
créneau réservé.

---

Dear Ms Verhoeven,

Following the pre-selection for the post of Terminology Policy Coordinator
(ETTC/TA/2026/03), we are pleased to invite you to an interview with the
selection panel. Interviews will take place in Luxembourg on 16, 17 and 18
June 2026 between 09:00 and 17:00.

Please book the slot of your choice via the link below by Friday 5 June. A
formal invitation will be sent once your slot is booked.

Réserver / Book: {book}

Cordialement / Kind regards,

Laure Kieffer
Recruitment Assistant | European Translation and Terminology Centre (ETTC)
Bâtiment Drosbach, 12E rue Guillaume Kroll, L-1882 Luxembourg
"""
    mid = outlook_id('c21', 'DB8PR09')
    m = mail(frm=A(*hr), to=A(OWNER_NAME, OWNER),
             subject='ETTC/TA/2026/03 - Entretien / Interview : réservation de créneau / slot booking', date=d1,
             msgid=mid, plain=p, style='outlook', date_utc=True,
             extra=(('Thread-Topic', 'ETTC/TA/2026/03 - Entretien / Interview'), ('Thread-Index', thread_index(mid))))
    assert wd(D(2026, 6, 5, tz=LUX), 'Friday')
    write(cid, [('01-entretien-reservation-creneau.eml', m)])
    label(cid, [], 'hard', 'negative/availability-request',
          'Bilingual invitation to BOOK an interview slot via a Bookings link (16-18 June window); nothing is booked '
          'in the case -> no interview yet.')


@case
def c22():
    cid = 'b181-22-neg-rejection-after-panel-interview'
    hr = ('Mirela Constantin', 'mirela.constantin@caea.example')
    d1 = D(2026, 5, 19, 11, 26, 0)
    past = D(2026, 5, 7, 10, 0)
    wd(past, 'Thursday')
    p = f"""Dear Maëlle,

Thank you for taking the time to interview with our panel on Thursday 7 May
for the Policy Officer - Air Quality position, and for the thoughtful
written exercise you submitted.

After careful consideration, the panel has decided to offer the position to
another candidate whose experience with the Ambient Air Quality Directive
implementation was a closer match to our current needs. This was a
difficult decision, as the field was very strong.

We would be happy to keep your CV on file for future openings, and Tomás
(Head of Policy) would be glad to give you feedback by phone if you wish -
just reply to this e-mail and I'll set up a 15-minute call.

With best wishes for your job search,

Mirela Constantin
HR Officer | Clean Air Europe Alliance
Rue de Trèves 49, 1040 Brussels
"""
    m = mail(frm=A(*hr), to=A(OWNER_NAME, OWNER), subject='Your application - Policy Officer Air Quality', date=d1,
             msgid=gmail_id('c22'), plain=p)
    write(cid, [('01-outcome-policy-officer-air-quality.eml', m)])
    label(cid, [], 'easy', 'negative/rejection',
          'Rejection referring to a past panel interview (7 May) and offering an optional feedback call that is not '
          'booked.')


# =========================================================================== main
def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith('b181-') and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for fn in CASES:
        fn()
    ids = sorted(LABELS)
    for i, cid in enumerate(ids, 1):
        assert cid.startswith(f'b181-{i:02d}-'), cid
        assert os.path.isdir(os.path.join(HERE, cid)), cid
    header = '# Labels for blind181 (written blind). Regenerate with: python make_cases.py\n'
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(header)
        yaml.safe_dump({k: LABELS[k] for k in ids}, f, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for v in LABELS.values() if v['interview'])
    ivs = [i for v in LABELS.values() for i in v['interviews']]
    print(f'{len(ids)} cases ({pos} positive, {len(ids) - pos} negative); {len(ivs)} interviews '
          f'({sum(i["status"] == "scheduled" for i in ivs)} scheduled, {sum(i["status"] == "cancelled" for i in ivs)} cancelled)')


if __name__ == '__main__':
    main()
