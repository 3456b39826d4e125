#!/usr/bin/env python3
"""Regenerate the blind170 evaluation cases (written blind).

Owner: Meghna Kulkarni <meghna.kulkarni@example.com>, a supply-chain analyst in Bengaluru
(from Mumbai) applying in India and to Dubai / Singapore roles.

Deterministic: every date, Message-ID, UID and MIME boundary is fixed or derived from a
fixed seed, so running this twice yields byte-identical files.
Standard library + PyYAML only.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
PREFIX = 'b170'

OWNER = 'meghna.kulkarni@example.com'
OWNER_NAME = 'Meghna Kulkarni'
OWNER_MOBILE = '+91 99860 47215'

IST = ZoneInfo('Asia/Kolkata')
GST = ZoneInfo('Asia/Dubai')
SGT = ZoneInfo('Asia/Singapore')
LON = ZoneInfo('Europe/London')
SYD = ZoneInfo('Australia/Sydney')
UTC = timezone.utc

WIN_TZ = {
    'India Standard Time': ('Asia/Kolkata', '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', '+0530'),
    'Arabian Standard Time': ('Asia/Dubai', '(UTC+04:00) Abu Dhabi, Muscat', '+0400'),
    'Singapore Standard Time': ('Asia/Singapore', '(UTC+08:00) Kuala Lumpur, Singapore', '+0800'),
}
OLSON_OFFSET = {'Asia/Kolkata': ('+0530', 'IST'), 'Asia/Calcutta': ('+0530', 'IST'),
                'Asia/Singapore': ('+0800', '+08'), 'Asia/Dubai': ('+0400', '+04')}

WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


# ----------------------------------------------------------------------------- helpers
def T(y, mo, d, h=0, mi=0, tz=IST, s=0, wd=None):
    """Aware datetime; wd asserts the weekday named in the case text."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert WEEKDAYS[dt.weekday()].startswith(wd), (dt, wd)
    return dt


def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def b62(seed, n=20):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    num = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    out = ''
    while len(out) < n:
        num, r = divmod(num, 62)
        out += alphabet[r]
    return out


def rfc_date(dt):
    return format_datetime(dt)


def iso(dt):
    return dt.isoformat()


def hdr(s):
    """RFC 2047-encode a header value if it is not plain ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def addr(name, email):
    if name is None:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()&'):
            return f'"{name}" <{email}>'
        return f'{name} <{email}>'
    except UnicodeEncodeError:
        return f'{Header(name, "utf-8").encode()} <{email}>'


def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def render_headers(pairs):
    return '\n'.join(f'{k}: {v}' for k, v in pairs)


def leaf(ctype, payload, cte='7bit', disp=None, extra=()):
    if cte == 'quoted-printable':
        body = qp(payload)
    elif cte == 'base64':
        body = b64(payload)
    else:
        body = payload
    h = [('Content-Type', ctype), ('Content-Transfer-Encoding', cte)]
    h += list(extra)
    if disp:
        h.append(('Content-Disposition', disp))
    return (h, body)


def multi(subtype, boundary, parts, preamble=''):
    h = [('Content-Type', f'multipart/{subtype}; boundary="{boundary}"')]
    body = preamble
    for ph, pb in parts:
        body += f'--{boundary}\n' + render_headers(ph) + '\n\n' + pb.rstrip('\n') + '\n\n'
    body += f'--{boundary}--\n'
    return (h, body)


def message(headers, part):
    ph, pb = part
    return render_headers(list(headers) + [('MIME-Version', '1.0')] + ph) + '\n\n' + pb


def received(host, ip, dt, mid_seed):
    return ('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id '
            f'{b62(mid_seed, 12).lower()}\n        for <{OWNER}>\n        (version=TLS1_3 '
            f'cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {rfc_date(dt.astimezone(UTC))}')


def to_html(text, font='Calibri,Arial,sans-serif', size='11pt'):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(html.escape(l, quote=False) for l in p.split('\n')) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + '\n'.join(out) +
            '\n</div></body></html>\n')


def gmail_quote(attrib, quoted):
    return attrib + '\n' + '\n'.join(('> ' + l) if l else '>' for l in quoted.rstrip('\n').split('\n')) + '\n'


def gmail_html(new, attrib, quoted):
    return ('<div dir="ltr">' + '<br>'.join(html.escape(l, quote=False) for l in new.strip('\n').split('\n')) +
            '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(attrib, quote=False) +
            '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' +
            '<br>'.join(html.escape(l, quote=False) for l in quoted.strip('\n').split('\n')) +
            '</blockquote></div>\n')


def outlook_quote(frm, sent, to, subject, body, cc=None):
    lines = ['', '________________________________', f'From: {frm}', f'Sent: {sent}', f'To: {to}']
    if cc:
        lines.append(f'Cc: {cc}')
    lines += [f'Subject: {subject}', '', body.rstrip('\n')]
    return '\n'.join(lines) + '\n'


def outlook_sent(dt):
    return dt.strftime('%A, %B ') + str(dt.day) + dt.strftime(', %Y ') + h12(dt)


def h12(dt, space=True):
    s = dt.strftime('%I:%M %p').lstrip('0')
    return s if space else s.replace(' ', '')


def gcal_time(dt):
    """Google style: 3pm, 12:30pm."""
    s = dt.strftime('%I:%M%p').lstrip('0').lower()
    return s.replace(':00', '')


def fake_pdf(title):
    body = (f'%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
            f'2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n'
            f'3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n'
            f'% {title}\ntrailer << /Root 1 0 R >>\n%%EOF\n')
    return body.encode('ascii')


# ----------------------------------------------------------------------------- iCalendar
def ical_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    parts, cur, limit = [], '', 75
    for ch in line:
        if len((cur + ch).encode('utf-8')) > limit:
            parts.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    parts.append(cur)
    return '\r\n'.join(parts)


def ics_doc(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def utc_stamp(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def local_stamp(dt, olson):
    return dt.astimezone(ZoneInfo(olson)).strftime('%Y%m%dT%H%M%S')


def vtz_olson(tzid):
    off, name = OLSON_OFFSET[tzid]
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}', 'BEGIN:STANDARD',
            f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}', f'TZNAME:{name}', 'DTSTART:19700101T000000',
            'END:STANDARD', 'END:VTIMEZONE']


def vtz_windows(tzid):
    off = WIN_TZ[tzid][2]
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', 'BEGIN:STANDARD', 'DTSTART:16010101T000000',
            f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}', 'END:STANDARD', 'BEGIN:DAYLIGHT',
            'DTSTART:16010101T000000', f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}', 'END:DAYLIGHT',
            'END:VTIMEZONE']


def att(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp='TRUE', google=False):
    if google:
        return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};'
                f'CN={name};X-NUM-GUESTS=0:mailto:{email}')
    return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}'


def google_ics(method, uid, seq, stamp, start, end, tzid, organizer, attendees, summary, description,
               location='', status='CONFIRMED', created=None):
    """organizer=(name,email); attendees=[(name,email,partstat)]"""
    created = created or stamp
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', f'METHOD:{method}']
    lines += vtz_olson(tzid)
    lines += ['BEGIN:VEVENT', f'DTSTART;TZID={tzid}:{local_stamp(start, tzid)}',
              f'DTEND;TZID={tzid}:{local_stamp(end, tzid)}', f'DTSTAMP:{utc_stamp(stamp)}',
              f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}', f'UID:{uid}']
    for a in attendees:
        lines.append(att(a[0], a[1], a[2], google=True))
    lines += [f'X-MICROSOFT-CDO-OWNERAPPTID:-{int(hx(uid, 8), 16) % 2000000000}',
              f'CREATED:{utc_stamp(created)}', f'DESCRIPTION:{ical_esc(description)}',
              f'LAST-MODIFIED:{utc_stamp(stamp)}', f'LOCATION:{ical_esc(location)}',
              f'SEQUENCE:{seq}', f'STATUS:{status}', f'SUMMARY:{ical_esc(summary)}', 'TRANSP:OPAQUE']
    if method != 'CANCEL':
        lines += ['BEGIN:VALARM', 'ACTION:EMAIL', f'DESCRIPTION:This is an event reminder',
                  'SUMMARY:Alarm notification', f'ATTENDEE:mailto:{OWNER}', 'TRIGGER:-P0DT0H30M0S',
                  'END:VALARM']
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ics_doc(lines)


def teams_block(seed):
    mid = b62(seed, 40)
    tid = hx(seed + 't', 8) + '-' + hx(seed + 't2', 4) + '-4' + hx(seed + 't3', 3) + '-a' + hx(seed + 't4', 3) + '-' + hx(seed + 't5', 12)
    oid = hx(seed + 'o', 8) + '-' + hx(seed + 'o2', 4) + '-4' + hx(seed + 'o3', 3) + '-b' + hx(seed + 'o4', 3) + '-' + hx(seed + 'o5', 12)
    url = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context='
           f'%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d')
    meeting_id = ' '.join([str(int(hx(seed + 'm', 12), 16))[:3], str(int(hx(seed + 'm', 12), 16))[3:6],
                           str(int(hx(seed + 'm', 12), 16))[6:9], str(int(hx(seed + 'm', 12), 16))[9:12]])
    text = ('_' * 80 + '\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            f'Click here to join the meeting<{url}>\nMeeting ID: {meeting_id}\nPasscode: {b62(seed + "p", 6)}\n'
            'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/'
            f'meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{mid}@thread.v2&'
            'messageId=0&language=en-GB>\n' + '_' * 80)
    return text, url


def outlook_ics(method, uid, seq, stamp, start, end, wintz, organizer, attendees, summary, description,
                location='Microsoft Teams Meeting', status='CONFIRMED', teams_url=None, extra_tz=()):
    olson = WIN_TZ[wintz][0]
    lines = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    lines += vtz_windows(wintz)
    for tz in extra_tz:
        lines += vtz_windows(tz)
    lines += ['BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for a in attendees:
        lines.append(att(a[0], a[1], a[2], role=a[3] if len(a) > 3 else 'REQ-PARTICIPANT'))
    lines += [f'DESCRIPTION;LANGUAGE=en-GB:{ical_esc(description)}', f'UID:{uid}',
              f'SUMMARY;LANGUAGE=en-GB:{ical_esc(summary)}',
              f'DTSTART;TZID={wintz}:{local_stamp(start, olson)}',
              f'DTEND;TZID={wintz}:{local_stamp(end, olson)}', 'CLASS:PUBLIC',
              'PRIORITY:1' if method == 'CANCEL' else 'PRIORITY:5', f'DTSTAMP:{utc_stamp(stamp)}',
              'TRANSP:TRANSPARENT' if method == 'CANCEL' else 'TRANSP:OPAQUE', f'STATUS:{status}',
              f'SEQUENCE:{seq}', f'LOCATION;LANGUAGE=en-GB:{ical_esc(location)}',
              f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
              f'X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(uid, 8), 16) % 2100000000}',
              'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if method == 'CANCEL' else 'TENTATIVE'),
              'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if method == 'CANCEL' else 'BUSY'),
              'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:' + ('2' if method == 'CANCEL' else '1'),
              'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_url:
        lines += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}',
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', f'X-MICROSOFT-LOCATIONDISPLAYNAME:{ical_esc(location)}']
    if method != 'CANCEL':
        lines += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ics_doc(lines)


def outlook_msgid(seed, region='INDPRD01'):
    a = 'PN3PR01MB' + hx(seed, 4).upper()
    return f'<{a}{hx(seed + "x", 24).upper()}@{a}.{region}.PROD.OUTLOOK.COM>'


def gmail_msgid(seed):
    return f'<CA{b62(seed, 18)}+{b62(seed + "2", 22)}@mail.gmail.com>'


def google_boundary(seed):
    return '0000000000' + hx(seed, 18)


def outlook_boundary(seed):
    return f'_000_{hx(seed, 24).upper()}PN3PR01MB{hx(seed + "b", 4).upper()}prodoutlookcom_'


def gcal_eid(uid, email=OWNER):
    return base64.urlsafe_b64encode(f'{uid.split("@")[0]} {email}'.encode()).decode().rstrip('=')


# ----------------------------------------------------------------------------- message families
def outlook_mail(seed, dt, frm, to, subject, text, cc=None, reply_to=None, in_reply_to=None,
                 references=None, attachments=(), sender_ip='40.107.222.83', region='INDPRD01',
                 host=None, thread_topic=None):
    """Exchange Online / Outlook message: multipart/alternative (QP text + QP html), optional
    attachments -> multipart/mixed."""
    mid = outlook_msgid(seed, region)
    host = host or f'IND01-MA0-obe.outbound.protection.outlook.com'
    h = [('Delivered-To', OWNER), received(host, sender_ip, dt, seed),
         ('Return-Path', f'<{frm[1]}>'), ('From', addr(*frm)), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('Subject', hdr(subject)), ('Thread-Topic', hdr(thread_topic or subject)),
          ('Thread-Index', base64.b64encode(bytes.fromhex(hx(seed + 'ti', 44))).decode()),
          ('Date', rfc_date(dt)), ('Message-ID', mid)]
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    if references:
        h.append(('References', references))
    h += [('Accept-Language', 'en-IN, en-US'), ('Content-Language', 'en-IN'),
          ('X-MS-Has-Attach', 'yes' if attachments else ''), ('X-MS-TNEF-Correlator', ''),
          ('x-ms-publictraffictype', 'Email')]
    alt = multi('alternative', outlook_boundary(seed + 'alt'), [
        leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', to_html(text), 'quoted-printable')])
    if attachments:
        parts = [alt] + [leaf(f'{ct}; name="{fn}"', data, 'base64',
                              disp=f'attachment; filename="{fn}"; size={len(data)}')
                         for fn, ct, data in attachments]
        body = multi('mixed', outlook_boundary(seed + 'mix'), parts)
    else:
        body = alt
    return message(h, body), mid


def gmail_mail(seed, dt, to, subject, new_text, attrib=None, quoted=None, cc=None,
               in_reply_to=None, references=None):
    """Reply/compose from the owner's Gmail (Google Workspace on example.com)."""
    mid = gmail_msgid(seed)
    plain = new_text if not quoted else new_text + '\n' + gmail_quote(attrib, quoted)
    html_part = (gmail_html(new_text, attrib, quoted) if quoted else
                 '<div dir="ltr">' + '<br>'.join(html.escape(l, quote=False) for l in new_text.strip('\n').split('\n')) + '</div>\n')
    h = [('Delivered-To', OWNER),
         ('Received', f'by 2002:a05:7300:{hx(seed, 4)}:b0:{hx(seed + "r", 3)}:{hx(seed + "q", 4)} with SMTP id '
                      f'{b62(seed, 10).lower()};\n        {rfc_date(dt.astimezone(UTC))}'),
         ('MIME-Version', '1.0'), ('From', addr(OWNER_NAME, OWNER)), ('Date', rfc_date(dt)),
         ('Message-ID', mid)]
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    if references:
        h.append(('References', references))
    h += [('Subject', hdr(subject)), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    body = multi('alternative', google_boundary(seed + 'alt'), [
        leaf('text/plain; charset="UTF-8"', plain, 'quoted-printable'),
        leaf('text/html; charset="UTF-8"', html_part, 'quoted-printable')])
    # gmail_mail puts MIME-Version among headers already
    ph, pb = body
    return render_headers(h + ph) + '\n\n' + pb, mid


def google_invite_mail(seed, dt, kind, organizer, summary, start, end, tzid, description, attendees,
                       uid, seq, method='REQUEST', status='CONFIRMED', note=None, meet=None, viewer_tz=IST,
                       viewer_tz_label='India Standard Time - Kolkata', created=None):
    """Google Calendar invitation e-mail as received by the owner (displayed in owner's zone)."""
    vs, ve = start.astimezone(viewer_tz), end.astimezone(viewer_tz)
    short = vs.strftime('%a ') + str(vs.day) + vs.strftime(' %b %Y ') + gcal_time(vs) + ' - ' + gcal_time(ve)
    prefix = {'new': 'Invitation', 'update': 'Updated invitation', 'cancel': 'Cancelled event'}[kind]
    if kind == 'cancel' and note:
        prefix = 'Cancelled event with note'
    subject = f'{prefix}: {summary} @ {short} (IST) ({OWNER})'
    long_when = vs.strftime('%A ') + str(vs.day) + vs.strftime(' %B %Y') + ' ⋅ ' + gcal_time(vs) + ' – ' + gcal_time(ve)
    meet = meet or f'{b62(uid, 3).lower()}-{b62(uid + "a", 4).lower()}-{b62(uid + "b", 3).lower()}'
    guests = '\n'.join([f'{organizer[0]} - organiser', organizer[1]] +
                       [x for a in attendees if a[1] != organizer[1] for x in ((a[0], a[1]) if a[0] != a[1] else (a[1],))])
    eid = gcal_eid(uid)
    if kind == 'cancel':
        lines = [f'This event has been cancelled{" with a note:" if note else "."}']
        if note:
            lines += [f'"{note}"']
        lines += ['', summary, long_when, viewer_tz_label, '', 'Organiser', organizer[0], organizer[1], '',
                  'Guests', guests, '', '', 'Invitation from Google Calendar', '',
                  'You are receiving this email because you are an attendee on the event.', '',
                  'Forwarding this invitation could allow any recipient to send a response to the organiser, be '
                  'added to the guest list, invite others regardless of their own invitation status or modify your '
                  'RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
    else:
        head = [] if kind == 'new' else ['This event has been updated', 'Changed: time', '']
        lines = head + [summary, long_when, viewer_tz_label, '', 'Join with Google Meet',
                        f'https://meet.google.com/{meet}', '', 'Join by phone',
                        f'(IN) +91 22 7127 {int(hx(uid, 4), 16) % 10000:04d}', f'PIN: {int(hx(uid + "p", 8), 16) % 1000000000}',
                        '', f'More phone numbers https://tel.meet/{meet}?pin={int(hx(uid + "q", 10), 16) % 10**13}', '',
                        description, '', 'Organiser', organizer[0], organizer[1], '', 'Guests', guests,
                        f'View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}', '',
                        f'Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}',
                        '', '~~//~~',
                        'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
                        'You are receiving this email because you are an attendee on the event. To stop receiving '
                        'future updates for this event, decline this event.', '',
                        'Forwarding this invitation could allow any recipient to send a response to the organiser, be '
                        'added to the guest list, invite others regardless of their own invitation status or modify your '
                        'RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
    text = '\n'.join(lines) + '\n'
    html_text = to_html(text, font='Roboto,Helvetica,Arial,sans-serif', size='14px')
    ics = google_ics(method, uid, seq, dt, start, end, tzid, organizer,
                     [(a[0], a[1], a[2]) for a in attendees], summary,
                     description if kind != 'cancel' else description, status=status, created=created,
                     location='')
    mid = f'<calendar-{hx(seed, 8)}-{hx(seed + "1", 4)}-{hx(seed + "2", 4)}-{hx(seed + "3", 4)}-{hx(seed + "4", 12)}@google.com>'
    h = [('Delivered-To', OWNER), received('mail-sor-f69.google.com', '209.85.220.69', dt, seed),
         ('Return-Path', f'<{b62(seed, 22)}@calendar-server.bounces.google.com>'),
         ('Reply-To', addr(*organizer)), ('Sender', 'Google Calendar <calendar-notification@google.com>'),
         ('Auto-Submitted', 'auto-generated'), ('Message-ID', mid), ('Date', rfc_date(dt.astimezone(UTC))),
         ('Subject', hdr(subject)), ('From', addr(*organizer)), ('To', OWNER)]
    alt = multi('alternative', google_boundary(seed + 'alt'), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
        leaf('text/html; charset="UTF-8"', html_text, 'quoted-printable'),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics.replace('\r\n', '\n'),
             '7bit' if ics.isascii() else '8bit')])
    body = multi('mixed', google_boundary(seed + 'mix'), [
        alt, leaf('application/ics; name="invite.ics"', ics, 'base64', disp='attachment; filename="invite.ics"')])
    return message(h, body), mid, ics


def teams_invite_mail(seed, dt, organizer, to_list, subject, intro, start, end, wintz, attendees, uid, seq,
                      method='REQUEST', status='CONFIRMED', cc_list=None, location='Microsoft Teams Meeting',
                      ics_summary=None, sender_ip='40.107.222.77', region='INDPRD01',
                      host='IND01-BMX-obe.outbound.protection.outlook.com'):
    """Exchange Online meeting request: multipart/alternative with text, html, text/calendar (base64)."""
    olson, label, _ = WIN_TZ[wintz]
    ls, le = start.astimezone(ZoneInfo(olson)), end.astimezone(ZoneInfo(olson))
    when = (ls.strftime('%A, %B ') + str(ls.day) + ls.strftime(', %Y ') + h12(ls) + '-' + h12(le) + f' {label}.')
    tblock, turl = teams_block(uid)
    text = f'When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{intro.rstrip()}\n\n{tblock}\n'
    if method == 'CANCEL':
        text = f'When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{intro.rstrip()}\n'
    desc = intro.rstrip() + ('\n\n' + tblock if method != 'CANCEL' else '')
    ics = outlook_ics(method, uid, seq, dt, start, end, wintz, organizer, attendees, ics_summary or subject, desc,
                      location=location, status=status, teams_url=turl if method != 'CANCEL' else None)
    mid = outlook_msgid(seed, region)
    h = [('Delivered-To', OWNER), received(host, sender_ip, dt, seed),
         ('Return-Path', f'<{organizer[1]}>'), ('From', addr(*organizer)), ('To', to_list)]
    if cc_list:
        h.append(('Cc', cc_list))
    h += [('Subject', hdr(subject)), ('Thread-Topic', hdr(ics_summary or subject)),
          ('Thread-Index', base64.b64encode(bytes.fromhex(hx(seed + 'ti', 44))).decode()),
          ('Date', rfc_date(dt)), ('Message-ID', mid), ('Accept-Language', 'en-GB, en-US'),
          ('Content-Language', 'en-GB'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
          ('Content-class', 'urn:content-classes:calendarmessage'),
          ('x-ms-exchange-calendar-series-instance-id', base64.b64encode(bytes.fromhex(hx(uid, 40))).decode()),
          ('x-ms-publictraffictype', 'Email')]
    body = multi('alternative', outlook_boundary(seed + 'alt'), [
        leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', to_html(text, font='Aptos,Calibri,sans-serif'), 'quoted-printable'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics, 'base64')])
    return message(h, body), mid, ics


def outlook_uid(seed):
    return '040000008200E00074C5B7101A82E00800000000' + hx(seed, 16).upper() + '000000000000000010000000' + hx(seed + 'u', 32).upper()


def gcal_json(uid, status, summary, description, start, end, tzid, organizer, attendees, created, updated,
              sequence=0, meet=None, location=None):
    eid = uid.split('@')[0]
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{int(hx(uid + updated.isoformat(), 12), 16) % 10**16}"',
        'id': eid,
        'status': status,
        'htmlLink': f'https://www.google.com/calendar/event?eid={gcal_eid(uid)}',
        'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.%fZ')[:-4] + 'Z',
        'summary': summary,
        'description': description,
    }
    if location:
        ev['location'] = location
    ev.update({
        'creator': {'email': organizer[1], 'displayName': organizer[0]},
        'organizer': {'email': organizer[1], 'displayName': organizer[0]},
        'start': {'dateTime': start.astimezone(ZoneInfo(tzid)).isoformat(), 'timeZone': tzid},
        'end': {'dateTime': end.astimezone(ZoneInfo(tzid)).isoformat(), 'timeZone': tzid},
        'iCalUID': uid,
        'sequence': sequence,
        'attendees': [],
    })
    for a in attendees:
        d = {'email': a[1]}
        if a[0] and a[0] != a[1]:
            d['displayName'] = a[0]
        if a[1] == organizer[1]:
            d['organizer'] = True
        if a[1] == OWNER:
            d['self'] = True
        d['responseStatus'] = a[2]
        ev['attendees'].append(d)
    if meet:
        ev['hangoutLink'] = f'https://meet.google.com/{meet}'
        ev['conferenceData'] = {
            'entryPoints': [{'entryPointType': 'video', 'uri': f'https://meet.google.com/{meet}',
                             'label': f'meet.google.com/{meet}'}],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
            'conferenceId': meet}
    ev['reminders'] = {'useDefault': True}
    ev['eventType'] = 'default'
    return json.dumps(ev, indent=2, ensure_ascii=False) + '\n'


def interview(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers), 'followup_recipients': list(recipients),
            'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================================= POSITIVES
@case
def c01():
    slug = 'telephonic-round-tomorrow-thread'
    co_dom = 'vayuvega-logistics.example'
    sowmya = ('Sowmya Reddy', f'sowmya.reddy@{co_dom}')
    rakesh = ('Rakesh Iyer', f'rakesh.iyer@{co_dom}')
    d1 = T(2026, 4, 16, 18, 5, s=37, wd='Thu')
    call = T(2026, 4, 17, 11, 0, wd='Fri')
    assert (call.date() - d1.date()).days == 1
    subj = 'Telephonic round - Supply Chain Analyst - Vayuvega Logistics'
    t1 = f"""Dear Meghna,

Greetings from Vayuvega Logistics!

With reference to your application for the position of Supply Chain Analyst (Hoskote DC, Bengaluru), we are pleased to inform you that your profile has been shortlisted for the telephonic round.

Kindly confirm your availability for tomorrow (Friday) at 11 AM IST. The call will be taken by Mr. Rakesh Iyer, Senior Manager – Network Planning, and will be of approx. 30 mins.

Also request you to share the below details at the earliest:
1. Current CTC
2. Expected CTC
3. Notice period
4. Current location

PFA the JD for your reference.

Thanks & Regards,
Sowmya Reddy
Executive – Talent Acquisition
Vayuvega Logistics Pvt. Ltd.
No. 14, 3rd Cross, Domlur Layout, Bengaluru – 560071
Mob: +91 98450 12763
"""
    m1, id1 = outlook_mail('c01m1', d1, sowmya, addr(OWNER_NAME, OWNER), subj, t1,
                           attachments=[('JD_Supply_Chain_Analyst_Hoskote.pdf', 'application/pdf',
                                         fake_pdf('JD Supply Chain Analyst'))])
    d2 = T(2026, 4, 16, 20, 31, s=5)
    t2 = f"""Dear Sowmya,

Thank you for the update. I confirm my availability for the telephonic round tomorrow, 17th April at 11 AM IST.

Please find my details below:
Current CTC: 9.2 LPA
Expected CTC: 13 LPA
Notice period: 60 days (negotiable)
Current location: Bengaluru (HSR Layout)

Regards,
Meghna Kulkarni
{OWNER_MOBILE}
"""
    m2, id2 = gmail_mail('c01m2', d2, addr(*sowmya), 'Re: ' + subj, t2,
                         attrib='On Thu, 16 Apr 2026 at 18:05, Sowmya Reddy <%s> wrote:' % sowmya[1],
                         quoted=t1, in_reply_to=id1, references=id1)
    d3 = T(2026, 4, 17, 9, 12, s=48)
    t3 = f"""Dear Meghna,

Noted, thank you. Rakesh (in cc) will call you today at 11 AM on your mobile number {OWNER_MOBILE}. In case of any network issue, kindly reach out to me on the number below.

All the best!

Thanks & Regards,
Sowmya Reddy
Executive – Talent Acquisition
Vayuvega Logistics Pvt. Ltd.
Mob: +91 98450 12763
""" + outlook_quote(f'Meghna Kulkarni <{OWNER}>', outlook_sent(d2), f'Sowmya Reddy <{sowmya[1]}>', 'Re: ' + subj, t2)
    m3, _ = outlook_mail('c01m3', d3, sowmya, addr(OWNER_NAME, OWNER), 'RE: ' + subj, t3, cc=addr(*rakesh),
                         in_reply_to=id2, references=f'{id1} {id2}', thread_topic=subj)
    items = [('01-telephonic-round-shortlisted.eml', m1), ('02-re-confirming-availability.eml', m2),
             ('03-re-call-details-rakesh-cc.eml', m3)]
    lab = label([interview('Vayuvega Logistics', 'Supply Chain Analyst', call, call + timedelta(minutes=30),
                           'scheduled', [rakesh[1]], [rakesh[1]], 'phone_screen')],
                'medium', 'positive/thread-relative-date',
                "HR asks on Thu 16 Apr for 'tomorrow (Friday) at 11 AM IST', ~30 mins; candidate confirms; HR "
                "confirms the next morning ('today at 11 AM') with the interviewer Rakesh Iyer in cc -> he conducts, "
                "so he is interviewer and follow-up recipient.")
    return slug, items, lab


@case
def c02():
    slug = 'darwinbox-f2f-panel-mumbai'
    dom = 'kesari-coldchain.example'
    nikhil = ('Nikhil Sawant', f'nikhil.sawant@{dom}')
    farah = ('Farah Shaikh', f'farah.shaikh@{dom}')
    joseph = ("Joseph D'Souza", f'joseph.dsouza@{dom}')
    dt = T(2026, 4, 27, 15, 48, s=9, wd='Mon')
    st = T(2026, 5, 6, 14, 30, wd='Wed')
    en = T(2026, 5, 6, 15, 30)
    role = 'Senior Analyst – Supply Chain Planning'
    text = f"""Dear Meghna Kulkarni,

Greetings from Kesari Cold Chain Solutions!

We are pleased to inform you that you have been shortlisted for the next stage of the selection process for the position of {role} (Req ID: KCC-SCM-0412).

Interview Details
Round: F2F Round (Panel)
Date: 06-May-2026 (Wednesday)
Time: 02:30 PM - 03:30 PM IST
Venue: Kesari Cold Chain Solutions Ltd., 5th Floor, Sai Prasad Business Centre, Andheri-Kurla Road, Andheri (East), Mumbai – 400093
Panel: Ms. Farah Shaikh (Head – Supply Chain) and Mr. Joseph D'Souza (Manager – Demand Planning)
Contact Person: Nikhil Sawant (Talent Acquisition) – +91 22 6188 4410

Kindly carry the following documents:
1. Updated resume (2 copies)
2. Any one Government photo ID proof (Aadhaar / PAN / Passport)
3. Last 3 months salary slips
4. Interview call letter (PFA)

Kindly reach the venue 15 minutes before the scheduled time and report at the reception on the 5th floor.

Kindly confirm your availability by clicking on Accept below or by replying to this email.

Accept: https://kesaricoldchain.darwinbox.in/ms/candidate/interview/respond?token={b62('c02acc', 32)}&r=1
Decline: https://kesaricoldchain.darwinbox.in/ms/candidate/interview/respond?token={b62('c02acc', 32)}&r=0

Regards,
Talent Acquisition Team
Kesari Cold Chain Solutions Ltd.

This is a system generated email. Please do not reply to noreply@darwinbox.in; for any queries write to {nikhil[1]}.
"""
    html_text = to_html(text, font='Lato,Helvetica,Arial,sans-serif', size='13px')
    uid = f'dbx-interview-{hx("c02uid", 24)}@darwinbox.in'
    ics = ics_doc(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Darwinbox//Recruitment Scheduler 1.0//EN',
                   'METHOD:REQUEST'] + vtz_olson('Asia/Kolkata') + [
        'BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{utc_stamp(dt)}',
        f'DTSTART;TZID=Asia/Kolkata:{local_stamp(st, "Asia/Kolkata")}',
        f'DTEND;TZID=Asia/Kolkata:{local_stamp(en, "Asia/Kolkata")}',
        f'SUMMARY:{ical_esc("F2F Round (Panel) - " + role + " - Meghna Kulkarni")}',
        'LOCATION:' + ical_esc('Kesari Cold Chain Solutions Ltd., 5th Floor, Sai Prasad Business Centre, '
                               'Andheri-Kurla Road, Andheri (East), Mumbai 400093'),
        'DESCRIPTION:' + ical_esc(f'F2F Round (Panel) for {role}.\nPanel: Farah Shaikh, Joseph D\'Souza\n'
                                  f'Coordinator: Nikhil Sawant (+91 22 6188 4410)'),
        f'ORGANIZER;CN=Nikhil Sawant:mailto:{nikhil[1]}',
        att('Meghna Kulkarni', OWNER, 'NEEDS-ACTION'),
        att('Farah Shaikh', farah[1], 'ACCEPTED'),
        att("Joseph D'Souza", joseph[1], 'ACCEPTED'),
        'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    h = [('Delivered-To', OWNER), received('o12.sg.darwinbox.in', '167.89.112.40', dt, 'c02'),
         ('Return-Path', f'<bounces+2418877-{hx("c02rp", 4)}-{OWNER.replace("@", "=")}@em.darwinbox.in>'),
         ('From', '"Kesari Cold Chain Careers" <noreply@darwinbox.in>'),
         ('Reply-To', addr(*nikhil)), ('To', OWNER),
         ('Subject', hdr(f'Interview Invitation | F2F Round | {role} | Kesari Cold Chain')),
         ('Date', rfc_date(dt)), ('Message-ID', f'<{b62("c02mid", 22)}@geopod-ismtpd-3>'),
         ('X-Entity-ID', b62('c02ent', 22))]
    alt = multi('alternative', hx('c02alt', 30), [
        leaf('text/plain; charset=utf-8', text, 'quoted-printable'),
        leaf('text/html; charset=utf-8', html_text, 'base64')])
    body = multi('mixed', hx('c02mix', 30), [
        alt,
        leaf('text/calendar; charset=utf-8; method=REQUEST; name="interview.ics"', ics, 'base64',
             disp='attachment; filename="interview.ics"'),
        leaf('application/pdf; name="Interview_Call_Letter_Meghna_Kulkarni.pdf"', fake_pdf('Call letter'), 'base64',
             disp='attachment; filename="Interview_Call_Letter_Meghna_Kulkarni.pdf"')])
    m1 = message(h, body)
    items = [('01-darwinbox-f2f-round-invitation.eml', m1)]
    lab = label([interview('Kesari Cold Chain Solutions', role, st, en, 'scheduled', [farah[1], joseph[1]],
                           [farah[1], joseph[1]], 'onsite')],
                'medium', 'positive/ats-email-with-ics',
                'Darwinbox F2F panel round in Mumbai (DD-Mon-YYYY date); two panelists appear as ATTENDEEs in the '
                'attached .ics -> onsite panel, both are interviewers. Sender is noreply@darwinbox.in (never a recipient).')
    return slug, items, lab


@case
def c03():
    slug = 'keka-hr-round-rescheduled'
    dom = 'tarang-agrifoods.example'
    divya = ('Divya Menon', f'divya.menon@{dom}')
    uid = f'{hx("c03uid", 8)}-{hx("c03uid2", 4)}-{hx("c03uid3", 4)}-{hx("c03uid4", 4)}-{hx("c03uid5", 12)}@keka.com'
    role = 'Supply Chain Analyst'
    d1 = T(2026, 4, 20, 12, 20, s=44)
    s1, e1 = T(2026, 4, 23, 16, 0, wd='Thu'), T(2026, 4, 23, 16, 30)
    d2 = T(2026, 4, 22, 18, 2, s=11)
    s2, e2 = T(2026, 4, 27, 11, 30, wd='Mon'), T(2026, 4, 27, 12, 0)
    meet = 'https://meet.google.com/tqv-hmzr-nke'

    def keka_ics(seq, st, en, stamp):
        return ics_doc(['BEGIN:VCALENDAR', 'PRODID:-//Keka HR//Hire//EN', 'VERSION:2.0', 'METHOD:REQUEST',
                        'BEGIN:VEVENT', f'UID:{uid}', f'SEQUENCE:{seq}', f'DTSTAMP:{utc_stamp(stamp)}',
                        f'DTSTART:{utc_stamp(st)}', f'DTEND:{utc_stamp(en)}',
                        f'SUMMARY:HR Round - {role} - Meghna Kulkarni', f'LOCATION:{meet}',
                        'DESCRIPTION:' + ical_esc(f'HR Round for {role} at Tarang Agri Foods.\nJoin: {meet}'),
                        'ORGANIZER;CN=Tarang Agri Foods:mailto:noreply@keka.com',
                        att('Meghna Kulkarni', OWNER), att('Divya Menon', divya[1], 'ACCEPTED'),
                        'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])

    def keka_mail(seed, dt, subject, text, ics):
        h = [('Delivered-To', OWNER), received('mail-a12.keka.com', '54.240.62.17', dt, seed),
             ('Return-Path', f'<0109019d{hx(seed, 24)}-000000@ap-south-1.amazonses.com>'),
             ('From', '"Tarang Agri Foods" <noreply@keka.com>'), ('Reply-To', addr(*divya)), ('To', OWNER),
             ('Subject', subject), ('Date', rfc_date(dt)),
             ('Message-ID', f'<0109019d{hx(seed + "m", 24)}-{hx(seed, 8)}-000000@ap-south-1.amazonses.com>'),
             ('Feedback-ID', '::1.ap-south-1.keka:AmazonSES')]
        alt = multi('alternative', '----=_Part_' + str(int(hx(seed, 8), 16)) + '_' + str(int(hx(seed + 'b', 8), 16)),
                    [leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
                     leaf('text/html; charset=UTF-8', to_html(text, font='Inter,Arial,sans-serif', size='14px'),
                          'quoted-printable')])
        body = multi('mixed', '----=_Part_' + str(int(hx(seed + 'x', 8), 16)) + '_' + str(int(hx(seed + 'y', 8), 16)),
                     [alt, leaf('text/calendar; charset=UTF-8; method=REQUEST; name=invite.ics', ics, 'base64',
                                disp='attachment; filename=invite.ics')])
        return message(h, body)

    t1 = f"""Hi Meghna,

Your interview for the {role} position at Tarang Agri Foods has been scheduled. Please find the details below.

Interview Round: HR Round
Date: Thu, 23 Apr 2026
Time: 04:00 PM - 04:30 PM (IST)
Mode: Video Call (Google Meet)
Meeting Link: {meet}
Interviewer: Divya Menon ({divya[1]})

Please join the call 5 minutes before the scheduled time and keep your latest payslip and offer/relieving letters handy.

A calendar invite is attached to this email.

Regards,
Hiring Team
Tarang Agri Foods

Powered by Keka HR
"""
    t2 = f"""Hi Meghna,

Your HR Round for the {role} position at Tarang Agri Foods has been rescheduled.

Previous Schedule: Thu, 23 Apr 2026, 04:00 PM - 04:30 PM (IST)
New Schedule: Mon, 27 Apr 2026, 11:30 AM - 12:00 PM (IST)
Reason: Interviewer unavailable

Mode: Video Call (Google Meet)
Meeting Link: {meet}
Interviewer: Divya Menon ({divya[1]})

The updated calendar invite is attached. We apologise for any inconvenience caused.

Regards,
Hiring Team
Tarang Agri Foods

Powered by Keka HR
"""
    m1 = keka_mail('c03m1', d1, f'Interview Scheduled: HR Round for {role}', t1, keka_ics(0, s1, e1, d1))
    m2 = keka_mail('c03m2', d2, f'Interview Rescheduled: HR Round for {role}', t2, keka_ics(1, s2, e2, d2))
    items = [('01-keka-interview-scheduled.eml', m1), ('02-keka-interview-rescheduled.eml', m2)]
    lab = label([interview('Tarang Agri Foods', role, s2, e2, 'scheduled', [divya[1]], [divya[1]], 'other')],
                'medium', 'positive/reschedule-ats',
                'Keka HR-round mail with UTC-only .ics (no VTIMEZONE), then a reschedule mail with SEQUENCE:1 and the '
                'same UID -> one interview at the final Mon 27 Apr 11:30 IST. Divya Menon conducts the HR round.')
    return slug, items, lab


@case
def c04():
    slug = 'teams-dubai-arabian-standard-time'
    dom = 'sadeem-freight.example'
    reem = ('Reem Haddad', f'reem.haddad@{dom}')
    arvind = ('Arvind Pillai', f'arvind.pillai@{dom}')
    role = 'Supply Chain Analyst – GCC Network Planning'
    d1 = T(2026, 5, 7, 10, 15, s=2, tz=GST, wd='Thu')
    st = T(2026, 5, 11, 10, 0, tz=GST, wd='Mon')
    en = st + timedelta(minutes=45)
    assert st.astimezone(IST).strftime('%H:%M') == '11:30'
    t1 = f"""Dear Meghna,

Hope you are doing well.

Thank you for your time on the call earlier this week. I am pleased to let you know that Arvind Pillai, our Head of Network Planning, would like to meet you over Microsoft Teams for the next round for the {role} role.

Proposed slot: Monday, 11 May 2026 at 10:00 AM UAE time (11:30 AM IST), 45 minutes.

I will send the Teams invite shortly – kindly accept it to confirm. Should the timing not suit you, please let me know and I will check alternatives with Arvind.

Best regards,
Reem Haddad
Talent Acquisition Specialist
Sadeem Freight & Logistics LLC | Jebel Ali Free Zone, Dubai, UAE
T: +971 4 881 2264
"""
    m1, id1 = outlook_mail('c04m1', d1, reem, addr(OWNER_NAME, OWNER),
                           f'Next round – {role} – Sadeem Freight', t1, region='EURPRD05',
                           host='EUR05-DB8-obe.outbound.protection.outlook.com', sender_ip='40.107.21.91')
    d2 = T(2026, 5, 7, 10, 32, s=40, tz=GST)
    intro = f"""Dear Meghna,

As discussed, please find below the Teams link for your interview with Arvind Pillai (Head of Network Planning) for the {role} position. The meeting is at 10:00 AM UAE time, i.e. 11:30 AM IST.

Kindly accept the invite to confirm.

Regards,
Reem Haddad
Talent Acquisition | Sadeem Freight & Logistics LLC"""
    m2, _, _ = teams_invite_mail('c04m2', d2, reem, f'{addr(OWNER_NAME, OWNER)}, {addr(*arvind)}',
                                 'Sadeem Freight | Interview – Meghna Kulkarni x Arvind Pillai', intro, st, en,
                                 'Arabian Standard Time',
                                 [('Meghna Kulkarni', OWNER, 'NEEDS-ACTION'), ('Arvind Pillai', arvind[1], 'NEEDS-ACTION')],
                                 outlook_uid('c04uid'), 0, region='EURPRD05', sender_ip='40.107.21.95',
                                 host='EUR05-DB8-obe.outbound.protection.outlook.com')
    items = [('01-next-round-proposed-slot.eml', m1), ('02-teams-invite-arvind-pillai.eml', m2)]
    lab = label([interview('Sadeem Freight & Logistics', role, st, en, 'scheduled', [arvind[1]], [arvind[1]],
                           'hiring_manager')],
                'medium', 'positive/exchange-teams-gulf',
                "Dubai recruiter mail + Exchange/Teams invite with TZID 'Arabian Standard Time' (UTC+04:00, no DST): "
                '10:00 UAE = 11:30 IST, 45 min. Same interview announced twice -> one. Reem only coordinates.')
    return slug, items, lab


@case
def c05():
    slug = 'singapore-google-invite-and-api-event'
    dom = 'merlion-sourcing.example'
    weiling = ('Tan Wei Ling', f'weiling.tan@{dom}')
    daniel = ('Daniel Koh', f'daniel.koh@{dom}')
    role = 'Procurement & Supply Chain Analyst (APAC)'
    dt = T(2026, 5, 14, 9, 40, s=12, tz=UTC)
    st = T(2026, 5, 20, 15, 0, tz=SGT, wd='Wed')
    en = st + timedelta(hours=1)
    assert st.astimezone(IST).strftime('%H:%M') == '12:30'
    uid = f'{b62("c05uid", 26).lower()}@google.com'
    summary = 'Merlion Sourcing | Technical Interview – Meghna Kulkarni'
    desc = (f"Hi Meghna,\n\nThis is a 60-minute technical interview with Daniel Koh (Manager, Supply Chain Analytics) "
            f"for the {role} role. Expect a short case on inventory planning for a multi-country distributor, followed "
            "by some Excel / SQL discussion.\n\nThe interview is at 3:00 PM Singapore time (12:30 PM IST). I won't be "
            "joining the call, but feel free to reach out to me with any questions.\n\nBest,\nWei Ling\nTalent "
            "Acquisition, Merlion Sourcing Pte. Ltd.")
    atts = [(weiling[0], weiling[1], 'ACCEPTED'), (daniel[0], daniel[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')]
    m1, _, _ = google_invite_mail('c05m1', dt, 'new', weiling, summary, st, en, 'Asia/Singapore', desc, atts, uid, 0,
                                  meet='vjd-kwpe-rsa', created=dt)
    j = gcal_json(uid, 'confirmed', summary, desc, st, en, 'Asia/Singapore', weiling,
                  [(weiling[0], weiling[1], 'accepted'), (daniel[0], daniel[1], 'accepted'), (None, OWNER, 'accepted')],
                  created=dt, updated=T(2026, 5, 14, 11, 3, s=27, tz=UTC), meet='vjd-kwpe-rsa')
    items = [('01-invitation-technical-interview.eml', m1), ('02-calendar-event-merlion.gcal.json', j)]
    lab = label([interview('Merlion Sourcing', role, st, en, 'scheduled', [daniel[1]], [daniel[1]], 'technical')],
                'medium', 'positive/dedupe-google-invite-api',
                'Google invite rendered in IST (12:30pm) with an Asia/Singapore .ics (15:00 SGT) plus the same event '
                'from the Calendar API after the owner accepted -> one interview. Wei Ling organises but says she will '
                'not join -> only Daniel Koh interviews.')
    return slug, items, lab


@case
def c06():
    slug = 'walk-in-drive-reporting-time'
    dom = 'sahyadri-retail.example'
    pooja = ('Pooja Naik', f'pooja.naik@{dom}')
    careers = ('Sahyadri Retail HR', f'careers@{dom}')
    role = 'Supply Chain Analyst'
    d1 = T(2026, 5, 11, 11, 2, s=51, wd='Mon')
    rep = T(2026, 5, 16, 9, 30, wd='Sat')
    t1 = f"""Dear Candidate,

Greetings from Sahyadri Retail Ltd.!

With reference to your application on Naukri.com for the position of {role} (Replenishment & Distribution), we are pleased to invite you for our Walk-in Interview Drive.

Date: Saturday, 16th May 2026
Reporting time: 9:30 AM sharp
Venue: Sahyadri Retail Ltd., Corporate Office, 3rd Floor, Vrindavan Plaza, Ghodbunder Road, Thane (West) – 400607
Landmark: Opp. Cine Wonder Mall

Selection process (all rounds on the same day):
1. Registration & written test (aptitude + MS Excel)
2. Technical F2F round with the Supply Chain team
3. HR round

Candidates are requested to keep the full day free. Outstation candidates may request a video round for the F2F stage.

Documents to carry: updated resume, passport-size photograph, copy of PAN & Aadhaar, last 3 months payslips and your latest appraisal/increment letter.

Kindly confirm your attendance by replying to this mail or to {pooja[1]}.

Regards,
Pooja Naik
HR Executive – Talent Acquisition
Sahyadri Retail Ltd.
Mob: +91 98200 35418
"""
    h = [('Delivered-To', OWNER), received('mail-sor-f41.google.com', '209.85.220.41', d1, 'c06m1'),
         ('Return-Path', f'<{careers[1]}>'), ('From', addr(*careers)), ('To', 'undisclosed-recipients:;'),
         ('Subject', hdr(f'Walk-in Interview Invitation – {role} – Saturday, 16th May 2026')),
         ('Date', rfc_date(d1)), ('Message-ID', gmail_msgid('c06m1'))]
    body = multi('alternative', google_boundary('c06alt'), [
        leaf('text/plain; charset="UTF-8"', t1, 'quoted-printable'),
        leaf('text/html; charset="UTF-8"', to_html(t1, font='arial,sans-serif', size='small'), 'quoted-printable')])
    m1 = message(h, body)
    id1 = gmail_msgid('c06m1')
    d2 = T(2026, 5, 11, 13, 45, s=9)
    t2 = f"""Dear Pooja,

Thank you for the invitation. I confirm my attendance for the walk-in interview on Saturday, 16th May 2026. I will report at the Thane office by 9:30 AM.

Regards,
Meghna Kulkarni
{OWNER_MOBILE}
"""
    m2, _ = gmail_mail('c06m2', d2, addr(*pooja), f'Re: Walk-in Interview Invitation – {role} – Saturday, 16th May 2026',
                       t2, attrib=f'On Mon, 11 May 2026 at 11:02, Sahyadri Retail HR <{careers[1]}> wrote:', quoted=t1,
                       cc=careers[1], in_reply_to=id1, references=id1)
    items = [('01-walk-in-interview-invitation.eml', m1), ('02-re-confirming-attendance.eml', m2)]
    lab = label([interview('Sahyadri Retail', role, rep, None, 'scheduled', [], [pooja[1]], 'onsite')],
                'hard', 'positive/walk-in-drive',
                'Personal walk-in invitation (after a Naukri application) with a reporting time and same-day written '
                'test + F2F + HR rounds -> one onsite starting at the 9:30 AM reporting time; no end given. Interviewers '
                'unnamed; follow-up goes to the human HR executive, not the careers@ group mailbox.')
    return slug, items, lab


@case
def c07():
    slug = 'zoho-recruit-interview-cancelled'
    dom = 'kaveri-polymers.example'
    harish = ('Harish Subramanian', f'harish.s@{dom}')
    lakshmi = ('Lakshmi Narayanan', f'lakshmi.narayanan@{dom}')
    role = 'Supply Chain Analyst - S&OP'
    d1 = T(2026, 4, 23, 16, 20, s=3)
    st, en = T(2026, 4, 28, 15, 0, wd='Tue'), T(2026, 4, 28, 15, 45)
    d2 = T(2026, 4, 27, 10, 5, s=30)
    uid = f'{int(hx("c07uid", 12), 16)}@recruit.zoho.in'
    zmeet = f'https://meeting.zoho.in/meeting/{int(hx("c07zm", 10), 16) % 10**10}'

    def zics(method, seq, stamp, status):
        return ics_doc(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Zoho Corporation//Zoho Recruit//EN',
                        f'METHOD:{method}'] + vtz_olson('Asia/Calcutta') + [
            'BEGIN:VEVENT', f'UID:{uid}', f'SEQUENCE:{seq}', f'DTSTAMP:{utc_stamp(stamp)}',
            f'DTSTART;TZID=Asia/Calcutta:{local_stamp(st, "Asia/Kolkata")}',
            f'DTEND;TZID=Asia/Calcutta:{local_stamp(en, "Asia/Kolkata")}',
            f'SUMMARY:{ical_esc("Technical Round - S&OP - Meghna Kulkarni")}',
            f'LOCATION:Online - Zoho Meeting', 'DESCRIPTION:' + ical_esc(f'Interview for {role}\nJoin: {zmeet}'),
            f'ORGANIZER;CN=Harish Subramanian:mailto:{harish[1]}',
            att('Meghna Kulkarni', OWNER), att('Lakshmi Narayanan', lakshmi[1], 'ACCEPTED'),
            f'STATUS:{status}', 'END:VEVENT', 'END:VCALENDAR'])

    def zmail(seed, dt, subject, text, ics):
        mid = f'<{int(hx(seed, 12), 16)}.{int(hx(seed + "b", 8), 16)}@zoho.in>'
        h = [('Delivered-To', OWNER), received('sender4-op-o12.zoho.in', '136.143.188.12', dt, seed),
             ('Return-Path', f'<{harish[1]}>'), ('Date', rfc_date(dt)), ('From', addr(*harish)),
             ('To', addr(OWNER_NAME, OWNER)), ('Message-ID', mid), ('Subject', subject),
             ('X-Mailer', 'Zoho Recruit'), ('X-ZohoMail-DKIM', 'pass')]
        alt = multi('alternative', '----=_Part_' + hx(seed, 12), [
            leaf('text/plain; charset=UTF-8', text, '7bit'),
            leaf('text/html; charset=UTF-8', to_html(text, font='Verdana,Arial,sans-serif', size='10pt'),
                 'quoted-printable')])
        body = multi('mixed', '----=_Part_' + hx(seed + 'm', 12), [
            alt, leaf(f'text/calendar; charset=UTF-8; method={"CANCEL" if "CANCEL" in ics else "REQUEST"}; name=invite.ics',
                      ics, 'base64', disp='attachment; filename=invite.ics')])
        return message(h, body), mid

    t1 = f"""Dear Meghna Kulkarni,

Thank you for your interest in Kaveri Polymers Ltd. We are pleased to invite you for an interview for the position of {role}.

Interview Details:
Interview Name : Technical Round - S&OP
Date & Time : 28-04-2026 03:00 PM to 28-04-2026 03:45 PM (Asia/Calcutta)
Venue : Online - Zoho Meeting ({zmeet})
Interviewer(s) : Lakshmi Narayanan

Kindly confirm your availability by replying to this email.

Regards,
Harish Subramanian
HR - Talent Acquisition
Kaveri Polymers Ltd., Guindy Industrial Estate, Chennai - 600032
"""
    t2 = f"""Dear Meghna Kulkarni,

We regret to inform you that your interview for the position of {role} scheduled on 28-04-2026 03:00 PM (Asia/Calcutta) has been cancelled, as the position has been put on hold due to internal restructuring.

We will retain your profile in our database and reach out to you if the requirement reopens. We apologise for the inconvenience caused.

Regards,
Harish Subramanian
HR - Talent Acquisition
Kaveri Polymers Ltd.
"""
    m1, _ = zmail('c07m1', d1, f'Interview Invitation: {role} | Kaveri Polymers', t1,
                  zics('REQUEST', 0, d1, 'CONFIRMED'))
    m2, _ = zmail('c07m2', d2, f'Interview Cancelled: {role} | Kaveri Polymers', t2,
                  zics('CANCEL', 1, d2, 'CANCELLED'))
    items = [('01-zoho-interview-invitation.eml', m1), ('02-zoho-interview-cancelled.eml', m2)]
    lab = label([interview('Kaveri Polymers', role, st, en, 'cancelled', [lakshmi[1]], [lakshmi[1]], 'technical')],
                'medium', 'positive/cancellation',
                'Zoho Recruit invite (DD-MM-YYYY, legacy TZID Asia/Calcutta) later cancelled with METHOD:CANCEL '
                '(position on hold) -> kept as cancelled at its last time. Lakshmi Narayanan is the named interviewer.')
    return slug, items, lab


@case
def c08():
    slug = 'workday-two-interviews-ist-and-sgt'
    dom = 'straitsharbour.example'
    ankita = ('Ankita Joshi', f'ankita.joshi@{dom}')
    sid = ('Siddharth Rao', f'siddharth.rao@{dom}')
    goh = ('Goh Hui Min', f'huimin.goh@{dom}')
    role = 'Senior Analyst, Supply Chain Analytics'
    d1 = T(2026, 5, 7, 8, 5, s=33, tz=UTC)
    s1, e1 = T(2026, 5, 13, 10, 0, wd='Wed'), T(2026, 5, 13, 11, 0)
    s2, e2 = T(2026, 5, 15, 16, 30, tz=SGT, wd='Fri'), T(2026, 5, 15, 17, 0, tz=SGT)
    assert s2.astimezone(IST).strftime('%H:%M') == '14:00'
    t1 = f"""Dear Meghna,

Thank you for your interest in the {role} (R-20418) position at Straits & Harbour Group. We are pleased to confirm the following interviews:

Interview 1 – Case Study Discussion
Wednesday, May 13, 2026
10:00 AM - 11:00 AM (GMT+05:30) India Standard Time (Kolkata)
Interviewer: Siddharth Rao, Lead – Supply Chain Analytics
Location: Microsoft Teams (link will be shared separately)

Interview 2 – Hiring Manager Interview
Friday, May 15, 2026
4:30 PM - 5:00 PM (GMT+08:00) Singapore Standard Time (Singapore)
Interviewer: Goh Hui Min, Regional Director – Supply Chain
Location: Microsoft Teams (link will be shared separately)

To view the details of your interviews, sign in to your candidate home account:
https://straitsharbour.wd3.myworkdayjobs.com/en-US/SH_Careers/userHome

Your interview coordinator, Ankita Joshi, will send the calendar invitations. If you have any questions, please contact her at {ankita[1]}.

Best regards,
Talent Acquisition
Straits & Harbour Group

This email was sent from an unmonitored mailbox. Please do not reply.
"""
    h = [('Delivered-To', OWNER), received('mx0b-00392601.pphosted.com', '148.163.159.83', d1, 'c08m1'),
         ('Return-Path', '<straitsharbour@myworkday.com>'),
         ('From', '"Straits & Harbour Group" <straitsharbour@myworkday.com>'), ('To', OWNER),
         ('Subject', f'Interview Scheduled - {role} (R-20418)'), ('Date', rfc_date(d1)),
         ('Message-ID', f'<{int(hx("c08mid", 12), 16)}.{int(hx("c08mid2", 6), 16)}.JavaMail.wdprod@wd3-prvo-esb.myworkday.com>')]
    body = multi('alternative', f'----=_Part_{int(hx("c08b", 6), 16)}_{int(hx("c08b2", 8), 16)}.{int(hx("c08b3", 10), 16)}', [
        leaf('text/plain; charset=UTF-8', t1, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', to_html(t1, font='Arial,sans-serif', size='10pt'), 'quoted-printable')])
    m1 = message(h, body)
    d2 = T(2026, 5, 7, 15, 10, s=4)
    intro2 = f"""Hi Meghna,

Sharing the Teams link for Interview 1 (Case Study Discussion) for the {role} role with Siddharth Rao. You will be asked to walk through a short inventory-rebalancing case – no preparation required beyond the brief shared earlier.

Thanks,
Ankita Joshi
Talent Acquisition Coordinator – India GCC | Straits & Harbour Group"""
    m2, _, _ = teams_invite_mail('c08m2', d2, ankita, f'{addr(OWNER_NAME, OWNER)}, {addr(*sid)}',
                                 'Interview 1 – Case Study Discussion | Meghna Kulkarni | R-20418', intro2, s1, e1,
                                 'India Standard Time',
                                 [('Meghna Kulkarni', OWNER, 'NEEDS-ACTION'), ('Siddharth Rao', sid[1], 'ACCEPTED')],
                                 outlook_uid('c08uid1'), 0, sender_ip='40.107.222.61')
    d3 = T(2026, 5, 7, 15, 14, s=38)
    intro3 = f"""Hi Meghna,

Sharing the Teams link for Interview 2 (Hiring Manager Interview) with Goh Hui Min, Regional Director – Supply Chain, who is based in our Singapore office. The slot is 4:30 PM Singapore time, which is 2:00 PM IST.

Thanks,
Ankita Joshi
Talent Acquisition Coordinator – India GCC | Straits & Harbour Group"""
    m3, _, _ = teams_invite_mail('c08m3', d3, ankita, f'{addr(OWNER_NAME, OWNER)}, {addr(*goh)}',
                                 'Interview 2 – Hiring Manager Interview | Meghna Kulkarni | R-20418', intro3, s2, e2,
                                 'Singapore Standard Time',
                                 [('Meghna Kulkarni', OWNER, 'NEEDS-ACTION'), ('Goh Hui Min', goh[1], 'ACCEPTED')],
                                 outlook_uid('c08uid2'), 0, sender_ip='40.107.222.62')
    items = [('01-workday-interview-scheduled.eml', m1), ('02-teams-invite-case-study.eml', m2),
             ('03-teams-invite-hiring-manager.eml', m3)]
    lab = label([interview('Straits & Harbour Group', role, s1, e1, 'scheduled', [sid[1]], [sid[1]], 'technical'),
                 interview('Straits & Harbour Group', role, s2, e2, 'scheduled', [goh[1]], [goh[1]], 'hiring_manager')],
                'hard', 'positive/two-interviews',
                'Workday no-reply mail lists two interviews on different days (IST and SGT), each then sent as its '
                "own Teams invite ('India Standard Time' / 'Singapore Standard Time') -> two interviews, each deduped "
                'with its invite. Coordinator Ankita is not an interviewer.')
    return slug, items, lab


@case
def c09():
    slug = 'sydney-dst-end-thread-correction'
    dom = 'coralbay-foods.example'
    shalini = ('Shalini Pereira', f'shalini.pereira@{dom}')
    rebecca = ('Rebecca Walsh', f'rebecca.walsh@{dom}')
    role = 'Demand Planning Analyst (APAC)'
    d1 = T(2026, 3, 30, 10, 14, s=26, tz=SGT, wd='Mon')
    st = T(2026, 4, 7, 13, 0, tz=SYD, wd='Tue')
    en = st + timedelta(minutes=45)
    alt_slot = T(2026, 4, 8, 11, 0, tz=SYD, wd='Wed')
    # DST trap: Sydney is +11 on 30 Mar and +10 on 7 Apr (ends Sun 5 Apr 2026)
    assert d1.astimezone(SYD).utcoffset() == timedelta(hours=11) and st.utcoffset() == timedelta(hours=10)
    assert T(2026, 4, 5, tz=SYD, wd='Sun')
    assert st.astimezone(IST).strftime('%H:%M') == '08:30' and st.astimezone(SGT).strftime('%H:%M') == '11:00'
    wrong = (st.replace(tzinfo=timezone(timedelta(hours=11)))).astimezone(IST).strftime('%H:%M')
    assert wrong == '07:30'
    subj = f'{role} – next round with Rebecca Walsh'
    t1 = f"""Hi Meghna,

Thank you for speaking with me last week. I'm happy to share that Rebecca Walsh, our APAC Demand Planning Lead, would like to meet you for the next round.

Rebecca is based in our Sydney office and has offered two slots next week:
- Tuesday, 7 April at 1:00 PM Sydney time
- Wednesday, 8 April at 11:00 AM Sydney time

Kindly let me know which works better for you. The conversation will be about 45 minutes over Microsoft Teams.

Best regards,
Shalini Pereira
Senior Talent Acquisition Partner
Coralbay Foods Pte. Ltd. | 8 Temasek Boulevard, #22-03, Singapore 038988
"""
    m1, id1 = outlook_mail('c09m1', d1, shalini, addr(OWNER_NAME, OWNER), subj, t1, region='APCPRD06',
                           host='SG2PR06CU001.outbound.protection.outlook.com', sender_ip='40.107.215.44')
    d2 = T(2026, 3, 30, 13, 2, s=57)
    t2 = """Hi Shalini,

Thank you, that's great news. Tuesday, 7 April at 1:00 PM Sydney time works for me.

Just to double-check the conversion – that would be 7:30 AM IST on my side, right?

Regards,
Meghna
"""
    m2, id2 = gmail_mail('c09m2', d2, addr(*shalini), 'Re: ' + subj, t2,
                         attrib=f'On Mon, 30 Mar 2026 at 07:44, Shalini Pereira <{shalini[1]}> wrote:', quoted=t1,
                         in_reply_to=id1, references=id1)
    d3 = T(2026, 3, 31, 9, 20, s=15, tz=SGT)
    t3 = f"""Hi Meghna,

Good that you checked – apologies for not flagging it earlier. Sydney comes off daylight saving on Sunday, 5 April, so 1:00 PM Sydney time on Tuesday, 7 April will be 8:30 AM IST (11:00 AM Singapore), not 7:30.

Confirming your interview with Rebecca Walsh (APAC Demand Planning Lead), copied here:
Tuesday, 7 April 2026, 1:00 PM – 1:45 PM Sydney time (AEST)
Format: Microsoft Teams – Rebecca will send the link directly.

All the best!

Best regards,
Shalini Pereira
Senior Talent Acquisition Partner
Coralbay Foods Pte. Ltd.
""" + outlook_quote(f'Meghna Kulkarni <{OWNER}>', outlook_sent(d2.astimezone(SGT)), f'Shalini Pereira <{shalini[1]}>',
                    'Re: ' + subj, t2)
    m3, _ = outlook_mail('c09m3', d3, shalini, addr(OWNER_NAME, OWNER), 'RE: ' + subj, t3, cc=addr(*rebecca),
                         in_reply_to=id2, references=f'{id1} {id2}', region='APCPRD06',
                         host='SG2PR06CU001.outbound.protection.outlook.com', sender_ip='40.107.215.44', thread_topic=subj)
    items = [('01-two-slots-sydney-time.eml', m1), ('02-re-picking-tuesday.eml', m2),
             ('03-re-confirmed-dst-correction.eml', m3)]
    assert alt_slot
    lab = label([interview('Coralbay Foods', role, st, en, 'scheduled', [rebecca[1]], [rebecca[1]], 'hiring_manager')],
                'hard', 'positive/thread-dst-sydney',
                'Slots offered in Sydney time on 30 Mar (AEDT +11); interview on Tue 7 Apr after Sydney DST ends (5 Apr) '
                '-> 13:00 AEST = 03:00Z = 08:30 IST. The candidate first guesses 7:30 IST; the recruiter corrects it. '
                'Unchosen Wed slot is not an interview. Rebecca (cc) conducts.')
    return slug, items, lab


@case
def c10():
    slug = 'consultant-forward-london-bst-dubai-role'
    cdom = 'talentbridge-hr.example'
    gdom = 'gulfstar-maritime.example'
    sameer = ('Sameer Khanna', f'sameer.khanna@{cdom}')
    fatima = ('Fatima Al Suwaidi', f'fatima.alsuwaidi@{gdom}')
    oliver = ('Oliver Bennett', f'oliver.bennett@{gdom}')
    role = 'Supply Chain Analyst – Marine Logistics'
    fwd_dt = T(2026, 3, 25, 16, 40, tz=GST, wd='Wed')
    d1 = T(2026, 3, 26, 11, 18, s=42, wd='Thu')
    st = T(2026, 3, 30, 10, 0, tz=LON, wd='Mon')
    en = st + timedelta(minutes=45)
    # BST starts Sun 29 Mar 2026: on the mail date London is +00:00, on the interview date +01:00
    assert d1.astimezone(LON).utcoffset() == timedelta(0) and st.utcoffset() == timedelta(hours=1)
    assert st.astimezone(GST).strftime('%H:%M') == '13:00' and st.astimezone(IST).strftime('%H:%M') == '14:30'
    fwd = f"""---------- Forwarded message ---------
From: Fatima Al Suwaidi <{fatima[1]}>
Date: {fwd_dt.astimezone(IST).strftime('%a, %d %b %Y at %H:%M')}
Subject: RE: Candidate shortlist – {role}
To: Sameer Khanna <{sameer[1]}>
Cc: Oliver Bennett <{oliver[1]}>


Dear Sameer,

Thank you for the profiles. We would like to take Meghna Kulkarni forward.

Oliver Bennett, our Regional Director – Europe & Middle East (based in London), will interview her over Microsoft Teams on Monday 30 March at 10:00 UK time / 13:00 Dubai time. Please block 45 minutes. Oliver (copied) will send the Teams link directly to the candidate.

Kindly confirm the candidate's availability at the earliest.

Kind regards,
Fatima Al Suwaidi
HR Manager | Gulfstar Maritime Services LLC
Dubai Maritime City, Dubai, UAE
"""
    t1 = f"""Dear Meghna,

Greetings from TalentBridge Consultants!

Good news – Gulfstar Maritime has shortlisted your profile for the {role} role in Dubai. PFB the interview schedule received from the client. Please note that the UK clocks go forward this Sunday, so 10:00 UK time on Monday will be 2:30 PM IST.

Kindly confirm your availability at the earliest so that I can revert to the client.

Regards,
Sameer Khanna
Senior Consultant – Supply Chain & Logistics Hiring
TalentBridge Consultants, Nariman Point, Mumbai
+91 98190 22637

{fwd}"""
    mid1 = gmail_msgid('c10m1')
    h = [('Delivered-To', OWNER), received('mail-sor-f65.google.com', '209.85.220.65', d1, 'c10m1'),
         ('Return-Path', f'<{sameer[1]}>'), ('MIME-Version', '1.0'), ('From', addr(*sameer)),
         ('Date', rfc_date(d1)), ('Message-ID', mid1),
         ('Subject', hdr(f'Fwd: RE: Candidate shortlist – {role}')), ('To', addr(OWNER_NAME, OWNER))]
    ph, pb = multi('alternative', google_boundary('c10alt'), [
        leaf('text/plain; charset="UTF-8"', t1, 'quoted-printable'),
        leaf('text/html; charset="UTF-8"', to_html(t1, font='arial,sans-serif', size='small'), 'quoted-printable')])
    m1 = render_headers(h + ph) + '\n\n' + pb
    d2 = T(2026, 3, 26, 12, 4, s=19)
    t2 = """Dear Sameer,

Thank you for sharing. I confirm my availability for the interview with Mr. Oliver Bennett on Monday, 30th March at 10:00 UK time (2:30 PM IST).

Regards,
Meghna Kulkarni
"""
    m2, _ = gmail_mail('c10m2', d2, addr(*sameer), f'Re: Fwd: RE: Candidate shortlist – {role}', t2,
                       attrib=f'On Thu, 26 Mar 2026 at 11:18, Sameer Khanna <{sameer[1]}> wrote:', quoted=t1,
                       in_reply_to=mid1, references=mid1)
    items = [('01-fwd-client-interview-schedule.eml', m1), ('02-re-confirming-availability.eml', m2)]
    lab = label([interview('Gulfstar Maritime Services', role, st, en, 'scheduled', [oliver[1]], [oliver[1]],
                           'hiring_manager')],
                'hard', 'positive/forwarded-dst-london',
                'Placement consultant forwards the client mail: Mon 30 Mar 10:00 UK time, the day after BST starts '
                '(29 Mar) -> 09:00Z = 13:00 Dubai = 14:30 IST, 45 min. Oliver Bennett (cc in the forwarded block) '
                'conducts; the consultant and the client HR only coordinate.')
    return slug, items, lab


@case
def c11():
    slug = 'teams-ist-moved-to-thursday'
    dom = 'nilgiri-pharma.example'
    pradeep = ('Pradeep Gowda', f'pradeep.gowda@{dom}')
    anjali = ('Anjali Bhat', f'anjali.bhat@{dom}')
    role = 'Analyst – Inventory Optimisation'
    uid = outlook_uid('c11uid')
    d1 = T(2026, 4, 24, 12, 10, s=6)
    s1, e1 = T(2026, 4, 29, 15, 0, wd='Wed'), T(2026, 4, 29, 16, 0)
    d2 = T(2026, 4, 28, 17, 40, s=55, wd='Tue')
    s2, e2 = T(2026, 4, 30, 15, 0, wd='Thu'), T(2026, 4, 30, 16, 0)
    intro = f"""Dear Meghna,

Please find below the Teams invite for your technical round for the {role} position with Ms. Anjali Bhat, Manager – Inventory Planning. The discussion will cover safety-stock modelling, ABC/XYZ classification and a short Excel exercise (screen share).

Kindly accept the invite to confirm.

Regards,
Pradeep Gowda
Talent Acquisition | Nilgiri Pharma Distribution Pvt. Ltd., Whitefield, Bengaluru"""
    attendees = [('Meghna Kulkarni', OWNER, 'NEEDS-ACTION'), ('Anjali Bhat', anjali[1], 'ACCEPTED')]
    subj = f'Technical Round | {role} | Meghna Kulkarni'
    m1, id1, _ = teams_invite_mail('c11m1', d1, pradeep, f'{addr(OWNER_NAME, OWNER)}, {addr(*anjali)}', subj, intro,
                                   s1, e1, 'India Standard Time', attendees, uid, 0)
    t2 = f"""Dear Meghna,

Due to an unavoidable business review, Anjali will not be available tomorrow. We are moving your technical round to Thursday, 30th April, same time (3 PM IST). Updated invite follows.

Sorry for the short notice. Kindly confirm your availability.

Regards,
Pradeep Gowda
Talent Acquisition | Nilgiri Pharma Distribution Pvt. Ltd.
+91 80 4718 2290
"""
    m2, _ = outlook_mail('c11m2', d2, pradeep, addr(OWNER_NAME, OWNER), f'Change in schedule – {subj}', t2,
                         cc=addr(*anjali))
    d3 = T(2026, 4, 28, 17, 44, s=12)
    m3, _, _ = teams_invite_mail('c11m3', d3, pradeep, f'{addr(OWNER_NAME, OWNER)}, {addr(*anjali)}',
                                 'Updated: ' + subj, intro, s2, e2, 'India Standard Time', attendees, uid, 1,
                                 ics_summary=subj)
    items = [('01-teams-invite-technical-round.eml', m1), ('02-change-in-schedule.eml', m2),
             ('03-updated-teams-invite.eml', m3)]
    lab = label([interview('Nilgiri Pharma Distribution', role, s2, e2, 'scheduled', [anjali[1]], [anjali[1]],
                           'technical')],
                'medium', 'positive/reschedule-email-and-invite',
                "Teams invite with TZID 'India Standard Time' for Wed 29 Apr 3 PM; recruiter mail 'moving to Thursday, "
                "30th April, same time'; updated invite SEQUENCE:1 same UID -> one interview Thu 30 Apr 15:00-16:00 IST.")
    return slug, items, lab


@case
def c12():
    slug = 'google-cancel-then-new-event'
    dom = 'zephyr-qc.example'
    karthik = ('Karthik Rao', f'karthik.rao@{dom}')
    role = 'Supply Chain Analyst – Dark Store Replenishment'
    uid1 = f'{b62("c12uid1", 26).lower()}@google.com'
    uid2 = f'{b62("c12uid2", 26).lower()}@google.com'
    d1 = T(2026, 5, 4, 5, 31, s=20, tz=UTC)
    s1, e1 = T(2026, 5, 7, 17, 0, wd='Thu'), T(2026, 5, 7, 17, 30)
    d2 = T(2026, 5, 6, 12, 47, s=3, tz=UTC)
    d3 = T(2026, 5, 8, 4, 58, s=41, tz=UTC)
    s2, e2 = T(2026, 5, 11, 18, 0, wd='Mon'), T(2026, 5, 11, 18, 30)
    summary1 = 'Zephyr | Supply Chain Analyst – Round 1 | Meghna Kulkarni'
    desc1 = (f"Hi Meghna,\n\nRound 1 for the {role} role. I'll be taking this round myself – a 30 min case "
             "discussion on replenishment for a dark-store network (think 1,200 SKUs, 2 deliveries a day).\n\n"
             "Cheers,\nKarthik Rao\nAnalytics Manager – Supply Chain, Zephyr Quick Commerce")
    atts = [(karthik[0], karthik[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')]
    m1, _, _ = google_invite_mail('c12m1', d1, 'new', karthik, summary1, s1, e1, 'Asia/Kolkata', desc1, atts, uid1, 0,
                                  meet='fob-xkmt-qae', created=d1)
    note = ("Hi Meghna, sorry – a warehouse audit has come up on Thursday evening. Cancelling this for now; "
            "I'll send you a fresh invite for early next week.")
    m2, _, _ = google_invite_mail('c12m2', d2, 'cancel', karthik, summary1, s1, e1, 'Asia/Kolkata', desc1,
                                  [(karthik[0], karthik[1], 'ACCEPTED'), (OWNER, OWNER, 'ACCEPTED')], uid1, 1,
                                  method='CANCEL', status='CANCELLED', note=note, created=d1)
    deleted = json.dumps({'kind': 'calendar#event', 'etag': f'"{int(hx("c12etag", 12), 16) % 10**16}"',
                          'id': uid1.split('@')[0], 'status': 'cancelled'}, indent=2) + '\n'
    summary2 = 'Zephyr | Supply Chain Analyst – Round 1 (new slot) | Meghna Kulkarni'
    desc2 = ("Hi Meghna,\n\nAs promised, here is the new slot for Round 1 – same format, 30 min case discussion with me "
             "on dark-store replenishment.\n\nCheers,\nKarthik")
    m4, _, _ = google_invite_mail('c12m4', d3, 'new', karthik, summary2, s2, e2, 'Asia/Kolkata', desc2, atts, uid2, 0,
                                  meet='hwy-pdne-zzt', created=d3)
    items = [('01-invitation-round-1.eml', m1), ('02-cancelled-event-with-note.eml', m2),
             ('03-deleted-event-round-1.gcal.json', deleted), ('04-invitation-round-1-new-slot.eml', m4)]
    lab = label([interview('Zephyr Quick Commerce', role, s1, e1, 'cancelled', [karthik[1]], [karthik[1]], 'technical'),
                 interview('Zephyr Quick Commerce', role, s2, e2, 'scheduled', [karthik[1]], [karthik[1]], 'technical')],
                'hard', 'positive/cancel-then-rebook',
                'Google invite (Thu 7 May 5pm IST) cancelled with a note (METHOD:CANCEL + deleted API event), then '
                're-booked as a NEW event with a different UID (Mon 11 May 6pm IST) -> two entries, one cancelled and '
                'one scheduled. Organiser Karthik conducts both.')
    return slug, items, lab


@case
def c13():
    slug = 'f2f-loop-lower-parel-three-ics'
    dom = 'konkan-beverages.example'
    aditi = ('Aditi More', f'aditi.more@{dom}')
    vivek = ('Vivek Malhotra', f'vivek.malhotra@{dom}')
    neha = ('Neha Kapoor', f'neha.kapoor@{dom}')
    sunita = ('Sunita Rao', f'sunita.rao@{dom}')
    role = 'Supply Chain Analyst – Distribution Planning'
    d1 = T(2026, 5, 13, 15, 30, s=17, wd='Wed')
    day = (2026, 5, 19)
    T(*day, wd='Tue')
    sess = [(T(*day, 10, 0), T(*day, 10, 45), vivek, 'Case study discussion', 'GM – Distribution'),
            (T(*day, 11, 0), T(*day, 11, 45), neha, 'Technical round (Excel / SQL)', 'Lead – Planning Analytics'),
            (T(*day, 13, 0), T(*day, 13, 30), sunita, 'HR round', 'Manager – HR')]
    venue = 'Konkan Beverages Ltd., Unit 1204, Sapphire Heights, Senapati Bapat Marg, Lower Parel (W), Mumbai 400013'
    t1 = f"""Dear Meghna,

Congratulations on clearing the telephonic round! As discussed, your F2F rounds for the {role} position are scheduled at our corporate office on Tuesday, 19th May 2026. PFB the schedule:

10:00 AM – 10:45 AM | Case study discussion | Vivek Malhotra, GM – Distribution
11:00 AM – 11:45 AM | Technical round (Excel / SQL) | Neha Kapoor, Lead – Planning Analytics
11:45 AM – 12:45 PM | Lunch with the planning team & office walkthrough
1:00 PM – 1:30 PM | HR round | Sunita Rao, Manager – HR

Venue: {venue}

You will receive separate calendar invites for each round. Kindly carry a photo ID – a visitor pass will be issued at the ground-floor reception. Please reach by 9:45 AM.

Travel reimbursement for your Bengaluru–Mumbai flight will be processed as per policy; kindly retain the boarding passes.

Regards,
Aditi More
Talent Acquisition | Konkan Beverages Ltd.
+91 22 4962 7730
"""
    m1, _ = outlook_mail('c13m1', d1, aditi, addr(OWNER_NAME, OWNER), f'F2F rounds – {role} – Tuesday, 19th May', t1,
                         cc=f'{addr(*vivek)}, {addr(*neha)}, {addr(*sunita)}')
    items = [('01-f2f-schedule-itinerary.eml', m1)]
    for i, (st, en, who, what, title) in enumerate(sess):
        stamp = d1 + timedelta(minutes=6 + i)
        uid = outlook_uid(f'c13uid{i}')
        ics = outlook_ics('REQUEST', uid, 0, stamp, st, en, 'India Standard Time', aditi,
                          [('Meghna Kulkarni', OWNER, 'NEEDS-ACTION'), (who[0], who[1], 'ACCEPTED')],
                          f'{what} – Meghna Kulkarni – {role}',
                          f'F2F round {i + 1} of 3 for {role}.\nInterviewer: {who[0]}, {title}.\nVenue: {venue}',
                          location=venue)
        ics = ics.replace('PRODID:Microsoft Exchange Server 2010', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')
        ics = ics.replace('METHOD:REQUEST', 'METHOD:PUBLISH')
        items.append((f'{i + 2:02d}-f2f-{["case-study", "technical", "hr-round"][i]}.ics', ics))
    lab = label([interview('Konkan Beverages', role, sess[0][0], sess[-1][1], 'scheduled',
                           [vivek[1], neha[1], sunita[1]], [vivek[1], neha[1], sunita[1]], 'onsite')],
                'medium', 'positive/onsite-loop-multi-ics',
                'Itinerary mail + three standalone Outlook .ics files for back-to-back F2F rounds on Tue 19 May with a '
                'lunch break -> one onsite 10:00-13:30 IST with all three interviewers (HR round included).')
    return slug, items, lab


# ============================================================================= NEGATIVES
@case
def c14():
    slug = 'bgv-telephonic-verification-call'
    dom = 'veritrust-bgv.example'
    imran = ('Imran Sheikh', f'imran.sheikh@{dom}')
    d1 = T(2026, 5, 8, 11, 40, s=22, wd='Fri')
    st = T(2026, 5, 12, 11, 0, wd='Tue')
    en = st + timedelta(minutes=15)
    t1 = f"""Dear Meghna Kulkarni,

Greetings from VeriTrust Screening Services!

We have been engaged by Nilgiri Pharma Distribution Pvt. Ltd. to conduct your post-offer, pre-employment background verification (Ref: VT/NPD/26/08812).

As part of the process, our verification executive Mr. Imran Sheikh will call you on Tuesday, 12-May-2026 at 11:00 AM IST for a short telephonic verification (approx. 15 minutes) to confirm your current address, employment history (last two employers) and education details. A calendar hold is attached for your convenience.

Kindly keep the following handy during the call:
1. Relieving letter and last payslip of your previous employer
2. Degree certificate and final-year mark sheet
3. Address proof (Aadhaar / utility bill)
4. HR contact details of your current employer (to be contacted only after your joining date)

Kindly confirm your availability by replying to this email. If the slot does not suit you, please suggest an alternate time between 10 AM and 6 PM IST.

Please note that this is a verification call only; it does not form part of the selection process.

Regards,
Imran Sheikh
Verification Executive – Employment Screening
VeriTrust Screening Services Pvt. Ltd., Guindy, Chennai
"""
    ics = ics_doc(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//VeriTrust//Case Desk 4.2//EN', 'METHOD:REQUEST',
                   'BEGIN:VEVENT', f'UID:VT-NPD-26-08812-{hx("c14", 8)}@{dom}', f'DTSTAMP:{utc_stamp(d1)}',
                   f'DTSTART:{utc_stamp(st)}', f'DTEND:{utc_stamp(en)}',
                   'SUMMARY:BGV telephonic verification - Meghna Kulkarni (VT/NPD/26/08812)',
                   'DESCRIPTION:' + ical_esc('Telephonic verification of address, employment and education.\n'
                                             'Caller: Imran Sheikh, VeriTrust Screening Services'),
                   f'ORGANIZER;CN=Imran Sheikh:mailto:{imran[1]}', att('Meghna Kulkarni', OWNER),
                   'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    m1, _ = outlook_mail('c14m1', d1, imran, addr(OWNER_NAME, OWNER),
                         'Background Verification – Telephonic Verification Scheduled – Meghna Kulkarni (VT/NPD/26/08812)',
                         t1, attachments=[('BGV_call.ics', 'text/calendar', ics.encode())])
    items = [('01-bgv-telephonic-verification.eml', m1)]
    lab = label([], 'hard', 'negative/background-verification',
                'Post-offer background-verification call with a calendar hold, candidate wording and hiring vocabulary, '
                'but it verifies facts and is explicitly not part of selection -> not an interview.')
    return slug, items, lab


@case
def c15():
    slug = 'campus-placement-drive-alumni-panelist'
    dom = 'dims-blr.example'
    rohini = ('Prof. Rohini Kale', f'rohini.kale@{dom}')
    d1 = T(2026, 4, 27, 10, 12, s=40, wd='Mon')
    st, en = T(2026, 5, 2, 8, 30, wd='Sat'), T(2026, 5, 2, 17, 0)
    t1 = f"""Dear Meghna,

Greetings from the Placement Cell, Deccan Institute of Management Studies!

Thank you for volunteering as an alumni panelist for our Campus Placement Drive 2026 (PGDM – Operations & Supply Chain). Your support means a lot to the students.

Drive details:
Date: Saturday, 2nd May 2026
Reporting time: 8:30 AM (alumni briefing in the Placement Office)
Venue: DIMS Campus, Seminar Hall B, Electronic City Phase 1, Bengaluru – 560100

Your role: You will sit on the personal interview (PI) panel along with recruiters from two of our partner companies and interview shortlisted final-year students for Supply Chain Analyst / Planning trainee roles. An evaluation sheet will be shared at the briefing. GD rounds run in parallel in Seminar Hall A.

Lunch will be served at the campus cafeteria. A calendar invite is attached – kindly accept it to confirm your participation.

Warm regards,
Prof. Rohini Kale
Chairperson – Placements
Deccan Institute of Management Studies, Bengaluru
"""
    uid = f'{b62("c15uid", 26).lower()}@google.com'
    atts = [(rohini[0], rohini[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION'),
            ('placements@dims-blr.example', 'placements@dims-blr.example', 'ACCEPTED')]
    desc = ('Campus Placement Drive 2026 – alumni PI panel. Report by 8:30 AM for briefing. You will be interviewing '
            'final-year PGDM students alongside recruiters. Venue: Seminar Hall B.')
    m1, _, _ = google_invite_mail('c15m1', d1, 'new', rohini, 'Campus Placement Drive 2026 – Alumni Interview Panel',
                                  st, en, 'Asia/Kolkata', desc, atts, uid, 0, created=d1)
    # prepend the covering note as a separate earlier mail
    m0, _ = outlook_mail('c15m0', d1 - timedelta(minutes=4), rohini, addr(OWNER_NAME, OWNER),
                         'Campus Placement Drive 2026 – thank you for volunteering as alumni panelist', t1,
                         cc='placements@dims-blr.example')
    items = [('01-placement-drive-volunteer-note.eml', m0), ('02-invitation-alumni-interview-panel.eml', m1)]
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'Campus placement drive where the owner volunteers on the PI panel and interviews students; invite '
                "titled 'Alumni Interview Panel' with a reporting time -> the user is not the candidate.")
    return slug, items, lab


@case
def c16():
    slug = 'home-loan-personal-discussion'
    dom = 'induscrest-bank.example'
    kiran = ('Kiran Hegde', f'kiran.hegde@{dom}')
    d1 = T(2026, 5, 5, 16, 25, s=13, wd='Tue')
    st = T(2026, 5, 9, 11, 30, wd='Sat')
    t1 = f"""Dear Ms. Meghna Kulkarni,

Greetings from Indus Crest Bank!

With reference to your home loan application no. HL/BLR/2026/004417 for the property at Sarjapur Road, Bengaluru, we wish to inform you that a Personal Discussion (PD) has been scheduled with our Credit Manager, Mr. Venkatesh Murthy, on Saturday, 9th May 2026 at 11:30 AM at our Koramangala branch (1st Floor, Credit Department).

The PD is a mandatory step of our credit appraisal process, wherein the Credit Manager will discuss your current employment, designation, income, existing obligations, and the property and co-applicant details. The discussion usually takes 30–45 minutes.

Kindly carry the following original documents:
1. PAN card and Aadhaar card
2. Latest 3 months salary slips and Form 16 for the last two years
3. Appointment letter / employee ID card of your current employer
4. 6 months bank statement of the salary account
5. Allotment letter and agreement for sale of the property

Kindly confirm your availability for the above slot. In case of any change, please call me on +91 80 4119 6620.

Thanks & Regards,
Kiran Hegde
Relationship Manager – Home Loans
Indus Crest Bank Ltd., Koramangala Branch, Bengaluru

This e-mail is confidential and intended solely for the addressee. Indus Crest Bank never asks for your PIN, OTP or password.
"""
    m1, _ = outlook_mail('c16m1', d1, kiran, addr(OWNER_NAME, OWNER),
                         'Home Loan Application HL/BLR/2026/004417 – Personal Discussion (PD) scheduled', t1)
    assert st
    items = [('01-home-loan-personal-discussion.eml', m1)]
    lab = label([], 'hard', 'negative/bank-personal-discussion',
                "Bank's home-loan 'Personal Discussion' with a credit manager at a fixed time, asking about employment, "
                "designation and income -> credit appraisal, not a job interview.")
    return slug, items, lab


@case
def c17():
    slug = 'ngo-volunteer-orientation-interaction'
    dom = 'aksharam-foundation.example'
    ritu = ('Ritu Agarwal', f'ritu.agarwal@{dom}')
    d1 = T(2026, 4, 20, 6, 2, s=50, tz=UTC)
    st, en = T(2026, 4, 25, 10, 30, wd='Sat'), T(2026, 4, 25, 12, 0)
    desc = ("Hi all,\n\nWelcome to the Aksharam Weekend Reading Buddies programme! This is an unpaid volunteering role "
            "(about 2 hours every weekend at one of our learning centres in Bengaluru).\n\nAgenda:\n10:30 – 11:15 "
            "Orientation: our work, child-safeguarding policy, code of conduct\n11:15 – 12:00 Short 1:1 interaction "
            "with the volunteer coordinator to understand your availability and match you with a centre\n\nPlease "
            "keep a government ID ready – we do a basic police verification for everyone who works with children.\n\n"
            "Thanks,\nRitu Agarwal\nVolunteer Coordinator, Aksharam Foundation")
    uid = f'{b62("c17uid", 26).lower()}@google.com'
    atts = [(ritu[0], ritu[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION'),
            ('volunteers@aksharam-foundation.example', 'volunteers@aksharam-foundation.example', 'ACCEPTED')]
    m1, _, _ = google_invite_mail('c17m1', d1, 'new', ritu, 'Aksharam Volunteer Orientation + 1:1 interaction',
                                  st, en, 'Asia/Kolkata', desc, atts, uid, 0, meet='qre-nvbh-kdo', created=d1)
    items = [('01-invitation-volunteer-orientation.eml', m1)]
    lab = label([], 'medium', 'negative/volunteer-orientation',
                'Google invite for an NGO volunteer orientation with a 1:1 interaction; unpaid volunteering, not a '
                'job -> not an interview.')
    return slug, items, lab


@case
def c18():
    slug = 'insurance-medical-checkup-reporting-time'
    dom = 'medipoint-diagnostics.example'
    d1 = T(2026, 5, 11, 19, 3, s=29, wd='Mon')
    st, en = T(2026, 5, 14, 8, 0, wd='Thu'), T(2026, 5, 14, 10, 0)
    t1 = f"""Dear Meghna Kulkarni,

Your pre-policy medical check-up for the term insurance proposal no. SL26040918827 with Suraksha Life Insurance has been scheduled.

Appointment Details
Date: Thursday, 14-May-2026
Reporting time: 8:00 AM
Centre: MediPoint Diagnostics, 27th Main, Sector 2, HSR Layout, Bengaluru – 560102
Tests: Medical examination by MER doctor, CBC, lipid profile, HbA1c, urine routine, ECG
Special instructions: 10–12 hours fasting required. Please avoid alcohol for 24 hours before the check-up.

During the examination the medical examiner will also ask you a few questions about your medical history, lifestyle and occupation, and record your answers in the Medical Examination Report (MER).

Please carry original photo ID (PAN / Aadhaar / Passport) and this appointment confirmation. The calendar entry is attached.

For rescheduling, call 1800 425 8890 (toll free) at least 24 hours in advance.

Regards,
Appointments Desk
MediPoint Diagnostics (on behalf of Suraksha Life Insurance)

This is an automated message. Please do not reply.
"""
    ics = ics_doc(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//MediPoint//Appointments//EN', 'METHOD:PUBLISH',
                   'BEGIN:VEVENT', f'UID:MP-{int(hx("c18", 10), 16)}@{dom}', f'DTSTAMP:{utc_stamp(d1)}',
                   f'DTSTART:{utc_stamp(st)}', f'DTEND:{utc_stamp(en)}',
                   'SUMMARY:Pre-policy medical check-up (fasting) - MediPoint HSR Layout',
                   'LOCATION:' + ical_esc('MediPoint Diagnostics, 27th Main, Sector 2, HSR Layout, Bengaluru 560102'),
                   'DESCRIPTION:' + ical_esc('Reporting time 8:00 AM. 10-12 hours fasting. Proposal SL26040918827.'),
                   f'ORGANIZER;CN=MediPoint Appointments:mailto:no-reply@{dom}',
                   att('Meghna Kulkarni', OWNER, 'ACCEPTED', rsvp='FALSE'), 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    mid = f'<{hx("c18mid", 32)}@mail.medipoint-diagnostics.example>'
    h = [('Delivered-To', OWNER), received('smtp-out-7.medipoint-diagnostics.example', '103.21.58.77', d1, 'c18'),
         ('Return-Path', f'<no-reply@{dom}>'), ('From', f'"MediPoint Diagnostics" <no-reply@{dom}>'),
         ('To', OWNER), ('Subject', 'Appointment Confirmed: Pre-Policy Medical Check-up | Proposal SL26040918827'),
         ('Date', rfc_date(d1)), ('Message-ID', mid)]
    body = multi('mixed', 'b1_' + hx('c18b', 32), [
        multi('alternative', 'b2_' + hx('c18b2', 32), [
            leaf('text/plain; charset=utf-8', t1, 'base64'),
            leaf('text/html; charset=utf-8', to_html(t1, font='Helvetica,Arial,sans-serif', size='14px'), 'base64')]),
        leaf('text/calendar; charset=utf-8; name="appointment.ics"', ics, 'base64',
             disp='attachment; filename="appointment.ics"')])
    m1 = message(h, body)
    items = [('01-medical-checkup-appointment.eml', m1), ('02-medical-checkup-appointment.ics', ics)]
    lab = label([], 'medium', 'negative/medical-appointment',
                'Insurance pre-policy medical check-up with reporting time, examiner questions about occupation and a '
                'calendar entry (also saved standalone) -> not an interview.')
    return slug, items, lab


@case
def c19():
    slug = 'naukri-walk-in-jobs-alert'
    d1 = T(2026, 5, 4, 7, 45, s=0, wd='Mon')
    walks = [
        ('Supply Chain Analyst - Walk-in on 9th May', 'Orbit Warehousing Pvt. Ltd.', '2-5 Yrs', 'Bengaluru (Hosur Road)',
         'Walk-in: Saturday, 9th May 2026, 10:00 AM - 3:00 PM | Reporting time 10:00 AM', T(2026, 5, 9, wd='Sat')),
        ('Demand Planner / Inventory Analyst - Walk-in Drive', 'Saanvi FMCG Ltd.', '3-6 Yrs', 'Mumbai (Vikhroli)',
         'Walk-in: 12th - 14th May 2026, 11:00 AM - 4:00 PM | Carry 2 copies of resume', T(2026, 5, 12, wd='Tue')),
        ('Logistics Analyst (SAP MM) - Weekend Walk-in', 'Trident Global Services', '1-4 Yrs', 'Bengaluru (Bellandur)',
         'Walk-in: Sunday, 10th May 2026, 9:30 AM onwards | Interview rounds: Technical + HR', T(2026, 5, 10, wd='Sun')),
    ]
    lines = ['Hi Meghna,', '', "Walk-ins this week matching your profile 'Supply Chain Analyst'", '']
    for title, co, exp, loc, when, _ in walks:
        lines += [title, f'{co} | {exp} | {loc}', when,
                  f'View & Apply: https://www.naukri.com/job-listings-{title.lower().replace(" ", "-").replace("/", "")[:40]}-{int(hx(title, 8), 16) % 10**12}',
                  '']
    lines += ['Tip: Recruiters are 3x more likely to view profiles updated in the last 7 days. Update your profile now.',
              '', 'Happy job hunting!', 'Team Naukri.com', '',
              'You are receiving this mail because you have subscribed to Walk-in Alerts on Naukri.com.',
              'Unsubscribe: https://www.naukri.com/mnjuser/unsubscribe?type=walkin&ref=' + b62('c19unsub', 24),
              'Info Edge (India) Ltd., B-8, Sector 132, Noida - 201304']
    t1 = '\n'.join(lines) + '\n'
    h = [('Delivered-To', OWNER), received('mailer52.naukri.com', '103.241.217.52', d1, 'c19'),
         ('Return-Path', '<bounce-walkin@naukri.com>'), ('From', 'Naukri <naukrialerts@naukri.com>'),
         ('To', OWNER), ('Subject', '3 Walk-in interviews this week for Supply Chain Analyst'),
         ('Date', rfc_date(d1)), ('Message-ID', f'<{hx("c19mid", 20)}.walkin@naukri.com>'),
         ('List-Unsubscribe', '<https://www.naukri.com/mnjuser/unsubscribe?type=walkin&ref=' + b62('c19unsub', 24) + '>'),
         ('Precedence', 'bulk')]
    body = multi('alternative', '=_' + hx('c19b', 28), [
        leaf('text/plain; charset="UTF-8"', t1, 'quoted-printable'),
        leaf('text/html; charset="UTF-8"', to_html(t1, font='Roboto,Arial,sans-serif', size='14px'), 'base64')])
    m1 = message(h, body)
    items = [('01-naukri-walk-in-alert.eml', m1)]
    lab = label([], 'medium', 'negative/job-alert-walk-ins',
                "Naukri 'walk-in interviews this week' alert with dates, reporting times and 'interview rounds' -> a job "
                'alert, not an interview booked for the user.')
    return slug, items, lab


@case
def c20():
    slug = 'dubai-availability-request-unbooked'
    dom = 'pelican-gulf.example'
    mariam = ('Mariam Qureshi', f'mariam.qureshi@{dom}')
    d1 = T(2026, 5, 12, 9, 50, s=31, tz=GST, wd='Tue')
    link = f'https://recruit.zoho.com/recruit/schedule/{b62("c20link", 20)}'
    t1 = f"""Dear Meghna,

Thank you for applying for the Supply Chain Analyst role with Pelican Gulf Distribution LLC, Dubai.

Our Supply Chain Manager would like to have a telephonic round with you next week. Kindly share your availability between Monday 18th and Wednesday 20th May, anytime between 10 AM and 4 PM UAE time (11:30 AM – 5:30 PM IST).

Alternatively, you may pick a slot directly using the link below:
{link}

Also kindly share your current and expected salary (AED, all-inclusive) and notice period.

Best regards,
Mariam Qureshi
Recruitment Executive
Pelican Gulf Distribution LLC | Al Quoz Industrial Area 3, Dubai, UAE
"""
    T(2026, 5, 18, wd='Mon'), T(2026, 5, 20, wd='Wed')
    subj = 'Supply Chain Analyst – Pelican Gulf Distribution – availability for telephonic round'
    m1, id1 = outlook_mail('c20m1', d1, mariam, addr(OWNER_NAME, OWNER), subj, t1, region='EURPRD07',
                           host='EUR07-AM5-obe.outbound.protection.outlook.com', sender_ip='40.107.8.120')
    d2 = T(2026, 5, 12, 14, 8, s=2)
    t2 = """Dear Mariam,

Thank you for considering my profile. I am available on 19th or 20th May anytime between 11 AM and 3 PM UAE time. Kindly let me know the slot that suits the manager.

Current CTC: INR 9.2 LPA; expected: AED 14,000 per month (all-inclusive); notice period: 60 days.

Regards,
Meghna Kulkarni
"""
    m2, _ = gmail_mail('c20m2', d2, addr(*mariam), 'Re: ' + subj, t2,
                       attrib=f'On Tue, 12 May 2026 at 11:20, Mariam Qureshi <{mariam[1]}> wrote:', quoted=t1,
                       in_reply_to=id1, references=id1)
    items = [('01-availability-request.eml', m1), ('02-re-sharing-availability.eml', m2)]
    lab = label([], 'hard', 'negative/availability-request',
                'Dubai recruiter asks for availability / offers a self-scheduling link; candidate replies with windows, '
                'but no slot is ever confirmed -> no interview yet.')
    return slug, items, lab


@case
def c21():
    slug = 'one-way-video-interview-sgt-deadline'
    d1 = T(2026, 5, 15, 2, 14, s=51, tz=UTC)
    due = T(2026, 5, 24, 23, 59, tz=SGT, wd='Sun')
    t1 = f"""Hi Meghna,

Thank you for your application for Supply Chain Analyst (Singapore) at Andaman Shipping Lines.

As the next step, we invite you to complete an On Demand Video Interview. There is no live interviewer – you will record your answers to 5 questions at a time that suits you. You will have 30 seconds to read each question and up to 3 minutes to record your answer.

Please complete your interview by Sunday, 24 May 2026 at 11:59 PM (GMT+08:00) Singapore.

Start your interview: https://app.hirevue.com/interviews/{b62('c21hv', 24)}

Tips: use Chrome on a laptop with a stable connection, and find a quiet, well-lit place. You can do a practice question before you begin.

Best of luck!
Talent Acquisition Team
Andaman Shipping Lines Pte. Ltd.
"""
    h = [('Delivered-To', OWNER), received('o1.ptr7781.hirevue.com', '149.72.143.210', d1, 'c21'),
         ('Return-Path', f'<bounces+7781-{hx("c21", 4)}-{OWNER.replace("@", "=")}@em.hirevue.com>'),
         ('From', '"Andaman Shipping Lines" <noreply@hirevue.com>'), ('To', OWNER),
         ('Subject', 'Andaman Shipping Lines – Video Interview Invitation: Supply Chain Analyst (Singapore)'),
         ('Date', rfc_date(d1)), ('Message-ID', f'<{b62("c21mid", 22)}@geopod-ismtpd-12>')]
    h[-3] = ('Subject', hdr(h[-3][1]))
    body = multi('alternative', hx('c21b', 32), [
        leaf('text/plain; charset=utf-8', t1, 'quoted-printable'),
        leaf('text/html; charset=utf-8', to_html(t1, font='Open Sans,Arial,sans-serif', size='14px'), 'quoted-printable')])
    m1 = message(h, body)
    assert due
    items = [('01-on-demand-video-interview.eml', m1)]
    lab = label([], 'medium', 'negative/one-way-video',
                "HireVue 'On Demand Video Interview' with a completion deadline and no live interviewer -> one-way "
                'assessment, not an interview.')
    return slug, items, lab


@case
def c22():
    slug = 'offer-letter-pfa-joining-reporting-time'
    dom = 'nilgiri-pharma.example'
    pradeep = ('Pradeep Gowda', f'pradeep.gowda@{dom}')
    d1 = T(2026, 5, 5, 18, 22, s=40, wd='Tue')
    T(2026, 5, 8, wd='Fri'), T(2026, 6, 1, wd='Mon'), T(2026, 5, 7, wd='Thu')
    role = 'Analyst – Inventory Optimisation'
    t1 = f"""Dear Meghna,

Congratulations!

Further to your interview and subsequent discussions, we are pleased to offer you the position of {role} at Nilgiri Pharma Distribution Pvt. Ltd., Bengaluru. PFA your offer letter and the annexure with the compensation break-up (CTC: INR 13.4 LPA).

Kindly confirm your acceptance by replying to this email by Friday, 8th May 2026.

Your tentative date of joining is Monday, 1st June 2026. Reporting time: 9:30 AM at our Whitefield office (ground-floor reception); please ask for the HR team. Priya from our HR Operations team will call you on Thursday, 7th May at 4 PM to walk you through the joining formalities and the background verification process.

Documents required on the day of joining are listed in the annexure.

We look forward to having you on board!

Regards,
Pradeep Gowda
Talent Acquisition | Nilgiri Pharma Distribution Pvt. Ltd.
+91 80 4718 2290
"""
    m1, _ = outlook_mail('c22m1', d1, pradeep, addr(OWNER_NAME, OWNER),
                         f'Offer Letter – {role} – Nilgiri Pharma Distribution', t1,
                         attachments=[('Offer_Letter_Meghna_Kulkarni.pdf', 'application/pdf', fake_pdf('Offer letter')),
                                      ('Annexure_A_Compensation.pdf', 'application/pdf', fake_pdf('Annexure A'))])
    items = [('01-offer-letter.eml', m1)]
    lab = label([], 'medium', 'negative/offer-letter',
                "Offer letter (PFA) referring back to 'your interview', with a joining reporting time and a pre-joining "
                'HR formalities call -> offer/onboarding, not an interview.')
    return slug, items, lab


# ============================================================================= output
README = """# blind170: India / Gulf / Singapore supply-chain job search in Indian English (written blind)

Owner: **Meghna Kulkarni** <meghna.kulkarni@example.com>, a supply-chain analyst in Bengaluru (from Mumbai),
applying to Indian companies and to Dubai and Singapore roles. Her mailbox is in Indian English
("Kindly confirm your availability", "PFA", "PFB", "telephonic round", "F2F round", "HR round", "11 AM IST").

## What the set stresses
- Indian ATS and HR-tool mail: Darwinbox (F2F panel + .ics + call-letter PDF), Keka (UTC-only .ics, reschedule),
  Zoho Recruit (DD-MM-YYYY, legacy `TZID=Asia/Calcutta`, METHOD:CANCEL), Workday (two interviews, no-reply sender),
  Naukri (walk-in alert look-alike), a walk-in drive with only a *reporting time*.
- Exchange/Teams invites with Windows TZIDs `India Standard Time`, `Arabian Standard Time`,
  `Singapore Standard Time`; Google Calendar invites rendered in IST while the .ics is in Asia/Singapore;
  a Calendar API event (and a deleted API event); standalone Outlook .ics files for a same-day F2F loop.
- Relative dates ("tomorrow (Friday) at 11 AM IST"), a thread where the candidate mis-converts a time and the
  recruiter corrects it, a consultant forwarding the client's mail, reschedule by e-mail + updated invite,
  a cancelled event re-booked as a new event (two entries).
- Hard look-alikes: background-verification telephonic call, campus placement drive where she sits on the
  interview panel, a bank's home-loan "Personal Discussion", NGO volunteer orientation with a 1:1 interaction,
  insurance medical check-up with reporting time, Naukri walk-in alert, unbooked availability request,
  one-way HireVue video interview, offer letter with joining reporting time.

## Written blind
The cases were written from the brief and the dev README's schema and labelling rules only, without reading the
tool's code, tests or other evaluation sets. All people and companies are invented (`.example` domains);
vendor system senders keep their product domains (darwinbox.in, keka.com, myworkday.com, naukri.com,
hirevue.com, google.com).

## Counts
- 22 cases: 13 positive, 9 negative.
- 15 labelled interviews: 13 scheduled, 2 cancelled (one cancellation-only case; one case with a cancelled
  interview re-booked as a new event). Two cases hold two interviews each (b170-08, b170-12).

## Formats
`.eml` (Outlook/Exchange QP multipart/alternative, Gmail replies with quoted text, Google Calendar invitations
with text/calendar + invite.ics, ATS mail with base64 .ics and PDF attachments, base64-only HTML/text bodies),
standalone `.ics` (Outlook 16 PUBLISH, a clinic appointment), `.gcal.json` (Calendar API v3 event and a deleted
event with only id/status).

## Time zones and DST points
- IST (+05:30), Dubai (+04:00) and Singapore (+08:00) have no DST.
- b170-09: slots offered on 30 Mar in Sydney time while Sydney is on AEDT (+11); the interview on Tue 7 Apr is after
  Sydney DST ends (Sun 5 Apr 2026) -> 13:00 AEST = 08:30 IST (the candidate's first guess 7:30 is wrong).
- b170-10: mail of Thu 26 Mar (London on GMT) for Mon 30 Mar 10:00 UK time, the day after BST starts (29 Mar)
  -> 09:00Z = 13:00 Dubai = 14:30 IST.
- b170-05 / b170-08: Singapore times vs IST display (15:00 SGT = 12:30 IST; 16:30 SGT = 14:00 IST).
- b170-04: 10:00 Arabian Standard Time = 11:30 IST.

Regenerate with `python make_cases.py` (deterministic; stdlib + PyYAML + zoneinfo).
"""


def main():
    for old in sorted(HERE.glob(f'{PREFIX}-*')):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    for n, fn in enumerate(CASES, 1):
        slug, items, lab = fn()
        cid = f'{PREFIX}-{n:02d}-{slug}'
        d = HERE / cid
        d.mkdir()
        names = [i[0] for i in items]
        assert names == sorted(names), names
        for name, content in items:
            data = content.encode('utf-8') if isinstance(content, str) else content
            (d / name).write_bytes(data)
        labels[cid] = lab
    head = ('# Labels for blind170 (written blind). Schema and rules: /work/shared/eval/README.md\n'
            '# Regenerated by make_cases.py - do not edit by hand.\n')
    with open(HERE / 'labels.yaml', 'w', encoding='utf-8') as f:
        f.write(head)
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (HERE / 'README.md').write_text(README, encoding='utf-8')
    pos = sum(1 for v in labels.values() if v['interview'])
    ivs = [i for v in labels.values() for i in v['interviews']]
    print(f'{len(labels)} cases ({pos} positive, {len(labels) - pos} negative), {len(ivs)} interviews '
          f'({sum(i["status"] == "scheduled" for i in ivs)} scheduled, {sum(i["status"] == "cancelled" for i in ivs)} cancelled)')


if __name__ == '__main__':
    main()
