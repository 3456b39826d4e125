#!/usr/bin/env python3
"""Regenerate the blind163 evaluation set (Almaty/Astana financial analyst; RU/KK/EN mail).

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs (all derived from
fixed seeds), so every run writes the same bytes. Standard library + PyYAML only.
All UTC offsets are computed with zoneinfo; weekdays named in the text are asserted.

Usage:  python make_cases.py
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import shutil
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'b163-'

OWNER = 'aigerim.seitkali@example.com'
OWNER_NAME = 'Aigerim Seitkali'
WORK = 'a.seitkali@tienshan-agro.example'     # current employer mailbox, auto-forwarded

UTC = timezone.utc
ALA = ZoneInfo('Asia/Almaty')
TAS = ZoneInfo('Asia/Tashkent')
DXB = ZoneInfo('Asia/Dubai')
MSK = ZoneInfo('Europe/Moscow')
LON = ZoneInfo('Europe/London')
LAX = ZoneInfo('America/Los_Angeles')

# Kazakhstan unified on UTC+5 on 2024-03-01; refuse to run with stale tzdata.
assert datetime(2026, 1, 15, tzinfo=ALA).utcoffset() == timedelta(hours=5), 'tzdata too old'
assert datetime(2024, 2, 15, tzinfo=ALA).utcoffset() == timedelta(hours=6)
assert datetime(2026, 3, 28, 12, tzinfo=LON).utcoffset() == timedelta(0)
assert datetime(2026, 3, 30, 12, tzinfo=LON).utcoffset() == timedelta(hours=1)
assert datetime(2026, 10, 24, 12, tzinfo=LON).utcoffset() == timedelta(hours=1)
assert datetime(2026, 10, 26, 12, tzinfo=LON).utcoffset() == timedelta(0)

RU_MON = ['', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа',
          'сентября', 'октября', 'ноября', 'декабря']


# ----------------------------------------------------------------------------- basics
def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that the weekday named in the text is right."""
    assert dt.strftime('%A') == name, (dt.isoformat(), dt.strftime('%A'), name)
    return dt


def sha(seed, n=16):
    return hashlib.sha256(seed.encode('utf-8')).hexdigest()[:n]


def duuid(seed):
    return str(uuid.UUID(bytes=hashlib.sha256(seed.encode('utf-8')).digest()[:16], version=4))


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def enc_hdr(s):
    if s.isascii():
        return s
    return Header(s, 'utf-8', maxlinelen=76).encode()


def addr(name, email):
    if not name:
        return email
    if name.isascii():
        if any(c in name for c in ',.()<>@;:"\''):
            name = '"' + name.replace('"', '\\"') + '"'
        return f'{name} <{email}>'
    return f'{enc_hdr(name)} <{email}>'


def addrs(lst):
    return ', '.join(addr(n, e) for n, e in lst)


def rfcdate(dt):
    return format_datetime(dt)


def mid_gmail(seed):
    h = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    h = h.replace('/', '_').replace('+', '-').rstrip('=')
    return f'<CA{h[:12]}+{h[12:28]}-{h[28:40]}@mail.gmail.com>'


def mid_outlook(seed, region='EUR', pod='AS8PR07MB'):
    h = hashlib.sha256(seed.encode()).hexdigest().upper()
    host = f'{pod}{h[:4]}.{region.lower()}prd07.prod.outlook.com'
    return f'<{pod}{h[:4]}{h[4:36]}@{host}>'


def mid_custom(seed, domain, prefix=''):
    return f'<{prefix}{sha(seed, 24)}@{domain}>'


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def received(dt, from_host, ip, seed, for_addr=OWNER):
    rt = (dt + timedelta(seconds=2)).astimezone(LAX)
    return ('Received', f'from {from_host} ({from_host}. [{ip}])\n'
                        f'        by mx.google.com with ESMTPS id {sha(seed, 12)}\n'
                        f'        for <{for_addr}>\n'
                        f'        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n'
                        f'        {rfcdate(rt)}')


def fwd_headers(dt, seed):
    """Work mailbox auto-forward to the personal address."""
    return [
        ('X-Forwarded-To', OWNER),
        ('X-Forwarded-For', f'{WORK} {OWNER}'),
        received(dt, 'mail-tienshan-agro.example', '185.22.64.17', seed + 'fwd'),
    ]


# ----------------------------------------------------------------------------- MIME
def leaf(ctype, body, cte='base64', charset='UTF-8', params='', headers=()):
    ct = f'{ctype}; charset="{charset}"{params}' if charset else f'{ctype}{params}'
    if cte == 'base64':
        enc = b64(body)
    elif cte == 'quoted-printable':
        enc = qp(body)
    else:
        enc = body
    if not enc.endswith('\n'):
        enc += '\n'
    h = [f'Content-Type: {ct}', f'Content-Transfer-Encoding: {cte}', *headers]
    return '\n'.join(h) + '\n\n' + enc


def multi(subtype, boundary, parts):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        out += f'--{boundary}\n{p}\n'
    return out + f'--{boundary}--\n'


def gboundary(seed):
    return '000000000000' + sha(seed, 12)


def message(headers, body):
    lines = [f'{k}: {v}' for k, v in headers if v is not None]
    return '\n'.join(lines) + '\n' + body


def _render(lines):
    out = []
    i = 0
    while i < len(lines):
        if lines[i].startswith('>'):
            j = i
            q = []
            while j < len(lines) and lines[j].startswith('>'):
                q.append(lines[j][1:].lstrip(' ') if lines[j][1:2] == ' ' or lines[j] == '>' else lines[j][1:])
                j += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + _render(q) + '</blockquote>')
            i = j
        else:
            out.append(htmlmod.escape(lines[i], quote=False) + '<br>')
            i += 1
    return '\n'.join(out)


def to_html(text, style='gmail'):
    body = _render(text.rstrip('\n').split('\n'))
    if style == 'gmail':
        return f'<div dir="ltr">{body}</div>\n'
    if style == 'outlook':
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
                f'font-size: 11pt; color: rgb(0, 0, 0);">\n{body}\n</div>\n</body>\n</html>\n')
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,'
            f'sans-serif;font-size:14px">\n{body}\n</body></html>\n')


def mail(*, frm, to, subject, sent, msgid, text, cc=(), html=None, html_style='gmail',
         reply_to=None, in_reply_to=None, references=None, attachments=(), extra=(),
         text_cte='quoted-printable', html_cte='quoted-printable', rcv=None, seed='',
         forwarded=False, delivered=OWNER, boundary_seed=None, text_params='', plain_only=False):
    """Generic e-mail. frm=(name,email); to/cc=[(name,email)]; attachments=[leaf strings]."""
    bseed = boundary_seed or (seed + msgid)
    hdrs = [('Delivered-To', delivered)]
    if forwarded:
        hdrs += fwd_headers(sent, seed)
    if rcv:
        hdrs.append(received(sent, rcv[0], rcv[1], seed))
    hdrs += [('Return-Path', f'<{frm[1]}>'),
             ('MIME-Version', '1.0'),
             ('Date', rfcdate(sent)),
             ('Message-ID', msgid)]
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
    if references:
        hdrs.append(('References', references))
    hdrs += [('Subject', enc_hdr(subject)),
             ('From', addr(*frm)),
             ('To', addrs(to))]
    if cc:
        hdrs.append(('Cc', addrs(cc)))
    if reply_to:
        hdrs.append(('Reply-To', addr(*reply_to)))
    hdrs += list(extra)
    plain = leaf('text/plain', text, text_cte, params=text_params)
    if plain_only:
        body = plain
    else:
        if html is None:
            html = to_html(text, html_style)
        body = multi('alternative', gboundary(bseed + 'alt'),
                     [plain, leaf('text/html', html, html_cte)])
    if attachments:
        body = multi('mixed', gboundary(bseed + 'mix'), [body, *attachments])
    return message(hdrs, body)


# ----------------------------------------------------------------------------- iCalendar
def fold(line):
    if len(line.encode('utf-8')) <= 75:
        return line
    out, cur, limit = [], b'', 75
    for ch in line:
        cb = ch.encode('utf-8')
        if len(cur) + len(cb) > limit:
            out.append(cur.decode('utf-8'))
            cur, limit = b'', 74
        cur += cb
    out.append(cur.decode('utf-8'))
    return '\r\n '.join(out)


def ical(lines):
    return ''.join(fold(l) + '\r\n' for l in lines)


def esc(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def zs(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def ls(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


VTZ = {
    'Asia/Almaty': ['BEGIN:VTIMEZONE', 'TZID:Asia/Almaty', 'X-LIC-LOCATION:Asia/Almaty',
                    'BEGIN:STANDARD', 'TZOFFSETFROM:+0600', 'TZOFFSETTO:+0500', 'TZNAME:+05',
                    'DTSTART:20240301T000000', 'END:STANDARD', 'END:VTIMEZONE'],
    'Europe/Moscow': ['BEGIN:VTIMEZONE', 'TZID:Europe/Moscow', 'X-LIC-LOCATION:Europe/Moscow',
                      'BEGIN:STANDARD', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0300', 'TZNAME:MSK',
                      'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE'],
    'Europe/London': ['BEGIN:VTIMEZONE', 'TZID:Europe/London', 'X-LIC-LOCATION:Europe/London',
                      'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'TZNAME:BST',
                      'DTSTART:19700329T010000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
                      'END:DAYLIGHT', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000',
                      'TZNAME:GMT', 'DTSTART:19701025T020000',
                      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD', 'END:VTIMEZONE'],
    'GMT Standard Time': ['BEGIN:VTIMEZONE', 'TZID:GMT Standard Time', 'BEGIN:STANDARD',
                          'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000',
                          'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
                          'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000',
                          'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
                          'END:DAYLIGHT', 'END:VTIMEZONE'],
    'Arabian Standard Time': ['BEGIN:VTIMEZONE', 'TZID:Arabian Standard Time', 'BEGIN:STANDARD',
                              'DTSTART:16010101T000000', 'TZOFFSETFROM:+0400', 'TZOFFSETTO:+0400',
                              'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000',
                              'TZOFFSETFROM:+0400', 'TZOFFSETTO:+0400', 'END:DAYLIGHT',
                              'END:VTIMEZONE'],
    'West Asia Standard Time': ['BEGIN:VTIMEZONE', 'TZID:West Asia Standard Time', 'BEGIN:STANDARD',
                                'DTSTART:16010101T000000', 'TZOFFSETFROM:+0500', 'TZOFFSETTO:+0500',
                                'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000',
                                'TZOFFSETFROM:+0500', 'TZOFFSETTO:+0500', 'END:DAYLIGHT',
                                'END:VTIMEZONE'],
}


def att_google(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT'):
    return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;'
            f'CN={cn(name or email)};X-NUM-GUESTS=0:mailto:{email}')


def att_ms(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION'):
    return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn(name)}:mailto:{email}'


# ----------------------------------------------------------------------------- Google Calendar
def g_t(dt):
    h = dt.hour % 12 or 12
    ap = 'am' if dt.hour < 12 else 'pm'
    return f'{h}{ap}' if dt.minute == 0 else f'{h}:{dt.minute:02d}{ap}'


def g_when(s, e, tz=ALA):
    s, e = s.astimezone(tz), e.astimezone(tz)
    off = int(s.utcoffset().total_seconds() // 3600)
    return f'{s:%a} {s:%b} {s.day}, {s.year} {g_t(s)} - {g_t(e)} (GMT{off:+d})'


def google_invite(*, method, uid, seq, summary, start, end, organizer, attendees, description,
                  sent, seed, meet, created=None, note=None, tz_label='Kazakhstan Time - Almaty',
                  location=''):
    """Google Calendar invitation / cancellation e-mail (multipart/mixed + invite.ics)."""
    created = created or sent
    cancel = method == 'CANCEL'
    when = g_when(start, end)
    if cancel:
        subj = f'Canceled event{" with note" if note else ""}: {summary} @ {when} ({OWNER})'
    elif seq > 0:
        subj = f'Updated invitation: {summary} @ {when} ({OWNER})'
    else:
        subj = f'Invitation: {summary} @ {when} ({OWNER})'
    s_l, e_l = start.astimezone(ALA), end.astimezone(ALA)
    eid = base64.b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    meet_url = f'https://meet.google.com/{meet}'
    pin = str(int(sha(seed + 'pin', 8), 16))[:9]
    guests = []
    for n, e, role, ps in attendees:
        if e == organizer[1]:
            guests.append(f'{n} - organizer')
        elif role == 'OPT-PARTICIPANT':
            guests.append(f'{n} - optional')
        elif n:
            guests.append(n)
        guests.append(e)
    head = ''
    if cancel:
        head = 'This event has been canceled.\n\n' + (f'{note}\n\n' if note else '')
    lines = [
        head + summary,
        f'{s_l:%A} {s_l:%b} {s_l.day}, {s_l.year} \u22c5 {g_t(s_l)} \u2013 {g_t(e_l)}',
        tz_label, '']
    if not cancel:
        lines += ['Join with Google Meet', meet_url, '', 'Join by phone', f'(KZ) +7 727 350 {pin[:4]}',
                  f'PIN: {pin}', '']
    if location:
        lines += ['Location', location, '']
    lines += ['Organizer', organizer[0], organizer[1], '', 'Guests', *guests, '']
    if description and not cancel:
        lines += [description, '']
    if not cancel:
        lines += [f'Reply for {OWNER} and view more details {view}', '']
    lines += ['~~//~~', 'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
              'You are receiving this email because you are an attendee on the event.', '',
              'Forwarding this invitation could allow any recipient to send a response to the '
              'organizer, be added to the guest list, invite others regardless of their own '
              'invitation status, or modify your RSVP. Learn more '
              'https://support.google.com/calendar/answer/37135#forwarding']
    text = '\n'.join(lines) + '\n'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
            + ''.join(f'<p>{htmlmod.escape(p, quote=False).replace(chr(10), "<br>")}</p>\n'
                      for p in text.split('\n\n'))
            + '</div></body></html>\n')
    desc_ics = description or ''
    if not cancel:
        desc_ics += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                     f'Join with Google Meet: {meet_url}\nOr dial: (KZ) +7 727 350 {pin[:4]} PIN: {pin}#\n\n'
                     'Please do not edit this section.\n'
                     '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    ev = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
          'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT',
          f'DTSTART:{zs(start)}', f'DTEND:{zs(end)}', f'DTSTAMP:{zs(sent)}',
          f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}', f'UID:{uid}']
    for n, e, role, ps in attendees:
        ev.append(att_google(n, e, ps, role))
    if not cancel:
        ev.append(f'X-GOOGLE-CONFERENCE:{meet_url}')
    ev += [f'CREATED:{zs(created)}', f'DESCRIPTION:{esc(desc_ics)}', f'LAST-MODIFIED:{zs(sent)}',
           f'LOCATION:{esc(location)}', f'SEQUENCE:{seq}',
           f'STATUS:{"CANCELLED" if cancel else "CONFIRMED"}', f'SUMMARY:{esc(summary)}',
           'TRANSP:OPAQUE']
    if not cancel:
        ev += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
               'TRIGGER:-P0DT0H10M0S', 'END:VALARM']
    ev += ['END:VEVENT', 'END:VCALENDAR']
    cal = ical(ev)
    fname = 'invite.ics'
    body = multi('mixed', gboundary(seed + 'mix'), [
        multi('alternative', gboundary(seed + 'alt'), [
            leaf('text/plain', text, 'base64', params='; format=flowed; delsp=yes'),
            leaf('text/html', html, 'quoted-printable'),
            leaf('text/calendar', cal, 'base64', params=f'; method={method}'),
        ]),
        leaf('application/ics', cal, 'base64', charset=None, params=f'; name="{fname}"',
             headers=[f'Content-Disposition: attachment; filename="{fname}"']),
    ])
    hdrs = [('Delivered-To', OWNER),
            received(sent, 'mail-sor-f73.google.com', '209.85.220.73', seed),
            ('Return-Path', f'<{sha(seed + "rp", 22)}@calendar-server.bounces.google.com>'),
            ('Reply-To', addr(*organizer)),
            ('Sender', 'Google Calendar <calendar-notification@google.com>'),
            ('Message-ID', f'<calendar-{duuid(seed + "mid")}@google.com>'),
            ('Date', rfcdate(sent.astimezone(UTC)).replace('-0000', '+0000')),
            ('Subject', enc_hdr(subj)),
            ('From', addr(*organizer)),
            ('To', OWNER),
            ('MIME-Version', '1.0')]
    return message(hdrs, body)


# ----------------------------------------------------------------------------- Outlook / Exchange
def o_t(dt):
    h = dt.hour % 12 or 12
    return f'{h}:{dt.minute:02d} {"AM" if dt.hour < 12 else "PM"}'


def o_when_en(s, e, label):
    return f'{s:%A}, {s:%B} {s.day}, {s.year} {o_t(s)}-{o_t(e)} {label}.'


def o_when_ru(s, e, label):
    return f'{s.day} {RU_MON[s.month]} {s.year} г. {s:%H:%M}-{e:%H:%M} {label}.'


TEAMS_TMPL = ('________________________________________________________________________________\n'
              'Microsoft Teams meeting\n'
              'Join on your computer, mobile app or room device\n'
              'Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>\n'
              'Meeting ID: {num}\n'
              'Passcode: {pwd}\n'
              'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
              'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
              '________________________________________________________________________________\n')


def teams_block(seed):
    h = sha(seed + 'teams', 40)
    num = str(int(h[:12], 16))[:12]
    return TEAMS_TMPL.format(mid=base64.b64encode(bytes.fromhex(h)).decode().rstrip('=').replace('/', 'A').replace('+', 'B'),
                             tid=duuid(seed + 'tid'), num=f'{num[:3]} {num[3:6]} {num[6:9]} {num[9:12]}',
                             pwd=base64.b64encode(bytes.fromhex(h[12:20])).decode()[:6].replace('/', 'x').replace('+', 'Q'))


def outlook_invite(*, method, subject, organizer, to, start, end, tzid, when_line, where_line,
                   body_text, uid_seed, seq, sent, seed, attendees, location, lang='en-US',
                   cc=(), teams=True, forwarded=False, region='EUR', pod='AS8PR07MB'):
    cancel = method == 'CANCEL'
    text = f'{when_line}\n{where_line}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body_text}'
    if teams:
        text += '\n' + teams_block(uid_seed)
    html_body = to_html(text, 'outlook')
    uid = '040000008200E00074C5B7101A82E00800000000' + sha(uid_seed + 'uid', 32).upper() + \
          '1000000000000000010000000' + sha(uid_seed + 'uid2', 24).upper()
    ev = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
          *VTZ[tzid], 'BEGIN:VEVENT', f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}']
    for n, e, role in attendees:
        ev.append(att_ms(n, e, role))
    ev += [f'DESCRIPTION;LANGUAGE={lang}:{esc(text)}', f'UID:{uid}',
           f'SUMMARY;LANGUAGE={lang}:{esc(subject)}',
           f'DTSTART;TZID={tzid}:{ls(start)}', f'DTEND;TZID={tzid}:{ls(end)}',
           'CLASS:PUBLIC', f'PRIORITY:{1 if cancel else 5}', f'DTSTAMP:{zs(sent)}', 'TRANSP:OPAQUE',
           f'STATUS:{"CANCELLED" if cancel else "CONFIRMED"}', f'SEQUENCE:{seq}',
           f'LOCATION;LANGUAGE={lang}:{esc(location)}',
           f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
           f'X-MICROSOFT-CDO-OWNERAPPTID:{int(sha(uid_seed + "own", 8), 16) - 2**31}',
           f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if cancel else "TENTATIVE"}',
           'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if cancel else 'BUSY'),
           'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', f'X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}',
           'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
           'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
           'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE',
           f'X-MICROSOFT-LOCATIONS:[ {{ "DisplayName" : "{location}"\\, "LocationAnnotation" : ""\\, '
           f'"LocationSource" : 0\\, "Unresolved" : false\\, "LocationUri" : "" }} ]']
    if not cancel:
        ev += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
               'ACTION:DISPLAY', 'END:VALARM']
    ev += ['END:VEVENT', 'END:VCALENDAR']
    cal = ical(ev)
    b = '_000_' + sha(seed + 'b', 28).upper() + 'prodoutlookcom_'
    body = multi('alternative', b, [
        leaf('text/plain', text, 'quoted-printable'),
        leaf('text/html', html_body, 'quoted-printable'),
        leaf('text/calendar', cal, 'base64', params=f'; method={method}'),
    ])
    mid = mid_outlook(seed, region, pod)
    hdrs = [('Delivered-To', OWNER)]
    if forwarded:
        hdrs += fwd_headers(sent, seed)
    else:
        hdrs.append(received(sent, f'{region}05-{pod[:4]}-obe.outbound.protection.outlook.com',
                             '40.107.22.' + str(int(sha(seed, 2), 16) % 200 + 20), seed))
    hdrs += [('Return-Path', f'<{organizer[1]}>'),
             ('From', addr(*organizer)),
             ('To', addrs(to))]
    if cc:
        hdrs.append(('CC', addrs(cc)))
    hdrs += [('Subject', enc_hdr(subject)),
             ('Thread-Topic', enc_hdr(subject.split(': ', 1)[1] if cancel else subject)),
             ('Thread-Index', thread_index(uid_seed)),
             ('Date', rfcdate(sent.astimezone(UTC)).replace('-0000', '+0000')),
             ('Message-ID', mid),
             ('Accept-Language', f'{lang}, ru-RU' if lang == 'en-US' else 'ru-RU, en-US'),
             ('Content-Language', lang),
             ('X-MS-Has-Attach', ''),
             ('X-MS-TNEF-Correlator', ''),
             ('Content-class', 'urn:content-classes:calendarmessage'),
             ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + sha(uid_seed + 's', 20)),
             ('x-ms-publictraffictype', 'Email'),
             ('MIME-Version', '1.0')]
    return message(hdrs, body)


# ----------------------------------------------------------------------------- labels / output
CASES = {}
LABELS = {}


def out(cid, fname, content):
    CASES.setdefault(cid, []).append((fname, content))


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {'company': company, 'role': role, 'start': start.isoformat(),
            'end': end.isoformat() if end else None, 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followups),
            'kind': kind}


def label(cid, interviews, difficulty, category, notes):
    LABELS[cid] = {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
                   'difficulty': difficulty, 'category': category, 'notes': notes,
                   'source': 'synthetic'}


def quote(text):
    return '\n'.join(('> ' + l) if l and not l.startswith('>') else ('>' + l if l else '>')
                     for l in text.rstrip('\n').split('\n'))


# ============================================================================= POSITIVES
def case01():
    cid = 'b163-01-hhkz-phone-screen-astana-time'
    sent = T(MSK, 2026, 3, 16, 9, 20, 5)
    start = wd(T(ALA, 2026, 3, 18, 15, 0), 'Wednesday')
    end = start + timedelta(minutes=30)
    rec = ('Динара Ахметова', 'd.akhmetova@zhetysu-capital.example')
    text = f"""Здравствуйте, Айгерим!

Работодатель АО «Жетісу Капитал» приглашает вас на собеседование по вакансии «Финансовый аналитик (FP&A)».

Сообщение от работодателя:
----------------------------------------
Айгерим, добрый день!

Спасибо за отклик. Ваше резюме нас заинтересовало, поэтому предлагаю начать с короткого телефонного собеседования со мной: обсудим ваш опыт в бюджетировании, работу с 1С и SAP BPC и ожидания по зарплате.

Дата: {start.day} {RU_MON[start.month]} (среда)
Время: в 15:00 по времени Астаны, примерно 30 минут
Я позвоню на номер из вашего резюме (+7 701 *** ** 48).

Если время не подходит, напишите мне напрямую на {rec[1]} или ответьте в чате на hh.kz.

С уважением,
Динара Ахметова
HR-менеджер, АО «Жетісу Капитал»
г. Алматы, пр. Достык 188, БЦ «Кулан», 9 этаж
Тел.: +7 (727) 311-40-40 | Время работы офиса: 9:00–18:00 (GMT+6)
----------------------------------------

Перейти к переписке: https://hh.kz/applicant/negotiations/item?topicId=4412987301
Вакансия: https://almaty.hh.kz/vacancy/98231177

Вы получили это письмо, потому что откликнулись на вакансию на hh.kz.
Настроить уведомления: https://hh.kz/applicant/settings/notifications
© 2026 HeadHunter
"""
    msg = mail(frm=('hh.kz', 'no-reply@hh.kz'), to=[('Айгерим Сейткали', OWNER)], reply_to=rec,
               subject='Приглашение на собеседование: Финансовый аналитик (FP&A) — АО «Жетісу Капитал»',
               sent=sent, msgid=mid_custom('c01', 'hh.kz', 'negotiation.'), text=text,
               html_style='system', text_cte='base64', rcv=('mx-out3.hh.kz', '94.124.200.33'), seed='c01',
               extra=[('List-Unsubscribe', '<https://hh.kz/applicant/settings/notifications>'),
                      ('X-Mailer', 'hh-mailer/5.12'), ('Precedence', 'bulk')])
    out(cid, '01-hhkz-priglashenie-na-sobesedovanie.eml', msg)
    label(cid, [iv('Жетісу Капитал', 'Финансовый аналитик (FP&A)', start, end, 'scheduled',
                   [rec[1]], [rec[1]], 'phone_screen')],
          'medium', 'positive/job-board-email-body-only',
          'hh.kz employer invitation relayed from no-reply@hh.kz; HR manager will call herself (she is '
          'the interviewer). "в 15:00 по времени Астаны" = UTC+5 in 2026; the GMT+6 in the employer '
          'signature is a stale pre-2024 office-hours line and must not shift the time.')


def case02():
    cid = 'b163-02-successfactors-panel-stale-gmt6-label'
    sent = T(UTC, 2026, 4, 9, 9, 2, 33)
    start = wd(T(ALA, 2026, 4, 21, 11, 0), 'Tuesday')
    end = start + timedelta(hours=1)
    recr = ('Madina Zhaksylykova', 'madina.zhaksylykova@steppe-commodities.example')
    i1 = ('Timur Bekov', 'timur.bekov@steppe-commodities.example')
    i2 = ('Saule Omarova', 'saule.omarova@steppe-commodities.example')
    text = f"""Dear Aigerim Seitkali,

Your interview for the position Senior Financial Analyst (Requisition ID 4127) has been scheduled.

Date: {start:%d.%m.%Y} (Tuesday)
Time: 11:00 - 12:00 (GMT+06:00) Astana, Almaty
Interview type: Panel interview, in person
Location: Steppe Commodities Trading, Mangilik El 55/20, Block C4.2, 12th floor, Astana
Interviewers: Timur Bekov (Head of FP&A), Saule Omarova (Finance Business Partner, Trading)

Note from your recruiter:
Айгерим, пропуск закажем на ваше удостоверение личности, возьмите его с собой. Время — 11:00 по Астане (местное). Вопросы — мне на {recr[1]}.

A calendar file is attached. If you need to reschedule, please contact your recruiter Madina Zhaksylykova ({recr[1]}).

--------------------------------------------------------------

Уважаемая Aigerim Seitkali,

Ваше собеседование на позицию Senior Financial Analyst (вакансия 4127) назначено.

Дата: {start:%d.%m.%Y} (вторник)
Время: 11:00 - 12:00 (GMT+06:00) Астана, Алматы
Формат: собеседование с панелью, очно
Место: Steppe Commodities Trading, пр. Мәңгілік Ел 55/20, блок C4.2, 12 этаж, Астана
Интервьюеры: Тимур Беков (руководитель FP&A), Сауле Омарова (финансовый бизнес-партнёр)

This is a system-generated e-mail. Please do not reply to this message.
Это автоматическое сообщение, пожалуйста, не отвечайте на него.

Steppe Commodities Trading LLP | Careers powered by SAP SuccessFactors
"""
    cal = ical(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//SuccessFactors//Interview Scheduling//EN',
                'METHOD:REQUEST', *VTZ['Asia/Almaty'], 'BEGIN:VEVENT',
                f'UID:SFIS-4127-{sha("c02uid", 10).upper()}@successfactors.eu',
                f'DTSTAMP:{zs(sent)}', 'SEQUENCE:0',
                f'DTSTART;TZID=Asia/Almaty:{ls(start)}', f'DTEND;TZID=Asia/Almaty:{ls(end)}',
                f'SUMMARY:{esc("Interview: Senior Financial Analyst (4127) - Aigerim Seitkali")}',
                f'LOCATION:{esc("Steppe Commodities Trading, Mangilik El 55/20, Block C4.2, 12th floor, Astana")}',
                f'DESCRIPTION:{esc("Panel interview with Timur Bekov and Saule Omarova. Recruiter: Madina Zhaksylykova.")}',
                f'ORGANIZER;CN={recr[0]}:mailto:{recr[1]}',
                att_ms(OWNER_NAME, OWNER), att_ms(i1[0], i1[1], partstat='ACCEPTED'),
                att_ms(i2[0], i2[1], partstat='ACCEPTED'),
                'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    att = leaf('text/calendar', cal, 'base64', params='; method=REQUEST; name="interview.ics"',
               headers=['Content-Disposition: attachment; filename="interview.ics"'])
    msg = mail(frm=('Steppe Commodities Careers', 'DoNotReply@successfactors.eu'),
               to=[(OWNER_NAME, OWNER)], reply_to=recr,
               subject='Interview Scheduled / Собеседование назначено: Senior Financial Analyst (4127)',
               sent=sent, msgid=mid_custom('c02', 'successfactors.eu', 'sfis.'), text=text,
               html_style='system', text_cte='base64', html_cte='base64', attachments=[att],
               rcv=('mail3.successfactors.eu', '155.56.210.84'), seed='c02',
               extra=[('X-SF-Template', 'RCM_INTERVIEW_SCHEDULED_CANDIDATE')])
    out(cid, '01-successfactors-interview-scheduled.eml', msg)
    label(cid, [iv('Steppe Commodities Trading', 'Senior Financial Analyst', start, end, 'scheduled',
                   [i1[1], i2[1]], [i1[1], i2[1]], 'onsite')],
          'hard', 'positive/ats-email-with-ics',
          'SAP SuccessFactors template still prints the pre-2024 label "(GMT+06:00) Astana, Almaty"; '
          'the attached .ics (TZID Asia/Almaty, VTIMEZONE +0500) and the recruiter note say 11:00 '
          'local, which is 06:00Z under the 2026 rules. Two interviewers -> panel -> onsite; recruiter '
          'only organizes.')


def case03():
    cid = 'b163-03-london-hm-gcal-invite-bst-switch'
    hr = ('Harriet Cole', 'harriet.cole@caspianridge.example')
    hm = ('Oliver Grant', 'oliver.grant@caspianridge.example')
    s1 = T(LON, 2026, 3, 17, 9, 12, 40)
    start = wd(T(LON, 2026, 4, 2, 10, 0), 'Thursday')
    end = start + timedelta(minutes=45)
    assert start.astimezone(ALA).hour == 14 and T(LON, 2026, 3, 17, 10).astimezone(ALA).hour == 15
    sig = """--
Harriet Cole
Talent Partner | Caspian Ridge Capital
25 Bevis Marks, London EC3A 7JB
+44 20 7946 0321"""
    t1 = f"""Hi Aigerim,

Thanks again for your time on the phone last week. Oliver Grant, who heads our Central Asia credit desk, would like to meet you for a 45-minute conversation about the Investment Analyst, Central Asia Credit role.

Would Thursday 2 April at 10:00 London time work for you? Just a heads-up that the UK clocks go forward on 29 March, so that will be 14:00 in Almaty (not 15:00, as it would be this week).

Best,
Harriet

{sig}
"""
    m1 = mid_gmail('c03-1')
    out(cid, '01-caspian-ridge-next-step.eml',
        mail(frm=hr, to=[(OWNER_NAME, OWNER)], subject='Caspian Ridge - next step for the Investment Analyst role',
             sent=s1, msgid=m1, text=t1, rcv=('mail-sor-f41.google.com', '209.85.220.41'), seed='c03-1'))
    s_own = T(ALA, 2026, 3, 17, 19, 3, 11)
    m_own = mid_gmail('c03-own')
    own = """Hi Harriet,

Thursday 2 April at 10:00 London time (14:00 Almaty) works well for me. Looking forward to speaking with Oliver.

Kind regards,
Aigerim"""
    s2 = T(LON, 2026, 3, 18, 8, 30, 2)
    t2 = f"""Perfect, thanks Aigerim - confirmed for Thursday 2 April, 10:00-10:45 UK time. Oliver will send you a calendar invite directly from his calendar.

Best,
Harriet

{sig}

On Tue, 17 Mar 2026 at 14:03, Aigerim Seitkali <{OWNER}> wrote:
{quote(own + chr(10) + chr(10) + 'On Tue, 17 Mar 2026 at 09:12, Harriet Cole <' + hr[1] + '> wrote:' + chr(10) + quote(t1))}
"""
    assert s_own.astimezone(LON).strftime('%H:%M') == '14:03'
    out(cid, '02-re-caspian-ridge-confirmed.eml',
        mail(frm=hr, to=[(OWNER_NAME, OWNER)], subject='Re: Caspian Ridge - next step for the Investment Analyst role',
             sent=s2, msgid=mid_gmail('c03-2'), in_reply_to=m_own, references=f'{m1} {m_own}',
             text=t2, rcv=('mail-sor-f41.google.com', '209.85.220.41'), seed='c03-2'))
    s3 = T(LON, 2026, 3, 18, 10, 5, 47)
    out(cid, '03-invitation-oliver-grant.eml', google_invite(
        method='REQUEST', uid='3k8v0c2q7n1hb5tqf4mse9ra6d@google.com', seq=0,
        summary='Aigerim Seitkali / Oliver Grant - Investment Analyst, Central Asia Credit',
        start=start, end=end, organizer=hm,
        attendees=[(hm[0], hm[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                   (hr[0], hr[1], 'OPT-PARTICIPANT', 'ACCEPTED'),
                   ('', OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
        description='Hi Aigerim - looking forward to our chat. We will talk through your credit work '
                    'on Kazakh corporates and what the desk does day to day. Harriet is on the invite '
                    'FYI only.\n\nOliver',
        sent=s3, seed='c03-3', meet='qwd-hzmr-tbx'))
    label(cid, [iv('Caspian Ridge Capital', 'Investment Analyst, Central Asia Credit', start, end,
                   'scheduled', [hm[1]], [hm[1]], 'hiring_manager')],
          'medium', 'positive/dedupe-thread-and-google-invite',
          'Thread + Google invite for one interview. Proposed in March (GMT) for 2 April (BST): '
          '10:00 London = 09:00Z = 14:00 Almaty. Recruiter is an optional attendee "FYI only" and not '
          'an interviewer.')


def case04():
    cid = 'b163-04-dubai-teams-panel-arabian-tz'
    org = ('Reem Al Marzouqi', 'reem.almarzouqi@alnoor-frontier.example')
    i1 = ('Karan Mehta', 'karan.mehta@alnoor-frontier.example')
    i2 = ('Yerlan Abenov', 'yerlan.abenov@alnoor-frontier.example')
    sent = T(DXB, 2026, 4, 27, 14, 14, 52)
    start = wd(T(DXB, 2026, 5, 11, 13, 0), 'Monday')
    end = start + timedelta(minutes=90)
    assert start.astimezone(ALA).hour == 14
    subj = 'Panel Interview - Associate, Credit Research (CIS) - Aigerim Seitkali'
    body = """Dear Aigerim,

As discussed on Friday, please find below the details of your panel interview for the Associate, Credit Research (CIS) position with Karan Mehta (Director, Credit Research) and Yerlan Abenov (Senior Analyst, CIS Sovereigns & Corporates).

The session runs 90 minutes and includes a short case discussion on a Kazakh corporate bond issuer - no preparation is needed beyond your usual reading. For reference, 1:00 PM Dubai time is 2:00 PM in Almaty.

I will not be joining the call, but I remain your point of contact for anything logistics-related.

Kind regards,
Reem Al Marzouqi
Talent Acquisition Specialist
Al Noor Frontier Investments Ltd | Gate Village 3, DIFC, Dubai, UAE
"""
    out(cid, '01-teams-invite-panel-interview.eml', outlook_invite(
        method='REQUEST', subject=subj, organizer=org,
        to=[(OWNER_NAME, OWNER), i1, i2], start=start, end=end, tzid='Arabian Standard Time',
        when_line='When: ' + o_when_en(start, end, '(UTC+04:00) Abu Dhabi, Muscat'),
        where_line='Where: Microsoft Teams Meeting', body_text=body, uid_seed='c04', seq=0,
        sent=sent, seed='c04', location='Microsoft Teams Meeting',
        attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT'), (i1[0], i1[1], 'REQ-PARTICIPANT'),
                   (i2[0], i2[1], 'REQ-PARTICIPANT')], region='EUR', pod='DB9PR02MB'))
    label(cid, [iv('Al Noor Frontier Investments', 'Associate, Credit Research (CIS)', start, end,
                   'scheduled', [i1[1], i2[1]], [i1[1], i2[1]], 'onsite')],
          'medium', 'positive/exchange-teams',
          'Exchange/Teams invite with Windows TZID "Arabian Standard Time" (UTC+4, no DST); the '
          'organizer is a coordinator who states she will not join. Two interviewers -> panel -> onsite.')


def case05():
    cid = 'b163-05-telegram-relay-moscow-tomorrow'
    relay = ('TgMail Relay', 'relay@tgmail-relay.example')
    hr_mail = 'o.mironova@volga-invest.example'
    s1 = wd(T(ALA, 2026, 4, 10, 16, 5, 12), 'Friday')
    t1 = f"""Новое сообщение в Telegram

Ольга Миронова (@mironova_hr) · {s1:%d.%m.%Y %H:%M}

Айгерим, добрый день! Меня зовут Ольга, я HR бизнес-партнёр в «Волжском Инвестиционном Доме». Увидела ваше резюме на hh — у нас открыта позиция ведущего финансового аналитика (удалённо, можно работать из Алматы). Руководитель отдела финансового анализа Игорь Савельев готов пообщаться с вами на следующей неделе. Вам удобнее среда или четверг, первая половина дня по Москве?
Мой рабочий e-mail, если удобнее переписываться там: {hr_mail}

—
Ответить: https://t.me/mironova_hr
Это письмо отправлено сервисом TgMail Relay, потому что вы включили пересылку личных сообщений Telegram на {OWNER}.
Настройки пересылки: https://tgmail-relay.example/settings
"""
    out(cid, '01-telegram-olga-mironova.eml',
        mail(frm=relay, to=[('', OWNER)], subject='Telegram: новое сообщение от Ольга Миронова',
             sent=s1, msgid=mid_custom('c05-1', 'tgmail-relay.example', 'tg.'), text=t1,
             html_style='system', text_cte='base64', html_cte='base64',
             rcv=('out-7.tgmail-relay.example', '91.108.56.140'), seed='c05-1',
             extra=[('X-TgRelay-Chat', 'mironova_hr'), ('Auto-Submitted', 'auto-generated')]))
    s2 = wd(T(ALA, 2026, 4, 14, 11, 41, 30), 'Tuesday')
    start = wd(T(MSK, 2026, 4, 15, 12, 0), 'Wednesday')   # "завтра" relative to s2
    assert (s2 + timedelta(days=1)).date() == start.date()
    assert start.astimezone(ALA).hour == 14
    end = start + timedelta(hours=1)
    t2 = f"""Новое сообщение в Telegram

Ольга Миронова (@mironova_hr) · {s2:%d.%m.%Y %H:%M}
В ответ на: «Среда подойдёт, лучше до обеда по Москве»

Айгерим, подтверждаю: завтра в 12:00 по московскому времени (у вас будет 14:00) — встреча с Игорем Савельевым, руководителем отдела финансового анализа. Созвон в Яндекс Телемосте, ссылку пришлю сюда минут за 10 до начала. Закладывайте около часа: Игорь расскажет про команду и задачи, потом вопросы по вашему опыту с МСФО и управленческой отчётностью.

—
Ответить: https://t.me/mironova_hr
Это письмо отправлено сервисом TgMail Relay, потому что вы включили пересылку личных сообщений Telegram на {OWNER}.
Настройки пересылки: https://tgmail-relay.example/settings
"""
    out(cid, '02-telegram-olga-mironova-confirm.eml',
        mail(frm=relay, to=[('', OWNER)], subject='Telegram: новое сообщение от Ольга Миронова',
             sent=s2, msgid=mid_custom('c05-2', 'tgmail-relay.example', 'tg.'), text=t2,
             html_style='system', text_cte='base64', html_cte='base64',
             rcv=('out-7.tgmail-relay.example', '91.108.56.140'), seed='c05-2',
             extra=[('X-TgRelay-Chat', 'mironova_hr'), ('Auto-Submitted', 'auto-generated')]))
    label(cid, [iv('Волжский Инвестиционный Дом', 'Ведущий финансовый аналитик', start, end, 'scheduled',
                   [], [hr_mail], 'hiring_manager')],
          'hard', 'positive/telegram-relay-relative-date',
          'Telegram messages relayed to mail by a bot. "завтра в 12:00 по московскому времени" resolved '
          'against the relay Date (Tue 14 Apr, +0500) -> Wed 15 Apr 12:00 MSK = 14:00 Almaty. The '
          'interviewer (Igor Savelyev) has no address in the case, so follow-up goes to the recruiter '
          'whose work e-mail is given in the first message; never to the relay address.')


def case06():
    cid = 'b163-06-kazakh-sukhbat-zoom'
    hr = ('Гүлнар Сәрсенова', 'g.sarsenova@akzhol-karzhy.example')
    cfo = ('Бауыржан Төлеуов', 'b.toleuov@akzhol-karzhy.example')
    sent = T(ALA, 2026, 4, 22, 17, 30, 10)
    start = wd(T(ALA, 2026, 4, 28, 10, 0), 'Tuesday')
    end = start + timedelta(hours=1)
    text = f"""Құрметті Әйгерім Нұрланқызы!

«Ақжол Қаржы» ЖШС атынан Сізді «Қаржылық талдаушы» лауазымына сұхбатқа шақырамыз.

Күні: {start.year} жылғы {start.day} сәуір, сейсенбі
Уақыты: Астана уақытымен 10:00–11:00
Өтетін орны: Zoom (сілтеме төменде)
Сұхбатты қаржы директоры Бауыржан Төлеуов жүргізеді ({cfo[1]}, хатқа көшірмеде).

Уақыт ыңғайсыз болса, осы хатқа жауап беріңіз.

---

Уважаемая Айгерим Нурлановна!

Приглашаем Вас на собеседование на должность «Финансовый аналитик» в ТОО «Ақжол Қаржы».

Дата: {start.day} {RU_MON[start.month]} {start.year} г., вторник
Время: 10:00–11:00 по времени Астаны
Формат: Zoom
Собеседование проведёт финансовый директор Бауыржан Толеуов (в копии письма).

Zoom: https://us06web.zoom.us/j/83412290571?pwd=aKz7TqLw2mXpR0bN1vC9dYs4Ue3Hf8.1
Meeting ID: 834 1229 0571
Passcode: 662014

Құрметпен / С уважением,
Гүлнар Сәрсенова
HR менеджері / HR-менеджер
«Ақжол Қаржы» ЖШС
Астана қ., Қабанбай батыр даңғ. 11, 5-қабат
Тел.: +7 (7172) 72-18-18
Жұмыс уақыты / Время работы: 09:00–18:30 (UTC+6)
"""
    msg = mail(frm=hr, to=[('Әйгерім Сейтқали', OWNER)], cc=[cfo],
               subject='Сұхбатқа шақыру / Приглашение на собеседование – Қаржылық талдаушы',
               sent=sent, msgid=mid_outlook('c06', 'EUR', 'PA4PR08MB'), text=text, html_style='outlook',
               rcv=('EUR05-VI1-obe.outbound.protection.outlook.com', '40.107.21.88'), seed='c06',
               extra=[('Thread-Topic', enc_hdr('Сұхбатқа шақыру / Приглашение на собеседование – Қаржылық талдаушы')),
                      ('Thread-Index', thread_index('c06')), ('Content-Language', 'kk-KZ'),
                      ('X-MS-Has-Attach', ''), ('x-ms-publictraffictype', 'Email')])
    out(cid, '01-suhbatka-shakyru.eml', msg)
    label(cid, [iv('Ақжол Қаржы', 'Қаржылық талдаушы (Финансовый аналитик)', start, end, 'scheduled',
                   [cfo[1]], [cfo[1]], 'hiring_manager')],
          'medium', 'positive/kazakh-language-email',
          'Bilingual Kazakh/Russian Outlook mail ("сұхбат" / "собеседование"), body only, Zoom. '
          '"Астана уақытымен 10:00" = 10:00+05:00; the "(UTC+6)" office-hours line in the signature is '
          'stale. CFO conducts and is in Cc; HR only invites.')


def case07():
    cid = 'b163-07-tashkent-thread-moved-to-thursday'
    hr = ('Nodira Yusupova', 'n.yusupova@chorsu-fintech.example')
    ivr = ('Jasur Karimov', 'jasur.karimov@chorsu-fintech.example')
    s1 = wd(T(TAS, 2026, 5, 4, 10, 5, 41), 'Monday')
    first = wd(T(TAS, 2026, 5, 12, 10, 0), 'Tuesday')
    sig = """--
Nodira Yusupova
Talent Acquisition Lead | Chorsu Fintech
Toshkent, Amir Temur ko'chasi 107B
+998 71 200 41 41"""
    t1 = f"""Айгерим, здравствуйте!

Спасибо за разговор на прошлой неделе. Приглашаем вас на техническое собеседование на позицию Financial Planning Analyst: разбор кейса по финансовой модели (3-statement model в Excel, файл с кейсом пришлём за 15 минут до начала).

Когда: вторник, {first.day} {RU_MON[first.month]}, 10:00–11:30 по ташкентскому времени
Где: Google Meet, ссылка придёт отдельным приглашением
Проводит: Жасур Каримов, Head of FP&A (в копии)

Ташкент и Алматы сейчас в одном часовом поясе (UTC+5), так что по вашему времени это тоже 10:00.

Подтвердите, пожалуйста, удобно ли вам.

{sig}
"""
    m1 = mid_gmail('c07-1')
    out(cid, '01-chorsu-technical-interview.eml',
        mail(frm=hr, to=[('Aigerim Seitkali', OWNER)], cc=[ivr],
             subject='Chorsu Fintech: техническое собеседование — Financial Planning Analyst',
             sent=s1, msgid=m1, text=t1, rcv=('mail-sor-f69.google.com', '209.85.220.69'), seed='c07-1'))
    own1 = f"""Нодира, добрый день!

Подтверждаю вторник, {first.day} {RU_MON[first.month]}, 10:00. Спасибо!

Айгерим"""
    m_own1 = mid_gmail('c07-own1')
    s2 = wd(T(TAS, 2026, 5, 8, 9, 47, 2), 'Friday')
    new = wd(T(TAS, 2026, 5, 14, 15, 0), 'Thursday')
    alt = T(TAS, 2026, 5, 14, 11, 30)
    hdr1 = f'пн, 4 мая 2026 г. в 10:05, Nodira Yusupova <{hr[1]}>:'
    hdr_own1 = f'пн, 4 мая 2026 г. в 12:18, Aigerim Seitkali <{OWNER}>:'
    t2 = f"""Айгерим, добрый день!

Извините за неудобство: у Жасура {first.day} {RU_MON[first.month]} командировка в Самарканд. Можем перенести собеседование на четверг, {new.day} {RU_MON[new.month]} — в {alt:%H:%M} или в {new:%H:%M} по Ташкенту? Длительность та же, полтора часа.

{sig}

{hdr_own1}
{quote(own1 + chr(10) + chr(10) + hdr1 + chr(10) + quote(t1))}
"""
    m2 = mid_gmail('c07-2')
    out(cid, '02-re-perenos.eml',
        mail(frm=hr, to=[('Aigerim Seitkali', OWNER)], cc=[ivr],
             subject='Re: Chorsu Fintech: техническое собеседование — Financial Planning Analyst',
             sent=s2, msgid=m2, in_reply_to=m_own1, references=f'{m1} {m_own1}', text=t2,
             rcv=('mail-sor-f69.google.com', '209.85.220.69'), seed='c07-2'))
    own2 = f"""Нодира, без проблем. Четверг, {new:%H:%M}, мне подходит.

Айгерим"""
    m_own2 = mid_gmail('c07-own2')
    s3 = T(TAS, 2026, 5, 8, 12, 20, 15)
    end = new + timedelta(minutes=90)
    t3 = f"""Отлично, фиксируем: четверг, {new.day} {RU_MON[new.month]}, {new:%H:%M}–{end:%H:%M} по Ташкенту (по Алматы то же самое). Жасур пришлёт обновлённое приглашение в Meet. До встречи!

{sig}

пт, 8 мая 2026 г. в 11:02, Aigerim Seitkali <{OWNER}>:
{quote(own2)}
"""
    out(cid, '03-re-fiksiruem-chetverg.eml',
        mail(frm=hr, to=[('Aigerim Seitkali', OWNER)], cc=[ivr],
             subject='Re: Chorsu Fintech: техническое собеседование — Financial Planning Analyst',
             sent=s3, msgid=mid_gmail('c07-3'), in_reply_to=m_own2,
             references=f'{m1} {m_own1} {m2} {m_own2}', text=t3,
             rcv=('mail-sor-f69.google.com', '209.85.220.69'), seed='c07-3'))
    label(cid, [iv('Chorsu Fintech', 'Financial Planning Analyst', new, end, 'scheduled',
                   [ivr[1]], [ivr[1]], 'technical')],
          'hard', 'positive/reschedule-by-email',
          'Tashkent thread: Tue 12 May 10:00 proposed and confirmed, then moved; final state is '
          'Thu 14 May 15:00-16:30 Tashkent (UTC+5, same as Almaty since 2024). The 11:30 alternative '
          'was not chosen. One interview, the technical interviewer is in Cc.')


def case08():
    cid = 'b163-08-london-outlook-cancel-role-on-hold'
    hm = ('James Whitfield', 'james.whitfield@thamesbury.example')
    start = wd(T(LON, 2026, 6, 3, 11, 0), 'Wednesday')
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=1) and start.astimezone(ALA).hour == 15
    subj = 'Interview - FP&A Analyst (Kazakhstan Operations) - Aigerim Seitkali'
    s1 = T(LON, 2026, 5, 19, 14, 40, 22)
    b1 = """Hi Aigerim,

Sophie mentioned you're available in early June, so here is a Teams slot for us to talk through the FP&A Analyst role and your experience with IFRS consolidation for Kazakh subsidiaries. 11:00 London is 15:00 in Almaty.

Best regards,
James Whitfield
Head of FP&A - Central Asia
Thamesbury Resources plc | 1 Ropemaker Street, London EC2Y 9HT
"""
    common = dict(organizer=hm, to=[(OWNER_NAME, OWNER)], start=start, end=end,
                  tzid='GMT Standard Time',
                  when_line='When: ' + o_when_en(start, end, '(UTC+00:00) Dublin, Edinburgh, Lisbon, London'),
                  where_line='Where: Microsoft Teams Meeting', uid_seed='c08',
                  attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT')], location='Microsoft Teams Meeting',
                  region='EUR', pod='LO2P265MB')
    out(cid, '01-outlook-invite-fpa-interview.eml', outlook_invite(
        method='REQUEST', subject=subj, body_text=b1, seq=0, sent=s1, seed='c08-1', **common))
    s2 = wd(T(LON, 2026, 5, 29, 9, 2, 10), 'Friday')
    b2 = """Hi Aigerim,

I'm sorry to do this at short notice. Following this week's budget review the FP&A Analyst (Kazakhstan Operations) role has been put on hold, so I need to cancel our conversation on 3 June. Sophie Marsh from our talent team will keep you posted if the role reopens.

Apologies again,
James
"""
    out(cid, '02-canceled-fpa-interview.eml', outlook_invite(
        method='CANCEL', subject='Canceled: ' + subj, body_text=b2, seq=1, sent=s2, seed='c08-2',
        teams=False, **common))
    label(cid, [iv('Thamesbury Resources', 'FP&A Analyst (Kazakhstan Operations)', start, end,
                   'cancelled', [hm[1]], [hm[1]], 'hiring_manager')],
          'medium', 'positive/cancellation',
          'Outlook REQUEST then METHOD:CANCEL (SEQUENCE 1) from the hiring manager. Windows TZID "GMT '
          'Standard Time" and the display label "(UTC+00:00) ... London" but 3 June is BST: 11:00 '
          'London = 10:00Z = 15:00 Almaty. Kept as one cancelled interview.')


def case09():
    cid = 'b163-09-tenir-bank-screen-then-manager'
    hr = ('Асель Нурпеисова', 'a.nurpeisova@tenirbank.example')
    dir_ = ('Руслан Жумабаев', 'r.zhumabayev@tenirbank.example')
    role = 'Главный аналитик управления финансового планирования'
    sig = """С уважением,
Асель Нурпеисова
Менеджер по подбору персонала
АО «Tenir Bank»
г. Алматы, пр. Абая 10, 7 этаж
Тел.: +7 (727) 244-00-00, вн. 1183"""
    s1 = T(ALA, 2026, 5, 27, 15, 10, 4)
    a = wd(T(ALA, 2026, 6, 2, 10, 0), 'Tuesday')
    a_end = a + timedelta(minutes=30)
    t1 = f"""Айгерим, добрый день!

Благодарим за интерес к вакансии «{role}». Приглашаем вас на первичное интервью со мной по видеосвязи (MS Teams): {a.day} {RU_MON[a.month]} (вторник), 10:00–10:30 по Алматы. Поговорим о вашем опыте и условиях, ссылку на Teams направлю за день до встречи.

Пожалуйста, подтвердите, что время вам подходит.

{sig}
"""
    m1 = mid_outlook('c09-1', 'EUR', 'FR4P281MB')
    out(cid, '01-tenir-bank-pervichnoe-intervyu.eml',
        mail(frm=hr, to=[('Айгерим Сейткали', OWNER)],
             subject='Tenir Bank: приглашение на интервью — ' + role.lower(),
             sent=s1, msgid=m1, text=t1, html_style='outlook',
             rcv=('EUR04-FR1-obe.outbound.protection.outlook.com', '40.107.23.61'), seed='c09-1',
             extra=[('Thread-Index', thread_index('c09-1')), ('Content-Language', 'ru-RU')]))
    s2 = T(ALA, 2026, 6, 4, 11, 25, 37)
    b = wd(T(ALA, 2026, 6, 9, 16, 0), 'Tuesday')
    b_end = b + timedelta(hours=1)
    t2 = f"""Айгерим, добрый день!

Ещё раз спасибо за интервью {a.day} {RU_MON[a.month]}. Рады пригласить вас на второй этап — встречу с директором Департамента финансового планирования Русланом Жумабаевым.

Дата и время: {b.day} {RU_MON[b.month]} (вторник), 16:00–17:00 (время Алматы)
Место: головной офис, пр. Абая 10, 7 этаж, переговорная «Алатау»

Возьмите, пожалуйста, удостоверение личности для оформления пропуска. Приглашение в календарь во вложении.

{sig}
"""
    cal = ical(['BEGIN:VCALENDAR', 'PRODID:-//Tenir Bank//HR Portal 3.2//RU', 'VERSION:2.0',
                'METHOD:REQUEST', 'BEGIN:VEVENT',
                f'UID:hrp-{sha("c09uid", 16)}@tenirbank.example', f'DTSTAMP:{zs(s2)}',
                f'DTSTART:{zs(b)}', f'DTEND:{zs(b_end)}', 'SEQUENCE:0',
                f'SUMMARY:{esc("Интервью: " + role + " — Сейткали А.")}',
                f'LOCATION:{esc("Алматы, пр. Абая 10, 7 этаж, переговорная «Алатау»")}',
                f'DESCRIPTION:{esc("Второй этап. Интервью проводит директор ДФП Руслан Жумабаев.")}',
                f'ORGANIZER;CN={cn(hr[0])}:mailto:{hr[1]}',
                att_ms(dir_[0], dir_[1], partstat='ACCEPTED'),
                att_ms('Айгерим Сейткали', OWNER),
                'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    att = leaf('text/calendar', cal, 'base64', params='; method=REQUEST; name="invite.ics"',
               headers=['Content-Disposition: attachment; filename="invite.ics"'])
    out(cid, '02-tenir-bank-vtoroy-etap.eml',
        mail(frm=hr, to=[('Айгерим Сейткали', OWNER)],
             subject='Tenir Bank: второй этап — интервью с директором департамента',
             sent=s2, msgid=mid_outlook('c09-2', 'EUR', 'FR4P281MB'), text=t2, html_style='outlook',
             attachments=[att], rcv=('EUR04-FR1-obe.outbound.protection.outlook.com', '40.107.23.61'),
             seed='c09-2', extra=[('Thread-Index', thread_index('c09-2')), ('Content-Language', 'ru-RU')]))
    label(cid, [iv('Tenir Bank', role, a, a_end, 'scheduled', [hr[1]], [hr[1]], 'phone_screen'),
                iv('Tenir Bank', role, b, b_end, 'scheduled', [dir_[1]], [dir_[1]], 'hiring_manager')],
          'medium', 'positive/two-interviews',
          'Two rounds with one bank: a 30-minute Teams screen with the recruiter herself (2 June), then '
          'an in-person meeting with the department director (9 June, .ics in UTC). Two entries; the '
          'second mail mentions the first as past, which is not a third interview.')


def case10():
    cid = 'b163-10-astana-office-loop-one-day'
    hr = ('Жанна Оспанова', 'zh.ospanova@ulytau-ip.example')
    p1 = ('Даурен Касымов', 'd.kassymov@ulytau-ip.example')
    p2 = ('Мария Ким', 'm.kim@ulytau-ip.example')
    p3 = ('Арман Сулейменов', 'a.suleimenov@ulytau-ip.example')
    sent = T(ALA, 2026, 5, 14, 18, 2, 45)
    day = wd(T(ALA, 2026, 5, 20, 10, 0), 'Wednesday')
    start, end = day, T(ALA, 2026, 5, 20, 14, 0)
    text = f"""Айгерим, добрый вечер!

Как договаривались, ждём вас в нашем офисе в Астане в среду, {day.day} {RU_MON[day.month]}, на очные встречи по позиции инвестиционного аналитика. Программа дня (всё время — по Астане):

10:00–10:45  Даурен Касымов, финансовый директор — {p1[1]}
11:00–11:45  Мария Ким, руководитель управления рисков — {p2[1]}
11:45–13:00  обед с командой инвестиционного анализа
13:00–14:00  Арман Сулейменов, управляющий партнёр — {p3[1]}

Адрес: Астана, ул. Сығанақ 60/4, БЦ «Нұр Тауэр», 14 этаж. На ресепшн назовите мою фамилию.
Перелёт Алматы — Астана и гостиницу оплачиваем мы, бронь пришлю отдельным письмом. Я на связи весь день, но в самих встречах участвовать не буду.

В календарь поставила общий слот 10:00–14:00, приглашение придёт отдельно.

С уважением,
Жанна Оспанова
HR-координатор | Ulytau Infrastructure Partners
Астана, ул. Сығанақ 60/4 | +7 (7172) 55-10-10 | пн–пт 9:00–18:00 (GMT+6)
"""
    out(cid, '01-ulytau-programma-dnya.eml',
        mail(frm=hr, to=[('Айгерим Сейткали', OWNER)],
             subject=f'Ulytau Infrastructure Partners — программа очной встречи {day.day} {RU_MON[day.month]}',
             sent=sent, msgid=mid_gmail('c10-1'), text=text,
             rcv=('mail-sor-f52.google.com', '209.85.220.52'), seed='c10-1'))
    s2 = T(ALA, 2026, 5, 14, 18, 6, 1)
    cal = ical(['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
                'CALSCALE:GREGORIAN', 'METHOD:REQUEST', *VTZ['Asia/Almaty'], 'BEGIN:VEVENT',
                f'DTSTART;TZID=Asia/Almaty:{ls(start)}', f'DTEND;TZID=Asia/Almaty:{ls(end)}',
                f'DTSTAMP:{zs(s2)}', f'ORGANIZER;CN={cn(hr[0])}:mailto:{hr[1]}',
                'UID:6fh2ud0kq1c3vjr8p0s7m4ntlb@google.com',
                att_google(hr[0], hr[1], 'ACCEPTED'), att_google(p1[0], p1[1], 'ACCEPTED'),
                att_google(p2[0], p2[1], 'ACCEPTED'), att_google(p3[0], p3[1], 'TENTATIVE'),
                att_google('Айгерим Сейткали', OWNER),
                f'CREATED:{zs(s2)}',
                f'DESCRIPTION:{esc("Очные интервью — инвестиционный аналитик. 10:00 Касымов, 11:00 Ким, обед, 13:00 Сулейменов.")}',
                f'LAST-MODIFIED:{zs(s2)}',
                f'LOCATION:{esc("Астана, ул. Сығанақ 60/4, БЦ «Нұр Тауэр», 14 этаж")}',
                'SEQUENCE:0', 'STATUS:CONFIRMED',
                f'SUMMARY:{esc("Ulytau IP: интервью — Айгерим Сейткали (инвестиционный аналитик)")}',
                'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    out(cid, '02-ulytau-interview-day.ics', cal)
    label(cid, [iv('Ulytau Infrastructure Partners', 'Инвестиционный аналитик', start, end, 'scheduled',
                   [p1[1], p2[1], p3[1]], [p1[1], p2[1], p3[1]], 'onsite')],
          'hard', 'positive/onsite-loop',
          'One-day in-office loop in Astana (three sessions + lunch) plus a standalone .ics block: ONE '
          'onsite 10:00-14:00 Astana (+05:00) with all three interviewers; the coordinator (also on '
          'the .ics) does not interview. Signature still says GMT+6.')


def case11():
    cid = 'b163-11-london-cro-gcal-json-after-gmt'
    hr = ('Tom Ashby', 'tom.ashby@harcourtlyle.example')
    cro = ('Philippa Dunmore', 'philippa.dunmore@harcourtlyle.example')
    sent = wd(T(LON, 2026, 10, 15, 16, 48, 3), 'Thursday')
    start = wd(T(LON, 2026, 10, 27, 9, 0), 'Tuesday')
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(0) and start.astimezone(ALA).hour == 14
    assert T(LON, 2026, 10, 20, 9).astimezone(ALA).hour == 13
    text = f"""Hi Aigerim,

Great news - Philippa Dunmore, our Chief Risk Officer, would like to meet you for the final stage for the Credit Risk Analyst role in our AIFC office in Astana.

I've put Tuesday 27 October, 09:00-10:00 UK time in her diary. Heads-up: UK clocks go back on Sunday 25 October, so that's 14:00 for you in Astana (not 13:00 as it would be this week). A calendar invite will follow from me.

It'll be a conversation rather than a case - Philippa likes to hear how you'd build a credit limit framework for Central Asian counterparties.

Best,
Tom

--
Tom Ashby
Senior Recruiter | Harcourt & Lyle Asset Management
20 Fenchurch Street, London EC3M 3BY
"""
    out(cid, '01-harcourt-lyle-final-stage.eml',
        mail(frm=hr, to=[(OWNER_NAME, OWNER)],
             subject='Final stage - Credit Risk Analyst (AIFC, Astana)', sent=sent,
             msgid=mid_gmail('c11-1'), text=text, rcv=('mail-sor-f41.google.com', '209.85.220.41'),
             seed='c11-1'))
    ev = {
        'kind': 'calendar#event',
        'etag': '"3521847094336000"',
        'id': '4tq9n1c6e8v0m2hb7s3kfj5lpd',
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' +
                    base64.b64encode(f'4tq9n1c6e8v0m2hb7s3kfj5lpd {OWNER}'.encode()).decode().rstrip('='),
        'created': '2026-10-15T15:52:10.000Z',
        'updated': '2026-10-15T15:55:47.168Z',
        'summary': 'Harcourt & Lyle - Final stage: Aigerim Seitkali / Philippa Dunmore (CRO)',
        'description': 'Final-stage conversation for the Credit Risk Analyst role (AIFC office, Astana). '
                       'Philippa Dunmore, Chief Risk Officer. Tom Ashby (Recruiting) organizes.',
        'location': 'Google Meet',
        'creator': {'email': hr[1], 'displayName': hr[0]},
        'organizer': {'email': hr[1], 'displayName': hr[0]},
        'start': {'dateTime': start.astimezone(ALA).isoformat(), 'timeZone': 'Europe/London'},
        'end': {'dateTime': end.astimezone(ALA).isoformat(), 'timeZone': 'Europe/London'},
        'iCalUID': '4tq9n1c6e8v0m2hb7s3kfj5lpd@google.com',
        'sequence': 0,
        'attendees': [
            {'email': hr[1], 'displayName': hr[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': cro[1], 'displayName': cro[0], 'responseStatus': 'accepted'},
            {'email': OWNER, 'self': True, 'responseStatus': 'accepted'},
        ],
        'hangoutLink': 'https://meet.google.com/vkr-ptsn-ezq',
        'conferenceData': {
            'entryPoints': [
                {'entryPointType': 'video', 'uri': 'https://meet.google.com/vkr-ptsn-ezq',
                 'label': 'meet.google.com/vkr-ptsn-ezq'},
                {'entryPointType': 'phone', 'uri': 'tel:+44-20-3956-4212', 'label': '+44 20 3956 4212',
                 'pin': '538201774', 'regionCode': 'GB'},
            ],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                   'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png'},
            'conferenceId': 'vkr-ptsn-ezq',
        },
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    out(cid, '02-final-stage-philippa-dunmore.gcal.json', json.dumps(ev, indent=2, ensure_ascii=False) + '\n')
    label(cid, [iv('Harcourt & Lyle Asset Management', 'Credit Risk Analyst (AIFC, Astana)', start, end,
                   'scheduled', [cro[1]], [cro[1]], 'hiring_manager')],
          'medium', 'positive/calendar-api-json',
          'Recruiter e-mail sent during BST for a date after the 25 Oct switch: 09:00 UK on 27 Oct = '
          '09:00Z = 14:00 Astana; the Calendar API event carries the Almaty-offset dateTime with '
          'timeZone Europe/London. One interview (mail + API event), CRO is the interviewer.')


def case12():
    cid = 'b163-12-dubai-cancelled-then-rebooked'
    hr = ('Layla Haddad', 'layla.haddad@saffrongate.example')
    omar = ('Omar Siddiqui', 'omar.siddiqui@saffrongate.example')
    cfo = ('Priyanka Rao', 'priyanka.rao@saffrongate.example')
    role = 'Treasury Analyst'
    s1 = T(UTC, 2026, 9, 15, 7, 30, 11)
    a = wd(T(DXB, 2026, 9, 22, 11, 0), 'Tuesday')
    a_end = a + timedelta(hours=1)
    summ1 = 'Saffron Gate Capital - Treasury Analyst interview (Aigerim Seitkali / Omar Siddiqui)'
    att1 = [(hr[0], hr[1], 'REQ-PARTICIPANT', 'ACCEPTED'), (omar[0], omar[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
            ('', OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')]
    uid1 = '1bq7s0rj5o2vd9tkh4n6ma3ce8@google.com'
    desc1 = ('Hi Aigerim, this is your interview with Omar Siddiqui, Treasury Manager, for the Treasury '
             'Analyst role. 11:00 Dubai time / 12:00 Almaty. I am on the invite for scheduling only.\n\nLayla')
    out(cid, '01-invitation-treasury-interview.eml', google_invite(
        method='REQUEST', uid=uid1, seq=0, summary=summ1, start=a, end=a_end, organizer=hr,
        attendees=att1, description=desc1, sent=s1, seed='c12-1', meet='xmb-qfpe-wuj',
        tz_label='Kazakhstan Time - Almaty'))
    s2 = wd(T(UTC, 2026, 9, 18, 13, 2, 40), 'Friday')
    out(cid, '02-canceled-treasury-interview.eml', google_invite(
        method='CANCEL', uid=uid1, seq=1, summary=summ1, start=a, end=a_end, organizer=hr,
        attendees=att1, description=desc1, sent=s2, seed='c12-2', meet='xmb-qfpe-wuj', created=s1,
        note='Omar has to travel to Riyadh next week - so sorry, Aigerim. I will send a new time shortly.'))
    s3 = wd(T(DXB, 2026, 9, 21, 9, 15, 0), 'Monday')
    b = wd(T(DXB, 2026, 9, 28, 10, 30), 'Monday')
    b_end = b + timedelta(hours=1)
    assert b.astimezone(ALA).strftime('%H:%M') == '11:30'
    t3 = f"""Hi Aigerim,

Thanks for your patience after Friday's cancellation. We've booked a new slot: Monday 28 September, 10:30-11:30 Dubai time (11:30-12:30 in Almaty). Omar will be joined by our CFO, Priyanka Rao, so it will be a short panel rather than a 1:1.

A fresh invite is on its way from my calendar.

Best,
Layla

--
Layla Haddad
People & Talent | Saffron Gate Capital
Level 14, Index Tower, DIFC, Dubai
"""
    out(cid, '03-new-slot-monday.eml',
        mail(frm=hr, to=[(OWNER_NAME, OWNER)], subject='Saffron Gate - new interview slot',
             sent=s3, msgid=mid_gmail('c12-3'), text=t3, rcv=('mail-sor-f41.google.com', '209.85.220.41'),
             seed='c12-3'))
    s4 = T(UTC, 2026, 9, 21, 5, 20, 33)
    out(cid, '04-invitation-treasury-panel.eml', google_invite(
        method='REQUEST', uid='7hd2kq9v0s5tn1ra8mceb3f4og@google.com', seq=0,
        summary='Saffron Gate Capital - Treasury Analyst panel (Omar Siddiqui, Priyanka Rao)',
        start=b, end=b_end, organizer=hr,
        attendees=[(hr[0], hr[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                   (omar[0], omar[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                   (cfo[0], cfo[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                   ('', OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
        description='Rebooked interview for the Treasury Analyst role with Omar Siddiqui (Treasury '
                    'Manager) and Priyanka Rao (CFO). 10:30 Dubai / 11:30 Almaty.\n\nLayla',
        sent=s4, seed='c12-4', meet='dne-hwrk-gzp'))
    label(cid, [iv('Saffron Gate Capital', role, a, a_end, 'cancelled', [omar[1]], [omar[1]], 'hiring_manager'),
                iv('Saffron Gate Capital', role, b, b_end, 'scheduled', [omar[1], cfo[1]],
                   [omar[1], cfo[1]], 'onsite')],
          'hard', 'positive/cancel-then-rebooked',
          'Google invite, Google cancellation with note, then a NEW event (different UID) a week later: '
          'two entries (cancelled 22 Sep 11:00 Dubai; scheduled 28 Sep 10:30 Dubai with two '
          'interviewers -> panel -> onsite). Invites display GMT+5 (owner calendar), Dubai is UTC+4.')


def case13():
    cid = 'b163-13-moscow-zoom-utc5-correction'
    hr = ('Елена Крылова', 'e.krylova@arktur-leasing.example')
    ivr = ('Кирилл Захаров', 'k.zakharov@arktur-leasing.example')
    role = 'Финансовый аналитик (МСФО, моделирование)'
    s1 = wd(T(MSK, 2026, 6, 22, 13, 15, 20), 'Monday')
    start = wd(T(MSK, 2026, 6, 25, 11, 0), 'Thursday')
    end = start + timedelta(minutes=90)
    assert start.astimezone(ALA).hour == 13
    sig = """--
С уважением,
Елена Крылова
Ведущий специалист по подбору персонала
АО «Арктур Лизинг», Москва, Пресненская наб. 12
+7 (495) 640-22-10"""
    t1 = f"""Айгерим, добрый день!

По итогам разговора с HR приглашаем вас на техническое интервью на позицию «{role}».

Интервью проведёт Кирилл Захаров, руководитель направления финансового моделирования ({ivr[1]}).
Формат: Zoom, 1,5 часа, кейс по лизинговому портфелю (моделирование денежных потоков и резервов по МСФО 9).
Дата: четверг, {start.day} {RU_MON[start.month]}, 11:00 по московскому времени (14:00 по Алматы).

Подтвердите, пожалуйста, удобно ли вам это время.

{sig}
"""
    m1 = '<' + sha('c13-1', 20) + '@mail.yandex.ru>'
    out(cid, '01-arktur-tehnicheskoe-intervyu.eml',
        mail(frm=hr, to=[('Айгерим Сейткали', OWNER)], subject=f'Арктур Лизинг: техническое интервью {start.day} {RU_MON[start.month]}',
             sent=s1, msgid=m1, text=t1, html_style='system', text_cte='base64', html_cte='base64',
             rcv=('forward501a.mail.yandex.net', '178.154.239.81'), seed='c13-1',
             extra=[('X-Mailer', 'Yandex Mail')]))
    own = f"""Елена, добрый день!

Спасибо, подтверждаю. Небольшое уточнение: с 1 марта 2024 года весь Казахстан живёт по UTC+5, так что 11:00 МСК — это 13:00 по Алматы, а не 14:00. Подключусь в 11:00 по Москве.

Айгерим"""
    m_own = mid_gmail('c13-own')
    s2 = T(MSK, 2026, 6, 23, 10, 2, 11)
    t2 = f"""Айгерим, да, вы правы — спасибо, что поправили! Ориентируемся на 11:00 по Москве, у вас это 13:00. Приглашение Zoom во вложении, Кирилл в курсе.

{sig}

22.06.2026, 18:40, "Айгерим Сейткали" <{OWNER}>:
{quote(own)}
"""
    cal = ical(['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0',
                'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', *VTZ['Europe/Moscow'], 'BEGIN:VEVENT',
                f'DTSTAMP:{zs(s2)}', f'DTSTART;TZID=Europe/Moscow:{ls(start)}',
                f'DTEND;TZID=Europe/Moscow:{ls(end)}',
                f'SUMMARY:{esc("Техническое интервью: Айгерим Сейткали — Арктур Лизинг")}',
                'UID:20260623T070211Z-89211546037@fe80:0:0:0:a4c:2dff:fe51:7a20%ens5',
                f'DESCRIPTION:{esc("Елена Крылова приглашает вас на запланированную конференцию: Zoom." + chr(10) + chr(10) + "Подключиться к конференции Zoom" + chr(10) + "https://us05web.zoom.us/j/89211546037?pwd=Qm9hR3d2aE1xT0tJc0FvZz09" + chr(10) + chr(10) + "Идентификатор конференции: 892 1154 6037" + chr(10) + "Код доступа: 4Lz7Qp")}',
                f'LOCATION:https://us05web.zoom.us/j/89211546037?pwd=Qm9hR3d2aE1xT0tJc0FvZz09',
                'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder',
                'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'])
    att = leaf('text/calendar', cal, 'base64', params='; name="Zoom-Arktur.ics"',
               headers=['Content-Disposition: attachment; filename="Zoom-Arktur.ics"'])
    out(cid, '02-re-arktur-utochnenie-vremeni.eml',
        mail(frm=hr, to=[('Айгерим Сейткали', OWNER)], cc=[ivr],
             subject=f'Re: Арктур Лизинг: техническое интервью {start.day} {RU_MON[start.month]}',
             sent=s2, msgid='<' + sha('c13-2', 20) + '@mail.yandex.ru>', in_reply_to=m_own,
             references=f'{m1} {m_own}', text=t2, html_style='system', text_cte='base64',
             html_cte='base64', attachments=[att],
             rcv=('forward501a.mail.yandex.net', '178.154.239.81'), seed='c13-2',
             extra=[('X-Mailer', 'Yandex Mail')]))
    label(cid, [iv('Арктур Лизинг', role, start, end, 'scheduled', [ivr[1]], [ivr[1]], 'technical')],
          'hard', 'positive/timezone-correction-thread',
          'Moscow recruiter first writes "11:00 МСК (14:00 по Алматы)" using the pre-2024 3-hour gap; '
          'the owner corrects it and the recruiter confirms 11:00 MSK (= 13:00 Almaty = 08:00Z), also '
          'in the Zoom .ics (TZID Europe/Moscow). Label 11:00+03:00; the 14:00 figure is wrong.')


# ============================================================================= NEGATIVES
def case14():
    cid = 'b163-14-bank-kyc-video-interview'
    mgr = ('Сания Бекетова', 's.beketova@altynorda-bank.example')
    sent = T(ALA, 2026, 3, 10, 12, 0, 3)
    start = wd(T(ALA, 2026, 3, 12, 16, 0), 'Thursday')
    end = start + timedelta(minutes=20)
    text = f"""Уважаемая Айгерим Нурлановна!

Благодарим за выбор Altyn Orda Bank Private Banking. Для завершения открытия счёта необходимо пройти видеоинтервью с менеджером службы комплаенс-контроля в рамках процедуры «Знай своего клиента» (KYC/AML).

Дата: {start.day} {RU_MON[start.month]} {start.year} г. (четверг)
Время: 16:00 по времени Астаны, продолжительность — около 20 минут
Ваш менеджер: Сания Бекетова, {mgr[1]}

Подготовьте, пожалуйста:
• удостоверение личности или паспорт;
• документы, подтверждающие источник дохода (справка с места работы, выписка ЕНПФ);
• хорошее освещение и стабильный интернет — собеседование записывается.

Ссылка на защищённую видеосвязь: https://vc.altynorda-bank.example/kyc/s/7731-2209
Приглашение в календарь — во вложении.

Напоминаем: сотрудники банка никогда не запрашивают коды из SMS и PIN-коды карт.

С уважением,
Служба Private Banking
АО «Altyn Orda Bank» | Алматы, пр. Аль-Фараби 38 | 7373 (бесплатно с мобильных)
"""
    cal = ical(['BEGIN:VCALENDAR', 'PRODID:-//Altyn Orda Bank//VideoKYC 2.4//RU', 'VERSION:2.0',
                'METHOD:REQUEST', *VTZ['Asia/Almaty'], 'BEGIN:VEVENT',
                f'UID:vkyc-{sha("c14", 12)}@altynorda-bank.example', f'DTSTAMP:{zs(sent)}',
                f'DTSTART;TZID=Asia/Almaty:{ls(start)}', f'DTEND;TZID=Asia/Almaty:{ls(end)}',
                f'SUMMARY:{esc("Видеоинтервью KYC — Altyn Orda Bank Private Banking")}',
                f'DESCRIPTION:{esc("Видеоидентификация клиента (KYC). Менеджер: Сания Бекетова.")}',
                'LOCATION:https://vc.altynorda-bank.example/kyc/s/7731-2209',
                f'ORGANIZER;CN={cn(mgr[0])}:mailto:{mgr[1]}', att_ms('Айгерим Сейткали', OWNER),
                'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    att = leaf('text/calendar', cal, 'base64', params='; method=REQUEST; name="kyc-interview.ics"',
               headers=['Content-Disposition: attachment; filename="kyc-interview.ics"'])
    out(cid, '01-altyn-orda-video-kyc.eml',
        mail(frm=('Altyn Orda Bank Private Banking', 'private@altynorda-bank.example'),
             to=[('Айгерим Сейткали', OWNER)], reply_to=mgr,
             subject=f'Видеоинтервью для идентификации клиента (KYC) — {start.day} {RU_MON[start.month]}, 16:00',
             sent=sent, msgid=mid_custom('c14', 'altynorda-bank.example', 'pb.'), text=text,
             html_style='system', text_cte='base64', html_cte='base64', attachments=[att],
             rcv=('smtp2.altynorda-bank.example', '89.218.4.77'), seed='c14'))
    label(cid, [], 'medium', 'negative/bank-kyc-video-call',
          'Bank onboarding "видеоинтервью"/"собеседование" for KYC with a calendar invite: a live call, '
          'but not part of a hiring process.')


def case15():
    cid = 'b163-15-tender-committee-bidder-interviews'
    sec = ('Гульмира Досова', 'g.dossova@tienshan-agro.example')
    sent = T(ALA, 2026, 4, 1, 14, 31, 10)
    start = wd(T(TAS, 2026, 4, 9, 15, 0), 'Thursday')
    end = start + timedelta(hours=2)
    members = [('Сейткали Айгерим', WORK), ('Абдрахманов Нурлан', 'n.abdrakhmanov@tienshan-agro.example'),
               ('Ли Виктория', 'v.li@tienshan-agro.example'), ('Жакупов Ержан', 'ye.zhakupov@tienshan-agro.example')]
    body = f"""Уважаемые члены тендерной комиссии!

Приглашаем на заседание тендерной комиссии по закупке услуг аудита финансовой отчётности по МСФО за 2026 год (лот № 14-У).

Повестка:
1. Вскрытие конвертов и рассмотрение заявок потенциальных поставщиков.
2. Собеседование (интервью) с представителями трёх аудиторских компаний-кандидатов, по 20 минут на каждую: ключевой партнёр, состав команды, методология.
3. Оценка по критериям и голосование, подписание протокола.

Айгерим Нурлановна, просьба подготовить сравнительную таблицу коммерческих предложений к пункту 3.

Место: переговорная 5.02, 5 этаж, пр. Сейфуллина 498.

Секретарь тендерной комиссии
Гульмира Досова
ТОО «Тянь-Шань Агро Холдинг» | отдел закупок | вн. 2207
"""
    out(cid, '01-zasedanie-tendernoy-komissii.eml', outlook_invite(
        method='REQUEST', subject='Заседание тендерной комиссии: услуги аудита МСФО (лот 14-У) — рассмотрение заявок и интервью с участниками',
        organizer=sec, to=members, start=start, end=end, tzid='West Asia Standard Time',
        when_line='Когда: ' + o_when_ru(start, end, '(UTC+05:00) Ашхабад, Ташкент'),
        where_line='Где: Переговорная 5.02', body_text=body, uid_seed='c15', seq=0, sent=sent,
        seed='c15', location='Переговорная 5.02', lang='ru-RU', teams=False, forwarded=True,
        attendees=[(n, e, 'REQ-PARTICIPANT') for n, e in members], region='EUR', pod='VI1PR03MB'))
    label(cid, [], 'hard', 'negative/tender-committee',
          'Work calendar invite (auto-forwarded from the employer mailbox) for a procurement tender '
          'committee that "interviews candidate" audit firms; the owner is a committee member, not a '
          'job candidate.')


def case16():
    cid = 'b163-16-akimat-public-hearing'
    sent = T(ALA, 2026, 4, 6, 10, 0, 0)
    start = wd(T(ALA, 2026, 4, 16, 15, 0), 'Thursday')
    end = start + timedelta(hours=2, minutes=30)
    text = f"""Құрметті Әйгерім Сейтқали! / Уважаемая Айгерим Сейткали!

Сіз Алматы қаласының 2027–2029 жылдарға арналған бюджет жобасы бойынша қоғамдық тыңдауларға қатысушы ретінде тіркелдіңіз.

Вы зарегистрированы как участник публичных слушаний по проекту бюджета города Алматы на 2027–2029 годы.

Дата: {start.day} {RU_MON[start.month]} {start.year} г. (четверг), начало в 15:00
Место: Акимат города Алматы, пл. Республики 4, большой зал
Статус: участник с правом выступления (до 3 минут), тема — «Прозрачность бюджетных программ развития»

Порядок проведения: доклад управления экономики и бюджетного планирования, вопросы жителей, выступления зарегистрированных участников. После слушаний заместитель акима даст интервью представителям СМИ; участники могут пообщаться с журналистами в пресс-зоне.

Вход по удостоверению личности. Файл для календаря — во вложении.

Бұл хат автоматты түрде жіберілді / Письмо отправлено автоматически, отвечать на него не нужно.
Акимат города Алматы | e-Qatysu
"""
    cal = ical(['BEGIN:VCALENDAR', 'PRODID:-//Akimat Almaty//e-Qatysu Events 1.3//RU', 'VERSION:2.0',
                'METHOD:PUBLISH', *VTZ['Asia/Almaty'], 'BEGIN:VEVENT',
                f'UID:hearing-2027-budget-{sha("c16", 8)}@akimat-almaty.example', f'DTSTAMP:{zs(sent)}',
                f'DTSTART;TZID=Asia/Almaty:{ls(start)}', f'DTEND;TZID=Asia/Almaty:{ls(end)}',
                f'SUMMARY:{esc("Қоғамдық тыңдау / Публичные слушания: бюджет г. Алматы 2027–2029")}',
                f'LOCATION:{esc("Акимат г. Алматы, пл. Республики 4, большой зал")}',
                f'DESCRIPTION:{esc("Участник с правом выступления. После слушаний — интервью заместителя акима для СМИ.")}',
                'ORGANIZER;CN=Akimat Almaty e-Qatysu:mailto:noreply@akimat-almaty.example',
                att_ms('Айгерим Сейткали', OWNER, role='OPT-PARTICIPANT', partstat='ACCEPTED'),
                'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    out(cid, '01-registraciya-publichnye-slushaniya.eml',
        mail(frm=('Акимат города Алматы', 'noreply@akimat-almaty.example'), to=[('', OWNER)],
             subject='Қоғамдық тыңдау / Публичные слушания: регистрация подтверждена',
             sent=sent, msgid=mid_custom('c16', 'akimat-almaty.example', 'eq.'), text=text,
             html_style='system', text_cte='base64', html_cte='base64',
             rcv=('mail.akimat-almaty.example', '195.12.113.20'), seed='c16'))
    out(cid, '02-publichnye-slushaniya.ics', cal)
    label(cid, [], 'medium', 'negative/public-hearing',
          'City akimat public budget hearing: registration mail + standalone .ics, mentions "интервью" '
          '(officials to the press) and a speaking slot; civic event, not a job interview.')


def case17():
    cid = 'b163-17-masters-admission-declined'
    adm = ('MSc Finance Admissions', 'msc.admissions@asfe.example')
    prof = ('Prof. Daniyar Yermekov', 'd.yermekov@asfe.example')
    s1 = T(UTC, 2026, 6, 2, 5, 10, 12)
    start = wd(T(ALA, 2026, 6, 11, 15, 0), 'Thursday')
    end = start + timedelta(minutes=20)
    summ = 'MSc Finance 2026 - Admission Interview (Aigerim Seitkali)'
    out(cid, '01-invitation-admission-interview.eml', google_invite(
        method='REQUEST', uid='0ae5tmv2k9sq3hd1lr7cn8pb4f@google.com', seq=0, summary=summ,
        start=start, end=end, organizer=adm,
        attendees=[(adm[0], adm[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                   (prof[0], prof[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                   ('', OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
        description='Собеседование с приёмной комиссией программы MSc Finance (набор 2026). '
                    'Interview panel: Prof. Daniyar Yermekov, Programme Director. Please have your '
                    'ID and IELTS certificate ready.\n\nAlmaty School of Finance & Economics, Admissions Office',
        sent=s1, seed='c17-1', meet='hpa-ukxw-rnv'))
    own = """Добрый день!

Благодарю за приглашение на собеседование. Я приняла решение не поступать на программу в этом году и сосредоточиться на работе, поэтому прошу отменить собеседование 11 июня.

С уважением,
Айгерим Сейткали"""
    m_own = mid_gmail('c17-own')
    s2 = T(ALA, 2026, 6, 3, 11, 44, 20)
    t2 = f"""Айгерим, добрый день!

Спасибо, что предупредили заранее. Собеседование отменено, ваша заявка переведена в архив. Будем рады видеть вас в следующем наборе — приём документов на 2027 год откроется в феврале.

Admissions Office
Almaty School of Finance & Economics
ул. Жандосова 55, Алматы

ср, 3 июня 2026 г. в 09:12, Aigerim Seitkali <{OWNER}>:
{quote(own)}
"""
    out(cid, '02-re-admission-interview-cancelled.eml',
        mail(frm=adm, to=[(OWNER_NAME, OWNER)], subject='Re: ' + summ, sent=s2, msgid=mid_gmail('c17-2'),
             in_reply_to=m_own, references=m_own, text=t2,
             rcv=('mail-sor-f52.google.com', '209.85.220.52'), seed='c17-2'))
    label(cid, [], 'hard', 'negative/admission-interview',
          'Master\'s programme admission interview (Google invite with a panel) that the owner then '
          'declines: an admissions interview, not a job interview, so neither scheduled nor cancelled.')


def case18():
    cid = 'b163-18-podcast-guest-recording'
    host = ('Ерболат Мұхтар', 'erbolat@aqsha-podcast.example')
    cohost = ('Анель Жұмаділ', 'anel@aqsha-podcast.example')
    s1 = wd(T(ALA, 2026, 9, 7, 20, 15, 44), 'Monday')
    start = wd(T(ALA, 2026, 9, 17, 19, 0), 'Thursday')
    end = start + timedelta(minutes=90)
    t1 = f"""Айгерим, сәлем!

Мы с Анель ведём подкаст «Ақша мен Адам» про личные финансы и карьеру в финансах. Хотим пригласить вас гостем: интервью про путь финансового аналитика в Казахстане, переход в международные компании и о том, как готовиться к собеседованиям с кейсами по финансовому моделированию.

Запись — в четверг, {start.day} {RU_MON[start.month]}, в 19:00 по Алматы, студия на Абылай хана 62 (или онлайн, если удобнее). Это не оплачиваемое участие, но выпуск выйдет на Spotify и YouTube с вашими контактами в описании.

Пришлю приглашение в календарь.

Рахмет!
Ерболат
«Ақша мен Адам» подкасты
"""
    m1 = mid_gmail('c18-1')
    out(cid, '01-podcast-invitation.eml',
        mail(frm=host, to=[('Aigerim Seitkali', OWNER)], cc=[cohost],
             subject='Подкаст «Ақша мен Адам» — приглашение на интервью', sent=s1, msgid=m1, text=t1,
             rcv=('mail-sor-f41.google.com', '209.85.220.41'), seed='c18-1'))
    s2 = T(UTC, 2026, 9, 8, 4, 12, 9)
    out(cid, '02-invitation-podcast-recording.eml', google_invite(
        method='REQUEST', uid='5rj8ckq2u1m0ta9de4hsn7vb3l@google.com', seq=0,
        summary='Запись подкаста «Ақша мен Адам» — интервью с Айгерим Сейткали',
        start=start, end=end, organizer=host,
        attendees=[(host[0], host[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                   (cohost[0], cohost[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                   ('', OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
        description='Интервью для выпуска №48: карьера финансового аналитика. Студия: Абылай хана 62, 3 этаж.',
        sent=s2, seed='c18-2', meet='tyr-cbgq-mso', location='Студия, Абылай хана 62, 3 этаж'))
    label(cid, [], 'easy', 'negative/podcast',
          'Podcast guest "интервью" recording with a Google invite; topic is even job interviews, but it '
          'is a press/podcast interview.')


def case19():
    cid = 'b163-19-hhkz-pick-a-slot-unbooked'
    sent = wd(T(MSK, 2026, 9, 1, 11, 3, 50), 'Tuesday')
    d1 = wd(T(ALA, 2026, 9, 3, 10, 0), 'Thursday')
    d2 = wd(T(ALA, 2026, 9, 4, 15, 0), 'Friday')
    text = f"""Здравствуйте, Айгерим!

Работодатель ТОО «Жайық Агро Трейд» приглашает вас на собеседование по вакансии «Финансовый аналитик».

Выберите удобное время собеседования. Свободные слоты (время Астаны):
• {d1.day} {RU_MON[d1.month]}, чт — 10:00, 11:30
• {d2.day} {RU_MON[d2.month]}, пт — 15:00

Выбрать время: https://hh.kz/applicant/interview/slots?topicId=4519930044
Слот закрепляется за вами только после подтверждения. Если ни одно время не подходит, предложите своё в чате с работодателем.

Перейти к переписке: https://hh.kz/applicant/negotiations/item?topicId=4519930044

Вы получили это письмо, потому что откликнулись на вакансию на hh.kz.
Настроить уведомления: https://hh.kz/applicant/settings/notifications
© 2026 HeadHunter
"""
    out(cid, '01-hhkz-vyberite-vremya.eml',
        mail(frm=('hh.kz', 'no-reply@hh.kz'), to=[('Айгерим Сейткали', OWNER)],
             subject='Выберите время собеседования: Финансовый аналитик — ТОО «Жайық Агро Трейд»',
             sent=sent, msgid=mid_custom('c19', 'hh.kz', 'negotiation.'), text=text,
             html_style='system', text_cte='base64', rcv=('mx-out3.hh.kz', '94.124.200.33'), seed='c19',
             extra=[('List-Unsubscribe', '<https://hh.kz/applicant/settings/notifications>'),
                    ('X-Mailer', 'hh-mailer/5.12'), ('Precedence', 'bulk')]))
    label(cid, [], 'hard', 'negative/availability-request',
          'hh.kz "choose a slot" mail: offered slots with dates and times, but nothing is booked '
          '(unbooked scheduling link).')


def case20():
    cid = 'b163-20-successfactors-rejection-after-interview'
    sent = wd(T(UTC, 2026, 3, 13, 16, 20, 2), 'Friday')
    text = """Dear Aigerim,

Thank you for your interest in the Financial Analyst - Almaty Hub position (Requisition ID 2290) and for taking the time to interview with Fiona Reid and Azamat Ilyasov on 3 March.

After careful consideration, we have decided to move forward with candidates whose experience more closely matches the current needs of the team. This was a difficult decision given the strength of the applicants.

If you would like brief feedback, you can book a 15-minute call with the recruiting team using this link: https://brackenfield.example/careers/feedback?req=2290 . We will keep your profile in our talent community and may contact you about future opportunities in Almaty or London.

We wish you every success in your search.

Kind regards,
Talent Acquisition
Brackenfield plc | 40 Leadenhall Street, London EC3A 2BJ

This is an automated message sent via SAP SuccessFactors. Please do not reply.
"""
    out(cid, '01-successfactors-application-update.eml',
        mail(frm=('Brackenfield Careers', 'DoNotReply@successfactors.eu'), to=[(OWNER_NAME, OWNER)],
             subject='Update on your application: Financial Analyst - Almaty Hub (2290)', sent=sent,
             msgid=mid_custom('c20', 'successfactors.eu', 'rcm.'), text=text, html_style='system',
             text_cte='quoted-printable', rcv=('mail3.successfactors.eu', '155.56.210.84'), seed='c20',
             extra=[('X-SF-Template', 'RCM_CANDIDATE_DISQUALIFIED')]))
    label(cid, [], 'medium', 'negative/rejection',
          'Rejection that names a past interview date and offers an unbooked feedback call; no interview '
          'time in the future.')


def case21():
    cid = 'b163-21-owner-interviews-junior-candidate'
    hr = ('Салтанат Ермекова', 's.yermekova@tienshan-agro.example')
    cfo = ('Нурлан Абдрахманов', 'n.abdrakhmanov@tienshan-agro.example')
    sent = T(ALA, 2026, 9, 14, 9, 22, 10)
    start = wd(T(TAS, 2026, 9, 16, 11, 0), 'Wednesday')
    end = start + timedelta(hours=1)
    body = """Коллеги, добрый день!

Направляю приглашение на собеседование с кандидатом Ерланом Тулегеновым на позицию младшего финансового аналитика (отдел бюджетирования).

Айгерим Нурлановна, просьба подготовить 2–3 задачи в Excel и провести техническую часть (30 минут). Нурлан Серикович — общая часть и вопросы по мотивации. Резюме кандидата и результаты теста — в HR-портале, карточка кандидата № 2026-117.

После собеседования, пожалуйста, заполните оценочный лист до конца дня.

С уважением,
Салтанат Ермекова
Специалист по подбору персонала
ТОО «Тянь-Шань Агро Холдинг»
"""
    out(cid, '01-sobesedovanie-kandidat-tulegenov.eml', outlook_invite(
        method='REQUEST', subject='Собеседование: Тулегенов Ерлан — младший финансовый аналитик',
        organizer=hr, to=[('Сейткали Айгерим', WORK), cfo], start=start, end=end,
        tzid='West Asia Standard Time',
        when_line='Когда: ' + o_when_ru(start, end, '(UTC+05:00) Ашхабад, Ташкент'),
        where_line='Где: Переговорная 3.04 / Microsoft Teams', body_text=body, uid_seed='c21', seq=0,
        sent=sent, seed='c21', location='Переговорная 3.04 / Microsoft Teams', lang='ru-RU',
        forwarded=True, attendees=[('Сейткали Айгерим', WORK, 'REQ-PARTICIPANT'),
                                   (cfo[0], cfo[1], 'REQ-PARTICIPANT')],
        region='EUR', pod='VI1PR03MB'))
    label(cid, [], 'hard', 'negative/user-is-interviewer',
          'Employer HR invites the owner (work address, auto-forwarded) to conduct the technical part '
          'of an interview with an external junior candidate: the owner is the interviewer.')


def case22():
    cid = 'b163-22-hirevue-one-way-video'
    sent = wd(T(UTC, 2026, 10, 21, 6, 40, 15), 'Wednesday')
    due = wd(T(DXB, 2026, 10, 29, 23, 59), 'Thursday')
    text = f"""Hi Aigerim,

Palm Crescent Holdings has invited you to complete an on-demand video interview for the Financial Analyst - Central Asia Investments role.

There is no live interviewer: you will see 5 questions on screen and record your answers (up to 3 minutes each, one re-record allowed per question). Most candidates finish in about 25 minutes.

Please complete your interview by Thursday, {due.day} October {due.year}, 23:59 Gulf Standard Time (GMT+4).

Start your interview: https://app.hirevue.com/applicant/i/7Kp2QwXz9
Tip: use Chrome or Safari, and test your camera and microphone first.

Good luck!
Palm Crescent Holdings Talent Team

Powered by HireVue | Privacy notice: https://www.hirevue.com/privacy
"""
    out(cid, '01-hirevue-on-demand-interview.eml',
        mail(frm=('Palm Crescent Holdings', 'no-reply@hirevue.com'), to=[('', OWNER)],
             subject='Palm Crescent Holdings - complete your on-demand video interview', sent=sent,
             msgid=mid_custom('c22', 'hirevue.com', 'hv.'), text=text, html_style='system',
             text_cte='quoted-printable', rcv=('o3.email.hirevue.com', '167.89.12.44'), seed='c22',
             extra=[('X-Mailer', 'SendGrid')]))
    label(cid, [], 'medium', 'negative/one-way-video',
          'HireVue on-demand (one-way) video interview with a deadline, no live conversation.')


# ============================================================================= main
ALL = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
       case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]


def main():
    for fn in ALL:
        fn()
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        assert cid.startswith(PREFIX)
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), cid
        for fname, content in items:
            with open(os.path.join(d, fname), 'wb') as f:
                f.write(content.encode('utf-8'))
    assert set(CASES) == set(LABELS)
    labels = {cid: LABELS[cid] for cid in sorted(LABELS)}
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# blind163 labels (generated by make_cases.py). Schema: /work/shared/eval/README.md\n')
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100)
    pos = sum(1 for l in labels.values() if l['interview'])
    ivs = [i for l in labels.values() for i in l['interviews']]
    print(f'{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews '
          f'({sum(i["status"] == "scheduled" for i in ivs)} scheduled, '
          f'{sum(i["status"] == "cancelled" for i in ivs)} cancelled)')


if __name__ == '__main__':
    main()
