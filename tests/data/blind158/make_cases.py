#!/usr/bin/env python3
"""Regenerate the blind158 evaluation set (Cairo/Riyadh civil engineer, Arabic + English mail).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries (all derived from fixed seeds),
so every run writes identical bytes.  Standard library + PyYAML + zoneinfo only.

    python make_cases.py        # rewrites every b158-* folder and labels.yaml next to this file
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
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = 'karim.hegazy@example.com'
OWNER_NAME = 'Karim Hegazy'

CAI = ZoneInfo('Africa/Cairo')     # EET +02 / EEST +03 (2026: Fri Apr 24 -> Thu Oct 29 midnight)
RUH = ZoneInfo('Asia/Riyadh')      # AST +03, no DST
DXB = ZoneInfo('Asia/Dubai')       # GST +04, no DST
UTC = timezone.utc

EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
AR_DAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد']
EG_DAYS = ['الاتنين', 'التلات', 'الأربع', 'الخميس', 'الجمعة', 'السبت', 'الأحد']  # Egyptian colloquial
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']
AR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس',
             'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']


# ----------------------------------------------------------------------------- dates
def dt(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(d, name):
    """Assert that datetime d falls on weekday `name` (English) and return d."""
    assert EN_DAYS[d.weekday()] == name, (d.isoformat(), name, EN_DAYS[d.weekday()])
    return d


def ar_day(d):
    return AR_DAYS[d.weekday()]


def en_day(d):
    return EN_DAYS[d.weekday()]


def en_mon(d):
    return EN_MONTHS[d.month - 1]


def ar_mon(d):
    return AR_MONTHS[d.month - 1]


def iso(d):
    return None if d is None else d.isoformat()


def rfc(d):
    return format_datetime(d)


def zstamp(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def lstamp(d):
    return d.strftime('%Y%m%dT%H%M%S')


def h12(d, style='en'):
    """'1:30 PM' style."""
    h = d.hour % 12 or 12
    ap = 'AM' if d.hour < 12 else 'PM'
    if style == 'ar':
        ap = 'ص' if d.hour < 12 else 'م'
    return f'{h}:{d.minute:02d} {ap}'


def gtime(d):
    """Google Calendar short time: 10am, 1:30pm."""
    h = d.hour % 12 or 12
    ap = 'am' if d.hour < 12 else 'pm'
    return f'{h}{ap}' if d.minute == 0 else f'{h}:{d.minute:02d}{ap}'


def hid(seed, n=16):
    return hashlib.sha256(seed.encode('utf-8')).hexdigest()[:n]


def hid_alnum(seed, n=26):
    alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
    digest = hashlib.sha256(seed.encode('utf-8')).digest() + hashlib.sha256((seed + '#').encode()).digest()
    return ''.join(alphabet[b % 36] for b in digest[:n])


# ----------------------------------------------------------------------------- MIME helpers
def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def enc_hdr(s, name='Subject'):
    if is_ascii(s):
        return s
    return Header(s, 'utf-8', header_name=name).encode(maxlinelen=76)


def addr(name, email):
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.()"@:;\''):
            name = '"' + name.replace('"', '\\"') + '"'
        return f'{name} <{email}>'
    return f'{enc_hdr(name, "From")} <{email}>'


def addrs(pairs):
    return ', '.join(addr(n, e) for n, e in pairs)


def encode_body(text, cte):
    if cte == 'base64':
        return base64.encodebytes(text.encode('utf-8')).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(text.encode('utf-8')).decode('ascii')
    return text if text.endswith('\n') else text + '\n'


def part(ctype, text, cte='quoted-printable', charset='UTF-8', extra_params='', extra_headers=()):
    hdrs = [f'Content-Type: {ctype}; charset="{charset}"{extra_params}',
            f'Content-Transfer-Encoding: {cte}'] + list(extra_headers)
    return '\n'.join(hdrs) + '\n\n' + encode_body(text, cte)


def attach(ctype, text, filename, cte='base64', inline=False, ctype_params=''):
    disp = 'inline' if inline else 'attachment'
    hdrs = [f'Content-Type: {ctype}; name="{filename}"{ctype_params}',
            f'Content-Disposition: {disp}; filename="{filename}"',
            f'Content-Transfer-Encoding: {cte}']
    return '\n'.join(hdrs) + '\n\n' + encode_body(text, cte)


def multi(subtype, boundary, parts):
    body = ''
    for p in parts:
        body += f'--{boundary}\n' + p.rstrip('\n') + '\n\n'
    body += f'--{boundary}--\n'
    return f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n' + body


def received(host, ip, date, seed, by='mx.example.com'):
    return (f'from {host} ({host} [{ip}])\n        by {by} with ESMTPS id {hid(seed, 12)}\n'
            f'        for <{OWNER}>; {rfc(date)}')


def message(hdrs, top):
    lines = []
    for k, v in hdrs:
        if v is None:
            continue
        lines.append(f'{k}: {v}')
    lines.append('MIME-Version: 1.0')
    return '\n'.join(lines) + '\n' + top


def mail(*, date, frm, to, subject, msgid, host, ip, top, cc=None, reply_to=None,
         in_reply_to=None, references=None, return_path=None, sender=None, extra=(), to_owner_only=False):
    """Assemble a received message.  frm/to/cc are (name, email) pairs or lists of them."""
    hdrs = [('Delivered-To', OWNER),
            ('Received', received(host, ip, date + timedelta(seconds=2), msgid)),
            ('Return-Path', f'<{return_path or frm[1]}>'),
            ('From', addr(*frm)),
            ('Sender', sender),
            ('To', addrs(to)),
            ('Cc', addrs(cc) if cc else None),
            ('Reply-To', addr(*reply_to) if reply_to else None),
            ('Subject', enc_hdr(subject)),
            ('Date', rfc(date)),
            ('Message-ID', msgid),
            ('In-Reply-To', in_reply_to),
            ('References', references)]
    hdrs += list(extra)
    return message(hdrs, top)


def html_from_text(text, rtl=False, font='Arial,sans-serif'):
    """Simple client-style HTML rendering of a plain-text body ('> ' lines become a blockquote)."""
    out, quote = [], []

    def flush_quote():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + '<br>'.join(html.escape(q) for q in quote) + '</blockquote>')
            quote.clear()

    for para in text.split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines if l.strip()):
            quote.extend(l[1:].lstrip() if l.startswith('> ') or l == '>' else l[1:] for l in lines)
            flush_quote()
            continue
        flush_quote()
        out.append('<p>' + '<br>'.join(html.escape(l) for l in lines) + '</p>')
    flush_quote()
    d = ' dir="rtl"' if rtl else ''
    align = 'text-align:right;' if rtl else ''
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div{d} style="font-family:{font};font-size:11pt;{align}">\n'
            + '\n'.join(out) + '\n</div></body></html>\n')


def alt_text_html(text, boundary, rtl=False, cte=None, html_text=None, font='Arial,sans-serif'):
    cte = cte or ('quoted-printable' if is_ascii(text) else 'base64')
    h = html_text if html_text is not None else html_from_text(text, rtl, font)
    return multi('alternative', boundary, [part('text/plain', text, cte),
                                           part('text/html', h, cte)])


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))


def gmail_id(seed):
    raw = hashlib.sha256(seed.encode()).digest()
    return '<CA' + base64.b64encode(raw[:30]).decode().replace('/', '_').replace('+', '-') + '@mail.gmail.com>'


def outlook_id(seed, region='EUR', host='AM9'):
    x = hashlib.sha256(seed.encode()).hexdigest().upper()
    return f'<{host}PR01MB{x[:4]}{x[4:36]}@{host}PR01MB{x[:4]}.{region.lower()}prd01.prod.outlook.com>'


def boundary(seed, style='gmail'):
    x = hashlib.sha256(seed.encode()).hexdigest()
    if style == 'gmail':
        return '0000000000' + x[:18]
    if style == 'outlook':
        return f'_000_{x[:24].upper()}prodoutlookcom_'
    return '----=_Part_' + str(int(x[:10], 16)) + '_' + str(int(x[10:18], 16)) + '.' + str(int(x[18:28], 16))


# ----------------------------------------------------------------------------- iCalendar helpers
def ical_text(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    b = line.encode('utf-8')
    chunks, first = [], True
    while len(b) > (75 if first else 74):
        n = 75 if first else 74
        while (b[n] & 0xC0) == 0x80:
            n -= 1
        chunks.append(b[:n])
        b = b[n:]
        first = False
    chunks.append(b)
    return b'\r\n '.join(chunks).decode('utf-8')


def ics(lines):
    return ''.join(fold(l) + '\r\n' for l in lines)


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def organizer(name, email):
    return f'ORGANIZER;CN={cn(name)}:mailto:{email}'


def attendee(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp='TRUE', google=False):
    if google:
        return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};'
                f'CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}')
    return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn(name)}:mailto:{email}'


def vtz_fixed(tzid, off, tzname=None, windows=False):
    lines = ['BEGIN:VTIMEZONE', f'TZID:{tzid}']
    if not windows:
        lines.append(f'X-LIC-LOCATION:{tzid}')
    lines += ['BEGIN:STANDARD']
    lines += ['DTSTART:16010101T000000'] if windows else []
    lines += [f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}']
    if tzname:
        lines.append(f'TZNAME:{tzname}')
    if not windows:
        lines.append('DTSTART:19700101T000000')
    lines += ['END:STANDARD', 'END:VTIMEZONE']
    return lines


VTZ_EGYPT_WINDOWS = [
    'BEGIN:VTIMEZONE', 'TZID:Egypt Standard Time',
    'BEGIN:STANDARD', 'DTSTART:16010101T235959', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1TH;BYMONTH=10', 'END:STANDARD',
    'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1FR;BYMONTH=4', 'END:DAYLIGHT',
    'END:VTIMEZONE']


def dtprop(prop, d, tzid=None):
    if tzid is None:
        return f'{prop}:{zstamp(d)}'
    return f'{prop};TZID={tzid}:{lstamp(d)}'


# ----------------------------------------------------------------------------- vendor builders
GOOGLE_FOOTER = (
    '\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
    'You are receiving this email because you are an attendee on the event.\n\n'
    'Forwarding this invitation could allow any recipient to send a response to the organizer, '
    'be added to the guest list, invite others regardless of their own invitation status, or modify '
    'your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n')


def google_invite(*, seed, sent, title, start, end, tzlabel, tzabbr, organizer_pair, guests, description,
                  location='', meet=None, method='REQUEST', sequence=0, uid=None, cancel_note=None,
                  created=None):
    """Google Calendar invitation / cancellation e-mail (times in UTC in the iCalendar part)."""
    uid = uid or f'{hid_alnum(seed, 26)}@google.com'
    eid = base64.b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    when_subj = f'{start.strftime("%a %b")} {start.day}, {start.year} {gtime(start)} - {gtime(end)} ({tzabbr})'
    when_body = f'{en_day(start)} {start.strftime("%b")} {start.day}, {start.year} ⋅ {gtime(start)} – {gtime(end)}'
    if method == 'CANCEL':
        prefix = 'Canceled event with note' if cancel_note else 'Canceled event'
    else:
        prefix = 'Updated invitation' if sequence else 'Invitation'
    subject = f'{prefix}: {title} @ {when_subj} ({OWNER})'
    org_name, org_email = organizer_pair
    lines = []
    if method == 'CANCEL':
        lines.append('This event has been canceled and removed from your calendar.\n')
        if cancel_note:
            lines.append(cancel_note + '\n')
    lines += [title, when_body, tzlabel, '']
    if location:
        lines += [location, f'View map https://www.google.com/maps/search/{location.replace(" ", "+")}?hl=en', '']
    if meet and method != 'CANCEL':
        lines += ['Join with Google Meet', f'https://meet.google.com/{meet}', '']
    lines += ['Organizer', org_name, org_email, '', 'Guests', f'{org_name} - organizer', org_email]
    for gname, gmail_, _ps in guests:
        if gmail_ != org_email:
            if gname and gname != gmail_:
                lines.append(gname)
            lines.append(gmail_)
    if method != 'CANCEL':
        lines.append(f'View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}')
    lines.append('')
    if description and method != 'CANCEL':
        lines += [description, '']
    if method != 'CANCEL':
        lines.append(f'Reply for {OWNER} and view more details '
                     f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}')
    plain = '\n'.join(lines) + GOOGLE_FOOTER
    rtl = not is_ascii(title + (description or ''))
    h = html_from_text(plain, rtl=False, font='Roboto,Helvetica,Arial,sans-serif')
    if rtl:
        h = h.replace('<p>', '<p dir="auto">')
    created = created or sent
    ev = [dtprop('DTSTART', start), dtprop('DTEND', end), f'DTSTAMP:{zstamp(sent)}',
          organizer(org_name, org_email), f'UID:{uid}']
    for gname, gmail_, ps in guests:
        ev.append(attendee(gname or gmail_, gmail_, ps, google=True))
    if meet:
        ev.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    desc = description or ''
    if meet:
        desc += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                 f'Join with Google Meet: https://meet.google.com/{meet}\n\nLearn more about Meet at: '
                 'https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n'
                 '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    ev += [f'CREATED:{zstamp(created)}', f'DESCRIPTION:{ical_text(desc)}', f'LAST-MODIFIED:{zstamp(sent)}',
           f'LOCATION:{ical_text(location)}', f'SEQUENCE:{sequence}',
           'STATUS:CANCELLED' if method == 'CANCEL' else 'STATUS:CONFIRMED',
           f'SUMMARY:{ical_text(title)}', 'TRANSP:OPAQUE']
    if method != 'CANCEL':
        ev += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
               'TRIGGER:-P0DT0H30M0S', 'END:VALARM']
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
               'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT'] + ev + ['END:VEVENT', 'END:VCALENDAR'])
    b1, b2 = boundary(seed + 'mixed'), boundary(seed + 'alt')
    alt = multi('alternative', b2, [
        part('text/plain', plain, 'base64', extra_params='; format=flowed; delsp=yes'),
        part('text/html', h, 'quoted-printable'),
        part('text/calendar', cal, 'base64', extra_params=f'; method={method}')])
    top = multi('mixed', b1, [alt, attach('application/ics', cal, 'invite.ics')])
    msgid = f'<calendar-{hid(seed + "mid", 8)}-{hid(seed + "m2", 4)}-{hid(seed + "m3", 4)}-' \
            f'{hid(seed + "m4", 4)}-{hid(seed + "m5", 12)}@google.com>'
    hdrs = [('Delivered-To', OWNER),
            ('Received', received('mail-sor-f69.google.com', '209.85.220.69', sent + timedelta(seconds=1), seed)),
            ('Return-Path', f'<{hid_alnum(seed + "rp", 22)}@calendar-server.bounces.google.com>'),
            ('Reply-To', addr(org_name, org_email)),
            ('Sender', 'Google Calendar <calendar-notification@google.com>'),
            ('Message-ID', msgid),
            ('Date', rfc(sent.astimezone(UTC)).replace('-0000', '+0000')),
            ('Subject', enc_hdr(subject)),
            ('From', addr(org_name, org_email)),
            ('To', OWNER)]
    return message(hdrs, top), uid


TEAMS_EN = ('________________________________________________________________________________\n'
            'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            'Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n'
            'Meeting ID: {mnum}\nPasscode: {pc}\n'
            'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
            '________________________________________________________________________________\n')
TEAMS_AR = ('________________________________________________________________________________\n'
            'اجتماع Microsoft Teams\nانضم على الكمبيوتر أو تطبيق الأجهزة المحمولة أو جهاز الغرفة\n'
            'انقر هنا للانضمام إلى الاجتماع<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n'
            'معرف الاجتماع: {mnum}\nرمز المرور: {pc}\n'
            'تنزيل Teams<https://www.microsoft.com/ar-sa/microsoft-teams/download-app> | '
            'الانضمام على الويب<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            '________________________________________________________________________________\n')


def teams_block(seed, lang='en'):
    mid = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:27]).decode().replace('/', 'x').replace('+', 'Y')
    n = int(hid(seed + 'n', 12), 16)
    mnum = f'{n % 900 + 100} {n // 7 % 900 + 100} {n // 13 % 900 + 100} {n // 17 % 900 + 100}'
    pc = hid_alnum(seed + 'pc', 6)
    return (TEAMS_EN if lang == 'en' else TEAMS_AR).format(mid=mid, mnum=mnum, pc=pc), \
        f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0'


def outlook_invite(*, seed, sent, subject, start, end, wintz, wintz_label, vtz, organizer_pair, required,
                   optional=(), body, lang='en', location=None, method='REQUEST', sequence=0, uid=None,
                   teams=True, region='EUR', host='DB9', in_reply_to=None, ip='40.107.22.81', summary=None):
    """Exchange Online meeting request / cancellation (multipart/alternative with text/calendar)."""
    uid = uid or ('040000008200E00074C5B7101A82E008000000' + hid(seed + 'uid', 18).upper() + '0000000000000000100000000'
                  + hid(seed + 'uid2', 32).upper())
    tblock, turl = teams_block(uid, lang) if teams else ('', '')
    if lang == 'ar':
        when = (f'الوقت: {ar_day(start)}، {start.day} {ar_mon(start)}، {start.year} '
                f'{h12(start, "ar")}-{h12(end, "ar")} {wintz_label}.')
        where = 'الموقع: ' + (location or 'اجتماع Microsoft Teams')
    else:
        when = (f'When: {en_day(start)}, {en_mon(start)} {start.day}, {start.year} '
                f'{h12(start)}-{h12(end)} {wintz_label}.')
        where = 'Where: ' + (location or 'Microsoft Teams Meeting')
    plain = f'{when}\n{where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.rstrip()}\n\n' + (tblock if method != 'CANCEL' else '')
    h = html_from_text(plain, rtl=(lang == 'ar'), font='Aptos,Calibri,sans-serif')
    org_name, org_email = organizer_pair
    ev = []
    ev.append(organizer(org_name, org_email))
    for n, e in required:
        ev.append(attendee(n, e))
    for n, e in optional:
        ev.append(attendee(n, e, role='OPT-PARTICIPANT'))
    ev += [f'DESCRIPTION;LANGUAGE={"ar-SA" if lang == "ar" else "en-US"}:{ical_text(body.strip())}',
           f'UID:{uid}',
           f'SUMMARY;LANGUAGE={"ar-SA" if lang == "ar" else "en-US"}:{ical_text(summary or subject)}',
           dtprop('DTSTART', start, wintz), dtprop('DTEND', end, wintz),
           'CLASS:PUBLIC', 'PRIORITY:1' if method == 'CANCEL' else 'PRIORITY:5',
           f'DTSTAMP:{zstamp(sent)}', 'TRANSP:OPAQUE' if method != 'CANCEL' else 'TRANSP:TRANSPARENT',
           'STATUS:CANCELLED' if method == 'CANCEL' else 'STATUS:CONFIRMED', f'SEQUENCE:{sequence}',
           f'LOCATION;LANGUAGE={"ar-SA" if lang == "ar" else "en-US"}:'
           + ical_text(location or ('اجتماع Microsoft Teams' if lang == 'ar' else 'Microsoft Teams Meeting')),
           'X-MICROSOFT-CDO-APPT-SEQUENCE:' + str(sequence),
           'X-MICROSOFT-CDO-OWNERAPPTID:' + str(int(hid(seed + 'oa', 7), 16) % 2000000000),
           'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if method == 'CANCEL' else 'TENTATIVE'),
           'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if method == 'CANCEL' else 'BUSY'),
           'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:' + ('2' if method == 'CANCEL' else '1'),
           'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams and method != 'CANCEL':
        ev.append(f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}')
    ev += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
           'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE']
    if method != 'CANCEL':
        ev += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    cal = ics(['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
              + vtz + ['BEGIN:VEVENT'] + ev + ['END:VEVENT', 'END:VCALENDAR'])
    b = boundary(seed, 'outlook')
    cte = 'quoted-printable' if lang == 'en' else 'base64'
    top = multi('alternative', b, [part('text/plain', plain, cte), part('text/html', h, cte),
                                   part('text/calendar', cal, 'base64', extra_params=f'; method={method}')])
    msgid = outlook_id(seed, region, host)
    to = [(OWNER_NAME, OWNER)] + [p for p in required if p[1] != OWNER]
    hdrs = [('Delivered-To', OWNER),
            ('Received', received(f'{region}05-{host}-obe.outbound.protection.outlook.com', ip,
                                  sent + timedelta(seconds=3), seed)),
            ('Return-Path', f'<{org_email}>'),
            ('From', addr(org_name, org_email)),
            ('To', addrs(to)),
            ('Cc', addrs(optional) if optional else None),
            ('Subject', enc_hdr(subject)),
            ('Thread-Topic', enc_hdr(summary or subject, 'Thread-Topic')),
            ('Thread-Index', base64.b64encode(hashlib.sha256(uid.encode()).digest()[:22]).decode()),
            ('Date', rfc(sent)),
            ('Message-ID', msgid),
            ('In-Reply-To', in_reply_to),
            ('Accept-Language', 'ar-SA, en-US' if lang == 'ar' else 'en-US'),
            ('Content-Language', 'ar-SA' if lang == 'ar' else 'en-US'),
            ('X-MS-Has-Attach', ''),
            ('X-MS-TNEF-Correlator', ''),
            ('Content-class', 'urn:content-classes:calendarmessage')]
    return message(hdrs, top), uid, msgid


def gmail_reply_header(d, name, email):
    return f'On {d.strftime("%a")}, {d.day} {d.strftime("%b")} {d.year} at {h12(d).replace(" ", " ")} {name} <{email}> wrote:'


def outlook_quote_header_ar(d, frm, to, subject):
    return ('________________________________\n'
            f'من: {frm[0]} <{frm[1]}>\n'
            f'تاريخ الإرسال: {ar_day(d)}، {d.day} {ar_mon(d)}، {d.year} {h12(d, "ar")}\n'
            f'إلى: {to[0]} <{to[1]}>\n'
            f'الموضوع: {subject}\n')


def outlook_quote_header_en(d, frm, to, subject):
    return ('________________________________\n'
            f'From: {frm[0]} <{frm[1]}>\n'
            f'Sent: {en_day(d)}, {en_mon(d)} {d.day}, {d.year} {h12(d)}\n'
            f'To: {to[0]} <{to[1]}>\n'
            f'Subject: {subject}\n')


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followup), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


def human_mail(seed, *, date, frm, to, subject, text, host, ip, cc=None, style='gmail', in_reply_to=None,
               references=None, reply_to=None, extra=(), region='EUR', ohost='AM9', html_text=None):
    """Person-to-person mail from Gmail/Workspace ('gmail') or Outlook/Exchange ('outlook')."""
    rtl = not is_ascii(text)
    b = boundary(seed, 'gmail' if style == 'gmail' else 'outlook')
    top = alt_text_html(text, b, rtl=rtl, html_text=html_text,
                        font='Arial,sans-serif' if style == 'gmail' else 'Aptos,Calibri,sans-serif')
    msgid = gmail_id(seed) if style == 'gmail' else outlook_id(seed, region, ohost)
    ex = list(extra)
    if style == 'outlook':
        ex += [('Thread-Topic', enc_hdr(subject.split(': ', 1)[-1] if subject[:3] in ('RE:', 'Re:') else subject,
                                        'Thread-Topic')),
               ('Thread-Index', base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()),
               ('Accept-Language', 'ar-EG, en-US' if rtl else 'en-US'),
               ('Content-Language', 'ar-EG' if rtl else 'en-US'),
               ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    m = mail(date=date, frm=frm, to=to, cc=cc, subject=subject, msgid=msgid, host=host, ip=ip, top=top,
             in_reply_to=in_reply_to, references=references, reply_to=reply_to, extra=ex)
    return m, msgid


# =============================================================================================
# b158-01  Egyptian HR, Egyptian Arabic body only, relative date ("الأحد الجاي")
# =============================================================================================
@case('b158-01-egyptian-hr-arabic-body-only')
def c01():
    sent = wd(dt(CAI, 2026, 3, 4, 13, 47, 22), 'Wednesday')
    nxt_sun = (sent + timedelta(days=(6 - sent.weekday()) % 7 or 7)).date()
    start = wd(dt(CAI, nxt_sun.year, nxt_sun.month, nxt_sun.day, 11, 0), 'Sunday')
    assert start.date().isoformat() == '2026-03-08' and start.utcoffset() == timedelta(hours=2)
    end = start + timedelta(hours=1)
    doaa = ('دعاء فتحي', 'doaa.fathy@misrhorizon.example')
    text = f"""صباح الخير يا باشمهندس كريم،

بعد مراجعة الـ CV بتاع حضرتك على وظيفة مهندس موقع مدني (Civil Site Engineer) لمشروع الكمبوند السكني في التجمع الخامس، حابين نقابل حضرتك مقابلة شخصية.

الميعاد: يوم الأحد الجاي الساعة 11 الصبح إن شاء الله (مواعيد رمضان)
المكان: مقر الشركة – 47 شارع التسعين الجنوبي، التجمع الخامس، الدور التالت
المقابلة هتكون مع م. شريف عبد الحميد (مدير المشروعات) ومدتها ساعة.

ياريت تجيب معاك:
- أصل البطاقة + صورة منها
- كارنيه نقابة المهندسين
- شهادة الخدمة العسكرية (أداء أو إعفاء)
- البورتفوليو أو صور من شغلك في المواقع لو متاح

ياريت تأكدلي الحضور بالرد على الإيميل ده أو واتساب على 01000004417.

رمضان كريم،
دعاء فتحي
أخصائي موارد بشرية – توظيف
مصر هورايزن للمقاولات | Misr Horizon Contracting
"""
    m, _ = human_mail('c01-a', date=sent, frm=doaa, to=[(OWNER_NAME, OWNER)],
                      subject='دعوة لمقابلة شخصية – Civil Site Engineer', text=text,
                      host='mail.misrhorizon.example', ip='198.51.100.23', style='outlook')
    files = {'01-misr-horizon-moqabla.eml': m}
    lab = label([iv('Misr Horizon Contracting', 'Civil Site Engineer', start, end, 'scheduled', [],
                    [doaa[1]], 'hiring_manager')], 'medium', 'positive/body-only-arabic',
                'Egyptian-Arabic HR mail sent Wed 4 Mar 2026 (+02:00): "يوم الأحد الجاي الساعة 11 الصبح" = '
                'Sun 8 Mar 11:00 EET, one hour. Interviewer (projects manager) named without address, so '
                'follow-up goes to the HR sender.')
    return files, lab


# =============================================================================================
# b158-02  NEGATIVE: U.S. embassy visa interview appointment (with .ics)
# =============================================================================================
@case('b158-02-us-embassy-visa-interview')
def c02():
    sent = wd(dt(CAI, 2026, 3, 2, 9, 31, 5), 'Monday')
    appt = wd(dt(CAI, 2026, 3, 24, 8, 15), 'Tuesday')
    text = f"""Dear KARIM MOSTAFA HEGAZY,

This is a confirmation of your visa interview appointment at the U.S. Embassy in Cairo.

APPOINTMENT DETAILS
Applicant name:       KARIM MOSTAFA HEGAZY
Visa category:        B1/B2 - Business/Tourism
Confirmation number:  EGY-6Q4K81302
Interview location:   U.S. Embassy Cairo, Consular Section, 5 Tawfik Diab Street, Garden City, Cairo
Interview date:       {en_day(appt)}, {en_mon(appt)} {appt.day}, {appt.year}
Interview time:       08:15 AM (Cairo local time)

Please arrive no earlier than 15 minutes before your appointment time. Applicants who arrive late may be asked to reschedule.

WHAT TO BRING TO YOUR INTERVIEW
- Your valid passport and all old passports
- This appointment confirmation, printed
- Your DS-160 confirmation page with barcode
- One 5x5 cm color photograph taken within the last six months
- Supporting documents (e.g. conference invitation letter, employment letter, bank statements)

Electronic devices, including mobile phones and laptops, are not permitted inside the Embassy.

To reschedule or cancel, sign in to your profile at https://www.usvisa-egypt.example/en-EG/. Please do not reply to this e-mail; this mailbox is not monitored.

--
هذا تأكيد لموعد مقابلة التأشيرة بالقسم القنصلي بسفارة الولايات المتحدة بالقاهرة يوم {ar_day(appt)} {appt.day} {ar_mon(appt)} {appt.year} الساعة 8:15 صباحاً بتوقيت القاهرة. يرجى إحضار جواز السفر وصفحة تأكيد DS-160.
"""
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//usvisa-egypt.example//Appointment Scheduler 4.2//EN', 'VERSION:2.0',
               'METHOD:PUBLISH', 'BEGIN:VEVENT', f'UID:EGY-6Q4K81302-{hid("c02uid", 8)}@usvisa-egypt.example',
               f'DTSTAMP:{zstamp(sent)}', dtprop('DTSTART', appt), dtprop('DTEND', appt + timedelta(hours=2)),
               'SUMMARY:Visa Interview - U.S. Embassy Cairo (Consular Section)',
               'LOCATION:' + ical_text('U.S. Embassy Cairo, 5 Tawfik Diab Street, Garden City, Cairo'),
               'DESCRIPTION:' + ical_text('Confirmation EGY-6Q4K81302. Bring passport, DS-160 confirmation and photo.'),
               f'ATTENDEE;CN=KARIM MOSTAFA HEGAZY;ROLE=REQ-PARTICIPANT:mailto:{OWNER}',
               'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    b1, b2 = boundary('c02m', 'java'), boundary('c02a', 'java')
    top = multi('mixed', b1, [alt_text_html(text, b2), attach('text/calendar', cal, 'appointment.ics')])
    m = mail(date=sent, frm=('U.S. Visa Information Service - Egypt', 'donotreply@usvisa-egypt.example'),
             to=[('', OWNER)], subject='Visa Interview Appointment Confirmation - KARIM MOSTAFA HEGAZY',
             msgid=f'<{int(hid("c02id", 12), 16)}.{int(hid("c02id2", 6), 16)}.JavaMail.svc_notify@usvisa-egypt.example>',
             host='smtp-out2.usvisa-egypt.example', ip='203.0.113.41', top=top)
    return {'01-visa-appointment-confirmation.eml': m}, label(
        [], 'medium', 'negative/visa-interview',
        'Consular visa interview with an .ics attached; "interview" everywhere, but a visa interview is not a job '
        'interview.')


# =============================================================================================
# b158-03  Bayt.com employer interview invitation, Riyadh time with Cairo conversion
# =============================================================================================
@case('b158-03-bayt-invite-riyadh-time')
def c03():
    sent = wd(dt(RUH, 2026, 3, 8, 10, 20, 41), 'Sunday')
    start = wd(dt(RUH, 2026, 3, 17, 11, 0), 'Tuesday')
    end = start + timedelta(minutes=45)
    cai = start.astimezone(CAI)
    assert cai.hour == 10 and cai.minute == 0
    hessa = 'hessa.alqahtani@rawasi-kh.example'
    text = f"""مرحباً كريم،

لقد تلقيت دعوة لإجراء مقابلة عمل من شركة رواسي الخليج للاستشارات الهندسية بخصوص الوظيفة التي تقدمت لها عبر بيت.كوم.

تفاصيل المقابلة
الوظيفة: مهندس إنشائي أول (Senior Structural Engineer)
نوع المقابلة: مقابلة فنية – فيديو عبر Microsoft Teams
التاريخ: {ar_day(start)} {start.day} {ar_mon(start)} {start.year}
الوقت: 11:00 صباحاً بتوقيت الرياض ({cai.hour}:00 صباحاً بتوقيت القاهرة)
المدة: 45 دقيقة
المقابلة مع: م. فيصل الدوسري – مدير التصميم الإنشائي

رسالة من صاحب العمل:
"نرجو تجهيز نماذج من مشاريع التصميم التي عملت عليها (مباني خرسانية متعددة الطوابق). سيتم إرسال رابط الاجتماع قبل الموعد بيوم. للاستفسار يرجى التواصل مع حصة القحطاني على {hessa}"

تأكيد الحضور: https://www.bayt.com/ar/myworkspace/interviews/?id=4417029
طلب موعد آخر: https://www.bayt.com/ar/myworkspace/interviews/reschedule/?id=4417029

------------------------------------------------------------

Hello Karim,

You have received an interview invitation from Rawasi Al Khaleej Engineering Consultants for the job "Senior Structural Engineer" you applied to on Bayt.com.

Interview type: Technical interview (video, Microsoft Teams)
Date: {en_day(start)}, {start.day} {en_mon(start)} {start.year}
Time: 11:00 AM Riyadh time (GMT+3)
Duration: 45 minutes
Interviewer: Eng. Faisal Al-Dossary, Structural Design Manager

Confirm attendance: https://www.bayt.com/en/myworkspace/interviews/?id=4417029

Good luck!
The Bayt.com Team

You are receiving this email because you applied to a job on Bayt.com. Manage your email preferences: https://www.bayt.com/en/account/email-settings/
"""
    h = html_from_text(text, rtl=True, font='Tahoma,Arial,sans-serif').replace(
        '<body>', '<body style="background:#f4f4f4"><table width="600" align="center" bgcolor="#ffffff"><tr><td>'
        '<img src="https://www.bayt.com/images/email/bayt-logo.png" alt="Bayt.com" width="120">').replace(
        '</body>', '</td></tr></table></body>')
    top = alt_text_html(text, boundary('c03', 'java'), html_text=h, cte='quoted-printable')
    m = mail(date=sent.astimezone(UTC), frm=('Bayt.com', 'no-reply@bayt.com'), to=[(OWNER_NAME, OWNER)],
             subject='دعوة لإجراء مقابلة: مهندس إنشائي أول – Rawasi Al Khaleej Engineering Consultants',
             msgid=f'<{hid("c03id", 20)}.{int(hid("c03t", 8), 16)}@mailer.bayt.com>',
             host='mta12.mailer.bayt.com', ip='192.0.2.112', top=top,
             return_path='bounce-4417029@mailer.bayt.com',
             extra=[('List-Unsubscribe', '<https://www.bayt.com/en/account/email-settings/>'),
                    ('X-Bayt-Template', 'employer_interview_invitation')])
    return {'01-bayt-interview-invitation.eml': m}, label(
        [iv('Rawasi Al Khaleej Engineering Consultants', 'Senior Structural Engineer', start, end, 'scheduled',
            [], [hessa], 'technical')],
        'medium', 'positive/ats-bayt',
        'Bayt.com (no-reply) relays an employer invitation: Tue 17 Mar 2026 11:00 Riyadh time (10:00 Cairo, EET), '
        '45 min. Interviewer has no address; the recruiter address is given in the employer message, so she is '
        'the follow-up recipient.')


# =============================================================================================
# b158-04  Oracle Taleo interview confirmation + .ics (Asia/Riyadh VTIMEZONE)
# =============================================================================================
@case('b158-04-taleo-ast-technical-ics')
def c04():
    sent = wd(dt(RUH, 2026, 4, 2, 9, 12, 3), 'Thursday')
    start = wd(dt(RUH, 2026, 4, 7, 13, 30), 'Tuesday')
    end = start + timedelta(hours=1)
    cai = start.astimezone(CAI)
    assert (cai.hour, cai.minute) == (12, 30)
    lama = ('Lama Al-Otaibi', 'lama.alotaibi@qimam-infra.example')
    tariq = ('Eng. Tariq Al-Harbi', 't.alharbi@qimam-infra.example')
    text = f"""Dear Karim Hegazy,

Thank you for your interest in Qimam Infrastructure Company. We are pleased to confirm your interview for the position of Senior Civil Engineer (Roads & Highways), Requisition 2600412.

Interview type:  Technical interview (Microsoft Teams)
Date:            {en_day(start)}, {en_mon(start)} {start.day:02d}, {start.year}
Time:            01:30 PM - 02:30 PM (GMT+03:00) Arabia Standard Time - Riyadh
Interviewer:     Eng. Tariq Al-Harbi, Senior Roads & Highways Engineer ({tariq[1]})
Coordinator:     Lama Al-Otaibi, Talent Acquisition

Please note that our working week is Sunday to Thursday. If you are joining from Egypt, the interview starts at {h12(cai)} Cairo time.

A calendar file (Interview.ics) is attached; the Microsoft Teams link is included in it. Should you need to reschedule, please reply to this e-mail at least 24 hours in advance.

Best regards,
Talent Acquisition Team
Qimam Infrastructure Company
Riyadh, Kingdom of Saudi Arabia

This message was sent by Oracle Taleo on behalf of Qimam Infrastructure Company.
"""
    teams, turl = teams_block('c04teams')
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//Oracle Corporation//Oracle Taleo Scheduling Center//EN',
               'VERSION:2.0', 'METHOD:REQUEST'] + vtz_fixed('Asia/Riyadh', '+0300', '+03') +
              ['BEGIN:VEVENT', f'UID:TSC-{hid("c04uid", 24).upper()}@taleo.net', f'DTSTAMP:{zstamp(sent)}',
               dtprop('DTSTART', start, 'Asia/Riyadh'), dtprop('DTEND', end, 'Asia/Riyadh'),
               'SUMMARY:' + ical_text('Interview: Karim Hegazy - Senior Civil Engineer (Roads & Highways) - 2600412'),
               'LOCATION:Microsoft Teams',
               'DESCRIPTION:' + ical_text(f'Technical interview with Eng. Tariq Al-Harbi.\nJoin: {turl}'),
               organizer(*lama), attendee(OWNER_NAME, OWNER),
               attendee(tariq[0], tariq[1], 'ACCEPTED', rsvp='FALSE'),
               'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    b1, b2 = boundary('c04m', 'java'), boundary('c04a', 'java')
    top = multi('mixed', b1, [alt_text_html(text, b2), attach('text/calendar', cal, 'Interview.ics',
                                                              ctype_params='; method=REQUEST')])
    m = mail(date=sent, frm=('Qimam Infrastructure Talent Acquisition', 'noreply@taleo.net'),
             to=[('Karim Hegazy', OWNER)], reply_to=lama,
             subject='Interview Confirmation - Senior Civil Engineer (Roads & Highways) - Req 2600412',
             msgid=f'<{int(hid("c04id", 10), 16)}.{int(hid("c04t", 8), 16)}.JavaMail.taleo@tx1.taleo.net>',
             host='tx1.taleo.net', ip='192.0.2.77', top=top, return_path='bounces@taleo.net')
    return {'01-taleo-interview-confirmation.eml': m}, label(
        [iv('Qimam Infrastructure Company', 'Senior Civil Engineer (Roads & Highways)', start, end, 'scheduled',
            [tariq[1]], [tariq[1]], 'technical')],
        'easy', 'positive/ats-taleo-ics',
        'Taleo confirmation from noreply@taleo.net with Interview.ics (TZID Asia/Riyadh). Tue 7 Apr 2026 13:30-14:30 '
        'AST (12:30 Cairo). The coordinator is the organizer only; the interviewer address is given.')


# =============================================================================================
# b158-05  NEGATIVE: Bayt job alert that advertises walk-in interviews
# =============================================================================================
@case('b158-05-bayt-job-alert-walk-in')
def c05():
    sent = wd(dt(RUH, 2026, 3, 18, 6, 0, 12), 'Wednesday')
    walk = wd(dt(RUH, 2026, 3, 22, 9, 0), 'Sunday')
    sat = wd(dt(CAI, 2026, 3, 28, 10, 0), 'Saturday')
    text = f"""وظائف جديدة تناسب تنبيهك: "مهندس مدني" – الرياض، القاهرة

مرحباً كريم، إليك ٨ وظائف جديدة تمت إضافتها خلال آخر 24 ساعة.

1) مهندس مدني – بنية تحتية | شركة الأفق المتحدة للمقاولات | الرياض
   مقابلات حضورية (Walk-in Interview): {ar_day(walk)} {walk.day} {ar_mon(walk)} من 9:00 صباحاً حتى 1:00 ظهراً – فندق بالرياض، حي العليا. أحضر سيرتك الذاتية.
   https://www.bayt.com/ar/saudi-arabia/jobs/civil-engineer-infrastructure-5520381/

2) Site Engineer – Villas | Nakheel Al Sharq Contracting | Riyadh
   Immediate joiners preferred. Interviews within 48 hours of applying!
   https://www.bayt.com/en/saudi-arabia/jobs/site-engineer-villas-5520402/

3) مهندس موقع – طرق | شركة مسارات مصر | القاهرة الجديدة
   مقابلات فورية يوم {ar_day(sat)} {sat.day} {ar_mon(sat)} بمقر الشركة من 10 صباحاً
   https://www.bayt.com/ar/egypt/jobs/site-engineer-roads-5520417/

4) Senior Quantity Surveyor | Gulf Pillar Consultants | Jeddah
5) Structural Engineer (Revit/ETABS) | Noor Design Studio | Cairo
6) مهندس جودة QA/QC | شركة الراسخ | الدمام
7) Planning Engineer (Primavera P6) | Red Sea Build Co. | Tabuk
8) مهندس مكتب فني | مجموعة النيل للتشييد | 6 أكتوبر

عرض جميع الوظائف: https://www.bayt.com/ar/myworkspace/job-alerts/?alert=88213

نصيحة بيت: جهّز إجاباتك لأسئلة المقابلة الشائعة للمهندسين المدنيين – اقرأ المقال.

تتلقى هذه الرسالة لأنك أنشأت تنبيه وظائف على بيت.كوم. لإلغاء الاشتراك: https://www.bayt.com/ar/account/email-settings/
"""
    top = alt_text_html(text, boundary('c05', 'java'), rtl=True, cte='quoted-printable')
    m = mail(date=sent.astimezone(UTC), frm=('Bayt.com Job Alerts', 'jobalerts@bayt.com'), to=[('', OWNER)],
             subject='٨ وظائف جديدة: مهندس مدني في الرياض والقاهرة',
             msgid=f'<{hid("c05id", 20)}.{int(hid("c05t", 8), 16)}@mailer.bayt.com>',
             host='mta07.mailer.bayt.com', ip='192.0.2.107', top=top, return_path='bounce-alerts@mailer.bayt.com',
             extra=[('List-Unsubscribe', '<https://www.bayt.com/ar/account/email-settings/>'),
                    ('Precedence', 'bulk')])
    return {'01-bayt-job-alert.eml': m}, label(
        [], 'medium', 'negative/job-alert',
        'Bayt job alert; listings advertise walk-in interviews with dates and times, but nothing is booked for the '
        'user.')


# =============================================================================================
# b158-06  Google Calendar invite across Egypt's DST start (sent in EET, interview in EEST)
# =============================================================================================
@case('b158-06-google-invite-cairo-dst-start')
def c06():
    sent = wd(dt(CAI, 2026, 4, 20, 11, 3, 41), 'Monday')
    assert sent.utcoffset() == timedelta(hours=2)
    start = wd(dt(CAI, 2026, 4, 26, 10, 0), 'Sunday')
    assert start.utcoffset() == timedelta(hours=3)
    end = start + timedelta(hours=1)
    dst_day = wd(dt(CAI, 2026, 4, 24, 12, 0), 'Friday')
    assert (dst_day - timedelta(hours=13)).utcoffset() == timedelta(hours=2) and dst_day.utcoffset() == timedelta(hours=3)
    rana = ('Rana Magdy', 'rana.magdy@deltaline-geo.example')
    hossam = ('Hossam Eldin Farag', 'hossam.farag@deltaline-geo.example')
    desc = f"""Dear Karim,
This is your technical interview for the Site Geotechnical Engineer position with Eng. Hossam Eldin Farag (Geotechnical Manager). It is in person at our Smart Village office, Building B12, 2nd floor; please bring your national ID for the gate and, if possible, a sample borehole log or soil report you prepared (anonymised).
ملحوظة: الميعاد بالتوقيت الصيفي الجديد اللي بيبدأ يوم {EG_DAYS[dst_day.weekday()]} {dst_day.day} أبريل.

Rana Magdy
HR – Deltaline Geotechnical"""
    m, _ = google_invite(seed='c06', sent=sent, title='Technical Interview – Site Geotechnical Engineer (Karim Hegazy)',
                         start=start, end=end, tzlabel='Eastern European Time - Cairo', tzabbr='EEST',
                         organizer_pair=rana,
                         guests=[(rana[0], rana[1], 'ACCEPTED'), (hossam[0], hossam[1], 'ACCEPTED'),
                                 (OWNER, OWNER, 'NEEDS-ACTION')],
                         description=desc,
                         location='Deltaline Geotechnical, Smart Village Building B12, Giza')
    return {'01-invitation-technical-interview.eml': m}, label(
        [iv('Deltaline Geotechnical', 'Site Geotechnical Engineer', start, end, 'scheduled', [hossam[1]],
            [hossam[1]], 'technical')],
        'hard', 'positive/google-invite-dst',
        'Google invite sent Mon 20 Apr 2026 while Cairo was on EET (+02:00); the interview is Sun 26 Apr 10:00 '
        'Cairo, after Egypt\'s DST start on Fri 24 Apr, so +03:00 (07:00Z in the ICS). A fixed +02:00 assumption '
        'gives the wrong instant.')


# =============================================================================================
# b158-07  Exchange invite, Dubai (Windows TZID "Arabian Standard Time" = UTC+4), rescheduled
# =============================================================================================
@case('b158-07-exchange-gst-reschedule')
def c07():
    sent1 = wd(dt(DXB, 2026, 4, 7, 16, 20, 9), 'Tuesday')
    s1 = wd(dt(DXB, 2026, 4, 13, 10, 0), 'Monday')
    sent2 = wd(dt(DXB, 2026, 4, 9, 10, 5, 44), 'Thursday')
    s2 = wd(dt(DXB, 2026, 4, 15, 11, 30), 'Wednesday')
    e1, e2 = s1 + timedelta(hours=1), s2 + timedelta(hours=1)
    c1, c2 = s1.astimezone(CAI), s2.astimezone(CAI)
    assert (c1.hour, c2.hour, c2.minute) == (8, 9, 30)
    sheryl = ("Sheryl D'Souza", 'sheryl.dsouza@creekside-marine.example')
    ahmed = ('Ahmed Rafiq', 'ahmed.rafiq@creekside-marine.example')
    subj = 'Interview - Marine Civil Engineer - Karim Hegazy'
    body1 = f"""Dear Karim,

Thank you for your time on the phone last week. As discussed, please find below the invitation for your interview for the Marine Civil Engineer position with Ahmed Rafiq, Project Director - Marine Works.

The interview will be held on Microsoft Teams and will last one hour. The time shown is UAE time (GST, UTC+4); that is {h12(c1)} in Cairo.

Kind regards,
Sheryl D'Souza
Talent Acquisition Partner
Creekside Marine Works LLC | Dubai, UAE"""
    body2 = f"""Dear Karim,

Apologies for the change - Ahmed has been called to the Dubai Maritime City site on Monday, so we have moved your interview with him to {en_day(s2)} {s2.day} {en_mon(s2)}, {h12(s2)} - {h12(e2)} UAE time ({h12(c2)} Cairo time). The Teams link stays the same.

Kind regards,
Sheryl D'Souza
Talent Acquisition Partner
Creekside Marine Works LLC | Dubai, UAE"""
    vtz = vtz_fixed('Arabian Standard Time', '+0400', windows=True)
    common = dict(wintz='Arabian Standard Time', wintz_label='(UTC+04:00) Abu Dhabi, Muscat', vtz=vtz,
                  organizer_pair=sheryl, required=[(OWNER_NAME, OWNER), ahmed], subject=subj, host='DX0',
                  region='EUR', ip='40.107.23.66')
    m1, uid, _ = outlook_invite(seed='c07a', sent=sent1, start=s1, end=e1, body=body1, **common)
    m2, _, _ = outlook_invite(seed='c07b', sent=sent2, start=s2, end=e2, body=body2, uid=uid, sequence=1, **common)
    return {'01-interview-invite.eml': m1, '02-interview-invite-updated.eml': m2}, label(
        [iv('Creekside Marine Works', 'Marine Civil Engineer', s2, e2, 'scheduled', [ahmed[1]], [ahmed[1]],
            'hiring_manager')],
        'hard', 'positive/reschedule',
        'Exchange request with Windows TZID "Arabian Standard Time" (UTC+04:00 Abu Dhabi/Muscat, not the UTC+03 '
        '"Arab Standard Time"). Same UID re-sent with SEQUENCE:1 moving Mon 13 Apr 10:00 to Wed 15 Apr 11:30-12:30 '
        'GST (09:30 Cairo). One interview at the final time.')


# =============================================================================================
# b158-08  NEGATIVE: Ramadan iftar invitation from a recruitment agency (Google invite)
# =============================================================================================
@case('b158-08-ramadan-iftar-recruiter')
def c08():
    sent = wd(dt(CAI, 2026, 3, 2, 15, 12, 30), 'Monday')
    start = wd(dt(CAI, 2026, 3, 10, 17, 45), 'Tuesday')
    end = dt(CAI, 2026, 3, 10, 20, 30)
    rsvp = wd(dt(CAI, 2026, 3, 8, 12), 'Sunday')
    laila = ('Laila Soliman', 'laila.soliman@bedaya-talent.example')
    desc = f"""Ramadan Kareem! كل سنة وانتم طيبين 🌙

We'd love to host you at our annual iftar for the engineers in our talent community. A few of our construction and consultancy clients will be joining us, but this is purely a social evening: no interviews, no CV screening, just iftar, konafa and good conversation.

Please RSVP (Yes/No) on this invite by {en_day(rsvp)} {rsvp.day} March so we can confirm numbers with the restaurant.

Laila Soliman
Senior Recruitment Consultant – Engineering & Construction
Bedaya Talent Partners"""
    m, _ = google_invite(seed='c08', sent=sent, title='Ramadan Iftar – Bedaya Engineering Talent Community',
                         start=start, end=end, tzlabel='Eastern European Time - Cairo', tzabbr='EET',
                         organizer_pair=laila,
                         guests=[(laila[0], laila[1], 'ACCEPTED'),
                                 ('Engineering Talent Community', 'eng-community@bedaya-talent.example', 'NEEDS-ACTION'),
                                 (OWNER, OWNER, 'NEEDS-ACTION')],
                         description=desc, location='Al Fanar Restaurant, 12 Abu El Feda St, Zamalek, Cairo')
    return {'01-invitation-ramadan-iftar.eml': m}, label(
        [], 'hard', 'negative/recruiter-social-event',
        'Google invite from a recruitment consultant for a Ramadan iftar with clients; explicitly a social evening '
        '("no interviews"), not a process step.')


# =============================================================================================
# b158-09  Outlook (Arabic locale) invite, Riyadh "Arab Standard Time", then cancelled
# =============================================================================================
@case('b158-09-outlook-arabic-ast-cancel')
def c09():
    sent1 = wd(dt(RUH, 2026, 4, 26, 11, 40, 18), 'Sunday')
    start = wd(dt(RUH, 2026, 5, 6, 10, 0), 'Wednesday')
    end = start + timedelta(hours=1)
    assert start.astimezone(CAI).hour == 10   # Cairo is on EEST (+03) in May: same clock time
    sent2 = wd(dt(RUH, 2026, 5, 4, 9, 15, 2), 'Monday')
    nouf = ('نوف العنزي', 'nouf.alanazi@sarawat-dev.example')
    bandar = ('بندر الشمري', 'bandar.alshammari@sarawat-dev.example')
    subj = 'مقابلة عمل – مهندس تخطيط ومتابعة (Planning Engineer) – كريم حجازي'
    body1 = """السلام عليكم م. كريم،

بالإشارة إلى طلبك على وظيفة مهندس تخطيط ومتابعة (Planning Engineer) لمشروع سروات ريزيدنس في أبها، يسعدنا دعوتك لمقابلة عمل مع م. بندر الشمري، مدير إدارة المشاريع.

المقابلة عبر Microsoft Teams ومدتها ساعة، والموعد بتوقيت الرياض (وهو نفس التوقيت في القاهرة حالياً بعد بدء التوقيت الصيفي في مصر).

نأمل قبول الدعوة لتأكيد الحضور.

مع التحية،
نوف العنزي
أخصائية استقطاب المواهب
شركة سروات للتطوير | Sarawat Development Co."""
    body2 = f"""السلام عليكم م. كريم،

نعتذر عن إلغاء المقابلة المقررة يوم {ar_day(start)} {start.day} {ar_mon(start)}، حيث تم تعليق التوظيف على هذه الوظيفة مؤقتاً لحين اعتماد ميزانية المشروع. سنتواصل معك في حال إعادة فتح الوظيفة.

مع التحية،
نوف العنزي
شركة سروات للتطوير | Sarawat Development Co."""
    vtz = vtz_fixed('Arab Standard Time', '+0300', windows=True)
    common = dict(wintz='Arab Standard Time', wintz_label='(UTC+03:00) الكويت، الرياض', vtz=vtz,
                  organizer_pair=nouf, required=[(OWNER_NAME, OWNER), bandar], lang='ar', start=start, end=end,
                  host='BE1', region='EUR', ip='40.107.7.120', summary=subj)
    m1, uid, _ = outlook_invite(seed='c09a', sent=sent1, subject=subj, body=body1, **common)
    m2, _, _ = outlook_invite(seed='c09b', sent=sent2, subject='تم الإلغاء: ' + subj, body=body2, uid=uid,
                              sequence=1, method='CANCEL', **common)
    return {'01-moqabla-invite.eml': m1, '02-moqabla-cancelled.eml': m2}, label(
        [iv('Sarawat Development', 'Planning Engineer', start, end, 'cancelled', [bandar[1]], [bandar[1]],
            'hiring_manager')],
        'medium', 'positive/cancellation',
        'Arabic-locale Outlook request (TZID "Arab Standard Time", UTC+03:00 Kuwait/Riyadh) for Wed 6 May 2026 '
        '10:00-11:00, then METHOD:CANCEL ("تم الإلغاء") because the requisition was frozen. Kept as cancelled; '
        'Bandar (attendee, named interviewer) is interviewer and follow-up.')


# =============================================================================================
# b158-10  Thread: recruiter phone screen (EET) then technical interview (EEST) - two interviews
# =============================================================================================
@case('b158-10-thread-two-interviews-dst')
def c10():
    yasmin = ('Yasmin Adel', 'yasmin.adel@hadaba-ce.example')
    amr = ('Amr Zaki', 'amr.zaki@hadaba-ce.example')
    me = (OWNER_NAME, OWNER)
    d1 = wd(dt(CAI, 2026, 4, 19, 12, 5, 10), 'Sunday')
    p_start = wd(dt(CAI, 2026, 4, 23, 13, 30), 'Thursday')
    p_end = p_start + timedelta(minutes=20)
    d2 = dt(CAI, 2026, 4, 19, 14, 32, 47)
    d3 = dt(CAI, 2026, 4, 23, 15, 10, 3)
    d4 = dt(CAI, 2026, 4, 23, 16, 2, 55)
    t_start = wd(dt(CAI, 2026, 4, 28, 11, 0), 'Tuesday')
    t_end = t_start + timedelta(minutes=90)
    assert p_start.utcoffset() == timedelta(hours=2) and t_start.utcoffset() == timedelta(hours=3)
    fri = wd(dt(CAI, 2026, 4, 24), 'Friday')
    sig = """Best regards,
Yasmin Adel
Talent Acquisition Specialist
Hadaba Consulting Engineers | هضبة للاستشارات الهندسية
14 Mesaha St., Dokki, Giza"""
    t1 = f"""Dear Eng. Karim,

Thank you for applying to the Structural Design Engineer position at Hadaba Consulting Engineers. I'd like to schedule a 20-minute introductory phone call to go over your experience and salary expectations.

Would {en_day(p_start)}, {p_start.day} {en_mon(p_start)} at 1:30 PM Cairo time work for you? I'll call you on the mobile number on your CV.

{sig}
"""
    subj = 'Structural Design Engineer - introductory call'
    m1, id1 = human_mail('c10-1', date=d1, frm=yasmin, to=[me], subject=subj, text=t1,
                         host='mail-ej1-f41.google.com', ip='209.85.218.41')
    t2 = f"""Dear Yasmin,

Thank you for reaching out. Thursday 23 April at 1:30 PM works well for me; you can reach me on 01001234871.

Best regards,
Karim

{gmail_reply_header(d1, *yasmin)}
{quote(t1)}
"""
    m2, id2 = human_mail('c10-2', date=d2, frm=me, to=[yasmin], subject='Re: ' + subj, text=t2,
                         host='mail-wm1-f52.google.com', ip='209.85.128.52', in_reply_to=id1, references=id1)
    t3 = f"""Dear Eng. Karim,

Thanks for your time on the phone today. As discussed, the next step is a technical interview with Eng. Amr Zaki, Structural Team Lead (copied), on {en_day(t_start)} {t_start.day} {en_mon(t_start)} at 11:00 AM at our Dokki office. The interview is 90 minutes and includes a short hand-calculation exercise, so please bring a calculator.

Please note that Egypt moves to summer time tomorrow ({en_day(fri)} {fri.day} April), so 11:00 AM is the new local time.

{sig}

{gmail_reply_header(d2, *me)}
{quote(t2)}
"""
    m3, id3 = human_mail('c10-3', date=d3, frm=yasmin, to=[me], cc=[amr], subject='Re: ' + subj + ' / technical interview',
                         text=t3, host='mail-ej1-f44.google.com', ip='209.85.218.44', in_reply_to=id2,
                         references=f'{id1} {id2}')
    t4 = f"""Noted, thank you Yasmin. I'll be at the Dokki office on Tuesday at 11:00 AM.

Eng. Amr, looking forward to meeting you.

Karim

{gmail_reply_header(d3, *yasmin)}
{quote(t3)}
"""
    m4, _ = human_mail('c10-4', date=d4, frm=me, to=[yasmin], cc=[amr],
                       subject='Re: ' + subj + ' / technical interview', text=t4,
                       host='mail-wm1-f53.google.com', ip='209.85.128.53', in_reply_to=id3,
                       references=f'{id1} {id2} {id3}')
    files = {'01-yasmin-intro-call.eml': m1, '02-karim-confirms-call.eml': m2,
             '03-yasmin-technical-interview.eml': m3, '04-karim-confirms-technical.eml': m4}
    return files, label(
        [iv('Hadaba Consulting Engineers', 'Structural Design Engineer', p_start, p_end, 'scheduled', [yasmin[1]],
            [yasmin[1]], 'phone_screen'),
         iv('Hadaba Consulting Engineers', 'Structural Design Engineer', t_start, t_end, 'scheduled', [amr[1]],
            [amr[1]], 'technical')],
        'hard', 'positive/two-interviews',
        'Thread with two interviews: recruiter phone screen Thu 23 Apr 2026 13:30-13:50 EET (+02:00, she conducts it) '
        'and technical interview Tue 28 Apr 11:00-12:30 EEST (+03:00) after Egypt\'s DST start on Fri 24 Apr.')


# =============================================================================================
# b158-11  NEGATIVE: Saudi Council of Engineers professional-accreditation interview
# =============================================================================================
@case('b158-11-sce-accreditation-appointment')
def c11():
    sent = wd(dt(RUH, 2026, 4, 1, 8, 2, 55), 'Wednesday')
    appt = wd(dt(RUH, 2026, 4, 12, 10, 30), 'Sunday')
    text = f"""المهندس/ كريم مصطفى حجازي المحترم
السلام عليكم ورحمة الله وبركاته،

نفيدكم بأنه تم تحديد موعد المقابلة المهنية الخاصة بطلب الاعتماد المهني رقم (PA-2026-118734) لدرجة "مهندس"، وفق التفاصيل التالية:

نوع الموعد: مقابلة مهنية – الاعتماد المهني
التاريخ: {ar_day(appt)} {appt.day} {ar_mon(appt)} {appt.year}م
الوقت: 10:30 صباحاً بتوقيت الرياض
المكان: مقر الهيئة السعودية للمهندسين – الرياض، طريق الملك عبدالله، مبنى (ب)
المدة المتوقعة: 30 دقيقة

المستندات المطلوبة:
- جواز السفر أو هوية مقيم
- أصل شهادة البكالوريوس في الهندسة المدنية مصدقة
- شهادة قيد نقابة المهندسين المصرية
- شهادات الخبرة المعتمدة

في حال عدم الحضور يتم إلغاء الموعد ويلزم حجز موعد جديد عبر البوابة الإلكترونية.

مع تحيات،
إدارة الاعتماد المهني
الهيئة السعودية للمهندسين

------------------------------------------------------------
Dear Eng. Karim Mostafa Hegazy,

Your professional accreditation interview (application PA-2026-118734, grade: Engineer) is scheduled for {en_day(appt)}, {appt.day} {en_mon(appt)} {appt.year} at 10:30 AM Riyadh time at the SCE head office, Riyadh. Please bring the original documents listed above. This interview is part of the accreditation and membership registration process.

This is an automated message, please do not reply.
"""
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//saudieng.example//Appointments//AR', 'VERSION:2.0', 'METHOD:PUBLISH']
              + vtz_fixed('Asia/Riyadh', '+0300', '+03') +
              ['BEGIN:VEVENT', f'UID:PA-2026-118734-{hid("c11", 8)}@saudieng.example', f'DTSTAMP:{zstamp(sent)}',
               dtprop('DTSTART', appt, 'Asia/Riyadh'), dtprop('DTEND', appt + timedelta(minutes=30), 'Asia/Riyadh'),
               'SUMMARY:موعد المقابلة المهنية – الاعتماد المهني (PA-2026-118734)',
               'LOCATION:' + ical_text('مقر الهيئة السعودية للمهندسين، الرياض'),
               f'ATTENDEE;CN=Karim Mostafa Hegazy;ROLE=REQ-PARTICIPANT:mailto:{OWNER}',
               'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    top = multi('mixed', boundary('c11m', 'java'), [alt_text_html(text, boundary('c11a', 'java'), rtl=True),
                                                    attach('text/calendar', cal, 'appointment.ics')])
    m = mail(date=sent, frm=('الهيئة السعودية للمهندسين', 'no-reply@saudieng.example'), to=[('', OWNER)],
             subject='تأكيد موعد المقابلة المهنية – طلب الاعتماد المهني PA-2026-118734',
             msgid=f'<{hid("c11id", 24)}@notify.saudieng.example>', host='notify.saudieng.example',
             ip='203.0.113.88', top=top)
    return {'01-sce-accreditation-interview.eml': m}, label(
        [], 'hard', 'negative/accreditation-appointment',
        'Saudi Council of Engineers professional-accreditation "مقابلة مهنية" with date, time and .ics; a '
        'licensing/registration step, not a job interview.')


# =============================================================================================
# b158-12  Riyadh interview day (same-day loop incl. Dhuhr/lunch break) - e-mail itinerary + .ics hold
# =============================================================================================
@case('b158-12-riyadh-onsite-itinerary')
def c12():
    sent = wd(dt(RUH, 2026, 5, 12, 10, 14, 27), 'Tuesday')
    day = wd(dt(RUH, 2026, 5, 17), 'Sunday')
    sat = wd(dt(RUH, 2026, 5, 16), 'Saturday')
    abd = ('Abdullah Al-Mutairi', 'a.almutairi@tuwaiq-jv.example')
    sami = ('Eng. Sami Haddad', 's.haddad@tuwaiq-jv.example')
    reem = ('Eng. Reem Al-Ghamdi', 'r.alghamdi@tuwaiq-jv.example')
    hind = ('Hind Al-Sudairy', 'h.alsudairy@tuwaiq-jv.example')
    walid = ('Eng. Walid Kanaan', 'w.kanaan@tuwaiq-jv.example')

    def at(h, m):
        return day.replace(hour=h, minute=m)
    rows = [(at(9, 0), at(9, 45), 'Technical interview', f'{sami[0]}, Structures Lead', sami[1]),
            (at(10, 0), at(10, 45), 'Planning & project controls', f'{reem[0]}, Project Controls Manager', reem[1]),
            (at(11, 0), at(11, 30), 'HR interview', f'{hind[0]}, HR Business Partner', hind[1]),
            (at(11, 30), at(12, 30), 'Dhuhr prayer & lunch break', '-', ''),
            (at(12, 30), at(13, 15), 'Final interview', f'{walid[0]}, Project Director', walid[1])]
    start, end = rows[0][0], rows[-1][1]
    sched = '\n'.join(f'{a:%H:%M} - {b:%H:%M}  {what}' + (f' - {who} ({mail_})' if mail_ else '')
                      for a, b, what, who, mail_ in rows)
    text = f"""Dear Karim,

Following your video screening, we are pleased to invite you to an interview day at our Riyadh project office for the Site Civil Engineer (Metro Stations Package) position.

Date: {en_day(day)}, {day.day} {en_mon(day)} {day.year}
Venue: Tuwaiq Civil Works JV, King Fahd Road, Al Olaya, Tower C, 9th floor, Riyadh

Schedule (Riyadh time, GMT+3):
{sched}

As our weekend is Friday-Saturday, the travel desk has booked your flight from Cairo on {en_day(sat)} {sat.day} May and one night at the hotel; the e-ticket will follow in a separate e-mail. I will meet you at reception at 8:40 AM. Please bring your passport and Saudi Council of Engineers membership (if available).

I have attached a calendar hold for the whole morning.

Best regards,
Abdullah Al-Mutairi
Recruitment Specialist
Tuwaiq Civil Works JV
"""
    trs = ''.join(f'<tr><td style="padding:4px 8px">{a:%H:%M} - {b:%H:%M}</td><td style="padding:4px 8px">'
                  f'{html.escape(what)}</td><td style="padding:4px 8px">{html.escape(who)}'
                  + (f' (<a href="mailto:{mail_}">{mail_}</a>)' if mail_ else '') + '</td></tr>'
                  for a, b, what, who, mail_ in rows)
    pre, post = text.split('Schedule (Riyadh time, GMT+3):\n' + sched + '\n')
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
         '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">\n'
         + ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>\n' for p in pre.strip().split('\n\n'))
         + '<p><b>Schedule (Riyadh time, GMT+3):</b></p>\n<table border="1" cellspacing="0" '
           'style="border-collapse:collapse">' + trs + '</table>\n'
         + ''.join(f'<p>{html.escape(p).replace(chr(10), "<br>")}</p>\n' for p in post.strip().split('\n\n'))
         + '</div></body></html>\n')
    m, _ = human_mail('c12', date=sent, frm=abd, to=[(OWNER_NAME, OWNER)], cc=[sami, reem, hind, walid],
                      subject=f'Interview Day Itinerary - Site Civil Engineer (Metro Stations Package) - '
                              f'{en_day(day)} {day.day} May',
                      text=text, html_text=h, host='EUR03-DB5-obe.outbound.protection.outlook.com',
                      ip='40.107.24.59', style='outlook', ohost='DB5')
    cal = ics(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
              + vtz_fixed('Arab Standard Time', '+0300', windows=True) +
              ['BEGIN:VEVENT', organizer(*abd), attendee(OWNER_NAME, OWNER)]
              + [attendee(p[0], p[1], 'ACCEPTED') for p in (sami, reem, hind, walid)] +
              ['DESCRIPTION;LANGUAGE=en-US:' + ical_text('Interview day - see itinerary e-mail.\n' + sched),
               f'UID:040000008200E00074C5B7101A82E00800000000{hid("c12uid", 40).upper()}',
               'SUMMARY;LANGUAGE=en-US:Interview Day - Karim Hegazy - Site Civil Engineer (Metro Stations)',
               dtprop('DTSTART', start, 'Arab Standard Time'), dtprop('DTEND', end, 'Arab Standard Time'),
               'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{zstamp(sent)}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
               'SEQUENCE:0', 'LOCATION;LANGUAGE=en-US:' + ical_text('Tuwaiq Civil Works JV, Tower C, 9th floor, Riyadh'),
               'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
               'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
               'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'END:VEVENT', 'END:VCALENDAR'])
    return {'01-interview-day-itinerary.eml': m, '02-interview-day-hold.ics': cal}, label(
        [iv('Tuwaiq Civil Works JV', 'Site Civil Engineer (Metro Stations Package)', start, end, 'scheduled',
            [sami[1], reem[1], hind[1], walid[1]], [sami[1], reem[1], hind[1], walid[1]], 'onsite')],
        'medium', 'positive/onsite-loop',
        'Same-day loop on Sun 17 May 2026 (a working day; the e-mail names the Fri-Sat weekend), four sessions with a '
        'Dhuhr/lunch break, 09:00-13:15 AST: ONE onsite with all four interviewers. The recruiter only '
        'coordinates. The .ics hold is the same interview.')


# =============================================================================================
# b158-13  LinkedIn message notification + recruiter e-mail confirming the same phone screen
# =============================================================================================
@case('b158-13-linkedin-then-email-phone-screen')
def c13():
    sent1 = wd(dt(RUH, 2026, 5, 4, 8, 14, 6), 'Monday')
    start = wd(dt(RUH, 2026, 5, 7, 13, 0), 'Thursday')
    assert (start - sent1).days < 7
    end = start + timedelta(minutes=30)
    assert start.astimezone(CAI).hour == 13
    sent2 = wd(dt(RUH, 2026, 5, 5, 10, 2, 31), 'Tuesday')
    nadia = ('Nadia Haddad', 'nadia.haddad@sahelwater.example')
    thread = 'https://www.linkedin.com/messaging/thread/2-' + base64.b64encode(hid('c13t', 30).encode()).decode().rstrip('=') + '/'
    text1 = f"""Nadia Haddad
Senior Talent Partner at Sahel Water Solutions

Hi Karim, thanks for applying to the Water Network Design Engineer role in Jeddah. Could we do a 30-minute phone screen this Thursday, 7 May at 1:00 PM KSA time? That's also 1:00 PM in Cairo now that Egypt is on summer time.

Reply: {thread}

----------------------------------------
This email was intended for Karim Hegazy (Civil Engineer | Roads, Water & Infrastructure)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
"""
    top = alt_text_html(text1, boundary('c13a', 'java'), cte='quoted-printable')
    m1 = mail(date=sent1.astimezone(UTC), frm=('Nadia Haddad via LinkedIn', 'messages-noreply@linkedin.com'),
              to=[(OWNER_NAME, OWNER)], subject='Nadia just messaged you',
              msgid=f'<{int(hid("c13id", 8), 16)}.{int(hid("c13id2", 6), 16)}.{int(hid("c13id3", 10), 16)}@ltx1-app4417.prod.linkedin.com>',
              host='mailb-dd.linkedin.com', ip='192.0.2.201', top=top, return_path='s-2f0k3j@bounce.linkedin.com',
              extra=[('X-LinkedIn-Class', 'INMAIL'), ('X-LinkedIn-Template', 'messaging_digest_new_message'),
                     ('List-Unsubscribe', '<https://www.linkedin.com/comm/psettings/email-unsubscribe>')])
    text2 = f"""Hi Karim,

Thanks for confirming on LinkedIn. As agreed, I'll call you on {en_day(start)} {start.day} {en_mon(start)} from 1:00 to 1:30 PM (KSA / GMT+3) on +20 100 123 4871. We'll cover your water-network modelling experience (WaterGEMS/EPANET), notice period and the move to Jeddah.

If anything changes, just reply to this e-mail.

Best,
Nadia Haddad
Senior Talent Partner | Sahel Water Solutions
Jeddah, KSA | {nadia[1]}
"""
    m2, _ = human_mail('c13b', date=sent2, frm=nadia, to=[(OWNER_NAME, OWNER)],
                       subject=f'Phone screen confirmed - Water Network Design Engineer ({en_day(start)} {start.day} May, 1:00 PM KSA)',
                       text=text2, host='mail-pj1-f47.google.com', ip='209.85.216.47')
    return {'01-linkedin-message.eml': m1, '02-nadia-confirmation.eml': m2}, label(
        [iv('Sahel Water Solutions', 'Water Network Design Engineer', start, end, 'scheduled', [nadia[1]], [nadia[1]],
            'phone_screen')],
        'medium', 'positive/linkedin-dedupe',
        'LinkedIn notification (Mon 4 May 2026) proposes "this Thursday, 7 May at 1:00 PM KSA"; the recruiter then '
        'confirms by e-mail, 13:00-13:30 AST. One phone screen, conducted by the recruiter.')


# =============================================================================================
# b158-14  NEGATIVE: Taleo one-way recorded video interview
# =============================================================================================
@case('b158-14-taleo-one-way-video')
def c14():
    sent = wd(dt(RUH, 2026, 4, 12, 9, 0, 40), 'Sunday')
    due = wd(dt(RUH, 2026, 4, 16, 23, 59), 'Thursday')
    text = f"""Dear Karim,

Thank you for applying for Civil Engineer (Infrastructure), Requisition RIM-26-0331, at Rimal Engineering & Contracting.

The next step in our selection process is a recorded video interview. There is no live interviewer: you will answer 5 pre-recorded questions at a time that suits you, with 1 minute to prepare and up to 2 minutes to answer each question.

Please complete your video interview by {en_day(due)}, {due.day} {en_mon(due)} {due.year} at 11:59 PM (Riyadh time).

Start your interview: https://rimal-ec.example/careers/video-interview/start?token={hid('c14tok', 32)}

Tips: use a laptop with a camera, a quiet room and a stable internet connection.

------------------------------------------------------------
عزيزي كريم،
الخطوة التالية هي مقابلة فيديو مسجلة (بدون مُقابِل مباشر): 5 أسئلة مسجلة مسبقاً تجيب عنها في الوقت المناسب لك. يرجى إكمال المقابلة قبل الساعة 11:59 مساءً بتوقيت الرياض يوم {ar_day(due)} {due.day} {ar_mon(due)}.

Best regards,
Talent Acquisition
Rimal Engineering & Contracting

This message was sent by Oracle Taleo on behalf of Rimal Engineering & Contracting. Please do not reply.
"""
    top = alt_text_html(text, boundary('c14', 'java'), cte='quoted-printable')
    m = mail(date=sent, frm=('Rimal Engineering & Contracting Careers', 'noreply@taleo.net'), to=[('', OWNER)],
             subject='Next step: recorded video interview - Civil Engineer (Infrastructure) | الخطوة التالية: مقابلة فيديو مسجلة',
             msgid=f'<{int(hid("c14id", 10), 16)}.{int(hid("c14t", 8), 16)}.JavaMail.taleo@tx3.taleo.net>',
             host='tx3.taleo.net', ip='192.0.2.79', top=top, return_path='bounces@taleo.net')
    return {'01-taleo-video-interview.eml': m}, label(
        [], 'medium', 'negative/one-way-video',
        'One-way recorded video interview with a deadline, no live interviewer: an assessment, not an interview.')


# =============================================================================================
# b158-15  Dubai recruitment agency forwards the client's interview details (GST vs Cairo EEST)
# =============================================================================================
@case('b158-15-agency-forward-uae-client')
def c15():
    sent = wd(dt(DXB, 2026, 6, 2, 11, 40, 12), 'Tuesday')
    fwd_d = wd(dt(DXB, 2026, 6, 1, 17, 22), 'Monday')
    start = wd(dt(DXB, 2026, 6, 8, 15, 0), 'Monday')
    end = start + timedelta(minutes=45)
    cai = start.astimezone(CAI)
    assert cai.hour == 14
    farah = ('Farah Nasser', 'farah.nasser@gtb-recruit.example')
    rajesh = ('Rajesh Menon', 'rajesh.menon@sandstone-precast.example')
    majed = ('Majed Saleh', 'majed.saleh@sandstone-precast.example')
    text = f"""Dear Karim,

Great news - Sandstone Precast would like to interview you for the QA/QC role (details below from their HR Manager). 3:00 PM UAE time is {cai.hour - 12}:00 PM Cairo time.

Please confirm to me today and I will confirm to the client. Kindly join 5 minutes early and keep your Egyptian Engineers Syndicate card and passport copy handy.

Best regards,
Farah Nasser
Senior Consultant - Construction & Engineering
Gulf Talent Bridge Recruitment | Dubai, UAE
+971 4 000 1187

---------- Forwarded message ---------
From: {rajesh[0]} <{rajesh[1]}>
Date: {fwd_d.strftime('%a')}, {fwd_d.day} {fwd_d.strftime('%b')} {fwd_d.year} at {h12(fwd_d)}
Subject: Interview request - Karim Hegazy - QA/QC Civil Engineer
To: {farah[0]} <{farah[1]}>
Cc: {majed[0]} <{majed[1]}>


Hi Farah,

Thanks for sharing the profile. We would like to interview Karim for the QA/QC Civil Engineer (Precast Yard) position:

Date: {en_day(start)}, {start.day} {en_mon(start)} {start.year}
Time: 3:00 PM - 3:45 PM (UAE time)
Interviewer: Eng. Majed Saleh, QA/QC Manager (hiring manager for this role)
Platform: Zoom - https://zoom.us/j/8{int(hid('c15z', 8), 16) % 10**9:09d}?pwd={hid_alnum('c15pw', 20)}

Kindly confirm the candidate's availability.

Regards,
Rajesh Menon
HR Manager
Sandstone Precast LLC | Jebel Ali Industrial Area 2, Dubai
"""
    m, _ = human_mail('c15', date=sent, frm=farah, to=[(OWNER_NAME, OWNER)],
                      subject='Fwd: Interview request - Karim Hegazy - QA/QC Civil Engineer', text=text,
                      host='mail-oi1-f171.google.com', ip='209.85.167.171')
    return {'01-fwd-interview-request.eml': m}, label(
        [iv('Sandstone Precast', 'QA/QC Civil Engineer (Precast Yard)', start, end, 'scheduled', [majed[1]],
            [majed[1]], 'hiring_manager')],
        'medium', 'positive/agency-forward',
        'Agency recruiter forwards the client HR mail: Mon 8 Jun 2026 15:00-15:45 UAE time (+04:00), 14:00 Cairo '
        '(EEST). The employer is the client, not the agency; the interviewer\'s address is in the forwarded Cc, so '
        'he is the follow-up recipient.')


# =============================================================================================
# b158-16  NEGATIVE: the user sits on an interview panel (Outlook, "Egypt Standard Time")
# =============================================================================================
@case('b158-16-user-is-interviewer-outlook')
def c16():
    sent = wd(dt(CAI, 2026, 4, 29, 10, 0, 21), 'Wednesday')
    start = wd(dt(CAI, 2026, 5, 5, 12, 0), 'Tuesday')
    end = start + timedelta(hours=2)
    hany = ('هاني إبراهيم', 'hany.ibrahim@nilebridge-co.example')
    adel = ('عادل نجيب', 'adel.naguib@nilebridge-co.example')
    subj = 'مقابلات مرشحين – مهندس موقع حديث التخرج (لجنة الموقع)'
    body = f"""م. كريم، صباح الخير،

برجاء حضور مقابلات المرشحين لوظيفة مهندس موقع (حديث التخرج) لمشروع كوبري المحور، بصفتك عضو في لجنة المقابلة مع م. عادل نجيب، يوم {EG_DAYS[start.weekday()]} {start.day} مايو من 12 لـ 2 الضهر في كرفان إدارة الموقع.

المرشحين: أحمد سمير – محمد عاطف – سارة الشناوي (السير الذاتية على الشير بوينت).
برجاء تقييم كل مرشح على نموذج التقييم وإرساله لي بعد المقابلات.

شكراً،
هاني إبراهيم
الموارد البشرية – نايل بريدج للمقاولات | Nile Bridge Contracting"""
    m, _, _ = outlook_invite(seed='c16', sent=sent, subject=subj, start=start, end=end, wintz='Egypt Standard Time',
                             wintz_label='(UTC+02:00) القاهرة', vtz=VTZ_EGYPT_WINDOWS, organizer_pair=hany,
                             required=[(OWNER_NAME, OWNER), adel], body=body, lang='ar', teams=False,
                             location='كرفان إدارة الموقع – مشروع كوبري المحور', host='VI1', ip='40.107.8.97')
    return {'01-candidate-interviews-panel.eml': m}, label(
        [], 'hard', 'negative/user-is-interviewer',
        'Outlook request from the user\'s current employer asking him to sit on the panel interviewing graduate '
        'site engineers; the user is an interviewer, not the candidate.')


# =============================================================================================
# b158-17  Saudi coordinator's Arabic e-mail + Google Calendar API event (same interview)
# =============================================================================================
@case('b158-17-arabic-email-plus-gcal-json')
def c17():
    sent = wd(dt(RUH, 2026, 6, 3, 10, 37, 8), 'Wednesday')
    start = wd(dt(RUH, 2026, 6, 9, 14, 0), 'Tuesday')
    end = start + timedelta(hours=1)
    assert start.astimezone(CAI).hour == 14
    aseel = ('Aseel Bukhari', 'aseel.bukhari@tihama-ports.example')
    khalid = ('Khalid Al-Zahrani', 'khalid.alzahrani@tihama-ports.example')
    text = f"""الأستاذ/ كريم مصطفى حجازي المحترم،
السلام عليكم ورحمة الله وبركاته،

يسرّنا إبلاغكم بترشيحكم لإجراء مقابلة فنية لوظيفة مهندس مدني – أعمال بحرية (Marine Civil Engineer) لدى شركة تهامة لتطوير الموانئ، وذلك وفق التفاصيل التالية:

موعد المقابلة: يوم {ar_day(start)} {start.day} {ar_mon(start)} {start.year}م
الساعة: 2:00 – 3:00 مساءً بتوقيت مكة المكرمة
الطريقة: عن بُعد عبر Google Meet (أرسلنا لكم دعوة على التقويم تتضمن الرابط)
المُقابِل: م. خالد الزهراني – مدير الأعمال البحرية

نأمل تأكيد الحضور بالرد على هذه الرسالة، وفي حال تعذّر الموعد نرجو إبلاغنا قبل 24 ساعة على الأقل.

وتقبلوا خالص التحية،
أسيل بخاري
منسقة التوظيف – إدارة الموارد البشرية
شركة تهامة لتطوير الموانئ | Tihama Ports Development Co.
جدة، المملكة العربية السعودية
"""
    m, _ = human_mail('c17', date=sent, frm=aseel, to=[(OWNER_NAME, OWNER)],
                      subject='دعوة لمقابلة فنية – مهندس مدني (أعمال بحرية)', text=text,
                      host='mail-yb1-f180.google.com', ip='209.85.219.180')
    ev_id = hid_alnum('c17ev', 26)
    meet = 'pqt-hwnb-ukd'
    event = {
        'kind': 'calendar#event',
        'etag': '"' + str(int(hid('c17etag', 13), 16)) + '"',
        'id': ev_id,
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' +
                    base64.b64encode(f'{ev_id} {OWNER}'.encode()).decode().rstrip('='),
        'created': (sent - timedelta(minutes=12)).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': (sent - timedelta(minutes=11)).astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.412Z'),
        'summary': 'مقابلة فنية – كريم حجازي – مهندس مدني (أعمال بحرية)',
        'description': 'مقابلة فنية مع م. خالد الزهراني لوظيفة مهندس مدني – أعمال بحرية.\n'
                       'Technical interview – Marine Civil Engineer – Tihama Ports Development Co.',
        'creator': {'email': aseel[1], 'displayName': aseel[0]},
        'organizer': {'email': aseel[1], 'displayName': aseel[0]},
        'start': {'dateTime': iso(start), 'timeZone': 'Asia/Riyadh'},
        'end': {'dateTime': iso(end), 'timeZone': 'Asia/Riyadh'},
        'iCalUID': f'{ev_id}@google.com',
        'sequence': 0,
        'attendees': [
            {'email': aseel[1], 'displayName': aseel[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': khalid[1], 'displayName': khalid[0], 'responseStatus': 'accepted'},
            {'email': OWNER, 'self': True, 'responseStatus': 'needsAction'}],
        'hangoutLink': f'https://meet.google.com/{meet}',
        'conferenceData': {
            'entryPoints': [{'entryPointType': 'video', 'uri': f'https://meet.google.com/{meet}',
                             'label': f'meet.google.com/{meet}'}],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
            'conferenceId': meet},
        'reminders': {'useDefault': True},
        'eventType': 'default'}
    js = json.dumps(event, ensure_ascii=False, indent=2) + '\n'
    return {'01-tihama-moqabla-email.eml': m, '02-tihama-interview.gcal.json': js}, label(
        [iv('Tihama Ports Development', 'Marine Civil Engineer', start, end, 'scheduled', [khalid[1]], [khalid[1]],
            'technical')],
        'medium', 'positive/dedupe-gcal-json',
        'Formal Saudi Arabic invitation ("بتوقيت مكة المكرمة") plus the Calendar API event for the same '
        'interview: Tue 9 Jun 2026 14:00-15:00 AST. One interview; the interviewer\'s address is only in the '
        'event attendees.')


# =============================================================================================
# b158-18  NEGATIVE: GAMCA medical fitness test booked by a recruiter (Google invite)
# =============================================================================================
@case('b158-18-medical-fitness-test')
def c18():
    sent = wd(dt(CAI, 2026, 6, 11, 13, 25, 50), 'Thursday')
    start = wd(dt(CAI, 2026, 6, 16, 8, 0), 'Tuesday')
    end = start + timedelta(hours=2)
    sherif = ('Sherif Nabil', 'sherif.nabil@manarat-recruit.example')
    desc = """Dear Karim,

Following your successful interview and the signed offer with our client in Jeddah, the next step for your Saudi work visa is the GAMCA medical fitness examination. I have booked it for you at Dar Al-Shifa Medical Center (GAMCA approved), 27 Gameat El Dowal El Arabeya St., Mohandessin.

- Fasting 8-10 hours (blood tests)
- Bring your passport, 4 photos (white background) and the Wafid payment slip
- Results take about 3 working days

مع تمنياتي بالتوفيق،
Sherif Nabil
Manarat Overseas Recruitment"""
    m, _ = google_invite(seed='c18', sent=sent, title='Medical Fitness Test (GAMCA) – Karim Hegazy – KSA work visa',
                         start=start, end=end, tzlabel='Eastern European Time - Cairo', tzabbr='EEST',
                         organizer_pair=sherif,
                         guests=[(sherif[0], sherif[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')],
                         description=desc,
                         location='Dar Al-Shifa Medical Center, 27 Gameat El Dowal El Arabeya St, Mohandessin, Giza')
    return {'01-invitation-medical-test.eml': m}, label(
        [], 'medium', 'negative/medical-test',
        'Recruiter books the pre-employment GAMCA medical exam (after the offer) via a calendar invite; it mentions a '
        'past interview but is itself a medical appointment.')


# =============================================================================================
# b158-19  Google invite cancelled for the Eid al-Fitr holiday, re-booked as a new event
# =============================================================================================
@case('b158-19-eid-cancel-and-rebook')
def c19():
    mahmoud = ('Mahmoud Salah', 'mahmoud.salah@madar-urban.example')
    heba = ('Heba Mansour', 'heba.mansour@madar-urban.example')
    s1 = wd(dt(CAI, 2026, 3, 19, 12, 0), 'Thursday')
    s2 = wd(dt(CAI, 2026, 3, 29, 12, 0), 'Sunday')
    assert s1.utcoffset() == s2.utcoffset() == timedelta(hours=2)
    e1, e2 = s1 + timedelta(hours=1), s2 + timedelta(hours=1)
    sent1 = wd(dt(CAI, 2026, 3, 15, 10, 12, 5), 'Sunday')
    sent2 = wd(dt(CAI, 2026, 3, 17, 18, 40, 31), 'Tuesday')
    sent3 = wd(dt(CAI, 2026, 3, 25, 11, 2, 19), 'Wednesday')
    title = 'Technical Office Engineer – Interview (Karim Hegazy)'
    loc = 'Madar Urban Developers, New Administrative Capital R5, Cairo'
    guests = [(mahmoud[0], mahmoud[1], 'ACCEPTED'), (heba[0], heba[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')]
    d1 = ('مقابلة فنية مع م. هبة منصور، مديرة المكتب الفني، لوظيفة مهندس مكتب فني (Technical Office Engineer) '
          'بمقر الشركة في العاصمة الإدارية الجديدة – R5. المدة ساعة.\n\nمحمود صلاح – الموارد البشرية، مدار للتطوير العمراني')
    common = dict(tzlabel='Eastern European Time - Cairo', tzabbr='EET', organizer_pair=mahmoud, guests=guests,
                  location=loc)
    m1, uid = google_invite(seed='c19a', sent=sent1, title=title, start=s1, end=e1, description=d1, **common)
    note = ('نعتذر يا باشمهندس، الحكومة أعلنت إن إجازة عيد الفطر هتبدأ من يوم الخميس، فهنلغي ميعاد الخميس '
            'ونبعت لحضرتك ميعاد جديد بعد العيد. كل سنة وانت طيب.')
    m2, _ = google_invite(seed='c19b', sent=sent2, title=title, start=s1, end=e1, description=d1, uid=uid,
                          method='CANCEL', sequence=1, cancel_note=note, created=sent1, **common)
    d3 = ('الميعاد الجديد للمقابلة الفنية بعد إجازة العيد – مع م. هبة منصور، مديرة المكتب الفني. '
          'نفس المكان: مقر الشركة بالعاصمة الإدارية الجديدة (R5). المدة ساعة.\n\nمحمود صلاح – الموارد البشرية')
    m3, uid3 = google_invite(seed='c19c', sent=sent3, title=title + ' – new date', start=s2, end=e2, description=d3,
                             **common)
    assert uid3 != uid
    return {'01-invitation.eml': m1, '02-canceled-eid.eml': m2, '03-invitation-new-date.eml': m3}, label(
        [iv('Madar Urban Developers', 'Technical Office Engineer', s1, e1, 'cancelled', [heba[1]], [heba[1]],
            'technical'),
         iv('Madar Urban Developers', 'Technical Office Engineer', s2, e2, 'scheduled', [heba[1]], [heba[1]],
            'technical')],
        'hard', 'positive/cancel-and-rebook',
        'Google invite for Thu 19 Mar 2026 12:00 EET cancelled with an Arabic note (Eid al-Fitr holiday), then a '
        'NEW event (different UID) for Sun 29 Mar 12:00-13:00: two entries, one cancelled, one scheduled.')


# =============================================================================================
# b158-20  NEGATIVE: Arabic rejection after an interview (Taleo)
# =============================================================================================
@case('b158-20-arabic-rejection-after-interview')
def c20():
    sent = wd(dt(RUH, 2026, 5, 20, 14, 10, 2), 'Wednesday')
    past = wd(dt(RUH, 2026, 5, 10, 10, 0), 'Sunday')
    text = f"""عزيزي كريم حجازي،

نشكرك على اهتمامك بالانضمام إلى شركة بوابة الشرق للمقاولات، وعلى حضورك المقابلة الشخصية يوم {ar_day(past)} {past.day} {ar_mon(past)} {past.year} لوظيفة مهندس مدني – مشاريع البنية التحتية.

بعد دراسة متأنية لجميع الطلبات، نأسف لإبلاغك بأنه تم اختيار مرشحين آخرين تتوافق خبراتهم بشكل أكبر مع متطلبات الوظيفة في الوقت الحالي.

سنحتفظ بسيرتك الذاتية في قاعدة بياناتنا، وقد نتواصل معك مستقبلاً في حال توفر فرصة مناسبة.

نتمنى لك التوفيق في مسيرتك المهنية.

------------------------------------------------------------
Dear Karim Hegazy,

Thank you for your interest in Bawabat Al Sharq Contracting and for attending the interview on {en_day(past)}, {past.day} {en_mon(past)} {past.year} for the Civil Engineer - Infrastructure Projects position. After careful consideration, we regret to inform you that we have decided to proceed with other candidates.

مع أطيب التحيات،
إدارة الموارد البشرية – شركة بوابة الشرق للمقاولات
Human Resources - Bawabat Al Sharq Contracting

This message was sent by Oracle Taleo on behalf of Bawabat Al Sharq Contracting. Please do not reply.
"""
    top = alt_text_html(text, boundary('c20', 'java'), rtl=True, cte='base64')
    m = mail(date=sent, frm=('Bawabat Al Sharq Contracting - HR', 'noreply@taleo.net'), to=[('', OWNER)],
             subject='بخصوص طلبك لوظيفة مهندس مدني – مشاريع البنية التحتية',
             msgid=f'<{int(hid("c20id", 10), 16)}.{int(hid("c20t", 8), 16)}.JavaMail.taleo@tx2.taleo.net>',
             host='tx2.taleo.net', ip='192.0.2.78', top=top, return_path='bounces@taleo.net')
    return {'01-taleo-application-update.eml': m}, label(
        [], 'easy', 'negative/rejection',
        'Arabic/English rejection that refers to a past interview date (Sun 10 May 2026); no interview to schedule.')


# =============================================================================================
# b158-21  Egyptian-Arabic thread: interview moved by a day across Egypt's DST end
# =============================================================================================
@case('b158-21-egyptian-reschedule-dst-end')
def c21():
    mai = ('مي جمال', 'mai.gamal@karnak-steel.example')
    me = (OWNER_NAME, OWNER)
    d1 = wd(dt(CAI, 2026, 10, 27, 10, 15, 12), 'Tuesday')
    d2 = dt(CAI, 2026, 10, 27, 12, 40, 3)
    d3 = wd(dt(CAI, 2026, 10, 29, 9, 5, 44), 'Thursday')
    d4 = dt(CAI, 2026, 10, 29, 11, 20, 9)
    first = wd(dt(CAI, 2026, 11, 1, 10, 0), 'Sunday')
    final = wd(dt(CAI, 2026, 11, 2, 10, 0), 'Monday')
    assert d3.utcoffset() == timedelta(hours=3) and final.utcoffset() == timedelta(hours=2)
    assert dt(CAI, 2026, 10, 29, 23, 30).utcoffset() == timedelta(hours=3)
    assert dt(CAI, 2026, 10, 30, 0, 30).utcoffset() == timedelta(hours=2)
    subj = 'ميعاد مقابلة شخصية – Steel Structures Site Engineer'
    t1 = f"""أهلاً يا باشمهندس كريم،

أنا مي جمال من الـ HR في كرنك للمنشآت المعدنية. بنشكرك على اهتمامك بوظيفة مهندس موقع منشآت معدنية (Steel Structures Site Engineer).

حابين نحدد مع حضرتك مقابلة شخصية يوم {EG_DAYS[first.weekday()]} {first.day} نوفمبر الساعة 10 الصبح في المصنع – المنطقة الصناعية التالتة، 6 أكتوبر، مع م. وليد سرور مدير المشروعات.

ياريت تأكدلي الميعاد.

مي جمال | Talent Acquisition
كرنك للمنشآت المعدنية | Karnak Steel Structures
"""
    m1, id1 = human_mail('c21-1', date=d1, frm=mai, to=[me], subject=subj, text=t1,
                         host='mail.karnak-steel.example', ip='198.51.100.71', style='outlook', ohost='PA4')
    t2 = f"""أهلاً أستاذة مي،
تمام إن شاء الله، الأحد 1 نوفمبر الساعة 10 الصبح. شكراً جداً.

كريم حجازي

{gmail_reply_header(d1, *mai)}
{quote(t1)}
"""
    m2, id2 = human_mail('c21-2', date=d2, frm=me, to=[mai], subject='Re: ' + subj, text=t2,
                         host='mail-wm1-f49.google.com', ip='209.85.128.49', in_reply_to=id1, references=id1)
    t3 = f"""صباح الخير يا باشمهندس،

معلش م. وليد عنده سفرية لأسوان يوم الأحد، فهنأجل المقابلة ليوم {EG_DAYS[final.weekday()]} {final.day} نوفمبر نفس الميعاد الساعة 10 الصبح في نفس المكان.
وخلي بالك الساعة هترجع ساعة لورا بليل النهارده (نهاية التوقيت الصيفي)، يعني 10 الصبح بالتوقيت الشتوي.

آسفين على التغيير،
مي جمال | Talent Acquisition
كرنك للمنشآت المعدنية | Karnak Steel Structures

{outlook_quote_header_ar(d2, me, mai, 'Re: ' + subj)}
{t2}"""
    m3, id3 = human_mail('c21-3', date=d3, frm=mai, to=[me], subject='RE: ' + subj, text=t3,
                         host='mail.karnak-steel.example', ip='198.51.100.71', style='outlook', ohost='PA4',
                         in_reply_to=id2, references=f'{id1} {id2}')
    t4 = f"""تمام يا أستاذة مي، الاتنين 2 نوفمبر الساعة 10 الصبح في المصنع. شكراً على التنبيه.

كريم

{gmail_reply_header(d3, *mai)}
{quote(t3)}
"""
    m4, _ = human_mail('c21-4', date=d4, frm=me, to=[mai], subject='Re: RE: ' + subj, text=t4,
                       host='mail-wm1-f49.google.com', ip='209.85.128.49', in_reply_to=id3,
                       references=f'{id1} {id2} {id3}')
    files = {'01-mai-moqabla.eml': m1, '02-karim-confirms.eml': m2, '03-mai-reschedule.eml': m3,
             '04-karim-confirms-new-day.eml': m4}
    return files, label(
        [iv('Karnak Steel Structures', 'Steel Structures Site Engineer', final, None, 'scheduled', [], [mai[1]],
            'hiring_manager')],
        'hard', 'positive/reschedule-thread-dst',
        'Egyptian-Arabic thread sent while Cairo was on EEST (+03:00): interview Sun 1 Nov 10:00, moved to Mon 2 Nov '
        '"نفس الميعاد الساعة 10 الصبح" after DST ends at midnight Thu 29/Fri 30 Oct, so +02:00. No duration given. '
        'Interviewer named without address; follow-up to the HR sender.')


# =============================================================================================
# b158-22  NEGATIVE: LinkedIn InMail asking for availability with an unbooked Calendly link
# =============================================================================================
@case('b158-22-linkedin-availability-calendly')
def c22():
    sent = wd(dt(RUH, 2026, 6, 14, 9, 48, 30), 'Sunday')
    text = """Omar Farouk
Talent Acquisition Lead at Najd Horizon Engineering

Senior Site Engineer - Riyadh: are you open to a quick call?

Hi Karim,

I came across your profile and your infrastructure experience in Egypt fits a Senior Site Engineer opening we have on a district-cooling and utilities package in north Riyadh.

Are you open to a 20-minute intro call this week? Please share your availability (Sunday-Thursday, 9 AM-4 PM KSA time), or pick a slot directly here: https://calendly.com/omar-farouk-najdhorizon/20min

We plan to hold technical interviews with shortlisted candidates next week.

Best regards,
Omar

Reply: https://www.linkedin.com/messaging/thread/2-T21hckZhcm91ay1uYWpk/

----------------------------------------
This email was intended for Karim Hegazy (Civil Engineer | Roads, Water & Infrastructure)
You are receiving InMail notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""
    top = alt_text_html(text, boundary('c22', 'java'), cte='quoted-printable')
    m = mail(date=sent.astimezone(UTC), frm=('Omar Farouk via LinkedIn', 'inmail-hit-reply@linkedin.com'),
             to=[(OWNER_NAME, OWNER)], subject='Senior Site Engineer - Riyadh: are you open to a quick call?',
             msgid=f'<{int(hid("c22id", 8), 16)}.{int(hid("c22id2", 6), 16)}.{int(hid("c22id3", 10), 16)}@ltx1-app4421.prod.linkedin.com>',
             host='mailb-dc.linkedin.com', ip='192.0.2.202', top=top, return_path='s-9sk2lq@bounce.linkedin.com',
             extra=[('X-LinkedIn-Class', 'INMAIL'), ('X-LinkedIn-Template', 'inmail_notification'),
                    ('List-Unsubscribe', '<https://www.linkedin.com/comm/psettings/email-unsubscribe>')])
    return {'01-linkedin-inmail.eml': m}, label(
        [], 'medium', 'negative/availability-request',
        'Recruiter InMail asking for availability with an unbooked Calendly link; nothing scheduled.')


# ----------------------------------------------------------------------------- main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith('b158-') and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for slug, fn in CASES:
        files, lab = fn()
        folder = os.path.join(HERE, slug)
        os.makedirs(folder)
        for fname, content in files.items():
            assert fname[:2].isdigit() and fname[2] == '-', fname
            with open(os.path.join(folder, fname), 'wb') as f:
                f.write(content.encode('utf-8'))
        labels[slug] = lab
    slugs = [s for s, _ in CASES]
    assert slugs == sorted(slugs) and len(set(slugs)) == len(slugs)
    assert all(s.startswith(f'b158-{i + 1:02d}-') for i, s in enumerate(slugs))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# blind158 labels - generated by make_cases.py (do not edit by hand)\n')
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for v in labels.values() if v['interview'])
    ivs = [i for v in labels.values() for i in v['interviews']]
    print(f'{len(labels)} cases: {pos} positive, {len(labels) - pos} negative; {len(ivs)} interviews '
          f'({sum(i["status"] == "scheduled" for i in ivs)} scheduled, {sum(i["status"] == "cancelled" for i in ivs)} cancelled)')


if __name__ == '__main__':
    main()
