#!/usr/bin/env python3
"""Regenerate the blind243 evaluation set (written blind).

Theme: a Detroit-based automotive manufacturing engineer (Marcus Wierzbicki) looking at OEMs,
Tier 1 suppliers and EV startups in Michigan, Ohio and Windsor, Ontario.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; every UTC offset is computed
with zoneinfo and every weekday named in the text is asserted.  Standard library + PyYAML only.

    python make_cases.py        # rewrites every b243-* folder and labels.yaml next to this file
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
OWNER = 'marcus.wierzbicki@example.com'
OWNER_NAME = 'Marcus Wierzbicki'
# current employer; its mail is auto-forwarded to the owner's personal address
WORK = 'mwierzbicki@ferndaleprecision.example'

DET = ZoneInfo('America/Detroit')
NYC = ZoneInfo('America/New_York')
CHI = ZoneInfo('America/Chicago')
TOR = ZoneInfo('America/Toronto')
BER = ZoneInfo('Europe/Berlin')
UTC = timezone.utc

DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


# ----------------------------------------------------------------------------- time helpers
def at(tz, y, mo, d, h=0, mi=0, s=0, day=None):
    """Aware datetime; `day` asserts the weekday named in the case text."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    # refuse non-existent / ambiguous wall times
    assert x.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == x.replace(tzinfo=None), x
    if day is not None:
        assert DAYS[x.weekday()] == day, (x, day, DAYS[x.weekday()])
    return x


def wd(x, day):
    assert DAYS[x.weekday()] == day, (x, day)
    return x


def iso(x):
    return x.isoformat()


def offs(x):
    m = int(x.utcoffset().total_seconds()) // 60
    sign = '+' if m >= 0 else '-'
    m = abs(m)
    return f'{sign}{m // 60:02d}{m % 60:02d}'


def rfc(x, tz=None, zero_pad=False):
    """RFC 5322 date; tz=UTC for Exchange-style '+0000' dates."""
    if tz is not None:
        x = x.astimezone(tz)
    day = f'{x.day:02d}' if zero_pad else str(x.day)
    return f'{DAYS[x.weekday()][:3]}, {day} {MONTHS[x.month - 1][:3]} {x.year} {x:%H:%M:%S} {offs(x)}'


def rcvd_date(x):
    x = x.astimezone(DET)
    return rfc(x) + f' ({x.tzname()})'


def ics_local(x, zone):
    return x.astimezone(zone).strftime('%Y%m%dT%H%M%S')


def ics_utc(x):
    return x.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


# ----------------------------------------------------------------------------- id helpers
def hx(seed, n=16, upper=False):
    s = hashlib.sha256(seed.encode()).hexdigest()
    while len(s) < n:
        s += hashlib.sha256(s.encode()).hexdigest()
    return s[:n].upper() if upper else s[:n]


B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def b62(seed, n):
    v = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    out = ''
    for _ in range(n):
        v, r = divmod(v, 62)
        out += B62[r]
    return out


def gmail_mid(seed):
    return f'<CA{b62(seed, 10)}+{b62(seed + "x", 14)}-{b62(seed + "y", 10)}@mail.gmail.com>'


def outlook_mid(seed, host='namprd11'):
    a = hx(seed, 40, True)
    return f'<{a[:4]}PR11MB{a[4:8]}{a[8:30]}@{a[:4]}PR11MB{a[4:8]}.{host}.prod.outlook.com>'


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def gmail_boundary(seed):
    return '0000000000' + hx(seed, 18)


def outlook_boundary(seed):
    return '_000_' + hx(seed, 32, True) + 'prodoutlookcom_'


# ----------------------------------------------------------------------------- MIME helpers
def hdr(s):
    """RFC 2047 encode a header value only when it is not ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def addr(name, email):
    if not name:
        return email
    if any(c in name for c in ',.()'):
        name = '"' + name + '"'
    return f'{hdr(name)} <{email}>'


def addrs(lst):
    return ', '.join(addr(n, e) for n, e in lst)


def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def leaf(ctype, body, cte='7bit', headers=()):
    return ('leaf', ctype, body, cte, tuple(headers))


def multi(subtype, boundary, parts, headers=()):
    return ('multi', subtype, boundary, parts, tuple(headers))


def render(node):
    if node[0] == 'leaf':
        _, ctype, body, cte, extra = node
        if cte == 'quoted-printable':
            enc = qp(body)
        elif cte == 'base64':
            enc = b64(body)
        else:
            enc = body
        if not enc.endswith('\n'):
            enc += '\n'
        hs = [f'Content-Type: {ctype}', *extra, f'Content-Transfer-Encoding: {cte}']
        return hs, enc
    _, subtype, boundary, parts, extra = node
    hs = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"', *extra]
    body = ''
    for p in parts:
        phs, pbody = render(p)
        body += f'--{boundary}\n' + '\n'.join(phs) + '\n\n' + pbody + '\n'
    body += f'--{boundary}--\n'
    return hs, body


def eml(headers, node):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f'{k}: {v}')
    lines.append('MIME-Version: 1.0')
    hs, body = render(node)
    return '\n'.join(lines + hs) + '\n\n' + body


def received(from_host, ip, when, seed, via='mx.example.com'):
    return (f'from {from_host} ({from_host} [{ip}])\n        by {via} (Postfix) with ESMTPS id '
            f'{b62(seed, 11)}\n        for <{OWNER}>; {rcvd_date(when + timedelta(seconds=3))}')


GOOGLE_HOP = ('mail-sor-f41.google.com', '209.85.220.41')
OUTLOOK_HOP = ('mail-dm6nam12on2091.outbound.protection.outlook.com', '40.107.243.91')


def text_to_html(text, font='Calibri,Arial,Helvetica,sans-serif', gmail=False):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        esc = '<br>\n'.join(html.escape(line, quote=False) for line in p.split('\n'))
        if gmail:
            out.append(f'<div>{esc}</div><div><br></div>')
        else:
            out.append(f'<p class="MsoNormal">{esc}</p>')
    if gmail:
        return '<div dir="ltr">' + '\n'.join(out) + '</div>\n'
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n'
            f'<div class="WordSection1" style="font-family:{font};font-size:11pt">\n'
            + '\n'.join(out) + '\n</div>\n</body>\n</html>\n')


def gmail_quote_html(reply_text, quoted_text, attribution):
    q = '<br>\n'.join(html.escape(l, quote=False) for l in quoted_text.strip('\n').split('\n'))
    return (text_to_html(reply_text, gmail=True)[:-7] +
            f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attribution)}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div></div>\n')


def quote_lines(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    out, cur, limit = [], '', 75
    for ch in line:
        if len((cur + ch).encode('utf-8')) > limit:
            out.append(cur)
            cur, limit = ch, 74
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def ics_text(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def calendar(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def att(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp=True, extra=''):
    r = ';RSVP=TRUE' if rsvp else ''
    return f'ATTENDEE;ROLE={role};PARTSTAT={partstat}{r};CN={name}{extra}:mailto:{email}'


def ms_vtz(tzid, std_off, dst_off, std_rule, dst_rule, std_time='020000', dst_time='020000'):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}',
            'BEGIN:STANDARD', f'DTSTART:16010101T{std_time}', f'TZOFFSETFROM:{dst_off}',
            f'TZOFFSETTO:{std_off}', f'RRULE:FREQ=YEARLY;INTERVAL=1;{std_rule}', 'END:STANDARD',
            'BEGIN:DAYLIGHT', f'DTSTART:16010101T{dst_time}', f'TZOFFSETFROM:{std_off}',
            f'TZOFFSETTO:{dst_off}', f'RRULE:FREQ=YEARLY;INTERVAL=1;{dst_rule}', 'END:DAYLIGHT',
            'END:VTIMEZONE']


VTZ_MS_EASTERN = ms_vtz('Eastern Standard Time', '-0500', '-0400',
                        'BYDAY=1SU;BYMONTH=11', 'BYDAY=2SU;BYMONTH=3')
VTZ_MS_CENTRAL = ms_vtz('Central Standard Time', '-0600', '-0500',
                        'BYDAY=1SU;BYMONTH=11', 'BYDAY=2SU;BYMONTH=3')
VTZ_MS_WEUROPE = ms_vtz('W. Europe Standard Time', '+0100', '+0200',
                        'BYDAY=-1SU;BYMONTH=10', 'BYDAY=-1SU;BYMONTH=3', std_time='030000')


def olson_vtz(tzid, std, dst, std_name, dst_name):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}',
            'BEGIN:DAYLIGHT', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}', f'TZNAME:{dst_name}',
            'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
            'BEGIN:STANDARD', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}', f'TZNAME:{std_name}',
            'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
            'END:VTIMEZONE']


VTZ_DETROIT = olson_vtz('America/Detroit', '-0500', '-0400', 'EST', 'EDT')
VTZ_NEWYORK = olson_vtz('America/New_York', '-0500', '-0400', 'EST', 'EDT')
VTZ_CHICAGO = olson_vtz('America/Chicago', '-0600', '-0500', 'CST', 'CDT')

MS_TZ = {  # Windows TZID -> (VTIMEZONE, zoneinfo, display label)
    'Eastern Standard Time': (VTZ_MS_EASTERN, NYC, '(UTC-05:00) Eastern Time (US & Canada)'),
    'Central Standard Time': (VTZ_MS_CENTRAL, CHI, '(UTC-06:00) Central Time (US & Canada)'),
    'W. Europe Standard Time': (VTZ_MS_WEUROPE, BER,
                                '(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien'),
}


def fmt_12(x):
    h = x.hour % 12 or 12
    return f'{h}:{x.minute:02d} {"AM" if x.hour < 12 else "PM"}'


def ms_when(start, end, tzid):
    zone = MS_TZ[tzid][2]
    s, e = start.astimezone(MS_TZ[tzid][1]), end.astimezone(MS_TZ[tzid][1])
    return f'{DAYS[s.weekday()]}, {MONTHS[s.month - 1]} {s.day}, {s.year} {fmt_12(s)}-{fmt_12(e)} {zone}.'


def ms_uid(seed):
    return '040000008200E00074C5B7101A82E00800000000' + hx(seed, 16, True) + '000000000000000010000000' + hx(seed + 'u', 32, True)


def teams_block(seed, german=False):
    mid = int(hx(seed, 12), 16) % 10**12
    mid_s = f'{mid // 10**9 % 1000:03d} {mid // 10**6 % 1000:03d} {mid // 1000 % 1000:03d} {mid % 1000:03d}'
    pc = b62(seed + 'pc', 6)
    url = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b62(seed + "m", 32)}%40thread.v2/0'
           f'?context=%7b%22Tid%22%3a%22{hx(seed + "t", 8)}-{hx(seed + "t2", 4)}-4{hx(seed + "t3", 3)}-a{hx(seed + "t4", 3)}-{hx(seed + "t5", 12)}%22%7d')
    line = '_' * 80
    if german:
        return (f'{line}\nMicrosoft Teams-Besprechung\nNehmen Sie auf dem Computer, in der mobilen App oder '
                f'im Raumsystem teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<{url}>\n'
                f'Besprechungs-ID: {mid_s}\nKennung: {pc}\nTeams herunterladen<https://www.microsoft.com/de-de/'
                f'microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/'
                f'join-a-meeting>\nWeitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen\n{line}\n'), url
    return (f'{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            f'Click here to join the meeting<{url}>\nMeeting ID: {mid_s}\nPasscode: {pc}\n'
            f'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the '
            f'web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/'
            f'JoinTeamsMeeting> | Meeting options\n{line}\n'), url


def exchange_vevent(*, seed, method, organizer, attendees, description, summary, start, end, tzid,
                    dtstamp, seq, location, lang='en-US', teams_url=None, status='CONFIRMED'):
    zone = MS_TZ[tzid][1]
    cancel = method == 'CANCEL'
    L = ['BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}', *attendees,
         f'DESCRIPTION;LANGUAGE={lang}:{ics_text(description)}',
         f'UID:{ms_uid(seed)}', f'SUMMARY;LANGUAGE={lang}:{ics_text(summary)}',
         f'DTSTART;TZID={tzid}:{ics_local(start, zone)}', f'DTEND;TZID={tzid}:{ics_local(end, zone)}',
         'CLASS:PUBLIC', f'PRIORITY:{1 if cancel else 5}', f'DTSTAMP:{ics_utc(dtstamp)}', 'TRANSP:OPAQUE',
         f'STATUS:{"CANCELLED" if cancel else status}', f'SEQUENCE:{seq}',
         f'LOCATION;LANGUAGE={lang}:{ics_text(location)}',
         f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
         f'X-MICROSOFT-CDO-OWNERAPPTID:-{int(hx(seed, 8), 16) % 2000000000}',
         f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if cancel else "TENTATIVE"}',
         'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if cancel else 'BUSY'),
         'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', f'X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}',
         'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_url:
        L += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}',
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
          f'X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_text(location)}']
    if not cancel:
        L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    L.append('END:VEVENT')
    return L


def exchange_invite(*, seed, sender, to, cc=(), subject, sent, start, end, tzid, body, attendees,
                    location='Microsoft Teams Meeting', method='REQUEST', seq=0, teams=True,
                    german=False, forwarded=False, in_reply_to=None, importance=None):
    """Outlook / Exchange Online meeting request: multipart/alternative, base64 text/calendar."""
    lang = 'de-DE' if german else 'en-US'
    tb, url = teams_block(seed, german) if teams else ('', None)
    when = ms_when(start, end, tzid)
    if german:
        s = start.astimezone(MS_TZ[tzid][1])
        e = end.astimezone(MS_TZ[tzid][1])
        de_days = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
        de_months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August',
                     'September', 'Oktober', 'November', 'Dezember']
        when = (f'{de_days[s.weekday()]}, {s.day}. {de_months[s.month - 1]} {s.year} '
                f'{s:%H:%M}-{e:%H:%M} {MS_TZ[tzid][2]}.')
        head = f'Wann: {when}\nWo: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n'
    else:
        head = f'When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n'
    plain = head + body.strip('\n') + '\n\n' + tb
    prefix = 'Canceled: ' if method == 'CANCEL' else ''
    summary = subject
    cal = calendar(['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010',
                    'VERSION:2.0', *MS_TZ[tzid][0],
                    *exchange_vevent(seed=seed, method=method, organizer=sender, attendees=attendees,
                                     description=plain, summary=summary, start=start, end=end,
                                     tzid=tzid, dtstamp=sent, seq=seq, location=location, lang=lang,
                                     teams_url=url),
                    'END:VCALENDAR'])
    bnd = outlook_boundary(seed)
    node = multi('alternative', bnd, [
        leaf('text/plain; charset="utf-8"', plain, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', text_to_html(plain, font='Aptos,Calibri,sans-serif'), 'quoted-printable'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, 'base64'),
    ])
    rcpt = WORK if forwarded else OWNER
    headers = [('Delivered-To', OWNER)]
    if forwarded:
        headers += [('X-Forwarded-To', OWNER), ('X-Forwarded-For', f'{WORK} {OWNER}')]
    headers += [
        ('Received', received(*OUTLOOK_HOP, sent, seed)),
        ('Return-Path', f'<{sender[1]}>'),
        ('From', addr(*sender)), ('To', addrs(to)), ('CC', addrs(cc) if cc else None),
        ('Subject', hdr(prefix + subject)), ('Thread-Topic', hdr(subject)),
        ('Thread-Index', thread_index(seed)), ('Date', rfc(sent, UTC)),
        ('Message-ID', outlook_mid(seed + str(seq) + method)),
        ('In-Reply-To', in_reply_to), ('References', in_reply_to),
        ('Accept-Language', lang), ('Content-Language', lang), ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''), ('Importance', importance),
        ('Content-class', 'urn:content-classes:calendarmessage'),
        ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAA' + b62(seed, 20)),
        ('x-ms-publictraffictype', 'Email'),
    ]
    assert rcpt in ' '.join(e for _, e in to) + ' '.join(e for _, e in cc) + ' '.join(attendees)
    return eml(headers, node)


def outlook_mail(*, seed, sender, to, cc=(), subject, sent, body, in_reply_to=None, references=None,
                 forwarded=False, reply_to=None, html_body=None):
    """Plain Outlook / Exchange Online message: multipart/alternative, quoted-printable."""
    bnd = outlook_boundary(seed)
    node = multi('alternative', bnd, [
        leaf('text/plain; charset="utf-8"', body, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', html_body or text_to_html(body), 'quoted-printable'),
    ])
    headers = [('Delivered-To', OWNER)]
    if forwarded:
        headers += [('X-Forwarded-To', OWNER), ('X-Forwarded-For', f'{WORK} {OWNER}')]
    headers += [
        ('Received', received(*OUTLOOK_HOP, sent, seed)),
        ('Return-Path', f'<{sender[1]}>'),
        ('From', addr(*sender)), ('To', addrs(to)), ('CC', addrs(cc) if cc else None),
        ('Reply-To', reply_to),
        ('Subject', hdr(subject)), ('Thread-Topic', hdr(subject.split(': ', 1)[-1] if subject[:3] in ('RE:', 'FW:') else subject)),
        ('Thread-Index', thread_index(seed)), ('Date', rfc(sent, UTC)),
        ('Message-ID', outlook_mid(seed)), ('In-Reply-To', in_reply_to),
        ('References', references or in_reply_to),
        ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''), ('x-ms-publictraffictype', 'Email'),
    ]
    return eml(headers, node)


def gmail_mail(*, seed, sender, to, cc=(), subject, sent, body, html_body=None, in_reply_to=None,
               references=None, attachments=(), text_cte='quoted-printable'):
    """Message composed in Gmail (personal or Workspace): multipart/alternative (+ mixed if attachments)."""
    alt = multi('alternative', gmail_boundary(seed + 'alt'), [
        leaf('text/plain; charset="UTF-8"', body, text_cte),
        leaf('text/html; charset="UTF-8"', html_body or text_to_html(body, gmail=True), 'quoted-printable'),
    ])
    node = alt
    if attachments:
        node = multi('mixed', gmail_boundary(seed + 'mix'), [alt, *attachments])
    headers = [('Delivered-To', OWNER),
               ('Received', received(*GOOGLE_HOP, sent, seed)),
               ('X-Google-Smtp-Source', b62(seed + 'g', 40) + '=='),
               ('Return-Path', f'<{sender[1]}>'),
               ('From', addr(*sender)), ('Date', rfc(sent)),
               ('Message-ID', gmail_mid(seed)), ('In-Reply-To', in_reply_to),
               ('References', references or in_reply_to),
               ('Subject', hdr(subject)), ('To', addrs(to)), ('Cc', addrs(cc) if cc else None)]
    return eml(headers, node)


def system_mail(*, seed, sender, to, subject, sent, body, html_body=None, reply_to=None,
                attachments=(), mid_domain, extra_headers=(), text_cte='quoted-printable', hop=None):
    """Notification from an ATS / vendor system (SuccessFactors, Taleo, Workday, HireVue, ...)."""
    alt = multi('alternative', '----=_Part_' + str(int(hx(seed, 10), 16) % 10**7) + '_' + str(int(hx(seed + 'b', 10), 16) % 10**10) + '.' + str(1790000000000 + int(hx(seed + 'c', 8), 16) % 10**9), [
        leaf('text/plain; charset=UTF-8', body, text_cte),
        leaf('text/html; charset=UTF-8', html_body or text_to_html(body, font='Arial,Helvetica,sans-serif'), 'quoted-printable'),
    ])
    node = alt
    if attachments:
        node = multi('mixed', '----=_Part_' + str(int(hx(seed + 'm', 10), 16) % 10**7) + '_' + str(int(hx(seed + 'n', 10), 16) % 10**10) + '.' + str(1790000000000 + int(hx(seed + 'o', 8), 16) % 10**9), [alt, *attachments])
    host, ip = hop or ('mta-out.' + mid_domain, '198.51.100.' + str(int(hx(seed, 2), 16) % 200 + 10))
    headers = [('Delivered-To', OWNER),
               ('Received', received(host, ip, sent, seed)),
               ('Return-Path', f'<bounce-{hx(seed, 12)}@{mid_domain}>'),
               ('From', addr(*sender)), ('Reply-To', reply_to), ('To', addr(*to)),
               ('Subject', hdr(subject)), ('Date', rfc(sent, zero_pad=True)),
               ('Message-ID', f'<{int(hx(seed, 12), 16)}.{int(hx(seed + "q", 8), 16)}.{int(hx(seed + "r", 10), 16)}@{mid_domain}>'),
               *extra_headers]
    return eml(headers, node)


def ics_attachment(cal, filename='invite.ics', method='REQUEST', ctype='application/ics'):
    return leaf(f'{ctype}; name="{filename}"' + (f'; method={method}' if ctype == 'text/calendar' else ''),
                cal, 'base64', [f'Content-Disposition: attachment; filename="{filename}"'])


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers),
            'followup_recipients': list(followup), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


OWNER_SIG = 'Marcus Wierzbicki\n(313) 555-0134'


# ============================================================================= POSITIVE CASES
@case('b243-01-agency-gmail-client-phone-call')
def c01():
    sent = at(DET, 2026, 10, 6, 16, 42, 11, day='Tuesday')
    start = at(DET, 2026, 10, 8, 11, 0, day='Thursday')   # "Thursday at 11:00" relative to Tue 10/6
    tony = ('Tony Brancato', 'tony.brancato.mcts@gmail.example')
    body = f"""Hey Marcus,

Good talking with you this afternoon. Like I said, Brightline is moving quick on this one.

Rick Dombrowski (ME Manager at their Warren plant, the seat frame side) is going to call your cell Thursday at 11:00 for a phone interview. Figure about 30 minutes. He'll call from a 586 number so pick up even if you don't recognize it.

Role is Manufacturing Engineer - Seat Frame Welding, 12 month contract through us with a real shot at conversion. $58-62/hr W2, no per diem since you're local.

Stuff he'll probably get into:
- robotic MIG cells (they run Fanuc arms w/ Lincoln power sources)
- weld fixture changeovers and your PFMEA experience
- the seat track launch you did at Ferndale

Shoot me a text after you hang up and let me know how it went.

Thanks,
Tony

--
Tony Brancato
Senior Technical Recruiter | Motor City Technical Staffing
C: (248) 555-0147
"Putting Michigan to work since 1998"
"""
    files = {'01-tony-brightline-phone-interview.eml': gmail_mail(
        seed='c01', sender=tony, to=[(OWNER_NAME, OWNER)], sent=sent,
        subject='Brightline Seating - Warren - phone interview Thurs', body=body)}
    lab = label([iv('Brightline Seating', 'Manufacturing Engineer - Seat Frame Welding', start,
                    start + timedelta(minutes=30), 'scheduled', [], [tony[1]], 'hiring_manager')],
                'medium', 'positive/agency-recruiter-relative-date',
                'Agency contract recruiter on a personal Gmail-style address books a phone interview with the '
                'client\'s ME manager "Thursday at 11:00" (message sent Tue 6 Oct). Company is the client, not the '
                'agency. Interviewer has no address in the case, so follow-up goes to the agency recruiter.')
    return files, lab


@case('b243-02-ppap-review-supplier-teams')
def c02():
    sent = at(DET, 2026, 10, 7, 9, 12, 40, day='Wednesday')
    start = at(NYC, 2026, 10, 13, 13, 0, day='Tuesday')
    nate = ('Nathan Ochs', 'nochs@ferndaleprecision.example')
    deb = ('Deb Vanderveen', 'dvanderveen@kzoospring.example')
    owner_w = ('Marcus Wierzbicki', WORK)
    kyle = ('Kyle Hamada', 'khamada@ferndaleprecision.example')
    body = """All,

Kalamazoo Spring & Wire submitted the Level 3 PPAP for the new retainer clip (P/N FP-7741-220) on the 2027 seat-track program. Agenda:

1. PSW and submission package completeness
2. Dimensional results (30 pc CMM layout) - two characteristics are sitting near the upper limit
3. PFMEA / control plan walk-through. Deb will take us through their process flow, and I want to interview their 2nd shift setup lead on the heat treat step since that's where the last escape came from
4. MSA - Gage R&R on the free-length gage came in at 18%, need a plan
5. Run @ rate plan and interim approval decision

Marcus - please bring the current print rev and the fixture layout for the clip install station so we can confirm fit before we sign anything.

Deb - please have the capability studies (Ppk) for the two flagged characteristics up on screen.

Thanks,
Nate

Nathan Ochs
Supplier Quality Engineer
Ferndale Precision Components
"""
    files = {'01-ppap-review-kalamazoo-spring.eml': exchange_invite(
        seed='c02', sender=nate, to=[owner_w, deb, kyle], subject='PPAP Review - Kalamazoo Spring & Wire - P/N FP-7741-220 Retainer Clip (Level 3)',
        sent=sent, start=start, end=start + timedelta(minutes=90), tzid='Eastern Standard Time', body=body,
        attendees=[att('Marcus Wierzbicki', WORK), att('Deb Vanderveen', deb[1]), att('Kyle Hamada', kyle[1])],
        forwarded=True)}
    lab = label([], 'medium', 'negative/ppap-supplier-review',
                'Teams invite from the owner\'s current employer for a PPAP review with a supplier; says it will '
                '"interview" the supplier\'s setup lead. Work meeting, not a job interview.')
    return files, lab


@case('b243-03-texts-pasted-ev-onsite')
def c03():
    sent = at(DET, 2026, 10, 12, 10, 2, 37, day='Monday')
    start = at(DET, 2026, 10, 14, 13, 0, day='Wednesday')  # texts on Mon 10/12: "Wed at 1", "Plan on 2 hrs"
    shawna = ('Shawna Kilgore', 'shawna.kilgore.recruits@gmail.example')
    jen = 'jsobczak@ridgeline-ev.example'
    body = f"""Hi Marcus,

Pasting our texts from this morning below so you have everything in one place. Address is 1800 Featherstone Rd, Pontiac, Building C - check in at the security desk and ask for Jen by name.

Jen's email is {jen} if you want to send her a thank you after.

------
Shawna Kilgore (Mon, Oct 12, 9:14 AM): Hey Marcus its Shawna w/ Peninsula! Ridgeline wants to bring u in for the process engineer role \U0001F64C can u do Wed at 1?
Marcus (9:20 AM): Yes Wednesday works. How long should I plan for?
Shawna Kilgore (9:41 AM): Awesome!! Plan on 2 hrs. You'll meet Jen Sobczak (Director Mfg Eng) and Arturo Lima (Sr Process Eng) and they'll walk u thru the pilot line. Steel toes + long pants
Marcus (9:43 AM): Will do. Thanks Shawna
Shawna Kilgore (9:44 AM): \U0001F44D
------

Good luck!! Call me on the way home.

Shawna Kilgore
Account Manager | Peninsula Engineering Staffing
(313) 555-0192
"""
    files = {'01-shawna-texts-ridgeline-onsite.eml': gmail_mail(
        seed='c03', sender=shawna, to=[(OWNER_NAME, OWNER)], sent=sent,
        subject='Ridgeline onsite Weds - details (copy of our texts)', body=body)}
    lab = label([iv('Ridgeline', 'Process Engineer', start, start + timedelta(hours=2), 'scheduled',
                    [jen], [jen], 'onsite')],
                'hard', 'positive/texts-pasted-into-mail',
                'Agency recruiter pastes an SMS thread into a Gmail message. Time only in the texts ("Wed at 1", '
                '"Plan on 2 hrs") written Mon 12 Oct. Two interviewers, only Jen has an address.')
    return files, lab


@case('b243-04-chicago-plant-walk-panel-onsite')
def c04():
    danielle = ('Danielle Price', 'dprice@lakeshoremotor.example')
    gary = ('Gary Nowicki', 'gnowicki@lakeshoremotor.example')
    priya = ('Priya Venkataraman', 'pvenkataraman@lakeshoremotor.example')
    luis = ('Luis Ortega', 'lortega@lakeshoremotor.example')
    tom = ('Tom Reczek', 'treczek@lakeshoremotor.example')
    walk_s = at(CHI, 2026, 10, 29, 8, 0, day='Thursday')
    walk_e = at(CHI, 2026, 10, 29, 9, 15)
    panel_s = at(CHI, 2026, 10, 29, 9, 30)
    panel_e = at(CHI, 2026, 10, 29, 11, 0)
    last_e = at(CHI, 2026, 10, 29, 12, 30)
    sent1 = at(CHI, 2026, 10, 15, 11, 20, 4, day='Thursday')
    body1 = f"""Good morning Marcus,

Thank you for your interest in the Senior Manufacturing Engineer - Body Shop position at Lakeshore Motor Company. We are pleased to confirm your onsite interview at our Chicago Assembly Plant on Thursday, October 29, 2026. Please note that all times below are Central Time (plant time), one hour behind Detroit.

7:45 AM - Arrive at the Gate 4 visitor lobby, 3400 E. 126th Street. Bring a government-issued photo ID; security will issue your visitor badge.
8:00 - 9:15 AM - Plant floor walk, Body Shop and framing line, with Gary Nowicki, Area Manager - Body Shop
9:30 - 11:00 AM - Panel interview (Admin Building, Conference Room 2B): Gary Nowicki; Priya Venkataraman, Manufacturing Engineering Manager; Luis Ortega, Controls Engineering Lead
11:00 - 11:45 AM - Lunch in the salaried cafeteria (I will join you)
11:45 AM - 12:30 PM - Conversation with Tom Reczek, Plant Manager

PPE: safety glasses with side shields and hearing protection will be provided at the gate. Please wear closed-toe leather shoes (steel toe preferred) and long pants. No jewelry on the floor.

Parking is in the visitor lot across from Gate 4. Mileage and tolls from Detroit will be reimbursed through Concur, so keep your receipts.

You will receive a separate calendar invitation from our SuccessFactors system for the panel portion, and Gary will send one for the floor walk. Everyone on your schedule is copied here. If anything comes up the day of, call or text me at (773) 555-0118.

We look forward to meeting you.

Danielle Price
Talent Acquisition Partner - Manufacturing
Lakeshore Motor Company | Chicago Assembly Plant
{danielle[1]} | (773) 555-0118
"""
    m1 = outlook_mail(seed='c04a', sender=danielle, to=[(OWNER_NAME, OWNER)], cc=[gary, priya, luis, tom],
                      subject='Interview Itinerary - Senior Manufacturing Engineer, Body Shop - Thursday 10/29 - Chicago Assembly',
                      sent=sent1, body=body1)
    # SuccessFactors interview scheduling notification with .ics (panel portion only)
    sent2 = at(CHI, 2026, 10, 16, 8, 3, 51, day='Friday')
    body2 = f"""Dear Marcus Wierzbicki,

You have been invited to interview for the position of Senior Manufacturing Engineer - Body Shop (Requisition ID 48213).

Interview Details
Date: 10/29/2026
Time: 09:30 AM - 11:00 AM (GMT-05:00) Central Time (America/Chicago)
Location: Chicago Assembly Plant - Admin Building, Conference Room 2B
Interviewers: Gary Nowicki, Priya Venkataraman, Luis Ortega

Please accept the attached calendar invitation to confirm your attendance. If you need to make a change, please contact your recruiter, Danielle Price.

Thank you,
Lakeshore Motor Company Talent Acquisition

This is an automated message. Please do not reply to this email.
"""
    uid2 = f'SF-INT-{hx("c04sf", 8, True)}-48213@successfactors.com'
    cal2 = calendar(['BEGIN:VCALENDAR', 'PRODID:-//SAP SuccessFactors//Interview Scheduling//EN', 'VERSION:2.0',
                     'CALSCALE:GREGORIAN', 'METHOD:REQUEST', *VTZ_CHICAGO, 'BEGIN:VEVENT',
                     f'DTSTART;TZID=America/Chicago:{ics_local(panel_s, CHI)}',
                     f'DTEND;TZID=America/Chicago:{ics_local(panel_e, CHI)}',
                     f'DTSTAMP:{ics_utc(sent2)}', f'UID:{uid2}',
                     f'ORGANIZER;CN=Danielle Price:mailto:{danielle[1]}',
                     att(OWNER_NAME, OWNER), att(gary[0], gary[1]), att(priya[0], priya[1]), att(luis[0], luis[1]),
                     'SUMMARY:Interview: Senior Manufacturing Engineer - Body Shop (48213) - Marcus Wierzbicki',
                     'LOCATION:Chicago Assembly Plant - Admin Building\\, Conference Room 2B',
                     'DESCRIPTION:' + ics_text('Panel interview for Senior Manufacturing Engineer - Body Shop.\nInterviewers: Gary Nowicki, Priya Venkataraman, Luis Ortega'),
                     'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    m2 = system_mail(seed='c04b', sender=('Lakeshore Motor Company', 'noreply@successfactors.com'),
                     to=(OWNER_NAME, OWNER), reply_to=addr(*danielle),
                     subject='Interview Invitation: Senior Manufacturing Engineer - Body Shop (48213)',
                     sent=sent2, body=body2, mid_domain='successfactors.com',
                     attachments=[ics_attachment(cal2, 'interview.ics', ctype='text/calendar')],
                     hop=('mail3.successfactors.com', '155.56.128.23'))
    # Gary's floor-walk invite, saved from Outlook as a standalone .ics (Windows TZID)
    sent3 = at(CHI, 2026, 10, 19, 6, 48, 10, day='Monday')
    desc3 = ('Marcus - I\'ll meet you at the Gate 4 lobby at 8:00 sharp. We\'ll walk the framing line, '
             'respot and the closures area before the panel. Glasses and plugs provided.\n\nGary')
    cal3 = calendar(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
                     *VTZ_MS_CENTRAL, 'BEGIN:VEVENT', f'ORGANIZER;CN={gary[0]}:mailto:{gary[1]}',
                     att(OWNER_NAME, OWNER), att(danielle[0], danielle[1], role='OPT-PARTICIPANT'),
                     f'DESCRIPTION;LANGUAGE=en-US:{ics_text(desc3)}', f'UID:{ms_uid("c04walk")}',
                     'SUMMARY;LANGUAGE=en-US:Plant floor walk - Marcus Wierzbicki (Sr ME Body Shop candidate)',
                     f'DTSTART;TZID=Central Standard Time:{ics_local(walk_s, CHI)}',
                     f'DTEND;TZID=Central Standard Time:{ics_local(walk_e, CHI)}', 'CLASS:PUBLIC', 'PRIORITY:5',
                     f'DTSTAMP:{ics_utc(sent3)}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
                     'LOCATION;LANGUAGE=en-US:Gate 4 Visitor Lobby - Chicago Assembly',
                     'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
                     'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
                     'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
                     'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
                     'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'])
    files = {'01-itinerary-chicago-assembly.eml': m1, '02-successfactors-panel-invitation.eml': m2,
             '03-plant-floor-walk.ics': cal3}
    people = [gary[1], priya[1], luis[1], tom[1]]
    lab = label([iv('Lakeshore Motor Company', 'Senior Manufacturing Engineer - Body Shop', walk_s, last_e,
                    'scheduled', people, people, 'onsite')],
                'hard', 'positive/onsite-plant-walk-panel-central',
                'One-day onsite at a Chicago plant, times in Central (CDT, -05:00 on 29 Oct): floor walk 8:00, '
                'panel 9:30-11:00 (SuccessFactors .ics), lunch, plant manager 11:45-12:30. Walk sent as a separate '
                'standalone .ics with a "Central Standard Time" TZID. One onsite 8:00-12:30 CT with all four; '
                'the coordinator is not an interviewer.')
    return files, lab


@case('b243-05-uaw-grievance-step2-meeting')
def c05():
    sharon = ('Sharon Whitfield', 'swhitfield@ferndaleprecision.example')
    ron = ('Ron Kaczmarek', 'rkaczmarek@uawlocal2124.example')
    mike = ('Mike Dunn', 'mdunn@ferndaleprecision.example')
    owner_w = ('Marcus Wierzbicki', WORK)
    start = at(NYC, 2026, 10, 22, 14, 0, day='Thursday')
    sent1 = at(DET, 2026, 10, 16, 13, 5, 22, day='Friday')
    body1 = """Marcus,

The union has advanced grievance #26-031 (Cell 14 rate change after the fixture retool) to Step 2. You are being asked to attend as the engineer of record for the time study. To be clear, this is not a disciplinary matter for you.

When: Thursday, October 22, 2:00 - 3:00 PM
Where: Training Room B (main office)
Attending: Sharon Whitfield (Labor Relations), Ron Kaczmarek (Shop Committeeperson, UAW Local 2124), Mike Dunn (2nd shift supervisor), the grievant, and you

Please bring the time study worksheets, the before/after cycle time data and the standardized work sheets for Cell 14. Ron will likely want to interview you about how the new standard was set, so be ready to walk through your observations. Please do not discuss the grievance with the grievant or other hourly employees before the meeting.

A calendar hold will follow.

Thanks,
Sharon

Sharon Whitfield
Labor Relations Manager
Ferndale Precision Components
"""
    m1 = outlook_mail(seed='c05a', sender=sharon, to=[owner_w], cc=[mike],
                      subject='Step 2 Grievance Meeting - #26-031 (Cell 14 job standard) - Thu 10/22',
                      sent=sent1, body=body1, forwarded=True)
    sent2 = at(DET, 2026, 10, 16, 13, 9, 48)
    body2 = """Step 2 grievance meeting, grievance #26-031 (Cell 14 rate change). Engineering to bring the time study and cycle time data. Union representation: Ron Kaczmarek, UAW Local 2124.

Please keep this hold confidential.
"""
    m2 = exchange_invite(seed='c05b', sender=sharon, to=[owner_w, mike, ron],
                         subject='Step 2 Grievance Meeting - #26-031', sent=sent2, start=start,
                         end=start + timedelta(hours=1), tzid='Eastern Standard Time', body=body2,
                         location='Training Room B (Main Office)', teams=False, forwarded=True,
                         attendees=[att('Marcus Wierzbicki', WORK), att(mike[0], mike[1]), att(ron[0], ron[1])])
    files = {'01-labor-relations-step2-grievance.eml': m1, '02-invite-step2-grievance.eml': m2}
    lab = label([], 'medium', 'negative/union-grievance-meeting',
                'UAW Step 2 grievance meeting at the current employer; the union rep may "interview" the owner '
                'about a time study. Email plus Outlook invite with a real time, but not a job interview.')
    return files, lab


@case('b243-06-german-hq-video-eu-dst-gap')
def c06():
    kelly = ('Kelly Hartman', 'khartman@brenner-na.example')
    katrin = ('Dr. Katrin Vogel', 'katrin.vogel@brenner-fahrzeugtechnik.example')
    sabine = ('Sabine Krüger', 'sabine.krueger@brenner-fahrzeugtechnik.example')
    start = at(BER, 2026, 10, 28, 16, 0, day='Wednesday')   # 16:00 CET (+01:00) = 11:00 EDT (-04:00)
    end = at(BER, 2026, 10, 28, 17, 0)
    assert start.astimezone(DET).hour == 11 and offs(start) == '+0100' and offs(start.astimezone(DET)) == '-0400'
    sent1 = at(DET, 2026, 10, 21, 9, 15, 2, day='Wednesday')
    body1 = f"""Hi Marcus,

Great news - the team here enjoyed meeting you last week and would like you to talk with Dr. Katrin Vogel, our Head of Production Engineering at headquarters in Stuttgart. The Launch Manager - E-Axle Assembly (North America) role reports dotted-line to her team, so she likes to meet finalists herself.

She has you down for Wednesday, October 28 at 16:00 German time. Heads up on the time: Germany comes off daylight saving time this Sunday (Oct 25) and we don't until November 1, so for that one week they are only 5 hours ahead of us. That makes it 11:00 AM Eastern, not 10:00. Her assistant Sabine will send the Teams invite from their system and it should land correctly in your calendar, but I wanted you to have it in writing.

Plan for an hour. Katrin's English is excellent; expect a lot of questions on launch readiness, PPAP and how you've worked with a European engineering center.

Best regards,
Kelly

Kelly Hartman
Senior Talent Acquisition Specialist
Brenner Automotive North America, Inc.
2900 University Dr., Auburn Hills, MI 48326
{kelly[1]} | +1 248 555 0163
"""
    m1 = outlook_mail(seed='c06a', sender=kelly, to=[(OWNER_NAME, OWNER)],
                      subject='Next step - video interview with Dr. Vogel (Stuttgart) - Wed 10/28',
                      sent=sent1, body=body1)
    sent2 = at(BER, 2026, 10, 22, 8, 31, 40, day='Thursday')   # still CEST (+02:00)
    body2 = """Dear Mr. Wierzbicki,

on behalf of Dr. Katrin Vogel I am sending you the invitation for your interview on 28 October, 16:00-17:00 CET (11:00-12:00 EDT). Ms. Hartman from our North American team is included as optional.

Kind regards / Mit freundlichen Grüßen

Sabine Krüger
Assistenz Leitung Produktionstechnik
Brenner Fahrzeugtechnik GmbH | Heilbronner Str. 210 | 70191 Stuttgart
Tel. +49 711 555 2380
"""
    m2 = exchange_invite(seed='c06b', sender=sabine, to=[katrin, (OWNER_NAME, OWNER)], cc=[kelly],
                         subject='Interview Marcus Wierzbicki - Launch Manager E-Achse Nordamerika',
                         sent=sent2, start=start, end=end, tzid='W. Europe Standard Time', body=body2,
                         german=True, location='Microsoft Teams-Besprechung',
                         attendees=[att(katrin[0], katrin[1]), att(OWNER_NAME, OWNER),
                                    att(kelly[0], kelly[1], role='OPT-PARTICIPANT')])
    files = {'01-kelly-next-step-dr-vogel.eml': m1, '02-teams-invite-stuttgart.eml': m2}
    lab = label([iv('Brenner Automotive North America', 'Launch Manager - E-Axle Assembly (North America)',
                    start.astimezone(DET), end.astimezone(DET), 'scheduled', [katrin[1]], [katrin[1]],
                    'hiring_manager')],
                'hard', 'positive/eu-us-dst-gap-week',
                'German HQ video interview on Wed 28 Oct 2026, inside the week where Germany is on CET (+01:00) '
                'but Detroit still on EDT (-04:00): 16:00 Stuttgart = 11:00 Eastern (a fixed 6-hour shift gives '
                '10:00). German Outlook invite with "W. Europe Standard Time" TZID sent by an assistant; '
                'US recruiter and assistant only coordinate.')
    return files, lab


@case('b243-07-six-sigma-green-belt-exam')
def c07():
    sent = at(DET, 2026, 10, 10, 10, 44, 9, day='Saturday')
    start = at(DET, 2026, 11, 7, 8, 0, day='Saturday')
    body = """Dear MARCUS WIERZBICKI,

This email confirms your appointment for the following examination.

Program: Midwest Quality Institute (MQI)
Exam: Six Sigma Green Belt Certification (SSGB-2026)
Candidate ID: MQI-00318842
Confirmation Number: 4471-9625-0038
Date: Saturday, November 7, 2026
Start Time: 8:00 AM Eastern Standard Time
Appointment Length: 4 hours 18 minutes (includes tutorial and post-exam survey)
Test Center: Keystone Testing Center #2214
26555 Evergreen Rd, Suite 410, Southfield, MI 48076

Please arrive at least 30 minutes before your scheduled appointment time to complete check-in. Candidates who arrive more than 15 minutes late may be refused admission and forfeit their exam fee.

You must present one valid, unexpired government-issued ID with photo and signature. The name on your ID must exactly match the name on this confirmation.

Personal items (phones, watches, notes, bound reference books not approved by MQI) must be stored in a locker. An approved calculator will be provided.

To reschedule or cancel, visit the candidate portal at least 48 hours before your appointment. A fee applies to changes made less than 30 days before your appointment.

Good luck on your exam!

Keystone Testing Centers - Candidate Services
"""
    uid = f'KTC-{hx("c07", 10, True)}@keystonetesting.example'
    cal = calendar(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Keystone Testing Centers//Appointments//EN',
                    'METHOD:PUBLISH', 'BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{ics_utc(sent)}',
                    f'DTSTART:{ics_utc(start)}', f'DTEND:{ics_utc(start + timedelta(hours=4, minutes=18))}',
                    'SUMMARY:MQI Six Sigma Green Belt Exam - Keystone Testing Center #2214',
                    'LOCATION:26555 Evergreen Rd\\, Suite 410\\, Southfield\\, MI 48076',
                    'DESCRIPTION:Confirmation 4471-9625-0038. Arrive 30 minutes early with valid photo ID.',
                    'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    files = {'01-exam-appointment-confirmation.eml': system_mail(
        seed='c07', sender=('Keystone Testing Centers', 'appointments@keystonetesting.example'),
        to=(OWNER_NAME, OWNER), subject='Appointment Confirmation - MQI Six Sigma Green Belt Exam - Sat, Nov 7, 2026',
        sent=sent, body=body, mid_domain='keystonetesting.example',
        attachments=[ics_attachment(cal, 'appointment.ics', method='PUBLISH', ctype='text/calendar')])}
    lab = label([], 'medium', 'negative/certification-exam',
                'Six Sigma Green Belt exam appointment at a test center ("Candidate ID", appointment time, .ics). '
                'Not a live hiring conversation.')
    return files, lab


@case('b243-08-teams-reschedule-across-us-dst')
def c08():
    brian = ('Brian Szymanski', 'bszymanski@kesslerdriveline.example')
    heather = ('Heather Goins', 'hgoins@kesslerdriveline.example')
    s0 = at(NYC, 2026, 10, 29, 14, 0, day='Thursday')    # EDT
    s1 = at(NYC, 2026, 11, 3, 14, 0, day='Tuesday')      # EST, after US fall-back on Nov 1
    assert offs(s0) == '-0400' and offs(s1) == '-0500'
    sent1 = at(DET, 2026, 10, 16, 14, 5, 33, day='Friday')
    body1 = """Dear Marcus,

Thank you for your interest in career opportunities with Kessler Driveline Systems. We are pleased to invite you to a virtual interview for the Manufacturing Engineer - Gear Machining position (Requisition 2600417).

Date: Thursday, October 29, 2026
Time: 2:00 PM Eastern Time
Duration: 60 minutes
Format: Microsoft Teams video interview. The hiring manager will send the meeting link separately.

Please log in to your candidate profile to review your application and complete the voluntary self-identification forms before your interview.

Sincerely,
Kessler Driveline Systems Talent Acquisition

This message was sent from an unmonitored mailbox. Please do not reply.
Kessler Driveline Systems is an Equal Opportunity Employer.
"""
    m1 = system_mail(seed='c08a', sender=('Kessler Driveline Careers', 'no-reply@taleo.net'),
                     to=(OWNER_NAME, OWNER),
                     subject='Interview Scheduled - Manufacturing Engineer - Gear Machining (2600417)',
                     sent=sent1, body=body1, mid_domain='taleo.net', hop=('smtp3.taleo.net', '199.231.17.43'))
    sent2 = at(DET, 2026, 10, 16, 15, 31, 12)
    body2 = """Marcus - looking forward to talking. Heather Goins from our gear line will join me. We'll spend most of the hour on machining process (hobbing, shaving, heat treat distortion) and some on your launch work.

-Brian
"""
    subj = 'Interview: Marcus Wierzbicki - Manufacturing Engineer Gear Machining'
    atts = [att(OWNER_NAME, OWNER), att(heather[0], heather[1])]
    m2 = exchange_invite(seed='c08inv', sender=brian, to=[(OWNER_NAME, OWNER), heather], subject=subj,
                         sent=sent2, start=s0, end=s0 + timedelta(hours=1), tzid='Eastern Standard Time',
                         body=body2, attendees=atts, seq=0)
    sent3 = at(DET, 2026, 10, 26, 7, 48, 19, day='Monday')
    body3 = """Marcus,

Sorry for the short notice. We've got a customer containment going at our Sterling Heights plant and I'm going to be tied up on the floor all day Thursday. Can we push our interview to next Tuesday the 3rd, same time (2:00)? Heather is open then too. I'll send an updated invite - just accept that one and the old slot goes away.

Thanks for being flexible.

Brian Szymanski
Manufacturing Engineering Manager
Kessler Driveline Systems
Sterling Heights, MI | Office 586-555-0175
"""
    m3 = outlook_mail(seed='c08c', sender=brian, to=[(OWNER_NAME, OWNER)], cc=[heather],
                      subject='Need to move Thursday', sent=sent3, body=body3)
    sent4 = at(DET, 2026, 10, 26, 8, 2, 51)
    m4 = exchange_invite(seed='c08inv', sender=brian, to=[(OWNER_NAME, OWNER), heather], subject=subj,
                         sent=sent4, start=s1, end=s1 + timedelta(hours=1), tzid='Eastern Standard Time',
                         body=body2, attendees=atts, seq=1)
    files = {'01-taleo-interview-scheduled.eml': m1, '02-teams-invite-oct29.eml': m2,
             '03-brian-need-to-move-thursday.eml': m3, '04-teams-invite-updated-nov3.eml': m4}
    both = [brian[1], heather[1]]
    lab = label([iv('Kessler Driveline Systems', 'Manufacturing Engineer - Gear Machining', s1,
                    s1 + timedelta(hours=1), 'scheduled', both, both, 'technical')],
                'hard', 'positive/reschedule-across-dst',
                'Taleo notice + Teams invite for Thu 29 Oct 2:00 PM EDT, then "push to next Tuesday the 3rd, same '
                'time" and an updated invite (same UID, SEQUENCE:1) for Tue 3 Nov 2:00 PM EST. Same wall time, '
                'different UTC offset across the 1 Nov fall-back. One interview at the final time.')
    return files, lab


@case('b243-09-workday-cancelled-req-on-hold')
def c09():
    carla = ('Carla Mendes', 'cmendes@mahoningbattery.example')
    dale = ('Dale Hutchins', 'dhutchins@mahoningbattery.example')
    wd_sender = ('Mahoning Battery Partners', 'mahoningbattery@myworkday.com')
    start = at(NYC, 2026, 10, 19, 10, 0, day='Monday')
    end = start + timedelta(hours=1)
    sent1 = at(DET, 2026, 10, 13, 11, 12, 45, day='Tuesday')
    uid = f'{hx("c09", 32)}@myworkday.com'
    body1 = f"""Hi Marcus,

Your interview for Manufacturing Engineer - Cell Assembly (JR-10482) has been scheduled.

Monday, October 19, 2026
10:00 AM - 11:00 AM EDT
Interviewer: Dale Hutchins, Manufacturing Engineering Manager
Location: Microsoft Teams (link in the attached calendar invitation)

If you have any questions, please contact Carla Mendes at {carla[1]}.

View your interview details in Workday:
https://wd5.myworkday.com/mahoningbattery/d/home.htmld

Mahoning Battery Partners | Lordstown, Ohio
"""

    def wd_cal(method, seq, sent):
        return calendar(['BEGIN:VCALENDAR', 'PRODID:-//Workday Inc//Workday Recruiting//EN', 'VERSION:2.0',
                         f'METHOD:{method}', 'BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{ics_utc(sent)}',
                         f'DTSTART:{ics_utc(start)}', f'DTEND:{ics_utc(end)}', f'SEQUENCE:{seq}',
                         f'STATUS:{"CANCELLED" if method == "CANCEL" else "CONFIRMED"}',
                         f'ORGANIZER;CN=Carla Mendes:mailto:{carla[1]}',
                         att(OWNER_NAME, OWNER), att(dale[0], dale[1]),
                         'SUMMARY:Interview: Marcus Wierzbicki - Manufacturing Engineer - Cell Assembly (JR-10482)',
                         'LOCATION:Microsoft Teams',
                         'DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_'
                         + b62('c09t', 30) + '%40thread.v2/0',
                         'END:VEVENT', 'END:VCALENDAR'])
    m1 = system_mail(seed='c09a', sender=wd_sender, to=(OWNER_NAME, OWNER),
                     subject='Interview Scheduled: Manufacturing Engineer - Cell Assembly', sent=sent1, body=body1,
                     mid_domain='myworkday.com', hop=('mail-out1.myworkday.com', '216.52.41.12'),
                     attachments=[ics_attachment(wd_cal('REQUEST', 0, sent1), 'interview.ics', ctype='text/calendar')])
    sent2 = at(DET, 2026, 10, 15, 16, 40, 2, day='Thursday')
    body2 = """Hi Marcus,

I hate to send this one. Late yesterday our leadership put the Manufacturing Engineer - Cell Assembly requisition on hold while they finalize next year's headcount, so we need to cancel your interview with Dale on Monday (10/19). You'll get a cancellation notice from Workday shortly.

This isn't a reflection on you at all - Dale was looking forward to the conversation. If the req reopens I'll reach out to you first.

Carla

Carla Mendes
Talent Acquisition Partner
Mahoning Battery Partners
330-555-0153
"""
    m2 = outlook_mail(seed='c09b', sender=carla, to=[(OWNER_NAME, OWNER)], cc=[dale],
                      subject="Monday's interview - need to cancel", sent=sent2, body=body2)
    sent3 = at(DET, 2026, 10, 15, 16, 52, 30)
    body3 = """Hi Marcus,

Your interview for Manufacturing Engineer - Cell Assembly (JR-10482) on Monday, October 19, 2026 at 10:00 AM EDT has been canceled.

Interviewer: Dale Hutchins

No action is needed. The calendar event has been removed.

Mahoning Battery Partners | Lordstown, Ohio
"""
    m3 = system_mail(seed='c09c', sender=wd_sender, to=(OWNER_NAME, OWNER),
                     subject='Interview Canceled: Manufacturing Engineer - Cell Assembly', sent=sent3, body=body3,
                     mid_domain='myworkday.com', hop=('mail-out1.myworkday.com', '216.52.41.12'),
                     attachments=[ics_attachment(wd_cal('CANCEL', 1, sent3), 'interview.ics', method='CANCEL',
                                                 ctype='text/calendar')])
    files = {'01-workday-interview-scheduled.eml': m1, '02-carla-need-to-cancel.eml': m2,
             '03-workday-interview-canceled.eml': m3}
    lab = label([iv('Mahoning Battery Partners', 'Manufacturing Engineer - Cell Assembly', start, end, 'cancelled',
                    [dale[1]], [dale[1]], 'hiring_manager')],
                'medium', 'positive/cancellation-workday',
                'Workday schedules a Teams interview (UTC times in the .ics), recruiter cancels because the req '
                'is on hold, Workday sends METHOD:CANCEL. Kept as one cancelled interview.')
    return files, lab


@case('b243-10-plant-safety-audit-ics')
def c10():
    gina = ('Gina Ruiz', 'gruiz@ferndaleprecision.example')
    start = at(NYC, 2026, 10, 27, 7, 0, day='Tuesday')
    end = at(NYC, 2026, 10, 27, 11, 0)
    stamp = at(DET, 2026, 10, 9, 15, 2, 0)
    desc = ('Quarterly plant safety audit ahead of the corporate EHS visit.\n\n'
            'Route: Press Line 2 -> weld cells 12-16 -> assembly -> shipping dock.\n'
            'We will check LOTO postings, machine guarding, light curtains, forklift pedestrian walkways and '
            'eyewash stations, and interview 2-3 operators per area on lockout and PPE.\n\n'
            'Engineering (Marcus): bring the updated risk assessments for cells 12-16 and the light curtain '
            'safety-distance calcs.\nMaintenance (Jerry): bring the LOTO procedure binder.\n\n'
            'Full PPE on the floor: safety glasses, hearing protection, cut sleeves in the press area.\n\nGina')
    cal = calendar(['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
                    'METHOD:REQUEST', 'X-MS-OLK-FORCEINSPECTOROPEN:TRUE', *VTZ_MS_EASTERN, 'BEGIN:VEVENT',
                    f'ATTENDEE;CN=Marcus Wierzbicki;RSVP=TRUE:mailto:{WORK}',
                    'ATTENDEE;CN=Jerry Palmer;RSVP=TRUE:mailto:jpalmer@ferndaleprecision.example',
                    'ATTENDEE;CN=Mike Dunn;RSVP=TRUE:mailto:mdunn@ferndaleprecision.example',
                    'CLASS:PUBLIC', f'CREATED:{ics_utc(stamp)}', f'DESCRIPTION:{ics_text(desc)}',
                    f'DTEND;TZID="Eastern Standard Time":{ics_local(end, NYC)}', f'DTSTAMP:{ics_utc(stamp)}',
                    f'DTSTART;TZID="Eastern Standard Time":{ics_local(start, NYC)}',
                    f'LAST-MODIFIED:{ics_utc(stamp)}', 'LOCATION:Meet at the Safety Board by the time clock',
                    f'ORGANIZER;CN="Gina Ruiz":mailto:{gina[1]}', 'PRIORITY:5', 'SEQUENCE:0',
                    'SUMMARY;LANGUAGE=en-us:Q4 Plant Safety Audit - Press & Weld (floor walk + operator interviews)',
                    'TRANSP:OPAQUE', f'UID:{ms_uid("c10")}', 'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
                    'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
                    'X-MS-OLK-AUTOFILLLOCATION:FALSE', 'X-MS-OLK-CONFTYPE:0',
                    'BEGIN:VALARM', 'TRIGGER:-PT15M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
                    'END:VEVENT', 'END:VCALENDAR'])
    files = {'01-q4-plant-safety-audit.ics': cal}
    lab = label([], 'medium', 'negative/plant-safety-audit',
                'Standalone Outlook .ics for an internal plant safety audit: "floor walk + operator interviews", '
                'sent to the owner\'s work address. Same vocabulary as a plant-floor interview, but not one.')
    return files, lab


@case('b243-11-windsor-screen-then-plant-interview')
def c11():
    angela = ('Angela Marchetti', 'amarchetti@riversidemould.example')
    pat = ('Pat Lefebvre', 'plefebvre@riversidemould.example')
    s1 = at(TOR, 2026, 10, 20, 15, 30, day='Tuesday')
    s2 = at(TOR, 2026, 11, 4, 9, 0, day='Wednesday')
    assert offs(s1) == '-0400' and offs(s2) == '-0500'
    sig = """Angela Marchetti
Human Resources Generalist
Riverside Mould & Die Ltd.
3150 Walker Road, Windsor, ON  N8W 3R4
519-555-0148 ext. 221

This e-mail may contain confidential information intended only for the addressee. If you received it in error, please notify the sender and delete it."""
    sent1 = at(TOR, 2026, 10, 15, 13, 27, 3, day='Thursday')
    body1 = f"""Hi Marcus,

Thanks for applying to Riverside Mould & Die for the Manufacturing Engineer - Tooling Launch position. I'd like to set up a phone interview with you for Tuesday, October 20 at 3:30 PM (Eastern - we're on the same time as Detroit). It should take about 30 minutes. I'll call you at 313-555-0134, the number on your resume.

A couple of things I'll ask about up front since the job is in Canada: whether you have a passport or NEXUS card for crossing, and whether you would need a TN work permit (we can take care of that with our immigration counsel).

Thanks,
{sig}
"""
    mid1 = outlook_mid('c11a')
    m1 = outlook_mail(seed='c11a', sender=angela, to=[(OWNER_NAME, OWNER)],
                      subject='Manufacturing Engineer - Tooling Launch - phone interview', sent=sent1, body=body1)
    sent2 = at(TOR, 2026, 10, 21, 10, 5, 44, day='Wednesday')
    body2 = f"""Hi Marcus,

Thanks again for your time yesterday. Pat Lefebvre, our VP of Operations (cc'd), would like to bring you in to the plant for a technical interview on Wednesday, November 4 at 9:00 AM. Pat will take you through the press hall and the tool room and go over a couple of launch case studies with you. Plan on about two hours.

We're at 3150 Walker Road. Please bring your passport for the border (allow extra time at the tunnel in the morning) and check in at reception.

Please confirm you can make it.

Angela

{sig}

From: Angela Marchetti <{angela[1]}>
Sent: Thursday, October 15, 2026 1:27 PM
To: Marcus Wierzbicki <{OWNER}>
Subject: Manufacturing Engineer - Tooling Launch - phone interview

{body1.strip()}
"""
    m2 = outlook_mail(seed='c11b', sender=angela, to=[(OWNER_NAME, OWNER)], cc=[pat],
                      subject='RE: Manufacturing Engineer - Tooling Launch - phone interview', sent=sent2,
                      body=body2, in_reply_to=mid1)
    files = {'01-angela-phone-interview.eml': m1, '02-angela-plant-interview-nov4.eml': m2}
    role = 'Manufacturing Engineer - Tooling Launch'
    lab = label([iv('Riverside Mould & Die', role, s1, s1 + timedelta(minutes=30), 'scheduled',
                    [angela[1]], [angela[1]], 'phone_screen'),
                 iv('Riverside Mould & Die', role, s2, s2 + timedelta(hours=2), 'scheduled',
                    [pat[1]], [pat[1]], 'technical')],
                'medium', 'positive/two-interviews-windsor',
                'Windsor, Ontario employer (America/Toronto, same as Detroit): HR phone screen Tue 20 Oct 3:30 PM '
                'EDT by the HR generalist herself, then an in-plant technical interview Wed 4 Nov 9:00 AM EST '
                '(after the 1 Nov fall-back) with the VP Operations, about two hours. Two interviews.')
    return files, lab


@case('b243-12-owner-interviews-coop-student')
def c12():
    kim = ('Kim Lachance', 'klachance@ferndaleprecision.example')
    hector = ('Hector Salinas', 'hsalinas@ferndaleprecision.example')
    jenna = ('Jenna Pham', 'pham4821@kettering.example')
    owner_w = ('Marcus Wierzbicki', WORK)
    start = at(NYC, 2026, 11, 18, 15, 0, day='Wednesday')
    sent = at(DET, 2026, 11, 13, 10, 26, 7, day='Friday')
    body = """Hi Marcus and Hector,

Thank you for agreeing to interview Jenna Pham for our Manufacturing Engineering co-op opening (Winter 2027 term, Kettering University). Her resume and the co-op interview guide are in the Teams chat.

Marcus - can you take the technical portion (print reading / GD&T and one of the weld cell troubleshooting questions)? Hector will cover the behavioral section. Please enter your scorecards in the ATS by end of day Friday so we can get an offer out before her school's deadline.

Jenna will join by Teams from campus.

Thanks!
Kim

Kim Lachance | HR Generalist | Ferndale Precision Components
"""
    files = {'01-invite-interview-jenna-pham-coop.eml': exchange_invite(
        seed='c12', sender=kim, to=[owner_w, hector, jenna],
        subject='Interview: Jenna Pham - Manufacturing Engineering Co-op (Winter 2027)', sent=sent,
        start=start, end=start + timedelta(minutes=45), tzid='Eastern Standard Time', body=body,
        attendees=[att('Marcus Wierzbicki', WORK), att(hector[0], hector[1]), att(jenna[0], jenna[1])],
        forwarded=True)}
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'Teams invite titled "Interview: ... Co-op" from the current employer\'s HR; the owner is one of the '
                'interviewers and a co-op student is the candidate.')
    return files, lab


@case('b243-13-google-invite-ev-battery-technical')
def c13():
    jordan = ('Jordan Pike', 'jpike@huroncellworks.example')
    wes = ('Wes Harlan', 'wes.harlan@huroncellworks.example')
    aisha = ('Aisha Karimi', 'aisha.karimi@huroncellworks.example')
    start = at(DET, 2026, 11, 6, 13, 0, day='Friday')
    end = at(DET, 2026, 11, 6, 14, 15)
    sent1 = at(DET, 2026, 11, 2, 10, 11, 26, day='Monday')
    body1 = f"""Hi Marcus,

Thanks for chatting last week! Wes and Aisha would like to do the technical interview this Friday (Nov 6) from 1:00-2:15 pm. It'll be on Google Meet - invite coming from me in a minute. Expect a mix of module/pack assembly process questions (adhesive dispense, laser welding of busbars, EOL testing) and a short exercise on line balancing, so have paper handy.

- Wes Harlan, Manufacturing Engineering Lead ({wes[1]})
- Aisha Karimi, Senior Process Engineer, Module Line ({aisha[1]})

Jordan

--
Jordan Pike | Recruiting | Huron Cell Works
Ann Arbor, MI
"""
    m1 = gmail_mail(seed='c13a', sender=jordan, to=[(OWNER_NAME, OWNER)],
                    subject='Huron Cell Works - technical interview Friday', sent=sent1, body=body1)
    sent2 = at(DET, 2026, 11, 2, 10, 14, 2)
    title = 'Technical Interview: Marcus Wierzbicki (Battery Module Assembly Process Engineer)'
    meet = 'vqe-hprt-nkd'
    desc = ('Technical interview for Battery Module Assembly Process Engineer.\n'
            'Interviewers: Wes Harlan, Aisha Karimi\nPlease have paper and a pen handy.')
    uid = f'{b62("c13uid", 26).lower()}@google.com'
    cal = calendar(['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
                    'CALSCALE:GREGORIAN', 'METHOD:REQUEST', *VTZ_DETROIT, 'BEGIN:VEVENT',
                    f'DTSTART;TZID=America/Detroit:{ics_local(start, DET)}',
                    f'DTEND;TZID=America/Detroit:{ics_local(end, DET)}', f'DTSTAMP:{ics_utc(sent2)}',
                    f'ORGANIZER;CN={jordan[0]}:mailto:{jordan[1]}', f'UID:{uid}',
                    f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={jordan[0]};X-NUM-GUESTS=0:mailto:{jordan[1]}',
                    f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={wes[0]};X-NUM-GUESTS=0:mailto:{wes[1]}',
                    f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={aisha[0]};X-NUM-GUESTS=0:mailto:{aisha[1]}',
                    f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER};X-NUM-GUESTS=0:mailto:{OWNER}',
                    f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}', f'CREATED:{ics_utc(sent2)}',
                    'DESCRIPTION:' + ics_text(desc + f'\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/{meet}\nOr dial: (US) +1 978-555-0199 PIN: 482 117 593#\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'),
                    f'LAST-MODIFIED:{ics_utc(sent2)}', 'LOCATION:', 'SEQUENCE:0', 'STATUS:CONFIRMED',
                    f'SUMMARY:{ics_text(title)}', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    plain = f"""You have been invited to the following event.

{title}
Friday Nov 6, 2026 \u22c5 1pm \u2013 2:15pm
Eastern Time - Detroit

Join with Google Meet
https://meet.google.com/{meet}

Join by phone
(US) +1 978-555-0199
PIN: 482117593

{desc}

Guests
Jordan Pike - organizer
Wes Harlan
Aisha Karimi
{OWNER}
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={b62('c13eid', 40)}

Reply for {OWNER}
Yes https://calendar.google.com/calendar/event?action=RESPOND&eid={b62('c13eid', 40)}&rst=1
No https://calendar.google.com/calendar/event?action=RESPOND&eid={b62('c13eid', 40)}&rst=2
Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={b62('c13eid', 40)}&rst=3

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
"""
    alt = multi('alternative', gmail_boundary('c13alt'), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, 'base64'),
        leaf('text/html; charset="UTF-8"', text_to_html(plain, font='Roboto,Helvetica,Arial,sans-serif'), 'quoted-printable'),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal.replace('\r\n', '\n'), '7bit'),
    ])
    node = multi('mixed', gmail_boundary('c13mix'), [alt, ics_attachment(cal, 'invite.ics')])
    m2 = eml([('Delivered-To', OWNER), ('Received', received(*GOOGLE_HOP, sent2, 'c13b')),
              ('Return-Path', f'<{jordan[1]}>'),
              ('Reply-To', addr(*jordan)), ('Sender', 'Google Calendar <calendar-notification@google.com>'),
              ('Message-ID', f'<calendar-{hx("c13mid", 8)}-{hx("c13mid2", 4)}-4{hx("c13mid3", 3)}-9{hx("c13mid4", 3)}-{hx("c13mid5", 12)}@google.com>'),
              ('Date', rfc(sent2, UTC, zero_pad=False).replace(' +0000', ' +0000')),
              ('Subject', hdr(f'Invitation: {title} @ Fri Nov 6, 2026 1pm - 2:15pm (EST) ({OWNER})')),
              ('From', addr(*jordan)), ('To', OWNER)], node)
    files = {'01-jordan-technical-interview-friday.eml': m1, '02-google-invitation-technical.eml': m2}
    both = [wes[1], aisha[1]]
    lab = label([iv('Huron Cell Works', 'Battery Module Assembly Process Engineer', start, end, 'scheduled',
                    both, both, 'technical')],
                'easy', 'positive/dedupe-email-plus-google-invite',
                'EV battery startup: recruiter e-mail ("this Friday (Nov 6) from 1:00-2:15 pm") plus a Google Calendar '
                'invitation (America/Detroit TZID, EST after 1 Nov). One interview; the recruiter organizer only schedules.')
    return files, lab


@case('b243-14-gcal-api-toledo-hiring-manager')
def c14():
    start = at(NYC, 2026, 11, 10, 8, 30, day='Tuesday')
    end = at(NYC, 2026, 11, 10, 10, 0)
    created = at(UTC, 2026, 11, 3, 19, 2, 11)
    updated = at(UTC, 2026, 11, 3, 19, 40, 55, )
    ev = {
        'kind': 'calendar#event',
        'etag': '"3' + str(int(hx('c14etag', 12), 16))[:15] + '"',
        'id': b62('c14id', 26).lower(),
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' + b62('c14eid', 48),
        'created': created.strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': updated.strftime('%Y-%m-%dT%H:%M:%S.') + '318Z',
        'summary': 'Maumee Axle - Hiring Manager Interview - Manufacturing Engineer III (Axle Assembly) - M. Wierzbicki',
        'description': ('In-person interview with Gene Kowalski, Plant Engineering Manager. Includes a short walk '
                        'of the axle assembly line, so safety glasses will be provided and closed-toe shoes are a must.\n\n'
                        'Check in at the Plant 2 front office, 1420 Front St, Toledo, OH 43605. Visitor parking is on the '
                        'east side of the building.\n\nQuestions or running late? Call/text Renee Dupuis in recruiting at '
                        '419-555-0107 or email renee.dupuis@maumeeaxle.example.'),
        'location': 'Maumee Axle Plant 2, 1420 Front St, Toledo, OH 43605',
        'creator': {'email': 'recruiting@maumeeaxle.example', 'displayName': 'MAC Recruiting'},
        'organizer': {'email': 'recruiting@maumeeaxle.example', 'displayName': 'MAC Recruiting'},
        'start': {'dateTime': iso(start), 'timeZone': 'America/New_York'},
        'end': {'dateTime': iso(end), 'timeZone': 'America/New_York'},
        'iCalUID': b62('c14id', 26).lower() + '@google.com',
        'sequence': 0,
        'attendees': [
            {'email': 'recruiting@maumeeaxle.example', 'displayName': 'MAC Recruiting', 'organizer': True,
             'responseStatus': 'accepted'},
            {'email': 'gkowalski@maumeeaxle.example', 'displayName': 'Gene Kowalski', 'responseStatus': 'accepted'},
            {'email': OWNER, 'self': True, 'responseStatus': 'accepted'},
        ],
        'guestsCanInviteOthers': False,
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    files = {'01-maumee-axle-hiring-manager.gcal.json': json.dumps(ev, indent=2, ensure_ascii=False) + '\n'}
    lab = label([iv('Maumee Axle', 'Manufacturing Engineer III (Axle Assembly)', start, end, 'scheduled',
                    ['gkowalski@maumeeaxle.example'], ['gkowalski@maumeeaxle.example'], 'hiring_manager')],
                'easy', 'positive/gcal-api-event',
                'Calendar API event only. Organizer is a group recruiting calendar (not a follow-up recipient); '
                'the coordinator Renee appears in the description; interviewer Gene is an attendee.')
    return files, lab


@case('b243-15-offer-then-fingerprinting-appointment')
def c15():
    mike = ('Mike Ferraro', 'mferraro@cadencemotor.example')
    sent1 = at(DET, 2026, 11, 23, 16, 15, 9, day='Monday')
    body1 = """Marcus,

Congratulations! On behalf of Cadence Motor Company I'm pleased to extend you a conditional offer for the Vehicle Launch Manufacturing Engineer - Paint position at Warren Assembly. Lisa and Dave really enjoyed interviewing you on Friday and were unanimous.

The formal offer letter is in your candidate portal; please e-sign by Wednesday. The offer is contingent on a background check, fingerprinting and a drug screen. Our screening vendor will e-mail you directly to book your fingerprint appointment - it usually takes a day.

Tentative start date is Monday, January 4, 2027.

Welcome aboard,
Mike

Mike Ferraro
Talent Acquisition Partner | Cadence Motor Company
O: 586-555-0144
"""
    m1 = outlook_mail(seed='c15a', sender=mike, to=[(OWNER_NAME, OWNER)],
                      subject='Offer - Vehicle Launch Manufacturing Engineer - Paint', sent=sent1, body=body1)
    wd(at(DET, 2027, 1, 4), 'Monday')
    sent2 = at(DET, 2026, 11, 24, 9, 2, 44, day='Tuesday')
    appt = at(DET, 2026, 11, 30, 10, 15, day='Monday')
    body2 = f"""Hello Marcus Wierzbicki,

As part of your contingent offer of employment with Cadence Motor Company, your fingerprint appointment has been scheduled.

Appointment Date: Monday, November 30, 2026
Appointment Time: 10:15 AM (EST)
Location: Fingerprint Express - Southfield
          24100 Southfield Rd, Suite 120, Southfield, MI 48075
Service Code: 18Z4QK
Confirmation #: CVS-6612093

What to bring: one unexpired government-issued photo ID (driver's license, state ID or passport). The name on your ID must match the name you entered in the screening portal.

Please arrive 10 minutes early. Walk-ins are served only as time allows.

Your drug screen must also be completed by Wednesday, December 2, 2026 at the collection site listed in your portal.

Questions about your offer? Contact your Cadence Motor Company recruiter, Mike Ferraro ({mike[1]}). Questions about this appointment? Reply to candidate support at the link in your portal.

Clearview Background Screening
This is an automated message.
"""
    wd(at(DET, 2026, 12, 2), 'Wednesday')
    cal = calendar(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Clearview Screening//Scheduler//EN',
                    'METHOD:PUBLISH', 'BEGIN:VEVENT', f'UID:CVS-6612093-{hx("c15", 8)}@clearviewscreening.example',
                    f'DTSTAMP:{ics_utc(sent2)}', f'DTSTART:{ics_utc(appt)}',
                    f'DTEND:{ics_utc(appt + timedelta(minutes=15))}',
                    'SUMMARY:Fingerprint appointment - Cadence Motor Company pre-employment screening',
                    'LOCATION:Fingerprint Express - 24100 Southfield Rd\\, Suite 120\\, Southfield\\, MI 48075',
                    'DESCRIPTION:Bring one unexpired government-issued photo ID. Confirmation CVS-6612093.',
                    'END:VEVENT', 'END:VCALENDAR'])
    m2 = system_mail(seed='c15b', sender=('Clearview Background Screening', 'no-reply@clearviewscreening.example'),
                     to=(OWNER_NAME, OWNER),
                     subject='Fingerprint appointment scheduled - Cadence Motor Company pre-employment screening',
                     sent=sent2, body=body2, mid_domain='clearviewscreening.example',
                     attachments=[ics_attachment(cal, 'fingerprint-appointment.ics', method='PUBLISH',
                                                 ctype='text/calendar')])
    files = {'01-mike-offer-paint-launch.eml': m1, '02-fingerprint-appointment.eml': m2}
    lab = label([], 'medium', 'negative/post-offer-fingerprinting',
                'Offer e-mail (mentions a past interview) followed by a background-screening vendor booking a '
                'fingerprint appointment with date, time and .ics. Neither is an interview.')
    return files, lab


@case('b243-16-chicago-recruiter-screen-central-time')
def c16():
    yol = ('Yolanda Briggs', 'ybriggs@calumetstampings.example')
    start = at(CHI, 2026, 11, 9, 9, 0, day='Monday')     # CST -06:00 = 10:00 EST
    assert offs(start) == '-0600' and start.astimezone(DET).hour == 10
    sig = f"""Yolanda Briggs
Talent Acquisition Recruiter
Calumet Stampings Inc. | 13500 S. Baltimore Ave., Chicago, IL 60633
Direct 773-555-0129 | {yol[1]}"""
    sent1 = at(CHI, 2026, 11, 5, 14, 12, 37, day='Thursday')
    body1 = f"""Hi Marcus,

I'm the recruiter for Calumet Stampings' Stamping Process Engineer opening at our South Chicago plant, and your resume came across my desk - the tandem line and die tryout experience really stood out.

Would you be available for a 30-minute phone screen with me on Monday, November 9 at 9:00 a.m. Central (10:00 a.m. your time in Detroit)? If that doesn't work, Tuesday afternoon is open too.

Thank you,
{sig}
"""
    mid1 = outlook_mid('c16a')
    m1 = outlook_mail(seed='c16a', sender=yol, to=[(OWNER_NAME, OWNER)],
                      subject='Calumet Stampings - Stamping Process Engineer - phone screen', sent=sent1, body=body1)
    reply_sent = at(CHI, 2026, 11, 5, 15, 40, 2)
    reply_mid = gmail_mid('c16reply')
    sent2 = at(CHI, 2026, 11, 6, 8, 3, 15, day='Friday')
    body2 = f"""Perfect, you're on my calendar for Monday at 9:00 Central. I'll call you at 313-555-0134.

Have a great weekend,
Yolanda

{sig}

From: Marcus Wierzbicki <{OWNER}>
Sent: Thursday, November 5, 2026 3:40 PM
To: Yolanda Briggs <{yol[1]}>
Subject: Re: Calumet Stampings - Stamping Process Engineer - phone screen

Hi Yolanda,

Monday at 9:00 Central works great. Best number is 313-555-0134.

Thanks,
Marcus

On Thu, Nov 5, 2026 at 3:12 PM Yolanda Briggs <{yol[1]}> wrote:
{quote_lines(body1)}
"""
    assert sent1.astimezone(DET).strftime('%H:%M') == '15:12'
    m2 = outlook_mail(seed='c16b', sender=yol, to=[(OWNER_NAME, OWNER)],
                      subject='RE: Calumet Stampings - Stamping Process Engineer - phone screen', sent=sent2,
                      body=body2, in_reply_to=reply_mid, references=f'{mid1} {reply_mid}')
    assert reply_sent.strftime('%-I:%M %p') == '3:40 PM'
    files = {'01-yolanda-phone-screen-request.eml': m1, '02-yolanda-confirmed-monday.eml': m2}
    lab = label([iv('Calumet Stampings', 'Stamping Process Engineer', start, start + timedelta(minutes=30),
                    'scheduled', [yol[1]], [yol[1]], 'phone_screen')],
                'medium', 'positive/central-time-thread',
                'Chicago recruiter proposes Mon 9 Nov 9:00 a.m. Central (CST, -06:00; 10:00 Eastern), the owner\'s '
                'acceptance is quoted in her confirmation. Recruiter conducts the screen herself.')
    return files, lab


@case('b243-17-successfactors-self-schedule-link')
def c17():
    brandon = ('Brandon Sayles', 'bsayles@lapeercomposite.example')
    sent = at(DET, 2026, 11, 9, 12, 1, 5, day='Monday')
    for d, n in ((17, 'Tuesday'), (18, 'Wednesday'), (19, 'Thursday'), (13, 'Friday')):
        wd(at(DET, 2026, 11, d), n)
    body = """Dear Marcus,

Congratulations! The hiring team for Manufacturing Engineer II (Req 7734) at Lapeer Composite Structures would like to interview you. Please use the link below to select an interview time that works for you from the hiring team's availability.

Select Interview Time:
https://career5.successfactors.com/career?company=lapeercompP&career_ns=interview_self_schedule&token=Q2hK7wz91LrT

Available times (Eastern Time):
- Tuesday, November 17, 2026: 9:00 AM, 10:30 AM, 1:00 PM
- Wednesday, November 18, 2026: 2:00 PM, 3:30 PM
- Thursday, November 19, 2026: 8:30 AM

Interview length: 45 minutes
Interview type: Microsoft Teams

Times are offered on a first-come, first-served basis and this link expires on Friday, November 13, 2026. Once you select a time, you will receive a confirmation e-mail with a calendar invitation.

If none of these times work, please contact your recruiter, Brandon Sayles.

Lapeer Composite Structures Talent Acquisition

This is an automated message. Please do not reply to this email.
"""
    files = {'01-successfactors-select-interview-time.eml': system_mail(
        seed='c17', sender=('Lapeer Composite Structures', 'noreply@successfactors.com'), to=(OWNER_NAME, OWNER),
        reply_to=addr(*brandon), subject='Action Required: Schedule your interview - Manufacturing Engineer II (Req 7734)',
        sent=sent, body=body, mid_domain='successfactors.com', hop=('mail3.successfactors.com', '155.56.128.23'))}
    lab = label([], 'hard', 'negative/self-schedule-link-unbooked',
                'SuccessFactors self-scheduling request listing six open slots; nothing is booked.')
    return files, lab


@case('b243-18-ev-founder-final-zoom')
def c18():
    brooke = ('Brooke Tanner', 'btanner@sciotoelectric.example')
    ray = ('Ray Albrecht', 'ray@sciotoelectric.example')
    start = at(NYC, 2026, 11, 13, 16, 30, day='Friday')
    end = start + timedelta(minutes=45)
    sent = at(NYC, 2026, 11, 10, 12, 31, 48, day='Tuesday')
    zid = '842 1553 0917'
    zurl = 'https://sciotoelectric.zoom.us/j/84215530917?pwd=' + b62('c18pwd', 27)
    body = f"""Hi Marcus,

The team loved you on Friday. The last step in our process is a conversation with our co-founder and CEO, Ray Albrecht (cc'd). Ray meets every engineer before we extend an offer.

I've booked this Friday, November 13 at 4:30 PM ET for 45 minutes on Zoom. The calendar file is attached; the link is also below.

Join Zoom Meeting
{zurl}
Meeting ID: {zid}
Passcode: 611948

Ray is pretty informal - he'll want to hear why you want to leave the supplier side for a startup, and how you'd stand up the body-in-white line at our Groveport plant next year.

Brooke

--
Brooke Tanner
Chief of Staff | Scioto Electric Motors
Columbus, OH
"""
    cal = calendar(['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0',
                    'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'CLASS:PUBLIC', 'BEGIN:VEVENT',
                    f'DTSTAMP:{ics_utc(sent)}', f'DTSTART:{ics_utc(start)}', f'DTEND:{ics_utc(end)}',
                    'SUMMARY:Marcus Wierzbicki <> Ray Albrecht (Scioto Electric Motors)',
                    f'UID:{ics_utc(sent)}-84215530917@zoom.us', 'TZID:America/New_York',
                    'DESCRIPTION:' + ics_text(f'Brooke Tanner is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{zurl}\n\nMeeting ID: {zid}\nPasscode: 611948\n'),
                    f'LOCATION:{zurl}', 'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY',
                    'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'])
    files = {'01-brooke-final-conversation-ray.eml': gmail_mail(
        seed='c18', sender=brooke, to=[(OWNER_NAME, OWNER)], cc=[ray], sent=sent,
        subject='Final conversation with Ray - Fri 11/13', body=body,
        attachments=[leaf('text/calendar; charset="US-ASCII"; name="zoom_0.ics"', cal, 'base64',
                          ['Content-Disposition: attachment; filename="zoom_0.ics"',
                           f'X-Attachment-Id: f_{b62("c18att", 9).lower()}',
                           f'Content-ID: <f_{b62("c18att", 9).lower()}>'])])}
    lab = label([iv('Scioto Electric Motors', None, start, end, 'scheduled', [ray[1]], [ray[1]], 'hiring_manager')],
                'medium', 'positive/founder-final-zoom',
                'Chief of staff books a final conversation with the co-founder/CEO (explicit last process step), '
                'Zoom .ics in UTC with a stray TZID property. No role title is stated (the text only says "every engineer"); '
                'the CEO (cc) is the interviewer.')
    return files, lab


@case('b243-19-taleo-rejection-after-interview')
def c19():
    sent = at(DET, 2026, 10, 28, 17, 30, 0, day='Wednesday')
    wd(at(DET, 2026, 10, 22), 'Thursday')
    body = """Dear Marcus,

Thank you for taking the time to interview with our team on Thursday, October 22 for the Senior Manufacturing Engineer - Transmission Assembly position (Requisition 2601188) at our Monroe, Michigan plant. We appreciated the opportunity to learn more about your experience and your interest in Straits Powertrain.

After careful consideration, we have decided to move forward with another candidate whose experience more closely matches the needs of the role at this time.

We will keep your profile on file, and we encourage you to apply for future openings that match your background. You can manage your job alerts from your candidate profile.

We wish you the best in your search.

Sincerely,
Straits Powertrain Talent Acquisition

This message was sent from an unmonitored mailbox. Please do not reply.
"""
    files = {'01-taleo-update-on-application.eml': system_mail(
        seed='c19', sender=('Straits Powertrain Careers', 'no-reply@taleo.net'), to=(OWNER_NAME, OWNER),
        subject='Update on your application - Senior Manufacturing Engineer - Transmission Assembly (2601188)',
        sent=sent, body=body, mid_domain='taleo.net', hop=('smtp3.taleo.net', '199.231.17.43'))}
    lab = label([], 'easy', 'negative/rejection-after-interview',
                'Taleo rejection that names the date of a past interview; no interview is being scheduled.')
    return files, lab


@case('b243-20-thread-friday-then-teams-invite')
def c20():
    lisa = ('Lisa Trombley', 'ltrombley@cadencemotor.example')
    dave = ('Dave Greer', 'dgreer@cadencemotor.example')
    start = at(NYC, 2026, 11, 20, 8, 30, day='Friday')
    wd(at(NYC, 2026, 11, 19), 'Thursday')
    sig = """Lisa Trombley
Paint Engineering Manager, Warren Assembly
Cadence Motor Company
O: 586-555-0181"""
    sent1 = at(DET, 2026, 11, 16, 16, 55, 12, day='Monday')
    body1 = f"""Marcus,

I got your resume from Mike Ferraro in talent acquisition. I'd like to set up an hour with you this week to talk through the Vehicle Launch Manufacturing Engineer - Paint role. I've got Thursday at 2:00 or Friday at 8:30 open. Let me know which works better and I'll send a Teams invite.

{sig}
"""
    mid1 = outlook_mid('c20a')
    m1 = outlook_mail(seed='c20a', sender=lisa, to=[(OWNER_NAME, OWNER)],
                      subject='Vehicle Launch ME - Paint - next step', sent=sent1, body=body1)
    reply_mid = gmail_mid('c20reply')
    sent2 = at(DET, 2026, 11, 17, 7, 10, 31, day='Tuesday')
    body2 = f"""Friday at 8:30 it is. I'm adding Dave Greer (cc'd), our senior paint process engineer - he'll take the technical side of the conversation. Invite coming shortly.

Lisa

{sig}

From: Marcus Wierzbicki <{OWNER}>
Sent: Monday, November 16, 2026 9:12 PM
To: Lisa Trombley <{lisa[1]}>
Subject: Re: Vehicle Launch ME - Paint - next step

Hi Lisa,

Thanks for reaching out. Thursday at 2 would be tough with my shift schedule, so Friday at 8:30 would be ideal if it's still open.

Best,
Marcus

From: Lisa Trombley <{lisa[1]}>
Sent: Monday, November 16, 2026 4:55 PM
To: Marcus Wierzbicki <{OWNER}>
Subject: Vehicle Launch ME - Paint - next step

{body1.strip()}
"""
    m2 = outlook_mail(seed='c20b', sender=lisa, to=[(OWNER_NAME, OWNER)], cc=[dave],
                      subject='RE: Vehicle Launch ME - Paint - next step', sent=sent2, body=body2,
                      in_reply_to=reply_mid, references=f'{mid1} {reply_mid}')
    sent3 = at(DET, 2026, 11, 17, 7, 26, 5)
    body3 = """Marcus - Dave and I will see you Friday. We'll start with your background and launch experience, then Dave will walk through a couple of paint defect / sealer problems.

Lisa
"""
    m3 = exchange_invite(seed='c20c', sender=lisa, to=[(OWNER_NAME, OWNER), dave],
                         subject='Interview: Marcus Wierzbicki - Vehicle Launch ME (Paint)', sent=sent3,
                         start=start, end=start + timedelta(hours=1), tzid='Eastern Standard Time', body=body3,
                         attendees=[att(OWNER_NAME, OWNER), att(dave[0], dave[1])])
    files = {'01-lisa-next-step.eml': m1, '02-lisa-friday-it-is.eml': m2, '03-teams-invite-friday.eml': m3}
    both = [lisa[1], dave[1]]
    lab = label([iv('Cadence Motor Company', 'Vehicle Launch Manufacturing Engineer - Paint', start,
                    start + timedelta(hours=1), 'scheduled', both, both, 'hiring_manager')],
                'medium', 'positive/thread-propose-confirm-plus-invite',
                'Hiring manager offers Thursday 2:00 or Friday 8:30; the owner\'s pick is quoted; she confirms '
                '"Friday at 8:30" and sends a Teams invite. One interview Fri 20 Nov 8:30 EST with Lisa and Dave.')
    return files, lab


@case('b243-21-hirevue-one-way-video')
def c21():
    sent = at(DET, 2026, 11, 10, 9, 0, 12, day='Tuesday')
    wd(at(DET, 2026, 11, 13), 'Friday')
    body = """Hi Marcus,

Thank you for applying for the Manufacturing Engineer - General Assembly role at Lumen Motor Works! The next step in our process is an on-demand video interview that you can complete on your own schedule, any time before Friday, November 13, 2026 at 11:59 PM Eastern.

What to expect:
- 6 questions about your manufacturing and launch experience
- 30 seconds to prepare and up to 3 minutes to record each answer
- There is no live interviewer; our hiring team will review your recorded responses
- Plan for about 30 minutes in a quiet, well-lit space

Start your interview:
https://app.hirevue.com/interviews/lumenmotorworks/""" + b62('c21tok', 24) + """

You can try practice questions as many times as you like before you begin.

Good luck!
The Lumen Motor Works Recruiting Team
"""
    files = {'01-hirevue-on-demand-interview.eml': system_mail(
        seed='c21', sender=('Lumen Motor Works', 'noreply@hirevue.com'), to=(OWNER_NAME, OWNER),
        subject='Lumen Motor Works: Complete your on-demand video interview', sent=sent, body=body,
        mid_domain='hirevue.com')}
    lab = label([], 'medium', 'negative/one-way-video-interview',
                'One-way recorded video interview with a completion deadline; no live interviewer.')
    return files, lab


@case('b243-22-forwarded-hm-note-die-cast')
def c22():
    stacy = ('Stacy Brandt', 'sbrandt@mvcastings.example')
    kevin = ('Kevin Strunk', 'kstrunk@mvcastings.example')
    start = at(NYC, 2026, 10, 8, 10, 0, day='Thursday')
    wd(at(NYC, 2026, 10, 9), 'Friday')
    sent = at(DET, 2026, 10, 1, 9, 40, 18, day='Thursday')
    fwd_sent = at(DET, 2026, 9, 30, 16, 18, 0, day='Wednesday')
    body = f"""Hi Marcus,

See Kevin's note below. As we discussed on the phone this morning, you're confirmed for Thursday, October 8 at 10:00 AM for a technical interview with Kevin over Teams for the Process Engineer - Die Cast role. He blocked 90 minutes. I'll send the Teams link the day before.

Kevin's e-mail is below if you have questions for him ahead of time.

Stacy Brandt
Talent Acquisition | Miami Valley Castings
Dayton, OH | 937-555-0112

________________________________
From: Kevin Strunk <{kevin[1]}>
Sent: Wednesday, September 30, 2026 4:18 PM
To: Stacy Brandt <{stacy[1]}>
Subject: Wierzbicki - next step

Stacy,

Liked this one - he's run a die cast cell launch and knows his way around a PFMEA. Let's get him in for a technical interview with me. I could do Thursday the 8th at 10 or Friday the 9th at 1. Block 90 min, I want to walk through a couple of porosity problems with him.

Kevin Strunk
Engineering Manager - Die Cast
Miami Valley Castings
"""
    assert fwd_sent.strftime('%-I:%M %p') == '4:18 PM'
    files = {'01-stacy-fw-next-step.eml': outlook_mail(
        seed='c22', sender=stacy, to=[(OWNER_NAME, OWNER)], subject='FW: Wierzbicki - next step', sent=sent,
        body=body)}
    lab = label([iv('Miami Valley Castings', 'Process Engineer - Die Cast', start, start + timedelta(minutes=90),
                    'scheduled', [kevin[1]], [kevin[1]], 'technical')],
                'medium', 'positive/forwarded-hiring-manager-note',
                'Recruiter forwards the hiring manager\'s note that offers two slots; her own text confirms Thursday 8 Oct '
                '10:00 AM (90 minutes). Interviewer address only in the forwarded block; Friday the 9th at 1 is a decoy.')
    return files, lab


# ============================================================================= main
def main():
    for p in sorted(HERE.glob('b243-*')):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for slug, fn in CASES:
        files, lab = fn()
        d = HERE / slug
        d.mkdir()
        for name, content in sorted(files.items()):
            data = content.encode('utf-8') if isinstance(content, str) else content
            (d / name).write_bytes(data)
        labels[slug] = lab
    head = '# Labels for blind243 (written blind). Schema: /work/shared/eval/README.md\n'
    (HERE / 'labels.yaml').write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True,
                                                            width=100), encoding='utf-8')
    n_pos = sum(1 for l in labels.values() if l['interview'])
    n_iv = sum(len(l['interviews']) for l in labels.values())
    print(f'{len(labels)} cases, {n_pos} positive, {len(labels) - n_pos} negative, {n_iv} interviews')


if __name__ == '__main__':
    main()
