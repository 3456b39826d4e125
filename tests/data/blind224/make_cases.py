#!/usr/bin/env python3
"""Regenerate the blind224 evaluation set: every b224-* case folder and labels.yaml.

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs; running it twice gives the
same bytes. Standard library + PyYAML + zoneinfo only. Every UTC offset is computed with zoneinfo
and every weekday named in the text is asserted against the calendar (see day()).
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
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
BUC = ZoneInfo('Europe/Bucharest')
BER = ZoneInfo('Europe/Berlin')
AMS = ZoneInfo('Europe/Amsterdam')
UTC = timezone.utc

OWNER = 'andreea.vladescu@example.com'
OWNER_NAME = 'Andreea Vlădescu'
OWNER_T = (OWNER_NAME, OWNER)

RO_WD = ['luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică']
RO_WD_ABBR = ['lun.', 'mar.', 'mie.', 'joi', 'vin.', 'sâm.', 'dum.']
EN_WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
DE_WD = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
EN_MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
RO_MON = ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august',
          'septembrie', 'octombrie', 'noiembrie', 'decembrie']
RO_MON_ABBR = ['ian.', 'feb.', 'mar.', 'apr.', 'mai', 'iun.', 'iul.', 'aug.', 'sept.', 'oct.',
               'nov.', 'dec.']


def T(y, mo, d, h=0, mi=0, s=0, tz=BUC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def day(dt, name):
    """Assert that a weekday name used in the text matches the date; return the name."""
    i = dt.weekday()
    ok = {RO_WD[i], EN_WD[i].lower(), DE_WD[i].lower(), EN_WD[i][:3].lower(), RO_WD_ABBR[i]}
    assert name.lower() in ok, (dt.isoformat(), name)
    return name


def h(seed, n=16):
    return hashlib.sha256(seed.encode('utf-8')).hexdigest()[:n]


# ----------------------------------------------------------------------------- MIME helpers
def hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def A(name, addr=None):
    if isinstance(name, tuple):
        name, addr = name
    elif addr is None:
        return name
    return formataddr((name, addr)) if name else addr


def enc(text, cte):
    if not text.endswith('\n'):
        text += '\n'
    b = text.encode('utf-8')
    if cte == 'base64':
        return base64.encodebytes(b).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(b).decode('ascii')
    text.encode('ascii')
    return text


def leaf(ctype, text, cte='quoted-printable', extra=()):
    lines = ['Content-Type: ' + ctype] + list(extra) + ['Content-Transfer-Encoding: ' + cte]
    return '\n'.join(lines) + '\n\n' + enc(text, cte)


def multi(sub, boundary, parts):
    s = 'Content-Type: multipart/%s; boundary="%s"\n\n' % (sub, boundary)
    for p in parts:
        s += '--%s\n%s\n' % (boundary, p)
    return s + '--%s--\n' % boundary


def to_html(text, font='Arial,Helvetica,sans-serif'):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(html.escape(l, quote=False) for l in p.split('\n')) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s">\n' % font + '\n'.join(out) + '\n</div></body></html>\n')


def alt(seed, text, cte_text='quoted-printable', html_text=None):
    return multi('alternative', 'alt_' + h(seed + 'alt', 24), [
        leaf('text/plain; charset="UTF-8"', text, cte_text),
        leaf('text/html; charset="UTF-8"', html_text or to_html(text), 'quoted-printable')])


def message(*, seed, frm, to, subject, date, msgid, body, cc=None, reply_to=None, irt=None,
            refs=None, sender=None, extra=(), relay='mail-out.example.net', return_path=None):
    """Assemble an RFC 5322 message (LF line ends). body starts with its Content-Type line."""
    recv = date.astimezone(UTC) + timedelta(seconds=2)
    hs = [('Delivered-To', OWNER),
          ('Received', 'from %s (%s [198.51.100.%d])\n        by mx.example.com (Postfix) with ESMTPS id %s\n'
                       '        for <%s>; %s' % (relay, relay, int(h(seed, 2), 16) % 250 + 2,
                                                  h(seed + 'q', 11).upper(), OWNER, format_datetime(recv)))]
    if return_path:
        hs.append(('Return-Path', '<%s>' % return_path))
    hs.append(('From', A(frm)))
    if sender:
        hs.append(('Sender', A(sender)))
    hs.append(('To', ', '.join(A(t) for t in to)))
    if cc:
        hs.append(('Cc', ', '.join(A(t) for t in cc)))
    if reply_to:
        hs.append(('Reply-To', A(reply_to)))
    hs.append(('Subject', hdr(subject)))
    hs.append(('Date', format_datetime(date)))
    hs.append(('Message-ID', msgid))
    if irt:
        hs.append(('In-Reply-To', irt))
    if refs:
        hs.append(('References', ' '.join(refs)))
    hs.extend(extra)
    hs.append(('MIME-Version', '1.0'))
    return ''.join('%s: %s\n' % kv for kv in hs) + body


def gmail_id(seed):
    return '<CA%s+%s@mail.gmail.com>' % (h(seed, 10), h(seed + 'x', 14))


def outlook_id(seed, pod='VI1PR07MB'):
    return '<%s%s@%s%s.eurprd07.prod.outlook.com>' % (pod, h(seed, 28).upper(), pod, h(seed + 'p', 4).upper())


def thread_index(seed):
    return base64.b64encode(hashlib.sha1(seed.encode()).digest()[:16] + b'\x01\x02').decode()


def outlook_headers(seed, topic, lang='ro-RO'):
    return [('Thread-Topic', hdr(topic)), ('Thread-Index', thread_index(seed)),
            ('Accept-Language', lang + ', en-US'), ('Content-Language', lang),
            ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]


def ro_quote(dt, who):
    dt = dt.astimezone(BUC)
    return 'În %s %d %s %d la %02d:%02d, %s <%s> a scris:' % (
        RO_WD_ABBR[dt.weekday()] + ',', dt.day, RO_MON_ABBR[dt.month - 1], dt.year, dt.hour, dt.minute,
        who[0], who[1])


def en_quote(dt, who, tz=BUC):
    dt = dt.astimezone(tz)
    return 'On %s, %d %s %d at %02d:%02d, %s <%s> wrote:' % (
        EN_WD[dt.weekday()][:3], dt.day, EN_MON[dt.month - 1][:3], dt.year, dt.hour, dt.minute, who[0], who[1])


def quote(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    if len(line.encode('utf-8')) <= 75:
        return line
    out, cur, n = [], '', 0
    for ch in line:
        k = len(ch.encode('utf-8'))
        if n + k > 75:
            out.append(cur)
            cur, n = ' ', 1
        cur += ch
        n += k
    out.append(cur)
    return '\r\n'.join(out)


def ics_text(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ical(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def zs(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def loc(dt, tz):
    return dt.astimezone(tz).strftime('%Y%m%dT%H%M%S')


VTZ = {
    'Europe/Bucharest': ['BEGIN:VTIMEZONE', 'TZID:Europe/Bucharest', 'X-LIC-LOCATION:Europe/Bucharest',
                         'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300', 'TZNAME:EEST',
                         'DTSTART:19700329T030000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
                         'BEGIN:STANDARD', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200', 'TZNAME:EET',
                         'DTSTART:19701025T040000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
                         'END:VTIMEZONE'],
    'GTB Standard Time': ['BEGIN:VTIMEZONE', 'TZID:GTB Standard Time', 'BEGIN:STANDARD',
                          'DTSTART:16010101T040000', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200',
                          'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
                          'BEGIN:DAYLIGHT', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300',
                          'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE'],
    'W. Europe Standard Time': ['BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'BEGIN:STANDARD',
                                'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
                                'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
                                'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
                                'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
                                'END:DAYLIGHT', 'END:VTIMEZONE'],
}
for _name in ('Europe/Berlin', 'Europe/Amsterdam'):
    VTZ[_name] = ['BEGIN:VTIMEZONE', 'TZID:' + _name, 'X-LIC-LOCATION:' + _name,
                  'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST',
                  'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
                  'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET',
                  'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
                  'END:VTIMEZONE']
PYTZ = {'Europe/Bucharest': BUC, 'GTB Standard Time': BUC, 'Europe/Berlin': BER,
        'Europe/Amsterdam': AMS, 'W. Europe Standard Time': AMS}


def attendee(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', google=False):
    if google:
        return ('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s'
                % (role, partstat, name or email, email))
    return 'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN="%s":mailto:%s' % (
        role, partstat, name or email, email)


def vcalendar(*, prodid, method, uid, seq, stamp, start, end, summary, organizer, attendees,
              description='', location='', status='CONFIRMED', tzid=None, created=None, extra=(),
              alarm=True, google=False):
    L = ['BEGIN:VCALENDAR', 'PRODID:' + prodid, 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:' + method]
    if tzid:
        L += VTZ[tzid]
    L.append('BEGIN:VEVENT')
    if tzid:
        L += ['DTSTART;TZID=%s:%s' % (tzid, loc(start, PYTZ[tzid])), 'DTEND;TZID=%s:%s' % (tzid, loc(end, PYTZ[tzid]))]
    else:
        L += ['DTSTART:' + zs(start), 'DTEND:' + zs(end)]
    L.append('DTSTAMP:' + zs(stamp))
    if google:
        L.append('ORGANIZER;CN=%s:mailto:%s' % organizer)
    else:
        L.append('ORGANIZER;CN="%s":mailto:%s' % organizer)
    L.append('UID:' + uid)
    L += list(attendees)
    L += list(extra)
    L.append('CREATED:' + zs(created or stamp))
    L.append('DESCRIPTION:' + ics_text(description))
    L.append('LAST-MODIFIED:' + zs(stamp))
    L.append('LOCATION:' + ics_text(location))
    L += ['SEQUENCE:%d' % seq, 'STATUS:' + status, 'SUMMARY:' + ics_text(summary), 'TRANSP:OPAQUE']
    if alarm and method != 'CANCEL':
        L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
              'TRIGGER:-P0DT0H30M0S', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ical(L)


def ics_attachment(ics, name='invite.ics', method='REQUEST'):
    return leaf('text/calendar; charset="UTF-8"; method=%s; name="%s"' % (method, name), ics, 'base64',
                extra=['Content-Disposition: attachment; filename="%s"' % name])


# ----------------------------------------------------------------------------- Google Calendar
def gtime(dt):
    hh = dt.hour % 12 or 12
    ap = 'am' if dt.hour < 12 else 'pm'
    return '%d%s' % (hh, ap) if dt.minute == 0 else '%d:%02d%s' % (hh, dt.minute, ap)


def google_invite(*, seed, sent, organizer, guests, summary, start, end, description, uid, seq=0,
                  mode='new', meet=None, location='', created=None):
    """Google Calendar invitation e-mail as seen by the owner (calendar in Europe/Bucharest).
    guests: list of (name, email, partstat) besides organizer and owner."""
    s, e = start.astimezone(BUC), end.astimezone(BUC)
    when_subj = '%s %s %d, %d %s - %s (%s)' % (EN_WD[s.weekday()][:3], EN_MON[s.month - 1][:3], s.day, s.year,
                                                gtime(s), gtime(e), s.tzname())
    prefix = {'new': 'Invitation', 'update': 'Updated invitation', 'cancel': 'Canceled event'}[mode]
    subject = '%s: %s @ %s (%s)' % (prefix, summary, when_subj, OWNER)
    eid = base64.b64encode(('%s %s' % (uid.split('@')[0], OWNER)).encode()).decode().rstrip('=')
    view = 'https://calendar.google.com/calendar/event?action=VIEW&eid=' + eid
    lines = []
    if mode == 'update':
        lines += ['This event has been updated', 'Changed: date and time', '']
    if mode == 'cancel':
        lines += ['This event has been canceled and removed from your calendar.', '']
    lines += [summary, '%s %s %d, %d ⋅ %s – %s' % (EN_WD[s.weekday()], EN_MON[s.month - 1][:3], s.day, s.year,
                                                   gtime(s), gtime(e)), 'Eastern European Time - Bucharest', '']
    if location:
        lines += ['Location', location, '']
    if meet and mode != 'cancel':
        lines += ['Join with Google Meet', 'https://meet.google.com/' + meet, '',
                  'Join by phone', '(RO) +40 31 780 %04d' % (int(h(seed + 'ph', 4), 16) % 10000),
                  'PIN: %09d' % (int(h(seed + 'pin', 8), 16) % 10 ** 9), '']
    lines += ['Organizer', organizer[0], organizer[1], '', 'Guests', organizer[0] + ' - organizer', organizer[1]]
    for g in guests:
        lines += [g[0], g[1]]
    lines += [OWNER, 'View all guest info ' + view, '']
    if description:
        lines += [description, '']
    lines += ['Reply for %s and view more details %s' % (OWNER, view), '', '',
              '~~//~~', 'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
              'You are receiving this email because you are an attendee on the event.', '',
              'Forwarding this invitation could allow any recipient to send a response to the organizer, be '
              'added to the guest list, invite others regardless of their own invitation status, or modify '
              'your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
    text = '\n'.join(lines) + '\n'
    method = 'CANCEL' if mode == 'cancel' else 'REQUEST'
    atts = [attendee(organizer[0], organizer[1], partstat='ACCEPTED', google=True)]
    atts += [attendee(g[0], g[1], partstat=g[2], google=True) for g in guests]
    atts.append(attendee(OWNER, OWNER, partstat='NEEDS-ACTION', google=True))
    created = created or sent - timedelta(minutes=3)
    extra = ['X-GOOGLE-CONFERENCE:https://meet.google.com/' + meet] if meet else []
    desc = description
    if meet:
        desc += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                 'Join with Google Meet: https://meet.google.com/%s\n\nLearn more about Meet at: '
                 'https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n'
                 '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-' % meet)
    ics = vcalendar(prodid='-//Google Inc//Google Calendar 70.9054//EN', method=method, uid=uid, seq=seq,
                    stamp=sent, start=start, end=end, summary=summary, organizer=organizer, attendees=atts,
                    description=desc, location=location, status='CANCELLED' if mode == 'cancel' else 'CONFIRMED',
                    created=created, extra=extra, google=True)
    outer = 'gm_' + h(seed + 'outer', 22)
    inner = 'ga_' + h(seed + 'inner', 22)
    body = multi('mixed', outer, [
        multi('alternative', inner, [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
            leaf('text/html; charset="UTF-8"', to_html(text, 'Roboto,Helvetica,Arial,sans-serif'), 'quoted-printable'),
            leaf('text/calendar; charset="UTF-8"; method=' + method, ics, 'base64')]),
        leaf('application/ics; name="invite.ics"', ics, 'base64',
             extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    return message(seed=seed, frm=organizer, sender=('Google Calendar', 'calendar-notification@google.com'),
                   to=[OWNER_T], reply_to=organizer, subject=subject, date=sent.astimezone(UTC),
                   msgid='<calendar-%s-%s-%s@google.com>' % (h(seed, 8), h(seed + 'a', 4), h(seed + 'b', 12)),
                   body=body, relay='mail-sor-f69.google.com',
                   return_path='%s@calendar-server.bounces.google.com' % h(seed + 'rp', 20))


# ----------------------------------------------------------------------------- Outlook / Teams
TEAMS = {
    'en': ('Microsoft Teams meeting', 'Join on your computer, mobile app or room device',
           'Click here to join the meeting', 'Meeting ID', 'Passcode', 'Download Teams', 'Join on the web',
           'Learn More', 'Meeting options', 'Microsoft Teams Meeting', 'When', 'Where'),
    'ro': ('Întâlnire Microsoft Teams', 'Alăturați-vă de pe computer, aplicația mobilă sau dispozitivul din sală',
           'Faceți clic aici pentru a vă alătura la întâlnire', 'ID întâlnire', 'Cod de acces', 'Descărcați Teams',
           'Alăturați-vă pe web', 'Aflați mai multe', 'Opțiuni întâlnire', 'Întâlnire Microsoft Teams', 'Când',
           'Unde'),
}


def teams_block(seed, lang):
    t = TEAMS[lang]
    mid = 'meeting_' + base64.b64encode(hashlib.sha1(seed.encode()).digest()).decode().rstrip('=').replace('/', 'Q').replace('+', 'k')
    url = 'https://teams.microsoft.com/l/meetup-join/19%%3a%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d' % (mid, h(seed + 'tid', 8) + '-' + h(seed + 't2', 4) + '-' + h(seed + 't3', 4) + '-' + h(seed + 't4', 4) + '-' + h(seed + 't5', 12))
    num = int(h(seed + 'num', 12), 16) % 10 ** 12
    num_s = '%03d %03d %03d %03d' % (num // 10 ** 9, num // 10 ** 6 % 1000, num // 1000 % 1000, num % 1000)
    pc = base64.b64encode(hashlib.md5(seed.encode()).digest()).decode()[:6].replace('/', 'x').replace('+', 'P')
    bar = '_' * 80
    lines = [bar, t[0], t[1], '%s<%s>' % (t[2], url), '%s: %s' % (t[3], num_s), '%s: %s' % (t[4], pc),
             '%s<https://www.microsoft.com/microsoft-teams/download-app> | %s<https://www.microsoft.com/microsoft-teams/join-a-meeting>' % (t[5], t[6]),
             '%s<https://aka.ms/JoinTeamsMeeting> | %s<https://teams.microsoft.com/meetingOptions/?organizerId=%s>' % (t[7], t[8], h(seed + 'org', 8)),
             bar]
    return '\n'.join(lines), url


def outlook_invite(*, seed, sent, organizer, required, subject, start, end, wintz, when_display, intro, lang,
                   uid, to=None, optional=(), method='REQUEST', seq=0, location=None):
    t = TEAMS[lang]
    block, url = teams_block(seed, lang)
    location = location or t[9]
    text = '%s: %s\n%s: %s\n\n*~*~*~*~*~*~*~*~*~*\n\n%s\n\n%s\n' % (t[10], when_display, t[11], location,
                                                                  intro.strip('\n'), block)
    L = ['BEGIN:VCALENDAR', 'METHOD:' + method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    L += VTZ[wintz]
    L.append('BEGIN:VEVENT')
    L.append('ORGANIZER;CN=%s:mailto:%s' % organizer)
    for a in required:
        L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % a)
    for a in optional:
        L.append('ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % a)
    ll = 'ro-RO' if lang == 'ro' else 'en-US'
    L += ['DESCRIPTION;LANGUAGE=%s:%s' % (ll, ics_text(text)), 'UID:' + uid,
          'SUMMARY;LANGUAGE=%s:%s' % (ll, ics_text(subject)),
          'DTSTART;TZID=%s:%s' % (wintz, loc(start, PYTZ[wintz])), 'DTEND;TZID=%s:%s' % (wintz, loc(end, PYTZ[wintz])),
          'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + zs(sent), 'TRANSP:OPAQUE',
          'STATUS:' + ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED'), 'SEQUENCE:%d' % seq,
          'LOCATION;LANGUAGE=%s:%s' % (ll, ics_text(location)), 'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq,
          'X-MICROSOFT-CDO-OWNERAPPTID:%d' % -(int(h(seed + 'own', 7), 16)),
          'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
          'X-MICROSOFT-SKYPETEAMSMEETINGURL:' + url,
          'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}',
          'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-LOCATIONDISPLAYNAME:' + ics_text(location),
          'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
          'END:VEVENT', 'END:VCALENDAR']
    ics = ical(L)
    b = '_000_%s%s_' % (h(seed + 'b', 24).upper(), 'prodoutlookcom')
    body = multi('alternative', b, [
        leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', to_html(text, 'Aptos,Calibri,sans-serif'), 'quoted-printable'),
        leaf('text/calendar; charset="utf-8"; method=' + method, ics, 'base64')])
    extra = outlook_headers(seed, subject, ll) + [
        ('Content-class', 'urn:content-classes:calendarmessage'),
        ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + h(seed + 'ser', 20)),
        ('x-ms-publictraffictype', 'Email')]
    return message(seed=seed, frm=organizer, to=to or required, cc=None, subject=subject, date=sent,
                   msgid=outlook_id(seed), body=body, extra=extra,
                   relay='EUR05-VI1-obe.outbound.protection.outlook.com', return_path=organizer[1])


# ----------------------------------------------------------------------------- plain human / ATS mail
def human(*, seed, frm, to, subject, date, text, cc=None, reply_to=None, irt=None, refs=None, style='gmail',
          msgid=None, attach=None, extra=(), sender=None, relay=None, return_path=None, lang='ro-RO'):
    if style == 'outlook':
        msgid = msgid or outlook_id(seed)
        extra = outlook_headers(seed, subject.replace('RE: ', '').replace('Re: ', ''), lang) + list(extra)
        body = alt(seed, text, 'quoted-printable', to_html(text, 'Aptos,Calibri,sans-serif'))
        relay = relay or 'EUR03-AM7-obe.outbound.protection.outlook.com'
    else:
        msgid = msgid or gmail_id(seed)
        body = alt(seed, text, 'quoted-printable')
        relay = relay or 'mail-sor-f41.google.com'
    if attach:
        body = multi('mixed', 'mx_' + h(seed + 'mixed', 22), [body] + list(attach))
    return message(seed=seed, frm=frm, to=to, cc=cc, reply_to=reply_to, subject=subject, date=date,
                   msgid=msgid, irt=irt, refs=refs, body=body, extra=extra, sender=sender, relay=relay,
                   return_path=return_path or (frm[1] if isinstance(frm, tuple) else None))


# ----------------------------------------------------------------------------- labels / output
def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': start.isoformat(),
            'end': end.isoformat() if end else None, 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(recipients), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews, 'difficulty': difficulty,
            'category': category, 'notes': notes, 'source': 'synthetic'}


class Case:
    def __init__(self, cid):
        self.cid = cid
        self.dir = os.path.join(HERE, cid)
        os.makedirs(self.dir, exist_ok=True)

    def put(self, name, content):
        with open(os.path.join(self.dir, name), 'w', encoding='utf-8', newline='') as f:
            f.write(content)

    def seed(self, n):
        return '%s/%s' % (self.cid, n)


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================================= POSITIVES
@case
def c01():
    c = Case('b224-01-ecariera-relay-interviu-tehnic')
    cristina = ('Cristina Pop', 'cristina.pop@fluxa-software.example')
    start, end = T(2026, 3, 12, 11, 0), T(2026, 3, 12, 12, 0)
    sent1 = T(2026, 3, 9, 10, 42, 7)
    text1 = f"""Bună, Andreea!

Ai primit un mesaj nou de la angajatorul Fluxa Software referitor la aplicarea ta pentru jobul:
QA Automation Engineer – Cluj-Napoca / Remote (ID job: 1874412)

------------------------------------------------------------
Bună ziua, Andreea,

Vă mulțumim pentru aplicare. Am parcurs CV-ul și proiectul de pe GitHub și ne-ar face plăcere să vă invităm la un interviu tehnic pentru poziția de QA Automation Engineer.

Data: {day(start, 'joi')}, 12 martie 2026
Ora: 11:00 (ora României), durata aproximativ 60 de minute
Unde: online, Google Meet – https://meet.google.com/fqx-rmta-kdw
Cu cine: Mihai Georgescu, QA Lead (echipa Checkout)

Vom discuta despre framework-ul de automatizare pe care l-ați construit (Playwright + TypeScript), despre testarea API-urilor și despre cum rulați testele în CI.

Vă rog să ne confirmați participarea. Dacă ora nu vă convine, îmi puteți scrie direct la cristina.pop@fluxa-software.example.

Cu stimă,
Cristina Pop
Talent Acquisition Specialist | Fluxa Software
------------------------------------------------------------

Poți răspunde angajatorului din contul tău eCariera sau direct la acest e-mail (răspunsul tău va fi transmis prin eCariera):
https://www.ecariera.example/contul-meu/mesaje/8812093

Succes!
Echipa eCariera

Primești acest e-mail pentru că ai aplicat la un job prin eCariera. Setări notificări: https://www.ecariera.example/contul-meu/notificari
"""
    c.put('01-ecariera-mesaj-fluxa.eml', human(
        seed=c.seed(1), frm=('Fluxa Software prin eCariera', 'mesaje@ecariera.example'), to=[OWNER_T],
        reply_to='raspuns-7f3c21a9@relay.ecariera.example',
        subject='Ai un mesaj nou de la Fluxa Software – QA Automation Engineer', date=sent1, text=text1,
        msgid='<msg.8812093.%s@ecariera.example>' % h(c.seed(1), 10), relay='smtp2.ecariera.example',
        return_path='bounce-8812093@ecariera.example',
        extra=[('List-Unsubscribe', '<https://www.ecariera.example/dezabonare?u=%s>' % h(c.seed('u'), 12)),
               ('X-Mailer', 'eCariera Notificari 4.2')]))
    reply_dt = T(2026, 3, 9, 19, 3)
    owner_reply = f"""Bună ziua, doamna Pop,

Vă mulțumesc pentru invitație. Confirm participarea la interviul tehnic de {day(start, 'joi')}, 12 martie, ora 11:00.

O zi frumoasă,
Andreea Vlădescu"""
    text2 = f"""Bună, Andreea,

Mulțumesc pentru confirmare! Rămâne {day(start, 'joi')}, 12 martie, la ora 11:00, pe linkul de Meet de mai jos. Mihai are deja interviul în calendar.

https://meet.google.com/fqx-rmta-kdw

O zi bună,
Cristina

--
Cristina Pop
Talent Acquisition Specialist | Fluxa Software
+40 364 000 218

{ro_quote(reply_dt, OWNER_T)}
{quote(owner_reply)}
"""
    oid = gmail_id(c.seed('owner-reply'))
    c.put('02-re-interviu-tehnic-fluxa.eml', human(
        seed=c.seed(2), frm=cristina, to=[OWNER_T], subject='Re: Interviu tehnic Fluxa Software – joi, 12 martie',
        date=T(2026, 3, 10, 9, 15, 41), text=text2, irt=oid, refs=[oid]))
    return c.cid, label([iv('Fluxa Software', 'QA Automation Engineer', start, end, 'scheduled', [], [cristina[1]],
                            'technical')], 'medium', 'positive/job-board-relay',
                        'eJobs-style relay message (relay Reply-To, no-reply sender) inviting to a technical interview '
                        'on Thursday 12 March 11:00 Romanian time (EET, +02:00), ~60 min; confirmed by the recruiter '
                        'from her own address. The interviewer (Mihai Georgescu) has no address in the case, so '
                        'interviewer_emails is empty and follow-up goes to the recruiter whose address is in the text.')


@case
def c02():
    c = Case('b224-02-greenhouse-berlin-hm-cest')
    jana = ('Jana Hoffmann', 'jana.hoffmann@lindenwerk.example')
    tobias = ('Tobias Reinholz', 'tobias.reinholz@lindenwerk.example')
    start, end = T(2026, 4, 21, 10, 0, tz=BER), T(2026, 4, 21, 11, 0, tz=BER)
    sent = T(2026, 4, 15, 14, 3, 22, tz=UTC)
    text = f"""Hi Andreea,

Thanks for making time to speak with us! Your interview for the Senior QA Automation Engineer (Remote, EU) role at Lindenwerk Mobility is confirmed. Here are the details:

Interview: Hiring Manager Interview
Date: {day(start, 'Tuesday')}, April 21, 2026
Time: 10:00 AM - 11:00 AM CEST (Europe/Berlin)
Interviewer: Tobias Reinholz, Engineering Manager – Quality Platform
Location: Google Meet – https://meet.google.com/ueb-qnpx-rwo

Tobias will talk you through how the Quality Platform team works with our vehicle-sharing app squads, and he'd like to hear about a test strategy you are proud of. No other preparation needed.

A calendar invitation is attached. If you need to reschedule, simply reply to this email.

Best,
Jana Hoffmann
Talent Acquisition Partner | Lindenwerk Mobility GmbH
Torstraße 140, 10119 Berlin

Powered by Greenhouse
"""
    ics = vcalendar(prodid='-//Greenhouse Software Inc//Greenhouse Calendar//EN', method='REQUEST',
                    uid='interview-48213377-%s@greenhouse.io' % h(c.seed('uid'), 8), seq=0, stamp=sent,
                    start=start, end=end, tzid='Europe/Berlin',
                    summary='Hiring Manager Interview – Andreea Vlădescu – Senior QA Automation Engineer (Remote, EU)',
                    organizer=jana, attendees=[attendee(*tobias, partstat='ACCEPTED'), attendee(*OWNER_T)],
                    description='Interviewer: Tobias Reinholz (Engineering Manager – Quality Platform)\n'
                                'Google Meet: https://meet.google.com/ueb-qnpx-rwo',
                    location='https://meet.google.com/ueb-qnpx-rwo')
    c.put('01-greenhouse-interview-confirmation.eml', human(
        seed=c.seed(1), frm=('Lindenwerk Mobility Recruiting', 'no-reply@greenhouse.io'), to=[OWNER_T],
        reply_to=jana, subject='Your interview with Lindenwerk Mobility is confirmed', date=sent, text=text,
        msgid='<%s.%s@greenhouse.io>' % (h(c.seed(1), 24), h(c.seed('m'), 6)), relay='mail-out.greenhouse.io',
        return_path='bounces+%s@greenhouse.io' % h(c.seed('rp'), 10), attach=[ics_attachment(ics)]))
    return c.cid, label([iv('Lindenwerk Mobility', 'Senior QA Automation Engineer (Remote, EU)', start, end,
                            'scheduled', [tobias[1]], [tobias[1]], 'hiring_manager')],
                        'medium', 'positive/ats-greenhouse-ics',
                        'Greenhouse confirmation from no-reply@greenhouse.io with the recruiter as Reply-To; time is '
                        '10:00 CEST Berlin (= 11:00 in Bucharest), ics DTSTART;TZID=Europe/Berlin. Interviewer Tobias '
                        'is an ATTENDEE in the ics.')


@case
def c03():
    c = Case('b224-03-teamtailor-takehome-then-live-coding')
    lotte = ('Lotte Bakker', 'lotte.bakker@kanaalzicht.example')
    sanne = ('Sanne de Wit', 'sanne.dewit@kanaalzicht.example')
    deadline = T(2026, 5, 4, 23, 59, tz=AMS)
    start, end = T(2026, 5, 7, 15, 0, tz=AMS), T(2026, 5, 7, 16, 30, tz=AMS)
    sb, eb = start.astimezone(BUC), end.astimezone(BUC)
    text1 = f"""Hi Andreea,

Thanks for the great intro call last week! As the next step for the Test Automation Engineer (Playwright) position we'd like you to do a short take-home assignment.

The assignment: write a small Playwright (TypeScript) test suite for our demo webshop – https://demo.kanaalzicht.example – covering the checkout flow, plus a short README explaining what you would automate next and why. Please don't spend more than 3–4 hours on it.

Deadline: {day(deadline, 'Monday')} 4 May, 23:59 (Amsterdam time). Upload your solution via the link below:
https://careers.kanaalzicht.example/candidate/assignments/5d21c7

Once we've reviewed it, we'll invite you to a live coding interview of about 90 minutes where you extend your own solution together with one of our engineers.

Good luck!
Lotte Bakker
Recruiter | Kanaalzicht B.V.
lotte.bakker@kanaalzicht.example

Sent with Teamtailor
"""
    c.put('01-teamtailor-take-home-assignment.eml', human(
        seed=c.seed(1), frm=('Kanaalzicht', 'no-reply@teamtailor.com'), to=[OWNER_T],
        reply_to='reply+a81f03c2e9@inbound.teamtailor.com',
        subject='Next step: take-home assignment – Test Automation Engineer (Playwright)',
        date=T(2026, 4, 24, 13, 10, 5, tz=AMS), text=text1,
        msgid='<%s@teamtailor.com>' % h(c.seed(1), 32), relay='o1.email.teamtailor.com',
        return_path='bounces+%s@email.teamtailor.com' % h(c.seed('rp'), 10)))
    sent2 = T(2026, 5, 5, 11, 32, 48, tz=AMS)
    text2 = f"""Hi Andreea,

Thank you for your take-home solution – the team enjoyed reading it! Your live coding interview has been booked:

Live coding interview – Test Automation Engineer (Playwright)
{day(start, 'Thursday')} 7 May 2026, 15:00 – 16:30 (Europe/Amsterdam, CEST)
That is {sb:%H:%M} – {eb:%H:%M} in Bucharest.

Interviewer: Sanne de Wit, Senior SDET
Location: Google Meet – https://meet.google.com/pvd-kzoa-tme

Please have your solution checked out and running locally: Sanne will ask you to add a new test and refactor one page object during the session, sharing your screen.

The calendar invitation is attached (.ics).

Need to change the time? Reply to this email or contact lotte.bakker@kanaalzicht.example.

Kind regards,
Lotte Bakker
Kanaalzicht B.V. · Keizersgracht 221 · Amsterdam

Sent with Teamtailor
"""
    ics = vcalendar(prodid='-//Teamtailor//Teamtailor Interviews//EN', method='REQUEST',
                    uid='tt-interview-%s@teamtailor.com' % h(c.seed('uid'), 12), seq=0, stamp=sent2,
                    start=start, end=end, tzid='Europe/Amsterdam',
                    summary='Live coding interview – Andreea Vlădescu (Test Automation Engineer)', organizer=lotte,
                    attendees=[attendee(*sanne, partstat='ACCEPTED'), attendee(*OWNER_T)],
                    description='Live coding on your take-home solution with Sanne de Wit (Senior SDET).\n'
                                'https://meet.google.com/pvd-kzoa-tme',
                    location='https://meet.google.com/pvd-kzoa-tme')
    c.put('02-teamtailor-interview-booked.eml', human(
        seed=c.seed(2), frm=('Kanaalzicht', 'no-reply@teamtailor.com'), to=[OWNER_T],
        reply_to='reply+a81f03c2e9@inbound.teamtailor.com',
        subject='Interview booked: Live coding – Test Automation Engineer (Playwright)', date=sent2, text=text2,
        msgid='<%s@teamtailor.com>' % h(c.seed(2), 32), relay='o1.email.teamtailor.com',
        return_path='bounces+%s@email.teamtailor.com' % h(c.seed('rp2'), 10),
        attach=[ics_attachment(ics, 'interview.ics')]))
    return c.cid, label([iv('Kanaalzicht', 'Test Automation Engineer (Playwright)', start, end, 'scheduled',
                            [sanne[1]], [sanne[1]], 'technical')],
                        'medium', 'positive/takehome-then-live-coding',
                        'Take-home assignment (deadline Mon 4 May) is not an interview; the live coding round booked '
                        'via Teamtailor on Thu 7 May 15:00-16:30 CEST (16:00 Bucharest) is. The earlier intro call is '
                        'only mentioned in passing without a date, so it is not labelled. Reply-To is a Teamtailor '
                        'inbound relay, not a person.')


@case
def c04():
    c = Case('b224-04-teams-ro-gtb-utc-label-panel')
    ioana = ('Ioana Dobre', 'ioana.dobre@nordvale-tech.example')
    radu = ('Radu Stoica', 'radu.stoica@nordvale-tech.example')
    elena = ('Elena Marinescu', 'elena.marinescu@nordvale-tech.example')
    start, end = T(2026, 4, 15, 14, 0), T(2026, 4, 15, 15, 0)
    assert start.utcoffset() == timedelta(hours=3)
    intro = """Bună ziua, Andreea,

Așa cum am stabilit telefonic, vă trimit invitația pentru interviul tehnic pentru poziția de Automation Tester (Java/Selenium), în echipa care lucrează pentru clientul nostru din industria auto.

Interviul va fi susținut de Radu Stoica (Test Architect) și Elena Marinescu (Delivery Manager). O parte din discuție va fi în limba engleză. Eu doar am programat întâlnirea și nu voi participa.

Vă rugăm să aveți la îndemână un IDE – Radu vă poate cere să scrieți câteva teste pe loc.

Mult succes!
Ioana Dobre
HR Specialist | Nordvale Tech Services
Bd. Iuliu Maniu 7, București"""
    when = '%s, %d %s %d %s-%s (UTC+02:00) Atena, București.' % (day(start, 'miercuri'), start.day,
                                                               RO_MON[start.month - 1], start.year,
                                                               start.strftime('%H:%M'), end.strftime('%H:%M'))
    c.put('01-invitatie-interviu-tehnic-nordvale.eml', outlook_invite(
        seed=c.seed(1), sent=T(2026, 4, 8, 16, 20, 31), organizer=ioana, required=[OWNER_T, radu, elena],
        subject='Interviu tehnic – Automation Tester (Java/Selenium) – Andreea Vlădescu', start=start, end=end,
        wintz='GTB Standard Time', when_display=when, intro=intro, lang='ro',
        uid='040000008200E00074C5B7101A82E00800000000%s' % h(c.seed('uid'), 40).upper()))
    return c.cid, label([iv('Nordvale Tech Services', 'Automation Tester (Java/Selenium)', start, end, 'scheduled',
                            [radu[1], elena[1]], [radu[1], elena[1]], 'onsite')],
                        'hard', 'positive/outlook-teams-utc-label',
                        'Romanian Outlook/Teams invite with TZID "GTB Standard Time". The display label says '
                        '"(UTC+02:00) Atena, București" but 15 April is in EEST, so the real offset is +03:00. Two '
                        'interviewers (panel -> onsite); the HR organizer explicitly does not attend.')


@case
def c05():
    c = Case('b224-05-google-reschedule-putem-muta-vineri')
    diana = ('Diana Munteanu', 'diana.munteanu@pictora.example')
    vlad = ('Vlad Enache', 'vlad.enache@pictora.example')
    s0, e0 = T(2026, 5, 19, 10, 0), T(2026, 5, 19, 11, 0)
    start, end = T(2026, 5, 22, 10, 0), T(2026, 5, 22, 11, 0)
    uid = 'p1c7ra0m3q9v5x2n8b4k6t1s0w@google.com'
    summary = 'Interviu tehnic Pictora – QA Automation Engineer (Cypress) – Andreea Vlădescu'
    desc = ('Bună, Andreea! Interviul tehnic va fi cu Vlad Enache (Engineering Manager, echipa Editor). Vom vorbi '
            'despre strategia de testare pentru editorul foto web și vom face un mic exercițiu de design de teste '
            'în Cypress. – Diana')
    c.put('01-invitation-interviu-tehnic-pictora.eml', google_invite(
        seed=c.seed(1), sent=T(2026, 5, 12, 15, 47, 10), organizer=diana, guests=[(vlad[0], vlad[1], 'ACCEPTED')],
        summary=summary, start=s0, end=e0, description=desc, uid=uid, seq=0, meet='wsn-hbqe-pfa'))
    d2 = T(2026, 5, 14, 17, 5, 12)
    assert day(s0, 'marți') and day(d2, 'joi')
    text2 = f"""Bună, Andreea,

Îmi pare rău pentru schimbarea de ultim moment: Vlad are o deplasare la un client marțea viitoare, pe 19 mai, și nu se întoarce la timp pentru interviu.

Putem muta interviul pe {day(start, 'vineri')}, la aceeași oră (10:00 – 11:00)? Dacă nu vă convine, vă pot propune și luni, 25 mai, după-amiaza.

Mulțumesc pentru înțelegere,
Diana

--
Diana Munteanu
People & Talent | Pictora
"""
    id2 = gmail_id(c.seed(2))
    c.put('02-putem-muta-interviul-pe-vineri.eml', human(
        seed=c.seed(2), frm=diana, to=[OWNER_T], subject='Putem muta interviul pe vineri?', date=d2, text=text2,
        msgid=id2))
    assert day(T(2026, 5, 25), 'luni')
    r_dt = T(2026, 5, 14, 18, 31)
    rid = gmail_id(c.seed('owner-reply'))
    owner = f"""Bună, Diana,

Nicio problemă. Da, {day(start, 'vineri')}, 22 mai, la 10:00 e în regulă pentru mine.

Mulțumesc,
Andreea

{ro_quote(d2, diana)}
{quote(text2)}"""
    text3 = f"""Super, mulțumesc! Am actualizat invitația – ar trebui să o primiți în câteva minute din Google Calendar.

Diana

{ro_quote(r_dt, OWNER_T)}
{quote(owner)}
"""
    c.put('03-re-putem-muta-interviul-pe-vineri.eml', human(
        seed=c.seed(3), frm=diana, to=[OWNER_T], subject='Re: Putem muta interviul pe vineri?',
        date=T(2026, 5, 15, 9, 12, 3), text=text3, irt=rid, refs=[id2, rid]))
    c.put('04-updated-invitation-interviu-tehnic-pictora.eml', google_invite(
        seed=c.seed(4), sent=T(2026, 5, 15, 9, 14, 55), organizer=diana, guests=[(vlad[0], vlad[1], 'ACCEPTED')],
        summary=summary, start=start, end=end, description=desc, uid=uid, seq=1, mode='update', meet='wsn-hbqe-pfa',
        created=T(2026, 5, 12, 15, 44, 2)))
    return c.cid, label([iv('Pictora', 'QA Automation Engineer (Cypress)', start, end, 'scheduled', [vlad[1]],
                            [vlad[1]], 'technical')],
                        'hard', 'positive/reschedule',
                        'Google invite for Tue 19 May 10:00 EEST, then "Putem muta interviul pe vineri?" sent on '
                        'Thursday 14 May: "vineri" means Friday 22 May (the week of the original Tuesday), confirmed '
                        'by the candidate\'s quoted reply and by the Updated invitation (SEQUENCE:1). One interview at '
                        'the final time.')


@case
def c06():
    c = Case('b224-06-personio-cancel-after-dst-end')
    sophie = ('Sophie Brandt', 'sophie.brandt@hallwerk.example')
    markus = ('Markus Feldmann', 'markus.feldmann@hallwerk.example')
    start, end = T(2026, 10, 26, 9, 30, tz=BER), T(2026, 10, 26, 10, 30, tz=BER)
    assert start.utcoffset() == timedelta(hours=1)
    sb = start.astimezone(BUC)
    uid = 'personio-interview-%s@personio.de' % h(c.seed('uid'), 16)
    sent1 = T(2026, 10, 20, 10, 15, 9, tz=BER)
    summary = 'Interview Hallwerk Insurtech – QA Engineer – Test Automation (Andreea Vlădescu)'
    text1 = f"""Hallo Andreea,

(English version below)

vielen Dank für Ihre Bewerbung als QA Engineer – Test Automation. Wir laden Sie herzlich zu einem Video-Interview ein: {day(start, 'Montag')}, 26.10.2026, 09:30 – 10:30 Uhr (MEZ).

---

Hi Andreea,

Thank you for your application for the position QA Engineer – Test Automation (remote, EU). We would be happy to get to know you in a video interview.

Date: {day(start, 'Monday')}, 26 October 2026
Time: 09:30 – 10:30 CET (Munich time)
Interviewer: Markus Feldmann, Head of Quality Engineering
Video call: https://meet.google.com/hwk-fbqz-ume

Please note that daylight saving time ends on {day(T(2026, 10, 25), 'Sunday')}, 25 October, in both Germany and Romania, so the interview starts at {sb:%H:%M} your time in Bucharest.

Please confirm the appointment via the button below or by accepting the attached calendar invitation:
Termin bestätigen / Confirm appointment: https://hallwerk.jobs.personio.de/appointment/confirm/{h(c.seed('tok'), 20)}

Viele Grüße / Best regards
Sophie Brandt
Talent Acquisition | Hallwerk Insurtech GmbH
Leopoldstraße 28, 80802 München

This email was sent via Personio.
"""
    ics1 = vcalendar(prodid='-//Personio GmbH//Personio Recruiting//DE', method='REQUEST', uid=uid, seq=0,
                     stamp=sent1, start=start, end=end, tzid='Europe/Berlin', summary=summary, organizer=sophie,
                     attendees=[attendee(*markus, partstat='ACCEPTED'), attendee(*OWNER_T)],
                     description='Video-Interview mit Markus Feldmann (Head of Quality Engineering)\n'
                                 'https://meet.google.com/hwk-fbqz-ume',
                     location='https://meet.google.com/hwk-fbqz-ume')
    c.put('01-personio-einladung-interview.eml', human(
        seed=c.seed(1), frm=('Hallwerk Insurtech GmbH', 'no-reply@personio.de'), to=[OWNER_T], reply_to=sophie,
        subject='Einladung zum Interview / Interview invitation – QA Engineer – Test Automation', date=sent1,
        text=text1, msgid='<%s@mail.personio.de>' % h(c.seed(1), 30), relay='mail.personio.de',
        return_path='bounce-%s@mail.personio.de' % h(c.seed('rp'), 8), attach=[ics_attachment(ics1, 'interview.ics')]))
    sent2 = T(2026, 10, 23, 16, 48, 30, tz=BER)
    text2 = f"""Hi Andreea,

unfortunately we have to cancel your interview on {day(start, 'Monday')}, 26 October 2026 at 09:30 CET. The QA Engineer – Test Automation position has been put on hold after an internal budget review, and we do not know yet when it will be reopened.

We are sorry for the short notice. We will keep your application on file and get in touch if the role opens again.

The calendar appointment has been cancelled (see attachment).

Viele Grüße / Best regards
Sophie Brandt
Talent Acquisition | Hallwerk Insurtech GmbH

This email was sent via Personio.
"""
    ics2 = vcalendar(prodid='-//Personio GmbH//Personio Recruiting//DE', method='CANCEL', uid=uid, seq=1,
                     stamp=sent2, start=start, end=end, tzid='Europe/Berlin', summary='Abgesagt: ' + summary,
                     organizer=sophie, attendees=[attendee(*markus), attendee(*OWNER_T)],
                     description='Dieser Termin wurde abgesagt. / This appointment has been cancelled.',
                     status='CANCELLED', location='https://meet.google.com/hwk-fbqz-ume')
    c.put('02-personio-interview-abgesagt.eml', human(
        seed=c.seed(2), frm=('Hallwerk Insurtech GmbH', 'no-reply@personio.de'), to=[OWNER_T], reply_to=sophie,
        subject='Absage Ihres Interviews / Interview cancelled – QA Engineer – Test Automation', date=sent2,
        text=text2, msgid='<%s@mail.personio.de>' % h(c.seed(2), 30), relay='mail.personio.de',
        return_path='bounce-%s@mail.personio.de' % h(c.seed('rp2'), 8),
        attach=[ics_attachment(ics2, 'cancel.ics', 'CANCEL')]))
    return c.cid, label([iv('Hallwerk Insurtech', 'QA Engineer – Test Automation', start, end, 'cancelled',
                            [markus[1]], [markus[1]], 'hiring_manager')],
                        'hard', 'positive/cancellation',
                        'Personio invitation sent 20 Oct (CEST) for Mon 26 Oct 09:30 CET, i.e. after the 25 Oct DST '
                        'end: +01:00 (10:30 Bucharest EET). Cancelled on 23 Oct (METHOD:CANCEL, SEQUENCE:1, position '
                        'on hold) -> kept with status cancelled at its last scheduled time.')


@case
def c07():
    c = Case('b224-07-two-interviews-hr-maine-then-tech')
    roxana = ('Roxana Ciobanu', 'roxana.ciobanu@ursaledger.example')
    bogdan = ('Bogdan Ilie', 'bogdan.ilie@ursaledger.example')
    d1 = T(2026, 6, 9, 16, 40, 18)
    p_start = d1.replace(hour=14, minute=0, second=0) + timedelta(days=1)   # "mâine la ora 14:00"
    p_end = p_start + timedelta(minutes=30)
    t_start, t_end = T(2026, 6, 18, 11, 0), T(2026, 6, 18, 12, 30)
    text1 = """Bună ziua, Andreea,

Sunt Roxana, recruiter la Ursa Ledger (Iași). Am văzut aplicarea dvs. pentru rolul de Senior QA Automation Engineer și aș vrea să stăm puțin de vorbă înainte de etapa tehnică.

Ați fi disponibilă pentru un scurt interviu telefonic mâine la ora 14:00? Durează 30 de minute: vorbim despre experiența dvs., despre echipă și despre așteptările salariale.

Mulțumesc,
Roxana Ciobanu
Talent Partner | Ursa Ledger
+40 232 000 417
"""
    id1 = gmail_id(c.seed(1))
    c.put('01-ursa-ledger-interviu-telefonic.eml', human(
        seed=c.seed(1), frm=roxana, to=[OWNER_T], subject='Aplicarea dvs. la Ursa Ledger – Senior QA Automation Engineer',
        date=d1, text=text1, msgid=id1))
    r_dt = T(2026, 6, 9, 17, 58)
    rid = gmail_id(c.seed('owner-reply'))
    owner = f"""Bună ziua, Roxana,

Mulțumesc pentru mesaj! Da, mâine la ora 14:00 îmi convine.

Andreea

{ro_quote(d1, roxana)}
{quote(text1)}"""
    text2 = f"""Perfect, atunci vă sun mâine la 14:00 pe numărul din CV.

Roxana

{ro_quote(r_dt, OWNER_T)}
{quote(owner)}
"""
    id2 = gmail_id(c.seed(2))
    c.put('02-re-ursa-ledger-interviu-telefonic.eml', human(
        seed=c.seed(2), frm=roxana, to=[OWNER_T],
        subject='Re: Aplicarea dvs. la Ursa Ledger – Senior QA Automation Engineer', date=T(2026, 6, 9, 18, 22, 40),
        text=text2, msgid=id2, irt=rid, refs=[id1, rid]))
    d3 = T(2026, 6, 11, 10, 5, 2)
    assert (d3 - timedelta(days=1)).date() == p_start.date()
    text3 = f"""Bună, Andreea,

Mulțumesc pentru discuția de ieri! Am vorbit cu echipa și ne-ar plăcea să continuăm cu interviul tehnic:

{day(t_start, 'Joi')}, 18 iunie, 11:00 – 12:30 (ora României), Google Meet
Cu Bogdan Ilie, QA Lead – bogdan.ilie@ursaledger.example

Prima parte va fi despre arhitectura framework-ului de testare, a doua un exercițiu practic de testare a unui API REST (Postman sau cod, cum preferați). Eu nu particip la acest interviu. Vă trimit imediat invitația din calendar.

Roxana
"""
    c.put('03-ursa-ledger-interviu-tehnic-18-iunie.eml', human(
        seed=c.seed(3), frm=roxana, to=[OWNER_T], subject='Ursa Ledger – interviu tehnic joi, 18 iunie', date=d3,
        text=text3))
    c.put('04-invitation-interviu-tehnic-ursa-ledger.eml', google_invite(
        seed=c.seed(4), sent=T(2026, 6, 11, 10, 9, 37), organizer=roxana, guests=[(bogdan[0], bogdan[1], 'ACCEPTED')],
        summary='Ursa Ledger | Interviu tehnic – Senior QA Automation Engineer (Andreea Vlădescu)',
        start=t_start, end=t_end, description='Interviu tehnic cu Bogdan Ilie (QA Lead): framework de testare + '
                                              'exercițiu de testare API.', uid='u7r5a2l9e1d3g8e4r6x0k2m4@google.com',
        meet='ycn-tmaz-gwd'))
    return c.cid, label([
        iv('Ursa Ledger', 'Senior QA Automation Engineer', p_start, p_end, 'scheduled', [roxana[1]], [roxana[1]],
           'phone_screen'),
        iv('Ursa Ledger', 'Senior QA Automation Engineer', t_start, t_end, 'scheduled', [bogdan[1]], [bogdan[1]],
           'technical')],
        'hard', 'positive/two-interviews',
        'Two interviews with one company. (1) recruiter phone interview "mâine la ora 14:00" sent Tue 9 Jun -> Wed 10 '
        'Jun 14:00 EEST, 30 min, conducted by the recruiter herself. (2) technical interview Thu 18 Jun 11:00-12:30 '
        'with Bogdan Ilie, announced by e-mail and Google invite (one interview); the recruiter does not attend.')


@case
def c08():
    c = Case('b224-08-gcal-json-cto-final-utrecht')
    femke = ('Femke Visser', 'femke.visser@tulpwerk.example')
    joris = ('Joris van Leeuwen', 'joris.vanleeuwen@tulpwerk.example')
    start, end = T(2026, 9, 3, 16, 0, tz=AMS), T(2026, 9, 3, 16, 45, tz=AMS)
    sb = start.astimezone(BUC)
    sent = T(2026, 8, 28, 12, 14, 40, tz=AMS)
    text = f"""Hi Andreea,

Great news – the team was very positive after the technical round. The last step is a 45-minute conversation with our CTO, Joris van Leeuwen. It's informal, but it is the final interview before we make a decision on the QA Automation Lead role.

Joris has {day(start, 'Thursday')} 3 September at 16:00 Utrecht time free – that would be {sb:%H:%M} for you in Bucharest. I've put it in the calendar; you should see the invite shortly.

Cheers,
Femke
--
Femke Visser | Talent & Culture | Tulpwerk Logistics B.V.
Catharijnesingel 53, Utrecht
"""
    c.put('01-tulpwerk-final-round.eml', human(seed=c.seed(1), frm=femke, to=[OWNER_T],
                                               subject='Final round – QA Automation Lead', date=sent, text=text))
    eid = 'tw' + h(c.seed('eid'), 24)
    ev = {
        'kind': 'calendar#event',
        'etag': '"%d"' % (3300000000000000 + int(h(c.seed('etag'), 10), 16) % 10 ** 14),
        'id': eid,
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' + base64.b64encode(
            ('%s %s' % (eid, OWNER)).encode()).decode().rstrip('='),
        'created': '2026-08-28T10:16:02.000Z',
        'updated': '2026-08-28T10:16:41.532Z',
        'summary': 'Tulpwerk × Andreea Vlădescu – final conversation (QA Automation Lead)',
        'description': 'Final interview with Joris van Leeuwen (CTO). Informal, 45 minutes. Femke will not join.',
        'creator': {'email': femke[1], 'displayName': femke[0]},
        'organizer': {'email': femke[1], 'displayName': femke[0]},
        'start': {'dateTime': start.isoformat(), 'timeZone': 'Europe/Amsterdam'},
        'end': {'dateTime': end.isoformat(), 'timeZone': 'Europe/Amsterdam'},
        'iCalUID': eid + '@google.com',
        'sequence': 0,
        'attendees': [
            {'email': femke[1], 'displayName': femke[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': joris[1], 'displayName': joris[0], 'responseStatus': 'accepted'},
            {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'needsAction'},
        ],
        'hangoutLink': 'https://meet.google.com/tkv-qrmd-uzo',
        'conferenceData': {
            'entryPoints': [{'entryPointType': 'video', 'uri': 'https://meet.google.com/tkv-qrmd-uzo',
                             'label': 'meet.google.com/tkv-qrmd-uzo'}],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
            'conferenceId': 'tkv-qrmd-uzo'},
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    c.put('02-tulpwerk-final-conversation.gcal.json', json.dumps(ev, indent=2, ensure_ascii=False) + '\n')
    return c.cid, label([iv('Tulpwerk Logistics', 'QA Automation Lead', start, end, 'scheduled', [joris[1]],
                            [joris[1]], 'hiring_manager')],
                        'medium', 'positive/gcal-json-dedupe',
                        'Final interview with the CTO announced by e-mail (16:00 Utrecht = 17:00 Bucharest) and as a '
                        'Calendar API event with timeZone Europe/Amsterdam: one interview. The earlier technical round '
                        'is mentioned without a date and is not labelled.')


@case
def c09():
    c = Case('b224-09-jobradar-relay-phone-screen')
    alina = ('Alina Marin', 'alina.marin@quantaforge.example')
    relay_from = ('Quantaforge Solutions prin JobRadar', 'noreply@jobradar.example')
    conv = 'conversatie-51c9e0@mesaje.jobradar.example'
    d1 = T(2026, 7, 16, 11, 2, 33)
    start = T(2026, 7, 20, 16, 30)
    end = start + timedelta(minutes=20)
    assert day(d1, 'joi') and (start - d1).days < 7
    job = 'Senior QA Automation Engineer (Playwright/TypeScript)'
    text1 = f"""Salut, Andreea!

Ai un mesaj nou în conversația pentru jobul {job} – Quantaforge Solutions, București (hibrid).

Alina Marin, Quantaforge Solutions:
„Hi Andreea, thanks for applying! Your profile fits one of our client projects (a German e-commerce platform). Would you be available for a short 20-minute phone call at the beginning of next week, e.g. {day(start, 'Monday')} at 16:30 Romanian time? Just reply here."

Răspunde din aplicație: https://www.jobradar.example/conversatii/51c9e0

Echipa JobRadar
Ai primit acest e-mail deoarece ai aplicat la un job prin JobRadar.
"""
    c.put('01-jobradar-mesaj-quantaforge.eml', human(
        seed=c.seed(1), frm=relay_from, to=[OWNER_T], reply_to=conv,
        subject='Quantaforge Solutions ți-a trimis un mesaj', date=d1, text=text1,
        msgid='<%s.conv51c9e0@jobradar.example>' % h(c.seed(1), 20), relay='mta3.jobradar.example',
        return_path='bounce@jobradar.example'))
    d2 = T(2026, 7, 17, 9, 47, 5)
    text2 = f"""Salut, Andreea!

Ai un răspuns nou de la Quantaforge Solutions pentru jobul {job}.

Alina Marin, Quantaforge Solutions:
„Great, then {day(start, 'Monday')} at 16:30 it is – I'll call you on the phone number from your CV. If anything changes, you can also reach me directly at alina.marin@quantaforge.example. Talk soon!"

Mesajul tău anterior (16 iul. 2026, 20:11):
„Hi Alina, thank you! {day(start, 'Monday')} at 16:30 works for me."

Răspunde din aplicație: https://www.jobradar.example/conversatii/51c9e0

Echipa JobRadar
"""
    c.put('02-jobradar-raspuns-quantaforge.eml', human(
        seed=c.seed(2), frm=relay_from, to=[OWNER_T], reply_to=conv,
        subject='Ai un răspuns nou de la Quantaforge Solutions', date=d2, text=text2,
        msgid='<%s.conv51c9e0@jobradar.example>' % h(c.seed(2), 20), relay='mta3.jobradar.example',
        return_path='bounce@jobradar.example'))
    return c.cid, label([iv('Quantaforge Solutions', job, start, end, 'scheduled', [alina[1]], [alina[1]],
                            'phone_screen')],
                        'hard', 'positive/job-board-relay-thread',
                        'BestJobs-style relay conversation: proposal on Thu 16 Jul, confirmation on Fri 17 Jul '
                        '("Monday at 16:30") -> Mon 20 Jul 16:30 EEST, 20-minute call by the recruiter herself. '
                        'Sender and Reply-To are relay addresses; the recruiter gives her direct address in the text.')


@case
def c10():
    c = Case('b224-10-teams-rotterdam-after-dst-end')
    maud = ('Maud Jansen', 'maud.jansen@grachtenlab.example')
    pieter = ('Pieter Smit', 'pieter.smit@grachtenlab.example')
    start, end = T(2026, 10, 27, 10, 0, tz=AMS), T(2026, 10, 27, 11, 0, tz=AMS)
    assert start.utcoffset() == timedelta(hours=1)
    sb = start.astimezone(BUC)
    d1 = T(2026, 10, 21, 14, 30, 12, tz=AMS)
    assert d1.utcoffset() == timedelta(hours=2)
    text1 = f"""Hi Andreea,

As discussed on the phone, I've scheduled your technical interview with Pieter Smit, our Lead SDET, for {day(start, 'Tuesday')} 27 October at 10:00 CET. That's {sb:%H:%M} Romanian time – both our countries switch to winter time this {day(T(2026, 10, 25), 'Sunday')}, so the one-hour difference stays the same.

Expect questions on the test pyramid and contract testing, plus a short pairing exercise in Kotlin or TypeScript.

You'll receive a Teams invite from me separately.

Kind regards,
Maud Jansen
Talent Acquisition | Grachtenlab
Wilhelminakade 91, Rotterdam
"""
    c.put('01-grachtenlab-technical-interview.eml', human(
        seed=c.seed(1), frm=maud, to=[OWNER_T], subject='Technical interview – Software Engineer in Test',
        date=d1, text=text1, style='outlook', lang='en-US'))
    intro = """Hi Andreea,

Here is the Teams link for your technical interview with Pieter Smit (Lead SDET). I'm only organising and won't join the call.

Good luck!
Maud"""
    when = '%s, %s %d, %d 10:00 AM-11:00 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna' % (
        day(start, 'Tuesday'), EN_MON[start.month - 1], start.day, start.year)
    c.put('02-invite-technical-interview-grachtenlab.eml', outlook_invite(
        seed=c.seed(2), sent=T(2026, 10, 21, 14, 36, 50, tz=AMS), organizer=maud, required=[OWNER_T, pieter],
        subject='Technical interview: Andreea Vlădescu – Software Engineer in Test', start=start, end=end,
        wintz='W. Europe Standard Time', when_display=when, intro=intro, lang='en',
        uid='040000008200E00074C5B7101A82E00800000000%s' % h(c.seed('uid'), 40).upper()))
    return c.cid, label([iv('Grachtenlab', 'Software Engineer in Test', start, end, 'scheduled', [pieter[1]],
                            [pieter[1]], 'technical')],
                        'medium', 'positive/outlook-teams-dst-end',
                        'Recruiter e-mail + Exchange/Teams invite (TZID "W. Europe Standard Time") sent 21 Oct (CEST) '
                        'for Tue 27 Oct 10:00, after the 25 Oct DST end: +01:00 (11:00 Bucharest EET). One interview; '
                        'organizer does not join.')


@case
def c11():
    c = Case('b224-11-onsite-loop-bucharest-office')
    monica = ('Monica Stan', 'monica.stan@carpatica-health.example')
    cosmin = ('Cosmin Vasile', 'cosmin.vasile@carpatica-health.example')
    irina = ('Irina Popescu', 'irina.popescu@carpatica-health.example')
    adrian = ('Adrian Toma', 'adrian.toma@carpatica-health.example')
    d = T(2026, 10, 1)
    start, end = T(2026, 10, 1, 10, 0), T(2026, 10, 1, 13, 45)
    office = 'Carpatica Health, Str. Dimitrie Pompeiu 5, clădirea B, etajul 4, București'
    text1 = f"""Bună, Andreea,

Ne bucurăm să te invităm la etapa finală a procesului de recrutare pentru poziția de QA Automation Engineer (Mobile). Te așteptăm {day(d, 'joi')}, 1 octombrie, la birourile noastre din Pipera (Str. Dimitrie Pompeiu 5, clădirea B, etajul 4). La recepție spune că vii la Carpatica Health.

Programul zilei:
10:00 – 11:00  Interviu tehnic (strategie de testare + automatizare cu Appium) – Cosmin Vasile (QA Manager, cosmin.vasile@carpatica-health.example) și Irina Popescu (Senior Android Developer, irina.popescu@carpatica-health.example)
11:00 – 11:15  Pauză
11:15 – 12:00  Discuție cu Product – Adrian Toma (Product Owner, adrian.toma@carpatica-health.example)
12:00 – 13:00  Prânz cu echipa de QA
13:00 – 13:45  Discuție HR – cu mine

Îți trimit separat invitații în calendar pentru interviul tehnic și pentru discuția HR. Dacă ai nevoie de loc de parcare, spune-mi până {day(T(2026, 9, 29), 'marți')} și îți rezerv unul.

Pe curând,
Monica Stan
HR Business Partner | Carpatica Health
+40 21 000 3390
"""
    c.put('01-etapa-finala-carpatica-health.eml', human(
        seed=c.seed(1), frm=monica, to=[OWNER_T], cc=[cosmin, irina, adrian],
        subject='Etapa finală – QA Automation Engineer (Mobile) – joi, 1 octombrie', date=T(2026, 9, 24, 12, 30, 4),
        text=text1))
    c.put('02-invitation-interviu-tehnic-carpatica.eml', google_invite(
        seed=c.seed(2), sent=T(2026, 9, 24, 12, 36, 15), organizer=monica,
        guests=[(cosmin[0], cosmin[1], 'ACCEPTED'), (irina[0], irina[1], 'NEEDS-ACTION')],
        summary='Carpatica Health – interviu tehnic (etapa finală) – Andreea Vlădescu',
        start=start, end=T(2026, 10, 1, 11, 0), description='Interviu tehnic cu Cosmin Vasile și Irina Popescu. '
                                                             'Agenda completă a zilei este în e-mailul meu.',
        uid='c4rp4t1c4t3hn1c%s@google.com' % h(c.seed('uid2'), 10), location=office))
    c.put('03-invitation-discutie-hr-carpatica.eml', google_invite(
        seed=c.seed(3), sent=T(2026, 9, 24, 12, 38, 2), organizer=monica, guests=[],
        summary='Carpatica Health – discuție HR (etapa finală) – Andreea Vlădescu',
        start=T(2026, 10, 1, 13, 0), end=end, description='Discuție HR cu Monica Stan, după prânzul cu echipa.',
        uid='c4rp4t1c4hr%s@google.com' % h(c.seed('uid3'), 10), location=office))
    ivs = [cosmin[1], irina[1], adrian[1], monica[1]]
    return c.cid, label([iv('Carpatica Health', 'QA Automation Engineer (Mobile)', start, end, 'scheduled', ivs, ivs,
                            'onsite')],
                        'hard', 'positive/onsite-loop',
                        'Final-stage day at the Bucharest office on Thu 1 Oct (EEST): technical 10:00-11:00, product '
                        '11:15-12:00, lunch, HR 13:00-13:45, sent as an agenda e-mail plus two Google invites -> ONE '
                        'onsite interview 10:00-13:45 with all four people who run a session (the HR partner runs the '
                        'last one herself).')


@case
def c12():
    c = Case('b224-12-standalone-ics-timisoara-november')
    sorina = ('Sorina Lazăr', 'sorina.lazar@bega-softworks.example')
    dan = ('Dan Oprea', 'dan.oprea@bega-softworks.example')
    start, end = T(2026, 11, 2, 10, 0), T(2026, 11, 2, 11, 0)
    assert start.utcoffset() == timedelta(hours=2)
    desc = (f'Bună, Andreea!\nInterviul tehnic pentru poziția de QA Automation Engineer (Java) va fi susținut de '
            f'Dan Oprea (Test Lead), {day(start, "luni")}, 2 noiembrie, de la 10:00, ora României. Eu doar am creat '
            f'invitația și nu particip.\nDurata: 60 de minute.\nZoom: https://bega-softworks.zoom.example/j/81234567890'
            f'\n\nSorina Lazăr\nHR | Bega Softworks, Timișoara')
    ics = vcalendar(prodid='-//Bega Softworks//Recruitment Calendar 2.3//RO', method='REQUEST',
                    uid='bega-int-%s@bega-softworks.example' % h(c.seed('uid'), 12), seq=0,
                    stamp=T(2026, 10, 27, 11, 15, 0), start=start, end=end, tzid='Europe/Bucharest',
                    summary='Interviu tehnic – QA Automation Engineer (Java) – Andreea Vlădescu', organizer=sorina,
                    attendees=[attendee(*dan, partstat='ACCEPTED'), attendee(*OWNER_T)], description=desc,
                    location='Zoom – https://bega-softworks.zoom.example/j/81234567890')
    c.put('01-interviu-tehnic-bega-softworks.ics', ics)
    return c.cid, label([iv('Bega Softworks', 'QA Automation Engineer (Java)', start, end, 'scheduled', [dan[1]],
                            [dan[1]], 'technical')],
                        'easy', 'positive/standalone-ics',
                        'Standalone .ics with a Europe/Bucharest VTIMEZONE; Mon 2 Nov is after the DST end, so the '
                        'offset is +02:00 (EET). Organizer (HR) states she does not attend.')


@case
def c13():
    c = Case('b224-13-three-slots-picks-joi-dst-start')
    laura = ('Laura Niculescu', 'laura.niculescu@tranzitpay.example')
    catalin = ('Cătălin Grigore', 'catalin.grigore@tranzitpay.example')
    d1 = T(2026, 3, 26, 11, 20, 44)
    assert d1.utcoffset() == timedelta(hours=2)
    slots = [T(2026, 3, 30, 10, 0), T(2026, 3, 31, 14, 0), T(2026, 4, 2, 11, 0)]
    start = slots[2]
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == timedelta(hours=3)
    subj = 'Tranzit Pay – interviu tehnic QA Automation Engineer (API)'
    text1 = f"""Bună ziua, Andreea,

Vă mulțumim pentru răspunsurile la chestionarul tehnic. Am dori să vă invităm la un interviu tehnic de 45 de minute, pe Microsoft Teams, cu Cătălin Grigore, Head of QA.

Vă propun următoarele variante (ora României):
- {day(slots[0], 'luni')}, 30 martie, ora 10:00
- {day(slots[1], 'marți')}, 31 martie, ora 14:00
- {day(slots[2], 'joi')}, 2 aprilie, ora 11:00

Vă rog să-mi spuneți care variantă vă convine.

Cu drag,
Laura Niculescu
Recruiter | Tranzit Pay
"""
    id1 = outlook_id(c.seed(1), 'AS8PR04MB')
    c.put('01-tranzit-pay-variante-interviu.eml', human(
        seed=c.seed(1), frm=laura, to=[OWNER_T], subject=subj, date=d1, text=text1, style='outlook', msgid=id1))
    r_dt = T(2026, 3, 26, 20, 14)
    rid = gmail_id(c.seed('owner-reply'))

    def ro_long(dt):
        return '%s, %d %s %d %02d:%02d' % (RO_WD[dt.weekday()], dt.day, RO_MON[dt.month - 1], dt.year, dt.hour,
                                           dt.minute)
    text2 = f"""Bună, Andreea,

Perfect, rămâne {day(start, 'joi')} la ora 11:00. L-am pus pe Cătălin în copie; el vă va trimite linkul de Teams cu o zi înainte.

Laura

________________________________
De la: Andreea Vlădescu <{OWNER}>
Trimis: {ro_long(r_dt)}
Către: Laura Niculescu <{laura[1]}>
Subiect: Re: {subj}

Bună seara, Laura,

Mulțumesc! Aleg varianta de {day(start, 'joi')}, ora 11:00.

O seară frumoasă,
Andreea

________________________________
De la: Laura Niculescu <{laura[1]}>
Trimis: {ro_long(d1)}
Către: Andreea Vlădescu <{OWNER}>
Subiect: {subj}

{text1}"""
    c.put('02-re-tranzit-pay-confirmare-joi.eml', human(
        seed=c.seed(2), frm=laura, to=[OWNER_T], cc=[catalin], subject='RE: ' + subj,
        date=T(2026, 3, 27, 9, 5, 19), text=text2, style='outlook', irt=rid, refs=[id1, rid]))
    return c.cid, label([iv('Tranzit Pay', 'QA Automation Engineer (API)', start, end, 'scheduled', [catalin[1]],
                            [catalin[1]], 'technical')],
                        'hard', 'positive/thread-propose-confirm',
                        'Recruiter offers three slots on Thu 26 Mar (EET, +02:00); the candidate picks "joi, ora 11:00" '
                        'and the recruiter confirms "rămâne joi la ora 11:00" on Fri 27 Mar -> Thu 2 Apr 11:00, which '
                        'is after the 29 Mar DST start (+03:00), 45 min. Interviewer Cătălin is in Cc.')


# ============================================================================= NEGATIVES
@case
def c14():
    c = Case('b224-14-istqb-exam-booking')
    start = T(2026, 6, 13, 10, 0)
    end = start + timedelta(minutes=90)
    sent = T(2026, 5, 18, 9, 2, 51)
    text = f"""Dear Andreea Vlădescu,

Your exam booking is confirmed.

Exam: ISTQB® Certified Tester Advanced Level – Test Automation Engineering (CTAL-TAE) v2.0
Language: English
Format: online proctored (remote)
Date: {day(start, 'Saturday')}, 13 June 2026
Start: 10:00 (Europe/Bucharest, EEST) – duration 90 minutes
Candidate ID: RO-TAE-2026-044917
Booking reference: CX-7731-RV

Check-in opens 30 minutes before your start time. A proctor will verify your identity via webcam and ask you to show your room; please have your ID card or passport ready. The whole session is recorded.

Free rescheduling is possible until 72 hours before the exam from your candidate account: https://portal.certiva-exams.example/bookings/CX-7731-RV

Good luck!
Certiva Exams – exam provider for ISTQB® certifications in Romania

This is an automated message, please do not reply.
"""
    ics = vcalendar(prodid='-//Certiva Exams//Booking//EN', method='PUBLISH', uid='CX-7731-RV@certiva-exams.example',
                    seq=0, stamp=sent, start=start, end=end, tzid='Europe/Bucharest',
                    summary='ISTQB CTAL-TAE exam (online proctored) – check-in from 09:30',
                    organizer=('Certiva Exams', 'no-reply@certiva-exams.example'), attendees=[attendee(*OWNER_T)],
                    description='Candidate ID: RO-TAE-2026-044917. Booking reference: CX-7731-RV.',
                    location='Online proctored – https://portal.certiva-exams.example/launch')
    c.put('01-istqb-ctal-tae-booking-confirmed.eml', human(
        seed=c.seed(1), frm=('Certiva Exams', 'no-reply@certiva-exams.example'), to=[OWNER_T],
        subject='Booking confirmed: ISTQB® CTAL-TAE exam – Sat, 13 Jun 2026, 10:00 EEST', date=sent, text=text,
        msgid='<booking.CX-7731-RV.%s@certiva-exams.example>' % h(c.seed(1), 8), relay='smtp.certiva-exams.example',
        attach=[ics_attachment(ics, 'exam.ics', 'PUBLISH')]))
    return c.cid, label([], 'medium', 'negative/certification-exam',
                        'ISTQB certification exam booking with candidate ID, proctor and an .ics: the owner is a '
                        'candidate, but for an exam, not a job interview.')


@case
def c15():
    c = Case('b224-15-meetup-talk-blog-interview')
    cezar = ('Cezar Dragomir', 'cezar.dragomir@bucharest-testing.example')
    ilinca = ('Ilinca Șerban', 'ilinca.serban@bucharest-testing.example')
    start, end = T(2026, 9, 16, 18, 30), T(2026, 9, 16, 20, 30)
    text = f"""Salut, Andreea!

Mersi că ai acceptat! Te-am trecut în agendă la Bucharest Testing Meetup #47, {day(start, 'miercuri')}, 16 septembrie, de la 18:30, la hub-ul Orbital (Calea Victoriei 155, et. 2).

Agenda:
18:30 – 19:00  networking & pizza
19:00 – 19:40  Andreea Vlădescu – „Flaky tests: cum le vânăm înainte să ne vâneze ele"
19:45 – 20:30  panel: „Cum angajăm QA în 2026" (cu doi tech recruiteri și un engineering manager)

După talk, Ilinca de la echipa de comunicare vrea să îți ia un scurt interviu (10 minute) pentru blogul și podcastul comunității – nimic pregătit, doar câteva întrebări despre drumul tău în QA.

Îți trimit și invitația în calendar. Slide-urile le poți trimite până {day(T(2026, 9, 14), 'luni')}.

Mersi încă o dată,
Cezar
Bucharest Testing Community – organizator
"""
    c.put('01-confirmare-speaker-meetup-47.eml', human(
        seed=c.seed(1), frm=cezar, to=[OWNER_T], cc=[ilinca],
        subject='Bucharest Testing Meetup #47 – confirmare speaker', date=T(2026, 8, 31, 21, 10, 26), text=text))
    c.put('02-invitation-meetup-47.eml', google_invite(
        seed=c.seed(2), sent=T(2026, 8, 31, 21, 14, 3), organizer=cezar, guests=[(ilinca[0], ilinca[1], 'ACCEPTED')],
        summary='Bucharest Testing Meetup #47 – talk Andreea + interviu pentru blog', start=start, end=end,
        description='Talk 19:00-19:40, apoi interviu scurt pentru blogul comunității cu Ilinca.',
        uid='bt47m33tup%s@google.com' % h(c.seed('uid'), 10), location='Orbital Hub, Calea Victoriei 155, București'))
    return c.cid, label([], 'hard', 'negative/meetup-talk-press-interview',
                        'Owner is a speaker at a testing meetup; the "interviu" is a community blog/podcast interview '
                        'and the hiring panel is a talk topic. Google invite included; not a job interview.')


@case
def c16():
    c = Case('b224-16-bank-credit-ipotecar')
    gabriel = ('Gabriel Moldovan', 'gabriel.moldovan@bancacarpatia.example')
    start, end = T(2026, 9, 8, 9, 30), T(2026, 9, 8, 10, 30)
    sent = T(2026, 9, 2, 14, 41, 0)
    text = f"""Stimată doamnă Andreea Vlădescu,

Vă confirmăm programarea la Sucursala Floreasca (Calea Floreasca 169A, București) pentru o întâlnire de consultanță privind creditul ipotecar „Casa Mea Plus".

Data: {day(start, 'marți')}, 8 septembrie 2026
Ora: 09:30 – 10:30
Consultant: Gabriel Moldovan, consultant credite persoane fizice

În cadrul întâlnirii, consultantul va purta cu dumneavoastră un scurt interviu de eligibilitate (venituri, istoric de angajare, cheltuieli lunare). Vă rugăm să aveți asupra dumneavoastră:
- actul de identitate;
- adeverința de venit de la angajator (nu mai veche de 30 de zile) sau ultimii 3 fluturași de salariu;
- contractul individual de muncă, dacă v-ați schimbat locul de muncă în ultimele 6 luni;
- extrasele de cont pe ultimele 6 luni.

Puteți adăuga întâlnirea în calendar folosind fișierul atașat. Pentru reprogramare: 0800 000 321 sau răspundeți la acest e-mail.

Cu stimă,
Banca Carpatia – Programări online
"""
    ics = vcalendar(prodid='-//Banca Carpatia//Programari//RO', method='PUBLISH',
                    uid='prog-%s@bancacarpatia.example' % h(c.seed('uid'), 12), seq=0, stamp=sent, start=start,
                    end=end, tzid='Europe/Bucharest', summary='Banca Carpatia – consultanță credit ipotecar',
                    organizer=('Banca Carpatia', 'programari@bancacarpatia.example'),
                    attendees=[attendee(*gabriel, partstat='ACCEPTED'), attendee(*OWNER_T)],
                    description='Întâlnire cu consultantul Gabriel Moldovan. Aduceți actele solicitate.',
                    location='Sucursala Floreasca, Calea Floreasca 169A, București')
    c.put('01-confirmare-programare-credit-ipotecar.eml', human(
        seed=c.seed(1), frm=('Banca Carpatia', 'programari@bancacarpatia.example'), to=[OWNER_T], reply_to=gabriel,
        subject='Confirmare programare – consultanță credit ipotecar', date=sent, text=text,
        msgid='<prog.%s@bancacarpatia.example>' % h(c.seed(1), 18), relay='smtp-out.bancacarpatia.example',
        attach=[ics_attachment(ics, 'programare.ics', 'PUBLISH')]))
    return c.cid, label([], 'medium', 'negative/bank-appointment',
                        'Mortgage (credit ipotecar) consultation at a bank branch; mentions an "interviu de '
                        'eligibilitate", employer and employment contract, with an .ics - not a job interview.')


@case
def c17():
    c = Case('b224-17-recruiter-career-chat-no-role')
    raluca = ('Raluca Ene', 'raluca.ene@talentbridge.example')
    start, end = T(2026, 6, 23, 12, 0), T(2026, 6, 23, 12, 20)
    d1 = T(2026, 6, 15, 10, 12, 9)
    text1 = f"""Hi Andreea,

I'm Raluca, I lead the QA & testing desk at Talentbridge (we recruit for product companies in Romania and the DACH region). I came across your posts on test automation and your GitHub.

To be upfront: I don't have a specific role for you right now. I'd simply like a 20-minute career chat to understand what you're looking for next (remote vs. hybrid, tech stack, salary range), so I can reach out when something relevant comes up with our clients.

If that sounds OK, would {day(start, 'Tuesday')} 23 June at 12:00 work? I'll send a Meet link.

Best,
Raluca Ene
Senior Tech Recruiter | Talentbridge Romania
"""
    c.put('01-quick-career-chat.eml', human(seed=c.seed(1), frm=raluca, to=[OWNER_T], subject='Quick career chat?',
                                            date=d1, text=text1))
    c.put('02-invitation-career-chat.eml', google_invite(
        seed=c.seed(2), sent=T(2026, 6, 16, 9, 30, 12), organizer=raluca, guests=[],
        summary='Career chat – Andreea Vlădescu / Raluca Ene (Talentbridge)', start=start, end=end,
        description='Informal career chat – no specific role yet, just getting to know each other and what you are '
                    'looking for. Raluca', uid='t4l3ntbr1dg3%s@google.com' % h(c.seed('uid'), 10), meet='qjd-fmxr-cyp'))
    return c.cid, label([], 'hard', 'negative/recruiter-career-chat',
                        'Agency recruiter books a 20-minute "career chat" and says explicitly there is no specific '
                        'role; it is recruiter outreach/networking, not a step in a hiring process, even though a '
                        'Google invite exists.')


@case
def c18():
    c = Case('b224-18-owner-interviews-junior-qa')
    bianca = ('Bianca Radu', 'bianca.radu@orbis-telematics.example')
    work = ('Andreea Vlădescu', 'andreea.vladescu@orbis-telematics.example')
    sergiu = ('Sergiu Pavel', 'sergiu.pavel@orbis-telematics.example')
    matei = ('Matei Sandu', 'matei.sandu@mail.example')
    start, end = T(2026, 5, 28, 15, 0), T(2026, 5, 28, 16, 0)
    sent0 = T(2026, 5, 25, 17, 41)
    fwd = T(2026, 5, 25, 18, 2, 30)
    orig = f"""Hi Andreea, hi Sergiu,

Matei Sandu is our candidate for the Junior QA Engineer opening in your team. Andreea, please run the technical part (test case design + a bit of SQL); Sergiu will cover team fit. Please submit your scorecards in Greenhouse by {day(T(2026, 5, 29), 'Friday')}.

CV and application: https://orbis-telematics.greenhouse.example/people/88120413

Thanks,
Bianca"""
    text = f"""Notă pentru mine: pregătesc întrebările de SQL {day(T(2026, 5, 27), 'miercuri')} seara.

________________________________
From: Bianca Radu <{bianca[1]}>
Sent: {day(sent0, 'Monday')}, May 25, 2026 5:41 PM
To: Andreea Vlădescu <{work[1]}>; Sergiu Pavel <{sergiu[1]}>; Matei Sandu <{matei[1]}>
Subject: Interview: Junior QA Engineer – Matei Sandu
When: {day(start, 'Thursday')}, May 28, 2026 3:00 PM-4:00 PM (UTC+02:00) Athens, Bucharest.
Where: Microsoft Teams Meeting

{orig}
"""
    L = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    L += VTZ['GTB Standard Time']
    L += ['BEGIN:VEVENT', 'ORGANIZER;CN=%s:mailto:%s' % bianca]
    for a in (work, sergiu, matei):
        L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % a)
    L += ['DESCRIPTION;LANGUAGE=en-US:' + ics_text(orig),
          'UID:040000008200E00074C5B7101A82E00800000000' + h(c.seed('uid'), 40).upper(),
          'SUMMARY;LANGUAGE=en-US:Interview: Junior QA Engineer – Matei Sandu',
          'DTSTART;TZID=GTB Standard Time:' + loc(start, BUC), 'DTEND;TZID=GTB Standard Time:' + loc(end, BUC),
          'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + zs(sent0), 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
          'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting', 'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
          'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'END:VEVENT', 'END:VCALENDAR']
    c.put('01-fw-interview-junior-qa-matei-sandu.eml', human(
        seed=c.seed(1), frm=work, to=[OWNER_T], subject='FW: Interview: Junior QA Engineer – Matei Sandu',
        date=fwd, text=text, style='outlook', lang='en-US',
        attach=[ics_attachment(ical(L), 'Interview Junior QA Engineer.ics')]))
    return c.cid, label([], 'hard', 'negative/user-is-interviewer',
                        'The owner forwards a work Teams invite to her personal mailbox: she runs the technical part '
                        'of an interview with a junior QA candidate for her current team. The user is the '
                        'interviewer, not the candidate.')


@case
def c19():
    c = Case('b224-19-teamtailor-application-received')
    text = """Hi Andreea,

Thanks for applying for the QA Automation Engineer (Remote – EU) position at Polderpixel! We've received your application and CV.

What happens next?
1. Our team reviews every application within 10 working days.
2. If there's a match, we'll invite you to a 30-minute video interview with our recruiter, Noor.
3. After that: a technical interview with two of our engineers and a final chat with our CTO.

You don't need to do anything right now. We'll email you as soon as we have an update, and you can always check the status of your application in your candidate profile: https://careers.polderpixel.example/connect

Hartelijke groet,
Team Polderpixel

Sent with Teamtailor
"""
    c.put('01-thanks-for-applying-polderpixel.eml', human(
        seed=c.seed(1), frm=('Polderpixel', 'no-reply@teamtailor.com'), to=[OWNER_T],
        reply_to='reply+0c9d55e1b7@inbound.teamtailor.com', subject='Thanks for applying to Polderpixel!',
        date=T(2026, 3, 4, 22, 17, 45, tz=AMS), text=text, msgid='<%s@teamtailor.com>' % h(c.seed(1), 32),
        relay='o1.email.teamtailor.com', return_path='bounces+%s@email.teamtailor.com' % h(c.seed('rp'), 10)))
    return c.cid, label([], 'easy', 'negative/application-received',
                        'Teamtailor application receipt describing future interview steps; nothing is booked.')


@case
def c20():
    c = Case('b224-20-respingere-dupa-interviu')
    oana = ('Oana Marin', 'oana.marin@zarva-apps.example')
    past = T(2026, 5, 7, 14, 0)
    text = f"""Bună ziua, Andreea,

Vă mulțumim pentru timpul acordat la interviul tehnic de {day(past, 'joi')}, 7 mai, cu Sorin și Daniela. Discuția a fost foarte plăcută, iar feedback-ul colegilor despre abordarea dvs. la exercițiul de testare API a fost bun.

După o analiză atentă, am decis totuși să continuăm procesul cu un alt candidat, a cărui experiență cu testarea aplicațiilor iOS se potrivește mai bine cu nevoile imediate ale echipei.

Dacă doriți, putem programa o scurtă discuție de 15 minute în care să vă oferim feedback detaliat – ne puteți scrie oricând. Vom păstra CV-ul dvs. pentru oportunități viitoare.

Vă dorim mult succes!
Oana Marin
HR Manager | Zarva Apps
"""
    c.put('01-feedback-interviu-zarva-apps.eml', human(
        seed=c.seed(1), frm=oana, to=[OWNER_T], subject='Feedback interviu – QA Automation Engineer – Zarva Apps',
        date=T(2026, 5, 11, 15, 30, 8), text=text, style='outlook'))
    return c.cid, label([], 'medium', 'negative/rejection',
                        'Rejection in Romanian that refers to a past technical interview (Thu 7 May) and offers an '
                        'unbooked feedback call; rejections are not interviews.')


@case
def c21():
    c = Case('b224-21-one-way-video-interview')
    deadline = T(2026, 6, 14, 23, 59, tz=BER)
    text = f"""Hallo Andreea,

vielen Dank für Ihre Bewerbung bei der Rheinpfeil Digital GmbH! Als nächsten Schritt laden wir Sie zu einem zeitversetzten Video-Interview ein (English below).

---

Hi Andreea,

As the next step for the QA Automation Engineer (m/w/d) position, we invite you to a one-way video interview on ClipHire. There is no live interviewer: you will see 5 questions one after another and record your answers (max. 2 minutes each, one re-take per question).

Please complete your video interview by {day(deadline, 'Sunday')}, 14 June 2026, 23:59 CEST. It takes about 20 minutes and you can start whenever it suits you.

Start your interview: https://app.cliphire.example/i/rp-7f2c9a

Our recruiting team will review your recordings and get back to you within a week.

Viele Grüße / Best regards
Rheinpfeil Digital GmbH – Recruiting

This email was sent by ClipHire on behalf of Rheinpfeil Digital GmbH. Please do not reply to this message.
"""
    c.put('01-cliphire-video-interview-rheinpfeil.eml', human(
        seed=c.seed(1), frm=('Rheinpfeil Digital via ClipHire', 'noreply@cliphire.example'), to=[OWNER_T],
        subject='Rheinpfeil Digital: Ihr Video-Interview / Your video interview – QA Automation Engineer',
        date=T(2026, 6, 9, 9, 0, 14, tz=BER), text=text, msgid='<%s@mailer.cliphire.example>' % h(c.seed(1), 26),
        relay='mailer.cliphire.example'))
    return c.cid, label([], 'medium', 'negative/one-way-video',
                        'Asynchronous one-way video interview with a deadline and no live interviewer; not an '
                        'interview per the rules.')


@case
def c22():
    c = Case('b224-22-greenhouse-availability-request')
    bram = ('Bram Hendriks', 'bram.hendriks@zuiderlicht.example')
    tue, wed = T(2026, 9, 15, tz=AMS), T(2026, 9, 16, tz=AMS)
    text = f"""Hi Andreea,

Thanks for your interest in the Senior QA Engineer (Automation) role at Zuiderlicht Software! We'd like to schedule a 45-minute technical interview with two of our engineers.

Please let us know your availability by selecting all time slots that work for you. Our interviewers are mostly free on {day(tue, 'Tuesday')} 15 and {day(wed, 'Wednesday')} 16 September between 10:00 and 16:00 CEST:

https://app.greenhouse.io/candidate_availability/{h(c.seed('av'), 32)}

Once we have your availability, we will send you a calendar invitation with the confirmed time.

Best,
Bram Hendriks
Recruiter, Zuiderlicht Software

Powered by Greenhouse
"""
    c.put('01-greenhouse-availability-request.eml', human(
        seed=c.seed(1), frm=('Zuiderlicht Software', 'no-reply@greenhouse.io'), to=[OWNER_T], reply_to=bram,
        subject='Zuiderlicht Software: please share your availability for an interview',
        date=T(2026, 9, 7, 11, 25, 37, tz=UTC), text=text,
        msgid='<%s.%s@greenhouse.io>' % (h(c.seed(1), 24), h(c.seed('m'), 6)), relay='mail-out.greenhouse.io',
        return_path='bounces+%s@greenhouse.io' % h(c.seed('rp'), 10)))
    return c.cid, label([], 'medium', 'negative/availability-request',
                        'Greenhouse availability request with candidate time windows but no booked time; nothing '
                        'scheduled yet.')


# ============================================================================= main
def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith('b224-') and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for fn in CASES:
        cid, lab = fn()
        assert cid not in labels
        labels[cid] = lab
    ids = sorted(labels)
    assert ids == [c for c in sorted(os.listdir(HERE)) if c.startswith('b224-')]
    for i, cid in enumerate(ids, 1):
        assert cid.startswith('b224-%02d-' % i), cid
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        yaml.safe_dump({k: labels[k] for k in ids}, f, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for v in labels.values() if v['interview'])
    n_iv = [i for v in labels.values() for i in v['interviews']]
    print('cases=%d positives=%d negatives=%d interviews=%d (scheduled=%d cancelled=%d)' % (
        len(labels), pos, len(labels) - pos, len(n_iv), sum(i['status'] == 'scheduled' for i in n_iv),
        sum(i['status'] == 'cancelled' for i in n_iv)))


if __name__ == '__main__':
    main()
