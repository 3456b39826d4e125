#!/usr/bin/env python3
"""Regenerate the blind225 evaluation set (Karachi backend developer, PKT/GST/CET/GMT).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; every offset is computed
with zoneinfo and every weekday named in a case's text is asserted.  Standard library + PyYAML.

    python make_cases.py      # rewrites ./b225-*/ and ./labels.yaml next to this file
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = 'fahad.rizvi@example.com'
OWNER_NAME = 'Fahad Rizvi'

PKT = ZoneInfo('Asia/Karachi')
GST = ZoneInfo('Asia/Dubai')
BER = ZoneInfo('Europe/Berlin')
LON = ZoneInfo('Europe/London')
UTC = ZoneInfo('UTC')


# ----------------------------------------------------------------------------- time helpers
def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that the weekday named in the text is right for dt (in dt's own zone)."""
    assert dt.strftime('%A') == name, (dt.isoformat(), dt.strftime('%A'), name)
    return dt


def off(dt, hours):
    """Assert the UTC offset zoneinfo gives for dt (DST checks)."""
    assert dt.utcoffset() == timedelta(hours=hours), (dt.isoformat(), dt.utcoffset(), hours)
    return dt


def rfc(dt):
    return format_datetime(dt)


def utc_stamp(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def local_stamp(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def letters(seed, n):
    h = hashlib.sha256(seed.encode()).digest()
    return ''.join('abcdefghijkmnopqrstuvwxyz'[b % 25] for b in h[:n])


def meet(seed):
    return 'https://meet.google.com/%s-%s-%s' % (letters(seed + 'a', 3), letters(seed + 'b', 4), letters(seed + 'c', 3))


def gmail_id(seed):
    b = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode().replace('/', '_').replace('=', '')
    return '<CA%s%s@mail.gmail.com>' % (b[:12], b[12:40])


def outlook_id(seed, host):
    return '<%s%s@%s.PROD.OUTLOOK.COM>' % (host.split('.')[0], hx(seed, 12).upper(), host)


# ----------------------------------------------------------------------------- MIME helpers
def addr(name, email):
    return formataddr((name, email), charset='utf-8')


def fold(name, value):
    if value == '':
        return name + ':'
    if any(ord(c) > 127 for c in value):
        return name + ': ' + Header(value, 'utf-8', header_name=name).encode(linesep='\n')
    line = '%s: %s' % (name, value)
    if len(line) <= 78:
        return line
    out, cur = [], name + ':'
    for w in value.split(' '):
        if len(cur) + 1 + len(w) > 78 and cur.strip() and cur != name + ':':
            out.append(cur)
            cur = ' ' + w
        else:
            cur = cur + ' ' + w
    out.append(cur)
    return '\n'.join(out)


class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body


def leaf(ctype, content, cte='7bit', extra=()):
    data = content.encode('utf-8') if isinstance(content, str) else content
    if cte == 'base64':
        body = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data).decode('ascii')
    else:
        body = data.decode('utf-8')
    if not body.endswith('\n'):
        body += '\n'
    hdrs = [('Content-Type', ctype)]
    if cte:
        hdrs.append(('Content-Transfer-Encoding', cte))
    hdrs += list(extra)
    return Part(hdrs, body)


def render_part(p):
    return '\n'.join(fold(k, v) for k, v in p.headers) + '\n\n' + p.body


def multi(subtype, boundary, parts):
    body = ''
    for p in parts:
        body += '--%s\n%s\n' % (boundary, render_part(p))
    body += '--%s--\n' % boundary
    return Part([('Content-Type', 'multipart/%s; boundary="%s"' % (subtype, boundary))], body)


def eml(headers, part):
    hs = list(headers) + [('MIME-Version', '1.0')] + part.headers
    return ('\n'.join(fold(k, v) for k, v in hs) + '\n\n' + part.body).encode('utf-8')


def received(host, ip, date, seed):
    return ('Received', 'from %s (%s [%s]) by mx.example.com with ESMTPS id %s for <%s>; %s'
            % (host, host, ip, hx(seed, 10), OWNER, rfc(date.astimezone(UTC))))


URL_RE = re.compile(r'(https?://[^\s<>()]+)')


def to_html(text):
    paras = []
    for p in text.strip('\n').split('\n\n'):
        e = html.escape(p, quote=False)
        e = URL_RE.sub(r'<a href="\1">\1</a>', e)
        paras.append('<div>%s</div>' % e.replace('\n', '<br>'))
    return '<div><br></div>'.join(paras)


def html_doc(inner, font='Arial, sans-serif'):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr" style="font-family:%s">%s</div></body></html>\n' % (font, inner))


def quote_text(text):
    return '\n'.join(('>' + (' ' + l if l and not l.startswith('>') else l)) for l in text.strip('\n').split('\n'))


def gmail_attrib(dt, name, email):
    ampm = 'AM' if dt.hour < 12 else 'PM'
    h = dt.hour % 12 or 12
    return 'On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:' % (
        dt.strftime('%a'), dt.strftime('%b'), dt.day, dt.year, h, dt.minute, ampm, name, email)


def reply_bodies(new_text, attrib, old_text):
    text = new_text.rstrip('\n') + '\n\n' + attrib + '\n' + quote_text(old_text) + '\n'
    h = (to_html(new_text) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
         + html.escape(attrib, quote=False) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
         '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + to_html(old_text) + '</blockquote></div>')
    return text, html_doc(h)


def alt(seed, text, htmltext, cte_text='quoted-printable', cte_html='quoted-printable', text_ct=None):
    return multi('alternative', '0000000000%s' % hx(seed + 'alt', 14), [
        leaf(text_ct or 'text/plain; charset="UTF-8"', text, cte_text),
        leaf('text/html; charset="UTF-8"', htmltext, cte_html)])


# ----------------------------------------------------------------------------- iCalendar helpers
def ics_fold(line):
    if len(line.encode('utf-8')) <= 75:
        return line
    out, cur, n = [], '', 0
    for ch in line:
        l = len(ch.encode('utf-8'))
        if n + l > 75:
            out.append(cur)
            cur, n = ' ', 1
        cur += ch
        n += l
    out.append(cur)
    return '\r\n'.join(out)


def ics(lines):
    return ('\r\n'.join(ics_fold(l) for l in lines) + '\r\n').encode('utf-8')


def esc(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


VTZ = {
    'Asia/Karachi': ['BEGIN:VTIMEZONE', 'TZID:Asia/Karachi', 'X-LIC-LOCATION:Asia/Karachi', 'BEGIN:STANDARD',
                     'TZOFFSETFROM:+0500', 'TZOFFSETTO:+0500', 'TZNAME:PKT', 'DTSTART:19700101T000000',
                     'END:STANDARD', 'END:VTIMEZONE'],
    'Asia/Dubai': ['BEGIN:VTIMEZONE', 'TZID:Asia/Dubai', 'X-LIC-LOCATION:Asia/Dubai', 'BEGIN:STANDARD',
                   'TZOFFSETFROM:+0400', 'TZOFFSETTO:+0400', 'TZNAME:+04', 'DTSTART:19700101T000000',
                   'END:STANDARD', 'END:VTIMEZONE'],
    'Europe/London': ['BEGIN:VTIMEZONE', 'TZID:Europe/London', 'X-LIC-LOCATION:Europe/London',
                      'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'TZNAME:BST',
                      'DTSTART:19700329T010000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
                      'BEGIN:STANDARD', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'TZNAME:GMT',
                      'DTSTART:19701025T020000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
                      'END:VTIMEZONE'],
    'GMT Standard Time': ['BEGIN:VTIMEZONE', 'TZID:GMT Standard Time', 'BEGIN:STANDARD',
                          'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000',
                          'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
                          'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100',
                          'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE'],
    'Arabian Standard Time': ['BEGIN:VTIMEZONE', 'TZID:Arabian Standard Time', 'BEGIN:STANDARD',
                              'DTSTART:16010101T000000', 'TZOFFSETFROM:+0400', 'TZOFFSETTO:+0400', 'END:STANDARD',
                              'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0400',
                              'TZOFFSETTO:+0400', 'END:DAYLIGHT', 'END:VTIMEZONE'],
}


def attendee(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp=True, google=False):
    s = 'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s' % (role, partstat)
    if rsvp:
        s += ';RSVP=TRUE'
    s += ';CN=%s' % name
    if google:
        s += ';X-NUM-GUESTS=0'
    return s + ':mailto:' + email


# ----------------------------------------------------------------------------- Google Calendar invitations
GTZ_LONG = {'Asia/Karachi': 'Pakistan Standard Time - Karachi', 'Asia/Dubai': 'Gulf Standard Time - Dubai',
            'Europe/Berlin': 'Central European Time - Berlin', 'Europe/London': 'United Kingdom Time'}


def gabbr(dt):
    a = dt.tzname()
    return {'+04': 'GST'}.get(a, a)


def ghm(dt):
    h = dt.hour % 12 or 12
    return str(h) + (':%02d' % dt.minute if dt.minute else '') + ('am' if dt.hour < 12 else 'pm')


def g_subject_when(s, e):
    return '%s %d, %d %s - %s (%s)' % (s.strftime('%a %b'), s.day, s.year, ghm(s), ghm(e), gabbr(s))


def g_body_when(s, e):
    return '%s %d, %d \u22c5 %s \u2013 %s' % (s.strftime('%A %b'), s.day, s.year, ghm(s), ghm(e))


def google_event_ics(ev, method):
    cancel = method == 'CANCEL'
    desc = ev['description']
    if ev.get('meet') and not cancel:
        bar = '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'
        desc += ('\n\n%s\nJoin with Google Meet: %s\n\nLearn more about Meet at: '
                 'https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n%s'
                 % (bar, ev['meet'], bar))
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', 'METHOD:' + method, 'BEGIN:VEVENT',
             'DTSTART:' + utc_stamp(ev['start']), 'DTEND:' + utc_stamp(ev['end']),
             'DTSTAMP:' + utc_stamp(ev['stamp']),
             'ORGANIZER;CN=%s:mailto:%s' % ev['organizer'], 'UID:' + ev['uid']]
    for a in ev['attendees']:
        role, ps = a[2], a[3]
        if cancel:
            ps = 'NEEDS-ACTION' if a[1] == ev['self'] else ps
        lines.append(attendee(a[0], a[1], role, ps, google=True))
    if ev.get('meet') and not cancel:
        lines.append('X-GOOGLE-CONFERENCE:' + ev['meet'])
    lines += ['CREATED:' + utc_stamp(ev['created']), 'DESCRIPTION:' + esc(desc),
              'LAST-MODIFIED:' + utc_stamp(ev['stamp']), 'LOCATION:' + esc(ev.get('location', '')),
              'SEQUENCE:%d' % ev.get('seq', 0), 'STATUS:' + ('CANCELLED' if cancel else 'CONFIRMED'),
              'SUMMARY:' + esc(ev['summary']), 'TRANSP:OPAQUE']
    if not cancel:
        lines += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
                  'TRIGGER:-P0DT0H10M0S', 'END:VALARM']
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ics(lines)


def google_invite(ev, kind='invite'):
    """ev: uid, start, end (aware, in the organizer's display zone), organizer (name, email), attendees
    [(name, email, role, partstat)], summary, description, meet, location, seq, created, stamp (= sent),
    self (address the mail is for), to (header To), msgseed, extra_headers."""
    s, e = ev['start'], ev['end']
    self_addr = ev.get('self', OWNER)
    ev['self'] = self_addr
    prefix = {'invite': 'Invitation', 'update': 'Updated invitation', 'cancel': 'Canceled event'}[kind]
    subject = '%s: %s @ %s (%s)' % (prefix, ev['summary'], g_subject_when(s, e), self_addr)
    eid = base64.urlsafe_b64encode(('%s %s' % (ev['uid'].split('@')[0], self_addr)).encode()).decode().rstrip('=')
    view = 'https://calendar.google.com/calendar/event?action=VIEW&eid=' + eid
    tzlong = GTZ_LONG[s.tzinfo.key]
    lines = []
    if kind == 'cancel':
        lines += ['This event has been canceled and removed from your calendar.', '']
    if kind == 'update':
        lines += ['This event has been changed.', '']
    lines += [ev['summary'], g_body_when(s, e), tzlong, '']
    if ev.get('location'):
        lines += ['Location', ev['location'], '']
    if ev.get('meet') and kind != 'cancel':
        lines += ['Join with Google Meet', ev['meet'], '']
    lines += ['Organizer', ev['organizer'][0], ev['organizer'][1], '', 'Guests']
    for a in ev['attendees']:
        if a[1] == ev['organizer'][1]:
            lines += [a[0] + ' - organizer', a[1]]
        elif a[2] == 'OPT-PARTICIPANT':
            lines += [a[0] + ' - optional', a[1]]
        elif a[1] == self_addr:
            lines += [a[1]]
        else:
            lines += [a[0], a[1]]
    if kind != 'cancel':
        lines += ['View all guest info ' + view]
    lines += ['', ev['description'], '']
    if kind != 'cancel':
        lines += ['Reply for %s and view more details %s' % (self_addr, view), '']
    lines += ['~~//~~', 'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
              'You are receiving this email because you are an attendee on the event.', '',
              'Forwarding this invitation could allow any recipient to send a response to the organizer, be '
              'added to the guest list, invite others regardless of their own invitation status, or modify your '
              'RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
    text = '\n'.join(lines) + '\n'
    h = ''.join('<p>%s</p>' % URL_RE.sub(r'<a href="\1">\1</a>', html.escape(p, quote=False)).replace('\n', '<br>')
                for p in text.strip().split('\n\n'))
    htmltext = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                '<div style="font-family:Roboto,Helvetica,Arial,sans-serif">%s</div></body></html>\n' % h)
    method = 'CANCEL' if kind == 'cancel' else 'REQUEST'
    cal = google_event_ics(ev, method)
    seed = ev['msgseed']
    inner = multi('alternative', '0000000000%s' % hx(seed + 'a', 14), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
        leaf('text/html; charset="UTF-8"', htmltext, 'quoted-printable'),
        leaf('text/calendar; charset="UTF-8"; method=' + method, cal, 'base64')])
    outer = multi('mixed', '0000000000%s' % hx(seed + 'm', 14), [
        inner, leaf('application/ics; name="%s"' % ('invite.ics'), cal, 'base64',
                    [('Content-Disposition', 'attachment; filename="invite.ics"')])])
    sent = ev['stamp']
    hdrs = [('Delivered-To', OWNER),
            received('mail-sor-f%02d.google.com' % (int(hx(seed, 2), 16) % 90), '209.85.220.%d' % (int(hx(seed, 2), 16) % 200 + 20), sent + timedelta(seconds=1), seed),
            ('Return-Path', '<%s@calendar-server.bounces.google.com>' % letters(seed + 'rp', 22))]
    hdrs += ev.get('extra_headers', [])
    hdrs += [('Reply-To', addr(*ev['organizer'])), ('Sender', 'Google Calendar <calendar-notification@google.com>'),
             ('Message-ID', '<calendar-%s-%s-%s-%s-%s@google.com>' % (hx(seed, 8), hx(seed + '1', 4), hx(seed + '2', 4), hx(seed + '3', 4), hx(seed + '4', 12))),
             ('Date', rfc(sent.astimezone(UTC))), ('Subject', subject), ('From', addr(*ev['organizer'])),
             ('To', ev.get('to', self_addr))]
    return eml(hdrs, outer)


# ----------------------------------------------------------------------------- Outlook / Exchange invitations
TEAMS = ('________________________________________________________________________________\n'
         'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
         'Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pc}\n'
         'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the '
         'web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting>'
         ' | Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
         '________________________________________________________________________________')


def teams_url(seed):
    return ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d'
            % (base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:32].replace('/', 'x').replace('+', 'y'),
               hx(seed + 'tid', 8) + '-' + hx(seed + 't2', 4) + '-' + hx(seed + 't3', 4) + '-' + hx(seed + 't4', 4) + '-' + hx(seed + 't5', 12)))


def outlook_invite(ev):
    """Exchange Online meeting request: multipart/alternative text/plain + text/html + text/calendar (base64)."""
    seed = ev['msgseed']
    url = teams_url(ev['uid'])
    mid = '%s %s %s %s' % tuple(str(int(hx(ev['uid'] + 'mid', 12), 16))[i:i + 3] for i in (0, 3, 6, 9))
    pc = letters(ev['uid'] + 'pc', 6).capitalize()
    teams = TEAMS.format(url=url, mid=mid, pc=pc)
    text = ev['description'].rstrip('\n') + '\n\n' + teams + '\n'
    tz = ev['tzid']
    s, e = ev['start'], ev['end']
    lines = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    lines += VTZ[tz]
    lines += ['BEGIN:VEVENT', 'ORGANIZER;CN=%s:mailto:%s' % ev['organizer']]
    for a in ev['attendees']:
        lines.append(attendee(a[0], a[1], a[2], a[3], rsvp=True))
    lines += ['DESCRIPTION;LANGUAGE=%s:%s' % (ev.get('lang', 'en-US'), esc(text)),
              'UID:' + ev['uid'], 'SUMMARY;LANGUAGE=%s:%s' % (ev.get('lang', 'en-US'), esc(ev['summary'])),
              'DTSTART;TZID=%s:%s' % (tz, local_stamp(s)), 'DTEND;TZID=%s:%s' % (tz, local_stamp(e)),
              'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + utc_stamp(ev['stamp']), 'TRANSP:OPAQUE',
              'STATUS:CONFIRMED', 'SEQUENCE:%d' % ev['seq'],
              'LOCATION;LANGUAGE=%s:Microsoft Teams Meeting' % ev.get('lang', 'en-US'),
              'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % ev['seq'],
              'X-MICROSOFT-CDO-OWNERAPPTID:%d' % (int(hx(ev['uid'] + 'own', 7), 16) % 2000000000),
              'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
              'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
              'X-MICROSOFT-SKYPETEAMSMEETINGURL:' + url,
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}',
              'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE',
              'X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting',
              'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
              'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    cal = ics(lines)
    hbody = to_html(ev['description']) + '<div><br></div><div style="width:100%">' + html.escape(
        'Microsoft Teams meeting', quote=False) + '<br><a href="%s">Click here to join the meeting</a><br>Meeting ID: %s<br>Passcode: %s</div>' % (
        html.escape(url), mid, pc)
    htmltext = html_doc(hbody, 'Aptos, Calibri, sans-serif')
    host = ev['host']
    bnd = '_000_%s%s_' % (host.split('.')[0], hx(seed, 12).upper())
    part = multi('alternative', bnd, [
        leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', htmltext, 'quoted-printable'),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', cal, 'base64')])
    sent = ev['stamp']
    req = [a for a in ev['attendees'] if a[2] == 'REQ-PARTICIPANT']
    opt = [a for a in ev['attendees'] if a[2] == 'OPT-PARTICIPANT']
    hdrs = [('Delivered-To', OWNER),
            received('mail-%s.outbound.protection.outlook.com' % host.split('.')[0].lower(), '52.101.%d.%d' % (int(hx(seed, 2), 16) % 200, int(hx(seed + 'x', 2), 16) % 250),
                     sent + timedelta(seconds=2), seed)]
    hdrs += [('From', addr(*ev['from']))]
    if ev.get('sender'):
        hdrs.append(('Sender', addr(*ev['sender'])))
    hdrs += [('To', ', '.join(addr(a[0], a[1]) for a in req))]
    if opt:
        hdrs.append(('CC', ', '.join(addr(a[0], a[1]) for a in opt)))
    hdrs += [('Subject', ev['summary']), ('Thread-Topic', ev['summary']),
             ('Thread-Index', base64.b64encode(hashlib.sha256(ev['uid'].encode()).digest()[:22]).decode()),
             ('Date', rfc(sent.astimezone(UTC))), ('Message-ID', outlook_id(seed, host)),
             ('Accept-Language', 'en-US'), ('Content-Language', ev.get('lang', 'en-US')),
             ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
             ('msip_labels', '')]
    return eml(hdrs, part)


# ----------------------------------------------------------------------------- plain human mail
def human(*, frm, to, subject, date, msgid, text, htmltext=None, cc=None, reply_to=None, in_reply_to=None,
          references=None, client='gmail', seed, extra=(), attachments=(), host_ip=('mail-wm1-f54.google.com', '209.85.128.54'),
          cte='quoted-printable'):
    if htmltext is None:
        htmltext = html_doc(to_html(text))
    if client == 'plain':
        body = leaf('text/plain; charset="UTF-8"', text, cte)
    else:
        body = alt(seed, text, htmltext, cte, 'quoted-printable')
    if attachments:
        body = multi('mixed', '0000000000%s' % hx(seed + 'mx', 14), [body] + list(attachments))
    hdrs = [('Delivered-To', OWNER), received(host_ip[0], host_ip[1], date + timedelta(seconds=3), seed)]
    hdrs += list(extra)
    hdrs += [('From', frm), ('Date', rfc(date)), ('Message-ID', msgid), ('Subject', subject), ('To', to)]
    if cc:
        hdrs.append(('Cc', cc))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
        hdrs.append(('References', references or in_reply_to))
    return eml(hdrs, body)


def ics_attachment(cal, filename, method='REQUEST', cte='base64'):
    return leaf('text/calendar; charset="UTF-8"; method=%s; name="%s"' % (method, filename), cal, cte,
                [('Content-Disposition', 'attachment; filename="%s"' % filename)])


def gcal_json(obj):
    return (json.dumps(obj, indent=2, ensure_ascii=False) + '\n').encode('utf-8')


def gcal_time(dt):
    return {'dateTime': dt.isoformat(), 'timeZone': dt.tzinfo.key}


def iso_z(dt, ms=0):
    return dt.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S') + '.%03dZ' % ms


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {'company': company, 'role': role, 'start': start.isoformat(),
            'end': end.isoformat() if end else None, 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followups), 'kind': kind}


def lab(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# =============================================================================== POSITIVE CASES
@case
def c01():
    cid = 'b225-01-jobboard-relay-kal-3-baje'
    sent = wd(T(2026, 2, 9, 18, 42, PKT, 10), 'Monday')
    start = wd(T(2026, 2, 10, 15, 0, PKT), 'Tuesday')     # "kal (Mangal) dopahar 3 baje"
    end = start + timedelta(minutes=45)                    # "takreeban 45 minute"
    employer = (
        'Assalam o Alaikum Fahad sahab,\n\n'
        'Aap ki application Backend Developer (Go) ki position ke liye shortlist ho\n'
        'gayi hai. Aap ka technical interview kal (Mangal) dopahar 3 baje hamare\n'
        'office mein hoga:\n\n'
        'Bandar Systems\n3rd Floor, Plot 14-C, Bukhari Commercial, Lane 6\nDHA Phase 6, Karachi\n\n'
        'Interview hamare Engineering Lead Kashif Jamil sahab lenge aur takreeban\n'
        '45 minute ka hoga. Go, PostgreSQL aur REST APIs par baat hogi, aur ek\n'
        'chhota sa whiteboard problem bhi. Apna CNIC aur CV ki copy saath layen,\n'
        'reception par mera naam batayen.\n\n'
        'Agar kal kisi wajah se na aa saken to please is email par ya\n'
        '0301-2345678 par bata dein taake hum naya time set kar saken.\n\n'
        'Shukriya,\nMehwish Anjum\nHR Officer | Bandar Systems\nmehwish.anjum@bandarsys.example\n')
    text = ('Kaamyab Jobs | Employer ka message\n\n'
            'Fahad Rizvi, aap ko Bandar Systems ki taraf se naya message mila hai.\n\n'
            'Job: Backend Developer (Go) | Karachi | Full-time\nJob ID: KJ-448812\n\n'
            '---------------------------------------------\n' + employer +
            '---------------------------------------------\n\n'
            'Employer ko jawab dene ke liye is email ka reply karein.\n\n'
            'Aap ke liye mazeed jobs:\n'
            '* Senior Software Engineer (Java) - Lahore - Walk-in interview Saturday\n'
            '* Backend Engineer (Node.js) - Karachi - Rs. 350,000 - 450,000\n'
            '* DevOps Engineer - Islamabad - Remote\n\n'
            'Yeh email aap ko is liye mili kyun ke aap ne Kaamyab Jobs par apply kiya\n'
            'tha. Settings: https://www.kaamyabjobs.example/settings\n'
            '(c) 2026 Kaamyab Jobs, Shahrah-e-Faisal, Karachi.\n')
    htmltext = html_doc(
        '<table width="600" style="border:1px solid #e0e0e0"><tr><td style="background:#0b6e4f;color:#fff;padding:12px">'
        '<b>Kaamyab Jobs</b> | Employer ka message</td></tr><tr><td style="padding:12px">'
        '<p>Fahad Rizvi, aap ko <b>Bandar Systems</b> ki taraf se naya message mila hai.</p>'
        '<p>Job: <a href="https://www.kaamyabjobs.example/jobs/KJ-448812">Backend Developer (Go)</a> | Karachi | Full-time<br>Job ID: KJ-448812</p>'
        '<div style="background:#f6f6f6;padding:10px;border-left:3px solid #0b6e4f">' + to_html(employer) + '</div>'
        '<p>Employer ko jawab dene ke liye is email ka reply karein.</p>'
        '<p><b>Aap ke liye mazeed jobs:</b><br>Senior Software Engineer (Java) - Lahore - Walk-in interview Saturday<br>'
        'Backend Engineer (Node.js) - Karachi - Rs. 350,000 - 450,000<br>DevOps Engineer - Islamabad - Remote</p>'
        '<p style="font-size:11px;color:#888">Yeh email aap ko is liye mili kyun ke aap ne Kaamyab Jobs par apply kiya tha. '
        '<a href="https://www.kaamyabjobs.example/settings">Settings</a><br>(c) 2026 Kaamyab Jobs, Shahrah-e-Faisal, Karachi.</p>'
        '</td></tr></table>')
    msg = human(frm=addr('Kaamyab Jobs', 'no-reply@kaamyabjobs.example'), to=addr(OWNER_NAME, OWNER),
                subject='Bandar Systems ne aap ko message bheja hai: Backend Developer (Go)', date=sent,
                msgid='<20260209134210.7731.KJ448812@mailer.kaamyabjobs.example>', text=text, htmltext=htmltext,
                reply_to=addr('Mehwish Anjum (Bandar Systems)', 'mehwish.anjum@bandarsys.example'), seed=cid,
                host_ip=('mta-07.kaamyabjobs.example', '203.0.113.57'),
                extra=[('Return-Path', '<bounce+fr7731@mailer.kaamyabjobs.example>'),
                       ('List-Unsubscribe', '<https://www.kaamyabjobs.example/unsubscribe?u=fr7731>'),
                       ('X-Kaamyab-Job-Id', 'KJ-448812')])
    items = [('01-kaamyab-employer-message.eml', msg)]
    label = lab([iv('Bandar Systems', 'Backend Developer (Go)', start, end, 'scheduled', [],
                    ['mehwish.anjum@bandarsys.example'], 'technical')],
                'hard', 'positive/jobboard-relay-roman-urdu',
                'Job-board relay (no-reply sender, Reply-To the HR officer). Roman Urdu "kal (Mangal) dopahar 3 baje" '
                'resolved against Date Mon 9 Feb 2026 18:42 +0500 -> Tue 10 Feb 15:00 PKT; "takreeban 45 minute" gives the end. '
                'Interviewer Kashif Jamil has no address in the case, so interviewer_emails is empty and follow-up goes to '
                'the HR officer. The "Walk-in interview Saturday" line in the job-board footer is an ad, not an interview.')
    return cid, items, label


@case
def c02():
    cid = 'b225-02-lever-recruiter-screen-gst'
    sent = wd(T(2026, 3, 2, 9, 15, UTC, 33), 'Monday')
    start = off(wd(T(2026, 3, 4, 11, 0, GST), 'Wednesday'), 4)
    end = start + timedelta(minutes=30)
    assert start.astimezone(PKT).hour == 12
    link = meet(cid)
    text = ('Hi Fahad,\n\n'
            'Thanks for finding a time to chat with Dhow Pay! Your interview is confirmed. Here are the details:\n\n'
            'Senior Backend Engineer (Remote - Pakistan/UAE)\n\n'
            'Wednesday, March 4, 2026\n11:00 AM - 11:30 AM (GMT+04:00) Gulf Standard Time - Dubai\n\n'
            'Recruiter screen with Rania Haddad, Talent Acquisition Partner\n'
            'Location: ' + link + '\n\n'
            'Note from Rania: We\'ll keep it to 30 minutes - that\'s 12:00 noon in Karachi. Ramadan Kareem! Our team '
            'is on reduced Ramadan hours (9:00 AM - 3:00 PM Dubai time) until Eid, so replies may be a little slower.\n\n'
            'A calendar invitation is attached. If you need to reschedule, reply to this email or write to Rania '
            'directly at rania.haddad@dhowpay.example.\n\n'
            'Best,\nDhow Pay Talent Team\n\n--\nPowered by Lever\n')
    uid = 'lever-interview-%s-%s' % (hx(cid, 8), hx(cid + 'u', 12))
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//Lever//Lever Interview Scheduling//EN', 'VERSION:2.0',
               'CALSCALE:GREGORIAN', 'METHOD:REQUEST'] + VTZ['Asia/Dubai'] + [
        'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:' + utc_stamp(sent), 'SEQUENCE:0',
        'DTSTART;TZID=Asia/Dubai:' + local_stamp(start), 'DTEND;TZID=Asia/Dubai:' + local_stamp(end),
        'SUMMARY:' + esc('Dhow Pay - Recruiter Screen (Fahad Rizvi)'),
        'ORGANIZER;CN=Rania Haddad:mailto:rania.haddad@dhowpay.example',
        attendee('Rania Haddad', 'rania.haddad@dhowpay.example', partstat='ACCEPTED', rsvp=False),
        attendee('Fahad Rizvi', OWNER),
        'LOCATION:' + link,
        'DESCRIPTION:' + esc('Recruiter screen for Senior Backend Engineer (Remote - Pakistan/UAE) with Rania Haddad.\nJoin: ' + link),
        'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    htmltext = html_doc(
        '<table width="560" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;font-size:15px">' + to_html(text) +
        '</td></tr></table>', 'Helvetica, Arial, sans-serif')
    msg = human(frm=addr('Dhow Pay', 'no-reply@hire.lever.co'), to=OWNER,
                subject='Interview confirmation: Dhow Pay - Senior Backend Engineer (Remote - Pakistan/UAE)',
                date=sent, msgid='<%s.%s@hire.lever.co>' % (hx(cid + 'm', 24), hx(cid + 'n', 8)), text=text,
                htmltext=htmltext, reply_to=addr('Rania Haddad', 'rania.haddad@dhowpay.example'), seed=cid,
                host_ip=('o3.email.lever.co', '198.51.100.23'),
                attachments=[ics_attachment(cal, 'invite.ics')],
                extra=[('Return-Path', '<bounces+1843992-%s@email.lever.co>' % hx(cid, 6))])
    items = [('01-lever-interview-confirmed.eml', msg)]
    label = lab([iv('Dhow Pay', 'Senior Backend Engineer (Remote - Pakistan/UAE)', start, end, 'scheduled',
                    ['rania.haddad@dhowpay.example'], ['rania.haddad@dhowpay.example'], 'phone_screen')],
                'medium', 'positive/ats-lever-gst',
                'Lever confirmation from no-reply@hire.lever.co with invite.ics (TZID=Asia/Dubai, VTIMEZONE +0400). '
                '11:00 GST = 12:00 PKT (stated). The recruiter conducts the screen, so she is interviewer and follow-up. '
                'Ramadan-hours remark is noise.')
    return cid, items, label


@case
def c03():
    cid = 'b225-03-workable-technical-plus-api-event'
    sent = wd(T(2026, 3, 12, 9, 5, UTC, 41), 'Thursday')
    start = wd(T(2026, 3, 16, 16, 30, PKT), 'Monday')
    end = start + timedelta(hours=1)
    link = meet(cid)
    hira = ('Hira Nadeem', 'hira.nadeem@saahilsoft.example')
    usama = ('Usama Tariq', 'usama.tariq@saahilsoft.example')
    text = ('Hi Fahad,\n\n'
            'Thank you for your interest in the Senior Python Developer role at Saahil Soft. We would like to invite '
            'you to a technical interview.\n\n'
            'Interview details\n'
            'Type: Technical interview (video call)\n'
            'Date: Monday, March 16, 2026\n'
            'Time: 4:30 PM - 5:30 PM (Asia/Karachi, GMT+5)\n'
            'Interviewer: Usama Tariq, Lead Engineer\n'
            'Location: Google Meet - ' + link + '\n\n'
            'Usama will walk through a small Django/Celery codebase with you and ask you to find why one endpoint is '
            'slow, so please have a Python environment ready and share your screen.\n\n'
            'Please confirm your attendance using the link below, or reply to this email if the time does not work.\n'
            'Confirm attendance: https://apply.workable.com/saahil-soft/j/4C1D7F20AE/interview/confirm\n\n'
            'Regards,\nHira Nadeem\nTalent Acquisition, Saahil Soft\nhira.nadeem@saahilsoft.example\n\n'
            '--\nThis email was sent to you by Saahil Soft via Workable.\n')
    uid = 'workable-event-%s@workable.com' % hx(cid + 'uid', 20)
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Workable//Workable Calendar//EN', 'METHOD:REQUEST']
              + VTZ['Asia/Karachi'] + [
        'BEGIN:VEVENT', 'UID:' + uid, 'SEQUENCE:0', 'DTSTAMP:' + utc_stamp(sent),
        'DTSTART;TZID=Asia/Karachi:' + local_stamp(start), 'DTEND;TZID=Asia/Karachi:' + local_stamp(end),
        'SUMMARY:' + esc('Technical interview: Fahad Rizvi - Senior Python Developer (Saahil Soft)'),
        'DESCRIPTION:' + esc('Technical interview with Usama Tariq (Lead Engineer).\nGoogle Meet: ' + link),
        'LOCATION:' + link, 'ORGANIZER;CN=Hira Nadeem:mailto:hira.nadeem@saahilsoft.example',
        attendee(usama[0], usama[1], partstat='ACCEPTED'), attendee(OWNER_NAME, OWNER),
        'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    msg = human(frm=addr('Saahil Soft', 'noreply@candidates.workablemail.com'), to=addr(OWNER_NAME, OWNER),
                subject='Interview invitation: Senior Python Developer at Saahil Soft', date=sent,
                msgid='<%s@candidates.workablemail.com>' % hx(cid + 'mid', 32), text=text,
                reply_to='saahil-soft+%s@candidates.workablemail.com' % hx(cid, 10), seed=cid,
                host_ip=('mail-a12.candidates.workablemail.com', '198.51.100.84'),
                attachments=[ics_attachment(cal, 'interview.ics')])
    api = {
        'kind': 'calendar#event', 'etag': '"%d"' % (int(hx(cid + 'etag', 13), 16)),
        'id': letters(cid + 'gid', 26), 'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' + base64.urlsafe_b64encode(
            (letters(cid + 'gid', 26) + ' ' + OWNER).encode()).decode().rstrip('='),
        'created': iso_z(sent + timedelta(minutes=7)), 'updated': iso_z(sent + timedelta(minutes=52), 418),
        'summary': 'Technical interview: Fahad Rizvi - Senior Python Developer (Saahil Soft)',
        'description': 'Technical interview with Usama Tariq (Lead Engineer).\nGoogle Meet: ' + link,
        'location': link,
        'creator': {'email': OWNER, 'self': True},
        'organizer': {'email': hira[1], 'displayName': hira[0]},
        'start': gcal_time(start), 'end': gcal_time(end), 'iCalUID': uid, 'sequence': 0,
        'attendees': [{'email': hira[1], 'displayName': hira[0], 'organizer': True, 'responseStatus': 'accepted'},
                      {'email': usama[1], 'displayName': usama[0], 'responseStatus': 'accepted'},
                      {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}],
        'guestsCanInviteOthers': False, 'privateCopy': True,
        'reminders': {'useDefault': True}, 'eventType': 'default'}
    items = [('01-workable-interview-invitation.eml', msg), ('02-saahil-technical-interview.gcal.json', gcal_json(api))]
    label = lab([iv('Saahil Soft', 'Senior Python Developer', start, end, 'scheduled', [usama[1]], [usama[1]], 'technical')],
                'medium', 'positive/dedupe-ats-workable-and-api',
                'Workable invitation (.ics TZID=Asia/Karachi) plus the same event as a Calendar API item (imported copy, '
                'same iCalUID): ONE interview. Hira only coordinates (organizer); Usama conducts.')
    return cid, items, label


@case
def c04():
    cid = 'b225-04-berlin-pair-programming-dst-end'
    sent1 = wd(T(2026, 10, 20, 11, 20, BER, 7), 'Tuesday')
    start = off(wd(T(2026, 10, 27, 16, 0, BER), 'Tuesday'), 1)       # after EU DST end (25 Oct)
    end = start + timedelta(minutes=90)
    assert start.astimezone(PKT).hour == 20 and end.astimezone(PKT).strftime('%H:%M') == '21:30'
    assert wd(T(2026, 10, 25, 12, 0, BER), 'Sunday').utcoffset() == timedelta(hours=1)
    assert (start - timedelta(days=7)).utcoffset() == timedelta(hours=2)   # "not 19:00 as it would be this week"
    jana = ('Jana Völker', 'jana.voelker@kranich-ledger.example')
    matthias = ('Matthias Brenner', 'matthias.brenner@kranich-ledger.example')
    text = ('Hi Fahad,\n\n'
            'thanks again for the good conversation last week \u2013 the team would like to move you to the next stage '
            'for the Senior Backend Engineer (Go) role.\n\n'
            'Next step is a 90-minute pair-programming session with Matthias Brenner from our Payments Platform team. '
            'You will share a screen and extend a small Go service together (no LeetCode, no trick questions). '
            'Matthias drives for the first ten minutes, then it is your keyboard.\n\n'
            'We have booked it for Tuesday, 27 October, 16:00\u201317:30 Berlin time. Heads-up: Germany switches back '
            'from summer time on Sunday 25 October, so this is 20:00\u201321:30 for you in Karachi \u2013 not 19:00 '
            'as it would be this week. Matthias will send the Google Meet invite shortly.\n\n'
            'If anything comes up, just reply here.\n\n'
            'Viele Grüße\nJana\n\n--\nJana Völker\nTalent Acquisition | Kranich Ledger GmbH\n'
            'Torstraße 118, 10119 Berlin\njana.voelker@kranich-ledger.example\n')
    m1 = human(frm=addr(*jana), to=addr(OWNER_NAME, OWNER), subject='Next step: pair programming with Matthias',
               date=sent1, msgid=gmail_id(cid + '1'), text=text, seed=cid + '1',
               host_ip=('mail-ej1-f48.google.com', '209.85.218.48'))
    sent2 = T(2026, 10, 20, 9, 41, UTC, 7)
    ev = {'uid': letters(cid + 'uid', 26) + '@google.com', 'start': start, 'end': end, 'organizer': matthias,
          'attendees': [(matthias[0], matthias[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                        (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                        (jana[0], jana[1], 'OPT-PARTICIPANT', 'ACCEPTED')],
          'summary': 'Pair programming \u2013 Fahad Rizvi x Kranich Ledger',
          'description': 'Pair-programming interview for the Senior Backend Engineer (Go) role. I will share the repo '
                         'link at the start of the call \u2013 a recent Go toolchain and your usual editor are all you '
                         'need.\n\nMatthias', 'meet': meet(cid + 'm'), 'created': sent2, 'stamp': sent2, 'seq': 0,
          'msgseed': cid + '2'}
    m2 = google_invite(ev)
    items = [('01-jana-next-step-pair-programming.eml', m1), ('02-invitation-pair-programming.eml', m2)]
    label = lab([iv('Kranich Ledger GmbH', 'Senior Backend Engineer (Go)', start, end, 'scheduled',
                    [matthias[1]], [matthias[1]], 'technical')],
                'hard', 'positive/dst-berlin-pair-programming',
                'Recruiter mail sent in CEST (+0200) for a session after the EU DST end (25 Oct 2026): 16:00 Berlin on '
                '27 Oct is +0100 = 20:00 PKT (the mail says so). Google invite carries UTC (15:00Z) and a "(CET)" subject. '
                'Mail + invite = ONE interview. Jana is an optional attendee/coordinator, not an interviewer.')
    return cid, items, label


@case
def c05():
    cid = 'b225-05-london-hm-rescheduled-across-dst'
    grace = ('Grace Ademola', 'grace.ademola@thistlequay.example')
    oliver = ('Oliver Pennington', 'oliver.pennington@thistlequay.example')
    host = 'LO4P265MB6172.GBRP265'
    orig = off(wd(T(2026, 10, 22, 15, 0, LON), 'Thursday'), 1)
    new = off(wd(T(2026, 10, 26, 10, 0, LON), 'Monday'), 0)
    assert new.astimezone(PKT).hour == 15
    dur = timedelta(minutes=45)
    uid = '040000008200E00074C5B7101A82E00800000000%s' % hx(cid + 'uid', 72).upper()
    summary = 'Hiring Manager Interview \u2013 Fahad Rizvi \u2013 Backend Engineer (Settlements)'
    desc = ('Hi Fahad,\n\nThis is your 45-minute conversation with Oliver Pennington, Head of Settlements '
            'Engineering, for the Backend Engineer (Settlements) role. Oliver will talk about the team and the '
            'reconciliation platform, and would like to hear about a system you have owned end to end.\n\n'
            'The call is on Microsoft Teams; you do not need an account to join from the browser.\n\n'
            'Kind regards,\nGrace Ademola\nRecruitment Coordinator | Thistle & Quay\n' + grace[1])
    atts = [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'), (oliver[0], oliver[1], 'REQ-PARTICIPANT', 'ACCEPTED')]
    s1 = wd(T(2026, 10, 15, 13, 2, UTC, 44), 'Thursday')
    inv1 = outlook_invite({'uid': uid, 'organizer': grace, 'from': grace, 'attendees': atts, 'tzid': 'GMT Standard Time',
                           'start': orig, 'end': orig + dur, 'summary': summary, 'description': desc, 'seq': 0,
                           'stamp': s1, 'msgseed': cid + '1', 'host': host, 'lang': 'en-GB'})
    s2 = wd(T(2026, 10, 20, 8, 55, UTC, 10), 'Tuesday')
    t2 = ('Hi Fahad,\n\nApologies for the late change \u2013 Oliver has been called into a regulatory review on '
          'Thursday afternoon and won\'t be able to make your interview at 15:00.\n\n'
          'Could we move it to Monday 26 October at 10:00 UK time instead? Same 45 minutes, same Teams link. Just a '
          'heads-up that UK clocks go back an hour on Sunday 25th, so 10:00 on Monday would be 15:00 for you in '
          'Karachi.\n\nIf that works I\'ll update the invite.\n\nKind regards,\nGrace\n\n'
          'Grace Ademola\nRecruitment Coordinator | Thistle & Quay\n' + grace[1] + '\n')
    id2 = outlook_id(cid + '2', host)
    ol_hdr = [('Thread-Topic', 'Your interview on Thursday'), ('Accept-Language', 'en-GB, en-US'),
              ('Content-Language', 'en-GB'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    m2 = human(frm=addr(*grace), to=addr(OWNER_NAME, OWNER), cc=addr(*oliver), subject='Your interview on Thursday',
               date=s2, msgid=id2, text=t2, seed=cid + '2', host_ip=('mail-lo4gbr01on2091.outbound.protection.outlook.com', '52.101.129.91'),
               extra=ol_hdr)
    owner_reply_at = wd(T(2026, 10, 20, 14, 31, PKT, 5), 'Tuesday')
    fahad_said = ('Hi Grace,\n\nNo problem at all \u2013 Monday 26 October at 10:00 UK time (15:00 PKT) works for me.\n\n'
                  'Best regards,\nFahad\n')
    s3 = wd(T(2026, 10, 20, 9, 48, UTC, 29), 'Tuesday')
    quoted = ('From: Fahad Rizvi <%s>\nSent: Tuesday, October 20, 2026 10:31 AM\nTo: Grace Ademola <%s>\n'
              'Cc: Oliver Pennington <%s>\nSubject: Re: Your interview on Thursday\n\n' % (OWNER, grace[1], oliver[1])
              + fahad_said)
    assert owner_reply_at.astimezone(LON).strftime('%H:%M') == '10:31'
    t3 = ('Thanks Fahad \u2013 updated invite on its way. Speak Monday!\n\nGrace\n\n'
          '________________________________\n' + quoted)
    m3 = human(frm=addr(*grace), to=addr(OWNER_NAME, OWNER), cc=addr(*oliver), subject='RE: Your interview on Thursday',
               date=s3, msgid=outlook_id(cid + '3', host), text=t3, seed=cid + '3',
               in_reply_to=gmail_id(cid + 'fahad'), references=id2 + ' ' + gmail_id(cid + 'fahad'),
               host_ip=('mail-lo4gbr01on2092.outbound.protection.outlook.com', '52.101.129.92'),
               extra=[('Thread-Topic', 'Your interview on Thursday'), ('Content-Language', 'en-GB')])
    s4 = wd(T(2026, 10, 20, 9, 51, UTC, 2), 'Tuesday')
    inv2 = outlook_invite({'uid': uid, 'organizer': grace, 'from': grace, 'attendees': atts, 'tzid': 'GMT Standard Time',
                           'start': new, 'end': new + dur, 'summary': summary, 'description': desc, 'seq': 1,
                           'stamp': s4, 'msgseed': cid + '4', 'host': host, 'lang': 'en-GB'})
    items = [('01-invite-hiring-manager-interview.eml', inv1), ('02-grace-can-we-move-to-monday.eml', m2),
             ('03-re-monday-confirmed.eml', m3), ('04-updated-invite-hiring-manager-interview.eml', inv2)]
    label = lab([iv('Thistle & Quay', 'Backend Engineer (Settlements)', new, new + dur, 'scheduled',
                    [oliver[1]], [oliver[1]], 'hiring_manager')],
                'hard', 'positive/reschedule-london-dst',
                'Exchange/Teams invite with Windows TZID "GMT Standard Time": Thu 22 Oct 15:00 BST (+0100), moved by mail '
                'and an updated request (same UID, SEQUENCE 1) to Mon 26 Oct 10:00 GMT (+0000, after the UK DST end) = '
                '15:00 PKT. One interview at the final time. Grace only coordinates.')
    return cid, items, label


@case
def c06():
    cid = 'b225-06-eid-holiday-cancellation'
    saba = ('Saba Farooq', 'saba.farooq@tezraftar.example')
    danish = ('Danish Iqbal', 'danish.iqbal@tezraftar.example')
    start = wd(T(2026, 5, 26, 11, 0, PKT), 'Tuesday')
    end = start + timedelta(hours=1)
    gid = letters(cid + 'gid', 26)
    s1 = wd(T(2026, 5, 20, 7, 12, UTC, 30), 'Wednesday')
    ev = {'uid': gid + '@google.com', 'start': start, 'end': end, 'organizer': saba,
          'attendees': [(saba[0], saba[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                        (danish[0], danish[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                        (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
          'summary': 'Tezraftar Payments \u2013 Technical Interview (Fahad Rizvi)',
          'description': 'Technical round for Backend Engineer \u2013 Wallets.\nInterviewer: Danish Iqbal (Senior '
                         'Backend Engineer).\nTopics: Go/Java microservices, idempotent payment APIs, PostgreSQL '
                         'transactions.\n\nSaba Farooq, Talent Acquisition',
          'meet': meet(cid), 'created': s1, 'stamp': s1, 'seq': 0, 'msgseed': cid + '1'}
    m1 = google_invite(dict(ev))
    s2 = wd(T(2026, 5, 22, 17, 10, PKT, 44), 'Friday')
    t2 = ('Assalam o Alaikum Fahad,\n\n'
          'Umeed hai aap khairiyat se honge. Government ne Eid ul Adha ki chuttiyan 26 se 29 May tak announce kar '
          'di hain, is liye humein Mangal 26 May ka aap ka technical interview (11 baje, Danish ke saath) cancel '
          'karna par raha hai. Office Eid ke baad 1 June ko khulega.\n\n'
          'Eid ke baad hum aap se naya time set karne ke liye rabta karenge, InshaAllah. Calendar invite bhi cancel '
          'kar rahi hoon.\n\nAap ko aur family ko Eid Mubarak in advance!\n\n'
          'Regards,\nSaba Farooq\nTalent Acquisition | Tezraftar Payments\n' + saba[1] + '\n')
    wd(T(2026, 6, 1, 9, 0, PKT), 'Monday')
    m2 = human(frm=addr(*saba), to=addr(OWNER_NAME, OWNER), cc=addr(*danish),
               subject='Technical interview on 26 May \u2013 Eid holidays', date=s2, msgid=gmail_id(cid + '2'),
               text=t2, seed=cid + '2', host_ip=('mail-pf1-f170.google.com', '209.85.210.170'))
    s3 = wd(T(2026, 5, 22, 12, 11, UTC, 2), 'Friday')
    ev3 = dict(ev, stamp=s3, seq=1, msgseed=cid + '3')
    m3 = google_invite(ev3, 'cancel')
    deleted = {'kind': 'calendar#event', 'etag': '"%d"' % int(hx(cid + 'etag', 13), 16), 'id': gid, 'status': 'cancelled'}
    items = [('01-invitation-technical-interview.eml', m1), ('02-saba-eid-holidays-cancel.eml', m2),
             ('03-canceled-event-technical-interview.eml', m3), ('04-deleted-event.gcal.json', gcal_json(deleted))]
    label = lab([iv('Tezraftar Payments', 'Backend Engineer \u2013 Wallets', start, end, 'cancelled',
                    [danish[1]], [danish[1]], 'technical')],
                'medium', 'positive/cancellation-eid',
                'Google invite for Tue 26 May 2026 11:00 PKT, cancelled for the Eid ul Adha holidays by a Roman Urdu mail, '
                'a METHOD:CANCEL update (SEQUENCE 1) and a deleted Calendar API item (same id). "Eid ke baad rabta '
                'karenge" is not a new booking: one cancelled interview at its last scheduled time.')
    return cid, items, label


@case
def c07():
    cid = 'b225-07-two-rounds-technical-and-hr-jumma'
    areej = ('Areej Malik', 'areej.malik@ravilabs.example')
    zeeshan = ('Zeeshan Haider', 'zeeshan.haider@ravilabs.example')
    s1 = wd(T(2026, 6, 8, 12, 30, PKT, 15), 'Monday')
    tech = wd(T(2026, 6, 10, 11, 0, PKT), 'Wednesday')
    hr = wd(T(2026, 6, 12, 15, 30, PKT), 'Friday')          # "Jumma ke din ... 3:30 PM"
    t1 = ('Hi Fahad,\n\n'
          'Congratulations \u2013 you have cleared the screening for Backend Developer (Node.js/PostgreSQL) at Ravi '
          'Labs. The next two rounds are:\n\n'
          '1) Technical round with our Tech Lead Zeeshan Haider \u2013 Wednesday 10 June, 11:00 AM to 12:00 PM (PKT) '
          'on Google Meet. Zeeshan will send the invite.\n\n'
          '2) HR round with me \u2013 Jumma ke din (Friday 12 June) namaz ke baad, 3:30 PM, 30 minutes. Zoom link main '
          'bhej doongi.\n\nPlease confirm both slots.\n\n'
          'Best,\nAreej Malik\nPeople & Talent | Ravi Labs, Gulberg III, Lahore\n' + areej[1] + '\n')
    id1 = gmail_id(cid + '1')
    m1 = human(frm=addr(*areej), to=addr(OWNER_NAME, OWNER), subject='Ravi Labs \u2013 next rounds (Technical + HR)',
               date=s1, msgid=id1, text=t1, seed=cid + '1')
    s2 = wd(T(2026, 6, 8, 8, 2, UTC, 19), 'Monday')
    ev = {'uid': letters(cid + 'uid', 26) + '@google.com', 'start': tech, 'end': tech + timedelta(hours=1),
          'organizer': zeeshan,
          'attendees': [(zeeshan[0], zeeshan[1], 'REQ-PARTICIPANT', 'ACCEPTED'), (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
          'summary': 'Ravi Labs \u2013 Technical Round \u2013 Fahad Rizvi',
          'description': 'Technical round for Backend Developer (Node.js/PostgreSQL): API design, a SQL query-tuning '
                         'exercise and some questions on queues. ~60 min.\n\nZeeshan',
          'meet': meet(cid), 'created': s2, 'stamp': s2, 'seq': 0, 'msgseed': cid + '2'}
    m2 = google_invite(ev)
    fahad_at = wd(T(2026, 6, 8, 21, 14, PKT), 'Monday')
    fahad_said = ('Walaikum Assalam Areej,\n\nShukriya! Dono timings theek hain \u2013 Budh 11 baje technical aur '
                  'Jumma ko 3:30 baje HR round, InshaAllah.\n\nRegards,\nFahad\n')
    zoom_id = '862 3145 7790'
    t3 = ('Great, see you then! Zoom details for the HR round on Friday:\n\n'
          'Areej Malik is inviting you to a scheduled Zoom meeting.\n\n'
          'Topic: HR Round - Fahad Rizvi (Ravi Labs)\n'
          'Time: Jun 12, 2026 03:30 PM Karachi\n\n'
          'Join Zoom Meeting\nhttps://us05web.zoom.us/j/%s?pwd=%s\n\n'
          'Meeting ID: %s\nPasscode: 4ZqL7m\n\n'
          'Areej\n' % (zoom_id.replace(' ', ''), letters(cid + 'pwd', 32), zoom_id))
    text3, html3 = reply_bodies(t3, gmail_attrib(fahad_at, OWNER_NAME, OWNER), fahad_said)
    fahad_id = gmail_id(cid + 'fahad')
    m3 = human(frm=addr(*areej), to=addr(OWNER_NAME, OWNER), subject='Re: Ravi Labs \u2013 next rounds (Technical + HR)',
               date=wd(T(2026, 6, 9, 10, 5, PKT, 50), 'Tuesday'), msgid=gmail_id(cid + '3'), text=text3, htmltext=html3,
               in_reply_to=fahad_id, references=id1 + ' ' + fahad_id, seed=cid + '3')
    items = [('01-areej-next-rounds.eml', m1), ('02-invitation-technical-round.eml', m2), ('03-re-hr-round-zoom.eml', m3)]
    label = lab([iv('Ravi Labs', 'Backend Developer (Node.js/PostgreSQL)', tech, tech + timedelta(hours=1), 'scheduled',
                    [zeeshan[1]], [zeeshan[1]], 'technical'),
                 iv('Ravi Labs', 'Backend Developer (Node.js/PostgreSQL)', hr, hr + timedelta(minutes=30), 'scheduled',
                    [areej[1]], [areej[1]], 'other')],
                'hard', 'positive/two-interviews-roman-urdu',
                'Two rounds on different days = two interviews: technical Wed 10 Jun 11:00-12:00 PKT (mail + Google invite '
                '= one) and HR round "Jumma ke din (Friday 12 June) namaz ke baad, 3:30 PM, 30 minutes" with the recruiter, '
                'confirmed with a Zoom text block ("Jun 12, 2026 03:30 PM Karachi"). Recruiter conducts the HR round. '
                'kind "other" for a late-stage HR round (judgement call).')
    return cid, items, label


@case
def c08():
    cid = 'b225-08-gcal-api-founder-chat-dubai'
    start = off(wd(T(2026, 7, 9, 18, 0, GST), 'Thursday'), 4)
    end = start + timedelta(minutes=45)
    prep_s = T(2026, 7, 9, 17, 0, PKT)
    assert prep_s + timedelta(hours=1) < start.astimezone(PKT) + timedelta(hours=0) + timedelta(minutes=1)
    layla = ('Layla Hassan', 'layla.hassan@falaj.example')
    karim = ('Karim Mansour', 'karim@falaj.example')
    link = meet(cid)
    code = link.rsplit('/', 1)[1]
    prep = {'kind': 'calendar#event', 'etag': '"%d"' % int(hx(cid + 'e1', 13), 16), 'id': letters(cid + 'p', 26),
            'status': 'confirmed', 'htmlLink': 'https://www.google.com/calendar/event?eid=' + base64.urlsafe_b64encode(
                (letters(cid + 'p', 26) + ' ' + OWNER).encode()).decode().rstrip('='),
            'created': iso_z(T(2026, 7, 6, 22, 40, PKT)), 'updated': iso_z(T(2026, 7, 6, 22, 41, PKT), 77),
            'summary': 'Prep: Falaj final chat (read their API docs, questions for Karim)',
            'creator': {'email': OWNER, 'self': True}, 'organizer': {'email': OWNER, 'self': True},
            'start': gcal_time(prep_s), 'end': gcal_time(prep_s + timedelta(hours=1)),
            'iCalUID': letters(cid + 'p', 26) + '@google.com', 'sequence': 0, 'transparency': 'transparent',
            'reminders': {'useDefault': False, 'overrides': [{'method': 'popup', 'minutes': 10}]},
            'eventType': 'default'}
    created = T(2026, 7, 6, 9, 3, GST)
    ev = {'kind': 'calendar#event', 'etag': '"%d"' % int(hx(cid + 'e2', 13), 16), 'id': letters(cid + 'f', 26),
          'status': 'confirmed', 'htmlLink': 'https://www.google.com/calendar/event?eid=' + base64.urlsafe_b64encode(
              (letters(cid + 'f', 26) + ' ' + OWNER).encode()).decode().rstrip('='),
          'created': iso_z(created), 'updated': iso_z(created + timedelta(hours=3, minutes=12), 905),
          'summary': 'Falaj Commerce \u2013 Final chat with Karim (CEO) / Fahad Rizvi',
          'description': 'Final-round conversation with Karim Mansour (Co-founder & CEO) for the Backend Engineer '
                         '(Platform) role. Informal, 45 minutes: your background, how you like to work remotely from '
                         'Karachi, and any questions you have for Karim.\n\nLayla \u2013 People Ops, Falaj Commerce',
          'creator': {'email': layla[1], 'displayName': layla[0]},
          'organizer': {'email': layla[1], 'displayName': layla[0]},
          'start': gcal_time(start), 'end': gcal_time(end),
          'iCalUID': letters(cid + 'f', 26) + '@google.com', 'sequence': 0,
          'attendees': [{'email': layla[1], 'displayName': layla[0], 'organizer': True, 'responseStatus': 'accepted'},
                        {'email': karim[1], 'displayName': karim[0], 'responseStatus': 'accepted'},
                        {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'}],
          'hangoutLink': link,
          'conferenceData': {'entryPoints': [{'entryPointType': 'video', 'uri': link, 'label': link[8:]},
                                             {'entryPointType': 'more', 'uri': 'https://tel.meet/%s?pin=%s' % (code, str(int(hx(cid, 12), 16))[:13]),
                                              'pin': str(int(hx(cid, 12), 16))[:13]}],
                             'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                                    'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png'},
                             'conferenceId': code},
          'reminders': {'useDefault': True}, 'eventType': 'default'}
    items = [('01-prep-block.gcal.json', gcal_json(prep)), ('02-falaj-final-chat.gcal.json', gcal_json(ev))]
    label = lab([iv('Falaj Commerce', 'Backend Engineer (Platform)', start, end, 'scheduled', [karim[1]], [karim[1]],
                    'hiring_manager')],
                'medium', 'positive/calendar-api-gst',
                'Calendar API items only. The founder/CEO final chat is at 18:00 Asia/Dubai (+04:00) = 19:00 PKT. The '
                'owner\'s own "Prep:" block (self-organised, no guests, 17:00 PKT) is not an interview. Layla organises; '
                'Karim conducts.')
    return cid, items, label


@case
def c09():
    cid = 'b225-09-virtual-onsite-loop-zoom-sessions'
    nimra = ('Nimra Shah', 'nimra.shah@margallacloud.example')
    faisal = ('Faisal Mahmood', 'faisal.mahmood@margallacloud.example')
    sadia = ('Sadia Ghani', 'sadia.ghani@margallacloud.example')
    adnan = ('Adnan Qazi', 'adnan.qazi@margallacloud.example')
    day = (2026, 8, 18)
    wd(T(*day, 9, 0, PKT), 'Tuesday')
    wd(T(2026, 8, 14, 9, 0, PKT), 'Friday')
    sessions = [
        (T(*day, 10, 0, PKT), T(*day, 11, 0, PKT), 'System design', faisal, 'Staff Engineer'),
        (T(*day, 11, 15, PKT), T(*day, 12, 15, PKT), 'Live coding', sadia, 'Senior Backend Engineer'),
        (T(*day, 13, 0, PKT), T(*day, 13, 45, PKT), 'Hiring manager conversation', adnan, 'Engineering Manager'),
    ]
    s1 = wd(T(2026, 8, 12, 16, 20, PKT, 5), 'Wednesday')
    rows = ''.join('%s\u2013%s  %s \u2013 %s (%s, %s)\n' % (a.strftime('%H:%M'), b.strftime('%H:%M'), what, p[0], role, p[1])
                   for a, b, what, p, role in sessions[:2])
    rows += '12:15\u201313:00  Lunch / Zuhr break\n'
    a, b, what, p, role = sessions[2]
    rows += '%s\u2013%s  %s \u2013 %s (%s, %s)\n' % (a.strftime('%H:%M'), b.strftime('%H:%M'), what, p[0], role, p[1])
    t1 = ('Hi Fahad,\n\n'
          'Thank you for your time so far. Here is the itinerary for your virtual onsite for Senior Backend Engineer '
          '(Distributed Systems) on Tuesday, 18 August 2026. All times are Pakistan time (PKT); each session has its '
          'own Zoom invite, which I am sending separately.\n\n' + rows + '\n'
          'Please keep your camera on and have a whiteboard tool (Excalidraw is fine) open for the system design '
          'session. You are welcome to use any language you like in the coding session.\n\n'
          'Office 14 August (Friday) ki chutti ki wajah se band hoga, so if you have any questions please reply by '
          'Thursday.\n\nBest of luck!\n\nNimra Shah\nTalent Partner | Margalla Cloud, Blue Area, Islamabad\n' + nimra[1] + '\n')
    table = ''.join('<tr><td style="padding:4px 10px">%s\u2013%s</td><td style="padding:4px 10px">%s</td>'
                    '<td style="padding:4px 10px">%s (%s)<br><a href="mailto:%s">%s</a></td></tr>'
                    % (a.strftime('%H:%M'), b.strftime('%H:%M'), what, p[0], role, p[1], p[1]) for a, b, what, p, role in sessions)
    table = table.replace('<tr><td style="padding:4px 10px">13:00', '<tr><td style="padding:4px 10px">12:15\u201313:00</td>'
                          '<td style="padding:4px 10px" colspan="2"><i>Lunch / Zuhr break</i></td></tr>'
                          '<tr><td style="padding:4px 10px">13:00')
    h1 = html_doc('<div>Hi Fahad,</div><div><br></div><div>Thank you for your time so far. Here is the itinerary for your '
                  'virtual onsite for <b>Senior Backend Engineer (Distributed Systems)</b> on <b>Tuesday, 18 August 2026</b>. '
                  'All times are Pakistan time (PKT); each session has its own Zoom invite, which I am sending separately.</div>'
                  '<table style="border-collapse:collapse;border:1px solid #ccc;margin:10px 0">' + table + '</table>'
                  '<div>Please keep your camera on and have a whiteboard tool (Excalidraw is fine) open for the system design '
                  'session. You are welcome to use any language you like in the coding session.</div><div><br></div>'
                  '<div>Office 14 August (Friday) ki chutti ki wajah se band hoga, so if you have any questions please reply '
                  'by Thursday.</div><div><br></div><div>Best of luck!</div><div><br></div><div>Nimra Shah<br>Talent Partner | '
                  'Margalla Cloud, Blue Area, Islamabad<br>' + nimra[1] + '</div>')
    m1 = human(frm=addr(*nimra), to=addr(OWNER_NAME, OWNER), cc=', '.join(addr(*x) for x in (faisal, sadia, adnan)),
               subject='Your virtual onsite on 18 August \u2013 itinerary', date=s1, msgid=gmail_id(cid + '1'),
               text=t1, htmltext=h1, seed=cid + '1')
    items = [('01-nimra-onsite-itinerary.eml', m1)]
    for i, (a, b, what, p, role) in enumerate(sessions):
        sent = T(2026, 8, 12, 11, 24 + i, UTC, 10 + i)
        zid = str(int(hx(cid + str(i), 12), 16))[:11]
        zurl = 'https://us06web.zoom.us/j/%s?pwd=%s' % (zid, letters(cid + 'pw' + str(i), 26))
        desc = ('Virtual onsite session %d of 3 for Senior Backend Engineer (Distributed Systems).\nInterviewer: %s (%s)\n\n'
                'Nimra Shah is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n%s\n\nMeeting ID: %s %s %s\n'
                'Passcode: %s\n' % (i + 1, p[0], role, zurl, zid[:3], zid[3:7], zid[7:], letters(cid + 'pc' + str(i), 6)))
        ev = {'uid': letters(cid + 'uid' + str(i), 26) + '@google.com', 'start': a, 'end': b, 'organizer': nimra,
              'attendees': [(nimra[0], nimra[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                            (p[0], p[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                            (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
              'summary': 'Virtual onsite %d/3: %s \u2013 Fahad Rizvi (Margalla Cloud)' % (i + 1, what),
              'description': desc, 'location': zurl, 'created': sent, 'stamp': sent, 'seq': 0,
              'msgseed': cid + 'inv' + str(i)}
        slug = ['system-design', 'live-coding', 'hiring-manager'][i]
        items.append(('%02d-invitation-onsite-%s.eml' % (i + 2, slug), google_invite(ev)))
    label = lab([iv('Margalla Cloud', 'Senior Backend Engineer (Distributed Systems)', sessions[0][0], sessions[2][1],
                    'scheduled', [faisal[1], sadia[1], adnan[1]], [faisal[1], sadia[1], adnan[1]], 'onsite')],
                'hard', 'positive/onsite-loop-several-invites',
                'One-day virtual onsite sent as an itinerary plus three Google invites with Zoom links (10:00-11:00, '
                '11:15-12:15, lunch/Zuhr break, 13:00-13:45 PKT): ONE onsite interview 10:00-13:45 with all three '
                'interviewers. Nimra is organizer/coordinator only. The 14 August holiday line is noise.')
    return cid, items, label


@case
def c10():
    cid = 'b225-10-zoom-hr-screen-london-after-dst'
    chloe = ('Chloe Barnard', 'chloe.barnard@wrenfield.example')
    s1 = off(wd(T(2026, 10, 29, 16, 45, LON, 12), 'Thursday'), 0)
    start = off(wd(T(2026, 11, 2, 9, 30, LON), 'Monday'), 0)
    end = start + timedelta(minutes=30)
    assert start.astimezone(PKT).strftime('%H:%M') == '14:30'
    zid = '83154092276'
    zurl = 'https://us06web.zoom.us/j/%s?pwd=%s.1' % (zid, letters(cid + 'pwd', 30))
    t1 = ('Hi Fahad,\n\n'
          'Thanks for applying for the Backend Engineer (Python) role at Wrenfield Systems \u2013 the team enjoyed your '
          'take-home notes. The next step is a 30-minute conversation with me about your experience, notice period, '
          'salary expectations and working remotely from Pakistan on UK hours.\n\n'
          'I\'ve booked us in for Monday 2 November at 09:30 UK time (14:30 in Karachi \u2013 our clocks went back last '
          'weekend, so it\'s a five-hour gap now). Zoom details below, and I\'ve attached a calendar file.\n\n'
          'Chloe Barnard is inviting you to a scheduled Zoom meeting.\n\n'
          'Topic: Wrenfield \u2013 HR screen \u2013 Fahad Rizvi\n'
          'Time: Nov 2, 2026 09:30 AM London\n\n'
          'Join Zoom Meeting\n' + zurl + '\n\n'
          'Meeting ID: %s %s %s\nPasscode: 718204\n\n' % (zid[:3], zid[3:7], zid[7:]) +
          'If the time doesn\'t work, just let me know.\n\n'
          'Best wishes,\nChloe\n\nChloe Barnard\nPeople Partner, Wrenfield Systems Ltd\n' + chloe[1] + '\n')
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
               'METHOD:PUBLISH', 'CLASS:PUBLIC'] + VTZ['Europe/London'] + [
        'BEGIN:VEVENT', 'DTSTAMP:' + utc_stamp(s1), 'DTSTART;TZID=Europe/London:' + local_stamp(start),
        'DTEND;TZID=Europe/London:' + local_stamp(end),
        'SUMMARY:' + esc('Wrenfield \u2013 HR screen \u2013 Fahad Rizvi'),
        'UID:%s-%s@fe80:0:0:0:%s' % (utc_stamp(s1), zid, ':'.join(hx(cid + 'v6', 16)[i:i + 4] for i in (0, 4, 8, 12))),
        'TZID:Europe/London', 'SEQUENCE:0',
        'ORGANIZER;CN=Chloe Barnard:mailto:' + chloe[1],
        'DESCRIPTION:' + esc('Chloe Barnard is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n' + zurl +
                             '\n\nMeeting ID: %s %s %s\nPasscode: 718204\n' % (zid[:3], zid[3:7], zid[7:])),
        'LOCATION:' + zurl, 'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder',
        'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'])
    m1 = human(frm=addr(*chloe), to=addr(OWNER_NAME, OWNER), subject='Wrenfield Systems \u2013 HR conversation on Monday',
               date=s1, msgid=outlook_id(cid, 'CWLP265MB4410.GBRP265'), text=t1, seed=cid,
               host_ip=('mail-cwlgbr01on2110.outbound.protection.outlook.com', '52.101.100.110'),
               extra=[('Thread-Topic', 'Wrenfield Systems \u2013 HR conversation on Monday'), ('Content-Language', 'en-GB'),
                      ('X-MS-Has-Attach', 'yes')],
               attachments=[leaf('application/octet-stream; name="zoom_0.ics"', cal, 'base64',
                                 [('Content-Disposition', 'attachment; filename="zoom_0.ics"')])])
    items = [('01-chloe-hr-conversation-zoom.eml', m1), ('02-zoom-hr-screen.ics', cal)]
    label = lab([iv('Wrenfield Systems Ltd', 'Backend Engineer (Python)', start, end, 'scheduled', [chloe[1]], [chloe[1]],
                    'phone_screen')],
                'medium', 'positive/zoom-london-gmt',
                'HR screen after the UK DST end: Mon 2 Nov 2026 09:30 GMT (+0000) = 14:30 PKT. Zoom text block '
                '("09:30 AM London") + zoom_0.ics (TZID=Europe/London, no ATTENDEE lines, as Zoom exports) attached and also '
                'saved as a standalone .ics: ONE interview. The HR person conducts it.')
    return cid, items, label


@case
def c11():
    cid = 'b225-11-forwarded-from-old-address'
    tooba = ('Tooba Hasan', 'tooba.hasan@ziaratfin.example')
    ali = 'ali.raza@ziaratfin.example'
    old = 'fahad_rizvi92@mail.example'
    orig = wd(T(2026, 4, 13, 16, 12, PKT, 40), 'Monday')
    fwd = wd(T(2026, 4, 13, 21, 5, PKT, 33), 'Monday')
    start = wd(T(2026, 4, 15, 14, 0, PKT), 'Wednesday')
    assert (start.date() - fwd.date()).days == 2        # "parson"
    link = meet(cid)
    inner = ('Dear Fahad,\n\n'
             'Thank you for applying to Ziarat Fintech. We are pleased to invite you to a technical interview for the '
             'Backend Engineer (Lending Platform) position.\n\n'
             'Day/Date: Wednesday, 15 April 2026\n'
             'Time: 2:00 PM \u2013 3:00 PM (PKT)\n'
             'Mode: Google Meet \u2013 ' + link + '\n'
             'Interviewer: Ali Raza, Principal Engineer (' + ali + ')\n\n'
             'The interview will cover Python/Go services, loan-ledger data modelling and a short live-coding exercise. '
             'Please keep your CNIC handy for identity verification at the start of the call.\n\n'
             'Kindly confirm your availability by replying to this email.\n\n'
             'Regards,\nTooba Hasan\nTalent Acquisition Specialist\nZiarat Fintech | Clifton, Karachi\n+92 21 3587 0412\n')
    text = ('Main inbox mein save kar raha hoon. Parson 2 baje, Meet par.\n\n'
            '---------- Forwarded message ---------\n'
            'From: Tooba Hasan <%s>\nDate: Mon, Apr 13, 2026 at 4:12\u202fPM\n'
            'Subject: Interview \u2013 Backend Engineer (Lending Platform) | Ziarat Fintech\nTo: <%s>\n\n\n' % (tooba[1], old)
            + inner)
    h = (to_html('Main inbox mein save kar raha hoon. Parson 2 baje, Meet par.') +
         '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
         'From: <strong class="gmail_sendername" dir="auto">Tooba Hasan</strong> <span dir="auto">&lt;<a href="mailto:%s">%s</a>&gt;'
         '</span><br>Date: Mon, Apr 13, 2026 at 4:12\u202fPM<br>Subject: Interview \u2013 Backend Engineer (Lending Platform) | '
         'Ziarat Fintech<br>To: &lt;<a href="mailto:%s">%s</a>&gt;<br></div><br><br>' % (tooba[1], tooba[1], old, old)
         + to_html(inner) + '</div>')
    m1 = human(frm=addr(OWNER_NAME, old), to=OWNER,
               subject='Fwd: Interview \u2013 Backend Engineer (Lending Platform) | Ziarat Fintech', date=fwd,
               msgid=gmail_id(cid + 'fwd'), text=text, htmltext=html_doc(h), seed=cid,
               host_ip=('smtp.mail.example', '192.0.2.61'))
    items = [('01-fwd-interview-ziarat-fintech.eml', m1)]
    label = lab([iv('Ziarat Fintech', 'Backend Engineer (Lending Platform)', start, start + timedelta(hours=1), 'scheduled',
                    [ali], [ali], 'technical')],
                'medium', 'positive/forwarded-block',
                'The owner forwards a recruiter mail from his old address to himself; the details are inside the forwarded '
                'block (Wed 15 Apr 2026 14:00-15:00 PKT) and match his note "Parson 2 baje" (two days after Mon 13 Apr). '
                'The interviewer\'s address is given, so follow-up goes to him, not to the recruiter or the old address.')
    return cid, items, label


@case
def c12():
    cid = 'b225-12-thread-parson-11-baje'
    maham = ('Maham Javed', 'maham.javed@kohsartech.example')
    s1 = wd(T(2026, 9, 14, 10, 5, PKT, 18), 'Monday')
    fahad_at = wd(T(2026, 9, 15, 9, 12, PKT, 40), 'Tuesday')
    s2 = wd(T(2026, 9, 15, 11, 40, PKT, 9), 'Tuesday')
    start = wd(T(2026, 9, 17, 11, 0, PKT), 'Thursday')
    assert (start.date() - fahad_at.date()).days == 2       # "parson"
    t1 = ('Hi Fahad,\n\n'
          'I\'m Maham, I handle engineering hiring at Kohsar Tech (Islamabad). Thanks for applying for the Backend '
          'Engineer (Python/Django) role \u2013 I\'d like to set up a 30-minute introductory call with you on Google '
          'Meet to talk about your experience and the team.\n\n'
          'Are you free on Wednesday or Thursday this week, any time between 11 AM and 1 PM?\n\n'
          'Regards,\nMaham Javed\nTalent Acquisition | Kohsar Tech\n' + maham[1] + '\n')
    id1 = gmail_id(cid + '1')
    m1 = human(frm=addr(*maham), to=addr(OWNER_NAME, OWNER), subject='Kohsar Tech \u2013 Backend Engineer (Python/Django) intro call',
               date=s1, msgid=id1, text=t1, seed=cid + '1')
    fahad_said = ('Walaikum Assalam Maham,\n\nShukriya for reaching out. Parson 11 baje theek rahega, agar aap ke liye bhi '
                  'munasib ho.\n\nRegards,\nFahad\n\n' + gmail_attrib(s1, maham[0], maham[1]) + '\n' + quote_text(t1) + '\n')
    t2 = ('Done \u2013 Thursday 11 baje pakka. Here\'s the link: %s\n\n'
          'It will just be me on the call, about 30 minutes. See you then!\n\nMaham\n' % meet(cid))
    text2, html2 = reply_bodies(t2, gmail_attrib(fahad_at, OWNER_NAME, OWNER), fahad_said)
    fahad_id = gmail_id(cid + 'fahad')
    m2 = human(frm=addr(*maham), to=addr(OWNER_NAME, OWNER),
               subject='Re: Kohsar Tech \u2013 Backend Engineer (Python/Django) intro call', date=s2,
               msgid=gmail_id(cid + '2'), text=text2, htmltext=html2, in_reply_to=fahad_id,
               references=id1 + ' ' + fahad_id, seed=cid + '2')
    items = [('01-maham-intro-call.eml', m1), ('02-re-thursday-11-baje.eml', m2)]
    label = lab([iv('Kohsar Tech', 'Backend Engineer (Python/Django)', start, start + timedelta(minutes=30), 'scheduled',
                    [maham[1]], [maham[1]], 'phone_screen')],
                'hard', 'positive/thread-roman-urdu-relative',
                'Propose/confirm thread with no explicit date: the owner (quoted, Tue 15 Sep 09:12) says "Parson 11 baje", the '
                'recruiter confirms "Thursday 11 baje pakka" on Tue 15 Sep -> Thu 17 Sep 2026 11:00 PKT, ~30 minutes. '
                'The recruiter conducts the call.')
    return cid, items, label


@case
def c13():
    cid = 'b225-13-teams-panel-arabian-standard-time'
    careers = ('Qasr Cloud Talent Acquisition', 'careers@qasrcloud.example')
    mariam = ('Mariam Saleh', 'mariam.saleh@qasrcloud.example')
    rashid = ('Rashid Al Nuaimi', 'rashid.alnuaimi@qasrcloud.example')
    priyanka = ('Priyanka Menon', 'priyanka.menon@qasrcloud.example')
    start = off(wd(T(2026, 10, 5, 13, 0, GST), 'Monday'), 4)
    end = start + timedelta(hours=1)
    assert start.astimezone(PKT).hour == 14
    sent = wd(T(2026, 10, 1, 6, 14, UTC, 22), 'Thursday')
    desc = ('Dear Fahad,\n\nPlease find below the details of your technical panel interview for the Backend Engineer '
            '(Payments Integrations) role.\n\n'
            'Panel: Rashid Al Nuaimi (Engineering Manager, Payments) and Priyanka Menon (Senior Software Engineer)\n'
            'Date: Monday, 5 October 2026\n'
            'Time: 1:00 PM \u2013 2:00 PM Gulf Standard Time (2:00 PM \u2013 3:00 PM Pakistan time)\n\n'
            'The panel will cover payment-gateway integrations, webhooks and idempotency, and a design discussion. '
            'Please join from a quiet place with a stable connection.\n\n'
            'For any questions, reply to this invitation or write to careers@qasrcloud.example.\n\n'
            'Qasr Cloud FZ-LLC | Dubai Internet City')
    uid = '040000008200E00074C5B7101A82E00800000000%s' % hx(cid + 'uid', 72).upper()
    inv = outlook_invite({'uid': uid, 'organizer': careers, 'from': careers, 'sender': mariam,
                          'attendees': [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                                        (rashid[0], rashid[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                                        (priyanka[0], priyanka[1], 'REQ-PARTICIPANT', 'ACCEPTED')],
                          'tzid': 'Arabian Standard Time', 'start': start, 'end': end,
                          'summary': 'Technical Panel Interview | Fahad Rizvi | Backend Engineer (Payments Integrations)',
                          'description': desc, 'seq': 0, 'stamp': sent, 'msgseed': cid, 'host': 'DB9PR05MB8836.eurprd05'})
    items = [('01-teams-panel-interview.eml', inv)]
    label = lab([iv('Qasr Cloud FZ-LLC', 'Backend Engineer (Payments Integrations)', start, end, 'scheduled',
                    [rashid[1], priyanka[1]], [rashid[1], priyanka[1]], 'onsite')],
                'hard', 'positive/exchange-teams-windows-tzid',
                'Exchange/Teams request sent from a shared careers@ mailbox (Sender: a coordinator) with Windows TZID '
                '"Arabian Standard Time" (+0400): Mon 5 Oct 2026 13:00-14:00 GST = 14:00 PKT. Two-person panel -> kind '
                'onsite. careers@ is a group address and Mariam only sends, so follow-up goes to the two panelists.')
    return cid, items, label


# =============================================================================== NEGATIVE CASES
@case
def c14():
    cid = 'b225-14-online-coding-test-no-person'
    sent = wd(T(2026, 4, 15, 11, 0, UTC, 2), 'Wednesday')
    open_ = wd(T(2026, 4, 18, 10, 0, PKT), 'Saturday')
    close = T(2026, 4, 18, 22, 0, PKT)
    text = ('Hi Fahad Rizvi,\n\n'
            'Hisaab Cloud has invited you to take the Round 1 technical interview for Backend Engineer (Fintech) as an '
            'online coding test on CodeParakh.\n\n'
            'Test window: Saturday, 18 April 2026, 10:00 AM \u2013 10:00 PM (PKT, GMT+5)\n'
            'Duration: 90 minutes once you start\n'
            'Sections: 2 coding problems (Python, Go or Java) and 10 SQL multiple-choice questions\n'
            'Proctoring: webcam and screen recording are enabled. No interviewer will be present; your code is '
            'evaluated automatically against hidden test cases.\n\n'
            'Start test: https://app.codeparakh.example/t/hc-be-r1?inv=%s\n\n'
            'Tips: use a laptop with the latest Chrome, a stable connection and a quiet room. You can take a practice '
            'test first at https://app.codeparakh.example/practice.\n\n'
            'Candidates who clear this round will be contacted by Hisaab Cloud for a live interview.\n\n'
            'Facing a technical issue? Write to support@codeparakh.example.\n\n'
            'Good luck!\nTeam CodeParakh, on behalf of Hisaab Cloud\n' % hx(cid + 'inv', 20))
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//CodeParakh//Assessments//EN', 'VERSION:2.0', 'METHOD:PUBLISH']
              + VTZ['Asia/Karachi'] + [
        'BEGIN:VEVENT', 'UID:cp-%s@codeparakh.example' % hx(cid, 20), 'SEQUENCE:0', 'DTSTAMP:' + utc_stamp(sent),
        'DTSTART;TZID=Asia/Karachi:' + local_stamp(open_), 'DTEND;TZID=Asia/Karachi:' + local_stamp(close),
        'SUMMARY:' + esc('Hisaab Cloud \u2013 Round 1 Technical Interview (Online Coding Test)'),
        'DESCRIPTION:' + esc('Test window for your CodeParakh assessment. 90 minutes once started. No interviewer.'),
        'ORGANIZER;CN=CodeParakh:mailto:no-reply@codeparakh.example',
        attendee(OWNER_NAME, OWNER, partstat='NEEDS-ACTION', rsvp=False),
        'LOCATION:https://app.codeparakh.example/t/hc-be-r1', 'STATUS:CONFIRMED', 'TRANSP:TRANSPARENT',
        'END:VEVENT', 'END:VCALENDAR'])
    m = human(frm=addr('Hisaab Cloud via CodeParakh', 'no-reply@codeparakh.example'), to=OWNER,
              subject='Hisaab Cloud: Round 1 \u2013 Technical Interview (Online Coding Test)', date=sent,
              msgid='<%s@mailer.codeparakh.example>' % hx(cid + 'm', 28), text=text, seed=cid,
              host_ip=('out-12.mailer.codeparakh.example', '198.51.100.140'),
              attachments=[ics_attachment(cal, 'test-window.ics', 'PUBLISH')])
    return cid, [('01-codeparakh-coding-test-invite.eml', m)], lab(
        [], 'hard', 'negative/online-assessment',
        'Called "Round 1 Technical Interview" and ships an .ics window, but it is a proctored online coding test with '
        'no interviewer (auto-graded): an assessment, not a live conversation.')


@case
def c15():
    cid = 'b225-15-university-convocation'
    sent = wd(T(2026, 11, 2, 10, 30, PKT), 'Monday')
    conv = wd(T(2026, 11, 21, 9, 30, PKT), 'Saturday')
    reh = wd(T(2026, 11, 20, 15, 0, PKT), 'Friday')
    wd(T(2026, 11, 16, 9, 0, PKT), 'Monday')
    wd(T(2026, 11, 19, 9, 0, PKT), 'Thursday')
    text = ('Dear Graduate,\n\n'
            'Congratulations! You are registered for the 13th Convocation of KICS University (MS Computer Science, '
            'Evening Programme, Batch 2023).\n\n'
            'Gown and card collection: Monday 16 \u2013 Thursday 19 November, 10:00 AM \u2013 4:00 PM, Student Affairs '
            'Office (bring your CNIC and fee clearance slip)\n'
            'Rehearsal (attendance mandatory): Friday 20 November, 3:00 PM, Main Auditorium\n'
            'Convocation: Saturday 21 November 2026, 9:30 AM sharp \u2013 graduates to be seated by 9:00 AM\n'
            'Venue: KICS University Main Campus, University Road, Karachi\n\n'
            'Each graduate may bring two guests; guest passes are issued with the gown.\n\n'
            'Media coverage: the University Media Cell will record short video interviews with position holders and '
            'graduates after the ceremony for the university\'s social media pages. If you would like to be '
            'interviewed, please fill in the form: https://forms.kics-university.example/convocation-media\n\n'
            'A calendar file for the ceremony is attached.\n\n'
            'Regards,\nConvocation Cell\nOffice of the Controller of Examinations\nKICS University\n')
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//KICS University//Convocation//EN', 'VERSION:2.0', 'METHOD:PUBLISH']
              + VTZ['Asia/Karachi'] + [
        'BEGIN:VEVENT', 'UID:convocation-13-%s@kics-university.example' % hx(cid, 10), 'SEQUENCE:0',
        'DTSTAMP:' + utc_stamp(sent),
        'DTSTART;TZID=Asia/Karachi:' + local_stamp(conv), 'DTEND;TZID=Asia/Karachi:' + local_stamp(conv + timedelta(hours=3, minutes=30)),
        'SUMMARY:13th Convocation \u2013 KICS University',
        'DESCRIPTION:' + esc('Graduates seated by 9:00 AM. Rehearsal Friday 20 November 3:00 PM.'),
        'LOCATION:' + esc('Main Campus, University Road, Karachi'),
        'ORGANIZER;CN=Convocation Cell:mailto:convocation@kics-university.example',
        'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    m = human(frm=addr('KICS Convocation Cell', 'convocation@kics-university.example'), to=OWNER,
              subject='13th Convocation \u2013 Saturday 21 November 2026 \u2013 gowns, rehearsal and ceremony',
              date=sent, msgid='<%s@kics-university.example>' % hx(cid, 24), text=text, seed=cid, client='plain',
              host_ip=('mail.kics-university.example', '203.0.113.18'),
              attachments=[ics_attachment(cal, 'convocation-2026.ics', 'PUBLISH')])
    return cid, [('01-convocation-registration.eml', m)], lab(
        [], 'medium', 'negative/non-job-event',
        'University convocation with an .ics and a rehearsal; the only "interviews" are optional media interviews after '
        'the ceremony. No hiring process.')


@case
def c16():
    cid = 'b225-16-visa-interview-embassy'
    sent = wd(T(2026, 10, 27, 6, 3, UTC, 17), 'Tuesday')
    appt = wd(T(2026, 11, 19, 8, 30, PKT), 'Thursday')
    text = ('Terminbestätigung / Appointment confirmation\n\n'
            'Dear Mr Fahad Rizvi,\n\n'
            'your appointment for a visa interview has been confirmed.\n\n'
            'Category: National visa \u2013 Employment (EU Blue Card, \u00a7 18g AufenthG)\n'
            'Date: Thursday, 19 November 2026\n'
            'Time: 08:30 (local time, Islamabad)\n'
            'Place: Visa section, Embassy of the Federal Republic of Germany, Diplomatic Enclave, Ramna 5, Islamabad\n'
            'Booking number: 4471-2026-ISB-0932\n\n'
            'Please bring: valid passport and a copy of its data page, two biometric photographs, the completed '
            'application form, your signed employment contract or binding job offer, proof of your degree and its '
            'recognition, and the visa fee in PKR. The interview at the counter usually takes 10\u201315 minutes.\n\n'
            'Appointments cannot be transferred. To cancel, use the link in your booking account.\n\n'
            'This e-mail was generated automatically. Please do not reply.\n')
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//Termin Service//Appointment//DE', 'VERSION:2.0', 'METHOD:REQUEST']
              + VTZ['Asia/Karachi'] + [
        'BEGIN:VEVENT', 'UID:4471-2026-ISB-0932@termin-service.example', 'SEQUENCE:0', 'DTSTAMP:' + utc_stamp(sent),
        'DTSTART;TZID=Asia/Karachi:' + local_stamp(appt), 'DTEND;TZID=Asia/Karachi:' + local_stamp(appt + timedelta(minutes=15)),
        'SUMMARY:Visa interview \u2013 National visa (employment) \u2013 Islamabad',
        'LOCATION:' + esc('Visa section, Diplomatic Enclave, Ramna 5, Islamabad'),
        'DESCRIPTION:' + esc('Booking number 4471-2026-ISB-0932. Bring passport, photos, employment contract.'),
        'ORGANIZER;CN=Visa Appointment System:mailto:noreply@termin-service.example',
        attendee(OWNER_NAME, OWNER, partstat='ACCEPTED', rsvp=False),
        'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    m = human(frm=addr('Visa Appointment System', 'noreply@termin-service.example'), to=OWNER,
              subject='Appointment confirmation: visa interview \u2013 national visa (employment) \u2013 Islamabad',
              date=sent, msgid='<%s@termin-service.example>' % hx(cid, 24), text=text, seed=cid, client='plain',
              cte='base64', host_ip=('mx-out.termin-service.example', '192.0.2.77'),
              attachments=[ics_attachment(cal, 'termin.ics')])
    return cid, [('01-visa-appointment-confirmation.eml', m)], lab(
        [], 'hard', 'negative/visa-interview',
        'Embassy visa interview for an employment visa, with an .ics REQUEST: job-related vocabulary (employment '
        'contract, job offer) but a visa interview is not a job interview.')


@case
def c17():
    cid = 'b225-17-freelance-client-kickoff-call'
    lukas = ('Lukas Berger', 'lukas@nordhafen-analytics.example')
    s1 = wd(T(2026, 7, 6, 14, 20, UTC), 'Monday')
    start = off(wd(T(2026, 7, 8, 14, 0, BER), 'Wednesday'), 2)
    text = ('You\'re hired!\n\n'
            'Hi Fahad,\n\n'
            'Lukas Berger (Nordhafen Analytics) accepted your proposal after your interview chat and started a contract '
            'with you:\n\n'
            'Django REST API for fleet telemetry\n'
            'Fixed price: $2,400 in 3 milestones\n'
            'Milestone 1: Data model and ingestion endpoint ($800) \u2013 funded\n\n'
            'Next steps: agree a kickoff call with your client, then submit work for Milestone 1 from the contract page.\n\n'
            'View contract: https://www.gigloom.example/contracts/%s\n\n'
            'Gigloom Payment Protection applies to funded milestones only. Keep communication and payments on Gigloom.\n\n'
            '\u2013 The Gigloom Team\n' % str(int(hx(cid, 10), 16))[:9])
    m1 = human(frm=addr('Gigloom', 'notifications@gigloom.example'), to=OWNER,
               subject='You\'re hired! Contract started: Django REST API for fleet telemetry', date=s1,
               msgid='<%s@notifications.gigloom.example>' % hx(cid + '1', 28), text=text, seed=cid + '1',
               host_ip=('o1.notifications.gigloom.example', '198.51.100.201'))
    s2 = T(2026, 7, 6, 15, 2, UTC, 44)
    ev = {'uid': letters(cid + 'uid', 26) + '@google.com', 'start': start, 'end': start + timedelta(minutes=45),
          'organizer': lukas,
          'attendees': [(lukas[0], lukas[1], 'REQ-PARTICIPANT', 'ACCEPTED'), (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
          'summary': 'Kickoff: Fleet telemetry API (Nordhafen x Fahad)',
          'description': 'Kickoff for our Gigloom contract: walk through the milestones, repo and staging access, and '
                         'scope of the first sprint. Please send me your GitHub handle before the call.\n\nLukas',
          'meet': meet(cid), 'created': s2, 'stamp': s2, 'seq': 0, 'msgseed': cid + '2'}
    m2 = google_invite(ev)
    return cid, [('01-gigloom-contract-started.eml', m1), ('02-invitation-kickoff-call.eml', m2)], lab(
        [], 'hard', 'negative/freelance-client-call',
        'Freelance marketplace: the owner is already hired (contract started); the Google invite is a project kickoff '
        'call with the client (Wed 8 Jul 2026 14:00 CEST). Mentions a past "interview chat" but nothing is a job interview.')


@case
def c18():
    cid = 'b225-18-owner-interviews-interns'
    rabia = ('Rabia Yousuf', 'rabia.yousuf@sitarasoft.example')
    work = 'fahad.rizvi@sitarasoft.example'
    areeba = ('Areeba Khan', 'areeba.khan.cs@mail.example')
    start = wd(T(2026, 7, 9, 12, 0, PKT), 'Thursday')
    s1 = wd(T(2026, 7, 7, 6, 30, UTC, 11), 'Tuesday')
    fwd_hdr = [('X-Forwarded-To', OWNER), ('X-Forwarded-For', '%s %s' % (work, OWNER))]
    ev = {'uid': letters(cid + 'uid', 26) + '@google.com', 'start': start, 'end': start + timedelta(minutes=30),
          'organizer': rabia, 'self': work, 'to': addr('Fahad Rizvi', work),
          'attendees': [(rabia[0], rabia[1], 'REQ-PARTICIPANT', 'ACCEPTED'),
                        ('Fahad Rizvi', work, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                        (areeba[0], areeba[1], 'REQ-PARTICIPANT', 'ACCEPTED')],
          'summary': 'Internship Interview \u2013 Backend Intern (Candidate: Areeba Khan)',
          'description': 'Interviewer: Fahad Rizvi (Senior Backend Engineer)\nCandidate: Areeba Khan, BS Computer '
                         'Science, 7th semester\n\nFahad \u2013 please cover Python basics, SQL joins and one small '
                         'problem. Scorecard: https://people.sitarasoft.example/scorecards/INT-2026-114\n\nRabia, HR',
          'meet': meet(cid), 'created': s1, 'stamp': s1, 'seq': 0, 'msgseed': cid + '1', 'extra_headers': fwd_hdr}
    m1 = google_invite(ev)
    s2 = wd(T(2026, 7, 7, 11, 48, PKT), 'Tuesday')
    t2 = ('Fahad,\n\nIs hafte summer internship ke interviews hain. Aap Thursday ko 12 baje Areeba Khan ka technical '
          'interview lenge (30 min) \u2013 Meet link invite mein hai. Interview ke baad scorecard usi din fill kar dein '
          'taake Friday ko shortlist final ho sake.\n\nShukriya!\nRabia Yousuf\nHR Business Partner | Sitara Soft\n')
    m2 = human(frm=addr(*rabia), to=addr('Fahad Rizvi', work), subject='Summer internship interviews \u2013 aap panel par hain',
               date=s2, msgid=gmail_id(cid + '2'), text=t2, seed=cid + '2', extra=fwd_hdr)
    return cid, [('01-invitation-internship-interview.eml', m1), ('02-rabia-aap-panel-par-hain.eml', m2)], lab(
        [], 'hard', 'negative/user-is-interviewer',
        'Work mail auto-forwarded to the personal inbox (X-Forwarded-To): the owner is the interviewer of an internship '
        'candidate at his current employer ("Interviewer: Fahad Rizvi"; "aap ... interview lenge").')


@case
def c19():
    cid = 'b225-19-scheduling-link-unbooked'
    lena = ('Lena Hoffmann', 'lena.hoffmann@spreewerk.example')
    s1 = off(wd(T(2026, 11, 2, 10, 12, BER, 40), 'Monday'), 1)
    assert T(2026, 11, 3, 10, 0, BER).astimezone(PKT).hour == 14
    link = 'https://zeitfenster.example/lena-hoffmann/erstgespraech-30'
    t1 = ('Hallo Fahad,\n\n'
          'thanks for applying for the Backend Engineer (Kotlin/Go) role at Spreewerk Mobility. I\'d love to set up a '
          '30-minute first interview with you.\n\n'
          'Please pick any slot that suits you here: ' + link + '\n'
          'The page shows free slots Tuesday to Thursday this week and next, 10:00\u201315:00 Berlin time (that\'s '
          '14:00\u201319:00 in Karachi now that we are back on winter time). Once you book, you\'ll get a calendar '
          'invite automatically.\n\n'
          'Viele Grüße\nLena\n\nLena Hoffmann\nRecruiting | Spreewerk Mobility GmbH, Berlin\n' + lena[1] + '\n')
    id1 = gmail_id(cid + '1')
    m1 = human(frm=addr(*lena), to=addr(OWNER_NAME, OWNER), subject='Spreewerk Mobility \u2013 first interview, please pick a slot',
               date=s1, msgid=id1, text=t1, seed=cid + '1')
    s2 = wd(T(2026, 11, 5, 8, 0, UTC), 'Thursday')
    t2 = ('Hi Fahad,\n\n'
          'Lena Hoffmann (Spreewerk Mobility) is still waiting for you to book your interview:\n\n'
          'Erstgespräch / First interview \u2013 30 min \u2013 Google Meet\n\n'
          'Choose a time: ' + link + '\n\n'
          'You have not selected a time yet. This link expires on Friday 13 November.\n\n'
          'Sent by Zeitfenster \u2013 scheduling made simple\n')
    wd(T(2026, 11, 13, 9, 0, BER), 'Friday')
    m2 = human(frm=addr('Lena Hoffmann via Zeitfenster', 'no-reply@zeitfenster.example'), to=OWNER,
               subject='Reminder: book your interview with Lena Hoffmann', date=s2,
               msgid='<%s@zeitfenster.example>' % hx(cid + '2', 24), text=t2, seed=cid + '2',
               reply_to=addr(*lena), host_ip=('mta.zeitfenster.example', '203.0.113.99'))
    return cid, [('01-lena-pick-a-slot.eml', m1), ('02-zeitfenster-reminder.eml', m2)], lab(
        [], 'medium', 'negative/availability-request',
        'Scheduling link plus a "still waiting for you to book" reminder: nothing is booked, so no interview exists yet.')


@case
def c20():
    cid = 'b225-20-rejection-after-interview'
    usman = ('Usman Ghani', 'usman.ghani@chenabdata.example')
    past = wd(T(2026, 7, 14, 16, 0, PKT), 'Tuesday')
    s1 = wd(T(2026, 7, 17, 18, 20, PKT), 'Friday')
    assert past < s1
    t1 = ('Dear Fahad,\n\n'
          'Thank you for taking the time to interview with Bilal and me on Tuesday, 14 July at 4:00 PM for the Backend '
          'Engineer position at Chenab Data Works. We enjoyed the conversation about your payment-reconciliation work.\n\n'
          'Afsos ke saath batana par raha hai ke is dafa hum kisi aur candidate ke saath aage barh rahe hain. This was '
          'a close decision, and we will keep your CV on file for future openings, InshaAllah.\n\n'
          'Best of luck with your search.\n\nRegards,\nUsman Ghani\nHR Manager | Chenab Data Works, Lahore\n\n'
          'Sent from Outlook for Android\n')
    m = human(frm=addr(*usman), to=addr(OWNER_NAME, OWNER), subject='Your interview for Backend Engineer \u2013 Chenab Data Works',
              date=s1, msgid=outlook_id(cid, 'PA4P190MB1288.EURP190'), text=t1, seed=cid, client='plain', cte='base64',
              host_ip=('mail-pa4eur02on2101.outbound.protection.outlook.com', '52.101.89.101'),
              extra=[('Thread-Topic', 'Your interview for Backend Engineer \u2013 Chenab Data Works'),
                     ('Content-Language', 'en-US'), ('X-MS-Has-Attach', '')])
    return cid, [('01-chenab-decision.eml', m)], lab(
        [], 'medium', 'negative/rejection',
        'Rejection (English + Roman Urdu) that names the past interview date and time; nothing upcoming is scheduled.')


@case
def c21():
    cid = 'b225-21-one-way-video-interview'
    sent = wd(T(2026, 9, 20, 7, 0, UTC), 'Sunday')
    due = off(wd(T(2026, 9, 24, 23, 59, GST), 'Thursday'), 4)
    text = ('Hi Fahad,\n\n'
            'Sanad Digital has invited you to a video interview for Backend Developer (Dubai / Remote).\n\n'
            'Complete by: Thursday, 24 September 2026, 11:59 PM (GST, UTC+4)\n'
            'Format: one-way video interview \u2013 5 questions appear on screen, you get 30 seconds to prepare and up to '
            '3 minutes to record each answer.\n'
            'There is no live interviewer: the Sanad Digital hiring team will review your recordings later.\n\n'
            'Start your interview: https://app.vidscreen.example/i/%s\n\n'
            'Before you begin, test your camera and microphone. You can re-record each answer once.\n\n'
            'Need help? support@vidscreen.example\n\nVidScreen, on behalf of Sanad Digital\n' % hx(cid, 18))
    m = human(frm=addr('Sanad Digital via VidScreen', 'no-reply@vidscreen.example'), to=OWNER,
              subject='Action required: your video interview for Backend Developer at Sanad Digital', date=sent,
              msgid='<%s@mail.vidscreen.example>' % hx(cid + 'm', 26), text=text, seed=cid,
              host_ip=('mail.vidscreen.example', '198.51.100.66'))
    return cid, [('01-vidscreen-video-interview.eml', m)], lab(
        [], 'hard', 'negative/one-way-video',
        'One-way recorded video interview with a deadline (24 Sep 23:59 GST) and no live interviewer.')


@case
def c22():
    cid = 'b225-22-jobboard-walk-in-interviews-alert'
    sent = wd(T(2026, 7, 16, 19, 0, PKT), 'Thursday')
    sat = wd(T(2026, 7, 18, 10, 0, PKT), 'Saturday')
    text = ('Kaamyab Jobs | Is hafte ke Walk-in Interviews\n\n'
            'Assalam o Alaikum Fahad,\n\n'
            'Aap ki profile (Backend Developer, Karachi) se milti julti walk-in interviews is hafte:\n\n'
            '1) Qureshi Tech Solutions \u2013 Backend Developer (PHP/Laravel)\n'
            '   Walk-in interview: Saturday 18 July, 10:00 AM \u2013 2:00 PM\n'
            '   Office #402, Business Centre, Shahrah-e-Faisal, Karachi. Apni CV saath layen.\n\n'
            '2) Indus Cart \u2013 Junior Software Engineer (.NET)\n'
            '   Walk-in interview: Saturday 18 July, 11:00 AM \u2013 3:00 PM\n'
            '   Plot 21, Sector 23, Korangi Industrial Area, Karachi.\n\n'
            '3) Seaview BPO \u2013 Technical Support (night shift)\n'
            '   Walk-in interview: Monday to Friday, 7:00 PM \u2013 10:00 PM\n\n'
            'Interview ki tayyari: "10 sawal jo har backend interview mein poochay jaate hain" \u2013 parhein: '
            'https://www.kaamyabjobs.example/blog/backend-interview-sawal\n\n'
            'Aap ne 3 jobs par apply kiya hai. Apni applications ka status dekhein: '
            'https://www.kaamyabjobs.example/my-applications\n\n'
            'Yeh job alert aap ki settings ke mutabiq bheja gaya. Band karne ke liye: '
            'https://www.kaamyabjobs.example/alerts/off?u=fr7731\n(c) 2026 Kaamyab Jobs\n')
    m = human(frm=addr('Kaamyab Jobs', 'alerts@kaamyabjobs.example'), to=OWNER,
              subject='Is hafte ke Walk-in Interviews: Backend Developer jobs Karachi mein', date=sent,
              msgid='<20260716140000.alert.7731@mailer.kaamyabjobs.example>', text=text, seed=cid,
              host_ip=('mta-03.kaamyabjobs.example', '203.0.113.53'),
              extra=[('List-Unsubscribe', '<https://www.kaamyabjobs.example/alerts/off?u=fr7731>'),
                     ('Precedence', 'bulk')])
    return cid, [('01-kaamyab-walk-in-alert.eml', m)], lab(
        [], 'medium', 'negative/job-alert-walk-in',
        'Job-board alert listing open walk-in interviews (Sat 18 Jul 10:00 etc.) with interview-tips content: an ad, '
        'not an interview booked for the owner.')


# =============================================================================== writer
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith('b225-') and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        cid, items, label = fn()
        assert cid.startswith('b225-%02d-' % i), (i, cid)
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for n, data in items:
            assert re.match(r'^\d\d-[a-z0-9-]+\.(eml|ics|gcal\.json)$', n), n
            with open(os.path.join(d, n), 'wb') as f:
                f.write(data)
        labels[cid] = label
    head = ('# blind225 labels (generated by make_cases.py; do not edit by hand)\n'
            '# Owner: Fahad Rizvi <fahad.rizvi@example.com>, backend developer in Karachi (PKT, UTC+5).\n')
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False))
    pos = sum(1 for l in labels.values() if l['interview'])
    ivs = [x for l in labels.values() for x in l['interviews']]
    print('cases=%d positive=%d negative=%d interviews=%d scheduled=%d cancelled=%d' % (
        len(labels), pos, len(labels) - pos, len(ivs), sum(x['status'] == 'scheduled' for x in ivs),
        sum(x['status'] == 'cancelled' for x in ivs)))


if __name__ == '__main__':
    main()
