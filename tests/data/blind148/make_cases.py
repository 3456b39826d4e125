#!/usr/bin/env python3
"""Regenerate the blind148 evaluation set (cases + labels.yaml) next to this file.

Theme: a Mexico-born ICU nurse relocating from Guadalajara to Texas.  Mail in
Spanish and English; hospital HR on Workday and iCIMS; Guadalajara has stayed on
UTC-6 all year since Mexico dropped DST in 2022 while Texas (Central) switches
to CDT on 2026-03-08 and El Paso runs on Mountain time.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries (derived from
sha256 of fixed seeds).  Standard library + PyYAML + zoneinfo only.
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
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SET = 'b148'
OWNER = 'ximena.lozano@example.com'
OWNER_NAME = 'Ximena Lozano Ibarra'
OWNER_PHONE = '+52 33 1847 2260'

UTC = timezone.utc
MX = ZoneInfo('America/Mexico_City')   # Guadalajara: UTC-6 all year since Oct 2022
CT = ZoneInfo('America/Chicago')       # most of Texas: CST/CDT (DST 2026-03-08 .. 2026-11-01)
MT = ZoneInfo('America/Denver')        # El Paso: MST/MDT
ET = ZoneInfo('America/New_York')

EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
ES_DAYS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']
ES_DAYS_SHORT = ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom']
ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
             'septiembre', 'octubre', 'noviembre', 'diciembre']
ES_MONTHS_SHORT = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic']


# ---------------------------------------------------------------- time helpers
def dt(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def wd(d, name):
    """Assert that datetime d falls on the weekday named in the text (English or Spanish)."""
    i = d.weekday()
    assert name.lower() in (EN_DAYS[i].lower(), ES_DAYS[i]), (d, name, EN_DAYS[i])
    return name


def off(d, expect):
    """Assert the UTC offset zoneinfo computes, e.g. off(x, '-0500')."""
    assert d.strftime('%z') == expect, (d, d.strftime('%z'), expect)
    return d


def rfcdate(d):
    return format_datetime(d)


def utcstamp(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def local(d):
    return d.strftime('%Y%m%dT%H%M%S')


def h12(d, ampm=('am', 'pm'), zero_min=False):
    h = d.hour % 12 or 12
    s = str(h)
    if d.minute or zero_min:
        s += ':%02d' % d.minute
    return s + (ampm[0] if d.hour < 12 else ampm[1])


def en_long(d):     # Thursday, March 19, 2026
    return '%s, %s %d, %d' % (EN_DAYS[d.weekday()], d.strftime('%B'), d.day, d.year)


def es_long(d):     # martes 14 de abril de 2026
    return '%s %d de %s de %d' % (ES_DAYS[d.weekday()], d.day, ES_MONTHS[d.month - 1], d.year)


def sha(seed, n=16):
    return hashlib.sha256(seed.encode('utf-8')).hexdigest()[:n]


def iso(d):
    return d.isoformat() if d is not None else None


# ---------------------------------------------------------------- MIME helpers
def enc(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset='utf-8')


def addrs(lst):
    return ', '.join(addr(n, e) for n, e in lst)


def b64lines(data):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + '\n'


def qp(text):
    if not text.endswith('\n'):
        text += '\n'
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def leaf(ctype, text=None, data=None, cte='quoted-printable', charset='UTF-8', params='',
         disp=None, extra=()):
    ct = ctype
    if charset:
        ct += '; charset="%s"' % charset
    if params:
        ct += '; ' + params
    hdrs = [('Content-Type', ct)] + list(extra)
    hdrs.append(('Content-Transfer-Encoding', cte))
    if disp:
        hdrs.append(('Content-Disposition', disp))
    raw = data if data is not None else text.encode('utf-8')
    if cte == 'base64':
        body = b64lines(raw)
    elif cte == 'quoted-printable':
        body = qp(raw.decode('utf-8'))
    else:
        body = raw.decode('ascii')
        if not body.endswith('\n'):
            body += '\n'
    return (hdrs, body)


def multi(sub, boundary, parts):
    hdrs = [('Content-Type', 'multipart/%s; boundary="%s"' % (sub, boundary))]
    body = ''.join('--%s\n%s\n' % (boundary, render(p)) for p in parts) + '--%s--\n' % boundary
    return (hdrs, body)


def render(p):
    hdrs, body = p
    return ''.join('%s: %s\n' % kv for kv in hdrs) + '\n' + body


def message(headers, root):
    hdrs, body = root
    out = ''.join('%s: %s\n' % (k, v) for k, v in headers if v is not None)
    out += 'MIME-Version: 1.0\n'
    out += ''.join('%s: %s\n' % kv for kv in hdrs) + '\n' + body
    return out


def received(by_host, from_host, ip, d, rcpt=OWNER, proto='ESMTPS', sid=None):
    sid = sid or sha(from_host + rfcdate(d), 12)
    return ('from %s (%s [%s])\n        by %s with %s id %s\n        for <%s>;\n        %s'
            % (from_host, from_host, ip, by_host, proto, sid, rcpt, rfcdate(d.astimezone(UTC))))


def top_headers(frm, to, subject, date, msgid, cc=None, reply_to=None, in_reply_to=None,
                references=None, extra=(), recv=None, return_path=None, sender=None):
    h = [('Delivered-To', OWNER)]
    if recv:
        h.append(('Received', recv))
    if return_path:
        h.append(('Return-Path', '<%s>' % return_path))
    h += [('From', frm)]
    if sender:
        h.append(('Sender', sender))
    h.append(('To', to))
    if cc:
        h.append(('Cc', cc))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('Subject', enc(subject)), ('Date', rfcdate(date)), ('Message-ID', msgid)]
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    if references:
        h.append(('References', references))
    h += list(extra)
    return h


def text_to_html(text, p_tag='div', quote_style=None):
    """Plain text -> simple HTML; lines starting with '>' become a blockquote."""
    out, quote = [], []

    def flush_quote():
        if quote:
            inner = '<br>\n'.join(html.escape(q) for q in quote)
            style = quote_style or 'margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex'
            out.append('<blockquote style="%s">%s</blockquote>' % (style, inner))
            quote.clear()

    for line in text.split('\n'):
        if line.startswith('>'):
            quote.append(line[1:].lstrip(' '))
            continue
        flush_quote()
        out.append('<%s>%s</%s>' % (p_tag, html.escape(line) if line else '<br>', p_tag))
    flush_quote()
    return '\n'.join(out)


def outlook_ids(seed):
    host = 'SJ%dPR%02dMB%04d' % (int(sha(seed + 'a', 2), 16) % 9, int(sha(seed + 'b', 2), 16) % 20,
                                 int(sha(seed + 'c', 4), 16) % 9999)
    msgid = '<%s%s@%s.namprd%02d.prod.outlook.com>' % (host, sha(seed, 24).upper(), host,
                                                        int(sha(seed + 'd', 2), 16) % 20)
    tindex = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()
    return msgid, tindex


def outlook_html(text, lang='EN-US'):
    body = '\n'.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(l) if l else '&nbsp;')
                     for l in text.split('\n'))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (lang, body))


def outlook_mail(seed, frm, to, subject, date, text, cc=None, reply_to=None, in_reply_to=None,
                 references=None, lang='en-US', ip='40.107.220.91', topic=None):
    msgid, tindex = outlook_ids(seed)
    host = msgid.split('@')[1].rstrip('>')
    extra = [('Thread-Topic', enc(topic or subject.split(': ', 1)[-1])), ('Thread-Index', tindex),
             ('Accept-Language', '%s, es-MX' % lang if lang != 'es-MX' else 'es-MX, en-US'),
             ('Content-Language', lang), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    hdrs = top_headers(frm, to, subject, date, msgid, cc=cc, reply_to=reply_to,
                       in_reply_to=in_reply_to, references=references, extra=extra,
                       recv=received('mx.example.com', 'mail-' + host.lower()[:12] + '.outbound.protection.outlook.com',
                                     ip, date + timedelta(seconds=3)))
    b = '_000_%s_' % (msgid[1:].split('@')[0])
    root = multi('alternative', b, [leaf('text/plain', text, charset='utf-8'),
                                    leaf('text/html', outlook_html(text, lang.upper()), charset='utf-8')])
    return message(hdrs, root), msgid


def gmail_mail(seed, frm, to, subject, date, text, quote=None, attribution=None, cc=None,
               reply_to=None, in_reply_to=None, references=None, ip='209.85.220.41',
               x_mailer=None, extra=()):
    msgid = '<CA%s%s@mail.gmail.com>' % (sha(seed, 14).upper(), base64.urlsafe_b64encode(
        hashlib.sha256((seed + 'm').encode()).digest()[:21]).decode().replace('-', '+').replace('_', '='))
    b = '000000000000%s' % sha(seed + 'b', 16)
    plain = text
    html_body = '<div dir="ltr">%s</div>' % text_to_html(text)
    if quote:
        plain += '\n\n%s\n\n' % attribution + '\n'.join(('> ' + l) if l else '>' for l in quote.split('\n'))
        html_body += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                      'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                      % (html.escape(attribution), text_to_html(quote)))
    hdrs = top_headers(frm, to, subject, date, msgid, cc=cc, reply_to=reply_to, in_reply_to=in_reply_to,
                       references=references, extra=list(extra),
                       recv=received('mx.example.com', 'mail-sor-f41.google.com', ip, date + timedelta(seconds=2)))
    root = multi('alternative', b, [leaf('text/plain', plain),
                                    leaf('text/html', html_body + '\n')])
    return message(hdrs, root), msgid


# ---------------------------------------------------------------- iCalendar helpers
def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line, nl):
    res, cur, n, first = [], '', 0, True
    for ch in line:
        ln = len(ch.encode('utf-8'))
        if n + ln > (75 if first else 74):
            res.append(cur)
            cur, n, first = '', 0, False
        cur += ch
        n += ln
    res.append(cur)
    return (nl + ' ').join(res)


def ics(lines, nl='\r\n'):
    return nl.join(fold(l, nl) for l in lines) + nl


VTZ_GOOGLE_CHICAGO = ['BEGIN:VTIMEZONE', 'TZID:America/Chicago', 'X-LIC-LOCATION:America/Chicago',
                      'BEGIN:DAYLIGHT', 'TZOFFSETFROM:-0600', 'TZOFFSETTO:-0500', 'TZNAME:CDT',
                      'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
                      'BEGIN:STANDARD', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0600', 'TZNAME:CST',
                      'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
                      'END:VTIMEZONE']
VTZ_GOOGLE_DENVER = ['BEGIN:VTIMEZONE', 'TZID:America/Denver', 'X-LIC-LOCATION:America/Denver',
                     'BEGIN:DAYLIGHT', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0600', 'TZNAME:MDT',
                     'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
                     'BEGIN:STANDARD', 'TZOFFSETFROM:-0600', 'TZOFFSETTO:-0700', 'TZNAME:MST',
                     'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
                     'END:VTIMEZONE']
VTZ_MEXICO_CITY = ['BEGIN:VTIMEZONE', 'TZID:America/Mexico_City', 'X-LIC-LOCATION:America/Mexico_City',
                   'BEGIN:STANDARD', 'TZOFFSETFROM:-0600', 'TZOFFSETTO:-0600', 'TZNAME:CST',
                   'DTSTART:19700101T000000', 'END:STANDARD', 'END:VTIMEZONE']


def vtz_windows(tzid, std, dst=None):
    """Exchange-style VTIMEZONE.  std/dst = offsets like '-0600'; dst None = no DST."""
    if dst is None:
        return ['BEGIN:VTIMEZONE', 'TZID:' + tzid, 'BEGIN:STANDARD', 'DTSTART:16010101T000000',
                'TZOFFSETFROM:' + std, 'TZOFFSETTO:' + std, 'END:STANDARD', 'END:VTIMEZONE']
    return ['BEGIN:VTIMEZONE', 'TZID:' + tzid, 'BEGIN:STANDARD', 'DTSTART:16010101T020000',
            'TZOFFSETFROM:' + dst, 'TZOFFSETTO:' + std, 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11',
            'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:' + std,
            'TZOFFSETTO:' + dst, 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT',
            'END:VTIMEZONE']


WIN_CENTRAL = ('Central Standard Time', CT, vtz_windows('Central Standard Time', '-0600', '-0500'))
WIN_CENTRAL_MX = ('Central Standard Time (Mexico)', MX, vtz_windows('Central Standard Time (Mexico)', '-0600'))
WIN_MOUNTAIN = ('Mountain Standard Time', MT, vtz_windows('Mountain Standard Time', '-0700', '-0600'))
WIN_EASTERN = ('Eastern Standard Time', ET, vtz_windows('Eastern Standard Time', '-0500', '-0400'))


WIN_LABELS = {'Central Standard Time (Mexico)': '(UTC-06:00) Guadalajara, Mexico City, Monterrey',
              'Central Standard Time': '(UTC-06:00) Central Time (US & Canada)',
              'Mountain Standard Time': '(UTC-07:00) Mountain Time (US & Canada)',
              'Eastern Standard Time': '(UTC-05:00) Eastern Time (US & Canada)'}


def outlook_when(s, e, tzid):
    """Outlook's 'When:' line: local wall time with the zone's *standard* display label."""
    return '%s %s-%s %s.' % (s.strftime('%A, %B ') + str(s.day) + s.strftime(', %Y'), s.strftime('%I:%M %p').lstrip('0'),
                             e.strftime('%I:%M %p').lstrip('0'), WIN_LABELS[tzid])



def attendee(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp='TRUE', google=False):
    if google:
        return ('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s'
                % (role, partstat, rsvp, name or email, email))
    cn = ';CN=%s' % name if name else ''
    return 'ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s%s:mailto:%s' % (role, partstat, rsvp, cn, email)


def teams_block(seed):
    mid = '%s %s %s %s' % (sha(seed + '1', 3), sha(seed + '2', 3), sha(seed + '3', 3), sha(seed + '4', 3))
    mid = ''.join(c if c.isdigit() or c == ' ' else str(ord(c) % 10) for c in mid)
    code = base64.b64encode(hashlib.sha256((seed + 'pc').encode()).digest()[:5]).decode()[:6]
    thread = base64.urlsafe_b64encode(hashlib.sha256((seed + 't').encode()).digest()[:24]).decode().rstrip('=')
    url = ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a'
           '%%22%s-%s%%22%%7d' % (thread, sha(seed + 'tid', 8), sha(seed + 'tid2', 4)))
    text = ('________________________________________________________________________________\n'
            'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            'Click here to join the meeting<%s>\nMeeting ID: %s\nPasscode: %s\n'
            'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
            '________________________________________________________________________________' % (url, mid, code))
    return text, url


def outlook_invite(seed, organizer, required, optional, summary, note, start, end, win_tz, stamp,
                   msgdate, method='REQUEST', seq=0, uid=None, lang='en-US', teams=True,
                   location='Microsoft Teams Meeting', subject=None, status='CONFIRMED', cancel_note=None,
                   importance=1):
    """Exchange/Outlook meeting request: multipart/alternative with text/calendar (base64)."""
    tzid, tz, vtz = win_tz
    uid = uid or ('040000008200E00074C5B7101A82E00800000000%s00000000000000001000000%s'
                  % (sha(seed + 'u1', 16).upper(), sha(seed + 'u2', 32).upper()))
    body = note
    if teams and method != 'CANCEL':
        tb, url = teams_block(seed)
        body = note + '\n\n' + tb
    else:
        url = None
    s_loc, e_loc = start.astimezone(tz), end.astimezone(tz)
    lines = ['BEGIN:VCALENDAR', 'METHOD:' + method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    lines += vtz
    lines += ['BEGIN:VEVENT', 'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for n, e, ps in required:
        lines.append(attendee(n, e, 'REQ-PARTICIPANT', ps))
    for n, e, ps in optional:
        lines.append(attendee(n, e, 'OPT-PARTICIPANT', ps))
    lines += ['DESCRIPTION;LANGUAGE=%s:%s' % (lang, esc(body if method != 'CANCEL' else (cancel_note or body))),
              'UID:' + uid, 'SUMMARY;LANGUAGE=%s:%s' % (lang, esc(summary)),
              'DTSTART;TZID=%s:%s' % (tzid, local(s_loc)), 'DTEND;TZID=%s:%s' % (tzid, local(e_loc)),
              'CLASS:PUBLIC', 'PRIORITY:%d' % (1 if method == 'CANCEL' else 5), 'DTSTAMP:' + utcstamp(stamp),
              'TRANSP:' + ('TRANSPARENT' if method == 'CANCEL' else 'OPAQUE'), 'STATUS:' + status,
              'SEQUENCE:%d' % seq, 'LOCATION;LANGUAGE=%s:%s' % (lang, esc(location)),
              'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq, 'X-MICROSOFT-CDO-OWNERAPPTID:%d' % (int(sha(seed + 'o', 7), 16)),
              'X-MICROSOFT-CDO-BUSYSTATUS:' + ('FREE' if method == 'CANCEL' else 'TENTATIVE'),
              'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('FREE' if method == 'CANCEL' else 'BUSY'),
              'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:%d' % importance,
              'X-MICROSOFT-CDO-INSTTYPE:0']
    if url:
        lines += ['X-MICROSOFT-SKYPETEAMSMEETINGURL:' + url,
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-LOCATIONDISPLAYNAME:' + esc(location)]
    if method != 'CANCEL':
        lines += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
                  'END:VALARM']
    lines += ['END:VEVENT', 'END:VCALENDAR']
    cal = ics(lines)
    msgid, tindex = outlook_ids(seed)
    to = addrs([(n, e) for n, e, _ in required])
    cc = addrs([(n, e) for n, e, _ in optional]) or None
    subj = subject or summary
    hdrs = top_headers(addr(*organizer), to, subj, msgdate, msgid, cc=cc,
                       extra=[('Thread-Topic', enc(summary)), ('Thread-Index', tindex),
                              ('Accept-Language', lang), ('Content-Language', lang),
                              ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
                              ('X-MS-Exchange-Calendar-Series-Instance-Id', base64.b64encode(
                                  hashlib.sha256((seed + 's').encode()).digest()[:30]).decode())],
                       recv=received('mx.example.com', 'mail-bn8nam12on20%s.outbound.protection.outlook.com'
                                     % sha(seed, 3), '40.107.237.%d' % (int(sha(seed, 2), 16) % 250),
                                     msgdate + timedelta(seconds=4)))
    when = outlook_when(s_loc, e_loc, tzid)
    plain = body if method != 'CANCEL' else (cancel_note or body)
    b = '_000_%s_' % msgid[1:].split('@')[0]
    root = multi('alternative', b, [
        leaf('text/plain', plain, charset='utf-8'),
        leaf('text/html', outlook_html(plain, lang.upper()), charset='utf-8'),
        leaf('text/calendar', cal, cte='base64', charset='utf-8', params='method=' + method)])
    return message(hdrs, root), cal, msgid, uid, when


def gcal_time_range(s, e):
    return '%s – %s' % (h12(s), h12(e))


def google_invite(seed, organizer, guests, summary, description, start, end, show_tz, show_tz_label,
                  msgdate, kind='Invitation', seq=0, uid=None, reply_to=None, meet=True, location=None,
                  changed=None):
    """Google Calendar invitation e-mail: multipart/mixed(alternative(plain, html, calendar), invite.ics).

    guests: list of (name, email, partstat); the organizer is listed first.  Times in the ICS are UTC,
    as Google writes them; the human text is rendered in show_tz (the calendar's display zone)."""
    uid = uid or '%s@google.com' % sha(seed + 'uid', 26)
    code = '%s-%s-%s' % (sha(seed + 'm1', 3).translate(str.maketrans('0123456789', 'ghijkmnpqr')),
                         sha(seed + 'm2', 4).translate(str.maketrans('0123456789', 'stuvwxyzab')),
                         sha(seed + 'm3', 3).translate(str.maketrans('0123456789', 'cdefghijkm')))
    meet_url = 'https://meet.google.com/' + code
    s_loc, e_loc = start.astimezone(show_tz), end.astimezone(show_tz)
    abbrev = s_loc.strftime('%Z')
    method = 'CANCEL' if kind == 'Canceled event' else 'REQUEST'
    subj = '%s: %s @ %s %s, %d %s - %s (%s) (%s)' % (
        kind, summary, s_loc.strftime('%a %b'), s_loc.day, s_loc.year, h12(s_loc), h12(e_loc), abbrev, OWNER)
    when = '%s %s %d, %d ⋅ %s\n%s' % (EN_DAYS[s_loc.weekday()], s_loc.strftime('%b'), s_loc.day, s_loc.year,
                                      gcal_time_range(s_loc, e_loc), show_tz_label)
    lines_txt = []
    if kind == 'Updated invitation':
        lines_txt.append('This event has been updated')
        if changed:
            lines_txt.append('Changed: ' + changed)
        lines_txt.append('')
    if kind == 'Canceled event':
        lines_txt += ['This event has been canceled.', '']
    lines_txt += [summary, when, '']
    if meet and method != 'CANCEL':
        lines_txt += ['Join with Google Meet', meet_url, '', 'Join by phone',
                      '(US) +1 %s-%s-%s' % (200 + int(sha(seed + 'p1', 3), 16) % 700, 200 + int(sha(seed + 'p2', 3), 16) % 700,
                                            1000 + int(sha(seed + 'p3', 4), 16) % 8999),
                      'PIN: %d' % (100000000 + int(sha(seed + 'pin', 8), 16) % 899999999), '']
    if location:
        lines_txt += ['Location', location, '']
    lines_txt += ['Organizer', organizer[0], organizer[1], '', 'Guests']
    for n, e, _ in guests:
        if e == organizer[1]:
            lines_txt += ['%s - organizer' % n, e]
        elif n:
            lines_txt += [n, e]
        else:
            lines_txt += [e]
    eid = base64.b64encode(('%s %s' % (uid.split('@')[0], OWNER)).encode()).decode().rstrip('=')
    view = 'https://calendar.google.com/calendar/event?action=VIEW&eid=' + eid
    lines_txt += ['View all guest info %s' % view, '']
    if description:
        lines_txt += [description, '']
    lines_txt += ['Reply for %s and view more details %s' % (OWNER, view),
                  '', '~~//~~',
                  'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
                  'You are receiving this email because you are an attendee on the event.', '',
                  'Forwarding this invitation could allow any recipient to send a response to the organizer, '
                  'be added to the guest list, invite others regardless of their own invitation status, or '
                  'modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
    plain = '\n'.join(lines_txt)
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">%s</div></body></html>\n'
                 % text_to_html(plain, p_tag='p'))
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', 'METHOD:' + method, 'BEGIN:VEVENT',
             'DTSTART:' + utcstamp(start), 'DTEND:' + utcstamp(end), 'DTSTAMP:' + utcstamp(msgdate),
             'ORGANIZER;CN=%s:mailto:%s' % organizer, 'UID:' + uid]
    for n, e, ps in guests:
        lines.append(attendee(n, e, 'REQ-PARTICIPANT', ps, google=True))
    if meet and method != 'CANCEL':
        lines.append('X-GOOGLE-CONFERENCE:' + meet_url)
    desc = description or ''
    if meet and method != 'CANCEL':
        desc += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'
                 '\nJoin with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720'
                 '\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'
                 % meet_url)
    lines += ['CREATED:' + utcstamp(msgdate - timedelta(minutes=4)), 'DESCRIPTION:' + esc(desc.strip('\n')),
              'LAST-MODIFIED:' + utcstamp(msgdate), 'LOCATION:' + esc(location or ''),
              'SEQUENCE:%d' % seq, 'STATUS:' + ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED'),
              'SUMMARY:' + esc(summary), 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    cal = ics(lines)
    msgid = '<calendar-%s-%s-%s-%s-%s@google.com>' % (sha(seed + 'id', 8), sha(seed + 'id2', 4), sha(seed + 'id3', 4),
                                                      sha(seed + 'id4', 4), sha(seed + 'id5', 12))
    hdrs = [('Delivered-To', OWNER),
            ('Received', received('mx.example.com', 'mail-sor-f73.google.com', '209.85.220.73', msgdate + timedelta(seconds=1))),
            ('Return-Path', '<%s@calendar-server.bounces.google.com>' % base64.urlsafe_b64encode(
                hashlib.sha256((seed + 'rp').encode()).digest()[:15]).decode()),
            ('Reply-To', reply_to or addr(*organizer)),
            ('Sender', 'Google Calendar <calendar-notification@google.com>'),
            ('Message-ID', msgid), ('Date', rfcdate(msgdate.astimezone(UTC))), ('Subject', enc(subj)),
            ('From', addr(*organizer)), ('To', OWNER)]
    outer = 'jk%s' % sha(seed + 'ob', 16)
    alt = multi('alternative', '000000000000%s' % sha(seed + 'ab', 12), [
        leaf('text/plain', plain, cte='base64', params='format=flowed; delsp=yes'),
        leaf('text/html', html_body),
        leaf('text/calendar', cal, cte='7bit' if all(ord(c) < 128 for c in cal) else 'base64',
             params='method=' + method)])
    att = leaf('application/ics', cal, cte='base64', charset=None, params='name="invite.ics"',
               disp='attachment; filename="invite.ics"')
    root = multi('mixed', '000000000000%s' % sha(seed + 'mb', 12), [alt, att])
    # the text/calendar part above is inlined with LF line ends in the file; keep the CRLF only in base64
    return message(hdrs, root).replace('\r\n', '\n'), cal, msgid, uid, subj


def workday_ics(seed, tenant, summary, description, start, end, uid, seq, stamp, organizer, attendees,
                method='REQUEST', location=''):
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Workday Inc.//Workday Recruiting//EN',
             'METHOD:' + method] + VTZ_GOOGLE_CHICAGO[:2] + VTZ_GOOGLE_CHICAGO[3:] + [
             'BEGIN:VEVENT', 'UID:' + uid, 'SEQUENCE:%d' % seq, 'DTSTAMP:' + utcstamp(stamp),
             'DTSTART;TZID=America/Chicago:' + local(start.astimezone(CT)),
             'DTEND;TZID=America/Chicago:' + local(end.astimezone(CT)),
             'SUMMARY:' + esc(summary), 'DESCRIPTION:' + esc(description), 'LOCATION:' + esc(location),
             'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for n, e, role, ps in attendees:
        lines.append(attendee(n, e, role, ps, rsvp='TRUE' if e == OWNER else 'FALSE'))
    lines += ['STATUS:' + ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED'), 'TRANSP:OPAQUE',
              'END:VEVENT', 'END:VCALENDAR']
    return ics(lines)


def workday_mail(seed, tenant_name, tenant_addr, subject, date, text, ics_text=None, reply_to=None,
                 ics_name='Interview.ics', method='REQUEST'):
    msgid = '<%s.%s.JavaMail.wd@wd5-prod-mail%02d.myworkday.com>' % (sha(seed, 20), int(sha(seed + 'n', 8), 16),
                                                                     int(sha(seed + 'h', 2), 16) % 40)
    hdrs = top_headers(addr(tenant_name, tenant_addr), OWNER, subject, date, msgid, reply_to=reply_to,
                       extra=[('X-Workday-Tenant', tenant_addr.split('@')[0]),
                              ('Auto-Submitted', 'auto-generated')],
                       recv=received('mx.example.com', 'smtp-out-%s.myworkday.com' % sha(seed, 4),
                                     '198.51.100.%d' % (int(sha(seed, 2), 16) % 250), date + timedelta(seconds=6)),
                       return_path='bounce-%s@myworkday.com' % sha(seed + 'r', 10))
    html_body = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">'
                 '<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>%s</td></tr>'
                 '</table></body></html>\n' % text_to_html(text, p_tag='p'))
    alt = multi('alternative', '----=_Part_%d_%d.%s' % (int(sha(seed + 'a', 6), 16), int(sha(seed + 'b', 8), 16),
                                                        int(sha(seed + 'c', 10), 16)),
                [leaf('text/plain', text), leaf('text/html', html_body)])
    if ics_text is None:
        return message(hdrs, alt), msgid
    att = leaf('text/calendar', ics_text, cte='base64', params='method=%s; name="%s"' % (method, ics_name),
               disp='attachment; filename="%s"' % ics_name)
    root = multi('mixed', '----=_Part_%d_%d.%s' % (int(sha(seed + 'd', 6), 16), int(sha(seed + 'e', 8), 16),
                                                   int(sha(seed + 'f', 10), 16)), [alt, att])
    return message(hdrs, root), msgid


def icims_mail(seed, display, subject, date, text, reply_to=None, sender_addr='no-reply@icims.com', ics_text=None):
    msgid = '<%s.%s@icims.com>' % (sha(seed, 32), int(sha(seed + 'n', 8), 16))
    hdrs = top_headers(addr(display, sender_addr), OWNER, subject, date, msgid, reply_to=reply_to,
                       extra=[('X-iCIMS-Customer-ID', str(int(sha(seed + 'c', 4), 16))),
                              ('Precedence', 'bulk'), ('Auto-Submitted', 'auto-generated')],
                       recv=received('mx.example.com', 'mta-%s.icims.com' % sha(seed, 3),
                                     '192.0.2.%d' % (int(sha(seed, 2), 16) % 250), date + timedelta(seconds=5)),
                       return_path='bounces+%s@em.icims.com' % sha(seed + 'r', 8))
    html_body = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;padding:0">'
                 '<div style="max-width:640px;margin:0 auto;font-family:Helvetica,Arial,sans-serif;font-size:15px">'
                 '%s<p style="font-size:11px;color:#888">Powered by iCIMS</p></div></body></html>\n'
                 % text_to_html(text, p_tag='p'))
    body = leaf('text/html', html_body)
    if ics_text is None:
        root = multi('alternative', '=_icims_%s' % sha(seed + 'b', 20), [leaf('text/plain', text), body])
    else:
        alt = multi('alternative', '=_icims_%s' % sha(seed + 'b', 20), [leaf('text/plain', text), body])
        root = multi('mixed', '=_icims_mx_%s' % sha(seed + 'm', 18), [
            alt, leaf('text/calendar', ics_text, cte='base64', params='method=REQUEST; name="interview.ics"',
                      disp='attachment; filename="interview.ics"')])
    return message(hdrs, root), msgid


# ---------------------------------------------------------------- label helpers
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followups), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []   # (case_id, [(filename, text)], label)


def case(num, slug, items, lab):
    cid = '%s-%02d-%s' % (SET, num, slug)
    CASES.append((cid, items, lab))


def ol_quote(frm, sent, to, subject, text, lang='en', cc=None):
    """Outlook-style quoted original (no '>' prefixes)."""
    if lang == 'es':
        when = '%s, %d de %s de %d %s' % (ES_DAYS[sent.weekday()], sent.day, ES_MONTHS[sent.month - 1], sent.year,
                                          sent.strftime('%H:%M'))
        head = 'De: %s\nEnviado: %s\nPara: %s\n%sAsunto: %s' % (frm, when, to, ('CC: %s\n' % cc) if cc else '', subject)
    else:
        when = '%s, %s %d, %d %s' % (EN_DAYS[sent.weekday()], sent.strftime('%B'), sent.day, sent.year,
                                     sent.strftime('%I:%M %p').lstrip('0'))
        head = 'From: %s\nSent: %s\nTo: %s\n%sSubject: %s' % (frm, when, to, ('Cc: %s\n' % cc) if cc else '', subject)
    return '\n\n________________________________\n%s\n\n%s' % (head, text)


def gmail_attr_en(sent, who, email):
    return 'On %s, %s %d, %d at %s %s <%s> wrote:' % (sent.strftime('%a'), sent.strftime('%b'), sent.day, sent.year,
                                                     sent.strftime('%I:%M %p').lstrip('0'), who, email)


def gmail_attr_es(sent, who, email):
    return 'El %s, %d %s %d a las %s, %s (<%s>) escribió:' % (ES_DAYS_SHORT[sent.weekday()], sent.day,
                                                             ES_MONTHS_SHORT[sent.month - 1], sent.year,
                                                             sent.strftime('%H:%M'), who, email)


ME = addr(OWNER_NAME, OWNER)


# ============================================================== case 01
def c01():
    co = 'Piney Woods Regional Hospital'
    ch = ('Courtney Haskins', 'courtney.haskins@pineywoodsregional.example')
    role = 'Registered Nurse - Progressive Care Unit (Nights)'
    m1d = off(dt(2026, 3, 3, 10, 14, CT), '-0600')
    wd(m1d, 'Tuesday')
    opt1 = off(dt(2026, 3, 10, 9, 0, CT), '-0500')      # after US DST (Mar 8)
    opt2 = dt(2026, 3, 11, 13, 0, CT)
    wd(opt1, 'Tuesday'); wd(opt2, 'Wednesday')
    assert opt1.astimezone(MX).hour == 8                 # Guadalajara stays on UTC-6
    sig = ('Courtney Haskins, BSN, RN\nNurse Recruiter | Talent Acquisition\n%s\n1400 E. Fifth St., Tyler, TX 75701\n'
           'Office 903-555-0142 | %s' % (co, ch[1]))
    subj = 'Phone screen - RN PCU (Nights) - Piney Woods Regional'
    t1 = ('Hi Ximena,\n\nThank you for applying to the Registered Nurse - Progressive Care Unit (Nights) position at '
          'Piney Woods Regional Hospital in Tyler. Your ICU background at Hospital Santa Lucía de Occidente stood out '
          'to our nursing leaders.\n\nI would like to set up a 30-minute phone screen with you. Would either of these '
          'work?\n\n  - Tuesday, March 10 at 9:00 AM Central\n  - Wednesday, March 11 at 1:00 PM Central\n\n'
          "One heads-up since you're in Guadalajara: Texas springs forward to daylight saving time this Sunday, "
          "March 8, and Mexico doesn't change its clocks anymore. Today we're on the same clock, but after Sunday "
          "we'll be one hour ahead of you, so 9:00 AM Central on the 10th is 8:00 AM in Guadalajara.\n\n"
          'Best regards,\n' + sig)
    e1, id1 = outlook_mail('b148-01-m1', addr(*ch), ME, subj, m1d, t1)
    x_sent = dt(2026, 3, 4, 7, 40, MX)
    xt = ('Hi Courtney,\n\nThank you! Tuesday, March 10 at 9:00 a.m. Central works for me (8:00 a.m. here in '
          'Guadalajara, right?). On Wednesday the 11th I am on shift until 3 p.m.\n\nMy cell is %s '
          '(WhatsApp too).\n\nSaludos,\nXimena Lozano Ibarra, LEO\nEnfermera de Cuidados Intensivos' % OWNER_PHONE)
    m2d = dt(2026, 3, 4, 9, 2, CT)
    t2 = ("Perfect - you're confirmed for Tuesday, March 10 at 9:00 AM Central (8:00 AM your time). I'll call you "
          'at %s. Plan on about 30 minutes; we will talk through your ICU experience, your NCLEX and Texas licensure '
          'timeline, and shift preferences.\n\nCourtney' % OWNER_PHONE)
    t2 += ol_quote(ME, x_sent, addr(*ch), 'RE: ' + subj, xt)
    t2 += ol_quote(addr(*ch), m1d, ME, subj, t1)
    xid = '<CAK%s@mail.gmail.com>' % sha('b148-01-x', 30).upper()
    e2, _ = outlook_mail('b148-01-m2', addr(*ch), ME, 'RE: ' + subj, m2d, t2, in_reply_to=xid,
                         references='%s %s' % (id1, xid))
    lab = label([iv(co, role, opt1, opt1 + timedelta(minutes=30), 'scheduled', [ch[1]], [ch[1]], 'phone_screen')],
                'hard', 'positive/thread-dst-gap',
                'Proposal sent Mar 3 (Texas on CST, same clock as Guadalajara); confirmed slot Tue Mar 10 9:00 AM '
                'Central falls after the US DST switch (Mar 8) -> CDT -05:00 = 8:00 Guadalajara (UTC-6, no DST). '
                'The Wednesday option is not booked. Recruiter conducts the screen.')
    case(1, 'dst-week-thread-piney-woods', [('01-courtney-phone-screen-options.eml', e1),
                                            ('02-re-phone-screen-confirmed.eml', e2)], lab)


# ============================================================== case 02 (negative)
def c02():
    pv_date = dt(2026, 4, 13, 16, 48, CT)
    exam = dt(2026, 5, 21, 8, 0, MX)
    wd(exam, 'Thursday')
    t1 = ('Dear Ximena Lozano Ibarra,\n\nThank you for scheduling your NCLEX examination with Pearson VUE. '
          'Please review the details below and keep this email for your records.\n\n'
          'Registration ID: 4471902-NCLEX\nExam: NCLEX-RN\nNursing Regulatory Body: Texas Board of Nursing\n'
          'Appointment: %s at 8:00 AM Central Standard Time (local time at the test center)\n'
          'Time allowed: up to 5 hours\n'
          'Test center: Pearson Professional Centers - Mexico City, Site #52611\n'
          'Authorization to Test (ATT) valid through: July 29, 2026\n\n'
          'Please arrive at least 30 minutes before your scheduled appointment time to complete the check-in '
          'process. At international test centers a valid, unexpired passport is the only acceptable form of '
          'identification. If you arrive 30 minutes or more after your appointment time you may be refused '
          'admission and forfeit your registration fee.\n\n'
          'To reschedule or cancel, visit https://www.pearsonvue.com/nclex at least 24 hours before your '
          'appointment.\n\nSincerely,\nPearson VUE NCLEX Candidate Services' % en_long(exam))
    msgid = '<%s.JavaMail.pvue@pvmailer04.pearson.com>' % sha('b148-02-pv', 24)
    hdrs = top_headers('Pearson VUE <PearsonVUEConfirmation@pearson.com>', OWNER, 'NCLEX Appointment Confirmation',
                       pv_date, msgid, recv=received('mx.example.com', 'mailout2.pearson.com', '203.0.113.45',
                                                     pv_date + timedelta(seconds=8)),
                       return_path='PearsonVUEConfirmation@pearson.com')
    root = multi('alternative', '----=_Part_88213_%d' % int(sha('b148-02-b', 8), 16),
                 [leaf('text/plain', t1), leaf('text/html', '<html><body>%s</body></html>\n' % text_to_html(t1, 'p'))])
    e1 = message(hdrs, root)
    # her own calendar entry for the exam (Calendar API)
    ev = {'kind': 'calendar#event', 'etag': '"%d"' % int(sha('b148-02-etag', 13), 16), 'id': sha('b148-02-ev', 26),
          'status': 'confirmed', 'htmlLink': 'https://www.google.com/calendar/event?eid=' + sha('b148-02-eid', 40),
          'created': '2026-04-13T23:02:11.000Z', 'updated': '2026-04-13T23:05:40.512Z',
          'summary': 'NCLEX-RN (Pearson VUE CDMX) - llegar 7:30!!',
          'description': 'Llevar pasaporte. ATT vigente hasta 29 jul. Registration ID 4471902-NCLEX.\n'
                         'Vuelo GDL-MEX el 20 en la noche, hotel en Reforma.',
          'location': 'Pearson Professional Centers - Mexico City',
          'creator': {'email': OWNER, 'self': True}, 'organizer': {'email': OWNER, 'self': True},
          'start': {'dateTime': exam.isoformat(), 'timeZone': 'America/Mexico_City'},
          'end': {'dateTime': (exam + timedelta(hours=5)).isoformat(), 'timeZone': 'America/Mexico_City'},
          'iCalUID': sha('b148-02-ev', 26) + '@google.com', 'sequence': 0,
          'reminders': {'useDefault': False, 'overrides': [{'method': 'popup', 'minutes': 720}]},
          'eventType': 'default'}
    # recruiting agency good-luck note with hiring vocabulary and a webinar
    web = dt(2026, 5, 14, 19, 0, MX)
    wd(web, 'jueves')
    ma = ('Mariana Ochoa', 'mariana.ochoa@puentetalento.example')
    t3 = ('¡Hola Ximena!\n\nVi que ya agendaste tu NCLEX para el 21 de mayo. ¡Mucho éxito! En cuanto tengas tu '
          'resultado (Quick Results) empezamos a agendar entrevistas con los hospitales de Texas que te interesan '
          '(San Antonio y Houston, según tu perfil).\n\nMientras tanto te recomiendo nuestro webinar gratuito '
          '"Cómo contestar preguntas conductuales en una entrevista en EE. UU." el jueves 14 de mayo a las 7:00 p.m. '
          '(hora de Guadalajara). Es abierto a todas las enfermeras del programa; te llega el link por WhatsApp.\n\n'
          'Un abrazo,\nMariana Ochoa\nCoordinadora de Candidatas\nPuente Talento Médico · Guadalajara, Jal.')
    e3, _ = gmail_mail('b148-02-m3', addr(*ma), ME, 'Tu NCLEX y siguientes pasos', dt(2026, 4, 14, 10, 25, MX), t3)
    lab = label([], 'medium', 'negative/licensing-exam',
                'Pearson VUE NCLEX-RN appointment (licensing exam, not an interview), her own calendar entry for the '
                'exam, and an agency note that only talks about future interviews plus a group webinar.')
    case(2, 'nclex-pearson-vue-slot', [('01-nclex-appointment-confirmation.eml', e1),
                                       ('02-nclex-own-calendar.gcal.json', json.dumps(ev, indent=2, ensure_ascii=False) + '\n'),
                                       ('03-puente-siguientes-pasos.eml', e3)], lab)


# ============================================================== case 03
def c03():
    co = 'Bluebonnet Regional Medical Center'
    tenant = ('Bluebonnet Regional Medical Center', 'bluebonnetrmc@myworkday.com')
    mt = ('Marisol Treviño', 'marisol.trevino@bluebonnetrmc.example')
    role = 'Registered Nurse - Medical ICU'
    start = off(dt(2026, 3, 19, 11, 0, CT), '-0500')
    end = start + timedelta(minutes=30)
    wd(start, 'Thursday')
    d1 = dt(2026, 3, 16, 15, 22, CT)
    t1 = ('Hello Ximena,\n\nAn interview has been scheduled for the Registered Nurse - Medical ICU (R-0045127) '
          'position at Bluebonnet Regional Medical Center.\n\n'
          'Interview Type: Phone Screen\nDate: %s\nTime: 11:00 AM - 11:30 AM (Central Daylight Time)\n'
          'Interviewer: Marisol Treviño, Talent Acquisition Partner - Nursing\n'
          'Location: Phone - the interviewer will call you at %s\n\n'
          'A calendar invitation is attached. To view your application or update your contact information, sign in '
          'to your candidate home: https://wd5.myworkdaysite.com/recruiting/bluebonnetrmc/Careers/login\n\n'
          'If you need to reschedule, please contact %s.\n\nThank you,\nTalent Acquisition\n%s\nSan Antonio, Texas\n\n'
          'This email was sent from an unmonitored mailbox.' % (en_long(start), OWNER_PHONE, mt[1], co))
    uid = 'WD-INTV-%s@bluebonnetrmc.myworkday.com' % sha('b148-03-uid', 12).upper()
    cal = workday_ics('b148-03', tenant, 'Phone Screen: Registered Nurse - Medical ICU (R-0045127)',
                      'Phone screen with Marisol Treviño. She will call you at %s.' % OWNER_PHONE, start, end, uid, 0,
                      d1, tenant, [(mt[0], mt[1], 'CHAIR', 'ACCEPTED'), (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                      location='Phone')
    e1, id1 = workday_mail('b148-03-m1', tenant[0], tenant[1], 'Interview Scheduled - Registered Nurse - Medical ICU (R-0045127)',
                           d1, t1, cal, reply_to=addr(*mt))
    d2 = dt(2026, 3, 17, 8, 5, CT)
    t2 = ('Hola Ximena,\n\nTe escribo para presentarme: soy Marisol, la reclutadora de enfermería de Bluebonnet. '
          'Te llegó la notificación de Workday para nuestra llamada del jueves. Solo para evitar confusiones con '
          'el cambio de horario: te marco a las 11:00 a.m. hora de San Antonio, que ahora son las 10:00 a.m. en '
          'Guadalajara. Serán unos 30 minutos; platicaremos de tu experiencia en UCI, tu proceso de NCLEX y la visa TN.\n\n'
          'Saludos,\nMarisol Treviño\nTalent Acquisition Partner - Nursing\n%s | San Antonio, TX\n210-555-0176' % co)
    e2, _ = outlook_mail('b148-03-m2', addr(*mt), ME, 'Nuestra llamada del jueves / Thursday phone screen', d2, t2,
                         lang='es-MX')
    lab = label([iv(co, role, start, end, 'scheduled', [mt[1]], [mt[1]], 'phone_screen')], 'easy',
                'positive/workday-ics',
                'Workday "Interview Scheduled" with attached .ics (TZID America/Chicago) plus the recruiter\'s Spanish '
                'note (11:00 San Antonio = 10:00 Guadalajara). One interview; Marisol conducts the phone screen.')
    case(3, 'workday-phone-screen-bluebonnet', [('01-workday-interview-scheduled.eml', e1),
                                                ('02-marisol-nota-en-espanol.eml', e2)], lab)


# ============================================================== case 04 (negative)
def c04():
    d1 = dt(2026, 4, 27, 12, 31, MX)
    cas = dt(2026, 5, 18, 8, 15, MX)
    cons = dt(2026, 5, 19, 7, 45, MX)
    wd(cas, 'lunes'); wd(cons, 'martes')
    t1 = ('Estimado(a) XIMENA LOZANO IBARRA:\n\nSu cita ha sido programada con éxito. Imprima esta hoja y '
          'preséntela el día de su cita.\n\nNúmero de confirmación: 2604-GDL-7731985\n'
          'Tipo de visa: TN - Profesionista T-MEC (Enfermera registrada)\n'
          'Número de pasaporte: G3*****41\n\n'
          'CITA EN EL CENTRO DE ATENCIÓN A SOLICITANTES (CAS) - huellas y fotografía\n'
          'Lugar: CAS Guadalajara\nFecha: %s\nHora: 08:15 (hora local)\n\n'
          'ENTREVISTA CONSULAR\nLugar: Consulado General de los Estados Unidos en Guadalajara\n'
          'Fecha: %s\nHora: 07:45 (hora local)\n\n'
          'Llegue 15 minutos antes de la hora de su cita. No se permite el ingreso con aparatos electrónicos. '
          'Para la entrevista consular presente: pasaporte vigente, hoja de confirmación DS-160, carta de oferta de '
          'empleo de su empleador en EE. UU., título y cédula profesional, y su certificado de revisión de '
          'credenciales (Visa Screen).\n\nEste es un mensaje automático; no responda a este correo.\n'
          'Servicios de Información y Citas de Visa para EE. UU. en México' % (es_long(cas), es_long(cons)))
    msgid = '<%s@usvisa-info.com>' % sha('b148-04-m1', 28)
    hdrs = top_headers('no-reply@usvisa-info.com', OWNER, 'Confirmación de cita - Visa de EE. UU. - Guadalajara',
                       d1, msgid, recv=received('mx.example.com', 'smtp.usvisa-info.com', '198.51.100.210',
                                                d1 + timedelta(seconds=11)),
                       return_path='no-reply@usvisa-info.com')
    root = multi('alternative', '----=_NextPart_%s' % sha('b148-04-b', 20),
                 [leaf('text/plain', t1, cte='base64'),
                  leaf('text/html', '<html><body style="font-family:Arial">%s</body></html>\n' % text_to_html(t1, 'p'),
                       cte='base64')])
    e1 = message(hdrs, root)
    pr = ('Paola Rendón', 'paola.rendon@gw-immigration.example')
    d2 = dt(2026, 4, 28, 11, 5, CT)
    t2 = ('Hi Ximena,\n\nCongratulations on booking your TN visa interview at the U.S. Consulate in Guadalajara '
          'for Tuesday, May 19 at 7:45 a.m. (and biometrics at the CAS the day before). Bluebonnet Regional Medical '
          'Center asked us to help you prepare.\n\nPlease bring:\n  1. Offer letter from Bluebonnet (signed, on '
          'letterhead) - attached to our earlier email\n  2. Visa Screen certificate\n  3. Texas RN license '
          'verification printout\n  4. Título and cédula profesional\n\nThe consular officer will ask short '
          'questions about your job duties and your ties to Mexico. Answer briefly and truthfully; you do not need '
          'to bring your resume.\n\nBest,\nPaola Rendón\nImmigration Paralegal\nGarza Whitfield Immigration LLP | '
          'San Antonio, TX\n210-555-0148')
    e2, _ = outlook_mail('b148-04-m2', addr(*pr), ME, 'Your TN consular interview on May 19 - document checklist', d2, t2)
    lab = label([], 'hard', 'negative/visa-consular-interview',
                'US consulate visa (TN) "entrevista consular" and CAS biometrics appointment plus the employer\'s '
                'immigration paralegal checklist: a visa interview, not a job interview (README: visa interviews '
                'are not interviews).')
    case(4, 'consulado-tn-visa-entrevista', [('01-confirmacion-cita-consular.eml', e1),
                                             ('02-paralegal-document-checklist.eml', e2)], lab)


# ============================================================== case 05
def c05():
    co = 'Pecan Creek Health'
    dom = 'pecancreekhealth.example'
    role = 'Registered Nurse II - Cardiovascular ICU'
    kendra = ('Kendra Okafor', 'kendra.okafor@' + dom)
    luis = ('Luis Barrientos', 'luis.barrientos@' + dom)
    hannah = ('Hannah Whitfield', 'hannah.whitfield@' + dom)
    jared = ('Jared Pham', 'jared.pham@' + dom)
    alyssa = ('Alyssa Grant', 'alyssa.grant@' + dom)
    start = off(dt(2026, 3, 25, 14, 0, CT), '-0500')
    end = start + timedelta(hours=1)
    wd(start, 'Wednesday')
    d1 = dt(2026, 3, 23, 10, 41, CT)
    t1 = ('Hi Ximena,\n\nCongratulations! The Cardiovascular ICU team at Pecan Creek Health would like to meet you '
          'for a virtual peer interview.\n\nPosition: Registered Nurse II - Cardiovascular ICU (Nights)\n'
          'Requisition: 2026-3381\nDate: %s\nTime: 2:00 PM - 3:00 PM Central Time (CDT)\n'
          'Format: Microsoft Teams video (the unit will send you a separate Teams invitation)\n\n'
          'Your peer interview panel:\n- Kendra Okafor, RN, CCRN - Charge Nurse\n- Luis Barrientos, RN - Staff Nurse, '
          'CVICU\n- Hannah Whitfield, RN, BSN - Clinical Ladder III\n\n'
          'A peer interview is a conversation with the nurses you would work alongside. Expect behavioral questions '
          '("tell us about a time...") and a couple of clinical scenarios. Please have your camera on and find a '
          'quiet place.\n\nQuestions? Contact your recruiter, Jared Pham, at %s or 512-555-0187.\n\n'
          'Pecan Creek Health Talent Acquisition\n\nPlease do not reply to this message; this mailbox is not '
          'monitored.' % (en_long(start), jared[1]))
    e1, _ = icims_mail('b148-05-m1', 'Pecan Creek Health Careers',
                       'Your Virtual Peer Interview - Registered Nurse II - Cardiovascular ICU (2026-3381)', d1, t1)
    note = ('Hello Ximena and team,\n\nHere is the Teams link for Wednesday\'s virtual peer interview for the RN II '
            'CVICU (Nights) opening. Kendra will lead the panel with Luis and Hannah. I am only sending the invite - '
            'please contact Jared Pham in Talent Acquisition with any questions.\n\nThank you,\nAlyssa Grant\n'
            'Unit Secretary, Cardiovascular ICU\nPecan Creek Health | Austin, TX')
    e2, cal, _, _, _ = outlook_invite('b148-05-inv', alyssa,
                                      [(OWNER_NAME, OWNER, 'NEEDS-ACTION'), (kendra[0], kendra[1], 'NEEDS-ACTION'),
                                       (luis[0], luis[1], 'NEEDS-ACTION'), (hannah[0], hannah[1], 'NEEDS-ACTION')],
                                      [(jared[0], jared[1], 'NEEDS-ACTION')],
                                      'Virtual Peer Interview - RN II CVICU - Ximena Lozano', note, start, end,
                                      WIN_CENTRAL, dt(2026, 3, 23, 13, 15, CT), dt(2026, 3, 23, 13, 15, CT))
    ivs = [kendra[1], luis[1], hannah[1]]
    lab = label([iv(co, role, start, end, 'scheduled', ivs, ivs, 'onsite')], 'medium', 'positive/dedupe-virtual-peer-panel',
                'iCIMS notification (no-reply) and the unit secretary\'s Teams invite (Windows TZID "Central Standard '
                'Time", DST -> -05:00) announce the same virtual peer interview: ONE interview. Three peer nurses form '
                'the panel (kind onsite per panel rule); the secretary and the optional recruiter do not interview.')
    case(5, 'icims-virtual-peer-interview', [('01-icims-peer-interview-scheduled.eml', e1),
                                             ('02-teams-invite-peer-interview.eml', e2)], lab)


# ============================================================== case 06
def c06():
    co = 'Rio Grande Valley Women\'s & Children\'s Hospital'
    fq = ('Fernanda Quiroz', 'fernanda.quiroz@puentetalento.example')
    dg = ('Dolores Garza', 'dolores.garza@rgvwch.example')
    role = 'Registered Nurse - NICU'
    d1 = off(dt(2026, 4, 9, 17, 5, MX), '-0600')
    wd(d1, 'jueves')
    start = off(dt(2026, 4, 14, 10, 0, CT), '-0500')     # "el martes a las 10 hora del centro" = Texas time
    wd(start, 'martes')
    assert 0 < (start.date() - d1.date()).days <= 7       # the next Tuesday after the message date
    assert start == dt(2026, 4, 14, 9, 0, MX)             # 9:00 in Guadalajara (no DST)
    end = start + timedelta(minutes=45)
    sig = ('Fernanda Quiroz\nReclutadora Internacional de Enfermería\nPuente Talento Médico · Guadalajara, Jal.\n'
           '+52 33 3615 0922')
    subj = 'Entrevista RGV Women\'s & Children\'s - UCIN'
    t1 = ('¡Hola Ximena!\n\nBuenas noticias: la Lic. Dolores Garza, gerente de la UCIN (NICU) de Rio Grande Valley '
          'Women\'s & Children\'s Hospital en McAllen, revisó tu CV y quiere platicar contigo para la vacante de '
          'Registered Nurse - NICU.\n\nQuedó la entrevista el martes a las 10 hora del centro, por Teams. Dura unos '
          '45 minutos y es en inglés, aunque Dolores también habla español.\n\nRecuerda que con Puente el proceso no '
          'tiene costo para ti: el hospital cubre nuestros honorarios.\n\nTe mando la invitación en cuanto Dolores me '
          'confirme la sala de Teams.\n\nSaludos,\n' + sig)
    e1, id1 = outlook_mail('b148-06-m1', addr(*fq), ME, subj, d1, t1, lang='es-MX')
    xd = dt(2026, 4, 9, 18, 20, MX)
    xt = ('Gracias, Fer. Una duda antes de apuntarlo: ¿las 10 hora del centro de México o de Texas? Desde que aquí '
          'quitaron el horario de verano hay una hora de diferencia con McAllen, y no quiero conectarme tarde (¡o '
          'una hora antes! 😅).\n\nXimena')
    d2 = dt(2026, 4, 10, 9, 12, MX)
    t2 = ('¡Muy buena pregunta, Ximena! Es hora de Texas (Central Daylight Time): 10:00 a.m. en McAllen = 9:00 a.m. '
          'en Guadalajara. Ahorita te llega la invitación de Teams; la mandé desde mi Outlook y ahí sale con hora de '
          'Guadalajara, así que no te espantes si ves las 9.\n\nSi tienes preguntas clínicas antes de la entrevista, '
          'Dolores dice que le puedes escribir directo: %s\n\nFer' % dg[1])
    t2 += ol_quote(ME, xd, addr(*fq), 'Re: ' + subj, xt, lang='es')
    t2 += ol_quote(addr(*fq), d1, ME, subj, t1, lang='es')
    xid = '<%s@example.com>' % sha('b148-06-x', 20)
    e2, id2 = outlook_mail('b148-06-m2', addr(*fq), ME, 'RE: ' + subj, d2, t2, lang='es-MX', in_reply_to=xid,
                           references='%s %s' % (id1, xid))
    note = ('Entrevista con Dolores Garza, MSN, RN - Nurse Manager, NICU (Rio Grande Valley Women\'s & Children\'s '
            'Hospital, McAllen, TX).\nInterview for Registered Nurse - NICU.\n\n10:00 a.m. CDT (McAllen) / 9:00 a.m. '
            'Guadalajara.\n\nFernanda Quiroz | Puente Talento Médico')
    e3, cal, _, _, _ = outlook_invite('b148-06-inv', fq, [(OWNER_NAME, OWNER, 'NEEDS-ACTION'), (dg[0], dg[1], 'ACCEPTED')], [],
                                      'Entrevista RN UCIN - RGV Women\'s & Children\'s | Ximena Lozano', note,
                                      start, end, WIN_CENTRAL_MX, dt(2026, 4, 10, 9, 30, MX), dt(2026, 4, 10, 9, 30, MX),
                                      lang='es-MX', location='Reunión de Microsoft Teams')
    lab = label([iv(co, role, start, end, 'scheduled', [dg[1]], [dg[1]], 'hiring_manager')], 'hard',
                'positive/spanish-hora-del-centro',
                '"el martes a las 10 hora del centro" (sent Thu Apr 9) = Tue Apr 14; the thread resolves the ambiguity '
                'to Texas time (CDT, -05:00) = 9:00 Guadalajara, and the agency\'s Outlook invite uses TZID "Central '
                'Standard Time (Mexico)" 09:00 (-06:00, no DST) - same instant, ONE interview. Company is the hospital '
                '(employer-paid agency). Dolores conducts; her address is given.')
    case(6, 'hora-del-centro-puente', [('01-fernanda-entrevista-martes.eml', e1), ('02-re-hora-de-texas.eml', e2),
                                       ('03-invitacion-teams.eml', e3)], lab)


# ============================================================== case 07 (negative)
def c07():
    rb = ('Rebeca Ugalde', 'rebeca.ugalde@enlacern.example')
    d1 = dt(2026, 4, 20, 11, 2, MX)
    sess = dt(2026, 4, 25, 11, 0, MX)
    wd(sess, 'sábado')
    t1 = ('Hola Ximena,\n\n¡Gracias por tu compra! Este es tu recibo.\n\nRecibo: ERN-20418\nFecha: 20/04/2026\n'
          'Concepto: Paquete Prepárate USA - Simulacro de entrevista (mock interview) con Nurse Manager, 60 min + '
          'retroalimentación escrita\nSubtotal: $1,250.00 MXN\nIVA (16%%): $200.00 MXN\nTotal pagado: $1,450.00 MXN\n'
          'Forma de pago: tarjeta terminación 4417\n\nEn unos minutos recibirás la confirmación de tu sesión con '
          'Rebeca Ugalde, RN (ex Nurse Manager en Houston). Las sesiones no son reembolsables con menos de 24 h de '
          'anticipación.\n\nEnlace RN Recruiting\nReclutamiento y preparación de enfermeras para EE. UU.\n'
          'Zapopan, Jalisco')
    e1, _ = gmail_mail('b148-07-m1', 'Enlace RN <pagos@enlacern.example>', ME, 'Recibo de pago ERN-20418', d1, t1)
    d2 = dt(2026, 4, 20, 11, 9, MX)
    summ = 'Simulacro de entrevista (Mock Interview) - Nurse Manager USA'
    t2 = ('Hi Ximena Lozano Ibarra,\n\nA new event has been scheduled.\n\nEvent Type:\n%s\n\nInvitee:\n%s\n\n'
          'Invitee Email:\n%s\n\nEvent Date/Time:\n11:00am - 12:00pm (Central Time - Mexico City) %s\n\n'
          'Location:\nThis is a Zoom web conference. Rebeca will send the meeting details.\n\nDescription:\nSesión 1:1 de '
          'práctica con una ex gerente de enfermería de Houston: simulamos una entrevista conductual (método STAR) y '
          'una peer interview de UCI, con retroalimentación por escrito. Incluida en tu Paquete Prepárate USA.\n\n'
          'Need to make changes to this event?\nCancel: https://calendly.com/cancellations/%s\n'
          'Reschedule: https://calendly.com/reschedulings/%s\n\nPowered by Calendly.com'
          % (summ, OWNER_NAME, OWNER, sess.strftime('%A, %B ') + str(sess.day) + ', 2026',
             sha('b148-07-c', 32), sha('b148-07-c', 32)))
    uid = '%s@calendly.com' % sha('b148-07-uid', 32)
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendly//EN', 'CALSCALE:GREGORIAN', 'METHOD:REQUEST',
               'BEGIN:VEVENT', 'DTSTAMP:' + utcstamp(d2), 'UID:' + uid, 'DTSTART:' + utcstamp(sess),
               'DTEND:' + utcstamp(sess + timedelta(hours=1)), 'SUMMARY:' + esc(summ + ' (Ximena Lozano Ibarra)'),
               'DESCRIPTION:' + esc('Sesión de práctica pagada (Paquete Prepárate USA). Zoom link will follow.'),
               'ORGANIZER;CN=Rebeca Ugalde:mailto:' + rb[1],
               attendee(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'ACCEPTED', 'FALSE'),
               'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    msgid = '<%s@calendly.com>' % sha('b148-07-m2', 30)
    subj = 'Confirmed: %s with Rebeca Ugalde on %s, April 25, 2026' % (summ, sess.strftime('%A'))
    hdrs = top_headers('Calendly <no-reply@calendly.com>', OWNER, subj, d2, msgid, reply_to=addr(*rb),
                       recv=received('mx.example.com', 'o1.email.calendly.com', '167.89.0.%d' % 77, d2 + timedelta(seconds=4)),
                       return_path='bounces+%s@em.calendly.com' % sha('b148-07-rp', 8))
    alt = multi('alternative', sha('b148-07-alt', 30), [leaf('text/plain', t2),
                                                      leaf('text/html', '<html><body>%s</body></html>\n' % text_to_html(t2, 'p'))])
    root = multi('mixed', sha('b148-07-mix', 30), [alt, leaf('text/calendar', cal, cte='base64', params='method=REQUEST; name="invite.ics"',
                                                             disp='attachment; filename="invite.ics"')])
    e2 = message(hdrs, root)
    lab = label([], 'hard', 'negative/paid-mock-interview',
                'Recruiting agency sells a mock interview (receipt $1,450 MXN) booked via Calendly with an .ics: '
                'coaching/mock session, not a hiring-process interview.')
    case(7, 'paid-mock-interview-agency', [('01-recibo-pago.eml', e1), ('02-calendly-confirmed.eml', e2)], lab)


# ============================================================== case 08
def c08():
    co = 'Trinity Bend Medical Center'
    dom = 'trinitybend.example'
    sm = ('Shayla Morrow', 'shayla.morrow@' + dom)
    gc = ('Garrett Collier', 'garrett.collier@' + dom)
    role = 'Registered Nurse - Emergency Department (Nights)'
    first = off(dt(2026, 4, 7, 10, 0, CT), '-0500')
    final = dt(2026, 4, 9, 10, 0, CT)
    wd(first, 'Tuesday'); wd(final, 'Thursday')
    summ = 'Trinity Bend MC - ED RN Interview (Ximena Lozano) w/ Garrett Collier'
    desc = ('Hiring manager interview for Registered Nurse - Emergency Department (Nights). Garrett Collier, MSN, RN, '
            'Director of Emergency Services, will conduct the interview. Shayla Morrow (Talent Acquisition) is '
            'scheduling only.')
    guests = [(sm[0], sm[1], 'ACCEPTED'), (gc[0], gc[1], 'ACCEPTED'), (None, OWNER, 'NEEDS-ACTION')]
    d1 = dt(2026, 4, 1, 10, 12, CT)
    uid = '%s@google.com' % sha('b148-08-uid', 26)
    e1, _, _, _, s1 = google_invite('b148-08-i1', sm, guests, summ, desc, first, first + timedelta(minutes=45),
                                    MX, 'Central Time - Mexico City', d1, uid=uid)
    assert '9am - 9:45am (CST)' in s1   # rendered in the recipient's Mexico City zone
    d2 = dt(2026, 4, 6, 16, 40, CT)
    t2 = ('Hi Ximena,\n\nGarrett got pulled into our Joint Commission tracer tomorrow morning, so I need to move your '
          'interview. Could you do Thursday, April 9 at the same time - 10:00 AM Central / 9:00 AM in Guadalajara? '
          "I'll update the calendar invitation as soon as you confirm.\n\nSorry for the shuffle!\n\nShayla Morrow\n"
          'Talent Acquisition Specialist | Trinity Bend Medical Center\nFort Worth, TX | 817-555-0124')
    e2, _ = gmail_mail('b148-08-m2', addr(*sm), ME, 'Moving your interview with Garrett', d2, t2)
    d3 = dt(2026, 4, 6, 17, 55, CT)
    e3, _, _, _, s3 = google_invite('b148-08-i3', sm, guests, summ, desc, final, final + timedelta(minutes=45),
                                    MX, 'Central Time - Mexico City', d3, kind='Updated invitation', seq=1, uid=uid,
                                    changed='time')
    assert 'Thu Apr 9' in s3
    lab = label([iv(co, role, final, final + timedelta(minutes=45), 'scheduled', [gc[1]], [gc[1]], 'hiring_manager')],
                'hard', 'positive/reschedule-google',
                'Google invite rendered in the recipient\'s Mexico City zone ("9am (CST)") for a 10:00 CDT event (ICS in '
                'UTC 15:00Z). Moved from Tue Apr 7 to Thu Apr 9 same time (Updated invitation, SEQUENCE 1). Final '
                'time only; Garrett interviews, Shayla schedules.')
    case(8, 'google-reschedule-trinity-bend', [('01-invitation-ed-interview.eml', e1),
                                               ('02-shayla-moving-interview.eml', e2),
                                               ('03-updated-invitation-thursday.eml', e3)], lab)


# ============================================================== case 09 (negative)
def c09():
    d1 = dt(2026, 4, 28, 14, 5, ET)
    appt = off(dt(2026, 5, 4, 11, 0, ET), '-0400')
    wd(appt, 'Monday')
    assert appt.astimezone(CT).hour == 10 and appt.astimezone(MX).hour == 9
    t1 = ('Dear Ms. Lozano Ibarra,\n\nApplication: Visa Screen - Healthcare Worker Certificate (Registered Nurse)\n'
          'Application ID: VS-2026-118402\n\nYour identity and document verification appointment has been scheduled.\n\n'
          'Date: %s\nTime: 11:00 AM Eastern Time (10:00 AM Central / 9:00 AM Mexico City)\n'
          'Format: live video session with a CFNC credentials specialist (approximately 20 minutes)\n\n'
          'During the session the specialist will confirm your identity against your passport and review the '
          'originals of your nursing diploma (título), professional license (cédula profesional) and English '
          'proficiency score report. This session is a required step of the Visa Screen review; it is not an '
          'evaluation of your clinical competence.\n\nA calendar file is attached. The video link will be active 10 '
          'minutes before the appointment.\n\nVisa Screen Program\nCommission on Foreign Nurse Credentials (CFNC)\n'
          'Philadelphia, PA\n\nThis mailbox is not monitored. For questions, use the message center in your CFNC '
          'account.' % en_long(appt))
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CFNC//Applicant Appointments 3.2//EN', 'METHOD:PUBLISH',
               'BEGIN:VEVENT', 'UID:VS-2026-118402-IDV@cfnc.example', 'DTSTAMP:' + utcstamp(d1),
               'DTSTART:' + utcstamp(appt), 'DTEND:' + utcstamp(appt + timedelta(minutes=20)),
               'SUMMARY:Visa Screen identity & document verification (video)',
               'DESCRIPTION:' + esc('Application VS-2026-118402. Have your passport and original documents ready.'),
               'LOCATION:Video session (link in your CFNC account)', 'STATUS:CONFIRMED', 'SEQUENCE:0',
               'END:VEVENT', 'END:VCALENDAR'])
    msgid = '<%s@mail.cfnc.example>' % sha('b148-09-m1', 26)
    hdrs = top_headers('CFNC Visa Screen Program <visascreen@cfnc.example>', OWNER,
                       'Visa Screen: your verification appointment is scheduled (VS-2026-118402)', d1, msgid,
                       recv=received('mx.example.com', 'mail.cfnc.example', '198.51.100.33', d1 + timedelta(seconds=9)))
    alt = multi('alternative', '_=_cfnc_%s' % sha('b148-09-a', 16),
                [leaf('text/plain', t1), leaf('text/html', '<html><body>%s</body></html>\n' % text_to_html(t1, 'p'))])
    root = multi('mixed', '_=_cfnc_mx_%s' % sha('b148-09-b', 16),
                 [alt, leaf('text/calendar', cal, cte='base64', params='method=PUBLISH; name="appointment.ics"',
                            disp='attachment; filename="appointment.ics"')])
    e1 = message(hdrs, root)
    lab = label([], 'hard', 'negative/visa-screen-verification',
                'Credentialing body\'s Visa Screen identity/document verification video appointment with .ics (times in '
                'UTC). Looks like a screening call but is immigration credentialing, not a job interview.')
    case(9, 'visa-screen-identity-video', [('01-visa-screen-verification-appointment.eml', e1)], lab)


# ============================================================== case 10
def c10():
    co = 'Hill Country Rehabilitation Hospital'
    bk = ('Bethany Kowalski', 'bethany.kowalski@hillcountryrehab.example')
    role = 'Registered Nurse - Inpatient Rehabilitation'
    start = off(dt(2026, 4, 20, 13, 30, CT), '-0500')
    end = start + timedelta(minutes=30)
    wd(start, 'Monday')
    assert start.astimezone(MX).strftime('%H:%M') == '12:30'
    uid = '040000008200E00074C5B7101A82E00800000000%s00000000000000001000000%s' % (
        sha('b148-10-u1', 16).upper(), sha('b148-10-u2', 32).upper())
    summ = 'Phone Screen - RN, Inpatient Rehabilitation - Ximena Lozano'
    sig = ('Bethany Kowalski\nTalent Acquisition Specialist\nHill Country Rehabilitation Hospital | New Braunfels, TX\n'
           '830-555-0193 | ' + bk[1])
    note = ('Hi Ximena,\n\nAs discussed by email, I will call you on Monday at 1:30 PM Central (12:30 PM in '
            'Guadalajara) for a 30-minute phone screen for our Registered Nurse - Inpatient Rehabilitation position. '
            'I will call %s.\n\n%s' % (OWNER_PHONE, sig))
    d1 = dt(2026, 4, 15, 11, 20, CT)
    e1, _, id1, _, _ = outlook_invite('b148-10-i1', bk, [(OWNER_NAME, OWNER, 'NEEDS-ACTION')], [], summ, note, start, end,
                                      WIN_CENTRAL, d1, d1, uid=uid, teams=False, location='Phone: ' + OWNER_PHONE)
    d2 = dt(2026, 4, 17, 15, 5, CT)
    t2 = ("Hi Ximena,\n\nI'm so sorry for the short notice, but we need to cancel Monday's phone screen. The Inpatient "
          'Rehabilitation RN position was filled this week through an internal transfer, and the requisition has '
          'been closed.\n\nI will keep your application active for our PRN pool and reach out if a full-time '
          'opening comes up. I really enjoyed reading about your ICU work in Guadalajara.\n\nBest,\n' + sig)
    e2, _ = outlook_mail('b148-10-m2', addr(*bk), ME, 'Monday phone screen - cancellation', d2, t2)
    d3 = dt(2026, 4, 17, 15, 7, CT)
    e3, _, _, _, _ = outlook_invite('b148-10-i3', bk, [(OWNER_NAME, OWNER, 'NEEDS-ACTION')], [], summ, note, start, end,
                                    WIN_CENTRAL, d3, d3, method='CANCEL', seq=1, uid=uid, teams=False,
                                    location='Phone: ' + OWNER_PHONE, subject='Canceled: ' + summ, status='CANCELLED',
                                    cancel_note='The position has been filled - cancelling this phone screen. '
                                                'Apologies, Ximena.', importance=2)
    lab = label([iv(co, role, start, end, 'cancelled', [bk[1]], [bk[1]], 'phone_screen')], 'medium',
                'positive/cancellation-outlook',
                'Outlook phone-screen invite, then an apology e-mail and METHOD:CANCEL / STATUS:CANCELLED (SEQUENCE 1). '
                'Kept as cancelled at its last scheduled time (Mon Apr 20 1:30 PM CDT). Recruiter conducts the screen.')
    case(10, 'outlook-cancel-hill-country', [('01-phone-screen-invite.eml', e1), ('02-bethany-need-to-cancel.eml', e2),
                                             ('03-canceled-phone-screen.eml', e3)], lab)


# ============================================================== case 11
def c11():
    co = 'Franklin Mountains Medical Center'
    dom = 'franklinmtnmc.example'
    av = ('Adrián Villalobos', 'adrian.villalobos@' + dom)
    ph = ('Patricia Holloway', 'patricia.holloway@' + dom)
    role = 'Registered Nurse - Oncology'
    d1 = off(dt(2026, 4, 20, 16, 10, MT), '-0600')
    wd(d1, 'Monday')
    s1 = dt(2026, 4, 21, 10, 0, MT)                      # "mañana martes 21 de abril a las 10:00 a.m." Mountain
    wd(s1, 'martes')
    assert s1 == dt(2026, 4, 21, 10, 0, MX)               # MDT (-6) equals Guadalajara's clock
    e1_ = s1 + timedelta(minutes=30)
    sig = ('Adrián Villalobos\nTalent Acquisition Partner - Nursing\n%s | El Paso, TX\n%s | 915-555-0163'
           % (co, av[1]))
    subj = 'Phone screen - RN Oncology - Franklin Mountains MC'
    t1 = ('Hola Ximena,\n\nThanks for your interest in the Registered Nurse - Oncology position at Franklin Mountains '
          'Medical Center. ¿Te parece si hacemos el phone screen mañana martes 21 de abril a las 10:00 a.m.? It should '
          'take about 30 minutes.\n\nImportant: El Paso is on Mountain Time, not Central like San Antonio or Houston. '
          'Right now 10:00 a.m. Mountain (MDT) is also 10:00 a.m. in Guadalajara - same clock - so no conversion '
          'needed on your side.\n\nI will call you at %s unless you tell me otherwise.\n\n%s' % (OWNER_PHONE, sig))
    e1, id1 = gmail_mail('b148-11-m1', addr(*av), ME, subj, d1, t1)
    xd = dt(2026, 4, 20, 17, 2, MX)
    xt = '¡Claro que sí! Mañana a las 10 me funciona perfecto. Gracias, Adrián.\n\nXimena'
    d2 = dt(2026, 4, 21, 13, 20, MT)
    s2 = off(dt(2026, 4, 27, 14, 30, MT), '-0600')
    wd(s2, 'Monday')
    e2_ = s2 + timedelta(minutes=45)
    t2 = ('Great talking with you this morning, Ximena!\n\nTrish Holloway, our Oncology Nurse Manager, would like to '
          'interview you for the position. I just sent a Google Calendar invite for Monday, April 27 at 2:30 PM '
          'Mountain (2:30 p.m. también en Guadalajara), 45 minutes on Google Meet. Trish will run the interview; I am '
          'just setting it up.\n\n' + sig)
    xid = '<%s@example.com>' % sha('b148-11-x', 20)
    e2, _ = gmail_mail('b148-11-m2', addr(*av), ME, 'Re: ' + subj, d2, t2, quote=xt + '\n\n' + gmail_attr_en(d1, av[0], av[1])
                       + '\n' + '\n'.join('> ' + l if l else '>' for l in t1.split('\n')),
                       attribution=gmail_attr_en(xd, OWNER_NAME, OWNER), in_reply_to=xid, references='%s %s' % (id1, xid))
    summ = 'Virtual Interview - RN Oncology (Ximena Lozano) with Trish Holloway'
    desc = ('Patricia (Trish) Holloway, MSN, RN, OCN - Nurse Manager, Oncology 5 East, will interview you for the '
            'Registered Nurse - Oncology position. Adrián is organizing only.')
    e3, _, _, _, s3 = google_invite('b148-11-i3', av, [(av[0], av[1], 'ACCEPTED'), (ph[0], ph[1], 'ACCEPTED'),
                                                       (None, OWNER, 'NEEDS-ACTION')], summ, desc, s2, e2_, MT,
                                    'Mountain Time - Denver', d2 + timedelta(minutes=5))
    assert '(MDT)' in s3
    lab = label([iv(co, role, s1, e1_, 'scheduled', [av[1]], [av[1]], 'phone_screen'),
                 iv(co, role, s2, e2_, 'scheduled', [ph[1]], [ph[1]], 'hiring_manager')], 'hard',
                'positive/two-interviews-mountain-time',
                'El Paso is on Mountain time (MDT -06:00 = Guadalajara\'s clock). Phone screen proposed for "mañana martes '
                '21 de abril a las 10" and accepted in the quoted reply (and it took place); then a Google invite for the '
                'manager interview Mon Apr 27 2:30 PM MDT. Two interviews.')
    case(11, 'el-paso-two-rounds', [('01-adrian-phone-screen-manana.eml', e1), ('02-re-manager-interview.eml', e2),
                                    ('03-invitation-trish-holloway.eml', e3)], lab)


# ============================================================== case 12 (negative)
def c12():
    sw = ('Sandra Whitcomb', 'sandra.whitcomb@lumencred.example')
    d1 = dt(2026, 4, 6, 9, 15, CT)
    t1 = ('Hello Ximena,\n\nThank you for your order with Lumen Credential Evaluators.\n\nOrder: LCE-55821\n'
          'Services: Course-by-Course Evaluation (Texas Board of Nursing format) + 30-minute Evaluation Review Call\n'
          'Amount paid: US$385.00 (Visa ending 4417)\nEstimated completion: 10 business days after all documents '
          'are received\n\nYour evaluator, Sandra Whitcomb, will send you a calendar invitation for the review call.\n\n'
          'Lumen Credential Evaluators\nHouston, Texas')
    e1, _ = gmail_mail('b148-12-m1', 'Lumen Credential Evaluators <orders@lumencred.example>', ME,
                       'Order LCE-55821 confirmed - Course-by-Course Evaluation', d1, t1)
    call = off(dt(2026, 4, 16, 12, 0, CT), '-0500')
    wd(call, 'Thursday')
    desc = ('We will walk through your course-by-course report for the Texas Board of Nursing: credit hours for your '
            'Licenciatura en Enfermería (Universidad de Guadalajara), the clinical hours we still need documented '
            '(obstetrics and pediatrics), and how to request the missing syllabus from Servicios Escolares. Please '
            'have your kardex (transcript) handy.')
    e2, _, _, _, _ = google_invite('b148-12-i2', sw, [(sw[0], sw[1], 'ACCEPTED'), (None, OWNER, 'NEEDS-ACTION')],
                                   'Credential evaluation review call - Ximena Lozano (LCE-55821)', desc, call,
                                   call + timedelta(minutes=30), CT, 'Central Time - Chicago', dt(2026, 4, 10, 10, 3, CT))
    lab = label([], 'medium', 'negative/credential-evaluation-call',
                'Paid course-by-course credential evaluation and a Google Meet review call with the evaluator: a '
                'service call about her transcript, not a hiring interview.')
    case(12, 'credential-evaluation-call', [('01-order-confirmation.eml', e1), ('02-invitation-review-call.eml', e2)], lab)


# ============================================================== case 13
def c13():
    co = 'Bayou Crescent Heart Institute'
    dom = 'bayoucrescent.example'
    tr = ('Tamika Rhodes', 'tamika.rhodes@' + dom)
    cl = ('Craig Lindqvist', 'craig.lindqvist@' + dom)
    re_ = ('Rosa Elizondo', 'rosa.elizondo@' + dom)
    bc = ('Brianna Choi', 'brianna.choi@' + dom)
    role = 'Registered Nurse - Cardiac Step-Down Unit'
    p_s = off(dt(2026, 5, 7, 8, 30, CT), '-0500')
    p_e = dt(2026, 5, 7, 9, 30, CT)
    t_s, t_e = p_e, dt(2026, 5, 7, 10, 15, CT)
    wd(p_s, 'Thursday')
    d1 = dt(2026, 4, 29, 14, 22, CT)
    t1 = ("Hi Ximena,\n\nWe're excited to host you in Houston! Here is your itinerary for %s. All times are Central "
          'Daylight Time (Houston) - one hour ahead of Guadalajara.\n\n'
          '8:15 AM - Check in at the Tower B main lobby security desk; I will meet you there (bring your passport for '
          'your visitor badge).\n'
          '8:30 - 9:30 AM - Panel interview, Conference Room 6B\n'
          '    Craig Lindqvist, MSN, RN - Nurse Manager, Cardiac Step-Down Unit\n'
          '    Rosa Elizondo, BSN, RN, PCCN - Clinical Nurse Educator\n'
          '9:30 - 10:15 AM - Unit tour and peer conversation, 6th floor Cardiac Step-Down Unit\n'
          '    Brianna Choi, RN - Charge Nurse (Brianna shares her impressions with the panel afterwards)\n'
          '10:15 AM - Wrap-up; parking and hotel receipts at the Tower B desk\n\n'
          'Calendar holds for the two sessions follow in separate invitations. Your travel is booked by our relocation '
          'partner; you will receive the flight confirmation (GDL-IAH, May 6) from them directly.\n\n'
          'If anything changes, call or text me at 713-555-0119.\n\nTamika Rhodes\nTalent Acquisition Coordinator\n'
          '%s | Houston, TX\n%s' % (en_long(p_s), co, tr[1]))
    e1, _ = outlook_mail('b148-13-m1', addr(*tr), ME, 'In-person interview itinerary - Thursday, May 7 - RN Cardiac Step-Down',
                         d1, t1)
    n2 = ('Panel interview for the Registered Nurse - Cardiac Step-Down Unit position.\nPanel: Craig Lindqvist (Nurse '
          'Manager) and Rosa Elizondo (Clinical Nurse Educator).\nPlease check in at the Tower B lobby at 8:15 AM.\n\n'
          'Tamika Rhodes | Talent Acquisition Coordinator')
    d2 = dt(2026, 4, 29, 14, 40, CT)
    e2, _, _, _, _ = outlook_invite('b148-13-i2', tr, [(OWNER_NAME, OWNER, 'NEEDS-ACTION'), (cl[0], cl[1], 'ACCEPTED'),
                                                       (re_[0], re_[1], 'ACCEPTED')], [],
                                    'Panel Interview - RN Cardiac Step-Down - Ximena Lozano', n2, p_s, p_e, WIN_CENTRAL,
                                    d2, d2, teams=False, location='Tower B, Conference Room 6B')
    n3 = ('Unit tour of the 6th floor Cardiac Step-Down Unit and peer conversation with Brianna Choi, RN (Charge '
          'Nurse), right after your panel interview.\n\nTamika Rhodes | Talent Acquisition Coordinator')
    d3 = dt(2026, 4, 29, 14, 42, CT)
    e3, _, _, _, _ = outlook_invite('b148-13-i3', tr, [(OWNER_NAME, OWNER, 'NEEDS-ACTION'), (bc[0], bc[1], 'ACCEPTED')], [],
                                    'Unit Tour + Peer Conversation - Cardiac Step-Down (Ximena Lozano)', n3, t_s, t_e,
                                    WIN_CENTRAL, d3, d3, teams=False, location='Tower B, 6th floor Cardiac Step-Down Unit')
    ivs = [cl[1], re_[1], bc[1]]
    lab = label([iv(co, role, p_s, t_e, 'scheduled', ivs, ivs, 'onsite')], 'hard', 'positive/onsite-unit-tour',
                'In-person day in Houston sent as an itinerary plus two Outlook invites (panel 8:30-9:30, unit tour + peer '
                'conversation 9:30-10:15 CDT): ONE onsite from 8:30 to 10:15 (the 8:15 check-in is not a session). '
                'Interviewers: the two panelists and the charge nurse who holds the evaluated peer conversation; the '
                'coordinator only schedules.')
    case(13, 'onsite-unit-tour-bayou-crescent', [('01-onsite-itinerary.eml', e1), ('02-invite-panel-interview.eml', e2),
                                                 ('03-invite-unit-tour.eml', e3)], lab)


# ============================================================== case 14
def c14():
    co = 'Coastal Bend Health'
    dom = 'coastalbendhealth.example'
    yc = ('Yesenia Cantú', 'yesenia.cantu@' + dom)
    gb = ('Gloria Benavides', 'gloria.benavides@' + dom)
    role = 'Registered Nurse - Perioperative (OR)'
    start = off(dt(2026, 4, 22, 14, 0, CT), '-0500')
    end = start + timedelta(minutes=45)
    wd(start, 'Wednesday')
    code = 'pbq-xwtr-kfa'
    s_mx, e_mx = start.astimezone(MX), end.astimezone(MX)
    assert s_mx.isoformat() == '2026-04-22T13:00:00-06:00'
    ev = {'kind': 'calendar#event', 'etag': '"%d"' % int(sha('b148-14-etag', 13), 16), 'id': sha('b148-14-id', 26),
          'status': 'confirmed',
          'htmlLink': 'https://www.google.com/calendar/event?eid=' + base64.b64encode(
              ('%s %s' % (sha('b148-14-id', 26), OWNER)).encode()).decode().rstrip('='),
          'created': '2026-04-15T16:20:07.000Z', 'updated': '2026-04-15T18:02:44.391Z',
          'summary': 'Entrevista / Interview - RN Perioperative (OR) - Ximena Lozano',
          'description': ('Entrevista bilingüe con Gloria Benavides, DNP, RN, Directora de Servicios Perioperatorios. '
                          'Gloria conducts the interview; Yesenia Cantú (Nurse Recruiter) only coordinates the '
                          'schedule.\n\nHora: 2:00 PM Central (Corpus Christi) = 1:00 PM Guadalajara.\n'
                          'Puedes contestar en español o en inglés.'),
          'creator': {'email': yc[1], 'displayName': yc[0]},
          'organizer': {'email': yc[1], 'displayName': yc[0]},
          'start': {'dateTime': s_mx.isoformat(), 'timeZone': 'America/Chicago'},
          'end': {'dateTime': e_mx.isoformat(), 'timeZone': 'America/Chicago'},
          'iCalUID': sha('b148-14-id', 26) + '@google.com', 'sequence': 0,
          'attendees': [{'email': yc[1], 'displayName': yc[0], 'organizer': True, 'responseStatus': 'accepted'},
                        {'email': gb[1], 'displayName': gb[0], 'responseStatus': 'accepted'},
                        {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}],
          'hangoutLink': 'https://meet.google.com/' + code,
          'conferenceData': {'entryPoints': [{'entryPointType': 'video', 'uri': 'https://meet.google.com/' + code,
                                              'label': 'meet.google.com/' + code}],
                             'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
                             'conferenceId': code},
          'reminders': {'useDefault': True}, 'eventType': 'default'}
    lab = label([iv(co, role, start, end, 'scheduled', [gb[1]], [gb[1]], 'hiring_manager')], 'hard',
                'positive/gcal-api-offset',
                'Calendar API event returned in the owner\'s calendar zone (dateTime 13:00-06:00, Mexico City) while the '
                'event zone is America/Chicago (14:00 CDT); text confirms 2:00 PM Central = 1:00 PM Guadalajara. '
                'Gloria conducts; the recruiter organizes only.')
    case(14, 'gcal-api-coastal-bend', [('01-entrevista-coastal-bend.gcal.json',
                                        json.dumps(ev, indent=2, ensure_ascii=False) + '\n')], lab)


# ============================================================== case 15 (negative)
def c15():
    dom = 'hsantalucia.example'
    ar = ('Araceli Robles Duarte', 'araceli.robles@' + dom)
    op = ('Omar Peña', 'omar.pena@' + dom)
    start = dt(2026, 4, 24, 9, 0, MX)
    end = dt(2026, 4, 24, 11, 0, MX)
    wd(start, 'viernes')
    note = ('Ximena:\n\nTe incluyo en el panel de entrevistas para las plazas de Enfermera(o) General de UCI Adultos, '
            'turno nocturno. Tú evalúas la parte clínica (ventilación mecánica y manejo de aminas) con la rúbrica que '
            'está en la carpeta compartida. Entrevistamos a 4 candidatas de 30 minutos cada una. Recursos Humanos '
            '(Lic. Omar Peña) se encarga de citar a las candidatas.\n\nMtra. Araceli Robles Duarte\n'
            'Jefa de Enfermería - UCI Adultos\nHospital Santa Lucía de Occidente, Guadalajara')
    d1 = dt(2026, 4, 20, 13, 10, MX)
    e1, _, _, _, _ = outlook_invite('b148-15-i1', ar, [(OWNER_NAME, OWNER, 'NEEDS-ACTION'), (op[0], op[1], 'ACCEPTED')], [],
                                    'Entrevistas - Enfermera(o) General UCI turno nocturno (panel)', note, start, end,
                                    WIN_CENTRAL_MX, d1, d1, lang='es-MX', teams=False,
                                    location='Sala de juntas de Enfermería, 3er piso')
    d2 = dt(2026, 4, 22, 16, 45, MX)
    t2 = ('Buenas tardes, Mtra. Araceli y Lic. Ximena:\n\nLes comparto el horario de entrevistas del viernes 24 para '
          'las plazas de UCI turno nocturno:\n\n  09:00  Karla Medina Solís\n  09:30  Brenda Aguayo Ruiz\n'
          '  10:00  Luis Fernando Ortega\n  10:30  Daniela Preciado Lara\n\nLos expedientes y la rúbrica de '
          'evaluación están en la carpeta compartida. Favor de entregarme las rúbricas firmadas al terminar.\n\n'
          'Saludos,\nLic. Omar Peña\nReclutamiento y Selección - Recursos Humanos\nHospital Santa Lucía de Occidente')
    e2, _ = outlook_mail('b148-15-m2', addr(*op), addrs([ar, (OWNER_NAME, OWNER)]),
                         'Horario de entrevistas viernes 24 - candidatas UCI', d2, t2, lang='es-MX')
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'At her current hospital in Guadalajara the owner sits on the panel that interviews nurse candidates '
                '(Outlook invite, TZID "Central Standard Time (Mexico)"). She is the interviewer, not the candidate.')
    case(15, 'user-is-interviewer-guadalajara', [('01-invitacion-panel-entrevistas.eml', e1),
                                                 ('02-horario-candidatas.eml', e2)], lab)


# ============================================================== case 16
def c16():
    co = 'Río Bravo Medical Center'
    am = ('Alejandra Montemayor', 'alejandra.montemayor@riobravomc.example')
    role = 'Registered Nurse - Telemetry'
    d1 = dt(2026, 4, 23, 12, 47, CT)
    start = off(dt(2026, 4, 29, 15, 0, CT), '-0500')
    end = start + timedelta(minutes=45)
    wd(start, 'miércoles'); wd(start, 'Wednesday')
    assert start.astimezone(MX).hour == 14
    t = ('Hola Ximena, ¡buenas tardes!\n\nTe confirmo tu entrevista por Zoom con Javier Solís, Nurse Manager de '
         'Telemetría:\n\n📅 Miércoles 29 de abril de 2026\n🕒 3:00 p.m. hora de Laredo (CDT) / 2:00 p.m. hora de '
         'Guadalajara\n⏱ 45 minutos\n\nJavier te va a hacer preguntas de escenarios clínicos (ritmos cardiacos, '
         'pacientes con goteo de heparina o diltiazem) y de trabajo en equipo.\n\nJoin Zoom Meeting\n'
         'https://riobravomc.zoom.us/j/84519037265?pwd=%s\nMeeting ID: 845 1903 7265\nPasscode: 402817\n\n---\n'
         'Hi Ximena, confirming your Zoom interview with Javier Solís, Telemetry Nurse Manager, on Wednesday, April 29 '
         'at 3:00 PM Central (Laredo) / 2:00 PM Guadalajara, 45 minutes.\n\nSi necesitas cambiar el horario, '
         'contéstame a este correo.\n\nAlejandra Montemayor\nNurse Recruiter | Río Bravo Medical Center\n'
         'Laredo, Texas\n%s | 956-555-0134' % (sha('b148-16-pwd', 24), am[1]))
    msgid = '<%s.%s@mail.riobravomc.example>' % (sha('b148-16-id', 12), sha('b148-16-id2', 8))
    hdrs = top_headers(addr(*am), ME, 'Entrevista por Zoom / Zoom interview - RN Telemetry - miércoles 29 de abril', d1, msgid,
                       recv=received('mx.example.com', 'mail.riobravomc.example', '198.51.100.87', d1 + timedelta(seconds=3)),
                       extra=[('X-Mailer', 'Zimbra 10.0.7_GA_4611 (ZimbraWebClient - GC123 (Win)/10.0.7_GA_4611)'),
                              ('Thread-Index', base64.b64encode(hashlib.sha256(b'b148-16').digest()[:14]).decode())])
    root = multi('alternative', '=_%s' % sha('b148-16-b', 28),
                 [leaf('text/plain', t, cte='base64', charset='utf-8'),
                  leaf('text/html', '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt">'
                       '%s</div></body></html>\n' % text_to_html(t), cte='base64', charset='utf-8')])
    e1 = message(hdrs, root)
    lab = label([iv(co, role, start, end, 'scheduled', [], [am[1]], 'hiring_manager')], 'medium',
                'positive/email-body-bilingual',
                'Bilingual Zimbra e-mail (base64 bodies) confirming a Zoom interview Wed Apr 29 3:00 PM CDT = 2:00 PM '
                'Guadalajara. The manager Javier Solís has no address in the case, so interviewer_emails is empty and '
                'follow-up goes to the recruiter.')
    case(16, 'bilingual-zoom-email-laredo', [('01-entrevista-zoom-laredo.eml', e1)], lab)


# ============================================================== case 17 (negative)
def c17():
    mf = ('Monique Fontenot', 'monique.fontenot@cedarbayouhospital.example')
    d1 = dt(2026, 5, 4, 9, 30, CT)
    slots = [dt(2026, 5, 12, 9, 0, CT), dt(2026, 5, 12, 11, 0, CT), dt(2026, 5, 13, 13, 30, CT), dt(2026, 5, 14, 10, 0, CT)]
    wd(slots[0], 'Tuesday'); wd(slots[2], 'Wednesday'); wd(slots[3], 'Thursday')
    link = 'https://careers-cedarbayouhospital.icims.com/jobs/7719/registered-nurse-telemetry/candidate/schedule?token=%s' % sha('b148-17-t', 32)
    t1 = ('Hi Ximena,\n\nGreat news - the Telemetry hiring team at Cedar Bayou Community Hospital would like to interview '
          'you for the Registered Nurse, Telemetry position (Req 7719)!\n\nPlease use the link below to choose a time '
          'that works for you.\n\nInterview: virtual interview with the Telemetry Nurse Manager (45 minutes, Microsoft '
          'Teams)\nCurrently available times (Central Time):\n  Tuesday, May 12 - 9:00 AM or 11:00 AM\n'
          '  Wednesday, May 13 - 1:30 PM\n  Thursday, May 14 - 10:00 AM\n\nSchedule My Interview: %s\n\n'
          'This link expires in 72 hours. Once you select a time, you will receive a confirmation email with a calendar '
          'invitation.\n\nQuestions? Contact Monique Fontenot, Talent Acquisition, at %s.\n\n'
          'Cedar Bayou Community Hospital | Baytown, TX' % (link, mf[1]))
    e1, _ = icims_mail('b148-17-m1', 'Cedar Bayou Community Hospital',
                       'Action Required: Schedule Your Interview - Registered Nurse, Telemetry (7719)', d1, t1)
    d2 = dt(2026, 5, 6, 9, 30, CT)
    t2 = ('Hi Ximena,\n\nThis is a friendly reminder that you have not yet scheduled your interview for Registered Nurse, '
          'Telemetry (Req 7719). Your scheduling link expires tomorrow, May 7.\n\nSchedule My Interview: %s\n\n'
          'If none of the available times work, reply to Monique Fontenot at %s.\n\nCedar Bayou Community Hospital'
          % (link, mf[1]))
    e2, _ = icims_mail('b148-17-m2', 'Cedar Bayou Community Hospital',
                       'Reminder: Schedule Your Interview - Registered Nurse, Telemetry (7719)', d2, t2)
    lab = label([], 'hard', 'negative/unbooked-self-schedule',
                'iCIMS self-scheduling invitation and reminder listing open slots; no time was ever booked '
                '(availability request / unbooked scheduling link).')
    case(17, 'icims-self-schedule-unbooked', [('01-schedule-your-interview.eml', e1), ('02-reminder-not-scheduled.eml', e2)], lab)


# ============================================================== case 18
def c18():
    co = 'North Plains Medical Center'
    dom = 'northplainsmc.example'
    ka = ('Kristen Albrecht', 'kristen.albrecht@' + dom)
    dp = ('Darnell Price', 'darnell.price@' + dom)
    role = 'Registered Nurse - Medical/Surgical 4 West'
    start = off(dt(2026, 6, 3, 8, 30, CT), '-0500')
    end = start + timedelta(minutes=45)
    wd(start, 'Wednesday')
    assert start.astimezone(MX).strftime('%H:%M') == '07:30'
    note = ('Video interview for Registered Nurse - Medical/Surgical 4 West (International RN Program).\n'
            'Darnell Price, Nurse Manager - 4 West, will interview you. Kristen Albrecht coordinates scheduling and your '
            'sponsorship paperwork.\nHora de Guadalajara: 7:30 a.m.')
    _, cal, _, _, _ = outlook_invite('b148-18-i1', ka, [(dp[0], dp[1], 'ACCEPTED'), (OWNER_NAME, OWNER, 'NEEDS-ACTION')], [],
                                     'North Plains Medical Center | Video Interview - RN Med/Surg 4 West | Ximena Lozano',
                                     note, start, end, WIN_CENTRAL, dt(2026, 5, 27, 15, 12, CT), dt(2026, 5, 27, 15, 12, CT))
    cal = cal.replace('METHOD:REQUEST', 'METHOD:PUBLISH').replace('PRODID:Microsoft Exchange Server 2010',
                                                                  'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')
    lab = label([iv(co, role, start, end, 'scheduled', [dp[1]], [dp[1]], 'hiring_manager')], 'medium',
                'positive/standalone-ics-windows-tz',
                'Standalone Outlook .ics (PUBLISH) with Windows TZID "Central Standard Time" in June (CDT -05:00); '
                'description adds 7:30 a.m. Guadalajara. Darnell interviews; Kristen organizes.')
    case(18, 'standalone-outlook-ics-north-plains', [('01-video-interview-north-plains.ics', cal)], lab)


# ============================================================== case 19
def c19():
    co = 'Brazos Crossing Hospital'
    tenant = ('Brazos Crossing Hospital', 'brazoscrossing@myworkday.com')
    lt = ('Lauren Tidwell', 'lauren.tidwell@brazoscrossing.example')
    kb = ('Keisha Brandt', 'keisha.brandt@brazoscrossing.example')
    role = 'Registered Nurse - Mother/Baby'
    req = 'Registered Nurse - Mother/Baby (R-11872)'
    a_s = off(dt(2026, 3, 24, 15, 0, CT), '-0500')
    a_e = a_s + timedelta(minutes=45)
    b_s = dt(2026, 4, 1, 10, 0, CT)
    b_e = b_s + timedelta(minutes=45)
    wd(a_s, 'Tuesday'); wd(b_s, 'Wednesday')
    assert b_s.astimezone(MX).hour == 9
    uid_a = 'WD-INTV-%s@brazoscrossing.myworkday.com' % sha('b148-19-a', 12).upper()
    uid_b = 'WD-INTV-%s@brazoscrossing.myworkday.com' % sha('b148-19-b', 12).upper()
    atts = [(kb[0], kb[1], 'REQ-PARTICIPANT', 'ACCEPTED'), (OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')]

    def sched_text(s):
        return ('Hello Ximena,\n\nAn interview has been scheduled for the %s position at Brazos Crossing Hospital.\n\n'
                'Interview Type: Virtual - Hiring Manager\nDate: %s\nTime: %s - %s (Central Daylight Time)\n'
                'Interviewer: Keisha Brandt, MSN, RN - Nurse Manager, Mother/Baby\n'
                'Location: Microsoft Teams - link in the attached calendar invitation\n\n'
                'Questions? Contact your recruiter, Lauren Tidwell (%s).\n\nThank you,\nBrazos Crossing Hospital '
                'Talent Acquisition\nBryan, Texas' % (req, en_long(s), s.strftime('%I:%M %p').lstrip('0'),
                                                      (s + timedelta(minutes=45)).strftime('%I:%M %p').lstrip('0'), lt[1]))
    d1 = dt(2026, 3, 17, 11, 5, CT)
    cal1 = workday_ics('b148-19-1', tenant, 'Interview: ' + req, 'Hiring manager interview with Keisha Brandt.', a_s, a_e,
                       uid_a, 0, d1, tenant, atts, location='Microsoft Teams')
    e1, _ = workday_mail('b148-19-m1', tenant[0], tenant[1], 'Interview Scheduled - ' + req, d1, sched_text(a_s), cal1,
                         reply_to=addr(*lt))
    d2 = dt(2026, 3, 23, 8, 12, CT)
    cal2 = workday_ics('b148-19-2', tenant, 'Interview: ' + req, 'This interview has been cancelled.', a_s, a_e, uid_a, 1,
                       d2, tenant, atts, method='CANCEL', location='Microsoft Teams')
    t2 = ('Hello Ximena,\n\nThe interview scheduled for %s at 3:00 PM CDT for %s has been cancelled.\n\n'
          'Your recruiter will contact you about next steps.\n\nBrazos Crossing Hospital Talent Acquisition'
          % (en_long(a_s), req))
    e2, _ = workday_mail('b148-19-m2', tenant[0], tenant[1], 'Interview Cancelled - ' + req, d2, t2, cal2,
                         reply_to=addr(*lt), ics_name='Cancelled.ics', method='CANCEL')
    d3 = dt(2026, 3, 23, 9, 30, CT)
    t3 = ("Hi Ximena,\n\nYou'll have seen the Workday cancellation - Keisha is out unexpectedly this week, and I'm sorry "
          'for the late notice. She still very much wants to meet you. I am booking a brand-new interview for '
          'Wednesday, April 1 at 10:00 AM Central (9:00 AM your time in Guadalajara); the invitation will come from '
          'Workday shortly.\n\nLauren Tidwell\nNurse Recruiter | Brazos Crossing Hospital\n979-555-0158')
    e3, _ = outlook_mail('b148-19-m3', addr(*lt), ME, 'Your interview with Keisha - new date', d3, t3)
    d4 = dt(2026, 3, 25, 10, 14, CT)
    cal4 = workday_ics('b148-19-4', tenant, 'Interview: ' + req, 'Hiring manager interview with Keisha Brandt.', b_s, b_e,
                       uid_b, 0, d4, tenant, atts, location='Microsoft Teams')
    e4, _ = workday_mail('b148-19-m4', tenant[0], tenant[1], 'Interview Scheduled - ' + req, d4, sched_text(b_s), cal4,
                         reply_to=addr(*lt))
    lab = label([iv(co, role, a_s, a_e, 'cancelled', [kb[1]], [kb[1]], 'hiring_manager'),
                 iv(co, role, b_s, b_e, 'scheduled', [kb[1]], [kb[1]], 'hiring_manager')], 'hard',
                'positive/cancel-then-rebook-workday',
                'Workday interview (UID A) cancelled with METHOD:CANCEL, then re-booked as a NEW Workday event (UID B) '
                'a week later: two entries, one cancelled (Mar 24 3 PM CDT) and one scheduled (Apr 1 10 AM CDT).')
    case(19, 'workday-cancel-rebook-brazos', [('01-workday-interview-scheduled.eml', e1),
                                              ('02-workday-interview-cancelled.eml', e2),
                                              ('03-lauren-new-date.eml', e3),
                                              ('04-workday-interview-scheduled-new.eml', e4)], lab)


# ============================================================== case 20 (negative)
def c20():
    tenant = ('Bluebonnet Regional Medical Center', 'bluebonnetrmc@myworkday.com')
    sv = ('Stephanie Vo', 'stephanie.vo@bluebonnetrmc.example')
    hs = dt(2026, 6, 8, 7, 30, CT)
    ori = dt(2026, 6, 15, 7, 0, CT)
    wd(hs, 'Monday'); wd(ori, 'Monday')
    d1 = dt(2026, 5, 18, 10, 2, CT)
    t1 = ('Hi Ximena,\n\nWelcome to Bluebonnet Regional Medical Center! Your offer for Registered Nurse - Medical ICU '
          '(R-0045127) has been accepted and your onboarding has started. Your first day is %s.\n\n'
          'You are scheduled for your pre-employment health screening:\n\nDate: %s\nTime: 7:30 AM - 9:00 AM (Central '
          'Daylight Time)\nLocation: Employee Health Services, Tower A, Room 120\n\nThe screening includes a urine '
          'drug screen, TB test and respiratory mask fit test. Bring your immunization records and a photo ID.\n\n'
          'Complete the remaining tasks in your Workday inbox: I-9 Section 1, direct deposit, and license '
          'verification.\n\nBluebonnet Regional Medical Center - Employee Health & Onboarding' % (en_long(ori), en_long(hs)))
    uid = 'WD-OBHS-%s@bluebonnetrmc.myworkday.com' % sha('b148-20-u', 12).upper()
    cal = workday_ics('b148-20', tenant, 'Pre-Employment Health Screening', 'Employee Health Services, Tower A, Room 120.',
                      hs, hs + timedelta(minutes=90), uid, 0, d1, tenant,
                      [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')], location='Employee Health, Tower A Rm 120')
    e1, _ = workday_mail('b148-20-m1', tenant[0], tenant[1],
                         'Action Required: Pre-Employment Health Screening - Registered Nurse - Medical ICU', d1, t1, cal,
                         ics_name='HealthScreening.ics')
    note = ('Welcome to Nursing Orientation! Day 1 covers hospital policies, EHR training and skills validation. '
            'Breakfast and lunch are provided. Please wear navy scrubs and bring your badge photo confirmation.\n\n'
            'Stephanie Vo, MSN, RN\nNursing Professional Development\nBluebonnet Regional Medical Center')
    d2 = dt(2026, 5, 20, 13, 45, CT)
    e2, _, _, _, _ = outlook_invite('b148-20-i2', sv, [(OWNER_NAME, OWNER, 'NEEDS-ACTION')], [],
                                    'New Hire Nursing Orientation - Day 1', note, ori, dt(2026, 6, 15, 15, 30, CT),
                                    WIN_CENTRAL, d2, d2, teams=False, location='Education Center, Classroom 2')
    lab = label([], 'medium', 'negative/post-offer-onboarding',
                'After an accepted offer: Workday pre-employment health screening appointment (.ics) and a nursing '
                'orientation invite. Screening/orientation, not interviews.')
    case(20, 'workday-preemployment-health-screen', [('01-workday-health-screening.eml', e1),
                                                     ('02-invite-nursing-orientation.eml', e2)], lab)


# ============================================================== case 21
def c21():
    co = 'Guadalupe River Health'
    dom = 'guadaluperiverhealth.example'
    npz = ('Nora Pietrzak', 'nora.pietrzak@' + dom)
    em = ('Evelyn Marsh', 'evelyn.marsh@' + dom)
    role = 'Registered Nurse - Intensive Care Unit (International Nurse Residency)'
    start = off(dt(2026, 5, 12, 10, 0, CT), '-0500')
    end = start + timedelta(minutes=30)
    wd(start, 'Tuesday')
    d1 = dt(2026, 5, 6, 15, 40, CT)
    zid = '853 4410 9276'
    zurl = 'https://guadaluperiverhealth.zoom.us/j/85344109276?pwd=%s' % sha('b148-21-pwd', 32)
    t1 = ('Dear Ximena,\n\nDr. Evelyn Marsh, our Chief Nursing Officer, would like to meet with you as the final step in '
          'the interview process for the %s position.\n\n%s\n10:00 - 10:30 AM Central Daylight Time (9:00 AM in '
          'Guadalajara)\nZoom - the calendar file is attached\n\nDr. Marsh will lead the conversation herself; I only '
          'manage her calendar. After the interview, if you would like to send a thank-you note, you can write to her '
          'directly at %s.\n\nKind regards,\nNora Pietrzak\nExecutive Assistant to the Chief Nursing Officer\n'
          '%s | Seguin, TX\n830-555-0171' % (role, en_long(start), em[1], co))
    zdesc = ('Nora Pietrzak is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n%s\n\nMeeting ID: %s\n'
             'Passcode: 551903\n\n---\n\nOne tap mobile\n+13462487799,,85344109276# US (Houston)\n' % (zurl, zid))
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
               'METHOD:PUBLISH', 'CLASS:PUBLIC'] + VTZ_GOOGLE_CHICAGO[:2] + VTZ_GOOGLE_CHICAGO[3:] +
              ['BEGIN:VEVENT', 'DTSTAMP:' + utcstamp(d1), 'DTSTART;TZID=America/Chicago:' + local(start),
               'DTEND;TZID=America/Chicago:' + local(end),
               'SUMMARY:Final Interview - Ximena Lozano / Dr. Evelyn Marsh (CNO)',
               'UID:%s-%s@zoom.us' % (utcstamp(d1), '85344109276'), 'TZID:America/Chicago',
               'DESCRIPTION:' + esc(zdesc), 'LOCATION:' + zurl,
               'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
               'END:VEVENT', 'END:VCALENDAR'])
    msgid, tindex = outlook_ids('b148-21-m1')
    hdrs = top_headers(addr(*npz), ME, 'Final interview with our CNO - Tuesday, May 12', d1, msgid,
                       extra=[('Thread-Topic', 'Final interview with our CNO - Tuesday, May 12'), ('Thread-Index', tindex),
                              ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', 'yes')],
                       recv=received('mx.example.com', 'mail-dm6pr05cu003.outbound.protection.outlook.com',
                                     '40.107.200.52', d1 + timedelta(seconds=3)))
    alt = multi('alternative', '_000_%s_' % msgid[1:].split('@')[0],
                [leaf('text/plain', t1, charset='utf-8'), leaf('text/html', outlook_html(t1), charset='utf-8')])
    root = multi('mixed', '_004_%s_' % msgid[1:].split('@')[0],
                 [alt, leaf('application/octet-stream', cal, cte='base64', charset=None, params='name="zoom_0.ics"',
                            disp='attachment; filename="zoom_0.ics"; size=%d' % len(cal.encode()))])
    e1 = message(hdrs, root)
    lab = label([iv(co, role, start, end, 'scheduled', [em[1]], [em[1]], 'hiring_manager')], 'medium',
                'positive/zoom-ics-final-executive',
                'Executive assistant sends the final interview with the Chief Nursing Officer plus a Zoom .ics '
                '(application/octet-stream attachment, TZID America/Chicago). The CNO conducts it (address given in '
                'text); the assistant only schedules.')
    case(21, 'zoom-ics-final-cno', [('01-final-interview-cno.eml', e1)], lab)


# ============================================================== case 22 (negative)
def c22():
    dy = ('Daniela Ybarra', 'daniela.ybarra@lagovistasurgical.example')
    past = dt(2026, 4, 2, 13, 0, CT)
    wd(past, 'Thursday')
    d1 = dt(2026, 4, 16, 16, 0, CT)
    t1 = ('Dear Ximena,\n\nThank you for taking the time to interview with our PACU team on Thursday, April 2, and for '
          'your interest in the Registered Nurse, PACU position (Req 5520) at Lago Vista Surgical Hospital.\n\n'
          'After careful consideration, we have decided to move forward with other candidates whose experience more '
          'closely matches the needs of the unit at this time. We encourage you to apply for future openings that '
          'match your skills.\n\nWe wish you the best in your search.\n\nLago Vista Surgical Hospital Talent Acquisition')
    e1, _ = icims_mail('b148-22-m1', 'Lago Vista Surgical Hospital Careers', 'Update on your application - Registered Nurse, PACU',
                       d1, t1)
    d2 = dt(2026, 4, 17, 9, 10, CT)
    t2 = ('Hola Ximena,\n\nQuería escribirte personalmente después del correo del sistema. The team really liked your '
          'ICU experience, but for this opening they needed someone with recent PACU recovery experience from day one.\n\n'
          'En junio abrimos una plaza de Pre-Op/PACU con residencia para enfermeras internacionales. Cuando la '
          'publiquemos te mando el link y, si te interesa, agendamos una llamada para platicar.\n\n¡Mucho éxito con '
          'tu NCLEX!\n\nDaniela Ybarra\nNurse Recruiter | Lago Vista Surgical Hospital\nAustin, TX | 512-555-0150')
    e2, _ = outlook_mail('b148-22-m2', addr(*dy), ME, 'Tu proceso en Lago Vista / next steps', d2, t2, lang='es-MX')
    lab = label([], 'medium', 'negative/rejection-after-interview',
                'Rejection that mentions a past interview and a friendly recruiter note about a possible future call '
                '(nothing booked).')
    case(22, 'rejection-after-peer-interview', [('01-application-update.eml', e1), ('02-daniela-nota-personal.eml', e2)], lab)


# ============================================================== main
def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20,
               c21, c22):
        fn()
    for name in os.listdir(HERE):
        if name.startswith(SET + '-') and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for cid, items, lab in CASES:
        os.makedirs(os.path.join(HERE, cid))
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), cid
        for name, text in items:
            assert name[:2] == '%02d' % (names.index(name) + 1) and name[2] == '-', name
            with open(os.path.join(HERE, cid, name), 'w', encoding='utf-8', newline='') as f:
                f.write(text)
        labels[cid] = lab
    nums = [int(c.split('-')[1]) for c in labels]
    assert nums == list(range(1, len(nums) + 1))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Labels for blind148 (written blind). Schema: /work/shared/eval/README.md\n')
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l['interview'])
    ivs = [i for l in labels.values() for i in l['interviews']]
    print('cases=%d positives=%d negatives=%d interviews=%d scheduled=%d cancelled=%d' % (
        len(labels), pos, len(labels) - pos, len(ivs), sum(i['status'] == 'scheduled' for i in ivs),
        sum(i['status'] == 'cancelled' for i in ivs)))


if __name__ == '__main__':
    main()
