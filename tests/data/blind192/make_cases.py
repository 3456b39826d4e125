#!/usr/bin/env python3
"""Regenerate the blind192 evaluation set (interview detection, written blind).

Theme: Camille Rousseau, a bilingual (French/English) UX researcher living between Lyon and
Geneva, applying to French and Swiss companies and to remote US firms.

    python make_cases.py

rewrites every ``b192-*`` case folder and ``labels.yaml`` next to this file.  Standard library +
PyYAML only; the output is byte-identical on every run (fixed dates, Message-IDs, boundaries,
UIDs derived from fixed seeds).  Every UTC offset is computed with zoneinfo and every weekday
named in a text is asserted.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
PARIS = ZoneInfo('Europe/Paris')
ZURICH = ZoneInfo('Europe/Zurich')
LA = ZoneInfo('America/Los_Angeles')
NY = ZoneInfo('America/New_York')
CHI = ZoneInfo('America/Chicago')

OWNER = 'camille.rousseau@example.com'
OWNER_NAME = 'Camille Rousseau'
OWNER_PHONE = '+33 6 48 27 19 03'

# --------------------------------------------------------------------------- dates


def T(y, mo, d, h=0, mi=0, s=0, tz=PARIS):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


DAYS = {
    'fr': ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'de': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
}
MONTHS = {
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
           'octobre', 'novembre', 'décembre'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
           'October', 'November', 'December'],
}
FR_DAY_ABBR = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
FR_MON_ABBR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.',
               'nov.', 'déc.']
EN_MON_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def wd(d, name):
    """Assert that d falls on weekday `name` (French/English/German, full or abbreviated)."""
    n = name.lower()
    tables = [[x.lower() for x in v] for v in DAYS.values()]
    tables += [[x[:3].lower() for x in DAYS['en']], FR_DAY_ABBR]
    for low in tables:
        if n in low:
            assert low[d.weekday()] == n, f'{d:%Y-%m-%d} is a {DAYS["en"][d.weekday()]}, not {name}'
            return name
    raise AssertionError(f'unknown weekday {name!r}')


def fr_date(d):
    return f'{DAYS["fr"][d.weekday()]} {d.day} {MONTHS["fr"][d.month - 1]} {d.year}'


def en_date(d):
    return f'{DAYS["en"][d.weekday()]}, {MONTHS["en"][d.month - 1]} {d.day}, {d.year}'


def hm(d):
    return f'{d.hour:02d}:{d.minute:02d}'


def ampm(d, space=False, upper=False, always_minutes=False):
    h = d.hour % 12 or 12
    suf = 'am' if d.hour < 12 else 'pm'
    if upper:
        suf = suf.upper()
    core = f'{h}:{d.minute:02d}' if (d.minute or always_minutes) else f'{h}'
    return core + (' ' if space else '') + suf


def loc(d):
    return d.strftime('%Y%m%dT%H%M%S')


def zulu(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def gapi(d):
    return d.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z')


# --------------------------------------------------------------------------- ids

ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def hx(seed, n):
    out, i = '', 0
    while len(out) < n:
        out += hashlib.sha256(f'b192|{seed}|{i}'.encode()).hexdigest()
        i += 1
    return out[:n]


def alnum(seed, n):
    out, i = '', 0
    while len(out) < n:
        out += ''.join(ALNUM[b % 62] for b in hashlib.sha256(f'b192a|{seed}|{i}'.encode()).digest())
        i += 1
    return out[:n]


def digits(seed, n):
    return ''.join(str(int(c, 16) % 10) for c in hx('dig' + seed, n))


def gmid(seed):
    return f'<CA{alnum(seed, 6)}+{alnum(seed + "b", 38)}@mail.gmail.com>'


def omid(seed, host='PAXPR08MB7421'):
    return f'<{host}{hx(seed, 32).upper()}@{host}.eurprd08.prod.outlook.com>'


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(('ti' + seed).encode()).digest()[:22]).decode()


# --------------------------------------------------------------------------- MIME helpers


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset='utf-8')


def addrs(*pairs):
    return ', '.join(addr(n, e) for n, e in pairs)


def hdr(name, value):
    try:
        value.encode('ascii')
        return f'{name}: {value}'
    except UnicodeEncodeError:
        return f'{name}: ' + Header(value, 'utf-8', header_name=name).encode(linesep='\n')


def part(ctype, body, cte, extra=(), charset='utf-8'):
    raw = body.encode(charset) if isinstance(body, str) else body
    if cte == 'quoted-printable':
        enc = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        enc = base64.encodebytes(raw).decode('ascii')
    else:
        enc = raw.decode('ascii')
    lines = [f'Content-Type: {ctype}'] + list(extra) + [f'Content-Transfer-Encoding: {cte}']
    return '\n'.join(lines) + '\n\n' + enc.rstrip('\n') + '\n'


def multipart(sub, boundary, parts, extra=()):
    out = '\n'.join([f'Content-Type: multipart/{sub}; boundary="{boundary}"'] + list(extra)) + '\n\n'
    for p in parts:
        out += f'--{boundary}\n' + p.rstrip('\n') + '\n'
    return out + f'--{boundary}--\n'


def received(sent, via, seed):
    rt = (sent + timedelta(seconds=3)).astimezone(PARIS)
    return (f'Received: from {via}\n        by mx1.example.com (Postfix) with ESMTPS id '
            f'{alnum(seed + "rcv", 12)}\n        for <{OWNER}>; {format_datetime(rt)} ({rt.tzname()})')


VIA = {
    'gmail': 'mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])',
    'google-cal': 'mail-yw1-f199.google.com (mail-yw1-f199.google.com [209.85.128.199])',
    'outlook': 'EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2112.outbound.protection.outlook.com [40.107.22.112])',
    'lever': 'a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])',
    'greenhouse': 'o1.email.greenhouse.io (o1.email.greenhouse.io [167.89.101.12])',
    'calendly': 'o3.ptr5521.calendly.com (o3.ptr5521.calendly.com [149.72.146.80])',
    'wttj': 'mail-out-2.welcometothejungle.com (mail-out-2.welcometothejungle.com [185.24.184.22])',
    'meetup': 'o2.mail.meetup.com (o2.mail.meetup.com [167.89.37.19])',
    'francetravail': 'smtp-out3.francetravail.fr (smtp-out3.francetravail.fr [194.3.120.43])',
    'generic': 'smtp.mailrelay.example (smtp.mailrelay.example [192.0.2.25])',
}


def quote(text, prefix='> '):
    out = []
    for line in text.rstrip('\n').split('\n'):
        out.append(prefix.rstrip() if not line else (prefix + line if not line.startswith('>') else '>' + line))
    return '\n'.join(out) + '\n'


URL_RE = re.compile(r'(https?://[^\s<>"]+)')


def _inline(line):
    esc = html.escape(line, quote=False)
    return URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', esc)


def _html_lines(lines):
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith('>'):
            q = []
            while i < len(lines) and lines[i].startswith('>'):
                s = lines[i][1:]
                q.append(s[1:] if s.startswith(' ') else s)
                i += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + _html_lines(q) + '</blockquote>')
        else:
            out.append(_inline(lines[i]) + '<br>')
            i += 1
    return '\n'.join(out)


def text_to_html(text):
    return _html_lines(text.rstrip('\n').split('\n'))


def gmail_html(text):
    return f'<div dir="ltr">{text_to_html(text)}</div>\n'


def outlook_html(text):
    paras = []
    for para in text.rstrip('\n').split('\n\n'):
        paras.append('<p class="MsoNormal">' + '<br>\n'.join(_inline(x) for x in para.split('\n')) + '</p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
            '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + '\n'.join(paras) + '\n</div>\n</body>\n</html>\n')


def vendor_html(brand, text, color='#1f2937', footer=''):
    paras = []
    for para in text.rstrip('\n').split('\n\n'):
        paras.append('<p style="margin:0 0 16px 0;line-height:1.5">'
                     + '<br>\n'.join(_inline(x) for x in para.split('\n')) + '</p>')
    foot = ('<p style="color:#6b7280;font-size:12px">' + _inline(footer) + '</p>') if footer else ''
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + html.escape(brand)
            + '</title></head>\n<body style="margin:0;padding:0;background:#f4f4f5">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="24" cellspacing="0" '
            'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:' + color + '">\n'
            '<tr><td>\n' + '\n'.join(paras) + '\n' + foot + '\n</td></tr>\n</table>\n</td></tr></table>\n'
            '</body></html>\n')


def mail(*, seed, sent, frm, to, subject, text, html_body=None, cc=None, reply_to=None, msgid,
         irt=None, refs=None, client='gmail', attachments=(), extra=(), via=None, charset='utf-8',
         sender=None, return_path=None, text_cte='quoted-printable', delivered=True):
    """A whole RFC 5322 message as a str (LF line ends, ASCII only)."""
    h = []
    if delivered:
        h.append(f'Delivered-To: {OWNER}')
    h.append(received(sent, VIA[via or client], seed))
    if return_path:
        h.append(f'Return-Path: <{return_path}>')
    h.append(hdr('From', frm))
    if sender:
        h.append(hdr('Sender', sender))
    h.append(hdr('To', to))
    if cc:
        h.append(hdr('Cc', cc))
    if reply_to:
        h.append(hdr('Reply-To', reply_to))
    h.append(hdr('Subject', subject))
    if client == 'outlook':
        h.append(hdr('Thread-Topic', re.sub(r'^(RE|TR|Re|Fwd|AW|WG): ', '', subject)))
        h.append(f'Thread-Index: {thread_index(seed)}')
    h.append(f'Date: {format_datetime(sent)}')
    h.append(f'Message-ID: {msgid}')
    if irt:
        h.append(f'In-Reply-To: {irt}')
    if refs:
        h.append('References: ' + '\n '.join(refs))
    if client == 'outlook':
        h += ['Accept-Language: fr-FR, en-US', 'Content-Language: fr-FR',
              'X-MS-Has-Attach: ' + ('yes' if attachments else ''), 'X-MS-TNEF-Correlator: ']
    h += list(extra)
    h.append('MIME-Version: 1.0')
    cs = charset.upper() if client == 'gmail' else charset
    tp = part(f'text/plain; charset="{cs}"', text, text_cte, charset=charset)
    if html_body is None:
        html_body = outlook_html(text) if client == 'outlook' else gmail_html(text)
    hp = part(f'text/html; charset="{cs}"', html_body, 'quoted-printable', charset=charset)
    if client == 'outlook':
        b_alt = f'_000_{hx(seed + "b", 40).upper()}_'
        b_mix = f'_004_{hx(seed + "m", 40).upper()}_'
    elif client == 'vendor':
        b_alt = f'==_mimepart_{hx(seed + "va", 13)}_{digits(seed + "vb", 5)}'
        b_mix = f'==_mimepart_{hx(seed + "vm", 13)}_{digits(seed + "vn", 5)}'
    else:
        b_alt = '0000000000' + hx(seed + 'alt', 18)
        b_mix = '0000000000' + hx(seed + 'mix', 18)
    body = multipart('alternative', b_alt, [tp, hp])
    if attachments:
        body = multipart('mixed', b_mix, [body] + list(attachments))
    msg = '\n'.join(h) + '\n' + body
    msg.encode('ascii')
    return msg


# --------------------------------------------------------------------------- iCalendar helpers


def ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    parts, cur, n = [], '', 0
    for ch in line:
        cl = len(ch.encode('utf-8'))
        if n + cl > (75 if not parts else 74):
            parts.append(cur)
            cur, n = '', 0
        cur += ch
        n += cl
    parts.append(cur)
    return '\r\n '.join(parts)


def ics(lines):
    return ''.join(fold(x) + '\r\n' for x in lines)


OLSON_RULES = {
    'Europe/Paris': ('+0100', '+0200', 'CET', 'CEST', '19700329T020000', 3, '-1SU', '19701025T030000', 10, '-1SU'),
    'Europe/Zurich': ('+0100', '+0200', 'CET', 'CEST', '19700329T020000', 3, '-1SU', '19701025T030000', 10, '-1SU'),
    'America/Los_Angeles': ('-0800', '-0700', 'PST', 'PDT', '19700308T020000', 3, '2SU', '19701101T020000', 11, '1SU'),
    'America/New_York': ('-0500', '-0400', 'EST', 'EDT', '19700308T020000', 3, '2SU', '19701101T020000', 11, '1SU'),
}


def vtz_olson(tzid):
    std, dst, sn, dn, ds, dm, dby, ss, sm, sby = OLSON_RULES[tzid]
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}',
            'BEGIN:DAYLIGHT', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}', f'TZNAME:{dn}',
            f'DTSTART:{ds}', f'RRULE:FREQ=YEARLY;BYMONTH={dm};BYDAY={dby}', 'END:DAYLIGHT',
            'BEGIN:STANDARD', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}', f'TZNAME:{sn}',
            f'DTSTART:{ss}', f'RRULE:FREQ=YEARLY;BYMONTH={sm};BYDAY={sby}', 'END:STANDARD',
            'END:VTIMEZONE']


def vtz_windows(tzid):
    assert tzid in ('W. Europe Standard Time', 'Romance Standard Time')
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', 'BEGIN:STANDARD', 'DTSTART:16010101T030000',
            'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
            'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
            'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
            'END:VTIMEZONE']


def attendee(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp=True, cutype=None):
    p = 'ATTENDEE'
    if cutype:
        p += f';CUTYPE={cutype}'
    p += f';ROLE={role};PARTSTAT={partstat}'
    if rsvp:
        p += ';RSVP=TRUE'
    if name:
        p += f';CN={name}'
    return p + f':mailto:{email}'


def vendor_ics(*, prodid, method, uid, seq, stamp, start, end, mode, organizer, attendees, summary,
               description, location='', status='CONFIRMED', extra=(), tzid=None, calname=None):
    """mode: 'tzid' (with VTIMEZONE), 'utc' or 'floating'."""
    cal = ['BEGIN:VCALENDAR', f'PRODID:{prodid}', 'VERSION:2.0', 'CALSCALE:GREGORIAN', f'METHOD:{method}']
    if calname:
        cal.append(f'X-WR-CALNAME:{calname}')
    if mode == 'tzid':
        cal += vtz_olson(tzid)
        ds, de = f'DTSTART;TZID={tzid}:{loc(start)}', f'DTEND;TZID={tzid}:{loc(end)}'
    elif mode == 'utc':
        ds, de = f'DTSTART:{zulu(start)}', f'DTEND:{zulu(end)}'
    else:
        ds, de = f'DTSTART:{loc(start)}', f'DTEND:{loc(end)}'
    cal += ['BEGIN:VEVENT', f'UID:{uid}', f'SEQUENCE:{seq}', f'DTSTAMP:{zulu(stamp)}', ds, de,
            'SUMMARY:' + ics_esc(summary), 'DESCRIPTION:' + ics_esc(description)]
    if location:
        cal.append('LOCATION:' + ics_esc(location))
    if organizer:
        cal.append(f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}')
    cal += [attendee(*a) for a in attendees]
    cal += [f'STATUS:{status}'] + list(extra) + ['END:VEVENT', 'END:VCALENDAR']
    return ics(cal)


def ics_attachment(text, name='invite.ics', method='REQUEST', ctype='text/calendar'):
    if ctype == 'text/calendar':
        ct = f'text/calendar; charset="UTF-8"; method={method}; name="{name}"'
    else:
        ct = f'{ctype}; name="{name}"'
    return part(ct, text.encode('utf-8'), 'base64',
                extra=[f'Content-Disposition: attachment; filename="{name}"'])


# --------------------------------------------------------------------------- Google Calendar invites

G_TZLABEL = {
    ('fr', 'Europe/Paris', False): "Heure normale d'Europe centrale - Paris",
    ('fr', 'Europe/Paris', True): "Heure d'été d'Europe centrale - Paris",
    ('fr', 'Europe/Zurich', True): "Heure d'été d'Europe centrale - Zurich",
    ('en', 'Europe/Zurich', True): 'Central European Summer Time - Zurich',
    ('en', 'Europe/Paris', True): 'Central European Summer Time - Paris',
}


def google_invite(*, seed, lang, sent, organizer, guests, summary, start, end, tzid, description,
                  created, location='', meet=None, seq=0, updated=False, org_attends=True,
                  org_partstat='ACCEPTED'):
    """Google Calendar invitation e-mail.  guests: [(name|None, email, partstat)]."""
    tz = ZoneInfo(tzid)
    start, end = start.astimezone(tz), end.astimezone(tz)
    summer = bool(start.dst())
    org_name, org_email = organizer
    uid_core = alnum(seed + 'uid', 26).lower()
    uid = f'{uid_core}@google.com'
    eid = base64.urlsafe_b64encode(f'{uid_core} {OWNER}'.encode()).decode().rstrip('=')
    people = ([(org_name, org_email, org_partstat)] if org_attends else []) + list(guests)
    fr = lang == 'fr'
    if meet:
        if fr:
            boiler = ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                      f'Participez à la réunion Google Meet : https://meet.google.com/{meet}\n\n'
                      'Pour en savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\n'
                      'Veuillez ne pas modifier cette section.\n'
                      '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
        else:
            boiler = ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                      f'Join with Google Meet: https://meet.google.com/{meet}\n\n'
                      'Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
                      'Please do not edit this section.\n'
                      '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    else:
        boiler = ''
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
           'CALSCALE:GREGORIAN', 'METHOD:REQUEST'] + vtz_olson(tzid) + [
        'BEGIN:VEVENT', f'DTSTART;TZID={tzid}:{loc(start)}', f'DTEND;TZID={tzid}:{loc(end)}',
        f'DTSTAMP:{zulu(sent)}', f'ORGANIZER;CN={org_name}:mailto:{org_email}', f'UID:{uid}']
    for name, email, ps in people:
        cal.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;'
                   f'CN={name or email};X-NUM-GUESTS=0:mailto:{email}')
    if meet:
        cal.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    cal += [f'CREATED:{zulu(created)}', 'DESCRIPTION:' + ics_esc(description + boiler),
            f'LAST-MODIFIED:{zulu(sent)}', 'LOCATION:' + ics_esc(location), f'SEQUENCE:{seq}',
            'STATUS:CONFIRMED', 'SUMMARY:' + ics_esc(summary), 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    cal_text = ics(cal)

    abbr = 'CEST' if summer else 'CET'
    if fr:
        when_subj = (f'{FR_DAY_ABBR[start.weekday()]} {start.day} {FR_MON_ABBR[start.month - 1]} {start.year} '
                     f'{hm(start)} - {hm(end)} ({abbr})')
        prefix = 'Invitation mise à jour : ' if updated else 'Invitation: '
        when_body = f'{fr_date(start)} ⋅ {hm(start)} – {hm(end)}'
    else:
        when_subj = (f'{DAYS["en"][start.weekday()][:3]} {EN_MON_ABBR[start.month - 1]} {start.day}, {start.year} '
                     f'{ampm(start)} - {ampm(end)} ({abbr})')
        prefix = 'Updated invitation: ' if updated else 'Invitation: '
        when_body = (f'{DAYS["en"][start.weekday()]} {EN_MON_ABBR[start.month - 1]} {start.day}, {start.year} ⋅ '
                     f'{ampm(start)} – {ampm(end)}')
    subject = f'{prefix}{summary} @ {when_subj} ({OWNER})'
    base = 'https://calendar.google.com/calendar/event'
    lines = []
    if updated:
        lines += ['Cet événement a été modifié.' if fr else 'This event has been updated', '']
    lines += [summary, when_body + ('  (modifié)' if (updated and fr) else (' (changed)' if updated else '')),
              G_TZLABEL[(lang, tzid, summer)], '']
    if location:
        lines += [location, '']
    if meet:
        lines += ['Participer avec Google Meet' if fr else 'Join with Google Meet',
                  f'https://meet.google.com/{meet}', '']
    lines += ['Invités' if fr else 'Guests']
    for name, email, ps in people:
        label = name or email
        if email == org_email:
            label += ' - organisateur' if fr else ' - organizer'
        lines.append(label)
    if not org_attends:
        lines.append(f'{org_name} - ' + ('organisateur' if fr else 'organizer'))
    lines += [('Afficher toutes les informations sur les invités ' if fr else 'View all guest info ')
              + f'{base}?action=VIEW&eid={eid}', '']
    lines += description.split('\n') + ['']
    if fr:
        lines += [f'Répondre pour {OWNER}', '', f'Oui {base}?action=RESPOND&eid={eid}&rst=1',
                  f'Non {base}?action=RESPOND&eid={eid}&rst=2',
                  f'Peut-être {base}?action=RESPOND&eid={eid}&rst=3', '',
                  f"Plus d'options {base}?action=VIEW&eid={eid}", '',
                  'Invitation de Google Agenda : https://calendar.google.com/calendar/', '',
                  'Vous recevez cet e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir '
                  "de mises à jour pour cet événement, refusez-le.", '',
                  "Transférer cette invitation peut permettre à tout destinataire d'envoyer une réponse à "
                  "l'organisateur, d'être ajouté à la liste d'invités, d'inviter d'autres personnes sans "
                  'tenir compte de leur propre statut d\'invitation ou de modifier votre réponse. En savoir '
                  'plus https://support.google.com/calendar/answer/37135#forwarding']
    else:
        lines += [f'Reply for {OWNER}', '', f'Yes {base}?action=RESPOND&eid={eid}&rst=1',
                  f'No {base}?action=RESPOND&eid={eid}&rst=2',
                  f'Maybe {base}?action=RESPOND&eid={eid}&rst=3', '',
                  f'More options {base}?action=VIEW&eid={eid}', '',
                  'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
                  'You are receiving this email because you are an attendee on the event. To stop '
                  'receiving future updates for this event, decline this event.', '',
                  'Forwarding this invitation could allow any recipient to send a response to the '
                  'organizer, be added to the guest list, invite others regardless of their own '
                  'invitation status, or modify your RSVP. Learn more '
                  'https://support.google.com/calendar/answer/37135#forwarding']
    text = '\n'.join(lines) + '\n'
    html_body = ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" '
                 'itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" '
                 f'content="{html.escape(summary)}"/></span></span>\n'
                 '<div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">\n'
                 + text_to_html(text) + '\n</div>\n')
    b_alt = '0000000000' + hx(seed + 'galt', 18)
    b_mix = '0000000000' + hx(seed + 'gmix', 18)
    try:
        cal_text.encode('ascii')
        calpart = part('text/calendar; charset="UTF-8"; method=REQUEST', cal_text.replace('\r\n', '\n'), '7bit')
    except UnicodeEncodeError:
        calpart = part('text/calendar; charset="UTF-8"; method=REQUEST', cal_text.encode('utf-8'), 'base64')
    alt = multipart('alternative', b_alt, [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text.encode('utf-8'), 'base64'),
        part('text/html; charset="UTF-8"', html_body, 'quoted-printable'),
        calpart])
    body = multipart('mixed', b_mix, [alt, part('application/ics; name="invite.ics"', cal_text.encode('utf-8'),
                                                 'base64', extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    h = [f'Delivered-To: {OWNER}', received(sent, VIA['google-cal'], seed),
         f'Return-Path: <3{alnum(seed + "rp", 20)}-{alnum(seed + "rq", 12)}@calendar-server.bounces.google.com>',
         hdr('Reply-To', addr(org_name, org_email)),
         hdr('Sender', 'Google Agenda <calendar-notification@google.com>' if fr
             else 'Google Calendar <calendar-notification@google.com>'),
         f'Message-ID: <calendar-{hx(seed + "g1", 8)}-{hx(seed + "g2", 4)}-{hx(seed + "g3", 4)}-'
         f'{hx(seed + "g4", 4)}-{hx(seed + "g5", 12)}@google.com>',
         f'Date: {format_datetime(sent.astimezone(UTC), usegmt=False)}',
         hdr('Subject', subject), hdr('From', addr(org_name, org_email)), f'To: {OWNER}',
         'MIME-Version: 1.0']
    msg = '\n'.join(h) + '\n' + body
    msg.encode('ascii')
    return msg, uid, cal_text


# --------------------------------------------------------------------------- Outlook / Teams invites


def teams_block(seed, lang='fr'):
    mid = alnum(seed + 'tm', 48)
    tid = f'{hx(seed + "t1", 8)}-{hx(seed + "t2", 4)}-{hx(seed + "t3", 4)}-{hx(seed + "t4", 4)}-{hx(seed + "t5", 12)}'
    oid = f'{hx(seed + "o1", 8)}-{hx(seed + "o2", 4)}-{hx(seed + "o3", 4)}-{hx(seed + "o4", 4)}-{hx(seed + "o5", 12)}'
    url = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context='
           f'%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d')
    d = digits(seed, 12)
    meeting_id = f'{d[0:3]} {d[3:6]} {d[6:9]} {d[9:12]}'
    code = alnum(seed + 'pc', 6)
    opts = (f'https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}'
            f'&threadId=19_meeting_{mid}@thread.v2&messageId=0&language={"fr-FR" if lang == "fr" else "en-US"}')
    bar = '_' * 80
    if lang == 'fr':
        text = (f'{bar}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou '
                f'appareil de salle\nRejoindre la réunion maintenant<{url}>\nID de réunion : {meeting_id}\n'
                f'Code secret : {code}\n{"_" * 32}\nBesoin d\'aide ?<https://aka.ms/JoinTeamsMeeting?omkt=fr-FR> '
                f'| Options de réunion<{opts}>\n{bar}\n')
    else:
        text = (f'{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
                f'Join the meeting now<{url}>\nMeeting ID: {meeting_id}\nPasscode: {code}\n{"_" * 32}\n'
                f'Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US> | Meeting options<{opts}>\n{bar}\n')
    return text, url


WIN_LABEL = {
    'W. Europe Standard Time': '(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne',
    'Romance Standard Time': '(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris',
}


def outlook_invite(*, seed, sent, organizer, attendees, summary, start, end, wintz, intro, location,
                   teams=True, seq=0, msgid=None, extra_to=(), optional=()):
    """Exchange/Outlook (French locale) meeting request. attendees: [(name, email)] required."""
    start, end = start.astimezone(PARIS), end.astimezone(PARIS)
    assert start.date() == end.date()
    when = f'Quand : {fr_date(start)} {hm(start)}-{hm(end)} {WIN_LABEL[wintz]}.'
    where = 'Réunion Microsoft Teams' if teams else location
    tb, turl = teams_block(seed) if teams else ('', None)
    text = f'{when}\nOù : {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{intro.rstrip()}\n\n' + (tb if teams else '')
    uid = ('040000008200E00074C5B7101A82E00807EA' + hx(seed + 'uid', 8).upper() + '0000000000000000'
           '10000000' + hx(seed + 'uid2', 32).upper())
    cal = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0'] + vtz_windows(wintz)
    cal += ['BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    cal += [attendee(n, e) for n, e in attendees]
    cal += [attendee(n, e, role='OPT-PARTICIPANT') for n, e in optional]
    desc = text.replace('*~*~*~*~*~*~*~*~*~*\n\n', '').split('\n', 2)[2].lstrip('\n')
    cal += ['DESCRIPTION;LANGUAGE=fr-FR:' + ics_esc(desc), f'UID:{uid}',
            'SUMMARY;LANGUAGE=fr-FR:' + ics_esc(summary),
            f'DTSTART;TZID={wintz}:{loc(start)}', f'DTEND;TZID={wintz}:{loc(end)}',
            'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{zulu(sent)}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
            f'SEQUENCE:{seq}', 'LOCATION;LANGUAGE=fr-FR:' + ics_esc(where),
            f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}', f'X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(seed + "own", 7), 16)}',
            'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
            'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams:
        cal += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}',
                'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    cal += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
            'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-LOCATIONDISPLAYNAME:' + ics_esc(where),
            'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
            'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    cal_text = ics(cal)
    b = f'_000_{hx(seed + "ob", 40).upper()}_'
    body = multipart('alternative', b, [
        part('text/plain; charset="utf-8"', text, 'quoted-printable'),
        part('text/html; charset="utf-8"', outlook_html(text), 'quoted-printable'),
        part('text/calendar; charset="utf-8"; method=REQUEST', cal_text.encode('utf-8'), 'base64')])
    to = [(n, e) for n, e in attendees] + list(extra_to)
    h = [f'Delivered-To: {OWNER}', received(sent, VIA['outlook'], seed),
         hdr('From', addr(*organizer)), hdr('To', addrs(*to))]
    if optional:
        h.append(hdr('Cc', addrs(*optional)))
    h += [hdr('Subject', summary), hdr('Thread-Topic', summary), f'Thread-Index: {thread_index(seed)}',
          f'Date: {format_datetime(sent.astimezone(UTC))}', f'Message-ID: {msgid or omid(seed)}',
          'Accept-Language: fr-FR, de-CH, en-US', 'Content-Language: fr-FR', 'X-MS-Has-Attach: ',
          'X-MS-TNEF-Correlator: ', 'Content-class: urn:content-classes:calendarmessage',
          f'x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA{alnum(seed + "si", 24)}',
          'MIME-Version: 1.0']
    msg = '\n'.join(h) + '\n' + body
    msg.encode('ascii')
    return msg, uid


# --------------------------------------------------------------------------- labels / registry

CASES = []


def case(cid):
    def deco(fn):
        CASES.append((cid, fn))
        return fn
    return deco


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {'company': company, 'role': role, 'start': start.isoformat(),
            'end': end.isoformat() if end else None, 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followup), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': list(interviews),
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CAMILLE_SIG_FR = f'Camille Rousseau\nUX Researcher · recherche qualitative & mixte\nLyon / Genève · {OWNER_PHONE}'
CAMILLE_SIG_EN = f'Camille Rousseau\nUX Researcher · qualitative & mixed methods\nLyon, France / Geneva · {OWNER_PHONE}'

# =========================================================================== CASES


@case('b192-01-canopee-entretien-visio-thread')
def c01():
    el = ('Élodie Marchand', 'elodie.marchand@canopee-sante.example')
    s1, s_cam, s2, s3 = T(2026, 3, 16, 9, 12, 37), T(2026, 3, 16, 12, 40, 5), T(2026, 3, 16, 17, 5, 10), T(2026, 3, 18, 18, 30, 44)
    wd(s1, 'lundi')
    start = T(2026, 3, 19, 10, 30)
    wd(start, 'jeudi')
    assert (start.date() - s1.date()).days == 3 and (start.date() - s3.date()).days == 1  # "jeudi" / "demain"
    m1, mc, m2, m3 = gmid('c01-1'), f'<8D2F1A7C-{hx("c01c", 4).upper()}-4B1E-9C3A-{hx("c01d", 12).upper()}@example.com>', gmid('c01-2'), gmid('c01-3')
    sig = ('--\nÉlodie Marchand\nTalent Acquisition Manager\nCanopée Santé · 12 rue de Gerland, 69007 Lyon\n'
           '+33 4 78 00 12 40')
    subj = 'Votre candidature – UX Researcher (CDI) – Canopée Santé'
    t1 = f"""Bonjour Camille,

Merci pour votre candidature au poste de UX Researcher (CDI, Lyon 7e) chez Canopée Santé. Votre parcours nous a beaucoup plu, en particulier votre étude terrain auprès des infirmières libérales.

Je vous propose un premier entretien en visio d'une trentaine de minutes avec moi : l'idée est de faire connaissance, de vous présenter l'équipe produit et de répondre à vos questions sur le poste. Auriez-vous un créneau jeudi ou vendredi matin cette semaine ?

Belle journée,

{sig}
"""
    t_cam = f"""Bonjour Élodie,

Merci beaucoup pour votre retour, avec plaisir !
Jeudi matin me convient, à partir de 10h. Sinon vendredi entre 9h et 11h.

Bien cordialement,
Camille

> Le 16 mars 2026 à 09:12, Élodie Marchand <{el[1]}> a écrit :
>
{quote(t1)}"""
    t2 = f"""Bonjour Camille,

Parfait, je vous propose donc jeudi à 10h30, pour 30 minutes. Je vous enverrai le lien Google Meet la veille ; si vous préférez le téléphone, dites-le-moi et je vous appellerai au 06 48 27 19 03.

À jeudi,
Élodie

{sig}

Le lun. 16 mars 2026 à 12:40, Camille Rousseau <{OWNER}> a écrit :
{quote(t_cam)}"""
    t3 = f"""Bonjour Camille,

Comme promis, voici le lien pour notre entretien de demain à 10h30 : https://meet.google.com/ysk-pqat-wnr

À demain !
Élodie

{sig}

Le lun. 16 mars 2026 à 17:05, Élodie Marchand <{el[1]}> a écrit :
{quote(t2)}"""
    fr = addr(*el)
    to = addr(OWNER_NAME, OWNER)
    files = {
        '01-elodie-candidature.eml': mail(seed='c01-1', sent=s1, frm=fr, to=to, subject=subj, text=t1, msgid=m1),
        '02-elodie-re-jeudi-10h30.eml': mail(seed='c01-2', sent=s2, frm=fr, to=to, subject='Re: ' + subj, text=t2,
                                              msgid=m2, irt=mc, refs=[m1, mc]),
        '03-elodie-lien-meet.eml': mail(seed='c01-3', sent=s3, frm=fr, to=to, subject='Re: ' + subj, text=t3,
                                         msgid=m3, irt=m2, refs=[m1, mc, m2]),
    }
    lab = label([iv('Canopée Santé', 'UX Researcher', start, start + timedelta(minutes=30), 'scheduled',
                    [el[1]], [el[1]], 'phone_screen')], 'medium', 'positive/thread-relative-date-fr',
                "French Gmail thread: 'jeudi à 10h30' proposed on Mon 16 Mar, reminder 'demain à 10h30' on Wed 18 Mar "
                '-> Thu 19 Mar 10:30 CET (before EU DST). The recruiter runs the 30-min visio screen herself.')
    return files, lab


@case('b192-02-kiteline-lever-pacific-dst-gap')
def c02():
    jp = ('Jordan Pike', 'jordan.pike@kiteline.example')
    pr = ('Priya Raman', 'priya.raman@kiteline.example')
    sent = T(2026, 3, 18, 22, 14, 3, tz=UTC)
    start = T(2026, 3, 24, 9, 0, tz=LA)
    end = start + timedelta(minutes=45)
    wd(start, 'Tuesday')
    lyon = start.astimezone(PARIS)
    assert (lyon.hour, lyon.utcoffset()) == (17, timedelta(hours=1))  # 5 PM CET during the 3-week gap
    zoom = 'https://kiteline.zoom.us/j/84120937745?pwd=cQm3RkVtc0ZxL2Z3bU5aUT09'
    text = f"""Hi Camille,

Thanks for picking a time! Your interview for Senior UX Researcher (Remote, EMEA-friendly hours) at Kiteline is confirmed.

When: {en_date(start)}, {ampm(start, True, True, True)} - {ampm(end, True, True, True)} PDT
Interviewer: Priya Raman, Director of UX Research
Where: Zoom - {zoom}

A quick note on time zones: the US moved to daylight saving time on March 8 but France only changes on March 29, so this is {ampm(lyon, True, True, True)} in Lyon (not 6:00 PM, as it will be from April).

Priya will want to hear about one research project end to end - slides are welcome but not required.

If you need to reschedule, just reply to this email.

Best,
Jordan Pike
Recruiting, Kiteline
"""
    cal = vendor_ics(prodid='-//Lever//Lever Interview Scheduling//EN', method='REQUEST',
                     uid=f'lever-interview-{hx("c02uid", 8)}-{hx("c02uid2", 4)}@hire.lever.co', seq=0, stamp=sent,
                     start=start, end=end, mode='tzid', tzid='America/Los_Angeles', organizer=jp,
                     attendees=[(pr[0], pr[1], 'ACCEPTED', 'REQ-PARTICIPANT', False),
                                (OWNER_NAME, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT', True)],
                     summary='Interview: Camille Rousseau <> Kiteline (Senior UX Researcher)',
                     description=f'Interview with Priya Raman (Director of UX Research).\nZoom: {zoom}',
                     location=zoom)
    msg = mail(seed='c02', sent=sent, frm=addr(jp[0], 'no-reply@hire.lever.co'), to=OWNER,
               reply_to=addr(*jp), subject='Interview confirmation: Senior UX Researcher at Kiteline', text=text,
               html_body=vendor_html('Kiteline', text, footer='Sent via Lever · hire.lever.co'),
               msgid=f'<0100019d{hx("c02m", 8)}-{hx("c02n", 8)}-{hx("c02o", 4)}-{hx("c02p", 4)}-{hx("c02q", 12)}-000000@email.amazonses.com>',
               client='vendor', via='lever', return_path=f'0100019d{hx("c02r", 16)}@amazonses.hire.lever.co',
               attachments=[ics_attachment(cal)], text_cte='quoted-printable')
    lab = label([iv('Kiteline', 'Senior UX Researcher', start, end, 'scheduled', [pr[1]], [pr[1]], 'hiring_manager')],
                'medium', 'positive/ats-lever-ics-us-zone',
                'Lever confirmation (no-reply sender, Reply-To recruiter) + .ics with America/Los_Angeles VTIMEZONE. '
                'Tue 24 Mar 9:00 PDT = 17:00 CET: US already on DST, France not yet (Mar 8-29 gap). Interviewer is '
                'the research director listed as ATTENDEE.')
    return {'01-lever-interview-confirmation.eml': msg}, lab


@case('b192-03-kessler-teams-fr-panel-swiss-hq')
def c03():
    nf = ('Nadine Frei', 'nadine.frei@kessler-rueck.example')
    la_ = ('Lukas Ammann', 'lukas.ammann@kessler-rueck.example')
    sp = ('Sophie Perrin', 'sophie.perrin@kessler-rueck.example')
    sent = T(2026, 3, 24, 8, 47, 12, tz=UTC)
    start = T(2026, 4, 2, 14, 0, tz=ZURICH)
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=2)  # CEST although Outlook prints "(UTC+01:00)"
    intro = """Bonjour Madame Rousseau,

Suite à votre échange avec notre équipe recrutement, nous avons le plaisir de vous convier à un entretien en visio pour le poste de UX Researcher Digital Underwriting (80–100 %, Genève).

Vous échangerez avec :
- Lukas Ammann, Head of Design Research (siège de Zurich) – cette partie se déroulera en anglais ;
- Sophie Perrin, Product Owner Underwriting Tools (bureau de Genève).

Je m'occupe uniquement de l'organisation et ne participerai pas à l'entretien. Merci d'accepter l'invitation pour confirmer votre présence ; en cas d'empêchement, vous pouvez me joindre au +41 44 000 27 61.

Meilleures salutations / Freundliche Grüsse

Nadine Frei
HR Business Partner
Kessler Rück AG · Siège : Zurich · Bureau de Genève"""
    msg, _ = outlook_invite(seed='c03', sent=sent, organizer=nf,
                            attendees=[(OWNER_NAME, OWNER), la_, sp],
                            summary='Entretien – UX Researcher Digital Underwriting – Camille Rousseau',
                            start=start, end=end, wintz='W. Europe Standard Time', intro=intro, location='',
                            msgid=omid('c03', 'ZR0P278MB0917'))
    lab = label([iv('Kessler Rück AG', 'UX Researcher Digital Underwriting', start, end, 'scheduled',
                    [la_[1], sp[1]], [la_[1], sp[1]], 'onsite')],
                'medium', 'positive/outlook-teams-fr-panel',
                'French-locale Exchange/Teams invite ("Quand :", "Rejoindre la réunion maintenant"), Windows TZID '
                'W. Europe Standard Time; display label says (UTC+01:00) but 2 April is CEST (+02:00). Two '
                'interviewers -> panel -> onsite; HR organizer explicitly does not attend.')
    return {'01-invitation-entretien-teams.eml': msg}, lab


@case('b192-04-lumen-google-invite-moved-across-dst')
def c04():
    tg = ('Thomas Girard', 'thomas.girard@lumen-mobilites.example')
    created = T(2026, 3, 23, 10, 2, 40, tz=UTC)
    s1, s2, s3 = T(2026, 3, 23, 10, 2, 41, tz=UTC), T(2026, 3, 26, 16, 48, 5), T(2026, 3, 26, 15, 47, 12, tz=UTC)
    first = T(2026, 3, 27, 11, 0)
    final = T(2026, 3, 31, 15, 0)
    wd(first, 'vendredi')
    wd(final, 'mardi')
    wd(s2, 'jeudi')
    assert first.utcoffset() == timedelta(hours=1) and final.utcoffset() == timedelta(hours=2)
    assert s3 < s2.astimezone(UTC)  # updated invitation goes out a minute before the explanatory e-mail
    desc = ("Entretien avec Thomas Girard, Head of Product, pour le poste de UX Researcher (CDI, Paris / hybride).\n"
            "On parlera de votre parcours, de vos méthodes et d'une étude dont vous êtes fière.")
    summary = 'Entretien UX Researcher – Camille Rousseau / Thomas Girard'
    inv1, uid, _ = google_invite(seed='c04-a', lang='fr', sent=s1, organizer=tg,
                                 guests=[(None, OWNER, 'NEEDS-ACTION')], summary=summary, start=first,
                                 end=first + timedelta(minutes=45), tzid='Europe/Paris', description=desc,
                                 created=created, meet='hbq-wrtz-kmo')
    inv2, uid2, _ = google_invite(seed='c04-a', lang='fr', sent=s3, organizer=tg,
                                  guests=[(None, OWNER, 'NEEDS-ACTION')], summary=summary, start=final,
                                  end=final + timedelta(minutes=45), tzid='Europe/Paris', description=desc,
                                  created=created, meet='hbq-wrtz-kmo', seq=1, updated=True)
    assert uid == uid2
    t2 = f"""Bonjour Camille,

Désolé pour ce changement de dernière minute : notre comité de direction a été déplacé sur le créneau de demain 11h et je ne peux pas y échapper.

Je vous ai renvoyé l'invitation pour mardi prochain, 31 mars, à 15h (même lien Meet, toujours 45 minutes). Attention, on sera passés à l'heure d'été entre-temps !

Si ce créneau ne vous convient pas, dites-le-moi et on trouvera autre chose.

Bien à vous,
Thomas

--
Thomas Girard
Head of Product · Lumen Mobilités
"""
    files = {
        '01-invitation-entretien-27-mars.eml': inv1,
        '02-invitation-mise-a-jour-31-mars.eml': inv2,
        '03-thomas-decalage.eml': mail(seed='c04-b', sent=s2, frm=addr(*tg), to=addr(OWNER_NAME, OWNER),
                                       subject='Notre entretien de demain – petit décalage', text=t2,
                                       msgid=gmid('c04-b')),
    }
    lab = label([iv('Lumen Mobilités', 'UX Researcher', final, final + timedelta(minutes=45), 'scheduled',
                    [tg[1]], [tg[1]], 'hiring_manager')],
                'medium', 'positive/google-reschedule-across-eu-dst',
                'French Google invite for Fri 27 Mar 11:00 CET, then "Invitation mise à jour" (same UID, SEQUENCE:1) '
                'for Tue 31 Mar 15:00 CEST, plus an e-mail from the organizer. One interview at the final time; the '
                'organizer is the hiring manager who conducts it.')
    return files, lab


@case('b192-05-tidewater-greenhouse-cancelled')
def c05():
    mv = ('Marisol Vega', 'marisol.vega@tidewater-labs.example')
    s1, s2, s3 = T(2026, 3, 10, 19, 30, 11, tz=UTC), T(2026, 3, 13, 10, 5, 44, tz=NY), T(2026, 3, 13, 14, 9, 2, tz=UTC)
    start = T(2026, 3, 17, 11, 0, tz=NY)
    end = start + timedelta(hours=1)
    wd(start, 'Tuesday')
    wd(s2, 'Friday')
    paris = start.astimezone(PARIS)
    assert paris.hour == 16 and start.utcoffset() == timedelta(hours=-4)
    meet = 'https://meet.google.com/tpw-xgzc-kfa'
    t1 = f"""Hi Camille,

Thank you for taking the time to speak with us! Here are the details for your upcoming interview for the UX Researcher, Growth role:

{en_date(start)}
{ampm(start, True, True, True)} - {ampm(end, True, True, True)} EDT ({paris:%H:%M} - {end.astimezone(PARIS):%H:%M} CET)

Research Craft Interview with Dana Whitcomb (Research Manager)

Location: Google Meet - {meet}

A calendar invitation is attached. If anything comes up, reply to this email and I'll help find a new time.

Best,
Marisol Vega
Recruiting Coordinator, Tidewater Labs
"""
    uid = f'gh-interview-{digits("c05uid", 9)}@greenhouse.io'
    cal1 = vendor_ics(prodid='-//Greenhouse Software Inc//Greenhouse Recruiting//EN', method='REQUEST', uid=uid,
                      seq=0, stamp=s1, start=start, end=end, mode='tzid', tzid='America/New_York', organizer=mv,
                      attendees=[(OWNER_NAME, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT', True)],
                      summary='Interview: UX Researcher, Growth - Tidewater Labs',
                      description=f'Research Craft Interview with Dana Whitcomb (Research Manager)\nGoogle Meet: {meet}',
                      location=meet)
    gh_mid1 = f'<{hx("c05gh1", 24)}@greenhouse.io>'
    msg1 = mail(seed='c05-1', sent=s1, frm=addr('Tidewater Labs', 'no-reply@greenhouse.io'), to=OWNER,
                reply_to=addr(*mv), subject='Interview Confirmation: UX Researcher, Growth at Tidewater Labs',
                text=t1, html_body=vendor_html('Tidewater Labs', t1, footer='Powered by Greenhouse'),
                msgid=gh_mid1, client='vendor', via='greenhouse', attachments=[ics_attachment(cal1)])
    t2 = f"""Hi Camille,

I'm really sorry to be sending this, but we need to cancel your interview on Tuesday (3/17) with Dana. Leadership paused hiring for the UX Researcher, Growth role this week while they re-plan the team, so we're not moving forward with any interviews for now.

This isn't a reflection on your candidacy at all - Dana was looking forward to meeting you. If the role reopens I'll reach out to you first.

You'll get a calendar cancellation from Greenhouse shortly.

Warmly,
Marisol

--
Marisol Vega | Recruiting Coordinator | Tidewater Labs

On Tue, Mar 10, 2026 at 3:30 PM Tidewater Labs <no-reply@greenhouse.io> wrote:
{quote(t1)}"""
    m2 = gmid('c05-2')
    msg2 = mail(seed='c05-2', sent=s2, frm=addr(*mv), to=addr(OWNER_NAME, OWNER),
                subject='Re: Interview Confirmation: UX Researcher, Growth at Tidewater Labs', text=t2, msgid=m2,
                irt=gh_mid1, refs=[gh_mid1])
    cal3 = vendor_ics(prodid='-//Greenhouse Software Inc//Greenhouse Recruiting//EN', method='CANCEL', uid=uid,
                      seq=1, stamp=s3, start=start, end=end, mode='tzid', tzid='America/New_York', organizer=mv,
                      attendees=[(OWNER_NAME, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT', False)],
                      summary='Canceled: Interview: UX Researcher, Growth - Tidewater Labs',
                      description='This interview has been canceled.', location=meet, status='CANCELLED')
    t3 = f"""Hi Camille,

Your interview for UX Researcher, Growth at Tidewater Labs scheduled for {en_date(start)} at {ampm(start, True, True, True)} EDT has been canceled.

Please reply to this email if you have any questions.

Tidewater Labs Recruiting
"""
    msg3 = mail(seed='c05-3', sent=s3, frm=addr('Tidewater Labs', 'no-reply@greenhouse.io'), to=OWNER,
                reply_to=addr(*mv), subject='Interview Canceled: UX Researcher, Growth at Tidewater Labs', text=t3,
                html_body=vendor_html('Tidewater Labs', t3, footer='Powered by Greenhouse'),
                msgid=f'<{hx("c05gh3", 24)}@greenhouse.io>', client='vendor', via='greenhouse',
                attachments=[ics_attachment(cal3, method='CANCEL')])
    lab = label([iv('Tidewater Labs', 'UX Researcher, Growth', start, end, 'cancelled', [], [mv[1]], 'technical')],
                'medium', 'positive/cancellation',
                'Greenhouse confirmation (11:00 EDT = 16:00 CET, gap weeks) then the coordinator cancels (role on hold) '
                'and Greenhouse sends METHOD:CANCEL. Kept as cancelled. Interviewer Dana has no address in the case '
                '-> follow-up goes to the coordinator (Reply-To), never no-reply@greenhouse.io.')
    return {'01-greenhouse-confirmation.eml': msg1, '02-marisol-cancel.eml': msg2,
            '03-greenhouse-canceled-ics.eml': msg3}, lab


@case('b192-06-rhone-digital-screen-then-case-study')
def c06():
    lb = ('Léa Bonvin', 'lea.bonvin@rhone-digital.example')
    md = ('Marc Dufour', 'marc.dufour@rhone-digital.example')
    ih = ('Inès Haddad', 'ines.haddad@rhone-digital.example')
    s1, s_cam, s2 = T(2026, 4, 1, 14, 20, 55, tz=ZURICH), T(2026, 4, 1, 19, 2, 0, tz=ZURICH), T(2026, 4, 2, 8, 12, 31, tz=ZURICH)
    s3, s4 = T(2026, 4, 8, 16, 45, 20, tz=ZURICH), T(2026, 4, 8, 14, 52, 3, tz=UTC)
    screen = T(2026, 4, 8, 9, 30, tz=ZURICH)
    study = T(2026, 4, 15, 14, 0, tz=ZURICH)
    study_end = T(2026, 4, 15, 15, 30, tz=ZURICH)
    wd(screen, 'mercredi')
    wd(study, 'mercredi')
    wd(s1, 'mercredi')
    wd(s_cam, 'mercredi')
    assert (study.date() - s3.date()).days == 7  # "mercredi prochain" sent on a Wednesday
    sig = ('Léa Bonvin\nTalent Acquisition Specialist\nRhône Digital SA\nRue des Gares 12, 1201 Genève\n'
           'T +41 22 000 48 15')
    subj = 'Candidature UX Researcher senior – Rhône Digital'
    m1, mc, m2 = omid('c06-1'), f'<{hx("c06cam", 8).upper()}-{hx("c06cam2", 4).upper()}@example.com>', omid('c06-2')
    t1 = f"""Bonjour Madame Rousseau,

Merci pour votre candidature au poste de UX Researcher senior. Votre expérience sur des services B2B bilingues correspond bien à ce que nous recherchons.

Je vous propose un premier entretien téléphonique de 30 minutes avec moi le mercredi 8 avril à 9h30. Cela vous conviendrait-il ? Si ce n'est pas le cas, n'hésitez pas à me proposer d'autres créneaux.

Meilleures salutations,

{sig}
"""
    t_cam = f"""Bonjour Madame Bonvin,

Avec plaisir, le mercredi 8 avril à 9h30 me convient très bien. Vous pouvez me joindre au {OWNER_PHONE}.

Bien cordialement,
Camille Rousseau
"""
    t2 = f"""Bonjour Madame Rousseau,

Parfait, c'est noté pour mercredi 8 avril à 9h30. Je vous appellerai au numéro indiqué.

Meilleures salutations,

{sig}

De : Camille Rousseau <{OWNER}>
Envoyé : mercredi 1 avril 2026 19:02
À : Léa Bonvin <{lb[1]}>
Objet : RE: {subj}

{t_cam}
De : Léa Bonvin <{lb[1]}>
Envoyé : mercredi 1 avril 2026 14:20
À : Camille Rousseau <{OWNER}>
Objet : {subj}

{t1}"""
    t3 = f"""Bonjour Camille,

Merci encore pour notre échange de ce matin, c'était un plaisir !

Comme évoqué, la prochaine étape est un entretien avec l'équipe produit : vous présenterez une étude de cas de votre choix (20 minutes), suivie d'une discussion. Il aura lieu mercredi prochain, 15 avril, de 14h00 à 15h30, dans nos bureaux à Genève (Rue des Gares 12, 3e étage – salle Salève).

Vous rencontrerez :
- Marc Dufour, Head of UX (en copie)
- Inès Haddad, Lead Product Designer (en copie)

Je vous envoie l'invitation Outlook dans la foulée. Je ne participerai pas à cet entretien, mais je reste votre contact pour toute question pratique.

Meilleures salutations,

{sig}
"""
    m3 = omid('c06-3')
    intro = f"""Bonjour Camille,

Voici l'invitation pour la présentation de votre étude de cas (20 min) suivie d'un échange avec Marc Dufour (Head of UX) et Inès Haddad (Lead Product Designer).

Adresse : Rhône Digital SA, Rue des Gares 12, 1201 Genève – 3e étage, salle Salève. Merci de vous présenter à l'accueil quelques minutes avant.

Meilleures salutations,
Léa Bonvin"""
    inv, _ = outlook_invite(seed='c06-4', sent=s4, organizer=lb, attendees=[(OWNER_NAME, OWNER), md, ih],
                            summary='Entretien étude de cas – Camille Rousseau (UX Researcher senior)', start=study,
                            end=study_end, wintz='W. Europe Standard Time', intro=intro,
                            location='Rhône Digital SA – salle Salève, Rue des Gares 12, 1201 Genève', teams=False)
    files = {
        '01-lea-proposition-entretien-telephonique.eml': mail(seed='c06-1', sent=s1, frm=addr(*lb), to=addr(OWNER_NAME, OWNER),
                                                              subject=subj, text=t1, msgid=m1, client='outlook'),
        '02-lea-confirmation-8-avril.eml': mail(seed='c06-2', sent=s2, frm=addr(*lb), to=addr(OWNER_NAME, OWNER),
                                                subject='RE: ' + subj, text=t2, msgid=m2, irt=mc, refs=[m1, mc],
                                                client='outlook'),
        '03-lea-prochaine-etape-etude-de-cas.eml': mail(seed='c06-3', sent=s3, frm=addr(*lb), to=addr(OWNER_NAME, OWNER),
                                                        cc=addrs(md, ih),
                                                        subject='Rhône Digital – prochaine étape : présentation d\'une étude de cas',
                                                        text=t3, msgid=m3, client='outlook'),
        '04-invitation-outlook-etude-de-cas.eml': inv,
    }
    lab = label([
        iv('Rhône Digital SA', 'UX Researcher senior', screen, screen + timedelta(minutes=30), 'scheduled',
           [lb[1]], [lb[1]], 'phone_screen'),
        iv('Rhône Digital SA', 'UX Researcher senior', study, study_end, 'scheduled', [md[1], ih[1]],
           [md[1], ih[1]], 'onsite'),
    ], 'hard', 'positive/two-interviews-same-company',
        'Geneva company, Outlook thread: 30-min phone screen with the recruiter on Wed 8 Apr 09:30, then (after the '
        'screen) an in-person case-study presentation "mercredi prochain, 15 avril" 14:00-15:30 with two '
        'interviewers, also sent as an Outlook invite (in person, no Teams). Two interviews.')
    return files, lab


@case('b192-07-saleve-robotics-onsite-two-invites')
def c07():
    av = ('Anaïs Vuilleumier', 'anais.vuilleumier@saleve-robotics.example')
    hv = ('Henrik Vogel', 'henrik.vogel@saleve-robotics.example')
    cm = ('Chloé Masson', 'chloe.masson@saleve-robotics.example')
    rm = ('Ravi Menon', 'ravi.menon@saleve-robotics.example')
    s1 = T(2026, 4, 16, 11, 3, 27, tz=ZURICH)
    s2, s3 = T(2026, 4, 16, 9, 10, 2, tz=UTC), T(2026, 4, 16, 9, 12, 45, tz=UTC)
    day = (2026, 4, 22)
    a, b = T(*day, 9, 30, tz=ZURICH), T(*day, 12, 0, tz=ZURICH)
    c, d = T(*day, 13, 15, tz=ZURICH), T(*day, 14, 0, tz=ZURICH)
    wd(a, 'Wednesday')
    wd(s1, 'Thursday')
    addr_office = 'Salève Robotics, Chemin du Pré-Fleuri 9, 1228 Plan-les-Ouates, Switzerland'
    t1 = f"""Hi Camille,

We're excited to welcome you to our Plan-les-Ouates office next Wednesday (22 April) for your onsite for the Senior UX Researcher position. Here is your schedule (all times Geneva time):

09:30 - 10:15  Research craft deep-dive - Henrik Vogel, Principal UX Researcher
10:15 - 11:00  Working with product - Chloé Masson, Product Manager, Fleet Software
11:00 - 11:15  Break
11:15 - 12:00  Portfolio presentation - Henrik, Chloé and Ravi
12:00 - 13:15  Lunch with the design team (not an interview, promise!)
13:15 - 14:00  Hiring manager conversation - Ravi Menon, Head of Design

You'll receive two calendar invitations, one for the morning block and one for the afternoon. Please bring an ID for the front desk; visitor parking is in front of building B.

If anything comes up on the day, I'm your contact: +41 22 000 63 90.

Best,
Anaïs

--
Anaïs Vuilleumier
People Operations Coordinator · Salève Robotics
"""
    inv1, _, _ = google_invite(seed='c07-a', lang='en', sent=s2, organizer=av, org_attends=False,
                               guests=[(hv[0], hv[1], 'ACCEPTED'), (cm[0], cm[1], 'ACCEPTED'), (rm[0], rm[1], 'ACCEPTED'),
                                       (None, OWNER, 'NEEDS-ACTION')],
                               summary='Onsite (morning) - Camille Rousseau - Senior UX Researcher', start=a, end=b,
                               tzid='Europe/Zurich', created=s2, location=addr_office,
                               description='Research craft (Henrik), working with product (Chloé), break, portfolio '
                                           'presentation (Henrik, Chloé, Ravi). Lunch with the design team follows.')
    inv2, _, _ = google_invite(seed='c07-b', lang='en', sent=s3, organizer=av, org_attends=False,
                               guests=[(rm[0], rm[1], 'ACCEPTED'), (None, OWNER, 'NEEDS-ACTION')],
                               summary='Onsite (afternoon) - Hiring manager conversation - Camille Rousseau', start=c,
                               end=d, tzid='Europe/Zurich', created=s3, location=addr_office,
                               description='Hiring manager conversation with Ravi Menon, Head of Design.')
    files = {
        '02-invite-onsite-morning.eml': inv1,
        '03-invite-onsite-afternoon.eml': inv2,
        '01-anais-onsite-itinerary.eml': mail(seed='c07-c', sent=s1, frm=addr(*av), to=addr(OWNER_NAME, OWNER),
                                              subject='Your onsite at Salève Robotics - Wednesday 22 April', text=t1,
                                              msgid=gmid('c07-c')),
    }
    lab = label([iv('Salève Robotics', 'Senior UX Researcher', a, d, 'scheduled', [hv[1], cm[1], rm[1]],
                    [hv[1], cm[1], rm[1]], 'onsite')],
                'hard', 'positive/onsite-loop-several-invites',
                'Same-day loop in Geneva sent as two Google invites (09:30-12:00, 13:15-14:00 CEST) plus an itinerary '
                'e-mail with a lunch break: ONE onsite 09:30-14:00 with all three interviewers; the coordinator '
                'organizes but is not a guest.')
    return files, lab


@case('b192-08-prairie-health-gcal-api-chicago')
def c08():
    bs = ('Beth Sorensen', 'beth.sorensen@prairiehealth.example')
    go = ('Gabriel Ortiz', 'gabriel.ortiz@prairiehealth.example')
    start = T(2026, 3, 12, 10, 0, tz=CHI)
    end = start + timedelta(minutes=45)
    wd(start, 'Thursday')
    lyon = start.astimezone(PARIS)
    assert lyon.hour == 16 and start.utcoffset() == timedelta(hours=-5)
    created, updated = T(2026, 3, 5, 15, 41, 9, tz=UTC), T(2026, 3, 6, 8, 2, 37, tz=UTC)
    ev_id = alnum('c08id', 26).lower()
    zoom = 'https://prairiehealth.zoom.us/j/93310558214?pwd=Rk1zWmJ4aE5ZcGtBd3BQV2x2dz09'
    event = {
        'kind': 'calendar#event',
        'etag': f'"{digits("c08etag", 16)}"',
        'id': ev_id,
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid='
                    + base64.urlsafe_b64encode(f'{ev_id} {OWNER}'.encode()).decode().rstrip('='),
        'created': gapi(created),
        'updated': gapi(updated),
        'summary': 'Prairie Health - Interview w/ Gabriel Ortiz (UX Research Lead)',
        'description': ('Hiring manager interview with Gabriel Ortiz (VP Product) for the UX Research Lead (Remote) '
                        'role. 45 minutes.\n\nBeth (Recruiting) set this up and will not join the call.\n\n'
                        f'Camille - this is 4:00 PM for you in Lyon (we switched to daylight time on March 8, '
                        f'France switches on March 29).\n\nZoom: {zoom}'),
        'location': zoom,
        'creator': {'email': bs[1], 'displayName': bs[0]},
        'organizer': {'email': bs[1], 'displayName': bs[0]},
        'start': {'dateTime': lyon.isoformat(), 'timeZone': 'America/Chicago'},
        'end': {'dateTime': end.astimezone(PARIS).isoformat(), 'timeZone': 'America/Chicago'},
        'iCalUID': f'{ev_id}@google.com',
        'sequence': 0,
        'attendees': [
            {'email': bs[1], 'displayName': bs[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': go[1], 'displayName': go[0], 'responseStatus': 'accepted'},
            {'email': OWNER, 'displayName': OWNER_NAME, 'self': True, 'responseStatus': 'accepted'},
        ],
        'guestsCanInviteOthers': False,
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    lab = label([iv('Prairie Health', 'UX Research Lead', start, end, 'scheduled', [go[1]], [go[1]], 'hiring_manager')],
                'medium', 'positive/gcal-api-json-us-zone',
                'Calendar API event only. dateTime is rendered in the owner calendar zone (16:00+01:00) while the event '
                'timeZone is America/Chicago (10:00 CDT, Mar 8-29 gap). Organizer/recruiter explicitly does not join; '
                'interviewer is the VP Product attendee.')
    return {'01-prairie-health-interview.gcal.json': json.dumps(event, indent=2, ensure_ascii=False) + '\n'}, lab


@case('b192-09-quinconce-cafe-calendly')
def c09():
    br = ('Bastien Roux', 'bastien@quinconce.example')
    s1, s2 = T(2026, 3, 31, 9, 41, 0), T(2026, 4, 1, 7, 12, 30, tz=UTC)
    start = T(2026, 4, 9, 8, 30)
    end = start + timedelta(minutes=30)
    wd(start, 'jeudi')
    t1 = """Bonjour Camille,

Merci pour ta candidature au poste de UX Researcher (CDI) chez Quinconce !

Chez nous, la première étape du process de recrutement est un café de 30 minutes avec moi, au studio à la Croix-Rousse ou en visio si tu préfères. C'est informel, mais c'est bien notre premier entretien : je te présente l'atelier et nos projets, et tu me racontes ton parcours.

Tu peux réserver le créneau qui t'arrange ici : https://calendly.com/bastien-quinconce/cafe-recrutement

À très vite,
Bastien

--
Bastien Roux
Fondateur · Atelier Quinconce
Design de services · Lyon 4e
"""
    t2 = f"""Bonjour Camille Rousseau,

Votre événement a été planifié.

Café recrutement – Quinconce
Avec : Bastien Roux
{hm(start)} - {hm(end)}, {fr_date(start)}
Heure d'Europe centrale

Lieu :
Studio Quinconce, 5 rue des Pierres-Plantées, 69004 Lyon (sonner « Quinconce », 2e étage)

Une invitation de calendrier a été envoyée à votre adresse e-mail.

Besoin d'apporter des modifications à cet événement ?
Annuler : https://calendly.com/cancellations/{hx('c09c', 8)}-{hx('c09d', 4)}-{hx('c09e', 4)}-{hx('c09f', 4)}-{hx('c09g', 12)}
Reprogrammer : https://calendly.com/reschedulings/{hx('c09c', 8)}-{hx('c09d', 4)}-{hx('c09e', 4)}-{hx('c09f', 4)}-{hx('c09g', 12)}

Propulsé par Calendly.com
"""
    cal = vendor_ics(prodid='-//Calendly//Calendly Scheduling//EN', method='REQUEST',
                     uid=f'{hx("c09uid", 8)}-{hx("c09uid2", 4)}-{hx("c09uid3", 4)}-{hx("c09uid4", 12)}@calendly.com',
                     seq=0, stamp=s2, start=start, end=end, mode='utc', organizer=br,
                     attendees=[(br[0], br[1], 'ACCEPTED', 'REQ-PARTICIPANT', False),
                                (OWNER_NAME, OWNER, 'ACCEPTED', 'REQ-PARTICIPANT', False)],
                     summary='Café recrutement – Quinconce entre Bastien Roux et Camille Rousseau',
                     description='Premier entretien (café) avec Bastien Roux, fondateur.\n\nAnnuler ou reprogrammer : '
                                 'https://calendly.com/reschedulings/' + hx('c09c', 8),
                     location='Studio Quinconce, 5 rue des Pierres-Plantées, 69004 Lyon')
    files = {
        '01-bastien-cafe-recrutement.eml': mail(seed='c09-1', sent=s1, frm=addr(*br), to=addr(OWNER_NAME, OWNER),
                                                subject='Ta candidature chez Quinconce ☕', text=t1, msgid=gmid('c09-1')),
        '02-calendly-confirmation.eml': mail(seed='c09-2', sent=s2, frm='Calendly <notifications@calendly.com>',
                                             to=OWNER, reply_to=addr(*br),
                                             subject=f'Confirmé : Café recrutement – Quinconce avec Bastien Roux le '
                                                     f'{FR_DAY_ABBR[start.weekday()]} {start.day} '
                                                     f'{FR_MON_ABBR[start.month - 1]} {start.year} {hm(start)}',
                                             text=t2, html_body=vendor_html('Calendly', t2),
                                             msgid=f'<{alnum("c09m", 22)}@geopod-ismtpd-3>', client='vendor',
                                             via='calendly', attachments=[ics_attachment(cal)]),
    }
    lab = label([iv('Atelier Quinconce', 'UX Researcher', start, end, 'scheduled', [br[1]], [br[1]], 'other')],
                'medium', 'positive/coffee-chat-calendly',
                'Founder states the 30-min "café" is the first interview of the process; booked through Calendly '
                '(notifications@calendly.com, Reply-To founder, .ics in UTC). Calendly prints "Heure d\'Europe centrale" '
                'for a CEST date (9 Apr 08:30 = 06:30Z).')
    return files, lab


@case('b192-10-rheinkraft-agency-forward-german')
def c10():
    jf = ('Julien Favre', 'julien.favre@talents-leman.example')
    sk = ('Sabine Keller', 'sabine.keller@rheinkraft-pharma.example')
    rz = ('Regula Zgraggen', 'regula.zgraggen@rheinkraft-pharma.example')
    s0, s1 = T(2026, 4, 9, 17, 42, tz=ZURICH), T(2026, 4, 10, 9, 18, 44, tz=ZURICH)
    start = T(2026, 4, 16, 10, 0, tz=ZURICH)
    end = start + timedelta(hours=1)
    wd(start, 'Donnerstag')
    wd(start, 'jeudi')
    wd(s0, 'jeudi')
    subj = 'Bestätigung Vorstellungsgespräch – UX Researcher Clinical Apps / C. Rousseau'
    text = f"""Bonjour Camille,

Bonne nouvelle : Rheinkraft confirme votre entretien ! Je vous transfère leur message (en allemand) – en résumé :
- jeudi 16 avril, de 10h00 à 11h00, en visio (Teams) ;
- avec Dr Regula Zgraggen, Head of Patient Experience, qui serait votre future manager ;
- le lien Teams vous sera envoyé directement par leur service RH.

Je vous appelle lundi pour le préparer ensemble. Si vous avez une question sur le poste d'ici là, vous pouvez aussi écrire directement à Mme Zgraggen (en copie du message ci-dessous).

Bien cordialement,

Julien Favre
Consultant senior – Digital & Data
Talents Léman Conseil | Genève – Lausanne
+41 22 000 11 22

De : Sabine Keller <{sk[1]}>
Envoyé : jeudi 9 avril 2026 17:42
À : Julien Favre <{jf[1]}>
Cc : Regula Zgraggen <{rz[1]}>
Objet : {subj}

Grüezi Herr Favre

Gerne bestätigen wir das Vorstellungsgespräch mit Frau Rousseau für die Stelle UX Researcher Clinical Apps (80–100 %):

Datum: Donnerstag, 16. April 2026
Zeit: 10:00 – 11:00 Uhr
Ort: Microsoft Teams (die Einladung senden wir Frau Rousseau direkt)
Gesprächspartnerin: Dr. Regula Zgraggen, Head of Patient Experience

Das Gespräch kann auf Englisch oder Französisch geführt werden.

Freundliche Grüsse

Sabine Keller
HR Specialist
Rheinkraft Pharma AG | Basel
"""
    msg = mail(seed='c10', sent=s1, frm=addr(*jf), to=addr(OWNER_NAME, OWNER), subject='TR: ' + subj, text=text,
               msgid=omid('c10', 'GV0P278MB0561'), client='outlook', charset='windows-1252')
    lab = label([iv('Rheinkraft Pharma AG', 'UX Researcher Clinical Apps', start, end, 'scheduled', [rz[1]], [rz[1]],
                    'hiring_manager')],
                'hard', 'positive/agency-forward-german',
                'Recruitment-agency consultant forwards (Outlook "TR:", windows-1252 QP) the Basel client\'s German '
                'confirmation: Donnerstag 16. April 10:00-11:00 (CEST) via Teams with Dr. Regula Zgraggen, whose '
                'address appears in the forwarded Cc. Company is the client, not the agency; HR sender only schedules.')
    return {'01-julien-tr-bestaetigung-vorstellungsgespraech.eml': msg}, lab


@case('b192-11-ocre-studio-standalone-floating-ics')
def c11():
    hl = ('Hugo Lemaire', 'hugo.lemaire@ocre-studio.example')
    start = T(2026, 5, 5, 14, 0)
    end = T(2026, 5, 5, 15, 15)
    wd(start, 'mardi')
    desc = ("Deuxième entretien pour le poste de UX Researcher (CDI, Marseille / télétravail partiel).\n"
            "Mardi 5 mai, 14h00 heure de Paris : atelier de synthèse sur un jeu de verbatims (45 min) puis "
            "questions-réponses (30 min) avec Hugo Lemaire, directeur associé.\n"
            "Visio : https://whereby.com/ocre-studio-entretiens\n"
            "Contact : hugo.lemaire@ocre-studio.example")
    cal = vendor_ics(prodid='-//ocre-studio.example//planning-entretiens 0.3//FR', method='PUBLISH',
                     uid=f'entretien-{hx("c11uid", 10)}@ocre-studio.example', seq=0,
                     stamp=T(2026, 4, 24, 9, 5, 0, tz=UTC), start=start, end=end, mode='floating', organizer=hl,
                     attendees=[(OWNER_NAME, OWNER, 'ACCEPTED', 'REQ-PARTICIPANT', False)],
                     summary='Entretien 2e tour – Ocre Studio (UX Researcher)', description=desc,
                     location='https://whereby.com/ocre-studio-entretiens', calname='Ocre Studio – Entretiens')
    lab = label([iv('Ocre Studio', 'UX Researcher', start, end, 'scheduled', [hl[1]], [hl[1]], 'technical')],
                'medium', 'positive/standalone-ics-floating-time',
                'Standalone .ics from a small in-house tool with floating DTSTART/DTEND (no TZID); the description '
                'says "14h00 heure de Paris" -> 5 May 14:00 CEST (+02:00), 75 minutes.')
    return {'01-entretien-ocre-studio.ics': cal}, lab


@case('b192-12-pistil-wttj-message-plus-meet-invite')
def c12():
    cn = ('Clara Nguyen', 'clara.nguyen@pistil-energie.example')
    ml = ('Margaux Lefèvre', 'margaux.lefevre@pistil-energie.example')
    s1, s2 = T(2026, 4, 17, 14, 6, 51, tz=UTC), T(2026, 4, 17, 14, 21, 9, tz=UTC)
    start = T(2026, 4, 23, 11, 0)
    end = start + timedelta(minutes=45)
    wd(s1.astimezone(PARIS), 'vendredi')
    wd(start, 'jeudi')
    assert (start.date() - s1.date()).days == 6
    appl = alnum('c12app', 10)
    t1 = f"""Bonjour Camille,

Vous avez reçu un nouveau message de Clara Nguyen (Pistil Énergie) au sujet de votre candidature « UX Researcher (H/F) – Lyon ».

« Bonjour Camille,
Merci pour votre candidature, votre profil nous plaît beaucoup ! Margaux Lefèvre, notre Head of Design, aimerait échanger avec vous lors d'un entretien en visio de 45 minutes. Je vous propose jeudi prochain, le 23 avril, à 11h. Je vous envoie directement l'invitation Google Meet ; si le créneau ne vous convient pas, dites-le-moi ici.
Clara »

Répondre au message : https://www.welcometothejungle.com/fr/me/applications/{appl}/messages

À bientôt,
L'équipe Welcome to the Jungle
"""
    foot = ('Vous recevez cet e-mail car vous avez postulé via Welcome to the Jungle. '
            'Gérer mes notifications : https://www.welcometothejungle.com/fr/me/settings/notifications')
    msg1 = mail(seed='c12-1', sent=s1, frm='Welcome to the Jungle <no-reply@welcometothejungle.com>', to=OWNER,
                subject='Nouveau message de Pistil Énergie', text=t1 + '\n' + foot + '\n',
                html_body=vendor_html('Welcome to the Jungle', t1, footer=foot),
                msgid=f'<{hx("c12m", 32)}@welcometothejungle.com>', client='vendor', via='wttj')
    desc = ('Entretien en visio avec Margaux Lefèvre, Head of Design, pour le poste de UX Researcher (H/F) à Lyon.\n'
            "Clara (RH) organise l'entretien mais n'y participera pas.")
    inv, _, _ = google_invite(seed='c12-2', lang='fr', sent=s2, organizer=cn, org_attends=False,
                              guests=[(ml[0], ml[1], 'ACCEPTED'), (None, OWNER, 'NEEDS-ACTION')],
                              summary='Entretien UX Researcher – Camille Rousseau x Margaux Lefèvre', start=start,
                              end=end, tzid='Europe/Paris', description=desc, created=s2, meet='vdn-kxqe-pzs')
    lab = label([iv('Pistil Énergie', 'UX Researcher (H/F)', start, end, 'scheduled', [ml[1]], [ml[1]], 'hiring_manager')],
                'medium', 'positive/dedupe-wttj-message-and-meet-invite',
                'Welcome to the Jungle message notification ("jeudi prochain, le 23 avril, à 11h") and the Google Meet '
                'invite for the same slot: ONE interview. HR organizer does not attend; interviewer = Head of Design.')
    return {'01-wttj-nouveau-message.eml': msg1, '02-invitation-google-meet.eml': inv}, lab


@case('b192-13-northgate-moved-by-email-autumn-gap')
def c13():
    af = ('Aaron Feld', 'aaron.feld@northgate-civic.example')
    nc = ('Naomi Castellanos', 'naomi.castellanos@northgate-civic.example')
    s1, s2, s_cam, s3 = (T(2026, 10, 23, 15, 2, 18, tz=NY), T(2026, 10, 26, 9, 40, 2, tz=NY),
                         T(2026, 10, 26, 16, 58, 31, tz=PARIS), T(2026, 10, 26, 12, 15, 47, tz=NY))
    first = T(2026, 10, 27, 11, 0, tz=NY)
    final = T(2026, 10, 29, 11, 0, tz=NY)
    wd(first, 'Tuesday')
    wd(final, 'Thursday')
    wd(s1, 'Friday')
    wd(s2, 'Monday')
    assert final.utcoffset() == timedelta(hours=-4) and final.astimezone(PARIS).hour == 16
    assert final.astimezone(PARIS).utcoffset() == timedelta(hours=1)  # EU already back on CET
    assert s2 < s_cam < s3
    zoom = 'https://northgate-civic.zoom.us/j/81234500987'
    sig = '--\nAaron Feld | Senior Technical Recruiter | Northgate Civic\nPronouns: he/him'
    subj = 'Northgate Civic - next step: conversation with Naomi'
    t1 = f"""Hi Camille,

Great news - Naomi Castellanos, our Head of Research (cc'd), would like to meet you for a 45-minute hiring manager conversation for the Staff UX Researcher role. I've penciled in Tuesday, October 27 at 11:00 AM ET on her calendar, on Zoom: {zoom}

One heads-up since we're in the odd week: Europe falls back this Sunday (Oct 25) and the US doesn't until November 1, so 11:00 AM ET will be 4:00 PM for you in Lyon, not 5:00 PM.

Let me know if that works!
Aaron

{sig}
"""
    t2 = f"""Hi Camille,

Apologies for the shuffle - a board prep session just landed on top of tomorrow's slot for Naomi. Could we move your conversation to Thursday at the same time (11:00 AM ET / 4:00 PM Lyon)? Same Zoom link.

Thanks for your flexibility,
Aaron

{sig}

On Fri, Oct 23, 2026 at 3:02 PM Aaron Feld <{af[1]}> wrote:
{quote(t1)}"""
    t_cam = """Hi Aaron,

No problem at all - Thursday at 11:00 AM ET works for me (4 PM here). See you then!

Best,
Camille
"""
    t3 = f"""Perfect, thank you! Confirmed for Thursday, October 29, 11:00-11:45 AM ET. Naomi's looking forward to it.

Aaron

{sig}

On Mon, Oct 26, 2026 at 11:58 AM Camille Rousseau <{OWNER}> wrote:
{quote(t_cam + chr(10) + f'On Mon, Oct 26, 2026 at 9:40 AM Aaron Feld <{af[1]}> wrote:' + chr(10) + quote(t2))}"""
    m1, m2, mc, m3 = gmid('c13-1'), gmid('c13-2'), f'<{hx("c13cam", 8).upper()}-{hx("c13cam2", 4).upper()}@example.com>', gmid('c13-3')
    to, cc = addr(OWNER_NAME, OWNER), addr(*nc)
    files = {
        '01-aaron-next-step.eml': mail(seed='c13-1', sent=s1, frm=addr(*af), to=to, cc=cc, subject=subj, text=t1, msgid=m1),
        '02-aaron-move-to-thursday.eml': mail(seed='c13-2', sent=s2, frm=addr(*af), to=to, cc=cc, subject='Re: ' + subj,
                                              text=t2, msgid=m2, irt=m1, refs=[m1]),
        '03-aaron-confirmed-thursday.eml': mail(seed='c13-3', sent=s3, frm=addr(*af), to=to, cc=cc,
                                                subject='Re: ' + subj, text=t3, msgid=m3, irt=mc, refs=[m1, m2, mc]),
    }
    lab = label([iv('Northgate Civic', 'Staff UX Researcher', final, final + timedelta(minutes=45), 'scheduled',
                    [nc[1]], [nc[1]], 'hiring_manager')],
                'hard', 'positive/reschedule-by-email-autumn-dst-gap',
                'Plain e-mail thread: Tue 27 Oct 11:00 ET moved to "Thursday at the same time" -> Thu 29 Oct 11:00 EDT '
                '(-04:00; US still on DST, EU already on CET, 16:00 in Lyon). Hiring manager cc\'d on every message.')
    return files, lab


# ------------------------------------------------------------------ negatives


@case('b192-14-calendly-host-user-research-interview')
def c14():
    mg = ('Martine Giraud', 'martine.giraud@mailbox.example')
    sent = T(2026, 3, 24, 8, 15, 9, tz=UTC)
    start = T(2026, 3, 25, 14, 0)
    wd(start, 'mercredi')
    text = f"""Bonjour Camille Rousseau,

Un nouvel événement a été planifié.

Type d'événement :
Entretien utilisateur (45 min) – Étude mobilité vélo

Invité :
Martine Giraud

E-mail de l'invité :
{mg[1]}

Date/heure de l'événement :
{hm(start)} - {fr_date(start)} (Heure d'Europe centrale)

Lieu :
Cet événement est un rendez-vous Google Meet. Les informations de connexion figurent dans l'invitation.

Questions :

Utilisez-vous un vélo au moins une fois par semaine ?
Oui, tous les jours pour aller au travail (Villeurbanne → Part-Dieu)

Acceptez-vous que l'entretien soit enregistré (audio) pour l'analyse ? La participation est indemnisée 40 € en bon d'achat.
Oui

Voir l'événement dans Calendly : https://calendly.com/app/scheduled_events/user/me

Propulsé par Calendly.com
"""
    msg = mail(seed='c14', sent=sent, frm='Calendly <notifications@calendly.com>', to=OWNER, reply_to=addr(*mg),
               subject=f'Nouvel événement : Martine Giraud - {hm(start)} {FR_DAY_ABBR[start.weekday()]} {start.day} '
                       f'{FR_MON_ABBR[start.month - 1]} {start.year} - Entretien utilisateur (45 min) – Étude mobilité vélo',
               text=text, html_body=vendor_html('Calendly', text), msgid=f'<{alnum("c14m", 22)}@geopod-ismtpd-5>',
               client='vendor', via='calendly')
    lab = label([], 'hard', 'negative/user-is-researcher',
                'Calendly host notification: Camille is the host running a user-research interview (freelance mobility '
                'study) with a participant. "Entretien", Calendly and a time slot, but she is the interviewer.')
    return {'01-calendly-nouvel-evenement-entretien-utilisateur.eml': msg}, lab


@case('b192-15-panelia-participant-screening-call')
def c15():
    sent = T(2026, 4, 2, 10, 30, 0)
    call = T(2026, 4, 7, 18, 0)
    wd(call, 'mardi')
    text = f"""Bonjour Camille,

Merci d'avoir répondu à notre questionnaire ! Votre profil correspond à une étude que nous menons pour un éditeur de logiciels RH : un entretien individuel en visio de 60 minutes, rémunéré 80 € (carte cadeau).

Avant de valider votre participation, Sarah, notre chargée de recrutement participants, vous appellera pour un court appel de qualification (10 minutes) :

mardi 7 avril 2026 à 18h00, au numéro se terminant par 19 03

Pendant cet appel, elle vérifiera quelques critères (outils RH utilisés, taille de votre entreprise, fréquence d'utilisation) et, si tout correspond, vous proposera un créneau pour l'entretien de l'étude.

Vous trouverez l'invitation en pièce jointe. Si ce moment ne vous convient pas, répondez simplement à cet e-mail.

Merci et à bientôt,
L'équipe recrutement Panelia
Panelia · Études qualitatives & panels · Paris
"""
    cal = vendor_ics(prodid='-//Panelia//Planning recrutement//FR', method='REQUEST',
                     uid=f'qualif-{hx("c15uid", 12)}@panelia.example', seq=0, stamp=sent, start=call,
                     end=call + timedelta(minutes=10), mode='tzid', tzid='Europe/Paris',
                     organizer=('Recrutement Panelia', 'recrutement@panelia.example'),
                     attendees=[(OWNER_NAME, OWNER, 'NEEDS-ACTION', 'REQ-PARTICIPANT', True)],
                     summary='Appel de qualification – étude rémunérée Panelia',
                     description='Appel de 10 minutes avec Sarah (recrutement participants) avant une étude '
                                 'rémunérée (entretien individuel de 60 min, 80 €).')
    msg = mail(seed='c15', sent=sent, frm='Panelia Recrutement <recrutement@panelia.example>', to=addr(OWNER_NAME, OWNER),
               subject='Étude rémunérée (80 €) : votre appel de qualification mardi 7 avril à 18h', text=text,
               html_body=vendor_html('Panelia', text), msgid=f'<{hx("c15m", 20)}@mail.panelia.example>',
               client='vendor', via='generic', attachments=[ics_attachment(cal, name='appel-qualification.ics')])
    lab = label([], 'hard', 'negative/paid-user-research-recruitment',
                'Panel vendor schedules a qualification call (with .ics) before a paid research interview where '
                'Camille would be the participant. Hiring vocabulary ("chargée de recrutement", "entretien individuel").')
    return {'01-panelia-appel-qualification.eml': msg}, lab


@case('b192-16-france-travail-convocation')
def c16():
    sent = T(2026, 4, 1, 6, 2, 11)
    rdv = T(2026, 4, 13, 9, 15)
    wd(rdv, 'lundi')
    text = f"""Madame Camille ROUSSEAU,

Vous êtes convoquée à un entretien avec votre conseillère France Travail.

Date : {fr_date(rdv)}
Heure : 09h15
Lieu : Agence France Travail Lyon Part-Dieu – accueil sur rendez-vous, 2e étage
Motif : entretien de suivi de votre projet de recherche d'emploi (point d'étape sur vos candidatures et vos démarches)
Votre conseillère : Mme Nathalie Besson

Pensez à vous munir de votre CV à jour et de la liste des entreprises auxquelles vous avez postulé.

En cas d'empêchement, merci de nous prévenir au plus tôt depuis votre espace personnel sur francetravail.fr, rubrique « Mes rendez-vous ». Toute absence non justifiée à un rendez-vous peut entraîner une radiation de la liste des demandeurs d'emploi.

Identifiant : 4817305K

Cordialement,
Votre agence France Travail

Ceci est un message automatique, merci de ne pas y répondre.
"""
    msg = mail(seed='c16', sent=sent, frm='France Travail <ne-pas-repondre@francetravail.fr>', to=OWNER,
               subject=f'Convocation : entretien avec votre conseillère le {fr_date(rdv)} à 09h15', text=text,
               html_body=vendor_html('France Travail', text, color='#1b2b5b'),
               msgid=f'<{digits("c16m", 14)}.{hx("c16n", 10)}@francetravail.fr>', client='vendor',
               via='francetravail')
    lab = label([], 'medium', 'negative/public-employment-appointment',
                'France Travail convocation to an "entretien de suivi" with a job-centre adviser: not a hiring '
                'interview even though it is about her job search.')
    return {'01-france-travail-convocation.eml': msg}, lab


@case('b192-17-meetup-ux-research-lyon')
def c17():
    sent = T(2026, 4, 3, 17, 44, 30, tz=UTC)
    ev = T(2026, 4, 14, 19, 0)
    ev_end = T(2026, 4, 14, 21, 30)
    wd(ev, 'mardi')
    title = '« Entretiens utilisateurs : recruter, conduire, synthétiser » + job board UX'
    url = f'https://www.meetup.com/ux-research-lyon/events/{digits("c17ev", 9)}/'
    text = f"""Vous participez !

UX Research Lyon
{title}

{fr_date(ev)}, de 19:00 à 21:30 (CEST)
Le Hangar 21 – 21 quai Rambaud, 69002 Lyon

Au programme :
19:00 – Accueil
19:20 – Talk : mener des entretiens utilisateurs quand on recrute soi-même ses participants
20:10 – Job board : trois entreprises qui recrutent des UX researchers présentent leurs postes (apportez votre CV !)
20:30 – Apéro & networking

Voir l'événement : {url}

Vous ne pouvez plus venir ? Modifiez votre réponse pour libérer votre place.

Meetup, 169 Madison Ave #2619, New York, NY 10016
"""
    cal = vendor_ics(prodid='-//Meetup//RemoteApi//EN', method='PUBLISH',
                     uid=f'event_{digits("c17ev", 9)}@meetup.com', seq=0, stamp=sent, start=ev, end=ev_end,
                     mode='tzid', tzid='Europe/Paris', organizer=None, attendees=[],
                     summary='UX Research Lyon : ' + title,
                     description='Talk sur les entretiens utilisateurs puis job board UX.\n' + url,
                     location='Le Hangar 21, 21 quai Rambaud, 69002 Lyon')
    msg = mail(seed='c17', sent=sent, frm='Meetup <info@meetup.com>', to=OWNER,
               subject='Vous participez : « Entretiens utilisateurs : recruter, conduire, synthétiser »', text=text,
               html_body=vendor_html('Meetup', text, color='#212121'), msgid=f'<{hx("c17m", 24)}@meetup.com>',
               client='vendor', via='meetup', attachments=[ics_attachment(cal, name='event.ics', method='PUBLISH')])
    lab = label([], 'medium', 'negative/meetup',
                'Meetup RSVP with .ics: a community evening about user interviews, with a job board and recruiters. '
                'No hiring conversation for Camille.')
    return {'01-meetup-vous-participez.eml': msg}, lab


@case('b192-18-podcast-interview-recording')
def c18():
    npe = ('Nicolas Perret', 'nicolas.perret@chercheurs-ux.example')
    sent = T(2026, 4, 9, 20, 31, 4, tz=UTC)
    start = T(2026, 4, 20, 17, 0)
    wd(start, 'lundi')
    desc = ("Salut Camille !\n\nComme convenu, on enregistre ton interview pour Les Chercheurs d'UX (épisode 42) : ton "
            "parcours entre Lyon et Genève, la recherche utilisateur en contexte bilingue, et tes conseils pour les "
            "chercheuses et chercheurs UX en recherche d'emploi.\n\nStudio Riverside : "
            "https://riverside.fm/studio/les-chercheurs-d-ux\nPrévois un casque et 1h.\n\nNicolas")
    inv, _, _ = google_invite(seed='c18', lang='fr', sent=sent, organizer=npe, guests=[(None, OWNER, 'NEEDS-ACTION')],
                              summary="Enregistrement podcast – interview de Camille Rousseau (Les Chercheurs d'UX #42)",
                              start=start, end=start + timedelta(hours=1), tzid='Europe/Paris', description=desc,
                              created=sent, location='https://riverside.fm/studio/les-chercheurs-d-ux')
    lab = label([], 'medium', 'negative/podcast',
                'Google invite to record a podcast interview about her career and job search: press/podcast '
                'interview, not a hiring step.')
    return {'01-invitation-enregistrement-podcast.eml': inv}, lab


@case('b192-19-quillfeather-lever-availability-request')
def c19():
    ho = ('Hannah Osei', 'hannah.osei@quillfeather.example')
    sent = T(2026, 4, 7, 16, 20, 0, tz=UTC)
    nine = T(2026, 4, 8, 9, 0, tz=NY)
    assert nine.astimezone(PARIS).hour == 15
    text = f"""Hi Camille,

Thanks for applying for the Senior UX Researcher (Remote - US/EU overlap) role at Quillfeather! We'd love to set up a 30-minute phone interview with me as a first step.

Please share your availability for the next week using the link below. Times are shown in your local time zone; our team is on Eastern Time, so slots between 9:00 AM and 12:00 PM ET (3:00-6:00 PM in France) work best.

Share your availability: https://hire.lever.co/interviews/availability/{hx('c19a', 8)}-{hx('c19b', 4)}-{hx('c19c', 4)}-{hx('c19d', 4)}-{hx('c19e', 12)}

Once you've submitted your times, I'll send a calendar invite for the confirmed slot.

Thanks,
Hannah Osei
Talent Partner, Quillfeather
"""
    msg = mail(seed='c19', sent=sent, frm=addr(ho[0], 'no-reply@hire.lever.co'), to=OWNER, reply_to=addr(*ho),
               subject='Quillfeather: please share your availability for a phone interview', text=text,
               html_body=vendor_html('Quillfeather', text, footer='Sent via Lever · hire.lever.co'),
               msgid=f'<0100019d{hx("c19m", 8)}-{hx("c19n", 8)}-{hx("c19o", 4)}-{hx("c19p", 4)}-{hx("c19q", 12)}-000000@email.amazonses.com>',
               client='vendor', via='lever', return_path=f'0100019d{hx("c19r", 16)}@amazonses.hire.lever.co')
    lab = label([], 'hard', 'negative/availability-request',
                'Lever availability request for a phone interview: no time booked yet (only a preferred ET window).')
    return {'01-lever-share-availability.eml': msg}, lab


@case('b192-20-maison-corbel-refus-apres-entretien')
def c20():
    ja = ('Juliette Armand', 'juliette.armand@maison-corbel.example')
    sent = T(2026, 3, 24, 11, 20, 4)
    past = T(2026, 3, 12, 14, 0)
    wd(past, 'jeudi')
    text = """Bonjour Camille,

Je vous remercie encore pour le temps que vous nous avez consacré lors de votre entretien du jeudi 12 mars avec Pauline et moi-même, ainsi que pour la qualité de votre présentation.

Après mûre réflexion, nous avons décidé de poursuivre le processus avec une autre candidate, dont l'expérience en e-commerce de luxe correspond plus directement à nos enjeux immédiats. Cette décision a été difficile à prendre.

Nous conservons bien entendu votre dossier et ne manquerons pas de revenir vers vous pour un nouvel entretien si un poste de UX Researcher s'ouvrait prochainement chez Maison Corbel.

Je vous souhaite beaucoup de réussite dans vos recherches.

Bien cordialement,

Juliette Armand
Responsable Recrutement
Maison Corbel · 8 rue du Président-Carnot, 69002 Lyon
"""
    msg = mail(seed='c20', sent=sent, frm=addr(*ja), to=addr(OWNER_NAME, OWNER),
               subject='Votre candidature – UX Researcher – Maison Corbel', text=text,
               msgid=omid('c20', 'PR3P193MB0824'), client='outlook')
    lab = label([], 'medium', 'negative/rejection',
                'French rejection that mentions a past "entretien du jeudi 12 mars" and a possible future "nouvel '
                'entretien": no interview to schedule.')
    return {'01-maison-corbel-reponse-candidature.eml': msg}, lab


@case('b192-21-mercure-entretien-video-differe')
def c21():
    sent = T(2026, 3, 30, 7, 0, 12, tz=UTC)
    deadline = T(2026, 4, 3, 23, 59)
    wd(deadline, 'vendredi')
    text = f"""Bonjour Camille,

Dans le cadre de votre candidature au poste de Chargé(e) d'études UX au sein du Groupe Mercure Assurances, nous avons le plaisir de vous inviter à réaliser un entretien vidéo différé.

Comment ça marche ?
- 5 questions s'afficheront successivement à l'écran ;
- pour chacune, vous disposez de 1 minute de préparation et de 3 minutes pour enregistrer votre réponse ;
- aucun recruteur n'est connecté pendant l'enregistrement : l'équipe visionnera vos réponses ensuite.

Date limite : {fr_date(deadline)} à 23h59 (heure de Paris)

Commencer mon entretien : https://app.recruvid.example/i/{alnum('c21link', 16)}

Nous vous conseillons un endroit calme et une connexion stable. Un entraînement illimité est disponible avant de démarrer.

Bonne chance !
L'équipe Recrutement – Groupe Mercure Assurances
(envoyé via Recruvid)
"""
    msg = mail(seed='c21', sent=sent, frm='Groupe Mercure - Recrutement <no-reply@recruvid.example>', to=OWNER,
               subject="Entretien vidéo différé – Chargé(e) d'études UX – Groupe Mercure", text=text,
               html_body=vendor_html('Recruvid', text), msgid=f'<{hx("c21m", 28)}@recruvid.example>',
               client='vendor', via='generic')
    lab = label([], 'hard', 'negative/one-way-video-interview',
                'Asynchronous one-way video "entretien vidéo différé" with a deadline; no live conversation.')
    return {'01-entretien-video-differe.eml': msg}, lab


@case('b192-22-cap-cadres-simulation-entretien-teams')
def c22():
    sc = ('Sandrine Collet', 'sandrine.collet@capcadres-coaching.example')
    sent = T(2026, 3, 23, 13, 10, 0, tz=UTC)
    start = T(2026, 3, 27, 10, 0)
    wd(start, 'vendredi')
    intro = """Bonjour Camille,

Comme convenu lors de notre dernier atelier, je vous propose une simulation d'entretien d'embauche en anglais, dans les conditions d'un entretien avec une entreprise américaine : je jouerai le rôle de la hiring manager pour un poste de Senior UX Researcher, puis nous ferons un débrief de 15 minutes.

Préparez votre pitch de 2 minutes et une étude de cas. Cette séance est incluse dans votre accompagnement Cap Cadres (financé par votre CPF).

Bien à vous,

Sandrine Collet
Coach carrière – Cap Cadres Coaching"""
    msg, _ = outlook_invite(seed='c22', sent=sent, organizer=sc, attendees=[(OWNER_NAME, OWNER)],
                            summary="Simulation d'entretien (anglais) – Camille Rousseau", start=start,
                            end=start + timedelta(hours=1), wintz='Romance Standard Time', intro=intro, location='')
    lab = label([], 'hard', 'negative/mock-interview-coaching',
                'French Teams invite from a career coach for a mock job interview in English; looks like a real '
                'hiring-manager interview but is coaching.')
    return {'01-invitation-simulation-entretien.eml': msg}, lab


# =========================================================================== main


def main():
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if name.startswith('b192-') and os.path.isdir(path):
            shutil.rmtree(path)
    labels = {}
    ids = [cid for cid, _ in CASES]
    assert len(ids) == len(set(ids))
    for n, (cid, fn) in enumerate(CASES, 1):
        assert cid.startswith(f'b192-{n:02d}-'), cid
        files, lab = fn()
        folder = os.path.join(HERE, cid)
        os.makedirs(folder)
        for fname, content in sorted(files.items()):
            assert re.match(r'^\d\d-[a-z0-9-]+\.(eml|ics|gcal\.json)$', fname), fname
            data = content.encode('utf-8') if isinstance(content, str) else content
            with open(os.path.join(folder, fname), 'wb') as fh:
                fh.write(data)
        labels[cid] = lab
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('# Labels for blind192 (written blind). Schema: /work/shared/eval/README.md.\n')
        fh.write('# Generated by make_cases.py - do not edit by hand.\n')
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for v in labels.values() if v['interview'])
    n_iv = sum(len(v['interviews']) for v in labels.values())
    canc = sum(1 for v in labels.values() for i in v['interviews'] if i['status'] == 'cancelled')
    print(f'{len(labels)} cases ({pos} positive, {len(labels) - pos} negative), {n_iv} interviews '
          f'({n_iv - canc} scheduled, {canc} cancelled)')


if __name__ == '__main__':
    main()
