#!/usr/bin/env python3
"""Regenerate the blind193 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; running it twice gives the
same bytes. Standard library + PyYAML + zoneinfo only. Every offset is computed with zoneinfo and
every weekday named in the text is asserted.

Mailbox owner: Denise Kowalczyk <denise.kowalczyk@example.com>, 2nd-shift warehouse operations
supervisor in Plainfield, IL (America/Chicago).
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
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'b193-'
CHI = ZoneInfo('America/Chicago')
LA = ZoneInfo('America/Los_Angeles')
UTC = timezone.utc
OWNER = 'denise.kowalczyk@example.com'
OWNER_NAME = 'Denise Kowalczyk'
OWNER_PHONE = '(815) 555-0142'


# ----------------------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, s=0, tz=CHI, wd=None):
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert x.strftime('%A') == wd, (x, wd)
    return x


def WD(x, wd):
    """assert that the (local) date of x is the named weekday; return x"""
    assert x.strftime('%A') == wd, (x, wd)
    return x


def rfcdate(x, pad=False):
    day = f'{x.day:02d}' if pad else str(x.day)
    off = x.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return f'{x:%a}, {day} {x:%b} {x.year} {x:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}'


def hm(x):
    return x.strftime('%I:%M %p').lstrip('0')


def hm_short(x):  # 9 AM / 9:30 AM
    s = hm(x)
    return s.replace(':00 ', ' ')


def long_date(x):
    return f'{x:%A}, {x:%B} {x.day}, {x.year}'


def md_date(x):
    return f'{x:%A}, {x:%B} {x.day}'


def gtime(x):
    return x.strftime('%I:%M%p').lstrip('0').lower().replace(':00', '')


def gdate(x):
    return f'{x:%a} {x:%b} {x.day}, {x.year}'


def icsz(x):
    return x.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def icsl(x):
    return x.strftime('%Y%m%dT%H%M%S')


def iso(x):
    return x.isoformat()


def h16(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64url(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip('=')


# ----------------------------------------------------------------------------- MIME helpers
def fold(line):
    if len(line) <= 78:
        return line
    out, cur = [], ''
    for word in line.split(' '):
        if cur and len(cur) + 1 + len(word) > 76:
            out.append(cur)
            cur = ' ' + word
        else:
            cur = word if not cur else cur + ' ' + word
    out.append(cur)
    return '\n'.join(out)


def addr(name, email):
    if name is None:
        return email
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        return f'{Header(name, "utf-8").encode()} <{email}>'
    if any(c in name for c in ',.;:()'):
        return f'"{name}" <{email}>'
    return f'{name} <{email}>'


def part(ctype, body, cte=None, extra=()):
    if cte == 'base64':
        raw = body if isinstance(body, bytes) else body.encode('utf-8')
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(body.encode('utf-8')).decode('ascii')
    else:
        payload = body
    if not payload.endswith('\n'):
        payload += '\n'
    hdrs = [f'Content-Type: {ctype}']
    if cte:
        hdrs.append(f'Content-Transfer-Encoding: {cte}')
    hdrs += list(extra)
    return '\n'.join(fold(h) for h in hdrs) + '\n\n' + payload


def multipart(sub, boundary, parts, extra=()):
    hdrs = [f'Content-Type: multipart/{sub}; boundary="{boundary}"'] + list(extra)
    s = '\n'.join(hdrs) + '\n\n'
    for p in parts:
        s += f'--{boundary}\n' + p + '\n'
    s += f'--{boundary}--\n'
    return s


def message(headers, body):
    lines = [f'{n}: {v}' if '\n' in v else fold(f'{n}: {v}') for n, v in headers]
    out = '\n'.join(lines) + '\nMIME-Version: 1.0\n' + body
    out.encode('ascii')  # every .eml is 7-bit clean
    return out


def received(sent, via, ident):
    loc = sent.astimezone(CHI)
    return ('Received', f'from {via}\n        by mx.example.com with ESMTPS id {ident}\n'
            f'        for <{OWNER}>; {rfcdate(loc, pad=True)}')


def html_doc(text, font='Arial,Helvetica,sans-serif'):
    paras = text.strip('\n').split('\n\n')
    body = ''.join('<p>' + html.escape(p, quote=False).replace('\n', '<br>\n') + '</p>\n' for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:14px;color:#222222">\n' + body +
            '</div></body></html>\n')


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))


def gmail_attr(x, name, email):
    x = x.astimezone(CHI)
    return f'On {x:%a}, {x:%b} {x.day}, {x.year} at {hm(x)} {name} <{email}> wrote:'


def outlook_attr(x, name, email, to, subject, tz=CHI):
    x = x.astimezone(tz)
    return (f'From: {name} <{email}>\nSent: {long_date(x)} {hm(x)}\nTo: {to}\nSubject: {subject}')


# ----------------------------------------------------------------------------- iCalendar helpers
def ics_fold(line):
    out, cur, n = [], '', 0
    for ch in line:
        b = len(ch.encode('utf-8'))
        if n + b > 75:
            out.append(cur)
            cur, n = ' ', 1
        cur += ch
        n += b
    out.append(cur)
    return '\r\n'.join(out)


def ics(lines):
    return '\r\n'.join(ics_fold(l) for l in lines) + '\r\n'


def esc(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def vtz_windows(name):
    std, dst = {'Central Standard Time': ('-0600', '-0500'),
                'Pacific Standard Time': ('-0800', '-0700')}[name]
    return ['BEGIN:VTIMEZONE', f'TZID:{name}',
            'BEGIN:STANDARD', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE']


def vtz_iana(name):
    std, dst, sn, dn = {'America/Chicago': ('-0600', '-0500', 'CST', 'CDT'),
                        'America/Los_Angeles': ('-0800', '-0700', 'PST', 'PDT')}[name]
    return ['BEGIN:VTIMEZONE', f'TZID:{name}', f'X-LIC-LOCATION:{name}',
            'BEGIN:DAYLIGHT', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}', f'TZNAME:{dn}',
            'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
            'BEGIN:STANDARD', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}', f'TZNAME:{sn}',
            'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
            'END:VTIMEZONE']


def att(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp='TRUE'):
    cn = f';CN={name}' if name else ''
    return f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp}{cn}:mailto:{email}'


# ----------------------------------------------------------------------------- vendor builders
TEAMS_FOOTER = (
    '________________________________________________________________________________\n'
    'Microsoft Teams meeting\n'
    'Join on your computer, mobile app or room device\n'
    'Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>\n'
    'Meeting ID: {num}\n'
    'Passcode: {pw}\n'
    'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
    'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
    'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
    '________________________________________________________________________________\n')


def teams_block(seed):
    hx = h16(seed, 32)
    num = ' '.join([str(int(hx[:8], 16) % 1000).zfill(3), str(int(hx[8:16], 16) % 1000).zfill(3),
                    str(int(hx[16:24], 16) % 1000).zfill(3), str(int(hx[24:], 16) % 1000).zfill(3)])
    return TEAMS_FOOTER.format(mid=b64url(seed)[:40], tid=h16(seed + 't', 8) + '-' + h16(seed + 'u', 4) + '-4c1e-9a2b-' + h16(seed + 'v', 12),
                               num=num, pw=b64url(seed + 'pw')[:6])


def outlook_invite(*, sent, msgid, organizer, required, subject, start, end, wintz, when_label, body,
                   location, uid, sequence=0, method='REQUEST', teams_seed=None, boundary,
                   importance=None, tz_local):
    """Exchange Online invitation / cancellation: multipart/alternative with text/calendar."""
    is_cancel = method == 'CANCEL'
    text = ''
    if not is_cancel:
        ls, le = start.astimezone(tz_local), end.astimezone(tz_local)
        text += (f'When: {long_date(ls)} {hm(ls)}-{hm(le)} {when_label}.\n'
                 f'Where: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n')
    text += body
    if teams_seed and not is_cancel:
        text += '\n' + teams_block(teams_seed)
    html_body = html_doc(text, font='Calibri,Arial,sans-serif')
    loc_s, loc_e = start.astimezone(tz_local), end.astimezone(tz_local)
    ev = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    ev += vtz_windows(wintz)
    ev += ['BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for n, e in required:
        ev.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}')
    ev += [f'DESCRIPTION;LANGUAGE=en-US:{esc(text)}',
           f'UID:{uid}',
           f'SUMMARY;LANGUAGE=en-US:{esc(subject.replace("Canceled: ", "").replace("Updated: ", ""))}' if not is_cancel
           else f'SUMMARY;LANGUAGE=en-US:{esc(subject)}',
           f'DTSTART;TZID={wintz}:{icsl(loc_s)}',
           f'DTEND;TZID={wintz}:{icsl(loc_e)}',
           'CLASS:PUBLIC', 'PRIORITY:1' if is_cancel else 'PRIORITY:5',
           f'DTSTAMP:{icsz(sent)}', 'TRANSP:TRANSPARENT' if is_cancel else 'TRANSP:OPAQUE',
           'STATUS:CANCELLED' if is_cancel else 'STATUS:CONFIRMED',
           f'SEQUENCE:{sequence}', f'LOCATION;LANGUAGE=en-US:{esc(location)}',
           f'X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}',
           f'X-MICROSOFT-CDO-OWNERAPPTID:{int(h16(uid, 7), 16)}',
           'X-MICROSOFT-CDO-BUSYSTATUS:FREE' if is_cancel else 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
           'X-MICROSOFT-CDO-INTENDEDSTATUS:FREE' if is_cancel else 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
           'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
           'X-MICROSOFT-CDO-IMPORTANCE:2' if is_cancel else 'X-MICROSOFT-CDO-IMPORTANCE:1',
           'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_seed and not is_cancel:
        ev += ['X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    ev += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
           'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT']
    if not is_cancel:
        ev += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
               'END:VALARM']
    ev += ['END:VEVENT', 'END:VCALENDAR']
    cal = ics(ev)
    body_mime = multipart('alternative', boundary, [
        part('text/plain; charset="utf-8"', text, 'quoted-printable'),
        part('text/html; charset="utf-8"', html_body, 'quoted-printable'),
        part(f'text/calendar; charset="utf-8"; method={method}', cal, 'base64'),
    ])
    sent_utc = sent.astimezone(UTC)
    host = 'SA1PR08MB' + h16(msgid, 4).upper()
    hdrs = [('Delivered-To', OWNER),
            received(sent, f'{host}.namprd08.prod.outlook.com (2603:10b6:806:1d4::9)', h16(msgid + 'r', 12)),
            ('Return-Path', f'<{organizer[1]}>'),
            ('From', addr(*organizer)),
            ('To', ', '.join(addr(n, e) for n, e in required)),
            ('Subject', subject),
            ('Thread-Topic', subject.replace('Canceled: ', '').replace('Updated: ', '')),
            ('Thread-Index', base64.b64encode(hashlib.sha256(uid.encode()).digest()[:22]).decode()),
            ('Date', rfcdate(sent_utc, pad=True)),
            ('Message-ID', f'<{msgid}@{host}.namprd08.prod.outlook.com>'),
            ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
            ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
            ('Content-class', 'urn:content-classes:calendarmessage')]
    if importance:
        hdrs.append(('Importance', importance))
    return message(hdrs, body_mime)


def google_invite(*, sent, organizer, guests, title, start, end, description, location=None,
                  meet=None, uid, kind='Invitation', sequence=0, b_mixed, b_alt, tzlabel,
                  tz_local=CHI):
    """Google Calendar invitation e-mail (multipart/mixed > alternative + invite.ics)."""
    ls, le = start.astimezone(tz_local), end.astimezone(tz_local)
    eid = b64url(f'{uid.split("@")[0]} {OWNER}')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    lines = [title, f'{ls:%A} {ls:%b} {ls.day}, {ls.year} \u22c5 {gtime(ls)} \u2013 {gtime(le)}', tzlabel, '']
    if location:
        lines += ['Location', location, '']
    if meet:
        lines += ['Join with Google Meet', f'https://meet.google.com/{meet}', '']
    lines += [description.strip('\n'), '', 'Organizer', organizer[0], organizer[1], '', 'Guests']
    for n, e, ps in guests:
        tag = ' - organizer' if e == organizer[1] else ''
        if n:
            lines.append(f'{n}{tag}')
        lines.append(e)
    lines += [f'View all guest info {view}', '',
              f'Reply for {OWNER} and view more details {view}', '', '~~//~~',
              'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
              'You are receiving this email because you are an attendee on the event.', '',
              'Forwarding this invitation could allow any recipient to send a response to the organizer, '
              'be added to the guest list, invite others regardless of their own invitation status, or '
              'modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
    text = '\n'.join(lines) + '\n'
    ev = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
          'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT',
          f'DTSTART:{icsz(start)}', f'DTEND:{icsz(end)}', f'DTSTAMP:{icsz(sent)}',
          f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}', f'UID:{uid}']
    for n, e, ps in guests:
        ev.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n or e};X-NUM-GUESTS=0:mailto:{e}')
    if meet:
        ev.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    desc = description.strip('\n')
    if meet:
        desc += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                 f'Join with Google Meet: https://meet.google.com/{meet}\n\nPlease do not edit this section.\n'
                 '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    ev += [f'CREATED:{icsz(sent - timedelta(minutes=1))}', f'DESCRIPTION:{esc(desc)}',
           f'LAST-MODIFIED:{icsz(sent)}', f'LOCATION:{esc(location or "")}', f'SEQUENCE:{sequence}',
           'STATUS:CONFIRMED', f'SUMMARY:{esc(title)}', 'TRANSP:OPAQUE',
           'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
           'TRIGGER:-P0DT0H30M0S', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    cal = ics(ev)
    abbr = ls.tzname()
    subject = (f'{kind}: {title} @ {gdate(ls)} {gtime(ls)} - {gtime(le)} ({abbr}) ({OWNER})')
    body = multipart('mixed', b_mixed, [
        multipart('alternative', b_alt, [
            part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
            part('text/html; charset="UTF-8"', html_doc(text, 'Roboto,Helvetica,Arial,sans-serif'),
                 'quoted-printable'),
            part('text/calendar; charset="UTF-8"; method=REQUEST', cal, 'base64'),
        ]),
        part('application/ics; name="invite.ics"', cal, 'base64',
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    hdrs = [('Delivered-To', OWNER),
            received(sent, 'mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])', h16(uid, 12)),
            ('Return-Path', f'<{h16(uid + "rp", 22)}@calendar-server.bounces.google.com>'),
            ('Reply-To', addr(*organizer)),
            ('Sender', 'Google Calendar <calendar-notification@google.com>'),
            ('Message-ID', f'<calendar-{h16(uid + "m", 8)}-{h16(uid + "n", 4)}-{h16(uid + "o", 4)}-'
                           f'{h16(uid + "p", 4)}-{h16(uid + "q", 12)}@google.com>'),
            ('Date', rfcdate(sent.astimezone(UTC), pad=True)),
            ('Subject', subject),
            ('From', addr(*organizer)),
            ('To', OWNER)]
    return message(hdrs, body)


def simple_mail(*, sent, frm, to, subject, text, msgid, cc=None, reply_to=None, in_reply_to=None,
                references=None, html_too=True, boundary=None, cte='quoted-printable', extra_hdrs=(),
                attachments=(), b_mixed=None, html_text=None, via='smtp.example.net', sender=None):
    hdrs = [('Delivered-To', OWNER), received(sent, via, h16(msgid, 12))]
    hdrs.append(('Return-Path', f'<{sender or frm[1]}>'))
    hdrs += [('From', addr(*frm)), ('To', ', '.join(addr(*t) for t in to))]
    if cc:
        hdrs.append(('Cc', ', '.join(addr(*c) for c in cc)))
    if reply_to:
        hdrs.append(('Reply-To', addr(*reply_to)))
    hdrs += [('Subject', subject), ('Date', rfcdate(sent, pad=False)), ('Message-ID', f'<{msgid}>')]
    if in_reply_to:
        hdrs.append(('In-Reply-To', f'<{in_reply_to}>'))
        hdrs.append(('References', ' '.join(f'<{r}>' for r in (references or [in_reply_to]))))
    hdrs += list(extra_hdrs)
    if html_too:
        body = multipart('alternative', boundary, [
            part('text/plain; charset="UTF-8"', text, cte),
            part('text/html; charset="UTF-8"', html_text or html_doc(text), cte)])
    else:
        body = part('text/plain; charset="UTF-8"', text, cte)
    if attachments:
        body = multipart('mixed', b_mixed, [body] + list(attachments))
    return message(hdrs, body)


def ics_attachment(cal, name='invite.ics', method='REQUEST'):
    return part(f'text/calendar; charset="UTF-8"; method={method}; name="{name}"', cal, 'base64',
                [f'Content-Disposition: attachment; filename="{name}"'])


def paradox_text(assistant, company, turns):
    """Render a Paradox (Olivia) SMS transcript relayed to e-mail."""
    out = []
    for who, x, msg in turns:
        out.append(f'{assistant if who == "o" else "You"}  {hm(x)}')
        out.append(msg)
        out.append('')
    return '\n'.join(out)


def gcal_event(*, eid, created, updated, summary, description, location, organizer, attendees,
               start, end, tzname, sequence=0, meet=None):
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{int(h16(eid + "etag", 12), 16)}"',
        'id': eid,
        'status': 'confirmed',
        'htmlLink': f'https://www.google.com/calendar/event?eid={b64url(eid + " " + OWNER)}',
        'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.') + h16(eid, 3).translate(str.maketrans('abcdef', '123456')) + 'Z',
        'summary': summary,
        'description': description,
        'location': location,
        'creator': {'email': organizer[1], 'displayName': organizer[0]},
        'organizer': {'email': organizer[1], 'displayName': organizer[0]},
        'start': {'dateTime': start.isoformat(), 'timeZone': tzname},
        'end': {'dateTime': end.isoformat(), 'timeZone': tzname},
        'iCalUID': f'{eid}@google.com',
        'sequence': sequence,
        'attendees': attendees,
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    if meet:
        ev['hangoutLink'] = f'https://meet.google.com/{meet}'
    return json.dumps(ev, indent=2, ensure_ascii=False) + '\n'


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers),
            'followup_recipients': list(followup), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


OWNER_T = (OWNER_NAME, OWNER)
PARADOX_FOOTER = ('\n--\nThis message was sent by {asst}, the virtual recruiting assistant for {co}.\n'
                  'Powered by Paradox. Replies to this e-mail are not monitored - text us back instead.\n'
                  'Msg & data rates may apply. Text STOP to opt out.\n')


# ============================================================================= POSITIVE CASES
@case
def c01():
    slug = 'b193-01-olivia-text-onsite-guard-shack'
    co, dom = 'Lakeshore Fulfillment', 'lakeshorefulfillment.example'
    role = 'Outbound Operations Supervisor - 2nd Shift'
    sent1 = T(2026, 2, 16, 13, 42, 10, wd='Monday')
    start = T(2026, 2, 19, 10, 0, wd='Thursday')
    end = start + timedelta(minutes=45)
    opt1 = T(2026, 2, 18, 14, 0, wd='Wednesday')
    opt3 = T(2026, 2, 19, 15, 30, wd='Thursday')
    t0 = sent1 - timedelta(minutes=6)
    conv = paradox_text('Olivia', co, [
        ('o', t0, f"Hi Denise, it's Olivia, the recruiting assistant for {co}. Thanks for applying for {role} at JOL3 (Joliet). Are you still interested in the position?"),
        ('u', t0 + timedelta(minutes=1), 'yes still interested'),
        ('o', t0 + timedelta(minutes=1), 'Great! The next step is an in-person interview at the building. Here are the open times:\n'
              f'1) Wed 2/18 at {hm(opt1)}\n2) Thu 2/19 at {hm(start)}\n3) Thu 2/19 at {hm(opt3)}\nReply with the number that works best.'),
        ('u', t0 + timedelta(minutes=5), '2. I work 2nd shift so mornings are better'),
        ('o', t0 + timedelta(minutes=5), "You're all set! \U0001F389\n"
              f'Interview: {role}\n'
              f'When: {long_date(start)} at {hm(start)} CST (about 45 minutes)\n'
              'Where: Lakeshore Fulfillment JOL3, 2250 Channahon Industrial Dr, Joliet, IL 60436\n'
              'Who: Marcus Bell, Operations Manager'),
        ('o', t0 + timedelta(minutes=6), 'Arrival tips: JOL3 has three gates. Do NOT use Gate 1 - that is the truck court. '
              'Use Gate 3 on the north side, stop at the guard shack and tell security you are a candidate here for an interview. '
              'Have your photo ID out; they will issue a visitor badge and point you to the visitor lot. '
              'Wear closed-toe shoes - part of the interview is a walk of the outbound dock.'),
    ])
    text1 = ('Hi Denise,\n\nYour interview is confirmed! Here is a copy of our text conversation so you have the details handy.\n\n'
             '-----------------------------------------\n' + conv + '-----------------------------------------\n\n'
             'Need to reschedule? Text RESCHEDULE to (815) 555-0197.\n'
             f'Questions for a person? Your recruiter is Tanya Okoro - tokoro@{dom}\n'
             f'JOL3 front desk (general inbox): jol3-frontdesk@{dom}\n'
             + PARADOX_FOOTER.format(asst='Olivia', co=co))
    m1 = simple_mail(sent=sent1.astimezone(UTC), frm=(f'Olivia from {co}', 'no-reply@paradox.ai'), to=[OWNER_T],
                     subject=f'Your interview with {co} is confirmed', text=text1,
                     msgid=f'0100019c6a{h16("c01a", 22)}@email.paradox.ai', boundary='--==_mimepart_69936b4a1f2e8_7c3a1d4',
                     via='o1.email.paradox.ai (o1.email.paradox.ai [149.72.14.201])', sender='bounces+2741193@email.paradox.ai')
    sent2 = T(2026, 2, 18, 10, 0, 4, wd='Wednesday')
    conv2 = paradox_text('Olivia', co, [
        ('o', sent2 - timedelta(minutes=3), f'Hi Denise! Reminder: your interview with {co} is tomorrow at {hm(start)} at JOL3. '
                                            'Use the Gate 3 guard shack (north side). Reply C to confirm or R to reschedule.'),
        ('u', sent2 - timedelta(minutes=1), 'C'),
        ('o', sent2 - timedelta(minutes=1), 'Thanks Denise, you are confirmed. See you tomorrow!'),
    ])
    text2 = ('Hi Denise,\n\nHere is a copy of your latest text conversation with Olivia.\n\n' + conv2 +
             PARADOX_FOOTER.format(asst='Olivia', co=co))
    m2 = simple_mail(sent=sent2.astimezone(UTC), frm=(f'Olivia from {co}', 'no-reply@paradox.ai'), to=[OWNER_T],
                     subject='Reminder: Interview tomorrow - Lakeshore Fulfillment JOL3', text=text2,
                     msgid=f'0100019c72{h16("c01b", 22)}@email.paradox.ai', boundary='--==_mimepart_6995f3d41a0c2_7c3a1f9',
                     via='o1.email.paradox.ai (o1.email.paradox.ai [149.72.14.201])', sender='bounces+2741193@email.paradox.ai')
    files = {'01-olivia-interview-confirmed.eml': m1, '02-olivia-reminder-tomorrow.eml': m2}
    lab = label([iv(co, role, start, end, 'scheduled', [], [f'tokoro@{dom}'], 'hiring_manager')], 'medium',
                'positive/paradox-text-relay',
                'Paradox Olivia SMS transcript relayed to mail (offered slots are distractors; she picks 2); reminder '
                "next day says 'tomorrow' = same interview. Interviewer Marcus Bell has no address; follow-up goes "
                'to the named recruiter, not the JOL3 group inbox or no-reply. "About 45 minutes" -> end 10:45.')
    return slug, files, lab


@case
def c02():
    slug = 'b193-02-fountain-second-shift-hours'
    co, dom = 'Calumet Parcel Logistics', 'calumetparcel.example'
    role = 'Shift Supervisor - 2nd Shift'
    sent = T(2026, 2, 20, 11, 15, 33, wd='Friday')
    start = T(2026, 2, 24, 13, 30, wd='Tuesday')
    end = start + timedelta(minutes=30)
    text = (f'Hi Denise,\n\nThanks for booking! Your interview for {role} at our Romeoville sort hub (ORD4) is confirmed.\n\n'
            f'Date: {long_date(start)}\nTime: {hm(start)} - {hm(end)} (Central Time)\n'
            f'Interviewer: Tom\u00e1s Reyes, Site Operations Manager (treyes@{dom})\n'
            'Location: Calumet Parcel Logistics ORD4, 1301 Theodore Dr, Romeoville, IL 60446\n\n'
            'About the role: this is a 2nd shift position, Monday-Friday 3:30 PM - 12:00 AM, with mandatory '
            'overtime during peak (November-January). Supervisors start at $27.50/hr plus a $1.50 shift differential.\n\n'
            'Getting here:\n'
            '- Enter from Theodore Dr only. The Route 53 entrance is for trailers.\n'
            f'- Stop at the guard shack, show a photo ID and tell the officer you have a {hm_short(start)} interview with Tom\u00e1s.\n'
            '- Park in the visitor spaces (row V) by the office entrance, not in the associate lot.\n'
            '- Please arrive 10-15 minutes early and bring a copy of your resume.\n\n'
            'Need to reschedule? Use your applicant portal: https://fountain.com/calumet-parcel/apply/portal\n\n'
            f'{co} Talent Team\n')
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Fountain//Scheduler 2.0//EN', 'CALSCALE:GREGORIAN',
               'METHOD:REQUEST', 'BEGIN:VEVENT', f'UID:fountain-slot-{h16("c02uid", 20)}@fountain.com',
               f'DTSTAMP:{icsz(sent)}', f'DTSTART:{icsz(start)}', f'DTEND:{icsz(end)}',
               f'SUMMARY:{esc("Interview: " + role + " - " + co)}',
               f'DESCRIPTION:{esc("Interview with Tomás Reyes (Site Operations Manager). Check in at the Theodore Dr guard shack with photo ID. Visitor parking row V.")}',
               f'LOCATION:{esc("Calumet Parcel Logistics ORD4, 1301 Theodore Dr, Romeoville, IL 60446")}',
               f'ORGANIZER;CN={co}:mailto:no-reply@fountain.com',
               att(OWNER_NAME, OWNER), att('Tomás Reyes', f'treyes@{dom}', 'ACCEPTED'),
               'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    m = simple_mail(sent=sent.astimezone(UTC), frm=(co, 'no-reply@fountain.com'), to=[OWNER_T],
                    reply_to=('Romeoville Hiring', f'romeoville.hiring@{dom}'),
                    subject=f'Interview Scheduled: {role} (Romeoville, IL)', text=text,
                    msgid=f'{h16("c02m", 24)}.fountain-scheduler@fountain.com', boundary='b1_a83f20c4d1e9b7f6',
                    attachments=[ics_attachment(cal)], b_mixed='b0_a83f20c4d1e9b7f6',
                    via='mail.fountain.com (mail.fountain.com [198.2.180.41])')
    files = {'01-fountain-interview-scheduled.eml': m}
    lab = label([iv(co, role, start, end, 'scheduled', [f'treyes@{dom}'], [f'treyes@{dom}'], 'hiring_manager')],
                'medium', 'positive/fountain-ics-shift-hours',
                'Fountain confirmation with .ics (UTC times). Shift hours 3:30 PM-12:00 AM and the Route 53 detail are '
                'distractors; Reply-To is a group address so follow-up is the named interviewer.')
    return slug, files, lab


@case
def c03():
    slug = 'b193-03-workday-pacific-video-dst'
    co, dom = 'Bayline Commerce', 'baylinecommerce.example'
    role = 'Area Manager, Fulfillment Operations'
    sent = T(2026, 3, 5, 9, 5, 12, tz=LA, wd='Thursday')
    start = T(2026, 3, 12, 9, 0, tz=LA, wd='Thursday')
    end = start + timedelta(minutes=45)
    assert start.astimezone(CHI).hour == 11
    text = ('Hello Denise,\n\nThank you for your interest in Bayline Commerce. We are pleased to confirm your interview for the '
            'position below.\n\n'
            f'Job Requisition: R-0048213 {role} - Chicago Region (Minooka, IL)\n'
            'Interview Type: Video (Microsoft Teams)\n'
            f'Date: {long_date(start)}\n'
            f'Time: {hm(start)} - {hm(end)} (GMT-07:00) Pacific Time (Los Angeles)\n'
            'Interviewer(s): Priscilla Vaughn - Director, Regional Operations\n\n'
            'A calendar invitation is attached. The Microsoft Teams link is included in the invitation.\n\n'
            'If you need to make changes, please contact your recruiter, Evan Marsh.\n\n'
            'Regards,\nBayline Commerce Talent Acquisition\n\n'
            'This email was sent from a notification-only address that cannot accept incoming email. Please do not reply.\n')
    desc = (f'Video interview for {role} (R-0048213) with Priscilla Vaughn.\n\n' + teams_block('c03teams'))
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//Workday\\, Inc.//Workday Recruiting//EN', 'VERSION:2.0', 'METHOD:REQUEST']
              + vtz_iana('America/Los_Angeles') +
              ['BEGIN:VEVENT', f'UID:WD-INTERVIEW-{h16("c03uid", 24).upper()}@myworkday.com', f'DTSTAMP:{icsz(sent)}',
               f'DTSTART;TZID=America/Los_Angeles:{icsl(start)}', f'DTEND;TZID=America/Los_Angeles:{icsl(end)}',
               f'SUMMARY:{esc("Interview: Denise Kowalczyk - " + role + " (R-0048213)")}',
               f'DESCRIPTION:{esc(desc)}', 'LOCATION:Microsoft Teams Meeting',
               f'ORGANIZER;CN=Evan Marsh:mailto:emarsh@{dom}',
               att('Priscilla Vaughn', f'pvaughn@{dom}', 'ACCEPTED'), att(OWNER_NAME, OWNER),
               'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    m1 = simple_mail(sent=sent.astimezone(UTC), frm=(co, 'bayline@myworkday.com'), to=[OWNER_T],
                     subject=f'Interview Scheduled - {role} (R-0048213)', text=text,
                     msgid=f'1772730312{h16("c03m", 8)}.JavaMail.wdsvc@wd5-prod-mail', boundary='----=_Part_8812_1964370322.1772730312450',
                     attachments=[ics_attachment(cal, 'Interview.ics')], b_mixed='----=_Part_8811_1108852773.1772730312450',
                     via='wd5-smtp-out.myworkday.com (wd5-smtp-out.myworkday.com [170.37.40.12])', cte='7bit',
                     html_text=html_doc(text, 'Helvetica,Arial,sans-serif'))
    sent2 = T(2026, 3, 5, 10, 20, 48, tz=LA, wd='Thursday')
    text2 = ('Hi Denise,\n\nYou should have just received the Workday invitation for your interview with Priscilla. Quick heads-up, since '
             f'our system shows everything in Pacific: the {hm_short(start)} PT start is {hm_short(start.astimezone(CHI))} your time in Chicago. '
             'Daylight saving time starts this Sunday for both of us, so the two-hour difference stays the same - but if a '
             'calendar shows you something different, go by 11 Central.\n\n'
             "Priscilla will want to hear about running 2nd shift outbound, labor planning against volume forecasts, and how "
             "you've handled peak. It's a conversation, not a test.\n\n"
             'Best,\nEvan Marsh\nSenior Recruiter, Operations | Bayline Commerce\n'
             f'emarsh@{dom} | (510) 555-0163\n')
    m2 = simple_mail(sent=sent2, frm=('Evan Marsh', f'emarsh@{dom}'), to=[OWNER_T],
                     subject='Your Bayline interview next Thursday - time zone note', text=text2,
                     msgid=f'CH3PR19MB{h16("c03m2", 10).upper()}@CH3PR19MB7482.namprd19.prod.outlook.com',
                     boundary='_000_CH3PR19MB7482C3F0prodoutlookcom_',
                     via='NAM10-BN7-obe.outbound.protection.outlook.com (mail-bn7nam10on2112.outbound.protection.outlook.com [40.107.92.112])')
    files = {'01-workday-interview-scheduled.eml': m1, '02-recruiter-time-zone-note.eml': m2}
    lab = label([iv(co, role, start, end, 'scheduled', [f'pvaughn@{dom}'], [f'pvaughn@{dom}'], 'hiring_manager')],
                'hard', 'positive/workday-pacific-dst',
                'Workday notice in Pacific (GMT-07:00) sent before the Mar 8 DST switch (Date -0800), .ics with '
                'TZID=America/Los_Angeles; recruiter restates 11 AM Central. Interviewer address only in the .ics '
                'ATTENDEE; recruiter Evan only coordinates.')
    return slug, files, lab


@case
def c04():
    slug = 'b193-04-ukg-reschedule-cold-storage'
    co, dom = 'Heartland Cold Chain', 'heartlandcoldchain.example'
    role = 'Warehouse Operations Supervisor - Cold Storage'
    ray = ('Ray Delgado', f'rdelgado@{dom}')
    loc = 'Heartland Cold Chain - Elk Grove Village, 2100 Greenleaf Ave, Elk Grove Village, IL 60007'
    uid = f'UKGRC-INTV-{h16("c04uid", 12).upper()}@recruiting.ultipro.com'
    sent1 = T(2026, 2, 23, 14, 5, 40, wd='Monday')
    s1 = T(2026, 2, 27, 9, 0, wd='Friday')
    e1 = s1 + timedelta(minutes=45)
    s2 = T(2026, 3, 2, 13, 0, wd='Monday')
    e2 = s2 + timedelta(minutes=45)

    def ukg_cal(sent, s, e, seq):
        return ics(['BEGIN:VCALENDAR', 'PRODID:-//UKG//UKG Pro Recruiting//EN', 'VERSION:2.0', 'METHOD:REQUEST',
                    'BEGIN:VEVENT', f'UID:{uid}', f'SEQUENCE:{seq}', f'DTSTAMP:{icsz(sent)}',
                    f'DTSTART:{icsz(s)}', f'DTEND:{icsz(e)}',
                    f'SUMMARY:{esc("Interview - " + role + " - " + co)}',
                    f'DESCRIPTION:{esc("On-site interview with Ray Delgado, Warehouse Manager. Check in at the south gate security booth with photo ID.")}',
                    f'LOCATION:{esc(loc)}', f'ORGANIZER;CN={co} Recruiting:mailto:noreply@recruiting.ultipro.com',
                    att(OWNER_NAME, OWNER), 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])

    text1 = (f'Dear Denise,\n\nThank you for your interest in the {role} opportunity with {co}. We would like to invite you to an '
             'on-site interview.\n\nInterview Details\n'
             f'Date: {long_date(s1)}\nTime: {hm(s1)} - {hm(e1)} CST\nLocation: {loc}\n'
             f'Interviewer: {ray[0]}, Warehouse Manager\n\n'
             'Arrival instructions: all visitors must check in at the security booth at the south gate (Greenleaf Ave). '
             'Please bring a valid photo ID. The interview includes a short walk through the cooler (34\u00b0F) and '
             'freezer (-10\u00b0F) areas - a warm jacket is recommended; we will lend you a freezer coat if needed.\n\n'
             'A calendar file is attached for your convenience.\n\nSincerely,\nHeartland Cold Chain Talent Acquisition\n\n'
             'Please do not reply to this message. This mailbox is not monitored.\n')
    m1 = simple_mail(sent=sent1.astimezone(UTC), frm=(co, 'noreply@recruiting.ultipro.com'), to=[OWNER_T],
                     subject=f'Interview Invitation: {role}', text=text1,
                     msgid=f'{h16("c04m1", 32)}@recruiting.ultipro.com', boundary='=_ukg_alt_5c1e7a90d3',
                     attachments=[ics_attachment(ukg_cal(sent1, s1, e1, 0), 'Interview.ics')], b_mixed='=_ukg_mix_5c1e7a90d3',
                     via='smtp-out2.ultipro.com (smtp-out2.ultipro.com [12.155.38.22])')
    sent2 = T(2026, 2, 25, 7, 48, 2, wd='Wednesday')
    text2 = ('Hi Denise,\n\nRay Delgado from Heartland Cold Chain. Sorry to do this, but we have a customer audit landing Friday morning '
             'and I need to be on the floor for it. Could we move your interview to Monday 3/2 at 1:00 PM? Same place, same '
             "check-in at the south gate. I've asked our recruiting team to send you an updated invite through the system.\n\n"
             'Thanks for understanding,\n\nRay Delgado\nWarehouse Manager | Heartland Cold Chain - Elk Grove Village\n'
             f'{ray[1]} | cell (847) 555-0129\n')
    mid2 = f'CAK{h16("c04m2", 30)}@mail.{dom}'
    m2 = simple_mail(sent=sent2, frm=ray, to=[OWNER_T], subject='Friday interview - need to move it', text=text2,
                     msgid=mid2, boundary=f'000000000000{h16("c04b2", 12)}', via=f'mail.{dom} (mail.{dom} [203.0.113.44])')
    sent3 = T(2026, 2, 25, 8, 31, 15, wd='Wednesday')
    text3 = ('Hi Ray,\n\nNo problem at all - Monday at 1:00 works for me. See you then.\n\nDenise\n\nSent from my iPhone\n\n'
             + gmail_attr(sent2, *ray) + '\n\n' + quote(text2) + '\n')
    m3 = simple_mail(sent=sent3, frm=OWNER_T, to=[ray], subject='Re: Friday interview - need to move it', text=text3,
                     msgid=f'{h16("c04m3", 8).upper()}-{h16("c04m3b", 4).upper()}-4F2A-9C1D-{h16("c04m3c", 12).upper()}@example.com',
                     in_reply_to=mid2, html_too=False, cte='7bit', via='smtp.example.com (smtp.example.com [192.0.2.25])',
                     extra_hdrs=[('X-Mailer', 'iPhone Mail (22D82)')])
    sent4 = T(2026, 2, 25, 11, 12, 9, wd='Wednesday')
    text4 = (f'Dear Denise,\n\nYour interview for {role} with {co} has been rescheduled.\n\n'
             f'New Date: {long_date(s2)}\nNew Time: {hm(s2)} - {hm(e2)} CST\nLocation: {loc}\nInterviewer: {ray[0]}, Warehouse Manager\n\n'
             f'Previously scheduled: {long_date(s1)}, {hm(s1)} CST\n\n'
             'An updated calendar file is attached. Please remember to check in at the south gate security booth.\n\n'
             'Sincerely,\nHeartland Cold Chain Talent Acquisition\n\nPlease do not reply to this message. This mailbox is not monitored.\n')
    m4 = simple_mail(sent=sent4.astimezone(UTC), frm=(co, 'noreply@recruiting.ultipro.com'), to=[OWNER_T],
                     subject=f'Interview Rescheduled: {role}', text=text4,
                     msgid=f'{h16("c04m4", 32)}@recruiting.ultipro.com', boundary='=_ukg_alt_9b4420fe17',
                     attachments=[ics_attachment(ukg_cal(sent4, s2, e2, 1), 'Interview.ics')], b_mixed='=_ukg_mix_9b4420fe17',
                     via='smtp-out2.ultipro.com (smtp-out2.ultipro.com [12.155.38.22])')
    files = {'01-ukg-interview-invitation.eml': m1, '02-hiring-manager-asks-to-move.eml': m2,
             '03-denise-reply-monday-works.eml': m3, '04-ukg-interview-rescheduled.eml': m4}
    lab = label([iv(co, role, s2, e2, 'scheduled', [ray[1]], [ray[1]], 'hiring_manager')], 'medium',
                'positive/ukg-reschedule',
                'UKG Pro Recruiting invite (SEQUENCE 0, Fri 2/27 9:00) moved by the hiring manager by e-mail and '
                're-issued (same UID, SEQUENCE 1) for Mon 3/2 1:00-1:45 PM CST. One interview at the final time.')
    return slug, files, lab


@case
def c05():
    slug = 'b193-05-hiring-event-booked-slot'
    co, dom = 'Ridgeway Grocers', 'ridgewaygrocers.example'
    role = 'Warehouse Shift Supervisor - 2nd Shift'
    sent1 = T(2026, 3, 16, 9, 0, 0, wd='Monday')
    ev_s = T(2026, 3, 21, 9, 0, wd='Saturday')
    ev_e = T(2026, 3, 21, 14, 0)
    start = T(2026, 3, 21, 11, 15, wd='Saturday')
    end = start + timedelta(minutes=30)
    slots = [T(2026, 3, 21, 10, 0), T(2026, 3, 21, 10, 45), start, T(2026, 3, 21, 13, 30)]
    addr_dc = 'Ridgeway Grocers Aurora DC, 2750 Liberty St, Aurora, IL 60502'
    text1 = ('RIDGEWAY GROCERS AURORA DISTRIBUTION CENTER\n'
             f'HIRING EVENT - {md_date(ev_s)} | {hm_short(ev_s)} - {hm_short(ev_e)}\n{addr_dc}\n\n'
             'Now hiring: Warehouse Selectors (all shifts), Reach Truck & Forklift Operators, Loaders, and Warehouse Shift '
             'Supervisors (2nd & 3rd shift).\n\n'
             'WALK-INS WELCOME - on-the-spot interviews and same-day offers for hourly roles. No appointment needed.\n\n'
             'Supervisor candidates: skip the line by reserving an interview slot. Text SUPERVISOR to 63015 and Olivia, our '
             'hiring assistant, will find you a time.\n\n'
             'What to bring: photo ID, two forms of ID for I-9 if you receive an offer, closed-toe shoes.\n'
             'Parking: use the visitor lot off Liberty St and follow the HIRING EVENT signs past the guard shack.\n\n'
             "You're receiving this because you applied to a Ridgeway Grocers position. Unsubscribe: https://careers.ridgewaygrocers.example/u\n")
    m1 = simple_mail(sent=sent1, frm=('Ridgeway Grocers Careers', f'careers@{dom}'), to=[OWNER_T],
                     subject='This Saturday: DC Hiring Event in Aurora - interviews on the spot', text=text1,
                     msgid=f'{h16("c05m1", 20)}.campaign@mail.{dom}', boundary='=-=-=_rg_hiring_event_0316',
                     via=f'mta-07.mail.{dom} (mta-07.mail.{dom} [198.51.100.77])')
    sent2 = T(2026, 3, 17, 19, 22, 30, wd='Tuesday')
    t = sent2 - timedelta(minutes=4)
    conv = paradox_text('Olivia', co, [
        ('u', t, 'SUPERVISOR'),
        ('o', t, f"Hi! I'm Olivia, {co}' hiring assistant. Which role are you interested in?\n1) Warehouse Shift Supervisor - 2nd Shift\n2) Warehouse Shift Supervisor - 3rd Shift"),
        ('u', t + timedelta(minutes=1), '1'),
        ('o', t + timedelta(minutes=1), f'Great. Reserved interview slots on {md_date(start)} at the Aurora DC hiring event: '
              + ', '.join(hm(s) for s in slots) + '. Which works for you?'),
        ('u', t + timedelta(minutes=3), '11:15'),
        ('o', t + timedelta(minutes=4), "You're booked! \u2705\n"
              f'{role}\n{long_date(start)}, {hm(start)} - {hm(end)} CDT\n{addr_dc} (Hiring Event)\n'
              'Show your photo ID and this text at the guard shack, then check in at the RESERVED INTERVIEWS table inside '
              "the main entrance - you don't need to wait in the walk-in line. You'll interview with a member of our DC "
              'operations leadership team.'),
    ])
    text2 = ('Hi Denise,\n\nHere is a copy of your text conversation with Olivia, plus a calendar file for your interview.\n\n' + conv +
             f'Questions? E-mail your recruiter, Alyssa Moreno: amoreno@{dom}\n' + PARADOX_FOOTER.format(asst='Olivia', co=co))
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Paradox//Olivia Scheduling//EN', 'METHOD:PUBLISH']
              + vtz_iana('America/Chicago') +
              ['BEGIN:VEVENT', f'UID:olivia-{h16("c05uid", 24)}@paradox.ai', f'DTSTAMP:{icsz(sent2)}',
               f'DTSTART;TZID=America/Chicago:{icsl(start)}', f'DTEND;TZID=America/Chicago:{icsl(end)}',
               f'SUMMARY:{esc("Interview - " + role + " - " + co + " Hiring Event")}',
               f'LOCATION:{esc(addr_dc)}',
               f'DESCRIPTION:{esc("Reserved interview slot. Check in at the RESERVED INTERVIEWS table. Bring photo ID.")}',
               'END:VEVENT', 'END:VCALENDAR'])
    m2 = simple_mail(sent=sent2.astimezone(UTC), frm=(f'Olivia at {co}', 'no-reply@paradox.ai'), to=[OWNER_T],
                     subject=f"You're booked: {co} Hiring Event interview", text=text2,
                     msgid=f'0100019cfd{h16("c05m2", 22)}@email.paradox.ai', boundary='--==_mimepart_69b9f0d2a11c4_5d21e0',
                     attachments=[ics_attachment(cal, 'interview.ics', 'PUBLISH')], b_mixed='--==_mimepart_69b9f0d2a11c4_5d21df',
                     via='o1.email.paradox.ai (o1.email.paradox.ai [149.72.14.201])', sender='bounces+2741193@email.paradox.ai')
    files = {'01-hiring-event-announcement.eml': m1, '02-olivia-reserved-slot-booked.eml': m2}
    lab = label([iv(co, role, start, end, 'scheduled', [], [f'amoreno@{dom}'], 'other')], 'hard',
                'positive/hiring-event-booked-slot',
                'Hiring event 9 AM-2 PM with walk-ins (not an interview by itself) plus a booked reserved slot '
                'Sat 3/21 11:15-11:45 CDT (post-DST) -> one interview. Interviewer unnamed; follow-up = recruiter.')
    return slug, files, lab


@case
def c06():
    slug = 'b193-06-phone-screen-then-hub-onsite'
    co, dom = 'Northpoint Freight Systems', 'northpointfreight.example'
    role = 'Hub Operations Supervisor'
    bri = ('Brianna Holt', f'bholt@{dom}')
    gary = ('Gary Lindgren', f'glindgren@{dom}')
    sofia = ('Sofia Alvarez', f'salvarez@{dom}')
    sent1 = T(2026, 2, 27, 15, 10, 22, wd='Friday')
    s1 = T(2026, 3, 3, 11, 0, wd='Tuesday')
    e1 = s1 + timedelta(minutes=30)
    m1 = google_invite(sent=sent1, organizer=bri, guests=[(bri[0], bri[1], 'ACCEPTED'), (None, OWNER, 'NEEDS-ACTION')],
                       title=f'Northpoint Freight - Phone Screen: {role} (Denise Kowalczyk)', start=s1, end=e1,
                       location=f'Phone - Brianna will call {OWNER_PHONE}',
                       description=(f'Hi Denise - 30 minute call to go over your background and the {role} opening at our '
                                    'Bolingbrook hub. I will call you at the number above.\n\nBrianna'),
                       uid=f'{h16("c06uid1", 26)}@google.com', b_mixed=f'000000000000{h16("c06b1", 12)}',
                       b_alt=f'000000000000{h16("c06b2", 12)}', tzlabel='Central Time - Chicago')
    sent2 = T(2026, 3, 4, 9, 34, 51, wd='Wednesday')
    s2 = T(2026, 3, 17, 9, 0, wd='Tuesday')
    e2 = T(2026, 3, 17, 11, 0)
    text2 = ('Hi Denise,\n\nThanks again for your time on the phone yesterday - the team was glad to hear you have run a 2nd shift '
             'cross-dock with 40+ associates.\n\n'
             f"We'd like to bring you in for an onsite at the Bolingbrook hub on {md_date(s2)}. Here's the schedule:\n\n"
             f'  9:00 - 9:45    {gary[0]}, General Manager ({gary[1]})\n'
             f'  9:45 - 10:30   Dock walk with {sofia[0]}, Operations Manager - 2nd Shift ({sofia[1]})\n'
             '  10:30 - 11:00  Shift schedule and benefits overview with HR\n\n'
             "Please wear safety-toe boots for the dock walk; we'll provide a vest and glasses.\n\n"
             'Arrival: the hub is at 615 Crossroads Pkwy, Bolingbrook. The guard shack at the truck gate will wave you over to '
             'the office lot on the east side - ask for Gary at reception.\n\n'
             'Can you confirm that works? Heads-up that the clocks spring forward this Sunday, so that is 9:00 AM Central '
             'Daylight Time.\n\nThanks,\nBrianna Holt\nTalent Acquisition Partner | Northpoint Freight Systems\n'
             f'{bri[1]} | 630-555-0118\n')
    mid2 = f'CAH{h16("c06m2", 28)}@mail.gmail.com'
    m2 = simple_mail(sent=sent2, frm=bri, to=[OWNER_T], subject='Next steps - onsite at the Bolingbrook hub', text=text2,
                     msgid=mid2, boundary=f'000000000000{h16("c06b3", 12)}',
                     via='mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])')
    sent3 = T(2026, 3, 4, 21, 52, 7, wd='Wednesday')
    text3 = ("Hi Brianna,\n\nMarch 17 at 9 works. I'll put in for the day off and I'll be there in boots.\n\n"
             'Thank you!\nDenise\n\n' + gmail_attr(sent2, *bri) + '\n\n' + quote(text2) + '\n')
    m3 = simple_mail(sent=sent3, frm=OWNER_T, to=[bri], subject='Re: Next steps - onsite at the Bolingbrook hub', text=text3,
                     msgid=f'{h16("c06m3", 12)}.{h16("c06m3b", 6)}@example.com', in_reply_to=mid2,
                     boundary=f'------------{h16("c06b4", 24)}', via='smtp.example.com (smtp.example.com [192.0.2.25])',
                     extra_hdrs=[('User-Agent', 'Mozilla Thunderbird')])
    files = {'01-invitation-phone-screen.eml': m1, '02-onsite-schedule.eml': m2, '03-denise-confirms.eml': m3}
    lab = label([iv(co, role, s1, e1, 'scheduled', [bri[1]], [bri[1]], 'phone_screen'),
                 iv(co, role, s2, e2, 'scheduled', [gary[1], sofia[1]], [gary[1], sofia[1]], 'onsite')],
                'hard', 'positive/two-interviews-screen-then-onsite',
                'Google invite for a recruiter phone screen (Mar 3, CST) and an e-mailed same-day hub onsite (Mar 17, '
                'CDT after the switch) 9:00-11:00 incl. a final HR overview session. Recruiter conducts the screen; '
                'onsite interviewers are the GM and the 2nd-shift ops manager.')
    return slug, files, lab


@case
def c07():
    slug = 'b193-07-outlook-invite-then-cancel'
    co, dom = 'Kessler Home Goods', 'kesslerhome.example'
    role = 'Operations Supervisor'
    mon = ('Monica Pruitt', f'mpruitt@{dom}')
    dale = ('Dale Whitaker', f'dwhitaker@{dom}')
    uid = '040000008200E00074C5B7101A82E00800000000' + h16('c07uid', 16).upper() + '01000000' + h16('c07uid2', 32).upper()
    sent1 = T(2026, 3, 9, 10, 41, 7, wd='Monday')
    start = T(2026, 3, 19, 14, 0, wd='Thursday')
    end = start + timedelta(hours=1)
    subj = f'{co} - Interview - {role} (Denise Kowalczyk)'
    loc = 'Kessler Home Goods DC, 3900 Eagle Way, Channahon, IL - Gate B guard house'
    body1 = ('Hi Denise,\n\nPlease join us for an in-person interview with Dale Whitaker, DC Operations Manager, for the '
             'Operations Supervisor (2nd shift) opening.\n\n'
             'When you arrive, pull up to the Gate B guard house (off Route 6, not the main truck gate). Security will have your '
             'name on the visitor list; bring a photo ID. Visitor parking is right outside the front office.\n\n'
             'Looking forward to meeting you,\n\nMonica Pruitt\nTalent Acquisition Specialist\nKessler Home Goods\n')
    m1 = outlook_invite(sent=sent1, msgid=f'SA1PR08MB{h16("c07m1", 28).upper()}', organizer=mon,
                        required=[OWNER_T, dale], subject=subj, start=start, end=end,
                        wintz='Central Standard Time', when_label='(UTC-06:00) Central Time (US & Canada)', body=body1,
                        location=loc, uid=uid, sequence=0, boundary='_000_SA1PR08MB6411A2C7prodoutlookcom_', tz_local=CHI)
    sent2 = T(2026, 3, 16, 16, 20, 55, wd='Monday')
    body2 = ("Hi Denise,\n\nI'm sorry for the short notice - the Operations Supervisor requisition was put on hold this afternoon after "
             "a budget review, so we need to cancel Thursday's interview with Dale. I'll reach out directly if the position "
             'reopens.\n\nMonica\n')
    m2 = outlook_invite(sent=sent2, msgid=f'SA1PR08MB{h16("c07m2", 28).upper()}', organizer=mon,
                        required=[OWNER_T, dale], subject='Canceled: ' + subj, start=start, end=end,
                        wintz='Central Standard Time', when_label='', body=body2, location=loc, uid=uid, sequence=1,
                        method='CANCEL', boundary='_000_SA1PR08MB6411F09Bprodoutlookcom_', importance='high', tz_local=CHI)
    files = {'01-outlook-interview-invite.eml': m1, '02-outlook-canceled.eml': m2}
    lab = label([iv(co, role, start, end, 'cancelled', [dale[1]], [dale[1]], 'hiring_manager')], 'medium',
                'positive/outlook-cancel',
                'Exchange invite with Windows TZID "Central Standard Time" (UTC-06:00 label; CDT on Mar 19) then METHOD:CANCEL '
                'with STATUS:CANCELLED, same UID. Kept as cancelled at its last time.')
    return slug, files, lab


@case
def c08():
    slug = 'b193-08-thread-next-wednesday-dst'
    co, dom = 'Dunmore Supply Co.', 'dunmoresupply.example'
    role = 'Inventory Control Supervisor'
    omar = ('Omar Haddad', f'ohaddad@{dom}')
    keisha = ('Keisha Brandt', f'kbrandt@{dom}')
    sent1 = T(2026, 3, 4, 10, 12, 33, wd='Wednesday')
    start = T(2026, 3, 11, 10, 0, wd='Wednesday')
    end = start + timedelta(hours=1)
    assert start - sent1 < timedelta(days=8)
    subj = f'{role} - interview at Bedford Park'
    text1 = (f'Hi Denise,\n\nThanks for applying to the {role} position at Dunmore Supply Co. Your background in cycle counting '
             'and WMS inventory adjustments stood out.\n\n'
             "We'd like to have you in for an interview at our Bedford Park DC next week. I have Tuesday afternoon or Wednesday "
             'morning open - would either of those work?\n\n'
             f'Omar Haddad\nRecruiter | Dunmore Supply Co.\n{omar[1]}\n(708) 555-0175\n')
    mid1 = f'DM6PR05MB{h16("c08m1", 20).upper()}@DM6PR05MB5290.namprd05.prod.outlook.com'
    m1 = simple_mail(sent=sent1, frm=omar, to=[OWNER_T], subject=subj, text=text1, msgid=mid1,
                     boundary='_000_DM6PR05MB5290A1prodoutlookcom_',
                     via='NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2090.outbound.protection.outlook.com [40.107.102.90])')
    sent2 = T(2026, 3, 4, 12, 40, 18, wd='Wednesday')
    text2 = ("Hi Omar,\n\nThanks for reaching out! I'm on 2nd shift right now so mornings are easier for me - could we do "
             'Wednesday at 10?\n\n' + f'Denise Kowalczyk\n{OWNER_PHONE}\n\n' + gmail_attr(sent1, *omar) + '\n\n' + quote(text1) + '\n')
    mid2 = f'{h16("c08m2", 12)}.{h16("c08m2b", 6)}@example.com'
    m2 = simple_mail(sent=sent2, frm=OWNER_T, to=[omar], subject='Re: ' + subj, text=text2, msgid=mid2, in_reply_to=mid1,
                     references=[mid1], boundary=f'------------{h16("c08b2", 24)}',
                     via='smtp.example.com (smtp.example.com [192.0.2.25])', extra_hdrs=[('User-Agent', 'Mozilla Thunderbird')])
    sent3 = T(2026, 3, 4, 15, 5, 41, wd='Wednesday')
    text3 = (f'Hi Denise,\n\nWednesday the 11th at 10:00 works. You\'ll meet with me and {keisha[0]}, our DC Manager (cc\'d) - '
             'plan on about an hour, including a quick walk of the floor.\n\n'
             'Address: Dunmore Supply Co. DC, 6450 W 66th Pl, Bedford Park, IL 60638. Use the 65th Street entrance and stop at '
             "the guard shack; they'll call up to the front office. Don't pull into the truck lane - the guards will send you "
             'back around.\n\nSee you next Wednesday!\nOmar\n\n'
             + outlook_attr(sent2, OWNER_NAME, OWNER, 'Omar Haddad <' + omar[1] + '>', 'Re: ' + subj) + '\n\n' + text2)
    m3 = simple_mail(sent=sent3, frm=omar, to=[OWNER_T], cc=[keisha], subject='RE: ' + subj, text=text3,
                     msgid=f'DM6PR05MB{h16("c08m3", 20).upper()}@DM6PR05MB5290.namprd05.prod.outlook.com',
                     in_reply_to=mid2, references=[mid1, mid2], boundary='_000_DM6PR05MB5290B7prodoutlookcom_',
                     via='NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2090.outbound.protection.outlook.com [40.107.102.90])')
    files = {'01-recruiter-proposes-days.eml': m1, '02-denise-asks-wednesday-10.eml': m2, '03-recruiter-confirms.eml': m3}
    lab = label([iv(co, role, start, end, 'scheduled', [omar[1], keisha[1]], [omar[1], keisha[1]], 'onsite')], 'hard',
                'positive/thread-relative-dst',
                "Plain thread sent Wed Mar 4 (CST): 'next week ... Wednesday at 10' confirmed as 'Wednesday the 11th at 10:00' "
                '-> Mar 11 10:00 CDT (after the Mar 8 switch). Recruiter plus DC manager (cc) interview together; '
                '"about an hour" -> end 11:00.')
    return slug, files, lab


@case
def c09():
    slug = 'b193-09-gcal-json-dc-loop-lunch-break'
    co, dom = 'Veld 3PL', 'veld3pl.example'
    role = 'Operations Supervisor, 2nd Shift'
    hol = ('Hollis Grant', f'hgrant@{dom}')
    andre = ('Andre Coleman', f'acoleman@{dom}')
    derrick = ('Derrick Oyelaran', f'doyelaran@{dom}')
    carmen = ('Carmen Ruiz', f'cruiz@{dom}')
    nina = ('Nina Park', f'npark@{dom}')
    created = T(2026, 3, 18, 13, 2, 0, tz=LA, wd='Wednesday')
    loc = 'Veld 3PL University Park DC, 26200 Governors Hwy, University Park, IL 60484'
    s1 = T(2026, 3, 26, 8, 30, wd='Thursday'); e1 = T(2026, 3, 26, 9, 15)
    s2 = T(2026, 3, 26, 7, 30, tz=LA, wd='Thursday'); e2 = T(2026, 3, 26, 8, 30, tz=LA)
    s3 = T(2026, 3, 26, 12, 30, wd='Thursday'); e3 = T(2026, 3, 26, 13, 15)
    assert s2.astimezone(CHI).hour == 9 and s2.astimezone(CHI).minute == 30

    def a(p, status='accepted', org=False):
        d = {'email': p[1], 'displayName': p[0]}
        if org:
            d['organizer'] = True
        d['responseStatus'] = status
        return d
    me = {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}
    ev1 = gcal_event(eid='3hq0v7k2m1c9d8pe5r4t6ulb2a', created=created, updated=created + timedelta(minutes=4),
                     summary='Veld 3PL onsite (1/3): Site tour + safety walk - Andre Coleman',
                     description=(f'Onsite interview for {role}.\n\nSession 1: site tour and safety walkthrough with Andre Coleman '
                                  '(Site Safety & Operations Manager).\n\nCheck in at the Gate 2 guard shack 15 minutes early with '
                                  'photo ID; visitor parking is lot P2. Wear closed-toe shoes.'),
                     location=loc, organizer=hol, attendees=[a(hol, org=True), a(andre), me], start=s1, end=e1,
                     tzname='America/Chicago')
    ev2 = gcal_event(eid='0s8n2pj6f4kq1w7xg3y5hvd9cm', created=created + timedelta(minutes=6), updated=created + timedelta(minutes=9),
                     summary='Veld 3PL onsite (2/3): Leadership panel',
                     description=(f'Panel interview for {role} with Derrick Oyelaran (Regional Director of Operations) and Carmen Ruiz '
                                  '(HR Manager). Conference room "Dock 1", 2nd floor office.'),
                     location=loc, organizer=hol, attendees=[a(hol, org=True), a(derrick), a(carmen, 'tentative'), me],
                     start=s2, end=e2, tzname='America/Los_Angeles')
    ev3 = gcal_event(eid='7e1b4r9t2z6m0q5n8k3c1xw4yd', created=created + timedelta(minutes=12), updated=created + timedelta(minutes=12),
                     summary='Veld 3PL onsite (3/3): 2nd shift Q&A - Nina Park',
                     description=('Lunch on your own 10:30-12:30 (the break room has vending and a microwave; there are restaurants '
                                  'on Governors Hwy).\n\nSession 3: 2nd shift expectations and Q&A with Nina Park, 2nd Shift Operations '
                                  'Manager. She is coming in early for this.'),
                     location=loc, organizer=hol, attendees=[a(hol, org=True), a(nina), me], start=s3, end=e3,
                     tzname='America/Chicago')
    files = {'01-veld-site-tour.gcal.json': ev1, '02-veld-leadership-panel.gcal.json': ev2,
             '03-veld-second-shift-qa.gcal.json': ev3}
    ivs = [andre[1], derrick[1], carmen[1], nina[1]]
    lab = label([iv(co, role, s1, e3, 'scheduled', ivs, ivs, 'onsite')], 'hard', 'positive/gcal-json-onsite-loop',
                'Three Calendar API events on Thu Mar 26 with a two-hour lunch break; the panel event is stored in '
                'America/Los_Angeles (07:30-08:30 PDT = 9:30-10:30 CDT). One onsite 8:30-13:15 CDT; coordinator Hollis only '
                'schedules.')
    return slug, files, lab


@case
def c10():
    slug = 'b193-10-forwarded-corrected-time'
    co, dom = 'Orchard Lane Distribution', 'orchardlane-dist.example'
    role = 'DC Operations Supervisor - Inbound'
    jared = ('Jared Simms', f'jsimms@{dom}')
    carla = ('Carla Nguyen', f'cnguyen@{dom}')
    alt = ('Denise K', 'dkowalczyk.warehouse@example.net')
    start = T(2026, 4, 6, 8, 0, wd='Monday')
    end = start + timedelta(hours=1)
    wrong = T(2026, 4, 6, 9, 0)
    first = T(2026, 3, 27, 11, 3, 0, wd='Friday')
    corr = T(2026, 3, 27, 16, 52, 0, wd='Friday')
    sent = T(2026, 3, 28, 8, 14, 26, wd='Saturday')
    loc = 'Orchard Lane Distribution - DC 4, 4400 Ridge Rd, Minooka, IL 60447'
    orig = (f'Hi Denise,\n\nGreat news - Carla would like to meet you. You are confirmed for {md_date(wrong)} at {hm(wrong)} at DC 4 '
            f'in Minooka for the {role} role. More details to follow.\n\nJared\n')
    fwd_body = ('Hi Denise,\n\nCorrection to my note from earlier today - I had the wrong time. Your interview is at 8:00 AM, not '
                '9:00 AM. Sorry about that!\n\nConfirmed details:\n'
                f'Position: {role}\nDate: {long_date(start)}\nTime: 8:00 - 9:00 AM\n'
                f'Interviewer: {carla[0]}, Director of DC Operations ({carla[1]})\nLocation: {loc}\n\n'
                'Security: stop at the guard shack at the main gate. The guard will check your ID against the visitor list and '
                "call Carla's office. You'll get a visitor badge that has to stay visible the whole time you're on site.\n\n"
                'Carla likes to start on time - she has a 9:00 production meeting right after.\n\n'
                f'Thanks,\nJared Simms\nStaffing Coordinator | Orchard Lane Distribution\n{jared[1]}\n\n'
                + gmail_attr(first, *jared) + '\n\n' + quote(orig) + '\n')
    text = ('saving this in my main inbox. NOTE its 8 not 9!!\n\n---------- Forwarded message ---------\n'
            f'From: {jared[0]} <{jared[1]}>\nDate: {corr:%a}, {corr:%b} {corr.day}, {corr.year} at {hm(corr)}\n'
            f'Subject: Interview confirmation - {co} (CORRECTED TIME)\nTo: <{alt[1]}>\n\n\n' + fwd_body)
    m = simple_mail(sent=sent, frm=alt, to=[OWNER_T], subject=f'Fwd: Interview confirmation - {co} (CORRECTED TIME)',
                    text=text, msgid=f'CAN{h16("c10m", 30)}@mail.example.net', boundary=f'000000000000{h16("c10b", 12)}',
                    via='mail-out.example.net (mail-out.example.net [198.51.100.9])')
    files = {'01-fwd-interview-confirmation-corrected.eml': m}
    lab = label([iv(co, role, start, end, 'scheduled', [carla[1]], [carla[1]], 'hiring_manager')], 'medium',
                'positive/forwarded-correction',
                "Owner forwards from her other address a coordinator's correction (8:00 not 9:00) that quotes the earlier wrong "
                'time. Final time 8:00-9:00 CDT Mon Apr 6; the 9:00 production meeting is a distractor.')
    return slug, files, lab


@case
def c11():
    slug = 'b193-11-pacific-recruiter-call-tomorrow'
    co, dom = 'Pacifica Outfitters', 'pacificaoutfitters.example'
    role = 'Distribution Center Operations Supervisor'
    han = ('Hannah Liu', f'hliu@{dom}')
    sent1 = T(2026, 4, 1, 16, 48, 3, tz=LA, wd='Wednesday')
    start = T(2026, 4, 2, 10, 30, tz=LA, wd='Thursday')
    end = start + timedelta(minutes=30)
    assert start.date() == (sent1 + timedelta(days=1)).date() and start.astimezone(CHI).hour == 12
    subj = f'{co} - {role} (Joliet)'
    text1 = (f"Hi Denise,\n\nI'm a recruiter on the supply chain team at {co}, based at our Portland HQ. Thanks for applying to our "
             f'{role} opening at the new Joliet DC.\n\n'
             "I'd like to set up a 30-minute phone screen. Would tomorrow at 10:30 AM Pacific work? That's 12:30 PM your time. "
             "If not, I'm also free Friday morning.\n\n"
             f'Hannah Liu\nSenior Recruiter, Supply Chain | {co}\n{han[1]}\n')
    mid1 = f'CAJ{h16("c11m1", 28)}@mail.gmail.com'
    m1 = simple_mail(sent=sent1, frm=han, to=[OWNER_T], subject=subj, text=text1, msgid=mid1,
                     boundary=f'000000000000{h16("c11b1", 12)}', via='mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])')
    sent2 = T(2026, 4, 1, 19, 5, 44, wd='Wednesday')
    text2 = ("Hi Hannah,\n\nTomorrow at 12:30 my time works great - I'm off until my shift starts at 2:30. Best number is "
             f'{OWNER_PHONE}.\n\nThank you!\nDenise\n\n' + gmail_attr(sent1, *han) + '\n\n' + quote(text1) + '\n')
    mid2 = f'{h16("c11m2", 12)}.{h16("c11m2b", 6)}@example.com'
    m2 = simple_mail(sent=sent2, frm=OWNER_T, to=[han], subject='Re: ' + subj, text=text2, msgid=mid2, in_reply_to=mid1,
                     boundary=f'------------{h16("c11b2", 24)}', via='smtp.example.com (smtp.example.com [192.0.2.25])',
                     extra_hdrs=[('User-Agent', 'Mozilla Thunderbird')])
    sent3 = T(2026, 4, 1, 17, 21, 9, tz=LA, wd='Wednesday')
    text3 = ("Perfect - I'll call you at 10:30 PT / 12:30 CT tomorrow. Talk then!\n\nHannah\n\n" +
             gmail_attr(sent2, OWNER_NAME, OWNER) + '\n\n' + quote(text2) + '\n')
    m3 = simple_mail(sent=sent3, frm=han, to=[OWNER_T], subject='Re: ' + subj, text=text3,
                     msgid=f'CAJ{h16("c11m3", 28)}@mail.gmail.com', in_reply_to=mid2, references=[mid1, mid2],
                     boundary=f'000000000000{h16("c11b3", 12)}', via='mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])')
    files = {'01-recruiter-proposes-tomorrow.eml': m1, '02-denise-accepts.eml': m2, '03-recruiter-confirms.eml': m3}
    lab = label([iv(co, role, start, end, 'scheduled', [han[1]], [han[1]], 'phone_screen')], 'medium',
                'positive/relative-tomorrow-pacific',
                "'tomorrow at 10:30 AM Pacific' from a -0700 Date on Wed Apr 1 -> Thu Apr 2 10:30 PDT (12:30 CDT); "
                '30-minute screen by the recruiter herself. 2:30 shift start is a distractor.')
    return slug, files, lab


@case
def c12():
    slug = 'b193-12-fountain-cancel-then-rebook'
    co, dom = 'Riverbend Beverage Distributors', 'riverbendbev.example'
    role = 'Warehouse Supervisor (2nd Shift)'
    cur = ('Curtis Yamamoto', f'cyamamoto@{dom}')
    loc = 'Riverbend Beverage Distributors, 9800 Franklin Ave, Franklin Park, IL 60131'
    uid_a = f'fountain-slot-{h16("c12a", 20)}@fountain.com'
    uid_b = f'fountain-slot-{h16("c12b", 20)}@fountain.com'
    sent1 = T(2026, 3, 20, 13, 2, 11, wd='Friday')
    s1 = T(2026, 3, 27, 10, 0, wd='Friday'); e1 = s1 + timedelta(minutes=30)
    sent2 = T(2026, 3, 25, 8, 47, 30, wd='Wednesday')
    sent3 = T(2026, 3, 25, 12, 15, 2, wd='Wednesday')
    s2 = T(2026, 3, 31, 13, 0, wd='Tuesday'); e2 = s2 + timedelta(minutes=30)

    def cal(sent, uid, s, e, method='REQUEST', seq=0):
        return ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Fountain//Scheduler 2.0//EN', 'CALSCALE:GREGORIAN',
                    f'METHOD:{method}', 'BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{icsz(sent)}', f'DTSTART:{icsz(s)}',
                    f'DTEND:{icsz(e)}', f'SUMMARY:{esc("Interview: " + role + " - " + co)}', f'LOCATION:{esc(loc)}',
                    f'ORGANIZER;CN={co}:mailto:no-reply@fountain.com', att(OWNER_NAME, OWNER),
                    att(cur[0], cur[1], 'ACCEPTED'), f'SEQUENCE:{seq}',
                    'STATUS:CANCELLED' if method == 'CANCEL' else 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])

    def booked(s, e, first):
        return ((f'Hi Denise,\n\nYour interview for {role} with {co} is scheduled.\n\n' if first else
                 f'Hi Denise,\n\nThanks for picking a new time. Your interview for {role} with {co} is scheduled.\n\n') +
                f'Date: {long_date(s)}\nTime: {hm(s)} - {hm(e)} CDT\n'
                f'Interviewer: {cur[0]}, Warehouse Manager ({cur[1]})\nLocation: {loc}\n\n'
                'Check in at the Gate 1 guard shack and tell the guard you are there to see Curtis. Park in the visitor spaces '
                'next to the office - the lot on the east side is for drivers.\n\n'
                'Schedule for this role: 2:00 PM - 10:30 PM Monday-Friday plus rotating Saturdays.\n\n'
                'Need to make a change? Visit your applicant portal: https://fountain.com/riverbend/apply/portal\n\n'
                f'{co} Recruiting\n')
    common = dict(frm=(co, 'no-reply@fountain.com'), to=[OWNER_T], reply_to=('Riverbend Recruiting', f'recruiting@{dom}'),
                  via='mail.fountain.com (mail.fountain.com [198.2.180.41])')
    m1 = simple_mail(sent=sent1.astimezone(UTC), subject=f'Your interview is scheduled - {role}', text=booked(s1, e1, True),
                     msgid=f'{h16("c12m1", 24)}.fountain-scheduler@fountain.com', boundary='b1_5e0c7d2a9f31',
                     attachments=[ics_attachment(cal(sent1, uid_a, s1, e1))], b_mixed='b0_5e0c7d2a9f31', **common)
    text2 = (f'Hi Denise,\n\nYour interview for {role} on {md_date(s1)} at {hm(s1)} CDT has been cancelled by {co}.\n\n'
             'Message from the hiring team: "Curtis has been called to our Milwaukee branch on Friday. We\'re sorry for the '
             'change - please pick a new time next week."\n\n'
             'Book a new time: https://fountain.com/riverbend/apply/portal/schedule\n\n' + f'{co} Recruiting\n')
    m2 = simple_mail(sent=sent2.astimezone(UTC), subject=f'Your interview has been cancelled - {role}', text=text2,
                     msgid=f'{h16("c12m2", 24)}.fountain-scheduler@fountain.com', boundary='b1_91aa04c6e853',
                     attachments=[ics_attachment(cal(sent2, uid_a, s1, e1, 'CANCEL', 1), 'cancel.ics', 'CANCEL')],
                     b_mixed='b0_91aa04c6e853', **common)
    m3 = simple_mail(sent=sent3.astimezone(UTC), subject=f'Your interview is scheduled - {role}', text=booked(s2, e2, False),
                     msgid=f'{h16("c12m3", 24)}.fountain-scheduler@fountain.com', boundary='b1_c3f7e18b2d05',
                     attachments=[ics_attachment(cal(sent3, uid_b, s2, e2))], b_mixed='b0_c3f7e18b2d05', **common)
    files = {'01-fountain-interview-scheduled.eml': m1, '02-fountain-interview-cancelled.eml': m2,
             '03-fountain-new-time-booked.eml': m3}
    lab = label([iv(co, role, s1, e1, 'cancelled', [cur[1]], [cur[1]], 'hiring_manager'),
                 iv(co, role, s2, e2, 'scheduled', [cur[1]], [cur[1]], 'hiring_manager')], 'hard',
                'positive/cancel-then-rebook',
                'Fountain booking (UID A) cancelled by the employer with METHOD:CANCEL, then a new booking with a different UID '
                'for Tue Mar 31 -> two entries (cancelled + scheduled). Shift hours are distractors.')
    return slug, files, lab


@case
def c13():
    slug = 'b193-13-teams-panel-pacific-tzid-update'
    co, dom = 'Cascadia Marketplace', 'cascadiamarket.example'
    role = 'Regional Fulfillment Operations Manager (Midwest)'
    rach = ('Rachel Byrne', f'rbyrne@{dom}')
    vic = ('Victor Osei', f'vosei@{dom}')
    jan = ('Janelle Brooks', f'jbrooks@{dom}')
    tom = ('Tom Reinholt', f'treinholt@{dom}')
    sam = ('Sam Whitford', f'swhitford@{dom}')
    uid = '040000008200E00074C5B7101A82E00800000000' + h16('c13uid', 16).upper() + '01000000' + h16('c13uid2', 32).upper()
    start = T(2026, 4, 7, 7, 30, tz=LA, wd='Tuesday')
    end = start + timedelta(hours=1)
    assert start.astimezone(CHI).strftime('%H:%M') == '09:30'
    subj = f'{co} | Panel Interview | {role} - Denise Kowalczyk'
    sent1 = T(2026, 3, 26, 15, 30, 4, tz=LA, wd='Thursday')
    body1 = (f"Hi Denise,\n\nYou're confirmed for a 60-minute panel interview for the {role} role. The invite shows Pacific time "
             'because it was sent from our Seattle office - for you in Chicago this is 9:30-10:30 AM Central.\n\n'
             f'Your panel:\n- {vic[0]}, Sr. Director, Fulfillment Operations\n- {jan[0]}, HR Business Partner, Supply Chain\n'
             f'- {sam[0]}, Regional Safety Manager\n\n'
             "I'm just coordinating and won't be on the call. Please test Teams ahead of time.\n\n"
             f'Rachel Byrne | Recruiting Coordinator | {co}\n{rach[1]}\n')
    m1 = outlook_invite(sent=sent1, msgid=f'BY5PR04MB{h16("c13m1", 28).upper()}', organizer=rach,
                        required=[OWNER_T, vic, jan, sam], subject=subj, start=start, end=end,
                        wintz='Pacific Standard Time', when_label='(UTC-08:00) Pacific Time (US & Canada)', body=body1,
                        location='Microsoft Teams Meeting', uid=uid, sequence=0, teams_seed='c13teams',
                        boundary='_000_BY5PR04MB6980D1E2prodoutlookcom_', tz_local=LA)
    sent2 = T(2026, 3, 30, 9, 12, 40, tz=LA, wd='Monday')
    body2 = ('Hi Denise,\n\nSmall update: Janelle is out of office that week, so Tom Reinholt (HR Business Partner, Operations) will '
             'take her place on the panel. Same day and time - 9:30 AM Central / 7:30 AM Pacific.\n\n'
             f'Your panel:\n- {vic[0]}, Sr. Director, Fulfillment Operations\n- {tom[0]}, HR Business Partner, Operations\n'
             f'- {sam[0]}, Regional Safety Manager\n\nThanks,\nRachel\n')
    m2 = outlook_invite(sent=sent2, msgid=f'BY5PR04MB{h16("c13m2", 28).upper()}', organizer=rach,
                        required=[OWNER_T, vic, tom, sam], subject=subj, start=start, end=end,
                        wintz='Pacific Standard Time', when_label='(UTC-08:00) Pacific Time (US & Canada)', body=body2,
                        location='Microsoft Teams Meeting', uid=uid, sequence=1, teams_seed='c13teams',
                        boundary='_000_BY5PR04MB69807A3Cprodoutlookcom_', tz_local=LA)
    files = {'01-teams-panel-invite.eml': m1, '02-teams-panel-updated.eml': m2}
    ivs = [vic[1], tom[1], sam[1]]
    lab = label([iv(co, role, start, end, 'scheduled', ivs, ivs, 'onsite')], 'medium', 'positive/teams-panel-pacific-tzid',
                'Exchange invite with Windows TZID "Pacific Standard Time" and a "(UTC-08:00)" label; Apr 7 is PDT, so 7:30 '
                '-07:00 = 9:30 CDT. Updated invite (same UID, SEQUENCE 1, same time) swaps Janelle for Tom -> final panel. '
                'Coordinator Rachel is not on the call.')
    return slug, files, lab


# ============================================================================= NEGATIVE CASES
@case
def c14():
    slug = 'b193-14-forklift-certification-class'
    dom = 'liftright-training.example'
    dar = ('Darnell Hughes', f'dhughes@{dom}')
    sent = T(2026, 3, 10, 11, 20, 5, wd='Tuesday')
    s = T(2026, 3, 14, 8, 0, wd='Saturday'); e = T(2026, 3, 14, 14, 0)
    loc = 'LiftRight Training Center, 1325 Industry Ave, Crest Hill, IL 60403'
    text = ('Hi Denise,\n\nYou are registered for our Forklift Operator Certification class (sit-down counterbalance + stand-up '
            f'reach) this {md_date(s)}, {hm_short(s)} - {hm_short(e)}, at {loc}.\n\n'
            'The day is a classroom session (OSHA 1910.178 rules, load capacity, the stability triangle) followed by a hands-on '
            'practical evaluation with one of our trainers. You will leave with a wallet card and certificate valid for three years.\n\n'
            'Your seat is covered by the Will County Workforce Center training voucher - no payment due.\n\n'
            'A lot of our students tell us employers ask about certification in interviews, so bring the card to your next one!\n\n'
            'Wear steel-toe or composite-toe boots. Long pants required. Check in at the front office - the yard gate stays '
            'locked until 7:45.\n\n'
            f'Darnell Hughes\nLead Trainer | LiftRight Training Center\n{dar[1]} | (815) 555-0160\n')
    mid = f'{h16("c14m", 20)}@mail.{dom}'
    m = simple_mail(sent=sent, frm=dar, to=[OWNER_T],
                    subject='Confirmed: Forklift Operator Certification - Sat 3/14 (classroom + hands-on evaluation)',
                    text=text, msgid=mid, boundary=f'=_{h16("c14b", 16)}', via=f'mail.{dom} (mail.{dom} [203.0.113.61])')
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//LiftRight Training//Class Bookings 3.1//EN', 'METHOD:PUBLISH']
              + vtz_iana('America/Chicago') +
              ['BEGIN:VEVENT', f'UID:class-2026-0314-fl-{h16("c14uid", 10)}@{dom}', f'DTSTAMP:{icsz(sent)}',
               f'DTSTART;TZID=America/Chicago:{icsl(s)}', f'DTEND;TZID=America/Chicago:{icsl(e)}',
               'SUMMARY:Forklift Operator Certification Class + Practical Evaluation',
               f'DESCRIPTION:{esc("Classroom (OSHA 1910.178) 8:00-11:30; hands-on evaluation 12:00-2:00. Bring photo ID. Funded by Will County Workforce Center voucher.")}',
               f'LOCATION:{esc(loc)}', f'ORGANIZER;CN=LiftRight Training Center:mailto:classes@{dom}',
               att(OWNER_NAME, OWNER, 'ACCEPTED', rsvp='FALSE'), 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    files = {'01-forklift-class-confirmation.eml': m, '02-forklift-class.ics': cal}
    lab = label([], 'medium', 'negative/forklift-certification',
                'Training class with a "practical evaluation", mentions interviews and hiring vouchers; not a hiring conversation.')
    return slug, files, lab


@case
def c15():
    slug = 'b193-15-pre-employment-drug-screen'
    co, dom = 'Tollway Logistics Group', 'tollwaylogistics.example'
    ren = ('Renata Silva', f'rsilva@{dom}')
    sent = T(2026, 3, 19, 14, 10, 37, wd='Thursday')
    s = T(2026, 3, 23, 7, 30, wd='Monday'); e = s + timedelta(minutes=45)
    loc = 'WorkWell Occupational Health - Bolingbrook, 225 Quadrangle Dr, Bolingbrook, IL 60440'
    text = ('Hi Denise,\n\nCongratulations again on your conditional offer for Shift Operations Supervisor (2nd shift) at our Plainfield '
            'facility! Your interview process is complete - the last steps before we can confirm your start date are the '
            'pre-employment drug screen and the background check.\n\n'
            f'I booked your drug screen appointment:\n{long_date(s)} at {hm(s)}\n{loc}\n\n'
            'Bring a photo ID and the donor copy of the Chain of Custody form (attached in the portal). It is a 5-panel urine test; '
            'expect 30-45 minutes. If you need to move it, call WorkWell directly at (630) 555-0188 - it has to be completed '
            'within 48 hours of the original time.\n\nI also sent a calendar hold.\n\n'
            f'Renata Silva\nHR Coordinator | {co}\n{ren[1]}\n')
    m1 = simple_mail(sent=sent, frm=ren, to=[OWNER_T], subject='Next step: pre-employment drug screen - Shift Operations Supervisor',
                     text=text, msgid=f'CAF{h16("c15m", 28)}@mail.gmail.com', boundary=f'000000000000{h16("c15b", 12)}',
                     via='mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])')
    m2 = google_invite(sent=sent + timedelta(minutes=2), organizer=ren, guests=[(ren[0], ren[1], 'ACCEPTED'), (None, OWNER, 'NEEDS-ACTION')],
                       title='Pre-employment drug screen - Denise Kowalczyk (WorkWell Bolingbrook)', start=s, end=e, location=loc,
                       description='Bring photo ID + Chain of Custody donor copy. Post-offer step for Shift Operations Supervisor.',
                       uid=f'{h16("c15uid", 26)}@google.com', b_mixed=f'000000000000{h16("c15b2", 12)}',
                       b_alt=f'000000000000{h16("c15b3", 12)}', tzlabel='Central Time - Chicago')
    files = {'01-drug-screen-scheduled.eml': m1, '02-invitation-drug-screen.eml': m2}
    lab = label([], 'medium', 'negative/drug-test-appointment',
                'Post-offer drug screen with a calendar invite from the employer ("your interview process is complete").')
    return slug, files, lab


@case
def c16():
    slug = 'b193-16-new-hire-orientation-guard-shack'
    co, dom = 'Granite Trail Logistics', 'granitetrail.example'
    kel = ('Kelsey Ambrose', f'kambrose@{dom}')
    leon = ('Leon Ferris', f'lferris@{dom}')
    sent = T(2026, 4, 3, 10, 5, 18, wd='Friday')
    s = T(2026, 4, 13, 6, 0, wd='Monday'); e = T(2026, 4, 13, 14, 30)
    loc = 'Granite Trail Logistics Channahon DC, 24850 S Frontage Rd, Channahon, IL 60410'
    text = ("Hi Denise,\n\nWe're thrilled you accepted our offer for Operations Supervisor - welcome to Granite Trail!\n\n"
            f'Your first day is {md_date(s)}. New Hire Orientation runs {hm_short(s)} - {hm_short(e)} at the Channahon DC:\n'
            '  6:00  Check in at Guard Shack 1 (main gate) - give the officer your name; you are on the new-hire list\n'
            '  6:15  I-9 verification, badge photo and payroll paperwork with HR\n'
            '  8:00  Safety orientation and PIT policy video\n'
            f'  12:30 Site walk with your manager, {leon[0]} ({leon[1]})\n\n'
            'Please bring two forms of ID for the I-9 (see the list in your onboarding portal), your safety boots and a voided '
            'check or direct deposit form.\n\nSee you on the 13th!\n\n'
            f'Kelsey Ambrose\nHR Generalist | {co}\n{kel[1]}\n')
    m1 = simple_mail(sent=sent, frm=kel, to=[OWNER_T], cc=[leon], subject='Welcome to Granite Trail! New hire orientation details',
                     text=text, msgid=f'CAB{h16("c16m", 28)}@mail.gmail.com', boundary=f'000000000000{h16("c16b", 12)}',
                     via='mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])')
    m2 = google_invite(sent=sent + timedelta(minutes=3), organizer=kel,
                       guests=[(kel[0], kel[1], 'ACCEPTED'), (leon[0], leon[1], 'ACCEPTED'), (None, OWNER, 'NEEDS-ACTION')],
                       title='New Hire Orientation - Denise Kowalczyk (Operations Supervisor)', start=s, end=e, location=loc,
                       description='Day 1 orientation. Check in at Guard Shack 1. Bring I-9 documents and safety boots.',
                       uid=f'{h16("c16uid", 26)}@google.com', b_mixed=f'000000000000{h16("c16b2", 12)}',
                       b_alt=f'000000000000{h16("c16b3", 12)}', tzlabel='Central Time - Chicago')
    files = {'01-welcome-orientation-details.eml': m1, '02-invitation-new-hire-orientation.eml': m2}
    lab = label([], 'hard', 'negative/orientation-after-offer',
                'After accepting an offer: orientation day with guard-shack check-in and a site walk with the manager; not an interview.')
    return slug, files, lab


@case
def c17():
    slug = 'b193-17-osha-10-online-training'
    org = 'Northern Illinois Safety Council'
    sent = T(2026, 3, 9, 12, 31, 50, wd='Monday')
    d1 = T(2026, 3, 18, 8, 0, wd='Wednesday'); d1e = T(2026, 3, 18, 13, 0)
    d2 = T(2026, 3, 19, 8, 0, wd='Thursday'); d2e = T(2026, 3, 19, 13, 0)
    title = 'OSHA 10-Hour General Industry - Live Online (2 sessions)'
    mtg = '893 2210 4471'
    text = (f'Hi Denise Kowalczyk,\n\nThank you for registering for "{title}".\n\n'
            'Please submit any questions to: training@nilsafetycouncil.example\n\n'
            f'Date Time: {d1:%b} {d1.day}, {d1.year} {d1:%I:%M %p} Central Time (US and Canada)\n'
            f'Session 2: {d2:%b} {d2.day}, {d2.year} {d2:%I:%M %p} Central Time (US and Canada)\n\n'
            'Join from PC, Mac, iPad, or Android:\nhttps://us06web.zoom.us/w/89322104471?tk=' + b64url('c17tk')[:24] + '\n\n'
            f'Webinar ID: {mtg}\nPasscode: 410177\n\n'
            'Your OSHA 10 DOL card is mailed 2-4 weeks after you complete both sessions. Tip from our instructors: list it on '
            'your resume and bring it up in job interviews - warehouse leadership roles look for it.\n\n'
            'You can cancel your registration at any time.\n')
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0',
               'METHOD:REQUEST'] + vtz_iana('America/Chicago') +
              sum([['BEGIN:VEVENT', f'DTSTAMP:{icsz(sent)}', f'DTSTART;TZID=America/Chicago:{icsl(a)}',
                    f'DTEND;TZID=America/Chicago:{icsl(b)}', f'SUMMARY:{esc(title)}',
                    f'UID:ZOOM89322104471-{i}-{h16("c17uid" + str(i), 10)}@zoom.us', 'TZID:America/Chicago',
                    f'DESCRIPTION:{esc("Join: https://us06web.zoom.us/w/89322104471 Webinar ID: " + mtg)}',
                    'LOCATION:https://us06web.zoom.us/w/89322104471',
                    'ORGANIZER;CN=Northern Illinois Safety Council:mailto:no-reply@zoom.us',
                    att(OWNER_NAME, OWNER, 'ACCEPTED', rsvp='FALSE'), 'END:VEVENT']
                   for i, (a, b) in enumerate([(d1, d1e), (d2, d2e)], 1)], []) + ['END:VCALENDAR'])
    m = simple_mail(sent=sent.astimezone(UTC), frm=(org, 'no-reply@zoom.us'), to=[OWNER_T],
                    reply_to=(org, 'training@nilsafetycouncil.example'),
                    subject=f'{title} Confirmation', text=text, msgid=f'{h16("c17m", 26)}@zoom.us',
                    boundary='----=_Part_4420913_1203958401.1773081110112', attachments=[ics_attachment(cal, 'invite.ics')],
                    b_mixed='----=_Part_4420912_880137716.1773081110112', cte='quoted-printable',
                    via='mailout.zoom.us (mailout.zoom.us [170.114.52.40])')
    files = {'01-zoom-osha10-registration.eml': m}
    lab = label([], 'easy', 'negative/osha-training',
                'Zoom webinar registration for OSHA 10 training (two sessions); mentions job interviews only as a tip.')
    return slug, files, lab


@case
def c18():
    slug = 'b193-18-current-job-safety-meeting'
    co, dom = 'Prairie State Crossdock', 'prairiestate-crossdock.example'
    glo = ('Gloria Estrada', f'gestrada@{dom}')
    grp = ('2nd Shift Supervisors and Leads', f'2ndshift-leads@{dom}')
    sent = T(2026, 2, 23, 8, 30, 12, wd='Monday')
    s = T(2026, 3, 5, 14, 30, wd='Thursday'); e = T(2026, 3, 5, 15, 30)
    uid = '040000008200E00074C5B7101A82E00800000000' + h16('c18uid', 16).upper() + '01000000' + h16('c18uid2', 32).upper()
    body = ('Team,\n\nMarch safety meeting for 2nd shift supervisors and leads. Please be in Training Room B 15 minutes before '
            'shift start - we will finish by 3:30 so you can run your pre-shift huddles.\n\nAgenda:\n'
            '1. Dock plate incident on 2/17 - root cause review\n'
            '2. How to conduct witness interviews for incident investigations (new form IR-4). Every supervisor needs to be '
            'able to interview witnesses within 24 hours of an incident.\n'
            '3. PIT recertification - anyone overdue must be recertified by 3/31\n'
            '4. Heat illness prevention plan preview\n\n'
            'Denise - please bring the near-miss log for doors 14-22.\n\n'
            f'Gloria Estrada\nEHS Manager | {co} - Bolingbrook\n')
    m = outlook_invite(sent=sent, msgid=f'CY4PR06MB{h16("c18m", 28).upper()}', organizer=glo, required=[grp, OWNER_T],
                       subject='Monthly Safety Meeting - 2nd Shift Supervisors & Leads (March)', start=s, end=e,
                       wintz='Central Standard Time', when_label='(UTC-06:00) Central Time (US & Canada)', body=body,
                       location='Training Room B (Bolingbrook)', uid=uid, boundary='_000_CY4PR06MB3110E5prodoutlookcom_',
                       tz_local=CHI)
    files = {'01-outlook-monthly-safety-meeting.eml': m}
    lab = label([], 'medium', 'negative/current-job-safety-meeting',
                "Her current employer's recurring safety meeting (Exchange invite); 'witness interviews' are incident investigations.")
    return slug, files, lab


@case
def c19():
    slug = 'b193-19-open-walk-in-interviews'
    co, dom = 'Fairmont Distribution', 'fairmontdist.example'
    sent = T(2026, 3, 23, 7, 0, 0, wd='Monday')
    s = T(2026, 3, 26, 10, 0, wd='Thursday'); e = T(2026, 3, 26, 18, 0)
    loc = 'Fairmont Distribution Training Center, 1700 Mound Rd, Joliet, IL 60436'
    text = ('OPEN INTERVIEWS - NO APPOINTMENT NEEDED\n\n'
            f'{md_date(s)} | {hm_short(s)} - {hm_short(e)}\n{loc}\n\n'
            'We are hiring Warehouse Supervisors (1st and 2nd shift), Inventory Leads and Forklift Operators. Just show up - '
            'on-the-spot interviews all day, first come first served. Most candidates are seen within 30 minutes.\n\n'
            'Check in at the guard shack at the main gate and follow the signs to the Training Center. Bring your resume and '
            'a photo ID.\n\n'
            'Add the event to your calendar with the attached file so you don\'t forget!\n\n'
            f"You're receiving this because you applied to a {co} job in the last 90 days. Unsubscribe: "
            'https://careers.fairmontdist.example/unsubscribe\n')
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Fairmont Distribution//Careers Events//EN', 'METHOD:PUBLISH']
              + vtz_iana('America/Chicago') +
              ['BEGIN:VEVENT', f'UID:walkin-20260326-{h16("c19uid", 10)}@{dom}', f'DTSTAMP:{icsz(sent)}',
               f'DTSTART;TZID=America/Chicago:{icsl(s)}', f'DTEND;TZID=America/Chicago:{icsl(e)}',
               f'SUMMARY:{esc(co + " Open Interviews - Walk-ins Welcome")}', f'LOCATION:{esc(loc)}',
               f'DESCRIPTION:{esc("No appointment needed. Check in at the main gate guard shack.")}',
               'TRANSP:TRANSPARENT', 'END:VEVENT', 'END:VCALENDAR'])
    m = simple_mail(sent=sent.astimezone(UTC), frm=(f'{co} Careers', f'careers@{dom}'), to=[OWNER_T],
                    subject='Walk-in interviews this Thursday - Supervisors & Leads wanted!', text=text,
                    msgid=f'{h16("c19m", 24)}@sendgrid.net', boundary=f'{h16("c19b", 28)}',
                    attachments=[ics_attachment(cal, 'open-interviews.ics', 'PUBLISH')], b_mixed=f'{h16("c19b0", 28)}',
                    via='o3.ptr4410.sendgrid.net (o3.ptr4410.sendgrid.net [167.89.101.12])',
                    extra_hdrs=[('List-Unsubscribe', '<https://careers.fairmontdist.example/unsubscribe>')])
    files = {'01-walk-in-open-interviews.eml': m}
    lab = label([], 'hard', 'negative/walk-in-hiring-event',
                'Open walk-in interviews with an add-to-calendar .ics (PUBLISH, no attendee); nothing booked -> not an interview.')
    return slug, files, lab


@case
def c20():
    slug = 'b193-20-olivia-pick-a-time-unanswered'
    co = 'Ironbridge Building Supply'
    role = 'Yard & Warehouse Supervisor'
    sent1 = T(2026, 3, 16, 17, 40, 9, wd='Monday')
    opts = [T(2026, 3, 24, 9, 0, wd='Tuesday'), T(2026, 3, 24, 13, 30, wd='Tuesday'), T(2026, 3, 25, 10, 0, wd='Wednesday')]
    conv = paradox_text('Olivia', co, [
        ('o', sent1 - timedelta(minutes=1), f"Hi Denise! I'm Olivia, the hiring assistant for {co}. Thanks for applying for {role} "
                                            "in Romeoville - the hiring manager would like to interview you! Which of these times works?\n"
              + '\n'.join(f'{i}) {x:%a} {x.month}/{x.day} {hm(x)}' for i, x in enumerate(opts, 1)) +
              '\nReply with the number, or tap here to see more times: https://ironbridge.paradox.ai/s/' + b64url('c20')[:8]),
    ])
    text1 = ('Hi Denise,\n\nWe also sent you this by text message.\n\n' + conv + PARADOX_FOOTER.format(asst='Olivia', co=co))
    m1 = simple_mail(sent=sent1.astimezone(UTC), frm=(f'Olivia from {co}', 'no-reply@paradox.ai'), to=[OWNER_T],
                     subject=f"{co}: Let's schedule your interview", text=text1,
                     msgid=f'0100019cf8{h16("c20m1", 22)}@email.paradox.ai', boundary='--==_mimepart_69b883a91c0d2_3b10aa',
                     via='o1.email.paradox.ai (o1.email.paradox.ai [149.72.14.201])', sender='bounces+2741193@email.paradox.ai')
    sent2 = T(2026, 3, 19, 9, 0, 2, wd='Thursday')
    conv2 = paradox_text('Olivia', co, [
        ('o', sent2 - timedelta(minutes=1), "Hi Denise, Olivia again from Ironbridge! I still have interview times open next week for "
                                            f'{role}. Tap to choose one: https://ironbridge.paradox.ai/s/' + b64url('c20')[:8] +
                                            '\nIf you are no longer interested, reply STOP.'),
    ])
    text2 = ('Hi Denise,\n\nWe also sent you this by text message.\n\n' + conv2 + PARADOX_FOOTER.format(asst='Olivia', co=co))
    m2 = simple_mail(sent=sent2.astimezone(UTC), frm=(f'Olivia from {co}', 'no-reply@paradox.ai'), to=[OWNER_T],
                     subject=f'{co}: Still interested? Pick an interview time', text=text2,
                     msgid=f'0100019d05{h16("c20m2", 22)}@email.paradox.ai', boundary='--==_mimepart_69bc0d22e4a17_3b10c4',
                     via='o1.email.paradox.ai (o1.email.paradox.ai [149.72.14.201])', sender='bounces+2741193@email.paradox.ai')
    files = {'01-olivia-pick-a-time.eml': m1, '02-olivia-nudge-still-interested.eml': m2}
    lab = label([], 'medium', 'negative/unbooked-scheduling-request',
                'Paradox Olivia offers three interview slots and a self-schedule link; the owner never picks one.')
    return slug, files, lab


@case
def c21():
    slug = 'b193-21-owner-interviews-forklift-candidate'
    dom = 'prairiestate-crossdock.example'
    tif = ('Tiffany Greer', f'tgreer@{dom}')
    sent = T(2026, 3, 10, 13, 15, 27, wd='Tuesday')
    s = T(2026, 3, 12, 14, 0, wd='Thursday'); e = s + timedelta(minutes=45)
    m = google_invite(sent=sent, organizer=tif, guests=[(tif[0], tif[1], 'ACCEPTED'), (None, OWNER, 'NEEDS-ACTION')],
                      title='Interview: Jordan Pike - Forklift Operator (2nd Shift) - Interviewer: Denise K.', start=s, end=e,
                      location='Prairie State Crossdock Bolingbrook - Training Room B',
                      description=('Denise - thanks for taking this one. Candidate: Jordan Pike, applying for Forklift Operator, '
                                   '2nd shift (req 26-0311). Please run the structured interview (questions are in the shared '
                                   'drive) and the 10-minute practical on the sit-down, then submit your scorecard in UKG by end of '
                                   'shift.\n\nTiffany Greer, HR Generalist'),
                      uid=f'{h16("c21uid", 26)}@google.com', b_mixed=f'000000000000{h16("c21b1", 12)}',
                      b_alt=f'000000000000{h16("c21b2", 12)}', tzlabel='Central Time - Chicago')
    files = {'01-invitation-interview-jordan-pike.eml': m}
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'Current employer asks the owner to interview a forklift candidate; she is the interviewer, not the candidate.')
    return slug, files, lab


@case
def c22():
    slug = 'b193-22-hirevue-on-demand-video'
    co = 'Lindqvist Logistics'
    role = 'Warehouse Operations Supervisor'
    sent1 = T(2026, 3, 24, 10, 0, 8, wd='Tuesday')
    due = T(2026, 3, 27, 23, 59, wd='Friday')
    link = 'https://app.hirevue.com/interviews/' + b64url('c22link')[:16]
    text1 = (f'Hi Denise,\n\nThank you for your interest in the {role} position at {co}.\n\n'
             'The next step in our process is an on-demand video interview. You will record answers to 5 questions on your own '
             'schedule - there is no live interviewer, and you get one practice question before you start.\n\n'
             f'Please complete your interview by {long_date(due)} at {hm(due)} Central Time. It takes about 20 minutes.\n\n'
             f'Start your interview: {link}\n\n'
             'Tips: use a laptop or phone with a camera, find a quiet spot with good lighting, and check your connection.\n\n'
             f'Good luck!\n{co} Talent Acquisition\n\nThis is an automated message from HireVue on behalf of {co}. Please do not reply.\n')
    m1 = simple_mail(sent=sent1.astimezone(UTC), frm=(co, 'noreply@hirevue.com'), to=[OWNER_T],
                     subject=f'{co} - Your on-demand video interview for {role}', text=text1,
                     msgid=f'{h16("c22m1", 32)}@hirevue.com', boundary=f'==============={int(h16("c22b1", 15), 16)}==',
                     via='mail.hirevue.com (mail.hirevue.com [52.34.112.9])')
    sent2 = T(2026, 3, 26, 10, 0, 5, wd='Thursday')
    text2 = (f'Hi Denise,\n\nThis is a friendly reminder that your on-demand video interview for {role} at {co} expires tomorrow, '
             f'{md_date(due)}, at {hm(due)} Central Time.\n\nStart your interview: {link}\n\n'
             f'{co} Talent Acquisition\n\nThis is an automated message from HireVue on behalf of {co}. Please do not reply.\n')
    m2 = simple_mail(sent=sent2.astimezone(UTC), frm=(co, 'noreply@hirevue.com'), to=[OWNER_T],
                     subject=f'Reminder: your {co} video interview expires tomorrow', text=text2,
                     msgid=f'{h16("c22m2", 32)}@hirevue.com', boundary=f'==============={int(h16("c22b2", 15), 16)}==',
                     via='mail.hirevue.com (mail.hirevue.com [52.34.112.9])')
    files = {'01-hirevue-on-demand-invite.eml': m1, '02-hirevue-reminder.eml': m2}
    lab = label([], 'medium', 'negative/one-way-video',
                'HireVue one-way (on-demand) video interview with a deadline; no live conversation.')
    return slug, files, lab


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
        os.makedirs(os.path.join(HERE, slug))
        for fname, content in sorted(files.items()):
            assert fname[:3] == f'{fname[:2]}-' and fname.split('.', 1)[1] in ('eml', 'ics', 'gcal.json'), fname
            with open(os.path.join(HERE, slug, fname), 'w', encoding='utf-8', newline='') as f:
                f.write(content)
        labels[slug] = lab
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='') as f:
        f.write('# Labels for blind193 (written blind, synthetic). Schema: /work/shared/eval/README.md\n')
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l['interview'])
    n_iv = sum(len(l['interviews']) for l in labels.values())
    canc = sum(1 for l in labels.values() for x in l['interviews'] if x['status'] == 'cancelled')
    print(f'{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {n_iv} interviews '
          f'({n_iv - canc} scheduled, {canc} cancelled)')


if __name__ == '__main__':
    main()
