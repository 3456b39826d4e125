#!/usr/bin/env python3
"""Regenerate the blind249 evaluation set (interview detection, written blind).

Owner: Darlene Pruitt <darlene.pruitt@example.com>, a healthcare revenue-cycle manager in
Nashville, TN, job hunting with hospital systems, physician groups and health-tech companies in
Tennessee (Central, plus Chattanooga on Eastern), Atlanta (Eastern) and a remote Salt Lake City
company (Mountain).

Standard library + PyYAML only.  Every date, Message-ID, UID and MIME boundary is fixed, so the
output is byte-identical on every run.  All offsets come from zoneinfo; every weekday named in a
message body is asserted.

    python make_cases.py
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
import shutil
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'b249-'
CT = ZoneInfo('America/Chicago')
ET = ZoneInfo('America/New_York')
MT = ZoneInfo('America/Denver')
UTC = timezone.utc
USER = 'darlene.pruitt@example.com'
USER_NAME = 'Darlene Pruitt'
WORK = 'dpruitt@stonesrivermg.example'      # her current employer (auto-forwards to USER)
HOUR = timedelta(hours=1)
MIN = timedelta(minutes=1)


# --------------------------------------------------------------------------- time helpers
def at(y, mo, d, h, mi, tz, s=0, weekday=None, offset=None):
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert x.strftime('%A') == weekday, (x, weekday)
    if offset is not None:
        assert x.utcoffset() == timedelta(hours=offset), (x, x.utcoffset(), offset)
    return x


def rfc(d):
    return format_datetime(d)


def ical_local(d):
    return d.strftime('%Y%m%dT%H%M%S')


def ical_utc(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def iso(d):
    return None if d is None else d.isoformat()


def rfc3339z(d, ms=0):
    return d.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S') + '.%03dZ' % ms


def hm(d):
    h = d.hour % 12 or 12
    return '%d%s%s' % (h, ':%02d' % d.minute if d.minute else '', 'am' if d.hour < 12 else 'pm')


def D(s):
    return textwrap.dedent(s).lstrip('\n')


def h8(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


# --------------------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def leaf(ctype, text, cte='7bit', disp=None, extra=()):
    if cte == 'quoted-printable':
        body = qp(text)
    elif cte == 'base64':
        body = b64(text)
    else:
        body = text
    h = ['Content-Type: ' + ctype]
    if disp:
        h.append('Content-Disposition: ' + disp)
    h.append('Content-Transfer-Encoding: ' + cte)
    h.extend(extra)
    return ('\n'.join(h), body)


def multi(subtype, boundary, parts, preamble=''):
    out = preamble
    for h, b in parts:
        out += '--%s\n%s\n\n%s\n' % (boundary, h, b.rstrip('\n'))
    out += '--%s--\n' % boundary
    return ('Content-Type: multipart/%s;\n boundary="%s"' % (subtype, boundary), out)


def addr(name, email):
    if not name:
        return email
    if any(c in name for c in '.,()<>@;:"[]'):
        name = '"%s"' % name.replace('"', '\\"')
    return '%s <%s>' % (name, email)


def addrs(lst):
    return ', '.join(addr(n, e) for n, e in lst)


def eml(headers, part):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        if not v.isascii():
            v = Header(v, 'utf-8').encode()
        lines.append('%s: %s' % (k, v))
    h, b = part
    return '\n'.join(lines) + '\nMIME-Version: 1.0\n' + h + '\n\n' + b


def received(d, host, ip, rid, for_=USER):
    r = d.astimezone(CT) + timedelta(seconds=3)
    return ('from %s (%s [%s])\n        by mx1.example.com (Postfix) with ESMTPS id %s\n'
            '        for <%s>; %s' % (host, host, ip, rid, for_, rfc(r)))


def linkify(s):
    return re.sub(r'(https?://[^\s<>]+)', r'<a href="\1">\1</a>', s)


def to_html(text, font='Arial,Helvetica,sans-serif'):
    paras = text.strip('\n').split('\n\n')
    body = ''.join('<p>%s</p>\n' % '<br>\n'.join(linkify(html.escape(ln, quote=False))
                                                 for ln in p.split('\n')) for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:%s;font-size:11pt">\n%s</div></body></html>\n'
            % (font, body))


def gmail_html(text):
    def render(lines):
        out, i = [], 0
        while i < len(lines):
            if lines[i].startswith('>'):
                j = i
                while j < len(lines) and lines[j].startswith('>'):
                    j += 1
                inner = [ln[2:] if ln.startswith('> ') else ln[1:] for ln in lines[i:j]]
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                           + render(inner) + '\n</blockquote>')
                i = j
            else:
                ln = lines[i]
                out.append('<div>%s</div>' % (linkify(html.escape(ln, quote=False)) if ln else '<br>'))
                i += 1
        return '\n'.join(out)
    return '<div dir="ltr">' + render(text.rstrip('\n').split('\n')) + '</div>\n'


def tindex(seed):
    return base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()


# --------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    parts, first = [], True
    while b:
        n = 75 if first else 74
        while True:
            try:
                b[:n].decode('utf-8')
                break
            except UnicodeDecodeError:
                n -= 1
        parts.append(b[:n].decode('utf-8'))
        b = b[n:]
        first = False
    return '\r\n '.join(parts)


def ics_text(lines):
    return '\r\n'.join(fold(ln) for ln in lines) + '\r\n'


def esc(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def cn(name):
    return '"%s"' % name if any(c in name for c in ',;:') else name


OLSON = {'America/Chicago': ('CDT', '-0500', 'CST', '-0600'),
         'America/New_York': ('EDT', '-0400', 'EST', '-0500'),
         'America/Denver': ('MDT', '-0600', 'MST', '-0700')}
WINDOWS = {'Central Standard Time': ('-0500', '-0600', CT),
           'Eastern Standard Time': ('-0400', '-0500', ET),
           'Mountain Standard Time': ('-0600', '-0700', MT)}


def vtz_olson(tzid):
    dn, doff, sn, soff = OLSON[tzid]
    return ['BEGIN:VTIMEZONE', 'TZID:' + tzid, 'X-LIC-LOCATION:' + tzid,
            'BEGIN:DAYLIGHT', 'TZOFFSETFROM:' + soff, 'TZOFFSETTO:' + doff, 'TZNAME:' + dn,
            'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
            'BEGIN:STANDARD', 'TZOFFSETFROM:' + doff, 'TZOFFSETTO:' + soff, 'TZNAME:' + sn,
            'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
            'END:VTIMEZONE']


def vtz_windows(name):
    d, s, _ = WINDOWS[name]
    return ['BEGIN:VTIMEZONE', 'TZID:' + name,
            'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:' + d, 'TZOFFSETTO:' + s,
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:' + s, 'TZOFFSETTO:' + d,
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE']


def att(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp='TRUE', google=False):
    if google:
        return ('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s'
                % (role, partstat, rsvp, cn(name or email), email))
    return 'ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s' % (role, partstat, rsvp, cn(name), email)


def exchange_uid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return '040000008200E00074C5B7101A82E00800000000' + h[:16] + '000000000000000010000000' + h[16:40]


def exchange_vcal(*, method, tzname, uid, seq, organizer, attendees, summary, desc, start, end,
                  location, dtstamp, status='CONFIRMED', extra=()):
    assert start.tzinfo is WINDOWS[tzname][2] and end.tzinfo is WINDOWS[tzname][2]
    lines = ['BEGIN:VCALENDAR', 'METHOD:' + method, 'PRODID:Microsoft Exchange Server 2010',
             'VERSION:2.0'] + vtz_windows(tzname) + ['BEGIN:VEVENT',
             'ORGANIZER;CN=%s:mailto:%s' % (cn(organizer[0]), organizer[1])]
    lines += attendees
    lines += ['DESCRIPTION;LANGUAGE=en-US:' + esc(desc), 'UID:' + uid,
              'SUMMARY;LANGUAGE=en-US:' + esc(summary),
              'DTSTART;TZID=%s:%s' % (tzname, ical_local(start)),
              'DTEND;TZID=%s:%s' % (tzname, ical_local(end)),
              'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + ical_utc(dtstamp), 'TRANSP:OPAQUE',
              'STATUS:' + status, 'SEQUENCE:%d' % seq, 'LOCATION;LANGUAGE=en-US:' + esc(location),
              'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq,
              'X-MICROSOFT-CDO-OWNERAPPTID:%d' % (-int(h8(uid, 7), 16)),
              'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if method == 'CANCEL' else 'TENTATIVE'),
              'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if method == 'CANCEL' else 'BUSY'),
              'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1',
              'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
              'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT']
    lines += list(extra)
    if method == 'REQUEST':
        lines += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
                  'ACTION:DISPLAY', 'END:VALARM']
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ics_text(lines)


def exchange_invite(*, date, frm, to, subject, msgid, boundary, plain, vcal, cc=(),
                    delivered_to=USER, method='REQUEST', extra_headers=(), ip='40.107.236.71',
                    host='NAM12-BN8-obe.outbound.protection.outlook.com'):
    part = multi('alternative', boundary, [
        leaf('text/plain; charset="utf-8"', plain, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', to_html(plain, 'Aptos,Calibri,sans-serif'), 'quoted-printable'),
        leaf('text/calendar; charset="utf-8"; method=%s' % method, vcal, 'base64')])
    topic = re.sub(r'^(Updated|Canceled|Cancelled): ', '', subject)
    headers = [('Delivered-To', delivered_to),
               ('Received', received(date, host, ip, h8(msgid, 12).upper())),
               ('Return-Path', '<%s>' % frm[1]), ('From', addr(*frm)), ('To', addrs(to)),
               ('CC', addrs(cc) if cc else None), ('Subject', subject), ('Thread-Topic', topic),
               ('Thread-Index', tindex(msgid)), ('Date', rfc(date.astimezone(UTC))),
               ('Message-ID', msgid), ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
               ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
               ('Content-class', 'urn:content-classes:calendarmessage')] + list(extra_headers)
    return eml(headers, part)


def outlook_when(s, e, label):
    return 'When: %s %d:%02d %s-%d:%02d %s %s.' % (
        s.strftime('%A, %B ') + str(s.day) + s.strftime(', %Y'),
        s.hour % 12 or 12, s.minute, 'AM' if s.hour < 12 else 'PM',
        e.hour % 12 or 12, e.minute, 'AM' if e.hour < 12 else 'PM', label)


CT_LABEL = '(UTC-06:00) Central Time (US & Canada)'   # Outlook always prints the standard offset


def google_vcal(*, method, tzid, uid, seq, organizer, attendees, summary, desc, start, end,
                location, dtstamp, created, lastmod, status='CONFIRMED'):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', 'METHOD:' + method] + vtz_olson(tzid) + [
             'BEGIN:VEVENT', 'DTSTART;TZID=%s:%s' % (tzid, ical_local(start)),
             'DTEND;TZID=%s:%s' % (tzid, ical_local(end)), 'DTSTAMP:' + ical_utc(dtstamp),
             'ORGANIZER;CN=%s:mailto:%s' % (cn(organizer[0]), organizer[1]), 'UID:' + uid]
    lines += attendees
    lines += ['X-GOOGLE-CONFERENCE:https://meet.google.com/' + meet_code(uid)] if 'Meet' in location else []
    lines += ['X-MICROSOFT-CDO-OWNERAPPTID:-%d' % int(h8(uid, 7), 16), 'CREATED:' + ical_utc(created),
              'DESCRIPTION:' + esc(desc), 'LAST-MODIFIED:' + ical_utc(lastmod),
              'LOCATION:' + esc(location), 'SEQUENCE:%d' % seq, 'STATUS:' + status,
              'SUMMARY:' + esc(summary), 'TRANSP:OPAQUE']
    if method == 'REQUEST':
        lines += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
                  'TRIGGER:-P0DT0H10M0S', 'END:VALARM']
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ics_text(lines)


def meet_code(seed):
    h = hashlib.sha1(seed.encode()).digest()
    a = ''.join('abcdefghijkmnopqrstuvwxyz'[x % 25] for x in h[:10])
    return '%s-%s-%s' % (a[:3], a[3:7], a[7:10])


def google_eid(uid):
    raw = ('%s %s' % (uid.split('@')[0], USER)).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip('=')


def google_invite(*, date, org, summary, start, end, tzlabel, uid, seq, guests, desc, location,
                  msgid, b_mixed, b_alt, vcal, method='REQUEST', rid='x', meet=True):
    eid = google_eid(uid)
    when = '%s %s %d, %d ⋅ %s – %s' % (start.strftime('%A'), start.strftime('%b'), start.day,
                                        start.year, hm(start), hm(end))
    short = '%s %s %d, %d %s - %s (%s)' % (start.strftime('%a'), start.strftime('%b'), start.day,
                                          start.year, hm(start), hm(end), start.tzname())
    cancel = method == 'CANCEL'
    lines = []
    if cancel:
        lines += ['This event has been canceled and removed from your calendar.', '']
    lines += [summary, when, tzlabel, '']
    if meet and not cancel:
        code = meet_code(uid)
        lines += ['Join with Google Meet', 'https://meet.google.com/' + code, '',
                  'Join by phone', '(US) +1 904-555-0%03d PIN: %s#' % (int(h8(uid, 3), 16) % 200,
                                                                       ' '.join([str(int(h8(uid + 'p', 8), 16))[:3], str(int(h8(uid + 'q', 8), 16))[:3], str(int(h8(uid + 'r', 8), 16))[:4]])),
                  '', 'More phone numbers', 'https://tel.meet/%s?pin=%s' % (code, str(int(h8(uid + 'x', 10), 16))[:13]), '']
    elif location:
        lines += ['Location', location, '']
    if desc:
        lines += [desc, '']
    lines += ['Organizer', org[0], org[1], '', 'Guests']
    for name, email, is_org in guests:
        lines.append((name or email) + (' - organizer' if is_org else ''))
    lines += ['View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s' % eid, '']
    if not cancel:
        lines += ['Reply for %s' % USER,
                  'Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1' % eid,
                  'No https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=2' % eid,
                  'Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=3' % eid,
                  '', 'More options https://calendar.google.com/calendar/event?action=VIEW&eid=%s' % eid, '']
    lines += ['Invitation from Google Calendar https://calendar.google.com/calendar/', '',
              'You are receiving this email because you are an attendee on the event. To stop '
              'receiving future updates for this event, decline this event.', '',
              'Forwarding this invitation could allow any recipient to send a response to the '
              'organizer, be added to the guest list, invite others regardless of their own '
              'invitation status, or modify your RSVP. Learn more '
              'https://support.google.com/calendar/answer/37135#forwarding']
    plain = '\n'.join(lines) + '\n'
    alt = multi('alternative', b_alt, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, 'base64'),
        leaf('text/html; charset="UTF-8"', to_html(plain, 'Roboto,Helvetica,Arial,sans-serif'), 'quoted-printable'),
        leaf('text/calendar; charset="UTF-8"; method=' + method, vcal.replace('\r\n', '\n'), '7bit')])
    attach = leaf('application/ics; name="invite.ics"', vcal, 'base64', disp='attachment; filename="invite.ics"')
    part = multi('mixed', b_mixed, [alt, attach])
    prefix = 'Canceled event' if cancel else ('Updated invitation' if seq else 'Invitation')
    subject = '%s: %s @ %s (%s)' % (prefix, summary, short, USER)
    headers = [('Delivered-To', USER),
               ('Received', received(date, 'mail-sor-f69.google.com', '209.85.220.69', rid)),
               ('Return-Path', '<3%s-calendar-%s@calendar-server.bounces.google.com>' % (h8(msgid, 12), h8(uid, 10))),
               ('Reply-To', addr(*org)), ('Sender', 'Google Calendar <calendar-notification@google.com>'),
               ('Message-ID', msgid), ('Date', rfc(date.astimezone(UTC))), ('Subject', subject),
               ('From', addr(*org)), ('To', USER)]
    return eml(headers, part)


def gmail_mail(*, date, frm, to, subject, msgid, boundary, text, cc=(), in_reply_to=None,
               references=None, delivered_to=USER, rid='x', host='mail-sor-f41.google.com',
               ip='209.85.220.41', extra=()):
    part = multi('alternative', boundary, [
        leaf('text/plain; charset="UTF-8"', text, 'quoted-printable'),
        leaf('text/html; charset="UTF-8"', gmail_html(text), 'quoted-printable')])
    headers = [('Delivered-To', delivered_to), ('Received', received(date, host, ip, rid)),
               ('Return-Path', '<%s>' % frm[1]),
               ('From', addr(*frm)), ('Date', rfc(date)), ('Message-ID', msgid),
               ('In-Reply-To', in_reply_to), ('References', references), ('Subject', subject),
               ('To', addrs(to)), ('Cc', addrs(cc) if cc else None)] + list(extra)
    return eml(headers, part)


def outlook_mail(*, date, frm, to, subject, msgid, boundary, text, cc=(), in_reply_to=None,
                 references=None, delivered_to=USER, rid='x', ip='40.107.220.92',
                 host='NAM04-MW2-obe.outbound.protection.outlook.com', extra=()):
    part = multi('alternative', boundary, [
        leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', to_html(text, 'Aptos,Calibri,sans-serif'), 'quoted-printable')])
    topic = re.sub(r'^((RE|FW|Re|Fwd): )+', '', subject)
    headers = [('Delivered-To', delivered_to), ('Received', received(date, host, ip, rid)),
               ('Return-Path', '<%s>' % frm[1]), ('From', addr(*frm)), ('To', addrs(to)),
               ('CC', addrs(cc) if cc else None), ('Subject', subject), ('Thread-Topic', topic),
               ('Thread-Index', tindex(msgid)), ('Date', rfc(date.astimezone(UTC))),
               ('Message-ID', msgid), ('References', references), ('In-Reply-To', in_reply_to),
               ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
               ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')] + list(extra)
    return eml(headers, part)


def vendor_mail(*, date, frm, to, subject, msgid, b_alt, text, reply_to=None, b_mixed=None,
                attach=None, delivered_to=USER, rid='x', host='mta.example-relay.net',
                ip='198.51.100.24', extra=(), font='Arial,Helvetica,sans-serif',
                plain_cte='quoted-printable', html_cte='quoted-printable', to_header=None):
    alt = multi('alternative', b_alt, [leaf('text/plain; charset=UTF-8', text, plain_cte),
                                       leaf('text/html; charset=UTF-8', to_html(text, font), html_cte)])
    if attach:
        fname, ctype, content = attach
        a = leaf('%s; charset=UTF-8; name="%s"' % (ctype, fname), content, 'base64',
                 disp='attachment; filename="%s"' % fname)
        part = multi('mixed', b_mixed, [alt, a])
    else:
        part = alt
    headers = [('Delivered-To', delivered_to), ('Received', received(date, host, ip, rid)),
               ('Return-Path', '<bounce-%s@%s>' % (h8(msgid, 10), frm[1].split('@')[1])),
               ('Date', rfc(date)), ('From', addr(*frm)), ('Reply-To', addr(*reply_to) if reply_to else None),
               ('To', to_header or addrs(to)), ('Message-ID', msgid), ('Subject', subject)] + list(extra)
    return eml(headers, part)


def simple_vcal(*, prodid, method, tzid, uid, seq, organizer, attendees, summary, desc, start, end,
                location, dtstamp, status='CONFIRMED'):
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:' + prodid, 'CALSCALE:GREGORIAN',
             'METHOD:' + method] + vtz_olson(tzid) + [
             'BEGIN:VEVENT', 'UID:' + uid, 'SEQUENCE:%d' % seq, 'DTSTAMP:' + ical_utc(dtstamp),
             'DTSTART;TZID=%s:%s' % (tzid, ical_local(start)),
             'DTEND;TZID=%s:%s' % (tzid, ical_local(end)), 'SUMMARY:' + esc(summary),
             'DESCRIPTION:' + esc(desc), 'LOCATION:' + esc(location), 'STATUS:' + status]
    if organizer:
        lines.append('ORGANIZER;CN=%s:mailto:%s' % (cn(organizer[0]), organizer[1]))
    lines += attendees
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ics_text(lines)


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followups), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': USER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


WEBEX_FOOTER = D('''
    -- Do not delete or change any of the following text. --

    When it's time, join your Webex meeting here.

    Meeting number (access code): {num}
    Meeting password: {pw}

    Join meeting
    {url}

    Join by phone
    +1-408-555-0163 United States Toll
    Access code: {num}

    If you are a host, go here to view host information.

    Need help? Go to https://help.webex.com
    ''')

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# =========================================================================== cases
@case
def c01():
    slug = 'b249-01-icims-phone-screen-cumberland'
    kendra = ('Kendra Brantley', 'kendra.brantley@cumberlandvalleyhealth.example')
    sent = at(2026, 10, 5, 10, 14, CT, 22, weekday='Monday')
    start = at(2026, 10, 8, 14, 0, CT, weekday='Thursday', offset=-5)
    end = start + 30 * MIN
    text = D('''
        Hello Darlene,

        Thank you for your interest in the Manager, Patient Financial Services position (Job ID 2026-14873) with Cumberland Valley Health. We are pleased to confirm your phone interview.

        Interview Type: Phone Interview
        Date: Thursday, October 8, 2026
        Time: 2:00 PM - 2:30 PM Central Time
        Interviewer: Kendra Brantley, Talent Acquisition Partner
        Phone: Kendra will call you at (615) 555-0148, the number on your application.

        A calendar invitation (Interview.ics) is attached for your convenience.

        If you need to reschedule, please reply to this message or contact Kendra directly at kendra.brantley@cumberlandvalleyhealth.example or (615) 555-0192.

        We look forward to speaking with you!

        Cumberland Valley Health Talent Acquisition
        Caring for Middle Tennessee since 1921

        This message was sent via iCIMS on behalf of Cumberland Valley Health. Please do not forward this e-mail; it contains links unique to your candidate profile.
        https://careers-cumberlandvalleyhealth.icims.com/jobs/14873/manager%2c-patient-financial-services/candidate
        ''')
    vcal = simple_vcal(
        prodid='-//iCIMS Inc.//iCIMS Talent Cloud//EN', method='REQUEST', tzid='America/Chicago',
        uid='icims-int-2026-14873-55120@cumberlandvalleyhealth.icims.com', seq=0,
        organizer=kendra, attendees=[att(*kendra, partstat='ACCEPTED', rsvp='FALSE'),
                                     att(USER_NAME, USER)],
        summary='Phone Interview - Manager, Patient Financial Services - Cumberland Valley Health',
        desc='Phone interview with Kendra Brantley, Talent Acquisition Partner. Kendra will call '
             'you at (615) 555-0148.\nJob ID: 2026-14873',
        start=start, end=end, location='Phone - Kendra will call (615) 555-0148', dtstamp=sent)
    f = {'01-icims-phone-interview-scheduled.eml': vendor_mail(
        date=sent, frm=('Cumberland Valley Health Careers', 'no-reply@icims.com'), to=[(USER_NAME, USER)],
        reply_to=kendra, subject='Phone Interview Scheduled - Manager, Patient Financial Services (Job ID 2026-14873)',
        msgid='<1759677262107.55120.icims.2026-14873@icims.com>', b_alt='----=_Part_55120_1802293311.1759677262107',
        b_mixed='----=_Part_55119_410355128.1759677262106', text=text, rid='4Bm7QK1dZ2z9vTx',
        attach=('Interview.ics', 'text/calendar', vcal), host='mail-out7.icims.com', ip='64.215.192.37',
        extra=[('X-Mailer', 'iCIMS Talent Platform'), ('Auto-Submitted', 'auto-generated')])}
    lab = label([iv('Cumberland Valley Health', 'Manager, Patient Financial Services', start, end, 'scheduled',
                    [kendra[1]], [kendra[1]], 'phone_screen')], 'easy', 'positive/ats-icims',
                'iCIMS confirmation from no-reply@icims.com with Interview.ics (TZID America/Chicago, CDT). '
                'The recruiter (Reply-To) conducts the phone screen, so she is interviewer and follow-up recipient.')
    return slug, f, lab


@case
def c02():
    slug = 'b249-02-epic-certification-exam'
    sent = at(2026, 10, 6, 8, 3, CT, 41, weekday='Tuesday')
    start = at(2026, 10, 16, 8, 0, CT, weekday='Friday')
    end = start + 3 * HOUR
    sched = ('Epic Training Scheduling', 'trainingscheduling@epic-userweb.example')
    text = D('''
        Darlene,

        Your certification exam has been scheduled. Please review the details below and keep this message for your records.

        Exam: Resolute Hospital Billing Claims Administration Certification (RHB-CLM-200)
        Sponsoring organization: Stones River Medical Group
        Format: Remote proctored exam
        Date: Friday, October 16, 2026
        Check-in: 7:45 AM Central Time
        Exam start: 8:00 AM Central Time (3 hours allotted)

        Before your exam:
        - Submit your certification project (HB claims build review) at least 48 hours ahead.
        - Run the system check on the computer you'll use for the exam.
        - Have a government-issued photo ID ready. At check-in the proctor will conduct a short verification interview and a webcam room scan.

        This is an exam appointment, not a training class and not a meeting with Epic staff. If you need to move it, reschedule at least 72 hours before your check-in time from the Training Scheduling page; late changes count as a used attempt.

        Good luck!

        Epic Training Scheduling
        Do not reply to this automated message.
        ''')
    vcal = simple_vcal(
        prodid='-//Epic Training//Exam Scheduling 1.0//EN', method='PUBLISH', tzid='America/Chicago',
        uid='exam-RHB-CLM-200-0087731@epic-userweb.example', seq=0, organizer=sched,
        attendees=[att('Darlene Pruitt', WORK, rsvp='FALSE')],
        summary='Epic Certification Exam - Resolute HB Claims Administration (proctored)',
        desc='Remote proctored certification exam RHB-CLM-200. Check in at 7:45 AM. Photo ID required.',
        start=start, end=end, location='Online proctoring (link in Training Scheduling)', dtstamp=sent)
    f = {'01-exam-scheduled.eml': vendor_mail(
        date=sent, frm=sched, to=[(USER_NAME, WORK)], delivered_to=USER,
        subject='Confirmed: Resolute Hospital Billing Claims Administration Certification Exam (Proctored)',
        msgid='<exam.0087731.20261006130341@epic-userweb.example>', b_alt='=_alt_0087731_8c1f',
        b_mixed='=_mix_0087731_8c1e', text=text, rid='4Bn2Lx0c1Vz4kQs', attach=('exam.ics', 'text/calendar', vcal),
        extra=[('X-Forwarded-To', USER), ('X-Forwarded-For', '%s %s' % (WORK, USER))])}
    lab = label([], 'medium', 'negative/exam-booking',
                'Epic certification exam booking with an .ics and a "verification interview" at proctor check-in; '
                'no hiring process, so not an interview.')
    return slug, f, lab


@case
def c03():
    slug = 'b249-03-workday-hm-atlanta-after-dst'
    sent = at(2026, 10, 27, 16, 2, ET, 11, weekday='Tuesday', offset=-4)
    start = at(2026, 11, 3, 11, 0, ET, weekday='Tuesday', offset=-5)
    end = start + HOUR
    brandon = 'brandon.tillman@peachtreesummit.example'
    text = D('''
        Hi Darlene,

        Congratulations! You have been scheduled for an interview for the Revenue Cycle Manager - Hospital Billing position (R-20418) at Peachtree Summit Health.

        Interview Details
        Date: Tuesday, November 3, 2026
        Time: 11:00 AM - 12:00 PM EST (GMT-05:00) Eastern Time
        Interview Format: Virtual - Microsoft Teams
        Interviewer(s): Gloria Okafor, Director, Hospital Billing Operations

        The Microsoft Teams link will be sent separately by the hiring team before your interview.

        To view your interview details or update your candidate profile, sign in to Candidate Home:
        https://peachtreesummit.wd1.myworkdayjobs.com/en-US/PSH_Careers/userHome

        If you have questions or need to make a change, please contact your recruiter, Brandon Tillman, at brandon.tillman@peachtreesummit.example.

        Please note: this mailbox is not monitored, and replies to this email will not be received.

        Thank you,
        Peachtree Summit Health Talent Acquisition
        ''')
    f = {'01-workday-interview-scheduled.eml': vendor_mail(
        date=sent, frm=('Peachtree Summit Health', 'peachtreesummit@myworkday.com'), to=[(USER_NAME, USER)],
        subject='Interview Scheduled: Revenue Cycle Manager - Hospital Billing (R-20418)',
        msgid='<1340596711.2291854.1793131331420.JavaMail.wdprod@myworkday.com>',
        b_alt='----=_Part_2291853_1707443210.1793131331419', text=text, rid='4Bq8Wr3kYhz1mPd',
        host='wd1-mta-04.myworkday.com', ip='148.163.159.210', plain_cte='7bit')}
    lab = label([iv('Peachtree Summit Health', 'Revenue Cycle Manager - Hospital Billing', start, end, 'scheduled',
                    [], [brandon], 'hiring_manager')], 'medium', 'positive/workday-dst',
                'Workday mail sent on EDT (-04:00) for an interview after US DST end (Nov 1), stated as EST. '
                'Interviewer named without an address, so interviewer_emails is empty and the recruiter '
                'named in the text is the follow-up recipient (the Workday sender is unmonitored).')
    return slug, f, lab


@case
def c04():
    slug = 'b249-04-paradox-olivia-confirmed'
    shonda = ('Shonda Greer', 'sgreer@harpethriverpp.example')
    olivia = ('Olivia from Harpeth River Physician Partners', 'no-reply@paradox.ai')
    reply = ('Olivia', 'olivia.hrpp+ka7wq2@candidate.paradox.ai')
    s1 = at(2026, 10, 12, 15, 22, CT, 7, weekday='Monday')
    s2 = at(2026, 10, 14, 19, 41, CT, 52, weekday='Wednesday')
    at(2026, 10, 20, 13, 30, CT, weekday='Tuesday')
    at(2026, 10, 21, 10, 0, CT, weekday='Wednesday')
    start = at(2026, 10, 20, 9, 0, CT, weekday='Tuesday', offset=-5)
    end = start + 45 * MIN
    t1 = D('''
        Hi Darlene!

        It's Olivia, the virtual recruiting assistant for Harpeth River Physician Partners. Thanks for applying for our Billing Office Manager opening in Franklin. Shonda Greer, our Practice Administrator, would love to meet you in person.

        Here are a few times that work on her end (all times Central):

        1) Tue, Oct 20 at 9:00 AM
        2) Tue, Oct 20 at 1:30 PM
        3) Wed, Oct 21 at 10:00 AM

        Just reply with 1, 2 or 3, or tap below to see more options:
        https://harpethriverpp.paradox.ai/co/HRPP/schedule/ka7Wq2

        Talk soon!
        Olivia
        Harpeth River Physician Partners Recruiting Assistant

        Olivia is an AI assistant powered by Paradox. Reply STOP to opt out of messages.
        ''')
    t2 = D('''
        Hi Darlene,

        You're all set! Here are your interview details:

        Position: Billing Office Manager
        With: Shonda Greer, Practice Administrator
        When: Tuesday, October 20, 2026 at 9:00 AM CDT (45 minutes)
        Where: Harpeth River Physician Partners - Business Office
        4321 Carothers Pkwy, Suite 200, Franklin, TN 37067

        Check in at the front desk on the 2nd floor and let them know you're here to see Shonda. Parking is free in the garage behind the building. Please bring a copy of your resume and a photo ID.

        I've attached a calendar invite. If something comes up and you need to reschedule, just reply RESCHEDULE or use this link:
        https://harpethriverpp.paradox.ai/co/HRPP/manage/ka7Wq2

        If you'd like to reach Shonda before your interview, her email is sgreer@harpethriverpp.example.

        See you soon!
        Olivia
        Harpeth River Physician Partners Recruiting Assistant
        ''')
    vcal = simple_vcal(
        prodid='-//Paradox//Olivia Scheduling//EN', method='REQUEST', tzid='America/Chicago',
        uid='pdx-evt-7f3c2a91d0b84e21@paradox.ai', seq=0, organizer=('Olivia (Harpeth River Physician Partners)', 'no-reply@paradox.ai'),
        attendees=[att(*shonda, partstat='ACCEPTED', rsvp='FALSE'), att(USER_NAME, USER)],
        summary='Interview: Billing Office Manager - Harpeth River Physician Partners',
        desc='In-person interview with Shonda Greer, Practice Administrator.\n4321 Carothers Pkwy, Suite 200, Franklin, TN 37067. Check in at the 2nd floor front desk.',
        start=start, end=end, location='4321 Carothers Pkwy, Suite 200, Franklin, TN 37067', dtstamp=s2)
    f = {
        '01-olivia-pick-a-time.eml': vendor_mail(
            date=s1, frm=olivia, reply_to=reply, to=[(USER_NAME, USER)],
            subject="Let's get your interview scheduled, Darlene!",
            msgid='<0100019283a1c4f2-5b1e9d3a-44c2-4a8e-9f10-2d7b3c6e8a01-000000@email.paradox.ai>',
            b_alt='b1_c41d7e0a9f2b4b1c8e3d5a6f7b8c9d01', text=t1, rid='4Bp1Hs6nRtz3cLw',
            host='a48-112.smtp-out.amazonses.com', ip='54.240.48.112'),
        '02-olivia-youre-all-set.eml': vendor_mail(
            date=s2, frm=olivia, reply_to=reply, to=[(USER_NAME, USER)],
            subject="You're all set! Interview confirmed for Tue, Oct 20",
            msgid='<0100019289f7b0aa-1c7d2e4f-8b3a-4f61-a2c9-7e5d1b0f3c92-000000@email.paradox.ai>',
            b_alt='b1_9a2f6c3e1d0b4e7a8c5f2d1e0b9a8c77', b_mixed='b2_9a2f6c3e1d0b4e7a8c5f2d1e0b9a8c77',
            text=t2, rid='4Bp5Vt2mKqz8dNx', attach=('interview.ics', 'text/calendar', vcal),
            host='a48-115.smtp-out.amazonses.com', ip='54.240.48.115')}
    lab = label([iv('Harpeth River Physician Partners', 'Billing Office Manager', start, end, 'scheduled',
                    [shonda[1]], [shonda[1]], 'hiring_manager')], 'medium', 'positive/paradox',
                'Paradox/Olivia: first mail offers three slots (not an interview by itself), the second confirms '
                'option 1 with an .ics. One interview; the Practice Administrator is the interviewer and her address '
                'is given in the text and the .ics. Olivia reply addresses are bot addresses, never follow-up recipients.')
    return slug, f, lab


@case
def c05():
    slug = 'b249-05-hipaa-training-webinar'
    sent = at(2026, 10, 19, 9, 15, CT, 30, weekday='Monday')
    start = at(2026, 10, 29, 12, 0, CT)
    end = start + HOUR
    text = D('''
        Hi Darlene Pruitt,

        Thank you for registering for "HIPAA Compliance Refresher for Revenue Cycle Leaders: Patient Interviews, Right of Access & Hiring Pitfalls".

        Please submit any questions to: education@tnhfma.example

        Date Time: Oct 29, 2026 12:00 PM Central Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/86123457781?tk=Qm8sT1vXk2p9RzYw4LmN0aBcDeFgHiJk.DQMAAAAUDiN3dRZ

        Passcode: 451902

        Add to Calendar(.ics): https://us06web.zoom.us/webinar/tJMvfuGrqz4oHtQ/ics?user_id=pXr81
        Add to Google Calendar | Add to Yahoo Calendar

        Description:
        Annual HIPAA privacy and security training for revenue cycle, patient access and HIM leaders (1.0 CPE credit). Topics: minimum necessary when interviewing patients at registration, financial counseling conversations, right-of-access requests, and the health questions you can and can't ask when you're interviewing job candidates. Presented by Sharon Whitley, JD, CHC.

        Or One tap mobile :
            +13125550199,,86123457781#,,,,*451902# US (Chicago)

        Webinar ID: 861 2345 7781

        You can cancel your registration at any time.
        ''')
    vcal = simple_vcal(
        prodid='-//zoom.us//iCalendar Event//EN', method='PUBLISH', tzid='America/Chicago',
        uid='ZOOM86123457781@zoom.us', seq=0, organizer=('Tennessee Chapter HFMA', 'no-reply@zoom.us'),
        attendees=[], summary='HIPAA Compliance Refresher for Revenue Cycle Leaders (webinar)',
        desc='Zoom webinar. Join: https://us06web.zoom.us/w/86123457781 Passcode: 451902',
        start=start, end=end, location='https://us06web.zoom.us/w/86123457781', dtstamp=sent)
    f = {'01-zoom-webinar-registration.eml': vendor_mail(
        date=sent, frm=('Tennessee Chapter HFMA', 'no-reply@zoom.us'),
        reply_to=('Tennessee Chapter HFMA', 'education@tnhfma.example'), to=[(USER_NAME, USER)],
        subject='HIPAA Compliance Refresher for Revenue Cycle Leaders Confirmation',
        msgid='<Q4iTKm2WRxqz7pB1nV0cAg@geopod-ismtpd-11>', b_alt='7c1b0b3e5a1f4d2e9a8c6b4d2f0e1a3c',
        b_mixed='0d5f8e2c4b6a19374d5c3b1a0f9e8d7c', text=text, rid='4Bs0Pm9fGhz6wRt',
        attach=('webinar.ics', 'text/calendar', vcal), host='o1.ptr1234.zoom.us', ip='149.72.141.9',
        font='Lato,Helvetica,Arial,sans-serif')}
    lab = label([], 'medium', 'negative/webinar',
                'Zoom webinar registration for HIPAA compliance training; mentions "interviewing patients" and '
                '"interviewing job candidates" and carries an .ics, but it is training, not a job interview.')
    return slug, f, lab


@case
def c06():
    slug = 'b249-06-zoom-cst-tzid-case-interview'
    jenna = ('Jenna Pope', 'jenna.pope@claimcrest.example')
    carla = ('Carla Mendoza', 'carla.mendoza@claimcrest.example')
    sent = at(2026, 10, 29, 11, 5, CT, 18, weekday='Thursday', offset=-5)
    start = at(2026, 11, 4, 13, 0, CT, weekday='Wednesday', offset=-6)
    end = start + HOUR
    zoom = D('''
        Jenna Pope is inviting you to a scheduled Zoom meeting.

        Join Zoom Meeting
        https://claimcrest.zoom.us/j/93482716650?pwd=bUxHcVZ3c2tQZk5ZTm9qR1dtQ2VxQT09

        Meeting ID: 934 8271 6650
        Passcode: 772104

        ---

        One tap mobile
        +13125550186,,93482716650#,,,,*772104# US (Chicago)

        Dial by your location
        • +1 312 555 0186 US (Chicago)

        Find your local number: https://claimcrest.zoom.us/u/abQx91TzK
        ''')
    body = D('''
        Hi Darlene,

        Thanks for making time for round two! This is your case interview with Carla Mendoza, our Director of RCM Analytics. Carla will share a de-identified denials dataset from a 300-bed community hospital and ask you to talk through how you'd bring a 12% initial denial rate down. No slides needed, we just want to hear how you think.

        I'm only the scheduler, so I won't be on the call. If anything changes, just reply here.

        Jenna Pope
        People Operations Coordinator | ClaimCrest Health
        615-555-0133
        ''')
    plain = (outlook_when(start, end, CT_LABEL) + '\nWhere: Zoom\n\n*~*~*~*~*~*~*~*~*~*\n\n' + body
             + '\n________________________________________________________________________________\n' + zoom)
    subject = 'ClaimCrest Health – Case Interview: Darlene Pruitt (Sr. Manager, Revenue Cycle Solutions)'
    vcal = exchange_vcal(
        method='REQUEST', tzname='Central Standard Time', uid=exchange_uid('claimcrest-case'), seq=0,
        organizer=jenna, attendees=[att(USER_NAME, USER), att(*carla)], summary=subject,
        desc=plain, start=start, end=end,
        location='https://claimcrest.zoom.us/j/93482716650?pwd=bUxHcVZ3c2tQZk5ZTm9qR1dtQ2VxQT09',
        dtstamp=sent, extra=['X-MICROSOFT-LOCATIONDISPLAYNAME:Zoom'])
    f = {'01-outlook-zoom-invite.eml': exchange_invite(
        date=sent, frm=jenna, to=[(USER_NAME, USER), carla], subject=subject,
        msgid='<SA1PR14MB7361C0E4B2A6D95F8E3C1B7AA5D92@SA1PR14MB7361.namprd14.prod.outlook.com>',
        boundary='_000_SA1PR14MB7361C0E4B2A6D95F8E3C1B7AA5D92SA1PR14MB7361namp_', plain=plain, vcal=vcal)}
    lab = label([iv('ClaimCrest Health', 'Senior Manager, Revenue Cycle Solutions', start, end, 'scheduled',
                    [carla[1]], [carla[1]], 'technical')], 'hard', 'positive/zoom-windows-tzid',
                'Outlook/Zoom invite sent on CDT for the Wednesday after DST ends; TZID "Central Standard Time" '
                'with a Windows VTIMEZONE, so 1:00 PM is -06:00. The organizer is a scheduler who says she will not '
                'be on the call; only Carla interviews (case exercise).')
    return slug, f, lab


@case
def c07():
    slug = 'b249-07-webex-snow-day-reschedule'
    travis = ('Travis Boles', 'travis.boles@caneyforkortho.example')
    uid = exchange_uid('caneyfork-travis-darlene')
    s1 = at(2026, 12, 17, 15, 40, CT, 9, weekday='Thursday')
    orig = at(2027, 1, 12, 10, 0, CT, weekday='Tuesday', offset=-6)
    s2 = at(2027, 1, 11, 17, 48, CT, 33, weekday='Monday')
    s_dar = at(2027, 1, 11, 19, 15, CT, weekday='Monday')
    s3 = at(2027, 1, 11, 21, 2, CT, 5, weekday='Monday')
    s4 = at(2027, 1, 12, 7, 31, CT, 44, weekday='Tuesday')
    start = at(2027, 1, 14, 10, 0, CT, weekday='Thursday', offset=-6)
    end = start + HOUR
    assert (start - orig).days == 2
    sig = 'Travis Boles\nChief Financial Officer\nCaney Fork Orthopaedic Associates\n615-555-0177\n'
    subj = 'Interview – Director of Revenue Cycle (Darlene Pruitt)'
    loc1 = 'Caney Fork Orthopaedic Associates – Admin Office, 1400 W Main St, Suite 300, Lebanon, TN 37087'
    body1 = D('''
        Darlene,

        Glad we could get this on the calendar before the holidays. You'll meet with me for about an hour. We'll talk through where our AR sits today (north of 55 days, I'm sorry to say) and what your first 90 days would look like.

        Park out front and ask for me at the front desk.

        Merry Christmas,
        ''') + sig
    plain1 = outlook_when(orig, orig + HOUR, CT_LABEL) + '\nWhere: ' + loc1 + '\n\n*~*~*~*~*~*~*~*~*~*\n\n' + body1
    vcal1 = exchange_vcal(method='REQUEST', tzname='Central Standard Time', uid=uid, seq=0, organizer=travis,
                          attendees=[att(USER_NAME, USER)], summary=subj, desc=plain1, start=orig,
                          end=orig + HOUR, location=loc1, dtstamp=s1)
    snow = D('''
        Darlene,

        I expect you've seen the forecast. Wilson County schools have already called it for tomorrow, and we've made the decision to close all three clinics and the admin office. They're saying 4 to 6 inches with ice underneath, and I'd hate for you to be out on I-40 in that.

        Could we move our interview to Thursday at the same time, 10:00 Central? Let's just do it over Webex so neither one of us has to worry about the roads. If Thursday doesn't suit, send me a couple of times that do.

        Sorry for the late notice. Stay warm.

        Travis

        ''') + sig
    reply = D('''
        Perfect. Thursday at 10 it is. I'll send an updated invite with the Webex link first thing in the morning.

        Travis

        -----Original Message-----
        From: Darlene Pruitt <darlene.pruitt@example.com>
        Sent: Monday, January 11, 2027 7:15 PM
        To: Travis Boles <travis.boles@caneyforkortho.example>
        Subject: RE: Tomorrow's interview – snow

        Hi Travis,

        No apology needed, I was wondering if y'all would close. Thursday at 10:00 works just fine for me, and Webex is great.

        Stay safe out there,
        Darlene

        -----Original Message-----
        From: Travis Boles <travis.boles@caneyforkortho.example>
        Sent: Monday, January 11, 2027 5:48 PM
        To: Darlene Pruitt <darlene.pruitt@example.com>
        Subject: Tomorrow's interview – snow

        ''') + snow
    webex = WEBEX_FOOTER.format(num='2634 118 9052', pw='Rx7mPq2Tn4',
                                url='https://caneyforkortho.webex.com/caneyforkortho/j.php?MTID=m4e8b1c7d2a9f03e6b5c4d1a2f7e8b9c0')
    plain4 = (outlook_when(start, end, CT_LABEL) + '\nWhere: Webex\n\n*~*~*~*~*~*~*~*~*~*\n\n'
              'Moved to Thursday because of the snow closure. Same time, now on Webex.\n\n' + sig + '\n' + webex)
    vcal4 = exchange_vcal(method='REQUEST', tzname='Central Standard Time', uid=uid, seq=1, organizer=travis,
                          attendees=[att(USER_NAME, USER, partstat='NEEDS-ACTION')], summary=subj, desc=plain4,
                          start=start, end=end, location='Webex', dtstamp=s4)
    m2 = '<BL1PR19MB5123E7A4C0D9F2B81A6E3D9CC8F41@BL1PR19MB5123.namprd19.prod.outlook.com>'
    m2r = '<SN7PR10MB6612B3F0E1A2C4D5968772EFA3D0B@SN7PR10MB6612.namprd10.prod.outlook.com>'
    m3 = '<BL1PR19MB51239D0B7E6C5A4F3E2D1C0BB7A92@BL1PR19MB5123.namprd19.prod.outlook.com>'
    f = {
        '01-outlook-invite-in-person.eml': exchange_invite(
            date=s1, frm=travis, to=[(USER_NAME, USER)], subject=subj,
            msgid='<BL1PR19MB51230A7C3E9D4B2F1C8E6D5AA0B17@BL1PR19MB5123.namprd19.prod.outlook.com>',
            boundary='_000_BL1PR19MB51230A7C3E9D4B2F1C8E6D5AA0B17BL1PR19MB5123namp_', plain=plain1, vcal=vcal1),
        '02-snow-closure-move-to-thursday.eml': outlook_mail(
            date=s2, frm=travis, to=[(USER_NAME, USER)], subject="Tomorrow's interview – snow", msgid=m2,
            boundary='_000_BL1PR19MB5123E7A4C0D9F2B81A6E3D9CC8F41BL1PR19MB5123namp_', text=snow, rid='4Bv2Kc8pWqz0hTy'),
        '03-re-thursday-at-10.eml': outlook_mail(
            date=s3, frm=travis, to=[(USER_NAME, USER)], subject="RE: Tomorrow's interview – snow", msgid=m3,
            boundary='_000_BL1PR19MB51239D0B7E6C5A4F3E2D1C0BB7A92BL1PR19MB5123namp_', text=reply,
            in_reply_to=m2r, references='%s %s' % (m2, m2r), rid='4Bv3Rn1sFgz5jKm'),
        '04-outlook-updated-invite-webex.eml': exchange_invite(
            date=s4, frm=travis, to=[(USER_NAME, USER)], subject='Updated: ' + subj,
            msgid='<BL1PR19MB5123F4E3D2C1B0A9F8E7D6C5B4A31@BL1PR19MB5123.namprd19.prod.outlook.com>',
            boundary='_000_BL1PR19MB5123F4E3D2C1B0A9F8E7D6C5B4A31BL1PR19MB5123namp_', plain=plain4, vcal=vcal4)}
    assert s_dar < s3
    lab = label([iv('Caney Fork Orthopaedic Associates', 'Director of Revenue Cycle', start, end, 'scheduled',
                    [travis[1]], [travis[1]], 'hiring_manager')], 'medium', 'positive/reschedule',
                'In-person interview set for Tue Jan 12 2027; a snow closure moves it to Thursday at the same time '
                'over Webex (e-mail thread plus Outlook update, same UID, SEQUENCE 1). One interview at the final time, '
                '10:00 CST. Invite sent in December for a January date (year rollover).')
    return slug, f, lab


@case
def c08():
    slug = 'b249-08-payer-contract-negotiation'
    derek = ('Derek Simmons', 'derek.simmons@apphealthplan.example')
    ron = ('Ron Gaines', 'rgaines@stonesrivermg.example')
    lisa = ('Lisa Carmichael', 'lisa.carmichael@apphealthplan.example')
    hunter = ('Hunter Boyd', 'hunter.boyd@apphealthplan.example')
    sent = at(2026, 11, 2, 9, 20, CT, 12, weekday='Monday')
    start = at(2026, 11, 9, 13, 30, CT, weekday='Monday', offset=-6)
    end = start + 90 * MIN
    body = D('''
        Darlene, Ron,

        Thanks for a productive first session in October. For round two we'll have our provider network panel on the call: myself, Lisa Carmichael (Director, Provider Contracting) and Hunter Boyd (Reimbursement Analytics).

        Agenda
        1. AHP counter-proposal on E/M and orthopedic surgical codes (sent 10/30)
        2. Timely filing and corrected-claim language in Section 4.2
        3. Prior-auth denial trends. We'd like to interview your billing leads about the 2026 timely-filing denials before we finalize the appeals language.
        4. Next steps and target signature date

        Please come prepared with your proposed escalator for 2027 through 2029.

        Derek Simmons
        Provider Contracting Manager | Appalachian Health Plan
        865-555-0140
        ''')
    teams = D('''
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZmE4ODQtYjI1Ny00ZDFhLWIxNjUtOTc3MjE0ZWI0MDVh%40thread.v2/0>
        Meeting ID: 248 331 905 627
        Passcode: k8Xe2P
        ________________________________________________________________________________
        ''')
    subject = 'SRMG / Appalachian Health Plan – 2027 Commercial Rate Negotiation (Round 2)'
    plain = outlook_when(start, end, CT_LABEL) + '\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n' + body + '\n' + teams
    vcal = exchange_vcal(method='REQUEST', tzname='Central Standard Time', uid=exchange_uid('ahp-srmg-round2'), seq=0,
                         organizer=derek, attendees=[att('Darlene Pruitt', WORK), att(*ron), att(*lisa), att(*hunter)],
                         summary=subject, desc=plain, start=start, end=end, location='Microsoft Teams Meeting',
                         dtstamp=sent)
    f = {'01-teams-invite-contract-negotiation.eml': exchange_invite(
        date=sent, frm=derek, to=[('Darlene Pruitt', WORK), ron], cc=[lisa, hunter], subject=subject,
        msgid='<CH3PR17MB6690A1B2C3D4E5F60718293A4B5C6@CH3PR17MB6690.namprd17.prod.outlook.com>',
        boundary='_000_CH3PR17MB6690A1B2C3D4E5F60718293A4B5C6CH3PR17MB6690namp_', plain=plain, vcal=vcal,
        extra_headers=[('X-Forwarded-To', USER), ('X-Forwarded-For', '%s %s' % (WORK, USER))])}
    lab = label([], 'hard', 'negative/business-meeting',
                'Teams invite (Central Standard Time TZID) for a payer contract negotiation in her current job, '
                'with a "panel" and a plan to "interview your billing leads"; not a hiring process for her.')
    return slug, f, lab


@case
def c09():
    slug = 'b249-09-cancel-filled-internally'
    ashley = ('Ashley Nguyen', 'ashley.nguyen@chattpeds.example')
    monique = ('Monique Fields', 'monique.fields@chattpeds.example')
    uid = '5q1m8c0v3k7h2j4n6p9r0s2t1u@google.com'
    s1 = at(2026, 11, 5, 9, 12, ET, 26, weekday='Thursday')
    s2 = at(2026, 11, 10, 10, 31, ET, 2, weekday='Tuesday')
    s3 = at(2026, 11, 10, 10, 33, ET, 47, weekday='Tuesday')
    start = at(2026, 11, 13, 14, 30, ET, weekday='Friday', offset=-5)
    end = start + 45 * MIN
    summary = 'Interview: Darlene Pruitt – Revenue Cycle Manager (w/ Monique Fields)'
    desc = ("Hi Darlene, this is your interview with Monique Fields, our Practice Administrator, for the Revenue "
            "Cycle Manager role. Plan on about 45 minutes. Monique is in our Sandy Springs office, so the time "
            "shown is Eastern (1:30 Central for you).\n\nAshley Nguyen | Recruiting Coordinator | "
            "Chattahoochee Pediatric Partners")
    guests = [(ashley[0], ashley[1], True), (monique[0], monique[1], False), (None, USER, False)]
    atts = [att(*ashley, partstat='ACCEPTED', rsvp='TRUE', google=True),
            att(*monique, partstat='ACCEPTED', rsvp='TRUE', google=True),
            att(USER, USER, partstat='NEEDS-ACTION', google=True)]
    created = at(2026, 11, 5, 9, 10, ET, 51)
    v1 = google_vcal(method='REQUEST', tzid='America/New_York', uid=uid, seq=0, organizer=ashley, attendees=atts,
                     summary=summary, desc=desc, start=start, end=end, location='Google Meet', dtstamp=s1,
                     created=created, lastmod=s1)
    v3 = google_vcal(method='CANCEL', tzid='America/New_York', uid=uid, seq=1, organizer=ashley, attendees=atts,
                     summary=summary, desc=desc, start=start, end=end, location='Google Meet', dtstamp=s3,
                     created=created, lastmod=s3, status='CANCELLED')
    cancel = D('''
        Hi Darlene,

        I hate to be the bearer of this news, but I need to cancel your interview with Monique this Friday. We found out yesterday afternoon that the Revenue Cycle Manager position has been filled internally (one of our billing supervisors accepted the role), so we've closed the requisition.

        I'm so sorry for the short notice. You were a strong candidate, and I'd love to keep your resume on file for our Director of Patient Financial Services opening that should post after the first of the year. I'll reach out when it does.

        Thank you for your patience and understanding.

        Ashley Nguyen
        Recruiting Coordinator
        Chattahoochee Pediatric Partners
        404-555-0164
        ''')
    f = {
        '01-google-invite.eml': google_invite(
            date=s1, org=ashley, summary=summary, start=start, end=end, tzlabel='Eastern Time - New York', uid=uid,
            seq=0, guests=guests, desc=desc, location='Google Meet', vcal=v1, rid='4Bx1Cd4eFgz7hJk',
            msgid='<calendar-5c2e0a1b-7d4f-4e8a-9b3c-1f2d3e4a5b6c@google.com>',
            b_mixed='000000000000a1c3e5060b8d7f21', b_alt='000000000000a1c3e4060b8d7f21'),
        '02-position-filled-internally.eml': gmail_mail(
            date=s2, frm=ashley, to=[(USER_NAME, USER)], subject="Friday's interview – Revenue Cycle Manager",
            msgid='<CAH7pQ2x9Vf3Kc1mB8sT0eR4yL6nW5dZ_jU2aG7hF1oP3qE9rYw@mail.gmail.com>',
            boundary='0000000000004e7a92060c1b3d58', text=cancel, rid='4By6Tg2hJkz1mNp'),
        '03-google-canceled-event.eml': google_invite(
            date=s3, org=ashley, summary=summary, start=start, end=end, tzlabel='Eastern Time - New York', uid=uid,
            seq=1, guests=guests, desc=desc, location='Google Meet', vcal=v3, method='CANCEL', rid='4By7Wm5kLqz2nRs',
            msgid='<calendar-9e8d7c6b-5a4f-4321-8f0e-d1c2b3a49586@google.com>',
            b_mixed='0000000000009b2d7f260c1b3f9a', b_alt='0000000000009b2d7e260c1b3f9a')}
    lab = label([iv('Chattahoochee Pediatric Partners', 'Revenue Cycle Manager', start, end, 'cancelled',
                    [monique[1]], [monique[1]], 'hiring_manager')], 'medium', 'positive/cancellation',
                'Google invite (organizer = recruiting coordinator, interviewer = Practice Administrator), then the '
                'coordinator cancels because the position was filled internally, then METHOD:CANCEL. Kept with status '
                'cancelled at the last scheduled time (Fri Nov 13 2:30 PM EST).')
    return slug, f, lab


@case
def c10():
    slug = 'b249-10-slc-remote-two-interviews'
    kasey = ('Kasey Lund', 'kasey.lund@wasatchledger.example')
    tanner = ('Tanner Olsen', 'tanner.olsen@wasatchledger.example')
    role = 'Revenue Cycle Implementation Manager (Remote)'
    s1 = at(2026, 10, 16, 11, 48, MT, 3, weekday='Friday')
    a_start = at(2026, 10, 22, 9, 30, MT, weekday='Thursday', offset=-6)
    a_end = a_start + 30 * MIN
    assert a_start.astimezone(CT).hour == 10 and a_start.astimezone(CT).minute == 30
    s2 = at(2026, 10, 23, 14, 14, MT, 40, weekday='Friday')
    s3 = at(2026, 10, 26, 8, 55, MT, 21, weekday='Monday')
    b_start = at(2026, 11, 2, 13, 0, MT, weekday='Monday', offset=-7)
    b_end = b_start + HOUR
    assert b_start.astimezone(CT).hour == 14
    uid1 = '0t4c9e2k7m1q5s8v3x6z0b2d4f@google.com'
    uid2 = '3h6j9l2n5p8r1t4v7x0z3b6d9g@google.com'
    d1 = ("Hi Darlene! Looking forward to chatting about the Revenue Cycle Implementation Manager (Remote) role. "
          "Quick 30-minute intro call: I'll tell you about Wasatch Ledger and our hospital clients, and I'd love to "
          "hear about your work at Stones River. Heads up, the invite is in Mountain time (9:30 MT = 10:30 your time "
          "in Nashville).\n-Kasey")
    d2 = ("Darlene, here's your interview with Tanner Olsen, our VP of Implementation (this role reports to him). "
          "60 minutes over Google Meet. Tanner will ask about go-lives you've led and how you've handled "
          "clearinghouse and payer enrollment cutovers. I won't be on this one, but ping me with any questions!\n-Kasey")
    g1 = [(kasey[0], kasey[1], True), (None, USER, False)]
    g2 = [(kasey[0], kasey[1], True), (tanner[0], tanner[1], False), (None, USER, False)]
    v1 = google_vcal(method='REQUEST', tzid='America/Denver', uid=uid1, seq=0, organizer=kasey,
                     attendees=[att(*kasey, partstat='ACCEPTED', google=True), att(USER, USER, google=True)],
                     summary='Wasatch Ledger Health | Recruiter Screen – Darlene Pruitt', desc=d1, start=a_start,
                     end=a_end, location='Google Meet', dtstamp=s1, created=s1 - 2 * MIN, lastmod=s1)
    v3 = google_vcal(method='REQUEST', tzid='America/Denver', uid=uid2, seq=0, organizer=kasey,
                     attendees=[att(*kasey, partstat='ACCEPTED', google=True),
                                att(*tanner, partstat='ACCEPTED', google=True), att(USER, USER, google=True)],
                     summary='Wasatch Ledger Health | Interview with Tanner Olsen (VP Implementation) – Darlene Pruitt',
                     desc=d2, start=b_start, end=b_end, location='Google Meet', dtstamp=s3, created=s3 - 3 * MIN,
                     lastmod=s3)
    mail = D('''
        Hi Darlene,

        Thanks again for yesterday's call. I really enjoyed it, and I've already passed my notes along to Tanner. He'd like to move you forward!

        Next step is a 60-minute video interview with Tanner Olsen, our VP of Implementation (he'd be your manager). Does Monday, November 2 at 1:00 PM Mountain work? That's 2:00 PM your time. Just a heads up that the clocks fall back the day before, so double-check that your calendar shows the right time.

        Let me know and I'll send the invite.

        Best,
        Kasey

        Kasey Lund | Senior Technical Recruiter
        Wasatch Ledger Health | Salt Lake City, UT (remote-first)
        ''')
    f = {
        '01-google-invite-recruiter-screen.eml': google_invite(
            date=s1, org=kasey, summary='Wasatch Ledger Health | Recruiter Screen – Darlene Pruitt', start=a_start,
            end=a_end, tzlabel='Mountain Time - Denver', uid=uid1, seq=0, guests=g1, desc=d1, location='Google Meet',
            vcal=v1, rid='4Bt4Nd7gHjz2kLm', msgid='<calendar-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@google.com>',
            b_mixed='00000000000071d4b2a6060a5e8c', b_alt='00000000000071d4b1a6060a5e8c'),
        '02-next-step-with-tanner.eml': gmail_mail(
            date=s2, frm=kasey, to=[(USER_NAME, USER)], subject='Next step: Wasatch Ledger – interview with Tanner Olsen',
            msgid='<CAK3mW8pZ1rT5vN0qY7cX2bF9hJ4dL6sE_gA1uO3iR8wM5kVz0Q@mail.gmail.com>',
            boundary='000000000000c3f1a8060a6f2b7d', text=mail, rid='4Bt6Pq0rStz5vWx'),
        '03-google-invite-hiring-manager.eml': google_invite(
            date=s3, org=kasey, summary='Wasatch Ledger Health | Interview with Tanner Olsen (VP Implementation) – Darlene Pruitt',
            start=b_start, end=b_end, tzlabel='Mountain Time - Denver', uid=uid2, seq=0, guests=g2, desc=d2,
            location='Google Meet', vcal=v3, rid='4Bt9Ab3cDez8fGh',
            msgid='<calendar-6f7e8d9c-0b1a-4c2d-9e3f-4a5b6c7d8e9f@google.com>',
            b_mixed='000000000000e8a0c4d2060a9b17', b_alt='000000000000e8a0c3d2060a9b17')}
    lab = label([
        iv('Wasatch Ledger Health', role, a_start, a_end, 'scheduled', [kasey[1]], [kasey[1]], 'phone_screen'),
        iv('Wasatch Ledger Health', role, b_start, b_end, 'scheduled', [tanner[1]], [tanner[1]], 'hiring_manager')],
        'hard', 'positive/two-interviews',
        'Remote Salt Lake City company: recruiter screen in MDT (-06:00) and a hiring-manager interview after DST '
        'ends in MST (-07:00). Two separate interviews. Kasey organizes both but conducts only the first.')
    return slug, f, lab


@case
def c11():
    slug = 'b249-11-church-pastor-search-committee'
    gary = ('Gary Stanfield', 'gary.stanfield@bellwoodroadbaptist.example')
    peggy = ('Peggy Hollins', 'peggy.hollins@bellwoodroadbaptist.example')
    earl = ('Earl Dunaway', 'earl.dunaway@bellwoodroadbaptist.example')
    caleb = ('Caleb Moore', 'caleb.moore@graceharbor-bg.example')
    uid = '7w2e5r8t1y4u7i0o3p6a9s2d5f@google.com'
    sent = at(2026, 11, 8, 20, 14, CT, 55, weekday='Sunday')
    start = at(2026, 11, 12, 18, 30, CT, weekday='Thursday', offset=-6)
    end = start + 90 * MIN
    summary = 'Pastor Search Committee – Candidate Interview w/ Rev. Caleb Moore'
    desc = ("Committee,\n\nRev. Caleb Moore (currently associate pastor at Grace Harbor Church in Bowling Green, KY) "
            "will join us by Zoom for his first interview for our Senior Pastor position. Please read his resume, "
            "statement of faith and the two sermon links in the shared folder before Thursday.\n\nDarlene has kindly "
            "agreed to keep minutes and to lead the questions on stewardship and the church budget. Peggy will open "
            "us in prayer. Remember that everything discussed in committee stays in committee.\n\nZoom for Rev. "
            "Moore: https://us02web.zoom.us/j/81234098765\n\nGary Stanfield\nChair, Pastor Search Committee\n"
            "Bellwood Road Baptist Church")
    loc = 'Fellowship Hall, Room 104 (Rev. Moore joining by Zoom)'
    guests = [(gary[0], gary[1], True), (None, USER, False), (peggy[0], peggy[1], False),
              (earl[0], earl[1], False), (caleb[0], caleb[1], False)]
    atts = [att(*gary, partstat='ACCEPTED', google=True), att(USER, USER, google=True),
            att(*peggy, partstat='ACCEPTED', google=True), att(*earl, partstat='TENTATIVE', google=True),
            att(*caleb, partstat='ACCEPTED', google=True)]
    v = google_vcal(method='REQUEST', tzid='America/Chicago', uid=uid, seq=0, organizer=gary, attendees=atts,
                    summary=summary, desc=desc, start=start, end=end, location=loc, dtstamp=sent,
                    created=sent - 5 * MIN, lastmod=sent)
    f = {'01-google-invite-pastor-search.eml': google_invite(
        date=sent, org=gary, summary=summary, start=start, end=end, tzlabel='Central Time - Chicago', uid=uid,
        seq=0, guests=guests, desc=desc, location=loc, vcal=v, rid='4Bw2Ef5gHiz8jKl', meet=False,
        msgid='<calendar-2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a@google.com>',
        b_mixed='0000000000005f1c8e3b060c2a49', b_alt='0000000000005f1c8d3b060c2a49')}
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'Church pastor search committee meeting that interviews a pastoral candidate; Darlene is a committee '
                'member (taking minutes), not the candidate, and it is not her job search.')
    return slug, f, lab


@case
def c12():
    slug = 'b249-12-same-day-onsite-loop'
    brit = ('Brittany Cole', 'brittany.cole@tworivershealth.example')
    angela = ('Angela Dorsey', 'angela.dorsey@tworivershealth.example')
    raymond = ('Raymond Tate', 'raymond.tate@tworivershealth.example')
    keisha = ('Keisha Monroe', 'keisha.monroe@tworivershealth.example')
    dale = ('Dale Hutchins', 'dale.hutchins@tworivershealth.example')
    lorena = ('Lorena Vasquez', 'lorena.vasquez@tworivershealth.example')
    role = 'Director, Patient Financial Services'
    sent = at(2026, 11, 10, 10, 5, CT, 37, weekday='Tuesday')
    day = (2026, 11, 18)
    at(*day, 0, 0, CT, weekday='Wednesday')
    t = lambda h, m: at(*day, h, m, CT, offset=-6)
    sessions = [
        ('angela', [angela], t(8, 30), t(9, 15), 'Angela Dorsey, VP, Revenue Cycle', 'Admin Bldg, 2nd Fl – Suite 210 (VP Revenue Cycle)'),
        ('raymond', [raymond], t(9, 15), t(10, 0), 'Raymond Tate, Chief Financial Officer', 'Admin Bldg, 3rd Fl – CFO Conference Room'),
        ('panel', [keisha, dale], t(10, 15), t(11, 0), 'Keisha Monroe & Dale Hutchins (Patient Access / PFS)', 'Admin Bldg, 2nd Fl – Cumberland Conference Room'),
        ('lorena', [lorena], t(12, 0), t(12, 45), 'Lorena Vasquez, Director, Health Information Management', 'Admin Bldg, 1st Fl – HIM Office 118'),
    ]
    itin = D('''
        Good morning Darlene,

        We're excited to have you on campus next week! Below is your itinerary for Wednesday, November 18. All times are Central.

        8:15 AM            Arrive at Two Rivers Medical Center, Administration Building, 2nd floor lobby (I'll meet you there)
        8:30 - 9:15 AM     Angela Dorsey, VP, Revenue Cycle
        9:15 - 10:00 AM    Raymond Tate, Chief Financial Officer
        10:00 - 10:15 AM   Break
        10:15 - 11:00 AM   Panel: Keisha Monroe, Manager, Patient Access, and Dale Hutchins, Manager, Patient Financial Services
        11:00 AM - 12:00 PM  Lunch with the PFS supervisors (Magnolia Room)
        12:00 - 12:45 PM   Lorena Vasquez, Director, Health Information Management
        12:45 PM           Wrap-up with me and parking validation

        You'll get a separate calendar invitation for each conversation. Park in Visitor Garage B off Two Rivers Parkway and bring the ticket with you so I can validate it.

        If anything comes up, call or text me at 615-555-0155. We're looking forward to it!

        Brittany Cole
        Talent Acquisition Coordinator
        Two Rivers Health System
        ''')
    f = {'01-onsite-itinerary.eml': outlook_mail(
        date=sent, frm=brit, to=[(USER_NAME, USER)],
        subject='Onsite Interview Itinerary – Director, Patient Financial Services – Wed 11/18',
        msgid='<DM8PR05MB9071A3C5E7F9B1D2E4F6A8C0B2D41@DM8PR05MB9071.namprd05.prod.outlook.com>',
        boundary='_000_DM8PR05MB9071A3C5E7F9B1D2E4F6A8C0B2D41DM8PR05MB9071namp_', text=itin, rid='4Bz0Hj3kLmz6nPq')}
    for i, (key, who, s, e, title, room) in enumerate(sessions):
        names = ' & '.join(w[0] for w in who)
        subj = 'Interview: Darlene Pruitt / %s – %s' % (names, role)
        body = D('''
            Darlene,

            This is your {title} conversation as part of your onsite interview for {role}. See the itinerary I sent for the full day.

            Brittany Cole
            Talent Acquisition Coordinator | Two Rivers Health System
            ''').format(title=title, role=role)
        plain = outlook_when(s, e, CT_LABEL) + '\nWhere: ' + room + '\n\n*~*~*~*~*~*~*~*~*~*\n\n' + body
        vcal = exchange_vcal(method='REQUEST', tzname='Central Standard Time', uid=exchange_uid('tworivers-' + key),
                             seq=0, organizer=brit, attendees=[att(USER_NAME, USER)] + [att(*w, partstat='ACCEPTED') for w in who],
                             summary=subj, desc=plain, start=s, end=e, location=room, dtstamp=sent + (i + 3) * MIN)
        mid = 'DM8PR05MB9071%s' % h8('tworivers-msg-' + key, 28).upper()
        if key == 'lorena':   # this one survives only as the saved .ics attachment
            f['%02d-invite-%s.ics' % (i + 2, key)] = vcal
            continue
        f['%02d-invite-%s.eml' % (i + 2, key)] = exchange_invite(
            date=sent + (i + 3) * MIN, frm=brit, to=[(USER_NAME, USER)] + who, subject=subj,
            msgid='<%s@DM8PR05MB9071.namprd05.prod.outlook.com>' % mid,
            boundary='_000_%sDM8PR05MB9071namp_' % mid, plain=plain, vcal=vcal)
    ivs = [angela, raymond, keisha, dale, lorena]
    lab = label([iv('Two Rivers Health System', role, t(8, 30), t(12, 45), 'scheduled', [w[1] for w in ivs],
                    [w[1] for w in ivs], 'onsite')], 'hard', 'positive/onsite-loop',
                'Same-day onsite loop (itinerary e-mail, three Outlook invites and one standalone .ics saved from the fourth; '
                'Central Standard Time TZID, CST). '
                'One onsite interview from the first session (8:30) to the end of the last session (12:45), lunch and '
                'break included, with all five interviewers. The coordinator only schedules. 8:15 arrival and 12:45 '
                'wrap-up are not sessions.')
    return slug, f, lab


@case
def c13():
    slug = 'b249-13-owner-interviews-billing-specialist'
    tasha = ('Tasha Greene', 'tgreene@stonesrivermg.example')
    sent = at(2026, 11, 16, 13, 47, CT, 2, weekday='Monday')
    start = at(2026, 11, 19, 10, 0, CT, weekday='Thursday', offset=-6)
    end = start + 45 * MIN
    text = D('''
        Hello Darlene,

        An interview has been scheduled and you have been added to the interview team.

        Candidate: Jasmine Carter
        Job: Billing Specialist II (Req 2026-0412) - Central Business Office
        Date: Thursday, November 19, 2026
        Time: 10:00 AM - 10:45 AM CST
        Location: Murfreesboro Business Office, Conference Room B (in person)
        Interview Team: Darlene Pruitt (Hiring Manager), Tasha Greene (HR Recruiter)

        Candidate profile and resume: https://careers-stonesrivermg.icims.com/platform/Candidates/28841
        Interview guide: Billing Specialist II - Behavioral (5 questions)

        Please complete your Interview Feedback form in iCIMS within 24 hours of the interview. Hiring managers must submit feedback before an offer can be extended.

        This is an automated message from iCIMS. Questions? Contact Tasha Greene at tgreene@stonesrivermg.example.
        ''')
    vcal = simple_vcal(
        prodid='-//iCIMS Inc.//iCIMS Talent Cloud//EN', method='REQUEST', tzid='America/Chicago',
        uid='icims-int-2026-0412-28841@stonesrivermg.icims.com', seq=0, organizer=tasha,
        attendees=[att('Darlene Pruitt', WORK), att(*tasha, partstat='ACCEPTED', rsvp='FALSE')],
        summary='Interview: Jasmine Carter - Billing Specialist II (Req 2026-0412)',
        desc='Candidate: Jasmine Carter. Interview team: Darlene Pruitt (Hiring Manager), Tasha Greene (HR Recruiter). '
             'Submit feedback in iCIMS within 24 hours.',
        start=start, end=end, location='Murfreesboro Business Office, Conference Room B', dtstamp=sent)
    f = {'01-icims-interviewer-notification.eml': vendor_mail(
        date=sent, frm=('Stones River Medical Group Recruiting', 'no-reply@icims.com'), reply_to=tasha,
        to=[('Darlene Pruitt', WORK)], delivered_to=USER,
        subject='Interview Scheduled: Jasmine Carter for Billing Specialist II (2026-0412)',
        msgid='<1794858422390.28841.icims.2026-0412@icims.com>', b_alt='----=_Part_28841_99120377.1794858422390',
        b_mixed='----=_Part_28840_51873302.1794858422389', text=text, rid='4C01Rs4tUvz7wXy',
        attach=('Interview.ics', 'text/calendar', vcal), host='mail-out3.icims.com', ip='64.215.192.33',
        extra=[('X-Mailer', 'iCIMS Talent Platform'), ('X-Forwarded-To', USER),
               ('X-Forwarded-For', '%s %s' % (WORK, USER))])}
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'iCIMS "Interview Scheduled" notification with .ics, but Darlene is the hiring manager interviewing a '
                'Billing Specialist II candidate at her current employer.')
    return slug, f, lab


@case
def c14():
    slug = 'b249-14-gcal-api-hiring-manager-atlanta'
    marcus = ('Marcus Bell', 'marcus.bell@copperlinehealth.example')
    start = at(2026, 12, 3, 15, 0, ET, weekday='Thursday', offset=-5)
    end = start + HOUR
    created = at(2026, 11, 20, 10, 41, CT, 7)
    updated = at(2026, 11, 20, 10, 44, CT, 52)
    code = meet_code('copperline-marcus')
    ev = {
        'kind': 'calendar#event',
        'etag': '"3561298774120000"',
        'id': '6vq2m8k0c4r1s9t7u3w5x1y2z4',
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' + google_eid('6vq2m8k0c4r1s9t7u3w5x1y2z4@google.com'),
        'created': rfc3339z(created),
        'updated': rfc3339z(updated, 318),
        'summary': 'Darlene Pruitt / Marcus Bell – Revenue Cycle Operations Manager interview',
        'description': ("Hiring manager interview for the Revenue Cycle Operations Manager role (Atlanta, hybrid). "
                        "I'm in Atlanta, so this is 3:00 PM Eastern / 2:00 PM Central.\n\nWe'll talk about "
                        "patient-payment workflows, your Epic Resolute experience, and how you've managed early-out "
                        "self-pay vendors.\n\nMarcus Bell\nDirector, Revenue Cycle Operations, Copperline Health"),
        'creator': {'email': marcus[1], 'displayName': marcus[0]},
        'organizer': {'email': marcus[1], 'displayName': marcus[0]},
        'start': {'dateTime': start.astimezone(CT).isoformat(), 'timeZone': 'America/New_York'},
        'end': {'dateTime': end.astimezone(CT).isoformat(), 'timeZone': 'America/New_York'},
        'iCalUID': '6vq2m8k0c4r1s9t7u3w5x1y2z4@google.com',
        'sequence': 0,
        'attendees': [
            {'email': marcus[1], 'displayName': marcus[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': USER, 'displayName': USER_NAME, 'self': True, 'responseStatus': 'accepted'}],
        'hangoutLink': 'https://meet.google.com/' + code,
        'conferenceData': {
            'entryPoints': [
                {'entryPointType': 'video', 'uri': 'https://meet.google.com/' + code, 'label': 'meet.google.com/' + code},
                {'entryPointType': 'phone', 'uri': 'tel:+1-470-555-0126', 'label': '+1 470-555-0126',
                 'pin': '604118273', 'regionCode': 'US'}],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                   'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png'},
            'conferenceId': code},
        'reminders': {'useDefault': True},
        'eventType': 'default'}
    assert ev['start']['dateTime'] == '2026-12-03T14:00:00-06:00'
    f = {'01-copperline-hiring-manager.gcal.json': json.dumps(ev, indent=2, ensure_ascii=False) + '\n'}
    lab = label([iv('Copperline Health', 'Revenue Cycle Operations Manager', start, end, 'scheduled',
                    [marcus[1]], [marcus[1]], 'hiring_manager')], 'medium', 'positive/gcal-json',
                'Calendar API event only. dateTime is rendered in the owner calendar zone (-06:00) while the event '
                'timeZone is America/New_York; 14:00-06:00 = 3:00 PM Eastern as the description says.')
    return slug, f, lab


@case
def c15():
    slug = 'b249-15-mother-medicare-wellness-visit'
    sent = at(2026, 11, 24, 6, 0, CT, 12, weekday='Tuesday')
    start = at(2026, 12, 1, 9, 40, CT, weekday='Tuesday')
    end = start + 40 * MIN
    text = D('''
        Hello Darlene,

        You are receiving this reminder because you have proxy access to Evelyn Pruitt's MyHealth account.

        Upcoming appointment for Evelyn Pruitt
        Medicare Annual Wellness Visit
        with Harold Finch, MD
        Tuesday, December 1, 2026
        Arrive by 9:25 AM for the 9:40 AM appointment (40 minutes)

        Westhaven Primary Care - Bellevue
        210 Westhaven Commons Dr, Suite 100, Nashville, TN 37221
        (615) 555-0110

        What to expect: This yearly visit is covered by Medicare Part B with no copay. A nurse will interview Evelyn about her health history, medications, memory and fall risk (the Health Risk Assessment), and Dr. Finch will go over her personalized prevention plan. This is not a full physical.

        Please bring: her Medicare card and any supplemental insurance card, all medication bottles, and a list of her other doctors.

        eCheck-In is open. You can complete it from the MyHealth app up to 7 days ahead.

        Need to cancel or reschedule? Please call us at least 24 hours in advance.

        This message was sent from an unmonitored address. Please do not reply.
        ''')
    vcal = simple_vcal(
        prodid='-//Westhaven Primary Care//MyHealth//EN', method='PUBLISH', tzid='America/Chicago',
        uid='appt-88412093-EP@westhavenpc.example', seq=0, organizer=None, attendees=[],
        summary='Evelyn Pruitt – Medicare Annual Wellness Visit with Harold Finch, MD',
        desc='Arrive by 9:25 AM. Bring Medicare card and all medication bottles.', start=start, end=end,
        location='Westhaven Primary Care - Bellevue, 210 Westhaven Commons Dr, Suite 100, Nashville, TN 37221',
        dtstamp=sent)
    f = {'01-myhealth-appointment-reminder.eml': vendor_mail(
        date=sent, frm=('Westhaven MyHealth', 'no-reply@westhavenpc.example'), to=[(USER_NAME, USER)],
        subject='Appointment reminder for Evelyn Pruitt – Tue, Dec 1', msgid='<apptrem.88412093.20261124@westhavenpc.example>',
        b_alt='==MyHealth_alt_88412093==', b_mixed='==MyHealth_mix_88412093==', text=text, rid='4C03Ab6cDez9fGh',
        attach=('appointment.ics', 'text/calendar', vcal))}
    lab = label([], 'medium', 'negative/medical-appointment',
                "Patient-portal reminder for the owner's mother's Medicare Annual Wellness Visit (nurse 'will interview "
                "Evelyn'), with .ics; a medical appointment, not a job interview.")
    return slug, f, lab


@case
def c16():
    slug = 'b249-16-chattanooga-thread-tomorrow-eastern'
    renee = ('Renee Holloway', 'renee.holloway@lookoutmtnfm.example')
    s1 = at(2026, 11, 16, 10, 20, ET, 44, weekday='Monday')
    s_dar = at(2026, 11, 17, 20, 2, CT, weekday='Tuesday')
    s2 = at(2026, 11, 18, 16, 47, ET, 12, weekday='Wednesday')
    start = (s2 + timedelta(days=1)).replace(hour=14, minute=0, second=0)
    assert start.strftime('%A') == 'Thursday' and start.utcoffset() == timedelta(hours=-5)
    assert start.astimezone(CT).hour == 13
    end = start + 30 * MIN
    m1 = '<CAJ8vT3nR6pQ1wX4zB9cM2kL7hD0sF5_yE3uG8aN1oV6tW2rKq@mail.gmail.com>'
    m_dar = '<CAF2bN7xQ4mR9tZ1vK6pW3cJ8hL0sD5_aY7eU2gM4nT9oX1iRw@mail.gmail.com>'
    m2 = '<CAJ8vT3nR9sW2yA5cD8fG1hJ4kL7mN0_pQ3rT6uV9wX2zB5cEf@mail.gmail.com>'
    t1 = D('''
        Hi Darlene,

        Thank you for applying for our Business Office Manager position. I've looked over your resume, and your experience running the CBO at Stones River is just the kind of background we need. We're a six-provider practice and our AR has gotten away from us since our last manager retired.

        I'd like to set up a phone call to visit about the role. Would you have about 30 minutes Wednesday or Thursday afternoon? Just keep in mind we're on Eastern time down here in Chattanooga.

        Thanks,
        Renee

        Renee Holloway, CMPE
        Practice Manager
        Lookout Mountain Family Medicine
        423-555-0128
        ''')
    quoted1 = '\n'.join(('> ' + ln) if ln else '>' for ln in t1.rstrip('\n').split('\n'))
    dar = D('''
        Hi Renee,

        Thank you so much for reaching out. I'd love to visit about the position. Wednesday I'm tied up with month-end close, but Thursday afternoon is wide open for me. Anytime after 12:30 my time would be fine.

        Best,
        Darlene

        On Mon, Nov 16, 2026 at 9:20 AM Renee Holloway <renee.holloway@lookoutmtnfm.example> wrote:
        ''') + quoted1 + '\n'
    quoted2 = '\n'.join(('> ' + ln) if ln else '>' for ln in dar.rstrip('\n').split('\n'))
    t2 = D('''
        Thursday works great. Let's do tomorrow at 2:00 our time (Eastern), so that'll be 1:00 for you in Nashville. I'll call your cell at 615-555-0148.

        Talk then,
        Renee

        On Tue, Nov 17, 2026 at 9:02 PM Darlene Pruitt <darlene.pruitt@example.com> wrote:
        ''') + quoted2 + '\n'
    assert s_dar.astimezone(ET).strftime('%a, %b %d, %Y at %-I:%M %p') == 'Tue, Nov 17, 2026 at 9:02 PM'
    f = {
        '01-business-office-manager-call.eml': gmail_mail(
            date=s1, frm=renee, to=[(USER_NAME, USER)],
            subject='Business Office Manager – Lookout Mountain Family Medicine', msgid=m1,
            boundary='000000000000b4e2c7060c7d1a3f', text=t1, rid='4C05Jk8lMnz1pQr'),
        '02-re-tomorrow-at-2-eastern.eml': gmail_mail(
            date=s2, frm=renee, to=[(USER_NAME, USER)],
            subject='Re: Business Office Manager – Lookout Mountain Family Medicine', msgid=m2,
            in_reply_to=m_dar, references='%s %s' % (m1, m_dar),
            boundary='000000000000d9a1f3060c9e4b82', text=t2, rid='4C07St0uVwz3xYz')}
    lab = label([iv('Lookout Mountain Family Medicine', 'Business Office Manager', start, end, 'scheduled',
                    [renee[1]], [renee[1]], 'phone_screen')], 'hard', 'positive/thread-relative',
                'Human thread with a Chattanooga (Eastern time) practice. "tomorrow at 2:00 our time (Eastern)" is '
                'resolved against the Wed Nov 18 message date: Thu Nov 19 2:00 PM EST (1:00 PM Central). Duration '
                '"about 30 minutes" from the first message. Quoted "On ... wrote:" lines use each replier\'s own time zone.')
    return slug, f, lab


@case
def c17():
    slug = 'b249-17-paradox-availability-unbooked'
    sent = at(2026, 11, 30, 11, 4, CT, 26, weekday='Monday')
    at(2026, 12, 3, 9, 0, CT, weekday='Thursday')
    at(2026, 12, 4, 13, 0, CT, weekday='Friday')
    text = D('''
        Hi Darlene!

        It's Olivia, the recruiting assistant for Mill Creek Surgical Associates. Great news: our hiring team would like to interview you for the Patient Accounts Manager position!

        Please choose a time that works best for you using the link below. Interviews are 30 minutes by phone with Corey Vance, Revenue Cycle Director.

        Schedule My Interview:
        https://millcreeksurgical.paradox.ai/co/MCSA/schedule/Rf93Lx

        Open times this week include Thursday, Dec 3 from 9:00 AM - 11:30 AM and Friday, Dec 4 from 1:00 PM - 4:00 PM (Central).

        This link expires in 72 hours, so grab a spot soon. Once you pick a time, I'll send you a confirmation with all the details.

        Thanks!
        Olivia
        Mill Creek Surgical Associates Recruiting Assistant

        Olivia is an AI assistant powered by Paradox. Reply STOP to opt out of messages.
        ''')
    f = {'01-olivia-schedule-your-interview.eml': vendor_mail(
        date=sent, frm=('Olivia from Mill Creek Surgical Associates', 'no-reply@paradox.ai'),
        reply_to=('Olivia', 'olivia.mcsa+rf93lx@candidate.paradox.ai'), to=[(USER_NAME, USER)],
        subject='Darlene, pick a time for your interview with Mill Creek Surgical Associates',
        msgid='<01000193a7d2e4c1-8f2b6a0d-3c91-4e57-b2a8-6d1f0e9c7b35-000000@email.paradox.ai>',
        b_alt='b1_e2c4a6f8d0b24c6e8a0f2d4b6c8e0a13', text=text, rid='4C09Fg2hIjz5kLm',
        host='a48-118.smtp-out.amazonses.com', ip='54.240.48.118')}
    lab = label([], 'hard', 'negative/availability-request',
                'Paradox/Olivia invitation to pick an interview slot from a link, with open windows listed; nothing is '
                'booked, so there is no interview yet.')
    return slug, f, lab


@case
def c18():
    slug = 'b249-18-memphis-email-invite-api-dedupe'
    cody = ('Cody Raines', 'cody.raines@deltabluffhealth.example')
    latrice = ('Latrice Webb', 'latrice.webb@deltabluffhealth.example')
    role = 'Manager, Revenue Integrity'
    s1 = at(2026, 10, 6, 14, 35, CT, 9, weekday='Tuesday')
    s2 = at(2026, 10, 6, 15, 52, CT, 40, weekday='Tuesday')
    start = at(2026, 10, 12, 10, 0, CT, weekday='Monday', offset=-5)
    end = start + HOUR
    uid = exchange_uid('deltabluff-latrice-darlene')
    t1 = D('''
        Hi Darlene,

        Good news! Latrice Webb, our Director of Revenue Integrity, would like to meet with you for the Manager, Revenue Integrity role. You're confirmed for Monday, October 12 from 10:00 to 11:00 a.m. Central over Webex. Latrice will send the calendar invitation with the Webex link directly.

        She'll want to hear about your charge capture work and how you've handled CDM maintenance with the service lines, so come ready with an example or two.

        Call me if you have any questions.

        Cody Raines
        Talent Acquisition Specialist | Delta Bluff Health System
        901-555-0123 | cody.raines@deltabluffhealth.example
        ''')
    webex = WEBEX_FOOTER.format(num='2551 804 3317', pw='Rv4Int!2026',
                                url='https://deltabluffhealth.webex.com/deltabluffhealth/j.php?MTID=m9d2c4e6f8a0b1c3d5e7f9a1b3c5d7e90')
    subj = 'Darlene Pruitt – Manager, Revenue Integrity Interview'
    plain = (outlook_when(start, end, CT_LABEL) + '\nWhere: Webex\n\n*~*~*~*~*~*~*~*~*~*\n\n'
             'Darlene, looking forward to our conversation. Cody mentioned you have a strong charge capture '
             'background.\n\nLatrice Webb\nDirector, Revenue Integrity | Delta Bluff Health System\n\n' + webex)
    vcal = exchange_vcal(method='REQUEST', tzname='Central Standard Time', uid=uid, seq=0, organizer=latrice,
                         attendees=[att(USER_NAME, USER), att(*cody, role='OPT-PARTICIPANT')], summary=subj,
                         desc=plain, start=start, end=end, location='Webex', dtstamp=s2)
    ev = {
        'kind': 'calendar#event', 'etag': '"3558871204236000"', 'id': '_' + h8(uid, 26),
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' + google_eid(h8(uid, 26)),
        'created': rfc3339z(s2 + 4 * MIN), 'updated': rfc3339z(s2 + 9 * MIN, 118),
        'summary': subj,
        'description': plain,
        'location': 'Webex',
        'creator': {'email': USER, 'self': True},
        'organizer': {'email': latrice[1], 'displayName': latrice[0]},
        'start': {'dateTime': start.isoformat(), 'timeZone': 'America/Chicago'},
        'end': {'dateTime': end.isoformat(), 'timeZone': 'America/Chicago'},
        'iCalUID': uid, 'sequence': 0,
        'attendees': [
            {'email': latrice[1], 'displayName': latrice[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': USER, 'displayName': USER_NAME, 'self': True, 'responseStatus': 'accepted'},
            {'email': cody[1], 'displayName': cody[0], 'optional': True, 'responseStatus': 'needsAction'}],
        'guestsCanInviteOthers': False, 'privateCopy': False,
        'reminders': {'useDefault': True}, 'eventType': 'default'}
    f = {
        '01-recruiter-confirmation.eml': outlook_mail(
            date=s1, frm=cody, to=[(USER_NAME, USER)], subject='Interview confirmed – Manager, Revenue Integrity',
            msgid='<MN2PR12MB4480E3D1C5B7A9F0E2D4C6B8A0F13@MN2PR12MB4480.namprd12.prod.outlook.com>',
            boundary='_000_MN2PR12MB4480E3D1C5B7A9F0E2D4C6B8A0F13MN2PR12MB4480namp_', text=t1, rid='4C0BNo4pQrz7sTu'),
        '02-outlook-webex-invite.eml': exchange_invite(
            date=s2, frm=latrice, to=[(USER_NAME, USER)], cc=[cody], subject=subj,
            msgid='<MN2PR12MB44807B9D1F3A5C7E9B1D3F5A7C9E2@MN2PR12MB4480.namprd12.prod.outlook.com>',
            boundary='_000_MN2PR12MB44807B9D1F3A5C7E9B1D3F5A7C9E2MN2PR12MB4480namp_', plain=plain, vcal=vcal),
        '03-calendar-copy.gcal.json': json.dumps(ev, indent=2, ensure_ascii=False) + '\n'}
    lab = label([iv('Delta Bluff Health System', role, start, end, 'scheduled', [latrice[1]], [latrice[1]],
                    'hiring_manager')], 'medium', 'positive/dedupe',
                'Same interview through three channels (recruiter e-mail, Outlook/Webex invite, Calendar API copy with '
                'the same iCalUID) = ONE. Outlook body says "(UTC-06:00) Central Time" and the TZID is "Central Standard '
                'Time" but the date is in October, so -05:00. Recruiter is only an optional attendee / coordinator.')
    return slug, f, lab


@case
def c19():
    slug = 'b249-19-workday-rejection-after-interview'
    sent = at(2026, 11, 5, 17, 31, ET, 48, weekday='Thursday')
    at(2026, 10, 21, 13, 0, ET, weekday='Wednesday')
    text = D('''
        Dear Darlene,

        Thank you for taking the time to interview with our team on Wednesday, October 21 for the Revenue Cycle Director position (R-3317). We enjoyed learning about your experience and appreciate the interest you've shown in Sweetwater Creek Medical Group.

        After careful consideration, we have decided to move forward with another candidate whose experience more closely matches the needs of the role at this time.

        We encourage you to keep an eye on our careers site and apply for future openings that match your background. Your Candidate Home account will remain active:
        https://sweetwatercreekmg.wd5.myworkdayjobs.com/en-US/SCMG/userHome

        We wish you the very best in your search.

        Sincerely,
        Sweetwater Creek Medical Group Talent Acquisition

        Please do not reply to this message; this mailbox is not monitored.
        ''')
    f = {'01-workday-application-update.eml': vendor_mail(
        date=sent, frm=('Sweetwater Creek Medical Group', 'sweetwatercreekmg@myworkday.com'), to=[(USER_NAME, USER)],
        subject='Update on your application for Revenue Cycle Director (R-3317)',
        msgid='<1598204476.3317509.1794004308612.JavaMail.wdprod@myworkday.com>',
        b_alt='----=_Part_3317508_1150977213.1794004308611', text=text, rid='4C0DVw6xYzz9aBc',
        host='wd5-mta-11.myworkday.com', ip='148.163.159.221', plain_cte='7bit')}
    lab = label([], 'medium', 'negative/rejection',
                'Workday rejection that refers to a past interview date; rejections are not interviews.')
    return slug, f, lab


@case
def c20():
    slug = 'b249-20-ceo-final-coffee-franklin'
    beau = ('Beau Whitaker', 'beau@cadencercm.example')
    s1 = at(2026, 12, 7, 20, 52, CT, 19, weekday='Monday')
    s_dar = at(2026, 12, 7, 21, 30, CT, weekday='Monday')
    s2 = at(2026, 12, 8, 6, 41, CT, 3, weekday='Tuesday')
    start = at(2026, 12, 11, 7, 30, CT, weekday='Friday', offset=-6)
    assert (start.date() - s1.date()).days == 4
    m1 = '<A3F1C2D4-7E9B-4B6A-8C5D-2E1F0A9B8C7D@cadencercm.example>'
    m_dar = '<CAF2bN7xT8kV1qW5zC3mP9dJ6hL2sR4_bY0eU7gK5nT3oX8iQe@mail.gmail.com>'
    m2 = '<5B8E0D2F-1A3C-4E7B-9D6F-8C2A4E0B1D3F@cadencercm.example>'
    t1 = D('''
        Darlene,

        Thanks for hanging in there through all our interviews. The team loved you, and Priya and Wade both said you were the strongest candidate they've talked to for the Head of Revenue Cycle Operations role.

        The last step in our process is always coffee with me before we put an offer together. No prep, I just want to get to know you. How about this Friday at 7:30 a.m. at Red Brick Coffee on Main Street in Franklin? Coffee's on me.

        Beau

        Beau Whitaker
        CEO & Co-founder, Cadence RCM

        Sent from my iPhone
        ''')
    quoted_b = '\n'.join(('> ' + ln) if ln else '>' for ln in t1.rstrip('\n').split('\n'))
    t2 = D('''
        Great, see you Friday. I'll be the tall guy in the Titans cap.

        Beau

        Sent from my iPhone

        > On Dec 7, 2026, at 9:30 PM, Darlene Pruitt <darlene.pruitt@example.com> wrote:
        >
        > Hi Beau,
        >
        > Thank you, that's so kind of y'all. Friday at 7:30 works great. I'll see you at Red Brick!
        >
        > Darlene
        >
        ''') + '\n'.join('> ' + ln for ln in ['On Dec 7, 2026, at 8:52 PM, Beau Whitaker <beau@cadencercm.example> wrote:', '']) \
        + '\n' + '\n'.join('> ' + ln for ln in quoted_b.split('\n')) + '\n'

    def iphone(date, subject, msgid, boundary, text, irt=None, refs=None, rid='x'):
        part = multi('alternative', boundary, [
            leaf('text/plain; charset=utf-8', text, 'quoted-printable'),
            leaf('text/html; charset=utf-8', to_html(text, '-apple-system,Helvetica,sans-serif'), 'quoted-printable')])
        headers = [('Delivered-To', USER), ('Received', received(date, 'mail-pl1-f178.google.com', '209.85.214.178', rid)),
                   ('Return-Path', '<%s>' % beau[1]),
                   ('From', addr(*beau)), ('Subject', subject), ('Date', rfc(date)), ('Message-Id', msgid),
                   ('In-Reply-To', irt), ('References', refs), ('To', addr(USER_NAME, USER)),
                   ('X-Mailer', 'iPhone Mail (22B91)')]
        return eml(headers, part)
    f = {
        '01-coffee-this-week.eml': iphone(s1, 'Coffee this week?', m1, 'Apple-Mail-8B1D2F3A-4C5E-4F60-9A7B-1C2D3E4F5A6B',
                                          t1, rid='4C0F1e2fGhz3iJk'),
        '02-re-coffee-see-you-friday.eml': iphone(s2, 'Re: Coffee this week?', m2,
                                                  'Apple-Mail-2E4F6A8C-0B1D-4E3F-8A5C-7D9E1F3A5B7C', t2,
                                                  irt=m_dar, refs='%s %s' % (m1, m_dar), rid='4C0G4l5mNoz6pQr')}
    assert s_dar < s2
    lab = label([iv('Cadence RCM', 'Head of Revenue Cycle Operations', start, None, 'scheduled',
                    [beau[1]], [beau[1]], 'other')], 'hard', 'positive/ceo-coffee',
                'Final step with the CEO framed as coffee, explicitly "the last step in our process"; "this Friday at '
                '7:30 a.m." resolved against Mon Dec 7 = Fri Dec 11, CST. No duration given, so end is null.')
    return slug, f, lab


@case
def c21():
    slug = 'b249-21-icims-one-way-video'
    sent = at(2026, 12, 2, 9, 10, ET, 35, weekday='Wednesday')
    at(2026, 12, 11, 23, 59, ET, weekday='Friday')
    text = D('''
        Hi Darlene,

        Thank you for applying to Smoky Ridge Health! The next step in our hiring process for Revenue Cycle Manager, Physician Billing (Job ID 2026-9921) is an on-demand video interview.

        What to expect:
        - 5 questions, recorded on your own schedule (there is no live interviewer)
        - Up to 2 minutes per answer, with one re-record per question
        - About 20 minutes total

        Please complete your video interview by Friday, December 11, 2026 at 11:59 PM Eastern.

        Start your video interview:
        https://careers-smokyridgehealth.icims.com/jobs/9921/video-interview/start?hashed=-1148822071

        Tips: find a quiet, well-lit spot, use Chrome or Safari, and test your camera and microphone first.

        Our recruiting team will review your responses. If you are selected to move forward, we'll contact you to schedule a live interview.

        Smoky Ridge Health Talent Acquisition
        Knoxville, Tennessee
        ''')
    f = {'01-icims-video-interview-invitation.eml': vendor_mail(
        date=sent, frm=('Smoky Ridge Health Careers', 'no-reply@icims.com'), to=[(USER_NAME, USER)],
        subject='Action Required: Complete your video interview – Revenue Cycle Manager, Physician Billing',
        msgid='<1796220635118.9921.icims.video@icims.com>', b_alt='----=_Part_9921_70455312.1796220635118',
        text=text, rid='4C0H7s8tUvz9wXy', host='mail-out5.icims.com', ip='64.215.192.35',
        extra=[('X-Mailer', 'iCIMS Talent Platform'), ('Auto-Submitted', 'auto-generated')])}
    lab = label([], 'medium', 'negative/one-way-video',
                'iCIMS on-demand (one-way) video interview with a deadline; no live conversation, so not an interview.')
    return slug, f, lab


@case
def c22():
    slug = 'b249-22-forwarded-webex-screen-atlanta'
    monica = ('Monica Sheffield', 'monica.sheffield@fultoncrossing.example')
    orig = at(2026, 11, 3, 15, 15, ET, 8, weekday='Tuesday')
    fwd = at(2026, 11, 4, 7, 12, CT, 50, weekday='Wednesday')
    start = at(2026, 11, 10, 11, 0, ET, weekday='Tuesday', offset=-5)
    end = start + 30 * MIN
    assert start.astimezone(CT).hour == 10
    o_ct = orig.astimezone(CT)
    sent_line = 'Sent: %s, %s %d, %d %d:%02d PM' % (o_ct.strftime('%A'), o_ct.strftime('%B'), o_ct.day, o_ct.year,
                                                   o_ct.hour % 12, o_ct.minute)
    assert sent_line == 'Sent: Tuesday, November 3, 2026 2:15 PM'
    text = D('''
        Saving this to my personal. 10:00 our time on the 10th!

        D

        ________________________________
        From: Monica Sheffield <monica.sheffield@fultoncrossing.example>
        {sent_line}
        To: Darlene Pruitt <dpruitt@stonesrivermg.example>
        Subject: Phone Screen – Manager, Central Billing Office (Fulton Crossing Health)

        Hi Darlene,

        Thank you for sending over your availability! I've got you down for Tuesday, November 10 at 11:00 AM Eastern for a 30-minute phone screen for our Manager, Central Billing Office opening. We'll use Webex. I'll send the link the day before, but if you'd rather I just call your cell, that's fine too.

        Looking forward to it!

        Monica Sheffield
        Senior Talent Acquisition Partner
        Fulton Crossing Health | Atlanta, GA
        404-555-0171
        ''').format(sent_line=sent_line)
    f = {'01-fwd-phone-screen.eml': outlook_mail(
        date=fwd, frm=('Darlene Pruitt', WORK), to=[(USER_NAME, USER)],
        subject='FW: Phone Screen – Manager, Central Billing Office (Fulton Crossing Health)',
        msgid='<PH0PR19MB6145B2D4F6A8C0E2B4D6F8A0C2E47@PH0PR19MB6145.namprd19.prod.outlook.com>',
        boundary='_000_PH0PR19MB6145B2D4F6A8C0E2B4D6F8A0C2E47PH0PR19MB6145namp_', text=text, rid='4C0J0a1bCdz2eFg')}
    lab = label([iv('Fulton Crossing Health', 'Manager, Central Billing Office', start, end, 'scheduled',
                    [monica[1]], [monica[1]], 'phone_screen')], 'medium', 'positive/forwarded',
                'Owner forwarded the recruiter confirmation from her work address to her personal one. The forwarded '
                '"Sent:" line is shown in Central time, the stated interview time is 11:00 AM Eastern (EST, after DST '
                'end) = 10:00 Central as her note says. The recruiter conducts the screen.')
    return slug, f, lab


# =========================================================================== driver
README = '''# blind249: Nashville healthcare revenue-cycle manager, TN/Atlanta/Salt Lake City hospital and health-tech search (written blind)

**Owner:** Darlene Pruitt <darlene.pruitt@example.com>, a healthcare revenue-cycle / patient financial
services manager in Nashville, Tennessee (Central time), currently at "Stones River Medical Group"
(dpruitt@stonesrivermg.example, which auto-forwards some mail to her personal address). She applies to
hospital systems, physician groups and health-tech companies in Tennessee (Nashville, Franklin, Lebanon,
Memphis on Central; Chattanooga and Knoxville on Eastern), Atlanta (Eastern) and a remote Salt Lake City
company (Mountain).

**Written blind:** the cases and labels were written from the label schema and rules in
`/work/shared/eval/README.md` only, without reading the detector or the other test sets, and without
running the tool. Everything is synthetic; people and companies use `.example` domains; real vendor
system senders (no-reply@icims.com, *@myworkday.com, no-reply@paradox.ai, no-reply@zoom.us,
calendar-notification@google.com) keep their product domains. Regenerate with `python make_cases.py`
(byte-identical output).

**What it stresses**
- ATS and scheduling vendors: iCIMS (confirmation with .ics, interviewer notification, one-way video),
  Workday (scheduled, rejection), Paradox "Olivia" chatbot (pick-a-time vs. confirmed), Google Calendar
  invites and a cancellation, Outlook/Exchange invites carrying Zoom, Webex and Teams blocks, Calendar
  API JSON, plain human threads (Gmail, Outlook, iPhone Mail) with quoted replies and a forward.
- Time zones: Central, Eastern (Atlanta and Chattanooga), Mountain (Salt Lake City). US DST ends
  Sun 1 Nov 2026: mails sent on CDT/EDT/MDT for interviews after the change (cases 03, 06, 10, 22);
  Outlook bodies always say "(UTC-06:00) Central Time" and TZID "Central Standard Time" even in
  October (case 18, -05:00); Calendar API dateTime in the owner zone with an Eastern event timeZone
  (case 14); Dec-to-Jan year rollover (case 07).
- Relative dates: "tomorrow at 2:00 our time (Eastern)" (case 16), "this Friday at 7:30" (case 20).
- Final-state rules: snow-day reschedule by e-mail + SEQUENCE 1 update (case 07); cancellation
  because the position was filled internally (case 09); two interviews with one company (case 10);
  same-day onsite loop with a lunch, sent as itinerary + three invites + one .ics (case 12); one interview
  through e-mail + invite + API copy (case 18).
- Interviewer vs. coordinator: schedulers who say they will not join, recruiters who do conduct
  screens, Workday naming the interviewer without an address (follow-up goes to the recruiter).
- Hard look-alikes: Epic certification exam booking, HIPAA compliance training webinar, payer
  contract negotiation (Teams), church pastor search committee interviewing a candidate, the owner
  interviewing a Billing Specialist II candidate (iCIMS), her mother's Medicare Annual Wellness
  Visit, an unbooked Olivia pick-a-time link, a Workday rejection after an interview, an iCIMS
  one-way video interview.

**Counts:** {n} cases, {pos} positive, {neg} negative; {ni} labelled interviews ({ns} scheduled,
{nc} cancelled).

**Formats:** `.eml` (multipart/alternative and multipart/mixed, quoted-printable and base64 parts,
text/calendar METHOD REQUEST/PUBLISH/CANCEL inline and as attachments, RFC 2047 subjects),
a standalone Outlook `.ics` (case 12), `.gcal.json` Calendar API v3 events. All offsets are computed with zoneinfo.

| case | category | interviews |
|---|---|---|
{table}
'''


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith('%s%02d-' % (PREFIX, i)), slug
        assert re.fullmatch(r'b249-\d\d-[a-z0-9-]+', slug)
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        for fname, content in sorted(files.items()):
            assert re.fullmatch(r'\d\d-[a-z0-9-]+\.(eml|ics|gcal\.json)', fname), fname
            if fname.endswith('.eml'):
                assert ('Delivered-To: %s' % USER) in content, (slug, fname)
            with open(os.path.join(d, fname), 'w', encoding='utf-8', newline='') as fh:
                fh.write(content)
        labels[slug] = lab
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('# blind249 labels (generated by make_cases.py; written blind)\n')
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for v in labels.values() if v['interview'])
    ivs = [x for v in labels.values() for x in v['interviews']]
    table = '\n'.join('| %s | %s | %s |' % (k, v['category'], ', '.join(
        '%s %s %s' % (x['kind'], x['start'], x['status']) for x in v['interviews']) or '-') for k, v in labels.items())
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(README.format(n=len(labels), pos=pos, neg=len(labels) - pos, ni=len(ivs),
                               ns=sum(x['status'] == 'scheduled' for x in ivs),
                               nc=sum(x['status'] == 'cancelled' for x in ivs), table=table))
    print('wrote %d cases (%d positive, %d negative, %d interviews)' % (len(labels), pos, len(labels) - pos, len(ivs)))


if __name__ == '__main__':
    main()
