#!/usr/bin/env python3
"""Regenerate the blind134 evaluation set: every b134-* case folder and labels.yaml.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries (all derived from sha256 of fixed
seeds), so every run produces identical bytes. Standard library + PyYAML + zoneinfo only.

Mailbox owner: Delia Marchetti <delia.marchetti@example.com>, a litigation / corporate paralegal and
legal-operations specialist in Chicago (America/Chicago), job hunting during 2026.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timezone
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CT = ZoneInfo('America/Chicago')
ET = ZoneInfo('America/New_York')
PT = ZoneInfo('America/Los_Angeles')
UTC = timezone.utc
OWNER = 'delia.marchetti@example.com'
OWNER_NAME = 'Delia Marchetti'
OWNER_TO = f'{OWNER_NAME} <{OWNER}>'
OWNER_WORK = 'dmarchetti@callowaystrand.example'   # current employer (Calloway Strand LLP)
CELL = '773-555-0148'
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

LABELS = {}


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def at(y, mo, d, h=0, mi=0, s=0, tz=CT):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that dt falls on the weekday named in the text and return the name."""
    assert DAYS[dt.weekday()] == name, (dt, name, DAYS[dt.weekday()])
    return name


def hx(*seed, n=32):
    return hashlib.sha256('|'.join(seed).encode()).hexdigest()[:n]


def huid(*seed):
    h = hx(*seed)
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}'


def hdate(dt):
    return format_datetime(dt)


def iso(dt):
    return dt.isoformat()


def zstamp(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def local(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def h12(dt):
    return dt.strftime('%I:%M %p').lstrip('0')


def long_date(dt):
    return f'{dt:%A}, {dt:%B} {dt.day}, {dt.year}'


def gtime(dt):
    hour = dt.hour % 12 or 12
    mins = f':{dt.minute:02d}' if dt.minute else ''
    return f"{hour}{mins}{'am' if dt.hour < 12 else 'pm'}"


def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    out, cur = [], line
    while len(cur.encode('utf-8')) > 75:
        i = 75
        while len(cur[:i].encode('utf-8')) > 75:
            i -= 1
        out.append(cur[:i])
        cur = ' ' + cur[i:]
    out.append(cur)
    return out


def ical(lines, eol='\r\n'):
    res = []
    for line in lines:
        res.extend(fold(line))
    return eol.join(res) + eol


def win_vtimezone(name):
    std, dst = {'Central Standard Time': ('-0600', '-0500'),
                'Eastern Standard Time': ('-0500', '-0400')}[name]
    return ['BEGIN:VTIMEZONE', f'TZID:{name}',
            'BEGIN:STANDARD', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE']


def olson_chicago_vtimezone():
    return ['BEGIN:VTIMEZONE', 'TZID:America/Chicago', 'X-LIC-LOCATION:America/Chicago',
            'BEGIN:DAYLIGHT', 'TZOFFSETFROM:-0600', 'TZOFFSETTO:-0500', 'TZNAME:CDT',
            'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
            'BEGIN:STANDARD', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0600', 'TZNAME:CST',
            'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
            'END:VTIMEZONE']


WIN_ZONE = {'Central Standard Time': CT, 'Eastern Standard Time': ET}
ZONE_LABEL = {'Central Standard Time': '(UTC-06:00) Central Time (US & Canada)',
              'Eastern Standard Time': '(UTC-05:00) Eastern Time (US & Canada)'}


# ----------------------------------------------------------------------------------------------
# MIME helpers (messages are written by hand so that the bytes are stable and look like the
# real clients' output)
# ----------------------------------------------------------------------------------------------
def addr(name, email):
    if any(c in name for c in ',;:()<>@"'):
        name = '"' + name.replace('"', '') + '"'
    return f'{name} <{email}>'


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def hdrs(pairs):
    return ''.join(f'{k}: {v}\n' for k, v in pairs)


def part(ctype, body, cte, extra=()):
    pairs = [('Content-Type', ctype)] + list(extra) + [('Content-Transfer-Encoding', cte)]
    return hdrs(pairs) + '\n' + body


def multipart(boundary, parts, preamble=''):
    s = preamble
    for p in parts:
        s += f'--{boundary}\n' + p
        if not p.endswith('\n'):
            s += '\n'
        s += '\n'
    return s + f'--{boundary}--\n'


def message(pairs, body):
    return hdrs(pairs) + '\n' + body


def outlook_html(text):
    paras = text.strip('\n').split('\n\n')
    body = ''
    for p in paras:
        lines = [html.escape(x, quote=False) for x in p.split('\n')]
        body += '<p class="MsoNormal">' + '<br>\n'.join(lines) + '<o:p></o:p></p>\n'
        body += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + body + '</div>\n</body>\n</html>\n')


def simple_html(text, font='Arial,Helvetica,sans-serif'):
    paras = text.strip('\n').split('\n\n')
    body = ''
    for p in paras:
        lines = [html.escape(x, quote=False) for x in p.split('\n')]
        body += '<p style="margin:0 0 12px 0">' + '<br>\n'.join(lines) + '</p>\n'
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="margin:0;padding:0;background:#f4f4f4">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            f'<table role="presentation" width="600" style="background:#ffffff;font-family:{font};font-size:14px;'
            'color:#222222"><tr><td style="padding:24px">\n' + body +
            '</td></tr></table>\n</td></tr></table>\n</body></html>\n')


def exo_ids(seed, prefix='CH0PR06MB'):
    n = int(hx(seed, 'n', n=4), 16) % 9000 + 1000
    host = f'{prefix}{n}'
    region = f'namprd{int(hx(seed, "r", n=2), 16) % 20 + 1:02d}'
    mid = f'<{host}{hx(seed, "mid", n=24).upper()}@{host}.{region}.prod.outlook.com>'
    return host, region, mid


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def exo_received(seed, dt):
    host, region, _ = exo_ids(seed)
    return [('Received', f'from {host}.{region}.prod.outlook.com (mail-{region}.outbound.protection.outlook.com '
                         f'[40.107.{int(hx(seed, "ip", n=2), 16) % 250}.{int(hx(seed, "ip2", n=2), 16) % 250}])\n'
                         f'        by mx1.example.com (Postfix) with ESMTPS id {hx(seed, "q", n=10).upper()}\n'
                         f'        for <{OWNER}>; {hdate(dt.astimezone(CT))}')]


def gmail_mid(seed):
    raw = base64.b64encode(hashlib.sha256(('g' + seed).encode()).digest()[:36]).decode()
    raw = raw.replace('/', '_').replace('=', '')
    return f'<CA{raw[:4]}+{raw[4:40]}@mail.gmail.com>'


def teams_block(seed):
    h = hx(seed, 'teams', n=64)
    tenant = f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}'
    oid = f'{h[32:40]}-{h[40:44]}-{h[44:48]}-{h[48:52]}-{h[52:64]}'
    tid = base64.b64encode(hashlib.sha256(('t' + seed).encode()).digest()[:24]).decode()
    tid = tid.replace('+', 'Q').replace('/', 'z').replace('=', '')
    digits = str(int(hx(seed, 'mid', n=16), 16))[:12]
    mid = ' '.join(digits[i:i + 3] for i in range(0, 12, 3))
    pc = hx(seed, 'pc', n=6)
    url = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context=%7b%22Tid%22%3a%22'
           f'{tenant}%22%2c%22Oid%22%3a%22{oid}%22%7d')
    bar = '_' * 80
    text = (f'{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            f'Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pc}\n'
            'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/'
            f'?organizerId={oid}&tenantId={tenant}&threadId=19_meeting_{tid}@thread.v2&messageId=0&language=en-US>\n'
            f'{bar}\n')
    return text, url


def exchange_uid(seed):
    return ('040000008200E00074C5B7101A82E00800000000' + hx(seed, 'u1', n=16).upper() + '0000000000000000'
            + '10000000' + hx(seed, 'u2', n=32).upper())


def exchange_vcalendar(*, seed, method, organizer, attendees, description, summary, start, end, win_tz,
                       location, dtstamp, sequence=0, uid=None, teams_url=None, prodid='Microsoft Exchange Server 2010'):
    zone = WIN_ZONE[win_tz]
    cancel = method == 'CANCEL'
    lines = ['BEGIN:VCALENDAR', f'METHOD:{method}', f'PRODID:{prodid}', 'VERSION:2.0']
    lines += win_vtimezone(win_tz)
    lines += ['BEGIN:VEVENT', f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}']
    for name, email, role, partstat in attendees:
        lines.append(f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn(name)}:mailto:{email}')
    lines += [f'DESCRIPTION;LANGUAGE=en-US:{ics_esc(description)}',
              f'UID:{uid or exchange_uid(seed)}',
              f'SUMMARY;LANGUAGE=en-US:{ics_esc(summary)}',
              f'DTSTART;TZID={win_tz}:{local(start.astimezone(zone))}',
              f'DTEND;TZID={win_tz}:{local(end.astimezone(zone))}',
              'CLASS:PUBLIC', f'PRIORITY:{1 if cancel else 5}', f'DTSTAMP:{zstamp(dtstamp)}',
              f'TRANSP:{"TRANSPARENT" if cancel else "OPAQUE"}',
              f'STATUS:{"CANCELLED" if cancel else "CONFIRMED"}', f'SEQUENCE:{sequence}',
              f'LOCATION;LANGUAGE=en-US:{ics_esc(location)}',
              f'X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}',
              f'X-MICROSOFT-CDO-OWNERAPPTID:{-(int(hx(seed, "own", n=7), 16) % 2000000000)}',
              f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if cancel else "TENTATIVE"}',
              f'X-MICROSOFT-CDO-INTENDEDSTATUS:{"FREE" if cancel else "BUSY"}',
              'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', f'X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}',
              'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_url:
        lines += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}',
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', f'X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_esc(location)}']
    if not cancel:
        lines += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
                  'END:VALARM']
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ical(lines)


def exchange_invite(*, seed, sender, to, cc=(), subject, date, start, end, win_tz, location, note,
                    attendees, organizer=None, teams=True, method='REQUEST', sequence=0, uid=None,
                    in_reply_to=None):
    """An Exchange Online meeting request / cancellation as delivered to the owner's mailbox."""
    organizer = organizer or sender
    zone = WIN_ZONE[win_tz]
    s, e = start.astimezone(zone), end.astimezone(zone)
    when = f'When: {long_date(s)} {h12(s)}-{h12(e)} {ZONE_LABEL[win_tz]}.'
    body = f'{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note.strip()}\n\n'
    teams_url = None
    if teams:
        ttext, teams_url = teams_block(seed)
        body += ttext
    summary = subject
    cal = exchange_vcalendar(seed=seed, method=method, organizer=organizer, attendees=attendees,
                             description=body, summary=summary, start=start, end=end, win_tz=win_tz,
                             location=location, dtstamp=date, sequence=sequence, uid=uid, teams_url=teams_url)
    host, region, mid = exo_ids(seed)
    boundary = f'_000_{host}{hx(seed, "b", n=20).upper()}prod_'
    topic = subject.split(': ', 1)[1] if subject.startswith(('Canceled: ', 'FW: ')) else subject
    pairs = [('Delivered-To', OWNER)] + exo_received(seed, date) + [
        ('From', addr(*sender)),
        ('To', ', '.join(to)),
    ]
    if cc:
        pairs.append(('Cc', ', '.join(cc)))
    pairs += [('Subject', subject), ('Thread-Topic', topic), ('Thread-Index', thread_index(seed)),
              ('Date', hdate(date.astimezone(UTC))), ('Message-ID', mid)]
    if in_reply_to:
        pairs += [('In-Reply-To', in_reply_to), ('References', in_reply_to)]
    if method == 'CANCEL':
        pairs += [('Importance', 'high'), ('X-Priority', '1')]
    pairs += [('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''),
              ('X-MS-TNEF-Correlator', ''), ('Content-class', 'urn:content-classes:calendarmessage'),
              ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + hx(seed, 'sid', n=24)),
              ('MIME-Version', '1.0'),
              ('Content-Type', f'multipart/alternative;\n boundary="{boundary}"')]
    parts = [part('text/plain; charset="utf-8"', qp(body), 'quoted-printable'),
             part('text/html; charset="utf-8"', qp(outlook_html(body)), 'quoted-printable'),
             part(f'text/calendar; charset="utf-8"; method={method}', b64(cal), 'base64')]
    return message(pairs, multipart(boundary, parts)), mid


def outlook_mail(*, seed, sender, to, cc=(), subject, date, body, in_reply_to=None, references=None,
                 extra_parts=None, reply_to=None):
    """Plain Outlook / Exchange Online e-mail (multipart/alternative, quoted-printable)."""
    host, region, mid = exo_ids(seed)
    boundary = f'_000_{host}{hx(seed, "b", n=20).upper()}prod_'
    topic = subject
    for pre in ('RE: ', 'FW: ', 'Re: ', 'Fwd: '):
        if topic.startswith(pre):
            topic = topic[len(pre):]
    pairs = [('Delivered-To', OWNER)] + exo_received(seed, date) + [
        ('From', addr(*sender)), ('To', ', '.join(to))]
    if cc:
        pairs.append(('Cc', ', '.join(cc)))
    if reply_to:
        pairs.append(('Reply-To', reply_to))
    pairs += [('Subject', subject), ('Thread-Topic', topic), ('Thread-Index', thread_index(seed)),
              ('Date', hdate(date.astimezone(UTC))), ('Message-ID', mid)]
    if in_reply_to:
        pairs += [('In-Reply-To', in_reply_to), ('References', references or in_reply_to)]
    alt = multipart(boundary, [part('text/plain; charset="utf-8"', qp(body), 'quoted-printable'),
                               part('text/html; charset="utf-8"', qp(outlook_html(body)), 'quoted-printable')])
    pairs += [('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
              ('X-MS-Has-Attach', 'yes' if extra_parts else ''), ('X-MS-TNEF-Correlator', ''),
              ('MIME-Version', '1.0')]
    if extra_parts:
        outer = f'_004_{host}{hx(seed, "b2", n=20).upper()}prod_'
        pairs.append(('Content-Type', f'multipart/mixed;\n boundary="{outer}"'))
        inner = hdrs([('Content-Type', f'multipart/alternative;\n boundary="{boundary}"')]) + '\n' + alt
        return message(pairs, multipart(outer, [inner] + extra_parts)), mid
    pairs.append(('Content-Type', f'multipart/alternative;\n boundary="{boundary}"'))
    return message(pairs, alt), mid


def google_invite(*, seed, organizer, summary, date, start, end, description, guests, sequence=0,
                  updated=False, created=None):
    """Google Calendar invitation e-mail (multipart/mixed > alternative(text, html, calendar) + invite.ics)."""
    meet = f'{hx(seed, "m1", n=3)}-{hx(seed, "m2", n=4)}-{hx(seed, "m3", n=3)}'
    meet = ''.join(chr(ord('a') + int(c, 16) % 26) if c != '-' else '-' for c in meet)
    uid = hx(seed, 'gid', n=26) + '@google.com'
    s, e = start.astimezone(CT), end.astimezone(CT)
    kind = 'Updated invitation' if updated else 'Invitation'
    subject = (f'{kind}: {summary} @ {s:%a} {s:%b} {s.day}, {s.year} {gtime(s)} - {gtime(e)} ({s.tzname()}) '
               f'({OWNER})')
    pin = str(int(hx(seed, 'pin', n=10), 16))[:9]
    lines = []
    if updated:
        lines += ['This event has been updated', 'Changed: time', '']
    lines += [summary, f'{s:%A} {s:%b} {s.day}, {s.year} \u22c5 {gtime(s)} \u2013 {gtime(e)}', 'Central Time - Chicago', '',
              'Join with Google Meet', f'https://meet.google.com/{meet}', '',
              'Join by phone', f'(US) +1 312-555-0{int(hx(seed, "ph", n=2), 16) % 90 + 10:03d} PIN: '
              f'{pin[:3]} {pin[3:6]} {pin[6:]}#', '',
              'More phone numbers', f'https://tel.meet/{meet}?pin={pin}', '', description.strip(), '',
              'Organizer', organizer[0], organizer[1], '', 'Guests']
    for i, (name, email, _ps) in enumerate(guests):
        lines.append(f'{name} - organizer' if email == organizer[1] else name)
    eid = base64.b64encode(f'{uid[:26]} {OWNER}'.encode()).decode().rstrip('=')
    lines += ['View all guest info', f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}', '',
              f'Reply for {OWNER}', '', 'Invitation from Google Calendar', 'https://calendar.google.com/calendar/', '',
              'You are receiving this email because you are an attendee on the event. To stop receiving future '
              'updates for this event, decline this event.', '',
              'Forwarding this invitation could allow any recipient to send a response to the organizer, be added '
              'to the guest list, invite others regardless of their own invitation status, or modify your RSVP. '
              'Learn more https://support.google.com/calendar/answer/37135#forwarding', '']
    text = '\n'.join(lines)
    g_html = ['<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
              '<body><div itemscope itemtype="http://schema.org/InformAction"><span itemprop="name" style="display:none">'
              f'{html.escape(summary)}</span></div>',
              '<table cellpadding="0" cellspacing="0" border="0" style="font-family:Roboto,Helvetica,Arial,sans-serif">',
              f'<tr><td><h2 style="font-size:20px;font-weight:400">{html.escape(summary)}</h2></td></tr>']
    if updated:
        g_html.append('<tr><td><span style="color:#d93025">This event has been updated</span><br>Changed: time</td></tr>')
    g_html += [f'<tr><td><b>When</b><br>{s:%A} {s:%b} {s.day}, {s.year} &#8901; {gtime(s)} &ndash; {gtime(e)} '
               '(Central Time - Chicago)</td></tr>',
               f'<tr><td><a href="https://meet.google.com/{meet}">Join with Google Meet</a></td></tr>',
               '<tr><td>' + '<br>'.join(html.escape(x) for x in description.strip().split('\n')) + '</td></tr>',
               '<tr><td><b>Guests</b><br>' + '<br>'.join(
                   f'<a href="mailto:{g[1]}">{html.escape(g[0])}</a>' + (' - organizer' if g[1] == organizer[1] else '')
                   for g in guests) + '</td></tr>',
               '<tr><td style="color:#70757a;font-size:12px">Invitation from Google Calendar</td></tr>',
               '</table></body></html>', '']
    g_html = '\n'.join(g_html)
    created = created or date
    cal_lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
                 'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT',
                 f'DTSTART:{zstamp(start)}', f'DTEND:{zstamp(end)}', f'DTSTAMP:{zstamp(date)}',
                 f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}', f'UID:{uid}']
    for name, email, ps in guests:
        cal_lines.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={name};'
                         f'X-NUM-GUESTS=0:mailto:{email}')
    cal_lines += [f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}', f'CREATED:{zstamp(created)}',
                  'DESCRIPTION:' + ics_esc(description.strip() + '\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:'
                                           f'~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/{meet}'
                                           '\n\nLearn more about Meet at: https://support.google.com/a/users/answer/'
                                           '9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'),
                  f'LAST-MODIFIED:{zstamp(date)}', 'LOCATION:', f'SEQUENCE:{sequence}', 'STATUS:CONFIRMED',
                  f'SUMMARY:{ics_esc(summary)}', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    cal = ical(cal_lines)
    b_outer = '000000000000' + hx(seed, 'bo', n=12)
    b_inner = '000000000000' + hx(seed, 'bi', n=12)
    alt = multipart(b_inner, [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', b64(text), 'base64'),
        part('text/html; charset="UTF-8"', qp(g_html), 'quoted-printable'),
        part('text/calendar; charset="UTF-8"; method=REQUEST', cal.replace('\r\n', '\n'), '7bit')])
    inner = hdrs([('Content-Type', f'multipart/alternative; boundary="{b_inner}"')]) + '\n' + alt
    attach = part('application/ics; name="invite.ics"', b64(cal), 'base64',
                  extra=[('Content-Disposition', 'attachment; filename="invite.ics"')])
    mid = f'<calendar-{huid(seed, "cal")}@google.com>'
    pairs = [('Delivered-To', OWNER),
             ('Received', f'from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])\n'
                          f'        by mx1.example.com (Postfix) with ESMTPS id {hx(seed, "q", n=10).upper()}\n'
                          f'        for <{OWNER}>; {hdate(date.astimezone(CT))}'),
             ('Return-Path', f'<{hx(seed, "rp", n=20)}@calendar-server.bounces.google.com>'),
             ('Reply-To', f'{organizer[0]} <{organizer[1]}>'),
             ('Sender', 'Google Calendar <calendar-notification@google.com>'),
             ('Message-ID', mid), ('Date', hdate(date.astimezone(UTC))), ('Subject', subject),
             ('From', f'{organizer[0]} <{organizer[1]}>'), ('To', OWNER), ('MIME-Version', '1.0'),
             ('Content-Type', f'multipart/mixed; boundary="{b_outer}"')]
    return message(pairs, multipart(b_outer, [inner, attach])), mid


def write(case, fname, content, crlf=False):
    d = os.path.join(HERE, case)
    os.makedirs(d, exist_ok=True)
    data = content.replace('\r\n', '\n')
    if crlf:
        data = data.replace('\n', '\r\n')
    with open(os.path.join(d, fname), 'w', encoding='utf-8', newline='') as f:
        f.write(data)


def interview(company, role, start, end, status, interviewers, followup, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers), 'followup_recipients': list(followup),
            'kind': kind}


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
                    'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


# ----------------------------------------------------------------------------------------------
# POSITIVE CASES
# ----------------------------------------------------------------------------------------------
def case01():
    case = 'b134-01-firm-coordinator-phone-screen-body-only'
    date = at(2026, 2, 2, 14, 12, 5)
    wd(date, 'Monday')
    start = at(2026, 2, 5, 10, 30)
    wd(start, 'Thursday')
    gwen = ('Gwen Albrecht', 'galbrecht@thornewhitfield.example')
    her_mid = gmail_mid(case + 'her')
    body = f"""Hi Delia,

Thank you for getting back to me so quickly. Let's plan on this Thursday at 10:30 a.m. I'll call you at {CELL}; it should take about 30 minutes. I'd like to hear more about your e-discovery and trial-prep work at Calloway Strand and what you're looking for next, and I'll tell you more about the Litigation Paralegal opening in our Chicago office and how our paralegal teams are structured.

If anything changes on your end, just reply here or call my direct line.

Best regards,

Gwen Albrecht
Legal Recruiting Coordinator
Thorne Whitfield LLP
155 N. Wacker Drive, Suite 4200 | Chicago, IL 60606
D: 312.555.0172 | galbrecht@thornewhitfield.example

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient(s) and may contain privileged or confidential information. If you have received it in error, please notify the sender and delete it.

From: Delia Marchetti <{OWNER}>
Sent: Monday, February 2, 2026 11:48 AM
To: Gwen Albrecht <galbrecht@thornewhitfield.example>
Subject: Re: Litigation Paralegal - Thorne Whitfield LLP

Hi Gwen,

Thanks so much for reaching out, I'd be glad to talk. I'm free Wednesday after 4:00, Thursday morning, or Friday over lunch. My cell is {CELL}.

Best,
Delia

From: Gwen Albrecht <galbrecht@thornewhitfield.example>
Sent: Friday, January 30, 2026 4:51 PM
To: Delia Marchetti <{OWNER}>
Subject: Litigation Paralegal - Thorne Whitfield LLP

Hi Delia,

I came across your application for our Litigation Paralegal position and would love to set up a brief introductory call. Could you send me a few times that work for you early next week?

Best regards,
Gwen
"""
    msg, _ = outlook_mail(seed=case, sender=gwen, to=[OWNER_TO], subject='RE: Litigation Paralegal - Thorne Whitfield LLP',
                          date=date, body=body, in_reply_to=her_mid)
    write(case, '01-re-litigation-paralegal-thorne-whitfield.eml', msg)
    label(case, [interview('Thorne Whitfield LLP', 'Litigation Paralegal', start, at(2026, 2, 5, 11, 0), 'scheduled',
                           [gwen[1]], [gwen[1]], 'phone_screen')],
          'easy', 'positive/email-body-only',
          'Coordinator confirms "this Thursday at 10:30 a.m." (~30 min) in an Outlook reply dated Mon Feb 2 (CST); '
          'she makes the call herself, so she is the interviewer. Quoted availability ("Wednesday after 4:00") is a trap.')


def case02():
    case = 'b134-02-icims-panel-confirmation-ics'
    date = at(2026, 2, 11, 15, 31, 44, tz=UTC)
    start, end = at(2026, 2, 17, 13, 0), at(2026, 2, 17, 14, 0)
    wd(start, 'Tuesday')
    anjali = 'anjali.brennan@lakeviewmeridian.example'
    role = 'Legal Operations Specialist - Office of the General Counsel'
    text = f"""Dear Delia,

Thank you for your interest in the {role} position (Req #2026-1184) at Lakeview Meridian Health. We are pleased to confirm your panel interview.

Date: {wd(start, 'Tuesday')}, February 17, 2026
Time: 1:00 PM - 2:00 PM Central Time
Format: Microsoft Teams video interview (the join link is in the attached calendar invitation)
Interview panel: Robert Kessling, Associate General Counsel; Nadia Fuentes, Manager, Legal Operations

Please add the attached invitation (interview.ics) to your calendar. If you need to reschedule or require an accommodation during the interview process, please contact Anjali Brennan, Talent Acquisition Partner, at {anjali} or 312-555-0190.

Sincerely,

Talent Acquisition
Lakeview Meridian Health

This message was sent from an unmonitored mailbox. Please do not reply to this e-mail.
Lakeview Meridian Health is an Equal Opportunity Employer.
Powered by iCIMS | https://www.icims.com
"""
    ttext, turl = teams_block(case)
    desc = (f'Panel interview for the {role} position (Req #2026-1184).\nPanel: Robert Kessling (Associate General '
            f'Counsel), Nadia Fuentes (Manager, Legal Operations).\n\n{ttext}')
    cal = ical(['BEGIN:VCALENDAR', 'PRODID:-//iCIMS Inc.//iCIMS Talent Cloud//EN', 'VERSION:2.0', 'METHOD:REQUEST',
                'BEGIN:VEVENT', f'UID:icims-cal-{hx(case, "uid", n=20)}@icims.com', 'SEQUENCE:0',
                f'DTSTAMP:{zstamp(date)}', f'DTSTART:{zstamp(start)}', f'DTEND:{zstamp(end)}',
                'SUMMARY:' + ics_esc(f'Panel Interview - {role} - Lakeview Meridian Health'),
                'DESCRIPTION:' + ics_esc(desc), 'LOCATION:Microsoft Teams', 
                f'ORGANIZER;CN=Anjali Brennan:mailto:{anjali}',
                f'ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}',
                'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    b_outer = f'----=_Part_{int(hx(case, "p1", n=6), 16)}_{int(hx(case, "p2", n=8), 16)}.1770823904{int(hx(case, "p3", n=3), 16)}'
    b_inner = f'----=_Part_{int(hx(case, "p4", n=6), 16)}_{int(hx(case, "p5", n=8), 16)}.1770823904{int(hx(case, "p6", n=3), 16)}'
    alt = multipart(b_inner, [part('text/plain; charset=UTF-8', qp(text), 'quoted-printable'),
                              part('text/html; charset=UTF-8', qp(simple_html(text)), 'quoted-printable')])
    inner = hdrs([('Content-Type', f'multipart/alternative; \n\tboundary="{b_inner}"')]) + '\n' + alt
    attach = part('text/calendar; charset=UTF-8; method=REQUEST; name=interview.ics', b64(cal), 'base64',
                  extra=[('Content-Disposition', 'attachment; filename=interview.ics')])
    pairs = [('Delivered-To', OWNER),
             ('Received', 'from mta-out-07.icims.com (mta-out-07.icims.com [198.51.100.27])\n'
                          f'        by mx1.example.com (Postfix) with ESMTPS id {hx(case, "q", n=10).upper()}\n'
                          f'        for <{OWNER}>; {hdate(date.astimezone(CT))}'),
             ('Date', hdate(date)),
             ('From', 'Lakeview Meridian Health Talent Acquisition <no-reply@talent.icims.com>'),
             ('To', OWNER_TO),
             ('Message-ID', f'<{int(hx(case, "m1", n=8), 16)}.{int(hx(case, "m2", n=6), 16)}.1770823904'
                            f'{int(hx(case, "m3", n=3), 16)}@icims-mailer-prod>'),
             ('Subject', f'Interview Confirmation: {role} (Req #2026-1184)'),
             ('MIME-Version', '1.0'),
             ('Content-Type', f'multipart/mixed; \n\tboundary="{b_outer}"'),
             ('X-iCIMS-Template', 'Candidate Interview Confirmation')]
    write(case, '01-icims-interview-confirmation.eml', message(pairs, multipart(b_outer, [inner, attach])))
    label(case, [interview('Lakeview Meridian Health', role, start, end, 'scheduled', [], [anjali], 'onsite')],
          'medium', 'positive/ats-icims-with-ics',
          'iCIMS no-reply confirmation with interview.ics (UTC times, 19:00Z = 1 PM CST). Panel of two named '
          'interviewers without addresses -> interviewer_emails empty, kind onsite (panel); follow-up goes to the '
          'TA partner named in the text (also ORGANIZER).')


def workday_mail(*, seed, tenant, company, subject, date, text):
    b = f'----=_Part_{int(hx(seed, "wb", n=7), 16)}_{int(hx(seed, "wb2", n=8), 16)}.{int(date.timestamp() * 1000)}'
    pairs = [('Delivered-To', OWNER),
             ('Received', f'from wd5-prod-mta03.myworkday.com (wd5-prod-mta03.myworkday.com [192.0.2.{int(hx(seed, "ip", n=2), 16) % 200 + 20}])\n'
                          f'        by mx1.example.com (Postfix) with ESMTPS id {hx(seed, "q", n=10).upper()}\n'
                          f'        for <{OWNER}>; {hdate(date.astimezone(CT))}'),
             ('Date', hdate(date)), ('From', f'{company} <{tenant}@myworkday.com>'), ('To', OWNER),
             ('Message-ID', f'<{int(hx(seed, "wm", n=8), 16)}.{int(hx(seed, "wm2", n=6), 16)}.'
                            f'{int(date.timestamp() * 1000)}@wd5-prod-mta03>'),
             ('Subject', subject), ('MIME-Version', '1.0'),
             ('Content-Type', f'multipart/alternative; \n\tboundary="{b}"'), ('X-Workday-Tenant', tenant)]
    body = multipart(b, [part('text/plain; charset=UTF-8', qp(text), 'quoted-printable'),
                         part('text/html; charset=UTF-8', qp(simple_html(text, 'Helvetica,Arial,sans-serif')), 'quoted-printable')])
    return message(pairs, body)


def case03():
    case = 'b134-03-workday-notice-plus-outlook-invite-eastern'
    start, end = at(2026, 3, 4, 11, 0, tz=ET), at(2026, 3, 4, 11, 45, tz=ET)
    wd(start, 'Wednesday')
    role = 'Paralegal - Corporate & Securities'
    d1 = at(2026, 2, 25, 8, 14, 9, tz=PT)
    wd(d1, 'Wednesday')
    text = f"""Hi Delia,

Your interview for {role} (R-004218) has been scheduled.

Interview Details
Date: {wd(start, 'Wednesday')}, March 4, 2026
Time: 11:00 AM - 11:45 AM (GMT-05:00) Eastern Time
Interviewer(s): Colleen Mayhew - Senior Corporate Counsel
Location: Virtual (Microsoft Teams). Your recruiter will send a meeting invitation with the link.

You can review the details at any time on the Corvane Careers site:
https://corvane.wd5.myworkdayjobs.com/Corvane_Careers/userHome

Thank you,
Corvane Industrial Holdings Talent Acquisition

This is an automated message; please do not reply. Replies to this address are not monitored.
"""
    m1 = workday_mail(seed=case, tenant='corvane', company='Corvane Industrial Holdings',
                      subject=f'Interview Scheduled: {role} (R-004218)', date=d1, text=text)
    write(case, '01-workday-interview-scheduled.eml', m1)
    darnell = ('Darnell Cho', 'dcho@corvane.example')
    colleen = ('Colleen Mayhew', 'cmayhew@corvane.example')
    d2 = at(2026, 2, 25, 11, 2, 37, tz=ET)
    note = f"""Hi Delia,

Here is the Teams invitation for your interview with Colleen Mayhew, Senior Corporate Counsel and the hiring manager for the Corporate & Securities paralegal role. Colleen works out of our Pittsburgh headquarters, so the time on this invite is Eastern. I'm only sending the invite and won't be joining.

Let me know if you have any questions beforehand.

Darnell Cho | Talent Acquisition Partner
Corvane Industrial Holdings
dcho@corvane.example | 412-555-0133"""
    m2, _ = exchange_invite(seed=case + 'inv', sender=darnell, to=[OWNER_TO, f'{colleen[0]} <{colleen[1]}>'],
                            subject='Corvane | Interview - Paralegal, Corporate & Securities | Delia Marchetti',
                            date=d2, start=start, end=end, win_tz='Eastern Standard Time',
                            location='Microsoft Teams Meeting', note=note,
                            attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                       (colleen[0], colleen[1], 'REQ-PARTICIPANT', 'ACCEPTED')])
    write(case, '02-outlook-invite-teams-interview.eml', m2)
    label(case, [interview('Corvane Industrial Holdings', role, start, end, 'scheduled', [colleen[1]], [colleen[1]],
                           'hiring_manager')],
          'medium', 'positive/dedupe-workday-plus-outlook',
          'Workday notification (no-reply, Pacific Date header) + recruiter\'s Exchange invite for the same interview '
          '-> ONE. 11:00 Eastern on Mar 4 is before DST (EST, -05:00; 10:00 in Chicago). Recruiter only sends the invite.')


def case04():
    case = 'b134-04-ny-firm-teams-panel-utc-label-dst'
    start, end = at(2026, 3, 11, 14, 0, tz=ET), at(2026, 3, 11, 15, 0, tz=ET)
    wd(start, 'Wednesday')
    assert start.utcoffset().total_seconds() == -4 * 3600  # EDT although Outlook labels it (UTC-05:00)
    date = at(2026, 3, 3, 11, 40, 12, tz=ET)
    imogen = ('Imogen Sato', 'isato@ashgrovepell.example')
    frank = ('Franklin Oduya', 'foduya@ashgrovepell.example')
    mir = ('Mireille Costa', 'mcosta@ashgrovepell.example')
    note = """Hi Delia,

Thank you again for speaking with me last week. As discussed, the next step for the Senior Litigation Paralegal (remote) position is a 60-minute video panel with Franklin Oduya, our Litigation Paralegal Manager, and Mireille Costa, Practice Support Manager. They will want to go through a recent document production you managed and your experience with Relativity and trial binders.

I won't be joining, but feel free to reach out to me with any questions before then.

Kind regards,
Imogen

Imogen Sato
Legal Recruiting Manager | Ashgrove Pell LLP
1290 Avenue of the Americas, New York, NY 10104
T 212.555.0164"""
    msg, _ = exchange_invite(seed=case, sender=imogen,
                             to=[OWNER_TO, f'{frank[0]} <{frank[1]}>', f'{mir[0]} <{mir[1]}>'],
                             subject='Interview: Delia Marchetti - Senior Litigation Paralegal (Remote)', date=date,
                             start=start, end=end, win_tz='Eastern Standard Time', location='Microsoft Teams Meeting',
                             note=note, attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                                   (frank[0], frank[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                                   (mir[0], mir[1], 'REQ-PARTICIPANT', 'TENTATIVE')])
    write(case, '01-outlook-invite-panel-interview.eml', msg)
    label(case, [interview('Ashgrove Pell LLP', 'Senior Litigation Paralegal (Remote)', start, end, 'scheduled',
                           [frank[1], mir[1]], [frank[1], mir[1]], 'onsite')],
          'hard', 'positive/outlook-eastern-utc-label-panel',
          'New York firm, Exchange invite sent Mar 3 (EST). Body says "(UTC-05:00) Eastern Time" but Mar 11 is after '
          'the Mar 8 DST switch, so 2:00 PM EDT = -04:00 (1:00 PM in Chicago). Two-person panel -> onsite; recruiter '
          'explicitly not attending.')


def case05():
    case = 'b134-05-callback-interview-day-itinerary-and-invites'
    day = at(2026, 4, 16)
    wd(day, 'Thursday')
    bet = ('Bettina Kowalczyk', 'bkowalczyk@rourkedaley.example')
    hv = ('Harriet Vos', 'hvos@rourkedaley.example')
    sa = ('Samuel Achterberg', 'sachterberg@rourkedaley.example')
    lr = ('Leena Raman', 'lraman@rourkedaley.example')
    op = ('Owen Petrakis', 'opetrakis@rourkedaley.example')
    d1 = at(2026, 4, 8, 15, 22, 10)
    wd(d1, 'Wednesday')
    body = f"""Dear Delia,

We're delighted to invite you back to Rourke Daley Haskins for a callback interview for the Litigation Paralegal position. Your schedule for {wd(day, 'Thursday')}, April 16 is below. Please arrive by 9:15 a.m. and check in with reception on the 31st floor (200 North LaSalle Street); I'll meet you there and walk you to your first meeting.

9:30 - 10:15 a.m.    Harriet Vos, Litigation Paralegal Manager
10:15 - 11:00 a.m.   Samuel Achterberg, Partner, Commercial Litigation, and Leena Raman, Senior Associate
11:00 - 11:30 a.m.   Break and tour of the litigation support center
11:30 a.m. - 12:30 p.m.   Lunch with Cassidy Moreno and Jorge Villanueva (Litigation Paralegals)
12:30 - 1:15 p.m.    Owen Petrakis, Director of Litigation Support

Your interviewers are copied here. I'll also send calendar invitations for the morning and afternoon interview blocks. Business casual attire is fine, and please bring a few copies of your resume and the writing sample we discussed.

If you need parking validation or have any dietary restrictions for lunch, just let me know.

Warm regards,

Bettina Kowalczyk
Legal Recruiting Coordinator
Rourke Daley Haskins LLP
200 North LaSalle Street, 31st Floor | Chicago, IL 60601
312.555.0127 | bkowalczyk@rourkedaley.example
"""
    cc = [f'{p[0]} <{p[1]}>' for p in (hv, sa, lr, op)]
    m1, mid1 = outlook_mail(seed=case, sender=bet, to=[OWNER_TO], cc=cc,
                            subject='Callback Interview Itinerary - Thursday, April 16 - Litigation Paralegal',
                            date=d1, body=body)
    write(case, '01-callback-itinerary.eml', m1)
    s1, e1 = at(2026, 4, 16, 9, 30), at(2026, 4, 16, 11, 0)
    s2, e2 = at(2026, 4, 16, 12, 30), at(2026, 4, 16, 13, 15)
    note_am = """Delia - morning interview block of your callback day (Harriet Vos 9:30-10:15; Samuel Achterberg and Leena Raman 10:15-11:00). Please check in with reception on 31 by 9:15.

Bettina"""
    m2, _ = exchange_invite(seed=case + 'am', sender=bet, to=[OWNER_TO] + cc[:3],
                            subject='Callback Interview - Delia Marchetti - Litigation Paralegal (Vos / Achterberg / Raman)',
                            date=at(2026, 4, 8, 15, 31, 2), start=s1, end=e1, win_tz='Central Standard Time',
                            location='RDH Chicago - 31st Floor - Conference Room 31B', note=note_am, teams=False,
                            attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')] +
                            [(p[0], p[1], 'REQ-PARTICIPANT', 'ACCEPTED') for p in (hv, sa, lr)])
    write(case, '02-invite-morning-block.eml', m2)
    note_pm = """Delia - afternoon interview with Owen Petrakis, Director of Litigation Support, following lunch with the paralegal team.

Bettina"""
    m3, _ = exchange_invite(seed=case + 'pm', sender=bet, to=[OWNER_TO, cc[3]],
                            subject='Callback Interview - Delia Marchetti - Litigation Paralegal (Petrakis)',
                            date=at(2026, 4, 8, 15, 33, 48), start=s2, end=e2, win_tz='Central Standard Time',
                            location='RDH Chicago - 31st Floor - Conference Room 31C', note=note_pm, teams=False,
                            attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                       (op[0], op[1], 'REQ-PARTICIPANT', 'ACCEPTED')])
    write(case, '03-invite-afternoon-block.eml', m3)
    ivs = [hv[1], sa[1], lr[1], op[1]]
    label(case, [interview('Rourke Daley Haskins LLP', 'Litigation Paralegal', s1, e2, 'scheduled', ivs, ivs, 'onsite')],
          'hard', 'positive/onsite-callback-day',
          'Law-firm callback day: itinerary e-mail + two Exchange invites (morning block, afternoon block) = ONE onsite '
          'from the first session 9:30 to the last session end 1:15 PM CDT. "Arrive by 9:15" is check-in, not the start. '
          'Lunch paralegals have no addresses; the coordinator is not an interviewer.')


def case06():
    case = 'b134-06-recruiter-screen-cancelled-outlook'
    trina = ('Trina Wexler', 'twexler@beaumontkeller.example')
    start, end = at(2026, 4, 23, 15, 0), at(2026, 4, 23, 15, 30)
    wd(start, 'Thursday')
    d1 = at(2026, 4, 20, 10, 5, 51)
    wd(d1, 'Monday')
    uid = exchange_uid(case)
    note1 = f"""Hi Delia,

Looking forward to our call on Thursday about the Real Estate Paralegal opening. I'll dial you at {CELL}; the Teams link below is just a backup in case the phone line is poor. Plan on about 30 minutes.

Trina Wexler
Senior Legal Recruiter | Beaumont Keller LLP
twexler@beaumontkeller.example | 312.555.0151"""
    subj = 'Phone Screen - Delia Marchetti / Real Estate Paralegal'
    m1, mid1 = exchange_invite(seed=case, sender=trina, to=[OWNER_TO], subject=subj, date=d1, start=start, end=end,
                               win_tz='Central Standard Time', location='Phone call (Trina will dial) / Teams backup',
                               note=note1, uid=uid,
                               attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')])
    write(case, '01-invite-phone-screen.eml', m1)
    d2 = at(2026, 4, 22, 17, 48, 3)
    wd(d2, 'Wednesday')
    note2 = """Hi Delia,

I'm sorry to do this on short notice. The firm has decided to put the Real Estate Paralegal search on hold while the group restructures, so I need to cancel tomorrow's call. I'll keep your resume on file and will reach out if the role reopens.

Apologies again,
Trina"""
    m2, _ = exchange_invite(seed=case + 'cancel', sender=trina, to=[OWNER_TO], subject='Canceled: ' + subj, date=d2,
                            start=start, end=end, win_tz='Central Standard Time',
                            location='Phone call (Trina will dial) / Teams backup', note=note2, uid=uid, sequence=1,
                            method='CANCEL', teams=False,
                            attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')])
    write(case, '02-canceled-phone-screen.eml', m2)
    label(case, [interview('Beaumont Keller LLP', 'Real Estate Paralegal', start, end, 'cancelled', [trina[1]],
                           [trina[1]], 'phone_screen')],
          'medium', 'positive/cancellation-outlook',
          'Exchange request then METHOD:CANCEL (same UID, SEQUENCE 1, STATUS:CANCELLED) the day before: one '
          'cancelled phone screen at its last scheduled time (Thu Apr 23 3:00 PM CDT). Recruiter conducts the screen.')


def gmail_mail(*, seed, sender, to, cc=(), subject, date, text, html_body, in_reply_to=None, references=None,
               sender_hdr=None):
    mid = gmail_mid(seed)
    b = '000000000000' + hx(seed, 'gb', n=12)
    pairs = [('Delivered-To', OWNER),
             ('Received', f'from mail-yw1-f{int(hx(seed, "h", n=2), 16) % 200}.google.com (mail-yw1-f.google.com [209.85.128.'
                          f'{int(hx(seed, "ip", n=2), 16) % 250}])\n'
                          f'        by mx1.example.com (Postfix) with ESMTPS id {hx(seed, "q", n=10).upper()}\n'
                          f'        for <{OWNER}>; {hdate(date.astimezone(CT))}'),
             ('MIME-Version', '1.0'), ('References', references or in_reply_to) if in_reply_to else None,
             ('In-Reply-To', in_reply_to) if in_reply_to else None,
             ('From', sender_hdr or f'{sender[0]} <{sender[1]}>'), ('Date', hdate(date)), ('Message-ID', mid),
             ('Subject', subject), ('To', ', '.join(to)), ('Cc', ', '.join(cc)) if cc else None,
             ('Content-Type', f'multipart/alternative; boundary="{b}"')]
    pairs = [p for p in pairs if p]
    body = multipart(b, [part('text/plain; charset="UTF-8"', qp(text), 'quoted-printable'),
                         part('text/html; charset="UTF-8"', qp(html_body), 'quoted-printable')])
    return message(pairs, body), mid


def gmail_html(text_top, quoted_html=''):
    top = ''.join('<div>' + (html.escape(l, quote=False) or '<br>') + '</div>' for l in text_top.strip('\n').split('\n'))
    return f'<div dir="ltr">{top}</div>{quoted_html}\n'


def case07():
    case = 'b134-07-in-house-thread-moved-to-thursday'
    jq = ('Joaquín Ferreira-Lund', 'jferreiralund@pallisterfreight.example')
    jq_hdr = '=?UTF-8?Q?Joaqu=C3=ADn_Ferreira-Lund?= <jferreiralund@pallisterfreight.example>'
    hollis = 'Hollis Tran <htran@pallisterfreight.example>'
    first = at(2026, 5, 12, 14, 0)
    wd(first, 'Tuesday')
    final, final_end = at(2026, 5, 14, 15, 30), at(2026, 5, 14, 16, 15)
    wd(final, 'Thursday')
    d1 = at(2026, 5, 4, 9, 2, 33)
    wd(d1, 'Monday')
    t1 = f"""Hi Delia,

Hollis passed along your materials and I enjoyed reading about the matter-intake workflow you built at Calloway Strand. I lead operations for our legal department, and the Legal Operations Analyst role would report to me, so I'd like to set up a 45-minute conversation as the next step.

Would {wd(first, 'Tuesday')}, May 12 at 2:00 pm work? We're at 444 W. Lake Street, 18th floor; just ask for me at reception.

Best,
Joaquín

--
Joaquín Ferreira-Lund
Deputy General Counsel, Legal Operations
Pallister Freight Group
312-555-0186
"""
    m1, mid1 = gmail_mail(seed=case + '1', sender=jq, sender_hdr=jq_hdr, to=[OWNER_TO], cc=[hollis],
                          subject='Legal Operations Analyst - next conversation', date=d1, text=t1,
                          html_body=gmail_html(t1))
    write(case, '01-joaquin-next-conversation.eml', m1)
    her1 = gmail_mid(case + 'her1')
    d2 = at(2026, 5, 8, 16, 55, 20)
    wd(d2, 'Friday')
    q1 = '\n'.join('>> ' + l if l else '>>' for l in t1.strip('\n').split('\n'))
    t2 = f"""Hi Delia,

Apologies, I've just been pulled into board prep on Tuesday afternoon. Could we move our conversation to Thursday next week at 3:30 instead? Same place, same 45 minutes. Sorry for the shuffle.

Joaquín

On Mon, May 4, 2026 at 11:40 AM Delia Marchetti <{OWNER}> wrote:
> Hi Joaquín,
>
> Tuesday, May 12 at 2:00 works well for me. I look forward to meeting you.
>
> Best,
> Delia
>
> On Mon, May 4, 2026 at 9:02 AM Joaquín Ferreira-Lund <{jq[1]}> wrote:
>
{q1}
"""
    m2, mid2 = gmail_mail(seed=case + '2', sender=jq, sender_hdr=jq_hdr, to=[OWNER_TO], cc=[hollis],
                          subject='Re: Legal Operations Analyst - next conversation', date=d2, text=t2,
                          html_body=gmail_html(t2.split('\nOn Mon')[0],
                                               '<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                                               + html.escape(t2.split('wrote:\n', 1)[1]).replace('\n', '<br>\n') + '</blockquote></div>'),
                          in_reply_to=her1, references=f'{mid1} {her1}')
    write(case, '02-joaquin-can-we-move.eml', m2)
    her2 = gmail_mid(case + 'her2')
    d3 = at(2026, 5, 11, 8, 10, 41)
    wd(d3, 'Monday')
    t3 = f"""Great, Thursday at 3:30 it is. Hollis will send a visitor pass to this address the day before.

See you then,
Joaquín

On Fri, May 8, 2026 at 7:21 PM Delia Marchetti <{OWNER}> wrote:
> No problem at all, Joaquín. Thursday at 3:30 works for me.
>
> Delia
"""
    m3, _ = gmail_mail(seed=case + '3', sender=jq, sender_hdr=jq_hdr, to=[OWNER_TO], cc=[hollis],
                       subject='Re: Legal Operations Analyst - next conversation', date=d3, text=t3,
                       html_body=gmail_html(t3), in_reply_to=her2, references=f'{mid1} {her1} {mid2} {her2}')
    write(case, '03-joaquin-confirmed-thursday.eml', m3)
    label(case, [interview('Pallister Freight Group', 'Legal Operations Analyst', final, final_end, 'scheduled',
                           [jq[1]], [jq[1]], 'hiring_manager')],
          'medium', 'positive/thread-reschedule',
          'Gmail thread with the in-house hiring manager: proposed Tue May 12 2:00 pm, moved on Fri May 8 to '
          '"Thursday next week at 3:30" = Thu May 14, 45 min, confirmed. Hollis (cc) only coordinates. '
          'From header is RFC 2047 encoded (Joaquín).')


def case08():
    case = 'b134-08-google-invite-moved-across-dst'
    org = ('Mateo Ibarra', 'mibarra@quillfeather.example')
    sb = ('Saoirse Blake', 'sblake@quillfeather.example')
    s0, e0 = at(2026, 3, 6, 11, 0), at(2026, 3, 6, 11, 45)
    wd(s0, 'Friday')
    s1, e1 = at(2026, 3, 9, 11, 0), at(2026, 3, 9, 11, 45)
    wd(s1, 'Monday')
    assert s0.utcoffset() != s1.utcoffset()
    summary = 'Quillfeather | Paralegal, Commercial Contracts - Interview w/ Saoirse Blake'
    desc0 = ('Hi Delia - this is your interview with Saoirse Blake, Senior Counsel. Saoirse leads our commercial '
             'legal team and the role reports to her. Expect background questions and a short walk-through of an NDA '
             'redline.\n\nMateo Ibarra, Recruiting')
    guests = [(org[0], org[1], 'ACCEPTED'), (sb[0], sb[1], 'ACCEPTED'), (OWNER_NAME, OWNER, 'NEEDS-ACTION')]
    d1 = at(2026, 3, 2, 13, 20, 45)
    m1, _ = google_invite(seed=case, organizer=org, summary=summary, date=d1, start=s0, end=e0, description=desc0,
                          guests=guests)
    write(case, '01-invitation.eml', m1)
    d2 = at(2026, 3, 5, 9, 47, 2)
    desc1 = ('Hi Delia - Saoirse had a filing deadline land on Friday, so we moved this to Monday at the same time. '
             'Sorry for the change!\n\nThis is your interview with Saoirse Blake, Senior Counsel (the role reports to '
             'her): background questions and a short walk-through of an NDA redline.\n\nMateo Ibarra, Recruiting')
    m2, _ = google_invite(seed=case, organizer=org, summary=summary, date=d2, start=s1, end=e1, description=desc1,
                          guests=guests, sequence=1, updated=True, created=d1)
    write(case, '02-updated-invitation.eml', m2)
    label(case, [interview('Quillfeather Software', 'Paralegal, Commercial Contracts', s1, e1, 'scheduled', [sb[1]],
                           [sb[1]], 'hiring_manager')],
          'hard', 'positive/google-reschedule-across-dst',
          'Google invite for Fri Mar 6 11am CST (17:00Z), then "Updated invitation" SEQUENCE 1 to Mon Mar 9 11am, '
          'which is CDT after the Mar 8 switch (16:00Z, -05:00). One interview at the final time; the recruiter '
          'organizer does not conduct it.')


def case09():
    case = 'b134-09-screen-gcal-and-second-round-ics'
    yh = ('Yusra Haddad', 'yhaddad@castellanmarsh.example')
    pl = ('Pieter Lindqvist', 'plindqvist@castellanmarsh.example')
    s1, e1 = at(2026, 6, 1, 12, 0), at(2026, 6, 1, 12, 30)
    wd(s1, 'Monday')
    s2, e2 = at(2026, 6, 9, 10, 0), at(2026, 6, 9, 11, 0)
    wd(s2, 'Tuesday')
    eid = '_' + hx(case, 'eid', n=26)
    ev = {
        'kind': 'calendar#event',
        'etag': '"' + str(int(hx(case, 'etag', n=13), 16)) + '"',
        'id': eid,
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' +
                    base64.b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        'created': '2026-05-27T19:04:11.000Z',
        'updated': '2026-05-27T19:06:52.318Z',
        'summary': 'Castellan Marsh LLP - Phone Screen - IP Paralegal (Delia Marchetti)',
        'description': f'Introductory phone screen for the Intellectual Property Paralegal position. Yusra will call '
                       f'you at {CELL}.\n\nYusra Haddad | Paralegal Recruiter | Castellan Marsh LLP | 312.555.0139',
        'location': 'Phone',
        'creator': {'email': yh[1], 'displayName': yh[0]},
        'organizer': {'email': yh[1], 'displayName': yh[0]},
        'start': {'dateTime': iso(s1), 'timeZone': 'America/Chicago'},
        'end': {'dateTime': iso(e1), 'timeZone': 'America/Chicago'},
        'iCalUID': exchange_uid(case + 'gcal'),
        'sequence': 0,
        'attendees': [
            {'email': yh[1], 'displayName': yh[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'},
        ],
        'guestsCanInviteOthers': False,
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    write(case, '01-castellan-marsh-phone-screen.gcal.json', json.dumps(ev, indent=2) + '\n')
    desc = ('In-person second-round interview for the Intellectual Property Paralegal position with Pieter Lindqvist, '
            'IP Paralegal Supervisor (trademark prosecution and docketing). Please bring a copy of your resume and check '
            'in at reception on 22.\n\nYusra Haddad\nParalegal Recruiter | Castellan Marsh LLP')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
             'METHOD:REQUEST'] + win_vtimezone('Central Standard Time') + [
        'BEGIN:VEVENT', f'ORGANIZER;CN={yh[0]}:mailto:{yh[1]}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={pl[0]}:mailto:{pl[1]}',
        f'DESCRIPTION;LANGUAGE=en-US:{ics_esc(desc)}', f'UID:{exchange_uid(case + "r2")}',
        'SUMMARY;LANGUAGE=en-US:Castellan Marsh - 2nd Round Interview - IP Paralegal - Delia Marchetti',
        f'DTSTART;TZID=Central Standard Time:{local(s2)}', f'DTEND;TZID=Central Standard Time:{local(e2)}',
        'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:20260603T151822Z', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
        'LOCATION;LANGUAGE=en-US:' + ics_esc('Castellan Marsh LLP, 71 S. Wacker Drive, 22nd Floor'),
        'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
        'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1',
        'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
        'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
        'END:VEVENT', 'END:VCALENDAR']
    write(case, '02-second-round-ip-paralegal.ics', ical(lines), crlf=True)
    role = 'Intellectual Property Paralegal'
    label(case, [interview('Castellan Marsh LLP', role, s1, e1, 'scheduled', [yh[1]], [yh[1]], 'phone_screen'),
                 interview('Castellan Marsh LLP', role, s2, e2, 'scheduled', [pl[1]], [pl[1]], 'hiring_manager')],
          'medium', 'positive/two-interviews-gcal-and-ics',
          'Two different interviews at the same firm: recruiter phone screen as a Calendar API event (self: true) on '
          'Jun 1, and an in-person second round (standalone Outlook .ics, Windows TZID) on Jun 9 with the IP paralegal '
          'supervisor; the recruiter only organizes the second one.')


def case10():
    case = 'b134-10-partner-in-trial-cancelled-then-rebooked'
    fb = ('Fenna Bright', 'fbright@harlanostrowski.example')
    md = ('Marcus Delacroix-Hale', 'mdelacroixhale@harlanostrowski.example')
    s1, e1 = at(2026, 7, 15, 16, 0), at(2026, 7, 15, 17, 0)
    wd(s1, 'Wednesday')
    s2, e2 = at(2026, 7, 30, 9, 0), at(2026, 7, 30, 10, 0)
    wd(s2, 'Thursday')
    d1 = at(2026, 7, 9, 13, 41, 7)
    wd(d1, 'Thursday')
    uid1 = exchange_uid(case + 'first')
    subj = 'Interview - Trial Paralegal - Delia Marchetti'
    att = [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'), (md[0], md[1], 'REQ-PARTICIPANT', 'ACCEPTED')]
    to = [OWNER_TO, f'{md[0]} <{md[1]}>']
    loc = 'Harlan Ostrowski LLP - 10 S. Riverside Plaza, 19th Floor - Conf. Room 19A'
    n1 = """Hi Delia,

Confirming your interview with Marcus Delacroix-Hale, the trial partner you'd be supporting, at our office. Please check in at the 19th floor reception desk. The interview will run about an hour.

Best,
Fenna Bright
Recruiting Coordinator | Harlan Ostrowski LLP
312.555.0158"""
    m1, _ = exchange_invite(seed=case + 'first', sender=fb, to=to, subject=subj, date=d1, start=s1, end=e1,
                            win_tz='Central Standard Time', location=loc, note=n1, teams=False, uid=uid1, attendees=att)
    write(case, '01-invite-interview-jul15.eml', m1)
    d2 = at(2026, 7, 13, 8, 12, 55)
    wd(d2, 'Monday')
    n2 = """Hi Delia,

Unfortunately we need to cancel Wednesday's interview. Marcus was sent out to trial in the Daley Center starting Wednesday morning and expects to be in trial through next week. I'm very sorry for the inconvenience; I'll reach out with new times as soon as the trial wraps up.

Best,
Fenna"""
    m2, _ = exchange_invite(seed=case + 'cancel', sender=fb, to=to, subject='Canceled: ' + subj, date=d2, start=s1,
                            end=e1, win_tz='Central Standard Time', location=loc, note=n2, teams=False, uid=uid1,
                            sequence=1, method='CANCEL', attendees=att)
    write(case, '02-canceled-interview-jul15.eml', m2)
    d3 = at(2026, 7, 27, 10, 4, 30)
    wd(d3, 'Monday')
    n3 = """Hi Delia,

Good news: Marcus's trial wrapped up on Friday, so we'd like to get your interview back on the calendar. Here is a new invitation for Thursday morning. Same location as before; it will run about an hour.

Best,
Fenna"""
    m3, _ = exchange_invite(seed=case + 'second', sender=fb, to=to, subject='Interview (rescheduled) - Trial Paralegal - '
                            'Delia Marchetti', date=d3, start=s2, end=e2, win_tz='Central Standard Time', location=loc,
                            note=n3, teams=False, uid=exchange_uid(case + 'second'), attendees=att)
    write(case, '03-new-invite-interview-jul30.eml', m3)
    label(case, [interview('Harlan Ostrowski LLP', 'Trial Paralegal', s1, e1, 'cancelled', [md[1]], [md[1]],
                           'hiring_manager'),
                 interview('Harlan Ostrowski LLP', 'Trial Paralegal', s2, e2, 'scheduled', [md[1]], [md[1]],
                           'hiring_manager')],
          'hard', 'positive/cancel-then-rebook',
          'Partner interview Wed Jul 15 4 PM CDT cancelled (METHOD:CANCEL, partner sent out to trial); two weeks later '
          're-booked as a NEW event (new UID) for Thu Jul 30 9 AM -> two entries, one cancelled and one scheduled.')


def case11():
    case = 'b134-11-coffee-chat-next-step-in-house'
    ro = ('Raymond Obi', 'robi@birchwoodcap.example')
    an = ('Annika Solberg', 'asolberg@birchwoodcap.example')
    d1 = at(2026, 8, 14, 15, 2, 18)
    wd(d1, 'Friday')
    b1 = f"""Hi Delia,

Thanks for your time on the phone earlier this week. I shared my notes with the team and we'd like to move you forward for the Legal Operations Specialist role.

As the next step in our process, Annika Solberg, our Director of Legal Operations and the hiring manager, would like to meet you for an informal coffee chat. She prefers to set these up herself, so expect a note from her directly ({an[1]}).

Have a great weekend,

Raymond Obi
Talent Acquisition | Birchwood Capital Partners
312.555.0193"""
    m1, mid1 = outlook_mail(seed=case + '1', sender=ro, to=[OWNER_TO], cc=[f'{an[0]} <{an[1]}>'],
                            subject='Legal Operations Specialist - next step', date=d1, body=b1)
    write(case, '01-recruiter-next-step.eml', m1)
    d2 = at(2026, 8, 17, 18, 42, 10)
    wd(d2, 'Monday')
    start, end = at(2026, 8, 21, 8, 15), at(2026, 8, 21, 9, 0)
    wd(start, 'Friday')
    her = f'<{huid(case, "her").upper()}@example.com>'
    aorig = f'<{huid(case, "annika0").upper()}@birchwoodcap.example>'
    amid = f'<{huid(case, "annika").upper()}@birchwoodcap.example>'
    t2 = f"""Hi Delia,

Friday works! Let's say 8:15 at Sawgrass Coffee on Wacker & Adams, before my 9:30. Should take about 45 minutes. I'll be the one with the red notebook.

Looking forward to it,
Annika

Sent from my iPhone

> On Aug 17, 2026, at 4:05 PM, Delia Marchetti <{OWNER}> wrote:
>
> Hi Annika,
>
> Thank you, I'd love to meet. I'm free Thursday before 9:00 or anytime Friday morning this week.
>
> Best,
> Delia
>
>> On Aug 17, 2026, at 10:31 AM, Annika Solberg <{an[1]}> wrote:
>>
>> Hi Delia, Raymond mentioned you'd be up for a coffee. Any mornings this week work for you? I'm in the Loop most days.
>>
>> Annika
"""
    pairs = [('Delivered-To', OWNER),
             ('Received', 'from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\n'
                          f'        by mx1.example.com (Postfix) with ESMTPS id {hx(case, "q", n=10).upper()}\n'
                          f'        for <{OWNER}>; {hdate(d2)}'),
             ('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable'),
             ('From', f'{an[0]} <{an[1]}>'), ('Mime-Version', '1.0 (1.0)'), ('Subject', 'Re: Coffee this week?'),
             ('Date', hdate(d2)), ('Message-Id', amid), ('References', f'{aorig} {her}'), ('In-Reply-To', her),
             ('To', OWNER_TO), ('X-Mailer', 'iPhone Mail (22G86)')]
    write(case, '02-annika-re-coffee.eml', message(pairs, qp(t2)))
    label(case, [interview('Birchwood Capital Partners', 'Legal Operations Specialist', start, end, 'scheduled',
                           [an[1]], [an[1]], 'hiring_manager')],
          'medium', 'positive/coffee-chat-process-step',
          'Recruiter calls the coffee chat "the next step in our process" with the hiring manager; Annika confirms '
          '"Friday ... 8:15", ~45 min, from her iPhone on Mon Aug 17 -> Fri Aug 21 8:15 CDT. Quoted '
          '"Thursday before 9:00" is only availability.')


def case12():
    case = 'b134-12-staffing-agency-forwards-firm-confirmation'
    df = ('Dominic Ferro', 'dferro@larkspurlegal.example')
    ih = ('Ingrid Halvorsen', 'ihalvorsen@wendellruiz.example')
    start, end = at(2026, 9, 14, 13, 30), at(2026, 9, 14, 14, 30)
    wd(start, 'Monday')
    date = at(2026, 9, 8, 17, 5, 44)
    wd(date, 'Tuesday')
    body = f"""Hi Delia,

Great news, Wendell Ruiz Alcott would like to meet you! See Ingrid's note below. As we discussed this afternoon, I've confirmed Monday 9/14 at 1:30 on your behalf. Bring a couple of copies of your resume and your transaction closing checklist sample, and give me a call afterwards so we can debrief before I talk to Ingrid.

Dominic

Dominic Ferro
Senior Legal Recruiter | Larkspur Legal Staffing
dferro@larkspurlegal.example | 312.555.0117

________________________________
From: Ingrid Halvorsen <{ih[1]}>
Sent: Tuesday, September 8, 2026 4:12 PM
To: Dominic Ferro <{df[1]}>
Cc: Theo Brandt
Subject: RE: Candidate submittal - Delia Marchetti - Corporate Paralegal (contract-to-hire)

Dominic,

Thanks, Delia's background looks like a great fit for the corporate group. We'd like to meet her in person on Monday, September 14 at 1:30 pm at our office (35 E. Wacker Drive, 9th floor). I'll interview her together with Theo Brandt, one of our senior corporate associates; please have her plan for about an hour.

Thanks,
Ingrid

Ingrid Halvorsen | Paralegal Manager
Wendell Ruiz Alcott LLP
35 E. Wacker Drive, Suite 900, Chicago, IL 60601
312.555.0145

________________________________
From: Dominic Ferro <{df[1]}>
Sent: Friday, September 4, 2026 10:03 AM
To: Ingrid Halvorsen <{ih[1]}>
Subject: Candidate submittal - Delia Marchetti - Corporate Paralegal (contract-to-hire)

Hi Ingrid,

Attached is the resume of Delia Marchetti for your Corporate Paralegal (contract-to-hire) opening. Delia has six years of litigation and corporate paralegal experience, most recently at Calloway Strand, and is available with two weeks' notice.

Dominic
"""
    msg, _ = outlook_mail(seed=case, sender=df, to=[OWNER_TO],
                          subject='FW: Candidate submittal - Delia Marchetti - Corporate Paralegal (contract-to-hire)',
                          date=date, body=body)
    write(case, '01-fw-candidate-submittal-interview.eml', msg)
    label(case, [interview('Wendell Ruiz Alcott LLP', 'Corporate Paralegal (contract-to-hire)', start, end, 'scheduled',
                           [ih[1]], [ih[1]], 'onsite')],
          'hard', 'positive/agency-forward',
          'Staffing-agency recruiter forwards the firm\'s reply (Outlook FW block) and confirms Mon Sep 14 1:30 pm, '
          '~1 h, in person. Two interviewers (Ingrid + Theo Brandt, no address) -> panel/onsite; only Ingrid\'s '
          'address appears. The agency recruiter does not conduct it.')


def case13():
    case = 'b134-13-calendly-skills-interview-after-dst-end'
    cm = ('Calvin Mbeki', 'cmbeki@greyhaven-ins.example')
    date = at(2026, 10, 29, 14, 3, 27, tz=UTC)
    wd(date.astimezone(CT), 'Thursday')
    start, end = at(2026, 11, 3, 10, 0), at(2026, 11, 3, 10, 45)
    wd(start, 'Tuesday')
    assert date.astimezone(CT).utcoffset() != start.utcoffset()
    ev = 'Legal Ops Skills Interview (45 min)'
    cancel = 'https://calendly.com/cancellations/' + huid(case, 'c')
    resched = 'https://calendly.com/reschedulings/' + huid(case, 'c')
    text = f"""Hi Delia Marchetti,

A new event has been scheduled.

Event Type:
{ev}

Invitee:
{OWNER_NAME}

Invitee Email:
{OWNER}

Event Date/Time:
10:00am - 10:45am (Central Time - US & Canada) on {wd(start, 'Tuesday')}, November 3, 2026

Location:
This is a Microsoft Teams web conference. Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx(case, "t", n=40)}%40thread.v2/0

Description:
Hands-on conversation about e-billing (LEDES, invoice review rules), matter management and outside counsel guideline enforcement for the Legal Operations Specialist role at Greyhaven Insurance Group. Bring an example of a process you automated.

Calvin Mbeki, Legal Operations Manager

Need to make changes to this event?
Cancel: {cancel}
Reschedule: {resched}

Powered by Calendly.com
"""
    cal = ical(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendly//Calendly Scheduling//EN', 'METHOD:REQUEST',
                'BEGIN:VEVENT', f'UID:{huid(case, "uid")}@calendly.com', f'DTSTAMP:{zstamp(date)}',
                f'DTSTART:{zstamp(start)}', f'DTEND:{zstamp(end)}',
                f'SUMMARY:{ev} between {cm[0]} and {OWNER_NAME}',
                'DESCRIPTION:' + ics_esc(f'Event Name: {ev}\n\nLocation: Microsoft Teams\n\nNeed to make changes to '
                                         f'this event?\nCancel: {cancel}\nReschedule: {resched}\n\nPowered by Calendly.com'),
                'LOCATION:Microsoft Teams', f'ORGANIZER;CN={cm[0]}:mailto:{cm[1]}',
                f'ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}',
                'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    b_outer = hx(case, 'bo', n=56)
    b_inner = hx(case, 'bi', n=56)
    alt = multipart(b_inner, [part('text/plain; charset=UTF-8', qp(text), 'quoted-printable'),
                              part('text/html; charset=UTF-8', qp(simple_html(text)), 'quoted-printable')])
    inner = hdrs([('Content-Type', f'multipart/alternative; boundary="{b_inner}"')]) + '\n' + alt
    attach = part('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', b64(cal), 'base64',
                  extra=[('Content-Disposition', 'attachment; filename="invite.ics"')])
    pairs = [('Delivered-To', OWNER),
             ('Received', 'from o1.mail.calendly.com (o1.mail.calendly.com [149.72.123.40])\n'
                          f'        by mx1.example.com (Postfix) with ESMTPS id {hx(case, "q", n=10).upper()}\n'
                          f'        for <{OWNER}>; {hdate(date.astimezone(CT))}'),
             ('Date', hdate(date)), ('From', 'Calendly <notifications@calendly.com>'),
             ('Reply-To', f'{cm[0]} <{cm[1]}>'), ('To', OWNER),
             ('Message-ID', f'<{huid(case, "mid")}@calendly.com>'),
             ('Subject', f'Confirmed: {ev} with {cm[0]} on Tuesday, November 3, 2026'),
             ('Mime-Version', '1.0'), ('Content-Type', f'multipart/mixed; boundary="{b_outer}"')]
    write(case, '01-calendly-confirmed-skills-interview.eml', message(pairs, multipart(b_outer, [inner, attach])))
    label(case, [interview('Greyhaven Insurance Group', 'Legal Operations Specialist', start, end, 'scheduled',
                           [cm[1]], [cm[1]], 'technical')],
          'medium', 'positive/calendly-dst-boundary',
          'Calendly invitee confirmation sent Thu Oct 29 (CDT, -05:00) for Tue Nov 3 10:00am Central, after the Nov 1 '
          'fall-back -> -06:00 (16:00Z in invite.ics). Host conducts it; Reply-To is the host.')


# ----------------------------------------------------------------------------------------------
# NEGATIVE CASES (look-alikes)
# ----------------------------------------------------------------------------------------------
def case14():
    case = 'b134-14-court-status-hearing-invite'
    gp = ('Gregory Pham', 'gpham@callowaystrand.example')
    me_work = ('Marchetti, Delia', OWNER_WORK)
    start, end = at(2026, 2, 24, 9, 30), at(2026, 2, 24, 10, 0)
    wd(start, 'Tuesday')
    date = at(2026, 2, 19, 17, 31, 9)
    note = """Status hearing before Judge R. Szymanski (Cal. W). Court will ask for status on completion of witness interviews and written discovery and will likely set the deposition schedule.

Delia - please have the discovery status chart, the witness interview log and a proposed dep schedule to me by Monday noon. I'll appear; you don't need to log in unless I ping you.

Zoom Meeting ID: 955 0412 8877 | Passcode: 2208
Greg"""
    msg, _ = exchange_invite(seed=case, sender=me_work, organizer=gp, to=[OWNER_TO],
                             subject='FW: Status Hearing - Marlowe v. Trident Freight Lines, 2025 L 008317',
                             date=date, start=start, end=end, win_tz='Central Standard Time',
                             location='Zoom - Circuit Court of Cook County, Law Division, Courtroom 2208', note=note,
                             teams=False, attendees=[(gp[0], gp[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                                     (me_work[0], me_work[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                                     (OWNER_NAME, OWNER, 'OPT-PARTICIPANT', 'NEEDS-ACTION')])
    write(case, '01-fw-status-hearing.eml', msg)
    label(case, [], 'hard', 'negative/court-hearing-invite',
          'Work meeting request (status hearing at court) forwarded from her work mailbox to her personal one; '
          'mentions "witness interviews" but is a court appearance for her current attorney.')


def case15():
    case = 'b134-15-deposition-she-schedules-court-reporter'
    start, end = at(2026, 3, 24, 10, 0), at(2026, 3, 24, 16, 0)
    wd(start, 'Tuesday')
    date = at(2026, 3, 13, 12, 15, 40)
    wd(date, 'Friday')
    rep = 'scheduling@lakefrontreporting.example'
    body = f"""Putting this on my personal calendar too. I'm in the depo room all day on the 24th, so nothing else that day.

________________________________
From: Lakefront Reporting Services <{rep}>
Sent: Friday, March 13, 2026 11:58 AM
To: Marchetti, Delia <{OWNER_WORK}>
Cc: Pham, Gregory <gpham@callowaystrand.example>
Subject: Deposition Confirmation - Job #48217 - Deposition of Harold Vinter

Thank you for scheduling with Lakefront Reporting Services. This confirms the following job:

Job #: 48217
Case: Marlowe v. Trident Freight Lines, No. 2025 L 008317 (Cir. Ct. Cook County)
Witness: Harold Vinter (Rule 206(a)(1) corporate representative, Trident Freight Lines)
Date: {wd(start, 'Tuesday')}, March 24, 2026
Time: 10:00 AM Central (room reserved until 4:00 PM)
Location: Calloway Strand LLP, 1 N. Dearborn Street, 14th Floor, Conference Room A; remote participants via Zoom
Ordered by: Delia Marchetti, Paralegal, on behalf of Gregory Pham (examining attorney)
Services: court reporter (stenographic, realtime), videographer, expedited transcript (5 business days)

A calendar invitation is attached. Please send exhibits for pre-marking and the Zoom participant list 48 hours before the deposition.

Lakefront Reporting Services | Scheduling Desk
312.555.0102 | {rep}
"""
    cal = ical(['BEGIN:VCALENDAR', 'PRODID:-//Lakefront Reporting//Job Scheduler 4.2//EN', 'VERSION:2.0',
                'METHOD:PUBLISH'] + olson_chicago_vtimezone() + [
        'BEGIN:VEVENT', f'UID:job-48217-{hx(case, "u", n=12)}@lakefrontreporting.example', f'DTSTAMP:{zstamp(date)}',
        f'DTSTART;TZID=America/Chicago:{local(start)}', f'DTEND;TZID=America/Chicago:{local(end)}',
        'SUMMARY:Deposition of Harold Vinter - Marlowe v. Trident Freight Lines - Job #48217',
        'DESCRIPTION:' + ics_esc('Stenographic reporter + videographer. Examining attorney: Gregory Pham (Calloway '
                                 'Strand LLP). Scheduled by Delia Marchetti.'),
        'LOCATION:' + ics_esc('Calloway Strand LLP, 1 N. Dearborn Street, 14th Floor, Conference Room A'),
        f'ORGANIZER;CN=Lakefront Reporting Services:mailto:{rep}',
        f'ATTENDEE;CN=Delia Marchetti;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER_WORK}',
        'ATTENDEE;CN=Gregory Pham;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gpham@callowaystrand.example',
        'STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR'])
    att = part('text/calendar; charset="utf-8"; name="Job48217_Vinter_Deposition.ics"', b64(cal), 'base64',
               extra=[('Content-Description', 'Job48217_Vinter_Deposition.ics'),
                      ('Content-Disposition', 'attachment; filename="Job48217_Vinter_Deposition.ics"; '
                                              f'size={len(cal)};\n\tcreation-date="{hdate(date)}"')])
    msg, _ = outlook_mail(seed=case, sender=('Marchetti, Delia', OWNER_WORK), to=[OWNER_TO],
                          subject='FW: Deposition Confirmation - Job #48217 - Deposition of Harold Vinter', date=date,
                          body=body, extra_parts=[att])
    write(case, '01-fw-deposition-confirmation.eml', msg)
    label(case, [], 'hard', 'negative/deposition-scheduling',
          'Court-reporter confirmation of a deposition she scheduled for her attorney (examining attorney, witness, '
          'calendar attachment), forwarded to herself. Not a hiring process.')


def case16():
    case = 'b134-16-client-intake-interview-volunteer-clinic'
    ra = ('Rosalind Achebe', 'rachebe@northsidetenantclinic.example')
    pg = ('Paul Garrity', 'pgarrity@northsidetenantclinic.example')
    start, end = at(2026, 4, 11, 10, 0), at(2026, 4, 11, 11, 0)
    wd(start, 'Saturday')
    date = at(2026, 4, 7, 19, 22, 3)
    desc = ('Delia - you will conduct the intake interview with the new client (eviction notice served 4/2) with '
            'attorney supervisor Paul Garrity sitting in. Use intake questionnaire v3 and the conflict-check form. '
            'Client prefers Spanish; our interpreter will join by phone.\n\nThanks for volunteering!\nRosalind')
    msg, _ = google_invite(seed=case, organizer=ra, summary='Client intake interview - eviction (Delia M. + atty supervisor)',
                           date=date, start=start, end=end, description=desc,
                           guests=[(ra[0], ra[1], 'ACCEPTED'), (pg[0], pg[1], 'ACCEPTED'),
                                   (OWNER_NAME, OWNER, 'NEEDS-ACTION')])
    write(case, '01-invitation-client-intake.eml', msg)
    label(case, [], 'hard', 'negative/user-is-interviewer-client-intake',
          'Google invite titled "Client intake interview" at the tenant clinic where she volunteers: she conducts the '
          'interview of a legal-aid client. Not a job interview.')


def case17():
    case = 'b134-17-cle-webinar-witness-interviews'
    start, end = at(2026, 5, 21, 12, 0), at(2026, 5, 21, 13, 30)
    wd(start, 'Thursday')
    date = at(2026, 5, 4, 15, 12, 33, tz=UTC)
    wid = str(int(hx(case, 'w', n=12), 16))[:11]
    title = 'Witness Interviews & Deposition Prep for Paralegals (1.5 CLE)'
    join = f'https://us06web.zoom.us/w/{wid}?tk={hx(case, "tk", n=40)}'
    text = f"""Hi Delia,

Thank you for registering for "{title}".

Please submit any questions to: cle@prairiecle.example

Date Time: May 21, 2026 12:00 PM Central Time (US and Canada)

Join from PC, Mac, iPad, or Android:
{join}

Webinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}
Passcode: {int(hx(case, 'pc', n=5), 16) % 900000 + 100000}

Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

Description: Practical session for litigation paralegals on preparing and documenting witness interviews, outlining deposition topics and building exhibit binders. Approved for 1.5 hours of paralegal CLE credit.

You can cancel your registration at any time.

Copyright 2026 Zoom Communications, Inc. All rights reserved.
"""
    b = hx(case, 'b', n=28)
    pairs = [('Delivered-To', OWNER),
             ('Received', 'from o2.email.zoom.us (o2.email.zoom.us [149.72.10.12])\n'
                          f'        by mx1.example.com (Postfix) with ESMTPS id {hx(case, "q", n=10).upper()}\n'
                          f'        for <{OWNER}>; {hdate(date.astimezone(CT))}'),
             ('Date', hdate(date)), ('From', 'Prairie State CLE Institute <no-reply@zoom.us>'),
             ('Reply-To', 'cle@prairiecle.example'), ('To', OWNER),
             ('Message-ID', f'<{hx(case, "m", n=22)}@geopod-ismtpd-5>'),
             ('Subject', f'{title} Confirmation'), ('Mime-Version', '1.0'),
             ('Content-Type', f'multipart/alternative; boundary={b}')]
    body = multipart(b, [part('text/plain; charset=utf-8', qp(text), 'quoted-printable'),
                         part('text/html; charset=utf-8', qp(simple_html(text)), 'quoted-printable')])
    write(case, '01-zoom-webinar-registration.eml', message(pairs, body))
    cal = ical(['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
                'METHOD:PUBLISH', 'CLASS:PUBLIC'] + olson_chicago_vtimezone() + [
        'BEGIN:VEVENT', f'DTSTAMP:{zstamp(date)}', f'DTSTART;TZID=America/Chicago:{local(start)}',
        f'DTEND;TZID=America/Chicago:{local(end)}', f'SUMMARY:{ics_esc(title)}', f'UID:{zstamp(date)}-{wid}@zoom.us',
        'TZID:America/Chicago', 'DESCRIPTION:' + ics_esc(f'Hi there,\n\nYou are invited to a Zoom webinar.\nJoin: {join}'),
        f'LOCATION:{join}', 'ORGANIZER;CN=Prairie State CLE Institute:mailto:no-reply@zoom.us',
        f'ATTENDEE;CN={OWNER_NAME};RSVP=TRUE:mailto:{OWNER}',
        'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
        'END:VEVENT', 'END:VCALENDAR'])
    write(case, '02-webinar-add-to-calendar.ics', cal, crlf=True)
    label(case, [], 'medium', 'negative/cle-webinar',
          'Zoom webinar registration + downloaded .ics for a CLE session on witness interviews; not a job interview.')


def case18():
    case = 'b134-18-paralegal-association-networking-night'
    start, end = at(2026, 6, 18, 17, 30), at(2026, 6, 18, 20, 0)
    wd(start, 'Thursday')
    desc = ('Paralegal & Legal Operations Networking Night\n\nMeet recruiting coordinators, hiring partners and '
            'legal ops leaders from a dozen Chicago firms and in-house legal departments. Resume-review table and '
            'mock "speed interviews" with volunteer legal recruiters (sign up at the door). Light appetizers; '
            'business casual.\n\nYour ticket: General Admission (Member) - Order #LPA-' +
            str(int(hx(case, 'o', n=6), 16)) + '\nQuestions: events@lakeshoreparalegals.example')
    cal = ical(['BEGIN:VCALENDAR', 'PRODID:-//Lakeshore Paralegal Association//Events 2.1//EN', 'VERSION:2.0',
                'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-TIMEZONE:America/Chicago'] + olson_chicago_vtimezone() + [
        'BEGIN:VEVENT', f'UID:lpa-event-{hx(case, "u", n=16)}@lakeshoreparalegals.example', 'DTSTAMP:20260528T164500Z',
        f'DTSTART;TZID=America/Chicago:{local(start)}', f'DTEND;TZID=America/Chicago:{local(end)}',
        'SUMMARY:Paralegal & Legal Ops Networking Night - Meet Hiring Firms',
        'DESCRIPTION:' + ics_esc(desc), 'LOCATION:' + ics_esc('The Monroe Room, 65 E. Monroe Street, Chicago, IL 60603'),
        'ORGANIZER;CN=Lakeshore Paralegal Association:mailto:events@lakeshoreparalegals.example',
        f'ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}',
        'CATEGORIES:Networking,Career', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    write(case, '01-networking-night-ticket.ics', cal, crlf=True)
    label(case, [], 'medium', 'negative/networking-event-ics',
          'Standalone .ics from a paralegal association: networking night with hiring firms and mock "speed '
          'interviews"; a career event, not an interview.')


def case19():
    case = 'b134-19-icims-application-received'
    date = at(2026, 7, 10, 14, 55, 2, tz=UTC)
    role = 'Legal Operations Coordinator'
    text = f"""Dear Delia,

Thank you for applying for the {role} position (Req #2026-3307) with Ridgemont Mutual. We have received your application and our Talent Acquisition team reviews every submission.

What happens next?
If your background is a match for the role, a recruiter will contact you to schedule a phone interview, typically within two weeks. Our interview process for Legal Department roles usually includes a 30-minute phone interview with a recruiter, followed by a virtual panel interview with members of the Legal team.

You can check the status of your application at any time by logging in to the Ridgemont Mutual Careers portal:
https://careers-ridgemontmutual.icims.com/jobs/login

Thank you again for your interest in Ridgemont Mutual.

Ridgemont Mutual Talent Acquisition

Please do not reply to this message; this mailbox is not monitored.
Powered by iCIMS
"""
    b = f'----=_Part_{int(hx(case, "p", n=6), 16)}_{int(hx(case, "p2", n=8), 16)}.{int(date.timestamp() * 1000)}'
    pairs = [('Delivered-To', OWNER),
             ('Received', 'from mta-out-03.icims.com (mta-out-03.icims.com [198.51.100.23])\n'
                          f'        by mx1.example.com (Postfix) with ESMTPS id {hx(case, "q", n=10).upper()}\n'
                          f'        for <{OWNER}>; {hdate(date.astimezone(CT))}'),
             ('Date', hdate(date)), ('From', 'Ridgemont Mutual Careers <no-reply@talent.icims.com>'), ('To', OWNER_TO),
             ('Message-ID', f'<{int(hx(case, "m", n=8), 16)}.{int(hx(case, "m2", n=6), 16)}@icims-mailer-prod>'),
             ('Subject', f'Thank you for applying: {role} (Req #2026-3307)'), ('MIME-Version', '1.0'),
             ('Content-Type', f'multipart/alternative; \n\tboundary="{b}"')]
    body = multipart(b, [part('text/plain; charset=UTF-8', qp(text), 'quoted-printable'),
                         part('text/html; charset=UTF-8', b64(simple_html(text)), 'base64')])
    write(case, '01-icims-thank-you-for-applying.eml', message(pairs, body))
    label(case, [], 'easy', 'negative/application-received',
          'iCIMS application receipt describing the future interview process (phone interview, panel interview); '
          'nothing booked.')


def case20():
    case = 'b134-20-callback-availability-request'
    pd = ('Priscilla Dunmore', 'pdunmore@stanwickhale.example')
    date = at(2026, 10, 5, 11, 20, 16)
    wd(date, 'Monday')
    o1, o2, o3 = at(2026, 10, 13), at(2026, 10, 14), at(2026, 10, 16)
    body = f"""Hi Delia,

Thank you for meeting with Laura last week. We'd like to invite you back for a callback interview with the Employment Litigation group; it will take about two and a half hours in our office and include meetings with two partners and our paralegal manager.

Could you let me know your availability for the week of October 12? These windows are open on our side:

- {wd(o1, 'Tuesday')} 10/13, 9:00 - 11:30 a.m.
- {wd(o2, 'Wednesday')} 10/14, 1:00 - 3:30 p.m.
- {wd(o3, 'Friday')} 10/16, 9:00 - 11:30 a.m.

If it's easier, you can also pick one of those slots here: https://calendly.com/stanwick-hale-recruiting/callback-employment-lit

Once I hear back I'll send a full itinerary and calendar invitations.

Best regards,

Priscilla Dunmore
Legal Recruiting Coordinator | Stanwick Hale LLP
333 W. Wacker Drive, 27th Floor | Chicago, IL 60606
312.555.0176
"""
    msg, _ = outlook_mail(seed=case, sender=pd, to=[OWNER_TO],
                          subject='Callback Interview - Employment Litigation Paralegal - Availability', date=date,
                          body=body)
    write(case, '01-callback-availability-request.eml', msg)
    label(case, [], 'hard', 'negative/availability-request',
          'Coordinator asks for availability for a callback interview with three candidate windows and an unbooked '
          'scheduling link; nothing confirmed in the case.')


def case21():
    case = 'b134-21-hirevue-on-demand-interview'
    date = at(2026, 9, 28, 13, 0, 14, tz=UTC)
    due = at(2026, 10, 2, 23, 59)
    wd(due, 'Friday')
    link = f'https://app.hirevue.com/interviews/{hx(case, "l", n=24)}'
    text = f"""Hi Delia,

Kettering Byrne LLP has invited you to complete an on-demand video interview for the Docketing Specialist position.

You will be asked to record video answers to 5 questions. You'll have up to 3 minutes to answer each question and there is one practice question before you begin. Plan for about 25 minutes in a quiet place with a reliable internet connection.

Please complete your interview by {wd(due, 'Friday')}, October 2, 2026 at 11:59 PM Central Time.

Start your interview: {link}

Need help? Visit https://candidate-support.hirevue.com

Good luck!
Kettering Byrne LLP Recruiting Team

You're receiving this email because Kettering Byrne LLP uses HireVue to manage its hiring process.
"""
    b = '==_mimepart_' + hx(case, 'b', n=24)
    pairs = [('Delivered-To', OWNER),
             ('Received', 'from mail.hirevue.com (mail.hirevue.com [198.51.100.81])\n'
                          f'        by mx1.example.com (Postfix) with ESMTPS id {hx(case, "q", n=10).upper()}\n'
                          f'        for <{OWNER}>; {hdate(date.astimezone(CT))}'),
             ('Date', hdate(date)), ('From', 'Kettering Byrne LLP <no-reply@hirevue.com>'), ('To', OWNER),
             ('Message-ID', f'<{hx(case, "m", n=24)}.{int(date.timestamp())}@hirevue.com>'),
             ('Subject', 'Kettering Byrne LLP - Complete your on-demand interview for Docketing Specialist'),
             ('Mime-Version', '1.0'), ('Content-Type', f'multipart/alternative;\n boundary="{b}";\n charset=UTF-8')]
    body = multipart(b, [part('text/plain; charset=UTF-8', qp(text), 'quoted-printable'),
                         part('text/html; charset=UTF-8', qp(simple_html(text)), 'quoted-printable')])
    write(case, '01-hirevue-on-demand-invite.eml', message(pairs, body))
    label(case, [], 'medium', 'negative/one-way-video',
          'HireVue one-way recorded "on-demand interview" with a completion deadline; no live conversation.')


def case22():
    case = 'b134-22-workday-rejection-after-interview'
    past = at(2026, 10, 6, 14, 0)
    wd(past, 'Tuesday')
    date = at(2026, 10, 13, 7, 45, 30, tz=PT)
    role = 'Senior Paralegal - Litigation'
    text = f"""Dear Delia,

Thank you for taking the time to interview with Elena Park-Whitlow and the Legal team on {wd(past, 'Tuesday')}, October 6 at 2:00 PM for the {role} position (R-2291). We appreciated learning about your experience and your interest in Marchbank Foods.

After careful consideration, we have decided to move forward with another candidate whose experience more closely matches the needs of the role at this time.

We encourage you to continue to visit our careers site and apply for future openings that match your background. We wish you the best in your search.

Sincerely,
Marchbank Foods Talent Acquisition

This is an automated message; please do not reply.
"""
    msg = workday_mail(seed=case, tenant='marchbank', company='Marchbank Foods',
                       subject=f'Update on your application for {role} (R-2291)', date=date, text=text)
    write(case, '01-workday-application-update.eml', msg)
    label(case, [], 'medium', 'negative/rejection-after-interview',
          'Workday rejection that mentions a past interview date and time; rejections are not interviews.')


CASES = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12, case13,
         case14, case15, case16, case17, case18, case19, case20, case21, case22]


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith('b134-') and os.path.isdir(p):
            shutil.rmtree(p)
    for fn in CASES:
        fn()
    header = ('# Labels for blind134 (written blind). Schema: see the eval README.\n'
              '# Regenerate with: python make_cases.py\n')
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(header)
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for v in LABELS.values() if v['interview'])
    ivs = [i for v in LABELS.values() for i in v['interviews']]
    print(f'{len(LABELS)} cases, {pos} positive, {len(LABELS) - pos} negative, {len(ivs)} interviews '
          f'({sum(i["status"] == "scheduled" for i in ivs)} scheduled, {sum(i["status"] == "cancelled" for i in ivs)} cancelled)')


if __name__ == '__main__':
    main()
