#!/usr/bin/env python3
"""Regenerate the blind239 evaluation set (written blind, synthetic).

    python make_cases.py

Writes every ``b239-*`` case folder and ``labels.yaml`` next to this file.  The output is
byte-identical on every run: dates, Message-IDs, UIDs, tokens and MIME boundaries are fixed or
derived from fixed seeds with SHA-256.  Only the standard library, PyYAML and zoneinfo are used.
Every UTC offset is computed with zoneinfo and every weekday named in a text is asserted.
"""
import base64
import hashlib
import html
import json
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
OWNER = 'imogen.hartley@example.com'
OWNER_NAME = 'Imogen Hartley'
OWNER_ADDR = f'{OWNER_NAME} <{OWNER}>'
LON = ZoneInfo('Europe/London')
NYC = ZoneInfo('America/New_York')
UTC = timezone.utc
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


# --------------------------------------------------------------------------- dates and text
def at(tz, y, mo, d, hh=0, mi=0, ss=0):
    return datetime(y, mo, d, hh, mi, ss, tzinfo=tz)


def wd(dt, name):
    """Assert that dt falls on the weekday a text names; return the name."""
    assert DAYS[dt.weekday()] == name, f'{dt.isoformat()} is a {DAYS[dt.weekday()]}, not {name}'
    return name


def dayname(dt):
    return DAYS[dt.weekday()]


def dm(dt):
    return f'{dt.day} {MONTHS[dt.month - 1]}'


def dmy(dt):
    return f'{dm(dt)} {dt.year}'


def full(dt):
    return f'{dayname(dt)} {dmy(dt)}'


def hhmm(dt):
    return dt.strftime('%H:%M')


def ampm(dt, sep='.'):
    h = dt.hour % 12 or 12
    m = f'{sep}{dt.minute:02d}' if dt.minute else ''
    return f"{h}{m}{'am' if dt.hour < 12 else 'pm'}"


def us_time(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def rfc(dt):
    return format_datetime(dt)


def ics_utc(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def ics_local(dt, tz):
    return dt.astimezone(tz).strftime('%Y%m%dT%H%M%S')


def iso(dt):
    return dt.isoformat() if dt is not None else None


def gapi_time(dt):
    """RFC 3339 as the Calendar API prints it (Z when the offset is zero)."""
    s = dt.isoformat()
    return s[:-6] + 'Z' if s.endswith('+00:00') else s


# --------------------------------------------------------------------------- deterministic ids
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def tok(seed, n, alphabet=ALNUM):
    raw, i = b'', 0
    while len(raw) < n:
        raw += hashlib.sha256(f'{seed}/{i}'.encode()).digest()
        i += 1
    return ''.join(alphabet[b % len(alphabet)] for b in raw[:n])


def hexs(seed, n=32, upper=True):
    s = tok(seed, n, '0123456789abcdef')
    return s.upper() if upper else s


def digits(seed, n):
    return tok(seed, n, '0123456789')


def guid(seed):
    h = hexs(seed, 32, upper=False)
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}'


def mid_outlook(seed, region='uk'):
    if region == 'us':
        srv = f'BN8PR04MB{digits(seed + "srv", 4)}'
        return f'<{srv}{hexs(seed, 28)}@{srv}.namprd04.prod.outlook.com>'
    srv = f'LO2P265MB{digits(seed + "srv", 4)}'
    return f'<{srv}{hexs(seed, 28)}@{srv}.GBRP265.PROD.OUTLOOK.COM>'


def mid_gmail(seed):
    return f'<CAF{tok(seed, 42)}@mail.gmail.com>'


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def outlook_uid(seed):
    return '040000008200E00074C5B7101A82E00800000000' + hexs(seed, 32) + '0100000000000000010000000' + hexs(seed + 'u', 7)


# --------------------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def leaf(ctype, body, cte=None, extra=()):
    lines = [f'Content-Type: {ctype}']
    if cte:
        lines.append(f'Content-Transfer-Encoding: {cte}')
    lines += list(extra)
    if not body.endswith('\n'):
        body += '\n'
    return lines, body


def text(s, sub='plain', enc='quoted-printable', extra=(), charset='UTF-8'):
    if enc == 'quoted-printable':
        body = qp(s)
    elif enc == 'base64':
        body = b64(s)
    else:
        body = s
    return leaf(f'text/{sub}; charset="{charset}"', body, enc, extra)


def multi(sub, boundary, parts):
    body = ''
    for ph, pb in parts:
        body += f'--{boundary}\n' + '\n'.join(ph) + '\n\n' + pb + '\n'
    body += f'--{boundary}--\n'
    return [f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"'], body


def message(headers, ent):
    lines = [f'{k}: {v}' for k, v in headers if v is not None]
    lines.append('MIME-Version: 1.0')
    lines += ent[0]
    return '\n'.join(lines) + '\n\n' + ent[1]


def addr_email(a):
    return a[a.index('<') + 1:a.index('>')] if '<' in a else a


def received(host, ip, when, seed):
    return (f'from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id {tok(seed, 12).lower()}\n'
            f'        for <{OWNER}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n'
            f'        {rfc((when + timedelta(seconds=3)).astimezone(UTC))}')


MS_HOST = ('LO2P265CU001.outbound.protection.outlook.com', '40.107.122.64')
MS_HOST_US = ('NAM10-BN7-obe.outbound.protection.outlook.com', '40.107.93.71')
G_HOST = ('mail-sor-f41.google.com', '209.85.220.41')


def linkify(escaped):
    return re.sub(r'&lt;(https?://.*?)&gt;', r'&lt;<a href="\1">\1</a>&gt;', escaped)


def outlook_html(plain):
    paras = []
    for line in plain.split('\n'):
        if not line.strip():
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append(f'<p class="MsoNormal">{linkify(html.escape(line, quote=False))}<o:p></o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + '\n'.join(paras) + '\n</div>\n</body>\n</html>\n')


def gmail_html(plain):
    out, depth = ['<div dir="ltr">'], 0
    for line in plain.split('\n'):
        d = 0
        while line.startswith('>'):
            d += 1
            line = line[1:]
            if line.startswith(' '):
                line = line[1:]
        while depth < d:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append('</blockquote>')
            depth -= 1
        if line.startswith('On ') and line.endswith('wrote:'):
            out.append(f'<div class="gmail_attr">{html.escape(line, quote=False)}<br></div>')
        else:
            out.append((html.escape(line, quote=False) if line else '') + '<br>')
    while depth:
        out.append('</blockquote>')
        depth -= 1
    out.append('</div>')
    return '\n'.join(out) + '\n'


def portal_html(brand, colour, plain, footer):
    rows = []
    for para in plain.split('\n\n'):
        inner = '<br>\n'.join(html.escape(x, quote=False) for x in para.split('\n'))
        rows.append(f'<tr><td style="padding:0 32px 16px 32px;font-family:Arial,Helvetica,sans-serif;'
                    f'font-size:14px;line-height:20px;color:#222222">{inner}</td></tr>')
    return ('<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1"></head>\n'
            '<body style="margin:0;padding:0;background:#f3f3f3">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f3f3">'
            '<tr><td align="center">\n<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff">\n'
            f'<tr><td style="background:{colour};padding:20px 32px;font-family:Arial,sans-serif;font-size:18px;'
            f'color:#ffffff;font-weight:bold">{html.escape(brand)}</td></tr>\n'
            '<tr><td style="height:24px"></td></tr>\n' + '\n'.join(rows) + '\n'
            f'<tr><td style="padding:16px 32px;font-family:Arial,sans-serif;font-size:11px;color:#777777;'
            f'border-top:1px solid #e5e5e5">{html.escape(footer, quote=False)}</td></tr>\n'
            '</table>\n</td></tr></table>\n</body></html>\n')


# --------------------------------------------------------------------------- iCalendar helpers
def ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


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


def ics_join(lines):
    return ''.join(fold(x) + '\r\n' for x in lines)


VTZ_GMT_STANDARD = [
    'BEGIN:VTIMEZONE', 'TZID:GMT Standard Time',
    'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
    'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE']
VTZ_EASTERN_STANDARD = [
    'BEGIN:VTIMEZONE', 'TZID:Eastern Standard Time',
    'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
    'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE']
VTZ_EUROPE_LONDON = [
    'BEGIN:VTIMEZONE', 'TZID:Europe/London', 'X-LIC-LOCATION:Europe/London',
    'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'TZNAME:BST',
    'DTSTART:19700329T010000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
    'BEGIN:STANDARD', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'TZNAME:GMT',
    'DTSTART:19701025T020000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
    'END:VTIMEZONE']
WIN_TZ = {'GMT Standard Time': (LON, VTZ_GMT_STANDARD),
          'Eastern Standard Time': (NYC, VTZ_EASTERN_STANDARD)}
WHEN_LABEL = {'GMT Standard Time': '(UTC+00:00) Dublin, Edinburgh, Lisbon, London',
              'Eastern Standard Time': '(UTC-05:00) Eastern Time (US & Canada)'}


def outlook_when(start, end, tzid):
    """The 'When:' line Outlook writes: standard-time label, local wall clock."""
    tz = WIN_TZ[tzid][0]
    s, e = start.astimezone(tz), end.astimezone(tz)
    if tzid == 'Eastern Standard Time':
        return (f'{dayname(s)}, {MONTHS[s.month - 1]} {s.day}, {s.year} {us_time(s)}-{us_time(e)} '
                f'{WHEN_LABEL[tzid]}.')
    return f'{dayname(s)}, {dmy(s)} {hhmm(s)}-{hhmm(e)} {WHEN_LABEL[tzid]}.'


def teams_meeting(seed, region='uk'):
    tid, oid = guid(seed + 'tenant'), guid(seed + 'org')
    token = tok(seed + 'mtg', 44)
    url = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{token}%40thread.v2/0?context='
           f'%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d')
    mid = digits(seed + 'mid', 12)
    conf = digits(seed + 'conf', 9)
    dial = '+44 20 7946 0999,,' if region == 'uk' else '+1 212-555-0188,,'
    where = 'United Kingdom, London' if region == 'uk' else 'United States, New York City'
    block = ('_' * 80 + '\n'
             f'Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>\n'
             f'Join the meeting now<{url}>\n'
             f'Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n'
             f'Passcode: {tok(seed + "pc", 6)}\n'
             + '_' * 32 + '\n'
             'Dial in by phone\n'
             f'{dial}{conf}# {where}\n'
             f'Find a local number<https://dialin.teams.microsoft.com/{guid(seed + "dial")}?id={conf}>\n'
             f'Phone conference ID: {conf[:3]} {conf[3:6]} {conf[6:]}#\n'
             f'For organisers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={oid}'
             f'&tenantId={tid}&threadId=19_meeting_{token}@thread.v2&messageId=0&language=en-GB> | '
             'Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n'
             + '_' * 80)
    return url, block


def outlook_ics(*, method, uid, seq, dtstamp, organizer, attendees, summary, start, end, tzid,
                location, description, teams_url=None, seed='', lang='en-GB'):
    cancel = method == 'CANCEL'
    tz, vtz = WIN_TZ[tzid]
    L = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    L += vtz + ['BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for name, addr, role, partstat in attendees:
        L.append(f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{addr}')
    L += [f'DESCRIPTION;LANGUAGE={lang}:{ics_esc(description)}',
          f'UID:{uid}',
          f'SUMMARY;LANGUAGE={lang}:{ics_esc(summary)}',
          f'DTSTART;TZID={tzid}:{ics_local(start, tz)}',
          f'DTEND;TZID={tzid}:{ics_local(end, tz)}',
          'CLASS:PUBLIC', f'PRIORITY:{1 if cancel else 5}', f'DTSTAMP:{ics_utc(dtstamp)}',
          f'TRANSP:{"TRANSPARENT" if cancel else "OPAQUE"}',
          f'STATUS:{"CANCELLED" if cancel else "CONFIRMED"}', f'SEQUENCE:{seq}',
          f'LOCATION;LANGUAGE={lang}:{ics_esc(location)}',
          f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
          f'X-MICROSOFT-CDO-OWNERAPPTID:{-int(digits(seed + "appt", 9)) - 1000000000}',
          f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if cancel else "TENTATIVE"}',
          f'X-MICROSOFT-CDO-INTENDEDSTATUS:{"FREE" if cancel else "BUSY"}',
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', f'X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}',
          'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_url:
        L += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}',
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
          f'X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_esc(location)}']
    if not cancel:
        L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
              'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ics_join(L)


def outlook_invite(*, seed, frm, to, cc=(), subject, sent, start, end, tzid, where, body,
                   organizer, attendees, uid, seq=0, method='REQUEST', teams=False, region='uk',
                   summary=None, in_reply_to=None, delivered=True):
    """An Exchange Online meeting request / cancellation as it arrives in the owner's inbox."""
    teams_url, block = teams_meeting(seed, region) if teams else (None, '')
    plain = f'When: {outlook_when(start, end, tzid)}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}'
    if teams:
        plain += '\n\n' + block + '\n'
    ics_text = outlook_ics(method=method, uid=uid, seq=seq, dtstamp=sent, organizer=organizer,
                           attendees=attendees, summary=summary or subject, start=start, end=end,
                           tzid=tzid, location=where, description=plain, teams_url=teams_url, seed=seed,
                           lang='en-US' if region == 'us' else 'en-GB')
    boundary = f'_000_{hexs(seed + "b", 24)}{"namprd04prodoutlookcom" if region == "us" else "GBRP265PRODOUTLOOKCOM"}_'
    ent = multi('alternative', boundary, [
        text(plain), text(outlook_html(plain), 'html'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', b64(ics_text), 'base64')])
    host = MS_HOST_US if region == 'us' else MS_HOST
    prefix = 'Canceled: ' if method == 'CANCEL' else ''
    headers = [
        ('Delivered-To', OWNER if delivered else None),
        ('Received', received(host[0], host[1], sent, seed)),
        ('Return-Path', f'<{addr_email(frm)}>'),
        ('From', frm), ('To', ', '.join(to)), ('CC', ', '.join(cc) if cc else None),
        ('Subject', hdr(prefix + subject)), ('Thread-Topic', hdr(subject)),
        ('Thread-Index', thread_index(seed)), ('Date', rfc(sent.astimezone(UTC))),
        ('Message-ID', mid_outlook(seed, region)),
        ('In-Reply-To', in_reply_to), ('References', in_reply_to),
        ('Accept-Language', 'en-GB, en-US' if region == 'uk' else 'en-US'),
        ('Content-Language', 'en-GB' if region == 'uk' else 'en-US'),
        ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
        ('Importance', 'high' if method == 'CANCEL' else None),
        ('Content-class', 'urn:content-classes:calendarmessage'),
        ('x-ms-exchange-calendar-series-instance-id', base64.b64encode(hashlib.sha256((uid).encode()).digest()[:30]).decode()),
        ('x-ms-publictraffictype', 'Email'),
    ]
    return message(headers, ent)


def outlook_mail(*, seed, frm, to, cc=(), subject, sent, body, in_reply_to=None, references=None,
                 region='uk', extra_headers=()):
    """A plain Outlook (Exchange Online) e-mail: multipart/alternative, quoted-printable."""
    boundary = f'_000_{hexs(seed + "b", 24)}GBRP265PRODOUTLOOKCOM_'
    ent = multi('alternative', boundary, [text(body), text(outlook_html(body), 'html')])
    headers = [
        ('Delivered-To', OWNER),
        ('Received', received(MS_HOST[0], MS_HOST[1], sent, seed)),
        ('Return-Path', f'<{addr_email(frm)}>'),
        ('From', frm), ('To', ', '.join(to)), ('CC', ', '.join(cc) if cc else None),
        ('Subject', hdr(subject)), ('Thread-Topic', hdr(re.sub(r'^(RE|FW|Re|Fwd): ', '', subject))),
        ('Thread-Index', thread_index(seed)), ('Date', rfc(sent.astimezone(UTC))),
        ('Message-ID', mid_outlook(seed, region)),
        ('In-Reply-To', in_reply_to), ('References', references),
        ('Accept-Language', 'en-GB, en-US'), ('Content-Language', 'en-GB'),
        ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
    ] + list(extra_headers)
    return message(headers, ent)


def gmail_mail(*, seed, frm, to, subject, sent, body, in_reply_to=None, references=None):
    """A Gmail / Google Workspace message: multipart/alternative, QP plain + QP html."""
    boundary = '000000000000' + hexs(seed + 'b', 16, upper=False)
    ent = multi('alternative', boundary, [text(body), text(gmail_html(body), 'html')])
    headers = [
        ('Delivered-To', OWNER),
        ('Received', received(G_HOST[0], G_HOST[1], sent, seed)),
        ('Return-Path', f'<{addr_email(frm)}>'),
        ('MIME-Version', None),
        ('References', references), ('In-Reply-To', in_reply_to),
        ('From', frm), ('Date', rfc(sent)), ('Message-ID', mid_gmail(seed)),
        ('Subject', hdr(subject)), ('To', ', '.join(to)),
    ]
    return message(headers, ent)


# --------------------------------------------------------------------------- labels
def iv(company, role, start, end, kind, interviewers=(), followups=None, status='scheduled'):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': list(interviewers),
            'followup_recipients': list(interviewers) if followups is None else list(followups),
            'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# =========================================================================== positive cases
SIG_OLIVER = ('Oliver Brandreth\nDirector – Private Practice, London\nHarcourt Legal Search\n'
              'T: +44 (0)20 7946 0321 | M: +44 (0)7700 900456\noliver.brandreth@harcourt-legal.example\n'
              'www.harcourt-legal.example\n\n'
              'Harcourt Legal Search Ltd is acting as an employment agency in relation to this vacancy. '
              'This e-mail and any attachments are confidential.')


@case
def c01():
    slug = 'b239-01-agency-forwards-client-confirmation'
    sent = at(LON, 2026, 9, 10, 17, 42, 18)
    fwd = at(LON, 2026, 9, 10, 16, 58)
    start, end = at(LON, 2026, 9, 15, 8, 30), at(LON, 2026, 9, 15, 9, 30)
    assert start.date() - sent.date() == timedelta(days=5)
    body = f"""Hi Imogen,

Good news – Pemberton Vale have come straight back and would like to meet you next {wd(start, 'Tuesday')} morning. Their confirmation is below, but the key points are:

  •  {dayname(start)} {dm(start)}, {ampm(start)} (allow an hour)
  •  Vale House, 17 Founders Lane, London EC2V 5AB – 4th floor reception
  •  Caroline Ashworth (Partner, Commercial Disputes) and Daniel Okafor (Counsel)

Caroline is fairly direct and will want to hear about your recent trial experience and what you would bring to a team that is trying to build its insurance-related disputes work. Daniel tends to ask about case management – budgets, disclosure and so on. I'll give you a ring on Monday evening to prepare.

Could you reply to confirm you're happy with this and I'll let them know?

Kind regards,
Oliver

{SIG_OLIVER}

From: Legal Resourcing <legal.resourcing@pembertonvale.example>
Sent: {dmy(fwd)} {hhmm(fwd)}
To: Oliver Brandreth <oliver.brandreth@harcourt-legal.example>
Subject: RE: Imogen Hartley – Senior Associate (Commercial Litigation)

Dear Oliver,

Thank you for sending through Imogen's CV. We are pleased to confirm a first interview for Imogen as follows:

Date: {full(start)}
Time: {ampm(start, ':').replace('am', '')} – {ampm(end, ':')}
Venue: Pemberton Vale LLP, Vale House, 17 Founders Lane, London EC2V 5AB (4th floor reception)
Interviewers: Caroline Ashworth, Partner (Commercial Disputes) and Daniel Okafor, Counsel

Please ask Imogen to bring photographic ID for building security.

Kind regards,

Legal Resourcing Team
Pemberton Vale LLP
"""
    eml = outlook_mail(seed='c01', frm='Oliver Brandreth <oliver.brandreth@harcourt-legal.example>',
                       to=[OWNER_ADDR], sent=sent,
                       subject='FW: Imogen Hartley – Senior Associate (Commercial Litigation) – first interview confirmed',
                       body=body)
    lab = label([iv('Pemberton Vale LLP', 'Senior Associate (Commercial Litigation)', start, end, 'onsite',
                    [], ['oliver.brandreth@harcourt-legal.example'])],
                'medium', 'positive/agency-forward',
                'Agency consultant forwards the firm\'s confirmation (Outlook forward block); "next Tuesday" '
                'resolved against the Thursday Date header and confirmed by the forwarded text. Two interviewers '
                'named without addresses -> panel (onsite), follow-up to the consultant (the firm wrote from a '
                'team inbox to the agency, not to the candidate).')
    return slug, {'01-harcourt-fw-pemberton-vale-confirmation.eml': eml}, lab


@case
def c02():
    slug = 'b239-02-workday-inhouse-interview-ics'
    sent = at(UTC, 2026, 9, 14, 10, 5, 12)
    start, end = at(LON, 2026, 9, 22, 14, 0), at(LON, 2026, 9, 22, 15, 0)
    fiona = 'fiona.gallagher@larkfield-energy.example'
    body = f"""Dear Imogen,

Thank you for your interest in the Senior Legal Counsel – Disputes role (R-04417) at Larkfield Energy.

We are pleased to confirm that your interview has been scheduled.

Interview: Hiring Manager Interview
Date: {wd(start, 'Tuesday')}, {dmy(start)}
Time: {hhmm(start)} – {hhmm(end)} BST (London)
Location: Microsoft Teams – joining details will be sent separately by the interviewer
Interviewer(s): Fiona Gallagher, Head of Legal – Disputes & Investigations

A calendar file is attached for your convenience.

If you need to reschedule, please contact Marcus Pell, Talent Acquisition Partner, at marcus.pell@larkfield-energy.example rather than replying to this message.

You can check the status of your application at any time from Candidate Home on our careers site.

Kind regards,

Talent Acquisition
Larkfield Energy plc

This email was sent from a notification-only address that cannot accept incoming email.
"""
    ics_text = ics_join([
        'BEGIN:VCALENDAR', 'PRODID:-//Workday Inc//Workday Recruiting//EN', 'VERSION:2.0', 'METHOD:REQUEST',
        'BEGIN:VEVENT', f'UID:INTERVIEW_EVENT-6-{digits("c02uid", 6)}@myworkday.com',
        f'DTSTAMP:{ics_utc(sent)}', f'DTSTART:{ics_utc(start)}', f'DTEND:{ics_utc(end)}',
        f'SUMMARY:{ics_esc("Interview: Senior Legal Counsel – Disputes (R-04417) – Larkfield Energy")}',
        f'DESCRIPTION:{ics_esc("Hiring Manager Interview with Fiona Gallagher. Microsoft Teams details to follow from the interviewer.")}',
        'LOCATION:Microsoft Teams',
        'ORGANIZER;CN=Larkfield Energy:mailto:larkfield@myworkday.com',
        f'ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}',
        f'ATTENDEE;CN=Fiona Gallagher;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{fiona}',
        'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    inner = multi('alternative', f'----=_Part_{digits("c02a", 6)}_{digits("c02b", 9)}.{digits("c02c", 13)}',
                  [text(body, enc='7bit' if False else 'quoted-printable'),
                   text(portal_html('Larkfield Energy', '#0b5e3b', body, 'Powered by Workday'), 'html')])
    ent = multi('mixed', f'----=_Part_{digits("c02d", 6)}_{digits("c02e", 9)}.{digits("c02f", 13)}', [
        inner,
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name=Interview.ics', b64(ics_text), 'base64',
             ['Content-Disposition: attachment; filename=Interview.ics'])])
    headers = [
        ('Delivered-To', OWNER),
        ('Received', received('wd5-smtp-out.myworkday.com', '198.51.100.23', sent, 'c02')),
        ('Return-Path', '<bounce-larkfield@myworkday.com>'),
        ('Date', rfc(sent)),
        ('From', 'Larkfield Energy <larkfield@myworkday.com>'),
        ('To', OWNER),
        ('Message-ID', f'<{digits("c02m", 9)}.{digits("c02n", 5)}.{digits("c02o", 13)}.JavaMail.wdprod@wd5-prvo-pmta.myworkday.com>'),
        ('Subject', hdr('Interview Scheduled: Senior Legal Counsel – Disputes (R-04417)')),
        ('X-Workday-Tenant', 'larkfield'),
    ]
    lab = label([iv('Larkfield Energy plc', 'Senior Legal Counsel – Disputes', start, end, 'hiring_manager', [fiona])],
                'medium', 'positive/workday-ats-ics',
                'Workday notification with Interview.ics in UTC (Z) times; body gives 14:00 BST. Interviewer '
                'address appears as ATTENDEE, so she is the follow-up (TA partner only handles reschedules).')
    return slug, {'01-workday-interview-scheduled.eml': message(headers, ent)}, lab


@case
def c03():
    slug = 'b239-03-oleeo-written-exercise-then-partners'
    sent = at(LON, 2026, 9, 18, 15, 20, 44)
    day_start = at(LON, 2026, 10, 1, 9, 30)
    ex_end = at(LON, 2026, 10, 1, 11, 0)
    start, end = at(LON, 2026, 10, 1, 11, 15), at(LON, 2026, 10, 1, 12, 15)
    body = f"""Dear Imogen,

Senior Associate – Commercial Litigation (Ref: AR/LAT/2291)

Thank you for booking your assessment with Ashdown Rowe. Your booking is confirmed as follows.

Date: {wd(day_start, 'Thursday')} {dmy(day_start)}
Venue: Ashdown Rowe LLP, 9 Quill Yard, London EC4A 2BD. Please report to ground floor reception at 09:15.

Timetable
{hhmm(day_start)} – {hhmm(ex_end)}  Written case exercise (supervised). You will be given a short bundle on a contractual dispute and asked to prepare a note of advice to the client. A laptop will be provided; please do not bring your own materials.
{hhmm(ex_end)} – {hhmm(start)}  Break
{hhmm(start)} – {hhmm(end)}  Interview with Helena Strachan (Partner, Commercial Litigation) and James Whitcombe (Partner, Banking Litigation)

The partners will have read your note before the interview and will ask you to talk them through your advice.

If you need to change your booking, please log in to your candidate account. For any other queries, please contact Sophie Danvers, Lateral Recruitment Advisor, at sophie.danvers@ashdownrowe.example, or the team at lateral.recruitment@ashdownrowe.example.

We look forward to welcoming you.

Lateral Recruitment Team
Ashdown Rowe LLP"""
    footer = ('Please do not reply to this email; this mailbox is not monitored. Ashdown Rowe LLP is a limited '
              'liability partnership registered in England and Wales (OC300000). Authorised and regulated by the '
              'Solicitors Regulation Authority.')
    ics_text = ics_join(
        ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Oleeo//Recruitment Events//EN', 'METHOD:PUBLISH',
         'CALSCALE:GREGORIAN'] + VTZ_EUROPE_LONDON +
        ['BEGIN:VEVENT', f'UID:{hexs("c03uid", 32, False)}@ashdownrowe.tal.net', f'DTSTAMP:{ics_utc(sent)}',
         f'DTSTART;TZID=Europe/London:{ics_local(day_start, LON)}',
         f'DTEND;TZID=Europe/London:{ics_local(end, LON)}',
         f'SUMMARY:{ics_esc("Ashdown Rowe LLP – Assessment: Senior Associate – Commercial Litigation")}',
         f'LOCATION:{ics_esc("Ashdown Rowe LLP, 9 Quill Yard, London EC4A 2BD")}',
         f'DESCRIPTION:{ics_esc("Written case exercise followed by partner interview. Please arrive by 09:15.")}',
         'ORGANIZER;CN=Ashdown Rowe Lateral Recruitment:mailto:noreply@ashdownrowe.tal.net',
         'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    alt = multi('alternative', f'=_alt_{hexs("c03a", 20, False)}', [
        text(body + '\n\n' + footer + '\n'),
        text(portal_html('Ashdown Rowe LLP – Lateral Recruitment', '#1d2a4d', body, footer), 'html', enc='base64')])
    ent = multi('mixed', f'=_mix_{hexs("c03m", 20, False)}', [
        alt, leaf('text/calendar; charset=utf-8; name="assessment.ics"', b64(ics_text), 'base64',
                  ['Content-Disposition: attachment; filename="assessment.ics"'])])
    headers = [
        ('Delivered-To', OWNER),
        ('Received', received('mta2.tal.net', '192.0.2.145', sent, 'c03')),
        ('Return-Path', '<bounces+ashdownrowe@tal.net>'),
        ('Date', rfc(sent)),
        ('From', 'Ashdown Rowe Lateral Recruitment <noreply@ashdownrowe.tal.net>'),
        ('To', OWNER_ADDR),
        ('Subject', hdr('Ashdown Rowe LLP: your assessment booking is confirmed')),
        ('Message-ID', f'<{hexs("c03mid", 24, False)}.{digits("c03t", 10)}@ashdownrowe.tal.net>'),
        ('Auto-Submitted', 'auto-generated'),
        ('X-Mailer', 'Oleeo Recruit'),
    ]
    lab = label([iv('Ashdown Rowe LLP', 'Senior Associate – Commercial Litigation', start, end, 'onsite', [],
                    ['sophie.danvers@ashdownrowe.example'])],
                'hard', 'positive/assessment-then-interview',
                'Oleeo-style booking: 09:30-11:00 supervised written case exercise (an assessment, not a live '
                'interview) then 11:15-12:15 interview with two partners (panel -> onsite). The attached .ics '
                'covers the whole 09:30-12:15 slot; the interview itself starts at 11:15. Partners have no '
                'addresses -> follow-up to the named advisor, not the team inbox or the no-reply sender.')
    return slug, {'01-oleeo-assessment-booking.eml': message(headers, ent)}, lab


@case
def c04():
    slug = 'b239-04-pa-books-partner-outlook-gmt'
    sent = at(LON, 2026, 10, 21, 9, 12, 40)
    start, end = at(LON, 2026, 10, 29, 16, 0), at(LON, 2026, 10, 29, 17, 0)
    gemma = ('Gemma Lowther', 'gemma.lowther@carrickfane.example')
    nick = ('Nicholas Tremayne', 'nicholas.tremayne@carrickfane.example')
    body = f"""Dear Imogen,

Nicholas has asked me to arrange for you to come in for an interview with him regarding the senior associate position in the litigation team. I have put in {wd(start, 'Thursday')} {dm(start)} at {ampm(start)} for an hour; please accept if that suits, or let me know and I will find an alternative – his diary is fairly full that week.

Please come to the 3rd floor and reception will bring you through.

Kind regards,

Gemma Lowther
PA to Nicholas Tremayne, Partner
Carrick Fane LLP | 14 Hallam Row, London W1J 5QX
D: +44 (0)20 7946 0877
"""
    where = 'Carrick Fane LLP, 14 Hallam Row, London W1J 5QX – 3rd floor'
    eml = outlook_invite(
        seed='c04', frm=f'{gemma[0]} <{gemma[1]}>', to=[OWNER_ADDR, f'{nick[0]} <{nick[1]}>'],
        subject='Interview: Imogen Hartley / Nicholas Tremayne – Senior Associate, Litigation',
        sent=sent, start=start, end=end, tzid='GMT Standard Time', where=where, body=body,
        organizer=gemma, uid=outlook_uid('c04'),
        attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                   (nick[0], nick[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION')])
    lab = label([iv('Carrick Fane LLP', 'Senior Associate, Litigation', start, end, 'hiring_manager', [nick[1]])],
                'medium', 'positive/outlook-invite-pa',
                'Partner\'s PA sends the Outlook invite (organiser only schedules); TZID "GMT Standard Time" with a '
                'week after the 25 Oct clock change -> 16:00+00:00. Partner is the interviewer and follow-up.')
    return slug, {'01-invite-nicholas-tremayne.eml': eml}, lab


@case
def c05():
    slug = 'b239-05-new-york-partner-video-dst-gap'
    sent1 = at(LON, 2026, 10, 22, 12, 30, 5)
    sent2 = at(NYC, 2026, 10, 22, 8, 2, 33)
    start = at(NYC, 2026, 10, 28, 11, 0)
    end = start + timedelta(minutes=45)
    start_uk = start.astimezone(LON)
    assert start_uk.hour == 15 and start_uk.utcoffset() == timedelta(0)
    assert (start.utcoffset() - start_uk.utcoffset()) == timedelta(hours=-4)
    sunday = at(LON, 2026, 10, 25)
    wd(sunday, 'Sunday')
    assert sunday.utcoffset() != at(LON, 2026, 10, 26).utcoffset()
    grant = ('Grant Hollister', 'ghollister@whitlocksterne.example')
    anya = 'Anya Kowalczyk <anya.kowalczyk@whitlocksterne.example>'
    dana = ('Dana Whitfield', 'dwhitfield@whitlocksterne.example')
    body1 = f"""Dear Imogen,

Thank you for coming in to meet Rachel and Tom last week. I am pleased to say that they would like you to speak to Grant Hollister, co-chair of our Global Disputes group, before we take things further. Grant is based in our New York office.

Grant can do {wd(start, 'Wednesday')} {dm(start)} at {ampm(start)} New York time and has asked for 45 minutes by video (Zoom). His assistant, Dana Whitfield, will send you the invitation directly.

A word of caution on timings: the clocks go back here this {dayname(sunday)} ({dm(sunday)}) but do not change in the US until Sunday 1 November, so for that one week New York is only four hours behind London. The call will therefore start at {ampm(start_uk)} UK time, not 4.00pm.

Kind regards,

Anya Kowalczyk
Senior HR Advisor – Legal Recruitment
Whitlock Sterne LLP | 30 Lantern Court, London EC2M 4AA
T: +44 (0)20 7946 0455
anya.kowalczyk@whitlocksterne.example
"""
    eml1 = outlook_mail(seed='c05a', frm=anya, to=[OWNER_ADDR], sent=sent1,
                        subject='Whitlock Sterne – senior associate role, Commercial Litigation (London) – call with Grant Hollister',
                        body=body1)
    zoom_id = digits('c05zoom', 11)
    zoom = f'https://zoom.us/j/{zoom_id}?pwd={tok("c05pwd", 32)}'
    body2 = f"""Hi Imogen,

Grant has asked me to send this over for your conversation about the senior associate role in London. Zoom details below.

Thanks,
Dana

Dana Whitfield
Executive Assistant to Grant Hollister
Whitlock Sterne LLP | 1290 Park Row, New York, NY 10038
+1 212-555-0142

Join Zoom Meeting
{zoom}

Meeting ID: {zoom_id[:3]} {zoom_id[3:7]} {zoom_id[7:]}
Passcode: {digits("c05pc", 6)}
"""
    eml2 = outlook_invite(
        seed='c05b', frm=f'{dana[0]} <{dana[1]}>', to=[OWNER_ADDR, f'{grant[0]} <{grant[1]}>'], cc=[anya],
        subject='Imogen Hartley – Video Interview with Grant Hollister', sent=sent2, start=start, end=end,
        tzid='Eastern Standard Time', where=zoom, body=body2, organizer=dana, uid=outlook_uid('c05b'),
        region='us',
        attendees=[(grant[0], grant[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                   (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                   ('Anya Kowalczyk', 'anya.kowalczyk@whitlocksterne.example', 'OPT-PARTICIPANT', 'NEEDS-ACTION')])
    lab = label([iv('Whitlock Sterne LLP', 'Senior Associate, Commercial Litigation', start_uk, end.astimezone(LON),
                    'hiring_manager', [grant[1]])],
                'hard', 'positive/timezone-dst-gap',
                'London HR e-mail + New York assistant\'s Outlook invite (TZID Eastern Standard Time, display label '
                '"(UTC-05:00)" although EDT applies). 28 Oct falls in the week when London is on GMT and New York '
                'still on EDT: 11:00-04:00 = 15:00 UK. Mail + invite are one interview; only Grant conducts it.')
    return slug, {'01-hr-london-call-with-ny-partner.eml': eml1,
                  '02-invite-video-interview-grant-hollister.eml': eml2}, lab


@case
def c06():
    slug = 'b239-06-reschedule-across-clock-change'
    sent1 = at(LON, 2026, 10, 13, 10, 40, 10)
    sent2 = at(LON, 2026, 10, 19, 17, 5, 51)
    sent3 = at(LON, 2026, 10, 20, 9, 31, 2)
    first = at(LON, 2026, 10, 22, 10, 0)
    start = at(LON, 2026, 10, 27, 10, 0)
    assert first.utcoffset() == timedelta(hours=1) and start.utcoffset() == timedelta(0)
    lorraine = ('Lorraine Beckett', 'lorraine.beckett@morlandashby.example')
    simon = ('Simon Dunmore', 'simon.dunmore@morlandashby.example')
    subj = 'Interview – Imogen Hartley (Senior Associate, Commercial Litigation)'
    where = 'Morland Ashby LLP, 2 Temple Wharf, London EC4Y 0HP – 5th floor reception'
    sig = ('Lorraine Beckett\nPA to Simon Dunmore and Frances Okoye\nMorland Ashby LLP\n'
           'T: +44 (0)20 7946 0612\n')
    att = [(simon[0], simon[1], 'REQ-PARTICIPANT', 'ACCEPTED'), (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')]
    uid = outlook_uid('c06')
    body1 = f"""Dear Imogen,

Further to your discussions with Kingsmere, Simon would like to meet you for an interview for the senior associate role in the commercial litigation team. I have sent the time through below ({wd(first, 'Thursday')} {dm(first)}, {ampm(first)}, one hour).

Kind regards,

{sig}"""
    eml1 = outlook_invite(seed='c06a', frm=f'{lorraine[0]} <{lorraine[1]}>', to=[OWNER_ADDR, f'{simon[0]} <{simon[1]}>'],
                          subject=subj, sent=sent1, start=first, end=first + timedelta(hours=1),
                          tzid='GMT Standard Time', where=where, body=body1, organizer=lorraine,
                          attendees=att, uid=uid, seq=0)
    mid1 = mid_outlook('c06a')
    this_thu = sent2 + timedelta(days=3)
    assert this_thu.date() == first.date()
    body2 = f"""Dear Imogen,

I am so sorry to do this at short notice, but Simon's trial has been brought forward and he will now be in court all day this {wd(this_thu, 'Thursday')}.

Would {wd(start, 'Tuesday')} {dm(start)} at the same time ({ampm(start)}) work for you instead? I have pencilled it into Simon's diary and will send an updated invitation once you confirm.

Apologies again.

Kind regards,

{sig}
________________________________
From: Lorraine Beckett <lorraine.beckett@morlandashby.example>
Sent: {dayname(sent1)}, {dmy(sent1)} {hhmm(sent1)}
To: Imogen Hartley <imogen.hartley@example.com>; Simon Dunmore <simon.dunmore@morlandashby.example>
Subject: {subj}
When: {outlook_when(first, first + timedelta(hours=1), 'GMT Standard Time')}
Where: {where}
"""
    eml2 = outlook_mail(seed='c06b', frm=f'{lorraine[0]} <{lorraine[1]}>', to=[OWNER_ADDR], sent=sent2,
                        subject='RE: ' + subj, body=body2, in_reply_to=mid1, references=mid1)
    body3 = f"""Dear Imogen,

Thank you for confirming. The interview with Simon is now on {dayname(start)} {dm(start)} at {ampm(start)}; everything else is unchanged.

Kind regards,

{sig}"""
    eml3 = outlook_invite(seed='c06c', frm=f'{lorraine[0]} <{lorraine[1]}>', to=[OWNER_ADDR, f'{simon[0]} <{simon[1]}>'],
                          subject=subj, sent=sent3, start=start, end=start + timedelta(hours=1),
                          tzid='GMT Standard Time', where=where, body=body3, organizer=lorraine,
                          attendees=att, uid=uid, seq=1)
    lab = label([iv('Morland Ashby LLP', 'Senior Associate, Commercial Litigation', start, start + timedelta(hours=1),
                    'hiring_manager', [simon[1]])],
                'hard', 'positive/reschedule',
                'Outlook invite (SEQUENCE 0) for Thu 22 Oct 10:00 BST, PA e-mail moves it to Tue 27 Oct "same time", '
                'updated invite (same UID, SEQUENCE 1). The clock change on 25 Oct means the same wall-clock 10:00 '
                'is +00:00 not +01:00. One interview at the final time.')
    return slug, {'01-invite-simon-dunmore.eml': eml1, '02-re-trial-moved-new-date.eml': eml2,
                  '03-updated-invite-simon-dunmore.eml': eml3}, lab


@case
def c07():
    slug = 'b239-07-inhouse-teams-interview-cancelled'
    sent1 = at(LON, 2026, 9, 28, 14, 10)
    sent2 = at(LON, 2026, 10, 1, 9, 55, 30)
    start, end = at(LON, 2026, 10, 5, 13, 30), at(LON, 2026, 10, 5, 14, 15)
    rhi = ('Rhiannon Pryce', 'rhiannon.pryce@fenwickmarine.example')
    ed = ('Edward Lam', 'edward.lam@fenwickmarine.example')
    subj = 'Fenwick Marine – Litigation Counsel interview – Imogen Hartley'
    uid = outlook_uid('c07')
    att = [(ed[0], ed[1], 'REQ-PARTICIPANT', 'ACCEPTED'), (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')]
    sig = ('Rhiannon Pryce\nTalent Acquisition Lead – Corporate Functions\nFenwick Marine Insurance Ltd | '
           '41 Lime Court, London EC3M 7AA\n')
    body1 = f"""Dear Imogen,

Thank you for your application for the Litigation Counsel role in our in-house legal team. Edward Lam, our Deputy General Counsel, would like to meet you on Teams for a 45-minute interview on {wd(start, 'Monday')} {dm(start)} at {ampm(start)}.

Edward will want to talk through your experience of marine and insurance disputes and how you work with external counsel and panel firms.

Best wishes,

{sig}"""
    eml1 = outlook_invite(seed='c07a', frm=f'{rhi[0]} <{rhi[1]}>', to=[OWNER_ADDR, f'{ed[0]} <{ed[1]}>'],
                          subject=subj, sent=sent1, start=start, end=end, tzid='GMT Standard Time',
                          where='Microsoft Teams Meeting', body=body1, organizer=rhi, attendees=att, uid=uid,
                          seq=0, teams=True)
    body2 = f"""Dear Imogen,

I am very sorry, but we need to cancel {wd(start, 'Monday')}'s interview with Edward. Following an internal review the Litigation Counsel role has been put on hold and we are not progressing any candidates at the moment.

I appreciate the time you have already put in and will be in touch if the position reopens.

With apologies and best wishes,

{sig}"""
    eml2 = outlook_invite(seed='c07b', frm=f'{rhi[0]} <{rhi[1]}>', to=[OWNER_ADDR, f'{ed[0]} <{ed[1]}>'],
                          subject=subj, sent=sent2, start=start, end=end, tzid='GMT Standard Time',
                          where='Microsoft Teams Meeting', body=body2, organizer=rhi, attendees=att, uid=uid,
                          seq=1, method='CANCEL')
    lab = label([iv('Fenwick Marine Insurance', 'Litigation Counsel', start, end, 'hiring_manager', [ed[1]],
                    status='cancelled')],
                'medium', 'positive/cancellation',
                'Teams invite (GMT Standard Time, BST date, When-line label "(UTC+00:00)") then METHOD:CANCEL with '
                'the same UID: the role is on hold. Kept as cancelled at 13:30+01:00.')
    return slug, {'01-teams-invite-edward-lam.eml': eml1, '02-canceled-litigation-counsel-interview.eml': eml2}, lab


@case
def c08():
    slug = 'b239-08-manchester-phone-screen-then-second-round'
    sent1 = at(LON, 2026, 9, 24, 10, 22, 7)
    sent2 = at(LON, 2026, 10, 2, 14, 47, 19)
    s1, e1 = at(LON, 2026, 10, 1, 12, 0), at(LON, 2026, 10, 1, 12, 30)
    s2, e2 = at(LON, 2026, 11, 3, 11, 0), at(LON, 2026, 11, 3, 13, 0)
    assert (sent2.date() - s1.date()).days == 1
    chloe = 'chloe.marsden@brindleyhale.example'
    gareth = 'gareth.hughes@brindleyhale.example'
    nadia = 'nadia.rahman@brindleyhale.example'
    sig = ('Chloe Marsden\nTalent Acquisition Business Partner\nBrindley Hale LLP\n'
           '4 Hardman Quay, Spinningfields, Manchester M3 3EB\n'
           f'{chloe} | 0161 496 0734\n')
    subj = 'Brindley Hale – Senior Associate, Commercial Disputes (Manchester)'
    body1 = f"""Dear Imogen,

Thank you for applying for the Senior Associate role in our Commercial Disputes team in Manchester.

I'd like to set up an initial telephone interview to talk through your experience, your plans for relocating and the practical side of the role (including our hybrid working arrangements). I've booked you in for {wd(s1, 'Thursday')} {dm(s1)} at 12 noon. I'll call you on the mobile number on your application (07700 900612); we should need no more than 30 minutes.

If the time doesn't work, just let me know.

Best wishes,

{sig}"""
    eml1 = outlook_mail(seed='c08a', frm=f'Chloe Marsden <{chloe}>', to=[OWNER_ADDR], sent=sent1,
                        subject=subj + ' – initial call', body=body1)
    mid1 = mid_outlook('c08a')
    body2 = f"""Dear Imogen,

Thank you for your time on the phone yesterday – I really enjoyed our conversation.

I'm delighted to say that we'd like to invite you to Manchester for a second interview with Gareth Hughes (Partner, Head of Commercial Disputes – North) and Nadia Rahman (Partner). I'm sending you a calendar invitation for {wd(s2, 'Tuesday')} {dm(s2)}, {ampm(s2)} to {ampm(e2)}, at our Spinningfields office. Gareth and Nadia will ask you to spend about 10 minutes talking them through a recent matter of your choice, followed by a discussion.

We'll reimburse your rail fare from London – please keep your tickets.

Best wishes,

{sig}
From: Chloe Marsden <{chloe}>
Sent: {dayname(sent1)}, {dmy(sent1)} {hhmm(sent1)}
To: Imogen Hartley <{OWNER}>
Subject: {subj} – initial call

Dear Imogen,

Thank you for applying for the Senior Associate role in our Commercial Disputes team in Manchester. [...]
"""
    eml2 = outlook_mail(seed='c08b', frm=f'Chloe Marsden <{chloe}>', to=[OWNER_ADDR], sent=sent2,
                        subject='RE: ' + subj + ' – initial call', body=body2, in_reply_to=mid1, references=mid1)
    eid = tok('c08eid', 26, 'abcdefghijklmnopqrstuv0123456789')
    event = {
        'kind': 'calendar#event',
        'etag': f'"{digits("c08etag", 16)}"',
        'id': eid,
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' +
                    base64.urlsafe_b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        'created': '2026-10-02T13:49:02.000Z',
        'updated': '2026-10-02T14:03:55.412Z',
        'summary': 'Brindley Hale – second interview – Imogen Hartley',
        'description': ('Second interview for the Senior Associate, Commercial Disputes role (Manchester) with '
                        'Gareth Hughes and Nadia Rahman. Please ask for Chloe Marsden at 6th floor reception. '
                        'Approx. 10 minutes on a recent matter of your choice, then discussion.'),
        'location': 'Brindley Hale LLP, 4 Hardman Quay, Spinningfields, Manchester M3 3EB – Meeting Room 6.2',
        'creator': {'email': chloe, 'displayName': 'Chloe Marsden'},
        'organizer': {'email': chloe, 'displayName': 'Chloe Marsden'},
        'start': {'dateTime': gapi_time(s2), 'timeZone': 'Europe/London'},
        'end': {'dateTime': gapi_time(e2), 'timeZone': 'Europe/London'},
        'iCalUID': outlook_uid('c08ical'),
        'sequence': 0,
        'attendees': [
            {'email': chloe, 'displayName': 'Chloe Marsden', 'organizer': True, 'responseStatus': 'accepted'},
            {'email': gareth, 'displayName': 'Gareth Hughes', 'responseStatus': 'accepted'},
            {'email': nadia, 'displayName': 'Nadia Rahman', 'responseStatus': 'tentative'},
            {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'},
        ],
        'guestsCanInviteOthers': False,
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    role = 'Senior Associate, Commercial Disputes (Manchester)'
    lab = label([iv('Brindley Hale LLP', role, s1, e1, 'phone_screen', [chloe]),
                 iv('Brindley Hale LLP', role, s2, e2, 'onsite', [gareth, nadia])],
                'hard', 'positive/two-interviews',
                'Two interviews: a telephone screen conducted by the TA partner (Thu 1 Oct 12 noon BST, 30 min), '
                'then an in-person second interview with two partners in Manchester after the clock change '
                '(Calendar API event, dateTime printed with Z; 11:00+00:00). Her second e-mail ("yesterday") '
                'refers to the first, which must not be double counted.')
    return slug, {'01-initial-telephone-interview.eml': eml1, '02-re-second-interview-manchester.eml': eml2,
                  '03-second-interview.gcal.json': json.dumps(event, indent=2, ensure_ascii=False) + '\n'}, lab


@case
def c09():
    slug = 'b239-09-agency-thread-propose-confirm'
    sent1 = at(LON, 2026, 10, 6, 10, 14, 52)
    reply = at(LON, 2026, 10, 6, 12, 40, 3)
    sent2 = at(LON, 2026, 10, 6, 15, 2, 9)
    opt1 = at(LON, 2026, 10, 12, 17, 30)
    start = at(LON, 2026, 10, 14, 8, 30)
    end = start + timedelta(minutes=45)
    freya = 'freya.doyle@kingsmere-legal.example'
    sig = ('--\nFreya Doyle\nSenior Consultant | In-house Legal\nKingsmere Legal Recruitment\n'
           '+44 (0)20 7946 0190 | +44 (0)7700 900331\n')
    body1 = f"""Hi Imogen,

Hope the CMC went well yesterday!

Quillon Media have come back very positively on your CV for the Senior Litigation Counsel role. Marcus Ireland (Head of Litigation) would like to meet you in person at their King's Cross office and has offered two slots:

- {wd(opt1, 'Monday')} {opt1.day}th October, {ampm(opt1)}
- {wd(start, 'Wednesday')} {start.day}th October, {ampm(start)}

It would be 45 minutes with Marcus on his own; if that goes well the next step would be the General Counsel.

Which would you prefer?

Best,
Freya

{sig}"""
    m1 = mid_gmail('c09a')
    m_reply = mid_gmail('c09owner')
    eml1 = gmail_mail(seed='c09a', frm=f'Freya Doyle <{freya}>', to=[OWNER_ADDR], sent=sent1,
                      subject='Quillon Media – Senior Litigation Counsel – interview times', body=body1)
    quoted_owner = (f'Hi Freya,\n\nWednesday at 8.30 please – I\'m at a hearing on the Monday afternoon and it '
                    f'could easily run late.\n\nThanks,\nImogen\n\n'
                    f'On {dayname(sent1)[:3]}, {sent1.day} {MONTHS[sent1.month - 1][:3]} {sent1.year} at '
                    f'{hhmm(sent1)}, Freya Doyle <{freya}> wrote:\n' +
                    '\n'.join('> ' + x if x else '>' for x in body1.rstrip('\n').split('\n')))
    body2 = f"""Brilliant – that's confirmed for {wd(start, 'Wednesday')} 14th at {ampm(start)} with Marcus. Allow 45 minutes.

Address: Quillon Media Group, 5 Granary Steps, London N1C 4BT. Ask for Marcus at 3rd floor reception; they'll have your name.

I'll give you a call on Tuesday evening to run through Quillon's current disputes – they have a large copyright claim on foot which will almost certainly come up.

Freya

{sig}
On {dayname(reply)[:3]}, {reply.day} {MONTHS[reply.month - 1][:3]} {reply.year} at {hhmm(reply)}, Imogen Hartley <{OWNER}> wrote:
""" + '\n'.join('> ' + x if x else '>' for x in quoted_owner.split('\n')) + '\n'
    eml2 = gmail_mail(seed='c09b', frm=f'Freya Doyle <{freya}>', to=[OWNER_ADDR], sent=sent2,
                      subject='Re: Quillon Media – Senior Litigation Counsel – interview times', body=body2,
                      in_reply_to=m_reply, references=f'{m1}\n {m_reply}')
    lab = label([iv('Quillon Media Group', 'Senior Litigation Counsel', start, end, 'hiring_manager', [], [freya])],
                'medium', 'positive/thread-propose-confirm',
                'Agency offers two slots (Mon 12th 5.30pm / Wed 14th 8.30am), candidate\'s choice is only visible '
                'quoted, consultant confirms Wednesday. The unchosen slot is not an interview. Interviewer has no '
                'address -> follow-up to the consultant.')
    return slug, {'01-quillon-interview-times.eml': eml1, '02-re-quillon-confirmed.eml': eml2}, lab


@case
def c10():
    slug = 'b239-10-standalone-ics-screening-call'
    stamp = at(LON, 2026, 11, 2, 16, 44, 10)
    start, end = at(LON, 2026, 11, 9, 9, 30), at(LON, 2026, 11, 9, 10, 0)
    bea = ('Beatrix Noon', 'beatrix.noon@orrinpharma.example')
    url, block = teams_meeting('c10')
    desc = f"""Hi Imogen,

Thank you for your application for the Legal Counsel (Litigation & Investigations) role. This is a 30-minute screening call with me on Teams to talk through your background, notice period and what you are looking for, before we arrange interviews with our General Counsel.

Speak on {wd(start, 'Monday')},
Beatrix

Beatrix Noon
Talent Partner – Legal, Compliance & Finance
Orrin Pharmaceuticals UK Ltd

{block}
"""
    L = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    L += VTZ_GMT_STANDARD + [
        'BEGIN:VEVENT', f'ORGANIZER;CN={bea[0]}:mailto:{bea[1]}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}',
        f'DESCRIPTION;LANGUAGE=en-GB:{ics_esc(desc)}',
        f'UID:{outlook_uid("c10")}',
        f'SUMMARY;LANGUAGE=en-GB:{ics_esc("Orrin Pharmaceuticals – screening call – Legal Counsel (Litigation & Investigations)")}',
        f'DTSTART;TZID=GMT Standard Time:{ics_local(start, LON)}',
        f'DTEND;TZID=GMT Standard Time:{ics_local(end, LON)}',
        'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{ics_utc(stamp)}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
        'SEQUENCE:0', 'LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting',
        'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
        'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
        'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
        f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}',
        'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
        'X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting',
        'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
        'END:VEVENT', 'END:VCALENDAR']
    lab = label([iv('Orrin Pharmaceuticals', 'Legal Counsel (Litigation & Investigations)', start, end,
                    'phone_screen', [bea[1]])],
                'medium', 'positive/standalone-ics',
                'Standalone Exchange .ics only, TZID "GMT Standard Time" in November (+00:00). The talent partner '
                'organises and conducts the screen herself -> she is interviewer and follow-up.')
    return slug, {'01-orrin-screening-call.ics': ics_join(L)}, lab


@case
def c11():
    slug = 'b239-11-gcal-api-general-counsel-interview'
    start, end = at(LON, 2026, 9, 30, 15, 0), at(LON, 2026, 9, 30, 15, 45)
    ruth = 'ruth.adeyemi@tallisfreight.example'
    group = 'c_' + tok('c11grp', 26, 'abcdefghijklmnopqrstuvwxyz0123456789') + '@group.calendar.google.com'
    eid = tok('c11eid', 26, 'abcdefghijklmnopqrstuv0123456789')
    meet = 'tfk-' + tok('c11m1', 4, 'abcdefghijklmnopqrstuvwxyz') + '-' + tok('c11m2', 3, 'abcdefghijklmnopqrstuvwxyz')
    event = {
        'kind': 'calendar#event',
        'etag': f'"{digits("c11etag", 16)}"',
        'id': eid,
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' +
                    base64.urlsafe_b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        'created': '2026-09-23T08:12:40.000Z',
        'updated': '2026-09-23T08:15:02.904Z',
        'summary': 'Interview: Imogen Hartley <> Ruth Adeyemi (Legal Counsel, Disputes)',
        'description': ('Hi Imogen – this is your first-stage interview for the Legal Counsel (Disputes) role '
                        'with Ruth Adeyemi, our General Counsel. Ruth will want to talk about how you would '
                        'approach claims against carriers and warehouse operators and how you would manage '
                        'external counsel on a tight budget.\n\nJoin with Google Meet. Any problems, reply to '
                        'talent@tallisfreight.example.\n\nTallis Freight Technologies – Talent team'),
        'creator': {'email': 'talent@tallisfreight.example', 'displayName': 'Tallis Talent'},
        'organizer': {'email': group, 'displayName': 'Tallis – Interviews'},
        'start': {'dateTime': gapi_time(start), 'timeZone': 'Europe/London'},
        'end': {'dateTime': gapi_time(end), 'timeZone': 'Europe/London'},
        'iCalUID': f'{eid}@google.com',
        'sequence': 0,
        'attendees': [
            {'email': ruth, 'displayName': 'Ruth Adeyemi', 'responseStatus': 'accepted'},
            {'email': OWNER, 'self': True, 'responseStatus': 'accepted'},
        ],
        'hangoutLink': f'https://meet.google.com/{meet}',
        'conferenceData': {
            'entryPoints': [
                {'entryPointType': 'video', 'uri': f'https://meet.google.com/{meet}', 'label': f'meet.google.com/{meet}'},
                {'entryPointType': 'phone', 'uri': 'tel:+44-20-7946-0961', 'label': '+44 20 7946 0961',
                 'pin': digits('c11pin', 9), 'regionCode': 'GB'},
            ],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
            'conferenceId': meet,
        },
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    wd(start, 'Wednesday')
    lab = label([iv('Tallis Freight Technologies', 'Legal Counsel (Disputes)', start, end, 'hiring_manager', [ruth])],
                'easy', 'positive/gcal-api',
                'Calendar API event only; organiser is a group calendar and the creator a team inbox (neither is a '
                'follow-up). The General Counsel attendee conducts the interview.')
    return slug, {'01-tallis-first-stage.gcal.json': json.dumps(event, indent=2, ensure_ascii=False) + '\n'}, lab


@case
def c12():
    slug = 'b239-12-agency-email-and-firm-teams-invite'
    sent1 = at(UTC, 2026, 11, 4, 17, 20, 41)
    sent2 = at(UTC, 2026, 11, 5, 9, 3, 12)
    start, end = at(LON, 2026, 11, 10, 14, 0), at(LON, 2026, 11, 10, 15, 0)
    jas = 'Jasmine Cole <jasmine.cole@benchmarklegal.example>'
    har = ('Harriet Vickers', 'harriet.vickers@selwynbrooke.example')
    phil = ('Philippa Grant', 'philippa.grant@selwynbrooke.example')
    owen = ('Owen Maddox', 'owen.maddox@selwynbrooke.example')
    body1 = f"""Hi Imogen,

Great news – Selwyn Brooke would like to meet you for a first interview for the Senior Associate, Dispute Resolution role:

{wd(start, 'Tuesday')} {dm(start)}, {ampm(start)} (1 hour) – by Microsoft Teams
Philippa Grant – Partner, Head of Dispute Resolution
Owen Maddox – Senior Associate

Harriet Vickers in their HR team will send you the Teams invitation directly. Philippa likes to focus on client relationships and business development, so have a couple of examples ready; Owen will be more technical.

Shout if you have any questions.

Best wishes,
Jasmine

Jasmine Cole
Principal Consultant – Legal Practice
Benchmark Legal Talent
M: +44 (0)7700 900878
"""
    eml1 = outlook_mail(seed='c12a', frm=jas, to=[OWNER_ADDR], sent=sent1,
                        subject=f'Interview confirmed – Selwyn Brooke LLP – {wd(start, "Tuesday")[:4]} {start.day} Nov, {ampm(start)}',
                        body=body1)
    body2 = f"""Dear Imogen,

Please find below the Teams details for your interview with Philippa Grant and Owen Maddox for the Senior Associate, Dispute Resolution role.

If you have any technical difficulties on the day, please call me on 020 7946 0733.

Kind regards,

Harriet Vickers
HR Advisor
Selwyn Brooke LLP | 8 Bedford Lanes, London WC1R 4HQ
"""
    eml2 = outlook_invite(seed='c12b', frm=f'{har[0]} <{har[1]}>',
                          to=[OWNER_ADDR, f'{phil[0]} <{phil[1]}>', f'{owen[0]} <{owen[1]}>'],
                          subject='Interview – Imogen Hartley – Senior Associate, Dispute Resolution',
                          sent=sent2, start=start, end=end, tzid='GMT Standard Time',
                          where='Microsoft Teams Meeting', body=body2, organizer=har, uid=outlook_uid('c12'),
                          teams=True,
                          attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                     (phil[0], phil[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                     (owen[0], owen[1], 'REQ-PARTICIPANT', 'ACCEPTED')])
    lab = label([iv('Selwyn Brooke LLP', 'Senior Associate, Dispute Resolution', start, end, 'onsite',
                    [phil[1], owen[1]])],
                'medium', 'positive/dedupe',
                'Agency confirmation e-mail + the firm\'s Teams invite for the same slot = one interview. Two '
                'interviewers (panel -> onsite); HR organiser only schedules.')
    return slug, {'01-benchmark-interview-confirmed.eml': eml1, '02-selwyn-brooke-teams-invite.eml': eml2}, lab


@case
def c13():
    slug = 'b239-13-bank-portal-tomorrow-relative-date'
    sent = at(UTC, 2026, 9, 17, 17, 5, 31)
    tomorrow = sent.astimezone(LON).date() + timedelta(days=1)
    start = at(LON, tomorrow.year, tomorrow.month, tomorrow.day, 11, 0)
    end = start + timedelta(minutes=45)
    wd(start, 'Friday')
    body = """Hi Imogen,

Thanks for choosing a slot – your video interview is booked for tomorrow at 11:00 (UK time).

Role: Senior Associate, Litigation – Group Legal (Req. 118204)
Format: Video interview on Microsoft Teams – 45 minutes
With: Kwame Asante, Head of Litigation, Group Legal

Your Teams link will appear in your candidate dashboard an hour before the interview starts.

Need to change something? Contact Esther Lowe, Resourcing Partner, at esther.lowe@marchmontbank.example and she'll help.

Good luck!

Marchmont Bank Resourcing"""
    footer = ('You are receiving this email because you applied for a role at Marchmont Bank plc. '
              'Please do not reply to this message. Manage your notification preferences in your candidate profile.')
    ent = multi('alternative', f'b1_{hexs("c13b", 32, False)}', [
        text(body + '\n\n' + footer + '\n', enc='base64'),
        text(portal_html('Marchmont Bank Careers', '#6a1b4d', body, footer), 'html', enc='base64')])
    headers = [
        ('Delivered-To', OWNER),
        ('Received', received('o7.careers-mail.marchmontbank.example', '203.0.113.77', sent, 'c13')),
        ('Return-Path', '<bounces@careers-mail.marchmontbank.example>'),
        ('Date', rfc(sent)),
        ('To', OWNER_ADDR),
        ('From', 'Marchmont Bank Careers <careers-noreply@marchmontbank.example>'),
        ('Subject', hdr('Your interview is booked – Senior Associate, Litigation (Group Legal)')),
        ('Message-ID', f'<{hexs("c13mid", 32, False)}@careers-mail.marchmontbank.example>'),
        ('X-Mailer', 'Candidate Portal Notifications'),
    ]
    lab = label([iv('Marchmont Bank', 'Senior Associate, Litigation – Group Legal', start, end, 'hiring_manager', [],
                    ['esther.lowe@marchmontbank.example'])],
                'hard', 'positive/relative-date',
                'Portal booking e-mail (base64 parts) says only "tomorrow at 11:00 (UK time)"; Date header is '
                'Thu 17 Sep 17:05 +0000 (18:05 BST) -> Fri 18 Sep 11:00+01:00. Interviewer has no address -> '
                'follow-up to the named resourcing partner, not the no-reply sender.')
    return slug, {'01-your-interview-is-booked.eml': message(headers, ent)}, lab


# =========================================================================== negative look-alikes
DL_SIG_JR = ('Jonathan Reyes\nPartner | Commercial Litigation\nDraycott Lisle LLP | 60 Carter Walk, London EC4M 7DX\n'
             'T: +44 (0)20 7946 0100\n')
JONATHAN = ('Jonathan Reyes', 'jonathan.reyes@draycottlisle.example')
ELLA = ('Ella Morton', 'ella.morton@draycottlisle.example')


@case
def c14():
    slug = 'b239-14-court-hearing-listed-for-1030'
    sent1 = at(LON, 2026, 9, 29, 14, 12, 37)
    sent2 = at(LON, 2026, 9, 30, 9, 5, 2)
    start, end = at(LON, 2026, 10, 16, 10, 30), at(LON, 2026, 10, 16, 13, 0)
    skel = at(LON, 2026, 10, 13, 16, 0)
    body1 = f"""Dear Sirs,

CLAIM NO: CL-2025-000812
BRACKLEY HOLDINGS LIMITED v SEFTON MARINE SERVICES LIMITED

TAKE NOTICE that the Pre-Trial Review in the above matter has been listed for 10:30 on {wd(start, 'Friday')} {dmy(start)} before the Honourable Mrs Justice Carrow at the Rolls Building, 7 Rolls Buildings, Fetter Lane, London EC4A 1NL. Time estimate: half a day.

The hearing will take place in person. The court number will be published in the cause list the afternoon before the hearing.

Skeleton arguments and an agreed reading list must be lodged via CE-File no later than 4pm on {wd(skel, 'Tuesday')} {dm(skel)}. Any application concerning the admissibility of the witness interview transcripts referred to in the Claimant's letter of 21 September must be issued separately and will not be dealt with at the PTR unless the Judge directs otherwise.

Please notify the Listing Office immediately if the matter settles.

Commercial Court Listing Office
Business and Property Courts of England and Wales
Tel: 020 7946 0040

This e-mail and any attachments are intended for the named recipient(s) only.
"""
    eml1 = message([
        ('Delivered-To', OWNER),
        ('Received', received('mail.courts-listing.example', '198.51.100.201', sent1, 'c14a')),
        ('Return-Path', '<comct.listing@courts-listing.example>'),
        ('From', 'Commercial Court Listing <comct.listing@courts-listing.example>'),
        ('To', f'{OWNER_ADDR}, "Fleet Court Chambers Clerks" <clerks@fleetcourtchambers.example>'),
        ('CC', 'Sefton Marine Litigation <disputes@harlowgate-law.example>'),
        ('Subject', 'CL-2025-000812 Brackley Holdings Ltd v Sefton Marine Services Ltd - Notice of Hearing (PTR)'),
        ('Date', rfc(sent1)),
        ('Message-ID', f'<{hexs("c14a", 20)}.comct@courts-listing.example>'),
    ], text(body1, enc='7bit', charset='us-ascii'))
    body2 = f"""HEARING – please keep this time free.

Brackley Holdings Ltd v Sefton Marine Services Ltd (CL-2025-000812) – Pre-Trial Review
Listed for 10:30 on {dayname(start)} {dm(start)} before Mrs Justice Carrow, Rolls Building. Time estimate: half a day (diarised to 13:00).
Counsel: Alexander Pike (Fleet Court Chambers).
Attending: Jonathan Reyes, Imogen Hartley, Ella Morton.
Skeleton to counsel for settling by {dayname(skel - timedelta(days=2))} {dm(skel - timedelta(days=2))}; lodge by 4pm {dayname(skel)} {dm(skel)}.

Litigation Diary
Draycott Lisle LLP
"""
    eml2 = outlook_invite(seed='c14b', frm='Litigation Diary <lit.diary@draycottlisle.example>',
                          to=[OWNER_ADDR, f'{JONATHAN[0]} <{JONATHAN[1]}>', f'{ELLA[0]} <{ELLA[1]}>'],
                          subject='HEARING: Brackley v Sefton – PTR – listed for 10:30 – Rolls Building',
                          sent=sent2, start=start, end=end, tzid='GMT Standard Time',
                          where='Rolls Building, Fetter Lane, London EC4A 1NL',
                          body=body2, organizer=('Litigation Diary', 'lit.diary@draycottlisle.example'),
                          uid=outlook_uid('c14'),
                          attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                     (JONATHAN[0], JONATHAN[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                     (ELLA[0], ELLA[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION')])
    lab = label([], 'medium', 'negative/court-hearing',
                'The owner\'s own court hearing: notice of hearing "listed for 10:30" plus her firm\'s diary invite. '
                'Mentions witness interview transcripts; not a job interview.')
    return slug, {'01-notice-of-hearing-ptr.eml': eml1, '02-diary-invite-hearing.eml': eml2}, lab


@case
def c15():
    slug = 'b239-15-client-conference-call-teams'
    sent = at(LON, 2026, 11, 6, 11, 20, 16)
    start, end = at(LON, 2026, 11, 11, 15, 0), at(LON, 2026, 11, 11, 16, 0)
    mariam = ('Mariam Sheikh', 'mariam.sheikh@heronlogistics.example')
    paul = ('Paul Dimmock', 'paul.dimmock@heronlogistics.example')
    body = f"""Mariam, Paul,

As discussed, a call to take stock of the supplier claim before the response to the letter of claim goes out. Suggested agenda:

1. Update on the pre-action correspondence and the limitation position
2. The internal interviews your compliance team conducted with the procurement staff – what we need from them and how to keep them privileged
3. Document preservation and the scope of any early disclosure
4. Budget and next steps

Imogen will circulate a short note beforehand.

Kind regards,

{DL_SIG_JR}"""
    eml = outlook_invite(seed='c15', frm=f'{JONATHAN[0]} <{JONATHAN[1]}>',
                         to=[f'{mariam[0]} <{mariam[1]}>', f'{paul[0]} <{paul[1]}>', OWNER_ADDR],
                         subject='Heron Logistics / Draycott Lisle – call re supplier claim [PRIVILEGED]',
                         sent=sent, start=start, end=end, tzid='GMT Standard Time',
                         where='Microsoft Teams Meeting', body=body, organizer=JONATHAN,
                         uid=outlook_uid('c15'), teams=True,
                         attendees=[(mariam[0], mariam[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                    (paul[0], paul[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                    (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')])
    wd(start, 'Wednesday')
    lab = label([], 'medium', 'negative/client-call',
                'Teams invite from the owner\'s partner for a client conference call (GC + head of procurement); '
                'agenda mentions internal interviews of staff. Work meeting, not a job interview.')
    return slug, {'01-teams-client-call-heron.eml': eml}, lab


@case
def c16():
    slug = 'b239-16-cpd-webinar-cross-examination'
    sent = at(UTC, 2026, 10, 6, 13, 2, 44)
    start, end = at(LON, 2026, 10, 20, 12, 30), at(LON, 2026, 10, 20, 13, 30)
    webinar_id = digits('c16wid', 11)
    join = f'https://us06web.zoom.us/w/{webinar_id}?tk={tok("c16tk", 43)}.DQcAAAA{tok("c16tk2", 20)}'
    title = 'Cross-examination masterclass: preparing for trial and interviewing witnesses'
    body = f"""Hi Imogen Hartley,

Thank you for registering for "{title}".

Please submit any questions to: cpd@londonlitigators.example

Date Time: {MONTHS[start.month - 1][:3]} {start.day}, {start.year} {us_time(start)} London

Join from PC, Mac, iPad, or Android:
{join}
Passcode: {digits("c16pc", 6)}

Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

Description: A one-hour advocacy session for solicitors and junior counsel. HHJ Margaret Ellwood (retired) and Tobias Renn KC cover structuring a cross-examination, controlling the hostile witness and the do's and don'ts of interviewing witnesses before trial. Suitable for your annual continuing competence reflection; a certificate of attendance will be e-mailed afterwards.

You can cancel your registration at any time.

London Litigators' Forum
"""
    ics_text = ics_join(
        ['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
         'METHOD:PUBLISH', 'CLASS:PUBLIC'] + VTZ_EUROPE_LONDON +
        ['BEGIN:VEVENT', f'DTSTAMP:{ics_utc(sent)}',
         f'DTSTART;TZID=Europe/London:{ics_local(start, LON)}', f'DTEND;TZID=Europe/London:{ics_local(end, LON)}',
         f'SUMMARY:{ics_esc(title)}', f'UID:{hexs("c16uid", 32, False)}-{webinar_id}@zoom.us', 'TZID:Europe/London',
         f'DESCRIPTION:{ics_esc("Hi Imogen Hartley, You are invited to a Zoom webinar. Join: " + join)}',
         f'LOCATION:{join}', 'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder',
         'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'])
    html_body = portal_html("London Litigators' Forum via Zoom", '#0b5cff', body.rstrip('\n'),
                            'Copyright ©2026 Zoom Communications, Inc. All rights reserved.')
    alt = multi('alternative', f'----=_Part_{digits("c16a", 7)}_{digits("c16b", 10)}.{digits("c16c", 13)}',
                [text(body), text(html_body, 'html')])
    ent = multi('mixed', f'----=_Part_{digits("c16d", 7)}_{digits("c16e", 10)}.{digits("c16f", 13)}', [
        alt, leaf(f'text/calendar; charset=utf-8; name="iCal-{ics_local(start, LON)[:8]}-{ics_local(start, LON)[9:15]}.ics"',
                  b64(ics_text), 'base64',
                  [f'Content-Disposition: attachment; filename="iCal-{ics_local(start, LON)[:8]}-{ics_local(start, LON)[9:15]}.ics"'])])
    headers = [
        ('Delivered-To', OWNER),
        ('Received', received('so254-18.mailgun.zoom.us', '198.61.254.18', sent, 'c16')),
        ('Return-Path', '<bounce-mc.zoom@zoom.us>'),
        ('Date', rfc(sent)),
        ('From', '"London Litigators\' Forum" <no-reply@zoom.us>'),
        ('Reply-To', 'cpd@londonlitigators.example'),
        ('To', f'Imogen Hartley <{OWNER}>'),
        ('Message-ID', f'<{digits("c16m", 10)}.{digits("c16n", 6)}.{digits("c16o", 13)}@zoom.us>'),
        ('Subject', hdr(f'{title} Confirmation')),
    ]
    wd(start, 'Tuesday')
    lab = label([], 'medium', 'negative/cpd-webinar',
                'Zoom webinar registration (CPD) with .ics; title mentions interviewing witnesses. A webinar the '
                'owner attends, not a job interview.')
    return slug, {'01-zoom-webinar-registration.eml': message(headers, ent)}, lab


@case
def c17():
    slug = 'b239-17-sra-practising-certificate-reminder'
    sent = at(LON, 2026, 10, 1, 7, 0, 9)
    deadline = at(LON, 2026, 10, 31, 23, 59)
    qa = at(LON, 2026, 10, 13, 12, 30)
    body = f"""Dear Ms Hartley,

SRA ID: {digits("c17sra", 6)}

Practising certificate renewal 2026/27

The renewal period is now open. You must submit your application and make sure your fee has been paid by 23:59 on {wd(deadline, 'Saturday')} {dmy(deadline)}. If your application is late, you may not be able to practise from 1 November.

Before you start
- Check your personal and employment details in mySRA are up to date. If you are moving to a new employer or starting an in-house role during the renewal period, update your employment record first so that your certificate is issued on the correct basis.
- Confirm whether your firm will submit your renewal in bulk, or whether you need to do it yourself.
- Review your continuing competence – you will be asked to confirm that you have reflected on your practice and addressed any learning needs.

Questions?
Join our live renewals Q&A session on {wd(qa, 'Tuesday')} {dm(qa)} at {ampm(qa)}, or visit the renewals pages on our website.

Log in to mySRA: https://www.sra.org.uk/mysra

Yours sincerely,

Solicitors Regulation Authority
The Cube, 199 Wharfside Street, Birmingham B1 1RN

This is an automated message – please do not reply.
"""
    ent = multi('alternative', f'--_NmP-{hexs("c17b", 16, False)}-Part_1', [
        text(body), text(portal_html('Solicitors Regulation Authority', '#00385f', body.rstrip('\n'),
                                     'Solicitors Regulation Authority. Please do not reply to this e-mail.'), 'html')])
    headers = [
        ('Delivered-To', OWNER),
        ('Received', received('mta.sra-mail.example', '192.0.2.66', sent, 'c17')),
        ('Return-Path', '<bounce@sra-mail.example>'),
        ('From', 'Solicitors Regulation Authority <noreply@sra.org.uk>'),
        ('To', f'Imogen Hartley <{OWNER}>'),
        ('Date', rfc(sent)),
        ('Subject', 'Action needed: renew your practising certificate by 31 October 2026'),
        ('Message-ID', f'<{hexs("c17mid", 16, False)}-{digits("c17n", 8)}@sra-mail.example>'),
        ('List-Unsubscribe', '<mailto:unsubscribe@sra-mail.example>'),
    ]
    lab = label([], 'easy', 'negative/regulator-reminder',
                'SRA practising certificate renewal reminder with a deadline, a Q&A session and "new employer" '
                'wording. Not an interview.')
    return slug, {'01-sra-renewal-reminder.eml': message(headers, ent)}, lab


@case
def c18():
    slug = 'b239-18-owner-interviews-trainee-for-nq-role'
    sent = at(LON, 2026, 11, 6, 15, 41, 27)
    start, end = at(LON, 2026, 11, 12, 10, 0), at(LON, 2026, 11, 12, 10, 40)
    laura = ('Laura Finch', 'laura.finch@draycottlisle.example')
    body = f"""Dear Jonathan and Imogen,

Thank you both for agreeing to interview Samuel Adebayo for the NQ solicitor position in Commercial Litigation. Samuel is currently a trainee solicitor in his fourth seat (Real Estate Disputes); he sat in Commercial Litigation in his second seat.

His CV, seat appraisals and NQ application form are in the Early Careers folder on SharePoint. The interview is 30 minutes with 10 minutes afterwards for the two of you to agree scores. Please use the standard NQ competency grid and return it to me by close of business on {wd(start, 'Thursday')}.

Samuel has been sent a separate invitation.

Many thanks,

Laura Finch
Early Careers Manager
Draycott Lisle LLP
"""
    eml = outlook_invite(seed='c18', frm=f'{laura[0]} <{laura[1]}>',
                         to=[f'{JONATHAN[0]} <{JONATHAN[1]}>', OWNER_ADDR],
                         subject='NQ interview – Samuel Adebayo – Commercial Litigation (interviewers: JR / IH)',
                         sent=sent, start=start, end=end, tzid='GMT Standard Time',
                         where='Meeting Room 5.03, 60 Carter Walk', body=body, organizer=laura,
                         uid=outlook_uid('c18'),
                         attendees=[(JONATHAN[0], JONATHAN[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                    (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')])
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'Outlook invite to the owner as an interviewer of a trainee solicitor applying for an NQ role at '
                'her current firm. She is on the panel, not the candidate.')
    return slug, {'01-nq-interview-panel.eml': eml}, lab


@case
def c19():
    slug = 'b239-19-witness-interview-teams'
    sent = at(LON, 2026, 10, 29, 16, 18, 3)
    start, end = at(LON, 2026, 11, 3, 14, 0), at(LON, 2026, 11, 3, 16, 0)
    pike = ('Alexander Pike', 'alexander.pike@fleetcourtchambers.example')
    farrell = ('Declan Farrell', 'declan.farrell@farrell-advisory.example')
    body = f"""PRIVILEGED & CONFIDENTIAL – PREPARED IN CONTEMPLATION OF LITIGATION

Dear Mr Farrell,

Thank you for agreeing to speak to us. As discussed, this is an interview to take your account of the 2023 charter negotiations, from which we will prepare a first draft of your witness statement for your review. Imogen Hartley will lead the interview and Alexander Pike of Fleet Court Chambers will also attend; I will take a note.

There is no need to prepare anything, but it would help if you could have your 2023 diary to hand.

Kind regards,

Ella Morton
Trainee Solicitor
Draycott Lisle LLP
"""
    eml = outlook_invite(seed='c19', frm=f'{ELLA[0]} <{ELLA[1]}>',
                         to=[f'{farrell[0]} <{farrell[1]}>', OWNER_ADDR, f'{pike[0]} <{pike[1]}>'],
                         cc=[f'{JONATHAN[0]} <{JONATHAN[1]}>'],
                         subject='Witness interview – Declan Farrell – Brackley v Sefton [DL 20114-0007]',
                         sent=sent, start=start, end=end, tzid='GMT Standard Time',
                         where='Microsoft Teams Meeting', body=body, organizer=ELLA, uid=outlook_uid('c19'),
                         teams=True,
                         attendees=[(farrell[0], farrell[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                    (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                    (pike[0], pike[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                    (JONATHAN[0], JONATHAN[1], 'OPT-PARTICIPANT', 'NEEDS-ACTION')])
    wd(start, 'Tuesday')
    lab = label([], 'hard', 'negative/witness-interview',
                'Teams invite titled "Witness interview" for a case the owner is running; she leads the interview '
                'of a witness. Not a job interview.')
    return slug, {'01-witness-interview-declan-farrell.eml': eml}, lab


@case
def c20():
    slug = 'b239-20-agency-availability-request-only'
    sent = at(LON, 2026, 11, 5, 11, 48, 20)
    mon = at(LON, 2026, 11, 16)
    wed = at(LON, 2026, 11, 18)
    body = f"""Hi Imogen,

Good news – Fairbourne Sowerby (the West End firm we discussed, the one with the strong real estate litigation and contentious trusts practice) would like to meet you for a first interview with two of their partners.

Could you let me have your availability for the week commencing {wd(mon, 'Monday')} {dm(mon)}? They can offer 45-minute interviews first thing (8.00 or 8.30am) or from 5pm, any day that week apart from {wd(wed, 'Wednesday')} {dm(wed)}. In person at their offices on Cavendish Row.

Once I have two or three options from you I'll get it booked and send over a confirmation with the details.

Best,
Ben

Ben Harrow
Associate Director | Private Practice
Lydgate Legal
M: +44 (0)7700 900514
"""
    eml = outlook_mail(seed='c20', frm='Ben Harrow <ben.harrow@lydgatelegal.example>', to=[OWNER_ADDR], sent=sent,
                       subject=f'Fairbourne Sowerby – interview availability, w/c {mon.day} Nov', body=body)
    lab = label([], 'hard', 'negative/availability-request',
                'Agency asks for availability for a partner interview (window and time bands given) but nothing is '
                'booked in the case.')
    return slug, {'01-fairbourne-sowerby-availability.eml': eml}, lab


@case
def c21():
    slug = 'b239-21-rejection-after-partner-interview'
    sent = at(LON, 2026, 9, 14, 16, 31, 2)
    past = at(LON, 2026, 9, 8, 9, 0)
    assert (sent.date() - past.date()).days == 6
    tomorrow = sent + timedelta(days=1)
    body = f"""Hi Imogen,

I've just heard back from Kenwood Pryor following your interview with Alastair Crane last {wd(past, 'Tuesday')} ({dm(past)}).

Unfortunately they have decided not to take things further. The feedback was genuinely positive about your technical ability and the way you dealt with the hypothetical, but they've gone with a candidate who has more professional negligence experience, which is where most of the team's current work sits.

I know that's disappointing, particularly after the effort you put into preparing. I'm around {wd(tomorrow, 'Tuesday')[:0]}tomorrow at 12 if you'd like to go through the full feedback on the phone – otherwise we'll pick up when you're back from Pemberton Vale.

Kind regards,
Oliver

{SIG_OLIVER}
"""
    eml = outlook_mail(seed='c21', frm='Oliver Brandreth <oliver.brandreth@harcourt-legal.example>', to=[OWNER_ADDR],
                       sent=sent, subject='Kenwood Pryor – feedback', body=body)
    lab = label([], 'medium', 'negative/rejection',
                'Agency rejection after a past interview (Tue 8 Sep); offers an informal feedback call with the '
                'consultant. No upcoming interview.')
    return slug, {'01-kenwood-pryor-feedback.eml': eml}, lab


@case
def c22():
    slug = 'b239-22-one-way-video-interview'
    sent = at(UTC, 2026, 10, 2, 9, 15, 26)
    due = at(LON, 2026, 10, 11, 23, 59)
    link = f'https://app.hirevue.com/interviews/{tok("c22a", 12)}/{tok("c22b", 22)}'
    body = f"""Dear Imogen,

Thank you for applying for the Legal Counsel, Claims Litigation role at Castellan Reinsurance. The next step in our process is an on-demand video interview.

You will be asked five pre-recorded questions. You'll have 30 seconds to read each question and up to 3 minutes to record your answer. There is no live interviewer – your responses will be reviewed by members of our Legal team afterwards.

Please complete your interview by 23:59 (UK time) on {wd(due, 'Sunday')} {dmy(due)}. It takes around 25 minutes.

Start your interview:
{link}

You can try practice questions before you begin, and you can complete the interview on a laptop or on the HireVue app.

If you need an adjustment, please contact castellan.talent@castellanre.example.

Kind regards,

Castellan Re Talent Acquisition
"""
    ent = multi('alternative', f'=_{hexs("c22b", 28, False)}', [
        text(body), text(portal_html('Castellan Re', '#2b3a55', body.rstrip('\n'),
                                     'Sent via HireVue on behalf of Castellan Reinsurance Ltd.'), 'html', enc='base64')])
    headers = [
        ('Delivered-To', OWNER),
        ('Received', received('o1.email.hirevue.com', '198.51.100.90', sent, 'c22')),
        ('Return-Path', '<bounces+2210@email.hirevue.com>'),
        ('Date', rfc(sent)),
        ('From', 'Castellan Re Talent Acquisition <noreply@hirevue.com>'),
        ('To', OWNER),
        ('Subject', 'Castellan Re: complete your video interview for Legal Counsel, Claims Litigation'),
        ('Message-ID', f'<{tok("c22mid", 22)}@geopod-ismtpd-3>'),
    ]
    lab = label([], 'hard', 'negative/one-way-video',
                'HireVue on-demand (one-way) video interview with a completion deadline; no live conversation.')
    return slug, {'01-hirevue-video-interview.eml': message(headers, ent)}, lab


# =========================================================================== main
def main():
    for old in sorted(HERE.glob('b239-*')):
        shutil.rmtree(old)
    labels = {}
    for n, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f'b239-{n:02d}-'), slug
        folder = HERE / slug
        folder.mkdir()
        for name in sorted(files):
            assert re.match(r'^\d\d-[a-z0-9-]+\.(eml|ics|gcal\.json)$', name), name
            (folder / name).write_bytes(files[name].encode('utf-8'))
        labels[slug] = lab
    head = ('# blind239 labels (written blind, synthetic). Schema and rules: shared eval README.\n'
            '# Regenerate with: python make_cases.py\n')
    (HERE / 'labels.yaml').write_bytes(
        (head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100)).encode('utf-8'))
    pos = sum(1 for v in labels.values() if v['interview'])
    print(f'{len(labels)} cases ({pos} positive, {len(labels) - pos} negative), '
          f'{sum(len(v["interviews"]) for v in labels.values())} interviews')


if __name__ == '__main__':
    main()
