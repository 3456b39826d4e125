#!/usr/bin/env python3
"""Regenerate the blind250 evaluation set (Lagos fintech PM, written blind).

Standard library + PyYAML + zoneinfo only.  Deterministic: every date, Message-ID,
MIME boundary and UID is fixed or derived from a hash of a fixed seed, so running
this script twice produces byte-identical case folders and labels.yaml.

Usage:  python make_cases.py      (writes b250-* folders and labels.yaml next to itself)
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, formataddr
from email.header import Header
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
OWNER = 'temitope.bakare@example.com'
OWNER_NAME = 'Temitope Bakare'

UTC = timezone.utc
LAGOS = ZoneInfo('Africa/Lagos')
NAIROBI = ZoneInfo('Africa/Nairobi')
LONDON = ZoneInfo('Europe/London')
TORONTO = ZoneInfo('America/Toronto')
WDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

# --- 2026 offset facts this set relies on (checked against zoneinfo) -------------------
assert datetime(2026, 10, 22, 12, tzinfo=LONDON).utcoffset() == timedelta(hours=1)   # BST
assert datetime(2026, 10, 27, 12, tzinfo=LONDON).utcoffset() == timedelta(hours=0)   # GMT after 25 Oct
assert datetime(2026, 10, 29, 12, tzinfo=TORONTO).utcoffset() == timedelta(hours=-4)  # EDT
assert datetime(2026, 11, 3, 12, tzinfo=TORONTO).utcoffset() == timedelta(hours=-5)   # EST after 1 Nov
assert datetime(2026, 7, 1, tzinfo=LAGOS).utcoffset() == datetime(2026, 12, 1, tzinfo=LAGOS).utcoffset() == timedelta(hours=1)
assert datetime(2026, 10, 9, tzinfo=NAIROBI).utcoffset() == timedelta(hours=3)


def at(y, mo, d, h, mi, tz, wd=None, s=0):
    """Aware datetime; `wd` asserts the weekday named in the case text."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert WDAYS[x.weekday()] == wd[:3], (x, wd)
    return x


def h(seed, n=16):
    return hashlib.sha1(seed.encode('utf-8')).hexdigest()[:n]


def rfcdate(x):
    return format_datetime(x)


def zt(x):
    return x.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def lt(x):
    return x.strftime('%Y%m%dT%H%M%S')


def iso(x):
    return x.isoformat()


def addr(name, email):
    return formataddr((name, email), charset='utf-8')


def hdr(s):
    return s if s.isascii() else Header(s, 'utf-8').encode()


# ---- time formatting as vendors print it ---------------------------------------------
def g_time(x):                      # Google: 10am, 2:45pm
    hr = x.hour % 12 or 12
    ap = 'am' if x.hour < 12 else 'pm'
    return f'{hr}{ap}' if x.minute == 0 else f'{hr}:{x.minute:02d}{ap}'


def g_day_long(x):                  # Tuesday Oct 27, 2026
    return f'{x.strftime("%A")} {x.strftime("%b")} {x.day}, {x.year}'


def g_day_short(x):                 # Tue Oct 27, 2026
    return f'{x.strftime("%a")} {x.strftime("%b")} {x.day}, {x.year}'


def ampm(x, dots=False, upper=True):  # 10:00 AM / 10:00 a.m.
    hr = x.hour % 12 or 12
    if dots:
        ap = 'a.m.' if x.hour < 12 else 'p.m.'
    else:
        ap = 'AM' if x.hour < 12 else 'PM'
        if not upper:
            ap = ap.lower()
    return f'{hr}:{x.minute:02d} {ap}'


# ---- transfer encodings --------------------------------------------------------------
def b64(s):
    if isinstance(s, str):
        s = s.encode('utf-8')
    return base64.encodebytes(s).decode('ascii')


def qp(s):
    return quopri.encodestring(s.encode('utf-8')).decode('ascii')


# ---- MIME assembly (manual, so bytes are fixed) --------------------------------------
def leaf(ctype, text, cte='7bit', disp=None, extra=()):
    body = {'base64': b64, 'quoted-printable': qp}.get(cte, lambda t: t)(text)
    if not body.endswith('\n'):
        body += '\n'
    hs = [('Content-Type', ctype), ('Content-Transfer-Encoding', cte)]
    if disp:
        hs.append(('Content-Disposition', disp))
    hs.extend(extra)
    return hs, body


def multi(sub, boundary, *parts):
    out = []
    for hs, body in parts:
        out.append(f'--{boundary}\n' + ''.join(f'{k}: {v}\n' for k, v in hs) + '\n' + body + '\n')
    out.append(f'--{boundary}--\n')
    return [('Content-Type', f'multipart/{sub}; boundary="{boundary}"')], ''.join(out)


def message(headers, part):
    hs, body = part
    allh = list(headers) + [('MIME-Version', '1.0')] + hs
    return ''.join(f'{k}: {v}\n' for k, v in allh) + '\n' + body


def received(seed, sent, relay, ip):
    return ('Received', f'from {relay} ({relay} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id '
            f'{h(seed + "rcv", 10).upper()}\n        for <{OWNER}>; {rfcdate(sent + timedelta(seconds=2))}')


def html_from_text(text):
    """Very small text->HTML the way webmail clients wrap a plain body."""
    out = []
    quote_depth = 0
    for line in text.split('\n'):
        depth = len(line) - len(line.lstrip('>'))
        content = line[depth:].lstrip(' ') if depth else line
        while quote_depth < depth:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            quote_depth += 1
        while quote_depth > depth:
            out.append('</blockquote>')
            quote_depth -= 1
        out.append((html.escape(content) if content else '') + '<br>')
    while quote_depth:
        out.append('</blockquote>')
        quote_depth -= 1
    return '<div dir="ltr">' + '\n'.join(out) + '</div>\n'


def quote(text):
    return '\n'.join(('>' + l if l.startswith('>') else ('> ' + l if l else '>')) for l in text.rstrip('\n').split('\n'))


# ---- iCalendar -----------------------------------------------------------------------
def esc(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    if len(line.encode('utf-8')) <= 75:
        return line
    out, cur, limit = [], '', 75
    for ch in line:
        if len((cur + ch).encode('utf-8')) > limit:
            out.append(cur)
            cur, limit = ' ' + ch, 75
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def ical(lines):
    return ''.join(fold(l) + '\r\n' for l in lines)


def vtz_iana(tzid, off, abbr):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}', 'BEGIN:STANDARD',
            f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}', f'TZNAME:{abbr}', 'DTSTART:19700101T000000',
            'END:STANDARD', 'END:VTIMEZONE']


def vtz_windows(tzid, off):
    # Exchange writes zones without DST as identical STANDARD/DAYLIGHT pairs
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', 'BEGIN:STANDARD', 'DTSTART:16010101T000000',
            f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}', 'END:STANDARD', 'BEGIN:DAYLIGHT',
            'DTSTART:16010101T000000', f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}', 'END:DAYLIGHT',
            'END:VTIMEZONE']


def attendee(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', google=False, rsvp=True):
    r = 'TRUE' if rsvp else 'FALSE'
    if google:
        return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={r};CN={name};'
                f'X-NUM-GUESTS=0:mailto:{email}')
    return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={r};CN={name}:mailto:{email}'


# ---- Google Calendar invitation e-mail ---------------------------------------------------
GOOGLE_FOOTER = (
    '\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
    'You are receiving this email because you are an attendee on the event.\n\n'
    'Forwarding this invitation could allow any recipient to send a response to the organizer, be added '
    'to the guest list, invite others regardless of their own invitation status, or modify your RSVP. '
    'Learn more https://support.google.com/calendar/answer/37135#forwarding\n')


def google_invite(*, seed, sent, organizer, guests, summary, start, end, tzlong, tzabbr, description,
                  location='', meet=None, uid, seq=0, created=None, updated=False, changed='time'):
    """organizer=(name,email); guests=[(name,email,partstat)] excluding organizer."""
    created = created or sent
    eid = base64.urlsafe_b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    prefix = 'Updated invitation' if updated else 'Invitation'
    subject = (f'{prefix}: {summary} @ {g_day_short(start)} {g_time(start)} - {g_time(end)} '
               f'({tzabbr}) ({OWNER})')
    lines = []
    if updated:
        lines += ['This event has been updated', f'Changed: {changed}', '']
    lines += [summary, f'{g_day_long(start)} \u22c5 {g_time(start)} \u2013 {g_time(end)}', tzlong, '']
    if location:
        lines += ['Location', location, f'https://www.google.com/maps/search/{location.replace(" ", "+").replace(",", "%2C")}?hl=en', '']
    if meet:
        lines += ['Join with Google Meet', f'https://meet.google.com/{meet}', '']
    lines += ['Organizer', organizer[0], organizer[1], '', 'Guests', f'{organizer[0]} - organizer', organizer[1]]
    for gname, gmail, _ in guests:
        lines += [gname, gmail] if gname != gmail else [gmail]
    lines += [f'View all guest info {view}', '', description, '',
              f'Reply for {OWNER} and view more details {view}', '']
    text = '\n'.join(lines) + GOOGLE_FOOTER
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
                 + ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>' for p in text.split('\n\n'))
                 + '</div></body></html>\n')
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
           'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT', f'DTSTART:{zt(start)}', f'DTEND:{zt(end)}',
           f'DTSTAMP:{zt(sent)}', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}', f'UID:{uid}',
           attendee(organizer[0], organizer[1], 'ACCEPTED', google=True)]
    for gname, gmail, ps in guests:
        cal.append(attendee(gname, gmail, ps, google=True))
    if meet:
        cal.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    desc = description
    if meet:
        desc += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                 f'Join with Google Meet: https://meet.google.com/{meet}\n\nLearn more about Meet at: '
                 'https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n'
                 '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    cal += [f'CREATED:{zt(created)}', f'DESCRIPTION:{esc(desc)}', f'LAST-MODIFIED:{zt(sent)}',
            f'LOCATION:{esc(location)}', f'SEQUENCE:{seq}', 'STATUS:CONFIRMED', f'SUMMARY:{esc(summary)}',
            'TRANSP:OPAQUE', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
            'TRIGGER:-P0DT0H10M0S', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    ics = ical(cal)
    b_mixed, b_alt = '0000000000' + h(seed + 'm', 14), '0000000000' + h(seed + 'a', 14)
    body = multi('mixed', b_mixed,
                 multi('alternative', b_alt,
                       leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
                       leaf('text/html; charset="UTF-8"', html_body, 'quoted-printable'),
                       leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics, 'base64')),
                 leaf('application/ics; name="invite.ics"', ics, 'base64',
                      'attachment; filename="invite.ics"'))
    sent_utc = sent.astimezone(UTC)
    headers = [('Delivered-To', OWNER),
               received(seed, sent_utc, 'mail-sor-f69.google.com', '209.85.220.69'),
               ('Return-Path', f'<{h(seed + "rp", 20)}@calendar-server.bounces.google.com>'),
               ('Reply-To', addr(*organizer)),
               ('Sender', 'Google Calendar <calendar-notification@google.com>'),
               ('Message-ID', f'<calendar-{h(seed + "mid", 8)}-{h(seed + "m2", 4)}-{h(seed + "m3", 4)}-'
                              f'{h(seed + "m4", 4)}-{h(seed + "m5", 12)}@google.com>'),
               ('Date', rfcdate(sent_utc)),
               ('Subject', hdr(subject)),
               ('From', addr(*organizer)),
               ('To', OWNER)]
    return message(headers, body), ics


# ---- Outlook / Exchange meeting request ------------------------------------------------
def outlook_invite(*, seed, sent, organizer, attendees, summary, start, end, wintz, off, text,
                   location, uid, seq=0, method='REQUEST', teams=None, subject=None, optional=()):
    """attendees=[(name,email)] required; optional=[(name,email)]."""
    cancel = method == 'CANCEL'
    teams_block = ''
    if teams:
        teams_block = ('\n________________________________________________________________________________\n'
                       'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
                       f'Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{teams}%40thread.v2/0>\n'
                       f'Meeting ID: {int(h(seed + "tid", 10), 16) % 10**12:012d}\nPasscode: {h(seed + "pc", 6)}\n'
                       'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
                       'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
                       '________________________________________________________________________________\n')
    full_text = text + teams_block
    cal = [f'BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    cal += vtz_windows(wintz, off)
    cal += ['BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for n, e in attendees:
        cal.append(attendee(n, e))
    for n, e in optional:
        cal.append(attendee(n, e, role='OPT-PARTICIPANT'))
    cal += [f'DESCRIPTION;LANGUAGE=en-US:{esc(full_text)}', f'UID:{uid}',
            f'SUMMARY;LANGUAGE=en-US:{esc(("Canceled: " if cancel else "") + summary)}',
            f'DTSTART;TZID={wintz}:{lt(start)}', f'DTEND;TZID={wintz}:{lt(end)}', 'CLASS:PUBLIC',
            f'PRIORITY:{1 if cancel else 5}', f'DTSTAMP:{zt(sent)}', 'TRANSP:OPAQUE',
            f'STATUS:{"CANCELLED" if cancel else "CONFIRMED"}', f'SEQUENCE:{seq}',
            f'LOCATION;LANGUAGE=en-US:{esc(location)}', f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
            f'X-MICROSOFT-CDO-OWNERAPPTID:{int(h(uid, 8), 16) % 2**31}',
            f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if cancel else "TENTATIVE"}',
            'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if cancel else 'BUSY'),
            'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', f'X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}',
            'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams:
        cal.append(f'X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{teams}%40thread.v2/0')
        cal.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    cal += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
            'X-MICROSOFT-LOCATIONDISPLAYNAME:' + esc(location)]
    if not cancel:
        cal += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
                'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    ics = ical(cal)
    html_body = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n<meta http-equiv="Content-Type" '
                 'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                 '\n</head><body lang="EN-US"><div class="WordSection1">\n'
                 + ''.join(f'<p class="MsoNormal">{html.escape(p).replace(chr(10), "<br>")}<o:p></o:p></p>\n'
                           for p in full_text.split('\n\n'))
                 + '</div></body></html>\n')
    b = f'_000_{h(seed + "b", 32).upper()}_'
    body = multi('alternative', b,
                 leaf('text/plain; charset="utf-8"', full_text, 'quoted-printable'),
                 leaf('text/html; charset="utf-8"', html_body, 'quoted-printable'),
                 leaf(f'text/calendar; charset="utf-8"; method={method}', ics, 'base64'))
    subj = subject or (('Canceled: ' if cancel else '') + summary)
    tid = base64.b64encode(hashlib.sha1((seed + 'ti').encode()).digest()[:22]).decode()
    headers = [('Delivered-To', OWNER),
               received(seed, sent, 'mail-dbaeur03on2102.outbound.protection.outlook.com', '40.107.104.102'),
               ('From', addr(*organizer)),
               ('To', ', '.join(addr(n, e) for n, e in attendees)),
               ('Subject', hdr(subj)),
               ('Thread-Topic', hdr(summary)),
               ('Thread-Index', tid),
               ('Date', rfcdate(sent)),
               ('Message-ID', f'<{h(seed + "mid", 40).upper()}@AM9PR10MB{int(h(seed, 4), 16) % 10000:04d}.EURPRD10.PROD.OUTLOOK.COM>'),
               ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
               ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    if optional:
        headers.insert(4, ('Cc', ', '.join(addr(n, e) for n, e in optional)))
    return message(headers, body), ics


# ---- ordinary person-to-person mail --------------------------------------------------------
def human_mail(*, seed, sent, frm, to, subject, text, client='gmail', cc=None, reply_to=None,
               in_reply_to=None, references=None, msgid=None, relay=('mail-sor-f41.google.com', '209.85.220.41'),
               attachments=(), extra_headers=()):
    """frm=(name,email); to/cc = list of (name,email). Returns (eml_text, message_id)."""
    msgid = msgid or (f'<CA{h(seed + "g", 40)}@mail.gmail.com>' if client == 'gmail'
                      else f'<{h(seed + "o", 36).upper()}@DB8PR04MB{int(h(seed, 4), 16) % 10000:04d}.eurprd04.prod.outlook.com>'
                      if client == 'outlook' else f'<{h(seed + "a", 8).upper()}-{h(seed + "b", 4).upper()}@{frm[1].split("@")[1]}>')
    headers = [('Delivered-To', OWNER), received(seed, sent, *relay),
               ('Return-Path', f'<{frm[1]}>')]
    if client == 'outlook':
        headers += [('From', addr(*frm)), ('To', ', '.join(addr(*t) for t in to))]
        if cc:
            headers.append(('Cc', ', '.join(addr(*c) for c in cc)))
        headers += [('Subject', hdr(subject)), ('Thread-Topic', hdr(subject.split(': ', 1)[-1])),
                    ('Thread-Index', base64.b64encode(hashlib.sha1((seed + 'ti').encode()).digest()[:22]).decode()),
                    ('Date', rfcdate(sent)), ('Message-ID', msgid)]
    else:
        headers += [('Date', rfcdate(sent)), ('From', addr(*frm)), ('To', ', '.join(addr(*t) for t in to))]
        if cc:
            headers.append(('Cc', ', '.join(addr(*c) for c in cc)))
        headers += [('Subject', hdr(subject)), ('Message-ID', msgid)]
    if reply_to:
        headers.append(('Reply-To', addr(*reply_to)))
    if in_reply_to:
        headers.append(('In-Reply-To', in_reply_to))
        headers.append(('References', ' '.join(references or [in_reply_to])))
    if client == 'outlook':
        headers += [('Accept-Language', 'en-GB, en-US'), ('Content-Language', 'en-GB'),
                    ('X-MS-Has-Attach', 'yes' if attachments else ''), ('X-MS-TNEF-Correlator', '')]
    if client == 'apple':
        headers.append(('X-Mailer', 'iPhone Mail (22A3354)'))
    headers += list(extra_headers)
    cte = '7bit' if text.isascii() else 'quoted-printable'
    if client == 'apple':
        part = leaf('text/plain; charset=utf-8', text, 'quoted-printable')
    elif client == 'outlook':
        html_body = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                     '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                     '</head>\n<body dir="ltr">\n<div style="font-family: Calibri, Arial, Helvetica, sans-serif; '
                     'font-size: 11pt; color: rgb(0, 0, 0);">\n'
                     + ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>\n' for p in text.split('\n\n'))
                     + '</div>\n</body>\n</html>\n')
        part = multi('alternative', f'_000_{h(seed + "b", 32).upper()}_',
                     leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
                     leaf('text/html; charset="utf-8"', html_body, 'quoted-printable'))
    else:
        part = multi('alternative', '0000000000' + h(seed + 'alt', 14),
                     leaf('text/plain; charset="UTF-8"', text, cte),
                     leaf('text/html; charset="UTF-8"', html_from_text(text), 'quoted-printable'))
    if attachments:
        part = multi('mixed', ('0000000000' if client == 'gmail' else '_004_') + h(seed + 'mix', 14) + ('' if client == 'gmail' else '_'),
                     part, *attachments)
    return message(headers, part), msgid


def gcal_event(**kw):
    return json.dumps(kw, indent=2, ensure_ascii=False) + '\n'


def meet_code(seed):
    letters = 'abcdefghijkmnopqrstuvwxyz'
    n = int(h(seed, 16), 16)
    s = ''
    for _ in range(10):
        s += letters[n % 25]
        n //= 25
    return f'{s[:3]}-{s[3:7]}-{s[7:10]}'


def interview(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers),
            'followup_recipients': list(recipients), 'kind': kind}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn

# ---- Zoho Recruit mail ----------------------------------------------------------------------
def zoho_ics(*, uid, sent, start, end, tzid, off, abbr, summary, description, location, organizer,
             attendees, seq=0, method='REQUEST'):
    cancel = method == 'CANCEL'
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//Zoho Corporation//Zoho Recruit//EN', 'VERSION:2.0',
           'CALSCALE:GREGORIAN', f'METHOD:{method}'] + vtz_iana(tzid, off, abbr)
    cal += ['BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{zt(sent)}', f'DTSTART;TZID={tzid}:{lt(start)}',
            f'DTEND;TZID={tzid}:{lt(end)}', f'SUMMARY:{esc(summary)}', f'DESCRIPTION:{esc(description)}',
            f'LOCATION:{esc(location)}', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for n, e, role in attendees:
        cal.append(attendee(n, e, 'ACCEPTED' if role == 'CHAIR' else 'NEEDS-ACTION', role=role))
    cal += [f'SEQUENCE:{seq}', f'STATUS:{"CANCELLED" if cancel else "CONFIRMED"}', 'TRANSP:OPAQUE']
    if not cancel:
        cal += ['BEGIN:VALARM', 'TRIGGER:-PT30M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    return ical(cal)


def zoho_mail(*, seed, sent, frm, subject, text, html_body, ics, method='REQUEST', reply_to=None,
              ics_name='Interview.ics'):
    body = multi('mixed', f'----=_Part_{int(h(seed + "m", 8), 16)}_{int(h(seed + "n", 6), 16)}.{int(sent.timestamp())}000',
                 multi('alternative', f'----=_Part_{int(h(seed + "a", 8), 16)}_{int(h(seed + "b", 6), 16)}.{int(sent.timestamp())}001',
                       leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
                       leaf('text/html; charset=UTF-8', html_body, 'quoted-printable')),
                 leaf(f'text/calendar; charset=UTF-8; method={method}; name="{ics_name}"', ics, 'base64',
                      f'attachment; filename="{ics_name}"'))
    headers = [('Delivered-To', OWNER),
               received(seed, sent, 'sender4-op-o12.zoho.com', '136.143.188.12'),
               ('Return-Path', f'<bounce-{h(seed + "bn", 12)}@bounce.zohorecruit.com>'),
               ('Date', rfcdate(sent)), ('From', addr(*frm))]
    if reply_to:
        headers.append(('Reply-To', addr(*reply_to)))
    headers += [('To', addr(OWNER_NAME, OWNER)), ('Subject', hdr(subject)),
                ('Message-ID', f'<{int(h(seed + "id", 12), 16)}.{int(sent.timestamp())}@zohorecruit.com>'),
                ('X-Mailer', 'Zoho Recruit'), ('X-ZohoMail-DKIM', 'pass (identity @zohorecruit.com)')]
    return message(headers, body)


def zoho_html(rows, intro, outro, sig):
    tr = ''.join(f'<tr><td style="padding:4px 12px 4px 0;color:#555">{html.escape(k)}</td>'
                 f'<td style="padding:4px 0"><b>{html.escape(v)}</b></td></tr>' for k, v in rows)
    return ('<div style="font-family:Verdana,Arial,sans-serif;font-size:13px">'
            + ''.join(f'<p>{html.escape(p)}</p>' for p in intro)
            + f'<table cellpadding="0" cellspacing="0">{tr}</table>'
            + ''.join(f'<p>{html.escape(p)}</p>' for p in outro)
            + '<p>' + '<br>'.join(html.escape(l) for l in sig) + '</p>'
            + '<p style="color:#999;font-size:11px">Powered by Zoho Recruit</p></div>\n')


def zoho_text(rows, intro, outro, sig):
    w = max(len(k) for k, _ in rows)
    return ('\n\n'.join(intro) + '\n\n' + '\n'.join(f'{k.ljust(w)} : {v}' for k, v in rows) + '\n\n'
            + ''.join(p + '\n\n' for p in outro) + '\n'.join(sig) + '\n\nPowered by Zoho Recruit\n')


# =====================================================================================
# POSITIVE CASES
# =====================================================================================
@case
def c01():
    cid = 'b250-01-zoho-recruit-bank-phone-screen'
    sent = at(2026, 10, 5, 10, 14, LAGOS, 'Mon', 22)
    start, end = at(2026, 10, 7, 11, 0, LAGOS, 'Wed'), at(2026, 10, 7, 11, 30, LAGOS)
    rec = ('Funmilayo Ogunleye', 'funmilayo.ogunleye@lagoontrustbank.example')
    role = 'Product Manager, Digital Channels'
    rows = [('Interview Name', f'Telephone Screening - {role}'),
            ('Date', start.strftime('%A, %d %b %Y')),
            ('Time', f'{ampm(start)} - {ampm(end)} (West Africa Time, GMT+01:00)'),
            ('Interview Type', 'Telephone'),
            ('Interviewer(s)', rec[0]),
            ('Location', 'Phone call - I will call you on 0803 *** 4417 (the number on your CV)')]
    intro = ['Dear Temitope,',
             f'Thank you for your interest in the {role} role at Lagoon Trust Bank Plc. Following a review of '
             'your application, we are pleased to invite you to a telephone screening interview. Please find the '
             'details below:']
    outro = ['The conversation will cover your experience with mobile banking and USSD channels, your notice '
             'period and your salary expectations. Kindly confirm your availability by replying to this email. '
             'A calendar file is attached for your convenience.']
    sig = ['Warm regards,', '', rec[0], 'Talent Acquisition Officer', 'Lagoon Trust Bank Plc',
           '14 Broad Street, Lagos Island, Lagos', f'{rec[1]} | +234 1 277 0140']
    ics = zoho_ics(uid=f'zr-{h(cid, 18)}@zohorecruit.com', sent=sent, start=start, end=end, tzid='Africa/Lagos',
                   off='+0100', abbr='WAT', summary=f'Telephone Screening - {role} - Temitope Bakare',
                   description=f'Telephone screening with {rec[0]} (Talent Acquisition). The recruiter will call '
                               'the candidate on the number provided in the CV.',
                   location='Telephone', organizer=rec,
                   attendees=[(rec[0], rec[1], 'CHAIR'), (OWNER_NAME, OWNER, 'REQ-PARTICIPANT')])
    eml = zoho_mail(seed=cid, sent=sent, frm=rec, subject=f'Interview Invitation - {role} - Lagoon Trust Bank',
                    text=zoho_text(rows, intro, outro, sig), html_body=zoho_html(rows, intro, outro, sig), ics=ics)
    label = {'interviews': [interview('Lagoon Trust Bank', role, start, end, 'scheduled', [rec[1]], [rec[1]],
                                      'phone_screen')],
             'difficulty': 'easy', 'category': 'positive/zoho-recruit-ics',
             'notes': 'Zoho Recruit invitation sent from the recruiter, .ics with TZID=Africa/Lagos; the recruiter '
                      'conducts the phone screen, so she is interviewer and follow-up recipient.'}
    return cid, [('01-interview-invitation-lagoon-trust.eml', eml)], label


@case
def c02():
    cid = 'b250-02-greenhouse-london-after-clocks-change'
    sent = at(2026, 10, 21, 15, 42, LONDON, 'Wed', 7)
    assert sent.utcoffset() == timedelta(hours=1)
    start, end = at(2026, 10, 27, 10, 0, LONDON, 'Tue'), at(2026, 10, 27, 11, 0, LONDON)
    assert start.astimezone(LAGOS).hour == 11
    at(2026, 10, 25, 1, 0, UTC, 'Sun')  # 'Sunday 25 October' (UK clocks go back)
    coord = ('Hannah Whitlock', 'hannah.whitlock@thamesgatepay.example')
    role = 'Senior Product Manager, Cross-Border'
    meet = meet_code(cid)
    text = f"""Hi Temitope,

Thank you for taking the time to speak with us! Your interview for the {role} role at Thamesgate Payments has been confirmed. Please find the details below.

Tuesday, October 27th, 2026
{ampm(start)} - {ampm(end)} GMT (Europe/London)

{ampm(start)} - {ampm(end)}    Product Sense Interview
                        Oliver Pemberton, Group Product Manager

Location: Google Meet - https://meet.google.com/{meet}

A calendar invitation is attached to this email.

A note from Hannah:
Quick heads-up as you're joining from Lagos: UK clocks go back an hour in the early hours of Sunday 25 October, so 10:00 London time on the 27th is 11:00 your time. (This week we're on the same clock, next week we aren't!) Oliver will share a short prompt at the start of the call - no preparation needed beyond a think about cross-border settlement for SMEs.

If you need to reschedule, please reply to this email and let us know.

Best,
Hannah Whitlock
Recruiting Coordinator, Thamesgate Payments
"""
    html_body = ('<html><body><div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">'
                 + ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>' for p in text.split('\n\n'))
                 + '<p style="font-size:11px;color:#888">Sent via Greenhouse</p></div></body></html>\n')
    ics = ical(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Greenhouse Software//Greenhouse//EN',
                'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT', f'UID:gh-{h(cid, 24)}@greenhouse.io',
                f'DTSTAMP:{zt(sent)}', f'DTSTART:{zt(start)}', f'DTEND:{zt(end)}',
                f'SUMMARY:{esc("Interview with Thamesgate Payments - Product Sense Interview")}',
                f'DESCRIPTION:{esc(f"Interviewer: Oliver Pemberton (Group Product Manager)" + chr(10) + f"Google Meet: https://meet.google.com/{meet}")}',
                f'LOCATION:https://meet.google.com/{meet}',
                f'ORGANIZER;CN={coord[0]}:mailto:{coord[1]}', attendee(OWNER_NAME, OWNER),
                'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    body = multi('mixed', f'--==_mimepart_{h(cid + "m", 24)}',
                 multi('alternative', f'--==_mimepart_{h(cid + "a", 24)}',
                       leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
                       leaf('text/html; charset=UTF-8', html_body, 'quoted-printable')),
                 leaf('text/calendar; charset=UTF-8; method=REQUEST; name=invite.ics', ics, 'base64',
                      'attachment; filename=invite.ics'))
    headers = [('Delivered-To', OWNER), received(cid, sent, 'o12.email.greenhouse.io', '167.89.12.40'),
               ('Return-Path', f'<bounces+{int(h(cid, 6), 16)}@em.greenhouse.io>'),
               ('Date', rfcdate(sent)), ('From', addr(coord[0], 'no-reply@greenhouse.io')),
               ('Reply-To', addr(*coord)), ('To', OWNER),
               ('Subject', f'Interview Confirmation: Thamesgate Payments - {role}'),
               ('Message-ID', f'<{h(cid + "id", 24)}_{int(h(cid, 5), 16)}@app.greenhouse.io.mail>')]
    label = {'interviews': [interview('Thamesgate Payments', role, start, end, 'scheduled', [], [coord[1]],
                                      'technical')],
             'difficulty': 'hard', 'category': 'positive/greenhouse-dst-london',
             'notes': 'Greenhouse confirmation from no-reply@greenhouse.io with Reply-To the coordinator. Sent during '
                      'BST for a slot after UK clocks go back (25 Oct): 10:00 GMT = 11:00 WAT. Interviewer named '
                      'without address -> interviewer_emails empty, thank-you goes to the coordinator.'}
    return cid, [('01-greenhouse-interview-confirmation.eml', message(headers, body))], label


@case
def c03():
    cid = 'b250-03-google-meet-abuja-telco-hm'
    hr = ('Hauwa Bello', 'hauwa.bello@zumamobile.example')
    hm = ('Ibrahim Danjuma', 'ibrahim.danjuma@zumamobile.example')
    role = 'Product Manager, Mobile Money'
    sent1 = at(2026, 10, 7, 17, 3, LAGOS, 'Wed', 40)
    text1 = f"""Dear Temitope,

Good evening and thank you for your patience since our call last week.

I am pleased to let you know that you have been shortlisted for the next stage for the {role} role (MoMo PSB). Our Head of Product, {hm[0]}, would like to have a 45-minute conversation with you early next week. He works out of our Abuja head office in the Central Business District, so the session will hold virtually on Google Meet.

He will send the calendar invite to you directly from his calendar. Kindly accept it once received.

Best regards,

Hauwa Bello
Talent Acquisition Partner
Zuma Mobile Nigeria Ltd
Plot 1204, Cadastral Zone A0, Central Business District, Abuja
"""
    eml1, mid1 = human_mail(seed=cid + '1', sent=sent1, frm=hr, to=[(OWNER_NAME, OWNER)],
                            subject=f'Zuma Mobile - {role} - Next Steps', text=text1, client='outlook',
                            relay=('mail-fr2deu01on2072.outbound.protection.outlook.com', '40.107.135.72'))
    sent2 = at(2026, 10, 8, 16, 20, UTC, 'Thu', 45)
    start, end = at(2026, 10, 12, 14, 0, LAGOS, 'Mon'), at(2026, 10, 12, 14, 45, LAGOS)
    desc = ("Hi Temitope, looking forward to our chat. I'd like to hear about the agent-network and wallet "
            "products you've shipped and how you think about MoMo adoption outside Lagos and Abuja. "
            "Hauwa is copied for visibility only.\n\nIbrahim")
    eml2, _ = google_invite(seed=cid + '2', sent=sent2, organizer=hm,
                            guests=[(hr[0], hr[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')],
                            summary=f'Zuma Mobile | {role} - conversation with Ibrahim (Temitope Bakare)',
                            start=start, end=end, tzlong='West Africa Standard Time - Lagos', tzabbr='WAT',
                            description=desc, meet=meet_code(cid), uid=f'{h(cid + "u", 26)}@google.com')
    label = {'interviews': [interview('Zuma Mobile', role, start, end, 'scheduled', [hm[1]], [hm[1]],
                                      'hiring_manager')],
             'difficulty': 'medium', 'category': 'positive/google-invite-dedupe',
             'notes': 'HR e-mail announces the step without a time; the Head of Product then sends a Google Meet '
                      'invite (WAT, ics in UTC). One interview. HR is a guest but only coordinates.'}
    return cid, [('01-zuma-next-steps.eml', eml1), ('02-invitation-ibrahim.eml', eml2)], label


@case
def c04():
    cid = 'b250-04-agency-whatsapp-paste-pidgin'
    ag = ('Chinedu Okoro', 'chinedu.okoro@ekotalent.example')
    role = 'Product Lead, SME Lending'
    sent1 = at(2026, 10, 13, 19, 5, LAGOS, 'Tue', 33)
    start, end = at(2026, 10, 15, 11, 0, LAGOS, 'Thu'), at(2026, 10, 15, 12, 0, LAGOS)
    text1 = f"""Hi Temitope,

Good evening, hope your day went well. Kudira came back on your CV for the {role} role and they want to move fast. I'm pasting my WhatsApp chat with their HR (Bisi) below so you have the full gist:

[13/10/2026, 17:42] Bisi (Kudira HR): Good evening Chinedu \U0001f44b\U0001f3fe Our Head of Product don see the CV o. Your candidate fit come Thursday by 11am?
[13/10/2026, 17:44] Chinedu Okoro: Evening Bisi! Let me confirm with her. Physical or Google Meet?
[13/10/2026, 17:47] Bisi (Kudira HR): Physical abeg. Our office for Admiralty Way, Lekki Phase 1, 3rd floor. Na Tolu go interview am
[13/10/2026, 17:48] Bisi (Kudira HR): E no go pass 1 hour. Tell am make she no late o, Tolu get another meeting by 12:30
[13/10/2026, 17:49] Chinedu Okoro: No wahala, I go revert tonight \U0001f64f\U0001f3fe

So to summarise: in-person interview with Tolu Adeyemi (Head of Product) this Thursday, 15 October, 11:00am to 12 noon at Kudira, 3rd floor, 41 Admiralty Way, Lekki Phase 1. Please reply to confirm and I'll lock it in with Bisi.

Best,
Chinedu

--
Chinedu Okoro
Senior Consultant, Fintech & Digital
Eko Talent Partners
+234 809 555 0182
"""
    eml1, mid1 = human_mail(seed=cid + '1', sent=sent1, frm=ag, to=[(OWNER_NAME, OWNER)],
                            subject='Kudira - Head of Product wants to meet you Thursday', text=text1)
    owner_reply = """Hi Chinedu,

Thanks for moving so quickly. Thursday 11am works for me, I'll be there. Please confirm with Bisi.

Regards,
Temitope"""
    sent_owner = at(2026, 10, 13, 21, 12, LAGOS, 'Tue')
    sent2 = at(2026, 10, 14, 8, 3, LAGOS, 'Wed', 51)
    text2 = ("Locked in \u2705 Bisi says ask for Tolu at reception; they'll give you a visitor tag.\n\n"
             "If you want to send Tolu a thank-you note afterwards, her email is tolu.adeyemi@kudira.example.\n\n"
             "All the best, you go do well!\n\nChinedu\n\n"
             f"On Tue, 13 Oct 2026 at 21:12, {OWNER_NAME} <{OWNER}> wrote:\n" + quote(owner_reply) + "\n>\n"
             f"> On Tue, 13 Oct 2026 at 19:05, Chinedu Okoro <{ag[1]}> wrote:\n"
             + quote(quote(text1.split('[13/10')[0].rstrip())) + '\n>> [...]\n')
    mid_owner = f'<CA{h(cid + "own", 40)}@mail.gmail.com>'
    eml2, _ = human_mail(seed=cid + '2', sent=sent2, frm=ag, to=[(OWNER_NAME, OWNER)],
                         subject='Re: Kudira - Head of Product wants to meet you Thursday', text=text2,
                         in_reply_to=mid_owner, references=[mid1, mid_owner])
    assert sent_owner < sent2
    label = {'interviews': [interview('Kudira', role, start, end, 'scheduled', ['tolu.adeyemi@kudira.example'],
                                      ['tolu.adeyemi@kudira.example'], 'hiring_manager')],
             'difficulty': 'hard', 'category': 'positive/thread-whatsapp-paste',
             'notes': 'Agency recruiter pastes a WhatsApp chat in Nigerian Pidgin ("Thursday by 11am", "E no go '
                      'pass 1 hour"), then summarises 11:00-12:00 on Thu 15 Oct (resolved against the Tue 13 Oct '
                      'Date). The follow-up mail gives the interviewer\'s own address, so it is used.'}
    return cid, [('01-kudira-whatsapp-paste.eml', eml1), ('02-re-kudira-locked-in.eml', eml2)], label


@case
def c05():
    cid = 'b250-05-reschedule-fuel-scarcity'
    rec = ('Ngozi Eze', 'ngozi.eze@oviapay.example')
    dp = ('Emeka Obi', 'emeka.obi@oviapay.example')
    role = 'Senior Product Manager, Payments'
    loc = 'Ovia Pay, 5th Floor, 22 Obafemi Awolowo Way, Ikeja, Lagos'
    uid = f'{h(cid + "u", 26)}@google.com'
    sent1 = at(2026, 10, 16, 11, 30, UTC, 'Fri', 12)
    s1, e1 = at(2026, 10, 19, 10, 0, LAGOS, 'Mon'), at(2026, 10, 19, 11, 30, LAGOS)
    summary = f'Ovia Pay - In-person interview: {role} (Temitope Bakare)'
    desc = (f'Face-to-face interview with {dp[0]}, Director of Product. Please bring a government-issued ID '
            'for the front desk and arrive 15 minutes early.\n\nNgozi Eze, People Team')
    guests = [(dp[0], dp[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')]
    eml1, _ = google_invite(seed=cid + '1', sent=sent1, organizer=rec, guests=guests, summary=summary,
                            start=s1, end=e1, tzlong='West Africa Standard Time - Lagos', tzabbr='WAT',
                            description=desc, location=loc, uid=uid)
    owner_mail = f"""Good evening Ngozi,

I hope you had a good weekend. I'm sorry to raise this so late, but with the fuel scarcity since Friday there is barely any petrol in Lekki and Ajah. The queues at the filling stations are stretching onto the expressway and the few buses still running are charging triple. Getting from Lekki to Ikeja for 10am on a Monday would mean leaving before 6am with no guarantee of making it on time.

Would it be possible to move tomorrow's interview to later in the week when things have hopefully eased? I'm flexible any time Wednesday to Friday. I'm also happy to do it on Google Meet tomorrow if Emeka prefers to keep the slot.

Apologies again for the inconvenience.

Kind regards,
Temitope Bakare"""
    at(2026, 10, 18, 20, 31, LAGOS, 'Sun')  # 'Sent: Sunday, 18 October 2026 20:31' in the quote
    sent2 = at(2026, 10, 19, 7, 48, LAGOS, 'Mon', 5)
    text2 = ("Good morning Temitope,\n\nNo wahala at all - half of our team is working from home today for the "
             "same reason, and the Third Mainland Bridge was already locked down at 6am.\n\n"
             "Emeka would still like to meet you in person, so let's move it to Wednesday at 2pm, same venue, "
             "same 90 minutes. Traffic around Alausa should be lighter by then. I'll send the updated invite "
             "shortly.\n\nRegards,\nNgozi\n\n--\nNgozi Eze\nPeople Team | Ovia Pay\n\n"
             f"From: {OWNER_NAME} <{OWNER}>\nSent: Sunday, 18 October 2026 20:31\nTo: {rec[0]} <{rec[1]}>\n"
             "Subject: Tomorrow's interview - fuel scarcity\n\n" + owner_mail + '\n')
    mid_owner = f'<CA{h(cid + "own", 40)}@mail.gmail.com>'
    eml2, _ = human_mail(seed=cid + '2', sent=sent2, frm=rec, to=[(OWNER_NAME, OWNER)], cc=[dp],
                         subject="RE: Tomorrow's interview - fuel scarcity", text=text2, client='outlook',
                         in_reply_to=mid_owner,
                         relay=('mail-vi1eur05on2090.outbound.protection.outlook.com', '40.107.21.90'))
    sent3 = at(2026, 10, 19, 7, 55, UTC, 'Mon', 30)
    s2, e2 = at(2026, 10, 21, 14, 0, LAGOS, 'Wed'), at(2026, 10, 21, 15, 30, LAGOS)
    eml3, _ = google_invite(seed=cid + '3', sent=sent3, organizer=rec, guests=guests, summary=summary,
                            start=s2, end=e2, tzlong='West Africa Standard Time - Lagos', tzabbr='WAT',
                            description=desc + '\n\nMoved from Monday because of the fuel situation.',
                            location=loc, uid=uid, seq=1, created=sent1, updated=True)
    label = {'interviews': [interview('Ovia Pay', role, s2, e2, 'scheduled', [dp[1]], [dp[1]], 'hiring_manager')],
             'difficulty': 'hard', 'category': 'positive/reschedule-thread-and-invite',
             'notes': 'Google invite for Mon 19 Oct 10:00 WAT; candidate asks to move because of fuel scarcity '
                      '(quoted in the reply); recruiter moves it to "Wednesday at 2pm" and sends an Updated '
                      'invitation (same UID, SEQUENCE 1). One interview at the final time.'}
    return cid, [('01-invitation-ovia-pay.eml', eml1), ('02-re-fuel-scarcity.eml', eml2),
                 ('03-updated-invitation-ovia-pay.eml', eml3)], label


@case
def c06():
    cid = 'b250-06-nairobi-teams-cancelled'
    org = ('Wanjiru Kamau', 'wanjiru.kamau@savannawallet.example')
    hp = ('Otieno Mwangi', 'otieno.mwangi@savannawallet.example')
    role = 'Product Manager, Merchant Payments (West Africa)'
    summary = f'Savanna Wallet | {role} | Interview with Otieno Mwangi'
    uid = '040000008200E00074C5B7101A82E00800000000' + h(cid + 'uid', 56).upper()
    start, end = at(2026, 10, 9, 14, 0, NAIROBI, 'Fri'), at(2026, 10, 9, 15, 0, NAIROBI)
    assert start.astimezone(LAGOS).hour == 12
    sent1 = at(2026, 10, 6, 9, 10, NAIROBI, 'Tue', 31)
    text1 = (f"Hi Temitope,\n\nAs discussed on Friday, please find below the Teams link for your interview with "
             f"{hp[0]}, our Head of Product, for the {role} role.\n\nThe session runs 14:00-15:00 Nairobi time "
             "(EAT), which should be 12:00-13:00 for you in Lagos.\n\nBest,\nWanjiru Kamau\nTalent Acquisition | "
             "Savanna Wallet | Westlands, Nairobi\n")
    eml1, _ = outlook_invite(seed=cid + '1', sent=sent1, organizer=org, attendees=[(OWNER_NAME, OWNER), hp],
                             summary=summary, start=start, end=end, wintz='E. Africa Standard Time', off='+0300',
                             text=text1, location='Microsoft Teams Meeting', uid=uid,
                             teams=h(cid + 'tm', 40))
    sent2 = at(2026, 10, 8, 16, 47, NAIROBI, 'Thu', 10)
    text2 = ("Dear Temitope,\n\nI'm sorry to cancel at short notice. Our West Africa expansion has been paused while "
             "we wait on the licensing approval, so we are putting the Merchant Payments role on hold and won't be "
             "going ahead with Friday's interview with Otieno.\n\nI'll reach out personally if the role reopens in "
             "Q1. Thank you for your time and understanding.\n\nKind regards,\nWanjiru\n")
    eml2, _ = outlook_invite(seed=cid + '2', sent=sent2, organizer=org, attendees=[(OWNER_NAME, OWNER), hp],
                             summary=summary, start=start, end=end, wintz='E. Africa Standard Time', off='+0300',
                             text=text2, location='Microsoft Teams Meeting', uid=uid, seq=1, method='CANCEL')
    label = {'interviews': [interview('Savanna Wallet', role, start, end, 'cancelled', [hp[1]], [hp[1]],
                                      'hiring_manager')],
             'difficulty': 'medium', 'category': 'positive/cancellation-outlook',
             'notes': 'Exchange/Teams request with TZID "E. Africa Standard Time" (14:00 EAT = 12:00 WAT), then '
                      'METHOD:CANCEL with STATUS:CANCELLED, same UID. Kept as cancelled at the EAT time.'}
    return cid, [('01-savanna-wallet-interview.eml', eml1), ('02-canceled-savanna-wallet-interview.eml', eml2)], label


@case
def c07():
    cid = 'b250-07-toronto-two-interviews-dst'
    rec = ('Jessica Tremblay', 'jessica.tremblay@maplebridge.example')
    dir_ = ('Marc-Andr\u00e9 Gagnon', 'marc-andre.gagnon@maplebridge.example')
    role = 'Product Manager, Africa Corridors'
    s1, e1 = at(2026, 10, 29, 10, 0, TORONTO, 'Thu'), at(2026, 10, 29, 10, 30, TORONTO)
    s2, e2 = at(2026, 11, 3, 10, 0, TORONTO, 'Tue'), at(2026, 11, 3, 11, 0, TORONTO)
    assert s1.astimezone(LAGOS).hour == 15 and s2.astimezone(LAGOS).hour == 16
    at(2026, 11, 1, 2, 0, TORONTO, 'Sun')  # 'this Sunday (Nov 1)'
    sig = ('--\nJessica Tremblay (she/her)\nSenior Talent Partner | Maplebridge Remit\n'
           '200 Wellington St W, Toronto, ON\n')
    sent1 = at(2026, 10, 19, 11, 2, TORONTO, 'Mon', 40)
    text1 = (f"Hi Temitope,\n\nThanks for applying to the {role} role - it's a fully remote position and your "
             "background on the NGN payout side really stood out.\n\nI'd love to set up a 30-minute intro call. "
             f"Would Thursday, October 29 at {ampm(s1, dots=True)} Eastern work? If I have my conversions right, "
             f"that's {ampm(s1.astimezone(LAGOS), dots=True)} for you in Lagos. If not, send me a couple of "
             "alternatives and I'll make it work.\n\nBest,\nJessica\n" + sig)
    eml1, mid1 = human_mail(seed=cid + '1', sent=sent1, frm=rec, to=[(OWNER_NAME, OWNER)],
                            subject=f'Maplebridge Remit - {role}', text=text1)
    sent2 = at(2026, 10, 19, 17, 45, UTC, 'Mon', 3)
    eml2, _ = google_invite(seed=cid + '2', sent=sent2, organizer=rec, guests=[(OWNER, OWNER, 'NEEDS-ACTION')],
                            summary=f'Intro call: Temitope Bakare <> Maplebridge Remit ({role})', start=s1, end=e1,
                            tzlong='Eastern Time - Toronto', tzabbr='EDT',
                            description="Thanks for confirming! I'll call you on Google Meet.\n\nJessica",
                            meet=meet_code(cid + '1'), uid=f'{h(cid + "u1", 26)}@google.com')
    sent3 = at(2026, 10, 30, 9, 15, TORONTO, 'Fri', 27)
    text3 = ("Hi Temitope,\n\nGreat speaking with you yesterday! The team liked what they heard, and I'd like to "
             f"move you to the next step: a product case interview with {dir_[0]}, our Director of Product "
             f"({dir_[1]}).\n\nI've booked Tuesday, November 3 at {ampm(s2, dots=True)} ET for 60 minutes. One "
             "heads-up: we switch back to standard time this Sunday (Nov 1), so 10:00 a.m. here will be "
             f"{ampm(s2.astimezone(LAGOS), dots=True)} in Lagos - not 3:00 like yesterday. You should see the "
             "calendar invite from me in a moment.\n\nMarc-Andr\u00e9 will walk you through a corridor-launch "
             "scenario; no slides needed.\n\nBest,\nJessica\n" + sig)
    eml3, _ = human_mail(seed=cid + '3', sent=sent3, frm=rec, to=[(OWNER_NAME, OWNER)],
                         subject=f'Next step - product case interview ({role})', text=text3)
    ev_id = h(cid + 'ev', 26)
    gj = gcal_event(
        kind='calendar#event', etag=f'"{int(h(cid + "etag", 12), 16)}"', id=ev_id, status='confirmed',
        htmlLink='https://www.google.com/calendar/event?eid=' +
                 base64.urlsafe_b64encode(f'{ev_id} {OWNER}'.encode()).decode().rstrip('='),
        created='2026-10-30T13:21:09.000Z', updated='2026-10-30T13:21:44.512Z',
        summary=f'Product case interview - Temitope Bakare ({role})',
        description=f'Product case interview with {dir_[0]} (Director of Product). 60 minutes. '
                    'Jessica is organising and will not join.',
        creator={'email': rec[1], 'displayName': rec[0]}, organizer={'email': rec[1], 'displayName': rec[0]},
        start={'dateTime': iso(s2), 'timeZone': 'America/Toronto'},
        end={'dateTime': iso(e2), 'timeZone': 'America/Toronto'},
        iCalUID=f'{ev_id}@google.com', sequence=0,
        attendees=[{'email': rec[1], 'displayName': rec[0], 'organizer': True, 'responseStatus': 'accepted'},
                   {'email': dir_[1], 'displayName': dir_[0], 'responseStatus': 'accepted'},
                   {'email': OWNER, 'self': True, 'responseStatus': 'needsAction'}],
        hangoutLink=f'https://meet.google.com/{meet_code(cid + "2")}',
        conferenceData={'entryPoints': [{'entryPointType': 'video',
                                         'uri': f'https://meet.google.com/{meet_code(cid + "2")}',
                                         'label': f'meet.google.com/{meet_code(cid + "2")}'}],
                        'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
                        'conferenceId': meet_code(cid + '2')},
        reminders={'useDefault': True}, eventType='default')
    label = {'interviews': [
        interview('Maplebridge Remit', role, s1, e1, 'scheduled', [rec[1]], [rec[1]], 'phone_screen'),
        interview('Maplebridge Remit', role, s2, e2, 'scheduled', [dir_[1]], [dir_[1]], 'technical')],
        'difficulty': 'hard', 'category': 'positive/two-interviews-dst-toronto',
        'notes': 'Two interviews with a Toronto company across the US/Canada DST change (1 Nov): intro call '
                 'Thu 29 Oct 10:00 EDT (=15:00 WAT) via e-mail + Google invite (one interview), then a case '
                 'interview Tue 3 Nov 10:00 EST (=16:00 WAT) via e-mail + Calendar API event (one interview). '
                 'The recruiter runs the intro call.'}
    return cid, [('01-maplebridge-intro.eml', eml1), ('02-invitation-intro-call.eml', eml2),
                 ('03-maplebridge-next-step.eml', eml3), ('04-product-case-interview.gcal.json', gj)], label


@case
def c08():
    cid = 'b250-08-victoria-island-panel'
    hrp = ('Adaobi Nwankwo', 'adaobi.nwankwo@crestfieldbank.example')
    panel = [('Babatunde Lawal', 'babatunde.lawal@crestfieldbank.example'),
             ('Zainab Yusuf', 'zainab.yusuf@crestfieldbank.example'),
             ('Kelechi Nnaji', 'kelechi.nnaji@crestfieldbank.example')]
    role = 'Senior Product Manager, Retail Digital Banking'
    start, end = at(2026, 10, 28, 10, 0, LAGOS, 'Wed'), at(2026, 10, 28, 11, 30, LAGOS)
    venue = 'Crestfield House (7th Floor Boardroom), Plot 1402 Adeola Odeku Street, Victoria Island, Lagos'
    sent1 = at(2026, 10, 22, 13, 26, LAGOS, 'Thu', 9)
    text1 = f"""Dear Temitope,

INVITATION TO PANEL INTERVIEW - {role.upper()}

Further to your performance at the assessment stage, we are pleased to invite you to a panel interview as follows:

Date: Wednesday, 28th October 2026
Time: 10:00am - 11:30am prompt
Venue: {venue}

Panel:
- Mr. Babatunde Lawal - Divisional Head, Digital Banking
- Mrs. Zainab Yusuf - Head, Product & Innovation
- Mr. Kelechi Nnaji - Head, Channels Technology

You will be required to make a 15-minute presentation on "Growing active usage of a bank's mobile app among mass-market customers", followed by questions from the panel. Kindly bring your presentation on a flash drive, a valid means of identification and a copy of your CV.

Please note that parking along Adeola Odeku is very limited; we advise you to use a ride-hailing service and to arrive by 9:30am to clear security at the ground floor.

A calendar invitation will follow separately. Kindly confirm your attendance by return mail.

Yours faithfully,

Adaobi Nwankwo
Human Capital Management (Recruitment)
Crestfield Bank Plc
"""
    eml1, _ = human_mail(seed=cid + '1', sent=sent1, frm=hrp, to=[(OWNER_NAME, OWNER)],
                         subject=f'Invitation to Panel Interview - {role}', text=text1, client='outlook',
                         relay=('mail-am6eur05on2119.outbound.protection.outlook.com', '40.107.22.119'))
    sent2 = at(2026, 10, 22, 13, 31, LAGOS, 'Thu', 44)
    text2 = (f"Panel interview - Temitope Bakare - {role}\n\nPanel: Babatunde Lawal, Zainab Yusuf, Kelechi Nnaji\n"
             "Coordinator: Adaobi Nwankwo (HCM Recruitment)\n\nCandidate to present for 15 minutes (flash drive). "
             "Visitors to register at ground-floor reception.\n")
    eml2, _ = outlook_invite(seed=cid + '2', sent=sent2, organizer=hrp, attendees=[(OWNER_NAME, OWNER)] + panel,
                             summary=f'Panel Interview: Temitope Bakare - {role}', start=start, end=end,
                             wintz='W. Central Africa Standard Time', off='+0100', text=text2,
                             location='7th Floor Boardroom, Crestfield House, Adeola Odeku St, Victoria Island',
                             uid='040000008200E00074C5B7101A82E00800000000' + h(cid + 'uid', 56).upper())
    emails = [e for _, e in panel]
    label = {'interviews': [interview('Crestfield Bank', role, start, end, 'scheduled', emails, emails, 'onsite')],
             'difficulty': 'medium', 'category': 'positive/panel-in-person-outlook',
             'notes': 'In-person panel at a Victoria Island office: HR letter + Exchange invite (Windows TZID '
                      '"W. Central Africa Standard Time"). One interview, kind onsite, three panelists; the '
                      'HR organizer only coordinates.'}
    return cid, [('01-invitation-to-panel-interview.eml', eml1), ('02-panel-interview-meeting-request.eml', eml2)], label


@case
def c09():
    cid = 'b250-09-virtual-final-round-three-invites'
    co = ('Tobi Akande', 'tobi.akande@baobabledger.example')
    role = 'Principal Product Manager, Payments Infrastructure'
    sess = [(('Kemi Alade', 'kemi.alade@baobabledger.example'), 'Product strategy', 'Chief Product Officer',
             at(2026, 11, 5, 10, 0, LAGOS, 'Thu'), at(2026, 11, 5, 10, 45, LAGOS)),
            (('Yusuf Garba', 'yusuf.garba@baobabledger.example'), 'Systems & technical deep-dive',
             'Engineering Lead, Payments', at(2026, 11, 5, 11, 0, LAGOS), at(2026, 11, 5, 11, 45, LAGOS)),
            (('Amaka Ibe', 'amaka.ibe@baobabledger.example'), 'Working with design & research', 'Head of Design',
             at(2026, 11, 5, 12, 45, LAGOS), at(2026, 11, 5, 13, 30, LAGOS))]
    sent1 = at(2026, 10, 30, 14, 5, LAGOS, 'Fri', 11)
    it = '\n'.join(f'{s:%H:%M} - {e:%H:%M}  {t} - {p[0]}, {title}' for p, t, title, s, e in sess[:2])
    it += '\n11:45 - 12:45  Lunch break (feel free to step away)\n'
    p, t, title, s, e = sess[2]
    it += f'{s:%H:%M} - {e:%H:%M}  {t} - {p[0]}, {title}'
    text1 = (f"Hi Temitope,\n\nCongratulations on making it to the final round for the {role} role! Here's your "
             "itinerary for Thursday, 5 November (all times WAT, all on Google Meet):\n\n" + it +
             "\n\nYou'll get three separate calendar invites, one per conversation, each with its own Meet link. "
             "If anything clashes, just reply to me and I'll shuffle things around.\n\nCheers,\nTobi Akande\n"
             "People Operations Coordinator, Baobab Ledger\n14 Herbert Macaulay Way, Yaba, Lagos\n")
    eml1, _ = human_mail(seed=cid + '1', sent=sent1, frm=co, to=[(OWNER_NAME, OWNER)],
                         subject='Your final-round interviews - Thursday 5 November', text=text1)
    files = [('01-baobab-final-round-itinerary.eml', eml1)]
    for i, (p, t, title, s, e) in enumerate(sess, 1):
        sent = at(2026, 10, 30, 13, 8 + i, UTC, 'Fri', 17 * i)
        eml, _ = google_invite(seed=f'{cid}-{i}', sent=sent, organizer=co,
                               guests=[(p[0], p[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')],
                               summary=f'Final round {i}/3 - {t} with {p[0].split()[0]} (Temitope Bakare)',
                               start=s, end=e, tzlong='West Africa Standard Time - Lagos', tzabbr='WAT',
                               description=f'{t} interview with {p[0]} ({title}) for the {role} role.',
                               meet=meet_code(f'{cid}-{i}'), uid=f'{h(cid + str(i), 26)}@google.com')
        files.append((f'0{i + 1}-invitation-final-round-{i}.eml', eml))
    emails = [p[1] for p, *_ in sess]
    label = {'interviews': [interview('Baobab Ledger', role, sess[0][3], sess[2][4], 'scheduled', emails, emails,
                                      'onsite')],
             'difficulty': 'hard', 'category': 'positive/virtual-loop-multiple-invites',
             'notes': 'Virtual final round on one day sent as three separate Google invites plus an itinerary '
                      'e-mail, with a lunch break: one onsite 10:00-13:30 WAT with all three interviewers; the '
                      'coordinator organizes only.'}
    return cid, files, label


@case
def c10():
    cid = 'b250-10-standalone-ics-nairobi-case'
    org = ('Grace Njeri', 'grace.njeri@kilimatel.example')
    iv = ('Achieng Odhiambo', 'achieng.odhiambo@kilimatel.example')
    role = 'Senior Product Manager, Wallet Growth'
    start, end = at(2026, 10, 22, 16, 0, NAIROBI, 'Thu'), at(2026, 10, 22, 17, 0, NAIROBI)
    assert start.astimezone(LAGOS).hour == 14
    stamp = at(2026, 10, 15, 7, 32, UTC, 'Thu', 9)
    desc = (f'Interviewer: {iv[0]} (Director, Consumer Products)\nFormat: 20-minute presentation of your '
            'wallet-growth case (brief shared on Monday) followed by 40 minutes of Q&A.\n'
            f'Meeting link: https://meet.google.com/{meet_code(cid)}\n'
            'Time: 4:00 PM - 5:00 PM EAT (2:00 PM - 3:00 PM WAT)\nCoordinator: Grace Njeri, Talent Acquisition, '
            'Kilima Telecom PLC')
    ics = zoho_ics(uid=f'zr-{h(cid, 18)}@zohorecruit.com', sent=stamp, start=start, end=end, tzid='Africa/Nairobi',
                   off='+0300', abbr='EAT', summary=f'Case Presentation Interview - {role} (Temitope Bakare)',
                   description=desc, location=f'https://meet.google.com/{meet_code(cid)}', organizer=org,
                   attendees=[(iv[0], iv[1], 'REQ-PARTICIPANT'), (OWNER_NAME, OWNER, 'REQ-PARTICIPANT')])
    label = {'interviews': [interview('Kilima Telecom', role, start, end, 'scheduled', [iv[1]], [iv[1]],
                                      'technical')],
             'difficulty': 'medium', 'category': 'positive/standalone-ics-nairobi',
             'notes': 'Standalone .ics only, TZID=Africa/Nairobi with VTIMEZONE: 16:00 EAT = 14:00 WAT. Live case '
                      'presentation to an interviewer (not a take-home). Organizer is the coordinator.'}
    return cid, [('01-kilima-case-presentation.ics', ics)], label


@case
def c11():
    cid = 'b250-11-gcal-json-london-ceo-final'
    tq = ('Sarah Quinn', 'sarah.quinn@lumenrails.example')
    ceo = ('Ayodele Hart', 'ayodele.hart@lumenrails.example')
    role = 'Senior Product Manager, Merchant Acquiring'
    start, end = at(2026, 10, 22, 17, 0, LONDON, 'Thu'), at(2026, 10, 22, 17, 30, LONDON)
    assert start.utcoffset() == timedelta(hours=1)
    ev_id = h(cid + 'ev', 26)
    gj = gcal_event(
        kind='calendar#event', etag=f'"{int(h(cid + "etag", 12), 16)}"', id=ev_id, status='confirmed',
        htmlLink='https://www.google.com/calendar/event?eid=' +
                 base64.urlsafe_b64encode(f'{ev_id} {OWNER}'.encode()).decode().rstrip('='),
        created='2026-10-16T09:12:40.000Z', updated='2026-10-16T10:03:17.228Z',
        summary='Lumen Rails \u2014 final chat with Ayodele (CEO) / Temitope Bakare',
        description=(f'Final stage for the {role} role: an informal 30-minute conversation with our co-founder '
                     f'& CEO, {ceo[0]}. Nothing to prepare - bring your questions about the team and the roadmap.'
                     '\n\nArranged by Sarah Quinn (Talent). Ayodele will dial in from our Shoreditch office.'),
        creator={'email': tq[1], 'displayName': tq[0]}, organizer={'email': tq[1], 'displayName': tq[0]},
        start={'dateTime': iso(start), 'timeZone': 'Europe/London'},
        end={'dateTime': iso(end), 'timeZone': 'Europe/London'},
        iCalUID=f'{ev_id}@google.com', sequence=1,
        attendees=[{'email': tq[1], 'displayName': tq[0], 'organizer': True, 'responseStatus': 'accepted',
                    'optional': True},
                   {'email': ceo[1], 'displayName': ceo[0], 'responseStatus': 'accepted'},
                   {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'}],
        hangoutLink=f'https://meet.google.com/{meet_code(cid)}',
        conferenceData={'entryPoints': [{'entryPointType': 'video', 'uri': f'https://meet.google.com/{meet_code(cid)}',
                                         'label': f'meet.google.com/{meet_code(cid)}'},
                                        {'entryPointType': 'phone', 'uri': 'tel:+44-20-3956-0814',
                                         'label': '+44 20 3956 0814', 'pin': '408117236', 'regionCode': 'GB'}],
                        'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
                        'conferenceId': meet_code(cid)},
        reminders={'useDefault': True}, eventType='default')
    label = {'interviews': [interview('Lumen Rails', role, start, end, 'scheduled', [ceo[1]], [ceo[1]], 'other')],
             'difficulty': 'medium', 'category': 'positive/gcal-api-london-bst',
             'notes': 'Calendar API event only: final-stage chat with the CEO (counts as an interview). Thu 22 Oct is '
                      'still BST, so 17:00 London = 17:00 WAT (+01:00). The talent partner is an optional organizer.'}
    return cid, [('01-final-chat-lumen-rails.gcal.json', gj)], label


@case
def c12():
    cid = 'b250-12-abuja-coffee-chat-forwarded'
    ta = ('Rukayat Sani', 'rukayat.sani@jabicapital.example')
    hm = ('Musa Abdullahi', 'musa.abdullahi@jabicapital.example')
    role = 'Product Manager, Retail Investments'
    start, end = at(2026, 10, 27, 8, 30, LAGOS, 'Tue'), at(2026, 10, 27, 9, 15, LAGOS)
    fwd_date = at(2026, 10, 22, 18, 47, LAGOS, 'Thu')
    at(2026, 10, 23, 13, 2, LAGOS, 'Fri')  # owner's quoted reply; 'Tuesday' = 27 Oct
    sent1 = at(2026, 10, 23, 11, 20, LAGOS, 'Fri', 5)
    text1 = f"""Dear Temitope,

Trust you are well. As mentioned on the phone, the first stage of our process for the {role} role is an informal coffee chat with the hiring manager, {hm[0]} (Head of Digital Products). He is based in our Abuja office but will be in Lagos next week - please see his note below. Kindly let us know which of the two days works for you.

Regards,
Rukayat Sani
Talent Acquisition, Jabi Capital Ltd
Plot 812 Ahmadu Bello Way, Jabi, Abuja

---------- Forwarded message ---------
From: {hm[0]} <{hm[1]}>
Date: Thu, Oct 22, 2026 at 6:47\u202fPM
Subject: Coffee with Musa - {role}
To: {ta[0]} <{ta[1]}>


Rukayat, I'll be in Lagos Monday to Wednesday next week for the investor roadshow. Happy to meet the candidate for coffee on Tuesday or Wednesday morning, 8:30am, at Bean & Baobab on Adetokunbo Ademola Street, VI. 45 minutes should be enough. It's a first-stage chat, not a grilling, but I will want to hear how she thinks about savings and investment products for young professionals.

Musa
"""
    assert fwd_date < sent1
    eml1, mid1 = human_mail(seed=cid + '1', sent=sent1, frm=ta, to=[(OWNER_NAME, OWNER)],
                            subject=f'Fwd: Coffee with Musa - {role}', text=text1)
    owner_reply = (f"Dear Rukayat,\n\nThank you. Tuesday morning works best for me - I'll see Musa at Bean & Baobab "
                   "at 8:30am.\n\nKind regards,\nTemitope")
    mid_owner = f'<CA{h(cid + "own", 40)}@mail.gmail.com>'
    sent2 = at(2026, 10, 26, 7, 15, LAGOS, 'Mon', 48)
    text2 = ("Hi Temitope,\n\nLanded in Lagos last night. See you tomorrow at 8:30. I'll be the one in a green "
             "kaftan by the window \U0001f642\n\nMusa\n\nSent from my iPhone\n\n"
             f"On 23 Oct 2026, at 13:02, {OWNER_NAME} <{OWNER}> wrote:\n\n" + quote(owner_reply) + '\n')
    eml2, _ = human_mail(seed=cid + '2', sent=sent2, frm=hm, to=[(OWNER_NAME, OWNER)], cc=[ta],
                         subject=f'Re: Fwd: Coffee with Musa - {role}', text=text2, client='apple',
                         in_reply_to=mid_owner, references=[mid1, mid_owner],
                         relay=('mail-io1-f54.google.com', '209.85.166.54'))
    label = {'interviews': [interview('Jabi Capital', role, start, end, 'scheduled', [hm[1]], [hm[1]],
                                      'hiring_manager')],
             'difficulty': 'hard', 'category': 'positive/coffee-chat-forwarded-thread',
             'notes': 'Coffee chat explicitly called the first stage of the process. Options come in a forwarded '
                      'note ("Tuesday or Wednesday morning, 8:30am", "45 minutes"); the candidate\'s choice is only '
                      'visible quoted; the hiring manager confirms "tomorrow at 8:30" on Mon 26 Oct -> Tue 27 Oct.'}
    return cid, [('01-fwd-coffee-with-musa.eml', eml1), ('02-re-coffee-tomorrow.eml', eml2)], label


@case
def c13():
    cid = 'b250-13-zoho-cancel-then-rebook'
    careers = ('Gurara Telecom Careers', 'careers@guraratel.example')
    rec = ('Ese Omoregie', 'ese.omoregie@guraratel.example')
    iv = ('Halima Sule', 'halima.sule@guraratel.example')
    role = 'Product Manager, Digital Services'
    s1, e1 = at(2026, 11, 2, 10, 0, LAGOS, 'Mon'), at(2026, 11, 2, 11, 0, LAGOS)
    s2, e2 = at(2026, 11, 12, 15, 0, LAGOS, 'Thu'), at(2026, 11, 12, 16, 0, LAGOS)
    sig = ['Regards,', '', rec[0], 'Recruitment Team, Gurara Telecom Ltd', 'Plot 27 Aminu Kano Crescent, Wuse II, Abuja']
    files = []
    uid1, uid2 = f'zr-{h(cid + "1", 18)}@zohorecruit.com', f'zr-{h(cid + "2", 18)}@zohorecruit.com'

    def rows(s, e, meet):
        return [('Interview Name', f'Technical Interview - {role}'), ('Date', s.strftime('%A, %d %b %Y')),
                ('Time', f'{ampm(s)} - {ampm(e)} (GMT+01:00) West Central Africa'),
                ('Interview Type', 'Online (Google Meet)'), ('Interviewer(s)', f'{iv[0]} <{iv[1]}>'),
                ('Meeting Link', f'https://meet.google.com/{meet}')]

    def mk_ics(uid, sent, s, e, meet, seq=0, method='REQUEST'):
        return zoho_ics(uid=uid, sent=sent, start=s, end=e, tzid='Africa/Lagos', off='+0100', abbr='WAT',
                        summary=f'Technical Interview - {role} - Temitope Bakare',
                        description=f'Interviewer: {iv[0]} (Senior Manager, VAS Products)\nGoogle Meet: '
                                    f'https://meet.google.com/{meet}', location=f'https://meet.google.com/{meet}',
                        organizer=rec, attendees=[(iv[0], iv[1], 'REQ-PARTICIPANT'),
                                                  (OWNER_NAME, OWNER, 'REQ-PARTICIPANT')], seq=seq, method=method)

    m1, m2 = meet_code(cid + '1'), meet_code(cid + '2')
    sent = at(2026, 10, 27, 10, 2, LAGOS, 'Tue', 18)
    intro = ['Dear Temitope Bakare,', f'We are pleased to invite you to a technical interview for the position of '
             f'{role} at Gurara Telecom. The interview will focus on value-added services, USSD and airtime-lending '
             'products. Details are below:']
    outro = ['Please join the meeting 5 minutes early and ensure you have a stable internet connection. Reply to '
             'this email if you have any questions.']
    r = rows(s1, e1, m1)
    files.append(('01-interview-scheduled-gurara.eml',
                  zoho_mail(seed=cid + '1', sent=sent, frm=careers, reply_to=rec,
                            subject=f'Interview Scheduled: Technical Interview - {role}',
                            text=zoho_text(r, intro, outro, sig), html_body=zoho_html(r, intro, outro, sig),
                            ics=mk_ics(uid1, sent, s1, e1, m1))))
    sent = at(2026, 10, 30, 15, 40, LAGOS, 'Fri', 51)
    intro_c = ['Dear Temitope Bakare,', 'We regret to inform you that the following interview has been cancelled, '
               'as the interviewer has been called away for a regulatory audit. We will share a new date with you '
               'shortly. We apologise for any inconvenience.']
    files.append(('02-interview-cancelled-gurara.eml',
                  zoho_mail(seed=cid + '2', sent=sent, frm=careers, reply_to=rec,
                            subject=f'Interview Cancelled: Technical Interview - {role}',
                            text=zoho_text(r, intro_c, [], sig), html_body=zoho_html(r, intro_c, [], sig),
                            ics=mk_ics(uid1, sent, s1, e1, m1, seq=1, method='CANCEL'), method='CANCEL')))
    sent = at(2026, 11, 3, 9, 12, LAGOS, 'Tue', 40)
    intro_n = ['Dear Temitope Bakare,', 'Following the cancellation of your earlier interview, we are pleased to '
               f'invite you to a new technical interview for the position of {role}. Details are below:']
    r2 = rows(s2, e2, m2)
    files.append(('03-interview-scheduled-gurara-new-date.eml',
                  zoho_mail(seed=cid + '3', sent=sent, frm=careers, reply_to=rec,
                            subject=f'Interview Scheduled: Technical Interview - {role}',
                            text=zoho_text(r2, intro_n, outro, sig), html_body=zoho_html(r2, intro_n, outro, sig),
                            ics=mk_ics(uid2, sent, s2, e2, m2))))
    label = {'interviews': [
        interview('Gurara Telecom', role, s1, e1, 'cancelled', [iv[1]], [iv[1]], 'technical'),
        interview('Gurara Telecom', role, s2, e2, 'scheduled', [iv[1]], [iv[1]], 'technical')],
        'difficulty': 'hard', 'category': 'positive/cancel-then-rebook-zoho',
        'notes': 'Zoho Recruit: interview booked (UID 1), cancelled (METHOD:CANCEL, same UID), then re-booked as a '
                 'NEW event with a new UID -> two entries, one cancelled and one scheduled. Sender is a careers@ '
                 'group mailbox; the interviewer\'s address is listed, so she is the follow-up recipient.'}
    return cid, files, label

# =====================================================================================
# NEGATIVE CASES (look-alikes)
# =====================================================================================
@case
def c14():
    cid = 'b250-14-nysc-certificate-clearance-interview'
    sec = ('NYSC Lagos State Secretariat', 'certificates.lagos@nysc.example')
    sent = at(2026, 10, 12, 9, 41, LAGOS, 'Mon', 2)
    appt = at(2026, 10, 15, 9, 0, LAGOS, 'Thu')
    text = """Dear Temitope Bakare (Call-up No. NYSC/UNILAG/2017/118342),

RE: REPLACEMENT OF LOST CERTIFICATE OF NATIONAL SERVICE - REF: LA/CR/2026/0871

Your application for the replacement of your Certificate of National Service has been received and processed. You are hereby invited for a clearance interview with the Certificate Replacement Committee as follows:

Date: Thursday, 15th October 2026
Time: 9:00am
Venue: NYSC Lagos State Secretariat, Ikeja (Certificate Unit, Room 4)

You are to come along with the ORIGINAL and a photocopy of the following:
1. Sworn affidavit of loss
2. Police extract
3. Newspaper publication of the loss
4. Statement of result or degree certificate
5. Letter of request from your employer or prospective employer (where applicable)
6. Two recent passport photographs

Note: Dress decently. Corps members and ex-corps members in improper dressing will not be attended to. The Committee does not sit after 12 noon.

Thank you.

Certificate Unit
for: State Coordinator, NYSC Lagos
"""
    eml, _ = human_mail(seed=cid, sent=sent, frm=sec, to=[(OWNER_NAME, OWNER)],
                        subject='Replacement of Certificate of National Service - Clearance Interview (Ref: LA/CR/2026/0871)',
                        text=text, client='outlook',
                        relay=('mail-db5eur01on2091.outbound.protection.outlook.com', '40.107.15.91'))
    ev_id = h(cid + 'ev', 26)
    gj = gcal_event(
        kind='calendar#event', etag=f'"{int(h(cid + "etag", 12), 16)}"', id=ev_id, status='confirmed',
        htmlLink='https://www.google.com/calendar/event?eid=' +
                 base64.urlsafe_b64encode(f'{ev_id} {OWNER}'.encode()).decode().rstrip('='),
        created='2026-10-12T09:58:02.000Z', updated='2026-10-12T09:58:02.391Z',
        summary='NYSC cert clearance interview - Ikeja secretariat (bring affidavit + police extract!)',
        description='Crestfield HR needs the replacement NYSC certificate for their background check before '
                    'the offer stage. Room 4, Certificate Unit. Committee stops at 12.',
        location='NYSC Lagos State Secretariat, Ikeja',
        creator={'email': OWNER, 'self': True}, organizer={'email': OWNER, 'self': True},
        start={'dateTime': iso(appt), 'timeZone': 'Africa/Lagos'},
        end={'dateTime': iso(appt + timedelta(hours=2)), 'timeZone': 'Africa/Lagos'},
        iCalUID=f'{ev_id}@google.com', sequence=0,
        reminders={'useDefault': False, 'overrides': [{'method': 'popup', 'minutes': 720}]}, eventType='default')
    label = {'interviews': [], 'difficulty': 'hard', 'category': 'negative/nysc-clearance',
             'notes': 'NYSC certificate-replacement "clearance interview" plus the owner\'s own calendar entry that '
                      'mentions an employer background check: a government clearance appointment, not a job interview.'}
    return cid, [('01-nysc-clearance-interview.eml', eml), ('02-nysc-clearance-own-event.gcal.json', gj)], label


@case
def c15():
    cid = 'b250-15-vfs-uk-visa-biometrics'
    sent = at(2026, 10, 21, 22, 14, LAGOS, 'Wed', 37)
    appt = at(2026, 11, 2, 9, 30, LAGOS, 'Mon')
    text = f"""Dear TEMITOPE BAKARE,

Your appointment has been booked successfully. Please find the details below.

Reference Number   : LOS/UK/021126/00457
GWF Number         : GWF07XXXX318
Visa Category      : Work - Skilled Worker (Certificate of Sponsorship assigned by your UK employer)
Appointment Date   : {appt:%d/%m/%Y} (Monday)
Appointment Time   : {appt:%H:%M}
Centre             : UK Visa Application Centre - Lagos, Victoria Island

Please note: this appointment is for biometric enrolment (fingerprints and digital photograph) and document scanning only. You will NOT be interviewed at the Visa Application Centre. If UK Visas and Immigration requires a credibility interview, they will contact you separately.

What to bring:
- This appointment confirmation (printed)
- Your valid passport
- Your completed application checklist and supporting documents

Please arrive no earlier than 15 minutes before your appointment time. Applicants who arrive late may be asked to rebook. Mobile phones and large bags are not permitted inside the centre.

This is an auto-generated email. Please do not reply to this message.

Warm regards,
VFS Global - UK Visa Application Centre, Nigeria
"""
    html_body = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">'
                 + ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>' for p in text.split('\n\n'))
                 + '</body></html>\n')
    body = multi('alternative', f'=_{h(cid, 30)}',
                 leaf('text/plain; charset=utf-8', text, 'quoted-printable'),
                 leaf('text/html; charset=utf-8', html_body, 'base64'))
    headers = [('Delivered-To', OWNER), received(cid, sent, 'mta2.vfsglobal.example', '203.0.113.24'),
               ('Return-Path', '<donotreply@vfsglobal.example>'), ('Date', rfcdate(sent)),
               ('From', 'VFS Global <donotreply@vfsglobal.example>'), ('To', OWNER),
               ('Subject', 'Appointment Confirmation - UK Visa Application Centre, Lagos'),
               ('Message-ID', f'<{h(cid + "id", 32)}@mta2.vfsglobal.example>')]
    label = {'interviews': [], 'difficulty': 'medium', 'category': 'negative/visa-biometrics',
             'notes': 'Visa biometrics appointment tied to a UK job (Skilled Worker, sponsor employer) that says '
                      '"interview"; a non-job appointment.'}
    return cid, [('01-vfs-appointment-confirmation.eml', message(headers, body))], label


@case
def c16():
    cid = 'b250-16-church-harvest-committee'
    sec = ('Segun Afolabi', 'segun.afolabi@christchurchsurulere.example')
    sent = at(2026, 10, 17, 19, 22, UTC, 'Sat', 8)
    start, end = at(2026, 10, 24, 16, 0, LAGOS, 'Sat'), at(2026, 10, 24, 18, 0, LAGOS)
    at(2026, 11, 15, 10, 0, LAGOS, 'Sun')  # 'Harvest Thanksgiving Sunday (15 November)'
    desc = ('Dear committee members,\n\nWe will use this meeting to interview the three shortlisted caterers and '
            'the canopy/chairs vendors for Harvest Thanksgiving Sunday (15 November). Each vendor gets 20 minutes '
            'to present and answer questions, after which the committee will deliberate.\n\nSis. Temitope, please '
            'bring the budget sheet and the bid comparison.\n\nGod bless you all.\nBro. Segun Afolabi\n'
            'Secretary, Harvest Planning Committee')
    eml, _ = google_invite(seed=cid, sent=sent, organizer=sec,
                           guests=[('Folake Ojo', 'folake.ojo@christchurchsurulere.example', 'ACCEPTED'),
                                   ('Uche Nnamdi', 'uche.nnamdi@christchurchsurulere.example', 'NEEDS-ACTION'),
                                   (OWNER, OWNER, 'NEEDS-ACTION')],
                           summary='Harvest Thanksgiving 2026 - Planning Committee (caterer & canopy interviews)',
                           start=start, end=end, tzlong='West Africa Standard Time - Lagos', tzabbr='WAT',
                           description=desc, location='Church Hall, 12 Bode Thomas Street, Surulere, Lagos',
                           uid=f'{h(cid + "u", 26)}@google.com')
    label = {'interviews': [], 'difficulty': 'medium', 'category': 'negative/church-committee-vendor-interviews',
             'notes': 'Church harvest committee meeting where the committee (including the owner) interviews '
                      'caterers: the owner is on the interviewing side and it is not a job process.'}
    return cid, [('01-invitation-harvest-committee.eml', eml)], label


@case
def c17():
    cid = 'b250-17-podcast-interview-ajocircle'
    prod = ('Damilola Ige', 'dami.ige@fintechnaijapod.example')
    host = ('Kunle Bamidele', 'kunle@fintechnaijapod.example')
    sent1 = at(2026, 10, 26, 12, 4, LAGOS, 'Mon', 30)
    start, end = at(2026, 11, 4, 18, 0, LAGOS, 'Wed'), at(2026, 11, 4, 19, 0, LAGOS)
    text1 = ("Hi Temitope,\n\nI produce the Fintech Naija Podcast (weekly, ~40k listeners across Lagos, Accra and "
             "Nairobi). Kunle, our host, has been following AjoCircle since your launch thread and would love to "
             "interview you for an episode about digital savings circles and how you got to 20,000 users without "
             "a marketing budget.\n\nRecording is remote on Riverside and takes about an hour. Would Wednesday 4 "
             "November at 6pm work? If yes, I'll send a calendar hold.\n\nCheers,\nDami\n--\nDamilola Ige\n"
             "Producer, Fintech Naija Podcast\n")
    eml1, mid1 = human_mail(seed=cid + '1', sent=sent1, frm=prod, to=[(OWNER_NAME, OWNER)],
                            subject='Podcast interview request - AjoCircle on Fintech Naija?', text=text1)
    sent2 = at(2026, 10, 27, 9, 40, UTC, 'Tue', 2)
    desc = ('Recording session for Fintech Naija Podcast Ep. 112.\nGuest: Temitope Bakare (founder, AjoCircle)\n'
            'Host: Kunle Bamidele\n\nTopics: building AjoCircle, trust in digital ajo/esusu, hiring your first '
            'engineers, and what you look for when you interview product people.\n\nStudio link: '
            'https://riverside.fm/studio/fintech-naija-ep112\nPlease use headphones and a wired connection if you can.')
    eml2, _ = google_invite(seed=cid + '2', sent=sent2, organizer=prod,
                            guests=[(host[0], host[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')],
                            summary='Fintech Naija Podcast: Interview with Temitope Bakare (AjoCircle) - Ep. 112 recording',
                            start=start, end=end, tzlong='West Africa Standard Time - Lagos', tzabbr='WAT',
                            description=desc, location='https://riverside.fm/studio/fintech-naija-ep112',
                            uid=f'{h(cid + "u", 26)}@google.com')
    label = {'interviews': [], 'difficulty': 'hard', 'category': 'negative/podcast-interview',
             'notes': 'Podcast interview about the owner\'s own product with a real calendar invite and hiring '
                      'vocabulary in the agenda; press/podcast interviews are not job interviews.'}
    return cid, [('01-podcast-interview-request.eml', eml1), ('02-invitation-podcast-recording.eml', eml2)], label


@case
def c18():
    cid = 'b250-18-owner-interviews-intern'
    cand = ('Ifeoma Chukwu', 'ifeoma.chukwu@unilagstudents.example')
    sent = at(2026, 10, 26, 20, 11, LAGOS, 'Mon', 54)
    start, end = at(2026, 10, 30, 12, 0, LAGOS, 'Fri'), at(2026, 10, 30, 12, 30, LAGOS)
    title = 'AjoCircle Product Intern Interview'
    when = f'{start:%A}, {start:%B} {start.day}, {start.year} | {ampm(start, upper=False).replace(" ", "")} - ' \
           f'{ampm(end, upper=False).replace(" ", "")} (Africa/Lagos)'
    meet = meet_code(cid)
    text = f"""Hi Temitope,

A new event has been scheduled.

What:
{title} between {OWNER_NAME} and {cand[0]}

When:
{when}

Who:
{OWNER_NAME} - Organizer
{OWNER}
{cand[0]}
{cand[1]}

Where:
Google Meet https://meet.google.com/{meet}

Additional notes:
Hi! I'm a final-year Computer Science student at UNILAG applying for the product internship you posted on LinkedIn. Looking forward to the interview.

Need to make a change? Reschedule or Cancel: https://app.cal.com/booking/{h(cid + 'b', 22)}
"""
    html_body = ('<html><body style="font-family:Roboto,Helvetica,sans-serif;font-size:14px">'
                 + ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>' for p in text.split('\n\n'))
                 + '</body></html>\n')
    ics = ical(['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:-//Cal.com Inc.//Cal.com Event//EN',
                'METHOD:REQUEST', 'X-PUBLISHED-TTL:PT1H', 'BEGIN:VEVENT', f'UID:{h(cid + "uid", 22)}@Cal.com',
                f'SUMMARY:{esc(f"{title} between {OWNER_NAME} and {cand[0]}")}', f'DTSTAMP:{zt(sent)}',
                f'DTSTART:{zt(start)}', f'DTEND:{zt(end)}',
                f'DESCRIPTION:{esc("Additional notes: Final-year CS student at UNILAG applying for the product internship.")}',
                f'LOCATION:https://meet.google.com/{meet}', f'ORGANIZER;CN={OWNER_NAME}:mailto:{OWNER}',
                attendee(cand[0], cand[1], 'ACCEPTED', rsvp=False), 'STATUS:CONFIRMED', 'SEQUENCE:0',
                'END:VEVENT', 'END:VCALENDAR'])
    body = multi('mixed', f'--_NmP-{h(cid + "m", 16)}-Part_1',
                 multi('alternative', f'--_NmP-{h(cid + "a", 16)}-Part_2',
                       leaf('text/plain; charset=utf-8', text, 'quoted-printable'),
                       leaf('text/html; charset=utf-8', html_body, 'quoted-printable')),
                 leaf('text/calendar; charset=utf-8; method=REQUEST; name=invite.ics', ics, 'base64',
                      'attachment; filename=invite.ics'))
    subj = f'New event: {cand[0]} - {title} at {ampm(start, upper=False).replace(" ", "")} - ' \
           f'{ampm(end, upper=False).replace(" ", "")}, {start:%A}, {start:%B} {start.day}, {start.year}'
    headers = [('Delivered-To', OWNER), received(cid, sent, 'o1.ptr3811.cal.com', '149.72.44.17'),
               ('Return-Path', f'<bounces+{int(h(cid, 6), 16)}@em.cal.com>'), ('Date', rfcdate(sent)),
               ('From', 'Cal.com <no-reply@cal.com>'), ('Reply-To', addr(*cand)), ('To', addr(OWNER_NAME, OWNER)),
               ('Subject', subj), ('Message-ID', f'<{h(cid + "id", 8)}-{h(cid + "i2", 4)}-{h(cid + "i3", 12)}@cal.com>')]
    label = {'interviews': [], 'difficulty': 'hard', 'category': 'negative/user-is-interviewer',
             'notes': 'Cal.com host notification: the owner (organizer) interviews an intern candidate for her own '
                      'product; the user is the interviewer, not the candidate.'}
    return cid, [('01-new-event-intern-interview.eml', message(headers, body))], label


@case
def c19():
    cid = 'b250-19-bank-bvn-update-appointment'
    sent = at(2026, 10, 29, 14, 55, LAGOS, 'Thu', 10)
    appt, appt_end = at(2026, 11, 6, 10, 0, LAGOS, 'Fri'), at(2026, 11, 6, 10, 30, LAGOS)
    text = f"""Dear TEMITOPE BAKARE,

BVN DATA MODIFICATION - APPOINTMENT CONFIRMED (Ref: BVN-MOD-48213)

Your request to modify your Bank Verification Number (BVN) record (date of birth correction) has been received. Please visit the branch below for biometric recapture and document verification:

Date:   Friday, 6 November 2026
Time:   10:00 AM
Branch: Harbourline Bank, Lekki Phase 1 Branch, 8 Admiralty Way, Lekki, Lagos

A Customer Service Officer will conduct a short verification interview and recapture your fingerprints. Please come with:
- Your original NIN slip or National ID card
- Birth certificate or sworn declaration of age
- A valid means of identification (international passport, driver's licence or voter's card)

Please note that BVN modification is subject to NIBSS approval and attracts a fee.

Harbourline Bank will NEVER ask for your card PIN, OTP or internet banking password. Do not disclose them to anyone.

Thank you for banking with us.
Harbourline Bank Plc - Customer Experience
"""
    html_body = ('<html><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#0b2545">'
                 + ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>' for p in text.split('\n\n'))
                 + '</body></html>\n')
    ics = ical(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Harbourline Bank//Branch Appointments 2.4//EN',
                'METHOD:PUBLISH'] + vtz_iana('Africa/Lagos', '+0100', 'WAT') +
               ['BEGIN:VEVENT', f'UID:BVN-MOD-48213-{h(cid, 8)}@harbourlinebank.example', f'DTSTAMP:{zt(sent)}',
                f'DTSTART;TZID=Africa/Lagos:{lt(appt)}', f'DTEND;TZID=Africa/Lagos:{lt(appt_end)}',
                'SUMMARY:BVN Modification Appointment - Lekki Phase 1 Branch',
                f'DESCRIPTION:{esc("Biometric recapture and verification interview with a Customer Service Officer. Bring NIN slip and ID.")}',
                f'LOCATION:{esc("Harbourline Bank, 8 Admiralty Way, Lekki Phase 1, Lagos")}',
                'ORGANIZER;CN=Harbourline Bank:mailto:noreply@harbourlinebank.example',
                'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    body = multi('mixed', f'----=_NextPart_{h(cid + "m", 20).upper()}',
                 multi('alternative', f'----=_NextPart_{h(cid + "a", 20).upper()}',
                       leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
                       leaf('text/html; charset="utf-8"', html_body, 'quoted-printable')),
                 leaf('text/calendar; charset="utf-8"; name="appointment.ics"', ics, 'base64',
                      'attachment; filename="appointment.ics"'))
    headers = [('Delivered-To', OWNER), received(cid, sent, 'smtp2.harbourlinebank.example', '198.51.100.61'),
               ('Return-Path', '<noreply@harbourlinebank.example>'), ('Date', rfcdate(sent)),
               ('From', 'Harbourline Bank <noreply@harbourlinebank.example>'), ('To', OWNER),
               ('Subject', 'BVN Data Modification - Appointment Confirmed (Ref: BVN-MOD-48213)'),
               ('Message-ID', f'<{h(cid + "id", 24).upper()}@smtp2.harbourlinebank.example>')]
    label = {'interviews': [], 'difficulty': 'medium', 'category': 'negative/bank-bvn-appointment',
             'notes': 'Bank BVN update appointment with an .ics and a "verification interview" at a branch; '
                      'customer service, not hiring.'}
    return cid, [('01-bvn-modification-appointment.eml', message(headers, body))], label


@case
def c20():
    cid = 'b250-20-zoho-self-schedule-unbooked'
    frm = ('Arewa Pay Recruitment', 'recruitment@arewapay.example')
    rec = ('Maryam Lawal', 'maryam.lawal@arewapay.example')
    role = 'Product Manager, Agency Banking'
    sent = at(2026, 11, 4, 10, 30, LAGOS, 'Wed', 0)
    first, last, exp = at(2026, 11, 9, 10, 0, LAGOS, 'Mon'), at(2026, 11, 11, 16, 0, LAGOS, 'Wed'), \
        at(2026, 11, 6, 23, 59, LAGOS, 'Fri')
    link = f'https://recruit.zoho.com/recruit/ViewSelfSchedule.do?digest={h(cid + "d", 40)}'
    intro = ['Dear Temitope,', f'Congratulations! You have been shortlisted for an interview for the {role} role at '
             'Arewa Pay (Abuja). Please use the link below to pick a convenient time slot for a 45-minute virtual '
             'interview with our product team.']
    rows = [('Position', role), ('Duration', '45 minutes'), ('Mode', 'Google Meet (link sent on booking)'),
            ('Available slots', f'{first:%A} {first.day} November - {last:%A} {last.day} November 2026, '
                                f'{ampm(first)} - {ampm(last)} (WAT)'),
            ('Book your slot', link)]
    outro = [f'This link expires on {exp:%A}, {exp.day} November 2026. Once you book, you will receive a calendar '
             'invitation with the meeting details.', 'We look forward to speaking with you.']
    sig = ['Regards,', '', rec[0], 'Talent Acquisition, Arewa Pay', 'Plot 1061 Herbert Macaulay Way, Central Area, Abuja']
    text = zoho_text(rows, intro, outro, sig)
    body = multi('alternative', f'----=_Part_{int(h(cid + "a", 8), 16)}_{int(h(cid + "b", 6), 16)}.{int(sent.timestamp())}001',
                 leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
                 leaf('text/html; charset=UTF-8', zoho_html(rows, intro, outro, sig), 'quoted-printable'))
    headers = [('Delivered-To', OWNER), received(cid, sent, 'sender4-op-o12.zoho.com', '136.143.188.12'),
               ('Return-Path', f'<bounce-{h(cid + "bn", 12)}@bounce.zohorecruit.com>'), ('Date', rfcdate(sent)),
               ('From', addr(*frm)), ('Reply-To', addr(*rec)), ('To', addr(OWNER_NAME, OWNER)),
               ('Subject', f'Action required: Schedule your interview - {role}'),
               ('Message-ID', f'<{int(h(cid + "id", 12), 16)}.{int(sent.timestamp())}@zohorecruit.com>'),
               ('X-Mailer', 'Zoho Recruit')]
    label = {'interviews': [], 'difficulty': 'hard', 'category': 'negative/availability-self-schedule',
             'notes': 'Zoho Recruit self-schedule link with a slot window but nothing booked: an unbooked scheduling '
                      'link is not an interview.'}
    return cid, [('01-schedule-your-interview.eml', message(headers, body))], label


@case
def c21():
    cid = 'b250-21-one-way-video-interview'
    sent = at(2026, 11, 2, 8, 0, LAGOS, 'Mon', 4)
    due = at(2026, 11, 8, 23, 59, LAGOS, 'Sun')
    role = 'Senior Product Manager, Consumer Data'
    text = f"""Hi Temitope,

Thank you for applying for the {role} position at Eko Digital Telecom.

As the next step, we invite you to complete an on-demand video interview. You will be asked 5 questions and will have up to 3 minutes to record each answer. There is no interviewer on the call - you can complete it any time before:

{due:%A}, {due.day} November 2026 at 11:59 PM (WAT)

Start your interview: https://app.talentlens.example/i/{h(cid + 'i', 20)}

Tips: use a quiet room, test your camera and microphone first, and allow about 30 minutes. You get one practice question before the real ones begin.

Good luck!
Eko Digital Telecom Talent Team

Powered by TalentLens. You received this email because you applied for a role at Eko Digital Telecom.
"""
    html_body = ('<html><body style="font-family:Inter,Arial,sans-serif">'
                 + ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>' for p in text.split('\n\n'))
                 + '</body></html>\n')
    body = multi('alternative', f'b1_{h(cid, 32)}',
                 leaf('text/plain; charset=us-ascii', text, '7bit'),
                 leaf('text/html; charset=us-ascii', html_body, 'quoted-printable'))
    headers = [('Delivered-To', OWNER), received(cid, sent, 'mail.talentlens.example', '192.0.2.88'),
               ('Return-Path', '<bounce@talentlens.example>'), ('Date', rfcdate(sent)),
               ('From', 'Eko Digital Telecom via TalentLens <invites@talentlens.example>'), ('To', OWNER),
               ('Subject', f'Eko Digital Telecom: your on-demand video interview for {role}'),
               ('Message-ID', f'<{h(cid + "id", 30)}@talentlens.example>')]
    label = {'interviews': [], 'difficulty': 'medium', 'category': 'negative/one-way-video-interview',
             'notes': 'One-way (on-demand) video interview with a deadline and no live interviewer: excluded by the '
                      'rules as an assessment.'}
    return cid, [('01-on-demand-video-interview.eml', message(headers, body))], label


@case
def c22():
    cid = 'b250-22-greenhouse-rejection-after-interview'
    sent = at(2026, 10, 16, 16, 22, TORONTO, 'Fri', 3)
    past = at(2026, 10, 13, 10, 0, TORONTO, 'Tue')
    role = 'Senior Product Manager, Lending'
    text = f"""Hi Temitope,

Thank you for taking the time to interview with Liam and Aisha on Tuesday, October 13 at {ampm(past, dots=True)} ET for the {role} role at Northlight Credit. We really enjoyed learning about your work on credit scoring for thin-file borrowers in Nigeria.

After careful consideration, we've decided to move forward with other candidates whose experience more closely matches the needs of the team at this time. This was a difficult decision.

We'll keep your profile on file and may reach out about future remote roles. We wish you the very best in your search.

Best regards,
The Northlight Credit Talent Team
"""
    html_body = ('<html><body><div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">'
                 + ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>' for p in text.split('\n\n'))
                 + '</div></body></html>\n')
    body = multi('alternative', f'--==_mimepart_{h(cid + "a", 24)}',
                 leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
                 leaf('text/html; charset=UTF-8', html_body, 'quoted-printable'))
    headers = [('Delivered-To', OWNER), received(cid, sent, 'o12.email.greenhouse.io', '167.89.12.40'),
               ('Return-Path', f'<bounces+{int(h(cid, 6), 16)}@em.greenhouse.io>'), ('Date', rfcdate(sent)),
               ('From', 'Northlight Credit <no-reply@greenhouse.io>'), ('To', OWNER),
               ('Subject', 'Your application to Northlight Credit'),
               ('Message-ID', f'<{h(cid + "id", 24)}_{int(h(cid, 5), 16)}@app.greenhouse.io.mail>')]
    label = {'interviews': [], 'difficulty': 'medium', 'category': 'negative/rejection-mentions-past-interview',
             'notes': 'Greenhouse rejection that restates a past interview date and time; rejections are not '
                      'interviews and the past interview is not otherwise in the case.'}
    return cid, [('01-your-application-northlight.eml', message(headers, body))], label


# =====================================================================================
def main():
    for old in sorted(HERE.glob('b250-*')):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    for n, fn in enumerate(CASES, 1):
        cid, files, lab = fn()
        assert cid.startswith(f'b250-{n:02d}-'), cid
        d = HERE / cid
        d.mkdir()
        names = [name for name, _ in files]
        assert names == sorted(names) and len(set(names)) == len(names)
        for name, content in files:
            assert name[:3] == f'{int(name[:2]):02d}-'
            (d / name).write_bytes(content.encode('utf-8'))
        labels[cid] = {'user': OWNER, 'interview': bool(lab['interviews']), 'interviews': lab['interviews'],
                       'difficulty': lab['difficulty'], 'category': lab['category'], 'notes': lab['notes'],
                       'source': 'synthetic'}
    out = '# Labels for blind250 (written blind). See /work/shared/eval/README.md for the schema.\n'
    out += yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (HERE / 'labels.yaml').write_text(out, encoding='utf-8')
    pos = sum(1 for v in labels.values() if v['interview'])
    ivs = [i for v in labels.values() for i in v['interviews']]
    print(f'{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews '
          f'({sum(i["status"] == "scheduled" for i in ivs)} scheduled, '
          f'{sum(i["status"] == "cancelled" for i in ivs)} cancelled)')


if __name__ == '__main__':
    main()
