#!/usr/bin/env python3
"""Regenerate the blind161 evaluation set (Tel Aviv/Haifa security analyst, Hebrew + English mail).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; every offset comes from zoneinfo and
every weekday named in the text is asserted.  Run:  python make_cases.py
Only the standard library, PyYAML and zoneinfo are used.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
PREFIX = 'b161-'

OWNER = 'noa.almog@example.com'
OWNER_NAME = 'Noa Almog'
OWNER_HE = 'נועה אלמוג'

UTC = timezone.utc
JLM = ZoneInfo('Asia/Jerusalem')
NYC = ZoneInfo('America/New_York')
LAX = ZoneInfo('America/Los_Angeles')
KOL = ZoneInfo('Asia/Kolkata')
WIN_TZ = {
    'Israel Standard Time': 'Asia/Jerusalem',
    'India Standard Time': 'Asia/Kolkata',
    'Pacific Standard Time': 'America/Los_Angeles',
    'Eastern Standard Time': 'America/New_York',
}
HE_DAYS = {'Sun': 'א', 'Mon': 'ב', 'Tue': 'ג', 'Wed': 'ד', 'Thu': 'ה', 'Fri': 'ו', 'Sat': 'ש'}


# --------------------------------------------------------------------------- time helpers
def at(tz, y, mo, d, hh=0, mi=0, ss=0, wd=None):
    """Aware datetime; wd ('Mon'...) asserts the weekday named in the text."""
    x = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    if wd is not None:
        assert x.strftime('%a') == wd, (x, wd)
    return x


def he_wd(x, wd_letter):
    """Assert a Hebrew weekday letter (יום ב׳ -> 'ב') for a datetime."""
    assert HE_DAYS[x.strftime('%a')] == wd_letter, (x, wd_letter)


def h12(x):
    h = x.hour % 12 or 12
    ap = 'am' if x.hour < 12 else 'pm'
    return f'{h}{ap}' if x.minute == 0 else f'{h}:{x.minute:02d}{ap}'


def rfc_date(x):
    return format_datetime(x)


# --------------------------------------------------------------------------- MIME helpers
def seed_hex(seed, n):
    return hashlib.sha256(seed.encode('utf-8')).hexdigest()[:n]


def bnd(seed, style='gmail'):
    if style == 'gmail':
        return '0000000000' + seed_hex(seed, 14)
    if style == 'outlook':
        return '_000_' + seed_hex(seed, 20).upper() + 'prodexchangelabsc_'
    if style == 'java':
        return '----=_Part_' + str(int(seed_hex(seed, 8), 16) % 900000 + 100000) + '_' + str(int(seed_hex(seed + 'x', 8), 16))
    return '===============' + str(int(seed_hex(seed, 12), 16)) + '=='


def addr(name, email):
    return formataddr((name, email)) if name else email


def subj(s):
    if s.isascii():
        return s
    return Header(s, 'utf-8', header_name='Subject').encode()


def part(body, ctype='text/plain', cte='quoted-printable', charset='UTF-8', params='', extra=()):
    data = body.encode('utf-8') if isinstance(body, str) else body
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    else:
        payload = data.decode('utf-8')
    if not payload.endswith('\n'):
        payload += '\n'
    ct = f'{ctype}; charset="{charset}"{params}' if charset else f'{ctype}{params}'
    hdr = f'Content-Type: {ct}\n' + ''.join(f'{h}\n' for h in extra) + f'Content-Transfer-Encoding: {cte}\n'
    return hdr + '\n' + payload


def mp(subtype, boundary, parts):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        s += f'--{boundary}\n{p}\n'
    return s + f'--{boundary}--\n'


def eml(headers, body):
    out = ''
    for k, v in headers:
        if v is not None:
            out += f'{k}: {v}\n'
    return out + 'MIME-Version: 1.0\n' + body


def to_html(text, rtl=False):
    paras = []
    for block in text.split('\n\n'):
        inner = '<br>'.join(html.escape(line, quote=False) for line in block.split('\n'))
        paras.append(f'<div>{inner}</div>')
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    return f'<div{d}>' + '<div><br></div>'.join(paras) + '</div>\n'


def quote(text):
    return '\n'.join(('>' + (' ' + l if l and not l.startswith('>') else l)) for l in text.split('\n'))


def gmail_alt(seed, text, rtl=False, cte='quoted-printable', html_text=None):
    """Gmail-style multipart/alternative (text/plain + text/html)."""
    h = html_text if html_text is not None else to_html(text, rtl)
    return mp('alternative', bnd(seed + 'alt'), [part(text, cte=cte), part(h, 'text/html', cte=cte)])


def with_attachments(seed, inner, atts, style='gmail'):
    """atts: list of (filename, ctype_with_params, text)"""
    parts = [inner]
    for fn, ct, data in atts:
        parts.append(
            f'Content-Type: {ct}; name="{fn}"\nContent-Disposition: attachment; filename="{fn}"\n'
            f'Content-Transfer-Encoding: base64\n\n' + base64.encodebytes(data.encode('utf-8')).decode('ascii'))
    return mp('mixed', bnd(seed + 'mixed', style), parts)


def std_headers(msgid, date, frm, to, subject, cc=None, reply_to=None, in_reply_to=None, refs=None,
                received_by='mx.example.com', extra=()):
    hs = [('Delivered-To', OWNER),
          ('Received', f'by {received_by} with SMTP id {seed_hex(msgid, 12)};\n        {rfc_date(date.astimezone(UTC))}'),
          ('Return-Path', f'<{frm[1]}>' if '@' in frm[1] else None)]
    hs += list(extra)
    hs += [('Message-ID', f'<{msgid}>'), ('Date', rfc_date(date)), ('From', addr(*frm)),
           ('Reply-To', addr(*reply_to) if reply_to else None),
           ('To', ', '.join(addr(*t) for t in to)),
           ('Cc', ', '.join(addr(*c) for c in cc) if cc else None),
           ('Subject', subj(subject)),
           ('In-Reply-To', f'<{in_reply_to}>' if in_reply_to else None),
           ('References', ' '.join(f'<{r}>' for r in refs) if refs else None)]
    return hs


# --------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    out, cur = [], b''
    for ch in line:
        cb = ch.encode('utf-8')
        if len(cur) + len(cb) > 75:
            out.append(cur)
            cur = b' ' + cb
        else:
            cur += cb
    out.append(cur)
    return '\r\n'.join(x.decode('utf-8') for x in out)


def esc(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ical(lines):
    return ''.join(fold(l) + '\r\n' for l in lines)


def utcstamp(x):
    return x.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def dtprop(prop, x, mode):
    if mode == 'utc':
        return f'{prop}:{utcstamp(x)}'
    if mode == 'floating':
        return f'{prop}:{x:%Y%m%dT%H%M%S}'
    wall = x.astimezone(ZoneInfo(WIN_TZ.get(mode, mode)))
    return f'{prop};TZID={mode}:{wall:%Y%m%dT%H%M%S}'


VTZ = {
    'Asia/Jerusalem': [
        'BEGIN:VTIMEZONE', 'TZID:Asia/Jerusalem', 'X-LIC-LOCATION:Asia/Jerusalem',
        'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300', 'TZNAME:IDT', 'DTSTART:19700327T020000',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR', 'END:DAYLIGHT',
        'BEGIN:STANDARD', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200', 'TZNAME:IST', 'DTSTART:19701025T020000',
        'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD', 'END:VTIMEZONE'],
    'Israel Standard Time': [
        'BEGIN:VTIMEZONE', 'TZID:Israel Standard Time',
        'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
        'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300',
        'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1FR;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE'],
    'India Standard Time': [
        'BEGIN:VTIMEZONE', 'TZID:India Standard Time',
        'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0530', 'TZOFFSETTO:+0530', 'END:STANDARD',
        'END:VTIMEZONE'],
    'America/Los_Angeles': [
        'BEGIN:VTIMEZONE', 'TZID:America/Los_Angeles', 'X-LIC-LOCATION:America/Los_Angeles',
        'BEGIN:DAYLIGHT', 'TZOFFSETFROM:-0800', 'TZOFFSETTO:-0700', 'TZNAME:PDT', 'DTSTART:19700308T020000',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
        'BEGIN:STANDARD', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800', 'TZNAME:PST', 'DTSTART:19701101T020000',
        'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD', 'END:VTIMEZONE'],
}


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def att_line(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp='TRUE', style='google'):
    if style == 'google':
        return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};'
                f'CN={cn(name or email)};X-NUM-GUESTS=0:mailto:{email}')
    return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn(name or email)}:mailto:{email}'


def calendar(method, prodid, events, tzids=(), extra_top=()):
    lines = ['BEGIN:VCALENDAR', f'PRODID:{prodid}', 'VERSION:2.0', 'CALSCALE:GREGORIAN']
    if method:
        lines.append(f'METHOD:{method}')
    lines += list(extra_top)
    for t in tzids:
        lines += VTZ[t]
    for ev in events:
        lines += ev
    lines.append('END:VCALENDAR')
    return ical(lines)


def vevent(*, uid, start, end, mode, summary, dtstamp, seq=0, organizer=None, attendees=(), description=None,
           location=None, status='CONFIRMED', style='google', extra=(), created=None, allday=False):
    ev = ['BEGIN:VEVENT']
    if allday:
        ev += [f'DTSTART;VALUE=DATE:{start:%Y%m%d}', f'DTEND;VALUE=DATE:{end:%Y%m%d}']
    else:
        ev += [dtprop('DTSTART', start, mode)]
        if end is not None:
            ev.append(dtprop('DTEND', end, mode))
    ev.append(f'DTSTAMP:{utcstamp(dtstamp)}')
    if organizer:
        ev.append(f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}')
    ev.append(f'UID:{uid}')
    for a in attendees:
        ev.append(att_line(*a, style=style) if len(a) < 6 else att_line(*a[:5], style=style))
    if created:
        ev.append(f'CREATED:{utcstamp(created)}')
    if description is not None:
        ev.append(f'DESCRIPTION:{esc(description)}')
    if location is not None:
        ev.append(f'LOCATION:{esc(location)}')
    ev += [f'SEQUENCE:{seq}', f'STATUS:{status}', f'SUMMARY:{esc(summary)}', 'TRANSP:OPAQUE']
    ev += list(extra)
    ev.append('END:VEVENT')
    return ev


# --------------------------------------------------------------------------- vendor builders
GOOGLE_PRODID = '-//Google Inc//Google Calendar 70.9054//EN'
GFOOT = ('Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
         'You are receiving this email because you are an attendee on the event.\n\n'
         'Forwarding this invitation could allow any recipient to send a response to the organizer, be added '
         'to the guest list, invite others regardless of their own invitation status, or modify your RSVP. '
         'Learn more https://support.google.com/calendar/answer/37135#forwarding')


def g_when(start, end):
    s, e = start.astimezone(JLM), end.astimezone(JLM)
    return f'{s:%a %b} {s.day}, {s.year} {h12(s)} - {h12(e)} ({s.tzname()})'


def google_invite(*, msgid, date, org, title, start, end, uid, seq, created, guests, desc='', meet=None,
                  location=None, kind='new', note=None, sender=None):
    """guests: list of (name, email, partstat, optional_bool). org is (name, email) = organizer.
    kind: new | updated | canceled | accepted (sender = replying guest)."""
    s, e = start.astimezone(JLM), end.astimezone(JLM)
    uid_local = uid.split('@')[0]
    eid = base64.urlsafe_b64encode(f'{uid_local} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    when_long = f'{s:%A %b} {s.day}, {s.year} ⋅ {h12(s)} – {h12(e)}'
    tzlabel = 'Israel Time - Jerusalem'
    prefix = {'new': 'Invitation', 'updated': 'Updated invitation', 'canceled': 'Canceled event',
              'accepted': 'Accepted'}[kind]
    if kind == 'canceled' and note:
        prefix = 'Canceled event with note'
    subject = f'{prefix}: {title} @ {g_when(start, end)} ({OWNER})'
    lines = []
    if kind == 'updated':
        lines += ['This event has been updated', 'Changed: time', '']
    if kind == 'canceled':
        lines += ['This event has been canceled' + (' with this note:' if note else '.')]
        if note:
            lines += ['"' + note + '"']
        lines += ['']
    if kind == 'accepted':
        lines += [f'{sender[0]} has accepted this invitation.', '']
    lines += [title, when_long, tzlabel, '']
    if meet and kind != 'canceled':
        lines += ['Join with Google Meet', f'https://meet.google.com/{meet}', '']
    if location:
        lines += ['Location', location, '']
    lines += ['Organizer', org[0], org[1], '', 'Guests']
    lines += [f'{org[0]} - organizer', org[1]]
    for g in guests:
        if g[1] == org[1]:
            continue
        lines += [(g[0] + (' - optional' if len(g) > 3 and g[3] else '')) if g[0] else g[1]]
        if g[0]:
            lines.append(g[1])
    lines += [f'View all guest info {view}', '']
    if desc and kind != 'canceled':
        lines += [desc, '']
    if kind in ('new', 'updated'):
        lines += [f'Reply for {OWNER} and view more details {view}', '']
    lines += ['~~//~~', GFOOT if kind != 'accepted' else
              'Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this '
              'email because you are subscribed to calendar notifications. To stop receiving these emails, go to '
              'https://calendar.google.com/calendar/r/settings, select this calendar, and change "Other notifications".']
    text = '\n'.join(lines) + '\n'
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                 '<div style="font-family:Roboto,Helvetica,Arial,sans-serif" dir="auto">'
                 + ''.join(f'<p dir="auto">{html.escape(b, quote=False).replace(chr(10), "<br>")}</p>\n'
                           for b in text.split('\n\n') if b.strip())
                 + '</div></body></html>\n')
    method = {'new': 'REQUEST', 'updated': 'REQUEST', 'canceled': 'CANCEL', 'accepted': 'REPLY'}[kind]
    att = []
    if kind == 'accepted':
        att = [(sender[0], sender[1], 'REQ-PARTICIPANT', 'ACCEPTED')]
    else:
        for g in guests:
            role = 'OPT-PARTICIPANT' if len(g) > 3 and g[3] else 'REQ-PARTICIPANT'
            att.append((g[0], g[1], role, g[2]))
    extra = []
    if meet and kind != 'canceled':
        extra.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    gdesc = desc
    if meet and kind != 'canceled':
        gdesc = (desc + '\n\n' if desc else '') + ('-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                 f'Join with Google Meet: https://meet.google.com/{meet}\n\nLearn more about Meet at: '
                 'https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n'
                 '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    ev = vevent(uid=uid, start=start, end=end, mode='utc', summary=title, dtstamp=date, seq=seq, organizer=org,
                attendees=att, description=gdesc, location=location or '',
                status='CANCELLED' if kind == 'canceled' else 'CONFIRMED', created=created,
                extra=extra + [f'LAST-MODIFIED:{utcstamp(date)}'])
    cal = calendar(method, GOOGLE_PRODID, [ev])
    seed = msgid
    alt = mp('alternative', bnd(seed + 'alt'), [
        part(text, params='; format=flowed; delsp=yes', cte='base64'),
        part(html_body, 'text/html', cte='quoted-printable'),
        part(cal, 'text/calendar', cte='base64', params=f'; method={method}')])
    body = with_attachments(seed, alt, [('invite.ics', f'application/ics', cal)])
    frm = sender if kind == 'accepted' else org
    hs = [('Delivered-To', OWNER),
          ('Received', f'from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])\n'
                       f'        by mx.google.com with SMTPS id {seed_hex(msgid, 12)}\n        for <{OWNER}>\n'
                       f'        (Google Transport Security);\n        {rfc_date(date.astimezone(JLM))}'),
          ('Return-Path', f'<{seed_hex(msgid, 22)}@calendar-server.bounces.google.com>'),
          ('Reply-To', addr(*frm)),
          ('Sender', 'Google Calendar <calendar-notification@google.com>'),
          ('Message-ID', f'<{msgid}>'), ('Date', rfc_date(date.astimezone(UTC)).replace('-0000', '+0000')),
          ('Subject', subj(subject)), ('From', addr(*frm)), ('To', OWNER)]
    return eml(hs, body)


def outlook_invite(*, msgid, date, org, to, subject, tzid, start, end, uid, seq, attendees, body_text,
                   location='Microsoft Teams Meeting', teams=True, cc=None, method='REQUEST', lang='en-US',
                   status='CONFIRMED', rtl=False, created=None):
    """Exchange/Teams invite: multipart/alternative with text/plain, text/html and text/calendar."""
    teams_id = seed_hex(msgid, 28)
    tblock = ''
    if teams:
        tblock = ('\n\n________________________________________________________________________________\n'
                  'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
                  f'Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{teams_id}%40thread.v2/0>\n'
                  f'Meeting ID: {int(seed_hex(msgid, 10), 16) % 10**12:012d}\nPasscode: {seed_hex(msgid + "p", 6)}\n'
                  'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web'
                  '<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
                  'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
                  '________________________________________________________________________________\n')
    text = body_text + tblock
    ev = vevent(uid=uid, start=start, end=end, mode=tzid, summary=subject, dtstamp=date, seq=seq, organizer=org,
                attendees=attendees, description=text, location=location, status=status, style='outlook',
                created=created,
                extra=['CLASS:PUBLIC', 'PRIORITY:5', f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
                       f'X-MICROSOFT-CDO-OWNERAPPTID:{int(seed_hex(uid, 8), 16) % 2**31}',
                       'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
                       'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1',
                       'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
                       'X-MICROSOFT-DISALLOW-COUNTER:FALSE', f'X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}'])
    cal = calendar(method, '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', [ev], tzids=[tzid])
    alt = mp('alternative', bnd(msgid, 'outlook'), [
        part(text, cte='quoted-printable', charset='utf-8'),
        part('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
             f'<body{" dir=rtl" if rtl else ""}>' + to_html(text, rtl) + '</body></html>\n', 'text/html',
             cte='quoted-printable', charset='utf-8'),
        part(cal, 'text/calendar', cte='base64', charset='utf-8', params=f'; method={method}')])
    hs = [('Delivered-To', OWNER),
          ('Received', f'from {seed_hex(msgid, 4).upper()}PR01MB{int(seed_hex(msgid, 4), 16) % 9000 + 1000}.eurprd01.prod.exchangelabs.com\n'
                       f'        by mx.example.com with ESMTPS id {seed_hex(msgid, 12)};\n        {rfc_date(date.astimezone(UTC))}'),
          ('From', addr(*org)), ('To', ', '.join(addr(*t) for t in to)),
          ('CC', ', '.join(addr(*c) for c in cc) if cc else None),
          ('Subject', subj(subject)), ('Thread-Topic', subj(subject)),
          ('Thread-Index', base64.b64encode(hashlib.sha1(msgid.encode()).digest()[:22]).decode()),
          ('Date', rfc_date(date.astimezone(UTC)).replace('-0000', '+0000')),
          ('Message-ID', f'<{msgid}>'), ('Accept-Language', f'{lang}, he-IL'), ('Content-Language', lang),
          ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
          ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + seed_hex(uid, 16))]
    return eml([(k, v) for k, v in hs if v is not None], alt)


def gcal_event(*, eid, created, updated, summary, description, org, start, end, tzname, attendees, meet=None,
               status='confirmed', location=None, seq=0):
    ev = {'kind': 'calendar#event', 'etag': '"' + str(int(seed_hex(eid, 12), 16)) + '"', 'id': eid,
          'status': status,
          'htmlLink': 'https://www.google.com/calendar/event?eid=' +
                      base64.urlsafe_b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
          'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
          'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
          'summary': summary, 'description': description}
    if location:
        ev['location'] = location
    ev['creator'] = {'email': org[1], 'displayName': org[0]}
    ev['organizer'] = {'email': org[1], 'displayName': org[0]}
    ev['start'] = {'dateTime': start.isoformat(), 'timeZone': tzname}
    ev['end'] = {'dateTime': end.isoformat(), 'timeZone': tzname}
    ev['iCalUID'] = f'{eid}@google.com'
    ev['sequence'] = seq
    ev['attendees'] = attendees
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


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {'company': company, 'role': role, 'start': start.isoformat(),
            'end': end.isoformat() if end is not None else None, 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followup), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews, 'difficulty': difficulty,
            'category': category, 'notes': notes, 'source': 'synthetic'}


GMAIL_RX = 'mx.google.com'
NOA_SIG_HE = '--\nנועה אלמוג\nאנליסטית אבטחת מידע | Security Analyst\n052-555-0143'
NOA_SIG_EN = '--\nNoa Almog\nSecurity Analyst | Haifa, Israel\n+972-52-555-0143'


def noa_mail(*, msgid, date, to, subject, text, rtl=False, in_reply_to=None, refs=None, cc=None, cte='base64'):
    """A message the owner sent that also landed in her mailbox (Delivered-To via Gmail 'send to self' copy)."""
    hs = [('Delivered-To', OWNER), ('Message-ID', f'<{msgid}>'), ('Date', rfc_date(date)),
          ('From', addr(OWNER_NAME if not rtl else OWNER_HE, OWNER)),
          ('To', ', '.join(addr(*t) for t in to)),
          ('Cc', ', '.join(addr(*c) for c in cc) if cc else None), ('Subject', subj(subject)),
          ('In-Reply-To', f'<{in_reply_to}>' if in_reply_to else None),
          ('References', ' '.join(f'<{r}>' for r in refs) if refs else None)]
    return eml(hs, gmail_alt(msgid, text, rtl=rtl, cte=cte))


HE_MON = ['ינו׳', 'פבר׳', 'מרץ', 'אפר׳', 'מאי', 'יוני', 'יולי', 'אוג׳', 'ספט׳', 'אוק׳', 'נוב׳', 'דצמ׳']


def en_attr(d, name, email):
    h = d.hour % 12 or 12
    return f'On {d:%a, %b} {d.day}, {d.year} at {h}:{d.minute:02d} {"AM" if d.hour < 12 else "PM"} {name} <{email}> wrote:'


def he_attr(d, name, email):
    return f'בתאריך יום {HE_DAYS[d.strftime("%a")]}׳, {d.day} ב{HE_MON[d.month - 1]} {d.year} ב-{d:%H:%M} מאת {name} <{email}>:'


# =========================================================================== POSITIVE CASES
def c01():
    slug = 'b161-01-comeet-hebrew-phone-screen'
    sent = at(JLM, 2026, 3, 12, 15, 42, 7, wd='Thu')
    start = at(JLM, 2026, 3, 16, 10, 30, wd='Mon')
    he_wd(start, 'ב')
    end = start + timedelta(minutes=30)
    shira = ('שירה כהן', 'shira.cohen@migdalor-cyber.example')
    text = (
        'היי נועה,\n\n'
        'תודה על ההתעניינות במשרת SOC Analyst Tier 2 במגדלור סייבר!\n'
        'נשמח לקבוע איתך שיחה טלפונית ראשונית (כ-30 דקות) עם שירה כהן, רכזת הגיוס שלנו.\n\n'
        'מועד: יום ב׳, 16.3.2026\n'
        'שעה: 10:30–11:00 (שעון ישראל)\n'
        'אופן: שיחה טלפונית – שירה תתקשר אלייך למספר 052-555-0143\n\n'
        'בשיחה נדבר על הניסיון שלך ב-SOC, על הצוות ועל תהליך הגיוס. אם נמשיך משם, השלבים הבאים הם מטלת בית '
        'וראיון טכני עם ראש הצוות.\n\n'
        'אם המועד לא מתאים, אפשר להשיב למייל הזה ושירה תחזור אלייך (shira.cohen@migdalor-cyber.example).\n'
        'מצורף זימון ליומן.\n\n'
        'בהצלחה,\nצוות הגיוס של מגדלור סייבר\n\n'
        '--\nSent via Comeet | ההודעה נשלחה באמצעות Comeet\n')
    ev = vevent(uid='c0mEEt-7f3a91d2-migdalor-ps-0316@comeet.com', start=start, end=end, mode='Asia/Jerusalem',
                summary='שיחה טלפונית – מגדלור סייבר (SOC Analyst Tier 2)', dtstamp=sent, organizer=shira,
                attendees=[(shira[0], shira[1], 'REQ-PARTICIPANT', 'ACCEPTED', 'FALSE'),
                           (OWNER_HE, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE')],
                description='שיחה טלפונית עם שירה כהן (רכזת גיוס). שירה תתקשר אלייך למספר 052-555-0143.',
                location='שיחה טלפונית', style='outlook', created=sent)
    cal = calendar('REQUEST', '-//Comeet//Comeet Scheduling//EN', [ev], tzids=['Asia/Jerusalem'])
    mid = '20260312134207.5d1c9a0e7b.comeet-mailer@comeet.com'
    hs = std_headers(mid, sent, ('Migdalor Cyber Recruiting', 'no-reply@comeet.com'), [(OWNER_HE, OWNER)],
                     'זימון לשיחה טלפונית – SOC Analyst Tier 2 | מגדלור סייבר', reply_to=shira,
                     extra=[('X-Mailer', 'Comeet Mailer'), ('Auto-Submitted', 'auto-generated')])
    body = with_attachments(mid, gmail_alt(mid, text, rtl=True, cte='base64'),
                            [('invite.ics', 'text/calendar; charset="UTF-8"; method=REQUEST', cal)], style='java')
    files = {'01-comeet-phone-screen.eml': eml(hs, body)}
    lab = label([iv('Migdalor Cyber', 'SOC Analyst Tier 2', start, end, 'scheduled', [shira[1]], [shira[1]],
                    'phone_screen')], 'easy', 'positive/ats-hebrew-comeet',
                'Comeet mail in Hebrew (base64, RTL HTML) + .ics with Asia/Jerusalem VTIMEZONE; March 16 is before '
                'Israel DST (+02:00). The recruiter herself makes the call, so she is the interviewer; sender is '
                'no-reply, Reply-To is the recruiter.')
    return slug, files, lab


def c02():
    slug = 'b161-02-greenhouse-ny-hm-march-dst-gap'
    sent = at(NYC, 2026, 3, 11, 11, 20, 5, wd='Wed')
    start = at(NYC, 2026, 3, 17, 10, 0, wd='Tue')
    end = start + timedelta(minutes=45)
    assert start.astimezone(JLM).hour == 16  # US already on EDT, Israel not yet on IDT
    dana = ('Dana Whitfield', 'dana.whitfield@corvid-shield.example')
    marcus = ('Marcus Bell', 'marcus.bell@corvid-shield.example')
    subject = 'Interview Confirmation: Corvid Shield - Senior Threat Intelligence Analyst'
    t1 = ('Hi Noa,\n\n'
          'Thank you for your interest in the Senior Threat Intelligence Analyst position at Corvid Shield! '
          'Your interview has been confirmed for:\n\n'
          'Tuesday, March 17, 2026\n10:00 AM - 10:45 AM EDT\n'
          'Hiring Manager Interview with Marcus Bell (Director, Threat Intelligence)\n\n'
          'Location: Zoom - https://corvid-shield.zoom.us/j/84120937765?pwd=Q2FwZk1uTnZsUWpx\n\n'
          'A calendar invitation is attached. If you need to reschedule, simply reply to this email.\n\n'
          'Best,\nDana Whitfield\nRecruiting Coordinator | Corvid Shield\n\n'
          'Powered by Greenhouse\n')
    ev = vevent(uid='greenhouse-interview-55019342-corvidshield@greenhouse.io', start=start, end=end, mode='utc',
                summary='Hiring Manager Interview - Corvid Shield', dtstamp=sent, organizer=dana,
                attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE')],
                description='Hiring Manager Interview with Marcus Bell (Director, Threat Intelligence)\n'
                            'Zoom: https://corvid-shield.zoom.us/j/84120937765?pwd=Q2FwZk1uTnZsUWpx',
                location='Zoom', style='outlook')
    cal = calendar('REQUEST', '-//Greenhouse Software Inc//Greenhouse Scheduler//EN', [ev])
    m1 = 'greenhouse.5f0c2e8b71d94a36b1a0.55019342@greenhouse.io'
    hs = std_headers(m1, sent, ('Dana Whitfield', 'no-reply@greenhouse.io'), [(OWNER_NAME, OWNER)], subject,
                     reply_to=dana)
    f1 = eml(hs, with_attachments(m1, gmail_alt(m1, t1), [('interview.ics', 'text/calendar; method=REQUEST', cal)],
                                  style='java'))
    d2 = at(JLM, 2026, 3, 11, 19, 2, 44, wd='Wed')
    m2 = 'CAHn7sQ0r8Vt2Lp1Yk_noa.almog.0311a@mail.example.com'
    t2 = ('Hi Dana,\n\nThanks, looking forward to it!\n\n'
          'Just double-checking the time on my side: 10:00 AM EDT on Tuesday the 17th should be 16:00 here in Tel Aviv, '
          'since you already moved your clocks and we only switch on March 27. Usually the gap is 7 hours, so I '
          'wanted to be sure.\n\nBest,\nNoa\n' + NOA_SIG_EN + '\n\n' + en_attr(sent, 'Dana Whitfield', dana[1]) + '\n\n' + quote(t1))
    f2 = noa_mail(msgid=m2, date=d2, to=[dana], subject='Re: ' + subject, text=t2, in_reply_to=m1, refs=[m1],
                  cte='quoted-printable')
    d3 = at(NYC, 2026, 3, 11, 13, 15, 30, wd='Wed')
    m3 = 'CAJx9b2dWq_corvid.dana.0311b@mail.gmail.com'
    t3 = ('Hi Noa,\n\nExactly right - 10:00 AM Eastern is 4:00 PM in Tel Aviv that week. I\'ve cc\'d Marcus so he has '
          'your email as well.\n\nMarcus - Noa will be joining from Israel.\n\nThanks!\nDana\n\n'
          'Dana Whitfield | Recruiting Coordinator\nCorvid Shield | New York, NY\n\n' +
          en_attr(d2.astimezone(NYC), 'Noa Almog', OWNER) + '\n\n' + quote(t2))
    hs3 = std_headers(m3, d3, dana, [(OWNER_NAME, OWNER)], 'Re: ' + subject, cc=[marcus], in_reply_to=m2,
                      refs=[m1, m2], received_by=GMAIL_RX)
    f3 = eml(hs3, gmail_alt(m3, t3))
    files = {'01-greenhouse-confirmation.eml': f1, '02-re-time-check.eml': f2, '03-re-time-confirmed-cc-hm.eml': f3}
    lab = label([iv('Corvid Shield', 'Senior Threat Intelligence Analyst', start, end, 'scheduled', [marcus[1]],
                    [marcus[1]], 'hiring_manager')], 'medium', 'positive/us-dst-gap',
                'Greenhouse confirmation (no-reply sender, .ics in UTC). Between Mar 8 and Mar 27 the ET-Israel gap is '
                '6 h, not 7. The coordinator only schedules; the hiring manager is cc\'d later in the thread, so his '
                'address is the interviewer and follow-up address.')
    return slug, files, lab


def c03():
    slug = 'b161-03-miluim-reschedule-google'
    org = ('ירדן פלג', 'yarden.peleg@karmel-signal.example')
    eli = ('אלי נבון', 'eli.navon@karmel-signal.example')
    roni = ('רוני גבאי', 'roni.gabay@karmel-signal.example')
    title = 'ראיון טכני – Incident Response Analyst | כרמל סיגנל'
    uid = '4m2q7kd0v1s9e3hb8c6t5n0p1r@google.com'
    created = at(JLM, 2026, 4, 27, 9, 11, 40, wd='Mon')
    s1 = at(JLM, 2026, 5, 5, 14, 0, wd='Tue')
    he_wd(s1, 'ג')
    e1 = s1 + timedelta(minutes=90)
    desc = ('ראיון טכני עם אלי נבון (ראש צוות IR) ורוני גבאי (אנליסטית בכירה).\n'
            'נעבור על תרחיש תקיפה, ניתוח לוגים וקצת Windows internals. לא צריך להכין כלום מראש.\n'
            'המשרדים שלנו במת״ם חיפה, בניין 30, קומה 4. חניה בחניון האורחים.')
    loc = 'כרמל סיגנל, מת״ם בניין 30, חיפה'
    guests = [(org[0], org[1], 'ACCEPTED'), (eli[0], eli[1], 'ACCEPTED'), (roni[0], roni[1], 'ACCEPTED'),
              (None, OWNER, 'NEEDS-ACTION')]
    m1 = 'calendar-1b7e52c4-93d0-4a61-8f2e-5d07c1aa9e31@google.com'
    f1 = google_invite(msgid=m1, date=created + timedelta(seconds=20), org=org, title=title, start=s1, end=e1,
                       uid=uid, seq=0, created=created, guests=guests, desc=desc, location=loc)
    d2 = at(JLM, 2026, 4, 30, 21, 47, 12, wd='Thu')
    m2 = 'CAF3pxQm1_noa.almog.miluim.0430@mail.example.com'
    he_wd(at(JLM, 2026, 5, 10), 'א')
    t2 = ('היי ירדן, ערב טוב.\n\n'
          'קיבלתי היום צו 8 לסבב מילואים מה-3.5 עד ה-10.5 כולל, כך שלא אוכל להגיע לראיון הטכני ביום ג׳ 5.5 בשעה 14:00.\n'
          'מצטערת על הדחייה – אני מאוד רוצה להמשיך בתהליך. מיום ב׳ 11.5 אני זמינה כמעט בכל שעה, חוץ מיום ה׳ 14.5 בבוקר.\n\n'
          'תודה על ההבנה,\nנועה\n' + NOA_SIG_HE + '\n')
    f2 = noa_mail(msgid=m2, date=d2, to=[org], subject='ראיון טכני ביום ג׳ 5.5 – בקשה לדחייה (מילואים)', text=t2,
                  rtl=True)
    d3 = at(JLM, 2026, 5, 3, 9, 5, 51, wd='Sun')
    s2 = at(JLM, 2026, 5, 13, 11, 0, wd='Wed')
    he_wd(s2, 'ד')
    e2 = s2 + timedelta(minutes=90)
    m3 = 'CAK8yTq3v_karmel.yarden.0503@mail.gmail.com'
    t3 = ('היי נועה,\n\nקודם כל – שתחזרי בשלום!\n'
          'דיברתי עם אלי ורוני והזזנו את הראיון ליום ד׳ 13.5 בשעה 11:00, אותו פורמט (שעה וחצי, אצלנו במשרד במת״ם).\n'
          'עדכון יגיע אלייך ביומן בעוד כמה דקות.\n\nבהצלחה בסבב,\nירדן\n\n'
          'ירדן פלג | גיוס ורכזת תהליכים\nכרמל סיגנל | מת״ם, חיפה\n\n' + he_attr(d2, OWNER_HE, OWNER) + '\n\n' + quote(t2))
    hs3 = std_headers(m3, d3, org, [(OWNER_HE, OWNER)], 'Re: ראיון טכני ביום ג׳ 5.5 – בקשה לדחייה (מילואים)',
                      in_reply_to=m2, refs=[m2], received_by=GMAIL_RX)
    f3 = eml(hs3, gmail_alt(m3, t3, rtl=True, cte='base64'))
    m4 = 'calendar-6c0f2d8a-1e47-4b93-a2c5-0f9e8d7b6a54@google.com'
    f4 = google_invite(msgid=m4, date=d3 + timedelta(minutes=2), org=org, title=title, start=s2, end=e2, uid=uid,
                       seq=1, created=created, guests=guests, desc=desc, location=loc, kind='updated')
    files = {'01-invitation-technical.eml': f1, '02-miluim-postpone-request.eml': f2,
             '03-re-moved-to-wednesday.eml': f3, '04-updated-invitation.eml': f4}
    lab = label([iv('כרמל סיגנל', 'Incident Response Analyst', s2, e2, 'scheduled', [eli[1], roni[1]],
                    [eli[1], roni[1]], 'technical')], 'medium', 'positive/reschedule-miluim',
                'Google invite (SEQUENCE 0) -> candidate called up for reserve duty (tsav 8) -> recruiter moves it -> '
                'Updated invitation, same UID, SEQUENCE 1. One interview at the final time. Organizer is the recruiter '
                '(not an interviewer); the two engineers conduct it. The company is only named in Hebrew.')
    return slug, files, lab


def c04():
    slug = 'b161-04-lever-cancel-hiring-freeze'
    jordan = ('Jordan Reyes', 'jordan.reyes@tidewater-sec.example')
    owen = ('Owen Castellano', 'owen.castellano@tidewater-sec.example')
    sent = at(LAX, 2026, 6, 4, 10, 14, 22, wd='Thu')
    start = at(LAX, 2026, 6, 10, 8, 0, wd='Wed')
    end = start + timedelta(hours=1)
    assert start.astimezone(JLM).hour == 18
    subject = 'Interview confirmed: Security Operations Engineer at Tidewater Security'
    t1 = ('Hi Noa,\n\nYou\'re all set! Here are the details for your upcoming interview with Tidewater Security.\n\n'
          'Interview: Technical interview (detection & response)\n'
          'Interviewer: Owen Castellano, Staff Detection Engineer (owen.castellano@tidewater-sec.example)\n'
          'When: Wednesday, June 10, 2026, 8:00 AM - 9:00 AM Pacific Time (PDT)\n'
          '      (6:00 PM - 7:00 PM in Haifa)\n'
          'Where: Google Meet - https://meet.google.com/tdw-qxrn-kpa\n\n'
          'We\'ve attached a calendar invite. Let me know if anything changes on your end.\n\n'
          'Best,\nJordan Reyes\nTechnical Recruiter, Tidewater Security\n\n'
          '---\nSent with Lever. Tidewater Security uses Lever to manage its hiring process.\n')
    uid = 'lever-iv-8d21f0c3-6a5e-4c1b-9f77-2e3b40d5a118@hire.lever.co'
    atts = [(owen[0], owen[1], 'REQ-PARTICIPANT', 'ACCEPTED', 'FALSE'),
            (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE')]
    ev = vevent(uid=uid, start=start, end=end, mode='utc', summary='Tidewater Security - Technical interview',
                dtstamp=sent, organizer=jordan, attendees=atts, style='outlook',
                description='Technical interview with Owen Castellano.\nGoogle Meet: https://meet.google.com/tdw-qxrn-kpa',
                location='https://meet.google.com/tdw-qxrn-kpa')
    cal = calendar('REQUEST', '-//Lever//Lever Scheduling//EN', [ev])
    m1 = '0100018fe3a1b2c4-7d9e0f12-3a4b-4c5d-8e6f-a7b8c9d0e1f2-000000@email.hire.lever.co'
    hs = std_headers(m1, sent, ('Jordan Reyes', 'no-reply@hire.lever.co'), [(OWNER_NAME, OWNER)], subject,
                     reply_to=jordan, extra=[('X-SES-Outgoing', '2026.06.04-54.240.8.21')])
    f1 = eml(hs, with_attachments(m1, gmail_alt(m1, t1), [('invite.ics', 'text/calendar; method=REQUEST', cal)],
                                  style='java'))
    d2 = at(LAX, 2026, 6, 8, 16, 40, 3, wd='Mon')
    t2 = ('Hi Noa,\n\nI\'m sorry to be writing with this news. As of this morning the Security Operations Engineer '
          'role has been put on hold as part of a company-wide hiring freeze, so unfortunately we have to cancel '
          'Wednesday\'s interview with Owen. I\'ve sent a calendar cancellation as well.\n\n'
          'This is not a reflection on you at all - the team was genuinely excited to talk. If the req re-opens '
          'I\'ll reach out to you first.\n\nAll the best,\nJordan\n\n' + en_attr(sent, 'Jordan Reyes', 'no-reply@hire.lever.co') +
          '\n\n' + quote(t1))
    ev2 = vevent(uid=uid, start=start, end=end, mode='utc', summary='Canceled: Tidewater Security - Technical interview',
                 dtstamp=d2, seq=1, organizer=jordan, attendees=atts, style='outlook', status='CANCELLED',
                 description='This interview has been canceled.')
    cal2 = calendar('CANCEL', '-//Lever//Lever Scheduling//EN', [ev2])
    m2 = 'CAGt4rD1z_tidewater.jordan.0608@mail.gmail.com'
    hs2 = std_headers(m2, d2, jordan, [(OWNER_NAME, OWNER)], 'Re: ' + subject, cc=[owen], in_reply_to=m1, refs=[m1],
                      received_by=GMAIL_RX)
    f2 = eml(hs2, with_attachments(m2, gmail_alt(m2, t2), [('cancel.ics', 'text/calendar; method=CANCEL', cal2)]))
    files = {'01-lever-interview-confirmed.eml': f1, '02-re-interview-canceled-freeze.eml': f2}
    lab = label([iv('Tidewater Security', 'Security Operations Engineer', start, end, 'cancelled', [owen[1]],
                    [owen[1]], 'technical')], 'medium', 'positive/cancellation',
                'Lever confirmation (no-reply, UTC .ics) then the recruiter cancels because of a hiring freeze with '
                'METHOD:CANCEL. Kept as cancelled at its last time (8:00 PDT = 18:00 Israel).')
    return slug, files, lab


def c05():
    slug = 'b161-05-home-assignment-then-review-interview'
    michal = ('מיכל אדלר', 'michal.adler@pardes-sec.example')
    aviv = ('אביב רמון', 'aviv.ramon@pardes-sec.example')
    lior = ('ליאור כץ', 'lior.katz@pardes-sec.example')
    d1 = at(JLM, 2026, 5, 24, 10, 2, 18, wd='Sun')
    due = at(JLM, 2026, 5, 28, 18, 0, wd='Thu')
    he_wd(due, 'ה')
    subject = 'מטלת בית – Detection Engineer | פרדס סקיוריטי'
    t1 = ('שלום נועה,\n\n'
          'כפי שדיברנו בטלפון, מצורף הקישור למטלת הבית למשרת Detection Engineer:\n'
          'https://pardes-security.comeet.co/assignments/8Q2XK-detection\n\n'
          'המטלה: כתיבת 4–5 חוקי זיהוי (Sigma או KQL) על בסיס סט הלוגים המצורף, והסבר קצר על כל חוק.\n'
          'הגשה: עד יום ה׳ 28.5 בשעה 18:00.\n'
          'אין צורך להשקיע יותר מ-4–5 שעות.\n\n'
          'אחרי ההגשה נקבע ראיון טכני שבו תציגי את הפתרון לצוות.\n\n'
          'בהצלחה!\nמיכל אדלר | גיוס טכנולוגי\nפרדס סקיוריטי\n\n--\nSent via Comeet\n')
    m1 = '20260524070218.a81f3e2c90.comeet-mailer@comeet.com'
    hs1 = std_headers(m1, d1, ('Pardes Security', 'no-reply@comeet.com'), [(OWNER_HE, OWNER)], subject,
                      reply_to=michal, extra=[('X-Mailer', 'Comeet Mailer'), ('Auto-Submitted', 'auto-generated')])
    f1 = eml(hs1, gmail_alt(m1, t1, rtl=True, cte='base64'))
    d2 = at(JLM, 2026, 5, 27, 22, 15, 40, wd='Wed')
    m2 = 'CAF3pxQm1_noa.almog.pardes.0527@mail.example.com'
    t2 = ('היי מיכל,\n\nהגשתי את המטלה דרך הקישור (PDF + קובץ חוקים). היה מעניין במיוחד החלק של ה-lateral movement 🙂\n'
          'אשמח לשמוע לגבי ההמשך.\n\nתודה,\nנועה\n' + NOA_SIG_HE + '\n\n' + he_attr(d1, 'Pardes Security', 'no-reply@comeet.com') +
          '\n\n' + quote(t1))
    f2 = noa_mail(msgid=m2, date=d2, to=[michal], subject='Re: ' + subject, text=t2, rtl=True, in_reply_to=m1,
                  refs=[m1])
    d3 = at(JLM, 2026, 5, 28, 12, 40, 9, wd='Thu')
    start = at(JLM, 2026, 6, 7, 9, 30, wd='Sun')
    he_wd(start, 'א')
    end = start + timedelta(minutes=75)
    t3 = ('היי נועה,\n\nקיבלנו, תודה רבה! אביב (ראש צוות Detection) וליאור עברו בקצרה על הפתרון ואהבו.\n\n'
          'השלב הבא הוא ראיון טכני: תציגי את החוקים שכתבת (כ-20 דקות) ואחר כך אביב וליאור ישאלו שאלות טכניות.\n'
          'קבענו ליום א׳ 7.6 בשעה 09:30, לשעה ורבע, במשרדים שלנו בתל אביב – מנחם בגין 144, קומה 21.\n'
          'אביב וליאור מכותבים כאן, אם יש לך שאלות מקדימות אפשר לפנות אליהם ישירות.\n\n'
          'בהצלחה,\nמיכל\n\nמיכל אדלר | גיוס טכנולוגי\nפרדס סקיוריטי | 03-555-0192\n\n' +
          he_attr(d2, OWNER_HE, OWNER) + '\n\n' + quote(t2))
    m3 = 'CAM1chal7x_pardes.0528@mail.gmail.com'
    hs3 = std_headers(m3, d3, michal, [(OWNER_HE, OWNER)], 'Re: ' + subject, cc=[aviv, lior], in_reply_to=m2,
                      refs=[m1, m2], received_by=GMAIL_RX)
    f3 = eml(hs3, gmail_alt(m3, t3, rtl=True, cte='quoted-printable'))
    files = {'01-comeet-home-assignment.eml': f1, '02-re-assignment-submitted.eml': f2,
             '03-re-review-interview-scheduled.eml': f3}
    lab = label([iv('Pardes Security', 'Detection Engineer', start, end, 'scheduled', [aviv[1], lior[1]],
                    [aviv[1], lior[1]], 'technical')], 'hard', 'positive/home-assignment-loop',
                'Home assignment (not an interview; its deadline Thu 28.5 18:00 is a decoy time) followed by a '
                'Hebrew e-mail that books the review + technical interview on Sunday (Israeli work week) 7.6 09:30 for '
                '75 minutes. Body only, no invite. Interviewers are cc\'d; the recruiter only schedules.')
    return slug, files, lab


def c06():
    slug = 'b161-06-greenhouse-onsite-haifa-after-dst'
    tamar = ('Tamar Oz', 'tamar.oz@nesher-cloud.example')
    gal = ('Gal Shapira', 'gal.shapira@nesher-cloud.example')
    hila = ('Hila Dror', 'hila.dror@nesher-cloud.example')
    boaz = ('Boaz Levi', 'boaz.levi@nesher-cloud.example')
    sent = at(JLM, 2026, 3, 24, 14, 30, 0, wd='Tue')
    assert sent.utcoffset() == timedelta(hours=2)
    day = (2026, 3, 29)
    s = [at(JLM, *day, 9, 30, wd='Sun'), at(JLM, *day, 10, 45), at(JLM, *day, 12, 30)]
    e = [at(JLM, *day, 10, 30), at(JLM, *day, 11, 45), at(JLM, *day, 13, 15)]
    assert s[0].utcoffset() == timedelta(hours=3)
    subject = 'Your onsite interview at Nesher Cloud - Sunday, March 29'
    t1 = ('Hi Noa,\n\nWe\'re excited to host you at our Haifa office for your onsite interview for the '
          'Senior SOC Analyst position! Here is your itinerary for Sunday, March 29, 2026.\n\n'
          'All times are Haifa local time. Heads-up: Israel switches to summer time (IDT, GMT+3) this Friday, '
          'March 27, so the times below are already summer time.\n\n'
          '09:30 - 10:30  Technical deep dive - Gal Shapira, Security Engineering Lead\n'
          '10:45 - 11:45  Incident response scenario - Hila Dror, SOC Manager\n'
          '11:45 - 12:30  Lunch with the team (informal, not an interview)\n'
          '12:30 - 13:15  Hiring manager conversation - Boaz Levi, VP Security Operations\n\n'
          'Address: Nesher Cloud, MATAM Building 22, 3rd floor, Haifa. Please bring an ID for the security desk; '
          'visitor parking is at the south gate.\n\n'
          'Calendar invites for each session are attached. If you have any questions, reply to this email.\n\n'
          'See you soon,\nTamar Oz\nRecruiting Coordinator, Nesher Cloud\n\nPowered by Greenhouse\n')
    rows = ''.join(f'<tr><td style="padding:4px 12px">{a}</td><td style="padding:4px 12px">{b}</td></tr>'
                   for a, b in [('09:30 - 10:30', 'Technical deep dive - Gal Shapira, Security Engineering Lead'),
                                ('10:45 - 11:45', 'Incident response scenario - Hila Dror, SOC Manager'),
                                ('11:45 - 12:30', 'Lunch with the team (informal, not an interview)'),
                                ('12:30 - 13:15', 'Hiring manager conversation - Boaz Levi, VP Security Operations')])
    h1 = ('<html><body style="font-family:Arial,sans-serif"><p>Hi Noa,</p><p>We&#39;re excited to host you at our '
          'Haifa office for your onsite interview for the <b>Senior SOC Analyst</b> position! Here is your itinerary '
          'for <b>Sunday, March 29, 2026</b>.</p><p>All times are Haifa local time. Heads-up: Israel switches to summer '
          'time (IDT, GMT+3) this Friday, March 27, so the times below are already summer time.</p>'
          f'<table border="1" cellspacing="0">{rows}</table>'
          '<p>Address: Nesher Cloud, MATAM Building 22, 3rd floor, Haifa. Please bring an ID for the security desk; '
          'visitor parking is at the south gate.</p><p>Calendar invites for each session are attached. If you have any '
          'questions, reply to this email.</p><p>See you soon,<br>Tamar Oz<br>Recruiting Coordinator, Nesher Cloud</p>'
          '<p style="color:#888">Powered by Greenhouse</p></body></html>\n')
    atts = []
    names = ['Technical deep dive', 'Incident response scenario', 'Hiring manager conversation']
    for i, (who, nm) in enumerate(zip([gal, hila, boaz], names)):
        ev = vevent(uid=f'greenhouse-interview-7730{i + 1}18-nesher@greenhouse.io', start=s[i], end=e[i], mode='utc',
                    summary=f'Onsite: {nm} - Noa Almog (Senior SOC Analyst)', dtstamp=sent, organizer=tamar,
                    attendees=[(who[0], who[1], 'REQ-PARTICIPANT', 'ACCEPTED', 'FALSE'),
                               (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE')],
                    description=f'{nm} with {who[0]}.\nNesher Cloud, MATAM Building 22, 3rd floor, Haifa',
                    location='Nesher Cloud, MATAM Building 22, Haifa', style='outlook')
        atts.append((f'interview-{i + 1}.ics', 'text/calendar; method=REQUEST',
                     calendar('REQUEST', '-//Greenhouse Software Inc//Greenhouse Scheduler//EN', [ev])))
    m1 = 'greenhouse.c41d7a0e2b8f4e19a3d5.77301118@greenhouse.io'
    hs = std_headers(m1, sent, ('Tamar Oz', 'no-reply@greenhouse.io'), [(OWNER_NAME, OWNER)], subject, reply_to=tamar)
    inner = mp('alternative', bnd(m1 + 'alt', 'java'), [part(t1), part(h1, 'text/html')])
    f1 = eml(hs, with_attachments(m1, inner, atts, style='java'))
    files = {'01-greenhouse-onsite-itinerary.eml': f1}
    lab = label([iv('Nesher Cloud', 'Senior SOC Analyst', s[0], e[2], 'scheduled', [gal[1], hila[1], boaz[1]],
                    [gal[1], hila[1], boaz[1]], 'onsite')], 'hard', 'positive/onsite-loop-dst',
                'Greenhouse itinerary sent on Mar 24 (+02:00) for a Sunday Mar 29 loop in Haifa, after Israel moved to '
                'IDT on Fri Mar 27 (EU only moves on the 29th, US on Mar 8). Three session .ics files in UTC; lunch break '
                'in between. One onsite 09:30-13:15 +03:00 with all three interviewers; coordinator excluded.')
    return slug, files, lab


def c07():
    slug = 'b161-07-bangalore-team-ist-is-india'
    ananya = ('Ananya Rao', 'ananya.rao@vyomsec.example')
    karthik = ('Karthik Raman', 'karthik.raman@vyomsec.example')
    d1 = at(KOL, 2026, 4, 8, 11, 5, 33, wd='Wed')
    start = at(KOL, 2026, 4, 14, 15, 30, wd='Tue')
    end = start + timedelta(hours=1)
    assert start.astimezone(JLM).strftime('%H:%M') == '13:00'
    subject = 'Vyom Security Labs | Technical Interview - Threat Researcher'
    t1 = ('Hi Noa,\n\nGreetings from Vyom Security Labs!\n\n'
          'Thank you for your time on the introductory call. We are happy to move you forward for the Threat '
          'Researcher role. Your technical interview with Karthik Raman (Principal Threat Researcher) is scheduled '
          'as below:\n\n'
          'Date: Tuesday, 14 April 2026\nTime: 3:30 PM - 4:30 PM IST\nMode: Microsoft Teams (invite will come from Karthik)\n\n'
          'The discussion will cover malware triage, YARA and one of your past investigations. Kindly confirm your '
          'availability.\n\nThanks & Regards,\nAnanya Rao\nTalent Acquisition | Vyom Security Labs\n'
          '4th Floor, Prestige Tech Park, Outer Ring Road, Bengaluru 560103, India\n+91 80 5555 0118\n')
    m1 = 'PN3P287MB1174A2C9E1F04D5B0B7E9C4AD9A12@PN3P287MB1174.INDP287.PROD.OUTLOOK.COM'
    hs1 = std_headers(m1, d1, ananya, [(OWNER_NAME, OWNER)], subject, received_by='mx.example.com')
    f1 = eml(hs1, mp('alternative', bnd(m1, 'outlook'), [part(t1, charset='us-ascii'),
                                                        part(to_html(t1), 'text/html', charset='us-ascii')]))
    d2 = at(KOL, 2026, 4, 8, 11, 32, 10)
    body = ('Hi Noa,\n\nLooking forward to our conversation. We will go through a couple of malware samples together, '
            'so please keep a text editor handy.\n\nRegards,\nKarthik')
    f2 = outlook_invite(msgid='PN2P287MB0931E6B2D7C3A41F8E9D0C1B2A3F4@PN2P287MB0931.INDP287.PROD.OUTLOOK.COM',
                        date=d2, org=karthik, to=[(OWNER_NAME, OWNER)], cc=[ananya],
                        subject='Technical Interview: Noa Almog - Threat Researcher', tzid='India Standard Time',
                        start=start, end=end, uid='040000008200E00074C5B7101A82E008000000004D2E7C19A1C6DC01000000000000000010000000B7A3F2C1',
                        seq=0, attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE'),
                                          (ananya[0], ananya[1], 'OPT-PARTICIPANT', 'NEEDS-ACTION', 'TRUE')],
                        body_text=body, created=d2)
    d3 = at(JLM, 2026, 4, 8, 10, 20, 2, wd='Wed')
    m3 = 'CAF3pxQm1_noa.almog.vyom.0408@mail.example.com'
    t3 = ('Hi Ananya,\n\nThank you, confirmed - I accepted Karthik\'s invite. Just so we\'re aligned: 3:30 PM IST '
          '(India) is 13:00 for me in Israel.\n\nBest regards,\nNoa\n' + NOA_SIG_EN + '\n\n' +
          en_attr(d1.astimezone(JLM), 'Ananya Rao', ananya[1]) + '\n\n' + quote(t1))
    f3 = noa_mail(msgid=m3, date=d3, to=[ananya], subject='RE: ' + subject, text=t3, in_reply_to=m1, refs=[m1],
                  cte='quoted-printable')
    files = {'01-recruiter-technical-interview.eml': f1, '02-teams-invite-india-standard-time.eml': f2,
             '03-re-confirm-israel-time.eml': f3}
    lab = label([iv('Vyom Security Labs', 'Threat Researcher', start, end, 'scheduled', [karthik[1]], [karthik[1]],
                    'technical')], 'hard', 'positive/ist-india-vs-israel',
                'Bengaluru recruiter writes "3:30 PM IST" = India (+05:30), not Israel Standard Time; the Teams invite '
                'uses TZID "India Standard Time" and the candidate converts it to 13:00 Israel (IDT). Mail + invite + '
                'reply are one interview; recruiter is optional attendee only.')
    return slug, files, lab


def c08():
    slug = 'b161-08-sf-founder-final-chat-october-gap'
    rachel = ('Rachel Lindqvist', 'rachel@halyard-id.example')
    d1 = at(LAX, 2026, 10, 22, 8, 41, 10, wd='Thu')
    start = at(LAX, 2026, 10, 28, 9, 0, wd='Wed')
    end = start + timedelta(minutes=45)
    assert start.astimezone(JLM).strftime('%H:%M') == '18:00'  # Israel back on +02:00 from Oct 25, US on PDT until Nov 1
    subject = 'Final conversation - Halyard'
    t1 = ('Hi Noa,\n\nThanks for spending so much time with the team over the past couple of weeks - everyone really '
          'enjoyed the threat-modeling session with you.\n\nThe last step in our process for the Security Analyst '
          '(first security hire) role is a conversation with me. Would next Wednesday (Oct 28) at 9am Pacific work '
          'for you? I know clocks are shifting on your side around then, so please double-check the conversion.\n\n'
          'Rachel\n\n--\nRachel Lindqvist\nCEO & Co-founder, Halyard Identity\nSan Francisco, CA\n')
    m1 = 'CAPn1Rz8k_halyard.rachel.1022@mail.gmail.com'
    hs1 = std_headers(m1, d1, rachel, [(OWNER_NAME, OWNER)], subject, received_by=GMAIL_RX)
    f1 = eml(hs1, gmail_alt(m1, t1))
    d2 = at(JLM, 2026, 10, 22, 20, 3, 55, wd='Thu')
    m2 = 'CAF3pxQm1_noa.almog.halyard.1022@mail.example.com'
    t2 = ('Hi Rachel,\n\nThank you, I enjoyed it too!\n\nWednesday Oct 28 at 9am Pacific works for me. Israel goes back '
          'to winter time this Sunday (Oct 25) while you stay on daylight time until Nov 1, so it will be 18:00 for me '
          'instead of the usual 19:00.\n\nBest,\nNoa\n' + NOA_SIG_EN + '\n\n' +
          en_attr(d1.astimezone(JLM), 'Rachel Lindqvist', rachel[1]) + '\n\n' + quote(t1))
    f2 = noa_mail(msgid=m2, date=d2, to=[rachel], subject='Re: ' + subject, text=t2, in_reply_to=m1, refs=[m1],
                  cte='quoted-printable')
    d3 = at(LAX, 2026, 10, 22, 10, 30, 41, wd='Thu')
    m3 = 'CAPn1Rz8m_halyard.rachel.1022b@mail.gmail.com'
    t3 = ('Perfect, you did the math better than I would have. Let\'s plan on 45 minutes; here\'s my Zoom:\n'
          'https://halyard-id.zoom.us/j/93018442771\n\nSee you Wednesday!\nRachel\n\n' +
          en_attr(d2.astimezone(LAX), 'Noa Almog', OWNER) + '\n\n' + quote(t2))
    hs3 = std_headers(m3, d3, rachel, [(OWNER_NAME, OWNER)], 'Re: ' + subject, in_reply_to=m2, refs=[m1, m2],
                      received_by=GMAIL_RX)
    f3 = eml(hs3, gmail_alt(m3, t3))
    files = {'01-final-conversation-proposal.eml': f1, '02-re-confirm-time.eml': f2, '03-re-zoom-45-min.eml': f3}
    lab = label([iv('Halyard Identity', 'Security Analyst (first security hire)', start, end, 'scheduled',
                    [rachel[1]], [rachel[1]], 'hiring_manager')], 'hard', 'positive/thread-us-dst-gap',
                'Body-only thread: CEO proposes "next Wednesday (Oct 28) at 9am Pacific", candidate confirms, CEO sets '
                '45 min. Oct 25-Nov 1 gap: Israel already on +02:00, US still PDT, so 18:00 Israel. Final chat with the '
                'founder counts as an interview.')
    return slug, files, lab


def c09():
    slug = 'b161-09-gcal-api-two-rounds'
    orit = ('Orit Bar', 'orit.bar@tavor-analytics.example')
    daniel = ('Daniel Mor', 'daniel.mor@tavor-analytics.example')
    sivan = ('Sivan Eliav', 'sivan.eliav@tavor-analytics.example')
    s1 = at(JLM, 2026, 1, 11, 11, 0, wd='Sun')
    e1 = s1 + timedelta(minutes=30)
    ev1 = gcal_event(eid='7q0h3mu5b2k1r9sd4fe8lvc6to', created=at(JLM, 2026, 1, 6, 9, 40), updated=at(JLM, 2026, 1, 6, 9, 52),
                     summary='שיחה טלפונית – נועה אלמוג / Tavor Analytics',
                     description='שיחת היכרות ראשונית למשרת Security Analyst (SIEM) עם אורית בר ממחלקת משאבי אנוש. '
                                 'אורית תתקשר אלייך בשעה שנקבעה, כ-30 דקות.',
                     org=orit, start=s1, end=e1, tzname='Asia/Jerusalem',
                     attendees=[{'email': orit[1], 'displayName': orit[0], 'organizer': True, 'responseStatus': 'accepted'},
                                {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}])
    s2 = at(JLM, 2026, 1, 22, 14, 0, wd='Thu')
    e2 = s2 + timedelta(minutes=90)
    ev2 = gcal_event(eid='1c9e4bq6s0n8m2ta7pkr3dw5vh', created=at(JLM, 2026, 1, 13, 16, 5), updated=at(JLM, 2026, 1, 14, 8, 31),
                     summary='Technical interview – Security Analyst (SIEM) – Noa Almog',
                     description='Technical interview with Daniel Mor (SIEM Team Lead) and Sivan Eliav (Senior Security '
                                 'Analyst): KQL/Splunk queries, alert triage and a short phishing investigation.\n'
                                 'Orit only coordinates the process and will not join the call.\n'
                                 'The Tavor Interviews calendar is added for room booking.',
                     org=orit, start=s2, end=e2, tzname='Asia/Jerusalem', meet='tvr-kwsm-eqa',
                     attendees=[{'email': orit[1], 'displayName': orit[0], 'organizer': True, 'optional': True,
                                 'responseStatus': 'accepted'},
                                {'email': daniel[1], 'displayName': daniel[0], 'responseStatus': 'accepted'},
                                {'email': sivan[1], 'displayName': sivan[0], 'responseStatus': 'tentative'},
                                {'email': 'interviews@tavor-analytics.example', 'displayName': 'Tavor Interviews',
                                 'resource': False, 'responseStatus': 'accepted'},
                                {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}])
    files = {'01-phone-screen.gcal.json': ev1, '02-technical-interview.gcal.json': ev2}
    lab = label([iv('Tavor Analytics', 'Security Analyst (SIEM)', s1, e1, 'scheduled', [orit[1]], [orit[1]],
                    'phone_screen'),
                 iv('Tavor Analytics', 'Security Analyst (SIEM)', s2, e2, 'scheduled', [daniel[1], sivan[1]],
                    [daniel[1], sivan[1]], 'technical')], 'medium', 'positive/gcal-api-two-interviews',
                'Two Calendar API events (Hebrew and English summaries), both in Asia/Jerusalem winter time. Round 1: '
                'HR phone screen conducted by the organizer. Round 2: organizer only coordinates (optional) and a group '
                'calendar address is a guest; interviewers are the two engineers.')
    return slug, files, lab


def c10():
    slug = 'b161-10-teams-panel-israel-standard-time'
    adi = ('Adi Segal', 'adi.segal@gilboa-threat.example')
    yuval = ('Yuval Tal', 'yuval.tal@gilboa-threat.example')
    naama = ('Naama Friedman', 'naama.friedman@gilboa-threat.example')
    idan = ('Idan Cohen', 'idan.cohen@gilboa-threat.example')
    sent = at(JLM, 2026, 10, 20, 10, 15, 12, wd='Tue')
    assert sent.utcoffset() == timedelta(hours=3)
    start = at(JLM, 2026, 10, 27, 10, 0, wd='Tue')
    end = start + timedelta(minutes=90)
    assert start.utcoffset() == timedelta(hours=2)
    body = ('Hi Noa,\n\n'
            'As discussed, this is the panel interview for the Threat Hunter position with Yuval Tal (Head of Threat '
            'Hunting), Naama Friedman (Senior Threat Hunter) and Idan Cohen (Red Team Lead).\n'
            'Note that Israel moves back to winter time on Sunday Oct 25, so the meeting is at 10:00 IST (GMT+2). '
            'I will only open the call and hand over to the panel.\n\n'
            'היי נועה, זה הזימון לראיון הפאנל – יום ג׳ 27.10 בשעה 10:00 שעון ישראל. בהצלחה!\n\n'
            'Adi Segal | Talent Partner | Gilboa Threat Labs, Tel Aviv')
    he_wd(start, 'ג')
    f1 = outlook_invite(msgid='DB9PR08MB6651C2F7A9E04B1D8C3F5A6E7B8D9@DB9PR08MB6651.eurprd08.prod.outlook.com',
                        date=sent, org=adi, to=[(OWNER_NAME, OWNER), yuval, naama, idan],
                        subject='Panel interview - Threat Hunter - Noa Almog', tzid='Israel Standard Time',
                        start=start, end=end,
                        uid='040000008200E00074C5B7101A82E00800000000A0F3B2C8D55EDC010000000000000000100000005E1C7A92',
                        seq=0, attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE'),
                                          (yuval[0], yuval[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE'),
                                          (naama[0], naama[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE'),
                                          (idan[0], idan[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE')],
                        body_text=body, created=sent)
    files = {'01-teams-panel-invite.eml': f1}
    lab = label([iv('Gilboa Threat Labs', 'Threat Hunter', start, end, 'scheduled', [yuval[1], naama[1], idan[1]],
                    [yuval[1], naama[1], idan[1]], 'onsite')], 'medium', 'positive/exchange-windows-tzid',
                'Exchange/Teams invite with TZID "Israel Standard Time" (Windows VTIMEZONE), sent on Oct 20 (+03:00) for '
                'Oct 27 after Israel fell back on Oct 25 -> +02:00. Here "IST" really is Israel. Three-person panel -> '
                'onsite; the organizer only opens the call.')
    return slug, files, lab


def c11():
    slug = 'b161-11-hebrew-rtl-mail-plus-google-invite'
    keren = ('קרן שלו', 'keren.shalev@ofek-id.example')
    ido = ('Ido Sagi', 'ido.sagi@ofek-id.example')
    d1 = at(JLM, 2026, 6, 7, 11, 20, 45, wd='Sun')
    start = at(JLM, 2026, 6, 11, 16, 0, wd='Thu')
    he_wd(start, 'ה')
    end = start + timedelta(hours=1)
    subject = 'אופק | ראיון עם מנהל הצוות – Cloud Security Analyst'
    t1 = ('היי נועה,\n\nבהמשך לשיחה שלנו, שמחה לעדכן שנקבע לך ראיון עם עידו שגיא, מנהל צוות Cloud Security.\n\n'
          'מתי: יום ה׳, 11.6, בשעה 16:00 (שעה)\nאיפה: זום – הקישור בזימון שעידו ישלח לך בנפרד\n\n'
          'הראיון יתמקד בניסיון שלך עם AWS ו-Azure, בניטור CSPM ובאירוע שטיפלת בו. מומלץ לחשוב על דוגמה '
          'קונקרטית אחת.\n\nבהצלחה!\nקרן\n\nקרן שלו | רכזת גיוס\nאופק אידנטיטי | Ofek Identity | יגאל אלון 94, תל אביב\n')
    h1 = ('<div dir="rtl" style="font-family:Arial,sans-serif;text-align:right">'
          '<p>היי נועה,</p><p>בהמשך לשיחה שלנו, שמחה לעדכן שנקבע לך ראיון עם <b>עידו שגיא</b>, מנהל צוות Cloud Security.</p>'
          '<p><b>מתי:</b> יום ה׳, 11.6, בשעה 16:00 (שעה)<br><b>איפה:</b> זום – הקישור בזימון שעידו ישלח לך בנפרד</p>'
          '<p>הראיון יתמקד בניסיון שלך עם AWS ו-Azure, בניטור CSPM ובאירוע שטיפלת בו. מומלץ לחשוב על דוגמה קונקרטית אחת.</p>'
          '<p>בהצלחה!<br>קרן</p><p style="color:#666">קרן שלו | רכזת גיוס<br>אופק אידנטיטי | Ofek Identity | יגאל אלון 94, תל אביב</p>'
          '</div>\n')
    m1 = 'CAKr3nSh4_ofek.keren.0607@mail.gmail.com'
    hs1 = std_headers(m1, d1, keren, [(OWNER_HE, OWNER)], subject, received_by=GMAIL_RX)
    f1 = eml(hs1, gmail_alt(m1, t1, rtl=True, cte='quoted-printable', html_text=h1))
    d2 = at(JLM, 2026, 6, 7, 13, 2, 19, wd='Sun')
    f2 = google_invite(msgid='calendar-9a3e1c70-4b2d-4f58-8e61-c7d0b5a2f934@google.com', date=d2, org=ido,
                       title='ראיון: נועה אלמוג <> עידו (Cloud Security Analyst)', start=start, end=end,
                       uid='5tq2v8h1c0m3n6b9a4s7e2d0ko@google.com', seq=0, created=d2 - timedelta(seconds=30),
                       guests=[(ido[0], ido[1], 'ACCEPTED'), (None, OWNER, 'NEEDS-ACTION'),
                               (keren[0], keren[1], 'NEEDS-ACTION', True)],
                       desc='היי נועה, מחכה לשיחה! עידו', meet=None,
                       location='https://ofek-id.zoom.us/j/86120553917')
    files = {'01-recruiter-hebrew-interview-set.eml': f1, '02-invitation-from-hiring-manager.eml': f2}
    lab = label([iv('Ofek Identity', 'Cloud Security Analyst', start, end, 'scheduled', [ido[1]], [ido[1]],
                    'hiring_manager')], 'medium', 'positive/dedupe-hebrew',
                'Hebrew RTL recruiter mail (quoted-printable) announces Thursday (יום ה׳) 11.6 16:00; the hiring manager '
                'then sends a Google invite for the same slot (Zoom location, recruiter optional). One interview.')
    return slug, files, lab


def c12():
    slug = 'b161-12-interviewer-miluim-cancel-then-rebook'
    nitzan = ('ניצן הראל', 'nitzan.harel@sheleg-systems.example')
    asaf = ('אסף ברק', 'asaf.barak@sheleg-systems.example')
    title = 'ראיון טכני – AppSec Analyst – שלג מערכות'
    guests = [(nitzan[0], nitzan[1], 'ACCEPTED'), (asaf[0], asaf[1], 'ACCEPTED'), (None, OWNER, 'ACCEPTED')]
    desc = 'ראיון טכני עם אסף ברק, ראש צוות AppSec. נדבר על OWASP, code review וניתוח ממצאים מסורק.'
    c1 = at(JLM, 2026, 2, 2, 12, 0, 4, wd='Mon')
    s1 = at(JLM, 2026, 2, 8, 13, 0, wd='Sun')
    e1 = s1 + timedelta(hours=1)
    uid1 = '0e7r2c5n8a1m4q6t9s3vb7dh2k@google.com'
    f1 = google_invite(msgid='calendar-2d6f0b1e-8a3c-4e95-b7d2-41c9e0a6f583@google.com', date=c1, org=nitzan,
                       title=title, start=s1, end=e1, uid=uid1, seq=0, created=c1, guests=guests[:2] + [(None, OWNER, 'NEEDS-ACTION')],
                       desc=desc, meet='shl-fpqt-wna')
    d2 = at(JLM, 2026, 2, 5, 17, 22, 31, wd='Thu')
    note = ('אסף נקרא למילואים בהתראה קצרה, אז אנחנו מבטלים בינתיים. אחזור אלייך עם מועד חדש ברגע שיחזור. מתנצלת! ניצן')
    f2 = google_invite(msgid='calendar-8e1a5c3d-0f74-4b26-9d1e-6a2c8b0f7e45@google.com', date=d2, org=nitzan,
                       title=title, start=s1, end=e1, uid=uid1, seq=1, created=c1, guests=guests, desc=desc,
                       meet='shl-fpqt-wna', kind='canceled', note=note)
    d3 = at(JLM, 2026, 2, 18, 9, 40, 15, wd='Wed')
    s2 = at(JLM, 2026, 2, 24, 10, 0, wd='Tue')
    he_wd(s2, 'ג')
    e2 = s2 + timedelta(hours=1)
    t3 = ('היי נועה,\n\nאסף חזר מהמילואים 🙂\nקבעתי מחדש את הראיון הטכני ליום ג׳ 24.2 בשעה 10:00, שוב שעה, בגוגל מיט.\n'
          'זימון חדש יגיע ממני עוד רגע (הקודם בוטל, אז אל תחפשי אותו ביומן).\n\nתודה על הסבלנות,\nניצן\n\n'
          'ניצן הראל | People & Recruiting\nשלג מערכות\n')
    m3 = 'CAN1tz4nH_sheleg.0218@mail.gmail.com'
    hs3 = std_headers(m3, d3, nitzan, [(OWNER_HE, OWNER)], 'שלג מערכות – מועד חדש לראיון הטכני', received_by=GMAIL_RX)
    f3 = eml(hs3, gmail_alt(m3, t3, rtl=True, cte='base64'))
    f4 = google_invite(msgid='calendar-5b9c2e7a-3d10-4f8e-a6b4-0c7d1e9f2a36@google.com', date=d3 + timedelta(minutes=3),
                       org=nitzan, title=title, start=s2, end=e2, uid='3hv9d1p6k0s2q8m4r7a5c1t0nb@google.com', seq=0,
                       created=d3 + timedelta(minutes=3), guests=guests[:2] + [(None, OWNER, 'NEEDS-ACTION')],
                       desc=desc, meet='shl-rvcd-xuj')
    files = {'01-invitation-technical.eml': f1, '02-canceled-interviewer-miluim.eml': f2,
             '03-new-date-after-miluim.eml': f3, '04-invitation-rebooked.eml': f4}
    lab = label([iv('שלג מערכות', 'AppSec Analyst', s1, e1, 'cancelled', [asaf[1]], [asaf[1]], 'technical'),
                 iv('שלג מערכות', 'AppSec Analyst', s2, e2, 'scheduled', [asaf[1]], [asaf[1]], 'technical')],
                'hard', 'positive/cancel-then-rebook',
                'Interviewer called up for reserve duty: Google "Canceled event with note" (METHOD:CANCEL) for Sun 8.2, '
                'then a Hebrew mail and a NEW invite (new UID) for Tue 24.2 -> two entries, one cancelled and one '
                'scheduled. The company is only named in Hebrew.')
    return slug, files, lab


def c13():
    slug = 'b161-13-standalone-floating-ics-hebrew'
    liat = ('ליאת גורן', 'liat.goren@ravnet-labs.example')
    dana = ('דנה מלכה', 'dana.malka@ravnet-labs.example')
    start = at(JLM, 2026, 7, 8, 10, 0, wd='Wed')
    he_wd(start, 'ד')
    end = start + timedelta(hours=1)
    stamp = at(JLM, 2026, 7, 1, 15, 12, 0)
    desc = ('שלום נועה,\n'
            'נפגשים ביום ד׳ 8.7 בשעה 10:00 (שעון ישראל) במשרדי רבנט לאבס, יגאל אלון 98, תל אביב, קומה 12.\n'
            'את הראיון תעביר ליאת גורן, מנהלת מחלקת Vulnerability Management. משך: כשעה.\n'
            'לשאלות לוגיסטיות: דנה מלכה, dana.malka@ravnet-labs.example')
    ev = vevent(uid='ravnet-hr-20260708-1000-noa-almog@ravnet-labs.example', start=start.replace(tzinfo=None),
                end=end.replace(tzinfo=None), mode='floating',
                summary='ראיון עם מנהלת המחלקה – Vulnerability Management Analyst', dtstamp=stamp, organizer=liat,
                attendees=[(OWNER_HE, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE'),
                           (dana[0], dana[1], 'OPT-PARTICIPANT', 'ACCEPTED', 'FALSE')],
                description=desc, location='רבנט לאבס, יגאל אלון 98, תל אביב', style='outlook')
    cal = calendar('REQUEST', '-//Ravnet Labs//HR Scheduler 1.4//HE', [ev])
    files = {'01-hm-interview.ics': cal}
    lab = label([iv('רבנט לאבס', 'Vulnerability Management Analyst', start, end, 'scheduled', [liat[1]], [liat[1]],
                    'hiring_manager')], 'hard', 'positive/standalone-floating-ics',
                'Standalone .ics from an in-house scheduler with floating DTSTART (no TZID, no Z); the Hebrew description '
                'says Israel time, so July -> +03:00. The department manager is the organizer and conducts it; the '
                'logistics contact is optional. The company is only named in Hebrew (Latin name only in PRODID/domain).')
    return slug, files, lab


# =========================================================================== NEGATIVE CASES (look-alikes)
def c14():
    slug = 'b161-14-reserve-unit-briefing-personal-interviews'
    itay = ('איתי לוי', 'itay.levi@reserve-bn9214.example')
    start = at(JLM, 2026, 3, 22, 18, 0, wd='Sun')
    he_wd(start, 'א')
    end = start + timedelta(hours=3)
    c = at(JLM, 2026, 3, 15, 20, 4, 51, wd='Sun')
    desc = ('ערב טוב לכולם,\n'
            'תדריך פלוגתי לקראת סבב המילואים באפריל (צו 8 יישלח בנפרד דרך האפליקציה).\n'
            'אחרי התדריך – ראיונות אישיים קצרים עם המ״פ (כ-10 דקות לכל לוחם/ת) לשיבוץ תפקידים בסבב ולעדכון פרטים.\n'
            'להביא: תעודת מילואים, מידות למדים, אישורים רפואיים אם יש.\n'
            'מי שלא יכול להגיע פיזית – מצטרף בזום ויקבע ראיון טלפוני עם המ״פ.\n\n'
            'סמ״פ פלוגה ב׳, איתי')
    f1 = google_invite(msgid='calendar-4f2b8d1c-7e30-4a95-b6c8-2d1e0f9a7b53@google.com', date=c, org=itay,
                       title='תדריך פלוגתי + ראיונות אישיים עם המ״פ – סבב אפריל', start=start, end=end,
                       uid='6b1s9k3d0h7q2v5m8r4c1e0tpa@google.com', seq=0, created=c,
                       guests=[(itay[0], itay[1], 'ACCEPTED'), ('פלוגה ב׳ – לוחמים', 'plugah-b@reserve-bn9214.example',
                                                               'NEEDS-ACTION'), (None, OWNER, 'NEEDS-ACTION')],
                       desc=desc, location='בסיס הגדוד, מחנה שרגא / זום', meet='rsv-bnpq-mzt')
    files = {'01-invitation-reserve-briefing.eml': f1}
    lab = label([], 'hard', 'negative/reserve-duty-briefing',
                'Reserve-unit (miluim) briefing with "personal interviews" with the company commander for role '
                'assignment: Google invite, Hebrew "ראיונות", but not a job interview.')
    return slug, files, lab


def c15():
    slug = 'b161-15-startup-demo-day-hiring-corner'
    ev_org = ('Launchpad TLV Events', 'events@launchpad-tlv.example')
    sent = at(JLM, 2026, 4, 9, 12, 0, 0, wd='Thu')
    start = at(JLM, 2026, 4, 16, 16, 0, wd='Thu')
    end = at(JLM, 2026, 4, 16, 20, 0)
    t1 = ('Hi Noa,\n\nYou\'re registered for Launchpad TLV Demo Day - Batch 9!\n\n'
          'When: Thursday, April 16, 2026, 16:00-20:00 (doors open 15:30)\n'
          'Where: Launchpad TLV, Rothschild Blvd 45, Tel Aviv (3rd floor)\nTicket: LP9-0412 (show the QR code at the door)\n\n'
          'Agenda\n16:00  Opening + keynote: "Security as a growth feature"\n16:30  12 startups pitch (7 minutes each)\n'
          '18:15  Networking & "Meet the founders" hiring corner\n\n'
          'New this batch: at the hiring corner, 5 of our portfolio companies that are hiring for security roles will run '
          'quick "reverse interviews" - you interview the founders about the team and the role. No booking needed, '
          'just stop by their tables.\n\nSee you there!\nThe Launchpad TLV team\n\n'
          'היי, נרשמת בהצלחה לדמו דיי! נתראה ביום ה׳ 16.4 בשעה 16:00.\n\n'
          'You received this email because you registered for a Launchpad TLV event. Unsubscribe: '
          'https://launchpad-tlv.example/u/8c1f\n')
    he_wd(start, 'ה')
    ev = vevent(uid='lp-demoday-b9-20260416@launchpad-tlv.example', start=start, end=end, mode='Asia/Jerusalem',
                summary='Launchpad TLV Demo Day - Batch 9', dtstamp=sent, organizer=ev_org,
                attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'ACCEPTED', 'FALSE')],
                description='12 startup pitches, networking and the "Meet the founders" hiring corner (reverse '
                            'interviews - no booking needed). Ticket LP9-0412.',
                location='Launchpad TLV, Rothschild Blvd 45, Tel Aviv', style='outlook')
    cal = calendar('PUBLISH', '-//Launchpad TLV//Events//EN', [ev], tzids=['Asia/Jerusalem'])
    m1 = '20260409090000.LP9.0412.8c1f@mailer.launchpad-tlv.example'
    hs = std_headers(m1, sent, ev_org, [(OWNER_NAME, OWNER)], 'Your ticket: Launchpad TLV Demo Day - Batch 9 (Thu, Apr 16)',
                     extra=[('List-Unsubscribe', '<https://launchpad-tlv.example/u/8c1f>'), ('Precedence', 'bulk')])
    f1 = eml(hs, with_attachments(m1, gmail_alt(m1, t1), [('demo-day.ics', 'text/calendar; method=PUBLISH', cal)],
                                  style='java'))
    files = {'01-demo-day-ticket.eml': f1}
    lab = label([], 'medium', 'negative/startup-demo-day',
                'Demo day registration with .ics and a hiring corner of "reverse interviews" with founders; an event, not a '
                'scheduled job interview.')
    return slug, files, lab


def c16():
    slug = 'b161-16-hackathon-judging-slot'
    org = ('CyberHack Haifa Judges Team', 'judges@cyberhack-haifa.example')
    maya = ('Maya Rosen', 'maya.rosen@cyberhack-haifa.example')
    yossi = ('Dr. Yossi Amar', 'yossi.amar@cyberhack-haifa.example')
    sent = at(JLM, 2026, 6, 11, 9, 30, 0, wd='Thu')
    start = at(JLM, 2026, 6, 18, 15, 0, wd='Thu')
    end = start + timedelta(hours=2)
    subject = 'Your judging slot - CyberHack Haifa 2026 (Thursday June 18, 15:00-17:00)'
    t1 = ('Hi Noa,\n\nThank you so much for volunteering as a judge at CyberHack Haifa 2026!\n\n'
          'Your slot: Thursday, June 18, 15:00-17:00, Room B (Technion Taub building, 2nd floor).\n'
          'Fellow judges in Room B: Dr. Yossi Amar and Maya Rosen.\n\n'
          'Format: each team gets 8 minutes - a 5-minute demo followed by a 3-minute interview by the judges. Please score '
          'every team in the judging app right after its interview. The rubric is attached to the calendar invite.\n\n'
          'Judges get a parking pass at the north gate. Questions? Just reply to this email.\n\n'
          'Thanks,\nMaya Rosen\nJudging lead, CyberHack Haifa 2026\n')
    ev = vevent(uid='cyberhack-haifa-2026-judging-roomB-1500@cyberhack-haifa.example', start=start, end=end,
                mode='Asia/Jerusalem', summary='Judging slot - Room B - CyberHack Haifa 2026', dtstamp=sent, organizer=org,
                attendees=[(OWNER_NAME, OWNER, 'CHAIR', 'NEEDS-ACTION', 'TRUE'),
                           (yossi[0], yossi[1], 'CHAIR', 'ACCEPTED', 'FALSE'),
                           (maya[0], maya[1], 'CHAIR', 'ACCEPTED', 'FALSE')],
                description='Judging: 5-minute demo + 3-minute interview per team. Score in the judging app.',
                location='Technion, Taub building, Room B', style='outlook')
    cal = calendar('REQUEST', '-//CyberHack Haifa//Judging Scheduler//EN', [ev], tzids=['Asia/Jerusalem'])
    m1 = 'CAMr0sEnJ_cyberhack.judging.0611@mail.gmail.com'
    hs = std_headers(m1, sent, maya, [(OWNER_NAME, OWNER)], subject, reply_to=org, received_by=GMAIL_RX)
    f1 = eml(hs, with_attachments(m1, gmail_alt(m1, t1), [('judging-slot.ics', 'text/calendar; method=REQUEST', cal)]))
    files = {'01-judging-slot.eml': f1}
    lab = label([], 'hard', 'negative/hackathon-judge',
                'The owner judges a hackathon; teams are "interviewed by the judges". Invite with times, but the user is '
                'the one asking questions and it is not a hiring process.')
    return slug, files, lab


def c17():
    slug = 'b161-17-podcast-guest-interview-calendly'
    gil = ('Gil Adar', 'gil@shomer-saf-podcast.example')
    sent = at(JLM, 2026, 7, 2, 21, 14, 7, wd='Thu')
    start = at(JLM, 2026, 7, 14, 19, 0, wd='Tue')
    end = start + timedelta(minutes=45)
    subject = 'Confirmed: Guest interview - Shomer Saf podcast with Gil Adar on Tuesday, July 14, 2026'
    t1 = ('Hi Noa Almog,\n\nA new event has been scheduled.\n\n'
          'Event Type:\nGuest interview (45 min) - Shomer Saf | שומר סף podcast\n\n'
          'Invitee:\nNoa Almog\nnoa.almog@example.com\n\n'
          'Event Date/Time:\n7:00pm - 7:45pm (Israel Time) Tuesday, July 14, 2026\n\n'
          'Location:\nRiverside studio - https://riverside.fm/studio/shomer-saf?t=9c2e\n\n'
          'Questions:\nWhat would you like to talk about?\nMy write-up on the phishing kit that targeted Israeli bank '
          'customers, and the path from the army to a SOC analyst job.\n\n'
          'Host: Gil Adar (gil@shomer-saf-podcast.example)\n\n'
          'Need to make changes to this event?\nCancel: https://calendly.com/cancellations/8f2d-41a0\n'
          'Reschedule: https://calendly.com/reschedulings/8f2d-41a0\n\nPowered by Calendly.com\n')
    ev = vevent(uid='calendly-8f2d41a0-6c3e-4b7a-9d15-2e0f7a1b3c58@calendly.com', start=start, end=end, mode='utc',
                summary='Guest interview - Shomer Saf podcast (Gil Adar & Noa Almog)', dtstamp=sent, organizer=gil,
                attendees=[(gil[0], gil[1], 'REQ-PARTICIPANT', 'ACCEPTED', 'FALSE'),
                           (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'ACCEPTED', 'FALSE')],
                description='Podcast recording. Riverside studio: https://riverside.fm/studio/shomer-saf?t=9c2e',
                location='https://riverside.fm/studio/shomer-saf?t=9c2e', style='outlook')
    cal = calendar('REQUEST', '-//Calendly//Calendly//EN', [ev])
    m1 = '0102019a4c7e8f21-5d3b9e70-1a2f-4c6d-8e9b-0f1a2b3c4d5e-000000@email.calendly.com'
    hs = std_headers(m1, sent, ('Calendly', 'notifications@calendly.com'), [(OWNER_NAME, OWNER)], subject, reply_to=gil)
    f1 = eml(hs, with_attachments(m1, gmail_alt(m1, t1), [('invite.ics', 'text/calendar; method=REQUEST', cal)],
                                  style='java'))
    files = {'01-calendly-podcast-interview.eml': f1}
    lab = label([], 'medium', 'negative/podcast-interview',
                'Calendly confirmation for a podcast guest interview (the owner is interviewed as a guest, not as a '
                'candidate).')
    return slug, files, lab


def c18():
    slug = 'b161-18-owner-holds-intern-intro-call'
    yon = ('יונתן רוזן', 'yonatan.rosen@campus-mail.example')
    d1 = at(JLM, 2026, 1, 18, 13, 7, 40, wd='Sun')
    t1 = ('היי נועה,\n\nקיבלתי את המייל שלך מרכזת תוכנית הסטאז׳ בלהב MSSP. אני סטודנט שנה ג׳ למדעי המחשב ומאוד מתעניין '
          'בסטאז׳ בצוות ה-SOC שלך.\nאשמח לשיחת היכרות קצרה – יום ג׳ אחרי 16:00 הכי נוח לי.\n\nתודה!\nיונתן רוזן\n')
    m1 = 'CAY0n4tHn_campus.0118@mail.campus-mail.example'
    hs1 = std_headers(m1, d1, yon, [(OWNER_HE, OWNER)], 'סטאז׳ SOC – שיחת היכרות', received_by='mx.example.com')
    f1 = eml(hs1, gmail_alt(m1, t1, rtl=True, cte='base64'))
    start = at(JLM, 2026, 1, 20, 17, 0, wd='Tue')
    he_wd(start, 'ג')
    end = start + timedelta(minutes=30)
    d2 = at(JLM, 2026, 1, 18, 20, 41, 3, wd='Sun')
    f2 = google_invite(msgid='calendar-0a7d3f1b-5e82-4c69-b1f4-8d2e6c0a9b17@google.com', date=d2,
                       org=(OWNER_HE, OWNER), title='שיחת היכרות – סטאז׳ SOC (יונתן רוזן)', start=start, end=end,
                       uid='2p8f5c1m9k0d3s7h4q6v1b0rte@google.com', seq=0, created=d2 - timedelta(minutes=40),
                       guests=[(OWNER_HE, OWNER, 'ACCEPTED'), (yon[0], yon[1], 'ACCEPTED')],
                       desc='שיחת היכרות עם מועמד לסטאז׳ בצוות ה-SOC בלהב. אני מראיינת – 30 דקות, בלי לחץ 🙂',
                       meet='lhv-ymnq-zrk', kind='accepted', sender=yon)
    files = {'01-intern-candidate-asks-for-call.eml': f1, '02-accepted-intro-call.eml': f2}
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'The owner organizes a "שיחת היכרות" with an intern candidate for her own team; the mailbox only has the '
                'candidate\'s mail and his Google "Accepted" reply (METHOD:REPLY, owner is ORGANIZER).')
    return slug, files, lab


def c19():
    slug = 'b161-19-lever-home-assignment-deadline-hold'
    shani = ('Shani Golan', 'shani.golan@yarkon-fintech.example')
    sent = at(JLM, 2026, 2, 15, 10, 25, 0, wd='Sun')
    due = at(JLM, 2026, 2, 19, 23, 59, wd='Thu')
    he_wd(due, 'ה')
    subject = 'Yarkon Fintech - home assignment for the Security Analyst role | מטלת בית'
    t1 = ('Hi Noa,\n\nThanks again for the great intro call! The next step for the Security Analyst role is a short home '
          'assignment: triage 3 alerts from a sample SIEM export and write up your findings.\n\n'
          'Link: https://assess.yarkon-fintech.example/a/QF7-22\n'
          'Time limit: 72 hours from the moment you open the link.\n'
          'Final deadline: Thursday, February 19, 2026 at 23:59 Israel time.\n\n'
          'Once we review your submission we\'ll reach out to schedule a technical interview to walk through it. I '
          'attached a calendar reminder for the deadline.\n\n'
          'היי נועה, בקצרה בעברית: מטלת בית, הגשה עד יום ה׳ 19.2 בשעה 23:59. אחרי הבדיקה נתאם ראיון טכני.\n\n'
          'Good luck!\nShani Golan\nTalent Acquisition, Yarkon Fintech\n\n---\nSent with Lever.\n')
    ev = vevent(uid='yarkon-assignment-deadline-QF7-22@yarkon-fintech.example', start=due - timedelta(minutes=59),
                end=due, mode='Asia/Jerusalem', summary='Deadline: Yarkon Fintech home assignment (Security Analyst)',
                dtstamp=sent, organizer=shani,
                attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'FALSE')],
                description='Reminder: submit the home assignment by 23:59 Israel time. https://assess.yarkon-fintech.example/a/QF7-22',
                style='outlook')
    cal = calendar('REQUEST', '-//Yarkon Fintech//Recruiting//EN', [ev], tzids=['Asia/Jerusalem'])
    m1 = '0100018d9a2b3c4d-1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b-000000@email.hire.lever.co'
    hs = std_headers(m1, sent, ('Shani Golan', 'no-reply@hire.lever.co'), [(OWNER_NAME, OWNER)], subject, reply_to=shani)
    f1 = eml(hs, with_attachments(m1, gmail_alt(m1, t1), [('assignment-deadline.ics', 'text/calendar; method=REQUEST', cal)],
                                  style='java'))
    files = {'01-lever-home-assignment.eml': f1}
    lab = label([], 'hard', 'negative/take-home-assignment',
                'Lever mail with a home assignment and a calendar hold for its deadline; the technical interview is only '
                'promised for later, never booked.')
    return slug, files, lab


def c20():
    slug = 'b161-20-greenhouse-availability-request'
    eitan = ('Eitan Shamir', 'eitan.shamir@arbel-pay.example')
    sent = at(JLM, 2026, 7, 13, 9, 2, 11, wd='Mon')
    first = at(JLM, 2026, 7, 20, wd='Mon')
    last = at(JLM, 2026, 7, 23, wd='Thu')
    subject = 'Arbel Payments - Please submit your availability for a Technical Interview'
    t1 = ('Hi Noa,\n\nThanks for your interest in the Cloud SOC Analyst role at Arbel Payments! We\'d like to invite you '
          'to a 60-minute Technical Interview with our Security Engineering team (Tel Aviv + New York).\n\n'
          'Please let us know when you\'re available by clicking the link below. We\'re looking at Monday, July 20 - '
          'Thursday, July 23, ideally between 9:00 AM and 6:00 PM Israel time (IDT).\n\n'
          'https://app.greenhouse.io/candidate_availability/7c4e2a91b0d3?token=Vq8sZk2\n\n'
          'Once we receive your availability we will confirm a time and send a calendar invitation.\n\n'
          'Thanks,\nEitan Shamir\nRecruiter, Arbel Payments\n\nPowered by Greenhouse\n')
    m1 = 'greenhouse.0d8e3b7a52c14f6e91ab.66120457@greenhouse.io'
    hs = std_headers(m1, sent, ('Eitan Shamir', 'no-reply@greenhouse.io'), [(OWNER_NAME, OWNER)], subject, reply_to=eitan)
    f1 = eml(hs, gmail_alt(m1, t1))
    d2 = at(JLM, 2026, 7, 13, 18, 45, 30, wd='Mon')
    m2 = 'CAF3pxQm1_noa.almog.arbel.0713@mail.example.com'
    t2 = ('Hi Eitan,\n\nThanks! I submitted my availability through the link:\n'
          '- Mon 20.7: 10:00-13:00\n- Tue 21.7: 14:00-17:00\n- Wed 22.7: any time 9:00-18:00\n\n'
          'Happy to adjust if the New York folks need a later slot.\n\nBest,\nNoa\n' + NOA_SIG_EN + '\n\n' +
          en_attr(sent, 'Eitan Shamir', 'no-reply@greenhouse.io') + '\n\n' + quote(t1))
    f2 = noa_mail(msgid=m2, date=d2, to=[eitan], subject='Re: ' + subject, text=t2, in_reply_to=m1, refs=[m1],
                  cte='quoted-printable')
    assert first < last
    files = {'01-greenhouse-availability-request.eml': f1, '02-re-availability-submitted.eml': f2}
    lab = label([], 'hard', 'negative/availability-request',
                'Greenhouse availability request plus the candidate\'s reply listing free slots with times; nothing was '
                'ever booked.')
    return slug, files, lab


def c21():
    slug = 'b161-21-comeet-rejection-after-interview-hebrew'
    roei = ('רועי שחר', 'roei.shahar@zohar-net.example')
    sent = at(JLM, 2026, 3, 11, 16, 48, 0, wd='Wed')
    past = at(JLM, 2026, 3, 2, 11, 0, wd='Mon')
    he_wd(past, 'ב')
    t1 = ('נועה שלום,\n\nתודה שהקדשת מזמנך לראיון הטכני שהתקיים ביום ב׳ 2.3 בשעה 11:00 עם רועי ואלון, ועל ההשקעה בתהליך '
          'למשרת Network Security Analyst.\n\n'
          'לאחר התלבטות לא פשוטה, החלטנו להתקדם בשלב זה עם מועמדים אחרים שהניסיון שלהם קרוב יותר לדרישות התפקיד.\n'
          'נשמח לשמור את קורות החיים שלך במאגר ולחזור אלייך אם תיפתח משרה מתאימה.\n\n'
          'בהצלחה בהמשך הדרך,\nצוות הגיוס של זוהר נטוורקס\n\n--\nSent via Comeet\n')
    m1 = '20260311144800.f2a9c1e07d.comeet-mailer@comeet.com'
    hs = std_headers(m1, sent, ('Zohar Networks', 'no-reply@comeet.com'), [(OWNER_HE, OWNER)],
                     'עדכון לגבי מועמדותך – Network Security Analyst | זוהר נטוורקס', reply_to=roei,
                     extra=[('X-Mailer', 'Comeet Mailer'), ('Auto-Submitted', 'auto-generated')])
    f1 = eml(hs, gmail_alt(m1, t1, rtl=True, cte='base64'))
    files = {'01-comeet-rejection.eml': f1}
    lab = label([], 'medium', 'negative/rejection',
                'Hebrew Comeet rejection that names the past interview (Mon 2.3 11:00); no interview is upcoming or '
                'cancelled.')
    return slug, files, lab


def c22():
    slug = 'b161-22-masters-admissions-interview'
    comm = ('ועדת קבלה – M.Sc. סייבר', 'cyber-msc-admissions@carmel-univ.example')
    prof = ('Prof. Amnon Gat', 'amnon.gat@carmel-univ.example')
    sent = at(JLM, 2026, 6, 22, 11, 30, 0, wd='Mon')
    start = at(JLM, 2026, 7, 2, 12, 0, wd='Thu')
    he_wd(start, 'ה')
    end = start + timedelta(minutes=20)
    body = ('מועמדת יקרה,\n\nבהמשך לבקשתך להתקבל לתכנית התואר השני (M.Sc.) באבטחת סייבר, הנך מוזמנת לראיון קבלה מול '
            'ועדת הקבלה של התכנית.\nמועד: יום ה׳ 2.7 בשעה 12:00, כ-20 דקות, בטימס.\n'
            'בראיון ישתתפו פרופ׳ אמנון גת ונציג/ת מזכירות התכנית.\n\n'
            'בברכה,\nמזכירות התכנית לתארים מתקדמים בסייבר\nאוניברסיטת הכרמל')
    f1 = outlook_invite(msgid='VI1PR02MB5210B7D3E8F04A6C9D1E2F3A4B5C6@VI1PR02MB5210.eurprd02.prod.outlook.com', date=sent,
                        org=comm, to=[(OWNER_HE, OWNER), prof], subject='ראיון קבלה – M.Sc. באבטחת סייבר – נועה אלמוג',
                        tzid='Israel Standard Time', start=start, end=end,
                        uid='040000008200E00074C5B7101A82E008000000007B1D2C3E4F02DD01000000000000000010000000C3D9E1A7',
                        seq=0, attendees=[(OWNER_HE, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION', 'TRUE'),
                                          (prof[0], prof[1], 'REQ-PARTICIPANT', 'ACCEPTED', 'TRUE')],
                        body_text=body, lang='he-IL', rtl=True, created=sent)
    files = {'01-admissions-interview-invite.eml': f1}
    lab = label([], 'hard', 'negative/admissions-interview',
                'Teams invite (Israel Standard Time) for a university M.Sc. admissions interview: interview vocabulary, '
                'a professor on the panel, but not a job interview.')
    return slug, files, lab


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
         c14, c15, c16, c17, c18, c19, c20, c21, c22]

LABELS_HEADER = ('# Labels for blind161 (Tel Aviv/Haifa security analyst; Hebrew + English). Generated by make_cases.py.\n'
                 '# Schema and labelling rules: /work/shared/eval/README.md\n')


def main():
    for d in sorted(HERE.glob(PREFIX + '*')):
        if d.is_dir():
            shutil.rmtree(d)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f'{PREFIX}{i:02d}-'), slug
        d = HERE / slug
        d.mkdir()
        for name in sorted(files):
            assert name[:2].isdigit() and name.endswith(('.eml', '.ics', '.gcal.json')), name
            (d / name).write_bytes(files[name].encode('utf-8'))
        labels[slug] = lab
    text = LABELS_HEADER + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110)
    (HERE / 'labels.yaml').write_bytes(text.encode('utf-8'))
    pos = sum(1 for l in labels.values() if l['interview'])
    ivs = [x for l in labels.values() for x in l['interviews']]
    print(f'{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews '
          f'({sum(x["status"] == "scheduled" for x in ivs)} scheduled, {sum(x["status"] == "cancelled" for x in ivs)} cancelled)')


if __name__ == '__main__':
    main()
