#!/usr/bin/env python3
"""Regenerate the blind261 evaluation set (Hanoi business analyst, Vietnamese/English mail).

Deterministic: every date, Message-ID, UID and MIME boundary is fixed or derived from a hash
of a fixed seed, so running this twice yields identical bytes.  Standard library + PyYAML only.

    python make_cases.py          # rewrites ./b261-*/ and ./labels.yaml next to this file
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
UTC = timezone.utc
VN = ZoneInfo('Asia/Ho_Chi_Minh')      # Hanoi and HCMC: UTC+7, no DST
SG = ZoneInfo('Asia/Singapore')        # UTC+8
JP = ZoneInfo('Asia/Tokyo')            # UTC+9
SYD = ZoneInfo('Australia/Sydney')     # AEDT +11 until 2026-04-05 03:00, then AEST +10

OWNER = 'thuha.nguyen.ba@example.com'
OWNER_VI = 'Nguyễn Thu Hà'

# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------
EN_WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
VI_WD = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật']


def at(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def cap(s):
    return s[:1].upper() + s[1:]


def wd(d, name):
    """Assert that datetime d falls on the weekday named in the text (English abbrev or Vietnamese)."""
    i = d.weekday()
    assert name in (EN_WD[i], VI_WD[i], cap(VI_WD[i])), (d, name, EN_WD[i])
    return name


def hid(seed, n=16):
    return hashlib.sha256(seed.encode('utf-8')).hexdigest()[:n]


def hid_up(seed, n=16):
    return hid(seed, n).upper()


def letters(seed, n):
    h = hashlib.sha256(seed.encode()).digest()
    return ''.join('abcdefghijklmnopqrstuvwxyz'[b % 26] for b in h[:n])


def meet_code(seed):
    s = letters('meet' + seed, 10)
    return f'{s[:3]}-{s[3:7]}-{s[7:]}'


def rfc(d):
    return format_datetime(d)


def zstamp(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def floc(d):
    return d.strftime('%Y%m%dT%H%M%S')


def enc(s, name='Subject'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8', header_name=name).encode()


def addr(name, email):
    if not name:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()":;@'):
            name = '"' + name.replace('"', '') + '"'
        return f'{name} <{email}>'
    except UnicodeEncodeError:
        return f'{Header(name, "utf-8").encode()} <{email}>'


def rcv(host, ip, sid, d):
    return ('Received', f'from {host} ({host} [{ip}])\n        by mx.example.com (Postfix) with ESMTPS id {sid}\n'
                        f'        for <{OWNER}>; {rfc(d)}')


# ---------------------------------------------------------------------------------------------
# MIME assembly (hand-rolled so that bytes are stable and shaped like real clients' output)
# ---------------------------------------------------------------------------------------------
def leaf(ctype, text, cte='quoted-printable', extra=()):
    data = text.encode('utf-8')
    if cte == 'base64':
        body = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data).decode('ascii')
    else:
        body = text
    return ([('Content-Type', ctype), ('Content-Transfer-Encoding', cte)] + list(extra), body)


def multi(subtype, boundary, parts, extra=()):
    out = []
    for ph, pb in parts:
        out.append(f'--{boundary}\n')
        out.append(''.join(f'{k}: {v}\n' for k, v in ph))
        out.append('\n')
        out.append(pb if pb.endswith('\n') else pb + '\n')
        out.append('\n')
    out.append(f'--{boundary}--\n')
    return ([('Content-Type', f'multipart/{subtype}; boundary="{boundary}"')] + list(extra), ''.join(out))


def message(headers, root):
    rh, rb = root
    return (''.join(f'{k}: {v}\n' for k, v in headers) + 'MIME-Version: 1.0\n'
            + ''.join(f'{k}: {v}\n' for k, v in rh) + '\n' + rb)


def gbound(seed):
    return '0000000000' + hid('b' + seed, 14)


def text_to_html(text):
    """Gmail-like HTML rendering of a plain text body."""
    lines = []
    for ln in text.split('\n'):
        lines.append(f'<div>{html.escape(ln)}</div>' if ln else '<div><br></div>')
    return '<div dir="ltr">' + ''.join(lines) + '</div>\n'


def gmail_reply_html(text, attr, quoted):
    qhtml = '<br>'.join(html.escape(x) for x in quoted.split('\n'))
    return (text_to_html(text).rstrip('\n') + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + qhtml + '</blockquote></div>\n')


def quote(text):
    return '\n'.join(('> ' + x) if x else '>' for x in text.rstrip('\n').split('\n'))


def alt_text_html(seed, text, htm, text_cte='quoted-printable', html_cte='quoted-printable', charset='UTF-8'):
    return multi('alternative', gbound(seed), [
        leaf(f'text/plain; charset="{charset}"', text, text_cte),
        leaf(f'text/html; charset="{charset}"', htm, html_cte)])


# ---------------------------------------------------------------------------------------------
# iCalendar helpers
# ---------------------------------------------------------------------------------------------
def fold(line):
    b = line.encode('utf-8')
    out, first = [], True
    while len(b) > (75 if first else 74):
        n = 75 if first else 74
        while (b[n] & 0xC0) == 0x80:
            n -= 1
        out.append(b[:n])
        b = b[n:]
        first = False
    out.append(b)
    return b'\r\n '.join(out).decode('utf-8')


def ics(lines):
    return ''.join(fold(x) + '\r\n' for x in lines)


def esc(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def vtz_fixed(tzid, off):
    # Exchange writes both sub-components even for zones without DST
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}',
            'BEGIN:STANDARD', 'DTSTART:16010101T000000', f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}', 'END:DAYLIGHT',
            'END:VTIMEZONE']


VTZ_AUS_EAST = ['BEGIN:VTIMEZONE', 'TZID:AUS Eastern Standard Time',
                'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+1100', 'TZOFFSETTO:+1000',
                'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4', 'END:STANDARD',
                'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+1000', 'TZOFFSETTO:+1100',
                'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10', 'END:DAYLIGHT',
                'END:VTIMEZONE']


def google_ics(*, method, uid, seq, start, end, stamp, created, organizer, attendees, summary, description,
               location='', meet=None, status='CONFIRMED'):
    """organizer=(name,email); attendees=[(name,email,partstat,role)]"""
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT',
         f'DTSTART:{zstamp(start)}', f'DTEND:{zstamp(end)}', f'DTSTAMP:{zstamp(stamp)}',
         f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}', f'UID:{uid}']
    for name, email, ps, role in attendees:
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={name or email};'
                 f'X-NUM-GUESTS=0:mailto:{email}')
    if meet:
        L.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    desc = description
    if meet:
        desc += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                 f'Join with Google Meet: https://meet.google.com/{meet}\n\n'
                 'Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
                 'Please do not edit this section.\n'
                 '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    L += [f'CREATED:{zstamp(created)}', f'DESCRIPTION:{esc(desc)}', f'LAST-MODIFIED:{zstamp(stamp)}',
          f'LOCATION:{esc(location)}', f'SEQUENCE:{seq}', f'STATUS:{status}', f'SUMMARY:{esc(summary)}',
          'TRANSP:OPAQUE']
    if method == 'REQUEST':
        L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
              'TRIGGER:-P0DT0H30M0S', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def google_invite(*, seed, date, organizer, guests, title, start, end, subj_when, body_when, tz_long,
                  description, ics_text, location='', meet=None, updated=False, changed=None):
    """A Google Calendar invitation as received by the owner (English Calendar UI)."""
    eid = base64.urlsafe_b64encode(f'{hid("eid" + seed, 26)} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    prefix = 'Updated invitation' if updated else 'Invitation'
    subject = f'{prefix}: {title} @ {subj_when} ({OWNER})'
    t = []
    if updated:
        t += ['This event has been updated', f'Changed: {changed}', '']
    t += [title, body_when, tz_long, '']
    if location:
        t += ['Location', location, '']
    if meet:
        t += ['Join with Google Meet', f'https://meet.google.com/{meet}', '']
    t += ['Organizer', organizer[0], organizer[1], '', 'Guests']
    for name, email, _, _ in guests:
        if email == organizer[1]:
            t += [f'{name} - organizer', email]
        elif name and email != OWNER:
            t += [name, email]
        else:
            t += [email]
    t += [f'View all guest info {view}', '', description, '',
          f'Reply for {OWNER} and view more details {view}', '', '~~//~~',
          'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
          'You are receiving this email because you are an attendee on the event.', '',
          'Forwarding this invitation could allow any recipient to send a response to the organizer, be added '
          'to the guest list, invite others regardless of their own invitation status, or modify your RSVP. '
          'Learn more https://support.google.com/calendar/answer/37135#forwarding']
    text = '\n'.join(t) + '\n'
    e = html.escape
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
         '<div style="font-family:Roboto,Helvetica,Arial,sans-serif">']
    if updated:
        h.append(f'<p><b>This event has been updated</b><br>Changed: {e(changed)}</p>')
    h.append(f'<h2>{e(title)}</h2><p>{e(body_when)}<br>{e(tz_long)}</p>')
    if location:
        h.append(f'<p>Location<br>{e(location)}</p>')
    if meet:
        h.append(f'<p>Join with Google Meet<br><a href="https://meet.google.com/{meet}">meet.google.com/{meet}</a></p>')
    h.append(f'<p>Organizer<br>{e(organizer[0])}<br>{e(organizer[1])}</p><p>Guests<br>')
    h.append('<br>'.join(e(f'{n} - organizer' if m == organizer[1] else (n or m)) + '<br>' + e(m)
                         for n, m, _, _ in guests))
    h.append(f'<br><a href="{e(view)}">View all guest info</a></p>')
    h.append('<p>' + '<br>'.join(e(x) for x in description.split('\n')) + '</p>')
    h.append(f'<p>Reply for {e(OWNER)} and <a href="{e(view)}">view more details</a></p>')
    h.append('<p>Invitation from <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>'
             '<p>You are receiving this email because you are an attendee on the event.</p></div></body></html>')
    htm = ''.join(h) + '\n'
    alt = multi('alternative', gbound('alt' + seed), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
        leaf('text/html; charset="UTF-8"', htm, 'quoted-printable'),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics_text, 'base64')])
    root = multi('mixed', gbound('mix' + seed), [
        alt, leaf('application/ics; name="invite.ics"', ics_text, 'base64',
                  [('Content-Disposition', 'attachment; filename="invite.ics"')])])
    headers = [('Delivered-To', OWNER),
               rcv('mail-sor-f73.google.com', '209.85.220.73', hid('rid' + seed, 12).upper(), date),
               ('Return-Path', f'<{letters("rp" + seed, 22)}@calendar-server.bounces.google.com>'),
               ('Reply-To', addr(*organizer)),
               ('Sender', 'Google Calendar <calendar-notification@google.com>'),
               ('Message-ID', f'<calendar-{hid("m" + seed, 8)}-{hid("n" + seed, 4)}-{hid("o" + seed, 4)}-'
                              f'{hid("p" + seed, 4)}-{hid("q" + seed, 12)}@google.com>'),
               ('Date', rfc(date.astimezone(UTC))),
               ('Subject', enc(subject)),
               ('From', addr(*organizer)),
               ('To', OWNER)]
    return message(headers, root)


TEAMS_FOOTER = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d>
Meeting ID: {num}
Passcode: {pwd}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{mid}@thread.v2&messageId=0&language=en-US>
________________________________________________________________________________
"""


def teams_footer(seed):
    h = hid('teams' + seed, 40)
    tid = f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}'
    h2 = hid('oid' + seed, 40)
    oid = f'{h2[:8]}-{h2[8:12]}-{h2[12:16]}-{h2[16:20]}-{h2[20:32]}'
    mid = base64.b64encode(hashlib.sha256(('mid' + seed).encode()).digest()).decode()[:40].replace('+', 'Q').replace('/', 'z')
    n = str(int(hid('num' + seed, 12), 16))[:12]
    num = f'{n[:3]} {n[3:6]} {n[6:9]} {n[9:12]}'
    pwd = letters('pwd' + seed, 3).capitalize() + hid('pw' + seed, 3)
    return TEAMS_FOOTER.format(mid=mid, tid=tid, oid=oid, num=num, pwd=pwd), f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0'


def outlook_ics(*, method, tzid, vtz, uid, seq, start, end, stamp, organizer, attendees, summary, description,
                location, lang='en-US', status='CONFIRMED', teams_url=None, busy='TENTATIVE'):
    L = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0'] + vtz
    L += ['BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for name, email, ps, role in attendees:
        L.append(f'ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{email}')
    L += [f'DESCRIPTION;LANGUAGE={lang}:{esc(description)}',
          f'UID:{uid}', f'SUMMARY;LANGUAGE={lang}:{esc(summary)}',
          f'DTSTART;TZID={tzid}:{floc(start)}', f'DTEND;TZID={tzid}:{floc(end)}',
          'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{zstamp(stamp)}', 'TRANSP:OPAQUE', f'STATUS:{status}',
          f'SEQUENCE:{seq}', f'LOCATION;LANGUAGE={lang}:{esc(location)}',
          f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}', f'X-MICROSOFT-CDO-OWNERAPPTID:{int(hid("own" + uid, 7), 16)}',
          f'X-MICROSOFT-CDO-BUSYSTATUS:{busy}', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_url:
        L += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}', 'X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/',
              'X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting@thread.v2"\\,"private":true\\,"type":0\\,"mid":0\\,"rid":0\\,"uid":null}',
              'X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:' + organizer[1] + '\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting',
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE']
    if method == 'REQUEST':
        L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def exchange_uid(seed):
    return '040000008200E00074C5B7101A82E00800000000' + hid_up('uid' + seed, 16) + '00000000000000001000000' + hid_up('u2' + seed, 33)


def outlook_msgid(seed, region='apcprd06', host='SG2PR06MB'):
    box = host + str(int(hid('box' + seed, 8), 16))[-4:]
    return f'<{box}{hid_up("mid" + seed, 32)}@{box}.{region}.prod.outlook.com>'


def outlook_invite(*, seed, date, sender, to, cc=(), subject, text, ics_text, method='REQUEST', tz_hdr_region='apcprd06',
                   host='SG2PR06MB', extra_headers=()):
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
           + '<br>\n'.join(html.escape(x) for x in text.split('\n')) + '</div></body></html>\n')
    root = multi('alternative', f'_000_{hid_up("x" + seed, 24)}prodoutlookcom_', [
        leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', htm, 'quoted-printable'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics_text, 'base64')])
    mid = outlook_msgid(seed, tz_hdr_region, host)
    headers = [('Delivered-To', OWNER),
               rcv(f'{host[:3]}PR0{hid("h" + seed, 1)}CU00{hid("i" + seed, 1)}.outbound.protection.outlook.com',
                   '40.107.117.' + str(int(hid('ip' + seed, 2), 16) % 200 + 20), hid('rid' + seed, 12).upper(), date),
               ('From', addr(*sender)), ('To', ', '.join(addr(*x) for x in to))]
    if cc:
        headers.append(('Cc', ', '.join(addr(*x) for x in cc)))
    thread_index = base64.b64encode(hashlib.sha256(('ti' + seed).encode()).digest()[:22]).decode()
    headers += [('Subject', enc(subject)), ('Thread-Topic', enc(subject.split(': ', 1)[-1], 'Thread-Topic')),
                ('Thread-Index', thread_index), ('Date', rfc(date.astimezone(UTC))), ('Message-ID', mid),
                ('Accept-Language', 'en-US, vi-VN'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''),
                ('X-MS-TNEF-Correlator', ''), ('Content-class', 'urn:content-classes:calendarmessage'),
                ('x-ms-publictraffictype', 'Email')] + list(extra_headers)
    return message(headers, root), mid


def human(*, seed, date, sender, to, cc=(), subject, text, htm=None, msgid, in_reply_to=None, refs=None,
          reply_to=None, received=None, client=None, attachments=(), text_cte='quoted-printable', extra=()):
    headers = [('Delivered-To', OWNER)]
    if received:
        headers.append(rcv(*received, date))
    headers.append(('Return-Path', f'<{sender[1]}>'))
    headers += [('Date', rfc(date)), ('From', addr(*sender)), ('To', ', '.join(addr(*x) for x in to))]
    if cc:
        headers.append(('Cc', ', '.join(addr(*x) for x in cc)))
    if reply_to:
        headers.append(('Reply-To', addr(*reply_to)))
    headers += [('Subject', enc(subject)), ('Message-ID', msgid)]
    if in_reply_to:
        headers.append(('In-Reply-To', in_reply_to))
        headers.append(('References', refs or in_reply_to))
    if client:
        headers.append(client)
    headers += list(extra)
    if htm is None:
        htm = text_to_html(text)
    body = alt_text_html(seed, text, htm, text_cte=text_cte)
    if attachments:
        body = multi('mixed', gbound('mx' + seed), [body] + list(attachments))
    return message(headers, body)


def gmail_id(seed):
    raw = base64.b64encode(hashlib.sha256(('gm' + seed).encode()).digest()).decode().replace('/', '-')
    return f'<CA{raw[:44]}@mail.gmail.com>'


def gmail_quote_attr_vi(d, name, email):
    return f'Vào {VI_WD[d.weekday()].replace("thứ ", "Th ").replace("Th Hai", "Th 2").replace("Th Ba", "Th 3").replace("Th Tư", "Th 4").replace("Th Năm", "Th 5").replace("Th Sáu", "Th 6").replace("Th Bảy", "Th 7").replace("Chủ nhật", "CN")}, {d.day} thg {d.month}, {d.year} vào lúc {d:%H:%M} {name} <{email}> đã viết:'


def write(case_dir, name, content):
    p = os.path.join(case_dir, name)
    data = content.encode('utf-8') if isinstance(content, str) else content
    with open(p, 'wb') as f:
        f.write(data)


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': start.isoformat(), 'end': end.isoformat() if end else None,
            'status': status, 'interviewer_emails': list(interviewers), 'followup_recipients': list(recipients),
            'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews, 'difficulty': difficulty,
            'category': category, 'notes': notes, 'source': 'synthetic'}


ME = (OWNER_VI, OWNER)
SIG_ME = 'Nguyễn Thu Hà\nBusiness Analyst | 098 765 4321\nlinkedin.com/in/thuha-nguyen-ba'
GMAIL_CLIENT = None
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# =============================================================================================
# 01  TopCV relay, bank, in-person first round (body only, Vietnamese with diacritics)
# =============================================================================================
@case
def c01(d):
    sent = at(VN, 2026, 3, 5, 16, 42, 18)
    st, en = at(VN, 2026, 3, 10, 9, 0), at(VN, 2026, 3, 10, 10, 0)
    wd(st, 'thứ Ba')
    emp = f"""Chào em Hà,

Cảm ơn em đã quan tâm và ứng tuyển vào vị trí Chuyên viên Phân tích Nghiệp vụ (Business Analyst) – Khối Ngân hàng số của Ngân hàng TMCP Hồ Tây. Hồ sơ của em đã vượt qua vòng sơ loại. Phòng Tuyển dụng trân trọng mời em tham dự buổi phỏng vấn vòng 1 như sau:

- Thời gian: 09h00 – 10h00, {wd(st, 'thứ Ba')}, ngày 10/03/2026
- Địa điểm: Phòng họp 12.03, tầng 12, Hội sở Ngân hàng TMCP Hồ Tây, 86 Thụy Khuê, phường Tây Hồ, Hà Nội
- Hình thức: phỏng vấn trực tiếp
- Người phỏng vấn: anh Trần Đức Mạnh – Trưởng nhóm Phân tích nghiệp vụ, Khối Ngân hàng số

Em vui lòng mang theo CCCD để đăng ký ra vào tòa nhà và có mặt trước 15 phút. Nếu có thay đổi, em liên hệ chị qua email ngoc.vt@hotaybank.example hoặc số máy bàn 024 3719 5xxx (máy lẻ 1206).

Trân trọng,
Vũ Thị Ngọc
Chuyên viên Tuyển dụng – Phòng Quản trị Nguồn nhân lực
Ngân hàng TMCP Hồ Tây"""
    text = f"""Chào Nguyễn Thu Hà,

Nhà tuyển dụng Ngân hàng TMCP Hồ Tây vừa gửi cho bạn THƯ MỜI PHỎNG VẤN cho vị trí "Chuyên viên Phân tích Nghiệp vụ (Business Analyst) - Khối Ngân hàng số" mà bạn đã ứng tuyển trên TopCV.

---------- Nội dung thư mời ----------
{emp}
--------------------------------------

Xác nhận tham gia: https://www.topcv.vn/xac-nhan-phong-van/{hid('c01x', 20)}
Từ chối / đề xuất thời gian khác: https://www.topcv.vn/xac-nhan-phong-van/{hid('c01x', 20)}?action=decline

Mẹo nhỏ: Xem lại tin tuyển dụng và chuẩn bị câu trả lời cho các câu hỏi phỏng vấn phổ biến tại TopCV Blog.

Đây là email tự động từ hệ thống TopCV, vui lòng không trả lời email này.
TopCV - Tiếp lợi thế, nối thành công
Bạn nhận được email này vì đã ứng tuyển trên TopCV. Quản lý thông báo: https://www.topcv.vn/cai-dat-thong-bao
"""
    e = html.escape
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>TopCV</title></head><body style="margin:0;background:#f4f5f5">'
           '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
           '<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#212f3f">'
           '<tr><td style="background:#00b14f;padding:16px"><img src="https://static.topcv.vn/v4/image/logo/topcv-logo-6.png" alt="TopCV" height="28"></td></tr>'
           '<tr><td style="padding:24px"><p>Chào <b>Nguyễn Thu Hà</b>,</p>'
           '<p>Nhà tuyển dụng <b>Ngân hàng TMCP Hồ Tây</b> vừa gửi cho bạn <b>THƯ MỜI PHỎNG VẤN</b> cho vị trí '
           '<b>Chuyên viên Phân tích Nghiệp vụ (Business Analyst) - Khối Ngân hàng số</b> mà bạn đã ứng tuyển trên TopCV.</p>'
           '<div style="border-left:3px solid #00b14f;padding:8px 16px;background:#f9fafb">'
           + '<br>'.join(e(x) for x in emp.split('\n')) +
           '</div><p style="text-align:center;margin:24px 0">'
           f'<a href="https://www.topcv.vn/xac-nhan-phong-van/{hid("c01x", 20)}" style="background:#00b14f;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Xác nhận tham gia</a> '
           f'<a href="https://www.topcv.vn/xac-nhan-phong-van/{hid("c01x", 20)}?action=decline" style="color:#00b14f">Từ chối / đề xuất thời gian khác</a></p>'
           '<p style="color:#6f7882;font-size:12px">Đây là email tự động từ hệ thống TopCV, vui lòng không trả lời email này.</p>'
           '</td></tr></table></td></tr></table></body></html>\n')
    root = alt_text_html('c01', text, htm, text_cte='base64', html_cte='quoted-printable')
    headers = [('Delivered-To', OWNER), rcv('mta-207.mail.topcv.vn', '203.0.113.207', 'A1C3E60F2B', sent),
               ('Return-Path', '<bounce+c01.7f2a@mail.topcv.vn>'),
               ('From', 'TopCV <noreply@topcv.vn>'), ('To', addr(*ME)),
               ('Reply-To', addr('Ngân hàng TMCP Hồ Tây - Tuyển dụng', 'tuyendung@hotaybank.example')),
               ('Subject', enc('[TopCV] Thư mời phỏng vấn: Chuyên viên Phân tích Nghiệp vụ (BA) - Khối Ngân hàng số | Ngân hàng TMCP Hồ Tây')),
               ('Date', rfc(sent)), ('Message-ID', f'<{hid("c01m", 24)}@mail.topcv.vn>'),
               ('List-Unsubscribe', '<https://www.topcv.vn/cai-dat-thong-bao>'),
               ('X-Mailer', 'TopCV Mailer')]
    write(d, '01-topcv-thu-moi-phong-van.eml', message(headers, root))
    return label([iv('Ngân hàng TMCP Hồ Tây', 'Chuyên viên Phân tích Nghiệp vụ (Business Analyst) - Khối Ngân hàng số',
                     st, en, 'scheduled', [], ['ngoc.vt@hotaybank.example'], 'hiring_manager')],
                 'medium', 'positive/job-board-relay',
                 'TopCV relay of the bank recruiter\'s invitation (base64 text part). Interviewer (team lead) has no '
                 'address; Reply-To is a group mailbox (tuyendung@) so follow-up goes to the recruiter address given '
                 'in the text.')


# =============================================================================================
# 02  NEGATIVE bank eKYC video-call appointment to open an account
# =============================================================================================
@case
def c02(d):
    sent = at(VN, 2026, 3, 16, 20, 3, 51)
    st, en = at(VN, 2026, 3, 18, 10, 30), at(VN, 2026, 3, 18, 10, 45)
    wd(st, 'Wed')
    code = 'BM260318-0457'
    text = f"""Kính gửi Quý khách NGUYỄN THU HÀ,

Ngân hàng TMCP Bình Minh (BinhMinhBank) xác nhận lịch hẹn của Quý khách như sau:

Dịch vụ: Mở tài khoản thanh toán & xác thực định danh điện tử (eKYC) qua video call
Mã lịch hẹn: {code}
Thời gian: 10:30 - 10:45, {wd(st, 'thứ Tư')} 18/03/2026
Chuyên viên tư vấn: Đinh Thị Hạnh - Chi nhánh Cầu Giấy (hanh.dt@binhminhbank.example)
Hình thức: cuộc gọi video trên ứng dụng BinhMinh Mobile

Trong cuộc gọi, chuyên viên sẽ phỏng vấn ngắn để xác minh thông tin khách hàng (nghề nghiệp, nơi làm việc, mục đích mở tài khoản) theo quy định của Ngân hàng Nhà nước. Quý khách vui lòng chuẩn bị:
- Căn cước công dân gắn chip bản gốc
- Điện thoại có hỗ trợ NFC, kết nối mạng ổn định
- Thông tin đơn vị trả lương (nếu đăng ký gói tài khoản Payroll)

Ưu đãi: miễn phí chọn số tài khoản đẹp và miễn phí thường niên thẻ ghi nợ năm đầu cho khách hàng mở tài khoản nhận lương.

Để đổi hoặc hủy lịch hẹn, Quý khách vui lòng truy cập ứng dụng BinhMinh Mobile > Lịch hẹn, hoặc gọi Hotline 1900 6xxx.

Trân trọng,
Ngân hàng TMCP Bình Minh

Email này được gửi tự động, vui lòng không trả lời.
"""
    ics_text = ics(['BEGIN:VCALENDAR', 'PRODID:-//BinhMinhBank//Appointment Service 3.2//VI', 'VERSION:2.0',
                    'METHOD:PUBLISH', 'BEGIN:VEVENT', f'UID:{code}@appointments.binhminhbank.example',
                    f'DTSTAMP:{zstamp(sent)}', f'DTSTART:{zstamp(st)}', f'DTEND:{zstamp(en)}',
                    'SUMMARY:BinhMinhBank - Video call eKYC mở tài khoản',
                    f'DESCRIPTION:{esc("Mã lịch hẹn " + code + ". Chuyên viên: Đinh Thị Hạnh. Chuẩn bị CCCD gắn chip.")}',
                    'LOCATION:Ứng dụng BinhMinh Mobile (video call)',
                    'ORGANIZER;CN=BinhMinhBank:mailto:no-reply@binhminhbank.example',
                    'STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR'])
    htm = ('<html><body style="font-family:Arial,sans-serif"><table width="600"><tr><td style="background:#f37021;color:#fff;padding:12px">'
           '<b>BinhMinhBank</b> – Xác nhận lịch hẹn</td></tr><tr><td style="padding:16px">'
           + '<br>'.join(html.escape(x) for x in text.split('\n')) + '</td></tr></table></body></html>\n')
    body = multi('mixed', gbound('c02mx'), [
        alt_text_html('c02', text, htm),
        leaf(f'text/calendar; charset="UTF-8"; method=PUBLISH; name="lich-hen-{code}.ics"', ics_text, 'base64',
             [('Content-Disposition', f'attachment; filename="lich-hen-{code}.ics"')])])
    headers = [('Delivered-To', OWNER), rcv('mail-out2.binhminhbank.example', '198.51.100.42', '5F0D2C91A7', sent),
               ('Return-Path', '<no-reply@binhminhbank.example>'),
               ('From', addr('BinhMinhBank', 'no-reply@binhminhbank.example')), ('To', OWNER),
               ('Subject', enc(f'Xác nhận lịch hẹn video call eKYC mở tài khoản - Mã {code}')),
               ('Date', rfc(sent)), ('Message-ID', f'<{hid("c02m", 20)}.{code}@notify.binhminhbank.example>')]
    write(d, '01-binhminhbank-lich-hen-ekyc.eml', message(headers, body))
    return label([], 'hard', 'negative/bank-appointment',
                 'Bank eKYC video call with a named officer, .ics attached and the word "phỏng vấn" (KYC questions); '
                 'mentions payroll/employer. Not a job interview.')


# =============================================================================================
# 03  ITviec relay without diacritics + Google Calendar invite (dedupe to one interview)
# =============================================================================================
@case
def c03(d):
    sent1 = at(VN, 2026, 3, 16, 10, 5, 33)
    sent2 = at(VN, 2026, 3, 16, 10, 11, 2)
    st, en = at(VN, 2026, 3, 19, 14, 0), at(VN, 2026, 3, 19, 14, 45)
    wd(st, 'thứ Năm')
    hr = ('Tran Thi Mai Anh', 'maianh.tran@goldenrice-soft.example')
    ba = ('Vu Duc Long', 'vu.long@goldenrice-soft.example')
    msg = f"""Chao Ha,

Chi la Mai Anh, HR cua GoldenRice Software (van phong HCM). Cam on em da ung tuyen vi tri Business Analyst (English, Banking domain) qua ITviec.

Ben chi moi em pv online vong 1 vao luc 14h thu Nam, ngay 19/3 qua Google Meet, khoang 45 phut. Nguoi pv la anh Vu Duc Long - BA Manager du an ngan hang cua khach hang Uc. Chi chi join 5 phut dau de gioi thieu roi out nhe.

Chi se gui invite Google Calendar ngay sau tin nhan nay, em accept giup chi. Neu can doi lich em reply email nay hoac nhan Zalo chi 0938 xxx 217.

Thanks em,
Mai Anh
--
Tran Thi Mai Anh | Talent Acquisition Executive
GoldenRice Software - Lau 7, 123 Nguyen Dinh Chieu, TP.HCM"""
    text = f"""Hi Nguyễn Thu Hà,

GoldenRice Software đã gửi tin nhắn cho bạn về đơn ứng tuyển vị trí Business Analyst (English, Banking domain):

{msg}

Trả lời trực tiếp email này để phản hồi nhà tuyển dụng, hoặc xem tin nhắn trên ITviec:
https://itviec.com/messages/{hid('c03t', 12)}

--
ITviec - "Ít nhưng mà chất"
Bạn nhận được email này vì đã ứng tuyển qua ITviec. Cài đặt thông báo: https://itviec.com/settings/notifications
"""
    htm = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#121212">'
           '<div style="background:#121212;padding:12px"><img src="https://itviec.com/assets/logo-itviec.png" alt="ITviec" height="24"></div>'
           '<p>Hi <b>Nguyễn Thu Hà</b>,</p><p><b>GoldenRice Software</b> đã gửi tin nhắn cho bạn về đơn ứng tuyển vị trí '
           '<b>Business Analyst (English, Banking domain)</b>:</p><blockquote style="border-left:3px solid #ed1b2f;padding-left:12px">'
           + '<br>'.join(html.escape(x) for x in msg.split('\n')) +
           f'</blockquote><p><a href="https://itviec.com/messages/{hid("c03t", 12)}" style="background:#ed1b2f;color:#fff;padding:8px 16px;text-decoration:none">Xem tin nhắn</a></p>'
           '<p style="font-size:12px;color:#777">Trả lời trực tiếp email này để phản hồi nhà tuyển dụng.</p></body></html>\n')
    headers = [('Delivered-To', OWNER), rcv('o1.ptr5521.itviec.com', '198.51.100.88', '9C44B1E07D', sent1),
               ('Return-Path', '<bounces+2231874-c01b-thuha.nguyen.ba=example.com@em.itviec.com>'),
               ('From', 'ITviec <no-reply@itviec.com>'), ('Reply-To', addr(*hr)), ('To', OWNER),
               ('Subject', enc('GoldenRice Software đã gửi tin nhắn cho bạn - Business Analyst (English, Banking domain)')),
               ('Date', rfc(sent1)), ('Message-ID', f'<{hid("c03m", 22)}@itviec.com>'),
               ('X-Entity-Ref-ID', hid('c03e', 32))]
    write(d, '01-itviec-tin-nhan-nha-tuyen-dung.eml', message(headers, alt_text_html('c03', text, htm)))

    meet = meet_code('c03')
    title = '[GoldenRice] PV vong 1 - Business Analyst - Nguyen Thu Ha'
    desc = 'PV vong 1 voi anh Long (BA Manager). Chi Mai Anh join 5 phut dau de gioi thieu.\nEm test mic/camera truoc giup chi nhe.'
    uid = f'{letters("c03uid", 26)}@google.com'
    guests = [(hr[0], hr[1], 'ACCEPTED', 'REQ-PARTICIPANT'), (ba[0], ba[1], 'ACCEPTED', 'REQ-PARTICIPANT'),
              (OWNER, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT')]
    ics_text = google_ics(method='REQUEST', uid=uid, seq=0, start=st, end=en, stamp=sent2, created=sent2,
                          organizer=hr, attendees=guests, summary=title, description=desc, meet=meet)
    write(d, '02-invitation-pv-vong-1.eml', google_invite(
        seed='c03', date=sent2, organizer=hr, guests=guests, title=title, start=st, end=en,
        subj_when=f'{wd(st, "Thu")} Mar 19, 2026 2pm - 2:45pm (GMT+7)', body_when='Thursday Mar 19, 2026 ⋅ 2pm – 2:45pm',
        tz_long='Indochina Time - Ho Chi Minh City', description=desc, ics_text=ics_text, meet=meet))
    return label([iv('GoldenRice Software', 'Business Analyst (English, Banking domain)', st, en, 'scheduled',
                     [ba[1]], [ba[1]], 'hiring_manager')],
                 'medium', 'positive/dedupe',
                 'ITviec relay (Vietnamese without diacritics, "pv vong 1 ... 14h thu Nam 19/3") and the Google invite '
                 'for the same slot -> one interview. HR joins only for the intro, so only the BA Manager is the interviewer.')


# =============================================================================================
# 04  NEGATIVE Tết year-end party of the owner's current employer
# =============================================================================================
@case
def c04(d):
    sent1 = at(VN, 2026, 1, 26, 9, 15, 0)
    sent2 = at(VN, 2026, 1, 26, 9, 31, 44)
    st, en = at(VN, 2026, 2, 6, 18, 0), at(VN, 2026, 2, 6, 21, 30)
    wd(st, 'thứ Sáu')
    hcns = ('Phòng Hành chính - Nhân sự MPS', 'hcns@minhphat-soft.example')
    text = f"""Thân gửi toàn thể anh chị em Minh Phát Software,

Một năm Ất Tỵ nhiều thử thách đã sắp khép lại. Phòng HCNS trân trọng mời toàn thể CBNV tham dự TIỆC TẤT NIÊN 2025 – "MPS Bứt phá cùng Ngựa vàng":

* Thời gian: 18h00 – 21h30, {wd(st, 'thứ Sáu')} ngày 06/02/2026
* Địa điểm: Trung tâm Hội nghị Hoa Sen Lakeside, 12 đường Thanh Niên, Hà Nội
* Dress code: áo dài / vest hoặc trang phục có điểm nhấn màu đỏ – vàng

Chương trình:
18h00 Đón khách, chụp ảnh check-in
18h30 Khai mạc, Ban Giám đốc tổng kết năm 2025
19h00 Vinh danh cá nhân & dự án xuất sắc; chào đón 27 "tân binh" đã vượt qua các vòng phỏng vấn và gia nhập MPS trong năm 2025
19h30 Tiệc, văn nghệ các phòng ban, bốc thăm may mắn
21h00 Lì xì đầu xuân

Ban tổ chức sẽ phỏng vấn nhanh một số anh chị em về kỷ niệm đáng nhớ năm 2025 để làm video, ai muốn "lên sóng" thì đăng ký với HCNS nhé!

Lịch nghỉ Tết Nguyên đán Bính Ngọ 2026: từ thứ Bảy 14/02/2026 đến hết Chủ nhật 22/02/2026, đi làm lại thứ Hai 23/02/2026.

Anh chị em vui lòng xác nhận tham dự qua form trước 17h00 thứ Sáu 30/01: https://forms.gle/{letters('c04f', 17)}

Trân trọng,
Phòng Hành chính – Nhân sự
Công ty CP Phần mềm Minh Phát (MPS)
"""
    assert at(VN, 2026, 2, 14).weekday() == 5 and at(VN, 2026, 2, 22).weekday() == 6 and at(VN, 2026, 1, 30).weekday() == 4
    write(d, '01-thong-bao-tiec-tat-nien.eml', human(
        seed='c04a', date=sent1, sender=hcns, to=[('All MPS', 'all@minhphat-soft.example')],
        subject='[MPS] Thư mời Tiệc Tất niên 2025 & lịch nghỉ Tết Bính Ngọ 2026', text=text,
        msgid=f'<{hid("c04m", 20)}@minhphat-soft.example>',
        received=('mail-sor-f41.google.com', '209.85.220.41', 'E7A20B1C55'),
        extra=[('List-ID', '<all.minhphat-soft.example>'), ('Mailing-list', 'list all@minhphat-soft.example; contact all+owners@minhphat-soft.example'),
               ('X-Google-Group-Id', '84519' + str(int(hid('c04g', 6), 16)))]))
    title = 'Year End Party 2025 – Tiệc Tất niên MPS'
    desc = 'Tiệc Tất niên 2025 toàn công ty. Dress code đỏ – vàng. Xác nhận tham dự qua form của HCNS.'
    loc = 'Trung tâm Hội nghị Hoa Sen Lakeside, 12 Thanh Niên, Hà Nội'
    guests = [(hcns[0], hcns[1], 'ACCEPTED', 'REQ-PARTICIPANT'),
              ('All MPS', 'all@minhphat-soft.example', 'NEEDS-ACTION', 'REQ-PARTICIPANT')]
    uid = f'{letters("c04uid", 26)}@google.com'
    ics_text = google_ics(method='REQUEST', uid=uid, seq=0, start=st, end=en, stamp=sent2, created=sent2,
                          organizer=hcns, attendees=guests, summary=title, description=desc, location=loc)
    write(d, '02-invitation-year-end-party.eml', google_invite(
        seed='c04', date=sent2, organizer=hcns, guests=guests, title=title, start=st, end=en,
        subj_when=f'{wd(st, "Fri")} Feb 6, 2026 6pm - 9:30pm (GMT+7)', body_when='Friday Feb 6, 2026 ⋅ 6pm – 9:30pm',
        tz_long='Indochina Time - Ho Chi Minh City', description=desc, ics_text=ics_text, location=loc))
    return label([], 'medium', 'negative/company-event',
                 'Current employer\'s Tết year-end party: group invite, hiring vocabulary ("vượt qua các vòng phỏng vấn", '
                 '"phỏng vấn nhanh" for a video). Not a job interview.')


# =============================================================================================
# 05  Recruiter phone screen "4:30pm chiều nay" (relative date) + owner's reply
# =============================================================================================
@case
def c05(d):
    sent1 = at(VN, 2026, 7, 20, 9, 12, 40)
    sent2 = at(VN, 2026, 7, 20, 9, 40, 5)
    st, en = at(VN, 2026, 7, 20, 16, 30), at(VN, 2026, 7, 20, 16, 50)
    han = ('Lý Gia Hân', 'han.ly@zenpay-vn.example')
    t1 = """Hi Hà,

Mình là Gia Hân, Talent Acquisition bên ZenPay Vietnam. Team Product đã review CV của bạn cho vị trí Business Analyst (Payments) và muốn có một cuộc phone screen ngắn, khoảng 20 phút, để tìm hiểu thêm về kinh nghiệm, mức lương mong muốn và thời gian có thể onboard của bạn.

Mình sẽ gọi cho bạn lúc 4:30pm chiều nay qua số 098 765 4321 bạn để trong CV nhé. Nếu giờ đó chưa tiện thì bạn reply giúp mình một khung giờ khác trong hôm nay hoặc sáng mai.

Best regards,
Lý Gia Hân (Ms.)
Talent Acquisition Partner | ZenPay Vietnam
Tầng 11, 2 Ngô Đức Kế, TP.HCM | han.ly@zenpay-vn.example
"""
    m1 = outlook_msgid('c05a', 'apcprd02', 'KL1PR02MB')
    write(d, '01-zenpay-phone-screen.eml', human(
        seed='c05a', date=sent1, sender=han, to=[ME], subject='ZenPay | Business Analyst (Payments) - trao đổi sơ bộ',
        text=t1, msgid=m1, received=('mail-sgaapc01on2091.outbound.protection.outlook.com', '40.107.215.91', '3B1E0DAF62'),
        client=('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        extra=[('Thread-Topic', enc('ZenPay | Business Analyst (Payments) - trao đổi sơ bộ', 'Thread-Topic')),
               ('Content-Language', 'vi-VN')]))
    attr = f'On Mon, Jul 20, 2026 at 9:12\u202fAM Lý Gia Hân <{han[1]}> wrote:'
    t2 = 'Dạ em chào chị Hân,\n\n4h30 chiều nay em nghe máy được ạ. Em cảm ơn chị đã sắp xếp.\n\n' + SIG_ME + '\n'
    write(d, '02-re-zenpay-phone-screen.eml', human(
        seed='c05b', date=sent2, sender=ME, to=[han],
        subject='Re: ZenPay | Business Analyst (Payments) - trao đổi sơ bộ',
        text=t2 + '\n' + attr + '\n\n' + quote(t1) + '\n', htm=gmail_reply_html(t2, attr, t1),
        msgid=gmail_id('c05b'), in_reply_to=m1))
    wd(st, 'Mon')
    return label([iv('ZenPay Vietnam', 'Business Analyst (Payments)', st, en, 'scheduled', [han[1]], [han[1]],
                     'phone_screen')],
                 'medium', 'positive/relative-date',
                 '"lúc 4:30pm chiều nay" resolved against the Date of the first mail (Mon 20 Jul 2026, +07:00); '
                 '"khoảng 20 phút" gives the end. The recruiter herself does the screen.')


# =============================================================================================
# 06  Fintech panel over Teams, Exchange invite with TZID "SE Asia Standard Time"
# =============================================================================================
@case
def c06(d):
    sent1 = at(VN, 2026, 4, 17, 11, 20, 9)
    sent2 = at(VN, 2026, 4, 17, 11, 34, 50)
    st, en = at(VN, 2026, 4, 23, 15, 0), at(VN, 2026, 4, 23, 16, 0)
    anh = ('Bùi Ngọc Ánh', 'anh.bn@vixanh.example')
    huy = ('Phạm Quang Huy', 'huy.pq@vixanh.example')
    trang = ('Lê Thu Trang', 'trang.lt@vixanh.example')
    t1 = f"""Chào em Hà,

Chị Ánh bên Ví Xanh đây. Cảm ơn em đã tham gia buổi trao đổi với chị tuần trước. Chị vui mừng thông báo em được mời vào vòng 2 cho vị trí Business Analyst (Lending).

Vòng 2 là phỏng vấn hội đồng, online qua Microsoft Teams:
- Thời gian: 15h00 – 16h00, {wd(st, 'thứ Năm')} 23/04/2026
- Hội đồng: anh Phạm Quang Huy (Product Owner – Lending) và chị Lê Thu Trang (Head of Risk)
- Nội dung: em trình bày ngắn (10 phút) một dự án BA đã làm, sau đó trao đổi về nghiệp vụ cho vay tiêu dùng và chấm điểm tín dụng

Chị sẽ gửi lời mời Teams ngay sau email này. Buổi này chị không tham gia, có gì cần hỗ trợ em cứ liên hệ chị nhé.

Trân trọng,
Bùi Ngọc Ánh
Talent Acquisition | Ví Xanh
M: 0912 xxx 886 | anh.bn@vixanh.example
"""
    m1 = outlook_msgid('c06a')
    write(d, '01-vixanh-moi-pv-vong-2.eml', human(
        seed='c06a', date=sent1, sender=anh, to=[ME], subject='[Ví Xanh] Thư mời phỏng vấn vòng 2 – Business Analyst (Lending)',
        text=t1, msgid=m1, received=('mail-tyzapc01on2112.outbound.protection.outlook.com', '40.107.117.112', '0C7D19A4E3'),
        extra=[('Content-Language', 'vi-VN')]))
    footer, turl = teams_footer('c06')
    body = ('Phỏng vấn hội đồng vòng 2 – Business Analyst (Lending). Em chuẩn bị trình bày 10 phút về một dự án BA đã thực hiện.\n'
            'Hội đồng: anh Huy (PO Lending), chị Trang (Head of Risk).\n\n')
    when = f'When: Thursday, April 23, 2026 3:00 PM-4:00 PM (UTC+07:00) Bangkok, Hanoi, Jakarta.\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n'
    uid = exchange_uid('c06')
    ics_text = outlook_ics(method='REQUEST', tzid='SE Asia Standard Time', vtz=vtz_fixed('SE Asia Standard Time', '+0700'),
                           uid=uid, seq=0, start=st, end=en, stamp=sent2, organizer=anh,
                           attendees=[(OWNER_VI, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT'),
                                      (huy[0], huy[1], 'NEEDS-ACTION', 'REQ-PARTICIPANT'),
                                      (trang[0], trang[1], 'NEEDS-ACTION', 'REQ-PARTICIPANT')],
                           summary='Phỏng vấn vòng 2 – BA (Lending) – Nguyễn Thu Hà', description=body + footer,
                           location='Microsoft Teams Meeting', lang='vi-VN', teams_url=turl)
    eml, _ = outlook_invite(seed='c06b', date=sent2, sender=anh, to=[ME, huy, trang],
                            subject='Phỏng vấn vòng 2 – BA (Lending) – Nguyễn Thu Hà', text=when + body + footer,
                            ics_text=ics_text)
    write(d, '02-teams-invite-vong-2.eml', eml)
    return label([iv('Ví Xanh', 'Business Analyst (Lending)', st, en, 'scheduled', [huy[1], trang[1]], [huy[1], trang[1]],
                     'onsite')],
                 'medium', 'positive/exchange-teams',
                 'Recruiter mail + Exchange/Teams invite (TZID "SE Asia Standard Time", fixed +07:00 VTIMEZONE) for the '
                 'same panel -> one interview, kind onsite (panel). The coordinator states she will not attend.')


# =============================================================================================
# 07  NEGATIVE clinic health check-up for a visa (+ self-made Calendar event)
# =============================================================================================
@case
def c07(d):
    sent = at(VN, 2026, 5, 6, 14, 2, 11)
    st, en = at(VN, 2026, 5, 11, 7, 30), at(VN, 2026, 5, 11, 10, 30)
    visa_iv = at(VN, 2026, 6, 2, 8, 0)
    wd(st, 'thứ Hai')
    wd(visa_iv, 'thứ Ba')
    clinic = ('Phòng khám Quốc tế Hồng Hà', 'datlich@hongha-clinic.example')
    text = f"""Kính gửi Quý khách Nguyễn Thu Hà,

Phòng khám Quốc tế Hồng Hà xác nhận lịch KHÁM SỨC KHỎE LÀM HỒ SƠ VISA của Quý khách:

Thời gian: 07h30 sáng {wd(st, 'thứ Hai')}, 11/05/2026 (dự kiến hoàn tất trước 10h30)
Địa điểm: Tầng 2, 47 Trần Duy Hưng, Cầu Giấy, Hà Nội
Loại khám: khám sức khỏe theo yêu cầu của Đại sứ quán (X-quang phổi, xét nghiệm máu, kiểm tra tiêm chủng)
Mã hồ sơ: HH-VS-2605-118

Quý khách vui lòng:
- Nhịn ăn sáng, mang theo hộ chiếu bản gốc và 02 ảnh 4x6
- Mang theo thư hẹn phỏng vấn visa (interview appointment letter) của Đại sứ quán. Lịch phỏng vấn visa của Quý khách ghi trên hồ sơ là 08h00 {wd(visa_iv, 'thứ Ba')} 02/06/2026; kết quả khám sẽ được gửi trực tiếp tới Đại sứ quán trước buổi phỏng vấn.
- Mang theo sổ tiêm chủng (nếu có)

Mọi thay đổi lịch hẹn xin vui lòng gọi 024 3xxx 8899 hoặc trả lời email này trước 24 giờ.

Trân trọng,
Bộ phận Chăm sóc khách hàng
Phòng khám Quốc tế Hồng Hà
"""
    write(d, '01-hongha-xac-nhan-kham-suc-khoe.eml', human(
        seed='c07a', date=sent, sender=clinic, to=[ME], subject='Xác nhận lịch khám sức khỏe visa – 11/05/2026 – Nguyễn Thu Hà',
        text=text, msgid=f'<{hid("c07m", 18)}@hongha-clinic.example>',
        received=('smtp.hongha-clinic.example', '192.0.2.61', 'B0A3D57E19')))
    ev = {
        'kind': 'calendar#event', 'etag': '"' + str(int(hid('c07etag', 13), 16)) + '"', 'id': letters('c07id', 26),
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' + base64.urlsafe_b64encode(
            f'{letters("c07id", 26)} {OWNER}'.encode()).decode().rstrip('='),
        'created': '2026-05-06T07:10:31.000Z', 'updated': '2026-05-06T07:11:02.417Z',
        'summary': 'Khám sức khỏe visa – PK Hồng Hà (nhịn ăn sáng!)',
        'description': 'Mang hộ chiếu, 2 ảnh 4x6, thư hẹn pv LSQ, sổ tiêm chủng. Mã hồ sơ HH-VS-2605-118.',
        'location': 'Phòng khám Quốc tế Hồng Hà, 47 Trần Duy Hưng, Cầu Giấy, Hà Nội',
        'creator': {'email': OWNER, 'self': True}, 'organizer': {'email': OWNER, 'self': True},
        'start': {'dateTime': st.isoformat(), 'timeZone': 'Asia/Ho_Chi_Minh'},
        'end': {'dateTime': en.isoformat(), 'timeZone': 'Asia/Ho_Chi_Minh'},
        'iCalUID': letters('c07id', 26) + '@google.com', 'sequence': 0,
        'reminders': {'useDefault': False, 'overrides': [{'method': 'popup', 'minutes': 720}]},
        'eventType': 'default'}
    write(d, '02-event-kham-suc-khoe.gcal.json', json.dumps(ev, ensure_ascii=False, indent=2) + '\n')
    return label([], 'hard', 'negative/medical-visa',
                 'Clinic health check-up for a visa file plus the owner\'s own Calendar event; mentions a consular visa '
                 'interview date ("phỏng vấn visa"). Medical appointment and visa interview are not job interviews.')


# =============================================================================================
# 08  Typhoon reschedule: Google invite -> HR mail moves it -> owner agrees -> updated invite
# =============================================================================================
@case
def c08(d):
    s1 = at(VN, 2026, 9, 15, 14, 3, 27)
    s2 = at(VN, 2026, 9, 16, 17, 45, 2)
    s3 = at(VN, 2026, 9, 16, 18, 20, 40)
    s4 = at(VN, 2026, 9, 16, 19, 2, 13)
    old_st, old_en = at(VN, 2026, 9, 17, 9, 30), at(VN, 2026, 9, 17, 10, 30)
    st, en = at(VN, 2026, 9, 21, 9, 30), at(VN, 2026, 9, 21, 10, 30)
    lan = ('Hoàng Thị Lan', 'lan.hoang@bluebamboo.example')
    tuan = ('Đặng Văn Tuấn', 'tuan.dv@bluebamboo.example')
    title = 'BlueBamboo | Phỏng vấn chuyên môn - Senior BA - Nguyễn Thu Hà'
    loc = 'BlueBamboo Technology, Tầng 9, tòa nhà Sông Đà, 165 Cầu Giấy, Hà Nội'
    desc = ('Phỏng vấn chuyên môn vị trí Senior Business Analyst với chị Lan (BA Lead): trao đổi kinh nghiệm + '
            'case study phân tích yêu cầu (em mang laptop nhé).\nAnh Tuấn (HR) điều phối, đón em ở lễ tân tầng 9.')
    uid = f'{letters("c08uid", 26)}@google.com'
    guests = [(lan[0], lan[1], 'ACCEPTED', 'REQ-PARTICIPANT'), (tuan[0], tuan[1], 'ACCEPTED', 'OPT-PARTICIPANT'),
              (OWNER, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT')]
    ics1 = google_ics(method='REQUEST', uid=uid, seq=0, start=old_st, end=old_en, stamp=s1, created=s1,
                      organizer=lan, attendees=guests, summary=title, description=desc, location=loc)
    write(d, '01-invitation-phong-van-chuyen-mon.eml', google_invite(
        seed='c08a', date=s1, organizer=lan, guests=guests, title=title, start=old_st, end=old_en,
        subj_when=f'{wd(old_st, "Thu")} Sep 17, 2026 9:30am - 10:30am (GMT+7)',
        body_when='Thursday Sep 17, 2026 ⋅ 9:30am – 10:30am', tz_long='Indochina Time - Ho Chi Minh City',
        description=desc, ics_text=ics1, location=loc))
    t2 = f"""Chào em Hà,

Anh là Tuấn, HR BlueBamboo. Do ảnh hưởng của bão số 6, thành phố vừa có công điện khuyến cáo người dân hạn chế ra đường ngày mai 17/9, công ty cũng cho toàn bộ nhân viên làm việc tại nhà.

Vì vậy bên anh xin phép dời buổi phỏng vấn với chị Lan (dự kiến 9h30 sáng mai) sang 9h30 sáng {wd(st, 'thứ Hai')} tuần sau (21/9), vẫn tại văn phòng tầng 9 tòa Sông Đà, thời lượng không đổi (1 tiếng). Em xem giúp anh có thuận tiện không nhé. Chị Lan sẽ cập nhật lại lịch trên Google Calendar.

Em giữ an toàn trong mùa mưa bão nhé.

Trân trọng,
Đặng Văn Tuấn
HR Executive | BlueBamboo Technology
"""
    m2 = gmail_id('c08b')
    write(d, '02-doi-lich-do-bao.eml', human(
        seed='c08b', date=s2, sender=tuan, to=[ME], cc=[lan],
        subject='[BlueBamboo] Dời lịch phỏng vấn do ảnh hưởng bão số 6', text=t2, msgid=m2,
        received=('mail-sor-f69.google.com', '209.85.220.69', '77D1A0C4B2')))
    attr = gmail_quote_attr_vi(s2, tuan[0], tuan[1])
    t3 = (f'Dạ em chào anh Tuấn,\n\nEm cảm ơn anh đã báo sớm ạ. {cap(wd(st, "thứ Hai"))} 21/9 lúc 9h30 em sắp xếp được, '
          'em sẽ có mặt tại văn phòng đúng giờ.\nAnh chị cũng giữ an toàn trong bão nhé ạ.\n\n' + SIG_ME + '\n')
    write(d, '03-re-doi-lich.eml', human(
        seed='c08c', date=s3, sender=ME, to=[tuan], cc=[lan],
        subject='Re: [BlueBamboo] Dời lịch phỏng vấn do ảnh hưởng bão số 6',
        text=t3 + '\n' + attr + '\n\n' + quote(t2) + '\n', htm=gmail_reply_html(t3, attr, t2),
        msgid=gmail_id('c08c'), in_reply_to=m2))
    guests2 = [(lan[0], lan[1], 'ACCEPTED', 'REQ-PARTICIPANT'), (tuan[0], tuan[1], 'ACCEPTED', 'OPT-PARTICIPANT'),
               (OWNER, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT')]
    desc2 = desc + '\n\n[Cập nhật] Dời lịch do bão số 6.'
    ics2 = google_ics(method='REQUEST', uid=uid, seq=1, start=st, end=en, stamp=s4, created=s1,
                      organizer=lan, attendees=guests2, summary=title, description=desc2, location=loc)
    write(d, '04-updated-invitation.eml', google_invite(
        seed='c08d', date=s4, organizer=lan, guests=guests2, title=title, start=st, end=en,
        subj_when=f'{wd(st, "Mon")} Sep 21, 2026 9:30am - 10:30am (GMT+7)',
        body_when='Monday Sep 21, 2026 ⋅ 9:30am – 10:30am', tz_long='Indochina Time - Ho Chi Minh City',
        description=desc2, ics_text=ics2, location=loc, updated=True,
        changed='Thursday Sep 17, 2026 ⋅ 9:30am – 10:30am → Monday Sep 21, 2026 ⋅ 9:30am – 10:30am'))
    return label([iv('BlueBamboo Technology', 'Senior Business Analyst', st, en, 'scheduled', [lan[1]], [lan[1]],
                     'technical')],
                 'medium', 'positive/reschedule',
                 'Typhoon ("bão số 6") moves the in-person interview from Thu 17/9 to Mon 21/9 9h30; Google invite '
                 'SEQUENCE 0 -> 1 with the same UID. Final time kept. HR is optional attendee/coordinator, not interviewer.')


# =============================================================================================
# 09  VietnamWorks invitation, then cancelled by HR e-mail
# =============================================================================================
@case
def c09(d):
    s1 = at(VN, 2026, 5, 4, 15, 20, 0)
    s2 = at(VN, 2026, 5, 7, 8, 55, 31)
    st, en = at(VN, 2026, 5, 8, 10, 0), at(VN, 2026, 5, 8, 11, 0)
    yen = ('Vũ Hải Yến', 'yen.vh@antam.example')
    t1 = f"""Xin chào Nguyễn Thu Hà,

Chúc mừng! Nhà tuyển dụng Công ty TNHH Bảo hiểm Số An Tâm đã mời bạn tham gia phỏng vấn.

Vị trí: Business Analyst (Insurtech)
Thời gian: 10:00 - 11:00, {wd(st, 'Thứ Sáu')}, 08/05/2026 (GMT+7)
Hình thức: Trực tuyến - Microsoft Teams (đường link sẽ được nhà tuyển dụng gửi riêng)
Người liên hệ: Vũ Hải Yến - yen.vh@antam.example

Lời nhắn từ nhà tuyển dụng:
"Chào bạn Hà, buổi phỏng vấn sẽ do anh Trịnh Minh Khoa - Trưởng phòng Phân tích Nghiệp vụ trực tiếp phụ trách. Bạn vui lòng chuẩn bị giới thiệu về một quy trình bồi thường bảo hiểm mà bạn từng phân tích. Hẹn gặp bạn!"

Chấp nhận lời mời: https://www.vietnamworks.com/interview/accept?token={hid('c09tok', 32)}
Đề xuất thời gian khác: https://www.vietnamworks.com/interview/reschedule?token={hid('c09tok', 32)}

Chúc bạn thành công!
Đội ngũ VietnamWorks

Đây là email tự động, vui lòng không trả lời email này.
© Navigos Group Việt Nam
"""
    htm = ('<html><body style="font-family:Arial,sans-serif;background:#f3f6fb"><table width="620" align="center" style="background:#fff">'
           '<tr><td style="background:#005aff;padding:14px;color:#fff;font-size:18px"><b>VietnamWorks</b></td></tr><tr><td style="padding:20px">'
           + '<br>'.join(html.escape(x) for x in t1.split('\n')) + '</td></tr></table></body></html>\n')
    root = alt_text_html('c09a', t1, htm, text_cte='quoted-printable', html_cte='base64')
    headers = [('Delivered-To', OWNER), rcv('mta4.vietnamworks.com', '203.0.113.54', 'D12F7A0C38', s1),
               ('Return-Path', '<bounce-c09@mailer.vietnamworks.com>'),
               ('From', 'VietnamWorks <noreply@vietnamworks.com>'), ('To', addr(*ME)),
               ('Subject', enc('Lời mời phỏng vấn từ Công ty TNHH Bảo hiểm Số An Tâm - Business Analyst (Insurtech)')),
               ('Date', rfc(s1)), ('Message-ID', f'<{hid("c09m", 24)}@mailer.vietnamworks.com>')]
    write(d, '01-vietnamworks-loi-moi-phong-van.eml', message(headers, root))
    t2 = f"""Chào bạn Hà,

Chị là Yến, phụ trách tuyển dụng của Bảo hiểm Số An Tâm. Rất xin lỗi vì thông báo gấp: do công ty đang điều chỉnh kế hoạch nhân sự quý 2, vị trí Business Analyst (Insurtech) tạm dừng tuyển dụng, nên bên chị xin phép hủy buổi phỏng vấn lúc 10h sáng {wd(st, 'thứ Sáu')} (08/5) với anh Khoa.

Chị đã lưu hồ sơ của em và sẽ liên hệ em đầu tiên khi vị trí được mở lại. Một lần nữa xin lỗi em vì sự bất tiện này.

Trân trọng,
Vũ Hải Yến
Chuyên viên Tuyển dụng
Công ty TNHH Bảo hiểm Số An Tâm
"""
    write(d, '02-an-tam-huy-lich-phong-van.eml', human(
        seed='c09b', date=s2, sender=yen, to=[ME], subject='Thông báo hủy lịch phỏng vấn - Business Analyst (Insurtech)',
        text=t2, msgid=f'<{hid("c09n", 12)}.{hid("c09o", 8)}@antam.example>',
        received=('mail.antam.example', '198.51.100.19', '6A2C0F9D11'),
        client=('User-Agent', 'Mozilla Thunderbird'), text_cte='8bit'))
    return label([iv('Bảo hiểm Số An Tâm', 'Business Analyst (Insurtech)', st, en, 'cancelled', [], [yen[1]],
                     'hiring_manager')],
                 'medium', 'positive/cancellation',
                 'VietnamWorks relay schedules the interview; the recruiter later cancels it by plain e-mail (position '
                 'on hold) -> kept with status cancelled at 08/05 10:00. Interviewer has no address; follow-up to the '
                 'recruiter named in both mails.')


# =============================================================================================
# 10  NEGATIVE condominium residents' meeting (họp cư dân)
# =============================================================================================
@case
def c10(d):
    sent = at(VN, 2026, 6, 1, 19, 30, 0)
    st, en = at(VN, 2026, 6, 14, 8, 30), at(VN, 2026, 6, 14, 11, 30)
    bqt = ('Ban Quản trị Lotus Residence', 'bqt@lotusresidence.example')
    text = f"""Kính gửi Quý cư dân căn hộ A-1208,

Ban Quản trị nhà chung cư Lotus Residence trân trọng thông báo triệu tập HỘI NGHỊ NHÀ CHUNG CƯ THƯỜNG NIÊN NĂM 2026:

Thời gian: 8h30 – 11h30, {wd(st, 'Chủ nhật')} ngày 14/06/2026
Địa điểm: Sảnh sinh hoạt cộng đồng tầng 1, tòa A

Nội dung:
1. Báo cáo hoạt động của BQT và quyết toán quỹ bảo trì năm 2025
2. Bầu bổ sung 02 thành viên BQT nhiệm kỳ 2026–2029: giới thiệu danh sách ứng cử viên; mỗi ứng viên trình bày 3 phút và trả lời câu hỏi trực tiếp của cư dân
3. Lựa chọn đơn vị quản lý vận hành mới: BQT đã phỏng vấn 03 đơn vị ứng tuyển, hồ sơ năng lực và biên bản phỏng vấn đính kèm để cư dân tham khảo
4. Biểu quyết quy định gửi xe và lắp đặt trạm sạc xe điện

Mỗi căn hộ cử 01 đại diện tham dự, mang theo CCCD để đăng ký biểu quyết. Trường hợp không tham dự được, Quý cư dân vui lòng gửi giấy ủy quyền về Văn phòng BQT trước ngày 12/06.

Trân trọng,
TM. Ban Quản trị
Trưởng ban – Ông Hà Văn Thịnh
"""
    ics_text = ics(['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
                    'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT',
                    f'DTSTART:{zstamp(st)}', f'DTEND:{zstamp(en)}', f'DTSTAMP:{zstamp(sent)}',
                    f'UID:{letters("c10uid", 26)}@google.com',
                    'SUMMARY:Hội nghị nhà chung cư Lotus Residence 2026',
                    'LOCATION:Sảnh sinh hoạt cộng đồng tầng 1\\, tòa A\\, Lotus Residence',
                    'DESCRIPTION:Hội nghị thường niên: bầu bổ sung BQT\\, chọn đơn vị quản lý vận hành.',
                    'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    att = leaf('text/calendar; charset="UTF-8"; name="hoi-nghi-nha-chung-cu-2026.ics"', ics_text, 'base64',
               [('Content-Disposition', 'attachment; filename="hoi-nghi-nha-chung-cu-2026.ics"')])
    write(d, '01-bqt-trieu-tap-hoi-nghi.eml', human(
        seed='c10', date=sent, sender=bqt, to=[('Cư dân A-1208', OWNER)],
        subject='[Lotus Residence] Thông báo triệu tập Hội nghị nhà chung cư thường niên 2026',
        text=text, msgid=gmail_id('c10'), received=('mail-sor-f41.google.com', '209.85.220.41', '4E6D2A90B7'),
        attachments=[att]))
    return label([], 'medium', 'negative/residents-meeting',
                 'Residents\' meeting notice with .ics; talks about candidates ("ứng cử viên"), and about the board having '
                 'interviewed management companies. Not a job interview for the owner.')


# =============================================================================================
# 11  Japanese company's Hanoi branch: two rounds (relative "thứ Ba tuần sau"; Tokyo-time Teams invite)
# =============================================================================================
@case
def c11(d):
    s1 = at(VN, 2026, 5, 6, 16, 30, 12)
    s2 = at(VN, 2026, 5, 6, 20, 14, 55)
    s3 = at(VN, 2026, 5, 13, 10, 2, 40)
    s4 = at(JP, 2026, 5, 13, 14, 18, 6)
    r1s, r1e = at(VN, 2026, 5, 12, 9, 0), at(VN, 2026, 5, 12, 10, 0)
    r2s, r2e = at(JP, 2026, 5, 22, 11, 0), at(JP, 2026, 5, 22, 11, 45)
    assert s1.weekday() == 2 and (r1s.date() - s1.date()).days == 6 and r1s.weekday() == 1  # Wed -> next week's Tue
    assert r2s.astimezone(VN).hour == 9
    phuong = ('Ngô Thị Phương', 'phuong.nt@hikaridata-vn.example')
    tai = ('Lương Văn Tài', 'tai.lv@hikaridata-vn.example')
    wata = ('Kenji Watanabe', 'watanabe.kenji@hikaridata.example')
    sato = ('Yumi Sato', 'sato.yumi@hikaridata.example')
    t1 = """Chào em Hà,

Chị là Phương, HR của Hikari Data Solutions Vietnam (chi nhánh Hà Nội của Hikari Data, Tokyo). Cảm ơn em đã ứng tuyển vị trí Business Analyst (Japanese market).

Chị mời em đến phỏng vấn vòng 1 lúc 9h sáng thứ Ba tuần sau tại văn phòng công ty: Tầng 15, tòa nhà HDS, 52 Nguyễn Chí Thanh, Đống Đa, Hà Nội. Người phỏng vấn là anh Lương Văn Tài – BA Leader (anh Tài cc trong mail này). Buổi phỏng vấn khoảng 60 phút, gồm trao đổi chuyên môn và một bài tập nhỏ viết use case.

Em reply xác nhận giúp chị nhé. Khi đến em báo lễ tân tầng 15 là có lịch với HR.

Trân trọng,
Ngô Thị Phương
HR Executive
Hikari Data Solutions Vietnam Co., Ltd.
"""
    m1 = gmail_id('c11a')
    write(d, '01-hikari-moi-pv-vong-1.eml', human(
        seed='c11a', date=s1, sender=phuong, to=[ME], cc=[tai],
        subject='[Hikari Data VN] Thư mời phỏng vấn vòng 1 – Business Analyst (Japanese market)', text=t1, msgid=m1,
        received=('mail-sor-f65.google.com', '209.85.220.65', 'C8B0E2177A')))
    attr = gmail_quote_attr_vi(s1, phuong[0], phuong[1])
    t2 = (f'Dạ em chào chị Phương,\n\nEm xác nhận sẽ tham gia phỏng vấn vòng 1 lúc 9h00 sáng {wd(r1s, "thứ Ba")}, '
          '12/05 tại văn phòng tầng 15 ạ. Em cảm ơn chị và anh Tài.\n\n' + SIG_ME + '\n')
    m2 = gmail_id('c11b')
    write(d, '02-re-xac-nhan-vong-1.eml', human(
        seed='c11b', date=s2, sender=ME, to=[phuong], cc=[tai],
        subject='Re: [Hikari Data VN] Thư mời phỏng vấn vòng 1 – Business Analyst (Japanese market)',
        text=t2 + '\n' + attr + '\n\n' + quote(t1) + '\n', htm=gmail_reply_html(t2, attr, t1), msgid=m2, in_reply_to=m1))
    t3 = f"""Chào em Hà,

Chúc mừng em đã vượt qua vòng 1!

Vòng 2 (pv vòng 2) em sẽ phỏng vấn online với Mr. Kenji Watanabe (渡辺 健二) – General Manager, Solution Division tại Tokyo, qua Microsoft Teams, vào 11:00 giờ Nhật Bản (tức 9:00 giờ Việt Nam) {wd(r2s, 'thứ Sáu')} 22/05/2026, khoảng 45 phút. Buổi phỏng vấn bằng tiếng Anh, có thể có vài câu tiếng Nhật đơn giản.

Chị Sato (thư ký của Mr. Watanabe) sẽ gửi lời mời Teams từ Tokyo. Em accept giúp chị nhé.

Trân trọng,
Ngô Thị Phương
HR Executive
Hikari Data Solutions Vietnam Co., Ltd.
"""
    write(d, '03-hikari-ket-qua-vong-1-lich-vong-2.eml', human(
        seed='c11c', date=s3, sender=phuong, to=[ME], subject='[Hikari Data VN] Kết quả vòng 1 & lịch phỏng vấn vòng 2',
        text=t3, msgid=gmail_id('c11c'), received=('mail-sor-f65.google.com', '209.85.220.65', 'C8B0E21A03')))
    footer, turl = teams_footer('c11')
    body = ('Dear Ms. Nguyen Thu Ha,\n\nThis is the second-round interview for the Business Analyst (Japanese market) position '
            'at our Hanoi branch. Mr. Watanabe will interview you in English.\n'
            '渡辺がTeamsにて二次面接を担当いたします。よろしくお願いいたします。\n\nYumi Sato\nSolution Division, Hikari Data Inc.\n\n')
    when = ('When: Friday, May 22, 2026 11:00 AM-11:45 AM (UTC+09:00) Osaka, Sapporo, Tokyo.\n'
            'Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n')
    uid = exchange_uid('c11')
    ics_text = outlook_ics(method='REQUEST', tzid='Tokyo Standard Time', vtz=vtz_fixed('Tokyo Standard Time', '+0900'),
                           uid=uid, seq=0, start=r2s, end=r2e, stamp=s4, organizer=sato,
                           attendees=[(wata[0], wata[1], 'ACCEPTED', 'REQ-PARTICIPANT'),
                                      (OWNER_VI, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT'),
                                      (phuong[0], phuong[1], 'NEEDS-ACTION', 'OPT-PARTICIPANT')],
                           summary='【面接】Round 2 Interview: Nguyen Thu Ha (BA, Hanoi)', description=body + footer,
                           location='Microsoft Teams Meeting', lang='ja-JP', teams_url=turl)
    eml, _ = outlook_invite(seed='c11d', date=s4, sender=sato, to=[wata, ME], cc=[phuong],
                            subject='【面接】Round 2 Interview: Nguyen Thu Ha (BA, Hanoi)', text=when + body + footer,
                            ics_text=ics_text, tz_hdr_region='jpnprd01', host='TYCPR01MB')
    write(d, '04-teams-invite-round-2-tokyo.eml', eml)
    co, role = 'Hikari Data Solutions Vietnam', 'Business Analyst (Japanese market)'
    return label([iv(co, role, r1s, r1e, 'scheduled', [tai[1]], [tai[1]], 'technical'),
                  iv(co, role, r2s, r2e, 'scheduled', [wata[1]], [wata[1]], 'hiring_manager')],
                 'hard', 'positive/multiple',
                 'Two rounds: round 1 "9h sáng thứ Ba tuần sau" from a Wednesday 6/5 mail (= Tue 12/5, confirmed in the '
                 'reply), in person with the BA Leader; round 2 via Teams invite in "Tokyo Standard Time" 11:00 JST '
                 '(= 09:00 Hanoi) with the Tokyo GM. Secretary/HR only schedule.')


# =============================================================================================
# 12  English test (automated, not an interview) followed by the interview the same morning
# =============================================================================================
@case
def c12(d):
    s1 = at(VN, 2026, 5, 29, 17, 10, 3)
    s2 = at(UTC, 2026, 6, 1, 2, 0, 12)
    s3 = at(VN, 2026, 6, 1, 10, 20, 45)
    ts, te = at(VN, 2026, 6, 3, 9, 0), at(VN, 2026, 6, 3, 9, 40)
    st, en = at(VN, 2026, 6, 3, 10, 0), at(VN, 2026, 6, 3, 11, 0)
    thao = ('Nguyễn Phương Thảo', 'thao.nguyen@orbitsoft.example')
    minh = ('Đỗ Khải Minh', 'minh.dk@orbitsoft.example')
    t1 = f"""Chào Hà,

Cảm ơn em đã quan tâm vị trí Business Analyst (dự án khách hàng Úc) tại OrbitSoft Saigon. Vì em ở Hà Nội nên toàn bộ vòng này sẽ diễn ra online. Lịch của em vào {wd(st, 'thứ Tư')} 03/06/2026 như sau:

• 09:00 – 09:40: Bài test tiếng Anh online (Listening & Reading) trên hệ thống EngCheck. Bài test chấm tự động, không có giám khảo. Link làm bài EngCheck sẽ gửi riêng cho em.
• 10:00 – 11:00: Phỏng vấn chuyên môn bằng tiếng Anh với anh Đỗ Khải Minh (Project Manager) qua Google Meet. Chị sẽ gửi invite sau.

Em nhớ chuẩn bị tai nghe và chỗ ngồi yên tĩnh nhé. Có gì thắc mắc em reply mail này cho chị.

Thanks & best regards,
Nguyễn Phương Thảo
Recruitment Specialist | OrbitSoft Saigon
"""
    write(d, '01-orbitsoft-lich-test-va-phong-van.eml', human(
        seed='c12a', date=s1, sender=thao, to=[ME],
        subject='OrbitSoft - Lịch test tiếng Anh & phỏng vấn vị trí BA (dự án khách hàng Úc)', text=t1,
        msgid=gmail_id('c12a'), received=('mail-sor-f45.google.com', '209.85.220.45', '2D9E1F6B04')))
    t2 = f"""Hello Nguyen Thu Ha,

OrbitSoft Saigon has invited you to take the EngCheck Business English Assessment.

Test window: {wd(ts.astimezone(VN), 'Wed')}nesday, 3 June 2026, 09:00 - 09:40 (GMT+07:00) Asia/Ho_Chi_Minh
Sections: Listening (20 min), Reading (20 min)
Scoring: automatic. There is no live examiner; your webcam may be used for proctoring snapshots.

Start your assessment: https://app.engcheck.example/t/{hid('c12t', 24)}

A calendar file is attached so you can block the time.
Good luck!
The EngCheck team

You are receiving this message because an employer invited you to an assessment. EngCheck Ltd.
"""
    tz_vn = ['BEGIN:VTIMEZONE', 'TZID:Asia/Ho_Chi_Minh', 'X-LIC-LOCATION:Asia/Ho_Chi_Minh', 'BEGIN:STANDARD',
             'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700', 'TZNAME:+07', 'DTSTART:19700101T000000', 'END:STANDARD',
             'END:VTIMEZONE']
    ics_test = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//EngCheck//Assessments//EN', 'METHOD:PUBLISH'] + tz_vn +
                   ['BEGIN:VEVENT', f'UID:{hid("c12uid", 20)}@engcheck.example', f'DTSTAMP:{zstamp(s2)}',
                    f'DTSTART;TZID=Asia/Ho_Chi_Minh:{floc(ts)}', f'DTEND;TZID=Asia/Ho_Chi_Minh:{floc(te)}',
                    'SUMMARY:EngCheck English Assessment - OrbitSoft Saigon',
                    f'DESCRIPTION:Online test (Listening + Reading). Start: https://app.engcheck.example/t/{hid("c12t", 24)}',
                    'ORGANIZER;CN=EngCheck:mailto:no-reply@engcheck.example', 'STATUS:CONFIRMED',
                    'END:VEVENT', 'END:VCALENDAR'])
    body = multi('mixed', gbound('c12bmx'), [
        leaf('text/plain; charset="utf-8"', t2, '7bit'),
        leaf('text/calendar; charset="utf-8"; method=PUBLISH; name="engcheck-assessment.ics"', ics_test, 'base64',
             [('Content-Disposition', 'attachment; filename="engcheck-assessment.ics"')])])
    headers = [('Delivered-To', OWNER), rcv('o7.email.engcheck.example', '198.51.100.7', '8F3A61C2D0', s2),
               ('Return-Path', '<bounces@email.engcheck.example>'),
               ('From', 'EngCheck Assessments <no-reply@engcheck.example>'), ('To', OWNER),
               ('Subject', 'Your English assessment for OrbitSoft Saigon is scheduled'),
               ('Date', rfc(s2)), ('Message-ID', f'<{hid("c12m", 30)}@email.engcheck.example>')]
    write(d, '02-engcheck-assessment-scheduled.eml', message(headers, body))
    meet = meet_code('c12')
    title = 'OrbitSoft | English interview - Business Analyst - Nguyen Thu Ha'
    desc = ('Phỏng vấn chuyên môn bằng tiếng Anh với anh Minh (PM, dự án khách hàng Úc).\n'
            'Interview in English with Minh Do (Project Manager). Thao (HR) organises only.')
    guests = [(thao[0], thao[1], 'ACCEPTED', 'REQ-PARTICIPANT'), (minh[0], minh[1], 'ACCEPTED', 'REQ-PARTICIPANT'),
              (OWNER, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT')]
    uid = f'{letters("c12uid", 26)}@google.com'
    ics_iv = google_ics(method='REQUEST', uid=uid, seq=0, start=st, end=en, stamp=s3, created=s3, organizer=thao,
                        attendees=guests, summary=title, description=desc, meet=meet)
    write(d, '03-invitation-english-interview.eml', google_invite(
        seed='c12', date=s3, organizer=thao, guests=guests, title=title, start=st, end=en,
        subj_when=f'{wd(st, "Wed")} Jun 3, 2026 10am - 11am (GMT+7)', body_when='Wednesday Jun 3, 2026 ⋅ 10am – 11am',
        tz_long='Indochina Time - Ho Chi Minh City', description=desc, ics_text=ics_iv, meet=meet))
    return label([iv('OrbitSoft Saigon', 'Business Analyst (dự án khách hàng Úc)', st, en, 'scheduled', [minh[1]],
                     [minh[1]], 'technical')],
                 'hard', 'positive/assessment-then-interview',
                 'Same morning: automated EngCheck English test 09:00-09:40 (own .ics, not an interview) then the live '
                 'English interview with the PM 10:00-11:00 (Google invite). Only the interview counts.')


# =============================================================================================
# 13  NEGATIVE university alumni magazine interview (press), Google Meet invite
# =============================================================================================
@case
def c13(d):
    s1 = at(VN, 2026, 6, 8, 15, 40, 20)
    s2 = at(VN, 2026, 6, 10, 9, 5, 2)
    st, en = at(VN, 2026, 6, 20, 9, 0), at(VN, 2026, 6, 20, 10, 0)
    tam = ('Đoàn Thanh Tâm', 'tam.dt@kimma-uni.example')
    t1 = f"""Chị Hà thân mến,

Em là Tâm, biên tập viên Bản tin Cựu sinh viên "KMU Alumni" của Trường Đại học Kinh tế Kim Mã. Chuyên mục "Hành trình sự nghiệp" số 24 muốn thực hiện một bài phỏng vấn chị – cựu sinh viên K55 ngành Hệ thống thông tin quản lý – về con đường trở thành Business Analyst trong lĩnh vực ngân hàng và fintech.

Một số câu hỏi dự kiến:
1. Chị đã chuẩn bị thế nào cho các buổi phỏng vấn tuyển dụng ở ngân hàng và công ty phần mềm?
2. Nhà tuyển dụng thường hỏi gì ở vòng phỏng vấn BA?
3. Lời khuyên cho sinh viên năm cuối muốn ứng tuyển vị trí BA?

Buổi trò chuyện qua Google Meet khoảng 60 phút, em đề xuất 9h sáng {wd(st, 'thứ Bảy')} 20/6. Bài viết sẽ đăng trên bản tin tháng 7 và fanpage của Hội Cựu sinh viên. Em sẽ gửi bản nháp để chị duyệt trước khi đăng.

Em cảm ơn chị nhiều!
Đoàn Thanh Tâm
Ban biên tập KMU Alumni – Văn phòng Hội Cựu sinh viên
"""
    m1 = gmail_id('c13a')
    write(d, '01-kmu-alumni-moi-phong-van.eml', human(
        seed='c13a', date=s1, sender=tam, to=[ME], subject='[KMU Alumni] Mời chị tham gia phỏng vấn chuyên mục "Hành trình sự nghiệp"',
        text=t1, msgid=m1, received=('mail-sor-f41.google.com', '209.85.220.41', '1AC0E5B7F2')))
    meet = meet_code('c13')
    title = 'Phỏng vấn cựu sinh viên – KMU Alumni số 24 – chị Nguyễn Thu Hà'
    desc = 'Phỏng vấn cho chuyên mục "Hành trình sự nghiệp", Bản tin KMU Alumni số 24. Bài viết gửi chị duyệt trước khi đăng.'
    guests = [(tam[0], tam[1], 'ACCEPTED', 'REQ-PARTICIPANT'), (OWNER, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT')]
    uid = f'{letters("c13uid", 26)}@google.com'
    ics_text = google_ics(method='REQUEST', uid=uid, seq=0, start=st, end=en, stamp=s2, created=s2, organizer=tam,
                          attendees=guests, summary=title, description=desc, meet=meet)
    write(d, '02-invitation-phong-van-cuu-sinh-vien.eml', google_invite(
        seed='c13', date=s2, organizer=tam, guests=guests, title=title, start=st, end=en,
        subj_when=f'{wd(st, "Sat")} Jun 20, 2026 9am - 10am (GMT+7)', body_when='Saturday Jun 20, 2026 ⋅ 9am – 10am',
        tz_long='Indochina Time - Ho Chi Minh City', description=desc, ics_text=ics_text, meet=meet))
    return label([], 'hard', 'negative/press-interview',
                 'University alumni magazine interviews the owner about her BA career (questions about job interviews); '
                 'Google Meet invite titled "Phỏng vấn". Press interview, not a hiring process.')


# =============================================================================================
# 14  Zalo chat pasted into a note-to-self (iPhone Mail) + CV e-mail to the recruiter
# =============================================================================================
@case
def c14(d):
    s1 = at(VN, 2026, 4, 14, 10, 41, 7)
    s2 = at(VN, 2026, 4, 14, 11, 5, 38)
    st, en = at(VN, 2026, 4, 15, 15, 0), at(VN, 2026, 4, 15, 16, 0)
    huong = ('Trần Thu Hương', 'huong.tt@senvang.example')
    t1 = """Lưu lại cho khỏi quên, copy từ Zalo chị Hương HR Sen Vàng:

Hương HR - Sen Vàng Fintech  10:12
Chào em Hà, chị là Hương bên tuyển dụng Sen Vàng Fintech. Chị đã xem CV em ứng tuyển vị trí BA mảng Ví điện tử trên TopCV, profile em khá phù hợp 😊

Nguyễn Thu Hà  10:18
Dạ em chào chị ạ. Em cảm ơn chị đã liên hệ ạ

Hương HR - Sen Vàng Fintech  10:21
Chiều mai 3h em qua văn phòng bên chị pv trực tiếp với anh Quân trưởng nhóm BA được ko em? Tầm 1 tiếng nha
Địa chỉ: tầng 5, số 18 Lý Thường Kiệt, Hoàn Kiếm

Nguyễn Thu Hà  10:25
Dạ được ạ, 3h chiều mai em qua ạ

Hương HR - Sen Vàng Fintech  10:26
Ok em. Em gửi CV bản mới nhất + portfolio qua mail huong.tt@senvang.example giúp chị nhé. Tới nơi gọi chị 0903 xxx 452
[Sticker]

Gửi từ iPhone của tôi
"""
    uuid = hid_up('c14uuid', 32)
    uuid = f'{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}-{uuid[16:20]}-{uuid[20:]}'
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
           + ''.join(f'<div dir="ltr">{html.escape(x) or "<br>"}</div>' for x in t1.rstrip('\n').split('\n'))
           + '</body></html>\n')
    body = multi('alternative', f'Apple-Mail-{uuid}', [leaf('text/plain; charset=utf-8', t1, 'quoted-printable'),
                                                        leaf('text/html; charset=utf-8', htm, 'quoted-printable')])
    headers = [('Delivered-To', OWNER), ('Return-Path', f'<{OWNER}>'),
               ('From', addr('Thu Hà', OWNER)), ('To', addr('Thu Hà', OWNER)),
               ('Subject', enc('lịch pv Sen Vàng (copy từ zalo)')), ('Date', rfc(s1)),
               ('Message-Id', f'<{uuid}@example.com>'), ('X-Mailer', 'iPhone Mail (22E252)')]
    write(d, '01-note-lich-pv-tu-zalo.eml', message(headers, body))
    t2 = f"""Em chào chị Hương,

Như đã trao đổi qua Zalo, em gửi chị CV cập nhật và portfolio (đính kèm) cho vị trí Business Analyst mảng Ví điện tử.

Em sẽ có mặt tại văn phòng tầng 5, 18 Lý Thường Kiệt lúc 15h chiều mai ({wd(st, 'thứ Tư')} 15/4) để phỏng vấn với anh Quân ạ.

Em cảm ơn chị.

{SIG_ME}
"""
    pdf = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
           b'3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
    att = ([('Content-Type', 'application/pdf; name="NguyenThuHa_BA_CV_2026.pdf"'),
            ('Content-Disposition', 'attachment; filename="NguyenThuHa_BA_CV_2026.pdf"'),
            ('Content-Transfer-Encoding', 'base64'), ('X-Attachment-Id', 'f_' + letters('c14att', 9))],
           base64.encodebytes(pdf).decode('ascii'))
    write(d, '02-gui-cv-chi-huong.eml', human(
        seed='c14b', date=s2, sender=ME, to=[huong],
        subject='[Ứng tuyển] Business Analyst mảng Ví điện tử – Nguyễn Thu Hà – CV & portfolio', text=t2,
        msgid=gmail_id('c14b'), attachments=[att]))
    return label([iv('Sen Vàng Fintech', 'Business Analyst mảng Ví điện tử', st, en, 'scheduled', [],
                     [huong[1]], 'hiring_manager')],
                 'hard', 'positive/chat-paste',
                 'Zalo chat pasted into a note-to-self: "Chiều mai 3h ... pv trực tiếp với anh Quân trưởng nhóm BA", chat '
                 'lines carry only times, resolved against the mail Date (Tue 14/4) -> Wed 15/4 15:00, "tầm 1 tiếng"; '
                 'confirmed in the CV mail. Interviewer has no address -> follow-up to the recruiter.')


# =============================================================================================
# 15  NEGATIVE the owner sits on an intern interview panel at her current employer
# =============================================================================================
@case
def c15(d):
    sent = at(VN, 2026, 7, 6, 9, 48, 30)
    st, en = at(VN, 2026, 7, 9, 14, 0), at(VN, 2026, 7, 9, 14, 45)
    hoa = ('Kiều Thị Hoa', 'hoa.kt@minhphat-soft.example')
    dung = ('Phùng Văn Dũng', 'dung.pv@minhphat-soft.example')
    cand = ('Lê Hoàng Minh', 'minh.lh@st.kimma-uni.example')
    footer, turl = teams_footer('c15')
    body = f"""Kính gửi Hội đồng phỏng vấn: chị Nguyễn Thu Hà (Senior BA) và anh Phùng Văn Dũng (PM),

Phòng Nhân sự gửi lịch phỏng vấn ứng viên Thực tập sinh BA – đợt hè 2026:
- Ứng viên: Lê Hoàng Minh – sinh viên năm 4, ĐH Kinh tế Kim Mã
- Thời gian: 14h00 – 14h45, {wd(st, 'thứ Năm')} 09/07/2026, qua Microsoft Teams
- CV ứng viên và phiếu đánh giá (scorecard): https://minhphatsoft.sharepoint.example/sites/HR/Intern2026/LeHoangMinh

Anh chị vui lòng hoàn thành phiếu đánh giá trước 17h00 cùng ngày. Ứng viên đã được gửi lời mời riêng.

Trân trọng,
Kiều Thị Hoa – HR Business Partner

"""
    when = 'When: Thursday, July 9, 2026 2:00 PM-2:45 PM (UTC+07:00) Bangkok, Hanoi, Jakarta.\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n'
    ics_text = outlook_ics(method='REQUEST', tzid='SE Asia Standard Time', vtz=vtz_fixed('SE Asia Standard Time', '+0700'),
                           uid=exchange_uid('c15'), seq=0, start=st, end=en, stamp=sent, organizer=hoa,
                           attendees=[(OWNER_VI, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT'),
                                      (dung[0], dung[1], 'NEEDS-ACTION', 'REQ-PARTICIPANT'),
                                      (cand[0], cand[1], 'NEEDS-ACTION', 'REQ-PARTICIPANT')],
                           summary='Phỏng vấn Thực tập sinh BA – Ứng viên: Lê Hoàng Minh', description=body + footer,
                           location='Microsoft Teams Meeting', lang='vi-VN', teams_url=turl)
    eml, _ = outlook_invite(seed='c15', date=sent, sender=hoa, to=[ME, dung, cand],
                            subject='Phỏng vấn Thực tập sinh BA – Ứng viên: Lê Hoàng Minh', text=when + body + footer,
                            ics_text=ics_text)
    write(d, '01-teams-phong-van-thuc-tap-sinh.eml', eml)
    return label([], 'hard', 'negative/user-is-interviewer',
                 'Teams invite ("SE Asia Standard Time") where the owner is on the interview panel for an intern candidate.')


# =============================================================================================
# 16  Google Calendar API event only (securities company, HCMC)
# =============================================================================================
@case
def c16(d):
    st, en = at(VN, 2026, 6, 10, 14, 0), at(VN, 2026, 6, 10, 15, 0)
    vy = ('Trần Tường Vy', 'vy.tran@southstar.example')
    ngoc = ('Lâm Bảo Ngọc', 'ngoc.lb@southstar.example')
    eid = letters('c16id', 26)
    meet = meet_code('c16')
    ev = {
        'kind': 'calendar#event', 'etag': '"' + str(int(hid('c16etag', 13), 16)) + '"', 'id': eid, 'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' + base64.urlsafe_b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        'created': '2026-06-04T03:12:09.000Z', 'updated': '2026-06-04T07:40:51.226Z',
        'summary': 'Phỏng vấn vòng 2 – BA Khối Môi giới – Nguyễn Thu Hà (Southstar Securities)',
        'description': ('Vòng 2 – phỏng vấn với chị Lâm Bảo Ngọc (Head of Business Analysis, Khối Môi giới).\n'
                        'Em chuẩn bị trình bày 1 dự án đã làm (10 phút), sau đó Q&A.\n'
                        'Chị Vy (HR) tạo lịch, không tham gia buổi phỏng vấn.\nHình thức: Google Meet.'),
        'creator': {'email': vy[1], 'displayName': vy[0]}, 'organizer': {'email': vy[1], 'displayName': vy[0]},
        'start': {'dateTime': st.isoformat(), 'timeZone': 'Asia/Ho_Chi_Minh'},
        'end': {'dateTime': en.isoformat(), 'timeZone': 'Asia/Ho_Chi_Minh'},
        'iCalUID': eid + '@google.com', 'sequence': 0,
        'attendees': [{'email': vy[1], 'displayName': vy[0], 'organizer': True, 'responseStatus': 'accepted'},
                      {'email': ngoc[1], 'displayName': ngoc[0], 'responseStatus': 'accepted'},
                      {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}],
        'hangoutLink': f'https://meet.google.com/{meet}',
        'conferenceData': {'entryPoints': [{'entryPointType': 'video', 'uri': f'https://meet.google.com/{meet}',
                                            'label': f'meet.google.com/{meet}'}],
                           'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                                  'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png'},
                           'conferenceId': meet},
        'reminders': {'useDefault': True}, 'eventType': 'default'}
    write(d, '01-event-southstar-vong-2.gcal.json', json.dumps(ev, ensure_ascii=False, indent=2) + '\n')
    return label([iv('Southstar Securities', 'Business Analyst - Khối Môi giới', st, en, 'scheduled', [ngoc[1]], [ngoc[1]],
                     'hiring_manager')],
                 'easy', 'positive/gcal-api',
                 'Calendar API event only (Vietnamese summary); organizer is HR who does not attend, so only the Head of BA '
                 'is the interviewer.')


# =============================================================================================
# 17  NEGATIVE one-way video interview with a deadline (all-day .ics)
# =============================================================================================
@case
def c17(d):
    sent = at(VN, 2026, 6, 22, 8, 30, 0)
    due = at(VN, 2026, 6, 25, 23, 59)
    wd(due, 'thứ Năm')
    t = f"""Chào Nguyễn Thu Hà,

Cảm ơn bạn đã ứng tuyển vị trí Business Analyst tại VietSigma Outsourcing. Hồ sơ của bạn đã qua vòng sàng lọc và bạn được mời tham gia vòng PHỎNG VẤN VIDEO MỘT CHIỀU (One-way Video Interview).

- Hạn hoàn thành: 23:59 {wd(due, 'Thứ Năm')}, 25/06/2026 (giờ Việt Nam)
- Gồm 4 câu hỏi; mỗi câu có 1 phút chuẩn bị và tối đa 3 phút trả lời
- Không có người phỏng vấn trực tiếp: bạn tự ghi hình câu trả lời trên nền tảng, có thể làm vào bất kỳ thời điểm nào trước hạn
- Hội đồng tuyển dụng sẽ xem video và phản hồi trong vòng 5 ngày làm việc

Bắt đầu: https://hire.vietsigma.example/video/{hid('c17v', 20)}

Mẹo: chọn nơi đủ sáng, yên tĩnh và kiểm tra micro trước khi bắt đầu.

Trân trọng,
VietSigma Talent Acquisition
(Email tự động – vui lòng không trả lời)
"""
    ics_text = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//VietSigma//Hire//VI', 'METHOD:PUBLISH', 'BEGIN:VEVENT',
                    f'UID:{hid("c17uid", 20)}@hire.vietsigma.example', f'DTSTAMP:{zstamp(sent)}',
                    'DTSTART;VALUE=DATE:20260625', 'DTEND;VALUE=DATE:20260626',
                    'SUMMARY:Hạn chót: Phỏng vấn video một chiều – VietSigma (Business Analyst)',
                    f'DESCRIPTION:Hoàn thành trước 23:59. https://hire.vietsigma.example/video/{hid("c17v", 20)}',
                    'TRANSP:TRANSPARENT', 'END:VEVENT', 'END:VCALENDAR'])
    att = leaf('text/calendar; charset="UTF-8"; name="vietsigma-video-deadline.ics"', ics_text, 'base64',
               [('Content-Disposition', 'attachment; filename="vietsigma-video-deadline.ics"')])
    write(d, '01-vietsigma-phong-van-video.eml', human(
        seed='c17', date=sent, sender=('VietSigma Careers', 'careers-noreply@vietsigma.example'), to=[ME],
        subject='[VietSigma] Mời bạn tham gia vòng Phỏng vấn video một chiều – Business Analyst', text=t,
        msgid=f'<{hid("c17m", 26)}@hire.vietsigma.example>', received=('mx-out.hire.vietsigma.example', '203.0.113.90', 'F0E1D2C3B4'),
        attachments=[att]))
    return label([], 'medium', 'negative/one-way-video',
                 'One-way recorded video "interview" with a deadline and an all-day .ics; no live conversation.')


# =============================================================================================
# 18  Bank final round: itinerary mail + two standalone Outlook .ics (same-day loop -> one onsite)
# =============================================================================================
@case
def c18(d):
    sent = at(VN, 2026, 6, 12, 15, 30, 26)
    a_s, a_e = at(VN, 2026, 6, 18, 9, 0), at(VN, 2026, 6, 18, 11, 15)
    b_s, b_e = at(VN, 2026, 6, 18, 13, 30), at(VN, 2026, 6, 18, 14, 0)
    wd(a_s, 'thứ Năm')
    nhung = ('Phan Thị Hồng Nhung', 'nhung.pth@dongdobank.example')
    duc = ('Cao Minh Đức', 'duc.cm@dongdobank.example')
    hang = ('Tạ Thu Hằng', 'hang.tt@dongdobank.example')
    bao = ('Nguyễn Đình Bảo', 'bao.nd@dongdobank.example')
    trang = ('Mai Thu Trang', 'trang.mt@dongdobank.example')
    rows = [('09:00 – 10:00', 'Trình bày case study & phỏng vấn chuyên môn',
             'Anh Cao Minh Đức – Giám đốc Trung tâm Phân tích nghiệp vụ; chị Tạ Thu Hằng – Trưởng nhóm BA Thẻ'),
            ('10:15 – 11:15', 'Phỏng vấn với lãnh đạo Khối', 'Ông Nguyễn Đình Bảo – Giám đốc Khối Chuyển đổi số'),
            ('11:15 – 13:30', 'Nghỉ trưa (Ngân hàng mời dùng bữa tại căng tin tầng 3)', ''),
            ('13:30 – 14:00', 'Phỏng vấn văn hóa doanh nghiệp', 'Chị Mai Thu Trang – Trưởng phòng Tuyển dụng')]
    t = f"""Kính gửi chị Nguyễn Thu Hà,

Phòng Tuyển dụng – Ngân hàng TMCP Đông Đô trân trọng mời chị tham dự VÒNG PHỎNG VẤN CUỐI cho vị trí Chuyên viên cao cấp Phân tích nghiệp vụ (Khối Chuyển đổi số).

Ngày: {wd(a_s, 'thứ Năm')}, 18/06/2026
Địa điểm: Hội sở DongDo Bank, 25 Lý Thái Tổ, Hoàn Kiếm, Hà Nội – phòng họp 8A

""" + '\n'.join(f'{a}  |  {b}' + (f'  |  {c}' if c else '') for a, b, c in rows) + """

Chị vui lòng chuẩn bị bài trình bày case study (tối đa 15 slide) theo đề bài đã gửi và mang theo CCCD. Em gửi kèm lời mời lịch cho từng phiên để chị tiện lưu vào lịch.

Trân trọng,
Phan Thị Hồng Nhung
Chuyên viên Điều phối Tuyển dụng – Phòng Tuyển dụng
Ngân hàng TMCP Đông Đô | ĐT: 024 3xxx 2525 – máy lẻ 318
"""
    trs = ''.join(f'<tr><td style="border:1px solid #999;padding:4px 8px">{html.escape(a)}</td>'
                  f'<td style="border:1px solid #999;padding:4px 8px">{html.escape(b)}</td>'
                  f'<td style="border:1px solid #999;padding:4px 8px">{html.escape(c)}</td></tr>' for a, b, c in rows)
    pre, post = t.split('09:00 – 10:00')[0], t.split('14:00  |  Phỏng vấn văn hóa doanh nghiệp  |  Chị Mai Thu Trang – Trưởng phòng Tuyển dụng')[1]
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Times New Roman,serif;font-size:12pt">'
           + '<br>\n'.join(html.escape(x) for x in pre.rstrip('\n').split('\n'))
           + '<table style="border-collapse:collapse"><tr><th>Thời gian</th><th>Nội dung</th><th>Người phỏng vấn</th></tr>'
           + trs + '</table>' + '<br>\n'.join(html.escape(x) for x in post.split('\n')) + '</div></body></html>\n')
    write(d, '01-dongdo-lich-phong-van-vong-cuoi.eml', human(
        seed='c18', date=sent, sender=nhung, to=[ME], cc=[duc, hang, bao, trang],
        subject='DongDo Bank – Lịch phỏng vấn vòng cuối – Chuyên viên cao cấp Phân tích nghiệp vụ (Khối Chuyển đổi số)',
        text=t, htm=htm, msgid=f'<{hid_up("c18m", 32)}@EXMB02.dongdobank.example>',
        received=('mail.dongdobank.example', '192.0.2.25', 'A9B8C7D6E5'),
        client=('X-Mailer', 'Microsoft Outlook 16.0'), extra=[('Thread-Topic', enc('Lịch phỏng vấn vòng cuối', 'Thread-Topic')),
                                                               ('X-MS-Exchange-Organization-SCL', '-1')]))
    vtz = vtz_fixed('SE Asia Standard Time', '+0700')
    ics_a = outlook_ics(method='REQUEST', tzid='SE Asia Standard Time', vtz=vtz, uid=exchange_uid('c18a'), seq=0,
                        start=a_s, end=a_e, stamp=sent, organizer=nhung,
                        attendees=[(OWNER_VI, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT'),
                                   (duc[0], duc[1], 'ACCEPTED', 'REQ-PARTICIPANT'),
                                   (hang[0], hang[1], 'ACCEPTED', 'REQ-PARTICIPANT'),
                                   (bao[0], bao[1], 'ACCEPTED', 'REQ-PARTICIPANT')],
                        summary='PV vòng cuối – Nguyễn Thu Hà – phiên sáng (case study + lãnh đạo Khối)',
                        description='09:00–10:00 case study với anh Đức, chị Hằng; 10:15–11:15 phỏng vấn với anh Bảo (GĐ Khối).',
                        location='Phòng họp 8A – Hội sở 25 Lý Thái Tổ', lang='vi-VN', busy='BUSY')
    write(d, '02-pv-vong-cuoi-phien-sang.ics', ics_a)
    ics_b = outlook_ics(method='REQUEST', tzid='SE Asia Standard Time', vtz=vtz, uid=exchange_uid('c18b'), seq=0,
                        start=b_s, end=b_e, stamp=sent, organizer=nhung,
                        attendees=[(OWNER_VI, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT'),
                                   (trang[0], trang[1], 'ACCEPTED', 'REQ-PARTICIPANT')],
                        summary='PV vòng cuối – Nguyễn Thu Hà – phiên chiều (văn hóa doanh nghiệp)',
                        description='Phỏng vấn văn hóa doanh nghiệp với chị Mai Thu Trang – Trưởng phòng Tuyển dụng.',
                        location='Phòng họp 8A – Hội sở 25 Lý Thái Tổ', lang='vi-VN', busy='BUSY')
    write(d, '03-pv-vong-cuoi-phien-chieu.ics', ics_b)
    return label([iv('Ngân hàng TMCP Đông Đô', 'Chuyên viên cao cấp Phân tích nghiệp vụ (Khối Chuyển đổi số)', a_s, b_e,
                     'scheduled', [duc[1], hang[1], bao[1], trang[1]], [duc[1], hang[1], bao[1], trang[1]], 'onsite')],
                 'hard', 'positive/onsite-loop',
                 'Final-round itinerary on one day (09:00-11:15, lunch, 13:30-14:00) sent as a mail plus two standalone '
                 'Outlook .ics (SE Asia Standard Time) -> one onsite 09:00-14:00 with all four interviewers; the '
                 'coordinator only schedules.')


# =============================================================================================
# 19  NEGATIVE thank-you / rejection after an interview
# =============================================================================================
@case
def c19(d):
    sent = at(VN, 2026, 6, 12, 16, 45, 10)
    past = at(VN, 2026, 6, 9, 14, 0)
    qa = ('Đào Quỳnh Anh', 'anh.dq@phohien.example')
    t = f"""Chào em Hà,

Thay mặt Phố Hiến Fintech, chị cảm ơn em đã dành thời gian tham gia buổi phỏng vấn lúc 14h00 {wd(past, 'thứ Ba')}, 09/06/2026 cho vị trí Business Analyst (Core Banking).

Sau khi cân nhắc kỹ, Hội đồng tuyển dụng quyết định chọn một ứng viên có kinh nghiệm triển khai core banking phù hợp hơn với yêu cầu hiện tại của dự án. Rất tiếc lần này chúng ta chưa thể đồng hành cùng nhau.

Chị đánh giá cao khả năng phân tích và giao tiếp của em trong buổi phỏng vấn. Hồ sơ của em sẽ được lưu lại và bên chị sẽ chủ động liên hệ nếu có vị trí phù hợp trong đợt tuyển dụng tới (dự kiến quý 4/2026).

Chúc em sớm tìm được công việc như ý.

Trân trọng,
Đào Quỳnh Anh
HR Manager | Phố Hiến Fintech
"""
    write(d, '01-pho-hien-thu-cam-on.eml', human(
        seed='c19', date=sent, sender=qa, to=[ME], subject='Thư cảm ơn – Business Analyst (Core Banking) – Phố Hiến Fintech',
        text=t, msgid=gmail_id('c19'), received=('mail-sor-f41.google.com', '209.85.220.41', '3C5E7A9B1D')))
    return label([], 'medium', 'negative/rejection',
                 'Rejection that restates the past interview time ("buổi phỏng vấn lúc 14h00 thứ Ba, 09/06/2026"); '
                 'mentions a future hiring round. No upcoming interview.')


# =============================================================================================
# 20  Singapore company, interviewer in Sydney: Teams invite in "AUS Eastern Standard Time" after DST end
# =============================================================================================
@case
def c20(d):
    s1 = at(SG, 2026, 3, 31, 16, 5, 44)
    s2 = at(SYD, 2026, 3, 31, 19, 22, 10)
    st, en = at(SYD, 2026, 4, 7, 13, 0), at(SYD, 2026, 4, 7, 13, 45)
    assert s2.utcoffset() == timedelta(hours=11) and st.utcoffset() == timedelta(hours=10)
    assert st.astimezone(VN).hour == 10 and st.astimezone(SG).hour == 11
    wl = ('Koh Wei Ling', 'weiling.koh@kampongledger.example')
    ol = ('Olivia Grant', 'olivia.grant@kampongledger.example')
    t1 = f"""Hi Thu Ha,

Thanks again for your time on the call last week. Happy to share that we'd like to move you to the next step for the Business Analyst (Regulatory Reporting) role.

This will be a 45-minute conversation with Olivia Grant, our Head of Product, who sits in our Sydney office. I've booked {wd(st, 'Tue')}sday 7 April at 1:00 PM Sydney time, which is 10:00 AM for you in Hanoi (11:00 AM here in Singapore). Olivia will send the Teams invite from her calendar shortly.

Expect questions on MAS and SBV regulatory reporting flows, and on how you write requirements for data pipelines.

Best,
Wei Ling

Koh Wei Ling | Talent Partner, APAC
Kampong Ledger Pte. Ltd. | 71 Robinson Road, Singapore
"""
    write(d, '01-kampong-ledger-next-step.eml', human(
        seed='c20a', date=s1, sender=wl, to=[ME], subject='Kampong Ledger - Business Analyst (Regulatory Reporting) - next step',
        text=t1, msgid=outlook_msgid('c20a', 'apcprd04', 'SEZPR04MB'),
        received=('mail-sg2apc01on2070.outbound.protection.outlook.com', '40.107.215.70', '5B7D9F1E3A')))
    footer, turl = teams_footer('c20')
    body = ('Hi Thu Ha,\n\nLooking forward to chatting about the Business Analyst (Regulatory Reporting) role. '
            "I'll be joining from Sydney.\n\nOlivia\n\n")
    when = ('When: Tuesday, 7 April 2026 1:00 PM-1:45 PM (UTC+10:00) Canberra, Melbourne, Sydney.\n'
            'Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n')
    ics_text = outlook_ics(method='REQUEST', tzid='AUS Eastern Standard Time', vtz=VTZ_AUS_EAST, uid=exchange_uid('c20'),
                           seq=0, start=st, end=en, stamp=s2, organizer=ol,
                           attendees=[(OWNER_VI, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT'),
                                      (wl[0], wl[1], 'NEEDS-ACTION', 'OPT-PARTICIPANT')],
                           summary='Kampong Ledger | BA (Regulatory Reporting) – Olivia / Thu Ha', description=body + footer,
                           location='Microsoft Teams Meeting', lang='en-AU', teams_url=turl)
    eml, _ = outlook_invite(seed='c20b', date=s2, sender=ol, to=[ME], cc=[wl],
                            subject='Kampong Ledger | BA (Regulatory Reporting) – Olivia / Thu Ha', text=when + body + footer,
                            ics_text=ics_text, tz_hdr_region='ausprd01', host='SY4PR01MB')
    write(d, '02-teams-invite-olivia-sydney.eml', eml)
    return label([iv('Kampong Ledger', 'Business Analyst (Regulatory Reporting)', st, en, 'scheduled', [ol[1]], [ol[1]],
                     'hiring_manager')],
                 'hard', 'positive/dst-gap',
                 'Singapore recruiter (+08:00) books a Sydney-based interviewer. Invite sent 31 Mar while Sydney is on AEDT '
                 '(+11) for 7 Apr, after the 5 Apr DST end: 13:00 AEST (+10) = 10:00 Hanoi, as the recruiter states. '
                 'Windows TZID "AUS Eastern Standard Time" with RRULE-based VTIMEZONE.')


# =============================================================================================
# 21  NEGATIVE availability request with proposed slots (nothing booked)
# =============================================================================================
@case
def c21(d):
    sent = at(VN, 2026, 7, 9, 11, 2, 17)
    o1, o2, o3 = at(VN, 2026, 7, 13, 9, 0), at(VN, 2026, 7, 14, 14, 0), at(VN, 2026, 7, 15, 10, 30)
    chau = ('Hà Minh Châu', 'chau.hm@trangansoft.example')
    t = f"""Chào em Hà,

Chị là Châu, HR của Tràng An Soft. Hồ sơ của em cho vị trí Business Analyst (Healthcare) đã qua vòng sàng lọc. Bên chị muốn sắp xếp một buổi phỏng vấn online vòng 1 (khoảng 45 phút) với Trưởng phòng BA.

Em vui lòng chọn giúp chị 1 trong các khung giờ sau:
1) 9h00 {wd(o1, 'thứ Hai')} 13/7
2) 14h00 {wd(o2, 'thứ Ba')} 14/7
3) 10h30 {wd(o3, 'thứ Tư')} 15/7

Hoặc em có thể tự chọn lịch qua link: https://calendly.com/trangansoft-ta/ba-vong-1
Sau khi em chọn, chị sẽ gửi thư mời chính thức kèm link Google Meet.

Trân trọng,
Hà Minh Châu
Talent Acquisition – Tràng An Soft
"""
    write(d, '01-trangansoft-chon-khung-gio.eml', human(
        seed='c21', date=sent, sender=chau, to=[ME], subject='Tràng An Soft – Mời phỏng vấn vòng 1 – vui lòng chọn khung giờ',
        text=t, msgid=gmail_id('c21'), received=('mail-sor-f41.google.com', '209.85.220.41', '6E8A0C2D4F')))
    return label([], 'hard', 'negative/availability-request',
                 'Interview invitation with three proposed slots and a booking link; no slot chosen or confirmed in the case.')


# =============================================================================================
# 22  HR mail + Calendly confirmation: final chat with the CEO before the offer
# =============================================================================================
@case
def c22(d):
    s1 = at(VN, 2026, 7, 22, 9, 30, 55)
    s2 = at(UTC, 2026, 7, 22, 3, 2, 18)
    st, en = at(VN, 2026, 7, 27, 8, 0), at(VN, 2026, 7, 27, 8, 30)
    diep = ('Phan Ngọc Diệp', 'diep.pn@lotuslending.example')
    viet = ('Trương Quốc Việt', 'viet.truong@lotuslending.example')
    t1 = """Hi Hà,

Cảm ơn em đã hoàn thành các vòng phỏng vấn cho vị trí Senior Business Analyst (Credit Products). Team rất ấn tượng với phần case study của em.

Bước cuối cùng trong quy trình là một buổi trò chuyện 30 phút với anh Trương Quốc Việt (CEO & Co-founder) trước khi bên chị gửi offer. Anh Việt muốn hiểu thêm về định hướng của em và chia sẻ về tầm nhìn sản phẩm. Em chọn giờ phù hợp qua link Calendly của anh Việt nhé:
https://calendly.com/viet-lotuslending/final-chat

Best,
Diệp
Phan Ngọc Diệp | People Lead | Lotus Lending
"""
    write(d, '01-lotus-final-chat-ceo.eml', human(
        seed='c22a', date=s1, sender=diep, to=[ME], cc=[viet], subject='Lotus Lending – Final step: chat với CEO',
        text=t1, msgid=gmail_id('c22a'), received=('mail-sor-f41.google.com', '209.85.220.41', '7F9B1D3E5A')))
    meet = meet_code('c22')
    ev_name = 'Final chat – Lotus Lending'
    t2 = f"""Hi Nguyễn Thu Hà,

Your {ev_name} with Trương Quốc Việt at 8:00am (Indochina Time) on {wd(st, 'Mon')}day, July 27, 2026 is scheduled.

Event Type:
{ev_name}

Date & Time:
8:00am - 8:30am (Indochina Time) on Monday, July 27, 2026

Location:
This is a Google Meet web conference.
Join now: https://meet.google.com/{meet}

Invitee Time Zone:
Indochina Time

Questions:
Please share anything that will help prepare for our meeting.
Em muốn hỏi thêm về lộ trình phát triển sản phẩm cho vay tiêu dùng.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{hid('c22c', 36)}
Reschedule: https://calendly.com/reschedulings/{hid('c22c', 36)}

Powered by Calendly.com
"""
    htm = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#4d5055">'
           + '<br>'.join(html.escape(x) for x in t2.split('\n')) + '</body></html>\n')
    ics_text = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendly//Calendly//EN', 'CALSCALE:GREGORIAN',
                    'METHOD:REQUEST', 'BEGIN:VEVENT', f'DTSTAMP:{zstamp(s2)}', f'DTSTART:{zstamp(st)}', f'DTEND:{zstamp(en)}',
                    f'SUMMARY:{ev_name} between Trương Quốc Việt and Nguyễn Thu Hà',
                    f'UID:{hid("c22uid", 32)}@calendly.com',
                    f'DESCRIPTION:Event Name: {esc(ev_name)}\\n\\nLocation: This is a Google Meet web conference. '
                    f'https://meet.google.com/{meet}\\n\\nNeed to make changes to this event?\\nCancel: '
                    f'https://calendly.com/cancellations/{hid("c22c", 36)}',
                    f'LOCATION:https://meet.google.com/{meet}',
                    f'ORGANIZER;CN=Trương Quốc Việt:mailto:{viet[1]}',
                    f'ATTENDEE;CN=Nguyễn Thu Hà;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}',
                    'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    body = multi('mixed', gbound('c22mx'), [
        alt_text_html('c22b', t2, htm),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="invite.ics"', ics_text, 'base64',
             [('Content-Disposition', 'attachment; filename="invite.ics"')])])
    headers = [('Delivered-To', OWNER), rcv('o3.email.calendly.com', '167.89.0.3', '0D2F4A6C8E', s2),
               ('Return-Path', '<bounces+1884211-8f1c-thuha.nguyen.ba=example.com@email.calendly.com>'),
               ('From', 'Calendly <notifications@calendly.com>'), ('Reply-To', addr(*viet)), ('To', OWNER),
               ('Subject', enc(f'Confirmed: {ev_name} with Trương Quốc Việt on Monday, July 27, 2026')),
               ('Date', rfc(s2)), ('Message-ID', f'<{hid("c22m", 22)}@calendly.com>')]
    write(d, '02-calendly-confirmed.eml', message(headers, body))
    return label([iv('Lotus Lending', 'Senior Business Analyst (Credit Products)', st, en, 'scheduled', [viet[1]], [viet[1]],
                     'hiring_manager')],
                 'medium', 'positive/ceo-final-chat',
                 'Final chat with the CEO as an explicit last process step, booked via Calendly (Indochina Time, UTC in '
                 'the .ics). The booking link in the first mail alone would not count; the confirmation does.')


# =============================================================================================
SLUGS = ['b261-01-topcv-bank-vong-1', 'b261-02-bank-ekyc-video-call', 'b261-03-itviec-no-diacritics-meet',
         'b261-04-tat-nien-party-invite', 'b261-05-phone-screen-chieu-nay', 'b261-06-teams-se-asia-panel',
         'b261-07-clinic-visa-checkup', 'b261-08-typhoon-reschedule', 'b261-09-vietnamworks-then-cancel',
         'b261-10-residents-meeting', 'b261-11-japanese-branch-two-rounds', 'b261-12-english-test-then-interview',
         'b261-13-alumni-magazine-meet', 'b261-14-zalo-chat-pasted', 'b261-15-intern-panel-invite',
         'b261-16-gcal-json-securities', 'b261-17-one-way-video', 'b261-18-bank-final-round-loop',
         'b261-19-thank-you-letter', 'b261-20-singapore-sydney-dst', 'b261-21-choose-a-slot',
         'b261-22-calendly-ceo-chat']


def main():
    assert len(SLUGS) == len(CASES)
    for name in sorted(os.listdir(HERE)):
        if name.startswith('b261-') and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for slug, fn in zip(SLUGS, CASES):
        assert slug[5:7] == fn.__name__[1:], (slug, fn.__name__)
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        labels[slug] = fn(d)
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as f:
        f.write('# blind261 labels (generated by make_cases.py; schema: /work/shared/eval/README.md)\n')
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for v in labels.values() if v['interview'])
    ivs = [i for v in labels.values() for i in v['interviews']]
    print(f'{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews '
          f'({sum(i["status"] == "scheduled" for i in ivs)} scheduled, {sum(i["status"] == "cancelled" for i in ivs)} cancelled)')


if __name__ == '__main__':
    main()
