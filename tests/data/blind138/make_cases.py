#!/usr/bin/env python3
"""Regenerate the blind138 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; no clock, no randomness.
Standard library + PyYAML only. Every UTC offset is computed with zoneinfo, and every weekday
named in the generated text is asserted against the calendar.

    python make_cases.py
"""
import base64
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timezone
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'b138-'

PT = ZoneInfo('America/Los_Angeles')
ET = ZoneInfo('America/New_York')
CT = ZoneInfo('America/Chicago')
AZ = ZoneInfo('America/Phoenix')
HST = ZoneInfo('Pacific/Honolulu')
UTC = timezone.utc

OWNER = 'lou.camacho@example.com'
OWNER_NAME = 'Lou Camacho'
OWNER_OLD = 'lou.camacho.sd@example.net'   # the owner's previous personal mailbox (case 11)
OWNER_PHONE = '(619) 555-0147'


# ----------------------------------------------------------------------------------------------
# time helpers
# ----------------------------------------------------------------------------------------------
def at(tz, y, mo, d, h=0, mi=0, s=0, weekday=None):
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert dt.strftime('%A') == weekday, (dt, weekday)
    return dt


def wd(dt, name):
    """Assert that dt falls on the weekday `name` (used for every weekday written in text)."""
    assert dt.strftime('%A') == name, (dt.isoformat(), dt.strftime('%A'), name)
    return name


def iso(dt):
    return dt.isoformat() if dt is not None else None


def hdr_date(dt):
    return format_datetime(dt)


def ics_utc(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def ics_local(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def d_long(dt):            # Tuesday, March 24, 2026
    return f'{dt:%A}, {dt:%B} {dt.day}, {dt.year}'


def d_md(dt):              # March 24
    return f'{dt:%B} {dt.day}'


def t12(dt):               # 10:00 AM
    h = dt.hour % 12 or 12
    return f'{h}:{dt.minute:02d} {"AM" if dt.hour < 12 else "PM"}'


def g_t(dt):               # Google style: 2pm / 2:30pm
    h = dt.hour % 12 or 12
    ap = 'am' if dt.hour < 12 else 'pm'
    return f'{h}{ap}' if dt.minute == 0 else f'{h}:{dt.minute:02d}{ap}'


def g_date(dt):            # Mon Feb 23, 2026
    return f'{dt:%a} {dt:%b} {dt.day}, {dt.year}'


def g_date_long(dt):       # Monday Feb 23, 2026
    return f'{dt:%A} {dt:%b} {dt.day}, {dt.year}'


# ----------------------------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------------------------
def fold(line):
    out, cur, n, limit = [], '', 0, 75
    for ch in line:
        w = len(ch.encode('utf-8'))
        if n + w > limit:
            out.append(cur)
            cur, n, limit = '', 0, 74      # continuation lines start with one space
        cur += ch
        n += w
    out.append(cur)
    return '\r\n '.join(out)


def esc(text):
    return (text.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\n', '\\n'))


def cnq(name):
    """CN parameter value, quoted when it contains , ; or : (as Exchange and Google do)."""
    return f'"{name}"' if any(c in name for c in ',;:') else name


def ics_doc(lines):
    return ''.join(fold(l) + '\r\n' for l in lines)


def lf(text):
    return text.replace('\r\n', '\n')


VTZ_WIN_PACIFIC = [
    'BEGIN:VTIMEZONE', 'TZID:Pacific Standard Time',
    'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
    'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0800', 'TZOFFSETTO:-0700',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT',
    'END:VTIMEZONE',
]
VTZ_WIN_US_MOUNTAIN = [
    'BEGIN:VTIMEZONE', 'TZID:US Mountain Standard Time',
    'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0700',
    'END:STANDARD',
    'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0700',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
]


def vtz_olson(tzid, std_off, dst_off, std_abbr, dst_abbr):
    return [
        'BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}',
        'BEGIN:DAYLIGHT', f'TZOFFSETFROM:{std_off}', f'TZOFFSETTO:{dst_off}', f'TZNAME:{dst_abbr}',
        'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
        'BEGIN:STANDARD', f'TZOFFSETFROM:{dst_off}', f'TZOFFSETTO:{std_off}', f'TZNAME:{std_abbr}',
        'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
        'END:VTIMEZONE',
    ]


VTZ_CHICAGO = vtz_olson('America/Chicago', '-0600', '-0500', 'CST', 'CDT')
VTZ_NEW_YORK = vtz_olson('America/New_York', '-0500', '-0400', 'EST', 'EDT')
VTZ_LOS_ANGELES = vtz_olson('America/Los_Angeles', '-0800', '-0700', 'PST', 'PDT')


# ----------------------------------------------------------------------------------------------
# MIME helpers (hand-built so that every byte is fixed)
# ----------------------------------------------------------------------------------------------
def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def leaf(ctype, body, cte='7bit', extra=()):
    if cte == 'quoted-printable':
        enc = qp(body)
    elif cte == 'base64':
        enc = b64(body)
    else:
        enc = body
    if not enc.endswith('\n'):
        enc += '\n'
    headers = [('Content-Type', ctype)] + list(extra) + [('Content-Transfer-Encoding', cte)]
    return headers, enc


def multi(subtype, boundary, parts, extra_param=''):
    body = ''
    for h, b in parts:
        body += f'--{boundary}\n' + render_headers(h) + '\n' + b + '\n'
    body += f'--{boundary}--\n'
    return [('Content-Type', f'multipart/{subtype};{extra_param}\n boundary="{boundary}"')], body


def render_headers(headers):
    return ''.join(f'{k}: {v}\n' for k, v in headers)


def message(headers, entity):
    eh, body = entity
    return render_headers(list(headers) + [('MIME-Version', '1.0')] + eh) + '\n' + body


def received(by_host, from_host, ip, dt, msg_id_hint):
    return ('Received', f'from {from_host} ({from_host} [{ip}])\n'
                        f'        by {by_host} with ESMTPS id {msg_id_hint}\n'
                        f'        for <{OWNER}>;\n'
                        f'        {hdr_date(dt)}')


def base_headers(dt, from_host, ip, rid, return_path):
    return [
        ('Delivered-To', OWNER),
        received('mx.example.com', from_host, ip, dt, rid),
        ('Return-Path', f'<{return_path}>'),
    ]


def to_html(text, font='Calibri, Arial, sans-serif', size='11pt'):
    """Plain text -> simple HTML body the way webmail/Outlook renders it (one <p> per paragraph)."""
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(html.escape(l, quote=False) for l in p.split('\n')) + '</p>')
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + '\n'.join(out)
            + '\n</div></body></html>\n')


def teams_block(meeting_id, passcode, thread, tid, oid):
    return (
        '________________________________________________________________________________\n'
        'Microsoft Teams meeting\n'
        'Join on your computer, mobile app or room device\n'
        f'Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}'
        f'%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d>\n'
        f'Meeting ID: {meeting_id}\n'
        f'Passcode: {passcode}\n'
        'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
        'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
        'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/'
        f'meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{thread}@thread.v2'
        '&messageId=0&language=en-US>\n'
        '________________________________________________________________________________\n'
    )


# ----------------------------------------------------------------------------------------------
# Exchange / Outlook meeting request
# ----------------------------------------------------------------------------------------------
WIN_LABEL = {
    'Pacific Standard Time': '(UTC-08:00) Pacific Time (US & Canada)',
    'US Mountain Standard Time': '(UTC-07:00) Arizona',
}
WIN_VTZ = {
    'Pacific Standard Time': VTZ_WIN_PACIFIC,
    'US Mountain Standard Time': VTZ_WIN_US_MOUNTAIN,
}


def exchange_invite(*, from_hdr, to_hdr, cc_hdr=None, sender_hdr=None, subject, date, msgid,
                    tzid, start, end, organizer_cn, organizer_addr, sent_by=None, attendees,
                    note, uid, seq, boundary, thread_index, series_id, rid, ip, host,
                    method='REQUEST', location='Microsoft Teams Meeting', teams=None,
                    dtstamp=None, return_path=None):
    cancel = method == 'CANCEL'
    when = f'{d_long(start)} {t12(start)}-{t12(end)} {WIN_LABEL[tzid]}.'
    text = f'When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n'
    if teams and not cancel:
        text += '\n' + teams
    html_body = to_html(text, font='Aptos, Calibri, sans-serif')
    dtstamp = dtstamp or date
    cal = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010',
           'VERSION:2.0'] + WIN_VTZ[tzid] + ['BEGIN:VEVENT']
    org = f'ORGANIZER;CN={cnq(organizer_cn)}'
    if sent_by:
        org += f';SENT-BY="mailto:{sent_by}"'
    cal.append(f'{org}:mailto:{organizer_addr}')
    for cn, addr, role, ps in attendees:
        cal.append(f'ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cnq(cn)}:mailto:{addr}')
    cal += [
        f'DESCRIPTION;LANGUAGE=en-US:{esc(text)}',
        f'UID:{uid}',
        f'SUMMARY;LANGUAGE=en-US:{esc(subject)}',
        f'DTSTART;TZID={tzid}:{ics_local(start)}',
        f'DTEND;TZID={tzid}:{ics_local(end)}',
        'CLASS:PUBLIC', 'PRIORITY:5' if not cancel else 'PRIORITY:1',
        f'DTSTAMP:{ics_utc(dtstamp)}',
        'TRANSP:OPAQUE' if not cancel else 'TRANSP:TRANSPARENT',
        'STATUS:CANCELLED' if cancel else 'STATUS:CONFIRMED',
        f'SEQUENCE:{seq}',
        f'LOCATION;LANGUAGE=en-US:{esc(location)}',
        f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
        f'X-MICROSOFT-CDO-OWNERAPPTID:{abs(hash_int(uid)) % 2000000000}',
        'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if cancel else 'TENTATIVE'),
        'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if cancel else 'BUSY'),
        'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
        'X-MICROSOFT-CDO-IMPORTANCE:' + ('2' if cancel else '1'),
        'X-MICROSOFT-CDO-INSTTYPE:0',
    ]
    if teams and not cancel:
        cal.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,'
                   '"OnlineMeetingProvider":3}')
    cal += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
            'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
            f'X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}']
    if not cancel:
        cal += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
                'ACTION:DISPLAY', 'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    ics = ics_doc(cal)
    entity = multi('alternative', boundary, [
        leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', html_body, 'quoted-printable'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics, 'base64'),
    ])
    headers = base_headers(date, host, ip, rid, return_path or organizer_addr)
    headers.append(('From', from_hdr))
    if sender_hdr:
        headers.append(('Sender', sender_hdr))
    headers.append(('To', to_hdr))
    if cc_hdr:
        headers.append(('CC', cc_hdr))
    headers += [
        ('Subject', subject),
        ('Thread-Topic', subject.split(': ', 1)[1] if cancel else subject),
        ('Thread-Index', thread_index),
        ('Date', hdr_date(date)),
        ('Message-ID', msgid),
        ('Accept-Language', 'en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''),
        ('Content-class', 'urn:content-classes:calendarmessage'),
        ('x-ms-exchange-calendar-series-instance-id', series_id),
        ('x-ms-publictraffictype', 'Email'),
    ]
    return message(headers, entity)


def hash_int(s):
    """Small deterministic string hash (Python's hash() is salted per process)."""
    h = 2166136261
    for ch in s.encode('utf-8'):
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


# ----------------------------------------------------------------------------------------------
# Google Calendar invitation / cancellation
# ----------------------------------------------------------------------------------------------
def google_invite(*, org_name, org_addr, guests, title, start, end, description, location,
                  date, msgid, uid, seq, created, b_mixed, b_alt, rid, ip, meet=None,
                  method='REQUEST', note=None, tz_label='Pacific Time - Los Angeles'):
    cancel = method == 'CANCEL'
    abbr = start.tzname()
    when_subj = f'{g_date(start)} {g_t(start)} - {g_t(end)} ({abbr})'
    if cancel:
        subject = (f'Canceled event with note: {title} @ {when_subj} ({OWNER})' if note
                   else f'Canceled event: {title} @ {when_subj} ({OWNER})')
    else:
        subject = f'Invitation: {title} @ {when_subj} ({OWNER})'
    lines = []
    if cancel:
        lines.append('This event has been canceled.' + (f' {org_name} included a note:' if note else ''))
        if note:
            lines += ['', note]
        lines.append('')
    lines += [title, f'{g_date_long(start)} \u22c5 {g_t(start)} \u2013 {g_t(end)}', tz_label, '']
    if location:
        lines += ['Location', location, '']
    if meet and not cancel:
        lines += ['Google Meet joining info', f'Video call link: https://meet.google.com/{meet}',
                  'Or dial: \u202a(US) +1 252-555-0121\u202c PIN: \u202a318 402 775\u202c#',
                  f'More phone numbers: https://tel.meet/{meet}?pin=5520431897165', '']
    if not cancel:
        lines += [description, '']
    lines += ['Organizer', org_name, org_addr, '', 'Guests']
    for name, addr, _ in guests:
        lines.append(f'{name} - organizer' if addr == org_addr else name)
        lines.append(addr)
    if not cancel:
        lines += [f'View all guest info https://calendar.google.com/calendar/event?action=VIEW&'
                  f'eid={uid[:20]}&tok=MjAj{hash_int(uid):08x}{hash_int(uid[::-1]):08x}&ctz=America%2FLos_Angeles&hl=en&es=0', '',
                  f'Reply for {OWNER} and view more details https://calendar.google.com/calendar/'
                  f'event?action=VIEW&eid={uid[:20]}&ctz=America%2FLos_Angeles&hl=en&es=0']
    lines += ['', '~~//~~', 'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
              f'You are receiving this email because you are an attendee on the event. To stop '
              f'receiving future updates for this event, decline this event.', '',
              'Forwarding this invitation could allow any recipient to send a response to the '
              'organizer, be added to the guest list, invite others regardless of their own '
              'invitation status, or modify your RSVP.', '',
              'Learn more https://support.google.com/calendar/answer/37135#forwarding']
    text = '\n'.join(lines) + '\n'
    html_body = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; '
                 'charset=utf-8"></head><body><div itemscope itemtype="http://schema.org/EventReservation">'
                 '<table role="presentation" style="width:100%;font-family:Roboto,Helvetica,Arial,'
                 'sans-serif"><tr><td>'
                 + (f'<p><b>This event has been canceled.</b></p><p>{html.escape(note)}</p>' if cancel and note
                    else ('<p><b>This event has been canceled.</b></p>' if cancel else ''))
                 + f'<h2 style="font-size:22px;font-weight:400">{html.escape(title)}</h2>'
                 + f'<div><b>When</b></div><div>{g_date_long(start)} \u22c5 {g_t(start)} \u2013 '
                 f'{g_t(end)} ({html.escape(tz_label)})</div>'
                 + (f'<div><b>Location</b></div><div>{html.escape(location)}</div>' if location else '')
                 + (f'<div><a href="https://meet.google.com/{meet}">Join with Google Meet</a></div>'
                    if meet and not cancel else '')
                 + ('' if cancel else
                    '<div style="white-space:pre-wrap">' + html.escape(description).replace('\n', '<br>')
                    + '</div>')
                 + '<div><b>Guests</b></div><ul>'
                 + ''.join(f'<li><a href="mailto:{a}">{html.escape(n)}</a>'
                           + (' - organizer' if a == org_addr else '') + '</li>' for n, a, _ in guests)
                 + '</ul><p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p>'
                 '</td></tr></table></div></body></html>\n')
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
           'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT',
           f'DTSTART:{ics_utc(start)}', f'DTEND:{ics_utc(end)}', f'DTSTAMP:{ics_utc(date)}',
           f'ORGANIZER;CN={cnq(org_name)}:mailto:{org_addr}', f'UID:{uid}']
    for name, addr, ps in guests:
        cal.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};'
                   f'RSVP={"TRUE" if ps == "NEEDS-ACTION" else "FALSE"};CN={cnq(name)};X-NUM-GUESTS=0:mailto:{addr}')
    cal += [f'X-MICROSOFT-CDO-OWNERAPPTID:{-(hash_int(uid) % 2000000000)}',
            f'CREATED:{ics_utc(created)}']
    desc = description
    if meet:
        desc += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                 f'Join with Google Meet: https://meet.google.com/{meet}\n\n'
                 'Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
                 'Please do not edit this section.\n'
                 '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    cal += [f'DESCRIPTION:{esc(desc)}', f'LAST-MODIFIED:{ics_utc(date)}',
            f'LOCATION:{esc(location)}', f'SEQUENCE:{seq}',
            'STATUS:CANCELLED' if cancel else 'STATUS:CONFIRMED', f'SUMMARY:{esc(title)}',
            'TRANSP:OPAQUE']
    if not cancel:
        cal += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
                'TRIGGER:-P0DT0H30M0S', 'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    ics = ics_doc(cal)
    alt = multi('alternative', b_alt, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
        leaf('text/html; charset="UTF-8"', html_body, 'quoted-printable'),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', lf(ics), '7bit'),
    ])
    fname = 'invite.ics'
    att = leaf(f'application/ics; name="{fname}"', ics, 'base64',
               extra=[('Content-Disposition', f'attachment; filename="{fname}"')])
    entity = multi('mixed', b_mixed, [alt, att])
    headers = [('Delivered-To', OWNER),
               received('mx.example.com', 'mail-sor-f41.google.com', ip, date, rid),
               ('Return-Path', f'<{org_addr}>'),
               ('From', formataddr((org_name, org_addr))),
               ('Date', hdr_date(date)),
               ('Message-ID', msgid),
               ('Subject', subject),
               ('To', OWNER),
               ('Reply-To', formataddr((org_name, org_addr))),
               ('Sender', 'Google Calendar <calendar-notification@google.com>'),
               ('Auto-Submitted', 'auto-generated') if cancel else ('X-Google-Calendar-Content-Display', 'invite')]
    return message(headers, entity)


def gmail_reply_quote(dt, name, addr, text):
    """Gmail attribution line + '>' quoting."""
    h = dt.hour % 12 or 12
    ap = 'AM' if dt.hour < 12 else 'PM'
    head = f'On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {h}:{dt.minute:02d}\u202f{ap} {name} <{addr}> wrote:'
    quoted = '\n'.join(('> ' + l) if l and not l.startswith('>') else ('>' + l if l else '>')
                       for l in text.rstrip('\n').split('\n'))
    return head + '\n\n' + quoted + '\n'


def gmail_msg(*, from_name, from_addr, to_hdr, cc_hdr=None, subject, date, msgid, text, boundary,
              rid, ip, in_reply_to=None, references=None, cte='quoted-printable', html_text=None,
              reply_to=None, host='mail-sor-f69.google.com'):
    html_body = html_text or (
        '<div dir="ltr">' + '<br>'.join(html.escape(l, quote=False) for l in text.rstrip('\n').split('\n'))
        + '</div>\n')
    entity = multi('alternative', boundary, [
        leaf('text/plain; charset="UTF-8"', text, cte),
        leaf('text/html; charset="UTF-8"', html_body, cte),
    ])
    headers = base_headers(date, host, ip, rid, from_addr)
    headers += [('From', formataddr((from_name, from_addr))), ('Date', hdr_date(date))]
    if in_reply_to:
        headers += [('In-Reply-To', in_reply_to), ('References', references or in_reply_to)]
    headers += [('Message-ID', msgid), ('Subject', subject), ('To', to_hdr)]
    if cc_hdr:
        headers.append(('Cc', cc_hdr))
    if reply_to:
        headers.append(('Reply-To', reply_to))
    return message(headers, entity)


def outlook_msg(*, from_hdr, to_hdr, cc_hdr=None, sender_hdr=None, subject, date, msgid, text, boundary,
                thread_index, rid, ip, return_path, in_reply_to=None, references=None, reply_to=None,
                host='NAM10-BN7-obe.outbound.protection.outlook.com', importance=None):
    entity = multi('alternative', boundary, [
        leaf('text/plain; charset="us-ascii"' if text.isascii() else 'text/plain; charset="utf-8"',
             text, 'quoted-printable'),
        leaf('text/html; charset="us-ascii"' if text.isascii() else 'text/html; charset="utf-8"',
             to_html(text), 'quoted-printable'),
    ])
    headers = base_headers(date, host, ip, rid, return_path)
    headers.append(('From', from_hdr))
    if sender_hdr:
        headers.append(('Sender', sender_hdr))
    headers.append(('To', to_hdr))
    if cc_hdr:
        headers.append(('CC', cc_hdr))
    if reply_to:
        headers.append(('Reply-To', reply_to))
    headers += [('Subject', subject), ('Thread-Topic', subject.replace('RE: ', '')),
                ('Thread-Index', thread_index), ('Date', hdr_date(date)), ('Message-ID', msgid)]
    if in_reply_to:
        headers += [('References', references or in_reply_to), ('In-Reply-To', in_reply_to)]
    if importance:
        headers.append(('Importance', importance))
    headers += [('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
                ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    return message(headers, entity)


def interview(company, role, start, end, status, interviewers, followup, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followup), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ==============================================================================================
# POSITIVES
# ==============================================================================================
@case
def c01():
    slug = 'b138-01-usajobs-referred-then-phone-interview'
    files = {}
    ann = 'ST-26-FLRC-0117'
    pos = 'Logistics Management Specialist, GS-0346-11'
    org = 'Fleet Logistics Readiness Center San Diego'
    hr, hr_name = 'yolanda.brightwater@chrsc-east.example', 'Brightwater, Yolanda M CIV'
    d1 = at(ET, 2026, 2, 10, 6, 2, 17)
    text1 = f"""Dear Lou Camacho,

The status of your application has changed.

Position: Logistics Management Specialist
Announcement number: {ann}
Hiring agency: {org}
Status: Referred

Your application has been referred to the hiring manager (selecting official) for further consideration. Being referred does not mean you have been selected. If the hiring manager would like to interview you, the hiring agency will contact you directly by email or phone.

To see the details of your application, sign in to USAJOBS and go to Profile > Applications.

This is an automated email. Please do not reply to this message. Replies to this address are not monitored.

USAJOBS
Working for America
"""
    html1 = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
             '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#112e51;color:#fff;'
             'padding:12px;font-size:20px">USAJOBS</td></tr><tr><td style="padding:16px">'
             '<p>Dear Lou Camacho,</p><p>The status of your application has changed.</p>'
             f'<table><tr><td><b>Position:</b></td><td>Logistics Management Specialist</td></tr>'
             f'<tr><td><b>Announcement number:</b></td><td>{ann}</td></tr>'
             f'<tr><td><b>Hiring agency:</b></td><td>{org}</td></tr>'
             '<tr><td><b>Status:</b></td><td>Referred</td></tr></table>'
             '<p>Your application has been referred to the hiring manager (selecting official) for further '
             'consideration. Being referred does not mean you have been selected. If the hiring manager would '
             'like to interview you, the hiring agency will contact you directly by email or phone.</p>'
             '<p>To see the details of your application, <a href="https://www.usajobs.gov/applicant/'
             'applications/">sign in to USAJOBS</a> and go to Profile &gt; Applications.</p>'
             '<p style="color:#5b616b;font-size:12px">This is an automated email. Please do not reply to this '
             'message. Replies to this address are not monitored.</p></td></tr></table></body></html>\n')
    ent = multi('alternative', '----=_Part_48211_1790233561.1770721337001', [
        leaf('text/plain; charset=UTF-8', text1, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', html1, 'quoted-printable')])
    h = base_headers(d1, 'smtp-out2.usajobs.gov', '152.216.7.54', 'u7kq2m0e1a', 'bounces@usajobs.gov')
    h += [('From', 'USAJOBS <no-reply@usajobs.gov>'), ('To', OWNER),
          ('Subject', 'USAJOBS - Application Status Update'), ('Date', hdr_date(d1)),
          ('Message-ID', '<1214398807.48211.1770721337001@usajobs-notify-04>')]
    files['01-usajobs-status-referred.eml'] = message(h, ent)

    d2 = at(ET, 2026, 2, 11, 14, 37, 52)
    iv_start = at(ET, 2026, 2, 18, 13, 30, weekday='Wednesday')
    iv_end = at(ET, 2026, 2, 18, 14, 0)
    pt = iv_start.astimezone(PT)
    confirm_by = at(ET, 2026, 2, 13, weekday='Friday')
    text2 = f"""Good afternoon Mr. Camacho,

You have been selected to interview for the {pos} position with the {org} (Announcement {ann}).

Your telephone interview is scheduled as follows:

Date: {d_long(iv_start)}
Time: {t12(iv_start)} Eastern Time ({t12(pt)} Pacific Time)
Length: approximately 30 minutes
Format: Telephone. The selecting official, Mr. Calvin Ostrander (Division Head, Supply Operations), will call you at the number listed on your resume, {OWNER_PHONE}.

Please reply to this e-mail by COB {wd(confirm_by, 'Friday')}, {d_md(confirm_by)} to confirm your availability. If the number above is not the best number to reach you, please include a current number in your reply.

Your DD-214 (Member 4) was received with your application; no further veterans' preference documentation is needed at this time.

V/r,

Yolanda M. Brightwater
Human Resources Specialist (Recruitment & Placement)
Consolidated Civilian HR Service Center - East
Comm: (215) 555-0183
yolanda.brightwater@chrsc-east.example
"""
    files['02-hr-interview-scheduling.eml'] = outlook_msg(
        from_hdr=f'"{hr_name}" <{hr}>', to_hdr=f'"{OWNER_NAME}" <{OWNER}>',
        subject=f'Interview Scheduling - {pos} - {ann}', date=d2,
        msgid='<SA1PR09MB8174A2C61F0E3B77D5C94A18E2A12@SA1PR09MB8174.namprd09.prod.outlook.com>',
        text=text2, boundary='_000_SA1PR09MB8174A2C61F0E3B77D5C94A18E2A12SA1PR09MB8174namp_',
        thread_index='AdybW2m5Qk0wS1d3Tqe6xJ8yq0cV7A==', rid='h3m9t0q2ba', ip='40.107.163.92',
        return_path=hr, host='GCC02-SA1-obe.outbound.protection.office365.us')

    d3 = at(ET, 2026, 2, 12, 8, 11, 5)
    owner_reply_dt = at(PT, 2026, 2, 11, 19, 52)
    owner_reply = f"""Ms. Brightwater,

Thank you. I confirm I am available for the telephone interview on {wd(iv_start, 'Wednesday')}, {d_md(iv_start)} at {t12(pt)} Pacific / {t12(iv_start)} Eastern. {OWNER_PHONE} is the best number to reach me.

Very respectfully,
Lou Camacho
"""
    text3 = f"""Mr. Camacho,

Thank you for confirming. You are all set for {wd(iv_start, 'Wednesday')} at {t12(iv_start).replace(' PM', '')} ET. If anything changes on our end I will let you know.

V/r,
Yolanda

Yolanda M. Brightwater
Human Resources Specialist (Recruitment & Placement)
Consolidated Civilian HR Service Center - East

-----Original Message-----
From: Lou Camacho <{OWNER}>
Sent: {owner_reply_dt.astimezone(ET):%A, %B} {owner_reply_dt.day}, 2026 {t12(owner_reply_dt.astimezone(ET))}
To: {hr_name} <{hr}>
Subject: RE: Interview Scheduling - {pos} - {ann}

""" + owner_reply
    files['03-re-interview-scheduling.eml'] = outlook_msg(
        from_hdr=f'"{hr_name}" <{hr}>', to_hdr=f'"{OWNER_NAME}" <{OWNER}>',
        subject=f'RE: Interview Scheduling - {pos} - {ann}', date=d3,
        msgid='<SA1PR09MB8174F09B2D7E14C6A83E0B56E2A12@SA1PR09MB8174.namprd09.prod.outlook.com>',
        in_reply_to='<CAL7o+Dq3vX0Pzq8mN2kTj5=Lc4rWb1uV9Y6sE@mail.example.com>',
        references='<SA1PR09MB8174A2C61F0E3B77D5C94A18E2A12@SA1PR09MB8174.namprd09.prod.outlook.com> '
                   '<CAL7o+Dq3vX0Pzq8mN2kTj5=Lc4rWb1uV9Y6sE@mail.example.com>',
        text=text3, boundary='_000_SA1PR09MB8174F09B2D7E14C6A83E0B56E2A12SA1PR09MB8174namp_',
        thread_index='AdybW2m5Qk0wS1d3Tqe6xJ8yq0cV7AAYk1Rw', rid='h3m9t0q7cz', ip='40.107.163.95',
        return_path=hr, host='GCC02-SA1-obe.outbound.protection.office365.us')

    lab = label([interview(org, pos, iv_start, iv_end, 'scheduled', [], [hr], 'hiring_manager')],
                'medium', 'positive/federal-hr-email-body',
                'USAJOBS "Referred" notice (not an interview) then HR schedules a 30-minute phone interview with '
                'the selecting official, stated in ET with a PT conversion (February, EST/PST). The selecting '
                'official has no address in the case and the HR specialist only schedules -> no interviewer '
                'e-mails; thank-you goes to the HR specialist. The confirmation reply repeats the same interview.')
    return slug, files, lab


@case
def c02():
    slug = 'b138-02-federal-structured-panel-teams'
    files = {}
    org = 'Joint Regional Distribution Office - Pacific'
    pos = 'Supervisory Logistics Management Specialist (Operations), GS-0346-12'
    ann = 'JRDO-26-0314-MP'
    hr = 'denise.whitcombe@jrdo-pacific.example'
    chair = ('Raymond Oyelaran', 'raymond.oyelaran@jrdo-pacific.example')
    p2 = ('Teresa Ngata', 'teresa.ngata@jrdo-pacific.example')
    p3 = ('Miguel Barragan', 'miguel.barragan@jrdo-pacific.example')
    d1 = at(PT, 2026, 3, 12, 9, 18, 40)
    start = at(PT, 2026, 3, 24, 10, 0, weekday='Tuesday')
    end = at(PT, 2026, 3, 24, 11, 0)
    text1 = f"""Mr. Camacho,

Congratulations - you have been selected for a structured panel interview for the position of {pos}, {org} (JRDO-P), Announcement {ann}.

Date/Time: {d_long(start)}, {t12(start)} - {t12(end)} Pacific
Format: Microsoft Teams video (camera on). A separate calendar invitation with the Teams link will follow from my calendar.

Rating panel:
- Mr. Raymond Oyelaran, Deputy Director, Distribution Operations (Panel Chair)
- Ms. Teresa Ngata, Chief, Transportation Branch
- Mr. Miguel Barragan, Supervisory Inventory Management Specialist

I will attend as the HR representative to open the session, read the ground rules and keep time. I am not a member of the rating panel.

How the structured interview works:
Every candidate is asked the same six questions, in the same order, and rated against the same benchmarks. Panel members will read each question aloud, may repeat it on request, and will take notes; they will not ask follow-up questions or give feedback during the interview. You will have up to 8 minutes per question, and you may refer to your own notes. Answers in the Situation-Task-Action-Result format are encouraged. The questions are provided in advance to every candidate:

1. Describe a time you were responsible for moving high-priority material under a tight deadline. What was the situation, what did you do, and what was the result?
2. Tell us about an inventory accuracy or accountability problem you corrected. How did you measure success?
3. Describe your experience supervising a mixed workforce (military, civilian and contractor). How did you address a performance or conduct issue?
4. Give an example of how you used data from a logistics information system to make or change a decision.
5. Describe a situation in which you had to coordinate with an outside organization that did not share your priorities. How did you reach an outcome?
6. Why are you interested in this position, and how has your experience prepared you to lead the Distribution Operations Branch?

At the end, you will have 5 minutes for any questions you have for the panel.

Reasonable accommodation: if you need an accommodation for the interview, please let me know no later than {wd(at(PT, 2026, 3, 19), 'Thursday')}, March 19.

Respectfully,

Denise Whitcombe
Human Resources Specialist (Staffing)
{org}
619-555-0138 | {hr}
"""
    files['01-hr-structured-panel-notice.eml'] = outlook_msg(
        from_hdr=f'"Whitcombe, Denise" <{hr}>', to_hdr=f'"{OWNER_NAME}" <{OWNER}>',
        subject=f'Structured Panel Interview - {pos} - {ann}', date=d1,
        msgid='<BY5PR14MB3371C08E92B1D7A6F5D13E04A6712@BY5PR14MB3371.namprd14.prod.outlook.com>',
        text=text1, boundary='_000_BY5PR14MB3371C08E92B1D7A6F5D13E04A6712BY5PR14MB3371namp_',
        thread_index='AdyyF3cPq2Rz8x1mT0u7KJq4bW9nXg==', rid='n1c6b4w0rd', ip='40.107.220.131',
        return_path=hr)

    d2 = at(PT, 2026, 3, 12, 9, 26, 3)
    note = (f"Mr. Camacho,\n\nThis is the Teams invitation for your structured panel interview for {pos} "
            f"({ann}). The question list is in my e-mail of this morning. Please join 5 minutes early so we "
            f"can confirm audio and video.\n\nPanel: Raymond Oyelaran (Chair), Teresa Ngata, Miguel Barragan. "
            f"HR (Denise Whitcombe) facilitating, non-rating.\n")
    teams = teams_block('248 771 903 615', 'vK6q9R', 'ZTk0NmQ2YjMtMjE4Yy00ZDQ1LWJmOGMtN2E5ZjQzMGIxYzUy',
                        '7c1f6a52-3b0e-4d7a-9e21-5f8c0b4d2a93', 'e02b8c47-91d6-4f35-a8c0-36d1f7e4b912')
    files['02-teams-invite-panel.eml'] = exchange_invite(
        from_hdr=f'"Whitcombe, Denise" <{hr}>',
        to_hdr=(f'"{OWNER_NAME}" <{OWNER}>, "Oyelaran, Raymond" <{chair[1]}>, "Ngata, Teresa" <{p2[1]}>, '
                f'\n "Barragan, Miguel" <{p3[1]}>'),
        subject=f'Structured Panel Interview - L. Camacho - GS-0346-12 ({ann})', date=d2,
        msgid='<BY5PR14MB33716B4E0D2A9C81F7E5C2D9A6712@BY5PR14MB3371.namprd14.prod.outlook.com>',
        tzid='Pacific Standard Time', start=start, end=end, organizer_cn='Whitcombe, Denise',
        organizer_addr=hr,
        attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                   ('Oyelaran, Raymond', chair[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                   ('Ngata, Teresa', p2[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                   ('Barragan, Miguel', p3[1], 'REQ-PARTICIPANT', 'TENTATIVE')],
        note=note, uid='040000008200E00074C5B7101A82E0080000000070A2C9D415B2DC01000000000000000010000000'
                       '3E8A41D67B0C2F45A19D8E6C55F01B27',
        seq=0, boundary='_000_BY5PR14MB33716B4E0D2A9C81F7E5C2D9A6712BY5PR14MB3371namp_',
        thread_index='AdyyF5aXc0Ltq3RkS8e2W1m7PzY4nA==', series_id='BAAAAIIA4AB0xbcQGoLgCAAAAABwosnUFbLcAQ',
        rid='n1c6b4w9xq', ip='40.107.220.134', host='NAM10-DM6-obe.outbound.protection.outlook.com',
        teams=teams)

    lab = label([interview('Joint Regional Distribution Office', pos, start, end, 'scheduled',
                           [chair[1], p2[1], p3[1]], [chair[1], p2[1], p3[1]], 'onsite')],
                'hard', 'positive/structured-panel-dedupe',
                'Federal structured panel: HR notice with the fixed six-question list + Exchange/Teams invite from '
                'HR = ONE interview. Three rating panelists (addresses on the invite) are the interviewers; the HR '
                'specialist organizes and facilitates but is explicitly non-rating. Invite uses TZID "Pacific '
                'Standard Time" and the "(UTC-08:00)" label on a date after the Mar 8 DST switch -> -07:00.')
    return slug, files, lab


@case
def c03():
    slug = 'b138-03-workday-onsite-two-sessions-utc-ics'
    files = {}
    company = 'Halberd Maritime Systems'
    role = 'Operations Program Manager II'
    req = 'R-0042417'
    rec = 'alicia.moreno@halberd-maritime.example'
    sender = 'halberdmaritime@myworkday.com'
    d = at(UTC, 2026, 3, 31, 18, 6, 41)
    s1 = at(PT, 2026, 4, 7, 9, 0, weekday='Tuesday')
    s1e = at(PT, 2026, 4, 7, 9, 45)
    s2e = at(PT, 2026, 4, 7, 10, 30)
    loc = 'Halberd Maritime Systems - Kearny Mesa Campus, 8770 Aero Commerce Way, Building C Lobby, San Diego, CA 92123'
    text = f"""Hello Lou,

Your interview for {role} ({req}) has been scheduled. Please review the details below.

Interview Date: {s1:%m/%d/%Y}
Location: {loc}
Time Zone: Pacific Time

Schedule:
{s1:%I:%M %p} - {s1e:%I:%M %p}   Gwen Faircloth, Director, Fleet Support Programs
{s1e:%I:%M %p} - {s2e:%I:%M %p}   Tomasz Wilk, Senior Manager, Supply Chain Operations

Please arrive 15 minutes early and check in with the lobby security officer. Bring a government-issued photo ID; U.S. citizenship is required for access to the building and you will be escorted at all times. Personal electronic devices may be held at the front desk during your visit.

If you need to reschedule or have questions about your visit, contact your recruiter, Alicia Moreno, at {rec}.

To view this interview in Workday, go to your candidate home page and select My Applications.

Thank you,
{company} Talent Acquisition

This email was sent from an unmonitored mailbox. Please do not reply.
"""
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">'
                 f'<p>Hello Lou,</p><p>Your interview for <b>{role} ({req})</b> has been scheduled. Please '
                 'review the details below.</p><table cellpadding="4" style="border-collapse:collapse">'
                 f'<tr><td><b>Interview Date:</b></td><td>{s1:%m/%d/%Y}</td></tr>'
                 f'<tr><td><b>Location:</b></td><td>{html.escape(loc)}</td></tr>'
                 '<tr><td><b>Time Zone:</b></td><td>Pacific Time</td></tr></table>'
                 '<table cellpadding="4" border="1" style="border-collapse:collapse;margin-top:8px">'
                 '<tr><th>Time</th><th>Interviewer</th></tr>'
                 f'<tr><td>{s1:%I:%M %p} - {s1e:%I:%M %p}</td><td>Gwen Faircloth, Director, Fleet Support Programs</td></tr>'
                 f'<tr><td>{s1e:%I:%M %p} - {s2e:%I:%M %p}</td><td>Tomasz Wilk, Senior Manager, Supply Chain Operations</td></tr>'
                 '</table><p>Please arrive 15 minutes early and check in with the lobby security officer. Bring a '
                 'government-issued photo ID; U.S. citizenship is required for access to the building and you '
                 'will be escorted at all times. Personal electronic devices may be held at the front desk during '
                 'your visit.</p>'
                 f'<p>If you need to reschedule or have questions about your visit, contact your recruiter, Alicia '
                 f'Moreno, at <a href="mailto:{rec}">{rec}</a>.</p>'
                 '<p>To view this interview in Workday, go to your candidate home page and select My Applications.</p>'
                 f'<p>Thank you,<br>{company} Talent Acquisition</p>'
                 '<p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do '
                 'not reply.</p></body></html>\n')
    desc = (f'Interview for {role} ({req})\n'
            f'{s1:%I:%M %p} - {s1e:%I:%M %p} Gwen Faircloth\n{s1e:%I:%M %p} - {s2e:%I:%M %p} Tomasz Wilk\n'
            f'Questions: {rec}')
    ics = ics_doc([
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Workday Inc.//Workday Calendar//EN', 'METHOD:REQUEST',
        'BEGIN:VEVENT', 'UID:workday-interview-8f1c3e27a94b4d10b6e2c1d5a7f03e91@myworkday.com',
        f'DTSTAMP:{ics_utc(d)}', f'DTSTART:{ics_utc(s1)}', f'DTEND:{ics_utc(s2e)}',
        f'SUMMARY:{esc(f"Interview: {role} ({req}) - {company}")}',
        f'LOCATION:{esc(loc)}', f'DESCRIPTION:{esc(desc)}',
        f'ORGANIZER;CN={company}:mailto:{sender}',
        f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}',
        'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    alt = multi('alternative', '----=_Part_1287734_2085533118.1774980401552', [
        leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', html_body, 'quoted-printable')])
    att = leaf('text/calendar; charset=UTF-8; method=REQUEST; name=Interview.ics', ics, 'base64',
               extra=[('Content-Disposition', 'attachment; filename=Interview.ics')])
    ent = multi('mixed', '----=_Part_1287733_884221406.1774980401552', [alt, att])
    h = base_headers(d, 'mta-out-2.wd5.myworkday.com', '198.51.100.41', 'w5q0e3z8la', 'bounce-7734@myworkday.com')
    h += [('From', f'{company} <{sender}>'), ('To', OWNER),
          ('Subject', f'Interview Scheduled: {role} ({req})'), ('Date', hdr_date(d)),
          ('Message-ID', '<1046275331.1287735.1774980401552@wd5-prod-notify-11.myworkday.com>'),
          ('X-Workday-Tenant', 'halberdmaritime')]
    files['01-workday-interview-scheduled.eml'] = message(h, ent)
    lab = label([interview(company, role, s1, s2e, 'scheduled', [], [rec], 'onsite')],
                'medium', 'positive/workday-ics-utc-onsite',
                'Workday notification (no-reply sender) with two back-to-back in-person sessions on one day -> ONE '
                'onsite 09:00-10:30 PDT. Date printed as 04/07/2026 (US order), .ics in UTC (Z). Interviewers named '
                'without addresses -> interviewer_emails empty, thank-you to the recruiter whose address is in the text.')
    return slug, files, lab


def icims_mail(*, company, sender, reply_to, subject, date, msgid, text, ics, b_mixed, b_alt, rid):
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
                 '<body><div style="font-family:Helvetica,Arial,sans-serif;font-size:13px;max-width:640px">'
                 '<div style="border-bottom:3px solid #1d3557;padding:8px 0;font-size:18px;color:#1d3557">'
                 f'{html.escape(company)} Careers</div>'
                 + ''.join('<p>' + '<br>'.join(html.escape(l) for l in p.split('\n')) + '</p>'
                           for p in text.strip().split('\n\n'))
                 + '<p style="font-size:10px;color:#999">Powered by iCIMS</p></div></body></html>\n')
    alt = multi('alternative', b_alt, [
        leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', html_body, 'quoted-printable')])
    att = leaf('text/calendar; charset=UTF-8; method=REQUEST; name="Interview.ics"', ics, 'base64',
               extra=[('Content-Disposition', 'attachment; filename="Interview.ics"')])
    ent = multi('mixed', b_mixed, [alt, att])
    h = base_headers(date, 'smtp12.icims.com', '198.51.100.87', rid, 'bounces+8812@talent.icims.com')
    h += [('From', f'"{company}" <{sender}>'), ('Reply-To', reply_to), ('To', f'"{OWNER_NAME}" <{OWNER}>'),
          ('Subject', subject), ('Date', hdr_date(date)), ('Message-ID', msgid),
          ('X-iCIMS-Customer', '7731')]
    return message(h, ent)


@case
def c04():
    slug = 'b138-04-icims-reschedule-central-time'
    files = {}
    company = 'Corvane Defense Solutions'
    role = 'Supply Chain Program Manager'
    req = '2026-4471'
    sender = 'corvanedefense@talent.icims.com'
    rec_name, rec = 'Kayla Summerford', 'kayla.summerford@corvane-defense.example'
    hm_name, hm = 'Brandon Achebe', 'brandon.achebe@corvane-defense.example'
    uid = 'icims-interview-88213407-7731@talent.icims.com'
    teams_url = ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ4ZjE2YTEtYzU5Mi00YjBhLTk4MmEtM2Y1'
                 'ZTcwZDI4YjQx%40thread.v2/0?context=%7b%22Tid%22%3a%2291c0d2e4-5a7b-4f61-8e3d-0b24a6c91f58%22%7d')

    def ics_for(start, end, seq, stamp):
        return ics_doc(['BEGIN:VCALENDAR', 'PRODID:-//iCIMS//Interview Scheduling//EN', 'VERSION:2.0',
                        'METHOD:REQUEST'] + VTZ_CHICAGO + [
            'BEGIN:VEVENT', f'UID:{uid}', f'SEQUENCE:{seq}', f'DTSTAMP:{ics_utc(stamp)}',
            f'DTSTART;TZID=America/Chicago:{ics_local(start)}', f'DTEND;TZID=America/Chicago:{ics_local(end)}',
            f'SUMMARY:{esc(f"{company} Interview - {role} ({req})")}',
            'LOCATION:Microsoft Teams', f'URL:{teams_url}',
            'DESCRIPTION:' + esc(f'Video interview with {hm_name}, Director, Supply Chain Programs.' + chr(10)
                                 + f'Join: {teams_url}'),
            f'ORGANIZER;CN={company} Recruiting:mailto:{sender}',
            f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={hm_name}:mailto:{hm}',
            f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}',
            'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])

    d1 = at(CT, 2026, 4, 8, 13, 22, 9)
    a = at(CT, 2026, 4, 14, 11, 0, weekday='Tuesday')
    ae = at(CT, 2026, 4, 14, 12, 0)
    t1 = f"""Dear Lou,

Thank you for your interest in {company}. We are pleased to confirm your video interview.

Position: {role} (Requisition {req})
Date: {d_long(a)}
Time: {t12(a)} - {t12(ae)} Central Daylight Time ({t12(a.astimezone(PT))} Pacific)
Interviewer(s): {hm_name}, Director, Supply Chain Programs
Format: Microsoft Teams video. The join link is in the attached calendar invitation.

Please add the attached invitation to your calendar. If you need to reschedule, reply to this message or contact {rec_name} at {rec}.

Best regards,
{rec_name}
Talent Acquisition Partner | {company}
Huntsville, AL
"""
    files['01-icims-interview-confirmation.eml'] = icims_mail(
        company=company, sender=sender, reply_to=f'"{rec_name}" <{rec}>',
        subject=f'Interview Confirmation - {role} ({req})', date=d1,
        msgid='<icims.7731.88213407.1775672529@talent.icims.com>', text=t1, ics=ics_for(a, ae, 0, d1),
        b_mixed='=_icims_mixed_88213407_0', b_alt='=_icims_alt_88213407_0', rid='ic1m5q8w2e')

    d2 = at(CT, 2026, 4, 10, 9, 47, 31)
    b = at(CT, 2026, 4, 16, 13, 0, weekday='Thursday')
    be = at(CT, 2026, 4, 16, 14, 0)
    t2 = f"""Dear Lou,

Your interview for {role} (Requisition {req}) has been rescheduled. {hm_name} will be traveling on {wd(a, 'Tuesday')}, so we have moved your interview to {wd(b, 'Thursday')}. Please note the new date and time below; the previous invitation is no longer valid.

NEW Date: {d_long(b)}
NEW Time: {t12(b)} - {t12(be)} Central Daylight Time ({t12(b.astimezone(PT))} Pacific)
Previous: {d_long(a)}, {t12(a)} Central Daylight Time
Interviewer(s): {hm_name}, Director, Supply Chain Programs
Format: Microsoft Teams video (same link)

An updated calendar invitation is attached. We apologize for any inconvenience.

Best regards,
{rec_name}
Talent Acquisition Partner | {company}
"""
    files['02-icims-interview-rescheduled.eml'] = icims_mail(
        company=company, sender=sender, reply_to=f'"{rec_name}" <{rec}>',
        subject=f'Interview Rescheduled - {role} ({req})', date=d2,
        msgid='<icims.7731.88213407.1775832451@talent.icims.com>', text=t2, ics=ics_for(b, be, 1, d2),
        b_mixed='=_icims_mixed_88213407_1', b_alt='=_icims_alt_88213407_1', rid='ic1m5q9k7d')
    lab = label([interview(company, role, b, be, 'scheduled', [hm], [hm], 'hiring_manager')],
                'medium', 'positive/icims-reschedule',
                'iCIMS confirmation (Tue Apr 14 11:00 CDT) then reschedule to Thu Apr 16 13:00 CDT, same UID with '
                'SEQUENCE 1 -> one interview at the final time. Hiring manager is an ATTENDEE with an address; '
                'recruiter only schedules.')
    return slug, files, lab


@case
def c05():
    slug = 'b138-05-hiring-event-three-employers'
    files = {}
    org = 'Bayfront Veterans Hiring Summit'
    ev_addr = 'events@bayfront-vhs.example'
    coord_name, coord = 'Priscilla Vang', 'priscilla.vang@bayfront-vhs.example'
    ev_start = at(PT, 2026, 5, 7, 9, 0, weekday='Thursday')
    ev_end = at(PT, 2026, 5, 7, 15, 0)
    venue = 'Bayfront Convention Hall, Hall B, 1 Harborview Plaza, San Diego, CA 92101'
    d1 = at(PT, 2026, 4, 20, 12, 4, 55)
    t1 = f"""Hi Lou,

You're registered for the {org}!

When: {d_long(ev_start)}, {t12(ev_start)} - {t12(ev_end)}
Where: {venue}
Parking: free for attendees in the Harborview garage (bring this email)

More than 60 employers - defense contractors, shipyards, logistics and transportation companies, and federal agencies - will be on the floor. Many employers pre-schedule short interviews with registered job seekers before the event. If an employer books an interview with you, you'll receive a separate email with your personal interview schedule.

Before the event:
- Upload your resume to your attendee profile so employers can find you
- Bring 15 printed copies of your resume
- Business attire or uniform of the day is welcome

A calendar file for the event is attached.

See you on the waterfront,
The {org} team
"""
    ev_ics = ics_doc(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Bayfront VHS//Attendee Registration 2.3//EN',
                      'METHOD:PUBLISH', 'BEGIN:VEVENT', 'UID:bvhs-2026-spring-attendee-40917@bayfront-vhs.example',
                      f'DTSTAMP:{ics_utc(d1)}', f'DTSTART:{ics_utc(ev_start)}', f'DTEND:{ics_utc(ev_end)}',
                      f'SUMMARY:{org} - Spring 2026 (Job Seeker Admission)', f'LOCATION:{esc(venue)}',
                      'DESCRIPTION:Attendee badge #40917. Check in at the Job Seeker desk. Employer expo\\, '
                      'resume review\\, LinkedIn headshots and pre-scheduled employer interviews.',
                      f'ORGANIZER;CN={org}:mailto:{ev_addr}', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE',
                      'END:VEVENT', 'END:VCALENDAR'])
    alt = multi('alternative', 'b1_bvhs_3f0e5d1c92a84b77', [
        leaf('text/plain; charset=utf-8', t1, 'quoted-printable'),
        leaf('text/html; charset=utf-8', to_html(t1, font='Helvetica, Arial, sans-serif', size='15px'),
             'quoted-printable')])
    att = leaf('text/calendar; charset=utf-8; name="bayfront-vhs-2026.ics"', ev_ics, 'base64',
               extra=[('Content-Disposition', 'attachment; filename="bayfront-vhs-2026.ics"')])
    ent = multi('mixed', 'b2_bvhs_3f0e5d1c92a84b77', [alt, att])
    h = base_headers(d1, 'o7.ptr4471.bayfront-vhs.example', '203.0.113.77', 'bv0r3g1st', 'bounces@bayfront-vhs.example')
    h += [('From', f'{org} <{ev_addr}>'), ('To', OWNER), ('Subject', f"You're registered: {org} - May 7"),
          ('Date', hdr_date(d1)), ('Message-ID', '<20260420190455.40917.reg@bayfront-vhs.example>'),
          ('List-Unsubscribe', '<mailto:unsubscribe@bayfront-vhs.example?subject=40917>')]
    files['01-summit-registration.eml'] = message(h, ent)

    d2 = at(PT, 2026, 5, 1, 10, 15, 2)
    emp = [
        ('Coronado Marine Logistics', 'Warehouse Operations Manager', at(PT, 2026, 5, 7, 10, 0), at(PT, 2026, 5, 7, 10, 30),
         'Jasmine Ortiz-Kamau', 'Talent Acquisition Manager', 'jasmine.ortizkamau@coronado-marine.example', '14'),
        ('Pacific Crest Aerospace', 'Program Manager, Spares & Repairs', at(PT, 2026, 5, 7, 11, 30), at(PT, 2026, 5, 7, 12, 0),
         'Derek Lindqvist', 'Senior Program Manager', 'derek.lindqvist@pacificcrest-aero.example', '22'),
        ('Mesa Rail & Intermodal', 'Terminal Operations Supervisor', at(PT, 2026, 5, 7, 13, 30), at(PT, 2026, 5, 7, 14, 0),
         'Andre Whitlock', 'Terminal Manager', 'awhitlock@mesarail.example', '31'),
    ]
    rows = '\n\n'.join(
        f'{t12(s)} - {t12(e)}  {c} - {r}\n   Interviewer: {n}, {ti} ({a})\n   Table {tb}, Interview Row'
        for c, r, s, e, n, ti, a, tb in emp)
    t2 = f"""Hi Lou,

Good news - three employers have booked interviews with you at the {org} on {d_long(ev_start)}. Here is your personal interview schedule:

{rows}

Please check in at the Job Seeker desk when you arrive (doors open at {t12(ev_start)}) and head to Interview Row about 10 minutes before each slot. Each interview is 30 minutes and is conducted by the employer representative listed. Between interviews you're free to visit other employer booths.

If you can't make one of these slots, reply to this email and I'll let the employer know so they can offer it to someone else.

Thanks,
{coord_name}
Employer & Candidate Services Coordinator
{org}
{coord}
"""
    html2 = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px"><p>Hi Lou,</p>'
             f'<p>Good news - three employers have booked interviews with you at the {org} on '
             f'<b>{d_long(ev_start)}</b>. Here is your personal interview schedule:</p>'
             '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>Time</th><th>Employer</th>'
             '<th>Position</th><th>Interviewer</th><th>Table</th></tr>'
             + ''.join(f'<tr><td>{t12(s)} - {t12(e)}</td><td>{html.escape(c)}</td><td>{html.escape(r)}</td>'
                       f'<td>{n}, {ti}<br><a href="mailto:{a}">{a}</a></td><td>{tb}</td></tr>'
                       for c, r, s, e, n, ti, a, tb in emp)
             + '</table>'
             + ''.join('<p>' + html.escape(p).replace('\n', '<br>') + '</p>'
                       for p in t2.split(rows, 1)[1].strip().split('\n\n'))
             + '</body></html>\n')
    alt = multi('alternative', 'b1_bvhs_9c2d7e4a10f35b68', [
        leaf('text/plain; charset=utf-8', t2, 'quoted-printable'),
        leaf('text/html; charset=utf-8', html2, 'quoted-printable')])
    h = base_headers(d2, 'o7.ptr4471.bayfront-vhs.example', '203.0.113.77', 'bv1nt3rv', 'bounces@bayfront-vhs.example')
    h += [('From', f'{org} <{ev_addr}>'), ('Reply-To', f'{coord_name} <{coord}>'), ('To', OWNER),
          ('Subject', 'Your interview schedule for May 7 - 3 employers booked'),
          ('Date', hdr_date(d2)), ('Message-ID', '<20260501171502.40917.sched@bayfront-vhs.example>')]
    files['02-your-interview-schedule.eml'] = message(h, alt)
    ivs = [interview(c, r, s, e, 'scheduled', [a], [a], 'other') for c, r, s, e, n, ti, a, tb in emp]
    lab = label(ivs, 'hard', 'positive/hiring-event-multi-employer',
                'Hiring event: the registration mail + event-day .ics (9-3) is admission, not an interview. The '
                'schedule mail books three 30-minute interviews with three DIFFERENT employers on the same day -> '
                'three interviews (the same-day loop rule is per company). Each employer rep is the interviewer; '
                'the event coordinator and events@ sender are not.')
    return slug, files, lab


@case
def c06():
    slug = 'b138-06-webex-hiring-manager-eastern'
    files = {}
    company = 'Sentrix Federal Services'
    role = 'Logistics Operations Manager'
    hm_name, hm = 'Douglas Prewitt', 'douglas.prewitt@sentrix-fed.example'
    d1 = at(ET, 2026, 4, 16, 10, 31, 12)
    s = at(ET, 2026, 4, 22, 12, 0, weekday='Wednesday')
    e = at(ET, 2026, 4, 22, 12, 45)
    t1 = f"""Lou,

Lindsey on our recruiting team passed along your resume for the {role} opening (remote, West Coast-based, supporting our NAVSUP and DLA task orders). Your time running a supply department afloat is exactly the kind of background we look for.

I'd like to set up a conversation with you next {wd(s, 'Wednesday')} at noon Eastern - 9:00 your time. Plan on 45 minutes. I'll send a Webex invitation separately; if that time doesn't work, just reply here with a couple of alternatives.

Regards,
Doug

Douglas Prewitt
Senior Director, Logistics Programs
{company}
Chantilly, VA | o: 703-555-0119
"""
    files['01-hiring-manager-note.eml'] = outlook_msg(
        from_hdr=f'Douglas Prewitt <{hm}>', to_hdr=f'Lou Camacho <{OWNER}>',
        subject=f'{company} - {role} conversation', date=d1,
        msgid='<MN2PR04MB6240D81E5C3A9F07B21E6C44E9182@MN2PR04MB6240.namprd04.prod.outlook.com>',
        text=t1, boundary='_000_MN2PR04MB6240D81E5C3A9F07B21E6C44E9182MN2PR04MB6240namp_',
        thread_index='AdzNxQ4b7m1yVj2rR3a6s0pWq8tL5w==', rid='sx3p0w1tq', ip='40.107.236.55', return_path=hm)

    d2 = at(ET, 2026, 4, 16, 10, 44, 30)
    topic = f'Lou Camacho - {role} Interview'
    mnum = '2631 884 5720'
    link = 'https://sentrixfed.webex.com/sentrixfed/j.php?MTID=m4b9e2c71d05a3f86e1c7d2b9a40f5e13'
    t2 = f"""Douglas Prewitt invites you to join this Webex meeting.

{topic}
Hosted by Douglas Prewitt

{d_long(s)} {t12(s)} | (UTC-04:00) Eastern Time (US & Canada) | 45 mins

Join meeting
{link}

More ways to join:

Join from the meeting link
{link}

Join by meeting number
Meeting number (access code): {mnum}
Meeting password: Qm7pX4vRt22 (76744798 when dialing from a phone or video system)

Tap to join from a mobile device (attendees only)
+1-650-479-3208,,26318845720#76744798# Call-in toll number (US/Canada)

Join by phone
+1-650-479-3208 Call-in toll number (US/Canada)
Access code: {mnum}

Join from a video system or application
Dial 26318845720@sentrixfed.webex.com
You can also dial 173.243.2.68 and enter your meeting number.

If you are a host, click here to view host information.

Need help? Go to https://help.webex.com
"""
    wx_ics = ics_doc(['BEGIN:VCALENDAR', 'PRODID:-//Cisco Systems Inc//Webex Meetings//EN', 'VERSION:2.0',
                      'METHOD:REQUEST'] + VTZ_NEW_YORK + [
        'BEGIN:VEVENT', f'ORGANIZER;CN=Douglas Prewitt:MAILTO:{hm}',
        f'ATTENDEE;CN="{OWNER_NAME}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:MAILTO:{OWNER}',
        f'DTSTART;TZID=America/New_York:{ics_local(s)}', f'DTEND;TZID=America/New_York:{ics_local(e)}',
        f'DTSTAMP:{ics_utc(d2)}', 'UID:m4b9e2c71d05a3f86e1c7d2b9a40f5e13@sentrixfed.webex.com',
        'SEQUENCE:0', f'SUMMARY:{esc(topic)}', f'LOCATION:{link}', f'URL:{link}',
        f'DESCRIPTION:{esc(t2)}', 'STATUS:CONFIRMED', 'CLASS:PUBLIC', 'TRANSP:OPAQUE',
        'BEGIN:VALARM', 'TRIGGER:-PT15M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
        'END:VEVENT', 'END:VCALENDAR'])
    html2 = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#121212">'
             '<table width="600"><tr><td><p>Douglas Prewitt invites you to join this Webex meeting.</p>'
             f'<h2 style="font-size:20px">{html.escape(topic)}</h2><p>Hosted by Douglas Prewitt</p>'
             f'<p>{d_long(s)} {t12(s)} | (UTC-04:00) Eastern Time '
             '(US &amp; Canada) | 45 mins</p>'
             f'<p><a href="{link}" style="background:#007aa3;color:#fff;padding:10px 18px;text-decoration:none;'
             f'border-radius:20px">Join meeting</a></p><p>Meeting number (access code): {mnum}<br>'
             'Meeting password: Qm7pX4vRt22 (76744798 when dialing from a phone or video system)</p>'
             '<p>Need help? Go to <a href="https://help.webex.com">https://help.webex.com</a></p>'
             '</td></tr></table></body></html>\n')
    alt = multi('alternative', '===============7314589220174533028==_alt', [
        leaf('text/plain; charset="utf-8"', t2, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', html2, 'quoted-printable'),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', wx_ics, 'base64')])
    att = leaf('application/ics; name="WebexMeeting.ics"', wx_ics, 'base64',
               extra=[('Content-Disposition', 'attachment; filename="WebexMeeting.ics"')])
    ent = multi('mixed', '===============7314589220174533028==', [alt, att])
    h = base_headers(d2, 'sj2mta-wx41.webex.com', '66.163.36.141', 'wbx7q2l0c', 'bounce@webex.com')
    h += [('From', 'Douglas Prewitt via Webex <messenger@webex.com>'), ('Reply-To', f'Douglas Prewitt <{hm}>'),
          ('To', OWNER), ('Subject', f'Webex meeting invitation: {topic}'), ('Date', hdr_date(d2)),
          ('Message-ID', '<1931187402.7314589.1776350670115@sj2wbxnotify22.webex.com>')]
    files['02-webex-meeting-invitation.eml'] = message(h, ent)
    lab = label([interview(company, role, s, e, 'scheduled', [hm], [hm], 'hiring_manager')],
                'medium', 'positive/webex-dedupe-relative',
                'Hiring manager e-mail ("next Wednesday at noon Eastern - 9:00 your time", sent Thu Apr 16) + Webex '
                'invitation from messenger@webex.com with Reply-To the host = ONE interview, 12:00-12:45 EDT. The '
                'host conducts it.')
    return slug, files, lab


@case
def c07():
    slug = 'b138-07-google-phone-screen-cancelled'
    files = {}
    company = 'Aldergrove Logistics'
    role = 'Distribution Center Operations Manager'
    rname, raddr = 'Tamsin Reyes-Hollis', 'treyes@aldergrove-logistics.example'
    s = at(PT, 2026, 2, 23, 14, 0, weekday='Monday')
    e = at(PT, 2026, 2, 23, 14, 30)
    title = f'Phone Screen: Lou Camacho / {role} ({company})'
    uid = '5k2r8d0v3q1m7n4t9b6c0x2z1a@google.com'
    desc = (f"Hi Lou - I'll call you at 619-555-0147. About 30 minutes: your background, leadership of shift "
            f"supervisors, how you'd run a 400k sq ft DC in Ontario, CA, salary expectations and your separation date.\n\n"
            f"Tamsin Reyes-Hollis\nSenior Recruiter, {company}")
    guests = [(rname, raddr, 'ACCEPTED'), (OWNER_NAME, OWNER, 'NEEDS-ACTION')]
    created = at(UTC, 2026, 2, 18, 0, 4, 51)
    files['01-invitation-phone-screen.eml'] = google_invite(
        org_name=rname, org_addr=raddr, guests=guests, title=title, start=s, end=e, description=desc,
        location='Phone call (Tamsin will call Lou)', date=at(PT, 2026, 2, 17, 16, 5, 9),
        msgid='<calendar-7f3a0d92-41be-4c7e-b3a8-0c5e91d2f6a4@google.com>', uid=uid, seq=0, created=created,
        b_mixed='000000000000a6b0d9064b1c7f21', b_alt='000000000000a6b0d8064b1c7f1f', rid='g7sc4n0ab',
        ip='209.85.220.41')
    files['02-canceled-phone-screen.eml'] = google_invite(
        org_name=rname, org_addr=raddr, guests=guests, title=title, start=s, end=e, description=desc,
        location='Phone call (Tamsin will call Lou)', date=at(PT, 2026, 2, 20, 8, 12, 44),
        msgid='<calendar-2d91e6b0-8c47-4f1a-a5d3-7e60b4c1f982@google.com>', uid=uid, seq=1, created=created,
        b_mixed='000000000000f1c2e4064b4a9e3d', b_alt='000000000000f1c2e3064b4a9e3b', rid='g7sc4n9xc',
        ip='209.85.220.41', method='CANCEL',
        note=("Lou, I'm sorry to do this - our customer pushed the Ontario DC expansion to Q3 and the requisition "
              "is on hold as of this morning. I'll reach out if it reopens. - Tamsin"))
    lab = label([interview(company, role, s, e, 'cancelled', [raddr], [raddr], 'phone_screen')],
                'easy', 'positive/cancellation-google',
                'Google Calendar phone-screen invite (UTC times, Feb = PST) later cancelled with a note '
                '(METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE 1). Kept as cancelled at its last time; the recruiter '
                'is the screener.')
    return slug, files, lab


@case
def c08():
    slug = 'b138-08-thread-monday-at-9-dst'
    files = {}
    company = 'Kelpwater Freight'
    role = 'Cross-Dock Operations Manager (Otay Mesa)'
    rname, raddr = 'Brianna Okoye', 'brianna.okoye@kelpwater-freight.example'
    subj = f'{company} - {role}'
    d1 = at(CT, 2026, 3, 5, 12, 4, 38)
    t1 = f"""Hi Lou,

I'm a recruiter with {company}. We run bonded cross-dock and transload operations on both sides of the border, and we're hiring an Operations Manager for our Otay Mesa facility (two shifts, ~85 team members, high-volume northbound freight). A few of our best supervisors came out of the Navy supply community and your profile jumped out at me.

Would you have 30 minutes early next week for an intro call? I'm based in Chicago but happy to work around Pacific time.

Best,
Brianna

Brianna Okoye
Talent Acquisition | {company}
312-555-0164
"""
    m1 = '<CAHk3v9pQ2wX7tz1Yb0Lr6mN5sUe8aG4jD1oF3cK7hV2q@mail.gmail.com>'
    files['01-recruiter-intro.eml'] = gmail_msg(
        from_name=rname, from_addr=raddr, to_hdr=f'Lou Camacho <{OWNER}>', subject=subj, date=d1, msgid=m1,
        text=t1, boundary='0000000000002f8a1c064c1e5b73', rid='kf0b1r3aa', ip='209.85.220.69')

    owner_dt = at(PT, 2026, 3, 5, 19, 40, 17)
    m_owner = '<CAL7o+Dp8uW1Lm3xZ5vQ0cH2rN6bT9eJ4sYk@mail.example.com>'
    s = at(PT, 2026, 3, 9, 9, 0, weekday='Monday')
    e = at(PT, 2026, 3, 9, 9, 30)
    owner_txt = (f"Hi Brianna,\n\nThanks for reaching out - the Otay Mesa role looks like a great fit. Monday morning "
                 f"before 10 or Tuesday afternoon after 1 (Pacific) work best for me next week.\n\nLou\n\n"
                 + gmail_reply_quote(d1.astimezone(PT), rname, raddr, t1))
    d2 = at(CT, 2026, 3, 6, 17, 12, 3)
    assert s.astimezone(CT).hour == 11        # "11 my time" in Chicago on Mon Mar 9 (both zones on DST)
    t2 = (f"Perfect - let's do {wd(s, 'Monday')} at 9 your time (11 my time). I'll call your cell at "
          f"619-555-0147; it should take about 30 minutes.\n\nHave a great weekend!\nBrianna\n\n"
          + gmail_reply_quote(owner_dt.astimezone(CT), 'Lou Camacho', OWNER, owner_txt))
    files['02-re-recruiter-confirms-monday.eml'] = gmail_msg(
        from_name=rname, from_addr=raddr, to_hdr=f'Lou Camacho <{OWNER}>', subject='Re: ' + subj, date=d2,
        msgid='<CAHk3v9rT5nB0wq2Xc8Mz4Kd1pLs7Gf6yV3jE9aH0uR@mail.gmail.com>', in_reply_to=m_owner,
        references=f'{m1} {m_owner}', text=t2, boundary='000000000000c41e7b064c33f0a9', rid='kf0b1r9zk',
        ip='209.85.220.69')
    lab = label([interview(company, role, s, e, 'scheduled', [raddr], [raddr], 'phone_screen')],
                'hard', 'positive/thread-relative-dst',
                'Human Gmail thread. Final message (Fri Mar 6, 17:12 -0600) says "Monday at 9 your time (11 my time)" '
                '-> Mon Mar 9 09:00 Pacific, the day after the US DST switch, so -07:00 (not -08:00). The recruiter '
                'calls -> she is the interviewer. The owner\'s proposed windows in the quote are not bookings.')
    return slug, files, lab


@case
def c09():
    slug = 'b138-09-gcal-json-honolulu-panel'
    files = {}
    company = 'Makai Fleet Support'
    role = 'Deputy Program Manager - Ship Maintenance Logistics'
    coord = ('Leilani Kahale', 'lkahale@makai-fleet.example')
    i1 = ('Keoni Akana', 'kakana@makai-fleet.example')
    i2 = ('Sandra Fujimoto', 'sfujimoto@makai-fleet.example')
    s = at(HST, 2026, 5, 5, 8, 0, weekday='Tuesday')
    e = at(HST, 2026, 5, 5, 9, 0)
    assert s.astimezone(PT).hour == 11
    ev = {
        'kind': 'calendar#event',
        'etag': '"3551902118846000"',
        'id': '6t0qk3m9r1vd2h8c5p7s4b0n1e',
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=NnQwcWszbTlyMXZkMmg4YzVwN3M0YjBuMWUgbG91LmNhbWFjaG9AZXhhbXBsZS5jb20',
        'created': '2026-04-28T19:22:05.000Z',
        'updated': '2026-04-28T19:24:59.423Z',
        'summary': f'{company} - Panel Interview: {role}',
        'description': (f'Aloha Lou,\n\nThis is your panel interview for the {role} position (Pearl Harbor '
                        f'Naval Shipyard support contract). You will meet with {i1[0]} (Program Manager) and '
                        f'{i2[0]} (Director of Logistics). I will open the call, make introductions and then drop off.\n\n'
                        f'{t12(s)} HST is {t12(s.astimezone(PT))} Pacific.\n\nMahalo,\n{coord[0]}\n'
                        f'Recruiting Coordinator, {company}'),
        'location': 'Google Meet',
        'creator': {'email': coord[1], 'displayName': coord[0]},
        'organizer': {'email': coord[1], 'displayName': coord[0]},
        'start': {'dateTime': s.isoformat(), 'timeZone': 'Pacific/Honolulu'},
        'end': {'dateTime': e.isoformat(), 'timeZone': 'Pacific/Honolulu'},
        'iCalUID': '6t0qk3m9r1vd2h8c5p7s4b0n1e@google.com',
        'sequence': 0,
        'attendees': [
            {'email': coord[1], 'displayName': coord[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': i1[1], 'displayName': i1[0], 'responseStatus': 'accepted'},
            {'email': i2[1], 'displayName': i2[0], 'responseStatus': 'needsAction'},
            {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'},
        ],
        'hangoutLink': 'https://meet.google.com/pwk-dnxe-gqa',
        'conferenceData': {
            'entryPoints': [
                {'entryPointType': 'video', 'uri': 'https://meet.google.com/pwk-dnxe-gqa',
                 'label': 'meet.google.com/pwk-dnxe-gqa'},
                {'entryPointType': 'phone', 'uri': 'tel:+1-808-555-0190', 'label': '+1 808-555-0190',
                 'pin': '402118733', 'regionCode': 'US'},
            ],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                   'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png'},
            'conferenceId': 'pwk-dnxe-gqa',
        },
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    files['01-makai-panel-interview.gcal.json'] = json.dumps(ev, indent=2, ensure_ascii=False) + '\n'
    lab = label([interview(company, role, s, e, 'scheduled', [i1[1], i2[1]], [i1[1], i2[1]], 'onsite')],
                'medium', 'positive/gcal-json-honolulu',
                'Calendar API event only, Pacific/Honolulu (-10:00, no DST), owner is self. Two interviewers = '
                'panel (kind onsite). The recruiting coordinator organizes and drops off after introductions -> not '
                'an interviewer.')
    return slug, files, lab


@case
def c10():
    slug = 'b138-10-outlook-on-behalf-of-arizona'
    files = {}
    company = 'Ridgeline Aerospace'
    role = 'Site Operations Manager (Mesa)'
    dale = ('Pryor, Dale', 'dale.pryor@ridgeline-aero.example')
    shan = ('Ortega, Shannon', 'shannon.ortega@ridgeline-aero.example')
    s = at(AZ, 2026, 4, 30, 14, 0, weekday='Thursday')
    e = at(AZ, 2026, 4, 30, 15, 0)
    assert s.astimezone(PT).hour == 14 and s.utcoffset() == s.astimezone(PT).utcoffset()
    d1 = at(AZ, 2026, 4, 27, 8, 55, 21)
    t1 = f"""Hi Lou,

Dale Pryor, our Director of Site Operations, would like to meet with you for the {role} position. I manage Dale's calendar, so the invitation will come from his mailbox and show as sent by me on his behalf.

Proposed time: {wd(s, 'Thursday')} {s.month}/{s.day}, 2:00-3:00 PM Arizona time, Microsoft Teams. Arizona doesn't observe daylight saving time, so right now that is also 2:00 PM in San Diego.

If that doesn't work, let me know and I'll find another slot on Dale's calendar.

Thank you,
Shannon Ortega
HR Coordinator | {company}
Mesa, AZ | 480-555-0127
"""
    files['01-hr-coordinator-note.eml'] = outlook_msg(
        from_hdr=f'"{shan[0]}" <{shan[1]}>', to_hdr=f'"{OWNER_NAME}" <{OWNER}>',
        subject=f'{company} - interview with Dale Pryor', date=d1,
        msgid='<CY8PR19MB7012B4D6A1F3E9C2058D7E31F3452@CY8PR19MB7012.namprd19.prod.outlook.com>',
        text=t1, boundary='_000_CY8PR19MB7012B4D6A1F3E9C2058D7E31F3452CY8PR19MB7012namp_',
        thread_index='AdzWg6Qm1rT8yK0bX3n5Vf2Lc7pJ9A==', rid='rd9e1n3q0', ip='40.107.93.112',
        return_path=shan[1])
    d2 = at(AZ, 2026, 4, 27, 9, 2, 48)
    note = (f"Lou,\n\nLooking forward to talking with you about the {role} role. We'll cover the Mesa site's "
            f"MRO and spares operation, how you've led through inspections and audits, and what you're looking "
            f"for after the Navy.\n\nDale Pryor\nDirector, Site Operations\n{company}\n")
    teams = teams_block('319 604 227 508', 'Hn3Ur8', 'OGE2ZjI5YzEtNzBkNC00YjE4LTgwZjItNmQ5YTE0YzNiZTcw',
                        '2af71c05-6d3e-4b98-b0c4-8e1f5a7d3c62', '9d5e0a18-c7b3-4f62-a1e4-70b2c6f9d851')
    files['02-invite-sent-on-behalf.eml'] = exchange_invite(
        from_hdr=f'"{dale[0]}" <{dale[1]}>', sender_hdr=f'"{shan[0]}" <{shan[1]}>',
        to_hdr=f'"{OWNER_NAME}" <{OWNER}>',
        subject=f'Interview: Lou Camacho - {role}', date=d2,
        msgid='<CY8PR19MB70129E0C5B2A4D17F6E3B8A0F3452@CY8PR19MB7012.namprd19.prod.outlook.com>',
        tzid='US Mountain Standard Time', start=s, end=e, organizer_cn=dale[0], organizer_addr=dale[1],
        sent_by=shan[1], attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
        note=note, uid='040000008200E00074C5B7101A82E00800000000D0F4B2A1F6D5DC0100000000000000001000000'
                       '07A3C19E25D4B0F4C8E61A27D90B53F44',
        seq=0, boundary='_000_CY8PR19MB70129E0C5B2A4D17F6E3B8A0F3452CY8PR19MB7012namp_',
        thread_index='AdzWg7bT0mXc2Pq9Rz4Wk1Ny6sLh3B==', series_id='BAAAAIIA4AB0xbcQGoLgCAAAAADQ9LKh9tXcAQ',
        rid='rd9e1n7vw', ip='40.107.93.118', host='NAM04-BN8-obe.outbound.protection.outlook.com',
        teams=teams, return_path=shan[1])
    lab = label([interview(company, role, s, e, 'scheduled', [dale[1]], [dale[1]], 'hiring_manager')],
                'medium', 'positive/outlook-on-behalf-of',
                'HR coordinator announces, then the Teams invite comes From the director with Sender = the HR '
                'coordinator and ORGANIZER;SENT-BY (on-behalf-of). ONE interview; the director conducts it, the '
                'coordinator only schedules. TZID "US Mountain Standard Time" (Arizona, no DST) -> -07:00.')
    return slug, files, lab


@case
def c11():
    slug = 'b138-11-forwarded-from-old-address'
    files = {}
    company = 'Harborlight Medical Distribution'
    role = 'Inbound Operations Manager - Chula Vista DC'
    cname, caddr = 'Connor Vasquez', 'cvasquez@harborlight-med.example'
    dana = 'dwhitford@harborlight-med.example'
    opt1 = at(PT, 2026, 5, 5, 10, 30, weekday='Tuesday')
    opt2 = at(PT, 2026, 5, 6, 14, 0, weekday='Wednesday')
    q1_dt = at(PT, 2026, 4, 30, 11, 2)
    q1 = f"""Hi Lou,

Thanks again for your interest in Harborlight. Dana Whitford, our DC General Manager, would like to bring you in for an in-person interview for the {role} role. Could you do Tuesday the {opt1.day}th at 10:30 AM, or Wednesday the {opt2.day}th at 2:00 PM?

Best,
Connor

Connor Vasquez
Recruiter | {company}
"""
    q2_dt = at(PT, 2026, 4, 30, 16, 41)
    q2 = f"""Connor,

Tuesday works great. Thanks!

Lou
"""
    fwd_dt = at(PT, 2026, 5, 1, 9, 14)
    fwd_body = f"""Perfect, you're confirmed for Tuesday the {opt1.day}th at 10:30. Check in at the front lobby, 2250 Otay Valley Parkway, Chula Vista. You'll meet with Dana Whitford ({dana}); she'll walk you through the receiving floor as part of the interview, so wear closed-toe shoes.

Connor
"""
    inner = gmail_reply_quote(q2_dt, OWNER_NAME, OWNER_OLD, q2 + '\n' + gmail_reply_quote(q1_dt, cname, caddr, q1))
    d = at(PT, 2026, 5, 3, 18, 21, 7)
    text = f"""Moving this over to my new address so everything is in one place.

---------- Forwarded message ---------
From: {cname} <{caddr}>
Date: {fwd_dt:%a}, {fwd_dt:%b} {fwd_dt.day}, {fwd_dt.year} at {t12(fwd_dt)}
Subject: Re: {company} - {role}
To: Lou Camacho <{OWNER_OLD}>


{fwd_body}
{inner}"""
    files['01-fwd-harborlight-interview.eml'] = gmail_msg(
        from_name=OWNER_NAME, from_addr=OWNER_OLD, to_hdr=OWNER, subject=f'Fwd: Re: {company} - {role}', date=d,
        msgid='<CAN4x7bQv2Le8tY0mK3pR9wZ1cD6fH5sJ7uA2n@mail.example.net>', text=text,
        boundary='000000000000d9e3f1064cb27a15', rid='hl0f4w8de', ip='198.51.100.23', host='smtp.example.net')
    lab = label([interview(company, role, opt1, None, 'scheduled', [dana], [dana], 'hiring_manager')],
                'hard', 'positive/forwarded-thread',
                'Owner forwards a recruiter thread from his old mailbox (example.net) to the labelled address. Two '
                'options offered ("Tuesday the 5th at 10:30 AM, or Wednesday the 6th at 2:00 PM", Apr 30), the owner '
                'picks Tuesday, recruiter confirms -> Tue May 5 10:30 PDT. No duration -> end null. Interviewer '
                'address is given in the text; the owner\'s old address and the recruiter are not recipients.')
    return slug, files, lab


@case
def c12():
    slug = 'b138-12-teams-cancel-then-rebooked'
    files = {}
    company = 'Bluewater Sustainment Group'
    role = 'Program Manager, Fleet Sustainment'
    nadia = ('Farouk, Nadia', 'nadia.farouk@bluewater-sustain.example')
    hector = ('Villasenor, Hector', 'hector.villasenor@bluewater-sustain.example')
    s1 = at(PT, 2026, 5, 13, 10, 0, weekday='Wednesday')
    e1 = at(PT, 2026, 5, 13, 11, 0)
    s2 = at(PT, 2026, 5, 19, 13, 0, weekday='Tuesday')
    e2 = at(PT, 2026, 5, 19, 14, 0)
    subj = f'{company} - Interview with Hector Villasenor ({role})'
    uid1 = ('040000008200E00074C5B7101A82E0080000000090C3E8F1A0DEDC01000000000000000010000000'
            '5B2F7E0C91A4D36E48B0C7D2A61F9E03')
    uid2 = ('040000008200E00074C5B7101A82E00800000000B0D1A4C35BE1DC01000000000000000010000000'
            'C4E81A97F0B26D35A9C0E14B7D38F26A')
    teams1 = teams_block('276 118 940 352', 'Zx8Lb2', 'MzQ5YTdkNTItY2Q4MC00ZjA2LThlN2UtYjE0MzZhOWQyNTBm',
                         '4e8b1d70-2c95-4a3f-b6d1-93f0e7a52c18', 'c71f3a09-58e2-4d6b-9a0c-1b7e4f2d8a35')
    teams2 = teams_block('281 553 607 194', 'Qw4Tn7', 'NjFjMmI4ZTAtOTdhNS00NzNiLWE1ZjQtMGQ3YzE4ZTZiMzlk',
                         '4e8b1d70-2c95-4a3f-b6d1-93f0e7a52c18', 'c71f3a09-58e2-4d6b-9a0c-1b7e4f2d8a35')
    att = [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
           (hector[0], hector[1], 'REQ-PARTICIPANT', 'ACCEPTED')]
    common = dict(from_hdr=f'"{nadia[0]}" <{nadia[1]}>',
                  to_hdr=f'"{OWNER_NAME}" <{OWNER}>, "{hector[0]}" <{hector[1]}>',
                  tzid='Pacific Standard Time', organizer_cn=nadia[0], organizer_addr=nadia[1], attendees=att,
                  ip='40.107.244.70', host='NAM12-MW2-obe.outbound.protection.outlook.com')
    files['01-invite-interview-may13.eml'] = exchange_invite(
        subject=subj, date=at(PT, 2026, 5, 7, 14, 10, 26),
        msgid='<SJ0PR17MB5530A7C3E1F80B4D92E6C5A1B8A62@SJ0PR17MB5530.namprd17.prod.outlook.com>',
        start=s1, end=e1, uid=uid1, seq=0,
        note=(f"Hi Lou,\n\nHere is your interview with Hector Villasenor, Program Director, for the {role} "
              f"role. Hector will focus on sustainment planning, CASREP support and how you'd manage a "
              f"government customer. I won't be joining, but reach out to me with any questions.\n\nNadia Farouk\n"
              f"Recruiting Manager | {company}\n"),
        boundary='_000_SJ0PR17MB5530A7C3E1F80B4D92E6C5A1B8A62SJ0PR17MB5530namp_',
        thread_index='AdzeN0q4Tm2xW7bR9s1Ky5Vc3pLj8A==', series_id='BAAAAIIA4AB0xbcQGoLgCAAAAACQw+jxoN7cAQ',
        rid='bw1c8n0aa', teams=teams1, **common)
    files['02-canceled-interview-may13.eml'] = exchange_invite(
        subject='Canceled: ' + subj, date=at(PT, 2026, 5, 11, 7, 48, 10),
        msgid='<SJ0PR17MB5530F3B9D0C62E7A14B8D9E0C8A62@SJ0PR17MB5530.namprd17.prod.outlook.com>',
        start=s1, end=e1, uid=uid1, seq=1, method='CANCEL',
        note=(f"Lou - Hector has been pulled into a customer program review on {wd(s1, 'Wednesday')}, so I'm "
              f"cancelling this one. I'll send a new invitation for next week shortly. Apologies for the shuffle.\n\n"
              f"Nadia\n"),
        boundary='_000_SJ0PR17MB5530F3B9D0C62E7A14B8D9E0C8A62SJ0PR17MB5530namp_',
        thread_index='AdzeN0q4Tm2xW7bR9s1Ky5Vc3pLj8AAfx2Qs', series_id='BAAAAIIA4AB0xbcQGoLgCAAAAACQw+jxoN7cAQ',
        rid='bw1c8n4cx', **common)
    files['03-invite-interview-may19.eml'] = exchange_invite(
        subject=subj + ' - NEW TIME', date=at(PT, 2026, 5, 11, 8, 3, 55),
        msgid='<SJ0PR17MB553002D8E4A7F1B3C96E0D5F7A62@SJ0PR17MB5530.namprd17.prod.outlook.com>',
        start=s2, end=e2, uid=uid2, seq=0,
        note=(f"Hi Lou,\n\nAs promised, here is the new time for your interview with Hector Villasenor for the "
              f"{role} role: {wd(s2, 'Tuesday')}, {d_md(s2)}, {t12(s2)} Pacific. Same format, one hour on Teams.\n\n"
              f"Nadia Farouk\nRecruiting Manager | {company}\n"),
        boundary='_000_SJ0PR17MB553002D8E4A7F1B3C96E0D5F7A62SJ0PR17MB5530namp_',
        thread_index='AdzgT4bH8n0Qp3vL6w2Rx9Mc1sYk5D==', series_id='BAAAAIIA4AB0xbcQGoLgCAAAAACw0aTDW+HcAQ',
        rid='bw1c8n7de', teams=teams2, **common)
    lab = label([interview(company, role, s1, e1, 'cancelled', [hector[1]], [hector[1]], 'hiring_manager'),
                 interview(company, role, s2, e2, 'scheduled', [hector[1]], [hector[1]], 'hiring_manager')],
                'hard', 'positive/cancel-then-rebook',
                'Exchange/Teams invite (Wed May 13), METHOD:CANCEL for it, then a NEW invite with a different UID '
                '(Tue May 19) -> two entries: one cancelled, one scheduled. Program Director attends both; the '
                'recruiting manager organizes and says she will not join.')
    return slug, files, lab


@case
def c13():
    slug = 'b138-13-founder-conversation-military-time'
    files = {}
    company = 'Anchorline Logistics'
    role = 'Director of Operations'
    gil = ('Gil Navarro', 'gil.navarro@anchorline-logistics.example')
    karen = ('Karen Ueda', 'karen.ueda@anchorline-logistics.example')
    d1 = at(PT, 2026, 5, 18, 6, 42, 19)
    s = at(PT, 2026, 5, 22, 15, 30, weekday='Friday')
    e = at(PT, 2026, 5, 22, 16, 30)
    t1 = f"""Lou,

Good talking with you at the waterfront industry mixer last week, and thanks for sending your r\u00e9sum\u00e9 over so quickly.

As I mentioned, Anchorline is small \u2014 38 people, service-disabled veteran-owned, mostly warehousing and ship-husbanding support on the waterfront \u2014 so our hiring process is short: one real conversation with me about the {role} job, then we decide. I\u2019d like to do that this {wd(s, 'Friday')} ({s.day} May) at 1530 Pacific. Plan on about an hour. Zoom is fine, or come by the office on Harbor Dr. if you\u2019d rather do it face to face.

Karen (cc\u2019d) runs my calendar and will send the link once you confirm.

Fair winds,
Gil

Gil Navarro
Founder & CEO, {company} LLC
MMCM, USN (Ret.)
{gil[1]} | (619) 555-0162
"""
    m1 = '<CAGn8vYk2Qd0Tw4xR7pB1mZ9sLc3Ef6hJ5uN0aK@mail.gmail.com>'
    files['01-founder-next-step.eml'] = gmail_msg(
        from_name=gil[0], from_addr=gil[1], to_hdr=f'Lou Camacho <{OWNER}>', cc_hdr=f'{karen[0]} <{karen[1]}>',
        subject=f'{company} - {role} / next step', date=d1, msgid=m1, text=t1, cte='base64',
        boundary='000000000000e7a90b064d4c1f26', rid='an1c8r0aa', ip='209.85.220.65')
    owner_dt = at(PT, 2026, 5, 18, 9, 5, 40)
    m_owner = '<CAL7o+Dr4nX2Vq9kS1wT6bP0mY3cZ8eH5jLu@mail.example.com>'
    owner_txt = (f"Gil,\n\nThank you \u2014 1530 {wd(s, 'Friday')} works. Zoom is easiest for me. Looking forward to it.\n\n"
                 f"V/r,\nLou\n\n" + gmail_reply_quote(d1, gil[0], gil[1], t1))
    d2 = at(PT, 2026, 5, 18, 11, 20, 2)
    t2 = (f"Hi Lou,\n\nHere\u2019s the Zoom for {wd(s, 'Friday')}\u2019s 3:30 PM conversation with Gil:\n\n"
          f"https://us06web.zoom.us/j/84417326590?pwd=Yk3Qa9TbWm2Rz7xLc5VnP0sJd8Hf1E.1\nMeeting ID: 844 1732 6590\n"
          f"Passcode: 552017\n\nThanks,\nKaren Ueda\nOffice Manager, {company}\n\n"
          + gmail_reply_quote(owner_dt, OWNER_NAME, OWNER, owner_txt))
    files['02-zoom-link-from-office-manager.eml'] = gmail_msg(
        from_name=karen[0], from_addr=karen[1], to_hdr=f'Lou Camacho <{OWNER}>', cc_hdr=f'{gil[0]} <{gil[1]}>',
        subject=f'Re: {company} - {role} / next step', date=d2,
        msgid='<CAPq2mYw7Rk1Tn5xB0vL8sZ3dC6gF9hJ2uQ4aE@mail.gmail.com>', in_reply_to=m_owner,
        references=f'{m1} {m_owner}', text=t2, cte='base64', boundary='000000000000a41c5e064d4f93b0',
        rid='an1c8r5dq', ip='209.85.220.65')
    zoom_desc = (f'Karen Ueda is inviting you to a scheduled Zoom meeting.\n\nTopic: Lou Camacho / Gil Navarro - '
                 f'{role}\nTime: {s:%b} {s.day}, {s.year} 03:30 PM Pacific Time (US and Canada)\n\nJoin Zoom Meeting\n'
                 'https://us06web.zoom.us/j/84417326590?pwd=Yk3Qa9TbWm2Rz7xLc5VnP0sJd8Hf1E.1\n\n'
                 'Meeting ID: 844 1732 6590\nPasscode: 552017\n\n---\n\nOne tap mobile\n'
                 '+16694449171,,84417326590#,,,,*552017# US\n')
    files['03-zoom-meeting.ics'] = ics_doc([
        'BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH', 'CLASS:PUBLIC'] + VTZ_LOS_ANGELES + [
        'BEGIN:VEVENT', f'DTSTAMP:{ics_utc(d2)}',
        f'DTSTART;TZID=America/Los_Angeles:{ics_local(s)}', f'DTEND;TZID=America/Los_Angeles:{ics_local(e)}',
        f'SUMMARY:{esc(f"Lou Camacho / Gil Navarro - {role}")}',
        'UID:20260518T182002Z-84417326590@fe80:0:0:0:1c4e:7aff:fe21:9b3d%en0',
        'TZID:America/Los_Angeles', f'DESCRIPTION:{esc(zoom_desc)}',
        f'ORGANIZER;CN={karen[0]}:mailto:{karen[1]}',
        f'ATTENDEE;CN={gil[0]};RSVP=TRUE:mailto:{gil[1]}',
        f'ATTENDEE;CN={OWNER_NAME};RSVP=TRUE:mailto:{OWNER}',
        'LOCATION:https://us06web.zoom.us/j/84417326590?pwd=Yk3Qa9TbWm2Rz7xLc5VnP0sJd8Hf1E.1',
        'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
        'END:VEVENT', 'END:VCALENDAR'])
    lab = label([interview(company, role, s, e, 'scheduled', [gil[1]], [gil[1]], 'hiring_manager')],
                'medium', 'positive/founder-military-time-base64',
                'Founder/CEO of a small veteran-owned firm proposes "this Friday (22 May) at 1530 Pacific ... about an '
                'hour" (military time); owner confirms in the quoted reply; office manager sends the Zoom link, and a '
                'standalone Zoom .ics (organizer = office manager) follows: all ONE interview. Bodies are base64. The '
                'founder conducts it; the office manager only schedules.')
    return slug, files, lab


# ==============================================================================================
# NEGATIVES (look-alikes)
# ==============================================================================================
@case
def c14():
    slug = 'b138-14-ci-polygraph-appointment'
    files = {}
    company = 'Oxbow Signal Systems'
    fso = ('Lindahl, Marguerite', 'mlindahl@oxbow-signal.example')
    s = at(PT, 2026, 5, 12, 8, 0, weekday='Tuesday')
    e = at(PT, 2026, 5, 12, 14, 0)
    d1 = at(PT, 2026, 4, 20, 10, 5, 33)
    t1 = f"""Mr. Camacho,

Congratulations again on accepting our conditional offer of employment for the Logistics Operations Manager position. As discussed when the offer was extended, this position requires a counterintelligence (CI) scope polygraph before program access can be granted and your start date confirmed.

The government polygraph office has scheduled your examination:

Date: {d_long(s)}
Report time: 0745 (examination begins at 0800)
Location: Federal polygraph suite, 4th floor, 3985 Cummings Rd, San Diego (address and escort instructions will be confirmed by the examiner's office)
Expected duration: 4 to 6 hours

What to expect: the session begins with a pre-test interview, during which the examiner reviews your background paperwork, explains the process and goes over every question with you before any charts are collected. There are no surprise questions. The examination itself is followed by a post-test discussion.

Please bring:
- Two forms of government-issued photo ID
- A list of current medications
- Reading glasses if needed

Do not bring phones, smart watches or other electronics into the facility. Get a normal night's sleep, eat as you normally would, and take prescribed medications as usual.

I'm sending a calendar hold for the day. Let me know right away if you have a conflict; rescheduling with the government office can take several weeks.

Marguerite Lindahl
Facility Security Officer (FSO)
{company}
{fso[1]} | 858-555-0173
"""
    files['01-fso-polygraph-scheduled.eml'] = outlook_msg(
        from_hdr=f'"{fso[0]}" <{fso[1]}>', to_hdr=f'"{OWNER_NAME}" <{OWNER}>',
        subject='ACTION: CI polygraph scheduled - Camacho, L. (conditional offer, Logistics Operations Manager)',
        date=d1, msgid='<DM6PR11MB4108E2A9C7F04B5D13E8A6C2D4F71@DM6PR11MB4108.namprd11.prod.outlook.com>',
        text=t1, boundary='_000_DM6PR11MB4108E2A9C7F04B5D13E8A6C2D4F71DM6PR11MB4108namp_',
        thread_index='AdzQc1b7Xk2mV9rT4w0Ls8Np3yHq6Z==', rid='ox5p0l1ya', ip='40.107.212.61',
        return_path=fso[1], importance='high')
    files['02-calendar-hold-polygraph.eml'] = exchange_invite(
        from_hdr=f'"{fso[0]}" <{fso[1]}>', to_hdr=f'"{OWNER_NAME}" <{OWNER}>',
        subject='CI Polygraph Examination - Camacho (Oxbow Signal) - report 0745', date=at(PT, 2026, 4, 20, 10, 9, 2),
        msgid='<DM6PR11MB41087F0C3B8E1D6A24C9B5E0D4F71@DM6PR11MB4108.namprd11.prod.outlook.com>',
        tzid='Pacific Standard Time', start=s, end=e, organizer_cn=fso[0], organizer_addr=fso[1],
        attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
        note=('Calendar hold for your CI polygraph examination (pre-test interview, examination, post-test). '
              'Report 0745. No electronics. See my e-mail for details.\n\nMarguerite Lindahl, FSO\n'),
        uid='040000008200E00074C5B7101A82E00800000000F0A1C6D9B2D0DC01000000000000000010000000'
            '8D1E7C40A5B93F26E0C4D71A2B6F9E85',
        seq=0, boundary='_000_DM6PR11MB41087F0C3B8E1D6A24C9B5E0D4F71DM6PR11MB4108namp_',
        thread_index='AdzQc2Rm5Wq8Xn1bT7v3Ks0Lp9yGh4==', series_id='BAAAAIIA4AB0xbcQGoLgCAAAAADwocbZstDcAQ',
        rid='ox5p0l6qz', ip='40.107.212.63', host='NAM11-DM6-obe.outbound.protection.outlook.com',
        location='Federal polygraph suite, 3985 Cummings Rd, San Diego')
    lab = label([], 'hard', 'negative/security-polygraph',
                'CI polygraph scheduled by the employer\'s FSO after a conditional offer was accepted: security '
                'processing, not a hiring conversation. Uses "pre-test interview", a conditional offer, a job title '
                'and an Outlook calendar hold.')
    return slug, files, lab


@case
def c15():
    slug = 'b138-15-va-cp-exam-reminder'
    files = {}
    vendor = 'Keystone Medical Evaluations'
    sched = 'scheduling@keystone-evals.example'
    s = at(PT, 2026, 3, 12, 9, 15, weekday='Thursday')
    e = at(PT, 2026, 3, 12, 10, 15)
    d = at(ET, 2026, 3, 2, 10, 30, 0)
    t = f"""Dear LOU CAMACHO,

{vendor} has scheduled the examination requested by the Department of Veterans Affairs (VA) in connection with your disability compensation claim.

APPOINTMENT DETAILS
Exam type: Compensation & Pension (C&P) examination - General Medical
Date: {d_long(s)}
Check-in time: {t12(s)}
Examiner: Anita Sorensen, DO
Location: {vendor}, 9655 Granite Ridge Dr, Suite 210, San Diego, CA 92123

WHAT TO EXPECT
The examiner will interview you about your claimed conditions (lumbar strain, bilateral tinnitus), review your service treatment records and may perform a physical examination. Plan on about 60 minutes. No treatment is provided at this appointment and the examiner cannot discuss the outcome of your claim.

WHAT TO BRING
- Government-issued photo ID
- A list of your current medications
- Glasses or hearing aids you use daily

Missing this examination without good cause may result in your claim being decided on the evidence of record. To reschedule, call 1-888-555-0134 at least 48 hours in advance.

This message was sent from an unmonitored address.
{vendor} | Contracted examination provider for VA
"""
    ics = ics_doc(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Keystone Medical Evaluations//Scheduler//EN',
                   'METHOD:PUBLISH', 'BEGIN:VEVENT', 'UID:kme-appt-55120874@keystone-evals.example',
                   f'DTSTAMP:{ics_utc(d)}', f'DTSTART:{ics_utc(s)}', f'DTEND:{ics_utc(e)}',
                   'SUMMARY:VA C&P Examination - Keystone Medical Evaluations',
                   'LOCATION:9655 Granite Ridge Dr\\, Suite 210\\, San Diego\\, CA 92123',
                   'DESCRIPTION:Compensation & Pension examination (General Medical). Examiner: Anita Sorensen\\, '
                   'DO. Bring photo ID and medication list.',
                   'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    alt = multi('alternative', '_----kme55120874alt', [
        leaf('text/plain; charset=us-ascii', t, '7bit'),
        leaf('text/html; charset=us-ascii', to_html(t, font='Arial, sans-serif', size='13px'), 'quoted-printable')])
    att = leaf('text/calendar; charset=us-ascii; name="appointment.ics"', ics, 'base64',
               extra=[('Content-Disposition', 'attachment; filename="appointment.ics"')])
    ent = multi('mixed', '_----kme55120874mix', [alt, att])
    h = base_headers(d, 'outbound-3.keystone-evals.example', '203.0.113.140', 'km3c0p7ex', sched)
    h += [('From', f'{vendor} <{sched}>'), ('To', f'LOU CAMACHO <{OWNER}>'),
          ('Subject', f'Appointment Confirmation: VA C&P Examination - {d_md(s)}'),
          ('Date', hdr_date(d)), ('Message-ID', '<55120874.1772465400.appt@keystone-evals.example>')]
    files['01-cp-exam-appointment.eml'] = message(h, ent)
    lab = label([], 'medium', 'negative/medical-appointment',
                'VA Compensation & Pension exam booked by a contract examiner: "the examiner will interview you", '
                'examiner name, .ics. A medical/benefits appointment, not a job interview.')
    return slug, files, lab


@case
def c16():
    slug = 'b138-16-tap-employment-workshop'
    files = {}
    bq = ('Bernadette Quiroga', 'bquiroga@ffsc-sandiego.example')
    s = at(PT, 2026, 2, 10, 8, 0, weekday='Tuesday')
    e = at(PT, 2026, 2, 10, 15, 30)
    title = 'TAP Employment Fundamentals (DOL) - Day 2: Interviewing, Salary Negotiation & Mock Interviews'
    desc = ("Good morning transitioning members,\n\nDay 2 of the DOL Employment Fundamentals of Career Transition "
            "workshop covers: researching employers, answering behavioral interview questions with STAR, "
            "federal vs. private-sector interviews, salary negotiation, and a mock-interview lab in the afternoon "
            "with volunteer hiring managers from local employers (practice only - they are not recruiting for "
            "open positions during the lab).\n\nAttendance is mandatory per your TAP checklist (DD Form 2648). "
            "Bring your draft resume and the job announcement you are targeting.\n\nV/r,\nBernadette Quiroga\n"
            "Transition Counselor, Fleet & Family Support Center San Diego")
    guests = [(bq[0], bq[1], 'ACCEPTED'), (OWNER_NAME, OWNER, 'NEEDS-ACTION'),
              ('TAP Class 26-06 Roster', 'tap-class-2606@ffsc-sandiego.example', 'NEEDS-ACTION')]
    files['01-invitation-tap-day2.eml'] = google_invite(
        org_name=bq[0], org_addr=bq[1], guests=guests, title=title, start=s, end=e, description=desc,
        location='FFSC San Diego, Bldg 3350, Classroom B', date=at(PT, 2026, 2, 4, 13, 47, 30),
        msgid='<calendar-b04e7c21-6d93-4f58-a1e2-9c3d0f7b5a46@google.com>',
        uid='1r8v5n2k0t7m3c9x4q6b1z0w5d@google.com', seq=0, created=at(UTC, 2026, 2, 4, 21, 40, 2),
        b_mixed='0000000000008d2f47064a1c93e0', b_alt='0000000000008d2f46064a1c93de', rid='tp4w0rk5a',
        ip='209.85.220.41')
    lab = label([], 'medium', 'negative/transition-workshop',
                'TAP (transition assistance) workshop day with interviewing lessons and a practice mock-interview '
                'lab; Google invite with a group roster. Training, not a hiring process step.')
    return slug, files, lab


@case
def c17():
    slug = 'b138-17-skillbridge-intake-call'
    files = {}
    prog = 'Fleet Forward Fellowship'
    jm = ('Minh, Jared', 'jared.minh@fleetforward.example')
    s = at(PT, 2026, 3, 23, 13, 0, weekday='Monday')
    e = at(PT, 2026, 3, 23, 13, 30)
    d1 = at(PT, 2026, 3, 18, 12, 10, 44)
    t1 = f"""Hi Lou,

Congratulations - you've been accepted into Cohort 14 of the {prog}, a DoD SkillBridge program for transitioning service members moving into operations, supply chain and program management roles.

Next step: a 30-minute intake call with me on {d_long(s)} at {t12(s)} Pacific (Teams invite to follow). This is not an interview - your acceptance is final. On the call we will:

- confirm your command's SkillBridge authorization memo and your EAOS / terminal leave dates
- review your target roles and geographic preferences (San Diego)
- walk through how host-company matching works

After intake, we introduce you to two or three host companies. Each host runs its own short interview before a 12-week placement is confirmed, and those interviews are scheduled directly by the host.

Welcome aboard,
Jared Minh
Fellowship Program Coordinator, West Coast
{prog}
{jm[1]}
"""
    files['01-cohort-acceptance.eml'] = outlook_msg(
        from_hdr=f'"{jm[0]}" <{jm[1]}>', to_hdr=f'"{OWNER_NAME}" <{OWNER}>',
        subject=f'Welcome to {prog} Cohort 14 - intake call next', date=d1,
        msgid='<PH0PR22MB3906C5E1A8B04D7F29E3C6B0A9D12@PH0PR22MB3906.namprd22.prod.outlook.com>',
        text=t1, boundary='_000_PH0PR22MB3906C5E1A8B04D7F29E3C6B0A9D12PH0PR22MB3906namp_',
        thread_index='AdyzM8c2Pw5nQ1xV7t3Rk0Ls9bYh4E==', rid='ff0s8b1ia', ip='40.107.201.90', return_path=jm[1])
    teams = teams_block('233 470 815 926', 'Jd5Wm2', 'YmE3ZDE0NjItMmM4Zi00ZjlhLWIxYTgtNTZlMGQ0YzcxOGEz',
                        '0d6c4e83-7f21-4b5a-9c38-e2a1b7d90f64', '58b2e7d1-a043-4c9f-8d16-3f7a0e9c2b45')
    files['02-teams-intake-call.eml'] = exchange_invite(
        from_hdr=f'"{jm[0]}" <{jm[1]}>', to_hdr=f'"{OWNER_NAME}" <{OWNER}>',
        subject='SkillBridge Intake Call - Lou Camacho (Cohort 14)', date=at(PT, 2026, 3, 18, 12, 14, 9),
        msgid='<PH0PR22MB39068A0F2C7D3E5B41A6E9D1B9D12@PH0PR22MB3906.namprd22.prod.outlook.com>',
        tzid='Pacific Standard Time', start=s, end=e, organizer_cn=jm[0], organizer_addr=jm[1],
        attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
        note='Intake call for Fleet Forward Fellowship Cohort 14: authorization memo, dates, target roles, host matching.\n',
        uid='040000008200E00074C5B7101A82E00800000000C0E2B7A16BB6DC01000000000000000010000000'
            'F1A38D2C70B94E65A1D0C38B7E24F956',
        seq=0, boundary='_000_PH0PR22MB39068A0F2C7D3E5B41A6E9D1B9D12PH0PR22MB3906namp_',
        thread_index='AdyzM9a6Tk3pX0wR8n2Vm5Ly1cZq7F==', series_id='BAAAAIIA4AB0xbcQGoLgCAAAAADA4reha7bcAQ',
        rid='ff0s8b6kd', ip='40.107.201.93', host='NAM02-SN1-obe.outbound.protection.outlook.com', teams=teams)
    lab = label([], 'hard', 'negative/program-intake',
                'SkillBridge fellowship intake call after acceptance into the cohort; the e-mail says it is not an '
                'interview and that host-company interviews will be scheduled later by the hosts (no time given). '
                'Teams invite with Windows TZID.')
    return slug, files, lab


@case
def c18():
    slug = 'b138-18-nonprofit-mock-interview-calendly'
    files = {}
    org = 'Next Watch Veterans Network'
    host = ('Rachel Kim', 'rachel.kim@nextwatch-vets.example')
    s = at(PT, 2026, 4, 9, 18, 0, weekday='Thursday')
    e = at(PT, 2026, 4, 9, 18, 45)
    d = at(UTC, 2026, 4, 1, 2, 17, 36)
    event_type = 'Mock Interview - Operations & Program Management'
    t = f"""Hi Lou Camacho,

Your {event_type} with {host[0]} is confirmed.

Event Type:
{event_type}

Event Date/Time:
{t12(s).lower().replace(' ', '')} - {t12(e).lower().replace(' ', '')} (Pacific Time - US & Canada) on {d_long(s)}

Location:
This is a Zoom web conference.
https://us02web.zoom.us/j/86605512347?pwd=bnR3Wk9qYlhGc0tDd1pVQTB6dz09

Invitee:
Lou Camacho
{OWNER}

Questions:
What role or job posting are you practicing for?
Program Manager / Operations Manager at a defense contractor (have real interviews coming up)

Anything else your mentor should know?
20 years Navy logistics, retiring this summer. Want to work on translating my experience out of Navy acronyms.

About this session: {org} mentors are volunteers from industry. Mock interviews are free practice sessions; your mentor will play the hiring manager, then spend the last 15 minutes on feedback.

Cancel: https://calendly.com/cancellations/7f20c1d4-9a3e-4b61-8e55-0c2b9d7f16a3
Reschedule: https://calendly.com/reschedulings/7f20c1d4-9a3e-4b61-8e55-0c2b9d7f16a3

Powered by Calendly.com
"""
    ics = ics_doc(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendly//EN', 'METHOD:REQUEST',
                   'BEGIN:VEVENT', f'DTSTART:{ics_utc(s)}', f'DTEND:{ics_utc(e)}', f'DTSTAMP:{ics_utc(d)}',
                   f'ORGANIZER;CN={host[0]}:mailto:{host[1]}',
                   f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={OWNER_NAME}:mailto:{OWNER}',
                   'UID:7f20c1d4-9a3e-4b61-8e55-0c2b9d7f16a3@calendly.com',
                   f'SUMMARY:{event_type} (Lou Camacho and {host[0]})',
                   'LOCATION:https://us02web.zoom.us/j/86605512347?pwd=bnR3Wk9qYlhGc0tDd1pVQTB6dz09',
                   f'DESCRIPTION:{esc("Practice mock interview with a " + org + " volunteer mentor.")}',
                   'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    alt = multi('alternative', '--calendly-alt-7f20c1d49a3e', [
        leaf('text/plain; charset=UTF-8', t, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', to_html(t, font='Helvetica, Arial, sans-serif', size='14px'),
             'quoted-printable')])
    att = leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', ics, 'base64',
               extra=[('Content-Disposition', 'attachment; filename="invite.ics"')])
    ent = multi('mixed', '--calendly-mixed-7f20c1d49a3e', [alt, att])
    h = base_headers(d, 'o1.email.calendly.com', '167.89.0.41', 'cl3nd1ymk', 'bounces+1190@email.calendly.com')
    h += [('From', f'Calendly <notifications@calendly.com>'), ('Reply-To', f'{host[0]} <{host[1]}>'),
          ('To', f'Lou Camacho <{OWNER}>'),
          ('Subject', f'Confirmed: {event_type} with {host[0]} on {d_long(s)}'),
          ('Date', hdr_date(d)), ('Message-ID', '<7f20c1d4.invitee-confirm.1775009856@calendly.com>')]
    files['01-calendly-mock-interview-confirmed.eml'] = message(h, ent)
    lab = label([], 'hard', 'negative/mock-interview',
                'Calendly booking with a volunteer mentor from a veterans\' nonprofit: "Mock Interview", mentor will '
                '"play the hiring manager", Zoom, .ics, Reply-To a person. Practice session, not a hiring step.')
    return slug, files, lab


@case
def c19():
    slug = 'b138-19-hirevue-on-demand-video'
    files = {}
    company = 'Tidemark Defense'
    role = 'Program Operations Lead'
    due = at(PT, 2026, 4, 10, 23, 59, weekday='Friday')
    d = at(UTC, 2026, 4, 6, 15, 2, 48)
    t = f"""Hello Lou,

Thank you for applying for the {role} position with {company}. We'd like to learn more about you! The next step in our process is an on-demand video interview through HireVue.

- 5 questions, recorded on your own time
- 30 seconds to prepare and up to 3 minutes to answer each question
- One practice question before you begin
- Estimated time to complete: 25 minutes

Please complete your interview by {d_long(due)} at 11:59 PM Pacific Time.

Start your interview: https://app.hirevue.com/interviews/tidemarkdefense/q4Rz8Lw2Xk7bN0pV?lang=en

Tips: use a laptop or phone with a camera and a stable internet connection, find a quiet place with good lighting, and test your equipment with the practice question.

If you have technical issues, visit https://candidate.support.hirevue.com.

Best regards,
{company} Talent Acquisition
"""
    alt = multi('alternative', '----=_NextPart_HV_4b6e1a0c3d9f7e21', [
        leaf('text/plain; charset=utf-8', t, 'quoted-printable'),
        leaf('text/html; charset=utf-8', to_html(t, font='Arial, sans-serif', size='14px'), 'quoted-printable')])
    h = base_headers(d, 'mail-out-7.hirevue.com', '198.51.100.199', 'hv0d3m4nd', 'bounce@hirevue.com')
    h += [('From', f'{company} <noreply@hirevue.com>'), ('To', OWNER),
          ('Subject', f'{company}: Complete your video interview for {role}'),
          ('Date', hdr_date(d)), ('Message-ID', '<q4Rz8Lw2Xk7bN0pV.1775487768.invite@hirevue.com>')]
    files['01-hirevue-on-demand-invite.eml'] = message(h, alt)
    lab = label([], 'medium', 'negative/one-way-video',
                'HireVue on-demand (one-way, recorded) video interview with a completion deadline - not a live '
                'conversation, so not an interview per the rules. The deadline is not a start time.')
    return slug, files, lab


@case
def c20():
    slug = 'b138-20-user-on-njrotc-interview-panel'
    files = {}
    pa = ('CDR Phyllis Arrington (Ret.)', 'parrington@hmhs-njrotc.example')
    s = at(PT, 2026, 3, 14, 9, 0, weekday='Saturday')
    e = at(PT, 2026, 3, 14, 12, 0)
    title = 'NJROTC Scholarship Selection Board - Volunteer Interview Panel'
    desc = ("Shipmates,\n\nThank you for volunteering for this year's unit scholarship selection board. Each "
            "panel member will interview six senior cadets applying for the Navy League council scholarship "
            "(15 minutes per cadet, standard question sheet and scoring rubric provided at check-in). Please "
            "wear business attire or uniform. Coffee and donuts in the NS classroom from 0830.\n\nVery "
            "respectfully,\nCDR Phyllis Arrington, USN (Ret.)\nSenior Naval Science Instructor, Harbor Mesa High "
            "School NJROTC")
    guests = [(pa[0], pa[1], 'ACCEPTED'), (OWNER_NAME, OWNER, 'NEEDS-ACTION'),
              ('Marcus Bell', 'marcus.bell@example.org', 'ACCEPTED')]
    files['01-invitation-scholarship-board.eml'] = google_invite(
        org_name=pa[0], org_addr=pa[1], guests=guests, title=title, start=s, end=e, description=desc,
        location='Harbor Mesa High School, Naval Science Bldg, Room 112', date=at(PT, 2026, 2, 25, 19, 33, 12),
        msgid='<calendar-e5a09c3f-7b12-4d86-9e40-1f2c8b7d6a05@google.com>',
        uid='3c7x0n5q8r2m6v1k9t4b0z7w2e@google.com', seq=0, created=at(UTC, 2026, 2, 26, 3, 30, 44),
        b_mixed='000000000000c73b58064b9e2a11', b_alt='000000000000c73b57064b9e2a0f', rid='nj0r0tcpn',
        ip='209.85.220.41')
    lab = label([], 'medium', 'negative/user-is-interviewer',
                'The owner volunteers on a high-school NJROTC scholarship board and interviews cadets: the user is '
                'the interviewer, and it is not a job. Google invite dated after the DST switch.')
    return slug, files, lab


@case
def c21():
    slug = 'b138-21-federal-tentative-job-offer'
    files = {}
    org = 'Defense Regional Warehousing Activity - West (DRWA-W)'
    hr = ('Adeyemi, Oluwaseun', 'o.adeyemi@drwa-west.example')
    pos = 'Logistics Management Specialist, GS-0346-11'
    d = at(PT, 2026, 4, 2, 11, 45, 20)
    past = at(PT, 2026, 3, 19, weekday='Thursday')
    respond = at(PT, 2026, 4, 7, weekday='Tuesday')
    fp = at(PT, 2026, 4, 9, 8, 0, weekday='Thursday')
    t = f"""Mr. Camacho,

Thank you for interviewing with the selecting official, Ms. Coleman, on {d_md(past)}. I am pleased to extend this TENTATIVE job offer for the position of {pos}, Announcement DRWA-26-0219, with {org}, San Diego, CA.

Salary: GS-11, Step 1, $86,962 per annum (includes San Diego locality)
Tenure: Career-conditional, full-time, permanent
Veterans' preference: 10-point (CPS) - verified

This offer is contingent on the following pre-employment requirements:
1. Fingerprinting: an appointment has been scheduled for you on {d_long(fp)} at {t12(fp)} at the Badge & Pass Office, Building 71. Bring two forms of ID.
2. Drug test: you will receive a separate e-mail from the testing vendor within 3 business days.
3. Completion of the OF-306, Declaration for Federal Employment (attached to your onboarding portal).

Please reply to accept or decline this tentative offer by COB {d_long(respond)}. Do NOT resign from your current position or make any financial commitments until you receive a FIRM job offer with your Entrance on Duty (EOD) date.

V/r,

Oluwaseun Adeyemi
HR Specialist (Staffing & Classification)
Human Resources Office - Southwest
{hr[1]}
"""
    files['01-tentative-job-offer.eml'] = outlook_msg(
        from_hdr=f'"{hr[0]}" <{hr[1]}>', to_hdr=f'"{OWNER_NAME}" <{OWNER}>',
        subject=f'Tentative Job Offer - {pos} - DRWA-26-0219', date=d,
        msgid='<BN0PR09MB7193A4E2C0F85D16B3A7E9C0F1B33@BN0PR09MB7193.namprd09.prod.outlook.com>',
        text=t, boundary='_000_BN0PR09MB7193A4E2C0F85D16B3A7E9C0F1B33BN0PR09MB7193namp_',
        thread_index='AdzCh5v1Rm8Xk3bT0q7Wn2Ly4sPz9H==', rid='dr1w3tjo0', ip='52.61.71.12',
        return_path=hr[1], host='GCC02-BN0-obe.outbound.protection.office365.us')
    lab = label([], 'medium', 'negative/offer',
                'Federal tentative job offer: refers to a past interview (date only) and schedules a fingerprinting '
                'appointment with a time. Offers and pre-employment appointments are not interviews.')
    return slug, files, lab


@case
def c22():
    slug = 'b138-22-paradox-pick-a-time'
    files = {}
    company = 'Cascadia Cold Chain'
    role = 'Cold Chain Operations Supervisor (Chula Vista)'
    d = at(UTC, 2026, 5, 14, 16, 31, 7)
    first = at(PT, 2026, 5, 19, 8, 0, weekday='Tuesday')
    t = f"""Hi Lou!

It's Olivia, the virtual recruiting assistant at {company}. Great news - the hiring manager for {role} would like to interview you!

Please pick a time that works for you using the link below. Interviews are 30 minutes by phone, and open times start {d_long(first)} (8:00 AM - 4:00 PM Pacific, Monday-Friday).

Schedule my interview: https://olivia.paradox.ai/co/CascadiaColdChain/sched/Xr7Kq2Lm9Tb0Wv

You can also reply to this text-enabled conversation by texting "INTERVIEW" to 858-555-0111.

Once you select a time, I'll send you a confirmation with all the details.

Olivia
{company} Recruiting Assistant
"""
    alt = multi('alternative', '_----olv_Xr7Kq2Lm9Tb0Wv_alt', [
        leaf('text/plain; charset=UTF-8', t, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', to_html(t, font='Helvetica, Arial, sans-serif', size='15px'),
             'quoted-printable')])
    h = base_headers(d, 'mail.paradox.ai', '198.51.100.230', 'px0l1v4sc', 'bounce@paradox.ai')
    h += [('From', f'Olivia at {company} <no-reply@paradox.ai>'), ('To', OWNER),
          ('Subject', f"Let's schedule your interview - {role}"), ('Date', hdr_date(d)),
          ('Message-ID', '<Xr7Kq2Lm9Tb0Wv.1778776267.sched@paradox.ai>')]
    files['01-olivia-schedule-your-interview.eml'] = message(h, alt)
    lab = label([], 'medium', 'negative/availability-request',
                'Conversational-AI scheduling request with an unbooked self-scheduling link and an availability '
                'window ("open times start Tuesday, May 19, 8:00 AM - 4:00 PM"). Nothing is booked.')
    return slug, files, lab


# ----------------------------------------------------------------------------------------------
def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith(PREFIX) and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for n, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f'{PREFIX}{n:02d}-'), (slug, n)
        os.makedirs(os.path.join(HERE, slug))
        for fname, content in files.items():
            assert fname[:3] == f'{fname[:2]}-' and fname[:2].isdigit(), fname
            data = content.encode('utf-8') if isinstance(content, str) else content
            with open(os.path.join(HERE, slug, fname), 'wb') as f:
                f.write(data)
        labels[slug] = lab
    header = ('# Labels for blind138 (written blind). Schema: /work/shared/eval/README.md.\n'
              '# Generated by make_cases.py - do not edit by hand.\n')
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(header + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100))


if __name__ == '__main__':
    main()
