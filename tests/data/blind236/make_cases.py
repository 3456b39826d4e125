#!/usr/bin/env python3
"""Regenerate the blind236 evaluation set (case folders + labels.yaml) next to this file.

Theme: a Bangkok-based automotive quality engineer applying to Japanese/Thai car-parts makers on the
Eastern Seaboard, a German supplier and a Singapore regional office (Thai + English mail, Buddhist-Era
dates, Outlook invites with Windows TZIDs, Google invites, Calendar API events).

Standard library + PyYAML only. Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries, so
every run writes the same bytes.   Usage:  python make_cases.py
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
PREFIX = 'b236-'

OWNER = 'kittiya.wongsakul@example.com'
OWNER_NAME = 'Kittiya Wongsakul'
OWNER_TH = 'กิตติยา วงศ์สกุล'

UTC = timezone.utc
BKK = ZoneInfo('Asia/Bangkok')
TYO = ZoneInfo('Asia/Tokyo')
BER = ZoneInfo('Europe/Berlin')
SIN = ZoneInfo('Asia/Singapore')


# ----------------------------------------------------------------------------- dates
def at(zone, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=zone)


def weekday(d, name):
    """Assert that a weekday named in English text is right; return d."""
    assert d.strftime('%A') == name, (d.isoformat(), name, d.strftime('%A'))
    return d


TH_DAYS = ['จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์', 'อาทิตย์']
TH_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม',
             'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม']
TH_MON_ABBR = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.',
               'พ.ย.', 'ธ.ค.']


def th_weekday(d, name):
    """Assert that a Thai weekday named in text ('อังคาร') is right; return d."""
    assert TH_DAYS[d.weekday()] == name, (d.isoformat(), name)
    return d


def th_date(d, abbr=False, yy=False, day=True):
    """Thai Buddhist-Era date: 'วันพฤหัสบดีที่ 15 ต.ค. 2569'."""
    be = d.year + 543
    assert be - 543 == d.year
    year = str(be)[-2:] if yy else str(be)
    mon = TH_MON_ABBR[d.month - 1] if abbr else TH_MONTHS[d.month - 1]
    s = f'{d.day} {mon} {year}'
    if day:
        s = f'วัน{TH_DAYS[d.weekday()]}ที่ ' + s
    return s


def th_time(d):
    return f'{d:%H.%M}'


def en_date(d):
    return f'{d:%A}, {d.day} {d:%B} {d.year}'


def t12(d):
    h = d.hour % 12 or 12
    return f'{h}:{d:%M} {"AM" if d.hour < 12 else "PM"}'


def g12(d):
    """Google style short time: 3pm, 3:45pm."""
    h = d.hour % 12 or 12
    ap = 'am' if d.hour < 12 else 'pm'
    return f'{h}{ap}' if d.minute == 0 else f'{h}:{d:%M}{ap}'


def rfcdate(d):
    return format_datetime(d)


def utcstamp(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def localstamp(d):
    return d.strftime('%Y%m%dT%H%M%S')


def hid(seed, n=16, upper=False):
    h = hashlib.sha256(seed.encode('utf-8')).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    h = h[:n]
    return h.upper() if upper else h


def digits(seed, n):
    return ''.join(str(int(c, 16) % 10) for c in hid(seed, n))


# ----------------------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def hdr(name, value):
    if is_ascii(value):
        return f'{name}: {value}'
    return f'{name}: ' + Header(value, 'utf-8', header_name=name).encode()


def addr(name, email):
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.()"@'):
            name = '"' + name.replace('"', '\\"') + '"'
        return f'{name} <{email}>'
    # one encoded-word for the whole display name (as Outlook/Gmail do for short names)
    return f'=?utf-8?B?{base64.b64encode(name.encode("utf-8")).decode("ascii")}?= <{email}>'


def addrs(pairs):
    return ', '.join(addr(n, e) for n, e in pairs)


def leaf(ctype, body, cte, extra=()):
    lines = [f'Content-Type: {ctype}'] + list(extra) + [f'Content-Transfer-Encoding: {cte}']
    if cte == 'base64':
        payload = b64(body)
    elif cte == 'quoted-printable':
        payload = qp(body)
    else:
        payload = body if body.endswith('\n') else body + '\n'
    return '\n'.join(lines) + '\n\n' + payload


def textpart(body, cte='quoted-printable'):
    return leaf('text/plain; charset="UTF-8"', body, cte)


def htmlpart(body, cte='quoted-printable'):
    return leaf('text/html; charset="UTF-8"', body, cte)


def multi(sub, boundary, parts):
    s = f'Content-Type: multipart/{sub};\n boundary="{boundary}"\n\n'
    for p in parts:
        s += f'--{boundary}\n{p}'
        if not p.endswith('\n'):
            s += '\n'
        s += '\n'
    s += f'--{boundary}--\n'
    return s


def to_html(body, font='Calibri, Arial, sans-serif', size='11pt'):
    out = []
    for para in body.strip('\n').split('\n\n'):
        lines = [html.escape(l, quote=False) for l in para.split('\n')]
        out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + '\n'.join(out)
            + '\n</div></body></html>\n')


def received(host, ip, date, seed):
    return (f'Received: from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id '
            f'{hid(seed + "rcv", 12)}\n        for <{OWNER}>; {rfcdate(date)}')


def message(headers, body):
    return '\n'.join(headers) + '\nMIME-Version: 1.0\n' + body


def outlook_ids(seed, region='apac'):
    if region == 'apac':
        box = f'SG2PR06MB{digits(seed + "box", 4)}'
        dom = f'{box}.apcprd06.prod.outlook.com'
    else:
        box = f'FR2P281MB{digits(seed + "box", 4)}'
        dom = f'{box}.DEUP281.PROD.OUTLOOK.COM'
    msgid = f'<{box}{hid(seed + "mid", 24, True)}@{dom}>'
    tindex = base64.b64encode(hashlib.sha256((seed + 'ti').encode()).digest()[:22]).decode()
    return msgid, tindex


def plain_mail(*, seed, date, sender, to, subject, body, cc=(), client='outlook', cte=None,
               msgid=None, in_reply_to=None, references=None, reply_to=None, extra=(),
               attachments=(), html_body=True, lang='en-US', recv=('mail.example.net', '203.0.113.25'),
               font='Calibri, Arial, sans-serif'):
    """A human (or system) e-mail with text/plain + text/html alternatives."""
    h = [f'Delivered-To: {OWNER}', received(recv[0], recv[1], date, seed),
         f'Return-Path: <{sender[1]}>']
    if client == 'outlook':
        mid, tindex = outlook_ids(seed, 'eu' if date.utcoffset() in (timedelta(hours=1), timedelta(hours=2)) else 'apac')
        msgid = msgid or mid
        h += [f'From: {addr(*sender)}', f'To: {addrs(to)}']
        if cc:
            h.append(f'Cc: {addrs(cc)}')
        h += [hdr('Subject', subject), hdr('Thread-Topic', subject.split(': ', 1)[-1] if subject[:3] in ('RE:', 'AW:') else subject),
              f'Thread-Index: {tindex}', f'Date: {rfcdate(date)}', f'Message-ID: {msgid}']
        if reply_to:
            h.append(f'Reply-To: {addr(*reply_to)}')
        if in_reply_to:
            h += [f'In-Reply-To: {in_reply_to}', f'References: {references or in_reply_to}']
        h += [f'Accept-Language: {lang}', f'Content-Language: {lang}',
              f'X-MS-Has-Attach: {"yes" if attachments else ""}'.rstrip(), 'X-MS-TNEF-Correlator:']
        h += list(extra)
        bnd = f'_000_{hid(seed + "b1", 32, True)}prodoutlookcom_'
        bnd_mixed = f'_004_{hid(seed + "b2", 32, True)}prodoutlookcom_'
        cte = cte or 'quoted-printable'
    else:  # gmail / generic MUA
        msgid = msgid or f'<CA{hid(seed + "gm", 40)}@mail.gmail.com>'
        h += [f'From: {addr(*sender)}', f'Date: {rfcdate(date)}', f'Message-ID: {msgid}']
        if in_reply_to:
            h += [f'In-Reply-To: {in_reply_to}', f'References: {references or in_reply_to}']
        if reply_to:
            h.append(f'Reply-To: {addr(*reply_to)}')
        h += [hdr('Subject', subject), f'To: {addrs(to)}']
        if cc:
            h.append(f'Cc: {addrs(cc)}')
        h += list(extra)
        bnd = f'000000000000{hid(seed + "b1", 16)}'
        bnd_mixed = f'000000000000{hid(seed + "b2", 16)}'
        cte = cte or ('base64' if not is_ascii(body) else 'quoted-printable')
    parts = [textpart(body, cte)]
    if html_body:
        parts.append(htmlpart(html_body if isinstance(html_body, str) else to_html(body, font),
                              cte if cte != '7bit' else 'quoted-printable'))
    content = multi('alternative', bnd, parts) if len(parts) > 1 else parts[0]
    if attachments:
        att = []
        for ctype, fname, data in attachments:
            att.append(leaf(f'{ctype}; name="{fname}"', data, 'base64',
                            [f'Content-Disposition: attachment;\n filename="{fname}"']))
        content = multi('mixed', bnd_mixed, [content] + att)
    return message(h, content), msgid


# ----------------------------------------------------------------------------- iCalendar helpers
def ical_text(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    parts, cur, n = [], '', 0
    for ch in line:
        ln = len(ch.encode('utf-8'))
        if n + ln > 75:
            parts.append(cur)
            cur, n = ' ', 1
        cur += ch
        n += ln
    parts.append(cur)
    return '\r\n'.join(parts)


def ics(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


VTZ = {
    'SE Asia Standard Time': ['BEGIN:VTIMEZONE', 'TZID:SE Asia Standard Time', 'BEGIN:STANDARD',
                              'DTSTART:16010101T000000', 'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700',
                              'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000',
                              'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700', 'END:DAYLIGHT', 'END:VTIMEZONE'],
    'W. Europe Standard Time': ['BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'BEGIN:STANDARD',
                                'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
                                'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
                                'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
                                'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
                                'END:DAYLIGHT', 'END:VTIMEZONE'],
    'Tokyo Standard Time': ['BEGIN:VTIMEZONE', 'TZID:Tokyo Standard Time', 'BEGIN:STANDARD',
                            'DTSTART:16010101T000000', 'TZOFFSETFROM:+0900', 'TZOFFSETTO:+0900',
                            'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000',
                            'TZOFFSETFROM:+0900', 'TZOFFSETTO:+0900', 'END:DAYLIGHT', 'END:VTIMEZONE'],
    'Asia/Bangkok': ['BEGIN:VTIMEZONE', 'TZID:Asia/Bangkok', 'X-LIC-LOCATION:Asia/Bangkok',
                     'BEGIN:STANDARD', 'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700', 'TZNAME:+07',
                     'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE'],
}
WIN_ZONE = {'SE Asia Standard Time': BKK, 'W. Europe Standard Time': BER, 'Tokyo Standard Time': TYO,
            'Asia/Bangkok': BKK}
WIN_LABEL = {'SE Asia Standard Time': '(UTC+07:00) Bangkok, Hanoi, Jakarta',
             'W. Europe Standard Time': '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
             'Tokyo Standard Time': '(UTC+09:00) Osaka, Sapporo, Tokyo'}
WIN_LABEL_TH = {'SE Asia Standard Time': '(UTC+07:00) กรุงเทพฯ, ฮานอย, จาการ์ตา'}


def teams_block(seed):
    tok = base64.urlsafe_b64encode(hashlib.sha256((seed + 'tm').encode()).digest()).decode()[:38]
    tid, oid = hid(seed + 'tid', 32), hid(seed + 'oid', 32)
    g = lambda x: f'{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}'
    url = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok}%40thread.v2/0?context='
           f'%7b%22Tid%22%3a%22{g(tid)}%22%2c%22Oid%22%3a%22{g(oid)}%22%7d')
    mid = digits(seed + 'mid', 12)
    mid = f'{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}'
    pc = base64.b64encode(hashlib.sha256((seed + 'pc').encode()).digest()).decode()[:6].replace('+', 'x').replace('/', 'Q')
    line = '_' * 80
    text = (f'{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            f'Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pc}\n'
            'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/'
            f'meetingOptions/?organizerId={g(oid)}&tenantId={g(tid)}&language=en-US>\n{line}')
    return text, url


def exchange_ics(*, method, tzid, uid, seq, start, end, dtstamp, organizer, attendees, summary,
                 description, location, lang='en-US', teams_url=None, cancel=False, prodid=None):
    zone = WIN_ZONE[tzid]
    ls, le = start.astimezone(zone), end.astimezone(zone)
    L = ['BEGIN:VCALENDAR', f'METHOD:{method}', f'PRODID:{prodid or "Microsoft Exchange Server 2010"}',
         'VERSION:2.0'] + VTZ[tzid] + ['BEGIN:VEVENT', f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}']
    for name, email, role, partstat in attendees:
        L.append(f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn(name)}:mailto:{email}')
    L += [f'DESCRIPTION;LANGUAGE={lang}:{ical_text(description)}', f'UID:{uid}',
          f'SUMMARY;LANGUAGE={lang}:{ical_text(summary)}', f'DTSTART;TZID={tzid}:{localstamp(ls)}',
          f'DTEND;TZID={tzid}:{localstamp(le)}', 'CLASS:PUBLIC', f'PRIORITY:{1 if cancel else 5}',
          f'DTSTAMP:{utcstamp(dtstamp)}', 'TRANSP:OPAQUE', f'STATUS:{"CANCELLED" if cancel else "CONFIRMED"}',
          f'SEQUENCE:{seq}', f'LOCATION;LANGUAGE={lang}:{ical_text(location)}',
          f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
          f'X-MICROSOFT-CDO-OWNERAPPTID:{-int(digits(uid, 9)) if int(digits(uid, 1)) % 2 else int(digits(uid, 10)[:9])}',
          f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if cancel else "TENTATIVE"}', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', f'X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}',
          'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_url:
        L += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}',
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', f'X-MICROSOFT-LOCATIONDISPLAYNAME:{ical_text(location)}']
    if not cancel:
        L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def exchange_uid(seed):
    return ('040000008200E00074C5B7101A82E00800000000' + hid(seed + 'u1', 16, True)
            + '000000000000000010000000' + hid(seed + 'u2', 32, True))


def exchange_invite(*, seed, date, sender, to, subject, start, end, body, location, attendees, tzid,
                    cc=(), uid, seq=0, method='REQUEST', thai=False, teams=True, region='apac',
                    recv=('mail-sgaapc01on2101.outbound.protection.outlook.com', '40.107.215.101')):
    """Exchange / Outlook meeting request: multipart/alternative text + html + text/calendar."""
    zone = WIN_ZONE[tzid]
    ls, le = start.astimezone(zone), end.astimezone(zone)
    cancel = method == 'CANCEL'
    if thai:
        when = f'เมื่อ: {th_date(ls, day=True)} {ls:%H:%M}-{le:%H:%M} {WIN_LABEL_TH[tzid]}'
        where = f'ที่ใด: {location}'
        lang = 'th-TH'
    else:
        when = f'When: {ls:%A, %B} {ls.day}, {ls.year} {t12(ls)}-{t12(le)} {WIN_LABEL[tzid]}.'
        where = f'Where: {location}'
        lang = 'en-US'
    tb, turl = teams_block(uid) if teams else ('', None)
    plain = f'{when}\n{where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}' + (f'\n\n{tb}' if teams else '') + '\n'
    cal = exchange_ics(method=method, tzid=tzid, uid=uid, seq=seq, start=start, end=end, dtstamp=date,
                       organizer=sender, attendees=attendees, summary=subject.split(': ', 1)[1] if cancel else subject,
                       description=plain, location=location, lang=lang, teams_url=turl, cancel=cancel)
    msgid, tindex = outlook_ids(seed, region)
    h = [f'Delivered-To: {OWNER}', received(recv[0], recv[1], date, seed), f'Return-Path: <{sender[1]}>',
         f'From: {addr(*sender)}', f'To: {addrs(to)}']
    if cc:
        h.append(f'Cc: {addrs(cc)}')
    h += [hdr('Subject', subject), hdr('Thread-Topic', subject.split(': ', 1)[1] if cancel else subject),
          f'Thread-Index: {tindex}', f'Date: {rfcdate(date.astimezone(UTC))}', f'Message-ID: {msgid}',
          f'Accept-Language: {lang}', f'Content-Language: {lang}', 'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:',
          'Content-class: urn:content-classes:calendarmessage',
          f'x-ms-exchange-calendar-series-instance-id: {base64.b64encode(hashlib.sha256(uid.encode()).digest()[:33]).decode()}',
          'x-ms-publictraffictype: Email']
    bnd = f'_000_{hid(seed + "bx", 32, True)}prodoutlookcom_'
    font = 'Tahoma, Leelawadee UI, sans-serif' if thai else 'Aptos, Calibri, sans-serif'
    parts = [textpart(plain), htmlpart(to_html(plain, font)),
             leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, 'base64')]
    return message(h, multi('alternative', bnd, parts)), msgid


def google_ics(*, method, uid, seq, start, end, dtstamp, created, organizer, attendees, summary,
               description, location, meet=None, status='CONFIRMED'):
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT', f'DTSTART:{utcstamp(start)}',
         f'DTEND:{utcstamp(end)}', f'DTSTAMP:{utcstamp(dtstamp)}',
         f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}', f'UID:{uid}']
    for name, email, role, partstat in attendees:
        rsvp = ';RSVP=TRUE' if partstat == 'NEEDS-ACTION' else ''
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat}{rsvp};CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}')
    if meet:
        L.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    L += [f'CREATED:{utcstamp(created)}', f'DESCRIPTION:{ical_text(description)}',
          f'LAST-MODIFIED:{utcstamp(dtstamp)}', f'LOCATION:{ical_text(location)}', f'SEQUENCE:{seq}',
          f'STATUS:{status}', f'SUMMARY:{ical_text(summary)}', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def google_invite(*, seed, date, organizer, attendees, title, start, end, zone, tz_short, tz_long,
                  description, location='', meet=None, seq=0, created=None):
    """Google Calendar invitation e-mail (multipart/mixed: alternative[text, html, calendar] + invite.ics)."""
    ls, le = start.astimezone(zone), end.astimezone(zone)
    ev = hid(seed + 'ev', 26)
    uid = f'{ev}@google.com'
    subject = f'Invitation: {title} @ {ls:%a %b} {ls.day}, {ls.year} {g12(ls)} - {g12(le)} ({tz_short}) ({OWNER})'
    guests = '\n'.join(f'{n} - organizer' if e == organizer[1] else (n if n != e else e)
                       for n, e, _r, _p in attendees)
    eid = base64.b64encode(f'{ev} {OWNER}'.encode()).decode().rstrip('=')
    plain = f'{title}\n{ls:%A %b} {ls.day}, {ls.year} ⋅ {g12(ls)} – {g12(le)}\n{tz_long}\n\n'
    if meet:
        plain += f'Join with Google Meet\nhttps://meet.google.com/{meet}\n\n'
    if location:
        plain += f'Location\n{location}\n\n'
    plain += (f'{description}\n\nGuests\n{guests}\nView all guest info '
              f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n'
              f'Reply for {OWNER}\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
              'You are receiving this email because you are an attendee on the event. To stop receiving '
              'future updates for this event, decline this event.\n\nForwarding this invitation could allow '
              'any recipient to send a response to the organizer, be added to the guest list, invite others '
              'regardless of their own invitation status, or modify your RSVP. Learn more '
              'https://support.google.com/calendar/answer/37135#forwarding\n')
    cal = google_ics(method='REQUEST', uid=uid, seq=seq, start=start, end=end, dtstamp=date,
                     created=created or date, organizer=organizer, attendees=attendees, summary=title,
                     description=description, location=location, meet=meet)
    h = [f'Delivered-To: {OWNER}', received('mail-sor-f69.google.com', '209.85.220.69', date, seed),
         f'Return-Path: <{hid(seed + "rp", 22)}@calendar-server.bounces.google.com>',
         f'Reply-To: {addr(*organizer)}', 'Sender: Google Calendar <calendar-notification@google.com>',
         f'Message-ID: <calendar-{hid(seed + "m", 8)}-{hid(seed + "n", 4)}-{hid(seed + "o", 4)}-{hid(seed + "p", 4)}-{hid(seed + "q", 12)}@google.com>',
         f'Date: {rfcdate(date.astimezone(UTC))}', hdr('Subject', subject), f'From: {addr(*organizer)}',
         f'To: {OWNER}']
    alt = multi('alternative', f'000000000000{hid(seed + "ga", 16)}',
                [textpart(plain, 'base64' if not is_ascii(plain) else 'quoted-printable'),
                 htmlpart(to_html(plain, 'Roboto, Arial, sans-serif', '14px'), 'quoted-printable'),
                 leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, 'base64')])
    att = leaf('application/ics; name="invite.ics"', cal, 'base64',
               ['Content-Disposition: attachment; filename="invite.ics"'])
    body = multi('mixed', f'000000000000{hid(seed + "gm", 16)}', [alt, att])
    return message(h, body), uid


def gcal_event(*, seed, summary, description, start, end, zone_name, organizer, attendees, created,
               updated, meet=None, location=None, status='confirmed', sequence=0):
    ev = hid(seed + 'gid', 26)
    d = {'kind': 'calendar#event', 'etag': f'"{digits(seed + "etag", 16)}"', 'id': ev, 'status': status,
         'htmlLink': 'https://www.google.com/calendar/event?eid='
                     + base64.b64encode(f'{ev} {OWNER}'.encode()).decode().rstrip('='),
         'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
         'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.') + digits(seed + 'ms', 3) + 'Z',
         'summary': summary, 'description': description}
    if location:
        d['location'] = location
    d['creator'] = {'email': organizer[1], 'displayName': organizer[0]}
    d['organizer'] = {'email': organizer[1], 'displayName': organizer[0]}
    d['start'] = {'dateTime': start.isoformat(), 'timeZone': zone_name}
    d['end'] = {'dateTime': end.isoformat(), 'timeZone': zone_name}
    d['iCalUID'] = f'{ev}@google.com'
    d['sequence'] = sequence
    att = []
    for a in attendees:
        x = {'email': a['email']}
        if a.get('name'):
            x['displayName'] = a['name']
        for k in ('organizer', 'self', 'optional'):
            if a.get(k):
                x[k] = True
        x['responseStatus'] = a.get('response', 'needsAction')
        att.append(x)
    d['attendees'] = att
    if meet:
        d['hangoutLink'] = f'https://meet.google.com/{meet}'
        d['conferenceData'] = {
            'entryPoints': [{'entryPointType': 'video', 'uri': f'https://meet.google.com/{meet}',
                             'label': f'meet.google.com/{meet}'},
                            {'entryPointType': 'phone', 'uri': f'tel:+66-2-{digits(seed + "tel", 3)}-{digits(seed + "tel2", 4)}',
                             'label': f'+66 2 {digits(seed + "tel", 3)} {digits(seed + "tel2", 4)}',
                             'pin': digits(seed + 'pin', 9), 'regionCode': 'TH'}],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                   'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png'},
            'conferenceId': meet}
    d['reminders'] = {'useDefault': True}
    d['eventType'] = 'default'
    return json.dumps(d, indent=2, ensure_ascii=False) + '\n'


def meet_code(seed):
    a = ''.join(chr(97 + int(c, 16) % 26) for c in hid(seed + 'meet', 10))
    return f'{a[:3]}-{a[3:7]}-{a[7:10]}'


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': start.isoformat(),
            'end': end.isoformat() if end else None, 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(recipients), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================================= POSITIVE CASES
@case
def c01():
    seed = 'b236-01'
    d = weekday(at(BKK, 2026, 10, 5, 16, 42, 10), 'Monday')
    start = th_weekday(at(BKK, 2026, 10, 6, 14, 0), 'อังคาร')
    assert start.date() == (d + timedelta(days=1)).date()  # "พรุ่งนี้" = the day after the Date header
    end = start + timedelta(minutes=30)
    hr = ('ปิยะนุช ศรีสวัสดิ์', 'piyanuch.s@easternaxle.example')
    body = f"""เรียน คุณ{OWNER_TH}

ตามที่คุณได้สมัครงานในตำแหน่ง Quality Engineer (Customer Quality) กับบริษัท อีสเทิร์น แอกเซิล อินดัสทรีส์ จำกัด ผ่านทางเว็บไซต์ของบริษัท ฝ่ายทรัพยากรบุคคลได้พิจารณาประวัติของคุณเบื้องต้นแล้ว และขอนัดสัมภาษณ์ทางโทรศัพท์ (phone interview) ดังนี้

วันที่: พรุ่งนี้ (วันอังคาร)
เวลา: {th_time(start)} น. ใช้เวลาประมาณ 30 นาที
ผู้สัมภาษณ์: ดิฉันเอง (ปิยะนุช ศรีสวัสดิ์ เจ้าหน้าที่สรรหาบุคลากร)
ช่องทาง: ดิฉันจะโทรไปที่หมายเลขที่ระบุไว้ในใบสมัคร (089-xxx-4417)

หัวข้อที่จะพูดคุย ได้แก่ ประสบการณ์ด้าน PPAP/APQP การจัดการข้อร้องเรียนจากลูกค้า (8D) เงินเดือนที่คาดหวัง และความสะดวกในการเดินทางไปทำงานที่นิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี

หากเวลาดังกล่าวไม่สะดวก รบกวนตอบกลับอีเมลนี้ภายในวันนี้ค่ะ

ขอแสดงความนับถือ
ปิยะนุช ศรีสวัสดิ์
เจ้าหน้าที่สรรหาบุคลากร ฝ่ายทรัพยากรบุคคล
บริษัท อีสเทิร์น แอกเซิล อินดัสทรีส์ จำกัด
Eastern Axle Industries Co., Ltd.
นิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี | โทร. 038-457-210 ต่อ 1123

This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    m, _ = plain_mail(seed=seed, date=d, sender=hr, to=[(OWNER_TH, OWNER)],
                      subject='นัดสัมภาษณ์ทางโทรศัพท์ ตำแหน่ง Quality Engineer (Customer Quality)', body=body,
                      client='outlook', cte='base64', lang='th-TH',
                      recv=('mail-tyzapc01on2112.outbound.protection.outlook.com', '40.107.117.112'),
                      font='Tahoma, sans-serif')
    lab = label([iv('Eastern Axle Industries', 'Quality Engineer (Customer Quality)', start, end, 'scheduled',
                    [hr[1]], [hr[1]], 'phone_screen')], 'medium', 'positive/thai-body-relative-date',
                'Thai-only e-mail (base64 body, RFC 2047 subject). "พรุ่งนี้ (วันอังคาร) เวลา 14.00 น." resolved '
                'against Date Mon 5 Oct 2026 -> Tue 6 Oct 14:00 ICT, ~30 min. The HR recruiter does the call herself.')
    return 'b236-01-thai-phone-screen-tomorrow', [('01-nat-sampat-thorasap.eml', m)], lab


@case
def c02():
    seed = 'b236-02'
    d = weekday(at(BKK, 2026, 10, 8, 11, 3, 27), 'Thursday')
    start = th_weekday(at(BKK, 2026, 10, 15, 9, 30), 'พฤหัสบดี')
    end = start + timedelta(hours=1)
    contact = 'supawadee.k@rayongbrake.example'
    job = 'วิศวกรประกันคุณภาพ (Quality Engineer)'
    body = f"""เรียน คุณ{OWNER_TH}

บริษัท ระยอง เบรค ซิสเต็มส์ จำกัด (Rayong Brake Systems Co., Ltd.) ได้ส่งนัดสัมภาษณ์งานถึงคุณผ่าน JobThai

ตำแหน่งงาน : {job}
วันที่นัดสัมภาษณ์ : {th_date(start, abbr=True)}
เวลา : {th_time(start)} น.
รูปแบบการสัมภาษณ์ : สัมภาษณ์ที่บริษัท
สถานที่ : 64/12 หมู่ 4 นิคมอุตสาหกรรมอีสเทิร์นซีบอร์ด (ระยอง) ต.ปลวกแดง อ.ปลวกแดง จ.ระยอง 21140
ผู้ติดต่อ : คุณสุภาวดี แก้วมณี (ฝ่ายบุคคล)
โทรศัพท์ : 038-955-310 ต่อ 402
อีเมล : {contact}

ข้อความจากบริษัท :
สัมภาษณ์กับผู้จัดการฝ่ายประกันคุณภาพ ใช้เวลาประมาณ 1 ชั่วโมง กรุณานำสำเนาบัตรประชาชน สำเนาวุฒิการศึกษา และ Transcript มาในวันสัมภาษณ์ด้วย หากไม่สะดวกกรุณาแจ้งล่วงหน้าอย่างน้อย 1 วันทำการ

ตอบรับนัดสัมภาษณ์ : https://www.jobthai.com/th/resume/interview/7Q4KD2?response=accept
ขอเลื่อนนัด : https://www.jobthai.com/th/resume/interview/7Q4KD2?response=reschedule

อีเมลฉบับนี้เป็นการแจ้งเตือนอัตโนมัติจากระบบ JobThai กรุณาอย่าตอบกลับอีเมลนี้
หากต้องการติดต่อบริษัท กรุณาติดต่อผู้ติดต่อตามรายละเอียดด้านบน
"""
    rows = [('ตำแหน่งงาน', job), ('วันที่นัดสัมภาษณ์', th_date(start, abbr=True)), ('เวลา', f'{th_time(start)} น.'),
            ('รูปแบบการสัมภาษณ์', 'สัมภาษณ์ที่บริษัท'),
            ('สถานที่', '64/12 หมู่ 4 นิคมอุตสาหกรรมอีสเทิร์นซีบอร์ด (ระยอง) ต.ปลวกแดง อ.ปลวกแดง จ.ระยอง 21140'),
            ('ผู้ติดต่อ', 'คุณสุภาวดี แก้วมณี (ฝ่ายบุคคล)'), ('โทรศัพท์', '038-955-310 ต่อ 402'),
            ('อีเมล', f'<a href="mailto:{contact}">{contact}</a>')]
    trs = '\n'.join(f'<tr><td style="padding:6px 12px;color:#666;width:160px">{html.escape(k)}</td>'
                    f'<td style="padding:6px 12px;color:#222">{v if k == "อีเมล" else html.escape(v)}</td></tr>'
                    for k, v in rows)
    hb = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>JobThai</title></head>
<body style="margin:0;background:#f2f4f7;font-family:'Sarabun',Tahoma,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#1a4a9c;padding:16px 24px;color:#fff;font-size:20px;font-weight:bold">JobThai</td></tr>
<tr><td style="padding:24px">
<p>เรียน คุณ{OWNER_TH}</p>
<p><b>บริษัท ระยอง เบรค ซิสเต็มส์ จำกัด</b> (Rayong Brake Systems Co., Ltd.) ได้ส่งนัดสัมภาษณ์งานถึงคุณผ่าน JobThai</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #e3e6ea;width:100%">
{trs}
</table>
<p><b>ข้อความจากบริษัท :</b><br>สัมภาษณ์กับผู้จัดการฝ่ายประกันคุณภาพ ใช้เวลาประมาณ 1 ชั่วโมง กรุณานำสำเนาบัตรประชาชน สำเนาวุฒิการศึกษา และ Transcript มาในวันสัมภาษณ์ด้วย หากไม่สะดวกกรุณาแจ้งล่วงหน้าอย่างน้อย 1 วันทำการ</p>
<p><a href="https://www.jobthai.com/th/resume/interview/7Q4KD2?response=accept" style="background:#27a844;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">ตอบรับนัดสัมภาษณ์</a>
&nbsp;<a href="https://www.jobthai.com/th/resume/interview/7Q4KD2?response=reschedule" style="color:#1a4a9c">ขอเลื่อนนัด</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#888;background:#fafafa">อีเมลฉบับนี้เป็นการแจ้งเตือนอัตโนมัติจากระบบ JobThai กรุณาอย่าตอบกลับอีเมลนี้<br>หากต้องการติดต่อบริษัท กรุณาติดต่อผู้ติดต่อตามรายละเอียดด้านบน</td></tr>
</table></td></tr></table></body></html>
"""
    m, _ = plain_mail(seed=seed, date=d, sender=('JobThai', 'noreply@jobthai.com'), to=[(None, OWNER)],
                      subject=f'นัดสัมภาษณ์งาน : บริษัท ระยอง เบรค ซิสเต็มส์ จำกัด - ตำแหน่ง {job}', body=body,
                      client='system', cte='base64', html_body=hb,
                      msgid=f'<{localstamp(d)}.{hid(seed + "jt", 10, True)}@mailer.jobthai.com>',
                      extra=['List-Unsubscribe: <https://www.jobthai.com/th/setting/email?unsubscribe=1>',
                             'X-Mailer: JobThai Mailer'],
                      recv=('mailer.jobthai.com', '198.51.100.41'))
    lab = label([iv('Rayong Brake Systems', 'Quality Engineer', start, end, 'scheduled', [], [contact],
                    'hiring_manager')], 'medium', 'positive/job-board-interview-notification',
                'JobThai-style "นัดสัมภาษณ์งาน" notification from a no-reply sender; Buddhist-Era abbreviated date '
                '"วันพฤหัสบดีที่ 15 ต.ค. 2569 เวลา 09.30 น.", ~1 h with the QA manager (no address) -> no interviewer '
                'e-mails; follow-up goes to the HR contact address given in the text, never the no-reply sender.')
    return 'b236-02-jobthai-interview-notification', [('01-jobthai-nat-sampat.eml', m)], lab


@case
def c03():
    seed = 'b236-03'
    d1 = weekday(at(BKK, 2026, 10, 13, 10, 15, 32), 'Tuesday')
    day = weekday(at(BKK, 2026, 10, 20, 8, 30), 'Tuesday')
    test_end = day + timedelta(minutes=45)
    start = at(BKK, 2026, 10, 20, 9, 30)
    end = start + timedelta(hours=1)
    hr = ('Pornthip Chaiyasit', 'pornthip.c@kanemori-seiki.example')
    gm = ('Kenji Moriyama', 'k.moriyama@kanemori-seiki.example')
    subj = 'Interview Invitation: Quality Assurance Engineer - Kanemori Seiki (Thailand) / เชิญสัมภาษณ์งาน'
    body1 = f"""Dear Khun Kittiya,

Thank you for your interest in the Quality Assurance Engineer position at Kanemori Seiki (Thailand) Co., Ltd. We are pleased to invite you to our plant in Amata City Chonburi for the selection process below.

Date: {en_date(day)}
{day:%H.%M} - {test_end:%H.%M}  English written test (45 minutes, grammar and reading, TOEIC-style) - HR training room, 2nd floor
{start:%H.%M} - {end:%H.%M}  Interview with Mr. Kenji Moriyama (General Manager, Quality) and me

Please bring your ID card, a copy of your transcript and your latest TOEIC score report (if any). Visitors must wear long trousers and closed-toe shoes in the plant area.

ขอเชิญคุณกิตติยาเข้ารับการทดสอบภาษาอังกฤษและสัมภาษณ์งาน ใน{th_date(day)}
- {th_time(day)} - {th_time(test_end)} น. ทดสอบภาษาอังกฤษ (ข้อเขียน 45 นาที)
- {th_time(start)} - {th_time(end)} น. สัมภาษณ์กับ Mr. Kenji Moriyama (General Manager ฝ่ายคุณภาพ) และดิฉัน
สถานที่: บริษัท คาเนโมริ เซอิกิ (ประเทศไทย) จำกัด 700/315 หมู่ 6 นิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี ต.ดอนหัวฬ่อ อ.เมืองชลบุรี จ.ชลบุรี 20000

Kindly confirm your attendance by replying to this e-mail.

Best regards,
Pornthip Chaiyasit (Ms.)
Assistant Manager, Human Resources
Kanemori Seiki (Thailand) Co., Ltd.
Tel: +66 38 214 560 ext. 205
"""
    m1, id1 = plain_mail(seed=seed + 'a', date=d1, sender=hr, to=[(OWNER_NAME, OWNER)], cc=[gm], subject=subj,
                         body=body1, client='outlook', cte='quoted-printable',
                         recv=('mail-psaapc01on2093.outbound.protection.outlook.com', '40.107.255.93'))
    own_id = f'<CA{hid(seed + "own", 40)}@mail.gmail.com>'
    own_d = at(BKK, 2026, 10, 13, 20, 41)
    d2 = weekday(at(BKK, 2026, 10, 19, 15, 22, 8), 'Monday')
    assert (start.date() - d2.date()).days == 1
    body2 = f"""Dear Khun Kittiya,

Thank you for confirming. Just a reminder for tomorrow: please exchange your ID card for a visitor badge at the main gate (Gate 2) by 08.15 so that the English test can start on time at {day:%H.%M}. The interview with Moriyama-san will follow at {start:%H.%M} and should finish around {end:%H.%M}.

If you are driving, visitor parking is in front of the canteen building.

Best regards,
Pornthip

-----Original Message-----
From: Kittiya Wongsakul <{OWNER}>
Sent: {own_d:%A, %B} {own_d.day}, {own_d.year} {t12(own_d)}
To: Pornthip Chaiyasit <{hr[1]}>
Cc: Kenji Moriyama <{gm[1]}>
Subject: Re: {subj}

Dear Khun Pornthip,

Thank you for the invitation. I confirm that I will attend the English test and the interview on {en_date(day)}, starting at {day:%H.%M}.

Best regards,
Kittiya Wongsakul

-----Original Message-----
From: Pornthip Chaiyasit <{hr[1]}>
Sent: {d1:%A, %B} {d1.day}, {d1.year} {t12(d1)}
To: Kittiya Wongsakul <{OWNER}>
Cc: Kenji Moriyama <{gm[1]}>
Subject: {subj}

Dear Khun Kittiya,

Thank you for your interest in the Quality Assurance Engineer position at Kanemori Seiki (Thailand) Co., Ltd. [...]
"""
    m2, _ = plain_mail(seed=seed + 'b', date=d2, sender=hr, to=[(OWNER_NAME, OWNER)], cc=[gm], subject='RE: ' + subj,
                       body=body2, client='outlook', in_reply_to=own_id, references=f'{id1} {own_id}',
                       recv=('mail-psaapc01on2093.outbound.protection.outlook.com', '40.107.255.93'))
    lab = label([iv('Kanemori Seiki (Thailand)', 'Quality Assurance Engineer', start, end, 'scheduled',
                    [gm[1], hr[1]], [gm[1], hr[1]], 'onsite')], 'hard', 'positive/english-test-then-panel',
                'Bilingual invitation: 08.30-09.15 written English test (an assessment, not part of the interview), '
                'then 09.30-10.30 interview with the GM Quality and the HR assistant manager (both interview -> panel '
                '-> onsite). Start is the interview, not the test. Second mail is a reminder reply quoting the thread '
                '("tomorrow" = 20 Oct).')
    return 'b236-03-english-test-then-panel', [('01-kanemori-invitation.eml', m1), ('02-re-reminder-tomorrow.eml', m2)], lab


@case
def c04():
    seed = 'b236-04'
    d = weekday(at(BKK, 2026, 10, 15, 9, 12, 40), 'Thursday')
    start = weekday(at(BKK, 2026, 10, 21, 13, 30), 'Wednesday')
    end = start + timedelta(hours=1)
    hr = ('Jiraporn Boonmee', 'jiraporn.b@shirane-dc.example')
    qa = ('Wichai Thongdee', 'wichai.t@shirane-dc.example')
    body = """Dear Khun Kittiya,

As discussed by phone this morning, please join a technical interview for the Quality Engineer (Die Casting) position with K. Wichai Thongdee, QA Section Manager. He will ask about your experience with porosity and leak-test defects, control plans and PFMEA reviews, so please prepare one real problem-solving case you led. The interview will be in Thai and English, about 60 minutes.

I am only sending this meeting and will not join the call. If you have any connection problem please call me at 038-185-622 ext. 118.

ขอบคุณค่ะ
Jiraporn Boonmee
HR Officer (Recruitment) | Shirane Die-Cast (Thailand) Co., Ltd.
Pinthong Industrial Estate 3, Nong Kham, Sriracha, Chonburi 20230"""
    uid = exchange_uid(seed)
    m, _ = exchange_invite(seed=seed, date=d, sender=hr, to=[(OWNER_NAME, OWNER), qa],
                           subject='Technical Interview - Quality Engineer (Die Casting) - Kittiya Wongsakul',
                           start=start, end=end, body=body, location='Microsoft Teams Meeting',
                           attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                      (qa[0], qa[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                           tzid='SE Asia Standard Time', uid=uid)
    lab = label([iv('Shirane Die-Cast (Thailand)', 'Quality Engineer (Die Casting)', start, end, 'scheduled',
                    [qa[1]], [qa[1]], 'technical')], 'easy', 'positive/outlook-teams-se-asia',
                'Exchange meeting request with TZID "SE Asia Standard Time" and the "(UTC+07:00) Bangkok, Hanoi, '
                'Jakarta" label; the HR organizer explicitly does not join, so only the QA section manager interviews.')
    return 'b236-04-outlook-se-asia-teams-technical', [('01-teams-technical-interview.eml', m)], lab


@case
def c05():
    seed = 'b236-05'
    d1 = weekday(at(SIN, 2026, 11, 3, 10, 20, 5), 'Tuesday')
    start = weekday(at(SIN, 2026, 11, 11, 15, 0), 'Wednesday')
    end = start + timedelta(minutes=45)
    sb, eb = start.astimezone(BKK), end.astimezone(BKK)
    assert (sb.hour, eb.hour, eb.minute) == (14, 14, 45)
    rec = ('Melissa Tan', 'melissa.tan@arcturus-auto.example')
    dk = ('Desmond Koh', 'desmond.koh@arcturus-auto.example')
    body1 = f"""Hi Kittiya,

Thanks again for your time on our call last week. I'm happy to share that Desmond Koh, our Regional Supplier Quality Director, would like to interview you for the Regional Supplier Quality Engineer role (based in Bangkok, covering our suppliers in Thailand and Vietnam).

We've locked in {start:%A}, {start.day} {start:%B}, {g12(start)}-{g12(end)} Singapore time (that's {g12(sb)}-{g12(eb)} in Bangkok). Desmond will send you a Google Meet invite directly from his calendar.

It would help to have a recent 8D or supplier audit example ready to walk him through (no confidential customer data, of course).

Best regards,
Melissa Tan
Senior Talent Acquisition Partner, APAC
Arcturus Automotive Asia Pacific Pte. Ltd. | Singapore
"""
    m1, _ = plain_mail(seed=seed + 'a', date=d1, sender=rec, to=[(OWNER_NAME, OWNER)], cc=[dk],
                       subject='Arcturus Automotive - next step for Regional Supplier Quality Engineer', body=body1,
                       client='outlook', recv=('mail-sgaapc01on2139.outbound.protection.outlook.com', '40.107.215.139'))
    d2 = at(SIN, 2026, 11, 3, 11, 31, 18)
    desc = (f'45-minute interview with Desmond Koh (Regional Supplier Quality Director) for the Regional Supplier '
            f'Quality Engineer role.\nTimes are Singapore time - {g12(sb)} in Bangkok.\nCoordinator: Melissa Tan '
            f'({rec[1]})')
    m2, _ = google_invite(seed=seed + 'b', date=d2, organizer=dk,
                          attendees=[(dk[0], dk[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                     (OWNER, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                          title='Interview: Regional Supplier Quality Engineer - Kittiya Wongsakul', start=start,
                          end=end, zone=SIN, tz_short='SGT', tz_long='Singapore Standard Time', description=desc,
                          meet=meet_code(seed))
    lab = label([iv('Arcturus Automotive', 'Regional Supplier Quality Engineer', start, end, 'scheduled',
                    [dk[1]], [dk[1]], 'hiring_manager')], 'medium', 'positive/dedupe-singapore-google-invite',
                'Recruiter e-mail (SGT with Bangkok conversion) + Google Calendar invitation from the director (ICS in '
                'UTC) = ONE interview, 15:00-15:45 SGT = 14:00 ICT. The recruiter only coordinates.')
    return 'b236-05-singapore-recruiter-and-google-invite', [('01-recruiter-next-step.eml', m1),
                                                             ('02-invitation-google-calendar.eml', m2)], lab


@case
def c06():
    seed = 'b236-06'
    d1 = weekday(at(BER, 2026, 10, 14, 9, 40, 11), 'Wednesday')
    first = weekday(at(BER, 2026, 10, 22, 10, 0), 'Thursday')
    assert first.utcoffset() == timedelta(hours=2)          # still CEST
    start = weekday(at(BER, 2026, 10, 29, 10, 0), 'Thursday')
    assert start.utcoffset() == timedelta(hours=1)          # CET after DST end (25 Oct 2026)
    assert weekday(at(BER, 2026, 10, 25, 12, 0), 'Sunday').utcoffset() == timedelta(hours=1)
    end = start + timedelta(hours=1)
    assert first.astimezone(BKK).hour == 15 and start.astimezone(BKK).hour == 16
    ka = ('Katrin Albers', 'katrin.albers@brenner-vogt.example')
    mg = ('Dr. Matthias Gerlach', 'matthias.gerlach@brenner-vogt.example')
    role = 'Supplier Quality Engineer (Rayong plant)'
    sig = """Kind regards
Katrin Albers
Talent Acquisition

Brenner & Vogt Fahrzeugtechnik GmbH
Industriestraße 14 | 74076 Heilbronn | Germany
Geschäftsführer: Dr. Jörg Brenner, Ulrike Vogt | Amtsgericht Stuttgart HRB 738214"""
    body1 = f"""Dear Ms. Wongsakul,

thank you for your application as {role} for our new plant in the WHA Eastern Seaboard Industrial Estate 4, Rayong.

Dr. Matthias Gerlach, Head of Supplier Quality at our headquarters in Heilbronn, would like to get to know you in a video interview:

{en_date(first)}, {first:%H:%M}-{(first + timedelta(hours=1)):%H:%M} CEST ({first.astimezone(BKK):%H:%M}-{(first + timedelta(hours=1)).astimezone(BKK):%H:%M} Bangkok time)
Microsoft Teams - you will receive a separate invitation.

The interview will be held in English. Please have your CV and one example of a supplier PPAP or launch you managed at hand.

{sig}
"""
    r_eu = ('mail-fr2deu01on2121.outbound.protection.outlook.com', '40.107.135.121')
    m1, id1 = plain_mail(seed=seed + 'a', date=d1, sender=ka, to=[(OWNER_NAME, OWNER)],
                         subject=f'Your interview with Brenner & Vogt - {role}', body=body1, client='outlook',
                         lang='de-DE', recv=r_eu)
    uid = exchange_uid(seed)
    inv_body = f"""Video interview {role}
Candidate: Kittiya Wongsakul
Interviewer: Dr. Matthias Gerlach, Head of Supplier Quality

{sig}"""
    att = [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'), (mg[0], mg[1], 'REQ-PARTICIPANT', 'ACCEPTED')]
    subj = f'Interview Kittiya Wongsakul - {role}'
    m2, _ = exchange_invite(seed=seed + 'b', date=at(BER, 2026, 10, 14, 9, 52, 30), sender=ka, to=[(OWNER_NAME, OWNER), mg],
                            subject=subj, start=first, end=first + timedelta(hours=1), body=inv_body,
                            location='Microsoft Teams-Besprechung', attendees=att, tzid='W. Europe Standard Time',
                            uid=uid, seq=0, region='eu', recv=r_eu)
    d3 = weekday(at(BER, 2026, 10, 19, 16, 5, 44), 'Monday')
    body3 = f"""Dear Ms. Wongsakul,

unfortunately Dr. Gerlach has to be at our Zwickau plant this Thursday for a customer escalation. We have therefore moved your interview by one week to {en_date(start)}, again at {start:%H:%M} German time.

Please note that Germany switches back to winter time on Sunday, 25 October, so {start:%H:%M} CET will be {start.astimezone(BKK):%H:%M} in Bangkok (not {first.astimezone(BKK):%H:%M} as before). You will receive an updated Teams invitation in a minute.

Apologies for the inconvenience, and thank you for your flexibility.

{sig}

Von: Katrin Albers <{ka[1]}>
Gesendet: Mittwoch, 14. Oktober 2026 09:40
An: Kittiya Wongsakul <{OWNER}>
Betreff: Your interview with Brenner & Vogt - {role}

Dear Ms. Wongsakul,

thank you for your application as {role} [...]
{en_date(first)}, {first:%H:%M}-{(first + timedelta(hours=1)):%H:%M} CEST ({first.astimezone(BKK):%H:%M}-{(first + timedelta(hours=1)).astimezone(BKK):%H:%M} Bangkok time)
"""
    m3, _ = plain_mail(seed=seed + 'c', date=d3, sender=ka, to=[(OWNER_NAME, OWNER)], cc=[mg],
                       subject=f'AW: Your interview with Brenner & Vogt - {role}', body=body3, client='outlook',
                       lang='de-DE', in_reply_to=id1, recv=r_eu)
    m4, _ = exchange_invite(seed=seed + 'd', date=at(BER, 2026, 10, 19, 16, 9, 2), sender=ka, to=[(OWNER_NAME, OWNER), mg],
                            subject=subj, start=start, end=end,
                            body='Rescheduled by one week - please see my e-mail. Note the new Bangkok time.\n\n' + inv_body,
                            location='Microsoft Teams-Besprechung', attendees=att, tzid='W. Europe Standard Time',
                            uid=uid, seq=1, region='eu', recv=r_eu)
    lab = label([iv('Brenner & Vogt Fahrzeugtechnik', role, start, end, 'scheduled', [mg[1]], [mg[1]],
                    'hiring_manager')], 'hard', 'positive/reschedule-across-eu-dst',
                'German supplier, Exchange invites with "W. Europe Standard Time" (label always says UTC+01:00). '
                'Interview moved from Thu 22 Oct 10:00 CEST (15:00 ICT) to Thu 29 Oct 10:00 CET (16:00 ICT) - after '
                'the EU DST end on 25 Oct the Bangkok gap grows from 5 h to 6 h. Same UID, SEQUENCE 0 -> 1: one '
                'interview at the final time. Recruiter only coordinates.')
    return 'b236-06-german-reschedule-across-dst', [('01-interview-invitation.eml', m1), ('02-teams-invite.eml', m2),
                                                     ('03-aw-moved-one-week.eml', m3), ('04-teams-invite-updated.eml', m4)], lab


@case
def c07():
    seed = 'b236-07'
    d = weekday(at(BKK, 2026, 10, 26, 14, 30, 9), 'Monday')
    start = th_weekday(at(BKK, 2026, 11, 6, 9, 0), 'ศุกร์')
    weekday(start, 'Friday')
    tour_end = at(BKK, 2026, 11, 6, 10, 0)
    panel = at(BKK, 2026, 11, 6, 10, 15)
    end = at(BKK, 2026, 11, 6, 11, 45)
    co = ('Nattaya Phromsri', 'nattaya.p@ishikura-press.example')
    pm = ('Takeshi Nomura', 't.nomura@ishikura-press.example')
    qa = ('Somchai Rattanapong', 'somchai.r@ishikura-press.example')
    hrm = ('Wanida Srisuk', 'wanida.s@ishikura-press.example')
    role = 'Senior Quality Engineer (Stamping/Welding)'
    body = f"""เรียน คุณกิตติยา

ขอบคุณที่สนใจร่วมงานกับ บริษัท อิชิคุระ เพรส เวิร์คส์ (ประเทศไทย) จำกัด ในตำแหน่ง {role}
ขอแจ้งกำหนดการสัมภาษณ์ใน{th_date(start)} ณ โรงงานนิคมอุตสาหกรรมดับบลิวเอชเอ อีสเทิร์นซีบอร์ด 1 อ.ปลวกแดง จ.ระยอง ดังนี้

{th_time(start)} - {th_time(tour_end)} น.  Plant tour (Gemba walk) สายการผลิต Stamping และ Welding กับคุณสมชาย รัตนพงศ์ (QA Manager) คุณสมชายจะให้คุณชี้จุดเสี่ยงด้านคุณภาพในไลน์และถามคำถามระหว่างเดิน ถือเป็นส่วนหนึ่งของการสัมภาษณ์
{th_time(tour_end)} - {th_time(panel)} น.  พัก
{th_time(panel)} - {th_time(end)} น.  Panel interview กับ Mr. Takeshi Nomura (Plant Manager), คุณสมชาย รัตนพงศ์ (QA Manager) และคุณวนิดา ศรีสุข (HR Manager)

กรุณามาถึงป้อมรักษาความปลอดภัยก่อนเวลา 08.45 น. และสวมรองเท้าหุ้มส้น (บริษัทจะเตรียมเสื้อกั๊กสะท้อนแสงและแว่นตานิรภัยให้)
ดิฉันได้ส่ง calendar invite แยกเป็น 2 นัด (Plant tour และ Panel interview) มาให้แล้วค่ะ

English summary: {en_date(start)} - {start:%H.%M}-{tour_end:%H.%M} plant tour with Khun Somchai (part of the interview), {panel:%H.%M}-{end:%H.%M} panel interview with Nomura-san, Khun Somchai and Khun Wanida. Please arrive by 08.45.

ขอแสดงความนับถือ
ณัฐญา พรหมศรี (Nattaya Phromsri)
Recruitment Coordinator, HR Department
Ishikura Press Works (Thailand) Co., Ltd.
WHA Eastern Seaboard Industrial Estate 1, Pluak Daeng, Rayong 21140
"""
    r = ('mail-sgaapc01on2108.outbound.protection.outlook.com', '40.107.215.108')
    m1, _ = plain_mail(seed=seed + 'a', date=d, sender=co, to=[(OWNER_NAME, OWNER)], cc=[qa, hrm],
                       subject=f'กำหนดการสัมภาษณ์ (Plant tour + Panel interview) - {role} / Ishikura Press Works (Thailand)',
                       body=body, client='outlook', cte='base64', lang='th-TH', recv=r, font='Tahoma, sans-serif')
    b2 = f"""Plant tour (Gemba walk) - Stamping & Welding lines - with Khun Somchai Rattanapong, QA Manager.
This is the first part of your interview for {role}. Meet at the security gate; PPE will be provided."""
    m2, _ = exchange_invite(seed=seed + 'b', date=at(BKK, 2026, 10, 26, 14, 35, 12), sender=co,
                            to=[(OWNER_NAME, OWNER), qa], subject='Interview (1/2) Plant tour - Kittiya Wongsakul',
                            start=start, end=tour_end, body=b2, location='Ishikura Press Works - Security gate / Stamping line',
                            attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                       (qa[0], qa[1], 'REQ-PARTICIPANT', 'ACCEPTED')],
                            tzid='SE Asia Standard Time', uid=exchange_uid(seed + 'tour'), teams=False, recv=r)
    b3 = f"""Panel interview for {role}
Panel: Mr. Takeshi Nomura (Plant Manager), Khun Somchai Rattanapong (QA Manager), Khun Wanida Srisuk (HR Manager)
Coordinator: Nattaya Phromsri (HR) - I will not attend."""
    m3, _ = exchange_invite(seed=seed + 'c', date=at(BKK, 2026, 10, 26, 14, 36, 40), sender=co,
                            to=[(OWNER_NAME, OWNER), pm, qa, hrm], subject='Interview (2/2) Panel interview - Kittiya Wongsakul',
                            start=panel, end=end, body=b3, location='Admin building 2F - Meeting room Fuji',
                            attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                       (pm[0], pm[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                       (qa[0], qa[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                       (hrm[0], hrm[1], 'REQ-PARTICIPANT', 'TENTATIVE')],
                            tzid='SE Asia Standard Time', uid=exchange_uid(seed + 'panel'), teams=False, recv=r)
    ivs = [pm[1], qa[1], hrm[1]]
    lab = label([iv('Ishikura Press Works (Thailand)', role, start, end, 'scheduled', ivs, ivs, 'onsite')], 'hard',
                'positive/plant-tour-panel-onsite',
                'Same-day onsite in Rayong sent as a Thai itinerary e-mail + two Outlook invites (SE Asia Standard '
                'Time): 09.00-10.00 plant tour with the QA manager, explicitly "part of the interview", break, '
                '10.15-11.45 panel. ONE onsite 09:00-11:45 with all three panelists; the coordinator does not attend.')
    return 'b236-07-plant-tour-and-panel-onsite', [('01-thai-itinerary.eml', m1), ('02-invite-plant-tour.eml', m2),
                                                    ('03-invite-panel.eml', m3)], lab


@case
def c08():
    seed = 'b236-08'
    d1 = weekday(at(BKK, 2026, 10, 27, 10, 5, 51), 'Tuesday')
    start = th_weekday(at(BKK, 2026, 11, 2, 10, 0), 'จันทร์')
    end = start + timedelta(hours=1)
    hr = ('กนกวรรณ ใจดี', 'kanokwan.j@siamrubberseal.example')
    qa = ('ประเสริฐ วงศ์ใหญ่', 'prasert.w@siamrubberseal.example')
    subj = f'สัมภาษณ์งาน ตำแหน่ง QA Engineer - คุณ{OWNER_TH}'
    sig = """กนกวรรณ ใจดี
เจ้าหน้าที่ฝ่ายบุคคล
บริษัท สยาม รับเบอร์ ซีล จำกัด (Siam Rubber Seal Co., Ltd.)
นิคมอุตสาหกรรมเวลโกรว์ อ.บางปะกง จ.ฉะเชิงเทรา"""
    b1 = f"""เรียน คุณกิตติยา

ตามที่ได้พูดคุยทางโทรศัพท์ ขอยืนยันนัดสัมภาษณ์ตำแหน่ง QA Engineer กับคุณประเสริฐ วงศ์ใหญ่ ผู้จัดการฝ่ายประกันคุณภาพ ใน{th_date(start, abbr=True)} เวลา {th_time(start)}-{th_time(end)} น. ณ สำนักงานใหญ่ บางปะกง

กรุณากดตอบรับนัดหมายนี้ด้วยค่ะ

{sig}"""
    uid = exchange_uid(seed)
    att = [(OWNER_TH, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'), (qa[0], qa[1], 'REQ-PARTICIPANT', 'ACCEPTED')]
    loc = 'ห้องประชุม 1 อาคารสำนักงาน (บางปะกง)'
    r = ('mail-tyzapc01on2130.outbound.protection.outlook.com', '40.107.117.130')
    m1, _ = exchange_invite(seed=seed + 'a', date=d1, sender=hr, to=[(OWNER_TH, OWNER), qa], subject=subj, start=start,
                            end=end, body=b1, location=loc, attendees=att, tzid='SE Asia Standard Time', uid=uid,
                            thai=True, teams=False, recv=r)
    d2 = weekday(at(BKK, 2026, 10, 29, 17, 12, 40), 'Thursday')
    b2 = f"""เรียน คุณกิตติยา

ดิฉันต้องขออภัยเป็นอย่างสูง เนื่องจากบริษัทมีนโยบายชะลอการรับพนักงานในตำแหน่ง QA Engineer ออกไปจนถึงปีหน้า จึงขอยกเลิกนัดสัมภาษณ์ใน{th_date(start, abbr=True)} เวลา {th_time(start)} น. กับคุณประเสริฐ

บริษัทจะเก็บประวัติของคุณไว้ และจะติดต่อกลับหากเปิดรับตำแหน่งนี้อีกครั้ง ขออภัยในความไม่สะดวกค่ะ

{sig}"""
    m2, _ = plain_mail(seed=seed + 'b', date=d2, sender=hr, to=[(OWNER_TH, OWNER)], cc=[qa],
                       subject=f'ยกเลิกนัดสัมภาษณ์ ตำแหน่ง QA Engineer ({start.day} {TH_MON_ABBR[start.month - 1]} {start.year + 543})',
                       body=b2, client='outlook', cte='base64', lang='th-TH', recv=r, font='Tahoma, sans-serif')
    m3, _ = exchange_invite(seed=seed + 'c', date=at(BKK, 2026, 10, 29, 17, 14, 2), sender=hr, to=[(OWNER_TH, OWNER), qa],
                            subject='ยกเลิก: ' + subj, start=start, end=end,
                            body='ขอยกเลิกนัดสัมภาษณ์ครั้งนี้ รายละเอียดตามอีเมลที่ส่งไปค่ะ', location=loc, attendees=att,
                            tzid='SE Asia Standard Time', uid=uid, seq=1, method='CANCEL', thai=True, teams=False, recv=r)
    lab = label([iv('Siam Rubber Seal', 'QA Engineer', start, end, 'cancelled', [qa[1]], [qa[1]], 'hiring_manager')],
                'medium', 'positive/cancellation-thai-outlook',
                'Thai-language Outlook: meeting request ("เมื่อ: วันจันทร์ที่ 2 พฤศจิกายน 2569 10:00-11:00 (UTC+07:00)"), '
                'then a Thai e-mail cancelling because of a hiring freeze, then METHOD:CANCEL / STATUS:CANCELLED with the '
                'same UID. Kept as ONE cancelled interview at its last time; interviewer = the QA manager attendee.')
    return 'b236-08-thai-outlook-cancelled', [('01-nat-sampat-invite.eml', m1), ('02-yok-loek-email.eml', m2),
                                              ('03-cancel-invite.eml', m3)], lab


@case
def c09():
    seed = 'b236-09'
    d1 = weekday(at(BKK, 2026, 10, 9, 13, 20, 44), 'Friday')
    s1 = th_weekday(at(BKK, 2026, 10, 14, 10, 0), 'พุธ')
    e1 = s1 + timedelta(hours=1)
    hr = ('เสาวลักษณ์ อินทรักษ์', 'saowalak.i@sakuragawa-ae.example')
    qm = ('ธีรวัฒน์ คงแก้ว', 'theerawat.k@sakuragawa-ae.example')
    jp = ('Shinji Sakamoto', 's.sakamoto@sakuragawa-ae.example')
    ghr = ('Mai Fujita', 'm.fujita@sakuragawa-ae.example')
    role = 'Customer Quality Engineer'
    tb, _ = teams_block(seed + 'r1')
    sig = """เสาวลักษณ์ อินทรักษ์ (Saowalak)
HR & Admin Section
Sakuragawa Auto Electric (Thailand) Co., Ltd.
นิคมอุตสาหกรรมปิ่นทอง อ.ศรีราชา จ.ชลบุรี"""
    b1 = f"""เรียน คุณ{OWNER_TH}

บริษัท ซากุระกาวะ ออโต้ อีเลคทริค (ประเทศไทย) จำกัด ขอเรียนเชิญคุณสัมภาษณ์งานรอบที่ 1 ตำแหน่ง {role} ผ่าน Microsoft Teams

{th_date(s1)} เวลา {th_time(s1)} - {th_time(e1)} น.
ผู้สัมภาษณ์: คุณธีรวัฒน์ คงแก้ว (QA Manager) ซึ่งอยู่ใน cc ของอีเมลนี้
หัวข้อ: Customer claim handling, PPAP, IATF 16949 core tools

{tb}

รบกวนยืนยันการเข้าสัมภาษณ์โดยตอบกลับอีเมลนี้ค่ะ

{sig}
"""
    m1, id1 = plain_mail(seed=seed + 'a', date=d1, sender=hr, to=[(OWNER_TH, OWNER)], cc=[qm],
                         subject=f'นัดสัมภาษณ์รอบที่ 1 (Online) ตำแหน่ง {role} - Sakuragawa Auto Electric (Thailand)',
                         body=b1, client='gmail', recv=('mail-sor-f41.google.com', '209.85.220.41'))
    d2 = weekday(at(BKK, 2026, 10, 16, 11, 2, 19), 'Friday')
    s2 = at(TYO, 2026, 10, 27, 11, 0)
    e2 = s2 + timedelta(minutes=45)
    s2b, e2b = s2.astimezone(BKK), e2.astimezone(BKK)
    th_weekday(s2b, 'อังคาร')
    assert (s2b.hour, s2b.minute) == (9, 0)
    b2 = f"""เรียน คุณกิตติยา

ขอแสดงความยินดีด้วยค่ะ คุณผ่านการสัมภาษณ์รอบที่ 1 แล้ว
รอบสุดท้ายจะเป็นการสัมภาษณ์กับ Mr. Shinji Sakamoto (Director, Quality Division) จากสำนักงานใหญ่ที่ฮามามัตสึ ประเทศญี่ปุ่น ผ่าน Google Meet (สัมภาษณ์เป็นภาษาอังกฤษ)

{th_date(s2b, abbr=True)}
เวลา {th_time(s2b)} - {th_time(e2b)} น. (เวลาประเทศไทย) / {s2:%H:%M} - {e2:%H:%M} JST

คุณ Mai Fujita จาก Global HR ที่ญี่ปุ่นจะส่ง calendar invite ให้ (เวลาในปฏิทินจะแสดงเป็นเวลาญี่ปุ่น) กรุณาเข้าห้องก่อนเวลา 5 นาทีค่ะ

{sig}
"""
    m2, _ = plain_mail(seed=seed + 'b', date=d2, sender=hr, to=[(OWNER_TH, OWNER)], cc=[qm],
                       subject=f'ผลการสัมภาษณ์รอบที่ 1 และนัดสัมภาษณ์รอบสุดท้าย - {role}', body=b2, client='gmail',
                       in_reply_to=id1, recv=('mail-sor-f41.google.com', '209.85.220.41'))
    ev = gcal_event(seed=seed + 'c', summary=f'[Final Interview] {role} (Thailand) - Kittiya Wongsakul / Sakamoto',
                    description=(f'Final interview for {role}, Sakuragawa Auto Electric (Thailand).\n'
                                 f'Interviewer: Shinji Sakamoto, Director, Quality Division (Hamamatsu HQ)\n'
                                 f'Time: {s2:%H:%M}-{e2:%H:%M} JST / {s2b:%H:%M}-{e2b:%H:%M} ICT\nLanguage: English\n'
                                 f'Coordinator: Mai Fujita (Global HR)'),
                    start=s2, end=e2, zone_name='Asia/Tokyo', organizer=ghr,
                    attendees=[{'email': ghr[1], 'name': ghr[0], 'organizer': True, 'response': 'accepted'},
                               {'email': jp[1], 'name': jp[0], 'response': 'accepted'},
                               {'email': hr[1], 'name': 'Saowalak Intharak', 'optional': True, 'response': 'tentative'},
                               {'email': OWNER, 'self': True, 'response': 'accepted'}],
                    created=at(TYO, 2026, 10, 16, 14, 40), updated=at(TYO, 2026, 10, 16, 18, 3, 51), meet=meet_code(seed))
    lab = label([iv('Sakuragawa Auto Electric (Thailand)', role, s1, e1, 'scheduled', [qm[1]], [qm[1]], 'technical'),
                 iv('Sakuragawa Auto Electric (Thailand)', role, s2, e2, 'scheduled', [jp[1]], [jp[1]], 'hiring_manager')],
                'hard', 'positive/two-interviews-bangkok-and-jst',
                'Two interviews in one case: round 1 on Teams (Thai e-mail, Wed 14 Oct 10.00-11.00 ICT, QA manager in cc) '
                'and the final round with the Japan HQ director, announced in Thai with both clocks (09.00 ICT / 11:00 JST) '
                'and as a Calendar API event in Asia/Tokyo (same final interview, counted once). The Global HR '
                'organizer and the optional Thai HR attendee only coordinate.')
    return 'b236-09-two-rounds-bangkok-then-japan-hq', [('01-round1-invitation.eml', m1), ('02-passed-round1-final.eml', m2),
                                                        ('03-final-interview.gcal.json', ev)], lab


@case
def c10():
    seed = 'b236-10'
    start = th_weekday(at(BKK, 2026, 11, 18, 13, 30), 'พุธ')
    end = start + timedelta(hours=1)
    org = ('รัตนา สมบูรณ์', 'rattana.s@pattana-autoplastics.example')
    qa = ('เอกชัย ผลศรี', 'ekachai.p@pattana-autoplastics.example')
    desc = (f'สัมภาษณ์งานตำแหน่ง Supplier Quality Engineer (SQE)\n'
            f'บริษัท พัฒนา ออโต้ พลาสติก จำกัด (Pattana Auto Plastics Co., Ltd.)\n'
            f'ผู้สัมภาษณ์: คุณเอกชัย ผลศรี ผู้จัดการแผนก SQA\n'
            f'ผ่าน Google Meet ใช้เวลาประมาณ 1 ชั่วโมง\n'
            f'ผู้ประสานงาน: รัตนา สมบูรณ์ (HR) โทร 02-709-4410')
    ev = gcal_event(seed=seed, summary=f'สัมภาษณ์งาน: Supplier Quality Engineer - คุณ{OWNER_TH}', description=desc,
                    start=start, end=end, zone_name='Asia/Bangkok', organizer=org,
                    attendees=[{'email': org[1], 'name': org[0], 'organizer': True, 'response': 'accepted'},
                               {'email': qa[1], 'name': qa[0], 'response': 'accepted'},
                               {'email': OWNER, 'self': True, 'response': 'accepted'}],
                    created=at(BKK, 2026, 11, 10, 9, 14), updated=at(BKK, 2026, 11, 10, 9, 20, 33), meet=meet_code(seed))
    lab = label([iv('Pattana Auto Plastics', 'Supplier Quality Engineer (SQE)', start, end, 'scheduled', [qa[1]], [qa[1]],
                    'hiring_manager')], 'easy', 'positive/gcal-json-thai',
                'Calendar API event only, Thai summary "สัมภาษณ์งาน" and description; Asia/Bangkok. Organizer is HR '
                '(coordinator); the SQA manager attendee interviews.')
    return 'b236-10-gcal-event-thai-summary', [('01-sampat-ngan-sqe.gcal.json', ev)], lab


@case
def c11():
    seed = 'b236-11'
    start = at(TYO, 2026, 11, 12, 16, 0)
    weekday(start, 'Thursday')
    end = start + timedelta(hours=1)
    sb, eb = start.astimezone(BKK), end.astimezone(BKK)
    assert (sb.hour, eb.hour) == (14, 15)
    org = ('Kaori Ueda', 'k.ueda@aoba-friction.example')
    yh = ('Yuko Hasegawa', 'yuko.hasegawa@aoba-friction.example')
    role = 'QA Engineer (Rayong plant)'
    tb, turl = teams_block(seed)
    desc = (f'Online interview - {role}\nAoba Friction Materials Co., Ltd. / Aoba Friction (Thailand) Co., Ltd.\n\n'
            f'Interviewer: Ms. Yuko Hasegawa, General Manager, Quality Assurance Dept. (Nagoya HQ)\n'
            f'Time: {start:%H:%M}-{end:%H:%M} JST / {sb:%H:%M}-{eb:%H:%M} Thailand time\nLanguage: English\n'
            f'Coordinator: Kaori Ueda, Global HR (I will open the meeting and leave after introductions)\n\n{tb}')
    cal = exchange_ics(method='REQUEST', tzid='Tokyo Standard Time', uid=exchange_uid(seed), seq=0, start=start, end=end,
                       dtstamp=at(TYO, 2026, 11, 4, 10, 22, 7), organizer=org,
                       attendees=[(yh[0], yh[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                  (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                       summary=f'[Interview] Kittiya Wongsakul / {role}', description=desc,
                       location='Microsoft Teams Meeting', teams_url=turl,
                       prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')
    lab = label([iv('Aoba Friction', role, start, end, 'scheduled', [yh[1]], [yh[1]], 'hiring_manager')], 'medium',
                'positive/standalone-ics-tokyo',
                'Standalone Outlook .ics with TZID "Tokyo Standard Time": 16:00-17:00 JST = 14:00-15:00 ICT (both '
                'stated in the description). Organizer is Global HR who only opens the meeting.')
    return 'b236-11-standalone-ics-tokyo-time', [('01-interview-aoba-friction.ics', cal)], lab


@case
def c12():
    seed = 'b236-12'
    d1 = weekday(at(BKK, 2026, 11, 3, 10, 5, 27), 'Tuesday')
    opt1 = th_weekday(at(BKK, 2026, 11, 9, 10, 0), 'จันทร์')
    start = th_weekday(at(BKK, 2026, 11, 10, 14, 0), 'อังคาร')
    end = start + timedelta(hours=1)
    hr = ('ธนวัฒน์ มีสุข', 'thanawat.m@bnforging.example')
    qa = ('อรุณี ศักดิ์ดี', 'arunee.s@bnforging.example')
    subj = 'นัดสัมภาษณ์ ตำแหน่ง Quality Engineer - บางนา พรีซิชั่น ฟอร์จจิ้ง'
    sig = """ธนวัฒน์ มีสุข
HR Officer | บริษัท บางนา พรีซิชั่น ฟอร์จจิ้ง จำกัด (Bangna Precision Forging Co., Ltd.)
ถ.บางนา-ตราด กม.23 อ.บางเสาธง จ.สมุทรปราการ | โทร 02-312-5580"""
    b1 = f"""สวัสดีครับ คุณกิตติยา

ผมธนวัฒน์ จากฝ่ายบุคคล บริษัท บางนา พรีซิชั่น ฟอร์จจิ้ง จำกัด ครับ ได้รับใบสมัครตำแหน่ง Quality Engineer แล้ว คุณอรุณี ศักดิ์ดี ผู้จัดการฝ่ายประกันคุณภาพ (cc) สนใจขอนัดสัมภาษณ์ที่สำนักงาน ใช้เวลาประมาณ 1 ชั่วโมง โดยมีวันเวลาให้เลือกดังนี้

1) {th_date(opt1, abbr=True, yy=True)} เวลา {th_time(opt1)} น.
2) {th_date(start, abbr=True, yy=True)} เวลา {th_time(start)} น.

รบกวนแจ้งกลับว่าสะดวกช่วงไหนครับ

ขอบคุณครับ
{sig}
"""
    r = ('mail-sor-f52.google.com', '209.85.220.52')
    m1, id1 = plain_mail(seed=seed + 'a', date=d1, sender=hr, to=[(OWNER_TH, OWNER)], cc=[qa], subject=subj, body=b1,
                         client='gmail', recv=r)
    own_d = at(BKK, 2026, 11, 3, 20, 47)
    own_id = f'<CA{hid(seed + "own", 40)}@mail.gmail.com>'
    d2 = weekday(at(BKK, 2026, 11, 4, 9, 18, 3), 'Wednesday')
    quoted1 = '\n'.join('>> ' + l if l else '>>' for l in b1.rstrip('\n').split('\n'))
    b2 = f"""สวัสดีครับ คุณกิตติยา

ยืนยันนัดสัมภาษณ์ตามที่แจ้งมาครับ
{th_date(start)} เวลา {th_time(start)} - {th_time(end)} น. กับคุณอรุณี ที่สำนักงาน ถ.บางนา-ตราด กม.23
เมื่อมาถึงแจ้งชื่อที่ป้อม รปภ. ได้เลยครับ

{sig}

On {own_d:%a}, {own_d.day} {own_d:%b} {own_d.year} at {own_d:%H:%M}, {OWNER_NAME} <{OWNER}> wrote:
> สวัสดีค่ะ คุณธนวัฒน์
>
> ขอเลือกตัวเลือกที่ 2 {th_date(start, abbr=True, yy=True)} เวลา {th_time(start)} น. ค่ะ
>
> ขอบคุณค่ะ
> กิตติยา
>
> On {d1:%a}, {d1.day} {d1:%b} {d1.year} at {d1:%H:%M}, {hr[0]} <{hr[1]}> wrote:
{quoted1}
"""
    m2, _ = plain_mail(seed=seed + 'b', date=d2, sender=hr, to=[(OWNER_TH, OWNER)], cc=[qa], subject='Re: ' + subj,
                       body=b2, client='gmail', in_reply_to=own_id, references=f'{id1} {own_id}', recv=r)
    lab = label([iv('Bangna Precision Forging', 'Quality Engineer', start, end, 'scheduled', [qa[1]], [qa[1]],
                    'hiring_manager')], 'medium', 'positive/thai-thread-propose-confirm',
                'Thai Gmail thread: HR offers two slots with 2-digit BE years ("9 พ.ย. 69" / "10 พ.ย. 69"), the candidate '
                'picks option 2 (quoted), HR confirms Tue 10 Nov 2026 14.00-15.00. Only the confirmed slot counts; the '
                'QA manager (cc) is the interviewer.')
    return 'b236-12-thai-thread-pick-a-slot', [('01-hr-proposes-two-slots.eml', m1), ('02-re-confirmed-option-2.eml', m2)], lab


@case
def c13():
    seed = 'b236-13'
    d = weekday(at(BKK, 2026, 11, 25, 17, 48, 31), 'Wednesday')
    start = th_weekday(at(BKK, 2026, 12, 3, 10, 0), 'พฤหัสบดี')
    weekday(start, 'Thursday')
    end = start + timedelta(hours=1)
    cons = ('Chayanin Phuangmalai', 'chayanin.p@siamcareerlink.example')
    sr = ('Sirinya Chantarasiri', 'sirinya.c@hinode-lighting.example')
    ono = ('Daisuke Ono', 'd.ono@hinode-lighting.example')
    fd = at(BKK, 2026, 11, 25, 15, 10)
    inner_subj = 'Interview invitation - Quality Engineer (Ms. Kittiya Wongsakul)'
    body = f"""สวัสดีครับคุณกิตติยา

ทาง Hinode Lighting ยืนยันนัดสัมภาษณ์แล้วครับ รายละเอียดตามอีเมลด้านล่าง สรุปคือ

{th_date(start)} เวลา {th_time(start)} - {th_time(end)} น.
สัมภาษณ์กับ Mr. Daisuke Ono (Plant Manager) และคุณศิริญญา (HR Manager) ที่โรงงานอมตะซิตี้ ชลบุรี

พรุ่งนี้ช่วงบ่ายผมจะโทรไปบรีฟเรื่องคำถามที่ Ono-san มักจะถามนะครับ ถ้ามีอะไรสงสัยโทรหาผมได้ตลอดครับ

Chayanin Phuangmalai (Ben)
Senior Consultant - Engineering & Manufacturing
Siam Career Link Recruitment Co., Ltd. | Mobile 086-xxx-2291

---------- Forwarded message ---------
From: {sr[0]} <{sr[1]}>
Date: {fd:%a}, {fd.day} {fd:%b} {fd.year} at {fd:%H:%M}
Subject: {inner_subj}
To: {cons[0]} <{cons[1]}>
Cc: {ono[0]} <{ono[1]}>


Dear Khun Ben,

Thank you for introducing Khun Kittiya. We would like to invite her for an interview:

Date: {en_date(start)}
Time: {start:%H:%M} - {end:%H:%M}
Place: Hinode Lighting (Thailand) Co., Ltd., Amata City Chonburi, Building B, 2F meeting room
Interviewers: Mr. Daisuke Ono (Plant Manager) and myself

Please ask her to bring her ID card; the guard will issue a visitor badge.

Best regards,
Sirinya Chantarasiri
HR Manager
Hinode Lighting (Thailand) Co., Ltd.
"""
    m, _ = plain_mail(seed=seed, date=d, sender=cons, to=[(OWNER_NAME, OWNER)], subject='Fwd: ' + inner_subj, body=body,
                      client='gmail', recv=('mail-sor-f73.google.com', '209.85.220.73'))
    ivs = [ono[1], sr[1]]
    lab = label([iv('Hinode Lighting (Thailand)', 'Quality Engineer', start, end, 'scheduled', ivs, ivs, 'onsite')],
                'hard', 'positive/agency-forward-be-date',
                'Recruitment-agency consultant forwards the client\'s confirmation with a Thai summary '
                '("วันพฤหัสบดีที่ 3 ธันวาคม 2569 เวลา 10.00 - 11.00 น."). Interviewers are the client\'s plant manager '
                'and HR manager (addresses in the forwarded block) -> panel/onsite. The agency\'s briefing call '
                '"พรุ่งนี้ช่วงบ่าย" is prep, not an interview, and the consultant is not a follow-up recipient.')
    return 'b236-13-agency-forward-3-dec-2569', [('01-fwd-interview-invitation.eml', m)], lab


# ============================================================================= NEGATIVE CASES (look-alikes)
CUR = 'smf-thai.example'   # the owner's current employer, Sukhumvit Metal Forming Co., Ltd.


@case
def c14():
    seed = 'b236-14'
    d = weekday(at(BKK, 2026, 10, 12, 9, 40, 11), 'Monday')
    start = weekday(at(BKK, 2026, 11, 10, 8, 30), 'Tuesday')
    end = at(BKK, 2026, 11, 10, 17, 0)
    qmr = ('Pornpimol Saengthong', f'pornpimol.s@{CUR}')
    aud = ('Lars Eriksson', 'lars.eriksson@nordiccert.example')
    prod = ('Anucha Thepsiri', f'anucha.t@{CUR}')
    body = f"""Dear all,

Nordic Cert Asia will conduct our 2nd surveillance audit for IATF 16949:2016 on 10-11 Nov 2026. Lead auditor: Mr. Lars Eriksson. Please block the whole day.

Audit plan - Day 1 ({start:%a} {start.day} {start:%b})
08.30-09.00  Opening meeting (Meeting room 1) - all managers
09.00-10.30  Process audit: Production / Press line 3 (K. Anucha)
10.30-12.00  Interview with process owner: customer complaint handling & 8D (K. Kittiya, QA)
13.00-15.00  Layered process audit, calibration & MSA
16.30-17.00  Day-1 wrap-up with auditor

Please prepare: customer scorecards, 8D reports (last 12 months), CSR matrix, PPAP files for the new RR bracket.

Kittiya - sent to your private mail as well because your company mailbox is still being migrated.

Pornpimol Saengthong
QMR / QA Manager
Sukhumvit Metal Forming Co., Ltd. | Bang Phli, Samut Prakan"""
    m, _ = exchange_invite(seed=seed, date=d, sender=qmr, to=[(OWNER_NAME, OWNER), prod], cc=[aud],
                           subject='IATF 16949 Surveillance Audit (2nd) - Opening Meeting & QA Process Interview',
                           start=start, end=end, body=body, location='Meeting room 1 / Shop floor',
                           attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                      (prod[0], prod[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                      (aud[0], aud[1], 'OPT-PARTICIPANT', 'NEEDS-ACTION')],
                           tzid='SE Asia Standard Time', uid=exchange_uid(seed), teams=False)
    lab = label([], 'hard', 'negative/certification-audit',
                'Outlook invite from the owner\'s current employer for an IATF 16949 surveillance audit; the owner is '
                'the process owner "interviewed" by the certification auditor. Work meeting, not a job interview.')
    return 'b236-14-iatf-16949-audit-process-interview', [('01-iatf-audit-invite.eml', m)], lab


@case
def c15():
    seed = 'b236-15'
    d = weekday(at(BKK, 2026, 11, 12, 15, 14, 55), 'Thursday')
    start = weekday(at(BKK, 2026, 11, 19, 13, 30), 'Thursday')
    end = at(BKK, 2026, 11, 19, 15, 0)
    sqe = ('Nuttapol Kaewsai', 'nuttapol.k@siam-motor-asm.example')
    desc = ("Supplier: Sukhumvit Metal Forming (K. Kittiya, K. Pornpimol)\n"
            "Issue: burr on RR seat bracket, customer complaint SMA-QN-26-0418\n\n"
            "Agenda\n1) Gemba at trim station T-12 - we will interview the operators who found the burr\n"
            "2) Review containment / CS1 sorting data\n3) Root cause and permanent corrective action status (8D D4-D7)\n\n"
            "PPE required (safety shoes, glasses). Please bring 8D rev.3 and the sorting records.")
    m, _ = google_invite(seed=seed, date=d, organizer=sqe,
                         attendees=[(sqe[0], sqe[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                    ('Pornpimol Saengthong', f'pornpimol.s@{CUR}', 'REQ-PARTICIPANT', 'ACCEPTED'),
                                    (OWNER, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                         title='Line-side quality review - RR bracket burr (8D) @ Laem Chabang trim line', start=start,
                         end=end, zone=BKK, tz_short='ICT', tz_long='Indochina Time',
                         description=desc, location='Siam Motor Assembly, Laem Chabang plant - Trim line T-12')
    lab = label([], 'medium', 'negative/customer-quality-meeting',
                'Google invite from an OEM customer\'s supplier quality engineer for a line-side quality review (8D), '
                'with "interview the operators". Supplier-customer work meeting, not a hiring step.')
    return 'b236-15-customer-line-side-quality-review', [('01-invitation-line-side-review.eml', m)], lab


@case
def c16():
    seed = 'b236-16'
    start = weekday(at(BKK, 2026, 11, 25, 8, 0), 'Wednesday')
    end = at(BKK, 2026, 11, 25, 17, 0)
    org = ('TAPQA Events', 'events@tapqa.example')
    desc = ("Toyota Supplier Quality Conference 2026 (Thailand) - registration confirmed\n"
            "Organised by the Thai Auto Parts Quality Association (TAPQA)\n\n"
            "08.00 Registration\n09.00 Keynote: TPS and supplier quality targets 2027\n"
            "10.30 Panel discussion: zero-defect launch for BEV parts\n"
            "13.00 On-stage interview: 'From QC inspector to Quality Director' (moderated by TAPQA)\n"
            "15.30 Supplier Quality Awards\n\nVenue: BITEC Bangna, Hall 101\nRegistration no. TSQC26-0815")
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//TAPQA//Event Registration 3.2//EN', 'CALSCALE:GREGORIAN',
         'METHOD:PUBLISH'] + VTZ['Asia/Bangkok'] + [
        'BEGIN:VEVENT', f'UID:tsqc2026-0815-{hid(seed, 12)}@tapqa.example', 'SEQUENCE:0',
        f'DTSTAMP:{utcstamp(at(BKK, 2026, 10, 30, 13, 2, 45))}',
        f'DTSTART;TZID=Asia/Bangkok:{localstamp(start)}', f'DTEND;TZID=Asia/Bangkok:{localstamp(end)}',
        f'SUMMARY:{ical_text("Toyota Supplier Quality Conference 2026 (Thailand)")}',
        f'DESCRIPTION:{ical_text(desc)}', f'LOCATION:{ical_text("BITEC Bangna, Hall 101, Bangkok")}',
        f'ORGANIZER;CN={org[0]}:mailto:{org[1]}',
        f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={OWNER_NAME}:mailto:{OWNER}',
        'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'URL:https://www.tapqa.example/tsqc2026', 'BEGIN:VALARM',
        'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'TRIGGER:-P1D', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    lab = label([], 'medium', 'negative/industry-conference',
                'Standalone .ics for a supplier quality conference (registration confirmed) with a panel discussion '
                'and an "on-stage interview" session; the owner is an attendee, nobody interviews her for a job.')
    return 'b236-16-toyota-supplier-quality-conference', [('01-tsqc-2026.ics', ics(L))], lab


@case
def c17():
    seed = 'b236-17'
    d = weekday(at(BKK, 2026, 11, 16, 10, 31, 7), 'Monday')
    start = th_weekday(at(BKK, 2026, 11, 23, 9, 0), 'จันทร์')
    end = start + timedelta(hours=1)
    sender = ('ระบบนัดหมายล่วงหน้า กรมการจัดหางาน', 'no-reply@eservice.doe.example')
    place = 'สำนักบริหารแรงงานต่างด้าว กรมการจัดหางาน ชั้น 3 ถนนมิตรไมตรี แขวงดินแดง เขตดินแดง กรุงเทพฯ 10400'
    body = f"""เรียน นางสาว{OWNER_TH} (ผู้ยื่นคำขอแทนนายจ้าง)

ระบบได้รับการนัดหมายล่วงหน้าของท่านเรียบร้อยแล้ว

หมายเลขนัดหมาย : WP-2569-118204
บริการ : ยื่นคำขอรับใบอนุญาตทำงานของคนต่างด้าว
คนต่างด้าว : MR. HARUTO SATO สัญชาติ ญี่ปุ่น (ตำแหน่ง Technical Advisor)
นายจ้าง : บริษัท สุขุมวิท เมทัล ฟอร์มมิ่ง จำกัด
วันที่นัดหมาย : {th_date(start)}
เวลา : {th_time(start)} - {th_time(end)} น.
สถานที่ : {place}

สิ่งที่ต้องเตรียม
1. หนังสือเดินทางตัวจริงของคนต่างด้าว (วีซ่า Non-Immigrant B)
2. ใบรับรองแพทย์ (ออกให้ไม่เกิน 1 เดือน)
3. หนังสือมอบอำนาจพร้อมติดอากรแสตมป์
4. คนต่างด้าวต้องมาแสดงตนด้วยตนเอง เพื่อให้เจ้าหน้าที่สัมภาษณ์และถ่ายรูป

กรุณามาก่อนเวลานัด 15 นาที หากมาช้าเกินกว่า 30 นาที ระบบจะยกเลิกการนัดหมายโดยอัตโนมัติ

อีเมลฉบับนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ
"""
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//DOE e-Service//Appointment//TH', 'METHOD:PUBLISH']
              + VTZ['Asia/Bangkok'] + [
        'BEGIN:VEVENT', 'UID:WP-2569-118204@eservice.doe.example', 'SEQUENCE:0', f'DTSTAMP:{utcstamp(d)}',
        f'ORGANIZER;CN=DOE e-Service:mailto:{sender[1]}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={OWNER_NAME}:mailto:{OWNER}',
        f'DTSTART;TZID=Asia/Bangkok:{localstamp(start)}', f'DTEND;TZID=Asia/Bangkok:{localstamp(end)}',
        f'SUMMARY:{ical_text("นัดหมายยื่นคำขอใบอนุญาตทำงาน WP-2569-118204 (MR. HARUTO SATO)")}',
        f'LOCATION:{ical_text(place)}',
        f'DESCRIPTION:{ical_text("คนต่างด้าวต้องมาแสดงตนเพื่อสัมภาษณ์และถ่ายรูป")}', 'STATUS:CONFIRMED',
        'END:VEVENT', 'END:VCALENDAR'])
    m, _ = plain_mail(seed=seed, date=d, sender=sender, to=[(None, OWNER)],
                      subject='ยืนยันการนัดหมาย หมายเลข WP-2569-118204 : ยื่นคำขอรับใบอนุญาตทำงาน', body=body,
                      client='system', cte='base64', msgid=f'<{localstamp(d)}.118204@eservice.doe.example>',
                      attachments=[('text/calendar', 'appointment.ics', cal)], font='Tahoma, sans-serif',
                      recv=('smtp.eservice.doe.example', '192.0.2.87'))
    lab = label([], 'hard', 'negative/government-appointment',
                'Department of Employment booking confirmation (Thai, with .ics) for a Japanese colleague\'s work permit; '
                'the owner only files on the employer\'s behalf, and the officer "สัมภาษณ์" is a permit check, not a job '
                'interview.')
    return 'b236-17-work-permit-appointment-doe', [('01-doe-appointment-confirmed.eml', m)], lab


@case
def c18():
    seed = 'b236-18'
    d = weekday(at(BKK, 2026, 11, 4, 13, 20, 33), 'Wednesday')
    start = th_weekday(at(BKK, 2026, 11, 13, 13, 0), 'ศุกร์')
    end = start + timedelta(hours=1)
    hr = ('ศศิธร แก้วกล้า', f'sasithorn.k@{CUR}')
    qmr = ('Pornpimol Saengthong', f'pornpimol.s@{CUR}')
    body = f"""เรียน คุณกิตติยา และคุณพรพิมล

รบกวนร่วมเป็นผู้สัมภาษณ์ผู้สมัครตำแหน่ง QC Inspector (กะ B) นายอนันต์ ศรีบุญ ประสบการณ์ตรวจชิ้นงาน stamping 3 ปี ใน{th_date(start, abbr=True)} เวลา {th_time(start)}-{th_time(end)} น. ที่ห้องประชุม 2

ผู้สมัครจะทำแบบทดสอบการอ่านค่า vernier / micrometer ก่อนเวลา 12.30 น.
Resume และแบบประเมินการสัมภาษณ์ (Interview evaluation form) อยู่ในแฟ้มที่ HR ค่ะ

ศศิธร แก้วกล้า
HR Recruitment | Sukhumvit Metal Forming Co., Ltd."""
    m, _ = exchange_invite(seed=seed, date=d, sender=hr, to=[(OWNER_TH, OWNER), qmr],
                           subject='สัมภาษณ์ผู้สมัครตำแหน่ง QC Inspector (นายอนันต์ ศรีบุญ)', start=start, end=end, body=body,
                           location='ห้องประชุม 2', attendees=[(OWNER_TH, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                                             (qmr[0], qmr[1], 'REQ-PARTICIPANT', 'ACCEPTED')],
                           tzid='SE Asia Standard Time', uid=exchange_uid(seed), thai=True, teams=False)
    lab = label([], 'medium', 'negative/user-is-interviewer',
                'Thai Outlook invite from the current employer\'s HR asking the owner to interview a QC inspector '
                'candidate. The owner is the interviewer, not the candidate.')
    return 'b236-18-owner-interviews-qc-inspector', [('01-interview-qc-inspector-candidate.eml', m)], lab


@case
def c19():
    seed = 'b236-19'
    d = weekday(at(BKK, 2026, 10, 18, 7, 2, 13), 'Sunday')
    fair = weekday(at(BKK, 2026, 10, 24, 9, 0), 'Saturday')
    jobs = [('Quality Engineer (Automotive)', 'Kuroda Seat Parts (Thailand) Co., Ltd.', 'Amata City, Chonburi',
             '35,000 - 45,000 THB', '2 days ago'),
            ('Supplier Quality Engineer', 'Eastern Wire Harness Co., Ltd.', 'Pinthong, Chonburi', 'Negotiable', '3 days ago'),
            ('QA Engineer (IATF 16949)', 'Rayong Cast Wheel Co., Ltd.', 'Pluak Daeng, Rayong', '40,000 - 55,000 THB',
             '5 days ago')]
    lst = '\n\n'.join(f'{t}\n{c} - {p}\n{s} | Posted {a}\nhttps://th.jobsdb.com/job/{digits(t, 8)}' for t, c, p, s, a in jobs)
    body = f"""Hi Kittiya,

12 new jobs match your alert "Quality Engineer - Chonburi, Rayong".

{lst}

See all 12 jobs: https://th.jobsdb.com/quality-engineer-jobs/in-Chonburi

WALK-IN INTERVIEW DAY
Amata City job fair - {fair:%A} {fair.day} {fair:%B} {fair.year}, 09.00-15.00, Amata Service Center. 30+ automotive companies, bring your resume - interviews on the spot!

CAREER ADVICE
7 questions Japanese factories ask in a quality engineer interview (and how to answer them)
https://th.jobsdb.com/career-advice/article/quality-engineer-interview-questions

You are receiving this email because you created a job alert on Jobsdb. Manage alerts or unsubscribe: https://th.jobsdb.com/settings/alerts
"""
    cards = ''.join(f'<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><a href="https://th.jobsdb.com/job/{digits(t, 8)}" '
                    f'style="font-size:16px;color:#1c3f94;font-weight:bold;text-decoration:none">{html.escape(t)}</a><br>'
                    f'{html.escape(c)} &middot; {html.escape(p)}<br><span style="color:#555">{html.escape(s)} | Posted {a}</span></td></tr>\n'
                    for t, c, p, s, a in jobs)
    hb = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f5f6f8">
<table width="600" align="center" style="background:#fff;padding:20px"><tr><td>
<p>Hi Kittiya,</p><p><b>12 new jobs</b> match your alert &quot;Quality Engineer - Chonburi, Rayong&quot;.</p>
<table width="100%">
{cards}</table>
<p><a href="https://th.jobsdb.com/quality-engineer-jobs/in-Chonburi">See all 12 jobs</a></p>
<div style="background:#fff4e5;padding:12px"><b>WALK-IN INTERVIEW DAY</b><br>Amata City job fair - {fair:%A} {fair.day} {fair:%B} {fair.year}, 09.00-15.00, Amata Service Center. 30+ automotive companies, bring your resume - interviews on the spot!</div>
<p><b>CAREER ADVICE</b><br><a href="https://th.jobsdb.com/career-advice/article/quality-engineer-interview-questions">7 questions Japanese factories ask in a quality engineer interview (and how to answer them)</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because you created a job alert on Jobsdb. <a href="https://th.jobsdb.com/settings/alerts">Manage alerts or unsubscribe</a></p>
</td></tr></table></body></html>
"""
    m, _ = plain_mail(seed=seed, date=d, sender=('Jobsdb', 'noreply@jobsdb.com'), to=[(None, OWNER)],
                      subject='Kittiya, 12 new Quality Engineer jobs in Chonburi + interview tips', body=body,
                      client='system', cte='quoted-printable', html_body=hb,
                      msgid=f'<0100019{hid(seed, 9)}-{hid(seed + "x", 8)}-{hid(seed + "y", 4)}-000000@email.jobsdb.com>',
                      extra=['List-Unsubscribe: <https://th.jobsdb.com/settings/alerts?unsub=1>',
                             'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk'],
                      recv=('a48-93.smtp-out.amazonses.example', '198.51.100.93'))
    lab = label([], 'medium', 'negative/job-alert',
                'JobsDB-style job alert with an "interview tips" article and a walk-in interview day at a job fair '
                '(no booked interview for the owner).')
    return 'b236-19-jobsdb-alert-walk-in-interview-day', [('01-jobsdb-alert.eml', m)], lab


@case
def c20():
    seed = 'b236-20'
    d = weekday(at(BKK, 2026, 10, 26, 9, 45, 0), 'Monday')
    dl = th_weekday(weekday(at(BKK, 2026, 10, 30, 23, 59), 'Friday'), 'ศุกร์')
    body = f"""Dear Khun Kittiya,

Thank you for applying for the Quality Engineer position at Ryokuyo Auto Components (Thailand) Co., Ltd. (Bowin, Sriracha, Chonburi).

Before we schedule interviews, all shortlisted candidates are asked to complete an online English test (about 50 minutes, speaking and listening, automated scoring; please use a quiet room and a headset).

Test link: https://assess.ryokuyo-ac.example/t/9QX4-27KD
Test ID: RYK-QE-0457
Deadline: {en_date(dl)}, {dl:%H.%M} (Bangkok time)

ขั้นตอนถัดไป: หากผลการทดสอบผ่านเกณฑ์ ฝ่ายบุคคลจะติดต่อกลับเพื่อนัดสัมภาษณ์ภายใน 1-2 สัปดาห์ (กำหนดส่งแบบทดสอบ {th_date(dl, abbr=True)} เวลา {th_time(dl)} น.)

Best regards,
Recruitment Team
Ryokuyo Auto Components (Thailand) Co., Ltd.
"""
    m, _ = plain_mail(seed=seed, date=d, sender=('Ryokuyo Recruitment', 'recruit@ryokuyo-ac.example'),
                      to=[(OWNER_NAME, OWNER)],
                      subject='Online English Test - Quality Engineer / แบบทดสอบภาษาอังกฤษออนไลน์', body=body,
                      client='outlook', cte='base64',
                      recv=('mail-tyzapc01on2077.outbound.protection.outlook.com', '40.107.117.77'))
    lab = label([], 'medium', 'negative/online-assessment',
                'Group recruiting mailbox sends an unproctored online English test with a deadline; interviews are only '
                'promised later. One-way assessment, not an interview.')
    return 'b236-20-online-english-test-before-interview', [('01-online-english-test.eml', m)], lab


@case
def c21():
    seed = 'b236-21'
    d = weekday(at(SIN, 2026, 11, 11, 17, 25, 40), 'Wednesday')
    slots = [(weekday(at(SIN, 2026, 11, 17, 10, 0), 'Tuesday')), (weekday(at(SIN, 2026, 11, 18, 16, 0), 'Wednesday')),
             (weekday(at(SIN, 2026, 11, 19, 11, 0), 'Thursday'))]
    lines = '\n'.join(f'- {s:%a} {s.day} {s:%b}, {s:%H:%M}-{(s + timedelta(minutes=30)):%H:%M} SGT '
                      f'({s.astimezone(BKK):%H:%M} Bangkok)' for s in slots)
    body = f"""Hi Kittiya,

I came across your profile and think you could be a great fit for the Customer Quality Engineer opening at our new e-axle plant in Rayong.

Would you be open to a 30-minute introductory call next week? A few slots that work on my side (Singapore time, GMT+8):

{lines}

Or just grab any time that suits you here: https://calendly.com/priscilla-lim-halcyon/30min

Looking forward to hearing from you!

Priscilla Lim
Talent Acquisition Lead, Asia
Halcyon Drive Systems Asia Pte. Ltd. | Singapore
"""
    m, _ = plain_mail(seed=seed, date=d, sender=('Priscilla Lim', 'priscilla.lim@halcyon-drive.example'),
                      to=[(OWNER_NAME, OWNER)],
                      subject='Customer Quality Engineer (Rayong) - Halcyon Drive Systems - a quick chat?', body=body,
                      client='outlook', recv=('mail-sgaapc01on2145.outbound.protection.outlook.com', '40.107.215.145'))
    lab = label([], 'medium', 'negative/availability-request',
                'Singapore recruiter outreach offering three candidate slots (SGT with Bangkok conversions) and a '
                'Calendly link; nothing is booked.')
    return 'b236-21-singapore-availability-request', [('01-quick-chat-slots.eml', m)], lab


@case
def c22():
    seed = 'b236-22'
    d = weekday(at(BKK, 2026, 10, 30, 16, 40, 22), 'Friday')
    past = th_weekday(at(BKK, 2026, 10, 20, 13, 30), 'อังคาร')
    body = f"""เรียน คุณ{OWNER_TH}

ขอขอบคุณที่สละเวลามาสัมภาษณ์งานตำแหน่ง Quality Engineer กับบริษัท ศรีราชา สปริง จำกัด เมื่อ{th_date(past)} เวลา {th_time(past)} น.

หลังจากที่คณะกรรมการได้พิจารณาอย่างรอบคอบแล้ว บริษัทขอแจ้งว่าในครั้งนี้ท่านยังไม่ได้รับการคัดเลือก เนื่องจากมีผู้สมัครที่มีคุณสมบัติตรงกับความต้องการของตำแหน่งมากกว่า

บริษัทจะเก็บประวัติของท่านไว้ในฐานข้อมูล หากมีตำแหน่งที่เหมาะสมในอนาคตจะติดต่อเพื่อนัดสัมภาษณ์อีกครั้ง

ขอให้ประสบความสำเร็จในหน้าที่การงาน

ขอแสดงความนับถือ
จินตนา บุญมา
ฝ่ายทรัพยากรบุคคล
บริษัท ศรีราชา สปริง จำกัด (Sriracha Spring Co., Ltd.)
"""
    m, _ = plain_mail(seed=seed, date=d, sender=('จินตนา บุญมา', 'jintana.b@sriracha-spring.example'),
                      to=[(OWNER_TH, OWNER)], subject='แจ้งผลการสัมภาษณ์งาน ตำแหน่ง Quality Engineer', body=body,
                      client='outlook', cte='base64', lang='th-TH', font='Tahoma, sans-serif',
                      recv=('mail-tyzapc01on2061.outbound.protection.outlook.com', '40.107.117.61'))
    lab = label([], 'medium', 'negative/rejection-after-interview',
                'Thai rejection that names the past interview date and time (20 ต.ค. 2569 13.30 น.) and promises to '
                '"นัดสัมภาษณ์อีกครั้ง" some day. Rejection, no upcoming interview.')
    return 'b236-22-thai-rejection-after-interview', [('01-jaeng-phon-sampat.eml', m)], lab


# ============================================================================= main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f'{PREFIX}{i:02d}-'), slug
        names = [n for n, _ in files]
        assert names == sorted(names) and len(set(names)) == len(names)
        os.makedirs(os.path.join(HERE, slug))
        for n, content in files:
            assert n[:3] == f'{names.index(n) + 1:02d}-' and n.endswith(('.eml', '.ics', '.gcal.json')), n
            with open(os.path.join(HERE, slug, n), 'w', encoding='utf-8', newline='') as f:
                f.write(content)
        labels[slug] = lab
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# blind236 labels (generated by make_cases.py - do not edit by hand). Schema: shared/eval/README.md\n')
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l['interview'])
    n_iv = sum(len(l['interviews']) for l in labels.values())
    n_c = sum(1 for l in labels.values() for x in l['interviews'] if x['status'] == 'cancelled')
    print(f'{len(labels)} cases: {pos} positive, {len(labels) - pos} negative; {n_iv} interviews '
          f'({n_iv - n_c} scheduled, {n_c} cancelled)')


if __name__ == '__main__':
    main()
