#!/usr/bin/env python3
"""Regenerate the blind258 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries (all derived from fixed seeds).
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
OWNER = 'nikolay.stoyanov@example.com'
OWNER_BG = 'Николай Стоянов'
OWNER_EN = 'Nikolay Stoyanov'

SOF = ZoneInfo('Europe/Sofia')
BUC = ZoneInfo('Europe/Bucharest')
BER = ZoneInfo('Europe/Berlin')
AMS = ZoneInfo('Europe/Amsterdam')
NYC = ZoneInfo('America/New_York')
UTC = timezone.utc

BG_WD = ['понеделник', 'вторник', 'сряда', 'четвъртък', 'петък', 'събота', 'неделя']
BG_WD_SHORT = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'нд']
BG_MON = ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември',
          'октомври', 'ноември', 'декември']
EN_WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
DE_WD = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
DE_MON = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
          'Oktober', 'November', 'Dezember']


# ----------------------------------------------------------------------------- time helpers
def T(y, mo, d, h, mi, tz, wd=None):
    """Aware datetime; if wd ('Mon'..'Sun') is given, assert the weekday named in the text."""
    dt = datetime(y, mo, d, h, mi, tzinfo=tz)
    if wd is not None:
        assert dt.strftime('%a') == wd, (dt, wd)
    return dt


def hm(dt):
    return dt.strftime('%H:%M')


def bg_day(dt):            # "вторник, 15 септември"
    return f'{BG_WD[dt.weekday()]}, {dt.day} {BG_MON[dt.month - 1]}'


def en_day(dt):            # "Wednesday, October 7, 2026"
    return f'{EN_WD[dt.weekday()]}, {EN_MON[dt.month - 1]} {dt.day}, {dt.year}'


def en_12(dt):             # "10:00 AM"
    h = dt.hour % 12 or 12
    return f'{h}:{dt.minute:02d} {"AM" if dt.hour < 12 else "PM"}'


def ics_utc(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def ics_local(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def rfc(dt):
    return format_datetime(dt)


def gjson_dt(dt):
    return dt.isoformat()


# ----------------------------------------------------------------------------- id helpers
def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def bnd(seed):             # Gmail-style boundary
    return '0000000000' + hx('b' + seed, 16)


def meet_code(seed):
    h = hashlib.sha256(('meet' + seed).encode()).digest()
    letters = ''.join('abcdefghijkmnopqrstuvwxyz'[b % 25] for b in h[:10])
    return f'{letters[:3]}-{letters[3:7]}-{letters[7:10]}'


def digits(seed, n):
    h = hashlib.sha256(('d' + seed).encode()).hexdigest()
    return ''.join(str(int(c, 16) % 10) for c in h[:n])


def exch_uid(seed):
    return ('040000008200E00074C5B7101A82E00800000000' + hx('t' + seed, 16).upper()
            + '000000000000000010000000' + hx('u' + seed, 32).upper())


# ----------------------------------------------------------------------------- MIME helpers
def enc_word(s):
    """RFC 2047 encoded-word(s) for a non-ASCII header value (UTF-8, base64, <=45 bytes/word)."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], b''
    for ch in s:
        b = ch.encode('utf-8')
        if len(cur) + len(b) > 45:
            words.append(cur)
            cur = b''
        cur += b
    if cur:
        words.append(cur)
    return '\n '.join('=?UTF-8?B?' + base64.b64encode(w).decode() + '?=' for w in words)


def addr(name, email):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()<>@;:"\''):
            return f'"{name}" <{email}>'
        return f'{name} <{email}>'
    return f'{enc_word(name)} <{email}>'


def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def leaf(ctype, content, cte, extra=()):
    """One MIME leaf part (headers + encoded body)."""
    lines = [f'Content-Type: {ctype}']
    lines += list(extra)
    if cte:
        lines.append(f'Content-Transfer-Encoding: {cte}')
    if cte == 'base64':
        body = b64(content)
    elif cte == 'quoted-printable':
        body = qp(content)
    else:
        body = content.replace('\r\n', '\n')
    if not body.endswith('\n'):
        body += '\n'
    return '\n'.join(lines) + '\n\n' + body


def multi(subtype, boundary, parts, prologue=''):
    """Return (content-type value, body) for a multipart entity."""
    ctype = f'multipart/{subtype}; boundary="{boundary}"'
    body = prologue
    for p in parts:
        body += f'--{boundary}\n{p}'
        if not p.endswith('\n'):
            body += '\n'
    body += f'--{boundary}--\n'
    return ctype, body


def nested(ctype_body):
    ctype, body = ctype_body
    return f'Content-Type: {ctype}\n\n{body}'


def message(headers, ctype_body=None, single=None):
    """headers: list of (name, value).  Either ctype_body=(ctype, body) or single=leaf-string."""
    out = [f'{k}: {v}' for k, v in headers]
    out.append('MIME-Version: 1.0')
    if single is not None:
        return ('\n'.join(out) + '\n' + single).encode('utf-8')
    ctype, body = ctype_body
    return ('\n'.join(out) + f'\nContent-Type: {ctype}\n\n' + body).encode('utf-8')


def received(host, ip, dt, msgid_seed):
    return ('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id '
            f'{hx("rcv" + msgid_seed, 12)}\n        for <{OWNER}>\n        (Google Transport Security);\n'
            f'        {rfc(dt)}')


def text_to_html(text, font='Arial,sans-serif'):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        lines = [html.escape(x, quote=False) for x in p.split('\n')]
        out.append('<div>' + '<br>\n'.join(lines) + '</div>')
    return (f'<div dir="ltr" style="font-family:{font}">' + '\n<div><br></div>\n'.join(out)
            + '</div>\n')


# ----------------------------------------------------------------------------- iCalendar helpers
def ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur, limit = [], b'', 75
    for ch in line:
        cb = ch.encode('utf-8')
        if len(cur) + len(cb) > limit:
            out.append(cur.decode('utf-8'))
            cur = b''
            limit = 74
        cur += cb
    out.append(cur.decode('utf-8'))
    return '\r\n '.join(out)


def ics_text(lines):
    return ''.join(fold(x) + '\r\n' for x in lines)


VTZ_FLE = ['BEGIN:VTIMEZONE', 'TZID:FLE Standard Time',
           'BEGIN:STANDARD', 'DTSTART:16010101T040000', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200',
           'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
           'BEGIN:DAYLIGHT', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300',
           'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE']
VTZ_WEU = ['BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time',
           'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
           'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
           'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200',
           'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE']
VTZ_SOFIA = ['BEGIN:VTIMEZONE', 'TZID:Europe/Sofia', 'X-LIC-LOCATION:Europe/Sofia',
             'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300', 'TZNAME:EEST',
             'DTSTART:19700329T030000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
             'BEGIN:STANDARD', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200', 'TZNAME:EET',
             'DTSTART:19701025T040000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
             'END:VTIMEZONE']
VTZ_BERLIN = ['BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'X-LIC-LOCATION:Europe/Berlin',
              'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST',
              'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
              'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET',
              'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
              'END:VTIMEZONE']


# ----------------------------------------------------------------------------- Google Calendar
GC_FOOTER_BG = (
    'Покана от Google Календар: https://calendar.google.com/calendar/\n\n'
    'Получавате този имейл, защото сте гост в събитието. За да спрете да получавате\n'
    'известия за това събитие, откажете го. Препращането на поканата може да позволи на\n'
    'всеки получател да изпрати отговор до организатора, да бъде добавен към списъка с\n'
    'гости, да покани други хора независимо от собствения си статус на поканата или да\n'
    'промени отговора Ви. Научете повече https://support.google.com/calendar/answer/37135#forwarding\n')


def google_invite(seed, *, sent, organizer, guests, summary, start, end, description,
                  sequence=0, kind='new', changed_note=None, meet=True, location='',
                  tz_label='Източноевропейско време - София', view_tz=SOF, uid=None):
    """Google Calendar invitation (Bulgarian UI) as the owner would receive it.

    organizer: (name, email); guests: list of (name, email, partstat) incl. organizer and owner.
    kind: new | updated | cancel
    """
    uid = uid or (hx('uid' + seed, 26) + '@google.com')
    s_loc, e_loc = start.astimezone(view_tz), end.astimezone(view_tz)
    code = meet_code(seed)
    pin = digits(seed, 9)
    tzabbr = s_loc.tzname()
    subj_when = (f'{BG_WD_SHORT[s_loc.weekday()]} {s_loc.day}.{s_loc.month:02d}.{s_loc.year} '
                 f'{hm(s_loc)} - {hm(e_loc)} ({tzabbr})')
    prefix = {'new': 'Покана', 'updated': 'Актуализирана покана', 'cancel': 'Отменено събитие'}[kind]
    subject = f'{prefix}: {summary} @ {subj_when} ({OWNER})'
    when_line = (f'{BG_WD[s_loc.weekday()]}, {s_loc.day} {BG_MON[s_loc.month - 1]} {s_loc.year} г. ⋅ '
                 f'{hm(s_loc)} – {hm(e_loc)}')
    eid = base64.b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    t = []
    if kind == 'updated':
        t.append('Това събитие е променено')
    if kind == 'cancel':
        t.append('Това събитие е отменено и премахнато от календара Ви.')
    t += [summary, when_line + (f'  {changed_note}' if changed_note else ''), tz_label, '']
    if location:
        t += [location, '']
    if description:
        t += [description, '']
    if meet and kind != 'cancel':
        t += ['Присъединяване с Google Meet', f'https://meet.google.com/{code}', '',
              'Присъединяване по телефона', f'(BG) +359 2 {digits(seed + "p", 3)} {digits(seed + "q", 4)}',
              f'ПИН: {pin[:3]} {pin[3:6]} {pin[6:]}#', '',
              'Още телефонни номера', f'https://tel.meet/{code}?pin={digits(seed + "r", 13)}', '']
    t += ['Организатор', organizer[0], organizer[1], '', 'Гости']
    for name, email, _ps in guests:
        if email == organizer[1]:
            t += [f'{name} – организатор', email]
        elif name:
            t += [name, email]
        else:
            t += [email]
    t += [f'Вижте цялата информация за гостите {view}', '']
    if kind != 'cancel':
        t += [f'Отговорете за {OWNER} и вижте още подробности {view}',
              'Вашият отговор ще бъде видим за организатора и гостите.', '']
    t += ['~~//~~', GC_FOOTER_BG]
    text = '\n'.join(t)
    html_body = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; '
                 'charset=UTF-8"></head><body><span itemscope itemtype="http://schema.org/InformAction">'
                 '<span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Event">'
                 f'<meta itemprop="eventStatus" content="http://schema.org/'
                 f'{"EventCancelled" if kind == "cancel" else "EventScheduled"}"/>'
                 f'<meta itemprop="startDate" content="{start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}"/>'
                 f'<meta itemprop="endDate" content="{end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}"/>'
                 f'<meta itemprop="name" content="{html.escape(summary)}"/></span></span>\n'
                 + text_to_html(text, 'Roboto,Helvetica,Arial,sans-serif') + '</body></html>\n')
    method = 'CANCEL' if kind == 'cancel' else 'REQUEST'
    created = sent - timedelta(minutes=3) if kind == 'new' else None
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT',
         f'DTSTART:{ics_utc(start)}', f'DTEND:{ics_utc(end)}', f'DTSTAMP:{ics_utc(sent)}',
         f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}', f'UID:{uid}']
    for name, email, ps in guests:
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE'
                 f';CN={name or email};X-NUM-GUESTS=0:mailto:{email}')
    L += [f'X-MICROSOFT-CDO-OWNERAPPTID:-{digits(seed + "o", 10)}',
          f'CREATED:{ics_utc(created or sent - timedelta(days=2))}']
    desc = description
    if meet and kind != 'cancel':
        desc = (desc + '\n\n' if desc else '') + (
            '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
            f'Присъединяване с Google Meet: https://meet.google.com/{code}\n\n'
            'Научете повече за Meet на адрес: https://support.google.com/a/users/answer/9282720\n\n'
            'Моля, не редактирайте този раздел.\n'
            '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    L += ['DESCRIPTION:' + ics_esc(desc),
          f'LAST-MODIFIED:{ics_utc(sent)}', 'LOCATION:' + ics_esc(location), f'SEQUENCE:{sequence}',
          'STATUS:' + ('CANCELLED' if kind == 'cancel' else 'CONFIRMED'),
          'SUMMARY:' + ics_esc(summary), 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    cal = ics_text(L)
    b_mixed, b_alt = bnd(seed + 'mx'), bnd(seed + 'alt')
    alt = multi('alternative', b_alt, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
        leaf('text/html; charset="UTF-8"', html_body, 'quoted-printable'),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, '7bit'),
    ])
    mixed = multi('mixed', b_mixed, [
        nested(alt),
        leaf('application/ics; name="invite.ics"', cal, 'base64',
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    hdrs = [('Delivered-To', OWNER),
            received(f'mail-sor-f{int(digits(seed, 2)) + 10}.google.com', '209.85.220.' + str(40 + int(digits(seed, 2))),
                     sent, seed),
            ('Return-Path', f'<{hx("rp" + seed, 22)}@calendar-server.bounces.google.com>'),
            ('Reply-To', addr(organizer[0], organizer[1])),
            ('Sender', 'Google Calendar <calendar-notification@google.com>'),
            ('Message-ID', f'<calendar-{hx("m" + seed, 8)}-{hx("n" + seed, 4)}-{hx("o" + seed, 4)}-'
                           f'{hx("p" + seed, 4)}-{hx("q" + seed, 12)}@google.com>'),
            ('Date', rfc(sent.astimezone(UTC))),
            ('Subject', enc_word(subject)),
            ('From', addr(organizer[0], organizer[1])),
            ('To', OWNER)]
    return message(hdrs, mixed)


# ----------------------------------------------------------------------------- Outlook / Teams
TEAMS_BG = (
    '________________________________________________________________________________\n'
    'Събрание в Microsoft Teams\n'
    'Присъединете се от компютъра, мобилното приложение или устройството в стаята\n'
    'Щракнете тук, за да се присъедините към събранието<{link}>\n'
    'ИД на събранието: {mid}\n'
    'Код за достъп: {pwd}\n'
    'Изтеглете Teams<https://www.microsoft.com/microsoft-teams/download-app> | '
    'Присъединете се в уеб<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
    'Научете повече<https://aka.ms/JoinTeamsMeeting> | Опции за събранието<https://teams.microsoft.com/'
    'meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{th}@thread.v2&messageId=0'
    '&language=bg-BG>\n'
    '________________________________________________________________________________\n')
TEAMS_EN = (
    '________________________________________________________________________________\n'
    'Microsoft Teams meeting\n'
    'Join on your computer, mobile app or room device\n'
    'Click here to join the meeting<{link}>\n'
    'Meeting ID: {mid}\n'
    'Passcode: {pwd}\n'
    'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
    'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
    'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/'
    'meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{th}@thread.v2&messageId=0'
    '&language=en-US>\n'
    '________________________________________________________________________________\n')


def teams_block(seed, lang):
    th = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:27]).decode().replace('+', 'x').replace('/', 'y')
    oid = f'{hx("oid" + seed, 8)}-{hx("oi2" + seed, 4)}-4{hx("oi3" + seed, 3)}-a{hx("oi4" + seed, 3)}-{hx("oi5" + seed, 12)}'
    tid = f'{hx("tid" + seed, 8)}-{hx("ti2" + seed, 4)}-4{hx("ti3" + seed, 3)}-b{hx("ti4" + seed, 3)}-{hx("ti5" + seed, 12)}'
    link = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{th}%40thread.v2/0?context=%7b%22Tid'
            f'%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d')
    d = digits(seed + 'mid', 12)
    mid = f'{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}'
    pwd = hx('pwd' + seed, 6).upper().replace('0', 'Q').replace('1', 'k')
    tpl = TEAMS_BG if lang == 'bg' else TEAMS_EN
    return tpl.format(link=link, mid=mid, pwd=pwd, oid=oid, tid=tid, th=th), link


def outlook_invite(seed, *, sent, organizer, required, optional=(), subject, start, end, tzid,
                   when_line, body, lang='bg', method='REQUEST', sequence=0, uid=None,
                   location=None, teams=True, to_line=None, tenant='eurprd08'):
    """Exchange Online meeting request / cancellation (multipart/alternative)."""
    uid = uid or exch_uid(seed)
    vtz = VTZ_FLE if tzid == 'FLE Standard Time' else VTZ_WEU
    tb, link = teams_block(seed, lang) if teams else ('', '')
    if location is None:
        location = ('Събрание в Microsoft Teams' if lang == 'bg' else 'Microsoft Teams Meeting') if teams else ''
    where = 'Къде' if lang == 'bg' else 'Where'
    head = f'{when_line}\n{where}: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n'
    text = head + body + ('\n\n' + tb if tb and method == 'REQUEST' else '\n')
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 '</head><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
                 + text_to_html(text, 'Aptos,Calibri,sans-serif') + '</div></body></html>\n')
    langtag = 'bg-BG' if lang == 'bg' else 'en-US'
    L = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    L += vtz
    L += ['BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for name, email in required:
        L.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{email}')
    for name, email in optional:
        L.append(f'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{email}')
    L += [f'DESCRIPTION;LANGUAGE={langtag}:' + ics_esc(text),
          f'UID:{uid}', f'SUMMARY;LANGUAGE={langtag}:' + ics_esc(subject),
          f'DTSTART;TZID={tzid}:{ics_local(start)}', f'DTEND;TZID={tzid}:{ics_local(end)}',
          'CLASS:PUBLIC', 'PRIORITY:' + ('1' if method == 'CANCEL' else '5'), f'DTSTAMP:{ics_utc(sent)}',
          'TRANSP:' + ('TRANSPARENT' if method == 'CANCEL' else 'OPAQUE'),
          'STATUS:' + ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED'), f'SEQUENCE:{sequence}',
          f'LOCATION;LANGUAGE={langtag}:' + ics_esc(location),
          f'X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}',
          f'X-MICROSOFT-CDO-OWNERAPPTID:{int(digits(seed + "own", 10)) % 2147483647}',
          'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if method == 'CANCEL' else 'TENTATIVE'),
          'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if method == 'CANCEL' else 'BUSY'),
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:' + ('2' if method == 'CANCEL' else '1'),
          'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams and method == 'REQUEST':
        L += [f'X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:', f'X-MICROSOFT-ONLINEMEETINGCONFLINK:',
              f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{link}', 'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:'
              'https://api.scheduler.teams.microsoft.com/teamsforbusiness/' + hx('sch' + seed, 24),
              'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_' + hx('cid' + seed, 20) + '@thread.v2"'
              ',"private":true,"type":0,"mid":0,"rid":0,"uid":null}']
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE']
    if method == 'REQUEST':
        L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
              'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    cal = ics_text(L)
    b = '_000_' + hx('ob' + seed, 32).upper() + 'prodoutlookcom_'
    alt = multi('alternative', b, [
        leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', html_body, 'quoted-printable'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, 'base64'),
    ])
    pfx = hx('pr' + seed, 4).upper()
    mid = f'<{tenant.upper()[:2]}4PR0{digits(seed, 1)}MB{digits(seed + "x", 4)}{hx("mi" + seed, 28).upper()}@{tenant.upper()[:2]}4PR0{digits(seed, 1)}MB{digits(seed + "x", 4)}.{tenant}.prod.outlook.com>'
    to = to_line or ', '.join(addr(n, e) for n, e in required)
    hdrs = [('Delivered-To', OWNER),
            received(f'{tenant.upper()[:3]}0{digits(seed, 1)}-{pfx}-obe.outbound.protection.outlook.com',
                     f'40.107.{int(digits(seed + "ip", 3)) % 255}.{int(digits(seed + "iq", 3)) % 255}', sent, seed),
            ('Return-Path', f'<{organizer[1]}>'),
            ('From', addr(organizer[0], organizer[1])),
            ('To', to)]
    if optional:
        hdrs.append(('CC', ', '.join(addr(n, e) for n, e in optional)))
    hdrs += [('Subject', enc_word(subject)), ('Thread-Topic', enc_word(subject.split(': ', 1)[-1])),
             ('Thread-Index', base64.b64encode(hashlib.sha256(('ti' + seed).encode()).digest()[:22]).decode()),
             ('Date', rfc(sent.astimezone(UTC))), ('Message-ID', mid),
             ('Accept-Language', f'{langtag}, en-US'), ('Content-Language', langtag),
             ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
             ('Content-class', 'urn:content-classes:calendarmessage'),
             ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + hx('si' + seed, 20)),
             ('x-ms-publictraffictype', 'Email')]
    return message(hdrs, alt)


# ----------------------------------------------------------------------------- plain mail
def gmail_msgid(seed):
    raw = hashlib.sha256(('g' + seed).encode()).digest()
    return '<CA' + base64.b64encode(raw[:30]).decode().replace('/', '_').replace('+', '-') + '@mail.gmail.com>'


def plain_mail(seed, *, sent, frm, to=None, subject, text, html_body=None, cc=None, reply_to=None,
               msgid=None, in_reply_to=None, references=None, cte='quoted-printable', extra_headers=(),
               attachments=(), rcv=('mail-sor-f41.google.com', '209.85.220.41'), return_path=None,
               sender=None, x_mailer=None, boundary=None):
    """A human / vendor e-mail: multipart/alternative (text + html), optionally wrapped in mixed
    with attachments [(ctype, filename, content, cte)]."""
    msgid = msgid or gmail_msgid(seed)
    if html_body is None:
        html_body = text_to_html(text)
    alt = multi('alternative', boundary or bnd(seed + 'alt'), [
        leaf('text/plain; charset="UTF-8"', text, cte),
        leaf('text/html; charset="UTF-8"', html_body, cte),
    ])
    body = alt
    if attachments:
        parts = [nested(alt)]
        for ctype, fname, content, acte in attachments:
            parts.append(leaf(f'{ctype}; name="{fname}"', content, acte,
                              [f'Content-Disposition: attachment; filename="{fname}"']))
        body = multi('mixed', bnd(seed + 'mix'), parts)
    hdrs = [('Delivered-To', OWNER), received(rcv[0], rcv[1], sent, seed),
            ('Return-Path', f'<{return_path or frm[1]}>')]
    hdrs += list(extra_headers)
    hdrs += [('From', addr(*frm))]
    if sender:
        hdrs.append(('Sender', sender))
    if reply_to:
        hdrs.append(('Reply-To', addr(*reply_to)))
    hdrs.append(('To', to or addr(OWNER_BG, OWNER)))
    if cc:
        hdrs.append(('Cc', ', '.join(addr(n, e) for n, e in cc)))
    hdrs += [('Date', rfc(sent)), ('Message-ID', msgid), ('Subject', enc_word(subject))]
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
    if references:
        hdrs.append(('References', references))
    if x_mailer:
        hdrs.append(('X-Mailer', x_mailer))
    return message(hdrs, body)


def gcal_event(seed, *, summary, description, organizer, attendees, start, end, tzname,
               created, updated, status='confirmed', sequence=0, location=None, meet=True):
    code = meet_code(seed)
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{digits(seed + "etag", 16)}"',
        'id': hx('gid' + seed, 26),
        'status': status,
        'htmlLink': 'https://www.google.com/calendar/event?eid=' + base64.b64encode(
            f'{hx("gid" + seed, 26)} {OWNER}'.encode()).decode().rstrip('='),
        'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.') + digits(seed + 'ms', 3) + 'Z',
        'summary': summary,
        'description': description,
    }
    if location:
        ev['location'] = location
    ev['creator'] = {'email': organizer[1], 'displayName': organizer[0]}
    ev['organizer'] = {'email': organizer[1], 'displayName': organizer[0]}
    ev['start'] = {'dateTime': gjson_dt(start), 'timeZone': tzname}
    ev['end'] = {'dateTime': gjson_dt(end), 'timeZone': tzname}
    ev['iCalUID'] = hx('gid' + seed, 26) + '@google.com'
    ev['sequence'] = sequence
    atts = []
    for name, email, rs in attendees:
        a = {'email': email}
        if name:
            a['displayName'] = name
        if email == organizer[1]:
            a['organizer'] = True
        if email == OWNER:
            a['self'] = True
        a['responseStatus'] = rs
        atts.append(a)
    ev['attendees'] = atts
    if meet:
        ev['hangoutLink'] = f'https://meet.google.com/{code}'
        ev['conferenceData'] = {
            'entryPoints': [
                {'entryPointType': 'video', 'uri': f'https://meet.google.com/{code}', 'label': f'meet.google.com/{code}'},
                {'entryPointType': 'more', 'uri': f'https://tel.meet/{code}?pin={digits(seed + "r", 13)}',
                 'pin': digits(seed + 'r', 13)},
                {'entryPointType': 'phone', 'uri': f'tel:+359-2-{digits(seed + "p", 3)}-{digits(seed + "q", 4)}',
                 'label': f'+359 2 {digits(seed + "p", 3)} {digits(seed + "q", 4)}', 'pin': digits(seed, 9),
                 'regionCode': 'BG'},
            ],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                   'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png'},
            'conferenceId': code,
        }
    ev['reminders'] = {'useDefault': True}
    ev['eventType'] = 'default'
    return (json.dumps(ev, ensure_ascii=False, indent=2) + '\n').encode('utf-8')


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {'company': company, 'role': role, 'start': start.isoformat(),
            'end': end.isoformat() if end else None, 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followup), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


SIG_BG = f'Поздрави,\nНиколай'


# ============================================================================= POSITIVE CASES
@case
def c01():
    cid = 'b258-01-jobsbg-relay-phone-screen'
    sent = T(2026, 9, 10, 11, 42, SOF, 'Thu')
    start = T(2026, 9, 15, 14, 0, SOF, 'Tue')
    end = start + timedelta(minutes=30)
    rec = ('Десислава Колева', 'desislava.koleva@vitosha-systems.example')
    role = 'Java Developer (Spring Boot)'
    assert bg_day(start) == 'вторник, 15 септември'
    msg = (f'Здравейте, Николай,\n\n'
           f'благодарим Ви за кандидатурата по обявата „{role}“ (реф. № VS-0914).\n\n'
           f'Профилът Ви ни хареса и бих искала да проведем кратко телефонно интервю – първата стъпка '
           f'от подбора при нас. Записах Ви за {bg_day(start)}, от 14:00 ч. Разговорът ще отнеме около '
           f'30 минути и ще го проведа аз – ще Ви се обадя на телефона, посочен в CV-то.\n\n'
           f'Ако часът не Ви е удобен, отговорете на това съобщение или ми пишете директно на '
           f'{rec[1]} и ще намерим друг.\n\n'
           f'Поздрави,\n{rec[0]}\nHR мениджър | Витоша Системс\nбул. „Черни връх“ 47, 1407 София\n'
           f'+359 2 958 31 20')
    text = ('JOBS.BG | Съобщение от работодател\n\n'
            f'Витоша Системс Ви изпрати съобщение по обявата „{role}“, за която сте кандидатствали на '
            f'08.09.2026 г.\n\n---------------------------------------------\n{msg}\n'
            '---------------------------------------------\n\n'
            'Отговорът Ви ще бъде изпратен директно на работодателя.\n\n'
            'Получавате този имейл, защото сте кандидатствали по обява в JOBS.BG. Управлявайте '
            'известията си от https://www.jobs.bg/account/notifications\n'
            '© JOBS.BG – Всички права запазени.\n')
    html_body = ('<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f4f7">'
                 '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
                 '<table width="600" cellpadding="24" style="background:#ffffff;font-family:Arial,sans-serif;'
                 'font-size:14px;color:#222"><tr><td><div style="font-size:18px;color:#0b5cab"><b>JOBS.BG</b> '
                 '| Съобщение от работодател</div>\n<p>Витоша Системс Ви изпрати съобщение по обявата '
                 f'<b>„{html.escape(role)}“</b>, за която сте кандидатствали на 08.09.2026 г.</p>\n'
                 '<div style="border-left:3px solid #0b5cab;padding-left:12px">'
                 + text_to_html(msg) +
                 '</div>\n<p style="color:#777;font-size:12px">Отговорът Ви ще бъде изпратен директно на '
                 'работодателя.<br>Получавате този имейл, защото сте кандидатствали по обява в JOBS.BG. '
                 '<a href="https://www.jobs.bg/account/notifications">Управлявайте известията си</a>.<br>'
                 '© JOBS.BG – Всички права запазени.</p></td></tr></table></td></tr></table></body></html>\n')
    eml = plain_mail(cid, sent=sent, frm=('Витоша Системс чрез JOBS.BG', 'no-reply@jobs.bg'),
                     reply_to=rec, subject=f'Витоша Системс: покана за интервю по обява „{role}“',
                     text=text, html_body=html_body, msgid=f'<{hx(cid, 24)}.mailer@mail.jobs.bg>',
                     rcv=('mail.jobs.bg', '217.79.160.48'), return_path='bounce-' + hx('rp' + cid, 10) + '@mail.jobs.bg',
                     extra_headers=[('List-Unsubscribe', '<https://www.jobs.bg/account/notifications>'),
                                    ('X-Mailer', 'JOBS.BG Mailer')])
    files = {'01-jobsbg-vitosha-systems.eml': eml}
    lab = label([iv('Витоша Системс', role, start, end, 'scheduled', [rec[1]], [rec[1]], 'phone_screen')],
                'medium', 'positive/job-board-relay-body-only',
                'jobs.bg relay from no-reply with the recruiter in Reply-To; Bulgarian body names the date '
                '(вторник, 15 септември, 14:00 ч., ~30 мин.) and the recruiter runs the call herself. '
                'EEST (+03:00).')
    return cid, files, lab


@case
def c02():
    cid = 'b258-02-teams-fle-technical-panel'
    sent = T(2026, 9, 16, 8, 15, UTC)
    start = T(2026, 9, 22, 10, 0, SOF, 'Tue')
    end = T(2026, 9, 22, 11, 30, SOF)
    org = ('Мирела Иванова', 'mirela.ivanova@balkancode.example')
    p1 = ('Петър Георгиев', 'petar.georgiev@balkancode.example')
    p2 = ('Стефан Тодоров', 'stefan.todorov@balkancode.example')
    role = 'Senior Java Developer'
    when = ('Кога: вторник, 22 септември 2026 г. 10:00-11:30 (UTC+02:00) Хелзинки, Киев, Рига, София, '
            'Талин, Вилнюс.')
    body = ('Здравейте, Николай,\n\n'
            f'както се разбрахме по телефона, изпращам покана за техническото интервю за позицията {role}. '
            f'От наша страна ще бъдат {p1[0]} (Tech Lead) и {p2[0]} (Senior Java Developer). Аз няма да '
            'участвам в разговора, но ако имате въпроси преди това – пишете ми.\n\n'
            'Интервюто е около 90 минути: разговор за опита Ви, въпроси за Java и Spring и малко live '
            'coding (ще трябва да споделите екрана си, така че е добре да имате готова IDE).\n\n'
            f'Поздрави,\n{org[0]}\nTalent Acquisition Specialist | Balkan Code Solutions\n'
            'ул. „Лъчезар Станчев“ 5, Sopharma Business Towers, ет. 11, София\n+359 2 491 77 30')
    eml = outlook_invite(cid, sent=sent, organizer=org, required=[(OWNER_BG, OWNER), p1, p2],
                         subject=f'Техническо интервю – Николай Стоянов ({role})', start=start, end=end,
                         tzid='FLE Standard Time', when_line=when, body=body)
    files = {'01-teams-tehnichesko-intervyu.eml': eml}
    lab = label([iv('Balkan Code Solutions', role, start, end, 'scheduled', [p1[1], p2[1]], [p1[1], p2[1]],
                    'onsite')],
                'hard', 'positive/teams-invite-windows-tzid',
                'Exchange/Teams invite with TZID "FLE Standard Time" (VTIMEZONE block); the display label says '
                '(UTC+02:00) but 22 Sep is summer time, so +03:00. Coordinator organises but says she will not '
                'join; two interviewers -> panel (onsite per rules).')
    return cid, files, lab


@case
def c03():
    cid = 'b258-03-workable-bucharest-hm'
    sent = T(2026, 10, 1, 7, 20, UTC)
    start = T(2026, 10, 7, 11, 0, BUC, 'Wed')
    end = start + timedelta(minutes=45)
    hm_ = ('Andrei Popescu', 'andrei.popescu@carpathia-data.example')
    rec = ('Ioana Dumitrescu', 'ioana.dumitrescu@carpathia-data.example')
    role = 'Backend Engineer (Java)'
    code = meet_code(cid)
    assert en_day(start) == 'Wednesday, October 7, 2026'
    text = (f'Hi Nikolay,\n\n'
            f'Thank you for your interest in the {role} position at Carpathia Data. We would like to invite '
            f'you to an interview with {hm_[0]}, Engineering Manager for our Data Platform team.\n\n'
            f'Interview details\n'
            f'Date: {en_day(start)}\n'
            f'Time: {en_12(start)} - {en_12(end)} (GMT+03:00) Europe/Bucharest\n'
            f'Duration: 45 minutes\n'
            f'Type: Video call\n'
            f'Location: https://meet.google.com/{code}\n\n'
            f'A calendar invitation is attached to this email.\n\n'
            f'If you need to reschedule, just reply to this email and we will find another time.\n\n'
            f'Best regards,\n{rec[0]}\nTalent Partner, Carpathia Data\n{rec[1]}\n'
            f'Str. Fabrica de Glucoză 11, Bucharest\n\n--\nPowered by Workable\n')
    html_body = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f2d3d">'
                 '<table width="100%" style="max-width:560px;margin:auto"><tr><td>'
                 + text_to_html(text.split('\n--\n')[0], 'Helvetica,Arial,sans-serif') +
                 '<p style="font-size:11px;color:#8a99a8">Powered by <a href="https://www.workable.com">'
                 'Workable</a></p></td></tr></table></body></html>\n')
    cal = ics_text(['BEGIN:VCALENDAR', 'PRODID:-//Workable//Workable Calendar 1.0//EN', 'VERSION:2.0',
                    'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT',
                    f'UID:interview-{hx("wk" + cid, 20)}@workable.com', f'DTSTAMP:{ics_utc(sent)}',
                    f'DTSTART:{ics_utc(start)}', f'DTEND:{ics_utc(end)}',
                    f'SUMMARY:Interview: {OWNER_EN} for {role} - Carpathia Data',
                    'DESCRIPTION:' + ics_esc(f'Interview with {hm_[0]} (Engineering Manager).\n'
                                             f'Join: https://meet.google.com/{code}'),
                    f'LOCATION:https://meet.google.com/{code}',
                    f'ORGANIZER;CN={rec[0]}:mailto:{rec[1]}',
                    f'ATTENDEE;CN={hm_[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{hm_[1]}',
                    f'ATTENDEE;CN={OWNER_EN};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}',
                    'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    eml = plain_mail(cid, sent=sent, frm=('Carpathia Data', 'noreply@candidates.workablemail.com'),
                     reply_to=('Carpathia Data', f'carpathia-data+{hx("rt" + cid, 12)}@candidates.workablemail.com'),
                     to=addr(OWNER_EN, OWNER), subject=f'Interview invitation: {role} at Carpathia Data',
                     text=text, html_body=html_body,
                     msgid=f'<{hx("wm" + cid, 24)}@candidates.workablemail.com>',
                     rcv=('o12.candidates.workablemail.com', '149.72.131.18'),
                     return_path=f'bounces+{digits(cid, 8)}@candidates.workablemail.com',
                     attachments=[('text/calendar; charset="UTF-8"; method=REQUEST', 'invite.ics', cal, 'base64')])
    files = {'01-workable-interview-invitation.eml': eml}
    lab = label([iv('Carpathia Data', role, start, end, 'scheduled', [hm_[1]], [hm_[1]], 'hiring_manager')],
                'medium', 'positive/ats-email-with-ics',
                'Workable invitation from noreply with a .ics attachment (UTC times); Bucharest is on the '
                'same offset as Sofia (EEST +03:00). Recruiter in signature only schedules; the engineering '
                'manager (ATTENDEE) is the interviewer.')
    return cid, files, lab


@case
def c04():
    cid = 'b258-04-personio-hamburg-first-call'
    sent = T(2026, 10, 6, 9, 5, UTC)
    start = T(2026, 10, 13, 15, 0, BER, 'Tue')
    end = start + timedelta(minutes=45)
    lena = ('Lena Hoffmann', 'lena.hoffmann@hanse-logistik.example')
    role = 'Senior Java Developer (Remote, EU)'
    s_sof, e_sof = start.astimezone(SOF), end.astimezone(SOF)
    assert (hm(s_sof), hm(e_sof)) == ('16:00', '16:45')
    de_day = f'{DE_WD[start.weekday()]}, {start.day}. {DE_MON[start.month - 1]} {start.year}'
    assert de_day == 'Dienstag, 13. Oktober 2026'
    text = (f'Hallo Nikolay,\n\n'
            f'vielen Dank für Deine Bewerbung als {role} bei der Hanse Logistik Software GmbH. Wir möchten '
            f'Dich gern kennenlernen und laden Dich zu einem ersten Gespräch per Microsoft Teams ein:\n\n'
            f'Termin: {de_day}, 15:00–15:45 Uhr (MESZ, Hamburger Zeit)\n'
            f'Gesprächspartnerin: {lena[0]} (Talent Acquisition)\n'
            f'Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx("hl" + cid, 30)}%40thread.v2/0\n\n'
            f'Eine Kalendereinladung findest Du im Anhang.\n\n'
            f'--- English version ---\n\n'
            f'Hi Nikolay,\n\n'
            f'thank you for applying for the {role} position at Hanse Logistik Software GmbH. We would like '
            f'to get to know you in a first interview via Microsoft Teams:\n\n'
            f'Date: Tuesday, 13 October 2026, 15:00–15:45 CEST (Hamburg time; that is 16:00–16:45 in Sofia)\n'
            f'Interviewer: {lena[0]} (Talent Acquisition)\n\n'
            f'The calendar invitation is attached. If the time does not work for you, please reply to this '
            f'e-mail or contact me directly at {lena[1]}.\n\n'
            f'Viele Grüße / Best regards\n{lena[0]}\nTalent Acquisition Partner\n'
            f'Hanse Logistik Software GmbH · Am Sandtorkai 40 · 20457 Hamburg\n'
            f'Amtsgericht Hamburg HRB 000000 · Geschäftsführer: Henrik Albers\n\n'
            f'Diese E-Mail wurde über Personio versendet.\n')
    cal = ics_text(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Personio GmbH//Personio Recruiting//DE',
                    'METHOD:REQUEST'] + VTZ_BERLIN +
                   ['BEGIN:VEVENT', f'UID:{hx("ps" + cid, 8)}-{hx("ps2" + cid, 4)}-{hx("ps3" + cid, 4)}-'
                                    f'{hx("ps4" + cid, 12)}@personio.de',
                    f'DTSTAMP:{ics_utc(sent)}', f'DTSTART;TZID=Europe/Berlin:{ics_local(start)}',
                    f'DTEND;TZID=Europe/Berlin:{ics_local(end)}',
                    f'SUMMARY:Kennenlerngespräch – {OWNER_EN} – {role}',
                    'DESCRIPTION:' + ics_esc(f'Erstes Gespräch mit {lena[0]} (Talent Acquisition).\n'
                                             'Microsoft Teams – Link siehe E-Mail.'),
                    'LOCATION:Microsoft Teams', f'ORGANIZER;CN={lena[0]}:mailto:{lena[1]}',
                    f'ATTENDEE;CN={lena[0]};ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:{lena[1]}',
                    f'ATTENDEE;CN={OWNER_EN};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}',
                    'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    eml = plain_mail(cid, sent=sent, frm=('Lena Hoffmann | Hanse Logistik Software GmbH', 'no-reply@jobs.personio.de'),
                     reply_to=('Hanse Logistik Software GmbH',
                               f'hanse-logistik-software-gmbh-{hx("rp" + cid, 6)}@applications.personio.de'),
                     to=addr(OWNER_EN, OWNER),
                     subject=f'Einladung zum Kennenlerngespräch / Invitation to a first interview – {role}',
                     text=text, msgid=f'<{hx("pm" + cid, 32)}@jobs.personio.de>',
                     rcv=('mail-eu.personio.de', '52.29.101.17'),
                     return_path=f'bounce-{hx("bp" + cid, 12)}@jobs.personio.de',
                     attachments=[('text/calendar; charset="UTF-8"; method=REQUEST', 'einladung.ics', cal, 'base64')])
    files = {'01-personio-einladung.eml': eml}
    lab = label([iv('Hanse Logistik Software GmbH', role, start, end, 'scheduled', [lena[1]], [lena[1]],
                    'phone_screen')],
                'medium', 'positive/ats-email-with-ics-german',
                'Personio mail (German + English) from no-reply with a Personio relay Reply-To; the human '
                'recruiter conducting the first call is in the .ics and signature. Times are Hamburg CEST '
                '(+02:00) = 16:00 in Sofia; .ics uses TZID=Europe/Berlin with VTIMEZONE.')
    return cid, files, lab


@case
def c05():
    cid = 'b258-05-amsterdam-ny-dst-gap'
    sent1 = T(2026, 10, 22, 10, 31, AMS, 'Thu')
    sent2 = T(2026, 10, 22, 14, 2, UTC)
    start = T(2026, 10, 29, 10, 0, NYC, 'Thu')
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=-4) and hm(start.astimezone(SOF)) == '16:00'
    assert start.astimezone(SOF).utcoffset() == timedelta(hours=2)
    sanne = ('Sanne de Vries', 'sanne.devries@grachten-commerce.example')
    mike = ('Michael Brennan', 'michael.brennan@grachten-commerce.example')
    role = 'Senior Backend Engineer (Java/Kotlin)'
    t1 = (f'Hi Nikolay,\n\n'
          f'Great news – {mike[0]}, Engineering Manager for our Checkout Platform team, would like to meet you '
          f'for the hiring manager interview for the {role} role. Michael is based in our New York office, '
          f'so he will send you the calendar invite himself.\n\n'
          f'Slot: Thursday 29 October, 10:00–11:00 New York time.\n\n'
          f'A heads-up on the clocks: Europe goes back to winter time on Sunday 25 October, but the US only '
          f'changes on 1 November, so that week New York is just 6 hours behind Sofia – the call is at 16:00 '
          f'your time, not 17:00.\n\n'
          f'Let me know if anything is unclear!\n\n'
          f'Cheers,\n{sanne[0]}\nTechnical Recruiter | Grachten Commerce B.V.\n'
          f'Keizersgracht 241, 1016 EA Amsterdam\n')
    e1 = plain_mail(cid + '1', sent=sent1, frm=sanne, to=addr(OWNER_EN, OWNER),
                    subject=f'Next step: hiring manager interview – {role}', text=t1,
                    msgid=f'<AM9PR07MB{digits(cid, 4)}{hx("am" + cid, 24).upper()}@AM9PR07MB{digits(cid, 4)}.eurprd07.prod.outlook.com>',
                    rcv=('EUR05-AM6-obe.outbound.protection.outlook.com', '40.107.22.77'))
    desc = ('Hi Nikolay – looking forward to our chat about the Checkout Platform team. 60 minutes, no '
            'coding: we will talk about systems you have built and how you like to work.\n'
            '(Sanne is on the invite just to keep track – she will not join the call.)\n\nMichael')
    e2 = google_invite(cid + '2', sent=sent2, organizer=mike,
                       guests=[(mike[0], mike[1], 'ACCEPTED'), (sanne[0], sanne[1], 'ACCEPTED'),
                               ('', OWNER, 'NEEDS-ACTION')],
                       summary=f'Grachten Commerce – Hiring Manager Interview ({OWNER_EN})',
                       start=start, end=end, description=desc)
    files = {'01-recruiter-next-step.eml': e1, '02-invitation-hiring-manager.eml': e2}
    lab = label([iv('Grachten Commerce', role, start, end, 'scheduled', [mike[1]], [mike[1]], 'hiring_manager')],
                'hard', 'positive/dst-gap-us-eu',
                'Dutch company, NY hiring manager. 29 Oct 2026 falls between EU DST end (25 Oct) and US DST end '
                '(1 Nov): 10:00 EDT (-04:00) = 16:00 EET in Sofia. Recruiter mail + Google invite (rendered in '
                'the owner\'s Sofia time zone, UTC in .ics) are one interview; recruiter is a guest but does not join.')
    return cid, files, lab


@case
def c06():
    cid = 'b258-06-reschedule-thread-office'
    raya = ('Рая Петкова', 'raya.petkova@osogovo-tech.example')
    kal = ('Калоян Маринов', 'kaloyan.marinov@osogovo-tech.example')
    ivo = ('Ивайло Ненчев', 'ivaylo.nenchev@osogovo-tech.example')
    role = 'Java Developer'
    first = T(2026, 9, 30, 11, 0, SOF, 'Wed')
    first_end = first + timedelta(minutes=90)
    final = T(2026, 10, 2, 15, 30, SOF, 'Fri')
    final_end = final + timedelta(minutes=90)
    place = 'ул. „Тинтява“ 15, ет. 4, 1113 София'
    sent1 = T(2026, 9, 22, 10, 4, SOF, 'Tue')
    sent2 = T(2026, 9, 22, 7, 6, UTC)
    owner_reply = T(2026, 9, 22, 12, 31, SOF)
    sent3 = T(2026, 9, 24, 9, 47, SOF, 'Thu')
    sent4 = T(2026, 9, 24, 11, 20, UTC)
    subj = f'Техническо събеседване – {role} – Осогово Тех'
    t1 = (f'Здравейте, Николай,\n\n'
          f'благодаря Ви за разговора миналата седмица! С удоволствие Ви каним на второ, техническо '
          f'събеседване за позицията {role}. Ще се проведе на живо в офиса ни ({place}) в '
          f'{bg_day(first)}, от 11:00 ч. и ще продължи около час и половина.\n\n'
          f'Ще се срещнете с {kal[0]} (Engineering Manager) и {ivo[0]} (Java Team Lead) – и двамата са в '
          f'копие. След малко ще получите и покана в календара.\n\n'
          f'На входа кажете на охраната, че идвате за Осогово Тех – ще Ви посрещна на рецепцията.\n\n'
          f'Поздрави,\n{raya[0]}\nHR Business Partner\nОсогово Тех | https://osogovo-tech.example\n'
          f'+359 88 741 2290\n')
    assert 'сряда, 30 септември' in t1
    m1 = gmail_msgid(cid + '1')
    e1 = plain_mail(cid + '1', sent=sent1, frm=raya, cc=[kal, ivo], subject=subj, text=t1, msgid=m1)
    guests = [(raya[0], raya[1], 'ACCEPTED'), (kal[0], kal[1], 'ACCEPTED'), (ivo[0], ivo[1], 'NEEDS-ACTION'),
              ('', OWNER, 'NEEDS-ACTION')]
    summary = f'Техническо събеседване – {OWNER_BG} ({role})'
    desc = (f'Второ (техническо) събеседване на място с {kal[0]} и {ivo[0]}.\n'
            f'Адрес: {place}. Моля, елате 5 минути по-рано.')
    uid = hx('uid' + cid, 26) + '@google.com'
    e2 = google_invite(cid + '2', sent=sent2, organizer=raya, guests=guests, summary=summary, start=first,
                       end=first_end, description=desc, meet=False, location=f'Осогово Тех, {place}', uid=uid)
    m_owner = gmail_msgid(cid + 'owner')
    quoted_owner = (f'Здравейте, Рая,\n\nблагодаря, потвърждавам за сряда, 30 септември, от 11:00 ч. '
                    f'Ще бъда там.\n\nПоздрави,\nНиколай\n')
    quote = lambda t: '\n'.join('> ' + x if x else '>' for x in t.rstrip('\n').split('\n'))
    t3 = (f'Здравейте, Николай,\n\n'
          f'извинявам се за промяната в последния момент – Калоян ще бъде в командировка в '
          f'сряда, затова се налага да преместим събеседването. Предлагам {bg_day(final)}, от 15:30 ч. – '
          f'мястото и продължителността остават същите, Калоян и Ивайло вече потвърдиха.\n\n'
          f'Ако петък Ви е удобен, ще обновя поканата в календара.\n\n'
          f'Поздрави,\nРая\n\n'
          f'На вт, 22.09.2026 г. в 12:31 ч. {OWNER_BG} <{OWNER}> написа:\n'
          + quote(quoted_owner + f'\nНа вт, 22.09.2026 г. в 10:04 ч. {raya[0]} <{raya[1]}> написа:\n'
                  + quote(t1)) + '\n')
    assert 'петък, 2 октомври' in t3
    e3 = plain_mail(cid + '3', sent=sent3, frm=raya, cc=[kal, ivo], subject='Re: ' + subj, text=t3,
                    in_reply_to=m_owner, references=f'{m1} {m_owner}')
    desc4 = desc + '\nНов час – петък, 2 октомври, 15:30 ч. (преместено от сряда по молба на екипа).'
    e4 = google_invite(cid + '4', sent=sent4, organizer=raya,
                       guests=[(raya[0], raya[1], 'ACCEPTED'), (kal[0], kal[1], 'ACCEPTED'),
                               (ivo[0], ivo[1], 'ACCEPTED'), ('', OWNER, 'NEEDS-ACTION')],
                       summary=summary, start=final, end=final_end, description=desc4, meet=False,
                       location=f'Осогово Тех, {place}', uid=uid, sequence=1, kind='updated',
                       changed_note='(Променено)')
    files = {'01-pokana-sabesedvane.eml': e1, '02-pokana-kalendar.eml': e2, '03-re-premestvane.eml': e3,
             '04-aktualizirana-pokana.eml': e4}
    lab = label([iv('Осогово Тех', role, final, final_end, 'scheduled', [kal[1], ivo[1]], [kal[1], ivo[1]],
                    'onsite')],
                'hard', 'positive/reschedule',
                'Bulgarian thread: e-mail + Google invite for Wed 30 Sep 11:00, then a reply moving it to Fri '
                '2 Oct 15:30 and an updated invite (same UID, SEQUENCE:1). Final time wins; in-office panel with '
                'two interviewers (HR partner only organises).')
    return cid, files, lab


@case
def c07():
    cid = 'b258-07-teams-cancelled-plovdiv'
    ani = ('Анелия Христова', 'aneliya.hristova@maritsa-dev.example')
    geo = ('Георги Атанасов', 'georgi.atanasov@maritsa-dev.example')
    role = 'Java Developer (Remote)'
    start = T(2026, 10, 15, 16, 0, SOF, 'Thu')
    end = start + timedelta(hours=1)
    sent1 = T(2026, 10, 12, 13, 10, UTC)
    sent2 = T(2026, 10, 14, 15, 22, UTC)
    subj = f'Техническо интервю – Николай Стоянов / {role}'
    when = ('Кога: четвъртък, 15 октомври 2026 г. 16:00-17:00 (UTC+02:00) Хелзинки, Киев, Рига, София, '
            'Талин, Вилнюс.')
    b1 = (f'Здравейте, Николай,\n\n'
          f'изпращам Ви покана за техническо интервю с {geo[0]}, Java архитект в екипа ни в Пловдив. '
          f'Разговорът ще бъде онлайн в Teams и ще продължи около час.\n\n'
          f'Поздрави,\n{ani[0]}\nРекрутър | Марица Дев ООД\nгр. Пловдив, ул. „Капитан Райчо“ 56\n')
    uid = exch_uid(cid)
    e1 = outlook_invite(cid + '1', sent=sent1, organizer=ani, required=[(OWNER_BG, OWNER), geo], subject=subj,
                        start=start, end=end, tzid='FLE Standard Time', when_line=when, body=b1, uid=uid)
    b2 = (f'Здравейте, Николай,\n\n'
          f'за съжаление трябва да отменим интервюто в четвъртък. Клиентът, за чийто проект търсихме Java '
          f'разработчик, замрази позицията тази седмица и в момента не можем да продължим процеса. '
          f'Съжалявам за неудобството – ще Ви потърся, ако позицията бъде отворена отново.\n\n'
          f'Поздрави,\nАнелия\n')
    e2 = outlook_invite(cid + '2', sent=sent2, organizer=ani, required=[(OWNER_BG, OWNER), geo],
                        subject='Отменено: ' + subj, start=start, end=end, tzid='FLE Standard Time',
                        when_line=when, body=b2, uid=uid, method='CANCEL', sequence=1)
    files = {'01-pokana-teams.eml': e1, '02-otmeneno.eml': e2}
    lab = label([iv('Марица Дев', role, start, end, 'cancelled', [geo[1]], [geo[1]], 'technical')],
                'medium', 'positive/cancellation',
                'Teams invite (FLE Standard Time, +03:00 on 15 Oct) followed by METHOD:CANCEL with the same UID '
                '("Отменено:"), position frozen -> kept as cancelled at its last scheduled time.')
    return cid, files, lab


@case
def c08():
    cid = 'b258-08-two-rounds-hr-then-tech'
    vik = ('Виктория Стоева', 'viktoriya.stoeva@serdika-payments.example')
    bor = ('Борислав Пенев', 'borislav.penev@serdika-payments.example')
    role = 'Java Developer (Payments)'
    s1 = T(2026, 10, 19, 10, 0, SOF, 'Mon')
    e1_ = s1 + timedelta(minutes=30)
    s2 = T(2026, 10, 27, 14, 0, SOF, 'Tue')
    e2_ = s2 + timedelta(minutes=90)
    assert s1.utcoffset() == timedelta(hours=3) and s2.utcoffset() == timedelta(hours=2)
    sent1 = T(2026, 10, 14, 16, 20, SOF, 'Wed')
    sent3 = T(2026, 10, 20, 11, 5, SOF, 'Tue')
    t1 = (f'Здравейте, Николай,\n\n'
          f'благодаря за интереса към позицията {role} в Serdika Payments! Първата стъпка при нас е кратък '
          f'разговор с мен (около 30 минути) – за опита Ви, очакванията и как работим. Изпратих Ви покана в '
          f'Google Календар за {bg_day(s1)}, от 10:00 ч., по Google Meet.\n\n'
          f'Ако часът не Ви устройва, кажете и ще го сменим.\n\n'
          f'Поздрави,\n{vik[0]}\nTalent Acquisition | Serdika Payments\n{vik[1]}\n')
    assert 'понеделник, 19 октомври' in t1
    m1 = gmail_msgid(cid + '1')
    e1 = plain_mail(cid + '1', sent=sent1, frm=vik, subject='Serdika Payments – първи разговор', text=t1, msgid=m1)
    g = gcal_event(cid + 'g', summary=f'HR интервю – {OWNER_BG} ({role})',
                   description='Кратък първи разговор (HR) – опит, очаквания, процес на подбор.',
                   organizer=vik, attendees=[(vik[0], vik[1], 'accepted'), ('', OWNER, 'accepted')],
                   start=s1, end=e1_, tzname='Europe/Sofia', created=T(2026, 10, 14, 13, 22, UTC),
                   updated=T(2026, 10, 14, 15, 1, UTC))
    t3 = (f'Здравейте отново, Николай,\n\n'
          f'благодаря за приятния разговор вчера! Радвам се да Ви кажа, че продължаваме към техническото '
          f'интервю. То ще бъде с {bor[0]} (Lead Java Engineer, екип Payments Core) – около час и половина, '
          f'онлайн в Google Meet: опитът Ви, системен дизайн на платежна услуга и малко код.\n\n'
          f'Насрочих го за следващия вторник, 27 октомври, от 14:00 ч. Имайте предвид, че в неделя (25.10.) '
          f'часовникът се връща с един час назад – часът е 14:00 българско (зимно) време.\n\n'
          f'Поканата ще Ви дойде отделно.\n\n'
          f'Поздрави,\nВиктория\n\n'
          f'На ср, 14.10.2026 г. в 16:20 ч. {vik[0]} <{vik[1]}> написа:\n'
          + '\n'.join('> ' + x if x else '>' for x in t1.rstrip('\n').split('\n')) + '\n')
    e3 = plain_mail(cid + '3', sent=sent3, frm=vik, subject='Re: Serdika Payments – първи разговор', text=t3,
                    in_reply_to=m1, references=m1)
    code = meet_code(cid + 'tech')
    cal = ics_text(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
                    'CALSCALE:GREGORIAN', 'METHOD:REQUEST'] + VTZ_SOFIA +
                   ['BEGIN:VEVENT', f'DTSTART;TZID=Europe/Sofia:{ics_local(s2)}',
                    f'DTEND;TZID=Europe/Sofia:{ics_local(e2_)}', f'DTSTAMP:{ics_utc(T(2026, 10, 20, 8, 10, UTC))}',
                    f'ORGANIZER;CN={vik[0]}:mailto:{vik[1]}', f'UID:{hx("tech" + cid, 26)}@google.com',
                    f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={vik[0]};'
                    f'X-NUM-GUESTS=0:mailto:{vik[1]}',
                    f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={bor[0]};'
                    f'X-NUM-GUESTS=0:mailto:{bor[1]}',
                    f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;'
                    f'CN={OWNER};X-NUM-GUESTS=0:mailto:{OWNER}',
                    'DESCRIPTION:' + ics_esc(f'Техническо интервю с {bor[0]} (Lead Java Engineer).\n'
                                             f'Виктория само организира срещата и няма да се включи.\n\n'
                                             f'Google Meet: https://meet.google.com/{code}'),
                    f'LOCATION:', 'SEQUENCE:0', 'STATUS:CONFIRMED',
                    'SUMMARY:' + ics_esc(f'Техническо интервю – {OWNER_BG} ({role})'), 'TRANSP:OPAQUE',
                    'END:VEVENT', 'END:VCALENDAR'])
    files = {'01-parvi-razgovor.eml': e1, '02-hr-intervyu.gcal.json': g, '03-re-tehnichesko-intervyu.eml': e3,
             '04-tehnichesko-intervyu.ics': cal.encode('utf-8')}
    lab = label([iv('Serdika Payments', role, s1, e1_, 'scheduled', [vik[1]], [vik[1]], 'phone_screen'),
                 iv('Serdika Payments', role, s2, e2_, 'scheduled', [bor[1]], [bor[1]], 'technical')],
                'hard', 'positive/two-interviews',
                'Two rounds with one company: HR call Mon 19 Oct 10:00 EEST (+03:00; e-mail + Calendar API event) '
                'and technical interview Tue 27 Oct 14:00 EET (+02:00, after EU DST end; e-mail + standalone '
                '.ics with TZID=Europe/Sofia). Coordinator conducts round 1 only.')
    return cid, files, lab


@case
def c09():
    cid = 'b258-09-takehome-then-tech-berlin'
    kat = ('Katharina Vogel', 'katharina.vogel@spreeware.example')
    tob = ('Tobias Krüger', 'tobias.krueger@spreeware.example')
    role = 'Backend Engineer (Java)'
    sent1 = T(2026, 10, 12, 10, 12, BER, 'Mon')
    sent2 = T(2026, 10, 21, 16, 40, BER, 'Wed')
    sent3 = T(2026, 10, 21, 14, 45, UTC)
    deadline = T(2026, 10, 19, 23, 59, BER, 'Mon')
    start = T(2026, 10, 27, 14, 0, BER, 'Tue')
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=1) and hm(start.astimezone(SOF)) == '15:00'
    assert deadline.tzname() == 'CEST'
    subj = f'Spreeware – take-home assignment ({role})'
    t1 = (f'Hi Nikolay,\n\n'
          f'thanks again for the intro call last week. As discussed, the next step is a short take-home '
          f'assignment: build a small Spring Boot service that imports a CSV of parcel scans and exposes a '
          f'REST endpoint with delivery-time statistics. It should not take more than 3–4 hours, so please '
          f'don\'t over-engineer it.\n\n'
          f'Please send us a link to a private Git repository (share it with {tob[1]}) by Monday, '
          f'19 October, 23:59 CEST. There is no live session for this step – once Tobias has reviewed your '
          f'code, we will get back to you about the technical interview.\n\n'
          f'Best,\n{kat[0]}\nPeople & Talent | Spreeware GmbH\nKöpenicker Straße 126, 10179 Berlin\n')
    m1 = f'<{hx("sp1" + cid, 8).upper()}-{hx("sp2" + cid, 4).upper()}-{hx("sp3" + cid, 4).upper()}@spreeware.example>'
    e1 = plain_mail(cid + '1', sent=sent1, frm=kat, to=addr(OWNER_EN, OWNER), subject=subj, text=t1, msgid=m1,
                    x_mailer='Apple Mail (2.3826.600.51.1.1)', cte='quoted-printable',
                    rcv=('mail.spreeware.example', '85.13.151.22'))
    m_owner = gmail_msgid(cid + 'owner')
    owner_sub = (f'Hi Katharina,\n\nhere is the repository: https://git.example.com/nstoyanov/parcel-stats '
                 f'(Tobias has access). README explains how to run it with Docker Compose.\n\n'
                 f'Best regards,\nNikolay\n')
    t2 = (f'Hi Nikolay,\n\n'
          f'thanks for the submission – Tobias really liked your tests and how you handled malformed rows. '
          f'We would like to invite you to the technical interview: 60 minutes with {tob[0]} (Staff '
          f'Engineer), in which you walk him through your solution and extend it a bit live.\n\n'
          f'I have booked Tuesday, 27 October, 14:00–15:00 Berlin time. Note that we will be on winter '
          f'time (CET) by then, so that is 15:00–16:00 in Sofia. The calendar invite comes from my Google '
          f'account; I will not be in the call myself.\n\n'
          f'Best,\nKatharina\n\n'
          f'On Mon, 19 Oct 2026 at 21:14, {OWNER_EN} <{OWNER}> wrote:\n'
          + '\n'.join('> ' + x if x else '>' for x in owner_sub.rstrip('\n').split('\n')) + '\n')
    e2 = plain_mail(cid + '2', sent=sent2, frm=kat, to=addr(OWNER_EN, OWNER), subject='Re: ' + subj, text=t2,
                    msgid=f'<{hx("sq1" + cid, 8).upper()}-{hx("sq2" + cid, 4).upper()}@spreeware.example>',
                    in_reply_to=m_owner, references=f'{m1} {m_owner}', x_mailer='Apple Mail (2.3826.600.51.1.1)',
                    rcv=('mail.spreeware.example', '85.13.151.22'))
    desc = (f'Technical interview: walk-through of your take-home + live extension.\n'
            f'Interviewer: {tob[0]} (Staff Engineer). Katharina only set this up.')
    e3 = google_invite(cid + '3', sent=sent3, organizer=kat,
                       guests=[(kat[0], kat[1], 'ACCEPTED'), (tob[0], tob[1], 'ACCEPTED'), ('', OWNER, 'NEEDS-ACTION')],
                       summary=f'Spreeware: Technical interview – {OWNER_EN} (take-home review)',
                       start=start, end=end, description=desc)
    files = {'01-take-home-assignment.eml': e1, '02-re-technical-interview.eml': e2,
             '03-invitation-technical-interview.eml': e3}
    lab = label([iv('Spreeware GmbH', role, start, end, 'scheduled', [tob[1]], [tob[1]], 'technical')],
                'hard', 'positive/takehome-then-interview',
                'Take-home with a CEST deadline (not an interview) followed by a booked technical interview '
                'Tue 27 Oct 14:00 Berlin = CET (+01:00) after EU DST end, 15:00 in Sofia; e-mail + Google invite '
                'are one interview. Organiser does not join; interviewer is the Staff Engineer.')
    return cid, files, lab


@case
def c10():
    cid = 'b258-10-plovdiv-onsite-loop'
    gal = ('Галина Кирова', 'galina.kirova@trimontium-software.example')
    dim = ('Димитър Вълчев', 'dimitar.valchev@trimontium-software.example')
    ros = ('Росица Ангелова', 'rositsa.angelova@trimontium-software.example')
    sve = ('Светослав Илиев', 'svetoslav.iliev@trimontium-software.example')
    role = 'Java Developer'
    day = (2026, 11, 5)
    a1, a2 = T(*day, 10, 0, SOF, 'Thu'), T(*day, 11, 30, SOF)
    b1, b2 = T(*day, 12, 15, SOF), T(*day, 13, 30, SOF)
    assert a1.utcoffset() == timedelta(hours=2)
    place = 'бул. „Руски“ 8, ет. 5, Пловдив'
    sent1 = T(2026, 10, 30, 15, 20, SOF, 'Fri')
    t1 = (f'Здравейте, Николай,\n\n'
          f'радваме се, че ще ни гостувате! Изпращам програмата за финалния етап на място в офиса ни '
          f'({place}) в {bg_day(a1)}:\n\n'
          f'10:00 – 11:30   Техническо интервю (Java, Spring, бази данни) – {dim[0]} и {ros[0]}\n'
          f'11:30 – 12:15   Обяд с екипа (неформално, не е част от оценката)\n'
          f'12:15 – 13:00   Разговор със {sve[0]}, Delivery Director\n'
          f'13:00 – 13:30   Разговор с мен – условия и следващи стъпки\n\n'
          f'Ще получите две покани в календара – за техническата част и за следобедните разговори. '
          f'Възстановяваме разходите за влака от София, запазете си билета.\n\n'
          f'Ако искате да се свържете с колегите предварително: {dim[1]}, {ros[1]}, {sve[1]}.\n\n'
          f'Поздрави,\n{gal[0]}\nHR мениджър | Тримонциум Софтуер\n{place}\n+359 32 60 44 18\n')
    assert 'четвъртък, 5 ноември' in t1
    e1 = plain_mail(cid + '1', sent=sent1, frm=gal, subject=f'Програма за интервюто на място – {role}', text=t1,
                    cte='base64',
                    msgid=f'<DB9PR03MB{digits(cid, 4)}{hx("db" + cid, 24).upper()}@DB9PR03MB{digits(cid, 4)}.eurprd03.prod.outlook.com>',
                    rcv=('EUR03-DBA-obe.outbound.protection.outlook.com', '40.107.104.51'),
                    extra_headers=[('Thread-Topic', enc_word(f'Програма за интервюто на място – {role}'))])
    when1 = ('Кога: четвъртък, 5 ноември 2026 г. 10:00-11:30 (UTC+02:00) Хелзинки, Киев, Рига, София, '
             'Талин, Вилнюс.')
    body1 = (f'Техническа част от интервюто на място с {dim[0]} и {ros[0]}.\nЗала „Небет тепе“, ет. 5.\n\n'
             f'Галина')
    e2 = outlook_invite(cid + '2', sent=T(2026, 10, 30, 13, 31, UTC), organizer=gal,
                        required=[(OWNER_BG, OWNER), dim, ros],
                        subject=f'Интервю на място – техническа част ({OWNER_BG})', start=a1, end=a2,
                        tzid='FLE Standard Time', when_line=when1, body=body1, teams=False,
                        location=f'Зала „Небет тепе“, {place}', tenant='eurprd03')
    when2 = ('Кога: четвъртък, 5 ноември 2026 г. 12:15-13:30 (UTC+02:00) Хелзинки, Киев, Рига, София, '
             'Талин, Вилнюс.')
    body2 = (f'12:15 – разговор със {sve[0]} (Delivery Director)\n13:00 – разговор с мен (HR)\n\nГалина')
    e3 = outlook_invite(cid + '3', sent=T(2026, 10, 30, 13, 34, UTC), organizer=gal,
                        required=[(OWNER_BG, OWNER), sve],
                        subject=f'Интервю на място – Delivery Director и HR ({OWNER_BG})', start=b1, end=b2,
                        tzid='FLE Standard Time', when_line=when2, body=body2, teams=False,
                        location=f'Зала „Джамбаз тепе“, {place}', tenant='eurprd03')
    ivs = [dim[1], ros[1], sve[1], gal[1]]
    files = {'01-programa-intervyu.eml': e1, '02-pokana-tehnicheska-chast.eml': e2,
             '03-pokana-delivery-hr.eml': e3}
    lab = label([iv('Тримонциум Софтуер', role, a1, b2, 'scheduled', ivs, ivs, 'onsite')],
                'hard', 'positive/onsite-loop',
                'Same-day in-office loop in Plovdiv (Thu 5 Nov, EET +02:00) sent as an itinerary e-mail plus two '
                'Outlook invites without Teams: one onsite from 10:00 (first session) to 13:30 (last session), '
                'lunch inside; the HR manager runs the last slot so she is an interviewer too.')
    return cid, files, lab


@case
def c11():
    cid = 'b258-11-gcal-founder-final-chat'
    emil = ('Емил Дончев', 'emil.donchev@kvarts-analytics.example')
    role = 'Senior Java Engineer'
    start = T(2026, 11, 2, 17, 0, SOF, 'Mon')
    end = start + timedelta(minutes=45)
    g = gcal_event(cid, summary=f'{OWNER_BG} <> Kvarts Analytics – финален разговор с CEO',
                   description=(f'Здравей, Николай! Това е последният етап от процеса за позицията {role} – '
                                f'45 минути разговор с мен, без технически задачи. Искам да ти разкажа накъде '
                                f'върви продуктът и да чуя какво търсиш ти.\n\n'
                                f'Емил Дончев\nосновател и CEO, Kvarts Analytics'),
                   organizer=emil, attendees=[(emil[0], emil[1], 'accepted'), ('', OWNER, 'accepted')],
                   start=start, end=end, tzname='Europe/Sofia', created=T(2026, 10, 28, 9, 12, UTC),
                   updated=T(2026, 10, 28, 11, 40, UTC))
    files = {'01-final-chat-ceo.gcal.json': g}
    lab = label([iv('Kvarts Analytics', role, start, end, 'scheduled', [emil[1]], [emil[1]], 'hiring_manager')],
                'medium', 'positive/gcal-json-only',
                'Only a Calendar API event: final chat with the founder/CEO, explicitly the last process step. '
                'Mon 2 Nov 17:00 EET (+02:00).')
    return cid, files, lab


@case
def c12():
    cid = 'b258-12-devbg-relay-tomorrow'
    sent = T(2026, 10, 19, 17, 48, SOF, 'Mon')
    start = sent.replace(hour=16, minute=0) + timedelta(days=1)      # "утре от 16:00 ч."
    assert start.strftime('%a') == 'Tue' and start.day == 20
    end = start + timedelta(minutes=45)
    hri = ('Християн Методиев', 'hristiyan.metodiev@danubius-software.example')
    role = 'Java Backend Developer'
    msg = (f'Здравейте, Николай,\n\n'
           f'благодаря за бързия отговор на обаждането ми днес. Както се разбрахме, ще направим кратко '
           f'техническо интервю по телефона утре от 16:00 ч. – около 45 минути, основно Java (concurrency, '
           f'Stream API), Spring и малко SQL. Ще Ви звънна аз на номера от CV-то.\n\n'
           f'Ако нещо се промени, пишете ми директно на {hri[1]} – отговорите през платформата понякога '
           f'стигат до мен със закъснение.\n\n'
           f'Поздрави,\n{hri[0]}\nTeam Lead, Java | Данубиус Софтуер\n')
    text = (f'DEV.BG\n\nДанубиус Софтуер Ви изпрати съобщение във връзка с кандидатурата Ви за „{role}“:\n\n'
            + msg +
            '\nМожете да отговорите на съобщението от профила си в DEV.BG: '
            f'https://dev.bg/profile/messages/{digits(cid, 7)}\n\n'
            'Получавате този имейл, защото имате профил в DEV.BG. Настройки за известия: '
            'https://dev.bg/profile/settings\n')
    html_body = ('<html><head><meta charset="utf-8"></head><body style="background:#f5f5f5">'
                 '<div style="max-width:620px;margin:0 auto;background:#fff;font-family:Roboto,Arial,sans-serif;'
                 'font-size:14px;padding:20px"><div style="font-weight:bold;font-size:20px;color:#1a73e8">DEV.BG'
                 f'</div><p>Данубиус Софтуер Ви изпрати съобщение във връзка с кандидатурата Ви за <b>„{role}“</b>:</p>'
                 '<blockquote style="background:#f7f9fc;border-left:4px solid #1a73e8;margin:0;padding:10px 14px">'
                 + text_to_html(msg, 'Roboto,Arial,sans-serif') +
                 f'</blockquote><p><a href="https://dev.bg/profile/messages/{digits(cid, 7)}">Отговорете от '
                 'профила си в DEV.BG</a></p><p style="font-size:11px;color:#888">Получавате този имейл, защото '
                 'имате профил в DEV.BG.</p></div></body></html>\n')
    eml = plain_mail(cid, sent=sent, frm=('Данубиус Софтуер чрез DEV.BG', 'no-reply@dev.bg'),
                     reply_to=('Данубиус Софтуер', f'reply+{hx("rr" + cid, 20)}@messages.dev.bg'),
                     subject=f'Ново съобщение от Данубиус Софтуер относно „{role}“', text=text,
                     html_body=html_body, cte='base64', msgid=f'<{hx("dm" + cid, 30)}@dev.bg>',
                     rcv=('mail.dev.bg', '185.117.82.34'), return_path=f'bounces@dev.bg')
    files = {'01-devbg-saobshtenie.eml': eml}
    lab = label([iv('Данубиус Софтуер', role, start, end, 'scheduled', [hri[1]], [hri[1]], 'technical')],
                'hard', 'positive/relative-date-relay',
                'dev.bg relay (no-reply, relay Reply-To); "утре от 16:00 ч." resolved against the Date header '
                '(Mon 19 Oct 2026 17:48 +0300) -> Tue 20 Oct 16:00 EEST. Team lead conducts the phone '
                'interview; his address is only in the body.')
    return cid, files, lab


@case
def c13():
    cid = 'b258-13-teams-weurope-after-dst'
    fem = ('Femke Bakker', 'femke.bakker@polderstack.example')
    role = 'Java Engineer – Platform Team'
    sent = T(2026, 10, 20, 9, 14, UTC)
    start = T(2026, 10, 26, 10, 0, AMS, 'Mon')
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=1) and hm(start.astimezone(SOF)) == '11:00'
    assert sent.astimezone(AMS).utcoffset() == timedelta(hours=2)
    when = ('When: Monday, October 26, 2026 10:00 AM-11:00 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, '
            'Stockholm, Vienna.')
    body = (f'Hi Nikolay,\n\n'
            f'As promised, here is the invite for our conversation about the {role} role. It will be just the '
            f'two of us – I am the engineering manager for the team, so expect questions on how you work, a '
            f'deep dive into one system you are proud of, and plenty of time for your questions.\n\n'
            f'Note this is the Monday right after the clocks go back, so 10:00 our time is 11:00 in Sofia.\n\n'
            f'Best regards,\n{fem[0]}\nEngineering Manager, Platform | Polderstack B.V.\n'
            f'Catharijnesingel 30, Utrecht, the Netherlands\n')
    eml = outlook_invite(cid, sent=sent, organizer=fem, required=[(OWNER_EN, OWNER)], lang='en',
                         subject=f'Polderstack – interview {role} – {OWNER_EN}', start=start, end=end,
                         tzid='W. Europe Standard Time', when_line=when, body=body, tenant='eurprd05')
    files = {'01-teams-interview-polderstack.eml': eml}
    lab = label([iv('Polderstack B.V.', role, start, end, 'scheduled', [fem[1]], [fem[1]], 'hiring_manager')],
                'medium', 'positive/teams-invite-windows-tzid',
                'English Teams invite with TZID "W. Europe Standard Time"; sent during CEST but the event is the '
                'day after EU DST end -> 10:00 CET (+01:00), 11:00 in Sofia. Organizer is the engineering '
                'manager and the only interviewer.')
    return cid, files, lab


# ============================================================================= NEGATIVE CASES
@case
def c14():
    cid = 'b258-14-nap-appointment'
    sent = T(2026, 9, 28, 14, 3, SOF, 'Mon')
    appt = T(2026, 10, 6, 9, 30, SOF, 'Tue')
    ref = f'НАП-2026-{digits(cid, 7)}'
    text = (f'Уважаеми г-н {OWNER_BG},\n\n'
            f'Успешно запазихте час за посещение в офис на Националната агенция за приходите.\n\n'
            f'Териториална дирекция: ТД на НАП София, офис „Люлин“\n'
            f'Адрес: гр. София, ж.к. „Люлин“, бул. „Джавахарлал Неру“ 28\n'
            f'Дата: {appt.strftime("%d.%m.%Y")} г. (вторник)\n'
            f'Час: 09:30 ч.\n'
            f'Услуга: Регистрация на самоосигуряващо се лице и подаване на декларация обр. 1\n'
            f'Номер на резервацията: {ref}\n\n'
            f'Моля, носете документ за самоличност и явете се 10 минути преди уговорения час. При '
            f'закъснение резервацията се анулира. Ако не можете да се явите, откажете часа от „Моите '
            f'резервации“ в Портала за електронни услуги.\n\n'
            f'Това е автоматично генерирано съобщение. Моля, не отговаряйте на него.\n\n'
            f'Национална агенция за приходите\nИнформационен център: 0700 18 700\n')
    assert '06.10.2026 г. (вторник)' in text
    cal = ics_text(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//NRA//e-Appointments//BG', 'METHOD:PUBLISH',
                    'BEGIN:VEVENT', f'UID:{ref}@nra.bg', f'DTSTAMP:{ics_utc(sent)}',
                    f'DTSTART:{ics_utc(appt)}', f'DTEND:{ics_utc(appt + timedelta(minutes=20))}',
                    'SUMMARY:' + ics_esc('Посещение в НАП – ТД София, офис „Люлин“'),
                    'DESCRIPTION:' + ics_esc(f'Резервация {ref}. Услуга: регистрация на самоосигуряващо се лице.'),
                    'LOCATION:' + ics_esc('гр. София, бул. „Джавахарлал Неру“ 28'),
                    'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    eml = plain_mail(cid, sent=sent, frm=('НАП – Електронни услуги', 'no-reply@nra.bg'),
                     subject='Потвърждение за запазен час в ТД на НАП София', text=text,
                     msgid=f'<{hx("nra" + cid, 20)}@portal.nra.bg>', rcv=('mx.nra.bg', '194.141.37.10'),
                     attachments=[('text/calendar; charset="UTF-8"', 'zapazen-chas.ics', cal, 'base64')])
    files = {'01-nap-zapazen-chas.eml': eml}
    lab = label([], 'easy', 'negative/government-appointment',
                'Tax agency (НАП) appointment confirmation with a time and a .ics attachment; not a job interview.')
    return cid, files, lab


@case
def c15():
    cid = 'b258-15-notary-google-invite'
    kan = ('Кантора Нотариус Елена Маринова', 'kantora@notary-marinova.example')
    sent = T(2026, 10, 2, 8, 40, UTC)
    start = T(2026, 10, 8, 12, 0, SOF, 'Thu')
    end = start + timedelta(minutes=30)
    desc = ('Уважаеми г-н Стоянов,\n\nпотвърждаваме срещата Ви при нотариус Елена Маринова (рег. № 000 на '
            'Нотариалната камара, район на действие СРС) за нотариална заверка на подпис и съдържание на '
            'пълномощно за представителство пред НАП и НОИ.\n\nМоля, носете лична карта и проекта на '
            'пълномощното. При закъснение над 15 минути часът може да бъде даден на друг клиент.\n\n'
            'Тел. за връзка: 02 981 22 45')
    eml = google_invite(cid, sent=sent, organizer=kan,
                        guests=[(kan[0], kan[1], 'ACCEPTED'), ('', OWNER, 'NEEDS-ACTION')],
                        summary=f'Среща при нотариус – {OWNER_BG} (заверка на пълномощно)',
                        start=start, end=end, description=desc, meet=False,
                        location='гр. София, ул. „Граф Игнатиев“ 20, ет. 2')
    files = {'01-pokana-notarius.eml': eml}
    lab = label([], 'medium', 'negative/notary-appointment',
                'Google Calendar invite from a notary office (appointment with a named person, fixed time); '
                'not a hiring process.')
    return cid, files, lab


@case
def c16():
    cid = 'b258-16-etazhna-sobstvenost-meeting'
    tsv = ('Цветелина Николова', 'tsveti.nikolova@mail.example')
    sto = ('Стоян Вълков', 'stoyan.valkov@mladost214.example')
    orig = T(2026, 10, 13, 19, 2, SOF, 'Tue')
    sent = T(2026, 10, 13, 20, 15, SOF, 'Tue')
    mt = T(2026, 10, 21, 19, 0, SOF, 'Wed')
    inner = (f'Уважаеми съсобственици,\n\n'
             f'На основание чл. 13 от Закона за управление на етажната собственост свиквам общо събрание на '
             f'етажната собственост на бл. 214, вх. Б, ж.к. „Младост 1“, което ще се проведе на 21.10.2026 г. '
             f'(сряда) от 19:00 ч. във фоайето на входа.\n\n'
             f'Дневен ред:\n'
             f'1. Отчет на управителния съвет за периода 2025–2026 г.\n'
             f'2. Ремонт на асансьора – приемане на оферта и размер на вноската.\n'
             f'3. Избор на фирма за професионално управление на етажната собственост – интервю с '
             f'представителите на двете фирми кандидати („Домоуправител Про“ ЕООД и „Сити Хоум Мениджмънт“ '
             f'ООД), които ще присъстват лично и ще отговарят на въпроси.\n'
             f'4. Разни.\n\n'
             f'При липса на кворум събранието ще се проведе един час по-късно, в 20:00 ч., при същия дневен ред.\n\n'
             f'Прикачвам и покана за календара.\n\n'
             f'С уважение,\n{sto[0]}\nУправител на ЕС, бл. 214, вх. Б\n')
    assert '21.10.2026 г. (сряда)' in inner
    text = (f'Ники, препращам ти поканата от Стоян, май не си в списъка му. Ела, ще гласуваме за асансьора!\n\n'
            f'Цвети\n\n'
            f'---------- Forwarded message ---------\n'
            f'От: {sto[0]} <{sto[1]}>\n'
            f'Date: вт, 13.10.2026 г. в 19:02 ч.\n'
            f'Subject: Покана за общо събрание на ЕС – бл. 214, вх. Б\n'
            f'To: <{tsv[1]}>\n\n' + inner)
    cal = ics_text(['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
                    'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT', f'DTSTART:{ics_utc(mt)}',
                    f'DTEND:{ics_utc(mt + timedelta(hours=2))}', f'DTSTAMP:{ics_utc(orig)}',
                    f'UID:{hx("es" + cid, 26)}@google.com', f'ORGANIZER;CN={sto[0]}:mailto:{sto[1]}',
                    'SUMMARY:' + ics_esc('Общо събрание на ЕС – бл. 214, вх. Б'),
                    'DESCRIPTION:' + ics_esc('Дневен ред: отчет; асансьор; избор на професионален домоуправител '
                                             '(интервю с кандидатите); разни.'),
                    'LOCATION:' + ics_esc('Фоайе, бл. 214, вх. Б, ж.к. „Младост 1“, София'),
                    'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    eml = plain_mail(cid, sent=sent, frm=tsv, to=addr('Николай Стоянов', OWNER),
                     subject='Fwd: Покана за общо събрание на ЕС – бл. 214, вх. Б', text=text,
                     attachments=[('text/calendar; charset="UTF-8"; method=PUBLISH', 'sabranie.ics', cal, 'base64')])
    files = {'01-fwd-obshto-sabranie.eml': eml}
    lab = label([], 'hard', 'negative/building-meeting',
                'Forwarded invitation to a condominium (етажна собственост) general meeting; agenda item "интервю '
                'с представителите на ... фирми кандидати" is the owners interviewing building-management firms, '
                'not a job interview for the user.')
    return cid, files, lab


@case
def c17():
    cid = 'b258-17-alumni-newsletter-interview'
    bor = ('Боряна Шишкова', 'boryana.shishkova@fmi-alumni.example')
    sent1 = T(2026, 11, 2, 12, 30, SOF, 'Mon')
    sent2 = T(2026, 11, 2, 10, 41, UTC)
    start = T(2026, 11, 12, 18, 0, SOF, 'Thu')
    end = start + timedelta(minutes=40)
    t1 = (f'Здравей, Николай,\n\n'
          f'пиша ти от Клуба на випускниците на ФМИ към СУ. За декемврийския брой на бюлетина подготвяме '
          f'рубриката „Випускници в индустрията“ и много бихме искали да направим кратко интервю с теб – за '
          f'пътя ти от университета до Java разработката, какво би посъветвал студентите и как изглежда '
          f'пазарът на труда за програмисти в момента.\n\n'
          f'Разговорът ще е около 30–40 минути онлайн, после ще ти изпратя текста за одобрение преди '
          f'публикуване. Изпратих покана за {bg_day(start)}, от 18:00 ч. – ако не ти е удобно, кажи.\n\n'
          f'Благодаря предварително!\n{bor[0]}\nРедактор, бюлетин „ФМИ Алумни“\n')
    assert 'четвъртък, 12 ноември' in t1
    e1 = plain_mail(cid + '1', sent=sent1, frm=bor, subject='Интервю за бюлетина на випускниците', text=t1)
    e2 = google_invite(cid + '2', sent=sent2, organizer=bor,
                       guests=[(bor[0], bor[1], 'ACCEPTED'), ('', OWNER, 'NEEDS-ACTION')],
                       summary=f'Интервю за бюлетина „ФМИ Алумни“ – {OWNER_BG}', start=start, end=end,
                       description='Рубрика „Випускници в индустрията“ – разговор за статия в бюлетина.')
    files = {'01-intervyu-byuletin.eml': e1, '02-pokana-intervyu-byuletin.eml': e2}
    lab = label([], 'hard', 'negative/press-interview',
                'University alumni newsletter wants to interview the user for an article (press interview) with '
                'a Google Meet invite titled "Интервю"; no hiring process.')
    return cid, files, lab


@case
def c18():
    cid = 'b258-18-owner-interviews-intern'
    mar = ('Мария Генчева', 'maria.gencheva@kod-akademiya.example')
    cand = ('Виктор Русев', 'viktor.rusev@student.example')
    sent1 = T(2026, 11, 4, 10, 2, SOF, 'Wed')
    sent2 = T(2026, 11, 4, 9, 15, UTC)
    start = T(2026, 11, 10, 18, 30, SOF, 'Tue')
    end = start + timedelta(minutes=45)
    t1 = (f'Здрасти, Ники,\n\n'
          f'благодаря, че пак се включваш в комисията за стажантската ни Java програма! Този път ти се пада '
          f'един кандидат – {cand[0]} (трети курс, ТУ-София). Прикачвам CV-то и решената задача от '
          f'домашното. Ти водиш техническата част (около 30 мин.), аз поемам мотивационните въпроси в края.\n\n'
          f'Поканата в календара идва отделно – {bg_day(start)}, 18:30 ч., онлайн.\n\n'
          f'Поздрави,\nМария\n\n--\n{mar[0]}\nКоординатор програми | Код Академия\n')
    assert 'вторник, 10 ноември' in t1
    e1 = plain_mail(cid + '1', sent=sent1, frm=mar, to=addr('Николай Стоянов', OWNER),
                    subject='Интервюта за стажантската програма – твоят кандидат', text=t1)
    desc = (f'Кандидат: {cand[0]} (стажантска програма Java)\n'
            f'Интервюиращи: {OWNER_BG} (техническа част), {mar[0]} (мотивация)\n'
            f'CV и домашно: в споделената папка на комисията')
    e2 = google_invite(cid + '2', sent=sent2, organizer=mar,
                       guests=[(mar[0], mar[1], 'ACCEPTED'), ('', OWNER, 'NEEDS-ACTION'),
                               (cand[0], cand[1], 'NEEDS-ACTION')],
                       summary=f'Интервю стажант Java – {cand[0]}', start=start, end=end, description=desc)
    files = {'01-stazhanti-komisiya.eml': e1, '02-pokana-intervyu-stazhant.eml': e2}
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'The user sits on the panel interviewing an internship candidate (Google invite "Интервю стажант"); '
                'he is the interviewer, not the candidate.')
    return cid, files, lab


@case
def c19():
    cid = 'b258-19-driving-school-exam'
    sch = ('Автошкола Пирин', 'info@avtoshkola-pirin.example')
    sent = T(2026, 11, 6, 11, 25, SOF, 'Fri')
    ex = T(2026, 11, 17, 8, 30, SOF, 'Tue')
    text = (f'Здравейте, г-н Стоянов,\n\n'
            f'потвърждаваме, че сте записан за практически изпит за придобиване на правоспособност за '
            f'управление на МПС от категория A в ИААА – Областен отдел „Автомобилна администрация“ София.\n\n'
            f'Дата: 17.11.2026 г. (вторник)\n'
            f'Явяване: 08:30 ч., изпитна площадка, ул. „Гео Милев“ 158 (вход откъм паркинга)\n'
            f'Инструктор: Пламен Деянов, тел. 0888 412 906\n\n'
            f'Моля, носете лична карта и документа за платена държавна такса. Изпитът започва с проверка на '
            f'самоличността и кратко събеседване с изпитващия за техническата изправност на мотоциклета, '
            f'след което следва кормуването на площадка и в града.\n\n'
            f'Успех!\nАвтошкола Пирин\nул. „Пирин“ 42, София\n')
    assert '17.11.2026 г. (вторник)' in text
    e1 = plain_mail(cid, sent=sent, frm=sch, subject='Записан изпит – практика, кат. A – 17.11.2026', text=text,
                    cte='8bit', msgid=f'<{hx("as" + cid, 16)}@avtoshkola-pirin.example>',
                    rcv=('mail.avtoshkola-pirin.example', '93.123.40.77'), x_mailer='Microsoft Outlook 16.0')
    cal = ics_text(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Avtoshkola Pirin//Booking//BG', 'METHOD:PUBLISH']
                   + VTZ_SOFIA +
                   ['BEGIN:VEVENT', f'UID:izpit-{digits(cid, 6)}@avtoshkola-pirin.example', f'DTSTAMP:{ics_utc(sent)}',
                    f'DTSTART;TZID=Europe/Sofia:{ics_local(ex)}',
                    f'DTEND;TZID=Europe/Sofia:{ics_local(ex + timedelta(minutes=90))}',
                    'SUMMARY:' + ics_esc('Изпит практика кат. A – ИААА София'),
                    'DESCRIPTION:' + ics_esc('Инструктор: Пламен Деянов. Носете лична карта.'),
                    'LOCATION:' + ics_esc('ул. „Гео Милев“ 158, София'),
                    f'ORGANIZER;CN={sch[0]}:mailto:{sch[1]}',
                    f'ATTENDEE;CN={OWNER_BG};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}',
                    'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    files = {'01-zapisan-izpit.eml': e1, '02-izpit-kategoria-a.ics': cal.encode('utf-8')}
    lab = label([], 'medium', 'negative/exam-booking',
                'Driving-school practical exam booking (mail + standalone .ics); mentions "събеседване с '
                'изпитващия" but is not a job interview.')
    return cid, files, lab


@case
def c20():
    cid = 'b258-20-workable-takehome-only'
    sent = T(2026, 11, 2, 8, 12, UTC)
    dl = T(2026, 11, 6, 18, 0, AMS, 'Fri')
    assert dl.tzname() == 'CET'
    role = 'Java Backend Developer'
    text = (f'Hi Nikolay,\n\n'
            f'Thank you for your interest in the {role} position at Duinwater Analytics. As the next step in '
            f'our interview process, we would like you to complete a technical assessment.\n\n'
            f'Assessment: Java Backend – Take-home (water-meter events API)\n'
            f'Estimated time: 3 hours\n'
            f'Deadline: Friday, November 6, 2026, 6:00 PM CET (Amsterdam)\n\n'
            f'Start your assessment: https://apply.workable.com/duinwater-analytics/assessments/{hx("as" + cid, 10)}\n\n'
            f'There is no live interviewer for this step – work on it whenever it suits you before the '
            f'deadline. If we move forward, we will reach out to schedule an interview with the team.\n\n'
            f'Good luck!\nThe Duinwater Analytics hiring team\n\n--\nPowered by Workable\n')
    eml = plain_mail(cid, sent=sent, frm=('Duinwater Analytics', 'noreply@candidates.workablemail.com'),
                     reply_to=('Duinwater Analytics', f'duinwater-analytics+{hx("rt" + cid, 12)}@candidates.workablemail.com'),
                     to=addr(OWNER_EN, OWNER), subject=f'Next step: technical assessment for {role}', text=text,
                     msgid=f'<{hx("wm" + cid, 24)}@candidates.workablemail.com>',
                     rcv=('o12.candidates.workablemail.com', '149.72.131.18'),
                     return_path=f'bounces+{digits(cid, 8)}@candidates.workablemail.com')
    files = {'01-workable-assessment.eml': eml}
    lab = label([], 'medium', 'negative/take-home-assessment',
                'Workable take-home assessment with a deadline ("next step in our interview process"); no live '
                'conversation is booked.')
    return cid, files, lab


@case
def c21():
    cid = 'b258-21-jobsbg-availability-request'
    ves = ('Веселина Танева', 'veselina.taneva@strandzha-it.example')
    sent = T(2026, 11, 9, 10, 20, SOF, 'Mon')
    role = 'Java Developer'
    msg = (f'Здравейте, Николай,\n\n'
           f'кандидатурата Ви за позицията {role} в Странджа ИТ ни хареса и бихме искали да Ви поканим на '
           f'интервю с екипа.\n\n'
           f'Моля, изберете удобен за Вас час от календара ни: https://calendly.com/strandzha-it-hiring/java-interview '
           f'(свободни слотове има в сряда и четвъртък следващата седмица между 10:00 и 16:00 ч.). След като '
           f'запазите час, ще получите потвърждение с линк за Teams.\n\n'
           f'Поздрави,\n{ves[0]}\nHR специалист | Странджа ИТ\n')
    text = ('JOBS.BG | Съобщение от работодател\n\n'
            f'Странджа ИТ Ви изпрати съобщение по обявата „{role}“.\n\n'
            '---------------------------------------------\n' + msg +
            '---------------------------------------------\n\nОтговорът Ви ще бъде изпратен директно на '
            'работодателя.\n© JOBS.BG – Всички права запазени.\n')
    eml = plain_mail(cid, sent=sent, frm=('Странджа ИТ чрез JOBS.BG', 'no-reply@jobs.bg'), reply_to=ves,
                     subject=f'Странджа ИТ: покана за интервю по обява „{role}“', text=text,
                     msgid=f'<{hx(cid, 24)}.mailer@mail.jobs.bg>', rcv=('mail.jobs.bg', '217.79.160.48'),
                     return_path='bounce-' + hx('rp' + cid, 10) + '@mail.jobs.bg',
                     extra_headers=[('X-Mailer', 'JOBS.BG Mailer')])
    files = {'01-jobsbg-strandzha-it.eml': eml}
    lab = label([], 'hard', 'negative/availability-request',
                'jobs.bg relay titled "покана за интервю" but only a Calendly link and open slot ranges; nothing '
                'is booked.')
    return cid, files, lab


@case
def c22():
    cid = 'b258-22-rejection-after-interview'
    ral = ('Ралица Кънева', 'ralitsa.kaneva@rodopi-interactive.example')
    sent = T(2026, 10, 16, 16, 5, SOF, 'Fri')
    past = T(2026, 10, 14, 11, 0, SOF, 'Wed')
    text = (f'Здравейте, Николай,\n\n'
            f'благодарим Ви за отделеното време и за интервюто в {bg_day(past)}. Екипът оцени високо '
            f'познанията Ви по Spring и бази данни.\n\n'
            f'След дълго обсъждане решихме да продължим с кандидат, чийто опит е по-близо до нуждите на '
            f'проекта в момента. Решението не беше лесно. С Ваше съгласие ще запазим профила Ви и ще Ви '
            f'потърсим при подходяща позиция.\n\n'
            f'Желаем Ви успех!\n\n'
            f'Поздрави,\n{ral[0]}\nРекрутър | Родопи Интерактив\nгр. Пловдив\n')
    assert 'сряда, 14 октомври' in text
    eml = plain_mail(cid, sent=sent, frm=ral, subject='Относно кандидатурата Ви за Java Developer – Родопи Интерактив',
                     text=text)
    files = {'01-otnosno-kandidaturata.eml': eml}
    lab = label([], 'medium', 'negative/rejection',
                'Rejection that refers to a past interview ("интервюто в сряда, 14 октомври"); rejections are not '
                'interviews.')
    return cid, files, lab


# ============================================================================= main
def main():
    for old in sorted(HERE.glob('b258-*')):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    seen = set()
    for i, fn in enumerate(CASES, 1):
        cid, files, lab = fn()
        assert cid.startswith(f'b258-{i:02d}-'), cid
        assert cid not in seen
        seen.add(cid)
        d = HERE / cid
        d.mkdir()
        for name, data in sorted(files.items()):
            assert name[:3] == f'{int(name[:2]):02d}-' and name.endswith(('.eml', '.ics', '.gcal.json')), name
            (d / name).write_bytes(data)
        labels[cid] = lab
    out = yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=100)
    (HERE / 'labels.yaml').write_text('# blind258 labels (generated by make_cases.py). Schema: '
                                      '/work/shared/eval/README.md\n' + out, encoding='utf-8')
    pos = sum(1 for v in labels.values() if v['interview'])
    n_iv = sum(len(v['interviews']) for v in labels.values())
    canc = sum(1 for v in labels.values() for x in v['interviews'] if x['status'] == 'cancelled')
    print(f'{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {n_iv} interviews '
          f'({n_iv - canc} scheduled, {canc} cancelled)')


if __name__ == '__main__':
    main()
