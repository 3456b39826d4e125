#!/usr/bin/env python3
"""Regenerate the blind247 evaluation set (interview detection) deterministically.

Theme: a Cape Town data analyst (Zanele Pietersen) applying to South African banks,
insurers and retailers and to London / Amsterdam fintechs around the EU/UK DST end
(25 Oct 2026).  Standard library + PyYAML + zoneinfo only.

Run:  python make_cases.py     (rewrites every b247-* folder and labels.yaml next to this file)
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
USER = 'zanele.pietersen@example.com'
USER_NAME = 'Zanele Pietersen'

SAST = ZoneInfo('Africa/Johannesburg')
LON = ZoneInfo('Europe/London')
AMS = ZoneInfo('Europe/Amsterdam')
PDT = ZoneInfo('America/Los_Angeles')
UTC = timezone.utc


# ----------------------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, tz=SAST, wd=None, s=0):
    """Aware datetime; asserts the weekday named in the case text."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert dt.strftime('%A') == wd, (dt.isoformat(), dt.strftime('%A'), wd)
    return dt


def rfc(dt):
    return format_datetime(dt)


def ics_z(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def ics_l(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def iso_z(dt):
    return dt.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z')


# ----------------------------------------------------------------------------- deterministic ids
def H(seed, n=32):
    out = ''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f'{seed}/{i}'.encode()).hexdigest()
        i += 1
    return out[:n]


def HU(seed, n=32):
    return H(seed, n).upper()


def DIG(seed, n):
    return ''.join(str(int(c, 16) % 10) for c in H('d' + seed, n))


def ALNUM(seed, n, alphabet='abcdefghijklmnopqrstuvwxyz0123456789'):
    h = H('a' + seed, n * 2)
    return ''.join(alphabet[int(h[2 * i:2 * i + 2], 16) % len(alphabet)] for i in range(n))


def UUID(seed):
    h = H('u' + seed, 32)
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}'


def B64ID(seed, n):
    raw = hashlib.sha256(('b' + seed).encode()).digest() * 4
    return base64.urlsafe_b64encode(raw).decode()[:n].replace('-', 'x').replace('_', 'Z')


def outlook_mid(seed, za=True):
    if za:
        host = f'JN{ALNUM(seed + "h", 1, "AB")}P275MB{DIG(seed + "n", 4)}.ZAFP275.PROD.OUTLOOK.COM'
    else:
        host = f'DB{DIG(seed + "e", 1)}PR0{DIG(seed + "r", 1)}MB{DIG(seed + "n", 4)}.eurprd0{DIG(seed + "p", 1)}.prod.outlook.com'
    return f'<{host.split(".")[0]}{HU(seed, 24)}@{host}>'


def gmail_mid(seed):
    return f'<CA{B64ID(seed, 44)}@mail.gmail.com>'


def gcal_mid(seed):
    return f'<calendar-{UUID(seed)}@google.com>'


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


# ----------------------------------------------------------------------------- MIME helpers
SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def addr(name, email):
    if not name:
        return email
    if any(ord(c) > 127 for c in name):
        return f'{Header(name, "utf-8").encode()} <{email}>'
    if SPECIALS.search(name):
        return '"' + name.replace('\\', '\\\\').replace('"', '\\"') + f'" <{email}>'
    return f'{name} <{email}>'


def hdr(value):
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, 'utf-8').encode(maxlinelen=76)


def leaf(ctype, payload, cte='quoted-printable', headers=()):
    data = payload.encode('utf-8') if isinstance(payload, str) else payload
    if cte == 'base64':
        body = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data).decode('ascii')
    else:
        body = data.decode('utf-8').replace('\r\n', '\n')
    if not body.endswith('\n'):
        body += '\n'
    return {'headers': [('Content-Type', ctype), ('Content-Transfer-Encoding', cte)] + list(headers),
            'body': body}


def multi(subtype, boundary, parts):
    return {'headers': [('Content-Type', f'multipart/{subtype}; boundary="{boundary}"')],
            'parts': parts, 'boundary': boundary}


def render(node):
    out = ''.join(f'{k}: {v}\n' for k, v in node['headers']) + '\n'
    if 'parts' in node:
        for p in node['parts']:
            out += f'--{node["boundary"]}\n' + render(p)
            if not out.endswith('\n'):
                out += '\n'
        out += f'--{node["boundary"]}--\n'
    else:
        out += node['body']
    return out


def received(seed, date, host, ip):
    rdate = (date + timedelta(seconds=2 + int(DIG(seed, 1)))).astimezone(SAST)
    return ('Received', f'from {host} ({host} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id '
                        f'{HU(seed + "q", 11)}\n        for <{USER}>; {rfc(rdate)}')


def message(headers, root, delivered=USER, recv=None):
    """headers: list of (name, value) in order (From, To, ... ); root: MIME tree."""
    top = [('Delivered-To', delivered)]
    if recv:
        top.append(recv)
    lines = top + list(headers) + [('MIME-Version', '1.0')]
    return ''.join(f'{k}: {v}\n' for k, v in lines) + render(root)


def html_doc(text, style='font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:#000000'):
    paras = text.strip('\n').split('\n\n')
    body = []
    for p in paras:
        lines = [html.escape(line) for line in p.split('\n')]
        lines = [re.sub(r'(https?://\S+?)(?=&gt;|\s|$)', r'<a href="\1">\1</a>', ln) for ln in lines]
        body.append('<p style="margin:0 0 12px 0">' + '<br>\n'.join(lines) + '</p>')
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            f'<body>\n<div style="{style}">\n' + '\n'.join(body) + '\n</div>\n</body>\n</html>\n')


def alt(seed, text, cte='quoted-printable', charset='utf-8', html_text=None, style=None):
    h = html_text if html_text is not None else (html_doc(text, style) if style else html_doc(text))
    return multi('alternative', f'_000_{HU(seed, 28)}_', [
        leaf(f'text/plain; charset="{charset}"', text, cte),
        leaf(f'text/html; charset="{charset}"', h, cte),
    ])


def gmail_alt(seed, text, html_text=None):
    if html_text is None:
        paras = text.strip('\n').split('\n\n')
        html_text = '<div dir="ltr">' + ''.join(
            '<div>' + '<br>'.join(html.escape(x) for x in p.split('\n')) + '</div><div><br></div>'
            for p in paras) + '</div>\n'
    b = '0000000000' + H(seed, 18)
    return multi('alternative', b, [
        leaf('text/plain; charset="UTF-8"', text, 'quoted-printable'),
        leaf('text/html; charset="UTF-8"', html_text, 'quoted-printable'),
    ])


def quote(text, prefix='> '):
    return '\n'.join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.strip('\n').split('\n'))


# ----------------------------------------------------------------------------- iCalendar helpers
def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    if len(line.encode('utf-8')) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 75:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def ics(lines):
    return ''.join(fold(ln) + '\r\n' for ln in lines)


VTZ = {
    'South Africa Standard Time': [
        'BEGIN:VTIMEZONE', 'TZID:South Africa Standard Time',
        'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0200', 'END:STANDARD',
        'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0200', 'END:DAYLIGHT',
        'END:VTIMEZONE'],
    'GMT Standard Time': [
        'BEGIN:VTIMEZONE', 'TZID:GMT Standard Time',
        'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
        'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
        'END:VTIMEZONE'],
    'Africa/Johannesburg': [
        'BEGIN:VTIMEZONE', 'TZID:Africa/Johannesburg', 'X-LIC-LOCATION:Africa/Johannesburg',
        'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0200', 'TZNAME:SAST', 'DTSTART:19700101T000000',
        'END:STANDARD', 'END:VTIMEZONE'],
}


def exchange_ics(*, method, uid, seq, dtstamp, org, atts, summary, start, end, desc, location,
                 tzid='South Africa Standard Time', teams_url=None, lang='en-ZA', status=None):
    tz = {'South Africa Standard Time': SAST, 'GMT Standard Time': LON}[tzid]
    L = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    L += VTZ[tzid]
    L += ['BEGIN:VEVENT', f'ORGANIZER;CN={org[0]}:mailto:{org[1]}']
    for a in atts:
        name, email = a[0], a[1]
        role = a[2] if len(a) > 2 else 'REQ-PARTICIPANT'
        L.append(f'ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{email}')
    L += [f'DESCRIPTION;LANGUAGE={lang}:{esc(desc)}',
          f'UID:{uid}',
          f'SUMMARY;LANGUAGE={lang}:{esc(summary)}',
          f'DTSTART;TZID={tzid}:{ics_l(start.astimezone(tz))}',
          f'DTEND;TZID={tzid}:{ics_l(end.astimezone(tz))}',
          'CLASS:PUBLIC',
          'PRIORITY:1' if method == 'CANCEL' else 'PRIORITY:5',
          f'DTSTAMP:{ics_z(dtstamp)}',
          'TRANSP:TRANSPARENT' if method == 'CANCEL' else 'TRANSP:OPAQUE',
          'STATUS:CANCELLED' if method == 'CANCEL' else 'STATUS:CONFIRMED',
          f'SEQUENCE:{seq}',
          f'LOCATION;LANGUAGE={lang}:{esc(location)}',
          f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
          f'X-MICROSOFT-CDO-OWNERAPPTID:{-int(DIG(uid, 9)) - 1000000000}',
          'X-MICROSOFT-CDO-BUSYSTATUS:FREE' if method == 'CANCEL' else 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
          'X-MICROSOFT-CDO-INTENDEDSTATUS:FREE' if method == 'CANCEL' else 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
          'X-MICROSOFT-CDO-IMPORTANCE:2' if method == 'CANCEL' else 'X-MICROSOFT-CDO-IMPORTANCE:1',
          'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_url:
        L += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}',
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
          f'X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}']
    if method == 'REQUEST':
        L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def exchange_uid(seed):
    return '040000008200E00074C5B7101A82E00800000000' + HU(seed, 16) + '000000000000000010000000' + HU(seed + 'x', 32)


def teams_block(seed, dial_city='Cape Town', dial='+27 21 555 0148', lang='en-ZA'):
    tenant, oid = UUID(seed + 't'), UUID(seed + 'o')
    mt = B64ID(seed + 'm', 48)
    url = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mt}%40thread.v2/0?context='
           f'%7b%22Tid%22%3a%22{tenant}%22%2c%22Oid%22%3a%22{oid}%22%7d')
    mid = DIG(seed + 'id', 12)
    mid = f'{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}'
    pc = ALNUM(seed + 'pc', 6, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789')
    conf = DIG(seed + 'cf', 9)
    line = '_' * 80
    text = (f'{line}\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt={lang}>\n'
            f'Join the meeting now<{url}>\nMeeting ID: {mid}\nPasscode: {pc}\n' + '_' * 32 + '\n')
    if dial:
        text += (f'Dial in by phone\n{dial},,{conf}# South Africa, {dial_city}\n'
                 f'Find a local number<https://dialin.teams.microsoft.com/{UUID(seed + "d")}?id={conf}>\n'
                 f'Phone conference ID: {conf[:3]} {conf[3:6]} {conf[6:]}#\n')
    text += (f'For organisers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={oid}'
             f'&tenantId={tenant}&threadId=19_meeting_{mt}@thread.v2&messageId=0&language={lang}>\n{line}\n')
    return text, url


def exchange_invite(*, seed, frm, to, cc=(), subject, date, body, ics_text, method='REQUEST', za=True,
                    recv_host='mail-jnb2za01on2104.outbound.protection.outlook.com', recv_ip='40.107.133.104',
                    lang='en-ZA', cal_cte='base64'):
    """Exchange Online / Teams meeting request (multipart/alternative with text/calendar)."""
    hdrs = [('From', addr(*frm)), ('To', ', '.join(addr(*t) for t in to))]
    if cc:
        hdrs.append(('CC', ', '.join(addr(*c) for c in cc)))
    topic = re.sub(r'^(Canceled|Cancelled|Updated): ', '', subject)
    hdrs += [('Subject', hdr(subject)), ('Thread-Topic', hdr(topic)), ('Thread-Index', thread_index(seed)),
             ('Date', rfc(date)), ('Message-ID', outlook_mid(seed, za)), ('Accept-Language', f'{lang}, en-US'),
             ('Content-Language', lang), ('X-MS-Exchange-Organization-SCL', '1'), ('X-MS-Has-Attach', ''),
             ('X-MS-TNEF-Correlator', ''), ('Content-class', 'urn:content-classes:calendarmessage'),
             ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + B64ID(seed + 's', 20)),
             ('x-ms-publictraffictype', 'Email')]
    root = multi('alternative', f'_000_{HU(seed, 28)}_', [
        leaf('text/plain; charset="utf-8"', body, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', html_doc(body, 'font-family:Aptos,Aptos_EmbeddedFont,Calibri,sans-serif;font-size:12pt'), 'quoted-printable'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics_text, cal_cte),
    ])
    return message(hdrs, root, recv=received(seed, date, recv_host, recv_ip))


# ----------------------------------------------------------------------------- Google Calendar invitations
def meet_code(seed):
    a = ALNUM(seed, 10, 'abcdefghijkmnopqrstuvwxyz')
    return f'{a[:3]}-{a[3:7]}-{a[7:]}'


def google_ics(*, method, uid, seq, dtstamp, created, lastmod, org, atts, summary, start, end, desc,
               location='', meet=None, status='CONFIRMED'):
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT',
         f'DTSTART:{ics_z(start)}', f'DTEND:{ics_z(end)}', f'DTSTAMP:{ics_z(dtstamp)}',
         f'ORGANIZER;CN={org[0]}:mailto:{org[1]}', f'UID:{uid}']
    for name, email, partstat in atts:
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;'
                 f'CN={name};X-NUM-GUESTS=0:mailto:{email}')
    if meet:
        L.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    L += [f'CREATED:{ics_z(created)}', f'DESCRIPTION:{esc(desc)}', f'LAST-MODIFIED:{ics_z(lastmod)}',
          f'LOCATION:{esc(location)}', f'SEQUENCE:{seq}', f'STATUS:{status}', f'SUMMARY:{esc(summary)}',
          'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def g_when(start, end, tzlabel):
    # e.g. "Tuesday 29 September 2026 ⋅ 10:00 – 11:00"
    return f'{start:%A} {start.day} {start:%B %Y} \u22c5 {start:%H:%M} \u2013 {end:%H:%M}\n{tzlabel}'


def google_invite(*, seed, org, subject, date, title, start, end, tzlabel, desc, guests, ics_text,
                  method='REQUEST', changed=None, meet=None):
    eid = B64ID(seed + 'eid', 54)
    lines = []
    if changed:
        lines += ['This event has been updated', f'Changed: {changed}', '']
    lines += [title, g_when(start, end, tzlabel), '']
    if meet:
        pin = DIG(seed + 'pin', 9)
        lines += ['Join with Google Meet', f'https://meet.google.com/{meet}', '', 'Join by phone',
                  f'(ZA) +27 10 555 0{DIG(seed + "ph", 3)} PIN: {pin}#', '', 'More phone numbers',
                  f'https://tel.meet/{meet}?pin={DIG(seed + "tp", 13)}', '']
    lines += [desc, '', 'Guests', f'{org[0]} - organiser']
    lines += [g for g in guests]
    lines += [f'View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}', '',
              f'Reply for {USER}', '', 'Yes',
              f'https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1', 'No',
              f'https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2', 'Maybe',
              f'https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3', '',
              f'More options https://calendar.google.com/calendar/event?action=VIEW&eid={eid}', '',
              'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
              'You are receiving this email because you are an attendee on the event. To stop receiving '
              'future updates for this event, decline this event.', '',
              'Forwarding this invitation could allow any recipient to send a response to the organiser, be '
              'added to the guest list, invite others regardless of their own invitation status or modify '
              'your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
    text = '\n'.join(lines) + '\n'
    body_html = ('<!doctype html><html><head><meta charset="UTF-8"></head><body>'
                 '<div itemscope itemtype="http://schema.org/EventReservation">'
                 + ''.join(f'<div>{html.escape(x)}</div>' if x else '<br>' for x in lines)
                 + '</div></body></html>\n')
    b1 = '000000000000' + H(seed + 'b1', 16)
    b2 = '000000000000' + H(seed + 'b2', 16)
    root = multi('mixed', b1, [
        multi('alternative', b2, [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
            leaf('text/html; charset="UTF-8"', body_html, 'quoted-printable'),
            leaf(f'text/calendar; charset="UTF-8"; method={method}', ics_text, '7bit'),
        ]),
        leaf('application/ics; name="invite.ics"', ics_text, 'base64',
             [('Content-Disposition', 'attachment; filename="invite.ics"')]),
    ])
    hdrs = [('Return-Path', f'<{org[1]}>'), ('From', addr(*org)), ('Sender', 'Google Calendar <calendar-notification@google.com>'),
            ('Reply-To', addr(*org)), ('To', USER), ('Message-ID', gcal_mid(seed)), ('Date', rfc(date)),
            ('Subject', hdr(subject)), ('X-Google-Calendar-Content-Display', '1'),
            ('X-Google-Calendar-Content-Type', 'text/calendar; method=' + method)]
    return message(hdrs, root, recv=received(seed, date, 'mail-sor-f73.google.com', '209.85.220.73'))


def plain_email(*, seed, frm, to, subject, date, body, cc=(), reply_to=None, irt=None, refs=None,
                mid=None, client='gmail', extra=(), html_text=None, cte='quoted-printable', attachments=(),
                recv_host='mail-sor-f41.google.com', recv_ip='209.85.220.41'):
    """A person-to-person e-mail.  client: gmail | outlook | outlook-za | apple | android."""
    if client == 'gmail':
        body_node = gmail_alt(seed, body, html_text)
        mid = mid or gmail_mid(seed)
    elif client in ('outlook', 'outlook-za'):
        body_node = alt(seed, body, cte=cte, html_text=html_text)
        mid = mid or outlook_mid(seed, za=(client == 'outlook-za'))
    elif client == 'android':
        body_node = alt(seed, body, cte='base64', html_text=html_text)
        mid = mid or outlook_mid(seed, za=True)
    else:
        body_node = alt(seed, body, cte=cte, html_text=html_text)
        mid = mid or f'<{UUID(seed).upper()}@{frm[1].split("@")[1]}>'
    if attachments:
        body_node = multi('mixed', f'_004_{HU(seed + "mx", 28)}_', [body_node] + list(attachments))
    hdrs = [('Return-Path', f'<{frm[1]}>'), ('From', addr(*frm)), ('To', ', '.join(addr(*t) for t in to))]
    if cc:
        hdrs.append(('Cc', ', '.join(addr(*c) for c in cc)))
    if reply_to:
        hdrs.append(('Reply-To', addr(*reply_to)))
    hdrs += [('Subject', hdr(subject)), ('Date', rfc(date)), ('Message-ID', mid)]
    if irt:
        hdrs.append(('In-Reply-To', irt))
    if refs:
        hdrs.append(('References', ' '.join(refs)))
    if client in ('outlook', 'outlook-za', 'android'):
        hdrs += [('Thread-Topic', hdr(re.sub(r'^(Re|RE|Fwd|FW): ', '', subject))), ('Thread-Index', thread_index(seed)),
                 ('Accept-Language', 'en-ZA, en-US'), ('Content-Language', 'en-ZA')]
    hdrs += list(extra)
    return message(hdrs, body_node, recv=received(seed, date, recv_host, recv_ip)), mid


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {'company': company, 'role': role, 'start': start.isoformat(),
            'end': end.isoformat() if end else None, 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followups), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': USER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


ME = (USER_NAME, USER)
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# =============================================================================
# POSITIVE CASES
# =============================================================================
def ses_mid(seed, region='eu-west-1'):
    return f'<0102019{H(seed, 9)}-{UUID(seed)}-000000@{region}.amazonses.com>'


def generic_ics(*, prodid, method, uid, seq, dtstamp, org, atts, summary, start, end, desc, location,
                tzid='Africa/Johannesburg', status='CONFIRMED', extra=()):
    L = ['BEGIN:VCALENDAR', f'PRODID:{prodid}', 'VERSION:2.0', 'CALSCALE:GREGORIAN', f'METHOD:{method}']
    L += VTZ[tzid]
    L += ['BEGIN:VEVENT', f'UID:{uid}', f'SEQUENCE:{seq}', f'DTSTAMP:{ics_z(dtstamp)}',
          f'DTSTART;TZID={tzid}:{ics_l(start)}', f'DTEND;TZID={tzid}:{ics_l(end)}',
          f'SUMMARY:{esc(summary)}', f'DESCRIPTION:{esc(desc)}', f'LOCATION:{esc(location)}']
    if org:
        L.append(f'ORGANIZER;CN={org[0]}:mailto:{org[1]}')
    for a in atts:
        L.append(a)
    L += [f'STATUS:{status}'] + list(extra) + ['END:VEVENT', 'END:VCALENDAR']
    return ics(L)


@case
def c01():
    slug = 'b247-01-smartrecruiters-phone-screen'
    nomvula = ('Nomvula Dube', 'nomvula.dube@karoomutual.example')
    sent = T(2026, 9, 7, 9, 14, wd='Monday', s=27).astimezone(UTC)
    start = T(2026, 9, 10, 14, 0, wd='Thursday')
    end = start + timedelta(minutes=30)
    role = 'Data Analyst \u2013 Credit Risk'
    text = f"""Hi Zanele,

Thank you for choosing a time to speak with us about the {role} position (Ref. KMB-DA-0412). Your interview is confirmed:

Interview type: Phone screen
Date: Thursday, 10 September 2026
Time: 14:00 \u2013 14:30 (GMT+02:00) Africa/Johannesburg
Interviewer: Nomvula Dube, Talent Acquisition Specialist
Location: Phone call \u2013 Nomvula will call you on the number in your profile (+27 71 555 0186)

This first conversation is an informal chat about your background, your notice period and salary expectations, and what the Credit Risk analytics team in our Cape Town head office works on day to day.

A calendar file is attached so that you can add the interview to your calendar. If you need to reschedule, please use the link below or contact Nomvula directly at nomvula.dube@karoomutual.example.

Reschedule or cancel: https://www.smartrecruiters.com/app/candidate/interviews/{UUID('c01r')}

Kind regards,

Nomvula Dube
Talent Acquisition Specialist | Karoo Mutual Bank
18 Riebeek Street, Cape Town, 8001

--
Powered by SmartRecruiters. This message was sent to {USER} regarding your application to Karoo Mutual Bank.
Privacy Policy: https://www.smartrecruiters.com/legal/candidate-privacy-policy/
"""
    desc = (f'Phone screen for {role} (KMB-DA-0412).\nInterviewer: Nomvula Dube\n'
            f'Nomvula will call you on +27 71 555 0186.\nReschedule: https://www.smartrecruiters.com/app/candidate/interviews/{UUID("c01r")}')
    cal = generic_ics(prodid='-//SmartRecruiters//Interview Scheduling 2.0//EN', method='REQUEST',
                      uid=f'{UUID("c01uid")}@smartrecruiters.com', seq=0, dtstamp=sent,
                      org=('Karoo Mutual Bank', 'noreply@smartrecruiters.com'),
                      atts=[f'ATTENDEE;CN={nomvula[0]};ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:{nomvula[1]}',
                            f'ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER}'],
                      summary=f'Phone screen: {role} \u2013 Karoo Mutual Bank', start=start, end=end, desc=desc,
                      location='Phone call (Nomvula Dube will call you)')
    root = multi('mixed', f'----=_Part_{DIG("c01b", 6)}_{DIG("c01c", 9)}.{DIG("c01t", 13)}', [
        multi('alternative', f'----=_Part_{DIG("c01b2", 6)}_{DIG("c01c2", 9)}.{DIG("c01t2", 13)}', [
            leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
            leaf('text/html; charset=UTF-8', html_doc(text, 'font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2d2d2d'), 'quoted-printable'),
        ]),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name=interview.ics', cal, 'base64',
             [('Content-Disposition', 'attachment; filename=interview.ics')]),
    ])
    hdrs = [('Return-Path', f'<0102019{H("c01rp", 9)}@bounces.smartrecruiters.com>'),
            ('From', 'Nomvula Dube via SmartRecruiters <noreply@smartrecruiters.com>'),
            ('Reply-To', f'Nomvula Dube <reply+{H("c01rt", 24)}@reply.smartrecruiters.com>'),
            ('To', addr(*ME)), ('Subject', hdr(f'Interview confirmed: {role} at Karoo Mutual Bank')),
            ('Date', rfc(sent)), ('Message-ID', ses_mid('c01')),
            ('X-SR-Message-Type', 'INTERVIEW_CONFIRMATION'), ('Feedback-ID', '1.eu-west-1.sr-candidate:AmazonSES')]
    eml = message(hdrs, root, recv=received('c01', sent, 'a7-12.smtp-out.eu-west-1.amazonses.com', '54.240.7.12'))
    lab = label([iv('Karoo Mutual Bank', role, start, end, 'scheduled', [nomvula[1]], [nomvula[1]], 'phone_screen')],
                'easy', 'positive/ats-smartrecruiters-ics',
                'SmartRecruiters confirmation with .ics (TZID Africa/Johannesburg). Recruiter conducts the phone screen; '
                'Reply-To is a SmartRecruiters relay, the recruiter address is given in the text.')
    return slug, [('01-smartrecruiters-interview-confirmed.eml', eml)], lab


@case
def c02():
    slug = 'b247-02-workday-plus-teams-invite'
    lerato = ('Lerato Khumalo', 'lerato.khumalo@highveld-assurance.example')
    pieter = ('Pieter Swanepoel', 'pieter.swanepoel@highveld-assurance.example')
    role = 'Business Intelligence Analyst'
    start = T(2026, 9, 16, 11, 0, wd='Wednesday')
    end = T(2026, 9, 16, 12, 0)
    wd_sent = T(2026, 9, 8, 7, 40, tz=PDT, s=12, wd='Tuesday')
    text = f"""Dear Zanele,

Congratulations! We would like to invite you to an interview for the {role} position (R-0045127) at Highveld Assurance.

Interview Details
Date: Wednesday, September 16, 2026
Time: 11:00 AM - 12:00 PM (South Africa Standard Time)
Format: Virtual (Microsoft Teams)
Interviewer(s): Pieter Swanepoel, Head of Business Intelligence

A Microsoft Teams meeting request will follow from our Talent Acquisition team. Please accept it so that the meeting appears in your calendar.

You can view the status of your application at any time in Candidate Home:
https://wd3.myworkday.com/highveldassurance/d/home.htmld

If you have any questions, please contact Lerato Khumalo at lerato.khumalo@highveld-assurance.example.

Kind regards,
Talent Acquisition
Highveld Assurance

This email was sent by Workday on behalf of Highveld Assurance. Please do not reply to this email.
"""
    hdrs = [('Return-Path', '<bounce-highveldassurance@myworkday.com>'),
            ('From', 'Highveld Assurance <highveldassurance@myworkday.com>'), ('To', addr(*ME)),
            ('Subject', f'Interview Scheduled: {role} (R-0045127)'), ('Date', rfc(wd_sent)),
            ('Message-ID', f'<{DIG("c02m", 10)}.{DIG("c02n", 5)}.{DIG("c02o", 13)}@wd3-impl-prod.myworkday.com>'),
            ('X-Workday-Tenant', 'highveldassurance')]
    m1 = message(hdrs, multi('alternative', f'----=_Part_{DIG("c02b", 7)}_{DIG("c02c", 10)}.{DIG("c02t", 13)}', [
        leaf('text/plain; charset=UTF-8', text, '7bit'),
        leaf('text/html; charset=UTF-8', html_doc(text, 'font-family:Arial,sans-serif;font-size:14px'), 'quoted-printable')]),
        recv=received('c02', wd_sent, 'mx-out-ash3.myworkday.com', '199.102.131.18'))
    sent2 = T(2026, 9, 8, 17, 2, s=51)
    teams, url = teams_block('c02teams', dial_city='Johannesburg', dial='+27 11 555 0126')
    body = f"""Hi Zanele,

Please find below the Teams link for your interview with Pieter on Wednesday. I'll pop in at the start to introduce you both and then leave you to it \u2013 the hour is with Pieter.

If you have any trouble joining, WhatsApp me on 082 555 0107.

Regards,
Lerato

Lerato Khumalo | Talent Acquisition Partner
Highveld Assurance | 9 Jellicoe Avenue, Rosebank, Johannesburg


{teams}"""
    cal = exchange_ics(method='REQUEST', uid=exchange_uid('c02'), seq=0, dtstamp=sent2, org=lerato,
                       atts=[ME, pieter], summary=f'Highveld Assurance | {role} interview \u2013 Zanele Pietersen',
                       start=start, end=end, desc=body, location='Microsoft Teams Meeting', teams_url=url)
    m2 = exchange_invite(seed='c02inv', frm=lerato, to=[ME, pieter],
                         subject=f'Highveld Assurance | {role} interview \u2013 Zanele Pietersen',
                         date=sent2, body=body, ics_text=cal)
    lab = label([iv('Highveld Assurance', role, start, end, 'scheduled', [pieter[1]], [pieter[1]], 'hiring_manager')],
                'medium', 'positive/dedupe-workday-and-teams',
                'Workday "Interview Scheduled" notification (Date header in PDT, times in SAST) plus the Teams request '
                'for the same slot: ONE interview. Lerato only introduces; Pieter (attendee) conducts.')
    return slug, [('01-workday-interview-scheduled.eml', m1), ('02-teams-meeting-request.eml', m2)], lab


@case
def c03():
    slug = 'b247-03-teams-invite-south-africa-standard-time'
    ruan = ('Ruan Botha', 'ruan.botha@tafelbergstores.example')
    role = 'Data Analyst: Merchandise Planning'
    sent = T(2026, 9, 14, 10, 5, wd='Monday', s=33)
    start = T(2026, 9, 18, 9, 0, wd='Friday')
    end = T(2026, 9, 18, 9, 45)
    teams, url = teams_block('c03teams')
    body = f"""When: Friday, 18 September 2026 09:00-09:45 (UTC+02:00) Harare, Pretoria.
Where: Microsoft Teams Meeting

Hi Zanele,

Thanks for sending your CV through via Charlene in HR. I'd like to have a 45-minute chat with you about the {role} role in my team \u2013 mostly about how you've used SQL and Power BI on sales and stock data, and what you're looking for in your next move.

If Friday morning doesn't suit, reply to this and we'll find another slot.

Cheers,
Ruan

Ruan Botha
Merchandise Planning Analytics Manager
Tafelberg Stores (Pty) Ltd | Head Office, Montague Gardens, Cape Town
M: +27 83 555 0190


{teams}"""
    cal = exchange_ics(method='REQUEST', uid=exchange_uid('c03'), seq=0, dtstamp=sent, org=ruan, atts=[ME],
                       summary=f'Zanele Pietersen \u2013 interview for {role}', start=start, end=end,
                       desc=body.split('\n\n', 1)[1], location='Microsoft Teams Meeting', teams_url=url)
    m = exchange_invite(seed='c03inv', frm=ruan, to=[ME], subject=f'Zanele Pietersen \u2013 interview for {role}',
                        date=sent, body=body, ics_text=cal)
    lab = label([iv('Tafelberg Stores', role, start, end, 'scheduled', [ruan[1]], [ruan[1]], 'hiring_manager')],
                'easy', 'positive/teams-windows-tzid',
                'Exchange/Teams request from the hiring manager; TZID "South Africa Standard Time", '
                'display label "(UTC+02:00) Harare, Pretoria".')
    return slug, [('01-teams-interview-request.eml', m)], lab


@case
def c04():
    slug = 'b247-04-whatsapp-chat-pasted-into-mail'
    riaan = ('Riaan de Klerk', 'riaan@proteatalent.example')
    sent = T(2026, 9, 23, 19, 48, wd='Wednesday', s=3)
    T(2026, 9, 24, wd='Thursday')  # Heritage Day
    start = T(2026, 9, 25, 10, 30, wd='Friday')
    end = start + timedelta(minutes=45)
    body = """Hi Zanele

As promised, here's our WhatsApp chat from this afternoon so you have everything in one place (I know WhatsApp messages get buried!):

[23/09/2026, 16:58] Riaan de Klerk: Hi Zanele, good news \U0001F64C Fynbos Life loved your CV
[23/09/2026, 16:59] Riaan de Klerk: Candice Adams (Claims Analytics Manager) would like to meet you. Tomorrow is Heritage Day so she suggested Friday at 10:30, does that work?
[23/09/2026, 17:14] Zanele Pietersen: Hi Riaan! Yes Friday 10:30 works for me \U0001F60A how long will it be?
[23/09/2026, 17:15] Riaan de Klerk: About 45 min on Teams. She'll ask about the claims dashboards you built and probably give you a small scenario to talk through
[23/09/2026, 17:16] Zanele Pietersen: Perfect, baie dankie!
[23/09/2026, 17:20] Riaan de Klerk: Pleasure! Will confirm with her and mail you tonight

So, confirmed with Candice: Friday at 10:30, 45 minutes on Teams, for the Data Analyst (Claims Analytics) role at Fynbos Life. Her PA will send the Teams link directly \u2013 if it hasn't arrived by tomorrow evening, shout and I'll chase.

A few tips: Candice is very practical, so have one or two examples ready where your analysis changed a business decision, and be ready to talk about data quality in claims data.

Good luck \u2013 you've got this!

Riaan de Klerk
Senior Consultant: Data & Analytics
Protea Talent Partners | Cape Town
riaan@proteatalent.example | +27 72 555 0118 (WhatsApp)

Get Outlook for Android<https://aka.ms/AAb9ysg>
"""
    m, _ = plain_email(seed='c04', frm=riaan, to=[ME], subject='Fynbos Life \u2013 your interview on Friday (as per WhatsApp)',
                       date=sent, body=body, client='android',
                       recv_host='mail-jnb2za01on2092.outbound.protection.outlook.com', recv_ip='40.107.133.92')
    lab = label([iv('Fynbos Life', 'Data Analyst (Claims Analytics)', start, end, 'scheduled', [], [riaan[1]],
                    'hiring_manager')],
                'hard', 'positive/whatsapp-paste-relative-date',
                'Agency recruiter pastes a WhatsApp chat; only "Friday at 10:30" is given, resolved against the Wed '
                '23 Sep message date (Thu 24 Sep is Heritage Day) -> Fri 25 Sep. Interviewer Candice has no address, '
                'so the follow-up goes to the agency recruiter.')
    return slug, [('01-riaan-whatsapp-summary.eml', m)], lab


@case
def c05():
    slug = 'b247-05-load-shedding-reschedule'
    thabo = ('Thabo Nkosi', 'thabo.nkosi@marula-living.example')
    megan = ('Megan Fourie', 'megan.fourie@marula-living.example')
    role = 'Data Analyst (Customer Insights)'
    title = f'Interview: Zanele Pietersen \u2013 {role}'
    meet = meet_code('c05meet')
    uid = f'{ALNUM("c05uid", 26)}@google.com'
    s1 = T(2026, 9, 25, 11, 32, wd='Friday', s=8)
    st1 = T(2026, 9, 29, 10, 0, wd='Tuesday')
    en1 = T(2026, 9, 29, 11, 0)
    desc = ('Hi Zanele, this is your interview with Megan Fourie, our Customer Insights Lead (the role reports to her). '
            'We will use the Google Meet link below. Any problems, mail me. \u2013 Thabo, Talent Coordinator')
    atts = [(thabo[0], thabo[1], 'ACCEPTED'), (megan[0], megan[1], 'ACCEPTED'), (USER, USER, 'NEEDS-ACTION')]
    ics1 = google_ics(method='REQUEST', uid=uid, seq=0, dtstamp=s1, created=s1 - timedelta(minutes=3), lastmod=s1,
                      org=thabo, atts=atts, summary=title, start=st1, end=en1, desc=desc, meet=meet)
    m1 = google_invite(seed='c05a', org=thabo, date=s1.astimezone(UTC),
                       subject=f'Invitation: {title} @ Tue 29 Sept 2026 10:00 - 11:00 (SAST) ({USER})',
                       title=title, start=st1, end=en1, tzlabel='South Africa Standard Time', desc=desc,
                       guests=[megan[0], USER], ics_text=ics1, meet=meet)
    s2 = T(2026, 9, 28, 18, 10, wd='Monday', s=44)
    b2 = """Hi Thabo,

I'm so sorry to do this at short notice. The City has just announced that Eskom is moving to Stage 4 load-shedding from tomorrow morning, and my area (Observatory, block 7) is scheduled to be off from 10:00 to 12:30 \u2013 exactly when I'm meant to be speaking to Megan. My inverter doesn't reliably carry the fibre router for that long, and the cell signal in our area drops during load-shedding too.

Would it be possible to move the interview? I'm free any time on Wednesday or Thursday afternoon.

Apologies again, and thank you for understanding.

Kind regards,
Zanele
"""
    m2, mid2 = plain_email(seed='c05b', frm=ME, to=[thabo], subject='Tomorrow\u2019s interview \u2013 load-shedding in my area',
                           date=s2, body=b2, client='gmail', recv_host='mail-sor-f41.google.com')
    s3 = T(2026, 9, 28, 19, 2, s=10)
    b3 = f"""Hi Zanele,

No stress at all, this happens to all of us! Megan can do Wednesday at 14:00 instead \u2013 same Meet link. I'll send an updated invite now.

Thanks for letting us know early.

Thabo

Thabo Nkosi | Talent Coordinator
Marula Home & Living | 104 Albert Road, Woodstock, Cape Town

On Mon, 28 Sept 2026 at 18:10, Zanele Pietersen <{USER}> wrote:
{quote(b2)}
"""
    m3, mid3 = plain_email(seed='c05c', frm=thabo, to=[ME], subject='Re: Tomorrow\u2019s interview \u2013 load-shedding in my area',
                           date=s3, body=b3, irt=mid2, refs=[mid2], client='gmail')
    s4 = T(2026, 9, 28, 19, 5, s=31)
    st2 = T(2026, 9, 30, 14, 0, wd='Wednesday')
    en2 = T(2026, 9, 30, 15, 0)
    ics2 = google_ics(method='REQUEST', uid=uid, seq=1, dtstamp=s4, created=s1 - timedelta(minutes=3), lastmod=s4,
                      org=thabo, atts=atts, summary=title, start=st2, end=en2, desc=desc, meet=meet)
    m4 = google_invite(seed='c05d', org=thabo, date=s4.astimezone(UTC),
                       subject=f'Updated invitation: {title} @ Wed 30 Sept 2026 14:00 - 15:00 (SAST) ({USER})',
                       title=title, start=st2, end=en2, tzlabel='South Africa Standard Time', desc=desc,
                       guests=[megan[0], USER], ics_text=ics2, meet=meet, changed='Time')
    lab = label([iv('Marula Home & Living', role, st2, en2, 'scheduled', [megan[1]], [megan[1]], 'hiring_manager')],
                'medium', 'positive/reschedule-load-shedding',
                'Google invite for Tue 10:00; candidate asks to move because of Stage 4 load-shedding; coordinator '
                'moves it to Wed 14:00 and sends an updated invite (SEQUENCE:1). One interview at the final time.')
    return slug, [('01-invitation-tue-1000.eml', m1), ('02-zanele-load-shedding.eml', m2),
                  ('03-thabo-reply-wednesday.eml', m3), ('04-updated-invitation-wed-1400.eml', m4)], lab


@case
def c06():
    slug = 'b247-06-london-teams-cancelled-after-clock-change'
    oliver = ('Oliver Hartley', 'oliver.hartley@ledgerline.example')
    role = 'Data Analyst, Risk & Fraud'
    s1 = T(2026, 10, 21, 12, 18, tz=LON, wd='Wednesday', s=40)
    T(2026, 10, 25, tz=LON, wd='Sunday')
    start = T(2026, 10, 29, 13, 0, tz=LON, wd='Thursday')
    end = T(2026, 10, 29, 13, 45, tz=LON)
    assert start.utcoffset() == timedelta(0) and s1.utcoffset() == timedelta(hours=1)
    assert start.astimezone(SAST).hour == 15
    subj = f'Ledgerline \u2013 Zanele Pietersen / Oliver Hartley ({role})'
    teams, url = teams_block('c06teams', dial=None, lang='en-GB')
    body = f"""When: Thursday, 29 October 2026 13:00-13:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting

Hi Zanele,

Following your call with Priya last week, I'd love to speak with you about the {role} role. We're remote-friendly across time zones, so Cape Town is no problem at all.

Heads up that UK clocks go back this Sunday, so 13:00 London will be 15:00 in Cape Town on the day.

Best,
Oliver

Oliver Hartley
Head of Risk Analytics, Ledgerline
London EC1V


{teams}"""
    uid = exchange_uid('c06')
    ics1 = exchange_ics(method='REQUEST', uid=uid, seq=0, dtstamp=s1, org=oliver, atts=[ME], summary=subj,
                        start=start, end=end, desc=body.split('\n\n', 1)[1], location='Microsoft Teams Meeting',
                        tzid='GMT Standard Time', teams_url=url, lang='en-GB')
    m1 = exchange_invite(seed='c06a', frm=oliver, to=[ME], subject=subj, date=s1, body=body, ics_text=ics1, za=False,
                         recv_host='mail-db8eur05on2110.outbound.protection.outlook.com', recv_ip='40.107.20.110',
                         lang='en-GB')
    s2 = T(2026, 10, 27, 9, 3, tz=LON, wd='Tuesday', s=12)
    body2 = """Hi Zanele,

I'm really sorry \u2013 we were told this morning that the Risk & Fraud analyst headcount has been frozen until Q1, so I have to cancel Thursday's conversation. Priya will get in touch if the role reopens.

Apologies for the disruption, and thank you for your time so far.

Oliver
"""
    ics2 = exchange_ics(method='CANCEL', uid=uid, seq=1, dtstamp=s2, org=oliver, atts=[ME], summary=f'Canceled: {subj}',
                        start=start, end=end, desc=body2, location='Microsoft Teams Meeting',
                        tzid='GMT Standard Time', lang='en-GB')
    m2 = exchange_invite(seed='c06b', frm=oliver, to=[ME], subject=f'Canceled: {subj}', date=s2, body=body2,
                         ics_text=ics2, method='CANCEL', za=False,
                         recv_host='mail-db8eur05on2110.outbound.protection.outlook.com', recv_ip='40.107.20.110',
                         lang='en-GB')
    lab = label([iv('Ledgerline', role, start, end, 'cancelled', [oliver[1]], [oliver[1]], 'hiring_manager')],
                'hard', 'positive/cancellation-teams-gmt',
                'Teams request sent during BST for a slot after the 25 Oct clock change (GMT Standard Time, +00:00), '
                'then METHOD:CANCEL (headcount freeze). Kept as cancelled at 13:00 GMT = 15:00 SAST.')
    return slug, [('01-teams-request-ledgerline.eml', m1), ('02-canceled-ledgerline.eml', m2)], lab


@case
def c07():
    slug = 'b247-07-live-sql-assessment-then-panel'
    busi = ('Busisiwe Mahlangu', 'busi.mahlangu@jacarandabank.example')
    devan = ('Devan Naidoo', 'devan.naidoo@jacarandabank.example')
    lindiwe = ('Lindiwe Zulu', 'lindiwe.zulu@jacarandabank.example')
    marco = ('Marco Ferreira', 'marco.ferreira@jacarandabank.example')
    role = 'Senior Data Analyst \u2013 Retail Banking'
    sig = """Busisiwe Mahlangu
Talent Acquisition Partner | Jacaranda Bank
Jacaranda Place, 14 Fredman Drive, Sandton, Johannesburg
T: +27 11 555 0164"""
    s1 = T(2026, 10, 1, 11, 20, wd='Thursday', s=15)
    a_st = T(2026, 10, 6, 10, 0, wd='Tuesday')
    a_en = T(2026, 10, 6, 11, 0)
    b1 = f"""Hi Zanele,

Thank you for sending through the completed application form. The team would like to move you forward to the technical stage for the {role} role.

This is a live SQL assessment with Devan Naidoo (Analytics Engineering Lead) on Microsoft Teams \u2013 it is not a timed online test. Devan will share a SQL editor with a small set of banking tables (accounts, transactions, customers) and you'll write queries together while you talk him through your approach. It takes about an hour.

Would Tuesday 6 October at 10:00 work? I've sent a Teams invite as well; please accept it if the time suits.

Kind regards,
Busi

{sig}
"""
    m1, mid1 = plain_email(seed='c07a', frm=busi, to=[ME], subject='Jacaranda Bank \u2013 next step: live SQL session',
                           date=s1, body=b1, client='outlook-za',
                           recv_host='mail-jnb2za01on2131.outbound.protection.outlook.com', recv_ip='40.107.133.131')
    s2 = T(2026, 10, 1, 11, 24, s=2)
    teams, url = teams_block('c07teams', dial_city='Johannesburg', dial='+27 11 555 0193')
    body2 = f"""Hi Zanele,

As discussed \u2013 live SQL session with Devan. Please join from a laptop (not a phone) so that you can type comfortably in the shared editor.

Regards,
Busi


{teams}"""
    cal2 = exchange_ics(method='REQUEST', uid=exchange_uid('c07a'), seq=0, dtstamp=s2, org=busi, atts=[ME, devan],
                        summary='Jacaranda Bank: Live SQL assessment \u2013 Zanele Pietersen', start=a_st, end=a_en,
                        desc=body2, location='Microsoft Teams Meeting', teams_url=url)
    m2 = exchange_invite(seed='c07b', frm=busi, to=[ME, devan], subject='Jacaranda Bank: Live SQL assessment \u2013 Zanele Pietersen',
                         date=s2, body=body2, ics_text=cal2)
    s3 = T(2026, 10, 9, 15, 41, wd='Friday', s=9)
    p_st = T(2026, 10, 15, 13, 30, wd='Thursday')
    p_en = T(2026, 10, 15, 15, 0)
    b3 = f"""Hi Zanele,

Great news \u2013 Devan was very impressed with Tuesday's session, especially the way you handled the duplicate transactions. We'd like to invite you to a panel interview, in person at our Sandton head office:

Thursday 15 October 2026, 13:30 \u2013 15:00
Jacaranda Place, 14 Fredman Drive, Sandton (ask for me at reception, 3rd floor)

Panel:
- Lindiwe Zulu, Head of Retail Banking Analytics
- Marco Ferreira, Credit Strategy Manager
- Devan Naidoo, Analytics Engineering Lead

We'll book and pay for your flights from Cape Town; our travel desk will email you the itinerary separately. The calendar invite follows.

Kind regards,
Busi

{sig}

From: Busisiwe Mahlangu <{busi[1]}>
Sent: Thursday, 01 October 2026 11:20
To: Zanele Pietersen <{USER}>
Subject: Jacaranda Bank \u2013 next step: live SQL session

{b1.split(chr(10) + chr(10) + sig)[0]}
"""
    m3, mid3 = plain_email(seed='c07c', frm=busi, to=[ME], subject='RE: Jacaranda Bank \u2013 next step: live SQL session',
                           date=s3, body=b3, irt=mid1, refs=[mid1], client='outlook-za',
                           recv_host='mail-jnb2za01on2131.outbound.protection.outlook.com', recv_ip='40.107.133.131')
    s4 = T(2026, 10, 9, 15, 47, s=30)
    body4 = """Hi Zanele and panel,

Panel interview for the Senior Data Analyst \u2013 Retail Banking role, in person. Zanele is flying in from Cape Town; I'll meet her at reception.

Panel: Lindiwe (chair), Marco, Devan. Scorecards are in the shared folder.

Regards,
Busi
"""
    cal4 = exchange_ics(method='REQUEST', uid=exchange_uid('c07d'), seq=0, dtstamp=s4, org=busi,
                        atts=[ME, lindiwe, marco, devan],
                        summary='Panel interview: Zanele Pietersen \u2013 Senior Data Analyst (Retail Banking)',
                        start=p_st, end=p_en, desc=body4,
                        location='Jacaranda Place, Boardroom 3.2, 14 Fredman Drive, Sandton')
    m4 = exchange_invite(seed='c07e', frm=busi, to=[ME, lindiwe, marco, devan],
                         subject='Panel interview: Zanele Pietersen \u2013 Senior Data Analyst (Retail Banking)',
                         date=s4, body=body4, ics_text=cal4)
    lab = label([
        iv('Jacaranda Bank', role, a_st, a_en, 'scheduled', [devan[1]], [devan[1]], 'technical'),
        iv('Jacaranda Bank', role, p_st, p_en, 'scheduled', [lindiwe[1], marco[1], devan[1]],
           [lindiwe[1], marco[1], devan[1]], 'onsite'),
    ], 'medium', 'positive/two-interviews',
        'Two interviews at one bank: a LIVE SQL assessment with an interviewer (technical, not a take-home test) '
        'and a later in-person panel in Sandton (onsite). Recruiter coordinates only.')
    return slug, [('01-busi-live-sql-session.eml', m1), ('02-teams-request-sql-session.eml', m2),
                  ('03-busi-panel-invitation.eml', m3), ('04-panel-meeting-request.eml', m4)], lab


@case
def c08():
    slug = 'b247-08-amsterdam-interview-across-dst-end'
    sanne = ('Sanne de Vries', 'sanne.devries@tulpwise.example')
    joost = ('Joost Bakker', 'joost.bakker@tulpwise.example')
    role = 'Data Analyst \u2013 Payments Analytics'
    s1 = T(2026, 10, 20, 14, 12, tz=AMS, wd='Tuesday', s=55)
    start = T(2026, 10, 27, 10, 0, tz=AMS, wd='Tuesday')
    end = T(2026, 10, 27, 11, 0, tz=AMS)
    assert s1.utcoffset() == timedelta(hours=2) and start.utcoffset() == timedelta(hours=1)
    assert start.astimezone(SAST).hour == 11
    b1 = f"""Hi Zanele,

Thanks for your quick replies this week! As promised, the next step for the {role} role is a technical interview with Joost Bakker, our Lead Data Analyst for Payments. Expect some SQL and Python questions and an A/B test result that you'll dig into together \u2013 no preparation needed.

I've booked Tuesday 27 October, 10:00\u201311:00 Amsterdam time. One thing to watch: right now Amsterdam and Cape Town are on the same time, but our clocks go back one hour on Sunday 25 October. So on the day, 10:00 in Amsterdam will be 11:00 for you in Cape Town. The calendar invite should show the right time in your calendar, but I wanted to flag it.

Groetjes,
Sanne

Sanne de Vries
Talent Partner | Tulpwise
Keizersgracht 241, Amsterdam
"""
    m1, mid1 = plain_email(seed='c08a', frm=sanne, to=[ME], subject='Tulpwise \u2013 technical interview with Joost',
                           date=s1, body=b1, client='gmail')
    s2 = T(2026, 10, 20, 14, 15, tz=AMS, s=2)
    title = 'Tulpwise | Technical interview \u2013 Zanele Pietersen'
    meet = meet_code('c08meet')
    desc = (f'Technical interview for the {role} role with Joost Bakker (Lead Data Analyst, Payments). '
            'SQL, Python and an A/B test discussion. Sanne de Vries (Talent) is the organiser and will not join.')
    ics1 = google_ics(method='REQUEST', uid=f'{ALNUM("c08uid", 26)}@google.com', seq=0, dtstamp=s2,
                      created=s2 - timedelta(minutes=1), lastmod=s2, org=sanne,
                      atts=[(joost[0], joost[1], 'ACCEPTED'), (USER, USER, 'NEEDS-ACTION'), (sanne[0], sanne[1], 'ACCEPTED')],
                      summary=title, start=start, end=end, desc=desc, meet=meet)
    m2 = google_invite(seed='c08b', org=sanne, date=s2.astimezone(UTC),
                       subject=f'Invitation: {title} @ Tue 27 Oct 2026 10:00 - 11:00 (CET) ({USER})',
                       title=title, start=start, end=end, tzlabel='Central European Time - Amsterdam', desc=desc,
                       guests=[joost[0], USER], ics_text=ics1, meet=meet)
    lab = label([iv('Tulpwise', role, start, end, 'scheduled', [joost[1]], [joost[1]], 'technical')],
                'hard', 'positive/dst-amsterdam',
                'Booked on 20 Oct (CEST, same offset as SAST) for 27 Oct, after the EU clock change: 10:00 CET = '
                '09:00Z = 11:00 SAST. Google invite in UTC. Recruiter e-mail + invite are ONE interview.')
    return slug, [('01-sanne-technical-interview.eml', m1), ('02-invitation-technical-interview.eml', m2)], lab


@case
def c09():
    slug = 'b247-09-london-intro-call-thread-after-clock-change'
    harriet = ('Harriet Cole', 'harriet.cole@thamesgatepay.example')
    role = 'Data Analyst (Growth)'
    s1 = T(2026, 10, 21, 16, 5, tz=LON, wd='Wednesday', s=22)
    T(2026, 10, 23, 14, 0, tz=LON, wd='Friday')
    start = T(2026, 10, 26, 9, 30, tz=LON, wd='Monday')
    end = start + timedelta(minutes=30)
    assert start.utcoffset() == timedelta(0) and start.astimezone(SAST).strftime('%H:%M') == '11:30'
    b1 = f"""Hi Zanele,

Thanks for applying for the {role} role at Thamesgate Pay \u2013 we're open to hiring in South Africa for this one, and your experience with retail customer data caught our eye.

I'd love to set up a 30-minute intro call \u2013 a chance for me to tell you more about the team and to hear what you're looking for. Would either of these work?

\u2022 Friday 23 October, 14:00 UK time
\u2022 Monday 26 October, 09:30 UK time

Best wishes,
Harriet

Harriet Cole
Senior Talent Partner | Thamesgate Pay
71 Leonard Street, London EC2A
"""
    m1, mid1 = plain_email(seed='c09a', frm=harriet, to=[ME], subject=f'Thamesgate Pay \u2013 {role}', date=s1, body=b1,
                           client='outlook', recv_host='mail-am6eur05on2098.outbound.protection.outlook.com',
                           recv_ip='40.107.22.98')
    s2 = T(2026, 10, 21, 20, 31, s=7)
    b2 = f"""Hi Harriet,

Thank you, I'd love to chat. Monday 26 October at 09:30 UK time works best for me \u2013 if I've got the clock change right, that's 11:30 here in Cape Town.

Kind regards,
Zanele

On Wed, 21 Oct 2026 at 17:05, Harriet Cole <{harriet[1]}> wrote:
{quote(b1)}
"""
    m2, mid2 = plain_email(seed='c09b', frm=ME, to=[harriet], subject=f'Re: Thamesgate Pay \u2013 {role}', date=s2,
                           body=b2, irt=mid1, refs=[mid1], client='gmail')
    s3 = T(2026, 10, 22, 9, 12, tz=LON, wd='Thursday', s=48)
    meet = meet_code('c09meet')
    b3 = f"""Hi Zanele,

Perfect \u2013 Monday 26 October at 09:30 GMT it is (our clocks go back on Sunday), which is 11:30 for you, so you've got it right. I'll see you on Google Meet: https://meet.google.com/{meet}

Speak then!
Harriet

Harriet Cole
Senior Talent Partner | Thamesgate Pay

From: Zanele Pietersen <{USER}>
Sent: 21 October 2026 19:31
To: Harriet Cole <{harriet[1]}>
Subject: Re: Thamesgate Pay \u2013 {role}

{b2.split(chr(10) + 'On Wed')[0].rstrip()}
"""
    m3, _ = plain_email(seed='c09c', frm=harriet, to=[ME], subject=f'RE: Thamesgate Pay \u2013 {role}', date=s3, body=b3,
                        irt=mid2, refs=[mid1, mid2], client='outlook',
                        recv_host='mail-am6eur05on2098.outbound.protection.outlook.com', recv_ip='40.107.22.98')
    lab = label([iv('Thamesgate Pay', role, start, end, 'scheduled', [harriet[1]], [harriet[1]], 'phone_screen')],
                'hard', 'positive/thread-london-dst',
                'Plain e-mail thread: two UK-time options offered, candidate picks Monday 26 Oct 09:30 UK time (first day '
                'after the clock change, GMT +00:00 = 11:30 SAST), recruiter confirms. Recruiter runs the intro call.')
    return slug, [('01-harriet-two-options.eml', m1), ('02-zanele-picks-monday.eml', m2),
                  ('03-harriet-confirms.eml', m3)], lab


@case
def c10():
    slug = 'b247-10-afrikaans-onderhoud-paarl'
    elmarie = ('Elmarie Steyn', 'elmarie.steyn@bolandversekering.example')
    johan = ('Johan Kruger', 'johan.kruger@bolandversekering.example')
    s1 = T(2026, 10, 28, 8, 47, wd='Wednesday', s=19)
    start = T(2026, 11, 3, 10, 0, wd='Tuesday')
    end = T(2026, 11, 3, 11, 0)
    T(2026, 10, 30, wd='Friday')
    subj = 'Uitnodiging na onderhoud: Data-ontleder (Verw. BV-2026-114)'
    b1 = """Goeie m\u00f4re Zanele

Baie dankie vir jou aansoek vir die pos van Data-ontleder by Boland Versekering.

Ons nooi jou graag uit na 'n onderhoud op Dinsdag 3 November 2026 om 10:00 by ons hoofkantoor, Hoofstraat 211, Paarl. Die onderhoud sal ongeveer 'n uur duur.

Die paneel bestaan uit mnr. Johan Kruger (Hoof: Data-analise, in afskrif) en me. Anri du Plessis (Senior Aktuari\u00eble Ontleder). Jy is welkom om die onderhoud in Afrikaans of Engels te voer \u2013 net wat jy verkies.

Bring asseblief jou ID-dokument en afskrifte van jou kwalifikasies saam. Daar is besoekersparkering agter die gebou.

Laat weet asseblief teen Vrydag of die tyd jou pas.

Vriendelike groete

Elmarie Steyn
Menslike Hulpbronne | Boland Versekering
Hoofstraat 211, Paarl, 7646
Tel: 021 555 0172
"""
    m1, mid1 = plain_email(seed='c10a', frm=elmarie, to=[ME], cc=[johan], subject=subj, date=s1, body=b1,
                           client='outlook-za', recv_host='mail-jnb2za01on2117.outbound.protection.outlook.com',
                           recv_ip='40.107.133.117')
    s2 = T(2026, 10, 28, 12, 3, s=40)
    b2 = f"""Goeie middag Elmarie

Baie dankie vir die uitnodiging! Dinsdag 3 November om 10:00 pas my perfek. Ek sien uit daarna om mnr. Kruger en me. Du Plessis te ontmoet.

Vriendelike groete
Zanele Pietersen
071 555 0186

On Wed, 28 Oct 2026 at 08:47, Elmarie Steyn <{elmarie[1]}> wrote:
{quote(b1)}
"""
    m2, _ = plain_email(seed='c10b', frm=ME, to=[elmarie], cc=[johan], subject='Re: ' + subj, date=s2, body=b2,
                        irt=mid1, refs=[mid1], client='gmail')
    lab = label([iv('Boland Versekering', 'Data-ontleder', start, end, 'scheduled', [johan[1]], [johan[1]], 'onsite')],
                'medium', 'positive/afrikaans-email',
                'Afrikaans invitation ("onderhoud op Dinsdag 3 November 2026 om 10:00", "ongeveer \'n uur"), in person '
                'in Paarl with a two-person panel -> onsite. Only Johan Kruger\'s address appears (cc), so only he is '
                'listed; Anri du Plessis has no address.')
    return slug, [('01-uitnodiging-onderhoud.eml', m1), ('02-zanele-bevestig.eml', m2)], lab


@case
def c11():
    slug = 'b247-11-email-and-calendar-api-event'
    aisha = ('Aisha Jacobs', 'aisha.jacobs@lionshead-insurance.example')
    kyle = ('Kyle Hendricks', 'kyle.hendricks@lionshead-insurance.example')
    role = 'Pricing Data Analyst'
    s1 = T(2026, 11, 2, 10, 2, wd='Monday', s=37)
    start = T(2026, 11, 5, 15, 0, wd='Thursday')
    end = T(2026, 11, 5, 16, 0)
    b1 = f"""Hi Zanele,

Thanks for completing the screening questionnaire. I'm pleased to let you know that you've been shortlisted for a technical interview with Kyle Hendricks, who leads our Pricing Analytics team.

Thursday 5 November, 15:00 \u2013 16:00, on Google Meet. Kyle will go through a motor pricing dataset with you (think loss ratios and rating factors), so have Excel or your SQL tool of choice handy.

I've just sent a calendar invitation to this address.

Kind regards
Aisha Jacobs
Recruitment Specialist | Lion's Head Insurance
Foreshore, Cape Town
"""
    m1, _ = plain_email(seed='c11a', frm=aisha, to=[ME], subject=f'Technical interview \u2013 {role}', date=s1,
                        body=b1, client='gmail')
    meet = meet_code('c11meet')
    eid = ALNUM('c11eid', 26)
    created = T(2026, 11, 2, 10, 1, s=12)
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{DIG("c11etag", 16)}"',
        'id': eid,
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' + base64.b64encode(f'{eid} {USER}'.encode()).decode().rstrip('='),
        'created': iso_z(created),
        'updated': iso_z(created + timedelta(minutes=4, seconds=21)),
        'summary': f'Technical interview: Zanele Pietersen ({role})',
        'description': 'Motor pricing case with Kyle Hendricks (Pricing Analytics Team Lead). Aisha is organising only.',
        'creator': {'email': aisha[1], 'displayName': aisha[0]},
        'organizer': {'email': aisha[1], 'displayName': aisha[0]},
        'start': {'dateTime': start.isoformat(), 'timeZone': 'Africa/Johannesburg'},
        'end': {'dateTime': end.isoformat(), 'timeZone': 'Africa/Johannesburg'},
        'iCalUID': f'{eid}@google.com',
        'sequence': 0,
        'attendees': [
            {'email': aisha[1], 'displayName': aisha[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': kyle[1], 'displayName': kyle[0], 'responseStatus': 'accepted'},
            {'email': USER, 'displayName': USER_NAME, 'self': True, 'responseStatus': 'needsAction'},
        ],
        'hangoutLink': f'https://meet.google.com/{meet}',
        'conferenceData': {
            'entryPoints': [
                {'entryPointType': 'video', 'uri': f'https://meet.google.com/{meet}', 'label': f'meet.google.com/{meet}'},
                {'entryPointType': 'phone', 'uri': 'tel:+27-10-555-0144', 'label': '+27 10 555 0144',
                 'pin': DIG('c11pin', 9), 'regionCode': 'ZA'},
            ],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
            'conferenceId': meet,
        },
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    j = json.dumps(ev, indent=2, ensure_ascii=False) + '\n'
    lab = label([iv("Lion's Head Insurance", role, start, end, 'scheduled', [kyle[1]], [kyle[1]], 'technical')],
                'medium', 'positive/dedupe-email-gcal-json',
                'Recruiter e-mail plus the Calendar API event for the same slot: ONE technical interview.')
    return slug, [('01-aisha-technical-interview.eml', m1), ('02-technical-interview.gcal.json', j)], lab


@case
def c12():
    slug = 'b247-12-midrand-interview-day-three-ics'
    tshepo = ('Tshepo Molefe', 'tshepo.molefe@kareeretail.example')
    hendrik = ('Hendrik Visser', 'hendrik.visser@kareeretail.example')
    precious = ('Precious Mokoena', 'precious.mokoena@kareeretail.example')
    nadia = ('Nadia Osman', 'nadia.osman@kareeretail.example')
    role = 'Data Analyst \u2013 Supply Chain'
    s1 = T(2026, 11, 5, 16, 20, wd='Thursday', s=5)
    day = (2026, 11, 11)
    T(*day, wd='Wednesday')
    sessions = [
        (T(*day, 9, 0), T(*day, 9, 45), 'Interview with Hendrik Visser', [hendrik]),
        (T(*day, 10, 0), T(*day, 11, 0), 'Case study presentation', [hendrik, precious]),
        (T(*day, 12, 15), T(*day, 13, 0), 'Conversation with Nadia Osman', [nadia]),
    ]
    b1 = f"""Dear Zanele

Thank you for accepting our invitation to the final interview stage for the {role} position. Your itinerary for Wednesday 11 November at our Midrand support office is below; the three calendar entries are attached separately.

09:00 \u2013 09:45  Interview with Hendrik Visser, Supply Chain Analytics Manager
10:00 \u2013 11:00  Case study presentation to Hendrik Visser and Precious Mokoena (Senior Demand Planner)
11:00 \u2013 12:15  Break, office tour and lunch in the staff canteen (our treat)
12:15 \u2013 13:00  Conversation with Nadia Osman, Head of Data & Analytics

Please bring your laptop with the case study deck (maximum 10 slides) and your ID for security at the gate. Parking is available in the visitors' bays at Gate 2, Karee Retail Support Office, 45 New Road, Midrand.

Kind regards
Tshepo Molefe
Recruitment Coordinator | Karee Retail
"""
    m1, _ = plain_email(seed='c12a', frm=tshepo, to=[ME], subject='Karee Retail \u2013 your interview day on Wednesday 11 November',
                        date=s1, body=b1, client='outlook-za',
                        recv_host='mail-jnb2za01on2155.outbound.protection.outlook.com', recv_ip='40.107.133.155')
    files = [('01-tshepo-itinerary.eml', m1)]
    for i, (st, en, what, people) in enumerate(sessions):
        atts = [f'ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER}']
        atts += [f'ATTENDEE;CN={p[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:{p[1]}' for p in people]
        cal = generic_ics(prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', method='REQUEST',
                          uid=exchange_uid(f'c12s{i}'), seq=0, dtstamp=s1 + timedelta(minutes=i + 1), org=tshepo,
                          atts=atts, summary=f'Karee Retail interview day ({i + 1}/3): {what} \u2013 Zanele Pietersen',
                          start=st, end=en, tzid='South Africa Standard Time',
                          desc=f'{role} \u2013 final stage, session {i + 1} of 3. Reception: Gate 2, 45 New Road, Midrand.',
                          location='Karee Retail Support Office, 45 New Road, Midrand',
                          extra=['X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
                                 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE'])
        slug_part = ['hendrik', 'case-study', 'nadia'][i]
        files.append((f'0{i + 2}-session-{i + 1}-{slug_part}.ics', cal))
    people = [hendrik[1], precious[1], nadia[1]]
    lab = label([iv('Karee Retail', role, sessions[0][0], sessions[-1][1], 'scheduled', people, people, 'onsite')],
                'medium', 'positive/onsite-loop-standalone-ics',
                'Same-day in-person loop in Midrand sent as three standalone .ics files (Windows TZID) with a lunch '
                'break: ONE onsite 09:00-13:00 SAST with all three interviewers; coordinator excluded.')
    return slug, files, lab


@case
def c13():
    slug = 'b247-13-forwarded-final-interview-next-monday'
    chantal = ('Chantal Williams', 'chantal.williams@umoyabank.example')
    themba = ('Themba Mthembu', 'themba.mthembu@umoyabank.example')
    old = ('Zanele Pietersen', 'zanele.p@webmail.example')
    role = 'Data Analyst \u2013 Customer Value Management'
    orig = T(2026, 11, 12, 14, 35, wd='Thursday', s=10)
    fwd = T(2026, 11, 13, 7, 58, wd='Friday', s=2)
    start = T(2026, 11, 16, 8, 30, wd='Monday')
    end = start + timedelta(minutes=30)
    teams, url = teams_block('c13teams', dial_city='Johannesburg', dial='+27 11 555 0177')
    ob = f"""Hi Zanele,

Thank you for your patience while Themba was travelling. He would like to meet you for a final 30-minute conversation about the {role} role next Monday at 08:30, on Teams (link below). He's copied here.

This is the last step in our process; if it goes well we'd aim to have an offer to you by the end of that week.

Kind regards
Chantal

Chantal Williams
Executive Recruiter | Umoya Bank
Oxford Parks, Rosebank, Johannesburg

{teams}"""
    body = f"""Sending to my main address so I don't lose this. Note to self: Monday 08:30, Teams!

---------- Forwarded message ---------
From: Chantal Williams <{chantal[1]}>
Date: Thu, 12 Nov 2026 at 14:35
Subject: Umoya Bank \u2013 final interview
To: Zanele Pietersen <{old[1]}>
Cc: Themba Mthembu <{themba[1]}>


{ob}"""
    m, _ = plain_email(seed='c13', frm=old, to=[ME], subject='Fwd: Umoya Bank \u2013 final interview', date=fwd, body=body,
                       client='gmail', recv_host='smtp.webmail.example', recv_ip='198.51.100.23')
    lab = label([iv('Umoya Bank', role, start, end, 'scheduled', [themba[1]], [themba[1]], 'hiring_manager')],
                'hard', 'positive/forwarded-relative-date',
                'Candidate forwards the recruiter mail from an old address. "next Monday at 08:30" resolved against the '
                'original Thu 12 Nov date (and the Fri 13 Nov forward) -> Mon 16 Nov. Final chat with the Chief Data '
                'Officer (cc\'d in the forwarded block) -> hiring_manager; he is the follow-up recipient.')
    return slug, [('01-fwd-umoya-final-interview.eml', m)], lab


# =============================================================================
# NEGATIVE CASES (look-alikes)
# =============================================================================
@case
def c14():
    slug = 'b247-14-home-loan-branch-interview'
    fatima = ('Fatima Isaacs', 'fatima.isaacs@sunbirdbank.example')
    sent = T(2026, 9, 11, 13, 22, wd='Friday', s=40)
    start = T(2026, 9, 15, 10, 0, wd='Tuesday')
    end = T(2026, 9, 15, 11, 0)
    text = """Dear Ms Pietersen

Your appointment with a home loan consultant is confirmed.

Date: Tuesday, 15 September 2026
Time: 10:00 \u2013 11:00
Branch: Claremont, Cavendish Close, Shop 14
Consultant: Fatima Isaacs, Home Loans Consultant (fatima.isaacs@sunbirdbank.example)
Reference: HL-88213-CPT

During this interview your consultant will go through your home loan application for the property at 7 Rhodes Avenue, Mowbray, confirm your income and expenses, and discuss your pre-approval and the bond registration process.

Please bring:
\u2022 Your green barcoded ID book or smart ID card
\u2022 Your latest 3 months' payslips
\u2022 3 months' bank statements (if your salary is not paid into a Sunbird account)
\u2022 The Offer to Purchase signed by you and the seller

Need to reschedule? Reply to this email or call 0860 555 123. A calendar invitation is attached for your convenience.

Sunbird Bank Limited is an authorised financial services and registered credit provider (NCRCP 0000).
"""
    cal = generic_ics(prodid='-//Sunbird Bank//Branch Appointments//EN', method='REQUEST',
                      uid=f'HL-88213-CPT-{H("c14", 8)}@sunbirdbank.example', seq=0, dtstamp=sent,
                      org=('Sunbird Bank Appointments', 'appointments@sunbirdbank.example'),
                      atts=[f'ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER}',
                            f'ATTENDEE;CN={fatima[0]};ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:{fatima[1]}'],
                      summary='Home loan interview \u2013 Sunbird Bank Claremont', start=start, end=end,
                      desc='Home loan application interview with Fatima Isaacs. Ref HL-88213-CPT. Bring ID, payslips, '
                           'bank statements and the signed Offer to Purchase.',
                      location='Sunbird Bank Claremont, Cavendish Close, Shop 14')
    root = multi('mixed', f'=_sb_{H("c14b", 20)}', [
        alt('c14', text, style='font-family:Arial,sans-serif;font-size:14px'),
        leaf('text/calendar; charset=utf-8; method=REQUEST; name="appointment.ics"', cal, 'base64',
             [('Content-Disposition', 'attachment; filename="appointment.ics"')]),
    ])
    hdrs = [('Return-Path', '<appointments@sunbirdbank.example>'),
            ('From', 'Sunbird Bank Home Loans <appointments@sunbirdbank.example>'), ('Reply-To', addr(*fatima)),
            ('To', addr(*ME)), ('Subject', hdr('Appointment confirmed: home loan interview \u2013 Claremont, Tue 15 Sep 10:00')),
            ('Date', rfc(sent)), ('Message-ID', f'<{UUID("c14")}@appointments.sunbirdbank.example>')]
    m = message(hdrs, root, recv=received('c14', sent, 'smtp1.sunbirdbank.example', '198.51.100.61'))
    lab = label([], 'hard', 'negative/bank-appointment',
                'Branch appointment about the user\'s own home loan; called an "interview", has a consultant, time and '
                '.ics, but it is not a job interview.')
    return slug, [('01-home-loan-appointment.eml', m)], lab


@case
def c15():
    slug = 'b247-15-medical-aid-wellness-check-booking'
    sent = T(2026, 9, 16, 7, 5, wd='Wednesday', s=0)
    start = T(2026, 9, 17, 8, 15, wd='Thursday')
    end = start + timedelta(minutes=20)
    text = """Hi Zanele

Your Vitality Health Check is booked.

When: Thursday, 17 September 2026 at 08:15 (allow 20 minutes)
Where: Kloof Street Pharmacy Clinic, 52 Kloof Street, Gardens, Cape Town
With: Sister Joyce Mabuza (registered nurse)

What we'll check: blood pressure, blood glucose, cholesterol and BMI. Please fast for 8 hours before your screening if possible (water is fine) and bring your membership card or the Discovery app.

Completing your Vitality Health Check earns you Vitality points towards your status for the year.

Need to change your booking? Manage it in the Discovery app under Vitality > Health Check > My bookings, or call the clinic on 021 555 0135.

Discovery Health Medical Scheme | Member no. 4000 555 913
This is an automated message, please do not reply.
"""
    cal = generic_ics(prodid='-//Discovery//Vitality Bookings//EN', method='PUBLISH',
                      uid=f'VHC-{DIG("c15", 10)}@vitality.discovery.example', seq=0, dtstamp=sent, org=None,
                      atts=[], summary='Vitality Health Check \u2013 Kloof Street Pharmacy Clinic', start=start, end=end,
                      desc='Blood pressure, glucose, cholesterol and BMI screening. Fast for 8 hours if possible.',
                      location='Kloof Street Pharmacy Clinic, 52 Kloof Street, Gardens, Cape Town')
    root = multi('mixed', f'----=_NextPart_{HU("c15b", 24)}', [
        alt('c15', text, style='font-family:Arial,sans-serif;font-size:14px;color:#1b3f6b'),
        leaf('text/calendar; charset=utf-8; name="VitalityHealthCheck.ics"', cal, 'base64',
             [('Content-Disposition', 'attachment; filename="VitalityHealthCheck.ics"')]),
    ])
    hdrs = [('Return-Path', '<bounces@vitality.discovery.example>'),
            ('From', 'Discovery Vitality <noreply@vitality.discovery.example>'), ('To', USER),
            ('Subject', 'Your Vitality Health Check is booked for Thu 17 Sep at 08:15'), ('Date', rfc(sent)),
            ('Message-ID', f'<{UUID("c15")}@vitality.discovery.example>')]
    m = message(hdrs, root, recv=received('c15', sent, 'mta3.vitality.discovery.example', '198.51.100.90'))
    lab = label([], 'medium', 'negative/medical-booking',
                'Medical-aid wellness screening booking with a named nurse, time and .ics; not a job interview.')
    return slug, [('01-vitality-health-check-booked.eml', m)], lab


@case
def c16():
    slug = 'b247-16-graduation-rehearsal-candidates'
    office = ('TMU Graduation Office', 'graduation@tmu.example')
    sent = T(2026, 11, 16, 9, 0, wd='Monday', s=14)
    start = T(2026, 12, 9, 14, 0, wd='Wednesday')
    end = T(2026, 12, 9, 15, 30)
    T(2026, 12, 11, wd='Friday')
    body = """When: Wednesday, 9 December 2026 14:00-15:30 (UTC+02:00) Harare, Pretoria.
Where: Jameson Hall, Upper Campus

Dear Graduand

Congratulations on completing your BCom Honours (Data Science). You are scheduled to graduate in Ceremony 4 of the Faculty of Commerce on Friday 11 December 2026.

All candidates graduating in Ceremony 4 must attend the rehearsal in Jameson Hall. You will be called in the order of the graduation programme, shown where to sit and how to cross the stage, and you can collect your gown and hood from the Alumni Office afterwards. Please bring your student card.

Candidates who do not attend the rehearsal will still be allowed to graduate, but may be asked to graduate in absentia if the programme cannot be changed.

Please accept this invitation so that we can plan seating.

Kind regards
Graduation Office | Table Mountain University
"""
    subj = 'Graduation rehearsal \u2013 Faculty of Commerce, Ceremony 4'
    cal = exchange_ics(method='REQUEST', uid=exchange_uid('c16'), seq=0, dtstamp=sent, org=office, atts=[ME],
                       summary=subj, start=start, end=end, desc=body.split('\n\n', 1)[1],
                       location='Jameson Hall, Upper Campus')
    m = exchange_invite(seed='c16', frm=office, to=[ME], subject=subj, date=sent, body=body, ics_text=cal)
    lab = label([], 'hard', 'negative/graduation-rehearsal',
                'University graduation rehearsal sent as an Exchange request (South Africa Standard Time); talks about '
                '"candidates" being "called"; not a job interview.')
    return slug, [('01-graduation-rehearsal-request.eml', m)], lab


@case
def c17():
    slug = 'b247-17-body-corporate-agm-trustee-candidates'
    shireen = ('Shireen Davids', 'shireen@bergbay.example')
    sent = T(2026, 10, 19, 10, 15, wd='Monday', s=51)
    start = T(2026, 11, 5, 18, 30, wd='Thursday')
    end = T(2026, 11, 5, 20, 0)
    T(2026, 10, 29, wd='Thursday')
    teams, url = teams_block('c17teams')
    text = f"""Dear Owners

NOTICE OF ANNUAL GENERAL MEETING \u2013 SEAVIEW HEIGHTS BODY CORPORATE (SS 112/1998)

Notice is hereby given that the Annual General Meeting of the Seaview Heights Body Corporate will be held on Thursday 5 November 2026 at 18:30 in the clubhouse and on Microsoft Teams (link below). A calendar invitation is attached.

AGENDA
1. Welcome, attendance and proxies
2. Confirmation of quorum
3. Approval of the minutes of the 2025 AGM
4. Trustees' report and approval of the audited financial statements
5. Approval of the 2027 budget and levy increase (proposed 7.5%)
6. Election of trustees \u2013 the following candidates have been nominated: Mr G. Petersen (Unit 12), Ms N. Cele (Unit 4) and Mr A. Rossouw (Unit 21). Candidates will each have three minutes to address the meeting.
7. Special resolution: installation of a solar and battery backup system for the common property (load-shedding)
8. General

Owners who are unable to attend may appoint a proxy using the attached form, to reach our offices by Thursday 29 October 2026.

Kind regards
Shireen Davids
Portfolio Manager | Berg & Bay Managing Agents
Unit 3, Bay Office Park, Sea Point, Cape Town

{teams}"""
    cal = generic_ics(prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', method='PUBLISH',
                      uid=exchange_uid('c17'), seq=0, dtstamp=sent, org=shireen,
                      atts=[], summary='Seaview Heights Body Corporate \u2013 AGM 2026', start=start, end=end,
                      tzid='South Africa Standard Time',
                      desc='Annual General Meeting. Agenda, proxy form and financial statements attached to the notice. '
                           f'Join on Teams: {url}',
                      location='Seaview Heights clubhouse / Microsoft Teams')
    m, _ = plain_email(seed='c17', frm=shireen, to=[('Seaview Heights Owners', 'owners-seaviewheights@bergbay.example')],
                       subject='Notice of AGM \u2013 Seaview Heights Body Corporate \u2013 Thursday 5 November 2026',
                       date=sent, body=text, client='outlook-za',
                       attachments=[leaf('text/calendar; charset="utf-8"; method=PUBLISH; name="AGM 2026.ics"', cal,
                                         'base64', [('Content-Disposition', 'attachment; filename="AGM 2026.ics"')])],
                       recv_host='mail-jnb2za01on2140.outbound.protection.outlook.com', recv_ip='40.107.133.140')
    lab = label([], 'medium', 'negative/body-corporate-agm',
                'Body-corporate AGM notice with .ics and Teams link; "candidates nominated" for trustee election. '
                'Not a job interview.')
    return slug, [('01-notice-of-agm.eml', m)], lab


@case
def c18():
    slug = 'b247-18-user-interviews-intern-candidate'
    lwazi = ('Lwazi Ntuli', 'lwazi@code4kaap.example')
    amahle = ('Amahle Sithole', 'amahle.sithole@students.example')
    s1 = T(2026, 11, 3, 9, 41, wd='Tuesday', s=26)
    start = T(2026, 11, 9, 17, 30, wd='Monday')
    end = T(2026, 11, 9, 18, 15)
    b1 = """Hi Zanele,

Thanks so much for agreeing to sit on the interview panel for our 2027 Data Internship \u2013 the students really benefit from hearing from working analysts.

You'll be interviewing with me on Monday evening after work (17:30, 45 minutes, Google Meet). Your candidate is Amahle Sithole, a 3rd-year Statistics student. I'll send the invite with her CV and the scorecard in a minute. Please submit your scores in the form straight after the interview so we can make offers by the end of the month.

Dankie!
Lwazi

Lwazi Ntuli
Programme Lead | Code4Kaap (NPC)
"""
    m1, _ = plain_email(seed='c18a', frm=lwazi, to=[ME], subject='Intern interviews \u2013 thank you for helping!', date=s1,
                        body=b1, client='gmail')
    s2 = T(2026, 11, 3, 9, 47, s=3)
    title = 'Intern interview \u2013 Amahle Sithole (panel: Lwazi, Zanele)'
    meet = meet_code('c18meet')
    desc = ('Code4Kaap 2027 Data Internship interviews. Panel: Lwazi Ntuli and Zanele Pietersen (volunteer interviewer). '
            'Candidate: Amahle Sithole. Scorecard: https://forms.code4kaap.example/intern-scorecard-2027')
    cal = google_ics(method='REQUEST', uid=f'{ALNUM("c18uid", 26)}@google.com', seq=0, dtstamp=s2,
                     created=s2 - timedelta(minutes=2), lastmod=s2, org=lwazi,
                     atts=[(lwazi[0], lwazi[1], 'ACCEPTED'), (USER, USER, 'NEEDS-ACTION'), (amahle[0], amahle[1], 'ACCEPTED')],
                     summary=title, start=start, end=end, desc=desc, meet=meet)
    m2 = google_invite(seed='c18b', org=lwazi, date=s2.astimezone(UTC),
                       subject=f'Invitation: {title} @ Mon 9 Nov 2026 17:30 - 18:15 (SAST) ({USER})', title=title,
                       start=start, end=end, tzlabel='South Africa Standard Time', desc=desc,
                       guests=[USER, amahle[0]], ics_text=cal, meet=meet)
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'The user volunteers as an interviewer on a non-profit internship panel (Google invite, "Intern '
                'interview"); the candidate is someone else.')
    return slug, [('01-lwazi-thank-you.eml', m1), ('02-invitation-intern-interview.eml', m2)], lab


@case
def c19():
    slug = 'b247-19-takealot-delivery-slot'
    sent = T(2026, 10, 14, 6, 12, wd='Wednesday', s=9)
    T(2026, 10, 15, wd='Thursday')
    text = """Hi Zanele,

Good news! Your order is scheduled for delivery.

Order number: 71234567
Delivery date: Thursday, 15 October 2026
Delivery window: 08:00 \u2013 12:00
Delivery address: 14 Lower Main Road, Observatory, Cape Town, 7925

Items in this delivery:
1 x Ergonomic aluminium laptop stand
1 x 27" IPS monitor (1440p)
1 x Wireless keyboard and mouse combo

Your driver will SMS you on the morning of delivery and call about 30 minutes before arriving. Please make sure someone is home to sign for the parcel \u2013 an ID number may be requested.

Can't be home? You can change your delivery slot until 20:00 tonight: https://www.takealot.example/account/orders/71234567/delivery

Thanks for shopping with us!
Takealot Customer Service
"""
    root = alt('c19', text, cte='quoted-printable', style='font-family:Roboto,Arial,sans-serif;font-size:14px;color:#4d4d4f')
    hdrs = [('Return-Path', '<bounce-71234567@mailer.takealot.example>'), ('From', 'Takealot <noreply@takealot.example>'),
            ('To', addr(*ME)), ('Subject', 'Your order 71234567 is scheduled for delivery on Thursday, 15 October'),
            ('Date', rfc(sent)), ('Message-ID', f'<{UUID("c19")}@mailer.takealot.example>'),
            ('List-Unsubscribe', '<https://www.takealot.example/account/notifications>')]
    m = message(hdrs, root, recv=received('c19', sent, 'mailer.takealot.example', '198.51.100.17'))
    lab = label([], 'easy', 'negative/delivery-slot',
                'Online-shop delivery window with date and time; no hiring content.')
    return slug, [('01-delivery-scheduled.eml', m)], lab


@case
def c20():
    slug = 'b247-20-smartrecruiters-rejection-after-interview'
    sent = T(2026, 10, 22, 15, 30, wd='Thursday', s=44).astimezone(UTC)
    T(2026, 10, 19, wd='Monday')
    role = 'Data Analyst \u2013 Fraud Analytics'
    text = f"""Dear Zanele,

Thank you for taking the time to interview with us on Monday 19 October for the {role} position at Cederberg Bank, and for the thought you put into the fraud case discussion.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the requirements of the role at this time.

We were impressed by your background and would like to keep your profile in our talent community. We may contact you about future interviews for relevant roles.

We wish you every success in your job search.

Kind regards,
Talent Acquisition Team
Cederberg Bank

--
Powered by SmartRecruiters. You received this message because you applied to Cederberg Bank.
"""
    root = multi('alternative', f'----=_Part_{DIG("c20b", 6)}_{DIG("c20c", 9)}.{DIG("c20t", 13)}', [
        leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', html_doc(text, 'font-family:Helvetica,Arial,sans-serif;font-size:14px'), 'quoted-printable')])
    hdrs = [('Return-Path', f'<0102019{H("c20rp", 9)}@bounces.smartrecruiters.com>'),
            ('From', 'Cederberg Bank <noreply@smartrecruiters.com>'), ('To', addr(*ME)),
            ('Subject', hdr(f'Update on your application: {role}')), ('Date', rfc(sent)),
            ('Message-ID', ses_mid('c20')), ('X-SR-Message-Type', 'CANDIDATE_REJECTION')]
    m = message(hdrs, root, recv=received('c20', sent, 'a7-30.smtp-out.eu-west-1.amazonses.com', '54.240.7.30'))
    lab = label([], 'medium', 'negative/rejection',
                'Rejection after an interview that is mentioned in the past (no invite in the mailbox); not a new interview.')
    return slug, [('01-application-update.eml', m)], lab


@case
def c21():
    slug = 'b247-21-workday-choose-interview-slot-unbooked'
    sent = T(2026, 10, 26, 0, 3, tz=PDT, s=11, wd='Monday')
    for d, wd in ((30, 'Friday'),):
        T(2026, 10, d, wd=wd)
    T(2026, 11, 3, wd='Tuesday'); T(2026, 11, 4, wd='Wednesday'); T(2026, 11, 5, wd='Thursday')
    role = 'Insights Analyst'
    text = f"""Dear Zanele,

Thank you for your interest in the {role} position (R-2026-0831) at Kalahari Mutual. We would like to invite you to interview with the hiring team.

Please sign in to Candidate Home and select an interview time that suits you from the available slots by Friday, October 30, 2026.

Available time slots (South Africa Standard Time):
- Tuesday, November 3, 2026: 09:00 AM or 11:00 AM
- Wednesday, November 4, 2026: 02:00 PM
- Thursday, November 5, 2026: 10:00 AM

Interview length: 45 minutes, Microsoft Teams.

Once you have selected a slot you will receive a confirmation email with the meeting details.

Select your interview time: https://wd3.myworkday.com/kalaharimutual/d/task/3005$1234.htmld

Kind regards,
Talent Acquisition
Kalahari Mutual

This email was sent by Workday on behalf of Kalahari Mutual. Please do not reply to this email.
"""
    hdrs = [('Return-Path', '<bounce-kalaharimutual@myworkday.com>'),
            ('From', 'Kalahari Mutual <kalaharimutual@myworkday.com>'), ('To', addr(*ME)),
            ('Subject', f'Action Required: Schedule your interview for {role} (R-2026-0831)'), ('Date', rfc(sent)),
            ('Message-ID', f'<{DIG("c21m", 10)}.{DIG("c21n", 5)}.{DIG("c21o", 13)}@wd3-impl-prod.myworkday.com>'),
            ('X-Workday-Tenant', 'kalaharimutual')]
    m = message(hdrs, multi('alternative', f'----=_Part_{DIG("c21b", 7)}_{DIG("c21c", 10)}.{DIG("c21t", 13)}', [
        leaf('text/plain; charset=UTF-8', text, '7bit'),
        leaf('text/html; charset=UTF-8', html_doc(text, 'font-family:Arial,sans-serif;font-size:14px'), 'quoted-printable')]),
        recv=received('c21', sent, 'mx-out-ash3.myworkday.com', '199.102.131.18'))
    lab = label([], 'hard', 'negative/availability-request',
                'Workday self-scheduling request listing open slots; nothing is booked in the mailbox.')
    return slug, [('01-workday-schedule-your-interview.eml', m)], lab


@case
def c22():
    slug = 'b247-22-take-home-sql-assessment-deadline'
    sent = T(2026, 11, 3, 11, 0, wd='Tuesday', s=4)
    deadline = T(2026, 11, 6, 23, 59, wd='Friday')
    role = 'Data Analyst \u2013 eCommerce'
    text = f"""Hi Zanele,

Noordkaap Retail has invited you to complete the "SQL for Data Analysts (Intermediate)" assessment as part of your application for the {role} role.

Time limit: 60 minutes once you start
Deadline: Friday, 6 November 2026 at 23:59 (SAST)
Format: 3 SQL tasks and 12 multiple-choice questions, completed online on your own. There is no interviewer and no video call; you can take the assessment at any time before the deadline.

Start your assessment: https://app.skillproof.example/a/{ALNUM('c22', 20)}

Tips: use a laptop or desktop, make sure your connection is stable (check your load-shedding schedule!), and don't refresh the page once you've started.

Candidates who meet the benchmark will be invited to interview with the hiring team.

Good luck!
The SkillProof team, on behalf of Noordkaap Retail
"""
    cal = generic_ics(prodid='-//SkillProof//Assessment Reminder//EN', method='PUBLISH',
                      uid=f'{UUID("c22uid")}@skillproof.example', seq=0, dtstamp=sent, org=None, atts=[],
                      summary='Deadline: Noordkaap Retail SQL assessment', start=deadline - timedelta(minutes=59),
                      end=deadline, desc='Complete your SQL assessment before 23:59 SAST. Link in the invitation e-mail.',
                      location='Online')
    root = multi('mixed', f'b1_{H("c22b", 32)}', [
        alt('c22', text, style='font-family:Inter,Arial,sans-serif;font-size:15px'),
        leaf('text/calendar; charset=utf-8; name="assessment-deadline.ics"', cal, 'base64',
             [('Content-Disposition', 'attachment; filename="assessment-deadline.ics"')])])
    hdrs = [('Return-Path', '<bounces@mail.skillproof.example>'),
            ('From', 'Noordkaap Retail via SkillProof <assessments@skillproof.example>'), ('To', addr(*ME)),
            ('Subject', hdr(f'Noordkaap Retail has invited you to an assessment: {role}')), ('Date', rfc(sent)),
            ('Message-ID', f'<{UUID("c22")}@mail.skillproof.example>')]
    m = message(hdrs, root, recv=received('c22', sent, 'o1.mail.skillproof.example', '198.51.100.44'))
    lab = label([], 'hard', 'negative/online-assessment',
                'Self-paced online SQL test with a deadline and a reminder .ics; no live conversation, not an interview.')
    return slug, [('01-sql-assessment-invitation.eml', m)], lab


# =============================================================================
def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith('b247-') and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f'b247-{i:02d}-'), slug
        os.makedirs(os.path.join(HERE, slug))
        names = [n for n, _ in files]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for name, content in files:
            with open(os.path.join(HERE, slug, name), 'w', encoding='utf-8', newline='') as f:
                f.write(content)
        labels[slug] = lab
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Labels for blind247 (written blind). Schema: /work/shared/eval/README.md\n')
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for v in labels.values() if v['interview'])
    ivs = [x for v in labels.values() for x in v['interviews']]
    print(f'{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews '
          f'({sum(x["status"] == "scheduled" for x in ivs)} scheduled, {sum(x["status"] == "cancelled" for x in ivs)} cancelled)')


if __name__ == '__main__':
    main()
