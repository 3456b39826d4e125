#!/usr/bin/env python3
"""Regenerate the blind213 evaluation set (cases + labels.yaml) next to this file.

Theme: a remote-first customer success lead job hunting while she travels
(Lisbon in spring, Bali in summer, Mexico City in autumn 2026).

Standard library + PyYAML only. Deterministic: fixed dates, Message-IDs, UIDs and
MIME boundaries (derived from md5 of fixed seeds), so every run writes the same bytes.
Every offset is computed with zoneinfo; weekdays named in the text are asserted.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parseaddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
USER = 'carolina.vance@example.com'
USER_NAME = 'Carolina Vance'
USER_FULL = f'{USER_NAME} <{USER}>'
WORK = 'carolina@pipewell.example'   # her current employer's address, forwarded to USER
UTC = timezone.utc

ZONES = {
    'LIS': 'Europe/Lisbon', 'MAK': 'Asia/Makassar', 'MEX': 'America/Mexico_City',
    'NY': 'America/New_York', 'LA': 'America/Los_Angeles', 'SYD': 'Australia/Sydney',
    'BER': 'Europe/Berlin', 'AMS': 'Europe/Amsterdam', 'LON': 'Europe/London',
    'DUB': 'Europe/Dublin', 'SP': 'America/Sao_Paulo', 'SGP': 'Asia/Singapore',
    'CHI': 'America/Chicago', 'BOG': 'America/Bogota', 'RTM': 'Europe/Amsterdam',
}
Z = {k: ZoneInfo(v) for k, v in ZONES.items()}


def T(zone, y, mo, d, h=0, mi=0, s=0, weekday=None):
    dt = datetime(y, mo, d, h, mi, s, tzinfo=Z[zone])
    # round-trip through UTC to make sure the wall time exists (no DST gap)
    assert dt.astimezone(UTC).astimezone(Z[zone]).replace(tzinfo=None) == dt.replace(tzinfo=None), dt
    if weekday:
        assert dt.strftime('%A') == weekday, (dt, dt.strftime('%A'), weekday)
    return dt


def inz(dt, zone, weekday=None, hhmm=None):
    """Convert dt to zone; optionally assert the weekday and wall time we state in text."""
    loc = dt.astimezone(Z[zone])
    if weekday:
        assert loc.strftime('%A') == weekday, (dt, zone, loc.strftime('%A'), weekday)
    if hhmm:
        assert loc.strftime('%H:%M') == hhmm, (dt, zone, loc.strftime('%H:%M'), hhmm)
    return loc


def u(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def loc_ics(dt, zone):
    return dt.astimezone(Z[zone]).strftime('%Y%m%dT%H%M%S')


def md5(seed):
    return hashlib.md5(seed.encode('utf-8')).hexdigest()


def det_uuid(seed):
    x = md5(seed)
    return f'{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}'


def rfc(dt):
    return format_datetime(dt)


# ----------------------------------------------------------------------------- MIME helpers

def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def leaf(ctype, body, cte='7bit', headers=()):
    if cte == 'quoted-printable':
        payload = qp(body)
    elif cte == 'base64':
        payload = b64(body)
    else:
        payload = body
    if not payload.endswith('\n'):
        payload += '\n'
    hdrs = [f'Content-Type: {ctype}'] + list(headers)
    if cte:
        hdrs.append(f'Content-Transfer-Encoding: {cte}')
    return '\n'.join(hdrs) + '\n\n' + payload


def multi(subtype, boundary, parts, fold_boundary=False):
    if fold_boundary:
        out = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
    else:
        out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        out += f'--{boundary}\n' + p + '\n'
    out += f'--{boundary}--\n'
    return out


def message(headers, body_part):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f'{k}: {v}')
    return '\n'.join(lines) + '\nMIME-Version: 1.0\n' + body_part


def gmail_bnd(seed):
    return '0000000000' + md5(seed)[:14]


def received_google(dt, host, ip, seed, rcpt=USER):
    return ('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with SMTPS id '
                        f'{md5(seed)[:12]}\n        for <{rcpt}>\n        (Google Transport Security);\n'
                        f'        {rfc(dt + timedelta(seconds=2))}')


def h(s):
    return html.escape(s)


def paras_html(text):
    blocks = [b for b in text.strip('\n').split('\n\n')]
    return '\n'.join('<p>' + '<br>\n'.join(h(l) for l in b.split('\n')) + '</p>' for b in blocks)


def quote_lines(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))


# ----------------------------------------------------------------------------- iCalendar helpers

def fold(line):
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 75:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return out


def ics_text(lines, nl='\r\n'):
    out = []
    for l in lines:
        out.extend(fold(l))
    return nl.join(out) + nl


def esc(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


VTZ = {
    'Europe/Lisbon': [
        'BEGIN:VTIMEZONE', 'TZID:Europe/Lisbon', 'X-LIC-LOCATION:Europe/Lisbon',
        'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'TZNAME:WEST',
        'DTSTART:19700329T010000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
        'BEGIN:STANDARD', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'TZNAME:WET',
        'DTSTART:19701025T020000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
        'END:VTIMEZONE'],
    'America/New_York': [
        'BEGIN:VTIMEZONE', 'TZID:America/New_York', 'LAST-MODIFIED:20231222T233358Z',
        'TZURL:https://www.tzurl.org/zoneinfo-outlook/America/New_York', 'X-LIC-LOCATION:America/New_York',
        'BEGIN:DAYLIGHT', 'TZNAME:EDT', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400',
        'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
        'BEGIN:STANDARD', 'TZNAME:EST', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500',
        'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
        'END:VTIMEZONE'],
    'Asia/Makassar': [
        'BEGIN:VTIMEZONE', 'TZID:Asia/Makassar', 'X-LIC-LOCATION:Asia/Makassar',
        'BEGIN:STANDARD', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'TZNAME:WITA',
        'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE'],
    # Windows zone names as Exchange sends them
    'GMT Standard Time': [
        'BEGIN:VTIMEZONE', 'TZID:GMT Standard Time',
        'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
        'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
        'END:VTIMEZONE'],
    'Singapore Standard Time': [
        'BEGIN:VTIMEZONE', 'TZID:Singapore Standard Time',
        'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800',
        'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0800',
        'TZOFFSETTO:+0800', 'END:DAYLIGHT', 'END:VTIMEZONE'],
}

MEET_SEP = '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'


def meet_block(meet, pin):
    return (f'\n\n{MEET_SEP}\nJoin with Google Meet: {meet}\nOr dial: (US) +1 347-382-{pin[:4]} PIN: {pin}#\n'
            f'More phone numbers: https://tel.meet/{meet.rsplit("/", 1)[1]}?pin={pin}0417\n\n'
            'Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
            f'Please do not edit this section.\n{MEET_SEP}')


# ----------------------------------------------------------------------------- vendor builders

def gmail_msg(seed, *, frm, to, subject, date, msgid, body, cc=None, reply_to=None, quote=None,
              in_reply_to=None, references=None, attachments=(), host=('mail-sor-f41.google.com', '209.85.220.41'),
              signature_html=None, delivered=USER, extra=()):
    text = body
    html_body = f'<div dir="ltr">{paras_html(body)}</div>'
    if quote:
        attrib, qtext = quote
        text = text.rstrip('\n') + '\n\n' + attrib + '\n\n' + quote_lines(qtext) + '\n'
        html_body += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + h(attrib) +
                      '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                      'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + paras_html(qtext) +
                      '</blockquote></div>')
    alt = multi('alternative', gmail_bnd(seed + 'alt'), [
        leaf('text/plain; charset="UTF-8"', text, 'quoted-printable'),
        leaf('text/html; charset="UTF-8"', html_body + '\n', 'quoted-printable')])
    if attachments:
        body_part = multi('mixed', gmail_bnd(seed + 'mix'), [alt] + list(attachments))
    else:
        body_part = alt
    headers = [('Delivered-To', delivered), received_google(date, host[0], host[1], seed),
               ('Return-Path', f'<{parseaddr(frm)[1]}>'), *extra, ('From', frm), ('Date', rfc(date)),
               ('Message-ID', msgid), ('Subject', subject), ('To', to), ('Cc', cc), ('Reply-To', reply_to),
               ('In-Reply-To', in_reply_to), ('References', references)]
    return message(headers, body_part)


def google_invite(seed, *, date, organizer, guests, summary, start, end, disp_zone, zone_long, zone_abbr,
                  description, uid, seq=0, created=None, meet=None, kind='Invitation', changed=None,
                  to_addr=USER, method='REQUEST', status='CONFIRMED', delivered=USER, extra=()):
    """guests: list of (name, email, partstat); the organizer first."""
    org_name, org_email = organizer
    s, e = start.astimezone(Z[disp_zone]), end.astimezone(Z[disp_zone])

    def gt(dt):
        return dt.strftime('%I').lstrip('0') + ('' if dt.minute == 0 else dt.strftime(':%M')) + dt.strftime('%p').lower()

    day_long = f"{s.strftime('%A %b')} {s.day}, {s.year}"
    day_short = f"{s.strftime('%a %b')} {s.day}, {s.year}"
    subject = f'{kind}: {summary} @ {day_short} {gt(s)} - {gt(e)} ({zone_abbr}) ({to_addr})'
    eid = base64.urlsafe_b64encode(f'{uid.split("@")[0]} {to_addr}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    pin = str(int(md5(seed + 'pin')[:8], 16) % 900000000 + 100000000)
    lines = []
    if changed:
        lines += ['This event has been updated', f'Changed: {changed}', '']
    if kind.startswith('Canceled'):
        lines += ['This event has been canceled.', '']
    lines += [summary, f'{day_long} \u22c5 {gt(s)} \u2013 {gt(e)}', zone_long, '']
    if meet and not kind.startswith('Canceled'):
        lines += ['Join with Google Meet', meet, '', 'Join by phone', f'(US) +1 347-382-{pin[:4]}', f'PIN: {pin}', '']
    lines += ['Organizer', org_name, org_email, '', 'Guests']
    for name, email, _ in guests:
        lines.append(f'{name} - organizer' if email == org_email else name)
        if name != email:
            lines.append(email)
    lines += [f'View all guest info {view}', '', description.strip(), '']
    if not kind.startswith('Canceled'):
        lines += [f'Reply for {to_addr} and view more details {view}', '', '~~//~~',
                  'Invitation from Google Calendar: https://calendar.google.com/calendar/', '']
    lines += ['You are receiving this email because you are an attendee on the event.', '',
              'Forwarding this invitation could allow any recipient to send a response to the organizer, '
              'be added to the guest list, invite others regardless of their own invitation status, or modify '
              'your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
    text = '\n'.join(lines) + '\n'
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                 '<div style="font-family:Roboto,Helvetica,Arial,sans-serif">' + paras_html(text) + '</div></body></html>\n')
    desc = description.strip() + (meet_block(meet, pin) if meet else '')
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
           'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT', f'DTSTART:{u(start)}', f'DTEND:{u(end)}',
           f'DTSTAMP:{u(date)}', f'ORGANIZER;CN={org_name}:mailto:{org_email}', f'UID:{uid}']
    for name, email, partstat in guests:
        cal.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;'
                   f'CN={name};X-NUM-GUESTS=0:mailto:{email}')
    if meet:
        cal.append(f'X-GOOGLE-CONFERENCE:{meet}')
    cal += [f'CREATED:{u(created or date)}', f'DESCRIPTION:{esc(desc)}', f'LAST-MODIFIED:{u(date)}',
            'LOCATION:', f'SEQUENCE:{seq}', f'STATUS:{status}', f'SUMMARY:{esc(summary)}', 'TRANSP:OPAQUE']
    if method == 'REQUEST':
        cal += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
                'TRIGGER:-P0DT0H10M0S', 'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    cal_lf = ics_text(cal, '\n')
    cal_crlf = ics_text(cal)
    alt = multi('alternative', gmail_bnd(seed + 'alt'), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
        leaf('text/html; charset="UTF-8"', html_body, 'quoted-printable'),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal_lf, '7bit')])
    fname = 'invite.ics'
    att = leaf(f'application/ics; name="{fname}"', cal_crlf, 'base64',
               [f'Content-Disposition: attachment; filename="{fname}"'])
    body_part = multi('mixed', gmail_bnd(seed + 'mix'), [alt, att])
    headers = [('Delivered-To', delivered),
               received_google(date, 'mail-sor-f73.google.com', '209.85.220.73', seed),
               ('Return-Path', f'<{md5(seed)[:21]}@calendar-server.bounces.google.com>'), *extra,
               ('Reply-To', f'{org_name} <{org_email}>'),
               ('Sender', 'Google Calendar <calendar-notification@google.com>'),
               ('Message-ID', f'<calendar-{det_uuid(seed + "mid")}@google.com>'),
               ('Date', rfc(date.astimezone(UTC))), ('Subject', subject),
               ('From', f'{org_name} <{org_email}>'), ('To', to_addr)]
    return message(headers, body_part)


def calendly_ics(seed, *, host, start, end, summary, description, meet, dtstamp, method='REQUEST'):
    cal = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendly//Calendly Scheduling//EN', 'CALSCALE:GREGORIAN',
           f'METHOD:{method}', 'BEGIN:VEVENT', f'UID:{det_uuid(seed + "uid")}@calendly.com', f'DTSTAMP:{u(dtstamp)}',
           f'DTSTART:{u(start)}', f'DTEND:{u(end)}', f'SUMMARY:{esc(summary)}', f'DESCRIPTION:{esc(description)}',
           f'LOCATION:{meet}', f'ORGANIZER;CN={host[0]}:mailto:{host[1]}',
           f'ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER}',
           'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    return ics_text(cal)


def cal_time(dt):
    return dt.strftime('%I:%M%p').lstrip('0').lower()


def cal_day(dt):
    return f"{dt.strftime('%A, %B')} {dt.day}, {dt.year}"


def calendly_confirm(seed, *, date, host, event_type, start, end, zone, zone_label, meet, answers=None):
    s, e = start.astimezone(Z[zone]), end.astimezone(Z[zone])
    cid = det_uuid(seed + 'cancel')
    qa = ''
    if answers:
        qa = 'Questions:\n\n' + '\n\n'.join(f'{q}\n{a}' for q, a in answers) + '\n\n'
    text = (f'Hi {USER_NAME},\n\n'
            f'Your {event_type} with {host[0]} at {cal_time(s)} ({zone_label}) on {cal_day(s)} is scheduled.\n\n'
            f'Event Type:\n{event_type}\n\n'
            f'Event Date/Time:\n{cal_time(s)} - {cal_time(e)} ({zone_label}) on {cal_day(s)}\n\n'
            f'Location:\nThis is a Google Meet web conference.\n{meet}\n\n'
            f'Invitee Time Zone:\n{zone_label}\n\n{qa}'
            'Need to make changes to this event?\n'
            f'Cancel: https://calendly.com/cancellations/{cid}\n'
            f'Reschedule: https://calendly.com/reschedulings/{cid}\n\n'
            'Powered by Calendly.com\n')
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                 '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">' + paras_html(text) +
                 '</div></body></html>\n')
    summary = f'{event_type} ({host[0]})'
    desc = (f'Event Name: {event_type}\n\nLocation: This is a Google Meet web conference.\n{meet}\n\n'
            f'Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{cid}\n'
            f'Reschedule: https://calendly.com/reschedulings/{cid}\n\nPowered by Calendly.com')
    cal = calendly_ics(seed, host=host, start=start, end=end, summary=summary, description=desc, meet=meet, dtstamp=date)
    b1, b2 = f'----=_Part_{int(md5(seed)[:7], 16)}_{int(md5(seed)[7:15], 16)}.{int(md5(seed)[15:25], 16)}', \
        f'----=_Part_{int(md5(seed + "x")[:7], 16)}_{int(md5(seed + "x")[7:15], 16)}.{int(md5(seed + "x")[15:25], 16)}'
    alt = multi('alternative', b2, [leaf('text/plain; charset="UTF-8"', text, '7bit'),
                                    leaf('text/html; charset="UTF-8"', html_body, 'quoted-printable')], fold_boundary=True)
    att = leaf('text/calendar; charset="UTF-8"; method=REQUEST;\n name="invite.ics"', cal, 'base64',
               ['Content-Disposition: attachment; filename="invite.ics"'])
    body_part = multi('mixed', b1, [alt, att], fold_boundary=True)
    subject = f'Confirmed: {event_type} with {host[0]} on {cal_day(s)}'
    headers = [('Delivered-To', USER),
               received_google(date, 'o1.ptr4417.calendly.com', '167.89.12.44', seed),
               ('Return-Path', '<bounces+2314550-7d1a@em.calendly.com>'), ('Date', rfc(date)),
               ('From', 'Calendly <notifications@calendly.com>'), ('Reply-To', f'{host[0]} <{host[1]}>'),
               ('To', f'{USER_NAME} <{USER}>'), ('Subject', subject),
               ('Message-ID', f'<{base64.b64encode(bytes.fromhex(md5(seed + "mid"))).decode().rstrip("=").replace("/", "x").replace("+", "z")}@geopod-ismtpd-11>'),
               ('X-Calendly-Sender-Email', host[1])]
    return message(headers, body_part)


def calendly_reminder(seed, *, date, host, event_type, start, end, zone, zone_label, meet):
    s, e = start.astimezone(Z[zone]), end.astimezone(Z[zone])
    cid = det_uuid(seed.replace('-reminder', '') + 'cancel')
    text = (f'Hi {USER_NAME},\n\n'
            f'This is a friendly reminder that your {event_type} with {host[0]} is at {cal_time(s)} '
            f'({zone_label}) on {cal_day(s)}.\n\n'
            f'Event Date/Time:\n{cal_time(s)} - {cal_time(e)} ({zone_label}) on {cal_day(s)}\n\n'
            f'Location:\nThis is a Google Meet web conference.\n{meet}\n\n'
            'Need to make changes to this event?\n'
            f'Cancel: https://calendly.com/cancellations/{cid}\n'
            f'Reschedule: https://calendly.com/reschedulings/{cid}\n\n'
            'Powered by Calendly.com\n')
    html_body = ('<html><body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">' +
                 paras_html(text) + '</div></body></html>\n')
    b = f'----=_Part_{int(md5(seed)[:7], 16)}_{int(md5(seed)[7:15], 16)}.{int(md5(seed)[15:25], 16)}'
    body_part = multi('alternative', b, [leaf('text/plain; charset="UTF-8"', text, '7bit'),
                                         leaf('text/html; charset="UTF-8"', html_body, 'quoted-printable')],
                      fold_boundary=True)
    headers = [('Delivered-To', USER),
               received_google(date, 'o1.ptr4417.calendly.com', '167.89.12.44', seed),
               ('Return-Path', '<bounces+2314550-7d1a@em.calendly.com>'), ('Date', rfc(date)),
               ('From', 'Calendly <notifications@calendly.com>'), ('Reply-To', f'{host[0]} <{host[1]}>'),
               ('To', f'{USER_NAME} <{USER}>'),
               ('Subject', f'Reminder: {event_type} with {host[0]} tomorrow at {cal_time(s)} ({zone_label})'),
               ('Message-ID', f'<{md5(seed + "mid")[:22]}@geopod-ismtpd-4>'),
               ('X-Calendly-Sender-Email', host[1])]
    return message(headers, body_part)


TEAMS = ('________________________________________________________________________________\n'
         'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
         'Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n'
         'Meeting ID: {num}\nPasscode: {pw}\n'
         'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
         'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
         'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
         '________________________________________________________________________________\n')


def outlook_invite(seed, *, date, organizer, required, subject, when_line, body, tzid, start_local, end_local,
                   uid, seq=0, method='REQUEST', status='CONFIRMED', to_hdr, pr='AM9PR03MB7215',
                   region='eurprd03'):
    x = md5(seed)
    teams = TEAMS.format(mid=base64.b64encode(bytes.fromhex(x)).decode()[:22].replace('/', 'Q').replace('+', 'z'),
                         num=f'{int(x[:6], 16) % 900 + 100} {int(x[6:12], 16) % 900 + 100} {int(x[12:18], 16) % 900 + 100} {int(x[18:24], 16) % 900 + 100}',
                         pw=x[24:30].upper())
    text = f'{when_line}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n\n'
    if method == 'REQUEST':
        text += teams
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                 '<div class="WordSection1" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">' +
                 paras_html(text) + '</div></body></html>\n')
    org_name, org_email = organizer
    desc = f'{body.strip()}\n\n' + (teams if method == 'REQUEST' else '')
    cal = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    cal += VTZ[tzid]
    cal += ['BEGIN:VEVENT', f'ORGANIZER;CN={org_name}:mailto:{org_email}']
    for name, email in required:
        cal.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{email}')
    cal += [f'DESCRIPTION;LANGUAGE=en-US:{esc(desc)}', f'UID:{uid}', f'SUMMARY;LANGUAGE=en-US:{esc(subject)}',
            f'DTSTART;TZID={tzid}:{start_local}', f'DTEND;TZID={tzid}:{end_local}', 'CLASS:PUBLIC',
            f'PRIORITY:{1 if method == "CANCEL" else 5}', f'DTSTAMP:{u(date)}', 'TRANSP:OPAQUE',
            f'STATUS:{status}', f'SEQUENCE:{seq}', 'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting',
            f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}', f'X-MICROSOFT-CDO-OWNERAPPTID:{int(x[:7], 16)}',
            f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if method == "CANCEL" else "TENTATIVE"}',
            'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if method == 'CANCEL' else 'BUSY'),
            'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', f'X-MICROSOFT-CDO-IMPORTANCE:{2 if method == "CANCEL" else 1}',
            'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
            'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
            'X-MICROSOFT-ISRESPONSEREQUESTED:' + ('FALSE' if method == 'CANCEL' else 'TRUE')]
    if method == 'REQUEST':
        cal += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    cal_s = ics_text(cal)
    bnd = f'_000_{pr}{x[:12].upper()}{pr.lower()}prod_'
    body_part = multi('alternative', bnd, [
        leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', html_body, 'quoted-printable'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal_s, 'base64')], fold_boundary=True)
    tidx = base64.b64encode(bytes.fromhex(x + md5(seed + 't')[:12])).decode()
    headers = [('Delivered-To', USER),
               ('Received', f'from {region.upper()}-{pr[:4]}-obe.outbound.protection.outlook.com '
                            f'({region.upper()}-{pr[:4]}-obe.outbound.protection.outlook.com. [40.107.{int(x[:2], 16)}.{int(x[2:4], 16)}])\n'
                            f'        by mx.google.com with ESMTPS id {x[4:16]}\n        for <{USER}>\n'
                            f'        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n'
                            f'        {rfc(date + timedelta(seconds=3))}'),
               ('Return-Path', f'<{org_email}>'), ('From', f'{org_name} <{org_email}>'), ('To', to_hdr),
               ('Subject', subject), ('Thread-Topic', subject.split(': ', 1)[1] if subject.startswith('Canceled') else subject),
               ('Thread-Index', tidx), ('Date', rfc(date)),
               ('Message-ID', f'<{pr}{x[:20].upper()}@{pr}.{region}.prod.outlook.com>'),
               ('Accept-Language', 'en-GB, en-US'), ('Content-Language', 'en-GB'), ('X-MS-Has-Attach', ''),
               ('X-MS-TNEF-Correlator', ''), ('Content-class', 'urn:content-classes:calendarmessage'),
               ('x-ms-exchange-calendar-series-instance-id', base64.b64encode(bytes.fromhex(md5(uid))).decode()),
               ('x-ms-publictraffictype', 'Email')]
    return message(headers, body_part)


def gcal_event(seed, *, summary, description, organizer, attendees, start, end, tz, created, updated,
               meet=None, seq=0, status='confirmed', creator=None, extra=None):
    eid = ''.join(c for c in md5(seed) if c in '0123456789abcdefghijklmnopqrstuv')[:26]
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{int(md5(seed + "etag")[:13], 16)}"',
        'id': eid,
        'status': status,
        'htmlLink': 'https://www.google.com/calendar/event?eid=' +
                    base64.urlsafe_b64encode(f'{eid} {USER}'.encode()).decode().rstrip('='),
        'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.') + md5(seed)[:3].translate(
            str.maketrans('abcdef', '123456')) + 'Z',
        'summary': summary,
    }
    if description is not None:
        ev['description'] = description
    ev['creator'] = creator or organizer
    ev['organizer'] = organizer
    ev['start'] = {'dateTime': start.astimezone(Z[tz]).isoformat(), 'timeZone': ZONES[tz]}
    ev['end'] = {'dateTime': end.astimezone(Z[tz]).isoformat(), 'timeZone': ZONES[tz]}
    ev['iCalUID'] = f'{eid}@google.com'
    ev['sequence'] = seq
    if attendees:
        ev['attendees'] = attendees
    if meet:
        code = meet.rsplit('/', 1)[1]
        ev['hangoutLink'] = meet
        ev['conferenceData'] = {
            'entryPoints': [{'entryPointType': 'video', 'uri': meet, 'label': meet.replace('https://', '')}],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                   'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png'},
            'conferenceId': code}
    ev['reminders'] = {'useDefault': True}
    if extra:
        ev.update(extra)
    ev['eventType'] = 'default'
    return json.dumps(ev, indent=2, ensure_ascii=False) + '\n'


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {'company': company, 'role': role, 'start': start.isoformat(),
            'end': end.isoformat() if end else None, 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followups), 'kind': kind}


CASES = []   # (case_id, {filename: text}, label)


def case(cid, files, interviews, difficulty, category, notes):
    CASES.append((cid, files, {
        'user': USER, 'interview': bool(interviews), 'interviews': interviews,
        'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}))


def gmid(seed):
    raw = base64.b64encode(bytes.fromhex(md5(seed) + md5(seed + '2')[:14])).decode()
    return '<CA' + raw.replace('/', 'k').replace('+', 'P').rstrip('=') + '@mail.gmail.com>'


def gmail_attr(dt, zone, who=USER_FULL):
    loc = dt.astimezone(Z[zone])
    return (f"On {loc.strftime('%a, %b')} {loc.day}, {loc.year} at "
            f"{loc.strftime('%I:%M %p').lstrip('0')} {who} wrote:")


def outlook_msg(seed, *, frm, to, subject, date, body, quote=None, cc=None, in_reply_to=None, references=None,
                pr='SY4P282MB3051', region='ausprd01', lang='en-AU'):
    x = md5(seed)
    text = body.rstrip('\n') + '\n'
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body dir="ltr"><div style="font-family:Aptos,Arial,Helvetica,sans-serif;font-size:12pt">' +
                 paras_html(body) + '</div>')
    if quote:
        hdr, qtext = quote
        text += '\n________________________________\n' + hdr.strip() + '\n\n' + qtext.strip() + '\n'
        html_body += ('<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                      '<font face="Calibri, sans-serif" style="font-size:11pt">' + paras_html(hdr) +
                      '</font></div><div>' + paras_html(qtext) + '</div>')
    html_body += '</body></html>\n'
    body_part = multi('alternative', f'_000_{pr}{x[:12].upper()}{pr.lower()}prod_', [
        leaf('text/plain; charset="utf-8"', text, 'base64'),
        leaf('text/html; charset="utf-8"', html_body, 'quoted-printable')], fold_boundary=True)
    headers = [('Delivered-To', USER),
               ('Received', f'from {region.upper()}-{pr[:4]}-obe.outbound.protection.outlook.com '
                            f'({region.upper()}-{pr[:4]}-obe.outbound.protection.outlook.com. [52.103.{int(x[:2], 16)}.{int(x[2:4], 16)}])\n'
                            f'        by mx.google.com with ESMTPS id {x[4:16]}\n        for <{USER}>\n'
                            f'        (version=TLS1_2 cipher=ECDHE-ECDSA-AES256-GCM-SHA384 bits=256/256);\n'
                            f'        {rfc(date + timedelta(seconds=2))}'),
               ('Return-Path', f'<{parseaddr(frm)[1]}>'), ('From', frm), ('To', to), ('Cc', cc),
               ('Subject', subject), ('Thread-Topic', subject.replace('RE: ', '').replace('Re: ', '')),
               ('Thread-Index', base64.b64encode(bytes.fromhex(x[:22] + md5(seed + 'ti')[:10])).decode()),
               ('Date', rfc(date)), ('Message-ID', f'<{pr}{x[8:28].upper()}@{pr}.{region}.prod.outlook.com>'),
               ('In-Reply-To', in_reply_to), ('References', references),
               ('Accept-Language', f'{lang}, en-US'), ('Content-Language', lang), ('X-MS-Has-Attach', ''),
               ('X-MS-TNEF-Correlator', '')]
    return message(headers, body_part)


def vendor_msg(seed, headers, text, html_body, *, text_cte='quoted-printable', html_cte='quoted-printable',
               attachments=(), bnd=None):
    bnd = bnd or ('----=_NmP-' + md5(seed)[:16] + '-Part_1')
    alt = multi('alternative', bnd, [leaf('text/plain; charset="UTF-8"', text, text_cte),
                                     leaf('text/html; charset="UTF-8"', html_body, html_cte)])
    if attachments:
        body_part = multi('mixed', bnd.replace('Part_1', 'Part_0'), [alt] + list(attachments))
    else:
        body_part = alt
    return message(headers, body_part)


def simple_html(text, font='Helvetica,Arial,sans-serif'):
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;padding:0">'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td style="font-family:{font};'
            f'font-size:15px;line-height:22px;color:#1d1c1d;padding:24px">' + paras_html(text) +
            '</td></tr></table></body></html>\n')


# ============================================================================= CASES
# Owner: Carolina Vance, Customer Success Lead at Pipewell (remote), job hunting in 2026 from
# Lisbon (Mar-May), Bali / Asia/Makassar (Jun-Aug) and Mexico City (Sep-Nov).

# ----------------------------------------------------------------------------- 01
def c01():
    tessa = 'Tessa Marlowe <tessa.marlowe@driftwoodhq.example>'
    role = 'Customer Success Lead (EMEA)'
    d1 = T('NY', 2026, 3, 16, 9, 12, 40, 'Monday')
    m1 = gmid('c01-1')
    subj = f'Driftwood HQ / {role} - next step'
    sig = ('--\nTessa Marlowe\nTalent Partner | Driftwood HQ\n'
           'Working hours 9-5 ET - async replies welcome any time')
    b1 = (f'Hi Carolina,\n\nThanks for applying to the {role} role - your background running onboarding '
          'for mid-market accounts is exactly what the team has been hoping to find.\n\n'
          "We're an async-first company (about 140 of us across 19 countries and almost no standing meetings), "
          'so our first step is a little different: before we get on a call, could you record a short Loom '
          '(3-5 minutes) introducing yourself? Tell us about a customer you turned around and how you like to '
          "work across time zones. One take is fine - we're not grading production value.\n\n"
          "Once I've watched it I'll set up a live 30-minute conversation with me.\n\n"
          "If you don't have a Loom account, the free plan is plenty: https://www.loom.com/signup\n\n"
          f'Best,\nTessa\n\n{sig}\n')
    f1 = gmail_msg('c01-1', frm=tessa, to=USER_FULL, subject=subj, date=d1, msgid=m1, body=b1)
    her = T('LIS', 2026, 3, 18, 19, 41, 0, 'Wednesday')
    m_her = gmid('c01-her')
    start = T('NY', 2026, 3, 24, 10, 0, 0, 'Tuesday')
    inz(start, 'LIS', 'Tuesday', '14:00')   # EU still on WET: only 4 h apart that week
    end = start + timedelta(minutes=30)
    d2 = T('NY', 2026, 3, 19, 11, 5, 13, 'Thursday')
    q = ('Hi Tessa,\n\nHere\'s my intro: https://www.loom.com/share/5e1c0a77b2d94f3e9c1f62d8a0b4e7c3\n\n'
         "Happy to jump on a live call any afternoon next week - I'm in Lisbon until the end of May, so "
         'anything after 1pm my time is easy.\n\nCarolina')
    b2 = ('Hi Carolina,\n\nLoved the Loom - the story about the churned logistics account is going to stick '
          "with me. Let's do the live conversation.\n\n"
          "I've booked us for Tuesday, March 24 at 10:00 am my time (ET), which should be 2:00 pm for you in "
          'Lisbon - the US already sprang forward and Europe hasn\'t yet, so we\'re only four hours apart that '
          'week. We\'ll talk for 30 minutes on Google Meet:\nhttps://meet.google.com/dqx-mrtw-kop\n\n'
          "No prep needed. I'll ask about your current book of business and what you're looking for next, and "
          'leave plenty of time for your questions.\n\n'
          f'Talk soon,\nTessa\n\n{sig}\n')
    f2 = gmail_msg('c01-2', frm=tessa, to=USER_FULL, subject='Re: ' + subj, date=d2, msgid=gmid('c01-2'),
                   body=b2, quote=(gmail_attr(her, 'NY'), q), in_reply_to=m_her, references=f'{m1} {m_her}')
    case('b213-01-loom-intro-then-live-screen',
         {'01-driftwood-async-intro-request.eml': f1, '02-re-driftwood-live-call.eml': f2},
         [iv('Driftwood HQ', role, start, end, 'scheduled', ['tessa.marlowe@driftwoodhq.example'],
             ['tessa.marlowe@driftwoodhq.example'], 'phone_screen')],
         'medium', 'positive/thread-your-time-my-time',
         'Async-first company asks for a Loom intro first (not an interview); the reply books a live 30-min '
         'Meet call "10:00 am my time (ET) / 2:00 pm Lisbon" during the US/EU DST gap (EDT vs WET). '
         'The recruiter conducts the screen.')


# ----------------------------------------------------------------------------- 02
def c02():
    ines = 'Ines Okoro <ines.okoro@pebblestack.example>'
    julien = ('Julien Abara', 'julien.abara@pebblestack.example')
    role = 'Senior Customer Success Manager'
    d1 = T('DUB', 2026, 3, 31, 10, 2, 11, 'Tuesday')
    b1 = ('Hi Carolina,\n\nThanks so much for your application for the ' + role + ' role at Pebblestack!\n\n'
          'Julien Abara, our VP of Customer Success and the hiring manager for this role, would love a '
          '30-minute intro call as the first interview. He keeps his calendar on Calendly - pick whatever suits '
          'you:\nhttps://calendly.com/julien-abara-pebblestack/intro-senior-csm\n\n'
          "The slots show up in whatever time zone your browser is set to, so Lisbon should just work.\n\n"
          'All the best,\nInes\n\nInes Okoro\nTalent Acquisition, Pebblestack\nDublin / remote\n')
    f1 = gmail_msg('c02-1', frm=ines, to=USER_FULL, cc=f'{julien[0]} <{julien[1]}>',
                   subject=f'Pebblestack - {role}: intro with Julien', date=d1, msgid=gmid('c02-1'), body=b1)
    start = T('LIS', 2026, 4, 7, 11, 30, 0, 'Tuesday')
    assert start.utcoffset() == timedelta(hours=1)   # after the 29 March EU change
    end = start + timedelta(minutes=30)
    d2 = datetime(2026, 4, 1, 19, 47, 22, tzinfo=UTC)
    f2 = calendly_confirm('c02-2', date=d2, host=julien, event_type='Intro call - Senior CSM', start=start,
                          end=end, zone='LIS', zone_label='UK, Ireland, Lisbon Time',
                          meet='https://meet.google.com/pzr-vkqe-hwa')
    case('b213-02-calendly-lisbon-hiring-manager',
         {'01-pebblestack-intro-with-julien.eml': f1, '02-calendly-confirmed.eml': f2},
         [iv('Pebblestack', role, start, end, 'scheduled', [julien[1]], [julien[1]], 'hiring_manager')],
         'easy', 'positive/calendly',
         'Calendly confirmation in "UK, Ireland, Lisbon Time" one week after the EU DST change (+01:00); '
         'the .ics is in UTC (10:30Z). Host is the hiring manager named in the recruiter mail.')


# ----------------------------------------------------------------------------- 03 (negative)
def c03():
    farah = 'Farah Idris <farah.idris@sundialsupport.example>'
    d1 = T('LON', 2026, 4, 14, 16, 20, 5, 'Tuesday')
    due = T('LIS', 2026, 4, 24, 23, 59, 0, 'Friday')
    b1 = ('Hi Carolina,\n\nGood news - the team enjoyed your application for Support Operations Lead and '
          "we'd like to invite you to the next stage: our async interview.\n\n"
          'How it works:\n'
          '- Record your answers to the four questions below as Loom videos (max 3 minutes each).\n'
          '- There is no live call at this stage and nobody watches in real time - the hiring panel reviews '
          'the recordings together on Thursdays.\n'
          '- Please send the four links by Friday 24 April, 23:59 your time.\n\n'
          'The questions:\n'
          '1. Walk us through a support process you redesigned. What changed in the numbers?\n'
          '2. A key customer threatens to churn on a Friday evening. What do you do in the first hour?\n'
          '3. How do you run a team across five time zones without meetings eating the week?\n'
          '4. What would you want to learn in your first 30 days at Sundial?\n\n'
          "If you make it through, the next step is a live conversation with our Head of Support - we'll reach "
          'out separately to schedule that.\n\n'
          'Cheers,\nFarah\n\nFarah Idris\nPeople Team, Sundial\nEdinburgh\n')
    f1 = gmail_msg('c03-1', frm=farah, to=USER_FULL, subject='Sundial - your async interview (Support Operations Lead)',
                   date=d1, msgid=gmid('c03-1'), body=b1)
    s = T('LIS', 2026, 4, 23, 10, 0, 0, 'Thursday')
    me = {'email': USER, 'self': True}
    f2 = gcal_event('c03-2', summary='Record Sundial async interview answers (Loom)',
                    description='4 questions, max 3 min each. Links due Fri 24 Apr 23:59.\n'
                                'Quiet room at the cowork - book phone booth 2.',
                    organizer=dict(me), creator=dict(me), attendees=None, start=s, end=s + timedelta(minutes=90),
                    tz='LIS', created=T('LIS', 2026, 4, 14, 18, 2, 0), updated=T('LIS', 2026, 4, 14, 18, 2, 41))
    case('b213-03-async-loom-interview-no-live-call',
         {'01-sundial-async-interview.eml': f1, '02-record-sundial-answers.gcal.json': f2},
         [], 'hard', 'negative/one-way-async-video',
         'A recorded async "interview" (Loom answers, explicitly no live call) plus a self-created calendar '
         'block to record the answers; one-way video assessments are not interviews. The live round is only '
         'mentioned as a future step with no time.')
    assert due > s


# ----------------------------------------------------------------------------- 04
def c04():
    dana = 'Dana Whitlock <dana.whitlock@switchyard.example>'
    marco = 'Marco Ruiz-Tan <marco.ruiztan@switchyard.example>'
    role = 'Head of Customer Success'
    start = T('LA', 2026, 4, 16, 8, 0, 0, 'Thursday')
    inz(start, 'LIS', 'Thursday', '16:00')
    end = start + timedelta(minutes=45)
    d1 = T('LA', 2026, 4, 10, 10, 22, 5, 'Friday')
    b1 = ('Hi Carolina,\n\nThanks for the thoughtful written answers you sent on Tuesday. Next up is a '
          f'conversation with Marco Ruiz-Tan (cc\'d), our COO and the hiring manager for {role}.\n\n'
          "We're pretty allergic to Zoom at Switchyard, so Marco will call you as a Slack huddle. I've invited "
          'you to a Slack Connect channel, #ext-carolina-switchyard - you should get an email from Slack in a '
          'minute. Accept it with your own Slack account or a free workspace, whichever is easier.\n\n'
          'When: Thursday, April 16, 8:00-8:45 am Pacific, which is 4:00-4:45 pm for you in Lisbon. Marco will '
          'start the huddle in the channel right at 8:00; you just click "Join".\n\n'
          'Best,\nDana\n\nDana Whitlock | People Partner, Switchyard\n(she/her) - I work Mon-Thu\n')
    m1 = gmid('c04-1')
    f1 = gmail_msg('c04-1', frm=dana, to=USER_FULL, cc=marco, subject=f'Switchyard - {role}: chat with Marco',
                   date=d1, msgid=m1, body=b1)
    d2 = T('LA', 2026, 4, 10, 10, 25, 51, 'Friday')
    t2 = ('Dana Whitlock (dana.whitlock@switchyard.example) from Switchyard has invited you to a Slack '
          'Connect channel.\n\n#ext-carolina-switchyard\n\n'
          'Message from Dana:\n"Hi Carolina! This is where Marco will start the huddle on Thursday at 8:00 AM PT '
          '(4:00 PM your time). Feel free to drop questions here beforehand."\n\n'
          'Accept invitation: https://slack.com/shared-invite/ext-carolina-switchyard/'
          + md5('c04-inv')[:20] + '\n\n'
          'This invitation will expire in 14 days. Slack Connect lets teams at different organizations work '
          'together in channels.\n\n'
          'Slack Technologies, LLC, 500 Howard Street, San Francisco, CA 94105\n')
    f2 = vendor_msg('c04-2', [
        ('Delivered-To', USER), received_google(d2, 'mail-ej1-f99.google.com', '209.85.218.99', 'c04-2'),
        ('Return-Path', '<bounce-mc.us4_7391.2213-carolina.vance=example.com@mail199.suw11.mcsv.net>'),
        ('Date', rfc(d2)), ('From', 'Slack <feedback@slack.com>'), ('To', USER),
        ('Subject', 'Dana Whitlock invited you to a Slack Connect channel with Switchyard'),
        ('Message-ID', f'<{md5("c04-2")[:24]}@slack.com>'), ('X-Slack-Template', 'shared_channel_invite')],
        t2, simple_html(t2, 'Slack-Lato,Lato,appleLogo,sans-serif'), text_cte='7bit')
    case('b213-04-slack-huddle-hiring-manager',
         {'01-switchyard-chat-with-marco.eml': f1, '02-slack-connect-invite.eml': f2},
         [iv('Switchyard', role, start, end, 'scheduled', ['marco.ruiztan@switchyard.example'],
             ['marco.ruiztan@switchyard.example'], 'hiring_manager')],
         'medium', 'positive/slack-huddle',
         'Hiring-manager interview held as a Slack huddle (no calendar invite). Time stated as 8:00 am Pacific / '
         '4:00 pm Lisbon (PDT vs WEST). The Slack Connect invite mail repeats it (same interview). Marco is cc\'d.')


# ----------------------------------------------------------------------------- 05 (negative)
def c05():
    start = T('LIS', 2026, 5, 7, 19, 0, 0, 'Thursday')
    end = T('LIS', 2026, 5, 7, 21, 0, 0)
    d1 = T('LIS', 2026, 5, 2, 11, 14, 9, 'Saturday').astimezone(UTC)
    text = ('Hi Carolina,\n\nYou\'re going!\n\n'
            'Table Topics: Mock Job Interview Night\nLisbon English Speakers Circle\n\n'
            'Thursday, May 7, 2026\n7:00 PM to 9:00 PM WEST\n\n'
            'Espaco Junqueira, Rua da Junqueira 61, Lisboa\n\n'
            "This month's Table Topics are all job-interview questions. Volunteers get \"interviewed\" on the "
            'spot by our Topicsmaster for two minutes, then our evaluators give feedback on structure, filler '
            'words and body language. Prepared speeches: "How I negotiated my first remote contract" and '
            '"Ten interviews, zero offers: what I changed". Guests welcome - first two visits are free.\n\n'
            'Add to calendar: the attached file works with Google Calendar, Apple Calendar and Outlook.\n\n'
            'Can\'t make it? Update your RSVP: https://www.meetup.com/lisbon-english-speakers-circle/events/'
            '309114562/\n\n'
            'Meetup, PBC. POB 4668 #37895 New York, NY 10163-4668\n')
    cal = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Meetup//RemoteApi//EN', 'CALSCALE:GREGORIAN',
           'METHOD:PUBLISH', 'X-ORIGINAL-URL:https://www.meetup.com/lisbon-english-speakers-circle/events/309114562/',
           'X-WR-CALNAME:Events - Lisbon English Speakers Circle'] + VTZ['Europe/Lisbon'] + [
           'BEGIN:VEVENT', f'DTSTAMP:{u(d1)}', f'DTSTART;TZID=Europe/Lisbon:{loc_ics(start, "LIS")}',
           f'DTEND;TZID=Europe/Lisbon:{loc_ics(end, "LIS")}', 'STATUS:CONFIRMED',
           'SUMMARY:Table Topics: Mock Job Interview Night',
           'DESCRIPTION:' + esc('Lisbon English Speakers Circle\nThursday, May 7 at 7:00 PM\n\nThis month\'s '
                                'Table Topics are all job-interview questions...\n\nDetails: '
                                'https://www.meetup.com/lisbon-english-speakers-circle/events/309114562/'),
           'CLASS:PUBLIC', 'CREATED:20260412T090102Z', 'GEO:38.6979;-9.1893',
           'LOCATION:' + esc('Espaco Junqueira (Rua da Junqueira 61, Lisboa)'),
           'URL:https://www.meetup.com/lisbon-english-speakers-circle/events/309114562/',
           'LAST-MODIFIED:20260412T090102Z', 'UID:event_309114562@meetup.com', 'END:VEVENT', 'END:VCALENDAR']
    att = leaf('text/calendar; charset="UTF-8"; method=PUBLISH; name="event.ics"', ics_text(cal), 'base64',
               ['Content-Disposition: attachment; filename="event.ics"'])
    f1 = vendor_msg('c05-1', [
        ('Delivered-To', USER), received_google(d1, 'mta-10-4.meetup.com', '198.37.147.10', 'c05-1'),
        ('Return-Path', '<bounce+ce41d6.7c1b2-carolina.vance=example.com@email.meetup.com>'),
        ('Date', rfc(d1)), ('From', 'Meetup <info@meetup.com>'), ('To', f'{USER_NAME} <{USER}>'),
        ('Subject', 'You\'re going to "Table Topics: Mock Job Interview Night"'),
        ('Message-ID', f'<{md5("c05-1")[:30]}.{int(md5("c05")[:8], 16)}@meetup.com>'),
        ('List-Unsubscribe', '<https://www.meetup.com/account/comm/>')],
        text, simple_html(text), attachments=[att])
    case('b213-05-speakers-club-mock-interview-night', {'01-meetup-rsvp-table-topics.eml': f1}, [],
         'medium', 'negative/mock-interview-meetup',
         'Toastmasters-style speakers club evening whose table topics are mock job-interview questions; '
         'Meetup RSVP with .ics. Mock/practice interviews are not interviews.')


# ----------------------------------------------------------------------------- 06 (negative)
def c06():
    joao = ('Jo\u00e3o Reis', 'joao@caiscowork.example')
    start = T('LIS', 2026, 5, 13, 18, 0, 0, 'Wednesday')
    end = start + timedelta(minutes=45)
    d1 = T('LIS', 2026, 5, 6, 12, 40, 33, 'Wednesday')
    desc = ('Monthly members\' call on Google Meet - camera optional, snacks encouraged.\n\n'
            'Agenda:\n'
            '1. Welcome to the 9 new members who joined in April\n'
            '2. Member spotlight: I\'ll interview Carolina (customer success lead, fully remote) for 15 minutes '
            'about working for a US company from Lisbon - recorded for the June newsletter\n'
            '3. Jobs board shout-outs: members who are hiring, post your open roles in #jobs before the call\n'
            '4. June events: rooftop sunset Friday + Portuguese for nomads\n\n'
            'Obrigado!\nJo\u00e3o - Community Manager, Cais Coworking')
    f1 = google_invite('c06-1', date=d1, organizer=joao,
                       guests=[(joao[0], joao[1], 'ACCEPTED'),
                               ('Cais Members', 'members@caiscowork.example', 'NEEDS-ACTION'),
                               (USER, USER, 'NEEDS-ACTION')],
                       summary='Cais Community Call - May (member spotlight: Carolina)', start=start, end=end,
                       disp_zone='LIS', zone_long='Western European Time - Lisbon', zone_abbr='WEST',
                       description=desc, uid='2v8qk0c7m1lq5hsd9t4e3rbfpa@google.com',
                       meet='https://meet.google.com/gkw-hsnb-tqe')
    case('b213-06-coworking-community-call-spotlight', {'01-invitation-cais-community-call.eml': f1}, [],
         'hard', 'negative/community-call',
         'Google invite to her coworking space\'s community call where the community manager will "interview" '
         'her for the newsletter and members post open roles. Not a hiring process; not a job interview.')


# ----------------------------------------------------------------------------- 07 (cancellation)
def c07():
    saoirse = ('Saoirse Dunne', 'saoirse.dunne@brackenridge.example')
    role = 'Customer Success Team Lead'
    start = T('DUB', 2026, 5, 21, 14, 0, 0, 'Thursday')
    assert start.utcoffset() == timedelta(hours=1)      # label says (UTC+00:00) but it is summer time
    inz(start, 'LIS', 'Thursday', '14:00')
    end = start + timedelta(hours=1)
    uid = '040000008200E00074C5B7101A82E00800000000' + md5('c07uid')[:16].upper() + '0100000000000000001000000' + md5('c07uid2')[:24].upper()
    when = 'When: Thursday, May 21, 2026 2:00 PM-3:00 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.'
    subj = f'Interview: Carolina Vance - {role}'
    b1 = ('Hi Carolina,\n\nLooking forward to our conversation about the ' + role + ' role. I\'m the Head of '
          'Customer Experience at Brackenridge and the hiring manager, so it will be just the two of us for the '
          'hour - we\'ll talk through how you built the escalation process at Pipewell and what a first 90 days '
          'here could look like.\n\nSince you\'re in Lisbon we\'re on the same clock, which makes a nice change '
          'for me.\n\nBest regards,\nSaoirse\n\nSaoirse Dunne\nHead of Customer Experience | Brackenridge Payroll\n'
          'Dublin, Ireland')
    d1 = T('DUB', 2026, 5, 11, 9, 40, 12, 'Monday')
    f1 = outlook_invite('c07-1', date=d1, organizer=saoirse, required=[(USER_NAME, USER)], subject=subj,
                        when_line=when, body=b1, tzid='GMT Standard Time', start_local=loc_ics(start, 'DUB'),
                        end_local=loc_ics(end, 'DUB'), uid=uid, to_hdr=USER_FULL, pr='DB9PR02MB8810',
                        region='eurprd02')
    d2 = T('DUB', 2026, 5, 19, 16, 3, 44, 'Tuesday')
    b2 = ('Hi Carolina,\n\nI\'m really sorry to be sending this. Following a restructure announced this morning, '
          f'the {role} role has been put on hold, so I need to cancel Thursday\'s interview. It\'s no reflection '
          'on you at all - I was genuinely looking forward to it.\n\nIf the role reopens, our talent team will '
          'reach out to you first.\n\nWith apologies,\nSaoirse')
    f2 = outlook_invite('c07-2', date=d2, organizer=saoirse, required=[(USER_NAME, USER)],
                        subject='Canceled: ' + subj, when_line=when, body=b2, tzid='GMT Standard Time',
                        start_local=loc_ics(start, 'DUB'), end_local=loc_ics(end, 'DUB'), uid=uid, seq=1,
                        method='CANCEL', status='CANCELLED', to_hdr=USER_FULL, pr='DB9PR02MB8810', region='eurprd02')
    case('b213-07-outlook-cancel-role-on-hold',
         {'01-interview-brackenridge.eml': f1, '02-canceled-interview-brackenridge.eml': f2},
         [iv('Brackenridge Payroll', role, start, end, 'cancelled', [saoirse[1]], [saoirse[1]], 'hiring_manager')],
         'medium', 'positive/cancellation',
         'Exchange invite with Windows TZID "GMT Standard Time" and display label "(UTC+00:00)" although May is '
         'summer time (+01:00); then METHOD:CANCEL / STATUS:CANCELLED because the role went on hold. Kept as '
         'cancelled at 14:00 Dublin/Lisbon time.')


# ----------------------------------------------------------------------------- 08 (reschedule after zone change)
def c08():
    oona = ('Oona Feld', 'oona.feld@kitewire.example')
    rafael = ('Rafael Quint', 'rafael.quint@kitewire.example')
    role = 'Customer Success Lead, APAC'
    uid = '5hq2c9rvb0n1t6km3e7dpl4sga@google.com'
    old = T('LA', 2026, 6, 9, 10, 0, 0, 'Tuesday')
    inz(old, 'LIS', 'Tuesday', '18:00')
    inz(old, 'MAK', 'Wednesday', '01:00')
    desc = (f'45-minute conversation with Rafael Quint, Director of Customer Success (APAC) and the hiring '
            f'manager for the {role} role. Oona Feld is coordinating and won\'t join the call.')
    guests = [(oona[0], oona[1], 'ACCEPTED'), (rafael[0], rafael[1], 'NEEDS-ACTION'), (USER, USER, 'NEEDS-ACTION')]
    summary = 'Kitewire - Interview with Rafael Quint (Carolina Vance)'
    meet = 'https://meet.google.com/rbt-qwnz-exd'
    d1 = T('LA', 2026, 5, 20, 14, 31, 7, 'Wednesday')
    f1 = google_invite('c08-1', date=d1, organizer=oona, guests=guests, summary=summary, start=old,
                       end=old + timedelta(minutes=45), disp_zone='LIS', zone_long='Western European Time - Lisbon',
                       zone_abbr='WEST', description=desc, uid=uid, seq=0, meet=meet)
    her = T('MAK', 2026, 6, 2, 21, 2, 0, 'Tuesday')
    start = T('MAK', 2026, 6, 9, 8, 0, 0, 'Tuesday')
    inz(start, 'LA', 'Monday', '17:00')
    end = start + timedelta(minutes=45)
    d2 = T('LA', 2026, 6, 2, 7, 18, 40, 'Tuesday')
    q = ('Hi Oona,\n\nQuick one: I just landed in Bali and switched my calendar over, and Rafael\'s interview '
         'now shows at 1:00 am on Wednesday, June 10 for me. Is there any chance we could move it earlier in '
         'his day? Anything between 7 and 10 am Bali time works.\n\nThanks!\nCarolina')
    b2 = ('Hi Carolina,\n\nCompletely fair - 1am is nobody\'s best interview hour! Rafael can do Monday, June 8 '
          'at 5:00 pm Pacific, which is Tuesday, June 9 at 8:00 am for you in Bali (you\'re 15 hours ahead of '
          'us right now). I\'ve moved the calendar event, so you\'ll get an updated invite in a second.\n\n'
          'Best,\nOona\n\nOona Feld\nRecruiting Coordinator, Kitewire\n')
    m_her = gmid('c08-her')
    f2 = gmail_msg('c08-2', frm=f'{oona[0]} <{oona[1]}>', to=USER_FULL, subject='Re: Kitewire interview time',
                   date=d2, msgid=gmid('c08-2'), body=b2, quote=(gmail_attr(her, 'LA'), q),
                   in_reply_to=m_her, references=m_her)
    d3 = T('LA', 2026, 6, 2, 7, 21, 58, 'Tuesday')
    f3 = google_invite('c08-3', date=d3, organizer=oona, guests=guests, summary=summary, start=start, end=end,
                       disp_zone='MAK', zone_long='Central Indonesia Time - Makassar', zone_abbr='WITA',
                       description=desc, uid=uid, seq=1, created=d1, meet=meet, kind='Updated invitation',
                       changed='time')
    case('b213-08-reschedule-after-move-to-bali',
         {'01-invitation-kitewire-rafael.eml': f1, '02-re-kitewire-time-in-bali.eml': f2,
          '03-updated-invitation-kitewire-rafael.eml': f3},
         [iv('Kitewire', role, start, end, 'scheduled', [rafael[1]], [rafael[1]], 'hiring_manager')],
         'hard', 'positive/reschedule',
         'Invite displayed in Lisbon time (Tue Jun 9 18:00 WEST); after she moves to Bali it is 1am Wednesday, '
         'so it is moved to Mon 5pm Pacific = Tue Jun 9 08:00 WITA (SEQUENCE 1, same UID, displayed in WITA). '
         'Both invites say "Tue Jun 9" but the instants differ by 9 hours. Coordinator does not join.')


# ----------------------------------------------------------------------------- 09 (negative)
def c09():
    made = 'Made Ardana <made@balivisadesk.example>'
    start = T('MAK', 2026, 6, 30, 10, 0, 0, 'Tuesday')
    end = start + timedelta(hours=1)
    d1 = T('MAK', 2026, 6, 22, 15, 47, 2, 'Monday')
    text = ('Dear Carolina,\n\nGood news: your appointment for the E33G Remote Worker KITAS is confirmed.\n\n'
            'Immigration interview & biometrics\n'
            'Tuesday, 30 June 2026 at 10:00 WITA\n'
            'Kantor Imigrasi Kelas I TPI Denpasar, Jl. Panjaitan No. 3, Renon\n\n'
            'The officer will do a short interview (purpose of stay, your remote employer, proof of income) and '
            'take your photo and fingerprints. Please bring your passport, the printed sponsor letter and your '
            'last three payslips from Pipewell.\n\n'
            'Dress code: long trousers or skirt below the knee, shirt with sleeves (no singlets or sandals - they '
            'do turn people away).\n\n'
            'Our staff member Komang will meet you at the entrance at 09:30. I\'ve attached a calendar file.\n\n'
            'Salam,\nMade Ardana\nBali Visa Desk\nWhatsApp +62 812 3940 5521\n')
    cal = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Apple Inc.//macOS 15.5//EN', 'CALSCALE:GREGORIAN',
           'METHOD:REQUEST'] + VTZ['Asia/Makassar'] + [
           'BEGIN:VEVENT', f'CREATED:{u(d1)}', f'DTSTAMP:{u(d1)}', f'DTSTART;TZID=Asia/Makassar:{loc_ics(start, "MAK")}',
           f'DTEND;TZID=Asia/Makassar:{loc_ics(end, "MAK")}', 'SEQUENCE:0',
           'SUMMARY:Immigration interview & biometrics - E33G KITAS (Carolina Vance)',
           'LOCATION:' + esc('Kantor Imigrasi Kelas I TPI Denpasar, Jl. Panjaitan No. 3, Renon'),
           'DESCRIPTION:' + esc('Bring passport, sponsor letter, 3 payslips. Komang meets you at 09:30.'),
           'ORGANIZER;CN=Made Ardana:mailto:made@balivisadesk.example',
           f'ATTENDEE;CN={USER_NAME};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER}',
           'UID:7A1C55E2-93D4-4F0B-9C1E-' + md5('c09uid')[:12].upper(), 'TRANSP:OPAQUE', 'END:VEVENT',
           'END:VCALENDAR']
    bnd = 'Apple-Mail=_' + det_uuid('c09-b').upper()
    alt = multi('alternative', bnd + '1', [
        leaf('text/plain;\n\tcharset=utf-8', text, 'quoted-printable'),
        leaf('text/html;\n\tcharset=utf-8', '<html><head><meta http-equiv="content-type" content="text/html; '
             'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
             'line-break: after-white-space;">' + paras_html(text) + '</body></html>\n', 'quoted-printable')])
    att = leaf('text/calendar;\n\tname="Imigrasi appointment.ics";\n\tx-apple-part-url=' + det_uuid('c09-p').upper(),
               ics_text(cal), 'base64', ['Content-Disposition: attachment;\n\tfilename="Imigrasi appointment.ics"'])
    body = multi('mixed', bnd + '0', [alt, att])
    f1 = message([('Delivered-To', USER), received_google(d1, 'mail-pj1-f44.google.com', '209.85.216.44', 'c09-1'),
                  ('Return-Path', '<made@balivisadesk.example>'), ('From', made),
                  ('Subject', 'E33G Remote Worker KITAS - immigration interview & biometrics confirmed (Tue 30 June)'),
                  ('Date', rfc(d1)), ('To', USER_FULL),
                  ('Message-Id', f'<{det_uuid("c09-m").upper()}@balivisadesk.example>'),
                  ('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)')], body)
    case('b213-09-nomad-visa-immigration-interview', {'01-kitas-appointment-confirmed.eml': f1}, [],
         'medium', 'negative/visa-interview',
         'Remote-worker visa (KITAS) appointment with an "immigration interview" and .ics invite; non-job '
         'interview. Mentions her current employer to add hiring-adjacent noise.')


# ----------------------------------------------------------------------------- 10 (two interviews)
def c10():
    jonas = 'Jonas Brandt <jonas.brandt@saltmarsh.example>'
    priya = {'email': 'priya.venkat@saltmarsh.example', 'displayName': 'Priya Venkat'}
    lena = {'email': 'lena.hartwig@saltmarsh.example', 'displayName': 'Lena Hartwig'}
    role = 'Customer Success Lead'
    s1 = T('MAK', 2026, 7, 8, 9, 0, 0, 'Wednesday')
    e1 = s1 + timedelta(hours=1)
    s2 = T('BER', 2026, 7, 9, 8, 0, 0, 'Thursday')
    inz(s2, 'MAK', 'Thursday', '14:00')
    e2 = s2 + timedelta(minutes=30)
    d1 = T('BER', 2026, 6, 30, 11, 8, 2, 'Tuesday')
    b1 = ('Hi Carolina,\n\nGreat news: the team would love to move you forward for the ' + role + ' role. '
          'We\'ve lined up two conversations, and since you\'re in Bali I\'ve tried to keep both in your '
          'daytime:\n\n'
          '1) Wednesday, July 8 - 9:00-10:00 am your time (Bali) with Priya Venkat, our Head of Customer '
          'Success and the hiring manager. Priya is in Singapore, so this one is easy on everyone. Expect about '
          '20 minutes on a customer escalation scenario and the rest on how you would shape the team.\n\n'
          '2) Thursday, July 9 - 8:00-8:30 am my time (CEST) with Lena Hartwig, our co-founder & CEO. That '
          'works out to 2:00-2:30 pm for you.\n\n'
          'Both are on Google Meet; the invites come from Priya\'s and Lena\'s calendars. If either slot '
          'clashes with something, tell me and I\'ll shuffle.\n\n'
          'Viele Gr\u00fc\u00dfe,\nJonas\n\nJonas Brandt\nTalent Coordinator, Saltmarsh Learning\nBerlin\n')
    f1 = gmail_msg('c10-1', frm=jonas, to=USER_FULL, subject='Saltmarsh Learning - your next two conversations',
                   date=d1, msgid=gmid('c10-1'), body=b1)
    f2 = gcal_event('c10-2', summary='Carolina Vance <> Priya Venkat (Saltmarsh - Customer Success Lead)',
                    description='Hiring manager conversation incl. a short customer escalation scenario.',
                    organizer=dict(priya), attendees=[
                        dict(priya, organizer=True, responseStatus='accepted'),
                        {'email': USER, 'self': True, 'responseStatus': 'accepted'}],
                    start=s1, end=e1, tz='SGP', created=T('SGP', 2026, 6, 30, 17, 30, 0),
                    updated=T('SGP', 2026, 7, 1, 9, 12, 0), meet='https://meet.google.com/vhe-ujtc-mzo')
    f3 = gcal_event('c10-3', summary='Saltmarsh Learning: final chat with Lena (CEO) - Carolina Vance',
                    description='30 minutes with Lena Hartwig, co-founder & CEO. Coordinator: Jonas Brandt.',
                    organizer=dict(lena), attendees=[
                        dict(lena, organizer=True, responseStatus='accepted'),
                        {'email': 'jonas.brandt@saltmarsh.example', 'displayName': 'Jonas Brandt',
                         'optional': True, 'responseStatus': 'accepted'},
                        {'email': USER, 'self': True, 'responseStatus': 'accepted'}],
                    start=s2, end=e2, tz='BER', created=T('BER', 2026, 6, 30, 11, 20, 0),
                    updated=T('BER', 2026, 7, 1, 3, 4, 0), meet='https://meet.google.com/oad-fqxk-pwr')
    case('b213-10-two-rounds-bali-gcal-json',
         {'01-saltmarsh-next-two-conversations.eml': f1, '02-priya-conversation.gcal.json': f2,
          '03-lena-final-chat.gcal.json': f3},
         [iv('Saltmarsh Learning', role, s1, e1, 'scheduled', [priya['email']], [priya['email']], 'hiring_manager'),
          iv('Saltmarsh Learning', role, s2, e2, 'scheduled', [lena['email']], [lena['email']], 'other')],
         'hard', 'positive/two-interviews',
         'Two interviews on consecutive days: one stated in "your time (Bali)", the other in "my time (CEST)" '
         '= 14:00 WITA. Each is repeated by a Calendar API event (Singapore / Berlin zones). The coordinator is '
         'an optional attendee on the CEO event but does not interview.')


# ----------------------------------------------------------------------------- 11
def c11():
    bea = ('Bea Castillo', 'bea.castillo@quokkahealth.example')
    role = 'Customer Success Manager, Enterprise'
    start = T('MAK', 2026, 7, 21, 7, 30, 0, 'Tuesday')
    inz(start, 'LA', 'Monday', '16:30')
    end = start + timedelta(minutes=30)
    d1 = T('LA', 2026, 7, 14, 13, 5, 40, 'Tuesday')
    m1 = gmid('c11-1')
    b1 = ('Hi Carolina,\n\nThanks for applying for ' + role + ' at Quokka Health! I\'d love to set up a 30-minute '
          'recruiter screen. Grab any slot here:\nhttps://calendly.com/bea-castillo-quokka/recruiter-screen\n\n'
          'Calendly shows times in your local zone, so don\'t worry that I\'m in LA.\n\n'
          'Bea\n\nBea Castillo | Senior Recruiter, Quokka Health\n')
    f1 = gmail_msg('c11-1', frm=f'{bea[0]} <{bea[1]}>', to=USER_FULL, subject='Quokka Health - recruiter screen',
                   date=d1, msgid=m1, body=b1)
    d2 = datetime(2026, 7, 15, 3, 12, 9, tzinfo=UTC)
    f2 = calendly_confirm('c11-2', date=d2, host=bea, event_type='Recruiter Screen - Quokka Health', start=start,
                          end=end, zone='MAK', zone_label='Central Indonesia Time',
                          meet='https://meet.google.com/nqa-ztyb-wcs',
                          answers=[('Which role are you applying for?', role)])
    d3 = T('LA', 2026, 7, 14, 20, 40, 2, 'Tuesday')
    b3 = ('Saw your booking come through - talk Monday at 4:30pm my time (your Tuesday morning)! I\'ll call '
          'you on the Meet link in the invite.\n\nBea\n')
    f3 = gmail_msg('c11-3', frm=f'{bea[0]} <{bea[1]}>', to=USER_FULL, subject='Re: Quokka Health - recruiter screen',
                   date=d3, msgid=gmid('c11-3'), body=b3, in_reply_to=m1, references=m1,
                   quote=(gmail_attr(d1, 'LA', f'{bea[0]} <{bea[1]}>'), b1))
    case('b213-11-calendly-bali-date-crossing',
         {'01-quokka-pick-a-slot.eml': f1, '02-calendly-confirmed.eml': f2, '03-re-quokka-see-you-monday.eml': f3},
         [iv('Quokka Health', role, start, end, 'scheduled', [bea[1]], [bea[1]], 'phone_screen')],
         'hard', 'positive/calendly',
         'Calendly confirmation in Central Indonesia Time: Tue Jul 21 07:30 WITA = Mon Jul 20 23:30Z = Monday '
         '4:30pm Pacific, which the recruiter\'s follow-up states as "Monday ... my time". Date differs by zone.')


# ----------------------------------------------------------------------------- 12 (negative)
def c12():
    helena = ('Helena Voss', 'helena.voss@corvidfreight.example')
    start = T('RTM', 2026, 7, 16, 10, 0, 0, 'Thursday')
    inz(start, 'MAK', 'Thursday', '16:00')
    end = start + timedelta(hours=1)
    d1 = T('RTM', 2026, 7, 6, 9, 15, 0, 'Monday')
    desc = ('Quarterly business review, Corvid Freight x Pipewell.\n\nAgenda:\n'
            '1. Adoption and health score (Pipewell)\n'
            '2. Support volume after the new routing rules\n'
            '3. Renewal timeline and expansion to the Antwerp hub\n'
            '4. Findings from Carolina\'s interviews with our dispatch leads\n'
            '5. Our hiring plans for the support desk - we are adding 6 agents in Q3, so seat count will grow\n\n'
            'Deck will be shared 24h before. Thanks all!\nHelena')
    f1 = google_invite('c12-1', date=d1, organizer=helena,
                       guests=[(helena[0], helena[1], 'ACCEPTED'),
                               ('Pieter Maas', 'pieter.maas@corvidfreight.example', 'ACCEPTED'),
                               ('Tomas Lind', 'tomas.lind@pipewell.example', 'ACCEPTED'),
                               (WORK, WORK, 'NEEDS-ACTION')],
                       summary='Corvid Freight x Pipewell - Q2 Business Review', start=start, end=end,
                       disp_zone='MAK', zone_long='Central Indonesia Time - Makassar', zone_abbr='WITA',
                       description=desc, uid='0qjz3w7nte8c2l1sx4dm9kfbro@google.com',
                       meet='https://meet.google.com/cxq-prvd-bnu', to_addr=WORK,
                       extra=[('X-Forwarded-To', USER), ('X-Forwarded-For', f'{WORK} {USER}')])
    case('b213-12-customer-qbr-current-job', {'01-invitation-corvid-qbr.eml': f1}, [],
         'medium', 'negative/work-meeting',
         'Customer QBR at her current job (work address forwarded to the personal mailbox); agenda mentions '
         '"interviews" with the customer\'s dispatch leads and the customer\'s hiring plans. Not a job interview.')


# ----------------------------------------------------------------------------- 13
def c13():
    lach = 'Lachlan Pryce <lachlan.pryce@wattlefinch.example>'
    role = 'Customer Success Lead, APJ'
    start = T('SYD', 2026, 8, 13, 11, 0, 0, 'Thursday')
    assert start.utcoffset() == timedelta(hours=10)      # AEST, DST only from 4 Oct
    inz(start, 'MAK', 'Thursday', '09:00')
    inz(T('SYD', 2026, 8, 12, 11, 0, 0, 'Wednesday'), 'MAK', 'Wednesday', '09:00')
    end = start + timedelta(minutes=30)
    d1 = T('SYD', 2026, 8, 3, 10, 15, 30, 'Monday')
    subj = f'Wattle & Finch - {role}'
    sig = 'Lachlan Pryce\nTalent Acquisition Lead | Wattle & Finch\nGadigal Country, Sydney'
    b1 = ('Hi Carolina,\n\nThanks for your application for our ' + role + ' role - I really enjoyed reading '
          'about the APAC onboarding program you built.\n\n'
          'Would Wednesday 12 August or Thursday 13 August at 11am my time (AEST) work for a first chat? If '
          'I\'ve done my maths right that\'s 9am your time in Bali. It\'s a 30 minute call with me over Google '
          'Meet, mostly about your experience and what you\'re after.\n\n'
          f'Cheers,\nLachlan\n\n{sig}\n')
    x1 = outlook_msg('c13-1', frm=lach, to=USER_FULL, subject=subj, date=d1, body=b1)
    m1 = f'<SY4P282MB3051{md5("c13-1")[8:28].upper()}@SY4P282MB3051.ausprd01.prod.outlook.com>'
    her = T('MAK', 2026, 8, 3, 15, 44, 0, 'Monday')
    m_her = gmid('c13-her')
    d2 = T('SYD', 2026, 8, 4, 8, 2, 51, 'Tuesday')
    qh = (f'From: Carolina Vance <{USER}>\nSent: {inz(her, "SYD").strftime("%A")}, '
          f'{inz(her, "SYD").day} August 2026 {inz(her, "SYD").strftime("%I:%M %p").lstrip("0")}\n'
          f'To: {lach}\nSubject: Re: {subj}')
    qt = ('Hi Lachlan,\n\nThursday works best - 9am Bali time is perfect. On Wednesday I\'m on a boat to Nusa '
          'Penida, so that one\'s out!\n\nCarolina')
    b2 = ('Hi Carolina,\n\nThursday it is. Locked in: Thursday 13 August, 11:00-11:30am AEST (9:00-9:30am your '
          'time).\n\nGoogle Meet: https://meet.google.com/wfa-kgyp-sel\n\n'
          'Enjoy Nusa Penida - watch out for the manta rays stealing the show.\n\n'
          f'Cheers,\nLachlan\n\n{sig}\n')
    x2 = outlook_msg('c13-2', frm=lach, to=USER_FULL, subject='RE: ' + subj, date=d2, body=b2, quote=(qh, qt),
                     in_reply_to=m_her, references=f'{m1} {m_her}')
    d3 = T('SYD', 2026, 8, 4, 8, 9, 17, 'Tuesday')
    cal = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
           'BEGIN:VTIMEZONE', 'TZID:AUS Eastern Standard Time',
           'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+1100', 'TZOFFSETTO:+1000',
           'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4', 'END:STANDARD',
           'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+1000', 'TZOFFSETTO:+1100',
           'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10', 'END:DAYLIGHT', 'END:VTIMEZONE',
           'BEGIN:VEVENT', 'ORGANIZER;CN=Lachlan Pryce:mailto:lachlan.pryce@wattlefinch.example',
           f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={USER_NAME}:mailto:{USER}',
           'DESCRIPTION;LANGUAGE=en-AU:' + esc('Hi Carolina - as promised, here\'s the invite for our chat about '
                                               f'the {role} role. 9:00am your time in Bali.\n\nGoogle Meet: '
                                               'https://meet.google.com/wfa-kgyp-sel\n\nLachlan\n'),
           'UID:040000008200E00074C5B7101A82E00800000000' + md5('c13uid')[:16].upper() + '01000000000000000010000000'
           + md5('c13uid2')[:24].upper(),
           f'SUMMARY;LANGUAGE=en-AU:{esc("Carolina Vance / Wattle & Finch - intro chat (" + role + ")")}',
           f'DTSTART;TZID=AUS Eastern Standard Time:{loc_ics(start, "SYD")}',
           f'DTEND;TZID=AUS Eastern Standard Time:{loc_ics(end, "SYD")}', 'CLASS:PUBLIC', 'PRIORITY:5',
           f'DTSTAMP:{u(d3)}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
           'LOCATION;LANGUAGE=en-AU:https://meet.google.com/wfa-kgyp-sel',
           'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
           'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
           'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
           'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'BEGIN:VALARM', 'DESCRIPTION:REMINDER',
           'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    x3 = ics_text(cal)
    case('b213-13-sydney-recruiter-my-time-your-time',
         {'01-wattle-finch-screen-options.eml': x1, '02-re-thursday-locked-in.eml': x2,
          '03-wattle-finch-intro-chat.ics': x3},
         [iv('Wattle & Finch', role, start, end, 'scheduled', ['lachlan.pryce@wattlefinch.example'],
             ['lachlan.pryce@wattlefinch.example'], 'phone_screen')],
         'medium', 'positive/thread-your-time-my-time',
         'Outlook thread from a Sydney recruiter offering two days "11am my time (AEST) / 9am your time in '
         'Bali"; her quoted reply picks Thursday; the final mail locks Thursday 13 Aug 11:00-11:30 AEST. '
         'Wednesday is a decoy. A standalone Exchange .ics (TZID "AUS Eastern Standard Time", winter +10:00) '
         'follows: same interview.')


# ----------------------------------------------------------------------------- 14
def c14():
    harriet = ('Harriet Boyle', 'harriet.boyle@cobaltline.example')
    ken = ('Ken Mori', 'ken.mori@cobaltline.example')
    ada = ('Adaeze Nwosu', 'adaeze.nwosu@cobaltline.example')
    role = 'Customer Success Lead'
    start = T('SGP', 2026, 8, 19, 16, 0, 0, 'Wednesday')
    inz(start, 'MAK', 'Wednesday', '16:00')
    end = start + timedelta(hours=1)
    d1 = T('LON', 2026, 8, 11, 9, 52, 30, 'Tuesday')
    uid = '040000008200E00074C5B7101A82E0080000000070' + md5('c14uid')[:14].upper() + '01000000000000000010000000' + md5('c14uid2')[:24].upper()
    body = ('Hi Carolina,\n\nAs promised, here is your panel interview for the ' + role + ' role. You\'ll meet '
            'Ken Mori (VP Customer Operations) and Adaeze Nwosu (Senior Solutions Consultant) for an hour - '
            'expect a 15-minute walkthrough of a renewal you rescued, then questions from both of them.\n\n'
            'I\'ve set it in your local time (Bali is on the same clock as Singapore). I\'m only coordinating and '
            'won\'t be joining, but reply to me if anything needs to change.\n\n'
            'Kind regards,\nHarriet Boyle\nTalent Coordinator | Cobaltline Insurance')
    f1 = outlook_invite('c14-1', date=d1, organizer=harriet, required=[(USER_NAME, USER), ken, ada],
                        subject=f'Panel interview - Carolina Vance - {role}',
                        when_line='When: Wednesday, August 19, 2026 4:00 PM-5:00 PM (UTC+08:00) Kuala Lumpur, Singapore.',
                        body=body, tzid='Singapore Standard Time', start_local=loc_ics(start, 'SGP'),
                        end_local=loc_ics(end, 'SGP'), uid=uid,
                        to_hdr=f'{USER_FULL}; {ken[0]} <{ken[1]}>; {ada[0]} <{ada[1]}>'.replace('; ', ', '),
                        pr='LO2P265MB6071', region='gbrp265')
    case('b213-14-teams-panel-singapore-tzid', {'01-panel-interview-cobaltline.eml': f1},
         [iv('Cobaltline Insurance', role, start, end, 'scheduled', [ken[1], ada[1]], [ken[1], ada[1]], 'onsite')],
         'medium', 'positive/outlook-teams',
         'Exchange/Teams panel invite in Windows TZID "Singapore Standard Time" for a candidate in Bali (same '
         'UTC+08:00). Two panelists -> onsite; the coordinator/organizer does not attend.')


# ----------------------------------------------------------------------------- 15
def c15():
    maud = 'Maud Visser <maud.visser@brightfold.example>'
    role = 'Customer Success Lead'
    start = T('AMS', 2026, 9, 18, 16, 0, 0, 'Friday')
    inz(start, 'MEX', 'Friday', '08:00')
    end = start + timedelta(minutes=45)
    d1 = T('AMS', 2026, 9, 14, 11, 26, 9, 'Monday')
    fwd_date = T('AMS', 2026, 9, 14, 10, 2, 0, 'Monday')
    b1 = ('Hi Carolina,\n\nGood news - Sem (our Head of Customer Success and the hiring manager) wants to meet '
          'you this week, see his note below. I\'ve put it in both your calendars for Friday 18 September, '
          '16:00-16:45 CEST - that\'s 8:00 am for you in Mexico City. He\'ll share the Meet link from his '
          'calendar. If 8 am is too early for you, let me know and we\'ll use his Monday back-up instead.\n\n'
          'Groetjes,\nMaud\n\nMaud Visser\nRecruiter, Brightfold\nAmsterdam\n\n'
          '---------- Forwarded message ---------\n'
          f'From: Sem de Wit <sem.dewit@brightfold.example>\n'
          f'Date: {fwd_date.strftime("%a")}, {fwd_date.day} {fwd_date.strftime("%b %Y")} at {fwd_date.strftime("%H:%M")}\n'
          f'Subject: Re: Carolina Vance - {role}\n'
          f'To: {maud}\n\n'
          'Her Loom was great. Let\'s do this Friday, 16:00 our time, 45 min. She\'s in Mexico City at the '
          'moment so that\'s early morning for her - check it\'s ok? Otherwise Monday same time.\n\nSem\n')
    f1 = gmail_msg('c15-1', frm=maud, to=USER_FULL, subject=f'Fwd: Carolina Vance - {role}', date=d1,
                   msgid=gmid('c15-1'), body=b1)
    case('b213-15-forwarded-hm-note-cest', {'01-fwd-sem-friday-intro.eml': f1},
         [iv('Brightfold', role, start, end, 'scheduled', ['sem.dewit@brightfold.example'],
             ['sem.dewit@brightfold.example'], 'hiring_manager')],
         'medium', 'positive/forwarded-email',
         'Recruiter forwards the hiring manager\'s "this Friday, 16:00 our time" note and states Fri 18 Sep '
         '16:00-16:45 CEST = 8:00 am Mexico City (-06:00, no DST). The "Monday same time" fallback is not used. '
         'Hiring manager address only in the forwarded header.')


# ----------------------------------------------------------------------------- 16 (negative)
def c16():
    lucia = ('Luc\u00eda Ortega', 'lucia.ortega@pipewell.example')
    start = T('MEX', 2026, 9, 24, 10, 0, 0, 'Thursday')
    end = start + timedelta(minutes=45)
    d1 = T('BOG', 2026, 9, 17, 14, 3, 11, 'Thursday')
    desc = ('You are interviewing Jamal Reyes for the Customer Success Manager (LATAM) opening on your team.\n\n'
            'Interview: Values & Customer Scenarios (45 min)\n'
            'Interviewer: Carolina Vance\n'
            'Interview kit & scorecard: https://app.greenhouse.io/guides/4418820031/people/77120934?application_id=91345522\n\n'
            'Please submit your scorecard within 24 hours. The candidate joins from the Meet link and is not on '
            'this invite.')
    f1 = google_invite('c16-1', date=d1, organizer=lucia,
                       guests=[(lucia[0], lucia[1], 'ACCEPTED'), (WORK, WORK, 'NEEDS-ACTION')],
                       summary='Interview: Jamal Reyes - Customer Success Manager (LATAM) - Values & Customer Scenarios',
                       start=start, end=end, disp_zone='MEX', zone_long='Central Time - Mexico City', zone_abbr='CST',
                       description=desc, uid='7c1mvd0kq2h9wz5bl3ep8tsyna@google.com',
                       meet='https://meet.google.com/hyw-bzkd-ruf', to_addr=WORK,
                       extra=[('X-Forwarded-To', USER), ('X-Forwarded-For', f'{WORK} {USER}')])
    case('b213-16-user-is-interviewer-work-invite', {'01-invitation-interview-jamal-reyes.eml': f1}, [],
         'hard', 'negative/user-is-interviewer',
         'Google invite from her current employer\'s recruiting coordinator (Greenhouse interview kit) where '
         'she is the interviewer of a candidate for her own team. Not her job interview.')


# ----------------------------------------------------------------------------- 17 (negative)
def c17():
    nadia = 'Nadia Kemal <nadia.kemal@alderhealth.example>'
    slots = [T('MEX', 2026, 10, 6, 9, 0, 0, 'Tuesday'), T('MEX', 2026, 10, 6, 10, 30, 0, 'Tuesday'),
             T('MEX', 2026, 10, 7, 14, 0, 0, 'Wednesday'), T('MEX', 2026, 10, 8, 11, 0, 0, 'Thursday')]
    d1 = T('CHI', 2026, 9, 29, 15, 40, 18, 'Tuesday')
    m1 = gmid('c17-1')
    b1 = ('Hi Carolina,\n\nThanks for applying for Customer Success Lead at Alder Health - I\'d like to set up a '
          '30-minute interview with you.\n\nGrab a time here: https://calendly.com/nadia-kemal-alder/30min\n\n'
          'Calendly shows slots in your time zone. Some openings I can see next week, in your time (Mexico '
          'City):\n- Tue Oct 6 at 9:00 or 10:30\n- Wed Oct 7 at 14:00\n- Thu Oct 8 at 11:00\n\n'
          'Talk soon,\nNadia\n\nNadia Kemal | Recruiter, Alder Health | Chicago\n')
    f1 = gmail_msg('c17-1', frm=nadia, to=USER_FULL, subject='Alder Health - let\'s set up your interview',
                   date=d1, msgid=m1, body=b1)
    d2 = T('CHI', 2026, 10, 2, 9, 3, 44, 'Friday')
    b2 = ('Hi Carolina,\n\nJust bumping this - a couple of next week\'s slots have already gone. If none of the '
          'Calendly times work, send me two or three windows that suit you and I\'ll make it happen.\n\nNadia\n')
    f2 = gmail_msg('c17-2', frm=nadia, to=USER_FULL, subject='Re: Alder Health - let\'s set up your interview',
                   date=d2, msgid=gmid('c17-2'), body=b2, in_reply_to=m1, references=m1,
                   quote=(gmail_attr(d1, 'CHI', nadia), b1))
    case('b213-17-calendly-link-unbooked', {'01-alder-set-up-interview.eml': f1, '02-alder-bump.eml': f2}, [],
         'hard', 'negative/availability-request',
         'Recruiter sends a Calendly link and lists open slots in her Mexico City time, then bumps; nothing is '
         'ever booked. Unbooked scheduling links are not interviews.')
    assert len(slots) == 4


# ----------------------------------------------------------------------------- 18
def c18():
    gab = ('Gabriel Ferraz', 'gabriel.ferraz@kelpiesoftware.example')
    role = 'Customer Success Lead, LATAM'
    start = T('MEX', 2026, 10, 15, 10, 0, 0, 'Thursday')
    assert start.utcoffset() == timedelta(hours=-6)
    end = start + timedelta(minutes=45)
    d1 = datetime(2026, 10, 8, 22, 5, 31, tzinfo=UTC)
    meet = 'https://meet.google.com/kdu-wqzr-mhn'
    f1 = calendly_confirm('c18-1', date=d1, host=gab, event_type='Intro call - Kelpie Software', start=start, end=end,
                          zone='MEX', zone_label='Mexico City Time', meet=meet,
                          answers=[('Which role are you interviewing for?', role),
                                   ('Anything we should know beforehand?',
                                    'I\'m based in Mexico City through November.')])
    d2 = datetime(2026, 10, 14, 16, 0, 7, tzinfo=UTC)
    f2 = calendly_reminder('c18-1-reminder', date=d2, host=gab, event_type='Intro call - Kelpie Software',
                           start=start, end=end, zone='MEX', zone_label='Mexico City Time', meet=meet)
    case('b213-18-calendly-mexico-city-with-reminder',
         {'01-calendly-confirmed-kelpie.eml': f1, '02-calendly-reminder-kelpie.eml': f2},
         [iv('Kelpie Software', role, start, end, 'scheduled', [gab[1]], [gab[1]], 'phone_screen')],
         'easy', 'positive/calendly',
         'Calendly confirmation in "Mexico City Time" (UTC-6 all year since 2022) plus a reminder the day '
         'before: one interview. The .ics is UTC (16:00Z).')


# ----------------------------------------------------------------------------- 19
def c19():
    whit = 'Whitney Sato <whitney.sato@harborpine.example>'
    role = 'Director of Customer Success'
    start = T('NY', 2026, 10, 28, 13, 0, 0, 'Wednesday')
    assert start.utcoffset() == timedelta(hours=-4)      # US DST until Nov 1
    inz(start, 'MEX', 'Wednesday', '11:00')
    end = start + timedelta(hours=1)
    d1 = T('NY', 2026, 10, 19, 9, 55, 0, 'Monday')
    subj = f'Harbor & Pine - {role}'
    sig = 'Whitney Sato\nVP Customer, Harbor & Pine\nNew York'
    b1 = ('Hi Carolina,\n\nI\'m the VP Customer at Harbor & Pine - the ' + role + ' would report to me. '
          'Would Wednesday, October 28 at 1pm ET work for a 60-minute conversation? That should be noon for '
          f'you in Mexico City.\n\nBest,\nWhitney\n\n{sig}\n')
    m1 = gmid('c19-1')
    f1 = gmail_msg('c19-1', frm=whit, to=USER_FULL, subject=subj, date=d1, msgid=m1, body=b1)
    her = T('MEX', 2026, 10, 19, 10, 31, 0, 'Monday')
    m_her = gmid('c19-her')
    q = ('Hi Whitney,\n\n1pm ET on the 28th works. Small correction though: Mexico dropped daylight saving in '
         '2022, so until your clocks change on November 1, 1pm ET is 11am here, not noon. Either way, I\'ll be '
         'there!\n\nCarolina')
    zid = '84315520967'
    b2 = ('Ha - thank you for the time zone lesson, noted for the whole team! Confirmed for Wednesday, October 28, '
          '1:00-2:00 pm ET (11:00 am your time). Zoom details below; the calendar file is attached.\n\n'
          f'Join Zoom Meeting\nhttps://us06web.zoom.us/j/{zid}?pwd=' + md5('c19pwd')[:24] + '\n\n'
          'Meeting ID: 843 1552 0967\nPasscode: 661204\n\n'
          f'Best,\nWhitney\n\n{sig}\n')
    d2 = T('NY', 2026, 10, 20, 8, 12, 44, 'Tuesday')
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
           'METHOD:PUBLISH', 'CLASS:PUBLIC'] + VTZ['America/New_York'] + [
           'BEGIN:VEVENT', f'DTSTAMP:{u(d2)}', f'DTSTART;TZID=America/New_York:{loc_ics(start, "NY")}',
           f'DTEND;TZID=America/New_York:{loc_ics(end, "NY")}', f'SUMMARY:{esc("Carolina Vance / Harbor & Pine - " + role)}',
           f'UID:{u(d2)}-{zid}@zoom.us', 'TZID:America/New_York',
           'DESCRIPTION:' + esc(f'Whitney Sato is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n'
                                f'https://us06web.zoom.us/j/{zid}?pwd=' + md5('c19pwd')[:24] +
                                '\n\nMeeting ID: 843 1552 0967\nPasscode: 661204\n\n---\n\nOne tap mobile\n'
                                '+13092053325,,84315520967# US\n'),
           f'LOCATION:https://us06web.zoom.us/j/{zid}?pwd=' + md5('c19pwd')[:24],
           'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
           'END:VEVENT', 'END:VCALENDAR']
    att = leaf('text/calendar; charset="US-ASCII"; name="zoom_0.ics"', ics_text(cal), 'base64',
               ['Content-Disposition: attachment; filename="zoom_0.ics"',
                f'Content-ID: <f_{md5("c19cid")[:10]}0>', f'X-Attachment-Id: f_{md5("c19cid")[:10]}0'])
    f2 = gmail_msg('c19-2', frm=whit, to=USER_FULL, subject='Re: ' + subj, date=d2, msgid=gmid('c19-2'), body=b2,
                   quote=(gmail_attr(her, 'NY'), q), in_reply_to=m_her, references=f'{m1} {m_her}',
                   attachments=[att])
    case('b213-19-zoom-mexico-city-dst-gap',
         {'01-harbor-pine-director-cs.eml': f1, '02-re-harbor-pine-zoom-details.eml': f2},
         [iv('Harbor & Pine', role, start, end, 'scheduled', ['whitney.sato@harborpine.example'],
             ['whitney.sato@harborpine.example'], 'hiring_manager')],
         'hard', 'positive/dst-gap',
         'Hiring manager first says 1pm ET = "noon" in Mexico City; the candidate corrects it to 11am (Mexico '
         'has no DST, US still on EDT until Nov 1). Final: Wed Oct 28 13:00-14:00 EDT; Zoom .ics with '
         'TZID=America/New_York and VTIMEZONE.')


# ----------------------------------------------------------------------------- 20 (negative)
def c20():
    d1 = T('LON', 2026, 11, 5, 17, 2, 41, 'Thursday')
    past = T('LON', 2026, 11, 3, 15, 0, 0, 'Tuesday')
    text = ('Hi Carolina,\n\nThank you for taking the time to interview with Imogen on Tuesday about the '
            'Customer Success Lead role at Fernway Travel. We really enjoyed hearing about your work at Pipewell.\n\n'
            'After a lot of thought, we\'ve decided to move forward with candidates whose experience more closely '
            'matches what we need right now, particularly in travel-industry support. This was a difficult '
            'decision - we had many strong applicants.\n\n'
            'We\'ll keep your details on file and may reach out about future roles. Best of luck with your search, '
            'and safe travels!\n\nThe Fernway Travel Hiring Team\n')
    f1 = vendor_msg('c20-1', [
        ('Delivered-To', USER), received_google(d1, 'o7.email.ashbyhq.com', '149.72.220.11', 'c20-1'),
        ('Return-Path', '<bounces+31055112-a1b2-carolina.vance=example.com@email.ashbyhq.com>'),
        ('Date', rfc(d1)), ('From', 'Fernway Travel Hiring Team <no-reply@ashbyhq.com>'),
        ('Reply-To', 'Imogen Park <imogen.park@fernway.example>'), ('To', USER_FULL),
        ('Subject', 'Update on your application to Fernway Travel'),
        ('Message-ID', f'<{det_uuid("c20-m")}@email.ashbyhq.com>')],
        text, simple_html(text), text_cte='7bit')
    case('b213-20-rejection-after-screen', {'01-ashby-update-fernway.eml': f1}, [],
         'medium', 'negative/rejection',
         'Ashby rejection referencing an interview that already happened "on Tuesday"; no interview is '
         'scheduled or described in the case.')
    assert past < d1


# ----------------------------------------------------------------------------- 21 (onsite loop)
def c21():
    freya = ('Freya Lund', 'freya.lund@ledgerlight.example')
    role = 'Head of Customer Success'
    sessions = [
        (T('MEX', 2026, 11, 10, 8, 0, 0, 'Tuesday'), 45, 'Customer journey deep-dive',
         ('Tom Achebe', 'tom.achebe@ledgerlight.example', 'VP Customer')),
        (T('MEX', 2026, 11, 10, 8, 45, 0, 'Tuesday'), 45, 'Support & Product partnership',
         ('Yusra Malik', 'yusra.malik@ledgerlight.example', 'Director of Product')),
        (T('MEX', 2026, 11, 10, 9, 45, 0, 'Tuesday'), 45, 'Conversation with our CEO',
         ('Elliot Crane', 'elliot.crane@ledgerlight.example', 'Co-founder & CEO')),
    ]
    inz(sessions[0][0], 'LON', 'Tuesday', '14:00')
    d1 = T('LON', 2026, 11, 3, 15, 20, 0, 'Tuesday')

    def ampm(dt):
        return dt.strftime('%I:%M %p').lstrip('0')

    lines = []
    for s, mins, title, (name, email, title2) in sessions:
        e = s + timedelta(minutes=mins)
        lines.append(f'{ampm(s)} - {ampm(e)}  {title}\n    {name}, {title2} ({email})')
        if title.startswith('Support'):
            lines.append(f'{ampm(e)} - {ampm(e + timedelta(minutes=15))}  Break')
    text = ('Hi Carolina,\n\nHere is your virtual onsite for the ' + role + ' role at Ledgerlight. All times are '
            'shown in your time zone (America/Mexico_City, GMT-6); the team is in London, six hours ahead of '
            'you.\n\nTuesday, November 10, 2026\n\n' + '\n'.join(lines) + '\n\n'
            'Each session has its own Google Meet link in the attached calendar file. If anything comes up, '
            'just reply to this email and it will reach Freya Lund, our Recruiting Coordinator.\n\n'
            'Good luck!\nLedgerlight Talent Team\n\nPowered by Ashby\n')
    cal = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Ashby//Interview Schedule//EN', 'CALSCALE:GREGORIAN',
           'METHOD:REQUEST']
    for i, (s, mins, title, (name, email, _)) in enumerate(sessions):
        e = s + timedelta(minutes=mins)
        cal += ['BEGIN:VEVENT', f'UID:{det_uuid("c21-ev" + str(i))}@ashbyhq.com', f'DTSTAMP:{u(d1)}',
                f'DTSTART:{u(s)}', f'DTEND:{u(e)}',
                f'SUMMARY:{esc(f"Ledgerlight - {title} (Carolina Vance)")}',
                f'DESCRIPTION:{esc(f"{title} with {name}. Join: https://meet.google.com/lgl-{md5(title)[:4]}-{md5(name)[:3]}")}',
                f'LOCATION:https://meet.google.com/lgl-{md5(title)[:4]}-{md5(name)[:3]}',
                f'ORGANIZER;CN={freya[0]}:mailto:{freya[1]}',
                f'ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{email}',
                f'ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER}',
                'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT']
    cal.append('END:VCALENDAR')
    att = leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="ledgerlight-interviews.ics"',
               ics_text(cal), 'base64', ['Content-Disposition: attachment; filename="ledgerlight-interviews.ics"'])
    f1 = vendor_msg('c21-1', [
        ('Delivered-To', USER), received_google(d1, 'o7.email.ashbyhq.com', '149.72.220.11', 'c21-1'),
        ('Return-Path', '<bounces+31055112-c9d0-carolina.vance=example.com@email.ashbyhq.com>'),
        ('Date', rfc(d1)), ('From', 'Ledgerlight Talent Team <no-reply@ashbyhq.com>'),
        ('Reply-To', f'{freya[0]} <{freya[1]}>'), ('To', USER_FULL),
        ('Subject', 'Your interview schedule with Ledgerlight - Tuesday, November 10'),
        ('Message-ID', f'<{det_uuid("c21-m")}@email.ashbyhq.com>')],
        text, simple_html(text), attachments=[att])
    s0 = sessions[0][0]
    eN = sessions[-1][0] + timedelta(minutes=sessions[-1][1])
    ivs = [x[3][1] for x in sessions]
    case('b213-21-ashby-virtual-onsite-loop', {'01-ashby-interview-schedule-ledgerlight.eml': f1},
         [iv('Ledgerlight', role, s0, eN, 'scheduled', ivs, ivs, 'onsite')],
         'medium', 'positive/onsite-loop',
         'Ashby itinerary (no-reply sender, coordinator in Reply-To) for three back-to-back sessions with a '
         'break, shown in Mexico City time; the .ics has three UTC VEVENTs. One onsite 08:00-10:30 -06:00 '
         'with all three interviewers. London is on GMT after Oct 25.')


# ----------------------------------------------------------------------------- 22 (negative)
def c22():
    kirra = ('Kirra Walsh', 'kirra@nomadshift.example')
    start = T('MEX', 2026, 11, 19, 11, 0, 0, 'Thursday')
    end = start + timedelta(hours=1)
    d1 = T('CHI', 2026, 11, 9, 16, 44, 12, 'Monday')
    desc = ('Thanks for coming on Nomad Shift! We\'ll record the interview in Riverside:\n'
            'https://riverside.fm/studio/nomad-shift?t=' + md5('c22t')[:18] + '\n\n'
            'Topics: leading a customer success team while moving every season, async rituals that actually '
            'work, and your tips for job hunting on the road (interviews across time zones!).\n\n'
            'About 45 min of recording + 15 min buffer. Wired headphones please. Episode airs in January.\n\n'
            'Kirra & Sol')
    f1 = google_invite('c22-1', date=d1, organizer=kirra,
                       guests=[(kirra[0], kirra[1], 'ACCEPTED'), ('Sol Medina', 'sol@nomadshift.example', 'ACCEPTED'),
                               (USER, USER, 'NEEDS-ACTION')],
                       summary='Nomad Shift podcast - interview recording with Carolina Vance', start=start, end=end,
                       disp_zone='MEX', zone_long='Central Time - Mexico City', zone_abbr='CST', description=desc,
                       uid='3kd8rqz1vw6m0pt2hc9eyj5lbu@google.com')
    case('b213-22-podcast-interview-recording', {'01-invitation-nomad-shift-recording.eml': f1}, [],
         'medium', 'negative/podcast-interview',
         'Google invite for a podcast interview recording about remote work and job hunting; press/podcast '
         'interviews are not job interviews.')


# ============================================================================= main

def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19,
               c20, c21, c22):
        fn()
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
    for i, cid in enumerate(ids, 1):
        assert cid.startswith(f'b213-{i:02d}-'), cid
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith('b213-') and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for cid, files, label in CASES:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for i, fn in enumerate(sorted(files), 1):
            assert fn.startswith(f'{i:02d}-') and fn.endswith(('.eml', '.ics', '.gcal.json')), fn
            with open(os.path.join(d, fn), 'w', encoding='utf-8', newline='') as f:
                f.write(files[fn])
        labels[cid] = label
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='') as f:
        f.write('# Labels for blind213 (generated by make_cases.py). Schema: shared eval README.\n')
        f.write(yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False))
    pos = sum(1 for _, _, l in CASES if l['interview'])
    n_iv = sum(len(l['interviews']) for _, _, l in CASES)
    print(f'wrote {len(CASES)} cases ({pos} positive, {len(CASES) - pos} negative, {n_iv} interviews)')


if __name__ == '__main__':
    main()
