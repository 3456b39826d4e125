#!/usr/bin/env python3
"""Regenerate the blind270 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; every offset is computed with
zoneinfo and every weekday named in a text is asserted. Standard library + PyYAML only.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import shutil
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = 'dilini.wickramasinghe@example.com'
OWNER_NAME = 'Dilini Wickramasinghe'
OWNER_WORK = 'd.wickramasinghe@beiralakesoft.example'

CMB = ZoneInfo('Asia/Colombo')
KOL = ZoneInfo('Asia/Kolkata')
SGP = ZoneInfo('Asia/Singapore')
MEL = ZoneInfo('Australia/Melbourne')
UTC = dt.timezone.utc
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']


# ----------------------------------------------------------------------------- time helpers
def T(y, m, d, h=0, mi=0, s=0, tz=CMB):
    return dt.datetime(y, m, d, h, mi, s, tzinfo=tz)


def W(t, name):
    """Assert that t (local wall time) falls on weekday `name`; return t."""
    assert DAYS[t.weekday()] == name, (t, name, DAYS[t.weekday()])
    return t


def OFF(t, hours, minutes=0):
    assert t.utcoffset() == dt.timedelta(hours=hours, minutes=minutes), (t, t.utcoffset())
    return t


def rfc(t):
    return format_datetime(t)


def iso(t):
    return None if t is None else t.isoformat()


def zstamp(t):
    return t.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def wall(t):
    return t.strftime('%Y%m%dT%H%M%S')


def h12(t, sep=':'):
    return f"{t.hour % 12 or 12}{sep}{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def outlook_when(s, e, label):
    return f"{DAYS[s.weekday()]}, {MONTHS[s.month - 1]} {s.day}, {s.year} {h12(s)}-{h12(e)} {label}."


def gtime(t):
    ap = 'am' if t.hour < 12 else 'pm'
    return f"{t.hour % 12 or 12}{ap}" if t.minute == 0 else f"{t.hour % 12 or 12}:{t.minute:02d}{ap}"


def google_line(s, e):
    return f"{DAYS[s.weekday()]} {s.day} {MONTHS[s.month - 1][:3]} {s.year} \u22c5 {gtime(s)} \u2013 {gtime(e)}"


def google_subj(s, e, abbr):
    return f"{DAYS[s.weekday()][:3]} {s.day} {MONTHS[s.month - 1][:3]} {s.year} {gtime(s)} - {gtime(e)} ({abbr})"


def hid(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def digits(seed, n):
    return ''.join(str(int(c, 16) % 10) for c in hashlib.sha256(seed.encode()).hexdigest()[:n])


# ----------------------------------------------------------------------------- MIME helpers
def qp(b):
    return quopri.encodestring(b).decode('ascii')


def b64(b):
    return base64.encodebytes(b).decode('ascii')


def leaf(ctype, text=None, enc='7bit', data=None, extra=()):
    body = text.encode('utf-8') if data is None else data
    if enc == 'base64':
        payload = b64(body)
    elif enc == 'quoted-printable':
        payload = qp(body)
    else:
        payload = body.decode('utf-8')
    if not payload.endswith('\n'):
        payload += '\n'
    head = [f'Content-Type: {ctype}'] + list(extra) + [f'Content-Transfer-Encoding: {enc}']
    return '\n'.join(head) + '\n\n' + payload


def multi(sub, boundary, parts):
    out = f'Content-Type: multipart/{sub};\n boundary="{boundary}"\n\n'
    for p in parts:
        out += f'--{boundary}\n{p}\n'
    return out + f'--{boundary}--\n'


def html_of(text, font='Calibri,Arial,sans-serif', size='11pt'):
    paras = []
    for block in text.strip('\n').split('\n\n'):
        paras.append('<p>' + '<br>\n'.join(html.escape(l, quote=False) for l in block.split('\n')) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + '\n'.join(paras) +
            '\n</div></body></html>\n')


def alt(boundary, text, enc='quoted-printable', html_text=None, flowed=False):
    ct = 'text/plain; charset="UTF-8"' + ('; format=flowed; delsp=yes' if flowed else '')
    return multi('alternative', boundary, [
        leaf(ct, text, enc),
        leaf('text/html; charset="UTF-8"', html_text or html_of(text), enc),
    ])


def H(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8', maxlinelen=76).encode(linesep='\n')


def A(name, email):
    return formataddr((name, email), charset='utf-8') if name else email


def received(host, ip, t, qid):
    t2 = (t + dt.timedelta(seconds=3)).astimezone(CMB)
    return (f'from {host} ({host} [{ip}])\n\tby mx1.example.com (Postfix) with ESMTPS id {qid}\n'
            f'\tfor <{OWNER}>; {rfc(t2)}')


def message(headers, body):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f'{k}: {v}')
    return '\n'.join(lines) + '\nMIME-Version: 1.0\n' + body


def mail(*, frm, to, date, subject, msgid, body, host, ip, cc=None, reply_to=None, in_reply_to=None,
         references=None, sender=None, return_path=None, extra=(), pre=()):
    heads = [('Delivered-To', OWNER)] + list(pre) + [
        ('Received', received(host, ip, date, hid(msgid, 10).upper())),
        ('Return-Path', f'<{return_path or frm[1]}>'),
        ('Sender', A(*sender) if sender else None),
        ('From', A(*frm)),
        ('Reply-To', A(*reply_to) if reply_to else None),
        ('To', ', '.join(A(*x) for x in to)),
        ('Cc', ', '.join(A(*x) for x in cc) if cc else None),
        ('Subject', H(subject)),
        ('Date', rfc(date)),
        ('Message-ID', msgid),
        ('In-Reply-To', in_reply_to),
        ('References', references),
    ] + list(extra)
    return message(heads, body)


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    parts, first = [], True
    while b:
        lim = 75 if first else 74
        if len(b) <= lim:
            parts.append(b)
            break
        cut = lim
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        first = False
    return '\r\n '.join(p.decode('utf-8') for p in parts)


def ics(lines):
    return ('\r\n'.join(fold(l) for l in lines) + '\r\n').encode('utf-8')


def esc(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def vtz_windows(tzid, off):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}',
            'BEGIN:STANDARD', 'DTSTART:16010101T000000', f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}',
            'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}',
            'END:DAYLIGHT', 'END:VTIMEZONE']


def vtz_fixed(tzid, off, name):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}',
            'BEGIN:STANDARD', f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}', f'TZNAME:{name}',
            'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE']


SLST = ('Sri Lanka Standard Time', '+0530', '(UTC+05:30) Sri Jayawardenepura')
SGST = ('Singapore Standard Time', '+0800', '(UTC+08:00) Kuala Lumpur, Singapore')


def att(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp=True, google=False):
    if google:
        return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={"TRUE" if rsvp else "FALSE"};'
                f'CN={name or email};X-NUM-GUESTS=0:mailto:{email}')
    return (f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={"TRUE" if rsvp else "FALSE"};CN={name}:mailto:{email}')


def teams_footer(seed):
    mid = hid(seed + 'mid', 22)
    num = digits(seed + 'num', 12)
    pas = hid(seed + 'pass', 6)
    tid = hid('tenant' + seed, 8)
    return ('_' * 80 + '\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            f'Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?'
            f'context=%7b%22Tid%22%3a%22{tid}-4c1e-4d2a-9a51-{hid(seed + "t2", 12)}%22%7d>\n'
            f'Meeting ID: {num[:3]} {num[3:6]} {num[6:9]} {num[9:]}\nPasscode: {pas}\n'
            'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
            + '_' * 80)


def outlook_ics(*, method, uid, seq, stamp, start, end, tzdef, summary, organizer, attendees, location,
                description, status='CONFIRMED', busy='TENTATIVE', priority=5, teams=True):
    tzid, off, _ = tzdef
    lines = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    lines += vtz_windows(tzid, off)
    lines += ['BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    lines += [att(n, e, role) for n, e, role in attendees]
    lines += [f'DESCRIPTION;LANGUAGE=en-US:{esc(description)}',
              f'UID:{uid}', f'SUMMARY;LANGUAGE=en-US:{esc(summary)}',
              f'DTSTART;TZID={tzid}:{wall(start)}', f'DTEND;TZID={tzid}:{wall(end)}',
              'CLASS:PUBLIC', f'PRIORITY:{priority}', f'DTSTAMP:{zstamp(stamp)}', 'TRANSP:OPAQUE',
              f'STATUS:{status}', f'SEQUENCE:{seq}', f'LOCATION;LANGUAGE=en-US:{esc(location)}',
              f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}', f'X-MICROSOFT-CDO-OWNERAPPTID:-{digits(uid, 10)}',
              f'X-MICROSOFT-CDO-BUSYSTATUS:{busy}', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
              'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', f'X-MICROSOFT-CDO-IMPORTANCE:{2 if priority == 1 else 1}',
              'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams:
        lines += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hid(uid, 22)}%40thread.v2/0',
                  'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/updatemeetings',
                  'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_' + hid(uid, 22) + '@thread.v2"}']
    lines += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE',
              f'X-MICROSOFT-LOCATIONS:[{{"DisplayName":"{location}"\\,"LocationAnnotation":""\\,"LocationUri":""\\,"LocationStreet":""\\,"LocationCity":""\\,"LocationState":""\\,"LocationCountry":""\\,"LocationPostalCode":""\\,"LocationFullAddress":""}}]']
    if method == 'REQUEST':
        lines += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ics(lines)


def outlook_invite(*, seed, frm, to, date, subject, uid, seq, start, end, tzdef, location, body,
                   attendees, cc=(), method='REQUEST', status='CONFIRMED', teams=True, importance=None,
                   in_reply_to=None, references=None, pre=(), host=None, to_override=None):
    """Exchange Online / Outlook meeting request: multipart/alternative text, html, text/calendar."""
    when = outlook_when(start, end, tzdef[2])
    text = f'When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n'
    if teams:
        text += '\n' + teams_footer(seed) + '\n'
    cal = outlook_ics(method=method, uid=uid, seq=seq, stamp=date, start=start, end=end, tzdef=tzdef,
                      summary=subject.split(': ', 1)[1] if method == 'CANCEL' else subject,
                      organizer=frm, attendees=attendees, location=location, description=text,
                      status=status, busy='FREE' if method == 'CANCEL' else 'TENTATIVE',
                      priority=1 if method == 'CANCEL' else 5, teams=teams)
    bnd = f'_000_{hid(seed + "b", 24).upper()}prodoutlookcom_'
    body_mime = multi('alternative', bnd, [
        leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', html_of(text, 'Aptos,Calibri,sans-serif'), 'quoted-printable'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', data=cal, enc='base64'),
    ])
    msgid = f'<{hid(seed + "mid", 8).upper()}{hid(seed + "mid2", 24).upper()}@PN3PR01MB{digits(seed, 4)}.INDPRD01.PROD.OUTLOOK.COM>'
    extra = [('Thread-Topic', subject.split(': ', 1)[1] if method == 'CANCEL' else subject),
             ('Thread-Index', base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()),
             ('Importance', importance), ('X-Priority', '1' if importance == 'high' else None),
             ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''),
             ('X-MS-TNEF-Correlator', ''), ('Content-class', 'urn:content-classes:calendarmessage'),
             ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAA' + hid(uid, 20)),
             ('x-ms-publictraffictype', 'Email')]
    return mail(frm=frm, to=to_override or to, cc=cc, date=date, subject=subject, msgid=msgid,
                body=body_mime, host=host or f'mail-pn3ind01on20{digits(seed + "h", 2)}.outbound.protection.outlook.com',
                ip='40.107.212.' + str(int(digits(seed, 2)) + 10), in_reply_to=in_reply_to,
                references=references, extra=extra, pre=pre)


def google_invite(*, seed, organizer, date, title, start, end, tzlabel, abbr, guests, description,
                  uid, seq=0, created=None, prefix='Invitation', location='', phone=('(LK)', '+94 11 7 45')):
    """Google Calendar invitation e-mail: mixed[alternative[plain, html, calendar], invite.ics]."""
    code = ''.join(chr(ord('a') + int(c) + 7) for c in digits(seed + 'meet', 10))
    meet = f'{code[:3]}-{code[3:7]}-{code[7:]}'
    pin = digits(seed + 'pin', 9)
    eid = base64.urlsafe_b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    glines = []
    for name, email, _ps, is_org in guests:
        glines.append(f'{name or email} - organizer' if is_org else (name or email))
        if name:
            glines.append(email)
    text = (f'{title}\n{google_line(start, end)}\n{tzlabel}\n\n'
            + (f'Location\n{location}\n\n' if location else '')
            + f'Join with Google Meet\nhttps://meet.google.com/{meet}\n\n'
            f'Join by phone\n{phone[0]} {phone[1]}{digits(seed + "ph", 3)} {digits(seed + "ph2", 3)}\nPIN: {pin}\n\n'
            f'More phone numbers\nhttps://tel.meet/{meet}?pin={pin}{digits(seed, 4)}\n\n'
            f'Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n' + '\n'.join(glines) +
            f'\nView all guest info {view}\n\n{description.strip()}\n\n'
            f'Reply for {OWNER} and view more details {view}\n\n\n~~//~~\n'
            'Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
            'You are receiving this email because you are an attendee on the event.\n\n'
            'Forwarding this invitation could allow any recipient to send a response to the organizer, '
            'be added to the guest list, invite others regardless of their own invitation status, or modify '
            'your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n')
    created = created or date
    cal_lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
                 'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT',
                 f'DTSTART:{zstamp(start)}', f'DTEND:{zstamp(end)}', f'DTSTAMP:{zstamp(date)}',
                 f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}', f'UID:{uid}']
    for name, email, ps, is_org in guests:
        cal_lines.append(att(name, email, 'REQ-PARTICIPANT', ps, True, google=True))
    cal_lines += [f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}', f'CREATED:{zstamp(created)}',
                  'DESCRIPTION:' + esc(description.strip() + '\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::-\n'
                                       f'Join with Google Meet: https://meet.google.com/{meet}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
                                       'Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::-'),
                  f'LAST-MODIFIED:{zstamp(date)}', f'LOCATION:{esc(location)}', f'SEQUENCE:{seq}',
                  'STATUS:CONFIRMED', f'SUMMARY:{esc(title)}', 'TRANSP:OPAQUE',
                  'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
                  'TRIGGER:-P0DT0H10M0S', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    cal = ics(cal_lines)
    b1 = '0000000000' + hid(seed + 'b1', 14)
    b2 = '0000000000' + hid(seed + 'b2', 14)
    inner = multi('alternative', b2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
        leaf('text/html; charset="UTF-8"', html_of(text, 'Roboto,Helvetica,Arial,sans-serif', '14px'), 'quoted-printable'),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', data=cal, enc='base64'),
    ])
    body = multi('mixed', b1, [inner, leaf('application/ics; name="invite.ics"', data=cal, enc='base64',
                                           extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    subject = f'{prefix}: {title} @ {google_subj(start, end, abbr)} ({OWNER})'
    return mail(frm=organizer, to=[(None, OWNER)], date=date, subject=subject,
                msgid=f'<calendar-{hid(seed, 8)}-{hid(seed + "x", 4)}-{hid(seed + "y", 4)}-{hid(seed + "z", 4)}-{hid(seed + "w", 12)}@google.com>',
                body=body, host=f'mail-sor-f{digits(seed, 2)}.google.com', ip='209.85.220.' + digits(seed + 'ip', 2),
                reply_to=organizer, sender=('Google Calendar', 'calendar-notification@google.com'),
                return_path=f'{hid(seed + "rp", 20)}@calendar-server.bounces.google.com')


def gcal_event(*, eid, created, updated, summary, description, organizer, start, end, tzname, attendees,
               location=None, status='confirmed', seq=0, meet=True):
    ev = {
        'kind': 'calendar#event', 'etag': f'"{digits(eid, 16)}"', 'id': eid, 'status': status,
        'htmlLink': 'https://www.google.com/calendar/event?eid=' +
                    base64.urlsafe_b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.') + digits(eid, 3) + 'Z',
        'summary': summary, 'description': description,
    }
    if location:
        ev['location'] = location
    ev['creator'] = {'email': organizer[1], 'displayName': organizer[0]}
    ev['organizer'] = {'email': organizer[1], 'displayName': organizer[0]}
    ev['start'] = {'dateTime': start.isoformat(), 'timeZone': tzname}
    ev['end'] = {'dateTime': end.isoformat(), 'timeZone': tzname}
    ev['iCalUID'] = f'{eid}@google.com'
    ev['sequence'] = seq
    ev['attendees'] = attendees
    if meet:
        code = ''.join(chr(ord('a') + int(c)) for c in digits(eid + 'meet', 10))
        code = f'{code[:3]}-{code[3:7]}-{code[7:]}'
        ev['hangoutLink'] = f'https://meet.google.com/{code}'
        ev['conferenceData'] = {
            'entryPoints': [{'entryPointType': 'video', 'uri': f'https://meet.google.com/{code}',
                             'label': f'meet.google.com/{code}'}],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
            'conferenceId': code}
    ev['reminders'] = {'useDefault': True}
    ev['eventType'] = 'default'
    return (json.dumps(ev, indent=2, ensure_ascii=False) + '\n').encode('utf-8')


def ats_ics(*, prodid, uid, stamp, start, end, summary, organizer, attendees, description, location,
            tz=None, method='REQUEST', seq=0, status='CONFIRMED'):
    """Plain iCalendar as ATS/booking systems write it; tz=(tzid, off, name) -> VTIMEZONE + TZID, else UTC."""
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', f'PRODID:{prodid}', 'CALSCALE:GREGORIAN', f'METHOD:{method}']
    if tz:
        lines += vtz_fixed(*tz)
    lines += ['BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{zstamp(stamp)}']
    if tz:
        lines += [f'DTSTART;TZID={tz[0]}:{wall(start)}', f'DTEND;TZID={tz[0]}:{wall(end)}']
    else:
        lines += [f'DTSTART:{zstamp(start)}', f'DTEND:{zstamp(end)}']
    lines += [f'SUMMARY:{esc(summary)}', f'DESCRIPTION:{esc(description)}', f'LOCATION:{esc(location)}',
              f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}' if organizer[0] else f'ORGANIZER:mailto:{organizer[1]}']
    lines += [att(n, e, r, p, rs) for n, e, r, p, rs in attendees]
    lines += [f'SEQUENCE:{seq}', f'STATUS:{status}', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return ics(lines)


def iv(company, role, start, end, kind, interviewers, followups, status='scheduled'):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followups), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


ME = (OWNER_NAME, OWNER)


# ============================================================================= positives
@case
def c01():
    slug = 'b270-01-topjobs-relay-phone-screen'
    sachini = ('Sachini Peiris', 'sachini.peiris@lankasoft-dynamics.example')
    date = W(T(2026, 9, 7, 16, 12, 5), 'Monday')
    start = W(T(2026, 9, 8, 10, 30), 'Tuesday')
    end = start + dt.timedelta(minutes=30)
    text = f"""Dear {OWNER_NAME},

You have received a message from an employer through topjobs.lk regarding your
application for the vacancy below.

Vacancy  : QA Lead (Test Automation)
Employer : Lankasoft Dynamics (Pvt) Ltd
Ref No   : TJ-0987123

----- Message from the employer -----

Dear Ms. Wickramasinghe,

Thank you for applying for the above position. We are pleased to inform you that you have
been shortlisted for the first stage of our selection process.

I will call you tomorrow (Tuesday) at 10.30 a.m. on the mobile number given in your CV for a
short telephone interview. It will take about 30 minutes, so kindly keep that time free.
If the time is not convenient, please reply to {sachini[1]} before
5.00 p.m. today and we will arrange another slot.

Thank you.

Sachini Peiris
HR Executive - Talent Acquisition
Lankasoft Dynamics (Pvt) Ltd
No. 27, Havelock Road, Colombo 05
Tel: +94 11 2 500 731

----- End of message -----

Please do not reply to this e-mail. To contact the employer, use the details given in the
message above.

You are receiving this e-mail because you applied for a vacancy using your topjobs.lk account.
Unsubscribe from employer messages: https://www.topjobs.lk/applicant/settings
"""
    eml = mail(frm=('topjobs.lk', 'noreply@topjobs.lk'), to=[ME], date=date,
               subject='Message from employer: Lankasoft Dynamics (Pvt) Ltd - QA Lead (Test Automation) [TJ-0987123]',
               msgid='<20260907104205.7731.TJ0987123.relay@mailer.topjobs.lk>', body=alt('----=_Part_48213_1180364729.1788774725114', text),
               host='mailer.topjobs.lk', ip='203.115.26.42', reply_to=sachini,
               extra=[('X-Mailer', 'topjobs.lk relay'), ('Precedence', 'bulk')])
    lab = label([iv('Lankasoft Dynamics', 'QA Lead (Test Automation)', start, end, 'phone_screen',
                    [sachini[1]], [sachini[1]])], 'medium', 'positive/job-board-relay',
                'topjobs.lk relays the employer message (noreply sender, Reply-To HR). "tomorrow (Tuesday) at 10.30 '
                'a.m." resolved against the Monday 7 Sep date; the HR executive makes the call herself, so she is '
                'the interviewer; "about 30 minutes" gives the end.')
    return slug, [('01-topjobs-employer-message.eml', eml)], lab


@case
def c02():
    slug = 'b270-02-bank-panel-colombo-office'
    roshan = ('Roshan Fernando', 'roshan.fernando@serendib-bank.example')
    anushka = ('Anushka Jayawardena', 'anushka.jayawardena@serendib-bank.example')
    rizvi = ('Mohamed Rizvi', 'mohamed.rizvi@serendib-bank.example')
    chamari = ('Chamari Senanayake', 'chamari.senanayake@serendib-bank.example')
    d1 = W(T(2026, 9, 10, 11, 4, 37), 'Thursday')
    d2 = T(2026, 9, 10, 11, 20, 2)
    start = W(T(2026, 9, 17, 14, 0), 'Thursday')
    end = start + dt.timedelta(minutes=90)
    text = """Dear Ms. Wickramasinghe,

Senior QA Lead - Digital Banking (Ref: SCB/IT/2026/41)

With reference to your application for the above position, we are pleased to invite you for a
panel interview at our Head Office.

Date  : Thursday, 17 September 2026
Time  : 2.00 p.m. (please report to the Level 2 reception by 1.45 p.m.)
Venue : Board Room 3, Level 9, Serendib Commercial Bank PLC Head Office,
        No. 88, Chatham Street, Colombo 01

The interview panel will comprise our Head of Quality Assurance, the Head of Digital Channels
and the Manager - Human Resources. The interview will take approximately one and a half hours
and includes a short presentation (10 minutes) on how you would set up a test automation
strategy for a mobile banking application.

Please bring your NIC, your original certificates and a photocopy of each. A calendar
invitation will follow separately.

Kindly confirm your participation by replying to this e-mail.

Thank you.

Best regards,
Roshan Fernando
Executive - Talent Acquisition | Human Resources
Serendib Commercial Bank PLC
T: +94 11 2 448 200 Ext. 3412

_____________________________________________________________________________
DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the
addressee. If you have received this e-mail in error please notify the sender and delete it.
Serendib Commercial Bank PLC is a licensed commercial bank regulated by the Central Bank of
Sri Lanka.
"""
    m1 = mail(frm=roshan, to=[ME], date=d1, subject='Invitation for Panel Interview - Senior QA Lead - Digital Banking',
              msgid='<SG2PR04MB58811F3A2C0D7E14B2C9A4F1D5A12@SG2PR04MB5881.apcprd04.prod.outlook.com>',
              body=alt('_000_SG2PR04MB58811F3A2C0D7E14B2C9A4F1D5A12SG2PR04MB5881apcp_', text),
              host='mail-sg2pr04.outbound.protection.outlook.com', ip='40.107.215.98',
              extra=[('Thread-Topic', 'Invitation for Panel Interview - Senior QA Lead - Digital Banking'),
                     ('Thread-Index', 'AdshF2Qe3kP0Zr5hQ0OXw8mZbqv1Hg=='), ('Accept-Language', 'en-US'),
                     ('Content-Language', 'en-US'), ('X-MS-Has-Attach', '')])
    body = """Dear Dilini,

As informed, please find the calendar invitation for your panel interview at our Head Office
(Board Room 3, Level 9). Panel: Ms. Anushka Jayawardena (Head of Quality Assurance),
Mr. Mohamed Rizvi (Head of Digital Channels) and Ms. Chamari Senanayake (Manager - Human
Resources).

Visitor parking is not available; please use the public car park on Chatham Street.

Regards,
Roshan
"""
    m2 = outlook_invite(seed='c02', frm=roshan, to=[ME, anushka, rizvi, chamari], date=d2,
                        subject='Panel Interview - Senior QA Lead (Digital Banking) - Dilini Wickramasinghe',
                        uid='040000008200E00074C5B7101A82E00800000000' + hid('c02uid', 32).upper(), seq=0,
                        start=start, end=end, tzdef=SLST,
                        location='Board Room 3, Level 9, Head Office, No. 88 Chatham Street, Colombo 01',
                        body=body, teams=False,
                        attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT'), (anushka[0], anushka[1], 'REQ-PARTICIPANT'),
                                   (rizvi[0], rizvi[1], 'REQ-PARTICIPANT'), (chamari[0], chamari[1], 'REQ-PARTICIPANT')])
    lab = label([iv('Serendib Commercial Bank', 'Senior QA Lead - Digital Banking', start, end, 'onsite',
                    [anushka[1], rizvi[1], chamari[1]], [anushka[1], rizvi[1], chamari[1]])],
                'medium', 'positive/exchange-panel-dedupe',
                'HR letter + in-person Outlook invite (TZID "Sri Lanka Standard Time") for the same panel: one '
                'interview. Three-person panel -> onsite; the HR Manager sits on the panel so she is an interviewer; '
                'the talent-acquisition executive only organises.')
    return slug, [('01-hr-panel-invitation.eml', m1), ('02-outlook-invite-panel.eml', m2)], lab


@case
def c03():
    slug = 'b270-03-workable-kandy-apparel'
    ishara = ('Ishara Bandara', 'ishara.bandara@hanthana-apparel.example')
    kasun = ('Kasun Herath', 'kasun.herath@hanthana-apparel.example')
    date = W(T(2026, 9, 9, 5, 41, 19, tz=UTC), 'Wednesday')
    start = W(T(2026, 9, 15, 11, 0), 'Tuesday')
    end = start + dt.timedelta(hours=1)
    meet = 'https://meet.google.com/kqv-ryxp-tmd'
    text = f"""Hi Dilini,

Thank you for your interest in the QA Lead (ERP & PLM) role at Hanthana Apparel.

We would like to invite you to a video interview with Kasun Herath, our IT Manager. Kasun will
walk you through our ERP and PLM landscape across the Pallekele and Kurunegala plants and talk
about your experience leading test teams.

Interview details

Date: Tuesday, September 15, 2026
Time: 11:00 AM - 12:00 PM (Asia/Colombo)
Location: Google Meet - {meet}
Interviewers: Kasun Herath

We've attached a calendar invite for your convenience. If you need to make any changes, simply
reply to this email.

Best regards,
Ishara Bandara
People & Culture
Hanthana Apparel (Pvt) Ltd, Pallekele, Kandy

--
Powered by Workable | https://www.workable.com
"""
    cal = ats_ics(prodid='-//Workable//Workable Calendar 1.0//EN', uid=f'{hid("c03", 24)}@workable.com', stamp=date,
                  start=start, end=end, summary='Interview: Dilini Wickramasinghe - QA Lead (ERP & PLM) - Hanthana Apparel',
                  organizer=ishara, tz=('Asia/Colombo', '+0530', '+0530'),
                  attendees=[(kasun[0], kasun[1], 'REQ-PARTICIPANT', 'ACCEPTED', False),
                             (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION', True)],
                  description=f'Video interview with Kasun Herath (IT Manager).\nJoin: {meet}', location=meet)
    body = multi('mixed', '--_NmP-6b1e0a4c2f9d7e35-Part_1', [
        alt('--_NmP-6b1e0a4c2f9d7e35-Part_2', text),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', data=cal, enc='base64',
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    eml = mail(frm=('Hanthana Apparel', 'noreply@candidates.workablemail.com'), to=[ME], date=date,
               subject='Interview invitation: QA Lead (ERP & PLM) at Hanthana Apparel',
               msgid='<0102019a2f7c3e41-5d8e6b0f-77a1-4c1e-9f3b-2a6c8d4e1f07-000000@eu-west-1.amazonses.com>',
               body=body, host='a7-12.smtp-out.eu-west-1.amazonses.com', ip='54.240.7.12',
               reply_to=('Hanthana Apparel', 'hanthana-apparel+c7f3a19e2b@candidates.workablemail.com'),
               return_path='0102019a2f7c3e41-bounces@eu-west-1.amazonses.com',
               extra=[('X-Mailer', 'Workable')])
    lab = label([iv('Hanthana Apparel', 'QA Lead (ERP & PLM)', start, end, 'hiring_manager',
                    [kasun[1]], [kasun[1]])], 'easy', 'positive/workable-ics',
                'Workable invitation with invite.ics (VTIMEZONE Asia/Colombo). Sent in UTC (05:41Z) but the '
                'interview is 11:00 Colombo. Reply-To is a Workable relay, the organiser only schedules; the IT '
                'manager (attendee) is the interviewer.')
    return slug, [('01-workable-interview-invitation.eml', eml)], lab


@case
def c04():
    slug = 'b270-04-smartrecruiters-bangalore-ist'
    revathi = ('Revathi Shankar', 'revathi.shankar@nandicloud.example')
    pradeep = ('Pradeep Kulkarni', 'pradeep.kulkarni@nandicloud.example')
    date = W(T(2026, 9, 10, 9, 2, 44, tz=UTC), 'Thursday')
    start = OFF(W(T(2026, 9, 14, 15, 0, tz=KOL), 'Monday'), 5, 30)
    end = start + dt.timedelta(minutes=45)
    zoom = 'https://nandicloud.zoom.us/j/84127730915?pwd=bGt3aXZ0c2VxNmRrUjFzZ0VZ'
    text = f"""Hello Dilini,

Your interview for Lead SDET - Quality Engineering at Nandi Cloudworks has been scheduled.

Monday, September 14, 2026
3:00 PM - 3:45 PM (GMT+05:30) India Standard Time
Video call (Zoom)

Interviewer
Pradeep Kulkarni, Engineering Manager - Quality

Join Zoom meeting
{zoom}
Meeting ID: 841 2773 0915
Passcode: 552019

Need to reschedule? Please contact Revathi Shankar ({revathi[1]}).

Good luck!
The Nandi Cloudworks Hiring Team
HSR Layout, Bengaluru

This email was sent via SmartRecruiters on behalf of Nandi Cloudworks.
SmartRecruiters Privacy Policy: https://www.smartrecruiters.com/legal/privacy-policy/
"""
    cal = ats_ics(prodid='-//SmartRecruiters//Interview Scheduler//EN', uid=f'sr-interview-{hid("c04", 20)}@smartrecruiters.com',
                  stamp=date, start=start, end=end,
                  summary='Interview: Dilini Wickramasinghe for Lead SDET - Quality Engineering', organizer=revathi,
                  attendees=[(pradeep[0], pradeep[1], 'REQ-PARTICIPANT', 'ACCEPTED', False),
                             (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION', True)],
                  description=f'Interviewer: Pradeep Kulkarni (Engineering Manager - Quality)\nJoin Zoom: {zoom}',
                  location=zoom)
    body = multi('mixed', 'b1_SR_7f1c2d0a9e3b4c5d6e7f8a9b0c1d2e3f', [
        alt('b2_SR_7f1c2d0a9e3b4c5d6e7f8a9b0c1d2e3f', text, enc='base64'),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="interview.ics"', data=cal, enc='base64',
             extra=['Content-Disposition: attachment; filename="interview.ics"']),
    ])
    eml = mail(frm=('Nandi Cloudworks', 'no-reply@smartrecruiters.com'), to=[ME], date=date,
               subject='Interview confirmed: Lead SDET - Quality Engineering',
               msgid='<sr.0d3f5a71c9e24b8a.20260910090244@smartrecruiters.com>', body=body,
               host='o12.email.smartrecruiters.com', ip='167.89.101.12',
               return_path='bounces+2291834-8e1a-dilini.wickramasinghe=example.com@email.smartrecruiters.com',
               extra=[('X-SG-EID', 'u001.' + hid('c04sg', 40))])
    lab = label([iv('Nandi Cloudworks', 'Lead SDET - Quality Engineering', start, end, 'hiring_manager',
                    [pradeep[1]], [pradeep[1]])], 'medium', 'positive/smartrecruiters-ics',
                'SmartRecruiters confirmation (no-reply sender, sent 09:02 UTC) with UTC .ics; Bangalore IST has '
                'the same +05:30 offset as Colombo. Engineering manager is the interviewer; the coordinator is '
                'only the reschedule contact.')
    return slug, [('01-smartrecruiters-interview-confirmed.eml', eml)], lab


@case
def c05():
    slug = 'b270-05-melbourne-dst-google-invite'
    bron = ('Bronwyn Kelly', 'bronwyn.kelly@yarratestlabs.example')
    liam = ('Liam Nguyen', 'liam.nguyen@yarratestlabs.example')
    priy = ('Priyanka Rao', 'priyanka.rao@yarratestlabs.example')
    d1 = OFF(W(T(2026, 9, 22, 13, 14, 9, tz=MEL), 'Tuesday'), 10)
    d_reply = T(2026, 9, 22, 10, 2, 51)  # owner's reply, Colombo time
    d2 = T(2026, 9, 22, 15, 40, 22, tz=MEL)
    d3 = T(2026, 9, 22, 5, 45, 10, tz=UTC)
    assert d_reply < d2 and d1 < d_reply
    start = OFF(W(T(2026, 10, 6, 14, 0, tz=MEL), 'Tuesday'), 11)
    end = start + dt.timedelta(hours=1)
    assert start.astimezone(CMB).strftime('%H:%M') == '08:30'
    assert (start.replace(tzinfo=dt.timezone(dt.timedelta(hours=10)))).astimezone(CMB).strftime('%H:%M') == '09:30'
    assert W(T(2026, 10, 4, 12, tz=MEL), 'Sunday').utcoffset() == dt.timedelta(hours=11)
    t1 = """Hi Dilini,

Thanks for chatting with me last week - the team really enjoyed reading your test strategy
write-up.

Next step for the QA Lead role is a 60-minute technical interview with Liam Nguyen (Head of
Quality Engineering) and Priyanka Rao (Senior QA Engineer). Would Tuesday 6 October at 2pm
Melbourne time work for you?

Just a heads-up on the time difference: Victoria switches to daylight saving on Sunday
4 October, so on the day we'll be on AEDT (UTC+11). 2pm our time will be 8:30am in Colombo -
not 9:30am as it would be this week.

If that works I'll send through a calendar invite.

Cheers,
Bronwyn

Bronwyn Kelly | Talent Partner
Yarra Test Labs | Level 4, 200 Flinders Lane, Melbourne VIC 3000
"""
    m1id = '<CAH7x2Lq9vVd3kP0_yT1c5sWm8fR2nX4bZ6uE1oJ3gK7hM0aQ@mail.gmail.com>'
    m1 = mail(frm=bron, to=[ME], date=d1, subject='QA Lead - next step (technical interview)', msgid=m1id,
              body=alt('000000000000' + hid('c05a', 12), t1, flowed=False), host='mail-ej1-f52.google.com', ip='209.85.218.52')
    t2 = f"""Hi Dilini,

Perfect, locked in for Tuesday 6 October, 2pm AEDT / 8:30am Colombo. Calendar invite is on its
way from me with Liam and Priyanka on it.

Cheers,
Bronwyn

On Tue, 22 Sept 2026 at 14:32, {OWNER_NAME} <{OWNER}> wrote:
> Hi Bronwyn,
>
> Thank you for the update and for flagging the daylight saving change - I wouldn't have
> noticed! Tuesday 6th at 8.30 a.m. my time (2 p.m. Melbourne) is perfect.
>
> Best regards,
> Dilini
>
> On Tue, 22 Sept 2026 at 08:44, Bronwyn Kelly <{bron[1]}> wrote:
>> Hi Dilini,
>>
>> Next step for the QA Lead role is a 60-minute technical interview with Liam Nguyen (Head of
>> Quality Engineering) and Priyanka Rao (Senior QA Engineer). Would Tuesday 6 October at 2pm
>> Melbourne time work for you?
>> [...]
"""
    assert d_reply.astimezone(MEL).strftime('%H:%M') == '14:32' and d1.astimezone(CMB).strftime('%H:%M') == '08:44'
    rid = '<CAKu3vP8rZ0mQ_7eW2nHc6dYg1sT4xA9bL5fJ0kR8oN2iV3pU@mail.gmail.com>'
    m2 = mail(frm=bron, to=[ME], date=d2, subject='Re: QA Lead - next step (technical interview)',
              msgid='<CAH7x2LpT0dWc8nE_4mQy6rZk3vB1hJ9sX2uF5gL7aO0iP4eD@mail.gmail.com>',
              body=alt('000000000000' + hid('c05b', 12), t2), host='mail-ej1-f41.google.com', ip='209.85.218.41',
              in_reply_to=rid, references=f'{m1id} {rid}')
    desc = ("Technical interview for the QA Lead role with Liam Nguyen (Head of Quality Engineering) and Priyanka Rao "
            "(Senior QA Engineer). We'll talk through a test strategy for one of our client projects and do a short "
            "hands-on API testing exercise - no prep needed.\n\nNote: 2pm AEDT = 8:30am in Colombo.")
    m3 = google_invite(seed='c05inv', organizer=bron, date=d3,
                       title='Technical interview - Dilini Wickramasinghe (QA Lead)', start=start, end=end,
                       tzlabel='Australian Eastern Time - Melbourne', abbr='AEDT',
                       guests=[(bron[0], bron[1], 'ACCEPTED', True), (liam[0], liam[1], 'ACCEPTED', False),
                               (priy[0], priy[1], 'NEEDS-ACTION', False), (None, OWNER, 'NEEDS-ACTION', False)],
                       description=desc, uid=f'{hid("c05uid", 26)}@google.com', phone=('(AU)', '+61 2 9051 5'))
    lab = label([iv('Yarra Test Labs', 'QA Lead', start, end, 'technical', [liam[1], priy[1]], [liam[1], priy[1]])],
                'hard', 'positive/dst-gap-melbourne',
                'Mail written on AEST (+10:00) days for an interview after Victoria moves to AEDT on Sun 4 Oct 2026: '
                '2pm AEDT = 08:30 Colombo (not 09:30). Thread + Google invite (UTC DTSTART) are one interview. '
                'Recruiter organises only; two technical interviewers.')
    return slug, [('01-bronwyn-next-step.eml', m1), ('02-bronwyn-confirmed.eml', m2),
                  ('03-invitation-technical-interview.eml', m3)], lab


@case
def c06():
    slug = 'b270-06-singapore-two-rounds'
    wl = ('Tan Wei Ling', 'weiling.tan@merlionpay.example')
    arjun = ('Arjun Menon', 'arjun.menon@merlionpay.example')
    daniel = ('Daniel Goh', 'daniel.goh@merlionpay.example')
    s1 = OFF(W(T(2026, 9, 24, 10, 0, tz=SGP), 'Thursday'), 8)
    e1 = s1 + dt.timedelta(hours=1)
    s2 = W(T(2026, 10, 2, 16, 30, tz=SGP), 'Friday')
    e2 = s2 + dt.timedelta(minutes=45)
    assert s1.astimezone(CMB).strftime('%H:%M') == '07:30' and s2.astimezone(CMB).strftime('%H:%M') == '14:00'
    d1 = W(T(2026, 9, 18, 3, 12, 40, tz=UTC), 'Friday')
    d2 = W(T(2026, 9, 25, 10, 5, 18, tz=SGP), 'Friday')
    d3 = T(2026, 9, 25, 2, 7, 55, tz=UTC)
    role = 'QA Lead (Payments)'
    m1 = google_invite(seed='c06r1', organizer=wl, date=d1,
                       title=f'Merlion Paytech | Technical Interview - {role} | Dilini Wickramasinghe',
                       start=s1, end=e1, tzlabel='Singapore Standard Time', abbr='SGT',
                       guests=[(wl[0], wl[1], 'ACCEPTED', True), (arjun[0], arjun[1], 'ACCEPTED', False),
                               (None, OWNER, 'NEEDS-ACTION', False)],
                       description=('Hi Dilini, this round is with Arjun Menon, our QA Manager (Payments). Expect a '
                                    'discussion on test design for card payment flows and a short live exercise on '
                                    'API test automation.\n\nFYI 10am Singapore is 7.30am in Colombo.'),
                       uid=f'{hid("c06uid1", 26)}@google.com', phone=('(SG)', '+65 6715 2'))
    t2 = f"""Hi Dilini,

Thanks for your time yesterday - Arjun was very positive about the session.

The next (and final) step is a 45-minute conversation with Daniel Goh, our VP Engineering.
He is free next Friday, 2 October, 4.30pm-5.15pm SGT, which is 2.00pm-2.45pm in Colombo.
I have sent a calendar invite; do let me know if it doesn't suit and I'll find another slot.

Best,
Wei Ling

Tan Wei Ling
Talent Acquisition Partner | Merlion Paytech Pte. Ltd.
71 Robinson Road, Singapore 068895
"""
    m2 = mail(frm=wl, to=[ME], date=d2, subject='Merlion Paytech - final round with our VP Engineering',
              msgid='<CAN4sB1vT7qWz_3eRk9dH2uYc0pL6mX8fJ5nA1oG4iE7hS2bQ@mail.gmail.com>',
              body=alt('000000000000' + hid('c06b', 12), t2), host='mail-pj1-f45.google.com', ip='209.85.216.45')
    m3 = google_invite(seed='c06r2', organizer=wl, date=d3,
                       title=f'Merlion Paytech | Hiring Manager Interview - {role} | Dilini Wickramasinghe',
                       start=s2, end=e2, tzlabel='Singapore Standard Time', abbr='SGT',
                       guests=[(wl[0], wl[1], 'ACCEPTED', True), (daniel[0], daniel[1], 'ACCEPTED', False),
                               (None, OWNER, 'NEEDS-ACTION', False)],
                       description=('Final round with Daniel Goh, VP Engineering. Informal conversation about how you '
                                    'lead QA teams and your thoughts on quality in a payments platform.'),
                       uid=f'{hid("c06uid2", 26)}@google.com', phone=('(SG)', '+65 6715 2'))
    lab = label([iv('Merlion Paytech', role, s1, e1, 'technical', [arjun[1]], [arjun[1]]),
                 iv('Merlion Paytech', role, s2, e2, 'hiring_manager', [daniel[1]], [daniel[1]])],
                'hard', 'positive/two-interviews',
                'Two separate rounds with the same Singapore company (SGT +08:00): technical on Thu 24 Sep 10:00 SGT '
                '(07:30 Colombo) and final with the VP on Fri 2 Oct 16:30 SGT; the recruiter e-mail and the second '
                'invite describe the same second round.')
    return slug, [('01-invitation-technical-round.eml', m1), ('02-weiling-final-round.eml', m2),
                  ('03-invitation-final-round.eml', m3)], lab


@case
def c07():
    slug = 'b270-07-teams-reschedule-power-cut'
    nad = ('Nadeesha Gunawardena', 'nadeesha.gunawardena@kelanisoft.example')
    tha = ('Tharaka Jayasuriya', 'tharaka.jayasuriya@kelanisoft.example')
    d1 = W(T(2026, 9, 25, 15, 22, 10), 'Friday')
    d_owner = W(T(2026, 9, 30, 11, 15, 4), 'Wednesday')
    d2 = T(2026, 9, 30, 12, 48, 31)
    d3 = T(2026, 9, 30, 12, 51, 2)
    s0 = W(T(2026, 10, 1, 14, 0), 'Thursday')
    s1 = W(T(2026, 10, 2, 10, 0), 'Friday')
    uid = '040000008200E00074C5B7101A82E00800000000' + hid('c07uid', 32).upper()
    subj = 'Technical Interview - QA Lead | Dilini Wickramasinghe'
    body = """Dear Dilini,

Please find below the Microsoft Teams link for your technical interview with Tharaka Jayasuriya
(Engineering Manager - Quality). The session will be around one hour and will include a
walk-through of a test automation framework you have built, so please keep your screen-sharing
ready.

Regards,
Nadeesha Gunawardena
HR Business Partner | Kelani Software Labs (Pvt) Ltd
No. 210, Nawala Road, Rajagiriya
"""
    atts = [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT'), (tha[0], tha[1], 'REQ-PARTICIPANT')]
    m1 = outlook_invite(seed='c07a', frm=nad, to=[ME, tha], date=d1, subject=subj, uid=uid, seq=0, start=s0,
                        end=s0 + dt.timedelta(hours=1), tzdef=SLST, location='Microsoft Teams Meeting', body=body,
                        attendees=atts)
    oid = '<CAM5y8VnR2kD0s_wQ7eT4pGh1cZ9xL3bF6mJ2uA8oN5iK0vYr@mail.example.com>'
    t2 = f"""Hi Dilini,

Thanks for letting us know early. No problem at all - Tharaka is free on Friday (2nd October)
at 10.00 a.m., so I have moved the interview to that slot. You will receive an updated Teams
invite shortly; the link stays the same.

Regards,
Nadeesha

________________________________
From: {OWNER_NAME} <{OWNER}>
Sent: Wednesday, September 30, 2026 11:15 AM
To: Nadeesha Gunawardena <{nad[1]}>
Subject: Re: {subj}

Dear Nadeesha,

I'm sorry to trouble you, but the CEB has announced a scheduled power interruption for our
area (Maharagama) tomorrow, Thursday 1st October, from 1.00 p.m. to 5.00 p.m. for line
maintenance. My UPS only lasts about 30 minutes and the mobile signal also drops during power
cuts here, so I'm worried the call will get cut off midway.

Would it be possible to move the interview to Friday morning, or any time on Monday?

Thank you, and sorry for the inconvenience.

Dilini
"""
    m2 = mail(frm=nad, to=[ME], cc=[tha], date=d2, subject='RE: ' + subj,
              msgid='<PN3PR01MB7724D1C09E5A43B8B6F2E1A0C7D42@PN3PR01MB7724.INDPRD01.PROD.OUTLOOK.COM>',
              body=alt('_000_PN3PR01MB7724D1C09E5A43B8B6F2E1A0C7D42PN3PR01MB7724INDP_', t2),
              host='mail-pn3ind01.outbound.protection.outlook.com', ip='40.107.212.61', in_reply_to=oid,
              references=oid, extra=[('Thread-Topic', subj), ('Thread-Index', 'AQHbMd2k7yRx0UeZQ0S8pD1m6wF2uA=='),
                                     ('Accept-Language', 'en-US'), ('Content-Language', 'en-US')])
    body3 = """Dear Dilini,

Updated as discussed: the interview is now on Friday 2nd October at 10.00 a.m. (moved from
Thursday because of the scheduled power interruption). Same Teams link.

Regards,
Nadeesha
"""
    m3 = outlook_invite(seed='c07a', frm=nad, to=[ME, tha], date=d3, subject=subj, uid=uid, seq=1, start=s1,
                        end=s1 + dt.timedelta(hours=1), tzdef=SLST, location='Microsoft Teams Meeting', body=body3,
                        attendees=atts)
    lab = label([iv('Kelani Software Labs', 'QA Lead', s1, s1 + dt.timedelta(hours=1), 'technical',
                    [tha[1]], [tha[1]])], 'hard', 'positive/reschedule',
                'Teams invite (Sri Lanka Standard Time) for Thu 1 Oct 14:00, candidate asks to move because of a '
                'CEB scheduled power interruption, HR moves it; updated invite SEQUENCE:1 same UID -> one '
                'interview at Fri 2 Oct 10:00.')
    return slug, [('01-teams-invite-technical.eml', m1), ('02-nadeesha-moved-to-friday.eml', m2),
                  ('03-teams-invite-updated.eml', m3)], lab


@case
def c08():
    slug = 'b270-08-xpressjobs-hartal-reschedule-sinhala'
    hiruni = ('Hiruni Rathnayake', 'hiruni.rathnayake@mahaweli-systems.example')
    d1 = W(T(2026, 10, 5, 9, 31, 15), 'Monday')
    d2 = W(T(2026, 10, 10, 14, 6, 52), 'Saturday')
    s0 = W(T(2026, 10, 12, 9, 30), 'Monday')
    s1 = W(T(2026, 10, 13, 9, 30), 'Tuesday')
    assert s0 > d1
    t1 = f"""Hi Dilini,

Good news! An employer has responded to your application on XpressJobs.

Job: Senior QA Engineer / QA Lead
Company: Mahaweli Systems (Pvt) Ltd - Kandy

Message from Mahaweli Systems:

"Dear Applicant, we are pleased to invite you for an interview on Monday, 12th October 2026 at
9.30 a.m. at our office, No. 45, Peradeniya Road, Kandy. You will meet our Engineering Manager
and a Senior QA Engineer, and you may be asked to review a sample test plan. Please bring your
NIC and a copy of your CV. For any clarification please contact Ms. Hiruni Rathnayake (HR) -
{hiruni[1]} / 081 2 234 567."

View your application: https://xpress.jobs/candidate/applications/3381207

Tip: arrive 15 minutes early and keep your phone on silent.

You received this email because you applied for this job on XpressJobs.
Manage email preferences: https://xpress.jobs/candidate/settings/notifications
"""
    m1 = mail(frm=('XpressJobs', 'no-reply@xpress.jobs'), to=[ME], date=d1,
              subject='Interview call: Senior QA Engineer / QA Lead - Mahaweli Systems (Pvt) Ltd',
              msgid='<20261005040115.3381207.a91f@xpress.jobs>', body=alt('=_xj_' + hid('c08a', 20), t1),
              host='mta-07.xpress.jobs', ip='139.59.33.207', extra=[('List-Unsubscribe', '<https://xpress.jobs/u/3381207>')])
    t2 = f"""ආයුබෝවන් Dilini Miss,

Due to the hartal announced by the trade unions for Monday (12th October), buses and trains
to Kandy may not run, and our office will also be closed that day.

ඒ නිසා ඔබගේ සම්මුඛ පරීක්ෂණය අඟහරුවාදා, ඔක්තෝබර් 13 වන දින පෙ.ව. 9.30 ට එම ස්ථානයේදීම
(No. 45, Peradeniya Road, Kandy) පැවැත්වේ.

So the interview is postponed to Tuesday, 13th October at the same time (9.30 a.m.), same
venue. Please reply and confirm whether this date is convenient for you.

ස්තූතියි,
Hiruni Rathnayake
HR Executive
Mahaweli Systems (Pvt) Ltd
081 2 234 567
"""
    m2 = mail(frm=hiruni, to=[ME], date=d2,
              subject='Interview - Senior QA Engineer / QA Lead - date changed (සම්මුඛ පරීක්ෂණය)',
              msgid='<CAF9mR3kW1pQ_0yT6eN2dVc8sH4xJ7bL5gU3oA1iK9nZ2fE@mail.gmail.com>',
              body=alt('000000000000' + hid('c08b', 12), t2, enc='base64'), host='mail-yb1-f170.google.com',
              ip='209.85.219.170')
    lab = label([iv('Mahaweli Systems', 'Senior QA Engineer / QA Lead', s1, None, 'onsite', [],
                    [hiruni[1]])], 'hard', 'positive/reschedule-by-email',
                'XpressJobs relay books Mon 12 Oct 9.30 a.m.; HR then moves it (Sinhala + English, base64 body) '
                'because of a hartal to අඟහරුවාදා = Tue 13 Oct, same time. No duration -> end null. Panel of two '
                'without addresses -> onsite, no interviewer e-mails, follow-up to the HR contact.')
    return slug, [('01-xpressjobs-interview-call.eml', m1), ('02-hiruni-hartal-new-date.eml', m2)], lab


@case
def c09():
    slug = 'b270-09-teams-cancel-role-on-hold'
    shehan = ('Shehan Perera', 'shehan.perera@lotusloom.example')
    ruwani = ('Ruwani Abeysekera', 'ruwani.abeysekera@lotusloom.example')
    d1 = W(T(2026, 10, 7, 16, 40, 5), 'Wednesday')
    d2 = W(T(2026, 10, 12, 17, 55, 43), 'Monday')
    start = W(T(2026, 10, 14, 11, 0), 'Wednesday')
    end = start + dt.timedelta(hours=1)
    uid = '040000008200E00074C5B7101A82E00800000000' + hid('c09uid', 32).upper()
    subj = 'Interview: QA Lead - Digital Solutions (Dilini Wickramasinghe)'
    atts = [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT'), (ruwani[0], ruwani[1], 'REQ-PARTICIPANT')]
    b1 = """Hi Dilini,

As discussed over the phone, please join via Teams for your interview with Ruwani Abeysekera,
Head of Digital Solutions. Ruwani would like to understand how you have run QA for ERP, PLM and
shop-floor systems, so examples from the apparel or manufacturing side would be great.

Thanks,
Shehan Perera
Talent Acquisition | Lotus Loom Apparel (Pvt) Ltd
Biyagama Export Processing Zone
"""
    m1 = outlook_invite(seed='c09a', frm=shehan, to=[ME, ruwani], date=d1, subject=subj, uid=uid, seq=0,
                        start=start, end=end, tzdef=SLST, location='Microsoft Teams Meeting', body=b1, attendees=atts)
    b2 = """Hi Dilini,

I'm sorry to let you know that we have to cancel Wednesday's interview. Following an internal
restructure of the digital team, the QA Lead - Digital Solutions position has been put on hold
until further notice.

We were genuinely impressed with your profile and will keep your CV on file; I will reach out if
the role reopens.

Apologies for the inconvenience.

Shehan
"""
    m2 = outlook_invite(seed='c09b', frm=shehan, to=[ME, ruwani], date=d2, subject='Canceled: ' + subj, uid=uid,
                        seq=1, start=start, end=end, tzdef=SLST, location='Microsoft Teams Meeting', body=b2,
                        attendees=atts, method='CANCEL', status='CANCELLED', importance='high', teams=False)
    lab = label([iv('Lotus Loom Apparel', 'QA Lead - Digital Solutions', start, end, 'hiring_manager',
                    [ruwani[1]], [ruwani[1]], status='cancelled')], 'medium', 'positive/cancellation',
                'Teams invite (Sri Lanka Standard Time) then METHOD:CANCEL / STATUS:CANCELLED, same UID, SEQUENCE 1: '
                'role put on hold. Kept as one cancelled interview at its last time, Wed 14 Oct 11:00.')
    return slug, [('01-teams-invite-interview.eml', m1), ('02-canceled-interview.eml', m2)], lab


@case
def c10():
    slug = 'b270-10-tamil-tomorrow-cto-interview'
    thar = ('Tharshini Sivakumar', 'tharshini.sivakumar@palmyrah-digital.example')
    kannan = ('Kannan Rajaratnam', 'kannan.rajaratnam@palmyrah-digital.example')
    date = W(T(2026, 9, 16, 17, 40, 12), 'Wednesday')
    start = W(T(2026, 9, 17, 11, 0), 'Thursday')
    end = start + dt.timedelta(minutes=45)
    text = """வணக்கம் Dilini,

Thank you for your application for the QA Lead position at Palmyrah Digital.

உங்கள் நேர்காணல் நாளை (வியாழக்கிழமை) காலை 11.00 மணிக்கு எங்கள் அலுவலகத்தில் நடைபெறும்.

Just to confirm in English: your interview is tomorrow, Thursday, at 11.00 a.m. at our office -
3rd Floor, No. 14, Galle Road, Colombo 06 (opposite the Wellawatte bus halt).

You will meet our CTO, Mr. Kannan Rajaratnam (copied here). The discussion will take about 45
minutes - mainly about how you have built and led QA teams, and our plans for test automation
in the mobile banking products we build for our clients.

Please bring a copy of your CV and your NIC for the visitor pass.

நன்றி,
Tharshini Sivakumar
HR & Administration
Palmyrah Digital (Pvt) Ltd
+94 11 2 361 884
"""
    eml = mail(frm=thar, to=[ME], cc=[kannan], date=date, subject='நேர்காணல் / Interview - QA Lead - Palmyrah Digital',
               msgid='<CAJr6tW0sK3nP_8vQ1eX5dBz7mH2cL9fY4uG6oA3iR0kN8jT@mail.gmail.com>',
               body=alt('000000000000' + hid('c10', 12), text, enc='base64'), host='mail-qt1-f178.google.com',
               ip='209.85.160.178')
    lab = label([iv('Palmyrah Digital', 'QA Lead', start, end, 'hiring_manager', [kannan[1]], [kannan[1]])],
                'hard', 'positive/relative-date-tamil',
                'Tamil + English, base64 body: நேர்காணல் நாளை (interview tomorrow) at 11.00, resolved against the '
                'Wed 16 Sep date -> Thu 17 Sep. The CTO (Cc) conducts it; HR only arranges. "about 45 minutes" -> end.')
    return slug, [('01-tharshini-interview-tomorrow.eml', eml)], lab


@case
def c11():
    slug = 'b270-11-gcal-json-founder-final-chat'
    sunil = ('Sunil Hegde', 'sunil.hegde@kaveri-qualityops.example')
    meera = ('Meera Iyer', 'meera.iyer@kaveri-qualityops.example')
    d1 = W(T(2026, 10, 12, 11, 20, 33, tz=KOL), 'Monday')
    start = W(T(2026, 10, 15, 18, 0, tz=KOL), 'Thursday')
    end = start + dt.timedelta(minutes=30)
    text = """Hi Dilini,

Great news - the panel feedback from last week was very positive, and we would like to move you
to the final round for the QA Lead (Platform) role.

The final round is a 30-minute conversation with our co-founder & CEO, Meera Iyer. She likes to
keep it informal, but it is the last step before we make a decision. Meera has blocked Thursday
(15th) at 6 pm IST and will send you the calendar invite directly.

Do let me know if that doesn't work for you.

Thanks,
Sunil Hegde
Talent Acquisition | Kaveri QualityOps
Koramangala, Bengaluru
"""
    m1 = mail(frm=sunil, to=[ME], date=d1, subject='Final round - Kaveri QualityOps',
              msgid='<CAD2vN7pQ4mW_1sE8kT3cYz0rL6bH9xF5gJ2uO7aI4nK1dR@mail.gmail.com>',
              body=alt('000000000000' + hid('c11', 12), text), host='mail-pl1-f182.google.com', ip='209.85.214.182')
    ev = gcal_event(eid='4k8q1vb2nthc7m0s9e3pjd6f5r', created=T(2026, 10, 12, 6, 31, 0, tz=UTC),
                    updated=T(2026, 10, 12, 14, 2, 47, tz=UTC), summary='Dilini / Meera - final conversation',
                    description='Final conversation for the QA Lead (Platform) role at Kaveri QualityOps.',
                    organizer=meera, start=start, end=end, tzname='Asia/Kolkata',
                    attendees=[{'email': meera[1], 'displayName': meera[0], 'organizer': True, 'responseStatus': 'accepted'},
                               {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'}])
    lab = label([iv('Kaveri QualityOps', 'QA Lead (Platform)', start, end, 'other', [meera[1]], [meera[1]])],
                'medium', 'positive/gcal-json',
                'Recruiter e-mail + Calendar API event (Asia/Kolkata) for the final chat with the CEO: one interview, '
                'a final chat with a founder counts as an interview step; the CEO is the interviewer.')
    return slug, [('01-sunil-final-round.eml', m1), ('02-final-conversation.gcal.json', ev)], lab


@case
def c12():
    slug = 'b270-12-standalone-ics-singapore-bank'
    grace = ('Grace Lim', 'grace.lim@straitsharbour.example')
    rajesh = ('Rajesh Pillai', 'rajesh.pillai@straitsharbour.example')
    stamp = T(2026, 9, 21, 2, 14, 6, tz=UTC)
    start = W(T(2026, 9, 29, 15, 0, tz=SGP), 'Tuesday')
    end = start + dt.timedelta(hours=1)
    assert start.astimezone(CMB).strftime('%H:%M') == '12:30'
    when = outlook_when(start, end, SGST[2])
    desc = (f'When: {when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nHi Dilini,\n\n'
            'This is the technical round for the Test Automation Lead role with Rajesh Pillai, Head of Test '
            'Engineering (Group Technology). Rajesh will ask you to walk through an automation framework you have '
            'built and how you would scale it across our retail banking squads.\n\nPlease note the time is '
            'Singapore time (3.00 pm SGT = 12.30 pm Sri Lanka).\n\nRegards,\nGrace Lim\nTalent Acquisition, '
            'Straits Harbour Bank\n\n' + teams_footer('c12'))
    cal = outlook_ics(method='REQUEST', uid='040000008200E00074C5B7101A82E00800000000' + hid('c12uid', 32).upper(),
                      seq=0, stamp=stamp, start=start, end=end, tzdef=SGST,
                      summary='Technical Interview - Test Automation Lead (Dilini Wickramasinghe)', organizer=grace,
                      attendees=[(rajesh[0], rajesh[1], 'REQ-PARTICIPANT'), (OWNER_NAME, OWNER, 'REQ-PARTICIPANT')],
                      location='Microsoft Teams Meeting', description=desc)
    lab = label([iv('Straits Harbour Bank', 'Test Automation Lead', start, end, 'technical', [rajesh[1]],
                    [rajesh[1]])], 'medium', 'positive/standalone-ics',
                'Standalone Outlook .ics with Windows TZID "Singapore Standard Time" (+08:00): 15:00 SGT = 12:30 '
                'Colombo. Organiser is talent acquisition; the head of test engineering interviews.')
    return slug, [('01-technical-interview.ics', cal)], lab


@case
def c13():
    slug = 'b270-13-forwarded-onsite-loop-wtc'
    madhavi = ('Madhavi Silva', 'madhavi.silva@ceylonledger.example')
    kavinda = ('Kavinda Rajapaksha', 'kavinda.rajapaksha@ceylonledger.example')
    dinesh = 'dinesh.wijeratne@ceylonledger.example'
    asanka = 'asanka.kumara@ceylonledger.example'
    farzana = 'farzana.ismail@ceylonledger.example'
    d0 = W(T(2026, 9, 22, 17, 58), 'Tuesday')
    date = W(T(2026, 9, 23, 8, 12, 44), 'Wednesday')
    start = W(T(2026, 9, 29, 9, 30), 'Tuesday')
    end = T(2026, 9, 29, 13, 30)
    text = f"""Hi Dilini,

Madhavi asked me to pass this on since she only had my e-mail (I'm down as your referrer).
Please confirm directly with her. All the best machan, you'll do great!

Kavinda

---------- Forwarded message ---------
From: {madhavi[0]} <{madhavi[1]}>
Date: Tue, 22 Sept 2026 at 17:58
Subject: Onsite interview schedule - Tuesday 29th September
To: {kavinda[0]} <{kavinda[1]}>


Hi Kavinda,

Could you please share the below with Dilini? Thanks!

Dear Dilini,

Thank you for your time at the phone screen. We are happy to invite you to our office for the
final interviews for the QA Lead - Core Banking Products role on Tuesday, 29th September 2026 at
Level 27, East Tower, World Trade Center, Colombo 01.

09.30 - 10.30  Test strategy discussion - Dinesh Wijeratne, Director of Quality Engineering ({dinesh})
10.45 - 11.45  Hands-on automation pairing (please bring your laptop) - Asanka Kumara, Principal SDET ({asanka})
11.45 - 12.45  Lunch with the QA team
12.45 - 13.30  Culture and values - Farzana Ismail, HR Business Partner ({farzana})

Please arrive by 9.15 a.m. and bring your NIC for the building security pass. Kindly confirm your
attendance by replying to me at {madhavi[1]}.

Best regards,
Madhavi Silva
Talent Coordinator | Ceylon Ledger Technologies
"""
    eml = mail(frm=kavinda, to=[ME], date=date, subject='Fwd: Onsite interview schedule - Tuesday 29th September',
               msgid='<CAB8xK2mP5rT_9wQ3eV7dNc1sY6hL0bF4gJ8uA2oI5nR7kE@mail.gmail.com>',
               body=alt('000000000000' + hid('c13', 12), text), host='mail-lf1-f53.google.com', ip='209.85.167.53')
    assert d0.strftime('%H:%M') == '17:58'
    lab = label([iv('Ceylon Ledger Technologies', 'QA Lead - Core Banking Products', start, end, 'onsite',
                    [dinesh, asanka, farzana], [dinesh, asanka, farzana])], 'hard', 'positive/onsite-loop-forwarded',
                'Itinerary forwarded by the referrer (sender is neither recruiter nor interviewer). Same-day loop with '
                'a lunch break -> one onsite 09:30-13:30 with all three session leads; the coordinator and the '
                'forwarding referrer are not interviewers.')
    return slug, [('01-fwd-onsite-schedule.eml', eml)], lab


# ============================================================================= negatives
@case
def c14():
    slug = 'b270-14-neg-passport-office-appointment'
    sender = ('Department of Immigration & Emigration - Online Appointments', 'no-reply@eappointments.immigration.example')
    date = W(T(2026, 9, 14, 21, 3, 11), 'Monday')
    start = W(T(2026, 9, 24, 8, 30), 'Thursday')
    end = start + dt.timedelta(minutes=30)
    ref = 'IMM-OD-2026-0924-0431'
    text = f"""Dear DILINI WICKRAMASINGHE,

Your appointment has been confirmed.

Appointment reference : {ref}
Service               : Passport - One Day Service (renewal)
Date                  : Thursday, 24 September 2026
Time slot             : 08.30 a.m. - 09.00 a.m.
Location              : Head Office, "Suhurupaya", Sri Subhuthipura Road, Battaramulla

Please bring the following originals:
 - National Identity Card
 - Current / expired passport
 - Birth certificate (original and a photocopy)
 - Photo studio reference slip (ICAO photograph)

Applicants may be called for a brief interview with an officer to verify the details given in
the application. Please be present at least 15 minutes before your time slot. Applicants who
arrive after the time slot will need to obtain a new appointment.

This is a system generated e-mail. Please do not reply.
"""
    cal = ats_ics(prodid='-//DIE//Online Appointment System 3.2//EN', uid=f'{ref}@eappointments.immigration.example',
                  stamp=date, start=start, end=end, summary=f'Passport appointment - One Day Service ({ref})',
                  organizer=(None, sender[1]), tz=('Asia/Colombo', '+0530', '+0530'),
                  attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'ACCEPTED', False)],
                  description='Bring NIC, passport, birth certificate and photo studio reference slip.',
                  location='Suhurupaya, Sri Subhuthipura Road, Battaramulla', method='PUBLISH')
    body = multi('mixed', '=_die_' + hid('c14', 18), [
        alt('=_die_alt_' + hid('c14a', 18), text),
        leaf('text/calendar; charset=UTF-8; method=PUBLISH; name="appointment.ics"', data=cal, enc='base64',
             extra=['Content-Disposition: attachment; filename="appointment.ics"']),
    ])
    eml = mail(frm=sender, to=[ME], date=date, subject=f'Appointment Confirmation - Passport (One Day Service) - {ref}',
               msgid=f'<{ref}.{hid("c14m", 10)}@eappointments.immigration.example>', body=body,
               host='smtp.eappointments.immigration.example', ip='203.94.77.18')
    lab = label([], 'medium', 'negative/government-appointment',
                'Passport office appointment with a calendar file and "brief interview with an officer" - a non-job '
                'interview, not a hiring process.')
    return slug, [('01-passport-appointment-confirmation.eml', eml)], lab


@case
def c15():
    slug = 'b270-15-neg-vesak-dansal-volunteer-meeting'
    samp = ('Sampath Liyanage', 'sampath.liyanage@sudharmarama-dayaka.example')
    date = W(T(2026, 4, 25, 19, 22, 5), 'Saturday')
    start = W(T(2026, 4, 26, 16, 0), 'Sunday')
    end = start + dt.timedelta(minutes=90)
    text = """ආයුබෝවන් සැමට,

මේ වසරේ වෙසක් දන්සල සඳහා ස්වේච්ඡා සේවකයින්ගේ රැස්වීම හෙට (ඉරිදා) හවස 4.00 ට විහාරස්ථානයේ
ධර්ම ශාලාවේදී පැවැත්වේ.

Meeting for all dansal volunteers tomorrow (Sunday) at 4.00 p.m. in the temple dharma hall.

Agenda
1. Menu - kola kenda in the morning, rice and curry for lunch, and the dry rations list
2. Roles - kitchen team lead, serving, cleaning, traffic and queue management
3. New volunteers - Dilini, since you are a team lead again this year, please sit with me after
   the meeting to "interview" the new volunteers (5 minutes each, just to see who can do what)
4. Shift roster for Vesak week and donations received so far

I have put it in the calendar as well. Please bring your availability for the Vesak week.

Sampath
Dayaka Sabha - Sri Sudharmarama Viharaya, Pannipitiya
"""
    m1 = mail(frm=samp, to=[ME, ('Lasantha Kumara', 'lasantha.kumara@sudharmarama-dayaka.example'),
                            ('Nirosha Fonseka', 'nirosha.fonseka@sudharmarama-dayaka.example')], date=date,
              subject='වෙසක් දන්සල 2026 - volunteers meeting හෙට 4pm',
              msgid='<CAE3wP9nL2kR_6tQ0mX4dVb8sJ1hC7fY5gU9oA2iN6rK3zT@mail.gmail.com>',
              body=alt('000000000000' + hid('c15', 12), text, enc='base64'), host='mail-oi1-f171.google.com',
              ip='209.85.167.171')
    m2 = google_invite(seed='c15inv', organizer=samp, date=T(2026, 4, 25, 13, 55, 40, tz=UTC),
                       title='Dansal volunteers meeting - Vesak 2026', start=start, end=end,
                       tzlabel='India Standard Time - Colombo', abbr='IST', location='Dharma hall, Sri Sudharmarama Viharaya',
                       guests=[(samp[0], samp[1], 'ACCEPTED', True), (None, OWNER, 'NEEDS-ACTION', False),
                               ('Lasantha Kumara', 'lasantha.kumara@sudharmarama-dayaka.example', 'ACCEPTED', False),
                               ('Nirosha Fonseka', 'nirosha.fonseka@sudharmarama-dayaka.example', 'NEEDS-ACTION', False)],
                       description='Vesak dansal planning: menu, roles, new volunteers, shift roster.',
                       uid=f'{hid("c15uid", 26)}@google.com')
    lab = label([], 'medium', 'negative/volunteer-meeting',
                'Temple dansal volunteer meeting (Sinhala, හෙට = tomorrow) with a Google invite and "team lead", '
                '"roles", "interview the new volunteers" - not a job, and the owner would be the interviewer.')
    return slug, [('01-sampath-dansal-meeting.eml', m1), ('02-invitation-dansal-meeting.eml', m2)], lab


@case
def c16():
    slug = 'b270-16-neg-apartment-council-interviews'
    rav = ('Ravindra Mendis', 'ravindra.mendis@havelockgardens-mc.example')
    faiz = ('Faizal Cassim', 'faizal.cassim@havelockgardens-mc.example')
    date = W(T(2026, 9, 28, 20, 15, 30), 'Monday')
    start = W(T(2026, 10, 3, 10, 0), 'Saturday')
    end = T(2026, 10, 3, 12, 30)
    body = """Dear Council Members,

The 14th meeting of the Management Council will be held in the Community Hall (Ground Floor,
Block B). Members who are travelling can join on Teams.

Agenda
1. Confirmation of the minutes of the 13th meeting
2. Sinking fund statement and arrears of maintenance charges
3. Interviews with the three shortlisted facility management companies (30 minutes each:
   presentation followed by questions). Interview panel: Mr. Ravindra Mendis (Secretary),
   Mrs. Dilini Wickramasinghe (Treasurer) and Dr. Faizal Cassim.
4. Any other business - lift maintenance contract, water tank cleaning

Please go through the tender documents shared in the WhatsApp group before the meeting.

Thank you.
Ravindra Mendis
Secretary, Management Council - Havelock Gardens Condominium
"""
    eml = outlook_invite(seed='c16', frm=rav, to=[ME, faiz], date=date,
                         subject='MC Meeting #14 and interviews - facility management company selection',
                         uid='040000008200E00074C5B7101A82E00800000000' + hid('c16uid', 32).upper(), seq=0,
                         start=start, end=end, tzdef=SLST, location='Community Hall, Block B / Microsoft Teams Meeting',
                         body=body, attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT'), (faiz[0], faiz[1], 'REQ-PARTICIPANT')])
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'Apartment management council Teams invite (Sri Lanka Standard Time) whose agenda includes '
                '"interviews" of facility management companies; the owner sits on the interview panel.')
    return slug, [('01-mc-meeting-invite.eml', eml)], lab


@case
def c17():
    slug = 'b270-17-neg-radio-interview'
    nil = ('Nilmini Costa', 'nilmini.costa@lakdivafm.example')
    host = ('Ruwan de Alwis', 'ruwan.dealwis@lakdivafm.example')
    date = W(T(2026, 9, 24, 12, 10, 27), 'Thursday')
    start = W(T(2026, 10, 2, 8, 15), 'Friday')
    end = start + dt.timedelta(minutes=15)
    text = f"""Dear Ms. Wickramasinghe,

I am a producer of "Tech Talk with Ruwan", the Friday morning technology segment on Lakdiva FM.
We are doing a series on careers in IT, and a colleague of yours suggested you as a guest.

We would love to interview you live on air on Friday, 2nd October at 8.15 a.m. about careers
in software testing and how more women can move into QA leadership roles. The segment is 15
minutes; you can come to our studio (No. 12, Bauddhaloka Mawatha, Colombo 07) or join by phone.

I have sent a calendar hold. Could you please send me a short bio (3-4 lines) and let me know
whether you prefer to come in or join by phone?

Thank you and best regards,
Nilmini Costa
Producer - Morning Programmes
Lakdiva FM | 077 3 118 420
"""
    m1 = mail(frm=nil, to=[ME], cc=[host], date=date, subject='Invitation - live interview on "Tech Talk with Ruwan" (Fri 2nd Oct)',
              msgid='<CAG1tM6rQ8pV_2wN5eK0dXc3sB9hL4fZ7gJ1uA6oI8nT2yE@mail.gmail.com>',
              body=alt('000000000000' + hid('c17', 12), text), host='mail-pf1-f176.google.com', ip='209.85.210.176')
    ev = gcal_event(eid='7t2m9qk4d1vbn8c6s0rj3ph5ea', created=T(2026, 9, 24, 6, 45, 0, tz=UTC),
                    updated=T(2026, 9, 25, 3, 20, 11, tz=UTC),
                    summary='Lakdiva FM - Tech Talk live interview (Dilini Wickramasinghe)',
                    description='Live on-air interview, 15 min segment. Studio: No. 12, Bauddhaloka Mawatha, Colombo 07 '
                                '(or by phone). Producer: Nilmini Costa 077 3 118 420.',
                    organizer=nil, start=start, end=end, tzname='Asia/Colombo',
                    location='Lakdiva FM studio, No. 12, Bauddhaloka Mawatha, Colombo 07',
                    attendees=[{'email': nil[1], 'displayName': nil[0], 'organizer': True, 'responseStatus': 'accepted'},
                               {'email': host[1], 'displayName': host[0], 'responseStatus': 'accepted'},
                               {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'}],
                    meet=False)
    lab = label([], 'medium', 'negative/press-interview',
                'Live radio interview with a calendar event: a press/media interview, not a hiring conversation.')
    return slug, [('01-nilmini-radio-invitation.eml', m1), ('02-radio-interview.gcal.json', ev)], lab


@case
def c18():
    slug = 'b270-18-neg-owner-interviews-intern'
    kau = ('Kaushalya Dias', 'kaushalya.dias@beiralakesoft.example')
    pas = ('Pasindu Weerasinghe', 'pasindu.weerasinghe@beiralakesoft.example')
    cand = ('Nimesha Karunaratne', 'nimesha.karunaratne@students-mail.example')
    date = W(T(2026, 9, 14, 10, 5, 48), 'Monday')
    start = W(T(2026, 9, 16, 14, 0), 'Wednesday')
    end = start + dt.timedelta(minutes=45)
    body = """Hi Dilini and Pasindu,

You are the interview panel for the QA internship (2026 intake). The candidate, Nimesha
Karunaratne (final-year BSc in IT), will join on Teams. Her CV and the intern scorecard are in
the Internship 2026 SharePoint folder - please submit your scores on the scorecard by Thursday.

Suggested split: Dilini - testing fundamentals and a short bug-report exercise; Pasindu - SQL
and basic scripting.

Thanks,
Kaushalya
People Operations | Beira Lake Software
"""
    eml = outlook_invite(seed='c18', frm=kau, to=[(OWNER_NAME, OWNER_WORK), pas, cand], date=date,
                         subject='Interview: QA Intern (2026 intake) - Nimesha Karunaratne',
                         uid='040000008200E00074C5B7101A82E00800000000' + hid('c18uid', 32).upper(), seq=0,
                         start=start, end=end, tzdef=SLST, location='Microsoft Teams Meeting', body=body,
                         attendees=[(OWNER_NAME, OWNER_WORK, 'REQ-PARTICIPANT'), (pas[0], pas[1], 'REQ-PARTICIPANT'),
                                    (cand[0], cand[1], 'REQ-PARTICIPANT')],
                         pre=[('X-Forwarded-To', OWNER), ('X-Forwarded-For', f'{OWNER_WORK} {OWNER}')])
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'Work invite auto-forwarded from the owner\'s employer mailbox: the owner is on the panel '
                'interviewing an intern candidate (Teams, Sri Lanka Standard Time). User is the interviewer.')
    return slug, [('01-intern-interview-panel.eml', eml)], lab


@case
def c19():
    slug = 'b270-19-neg-dental-appointment'
    clinic = ('Smile Dental Care - Nugegoda', 'appointments@smiledentalcare.example')
    date = W(T(2026, 9, 19, 18, 30, 2), 'Saturday')
    start = W(T(2026, 9, 22, 17, 30), 'Tuesday')
    end = start + dt.timedelta(minutes=45)
    text = f"""Dear Ms. Dilini Wickramasinghe,

This is a reminder of your appointment at Smile Dental Care, Nugegoda.

Doctor      : Dr. Shalini Mendis (BDS) - Dental Surgeon
Date & time : Tuesday, 22 September 2026 at 5.30 p.m.
Treatment   : Consultation and scaling
Address     : No. 118, High Level Road, Nugegoda

Please arrive 10 minutes early to complete the medical history form. If you need to reschedule,
call us on 011 2 812 345 at least 24 hours before your appointment.

A calendar file is attached for your convenience.

Smile Dental Care
"""
    cal = ats_ics(prodid='-//Smile Dental Care//Booking 2.1//EN', uid=f'appt-55172-{hid("c19", 10)}@smiledentalcare.example',
                  stamp=date, start=start, end=end, summary='Dental appointment - Dr. Shalini Mendis',
                  organizer=clinic, tz=('Asia/Colombo', '+0530', '+0530'),
                  attendees=[(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'ACCEPTED', False)],
                  description='Consultation and scaling. Please arrive 10 minutes early.',
                  location='Smile Dental Care, No. 118, High Level Road, Nugegoda', method='PUBLISH')
    m1 = mail(frm=clinic, to=[ME], date=date, subject='Appointment reminder - Dr. Shalini Mendis - Tue 22 Sep, 5.30 p.m.',
              msgid=f'<reminder.55172.{hid("c19m", 12)}@smiledentalcare.example>',
              body=alt('----=_Part_' + digits('c19b', 12), text), host='mail.smiledentalcare.example', ip='45.118.132.9')
    lab = label([], 'easy', 'negative/medical-appointment',
                'Dental appointment reminder + standalone .ics: an appointment, not an interview.')
    return slug, [('01-dental-reminder.eml', m1), ('02-dental-appointment.ics', cal)], lab


@case
def c20():
    slug = 'b270-20-neg-workable-pick-a-slot'
    date = W(T(2026, 10, 5, 23, 10, 40, tz=UTC), 'Monday')
    first = W(T(2026, 10, 12, 9, 0, tz=MEL), 'Monday')
    last = W(T(2026, 10, 16, 17, 0, tz=MEL), 'Friday')
    OFF(first, 11)
    assert date < first < last
    text = """Hi Dilini,

Thanks for applying for the Senior QA Engineer (Remote - APAC) position at Southbank Digital.
We'd like to invite you to a 30-minute phone interview with our recruitment team.

Please pick a time that suits you:
https://apply.workable.com/southbank-digital/j/7C41D2E9A0/schedule/?token=4f0c9a2b7e

Available between Monday 12 October and Friday 16 October, 9:00 AM - 5:00 PM
(Australia/Melbourne, AEDT). The scheduling page shows the slots in your own time zone.

Once you have picked a slot you will receive a confirmation with a calendar invite.

Kind regards,
Hannah Price
Southbank Digital

--
Powered by Workable | https://www.workable.com
"""
    eml = mail(frm=('Southbank Digital', 'noreply@candidates.workablemail.com'), to=[ME], date=date,
               subject='Schedule your interview with Southbank Digital',
               msgid='<0102019a5e1f8b22-3c7d9e4a-1b6f-4e2a-8d5c-7f0a9b3e2c61-000000@eu-west-1.amazonses.com>',
               body=alt('--_NmP-' + hid('c20', 16) + '-Part_1', text), host='a7-30.smtp-out.eu-west-1.amazonses.com',
               ip='54.240.7.30', reply_to=('Southbank Digital', 'southbank-digital+a41d7c0e9f@candidates.workablemail.com'),
               return_path='0102019a5e1f8b22-bounces@eu-west-1.amazonses.com', extra=[('X-Mailer', 'Workable')])
    lab = label([], 'medium', 'negative/availability-request',
                'Workable self-scheduling request: a window of possible slots (AEDT) and a link, nothing booked.')
    return slug, [('01-workable-pick-a-time.eml', eml)], lab


@case
def c21():
    slug = 'b270-21-neg-topjobs-alert-walk-in'
    date = W(T(2026, 9, 18, 7, 0, 3), 'Friday')
    walk = W(T(2026, 9, 19, 9, 0), 'Saturday')
    assert walk > date
    text = """topjobs.lk Job Alert - IT / Software QA & Testing
14 new vacancies match your alert "QA Lead"

*** WALK-IN INTERVIEWS - THIS SATURDAY ***
Galle Face Contact Centres (Pvt) Ltd - QA Analysts / Test Engineers (20 vacancies)
Saturday, 19th September 2026 from 9.00 a.m. to 3.00 p.m.
Venue: Ballroom 2, Hotel Marine Drive, Colombo 03
Bring your CV and NIC - on-the-spot interviews, no appointment needed.

QA Lead - Core Systems
Ruhuna Insurance PLC - Colombo 02 | Closing date: 30 Sep 2026

Senior Quality Assurance Engineer (Automation)
Kandy Code Works (Pvt) Ltd - Kandy | Closing date: 02 Oct 2026

Test Manager - Digital Transformation
Indus Microsystems - Colombo 03 | Closing date: 28 Sep 2026

Associate QA Lead
Pettah Trade Tech - Colombo 11 | Closing date: 25 Sep 2026

... and 9 more vacancies: https://www.topjobs.lk/applicant/vacancybyfunctionalarea.jsp?FA=SDQ

You are receiving this e-mail because you created a job alert on topjobs.lk.
Edit or stop this alert: https://www.topjobs.lk/applicant/alerts
"""
    eml = mail(frm=('topjobs.lk Job Alerts', 'jobalert@topjobs.lk'), to=[ME], date=date,
               subject='Job Alert: 14 new QA / Testing vacancies | WALK-IN INTERVIEWS this Saturday',
               msgid='<alert.20260918.0700.55123907@mailer.topjobs.lk>',
               body=alt('----=_Part_' + digits('c21', 12), text), host='mailer.topjobs.lk', ip='203.115.26.42',
               extra=[('Precedence', 'bulk'), ('List-Unsubscribe', '<https://www.topjobs.lk/applicant/alerts>')])
    lab = label([], 'hard', 'negative/job-alert',
                'Job-board alert advertising a walk-in interview day for another company: an advert, not an '
                'interview booked for the owner.')
    return slug, [('01-topjobs-job-alert.eml', eml)], lab


@case
def c22():
    slug = 'b270-22-neg-rejection-after-interview'
    ananya = ('Ananya Rao', 'ananya.rao@cubbonsoft.example')
    past = W(T(2026, 9, 8, 16, 0, tz=KOL), 'Tuesday')
    date = W(T(2026, 9, 11, 18, 22, 9, tz=KOL), 'Friday')
    assert past < date
    text = f"""Hi Dilini,

Thank you for taking the time to interview with Vivek and Shruti on Tuesday (8th September) at
4 pm IST for the QA Lead (Mobile) role, and for the detailed test plan you walked them through.

After careful consideration, we have decided to move forward with another candidate whose
experience is more closely aligned with our current needs on the Android platform team.

This was a difficult decision. We will keep your profile in our talent pool and would be glad
to reach out when a suitable role opens up.

Wishing you all the very best,
Ananya Rao
Talent Acquisition | Cubbon Softworks, Bengaluru

On Thu, 3 Sept 2026 at 11:05, Ananya Rao <{ananya[1]}> wrote:
> Hi Dilini, confirming your interview with Vivek and Shruti on Tuesday (8th September) at
> 4 pm IST on Google Meet. All the best!
"""
    eml = mail(frm=ananya, to=[ME], date=date, subject='Re: Interview - QA Lead (Mobile) - Cubbon Softworks',
               msgid='<CAH2pQ7mV9nK_4tW1eR8dXb6sC3hL0fY5gJ7uA9oN2iE4kT@mail.gmail.com>',
               in_reply_to='<CAH2pQ7kT3rW_8mN0eV5dYc2sB7hL9fX1gJ4uA6oI3nR8kQ@mail.gmail.com>',
               references='<CAH2pQ7kT3rW_8mN0eV5dYc2sB7hL9fX1gJ4uA6oI3nR8kQ@mail.gmail.com>',
               body=alt('000000000000' + hid('c22', 12), text), host='mail-pg1-f170.google.com', ip='209.85.215.170')
    lab = label([], 'medium', 'negative/rejection',
                'Rejection that quotes the past interview date and time (Tue 8 Sep 4 pm IST) - a rejection, not an '
                'interview to detect.')
    return slug, [('01-cubbon-rejection.eml', eml)], lab


# ============================================================================= main
def main():
    for name in os.listdir(HERE):
        if name.startswith('b270-') and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f'b270-{i:02d}-'), slug
        names = [n for n, _ in files]
        assert names == sorted(names) and len(set(names)) == len(names)
        os.makedirs(os.path.join(HERE, slug))
        for name, data in files:
            if isinstance(data, str):
                data = data.encode('utf-8')
            with open(os.path.join(HERE, slug, name), 'wb') as f:
                f.write(data)
        labels[slug] = lab
    out = ('# Labels for blind270 (written blind). Schema: see shared/eval/README.md.\n'
           + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100))
    with open(os.path.join(HERE, 'labels.yaml'), 'wb') as f:
        f.write(out.encode('utf-8'))
    pos = sum(1 for l in labels.values() if l['interview'])
    ivs = [x for l in labels.values() for x in l['interviews']]
    print(f'{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews '
          f'({sum(x["status"] == "scheduled" for x in ivs)} scheduled, {sum(x["status"] == "cancelled" for x in ivs)} cancelled)')


if __name__ == '__main__':
    main()
