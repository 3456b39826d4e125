#!/usr/bin/env python3
"""Generate the blind280 evaluation set (written blind).

Theme: US remote-first startups hiring a senior full-stack engineer.
Mailbox owner: Daniel Okafor <daniel.okafor@example.com>, Denver (America/Denver).

Deletes and rewrites every b280-* case folder, labels.yaml and README.md next to this script.
Output is byte-identical on every run (all IDs, UIDs and MIME boundaries derive from SEED).
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import formataddr, format_datetime
from email.header import Header
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = 'blind280/okafor/2026'
OWNER = 'daniel.okafor@example.com'
OWNER_NAME = 'Daniel Okafor'
UTC = timezone.utc
PT, MT, ET, CET = 'America/Los_Angeles', 'America/Denver', 'America/New_York', 'Europe/Berlin'


# --------------------------------------------------------------------------- hashing / ids
def hx(*parts, n=32):
    return hashlib.sha256('|'.join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def b64id(*parts, n=40):
    raw = hashlib.sha256('|'.join((SEED, 'b64') + tuple(str(p) for p in parts)).encode()).digest()
    raw += hashlib.sha256(raw).digest()
    return base64.b64encode(raw).decode().replace('/', '_')[:n]


def digits(*parts, n=10):
    return ''.join(str(int(c, 16) % 10) for c in hx('digits', *parts, n=n))


def letters(*parts, n=10):
    return ''.join('abcdefghijkmnopqrstuvwxyz'[int(c, 16) + 5 * (i % 2)] for i, c in enumerate(hx('let', *parts, n=n)))


def uuid_like(*parts):
    s = hx('uuid', *parts)
    return f'{s[:8]}-{s[8:12]}-4{s[13:16]}-a{s[17:20]}-{s[20:32]}'


def gmail_mid(*parts):
    return f'<CA{b64id("gm", *parts, n=44)}@mail.gmail.com>'


def meet_code(*parts):
    s = letters('meet', *parts, n=10)
    return f'{s[:3]}-{s[3:7]}-{s[7:10]}'


# --------------------------------------------------------------------------- time helpers
def iso_off(dt):
    z = dt.strftime('%z')
    return z[:3] + ':' + z[3:]


def T(s, tz, wd, off):
    """Aware datetime; asserts the weekday and the UTC offset (2026 DST rules via zoneinfo)."""
    fmt = '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M'
    dt = datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(tz))
    assert dt.strftime('%a') == wd, f'{s} {tz}: weekday is {dt:%a}, not {wd}'
    assert iso_off(dt) == off, f'{s} {tz}: offset is {iso_off(dt)}, not {off}'
    return dt


def D(s, wd):
    """Date only, with weekday check."""
    d = datetime.strptime(s, '%Y-%m-%d')
    assert d.strftime('%a') == wd, f'{s}: weekday is {d:%a}, not {wd}'
    return d


def _dst_sanity():
    # 2026 transitions: US Mar 8 / Nov 1, EU Mar 29 / Oct 25.
    for tz, day_before, day_after, before, after in [
        (MT, '2026-10-31', '2026-11-01', '-06:00', '-07:00'),
        (PT, '2026-10-31', '2026-11-01', '-07:00', '-08:00'),
        (ET, '2026-10-31', '2026-11-01', '-04:00', '-05:00'),
        (CET, '2026-10-24', '2026-10-25', '+02:00', '+01:00'),
        (MT, '2026-03-07', '2026-03-08', '-07:00', '-06:00'),
        (CET, '2026-03-28', '2026-03-29', '+01:00', '+02:00'),
    ]:
        a = datetime.strptime(day_before + ' 12:00', '%Y-%m-%d %H:%M').replace(tzinfo=ZoneInfo(tz))
        b = datetime.strptime(day_after + ' 12:00', '%Y-%m-%d %H:%M').replace(tzinfo=ZoneInfo(tz))
        assert (iso_off(a), iso_off(b)) == (before, after), (tz, iso_off(a), iso_off(b))
        assert b.strftime('%a') == 'Sun'
    # The "7-hour week": Berlin already on CET, Denver still on MDT.
    x = T('2026-10-27 17:00', CET, 'Tue', '+01:00')
    assert x.astimezone(ZoneInfo(MT)).strftime('%H:%M %z') == '10:00 -0600'


def hm(dt):
    h = dt.hour % 12 or 12
    return f'{h}{":%02d" % dt.minute if dt.minute else ""}{"am" if dt.hour < 12 else "pm"}'


def ampm(dt):
    return f'{dt.hour % 12 or 12}:{dt.minute:02d} {"AM" if dt.hour < 12 else "PM"}'


def long_date(dt):
    return f'{dt:%A}, {dt:%B} {dt.day}, {dt.year}'


def rfc(dt):
    return format_datetime(dt)


def utc(dt):
    return dt.astimezone(UTC)


TZLONG = {PT: 'Pacific Time - Los Angeles', MT: 'Mountain Time - Denver',
          ET: 'Eastern Time - New York', CET: 'Central European Time - Berlin'}


# --------------------------------------------------------------------------- MIME helpers
def leaf(ctype, content, cte='7bit', disp=None, extra=()):
    data = content.encode('utf-8') if isinstance(content, str) else content
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
        if not payload.endswith('\n'):
            payload += '\n'
    else:
        payload = data.decode('utf-8')
        if not payload.endswith('\n'):
            payload += '\n'
        if not payload.isascii():
            cte = '8bit'
    hdrs = [('Content-Type', ctype), ('Content-Transfer-Encoding', cte)]
    if disp:
        hdrs.append(('Content-Disposition', disp))
    hdrs += list(extra)
    return {'h': hdrs, 'body': payload}


def boundary(style, *parts):
    if style == 'google':
        return '000000000000' + hx('bnd', *parts, n=12)
    if style == 'outlook':
        return '_000_' + hx('bnd', *parts, n=24).upper() + '_'
    if style == 'apple':
        return 'Apple-Mail=_' + uuid_like('bnd', *parts).upper()
    return '----=_Part_' + digits('bnd', *parts, n=7) + '_' + digits('bnd2', *parts, n=9) + '.' + digits('bnd3', *parts, n=13)


def multi(subtype, parts, bnd):
    body = ''.join(f'--{bnd}\n' + render(p) + '\n' for p in parts) + f'--{bnd}--\n'
    return {'h': [('Content-Type', f'multipart/{subtype}; boundary="{bnd}"')], 'body': body}


def render(p):
    return ''.join(f'{k}: {v}\n' for k, v in p['h']) + '\n' + p['body']


def hdr(s):
    return s if s.isascii() else Header(s, 'utf-8').encode()


def A(name, email):
    return formataddr((name, email)) if name else email


def text_to_html(text, style='gmail'):
    blocks = text.strip('\n').split('\n\n')
    out = []
    for blk in blocks:
        lines = blk.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(html.escape(l.lstrip('> ').rstrip(), quote=False) for l in lines)
            out.append(f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append('<div>' + '<br>\n'.join(html.escape(l, quote=False) for l in lines) + '</div>')
    if style == 'gmail':
        return '<div dir="ltr">' + '\n<div><br></div>\n'.join(out) + '</div>\n'
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
            + '\n<p></p>\n'.join(out) + '\n</body></html>\n')


def attrib(dt, name, email):
    """Gmail-style quote attribution line, dt in the replier's zone."""
    return f'On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {dt.hour % 12 or 12}:{dt.minute:02d} {"AM" if dt.hour < 12 else "PM"} {name} <{email}> wrote:'


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))


RELAYS = {
    'google': ('mail-sor-f{n}.google.com', '209.85.220.{n}'),
    'outlook': ('NAM{n}-BN8-obe.outbound.protection.outlook.com', '40.107.{n}.91'),
    'sendgrid': ('o{n}.ptr{n}.sendgrid.net', '167.89.{n}.14'),
    'mailgun': ('m{n}-33.mailgun.net', '159.135.{n}.33'),
    'ses': ('a{n}-12.smtp-out.amazonses.com', '54.240.{n}.12'),
}


def received(key, sent, relay='google'):
    n = 20 + int(hx('rcv', key, n=2), 16) % 200
    host, ip = RELAYS[relay]
    host, ip = host.format(n=n), ip.format(n=n)
    when = rfc(utc(sent + timedelta(seconds=1 + n % 5)))
    return (f'from {host} ({host}. [{ip}])\n        by mx.example.com with ESMTPS id {letters("smtp", key, n=12)}\n'
            f'        for <{OWNER}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n        {when}')


def mail(key, sent, frm, to, subject, text, *, cc=None, reply_to=None, irt=None, refs=None, fmt='alt',
         cte='quoted-printable', html_cte=None, mid=None, sender=None, attach=(), extra=(), html_text=None,
         relay='google', bstyle='google', html_style='gmail'):
    """Return (bytes, message_id). frm/to/cc/reply_to are preformatted address strings."""
    if mid is None:
        mid = gmail_mid(key)
    if fmt == 'plain':
        part = leaf('text/plain; charset="UTF-8"', text, cte)
    elif fmt == 'html':
        part = leaf('text/html; charset="UTF-8"', html_text or text_to_html(text, html_style), html_cte or cte)
    else:
        part = multi('alternative', [
            leaf('text/plain; charset="UTF-8"', text, cte),
            leaf('text/html; charset="UTF-8"', html_text or text_to_html(text, html_style), html_cte or cte),
        ], boundary(bstyle, key, 'alt'))
    if attach:
        part = multi('mixed', [part] + list(attach), boundary(bstyle, key, 'mixed'))
    h = [('Delivered-To', OWNER), ('Received', received(key, sent, relay))]
    h.append(('From', frm))
    if sender:
        h.append(('Sender', sender))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h.append(('To', to))
    if cc:
        h.append(('Cc', cc))
    h.append(('Date', rfc(sent)))
    h.append(('Message-ID', mid))
    if irt:
        h.append(('In-Reply-To', irt))
        h.append(('References', ' '.join(refs or [irt])))
    h.append(('Subject', hdr(subject)))
    h += list(extra)
    h.append(('MIME-Version', '1.0'))
    raw = ''.join(f'{k}: {v}\n' for k, v in h) + ''.join(f'{k}: {v}\n' for k, v in part['h']) + '\n' + part['body']
    return raw.encode('utf-8'), mid


# --------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    if len(line.encode('utf-8')) <= 75:
        return line
    out, cur, n = [], '', 0
    for ch in line:
        l = len(ch.encode('utf-8'))
        if n + l > 75:
            out.append(cur)
            cur, n = ' ', 1
        cur += ch
        n += l
    out.append(cur)
    return '\r\n'.join(out)


def esc(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def zt(dt):
    return utc(dt).strftime('%Y%m%dT%H%M%SZ')


def lt(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


TZDEF = {  # tzid -> (standard offset hours, rule family, std name, dst name)
    PT: (-8, 'US', 'PST', 'PDT'), MT: (-7, 'US', 'MST', 'MDT'), ET: (-5, 'US', 'EST', 'EDT'),
    CET: (1, 'EU', 'CET', 'CEST'),
    'Pacific Standard Time': (-8, 'US', None, None), 'Mountain Standard Time': (-7, 'US', None, None),
    'Eastern Standard Time': (-5, 'US', None, None), 'W. Europe Standard Time': (1, 'EU', None, None),
}


def vtimezone(tzid):
    std, fam, sn, dn = TZDEF[tzid]

    def o(x):
        return f'{"+" if x >= 0 else "-"}{abs(x):02d}00'
    if fam == 'US':
        dmon, dday, smon, sday, dtime, stime = 3, '2SU', 11, '1SU', '020000', '020000'
    else:
        dmon, dday, smon, sday, dtime, stime = 3, '-1SU', 10, '-1SU', '020000', '030000'
    if sn is None:  # Exchange style
        return ['BEGIN:VTIMEZONE', f'TZID:{tzid}',
                'BEGIN:STANDARD', f'DTSTART:16010101T{stime}', f'TZOFFSETFROM:{o(std + 1)}', f'TZOFFSETTO:{o(std)}',
                f'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={sday};BYMONTH={smon}', 'END:STANDARD',
                'BEGIN:DAYLIGHT', f'DTSTART:16010101T{dtime}', f'TZOFFSETFROM:{o(std)}', f'TZOFFSETTO:{o(std + 1)}',
                f'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={dday};BYMONTH={dmon}', 'END:DAYLIGHT', 'END:VTIMEZONE']
    dstart = f'1970{dmon:02d}{"08" if fam == "US" else "29"}T{dtime}'
    sstart = f'1970{smon:02d}{"01" if fam == "US" else "25"}T{stime}'
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}',
            'BEGIN:DAYLIGHT', f'TZOFFSETFROM:{o(std)}', f'TZOFFSETTO:{o(std + 1)}', f'TZNAME:{dn}',
            f'DTSTART:{dstart}', f'RRULE:FREQ=YEARLY;BYMONTH={dmon};BYDAY={dday}', 'END:DAYLIGHT',
            'BEGIN:STANDARD', f'TZOFFSETFROM:{o(std + 1)}', f'TZOFFSETTO:{o(std)}', f'TZNAME:{sn}',
            f'DTSTART:{sstart}', f'RRULE:FREQ=YEARLY;BYMONTH={smon};BYDAY={sday}', 'END:STANDARD', 'END:VTIMEZONE']


def vevent(uid, start, end, summary, organizer, attendees, *, stamp, seq=0, description='', location='',
           status='CONFIRMED', tzid=None, allday=False, extra=(), created=None, alarm=True, rsvp=True):
    """attendees: list of (name, email, partstat[, role]). tzid=None -> UTC 'Z' times."""
    L = ['BEGIN:VEVENT']
    if allday:
        L += [f'DTSTART;VALUE=DATE:{start:%Y%m%d}', f'DTEND;VALUE=DATE:{end:%Y%m%d}']
    elif tzid:
        L += [f'DTSTART;TZID={tzid}:{lt(start)}', f'DTEND;TZID={tzid}:{lt(end)}']
    else:
        L += [f'DTSTART:{zt(start)}', f'DTEND:{zt(end)}']
    L.append(f'DTSTAMP:{zt(stamp)}')
    if organizer:
        L.append(f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}')
    L.append(f'UID:{uid}')
    for a in attendees:
        name, email, ps = a[:3]
        role = a[3] if len(a) > 3 else 'REQ-PARTICIPANT'
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP={"TRUE" if rsvp else "FALSE"};'
                 f'CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}')
    L += list(extra)
    L.append(f'CREATED:{zt(created or stamp)}')
    if description:
        L.append(f'DESCRIPTION:{esc(description)}')
    L.append(f'LAST-MODIFIED:{zt(stamp)}')
    L.append(f'LOCATION:{esc(location)}')
    L += [f'SEQUENCE:{seq}', f'STATUS:{status}', f'SUMMARY:{esc(summary)}', 'TRANSP:OPAQUE']
    if alarm and status != 'CANCELLED':
        L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder', 'TRIGGER:-P0DT0H10M0S',
              'END:VALARM']
    L.append('END:VEVENT')
    return L


def vcalendar(prodid, method, event_lines, tzids=(), extra=()):
    L = ['BEGIN:VCALENDAR', f'PRODID:{prodid}', 'VERSION:2.0', 'CALSCALE:GREGORIAN']
    if method:
        L.append(f'METHOD:{method}')
    L += list(extra)
    for t in tzids:
        L += vtimezone(t)
    L += event_lines
    L.append('END:VCALENDAR')
    return ''.join(fold(l) + '\r\n' for l in L)


def ics_attachment(ics, method='REQUEST', name='invite.ics'):
    return leaf(f'application/ics; name="{name}"', ics, 'base64', disp=f'attachment; filename="{name}"') \
        if method is None else \
        leaf(f'text/calendar; charset="UTF-8"; method={method}; name="{name}"', ics, 'base64',
             disp=f'attachment; filename="{name}"')


# --------------------------------------------------------------------------- Google Calendar invitation
def gcal_invite(key, sent, org, guests, summary, start, end, description, *, uid=None, seq=0, method='REQUEST',
                prefix='Invitation', location='', meet=True, allday=False, status='CONFIRMED', tz=None):
    """org=(name,email); guests=[(name,email,partstat)] excluding the organizer. Returns (bytes, mid, uid)."""
    uid = uid or f'{letters("guid", key, n=26)}@google.com'
    tz = tz or (start.tzinfo.key if not allday else MT)
    code = meet_code(key)
    if allday:
        last = end - timedelta(days=1)
        when_s = f'{start:%a %b} {start.day}, {start.year} - {last:%a %b} {last.day}, {last.year}'
        when_l = f'{start:%A %b} {start.day} – {last:%A %b} {last.day}, {last.year}'
    else:
        when_s = f'{start:%a %b} {start.day}, {start.year} {hm(start)} - {hm(end)} ({start.tzname()})'
        when_l = f'{start:%A %b} {start.day}, {start.year} ⋅ {hm(start)} – {hm(end)}\n{TZLONG[tz]}'
    subject = f'{prefix}: {summary} @ {when_s} ({OWNER})'
    eid = base64.b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    lines = [summary, when_l, '']
    if location:
        lines += [location, '']
    if meet:
        lines += ['Join with Google Meet', f'https://meet.google.com/{code}', '',
                  'Join by phone', f'(US) +1 {digits("ph", key, n=3)}-{digits("ph2", key, n=3)}-{digits("ph3", key, n=4)}',
                  f'PIN: {digits("pin", key, n=9)}', '']
    lines += ['Organizer', org[0], org[1], '', 'Guests', f'{org[0]} - organizer', org[1]]
    for g in guests:
        lines += [g[0], g[1]] if g[0] != g[1] else [g[1]]
    lines += [f'View all guest info {view}', '']
    if description:
        lines += [description, '']
    lines += [f'Reply for {OWNER} and view more details {view}', '', '~~//~~',
              'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
              'You are receiving this email because you are an attendee on the event.', '',
              'Forwarding this invitation could allow any recipient to send a response to the organizer, be added to '
              'the guest list, invite others regardless of their own invitation status, or modify your RSVP. '
              'Learn more https://support.google.com/calendar/answer/37135#forwarding']
    text = '\n'.join(lines) + '\n'
    paras = text.split('\n\n')
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
           + ''.join('<p>' + '<br>'.join(html.escape(l) for l in p.strip('\n').split('\n')) + '</p>\n' for p in paras)
           + '</div></body></html>\n')
    desc_ics = description
    if meet:
        desc_ics += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                     f'Join with Google Meet: https://meet.google.com/{code}\n\n'
                     'Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
                     'Please do not edit this section.\n'
                     '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    atts = [(org[0], org[1], 'ACCEPTED')] + [(g[0], g[1], g[2]) for g in guests]
    extra = [f'X-GOOGLE-CONFERENCE:https://meet.google.com/{code}'] if meet else []
    ev = vevent(uid, start, end, summary, org, atts, stamp=sent, seq=seq, description=desc_ics, location=location,
                status=status, allday=allday, extra=extra)
    ics = vcalendar('-//Google Inc//Google Calendar 70.9054//EN', method, ev)
    mid = f'<calendar-{uuid_like("gcalmid", key)}@google.com>'
    bnd = boundary('google', key)
    alt = multi('alternative', [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
        leaf('text/html; charset="UTF-8"', htm, 'quoted-printable'),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics.replace('\r\n', '\n'), '7bit'),
    ], boundary('google', key, 'alt'))
    part = multi('mixed', [alt, leaf('application/ics; name="invite.ics"', ics, 'base64',
                                     disp='attachment; filename="invite.ics"')], bnd)
    h = [('Delivered-To', OWNER), ('Received', received(key, sent)),
         ('Return-Path', f'<{b64id("rp", key, n=20)}@calendar-server.bounces.google.com>'),
         ('Reply-To', A(*org)), ('Sender', 'Google Calendar <calendar-notification@google.com>'),
         ('Message-ID', mid), ('Date', rfc(utc(sent))), ('Subject', hdr(subject)), ('From', A(*org)),
         ('To', OWNER), ('MIME-Version', '1.0')]
    raw = ''.join(f'{k}: {v}\n' for k, v in h) + ''.join(f'{k}: {v}\n' for k, v in part['h']) + '\n' + part['body']
    return raw.encode('utf-8'), mid, uid


# --------------------------------------------------------------------------- Exchange / Teams invitation
WINLABEL = {'Pacific Standard Time': '(UTC-08:00) Pacific Time (US & Canada)',
            'Eastern Standard Time': '(UTC-05:00) Eastern Time (US & Canada)',
            'Mountain Standard Time': '(UTC-07:00) Mountain Time (US & Canada)',
            'W. Europe Standard Time': '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna'}


def teams_invite(key, sent, org, attendees, subject, start, end, wintz, intro, *, seq=0, method='REQUEST',
                 cc_line=None, location='Microsoft Teams Meeting'):
    """org=(name,email); attendees=[(name,email)]. Returns (bytes, mid)."""
    meeting_id = f'2{digits("tm", key, n=2)} {digits("tm2", key, n=3)} {digits("tm3", key, n=3)} {digits("tm4", key, n=3)}'
    passcode = b64id('pc', key, n=6).replace('-', 'x').replace('_', 'Q')
    join = f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64id("tj", key, n=48)}%40thread.v2/0'
    when = (f'When: {long_date(start)} {ampm(start).replace(" ", " ")}-{ampm(end)} {WINLABEL[wintz]}.')
    body = (f'{when}\nWhere: {location}\n\n{intro}\n\n' + '_' * 80 + '\nMicrosoft Teams meeting\n'
            'Join on your computer, mobile app or room device\n'
            f'Click here to join the meeting<{join}>\n\nMeeting ID: {meeting_id}\nPasscode: {passcode}\n\n'
            'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
            + '_' * 80 + '\n\n')
    htm = text_to_html(body, 'outlook')
    uid = '040000008200E00074C5B7101A82E00800000000' + hx('exuid', key, n=16).upper() + '01000000000000000010000000' + hx('exuid2', key, n=32).upper()
    atts = [(n, e, 'NEEDS-ACTION') for n, e in attendees]
    ev = ['BEGIN:VEVENT', f'ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}']
    for n, e in attendees:
        ev.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(n)}:mailto:{e}')
    ev += [f'DESCRIPTION;LANGUAGE=en-US:{esc(body)}', f'UID:{uid}',
           f'SUMMARY;LANGUAGE=en-US:{esc(subject)}',
           f'DTSTART;TZID={wintz}:{lt(start)}', f'DTEND;TZID={wintz}:{lt(end)}', 'CLASS:PUBLIC', 'PRIORITY:5',
           f'DTSTAMP:{zt(sent)}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', f'SEQUENCE:{seq}',
           f'LOCATION;LANGUAGE=en-US:{location}', f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
           f'X-MICROSOFT-CDO-OWNERAPPTID:{int(hx("own", key, n=7), 16)}', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
           'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
           'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
           f'X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:{org[1]}\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_{b64id("tj", key, n=24)}',
           'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
           'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE',
           'X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting',
           'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
           'END:VEVENT']
    ics = vcalendar('Microsoft Exchange Server 2010', method, ev, tzids=[wintz])
    ics = ics.replace('CALSCALE:GREGORIAN\r\n', '')
    bnd = boundary('outlook', key)
    part = multi('alternative', [
        leaf('text/plain; charset="us-ascii"', body, 'quoted-printable'),
        leaf('text/html; charset="us-ascii"', htm, 'quoted-printable'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics, 'base64'),
    ], bnd)
    dom = org[1].split('@')[1].split('.')[0].upper()[:6]
    mid = f'<{dom}PR12MB{digits("exm", key, n=4)}{hx("exm", key, n=20).upper()}@{dom}PR12MB{digits("exm", key, n=4)}.namprd12.prod.outlook.com>'
    to = ', '.join(A(n, e) for n, e in attendees if e == OWNER)
    others = ', '.join(A(n, e) for n, e in attendees if e != OWNER)
    h = [('Delivered-To', OWNER), ('Received', received(key, sent, 'outlook')), ('From', A(*org)),
         ('To', to)]
    if others:
        h.append(('Cc', others))
    h += [('Subject', hdr(subject)), ('Thread-Topic', hdr(subject)),
          ('Thread-Index', base64.b64encode(bytes.fromhex(hx('ti', key, n=44))).decode()),
          ('Date', rfc(utc(sent))), ('Message-ID', mid), ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
          ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('MIME-Version', '1.0')]
    raw = ''.join(f'{k}: {v}\n' for k, v in h) + ''.join(f'{k}: {v}\n' for k, v in part['h']) + '\n' + part['body']
    return raw.encode('utf-8'), mid


# --------------------------------------------------------------------------- labels
def IV(company, role, start, end, status, interviewers, followups, kind):
    return {'company': company, 'role': role, 'start': start.isoformat(), 'end': end.isoformat() if end else None,
            'status': status, 'interviewer_emails': list(interviewers), 'followup_recipients': list(followups),
            'kind': kind}


def LBL(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews, 'difficulty': difficulty,
            'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []      # (slug, builder)
TZNOTES = {}    # slug -> [time-zone / DST notes for the README]


def case(slug, *notes):
    def deco(fn):
        CASES.append((slug, fn))
        TZNOTES[slug] = list(notes)
        return fn
    return deco


DANIEL = A(OWNER_NAME, OWNER)
DANIEL_SIG = 'Daniel Okafor\nDenver, CO · github.com/dokafor'


# =========================================================================== POSITIVE CASES
@case('yc-founder-terse-thu-11pt',
      'Founder writes "thu 11am PT" on Mon Oct 5 (Date -0700); Thursday = Oct 8, PDT -07:00 (noon MDT for Daniel).')
def c_quillmark():
    theo = A('Theo Brandt', 'theo@quillmark.example')
    s1 = T('2026-10-05 16:42:10', PT, 'Mon', '-07:00')
    t1 = ('hey daniel,\n\n'
          'theo here, cofounder at quillmark (YC S26 - contract redlining for small legal teams). '
          'your RFC on the tRPC repo about streaming mutations is why i\'m writing.\n\n'
          'we\'re hiring our first senior full-stack eng. next.js + postgres, lots of ownership, fully remote.\n\n'
          'free for a 30 min chat thu 11am PT?\n\n'
          'theo\n')
    m1, id1 = mail('qm1', s1, theo, DANIEL, 'quillmark / senior full-stack', t1, cte='7bit')
    s2 = T('2026-10-05 18:03:44', MT, 'Mon', '-06:00')
    t2 = ('Hi Theo,\n\n'
          'Thanks for reaching out, glad the RFC was useful to someone. Thursday at 11 PT works (that\'s noon '
          'for me in Denver). Meet, Zoom or phone, whatever is easiest for you.\n\n'
          f'{DANIEL_SIG}\n\n'
          + attrib(s1.astimezone(ZoneInfo(MT)), 'Theo Brandt', 'theo@quillmark.example') + '\n' + quote(t1) + '\n')
    m2, id2 = mail('qm2', s2, DANIEL, theo, 'Re: quillmark / senior full-stack', t2, irt=id1)
    s3 = T('2026-10-06 08:15:02', PT, 'Tue', '-07:00')
    t3 = (f'great. meet link: https://meet.google.com/{meet_code("qm")}\n\n'
          'just me on our side, 30 min. talk thu\n\n'
          + attrib(s2.astimezone(ZoneInfo(PT)), OWNER_NAME, OWNER) + '\n' + quote(t2.split('\n\nOn ')[0]) + '\n')
    m3, _ = mail('qm3', s3, theo, DANIEL, 'Re: quillmark / senior full-stack', t3, irt=id2, refs=[id1, id2],
                 cte='7bit')
    items = [('theo-quillmark-intro.eml', m1), ('re-daniel-thursday-works.eml', m2), ('re-theo-meet-link.eml', m3)]
    lab = LBL([IV('Quillmark', 'Senior Full-Stack Engineer', T('2026-10-08 11:00', PT, 'Thu', '-07:00'),
                  T('2026-10-08 11:30', PT, 'Thu', '-07:00'), 'scheduled', ['theo@quillmark.example'],
                  ['theo@quillmark.example'], 'phone_screen')],
              'medium', 'positive/thread-propose-confirm',
              'YC founder proposes "thu 11am PT" in a terse lowercase mail sent Mon Oct 5; Daniel confirms and the '
              'founder sends a Meet link. No invite: time only in the bodies, Thursday = Oct 8.')
    return items, lab


@case('calendly-talent-intro',
      'Calendly confirmation shows 09:30am "Mountain Time - US & Canada" on Oct 13 (MDT -06:00); .ics in UTC.')
def c_ledgerline():
    nadia = A('Nadia Ferris', 'nadia@ledgerline.example')
    s1 = T('2026-10-08 10:21:33', ET, 'Thu', '-04:00')
    t1 = ('Hi Daniel,\n\n'
          'I run talent at Ledgerline. We\'re a Series A team of 14 building bookkeeping automation for creative '
          'agencies, fully remote across US time zones. Our eng lead came across your write-up on migrating a '
          'billing system off Rails callbacks and asked me to reach out about our Senior Full-Stack Engineer '
          'opening.\n\n'
          'If you\'re open to a first conversation, grab any 30-minute slot that suits you here (it shows times '
          'in your own zone): https://calendly.com/nadia-ledgerline/intro-30\n\n'
          'Best,\nNadia Ferris\nTalent | Ledgerline\n')
    m1, id1 = mail('ll1', s1, nadia, DANIEL, 'Ledgerline: Senior Full-Stack Engineer (remote)', t1)
    start = T('2026-10-13 09:30', MT, 'Tue', '-06:00')
    end = start + timedelta(minutes=30)
    s2 = T('2026-10-09 21:14:08', 'UTC', 'Fri', '+00:00')
    code = meet_code('ll')
    uid = f'{uuid_like("calendly", "ll")}@calendly.com'
    desc = ('Event Name: Intro call (30 min)\n\nQuick intro to Ledgerline and the Senior Full-Stack Engineer role.\n\n'
            f'Location: This is a Google Meet web conference. https://meet.google.com/{code}\n\n'
            f'Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{uid.split("@")[0]}\n'
            f'Reschedule: https://calendly.com/reschedulings/{uid.split("@")[0]}\n\nPowered by Calendly.com')
    ev = vevent(uid, start, end, 'Intro call (30 min) between Nadia Ferris and Daniel Okafor',
                ('Nadia Ferris', 'nadia@ledgerline.example'),
                [('Nadia Ferris', 'nadia@ledgerline.example', 'ACCEPTED'), (OWNER_NAME, OWNER, 'NEEDS-ACTION')],
                stamp=s2, description=desc, location=f'https://meet.google.com/{code}')
    ics = vcalendar('-//Calendly//Calendly Invitation//EN', 'REQUEST', ev)
    t2 = ('Hi Daniel Okafor,\n\n'
          'Your Intro call (30 min) with Nadia Ferris at 09:30am - 10:00am (Mountain Time - US & Canada) on '
          'Tuesday, October 13, 2026 is scheduled.\n\n'
          'Event Type:\nIntro call (30 min)\n\n'
          'Invitee:\nDaniel Okafor\n\nInvitee Email:\ndaniel.okafor@example.com\n\n'
          'Event Date/Time:\n09:30am - Tuesday, October 13, 2026 (Mountain Time - US & Canada)\n\n'
          f'Location:\nThis is a Google Meet web conference. Join now: https://meet.google.com/{code}\n\n'
          'Invitee Time Zone:\nMountain Time - US & Canada\n\n'
          'Questions:\nAnything you want us to know before the call?\n'
          'Happy to talk through the billing migration and how I work with design.\n\n'
          f'Cancel: https://calendly.com/cancellations/{uid.split("@")[0]}\n'
          f'Reschedule: https://calendly.com/reschedulings/{uid.split("@")[0]}\n\n'
          'Powered by Calendly.com\n')
    m2, _ = mail('ll2', s2, 'Calendly <notifications@calendly.com>', DANIEL,
                 'Confirmed: Intro call (30 min) with Nadia Ferris on Tuesday, October 13, 2026', t2,
                 reply_to=nadia, cte='base64', html_style='outlook', relay='sendgrid', bstyle='other',
                 mid=f'<{hx("llmid", n=22)}@calendly.com>', attach=[ics_attachment(ics)])
    items = [('nadia-ledgerline-outreach.eml', m1), ('calendly-confirmed-intro.eml', m2)]
    lab = LBL([IV('Ledgerline', 'Senior Full-Stack Engineer', start, end, 'scheduled', ['nadia@ledgerline.example'],
                  ['nadia@ledgerline.example'], 'phone_screen')],
              'easy', 'positive/calendly',
              'Talent lead sends a Calendly link (not yet an interview); the Calendly confirmation with .ics books '
              'the intro call. Nadia conducts it; Calendly sender is not a follow-up address.')
    return items, lab


@case('ashby-pairing-rescheduled',
      'Pair-programming session moved from Wed Oct 21 to Fri Oct 23 1:00-2:30 PM PT (PDT -07:00); .ics TZID America/Los_Angeles, SEQUENCE 0 -> 1.')
def c_corvid():
    maya = ('Maya Lindqvist', 'maya.lindqvist@corvidhealth.example')
    pri = ('Priyanka Rao', 'priyanka.rao@corvidhealth.example')
    ben = ('Ben Ostrowski', 'ben.ostrowski@corvidhealth.example')
    uid = f'{uuid_like("ashby", "cv")}@ashbyhq.com'
    zoom = f'https://corvidhealth.zoom.us/j/{digits("cvz", n=11)}?pwd={b64id("cvp", n=22)}'
    s1 = T('2026-10-12 18:40:11', 'UTC', 'Mon', '+00:00')
    a0 = T('2026-10-21 10:00', PT, 'Wed', '-07:00')
    desc0 = (f'Pair programming interview for Senior Software Engineer, Full Stack.\nInterviewers: Priyanka Rao, '
             f'Ben Ostrowski\nZoom: {zoom}')
    atts = [(*pri, 'NEEDS-ACTION'), (*ben, 'NEEDS-ACTION'), (OWNER_NAME, OWNER, 'NEEDS-ACTION')]
    ics0 = vcalendar('-//Ashby//Ashby Scheduling//EN', 'REQUEST',
                     vevent(uid, a0, a0 + timedelta(minutes=90), 'Corvid Health: Pair Programming Interview (Daniel Okafor)',
                            maya, atts, stamp=s1, description=desc0, location=zoom, tzid=PT), tzids=[PT])
    h1 = ('<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#1f2937">'
          '<p>Hi Daniel,</p>'
          '<p>Your pair programming interview for the <b>Senior Software Engineer, Full Stack</b> role at Corvid '
          'Health is confirmed.</p>'
          '<table cellpadding="4"><tr><td><b>When</b></td><td>Wednesday, October 21, 2026<br>10:00 AM &ndash; 11:30 AM PDT</td></tr>'
          '<tr><td><b>Interviewers</b></td><td>Priyanka Rao (Staff Engineer)<br>Ben Ostrowski (Software Engineer)</td></tr>'
          f'<tr><td><b>Where</b></td><td><a href="{zoom}">Zoom</a></td></tr></table>'
          '<p>You\'ll build a small feature in our sandbox repo (TypeScript, React, Postgres) with Priyanka and Ben '
          'driving alongside you. Use whatever editor you like; we\'ll share a VS Code Live Share session if that\'s '
          'easier. Googling is encouraged.</p>'
          '<p>A calendar invitation is attached. If anything changes, just reply to this email.</p>'
          '<p>Maya Lindqvist<br>Recruiting Coordinator, Corvid Health</p>'
          '<p style="color:#9ca3af;font-size:11px">Sent via Ashby</p></body></html>\n')
    t1 = ('Hi Daniel,\n\nYour pair programming interview for the Senior Software Engineer, Full Stack role at Corvid '
          'Health is confirmed.\n\nWhen: Wednesday, October 21, 2026, 10:00 AM - 11:30 AM PDT\n'
          'Interviewers: Priyanka Rao (Staff Engineer), Ben Ostrowski (Software Engineer)\n'
          f'Where: Zoom {zoom}\n\nA calendar invitation is attached.\n\nMaya Lindqvist\nRecruiting Coordinator, Corvid Health\n')
    m1, id1 = mail('cv1', s1, A('Corvid Health Recruiting', 'no-reply@ashbyhq.com'), DANIEL,
                   'Confirmed: Pair Programming Interview with Corvid Health', t1, html_text=h1,
                   reply_to=A(*maya), cte='quoted-printable', html_cte='base64', relay='ses', bstyle='other',
                   mid=f'<{uuid_like("cvmid")}@ashbyhq.com>', attach=[ics_attachment(ics0)])
    s2 = T('2026-10-16 11:02:47', PT, 'Fri', '-07:00')
    a1 = T('2026-10-23 13:00', PT, 'Fri', '-07:00')
    e1 = a1 + timedelta(minutes=90)
    desc1 = desc0 + '\nUpdated: moved to Friday Oct 23 (interviewer availability).'
    ics1 = vcalendar('-//Ashby//Ashby Scheduling//EN', 'REQUEST',
                     vevent(uid, a1, e1, 'Corvid Health: Pair Programming Interview (Daniel Okafor)', maya, atts,
                            stamp=s2, seq=1, description=desc1, location=zoom, tzid=PT, created=s1), tzids=[PT])
    t2 = ('Hi Daniel,\n\n'
          'Small change on our end: Priyanka is covering on-call for a release next Wednesday, so we\'d like to '
          'move your pairing session to Friday, October 23, 1:00-2:30 PM Pacific (2:00-3:30 your time). Same '
          'Zoom link, same two interviewers.\n\n'
          'The updated invite is attached and should replace the original hold. If Friday is a problem, tell me '
          'and I\'ll find another slot early next week.\n\n'
          'Thanks for being flexible!\nMaya\n\n'
          'Maya Lindqvist | Recruiting Coordinator\nCorvid Health\n')
    m2, _ = mail('cv2', s2, A(*maya), DANIEL, 'Re: Confirmed: Pair Programming Interview with Corvid Health', t2,
                 irt=id1, attach=[ics_attachment(ics1)])
    items = [('ashby-pairing-confirmed.eml', m1), ('maya-moved-to-friday.eml', m2)]
    lab = LBL([IV('Corvid Health', 'Senior Software Engineer, Full Stack', a1, e1, 'scheduled',
                  [pri[1], ben[1]], [pri[1], ben[1]], 'technical')],
              'medium', 'positive/reschedule-sequence',
              'Ashby confirmation (.ics SEQUENCE 0, Wed Oct 21) then the coordinator moves it to Fri Oct 23 with the '
              'same UID and SEQUENCE 1. One interview at the final time; the coordinator is not an interviewer.')
    return items, lab


@case('berlin-cofounder-vibe-check',
      'Berlin cofounder invite Tue Oct 27 5pm CET (+01:00, EU already off summer time since Oct 25) = 10:00 MDT: the gap is 7 h, not 8, until US Nov 1.')
def c_kairn():
    jess = A('Jess Amari', 'jess@kairn.example')
    lena = ('Lena Vogt', 'lena@kairn.example')
    s1 = T('2026-10-23 14:37:19', ET, 'Fri', '-04:00')
    t1 = ('Daniel,\n\n'
          'Thanks again for Wednesday. Reuben and Sana both came out of the architecture session pretty fired up.\n\n'
          'There is one step left on our side before we talk numbers: a vibe check with Lena, my cofounder and our '
          'CTO. It genuinely is part of the process (she meets every engineer before we make an offer), but it\'s '
          'a conversation, not a quiz. How you like to work, what you want out of a seven-person company, what '
          'drives you nuts about remote teams.\n\n'
          'Lena is in Berlin and will send you an invite herself. Fair warning: Europe ends summer time this '
          'Sunday and we don\'t until November 1, so next week she\'s only 7 hours ahead of you instead of 8. '
          'Trust the calendar invite, not mental math.\n\n'
          'Jess\n--\nJess Amari, CEO\nKairn · remote-first, US + EU\n')
    m1, _ = mail('kr1', s1, jess, DANIEL, 'Next step: vibe check with Lena', t1, cc=A(*lena))
    s2 = T('2026-10-26 09:05:41', CET, 'Mon', '+01:00')
    start = T('2026-10-27 17:00', CET, 'Tue', '+01:00')
    end = start + timedelta(minutes=45)
    desc = ('Hi Daniel, looking forward to meeting you! Nothing to prepare. Bring a coffee, I\'ll bring my '
            'late-afternoon Mate. We\'ll talk about how you work and what you want from Kairn, and you can ask me '
            'anything about the product and the Senior Full-Stack Engineer role.\n\nLena')
    m2, _, _ = gcal_invite('kr2', s2, lena, [(OWNER, OWNER, 'NEEDS-ACTION')],
                           'Kairn vibe check: Lena / Daniel', start, end, desc)
    items = [('jess-next-step-vibe-check.eml', m1), ('invitation-vibe-check-lena.eml', m2)]
    lab = LBL([IV('Kairn', 'Senior Full-Stack Engineer', start, end, 'scheduled', [lena[1]], [lena[1]], 'other')],
              'hard', 'positive/eu-dst-gap-vibe-check',
              'Cofounder "vibe check" stated as a required process step before an offer. Google invite in '
              'Europe/Berlin during the week when Berlin is on CET but Denver still on MDT (17:00+01:00 = 10:00 MT).')
    return items, lab


@case('lever-virtual-onsite-three-invites',
      'Onsite Thu Nov 5 in ET after the US change (EST -05:00); itinerary mail sent while EDT (-04:00); three Google invites 11:00-14:15 ET.')
def c_bramble():
    carla = ('Carla Nguyen', 'carla.nguyen@bramblepay.example')
    arjun = ('Arjun Mehta', 'arjun.mehta@bramblepay.example')
    sofia = ('Sofia Kowalczyk', 'sofia.kowalczyk@bramblepay.example')
    dev = ('Dev Patel', 'dev.patel@bramblepay.example')
    s1 = T('2026-10-28 12:30:55', ET, 'Wed', '-04:00')
    t1 = ('Hi Daniel,\n\n'
          'We\'re excited to host you for the final-round virtual onsite for Senior Full-Stack Engineer (Payments '
          'Platform). Here\'s the plan for Thursday, November 5. All times are Eastern:\n\n'
          '11:00 - 12:00  System design with Arjun Mehta, Principal Engineer\n'
          '12:00 - 1:00   Coding: ledger API + React view, with Sofia Kowalczyk, Senior Engineer\n'
          '1:00 - 1:30    Break (lunch is on us, expense up to $25)\n'
          '1:30 - 2:15    Hiring manager conversation with Dev Patel, Engineering Manager\n\n'
          'Since you\'re in Denver: US clocks fall back on November 1, but Eastern and Mountain move together, so '
          'it\'s still a 9:00 AM start for you.\n\n'
          'Each session gets its own calendar invite and Google Meet link, so expect three invites from me today. '
          'Questions about logistics or accommodations: just reply here.\n\n'
          'Best,\nCarla Nguyen\nRecruiter, Bramble Pay\n')
    m1, _ = mail('bp1', s1, A(*carla), DANIEL, 'Your virtual onsite with Bramble Pay: Thursday, Nov 5', t1,
                 sender='Carla Nguyen <carla.nguyen@hire.lever.co>', relay='mailgun', bstyle='other',
                 html_style='outlook', mid=f'<{hx("bpmid", n=24)}@hire.lever.co>',
                 extra=[('X-Lever-Opportunity', hx('opp', n=8) + '-' + hx('opp2', n=4))])
    sessions = [
        ('bp2', '2026-10-28 16:41:02', '2026-11-05 11:00', 60, 'Bramble Pay Onsite 1/3: System Design (Daniel Okafor)',
         arjun, 'System design: we\'ll sketch a multi-currency payout service together. Arjun will drive the questions.'),
        ('bp3', '2026-10-28 16:41:37', '2026-11-05 12:00', 60, 'Bramble Pay Onsite 2/3: Coding (Daniel Okafor)',
         sofia, 'Live coding in CoderPad: a small ledger API plus a React view on top. Any language for the API.'),
        ('bp4', '2026-10-28 16:42:15', '2026-11-05 13:30', 45, 'Bramble Pay Onsite 3/3: Hiring Manager (Daniel Okafor)',
         dev, 'Conversation with Dev about the Payments Platform team, how we plan work, and your questions.'),
    ]
    items = [('carla-onsite-itinerary.eml', m1)]
    for i, (key, sent, st, mins, summ, who, desc) in enumerate(sessions, 1):
        sdt = datetime.strptime(sent, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)
        start = T(st, ET, 'Thu', '-05:00')
        m, _, _ = gcal_invite(key, sdt, carla, [(who[0], who[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')],
                              summ, start, start + timedelta(minutes=mins), desc)
        items.append((f'invitation-onsite-{i}-of-3.eml', m))
    lab = LBL([IV('Bramble Pay', 'Senior Full-Stack Engineer (Payments Platform)',
                  T('2026-11-05 11:00', ET, 'Thu', '-05:00'), T('2026-11-05 14:15', ET, 'Thu', '-05:00'), 'scheduled',
                  [arjun[1], sofia[1], dev[1]], [arjun[1], sofia[1], dev[1]], 'onsite')],
              'hard', 'positive/onsite-multi-invite',
              'Lever itinerary plus three separate Google invites (with a lunch break) on one day = ONE onsite '
              'from 11:00 to 14:15 ET with all three interviewers; the recruiter only organizes.')
    return items, lab


@case('reclaim-hm-gcal-json-after-dst',
      'Mail sent Thu Oct 29 (PDT -0700) for Mon Nov 2 10:00 Pacific, the day after the US change: PST -08:00 (11:00 MST).')
def c_sparrow():
    owen = ('Owen Castellanos', 'owen@sparrowgrid.example')
    s1 = T('2026-10-29 15:20:09', PT, 'Thu', '-07:00')
    zoom = f'https://us06web.zoom.us/j/{digits("sgz", n=11)}?pwd={b64id("sgp", n=26)}'
    t1 = ('Hi Daniel,\n\n'
          'Thanks for sending over your windows so quickly. I grabbed Monday at 10:00 Pacific through Reclaim, so '
          'it should already be sitting on your calendar with a Zoom link. Plan on about 45 minutes: I\'ll give you '
          'the honest picture of where Sparrowgrid is (interconnection-queue data for solar and storage developers, '
          '11 people, seed plus a bit), and I want to hear more about the realtime collaboration work you did at '
          'Tandem.\n\n'
          'Since it\'s the day after the clocks change, a sanity check: it\'s 11:00 Mountain for you. If your '
          'calendar shows anything else, the event is the source of truth and I\'m the bug.\n\n'
          'Owen\n--\nOwen Castellanos\nHead of Engineering, Sparrowgrid\n')
    m1, _ = mail('sg1', s1, A(*owen), DANIEL, 'Monday chat (Sparrowgrid)', t1)
    start = T('2026-11-02 10:00', PT, 'Mon', '-08:00')
    end = start + timedelta(minutes=45)
    eid = letters('sgev', n=26)
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{digits("sgetag", n=16)}"',
        'id': eid,
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' + base64.b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        'created': '2026-10-29T22:14:03.000Z',
        'updated': '2026-10-29T22:14:05.812Z',
        'summary': 'Daniel Okafor <> Owen (Sparrowgrid)',
        'description': ('Hiring manager conversation: Senior Full-Stack Engineer\n\n'
                        f'Join Zoom Meeting\n{zoom}\n\nMeeting ID: {digits("sgz", n=11)}\n\n'
                        'Scheduled with Reclaim.ai (https://reclaim.ai)'),
        'location': zoom,
        'creator': {'email': owen[1], 'displayName': owen[0]},
        'organizer': {'email': owen[1], 'displayName': owen[0]},
        'start': {'dateTime': start.isoformat(), 'timeZone': PT},
        'end': {'dateTime': end.isoformat(), 'timeZone': PT},
        'iCalUID': f'{eid}@google.com',
        'sequence': 0,
        'attendees': [
            {'email': owen[1], 'displayName': owen[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'},
        ],
        'extendedProperties': {'private': {'reclaim.priority': 'P2', 'reclaim.type': 'SCHEDULING_LINK_MEETING'}},
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    j = (json.dumps(ev, indent=2, ensure_ascii=False) + '\n').encode('utf-8')
    items = [('owen-monday-chat.eml', m1), ('event-sparrowgrid-hm.gcal.json', j)]
    lab = LBL([IV('Sparrowgrid', 'Senior Full-Stack Engineer', start, end, 'scheduled', [owen[1]], [owen[1]],
                  'hiring_manager')],
              'medium', 'positive/gcal-json-us-dst',
              'Hiring-manager mail (sent under PDT) + Calendar API event booked via Reclaim for the first day of PST; '
              'one interview. "Monday" must resolve to Nov 2 at -08:00, not -07:00.')
    return items, lab


@case('calcom-technical-cancelled',
      'Cal.com shows 12:00pm America/Denver on Thu Oct 15 (MDT -06:00) = 2pm EDT for the NYC founder; .ics in UTC; METHOD:CANCEL later.')
def c_fieldnote():
    ines = ('Inés Márquez', 'ines@fieldnote.example')
    uid = f'{uuid_like("calcom", "fn")}@Cal.com'
    code = meet_code('fn')
    start = T('2026-10-15 12:00', MT, 'Thu', '-06:00')
    end = start + timedelta(minutes=45)
    title = 'Technical interview (45 min) between Inés Márquez and Daniel Okafor'
    s1 = T('2026-10-09 19:02:13', 'UTC', 'Fri', '+00:00')
    atts = [(ines[0], ines[1], 'ACCEPTED'), (OWNER_NAME, OWNER, 'ACCEPTED')]
    desc = ('Live coding in TypeScript: build a tiny offline-sync endpoint with me. Role: Senior Full-Stack Engineer.'
            f'\n\nJoin: https://meet.google.com/{code}')
    ics0 = vcalendar('-//Cal.com Inc.//Cal.com Event//EN', 'REQUEST',
                     vevent(uid, start, end, title, ines, atts, stamp=s1, description=desc,
                            location=f'https://meet.google.com/{code}'))
    when = 'Thursday, October 15, 2026 12:00pm - 12:45pm (America/Denver)'
    t1 = ('Your event has been scheduled\nWe sent an email with a calendar invitation with the details to everyone.\n\n'
          f'What\n{title}\n\nWhen\n{when}\n\n'
          f'Who\nInés Márquez - Organizer\n{ines[1]}\nDaniel Okafor\n{OWNER}\n\n'
          f'Where\nGoogle Meet https://meet.google.com/{code}\n\n'
          'Description\nLive coding in TypeScript: build a tiny offline-sync endpoint with me. Role: Senior '
          'Full-Stack Engineer.\n\n'
          f'Need to make a change? Reschedule https://app.cal.com/reschedule/{hx("fnr", n=22)} or Cancel '
          f'https://app.cal.com/booking/{hx("fnr", n=22)}?cancel=true\n')
    m1, id1 = mail('fn1', s1, A('Cal.com', 'noreply@cal.com'), DANIEL,
                   f'Confirmed: {title} @ Thu, Oct 15, 2026 12:00pm - 12:45pm (America/Denver)', t1,
                   reply_to=A(*ines), relay='sendgrid', bstyle='other', html_style='outlook', cte='base64',
                   mid=f'<{uuid_like("fnmid")}@cal.com>', attach=[ics_attachment(ics0)])
    s2 = T('2026-10-13 09:48:30', ET, 'Tue', '-04:00')
    t2 = ('Hi Daniel,\n\n'
          'I hate sending this one. We closed a much bigger pilot than planned last week, and our board asked us '
          'to freeze new headcount until we re-plan Q1. Rather than waste your Thursday, I\'m cancelling our '
          'technical session; I\'ll release the booking in Cal right after this.\n\n'
          'This is about timing, not about you. If the freeze lifts in January I\'d really like to pick this back '
          'up, and I\'m happy to intro you to two founder friends who are hiring right now.\n\n'
          'Inés\n')
    m2, id2 = mail('fn2', s2, A(*ines), DANIEL, 'Thursday: need to cancel, sorry', t2)
    s3 = T('2026-10-13 13:50:02', 'UTC', 'Tue', '+00:00')
    ics1 = vcalendar('-//Cal.com Inc.//Cal.com Event//EN', 'CANCEL',
                     vevent(uid, start, end, title, ines, atts, stamp=s3, seq=1, status='CANCELLED',
                            description='Cancelled by organizer. Reason: hiring freeze', created=s1))
    t3 = ('Event cancelled\nWe emailed you and the other attendees to let them know.\n\n'
          f'What\n{title}\n\nWhen\n{when}\n\nReason for cancellation\nhiring freeze\n\n'
          'Need anything else? Book another time at https://cal.com/ines-fieldnote\n')
    m3, _ = mail('fn3', s3, A('Cal.com', 'noreply@cal.com'), DANIEL,
                 f'Cancelled: {title} @ Thu, Oct 15, 2026 12:00pm - 12:45pm (America/Denver)', t3,
                 reply_to=A(*ines), relay='sendgrid', bstyle='other', html_style='outlook', cte='base64',
                 mid=f'<{uuid_like("fnmid3")}@cal.com>', attach=[ics_attachment(ics1, 'CANCEL')])
    items = [('calcom-confirmed-technical.eml', m1), ('ines-need-to-cancel.eml', m2), ('calcom-cancelled.eml', m3)]
    lab = LBL([IV('Fieldnote', 'Senior Full-Stack Engineer', start, end, 'cancelled', [ines[1]], [ines[1]],
                  'technical')],
              'medium', 'positive/cancellation',
              'Cal.com booking, founder cancels by mail (hiring freeze), Cal.com sends METHOD:CANCEL. Cancellation-'
              'only positive: one cancelled interview at the booked time.')
    return items, lab


@case('two-rounds-mt-and-et',
      'Round 1 Tue Nov 10 1:00 PM Mountain (MST -07:00); round 2 Thu Nov 12 3:30 PM Eastern (EST -05:00, 1:30 MT).')
def c_halyard():
    grace = ('Grace Whitaker', 'grace@halyard.example')
    omar = ('Omar Haddad', 'omar@halyard.example')
    keiko = ('Keiko Tanaka', 'keiko@halyard.example')
    s1 = T('2026-11-05 16:12:40', MT, 'Thu', '-07:00')
    t1 = ('Hi Daniel,\n\n'
          'Good news: the team wants to keep going after your screen with me. The next stage for the Senior '
          'Full-Stack Engineer role is two separate conversations:\n\n'
          '1) Technical deep dive with Omar Haddad (omar@halyard.example), our tech lead. Tuesday, Nov 10, '
          '1:00-2:00 PM Mountain. You walk him through a system you built end to end and he digs into the '
          'tradeoffs.\n\n'
          '2) System design with Keiko Tanaka (keiko@halyard.example). Thursday, Nov 12, 3:30-4:30 PM Eastern '
          '(1:30 your time; Keiko is in Brooklyn). Whiteboard-style in Excalidraw.\n\n'
          'I\'ll send Omar\'s invite now. Keiko likes to send her own, so watch for one from her. Both are on '
          'Google Meet.\n\n'
          'Cheers,\nGrace\n\nGrace Whitaker\nRecruiting, Halyard (Boulder, CO + remote)\n')
    m1, _ = mail('hy1', s1, A(*grace), DANIEL, 'Halyard next steps: two technical conversations', t1,
                 cc=A(*omar) + ', ' + A(*keiko))
    s2 = T('2026-11-05 23:20:18', 'UTC', 'Thu', '+00:00')
    start = T('2026-11-10 13:00', MT, 'Tue', '-07:00')
    m2, _, _ = gcal_invite('hy2', s2, grace, [(omar[0], omar[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')],
                           'Halyard: Technical deep dive (Daniel Okafor / Omar Haddad)', start,
                           start + timedelta(hours=1),
                           'Walk Omar through a system you built end to end. Senior Full-Stack Engineer loop, step 1 of 2.')
    k = T('2026-11-12 15:30', ET, 'Thu', '-05:00')
    items = [('grace-two-conversations.eml', m1), ('invitation-deep-dive-omar.eml', m2)]
    lab = LBL([IV('Halyard', 'Senior Full-Stack Engineer', start, start + timedelta(hours=1), 'scheduled',
                  [omar[1]], [omar[1]], 'technical'),
               IV('Halyard', 'Senior Full-Stack Engineer', k, k + timedelta(hours=1), 'scheduled',
                  [keiko[1]], [keiko[1]], 'technical')],
              'hard', 'positive/two-interviews',
              'One recruiter mail announces two interviews on different days in different zones; only the first gets '
              'an invite in the mailbox (dedupe it), the second exists only in the body (ET).')
    return items, lab


@case('founder-forwards-slack-thread',
      'Slack thread proposes Thu 2pm ET, final is Fri Oct 30 2:00-3:00 PM ET (EDT -04:00, noon MDT); mail sent from PT (-0700).')
def c_lumen():
    ravi = ('Ravi Subramanian', 'ravi@lumenpath.example')
    maria = ('Maria Okonkwo', 'maria@lumenpath.example')
    kevin = ('Kevin Dubois', 'kevin@lumenpath.example')
    s1 = T('2026-10-26 10:05:17', PT, 'Mon', '-07:00')
    t1 = ('Daniel, pasting our Slack thread so you can see who\'s joining and why it landed on Friday.\n\n'
          'Net: Friday Oct 30, 2:00-3:00 PM ET (noon your time), architecture conversation with Maria '
          '(maria@lumenpath.example) and Kevin (kevin@lumenpath.example). I\'ll put a Meet link on a calendar hold '
          'later today, but consider this the confirmation.\n\n'
          'Ravi\n\n'
          '---------- #hiring-fullstack (Lumenpath Slack) ----------\n'
          'Ravi Subramanian  9:12 AM\n'
          '  Daniel (senior full-stack candidate) cleared the take-home review :tada: who can do the architecture '
          'round with him this week? thinking thu 2pm ET\n'
          'Maria Okonkwo  9:20 AM\n'
          '  thu 2 ET works for me\n'
          'Kevin Dubois  9:31 AM\n'
          '  I\'m at the AWS summit thing thursday. fri same time?\n'
          'Maria Okonkwo  9:33 AM\n'
          '  fri 2 ET is fine too\n'
          'Ravi Subramanian  9:35 AM\n'
          '  ok locking fri 2-3 ET with both of you. I\'ll tell him\n'
          '----------------------------------------------------------\n')
    m1, _ = mail('lp1', s1, A(*ravi), DANIEL, 'Fwd: Slack thread #hiring-fullstack (your architecture round)', t1,
                 cc=A(*maria) + ', ' + A(*kevin), fmt='plain', cte='quoted-printable')
    start = T('2026-10-30 14:00', ET, 'Fri', '-04:00')
    items = [('ravi-forwards-slack-thread.eml', m1)]
    lab = LBL([IV('Lumenpath', 'Senior Full-Stack Engineer', start, start + timedelta(hours=1), 'scheduled',
                  [maria[1], kevin[1]], [maria[1], kevin[1]], 'technical')],
              'hard', 'positive/forwarded-slack-thread',
              'Founder forwards a pasted Slack thread: Thursday 2pm ET is proposed then dropped; the final slot is '
              'Friday Oct 30 2-3pm ET. Body only, no invite.')
    return items, lab


@case('teams-hiring-manager-pacific',
      'Exchange/Teams invite with TZID "Pacific Standard Time" and "(UTC-08:00) Pacific Time" label for Tue Nov 3 9:00 AM = PST -08:00; sent Oct 28 while PDT.')
def c_trellis():
    amanda = ('Amanda Ruiz', 'amanda.ruiz@trellisfreight.example')
    greg = ('Greg Holloway', 'greg.holloway@trellisfreight.example')
    s1 = T('2026-10-28 17:22:05', 'UTC', 'Wed', '+00:00')
    start = T('2026-11-03 09:00', PT, 'Tue', '-08:00')
    end = start + timedelta(hours=1)
    intro = ('Hi Daniel,\n\n'
             'Please find the invitation for your hiring manager interview with Greg Holloway, Director of '
             'Engineering, for the Senior Full Stack Engineer position. Greg will cover the team\'s roadmap '
             '(carrier portal rebuild, Next.js + .NET services) and your experience leading projects end to end.\n\n'
             'Kind regards,\nAmanda Ruiz\nTalent Acquisition Partner | Trellis Freight')
    m1, _ = teams_invite('tf1', s1, amanda, [greg, (OWNER_NAME, OWNER)],
                         'Trellis Freight | Hiring Manager Interview - Daniel Okafor - Senior Full Stack Engineer',
                         start, end, 'Pacific Standard Time', intro)
    items = [('teams-hiring-manager-interview.eml', m1)]
    lab = LBL([IV('Trellis Freight', 'Senior Full Stack Engineer', start, end, 'scheduled', [greg[1]], [greg[1]],
                  'hiring_manager')],
              'medium', 'positive/exchange-teams',
              'Outlook/Teams meeting request from the recruiter with a Windows TZID; the date falls after the US '
              'change, so 9:00 AM Pacific is -08:00.')
    return items, lab


@case('recruiter-tomorrow-at-2-et',
      '"tomorrow at 2 Eastern" in a mail dated Tue Oct 20 (-0400) -> Wed Oct 21 14:00 EDT (-04:00), noon MDT.')
def c_ferrous():
    tasha = ('Tasha Bell', 'tasha@ferrous.example')
    s1 = T('2026-10-20 13:10:44', ET, 'Tue', '-04:00')
    t1 = ('Hi Daniel!\n\n'
          'Tasha from Ferrous here. We build inventory forecasting for independent grocers, remote-first, about '
          '30 people. Thanks for applying to our Senior Full-Stack Engineer posting; your background on the '
          'Tandem sync engine is really relevant to what our team is doing.\n\n'
          'I\'d love to set up a quick 30-minute phone screen. Does tomorrow at 2 Eastern work? If not, send me a '
          'couple of windows later this week and I\'ll make it work.\n\n'
          'Tasha Bell\nTalent Partner, Ferrous\n')
    m1, id1 = mail('fe1', s1, A(*tasha), DANIEL, 'Ferrous: quick intro call?', t1)
    s2 = T('2026-10-20 11:22:31', MT, 'Tue', '-06:00')
    t2 = ('Hi Tasha,\n\nTomorrow at 2 ET (noon here in Denver) works great. Best number is (720) 555-0143.\n\n'
          f'Thanks,\nDaniel\n\n{attrib(s1.astimezone(ZoneInfo(MT)), tasha[0], tasha[1])}\n{quote(t1)}\n')
    m2, id2 = mail('fe2', s2, DANIEL, A(*tasha), 'Re: Ferrous: quick intro call?', t2, irt=id1)
    s3 = T('2026-10-20 13:41:09', ET, 'Tue', '-04:00')
    t3 = ('Perfect, you\'re on my calendar. I\'ll ring you then. Talk tomorrow!\n\nTasha\n\n'
          f'{attrib(s2.astimezone(ZoneInfo(ET)), OWNER_NAME, OWNER)}\n{quote(t2.split(chr(10) + chr(10) + "On ")[0])}\n')
    m3, _ = mail('fe3', s3, A(*tasha), DANIEL, 'Re: Ferrous: quick intro call?', t3, irt=id2, refs=[id1, id2])
    start = T('2026-10-21 14:00', ET, 'Wed', '-04:00')
    items = [('tasha-intro-call.eml', m1), ('re-daniel-tomorrow-works.eml', m2), ('re-tasha-on-calendar.eml', m3)]
    lab = LBL([IV('Ferrous', 'Senior Full-Stack Engineer', start, start + timedelta(minutes=30), 'scheduled',
                  [tasha[1]], [tasha[1]], 'phone_screen')],
              'medium', 'positive/email-body-relative-date',
              '"tomorrow at 2 Eastern" resolved against the Date header of Tue Oct 20; the recruiter does the screen.')
    return items, lab


@case('savvycal-hm-moved-by-mail',
      'SavvyCal .ics TZID America/Denver Mon Nov 9 11:00 (MST -07:00), moved by mail to Wed Nov 11 11:00 MT (-07:00).')
def c_glassfin():
    marcus = ('Marcus Feld', 'marcus@glassfin.example')
    uid = f'{hx("savvy", n=24)}@savvycal.com'
    zoom = f'https://glassfin.zoom.us/j/{digits("gfz", n=10)}'
    a0 = T('2026-11-09 11:00', MT, 'Mon', '-07:00')
    s1 = T('2026-11-03 16:05:22', 'UTC', 'Tue', '+00:00')
    ics = vcalendar('-//SavvyCal//SavvyCal//EN', 'REQUEST',
                    vevent(uid, a0, a0 + timedelta(minutes=45), 'Glassfin: hiring manager conversation (Daniel Okafor)',
                           marcus, [(marcus[0], marcus[1], 'ACCEPTED'), (OWNER_NAME, OWNER, 'ACCEPTED')], stamp=s1,
                           description=f'Senior Full-Stack Engineer, conversation with Marcus Feld (CTO).\n{zoom}',
                           location=zoom, tzid=MT), tzids=[MT])
    t1 = ('You\'re scheduled!\n\n'
          'Glassfin: hiring manager conversation\nMonday, November 9, 2026\n11:00 AM - 11:45 AM (America/Denver)\n\n'
          f'With: Marcus Feld ({marcus[1]})\nLocation: Zoom {zoom}\n\n'
          'Notes from Marcus: We\'ll talk about the Senior Full-Stack Engineer role, the team, and the dashboard '
          'rebuild. Come with questions.\n\n'
          f'Need to make a change? https://savvycal.com/bookings/{hx("gfb", n=16)}\n\n— SavvyCal\n')
    m1, id1 = mail('gf1', s1, A('SavvyCal', 'notifications@savvycal.com'), DANIEL,
                   'Confirmed: Glassfin hiring manager conversation with Marcus Feld on Mon, Nov 9', t1,
                   reply_to=A(*marcus), relay='ses', bstyle='other', html_style='outlook',
                   mid=f'<{uuid_like("gfmid")}@savvycal.com>', attach=[ics_attachment(ics)])
    s2 = T('2026-11-06 08:47:13', MT, 'Fri', '-07:00')
    t2 = ('Hi Daniel,\n\n'
          'An investor meeting just landed on top of our Monday slot, sorry. Could we push to Wednesday the 11th, '
          'same time (11:00 Mountain)? If Wednesday is bad I can also do Thursday afternoon.\n\n'
          'Marcus\n--\nMarcus Feld, CTO @ Glassfin\n')
    m2, id2 = mail('gf2', s2, A(*marcus), DANIEL, 'Monday\'s conversation: could we shift to Wednesday?', t2)
    s3 = T('2026-11-06 09:15:40', MT, 'Fri', '-07:00')
    t3 = ('No problem. Wednesday at 11 MT works for me. Same Zoom link?\n\nDaniel\n\n'
          f'{attrib(s2, marcus[0], marcus[1])}\n{quote(t2)}\n')
    m3, id3 = mail('gf3', s3, DANIEL, A(*marcus), 'Re: Monday\'s conversation: could we shift to Wednesday?', t3,
                   irt=id2, fmt='plain', cte='7bit')
    s4 = T('2026-11-06 09:31:02', MT, 'Fri', '-07:00')
    t4 = ('Yep, same link. Moved it on my side. See you Wednesday!\n\nMarcus\n')
    m4, _ = mail('gf4', s4, A(*marcus), DANIEL, 'Re: Monday\'s conversation: could we shift to Wednesday?', t4,
                 irt=id3, refs=[id2, id3])
    final = T('2026-11-11 11:00', MT, 'Wed', '-07:00')
    items = [('savvycal-confirmed-hm.eml', m1), ('marcus-shift-to-wednesday.eml', m2), ('re-daniel-wednesday-ok.eml', m3),
             ('re-marcus-moved.eml', m4)]
    lab = LBL([IV('Glassfin', 'Senior Full-Stack Engineer', final, final + timedelta(minutes=45), 'scheduled',
                  [marcus[1]], [marcus[1]], 'hiring_manager')],
              'medium', 'positive/reschedule-by-email',
              'SavvyCal booking for Mon Nov 9; the CTO moves it by mail to "Wednesday the 11th, same time" with no '
              'updated .ics. One interview at the final time.')
    return items, lab


@case('google-appointment-final-ceo',
      'Google appointment-schedule booking in ET: Wed Nov 18 2pm EST (-05:00) = noon MST.')
def c_oxbow():
    ruth = ('Ruth Adeyemi', 'ruth@oxbow.example')
    s1 = T('2026-11-16 07:58:30', ET, 'Mon', '-05:00')
    t1 = ('Hi Daniel,\n\n'
          'The feedback from Thursday\'s loop was strong across the board. The last step before we make a '
          'decision is a 45-minute conversation with me: how you think about product, how you\'d grow into a tech '
          'lead here, and whatever you want to ask about Oxbow, our runway, or me.\n\n'
          'Grab any open slot on my booking page: https://calendar.app.google/' + b64id('oxb', n=17).replace('_', 'x').replace('-', 'Q') + '\n\n'
          'Ruth\n\nRuth Adeyemi\nCEO & cofounder, Oxbow Analytics\n')
    m1, _ = mail('ox1', s1, A(*ruth), DANIEL, 'Final step: 45 minutes with me', t1)
    s2 = T('2026-11-16 15:12:45', 'UTC', 'Mon', '+00:00')
    start = T('2026-11-18 14:00', ET, 'Wed', '-05:00')
    end = start + timedelta(minutes=45)
    desc = (f'Booked by\nDaniel Okafor\n{OWNER}\n\nSenior Full-Stack Engineer: final conversation with Ruth.\n\n'
            'Reschedule or cancel from Google Calendar. Appointment scheduling by Google Calendar.')
    m2, _, _ = gcal_invite('ox2', s2, ruth, [(OWNER_NAME, OWNER, 'ACCEPTED')],
                           'Final conversation with Ruth (Oxbow Analytics) (Daniel Okafor)', start, end, desc)
    items = [('ruth-final-step.eml', m1), ('invitation-appointment-booked.eml', m2)]
    lab = LBL([IV('Oxbow Analytics', 'Senior Full-Stack Engineer', start, end, 'scheduled', [ruth[1]], [ruth[1]],
                  'hiring_manager')],
              'easy', 'positive/google-appointment-schedule',
              'CEO final chat booked through a Google Calendar appointment schedule; the booking page link alone is '
              'not an interview, the resulting invite is.')
    return items, lab


@case('zoom-ics-technical-this-friday',
      'Standalone Zoom .ics TZID America/New_York Fri Nov 13 11:00 (EST -05:00); mail only says "this Friday".')
def c_tessellate():
    hana = ('Hana Sato', 'hana.sato@tessellate.example')
    luis = ('Luis Ortega', 'luis@tessellate.example')
    s1 = T('2026-11-09 12:30:50', ET, 'Mon', '-05:00')
    t1 = ('Hi Daniel,\n\n'
          'Following up on your chat with Jordan last week: your technical round for the Senior Full-Stack '
          'Engineer role is this Friday. Luis Ortega (luis@tessellate.example) and I will spend the first half on '
          'frontend architecture (state, caching, how you\'d split our editor into packages) and the second half '
          'live coding in a CodeSandbox we\'ll share.\n\n'
          'I\'ve attached the Zoom calendar file. It\'s set in Eastern, so your calendar should convert it.\n\n'
          'See you then,\nHana\n\nHana Sato\nEngineering Manager, Tessellate\n')
    m1, _ = mail('ts1', s1, A(*hana), DANIEL, 'Tessellate technical round: Zoom details', t1, cc=A(*luis),
                 fmt='html', cte='quoted-printable', html_style='outlook')
    start = T('2026-11-13 11:00', ET, 'Fri', '-05:00')
    end = start + timedelta(hours=1)
    mtg = digits('tsz', n=11)
    zoom = f'https://tessellate.zoom.us/j/{mtg}?pwd={b64id("tsp", n=28)}'
    desc = (f'Hana Sato is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{zoom}\n\n'
            f'Meeting ID: {mtg[:3]} {mtg[3:7]} {mtg[7:]}\nPasscode: {digits("tspc", n=6)}\n\n'
            'Tessellate technical interview: frontend architecture + live coding (Senior Full-Stack Engineer).')
    ev = vevent(f'{letters("tsuid", n=8)}{mtg}@zoom.us', start, end,
                'Tessellate | Technical Interview - Daniel Okafor', hana,
                [(luis[0], luis[1], 'ACCEPTED'), (OWNER_NAME, OWNER, 'NEEDS-ACTION')],
                stamp=T('2026-11-09 17:20:00', 'UTC', 'Mon', '+00:00'), description=desc, location=zoom, tzid=ET)
    ics = vcalendar('-//zoom.us//iCalendar Event//EN', 'REQUEST', ev, tzids=[ET]).encode('utf-8')
    items = [('hana-technical-round.eml', m1), ('zoom-technical-interview.ics', ics)]
    lab = LBL([IV('Tessellate', 'Senior Full-Stack Engineer', start, end, 'scheduled', [hana[1], luis[1]],
                  [hana[1], luis[1]], 'technical')],
              'medium', 'positive/standalone-ics',
              'HTML-only mail says "this Friday"; the time is in the standalone Zoom .ics (Eastern). One interview '
              'with two interviewers.')
    return items, lab


# =========================================================================== NEGATIVE CASES
@case('wellfound-job-alert')
def c_wellfound():
    s1 = T('2026-10-06 14:00:12', 'UTC', 'Tue', '+00:00')
    jobs = [('Quayside', 'Senior Full-Stack Engineer', '$170k-$205k · 0.2%-0.5%', 'Intro call, pairing session, founder chat'),
            ('Moth Analytics', 'Staff Software Engineer, Full Stack', '$185k-$220k · 0.1%-0.3%', 'Take-home, 2 interviews'),
            ('Orchard Ops', 'Senior Product Engineer', '$160k-$190k · 0.25%-0.6%', 'Interviews within 5 days of applying'),
            ('Brightfold', 'Founding Full-Stack Engineer', '$150k-$180k · 0.8%-1.5%', 'Paid work trial (1 week)')]
    rows = ''.join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><b>{html.escape(c)}</b> &middot; {html.escape(r)}<br>'
        f'<span style="color:#555">Remote (US) &middot; {html.escape(p)}</span><br>'
        f'<span style="color:#0a7d4f">Interview process: {html.escape(i)}</span><br>'
        f'<a href="https://wellfound.com/jobs/{digits("wf", c, n=7)}">View job</a></td></tr>\n'
        for c, r, p, i in jobs)
    h1 = ('<html><body style="font-family:Helvetica,Arial,sans-serif">\n'
          '<h2>Daniel, 4 new roles match your profile</h2>\n'
          '<p>Remote-first startups hiring Senior Full-Stack Engineers this week. Founders who are actively '
          'interviewing respond within 2 days on average.</p>\n'
          f'<table width="100%">\n{rows}</table>\n'
          '<p><a href="https://wellfound.com/jobs">See all matches</a> &middot; Apply by Friday to be in the next '
          'round of interviews.</p>\n'
          '<p style="color:#999;font-size:11px">You\'re receiving this because you turned on job alerts. '
          '<a href="https://wellfound.com/settings/notifications">Unsubscribe</a>. Wellfound, 535 Mission St, San '
          'Francisco, CA.</p>\n</body></html>\n')
    t1 = 'Daniel, 4 new roles match your profile\n\n' + '\n\n'.join(
        f'{c} - {r}\nRemote (US) - {p}\nInterview process: {i}' for c, r, p, i in jobs) + \
        '\n\nSee all matches: https://wellfound.com/jobs\nUnsubscribe: https://wellfound.com/settings/notifications\n'
    m1, _ = mail('wf1', s1, A('Wellfound', 'jobs@wellfound.com'), OWNER,
                 'Daniel, 4 new Senior Full-Stack roles at remote-first startups', t1, html_text=h1, cte='quoted-printable',
                 html_cte='base64', relay='sendgrid', bstyle='other', mid=f'<{hx("wfmid", n=30)}@wellfound.com>',
                 extra=[('List-Unsubscribe', '<https://wellfound.com/settings/notifications>')])
    return [('wellfound-job-alert.eml', m1)], LBL(
        [], 'easy', 'negative/job-alert', 'Job alert digest that talks about interview processes; no interview.')


@case('ashby-receipt-and-take-home',
      'Take-home deadline "Wednesday, October 14 at 11:59 PM PT" (PDT) is a deadline, not a meeting.')
def c_copperline():
    s1 = T('2026-10-01 17:03:40', 'UTC', 'Thu', '+00:00')
    t1 = ('Hi Daniel,\n\n'
          'Thanks for applying for the Senior Full-Stack Engineer role at Copperline. We read every application '
          'ourselves (we\'re 9 people), so give us about a week. If there\'s a match, you\'ll hear from Elena on '
          'our team about next steps.\n\n'
          'The Copperline team\n')
    m1, id1 = mail('cl1', s1, A('Copperline Hiring', 'no-reply@ashbyhq.com'), DANIEL,
                   'Thanks for applying to Copperline', t1, relay='ses', bstyle='other', html_style='outlook',
                   mid=f'<{uuid_like("clmid1")}@ashbyhq.com>')
    s2 = T('2026-10-07 16:25:10', 'UTC', 'Wed', '+00:00')
    t2 = ('Hi Daniel,\n\n'
          'We enjoyed reading your application and would like to invite you to our take-home exercise for the '
          'Senior Full-Stack Engineer role.\n\n'
          'The exercise: extend a small Remix + SQLite app with a "shared folders" feature. It should take 3-4 '
          'hours; please don\'t spend more. Submit your repo link through the form below by Wednesday, October 14 '
          'at 11:59 PM PT.\n\n'
          'There is no live component at this stage. If we move forward, you\'ll receive a link to book a '
          '60-minute review interview with two of our engineers.\n\n'
          f'Start the exercise: https://jobs.ashbyhq.com/copperline/assessment/{uuid_like("clas")}\n\n'
          'Elena Park\nOperations & Recruiting, Copperline\n')
    m2, _ = mail('cl2', s2, A('Copperline Hiring', 'no-reply@ashbyhq.com'), DANIEL,
                 'Copperline take-home: Senior Full-Stack Engineer', t2,
                 reply_to=A('Elena Park', 'elena.park@copperline.example'), relay='ses', bstyle='other',
                 html_style='outlook', cte='base64', mid=f'<{uuid_like("clmid2")}@ashbyhq.com>')
    return [('ashby-application-received.eml', m1), ('ashby-take-home-invite.eml', m2)], LBL(
        [], 'medium', 'negative/take-home-assessment',
        'Application receipt, then a take-home with a submission deadline; the review interview is not booked.')


@case('loom-intro-request')
def c_pebble():
    ada = ('Ada Kim', 'ada@pebblestack.example')
    s1 = T('2026-10-14 09:40:27', PT, 'Wed', '-07:00')
    t1 = ('Hi Daniel,\n\n'
          'Thanks for your interest in the senior full-stack role at Pebblestack! We skip the classic recruiter '
          'screen. Instead we ask everyone to record a short Loom (3-5 minutes) walking through something you '
          'built and one decision you\'d make differently today. Screen + face, no slides needed.\n\n'
          'Please send the link by Monday, Oct 19 at 5pm PT by replying to this email. My cofounder and I watch '
          'every one and reply within a week; if it\'s a fit, the next step is a live pairing session.\n\n'
          'Ada\nCofounder, Pebblestack\n')
    m1, _ = mail('pb1', s1, A(*ada), DANIEL, 'Pebblestack: next step is a quick Loom', t1)
    return [('ada-record-a-loom.eml', m1)], LBL(
        [], 'medium', 'negative/async-video-intro',
        'One-way recorded Loom intro with a deadline; no live conversation booked.')


@case('paid-work-trial-week',
      'All-day Google event Mon Nov 16 - Fri Nov 20 (DTEND Nov 21, VALUE=DATE).')
def c_driftwood():
    felix = ('Felix Brennan', 'felix@driftwoodlabs.example')
    s1 = T('2026-11-11 17:02:44', PT, 'Wed', '-08:00')
    t1 = ('Hey Daniel,\n\n'
          'As promised on Monday, here\'s how the paid trial works. Dates: Mon Nov 16 through Fri Nov 20. You\'d '
          'be a contractor for the week ($1,200/day, invoiced through Deel), work on a real ticket from our '
          'backlog (the invoice PDF renderer), join standups in Slack, and ship whatever you get to.\n\n'
          'To be clear: this isn\'t an interview. No whiteboards, nobody grading you live. At the end of the week '
          'we both decide whether we want to keep working together.\n\n'
          'I\'ll put a placeholder on your calendar and Sam will send the contractor agreement tomorrow.\n\n'
          'Felix\nCEO, Driftwood Labs\n')
    m1, _ = mail('dw1', s1, A(*felix), DANIEL, 'Work trial details (Nov 16-20)', t1)
    s2 = T('2026-11-12 01:10:31', 'UTC', 'Thu', '+00:00')
    d0, d1 = D('2026-11-16', 'Mon'), D('2026-11-21', 'Sat')
    m2, _, _ = gcal_invite('dw2', s2, felix, [(OWNER, OWNER, 'NEEDS-ACTION')],
                           'Driftwood work trial: Daniel Okafor (paid contract week)', d0, d1,
                           'Paid contract week, not an interview. Slack channel: #trial-daniel. Contract via Deel.',
                           allday=True, meet=False)
    return [('felix-work-trial-details.eml', m1), ('invitation-work-trial-week.eml', m2)], LBL(
        [], 'hard', 'negative/paid-work-trial',
        'Paid contract work-trial week with an all-day calendar block; explicitly not an interview.')


@case('team-dinner-before-offer',
      'Dinner invite Thu Nov 19 6:30 PM America/Denver (MST -07:00).')
def c_saltmarsh():
    colette = ('Colette Ibarra', 'colette@saltmarsh.example')
    s1 = T('2026-11-16 18:22:09', 'UTC', 'Mon', '+00:00')
    start = T('2026-11-19 18:30', MT, 'Thu', '-07:00')
    desc = ('Daniel, the whole Saltmarsh team is in Denver for our offsite this week and since you\'re local we\'d '
            'love for you to join us for dinner. This is NOT part of the evaluation: the interviews are done and '
            'your offer letter is with our lawyers, you should have it Friday. Just come hungry. Partners welcome.'
            '\n\nColette')
    m1, _, _ = gcal_invite('sm1', s1, colette, [('Ike Lawson', 'ike@saltmarsh.example', 'ACCEPTED'),
                                               ('Rosa Whitlock', 'rosa@saltmarsh.example', 'ACCEPTED'),
                                               (OWNER, OWNER, 'NEEDS-ACTION')],
                           'Saltmarsh team dinner (+ Daniel)', start, start + timedelta(hours=2), desc,
                           location='Tavernetta, 1889 16th St, Denver, CO 80202', meet=False)
    return [('invitation-team-dinner.eml', m1)], LBL(
        [], 'hard', 'negative/team-dinner',
        'Social team dinner after interviews are finished and before the written offer; not an interview.')


@case('offer-call-after-final',
      'Offer call Wed Nov 25 3pm ET (EST -05:00); mail dated Tue Nov 24 -0500.')
def c_marlin():
    sam = ('Sam Whitford', 'sam@marlinworks.example')
    s1 = T('2026-11-24 11:05:51', ET, 'Tue', '-05:00')
    t1 = ('Daniel,\n\n'
          'I\'m thrilled to say we\'d like to offer you the Senior Full-Stack Engineer role at Marlin Works. '
          'Everyone you met was a strong yes.\n\n'
          'I\'d rather walk you through the numbers live than drop a PDF on you, so I\'ve sent an invite for '
          'tomorrow at 3pm ET. Base, equity (with the strike price and our last 409A), and the benefits stuff. The '
          'written offer goes out in DocuSign right after, and there\'s no exploding deadline.\n\n'
          'Sam\nCEO, Marlin Works\n')
    m1, _ = mail('mw1', s1, A(*sam), DANIEL, 'Offer: Senior Full-Stack Engineer at Marlin Works', t1)
    s2 = T('2026-11-24 16:09:30', 'UTC', 'Tue', '+00:00')
    start = T('2026-11-25 15:00', ET, 'Wed', '-05:00')
    m2, _, _ = gcal_invite('mw2', s2, sam, [(OWNER, OWNER, 'NEEDS-ACTION')], 'Marlin Works offer call: Sam / Daniel',
                           start, start + timedelta(minutes=30),
                           'Walking through your offer: compensation, equity, start date. Questions welcome.')
    return [('sam-offer-email.eml', m1), ('invitation-offer-call.eml', m2)], LBL(
        [], 'hard', 'negative/offer-call', 'Offer e-mail plus an "offer call" invite; offers are not interviews.')


@case('investor-advisor-call-teams-berlin',
      'Teams invite "W. Europe Standard Time" Wed Oct 28 5:00 PM, "(UTC+01:00) Amsterdam, Berlin" label = CET +01:00 (10:00 MDT).')
def c_foothill():
    katrin = ('Katrin Hoffmann', 'katrin.hoffmann@foothillvc.example')
    s1 = T('2026-10-19 08:14:55', 'UTC', 'Mon', '+00:00')
    start = T('2026-10-28 17:00', CET, 'Wed', '+01:00')
    intro = ('Hi Daniel,\n\n'
             'As mentioned after your talk at DevDays: two of our portfolio companies are looking for a technical '
             'advisor on realtime sync and offline-first architecture. This call is for me to explain the advisory '
             'setup (equity plus a small monthly retainer, a few hours a month) and hear what you\'d be up for.\n\n'
             'To be clear, this is not a job interview and not a role at Foothill. Just a conversation.\n\n'
             'Best,\nKatrin Hoffmann\nPartner, Foothill Ventures (Berlin)')
    m1, _ = teams_invite('fh1', s1, katrin, [(OWNER_NAME, OWNER)], 'Advisor chat: Foothill Ventures x Daniel Okafor',
                         start, start + timedelta(minutes=30), 'W. Europe Standard Time', intro)
    return [('teams-advisor-chat.eml', m1)], LBL(
        [], 'hard', 'negative/investor-advisor-call',
        'VC partner invites Daniel to discuss paid advising; Teams invite looks like a recruiter meeting but it is '
        'not a hiring process.')


@case('conference-coffee-meetup',
      '"next Thursday, 10:30" at a Denver conference = Thu Nov 19 (MST); no label.')
def c_rivet():
    mari = ('Marisol Vega', 'marisol@rivetworks.example')
    s1 = T('2026-11-10 19:44:02', PT, 'Tue', '-08:00')
    t1 = ('Hey Daniel!\n\n'
          'I saw you\'re speaking at Mile High JS about CRDTs. I\'ll be there too (flying in from Oakland). Want '
          'to grab coffee between sessions next Thursday, 10:30 at the coffee cart by the main hall?\n\n'
          'Full disclosure so it isn\'t weird: Rivet is hiring, but I\'m an IC and not involved in recruiting. '
          'This is just two people who are way too into sync engines.\n\n'
          'Marisol\n')
    m1, id1 = mail('rv1', s1, A(*mari), DANIEL, 'coffee at Mile High JS?', t1)
    s2 = T('2026-11-10 21:03:17', MT, 'Tue', '-07:00')
    t2 = ('Ha, absolutely. Thursday 10:30 at the cart, I\'ll be the one with the conference lanyard and a '
          'laptop covered in Yjs stickers.\n\nDaniel\n\n'
          f'{attrib(s1.astimezone(ZoneInfo(MT)), mari[0], mari[1])}\n{quote(t1)}\n')
    m2, _ = mail('rv2', s2, DANIEL, A(*mari), 'Re: coffee at Mile High JS?', t2, irt=id1, fmt='plain', cte='7bit')
    return [('marisol-coffee-at-conference.eml', m1), ('re-daniel-see-you-there.eml', m2)], LBL(
        [], 'hard', 'negative/conference-coffee',
        'Conference coffee with an engineer whose company is hiring; explicitly not a recruiting conversation.')


@case('owner-is-guest-interviewer',
      'Invite Fri Oct 23 10:00 Pacific (PDT -07:00).')
def c_brightwater():
    jonas = ('Jonas Pereira', 'jonas@brightwater.example')
    s1 = T('2026-10-21 20:31:48', 'UTC', 'Wed', '+00:00')
    start = T('2026-10-23 10:00', PT, 'Fri', '-07:00')
    desc = ('Thanks for helping us out as a contract interviewer again, Daniel!\n\n'
            'Candidate: Aisha Rahman (Senior Frontend Engineer)\nYou\'re running the 60-min pairing exercise '
            '(React + REST API). Rubric and scorecard are in Ashby; please submit feedback within 24 hours.\n\n'
            'Jonas')
    m1, _, _ = gcal_invite('bw1', s1, jonas, [(OWNER, OWNER, 'NEEDS-ACTION')],
                           'Interview: Aisha Rahman (Senior Frontend) pairing, interviewer Daniel Okafor', start,
                           start + timedelta(hours=1), desc)
    return [('invitation-you-interview-aisha.eml', m1)], LBL(
        [], 'hard', 'negative/user-is-interviewer',
        'Daniel runs a pairing interview for a friend\'s startup as a paid guest interviewer; he is not the candidate.')


@case('scam-recruiter-teams-chat',
      '"Thursday 10:00 AM EST" in a Mon Nov 2 mail (Nov 5, EST -05:00); no label.')
def c_scam():
    s1 = T('2026-11-02 06:12:33', ET, 'Mon', '-05:00')
    t1 = ('Dear Daniel Okafor,\n\n'
          'Congratulations!! Your profile has been shortlisted for the position of Remote Senior Full Stack '
          'Developer at Vertexa Global Solutions. Pay: $95/hr, 100% remote, flexible hours.\n\n'
          'Your interview is scheduled on Thursday 10:00 AM EST. The interview will be held on Microsoft Teams '
          'CHAT (text only). Download Teams and add our Hiring Manager Mr. Richard Cole (ID: '
          'hr.richardcole.vertexa) before the interview.\n\n'
          'IMPORTANT: After the interview you will receive a check to purchase your work laptop from our approved '
          'vendor. Kindly reply with a copy of your drivers license and your banking details so onboarding can '
          'start immediately.\n\n'
          'Regards,\nHR Onboarding Team\nVertexa Global Solutions\n')
    m1, _ = mail('sc1', s1, A('Vertexa Global Talent', 'hr.onboarding@vertexa-careers.example'), OWNER,
                 'Interview Invitation - Remote Senior Full Stack Developer ($95/hr)', t1,
                 reply_to='recruit.vertexa.hr@freemail.example', fmt='plain', cte='7bit', relay='ses', bstyle='other',
                 mid=f'<{hx("scmid", n=20)}@vertexa-careers.example>')
    return [('vertexa-interview-invitation.eml', m1)], LBL(
        [], 'medium', 'negative/scam', 'Fake recruiter: text-chat "interview", check-for-equipment and ID/bank request.')


# =========================================================================== driver
def write_readme(labels, n_items, formats):
    pos = [k for k, v in labels.items() if v['interview']]
    neg = [k for k, v in labels.items() if not v['interview']]
    ivs = [i for v in labels.values() for i in v['interviews']]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i['status']] = by_status.get(i['status'], 0) + 1
        by_kind[i['kind']] = by_kind.get(i['kind'], 0) + 1
    L = ['# blind280: US remote-first startups hiring a senior full-stack engineer (written blind)', '',
         f'Mailbox owner: {OWNER_NAME} <{OWNER}>, a senior full-stack engineer in Denver (America/Denver).', '',
         'This set was written blind: only the eval README (label schema and rules) and two or three dev files '
         '(for formats) were read; no tool code, tests or other sets.', '',
         '## What it stresses',
         '- Founder-style scheduling: terse lowercase mails ("free for a 30 min chat thu 11am PT?"), a pasted Slack '
         'thread where the proposed slot is dropped, "tomorrow at 2 Eastern" resolved against the Date header.',
         '- Scheduling vendors: Calendly, Cal.com (with METHOD:CANCEL), SavvyCal, Reclaim.ai (Calendar API event), '
         'Google Calendar appointment schedules, Ashby and Lever, Zoom .ics, Exchange/Teams meeting requests.',
         '- Final state: SEQUENCE reschedule, reschedule by mail without a new .ics, cancellation-only case, a loop '
         'sent as three invites (one onsite), two interviews announced in one mail (only one has an invite).',
         '- DST: the Oct 25 - Nov 1 week when Berlin is on CET but US zones are still on daylight time, and events '
         'just after the US change on Nov 1 that were announced before it.',
         '- Hard negatives from startup hiring: paid work-trial week, team dinner before an offer, an offer call, '
         'a one-way Loom intro, an investor/advisor call, a conference coffee meetup, Daniel as guest interviewer, '
         'a take-home, a job alert and a recruiter scam.', '',
         '## Counts',
         f'- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative); items: {n_items}.',
         f'- Labelled interviews: {len(ivs)}; by status: '
         + ', '.join(f'{k} {v}' for k, v in sorted(by_status.items())) + '; by kind: '
         + ', '.join(f'{k} {v}' for k, v in sorted(by_kind.items())) + '.', '',
         '## Formats used',
         '- ' + '; '.join(formats), '',
         '## Time-zone and DST points']
    for slug, notes in TZNOTES.items():
        num = [k for k in labels if k.endswith(slug)][0].split('-')[1]
        for n in notes:
            L.append(f'- Case {num} ({slug}): {n}')
    L += ['', 'Regenerate with `python make_cases.py` (deterministic; asserts every weekday and UTC offset).', '']
    (OUT / 'README.md').write_text('\n'.join(L), encoding='utf-8')


def main():
    _dst_sanity()
    for p in sorted(OUT.glob('b280-*')):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    n_items = 0
    for num, (slug, fn) in enumerate(CASES, 1):
        items, lab = fn()
        cid = f'b280-{num:02d}-{slug}'
        d = OUT / cid
        d.mkdir()
        for i, (name, data) in enumerate(items, 1):
            (d / f'{i:02d}-{name}').write_bytes(data)
            n_items += 1
        labels[cid] = lab
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, default_flow_style=False, width=110)
    (OUT / 'labels.yaml').write_text(
        '# Labels for blind280 (written blind). Schema: /work/shared/eval/README.md\n' + body, encoding='utf-8')
    formats = ['Gmail/Workspace human mails (text/plain + HTML, quoted-printable and 7bit, threads with '
               'In-Reply-To/References)',
               'Google Calendar invitations (multipart/mixed: text/plain base64, text/html QP, text/calendar '
               'method=REQUEST, invite.ics attachment)',
               'Exchange/Teams meeting requests (Windows TZIDs, X-MICROSOFT-CDO-*, "(UTC+01:00)" labels)',
               'ATS/vendor mails with .ics attachments (Ashby, Lever, Calendly, Cal.com incl. METHOD:CANCEL, SavvyCal)',
               'standalone Zoom .ics (case 14)', 'Google Calendar API v3 event .gcal.json (case 06)',
               'HTML-only and base64 bodies (job alert, ATS)']
    write_readme(labels, n_items, formats)
    pos = sum(1 for v in labels.values() if v['interview'])
    print(f'{len(labels)} cases ({pos} positive), {n_items} items, '
          f'{sum(len(v["interviews"]) for v in labels.values())} interviews -> {OUT}')


if __name__ == '__main__':
    main()
