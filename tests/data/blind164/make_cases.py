#!/usr/bin/env python3
"""Regenerate the blind164 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries (all derived from fixed seeds),
so every run writes the same bytes.  Standard library + PyYAML + zoneinfo only.

Usage:  python make_cases.py
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
OWNER = 'keshia.whitfield@example.com'
OWNER_NAME = 'Keshia Whitfield'
OWNER_CELL = '678-555-0134'
ET = ZoneInfo('America/New_York')
CT = ZoneInfo('America/Chicago')
AZ = ZoneInfo('America/Phoenix')
UTC = timezone.utc

CASES = {}   # case_id -> [(filename, bytes)]
LABELS = {}  # case_id -> label dict


# ----------------------------------------------------------------------------- time helpers
def at(tz, y, mo, d, h=0, mi=0, s=0, wd=None):
    """Aware datetime; `wd` asserts the weekday name used in the case text."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert dt.strftime('%A') == wd, (dt, dt.strftime('%A'), wd)
    return dt


def iso(dt):
    return dt.isoformat() if dt is not None else None


def t12(dt):  # "10:30 AM"
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def g12(dt):  # Google style "10:30am" / "1pm"
    h = dt.hour % 12 or 12
    m = '' if dt.minute == 0 else f':{dt.minute:02d}'
    return f"{h}{m}{'am' if dt.hour < 12 else 'pm'}"


def longdate(dt):  # "Thursday, September 17, 2026"
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def maildate(dt):
    return format_datetime(dt)


def ics_utc(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def ics_local(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def H(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def U(seed):
    return str(uuid.UUID(H(seed, 32)))


def digits(seed, n):
    return str(int(H(seed, 24), 16))[:n]


# ----------------------------------------------------------------------------- MIME helpers
def b64(data):
    return base64.encodebytes(data).decode('ascii')


def enc_name(name):
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        return Header(name, 'utf-8').encode()
    if any(c in name for c in ',.()@:;"'):
        return '"' + name.replace('"', '\\"') + '"'
    return name


def addr(name, email):
    return f'{enc_name(name)} <{email}>' if name else email


def leaf(ctype, payload, cte='quoted-printable', extra=()):
    data = payload.encode('utf-8') if isinstance(payload, str) else payload
    if cte == 'base64':
        body = b64(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data).decode('ascii')
    else:
        body = data.decode('utf-8')
    if not body.endswith('\n'):
        body += '\n'
    return '\n'.join([f'Content-Type: {ctype}', f'Content-Transfer-Encoding: {cte}', *extra]) + '\n\n' + body


def multi(subtype, boundary, parts):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"', '']
    for p in parts:
        out += [f'--{boundary}', p.rstrip('\n'), '']
    out.append(f'--{boundary}--')
    return '\n'.join(out) + '\n'


def boundary(style, seed):
    if style == 'gmail':
        return '000000000000' + H(seed + 'b', 12)
    if style == 'outlook':
        return '_000_' + H(seed + 'b', 28).upper() + 'namprd' + digits(seed, 2) + 'prodoutl_'
    if style == 'java':
        return '----=_Part_' + digits(seed + 'p', 6) + '_' + digits(seed + 'q', 9) + '.' + digits(seed + 'r', 13)
    if style == 'apple':
        return 'Apple-Mail=_' + U(seed + 'b').upper()
    if style == 'sendgrid':
        return H(seed + 'b', 32)
    raise ValueError(style)


def fold_header(key, value):
    line = f'{key}: {value}'
    if len(line) <= 78 or '\n' in value:
        return line
    words = line.split(' ')
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76:
            out.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    out.append(cur)
    return '\n'.join(out)


def message(headers, entity):
    lines = [fold_header(k, v) for k, v in headers]
    return ('\n'.join(lines) + '\n' + entity).encode('utf-8')


def text_to_html(text, font='Arial,Helvetica,sans-serif', wrap=('<div>', '</div>')):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        lines = p.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(html.escape(l.lstrip('> ').rstrip()) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(html.escape(l) for l in lines) + '</p>')
    body = '\n'.join(out)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n{body}\n</div></body></html>\n')


def body_entity(plain, html_=None, *, seed, style='gmail', cte='quoted-printable', html_cte=None,
                calendar=None, attach=(), plain_ctype='text/plain; charset="UTF-8"'):
    """calendar = (ics_bytes, method) inline part; attach = [(ctype, filename, bytes)]."""
    parts = [leaf(plain_ctype, plain, cte)]
    if html_ is not None:
        parts.append(leaf('text/html; charset="UTF-8"', html_, html_cte or cte))
    if calendar is not None:
        ics_bytes, method = calendar
        parts.append(leaf(f'text/calendar; charset="UTF-8"; method={method}', ics_bytes, 'base64'))
    ent = parts[0] if len(parts) == 1 else multi('alternative', boundary(style, seed + 'alt'), parts)
    if attach:
        att = []
        for ctype, fname, data in attach:
            att.append(leaf(f'{ctype}; name="{fname}"', data, 'base64',
                            [f'Content-Disposition: attachment; filename="{fname}"']))
        ent = multi('mixed', boundary(style, seed + 'mix'), [ent] + att)
    return ent


def received(frm, ip, dt, by='mx.example.com'):
    return (f'from {frm} ({frm} [{ip}])\n        by {by} (Postfix) with ESMTPS id {H(frm + str(dt), 10).upper()}\n'
            f'        for <{OWNER}>; {maildate(dt.astimezone(ET))}')


def gmail_id(seed):
    raw = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:40].replace('/', '_').replace('+', '-')
    return f'<CA{raw}@mail.gmail.com>'


def outlook_id(seed, pfx='BN8PR04MB'):
    return f'<{pfx}{H(seed, 4).upper()}{H(seed + "x", 12).upper()}@{pfx}{H(seed, 4).upper()}.namprd04.prod.outlook.com>'


def outlook_headers(seed, subject, date):
    idx = base64.b64encode(hashlib.sha256((seed + 'ti').encode()).digest()[:22]).decode()
    return [('Thread-Topic', subject.split(': ', 1)[1] if subject.startswith(('RE: ', 'Re: ', 'FW: ')) else subject),
            ('Thread-Index', idx),
            ('Date', maildate(date.astimezone(UTC))),
            ('Message-ID', outlook_id(seed)),
            ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
            ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))


# ----------------------------------------------------------------------------- iCalendar helpers
def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    if len(line.encode('utf-8')) <= 75:
        return line
    chunks, cur, limit = [], b'', 75
    for ch in line:
        cb = ch.encode('utf-8')
        if len(cur) + len(cb) > limit:
            chunks.append(cur)
            cur, limit = b'', 74
        cur += cb
    chunks.append(cur)
    return '\r\n '.join(c.decode('utf-8') for c in chunks)


def ics(lines):
    return ''.join(fold(l) + '\r\n' for l in lines).encode('utf-8')


def vtz_olson(tzid):
    if tzid == 'America/Phoenix':
        return ['BEGIN:VTIMEZONE', 'TZID:America/Phoenix', 'X-LIC-LOCATION:America/Phoenix', 'BEGIN:STANDARD',
                'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0700', 'TZNAME:MST', 'DTSTART:19700101T000000',
                'END:STANDARD', 'END:VTIMEZONE']
    std, dst, sn, dn = {'America/New_York': ('-0500', '-0400', 'EST', 'EDT'),
                        'America/Chicago': ('-0600', '-0500', 'CST', 'CDT')}[tzid]
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}',
            'BEGIN:DAYLIGHT', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}', f'TZNAME:{dn}',
            'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
            'BEGIN:STANDARD', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}', f'TZNAME:{sn}',
            'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
            'END:VTIMEZONE']


def vtz_windows(tzid):
    std, dst = {'Eastern Standard Time': ('-0500', '-0400'), 'Central Standard Time': ('-0600', '-0500')}[tzid]
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', 'BEGIN:STANDARD', 'DTSTART:16010101T020000',
            f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11',
            'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{std}',
            f'TZOFFSETTO:{dst}', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT',
            'END:VTIMEZONE']


WIN_LABEL = {'Eastern Standard Time': '(UTC-05:00) Eastern Time (US & Canada)',
             'Central Standard Time': '(UTC-06:00) Central Time (US & Canada)'}
WIN_ZONE = {'Eastern Standard Time': ET, 'Central Standard Time': CT}


def attendee(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp=True, google=False):
    if google:
        return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={"TRUE" if rsvp else "FALSE"}'
                f';CN={name or email};X-NUM-GUESTS=0:mailto:{email}')
    cn = f';CN={name}' if name else ''
    return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={"TRUE" if rsvp else "FALSE"}{cn}:mailto:{email}'


# ----------------------------------------------------------------------------- Google Calendar
GOOGLE_FOOTER = ('Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
                 'You are receiving this email because you are an attendee on the event.\n\n'
                 'Forwarding this invitation could allow any recipient to send a response to the organizer, '
                 'be added to the guest list, invite others regardless of their own invitation status, or '
                 'modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding')


def google_invite(*, seed, uid, method, title, start, end, org, guests, description, date, seq=0,
                  view_tz=ET, view_label='Eastern Time - New York', note=None, location=None, meet=True):
    """org = (name, email); guests = [(name, email, partstat, optional_bool)] (owner included)."""
    sv, ev = start.astimezone(view_tz), end.astimezone(view_tz)
    when_subj = f'{sv:%a %b} {sv.day}, {sv.year} {g12(sv)} - {g12(ev)} ({sv.tzname()})'
    when_body = f'{sv:%A %b} {sv.day}, {sv.year} \u22c5 {g12(sv)} \u2013 {g12(ev)}'
    eid = base64.urlsafe_b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    code = f'{H(seed+"m1",3)}-{H(seed+"m2",4)}-{H(seed+"m3",3)}'
    code = ''.join(chr(97 + int(c, 16) % 26) for c in code.replace('-', ''))
    code = f'{code[:3]}-{code[3:7]}-{code[7:10]}'
    pin = digits(seed + 'pin', 9)
    phone = f'+1 {200 + int(digits(seed+"ph1",3)) % 700}-555-01{digits(seed+"ph3",2)}'
    cancel = method == 'CANCEL'
    lines = []
    if cancel:
        if note:
            lines += ['This event has been canceled with this note:', '', f'"{note}"', '']
        else:
            lines += ['This event has been canceled.', '']
    lines += [title, when_body, view_label, '']
    if meet and not cancel:
        lines += ['Join with Google Meet', f'https://meet.google.com/{code}', '', 'Join by phone',
                  f'(US) {phone}', f'PIN: {pin}', '', 'More phone numbers',
                  f'https://tel.meet/{code}?pin={pin}{digits(seed+"pp",4)}', '']
    if location:
        lines += ['Location', location, f'View map https://www.google.com/maps/search/{location.replace(" ", "+")}?hl=en', '']
    lines += ['Organizer', org[0], org[1], '', 'Guests']
    for name, email, _ps, optional in guests:
        tag = ' - organizer' if email == org[1] else (' - optional' if optional else '')
        if name and name != email:
            lines += [name + tag, email]
        else:
            lines += [email + tag]
    lines += [f'View all guest info {view}', '']
    if description and not cancel:
        lines += [description, '']
    if not cancel:
        lines += [f'Reply for {OWNER} and view more details {view}', '']
    lines += ['~~//~~', GOOGLE_FOOTER]
    plain = '\n'.join(lines) + '\n'
    htm = text_to_html(plain.replace('~~//~~\n', '~~//~~\n\n'), font='Roboto,Helvetica,Arial,sans-serif')
    desc = description or ''
    if meet:
        desc += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                 f'Join with Google Meet: https://meet.google.com/{code}\nOr dial: (US) {phone} PIN: {pin}#\n'
                 f'More phone numbers: https://tel.meet/{code}?pin={pin}\n\nPlease do not edit this section.\n'
                 '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    stamp = ics_utc(date)
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
           'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT', f'DTSTART:{ics_utc(start)}',
           f'DTEND:{ics_utc(end)}', f'DTSTAMP:{stamp}', f'ORGANIZER;CN={org[0]}:mailto:{org[1]}', f'UID:{uid}']
    for name, email, ps, optional in guests:
        cal.append(attendee(name or email, email, 'OPT-PARTICIPANT' if optional else 'REQ-PARTICIPANT',
                            ps, rsvp=email == OWNER, google=True))
    if meet:
        cal.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{code}')
    cal += [f'CREATED:{stamp}', f'DESCRIPTION:{ics_escape(desc)}', f'LAST-MODIFIED:{stamp}',
            f'LOCATION:{ics_escape(location or "")}', f'SEQUENCE:{seq}',
            f'STATUS:{"CANCELLED" if cancel else "CONFIRMED"}', f'SUMMARY:{ics_escape(title)}', 'TRANSP:OPAQUE']
    if not cancel:
        cal += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
                'TRIGGER:-P0DT0H10M0S', 'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    ics_bytes = ics(cal)
    if cancel:
        prefix = 'Canceled event with note' if note else 'Canceled event'
    else:
        prefix = 'Updated invitation' if seq else 'Invitation'
    subject = f'{prefix}: {title} @ {when_subj} ({OWNER})'
    ent = body_entity(plain, htm, seed=seed, style='gmail', cte='base64', html_cte='quoted-printable',
                      calendar=(ics_bytes, method), attach=[('application/ics', 'invite.ics', ics_bytes)],
                      plain_ctype='text/plain; charset="UTF-8"; format=flowed; delsp=yes')
    hdrs = [('Delivered-To', OWNER),
            ('Received', received('mail-sor-f69.google.com', '209.85.220.69', date)),
            ('Return-Path', f'<{H(seed+"rp",22)}@calendar-server.bounces.google.com>'),
            ('Reply-To', addr(*org)),
            ('Sender', 'Google Calendar <calendar-notification@google.com>'),
            ('Message-ID', f'<calendar-{U(seed)}@google.com>'),
            ('Date', maildate(date.astimezone(UTC))),
            ('Subject', subject),
            ('From', addr(*org)),
            ('To', OWNER),
            ('MIME-Version', '1.0')]
    return message(hdrs, ent)


# ----------------------------------------------------------------------------- Exchange / Outlook
def teams_block(seed):
    mid = base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:38]
    tid, oid = U(seed + 'tid'), U(seed + 'oid')
    url = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}'
           f'%22%2c%22Oid%22%3a%22{oid}%22%7d')
    return ('________________________________________________________________________________\n'
            'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            f'Click here to join the meeting<{url}>\n'
            f'Meeting ID: {digits(seed+"a",3)} {digits(seed+"b",3)} {digits(seed+"c",3)} {digits(seed+"d",3)}\n'
            f'Passcode: {base64.b64encode(H(seed+"pw",6).encode()).decode()[:6]}\n'
            'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?'
            f'organizerId={oid}&tenantId={tid}&threadId=19_meeting_{mid}@thread.v2&messageId=0&language=en-US>\n'
            '________________________________________________________________________________'), url


def outlook_invite(*, seed, method, subject, start, end, wintz, org, attendees, location, body, uid, seq,
                   date, teams=True, to=None, cc=()):
    """attendees = [(name, email, role)]"""
    tz = WIN_ZONE[wintz]
    s, e = start.astimezone(tz), end.astimezone(tz)
    when = f'When: {longdate(s)} {t12(s)}-{t12(e)} {WIN_LABEL[wintz]}.'
    tblock, turl = teams_block(seed) if teams else ('', None)
    cancel = method == 'CANCEL'
    plain = f'{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n'
    if teams and not cancel:
        plain += '\n' + tblock + '\n'
    htm = text_to_html(plain, font='Aptos,Calibri,sans-serif')
    desc = plain
    cal = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    cal += vtz_windows(wintz)
    cal += ['BEGIN:VEVENT', f'ORGANIZER;CN={org[0]}:mailto:{org[1]}']
    for name, email, role in attendees:
        cal.append(attendee(name, email, role))
    cal += [f'DESCRIPTION;LANGUAGE=en-US:{ics_escape(desc)}', f'UID:{uid}',
            f'SUMMARY;LANGUAGE=en-US:{ics_escape(("Canceled: " if cancel else "") + subject)}',
            f'DTSTART;TZID={wintz}:{ics_local(s)}', f'DTEND;TZID={wintz}:{ics_local(e)}',
            'CLASS:PUBLIC', f'PRIORITY:{1 if cancel else 5}', f'DTSTAMP:{ics_utc(date)}', 'TRANSP:OPAQUE',
            f'STATUS:{"CANCELLED" if cancel else "CONFIRMED"}', f'SEQUENCE:{seq}',
            f'LOCATION;LANGUAGE=en-US:{ics_escape(location)}', f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
            f'X-MICROSOFT-CDO-OWNERAPPTID:-{digits(seed+"own",10)}',
            f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if cancel else "TENTATIVE"}',
            f'X-MICROSOFT-CDO-INTENDEDSTATUS:{"FREE" if cancel else "BUSY"}',
            'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', f'X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}',
            'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams:
        cal.append(f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}')
        cal.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    cal += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
            f'X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_escape(location)}']
    if not cancel:
        cal += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    ics_bytes = ics(cal)
    subj = ('Canceled: ' if cancel else '') + subject
    ent = body_entity(plain, htm, seed=seed, style='outlook', calendar=(ics_bytes, method))
    to_list = to or [addr(n, m) for n, m, _r in attendees]
    hdrs = [('Delivered-To', OWNER),
            ('Received', received('NAM04-BN8-obe.outbound.protection.outlook.com', '40.107.100.' + str(int(H(seed, 2), 16) % 250), date)),
            ('Return-Path', f'<{org[1]}>'),
            ('From', addr(*org)),
            ('To', ', '.join(to_list))]
    if cc:
        hdrs.append(('CC', ', '.join(cc)))
    hdrs.append(('Subject', subj))
    hdrs += outlook_headers(seed, subj, date)
    if cancel:
        hdrs.append(('Importance', 'high'))
        hdrs.append(('X-Priority', '1'))
    hdrs += [('Content-class', 'urn:content-classes:calendarmessage'),
             ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAA' + H(uid, 20).upper()),
             ('x-ms-publictraffictype', 'Email'), ('MIME-Version', '1.0')]
    return message(hdrs, ent)


# ----------------------------------------------------------------------------- human mail
def human_mail(*, seed, frm, to, subject, date, text, cc=(), client='gmail', in_reply_to=None, references=(),
               reply_to=None, attach=(), msgid=None):
    """client: gmail | outlook | iphone | apple.  Returns (bytes, message_id)."""
    to_s = ', '.join(to) if isinstance(to, (list, tuple)) else to
    hdrs = [('Delivered-To', OWNER)]
    if client == 'outlook':
        hdrs.append(('Received', received('NAM12-MW2-obe.outbound.protection.outlook.com', '40.107.94.' + str(int(H(seed, 2), 16) % 250), date)))
        hdrs += [('Return-Path', '<' + frm.split('<')[-1].rstrip('>') + '>'), ('From', frm), ('To', to_s)]
        if cc:
            hdrs.append(('CC', ', '.join(cc)))
        hdrs.append(('Subject', subject))
        oh = outlook_headers(seed, subject, date)
        if msgid:
            oh = [(k, msgid if k == 'Message-ID' else v) for k, v in oh]
        mid = dict(oh)['Message-ID']
        hdrs += oh
        if in_reply_to:
            hdrs += [('References', ' '.join(references or [in_reply_to])), ('In-Reply-To', in_reply_to)]
        if reply_to:
            hdrs.append(('Reply-To', reply_to))
        hdrs += [('x-ms-publictraffictype', 'Email'), ('MIME-Version', '1.0')]
        ent = body_entity(text, text_to_html(text, font='Aptos,Calibri,sans-serif'), seed=seed, style='outlook',
                          attach=attach)
        return message(hdrs, ent), mid
    mid = msgid or (gmail_id(seed) if client == 'gmail' else f'<{U(seed).upper()}@{frm.split("@")[-1].rstrip(">")}>')
    hdrs.append(('Received', received('mail-sor-f41.google.com' if client == 'gmail' else 'p-east2-cluster3-host4-snip4-2.eps.apple.com',
                                      '209.85.220.41' if client == 'gmail' else '57.103.88.' + str(int(H(seed, 2), 16) % 250), date)))
    hdrs += [('Return-Path', '<' + frm.split('<')[-1].rstrip('>') + '>'), ('MIME-Version', '1.0')]
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    if in_reply_to:
        hdrs += [('References', ' '.join(references or [in_reply_to])), ('In-Reply-To', in_reply_to)]
    hdrs += [('From', frm), ('Date', maildate(date)), ('Message-ID', mid), ('Subject', subject), ('To', to_s)]
    if cc:
        hdrs.append(('Cc', ', '.join(cc)))
    if client == 'gmail':
        ent = body_entity(text, f'<div dir="ltr">{text_to_html(text)}</div>\n', seed=seed, style='gmail', attach=attach)
    elif client == 'iphone':
        hdrs.append(('X-Mailer', 'iPhone Mail (23A355)'))
        ent = leaf('text/plain; charset=utf-8', text, 'quoted-printable')
    else:  # apple mail desktop
        hdrs.append(('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)'))
        ent = body_entity(text, text_to_html(text, font='-apple-system,Helvetica'), seed=seed, style='apple',
                          attach=attach, plain_ctype='text/plain; charset=utf-8')
    return message(hdrs, ent), mid


def vendor_mail(*, seed, headers, plain, html_=None, style='java', cte='quoted-printable', attach=(), calendar=None):
    ent = body_entity(plain, html_ if html_ is not None else text_to_html(plain), seed=seed, style=style,
                      cte=cte, attach=attach, calendar=calendar)
    return message([('Delivered-To', OWNER)] + headers + [('MIME-Version', '1.0')], ent)


def add(case, fname, data):
    CASES.setdefault(case, []).append((fname, data if isinstance(data, bytes) else data.encode('utf-8')))


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(recipients), 'kind': kind}


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
                    'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


# ----------------------------------------------------------------------------- shared snippets
PT = ZoneInfo('America/Los_Angeles')


def gm_attr(dt, name, email):
    return f'On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {t12(dt)} {name} <{email}> wrote:'


def ol_attr(dt, frm, to, subject):
    return f'________________________________\nFrom: {frm}\nSent: {longdate(dt)} {t12(dt)}\nTo: {to}\nSubject: {subject}'


def gv_text(*, seed, number, text, date):
    """Google Voice 'New text message' notification relayed to e-mail."""
    num_digits = ''.join(c for c in number if c.isdigit())
    own = ''.join(c for c in OWNER_CELL if c.isdigit())
    token = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:10].replace('/', 'x').replace('+', 'z')
    frm = f'"{number}" <1{own}.1{num_digits}.{token}@txt.voice.google.com>'
    plain = (f'{text}\n\nTo respond to this text message, reply to this email or visit Google Voice.\n\n'
             'YOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989> '
             'HELP FORUM <https://productforums.google.com/forum/#!forum/voice>\n\n'
             "This email was sent to you because you indicated that you'd like to receive email notifications "
             "for text messages. If you don't want to receive such emails in the future, please update your email "
             'notification settings <https://voice.google.com/settings#messaging>.\n\n'
             'Google LLC\n1600 Amphitheatre Pkwy\nMountain View CA 94043 USA\n')
    htm = ('<html><head></head><body><table width="100%" cellpadding="0" cellspacing="0"><tr><td>'
           '<img src="https://www.gstatic.com/voice/images/voice_logo_2x.png" alt="Google Voice" height="24"></td></tr>'
           f'<tr><td style="font-family:Roboto,Arial;font-size:14px;padding:16px 0">{html.escape(text)}</td></tr>'
           '<tr><td style="font-size:12px;color:#5f6368">To respond to this text message, reply to this email or visit '
           '<a href="https://voice.google.com">Google Voice</a>.</td></tr>'
           '<tr><td style="font-size:11px;color:#9aa0a6">Google LLC<br>1600 Amphitheatre Pkwy<br>Mountain View CA 94043 USA'
           '</td></tr></table></body></html>\n')
    hdrs = [('Received', received('mail-sor-f73.google.com', '209.85.220.73', date)),
            ('Return-Path', f'<3{H(seed+"rp",20)}@voice.bounces.google.com>'),
            ('Date', maildate(date)),
            ('Message-ID', f'<{H(seed+"mid",16)}.{H(seed+"mid2",18)}@google.com>'),
            ('Subject', f'New text message from {number}'),
            ('From', frm), ('To', OWNER)]
    return vendor_mail(seed=seed, headers=hdrs, plain=plain, html_=htm, style='gmail')


# ============================================================================ POSITIVE CASES
def case01():
    c = 'b164-01-workday-phone-screen-hm-cell'
    co, role, req = 'Peachtree Regional Health', 'Revenue Cycle Data Analyst', 'R-0024817'
    start = at(ET, 2026, 9, 17, 10, 30, wd='Thursday')
    end = start + timedelta(minutes=30)
    sent = at(PT, 2026, 9, 11, 11, 22, 9, wd='Friday')
    plain = f"""Hi Keshia,

Thank you for your interest in the {role} position ({req}) at {co}. We are pleased to confirm your interview.

Interview Details
Interview Type: Phone Interview
Date: {longdate(start)}
Time: {t12(start)} - {t12(end)} Eastern Time
Interviewer: Monique Settles, Manager, Revenue Integrity

Monique will call you at the primary phone number on your candidate profile. If your number has changed, please update your profile in Candidate Home before the interview.

If you need to reschedule, please contact your recruiter, Darnell Pruitt, at darnell.pruitt@peachtreeregional.example. Please do not reply to this message; this mailbox is not monitored.

View your application status in Candidate Home:
https://wd5.myworkday.com/peachtreeregional/d/home.htmld

Best regards,
Talent Acquisition
{co}

{co} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.
"""
    hdrs = [('Received', received('wd5-pmail-out3.myworkday.com', '198.51.100.23', sent)),
            ('Return-Path', '<bounce-peachtreeregional@myworkday.com>'),
            ('Date', maildate(sent)),
            ('From', 'Peachtree Regional Health <peachtreeregional@myworkday.com>'),
            ('To', OWNER),
            ('Message-ID', f'<{digits(c+"1",10)}.{digits(c+"2",7)}.{digits(c+"3",13)}@wd5-pmail-p.myworkday.com>'),
            ('Subject', f'Interview Scheduled: {role} ({req})')]
    add(c, '01-workday-interview-scheduled.eml', vendor_mail(seed=c + '01', headers=hdrs, plain=plain))

    d2 = at(ET, 2026, 9, 15, 16, 5, 41, wd='Tuesday')
    text = f"""Good afternoon Keshia,

I'm looking forward to our call on Thursday at {t12(start)}. Quick heads-up: I'll be at our Marietta campus that morning, so I'll be calling you from my cell, (470) 555-0119, instead of the office line. If an unknown 470 number pops up, that's me!

We'll keep it to about 30 minutes. I mostly want to hear about your denial-management work and the reporting you've been doing in Excel and SQL on the coding side.

Thank you,

Monique Settles, CPC, CRCR
Manager, Revenue Integrity
Peachtree Regional Health
monique.settles@peachtreeregional.example | Cell: (470) 555-0119
"""
    assert start.strftime('%A') == 'Thursday'
    b, _ = human_mail(seed=c + '02', frm='Monique Settles <monique.settles@peachtreeregional.example>',
                      to=[addr(OWNER_NAME, OWNER)], cc=['Darnell Pruitt <darnell.pruitt@peachtreeregional.example>'],
                      subject=f"Thursday's phone interview - {role}", date=d2, text=text, client='outlook')
    add(c, '02-hm-calling-from-cell.eml', b)
    label(c, [iv(co, role, start, end, 'scheduled', ['monique.settles@peachtreeregional.example'],
                 ['monique.settles@peachtreeregional.example'], 'phone_screen')],
          'medium', 'positive/workday-dedupe',
          'Workday no-reply confirmation names the hiring manager (no address); her own e-mail two days later '
          'gives her address and cell. One phone screen, 30 min per the Workday time range. Recruiter is only '
          'the reschedule contact, so follow-up goes to the interviewer.')


def case02():
    c = 'b164-02-google-voice-text-hm-phone-screen'
    co, role = 'Cumberland Health Partners', 'Revenue Cycle Analyst'
    d1 = at(PT, 2026, 9, 23, 13, 12, 44, wd='Wednesday')
    start = at(CT, 2026, 9, 24, 14, 0, wd='Thursday')   # "tomorrow" relative to Wed 23 Sep
    end = start + timedelta(minutes=30)
    t1 = (f"Hi Keshia, this is Brent Hollis, revenue cycle mgr at {co} in Nashville. Got your application for the "
          f"{role} job. Any chance you're free tomorrow afternoon for a 30 min phone screen? I'm open 1-4 central")
    add(c, '01-text-from-615-555-0187.eml', gv_text(seed=c + '01', number='(615) 555-0187', text=t1, date=d1))
    d2 = at(PT, 2026, 9, 23, 13, 31, 2, wd='Wednesday')
    t2 = ("Perfect, 2:00 central tomorrow works. I'll call you from this number (my cell). Sending you an email "
          "w/ the job description in a few")
    add(c, '02-text-from-615-555-0187.eml', gv_text(seed=c + '02', number='(615) 555-0187', text=t2, date=d2))
    d3 = at(CT, 2026, 9, 23, 15, 48, 3, wd='Wednesday')
    text = f"""Keshia,

As promised, here's the job description for the {role} role (pasted below so you don't have to open an attachment).

Confirming our phone screen tomorrow at 2:00 pm Central (3:00 pm your time). I'll call you at {OWNER_CELL} from my cell, 615-555-0187. It should take about 30 minutes.

Talk soon,
Brent

Brent Hollis
Revenue Cycle Manager | {co}
2100 West End Ave, Suite 400, Nashville, TN 37203
O: 615-555-0100 | C: 615-555-0187
brent.hollis@cumberlandhp.example

-----
{role} (Hybrid - Nashville or Remote, US)
- Build and maintain denial, A/R aging and payer-mix reporting
- Partner with coding and CDI on root-cause analysis of denials
- SQL and Excel required; Power BI a plus; CPC or CCS preferred
"""
    b, _ = human_mail(seed=c + '03', frm='Brent Hollis <brent.hollis@cumberlandhp.example>', to=[OWNER],
                      subject=f'Phone screen tomorrow - {role}', date=d3, text=text, client='outlook')
    add(c, '03-email-confirming-phone-screen.eml', b)
    label(c, [iv(co, role, start, end, 'scheduled', ['brent.hollis@cumberlandhp.example'],
                 ['brent.hollis@cumberlandhp.example'], 'phone_screen')],
          'hard', 'positive/google-voice-relay',
          'Hiring manager texts (Google Voice relays, sender is a txt.voice.google.com relay address, not a '
          'follow-up address) and then e-mails. "Tomorrow" is resolved against Wed 23 Sep -> Thu 24 Sep, '
          '2:00 pm Central (CDT). One interview across three items.')


def case03():
    c = 'b164-03-icims-panel-ics-central'
    co, role, req = 'Lone Star Orthopedic Partners', 'Clinical Data Analyst II', '2026-1187'
    start = at(CT, 2026, 9, 30, 13, 0, wd='Wednesday')
    end = start + timedelta(hours=1)
    sent = at(ET, 2026, 9, 24, 10, 5, 33, wd='Thursday')
    se, ee = start.astimezone(ET), end.astimezone(ET)
    plain = f"""Dear Keshia,

Thank you for your interest in {co}. This email confirms your panel interview for the {role} position (Req #{req}).

Date: {longdate(start)}
Time: {t12(start)} - {t12(end)} Central Time ({t12(se)} - {t12(ee)} Eastern)
Location: Microsoft Teams (the join link is in the attached calendar invitation)

You will meet with:
  - Gabriel Ochoa, Director of Clinical Analytics
  - Ren\u00e9e Castellanos, Senior Data Analyst

Please be prepared to walk the panel through a report or dashboard you have built. No slides are needed.

If you have any questions, simply reply to this email to reach Priscilla Vang, Talent Acquisition Partner.

Sincerely,

Talent Acquisition
{co}
Dallas, Texas
"""
    uid = f'icims-{digits(c+"uid",9)}-{H(c,8)}@icims.com'
    desc = (f'Panel interview - {role} (Req #{req})\nPanel: Gabriel Ochoa\\, Renee Castellanos\n\n'
            f'Join Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{H(c+"t",30)}%40thread.v2/0\n'
            'Questions: Priscilla Vang\\, pvang@lonestarortho.example').replace('\\,', ',')
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//iCIMS//iCIMS Talent Platform//EN', 'VERSION:2.0', 'METHOD:REQUEST']
    cal += vtz_olson('America/Chicago')
    cal += ['BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{ics_utc(sent)}',
            f'DTSTART;TZID=America/Chicago:{ics_local(start)}', f'DTEND;TZID=America/Chicago:{ics_local(end)}',
            f'SUMMARY:{ics_escape(f"Interview: {OWNER_NAME} - {role}")}',
            f'DESCRIPTION:{ics_escape(desc)}', 'LOCATION:Microsoft Teams Meeting',
            'ORGANIZER;CN=Priscilla Vang:mailto:pvang@lonestarortho.example',
            attendee(OWNER_NAME, OWNER),
            attendee('Gabriel Ochoa', 'gochoa@lonestarortho.example', partstat='ACCEPTED', rsvp=False),
            attendee('Ren\u00e9e Castellanos', 'rcastellanos@lonestarortho.example', partstat='ACCEPTED', rsvp=False),
            'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    hdrs = [('Received', received('mta-out7.icims.com', '203.0.113.77', sent)),
            ('Return-Path', '<bounces+lonestarortho@icims.com>'),
            ('Date', maildate(sent)),
            ('From', f'"{co}" <noreply@icims.com>'),
            ('Reply-To', 'Priscilla Vang <pvang@lonestarortho.example>'),
            ('To', addr(OWNER_NAME, OWNER)),
            ('Message-ID', f'<{digits(c+"a",9)}.{digits(c+"b",6)}.{digits(c+"c",13)}.JavaMail.icims@app42.icims.com>'),
            ('Subject', f'Interview Confirmation - {role} (Req #{req})')]
    add(c, '01-icims-interview-confirmation.eml',
        vendor_mail(seed=c, headers=hdrs, plain=plain, attach=[('text/calendar; method=REQUEST', 'Interview.ics', ics(cal))]))
    label(c, [iv(co, role, start, end, 'scheduled',
                 ['gochoa@lonestarortho.example', 'rcastellanos@lonestarortho.example'],
                 ['gochoa@lonestarortho.example', 'rcastellanos@lonestarortho.example'], 'onsite')],
          'medium', 'positive/icims-ics-panel',
          'iCIMS no-reply confirmation with Reply-To recruiter and an .ics attachment (TZID America/Chicago with '
          'VTIMEZONE). Two-person panel -> kind onsite; panelists\' addresses only in the ATTENDEE lines. Body gives '
          'both Central and Eastern times.')


def case04():
    c = 'b164-04-ukg-reschedule-by-hm-email'
    co, role = 'Southern Crescent Home Health', 'Reimbursement Analyst'
    orig = at(ET, 2026, 10, 6, 13, 0, wd='Tuesday')
    start = at(ET, 2026, 10, 8, 11, 0, wd='Thursday')
    end = start + timedelta(hours=1)
    zoom = f'https://us06web.zoom.us/j/{digits(c+"z",11)}?pwd={H(c+"pwd",32)}'
    hm = 'Harold Bickham <hbickham@southerncrescent.example>'

    def ukg(seed, subject, intro, s, e, date, extra):
        plain = f"""Hello Keshia,

{intro}

Interview Details
Position: {role}
Date: {longdate(s)}
Time: {t12(s)} - {t12(e)} (GMT-05:00) Eastern Time (US & Canada)
Interview Type: Video Interview (Zoom)
Interviewer(s): Harold Bickham, Director of Reimbursement
Meeting Link: {zoom}

{extra}Please confirm your attendance using the link below:
https://recruiting.ultipro.com/SOU1012SCHH/JobBoard/6f1c2a90-44d1-4c1e-9a0e-2f5b1d7c8e33/Interview/Confirm?token={H(seed,40)}

We look forward to speaking with you.

{co} Talent Acquisition

This is an automated message from UKG Pro Recruiting. Replies to this address are not monitored.
"""
        hdrs = [('Received', received('o1678.email.ultipro.com', '149.72.31.' + str(int(H(seed, 2), 16) % 250), date)),
                ('Return-Path', f'<bounces+{digits(seed,7)}-{H(seed,4)}={OWNER.replace("@", "=")}@email.ultipro.com>'),
                ('Date', maildate(date)),
                ('From', f'{co} <DoNotReply@ultipro.com>'),
                ('To', OWNER),
                ('Message-ID', f'<{H(seed+"mid",22)}@geopod-ismtpd-{digits(seed,1)}>'),
                ('Subject', subject)]
        return vendor_mail(seed=seed, headers=hdrs, plain=plain, style='sendgrid')

    d1 = at(UTC, 2026, 9, 30, 13, 41, 20, wd='Wednesday')
    add(c, '01-ukg-interview-invitation.eml',
        ukg(c + '01', f'Interview Invitation - {role}',
            f'{co} would like to invite you to interview for the {role} opportunity.',
            orig, orig + timedelta(hours=1), d1, ''))
    d2 = at(ET, 2026, 10, 5, 8, 12, 55, wd='Monday')
    t2 = f"""Good morning Keshia,

I apologize for the short notice. Our Medicare cost report review got moved up to tomorrow afternoon, so I need to move our interview. Would Thursday at 11:00 AM work instead? Same Zoom link.

If that works, I'll have our recruiter update it in the system so you get a new confirmation.

Harold Bickham
Director of Reimbursement | {co}
478-555-0172 | hbickham@southerncrescent.example
"""
    b2, m2 = human_mail(seed=c + '02', frm=hm, to=[addr(OWNER_NAME, OWNER)], subject=f'Tomorrow\'s interview - {role}',
                        date=d2, text=t2, client='outlook')
    add(c, '02-hm-asks-to-move.eml', b2)
    d_own = at(ET, 2026, 10, 5, 9, 20, 7, wd='Monday')
    own_id = gmail_id(c + 'owner')
    d3 = at(ET, 2026, 10, 5, 10, 3, 12, wd='Monday')
    t3 = f"""Thank you for being flexible, Keshia! Thursday at 11 it is. You'll get an updated confirmation from UKG shortly.

Harold

{ol_attr(d_own, f'{OWNER_NAME} <{OWNER}>', 'Harold Bickham <hbickham@southerncrescent.example>', f"Re: Tomorrow's interview - {role}")}

Good morning Mr. Bickham,

No problem at all. Thursday at 11:00 AM works for me. See you on Zoom.

Thank you,
Keshia Whitfield

{ol_attr(d2, 'Harold Bickham <hbickham@southerncrescent.example>', f'{OWNER_NAME} <{OWNER}>', f"Tomorrow's interview - {role}")}

{t2.split(chr(10)+chr(10)+'Harold Bickham')[0]}
"""
    b3, _ = human_mail(seed=c + '03', frm=hm, to=[addr(OWNER_NAME, OWNER)], subject=f"RE: Tomorrow's interview - {role}",
                       date=d3, text=t3, client='outlook', in_reply_to=own_id, references=[m2, own_id])
    add(c, '03-hm-confirms-thursday.eml', b3)
    d4 = at(UTC, 2026, 10, 5, 15, 2, 48, wd='Monday')
    add(c, '04-ukg-interview-rescheduled.eml',
        ukg(c + '04', f'Interview Rescheduled - {role}',
            f'Your interview for the {role} position with {co} has been rescheduled. Please see the updated details below.',
            start, end, d4, f'Previous time: {longdate(orig)} {t12(orig)}. This time is no longer held.\n\n'))
    label(c, [iv(co, role, start, end, 'scheduled', ['hbickham@southerncrescent.example'],
                 ['hbickham@southerncrescent.example'], 'hiring_manager')],
          'medium', 'positive/ukg-reschedule',
          'UKG invitation for Tue 6 Oct 1 PM, hiring manager moves it by e-mail ("Thursday at 11"), UKG sends the '
          'rescheduled notice. Final time Thu 8 Oct 11:00-12:00 EDT; the UKG "(GMT-05:00) Eastern Time" label is a '
          'display label, the real offset in October is -04:00.')


def case05():
    c = 'b164-05-indeed-relay-thread-phone-interview'
    co, role = 'Northside Pediatric Associates', 'Revenue Cycle Analyst (Billing & Reporting)'
    start = at(ET, 2026, 10, 2, 9, 30, wd='Friday')
    relay = f'reply-{H(c+"relay",20)}@indeedemail.com'
    frm = f'Carla Munroe from {co} <{relay}>'
    footer = f"""
Reply to this message by responding to this email or on Indeed:
https://www.indeed.com/conversations/{H(c+'conv',24)}

{role}
{co} - Atlanta, GA 30342
View job: https://www.indeed.com/viewjob?jk={H(c+'jk',16)}

Protect yourself from fraud: never provide your bank details or pay an employer in order to get a job.
This message was sent to you through Indeed by {co}. Indeed does not review employer messages.
\u00a9 2026 Indeed - 6433 Champion Grandview Way Building 1, Austin, TX 78750
"""
    d1 = at(UTC, 2026, 9, 28, 19, 33, 51, wd='Monday')
    t1 = f"""Carla Munroe
{co}

Hi Keshia,

Thanks for applying to our {role} position. Your background in pediatric coding caught my eye. Are you available for a phone interview this Friday morning? I have openings between 9:00 and 11:00.

Thank you,
Carla
{footer}"""
    m1 = f'<{H(c+"m1",24)}@indeedemail.com>'
    hdrs = [('Received', received('mail-out-12.indeedemail.com', '198.51.100.112', d1)),
            ('Return-Path', '<bounce@indeedemail.com>'), ('Date', maildate(d1)), ('From', frm), ('To', OWNER),
            ('Message-ID', m1), ('Subject', f'New message from {co}')]
    add(c, '01-indeed-message-from-employer.eml', vendor_mail(seed=c + '01', headers=hdrs, plain=t1, style='sendgrid'))
    d_own = at(ET, 2026, 9, 28, 20, 2, wd='Monday')
    d2 = at(UTC, 2026, 9, 29, 13, 15, 2, wd='Tuesday')
    t2 = f"""Carla Munroe
{co}

Hi Keshia,

Wonderful, Friday at {t12(start)} it is. I'll call you at the number on your resume. If the call goes well, the next step would be an in-person meeting with Dr. Raman and our billing lead.

If anything comes up before then, my direct email is cmunroe@northsidepeds.example.

Carla Munroe
Practice Administrator

--- Previous message ---
Keshia Whitfield, {d_own:%b} {d_own.day}, {t12(d_own)}:
Hi Carla, thank you for reaching out! Friday at 9:30 AM would work well for me. The best number to reach me is {OWNER_CELL}. Looking forward to speaking with you.
{footer}"""
    hdrs = [('Received', received('mail-out-07.indeedemail.com', '198.51.100.107', d2)),
            ('Return-Path', '<bounce@indeedemail.com>'), ('Date', maildate(d2)), ('From', frm), ('To', OWNER),
            ('Message-ID', f'<{H(c+"m2",24)}@indeedemail.com>'), ('In-Reply-To', m1), ('References', m1),
            ('Subject', f'New message from {co}')]
    add(c, '02-indeed-message-confirms-friday.eml', vendor_mail(seed=c + '02', headers=hdrs, plain=t2, style='sendgrid'))
    label(c, [iv(co, role, start, None, 'scheduled', ['cmunroe@northsidepeds.example'],
                 ['cmunroe@northsidepeds.example'], 'phone_screen')],
          'hard', 'positive/indeed-relay',
          '"This Friday" (sent Mon 28 Sep) and "Friday at 9:30" (Tue 29 Sep) -> Fri 2 Oct 9:30 EDT. No duration '
          'given -> end null. Sender is an indeedemail.com relay; the interviewer gives her direct address in the '
          'text, which is the follow-up recipient.')


def case06():
    c = 'b164-06-ziprecruiter-google-invite-arizona-fallback'
    co, role = 'Sonoran Care Analytics', 'Healthcare Data Analyst - Risk Adjustment'
    start = at(AZ, 2026, 11, 3, 10, 0, wd='Tuesday')
    end = start + timedelta(minutes=45)
    se = start.astimezone(ET)
    assert (se.hour, se.minute) == (12, 0) and se.utcoffset() == timedelta(hours=-5)
    wrong = (start + timedelta(days=-7)).astimezone(ET)     # same wall time one week earlier, before fall-back
    assert wrong.hour == 13
    d1 = at(UTC, 2026, 10, 28, 17, 48, 10, wd='Wednesday')
    t1 = f"""Hi Keshia,

Thanks for applying through ZipRecruiter! Rafael Dominguez, our Analytics Manager, would like to meet with you for a 45-minute video interview. I've booked you for Tuesday, November 3 at 10:00 AM Arizona time on Google Meet.

One heads-up since you're in Atlanta: Arizona doesn't observe daylight saving time, and your clocks fall back on Sunday, Nov. 1. So 10:00 AM here will be 12:00 PM Eastern for you (if it were this week, it would be 1:00 PM). You'll get a calendar invitation from me shortly.

Best,
Alyssa Tso
Talent Acquisition Specialist | {co}
Scottsdale, AZ

----------------------------------------
Reply directly to this email to respond to Alyssa Tso.
{role} | {co} | Scottsdale, AZ
https://www.ziprecruiter.com/candidate/messages/{H(c+'zr',20)}

You're receiving this message because you applied to a job on ZipRecruiter.
ZipRecruiter, Inc. | 604 Arizona Ave, Santa Monica, CA 90401
"""
    hdrs = [('Received', received('o12.email.ziprecruiter.com', '167.89.20.12', d1)),
            ('Return-Path', '<bounces@email.ziprecruiter.com>'), ('Date', maildate(d1)),
            ('From', f'"Alyssa Tso via ZipRecruiter" <reply+{H(c+"r",18)}@messages.ziprecruiter.com>'),
            ('To', OWNER), ('Message-ID', f'<{H(c+"m1",28)}@ziprecruiter.com>'),
            ('Subject', f'{co} sent you a message about {role}')]
    add(c, '01-ziprecruiter-message.eml', vendor_mail(seed=c + '01', headers=hdrs, plain=t1, style='sendgrid'))
    d2 = at(UTC, 2026, 10, 28, 17, 55, 31, wd='Wednesday')
    add(c, '02-invitation-video-interview.eml', google_invite(
        seed=c + '02', uid=f'{H(c+"uid",26)}@google.com', method='REQUEST',
        title=f'{co} - Video Interview: {OWNER_NAME} ({role})', start=start, end=end,
        org=('Alyssa Tso', 'atso@sonorancare.example'),
        guests=[('Alyssa Tso', 'atso@sonorancare.example', 'ACCEPTED', False),
                ('Rafael Dominguez', 'rdominguez@sonorancare.example', 'ACCEPTED', False),
                (None, OWNER, 'NEEDS-ACTION', False)],
        description=('Rafael Dominguez (Analytics Manager) will lead this conversation. Be ready to talk through a '
                     'risk adjustment / HCC data project you have worked on.\n\nAlyssa Tso | Talent Acquisition'),
        date=d2))
    label(c, [iv(co, role, start, end, 'scheduled', ['rdominguez@sonorancare.example'],
                 ['rdominguez@sonorancare.example'], 'hiring_manager')],
          'hard', 'positive/ziprecruiter-dst-fallback',
          'ZipRecruiter relay message + Google invite for the same interview (ONE). Arizona (MST, no DST) vs Atlanta '
          'across the 1 Nov fall-back: 10:00 MST = 12:00 EST = 17:00Z; the invite is rendered in the owner\'s time '
          'zone (12pm EST). Recruiter only schedules; the manager is the interviewer.')


def case07():
    c = 'b164-07-outlook-teams-central-cancelled'
    co, role = 'Ozark Valley Health System', 'HIM Data Integrity Analyst'
    start = at(CT, 2026, 10, 21, 10, 0, wd='Wednesday')
    end = start + timedelta(minutes=45)
    org = ('Tonya Reese', 'treese@ozarkvalley.example')
    att = [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT'), ('Scott Lindqvist', 'slindqvist@ozarkvalley.example', 'REQ-PARTICIPANT')]
    uid = '040000008200E00074C5B7101A82E00800000000' + H(c + 'uid', 48).upper()
    subj = f'Interview: {OWNER_NAME} - {role}'
    body1 = f"""Hi Keshia,

You're confirmed for a 45-minute Teams interview with Scott Lindqvist, Manager of HIM Analytics, for the {role} position. Scott will focus on your coding audit experience and how you approach data quality problems in the EHR.

Please let me know if you have any trouble joining.

Tonya Reese
Talent Acquisition Coordinator | {co}
Springfield, MO | 417-555-0129
"""
    d1 = at(UTC, 2026, 10, 12, 15, 20, 44, wd='Monday')
    add(c, '01-teams-interview-invite.eml', outlook_invite(
        seed=c + '01', method='REQUEST', subject=subj, start=start, end=end, wintz='Central Standard Time', org=org,
        attendees=att, location='Microsoft Teams Meeting', body=body1, uid=uid, seq=0, date=d1))
    body2 = f"""Hi Keshia,

I'm sorry to share that the {role} requisition has been placed on hold as part of our FY27 budget review, so we need to cancel Wednesday's interview with Scott. If the position reopens, I will reach out to you directly.

Thank you for your patience and understanding.

Tonya
"""
    d2 = at(UTC, 2026, 10, 16, 19, 2, 11, wd='Friday')
    add(c, '02-canceled-teams-interview.eml', outlook_invite(
        seed=c + '02', method='CANCEL', subject=subj, start=start, end=end, wintz='Central Standard Time', org=org,
        attendees=att, location='Microsoft Teams Meeting', body=body2, uid=uid, seq=1, date=d2))
    label(c, [iv(co, role, start, end, 'cancelled', ['slindqvist@ozarkvalley.example'],
                 ['slindqvist@ozarkvalley.example'], 'hiring_manager')],
          'medium', 'positive/outlook-cancel',
          'Exchange invite (Windows TZID "Central Standard Time", "(UTC-06:00)" label while CDT is -05:00) followed '
          'by METHOD:CANCEL, SEQUENCE 1 (requisition on hold). Kept as cancelled at 10:00 CDT. Coordinator only '
          'schedules.')


def case08():
    c = 'b164-08-recruiter-screen-then-sql-interview'
    co, role = 'Blue Ridge Population Health', 'Population Health Data Analyst'
    s1 = at(ET, 2026, 10, 7, 15, 30, wd='Wednesday')
    e1 = s1 + timedelta(minutes=30)
    s2 = at(ET, 2026, 10, 14, 14, 0, wd='Wednesday')
    e2 = s2 + timedelta(hours=1)
    jas = 'Jasmine Corbett <jcorbett@blueridgeph.example>'
    sig = f'Jasmine Corbett\nSenior Recruiter | {co}\nAsheville, NC | 828-555-0148'
    d1 = at(ET, 2026, 10, 5, 10, 14, 22, wd='Monday')
    t1 = f"""Hi Keshia,

I'm a recruiter with {co}, and thank you for applying to our {role} role (remote, Eastern time zone). I'd love to set up a 30-minute phone screen to learn more about your background and share more about the team.

Would Wednesday at 3:30 PM ET work for you? If not, send me a couple of windows that do.

Best,
{sig}
"""
    b1, m1 = human_mail(seed=c + '01', frm=jas, to=[OWNER], subject=f'{co} - {role}', date=d1, text=t1)
    add(c, '01-recruiter-proposes-screen.eml', b1)
    d_own = at(ET, 2026, 10, 5, 12, 31, 0, wd='Monday')
    own_id = gmail_id(c + 'own')
    own_text = 'Hi Jasmine,\n\nThank you for reaching out! Wednesday at 3:30 works great. My cell is ' + OWNER_CELL + '.\n\nBest,\nKeshia'
    d2 = at(ET, 2026, 10, 6, 8, 47, 5, wd='Tuesday')
    t2 = f"""Perfect! You're on my calendar for tomorrow, Wednesday 10/7, at 3:30 PM ET. I'll give you a call at {OWNER_CELL}.

Talk soon,
Jasmine

{gm_attr(d_own, OWNER_NAME, OWNER)}

{quote(own_text)}
>
> {gm_attr(d1, 'Jasmine Corbett', 'jcorbett@blueridgeph.example')}
>
{chr(10).join('>> ' + l if l else '>>' for l in t1.strip().split(chr(10)))}
"""
    b2, m2 = human_mail(seed=c + '02', frm=jas, to=[addr(OWNER_NAME, OWNER)], subject=f'Re: {co} - {role}', date=d2,
                        text=t2, in_reply_to=own_id, references=[m1, own_id])
    add(c, '02-recruiter-confirms-screen.eml', b2)
    d3 = at(ET, 2026, 10, 8, 16, 20, 19, wd='Thursday')
    t3 = f"""Hi Keshia,

Thanks again for the great conversation yesterday! I shared my notes with Dr. Nadia Ferreira, our Director of Population Health Analytics, and she'd like to move you forward.

The next step is a 60-minute interview with Nadia. The first half is a conversation about your background; the second half is a live SQL exercise on a sample claims table (shared screen; basic joins and aggregates, nothing to prepare in advance).

Nadia will send you a calendar invite directly for next Wednesday, October 14, at 2:00 PM ET.

Best,
{sig}
"""
    b3, _ = human_mail(seed=c + '03', frm=jas, to=[addr(OWNER_NAME, OWNER)], subject=f'Next step: interview with Dr. Ferreira ({role})',
                       date=d3, text=t3)
    add(c, '03-recruiter-next-step.eml', b3)
    d4 = at(UTC, 2026, 10, 9, 13, 2, 40, wd='Friday')
    add(c, '04-invitation-interview-dr-ferreira.eml', google_invite(
        seed=c + '04', uid=f'{H(c+"uid",26)}@google.com', method='REQUEST',
        title=f'Interview: {OWNER_NAME} - {role}', start=s2, end=e2,
        org=('Nadia Ferreira', 'nferreira@blueridgeph.example'),
        guests=[('Nadia Ferreira', 'nferreira@blueridgeph.example', 'ACCEPTED', False),
                (None, OWNER, 'NEEDS-ACTION', False),
                ('Jasmine Corbett', 'jcorbett@blueridgeph.example', 'ACCEPTED', True)],
        description=('Hi Keshia - looking forward to meeting you. We\'ll talk for about 30 minutes, then do a short '
                     'SQL exercise together on a sample claims table (I\'ll share the screen).\n\nNadia'),
        date=d4))
    label(c, [iv(co, role, s1, e1, 'scheduled', ['jcorbett@blueridgeph.example'], ['jcorbett@blueridgeph.example'],
                 'phone_screen'),
              iv(co, role, s2, e2, 'scheduled', ['nferreira@blueridgeph.example'], ['nferreira@blueridgeph.example'],
                 'technical')],
          'hard', 'positive/two-interviews',
          'Two interviews at one company: recruiter phone screen (recruiter conducts it; "tomorrow, Wednesday 10/7" '
          'confirmed in a Gmail thread) and a director interview + live SQL (Google invite). The recruiter is only an '
          'optional guest on the second invite, so she is not an interviewer there.')


def case09():
    c = 'b164-09-onsite-loop-two-outlook-holds'
    co, role = 'Fulton Memorial Health System', 'Senior Revenue Cycle Data Analyst'
    day = at(ET, 2026, 10, 20, wd='Tuesday')
    t = lambda h, m: day.replace(hour=h, minute=m)
    sched = [(t(9, 0), t(9, 45), 'Kevin Adeyemi, Director, Revenue Cycle Analytics'),
             (t(9, 45), t(10, 30), 'Sandra Liu, Manager, HIM Coding & Documentation Integrity'),
             (t(10, 30), t(11, 15), 'Panel: Marcus Greer (Data Engineer) and Ana Whitlock (BI Developer)'),
             (t(11, 15), t(12, 15), 'Lunch with the Revenue Cycle Analytics team (informal)'),
             (t(12, 15), t(13, 0), 'Denise Okoro, VP, Revenue Cycle')]
    rows = '\n'.join(f'{t12(a)} - {t12(b)}   {who}' for a, b, who in sched)
    ppl = {'kevin': ('Kevin Adeyemi', 'kadeyemi@fultonmemorial.example'),
           'sandra': ('Sandra Liu', 'sliu@fultonmemorial.example'),
           'marcus': ('Marcus Greer', 'mgreer@fultonmemorial.example'),
           'ana': ('Ana Whitlock', 'awhitlock@fultonmemorial.example'),
           'denise': ('Denise Okoro', 'dokoro@fultonmemorial.example')}
    lat = ('Latrice Humphrey', 'lhumphrey@fultonmemorial.example')
    d1 = at(ET, 2026, 10, 15, 11, 37, 2, wd='Thursday')
    t1 = f"""Hi Keshia,

We're excited to host you on campus next Tuesday! Below is your itinerary for the {role} interviews. Please check in at the Administrative Services Building front desk (1150 Ponce de Leon Ave NE, 4th floor) by 8:45 AM; parking validation is available in Deck B.

{longdate(day)}
{rows}

I'll meet you in the lobby and walk you between rooms. You'll also receive two calendar holds from me, one for the morning sessions and one for the afternoon, so the time is blocked on your calendar.

Please bring a photo ID. Business casual is perfect.

Best,
Latrice

Latrice Humphrey
Talent Acquisition Coordinator
{co}
404-555-0177 | lhumphrey@fultonmemorial.example
"""
    b1, _ = human_mail(seed=c + '01', frm=addr(*lat), to=[addr(OWNER_NAME, OWNER)],
                       subject=f'Onsite Interview Itinerary - {day:%A}, {day:%B} {day.day} - {role}',
                       date=d1, text=t1, client='outlook')
    add(c, '01-onsite-itinerary.eml', b1)
    loc = 'Administrative Services Bldg, 4th Floor - Conference Room 4B'
    morning = [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT')] + [(*ppl[k], 'REQ-PARTICIPANT') for k in ('kevin', 'sandra', 'marcus', 'ana')]
    add(c, '02-hold-onsite-part-1.eml', outlook_invite(
        seed=c + '02', method='REQUEST', subject=f'Onsite Interview (Part 1 of 2): {OWNER_NAME} - {role}',
        start=t(9, 0), end=t(11, 15), wintz='Eastern Standard Time', org=lat, attendees=morning, location=loc,
        body=('Morning sessions: Kevin Adeyemi 9:00, Sandra Liu 9:45, Marcus Greer & Ana Whitlock 10:30. '
              'Lunch with the team follows at 11:15.\n\nLatrice'),
        uid='040000008200E00074C5B7101A82E00800000000' + H(c + 'u1', 48).upper(), seq=0,
        date=at(UTC, 2026, 10, 15, 15, 41, 30), teams=False))
    afternoon = [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT'), (*ppl['denise'], 'REQ-PARTICIPANT')]
    add(c, '03-hold-onsite-part-2.eml', outlook_invite(
        seed=c + '03', method='REQUEST', subject=f'Onsite Interview (Part 2 of 2): {OWNER_NAME} - {role}',
        start=t(12, 15), end=t(13, 0), wintz='Eastern Standard Time', org=lat, attendees=afternoon,
        location='Administrative Services Bldg, 5th Floor - Executive Suite 510',
        body='Final session with Denise Okoro, VP, Revenue Cycle.\n\nLatrice',
        uid='040000008200E00074C5B7101A82E00800000000' + H(c + 'u2', 48).upper(), seq=0,
        date=at(UTC, 2026, 10, 15, 15, 43, 5), teams=False))
    emails = [ppl[k][1] for k in ('kevin', 'sandra', 'marcus', 'ana', 'denise')]
    label(c, [iv(co, role, t(9, 0), t(13, 0), 'scheduled', emails, emails, 'onsite')],
          'hard', 'positive/onsite-loop',
          'In-person loop on Tue 20 Oct: itinerary e-mail + two Outlook holds (morning, afternoon) with a lunch break. '
          'ONE onsite from 9:00 to 13:00 EDT with all five interviewers; the coordinator only schedules.')


def case10():
    c = 'b164-10-recruiter-thread-monday-after-fallback'
    co, role = 'Heartland Claims Solutions', 'Denials Data Analyst'
    start = at(CT, 2026, 11, 2, 9, 0, wd='Monday')
    end = start + timedelta(minutes=30)
    assert start.utcoffset() == timedelta(hours=-6) and start.astimezone(ET).hour == 10
    tre = 'Trevor Nakamura <tnakamura@heartlandclaims.example>'
    sig = f'Trevor Nakamura\nTechnical Recruiter | {co}\nOverland Park, KS | 913-555-0156'
    d1 = at(CT, 2026, 10, 29, 11, 20, 37, wd='Thursday')
    t1 = f"""Hi Keshia,

I'm the recruiter supporting our {role} opening, and your mix of coding and denial-reporting experience is exactly what the team asked for. I'd like to schedule a 30-minute phone screen.

I'm pretty booked the rest of this week, but Monday morning is wide open, anytime 8:00-11:00 AM Central. Let me know what works for you.

Thanks,
{sig}
"""
    b1, m1 = human_mail(seed=c + '01', frm=tre, to=[OWNER], subject=f'{role} - {co}', date=d1, text=t1)
    add(c, '01-recruiter-reaches-out.eml', b1)
    d_own = at(ET, 2026, 10, 29, 15, 10, 0, wd='Thursday')
    own_id = gmail_id(c + 'own')
    own_text = f'Hi Trevor,\n\nThanks so much for reaching out. Monday at 9:00 AM Central works for me. My cell is {OWNER_CELL}.\n\nBest regards,\nKeshia Whitfield'
    d2 = at(CT, 2026, 10, 30, 9, 5, 12, wd='Friday')
    t2 = f"""Locked in: Monday at 9:00 AM Central. Quick reminder that clocks fall back this weekend for both of us, so that's still 10:00 AM your time in Atlanta (the one-hour difference doesn't change). I'll call your cell.

Have a great weekend!
Trevor

{gm_attr(d_own, OWNER_NAME, OWNER)}

{quote(own_text)}
"""
    b2, _ = human_mail(seed=c + '02', frm=tre, to=[addr(OWNER_NAME, OWNER)], subject=f'Re: {role} - {co}', date=d2,
                       text=t2, in_reply_to=own_id, references=[m1, own_id])
    add(c, '02-recruiter-locks-in-monday.eml', b2)
    label(c, [iv(co, role, start, end, 'scheduled', ['tnakamura@heartlandclaims.example'],
                 ['tnakamura@heartlandclaims.example'], 'phone_screen')],
          'medium', 'positive/thread-relative-dst',
          '"Monday" resolved against Fri 30 Oct (Date -0500 CDT) -> Mon 2 Nov, after the 1 Nov fall-back: '
          '9:00 CST = -06:00 (not -05:00 as in the message Date). Recruiter conducts the screen.')


def case11():
    c = 'b164-11-standalone-ics-floating-arizona'
    co, role = 'Desert Sky Medical Billing', 'Revenue Cycle Reporting Analyst'
    start = at(AZ, 2026, 10, 22, 9, 0, wd='Thursday')
    end = start + timedelta(minutes=30)
    se = start.astimezone(ET)
    assert (se.hour, se.minute) == (12, 0)
    desc = (f'Keshia - Wade Tillman (Billing Operations Manager) will call you from his cell, (480) 555-0163, for a '
            f'30-minute phone interview for the {role} position. All times on this invite are Arizona time (MST; '
            'Arizona does not observe daylight saving time). For you in Atlanta that is 12:00 PM Eastern.\n\n'
            'Questions? Yvette Ramos, HR Generalist, yramos@desertskybilling.example, 480-555-0140')
    cal = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Desert Sky Medical Billing//HR Scheduler 3.2//EN',
           'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT', f'UID:{U(c)}@desertskybilling.example',
           'DTSTAMP:20261016T214405Z', f'DTSTART:{ics_local(start)}', f'DTEND:{ics_local(end)}',
           f'SUMMARY:{ics_escape(f"Phone Interview - {role} - {co}")}', f'DESCRIPTION:{ics_escape(desc)}',
           'LOCATION:Phone - Wade will call you', 'ORGANIZER;CN=Yvette Ramos:mailto:yramos@desertskybilling.example',
           attendee('Wade Tillman', 'wtillman@desertskybilling.example', partstat='ACCEPTED', rsvp=False),
           attendee(OWNER_NAME, OWNER), 'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE',
           'END:VEVENT', 'END:VCALENDAR']
    add(c, '01-phone-interview-desert-sky.ics', ics(cal))
    label(c, [iv(co, role, start, end, 'scheduled', ['wtillman@desertskybilling.example'],
                 ['wtillman@desertskybilling.example'], 'phone_screen')],
          'hard', 'positive/standalone-ics-floating',
          'Standalone .ics with floating DTSTART 09:00 (no TZID, no Z); the description says Arizona time (MST, '
          'UTC-7) = 12:00 EDT. Hiring manager calls from his cell; HR generalist is only the organizer.')


def case12():
    c = 'b164-12-gcal-json-sql-interview-moved'
    co, role = 'Magnolia Health Informatics', 'Clinical Data Analyst'
    old = at(CT, 2026, 11, 4, 13, 0, wd='Wednesday')
    start = at(CT, 2026, 11, 5, 13, 0, wd='Thursday')
    end = start + timedelta(hours=1)
    eid = H(c + 'id', 26)
    code = 'wqk-ptrv-hzd'

    def ev(s, e, seq, updated, desc):
        return {
            'kind': 'calendar#event', 'etag': f'"{digits(c+updated,16)}"', 'id': eid, 'status': 'confirmed',
            'htmlLink': 'https://www.google.com/calendar/event?eid=' +
                        base64.urlsafe_b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
            'created': '2026-10-27T19:12:04.000Z', 'updated': updated,
            'summary': f'{co} | Technical Interview (SQL) - {OWNER_NAME}',
            'description': desc,
            'creator': {'email': 'kpham@magnoliahi.example', 'displayName': 'Kelsey Pham'},
            'organizer': {'email': 'kpham@magnoliahi.example', 'displayName': 'Kelsey Pham'},
            'start': {'dateTime': s.isoformat(), 'timeZone': 'America/Chicago'},
            'end': {'dateTime': e.isoformat(), 'timeZone': 'America/Chicago'},
            'iCalUID': f'{eid}@google.com', 'sequence': seq,
            'attendees': [
                {'email': 'kpham@magnoliahi.example', 'displayName': 'Kelsey Pham', 'organizer': True,
                 'responseStatus': 'accepted'},
                {'email': 'ibarrera@magnoliahi.example', 'displayName': 'Ignacio Barrera', 'responseStatus': 'accepted'},
                {'email': OWNER, 'self': True, 'responseStatus': 'accepted' if seq == 0 else 'needsAction'}],
            'hangoutLink': f'https://meet.google.com/{code}',
            'conferenceData': {
                'entryPoints': [{'entryPointType': 'video', 'uri': f'https://meet.google.com/{code}',
                                 'label': f'meet.google.com/{code}'},
                                {'entryPointType': 'phone', 'uri': 'tel:+1-601-555-0188', 'label': '+1 601-555-0188',
                                 'pin': '480215733', 'regionCode': 'US'}],
                'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
                'conferenceId': code},
            'reminders': {'useDefault': True}, 'eventType': 'default'}

    base = (f'Role: {role}\n60-minute live SQL session with Ignacio Barrera (Lead Data Engineer). You will share your '
            'screen and query a de-identified claims/encounters sample in our sandbox. Kelsey Pham (Recruiting) set '
            'this up and will not be on the call.')
    add(c, '01-sql-interview.gcal.json',
        json.dumps(ev(old, old + timedelta(hours=1), 0, '2026-10-27T19:12:04.511Z', base), indent=2) + '\n')
    add(c, '02-sql-interview-updated.gcal.json',
        json.dumps(ev(start, end, 1, '2026-10-30T15:40:22.090Z',
                      base + '\n\nUpdate: moved from Wednesday to Thursday, same time, at Ignacio\'s request.'),
                   indent=2) + '\n')
    label(c, [iv(co, role, start, end, 'scheduled', ['ibarrera@magnoliahi.example'], ['ibarrera@magnoliahi.example'],
                 'technical')],
          'medium', 'positive/gcal-json-reschedule',
          'Two snapshots of the same Calendar API event (same id, sequence 0 -> 1): Wed 4 Nov -> Thu 5 Nov 1 PM '
          'America/Chicago (CST, -06:00 after fall-back). ONE interview at the final time.')


def case13():
    c = 'b164-13-cancelled-then-rebooked-new-event'
    co, role = 'Savannah Coastal Health', 'Coding Analytics Specialist'
    s1 = at(ET, 2026, 10, 23, 11, 0, wd='Friday')
    s2 = at(ET, 2026, 11, 6, 11, 0, wd='Friday')
    dur = timedelta(minutes=45)
    assert s1.utcoffset() != s2.utcoffset()
    org = ('Charmaine Whitaker', 'cwhitaker@savannahcoastal.example')
    guests = [('Charmaine Whitaker', org[1], 'ACCEPTED', False), (None, OWNER, 'NEEDS-ACTION', False)]
    title = f'{co} - Interview ({role})'
    desc1 = (f'Hi Keshia, this is our hiring manager interview for the {role} role. I\'ll walk you through our coding '
             'audit dashboards and we\'ll talk about your experience.\n\nCharmaine Whitaker, RHIA\nDirector of HIM')
    uid1 = f'{H(c+"u1",26)}@google.com'
    add(c, '01-invitation-interview.eml', google_invite(
        seed=c + '01', uid=uid1, method='REQUEST', title=title, start=s1, end=s1 + dur, org=org, guests=guests,
        description=desc1, date=at(UTC, 2026, 10, 19, 14, 10, 5, wd='Monday')))
    add(c, '02-canceled-event-with-note.eml', google_invite(
        seed=c + '02', uid=uid1, method='CANCEL', title=title, start=s1, end=s1 + dur, org=org, guests=guests,
        description=desc1, seq=1, date=at(UTC, 2026, 10, 22, 21, 33, 50, wd='Thursday'),
        note=("Keshia, I'm so sorry - I've come down with something and I'm out the rest of this week. I'll send a "
              "new invite for after I'm back. Charmaine")))
    add(c, '03-invitation-new-interview.eml', google_invite(
        seed=c + '03', uid=f'{H(c+"u2",26)}@google.com', method='REQUEST', title=title, start=s2, end=s2 + dur,
        org=org, guests=guests,
        description=('Thank you for your patience, Keshia! Here is a new time for our conversation - same format, '
                     '45 minutes.\n\nCharmaine'),
        date=at(UTC, 2026, 10, 27, 13, 48, 12, wd='Tuesday')))
    label(c, [iv(co, role, s1, s1 + dur, 'cancelled', [org[1]], [org[1]], 'hiring_manager'),
              iv(co, role, s2, s2 + dur, 'scheduled', [org[1]], [org[1]], 'hiring_manager')],
          'hard', 'positive/cancel-then-rebook',
          'Google invite, then "Canceled event with note" (METHOD:CANCEL, same UID), then a NEW event (new UID) two '
          'weeks later -> two entries: cancelled Fri 23 Oct 11:00 EDT and scheduled Fri 6 Nov 11:00 EST (offset '
          'changes across the fall-back).')


# ============================================================================ NEGATIVE CASES
def case14():
    c = 'b164-14-patient-portal-appointment-reminder'
    appt = at(ET, 2026, 10, 13, 14, 40, wd='Tuesday')
    end = appt + timedelta(minutes=40)
    sent = at(ET, 2026, 10, 9, 7, 0, 12, wd='Friday')
    plain = f"""Hello Keshia,

This is a reminder of your upcoming appointment.

{longdate(appt)}
Arrive by {t12(appt - timedelta(minutes=15))}  |  Appointment at {t12(appt)} (40 minutes)
ANNUAL EXAM with Helena Abernathy, MD
Peachtree Women's Health - Sandy Springs
5670 Peachtree Dunwoody Rd NE, Suite 300, Atlanta, GA 30342
(404) 555-0190

Before your visit:
  - Complete eCheck-In in MyChart to update your insurance, medications and allergies.
  - A nurse will call you 1-2 days before your visit for a short pre-visit phone interview about your health history. The call may come from a blocked number.
  - Bring your insurance card and a photo ID.

Confirm or cancel: https://mychart.ptwomenshealth.example/MyChart/Visits/Confirm?csn={digits(c,10)}
To reschedule, please call us at least 24 hours before your appointment.

We've attached a calendar file so you can add this visit to your calendar.

This message was sent from an unmonitored address. Please do not reply. If you have a medical emergency, call 911.
"""
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//Epic Systems Corporation//MyChart//EN', 'VERSION:2.0', 'METHOD:PUBLISH']
    cal += vtz_olson('America/New_York')
    cal += ['BEGIN:VEVENT', f'UID:{digits(c+"csn",10)}@mychart.ptwomenshealth.example', f'DTSTAMP:{ics_utc(sent)}',
            f'DTSTART;TZID=America/New_York:{ics_local(appt)}', f'DTEND;TZID=America/New_York:{ics_local(end)}',
            'SUMMARY:Appointment with Helena Abernathy\\, MD (Annual Exam)',
            'LOCATION:Peachtree Women\'s Health - Sandy Springs\\, 5670 Peachtree Dunwoody Rd NE\\, Suite 300\\, Atlanta\\, GA 30342',
            'DESCRIPTION:Arrive 15 minutes early. Complete eCheck-In in MyChart. A nurse will call for a pre-visit phone interview 1-2 days before.',
            'ORGANIZER;CN=Peachtree Women\'s Health:mailto:mychart-noreply@ptwomenshealth.example',
            attendee(OWNER_NAME, OWNER, rsvp=False), 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    hdrs = [('Received', received('smtp2.ptwomenshealth.example', '192.0.2.44', sent)),
            ('Return-Path', '<mychart-noreply@ptwomenshealth.example>'),
            ('Date', maildate(sent)),
            ('From', 'Peachtree Women\'s Health MyChart <mychart-noreply@ptwomenshealth.example>'),
            ('To', addr(OWNER_NAME, OWNER)),
            ('Message-ID', f'<{U(c)}@mychart.ptwomenshealth.example>'),
            ('Subject', f'Appointment Reminder: {appt:%A}, {appt:%B} {appt.day} at {t12(appt)}')]
    add(c, '01-mychart-appointment-reminder.eml',
        vendor_mail(seed=c, headers=hdrs, plain=plain, attach=[('text/calendar', 'appointment.ics', ics(cal))]))
    label(c, [], 'medium', 'negative/patient-portal',
          'Patient-portal reminder for the owner\'s own doctor visit, with an .ics and a "pre-visit phone interview" '
          'by a nurse. Not a hiring process.')


def case15():
    c = 'b164-15-benefits-open-enrollment-webinar'
    start = at(ET, 2026, 10, 29, 12, 0, wd='Thursday')
    sent = at(UTC, 2026, 10, 20, 16, 4, 51, wd='Tuesday')
    title = "2027 Benefits Open Enrollment: What's Changing"
    wid = f'{digits(c+"w1",3)} {digits(c+"w2",4)} {digits(c+"w3",4)}'
    plain = f"""Hi Keshia Whitfield,

Thank you for registering for "{title}".

Please submit any questions to: benefits@cvmg.example

Date Time: {start:%b} {start.day}, {start.year} {t12(start)} Eastern Time (US and Canada)

Join from PC, Mac, iPad, or Android:
https://cvmg.zoom.us/w/{digits(c+"w",11)}?tk={H(c+"tk",43)}
Passcode: {digits(c+"pc",6)}

Add to Calendar (.ics): https://cvmg.zoom.us/webinar/tZ{H(c+"cal",20)}/ics?icsToken={H(c+"it",32)}
Add to Google Calendar | Add to Yahoo Calendar

Description: Chattahoochee Valley Medical Group's annual open enrollment runs November 2-20. Join our HR Benefits team and our benefits broker for a walkthrough of 2027 medical, dental, vision, HSA/FSA and 401(k) changes, followed by live Q&A with the panelists. Team members hired after September 1 are strongly encouraged to attend.

Panelists: Regina Foust (HR Benefits Manager); Curtis Lyle (Benefits Broker, Southeastern Benefit Advisors)

Or One tap mobile:
    +13092053325,,{wid.replace(' ', '')}#,,,,*{digits(c+"pc",6)}# US
Or Telephone:
    +1 309 205 3325 US
Webinar ID: {wid}

You can cancel your registration at any time.
"""
    hdrs = [('Received', received('zoom-mail-out-14.zoom.us', '170.114.10.14', sent)),
            ('Return-Path', '<bounce-registration@zoom.us>'),
            ('Date', maildate(sent)),
            ('From', 'Chattahoochee Valley Medical Group HR <no-reply@zoom.us>'),
            ('Reply-To', 'benefits@cvmg.example'),
            ('To', addr(OWNER_NAME, OWNER)),
            ('Message-ID', f'<{H(c+"m",24)}@zoom.us>'),
            ('Subject', f'{title} Confirmation')]
    add(c, '01-zoom-webinar-registration.eml', vendor_mail(seed=c, headers=hdrs, plain=plain, style='sendgrid'))
    label(c, [], 'easy', 'negative/benefits-webinar',
          'Zoom webinar registration for the current employer\'s open-enrollment session (panelists, Q&A, new hires). '
          'Not an interview.')


def case16():
    c = 'b164-16-ceu-course-exam-interview'
    start = at(ET, 2026, 11, 7, 10, 0, wd='Saturday')
    end = start + timedelta(minutes=20)
    org = ('Loretta Vance', 'lvance@codingcredentialacademy.example')
    add(c, '01-invitation-exam-interview.eml', google_invite(
        seed=c, uid=f'{H(c+"uid",26)}@google.com', method='REQUEST',
        title=f'Exam Interview - {OWNER_NAME} (Risk Adjustment Coding CEU, Module 4 Final)', start=start, end=end,
        org=org, guests=[(org[0], org[1], 'ACCEPTED', False), (None, OWNER, 'NEEDS-ACTION', False)],
        description=('Hi Keshia - as part of the Module 4 final for the Risk Adjustment Coding continuing-education '
                     'course, every student completes a 20-minute oral exam interview with an instructor. I will '
                     'share two de-identified charts and ask you to walk me through HCC capture and MEAT '
                     'documentation support. The exam interview is 40% of the module grade; passing the module earns '
                     '8 CEUs.\n\nPlease have a photo ID ready for proctoring and keep your camera on.\n\n'
                     'Loretta Vance, CPC, CRC\nLead Instructor, Coding Credential Academy'),
        date=at(UTC, 2026, 10, 26, 22, 15, 40, wd='Monday')))
    label(c, [], 'hard', 'negative/ce-exam-interview',
          'Continuing-education course: an oral "exam interview" with an instructor sent as a Google invite. '
          'Assessment for CEUs, not a job interview.')


def case17():
    c = 'b164-17-jury-duty-orientation'
    start = at(ET, 2026, 11, 9, 8, 0, wd='Monday')
    end = start + timedelta(minutes=45)
    sent = at(ET, 2026, 10, 19, 6, 30, 0, wd='Monday')
    jp = digits(c + 'jp', 8)
    plain = f"""JUROR SERVICE CONFIRMATION

Juror Participant Number: {jp}
Name: KESHIA WHITFIELD

You have confirmed your jury service for the Superior Court of Fulton County.

Report for Juror Orientation:
{longdate(start)} at {t12(start)}
Fulton County Justice Center Tower, Jury Assembly Room (1st Floor)
185 Central Ave SW, Atlanta, GA 30303

Orientation lasts about 45 minutes and includes a short video on your role as a juror. After orientation you may be sent to a courtroom, where the judge and attorneys will question (interview) prospective jurors during jury selection (voir dire). Please plan to be available for the full day.

Your call-in status may change. Check the eJuror portal after 5:30 PM the business day before your reporting date:
https://ejuror.fultoncourt.example/status?jp={jp}

What to bring: this confirmation, a photo ID, and something to read. Weapons are not permitted in the courthouse.
Need a letter for your employer? Download one from the eJuror portal under "Documents".

A calendar file for your reporting date is attached.

Fulton County Jury Services
404-555-0111 | Please do not reply to this automated message.
"""
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//eJuror//Juror Management//EN', 'VERSION:2.0', 'METHOD:PUBLISH']
    cal += vtz_olson('America/New_York')
    cal += ['BEGIN:VEVENT', f'UID:juror-{jp}-{ics_local(start)}@ejuror.fultoncourt.example', f'DTSTAMP:{ics_utc(sent)}',
            f'DTSTART;TZID=America/New_York:{ics_local(start)}', f'DTEND;TZID=America/New_York:{ics_local(end)}',
            'SUMMARY:Juror Orientation - Fulton County Superior Court',
            'LOCATION:Justice Center Tower\\, Jury Assembly Room\\, 185 Central Ave SW\\, Atlanta\\, GA 30303',
            f'DESCRIPTION:Juror Participant {jp}. Orientation followed by jury selection (voir dire).',
            attendee(OWNER_NAME, OWNER, rsvp=False), 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    hdrs = [('Received', received('mail.fultoncourt.example', '192.0.2.87', sent)),
            ('Return-Path', '<ejuror-noreply@fultoncourt.example>'),
            ('Date', maildate(sent)),
            ('From', 'Fulton County Jury Services <ejuror-noreply@fultoncourt.example>'),
            ('To', OWNER),
            ('Message-ID', f'<{digits(c+"m",12)}.{H(c,8)}@ejuror.fultoncourt.example>'),
            ('Subject', f'Juror Service Confirmation - Orientation {start:%A}, {start:%B} {start.day}, {start.year}')]
    add(c, '01-ejuror-confirmation.eml',
        vendor_mail(seed=c, headers=hdrs, plain=plain, cte='7bit',
                    attach=[('text/calendar', 'JurorOrientation.ics', ics(cal))]))
    label(c, [], 'medium', 'negative/jury-duty',
          'Jury-duty orientation with .ics; attorneys "interview" prospective jurors. Civic duty, not hiring.')


def case18():
    c = 'b164-18-staffing-agency-registration-interview'
    start = at(ET, 2026, 9, 21, 13, 0, wd='Monday')
    end = start + timedelta(minutes=30)
    org = ('Tasha Merriweather', 'tmerriweather@peachstatestaffing.example')
    body = """Hi Keshia,

Thank you for joining Peach State Medical Staffing's talent network! Your next step is your registration interview.

This is a 30-minute virtual session where we verify your credentials (CPC, CRC), review your skills checklist and assignment preferences (remote or on-site, pay range, availability), and start your onboarding paperwork (I-9, W-4, direct deposit). It is not an interview for a specific job opening: once you are registered and active in our talent pool, our recruiters will reach out when a contract or contract-to-hire assignment matches your profile.

Please have two forms of ID ready for the I-9 review.

Tasha Merriweather
Talent Pool Coordinator | Peach State Medical Staffing
Atlanta | Savannah | Augusta | 770-555-0182
"""
    add(c, '01-registration-interview-invite.eml', outlook_invite(
        seed=c, method='REQUEST', subject=f'Registration Interview - {OWNER_NAME} (Talent Pool)', start=start,
        end=end, wintz='Eastern Standard Time', org=org,
        attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT')], location='Microsoft Teams Meeting', body=body,
        uid='040000008200E00074C5B7101A82E00800000000' + H(c + 'uid', 48).upper(), seq=0,
        date=at(UTC, 2026, 9, 16, 14, 28, 3, wd='Wednesday')))
    label(c, [], 'hard', 'negative/agency-registration',
          'Staffing agency "registration interview" to join its talent pool (credential check, I-9/W-4 paperwork), '
          'explicitly not for a specific opening. Treated as onboarding/registration, not a job interview.')


def case19():
    c = 'b164-19-ziprecruiter-pick-a-time-unbooked'
    sent = at(UTC, 2026, 10, 22, 15, 12, 9, wd='Thursday')
    slots = [at(CT, 2026, 10, 26, 10, 0, wd='Monday'), at(CT, 2026, 10, 26, 14, 0, wd='Monday'),
             at(CT, 2026, 10, 27, 9, 30, wd='Tuesday')]
    lines = '\n'.join(f'  [ {s:%a}, {s:%b} {s.day}  {t12(s)} {s.tzname()} ]  https://www.ziprecruiter.com/interview/'
                      f'book?slot={H(c+str(i),12)}' for i, s in enumerate(slots))
    plain = f"""Great news, Keshia!

Riverbend Home Health reviewed your application for Revenue Cycle Specialist and would like to schedule a phone interview with hiring manager Dale Emerson.

Pick a time that works for you (times shown in Central Time):
{lines}
  See more times: https://www.ziprecruiter.com/interview/schedule/{H(c,20)}

Interviews last 30 minutes. Your interview is not scheduled until you pick a time. Slots fill up quickly, so choose one soon.

Revenue Cycle Specialist
Riverbend Home Health | Memphis, TN | $52K - $61K a year

Good luck!
The ZipRecruiter Team

You're receiving this email because you applied to a job on ZipRecruiter. Unsubscribe: https://www.ziprecruiter.com/unsubscribe?e={H(c+"u",24)}
ZipRecruiter, Inc. | 604 Arizona Ave, Santa Monica, CA 90401
"""
    hdrs = [('Received', received('o7.email.ziprecruiter.com', '167.89.20.7', sent)),
            ('Return-Path', '<bounces@email.ziprecruiter.com>'), ('Date', maildate(sent)),
            ('From', 'ZipRecruiter <noreply@ziprecruiter.com>'), ('To', OWNER),
            ('Message-ID', f'<{H(c+"m",28)}@ziprecruiter.com>'),
            ('Subject', 'Riverbend Home Health wants to interview you! Pick a time')]
    add(c, '01-ziprecruiter-pick-a-time.eml', vendor_mail(seed=c, headers=hdrs, plain=plain, style='sendgrid'))
    label(c, [], 'hard', 'negative/unbooked-scheduling-link',
          'ZipRecruiter interview-scheduling prompt listing open slots; nothing booked ("not scheduled until you '
          'pick a time") and no later confirmation in the case.')


def case20():
    c = 'b164-20-workday-rejection-after-interview'
    past = at(ET, 2026, 9, 29, 14, 0, wd='Tuesday')
    sent = at(PT, 2026, 10, 9, 9, 47, 31, wd='Friday')
    plain = f"""Dear Keshia,

Thank you for taking the time to interview with Gregory Fann and the Coding Quality team on {longdate(past)} for the Coding Data Analyst position (R-11392). We enjoyed learning about your experience.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the needs of this role.

We encourage you to continue exploring opportunities with Augusta Valley Health and to apply for future positions that match your skills and interests:
https://augustavalley.wd1.myworkdayjobs.com/careers

We wish you the best in your search.

Sincerely,
Talent Acquisition
Augusta Valley Health
"""
    hdrs = [('Received', received('wd1-pmail-out2.myworkday.com', '198.51.100.31', sent)),
            ('Return-Path', '<bounce-augustavalley@myworkday.com>'),
            ('Date', maildate(sent)),
            ('From', 'Augusta Valley Health <augustavalley@myworkday.com>'),
            ('To', OWNER),
            ('Message-ID', f'<{digits(c+"1",10)}.{digits(c+"2",7)}.{digits(c+"3",13)}@wd1-pmail-p.myworkday.com>'),
            ('Subject', 'Update on your application - Coding Data Analyst (R-11392)')]
    add(c, '01-workday-application-update.eml', vendor_mail(seed=c, headers=hdrs, plain=plain))
    label(c, [], 'medium', 'negative/rejection',
          'Workday rejection that names a past interview date and interviewer; no interview is scheduled or '
          'cancelled by this mail.')


def case21():
    c = 'b164-21-owner-on-interview-panel-forwarded'
    start = at(ET, 2026, 10, 15, 14, 0, wd='Thursday')
    end = start + timedelta(hours=1)
    orig = at(ET, 2026, 10, 13, 9, 12, wd='Tuesday')
    work = 'keshia.whitfield@cvmg.example'
    ren = ('Renata Sizemore', 'rsizemore@cvmg.example')
    inner = f"""Hi Keshia and Lamar,

Thank you for agreeing to sit on the interview panel for Brianna Tolliver, our candidate for Coding Specialist I. Keshia, please cover the ICD-10-CM scenario questions; Lamar will cover productivity and quality expectations. I'll send the resume and scorecard before Thursday. Please submit your scorecards in the HR portal by end of day Friday.

Renata Sizemore
HR Business Partner | Chattahoochee Valley Medical Group"""
    cal = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    cal += vtz_windows('Eastern Standard Time')
    cal += ['BEGIN:VEVENT', f'ORGANIZER;CN={ren[0]}:mailto:{ren[1]}',
            attendee(OWNER_NAME, work), attendee('Lamar Pettiford', 'lpettiford@cvmg.example'),
            f'DESCRIPTION;LANGUAGE=en-US:{ics_escape(inner)}',
            f'UID:040000008200E00074C5B7101A82E00800000000{H(c+"uid",48).upper()}',
            'SUMMARY;LANGUAGE=en-US:Interview: Coding Specialist I - Brianna Tolliver',
            f'DTSTART;TZID=Eastern Standard Time:{ics_local(start)}', f'DTEND;TZID=Eastern Standard Time:{ics_local(end)}',
            'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{ics_utc(orig)}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
            'SEQUENCE:0', 'LOCATION;LANGUAGE=en-US:CVMG Admin Office - Conference Room 2',
            'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
            'END:VEVENT', 'END:VCALENDAR']
    text = f"""Forwarding to my personal email so it shows up on my phone. I'm on the panel Thursday afternoon.

________________________________
From: {ren[0]} <{ren[1]}>
Sent: {longdate(orig)} {t12(orig)}
To: {OWNER_NAME} <{work}>; Lamar Pettiford <lpettiford@cvmg.example>
Subject: Interview: Coding Specialist I - Brianna Tolliver
When: {longdate(start)} {t12(start)}-{t12(end)} (UTC-05:00) Eastern Time (US & Canada).
Where: CVMG Admin Office - Conference Room 2

{inner}
"""
    b, _ = human_mail(seed=c, frm=f'{OWNER_NAME} <{work}>', to=[OWNER],
                      subject='FW: Interview: Coding Specialist I - Brianna Tolliver',
                      date=at(ET, 2026, 10, 13, 9, 30, 44, wd='Tuesday'), text=text, client='outlook',
                      attach=[('text/calendar', 'Interview Coding Specialist I - Brianna Tolliver.ics', ics(cal))])
    add(c, '01-fw-panel-interview.eml', b)
    label(c, [], 'hard', 'negative/user-is-interviewer',
          'Owner forwards a work invite where she sits on the interview panel for another candidate (Brianna '
          'Tolliver). The user is the interviewer, not the candidate.')


def case22():
    c = 'b164-22-icims-one-way-video-interview'
    due = at(CT, 2026, 10, 16, 23, 59, wd='Friday')
    sent = at(ET, 2026, 10, 12, 10, 44, 18, wd='Monday')
    plain = f"""Hi Keshia,

Thank you for applying for the Medical Coding Data Analyst position at Gulfside Health Network.

The next step in our hiring process is a recorded video interview. You will answer 4 questions on your own time; there is no live interviewer. Each question allows 1 minute to prepare and up to 3 minutes to record, and you may re-record each answer once.

Please complete your video interview by {longdate(due)} at 11:59 PM Central Time.

Start your video interview:
https://gulfsidehealth.icims.com/jobs/{digits(c,4)}/video-interview/start?token={H(c+"t",32)}

Tips: use Chrome or Edge, find a quiet space with good lighting, and test your camera and microphone before you begin.

Questions? Contact Bethany Ruiz at bruiz@gulfsidehealth.example.

Thank you,
Gulfside Health Network Talent Acquisition
Mobile, Alabama
"""
    hdrs = [('Received', received('mta-out3.icims.com', '203.0.113.73', sent)),
            ('Return-Path', '<bounces+gulfsidehealth@icims.com>'),
            ('Date', maildate(sent)),
            ('From', '"Gulfside Health Network" <noreply@icims.com>'),
            ('Reply-To', 'Bethany Ruiz <bruiz@gulfsidehealth.example>'),
            ('To', addr(OWNER_NAME, OWNER)),
            ('Message-ID', f'<{digits(c+"a",9)}.{digits(c+"b",6)}.{digits(c+"c",13)}.JavaMail.icims@app17.icims.com>'),
            ('Subject', 'Next Step: Complete Your Video Interview - Medical Coding Data Analyst')]
    add(c, '01-icims-video-interview-request.eml', vendor_mail(seed=c, headers=hdrs, plain=plain))
    label(c, [], 'medium', 'negative/one-way-video',
          'iCIMS one-way recorded video interview with a deadline ("no live interviewer"). Not a live interview.')


# ============================================================================ main
ALL = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12, case13,
       case14, case15, case16, case17, case18, case19, case20, case21, case22]

LABELS_HEADER = ('# blind164 labels (generated by make_cases.py - do not edit by hand)\n'
                 '# Owner: Keshia Whitfield <keshia.whitfield@example.com>, Atlanta (America/New_York).\n')


def main():
    for p in sorted(HERE.glob('b164-*')):
        if p.is_dir():
            shutil.rmtree(p)
    for fn in ALL:
        fn()
    assert set(CASES) == set(LABELS), set(CASES) ^ set(LABELS)
    for i, case in enumerate(sorted(CASES), 1):
        assert case.startswith(f'b164-{i:02d}-'), case
        names = [n for n, _ in CASES[case]]
        assert len(set(names)) == len(names) and names == sorted(names), names
        for n in names:
            assert n[:3] == f'{names.index(n) + 1:02d}-' and n.endswith(('.eml', '.ics', '.gcal.json')), n
        d = HERE / case
        d.mkdir()
        for fname, data in CASES[case]:
            (d / fname).write_bytes(data)
    out = yaml.safe_dump({k: LABELS[k] for k in sorted(LABELS)}, sort_keys=False, allow_unicode=True, width=110,
                         default_flow_style=None)
    (HERE / 'labels.yaml').write_text(LABELS_HEADER + out, encoding='utf-8')
    pos = sum(1 for v in LABELS.values() if v['interview'])
    ivs = [i for v in LABELS.values() for i in v['interviews']]
    print(f'{len(LABELS)} cases ({pos} positive, {len(LABELS) - pos} negative), {len(ivs)} interviews '
          f'({sum(i["status"] == "scheduled" for i in ivs)} scheduled, {sum(i["status"] == "cancelled" for i in ivs)} cancelled)')


if __name__ == '__main__':
    main()
