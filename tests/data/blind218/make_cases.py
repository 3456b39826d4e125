#!/usr/bin/env python3
"""Regenerate the blind218 evaluation set (written blind).

Theme: a Manila-based virtual assistant / customer-support specialist applying to
offshore clients (US, Australia) and Manila BPOs.  Mail in English and Taglish.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; every offset is
computed with zoneinfo and every weekday named in a text is asserted.

Usage:  python make_cases.py      (rewrites every b218-* folder and labels.yaml here)
Dependencies: standard library + PyYAML.
"""
import base64
import hashlib
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

OWNER = 'kristinejoy.villanueva@example.com'
OWNER_NAME = 'Kristine Joy Villanueva'
OWNER_OLD = 'kjvillanueva.va@example.net'   # her older personal address (case 11)

MNL = ZoneInfo('Asia/Manila')
NY = ZoneInfo('America/New_York')
LA = ZoneInfo('America/Los_Angeles')
CHI = ZoneInfo('America/Chicago')
SYD = ZoneInfo('Australia/Sydney')
UTC = timezone.utc


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
def t(y, mo, d, h, mi, *rest):
    """t(y, mo, d, h, mi, tz) or t(y, mo, d, h, mi, seconds, tz)"""
    s, tz = (0, rest[0]) if len(rest) == 1 else rest
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(d, name):
    """Assert the weekday we name in a text; return the datetime unchanged."""
    assert d.strftime('%A') == name, (d.isoformat(), d.strftime('%A'), name)
    return d


def rnd(seed, n, alpha='abcdefghijklmnopqrstuvwxyz0123456789'):
    out, i = [], 0
    while len(out) < n:
        h = hashlib.sha256(f'{seed}/{i}'.encode()).digest()
        out.extend(alpha[b % len(alpha)] for b in h)
        i += 1
    return ''.join(out[:n])


def hexid(seed, n):
    return rnd(seed, n, '0123456789abcdef')


def HEXID(seed, n):
    return rnd(seed, n, '0123456789ABCDEF')


def rfc(d):
    """RFC 5322 date, day without leading zero (as Gmail/Exchange write it)."""
    s = format_datetime(d)
    day = s[5:7]
    if day.startswith('0'):
        s = s[:5] + day[1] + s[7:]
    return s


def utcstamp(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def localstamp(d):
    return d.strftime('%Y%m%dT%H%M%S')


def hm12(d, space=True, lower=False, zero_min=True):
    """'10:00 PM' style."""
    h = d.hour % 12 or 12
    ap = 'AM' if d.hour < 12 else 'PM'
    if lower:
        ap = ap.lower()
    mins = f':{d.minute:02d}' if (d.minute or zero_min) else ''
    return f'{h}{mins}{" " if space else ""}{ap}'


def gtime(d):
    """Google Calendar style '9pm' / '9:45pm'."""
    h = d.hour % 12 or 12
    ap = 'am' if d.hour < 12 else 'pm'
    return f'{h}{":%02d" % d.minute if d.minute else ""}{ap}'


def ascii_ok(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def enc_name(name):
    if not ascii_ok(name):
        return Header(name, 'utf-8').encode()
    if any(c in name for c in '.,()@:;'):
        return '"%s"' % name
    return name


def addr(name, email):
    if not name:
        return email
    return f'{enc_name(name)} <{email}>'


def enc_subject(s):
    return s if ascii_ok(s) else Header(s, 'utf-8').encode()


def fold_header(name, value):
    line = f'{name}: {value}'
    if len(line) <= 78 or '=?' in value or '\n' in value:
        return line
    words = line.split(' ')
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76 and cur.strip():
            out.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    out.append(cur)
    return '\n'.join(out)


def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def part(ctype, body, cte='7bit', extra=()):
    if cte == 'quoted-printable':
        payload = qp(body)
    elif cte == 'base64':
        payload = b64(body)
    else:
        assert ascii_ok(body), ctype
        payload = body
    hdr = [f'Content-Type: {ctype}'] + list(extra) + [f'Content-Transfer-Encoding: {cte}']
    return '\n'.join(hdr) + '\n\n' + payload.rstrip('\n') + '\n'


def multipart(subtype, boundary, parts, extra_ct=''):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra_ct}\n\n'
    for p in parts:
        s += f'--{boundary}\n{p}\n'
    s += f'--{boundary}--\n'
    return s


def message(headers, body):
    """headers: list of (name, value); body: a part string starting with its own headers."""
    lines = [fold_header(n, v) for n, v in headers if v is not None]
    return '\n'.join(lines) + '\nMIME-Version: 1.0\n' + body


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def gmail_html(text, quote=None, attribution=None):
    def block(t_):
        return ''.join(f'<div>{html_escape(l)}</div>' if l.strip() else '<div><br></div>'
                       for l in t_.rstrip('\n').split('\n'))
    s = f'<div dir="ltr">{block(text)}</div>'
    if quote is not None:
        s += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
              f'{html_escape(attribution)}<br></div><blockquote class="gmail_quote" '
              'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              f'padding-left:1ex">{quote}</blockquote></div>')
    return s + '\n'


def outlook_html(text):
    paras = ''.join(
        f'<p class="MsoNormal">{html_escape(l) if l.strip() else "&nbsp;"}<o:p></o:p></p>\n'
        for l in text.rstrip('\n').split('\n'))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + paras + '</div>\n</body>\n</html>\n')


def quote_lines(text):
    return '\n'.join(('> ' + l) if l.strip() else '>' for l in text.rstrip('\n').split('\n')) + '\n'


# ----------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------
def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    b = line.encode('utf-8')
    chunks, first = [], True
    while len(b) > (75 if first else 74):
        n = 75 if first else 74
        while (b[n] & 0xC0) == 0x80:
            n -= 1
        chunks.append(b[:n])
        b = b[n:]
        first = False
    chunks.append(b)
    return '\r\n '.join(c.decode('utf-8') for c in chunks)


def ics(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


VTZ = {
    'Singapore Standard Time': [
        'BEGIN:VTIMEZONE', 'TZID:Singapore Standard Time',
        'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'END:STANDARD',
        'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'END:DAYLIGHT',
        'END:VTIMEZONE'],
    'AUS Eastern Standard Time': [
        'BEGIN:VTIMEZONE', 'TZID:AUS Eastern Standard Time',
        'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+1100', 'TZOFFSETTO:+1000',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4', 'END:STANDARD',
        'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+1000', 'TZOFFSETTO:+1100',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10', 'END:DAYLIGHT',
        'END:VTIMEZONE'],
    'Central Standard Time': [
        'BEGIN:VTIMEZONE', 'TZID:Central Standard Time',
        'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0600',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
        'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0600', 'TZOFFSETTO:-0500',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT',
        'END:VTIMEZONE'],
    'Asia/Manila': [
        'BEGIN:VTIMEZONE', 'TZID:Asia/Manila', 'X-LIC-LOCATION:Asia/Manila',
        'BEGIN:STANDARD', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'TZNAME:PST',
        'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE'],
}
WINTZ = {'Singapore Standard Time': MNL, 'AUS Eastern Standard Time': SYD,
         'Central Standard Time': CHI}


def attendee_line(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp=True,
                  google=False):
    if google:
        return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};'
                f'RSVP={"TRUE" if rsvp else "FALSE"};CN={name or email};X-NUM-GUESTS=0:mailto:{email}')
    return (f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={"TRUE" if rsvp else "FALSE"};'
            f'CN={name}:mailto:{email}')


def outlook_vcal(*, method, wintz, organizer, attendees, description, uid, summary, start, end,
                 dtstamp, seq, location, status='CONFIRMED', owner_appt='', lang='en-US',
                 teams_url=None):
    """start/end: aware datetimes; rendered in the Windows zone wintz."""
    z = WINTZ[wintz]
    s, e = start.astimezone(z), end.astimezone(z)
    L = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010',
         'VERSION:2.0'] + VTZ[wintz] + ['BEGIN:VEVENT',
         f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for a in attendees:
        L.append(attendee_line(*a))
    L += [f'DESCRIPTION;LANGUAGE={lang}:{ics_escape(description)}',
          f'UID:{uid}',
          f'SUMMARY;LANGUAGE={lang}:{ics_escape(summary)}',
          f'DTSTART;TZID={wintz}:{localstamp(s)}',
          f'DTEND;TZID={wintz}:{localstamp(e)}',
          'CLASS:PUBLIC', 'PRIORITY:1' if method == 'CANCEL' else 'PRIORITY:5',
          f'DTSTAMP:{utcstamp(dtstamp)}', 'TRANSP:OPAQUE' if method != 'CANCEL' else 'TRANSP:TRANSPARENT',
          f'STATUS:{status}', f'SEQUENCE:{seq}',
          f'LOCATION;LANGUAGE={lang}:{ics_escape(location)}',
          f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
          f'X-MICROSOFT-CDO-OWNERAPPTID:{owner_appt}',
          'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if method == 'CANCEL' else 'TENTATIVE'),
          'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if method == 'CANCEL' else 'BUSY'),
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:' + ('2' if method == 'CANCEL' else '1'),
          'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_url:
        L.append(f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}')
        L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT']
    if method == 'REQUEST':
        L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
              'ACTION:DISPLAY', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def teams_block(seed):
    mid = ' '.join(rnd(seed + 'mid', 12, '0123456789')[i:i + 3] for i in range(0, 12, 3))
    pc = rnd(seed + 'pc', 6, 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    tid = hexid(seed + 'tid', 32)
    url = ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_' + rnd(seed + 'm', 44,
           'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') +
           '%40thread.v2/0?context=%7b%22Tid%22%3a%22' +
           f'{tid[:8]}-{tid[8:12]}-{tid[12:16]}-{tid[16:20]}-{tid[20:]}' + '%22%7d')
    text = ('________________________________________________________________________________\n'
            'Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n'
            f'Join the meeting now<{url}>\n'
            f'Meeting ID: {mid}\n'
            f'Passcode: {pc}\n'
            '________________________________\n'
            'For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/> | '
            'Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n'
            '________________________________________________________________________________\n')
    return text, url


def outlook_invite(*, date, msgid, subject, organizer, to, cc=(), body, vcal, method='REQUEST',
                   thread_topic=None, region='SG2PR04MB', domain_region='apcprd04',
                   importance=None, in_reply_to=None):
    seed = msgid
    b = f'_000_{region}{HEXID(seed + "b", 12)}{region}{HEXID(seed + "c", 4)}apcp_'
    parts = [
        part('text/plain; charset="utf-8"', body, 'quoted-printable'),
        part('text/html; charset="utf-8"', outlook_html(body), 'quoted-printable'),
        part(f'text/calendar; charset="utf-8"; method={method}', vcal, 'base64'),
    ]
    hdrs = [('Delivered-To', OWNER),
            ('Received', f'from {region}{HEXID(seed + "r", 4)}.{domain_region}.prod.outlook.com '
                         f'({"2603:1096:4:" + hexid(seed + "ip", 3) + "::" + hexid(seed + "ip2", 2)}) by '
                         f'{region}{HEXID(seed + "r", 4)}.{domain_region}.prod.outlook.com with HTTPS; '
                         f'{rfc(date.astimezone(UTC))}'),
            ('From', addr(*organizer)),
            ('To', ', '.join(addr(*x) for x in to)),
            ('CC', ', '.join(addr(*x) for x in cc) if cc else None),
            ('Subject', enc_subject(subject)),
            ('Thread-Topic', enc_subject(thread_topic or subject)),
            ('Thread-Index', 'AQH' + rnd(seed + 'ti', 29, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '=='),
            ('Date', rfc(date.astimezone(UTC))),
            ('Message-ID', msgid),
            ('In-Reply-To', in_reply_to),
            ('References', in_reply_to),
            ('Importance', importance),
            ('Accept-Language', 'en-US'),
            ('Content-Language', 'en-US'),
            ('X-MS-Has-Attach', ''),
            ('X-MS-TNEF-Correlator', ''),
            ]
    return message(hdrs, multipart('alternative', b, parts))


def google_vcal(*, organizer, attendees, start, end, dtstamp, created, uid, seq, summary,
                description, meet=None, method='REQUEST', status='CONFIRMED', location=''):
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT',
         f'DTSTART:{utcstamp(start)}', f'DTEND:{utcstamp(end)}', f'DTSTAMP:{utcstamp(dtstamp)}',
         f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}', f'UID:{uid}']
    for a in attendees:
        L.append(attendee_line(*a, google=True))
    if meet:
        L.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    L += [f'CREATED:{utcstamp(created)}', f'DESCRIPTION:{ics_escape(description)}',
          f'LAST-MODIFIED:{utcstamp(dtstamp)}', f'LOCATION:{ics_escape(location)}',
          f'SEQUENCE:{seq}', f'STATUS:{status}', f'SUMMARY:{ics_escape(summary)}',
          'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def google_invite(*, date, organizer, guests, summary, start, end, tzlabel, tzabbr, description,
                  uid, seq, created, meet, updated=False, msgid_seed, phone=None):
    """Google Calendar invitation e-mail (multipart/mixed, alt + text/calendar + invite.ics).
    guests: list of (name, email, partstat) excluding the organizer."""
    z = start.tzinfo
    eid = base64.b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    day = start.strftime('%A %b ') + str(start.day) + start.strftime(', %Y')
    when = f'{day} \u22c5 {gtime(start)} \u2013 {gtime(end)}'
    guest_lines = [f'{organizer[0]} - organizer', organizer[1]]
    for n, e, _ in guests:
        if n:
            guest_lines.append(n)
        guest_lines.append(e)
    head = 'This event has been updated\nChanged: date and time\n\n' if updated else ''
    meet_txt = ''
    if meet:
        meet_txt = f'Join with Google Meet\nhttps://meet.google.com/{meet}\n\n'
        if phone:
            meet_txt += (f'Join by phone\n(US) {phone[0]}\nPIN: {phone[1][:3]} {phone[1][3:6]} {phone[1][6:]}#\n\n'
                         f'More phone numbers\nhttps://tel.meet/{meet}?pin={phone[1]}4417\n\n')
    plain = (f'{head}{summary}\n{when}\n{tzlabel}\n\n{meet_txt}'
             f'Organizer\n{organizer[0]}\n{organizer[1]}\n\n'
             'Guests\n' + '\n'.join(guest_lines) + f'\nView all guest info {view}\n\n'
             f'{description}\n\n'
             f'Reply for {OWNER} and view more details {view}\n'
             'Your attendance is optional.\n\n~~//~~\n'
             'Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
             'You are receiving this email because you are an attendee on the event.\n\n'
             'Forwarding this invitation could allow any recipient to send a response to the '
             'organizer, be added to the guest list, invite others regardless of their own '
             'invitation status, or modify your RSVP. Learn more '
             'https://support.google.com/calendar/answer/37135#forwarding\n')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
            + ''.join(f'<p>{"<br>".join(html_escape(x) for x in blk.split(chr(10)))}</p>'
                      for blk in plain.split('\n\n') if blk.strip())
            + '</div></body></html>\n')
    atts = [(organizer[0], organizer[1], 'REQ-PARTICIPANT', 'ACCEPTED', True)]
    atts += [(n, e, 'REQ-PARTICIPANT', ps, True) for n, e, ps in guests]
    vcal = google_vcal(organizer=organizer, attendees=atts, start=start, end=end,
                       dtstamp=date, created=created, uid=uid, seq=seq, summary=summary,
                       description=description, meet=meet)
    b1 = hexid(msgid_seed + 'b1', 12) + '05' + hexid(msgid_seed + 'b1x', 10)
    b2 = hexid(msgid_seed + 'b2', 12) + '05' + hexid(msgid_seed + 'b2x', 10)
    alt = multipart('alternative', b2, [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, 'base64'),
        part('text/html; charset="UTF-8"', html, 'quoted-printable'),
        part('text/calendar; charset="UTF-8"; method=REQUEST', vcal.replace('\r\n', '\n'), '7bit'),
    ])
    attach = part('application/ics; name="invite.ics"', vcal, 'base64',
                  extra=('Content-Disposition: attachment; filename="invite.ics"',))
    body = multipart('mixed', b1, [alt.rstrip('\n'), attach])
    kind = 'Updated invitation' if updated else 'Invitation'
    subj = (f'{kind}: {summary} @ {start.strftime("%a %b ")}{start.day}{start.strftime(", %Y")} '
            f'{gtime(start)} - {gtime(end)} ({tzabbr}) ({OWNER})')
    hdrs = [('Delivered-To', OWNER),
            ('Received', f'from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])\n'
                         f'        by mx.google.com with SMTPS id {rnd(msgid_seed + "smtp", 12)}\n'
                         f'        for <{OWNER}>\n        (Google Transport Security);\n'
                         f'        {rfc(date.astimezone(z))}'),
            ('Return-Path', f'<{rnd(msgid_seed + "rp", 20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789")}@calendar-server.bounces.google.com>'),
            ('Reply-To', addr(*organizer)),
            ('Sender', 'Google Calendar <calendar-notification@google.com>'),
            ('Message-ID', f'<calendar-{hexid(msgid_seed, 8)}-{hexid(msgid_seed + "2", 4)}-{hexid(msgid_seed + "3", 4)}-{hexid(msgid_seed + "4", 4)}-{hexid(msgid_seed + "5", 12)}@google.com>'),
            ('Date', rfc(date.astimezone(UTC))),
            ('Subject', enc_subject(subj)),
            ('From', addr(*organizer)),
            ('To', OWNER)]
    return message(hdrs, body)


def gmail_msg(*, date, frm, to, subject, text, msgid_seed, cc=(), reply=None, quoted=None,
              attribution=None, in_reply_to=None, references=None, delivered=OWNER, html=True,
              cte='quoted-printable', extra_headers=()):
    boundary = hexid(msgid_seed + 'bd', 12) + '06' + hexid(msgid_seed + 'bdx', 10)
    plain = text
    if quoted is not None:
        plain = text.rstrip('\n') + '\n\n' + attribution + '\n\n' + quote_lines(quoted)
    h = gmail_html(text, None if quoted is None else
                   ''.join(f'<div>{html_escape(l)}</div>' if l.strip() else '<div><br></div>'
                           for l in quoted.rstrip('\n').split('\n')), attribution)
    if html:
        body = multipart('alternative', boundary, [
            part('text/plain; charset="UTF-8"', plain, cte if not ascii_ok(plain) or cte == 'base64' else '7bit'),
            part('text/html; charset="UTF-8"', h, 'quoted-printable'),
        ])
    else:
        body = part('text/plain; charset="UTF-8"', plain, cte if not ascii_ok(plain) else '7bit')
    msgid = ('<CA' + rnd(msgid_seed, 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
             + '+' + rnd(msgid_seed + 'x', 36, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
             + '@mail.gmail.com>')
    hdrs = [('Delivered-To', delivered),
            ('Received', f'by 2002:a05:6520:{hexid(msgid_seed + "rcv", 4)}:b0:{hexid(msgid_seed + "rcv2", 3)}:'
                         f'{hexid(msgid_seed + "rcv3", 4)}:{hexid(msgid_seed + "rcv4", 4)} with SMTP id '
                         f'{rnd(msgid_seed + "sid", 6)}csp{rnd(msgid_seed + "sid2", 7, "0123456789")};\n'
                         f'        {rfc(date)}')]
    hdrs += list(extra_headers)
    hdrs += [('MIME-Version', None),
             ('From', addr(*frm)),
             ('Date', rfc(date)),
             ('Message-ID', msgid),
             ('In-Reply-To', in_reply_to),
             ('References', references or in_reply_to),
             ('Subject', enc_subject(subject)),
             ('To', ', '.join(addr(*x) for x in to)),
             ('Cc', ', '.join(addr(*x) for x in cc) if cc else None)]
    return message(hdrs, body), msgid


def gmail_attr(d, name, email):
    """'On Fri, Oct 9, 2026 at 2:12 PM Name <email> wrote:' in the quoter's zone."""
    return (f'On {d.strftime("%a, %b ")}{d.day}{d.strftime(", %Y")} at {hm12(d)} '
            f'{name} <{email}> wrote:')


def outlook_msg(*, date, frm, to, subject, text, msgid_seed, cc=(), region='SG2PR04MB',
                domain_region='apcprd04', in_reply_to=None, references=None, delivered=OWNER,
                cte='quoted-printable', thread_topic=None, attachments=()):
    b = f'_000_{region}{HEXID(msgid_seed + "b", 12)}{region}{HEXID(msgid_seed + "c", 4)}apcp_'
    alt = multipart('alternative', b, [
        part('text/plain; charset="utf-8"', text, cte),
        part('text/html; charset="utf-8"', outlook_html(text), 'quoted-printable')])
    if attachments:
        bm = f'_004_{region}{HEXID(msgid_seed + "m", 12)}{region}{HEXID(msgid_seed + "n", 4)}apcp_'
        body = multipart('mixed', bm, [alt.rstrip('\n')] + list(attachments))
    else:
        body = alt
    msgid = f'<{region}{HEXID(msgid_seed, 24)}@{region}{HEXID(msgid_seed + "h", 4)}.{domain_region.upper()}.PROD.OUTLOOK.COM>'
    hdrs = [('Delivered-To', delivered),
            ('From', addr(*frm)),
            ('To', ', '.join(addr(*x) for x in to)),
            ('CC', ', '.join(addr(*x) for x in cc) if cc else None),
            ('Subject', enc_subject(subject)),
            ('Thread-Topic', enc_subject(thread_topic or subject.split(': ', 1)[-1])),
            ('Thread-Index', 'AQH' + rnd(msgid_seed + 'ti', 29, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '=='),
            ('Date', rfc(date.astimezone(UTC))),
            ('Message-ID', msgid),
            ('In-Reply-To', in_reply_to),
            ('References', references or in_reply_to),
            ('Accept-Language', 'en-US'),
            ('Content-Language', 'en-US'),
            ('X-MS-Has-Attach', 'yes' if attachments else ''),
            ('X-MS-TNEF-Correlator', '')]
    return message(hdrs, body), msgid


def outlook_sent_line(d):
    return f'{d.strftime("%A, %B ")}{d.day}{d.strftime(", %Y")} {hm12(d)}'


def vendor_msg(*, date, frm, to, subject, text, html, msgid, reply_to=None, extra=(),
               boundary_seed, plain_cte='quoted-printable', html_cte='quoted-printable',
               attachments=()):
    alt = multipart('alternative', 'b1_' + rnd(boundary_seed, 32, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), [
        part('text/plain; charset=utf-8', text, plain_cte),
        part('text/html; charset=utf-8', html, html_cte)])
    if attachments:
        body = multipart('mixed', 'b2_' + rnd(boundary_seed + 'm', 32, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
                         [alt.rstrip('\n')] + list(attachments))
    else:
        body = alt
    hdrs = [('Delivered-To', OWNER),
            ('Return-Path', f'<bounces+{rnd(boundary_seed + "rp", 8, "0123456789")}-{hexid(boundary_seed, 4)}={OWNER.replace("@", "=")}@em.{frm[1].split("@")[1]}>')]
    hdrs += list(extra)
    hdrs += [('Date', rfc(date)), ('From', addr(*frm)), ('Reply-To', reply_to),
             ('To', to), ('Message-ID', msgid), ('Subject', enc_subject(subject))]
    return message(hdrs, body)


def simple_html(text):
    paras = text.rstrip('\n').split('\n\n')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
            + ''.join('<p>' + '<br>'.join(html_escape(l) for l in p.split('\n')) + '</p>' for p in paras)
            + '</body></html>\n')


def gcal_event(**kw):
    return json.dumps(kw, indent=2, ensure_ascii=False) + '\n'


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {'company': company, 'role': role,
            'start': start.isoformat(), 'end': end.isoformat() if end else None,
            'status': status, 'interviewer_emails': list(interviewers),
            'followup_recipients': list(followup), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes,
            'source': 'synthetic'}


CASES = []   # (slug, [(filename, text)], label)


def case(slug, items, lab):
    CASES.append((slug, items, lab))


KJ = (OWNER_NAME, OWNER)
SIG_KJ = '\n--\nKristine Joy Villanueva\nVirtual Assistant | Customer Support\nQuezon City, Philippines (GMT+8)\n'


# ============================================================================
# b218-01  direct client mail, 10 PM Eastern = next morning in Manila
# ============================================================================
def case01():
    megan = ('Megan Hollis', 'megan@hollispine.example')
    start = wd(t(2026, 10, 13, 22, 0, NY), 'Tuesday')
    assert wd(start.astimezone(MNL), 'Wednesday').hour == 10
    d1 = wd(t(2026, 10, 9, 14, 12, 5, NY), 'Friday')
    text1 = (
        'Hi Kristine,\n\n'
        'Thanks so much for applying to our Customer Support VA post on OnlineJobs. Your Shopify and '
        'Gorgias experience is exactly what we need going into the holiday rush.\n\n'
        "I'd love to set up a quick video interview on Zoom. Would Tuesday, October 13 at 10 PM Eastern "
        "work? If my math is right that's Wednesday the 14th at 10 AM for you in Manila. Plan on about "
        "30 minutes \u2014 I'll walk you through how we handle order issues and you can ask me anything.\n\n"
        'Let me know!\n\n'
        'Megan Hollis\nOwner, Hollis & Pine Candle Co.\nAsheville, NC\nhollispine.example\n')
    m1, id1 = gmail_msg(date=d1, frm=megan, to=[KJ], subject='Customer Support VA - interview?',
                        text=text1, msgid_seed='01a')
    kj_sent = wd(t(2026, 10, 10, 20, 40, 12, MNL), 'Saturday')
    kj_id = ('<CAJ' + rnd('01kj', 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') + '+'
             + rnd('01kjx', 30, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') + '@mail.gmail.com>')
    kj_text = ("Hi Ma'am Megan,\n\n"
               'Thank you po for considering me! Yes, Wednesday Oct 14 at 10 AM Manila time (Tuesday 10 PM '
               'your time) works for me.\n\nSalamat po and have a great weekend!\n\nKristine Joy\n' + SIG_KJ)
    nested = (kj_text + '\n' + gmail_attr(d1.astimezone(MNL), megan[0], megan[1]) + '\n\n'
              + quote_lines(text1))
    d2 = wd(t(2026, 10, 10, 9, 3, 44, NY), 'Saturday')
    text2 = ("Perfect, you're booked! Here's the Zoom link for Tuesday night (my time):\n\n"
             'https://us06web.zoom.us/j/86120347759?pwd=Rk1xZ0pQbWhTbnVmVE5oR0x6dz09\n'
             'Meeting ID: 861 2034 7759\nPasscode: candle\n\n'
             "It'll just be me. Talk soon,\nMegan\n")
    m2, _ = gmail_msg(date=d2, frm=megan, to=[KJ], subject='Re: Customer Support VA - interview?',
                      text=text2, msgid_seed='01b', quoted=nested,
                      attribution=gmail_attr(kj_sent.astimezone(NY), OWNER_NAME, OWNER),
                      in_reply_to=kj_id, references=f'{id1} {kj_id}')
    case('b218-01-client-direct-et-night', [
        ('01-megan-interview-request.eml', m1), ('02-re-zoom-link.eml', m2)],
        label([iv('Hollis & Pine Candle Co.', 'Customer Support VA', start, start + timedelta(minutes=30),
                  'scheduled', [megan[1]], [megan[1]], 'hiring_manager')],
              'easy', 'positive/direct-client-email',
              'US shop owner proposes Tue Oct 13 10 PM Eastern (EDT) = Wed 10 AM Manila, 30 min; candidate '
              'accepts in the quoted reply; owner sends the Zoom link. One interview.'))


# ============================================================================
# b218-02  Calendly booking (Manila display) + host mail, across US DST end
# ============================================================================
def case02():
    tyler = ('Tyler Brandt', 'tyler@brandtrealty.example')
    start = wd(t(2026, 11, 3, 8, 30, LA), 'Tuesday')
    end = start + timedelta(minutes=30)
    sm = wd(start.astimezone(MNL), 'Wednesday')
    assert (sm.hour, sm.minute) == (0, 30) and start.utcoffset() == timedelta(hours=-8)
    d1 = wd(t(2026, 10, 30, 18, 20, 31, UTC), 'Friday')
    zoom = 'https://us02web.zoom.us/j/81937702246?pwd=ZTdPa1NwYkVIa0Z2QjBrRm5XcTJ0Zz09'
    ev_uuid = hexid('02ev', 8) + '-' + hexid('02ev2', 4) + '-' + hexid('02ev3', 4) + '-' + hexid('02ev4', 4) + '-' + hexid('02ev5', 12)
    text = (
        f'Hi {OWNER_NAME},\n\n'
        'Your Executive VA Interview with Tyler Brandt at 12:30am (Philippine Time) on Wednesday, '
        'November 4, 2026 is scheduled.\n\n'
        'Event Type:\nExecutive VA Interview\n\n'
        'Event Date/Time:\n12:30am - Wednesday, November 4, 2026 (Philippine Time)\n\n'
        f'Location:\nThis is a Zoom web conference.\nJoin: {zoom}\n\n'
        'Invitee Time Zone:\nPhilippine Time\n\n'
        'Questions:\n\nWhich role are you applying for?\nExecutive Virtual Assistant (Brandt Realty Group)\n\n'
        'Anything we should know before the call?\nI am in Manila, GMT+8. Okay lang po ang late night schedule.\n\n'
        'Need to make changes to this event?\n'
        f'Cancel: https://calendly.com/cancellations/{ev_uuid}\n'
        f'Reschedule: https://calendly.com/reschedulings/{ev_uuid}\n\n'
        'Powered by Calendly.com\n')
    html = simple_html(text)
    vcal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendly//Calendly Events//EN',
                'METHOD:REQUEST', 'BEGIN:VEVENT', f'DTSTAMP:{utcstamp(d1)}', f'UID:{ev_uuid}@calendly.com',
                f'DTSTART:{utcstamp(start)}', f'DTEND:{utcstamp(end)}',
                f'SUMMARY:{OWNER_NAME} and Tyler Brandt',
                f'DESCRIPTION:{ics_escape("Event Name: Executive VA Interview" + chr(10) + "Location: " + zoom + chr(10) + chr(10) + "Need to make changes to this event?" + chr(10) + "Cancel: https://calendly.com/cancellations/" + ev_uuid)}',
                f'LOCATION:{zoom}', f'ORGANIZER;CN=Tyler Brandt:mailto:{tyler[1]}',
                attendee_line(OWNER_NAME, OWNER, partstat='ACCEPTED', rsvp=False),
                'STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR'])
    att = part('text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"', vcal, 'base64',
               extra=('Content-Disposition: attachment; filename="invite.ics"',))
    m1 = vendor_msg(date=d1, frm=('Calendly', 'notifications@calendly.com'), to=OWNER,
                    subject='Confirmed: Executive VA Interview with Tyler Brandt on Wednesday, November 4, 2026',
                    text=text, html=html, reply_to=addr(*tyler), boundary_seed='02cal',
                    msgid=f'<{rnd("02mid", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}@geopod-ismtpd-5>',
                    extra=[('X-SG-EID', rnd('02sg', 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))],
                    attachments=[att])
    d2 = wd(t(2026, 10, 31, 9, 12, 40, LA), 'Saturday')
    text2 = (
        'Hi Kristine,\n\n'
        "Saw your booking come through, thanks! Quick heads up since you're in Manila: our clocks go back "
        'an hour this Sunday (Nov 1), so Tuesday 8:30 AM Pacific lands at 12:30 AM Wednesday for you, not '
        "11:30 PM Tuesday. Calendly should already show it right, I just didn't want you logging on an hour early.\n\n"
        "It'll be just me, about 30 minutes. We'll talk through inbox and calendar management for our agents "
        'and a bit of transaction coordination.\n\n'
        'Sorry for the late hour on your end, I appreciate the flexibility.\n\n'
        'Tyler Brandt\nTeam Lead, Brandt Realty Group | San Diego, CA\n(619) 555-0143\n')
    m2, _ = gmail_msg(date=d2, frm=tyler, to=[KJ], subject="Tuesday's interview - Executive VA",
                      text=text2, msgid_seed='02b')
    case('b218-02-calendly-pacific-after-dst', [
        ('01-calendly-confirmed.eml', m1), ('02-tyler-heads-up.eml', m2)],
        label([iv('Brandt Realty Group', 'Executive Virtual Assistant', start, end, 'scheduled',
                  [tyler[1]], [tyler[1]], 'hiring_manager')],
              'medium', 'positive/calendly-dst',
              'Calendly confirmation shows 12:30am Wed Nov 4 Philippine Time (ICS in UTC); host mail says '
              'Tue 8:30 AM Pacific after the Nov 1 DST end (PST, UTC-8). Same interview, one entry. Booked '
              'before the DST change, so PDT arithmetic would be an hour off.'))


# ============================================================================
# b218-03  BPO initial interview, Taglish, "bukas ng 2:00 PM"
# ============================================================================
def case03():
    jho = ('Jhoanna Mae Pe\u00f1aflor', 'jhoanna.penaflor@stellarcontact.example')
    d1 = wd(t(2026, 9, 16, 16, 41, 9, MNL), 'Wednesday')
    start = wd(t(2026, 9, 17, 14, 0, MNL), 'Thursday')
    assert start.date() == d1.date() + timedelta(days=1)
    sig = ('Jhoanna Mae Pe\u00f1aflor\nTalent Acquisition Specialist\nStellar Contact Solutions Inc.\n'
           '12F Lumina Tower, Eastwood City, Quezon City\n'
           'jhoanna.penaflor@stellarcontact.example | (02) 8555 0198\n')
    text1 = (
        'Hi Kristine Joy!\n\n'
        'Good afternoon po! Congratulations, pasado ka sa initial screening natin for the Customer Service '
        'Representative \u2013 US Telco Account (night shift) position.\n\n'
        "Ang initial interview mo ay bukas ng 2:00 PM, via phone call. Ako po mismo ang mag-iinterview sa'yo, "
        'tatawagan kita sa number na nasa application mo (0917 *** 4821). Mga 30 minutes lang po ito, English '
        'ang interview so practice-practice po tayo \U0001F60A\n\n'
        'Pakihanda po:\n\u2022 Quiet place and stable signal\n'
        '\u2022 Updated resume (magtatanong ako about your previous accounts)\n\n'
        'Please reply "CONFIRMED" to this email para ma-lock natin ang slot mo. Kung hindi ka available bukas, '
        'sabihan mo lang ako at hahanapan kita ng ibang slot this week.\n\n'
        'Salamat po!\n\n' + sig)
    subj = 'Initial Interview Schedule - Customer Service Representative (US Telco Account)'
    m1, id1 = outlook_msg(date=d1, frm=jho, to=[KJ], subject=subj, text=text1, msgid_seed='03a')
    kj_at = t(2026, 9, 16, 17, 20, 3, MNL)
    d2 = t(2026, 9, 16, 17, 58, 47, MNL)
    text2 = (
        'Noted po, thank you Kristine Joy! Locked na ang slot mo. Tatawag ako bukas ng 2PM sharp, '
        'so keep your phone nearby po. Good luck! \U0001F340\n\nJhoanna\n\n'
        '________________________________\n'
        f'From: {OWNER_NAME} <{OWNER}>\n'
        f'Sent: {outlook_sent_line(kj_at)}\n'
        f'To: {jho[0]} <{jho[1]}>\n'
        f'Subject: Re: {subj}\n\n'
        "CONFIRMED po. Thank you, Ma'am Jhoanna! See you, este, talk to you tomorrow po.\n\nKristine Joy\n\n"
        '________________________________\n'
        f'From: {jho[0]} <{jho[1]}>\n'
        f'Sent: {outlook_sent_line(d1)}\n'
        f'To: {OWNER_NAME} <{OWNER}>\n'
        f'Subject: {subj}\n\n' + text1)
    kj_id = f'<PS2PR01MB{HEXID("03kj", 24)}@PS2PR01MB{HEXID("03kjh", 4)}.apcprd01.prod.exchangelabs.com>'
    m2, _ = outlook_msg(date=d2, frm=jho, to=[KJ], subject='RE: ' + subj, text=text2, msgid_seed='03b',
                        in_reply_to=kj_id, references=f'{id1} {kj_id}', thread_topic=subj)
    case('b218-03-bpo-initial-interview-bukas', [
        ('01-initial-interview-schedule.eml', m1), ('02-re-confirmed.eml', m2)],
        label([iv('Stellar Contact Solutions', 'Customer Service Representative - US Telco Account', start,
                  start + timedelta(minutes=30), 'scheduled', [jho[1]], [jho[1]], 'phone_screen')],
              'medium', 'positive/taglish-relative-date',
              'Taglish BPO mail sent Wed Sep 16 (PHT): "initial interview mo ay bukas ng 2:00 PM" -> Thu Sep 17 '
              '14:00 PHT, ~30 min phone call by the recruiter herself (so she is the interviewer). The reply '
              'repeats "bukas ng 2PM" the same evening.'))


# ============================================================================
# b218-04  BPO initial + final interview (two interviews), Teams invite for the final
# ============================================================================
def case04():
    carlo = ('Carlo Mendoza', 'carlo.mendoza@bayanihanglobal.example')
    liza = ('Liza Soriano', 'liza.soriano@bayanihanglobal.example')
    role = 'Technical Support Representative'
    s1 = wd(t(2026, 9, 23, 10, 0, MNL), 'Wednesday')
    s2 = wd(t(2026, 9, 28, 21, 0, MNL), 'Monday')
    d1 = wd(t(2026, 9, 21, 10, 15, 22, MNL), 'Monday')
    sig = 'Carlo Mendoza\nRecruitment Specialist | Bayanihan Global Outsourcing\nOrtigas Center, Pasig City\n'
    text1 = (
        'Hi Kristine Joy,\n\n'
        'Magandang umaga! Thank you for applying as Technical Support Representative for our US internet '
        'provider account.\n\n'
        "Na-review ko na ang resume mo and I'd like to invite you to an initial interview:\n\n"
        'Date: Wednesday, September 23, 2026\n'
        'Time: 10:00 AM (Manila time)\n'
        'Duration: around 30 minutes\n'
        'Platform: Zoom - https://us06web.zoom.us/j/89022318470?pwd=cFdOaUt6S0xQdWJ0dzNFTkVqZ2V0QT09\n'
        'Interviewer: Carlo Mendoza (ako po)\n\n'
        'Kindly reply to confirm. Good luck po!\n\n' + sig)
    subj1 = 'Bayanihan Global | Initial Interview - Technical Support Representative'
    m1, id1 = gmail_msg(date=d1, frm=carlo, to=[KJ], subject=subj1, text=text1, msgid_seed='04a')
    d2 = wd(t(2026, 9, 23, 15, 30, 40, MNL), 'Wednesday')
    text2 = (
        'Hi Kristine Joy,\n\n'
        'Congrats, pasado ka sa initial interview kanina! \U0001F389\n\n'
        'Endorsed ka na for the final interview with our Operations Manager for the account, Ms. Liza Soriano '
        f'({liza[1]}). Since night shift ang account, sa gabi po ang schedule niya:\n\n'
        'Final interview: Monday, September 28, 9:00 PM Manila time, via MS Teams (45 minutes)\n\n'
        'Magse-send si Ms. Liza ng Teams invite. Business casual po, and be online 10 minutes early.\n\n'
        'Carlo\n')
    m2, id2 = gmail_msg(date=d2, frm=carlo, to=[KJ], subject='Bayanihan Global | Final Interview - ' + role,
                        text=text2, msgid_seed='04b', in_reply_to=id1)
    d3 = wd(t(2026, 9, 24, 10, 10, 5, MNL), 'Thursday')
    tb, turl = teams_block('04teams')
    body3 = ('Hi Kristine Joy,\n\n'
             'This is your final interview for Technical Support Representative (US ISP account). Carlo from '
             'Recruitment is copied as optional. Please join using the Teams link below.\n\n'
             'Liza Soriano\nOperations Manager - US ISP Account\nBayanihan Global Outsourcing\n\n' + tb)
    summ = 'Final Interview: Kristine Joy Villanueva - Technical Support Representative (US ISP)'
    uid = '040000008200E00074C5B7101A82E00800000000' + HEXID('04uid', 16) + '00000000000000001000000' + HEXID('04uid2', 32)
    vcal = outlook_vcal(method='REQUEST', wintz='Singapore Standard Time', organizer=liza,
                        attendees=[(OWNER_NAME, OWNER), (carlo[0], carlo[1], 'OPT-PARTICIPANT')],
                        description=body3, uid=uid, summary=summ, start=s2,
                        end=s2 + timedelta(minutes=45), dtstamp=d3, seq=0,
                        location='Microsoft Teams Meeting', owner_appt='-1204418837', teams_url=turl)
    m3 = outlook_invite(date=d3, msgid=f'<SG2PR04MB{HEXID("04m3", 24)}@SG2PR04MB{HEXID("04m3h", 4)}.apcprd04.prod.outlook.com>',
                        subject=summ, organizer=liza, to=[KJ], cc=[carlo], body=body3, vcal=vcal)
    case('b218-04-bpo-initial-and-final', [
        ('01-initial-interview.eml', m1), ('02-final-interview-endorsement.eml', m2),
        ('03-teams-final-interview.eml', m3)],
        label([iv('Bayanihan Global Outsourcing', role, s1, s1 + timedelta(minutes=30), 'scheduled',
                  [carlo[1]], [carlo[1]], 'phone_screen'),
               iv('Bayanihan Global Outsourcing', role, s2, s2 + timedelta(minutes=45), 'scheduled',
                  [liza[1]], [liza[1]], 'hiring_manager')],
              'hard', 'positive/two-interviews',
              'Two interviews on different days: initial (Wed Sep 23 10:00 PHT, 30 min, recruiter Carlo is '
              'the interviewer) and final (Mon Sep 28 21:00 PHT, 45 min, Ops Manager Liza) announced by mail '
              'and by a Teams invite in "Singapore Standard Time" (UTC+8, the Windows zone for Manila). Carlo '
              'is only optional on the final, not its interviewer.'))


# ============================================================================
# b218-05  Upwork message relay + client Outlook/Zoom invite in AUS Eastern (AEDT)
# ============================================================================
def case05():
    dana = ('Dana Kellerman', 'dana@kellermanhealth.example')
    role = 'Medical Virtual Receptionist'
    start = wd(t(2026, 10, 15, 13, 0, SYD), 'Thursday')
    assert start.utcoffset() == timedelta(hours=11) and start.astimezone(MNL).hour == 10
    d1 = wd(t(2026, 10, 9, 3, 22, 10, UTC), 'Friday')
    room = 'room_' + hexid('05room', 32)
    text1 = (
        'You have a new message\n\n'
        'Dana K.\nMedical Virtual Receptionist (Physio Clinics, Sydney)\n\n'
        '"Hi Kristine, thanks for your proposal! Your clinic reception experience really stood out. '
        "I'd like to interview you over Zoom \u2014 are you free Thursday 15 Oct at 1pm Sydney time? I believe "
        "that's 10am for you in Manila. It'll be about 30 minutes, just me. If that suits, I'll send the "
        'Zoom invite from my clinic account to the email you shared."\n\n'
        f'View message: https://www.upwork.com/ab/messages/rooms/{room}\n\n'
        'You are receiving this email because you have unread messages on Upwork. To change how often you '
        'receive these emails, update your notification settings: https://www.upwork.com/ab/notification-settings\n\n'
        '\u00a9 2026 Upwork\u00ae Global Inc.\n')
    html1 = simple_html(text1)
    m1 = vendor_msg(date=d1, frm=('Upwork', 'donotreply@upwork.com'), to=OWNER,
                    subject='New message from Dana K. about Medical Virtual Receptionist (Physio Clinics, Sydney)',
                    text=text1, html=html1, boundary_seed='05up',
                    msgid=f'<0100019{hexid("05mid", 9)}-{hexid("05mid2", 8)}-{hexid("05m3", 4)}-{hexid("05m4", 4)}-{hexid("05m5", 4)}-{hexid("05m6", 12)}-000000@email.amazonses.com>',
                    extra=[('X-Upwork-Notification', 'message_unread')])
    d2 = wd(t(2026, 10, 9, 14, 51, 40, SYD), 'Friday')
    zoom_txt = (
        'Dana Kellerman is inviting you to a scheduled Zoom meeting.\n\n'
        f'Topic: Interview - {role} (Kristine)\n'
        'Time: Oct 15, 2026 01:00 PM Canberra, Melbourne, Sydney\n\n'
        'Join Zoom Meeting\nhttps://us05web.zoom.us/j/83412290157?pwd=TjRkSGZvOW1aV3JxY3lPYkFtQ2JiQT09\n\n'
        'Meeting ID: 834 1229 0157\nPasscode: 7Qm2Lx\n\n')
    body2 = (zoom_txt + '---\n'
             'Hi Kristine, as discussed on Upwork \u2014 see you Thursday. Just me on the call.\n\n'
             'Dana Kellerman | Practice Manager\nKellerman Allied Health \u2013 Physiotherapy & Pilates\n'
             'Surry Hills NSW 2010\n')
    uid = '040000008200E00074C5B7101A82E00800000000' + HEXID('05uid', 16) + '00000000000000001000000' + HEXID('05uid2', 32)
    summ = f'Interview - {role} (Kristine Joy Villanueva)'
    vcal = outlook_vcal(method='REQUEST', wintz='AUS Eastern Standard Time', organizer=dana,
                        attendees=[(OWNER_NAME, OWNER)], description=body2, uid=uid, summary=summ,
                        start=start, end=start + timedelta(minutes=30), dtstamp=d2, seq=0,
                        location='https://us05web.zoom.us/j/83412290157?pwd=TjRkSGZvOW1aV3JxY3lPYkFtQ2JiQT09',
                        owner_appt='1873005126')
    m2 = outlook_invite(date=d2, msgid=f'<SY4P282MB{HEXID("05m2", 24)}@SY4P282MB{HEXID("05m2h", 4)}.AUSP282.PROD.OUTLOOK.COM>',
                        subject=summ, organizer=dana, to=[KJ], body=body2, vcal=vcal,
                        region='SY4P282MB', domain_region='ausp282')
    case('b218-05-upwork-relay-sydney-invite', [
        ('01-upwork-new-message.eml', m1), ('02-zoom-invite-from-client.eml', m2)],
        label([iv('Kellerman Allied Health', role, start, start + timedelta(minutes=30), 'scheduled',
                  [dana[1]], [dana[1]], 'hiring_manager')],
              'hard', 'positive/upwork-relay-dedupe',
              'Upwork relay (donotreply) proposes Thu 15 Oct 1pm Sydney = 10am Manila; the client then sends an '
              'Outlook invite with Zoom text, TZID "AUS Eastern Standard Time" which in October is AEDT '
              '(UTC+11, Sydney DST began Oct 4). One interview; follow-up to the client, never the relay.'))


# ============================================================================
# b218-06  Google invite, reschedule across the US DST end (same ET time, new PHT time)
# ============================================================================
def case06():
    rosa = ('Rosa Delgado', 'rosa@cgfamilydental.example')
    role = 'Remote Dental Receptionist'
    s0 = wd(t(2026, 10, 29, 21, 0, NY), 'Thursday')
    assert wd(s0.astimezone(MNL), 'Friday').hour == 9
    s1 = wd(t(2026, 11, 5, 21, 0, NY), 'Thursday')
    assert wd(s1.astimezone(MNL), 'Friday').hour == 10 and s1.utcoffset() == timedelta(hours=-5)
    uid = rnd('06uid', 26) + '@google.com'
    summ = f'Interview: {role} (Kristine Villanueva)'
    d1 = wd(t(2026, 10, 20, 11, 2, 11, NY), 'Tuesday')
    desc1 = ('Hi Kristine! Looking forward to meeting you. This is 9:00 PM Thursday here in Miami, which '
             'should be 9:00 AM Friday in Manila. We will cover phones, insurance verification and our '
             'scheduling software. - Rosa')
    m1 = google_invite(date=d1, organizer=rosa, guests=[(None, OWNER, 'NEEDS-ACTION')], summary=summ,
                       start=s0, end=s0 + timedelta(minutes=45), tzlabel='Eastern Time - New York',
                       tzabbr='EDT', description=desc1, uid=uid, seq=0, created=d1, meet='pkd-wmzr-hte',
                       phone=('+1 786-555-0134', '402118937'), msgid_seed='06a')
    d2 = wd(t(2026, 10, 27, 10, 18, 33, NY), 'Tuesday')
    text2 = (
        'Hi Kristine,\n\n'
        "I'm so sorry \u2014 Dr. Alvarez scheduled a staff training Thursday evening and I need to be there. "
        'Could we move your interview to the following Thursday, November 5, same time (9 PM Eastern)?\n\n'
        'One thing to watch: our clocks fall back on Sunday, November 1, so 9 PM here will be 10 AM Friday, '
        "November 6 for you \u2014 an hour later than before. I'm updating the calendar invite now.\n\n"
        'Thanks for understanding!\nRosa\n\n'
        'Rosa Delgado\nOffice Manager | Coral Gables Family Dental\n(305) 555-0176\n')
    m2, _ = gmail_msg(date=d2, frm=rosa, to=[KJ], subject='Moving our interview to next Thursday?',
                      text=text2, msgid_seed='06b')
    d3 = wd(t(2026, 10, 27, 10, 31, 7, NY), 'Tuesday')
    desc2 = ('Hi Kristine! Moved to Thursday Nov 5, 9:00 PM Eastern (10:00 AM Friday in Manila, since our '
             'clocks change Nov 1). Same Meet link. - Rosa')
    m3 = google_invite(date=d3, organizer=rosa, guests=[(None, OWNER, 'NEEDS-ACTION')], summary=summ,
                       start=s1, end=s1 + timedelta(minutes=45), tzlabel='Eastern Time - New York',
                       tzabbr='EST', description=desc2, uid=uid, seq=1, created=d1, meet='pkd-wmzr-hte',
                       phone=('+1 786-555-0134', '402118937'), updated=True, msgid_seed='06c')
    case('b218-06-google-reschedule-dst', [
        ('01-invitation.eml', m1), ('02-rosa-move-request.eml', m2), ('03-updated-invitation.eml', m3)],
        label([iv('Coral Gables Family Dental', role, s1, s1 + timedelta(minutes=45), 'scheduled',
                  [rosa[1]], [rosa[1]], 'hiring_manager')],
              'hard', 'positive/reschedule',
              'Google invite Thu Oct 29 9pm EDT (Fri 9 AM Manila), moved by mail + Updated invitation '
              '(same UID, SEQUENCE 1) to Thu Nov 5 9pm EST (Fri 10 AM Manila). One interview at the final time.'))


# ============================================================================
# b218-07  BPO Teams invite, then cancelled (mail + METHOD:CANCEL)
# ============================================================================
def case07():
    mark = ('Mark Anthony Cruz', 'markanthony.cruz@archipelagocx.example')
    grace = ('Grace Lim', 'grace.lim@archipelagocx.example')
    role = 'Chat Support Associate (Healthcare Account)'
    start = wd(t(2026, 10, 7, 15, 0, MNL), 'Wednesday')
    end = start + timedelta(minutes=30)
    d1 = wd(t(2026, 10, 2, 10, 14, 55, MNL), 'Friday')
    tb, turl = teams_block('07teams')
    sig = 'Mark Anthony Cruz\nRecruitment Coordinator | Archipelago CX Solutions\nBonifacio Global City, Taguig\n'
    body1 = (
        'Hi Kristine Joy,\n\n'
        'Good day! Please see below the schedule of your initial interview for the Chat Support Associate '
        '(Healthcare Account) position.\n\n'
        'Date: Wednesday, October 7, 2026\nTime: 3:00 PM - 3:30 PM (PHT)\n'
        'Interviewer: Ms. Grace Lim, Team Manager - Healthcare Chat\nPlatform: Microsoft Teams (link below)\n\n'
        "Kindly click Accept so we know you'll attend. Please prepare a working headset and webcam.\n\n"
        'Thank you,\n' + sig + '\n' + tb)
    summ = f'Initial Interview | {OWNER_NAME} | Chat Support Associate (Healthcare)'
    uid = '040000008200E00074C5B7101A82E00800000000' + HEXID('07uid', 16) + '00000000000000001000000' + HEXID('07uid2', 32)
    atts = [(grace[0], grace[1], 'REQ-PARTICIPANT', 'ACCEPTED'), (OWNER_NAME, OWNER)]
    v1 = outlook_vcal(method='REQUEST', wintz='Singapore Standard Time', organizer=mark, attendees=atts,
                      description=body1, uid=uid, summary=summ, start=start, end=end, dtstamp=d1, seq=0,
                      location='Microsoft Teams Meeting', owner_appt='-877120455', teams_url=turl)
    m1 = outlook_invite(date=d1, msgid=f'<SG2PR04MB{HEXID("07m1", 24)}@SG2PR04MB{HEXID("07m1h", 4)}.apcprd04.prod.outlook.com>',
                        subject=summ, organizer=mark, to=[KJ, grace], body=body1, vcal=v1)
    d2 = wd(t(2026, 10, 6, 18, 2, 18, MNL), 'Tuesday')
    text2 = (
        'Hi Kristine Joy,\n\n'
        'Good evening po. Pasensya na sa short notice \u2014 we need to cancel your initial interview bukas '
        '(Wednesday, Oct 7, 3:00 PM) with Ms. Grace. Na-hold po muna ng client ang hiring for the Healthcare '
        "Chat account, kaya wala pa kaming available na slot.\n\n"
        "We'll keep your application active and I'll reach out agad once magbukas ulit ang requisition. "
        'Ica-cancel ko na rin po ang Teams invite.\n\n'
        'Salamat po sa understanding!\n\n' + sig)
    m2, _ = outlook_msg(date=d2, frm=mark, to=[KJ], subject='Cancelled: Initial Interview tomorrow - Chat Support Associate',
                        text=text2, msgid_seed='07b')
    d3 = wd(t(2026, 10, 6, 18, 5, 40, MNL), 'Tuesday')
    body3 = 'Hi Kristine Joy, cancelling this slot \u2014 please see my separate email. Salamat po. \u2014 Mark\n'
    v3 = outlook_vcal(method='CANCEL', wintz='Singapore Standard Time', organizer=mark, attendees=atts,
                      description=body3, uid=uid, summary='Canceled: ' + summ, start=start, end=end, dtstamp=d3,
                      seq=1, location='Microsoft Teams Meeting', status='CANCELLED', owner_appt='-877120455')
    m3 = outlook_invite(date=d3, msgid=f'<SG2PR04MB{HEXID("07m3", 24)}@SG2PR04MB{HEXID("07m3h", 4)}.apcprd04.prod.outlook.com>',
                        subject='Canceled: ' + summ, organizer=mark, to=[KJ, grace], body=body3, vcal=v3,
                        method='CANCEL', thread_topic=summ, importance='high')
    case('b218-07-bpo-teams-cancelled', [
        ('01-teams-initial-interview.eml', m1), ('02-cancel-mail.eml', m2), ('03-canceled-invite.eml', m3)],
        label([iv('Archipelago CX Solutions', role, start, end, 'cancelled', [grace[1]], [grace[1]],
                  'phone_screen')],
              'medium', 'positive/cancellation',
              'Coordinator sends a Teams invite (Singapore Standard Time = PHT) for Wed Oct 7 15:00-15:30 with '
              'Team Manager Grace as interviewer; cancelled the evening before by mail ("bukas") and '
              'METHOD:CANCEL SEQUENCE 1. Kept as cancelled; Mark only coordinates.'))


# ============================================================================
# b218-08  Calendar API event only; Sydney panel chat rendered in the user's PHT calendar
# ============================================================================
def case08():
    hamish = ('Hamish Doherty', 'hamish@wattlebooks.example')
    bec = ('Bec Tran', 'bec@wattlebooks.example')
    start = wd(t(2026, 10, 6, 9, 0, SYD), 'Tuesday')
    assert start.utcoffset() == timedelta(hours=11)
    end = start + timedelta(minutes=45)
    eid = rnd('08id', 26)
    js = gcal_event(
        kind='calendar#event', etag='"3531848116251000"', id=eid, status='confirmed',
        htmlLink='https://www.google.com/calendar/event?eid=' +
                 base64.b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        created='2026-09-30T23:14:05.000Z', updated='2026-10-01T00:02:11.942Z',
        summary='Wattle & Co. \u2013 Admin VA interview (Kristine)',
        description=("G'day Kristine, this is a chat with me (Hamish, owner) and Bec (our ops manager) about the "
                     'Bookkeeping & Admin VA role. 9am Sydney time on Tuesday \u2014 we have just gone onto '
                     'daylight saving, so please double-check your end! About 45 min, Google Meet.'),
        creator={'email': hamish[1], 'displayName': hamish[0]},
        organizer={'email': hamish[1], 'displayName': hamish[0]},
        start={'dateTime': start.astimezone(MNL).isoformat(), 'timeZone': 'Australia/Sydney'},
        end={'dateTime': end.astimezone(MNL).isoformat(), 'timeZone': 'Australia/Sydney'},
        iCalUID=f'{eid}@google.com', sequence=0,
        attendees=[{'email': hamish[1], 'displayName': hamish[0], 'organizer': True, 'responseStatus': 'accepted'},
                   {'email': bec[1], 'displayName': bec[0], 'responseStatus': 'accepted'},
                   {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}],
        hangoutLink='https://meet.google.com/wtq-hbzc-nua',
        conferenceData={'entryPoints': [{'entryPointType': 'video', 'uri': 'https://meet.google.com/wtq-hbzc-nua',
                                         'label': 'meet.google.com/wtq-hbzc-nua'}],
                        'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
                        'conferenceId': 'wtq-hbzc-nua'},
        reminders={'useDefault': True}, eventType='default')
    case('b218-08-gcal-json-sydney-panel', [('01-wattle-admin-va.gcal.json', js)],
         label([iv('Wattle & Co. Bookkeeping', 'Bookkeeping & Admin VA', start, end, 'scheduled',
                   [hamish[1], bec[1]], [hamish[1], bec[1]], 'onsite')],
               'medium', 'positive/gcal-json',
               'Calendar API event in the user\'s Manila calendar (dateTime +08:00, 06:00) with event timeZone '
               'Australia/Sydney; description says 9am Sydney (AEDT, UTC+11, DST since Oct 4). Two interviewers '
               '(owner + ops manager) -> panel, kind onsite.'))


# ============================================================================
# b218-09  OnlineJobs-style relay, then direct thread confirming (Pacific vs Manila)
# ============================================================================
def case09():
    jason = ('Jason Westbrook', 'jason@westbrookhomeservices.example')
    role = 'Dispatch & Customer Service VA'
    start = wd(t(2026, 9, 18, 17, 0, LA), 'Friday')
    sm = wd(start.astimezone(MNL), 'Saturday')
    assert sm.hour == 8
    d1 = wd(t(2026, 9, 15, 23, 10, 0, UTC), 'Tuesday')
    text1 = (
        'Hi Kristine Joy,\n\n'
        'You have a new message from an employer on ProVA Jobs.\n\n'
        'From: Jason W. (Westbrook Home Services)\n'
        f'Job post: {role} (HVAC company)\n\n'
        '----------------------------------------\n'
        'Hi Kristine, I liked your answers to the screening questions. Can you do a Google Meet interview on '
        'Friday, Sept 18 at 5 PM Pacific? That should be Saturday 8 AM in Manila. Should take 30 min. Email me '
        f"at {jason[1]} to confirm and I'll send the link.\n"
        '----------------------------------------\n\n'
        f'Reply on ProVA Jobs: https://www.provajobs.example/jobseekers/inbox/{rnd("09th", 10, "0123456789")}\n\n'
        'Please do not reply to this email. This mailbox is not monitored.\n'
        'Reminder: never pay an employer or "agency" to get hired. Report suspicious posts to '
        'safety@provajobs.example.\n')
    m1 = vendor_msg(date=d1, frm=('ProVA Jobs', 'noreply@provajobs.example'), to=OWNER,
                    subject=f'Jason W. sent you a message about: {role} (HVAC company)',
                    text=text1, html=simple_html(text1), boundary_seed='09relay',
                    msgid=f'<{hexid("09mid", 32)}@mailer.provajobs.example>')
    kj_at = wd(t(2026, 9, 16, 22, 5, 14, MNL), 'Wednesday')
    kj_id = '<CAM' + rnd('09kj', 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') + '@mail.gmail.com>'
    kj_text = ('Hi Sir Jason,\n\nThis is Kristine Joy from ProVA Jobs. Thank you for the invitation! Saturday '
               '8 AM Manila time (Friday 5 PM your time) is good po. Please send the Google Meet link to this '
               'email.\n\nThank you!\nKristine Joy\n' + SIG_KJ)
    d2 = wd(t(2026, 9, 16, 8, 47, 2, LA), 'Wednesday')
    text2 = ('Hi Kristine,\n\nConfirmed for Friday 5pm my time / Saturday 8am yours. Here is the link:\n\n'
             "https://meet.google.com/vbx-qhnu-rke\n\nIt'll be just me. See you then!\n\n"
             'Jason Westbrook\nOwner, Westbrook Home Services\nSacramento, CA\n')
    m2, _ = gmail_msg(date=d2, frm=jason, to=[KJ], subject=f'Re: Interview - {role}', text=text2,
                      msgid_seed='09b', quoted=kj_text,
                      attribution=gmail_attr(kj_at.astimezone(LA), OWNER_NAME, OWNER), in_reply_to=kj_id)
    case('b218-09-relay-then-direct-pacific', [
        ('01-provajobs-employer-message.eml', m1), ('02-re-interview-confirmed.eml', m2)],
        label([iv('Westbrook Home Services', role, start, start + timedelta(minutes=30), 'scheduled',
                  [jason[1]], [jason[1]], 'hiring_manager')],
              'medium', 'positive/relay-thread',
              'Job-board relay (noreply) carries the employer proposal Fri Sep 18 5 PM Pacific (PDT) = Sat 8 AM '
              'Manila, 30 min; employer confirms directly with a Meet link. One interview, follow-up to Jason.'))


# ============================================================================
# b218-10  PH staffing agency, Taglish "sa Lunes ng 9PM" (client interviewer without address)
# ============================================================================
def case10():
    bea = ('Bea Santos', 'bea.santos@tanglawstaffing.example')
    role = 'Appointment Setter VA'
    d1 = wd(t(2026, 11, 3, 14, 5, 12, MNL), 'Tuesday')
    sig = 'Bea Santos\nRecruitment Lead, Tanglaw Staffing\nbea.santos@tanglawstaffing.example | 0918 555 0127\n'
    text1 = (
        'Hi KJ!\n\n'
        'Good news, shortlisted ka ng client natin for the Appointment Setter VA role \u2014 si Mr. Greg '
        'Holloway ng Holloway Roofing (Columbus, Ohio). Gusto ka niyang ma-interview next week. Available ka '
        "ba Monday or Tuesday, around 9PM Manila time? Umaga na 'yun sa kanila.\n\n"
        "Paki-reply lang kung ano mas okay sa'yo. Salamat!\n\n" + sig)
    subj = f'Client interview - {role} (Holloway Roofing)'
    m1, id1 = gmail_msg(date=d1, frm=bea, to=[KJ], subject=subj, text=text1, msgid_seed='10a')
    kj_at = wd(t(2026, 11, 3, 16, 40, 31, MNL), 'Tuesday')
    kj_id = '<CAJ' + rnd('10kj', 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') + '@mail.gmail.com>'
    kj_text = ("Hi Ma'am Bea! Salamat po! Monday po sana, kahit anong oras after 7PM.\n\nKJ\n\n"
               + gmail_attr(d1, bea[0], bea[1]) + '\n\n' + quote_lines(text1))
    d2 = wd(t(2026, 11, 5, 19, 22, 40, MNL), 'Thursday')
    start = wd(t(2026, 11, 9, 21, 0, MNL), 'Monday')
    assert (start - d2).days < 7 and start.astimezone(NY).hour == 8 and start.astimezone(NY).tzname() == 'EST'
    text2 = (
        'Hi KJ!\n\n'
        'Confirmed na with Mr. Holloway: ang interview mo with him is sa Lunes ng 9PM (Manila time) \u2014 '
        '8AM EST naman sa kanila. Mga 20 minutes lang daw, casual lang pero be ready for a short role-play '
        'ng appointment-setting call.\n\n'
        'Zoom link (siya ang host):\nhttps://us04web.zoom.us/j/75230918842?pwd=bGxRa1ZxN0FjbW9hS3VQeHBqZ1pvUT09\n'
        'Passcode: roof26\n\n'
        'Please be online by 8:45PM, magte-tech check muna tayo saglit bago siya pumasok. Goodluck! \U0001F4AA\n\n'
        'Bea\n')
    m2, _ = gmail_msg(date=d2, frm=bea, to=[KJ], subject='Re: ' + subj, text=text2, msgid_seed='10b',
                      quoted=kj_text, attribution=gmail_attr(kj_at, OWNER_NAME, OWNER),
                      in_reply_to=kj_id, references=f'{id1} {kj_id}')
    case('b218-10-agency-taglish-sa-lunes-9pm', [
        ('01-client-interview-availability.eml', m1), ('02-re-confirmed-lunes.eml', m2)],
        label([iv('Holloway Roofing', role, start, start + timedelta(minutes=20), 'scheduled', [], [bea[1]],
                  'hiring_manager')],
              'hard', 'positive/taglish-relative-date',
              'Agency recruiter (Thu Nov 5 PHT) confirms "sa Lunes ng 9PM (Manila time) - 8AM EST" -> Mon Nov 9 '
              '21:00 PHT, ~20 min with the client owner, whose address never appears: no interviewer e-mails, '
              'follow-up to the recruiter. The 8:45PM tech check with the recruiter is not a separate interview. '
              'Company labelled as the client (Holloway Roofing); the agency is Tanglaw Staffing.'))


# ============================================================================
# b218-11  forwarded from her old address: Sydney recruiter phone screen "tomorrow 11am AEDT"
# ============================================================================
def case11():
    chloe = ('Chloe Nguyen', 'chloe.nguyen@harbourlinetalent.example')
    orig = wd(t(2026, 10, 19, 10, 12, 0, MNL), 'Monday')
    start = wd(t(2026, 10, 20, 11, 0, SYD), 'Tuesday')
    assert start.astimezone(MNL).hour == 8 and start.astimezone(SYD).date() == orig.astimezone(SYD).date() + timedelta(days=1)
    fwd_at = wd(t(2026, 10, 19, 10, 31, 50, MNL), 'Monday')
    text = (
        'Fwd ko lang sa main email ko. Interview bukas 8AM!\n\n'
        '---------- Forwarded message ---------\n'
        f'From: {chloe[0]} <{chloe[1]}>\n'
        f'Date: Mon, Oct 19, 2026 at {hm12(orig)}\n'
        'Subject: Phone interview - Customer Support Specialist (remote, AU hours)\n'
        f'To: <{OWNER_OLD}>\n\n\n'
        'Hi Kristine,\n\n'
        "Thanks for applying for the Customer Support Specialist role with our client, a Sydney-based fintech. "
        "I'd love to have a quick phone chat to learn more about your experience.\n\n"
        "Would tomorrow, Tuesday 20 October, at 11:00am AEDT suit? I've pencilled in 11:00-11:30am Sydney time, "
        "which I believe is 8:00am in Manila. I'll call you on WhatsApp on the number on your CV.\n\n"
        "If that doesn't work, just let me know a couple of alternatives.\n\n"
        'Kind regards,\nChloe\n\n'
        'Chloe Nguyen\nSenior Consultant - Customer Experience\n'
        'Harbourline Talent | Level 9, 60 Clarence St, Sydney NSW 2000\n+61 2 5550 1847\n')
    m, _ = gmail_msg(date=fwd_at, frm=(OWNER_NAME, OWNER_OLD), to=[KJ],
                     subject='Fwd: Phone interview - Customer Support Specialist (remote, AU hours)',
                     text=text, msgid_seed='11a')
    case('b218-11-forwarded-sydney-phone-screen', [('01-fwd-phone-interview.eml', m)],
         label([iv('Harbourline Talent', 'Customer Support Specialist', start, start + timedelta(minutes=30),
                   'scheduled', [chloe[1]], [chloe[1]], 'phone_screen')],
               'medium', 'positive/forwarded',
               'Owner forwards from her old address a Sydney recruiter mail: "tomorrow, Tuesday 20 October, at '
               '11:00am AEDT" (11:00-11:30, = 08:00 Manila). The recruiter does the call herself.'))


# ============================================================================
# b218-12  BPO onsite day: final interview + account validation, separate invites -> one onsite
# ============================================================================
def case12():
    kevin = ('Kevin Bautista', 'kevin.bautista@luzonprime.example')
    ramon = ('Ramon Villareal', 'ramon.villareal@luzonprime.example')
    role = 'Customer Service Representative (AU Energy Account)'
    s1 = wd(t(2026, 10, 23, 13, 0, MNL), 'Friday')
    e1 = s1 + timedelta(minutes=45)
    s2 = t(2026, 10, 23, 14, 30, MNL)
    e2 = s2 + timedelta(minutes=45)
    assert s2.astimezone(SYD).hour == 17
    d1 = wd(t(2026, 10, 20, 11, 5, 30, MNL), 'Tuesday')
    sig = 'Kevin Bautista\nRecruitment Coordinator\nLuzon Prime Contact Center, Inc.\n'
    text1 = (
        'Hi Kristine Joy,\n\n'
        'Congratulations on passing the initial interview and assessments! Here is your schedule this Friday, '
        'October 23, 2026 at our Ortigas site (14F Emerald Exchange Tower, Ortigas Center, Pasig):\n\n'
        '12:45 PM - Arrival and registration at the 14F lobby (bring 2 valid IDs)\n'
        '1:00 PM - 1:45 PM - Final Interview with Mr. Ramon Villareal, Operations Manager\n'
        '1:45 PM - 2:30 PM - Break (bukas ang pantry, libre ang kape)\n'
        "2:30 PM - 3:15 PM - Account Validation: video call with the client's Support Lead in Melbourne "
        "(sa interview room namin, we'll set it up for you)\n\n"
        'If you pass the account validation, we will discuss the job offer and pre-employment requirements on '
        'a separate day.\n\n'
        'Dress code: business casual. Please bring a pen and a copy of your resume.\n\n'
        "I'll send two calendar invites for the blocks. Kindly reply to confirm your attendance.\n\n"
        'Thank you and good luck!\n\n' + sig)
    m1, _ = outlook_msg(date=d1, frm=kevin, to=[KJ],
                        subject='Final Interview & Account Validation - Friday, Oct 23 | CSR (AU Energy Account)',
                        text=text1, msgid_seed='12a')
    loc = 'LPCC Ortigas 14F - Interview Room 3'
    d2 = t(2026, 10, 20, 11, 12, 4, MNL)
    b2 = ('Final Interview with Mr. Ramon Villareal (Operations Manager). Please register at the 14F lobby by '
          '12:45 PM.\n\n' + sig)
    u2 = '040000008200E00074C5B7101A82E00800000000' + HEXID('12u2', 16) + '00000000000000001000000' + HEXID('12u2b', 32)
    s_2 = f'Final Interview - {OWNER_NAME} (CSR - AU Energy Account)'
    v2 = outlook_vcal(method='REQUEST', wintz='Singapore Standard Time', organizer=kevin,
                      attendees=[(ramon[0], ramon[1], 'REQ-PARTICIPANT', 'ACCEPTED'), (OWNER_NAME, OWNER)],
                      description=b2, uid=u2, summary=s_2, start=s1, end=e1, dtstamp=d2, seq=0,
                      location=loc, owner_appt='2011736540')
    m2 = outlook_invite(date=d2, msgid=f'<SG2PR04MB{HEXID("12m2", 24)}@SG2PR04MB{HEXID("12m2h", 4)}.apcprd04.prod.outlook.com>',
                        subject=s_2, organizer=kevin, to=[KJ, ramon], body=b2, vcal=v2)
    d3 = t(2026, 10, 20, 11, 14, 51, MNL)
    b3 = ("Account Validation with the client's Support Lead (video call from Melbourne). Stay on the 14F after "
          'your final interview; we will bring you to Interview Room 3.\n\n' + sig)
    u3 = '040000008200E00074C5B7101A82E00800000000' + HEXID('12u3', 16) + '00000000000000001000000' + HEXID('12u3b', 32)
    s_3 = f'Account Validation - {OWNER_NAME} (CSR - AU Energy Account)'
    v3 = outlook_vcal(method='REQUEST', wintz='Singapore Standard Time', organizer=kevin,
                      attendees=[(OWNER_NAME, OWNER)], description=b3, uid=u3, summary=s_3, start=s2, end=e2,
                      dtstamp=d3, seq=0, location=loc, owner_appt='2011736541')
    m3 = outlook_invite(date=d3, msgid=f'<SG2PR04MB{HEXID("12m3", 24)}@SG2PR04MB{HEXID("12m3h", 4)}.apcprd04.prod.outlook.com>',
                        subject=s_3, organizer=kevin, to=[KJ], body=b3, vcal=v3)
    case('b218-12-bpo-onsite-final-and-validation', [
        ('01-onsite-schedule.eml', m1), ('02-invite-final-interview.eml', m2),
        ('03-invite-account-validation.eml', m3)],
        label([iv('Luzon Prime Contact Center', role, s1, e2, 'scheduled', [ramon[1]], [ramon[1]], 'onsite')],
              'hard', 'positive/onsite-loop',
              'Same-day onsite at the BPO: final interview 13:00-13:45 with the Ops Manager, break, account '
              'validation 14:30-15:15 with the (unaddressed) client lead; two separate invites. One onsite '
              '13:00-15:15 PHT. The 12:45 registration is not a session. Kevin only coordinates.'))


# ============================================================================
# b218-13  panel interview announced by mail + standalone Outlook .ics, Central Time after DST end
# ============================================================================
def case13():
    hannah = ('Hannah Price', 'hannah.price@lonestarintake.example')
    derek = ('Derek Olsen', 'derek.olsen@lonestarintake.example')
    mari = ('Marisol Vega', 'marisol.vega@lonestarintake.example')
    role = 'Legal Intake Specialist (Remote)'
    start = wd(t(2026, 11, 2, 19, 0, CHI), 'Monday')
    end = start + timedelta(hours=1)
    sm = wd(start.astimezone(MNL), 'Tuesday')
    assert sm.hour == 9 and start.utcoffset() == timedelta(hours=-6)
    d1 = wd(t(2026, 10, 28, 15, 47, 12, CHI), 'Wednesday')
    text1 = (
        'Hi Kristine,\n\n'
        'Thank you for sending over your sample intake notes \u2014 the team was impressed. We would like to '
        'invite you to a panel interview for the Legal Intake Specialist (Remote) position.\n\n'
        'When: Monday, November 2, 2026, 7:00 - 8:00 PM Central Time\n'
        'For you in Manila: Tuesday, November 3, 9:00 - 10:00 AM (US clocks fall back on Sunday, Nov 1, so '
        'this is one hour later for you than it would have been last week)\n'
        'Where: Zoom (link in the calendar invite)\n\n'
        'Panel:\n'
        f'- {derek[0]}, Intake Manager ({derek[1]})\n'
        f'- {mari[0]}, Senior Intake Specialist ({mari[1]})\n'
        '- me\n\n'
        'Expect a short role-play of a new-client intake call. I am sending the calendar invite separately.\n\n'
        'Best,\nHannah Price\nHR Generalist | Lone Star Legal Intake\nAustin, TX\n')
    m1, _ = outlook_msg(date=d1, frm=hannah, to=[KJ], cc=[derek, mari],
                        subject=f'Panel interview - {role}', text=text1, msgid_seed='13a',
                        region='CH3PR12MB', domain_region='namprd12')
    desc = ('Hannah Price is inviting you to a scheduled Zoom meeting.\n\n'
            f'Topic: Panel Interview - {role}\n'
            'Time: Nov 2, 2026 07:00 PM Central Time (US and Canada)\n\n'
            'Join Zoom Meeting\nhttps://us06web.zoom.us/j/84417720093?pwd=WkRyb2x6U0ZkS1pQbEl6b3dIWnRnUT09\n\n'
            'Meeting ID: 844 1772 0093\nPasscode: 512846\n')
    uid = '040000008200E00074C5B7101A82E00800000000' + HEXID('13uid', 16) + '00000000000000001000000' + HEXID('13uid2', 32)
    v = outlook_vcal(method='REQUEST', wintz='Central Standard Time', organizer=hannah,
                     attendees=[(derek[0], derek[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                (mari[0], mari[1], 'REQ-PARTICIPANT', 'ACCEPTED'), (OWNER_NAME, OWNER)],
                     description=desc, uid=uid, summary=f'Panel Interview - {role} - {OWNER_NAME}',
                     start=start, end=end, dtstamp=t(2026, 10, 28, 15, 52, 40, CHI), seq=0,
                     location='Zoom', owner_appt='-1550093712')
    v = v.replace('PRODID:Microsoft Exchange Server 2010', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')
    case('b218-13-panel-central-standalone-ics', [
        ('01-panel-interview-mail.eml', m1), ('02-panel-interview.ics', v)],
        label([iv('Lone Star Legal Intake', role, start, end, 'scheduled', [hannah[1], derek[1], mari[1]],
                  [hannah[1], derek[1], mari[1]], 'onsite')],
              'hard', 'positive/panel-standalone-ics',
              'Panel of three (HR generalist + two named panelists) Mon Nov 2 7-8 PM Central, the day after the '
              'US DST end (CST, UTC-6) = Tue 9-10 AM Manila; mail plus a standalone Outlook .ics with TZID '
              '"Central Standard Time". One interview, kind onsite.'))


# ============================================================================
# NEGATIVES
# ============================================================================
def case14():
    """typing test booked as a calendar slot; no person on the call"""
    aira = ('Aira Gonzales', 'aira@remotebayani.example')
    grp = ('RemoteBayani Hiring', 'hiring@remotebayani.example')
    start = wd(t(2026, 9, 25, 10, 0, MNL), 'Friday')
    d1 = wd(t(2026, 9, 23, 10, 40, 0, MNL), 'Wednesday')
    desc = ('Self-paced online typing test (target: 45 WPM, 95% accuracy): '
            'https://typing.remotebayani.example/t/kv-7731\n'
            'Open the link at your slot; it expires after 30 minutes. There is no call and no interviewer for '
            'this step. Results are e-mailed within 24 hours.')
    m1 = google_invite(date=d1, organizer=grp, guests=[(None, OWNER, 'NEEDS-ACTION')],
                       summary=f'Typing Test (self-paced) - {OWNER_NAME}', start=start,
                       end=start + timedelta(minutes=30), tzlabel='Philippine Standard Time', tzabbr='PHT',
                       description=desc, uid=rnd('14uid', 26) + '@google.com', seq=0, created=d1, meet=None,
                       msgid_seed='14a')
    d2 = t(2026, 9, 23, 10, 52, 19, MNL)
    text2 = ('Hi KJ!\n\nSinend ko na ang calendar slot for your typing test sa Friday 10AM. Reminder lang po: '
             'walang interviewer dito, ikaw lang at ang test. Kapag pasado, saka pa lang natin ise-schedule ang '
             'interview mo with the client (usually next week).\n\nGood luck!\n\n'
             'Aira Gonzales\nRecruiter | RemoteBayani VA Agency\n')
    m2, _ = gmail_msg(date=d2, frm=aira, to=[KJ], subject='Typing test this Friday', text=text2, msgid_seed='14b')
    case('b218-14-typing-test-calendar-slot', [('01-invitation-typing-test.eml', m1), ('02-aira-reminder.eml', m2)],
         label([], 'hard', 'negative/typing-test',
               'Google invite for a self-paced typing test (explicitly no call, no interviewer); the interview '
               'with the client is only promised after passing. Not an interview.'))


def case15():
    """BPO online assessment exam (Versant + aptitude), system proctored"""
    d = wd(t(2026, 9, 21, 9, 0, 4, MNL), 'Monday')
    wd(t(2026, 9, 26, 9, 0, MNL), 'Saturday')
    text = (
        f'Hi {OWNER_NAME},\n\n'
        'Thank you for your interest in the Customer Service Representative (Inbound, US Healthcare) position at '
        'Pacific Harbor BPO.\n\n'
        'NEXT STEP: ONLINE ASSESSMENT\n\n'
        'Your online assessment is scheduled on:\n'
        'Saturday, September 26, 2026, 9:00 AM - 10:30 AM (Philippine Time)\n\n'
        'What to expect:\n'
        '1. Versant English Placement Test (approx. 50 minutes) - automated speaking and listening test\n'
        '2. Aptitude & Typing Exam (approx. 40 minutes)\n\n'
        'This assessment is system-proctored through your webcam. There is no interviewer or recruiter on the '
        'session; please do not wait for anyone to join.\n\n'
        f'Your assessment link: https://assess.pacificharborbpo.example/c/{rnd("15l", 12)}\n'
        'Requirements: laptop/desktop with webcam and headset, stable internet (at least 10 Mbps)\n\n'
        'Candidates who pass will be contacted by a recruiter within 3-5 working days to schedule the '
        'Initial Interview.\n\n'
        'This is a system-generated email. Please do not reply.\n'
        'Pacific Harbor BPO Talent Acquisition\n')
    m = vendor_msg(date=d, frm=('Pacific Harbor BPO Recruitment', 'no-reply@pacificharborbpo.example'), to=OWNER,
                   subject='Next Step: Online Assessment before your Initial Interview - CSR (US Healthcare)',
                   text=text, html=simple_html(text), boundary_seed='15', plain_cte='base64', html_cte='base64',
                   msgid=f'<{hexid("15mid", 24)}.{rnd("15m2", 6, "0123456789")}@ats.pacificharborbpo.example>')
    case('b218-15-bpo-assessment-exam', [('01-online-assessment-schedule.eml', m)],
         label([], 'medium', 'negative/assessment-exam',
               'Scheduled, webcam-proctored Versant/aptitude exam with "no interviewer"; the initial interview '
               'comes later and is not scheduled.'))


def case16():
    """job fair registration with on-the-spot interviews"""
    start = wd(t(2026, 10, 10, 9, 0, MNL), 'Saturday')
    end = t(2026, 10, 10, 17, 0, MNL)
    d = wd(t(2026, 10, 3, 15, 22, 9, MNL), 'Saturday')
    reg = 'PMJF-2026-0' + rnd('16reg', 4, '0123456789')
    text = (
        'Hi Kristine Joy!\n\n'
        "You're registered for the PASIG MEGA JOB FAIR 2026.\n\n"
        'Date: Saturday, October 10, 2026\nTime: 9:00 AM - 5:00 PM\n'
        'Venue: Rizal Convention Hall, Pasig City\n'
        f'Registration no.: {reg}\n\n'
        '40+ BPO companies, VA agencies and shared services centers. ON-THE-SPOT INTERVIEWS and hiring for '
        'qualified applicants!\n\n'
        'Bring: 10 copies of your resume, 2x2 ID photo, one valid ID, and a ballpen. Business casual attire.\n\n'
        'Add the event to your calendar with the attached file. Show this e-mail or your QR code at the '
        'registration booth.\n\n'
        'See you there!\nJobsKonek PH Events Team\n')
    vcal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//JobsKonek//Events 2.1//EN', 'METHOD:PUBLISH',
                'CALSCALE:GREGORIAN'] + VTZ['Asia/Manila'] +
               ['BEGIN:VEVENT', f'UID:{reg.lower()}@events.jobskonek.example',
                f'DTSTAMP:{utcstamp(d)}', f'DTSTART;TZID=Asia/Manila:{localstamp(start)}',
                f'DTEND;TZID=Asia/Manila:{localstamp(end)}',
                'SUMMARY:Pasig Mega Job Fair 2026 (on-the-spot interviews)',
                'DESCRIPTION:' + ics_escape(f'Registration no. {reg}. 40+ BPO\\, VA and shared services employers.'
                                            .replace('\\,', ',') + '\nBring 10 resumes, 2x2 photo and a valid ID.'),
                'LOCATION:Rizal Convention Hall\\, Pasig City',
                'ORGANIZER;CN=JobsKonek PH Events:mailto:events@jobskonek.example',
                attendee_line(OWNER_NAME, OWNER, partstat='ACCEPTED', rsvp=False),
                'STATUS:CONFIRMED', 'SEQUENCE:0', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    m = vendor_msg(date=d, frm=('JobsKonek PH', 'events@jobskonek.example'), to=OWNER,
                   subject="You're registered: Pasig Mega Job Fair 2026 - Oct 10",
                   text=text, html=simple_html(text), boundary_seed='16',
                   msgid=f'<{hexid("16mid", 20)}@events.jobskonek.example>')
    case('b218-16-job-fair-registration', [('01-job-fair-registered.eml', m), ('02-pasig-mega-job-fair.ics', vcal)],
         label([], 'medium', 'negative/job-fair',
               'Job-fair registration (mail + PUBLISH .ics) advertising "on-the-spot interviews"; a career fair '
               'is not an interview.'))


def case17():
    """weekly team call of the client she already works for"""
    lauren = ('Lauren Pike', 'lauren@cedarsage.example')
    mico = ('Mico Reyes', 'mico.reyes@cedarsage.example')
    first = wd(t(2026, 9, 7, 9, 0, NY), 'Monday')
    eid = rnd('17id', 26)
    js = gcal_event(
        kind='calendar#event', etag='"3522671024411000"', id=eid, status='confirmed',
        htmlLink='https://www.google.com/calendar/event?eid=' + base64.b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        created='2026-09-02T13:11:52.000Z', updated='2026-10-09T18:40:12.205Z',
        summary='Weekly Support Team Call',
        description=('Agenda: ticket backlog, refund macros, shipping delays.\n'
                     'KJ: please bring your notes on the two VA applicants you screened - we interview them next week.'),
        creator={'email': lauren[1], 'displayName': lauren[0]},
        organizer={'email': lauren[1], 'displayName': lauren[0]},
        start={'dateTime': first.isoformat(), 'timeZone': 'America/New_York'},
        end={'dateTime': (first + timedelta(minutes=30)).isoformat(), 'timeZone': 'America/New_York'},
        recurrence=['RRULE:FREQ=WEEKLY;BYDAY=MO'],
        iCalUID=f'{eid}@google.com', sequence=0,
        attendees=[{'email': lauren[1], 'displayName': lauren[0], 'organizer': True, 'responseStatus': 'accepted'},
                   {'email': mico[1], 'displayName': mico[0], 'responseStatus': 'accepted'},
                   {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}],
        hangoutLink='https://meet.google.com/csa-qpto-wkl',
        reminders={'useDefault': True}, eventType='default')
    d2 = wd(t(2026, 10, 12, 7, 40, 55, NY), 'Monday')
    assert t(2026, 10, 12, 9, 0, NY).astimezone(MNL).hour == 21
    text2 = ("Hi team,\n\nFor today's call (9 AM ET / 9 PM Manila):\n"
             '1. October ticket volume\n2. New refund macro (KJ drafted it, thank you!)\n'
             "3. Hiring: we're interviewing two more part-time VAs next week. KJ, since you've been with us since "
             "March, I'd love for you to sit in on those interviews.\n\n"
             'See you there,\nLauren\n\nLauren Pike\nFounder, Cedar & Sage Apothecary\n')
    m2, _ = gmail_msg(date=d2, frm=lauren, to=[KJ, mico], subject="Agenda for today's team call",
                      text=text2, msgid_seed='17b')
    case('b218-17-current-client-weekly-call', [('01-weekly-team-call.gcal.json', js), ('02-agenda.eml', m2)],
         label([], 'hard', 'negative/existing-job-meeting',
               'Recurring weekly call with the client she already works for; agenda mentions interviewing other '
               'VAs (she would sit in as an interviewer). No interview where she is the candidate.'))


def case18():
    """Upwork contract offer after an interview"""
    d = wd(t(2026, 10, 22, 2, 15, 33, UTC), 'Thursday')
    wd(t(2026, 11, 2, 9, 0, MNL), 'Monday')
    text = (
        'Sam O. sent you an offer\n\n'
        'Customer Support VA (Freight Brokerage)\nOkafor Freight Solutions\n\n'
        'Contract type: Hourly\nRate: $6.50/hr\nWeekly limit: 30 hrs/week\nStart date: Nov 2, 2026\n\n'
        'Message from Sam O.:\n'
        '"Kristine, great talking with you in our interview on Tuesday! I\'d like to bring you on for the '
        'customer support role. Once you accept, we\'ll do a quick onboarding call on your first day to set up '
        'your tools."\n\n'
        f'Review offer: https://www.upwork.com/nx/offers/{rnd("18o", 9, "0123456789")}\n'
        'This offer expires on Oct 29, 2026.\n\n'
        'You are receiving this email because a client sent you an offer on Upwork.\n'
        '\u00a9 2026 Upwork\u00ae Global Inc.\n')
    m = vendor_msg(date=d, frm=('Upwork', 'donotreply@upwork.com'), to=OWNER,
                   subject='You received an offer: Customer Support VA (Freight Brokerage)',
                   text=text, html=simple_html(text), boundary_seed='18',
                   msgid=f'<0100019{hexid("18mid", 9)}-{hexid("18m2", 8)}-{hexid("18m3", 4)}-{hexid("18m4", 4)}-{hexid("18m5", 4)}-{hexid("18m6", 12)}-000000@email.amazonses.com>',
                   extra=[('X-Upwork-Notification', 'offer_received')])
    case('b218-18-upwork-contract-offer', [('01-upwork-offer.eml', m)],
         label([], 'medium', 'negative/offer',
               'Upwork contract offer referring to a past interview ("on Tuesday", no time) and a future onboarding '
               'call. Offers are not interviews.'))


def case19():
    """scam: Telegram 'final interview' requiring a GCash fee"""
    d = wd(t(2026, 10, 14, 13, 7, 45, MNL), 'Wednesday')
    text = (
        'Dear Applicant,\n\n'
        'CONGRATULATIONS!!! Your profile has been SHORTLISTED for the position of ONLINE DATA ENCODER (Work From '
        'Home) with a salary of \u20b145,000/month + \u20b15,000 internet allowance.\n\n'
        'Your FINAL INTERVIEW will be conducted via TELEGRAM CHAT tomorrow, October 15 at 3:00 PM with our HR '
        'Manager Ms. Andrea Villacorta. Please add her on Telegram: @AndreaV_HRmanager\n\n'
        'IMPORTANT: To reserve your interview slot, you must pay the REFUNDABLE processing fee of \u20b11,500 '
        '(ID, training kit and laptop insurance) via GCash to 0926 555 0183 (A. V.) on or before 12:00 NN '
        'tomorrow. Send the screenshot of your payment to Ms. Andrea on Telegram. Slots are limited, unpaid '
        'slots will be given to other applicants.\n\n'
        'No need to reply to this email.\n\nHR Recruitment Team\nGlobal Remote Careers PH\n')
    m, _ = gmail_msg(date=d, frm=('HR Recruitment Team', 'hr.onboarding@globalremotecareers-ph.example'),
                     to=[('Applicant', OWNER)],
                     subject='CONGRATULATIONS! Shortlisted for Online Data Encoder (\u20b145,000/month) - Interview Tomorrow',
                     text=text, msgid_seed='19a')
    case('b218-19-telegram-scam-fee', [('01-shortlisted-telegram-interview.eml', m)],
         label([], 'medium', 'negative/scam',
               '"Final interview" by Telegram chat tomorrow 3 PM, conditional on paying a GCash processing fee. '
               'Scam, not an interview.'))


def case20():
    """unbooked Calendly link + nudge"""
    nate = ('Nate Brooks', 'nate@sunridgeplumbing.example')
    d1 = wd(t(2026, 10, 12, 19, 30, 2, NY), 'Monday')
    text1 = ('Hi Kristine,\n\nThanks for the intro video, I liked it a lot. Next step is a 20-minute interview with '
             'me. Please grab a time that works for you on my Calendly:\n\n'
             'https://calendly.com/sunridge-nate/va-interview\n\n'
             'I have openings Monday to Thursday between 7 and 10 PM Eastern, which I think is morning for you. '
             "Once you book, you'll get a Zoom link automatically.\n\n"
             'Nate Brooks\nOwner, Sunridge Plumbing & Drain\nCharlotte, NC\n')
    subj = 'Next step - VA interview'
    m1, id1 = gmail_msg(date=d1, frm=nate, to=[KJ], subject=subj, text=text1, msgid_seed='20a')
    d2 = wd(t(2026, 10, 15, 20, 2, 17, NY), 'Thursday')
    text2 = ("Hi Kristine, just checking in. I haven't seen a booking come through yet. Next week's slots are "
             'filling up, so grab one when you can. If none of the times work, send me two or three options in '
             "Manila time and I'll see what I can do.\n\nNate\n")
    m2, _ = gmail_msg(date=d2, frm=nate, to=[KJ], subject='Re: ' + subj, text=text2, msgid_seed='20b',
                      quoted=text1, attribution=gmail_attr(d1, nate[0], nate[1]), in_reply_to=id1)
    case('b218-20-calendly-link-unbooked', [('01-grab-a-time.eml', m1), ('02-re-checking-in.eml', m2)],
         label([], 'medium', 'negative/availability-request',
               'Client sends a Calendly link and a nudge; nothing is ever booked. Availability request only.'))


def case21():
    """she (EA for her current client) schedules a candidate's interview; she is not the candidate"""
    lauren = ('Lauren Pike', 'lauren@cedarsage.example')
    josh = ('Joshua Ramirez', 'joshua.ramirez@mailbox.example')
    start = wd(t(2026, 10, 22, 21, 0, MNL), 'Thursday')
    assert start.astimezone(NY).hour == 9
    eid = rnd('21id', 26)
    js = gcal_event(
        kind='calendar#event', etag='"3538019022845000"', id=eid, status='confirmed',
        htmlLink='https://www.google.com/calendar/event?eid=' + base64.b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        created='2026-10-20T12:51:41.000Z', updated='2026-10-20T14:16:22.731Z',
        summary='Interview: Joshua Ramirez \u2013 Part-time Support VA (Cedar & Sage)',
        description=('Candidate: Joshua Ramirez\nInterviewer: Lauren Pike (Founder)\n'
                     "Scheduled by KJ on Lauren's behalf. Resume and sample replies in the hiring folder."),
        creator={'email': OWNER, 'self': True},
        organizer={'email': OWNER, 'self': True},
        start={'dateTime': start.isoformat(), 'timeZone': 'Asia/Manila'},
        end={'dateTime': (start + timedelta(minutes=30)).isoformat(), 'timeZone': 'Asia/Manila'},
        iCalUID=f'{eid}@google.com', sequence=0,
        attendees=[{'email': OWNER, 'organizer': True, 'self': True, 'responseStatus': 'accepted'},
                   {'email': lauren[1], 'displayName': lauren[0], 'responseStatus': 'accepted'},
                   {'email': josh[1], 'displayName': josh[0], 'responseStatus': 'accepted'}],
        hangoutLink='https://meet.google.com/rjt-mxkw-ebd',
        reminders={'useDefault': True}, eventType='default')
    kj_at = wd(t(2026, 10, 20, 20, 52, 3, MNL), 'Tuesday')
    kj_text = ('Hi Joshua,\n\nThank you for applying to Cedar & Sage Apothecary. Ms. Lauren Pike, our founder, '
               'will interview you on Thursday, Oct 22 at 9:00 PM Manila time (9:00 AM Eastern) via Google Meet. '
               'I sent you a calendar invite.\n\nKJ\nExecutive Assistant to Lauren Pike | Cedar & Sage Apothecary\n')
    d2 = wd(t(2026, 10, 20, 22, 14, 8, MNL), 'Tuesday')
    text2 = ("Hi Ma'am KJ,\n\nThank you po for scheduling my interview with Ms. Lauren on Thursday at 9PM. I "
             'accepted the calendar invite. See you po!\n\nJoshua Ramirez\n')
    kj_id = '<CAK' + rnd('21kj', 10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') + '@mail.gmail.com>'
    m2, _ = gmail_msg(date=d2, frm=josh, to=[KJ], subject='Re: Interview schedule - Part-time Support VA',
                      text=text2, msgid_seed='21b', quoted=kj_text,
                      attribution=gmail_attr(kj_at, OWNER_NAME, OWNER), in_reply_to=kj_id)
    case('b218-21-va-schedules-client-interview', [
        ('01-interview-joshua.gcal.json', js), ('02-re-interview-schedule.eml', m2)],
        label([], 'hard', 'negative/user-is-scheduler',
              'The owner, working as EA for her current client, organizes an interview where someone else is '
              'the candidate and her client is the interviewer. Not her interview.'))


def case22():
    """one-way (recorded) video interview"""
    d = wd(t(2026, 10, 27, 9, 30, 11, MNL), 'Tuesday')
    wd(t(2026, 10, 30, 23, 59, MNL), 'Friday')
    text = (
        'Hi Kristine Joy,\n\n'
        'Apex Reach Communications has invited you to complete a one-way video interview for the role '
        'Customer Success Associate (US SaaS Account).\n\n'
        "This is a recorded interview: you'll answer 5 questions on camera at your own pace. There is no live "
        'interviewer. Each answer gives you 30 seconds to prepare and up to 2 minutes to record.\n\n'
        'Deadline: Friday, October 30, 2026, 11:59 PM (Philippine Time)\n\n'
        f'Start your interview: https://app.hireclip.example/i/{rnd("22i", 16)}\n\n'
        'Shortlisted candidates will be contacted by the Apex Reach recruitment team for a live interview.\n\n'
        'Good luck!\nThe HireClip team, on behalf of Apex Reach Communications\n')
    m = vendor_msg(date=d, frm=('Apex Reach Communications via HireClip', 'no-reply@hireclip.example'), to=OWNER,
                   subject='Apex Reach Communications invited you to a one-way video interview',
                   text=text, html=simple_html(text), boundary_seed='22',
                   msgid=f'<{hexid("22mid", 28)}@mail.hireclip.example>')
    case('b218-22-one-way-video-interview', [('01-one-way-video-invite.eml', m)],
         label([], 'medium', 'negative/one-way-video',
               'Recorded one-way video interview with a deadline, no live interviewer. Not an interview.'))


# ============================================================================
def main():
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        fn()
    for name in sorted(os.listdir(HERE)):
        if name.startswith('b218-') and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, (slug, items, lab) in enumerate(CASES, 1):
        assert slug.startswith(f'b218-{i:02d}-'), slug
        folder = os.path.join(HERE, slug)
        os.makedirs(folder)
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names)
        for j, (name, content) in enumerate(items, 1):
            assert name.startswith(f'{j:02d}-') and name.endswith(('.eml', '.ics', '.gcal.json')), name
            with open(os.path.join(folder, name), 'wb') as f:
                f.write(content.encode('utf-8'))
        labels[slug] = lab
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# blind218 labels (written blind, synthetic). Schema: /work/shared/eval/README.md\n')
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for l in labels.values() if l['interview'])
    ivs = [x for l in labels.values() for x in l['interviews']]
    print(f'{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews '
          f'({sum(x["status"] == "scheduled" for x in ivs)} scheduled, '
          f'{sum(x["status"] == "cancelled" for x in ivs)} cancelled)')


if __name__ == '__main__':
    main()
