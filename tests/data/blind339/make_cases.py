#!/usr/bin/env python3
"""Generate the blind339 evaluation set (Kampala civil engineer mailbox), written blind.

Deletes and rewrites every b339-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run.
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

OUT = Path(__file__).resolve().parent
SEED = 'blind339|kampala|2026'
OWNER = 'brian.ssemakula@example.com'
OWNER_NAME = 'Brian Ssemakula'
PREFIX = 'b339'

# --------------------------------------------------------------------------------------------
# deterministic ids
def hx(*parts, n=32):
    return hashlib.sha256('|'.join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def digits(*parts, n=9):
    return str(int(hx(*parts, n=40), 16))[:n]


def b32(*parts, n=26):
    return base64.b32encode(hashlib.sha256('|'.join((SEED,) + parts).encode()).digest()).decode().lower()[:n]


# --------------------------------------------------------------------------------------------
# time helpers with zoneinfo assertions
KLA, NBO, JNB, CPH = 'Africa/Kampala', 'Africa/Nairobi', 'Africa/Johannesburg', 'Europe/Copenhagen'
UTC = 'UTC'


def T(s, tz, wd, off):
    """Aware datetime; asserts weekday (Mon..Sun) and UTC offset (+HH:MM)."""
    dt = datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=ZoneInfo(tz))
    assert dt.strftime('%a') == wd, (s, tz, dt.strftime('%a'), wd)
    o = dt.strftime('%z')
    assert o[:3] + ':' + o[3:] == off, (s, tz, o, off)
    return dt


def check_dst_rules():
    def off(y, mo, d, h, tz):
        return datetime(y, mo, d, h, 0, tzinfo=ZoneInfo(tz)).utcoffset()
    H = lambda n: timedelta(hours=n)
    # EU 2026: Mar 29 / Oct 25 (01:00 UTC)
    assert off(2026, 3, 29, 1, CPH) == H(1) and off(2026, 3, 29, 4, CPH) == H(2)
    assert off(2026, 10, 25, 1, CPH) == H(2) and off(2026, 10, 25, 4, CPH) == H(1)
    assert off(2026, 10, 24, 12, CPH) == H(2) and off(2026, 10, 26, 12, CPH) == H(1)
    assert off(2026, 10, 25, 0, 'Europe/London') == H(1) and off(2026, 10, 25, 3, 'Europe/London') == H(0)
    # US 2026: Mar 8 / Nov 1
    assert off(2026, 3, 8, 1, 'America/New_York') == H(-5) and off(2026, 3, 8, 4, 'America/New_York') == H(-4)
    assert off(2026, 11, 1, 0, 'America/New_York') == H(-4) and off(2026, 11, 1, 3, 'America/New_York') == H(-5)
    # East Africa / South Africa: no DST
    for tz, h in ((KLA, 3), (NBO, 3), (JNB, 2)):
        for mo in (1, 3, 6, 10, 11, 12):
            assert off(2026, mo, 15, 12, tz) == H(h), (tz, mo)


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def zutc(dt):
    return dt.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')


def loc(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def gtime(dt):
    h = dt.hour % 12 or 12
    ap = 'am' if dt.hour < 12 else 'pm'
    return f'{h}{ap}' if dt.minute == 0 else f'{h}:{dt.minute:02d}{ap}'


def gday(dt):
    return f'{dt:%a} {dt:%b} {dt.day}, {dt.year}'


def longday(dt):
    return f'{dt:%A}, {dt.day} {dt:%B} {dt.year}'


def usday(dt):
    return f'{dt:%A}, {dt:%B} {dt.day}, {dt.year}'


# --------------------------------------------------------------------------------------------
# MIME rendering (hand-built so bytes are stable)
def H(s):
    return s if s.isascii() else Header(s, 'utf-8').encode()


def A(name, email):
    return formataddr((name, email), charset='utf-8')


def leaf(ctype, data, enc='qp', disp=None, extra=()):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return {'kind': 'leaf', 'ctype': ctype, 'data': data, 'enc': enc, 'disp': disp, 'extra': list(extra)}


def plain(text, enc='qp', flowed=False):
    ct = 'text/plain; charset="UTF-8"' + ('; format=flowed; delsp=yes' if flowed else '')
    if enc == 'b64':
        text = text.replace('\n', '\r\n')
    return leaf(ct, text, enc)


def htmlpart(body_html, enc='qp'):
    return leaf('text/html; charset="UTF-8"', body_html, enc)


def to_html(text, font='Calibri,Arial,sans-serif'):
    paras = []
    for block in text.strip('\n').split('\n\n'):
        paras.append('<p>' + '<br>\n'.join(html.escape(l) for l in block.split('\n')) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + '\n'.join(paras) + '\n</div></body></html>\n')


def calpart(ics, method='REQUEST', enc='b64'):
    return leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, enc)


def attach(filename, ctype, data):
    return leaf(f'{ctype}; name="{filename}"', data, 'b64', disp=f'attachment; filename="{filename}"')


def multi(sub, parts, key):
    return {'kind': 'multi', 'sub': sub, 'parts': parts, 'boundary': '00000000000' + hx('bnd', key, n=17)}


def _encode(data, enc):
    if enc == 'b64':
        return base64.encodebytes(data).decode('ascii').rstrip('\n')
    if enc == 'qp':
        return quopri.encodestring(data).decode('ascii').rstrip('\n')
    if enc in ('7bit', '8bit'):
        return data.decode('utf-8').rstrip('\n')
    raise ValueError(enc)


ENC_NAME = {'b64': 'base64', 'qp': 'quoted-printable', '7bit': '7bit', '8bit': '8bit'}


def render(p, key='x'):
    if p['kind'] == 'leaf':
        lines = [f"Content-Type: {p['ctype']}"]
        if p['disp']:
            lines.append(f"Content-Disposition: {p['disp']}")
        lines.append(f"Content-Transfer-Encoding: {ENC_NAME[p['enc']]}")
        lines += p['extra']
        lines.append('')
        lines.append(_encode(p['data'], p['enc']))
        return lines
    b = p['boundary']
    lines = [f'Content-Type: multipart/{p["sub"]}; boundary="{b}"', '']
    for i, sp in enumerate(p['parts']):
        lines.append(f'--{b}')
        lines += render(sp, f'{key}.{i}')
        lines.append('')
    lines.append(f'--{b}--')
    return lines


def received(key, domain, dt):
    ip = '.'.join(str(int(hx('ip', key, i, n=2), 16) % 200 + 20) for i in range(4))
    return (f'from mail.{domain} (mail.{domain} [{ip}])\n        by mx.example.com with ESMTPS id '
            f'{hx("rcv", key, n=12)}\n        for <{OWNER}>;\n        {rfc(dt.astimezone(timezone.utc))}')


def msgid(key, domain):
    return f'<{hx("mid", key, n=20)}.{hx("mid2", key, n=8)}@{domain}>'


def eml(key, frm, to, subject, date, body, cc=None, reply_to=None, irt=None, refs=None,
        mid=None, domain=None, extra=(), sender=None):
    """Returns (bytes, message-id). frm/to are preformatted address strings."""
    domain = domain or frm.split('@')[-1].rstrip('>')
    mid = mid or msgid(key, domain)
    h = [('Delivered-To', OWNER), ('Received', received(key, domain, date))]
    h.append(('Return-Path', '<' + (frm.split('<')[-1].rstrip('>') if '<' in frm else frm) + '>'))
    h += [('From', frm)]
    if sender:
        h.append(('Sender', sender))
    h.append(('To', to))
    if cc:
        h.append(('Cc', cc))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('Subject', H(subject)), ('Date', rfc(date)), ('Message-ID', mid)]
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', ' '.join(refs)))
    h += list(extra)
    lines = [f'{k}: {v}' for k, v in h] + ['MIME-Version: 1.0'] + render(body, key)
    return ('\n'.join(lines) + '\n').encode('utf-8'), mid


class Thread:
    """Tracks Message-IDs so replies get In-Reply-To / References."""
    def __init__(self):
        self.ids = []

    def send(self, key, *a, **kw):
        if self.ids:
            kw.setdefault('irt', self.ids[-1])
            kw.setdefault('refs', list(self.ids))
        data, mid = eml(key, *a, **kw)
        self.ids.append(mid)
        return data


def alt(text, key, enc_plain='qp', enc_html='qp', font='Calibri,Arial,sans-serif'):
    return multi('alternative', [plain(text, enc_plain), htmlpart(to_html(text, font), enc_html)], key)


OWNER_ADDR = A(OWNER_NAME, OWNER)


def reply_from_owner(key, thread, to, subject, date, text, cc=None):
    return thread.send(key, OWNER_ADDR, to, subject, date,
                       multi('alternative', [plain(text, 'qp'), htmlpart(to_html(text, 'Arial,sans-serif'))], key),
                       cc=cc, domain='mail.example.com')


# --------------------------------------------------------------------------------------------
# iCalendar
def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
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


VTZ = {
    'E. Africa Standard Time': ['BEGIN:VTIMEZONE', 'TZID:E. Africa Standard Time', 'BEGIN:STANDARD',
                                'DTSTART:16010101T000000', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0300',
                                'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000',
                                'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0300', 'END:DAYLIGHT', 'END:VTIMEZONE'],
    'Romance Standard Time': ['BEGIN:VTIMEZONE', 'TZID:Romance Standard Time', 'BEGIN:STANDARD',
                              'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
                              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
                              'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
                              'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
                              'END:DAYLIGHT', 'END:VTIMEZONE'],
    JNB: ['BEGIN:VTIMEZONE', 'TZID:Africa/Johannesburg', 'X-LIC-LOCATION:Africa/Johannesburg',
          'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0200', 'TZNAME:SAST',
          'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE'],
    KLA: ['BEGIN:VTIMEZONE', 'TZID:Africa/Kampala', 'X-LIC-LOCATION:Africa/Kampala', 'BEGIN:STANDARD',
          'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0300', 'TZNAME:EAT', 'DTSTART:19700101T000000',
          'END:STANDARD', 'END:VTIMEZONE'],
}
WIN_LABEL = {'E. Africa Standard Time': '(UTC+03:00) Nairobi',
             'Romance Standard Time': '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris'}


def ics_join(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def att_line(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp='TRUE', style='google'):
    if style == 'google':
        return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};'
                f'CN={name};X-NUM-GUESTS=0:mailto:{email}')
    if style == 'ms':
        return f'ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}'
    return f'ATTENDEE;CN="{name}";ROLE={role};PARTSTAT={partstat};RSVP={rsvp}:mailto:{email}'


def google_ics(uid, org, attendees, start, end, summary, desc, location, seq, stamp, method='REQUEST',
               status='CONFIRMED', meet=None):
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT', f'DTSTART:{zutc(start)}',
         f'DTEND:{zutc(end)}', f'DTSTAMP:{zutc(stamp)}', f'ORGANIZER;CN={org[0]}:mailto:{org[1]}', f'UID:{uid}']
    for a in attendees:
        L.append(att_line(a[0], a[1], partstat=a[2], rsvp='TRUE'))
    if meet:
        L.append(f'X-GOOGLE-CONFERENCE:{meet}')
    L += [f'CREATED:{zutc(stamp - timedelta(minutes=3))}', f'DESCRIPTION:{esc(desc)}',
          f'LAST-MODIFIED:{zutc(stamp)}', f'LOCATION:{esc(location)}', f'SEQUENCE:{seq}',
          f'STATUS:{status}', f'SUMMARY:{esc(summary)}', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return ics_join(L)


def google_invite(key, org, attendees, start, end, tzname, summary, desc, location, uid, seq, sent,
                  kind='Invitation', meet=True, changed_note=None):
    """Google Calendar invitation e-mail. org=(name,email); attendees=[(name,email,partstat)]."""
    meet_url = f'https://meet.google.com/{hx("meet", key, n=3)}-{hx("meet2", key, n=4)}-{hx("meet3", key, n=3)}' if meet else None
    pin = digits('pin', key)
    when_subj = f'{gday(start)} {gtime(start)} - {gtime(end)} (EAT)' if tzname.startswith('East Africa') else f'{gday(start)} {gtime(start)} - {gtime(end)}'
    subject = f'{kind}: {summary} @ {when_subj} ({OWNER})'
    guests = [f'{org[0]} - organizer', org[1]] + [x for a in attendees if a[1] != org[1]
                                                   for x in ((a[1],) if a[0] == a[1] else (a[0], a[1]))]
    head = []
    if changed_note:
        head = ['This event has been changed.', '']
    text = '\n'.join(head + [summary, f'{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}', tzname, '', ''])
    if location:
        text += f'Location\n{location}\nView map https://www.google.com/maps/search/{location.replace(" ", "+").replace(",", "%2C")}\n\n'
    if meet:
        text += f'Join with Google Meet\n{meet_url}\n\nJoin by phone\n(UG) +256 20 123 {pin[:4]}\nPIN: {pin}\n\n'
    text += f'Organizer\n{org[0]}\n{org[1]}\n\nGuests\n' + '\n'.join(guests) + '\n'
    eid = base64.b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    text += f'View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n'
    text += desc + '\n\n'
    text += (f'Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n\n'
             '~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
             'You are receiving this email because you are an attendee on the event.\n\n'
             'Forwarding this invitation could allow any recipient to send a response to the organizer, be added to '
             'the guest list, invite others regardless of their own invitation status, or modify your RSVP. '
             'Learn more https://support.google.com/calendar/answer/37135#forwarding\n')
    ics = google_ics(uid, org, [(org[0], org[1], 'ACCEPTED')] + [a for a in attendees if a[1] != org[1]],
                     start, end, summary, desc + ('\n\nJoin with Google Meet: ' + meet_url if meet else ''),
                     location, seq, sent, meet=meet_url)
    body = multi('mixed', [
        multi('alternative', [plain(text, 'b64', flowed=True), htmlpart(to_html(text, 'Roboto,Helvetica,Arial,sans-serif')),
                              calpart(ics)], key + 'alt'),
        attach('invite.ics', 'application/ics', ics.encode())], key + 'mix')
    data, _ = eml(key, A(org[0], org[1]), OWNER, subject, sent, body, reply_to=A(org[0], org[1]),
                  sender='Google Calendar <calendar-notification@google.com>',
                  mid=f'<calendar-{hx("gcal", key, n=8)}-{hx("g1", key, n=4)}-{hx("g2", key, n=4)}-{hx("g3", key, n=4)}-{hx("g4", key, n=12)}@google.com>',
                  domain='google.com')
    return data


def ms_ics(uid, org, attendees, start, end, tzid, summary, desc, location, seq, stamp, method='REQUEST',
           status='CONFIRMED', prodid='Microsoft Exchange Server 2010', teams=False):
    L = ['BEGIN:VCALENDAR', f'METHOD:{method}', f'PRODID:{prodid}', 'VERSION:2.0'] + VTZ[tzid] + ['BEGIN:VEVENT',
         f'ORGANIZER;CN={org[0]}:mailto:{org[1]}']
    for a in attendees:
        L.append(att_line(a[0], a[1], role=a[2] if len(a) > 2 else 'REQ-PARTICIPANT', style='ms'))
    L += [f'DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}', f'UID:{uid}', f'SUMMARY;LANGUAGE=en-GB:{esc(summary)}',
          f'DTSTART;TZID={tzid}:{loc(start)}', f'DTEND;TZID={tzid}:{loc(end)}', 'CLASS:PUBLIC', 'PRIORITY:5',
          f'DTSTAMP:{zutc(stamp)}', 'TRANSP:OPAQUE', f'STATUS:{status}', f'SEQUENCE:{seq}',
          f'LOCATION;LANGUAGE=en-GB:{esc(location)}', f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
          f'X-MICROSOFT-CDO-OWNERAPPTID:{int(hx("appt", uid, n=7), 16)}', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
          'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
          'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams:
        L.append(f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}')
        L.append('X-MICROSOFT-SKYPETEAMSPROPERTIES:{"cid":"19:meeting_' + hx('cid', uid, n=24) + '@thread.v2"}')
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-LOCATIONS:[{"DisplayName":"' + location.replace('"', "'") + '"}]',
          'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
          'END:VEVENT', 'END:VCALENDAR']
    return ics_join(L)


def teams_block(key):
    mid = digits('teamsid', key, n=12)
    pc = hx('pc', key, n=6)
    url = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hx("tm", key, n=40)}%40thread.v2/0'
           f'?context=%7b%22Tid%22%3a%22{hx("tid", key, n=8)}%22%7d')
    text = ('________________________________________________________________________________\n'
            'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            f'Click here to join the meeting<{url}>\n\nMeeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n'
            f'Passcode: {pc}\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
            '________________________________________________________________________________')
    return url, text


def exchange_invite(key, org, attendees, start, end, tzid, summary, note, location, uid, seq, sent,
                    org_domain_ms, teams=False, lang='en-GB', cc=None):
    """Outlook/Exchange meeting request (multipart/alternative with text/calendar)."""
    url, tb = teams_block(key) if teams else (None, '')
    if teams and not location:
        location = 'Microsoft Teams Meeting'
    when = f'When: {longday(start)} {start:%H:%M}-{end:%H:%M}. {WIN_LABEL[tzid]}'
    text = f'{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n' + (f'\n{tb}\n' if teams else '')
    desc = note + ('\n\n' + tb if teams else '')
    ics = ms_ics(uid, org, attendees, start, end, tzid, summary, desc, location, seq, sent, teams=url)
    body = multi('alternative', [plain(text, 'qp'), htmlpart(to_html(text, 'Aptos,Calibri,sans-serif')), calpart(ics, enc='b64')], key)
    to = ', '.join(A(a[0], a[1]) for a in attendees if a[1] != org[1] and (len(a) < 3 or a[2] == 'REQ-PARTICIPANT'))
    opt = ', '.join(A(a[0], a[1]) for a in attendees if len(a) > 2 and a[2] == 'OPT-PARTICIPANT')
    tix = base64.b64encode(bytes.fromhex(hx('tix', key, n=44))).decode()
    data, _ = eml(key, A(org[0], org[1]), to, summary, sent, body, cc=cc or opt or None,
                  mid=f'<{org_domain_ms[0]}{hx("exm", key, n=10).upper()}@{org_domain_ms[0]}{hx("exm2", key, n=4).upper()}.{org_domain_ms[1]}.prod.outlook.com>',
                  domain=org[1].split('@')[1],
                  extra=[('Thread-Topic', H(summary)), ('Thread-Index', tix), ('Accept-Language', f'{lang}, en-US'),
                         ('Content-Language', lang), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
                         ('X-MS-Exchange-Organization-SCL', '1')])
    return data


def ics_attachment_mail(key, frm, subject, sent, text, ics, reply_to=None, cc=None, fname='invite.ics',
                        method='REQUEST', enc_plain='qp', html=True):
    parts = [plain(text, enc_plain)] + ([htmlpart(to_html(text, 'Helvetica,Arial,sans-serif'))] if html else [])
    body = multi('mixed', [multi('alternative', parts, key + 'a'),
                           leaf(f'text/calendar; charset="UTF-8"; method={method}; name="{fname}"', ics, 'b64',
                                disp=f'attachment; filename="{fname}"')], key + 'm')
    return eml(key, frm, OWNER_ADDR, subject, sent, body, reply_to=reply_to, cc=cc)[0]


# --------------------------------------------------------------------------------------------
# labels
def IV(company, role, start, end, status, interviewers, followups, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers), 'followup_recipients': list(followups),
            'kind': kind}


def LBL(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews, 'difficulty': difficulty,
            'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco

# --------------------------------------------------------------------------------------------
# people
SARAH = ('Sarah Nakato', 'sarah.nakato@mugabiroads.example')
OKELLO = ('Eng. Ronald Okello', 'ronald.okello@mugabiroads.example')
MUGABI = ('Eng. Joseph Mugabi', 'joseph.mugabi@mugabiroads.example')
GRACE = ('Grace Atim', 'grace.atim@lakesideaero.example')
PETER = ('Peter Kiggundu', 'peter.kiggundu@lakesideaero.example')
RUTH = ('Ruth Babirye', 'ruth.babirye@nilehydro.example')
WAISWA = ('Dr. Emmanuel Waiswa', 'emmanuel.waiswa@nilehydro.example')
ACHIENG = ('Eng. Fiona Achieng', 'fiona.achieng@nilehydro.example')
MUKASA = ('Isaac Mukasa', 'isaac.mukasa@nilehydro.example')
KISAKYE = ('Margaret Kisakye', 'margaret.kisakye@nilehydro.example')
NJERI = ('Njeri Kamau', 'njeri.kamau@kilimani-structural.example')
OTIENO = ('Eng. Otieno Ouma', 'otieno.ouma@kilimani-structural.example')
FAITH = ('Faith Chebet', 'faith.chebet@kilimani-structural.example')
WANJIRU = ('Eng. Wanjiru Mwangi', 'wanjiru.mwangi@kilimani-structural.example')
LERATO = ('Lerato Dlamini', 'lerato.dlamini@highveld-ip.example')
THANDIWE = ('Thandiwe Mokoena', 'thandiwe.mokoena@highveld-ip.example')
SIPHO = ('Sipho Nkosi', 'sipho.nkosi@highveld-ip.example')
METTE = ('Mette Lindholm', 'mette.lindholm@oresund-eng.example')
ANDERS = ('Anders Kjær', 'anders.kjaer@oresund-eng.example')
SOFIE = ('Sofie Brandt-Nielsen', 'sofie.brandt-nielsen@oresund-eng.example')
GH_NOREPLY = 'no-reply@us.greenhouse-mail.io'

MUGABI_CO, MUGABI_ROLE = 'Mugabi Roadworks Ltd', 'Senior Site Engineer (Roads)'
LAKE_CO, LAKE_ROLE = 'Lakeside Aerodrome Works', 'Airside Pavement Engineer'
NILE_CO, NILE_ROLE = 'Source of the Nile Hydro Consult', 'Hydropower Civil Engineer'
KIL_CO, KIL_ROLE = 'Kilimani Structural Engineers', 'Civil Engineer (Transport Structures)'
HV_CO, HV_ROLE = 'Highveld Infrastructure Partners', 'Investment Associate - East Africa Infrastructure'
OE_CO, OE_ROLE = 'Øresund Engineering', 'Resident Engineer - Water & Roads (East Africa)'

SARAH_SIG = ('Sarah Nakato\nHR Officer | Mugabi Roadworks Ltd\nPlot 45, Ntinda Industrial Area, P.O. Box 22871, Kampala\n'
             'Tel: +256 414 000 731 | Mob: +256 772 000 418')


def a(p):
    return A(p[0], p[1])


# ---------------------------------------------------------------- 01
@case('mugabi-phone-screen-luganda-enkya')
def c01(cid):
    t = Thread()
    d1 = T('2026-10-05 16:42', KLA, 'Mon', '+03:00')
    d2 = T('2026-10-05 18:07', KLA, 'Mon', '+03:00')
    subj = 'Senior Site Engineer (Roads) - short phone interview'
    m1 = t.send(f'{cid}-1', a(SARAH), OWNER_ADDR, subj, d1, alt(
        'Dear Brian,\n\nOli otya! I hope you are keeping well.\n\n'
        'Thank you for applying for the position of Senior Site Engineer (Roads) at Mugabi Roadworks Ltd. '
        'We received over 140 applications and yours is among those we have picked for a short phone interview '
        'before the next stage.\n\n'
        "Nja kukukubira essimu enkya (Lwakubiri) ku ssaawa nnya ez'okumakya, that is 10:00am. It will not take "
        'more than 30 minutes: mainly your current role at Kyaggwe Builders, your notice period and your salary '
        'expectations.\n\n'
        'Kindly be in a place with good network. If the MTN line is off I will try the Airtel number on your CV.\n\n'
        'If that time does not suit you, let me know this evening so that I adjust.\n\n'
        f'Webale nnyo,\n{SARAH_SIG}', f'{cid}-1'))
    m2 = reply_from_owner(f'{cid}-2', t, a(SARAH), 'RE: ' + subj, d2,
                          'Dear Sarah,\n\nWebale nnyo for considering my application. Kale, enkya ku ssaawa nnya '
                          'is fine with me; I will be waiting for your call on 0772 000 935.\n\nRegards,\nBrian Ssemakula\n\n'
                          f'On Mon, 5 Oct 2026 at 16:42, Sarah Nakato <{SARAH[1]}> wrote:\n> Dear Brian,\n> Oli otya!')
    s = T('2026-10-06 10:00', KLA, 'Tue', '+03:00')
    return [('01-sarah-phone-interview-enkya.eml', m1), ('02-re-phone-interview.eml', m2)], LBL(
        [IV(MUGABI_CO, MUGABI_ROLE, s, s + timedelta(minutes=30), 'scheduled', [SARAH[1]], [SARAH[1]], 'phone_screen')],
        'hard', 'positive/email-body-only-relative-luganda',
        "Time only in the body, in Luganda: 'enkya (Lwakubiri) ku ssaawa nnya ez'okumakya' = tomorrow (Tue) 10:00 "
        'EAT, resolved against Date Mon 5 Oct 16:42 +0300; HR officer does the 30-minute screen herself.')


# ---------------------------------------------------------------- 02
@case('mugabi-written-test-not-interview')
def c02(cid):
    d = T('2026-10-07 11:15', KLA, 'Wed', '+03:00')
    test = T('2026-10-13 09:00', KLA, 'Tue', '+03:00')
    text = ('Dear Brian Ssemakula,\n\nRE: SHORTLISTING FOR WRITTEN TECHNICAL TEST - SENIOR SITE ENGINEER (ROADS)\n\n'
            'Following the phone interview held on Tuesday, we are glad to inform you that you have been shortlisted '
            'to sit for the written technical test for the above position.\n\n'
            f'Date: {test:%A} {test.day}th October 2026\nTime: 9:00am sharp (reporting time 8:30am)\n'
            'Venue: Mugabi Roadworks Ltd, Plot 45 Ntinda Industrial Area - Training Room, ground floor\n'
            'Duration: 3 hours\n\n'
            'The paper covers flexible pavement design (CBR/DCP), preparation of a bill of quantities, contract '
            'administration under FIDIC (Red Book 1999) and a short site report. It is a closed-book test.\n\n'
            'Come with your academic documents (originals and photocopies), National ID, a scientific calculator, '
            'a ruler and pens. Phones will be collected at the door.\n\n'
            'Only candidates who pass the written test will be invited for oral interviews.\n\n'
            'Kindly confirm your attendance by replying to this email. Tukwagaliza omukisa!\n\n' + SARAH_SIG)
    m, _ = eml(f'{cid}-1', a(SARAH), OWNER_ADDR, 'SHORTLISTED: Written Technical Test - Senior Site Engineer (Roads)',
               d, multi('alternative', [plain(text, 'qp'), htmlpart(to_html(text), 'b64')], f'{cid}-1'))
    return [('01-shortlisted-written-test.eml', m)], LBL(
        [], 'hard', 'negative/written-test',
        "'You have been shortlisted', date, 9:00am sharp, 'come with your academic documents' - but it is a 3-hour "
        'closed-book written test, not a live interview; oral interviews only come later.')


# ---------------------------------------------------------------- 03
@case('mugabi-technical-then-md-final')
def c03(cid):
    t = Thread()
    d1 = T('2026-10-16 15:30', KLA, 'Fri', '+03:00')
    d2 = T('2026-10-17 08:12', KLA, 'Sat', '+03:00')
    d3 = T('2026-10-23 17:10', KLA, 'Fri', '+03:00')
    d4 = T('2026-10-23 19:45', KLA, 'Fri', '+03:00')
    s1 = T('2026-10-22 10:00', KLA, 'Thu', '+03:00')
    s2 = T('2026-11-03 14:00', KLA, 'Tue', '+03:00')
    subj1 = 'Invitation for Technical Interview - Senior Site Engineer (Roads)'
    m1 = t.send(f'{cid}-1', a(SARAH), OWNER_ADDR, subj1, d1, alt(
        'Dear Brian,\n\nCongratulations! You passed the written technical test held on 13th October 2026.\n\n'
        'Kindly avail yourself for a technical interview on Thursday 22nd October 2026 at 10:00am sharp at our head '
        'office in Ntinda (Boardroom, 2nd floor). The interview will be conducted by our Chief Engineer, '
        'Eng. Ronald Okello (copied), and will last about one hour.\n\n'
        'Bring a portfolio of road works you have supervised - drawings, extracts from site diaries, test results or '
        'photos are all fine.\n\n'
        "Mu Luganda: intervyu eno eri ku Lwakuna ku ssaawa nnya ez'okumakya. Tosubwa!\n\n" + SARAH_SIG, f'{cid}-1'),
        cc=a(OKELLO))
    m2 = reply_from_owner(f'{cid}-2', t, a(SARAH), 'RE: ' + subj1, d2,
                          'Dear Sarah,\n\nWebale nnyo for the good news. I confirm that I will attend the technical '
                          'interview on Thursday 22nd October at 10:00am and will bring my portfolio.\n\n'
                          'Eng. Okello, I look forward to meeting you.\n\nKind regards,\nBrian', cc=a(OKELLO))
    subj2 = 'Final interview with the Managing Director - Senior Site Engineer (Roads)'
    m3 = t.send(f'{cid}-3', a(SARAH), OWNER_ADDR, subj2, d3, alt(
        'Dear Brian,\n\nThank you for coming for the technical interview yesterday. Eng. Okello has recommended you '
        'for the last stage.\n\n'
        'The Managing Director, Eng. Joseph Mugabi, would like to meet you for a final interview on Tuesday 3rd '
        "November 2026 at 2:00pm (ssaawa munaana ez'olweggulo) in his office at the head office. Plan for about "
        '45 minutes. He has asked that you come with your academic documents and your ERB registration status.\n\n'
        'Eng. Mugabi is copied on this email.\n\nWebale,\n' + SARAH_SIG, f'{cid}-3'),
        cc=a(MUGABI), irt=t.ids[-1], refs=list(t.ids))
    m4 = reply_from_owner(f'{cid}-4', t, a(SARAH), 'RE: ' + subj2, d4,
                          'Dear Sarah,\n\nThank you. Lwakubiri 3rd November at 2:00pm is confirmed on my side. '
                          'I will bring the documents.\n\nWebale nnyo,\nBrian', cc=a(MUGABI))
    return [('01-invitation-technical-interview.eml', m1), ('02-re-confirm-technical.eml', m2),
            ('03-final-interview-md.eml', m3), ('04-re-confirm-final.eml', m4)], LBL(
        [IV(MUGABI_CO, MUGABI_ROLE, s1, s1 + timedelta(hours=1), 'scheduled', [OKELLO[1]], [OKELLO[1]], 'technical'),
         IV(MUGABI_CO, MUGABI_ROLE, s2, s2 + timedelta(minutes=45), 'scheduled', [MUGABI[1]], [MUGABI[1]], 'hiring_manager')],
        'medium', 'positive/two-interviews-same-company',
        'Two interviews in one thread: technical with the Chief Engineer (22 Oct 10:00 EAT, 1 h) and final with the MD '
        "(3 Nov 14:00 EAT = 'ssaawa munaana ez'olweggulo', 45 min). Interviewers are on Cc.")


# ---------------------------------------------------------------- 04
@case('lakeside-calendly-phone-screen')
def c04(cid):
    d1 = T('2026-10-02 09:12', KLA, 'Fri', '+03:00')
    d2 = T('2026-10-08 06:31', UTC, 'Thu', '+00:00')
    s = T('2026-10-12 16:00', KLA, 'Mon', '+03:00')
    e = s + timedelta(minutes=30)
    link = 'https://calendly.com/grace-atim-lakeside/phone-screen'
    m1, _ = eml(f'{cid}-1', a(GRACE), OWNER_ADDR, 'Airside Pavement Engineer - Entebbe apron works', d1, alt(
        'Hello Brian,\n\nThank you for your interest in the Airside Pavement Engineer role on our Entebbe '
        'International Airport apron rehabilitation package.\n\n'
        f'I would like to have a 30-minute phone screen with you. Please pick any slot that suits you here: {link} '
        '(slots are shown in East Africa Time).\n\n'
        'Best regards,\nGrace Atim\nTalent & HR Business Partner\nLakeside Aerodrome Works Ltd | Plot 3 Airport Road, Entebbe',
        f'{cid}-1'))
    ev = 'Phone Screen - Airside Pavement Engineer'
    inv_uid = f'{hx("cal", cid, n=24)}@calendly.com'
    ics = ics_join(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendly//Calendly Scheduling//EN', 'CALSCALE:GREGORIAN',
                    'METHOD:REQUEST', 'BEGIN:VEVENT', f'UID:{inv_uid}', f'DTSTAMP:{zutc(d2)}', f'DTSTART:{zutc(s)}',
                    f'DTEND:{zutc(e)}', f'SUMMARY:{esc(ev + " between Grace Atim and Brian Ssemakula")}',
                    f'DESCRIPTION:{esc("Event Name: " + ev + chr(10) + chr(10) + "Location: Grace will call you on +256 772 000 935" + chr(10) + chr(10) + "Need to make changes to this event?" + chr(10) + "Cancel: https://calendly.com/cancellations/" + hx("cx", cid, n=20) + chr(10) + "Reschedule: https://calendly.com/reschedulings/" + hx("rs", cid, n=20))}',
                    f'LOCATION:{esc("+256 772 000 935")}', f'ORGANIZER;CN=Grace Atim:mailto:{GRACE[1]}',
                    att_line('Brian Ssemakula', OWNER, style='google'), 'STATUS:CONFIRMED', 'SEQUENCE:0',
                    'END:VEVENT', 'END:VCALENDAR'])
    text = (f'Hi Brian Ssemakula,\n\nA new event has been scheduled.\n\nEvent Type:\n{ev}\n\nEvent Host:\nGrace Atim\n\n'
            f'Event Date/Time:\n04:00pm - 04:30pm, {usday(s)} (East Africa Time)\n\n'
            'Location:\nGrace will call you on +256 772 000 935\n\nInvitee Time Zone:\nEast Africa Time\n\n'
            'Questions:\nPlease share anything that will help prepare for our meeting.\n'
            'Currently Site Engineer on a 14 km urban road upgrade (Kira-Kasangati).\n\n'
            f'Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{hx("cx", cid, n=20)}\n'
            f'Reschedule: https://calendly.com/reschedulings/{hx("rs", cid, n=20)}\n\nPowered by Calendly.com\n')
    m2 = ics_attachment_mail(f'{cid}-2', 'Calendly <notifications@calendly.com>',
                             f'Confirmed: {ev} with Grace Atim on {usday(s)}', d2, text, ics, reply_to=a(GRACE))
    return [('01-grace-pick-a-slot.eml', m1), ('02-calendly-confirmed.eml', m2)], LBL(
        [IV(LAKE_CO, LAKE_ROLE, s, e, 'scheduled', [GRACE[1]], [GRACE[1]], 'phone_screen')],
        'medium', 'positive/calendly',
        'Scheduling link first (not an interview by itself), then Calendly confirmation: 4:00pm-4:30pm East Africa '
        'Time (ics in UTC 13:00Z). Recruiter is the screener; notifications@calendly.com is not a recipient.')


# ---------------------------------------------------------------- 05
@case('lakeside-google-invite-rescheduled')
def c05(cid):
    uid = f'{b32("uid", cid)}@google.com'
    loc_ = 'Lakeside Aerodrome Works site office, Entebbe International Airport, Gate 3'
    summ = 'Lakeside Aerodrome Works: Technical Interview - Airside Pavement Engineer (Brian Ssemakula)'
    att = [(PETER[0], PETER[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')]
    s0 = T('2026-10-20 11:00', KLA, 'Tue', '+03:00')
    s1 = T('2026-10-21 15:00', KLA, 'Wed', '+03:00')
    desc0 = ('Hi Brian, Peter Kiggundu, our Pavements Lead, will take you through the technical interview: rigid vs '
             'flexible pavements for aprons, PCN/ACN reporting and working next to a live airside. I will only '
             'introduce you and then leave you two.\n\nPlease carry your national ID - security at Gate 3 needs it '
             'for your visitor pass.\n\nGrace')
    desc1 = ('Update: Peter is covering night works on the runway shoulders on Tuesday, so we have moved this to '
             'Wednesday afternoon. Same venue, same plan - apologies for the change!\n\n' + desc0)
    m1 = google_invite(f'{cid}-1', GRACE, att, s0, s0 + timedelta(hours=1), 'East Africa Time - Kampala', summ, desc0,
                       loc_, uid, 0, T('2026-10-14 07:20', UTC, 'Wed', '+00:00'), meet=False)
    m2 = google_invite(f'{cid}-2', GRACE, att, s1, s1 + timedelta(hours=1), 'East Africa Time - Kampala', summ, desc1,
                       loc_, uid, 1, T('2026-10-16 13:02', UTC, 'Fri', '+00:00'), kind='Updated invitation',
                       meet=False, changed_note=True)
    return [('01-invitation-technical-interview.eml', m1), ('02-updated-invitation-moved-wednesday.eml', m2)], LBL(
        [IV(LAKE_CO, LAKE_ROLE, s1, s1 + timedelta(hours=1), 'scheduled', [PETER[1]], [PETER[1]], 'technical')],
        'medium', 'positive/reschedule-sequence',
        'Google invitation Tue 20 Oct 11:00 EAT, then Updated invitation (same UID, SEQUENCE 1) to Wed 21 Oct '
        '15:00-16:00 EAT. Organizer Grace only introduces; Peter conducts.')


# ---------------------------------------------------------------- 06
@case('nilehydro-phone-screen-standalone-ics')
def c06(cid):
    s = T('2026-10-14 15:00', KLA, 'Wed', '+03:00')
    stamp = T('2026-10-09 10:41', KLA, 'Fri', '+03:00')
    desc = ('Dr. Emmanuel Waiswa (Principal Engineer - Hydropower) will call Brian on +256 772 000 935 for a '
            '30-minute screening conversation about the Hydropower Civil Engineer vacancy (small hydro portfolio '
            'on the Victoria Nile and in the Rwenzori region).\n\nRuth Babirye\nHR & Administration\n'
            'Source of the Nile Hydro Consult Ltd, Plot 7 Nile Crescent, Jinja')
    ics = ms_ics(f'040000008200E00074C5B7101A82E008000000{hx("ruid", cid, n=24).upper()}', RUTH,
                 [(WAISWA[0], WAISWA[1]), (OWNER_NAME, OWNER)], s, s + timedelta(minutes=30),
                 'E. Africa Standard Time', 'Phone interview: Hydropower Civil Engineer - Brian Ssemakula', desc,
                 'Phone call (Dr. Waiswa calls the candidate)', 0, stamp,
                 prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')
    return [('01-phone-interview-hydropower.ics', ics.encode())], LBL(
        [IV(NILE_CO, NILE_ROLE, s, s + timedelta(minutes=30), 'scheduled', [WAISWA[1]], [WAISWA[1]], 'phone_screen')],
        'medium', 'positive/standalone-ics',
        "Standalone Outlook .ics, TZID 'E. Africa Standard Time' 15:00-15:30; HR organizer, Principal Engineer calls.")


# ---------------------------------------------------------------- 07
@case('nilehydro-panel-day-three-invites')
def c07(cid):
    d1 = T('2026-10-26 10:05', KLA, 'Mon', '+03:00')
    sessions = [
        ('Panel day 1/3: Technical presentation - Brian Ssemakula', '2026-11-05 09:00', '2026-11-05 10:00',
         [WAISWA, ACHIENG], 'Boardroom, Source of the Nile Hydro Consult, Plot 7 Nile Crescent, Jinja',
         'Brian will present for about 20 minutes on a hydropower intake, headrace or tailrace he has worked on or '
         'studied, followed by questions. A projector and HDMI cable are available.'),
        ('Panel day 2/3: Panel interview - Brian Ssemakula', '2026-11-05 10:15', '2026-11-05 11:15',
         [WAISWA, ACHIENG, MUKASA], 'Boardroom, Source of the Nile Hydro Consult, Plot 7 Nile Crescent, Jinja',
         'Competency and technical questions from the three-member panel (hydraulic structures, geotechnics, '
         'contract supervision).'),
        ('Panel day 3/3: Conversation with the Director - Brian Ssemakula', '2026-11-05 12:00', '2026-11-05 12:45',
         [KISAKYE], "Director's office, 1st floor, Plot 7 Nile Crescent, Jinja",
         'Closing conversation with Mrs. Margaret Kisakye, Director, on the role, terms and relocation to Jinja.'),
    ]
    text = ('Dear Brian,\n\nFurther to your phone interview with Dr. Waiswa, I am pleased to invite you to our panel '
            'interview day for the Hydropower Civil Engineer position on Thursday 5th November 2026 at our Jinja '
            'office, Plot 7 Nile Crescent.\n\nProgramme (all times Kampala time, EAT):\n'
            '09:00 - 10:00  Technical presentation and questions - Dr. Emmanuel Waiswa, Eng. Fiona Achieng\n'
            '10:15 - 11:15  Panel interview - Dr. Emmanuel Waiswa, Eng. Fiona Achieng, Mr. Isaac Mukasa\n'
            '11:15 - 12:00  Tea and a short walk through our hydraulics lab\n'
            '12:00 - 12:45  Conversation with the Director, Mrs. Margaret Kisakye\n\n'
            'You will receive a separate Outlook invitation for each session. Please come with your academic documents '
            'and professional certificates (originals). Travel from Kampala is refunded on the day (UGX 60,000) - '
            'keep your taxi or bus receipt.\n\nThe Jinja road can be slow at Mabira, so plan to leave Kampala early.\n\n'
            'Kind regards,\nRuth Babirye\nHR & Administration | Source of the Nile Hydro Consult Ltd\n+256 434 000 122')
    items = [('01-panel-day-programme.eml', eml(f'{cid}-1', a(RUTH), OWNER_ADDR,
                                                 'Panel interview day - Thursday 5th November 2026 - Jinja office', d1,
                                                 alt(text, f'{cid}-1'))[0])]
    ivs = []
    for i, (summ, st, en, ppl, where, note) in enumerate(sessions, start=2):
        s = T(st, KLA, 'Thu', '+03:00')
        e = T(en, KLA, 'Thu', '+03:00')
        sent = T(f'2026-10-26 10:{18 + 3 * i:02d}', KLA, 'Mon', '+03:00')
        att = [(p[0], p[1]) for p in ppl] + [(OWNER_NAME, OWNER)]
        items.append((f'0{i}-invite-session-{i - 1}.eml', exchange_invite(
            f'{cid}-{i}', RUTH, att, s, e, 'E. Africa Standard Time', summ, note, where,
            f'040000008200E00074C5B7101A82E00800000000{hx("u", cid, i, n=22).upper()}', 0, sent,
            ('AM7PR02MB', 'eurprd02'))))
        ivs.append((s, e))
    who = [WAISWA[1], ACHIENG[1], MUKASA[1], KISAKYE[1]]
    return items, LBL(
        [IV(NILE_CO, NILE_ROLE, ivs[0][0], ivs[-1][1], 'scheduled', who, who, 'onsite')],
        'hard', 'positive/onsite-several-invites',
        'Panel day in Jinja sent as a programme e-mail plus three Exchange invites (09:00-10:00, 10:15-11:15, '
        "12:00-12:45 'E. Africa Standard Time') -> ONE onsite 09:00-12:45 EAT with all four interviewers.")


# ---------------------------------------------------------------- 08
@case('kilimani-propose-confirm-teams')
def c08(cid):
    t = Thread()
    d1 = T('2026-10-19 09:40', NBO, 'Mon', '+03:00')
    d2 = T('2026-10-19 12:02', KLA, 'Mon', '+03:00')
    d3 = T('2026-10-19 14:30', NBO, 'Mon', '+03:00')
    d4 = T('2026-10-19 15:05', NBO, 'Mon', '+03:00')
    s = T('2026-10-27 10:00', NBO, 'Tue', '+03:00')
    T('2026-10-28 15:00', NBO, 'Wed', '+03:00')
    subj = 'Technical interview - Civil Engineer (Transport Structures) - scheduling'
    m1 = t.send(f'{cid}-1', a(NJERI), OWNER_ADDR, subj, d1, alt(
        'Habari Brian,\n\nThank you for the good conversation last week. We would now like to invite you for a '
        'technical interview with Eng. Otieno Ouma, our Associate Director for Transport Structures. It runs for '
        'one hour on Microsoft Teams.\n\nCould you do either of these?\n'
        '- Tuesday 27 October, saa nne asubuhi (10:00am EAT)\n- Wednesday 28 October, 3:00pm EAT\n\n'
        'Nairobi and Kampala share the same clock, so no conversion needed.\n\n'
        'Kind regards,\nNjeri Kamau\nTalent Acquisition Lead\nKilimani Structural Engineers Ltd\n'
        'Argwings Kodhek Road, Nairobi | +254 20 000 4417', f'{cid}-1'))
    m2 = reply_from_owner(f'{cid}-2', t, a(NJERI), 'Re: ' + subj, d2,
                          'Habari Njeri,\n\nAsante sana. Tuesday 27th at 10:00am works best for me.\n\nRegards,\nBrian')
    m3 = t.send(f'{cid}-3', a(NJERI), OWNER_ADDR, 'Re: ' + subj, d3, alt(
        'Hi Brian,\n\nPerfect - Tuesday 27 October at 10:00am EAT is confirmed. Otieno (copied) will send you the '
        'Teams invitation shortly. Expect a discussion on bridge deck design and a culvert case study.\n\n'
        'Kila la heri,\nNjeri', f'{cid}-3'), cc=a(OTIENO))
    m4 = exchange_invite(f'{cid}-4', OTIENO, [(OWNER_NAME, OWNER), (NJERI[0], NJERI[1], 'OPT-PARTICIPANT')], s,
                         s + timedelta(hours=1), 'E. Africa Standard Time',
                         'Technical interview - Brian Ssemakula (Civil Engineer, Transport Structures)',
                         'Hi Brian, looking forward to our conversation. Have a pen and paper nearby for a quick sketch. '
                         '- Otieno', '', f'040000008200E00074C5B7101A82E00800000000{hx("u", cid, n=22).upper()}', 0,
                         d4, ('PA4PR03MB', 'eurprd03'), teams=True)
    return [('01-njeri-proposes-two-slots.eml', m1), ('02-re-tuesday-works.eml', m2), ('03-re-confirmed.eml', m3),
            ('04-teams-invite-technical.eml', m4)], LBL(
        [IV(KIL_CO, KIL_ROLE, s, s + timedelta(hours=1), 'scheduled', [OTIENO[1]], [OTIENO[1]], 'technical')],
        'medium', 'positive/thread-propose-confirm',
        "Two slots proposed (Swahili 'saa nne asubuhi' = 10:00 EAT, or Wed 15:00); candidate picks Tuesday; Teams "
        "invite 'E. Africa Standard Time' confirms. One interview (dedupe); Nairobi = Kampala clock.")


# ---------------------------------------------------------------- 09
@case('kilimani-md-final-moved-by-email')
def c09(cid):
    t = Thread()
    d1 = T('2026-11-05 11:20', NBO, 'Thu', '+03:00')
    d2 = T('2026-11-05 12:01', KLA, 'Thu', '+03:00')
    d3 = T('2026-11-06 08:05', NBO, 'Fri', '+03:00')
    d4 = T('2026-11-06 08:40', KLA, 'Fri', '+03:00')
    d5 = T('2026-11-06 09:12', NBO, 'Fri', '+03:00')
    T('2026-11-06 14:00', NBO, 'Fri', '+03:00')
    s = T('2026-11-09 14:00', NBO, 'Mon', '+03:00')
    url, _ = teams_block(cid)
    subj = 'Final interview with our Managing Director'
    m1 = t.send(f'{cid}-1', a(FAITH), OWNER_ADDR, subj, d1, alt(
        'Dear Brian,\n\nEng. Wanjiru Mwangi, our Managing Director, would like to have a final conversation with you '
        'tomorrow at 2:00pm EAT (saa nane mchana) on Microsoft Teams. She has set aside 45 minutes.\n\n'
        f'Join link: {url}\n\nKindly confirm.\n\nRegards,\nFaith Chebet\nPA to the Managing Director\n'
        'Kilimani Structural Engineers Ltd', f'{cid}-1'), cc=a(WANJIRU))
    m2 = reply_from_owner(f'{cid}-2', t, a(FAITH), 'RE: ' + subj, d2,
                          'Dear Faith,\n\nThank you, I confirm for tomorrow at 2pm.\n\nBest,\nBrian', cc=a(WANJIRU))
    m3 = t.send(f'{cid}-3', a(FAITH), OWNER_ADDR, 'RE: ' + subj, d3, alt(
        'Pole sana Brian,\n\nEng. Wanjiru has been called to an emergency site inspection in Machakos today. Could we '
        'move your interview to Monday 9th November, same time (2:00pm EAT)? The Teams link stays the same.\n\n'
        'Apologies for the short notice.\nFaith', f'{cid}-3'), cc=a(WANJIRU))
    m4 = reply_from_owner(f'{cid}-4', t, a(FAITH), 'RE: ' + subj, d4,
                          'Hi Faith,\n\nNo problem at all - Monday works for me.\n\nBrian', cc=a(WANJIRU))
    m5 = t.send(f'{cid}-5', a(FAITH), OWNER_ADDR, 'RE: ' + subj, d5, alt(
        'Asante Brian. Noted: Monday 9 November, 2:00pm-2:45pm EAT, same link. Eng. Wanjiru is copied.\n\nFaith',
        f'{cid}-5'), cc=a(WANJIRU))
    return [('01-final-interview-tomorrow.eml', m1), ('02-re-confirm.eml', m2), ('03-re-move-to-monday.eml', m3),
            ('04-re-monday-ok.eml', m4), ('05-re-noted-monday.eml', m5)], LBL(
        [IV(KIL_CO, KIL_ROLE, s, s + timedelta(minutes=45), 'scheduled', [WANJIRU[1]], [WANJIRU[1]], 'hiring_manager')],
        'hard', 'positive/reschedule-by-email',
        "'Tomorrow at 2:00pm EAT (saa nane mchana)' from Thu 5 Nov = Fri 6 Nov, then moved by e-mail to Mon 9 Nov "
        '14:00-14:45 EAT; final state wins. MD is on Cc.')


# ---------------------------------------------------------------- 10
@case('highveld-greenhouse-first-round-sast')
def c10(cid):
    d = T('2026-10-06 10:14', JNB, 'Tue', '+02:00')
    s = T('2026-10-14 14:00', JNB, 'Wed', '+02:00')
    assert s.astimezone(ZoneInfo(KLA)).hour == 15
    e = s + timedelta(minutes=45)
    meet = f'https://meet.google.com/{hx("m", cid, n=3)}-{hx("m2", cid, n=4)}-{hx("m3", cid, n=3)}'
    ics = ics_join(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN',
                    'METHOD:REQUEST'] + VTZ[JNB] + ['BEGIN:VEVENT', f'UID:{hx("gh", cid, n=16)}@greenhouse.io',
                    f'DTSTAMP:{zutc(d)}', f'DTSTART;TZID=Africa/Johannesburg:{loc(s)}',
                    f'DTEND;TZID=Africa/Johannesburg:{loc(e)}',
                    'SUMMARY:Interview: Brian Ssemakula - Investment Associate (Highveld Infrastructure Partners)',
                    f'DESCRIPTION:{esc("First-round screening interview with Thandiwe Mokoena. Google Meet: " + meet)}',
                    f'LOCATION:{meet}', f'ORGANIZER;CN=Lerato Dlamini:mailto:{LERATO[1]}',
                    att_line(THANDIWE[0], THANDIWE[1], style='plain'), att_line(OWNER_NAME, OWNER, style='plain'),
                    'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    text = ('Hi Brian,\n\nThank you for making time to speak with us at Highveld Infrastructure Partners! '
            'Your first-round screening interview is confirmed:\n\n'
            'Position: Investment Associate - East Africa Infrastructure\n'
            f'Date: {usday(s)}\nTime: 2:00 PM - 2:45 PM SAST (South Africa Standard Time)\n'
            'For you in Kampala that is 3:00 PM - 3:45 PM EAT.\n'
            'Interviewer: Thandiwe Mokoena, Associate Director - Transport & Logistics\n'
            f'Location: Google Meet - {meet}\n\n'
            'Thandiwe will want to hear how you look at construction risk on road and airport projects; no '
            'financial modelling is expected at this stage.\n\n'
            'A calendar invitation is attached. If you need to reschedule, reply to this email.\n\n'
            'Warm regards,\nLerato Dlamini\nRecruitment Coordinator, Highveld Infrastructure Partners\n'
            '90 Rivonia Road, Sandton, Johannesburg')
    m = ics_attachment_mail(f'{cid}-1', A('Highveld Infrastructure Partners', GH_NOREPLY),
                            'Interview Confirmation: Investment Associate - East Africa Infrastructure', d, text, ics,
                            reply_to=a(LERATO))
    return [('01-greenhouse-interview-confirmation.eml', m)], LBL(
        [IV(HV_CO, HV_ROLE, s, e, 'scheduled', [THANDIWE[1]], [THANDIWE[1]], 'phone_screen')],
        'medium', 'positive/ats-email-with-ics-sast',
        'Greenhouse confirmation with .ics (TZID Africa/Johannesburg): 14:00-14:45 SAST = 15:00 EAT. '
        'Interviewer only in body name + ics ATTENDEE; no-reply sender is never a recipient.')


# ---------------------------------------------------------------- 11
@case('highveld-second-round-cancelled')
def c11(cid):
    d1 = T('2026-10-27 09:30', JNB, 'Tue', '+02:00')
    d2 = T('2026-10-30 16:45', JNB, 'Fri', '+02:00')
    s = T('2026-11-04 10:00', JNB, 'Wed', '+02:00')
    e = s + timedelta(hours=1)
    uid = f'{hx("gh", cid, n=16)}@greenhouse.io'

    def ics(method, seq, status, stamp):
        return ics_join(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN',
                         f'METHOD:{method}'] + VTZ[JNB] + ['BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{zutc(stamp)}',
                         f'DTSTART;TZID=Africa/Johannesburg:{loc(s)}', f'DTEND;TZID=Africa/Johannesburg:{loc(e)}',
                         'SUMMARY:Interview: Brian Ssemakula - Investment Associate (Second Round)',
                         'DESCRIPTION:Case discussion with Sipho Nkosi (Partner).', 'LOCATION:Zoom (link to follow)',
                         f'ORGANIZER;CN=Lerato Dlamini:mailto:{LERATO[1]}',
                         att_line(SIPHO[0], SIPHO[1], style='plain'), att_line(OWNER_NAME, OWNER, style='plain'),
                         f'SEQUENCE:{seq}', f'STATUS:{status}', 'END:VEVENT', 'END:VCALENDAR'])
    t1 = ('Hi Brian,\n\nGreat news - Thandiwe would like you to continue to the second round.\n\n'
          'Position: Investment Associate - East Africa Infrastructure\n'
          f'Date: {usday(s)}\nTime: 10:00 AM - 11:00 AM SAST (11:00 AM Kampala time)\n'
          'Interviewer: Sipho Nkosi, Partner\nFormat: case discussion on Zoom\n\n'
          'You will receive a short toll-road PPP case 24 hours before the call. Read it, but there is no need to '
          'build a model.\n\nRegards,\nLerato Dlamini\nRecruitment Coordinator')
    t2 = ('Dear Brian,\n\nI am sorry to write with this news. Our investment committee has put the Uganda transport '
          'mandate on hold until the fund\'s review in the first quarter of 2027, so we have to cancel your '
          'second-round interview with Sipho on Wednesday 4 November at 10:00 SAST. The calendar cancellation is '
          'attached.\n\nThis has nothing to do with your first round - Thandiwe\'s feedback was very positive, and '
          'we will contact you first if the mandate reopens.\n\nWith apologies,\nLerato Dlamini\n'
          'Recruitment Coordinator, Highveld Infrastructure Partners')
    m1 = ics_attachment_mail(f'{cid}-1', A('Highveld Infrastructure Partners', GH_NOREPLY),
                             'Interview Confirmation: Investment Associate - Second Round', d1, t1,
                             ics('REQUEST', 0, 'CONFIRMED', d1), reply_to=a(LERATO))
    m2 = ics_attachment_mail(f'{cid}-2', A('Highveld Infrastructure Partners', GH_NOREPLY),
                             'Interview Cancelled: Investment Associate - Second Round', d2, t2,
                             ics('CANCEL', 1, 'CANCELLED', d2), reply_to=a(LERATO), method='CANCEL', fname='cancel.ics')
    return [('01-second-round-confirmation.eml', m1), ('02-second-round-cancelled.eml', m2)], LBL(
        [IV(HV_CO, HV_ROLE, s, e, 'cancelled', [SIPHO[1]], [SIPHO[1]], 'other')],
        'medium', 'positive/cancellation',
        'Second round booked for Wed 4 Nov 10:00-11:00 SAST (11:00 EAT), then cancelled (METHOD:CANCEL, same UID, '
        'SEQUENCE 1, mandate on hold). Kept as one cancelled interview.')

# ---------------------------------------------------------------- 12
METTE_SIG = ('Med venlig hilsen / Kind regards\nMette Lindholm\nSenior Talent Partner\n'
             'Øresund Engineering A/S | Kalvebod Brygge 41, 1560 København V | +45 33 00 41 27')


@case('oresund-intro-call-cest')
def c12(cid):
    t = Thread()
    d1 = T('2026-10-01 14:22', CPH, 'Thu', '+02:00')
    d2 = T('2026-10-01 16:03', KLA, 'Thu', '+03:00')
    s = T('2026-10-07 10:00', CPH, 'Wed', '+02:00')
    assert s.astimezone(ZoneInfo(KLA)).hour == 11
    url, _ = teams_block(cid)
    subj = 'Øresund Engineering - introductory call (Resident Engineer, East Africa)'
    text = ('Dear Brian,\n\nThank you for applying for the Resident Engineer - Water & Roads (East Africa) position. '
            'Your experience supervising urban roads in Kampala is very relevant to our new Danida-funded '
            'programme.\n\n'
            'I would like to start with a 30-minute introductory call, just the two of us. I have reserved '
            'Wednesday 7 October at 10:00 Copenhagen time, which is 11:00 in Kampala. I will use this Teams link:\n'
            f'{url}\n\nIf the time does not work for you, simply reply with two or three alternatives.\n\n' + METTE_SIG)
    m1 = t.send(f'{cid}-1', a(METTE), OWNER_ADDR, subj, d1,
                multi('alternative', [plain(text, 'qp'), htmlpart(to_html(text, 'Verdana,sans-serif'), 'b64')], f'{cid}-1'))
    m2 = reply_from_owner(f'{cid}-2', t, a(METTE), 'Re: ' + subj, d2,
                          'Dear Mette,\n\nThank you for reaching out. Wednesday 7 October at 11:00 Kampala time '
                          '(10:00 in Copenhagen) is fine for me. I will join on Teams.\n\nKind regards,\nBrian Ssemakula')
    return [('01-mette-introductory-call.eml', m1), ('02-re-confirm-wednesday.eml', m2)], LBL(
        [IV(OE_CO, OE_ROLE, s, s + timedelta(minutes=30), 'scheduled', [METTE[1]], [METTE[1]], 'phone_screen')],
        'medium', 'positive/email-body-cest',
        '10:00 Copenhagen (CEST, +02:00) = 11:00 Kampala, stated in both directions; recruiter does the call herself; '
        'candidate confirms.')


# ---------------------------------------------------------------- 13
@case('oresund-teams-technical-utc-label')
def c13(cid):
    sent = T('2026-10-12 09:48', CPH, 'Mon', '+02:00')
    s = T('2026-10-23 13:00', CPH, 'Fri', '+02:00')
    assert s.astimezone(ZoneInfo(KLA)).hour == 14
    note = ('Hej Brian,\n\nThis is the technical interview for the Resident Engineer role. We will spend most of the '
            'hour on a case: upgrading 12 km of gravel road to bitumen standard across black cotton soil in northern '
            'Uganda - drainage, subgrade treatment and how you would run the supervision team. The last 15 minutes '
            'are for FIDIC contract questions.\n\nVenlig hilsen,\nAnders Kjær\nTechnical Director, Roads & Bridges')
    m = exchange_invite(f'{cid}-1', ANDERS, [(OWNER_NAME, OWNER), (METTE[0], METTE[1], 'OPT-PARTICIPANT')], s,
                        s + timedelta(hours=1), 'Romance Standard Time',
                        'Technical interview - Resident Engineer (East Africa) - Brian Ssemakula', note, '',
                        f'040000008200E00074C5B7101A82E00800000000{hx("u", cid, n=22).upper()}', 0, sent,
                        ('DB9PR07MB', 'eurprd07'), teams=True, lang='da-DK')
    return [('01-teams-technical-interview.eml', m)], LBL(
        [IV(OE_CO, OE_ROLE, s, s + timedelta(hours=1), 'scheduled', [ANDERS[1]], [ANDERS[1]], 'technical')],
        'hard', 'positive/outlook-teams-dst-label',
        "Teams invite 'Romance Standard Time' with the '(UTC+01:00) Brussels, Copenhagen...' label, but 23 Oct is "
        'still CEST: 13:00+02:00 = 14:00 EAT. Talent partner is optional attendee only.')


# ---------------------------------------------------------------- 14
@case('oresund-final-after-clock-change-gcal')
def c14(cid):
    d1 = T('2026-10-26 09:15', CPH, 'Mon', '+01:00')
    s = T('2026-10-29 10:00', CPH, 'Thu', '+01:00')
    e = s + timedelta(minutes=45)
    sk, ek = s.astimezone(ZoneInfo(KLA)), e.astimezone(ZoneInfo(KLA))
    assert sk.hour == 12 and sk.utcoffset() == timedelta(hours=3)
    url, tb = teams_block(cid)
    text = ('Dear Brian,\n\nThank you for your conversation with Anders on Friday - he enjoyed the black cotton soil '
            'discussion and recommends that we move forward.\n\n'
            'The final step is an interview with Sofie Brandt-Nielsen, our Head of Water & Infrastructure - Africa, '
            'who would lead the programme you would join. She has proposed Thursday 29 October at 10:00 Copenhagen '
            'time, for 45 minutes on Teams.\n\n'
            'Please note: Denmark went back to winter time yesterday (Sunday 25 October), so we are now two hours '
            'behind Kampala. 10:00 here is 12:00 noon for you - not 11:00 as for our first call.\n\n'
            'I have sent the invitation from my calendar; it should already be in yours.\n\n' + METTE_SIG)
    m1, _ = eml(f'{cid}-1', a(METTE), OWNER_ADDR, 'Final interview with Sofie Brandt-Nielsen - Thursday 29 October',
                d1, multi('alternative', [plain(text, 'b64'), htmlpart(to_html(text, 'Verdana,sans-serif'))], f'{cid}-1'),
                cc=a(SOFIE))
    eid = hx('evt', cid, n=26)
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{digits("etag", cid, n=16)}"',
        'id': eid,
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' + base64.b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        'created': '2026-10-26T08:11:52.000Z',
        'updated': '2026-10-26T08:12:40.318Z',
        'summary': 'Final interview - Resident Engineer (East Africa) - Øresund Engineering',
        'description': ('Final interview with Sofie Brandt-Nielsen, Head of Water & Infrastructure - Africa.\n\n' + tb),
        'location': 'Microsoft Teams Meeting',
        'creator': {'email': METTE[1], 'displayName': METTE[0]},
        'organizer': {'email': METTE[1], 'displayName': METTE[0]},
        'start': {'dateTime': sk.isoformat(), 'timeZone': CPH},
        'end': {'dateTime': ek.isoformat(), 'timeZone': CPH},
        'iCalUID': f'040000008200E00074C5B7101A82E00800000000{hx("u", cid, n=22).upper()}',
        'sequence': 0,
        'attendees': [
            {'email': METTE[1], 'displayName': METTE[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': SOFIE[1], 'displayName': SOFIE[0], 'responseStatus': 'accepted'},
            {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'},
        ],
        'guestsCanInviteOthers': False,
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    m2 = (json.dumps(ev, indent=2, ensure_ascii=False) + '\n').encode('utf-8')
    return [('01-mette-final-interview-clock-change.eml', m1), ('02-final-interview-event.gcal.json', m2)], LBL(
        [IV(OE_CO, OE_ROLE, s, e, 'scheduled', [SOFIE[1]], [SOFIE[1]], 'hiring_manager')],
        'hard', 'positive/gcal-json-after-eu-dst',
        'After the EU change (Oct 25): 10:00 CET (+01:00) = 12:00 EAT. Mail Date is +0100; the Calendar API event '
        'gives 12:00+03:00 with timeZone Europe/Copenhagen. One interview (mail + event).')


# ---------------------------------------------------------------- 15
@case('erb-professional-interview-licence')
def c15(cid):
    d = T('2026-10-19 10:30', KLA, 'Mon', '+03:00')
    s = T('2026-11-16 09:00', KLA, 'Mon', '+03:00')
    e = T('2026-11-16 13:00', KLA, 'Mon', '+03:00')
    reg = ('Registrar', 'registrar@erb-uganda.example')
    ics = ics_join(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ERB Uganda//Registration Portal//EN', 'METHOD:REQUEST']
                   + VTZ[KLA] + ['BEGIN:VEVENT', f'UID:erb-pi-2026-0318-{hx("erb", cid, n=8)}@erb-uganda.example',
                   f'DTSTAMP:{zutc(d)}', f'DTSTART;TZID=Africa/Kampala:{loc(s)}', f'DTEND;TZID=Africa/Kampala:{loc(e)}',
                   'SUMMARY:ERB Professional Interview - Registration as Registered Engineer (Civil)',
                   'LOCATION:ERB Secretariat\\, Plot 6 Old Port Bell Road\\, Kampala',
                   'DESCRIPTION:Applicant ERB/REG/2026/0318. Report 30 minutes early with original documents.',
                   f'ORGANIZER;CN=ERB Registrar:mailto:{reg[1]}', att_line(OWNER_NAME, OWNER, style='plain'),
                   'STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR'])
    text = ('ENGINEERS REGISTRATION BOARD\n\nOur Ref: ERB/REG/2026/0318\n\nEng. Brian Ssemakula,\n\n'
            'RE: PROFESSIONAL INTERVIEW - APPLICATION FOR REGISTRATION AS A REGISTERED ENGINEER (CIVIL)\n\n'
            'Reference is made to your application for registration under the Engineers Registration Act.\n\n'
            'The Board is pleased to inform you that your Professional Experience Report has been reviewed and you '
            'have been shortlisted for the Professional Interview scheduled as follows:\n\n'
            'Date: Monday 16th November 2026\nTime: 9:00am\n'
            'Venue: ERB Secretariat, Plot 6 Old Port Bell Road, Kampala\n\n'
            'The interview panel will examine your engineering experience, professional ethics and knowledge of '
            'the laws governing engineering practice in Uganda.\n\n'
            'You are required to come with: original academic transcripts and certificates; your training log book '
            'endorsed by your supervising Registered Engineer; two recent passport photographs; and the bank slip '
            'for the interview fee of UGX 200,000 paid to the Board\'s account in Stanbic Bank. No cash is accepted '
            'at the Secretariat.\n\nCandidates who report more than 15 minutes late will not be interviewed.\n\n'
            'A calendar file is attached for your convenience.\n\nRegistrar\nEngineers Registration Board')
    m = ics_attachment_mail(f'{cid}-1', A('Engineers Registration Board', reg[1]),
                            'PROFESSIONAL INTERVIEW - REGISTRATION AS A REGISTERED ENGINEER (ERB/REG/2026/0318)', d,
                            text, ics, html=False)
    return [('01-erb-professional-interview.eml', m)], LBL(
        [], 'hard', 'negative/licensing-interview',
        "ERB 'Professional Interview' with date, time, .ics and 'shortlisted' is for his engineering licence, not a "
        'job: a non-job interview.')


# ---------------------------------------------------------------- 16
@case('kwanjula-ceremony-invite')
def c16(cid):
    diana = ('Diana Nakitende', 'diana.nakitende@mail.example')
    s = T('2026-11-14 14:00', KLA, 'Sat', '+03:00')
    e = T('2026-11-14 20:00', KLA, 'Sat', '+03:00')
    desc = ("Oli otya Brian! Okwanjula kwange kuli ku Lwamukaaga 14 November e Bukerere, Mukono, ku ssaawa munaana "
            "ez'olweggulo.\n\nPlease come by noon to help with the tents and chairs. The ssenga will interview Ivan's "
            'delegation at the gate, so be ready to laugh. Dress code: kanzu for the men, gomesi for the ladies.\n\n'
            'Contributions for the day can go to Taata Kizito on MoMo 0701 000 264.\n\nWebale nnyo, tujja kusanyuka!\nDiana')
    m = google_invite(f'{cid}-1', diana, [(OWNER, OWNER, 'NEEDS-ACTION'), ('Ivan Lubega', 'ivan.lubega@mail.example', 'ACCEPTED')],
                      s, e, 'East Africa Time - Kampala', 'Okwanjula: Diana & Ivan', desc,
                      "Bukerere, Mukono (Mr & Mrs Nakitende's home)", f'{b32("uid", cid)}@google.com', 0,
                      T('2026-10-20 17:44', UTC, 'Tue', '+00:00'), meet=False)
    return [('01-invitation-okwanjula.eml', m)], LBL(
        [], 'medium', 'negative/family-event',
        "Google invitation to a kwanjula (introduction ceremony) on Sat 14 Nov 14:00 EAT; 'the ssenga will interview "
        "Ivan's delegation' is a joke, not a job interview.")


# ---------------------------------------------------------------- 17
@case('site-meeting-current-job')
def c17(cid):
    pm = ('Eng. Daniel Ochieng', 'daniel.ochieng@kyaggwe-builders.example')
    s = T('2026-10-28 10:00', KLA, 'Wed', '+03:00')
    sent = T('2026-10-21 16:20', KLA, 'Wed', '+03:00')
    note = ('Dear all,\n\nSite Meeting No. 18 for the Kira-Kasangati-Matugga Road (Lot 2) will be held at the '
            "contractor's site office, Kasangati.\n\nAgenda:\n1. Confirmation of minutes of Site Meeting No. 17\n"
            '2. Progress against programme (km 4+200 to 6+800)\n3. Drainage works and box culvert at km 5+350\n'
            '4. Interim Payment Certificate No. 9\n5. Health, safety and traffic management\n6. AOB\n\n'
            'Brian, please bring the updated progress photos and the lab results for the crushed stone base.\n\n'
            'Regards,\nDaniel Ochieng\nProject Manager, Kyaggwe Builders Ltd')
    m = exchange_invite(f'{cid}-1', pm, [(OWNER_NAME, OWNER), ('Eng. Hilda Akello', 'hilda.akello@ssekitoleko-consult.example'),
                                         ('Moses Tumusiime', 'moses.tumusiime@kyaggwe-builders.example')], s,
                        s + timedelta(hours=2), 'E. Africa Standard Time',
                        'Site Meeting No. 18 - Kira-Kasangati-Matugga Road (Lot 2)', note,
                        "Contractor's site office, Kasangati", f'040000008200E00074C5B7101A82E00800000000{hx("u", cid, n=22).upper()}',
                        0, sent, ('VI1PR04MB', 'eurprd04'))
    return [('01-site-meeting-18.eml', m)], LBL(
        [], 'easy', 'negative/internal-meeting',
        'Exchange invite for a monthly site meeting at his current employer; no hiring process.')


# ---------------------------------------------------------------- 18
@case('owner-on-intern-interview-panel')
def c18(cid):
    hr = ('Agnes Nalwoga', 'agnes.nalwoga@kyaggwe-builders.example')
    d = T('2026-10-22 12:05', KLA, 'Thu', '+03:00')
    s = T('2026-10-30 09:00', KLA, 'Fri', '+03:00')
    e = T('2026-10-30 13:00', KLA, 'Fri', '+03:00')
    ics = ms_ics(f'040000008200E00074C5B7101A82E00800000000{hx("u", cid, n=22).upper()}', hr,
                 [('Eng. Daniel Ochieng', 'daniel.ochieng@kyaggwe-builders.example'), (OWNER_NAME, OWNER)], s, e,
                 'E. Africa Standard Time', 'Intern Civil Engineer interviews - panel',
                 'Panel: Eng. Daniel Ochieng (chair), Brian Ssemakula, Agnes Nalwoga (HR). Five candidates.',
                 'Boardroom, Kyaggwe Builders head office, Kireka', 0, d)
    text = ('Dear Brian,\n\nYou have been nominated to sit on the interview panel for our intern civil engineer '
            'intake (2026/27). Interviews will run on Friday 30th October 2026 from 9:00am to 1:00pm in the '
            'boardroom at head office, Kireka.\n\nPanel: Eng. Daniel Ochieng (chair), yourself and me for HR.\n\n'
            'Five candidates from Makerere, Kyambogo and Busitema have been shortlisted. Their CVs are on the shared '
            'drive and the scoring sheet is attached - please score each candidate independently before we agree '
            'a consensus mark. Kindly come at 8:30am for a short briefing.\n\nThank you,\nAgnes Nalwoga\n'
            'Human Resource Officer, Kyaggwe Builders Ltd')
    sheet = ('candidate,university,technical (40),site safety (20),communication (20),attitude (20),total\n'
             'C1,Makerere University,,,,,\nC2,Kyambogo University,,,,,\nC3,Busitema University,,,,,\n'
             'C4,Makerere University,,,,,\nC5,Kyambogo University,,,,,\n')
    body = multi('mixed', [multi('alternative', [plain(text, 'qp'), htmlpart(to_html(text))], f'{cid}a'),
                           attach('scoring-sheet-interns.csv', 'text/csv', sheet.encode()),
                           leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="panel.ics"', ics, 'b64',
                                disp='attachment; filename="panel.ics"')], f'{cid}m')
    m, _ = eml(f'{cid}-1', a(hr), OWNER_ADDR, 'Interview panel - Intern Civil Engineers (2026/27 intake)', d, body,
               cc=A('Eng. Daniel Ochieng', 'daniel.ochieng@kyaggwe-builders.example'))
    return [('01-interview-panel-interns.eml', m)], LBL(
        [], 'hard', 'negative/user-is-interviewer',
        'Brian sits on his current employer\'s panel interviewing intern engineers (with .ics and scoring sheet): '
        'he is the interviewer, not the candidate.')


# ---------------------------------------------------------------- 19
@case('lakeside-rejection')
def c19(cid):
    d = T('2026-11-02 10:30', KLA, 'Mon', '+03:00')
    text = ('Dear Brian,\n\nThank you for attending the technical interview with our Pavements Lead on 21st October '
            '2026 at our Entebbe site office, and for the time you gave to the process.\n\n'
            'After careful consideration, we regret to inform you that you were not successful on this occasion. '
            'The panel preferred a candidate with longer direct experience on airfield concrete pavements.\n\n'
            'We shall keep your CV for 12 months and may contact you about upcoming aerodrome packages in western '
            'Uganda.\n\nWe wish you the best in your career.\n\nLakeside Aerodrome Works Ltd - Human Resources')
    m, _ = eml(f'{cid}-1', A('Lakeside Aerodrome Works - Careers', 'careers@lakesideaero.example'), OWNER_ADDR,
               'Your application - Airside Pavement Engineer', d, alt(text, f'{cid}-1'), reply_to=a(GRACE))
    return [('01-outcome-airside-pavement-engineer.eml', m)], LBL(
        [], 'easy', 'negative/rejection',
        'Rejection that mentions the past interview date (21 Oct); no new interview.')


# ---------------------------------------------------------------- 20
@case('mugabi-offer-of-employment')
def c20(cid):
    d = T('2026-11-09 09:00', KLA, 'Mon', '+03:00')
    T('2026-12-01 08:00', KLA, 'Tue', '+03:00')
    T('2026-11-13 17:00', KLA, 'Fri', '+03:00')
    text = ('Dear Brian,\n\nRE: OFFER OF EMPLOYMENT - SENIOR SITE ENGINEER (ROADS)\n\n'
            'Following your final interview with the Managing Director on Tuesday 3rd November 2026 at 2:00pm, we '
            'are pleased to offer you the position of Senior Site Engineer (Roads) on the terms in the attached '
            'letter.\n\nGross salary: UGX 6,500,000 per month, plus site allowance and medical cover for you and '
            'your family.\nReporting date: Tuesday 1st December 2026 at 8:00am at the head office in Ntinda for '
            'induction.\n\nKindly sign and return the acceptance page by Friday 13th November 2026, 5:00pm.\n\n'
            'Congratulations, and welcome to the Mugabi Roadworks family! Tuli basanyufu okukwaniriza.\n\n' + SARAH_SIG)
    pdf = (b'%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> '
           b'endobj\n% Offer of Employment MRL/HR/2026/041 - Brian Ssemakula\ntrailer << /Root 1 0 R >>\n%%EOF\n')
    body = multi('mixed', [alt(text, f'{cid}a'), attach('Offer_Letter_Brian_Ssemakula.pdf', 'application/pdf', pdf)], f'{cid}m')
    m, _ = eml(f'{cid}-1', a(SARAH), OWNER_ADDR, 'OFFER OF EMPLOYMENT - SENIOR SITE ENGINEER (ROADS)', d, body,
               cc=a(MUGABI))
    return [('01-offer-of-employment.eml', m)], LBL(
        [], 'hard', 'negative/offer',
        'Offer letter quoting the past final interview time (3 Nov 2:00pm) and a reporting date; nothing to attend.')


# ---------------------------------------------------------------- 21
@case('scam-mobile-money-processing-fee')
def c21(cid):
    d = T('2026-11-05 21:47', KLA, 'Thu', '+03:00')
    T('2026-11-13 10:00', KLA, 'Fri', '+03:00')
    T('2026-11-09 10:00', KLA, 'Mon', '+03:00')
    text = ('CONGRATULATIONS!!!\n\nDear Applicant,\n\nThe Uganda National Roads Projects (UNRP) recruitment committee '
            'is glad to inform you that you have been SHORTLISTED for oral interview for the post of SENIOR HIGHWAY '
            'ENGINEER (Ref UNRP/ENG/2026/77). Starting salary is UGX 9,800,000 per month plus housing.\n\n'
            'INTERVIEW DATE: Friday 13th November 2026\nTIME: 10:00am sharp\nVENUE: Crested Towers, 5th floor, Kampala\n\n'
            'Each shortlisted candidate is required to pay a non refundable PROCESSING FEE of UGX 150,000 through MTN '
            'Mobile Money to 0781 000 412 (names: KATO HENRY, Accounts) before Monday 9th November 2026 to confirm '
            'the interview slot. Send the transaction ID to this email. Failure to pay means your slot will be given '
            'to another candidate on the waiting list.\n\nDo not share this message. God bless you.\n\n'
            'Recruitment Desk\nUganda National Roads Projects')
    m, _ = eml(f'{cid}-1', A('UNRP Recruitment Desk', 'unrp.recruitment.desk@freemail.example'), 'undisclosed-recipients:;',
               'CONGRATULATIONS!!! Shortlisted for Interview - Senior Highway Engineer (UNRP/2026)', d,
               plain(text, '7bit'))
    return [('01-shortlisted-processing-fee.eml', m)], LBL(
        [], 'medium', 'negative/scam',
        'Fake recruiter demanding a UGX 150,000 processing fee by mobile money before an "interview"; scam.')


# ---------------------------------------------------------------- 22
@case('kaziconnect-job-blast')
def c22(cid):
    d = T('2026-10-26 07:00', KLA, 'Mon', '+03:00')
    T('2026-10-29 19:00', KLA, 'Thu', '+03:00')
    text = ('Brian, 9 new Civil Engineering jobs in Kampala & Jinja this week\n\n'
            '1. Site Engineer - Water Supply | Busoga Waterworks Ltd | Jinja | Deadline 6 Nov\n'
            '2. Quantity Surveyor | Kibuli Estates | Kampala | Deadline 4 Nov\n'
            '3. Resident Engineer - Roads | Lango Consulting Engineers | Lira | Deadline 10 Nov\n'
            '4. Materials Engineer | Muyenga Testing Labs | Kampala | Deadline 30 Oct\n'
            '5. Structural Engineer | Nakasero Design Studio | Kampala | Deadline 12 Nov\n'
            '... and 4 more matching your profile.\n\n'
            'INTERVIEW TIPS: 5 questions every panel asks civil engineers - and how to answer them.\n\n'
            'FREE WEBINAR: Acing the ERB professional interview - Thursday 29 October, 7:00pm EAT. Register now.\n\n'
            'You are receiving this because you created a job alert for "civil engineer" on KaziConnect Uganda. '
            'Unsubscribe: https://kaziconnect.example/u/' + hx('unsub', cid, n=16))
    m, _ = eml(f'{cid}-1', A('KaziConnect Uganda', 'alerts@kaziconnect.example'), OWNER,
               'Brian, 9 new Civil Engineering jobs in Kampala & Jinja this week', d,
               multi('alternative', [plain(text, 'qp'), htmlpart(to_html(text, 'Arial,sans-serif'), 'b64')], f'{cid}-1'),
               extra=[('List-Unsubscribe', f'<https://kaziconnect.example/u/{hx("unsub", cid, n=16)}>'),
                      ('Precedence', 'bulk')])
    return [('01-job-alert.eml', m)], LBL(
        [], 'easy', 'negative/job-alert',
        'Job blast with interview tips and an ERB-interview webinar; no interview for the user.')


# --------------------------------------------------------------------------------------------
TZ_POINTS = """- 01: Luganda hours count from 06:00: 'ssaawa nnya ez'okumakya' = 10:00 EAT; 'enkya (Lwakubiri)' resolved
  against Date Mon 5 Oct 2026 16:42 +0300 -> Tue 6 Oct.
- 03: 'ssaawa munaana ez'olweggulo' = 14:00 EAT (Tue 3 Nov); 'ssaawa nnya' on Lwakuna 22 Oct = 10:00.
- 04: Calendly Date header in +0000, ics in UTC (13:00Z = 16:00 EAT).
- 05: Google invites with UTC DTSTART; reschedule (SEQUENCE 0 -> 1) from Tue 20 Oct 11:00 to Wed 21 Oct 15:00 EAT.
- 06, 07, 08, 17, 18: Windows TZID 'E. Africa Standard Time' (Exchange bodies in 07, 08, 17 show '(UTC+03:00) Nairobi').
- 08, 09: Nairobi sender (Africa/Nairobi, same clock as Kampala); Swahili 'saa nne asubuhi' = 10:00,
  'saa nane mchana' = 14:00; 09 'tomorrow' from Thu 5 Nov -> Fri 6 Nov, then moved by mail to Mon 9 Nov.
- 10, 11: Africa/Johannesburg SAST +02:00, one hour behind Kampala (14:00 SAST = 15:00 EAT; 10:00 SAST = 11:00 EAT).
- 12: Copenhagen CEST +02:00 before the EU change: 10:00 CPH = 11:00 EAT (Wed 7 Oct).
- 13: 'Romance Standard Time' with '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris' label, but Fri 23 Oct is CEST:
  13:00+02:00 = 14:00 EAT.
- 14: after the EU change on Sun 25 Oct 2026: 10:00 CET +01:00 = 12:00 EAT (Thu 29 Oct); mail Date +0100;
  Calendar API event carries 12:00+03:00 with timeZone Europe/Copenhagen.
- 16: Google invite (UTC) to a Saturday ceremony 'ku ssaawa munaana ez'olweggulo' (14:00 EAT) - negative.
- All Kampala/Nairobi/Johannesburg times have no DST; every weekday and offset is asserted with zoneinfo in make_cases.py."""


def write_readme(labels, formats):
    pos = [k for k, v in labels.items() if v['interview']]
    neg = [k for k, v in labels.items() if not v['interview']]
    ivs = [i for v in labels.values() for i in v['interviews']]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i['status']] = by_status.get(i['status'], 0) + 1
        by_kind[i['kind']] = by_kind.get(i['kind'], 0) + 1
    fmt = lambda d: ', '.join(f'{k} {v}' for k, v in sorted(d.items()))
    lines = [
        '# blind339: Kampala civil engineer - Luganda/Swahili mail, EAT vs SAST vs CEST/CET (written blind)', '',
        f'Mailbox owner: {OWNER_NAME} <{OWNER}>, a civil engineer in Kampala (Africa/Kampala, UTC+3, no DST).', '',
        'This set was written blind: only the eval README and a few dev files were read for format; no tool code, '
        'tests or other sets were consulted.', '',
        '## What it stresses',
        "- Ugandan English and Luganda scheduling lines ('enkya ku ssaawa nnya ez'okumakya' = tomorrow 10:00, "
        "'ssaawa munaana ez'olweggulo' = 14:00, Luganda weekdays) and Swahili ('saa nne asubuhi' = 10:00, "
        "'saa nane mchana' = 14:00).",
        '- Pipeline steps: phone screen, written test (negative), technical interview, panel day in Jinja (three '
        'Exchange invites -> one onsite), final with the MD.',
        '- Time zones: Kampala/Nairobi same clock, Johannesburg one hour behind, Copenhagen one hour behind until '
        '25 Oct 2026 and two hours behind after it.',
        '- Hard negatives: ERB professional (licensing) interview, kwanjula invitation, site meeting, the owner on an '
        'intern interview panel, rejection, offer quoting the past interview time, mobile-money scam, job blast.', '',
        '## Counts',
        f'- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)',
        f'- Labelled interviews: {len(ivs)} (status: {fmt(by_status)}; kind: {fmt(by_kind)})', '',
        '## Formats used',
        f'- {formats}', '',
        '## Time-zone / DST points', TZ_POINTS, '',
        'Regenerate with `python make_cases.py` (deletes and rewrites every b339-* folder, labels.yaml and this file).',
    ]
    (OUT / 'README.md').write_text('\n'.join(lines) + '\n', encoding='utf-8')


def main():
    check_dst_rules()
    for p in sorted(OUT.glob(f'{PREFIX}-*')):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for n, (slug, fn) in enumerate(CASES, start=1):
        cid = f'{n:02d}'
        items, label = fn(cid)
        name = f'{PREFIX}-{cid}-{slug}'
        folder = OUT / name
        folder.mkdir()
        for i, (fname, data) in enumerate(items, start=1):
            assert fname.startswith(f'{i:02d}-'), fname
            assert fname.endswith(('.eml', '.ics', '.gcal.json')), fname
            (folder / fname).write_bytes(data)
        labels[name] = label
    assert 20 <= len(labels) <= 24
    header = '# Labels for blind339 (written blind). Schema: /work/shared/eval/README.md\n'
    (OUT / 'labels.yaml').write_text(header + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100),
                                     encoding='utf-8')
    formats = ('plain/HTML e-mail threads (quoted-printable and base64, In-Reply-To/References); Google Calendar '
               'invitations (multipart/mixed + text/calendar + invite.ics, incl. an Updated invitation); '
               'Exchange/Teams invites (Windows TZIDs, X-MICROSOFT-CDO-*); Greenhouse and Calendly mails with .ics '
               '(REQUEST and CANCEL); ERB mail with .ics; a standalone Outlook .ics; a Calendar API .gcal.json event; '
               'PDF and CSV attachments.')
    write_readme(labels, formats)
    pos = sum(v['interview'] for v in labels.values())
    print(f'{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, '
          f'{sum(len(v["interviews"]) for v in labels.values())} interviews')


if __name__ == '__main__':
    main()
