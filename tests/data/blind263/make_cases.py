#!/usr/bin/env python3
"""Regenerate the blind263 evaluation set (Kathmandu hydropower/civil engineer) deterministically.

Writes every b263-NN-* case folder, labels.yaml and README.md next to this file.
Standard library + PyYAML only; every offset is computed with zoneinfo.
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

import yaml
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = 'pratiksha.gurung@example.com'
OWNER_NAME = 'Pratiksha Gurung'

KTM = ZoneInfo('Asia/Kathmandu')
IST = ZoneInfo('Asia/Kolkata')
DXB = ZoneInfo('Asia/Dubai')
MCT = ZoneInfo('Asia/Muscat')
SYD = ZoneInfo('Australia/Sydney')
MNL = ZoneInfo('Asia/Manila')
UTC = timezone.utc

CASES = []   # (slug, [(filename, bytes)], label)


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(d, name):
    """Assert the weekday we write in the text."""
    assert d.strftime('%A') == name, (d.isoformat(), d.strftime('%A'), name)
    return d


def hx(seed, n=32):
    return hashlib.sha256(seed.encode('utf-8')).hexdigest()[:n]


def num(seed, n):
    return str(int(hx(seed, 24), 16))[:n]


def b64(seed, n):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:n]


def rdate(d):
    return format_datetime(d)


def utcz(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def local(d):
    return d.strftime('%Y%m%dT%H%M%S')


def h12(d):
    """'11:15 AM'"""
    return d.strftime('%I:%M %p').lstrip('0')


def gtime(d):
    """Google style '11am', '2:30pm'"""
    s = d.strftime('%I:%M%p').lstrip('0').lower()
    return s.replace(':00', '')


def enc_header(s):
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
        if any(c in name for c in ',.()<>@;:'):
            return f'"{name}" <{email}>'
        return f'{name} <{email}>'
    except UnicodeEncodeError:
        return f'{Header(name, "utf-8").encode()} <{email}>'


# ----------------------------------------------------------------------------------------------
# MIME construction (hand-built so bytes are stable)
# ----------------------------------------------------------------------------------------------
def b64body(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + '\n'


def leaf(ctype, content, cte='7bit', extra=()):
    data = content if isinstance(content, bytes) else content.encode('utf-8')
    if cte == 'quoted-printable':
        body = quopri.encodestring(data).decode('ascii')
    elif cte == 'base64':
        body = b64body(data)
    else:
        body = data.decode('utf-8')
    if not body.endswith('\n'):
        body += '\n'
    hdrs = [('Content-Type', ctype)] + list(extra) + [('Content-Transfer-Encoding', cte)]
    return (hdrs, body)


def render(node):
    hdrs, body = node
    return ''.join(f'{k}: {v}\n' for k, v in hdrs) + '\n' + body


def multi(subtype, boundary, parts, params=''):
    body = ''
    for p in parts:
        body += f'--{boundary}\n' + render(p).rstrip('\n') + '\n'
    body += f'--{boundary}--\n'
    return ([('Content-Type', f'multipart/{subtype}; boundary="{boundary}"{params}')], body)


def message(headers, root):
    rh, body = root
    lines = ''.join(f'{k}: {v}\n' for k, v in headers)
    lines += 'MIME-Version: 1.0\n'
    lines += ''.join(f'{k}: {v}\n' for k, v in rh)
    return (lines + '\n' + body).encode('utf-8')


def received(date, host, ip, seed):
    d2 = date + timedelta(seconds=3)
    return [
        ('Received', f'by 2002:a05:7300:{hx(seed + "r1", 4)}:b0:{hx(seed + "r2", 3)} with SMTP id '
                     f'{hx(seed + "r3", 10)};\n        {rdate(d2.astimezone(UTC))}'),
        ('Received', f'from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id '
                     f'{hx(seed + "r4", 12)}\n        for <{OWNER}>\n        (version=TLS1_3 '
                     f'cipher=TLS_AES_256_GCM_SHA384);\n        {rdate(d2.astimezone(UTC))}'),
    ]


def base_headers(date, frm, to, subject, msgid, *, host, ip, cc=None, reply_to=None, irt=None,
                 refs=None, sender=None, return_path=None, extra=(), delivered=True):
    H = []
    if delivered:
        H.append(('Delivered-To', OWNER))
    H += received(date, host, ip, msgid)
    H.append(('Return-Path', f'<{return_path or frm[1]}>'))
    H.append(('From', addr(*frm)))
    if sender:
        H.append(('Sender', addr(*sender)))
    if reply_to:
        H.append(('Reply-To', addr(*reply_to)))
    H.append(('To', ', '.join(addr(*t) for t in to)))
    if cc:
        H.append(('Cc', ', '.join(addr(*c) for c in cc)))
    H.append(('Subject', enc_header(subject)))
    H.append(('Date', rdate(date)))
    H.append(('Message-ID', f'<{msgid}>'))
    if irt:
        H.append(('In-Reply-To', f'<{irt}>'))
    if refs:
        H.append(('References', ' '.join(f'<{r}>' for r in refs)))
    H += list(extra)
    return H


def text_to_html(text, font='Arial,Helvetica,sans-serif'):
    out = []
    for para in text.split('\n\n'):
        lines = para.split('\n')
        head = ''
        if len(lines) > 1 and lines[0].endswith('wrote:') and all(l.startswith('>') for l in lines[1:]):
            head = '<div class="gmail_attr">' + html.escape(lines[0]) + '<br></div>'
            lines = lines[1:]
        if all(l.startswith('>') for l in lines if l):
            inner = '<br>\n'.join(html.escape(l[1:].lstrip(' ')) for l in lines)
            out.append(head + '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                       'border-left:1px solid #ccc;padding-left:1ex">' + inner + '</blockquote>')
        else:
            out.append('<div>' + '<br>\n'.join(html.escape(l) for l in lines) + '</div>')
    return (f'<div dir="ltr" style="font-family:{font}">' + '\n<div><br></div>\n'.join(out)
            + '</div>\n')


def gmail_alt(seed, text, cte='quoted-printable', html_text=None):
    b = '000000000000' + hx(seed + 'b', 16)
    return multi('alternative', b, [
        leaf('text/plain; charset="UTF-8"', text, cte),
        leaf('text/html; charset="UTF-8"', html_text or text_to_html(text), cte),
    ])


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))


# ----------------------------------------------------------------------------------------------
# iCalendar
# ----------------------------------------------------------------------------------------------
def fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
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


def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics(lines):
    return ''.join(fold(l) + '\r\n' for l in lines)


def vtz_windows(tzid, offset):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}',
            'BEGIN:STANDARD', 'DTSTART:16010101T000000', f'TZOFFSETFROM:{offset}',
            f'TZOFFSETTO:{offset}', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', f'TZOFFSETFROM:{offset}',
            f'TZOFFSETTO:{offset}', 'END:DAYLIGHT', 'END:VTIMEZONE']


VTZ_NEPAL_WIN = vtz_windows('Nepal Standard Time', '+0545')
VTZ_INDIA_WIN = vtz_windows('India Standard Time', '+0530')
VTZ_ARABIAN_WIN = vtz_windows('Arabian Standard Time', '+0400')
VTZ_AUS_EAST_WIN = ['BEGIN:VTIMEZONE', 'TZID:AUS Eastern Standard Time',
                    'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+1100',
                    'TZOFFSETTO:+1000', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4',
                    'END:STANDARD',
                    'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+1000',
                    'TZOFFSETTO:+1100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10',
                    'END:DAYLIGHT', 'END:VTIMEZONE']
VTZ_KTM_OLSON = ['BEGIN:VTIMEZONE', 'TZID:Asia/Kathmandu', 'X-LIC-LOCATION:Asia/Kathmandu',
                 'BEGIN:STANDARD', 'TZOFFSETFROM:+0545', 'TZOFFSETTO:+0545', 'TZNAME:+0545',
                 'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE']
VTZ_MNL_OLSON = ['BEGIN:VTIMEZONE', 'TZID:Asia/Manila', 'X-LIC-LOCATION:Asia/Manila',
                 'BEGIN:STANDARD', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'TZNAME:PST',
                 'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE']

WIN_DISPLAY = {
    'Nepal Standard Time': '(UTC+05:45) Kathmandu',
    'India Standard Time': '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi',
    'Arabian Standard Time': '(UTC+04:00) Abu Dhabi, Muscat',
    'AUS Eastern Standard Time': '(UTC+10:00) Canberra, Melbourne, Sydney',
}


def att(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp='TRUE'):
    return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}'


def teams_block(seed):
    tid = f'{hx(seed + "t", 8)}-{hx(seed + "u", 4)}-{hx(seed + "v", 4)}-{hx(seed + "w", 4)}-{hx(seed + "x", 12)}'
    mid = b64(seed + 'm', 40).replace('/', 'x').replace('+', 'Q')
    url = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context='
           f'%7b%22Tid%22%3a%22{tid}%22%7d')
    text = ('________________________________________________________________________________\n'
            'Microsoft Teams meeting\n'
            'Join on your computer, mobile app or room device\n'
            f'Click here to join the meeting<{url}>\n'
            f'Meeting ID: {num(seed + "id", 3)} {num(seed + "id2", 3)} {num(seed + "id3", 3)} {num(seed + "id4", 3)}\n'
            f'Passcode: {b64(seed + "pc", 6).replace("/", "k").replace("+", "Z")}\n'
            'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/'
            f'meetingOptions/?tenantId={tid}>\n'
            '________________________________________________________________________________\n')
    return text, url


def outlook_uid(seed):
    return ('040000008200E00074C5B7101A82E00800000000' + hx(seed + 'uid1', 16).upper()
            + '000000000000000010000000' + hx(seed + 'uid2', 32).upper())


def outlook_invite(*, seed, date, organizer, to, subject, body, tzid, vtz, start, end, location,
                   attendees, sequence=0, method='REQUEST', uid=None, host, ip, cc=None,
                   importance=None, teams=True):
    """Exchange / Outlook meeting request (multipart/alternative, text/calendar last)."""
    ls = start.strftime('%A, %B %-d, %Y %-I:%M %p')
    le = end.strftime('%-I:%M %p')
    when = f'When: {ls}-{le} {WIN_DISPLAY[tzid]}.\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n'
    tb, url = teams_block(seed) if teams else ('', '')
    if method == 'CANCEL':
        when = f'When: {ls}-{le} {WIN_DISPLAY[tzid]}.\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n'
    plain = when + body + ('\n' + tb if tb else '')
    htmlpart = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '</head><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
                + text_to_html(plain, 'Aptos,Calibri,sans-serif') + '</div></body></html>\n')
    uid = uid or outlook_uid(seed)
    cal = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010',
           'VERSION:2.0'] + vtz + ['BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    cal += [att(*a) for a in attendees]
    cal += [f'DESCRIPTION;LANGUAGE=en-US:{esc(plain)}',
            f'UID:{uid}',
            f'SUMMARY;LANGUAGE=en-US:{esc(subject)}',
            f'DTSTART;TZID={tzid}:{local(start)}',
            f'DTEND;TZID={tzid}:{local(end)}',
            'CLASS:PUBLIC', 'PRIORITY:1' if method == 'CANCEL' else 'PRIORITY:5',
            f'DTSTAMP:{utcz(date)}', 'TRANSP:OPAQUE',
            'STATUS:CANCELLED' if method == 'CANCEL' else 'STATUS:CONFIRMED',
            f'SEQUENCE:{sequence}',
            f'LOCATION;LANGUAGE=en-US:{esc(location)}',
            f'X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}',
            f'X-MICROSOFT-CDO-OWNERAPPTID:{num(seed + "own", 10)}',
            'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if method == 'CANCEL' else 'TENTATIVE'),
            'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if method == 'CANCEL' else 'BUSY'),
            'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
            'X-MICROSOFT-CDO-IMPORTANCE:' + ('2' if method == 'CANCEL' else '1'),
            'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams:
        cal += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}',
                'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,'
                '"OnlineMeetingProvider":3}']
    cal += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
            'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT']
    if teams:
        cal.append('X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting')
    if method != 'CANCEL':
        cal += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
                'ACTION:DISPLAY', 'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    b = f'_000_{hx(seed + "bd", 28).upper()}prodoutlookcom_'
    root = multi('alternative', b, [
        leaf('text/plain; charset="utf-8"', plain, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', htmlpart, 'quoted-printable'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics(cal), 'base64'),
    ])
    msgid = f'{hx(seed + "mid", 28).upper()}@{hx(seed + "h", 8).upper()}.apcprd06.prod.outlook.com'
    extra = [('Thread-Topic', subject), ('Thread-Index', b64(seed + 'ti', 30) + '=='),
             ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
             ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
             ('Content-class', 'urn:content-classes:calendarmessage'),
             ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + b64(seed + 'sr', 20))]
    if importance:
        extra.append(('Importance', importance))
    H = base_headers(date.astimezone(UTC), organizer, to, subject, msgid, host=host, ip=ip, cc=cc,
                     extra=extra)
    return message(H, root)


def google_invite(*, seed, date, organizer, title, start, end, location, description, guests,
                  uid, sequence=0, updated=False, host_tz_label='GMT+5:45', tzname='Nepal Time'):
    """Google Calendar invitation: mixed[alternative[plain, html, calendar], invite.ics]."""
    kind = 'Updated invitation' if updated else 'Invitation'
    subj = (f'{kind}: {title} @ {start:%a} {start.day} {start:%b %Y} {gtime(start)} - {gtime(end)} '
            f'({host_tz_label}) ({OWNER})')
    when = f'{start:%A} {start.day} {start:%b %Y} ⋅ {gtime(start)} – {gtime(end)}'
    eid = base64.b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    changed = 'This event has been updated\nChanged: date\n\n' if updated else ''
    guest_lines = '\n'.join(f'{g[0]} - {"organiser" if g[1] == organizer[1] else "guest"}'
                            f'\n{g[1]}' for g in guests)
    plain = (f'{changed}{title}\n{when}\n{tzname}\n\nLocation\n{location}\n'
             f'https://www.google.com/maps/search/{location.replace(" ", "+").replace(",", "%2C")}\n\n'
             f'{description}\n\nOrganiser\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guest_lines}\n'
             f'View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n'
             f'Reply for {OWNER}\nYes\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1\n'
             f'No\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2\n'
             f'Maybe\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3\n\n'
             'More options https://calendar.google.com/calendar/event?action=VIEW&eid=' + eid + '\n\n'
             'Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
             'You are receiving this email because you are an attendee on the event. To stop receiving '
             'future updates for this event, decline this event.\n\n'
             'Forwarding this invitation could allow any recipient to send a response to the organiser, '
             'be added to the guest list, invite others regardless of their own invitation status or '
             'modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n')
    htmlpart = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; '
                'charset=UTF-8"></head><body>' + text_to_html(plain, 'Google Sans,Roboto,Arial,sans-serif')
                + '</body></html>\n')
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
           'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT',
           f'DTSTART:{utcz(start)}', f'DTEND:{utcz(end)}', f'DTSTAMP:{utcz(date)}',
           f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}', f'UID:{uid}']
    for g in guests:
        ps = 'ACCEPTED' if g[1] == organizer[1] else (g[2] if len(g) > 2 else 'NEEDS-ACTION')
        cal.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;'
                   f'CN={g[0]};X-NUM-GUESTS=0:mailto:{g[1]}')
    cal += [f'X-MICROSOFT-CDO-OWNERAPPTID:-{num(seed + "oa", 10)}',
            f'CREATED:{utcz(date - timedelta(minutes=7) if not updated else date - timedelta(days=5))}',
            f'DESCRIPTION:{esc(description)}\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~'
            ':~:~:~:~:~:~:~:~::~:~::-\\nPlease do not edit this section of the description.\\n\\n'
            f'View your event at https://calendar.google.com/calendar/event?action=VIEW&eid={eid}.\\n'
            '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-',
            f'LAST-MODIFIED:{utcz(date)}', f'LOCATION:{esc(location)}', f'SEQUENCE:{sequence}',
            'STATUS:CONFIRMED', f'SUMMARY:{esc(title)}', 'TRANSP:OPAQUE',
            'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
            'TRIGGER:-P0DT0H30M0S', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    calbody = ics(cal)
    b1 = '000000000000' + hx(seed + 'mx', 16)
    b2 = '000000000000' + hx(seed + 'al', 16)
    alt = multi('alternative', b2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, 'base64'),
        leaf('text/html; charset="UTF-8"', htmlpart, 'quoted-printable'),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', calbody, '7bit'),
    ])
    root = multi('mixed', b1, [
        alt,
        leaf('application/ics; name="invite.ics"', calbody, 'base64',
             extra=[('Content-Disposition', 'attachment; filename="invite.ics"')]),
    ])
    msgid = f'calendar-{hx(seed + "gm", 8)}-{hx(seed + "gm2", 4)}-{hx(seed + "gm3", 4)}-{hx(seed + "gm4", 12)}@google.com'
    H = base_headers(date.astimezone(UTC), organizer, [(OWNER_NAME, OWNER)], subj, msgid,
                     host='mail-sor-f69.google.com', ip='209.85.220.69',
                     sender=('Google Calendar', 'calendar-notification@google.com'),
                     reply_to=organizer, return_path=f'3{hx(seed + "rp", 20)}@calendar-server.bounces.google.com',
                     extra=[('Content-Language', 'en-GB')])
    return message(H, root)


def human_mail(*, seed, date, frm, to, subject, text, cc=None, irt=None, refs=None, reply_to=None,
               host='mail-sor-f41.google.com', ip='209.85.220.41', cte='quoted-printable',
               attachments=(), msgid=None, extra=()):
    alt = gmail_alt(seed, text, cte)
    if attachments:
        root = multi('mixed', '000000000000' + hx(seed + 'mix', 16), [alt] + list(attachments))
    else:
        root = alt
    msgid = msgid or mid(seed, frm[1])
    H = base_headers(date, frm, to, subject, msgid, host=host, ip=ip, cc=cc, irt=irt, refs=refs,
                     reply_to=reply_to, extra=extra)
    return message(H, root)


def mid(seed, email):
    dom = email.split('@')[1]
    return f'CA{b64(seed + "cm", 28).replace("/", "_").replace("+", "-")}@mail.{dom}'


def gcal_event(**kw):
    return (json.dumps(kw, indent=2, ensure_ascii=False) + '\n').encode('utf-8')


def IV(company, role, start, end, status, interviewers, followup, kind):
    return {'company': company, 'role': role, 'start': start.isoformat(),
            'end': end.isoformat() if end else None, 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followup),
            'kind': kind}


def add_case(slug, items, interviews, difficulty, category, notes):
    label = {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
             'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}
    CASES.append((slug, items, label))


ME = (OWNER_NAME, OWNER)
SIG_ME = 'Pratiksha Gurung\nCivil / Hydropower Engineer, Kathmandu\n+977 98XXXXXXXX'


# ==============================================================================================
# POSITIVE CASES
# ==============================================================================================
def case01():
    """merojob relay, Devanagari body, 'आउँदो मंगलबार' resolved against the Date."""
    sent = T(2026, 3, 11, 10, 35, UTC, 11)                       # = 16:20 NPT Wednesday
    wd(sent.astimezone(KTM), 'Wednesday')
    start = wd(T(2026, 3, 17, 11, 0, KTM), 'Tuesday')
    rojina = ('Rojina Maharjan', 'rojina.maharjan@sunkoshi-hydro.example')
    text = (
        'Dear Pratiksha Gurung,\n\n'
        'Greetings from merojob!\n\n'
        'Sunkoshi Hydro Developers Pvt. Ltd. has reviewed your application for the position of\n'
        'Civil Engineer (Headworks) (Job ID: 418273) and sent you the following message:\n\n'
        '------------------------------------------------------------\n'
        'नमस्कार प्रतीक्षा जी,\n\n'
        'Civil Engineer (Headworks) पदका लागि तपाईंलाई अन्तर्वार्ता (interview) का लागि छनोट\n'
        'गरिएको छ। अन्तर्वार्ता आउँदो मंगलबार, मार्च १७ बिहान ११ बजे (NPT) हाम्रो नयाँ\n'
        'बानेश्वरस्थित केन्द्रीय कार्यालयमा हुनेछ। अन्तर्वार्ता समितिमा प्राविधिक निर्देशक र\n'
        'परियोजना प्रमुख रहनुहुनेछ।\n\n'
        'कृपया शैक्षिक योग्यता र अनुभवका सक्कल प्रमाणपत्र, नागरिकता तथा NEC दर्ता\n'
        'प्रमाणपत्रको प्रतिलिपि साथमा ल्याउनुहोला। १०:४५ भित्र कार्यालयमा आइपुग्नुहोला।\n\n'
        'थप जानकारीका लागि:\n'
        'रोजिना महर्जन (Rojina Maharjan), HR Officer\n'
        f'{rojina[1]} | 01-4781XXX\n'
        '------------------------------------------------------------\n\n'
        'Please do not reply to this email. To respond to the employer, write to the contact\n'
        'person above or use "Messages" in your merojob account.\n\n'
        'Best of luck!\nTeam merojob\n'
        'https://merojob.com | Kathmandu, Nepal\n\n'
        'You are receiving this email because you applied to a job on merojob.com.\n')
    subject = ('Antarwarta Suchana: Civil Engineer (Headworks) – Sunkoshi Hydro Developers Pvt. Ltd.')
    seed = 'b263-01'
    root = gmail_alt(seed, text, 'base64')
    msgid = f'0109019{hx(seed, 9)}-{hx(seed + "a", 8)}-{hx(seed + "b", 4)}-{hx(seed + "c", 4)}-{hx(seed + "d", 12)}-000000@ap-south-1.amazonses.com'
    H = base_headers(sent, ('merojob', 'noreply@merojob.com'), [ME], subject, msgid,
                     host='a8-41.smtp-out.amazonses.com', ip='54.240.8.41',
                     return_path=f'0109019{hx(seed, 9)}@ap-south-1.amazonses.com',
                     extra=[('X-SES-Outgoing', '2026.03.11-54.240.8.41'),
                            ('Feedback-ID', '::1.ap-south-1.merojob:AmazonSES')])
    items = [('01-merojob-antarwarta-suchana.eml', message(H, root))]
    add_case('b263-01-merojob-relay-devanagari-tuesday', items, [
        IV('Sunkoshi Hydro Developers', 'Civil Engineer (Headworks)', start, None, 'scheduled',
           [], [rojina[1]], 'onsite')],
        'medium', 'positive/job-board-relay-devanagari',
        "merojob relays the employer's Devanagari message: 'आउँदो मंगलबार, मार्च १७ बिहान ११ बजे (NPT)' "
        "(next Tuesday 11 AM, Date is Wed 11 Mar). '१०:४५ भित्र' is an arrival deadline, not the start. "
        'Committee (panel) without addresses -> no interviewers; follow-up to the HR officer named in '
        'the text (relay sender is no-reply). No duration -> end null.')


def case02():
    """kumarijob written-test notice (not an interview) then the interview call in romanized Nepali."""
    s1 = T(2026, 4, 5, 4, 20, UTC, 2)
    wd(s1.astimezone(KTM), 'Sunday')
    test = wd(T(2026, 4, 11, 10, 0, KTM), 'Saturday')
    s2 = wd(T(2026, 4, 19, 9, 30, KTM, 44), 'Sunday')
    start = wd(T(2026, 4, 23, 14, 0, KTM), 'Thursday')
    s3 = wd(T(2026, 4, 19, 13, 12, KTM, 5), 'Sunday')
    nirmala = ('Nirmala Pun', 'nirmala.pun@madikhola-energy.example')
    dipak = ('Er. Dipak Thapa', 'dipak.thapa@madikhola-energy.example')
    t1 = (
        'Dear Pratiksha Gurung,\n\n'
        'Madi Khola Energy Ltd. has shortlisted you for the WRITTEN TEST for the position below.\n\n'
        'Position : Hydropower Engineer (Ref: MKE/2082-83/07)\n'
        f'Date     : {test:%A}, {test.day} {test:%B %Y}\n'
        'Time     : 10:00 AM - 12:00 PM (Nepal Time)\n'
        'Venue    : Madi Khola Energy Ltd., Corporate Office, Lakeside-6, Pokhara\n\n'
        'Please bring your citizenship certificate, the admit card attached to this email and a\n'
        'non-programmable calculator. Mobile phones are not allowed in the exam hall.\n\n'
        'Candidates who pass the written test will be called for an interview (antarwarta). The\n'
        'interview schedule will be communicated separately by the employer.\n\n'
        'Regards,\nKumarijob Team\nwww.kumarijob.com\n\n'
        'This is an automated message sent on behalf of the employer. Please do not reply.\n')
    seed = 'b263-02a'
    pdf = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>'
           b'endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
    root = multi('mixed', 'b1_' + hx(seed + 'm', 32), [
        multi('alternative', 'b2_' + hx(seed + 'a', 32), [
            leaf('text/plain; charset=us-ascii', t1, 'quoted-printable'),
            leaf('text/html; charset=us-ascii', text_to_html(t1), 'quoted-printable')]),
        leaf('application/pdf; name="AdmitCard_MKE-07_PratikshaGurung.pdf"', pdf, 'base64',
             extra=[('Content-Disposition', 'attachment; filename="AdmitCard_MKE-07_PratikshaGurung.pdf"')]),
    ])
    H1 = base_headers(s1, ('Kumarijob', 'noreply@kumarijob.com'), [ME],
                      'Written Test Notice - Hydropower Engineer | Madi Khola Energy Ltd.',
                      f'{hx(seed, 32)}@kumarijob.com', host='mail.kumarijob.com', ip='103.233.56.20',
                      extra=[('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')])
    m1 = message(H1, root)
    t2 = (
        'Namaste Pratiksha ji,\n\n'
        'Badhai chha! Tapai Hydropower Engineer post ko written test ma pass hunu bhayeko chha.\n\n'
        'Antarwarta (interview) yehi Bihibar (Thursday) diuso 2 baje (2:00 PM Nepal time) hamro\n'
        'Lakeside, Pokhara office ma huncha. Interview lagbhag 1 ghanta ko huncha ra hamra General\n'
        'Manager Er. Dipak Thapa (cc ma hunuhuncha) le linu hunechha.\n\n'
        'Kripaya confirm garidinu hola.\n\n'
        'Dhanyabad,\nNirmala Pun\nHR & Admin Officer\nMadi Khola Energy Ltd., Lakeside-6, Pokhara\n'
        'Tel: 061-46XXXX\n')
    id2 = mid('b263-02b', nirmala[1])
    m2 = human_mail(seed='b263-02b', date=s2, frm=nirmala, to=[ME], cc=[dipak],
                    subject='Interview call - Hydropower Engineer (written test result)', text=t2,
                    msgid=id2)
    reply_me = ('Dhanyabad Nirmala ji! Bihibar 2 baje confirm garchu. I will travel to Pokhara on\n'
                'Wednesday evening.\n\n' + SIG_ME + '\n')
    t3 = ('Thank you ji, noted. See you on Thursday. Please bring the original certificates.\n\n'
          'Nirmala\n\n'
          f'On Sun, {s3.day} Apr 2026 at 12:58, {OWNER_NAME} <{OWNER}> wrote:\n'
          + quote(reply_me + '\n' + f'On Sun, {s2.day} Apr 2026 at 09:30, Nirmala Pun <{nirmala[1]}> wrote:\n'
                  + quote(t2)) + '\n')
    id_me = mid('b263-02me', OWNER)
    m3 = human_mail(seed='b263-02c', date=s3, frm=nirmala, to=[ME], cc=[dipak],
                    subject='Re: Interview call - Hydropower Engineer (written test result)', text=t3,
                    irt=id_me, refs=[id2, id_me])
    items = [('01-kumarijob-written-test.eml', m1), ('02-interview-call.eml', m2),
             ('03-re-interview-call.eml', m3)]
    add_case('b263-02-kumarijob-written-test-then-interview', items, [
        IV('Madi Khola Energy', 'Hydropower Engineer', start, start + timedelta(hours=1), 'scheduled',
           [dipak[1]], [dipak[1]], 'hiring_manager')],
        'hard', 'positive/written-test-then-interview',
        'Written test (Sat 11 Apr, 10:00-12:00) is a proctored exam, not a live conversation -> not '
        "labelled. Interview: romanized 'yehi Bihibar diuso 2 baje' from Sun 19 Apr -> Thu 23 Apr 14:00 "
        "NPT, 'lagbhag 1 ghanta' -> end 15:00. GM Dipak Thapa (cc) conducts it.")


def case03():
    """Delhi consultancy, Exchange/Teams invite with 'India Standard Time'; text also gives NPT."""
    sent = T(2026, 2, 20, 15, 12, IST, 40)
    start = wd(T(2026, 2, 26, 11, 0, IST), 'Thursday')
    npt = start.astimezone(KTM)
    assert (npt.hour, npt.minute) == (11, 15)
    neha = ('Neha Kapoor', 'neha.kapoor@yamunahydro.example')
    rajiv = ('Rajiv Menon', 'rajiv.menon@yamunahydro.example')
    body = (
        'Dear Pratiksha,\n\n'
        'As discussed on the phone, please find the invite for your technical interview with Rajiv\n'
        'Menon, Principal Engineer - Hydraulic Structures, for the Senior Hydraulic Design Engineer\n'
        'position in our Hydro & Water Resources practice (New Delhi).\n\n'
        f'Please note the time above is India time: {h12(start)} IST, i.e. {h12(npt)} Nepal time.\n'
        'Rajiv will go through your headworks and desander design experience, so please keep one\n'
        'or two sample drawings handy to share on screen.\n\n'
        "I am only coordinating and won't be on the call.\n\n"
        'Regards,\nNeha Kapoor\nTalent Acquisition | Yamuna Hydro Consultants Pvt. Ltd.\n'
        'Nehru Place, New Delhi 110019 | +91 11 4XXX XXXX\n')
    m = outlook_invite(seed='b263-03', date=sent, organizer=neha, to=[ME, rajiv],
                       subject='Technical Interview: Senior Hydraulic Design Engineer - Pratiksha Gurung',
                       body=body, tzid='India Standard Time', vtz=VTZ_INDIA_WIN, start=start,
                       end=start + timedelta(hours=1), location='Microsoft Teams Meeting',
                       attendees=[(OWNER_NAME, OWNER), (rajiv[0], rajiv[1], 'ACCEPTED')],
                       host='MA0PR01CU009.outbound.protection.outlook.com', ip='52.101.157.12')
    add_case('b263-03-delhi-teams-india-standard-time', [('01-teams-technical-interview.eml', m)], [
        IV('Yamuna Hydro Consultants', 'Senior Hydraulic Design Engineer', start,
           start + timedelta(hours=1), 'scheduled', [rajiv[1]], [rajiv[1]], 'technical')],
        'medium', 'positive/exchange-teams-ist',
        "Exchange invite with TZID 'India Standard Time' 11:00 (+05:30); body restates 11:15 AM Nepal "
        'time (same instant). Organizer Neha only coordinates; Rajiv conducts.')


def case04():
    """Google invite, bandh moves it by e-mail, Updated invitation SEQUENCE:1."""
    s1 = T(2026, 3, 20, 11, 2, KTM, 17)
    orig = wd(T(2026, 3, 26, 11, 0, KTM), 'Thursday')
    s2 = wd(T(2026, 3, 25, 18, 40, KTM, 9), 'Wednesday')
    new = wd(T(2026, 3, 29, 11, 0, KTM), 'Sunday')
    s3 = T(2026, 3, 25, 18, 52, KTM, 30)
    suman = ('Suman Joshi', 'suman.joshi@himalurja.example')
    bikash = ('Er. Bikash Adhikari', 'bikash.adhikari@himalurja.example')
    uid = f'{hx("b263-04uid", 26)}@google.com'
    title = 'Interview - Project Engineer (Civil) - Pratiksha Gurung'
    desc = ('In-person interview at our Thapathali office with Er. Bikash Adhikari (Director - '
            'Projects) for the Project Engineer (Civil) position.\nPlease bring your original '
            'certificates and NEC licence.\n\n- Suman (HR)')
    loc = 'Himal Urja Developers Ltd., Thapathali, Kathmandu'
    guests = [suman, (bikash[0], bikash[1], 'ACCEPTED'), ME]
    m1 = google_invite(seed='b263-04a', date=s1, organizer=suman, title=title, start=orig,
                       end=orig + timedelta(hours=1), location=loc, description=desc, guests=guests,
                       uid=uid)
    t2 = ('Namaste Pratiksha ji,\n\n'
          'Bholi (Thursday) ko lagi ek samuha le Nepal bandh ghoshana gareko chha, so most offices and\n'
          'vehicles will be closed tomorrow. We have to move your interview.\n\n'
          f'New time: Sunday, {new.day} March, same time - 11:00 AM at our Thapathali office. Bikash sir\n'
          'is available then. I will update the calendar invite now.\n\n'
          'Sorry for the inconvenience.\n\nSuman Joshi\nHR Manager, Himal Urja Developers Ltd.\n')
    m2 = human_mail(seed='b263-04b', date=s2, frm=suman, to=[ME], cc=[bikash],
                    subject='Interview tomorrow - bandh | moved to Sunday', text=t2)
    m3 = google_invite(seed='b263-04c', date=s3, organizer=suman, title=title, start=new,
                       end=new + timedelta(hours=1), location=loc, description=desc, guests=guests,
                       uid=uid, sequence=1, updated=True)
    items = [('01-invitation-interview-project-engineer.eml', m1),
             ('02-bandh-interview-moved.eml', m2),
             ('03-updated-invitation-sunday.eml', m3)]
    add_case('b263-04-bandh-reschedule-google', items, [
        IV('Himal Urja Developers', 'Project Engineer (Civil)', new, new + timedelta(hours=1),
           'scheduled', [bikash[1]], [bikash[1]], 'hiring_manager')],
        'hard', 'positive/reschedule-bandh',
        'Google invite Thu 26 Mar 11:00 NPT (DTSTART in UTC 05:15Z); a bandh is called, HR moves it to '
        'Sun 29 Mar same time (Nepali work week) and sends an Updated invitation (SEQUENCE:1). One '
        'interview at the final time.')


def case05():
    """Inspira CBI notice + Teams invite in 'Nepal Standard Time' = one interview."""
    s1 = T(2026, 4, 9, 8, 15, UTC, 51)
    start = wd(T(2026, 4, 22, 10, 0, KTM), 'Wednesday')
    s2 = wd(T(2026, 4, 13, 15, 5, KTM, 12), 'Monday')
    karin = ('Karin Holm', 'karin.holm@unori.example')
    t1 = (
        'Dear Ms. Pratiksha Gurung,\n\n'
        'Job Opening ID: 31457\n'
        'Job Title: Associate Engineer (Water Infrastructure), NOB\n'
        'Department/Office: United Nations Office for Resilient Infrastructure (UNORI), Nepal Country Office\n'
        'Duty Station: KATHMANDU\n\n'
        'Further to your application for the above position, we are pleased to inform you that you\n'
        'have been shortlisted for a competency-based interview.\n\n'
        f'Date: {start:%A}, {start.day} {start:%B %Y}\n'
        'Time: 10:00 hrs Kathmandu time (GMT+5:45)\n'
        'Duration: approximately 60 minutes\n'
        'Modality: Microsoft Teams (the link will be sent separately by the Human Resources Unit)\n\n'
        'The interview panel will consist of three members and will assess the competencies set out in\n'
        'the job opening (Professionalism, Planning and Organizing, Communication) as well as your\n'
        'technical knowledge of water and hydropower infrastructure.\n\n'
        'Please confirm your availability in your Inspira account (Careers Home > My Applications) no\n'
        'later than 13 April 2026.\n\n'
        'Should you have any questions, please contact Ms. Karin Holm, Human Resources Associate, at\n'
        f'{karin[1]}.\n\n'
        'Please do not reply to this message; this mailbox is not monitored.\n\n'
        'Inspira - United Nations Careers\n')
    seed = 'b263-05a'
    root = multi('alternative', '----=_Part_' + num(seed, 6) + '_' + num(seed + 'x', 9) + '.' + num(seed + 'y', 13), [
        leaf('text/plain; charset=UTF-8', t1, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', '<html><body style="font-family:Verdana">' + text_to_html(t1)
             + '</body></html>\n', 'quoted-printable')])
    H = base_headers(s1, ('Inspira', 'do-not-reply@inspira.un.org'), [ME],
                     'Invitation to Competency-Based Interview - JO 31457 - Associate Engineer '
                     '(Water Infrastructure), NOB', f'{num(seed, 9)}.{num(seed + "z", 7)}.JavaMail.psoft@inspira.un.org',
                     host='smtp-out2.un.org', ip='157.150.185.61')
    m1 = message(H, root)
    body = (
        'Dear Ms. Gurung,\n\n'
        'Further to the Inspira notification, please find below the Microsoft Teams link for your\n'
        'competency-based interview for JO 31457 - Associate Engineer (Water Infrastructure), NOB.\n\n'
        'Kindly join five minutes early and keep your national ID or passport ready for identification.\n'
        'The panel members will join directly; I will not be present during the interview.\n\n'
        'Best regards,\nKarin Holm\nHuman Resources Associate\n'
        'UNORI Nepal Country Office | UN House, Pulchowk, Lalitpur\n')
    m2 = outlook_invite(seed='b263-05b', date=s2, organizer=karin, to=[ME],
                        subject='CBI - JO 31457 - Associate Engineer (Water Infrastructure), NOB - Ms. Pratiksha Gurung',
                        body=body, tzid='Nepal Standard Time', vtz=VTZ_NEPAL_WIN, start=start,
                        end=start + timedelta(hours=1), location='Microsoft Teams Meeting',
                        attendees=[(OWNER_NAME, OWNER)],
                        host='SI2PR04CU001.outbound.protection.outlook.com', ip='52.101.128.33')
    items = [('01-inspira-cbi-invitation.eml', m1), ('02-teams-invite-cbi.eml', m2)]
    add_case('b263-05-inspira-cbi-plus-teams-nepal-tz', items, [
        IV('United Nations Office for Resilient Infrastructure', 'Associate Engineer (Water Infrastructure)',
           start, start + timedelta(hours=1), 'scheduled', [], [karin[1]], 'onsite')],
        'medium', 'positive/inspira-and-teams-dedupe',
        "Inspira notice (10:00 hrs Kathmandu time) and HR's Teams invite (TZID 'Nepal Standard Time', "
        'no DST, +05:45) are the same interview. Three-member panel without addresses -> onsite, no '
        'interviewer e-mails; follow-up to HR Associate Karin Holm (Inspira sender is do-not-reply).')


def case06():
    """Oracle Taleo notice in Kathmandu time + Zoom .ics in Asia/Manila."""
    s1 = T(2026, 4, 28, 3, 10, UTC, 27)
    start = wd(T(2026, 5, 12, 7, 45, KTM), 'Tuesday')
    mnl = start.astimezone(MNL)
    assert (mnl.hour, mnl.minute) == (10, 0)
    end = start + timedelta(minutes=45)
    s2 = wd(T(2026, 4, 30, 16, 22, MNL, 8), 'Thursday')
    maricel = ('Maricel Santos', 'maricel.santos@apib.example')
    t1 = (
        'Dear Pratiksha Gurung,\n\n'
        'Thank you for your interest in the position of Project Officer (Energy), Nepal Resident Mission\n'
        '(Requisition 260118) at the Asia-Pacific Infrastructure Bank (APIB).\n\n'
        'We are pleased to invite you to a panel interview via Zoom on:\n\n'
        f'    {start:%A}, {start.day} {start:%B %Y}, {start:%I:%M %p} Kathmandu time ({h12(mnl)} Manila time)\n\n'
        'The interview will take approximately 45 minutes. The panel will be chaired by the Principal\n'
        'Energy Specialist, South Asia Department, and will include two staff members of the Nepal\n'
        'Resident Mission.\n\n'
        'The Zoom meeting details will be sent to you by our recruitment team. Kindly acknowledge receipt\n'
        'of this invitation by writing to Ms. Maricel Santos, Associate Human Resources Officer, at\n'
        f'{maricel[1]}.\n\n'
        'This is a system-generated e-mail. Please do not reply.\n\n'
        'APIB Recruitment\n')
    seed = 'b263-06a'
    h1 = ('<html><body><table width="600" style="font-family:Arial;font-size:13px"><tr><td>'
          '<img src="https://apib.taleo.net/careersection/theme/1/logo.png" alt="APIB"><br>'
          + text_to_html(t1) + '</td></tr></table></body></html>\n')
    root = multi('alternative', '----=_Part_' + num(seed, 7) + '_' + num(seed + 'q', 10) + '.' + num(seed + 'r', 13), [
        leaf('text/plain; charset=UTF-8', t1, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', h1, 'quoted-printable')])
    H = base_headers(s1, ('Asia-Pacific Infrastructure Bank', 'apib@taleo.net'), [ME],
                     'Interview Invitation - Project Officer (Energy), Nepal Resident Mission - Req. 260118',
                     f'{num(seed, 10)}.{num(seed + "s", 8)}.JavaMail.taleo@taleo.net',
                     host='sjc1-mta02.taleo.net', ip='160.34.15.202',
                     return_path='bounces+apib@taleo.net',
                     extra=[('X-Taleo-Correspondence', 'INTERVIEW_INVITATION_PANEL')])
    m1 = message(H, root)
    zoom_id = '8' + num('b263-06zoom', 10)
    zcal = ['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0',
            'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'CLASS:PUBLIC'] + VTZ_MNL_OLSON + [
            'BEGIN:VEVENT', f'DTSTAMP:{utcz(s2)}', f'DTSTART;TZID=Asia/Manila:{local(mnl)}',
            f'DTEND;TZID=Asia/Manila:{local(end.astimezone(MNL))}',
            'SUMMARY:APIB Panel Interview - Project Officer (Energy) NRM - P. Gurung',
            f'UID:{utcz(s2)}-{zoom_id}@zoom.us', 'TZID:Asia/Manila',
            'DESCRIPTION:Maricel Santos is inviting you to a scheduled Zoom meeting.\\n\\nJoin Zoom '
            f'Meeting\\nhttps://apib.zoom.us/j/{zoom_id}?pwd={b64("b263-06pwd", 22).replace("/", "a").replace("+", "b")}\\n\\n'
            f'Meeting ID: {zoom_id[:3]} {zoom_id[3:7]} {zoom_id[7:]}\\nPasscode: {num("b263-06pc", 6)}\\n\\n---\\n\\n'
            'One tap mobile\\n+6531651065\\,\\,' + zoom_id + '# Singapore\\n',
            f'LOCATION:https://apib.zoom.us/j/{zoom_id}',
            'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
            'END:VEVENT', 'END:VCALENDAR']
    t2 = (
        'Dear Ms. Gurung,\n\n'
        'Thank you for acknowledging the interview invitation. Please find attached the Zoom calendar\n'
        'file for your panel interview on 12 May.\n\n'
        f'Kindly note the invite is set in Manila time ({h12(mnl)} PHT), which is {h12(start)} in Kathmandu.\n'
        'Please ensure a stable connection and have your passport ready for identification at the start.\n\n'
        'Best regards,\n\nMaricel Santos\nAssociate Human Resources Officer\n'
        'Human Resources Division | Asia-Pacific Infrastructure Bank\n6 APIB Avenue, Mandaluyong City, Manila\n')
    seed2 = 'b263-06b'
    alt = multi('alternative', f'_000_{hx(seed2, 28).upper()}apcprd03prod_', [
        leaf('text/plain; charset="us-ascii"', t2, 'quoted-printable'),
        leaf('text/html; charset="us-ascii"', text_to_html(t2, 'Calibri,sans-serif'), 'quoted-printable')])
    root2 = multi('mixed', f'_004_{hx(seed2, 28).upper()}apcprd03prod_', [
        alt,
        leaf('text/calendar; name="zoom_panel_interview.ics"', ics(zcal), 'base64',
             extra=[('Content-Description', 'zoom_panel_interview.ics'),
                    ('Content-Disposition', 'attachment; filename="zoom_panel_interview.ics"')])])
    id_me = mid('b263-06me', OWNER)
    H2 = base_headers(s2.astimezone(UTC), maricel, [ME],
                      'RE: Interview Invitation - Project Officer (Energy), Nepal Resident Mission - Req. 260118',
                      f'{hx(seed2, 28).upper()}@TY0PR03MB{num(seed2, 4)}.apcprd03.prod.outlook.com',
                      host='TY3P286CU002.outbound.protection.outlook.com', ip='52.101.229.9',
                      irt=id_me, refs=[id_me],
                      extra=[('Thread-Topic', 'Interview Invitation - Project Officer (Energy), Nepal Resident Mission - Req. 260118'),
                             ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
                             ('X-MS-Has-Attach', 'yes')])
    m2 = message(H2, root2)
    items = [('01-taleo-interview-invitation.eml', m1), ('02-re-zoom-details.eml', m2)]
    add_case('b263-06-taleo-devbank-zoom-manila', items, [
        IV('Asia-Pacific Infrastructure Bank', 'Project Officer (Energy)', start, end, 'scheduled',
           [], [maricel[1]], 'onsite')],
        'hard', 'positive/taleo-and-zoom-ics-dedupe',
        'Taleo notice says 07:45 AM Kathmandu (10:00 Manila); the attached Zoom .ics is in TZID '
        'Asia/Manila 10:00-10:45 (+08:00): same instant, one interview. Panel without addresses -> '
        'onsite, follow-up to the HR officer (Taleo sender is system).')


def case07():
    """Dubai firm: recruiter WhatsApp screen (e-mail only) then technical interview (Calendar API)."""
    s1 = wd(T(2026, 2, 12, 13, 5, DXB, 33), 'Thursday')
    screen = wd(T(2026, 2, 16, 16, 0, DXB), 'Monday')
    sn = screen.astimezone(KTM)
    assert (sn.hour, sn.minute) == (17, 45)
    tech = wd(T(2026, 2, 25, 10, 0, DXB), 'Wednesday')
    tech_end = tech + timedelta(minutes=75)
    layla = ('Layla Haddad', 'layla.haddad@gulfdams.example')
    omar = ('Omar Farouk', 'omar.farouk@gulfdams.example')
    t1 = (
        'Hi Pratiksha,\n\n'
        'Thanks for applying for the Senior Civil Engineer - Dams role with Gulf Dams & Waterworks here\n'
        'in Dubai. I would like to have an initial 30-minute call with you to go through your background,\n'
        'notice period and salary expectations.\n\n'
        f'I have put us down for Monday {screen.day} February at {h12(screen)} UAE time - that should be\n'
        f'{h12(sn)} in Kathmandu. I will call you on WhatsApp on the number in your CV (+977 98XXXXXXXX).\n'
        'If that does not work for you, just reply and we will find another slot.\n\n'
        'Best regards,\n\nLayla Haddad\nSenior Talent Partner | Gulf Dams & Waterworks LLC\n'
        'Al Quoz Industrial 3, Dubai, UAE | +971 4 3XX XXXX\n')
    m1 = human_mail(seed='b263-07a', date=s1, frm=layla, to=[ME],
                    subject='Senior Civil Engineer (Dams) - intro call on Monday', text=t1,
                    host='mail-eopbgr80105.outbound.protection.outlook.com', ip='40.107.8.105')
    created = T(2026, 2, 17, 9, 40, DXB, 12)
    ev = gcal_event(
        kind='calendar#event', etag=f'"{num("b263-07etag", 16)}"', id=hx('b263-07ev', 26),
        status='confirmed',
        htmlLink='https://www.google.com/calendar/event?eid=' + base64.b64encode(
            f'{hx("b263-07ev", 26)} {OWNER}'.encode()).decode().rstrip('='),
        created=created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        updated=(created + timedelta(minutes=3)).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.412Z'),
        summary='Technical interview - Senior Civil Engineer (Dams) - Pratiksha Gurung',
        description=('Technical interview with Omar Farouk (Principal Dam Engineer).\n'
                     '75 minutes: ~45 min technical discussion (RCC and CFRD design, spillway hydraulics, '
                     'instrumentation), then a 30 min design case you will walk through live.\n\n'
                     "Layla (Talent) is organising only and won't join the call.\n\n"
                     'Join with Google Meet: https://meet.google.com/wqk-hzpt-rbd'),
        location='Google Meet',
        creator={'email': layla[1], 'displayName': layla[0]},
        organizer={'email': layla[1], 'displayName': layla[0]},
        start={'dateTime': tech.astimezone(KTM).isoformat(), 'timeZone': 'Asia/Dubai'},
        end={'dateTime': tech_end.astimezone(KTM).isoformat(), 'timeZone': 'Asia/Dubai'},
        iCalUID=f'{hx("b263-07ev", 26)}@google.com', sequence=0,
        attendees=[{'email': layla[1], 'displayName': layla[0], 'organizer': True,
                    'responseStatus': 'accepted'},
                   {'email': omar[1], 'displayName': omar[0], 'responseStatus': 'accepted'},
                   {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}],
        hangoutLink='https://meet.google.com/wqk-hzpt-rbd',
        reminders={'useDefault': True}, eventType='default')
    items = [('01-intro-call-monday.eml', m1), ('02-technical-interview.gcal.json', ev)]
    add_case('b263-07-dubai-screen-then-technical', items, [
        IV('Gulf Dams & Waterworks', 'Senior Civil Engineer (Dams)', screen,
           screen + timedelta(minutes=30), 'scheduled', [layla[1]], [layla[1]], 'phone_screen'),
        IV('Gulf Dams & Waterworks', 'Senior Civil Engineer (Dams)', tech, tech_end, 'scheduled',
           [omar[1]], [omar[1]], 'technical')],
        'hard', 'positive/two-interviews-gulf',
        'Two interviews: recruiter WhatsApp screen booked by e-mail (Mon 16 Feb 4 PM UAE = 5:45 PM NPT, '
        '30 min) and a Calendar API event for the technical round (dateTime shown at +05:45, timeZone '
        'Asia/Dubai, 10:00-11:15 GST). Layla organises the second one but does not join.')


def case08():
    """Sydney firm: Teams invite 2 Apr (AEDT), moved one week to 9 Apr (AEST after 5 Apr DST end)."""
    s1 = T(2026, 3, 23, 10, 14, SYD, 2)
    orig = wd(T(2026, 4, 2, 13, 0, SYD), 'Thursday')
    assert orig.utcoffset() == timedelta(hours=11)
    on = orig.astimezone(KTM)
    assert (on.hour, on.minute) == (7, 45)
    s2 = wd(T(2026, 3, 31, 16, 48, SYD, 55), 'Tuesday')
    new = wd(T(2026, 4, 9, 13, 0, SYD), 'Thursday')
    assert new.utcoffset() == timedelta(hours=10)
    nn = new.astimezone(KTM)
    assert (nn.hour, nn.minute) == (8, 45)
    s3 = T(2026, 3, 31, 16, 55, SYD, 41)
    fiona = ('Fiona McLeod', 'fiona.mcleod@kosciuszkohydro.example')
    role = 'Civil Engineer - Pumped Hydro (Tunnels & Shafts)'
    subject = f'Interview: {role} - Pratiksha Gurung'
    body1 = (
        'Hi Pratiksha,\n\n'
        f'Thanks for your application for the {role} role. I would like to have a one-hour\n'
        'conversation with you about the role and your underground works experience on the\n'
        'Himalayan projects.\n\n'
        f'1:00 PM Sydney time (AEDT) - I believe that is {h12(on)} for you in Kathmandu, apologies for\n'
        'the early start.\n\n'
        'Cheers,\nFiona McLeod\nEngineering Manager - Underground Works\n'
        'Kosciuszko Hydro Partners Pty Ltd | Level 9, 60 Margaret St, Sydney NSW 2000\n')
    uid = outlook_uid('b263-08')
    att_list = [(OWNER_NAME, OWNER)]
    m1 = outlook_invite(seed='b263-08a', date=s1, organizer=fiona, to=[ME], subject=subject,
                        body=body1, tzid='AUS Eastern Standard Time', vtz=VTZ_AUS_EAST_WIN,
                        start=orig, end=orig + timedelta(hours=1), location='Microsoft Teams Meeting',
                        attendees=att_list, uid=uid,
                        host='SY4PR01CU001.outbound.protection.outlook.com', ip='52.101.150.20')
    t2 = (
        'Hi Pratiksha,\n\n'
        'Something has come up on site for Thursday, sorry. Could we push our chat back a week to\n'
        f'Thursday {new.day} April, same time (1:00 PM Sydney)? Heads-up that our clocks go back on Sunday\n'
        f'5 April, so it will be {h12(nn)} in Kathmandu rather than {h12(on)}. I will send the updated invite\n'
        'now - just accept it if it works.\n\n'
        'Cheers,\nFiona\n')
    m2 = human_mail(seed='b263-08b', date=s2, frm=fiona, to=[ME], subject='RE: ' + subject, text=t2,
                    host='SY4PR01CU001.outbound.protection.outlook.com', ip='52.101.150.20',
                    extra=[('Thread-Topic', subject)])
    body3 = body1.replace('1:00 PM Sydney time (AEDT) - I believe that is',
                          'UPDATED: moved one week. 1:00 PM Sydney time (AEST from 5 April) -').replace(
        f'{h12(on)} for you in Kathmandu, apologies for\nthe early start.',
        f'{h12(nn)} for you in Kathmandu.\n')
    m3 = outlook_invite(seed='b263-08c', date=s3, organizer=fiona, to=[ME], subject=subject,
                        body=body3, tzid='AUS Eastern Standard Time', vtz=VTZ_AUS_EAST_WIN,
                        start=new, end=new + timedelta(hours=1), location='Microsoft Teams Meeting',
                        attendees=att_list, uid=uid, sequence=1,
                        host='SY4PR01CU001.outbound.protection.outlook.com', ip='52.101.150.20')
    items = [('01-teams-invite-2-april.eml', m1), ('02-re-push-a-week.eml', m2),
             ('03-teams-invite-updated-9-april.eml', m3)]
    add_case('b263-08-sydney-reschedule-across-dst', items, [
        IV('Kosciuszko Hydro Partners', role, new, new + timedelta(hours=1), 'scheduled',
           [fiona[1]], [fiona[1]], 'hiring_manager')],
        'hard', 'positive/reschedule-across-dst',
        "Teams invite 'AUS Eastern Standard Time' Thu 2 Apr 13:00 (AEDT +11 = 07:45 NPT) moved to Thu 9 "
        'Apr 13:00, which is after Sydney DST ends on 5 Apr (AEST +10 = 08:45 NPT); SEQUENCE:1 update. '
        "Outlook's display label '(UTC+10:00)' is the zone's standard offset, not the April 2 offset.")


def case09():
    """Pokhara developer: one-day site visit + interview = one onsite."""
    s1 = wd(T(2026, 5, 3, 11, 20, KTM, 6), 'Sunday')
    day = wd(T(2026, 5, 8, 0, 0, KTM), 'Friday')
    start = day.replace(hour=10)
    end = day.replace(hour=14)
    s2 = wd(T(2026, 5, 4, 9, 47, KTM, 31), 'Monday')
    sarita = ('Sarita Poudel', 'sarita.poudel@setigandakipower.example')
    manoj = ('Er. Manoj Baral', 'manoj.baral@setigandakipower.example')
    hps = ('Hari Prasad Subedi', 'hp.subedi@setigandakipower.example')
    t1 = (
        'Dear Pratiksha ji,\n\n'
        'Thank you for attending the first round. We are happy to invite you to the final round for the\n'
        'Resident Engineer (Headworks) position at our Seti Khola project (Kaski). Since the role is\n'
        'site-based, the final round is held at site.\n\n'
        f'Friday, {day.day} May 2026 - programme (Nepal time):\n'
        '  07:30         Pick-up from our Pokhara office (New Road) by company jeep\n'
        '  09:30         Arrival at camp, safety induction (PPE provided)\n'
        '  10:00 - 12:00 Site visit of headworks, desander and adit-2 with Er. Manoj Baral (Project\n'
        '                Manager). This is part of the assessment: he will discuss the ongoing\n'
        '                construction issues with you and ask how you would handle them.\n'
        '  12:00 - 13:00 Lunch at camp\n'
        '  13:00 - 14:00 Interview with Mr. Hari Prasad Subedi (Managing Director) and Er. Manoj Baral\n'
        '                at the site office\n'
        '  14:30         Return jeep to Pokhara (arrive around 16:30)\n\n'
        'Please wear safety boots; helmet and vest will be provided. Travel cost from Kathmandu to\n'
        'Pokhara will be reimbursed as per company rules.\n\n'
        'Manoj sir and MD sir are in cc. Please confirm by reply.\n\n'
        'Regards,\nSarita Poudel\nHR Officer, Seti Gandaki Power Company Ltd.\nNew Road, Pokhara-8 | 061-53XXXX\n')
    id1 = mid('b263-09a', sarita[1])
    m1 = human_mail(seed='b263-09a', date=s1, frm=sarita, to=[ME], cc=[manoj, hps],
                    subject='Final round - site visit & interview, Friday 8 May', text=t1, msgid=id1)
    me = ('Dear Sarita ji,\n\nThank you. I confirm Friday 8 May. I will be at the New Road office by\n'
          '07:20 for the jeep.\n\nRegards,\n' + SIG_ME + '\n')
    id_me = mid('b263-09me', OWNER)
    t2 = ('Thank you Pratiksha ji, noted. Driver Ram Bahadur (98XXXXXXXX) will be at the office from 07:15.\n\n'
          'Sarita\n\n'
          f'On Sun, 3 May 2026, 20:02 {OWNER_NAME} <{OWNER}> wrote:\n' + quote(me) + '\n')
    m2 = human_mail(seed='b263-09b', date=s2, frm=sarita, to=[ME], cc=[manoj, hps],
                    subject='Re: Final round - site visit & interview, Friday 8 May', text=t2,
                    irt=id_me, refs=[id1, id_me])
    items = [('01-final-round-site-visit.eml', m1), ('02-re-confirmed-driver.eml', m2)]
    add_case('b263-09-pokhara-site-visit-onsite', items, [
        IV('Seti Gandaki Power Company', 'Resident Engineer (Headworks)', start, end, 'scheduled',
           [manoj[1], hps[1]], [manoj[1], hps[1]], 'onsite')],
        'hard', 'positive/site-visit-onsite',
        'One-day final round: assessed site visit with the PM 10:00-12:00, lunch, interview with MD + PM '
        '13:00-14:00 -> one onsite 10:00-14:00 NPT. The 07:30 pick-up, 09:30 safety induction and 14:30 '
        'return are logistics, not sessions. HR Sarita only coordinates.')


def case10():
    """INGO Pokhara: Calendar API event only (second round with programme manager)."""
    start = wd(T(2026, 3, 10, 14, 30, KTM), 'Tuesday')
    end = start + timedelta(minutes=45)
    created = T(2026, 3, 4, 12, 5, KTM, 40)
    deepa = ('Deepa Rai', 'deepa.rai@waterbridge-nepal.example')
    evid = hx('b263-10ev', 26)
    ev = gcal_event(
        kind='calendar#event', etag=f'"{num("b263-10etag", 16)}"', id=evid, status='confirmed',
        htmlLink='https://www.google.com/calendar/event?eid=' + base64.b64encode(
            f'{evid} {OWNER}'.encode()).decode().rstrip('='),
        created=created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        updated=(created + timedelta(hours=2)).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.087Z'),
        summary='2nd round: Micro-Hydro & Rural Water Engineer - Pratiksha Gurung / Deepa',
        description=('Namaste Pratiksha! This is the second-round interview with me (Deepa Rai, Programme '
                     'Manager - WASH & Energy) for the Micro-Hydro & Rural Water Engineer position '
                     'based in Pokhara.\n\nCome to the Lakeside office if you are in Pokhara, otherwise '
                     'join on Meet. Yadi batti gayo (load-shedding) bhane I will call you on your mobile '
                     'instead.\n\nPlease be ready to talk through one micro-hydro scheme you designed '
                     '(penstock sizing, cost per kW).'),
        location='WaterBridge Nepal, Lakeside-3, Pokhara / Google Meet',
        creator={'email': deepa[1], 'displayName': deepa[0]},
        organizer={'email': deepa[1], 'displayName': deepa[0]},
        start={'dateTime': start.isoformat(), 'timeZone': 'Asia/Kathmandu'},
        end={'dateTime': end.isoformat(), 'timeZone': 'Asia/Kathmandu'},
        iCalUID=f'{evid}@google.com', sequence=0,
        attendees=[{'email': deepa[1], 'displayName': deepa[0], 'organizer': True,
                    'responseStatus': 'accepted'},
                   {'email': 'hr.pokhara@waterbridge-nepal.example', 'displayName': 'WBN Pokhara HR',
                    'responseStatus': 'needsAction'},
                   {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}],
        hangoutLink='https://meet.google.com/ptc-mqwa-kzr',
        conferenceData={'entryPoints': [{'entryPointType': 'video',
                                         'uri': 'https://meet.google.com/ptc-mqwa-kzr',
                                         'label': 'meet.google.com/ptc-mqwa-kzr'}],
                        'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
                        'conferenceId': 'ptc-mqwa-kzr'},
        reminders={'useDefault': True}, eventType='default')
    add_case('b263-10-ingo-gcal-json-pokhara', [('01-second-round-deepa.gcal.json', ev)], [
        IV('WaterBridge Nepal', 'Micro-Hydro & Rural Water Engineer', start, end, 'scheduled',
           [deepa[1]], [deepa[1]], 'hiring_manager')],
        'easy', 'positive/gcal-json-only',
        'Calendar API event only, Asia/Kathmandu (+05:45). Deepa conducts; the HR group mailbox '
        'attendee is neither interviewer nor follow-up recipient.')


def case11():
    """Standalone Outlook .ics with 'Nepal Standard Time' VTIMEZONE: final chat with the CEO."""
    stamp = T(2026, 4, 29, 10, 12, KTM, 0)
    start = wd(T(2026, 5, 5, 16, 0, KTM), 'Tuesday')
    end = start + timedelta(minutes=30)
    anita = ('Anita Shakya', 'anita.shakya@langtangpower.example')
    rab = ('Rabindra Pradhan', 'rabindra.pradhan@langtangpower.example')
    tb, url = teams_block('b263-11')
    desc = ('Final interview with Mr. Rabindra Pradhan, CEO, for the Civil Engineer (Design) position '
            '(Langtang Power Holdings, Hattisar). Anita (EA to CEO) has scheduled this and will not '
            'attend.\n\n' + tb)
    cal = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0'] + \
        VTZ_NEPAL_WIN + ['BEGIN:VEVENT', f'ORGANIZER;CN={anita[0]}:mailto:{anita[1]}',
                         att(rab[0], rab[1], 'ACCEPTED'), att(OWNER_NAME, OWNER),
                         f'DESCRIPTION;LANGUAGE=en-US:{esc(desc)}',
                         f'UID:{outlook_uid("b263-11")}',
                         'SUMMARY;LANGUAGE=en-US:Final interview (CEO) - Civil Engineer (Design) - Pratiksha Gurung',
                         f'DTSTART;TZID=Nepal Standard Time:{local(start)}',
                         f'DTEND;TZID=Nepal Standard Time:{local(end)}',
                         'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{utcz(stamp)}', 'TRANSP:OPAQUE',
                         'STATUS:CONFIRMED', 'SEQUENCE:0', 'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting',
                         'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
                         'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
                         'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
                         f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}',
                         'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
                         'X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting',
                         'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
                         'ACTION:DISPLAY', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    add_case('b263-11-standalone-ics-nepal-standard-time',
             [('01-final-interview-ceo.ics', ics(cal).encode('utf-8'))], [
                 IV('Langtang Power Holdings', 'Civil Engineer (Design)', start, end, 'scheduled',
                    [rab[1]], [rab[1]], 'other')],
             'easy', 'positive/standalone-ics-windows-tzid',
             "Standalone Exchange .ics, TZID 'Nepal Standard Time' (STANDARD and DAYLIGHT both +0545). "
             'Final conversation with the CEO; the EA organizer does not attend.')


def case12():
    """Devanagari Gmail thread (base64 bodies): 'भोलि दिउँसो २ बजे' phone interview."""
    s1 = wd(T(2026, 2, 4, 17, 10, KTM, 26), 'Wednesday')
    start = wd(T(2026, 2, 5, 14, 0, KTM), 'Thursday')
    end = start + timedelta(minutes=20)
    s2 = T(2026, 2, 4, 19, 2, KTM, 50)
    bimala = ('Bimala Tamang', 'bimala.tamang@kaligandaki-eng.example')
    t1 = ('नमस्ते प्रतीक्षा जी,\n\n'
          'तपाईंले Hydropower Engineer (Feasibility Studies) पदका लागि पठाउनुभएको CV हेर्यौं, धन्यवाद।\n\n'
          'पहिलो चरणमा भोलि (बिहीबार) दिउँसो २ बजे फोनमा छोटो अन्तर्वार्ता (करिब २० मिनेट) लिन\n'
          'चाहन्छौं। म आफैंले तपाईंको मोबाइलमा फोन गर्नेछु। समय मिल्दैन भने जवाफमा जानकारी\n'
          'दिनुहोला।\n\n'
          'धन्यवाद,\nबिमला तामाङ\nHR Coordinator\nKaligandaki Engineering Consultants Pvt. Ltd.\n'
          'Kupondole, Lalitpur | 01-55XXXXX\n')
    subj = 'फोन अन्तर्वार्ता – Hydropower Engineer (Feasibility Studies)'
    id1 = mid('b263-12a', bimala[1])
    m1 = human_mail(seed='b263-12a', date=s1, frm=bimala, to=[ME], subject=subj, text=t1, cte='base64',
                    msgid=id1)
    me = ('हुन्छ, भोलि २ बजे मिल्छ। बत्ती गए पनि मोबाइलमा फोन गर्नुहोला। धन्यवाद!\n\nप्रतीक्षा\n')
    id_me = mid('b263-12me', OWNER)
    t2 = ('ठिक छ, भोलि २ बजे फोन गर्छु।\n\nबिमला\n\n'
          f'On Wed, Feb 4, 2026 at 6:41 PM {OWNER_NAME} <{OWNER}> wrote:\n'
          + quote(me + '\n' + f'On Wed, Feb 4, 2026 at 5:10 PM Bimala Tamang <{bimala[1]}> wrote:\n'
                  + quote(t1)) + '\n')
    m2 = human_mail(seed='b263-12b', date=s2, frm=bimala, to=[ME], subject='Re: ' + subj, text=t2,
                    cte='base64', irt=id_me, refs=[id1, id_me])
    items = [('01-phone-antarwarta.eml', m1), ('02-re-phone-antarwarta.eml', m2)]
    add_case('b263-12-devanagari-phone-screen-tomorrow', items, [
        IV('Kaligandaki Engineering Consultants', 'Hydropower Engineer (Feasibility Studies)', start, end,
           'scheduled', [bimala[1]], [bimala[1]], 'phone_screen')],
        'medium', 'positive/devanagari-body-relative-date',
        "Base64 Devanagari bodies and RFC 2047 subject. 'भोलि (बिहीबार) दिउँसो २ बजे' from Wed 4 Feb "
        "-> Thu 5 Feb 14:00 NPT; 'करिब २० मिनेट' -> end 14:20. HR coordinator places the call herself "
        '(recruiter doing the screen = interviewer).')


def case13():
    """Muscat firm: Exchange invite ('Arabian Standard Time') then METHOD:CANCEL."""
    s1 = wd(T(2026, 3, 25, 9, 31, MCT, 14), 'Wednesday')
    start = wd(T(2026, 4, 8, 11, 0, MCT), 'Wednesday')
    npt = start.astimezone(KTM)
    assert (npt.hour, npt.minute) == (12, 45)
    s2 = wd(T(2026, 4, 6, 14, 2, MCT, 50), 'Monday')
    aisha = ('Aisha Al-Rawahi', 'aisha.alrawahi@alhajarwater.example')
    suresh = ('Suresh Pillai', 'suresh.pillai@alhajarwater.example')
    role = 'Dam Safety Engineer'
    subject = f'Interview - {role} - Pratiksha Gurung'
    body1 = (
        'Dear Pratiksha,\n\n'
        f'Further to your application, please accept this invitation for a one-hour interview for the {role}\n'
        'position with Suresh Pillai, Engineering Manager - Dams.\n\n'
        f'Time: {h12(start)} Muscat time ({h12(npt)} Nepal time).\n\n'
        'I will not be joining; please contact me if you have any difficulty with the link.\n\n'
        'Kind regards,\nAisha Al-Rawahi\nHR Business Partner | Al Hajar Water Infrastructure LLC\n'
        'Ghala, Muscat, Sultanate of Oman\n')
    uid = outlook_uid('b263-13')
    atts = [(OWNER_NAME, OWNER), (suresh[0], suresh[1], 'ACCEPTED')]
    m1 = outlook_invite(seed='b263-13a', date=s1, organizer=aisha, to=[ME, suresh], subject=subject,
                        body=body1, tzid='Arabian Standard Time', vtz=VTZ_ARABIAN_WIN, start=start,
                        end=start + timedelta(hours=1), location='Microsoft Teams Meeting',
                        attendees=atts, uid=uid,
                        host='DU2PR04CU001.outbound.protection.outlook.com', ip='52.101.70.40')
    body2 = ('Dear Pratiksha,\n\n'
             f'I am sorry to let you know that the {role} position has been put on hold by management,\n'
             "so we need to cancel Wednesday's interview. We will keep your profile on file and contact\n"
             'you if the role reopens.\n\nKind regards,\nAisha\n')
    m2 = outlook_invite(seed='b263-13b', date=s2, organizer=aisha, to=[ME, suresh],
                        subject='Canceled: ' + subject, body=body2, tzid='Arabian Standard Time',
                        vtz=VTZ_ARABIAN_WIN, start=start, end=start + timedelta(hours=1),
                        location='Microsoft Teams Meeting', attendees=atts, uid=uid, sequence=1,
                        method='CANCEL', importance='High', teams=False,
                        host='DU2PR04CU001.outbound.protection.outlook.com', ip='52.101.70.40')
    items = [('01-teams-invite-dam-safety.eml', m1), ('02-canceled-interview.eml', m2)]
    add_case('b263-13-muscat-interview-cancelled', items, [
        IV('Al Hajar Water Infrastructure', role, start, start + timedelta(hours=1), 'cancelled',
           [suresh[1]], [suresh[1]], 'hiring_manager')],
        'medium', 'positive/cancellation-exchange',
        "Exchange invite TZID 'Arabian Standard Time' Wed 8 Apr 11:00 (+04:00 = 12:45 NPT), then "
        'METHOD:CANCEL / STATUS:CANCELLED (position on hold). Kept as cancelled at its last time.')


# ==============================================================================================
# NEGATIVE CASES (look-alikes)
# ==============================================================================================
def simple_ics(*, prodid, uid, stamp, start, end, summary, description, location, organizer=None,
               attendees=(), method='PUBLISH', tz='Asia/Kathmandu', vtz=VTZ_KTM_OLSON, utc=False):
    cal = ['BEGIN:VCALENDAR', f'PRODID:{prodid}', 'VERSION:2.0', 'CALSCALE:GREGORIAN', f'METHOD:{method}']
    if not utc:
        cal += vtz
    cal += ['BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{utcz(stamp)}']
    if utc:
        cal += [f'DTSTART:{utcz(start)}', f'DTEND:{utcz(end)}']
    else:
        cal += [f'DTSTART;TZID={tz}:{local(start)}', f'DTEND;TZID={tz}:{local(end)}']
    cal += [f'SUMMARY:{esc(summary)}', f'DESCRIPTION:{esc(description)}', f'LOCATION:{esc(location)}']
    if organizer:
        cal.append(f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}')
    cal += [att(*a) for a in attendees]
    cal += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return ics(cal)


def case14():
    """Lok Sewa Aayog written-exam admit card (mentions a later अन्तर्वार्ता)."""
    sent = T(2026, 5, 4, 6, 0, UTC, 31)
    exam = wd(T(2026, 5, 16, 11, 0, KTM), 'Saturday')
    t = ('प्रवेश पत्र (Admit Card) - Online Application System\n\n'
         'आदरणीय Pratiksha Gurung,\n\n'
         'तपाईंको दरखास्त स्वीकृत भएको छ। प्रवेश पत्र यसैसाथ संलग्न छ।\n\n'
         'विज्ञापन नं.      : 21184/2082-83\n'
         'सेवा/समूह/उपसमूह : नेपाल इन्जिनियरिङ सेवा, सिभिल समूह, हाइड्रोपावर उपसमूह\n'
         'पद/तह           : इन्जिनियर, अधिकृत सातौं तह\n'
         'रोल नं.          : 3017\n\n'
         'लिखित परीक्षा (प्रथम पत्र)\n'
         f'मिति : {exam.year}-{exam.month:02d}-{exam.day:02d} ({exam:%A}), समय: बिहान ११:०० बजे\n'
         'परीक्षा केन्द्र : Padma Kanya Campus, Bagbazar, Kathmandu\n\n'
         'परीक्षा सुरु हुनु ३० मिनेट अगाडि परीक्षा केन्द्रमा उपस्थित हुनुपर्नेछ। नागरिकता प्रमाणपत्र र\n'
         'प्रवेश पत्र अनिवार्य रूपमा ल्याउनुपर्नेछ।\n\n'
         'लिखित परीक्षामा उत्तीर्ण उम्मेदवारहरूको प्रयोगात्मक परीक्षा तथा अन्तर्वार्ता (interview) को\n'
         'कार्यक्रम पछि सूचना प्रकाशित गरी जानकारी गराइनेछ।\n\n'
         'This is a system generated e-mail. Please do not reply.\n'
         'Online Application System\n')
    seed = 'b263-14'
    pdf = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>'
           b'endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
    root = multi('mixed', '=_' + hx(seed, 32), [
        multi('alternative', '=_alt_' + hx(seed + 'a', 28), [
            leaf('text/plain; charset=UTF-8', t, 'base64'),
            leaf('text/html; charset=UTF-8', text_to_html(t), 'base64')]),
        leaf('application/pdf; name="admit_card_21184_3017.pdf"', pdf, 'base64',
             extra=[('Content-Disposition', 'attachment; filename="admit_card_21184_3017.pdf"')])])
    H = base_headers(sent, ('Lok Sewa Aayog - Online Application', 'noreply@psc-online.example'), [ME],
                     'प्रवेश पत्र (Admit Card) - Engineering Service, Civil/Hydropower, Engineer (7th level)',
                     f'{hx(seed, 24)}@psc-online.example', host='mail.psc-online.example', ip='202.45.144.10')
    add_case('b263-14-lok-sewa-admit-card', [('01-pravesh-patra-admit-card.eml', message(H, root))], [],
             'hard', 'negative/public-service-exam-admit-card',
             'Public Service Commission written-exam admit card (Sat 16 May 11:00). A written exam is not a '
             "live conversation; the 'अन्तर्वार्ता' is only a future stage with no date.")


def case15():
    """Department of Passports enrolment appointment with .ics."""
    sent = T(2026, 3, 3, 8, 44, KTM, 2)
    start = wd(T(2026, 3, 9, 10, 30, KTM), 'Monday')
    end = start + timedelta(minutes=30)
    t = ('Dear PRATIKSHA GURUNG,\n\n'
         'Your appointment for e-Passport enrolment has been confirmed.\n\n'
         'Token No.        : KTM-260309-0417\n'
         f'Appointment Date : {start:%Y-%m-%d} ({start:%A})\n'
         f'Time Slot        : 10:30 AM - 11:00 AM\n'
         'Office           : Department of Passports, Tripureshwor, Kathmandu (Counter 4)\n\n'
         'Please bring your original citizenship certificate, the printed pre-enrolment form and your old\n'
         'passport (for renewal). Photograph, fingerprints and a short verification interview will be\n'
         'done at the counter. Arrive 15 minutes before your slot.\n\n'
         'The calendar file is attached for your convenience.\n\n'
         'Department of Passports - Online Appointment System\n(This is an automated e-mail.)\n')
    cal = simple_ics(prodid='-//DoP Nepal//Appointment System//EN', uid='KTM-260309-0417@passport-nepal.example',
                     stamp=sent, start=start, end=end, summary='e-Passport enrolment appointment (Token KTM-260309-0417)',
                     description='Biometric enrolment and verification. Bring citizenship certificate and pre-enrolment form.',
                     location='Department of Passports, Tripureshwor, Kathmandu',
                     attendees=[(OWNER_NAME, OWNER, 'NEEDS-ACTION')])
    seed = 'b263-15'
    root = multi('mixed', '----=_NextPart_' + hx(seed, 20), [
        leaf('text/plain; charset=UTF-8', t, 'quoted-printable'),
        leaf('text/calendar; charset=UTF-8; name="appointment.ics"', cal, 'base64',
             extra=[('Content-Disposition', 'attachment; filename="appointment.ics"')])])
    H = base_headers(sent, ('Department of Passports', 'appointment@passport-nepal.example'), [ME],
                     'Appointment Confirmed - e-Passport Enrolment (Token KTM-260309-0417)',
                     f'{hx(seed, 20)}@passport-nepal.example', host='smtp.passport-nepal.example',
                     ip='202.70.64.33')
    add_case('b263-15-passport-enrolment-appointment', [('01-passport-appointment.eml', message(H, root))], [],
             'medium', 'negative/government-appointment',
             "Passport enrolment slot with .ics; the 'verification interview' at the counter is not a job interview.")


def case16():
    """Dashain family gathering, Google invite from a cousin joking about an 'interview'."""
    sent = wd(T(2026, 9, 27, 20, 15, KTM, 3), 'Sunday')
    start = wd(T(2026, 10, 24, 11, 0, KTM), 'Saturday')
    end = start.replace(hour=17)
    aayush = ('Aayush Gurung', 'aayush.gurung@familymail.example')
    desc = ('Dashain ko jamghat at Thulo Buwa ko ghar! Tika sait 11:17 baje, khana after that.\n'
            'Thulo buwa le sabai ko job ko barema "interview" linu huncha 😄 - Pratiksha didi, tapai ko '
            'hydropower interview haru ko update ready rakhnus.\nBring the kids, we will fly kites on the roof.')
    m = google_invite(seed='b263-16', date=sent, organizer=aayush,
                      title='Dashain jamghat - Thulo Buwa ko ghar (Bhaktapur)', start=start, end=end,
                      location='Thulo Buwa ko ghar, Suryabinayak, Bhaktapur', description=desc,
                      guests=[aayush, ('Sunita Gurung', 'sunita.gurung@familymail.example'), ME],
                      uid=f'{hx("b263-16uid", 26)}@google.com')
    add_case('b263-16-dashain-family-gathering', [('01-invitation-dashain-jamghat.eml', m)], [],
             'medium', 'negative/family-event',
             "Google invite for a Dashain family gathering; 'interview' is a joke about relatives' questions.")


def case17():
    """FM radio programme wants to interview the owner about a flood-relief project."""
    s1 = wd(T(2026, 3, 23, 12, 40, KTM, 9), 'Monday')
    start = wd(T(2026, 3, 27, 7, 30, KTM), 'Friday')
    end = start + timedelta(minutes=20)
    s2 = T(2026, 3, 23, 16, 5, KTM, 44)
    sunita = ('Sunita Karki', 'sunita.karki@radiotrishuli.example')
    t1 = ('Namaskar Er. Pratiksha Gurung ji,\n\n'
          'I am the producer of "Bikas Sambad", the morning development programme on Radio Trishuli 96.4 FM.\n'
          'We would like to interview you live about the flood-relief embankment and bailey bridge work in\n'
          'Sindhupalchok that your team completed after last monsoon - what was built, how the community\n'
          'was involved and what preparation is needed before this monsoon.\n\n'
          f'Date: Friday, {start.day} March, 7:30 - 7:50 AM (live), studio in Bakhundole, Lalitpur.\n'
          'Please arrive by 7:10. If you cannot come to the studio we can also take you by phone.\n\n'
          'I will send a calendar invite. Dhanyabad!\n\n'
          'Sunita Karki\nProducer, Bikas Sambad | Radio Trishuli 96.4 FM\n')
    id1 = mid('b263-17a', sunita[1])
    m1 = human_mail(seed='b263-17a', date=s1, frm=sunita, to=[ME],
                    subject='Radio interview request - Bikas Sambad (flood relief work)', text=t1, msgid=id1)
    m2 = google_invite(seed='b263-17b', date=s2, organizer=sunita,
                       title='Live radio interview - Bikas Sambad (Er. Pratiksha Gurung, flood relief)',
                       start=start, end=end, location='Radio Trishuli 96.4 FM studio, Bakhundole, Lalitpur',
                       description='Live interview on the Sindhupalchok flood-relief embankment project. '
                                   'Arrive by 7:10 AM.',
                       guests=[sunita, ME], uid=f'{hx("b263-17uid", 26)}@google.com')
    items = [('01-radio-interview-request.eml', m1), ('02-invitation-live-radio-interview.eml', m2)]
    add_case('b263-17-radio-interview-flood-relief', items, [],
             'hard', 'negative/press-interview',
             'Radio programme interviews the owner as an expert about her past flood-relief work: press '
             'interview, not a hiring step, despite the invite titled "interview".')


def case18():
    """The owner sits on an interview panel as external expert (she interviews a junior engineer)."""
    sent = wd(T(2026, 4, 2, 11, 25, KTM, 39), 'Thursday')
    start = wd(T(2026, 4, 9, 14, 0, KTM), 'Thursday')
    asmita = ('Asmita KC', 'asmita.kc@bagmati-design.example')
    kiran = ('Er. Kiran Bhandari', 'kiran.bhandari@bagmati-design.example')
    body = ('Dear Panel Members,\n\n'
            'Thank you, Er. Pratiksha Gurung, for kindly agreeing to join as the external expert for our\n'
            'Junior Civil Engineer recruitment.\n\n'
            'Candidate: Rohan Thapa (BE Civil, 2024) - CV and scoring sheet attached in the Teams chat.\n'
            'Panel: Er. Kiran Bhandari (Chair), Er. Pratiksha Gurung (External Expert), Asmita KC (HR).\n\n'
            'Please join 10 minutes early for a short panel briefing. Each panel member will ask questions\n'
            'for about 10 minutes and fill in the scoring sheet.\n\n'
            'Regards,\nAsmita KC\nHR & Admin, Bagmati Design Associates, Jhamsikhel, Lalitpur\n')
    m = outlook_invite(seed='b263-18', date=sent, organizer=asmita, to=[kiran, ME],
                       subject='Interview Panel - Junior Civil Engineer - Candidate: Rohan Thapa',
                       body=body, tzid='Nepal Standard Time', vtz=VTZ_NEPAL_WIN, start=start,
                       end=start + timedelta(hours=1), location='Microsoft Teams Meeting',
                       attendees=[(kiran[0], kiran[1], 'ACCEPTED'), (OWNER_NAME, OWNER)],
                       host='SI2PR04CU006.outbound.protection.outlook.com', ip='52.101.128.61')
    add_case('b263-18-owner-on-interview-panel', [('01-interview-panel-junior-engineer.eml', m)], [],
             'hard', 'negative/user-is-interviewer',
             "Teams invite 'Interview Panel' in Nepal Standard Time, but the owner is the external panel "
             'expert interviewing candidate Rohan Thapa.')


def case19():
    """Trekking agency: TIMS/ACAP permit pickup and pre-trek briefing (.ics + e-mail)."""
    sent = T(2026, 4, 24, 17, 3, KTM, 27)
    start = wd(T(2026, 4, 30, 10, 0, KTM), 'Thursday')
    end = start + timedelta(minutes=45)
    pasang = ('Pasang Sherpa', 'pasang@annapurnatrail.example')
    t = ('Namaste Pratiksha!\n\n'
         'Your Annapurna Base Camp trek (2-9 May) is confirmed. Your TIMS card and ACAP permit are ready.\n\n'
         f'Please come to our Thamel office on Thursday {start.day} April at 10:00 AM to collect the permits\n'
         'and for a short pre-trek briefing with your guide Dawa. Bring 2 passport photos and a copy of your\n'
         'citizenship for our records. Calendar file attached.\n\n'
         'Dhanyabad,\nPasang Sherpa\nAnnapurna Trail Treks & Expedition, Thamel, Kathmandu\n')
    cal = simple_ics(prodid='-//Annapurna Trail Treks//Booking//EN', uid=f'{hx("b263-19", 16)}@annapurnatrail.example',
                     stamp=sent, start=start, end=end, summary='Permit pickup + pre-trek briefing (ABC trek)',
                     description='Collect TIMS card and ACAP permit. Briefing with guide Dawa.',
                     location='Annapurna Trail Treks office, Thamel, Kathmandu', organizer=pasang,
                     attendees=[(OWNER_NAME, OWNER, 'NEEDS-ACTION')], method='REQUEST')
    m = human_mail(seed='b263-19', date=sent, frm=pasang, to=[ME],
                   subject='Permit pickup & briefing - ABC trek 2 May', text=t,
                   attachments=[leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="permit-pickup.ics"',
                                     cal, 'base64',
                                     extra=[('Content-Disposition', 'attachment; filename="permit-pickup.ics"')])])
    items = [('01-permit-pickup-briefing.eml', m), ('02-permit-pickup.ics', cal.encode('utf-8'))]
    add_case('b263-19-trekking-permit-pickup', items, [],
             'easy', 'negative/personal-appointment',
             'Trekking permit pickup and guide briefing (e-mail + .ics); nothing hiring-related.')


def case20():
    """merojob job alert advertising an open walk-in interview."""
    sent = T(2026, 4, 17, 1, 15, UTC, 0)
    wd(sent.astimezone(KTM), 'Friday')
    walk = wd(T(2026, 4, 19, 10, 0, KTM), 'Sunday')
    t = ('Hi Pratiksha,\n\n6 new jobs match your alert "Hydropower / Civil Engineer":\n\n'
         '1. Site Engineer (Civil) - Tamakoshi Builders Pvt. Ltd., Dolakha\n'
         f'   WALK-IN INTERVIEW: Sunday, {walk.day} April, 10 AM - 3 PM at Kupondole office. Bring CV and\n'
         '   certificates. No appointment needed.\n'
         '2. Hydropower Engineer - Rapti Jal Bidhyut Company, Kathmandu - Apply before 30 April\n'
         '3. Assistant Engineer (Tunnel) - Bheri Hydro Ventures, Surkhet - Interview date: TBA\n'
         '4. Quantity Surveyor - Everest Civil Works, Lalitpur - Apply before 25 April\n'
         '5. Junior Hydrologist - Koshi Basin Research Centre, Biratnagar - Apply before 2 May\n'
         '6. Senior Structural Engineer - Annapurna Build Consult, Pokhara - Apply before 28 April\n\n'
         'View all jobs: https://merojob.com/search/?q=hydropower\n\n'
         'Manage alerts | Unsubscribe\nTeam merojob\n')
    seed = 'b263-20'
    root = gmail_alt(seed, t, 'quoted-printable')
    H = base_headers(sent, ('merojob Job Alert', 'jobalert@merojob.com'), [ME],
                     '6 new jobs for "Hydropower / Civil Engineer" - Walk-in interview this Sunday',
                     f'0109019{hx(seed, 9)}-{hx(seed + "a", 8)}-000000@ap-south-1.amazonses.com',
                     host='a8-42.smtp-out.amazonses.com', ip='54.240.8.42',
                     extra=[('List-Unsubscribe', '<https://merojob.com/alerts/unsubscribe/?t=' + hx(seed, 20) + '>')])
    add_case('b263-20-merojob-alert-walk-in-interview', [('01-job-alert.eml', message(H, root))], [],
             'hard', 'negative/job-alert',
             'Job alert listing an open walk-in interview for another posting; nothing booked for the owner.')


def case21():
    """Devex-style career webinar on UN competency-based interviews, with .ics."""
    sent = wd(T(2026, 3, 23, 9, 0, UTC, 12), 'Monday')
    start = wd(T(2026, 4, 2, 19, 0, KTM), 'Thursday')
    end = start + timedelta(minutes=60)
    gmt = start.astimezone(UTC)
    t = ('Hi Pratiksha,\n\nYou are registered!\n\n'
         'WEBINAR: Nailing the UN competency-based interview (CBI)\n'
         f'Thursday, {start.day} April 2026 - 7:00 PM Kathmandu time ({gmt:%H:%M} GMT)\n\n'
         'A former UN hiring manager walks through real CBI questions, the STAR method and how Inspira\n'
         'panels score answers. Live Q&A at the end.\n\n'
         'Join link: https://events.devworksjobs.example/webinars/cbi-2026/join\n'
         'Add to calendar: attached (webinar.ics)\n\n'
         'DevWorks Careers - jobs and news for the global development community\n'
         'Unsubscribe | Manage preferences\n')
    cal = simple_ics(prodid='-//DevWorks//Events//EN', uid='cbi-2026-webinar@devworksjobs.example', stamp=sent,
                     start=start, end=end, summary='Webinar: Nailing the UN competency-based interview',
                     description='Join: https://events.devworksjobs.example/webinars/cbi-2026/join',
                     location='Online', utc=True)
    seed = 'b263-21'
    root = multi('mixed', '==' + hx(seed, 24), [
        gmail_alt(seed, t, 'quoted-printable'),
        leaf('text/calendar; charset=UTF-8; name="webinar.ics"', cal, 'base64',
             extra=[('Content-Disposition', 'attachment; filename="webinar.ics"')])])
    H = base_headers(sent, ('DevWorks Careers', 'events@devworksjobs.example'), [ME],
                     "You're registered: Nailing the UN competency-based interview (2 April)",
                     f'{hx(seed, 24)}@mail.devworksjobs.example', host='mta-11.devworksjobs.example',
                     ip='198.51.100.11')
    add_case('b263-21-webinar-un-cbi', [('01-webinar-registration.eml', message(H, root))], [],
             'medium', 'negative/webinar',
             'Registration for a career webinar about competency-based interviews, with an .ics; not an interview.')


def case22():
    """Delhi firm asks for availability (three IST slots); nothing booked."""
    sent = wd(T(2026, 4, 27, 12, 18, IST, 7), 'Monday')
    slots = [wd(T(2026, 5, 5, 11, 0, IST), 'Tuesday'), wd(T(2026, 5, 6, 15, 30, IST), 'Wednesday'),
             wd(T(2026, 5, 7, 10, 0, IST), 'Thursday')]
    priyanka = ('Priyanka Sethi', 'priyanka.sethi@gangabasininfra.example')
    lines = '\n'.join(f'  - {s:%A} {s.day} May, {h12(s)} IST ({h12(s.astimezone(KTM))} Nepal time)' for s in slots)
    t = ('Dear Pratiksha,\n\n'
         'Thank you for applying for the Hydropower Planning Engineer role at Ganga Basin Infra Advisors.\n'
         'We would like to schedule a 45-minute technical interview with our panel. Could you let me know\n'
         'which of the following slots works for you?\n\n' + lines + '\n\n'
         'Once you confirm, I will send a Teams invite with the panel details.\n\n'
         'Warm regards,\nPriyanka Sethi\nHR Executive | Ganga Basin Infra Advisors LLP\nSaket, New Delhi\n')
    m = human_mail(seed='b263-22', date=sent, frm=priyanka, to=[ME],
                   subject='Hydropower Planning Engineer - interview slots', text=t,
                   host='mail-pj1-f52.google.com', ip='209.85.216.52')
    add_case('b263-22-availability-request-ist-slots', [('01-interview-slots.eml', m)], [],
             'hard', 'negative/availability-request',
             'Recruiter proposes three IST slots and asks the owner to choose; no slot is booked in the case.')


# ==============================================================================================
def write_readme(n_pos, n_neg, n_sched, n_canc):
    text = f"""# blind263: Kathmandu hydropower/civil engineer, Nepal quarter-hour zone (written blind)

Mailbox owner: **Pratiksha Gurung** <{OWNER}>, a civil/hydropower engineer in Kathmandu (Asia/Kathmandu,
UTC+05:45, no DST) applying to Nepali hydropower developers and INGOs (Kathmandu, Pokhara), a development
bank, a UN agency (Inspira), a Delhi consultancy (IST), a Dubai and a Muscat firm (GST UTC+4) and a Sydney
firm (AEDT/AEST).

The set was **written blind**: without reading the detector's code, tests or other sets, and without
running it. Everything is synthetic and regenerated byte-for-byte by `python make_cases.py`
(standard library + PyYAML; all offsets computed with zoneinfo; weekdays named in the text are asserted).

## What it stresses
- Devanagari and romanized Nepali wording: 'अन्तर्वार्ता', 'आउँदो मंगलबार ... बिहान ११ बजे', 'भोलि दिउँसो २ बजे'
  (Devanagari digits), 'antarwarta', 'yehi Bihibar diuso 2 baje'; relative dates resolved against the Date header.
- Job-board relays (merojob, kumarijob) whose sender is no-reply, with the human contact only in the text.
- The quarter-hour offset: times restated across zones (11:00 IST = 11:15 NPT, 10:00 Manila = 07:45 NPT,
  16:00 UAE = 17:45 NPT, 11:00 Muscat = 12:45 NPT) and Google invites whose DTSTART is in UTC (05:15Z).
- Windows TZIDs 'Nepal Standard Time', 'India Standard Time', 'Arabian Standard Time', 'AUS Eastern Standard
  Time'; Olson TZIDs Asia/Manila (Zoom) and Asia/Kathmandu; a Calendar API event shown at +05:45 with
  timeZone Asia/Dubai.
- Reschedules: a Nepal bandh moves a Thursday interview to Sunday (Nepali work week), and a Sydney
  interview moved by a week across the end of Sydney DST (5 Apr 2026: AEDT +11 -> AEST +10, so 07:45 -> 08:45 NPT).
- One cancellation (Exchange METHOD:CANCEL), one case with two interviews (screen + technical), a
  written test that precedes (and is not) the interview, a one-day site visit + interview labelled as a single onsite.
- Dedupe: Inspira notice + Teams invite; Taleo notice + Zoom .ics; e-mail + Google invite updates.
- Hard look-alikes: Lok Sewa Aayog admit card, passport enrolment appointment (with "verification interview"),
  Dashain family gathering invite, a live radio interview about flood relief, the owner as an external
  interview-panel member, a trekking-permit pickup, a job alert with a walk-in interview, a CBI webinar,
  an availability request with three IST slots.

## Counts
- {n_pos + n_neg} cases: {n_pos} positive, {n_neg} negative.
- {n_sched + n_canc} labelled interviews: {n_sched} scheduled, {n_canc} cancelled.

## Formats
`.eml` (Google Calendar invitations as multipart/mixed with text/calendar + invite.ics; Exchange/Teams
invites as multipart/alternative with base64 text/calendar and X-MICROSOFT-CDO-*; ATS/job-board mail from
merojob, kumarijob, Inspira, Oracle Taleo; Gmail-style threads with In-Reply-To/References and quoted
replies; base64 and quoted-printable bodies; RFC 2047 Devanagari subjects; PDF and .ics attachments),
standalone `.ics` (Exchange REQUEST with a Windows VTIMEZONE; agency PUBLISH/REQUEST), and `.gcal.json`
(Google Calendar API v3 event resources).

## Time zones / DST points
Asia/Kathmandu +05:45 (no DST), Asia/Kolkata +05:30, Asia/Dubai and Asia/Muscat +04:00, Asia/Manila +08:00,
Australia/Sydney +11:00 until 5 Apr 2026 then +10:00 (Outlook still labels the zone "(UTC+10:00)").
"""
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(text)


def main():
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10,
               case11, case12, case13, case14, case15, case16, case17, case18, case19, case20,
               case21, case22):
        fn()
    for name in os.listdir(HERE):
        if name.startswith('b263-') and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, (slug, items, label) in enumerate(CASES, 1):
        assert slug.startswith(f'b263-{i:02d}-'), slug
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), names
        os.makedirs(os.path.join(HERE, slug))
        for n, data in items:
            with open(os.path.join(HERE, slug, n), 'wb') as f:
                f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
        labels[slug] = label
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as f:
        f.write('# Labels for blind263 (written blind). Schema: /work/shared/eval/README.md\n')
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    ivs = [iv for l in labels.values() for iv in l['interviews']]
    n_pos = sum(1 for l in labels.values() if l['interview'])
    write_readme(n_pos, len(labels) - n_pos, sum(iv['status'] == 'scheduled' for iv in ivs),
                 sum(iv['status'] == 'cancelled' for iv in ivs))
    print(f'{len(labels)} cases, {n_pos} positive, {len(ivs)} interviews')


if __name__ == '__main__':
    main()
