#!/usr/bin/env python3
"""Regenerate the blind260 evaluation set (case folders + labels.yaml) next to this file.

Theme: an Adelaide-based mining/water engineer (Bronwyn Tregenza) job hunting across SA, WA, NT,
VIC and NSW in 2026 -- half-hour zones, the 5 Apr / 4 Oct 2026 DST switches, Perth/Darwin without DST.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries (all derived from sha256 of fixed
seeds), so every run writes the same bytes. Standard library + PyYAML + zoneinfo only.
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
PREFIX = 'b260-'
UTC = timezone.utc
ADL = ZoneInfo('Australia/Adelaide')
PER = ZoneInfo('Australia/Perth')
DRW = ZoneInfo('Australia/Darwin')
MEL = ZoneInfo('Australia/Melbourne')
SYD = ZoneInfo('Australia/Sydney')

OWNER = 'bronwyn.tregenza@example.com'
OWNER_NAME = 'Bronwyn Tregenza'
OWNER_MOBILE = '0491 570 156'

CASES = {}   # folder -> {filename: str}
LABELS = {}


# --------------------------------------------------------------------------- time helpers
def T(y, mo, d, hh=0, mm=0, tz=ADL, wd=None, off=None):
    """Aware datetime; assert the weekday named in the text and (optionally) the UTC offset."""
    x = datetime(y, mo, d, hh, mm, tzinfo=tz)
    if wd is not None:
        assert x.strftime('%A').startswith(wd), (x, x.strftime('%A'), wd)
    if off is not None:
        sign = 1 if off[0] == '+' else -1
        want = sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5]))
        assert x.utcoffset() == want, (x, x.utcoffset(), off)
    return x


def iso(x):
    return x.isoformat()


def rfc(x):
    return format_datetime(x)


def rfc_utc(x):
    return format_datetime(x.astimezone(UTC))


def zstamp(x):
    return x.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def loc(x):
    return x.strftime('%Y%m%dT%H%M%S')


def ampm(x):            # 2.30pm / 10am  (Australian casual)
    h = x.hour % 12 or 12
    ap = 'am' if x.hour < 12 else 'pm'
    return f'{h}{ap}' if x.minute == 0 else f'{h}.{x.minute:02d}{ap}'


def gtime(x):           # Google: 11am / 7:30pm
    h = x.hour % 12 or 12
    ap = 'am' if x.hour < 12 else 'pm'
    return f'{h}{ap}' if x.minute == 0 else f'{h}:{x.minute:02d}{ap}'


def colon(x):           # Outlook: 2:30 PM
    h = x.hour % 12 or 12
    return f'{h}:{x.minute:02d} {"AM" if x.hour < 12 else "PM"}'


def dlong(x):           # Tuesday, 6 October 2026
    return f'{x:%A}, {x.day} {x:%B} {x.year}'


def dplain(x):          # Tuesday 6 October 2026
    return f'{x:%A} {x.day} {x:%B} {x.year}'


def outlook_sent(x):    # Monday, 19 October 2026 10:01 AM
    return f'{dlong(x)} {colon(x)}'


# --------------------------------------------------------------------------- id helpers
def hx(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def uuid(seed, upper=False):
    h = hx(seed)
    s = f'{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}'
    return s.upper() if upper else s


def digits(seed, n):
    raw = hashlib.sha256(seed.encode()).digest() * 4
    return ''.join(str(b % 10) for b in raw[:n])


def alnum(seed, n, alphabet='abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'):
    raw = hashlib.sha256(seed.encode()).digest() * 4
    return ''.join(alphabet[b % len(alphabet)] for b in raw[:n])


def lower_alpha(seed, n):
    return alnum(seed, n, 'abcdefghijklmnopqrstuvwxyz')


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def outlook_msgid(seed, pod='SY4P282MB'):
    return f'<{pod}{hx(seed + "mid", 16).upper()}@{pod}{digits(seed + "pod", 4)}.AUSP282.PROD.OUTLOOK.COM>'


def gmail_msgid(seed):
    return f'<CA+{alnum(seed + "gm", 40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")}@mail.gmail.com>'


def apple_msgid(seed, domain='example.com'):
    return f'<{uuid(seed + "apple", upper=True)}@{domain}>'


# --------------------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def hdr(s):
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
    except UnicodeEncodeError:
        return f'{Header(name, "utf-8").encode()} <{email}>'
    if any(c in name for c in ',.()@:;'):
        return f'"{name}" <{email}>'
    return f'{name} <{email}>'


def leaf(ctype, body, cte='quoted-printable', extra=()):
    if cte == 'base64':
        payload = b64(body)
    elif cte == 'quoted-printable':
        payload = qp(body)
    else:
        payload = body
    h = f'Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n' + ''.join(e + '\n' for e in extra)
    return h + '\n' + payload.rstrip('\n') + '\n'


def multi(subtype, boundary, parts):
    h = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n'
    body = ''.join(f'--{boundary}\n{p}\n' for p in parts) + f'--{boundary}--\n'
    return h + '\n' + body


def attachment(ctype, filename, content):
    return leaf(f'{ctype}; name="{filename}"', content, 'base64',
                (f'Content-Disposition: attachment; filename="{filename}"',))


def to_html(text, font='Calibri, Arial, Helvetica, sans-serif'):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        lines = p.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(html.escape(l[1:].lstrip(' ')) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(html.escape(l) for l in lines) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt;color:#000000">\n'
            + '\n'.join(out) + '\n</div></body></html>\n')


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))


def outlook_quote(frm, sent_local, to, subject, text, cc=None):
    block = ['________________________________', f'From: {frm}', f'Sent: {outlook_sent(sent_local)}', f'To: {to}']
    if cc:
        block.append(f'Cc: {cc}')
    block += [f'Subject: {subject}', '', text.strip('\n')]
    return '\n'.join(block)


def received(host, ip, when, seed, by='mx1.example.com (Postfix)'):
    qid = hx(seed + 'qid', 11).upper()
    return (f'from {host} ({host} [{ip}])\n        by {by} with ESMTPS id {qid}\n'
            f'        for <{OWNER}>; {rfc_utc(when + timedelta(seconds=3))}')


def head(pairs):
    return ''.join(f'{k}: {v}\n' for k, v in pairs if v is not None)


# --------------------------------------------------------------------------- generic e-mail builder
OUTLOOK_HOSTS = ('mail-sy4aus01on2104.outbound.protection.outlook.com', '40.107.108.104')


def mail(*, client, seed, frm, to, subject, sent, text, cc=(), reply_to=None, in_reply_to=None, refs=(),
         attachments=(), extra=(), sender=None, return_path=None, msgid=None, host=None, html_text=None,
         font='Calibri, Arial, Helvetica, sans-serif'):
    """client: outlook | gmail | iphone | ats (vendor mailer) ."""
    frm_addr = frm[1]
    if msgid is None:
        msgid = {'outlook': outlook_msgid(seed), 'gmail': gmail_msgid(seed),
                 'iphone': apple_msgid(seed, frm_addr.split('@')[1])}.get(client)
    date = rfc_utc(sent) if client in ('outlook', 'ats') else rfc(sent)
    if host is None:
        host = {'outlook': OUTLOOK_HOSTS, 'gmail': ('mail-sor-f41.google.com', '209.85.220.41'),
                'iphone': ('smtp.' + frm_addr.split('@')[1], '198.51.100.' + str(20 + int(digits(seed, 2))))}.get(
            client, ('mailer.example.net', '203.0.113.7'))
    H = [('Delivered-To', OWNER),
         ('Received', received(host[0], host[1], sent, seed)),
         ('Return-Path', f'<{return_path or frm_addr}>')]
    if sender:
        H.append(('Sender', sender))
    H += [('From', addr(*frm)),
          ('To', ', '.join(addr(*t) for t in to))]
    if cc:
        H.append(('Cc', ', '.join(addr(*c) for c in cc)))
    if reply_to:
        H.append(('Reply-To', addr(*reply_to)))
    H += [('Subject', hdr(subject))]
    if client == 'outlook':
        H += [('Thread-Topic', hdr(subject.split(': ', 1)[1] if subject[:4] in ('RE: ', 'FW: ') else subject)),
              ('Thread-Index', thread_index(seed))]
    H += [('Date', date), ('Message-ID', msgid)]
    if in_reply_to:
        H.append(('In-Reply-To', in_reply_to))
    if refs:
        H.append(('References', '\n '.join(refs)))
    if client == 'outlook':
        H += [('Accept-Language', 'en-AU, en-US'), ('Content-Language', 'en-AU'),
              ('X-MS-Has-Attach', 'yes' if attachments else ''), ('X-MS-TNEF-Correlator', ''),
              ('x-ms-publictraffictype', 'Email')]
    H += list(extra)
    if client == 'iphone':
        H.append(('X-Mailer', 'iPhone Mail (23B85)'))
        body = leaf('text/plain; charset=utf-8', text, 'base64')
        return head(H) + 'Mime-Version: 1.0 (1.0)\n' + body
    if client == 'gmail':
        bnd = '000000000000' + hx(seed + 'b1', 16)
        alt = multi('alternative', bnd, [
            leaf('text/plain; charset="UTF-8"', text, 'quoted-printable'),
            leaf('text/html; charset="UTF-8"', html_text or to_html(text, 'arial, sans-serif'), 'quoted-printable')])
    else:
        bnd = ('_000_' + hx(seed + 'b1', 24).upper() + 'AUSP282PRODOUTLOOKCOM_') if client == 'outlook' \
            else ('----=_Part_' + digits(seed + 'b1', 7) + '_' + digits(seed + 'b2', 9) + '.' + digits(seed + 'b3', 13))
        alt = multi('alternative', bnd, [
            leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
            leaf('text/html; charset="utf-8"', html_text or to_html(text, font), 'quoted-printable')])
    if attachments:
        bnd2 = bnd.replace('_000_', '_004_') if client == 'outlook' else (bnd + '_mixed')
        if client == 'gmail':
            bnd2 = '000000000000' + hx(seed + 'b2', 16)
        alt = multi('mixed', bnd2, [alt] + [attachment(*a) for a in attachments])
    return head(H) + 'MIME-Version: 1.0\n' + alt


# --------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode('utf-8')
    out = []
    first = True
    while len(b) > (75 if first else 74):
        n = 75 if first else 74
        while (b[n] & 0xC0) == 0x80:
            n -= 1
        out.append(b[:n])
        b = b[n:]
        first = False
    out.append(b)
    return b'\r\n '.join(out).decode('utf-8')


def ics(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def esc(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


WIN_TZ = {
    # Windows TZID -> (zoneinfo, Outlook display label, (std offset, dst offset) or None)
    'Cen. Australia Standard Time': (ADL, '(UTC+09:30) Adelaide', ('+0930', '+1030')),
    'AUS Eastern Standard Time': (SYD, '(UTC+10:00) Canberra, Melbourne, Sydney', ('+1000', '+1100')),
    'W. Australia Standard Time': (PER, '(UTC+08:00) Perth', ('+0800', None)),
    'AUS Central Standard Time': (DRW, '(UTC+09:30) Darwin', ('+0930', None)),
}


def vtz_windows(tzid):
    std, dst = WIN_TZ[tzid][2]
    if dst is None:
        return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', 'BEGIN:STANDARD', 'DTSTART:16010101T000000',
                f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{std}', 'END:STANDARD', 'END:VTIMEZONE']
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}',
            'BEGIN:STANDARD', 'DTSTART:16010101T030000', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10', 'END:DAYLIGHT', 'END:VTIMEZONE']


def vtz_olson(tzname):
    if tzname == 'Australia/Adelaide':
        std, dst, sn, dn = '+0930', '+1030', 'ACST', 'ACDT'
    elif tzname in ('Australia/Sydney', 'Australia/Melbourne'):
        std, dst, sn, dn = '+1000', '+1100', 'AEST', 'AEDT'
    else:
        raise ValueError(tzname)
    return ['BEGIN:VTIMEZONE', f'TZID:{tzname}', f'X-LIC-LOCATION:{tzname}',
            'BEGIN:STANDARD', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}', f'TZNAME:{sn}',
            'DTSTART:19700405T030000', 'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU', 'END:STANDARD',
            'BEGIN:DAYLIGHT', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}', f'TZNAME:{dn}',
            'DTSTART:19701004T020000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU', 'END:DAYLIGHT',
            'END:VTIMEZONE']


def exch_uid(seed):
    return ('040000008200E00074C5B7101A82E00800000000' + hx(seed + 'u1', 16).upper()
            + '000000000000000010000000' + hx(seed + 'u2', 32).upper())


def teams_block(seed, dial='+61 2 5550 4418,,{cid}# Australia, Sydney'):
    tid = uuid(seed + 'tenant')
    oid = uuid(seed + 'org')
    mid = alnum(seed + 'meet', 32, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    join = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context='
            f'%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d')
    meeting_id = ' '.join([digits(seed + 'm1', 3), digits(seed + 'm2', 3), digits(seed + 'm3', 3), digits(seed + 'm4', 3)])
    cid = digits(seed + 'cid', 9)
    text = '\n'.join([
        '_' * 80,
        'Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-AU>',
        f'Join the meeting now<{join}>',
        f'Meeting ID: {meeting_id}',
        f'Passcode: {alnum(seed + "pc", 6)}',
        '________________________________',
        'Dial in by phone',
        dial.format(cid=cid),
        f'Find a local number<https://dialin.teams.microsoft.com/{uuid(seed + "dial")}?id={cid}>',
        f'Phone conference ID: {cid[:3]} {cid[3:6]} {cid[6:]}#',
        f'For organisers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}'
        f'&threadId=19_meeting_{mid}@thread.v2&messageId=0&language=en-AU> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>',
        '_' * 80])
    return text, join


def exch_vevent(*, method, tzid, uid, summary, start, end, organizer, attendees, description, location, seq,
                dtstamp, teams_url=None, status='CONFIRMED', allday=False, busy='TENTATIVE', prodid='Microsoft Exchange Server 2010'):
    L = ['BEGIN:VCALENDAR', f'METHOD:{method}', f'PRODID:{prodid}', 'VERSION:2.0']
    if not allday:
        L += vtz_windows(tzid)
    L += ['BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for a in attendees:
        name, email, role, partstat = a
        L.append(f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}')
    L += ['DESCRIPTION;LANGUAGE=en-AU:' + esc(description), f'UID:{uid}',
          f'SUMMARY;LANGUAGE=en-AU:{esc(summary)}']
    if allday:
        L += [f'DTSTART;VALUE=DATE:{start:%Y%m%d}', f'DTEND;VALUE=DATE:{end:%Y%m%d}']
    else:
        L += [f'DTSTART;TZID={tzid}:{loc(start)}', f'DTEND;TZID={tzid}:{loc(end)}']
    L += ['CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{zstamp(dtstamp)}', 'TRANSP:' + ('TRANSPARENT' if allday else 'OPAQUE'),
          f'STATUS:{status}', f'SEQUENCE:{seq}', f'LOCATION;LANGUAGE=en-AU:{esc(location)}',
          f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}', f'X-MICROSOFT-CDO-OWNERAPPTID:{-int(digits(uid, 9)) - 1000000000}',
          f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if allday else busy}', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
          f'X-MICROSOFT-CDO-ALLDAYEVENT:{"TRUE" if allday else "FALSE"}', 'X-MICROSOFT-CDO-IMPORTANCE:1',
          'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_url:
        L += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}',
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', f'X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}']
    if not allday:
        L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def outlook_invite(*, seed, frm, to, subject, sent, start, end, tzid, body, attendees, cc=(), seq=0,
                   location='Microsoft Teams Meeting', teams=True, uid=None, dtstamp=None, pod='SY4P282MB',
                   organizer=None, dial=None, extra=()):
    label = WIN_TZ[tzid][1]
    assert start.astimezone(WIN_TZ[tzid][0]).replace(tzinfo=None) == start.replace(tzinfo=None), (start, tzid)
    when = f'When: {dlong(start)} {colon(start)}-{colon(end)} {label}.'
    text = f'{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n'
    teams_url = None
    if teams:
        block, teams_url = teams_block(seed, dial) if dial else teams_block(seed)
        text += '\n\n' + block + '\n'
    uid = uid or exch_uid(seed)
    cal = exch_vevent(method='REQUEST', tzid=tzid, uid=uid, summary=subject, start=start, end=end,
                      organizer=organizer or frm, attendees=attendees, description=text, location=location, seq=seq,
                      dtstamp=dtstamp or sent, teams_url=teams_url)
    bnd = '_000_' + hx(seed + 'inv', 24).upper() + 'AUSP282PRODOUTLOOKCOM_'
    body_part = multi('alternative', bnd, [
        leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', to_html(text, 'Aptos, Calibri, sans-serif'), 'quoted-printable'),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', cal, 'base64')])
    H = [('Delivered-To', OWNER), ('Received', received(*OUTLOOK_HOSTS, sent, seed)),
         ('Return-Path', f'<{frm[1]}>'), ('From', addr(*frm)), ('To', ', '.join(addr(*t) for t in to))]
    if cc:
        H.append(('Cc', ', '.join(addr(*c) for c in cc)))
    H += [('Subject', hdr(subject)), ('Thread-Topic', hdr(subject.split(': ', 1)[1] if subject[:4] in ('FW: ', 'RE: ') else subject)),
          ('Thread-Index', thread_index(seed)), ('Date', rfc_utc(sent)), ('Message-ID', outlook_msgid(seed, pod)),
          ('Accept-Language', 'en-AU, en-US'), ('Content-Language', 'en-AU'), ('X-MS-Has-Attach', ''),
          ('X-MS-TNEF-Correlator', ''), ('Content-class', 'urn:content-classes:calendarmessage'),
          ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + alnum(seed + 'series', 26)),
          ('x-ms-publictraffictype', 'Email')] + list(extra)
    return head(H) + 'MIME-Version: 1.0\n' + body_part, uid


# --------------------------------------------------------------------------- Google Calendar invitations
GTZ = {ADL: ('Australian Central Time - Adelaide', {True: 'ACDT', False: 'ACST'}),
       MEL: ('Australian Eastern Time - Melbourne', {True: 'AEDT', False: 'AEST'}),
       SYD: ('Australian Eastern Time - Sydney', {True: 'AEDT', False: 'AEST'})}


def google_invite(*, seed, org, guests, summary, sent, start, end, description, location='', meet=True,
                  method='REQUEST', seq=0, note=None, uid=None, created=None):
    tzlong, abbrs = GTZ[start.tzinfo]
    abbr = abbrs[bool(start.dst())]
    when_subj = f'{start:%a} {start.day} {start:%b} {start.year} {gtime(start)} - {gtime(end)} ({abbr})'
    when_body = f'{start:%A} {start.day} {start:%b} {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}'
    uid = uid or (lower_alpha(seed + 'guid', 26) + '@google.com')
    eid = base64.urlsafe_b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    meet_code = f'{lower_alpha(seed + "m1", 3)}-{lower_alpha(seed + "m2", 4)}-{lower_alpha(seed + "m3", 3)}'
    pin = digits(seed + 'pin', 9)
    lines = []
    if method == 'CANCEL':
        lines += ['This event has been cancelled.', '']
        if note:
            lines += [note.strip(), '']
    lines += [summary, when_body, tzlong, '']
    if location:
        lines += [location, '']
    if meet and method != 'CANCEL':
        lines += ['Join with Google Meet', f'https://meet.google.com/{meet_code}', '', 'Join by phone',
                  f'(AU) +61 2 5550 {digits(seed + "ph", 4)} PIN: {pin}#', '',
                  'More phone numbers', f'https://tel.meet/{meet_code}?pin={digits(seed + "pin2", 13)}', '']
    if description and method != 'CANCEL':
        lines += [description.strip(), '']
    lines += ['Organiser', org[0], org[1], '', 'Guests', f'{org[0]} - organiser']
    for g in guests:
        lines.append(g[0] if g[0] else g[1])
    lines += [f'View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={alnum(seed + "tok", 40)}&ctz={start.tzinfo.key}&hl=en_GB&es=1', '']
    if method != 'CANCEL':
        lines += [f'Reply for {OWNER}',
                  f'Yes https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1&tok={alnum(seed + "tok", 40)}&ctz={start.tzinfo.key}&hl=en_GB&es=1',
                  f'No https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2&tok={alnum(seed + "tok", 40)}&ctz={start.tzinfo.key}&hl=en_GB&es=1',
                  f'Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3&tok={alnum(seed + "tok", 40)}&ctz={start.tzinfo.key}&hl=en_GB&es=1',
                  f'More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={alnum(seed + "tok", 40)}&ctz={start.tzinfo.key}&hl=en_GB&es=1', '']
    lines += ['Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
              'You are receiving this email because you are an attendee on the event. To stop receiving future '
              'updates for this event, decline this event.', '',
              'Forwarding this invitation could allow any recipient to send a response to the organiser, be added '
              'to the guest list, invite others regardless of their own invitation status or modify your RSVP. '
              'Learn more https://support.google.com/calendar/answer/37135#forwarding']
    text = '\n'.join(lines) + '\n'
    desc_ics = description.strip() if description else ''
    if meet:
        desc_ics += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                     f'Join with Google Meet: https://meet.google.com/{meet_code}\n'
                     f'Or dial: (AU) +61 2 5550 {digits(seed + "ph", 4)} PIN: {pin}#\n'
                     'Please do not edit this section.\n'
                     '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    created = created or sent
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT',
         f'DTSTART:{zstamp(start)}', f'DTEND:{zstamp(end)}', f'DTSTAMP:{zstamp(sent)}',
         f'ORGANIZER;CN={org[0]}:mailto:{org[1]}', f'UID:{uid}',
         f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={org[0]};X-NUM-GUESTS=0:mailto:{org[1]}']
    for g in guests:
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={g[2] if len(g) > 2 else "NEEDS-ACTION"};'
                 f'RSVP=TRUE;CN={g[0] or g[1]};X-NUM-GUESTS=0:mailto:{g[1]}')
    if meet:
        L.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code}')
    L += [f'X-MICROSOFT-CDO-OWNERAPPTID:{-int(digits(seed + "own", 9)) - 1000000000}',
          f'CREATED:{zstamp(created)}', 'DESCRIPTION:' + esc(desc_ics), f'LAST-MODIFIED:{zstamp(sent)}',
          'LOCATION:' + esc(location), f'SEQUENCE:{seq}',
          'STATUS:' + ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED'),
          f'SUMMARY:{esc(summary)}', 'TRANSP:OPAQUE']
    if method != 'CANCEL':
        L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
              'TRIGGER:-P0DT0H10M0S', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    cal = ics(L)
    prefix = {'REQUEST': 'Invitation' if seq == 0 else 'Updated invitation', 'CANCEL': 'Cancelled event'}[method]
    subject = f'{prefix}: {summary} @ {when_subj} ({OWNER})'
    b1 = '000000000000' + hx(seed + 'g1', 16)
    b2 = '000000000000' + hx(seed + 'g2', 16)
    alt = multi('alternative', b1, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
        leaf('text/html; charset="UTF-8"', to_html(text, 'Roboto, Helvetica, Arial, sans-serif'), 'quoted-printable'),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal.replace('\r\n', '\n'), '7bit')])
    body = multi('mixed', b2, [alt, attachment('application/ics', 'invite.ics', cal)])
    H = [('Delivered-To', OWNER),
         ('Received', received('mail-sor-f73.google.com', '209.85.220.73', sent, seed)),
         ('Return-Path', f'<{lower_alpha(seed + "rp", 24)}@calendar-server.bounces.google.com>'),
         ('Reply-To', addr(*org)), ('Sender', 'Google Calendar <calendar-notification@google.com>'),
         ('Message-ID', f'<calendar-{uuid(seed + "gmid")}@google.com>'), ('Date', rfc_utc(sent)),
         ('Subject', hdr(subject)), ('From', addr(*org)), ('To', OWNER)]
    return head(H) + 'MIME-Version: 1.0\n' + body, uid


def gcal_event(*, seed, summary, description, location, start, end, tzname, organizer, attendees, created,
               updated, ical_uid=None, status='confirmed', sequence=0, conference=None):
    eid = lower_alpha(seed + 'eid', 26)
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{digits(seed + "etag", 16)}"',
        'id': eid,
        'status': status,
        'htmlLink': 'https://www.google.com/calendar/event?eid='
                    + base64.urlsafe_b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.') + digits(seed + 'ms', 3) + 'Z',
        'summary': summary,
        'description': description,
        'location': location,
        'creator': {'email': organizer[1], 'displayName': organizer[0]},
        'organizer': {'email': organizer[1], 'displayName': organizer[0]},
        'start': {'dateTime': start.isoformat(), 'timeZone': tzname},
        'end': {'dateTime': end.isoformat(), 'timeZone': tzname},
        'iCalUID': ical_uid or (eid + '@google.com'),
        'sequence': sequence,
        'attendees': attendees,
        'guestsCanInviteOthers': False,
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    if not location:
        del ev['location']
    if conference:
        ev['hangoutLink'] = conference
    return json.dumps(ev, indent=2, ensure_ascii=False) + '\n'


# --------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followup, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers), 'followup_recipients': list(followup),
            'kind': kind}


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
                    'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


def put(case, fname, content):
    CASES.setdefault(case, {})[fname] = content


SIG_B = 'Bronwyn Tregenza\nMIEAust CPEng | Process & Water Engineer\nAdelaide SA | ' + OWNER_MOBILE


# =========================================================================== cases 01-11
def case01():
    c = 'b260-01-sawater-pageup-panel-after-dst-end'
    sent = T(2026, 3, 31, 14, 5, ADL, 'Tue', '+1030')
    start = T(2026, 4, 9, 10, 0, ADL, 'Thu', '+0930')
    end = start + timedelta(hours=1)
    assert T(2026, 4, 5, 12, 0, ADL, 'Sun', '+0930')          # DST ends Sunday 5 April
    natasha = 'natasha.koutsoukis@sawater.example'
    role = 'Senior Engineer, Water Treatment'
    text = f"""Dear Bronwyn,

Interview invitation - {role} (Job no. 2026-0417)

Thank you for your application for the {role} position with SA Water. We are pleased to invite you to a panel interview.

Date: {dplain(start)}
Time: 10:00am - 11:00am (Adelaide time)
Location: SA Water House, Victoria Square / Tarntanyangga, Adelaide. Please report to Level 1 reception 10 minutes before your interview and bring photo ID.

Your interview panel will be:
- Dr Mei-Lin Zhou, Manager Water Quality & Treatment
- Craig Pettigrew, Principal Engineer, Treatment Processes
- Lachlan Briggs, Senior Asset Engineer

The interview will run for approximately 60 minutes and will include behavioural questions and a technical discussion about coagulation and filtration optimisation. You do not need to prepare a presentation.

Please note daylight saving ends on Sunday 5 April, so the interview time above is Adelaide standard time (ACST).

A calendar invitation is attached to this email. If you require any adjustments to participate in the interview, or you have any questions, please contact Natasha Koutsoukis, Talent Acquisition Partner, on (08) 7010 4417 or {natasha}.

This email has been sent from an unmonitored mailbox - please do not reply.

Kind regards,

Talent Acquisition
SA Water
careers@sawater.example

SA Water acknowledges the Traditional Owners of the lands and waters on which we work and pay our respects to Elders past and present.
"""
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//PageUp People//Interview Scheduling 2.0//EN', 'VERSION:2.0',
               'METHOD:REQUEST'] + vtz_olson('Australia/Adelaide') + [
        'BEGIN:VEVENT', f'UID:pageup-iv-{hx(c + "uid", 20)}@pageuppeople.com', f'DTSTAMP:{zstamp(sent)}',
        f'DTSTART;TZID=Australia/Adelaide:{loc(start)}', f'DTEND;TZID=Australia/Adelaide:{loc(end)}',
        f'SUMMARY:{esc("Panel interview - " + role + " - SA Water")}',
        'LOCATION:' + esc('SA Water House, Victoria Square / Tarntanyangga, Adelaide SA 5000 (Level 1 reception)'),
        'DESCRIPTION:' + esc(f'Panel interview for {role} (Job no. 2026-0417). Questions: Natasha Koutsoukis, '
                             f'{natasha}, (08) 7010 4417.'),
        'ORGANIZER;CN=SA Water Talent Acquisition:mailto:no-reply@pageuppeople.com',
        f'ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{OWNER}',
        'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    put(c, '01-sawater-interview-invitation.eml', mail(
        client='ats', seed=c + '1', frm=('SA Water Careers', 'no-reply@pageuppeople.com'), to=[(OWNER_NAME, OWNER)],
        subject=f'Interview invitation - {role} (2026-0417)', sent=sent, text=text,
        msgid=f'<{zstamp(sent)}.{hx(c + "mid", 12)}@mailer.pageuppeople.com>',
        host=('smtp-out2.pageuppeople.com', '203.0.113.61'), return_path='bounces+2026-0417@pageuppeople.com',
        attachments=[('text/calendar; charset=utf-8; method=REQUEST', 'Interview.ics', cal)],
        extra=[('X-Mailer', 'PageUp People Mailer 6.2'), ('Auto-Submitted', 'auto-generated')]))
    label(c, [iv('SA Water', role, start, end, 'scheduled', [], [natasha], 'onsite')], 'medium',
          'positive/ats-pageup-ics-dst-end',
          'PageUp invitation sent 31 Mar while Adelaide is on ACDT (+10:30, Date header) for 9 Apr after DST ends '
          '(5 Apr) -> +09:30. Three-person panel named without addresses -> onsite, no interviewer e-mails; '
          'follow-up to the recruiter named in the text (no-reply sender and careers@ group excluded).')


def case02():
    c = 'b260-02-centrelink-phone-interview'
    sent = T(2026, 9, 7, 11, 42, ADL, 'Mon', '+0930')
    appt = T(2026, 9, 10, 10, 20, ADL, 'Thu', '+0930')
    ref = 'APT-' + digits(c, 8)
    text = f"""Hi Bronwyn,

Your appointment is confirmed.

Appointment type: Phone interview - JobSeeker Payment claim
Date: {dplain(appt)}
Time: 10:20am Adelaide time
Duration: up to 30 minutes
Reference: {ref}

We'll call you on your mobile number ending in 156. Our number may show as private or unknown.

During the interview we'll talk about your claim, your work history and your job search, and set up your mutual obligation requirements. Please have your Customer Reference Number (CRN) and details of your last employer ready, including your Employment Separation Certificate if you have one.

If you can't make this appointment, you need to reschedule before the appointment time. You can do this in your Centrelink online account through myGov.

If you miss this appointment without a valid reason, your payment may be delayed.

We've attached an appointment reminder you can add to your calendar.

Services Australia

This is an automated email. Please don't reply to this email.
"""
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//Services Australia//Appointments//EN', 'VERSION:2.0', 'METHOD:PUBLISH',
               'BEGIN:VEVENT', f'UID:{ref}@appointments.servicesaustralia.example', f'DTSTAMP:{zstamp(sent)}',
               f'DTSTART:{zstamp(appt)}', f'DTEND:{zstamp(appt + timedelta(minutes=30))}',
               'SUMMARY:Centrelink phone interview - JobSeeker Payment',
               'DESCRIPTION:' + esc(f'We will call you on your mobile. Reference {ref}. Have your CRN ready.'),
               'LOCATION:Phone appointment', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    put(c, '01-appointment-confirmed.eml', mail(
        client='ats', seed=c, frm=('Services Australia', 'noreply@servicesaustralia.example'), to=[(OWNER_NAME, OWNER)],
        subject='Appointment confirmed: phone interview - JobSeeker Payment', sent=sent, text=text,
        msgid=f'<{hx(c + "m", 20)}.{digits(c, 10)}@notify.servicesaustralia.example>',
        host=('notify.servicesaustralia.example', '198.51.100.44'),
        attachments=[('text/calendar; charset=utf-8', 'appointment.ics', cal)],
        font='Arial, Helvetica, sans-serif'))
    label(c, [], 'medium', 'negative/government-appointment',
          'Centrelink (Services Australia) JobSeeker claim "phone interview" with a time and .ics - a benefits '
          'appointment, not a job interview.')


def case03():
    c = 'b260-03-torrens-teams-utc0930-label-acdt'
    sent = T(2026, 9, 29, 16, 20, ADL, 'Tue', '+0930')
    start = T(2026, 10, 6, 14, 30, ADL, 'Tue', '+1030')
    end = start + timedelta(hours=1)
    siobhan = ('Siobhan Kearney', 'siobhan.kearney@torrenshydro.example')
    body = """Hi Bronwyn,

As discussed on the phone this arvo, here's the invite for our interview for the Senior Water Resources Engineer role. It'll just be me, for about an hour. I'd like to talk through your Murray-Darling modelling work and how you'd see yourself fitting into the Adelaide team.

Heads up that the clocks go forward on Sunday, so this is 2.30pm Adelaide daylight time.

Cheers,
Siobhan

Siobhan Kearney | Group Manager - Water Resources
Torrens Hydro Consulting
Level 4, 81 Flinders Street, Adelaide SA 5000
T (08) 5550 2281"""
    eml, _ = outlook_invite(
        seed=c, frm=siobhan, to=[(OWNER_NAME, OWNER)], subject='Torrens Hydro - Senior Water Resources Engineer - interview',
        sent=sent, start=start, end=end, tzid='Cen. Australia Standard Time', body=body,
        attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
        dial='+61 8 7010 5512,,{cid}# Australia, Adelaide')
    put(c, '01-interview-invite.eml', eml)
    label(c, [iv('Torrens Hydro Consulting', 'Senior Water Resources Engineer', start, end, 'scheduled',
                 [siobhan[1]], [siobhan[1]], 'hiring_manager')], 'hard', 'positive/teams-invite-dst-label',
          'Outlook/Teams invite sent in ACST for 6 Oct, two days after Adelaide goes to ACDT. The "When:" line '
          'keeps the static "(UTC+09:30) Adelaide" label; the VTIMEZONE and text give 2.30pm daylight time = +10:30. '
          'Organiser is the hiring manager and sole interviewer.')


def case04():
    c = 'b260-04-nullarbor-perth-teams-awst'
    sent1 = T(2026, 10, 8, 10, 5, PER, 'Thu', '+0800')
    sent2 = sent1 + timedelta(minutes=9)
    start = T(2026, 10, 14, 10, 0, PER, 'Wed', '+0800')
    end = start + timedelta(hours=1)
    assert start.astimezone(ADL).strftime('%H:%M') == '12:30'
    kirra = ('Kirra Walsh', 'kirra.walsh@nullarborgold.example')
    hamish = ('Hamish Doyle', 'hamish.doyle@nullarborgold.example')
    role = 'Senior Tailings Engineer'
    text = f"""Hi Bronwyn,

Thanks for chatting with me on Monday. Hamish would like to take things further, so the next step is a technical interview with Hamish Doyle (Principal Tailings Engineer) over Teams.

We've locked in Wednesday 14 October at 10am Perth time - that's 12.30pm for you in Adelaide now you're on daylight saving. Allow an hour. Hamish will want to go through a TSF you've worked on (GISTM compliance, beach management, water balance), so have one in mind you can talk to - no need to prepare slides.

I'll send the Teams invite through separately. I won't be on the call, but give me a shout if anything comes up beforehand.

Cheers,
Kirra

Kirra Walsh
Talent Acquisition Advisor | Nullarbor Gold Limited
Level 12, 140 St Georges Terrace, Perth WA 6000
M 0491 570 110
"""
    subj = f'{role} - technical interview'
    put(c, '01-kirra-next-step.eml', mail(client='outlook', seed=c + '1', frm=kirra, to=[(OWNER_NAME, OWNER)],
                                          subject=subj, sent=sent1, text=text))
    body = f"""Hi Bronwyn,

Teams invite for your technical interview with Hamish Doyle, Principal Tailings Engineer. I'm just the organiser and won't be joining.

10am Perth time / 12.30pm Adelaide time.

Good luck!
Kirra"""
    eml, _ = outlook_invite(seed=c + '2', frm=kirra, to=[(OWNER_NAME, OWNER), hamish],
                            subject=f'Nullarbor Gold - Technical Interview - {role} - {OWNER_NAME}', sent=sent2,
                            start=start, end=end, tzid='W. Australia Standard Time', body=body,
                            attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                       (hamish[0], hamish[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                            dial='+61 8 5550 0192,,{cid}# Australia, Perth', pod='ME3P282MB')
    put(c, '02-teams-invite.eml', eml)
    label(c, [iv('Nullarbor Gold', role, start, end, 'scheduled', [hamish[1]], [hamish[1]], 'technical')],
          'medium', 'positive/teams-windows-tzid-perth',
          'Recruiter e-mail + Teams invite (TZID "W. Australia Standard Time", no DST) = one interview at 10am AWST '
          '(12.30pm ACDT). Organiser says she will not attend -> only Hamish is the interviewer. The Monday chat is '
          'mentioned without a time and is not labelled.')


def case05():
    c = 'b260-05-footy-club-coach-interviews'
    sent = T(2026, 10, 11, 20, 14, ADL, 'Sun', '+1030')
    start = T(2026, 10, 15, 19, 0, ADL, 'Thu', '+1030')
    end = start + timedelta(hours=2, minutes=30)
    shane = ('Shane Kowalski', 'secretary@blackwoodhillsafc.example')
    desc = """G'day all,

Usual monthly committee meeting, but this month we'll also interview the two shortlisted applicants for senior coach for the 2027 season:
  7.30pm - Dale Hutchins (currently assistant coach at Coromandel Valley)
  8.15pm - Mick O'Brien
Interview panel: Bron (Treasurer), Tony (President) and me. I'll send the question sheet round Wednesday night. Please read both applications before Thursday - they're in the committee Drive folder.

Other agenda items: canteen roster for the Christmas twilight game, sponsorship renewals (Bron to report), oval lighting grant.

Cheers,
Shane
Secretary, Blackwood Hills Amateur Football Club"""
    eml, _ = google_invite(seed=c, org=shane,
                           guests=[(OWNER_NAME, OWNER), ('Tony Ruggiero', 'president@blackwoodhillsafc.example'),
                                   ('', 'committee@blackwoodhillsafc.example')],
                           summary='Committee meeting + senior coach interviews', sent=sent, start=start, end=end,
                           description=desc, location='Blackwood Hills AFC clubrooms, Main Oval', meet=False)
    put(c, '01-committee-meeting-invite.eml', eml)
    label(c, [], 'hard', 'negative/user-is-interviewer-club',
          'Google invite for a footy club committee meeting where the owner sits on the panel interviewing senior '
          'coach applicants - the user interviews others, and it is a volunteer club matter.')


def case06():
    c = 'b260-06-topend-darwin-phone-screen-thread'
    s1 = T(2026, 10, 19, 9, 12, DRW, 'Mon', '+0930')
    s_owner = T(2026, 10, 19, 10, 31, ADL, 'Mon', '+1030')
    s3 = T(2026, 10, 19, 11, 5, DRW, 'Mon', '+0930')
    start = T(2026, 10, 22, 14, 30, DRW, 'Thu', '+0930')
    end = start + timedelta(minutes=30)
    assert start.astimezone(ADL).strftime('%H:%M') == '15:30'
    jac = ('Jacinta Murphy', 'jacinta.murphy@topendwater.example')
    role = 'Process Engineer - Water Treatment'
    subj = f'{role} - phone chat'
    t1 = f"""Hi Bronwyn,

Thanks for applying for the {role} role with Top End Water Services. I've had a read of your CV and would love to set up an initial phone chat to talk about the role, the move to Darwin and what you're looking for.

Would Thurs arvo suit? I could do 2.30pm Darwin time, which I think is 3.30pm for you in Adelaide now you've gone onto daylight saving. It should take about 30 minutes.

Kind regards,
Jacinta

Jacinta Murphy
Senior Recruiter | Top End Water Services
Darwin NT 0800
P (08) 5550 7730
"""
    m1 = outlook_msgid(c + '1')
    put(c, '01-jacinta-phone-chat.eml', mail(client='outlook', seed=c + '1', frm=jac, to=[(OWNER_NAME, OWNER)],
                                             subject=subj, sent=s1, text=t1, msgid=m1))
    owner_txt = f"""Hi Jacinta,

Thanks for getting in touch. Thurs 2.30pm Darwin time (3.30pm Adelaide) works well for me. Best number is my mobile, {OWNER_MOBILE}.

Looking forward to it.

Cheers,
Bronwyn"""
    m2 = apple_msgid(c + '2')
    t3 = f"""Hi Bronwyn,

Great - you're locked in for Thursday, 2.30-3pm Darwin time. I'll call you on {OWNER_MOBILE}.

Chat then!
Jacinta

Jacinta Murphy
Senior Recruiter | Top End Water Services
P (08) 5550 7730

{outlook_quote(addr(OWNER_NAME, OWNER), s_owner.astimezone(DRW), addr(*jac), 'Re: ' + subj, owner_txt)}

{outlook_quote(addr(*jac), s1, addr(OWNER_NAME, OWNER), subj, t1)}
"""
    put(c, '02-jacinta-locked-in.eml', mail(client='outlook', seed=c + '3', frm=jac, to=[(OWNER_NAME, OWNER)],
                                            subject='RE: ' + subj, sent=s3, text=t3, in_reply_to=m2, refs=[m1, m2]))
    label(c, [iv('Top End Water Services', role, start, end, 'scheduled', [jac[1]], [jac[1]], 'phone_screen')],
          'medium', 'positive/thread-relative-darwin',
          '"Thurs arvo ... 2.30pm Darwin time" proposed Monday 19 Oct (Date header is Sunday in UTC), confirmed by '
          'the owner (quoted) and locked in -> Thu 22 Oct 14:30 ACST (+09:30, Darwin has no DST; 3.30pm ACDT in '
          'Adelaide). Recruiter conducts the screen.')


def case07():
    c = 'b260-07-ironbark-catastrophic-fire-day-reschedule'
    s1 = T(2026, 11, 12, 9, 40, ADL, 'Thu', '+1030')
    s2 = s1 + timedelta(minutes=47)
    s3 = T(2026, 11, 23, 12, 48, ADL, 'Mon', '+1030')
    s4 = s3 + timedelta(minutes=6)
    old = T(2026, 11, 24, 10, 0, ADL, 'Tue', '+1030')
    start = T(2026, 11, 27, 10, 0, ADL, 'Fri', '+1030')
    dur = timedelta(hours=1, minutes=30)
    end = start + dur
    leah = ('Leah Papadopoulos', 'leah.papadopoulos@ironbarkcopper.example')
    grant = ('Grant Hoskin', 'grant.hoskin@ironbarkcopper.example')
    anjali = ('Anjali Menon', 'anjali.menon@ironbarkcopper.example')
    role = 'Senior Process Engineer - Hydrometallurgy'
    wd = f"""Hi Bronwyn,

Your interview for {role} (R-10482) has been scheduled.

Interview Details
Job Requisition: R-10482 {role}
Date: {old:%d/%m/%Y}
Start Time: 10:00 AM ACDT
End Time: 11:30 AM ACDT
Interview Type: Face to Face
Location: Mt Torrens Project Office, Onkaparinga Valley Road, Adelaide Hills SA
Interviewers: Grant Hoskin (Site Manager); Anjali Menon (Principal Metallurgist)

Your recruiter, Leah Papadopoulos, will send a calendar invitation with directions and site entry requirements.

To view your application, sign in to the Ironbark Copper careers site:
https://ironbarkcopper.wd3.myworkdayjobs.com/en-AU/Ironbark_Careers/userHome

This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.
"""
    put(c, '01-workday-interview-scheduled.eml', mail(
        client='ats', seed=c + '1', frm=('Ironbark Copper', 'ironbarkcopper@myworkday.com'), to=[(OWNER_NAME, OWNER)],
        subject=f'Interview Scheduled: {role} (R-10482)', sent=s1, text=wd,
        msgid=f'<{digits(c + "wd", 9)}.{digits(c + "wd2", 5)}.{digits(c + "wd3", 13)}.JavaMail.prod@wd3-impl-mail.myworkday.com>',
        host=('wd3-mailer02.myworkday.com', '198.51.100.83'), return_path='bounce-r10482@myworkday.com',
        font='Arial, Helvetica, sans-serif', extra=[('Auto-Submitted', 'auto-generated')]))
    att = [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
           (grant[0], grant[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
           (anjali[0], anjali[1], 'REQ-PARTICIPANT', 'ACCEPTED')]
    loc_txt = 'Ironbark Copper - Mt Torrens Project Office (Onkaparinga Valley Rd)'
    subj = f'Interview - {role} - {OWNER_NAME}'
    body1 = """Hi Bronwyn,

Confirming your face-to-face interview at our Mt Torrens project office with Grant Hoskin (Site Manager) and Dr Anjali Menon (Principal Metallurgist).

It's about 50 minutes from the CBD - directions are on the careers portal. Park out the front of the office; enclosed shoes please (no PPE needed for the office itself). Mobile reception in the Hills is patchy, so if you get lost call the office landline on (08) 5550 3360.

Leah

Leah Papadopoulos
Senior Talent Partner | Ironbark Copper"""
    inv1, uid = outlook_invite(seed=c + '2', frm=leah, to=[(OWNER_NAME, OWNER), grant, anjali], subject=subj,
                               sent=s2, start=old, end=old + dur, tzid='Cen. Australia Standard Time', body=body1,
                               attendees=att, location=loc_txt, teams=False)
    put(c, '02-outlook-invite.eml', inv1)
    t3 = f"""Hi Bronwyn,

Sorry for the late notice. The CFS has declared a Catastrophic fire danger rating and a Total Fire Ban for the Mount Lofty Ranges district tomorrow (Tuesday 24 November). We're closing the Mt Torrens site and asking all staff to stay out of the Hills. It's forecast to hit 43 with strong northerlies, so it's not worth anyone being on the road up there.

Grant and Anjali can do Friday 27 November instead, same time (10-11.30am) and same place. I'll send the updated invite now - please accept it if Friday works. If it doesn't, let me know and we'll find something next week.

Stay safe and keep cool,
Leah

Leah Papadopoulos
Senior Talent Partner | Ironbark Copper
M 0491 570 157
"""
    put(c, '03-leah-fire-danger-move.eml', mail(client='outlook', seed=c + '3', frm=leah, to=[(OWNER_NAME, OWNER)],
                                               cc=[grant, anjali],
                                               subject="Tomorrow's interview - Catastrophic fire danger, moving to Friday",
                                               sent=s3, text=t3, extra=[('Importance', 'high'), ('X-Priority', '1')]))
    body2 = """Hi Bronwyn,

Updated to Friday 27 November because of tomorrow's Catastrophic fire danger day. Same time, same place, same panel.

Leah"""
    inv2, _ = outlook_invite(seed=c + '4', frm=leah, to=[(OWNER_NAME, OWNER), grant, anjali], subject=subj,
                             sent=s4, start=start, end=end, tzid='Cen. Australia Standard Time', body=body2,
                             attendees=att, location=loc_txt, teams=False, seq=1, uid=uid)
    put(c, '04-outlook-invite-updated.eml', inv2)
    label(c, [iv('Ironbark Copper', role, start, end, 'scheduled', [grant[1], anjali[1]], [grant[1], anjali[1]],
                 'onsite')], 'medium', 'positive/reschedule-fire-danger',
          'Workday notice + Outlook invite for Tue 24 Nov; Catastrophic fire danger day closes the Hills site; moved '
          'by e-mail and SEQUENCE:1 update (same UID) to Fri 27 Nov 10:00-11:30 ACDT. Two-person face-to-face panel '
          '-> onsite. Recruiter only coordinates.')


def case08():
    c = 'b260-08-abc-radio-interview'
    s1 = T(2026, 11, 16, 13, 40, ADL, 'Mon', '+1030')
    s_owner = T(2026, 11, 16, 14, 5, ADL, 'Mon')
    s3 = T(2026, 11, 16, 14, 22, ADL, 'Mon')
    air = T(2026, 11, 17, 8, 40, ADL, 'Tue', '+1030')
    maddie = ('Madeleine Clarke', 'madeleine.clarke@abc-adelaide.example')
    subj = 'ABC Radio Adelaide Mornings - interview request (desal)'
    t1 = f"""Hi Bronwyn,

I'm a producer on Mornings with Rosie Tran on ABC Radio Adelaide. We're doing a segment tomorrow on whether SA should fast-track a second desalination plant as River Murray flows drop, and your LinkedIn post about the Adelaide desal expansion came up in our research.

Would you be available for a live interview tomorrow (Tuesday) at 8.40am? It'd be about 6-8 minutes with Rosie. We'd call your mobile a few minutes before and put you to air from there. We can introduce you as a water treatment engineer speaking in a personal capacity if that's easier.

Let me know if that works and the best number to reach you on.

Thanks,
Maddie

Madeleine Clarke
Producer, Mornings | ABC Radio Adelaide
"""
    m1 = outlook_msgid(c + '1', 'ME3P282MB')
    put(c, '01-producer-request.eml', mail(client='outlook', seed=c + '1', frm=maddie, to=[(OWNER_NAME, OWNER)],
                                           subject=subj, sent=s1, text=t1, msgid=m1))
    owner_txt = f"""Hi Maddie,

Happy to help - 8.40 tomorrow is fine. My mobile is {OWNER_MOBILE}. I'll keep it to the engineering side rather than politics!

Bronwyn"""
    m2 = apple_msgid(c + '2')
    t3 = f"""Brilliant, thanks Bronwyn - you're locked in for 8.40am tomorrow. The studio will call you from a private number at about 8.35. Rosie will ask about energy use, brine disposal in the Gulf and how long a new plant would take to build.

Maddie

{outlook_quote(addr(OWNER_NAME, OWNER), s_owner, addr(*maddie), 'Re: ' + subj, owner_txt)}

{outlook_quote(addr(*maddie), s1, addr(OWNER_NAME, OWNER), subj, t1)}
"""
    put(c, '02-producer-locked-in.eml', mail(client='outlook', seed=c + '3', frm=maddie, to=[(OWNER_NAME, OWNER)],
                                             subject='RE: ' + subj, sent=s3, text=t3, in_reply_to=m2, refs=[m1, m2]))
    assert air.strftime('%H:%M') == '08:40'
    label(c, [], 'medium', 'negative/press-interview',
          'Live ABC radio interview booked for "tomorrow at 8.40am" - a media interview, not a hiring conversation.')


def case09():
    c = 'b260-09-fitzroy-google-invite-cancelled'
    s1 = T(2026, 10, 28, 14, 12, MEL, 'Wed', '+1100')
    s2 = T(2026, 11, 3, 9, 5, MEL, 'Tue', '+1100')
    start = T(2026, 11, 5, 11, 0, MEL, 'Thu', '+1100')
    end = start + timedelta(hours=1)
    assert start.astimezone(ADL).strftime('%H:%M') == '10:30'
    marcus = ('Marcus Aldridge', 'marcus.aldridge@fitzroyhydraulics.example')
    role = 'Senior Hydraulic Engineer (Water Infrastructure)'
    summary = f'Fitzroy Hydraulics - interview - {OWNER_NAME}'
    desc = f"""Hi Bronwyn,

Video interview for the {role} role, with me. 11am Melbourne time is 10.30am in Adelaide. We'll go through your pump station and pipeline experience and talk about the Goulburn Valley package.

Marcus Aldridge
Associate Director - Water | Fitzroy Hydraulics"""
    inv, uid = google_invite(seed=c + '1', org=marcus, guests=[(OWNER_NAME, OWNER)], summary=summary, sent=s1,
                             start=start, end=end, description=desc)
    put(c, '01-google-invitation.eml', inv)
    note = """Hi Bronwyn, I'm really sorry - our client has deferred the Goulburn Valley pipeline package, so we've put the Senior Hydraulic Engineer role on hold and I need to cancel Thursday's interview. I'll be in touch if it reopens in the new year. Marcus"""
    can, _ = google_invite(seed=c + '2', org=marcus, guests=[(OWNER_NAME, OWNER)], summary=summary, sent=s2,
                           start=start, end=end, description=desc, method='CANCEL', seq=1, note=note, uid=uid,
                           created=s1)
    put(c, '02-google-cancelled.eml', can)
    label(c, [iv('Fitzroy Hydraulics', role, start, end, 'cancelled', [marcus[1]], [marcus[1]], 'hiring_manager')],
          'easy', 'positive/cancellation-google',
          'Google invite (UTC DTSTART) for Thu 5 Nov 11am AEDT, then METHOD:CANCEL because the role is on hold -> '
          'kept as cancelled at its last time.')


def case10():
    c = 'b260-10-hunter-screen-then-technical'
    s1 = T(2026, 9, 24, 15, 20, SYD, 'Thu', '+1000')
    s2 = T(2026, 9, 30, 11, 15, SYD, 'Wed', '+1000')
    s3 = s2 + timedelta(minutes=12)
    a_start = T(2026, 9, 29, 10, 0, SYD, 'Tue', '+1000')
    a_end = a_start + timedelta(minutes=30)
    b_start = T(2026, 10, 13, 14, 0, SYD, 'Tue', '+1100')
    b_end = b_start + timedelta(hours=1)
    assert b_start.astimezone(ADL).strftime('%H:%M') == '13:30'
    olivia = ('Olivia Tran', 'olivia.tran@hunterrc.example')
    rhys = ('Rhys Callaghan', 'rhys.callaghan@hunterrc.example')
    role = 'Senior Mine Water Engineer'
    t1 = f"""Hi Bronwyn,

Thanks for booking a time. Your phone interview is confirmed.

{role}
Hunter Resource Consulting

When: {dlong(a_start)}, 10:00 - 10:30 AM (GMT+10:00) Australia/Sydney
Where: Phone call - Olivia will call you on {OWNER_MOBILE}
With: Olivia Tran, Talent Acquisition Lead

Need to reschedule? Reply to this email and Olivia will find a new time with you.

A calendar invitation is attached.

Good luck!
Hunter Resource Consulting Talent Team

Powered by SmartRecruiters | Privacy Policy https://www.smartrecruiters.com/privacy-policy/
"""
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//SmartRecruiters//Interview Scheduler//EN', 'VERSION:2.0',
               'METHOD:REQUEST', 'BEGIN:VEVENT', f'UID:{uuid(c + "sr")}@smartrecruiters.com',
               f'DTSTAMP:{zstamp(s1)}', f'DTSTART:{zstamp(a_start)}', f'DTEND:{zstamp(a_end)}',
               f'SUMMARY:Phone interview: {role} - Hunter Resource Consulting',
               'DESCRIPTION:' + esc(f'Olivia Tran will call you on {OWNER_MOBILE}.'),
               'LOCATION:Phone call', f'ORGANIZER;CN={olivia[0]}:mailto:{olivia[1]}',
               f'ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}',
               f'ATTENDEE;CN={olivia[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{olivia[1]}',
               'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    put(c, '01-smartrecruiters-phone-interview.eml', mail(
        client='ats', seed=c + '1', frm=('Hunter Resource Consulting', 'no-reply@smartrecruiters.com'),
        reply_to=olivia, to=[(OWNER_NAME, OWNER)], subject=f'Interview confirmed: {role}', sent=s1, text=t1,
        msgid=f'<{uuid(c + "srm")}@smartrecruiters.com>', host=('o1.email.smartrecruiters.com', '198.51.100.112'),
        return_path='bounces+' + digits(c, 8) + '@email.smartrecruiters.com',
        attachments=[('text/calendar; charset=utf-8; method=REQUEST', 'invite.ics', cal)],
        font='Helvetica, Arial, sans-serif'))
    t2 = f"""Hi Bronwyn,

Great to chat yesterday - thanks for walking me through your pit dewatering work.

I've spoken with Rhys Callaghan, our Principal Hydrogeologist, and he'd like to meet you for the technical interview. He's free Tuesday 13 October at 2pm Sydney time, which is 1.30pm in Adelaide (both states will have switched to daylight saving by then). It'll run for an hour on Teams and includes a short case study on pit dewatering and site water balance - Rhys will share the brief on screen, so no prep needed.

I'll send the Teams invite through shortly.

Kind regards,
Olivia

Olivia Tran
Talent Acquisition Lead | Hunter Resource Consulting
Level 7, 55 Clarence Street, Sydney NSW 2000
"""
    put(c, '02-olivia-next-step.eml', mail(client='outlook', seed=c + '2', frm=olivia, to=[(OWNER_NAME, OWNER)],
                                           subject=f'{role} - technical interview', sent=s2, text=t2))
    body = """Hi Bronwyn,

Technical interview with Rhys Callaghan (Principal Hydrogeologist). I'm organising only and won't be on the call.

Olivia"""
    inv, _ = outlook_invite(seed=c + '3', frm=olivia, to=[(OWNER_NAME, OWNER), rhys],
                            subject=f'Technical interview - {role} - {OWNER_NAME}', sent=s3, start=b_start, end=b_end,
                            tzid='AUS Eastern Standard Time', body=body,
                            attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                       (rhys[0], rhys[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION')])
    put(c, '03-teams-invite-technical.eml', inv)
    label(c, [iv('Hunter Resource Consulting', role, a_start, a_end, 'scheduled', [olivia[1]], [olivia[1]],
                 'phone_screen'),
              iv('Hunter Resource Consulting', role, b_start, b_end, 'scheduled', [rhys[1]], [rhys[1]], 'technical')],
          'hard', 'positive/two-interviews-across-dst',
          'Two interviews with one Sydney firm: SmartRecruiters phone screen Tue 29 Sep 10:00 AEST (+10:00, recruiter '
          'is the interviewer, reply-to) and a Teams technical Tue 13 Oct 14:00 AEDT (+11:00) after the 4 Oct switch. '
          'The technical invite is also announced by e-mail (one interview).')


def case11():
    c = 'b260-11-fair-work-mediation'
    sent = T(2026, 8, 21, 15, 30, ADL, 'Fri', '+0930')
    start = T(2026, 9, 2, 10, 0, ADL, 'Wed', '+0930')
    end = start + timedelta(hours=2)
    med = ('Caroline Mayes', 'caroline.mayes@fwo.example')
    ref = 'MED-2026-04417'
    body = f"""Dear Ms Tregenza and Ardent Drilling Services representatives,

This invitation confirms the mediation arranged by the Fair Work Ombudsman about the workplace dispute lodged by Ms Tregenza regarding unpaid overtime and annual leave loading (reference {ref}).

Format: Microsoft Teams (audio only is fine)
Duration: up to 2 hours

Before the joint session I will hold a short private pre-mediation interview with each party (about 15 minutes each). Please have your payslips, timesheets, rosters and any relevant correspondence on hand. The employer should have a representative with authority to settle present.

Mediation is voluntary and confidential. It is not a hearing and I will not decide who is right.

Regards,
Caroline Mayes
Mediator | Fair Work Ombudsman"""
    inv, _ = outlook_invite(seed=c, frm=med, to=[(OWNER_NAME, OWNER), ('Ardent Drilling Services - HR', 'hr@ardentdrilling.example')],
                            subject=f'FWO Mediation - Tregenza / Ardent Drilling Services Pty Ltd - {ref}', sent=sent,
                            start=start, end=end, tzid='Cen. Australia Standard Time', body=body,
                            attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                       ('Ardent Drilling Services - HR', 'hr@ardentdrilling.example', 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                            pod='SY5P282MB', dial='+61 2 5550 4418,,{cid}# Australia, Sydney')
    put(c, '01-mediation-invite.eml', inv)
    label(c, [], 'hard', 'negative/workplace-mediation',
          'Fair Work Ombudsman mediation with a former mining employer, Teams invite with "pre-mediation interview", '
          'employer/representative vocabulary - a workplace dispute, not a job interview.')


# =========================================================================== cases 12-22
def case12():
    c = 'b260-12-pindan-fly-in-site-visit-panel'
    sent = T(2026, 9, 9, 15, 10, PER, 'Wed', '+0800')
    day = T(2026, 9, 16, 0, 0, PER, 'Wed', '+0800')
    eve = T(2026, 9, 15, 18, 5, ADL, 'Tue', '+0930')
    start = T(2026, 9, 16, 13, 0, PER, 'Wed', '+0800')
    end = T(2026, 9, 16, 14, 30, PER, 'Wed', '+0800')
    tegan = ('Tegan Hollis', 'tegan.hollis@pindanridge.example')
    callum = ('Callum Reid', 'callum.reid@pindanridge.example')
    role = 'Senior Process Engineer - Water & Tailings'
    text = f"""Hi Bronwyn,

Great news - Callum would like you to come up to Mt Hale for the final stage for the {role} role. Your itinerary is below. All times are Perth time (AWST), which is an hour and a half behind Adelaide, except your Adelaide departure.

TUESDAY 15 SEPTEMBER
6.05pm (Adelaide time)   Flight Adelaide to Perth, booking ref ZK4TQP - arrives Perth 7.40pm
Overnight                Perth Airport hotel (booked and paid, conf. no. 88213)

WEDNESDAY 16 SEPTEMBER - SITE DAY
5.15am         Check in at the charter terminal, Perth Airport (bring photo ID - no ID, no flight)
5.50am         Charter PRM-04 departs Perth for the Mt Hale airstrip
8.05am         Arrive Mt Hale; site induction with our OHS advisor (about an hour)
9.15-11.45am   Site tour - processing plant, TSF 2 and the borefield - with Jayden from OHS. This part isn't assessed; it's so you can see what you'd be walking into
12.00pm        Lunch in the crib room
1.00-2.30pm    Panel interview, admin building training room
                 Callum Reid - Processing Manager (cc'd)
                 Sharnee Walker - Maintenance Superintendent
3.40pm         Charter departs Mt Hale, arriving Perth 5.50pm
7.50pm         Flight Perth to Adelaide, landing 11.55pm Adelaide time

What to bring: photo ID, steel-capped boots (we supply hi-vis, hard hat and glasses), long sleeves and long pants, and a water bottle - it's already into the 30s up there.

Please reply to confirm you're good to go, and let me know of any dietary requirements for lunch. I won't be on site on the day, but you can call me on 0491 570 737 if anything goes sideways with the flights.

Cheers,
Tegan

Tegan Hollis
Senior Recruitment Advisor | Pindan Ridge Minerals
Level 3, 16 Ord Street, West Perth WA 6005
"""
    assert eve.astimezone(PER).strftime('%H:%M') == '16:35'
    put(c, '01-site-visit-itinerary.eml', mail(client='outlook', seed=c + '1', frm=tegan, to=[(OWNER_NAME, OWNER)],
                                               cc=[callum, ('Pindan Travel', 'travel@pindanridge.example')],
                                               subject=f'Site visit & panel interview - Mt Hale - Wed 16 September - itinerary',
                                               sent=sent, text=text))
    desc = ('Mt Hale site visit for Bronwyn Tregenza (final stage, ' + role + '). Charter PRM-04 5.50am from Perth. '
            'Panel interview 1.00-2.30pm AWST with Callum Reid and Sharnee Walker. Full itinerary emailed by Tegan.')
    cal = exch_vevent(method='PUBLISH', tzid='W. Australia Standard Time', uid=exch_uid(c + '2'),
                      summary=f'Mt Hale site visit + panel interview - {OWNER_NAME}', start=day,
                      end=day + timedelta(days=1), organizer=tegan,
                      attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                 (callum[0], callum[1], 'REQ-PARTICIPANT', 'ACCEPTED')],
                      description=desc, location='Mt Hale Operations (fly-in)', seq=0, dtstamp=sent + timedelta(minutes=3),
                      allday=True, prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')
    put(c, '02-mt-hale-site-visit.ics', cal)
    label(c, [iv('Pindan Ridge Minerals', role, start, end, 'scheduled', [callum[1]], [callum[1]], 'onsite')],
          'hard', 'positive/fly-in-site-visit-panel',
          'Fly-in site day: flights, induction and an explicitly non-assessed site tour are logistics; the interview is '
          'the 1.00-2.30pm AWST panel (all-day .ics hold, times only in text). Panel = onsite; only Callum has an '
          'address (cc). Recruiter Tegan and the travel@ group are not interviewers.')


def case13():
    c = 'b260-13-graduate-panel-owner-interviewing'
    sent = T(2026, 11, 6, 12, 20, ADL, 'Fri', '+1030')
    orig = T(2026, 11, 6, 11, 2, ADL, 'Fri')
    start = T(2026, 11, 11, 9, 30, ADL, 'Wed', '+1030')
    end = start + timedelta(minutes=45)
    work = ('Bronwyn Tregenza', 'b.tregenza@murraylands-eng.example')
    sophie = ('Sophie Ng', 'sophie.ng@murraylands-eng.example')
    dan = ('Daniel Whitehorn', 'daniel.whitehorn@murraylands-eng.example')
    subj = 'Graduate interview - Liam Nguyen - 2027 Graduate Civil/Water Engineer'
    inner = """Hi Bronwyn and Dan,

Thanks again for being interviewers for this year's graduate intake. Your first candidate is below.

Candidate: Liam Nguyen - BE Civil & Environmental (Hons), University of Adelaide, graduating December 2026
When: Wednesday 11 November, 9.30-10.15am
Where: Meeting room 3 (Level 2). Liam will attend in person; Teams link is in the invite for Dan.

Bronwyn - could you lead the technical questions (Q4-Q6 on the interview guide)? Dan will cover the values questions. Please complete the scoring sheet in Workday by COB Thursday.

Liam's CV and transcript are in the Graduate Program 2027 folder.

Thanks,
Sophie

Sophie Ng
People & Culture Advisor - Early Careers
Murraylands Engineering"""
    body = ('popping this in the home calendar - panel Wed morning before my day off\n\n'
            + outlook_quote(addr(*sophie), orig, f'{addr(*work)}; {addr(*dan)}', subj, inner))
    inv, _ = outlook_invite(seed=c, frm=work, to=[(OWNER_NAME, OWNER)], subject='FW: ' + subj, sent=sent, start=start,
                            end=end, tzid='Cen. Australia Standard Time', body=body, organizer=sophie,
                            attendees=[(work[0], work[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                       (dan[0], dan[1], 'REQ-PARTICIPANT', 'ACCEPTED')],
                            location='Meeting room 3 (L2) / Microsoft Teams Meeting', uid=exch_uid(c + 'orig'),
                            dtstamp=orig, dial='+61 8 7010 5512,,{cid}# Australia, Adelaide')
    put(c, '01-fw-graduate-interview.eml', inv)
    label(c, [], 'hard', 'negative/user-is-interviewer',
          'Owner forwards a meeting from her current employer to her personal address: she is on the panel '
          'interviewing a graduate candidate - the user is the interviewer.')


def case14():
    c = 'b260-14-gawler-coffee-gcal-json'
    start = T(2026, 10, 20, 8, 0, ADL, 'Tue', '+1030')
    end = start + timedelta(minutes=45)
    created = T(2026, 10, 14, 13, 42, ADL, 'Wed')
    tom = ('Tom Whitford', 'tom.whitford@gawlergroundwater.example')
    role = 'Senior Hydrogeologist'
    desc = (f"Hi Bronwyn - following on from your phone chat with Meg last week, this is the next step for the {role} "
            "role: an informal coffee with me (I'd be your manager). We'll talk about our Northern Adelaide Plains and "
            "Eyre Peninsula borefield work. If it goes well, Meg will line up a final chat with our MD.\n\n"
            "Tom Whitford\nPrincipal Hydrogeologist | Gawler Groundwater\nM 0491 570 313")
    ev = gcal_event(seed=c, summary=f'Coffee - {OWNER_NAME} / Tom Whitford (Gawler Groundwater, {role})',
                    description=desc, location='Bean Counter Cafe, 62 Pirie St, Adelaide SA 5000', start=start,
                    end=end, tzname='Australia/Adelaide', organizer=tom,
                    attendees=[{'email': tom[1], 'displayName': tom[0], 'organizer': True, 'responseStatus': 'accepted'},
                               {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'}],
                    created=created, updated=created + timedelta(hours=2, minutes=7))
    put(c, '01-coffee-tom-whitford.gcal.json', ev)
    label(c, [iv('Gawler Groundwater', role, start, end, 'scheduled', [tom[1]], [tom[1]], 'hiring_manager')],
          'medium', 'positive/gcal-json-coffee-chat',
          'Calendar API event only: a coffee explicitly framed as the next step in the process with the would-be '
          'manager -> interview (hiring_manager), 8:00-8:45 ACDT.')


def case15():
    c = 'b260-15-pageup-select-interview-time'
    sent = T(2026, 11, 6, 14, 30, PER, 'Fri', '+0800')
    slots = [T(2026, 11, 16, 9, 0, PER, 'Mon'), T(2026, 11, 17, 9, 0, PER, 'Tue'), T(2026, 11, 19, 11, 0, PER, 'Thu')]
    deadline = T(2026, 11, 11, 17, 0, PER, 'Wed')
    role = 'Principal Mine Water Engineer'
    text = f"""Dear Bronwyn,

Thank you for your application for the {role} position (Job no. 7781) at Yilgarn Basin Resources. We would like to invite you to a video interview with the hiring panel.

Please select an interview time that suits you using the link below. Times are shown in Perth time (AWST).

Available times:
{dplain(slots[0])}: 9:00am, 10:30am, 1:00pm
{dplain(slots[1])}: 9:00am, 2:30pm
{dplain(slots[2])}: 11:00am

Select your interview time: https://yilgarnbasin.pageuppeople.com/v5.3/provider/interviewBooking/{hx(c, 24)}

Interview times are allocated on a first-come, first-served basis. Please make your selection by 5:00pm AWST on {dplain(deadline)}. Once you have booked, you will receive a confirmation email with a calendar invitation.

If none of these times suit, please contact Ben Ashworth, Talent Acquisition Advisor, at ben.ashworth@yilgarnbasin.example.

Kind regards,

Talent Acquisition Team
Yilgarn Basin Resources

Please do not reply to this email.
"""
    put(c, '01-select-interview-time.eml', mail(
        client='ats', seed=c, frm=('Yilgarn Basin Resources Careers', 'no-reply@pageuppeople.com'),
        to=[(OWNER_NAME, OWNER)], subject=f'Action required: book your interview - {role} (7781)', sent=sent,
        text=text, msgid=f'<{zstamp(sent)}.{hx(c + "mid", 12)}@mailer.pageuppeople.com>',
        host=('smtp-out1.pageuppeople.com', '203.0.113.60'), return_path='bounces+7781@pageuppeople.com',
        extra=[('X-Mailer', 'PageUp People Mailer 6.2'), ('Auto-Submitted', 'auto-generated')]))
    label(c, [], 'hard', 'negative/availability-request',
          'PageUp self-scheduling e-mail listing concrete AWST slots, but nothing is booked yet - unbooked '
          'scheduling link.')


def case16():
    c = 'b260-16-litchfield-standalone-ics-darwin'
    stamp = T(2026, 11, 3, 9, 14, DRW, 'Tue', '+0930')
    start = T(2026, 11, 10, 11, 0, DRW, 'Tue', '+0930')
    end = start + timedelta(hours=1)
    assert start.astimezone(ADL).strftime('%H:%M') == '12:00'
    bec = ('Bec Lawson', 'bec.lawson@litchfieldms.example')
    arjun = ('Arjun Pillai', 'arjun.pillai@litchfieldms.example')
    role = 'Mine Dewatering Engineer'
    block, url = teams_block(c, '+61 8 5550 0415,,{cid}# Australia, Darwin')
    desc = f"""Hi Bronwyn,

Here's the Teams link for your technical interview with Arjun Pillai (Senior Dewatering Engineer). 11am Darwin time = 12pm Adelaide (ACDT).

Arjun will walk you through a pit dewatering design scenario (bore field layout, pump selection, discharge licence constraints). I'll open the call, introduce you both, then drop off.

Bec Lawson
Recruitment Coordinator | Litchfield Mining Services

{block}"""
    cal = exch_vevent(method='REQUEST', tzid='AUS Central Standard Time', uid=exch_uid(c),
                      summary=f'Litchfield Mining Services | Technical Interview | {role} | {OWNER_NAME}',
                      start=start, end=end, organizer=bec,
                      attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                 (arjun[0], arjun[1], 'REQ-PARTICIPANT', 'ACCEPTED')],
                      description=desc, location='Microsoft Teams Meeting', seq=0, dtstamp=stamp, teams_url=url)
    put(c, '01-technical-interview.ics', cal)
    label(c, [iv('Litchfield Mining Services', role, start, end, 'scheduled', [arjun[1]], [arjun[1]], 'technical')],
          'medium', 'positive/standalone-ics-darwin',
          'Standalone Exchange .ics with TZID "AUS Central Standard Time" (Darwin, +09:30 all year). Coordinator '
          'opens the call then drops off -> interviewer is Arjun only.')


def case17():
    c = 'b260-17-vehicle-inspection-booking'
    sent = T(2026, 11, 14, 9, 22, ADL, 'Sat', '+1030')
    appt = T(2026, 11, 23, 8, 15, ADL, 'Mon', '+1030')
    ref = 'VIS-2611-' + digits(c, 5)
    text = f"""Booking confirmation

Hi Bronwyn Tregenza,

Your vehicle inspection is booked.

Booking reference: {ref}
Inspection type: Vehicle identity validation (VIV) - interstate registered vehicle
Vehicle: 2019 Toyota HiLux SR5 dual cab, WA registration 1DLT552
Date: {dplain(appt)}
Time: 8:15am (please arrive 10 minutes early)
Location: Regency Park Inspection Station, Regency Park SA 5010
Allow about 45 minutes.

Please bring:
- your driver's licence
- proof of ownership (for example, the bill of sale)
- the vehicle, with the engine bay and compliance plates accessible

The inspector will check the vehicle identification numbers and may ask you questions about the vehicle's history and any modifications (for example, bull bars or mine-spec fit-outs).

To change or cancel your booking, use the link in this email at least 24 hours before your appointment. A fee may apply if you miss your appointment.

A calendar file is attached.

Department for Infrastructure and Transport
This mailbox is not monitored.
"""
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//DIT SA//Inspection Bookings//EN', 'VERSION:2.0', 'METHOD:PUBLISH',
               'BEGIN:VEVENT', f'UID:{ref}@bookings.dit-sa.example', f'DTSTAMP:{zstamp(sent)}',
               f'DTSTART:{zstamp(appt)}', f'DTEND:{zstamp(appt + timedelta(minutes=45))}',
               'SUMMARY:Vehicle inspection (VIV) - Regency Park', 'LOCATION:Regency Park Inspection Station\\, Regency Park SA 5010',
               'DESCRIPTION:' + esc(f'Booking {ref}. Bring licence and proof of ownership.'),
               'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    put(c, '01-inspection-booking-confirmed.eml', mail(
        client='ats', seed=c, frm=('Transport SA Bookings', 'no-reply@bookings.dit-sa.example'), to=[(OWNER_NAME, OWNER)],
        subject=f'Booking confirmed: vehicle inspection - Regency Park - Mon 23 Nov 2026 8:15am', sent=sent,
        text=text, msgid=f'<{uuid(c + "m")}@bookings.dit-sa.example>', host=('bookings.dit-sa.example', '198.51.100.201'),
        attachments=[('text/calendar; charset=utf-8', 'booking.ics', cal)], font='Arial, sans-serif'))
    label(c, [], 'easy', 'negative/vehicle-booking',
          'Vehicle identity inspection booking with time, location and .ics - an appointment, not an interview.')


def case18():
    c = 'b260-18-southbank-email-teams-gcal-dedupe'
    s1 = T(2026, 11, 12, 15, 30, MEL, 'Thu', '+1100')
    s2 = s1 + timedelta(minutes=14)
    start = T(2026, 11, 19, 9, 30, MEL, 'Thu', '+1100')
    end = start + timedelta(hours=1)
    assert start.astimezone(ADL).strftime('%H:%M') == '09:00'
    georgia = ('Georgia Lim', 'georgia.lim@southbankia.example')
    nathan = ('Nathan Obi', 'nathan.obi@southbankia.example')
    hannah = ('Hannah Sorensen', 'hannah.sorensen@southbankia.example')
    role = 'Senior Water Engineer'
    t1 = f"""Hi Bronwyn,

Thanks for speaking with me last week. I'm pleased to let you know that Nathan and Hannah would like to meet you for a panel interview for the {role} role.

Thursday 19 November, 9.30-10.30am Melbourne time (that's 9-10am for you in Adelaide)
Microsoft Teams - invite to follow
Panel: Nathan Obi (Technical Director - Water) and Hannah Sorensen (Associate - Dams & Tailings)

The panel will cover your tailings water balance and mine closure experience, plus a few behavioural questions. There's no presentation.

Any questions, just let me know.

Kind regards,
Georgia Lim
Talent Acquisition Partner | Southbank Infrastructure Advisory
Level 9, 35 Collins Street, Melbourne VIC 3000
"""
    put(c, '01-georgia-panel-details.eml', mail(client='outlook', seed=c + '1', frm=georgia, to=[(OWNER_NAME, OWNER)],
                                                subject=f'{role} - panel interview', sent=s1, text=t1))
    subj = f'Southbank IA - Panel interview - {role} - {OWNER_NAME}'
    body = """Panel interview with Nathan Obi and Hannah Sorensen. Georgia (organiser) will not attend.

9.30am Melbourne / 9.00am Adelaide."""
    inv, uid = outlook_invite(seed=c + '2', frm=georgia, to=[(OWNER_NAME, OWNER), nathan, hannah], subject=subj,
                              sent=s2, start=start, end=end, tzid='AUS Eastern Standard Time', body=body,
                              attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                         (nathan[0], nathan[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                         (hannah[0], hannah[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                              pod='ME3P282MB', dial='+61 3 5550 2207,,{cid}# Australia, Melbourne')
    put(c, '02-teams-invite.eml', inv)
    ev = gcal_event(seed=c + '3', summary=subj, description=body, location='Microsoft Teams Meeting',
                    start=start.astimezone(ADL), end=end.astimezone(ADL), tzname='Australia/Sydney', organizer=georgia,
                    attendees=[{'email': nathan[1], 'displayName': nathan[0], 'responseStatus': 'needsAction'},
                               {'email': hannah[1], 'displayName': hannah[0], 'responseStatus': 'accepted'},
                               {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'}],
                    created=s2 + timedelta(minutes=2), updated=s2 + timedelta(minutes=31), ical_uid=uid)
    put(c, '03-calendar-event.gcal.json', ev)
    label(c, [iv('Southbank Infrastructure Advisory', role, start, end, 'scheduled', [nathan[1], hannah[1]],
                 [nathan[1], hannah[1]], 'onsite')], 'medium', 'positive/dedupe-three-channels',
          'Same panel announced by recruiter e-mail, Teams invite (AUS Eastern Standard Time 9:30 AEDT) and the '
          "owner's Calendar API copy (dateTime rendered in Adelaide, 09:00+10:30, same iCalUID) -> one interview. "
          'Two-person panel -> onsite; organiser not attending.')


def case19():
    c = 'b260-19-hirevue-one-way-video'
    sent = T(2026, 11, 17, 10, 0, DRW, 'Tue', '+0930')
    due = T(2026, 11, 23, 23, 59, DRW, 'Mon', '+0930')
    role = 'Senior Environmental Engineer - Water'
    text = f"""Hi Bronwyn,

Thank you for your interest in the {role} position at Arnhem Minerals.

As the next step in our selection process, we'd like to invite you to complete an on-demand video interview. You'll be asked 5 questions and will record your answers on your computer or phone. There is no live interviewer - your recorded responses will be reviewed by the hiring team.

Please complete your interview by {dplain(due)}, 11:59 PM (Darwin time, ACST).

The interview takes about 25 minutes. You'll have 30 seconds to read each question and up to 3 minutes to record each answer. You can practise as many times as you like before you start.

Start Interview: https://app.hirevue.com/interviews/{alnum(c, 22)}

Tips for success:
- Find a quiet, well-lit space
- Check your camera, microphone and internet connection
- Use Chrome, Edge or the HireVue app

Need help? Visit HireVue Candidate Support at https://www.hirevue.com/candidates. Please do not reply to this email.

Good luck!
Arnhem Minerals Talent Acquisition
"""
    put(c, '01-hirevue-video-interview.eml', mail(
        client='ats', seed=c, frm=('Arnhem Minerals via HireVue', 'noreply@hirevue.com'), to=[(OWNER_NAME, OWNER)],
        subject='Arnhem Minerals has invited you to a video interview', sent=sent, text=text,
        msgid=f'<{hx(c + "m", 24)}@mail.hirevue.com>', host=('o2.mail.hirevue.com', '198.51.100.150'),
        font='Helvetica, Arial, sans-serif'))
    label(c, [], 'medium', 'negative/one-way-video',
          'HireVue on-demand (one-way, recorded) video interview with a Darwin-time deadline - no live conversation.')


def case20():
    c = 'b260-20-hindmarsh-agency-forward-tues'
    s_g = T(2026, 12, 3, 10, 16, ADL, 'Thu', '+1030')
    s1 = T(2026, 12, 3, 11, 48, ADL, 'Thu', '+1030')
    s_owner = T(2026, 12, 3, 12, 10, ADL, 'Thu')
    s3 = T(2026, 12, 3, 13, 2, ADL, 'Thu')
    start = T(2026, 12, 8, 14, 30, ADL, 'Tue', '+1030')
    end = start + timedelta(hours=1)
    brooke = ('Brooke Antonelli', 'brooke.antonelli@hindmarshtalent.example')
    gavin = ('Gavin Leckie', 'gavin.leckie@bowdenpe.example')
    role = 'Senior Process Engineer'
    subj = f'Bronwyn Tregenza - {role}'
    gavin_txt = f"""Hi Brooke,

Thanks for sending Bronwyn through - her desal and tailings water experience is exactly what we're after. I'd like to meet her in person for an interview. Could she come in Tuesday at 2.30pm? I've blocked out an hour. We're at 27 Holland Street, Mile End - she can ask for me at reception.

Regards,
Gavin

Gavin Leckie
Engineering Manager - Water & Process
Bowden Process Engineering
T (08) 5550 6120"""
    sig = """Brooke Antonelli
Senior Consultant - Engineering & Resources
Hindmarsh Talent | Level 2, 19 Gilbert Place, Adelaide SA 5000
M 0491 570 158"""
    t1 = f"""Hi Bronwyn,

Good news - see below from Gavin at Bowden Process Engineering. They'd like to meet you Tues 2.30pm at their Mile End office. Can you let me know if that works and I'll confirm with him?

There's 2-hour street parking on Holland St.

Cheers,
Brooke

--
{sig}

---------- Forwarded message ---------
From: {addr(*gavin)}
Date: Thu, 3 Dec 2026 at 10:16
Subject: RE: {subj}
To: {addr(*brooke)}


{gavin_txt}
"""
    m1 = gmail_msgid(c + '1')
    put(c, '01-brooke-fwd-client-reply.eml', mail(client='gmail', seed=c + '1', frm=brooke, to=[(OWNER_NAME, OWNER)],
                                                  subject='Fwd: RE: ' + subj, sent=s1, text=t1, msgid=m1))
    owner_txt = """Hi Brooke,

That's great news, thanks! Tuesday 2.30 works for me - please confirm with Gavin.

Bronwyn"""
    m2 = apple_msgid(c + '2')
    t3 = f"""Confirmed with Gavin for Tuesday 2.30pm - he'll meet you at reception. Good luck, and give me a ring afterwards for a debrief!

Brooke

--
{sig}

On Thu, 3 Dec 2026 at 12:10, {OWNER_NAME} <{OWNER}> wrote:

{quote(owner_txt)}
"""
    put(c, '02-brooke-confirmed.eml', mail(client='gmail', seed=c + '3', frm=brooke, to=[(OWNER_NAME, OWNER)],
                                           subject='Re: Fwd: RE: ' + subj, sent=s3, text=t3, in_reply_to=m2,
                                           refs=[m1, m2]))
    assert s_g < s1 < s_owner < s3
    label(c, [iv('Bowden Process Engineering', role, start, end, 'scheduled', [gavin[1]], [gavin[1]],
                 'hiring_manager')], 'hard', 'positive/agency-forward-relative-day',
          'Agency recruiter (Gmail) forwards the client hiring manager\'s reply: "Tuesday at 2.30pm", "blocked out '
          'an hour", written Thu 3 Dec -> Tue 8 Dec 14:30 ACDT. Interviewer is the client manager whose address '
          'appears in the forwarded header; the agency consultant only brokers.')


def case21():
    c = 'b260-21-rejection-after-interview'
    sent = T(2026, 11, 27, 16, 45, MEL, 'Fri', '+1100')
    past = T(2026, 11, 17, 10, 0, MEL, 'Tue')
    samira = ('Samira Haddad', 'samira.haddad@docklandswater.example')
    role = 'Senior Water Treatment Engineer'
    text = f"""Dear Bronwyn,

Thank you for taking the time to interview with Jules and me on {dplain(past)} for the {role} role. We really enjoyed hearing about your filtration optimisation work.

After careful consideration, we have decided to progress with another candidate whose experience more closely matches the needs of the role at this time.

We'd like to keep your details on file for future opportunities, and may be in touch to arrange an interview should a suitable role come up.

Thank you again for your interest in Docklands Water Partners, and we wish you every success in your search.

Kind regards,
Samira Haddad
Talent Acquisition | Docklands Water Partners

Powered by SmartRecruiters
"""
    put(c, '01-application-update.eml', mail(
        client='ats', seed=c, frm=('Docklands Water Partners', 'no-reply@smartrecruiters.com'), reply_to=samira,
        to=[(OWNER_NAME, OWNER)], subject=f'Your application for {role} at Docklands Water Partners', sent=sent,
        text=text, msgid=f'<{uuid(c + "m")}@smartrecruiters.com>', host=('o1.email.smartrecruiters.com', '198.51.100.112'),
        return_path='bounces+' + digits(c, 8) + '@email.smartrecruiters.com', font='Helvetica, Arial, sans-serif'))
    label(c, [], 'medium', 'negative/rejection',
          'SmartRecruiters rejection that mentions a past interview date and a possible future interview - no '
          'interview to detect.')


def case22():
    c = 'b260-22-spencer-gulf-tomorrow-arvo'
    s1 = T(2026, 11, 30, 16, 5, ADL, 'Mon', '+1030')
    s_owner = T(2026, 11, 30, 19, 40, ADL, 'Mon', '+1030')
    s3 = T(2026, 12, 1, 7, 52, ADL, 'Tue', '+1030')
    start = T(2026, 12, 2, 15, 0, ADL, 'Wed', '+1030')
    end = start + timedelta(minutes=30)
    warwick = ('Warwick Teague', 'warwick.teague@sgdesal.example')
    role = 'Senior Desalination Process Engineer'
    subj = f'{role} - quick chat?'
    t1 = f"""Hi Bronwyn,

Thanks for applying for the {role} role at our Point Lowly plant. I'm the hiring manager. I'd like to have a phone chat with you this week to talk about the role and the DIDO roster before we go any further.

When are you free?

Cheers,
Warwick

Warwick Teague
Operations Manager | Spencer Gulf Desalination
Whyalla SA 5600
"""
    m1 = outlook_msgid(c + '1')
    put(c, '01-warwick-quick-chat.eml', mail(client='outlook', seed=c + '1', frm=warwick, to=[(OWNER_NAME, OWNER)],
                                             subject=subj, sent=s1, text=t1, msgid=m1))
    owner_txt = f"""Hi Warwick,

Thanks for getting in touch. I'm pretty flexible this week - any time Wed or Thurs arvo would be great.

Cheers,
Bronwyn

{SIG_B}"""
    m2 = apple_msgid(c + '2')
    t3 = f"""Hi Bronwyn, let's do tomorrow arvo at 3, for half an hour. I'll ring your mobile.

Warwick

Sent from my iPhone

> On 30 Nov 2026, at 7:40 pm, {OWNER_NAME} <{OWNER}> wrote:
>
{quote(owner_txt)}
"""
    put(c, '02-warwick-tomorrow-arvo.eml', mail(client='iphone', seed=c + '3', frm=warwick, to=[(OWNER_NAME, OWNER)],
                                                subject='Re: ' + subj, sent=s3, text=t3, in_reply_to=m2,
                                                refs=[m1, m2]))
    assert s_owner.hour == 19
    label(c, [iv('Spencer Gulf Desalination', role, start, end, 'scheduled', [warwick[1]], [warwick[1]],
                 'hiring_manager')], 'medium', 'positive/relative-date-iphone',
          '"tomorrow arvo at 3, for half an hour" in an iPhone reply dated Tue 1 Dec 07:52 +1030 -> Wed 2 Dec 15:00 '
          'ACDT. Hiring manager does the phone chat.')


# =========================================================================== main
def main():
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        fn()
    assert sorted(CASES) == sorted(LABELS), set(CASES) ^ set(LABELS)
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    for case, files in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fname, content in files.items():
            with open(os.path.join(HERE, case, fname), 'w', encoding='utf-8', newline='') as f:
                f.write(content)
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='') as f:
        f.write('# Labels for blind260 (written blind). Schema: /work/shared/eval/README.md\n')
        f.write(yaml.safe_dump({k: LABELS[k] for k in sorted(LABELS)}, sort_keys=False, allow_unicode=True,
                               width=110, default_flow_style=False))
    pos = sum(1 for v in LABELS.values() if v['interview'])
    ivs = [i for v in LABELS.values() for i in v['interviews']]
    print(f'{len(LABELS)} cases, {pos} positive, {len(LABELS) - pos} negative, {len(ivs)} interviews '
          f'({sum(i["status"] == "scheduled" for i in ivs)} scheduled, {sum(i["status"] == "cancelled" for i in ivs)} cancelled)')


if __name__ == '__main__':
    main()
