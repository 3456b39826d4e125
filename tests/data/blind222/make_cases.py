#!/usr/bin/env python3
"""Regenerate the blind222 evaluation set (hotel revenue manager, Jakarta; WIB/WITA/SGT).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries, so every run
writes the same bytes.  Standard library + PyYAML + zoneinfo only.

    python make_cases.py          # rewrites b222-*/ folders and labels.yaml next to this file
"""
import base64
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
WIB = ZoneInfo('Asia/Jakarta')      # UTC+7, no DST
WITA = ZoneInfo('Asia/Makassar')    # UTC+8 (Bali, Makassar), no DST
SGT = ZoneInfo('Asia/Singapore')    # UTC+8, no DST
LON = ZoneInfo('Europe/London')     # BST from 2026-03-29

OWNER = 'ratna.wulandari@example.com'
OWNER_NAME = 'Ratna Wulandari'
OWNER_FULL = f'{OWNER_NAME} <{OWNER}>'
OWNER_PHONE = '0812-8841-3307'

HARI = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu']
HARI3 = ['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min']
BULAN = [None, 'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli',
         'Agustus', 'September', 'Oktober', 'November', 'Desember']
BULAN3 = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
DAYS3 = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December']
MONTHS3 = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


# ----------------------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, tz=WIB, s=0, day=None):
    """Aware datetime; `day` (Indonesian or English weekday) is asserted."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if day is not None:
        assert day in (HARI[x.weekday()], DAYS[x.weekday()]), (x, day)
    return x


def iso(x):
    return x.isoformat()


def idate(x):            # "Senin, 13 April 2026"
    return f'{HARI[x.weekday()]}, {x.day} {BULAN[x.month]} {x.year}'


def edate(x):            # "Thursday, 16 April 2026"
    return f'{DAYS[x.weekday()]}, {x.day} {MONTHS[x.month]} {x.year}'


def dot(x):              # "14.00"
    return f'{x.hour:02d}.{x.minute:02d}'


def ampm(x):             # "3:00 PM"
    h = x.hour % 12 or 12
    return f'{h}:{x.minute:02d} {"AM" if x.hour < 12 else "PM"}'


def gtime(x):            # Google style "10am", "1:45pm"
    h = x.hour % 12 or 12
    suf = 'am' if x.hour < 12 else 'pm'
    return f'{h}{suf}' if x.minute == 0 else f'{h}:{x.minute:02d}{suf}'


def gdate(x):            # "Tue Apr 28, 2026"
    return f'{DAYS3[x.weekday()]} {MONTHS3[x.month]} {x.day}, {x.year}'


def gdate_long(x):       # "Tuesday Apr 28, 2026"
    return f'{DAYS[x.weekday()]} {MONTHS3[x.month]} {x.day}, {x.year}'


def gmail_attr_id(x, who):
    return f'Pada tanggal {HARI3[x.weekday()]}, {x.day} {BULAN3[x.month]} {x.year} pukul {dot(x)} {who} menulis:'


def gmail_attr_en(x, who):
    return f'On {DAYS3[x.weekday()]}, {x.day} {MONTHS3[x.month]} {x.year} at {x.hour:02d}:{x.minute:02d}, {who} wrote:'


def outlook_sent(x):     # "Friday, 17 April 2026 3:05 PM"
    return f'{DAYS[x.weekday()]}, {x.day} {MONTHS[x.month]} {x.year} {ampm(x)}'


# ----------------------------------------------------------------------------- iCalendar helpers
def zstamp(x):
    return x.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def lstamp(x):
    return x.strftime('%Y%m%dT%H%M%S')


def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    raw = line.encode('utf-8')
    if len(raw) <= 75:
        return line
    out, cur, limit = [], b'', 75
    for ch in line:
        b = ch.encode('utf-8')
        if len(cur) + len(b) > limit:
            out.append(cur.decode('utf-8'))
            cur, limit = b'', 74
        cur += b
    out.append(cur.decode('utf-8'))
    return '\r\n '.join(out)


def cal(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def vtz_iana(tzid, off, name):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}', 'BEGIN:STANDARD',
            f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}', f'TZNAME:{name}', 'DTSTART:19700101T000000',
            'END:STANDARD', 'END:VTIMEZONE']


def vtz_windows(tzid, off):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', 'BEGIN:STANDARD', 'DTSTART:16010101T000000',
            f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}', 'END:STANDARD', 'BEGIN:DAYLIGHT',
            'DTSTART:16010101T000000', f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}', 'END:DAYLIGHT',
            'END:VTIMEZONE']


VTZ_LONDON = ['BEGIN:VTIMEZONE', 'TZID:Europe/London', 'X-LIC-LOCATION:Europe/London',
              'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'TZNAME:BST',
              'DTSTART:19700329T010000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
              'BEGIN:STANDARD', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'TZNAME:GMT',
              'DTSTART:19701025T020000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
              'END:VTIMEZONE']


def att(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp='TRUE', google=False):
    if google:
        return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};'
                f'CN={name};X-NUM-GUESTS=0:mailto:{email}')
    return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}'


# ----------------------------------------------------------------------------- MIME helpers
def hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def addr(name, email):
    return formataddr((name, email))


def leaf(ctype, body, cte='7bit', extra=()):
    if cte == 'base64':
        payload = base64.encodebytes(body.encode('utf-8')).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(body.encode('utf-8')).decode('ascii')
    else:
        payload = body
    if not payload.endswith('\n'):
        payload += '\n'
    head = [f'Content-Type: {ctype}'] + list(extra) + [f'Content-Transfer-Encoding: {cte}']
    return '\n'.join(head) + '\n\n' + payload


def multi(sub, boundary, parts, extra=()):
    s = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n' + ''.join(e + '\n' for e in extra) + '\n'
    for p in parts:
        s += f'--{boundary}\n{p}\n'
    return s + f'--{boundary}--\n'


def rcv(host, ip, when, sid, by='mx1.example.com'):
    return (f'from {host} ({host} [{ip}])\n        by {by} (Postfix) with ESMTPS id {sid}\n'
            f'        for <{OWNER}>; {format_datetime(when)}')


def eml(*, frm, to, subject, date, msgid, entity, cc=None, reply_to=None, irt=None, refs=None,
        received=None, return_path=None, sender=None, pre=(), post=()):
    h = [('Delivered-To', OWNER)]
    if received:
        h.append(('Received', received))
    if return_path:
        h.append(('Return-Path', f'<{return_path}>'))
    h += list(pre)
    h.append(('From', frm))
    if sender:
        h.append(('Sender', sender))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h.append(('To', to))
    if cc:
        h.append(('Cc', cc))
    h.append(('Subject', hdr(subject)))
    h.append(('Date', format_datetime(date)))
    h.append(('Message-ID', msgid))
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', refs))
    h += list(post)
    h.append(('MIME-Version', '1.0'))
    return ''.join(f'{k}: {v}\n' for k, v in h) + entity


def quote_plain(text):
    return '\n'.join('> ' + l if l else '>' for l in text.rstrip('\n').split('\n'))


def _lines_html(text):
    return '<br>\n'.join(html.escape(l, quote=False) for l in text.rstrip('\n').split('\n'))


def gmail_html(text, attr=None, quoted=None):
    s = f'<div dir="ltr">{_lines_html(text)}</div>'
    if attr:
        s += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              f'{html.escape(attr, quote=False)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px '
              '0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              f'{_lines_html(quoted)}</blockquote></div>')
    return s + '\n'


def outlook_html(text, lang='en-US', quoted_header=None, quoted=None):
    paras = ''.join(f'<p class="MsoNormal">{html.escape(l, quote=False) or "&nbsp;"}<o:p></o:p></p>\n'
                    for l in text.rstrip('\n').split('\n'))
    q = ''
    if quoted_header:
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             '<p class="MsoNormal">' + '<br>\n'.join(
                 (f'<b>{html.escape(l.split(": ", 1)[0])}:</b> {html.escape(l.split(": ", 1)[1], quote=False)}'
                  if l.split(': ', 1)[0] in ('From', 'Sent', 'To', 'Cc', 'Subject') and ': ' in l
                  else html.escape(l, quote=False)) for l in quoted_header.split('\n')) + '</p></div>\n'
             f'<p class="MsoNormal">{_lines_html(quoted)}</p>\n')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;} --></style>'
            f'</head><body lang="{lang}" link="#467886" vlink="#96607D"><div class="WordSection1">\n'
            f'{paras}{q}</div></body></html>\n')


def vendor_html(text, brand):
    blocks = text.rstrip('\n').split('\n\n')
    ps = ''.join(f'<p style="margin:0 0 14px 0">{_lines_html(b)}</p>\n' for b in blocks)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f5f7">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;'
            'font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1c2b39">'
            f'<tr><td><div style="font-weight:bold;font-size:18px;margin-bottom:16px">{html.escape(brand)}</div>\n'
            f'{ps}</td></tr></table></td></tr></table></body></html>\n')


TEAMS_BLOCK = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {num}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def teams_block(mid, tid, num, pw):
    return TEAMS_BLOCK.format(mid=mid, tid=tid, num=num, pw=pw)


# ----------------------------------------------------------------------------- vendor builders
GOOGLE_TZ = {'Asia/Jakarta': ('Western Indonesia Time - Jakarta', 'GMT+7'),
             'Asia/Makassar': ('Central Indonesia Time - Makassar', 'GMT+8'),
             'Asia/Singapore': ('Singapore Standard Time', 'GMT+8')}


def google_invite(*, organizer, attendees, summary, start, end, tzname, description, uid, eid,
                  sent, msgid, bnd, meet=None, location=None, method='REQUEST', sequence=0,
                  created=None, kind='Invitation'):
    """Google Calendar invitation mail. organizer=(name,email); attendees=[(name,email,partstat)]."""
    tzlabel, subjtz = GOOGLE_TZ[tzname]
    start, end = start.astimezone(ZoneInfo(tzname)), end.astimezone(ZoneInfo(tzname))
    oname, oemail = organizer
    subject = f'{kind}: {summary} @ {gdate(start)} {gtime(start)} - {gtime(end)} ({subjtz}) ({OWNER})'
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    lines = [summary, f'{gdate_long(start)} \u22c5 {gtime(start)} \u2013 {gtime(end)}', tzlabel, '']
    if kind == 'Canceled event':
        lines = ['This event has been canceled.', ''] + lines
    if location:
        lines += ['Location', location] + (
            [] if location.startswith('http') else [f'https://www.google.com/maps/search/{location.replace(" ", "+")}']) + ['']
    if meet:
        lines += ['Join with Google Meet', f'https://meet.google.com/{meet}', '',
                  'Join by phone', '(ID) +62 21 5098 1334', f'PIN: {sum(ord(c) * 7919 ** i for i, c in enumerate(meet)) % 900000000 + 100000000}', '']
    lines += ['Organizer', oname, oemail, '', 'Guests', f'{oname} - organizer', oemail]
    for n, e, _ in attendees:
        if e == oemail:
            continue
        lines += [n, e] if n != e else [e]
    lines += [f'View all guest info {view}', '']
    if description:
        lines += [description.rstrip('\n'), '']
    lines += [f'Reply for {OWNER} and view more details {view}', 'Your attendance is optional.', '', '~~//~~',
              'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
              'You are receiving this email because you are an attendee on the event.', '',
              'Forwarding this invitation could allow any recipient to send a response to the organizer, '
              'be added to the guest list, invite others regardless of their own invitation status, or '
              'modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
    plain = '\n'.join(lines) + '\n'
    hbody = ''.join(f'<p>{_lines_html(b)}</p>' for b in plain.split('\n\n'))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           f'<div style="font-family:Roboto,Helvetica,Arial,sans-serif">{hbody}</div></body></html>\n')
    desc = description or ''
    if meet:
        desc += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                 f'Join with Google Meet: https://meet.google.com/{meet}\n\n'
                 'Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
                 'Please do not edit this section.\n'
                 '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    created = created or sent
    ev = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
          'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT',
          f'DTSTART:{zstamp(start)}', f'DTEND:{zstamp(end)}', f'DTSTAMP:{zstamp(sent)}',
          f'ORGANIZER;CN={oname}:mailto:{oemail}', f'UID:{uid}']
    for n, e, ps in attendees:
        ev.append(att(n, e, ps, google=True))
    if meet:
        ev.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    ev += [f'CREATED:{zstamp(created)}', f'DESCRIPTION:{esc(desc)}', f'LAST-MODIFIED:{zstamp(sent)}',
           f'LOCATION:{esc(location or "")}', f'SEQUENCE:{sequence}',
           f'STATUS:{"CANCELLED" if method == "CANCEL" else "CONFIRMED"}', f'SUMMARY:{esc(summary)}',
           'TRANSP:OPAQUE', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
           'TRIGGER:-P0DT0H30M0S', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    ics = cal(ev)
    alt = multi('alternative', bnd + 'b', [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, 'base64'),
        leaf('text/html; charset="UTF-8"', htm, 'quoted-printable'),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, 'base64')])
    entity = multi('mixed', bnd + 'a', [alt, leaf(
        'application/ics; name="invite.ics"', ics, 'base64',
        [f'Content-Disposition: attachment; filename="invite.ics"'])])
    return eml(frm=addr(oname, oemail), to=OWNER, subject=subject, date=sent.astimezone(UTC), msgid=msgid,
               entity=entity, reply_to=addr(oname, oemail), sender='Google Calendar <calendar-notification@google.com>',
               return_path=f'{msgid[10:26]}@calendar-server.bounces.google.com',
               received=rcv('mail-sor-f69.google.com', '209.85.220.69', sent.astimezone(UTC),
                            msgid[10:26].upper().replace('-', '')))


def exchange_invite(*, organizer, attendees, subject, summary, start, end, wintz, off, body_text, uid,
                    sent, msgid, bnd, method='REQUEST', sequence=0, lang='en-US', location='Microsoft Teams Meeting',
                    teams_url=None, thread_index='AQHcx0nP8Qm3Zt1e0kWq9rS2vB4aPw==', host='SG2PR06MB5931',
                    tenant='apcprd06', importance=None):
    """Exchange Online / Outlook meeting request (multipart/alternative incl. text/calendar)."""
    oname, oemail = organizer
    cancel = method == 'CANCEL'
    ev = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    ev += vtz_windows(wintz, off)
    ev += ['BEGIN:VEVENT', f'ORGANIZER;CN={oname}:mailto:{oemail}']
    for n, e, ps in attendees:
        ev.append(att(n, e, ps))
    ev += [f'DESCRIPTION;LANGUAGE={lang}:{esc(body_text)}', f'UID:{uid}',
           f'SUMMARY;LANGUAGE={lang}:{esc(summary)}',
           f'DTSTART;TZID={wintz}:{lstamp(start)}', f'DTEND;TZID={wintz}:{lstamp(end)}',
           'CLASS:PUBLIC', 'PRIORITY:5' if not cancel else 'PRIORITY:1', f'DTSTAMP:{zstamp(sent)}',
           'TRANSP:OPAQUE', f'STATUS:{"CANCELLED" if cancel else "CONFIRMED"}', f'SEQUENCE:{sequence}',
           f'LOCATION;LANGUAGE={lang}:{esc(location)}', f'X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}',
           'X-MICROSOFT-CDO-OWNERAPPTID:-1394427705',
           f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if cancel else "TENTATIVE"}',
           f'X-MICROSOFT-CDO-INTENDEDSTATUS:{"FREE" if cancel else "BUSY"}',
           'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', f'X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}',
           'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_url:
        ev += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}',
               'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    ev += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
           f'X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}']
    if not cancel:
        ev += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    ev += ['END:VEVENT', 'END:VCALENDAR']
    ics = cal(ev)
    entity = multi('alternative', bnd, [
        leaf('text/plain; charset="utf-8"', body_text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', outlook_html(body_text, lang), 'quoted-printable'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics, 'base64')])
    to = ', '.join(addr(n, e) for n, e, _ in attendees if e != oemail)
    pre = [('Thread-Topic', hdr(summary)), ('Thread-Index', thread_index)]
    post = [('Accept-Language', f'{lang}, id-ID' if lang == 'en-US' else f'{lang}, en-US'),
            ('Content-Language', lang), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    if importance:
        post.append(('Importance', importance))
    return eml(frm=addr(oname, oemail), to=to, subject=subject, date=sent, msgid=msgid, entity=entity,
               received=rcv(f'{host.lower()}.outbound.protection.outlook.com', '52.101.128.41', sent,
                            msgid[1:11].replace('.', 'X')), pre=pre, post=post)


def gcal_event(*, eid, summary, description, organizer, attendees, start, end, tzname, created, updated,
               location=None, meet=None, sequence=0, status='confirmed', etag='"3551234567890000"'):
    oname, oemail = organizer
    ev = {'kind': 'calendar#event', 'etag': etag, 'id': eid, 'status': status,
          'htmlLink': f'https://www.google.com/calendar/event?eid={base64.b64encode((eid + " " + OWNER).encode()).decode().rstrip("=")}',
          'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
          'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
          'summary': summary, 'description': description}
    if location:
        ev['location'] = location
    ev['creator'] = {'email': oemail, 'displayName': oname}
    ev['organizer'] = {'email': oemail, 'displayName': oname}
    ev['start'] = {'dateTime': start.astimezone(ZoneInfo(tzname)).isoformat(), 'timeZone': tzname}
    ev['end'] = {'dateTime': end.astimezone(ZoneInfo(tzname)).isoformat(), 'timeZone': tzname}
    ev['iCalUID'] = f'{eid}@google.com'
    ev['sequence'] = sequence
    ev['attendees'] = []
    for n, e, rs in attendees:
        a = {'email': e}
        if n:
            a['displayName'] = n
        if e == oemail:
            a['organizer'] = True
        if e == OWNER:
            a['self'] = True
        a['responseStatus'] = rs
        ev['attendees'].append(a)
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


def label(case, interviews, difficulty, category, notes):
    return case, {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
                  'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers),
            'followup_recipients': list(recipients), 'kind': kind}


# ============================================================================= POSITIVE CASES
def c01():
    case = 'b222-01-jobstreet-relay-phone-screen-wib'
    sent = T(2026, 4, 9, 14, 22, WIB, 7, day='Kamis')
    start = T(2026, 4, 13, 10, 0, WIB, day='Senin')
    end = start + timedelta(minutes=30)
    confirm_by = T(2026, 4, 10, day='Jumat')
    dewi = 'dewi.anggraini@grhanusantara.example'
    text = f"""Halo Ratna Wulandari,

Grha Nusantara Hotels mengirimkan pesan terkait lamaran Anda untuk posisi
Revenue Manager (Corporate Office - Jakarta).

------------------------------------------------------------
Pesan dari Grha Nusantara Hotels
------------------------------------------------------------

Yth. Ibu Ratna Wulandari,

Terima kasih atas lamaran Ibu untuk posisi Revenue Manager di Grha Nusantara
Hotels. Setelah meninjau CV Ibu, kami ingin mengundang Ibu untuk wawancara
tahap awal melalui telepon dengan detail sebagai berikut:

Hari/Tanggal : {idate(start)}
Waktu        : {dot(start)} - {dot(end)} WIB
Metode       : Wawancara telepon (kami akan menghubungi nomor yang tercantum di CV)
Pewawancara  : Dewi Anggraini, Talent Acquisition Specialist

Mohon konfirmasi kesediaan Ibu paling lambat {idate(confirm_by)} dengan
membalas ke {dewi}. Apabila jadwal tersebut kurang sesuai, silakan
sampaikan dua alternatif waktu lain.

Salam hangat,

Dewi Anggraini
Talent Acquisition Specialist
Grha Nusantara Hotels - Corporate Office
Jl. H.R. Rasuna Said Kav. C-12, Jakarta Selatan 12940

------------------------------------------------------------

Lihat status lamaran: https://id.jobstreet.com/id/my-activity/applied-jobs?ref=em-msg-7719

Pesan ini dikirim melalui JobStreet atas nama Grha Nusantara Hotels. Mohon
tidak membalas email ini karena kotak masuk ini tidak dipantau.

JobStreet by SEEK | Jakarta, Indonesia
Atur notifikasi: https://id.jobstreet.com/id/settings/notifications
"""
    mid = '<0100019d7a3c2f1e-8c41d2b7-5e0a-4f3c-9b61-7d2e0c4a9f13-000000@email.amazonses.com>'
    entity = multi('alternative', '----=_Part_4418207_1204937710.1775719327118', [
        leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', vendor_html(text, 'JobStreet'), 'quoted-printable')])
    files = {'01-jobstreet-undangan-wawancara.eml': eml(
        frm='Grha Nusantara Hotels via JobStreet <noreply@jobstreet.com>', to=OWNER,
        subject='Undangan Wawancara: Revenue Manager - Grha Nusantara Hotels', date=sent, msgid=mid,
        entity=entity, return_path='0100019d7a3c2f1e-bounces@amazonses.com',
        received=rcv('a8-41.smtp-out.amazonses.com', '54.240.8.41', sent, '4Fq7Zk1bWxz9tY'),
        post=[('List-Unsubscribe', '<https://id.jobstreet.com/id/settings/notifications>'),
              ('X-SES-Outgoing', '2026.04.09-54.240.8.41')])}
    lab = label(case, [iv('Grha Nusantara Hotels', 'Revenue Manager (Corporate Office - Jakarta)', start, end,
                          'scheduled', [dewi], [dewi], 'phone_screen')], 'easy', 'positive/ats-relay-body-only',
                'JobStreet relay from noreply; the recruiter conducts the phone interview and her address is '
                'given in the text, so she is interviewer and follow-up recipient. 10.00-10.30 WIB.')
    return case, files, lab


def c02():
    case = 'b222-02-kalibrr-relay-zoom-ics-wita'
    sent = T(2026, 4, 10, 1, 5, UTC, 44)
    start = T(2026, 4, 16, 11, 0, WITA, day='Thursday')
    end = start + timedelta(hours=1)
    ayu, made = 'ayu.pratiwi@kencanabay.example', 'made.suardana@kencanabay.example'
    zoom = 'https://kencanabay.zoom.us/j/86120447391?pwd=Qm9vS2xpbmdCYWxpMjAyNg.1'
    start_wib = start.astimezone(WIB)
    text = f"""Hi Ratna,

Good news! Kencana Bay Resorts has scheduled an interview with you for the
Cluster Revenue Manager (Bali) position you applied for.

INTERVIEW DETAILS
Type: Video call (Zoom)
Date: {edate(start)}
Time: {ampm(start)} - {ampm(end)} (GMT+08:00) Asia/Makassar
Interviewer: Made Suardana, Director of Revenue
Meeting link: {zoom}
Meeting ID: 861 2044 7391 / Passcode: 240416

MESSAGE FROM THE EMPLOYER
"Selamat pagi Ibu Ratna, please note the time above is Bali time (WITA), which is
{dot(start_wib)} WIB in Jakarta. Pak Made would like to go through your experience with
multi-property pricing and channel mix, so feel free to have your numbers handy.
If anything comes up, you can reach me directly at {ayu}.
- Ayu Pratiwi, HR Manager, Kencana Bay Resorts"

An invitation file (interview.ics) is attached so you can add this to your calendar.

Confirm attendance: https://www.kalibrr.com/c/kencana-bay-resorts/jobs/223914/interview/confirm
Need to reschedule? Reply to the employer from your Kalibrr inbox.

Good luck!
The Kalibrr Team

You are receiving this email because you applied for a job on Kalibrr.
Kalibrr Technologies | kalibrr.com
"""
    ics = cal(['BEGIN:VCALENDAR', 'PRODID:-//Kalibrr//Interview Scheduler 3.2//EN', 'VERSION:2.0',
               'CALSCALE:GREGORIAN', 'METHOD:REQUEST'] + vtz_iana('Asia/Makassar', '+0800', 'WITA') + [
        'BEGIN:VEVENT', 'UID:kb-interview-223914-58810@kalibrr.com', f'DTSTAMP:{zstamp(sent)}',
        f'DTSTART;TZID=Asia/Makassar:{lstamp(start)}', f'DTEND;TZID=Asia/Makassar:{lstamp(end)}',
        'SUMMARY:Interview: Cluster Revenue Manager (Bali) - Kencana Bay Resorts',
        'DESCRIPTION:' + esc('Video interview with Made Suardana (Director of Revenue).\nZoom: ' + zoom
                             + '\nMeeting ID: 861 2044 7391 Passcode: 240416'),
        f'LOCATION:{esc(zoom)}', 'ORGANIZER;CN=Ayu Pratiwi:mailto:' + ayu,
        att('Made Suardana', made, 'ACCEPTED', rsvp='FALSE'), att(OWNER_NAME, OWNER),
        'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    alt = multi('alternative', 'b2_kB9dQv3eXw7Lr0Tz', [
        leaf('text/plain; charset=utf-8', text, 'quoted-printable'),
        leaf('text/html; charset=utf-8', vendor_html(text, 'Kalibrr'), 'quoted-printable')])
    entity = multi('mixed', 'b1_kB9dQv3eXw7Lr0Tz', [alt, leaf(
        'text/calendar; charset=utf-8; method=REQUEST; name="interview.ics"', ics, 'base64',
        ['Content-Disposition: attachment; filename="interview.ics"'])])
    files = {'01-kalibrr-interview-scheduled.eml': eml(
        frm='Kalibrr <no-reply@kalibrr.com>', to=OWNER,
        subject='Interview scheduled: Cluster Revenue Manager (Bali) at Kencana Bay Resorts', date=sent,
        msgid='<20260410010544.1f0c7e2a9b3d4e55@mailer.kalibrr.com>', entity=entity,
        return_path='bounce+7c1e2f@mailer.kalibrr.com',
        received=rcv('o12.mailer.kalibrr.com', '167.89.101.12', sent, '4Fr1Hn0sKpz3Bq'))}
    lab = label(case, [iv('Kencana Bay Resorts', 'Cluster Revenue Manager (Bali)', start, end, 'scheduled',
                          [made], [made], 'hiring_manager')], 'medium', 'positive/ats-relay-ics-wita',
                'Kalibrr relay (Date in UTC) with .ics in Asia/Makassar: 11:00-12:00 WITA = 10.00 WIB. '
                'Ayu (HR) only organizes; Made (Director of Revenue) conducts it.')
    return case, files, lab


def c03():
    case = 'b222-03-teams-invite-singapore-regional'
    sent = T(2026, 4, 16, 10, 14, SGT, 33)
    start = T(2026, 4, 21, 15, 0, SGT, day='Tuesday')
    end = start + timedelta(minutes=45)
    jas, marcus = 'jasmine.lim@straitsmeridian.example', 'marcus.tan@straitsmeridian.example'
    sw, ew = start.astimezone(WIB), end.astimezone(WIB)
    turl = ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTI3YjgtOWE1MS00ZDcyLWJmMzAtYzE2ODQ0ZDc5YTEy'
            '%40thread.v2/0?context=%7b%22Tid%22%3a%22c3b9e0d4-41f7-4a8e-9d2b-6f10a7e5c812%22%7d')
    body = f"""Hi Ratna,

As discussed on WhatsApp, here is the Teams invite for your conversation with Marcus Tan, our Regional Director of Revenue Strategy (Asia Pacific), for the Area Revenue Manager - Indonesia role.

Please note the invite is in Singapore time: {ampm(start)} - {ampm(end)} SGT, which is {ampm(sw)} - {ampm(ew)} in Jakarta (WIB). Marcus will be joining from our office at Raffles Place.

If you have any trouble joining, just drop me a note.

Best regards,
Jasmine Lim
Talent Acquisition Coordinator | Straits Meridian Hotels
9 Raffles Place, #27-01, Singapore 048619

{teams_block('NmQ4ZTI3YjgtOWE1MS00ZDcyLWJmMzAtYzE2ODQ0ZDc5YTEy', 'c3b9e0d4-41f7-4a8e-9d2b-6f10a7e5c812', '418 227 905 316 4', 'Vs9Qe2Ux')}
"""
    files = {'01-teams-invite-marcus-tan.eml': exchange_invite(
        organizer=('Jasmine Lim', jas),
        attendees=[(OWNER_NAME, OWNER, 'NEEDS-ACTION'), ('Marcus Tan', marcus, 'ACCEPTED')],
        subject='Interview: Area Revenue Manager - Indonesia | Ratna Wulandari / Marcus Tan',
        summary='Interview: Area Revenue Manager - Indonesia | Ratna Wulandari / Marcus Tan',
        start=start, end=end, wintz='Singapore Standard Time', off='+0800', body_text=body,
        uid='040000008200E00074C5B7101A82E00800000000B2F4E1C8A6CBDC01000000000000000010000000E4C6F1D7A2B3484F9C1D0E2A7B5F3C61',
        sent=sent, msgid='<SG2PR06MB59310A7C44E1D2F39B8C1E77A41A2@SG2PR06MB5931.apcprd06.prod.outlook.com>',
        bnd='_000_SG2PR06MB59310A7C44E1D2F39B8C1E77A41A2SG2PR06MB5931apcp_', teams_url=turl)}
    lab = label(case, [iv('Straits Meridian Hotels', 'Area Revenue Manager - Indonesia', start, end, 'scheduled',
                          [marcus], [marcus], 'hiring_manager')], 'medium', 'positive/teams-windows-tzid-sgt',
                'Exchange/Teams request with TZID "Singapore Standard Time": 15:00-15:45 SGT = 14:00 WIB. '
                'Organizer Jasmine is only the coordinator.')
    return case, files, lab


def c04():
    case = 'b222-04-bali-resort-onsite-gm-tour'
    sent1 = T(2026, 4, 20, 16, 40, WITA, 12, day='Senin')
    day = T(2026, 4, 28, 0, 0, WITA, day='Selasa')
    s1 = day.replace(hour=10); e1 = day.replace(hour=11)
    s2 = e1; e2 = day.replace(hour=12)
    lunch_s, lunch_e = e2, day.replace(hour=13)
    tour_s, tour_e = lunch_e, day.replace(hour=13, minute=45)
    gm_s, gm_e = day.replace(hour=14), day.replace(hour=14, minute=45)
    flight_dep = T(2026, 4, 28, 5, 45, WIB); flight_arr = T(2026, 4, 28, 8, 40, WITA)
    kom = 'komang.lestari@amerthacliff.example'
    sekar = 'sekar.maharani@amerthacliff.example'
    wayan = 'wayan.gunawan@amerthacliff.example'
    julien = 'julien.moreau@amerthacliff.example'
    text1 = f"""Dear Ibu Ratna,

Terima kasih atas minat Ibu untuk bergabung dengan Amertha Cliff Resort Uluwatu.
Dengan senang hati kami mengundang Ibu untuk wawancara tahap akhir secara langsung
(onsite) di resort kami untuk posisi Resort Revenue Manager.

Hari/Tanggal : {idate(day)}
Lokasi       : Amertha Cliff Resort Uluwatu, Jl. Labuan Sait, Pecatu, Kuta Selatan, Badung, Bali
Dress code   : Business formal

Agenda (semua waktu dalam WITA / waktu Bali):
{dot(s1)} - {dot(e1)}  Wawancara dengan Ibu Sekar Maharani (Director of Sales & Marketing)
               dan Bapak I Wayan Gunawan (Director of Finance)
{dot(s2)} - {dot(e2)}  Presentasi singkat: analisa pace & pickup Q3 (materi kami kirim H-3)
{dot(lunch_s)} - {dot(lunch_e)}  Makan siang bersama tim Commercial
{dot(tour_s)} - {dot(tour_e)}  Property tour bersama Ibu Sekar
{dot(gm_s)} - {dot(gm_e)}  Wawancara dengan General Manager, Mr. Julien Moreau

Untuk penerbangan, kami sarankan penerbangan pagi dari CGK pukul {dot(flight_dep)} WIB yang
tiba di DPS pukul {dot(flight_arr)} WITA; driver kami akan menjemput di terminal kedatangan
domestik. Tiket PP dan transport akan kami reimburse sesuai kebijakan perusahaan.

Undangan kalender akan kami kirim terpisah (dua undangan: sesi pagi dan sesi GM).
Mohon konfirmasi kehadiran dengan membalas email ini.

Salam hangat,

Komang Ayu Lestari
Human Resources Manager
Amertha Cliff Resort Uluwatu
T: +62 361 848 2210 | {kom}
"""
    mid1 = '<CAJk7pQ2vN0dR3xW9sT4mB8eYc1LhG5uF6aZ0oK2iE7rD9qP3nA@mail.gmail.com>'
    entity1 = multi('alternative', '000000000000a1b2c3d4e5f60617', [
        leaf('text/plain; charset="UTF-8"', text1, 'quoted-printable'),
        leaf('text/html; charset="UTF-8"', gmail_html(text1), 'quoted-printable')])
    f1 = eml(frm=addr('Komang Ayu Lestari', kom), to=OWNER, cc=addr('Sekar Maharani', sekar),
             subject='Undangan Wawancara Onsite - Resort Revenue Manager | Amertha Cliff Resort Uluwatu',
             date=sent1, msgid=mid1, entity=entity1,
             received=rcv('mail-ej1-f47.google.com', '209.85.218.47', sent1, '4Fs2Lk6Qw1z8Rm'))
    sent2 = sent1 + timedelta(minutes=22, seconds=9)
    f2 = google_invite(
        organizer=('Komang Ayu Lestari', kom),
        attendees=[('Komang Ayu Lestari', kom, 'ACCEPTED'), ('Sekar Maharani', sekar, 'ACCEPTED'),
                   ('I Wayan Gunawan', wayan, 'NEEDS-ACTION'), (OWNER, OWNER, 'NEEDS-ACTION')],
        summary='Onsite Interview - Resort Revenue Manager (Ratna Wulandari)', start=s1, end=tour_e,
        tzname='Asia/Makassar',
        description=('Sesi pagi: wawancara dengan Ibu Sekar & Pak Wayan, presentasi pace & pickup, makan siang '
                     'dengan tim Commercial, lalu property tour.\nSesi GM menyusul di undangan terpisah.'),
        location='Amertha Cliff Resort Uluwatu, Jl. Labuan Sait, Pecatu, Bali',
        uid='5h2k9q7c1m3v8r0t4x6b2n1p7d@google.com', eid='NWgyazlxN2MxbTN2OHIwdDR4NmIybjFwN2Q',
        sent=sent2, msgid='<calendar-7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f@google.com>',
        bnd='0000000000009e8d7c6b5a4f3e2d')
    sent3 = sent2 + timedelta(minutes=3, seconds=41)
    f3 = google_invite(
        organizer=('Komang Ayu Lestari', kom),
        attendees=[('Komang Ayu Lestari', kom, 'ACCEPTED'), ('Julien Moreau', julien, 'ACCEPTED'),
                   (OWNER, OWNER, 'NEEDS-ACTION')],
        summary='GM Interview - Ratna Wulandari (Resort Revenue Manager)', start=gm_s, end=gm_e,
        tzname='Asia/Makassar', description="GM's office, Level 2, Executive Office building.",
        location='Amertha Cliff Resort Uluwatu, Jl. Labuan Sait, Pecatu, Bali',
        uid='0q8w3e5r7t9y1u2i4o6p8a0s2d@google.com', eid='MHE4dzNlNXI3dDl5MXUyaTRvNnA4YTBzMmQ',
        sent=sent3, msgid='<calendar-1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b@google.com>',
        bnd='000000000000f1e2d3c4b5a69788')
    files = {'01-undangan-wawancara-onsite.eml': f1, '02-invitation-onsite-sesi-pagi.eml': f2,
             '03-invitation-gm-interview.eml': f3}
    lab = label(case, [iv('Amertha Cliff Resort Uluwatu', 'Resort Revenue Manager', s1, gm_e, 'scheduled',
                          [sekar, wayan, julien], [sekar, wayan, julien], 'onsite')], 'hard',
                'positive/onsite-loop-two-invites',
                'Same-day onsite in Bali sent as itinerary mail + two Google invites (morning block and GM '
                'interview): one onsite from 10.00 to 14.45 WITA with DOSM, DOF and GM. Lunch and the property '
                'tour are inside the loop. Flight times (05.45 WIB / 08.40 WITA) are distractors; Komang (HR) '
                'only coordinates.')
    return case, files, lab


def c05():
    case = 'b222-05-makassar-reschedule-wita'
    andi, arief = 'andi.nurhaliza@losaripermai.example', 'arief.rahman@losaripermai.example'
    sent1 = T(2026, 4, 13, 11, 20, WITA, 5, day='Senin')
    old = T(2026, 4, 22, 14, 0, WITA, day='Rabu'); old_end = old + timedelta(minutes=45)
    sent2 = T(2026, 4, 17, 15, 5, WITA, 48, day='Jumat')
    new = T(2026, 4, 23, 9, 30, WITA, day='Kamis'); new_end = new + timedelta(minutes=45)
    owner_reply = T(2026, 4, 17, 14, 51, WIB)   # owner writes from Jakarta
    sent3 = T(2026, 4, 17, 16, 12, WITA, 30)
    zoom = 'https://us06web.zoom.us/j/84417702265?pwd=TG9zYXJpUGVybWFpSFI'
    uid = 'LPHR-2026-0417-RDM-0032@losaripermai.example'
    sig = """Salam,

Andi Nurhaliza
HR Manager
Hotel Losari Permai Makassar
Jl. Penghibur No. 18, Makassar 90111
T: +62 411 362 1180"""
    t1 = f"""Yth. Ibu Ratna Wulandari,

Terima kasih atas lamaran Ibu untuk posisi Revenue & Distribution Manager di Hotel Losari
Permai Makassar. Kami mengundang Ibu untuk wawancara online bersama Bapak Arief Rahman,
Hotel Manager, dengan jadwal sebagai berikut:

Hari/Tanggal : {idate(old)}
Waktu        : {dot(old)} - {dot(old_end)} WITA ({dot(old.astimezone(WIB))} WIB)
Media        : Zoom ({zoom})

Undangan kalender terlampir. Mohon balas email ini untuk konfirmasi.

{sig}
"""
    def ics_for(st, en, seq, stamp):
        return cal(['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
                    'METHOD:REQUEST'] + vtz_iana('Asia/Makassar', '+0800', 'WITA') + [
            'BEGIN:VEVENT', f'ORGANIZER;CN=Andi Nurhaliza:mailto:{andi}',
            att('Arief Rahman', arief, 'ACCEPTED'), att(OWNER_NAME, OWNER),
            f'DESCRIPTION:{esc("Wawancara Revenue & Distribution Manager bersama Bapak Arief Rahman (Hotel Manager). Zoom: " + zoom)}',
            f'UID:{uid}', 'SUMMARY:Wawancara - Revenue & Distribution Manager (Ratna Wulandari)',
            f'DTSTART;TZID=Asia/Makassar:{lstamp(st)}', f'DTEND;TZID=Asia/Makassar:{lstamp(en)}',
            'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{zstamp(stamp)}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
            f'SEQUENCE:{seq}', f'LOCATION:{esc(zoom)}', 'END:VEVENT', 'END:VCALENDAR'])
    def outlook_mail(text, ics, bnd, quoted_header=None, quoted=None):
        parts = [multi('alternative', bnd + 'alt_', [
            leaf('text/plain; charset="utf-8"',
                 text + ('\n' + quoted_header + '\n\n' + quoted if quoted_header else ''), 'quoted-printable'),
            leaf('text/html; charset="utf-8"', outlook_html(text, 'id-ID', quoted_header, quoted), 'quoted-printable')])]
        if ics:
            parts.append(leaf('text/calendar; charset="utf-8"; method=REQUEST; name="undangan.ics"', ics, 'base64',
                              ['Content-Disposition: attachment; filename="undangan.ics"']))
        return multi('mixed', bnd, parts)
    mid1 = '<SI2PR04MB61288E1A0C3B47D2A5F9E0C1B3D42@SI2PR04MB6128.apcprd04.prod.outlook.com>'
    f1 = eml(frm=addr('Andi Nurhaliza', andi), to=OWNER, cc=addr('Arief Rahman', arief),
             subject='Undangan Wawancara - Revenue & Distribution Manager', date=sent1, msgid=mid1,
             entity=outlook_mail(t1, ics_for(old, old_end, 0, sent1), '_004_SI2PR04MB61288E1A0C3B47D2A5F9E0C1B3D42_'),
             received=rcv('mail-sgaapc01on2070.outbound.protection.outlook.com', '40.107.215.70', sent1, '4Fp9Xc2Tt0z1Lw'),
             pre=[('Thread-Topic', 'Undangan Wawancara - Revenue & Distribution Manager')],
             post=[('Content-Language', 'id-ID')])
    t2 = f"""Ibu Ratna,

Mohon maaf atas perubahan mendadak. Karena Bapak Arief harus mendampingi kunjungan owner
pada hari Rabu, jadwal wawancara Ibu kami pindahkan menjadi:

Hari/Tanggal : {idate(new)}
Waktu        : {dot(new)} - {dot(new_end)} WITA ({dot(new.astimezone(WIB))} WIB)
Media        : Zoom (link sama seperti sebelumnya)

Undangan kalender yang baru terlampir. Mohon konfirmasi apakah waktu ini memungkinkan.

{sig}
"""
    qh1 = (f'Andi Nurhaliza <{andi}>\nSent: {outlook_sent(sent1)}\nTo: {OWNER_FULL}\nCc: Arief Rahman <{arief}>\n'
           'Subject: Undangan Wawancara - Revenue & Distribution Manager')
    mid2 = '<SI2PR04MB6128F2B7C90D14A6E3B85D0C7E1F9@SI2PR04MB6128.apcprd04.prod.outlook.com>'
    f2 = eml(frm=addr('Andi Nurhaliza', andi), to=OWNER, cc=addr('Arief Rahman', arief),
             subject='RE: Undangan Wawancara - Revenue & Distribution Manager (PERUBAHAN JADWAL)', date=sent2,
             msgid=mid2, irt=mid1, refs=mid1,
             entity=outlook_mail(t2, ics_for(new, new_end, 1, sent2), '_004_SI2PR04MB6128F2B7C90D14A6E3B85D0C7E1F9_',
                                 '-----Original Message-----\nFrom: ' + qh1, t1),
             received=rcv('mail-sgaapc01on2071.outbound.protection.outlook.com', '40.107.215.71', sent2, '4Fr3Yd8Vv2z4Nx'),
             pre=[('Thread-Topic', 'Undangan Wawancara - Revenue & Distribution Manager')],
             post=[('Content-Language', 'id-ID')])
    owner_txt = f"""Baik Bu Andi, terima kasih infonya.

Saya konfirmasi bisa mengikuti wawancara pada {idate(new)} pukul {dot(new)} WITA
({dot(new.astimezone(WIB))} WIB di Jakarta) via Zoom.

Salam,
Ratna Wulandari
{OWNER_PHONE}"""
    t3 = f"""Terima kasih Ibu Ratna atas konfirmasinya. Sampai bertemu di Zoom hari Kamis.

{sig}
"""
    mid_owner = '<CAF3nR8wQ1pL6tY0vB2xZ9kD4hJ7mS5cE1aG8uW3oN6rT0iK2yQ@mail.gmail.com>'
    qh2 = f'Ratna Wulandari <{OWNER}>\nSent: {outlook_sent(owner_reply.astimezone(WITA))}\nTo: Andi Nurhaliza <{andi}>\nSubject: Re: Undangan Wawancara - Revenue & Distribution Manager (PERUBAHAN JADWAL)'
    mid3 = '<SI2PR04MB6128A90C1D2E3F4A5B6C7D8E9F0A1@SI2PR04MB6128.apcprd04.prod.outlook.com>'
    f3 = eml(frm=addr('Andi Nurhaliza', andi), to=OWNER, cc=addr('Arief Rahman', arief),
             subject='RE: Undangan Wawancara - Revenue & Distribution Manager (PERUBAHAN JADWAL)', date=sent3,
             msgid=mid3, irt=mid_owner, refs=f'{mid1} {mid2} {mid_owner}',
             entity=outlook_mail(t3, None, '_000_SI2PR04MB6128A90C1D2E3F4A5B6C7D8E9F0A1_',
                                 'From: ' + qh2, owner_txt),
             received=rcv('mail-sgaapc01on2072.outbound.protection.outlook.com', '40.107.215.72', sent3, '4Fr4Ze9Ww3z5Py'),
             pre=[('Thread-Topic', 'Undangan Wawancara - Revenue & Distribution Manager')],
             post=[('Content-Language', 'id-ID')])
    files = {'01-undangan-wawancara.eml': f1, '02-perubahan-jadwal.eml': f2, '03-konfirmasi.eml': f3}
    lab = label(case, [iv('Hotel Losari Permai Makassar', 'Revenue & Distribution Manager', new, new_end,
                          'scheduled', [arief], [arief], 'hiring_manager')], 'medium', 'positive/reschedule-wita',
                'Wed 22 Apr 14.00 WITA moved (mail + SEQUENCE:1 .ics, same UID) to Thu 23 Apr 09.30-10.15 WITA '
                '(08.30 WIB). One interview at the final time. Andi (HR) only schedules; Arief conducts.')
    return case, files, lab


def c06():
    case = 'b222-06-teams-cancel-position-on-hold'
    yoh, bam = 'yohana.siregar@puspahotels.example', 'bambang.kusuma@puspahotels.example'
    sent1 = T(2026, 4, 28, 9, 47, WIB, 2, day='Selasa')
    start = T(2026, 5, 4, 13, 30, WIB, day='Senin'); end = start + timedelta(hours=1)
    sent2 = T(2026, 4, 30, 17, 15, WIB, 26, day='Kamis')
    uid = '040000008200E00074C5B7101A82E0080000000071D5C2A4E9D6DC01000000000000000010000000A8B3C9D1E2F34A5B8C7D6E5F4A3B2C1D'
    turl = ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE0YTdkNjUtYjNhOC00OGUyLTk1ZjctMmQ5YzEwYjc4NGEw'
            '%40thread.v2/0?context=%7b%22Tid%22%3a%2291a2b3c4-d5e6-47f8-9a0b-1c2d3e4f5a6b%22%7d')
    body1 = f"""Dear Ibu Ratna,

Berikut undangan wawancara untuk posisi Corporate Revenue Manager bersama Bapak Bambang Kusuma, VP Commercial Puspa Nusantara Hotels & Resorts.

Hari/Tanggal : {idate(start)}
Waktu        : {dot(start)} - {dot(end)} WIB
Media        : Microsoft Teams (link di bawah)

Mohon klik Accept untuk konfirmasi.

Terima kasih,
Yohana Siregar
HR Business Partner - Corporate Office
Puspa Nusantara Hotels & Resorts
Gedung Puspa Tower Lt. 15, Jl. Jend. Gatot Subroto Kav. 38, Jakarta

{teams_block('ZjE0YTdkNjUtYjNhOC00OGUyLTk1ZjctMmQ5YzEwYjc4NGEw', '91a2b3c4-d5e6-47f8-9a0b-1c2d3e4f5a6b', '362 905 117 480 2', 'mR4tX7')}
"""
    body2 = f"""Dear Ibu Ratna,

Dengan berat hati kami sampaikan bahwa proses rekrutmen untuk posisi Corporate Revenue Manager kami tunda (on hold) karena adanya restrukturisasi organisasi di kantor pusat. Oleh karena itu wawancara pada {idate(start)} pukul {dot(start)} WIB kami batalkan.

Kami mohon maaf atas ketidaknyamanan ini dan akan menghubungi Ibu kembali apabila posisi ini dibuka kembali.

Terima kasih atas pengertiannya.

Yohana Siregar
HR Business Partner - Corporate Office
Puspa Nusantara Hotels & Resorts
"""
    summ = 'Interview: Corporate Revenue Manager - Ratna Wulandari'
    atts = [(OWNER_NAME, OWNER, 'NEEDS-ACTION'), ('Bambang Kusuma', bam, 'ACCEPTED')]
    f1 = exchange_invite(organizer=('Yohana Siregar', yoh), attendees=atts, subject=summ, summary=summ,
                         start=start, end=end, wintz='SE Asia Standard Time', off='+0700', body_text=body1, uid=uid,
                         sent=sent1, msgid='<TYZPR03MB7024C1B2A3D4E5F60718293A4B5C6@TYZPR03MB7024.apcprd03.prod.outlook.com>',
                         bnd='_000_TYZPR03MB7024C1B2A3D4E5F60718293A4B5C6TYZPR03MB7024apcp_', lang='id-ID',
                         teams_url=turl, host='TYZPR03MB7024', thread_index='AQHc1s2P4aT7kVxZ0Ue9Wm3qLr8BnA==')
    f2 = exchange_invite(organizer=('Yohana Siregar', yoh), attendees=atts, subject='Canceled: ' + summ,
                         summary='Canceled: ' + summ, start=start, end=end, wintz='SE Asia Standard Time',
                         off='+0700', body_text=body2, uid=uid, sent=sent2, method='CANCEL', sequence=1,
                         msgid='<TYZPR03MB70249F8E7D6C5B4A392817065F4E3@TYZPR03MB7024.apcprd03.prod.outlook.com>',
                         bnd='_000_TYZPR03MB70249F8E7D6C5B4A392817065F4E3TYZPR03MB7024apcp_', lang='id-ID',
                         host='TYZPR03MB7024', thread_index='AQHc1s2P4aT7kVxZ0Ue9Wm3qLr8BnIAAC9sB',
                         importance='high')
    files = {'01-teams-invite-wawancara.eml': f1, '02-canceled-wawancara.eml': f2}
    lab = label(case, [iv('Puspa Nusantara Hotels & Resorts', 'Corporate Revenue Manager', start, end, 'cancelled',
                          [bam], [bam], 'hiring_manager')], 'medium', 'positive/cancellation-method-cancel',
                'Teams invite (TZID "SE Asia Standard Time" = UTC+7) then METHOD:CANCEL / SEQUENCE:1 because the '
                'position went on hold. Kept with status cancelled at Mon 4 May 13.30 WIB.')
    return case, files, lab


def c07():
    case = 'b222-07-two-rounds-singapore-then-bali'
    sharon, nyoman = 'sharon.goh@arunika.example', 'nyoman.arsana@arunika.example'
    sent1 = T(2026, 4, 14, 9, 30, SGT, 18, day='Tuesday')
    r1 = T(2026, 4, 17, 10, 0, SGT, day='Friday'); r1e = r1 + timedelta(minutes=30)
    owner1 = T(2026, 4, 14, 11, 5, WIB)
    sent2 = T(2026, 4, 14, 14, 2, SGT, 51)
    sent3 = T(2026, 4, 20, 11, 45, SGT, 9, day='Monday')
    r2 = T(2026, 4, 29, 14, 0, WITA, day='Wednesday'); r2e = r2 + timedelta(hours=1)
    sent4 = sent3 + timedelta(minutes=17, seconds=33)
    zoom = 'https://arunika.zoom.us/j/97730418826?pwd=YXJ1bmlrYVRBc2NyZWVu.1'
    sig = """Best,
Sharon Goh
Talent Acquisition Manager, Asia Pacific
Arunika Hotel Collection
1 Marina Boulevard, #20-01, Singapore 018989"""
    t1 = f"""Hi Ratna,

Thanks for applying for the Cluster Revenue Manager role covering our three Bali properties
(Seminyak, Canggu and Ubud). I enjoyed reading your profile, particularly the work on
group displacement at your current hotel.

I'd love to set up a 30-minute introductory video call so I can tell you more about the role
and hear about your background. Would {edate(r1)} at {ampm(r1)} Singapore time
({ampm(r1.astimezone(WIB))} WIB) work for you? If so, we can use this Zoom link:
{zoom}

{sig}
"""
    mid1 = '<CAP9xT2mK7vR1nQ4wL8sB3dF6hJ0yZ5cG2eA9uN7oI4kM1pX8tW@mail.gmail.com>'
    f1 = eml(frm=addr('Sharon Goh', sharon), to=OWNER,
             subject='Arunika Hotel Collection - Cluster Revenue Manager, Bali: intro call', date=sent1, msgid=mid1,
             entity=multi('alternative', '0000000000003c4d5e6f7a8b9c0d', [
                 leaf('text/plain; charset="UTF-8"', t1, 'quoted-printable'),
                 leaf('text/html; charset="UTF-8"', gmail_html(t1), 'quoted-printable')]),
             received=rcv('mail-pj1-f53.google.com', '209.85.216.53', sent1, '4Fq2Hb7Ms5z6Kd'))
    o1 = f"""Hi Sharon,

Thank you for reaching out. {DAYS[r1.weekday()]} {r1.day} April at {r1.hour}:00 SGT / {r1.astimezone(WIB).hour:02d}:00 WIB works well for me.
Looking forward to it.

Best regards,
Ratna Wulandari"""
    t2 = f"""Perfect, confirmed for {edate(r1)}, {ampm(r1)} - {ampm(r1e)} SGT on the Zoom link above.
Speak then!

{sig}
"""
    mid_o1 = '<CAF3nR8wQ1pL6tY0vB2xZ9kD4hJ7mS5cE1aG8uW3oN6rT0iK2yR@mail.gmail.com>'
    attr1 = gmail_attr_en(owner1.astimezone(SGT), f'Ratna Wulandari <{OWNER}>')
    quoted1 = o1 + '\n\n' + gmail_attr_en(sent1, f'Sharon Goh <{sharon}>') + '\n\n' + quote_plain(t1)
    mid2 = '<CAP9xT2mK7vR1nQ4wL8sB3dF6hJ0yZ5cG2eA9uN7oI4kM1pY3qV@mail.gmail.com>'
    f2 = eml(frm=addr('Sharon Goh', sharon), to=OWNER,
             subject='Re: Arunika Hotel Collection - Cluster Revenue Manager, Bali: intro call', date=sent2, msgid=mid2,
             irt=mid_o1, refs=f'{mid1} {mid_o1}',
             entity=multi('alternative', '0000000000004d5e6f7a8b9c0d1e', [
                 leaf('text/plain; charset="UTF-8"', t2 + '\n' + attr1 + '\n\n' + quote_plain(quoted1) + '\n',
                      'quoted-printable'),
                 leaf('text/html; charset="UTF-8"', gmail_html(t2, attr1, quoted1), 'quoted-printable')]),
             received=rcv('mail-pj1-f54.google.com', '209.85.216.54', sent2, '4Fq5Jc8Nt6z7Le'))
    t3 = f"""Hi Ratna,

Thanks again for the chat on Friday - the team was glad to hear you're open to relocating to Bali.

Next step is an interview with Nyoman Arsana, our Area Director of Revenue for Bali. He is
based at Arunika Seminyak and would like to meet you over Google Meet on {edate(r2)} at
{dot(r2)} WITA (that's {dot(r2.astimezone(WIB))} WIB for you, and {dot(r2.astimezone(SGT))} in Singapore), for about an hour.
Expect a deep dive into forecasting, budgeting and how you'd run the weekly revenue meeting
across three hotels.

I'll send the calendar invite in a moment. Nyoman's email is {nyoman} in case you want
to share anything in advance.

{sig}
"""
    mid3 = '<CAP9xT2mK7vR1nQ4wL8sB3dF6hJ0yZ5cG2eA9uN7oI4kM1pZ6rU@mail.gmail.com>'
    f3 = eml(frm=addr('Sharon Goh', sharon), to=OWNER, cc=addr('Nyoman Arsana', nyoman),
             subject='Next step: interview with Nyoman Arsana (Area Director of Revenue, Bali)', date=sent3, msgid=mid3,
             entity=multi('alternative', '0000000000005e6f7a8b9c0d1e2f', [
                 leaf('text/plain; charset="UTF-8"', t3, 'quoted-printable'),
                 leaf('text/html; charset="UTF-8"', gmail_html(t3), 'quoted-printable')]),
             received=rcv('mail-pj1-f55.google.com', '209.85.216.55', sent3, '4Fs6Kd9Pu7z8Mf'))
    f4 = google_invite(
        organizer=('Sharon Goh', sharon),
        attendees=[('Sharon Goh', sharon, 'ACCEPTED'), ('Nyoman Arsana', nyoman, 'ACCEPTED'),
                   (OWNER, OWNER, 'NEEDS-ACTION')],
        summary='Arunika | Cluster Revenue Manager Bali | Ratna Wulandari x Nyoman Arsana', start=r2, end=r2e,
        tzname='Asia/Singapore', description='Second-round interview with Nyoman Arsana (Area Director of Revenue, Bali).',
        meet='vhq-ezmd-tra', uid='2c7v9b1n3m5k7j9h1g3f5d7s9a@google.com', eid='MmM3djliMW4zbTVrN2o5aDFnM2Y1ZDdzOWE',
        sent=sent4, msgid='<calendar-9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d@google.com>',
        bnd='0000000000006f7a8b9c0d1e2f30')
    files = {'01-intro-call-request.eml': f1, '02-re-intro-call-confirmed.eml': f2,
             '03-next-step-nyoman.eml': f3, '04-invitation-second-round.eml': f4}
    lab = label(case, [
        iv('Arunika Hotel Collection', 'Cluster Revenue Manager, Bali', r1, r1e, 'scheduled', [sharon], [sharon],
           'phone_screen'),
        iv('Arunika Hotel Collection', 'Cluster Revenue Manager, Bali', r2, r2e, 'scheduled', [nyoman], [nyoman],
           'hiring_manager')], 'hard', 'positive/two-interviews-sgt-wita',
        'Round 1: recruiter video screen Fri 17 Apr 10:00-10:30 SGT (09:00 WIB) proposed and confirmed in a thread. '
        'Round 2: Wed 29 Apr 14.00-15.00 WITA, same instant as 14:00 SGT in the Google invite (WITA and SGT are both '
        'UTC+8). Two interviews.')
    return case, files, lab


def c08():
    case = 'b222-08-gcal-api-event-wawancara-user'
    siti, reza = 'siti.rahmawati@grahakemang.example', 'reza.pahlevi@grahakemang.example'
    start = T(2026, 5, 5, 10, 0, WIB, day='Selasa'); end = start + timedelta(hours=1)
    desc = ("Wawancara tatap muka dengan Bapak Reza Pahlevi (General Manager) untuk posisi Revenue Manager.\n"
            "Lokasi: Executive Lounge lt. 8, Graha Kemang Hotel, Jl. Kemang Raya No. 21, Jakarta Selatan.\n"
            "Mohon membawa CV terbaru dan contoh laporan revenue (tanpa data rahasia).\n"
            "Silakan melapor ke Front Desk 15 menit sebelumnya.\n\n"
            "Kontak HR: Siti Rahmawati - 0813-1177-4025")
    files = {'01-wawancara-user-graha-kemang.gcal.json': gcal_event(
        eid='3k9f1m7q2r5t8v0x4z6b1d3g5h', summary='Wawancara User - Revenue Manager (Ratna Wulandari)',
        description=desc, organizer=('Siti Rahmawati', siti),
        attendees=[('Siti Rahmawati', siti, 'accepted'), ('Reza Pahlevi', reza, 'accepted'), (None, OWNER, 'accepted')],
        start=start, end=end, tzname='Asia/Jakarta', created=T(2026, 4, 29, 15, 2, WIB, 11),
        updated=T(2026, 4, 29, 19, 40, WIB, 37), location='Graha Kemang Hotel, Jl. Kemang Raya No. 21, Jakarta Selatan',
        etag='"3552487224110000"')}
    lab = label(case, [iv('Graha Kemang Hotel', 'Revenue Manager', start, end, 'scheduled', [reza], [reza],
                          'hiring_manager')], 'easy', 'positive/gcal-json-wib',
                'Calendar API event only (Asia/Jakarta). In-person "wawancara user" with the GM; HR organizer is not an '
                'interviewer. Company appears as Graha Kemang Hotel (domain grahakemang.example).')
    return case, files, lab


def c09():
    case = 'b222-09-thread-pilih-jadwal-confirm'
    fitri, hendra = 'fitri.handayani@cakrawalahotels.example', 'hendra.wijaya@cakrawalahotels.example'
    sent1 = T(2026, 4, 21, 10, 5, WIB, 40, day='Selasa')
    opt1 = T(2026, 4, 27, 13, 0, WIB, day='Senin'); opt2 = T(2026, 4, 28, 15, 30, WIB, day='Selasa')
    end = opt2 + timedelta(minutes=45)
    owner1 = T(2026, 4, 21, 13, 12, WIB, 4)
    sent2 = T(2026, 4, 21, 15, 40, WIB, 22)
    sig = """Salam,
Fitri Handayani
Talent Acquisition Lead
Cakrawala Hotels Indonesia
Menara Cakrawala Lt. 21, Jl. Jend. Sudirman Kav. 45, Jakarta 12930"""
    t1 = f"""Selamat pagi Ibu Ratna,

Terima kasih telah melamar posisi Assistant Director of Revenue di Cakrawala Hotels Indonesia.
Kami ingin mengundang Ibu untuk wawancara dengan Bapak Hendra Wijaya, Director of Revenue,
di kantor pusat kami. Wawancara berlangsung sekitar 45 menit.

Mohon pilih salah satu waktu berikut:
1. {idate(opt1)} pukul {dot(opt1)} WIB
2. {idate(opt2)} pukul {dot(opt2)} WIB

Pak Hendra saya cc di email ini.

{sig}
"""
    mid1 = '<CAK2rV8nT5wQ1mX7sL4bD9fH3jZ0yC6eG1aU8oN5iP2kR7tW4xM@mail.gmail.com>'
    f1 = eml(frm=addr('Fitri Handayani', fitri), to=OWNER, cc=addr('Hendra Wijaya', hendra),
             subject='Jadwal Wawancara - Assistant Director of Revenue (Cakrawala Hotels Indonesia)', date=sent1,
             msgid=mid1, entity=multi('alternative', '000000000000a7b8c9d0e1f20314', [
                 leaf('text/plain; charset="UTF-8"', t1, 'quoted-printable'),
                 leaf('text/html; charset="UTF-8"', gmail_html(t1), 'quoted-printable')]),
             received=rcv('mail-oi1-f41.google.com', '209.85.167.41', sent1, '4Fr8Pw1Ka3z2Gh'))
    o1 = f"""Selamat siang Bu Fitri,

Terima kasih atas undangannya. Saya pilih opsi kedua, {idate(opt2)} pukul {dot(opt2)} WIB.

Salam,
Ratna Wulandari
{OWNER_PHONE}"""
    t2 = f"""Baik Ibu Ratna,

Kami konfirmasi wawancara Ibu dengan Bapak Hendra Wijaya pada:

{idate(opt2)}, pukul {dot(opt2)} - {dot(end)} WIB
Menara Cakrawala Lt. 21, Jl. Jend. Sudirman Kav. 45, Jakarta

Silakan melapor ke resepsionis lantai 21 dan menyebutkan nama Bapak Hendra. Parkir
tersedia di basement (tiket parkir dapat divalidasi di resepsionis).

{sig}
"""
    attr = gmail_attr_id(owner1, f'Ratna Wulandari <{OWNER}>')
    quoted = o1 + '\n\n' + gmail_attr_id(sent1, f'Fitri Handayani <{fitri}>') + '\n\n' + quote_plain(t1)
    mid_o = '<CAF3nR8wQ1pL6tY0vB2xZ9kD4hJ7mS5cE1aG8uW3oN6rT0iK2yS@mail.gmail.com>'
    mid2 = '<CAK2rV8nT5wQ1mX7sL4bD9fH3jZ0yC6eG1aU8oN5iP2kR7tW9vN@mail.gmail.com>'
    f2 = eml(frm=addr('Fitri Handayani', fitri), to=OWNER, cc=addr('Hendra Wijaya', hendra),
             subject='Re: Jadwal Wawancara - Assistant Director of Revenue (Cakrawala Hotels Indonesia)', date=sent2,
             msgid=mid2, irt=mid_o, refs=f'{mid1} {mid_o}',
             entity=multi('alternative', '000000000000b8c9d0e1f2031425', [
                 leaf('text/plain; charset="UTF-8"', t2 + '\n' + attr + '\n\n' + quote_plain(quoted) + '\n',
                      'quoted-printable'),
                 leaf('text/html; charset="UTF-8"', gmail_html(t2, attr, quoted), 'quoted-printable')]),
             received=rcv('mail-oi1-f42.google.com', '209.85.167.42', sent2, '4Fr9Qx2Lb4z3Hi'))
    files = {'01-jadwal-wawancara.eml': f1, '02-re-jadwal-wawancara.eml': f2}
    lab = label(case, [iv('Cakrawala Hotels Indonesia', 'Assistant Director of Revenue', opt2, end, 'scheduled',
                          [hendra], [hendra], 'hiring_manager')], 'medium', 'positive/thread-propose-confirm',
                'Two proposed slots; the owner picks option 2 (quoted reply) and the recruiter confirms Tue 28 Apr '
                '15.30-16.15 WIB. Quote header "pukul 13.12" and option 1 are distractors.')
    return case, files, lab


def c10():
    case = 'b222-10-besok-pukul-10-phone'
    yudi = 'yudi.prasetyo@serambigroup.example'
    sent1 = T(2026, 5, 6, 9, 48, UTC, 31)            # 16.48 WIB, Wednesday
    assert HARI[sent1.astimezone(WIB).weekday()] == 'Rabu'
    start = T(2026, 5, 7, 10, 0, WIB, day='Kamis')
    assert start.date() == sent1.astimezone(WIB).date() + timedelta(days=1)
    owner1 = T(2026, 5, 6, 17, 30, WIB, 12)
    sent2 = T(2026, 5, 6, 10, 52, UTC, 10)
    t1 = """Selamat sore Ibu Ratna,

Saya Yudi dari tim HR Serambi Group Hotels. Terima kasih sudah melamar posisi
Revenue Manager untuk Serambi Hotel Thamrin.

Apakah Ibu bersedia untuk wawancara telepon singkat besok (hari Kamis) pukul 10.00 WIB?
Saya yang akan menelepon Ibu, kira-kira membahas pengalaman Ibu dan ekspektasi gaji.

Terima kasih,
Yudi Prasetyo
HR Recruitment Officer
Serambi Group Hotels
"""
    mid1 = '<TY0PR06MB5321D4C3B2A19087F6E5D4C3B2A10@TY0PR06MB5321.apcprd06.prod.outlook.com>'
    f1 = eml(frm=addr('Yudi Prasetyo', yudi), to=OWNER, subject='Wawancara telepon - Revenue Manager Serambi Hotel Thamrin',
             date=sent1, msgid=mid1,
             entity=multi('alternative', '_000_TY0PR06MB5321D4C3B2A19087F6E5D4C3B2A10TY0PR06MB5321apcp_', [
                 leaf('text/plain; charset="us-ascii"', t1, 'quoted-printable'),
                 leaf('text/html; charset="us-ascii"', outlook_html(t1, 'id-ID'), 'quoted-printable')]),
             received=rcv('mail-tycapc01on2088.outbound.protection.outlook.com', '40.107.113.88', sent1, '4Fv1Rb5Jk8z0Cd'),
             pre=[('Thread-Topic', 'Wawancara telepon - Revenue Manager Serambi Hotel Thamrin')],
             post=[('Content-Language', 'id-ID')])
    o1 = f"""Selamat sore Pak Yudi,

Bisa, Pak. Silakan telepon ke nomor {OWNER_PHONE} besok pukul 10.00 WIB.

Terima kasih,
Ratna"""
    t2 = """Siap Bu Ratna, besok jam 10 saya telepon ya. Terima kasih.

Get Outlook for Android<https://aka.ms/AAb9ysg>
"""
    qh = (f'Ratna Wulandari <{OWNER}>\nSent: {outlook_sent(owner1)}\nTo: Yudi Prasetyo <{yudi}>\n'
          'Subject: Re: Wawancara telepon - Revenue Manager Serambi Hotel Thamrin')
    full = (t2 + '\n________________________________\nFrom: ' + qh + '\n\n' + o1 + '\n\n'
            + gmail_attr_id(sent1.astimezone(WIB), f'Yudi Prasetyo <{yudi}>') + '\n\n' + quote_plain(t1) + '\n')
    mid_o = '<CAF3nR8wQ1pL6tY0vB2xZ9kD4hJ7mS5cE1aG8uW3oN6rT0iK2yT@mail.gmail.com>'
    mid2 = '<TY0PR06MB53217A6B5C4D3E2F1A0B9C8D7E6F5@TY0PR06MB5321.apcprd06.prod.outlook.com>'
    f2 = eml(frm=addr('Yudi Prasetyo', yudi), to=OWNER, subject='RE: Wawancara telepon - Revenue Manager Serambi Hotel Thamrin',
             date=sent2, msgid=mid2, irt=mid_o, refs=f'{mid1} {mid_o}',
             entity=multi('alternative', '_000_TY0PR06MB53217A6B5C4D3E2F1A0B9C8D7E6F5TY0PR06MB5321apcp_', [
                 leaf('text/plain; charset="utf-8"', full, 'quoted-printable'),
                 leaf('text/html; charset="utf-8"', outlook_html(t2, 'id-ID', 'From: ' + qh, o1), 'quoted-printable')]),
             received=rcv('mail-tycapc01on2089.outbound.protection.outlook.com', '40.107.113.89', sent2, '4Fv2Sc6Kl9z1De'),
             pre=[('Thread-Topic', 'Wawancara telepon - Revenue Manager Serambi Hotel Thamrin')],
             post=[('Content-Language', 'id-ID')])
    files = {'01-wawancara-telepon.eml': f1, '02-re-wawancara-telepon.eml': f2}
    lab = label(case, [iv('Serambi Group Hotels', 'Revenue Manager', start, None, 'scheduled', [yudi], [yudi],
                          'phone_screen')], 'hard', 'positive/relative-date-besok',
                '"besok (hari Kamis) pukul 10.00 WIB" resolved against Date Wed 06 May 2026 09:48 +0000 (16.48 WIB) '
                '-> Thu 7 May 10.00 WIB. No duration given, end null. The recruiter himself calls.')
    return case, files, lab


def c11():
    case = 'b222-11-zoom-ics-london-bst-sgt-wib'
    pris, oliver = 'priscilla.ng@halcyonhotels.example', 'oliver.bennett@halcyonhotels.example'
    sent1 = T(2026, 4, 22, 18, 2, SGT, 47, day='Wednesday')
    start = T(2026, 4, 30, 9, 0, LON, day='Thursday'); end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=1)     # BST since 29 Mar 2026
    s_sgt, s_wib = start.astimezone(SGT), start.astimezone(WIB)
    t1 = f"""Dear Ratna,

Thank you for your interest in the Cluster Director of Revenue, Indonesia role with Halcyon
Hotels & Residences.

I have arranged your interview with Oliver Bennett, our Group VP Revenue Strategy. Oliver is
based in our London office, so we have set it for {edate(start)} at {ampm(start)} UK time,
which is {ampm(s_sgt)} in Singapore and {ampm(s_wib)} in Jakarta. It will run for about an hour.

Oliver will send you the Zoom invitation directly from his calendar. Please let me know if
the timing does not work and I will coordinate an alternative.

Kind regards,

Priscilla Ng
Senior Talent Partner, Asia
Halcyon Hotels & Residences
8 Marina View, #38-02, Singapore 018960
"""
    mid1 = '<SEZPR06MB6952B3A4C5D6E7F8091A2B3C4D5E6@SEZPR06MB6952.apcprd06.prod.outlook.com>'
    f1 = eml(frm=addr('Priscilla Ng', pris), to=OWNER, cc=addr('Oliver Bennett', oliver),
             subject='Halcyon Hotels - Cluster Director of Revenue, Indonesia: interview with Oliver Bennett',
             date=sent1, msgid=mid1,
             entity=multi('alternative', '_000_SEZPR06MB6952B3A4C5D6E7F8091A2B3C4D5E6SEZPR06MB6952apcp_', [
                 leaf('text/plain; charset="us-ascii"', t1, 'quoted-printable'),
                 leaf('text/html; charset="us-ascii"', outlook_html(t1, 'en-SG'), 'quoted-printable')]),
             received=rcv('mail-psaapc01on2052.outbound.protection.outlook.com', '40.107.255.52', sent1, '4Fs3Tm0Wq1z5Yb'),
             pre=[('Thread-Topic', 'Halcyon Hotels - Cluster Director of Revenue, Indonesia: interview with Oliver Bennett')],
             post=[('Content-Language', 'en-US')])
    zurl = 'https://halcyonhotels.zoom.us/j/92056173348?pwd=aGFsY3lvblJldkludGVydmlldw.1'
    desc = (f'Oliver Bennett is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{zurl}\n\n'
            'Meeting ID: 920 5617 3348\nPasscode: 503781\n\n---\n\nOne tap mobile\n+6531651065,,92056173348#,,,,*503781# Singapore\n'
            '+442080806591,,92056173348#,,,,*503781# United Kingdom\n\n---\n\nJoin by SIP\n• 92056173348@zoomcrc.com\n')
    ics = cal(['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
               'METHOD:PUBLISH', 'CLASS:PUBLIC'] + VTZ_LONDON + [
        'BEGIN:VEVENT', f'DTSTAMP:{zstamp(T(2026, 4, 22, 14, 26, LON, 3))}',
        f'DTSTART;TZID=Europe/London:{lstamp(start)}', f'DTEND;TZID=Europe/London:{lstamp(end)}',
        'SUMMARY:Halcyon | Cluster Director of Revenue Indonesia - Ratna Wulandari / Oliver Bennett',
        'UID:20260422T132603Z-92056173348@fe80:0:0:0:1c3a:5bff:fe2d:91a0%en0', 'TZID:Europe/London',
        f'DESCRIPTION:{esc(desc)}', f'LOCATION:{zurl}',
        f'ORGANIZER;CN=Oliver Bennett:mailto:{oliver}', att(OWNER_NAME, OWNER),
        'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
        'END:VEVENT', 'END:VCALENDAR'])
    files = {'01-interview-with-oliver-bennett.eml': f1, '02-zoom-meeting-oliver-bennett.ics': ics}
    lab = label(case, [iv('Halcyon Hotels & Residences', 'Cluster Director of Revenue, Indonesia', start, end,
                          'scheduled', [oliver], [oliver], 'hiring_manager')], 'hard', 'positive/london-bst-zoom-ics',
                'Interviewer in London: Thu 30 Apr 09:00 BST (UK on summer time since 29 Mar 2026) = 16:00 SGT = '
                '15:00 WIB. Standalone Zoom .ics with TZID Europe/London and a VTIMEZONE; mail states all three.')
    return case, files, lab


def c12():
    case = 'b222-12-dedupe-mail-invite-api-technical'
    nadia, lestari = 'nadia.putri@samudrahospitality.example', 'lestari.wibowo@samudrahospitality.example'
    sent1 = T(2026, 5, 11, 13, 25, WIB, 52, day='Senin')
    start = T(2026, 5, 19, 14, 0, WIB, day='Selasa'); end = start + timedelta(minutes=90)
    sent2 = T(2026, 5, 11, 13, 41, WIB, 6)
    meet = 'pbx-kwnt-ajd'
    t1 = f"""Dear Ibu Ratna,

Selamat, Ibu lolos ke tahap berikutnya untuk posisi Revenue Manager - Samudra Hotel Kuningan.

Tahap ini adalah wawancara teknis berupa diskusi studi kasus (pricing, forecasting & budgeting)
bersama Ibu Lestari Wibowo, Cluster Director of Revenue, pada:

Hari/Tanggal : {idate(start)}
Waktu        : {dot(start)} - {dot(end)} WIB
Media        : Google Meet (undangan kalender akan kami kirim terpisah)

Data studi kasus akan dibagikan di awal sesi sehingga tidak perlu persiapan khusus. Mohon
siapkan laptop dengan Excel/Google Sheets.

Terima kasih,

Nadia Putri
HR Officer - Recruitment
Samudra Hospitality Group
Jl. Prof. Dr. Satrio Kav. 7, Kuningan, Jakarta Selatan
"""
    mid1 = '<CAM8qS3vN6xR2pY9tK5cF1jL7hB4wZ0dE3aG6uO9iQ2mT8rV5yN@mail.gmail.com>'
    f1 = eml(frm=addr('Nadia Putri', nadia), to=OWNER, cc=addr('Lestari Wibowo', lestari),
             subject='Undangan Wawancara Teknis - Revenue Manager Samudra Hotel Kuningan', date=sent1, msgid=mid1,
             entity=multi('alternative', '000000000000c9d0e1f203142536', [
                 leaf('text/plain; charset="UTF-8"', t1, 'quoted-printable'),
                 leaf('text/html; charset="UTF-8"', gmail_html(t1), 'quoted-printable')]),
             received=rcv('mail-yw1-f45.google.com', '209.85.128.45', sent1, '4Fw3Uc7Mn2z9Ek'))
    summ = 'Wawancara Teknis - Revenue Manager (Ratna Wulandari)'
    desc = 'Diskusi studi kasus pricing, forecasting & budgeting bersama Ibu Lestari Wibowo (Cluster Director of Revenue).'
    f2 = google_invite(
        organizer=('Nadia Putri', nadia),
        attendees=[('Nadia Putri', nadia, 'ACCEPTED'), ('Lestari Wibowo', lestari, 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')],
        summary=summ, start=start, end=end, tzname='Asia/Jakarta', description=desc, meet=meet,
        uid='7t1y3u5i7o9p1a3s5d7f9g1h3j@google.com', eid='N3QxeTN1NWk3bzlwMWEzczVkN2Y5ZzFoM2o',
        sent=sent2, msgid='<calendar-3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7@google.com>', bnd='000000000000d0e1f20314253647')
    f3 = gcal_event(eid='7t1y3u5i7o9p1a3s5d7f9g1h3j', summary=summ, description=desc, organizer=('Nadia Putri', nadia),
                    attendees=[('Nadia Putri', nadia, 'accepted'), ('Lestari Wibowo', lestari, 'accepted'),
                               (None, OWNER, 'accepted')],
                    start=start, end=end, tzname='Asia/Jakarta', created=sent2, updated=T(2026, 5, 11, 20, 3, WIB, 18),
                    meet=meet, etag='"3553108996360000"')
    files = {'01-undangan-wawancara-teknis.eml': f1, '02-invitation-wawancara-teknis.eml': f2,
             '03-wawancara-teknis.gcal.json': f3}
    lab = label(case, [iv('Samudra Hospitality Group', 'Revenue Manager - Samudra Hotel Kuningan', start, end,
                          'scheduled', [lestari], [lestari], 'technical')], 'medium', 'positive/dedupe-three-channels',
                'Same interview announced by HR mail, Google invite and the accepted Calendar API event: ONE technical '
                'case-study interview Tue 19 May 14.00-15.30 WIB with Lestari Wibowo.')
    return case, files, lab


def c13():
    case = 'b222-13-floating-ics-wita-in-body'
    ari, gede = 'luhputu.ariani@segarasanur.example', 'gede.wiratama@segarasanur.example'
    sent1 = T(2026, 5, 4, 10, 30, WITA, 55, day='Senin')
    start = T(2026, 5, 8, 11, 0, WITA, day='Jumat'); end = start + timedelta(hours=1)
    teams = ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ1ZDlmMmEtMGE3Yy00MzE5LWE2ZGQtN2I4MDMzZDE0NmJh'
             '%40thread.v2/0?context=%7b%22Tid%22%3a%22e4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8%22%7d')
    t1 = f"""Dear Ibu Ratna Wulandari,

Terima kasih atas ketertarikan Ibu pada posisi Revenue Manager di Segara Sanur Beach Hotel.
Kami mengundang Ibu untuk wawancara online bersama Executive Assistant Manager kami,
Bapak Gede Wiratama ({gede}):

Hari/Tanggal : {idate(start)}
Pukul        : {dot(start)} - {dot(end)} WITA ({dot(start.astimezone(WIB))} - {dot(end.astimezone(WIB))} WIB)
Media        : Microsoft Teams
Link         : {teams}

File undangan kalender terlampir.

Warm regards / Salam hangat,

Ni Luh Putu Ariani
Talent & Culture Executive
Segara Sanur Beach Hotel
Jl. Danau Tamblingan No. 88, Sanur, Denpasar, Bali
"""
    ics = cal(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Segara Sanur//HRIS Calendar 1.4//EN', 'METHOD:REQUEST',
               'BEGIN:VEVENT', 'UID:hris-int-20260508-0147@segarasanur.example', f'DTSTAMP:{zstamp(sent1)}',
               f'DTSTART:{lstamp(start)}', f'DTEND:{lstamp(end)}',
               'SUMMARY:Interview Revenue Manager - Ratna Wulandari', f'LOCATION:Microsoft Teams',
               'DESCRIPTION:' + esc('Interview with Gede Wiratama (Executive Assistant Manager).\nTeams: ' + teams),
               f'ORGANIZER;CN=Ni Luh Putu Ariani:mailto:{ari}', att('Gede Wiratama', gede, 'ACCEPTED'),
               att(OWNER_NAME, OWNER), 'STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR'])
    mid1 = '<1746325855.8841.0147@hris.segarasanur.example>'
    entity = multi('mixed', '=_a7c2e9f04b1d3e58c6f0', [
        multi('alternative', '=_b8d3f0a15c2e4f69d701', [
            leaf('text/plain; charset=UTF-8', t1, 'quoted-printable'),
            leaf('text/html; charset=UTF-8', gmail_html(t1), 'quoted-printable')]),
        leaf('text/calendar; charset=UTF-8; name="undangan-wawancara.ics"', ics, 'base64',
             ['Content-Disposition: attachment; filename="undangan-wawancara.ics"'])])
    files = {'01-interview-invitation-segara-sanur.eml': eml(
        frm=addr('Ni Luh Putu Ariani', ari), to=OWNER, cc=addr('Gede Wiratama', gede),
        subject='Interview Invitation - Revenue Manager | Segara Sanur Beach Hotel', date=sent1, msgid=mid1,
        entity=entity, received=rcv('mail.segarasanur.example', '103.28.14.77', sent1, '4Fv5Wd3Rn4z2Jm'),
        post=[('X-Mailer', 'Roundcube Webmail/1.6.9')])}
    lab = label(case, [iv('Segara Sanur Beach Hotel', 'Revenue Manager', start, end, 'scheduled', [gede], [gede],
                          'hiring_manager')], 'hard', 'positive/floating-ics-wita',
                'Attached .ics has floating DTSTART 20260508T110000 (no TZID); the body says 11.00-12.00 WITA '
                '(10.00 WIB), so the start is 11:00+08:00, not 11:00 WIB.')
    return case, files, lab


# ============================================================================= NEGATIVE CASES
def c14():
    case = 'b222-14-psikotes-online-not-interview'
    rina = 'rina.oktaviani@bumilestari.example'
    sent1 = T(2026, 4, 22, 16, 3, WIB, 40, day='Rabu')
    start = T(2026, 4, 27, 8, 30, WIB, day='Senin'); end = T(2026, 4, 27, 11, 30, WIB)
    zoom = 'https://us02web.zoom.us/j/81664209735?pwd=cHNpa290ZXNCYXRjaDM'
    t1 = f"""Yth. Ibu Ratna Wulandari,

Selamat! Ibu dinyatakan lolos seleksi administrasi untuk posisi Revenue Manager di
Bumi Lestari Hotels. Tahap selanjutnya adalah PSIKOTES ONLINE yang akan dipandu oleh
tim psikolog dari mitra asesmen kami.

Hari/Tanggal : {idate(start)}
Waktu        : {dot(start)} - {dot(end)} WIB (mohon join 15 menit sebelumnya)
Media        : Zoom, kamera wajib aktif selama tes
Link         : {zoom}

Materi tes: tes kemampuan numerik & verbal, tes Kraepelin, DISC, serta tes menggambar.
Mohon siapkan kertas HVS, pensil 2B, penghapus dan ponsel untuk memotret hasil gambar.

Sesi ini hanya berupa tes tertulis, bukan wawancara. Jadwal wawancara user akan kami
informasikan setelah hasil psikotes keluar (sekitar 5 hari kerja).

Undangan kalender terpisah akan kami kirim melalui Google Calendar.

Hormat kami,
Rina Oktaviani
Recruitment Officer
Bumi Lestari Hotels
"""
    mid1 = '<CAN4tW7xP2qR9mY6sL1cG8jK3hD0vZ5bF4aE7uI2oM9kT6rX3nQ@mail.gmail.com>'
    f1 = eml(frm=addr('Rekrutmen Bumi Lestari Hotels', 'rekrutmen@bumilestari.example'), to=OWNER,
             reply_to=addr('Rina Oktaviani', rina),
             subject='Undangan Psikotes Online - Revenue Manager (Batch 3)', date=sent1, msgid=mid1,
             entity=multi('alternative', '000000000000e1f2031425364758', [
                 leaf('text/plain; charset="UTF-8"', t1, 'quoted-printable'),
                 leaf('text/html; charset="UTF-8"', gmail_html(t1), 'quoted-printable')]),
             received=rcv('mail-lf1-f50.google.com', '209.85.167.50', sent1, '4Fr0Vx5Dp6z1Qs'))
    f2 = google_invite(
        organizer=('Rina Oktaviani', rina),
        attendees=[('Rina Oktaviani', rina, 'ACCEPTED'), ('rekrutmen@bumilestari.example', 'rekrutmen@bumilestari.example', 'ACCEPTED'),
                   (OWNER, OWNER, 'NEEDS-ACTION')],
        summary='Psikotes Online - Revenue Manager (Batch 3)', start=start, end=end, tzname='Asia/Jakarta',
        description=f'Psikotes online (numerik, verbal, Kraepelin, DISC, menggambar). Kamera wajib aktif.\nZoom: {zoom}',
        location=zoom, uid='9g2h4j6k8l0z2x4c6v8b0n2m4q@google.com', eid='OWcyaDRqNms4bDB6MngwYzZ2OGIwbjJtNHE',
        sent=sent1 + timedelta(minutes=6, seconds=12),
        msgid='<calendar-5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d@google.com>', bnd='000000000000f20314253647586a')
    files = {'01-undangan-psikotes.eml': f1, '02-invitation-psikotes.eml': f2}
    lab = label(case, [], 'hard', 'negative/psikotes-assessment',
                'Proctored psychological test session with a calendar invite; explicitly "bukan wawancara" and the '
                'user interview is not yet scheduled. Assessment, not an interview.')
    return case, files, lab


def c15():
    case = 'b222-15-mcu-after-offer'
    maya = 'maya.dewi@pramakirana.example'
    sent1 = T(2026, 5, 7, 11, 18, WIB, 25, day='Kamis')
    mcu = T(2026, 5, 11, 7, 30, WIB, day='Senin'); mcu_end = mcu + timedelta(hours=2)
    join = T(2026, 6, 2, day='Selasa')
    body = f"""Dear Ibu Ratna,

Selamat sekali lagi atas diterimanya offering letter untuk posisi Revenue Manager di Prama Kirana Hotel Jakarta, dan terima kasih telah mengikuti seluruh rangkaian wawancara dengan tim kami.

Sebagai tahap akhir sebelum bergabung, mohon Ibu mengikuti Medical Check-Up (MCU) pra-kerja pada:

Hari/Tanggal : {idate(mcu)}
Waktu        : {dot(mcu)} WIB (registrasi), estimasi selesai {dot(mcu_end)} WIB
Lokasi       : Klinik Medika Prima Kuningan, Jl. Rasuna Said Blok X-5 No. 3, Jakarta Selatan
Persiapan    : puasa 10 jam sebelum pemeriksaan (boleh minum air putih), membawa KTP

Biaya MCU ditanggung perusahaan. Hasil akan dikirim langsung oleh klinik ke tim HR. Tanggal mulai bekerja tetap {idate(join)}.

Terima kasih,
Maya Sari Dewi
HR Manager
Prama Kirana Hotel Jakarta
"""
    uid = '040000008200E00074C5B7101A82E00800000000D3E4F5A6B7DDDC01000000000000000010000000C1D2E3F4A5B64C7D8E9F0A1B2C3D4E5F'
    f1 = exchange_invite(organizer=('Maya Sari Dewi', maya), attendees=[(OWNER_NAME, OWNER, 'NEEDS-ACTION')],
                         subject='MCU Pra-Kerja - Ratna Wulandari (Revenue Manager)',
                         summary='MCU Pra-Kerja - Ratna Wulandari (Revenue Manager)', start=mcu, end=mcu_end,
                         wintz='SE Asia Standard Time', off='+0700', body_text=body, uid=uid, sent=sent1,
                         msgid='<KL1PR03MB6245A1B2C3D4E5F6A7B8C9D0E1F23@KL1PR03MB6245.apcprd03.prod.outlook.com>',
                         bnd='_000_KL1PR03MB6245A1B2C3D4E5F6A7B8C9D0E1F23KL1PR03MB6245apcp_', lang='id-ID',
                         location='Klinik Medika Prima Kuningan', host='KL1PR03MB6245',
                         thread_index='AQHc3d4e5F6a7B8c9D0e1F2a3B4c5D6e7F==')
    files = {'01-jadwal-mcu-pra-kerja.eml': f1}
    lab = label(case, [], 'medium', 'negative/medical-checkup-after-offer',
                'Pre-employment medical check-up invite after an accepted offer; mentions past interviews but schedules '
                'no interview.')
    return case, files, lab


def c16():
    case = 'b222-16-hospitality-job-fair-booth'
    sent1 = T(2026, 5, 2, 2, 11, UTC, 7)
    day = T(2026, 5, 9, 9, 0, WIB, day='Sabtu'); day_end = T(2026, 5, 9, 16, 0, WIB)
    slot = T(2026, 5, 9, 10, 0, WIB); slot_end = T(2026, 5, 9, 12, 0, WIB)
    text = f"""Hi Ratna Wulandari,

Your registration for INDONESIA HOSPITALITY CAREER EXPO 2026 is confirmed.

Date    : {edate(day)}
Time    : {dot(day)} - {dot(day_end)} WIB
Venue   : Assembly Hall, Jakarta Convention Center (JCC) Senayan
Ticket  : IHCE26-JKT-048213

More than 40 hotel groups will hold walk-in interviews at their booths - bring printed CVs!
You bookmarked: Swarna Hotels & Resorts (Booth B12) - "Walk-in interviews for Revenue, Finance &
Sales roles, {dot(slot)} - {dot(slot_end)} WIB". A calendar reminder for this booth is attached.

Booth interviews are first come, first served; no appointment is needed.

See you at the Expo!
Indonesia Hospitality Career Expo
https://hospitalitycareerexpo.example/jakarta-2026
"""
    booth_ics = cal(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//IHCE//Event Planner 2.1//EN', 'METHOD:PUBLISH',
                     'BEGIN:VEVENT', 'UID:ihce26-jkt-booth-b12-048213@hospitalitycareerexpo.example',
                     f'DTSTAMP:{zstamp(sent1)}', f'DTSTART:{zstamp(slot)}', f'DTEND:{zstamp(slot_end)}',
                     'SUMMARY:Walk-in Interview - Swarna Hotels & Resorts (Booth B12)',
                     'LOCATION:Assembly Hall\\, JCC Senayan\\, Booth B12',
                     'DESCRIPTION:Indonesia Hospitality Career Expo 2026. Walk-in interviews for Revenue\\, Finance & '
                     'Sales roles. First come\\, first served. Ticket IHCE26-JKT-048213.',
                     'ORGANIZER;CN=Indonesia Hospitality Career Expo:mailto:no-reply@hospitalitycareerexpo.example',
                     att(OWNER_NAME, OWNER, 'ACCEPTED', 'OPT-PARTICIPANT', 'FALSE'),
                     'STATUS:CONFIRMED', 'TRANSP:TRANSPARENT', 'END:VEVENT', 'END:VCALENDAR'])
    entity = multi('mixed', '----=_IHCE_mixed_048213', [
        multi('alternative', '----=_IHCE_alt_048213', [
            leaf('text/plain; charset=utf-8', text, 'quoted-printable'),
            leaf('text/html; charset=utf-8', vendor_html(text, 'Indonesia Hospitality Career Expo 2026'), 'quoted-printable')]),
        leaf('text/calendar; charset=utf-8; method=PUBLISH; name="IHCE26-booth-B12.ics"', booth_ics, 'base64',
             ['Content-Disposition: attachment; filename="IHCE26-booth-B12.ics"'])])
    f1 = eml(frm='Indonesia Hospitality Career Expo <no-reply@hospitalitycareerexpo.example>', to=OWNER,
             subject='Registration confirmed: Indonesia Hospitality Career Expo 2026 (Jakarta)', date=sent1,
             msgid='<ihce26.048213.20260502021107@hospitalitycareerexpo.example>', entity=entity,
             received=rcv('mta2.hospitalitycareerexpo.example', '149.72.130.18', sent1, '4Fv0Ab1Cd2z3Ef'))
    hall_ics = cal(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//IHCE//Event Planner 2.1//EN', 'METHOD:PUBLISH',
                    'BEGIN:VTIMEZONE', 'TZID:Asia/Jakarta', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700',
                    'TZNAME:WIB', 'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE',
                    'BEGIN:VEVENT', 'UID:ihce26-jkt-main-048213@hospitalitycareerexpo.example',
                    f'DTSTAMP:{zstamp(sent1)}', f'DTSTART;TZID=Asia/Jakarta:{lstamp(day)}',
                    f'DTEND;TZID=Asia/Jakarta:{lstamp(day_end)}',
                    'SUMMARY:Indonesia Hospitality Career Expo 2026 - walk-in interviews with 40+ hotel groups',
                    'LOCATION:Assembly Hall\\, Jakarta Convention Center\\, Senayan',
                    'ORGANIZER;CN=Indonesia Hospitality Career Expo:mailto:no-reply@hospitalitycareerexpo.example',
                    att(OWNER_NAME, OWNER, 'ACCEPTED', 'OPT-PARTICIPANT', 'FALSE'),
                    'STATUS:CONFIRMED', 'TRANSP:TRANSPARENT', 'END:VEVENT', 'END:VCALENDAR'])
    files = {'01-registration-confirmed.eml': f1, '02-ihce-2026-jakarta.ics': hall_ics}
    lab = label(case, [], 'hard', 'negative/job-fair-walk-in-booth',
                'Career expo registration with a "Walk-in Interview" booth reminder .ics; first come first served, no '
                'booked interview with anyone.')
    return case, files, lab


def c17():
    case = 'b222-17-tourism-board-webinar-interview-series'
    sent1 = T(2026, 5, 5, 6, 37, UTC, 22)
    start = T(2026, 5, 13, 15, 0, WITA, day='Wednesday'); end = start + timedelta(minutes=90)
    title = 'Leaders Interview Series #4: Revenue Recovery for Bali Hotels'
    wurl = 'https://us06web.zoom.us/w/85903316270?tk=bZtQ3m0c9Xv2LrE.DQcAAAAUP0Z8bhZaR3VzT1RrZ0xq'
    text = f"""Hi Ratna Wulandari,

Thank you for registering for "{title}".

In this session our host interviews Ibu Kadek Sri Wahyuni (Commercial Director, Nusa Dua
hotel cluster) and Mr. Daniel Hartono (revenue consultant) about pricing after the peak
season. Live Q&A at the end.

Please submit any questions to: events@balitourismboard.example

Date Time: {MONTHS3[start.month]} {start.day}, {start.year} {start.strftime('%I:%M')} {'PM' if start.hour >= 12 else 'AM'} Makassar

Join from PC, Mac, iPad, or Android:
{wurl}
Passcode: 771305

Add to calendar: the attached .ics

You can cancel your registration at any time.
"""
    ics = cal(['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
               'METHOD:PUBLISH', 'CLASS:PUBLIC'] + vtz_iana('Asia/Makassar', '+0800', 'WITA') + [
        'BEGIN:VEVENT', f'DTSTAMP:{zstamp(sent1)}', f'DTSTART;TZID=Asia/Makassar:{lstamp(start)}',
        f'DTEND;TZID=Asia/Makassar:{lstamp(end)}', f'SUMMARY:{esc(title)}',
        'UID:20260505T063722Z-85903316270@fe80:0:0:0:8a2:3cff:fe11:7b4e%en0', 'TZID:Asia/Makassar',
        f'DESCRIPTION:{esc("Join from PC, Mac, iPad, or Android: " + wurl + " Passcode: 771305")}',
        f'LOCATION:{wurl}', 'ORGANIZER;CN=Bali Tourism Board:mailto:events@balitourismboard.example',
        'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
        'END:VEVENT', 'END:VCALENDAR'])
    entity = multi('mixed', '----=_Part_2291884_602913417.1777963042190', [
        multi('alternative', '----=_Part_2291885_1449021770.1777963042190', [
            leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
            leaf('text/html; charset=UTF-8', vendor_html(text, 'Bali Tourism Board'), 'quoted-printable')]),
        leaf('text/calendar; charset=UTF-8; name="Leaders_Interview_Series_4.ics"', ics, 'base64',
             ['Content-Disposition: attachment; filename="Leaders_Interview_Series_4.ics"'])])
    f1 = eml(frm='Bali Tourism Board <no-reply@zoom.us>', to=OWNER, reply_to='events@balitourismboard.example',
             subject=f'{title} Confirmation', date=sent1,
             msgid='<nVb3kS9mRq2xWe7LtZ0pYg@geopod-ismtpd-12>', entity=entity,
             received=rcv('o3.email.zoom.us', '149.72.230.3', sent1, '4Fv9Gh0Ij1z2Kl'))
    files = {'01-webinar-registration-confirmation.eml': f1}
    lab = label(case, [], 'medium', 'negative/webinar-interview-title',
                'Tourism-board Zoom webinar called "Leaders Interview Series"; the user is an attendee of a public '
                'webinar, not a candidate.')
    return case, files, lab


def c18():
    case = 'b222-18-owner-interviews-fo-trainee'
    lina = 'lina.marlina@cendanasudirman.example'
    dimas = 'dimas.saputra@cendanasudirman.example'
    sent1 = T(2026, 4, 24, 14, 9, WIB, 57, day='Jumat')
    start = T(2026, 4, 29, 11, 0, WIB, day='Rabu'); end = start + timedelta(minutes=30)
    turl = ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTg3ZmE2NTQtMzIxMC00ZmVkLWNiYTktODc2NTQzMjEwZmVk'
            '%40thread.v2/0?context=%7b%22Tid%22%3a%227b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d%22%7d')
    body = f"""Dear Ibu Ratna & Pak Dimas,

Mohon kesediaannya untuk mewawancarai kandidat Front Office Trainee untuk program Management Trainee (rotasi Front Office - Revenue):

Nama kandidat : Sdr. Rizky Ramadhan (lulusan D4 Perhotelan, IPK 3,61)
Hari/Tanggal  : {idate(start)}
Waktu         : {dot(start)} - {dot(end)} WIB
Tempat        : Microsoft Teams (kandidat join dari Yogyakarta)

CV dan form penilaian kandidat terlampir di SharePoint HR. Mohon form penilaian diisi paling lambat H+1 setelah wawancara.

Terima kasih,
Lina Marlina
Learning & Talent Officer
Hotel Cendana Sudirman Jakarta

{teams_block('OTg3ZmE2NTQtMzIxMC00ZmVkLWNiYTktODc2NTQzMjEwZmVk', '7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', '291 774 058 136 9', 'Hq3Zt8')}
"""
    uid = '040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D4DC01000000000000000010000000B7C8D9E0F1A24B3C9D4E5F6A7B8C9D0E'
    f1 = exchange_invite(organizer=('Lina Marlina', lina),
                         attendees=[(OWNER_NAME, OWNER, 'NEEDS-ACTION'), ('Dimas Saputra', dimas, 'NEEDS-ACTION')],
                         subject='Interview Kandidat Front Office Trainee - Sdr. Rizky Ramadhan',
                         summary='Interview Kandidat Front Office Trainee - Sdr. Rizky Ramadhan', start=start, end=end,
                         wintz='SE Asia Standard Time', off='+0700', body_text=body, uid=uid, sent=sent1,
                         msgid='<PSAPR06MB4487E9F8A7B6C5D4E3F2A1B0C9D8E@PSAPR06MB4487.apcprd06.prod.outlook.com>',
                         bnd='_000_PSAPR06MB4487E9F8A7B6C5D4E3F2A1B0C9D8EPSAPR06MB4487apcp_', lang='id-ID',
                         teams_url=turl, host='PSAPR06MB4487', thread_index='AQHc1f2a3B4c5D6e7F8a9B0c1D2e3F4a5B==')
    files = {'01-interview-kandidat-fo-trainee.eml': f1}
    lab = label(case, [], 'hard', 'negative/user-is-interviewer',
                'Internal Teams invite at the owner\'s current hotel: she and the FO Manager interview a trainee '
                'candidate. The user is the interviewer, not the candidate.')
    return case, files, lab


def c19():
    case = 'b222-19-rejection-after-interview'
    sent1 = T(2026, 4, 27, 10, 2, WITA, 44, day='Senin')
    past = T(2026, 4, 14, day='Selasa')
    text = f"""Dear Ibu Ratna,

Terima kasih atas waktu yang Ibu luangkan untuk wawancara dengan Bapak Ketut Darmawan dan tim
Commercial kami pada {idate(past)} lalu untuk posisi Revenue Manager - Nirwana Coast Jimbaran.

Setelah melalui pertimbangan yang matang, kami memutuskan untuk melanjutkan proses dengan
kandidat lain yang profilnya lebih sesuai dengan kebutuhan kami saat ini.

Kami sangat menghargai minat Ibu dan akan menyimpan data Ibu untuk kesempatan lain di grup
Nirwana Coast Hotels, termasuk pembukaan posisi di Lombok pada semester kedua.

Semoga sukses selalu.

Hormat kami,
Talent Acquisition Team
Nirwana Coast Hotels
"""
    f1 = eml(frm='Talent Acquisition - Nirwana Coast Hotels <careers@nirwanacoast.example>', to=OWNER,
             subject='Update lamaran Anda - Revenue Manager, Nirwana Coast Jimbaran', date=sent1,
             msgid='<20260427020244.5D1C23A0B1@ats.nirwanacoast.example>',
             entity=multi('alternative', '=_nc_7d1c23a0b1f4', [
                 leaf('text/plain; charset=utf-8', text, 'quoted-printable'),
                 leaf('text/html; charset=utf-8', vendor_html(text, 'Nirwana Coast Hotels'), 'quoted-printable')]),
             received=rcv('ats.nirwanacoast.example', '103.41.205.9', sent1, '4Fy4Mn5Op6z7Qr'))
    files = {'01-update-lamaran.eml': f1}
    lab = label(case, [], 'medium', 'negative/rejection-after-interview',
                'Rejection that mentions a past interview date (Tue 14 Apr) without any time; nothing scheduled.')
    return case, files, lab


def c20():
    case = 'b222-20-kalibrr-pick-a-slot-unbooked'
    sent1 = T(2026, 5, 12, 3, 14, UTC, 9)
    slots = [T(2026, 5, 19, 10, 0, WITA, day='Selasa'), T(2026, 5, 19, 13, 0, WITA),
             T(2026, 5, 20, 9, 0, WITA, day='Rabu'), T(2026, 5, 20, 15, 0, WITA)]
    deadline = T(2026, 5, 15, 17, 0, WITA, day='Jumat')
    slot_lines = '\n'.join(f'  - {idate(s)}, {dot(s)} WITA ({dot(s.astimezone(WIB))} WIB)' for s in slots)
    text = f"""Hai Ratna,

Sulawesi Harbour Hotels mengundang Anda untuk wawancara untuk posisi Revenue Manager
(Makassar)! Silakan pilih salah satu jadwal yang tersedia:

{slot_lines}

Pilih jadwal: https://www.kalibrr.com/interview/select/6f1c2b9e-4d7a-48f0-b3e5-2a9c1d7e8f40

Jadwal berlaku first-come, first-served. Wawancara Anda BELUM terkonfirmasi sampai Anda memilih
salah satu slot di atas. Batas memilih: {idate(deadline)} pukul {dot(deadline)} WITA.

Semoga sukses!
Tim Kalibrr
"""
    entity = multi('alternative', 'b1_pS7vN2qK9xW4mR1tL6', [
        leaf('text/plain; charset=utf-8', text, 'quoted-printable'),
        leaf('text/html; charset=utf-8', vendor_html(text, 'Kalibrr'), 'quoted-printable')])
    f1 = eml(frm='Kalibrr <no-reply@kalibrr.com>', to=OWNER,
             subject='Pilih jadwal wawancara Anda: Revenue Manager di Sulawesi Harbour Hotels', date=sent1,
             msgid='<20260512031409.8a2d4f6b1c3e5a70@mailer.kalibrr.com>', entity=entity,
             return_path='bounce+3e9a7d@mailer.kalibrr.com',
             received=rcv('o12.mailer.kalibrr.com', '167.89.101.12', sent1, '4Fz5Pq6Rs7z8Tu'))
    files = {'01-pilih-jadwal-wawancara.eml': f1}
    lab = label(case, [], 'hard', 'negative/availability-request-unbooked',
                'Kalibrr slot picker with four candidate slots; nothing booked in the case ("BELUM terkonfirmasi").')
    return case, files, lab


def c21():
    case = 'b222-21-alumni-mock-interview'
    harjo = 'harjono.mentor@ikaperhotelan.example'
    karir = 'karir@ikaperhotelan.example'
    sent1 = T(2026, 4, 20, 20, 15, WIB, 3, day='Senin')
    start = T(2026, 4, 25, 10, 0, WIB, day='Sabtu'); end = start + timedelta(hours=1)
    desc = ('Sesi latihan wawancara (mock interview) gratis untuk alumni dalam program Alumni Career Clinic. '
            'Mentor: Bapak Harjono (pensiunan Regional Director of Revenue). Sesi ini BUKAN bagian dari proses '
            'rekrutmen perusahaan mana pun; feedback tertulis akan dikirim setelah sesi.')
    f1 = google_invite(
        organizer=('Career Center IKA Perhotelan', karir),
        attendees=[('Career Center IKA Perhotelan', karir, 'ACCEPTED'), ('Harjono', harjo, 'ACCEPTED'),
                   (OWNER, OWNER, 'NEEDS-ACTION')],
        summary='Simulasi Wawancara (Mock Interview) - Ratna W. x Mentor Bpk. Harjono', start=start, end=end,
        tzname='Asia/Jakarta', description=desc, meet='kmr-wqtz-bnd', uid='4d6f8h0j2l4n6p8r0t2v4x6z8b@google.com',
        eid='NGQ2ZjhoMGoybDRuNnA4cjB0MnY0eDZ6OGI', sent=sent1,
        msgid='<calendar-6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f@google.com>', bnd='00000000000003142536475869ab')
    files = {'01-invitation-mock-interview.eml': f1}
    lab = label(case, [], 'medium', 'negative/mock-interview-coaching',
                'Alumni career-centre mock interview with a mentor; explicitly not part of any recruitment process.')
    return case, files, lab


def c22():
    case = 'b222-22-one-way-video-interview'
    sent1 = T(2026, 4, 23, 1, 30, UTC, 0)
    deadline = T(2026, 4, 30, 23, 59, SGT, day='Thursday')
    text = f"""Hi Ratna,

Sentosa Quay Hotels has invited you to complete a video interview for the position of
Revenue Manager (Singapore).

How it works
- 5 questions, up to 2 minutes each to record your answer
- You can practise with a sample question before you start
- There is no live interviewer; the hiring team will review your recorded answers

Complete your interview by: {edate(deadline)}, {ampm(deadline)} SGT ({dot(deadline.astimezone(WIB))} WIB)

Start your video interview:
https://app.rekamhire.example/i/sqh-rm-2026/7Kd2Lp9Qx

Tips: find a quiet spot with good lighting and a stable connection.

Good luck!
RekamHire on behalf of Sentosa Quay Hotels
"""
    entity = multi('alternative', '=_rh_0a9f8e7d6c5b', [
        leaf('text/plain; charset=utf-8', text, 'quoted-printable'),
        leaf('text/html; charset=utf-8', vendor_html(text, 'Sentosa Quay Hotels x RekamHire'), 'quoted-printable')])
    f1 = eml(frm='Sentosa Quay Hotels via RekamHire <no-reply@rekamhire.example>', to=OWNER,
             subject='Video interview invitation - Revenue Manager, Sentosa Quay Hotels', date=sent1,
             msgid='<rh.20260423013000.7Kd2Lp9Qx@mail.rekamhire.example>', entity=entity,
             received=rcv('mail.rekamhire.example', '198.51.100.23', sent1, '4Fr6Tv7Uw8z9Vx'))
    files = {'01-video-interview-invitation.eml': f1}
    lab = label(case, [], 'hard', 'negative/one-way-video-interview',
                'Asynchronous recorded video interview with a deadline and "no live interviewer": an assessment, not '
                'a live interview.')
    return case, files, lab


# ============================================================================= main
CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
         c14, c15, c16, c17, c18, c19, c20, c21, c22]


def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith('b222-') and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for n, fn in enumerate(CASES, 1):
        case, files, (lcase, lab) = fn()
        assert case == lcase and case.startswith(f'b222-{n:02d}-'), case
        os.makedirs(os.path.join(HERE, case))
        for fname, content in files.items():
            assert fname[:3] in {f'{i:02d}-' for i in range(1, 10)}, fname
            with open(os.path.join(HERE, case, fname), 'wb') as fh:
                fh.write(content.encode('utf-8'))
        labels[case] = lab
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('# blind222 labels (generated by make_cases.py; schema: /work/shared/eval/README.md)\n')
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l['interview'])
    ivs = [i for l in labels.values() for i in l['interviews']]
    print(f'{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews '
          f'({sum(i["status"] == "scheduled" for i in ivs)} scheduled, {sum(i["status"] == "cancelled" for i in ivs)} cancelled)')


if __name__ == '__main__':
    main()
