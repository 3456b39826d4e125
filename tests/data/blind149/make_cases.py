#!/usr/bin/env python3
"""Regenerate the blind149 evaluation set (Polish QA automation engineer, written blind).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries, so every run writes the same bytes.
Standard library + PyYAML + zoneinfo only.  Usage:  python make_cases.py
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
PREFIX = 'b149'
UTC = timezone.utc
WAW = ZoneInfo('Europe/Warsaw')
BER = ZoneInfo('Europe/Berlin')
CHI = ZoneInfo('America/Chicago')
NYC = ZoneInfo('America/New_York')
LAX = ZoneInfo('America/Los_Angeles')

OWNER = 'agnieszka.kowalczyk@example.com'
OWNER_NAME = 'Agnieszka Kowalczyk'
OWNER_SIG = 'Agnieszka Kowalczyk\nQA Automation Engineer | Kraków\ntel. +48 600 000 318'

PL_DAYS = ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela']
PL_DAYS_ABBR = ['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.']
PL_MONTHS_GEN = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia',
                 'września', 'października', 'listopada', 'grudnia']
PL_MONTHS_ABBR = ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru']
EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']


# --------------------------------------------------------------------------- small helpers
def T(y, mo, d, h=0, mi=0, s=0, tz=WAW):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def pl_day(dt, name):
    assert PL_DAYS[dt.weekday()] == name, (dt, name)
    return name


def en_day(dt, name):
    assert EN_DAYS[dt.weekday()] == name, (dt, name)
    return name


def pl_date(dt):            # "10 lutego"
    return f'{dt.day} {PL_MONTHS_GEN[dt.month - 1]}'


def pl_full(dt):            # "wtorek, 10 lutego 2026"
    return f'{PL_DAYS[dt.weekday()]}, {dt.day} {PL_MONTHS_GEN[dt.month - 1]} {dt.year}'


def hm(dt):
    return f'{dt.hour}:{dt.minute:02d}'


def hm2(dt):
    return f'{dt.hour:02d}:{dt.minute:02d}'


def en_ampm(dt, space=True):  # "1:00 PM"
    h = dt.hour % 12 or 12
    return f'{h}:{dt.minute:02d}{" " if space else ""}{"AM" if dt.hour < 12 else "PM"}'


def g_ampm(dt):              # Google style "10am" / "10:45am"
    h = dt.hour % 12 or 12
    suf = 'am' if dt.hour < 12 else 'pm'
    return f'{h}{suf}' if dt.minute == 0 else f'{h}:{dt.minute:02d}{suf}'


def h(seed, n=32):
    return hashlib.sha256(seed.encode('utf-8')).hexdigest()[:n]


def alnum(seed, n):
    raw = base64.b64encode(hashlib.sha256(seed.encode()).digest() + hashlib.sha256((seed + '#').encode()).digest())
    return raw.decode().replace('+', '').replace('/', '').replace('=', '')[:n]


def uuidish(seed):
    x = h(seed)
    return f'{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}'


def rfc(dt):
    return format_datetime(dt)


def ics_utc(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def ics_loc(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def enc_words(s):
    if s.isascii():
        return s
    return Header(s, 'utf-8', maxlinelen=76, header_name='Subject').encode()


def addr(name, email):
    if not name:
        return email
    if not name.isascii():
        return f'{Header(name, "utf-8").encode()} <{email}>'
    if any(c in name for c in ',.;:()"\''):
        return f'"{name}" <{email}>'
    return f'{name} <{email}>'


def addrs(lst):
    return ',\n '.join(addr(n, e) for n, e in lst)


# --------------------------------------------------------------------------- MIME construction
class Part:
    def __init__(self, ctype, payload, cte=None, extra=()):
        self.ctype, self.payload, self.cte, self.extra = ctype, payload, cte, list(extra)


def encode_body(data, cte):
    if isinstance(data, str):
        data = data.encode('utf-8')
    if cte == 'quoted-printable':
        out = quopri.encodestring(data).decode('ascii')
    elif cte == 'base64':
        out = base64.encodebytes(data).decode('ascii')
    else:
        out = data.decode('utf-8')
    return out if out.endswith('\n') else out + '\n'


def leaf(ctype, data, cte='quoted-printable', extra=()):
    return Part(ctype, encode_body(data, cte), cte, extra)


def multipart(sub, boundary, parts, extra=()):
    body = ''
    for p in parts:
        body += f'--{boundary}\n{render(p)}\n'
    body += f'--{boundary}--\n'
    return Part(f'multipart/{sub}; boundary="{boundary}"', body, None, extra)


def render(p):
    lines = [f'Content-Type: {p.ctype}']
    if p.cte:
        lines.append(f'Content-Transfer-Encoding: {p.cte}')
    lines += p.extra
    return '\n'.join(lines) + '\n\n' + p.payload


def message(headers, part):
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append(f'{k}: {v}')
    out.append('MIME-Version: 1.0')
    return '\n'.join(out) + '\n' + render(part)


def received(host, ip, when, seed, by='mx1.example.com (Postfix)'):
    qid = h(seed + 'qid', 11).upper()
    w = (when + timedelta(seconds=2)).astimezone(WAW)
    return [('Delivered-To', OWNER),
            ('Received', f'from {host} ({host} [{ip}])\n        by {by} with ESMTPS id {qid}\n'
                         f'        for <{OWNER}>; {rfc(w)}')]


def gmail_boundary(seed):
    return '000000000000' + h(seed, 12)


def gmail_msgid(seed):
    return f'<CA{alnum(seed, 2).upper()}+{alnum(seed + "m", 44)}@mail.gmail.com>'


def outlook_msgid(seed, region='eurprd07'):
    tag = 'DB9PR07MB' + str(int(h(seed, 6), 16) % 9000 + 1000)
    return f'<{tag}{h(seed, 16).upper()}@{tag}.{region}.prod.outlook.com>'


def thread_index(seed):
    return base64.b64encode(bytes.fromhex(h(seed + 'ti', 44))).decode()


def text_to_html_lines(lines):
    out = []
    i = 0
    while i < len(lines):
        if lines[i].startswith('>'):
            block = []
            while i < len(lines) and lines[i].startswith('>'):
                ln = lines[i][1:]
                block.append(ln[1:] if ln.startswith(' ') else ln)
                i += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + text_to_html_lines(block) + '</blockquote>')
        else:
            out.append(html.escape(lines[i], quote=False) + '<br>')
            i += 1
    return '\n'.join(out)


def gmail_html(text):
    return '<div dir="ltr">' + text_to_html_lines(text.split('\n')) + '</div>\n'


def outlook_html(text):
    paras = ''.join(f'<p class="MsoNormal">{html.escape(ln, quote=False) or "&nbsp;"}</p>\n'
                    for ln in text.split('\n'))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
            '<body lang="PL" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + paras + '</div>\n</body>\n</html>\n')


def human_mail(*, seed, client, sent, frm, to, subject, text, cc=(), reply_to=None, irt=None, refs=(),
               attachments=(), host=None, ip='192.0.2.25', msgid=None, extra=()):
    """client: gmail | outlook | thunderbird"""
    dom = frm[1].split('@')[1]
    msgid = msgid or {'gmail': gmail_msgid, 'outlook': outlook_msgid,
                      'thunderbird': lambda s: f'<{uuidish(s)}@{dom}>'}[client](seed)
    if client == 'gmail':
        host = host or 'mail-sor-f41.google.com'
        ip = '209.85.220.41'
        body = multipart('alternative', gmail_boundary(seed + 'alt'), [
            leaf('text/plain; charset="UTF-8"', text, 'quoted-printable'),
            leaf('text/html; charset="UTF-8"', gmail_html(text), 'quoted-printable')])
    elif client == 'outlook':
        host = host or 'EUR03-DBA-obe.outbound.protection.outlook.com'
        ip = '40.107.104.' + str(int(h(seed, 2), 16) % 200 + 20)
        body = multipart('alternative', f'_000_{h(seed, 24).upper()}prodoutlookcom_', [
            leaf('text/plain; charset="utf-8"', text, 'base64'),
            leaf('text/html; charset="utf-8"', outlook_html(text), 'base64')])
    else:
        host = host or f'mail.{dom}'
        body = leaf('text/plain; charset=UTF-8; format=flowed', text, '8bit')
    if attachments:
        if client == 'gmail':
            b = gmail_boundary(seed + 'mix')
        elif client == 'outlook':
            b = f'_004_{h(seed + "mix", 24).upper()}prodoutlookcom_'
        else:
            b = '------------' + h(seed + 'mix', 24)
        body = multipart('mixed', b, [body] + list(attachments))
    hdrs = received(host, ip, sent, seed)
    hdrs += [('Return-Path', f'<{frm[1]}>'),
             ('From', addr(*frm)),
             ('To', addrs(to)),
             ('Cc', addrs(cc) if cc else None),
             ('Reply-To', addr(*reply_to) if reply_to else None),
             ('Subject', enc_words(subject)),
             ('Date', rfc(sent)),
             ('Message-ID', msgid),
             ('In-Reply-To', irt),
             ('References', ' '.join(refs) if refs else None)]
    if client == 'outlook':
        hdrs += [('Thread-Topic', enc_words(subject.split(': ', 1)[-1] if subject[:3] in ('RE:', 'Re:', 'FW:') else subject)),
                 ('Thread-Index', thread_index(seed)),
                 ('Accept-Language', 'pl-PL, en-US'),
                 ('Content-Language', 'pl-PL'),
                 ('X-MS-Has-Attach', 'yes' if attachments else ''),
                 ('X-MS-TNEF-Correlator', '')]
    elif client == 'thunderbird':
        hdrs += [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'pl')]
    hdrs += list(extra)
    return message(hdrs, body), msgid


# --------------------------------------------------------------------------- iCalendar
def fold(line):
    out, cur, n, = [], '', 0
    for ch in line:
        k = len(ch.encode('utf-8'))
        if n + k > 75:
            out.append(cur)
            cur, n = ' ', 1
        cur += ch
        n += k
    out.append(cur)
    return '\r\n'.join(out)


def ics(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def cn(name):
    return f'"{name}"' if any(c in name for c in ':;,') else name


def vtz_eu_windows(tzid):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}',
            'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE']


def vtz_olson_eu(tzid):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}',
            'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST',
            'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
            'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET',
            'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
            'END:VTIMEZONE']


def vtz_olson_us(tzid, std, dst, sname, dname):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}',
            'BEGIN:DAYLIGHT', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}', f'TZNAME:{dname}',
            'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
            'BEGIN:STANDARD', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}', f'TZNAME:{sname}',
            'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
            'END:VTIMEZONE']


MEET_SEP = '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-'


def google_ics(*, method, uid, start, end, organizer, guests, summary, desc, meet, seq, created, stamp,
               status='CONFIRMED', lang='en', location=''):
    full = desc
    if meet:
        if lang == 'pl':
            full += (f'\n\n{MEET_SEP}\nDołącz przez Google Meet: https://meet.google.com/{meet}\n\n'
                     'Więcej informacji o Meet: https://support.google.com/a/users/answer/9282720\n\n'
                     f'Nie edytuj tej sekcji.\n{MEET_SEP}')
        else:
            full += (f'\n\n{MEET_SEP}\nJoin with Google Meet: https://meet.google.com/{meet}\n\n'
                     'Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
                     f'Please do not edit this section.\n{MEET_SEP}')
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT',
         f'DTSTART:{ics_utc(start)}', f'DTEND:{ics_utc(end)}', f'DTSTAMP:{ics_utc(stamp)}',
         f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}', f'UID:{uid}']
    for name, email, ps in guests:
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE'
                 f';CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}')
    if meet:
        L.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    L += [f'CREATED:{ics_utc(created)}', 'DESCRIPTION:' + esc(full), f'LAST-MODIFIED:{ics_utc(stamp)}',
          'LOCATION:' + esc(location), f'SEQUENCE:{seq}', f'STATUS:{status}', 'SUMMARY:' + esc(summary),
          'TRANSP:OPAQUE']
    if method == 'REQUEST':
        L += ['BEGIN:VALARM', 'ACTION:EMAIL', 'DESCRIPTION:This is an event reminder',
              'SUMMARY:Alarm notification', f'ATTENDEE:mailto:{OWNER}', 'TRIGGER:-P0DT0H30M0S',
              'END:VALARM', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
              'TRIGGER:-P0DT0H10M0S', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ics(L)


GOOGLE_TZ_LABEL = {
    ('en', 'Europe/Berlin'): 'Central European Time - Berlin',
    ('en', 'Europe/Warsaw'): 'Central European Time - Warsaw',
    ('en', 'America/New_York'): 'Eastern Time - New York',
    ('pl', 'Europe/Warsaw'): 'Czas środkowoeuropejski – Warszawa',
}


def google_invite(*, seed, kind, lang, title, start, end, tz, organizer, guests, description, meet, uid, seq,
                  sent, created, note=None):
    """kind: new | update | cancel. guests: [(name, email, partstat)] incl. organizer and owner."""
    s, e = start.astimezone(tz), end.astimezone(tz)
    abbr = s.tzname()
    if lang == 'pl':
        when_subj = (f'{PL_DAYS_ABBR[s.weekday()]} {s.day} {PL_MONTHS_ABBR[s.month - 1]} {s.year} '
                     f'{hm2(s)}–{hm2(e)} ({abbr})')
        when_body = f'{pl_full(s)} ⋅ {hm2(s)}–{hm2(e)}'
        pre = {'new': 'Zaproszenie', 'update': 'Zaktualizowane zaproszenie', 'cancel': 'Odwołane wydarzenie'}[kind]
    else:
        when_subj = f'{EN_DAYS[s.weekday()][:3]} {EN_MONTHS[s.month - 1][:3]} {s.day}, {s.year} {g_ampm(s)} - {g_ampm(e)} ({abbr})'
        when_body = f'{EN_DAYS[s.weekday()]} {EN_MONTHS[s.month - 1][:3]} {s.day}, {s.year} ⋅ {g_ampm(s)} – {g_ampm(e)}'
        pre = {'new': 'Invitation', 'update': 'Updated invitation',
               'cancel': 'Canceled event with note' if note else 'Canceled event'}[kind]
    subject = f'{pre}: {title} @ {when_subj} ({OWNER})'
    tzlabel = GOOGLE_TZ_LABEL[(lang, tz.key)]
    eid = base64.b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    org_name, org_email = organizer
    if lang == 'pl':
        lines = []
        if kind == 'cancel':
            lines += ['To wydarzenie zostało odwołane i usunięte z Twojego kalendarza.', '']
            if note:
                lines += [note, '']
        elif kind == 'update':
            lines += ['To wydarzenie zostało zmienione.', '']
        lines += [title, when_body, tzlabel, '']
        if kind != 'cancel' and meet:
            lines += ['Dołącz przez Google Meet', f'https://meet.google.com/{meet}', '',
                      'Dołącz telefonicznie', f'(PL) +48 22 000 {h(seed, 2).upper()}0 {int(h(seed + "p", 4), 16) % 90 + 10}',
                      f'PIN: {int(h(seed + "pin", 8), 16) % 900000000 + 100000000}', '']
        lines += ['Organizator', org_name, org_email, '', 'Goście']
        for n, em, _ in guests:
            if n != em:
                lines.append(f'{n} – organizator' if em == org_email else n)
            lines.append(em)
        lines += [f'Wyświetl wszystkie informacje o gościach {view}', '']
        if kind != 'cancel':
            lines += [description, '', f'Odpowiedz dla {OWNER} i wyświetl więcej szczegółów {view}', '']
        lines += ['~~//~~', 'Zaproszenie z Kalendarza Google: https://calendar.google.com/calendar/', '',
                  'Otrzymujesz tę wiadomość, ponieważ jesteś uczestnikiem wydarzenia.', '',
                  'Przekazanie tego zaproszenia dalej może umożliwić każdemu odbiorcy wysłanie odpowiedzi '
                  'do organizatora, dołączenie do listy gości lub zmianę Twojej odpowiedzi. Więcej informacji '
                  'https://support.google.com/calendar/answer/37135#forwarding']
    else:
        lines = []
        if kind == 'cancel':
            lines += ['This event has been canceled and removed from your calendar.', '']
            if note:
                lines += [note, '']
        elif kind == 'update':
            lines += ['This event has been updated', '']
        lines += [title, when_body, tzlabel, '']
        if kind != 'cancel' and meet:
            lines += ['Join with Google Meet', f'https://meet.google.com/{meet}', '',
                      'Join by phone', f'(US) +1 347-000-{int(h(seed + "ph", 4), 16) % 9000 + 1000}',
                      f'PIN: {int(h(seed + "pin", 8), 16) % 900000000 + 100000000}', '']
        lines += ['Organizer', org_name, org_email, '', 'Guests']
        for n, em, _ in guests:
            if n != em:
                lines.append(f'{n} - organizer' if em == org_email else n)
            lines.append(em)
        lines += [f'View all guest info {view}', '']
        if kind != 'cancel':
            lines += [description, '', f'Reply for {OWNER} and view more details {view}', '']
        lines += ['~~//~~', 'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
                  'You are receiving this email because you are an attendee on the event.', '',
                  'Forwarding this invitation could allow any recipient to send a response to the organizer, '
                  'be added to the guest list, invite others regardless of their own invitation status, or '
                  'modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
    text = '\n'.join(lines) + '\n'
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">\n'
                 + '\n'.join(f'<p>{html.escape(p, quote=False).replace(chr(10), "<br>")}</p>'
                             for p in text.strip().split('\n\n')) + '\n</div></body></html>\n')
    method = 'CANCEL' if kind == 'cancel' else 'REQUEST'
    cal = google_ics(method=method, uid=uid, start=start, end=end, organizer=organizer, guests=guests,
                     summary=title, desc=description, meet=None if kind == 'cancel' else meet, seq=seq,
                     created=created, stamp=sent, status='CANCELLED' if kind == 'cancel' else 'CONFIRMED',
                     lang=lang)
    alt = multipart('alternative', gmail_boundary(seed + 'alt'), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
        leaf('text/html; charset="UTF-8"', html_body, 'quoted-printable'),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, 'base64')])
    att = leaf('application/ics; name="invite.ics"', cal, 'base64',
               ['Content-Disposition: attachment; filename="invite.ics"'])
    body = multipart('mixed', gmail_boundary(seed + 'mix'), [alt, att])
    msgid = f'<calendar-{uuidish(seed)}@google.com>'
    hdrs = received('mail-sor-f73.google.com', '209.85.220.73', sent, seed)
    hdrs += [('Return-Path', f'<{alnum(seed + "rp", 22)}@calendar-server.bounces.google.com>'),
             ('Reply-To', addr(org_name, org_email)),
             ('Sender', 'Google Calendar <calendar-notification@google.com>'),
             ('Message-ID', msgid),
             ('Date', rfc(sent.astimezone(UTC)).replace('-0000', '+0000')),
             ('Subject', enc_words(subject)),
             ('From', addr(org_name, org_email)),
             ('To', OWNER)]
    return message(hdrs, body), msgid


WIN_TZ_LABEL = {
    ('en', 'W. Europe Standard Time'): '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
    ('pl', 'Central European Standard Time'): '(UTC+01:00) Sarajewo, Skopje, Warszawa, Zagrzeb',
}


def teams_footer(lang, seed):
    tid, oid = uuidish(seed + 'tid'), uuidish(seed + 'oid')
    thread = alnum(seed + 'thr', 44)
    join = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context='
            f'%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d')
    mid = int(h(seed + 'mid', 12), 16) % 10 ** 12
    mid = f'{str(mid)[:3]} {str(mid)[3:6]} {str(mid)[6:9]} {str(mid)[9:12]}'
    pc = alnum(seed + 'pc', 6)
    bar = '_' * 80
    if lang == 'pl':
        txt = (f'{bar}\nSpotkanie w aplikacji Microsoft Teams\n'
               'Dołącz na komputerze, w aplikacji mobilnej lub na urządzeniu w pokoju\n'
               f'Kliknij tutaj, aby dołączyć do spotkania<{join}>\n'
               f'Identyfikator spotkania: {mid}\nKod dostępu: {pc}\n'
               'Pobierz aplikację Teams<https://www.microsoft.com/pl-pl/microsoft-teams/download-app> | '
               'Dołącz w sieci Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
               'Dowiedz się więcej<https://aka.ms/JoinTeamsMeeting> | Opcje spotkania<https://teams.microsoft.com/'
               f'meetingOptions/?organizerId={oid}&tenantId={tid}&language=pl-PL>\n{bar}')
    else:
        txt = (f'{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
               f'Click here to join the meeting<{join}>\nMeeting ID: {mid}\nPasscode: {pc}\n'
               'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
               'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
               'Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/'
               f'meetingOptions/?organizerId={oid}&tenantId={tid}&language=en-US>\n{bar}')
    return txt, join


def outlook_uid(seed):
    x = h(seed, 48).upper()
    return '040000008200E00074C5B7101A82E00800000000' + x[:16] + '000000000000000010000000' + x[16:48]


def outlook_invite(*, seed, lang, subject, sent, organizer, required, optional=(), start, end, win_tzid,
                   body, uid, seq, method='REQUEST', teams=True, location=None, tz=WAW, region='eurprd07'):
    s, e = start.astimezone(tz), end.astimezone(tz)
    label = WIN_TZ_LABEL[(lang, win_tzid)]
    if lang == 'pl':
        when = f'Kiedy: {pl_full(s)} {hm2(s)}-{hm2(e)} {label}.'
        where = 'Gdzie: ' + (location or 'Spotkanie w aplikacji Microsoft Teams')
        loc = location or 'Spotkanie w aplikacji Microsoft Teams'
        lang_tag = 'pl-PL'
    else:
        when = (f'When: {EN_DAYS[s.weekday()]}, {EN_MONTHS[s.month - 1]} {s.day}, {s.year} '
                f'{en_ampm(s)}-{en_ampm(e)} {label}.')
        where = 'Where: ' + (location or 'Microsoft Teams Meeting')
        loc = location or 'Microsoft Teams Meeting'
        lang_tag = 'en-US'
    footer, join = teams_footer(lang, seed) if teams else ('', None)
    text = f'{when}\n{where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n\n{footer}\n'
    L = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    L += vtz_eu_windows(win_tzid)
    L += ['BEGIN:VEVENT', f'ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}']
    for n, em in required:
        L.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(n)}:mailto:{em}')
    for n, em in optional:
        L.append(f'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn(n)}:mailto:{em}')
    L += [f'DESCRIPTION;LANGUAGE={lang_tag}:' + esc(text), f'UID:{uid}',
          f'SUMMARY;LANGUAGE={lang_tag}:' + esc(subject.split(': ', 1)[1] if subject.startswith(('Updated: ', 'Zaktualizowano: ', 'Anulowano: ', 'Canceled: ')) else subject),
          f'DTSTART;TZID={win_tzid}:{ics_loc(s)}', f'DTEND;TZID={win_tzid}:{ics_loc(e)}',
          'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{ics_utc(sent)}', 'TRANSP:OPAQUE',
          f'STATUS:{"CANCELLED" if method == "CANCEL" else "CONFIRMED"}', f'SEQUENCE:{seq}',
          f'LOCATION;LANGUAGE={lang_tag}:{esc(loc)}',
          f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
          f'X-MICROSOFT-CDO-OWNERAPPTID:{-(int(h(seed + "own", 8), 16) % 2000000000)}',
          'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0']
    if join:
        L.append(f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{join}')
        L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', f'X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(loc)}']
    if method == 'REQUEST':
        L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
              'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    cal = ics(L)
    b = f'_000_{h(seed, 24).upper()}prodoutlookcom_'
    ohtml = outlook_html(text)
    body_part = multipart('alternative', b, [
        leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', ohtml, 'quoted-printable'),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, 'base64')])
    msgid = outlook_msgid(seed, region)
    hdrs = received('EUR05-AM6-obe.outbound.protection.outlook.com', '40.107.22.' + str(int(h(seed, 2), 16) % 200 + 20),
                    sent, seed)
    hdrs += [('Return-Path', f'<{organizer[1]}>'),
             ('From', addr(*organizer)),
             ('To', addrs(list(required))),
             ('Cc', addrs(list(optional)) if optional else None),
             ('Subject', enc_words(subject)),
             ('Thread-Topic', enc_words(subject)),
             ('Thread-Index', thread_index(seed)),
             ('Date', rfc(sent.astimezone(UTC)).replace('-0000', '+0000')),
             ('Message-ID', msgid),
             ('Accept-Language', 'en-US' if lang_tag == 'en-US' else f'{lang_tag}, en-US'),
             ('Content-Language', lang_tag),
             ('X-MS-Has-Attach', ''),
             ('X-MS-TNEF-Correlator', ''),
             ('Content-class', 'urn:content-classes:calendarmessage'),
             ('x-ms-publictraffictype', 'Email')]
    return message(hdrs, body_part), msgid


# --------------------------------------------------------------------------- labels
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


# =========================================================================== POSITIVE CASES
@case
def c01():
    slug = 'polish-recruiter-call-jutro'
    sent = T(2026, 1, 14, 17, 5, 12)
    pl_day(sent, 'środa')
    start = (sent + timedelta(days=1)).replace(hour=10, minute=30, second=0)
    pl_day(start, 'czwartek')
    end = start + timedelta(minutes=30)
    km = ('Karolina Mazur', 'karolina.mazur@bastionsoftware.example')
    text = f"""Dzień dobry Pani Agnieszko,

dziękuję za szybką odpowiedź na LinkedIn. Tak jak ustaliłyśmy, potwierdzam naszą
rozmowę rekrutacyjną jutro o {hm(start)} – zadzwonię na numer z CV (+48 600 000 318).
Rozmowa potrwa ok. 30 minut: opowiem o projekcie (platforma płatności dla klienta
z Niemiec, zespół 4 testerów, Java 17 + Selenium + RestAssured), a Pani o swoim
doświadczeniu z automatyzacją i CI.

Widełki dla stanowiska QA Automation Engineer (Java): 17 000 – 21 000 zł netto na B2B.
Gdyby termin przestał pasować, proszę o SMS lub maila zwrotnego.

Pozdrawiam serdecznie
Karolina Mazur
Talent Acquisition Specialist
Bastion Software sp. z o.o. | ul. Przykładowa 7, 00-001 Warszawa
tel. +48 22 000 17 40 | biuro czynne pon.–pt. 8:00–16:00
"""
    eml, _ = human_mail(seed='c01a', client='outlook', sent=sent, frm=km, to=[(OWNER_NAME, OWNER)],
                        subject='Rozmowa rekrutacyjna – QA Automation Engineer (Java) – Bastion Software',
                        text=text)
    files = {'01-bastion-rozmowa-jutro.eml': eml}
    label = lab([iv('Bastion Software', 'QA Automation Engineer (Java)', start, end, 'scheduled',
                    [km[1]], [km[1]], 'phone_screen')], 'medium', 'positive/polish-body-relative-date',
                f'Polish e-mail only; "jutro o 10:30" resolved against the Date header ({pl_full(sent)}) -> '
                'Thursday 15 January, CET. Recruiter phones the candidate herself, so she is the interviewer. '
                'Signature office hours (8:00–16:00) are noise.')
    return slug, files, label


@case
def c02():
    slug = 'teams-invite-polish-outlook'
    sent = T(2026, 2, 4, 9, 40, 5)
    start = T(2026, 2, 10, 14, 0)
    pl_day(start, 'wtorek')
    end = start + timedelta(hours=1)
    org = ('Joanna Lis', 'joanna.lis@krakvia.example')
    tw = ('Tomasz Wróbel', 'tomasz.wrobel@krakvia.example')
    body = """Dzień dobry Pani Agnieszko,

zgodnie z ustaleniami mailowymi przesyłam zaproszenie na rozmowę techniczną na stanowisko
Senior QA Automation Engineer w zespole Payments. Spotkanie poprowadzi Tomasz Wróbel, QA Lead –
porozmawiacie o architekturze frameworka (Playwright + TypeScript), testach API i pipeline'ach
w Azure DevOps. Ja tylko organizuję spotkanie i nie będę w nim uczestniczyć.

Proszę o akceptację zaproszenia. W razie pytań jestem do dyspozycji.

Pozdrawiam
Joanna Lis
HR Business Partner | Krakvia Systems
tel. +48 12 000 41 17"""
    eml, _ = outlook_invite(seed='c02a', lang='pl',
                            subject='Rozmowa techniczna – Senior QA Automation Engineer – Agnieszka Kowalczyk',
                            sent=sent, organizer=org, required=[(OWNER_NAME, OWNER), tw], start=start, end=end,
                            win_tzid='Central European Standard Time', body=body, uid=outlook_uid('c02uid'), seq=0)
    files = {'01-zaproszenie-rozmowa-techniczna.eml': eml}
    label = lab([iv('Krakvia Systems', 'Senior QA Automation Engineer', start, end, 'scheduled',
                    [tw[1]], [tw[1]], 'technical')], 'easy', 'positive/teams-invite-polish',
                'Polish Outlook/Teams invite, Windows TZID "Central European Standard Time" and Polish '
                '"Kiedy:" line. HR organizer explicitly does not attend; the QA Lead conducts.')
    return slug, files, label


@case
def c03():
    slug = 'berlin-google-invite-across-eu-dst'
    sent = T(2026, 3, 25, 14, 20, 31, tz=BER)
    en_day(sent, 'Wednesday')
    start = T(2026, 4, 1, 10, 0, tz=BER)
    en_day(start, 'Wednesday')
    end = start + timedelta(minutes=45)
    assert sent.utcoffset() == timedelta(hours=1) and start.utcoffset() == timedelta(hours=2)
    lena = ('Lena Hoffmann', 'lena.hoffmann@nordlicht-mobility.example')
    desc = ("Hi Agnieszka,\n\nas Jana from our Talent team mentioned in her email, this is the hiring manager conversation "
            "for the Test Automation Engineer role (remote from Poland, team in Berlin). I lead the Quality "
            "Engineering team and would like to hear about your Playwright and contract-testing work.\n\n"
            "Small reminder: clocks go forward this Sunday (29 March), so 10:00 our time is still 10:00 in "
            "Kraków - same time zone, just summer time.\n\nBest,\nLena")
    title = 'Nordlicht Mobility - Interview with Lena (Test Automation Engineer)'
    eml, _ = google_invite(seed='c03a', kind='new', lang='en', title=title, start=start, end=end, tz=BER,
                           organizer=lena, guests=[(lena[0], lena[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')],
                           description=desc, meet='nrq-vbzt-kmo', uid=f'{h("c03uid", 26)}@google.com', seq=0,
                           sent=sent, created=sent - timedelta(minutes=3))
    files = {'01-invitation-nordlicht-hm.eml': eml}
    label = lab([iv('Nordlicht Mobility', 'Test Automation Engineer', start, end, 'scheduled',
                    [lena[1]], [lena[1]], 'hiring_manager')], 'medium', 'positive/google-invite-eu-dst',
                'German employer, Google invite sent in CET (+01:00) for an interview after the EU switch to '
                'CEST on 29 March -> +02:00. ICS uses UTC (08:00Z).')
    return slug, files, label


@case
def c04():
    slug = 'greenhouse-austin-march-dst-gap'
    sent = T(2026, 3, 12, 19, 48, 3, tz=UTC)
    start = T(2026, 3, 18, 10, 0, tz=CHI)
    en_day(start, 'Wednesday')
    end = start + timedelta(hours=1)
    local = start.astimezone(WAW)
    assert local.hour == 16 and local.utcoffset() == timedelta(hours=1)
    bc = ('Brianna Cole', 'brianna.cole@tallgrasspay.example')
    text = f"""Hi Agnieszka,

Your interview for the Senior SDET (Remote - EU) role at Tallgrass Payments is confirmed. Details below.

Wednesday, March 18, 2026
{en_ampm(start)} - {en_ampm(end)} CDT (Central Time - Austin)

{en_ampm(start)} - {en_ampm(end)}   Technical Interview: Automation Framework Design
                      Derek Olsen, Staff SDET

For your convenience this is {en_ampm(local)} - {en_ampm(end.astimezone(WAW))} in Warsaw (CET). Heads up: the US
moved to daylight saving time on March 8 and Poland only changes on March 29, so the gap this week
is 6 hours instead of the usual 7.

Zoom: https://tallgrasspay.zoom.us/j/8{int(h('c04z', 8), 16) % 10 ** 9:09d}?pwd={alnum('c04pwd', 22)}

Derek will ask you to walk through a framework you built and then sketch how you would test a
card-authorization service. No coding environment needed.

If you need to reschedule, just reply to this email.

Thanks,
Brianna Cole
Recruiting Coordinator | Tallgrass Payments
"""
    htmlb = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
             '<p>Hi Agnieszka,</p>\n<p>Your interview for the <strong>Senior SDET (Remote - EU)</strong> role at '
             'Tallgrass Payments is confirmed. Details below.</p>\n'
             '<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">\n'
             f'<tr><th colspan="2" align="left">Wednesday, March 18, 2026</th></tr>\n'
             f'<tr><td>{en_ampm(start)} - {en_ampm(end)} CDT</td><td>Technical Interview: Automation Framework '
             'Design<br><span style="color:#666">Derek Olsen, Staff SDET</span></td></tr>\n</table>\n'
             f'<p>For your convenience this is {en_ampm(local)} - {en_ampm(end.astimezone(WAW))} in Warsaw (CET). '
             'Heads up: the US moved to daylight saving time on March 8 and Poland only changes on March 29, so '
             'the gap this week is 6 hours instead of the usual 7.</p>\n'
             f'<p>Zoom: <a href="https://tallgrasspay.zoom.us/j/8{int(h("c04z", 8), 16) % 10 ** 9:09d}">join</a></p>\n'
             '<p>Derek will ask you to walk through a framework you built and then sketch how you would test a '
             'card-authorization service. No coding environment needed.</p>\n'
             '<p>If you need to reschedule, just reply to this email.</p>\n'
             '<p>Thanks,<br>Brianna Cole<br>Recruiting Coordinator | Tallgrass Payments</p>\n'
             '<img src="https://app.greenhouse.io/email_open/' + h('c04px', 20) + '.gif" width="1" height="1">\n'
             '</body></html>\n')
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Greenhouse Software//Scheduler//EN', 'METHOD:REQUEST']
    L += vtz_olson_us('America/Chicago', '-0600', '-0500', 'CST', 'CDT')
    L += ['BEGIN:VEVENT', f'UID:interview-{h("c04uid", 20)}@greenhouse.io', f'DTSTAMP:{ics_utc(sent)}',
          f'DTSTART;TZID=America/Chicago:{ics_loc(start)}', f'DTEND;TZID=America/Chicago:{ics_loc(end)}',
          'SUMMARY:Interview with Tallgrass Payments - Senior SDET (Remote - EU)',
          'DESCRIPTION:' + esc('Technical Interview: Automation Framework Design with Derek Olsen (Staff SDET).\n'
                               'Zoom: https://tallgrasspay.zoom.us/j/8' + f'{int(h("c04z", 8), 16) % 10 ** 9:09d}'),
          'LOCATION:Zoom', f'ORGANIZER;CN=Brianna Cole:mailto:{bc[1]}',
          f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}',
          'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    cal = ics(L)
    alt = multipart('alternative', '--==_mimepart_' + h('c04alt', 24), [
        leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', htmlb, 'quoted-printable')])
    att = leaf('text/calendar; charset=UTF-8; method=REQUEST; name=interview.ics', cal, 'base64',
               ['Content-Disposition: attachment; filename=interview.ics'])
    body = multipart('mixed', '--==_mimepart_' + h('c04mix', 24), [alt, att])
    msgid = f'<{h("c04mid", 24)}_{int(h("c04n", 6), 16)}@greenhouse.io>'
    hdrs = received('o1.email.greenhouse.io', '198.51.100.34', sent, 'c04a')
    hdrs += [('Return-Path', '<bounces+4471@em.greenhouse.io>'),
             ('From', 'Brianna Cole <no-reply@greenhouse.io>'),
             ('Reply-To', addr(*bc)),
             ('To', addr(OWNER_NAME, OWNER)),
             ('Subject', 'Interview Confirmation: Senior SDET (Remote - EU) at Tallgrass Payments'),
             ('Date', rfc(sent).replace('-0000', '+0000')),
             ('Message-ID', msgid),
             ('X-Mailer', 'Greenhouse')]
    files = {'01-greenhouse-interview-confirmation.eml': message(hdrs, body)}
    label = lab([iv('Tallgrass Payments', 'Senior SDET (Remote - EU)', start, end, 'scheduled',
                    [], [bc[1]], 'technical')], 'hard', 'positive/ats-ics-us-dst-gap',
                'Greenhouse confirmation from no-reply with Reply-To coordinator; .ics with America/Chicago '
                'VTIMEZONE. 10:00 CDT = 16:00 Warsaw CET (6 h gap between US and EU DST changes). Interviewer '
                'named without an address -> follow-up to the coordinator.')
    return slug, files, label


@case
def c05():
    slug = 'thread-propose-confirm-polish'
    ek = ('Ewa Kamińska', 'ewa.kaminska@vistulalabs.example')
    pd = ('Paweł Dudek', 'pawel.dudek@vistulalabs.example')
    s1 = T(2026, 3, 5, 10, 12, 44)
    pl_day(s1, 'czwartek')
    o1, o2, o3 = T(2026, 3, 9, 11, 0), T(2026, 3, 10, 15, 0), T(2026, 3, 11, 9, 30)
    pl_day(o1, 'poniedziałek'); pl_day(o2, 'wtorek'); pl_day(o3, 'środa')
    subj = 'Vistula Labs – rozmowa techniczna (QA Automation Engineer)'
    t1 = f"""Dzień dobry Pani Agnieszko,

dziękuję za przesłane odpowiedzi na pytania wstępne – przechodzi Pani do etapu technicznego. Rozmowę poprowadzi
Paweł Dudek, nasz Tech Lead QA (jest w kopii). Potrwa ok. godziny, online na Google Meet.

Proponujemy jeden z terminów:
- {PL_DAYS[o1.weekday()]}, {pl_date(o1)}, godz. {hm(o1)}
- {PL_DAYS[o2.weekday()]}, {pl_date(o2)}, godz. {hm(o2)}
- {PL_DAYS[o3.weekday()]}, {pl_date(o3)}, godz. {hm(o3)}

Proszę o informację, który termin Pani odpowiada.

Pozdrawiam
Ewa Kamińska
Recruitment Partner | Vistula Labs
"""
    e1, m1 = human_mail(seed='c05a', client='gmail', sent=s1, frm=ek, to=[(OWNER_NAME, OWNER)], cc=[pd],
                        subject=subj, text=t1)
    s2 = T(2026, 3, 5, 12, 40, 9)
    own_reply = f"""Dzień dobry,

dziękuję! Pasuje mi {PL_DAYS[o2.weekday()]} o {hm(o2)}.

Pozdrawiam
{OWNER_SIG}"""
    s3 = T(2026, 3, 5, 13, 5, 51)
    end = o2 + timedelta(hours=1)
    quoted_t1 = '\n'.join('> ' + l if l else '>' for l in t1.rstrip('\n').split('\n'))
    own_block = (own_reply + f'\n\nW dniu {s1.day}.{s1.month:02d}.{s1.year} o {hm2(s1)}, Ewa Kamińska pisze:\n'
                 + quoted_t1)
    quoted_own = '\n'.join('> ' + l if l and not l.startswith('>') else '>' + l for l in own_block.split('\n'))
    t3 = f"""Świetnie, potwierdzam: {PL_DAYS[o2.weekday()]}, {pl_date(o2)}, {hm(o2)}–{hm(end)}.
Link do spotkania: https://meet.google.com/wkp-ozdr-tas

Paweł, dzięki za elastyczność – wpisałam termin w Twój kalendarz.

Pozdrawiam
Ewa Kamińska
Recruitment Partner | Vistula Labs

W dniu {PL_DAYS_ABBR[s2.weekday()]}, {s2.day} {PL_MONTHS_ABBR[s2.month - 1]} {s2.year} o {hm2(s2)} Agnieszka Kowalczyk <{OWNER}> napisał(a):
{quoted_own}
"""
    mid2 = f'<{uuidish("c05own")}@example.com>'
    e3, m3 = human_mail(seed='c05c', client='gmail', sent=s3, frm=ek, to=[(OWNER_NAME, OWNER)], cc=[pd],
                        subject='Re: ' + subj, text=t3, irt=mid2, refs=[m1, mid2])
    s4 = T(2026, 3, 5, 13, 22, 17)
    t4 = f"""Dzień dobry,

do zobaczenia we wtorek! Przygotuję krótkie zadanie z testowania API, które przejdziemy razem.

Paweł Dudek
Tech Lead QA | Vistula Labs

W dniu {PL_DAYS_ABBR[s3.weekday()]}, {s3.day} {PL_MONTHS_ABBR[s3.month - 1]} {s3.year} o {hm2(s3)} Ewa Kamińska <{ek[1]}> napisał(a):
> Świetnie, potwierdzam: {PL_DAYS[o2.weekday()]}, {pl_date(o2)}, {hm(o2)}–{hm(end)}.
> Link do spotkania: https://meet.google.com/wkp-ozdr-tas
"""
    e4, _ = human_mail(seed='c05d', client='gmail', sent=s4, frm=pd, to=[ek, (OWNER_NAME, OWNER)],
                       subject='Re: ' + subj, text=t4, irt=m3, refs=[m1, mid2, m3])
    files = {'01-vistula-propozycje-terminow.eml': e1, '02-vistula-potwierdzenie.eml': e3,
             '03-vistula-tech-lead-reply-all.eml': e4}
    label = lab([iv('Vistula Labs', 'QA Automation Engineer', o2, end, 'scheduled', [pd[1]], [pd[1]],
                    'technical')], 'medium', 'positive/thread-propose-confirm',
                'Three proposed slots; the candidate picks Tuesday 15:00 (her reply is only quoted), recruiter '
                'confirms 15:00–16:00 on 10 March (CET). Only the chosen slot is an interview. Tech lead in Cc '
                'conducts.')
    return slug, files, label


@case
def c06():
    slug = 'teams-reschedule-munich-utc-label'
    sk = ('Sabine Krüger', 'sabine.krueger@isarwerk-digital.example')
    jb = ('Jonas Becker', 'jonas.becker@isarwerk-digital.example')
    uid = outlook_uid('c06uid')
    subj = 'Interview: Agnieszka Kowalczyk - QA Automation Engineer (Remote Poland)'
    s1 = T(2026, 5, 4, 9, 15, 40, tz=BER)
    st1 = T(2026, 5, 14, 13, 0, tz=BER)
    en_day(st1, 'Thursday')
    body1 = """Hi Agnieszka,

please find below the invite for your interview with Jonas Becker, our Head of Quality Engineering and
the hiring manager for this role. I'm only setting up the call and won't join.

Jonas would like to talk about how you approach flaky end-to-end tests and how you worked with
developers on test strategy in your last project.

Kind regards,
Sabine Krüger
Talent Acquisition | Isarwerk Digital GmbH"""
    e1, m1 = outlook_invite(seed='c06a', lang='en', subject=subj, sent=s1, organizer=sk,
                            required=[(OWNER_NAME, OWNER), jb], start=st1, end=st1 + timedelta(hours=1),
                            win_tzid='W. Europe Standard Time', body=body1, uid=uid, seq=0, tz=BER)
    s2 = T(2026, 5, 12, 11, 2, 18, tz=BER)
    st2 = T(2026, 5, 15, 13, 0, tz=BER)
    en_day(st2, 'Friday')
    t2 = f"""Hi Agnieszka,

unfortunately Jonas has to travel to our Graz site on Thursday. Would Friday ({st2.day} May) at the same
time, 13:00, work for you instead? If yes, I'll update the invite.

Apologies for the short notice!

Kind regards,
Sabine Krüger
Talent Acquisition | Isarwerk Digital GmbH
"""
    e2, m2 = human_mail(seed='c06b', client='outlook', sent=s2, frm=sk, to=[(OWNER_NAME, OWNER)],
                        subject='RE: ' + subj, text=t2, irt=m1, refs=[m1])
    s3 = T(2026, 5, 12, 11, 41, 2, tz=BER)
    own = T(2026, 5, 12, 11, 30, 55, tz=WAW)
    t3 = f"""Thanks Agnieszka, done – you should have the updated invitation in a minute.

Kind regards,
Sabine

________________________________
From: Agnieszka Kowalczyk <{OWNER}>
Sent: Tuesday, May 12, 2026 11:30 AM
To: Sabine Krüger <{sk[1]}>
Subject: Re: {subj}

Hi Sabine,

no problem, Friday at 13:00 works for me.

Best regards,
{OWNER_SIG}

________________________________
From: Sabine Krüger <{sk[1]}>
Sent: Tuesday, May 12, 2026 11:02 AM
To: Agnieszka Kowalczyk <{OWNER}>
Subject: RE: {subj}

Hi Agnieszka,

unfortunately Jonas has to travel to our Graz site on Thursday. Would Friday ({st2.day} May) at the same
time, 13:00, work for you instead? If yes, I'll update the invite.
"""
    assert own.weekday() == 1
    mown = f'<{uuidish("c06own")}@example.com>'
    e3, m3 = human_mail(seed='c06c', client='outlook', sent=s3, frm=sk, to=[(OWNER_NAME, OWNER)],
                        subject='RE: ' + subj, text=t3, irt=mown, refs=[m1, m2, mown])
    s4 = T(2026, 5, 12, 11, 43, 27, tz=BER)
    body4 = body1.replace('please find below the invite', 'as agreed, the interview moves to Friday - please find below the updated invite')
    e4, _ = outlook_invite(seed='c06d', lang='en', subject='Updated: ' + subj, sent=s4, organizer=sk,
                           required=[(OWNER_NAME, OWNER), jb], start=st2, end=st2 + timedelta(hours=1),
                           win_tzid='W. Europe Standard Time', body=body4, uid=uid, seq=1, tz=BER)
    files = {'01-invite-thursday.eml': e1, '02-request-to-move.eml': e2, '03-confirm-move.eml': e3,
             '04-updated-invite-friday.eml': e4}
    label = lab([iv('Isarwerk Digital', 'QA Automation Engineer (Remote Poland)', st2, st2 + timedelta(hours=1),
                    'scheduled', [jb[1]], [jb[1]], 'hiring_manager')], 'hard', 'positive/reschedule-teams',
                'Exchange invite for Thu 14 May, moved by e-mail to Fri 15 May, updated invite SEQUENCE:1 with the '
                'same UID -> one interview at the final time. Outlook "(UTC+01:00)" display label but May is CEST '
                '(+02:00). Coordinator does not join; Head of QE is the hiring manager.')
    return slug, files, label


@case
def c07():
    slug = 'nyc-phone-screen-cancelled-oct-gap'
    ma = ('Megan Alvarez', 'megan.alvarez@harborlinehealth.example')
    start = T(2026, 10, 28, 11, 0, tz=NYC)
    en_day(start, 'Wednesday')
    end = start + timedelta(minutes=30)
    local = start.astimezone(WAW)
    assert local.hour == 16 and local.utcoffset() == timedelta(hours=1) and start.utcoffset() == timedelta(hours=-4)
    uid = f'{h("c07uid", 26)}@google.com'
    title = 'Harborline Health - Recruiter Phone Screen (QA Automation Engineer)'
    desc = ("Hi Agnieszka! Looking forward to our chat about the QA Automation Engineer role on the Patient "
            "Portal team. I'll walk you through the process and we'll talk about your background and salary "
            "expectations.\n\nThat's 4:00 PM your time in Kraków - heads up, Europe falls back this Sunday "
            "(Oct 25) and we don't until Nov 1, so we're only 5 hours apart that week.\n\nMegan Alvarez\n"
            "Technical Recruiter, Harborline Health")
    guests = [(ma[0], ma[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')]
    s1 = T(2026, 10, 22, 10, 5, 14, tz=NYC)
    e1, _ = google_invite(seed='c07a', kind='new', lang='en', title=title, start=start, end=end, tz=NYC,
                          organizer=ma, guests=guests, description=desc, meet='hbx-qmta-wfe', uid=uid, seq=0,
                          sent=s1, created=s1 - timedelta(minutes=2))
    s2 = T(2026, 10, 26, 9, 30, 2, tz=NYC)
    note = ("Hi Agnieszka, I'm so sorry - the QA Automation role was put on hold this morning, so I need to "
            "cancel our call on Wednesday. I'll reach out right away if it reopens. - Megan")
    e2, _ = google_invite(seed='c07b', kind='cancel', lang='en', title=title, start=start, end=end, tz=NYC,
                          organizer=ma, guests=[(ma[0], ma[1], 'ACCEPTED'), (OWNER, OWNER, 'ACCEPTED')],
                          description=desc, meet='hbx-qmta-wfe', uid=uid, seq=1, sent=s2,
                          created=s1 - timedelta(minutes=2), note=note)
    files = {'01-invitation-phone-screen.eml': e1, '02-canceled-event-with-note.eml': e2}
    label = lab([iv('Harborline Health', 'QA Automation Engineer', start, end, 'cancelled', [ma[1]], [ma[1]],
                    'phone_screen')], 'medium', 'positive/cancellation-google',
                'US (New York) recruiter screen 11:00 EDT on 28 Oct = 16:00 Warsaw CET (5 h gap week); later '
                'METHOD:CANCEL with note -> kept as cancelled. Recruiter conducts the screen.')
    return slug, files, label


@case
def c08():
    slug = 'smok-two-rounds-phone-and-technical'
    np_ = ('Natalia Pawlak', 'natalia.pawlak@smoksoftware.example')
    ms = ('Marek Sobczak', 'marek.sobczak@smoksoftware.example')
    role = 'Test Automation Engineer (Python)'
    s1 = T(2026, 4, 16, 15, 20, 8)
    pl_day(s1, 'czwartek')
    ps = T(2026, 4, 20, 9, 0)
    pl_day(ps, 'poniedziałek')
    pe = ps + timedelta(minutes=20)
    subj = f'Smok Software – rozmowa telefoniczna ({role})'
    t1 = f"""Dzień dobry Pani Agnieszko,

dziękuję za aplikację na stanowisko {role}. Zgodnie z ustaleniami z LinkedIna potwierdzam krótką
rozmowę telefoniczną w {PL_DAYS[ps.weekday()]}, {pl_date(ps)}, o godz. {hm(ps)}. Zadzwonię na numer
podany w CV; rozmowa potrwa 20 minut (zakres obowiązków, oczekiwania finansowe, dostępność).

Pozdrawiam
Natalia Pawlak
Specjalistka ds. rekrutacji IT | Smok Software
ul. Przykładowa 3, 30-001 Kraków
"""
    e1, m1 = human_mail(seed='c08a', client='gmail', sent=s1, frm=np_, to=[(OWNER_NAME, OWNER)], subject=subj,
                        text=t1)
    s2 = T(2026, 4, 20, 14, 10, 33)
    ts = T(2026, 4, 23, 13, 0)
    pl_day(ts, 'czwartek')
    te = ts + timedelta(minutes=90)
    quoted = '\n'.join('> ' + l if l else '>' for l in t1.rstrip('\n').split('\n'))
    t2 = f"""Pani Agnieszko,

dziękuję za dzisiejszą rozmowę! Z przyjemnością zapraszam na etap techniczny – za chwilę dostanie Pani
zaproszenie w kalendarzu na {PL_DAYS[ts.weekday()]}, {pl_date(ts)}, {hm(ts)}–{hm(te)}. Rozmowę poprowadzi
Marek Sobczak (Test Architect): trochę teorii, trochę pair-testingu na naszym demo-sklepie.

Pozdrawiam
Natalia Pawlak

W dniu {PL_DAYS_ABBR[s1.weekday()]}, {s1.day} {PL_MONTHS_ABBR[s1.month - 1]} {s1.year} o {hm2(s1)} Natalia Pawlak <{np_[1]}> napisał(a):
{quoted}
"""
    e2, m2 = human_mail(seed='c08b', client='gmail', sent=s2, frm=np_, to=[(OWNER_NAME, OWNER)],
                        subject='Re: ' + subj, text=t2, irt=m1, refs=[m1])
    s3 = T(2026, 4, 20, 14, 12, 5)
    desc = ("Rozmowa techniczna – etap 2.\nProwadzący: Marek Sobczak (Test Architect).\n"
            "Natalia tylko organizuje spotkanie i nie dołącza.\nProsimy o udostępnienie ekranu z IDE "
            "(Python + pytest).")
    e3, _ = google_invite(seed='c08c', kind='new', lang='pl', title='Smok Software – rozmowa techniczna (Agnieszka Kowalczyk)',
                          start=ts, end=te, tz=WAW, organizer=np_,
                          guests=[(np_[0], np_[1], 'ACCEPTED'), (ms[0], ms[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')],
                          description=desc, meet='smk-tqzr-pwa', uid=f'{h("c08uid", 26)}@google.com', seq=0,
                          sent=s3, created=s3 - timedelta(minutes=1))
    files = {'01-smok-rozmowa-telefoniczna.eml': e1, '02-smok-zaproszenie-etap-techniczny.eml': e2,
             '03-zaproszenie-google-rozmowa-techniczna.eml': e3}
    label = lab([iv('Smok Software', role, ps, pe, 'scheduled', [np_[1]], [np_[1]], 'phone_screen'),
                 iv('Smok Software', role, ts, te, 'scheduled', [ms[1]], [ms[1]], 'technical')],
                'medium', 'positive/two-interviews',
                'Two rounds with one company: recruiter phone call Mon 20 Apr 9:00 (20 min, recruiter conducts) '
                'and technical round Thu 23 Apr 13:00–14:30 (e-mail + Polish Google invite = one interview). '
                'Organizer of round 2 does not join.')
    return slug, files, label


@case
def c09():
    slug = 'krakow-onsite-day-agenda'
    mb = ('Monika Baran', 'monika.baran@lajkonik-fintech.example')
    psz = ('Piotr Szymański', 'piotr.szymanski@lajkonik-fintech.example')
    dk = ('Dorota Kaczmarek', 'dorota.kaczmarek@lajkonik-fintech.example')
    day = T(2026, 6, 12, 10, 0)
    pl_day(day, 'piątek')
    a1s, a1e = day, day.replace(hour=11)
    a2s, a2e = day.replace(hour=11, minute=15), day.replace(hour=12)
    a3s, a3e = day.replace(hour=12), day.replace(hour=12, minute=45)
    a4s, a4e = day.replace(hour=13), day.replace(hour=13, minute=30)
    sent = T(2026, 6, 1, 10, 30, 47)
    pl_day(sent, 'poniedziałek')
    role = 'Senior QA Automation Engineer (Mobile)'
    text = f"""Dzień dobry Pani Agnieszko,

bardzo się cieszę, że przechodzi Pani do ostatniego etapu! Zapraszamy na dzień rekrutacyjny w naszym
biurze na Zabłociu ({pl_full(day)}). Poniżej agenda:

{hm(a1s)}–{hm(a1e)}  Live coding / pair testing (Appium + Kotlin) – Piotr Szymański, Senior SDET ({psz[1]})
{hm(a2s)}–{hm(a2e)}  Rozmowa z Engineering Managerką – Dorota Kaczmarek ({dk[1]})
{hm(a3s)}–{hm(a3e)}  Lunch z zespołem (nieoceniany, luźna rozmowa)
{hm(a4s)}–{hm(a4e)}  Rozmowa z HR – ja, Monika Baran (warunki, benefity, start)

Adres: ul. Przykładowa 12, 30-002 Kraków, III piętro – proszę zgłosić się w recepcji ok. 9:50.
W załączniku przesyłam plik .ics z całym blokiem.

Zwrot kosztów dojazdu: bilet/paliwo do 150 zł – proszę zachować paragon.

Pozdrawiam serdecznie
Monika Baran
HR Business Partner | Lajkonik Fintech
tel. +48 12 000 55 90
"""
    L = ['BEGIN:VCALENDAR', 'METHOD:PUBLISH', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    L += vtz_eu_windows('Central European Standard Time')
    L += ['BEGIN:VEVENT', f'ORGANIZER;CN=Monika Baran:mailto:{mb[1]}',
          'DESCRIPTION;LANGUAGE=pl-PL:' + esc('Dzień rekrutacyjny – agenda w mailu od Moniki Baran.\n'
                                              f'{hm(a1s)} live coding (Piotr Szymański)\n{hm(a2s)} rozmowa z EM '
                                              f'(Dorota Kaczmarek)\n{hm(a3s)} lunch\n{hm(a4s)} HR (Monika Baran)'),
          f'UID:{outlook_uid("c09uid")}', 'SUMMARY;LANGUAGE=pl-PL:Dzień rekrutacyjny – Lajkonik Fintech',
          f'DTSTART;TZID=Central European Standard Time:{ics_loc(a1s)}',
          f'DTEND;TZID=Central European Standard Time:{ics_loc(a4e)}', 'CLASS:PUBLIC', 'PRIORITY:5',
          f'DTSTAMP:{ics_utc(sent)}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
          'LOCATION;LANGUAGE=pl-PL:Lajkonik Fintech\\, ul. Przykładowa 12\\, Kraków',
          'X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'END:VEVENT', 'END:VCALENDAR']
    att = leaf('text/calendar; charset="utf-8"; name="Dzien_rekrutacyjny.ics"', ics(L), 'base64',
               ['Content-Description: Dzien_rekrutacyjny.ics',
                'Content-Disposition: attachment; filename="Dzien_rekrutacyjny.ics"'])
    eml, _ = human_mail(seed='c09a', client='outlook', sent=sent, frm=mb, to=[(OWNER_NAME, OWNER)],
                        cc=[psz, dk], subject=f'Zaproszenie na dzień rekrutacyjny – {role}', text=text,
                        attachments=[att])
    files = {'01-lajkonik-dzien-rekrutacyjny.eml': eml}
    label = lab([iv('Lajkonik Fintech', role, a1s, a4e, 'scheduled', [psz[1], dk[1], mb[1]],
                    [psz[1], dk[1], mb[1]], 'onsite')], 'hard', 'positive/onsite-loop',
                'Same-day on-site loop in Kraków (agenda + one .ics block) -> one onsite 10:00–13:30 CEST. The '
                'HR partner runs the last session herself, so she is an interviewer too; lunch is not a session '
                'but falls inside the span.')
    return slug, files, label


@case
def c10():
    slug = 'hamburg-gcal-json-moved'
    mo = ('Moritz Lange', 'moritz.lange@elbbruecke-commerce.example')
    fn = ('Felix Neumann', 'felix.neumann@elbbruecke-commerce.example')
    st1 = T(2026, 7, 7, 15, 0, tz=BER)
    en_day(st1, 'Tuesday')
    st2 = T(2026, 7, 8, 15, 0, tz=BER)
    en_day(st2, 'Wednesday')
    eid = h('c10eid', 26)
    meet = 'ebr-kcwd-hnq'

    def event(st, seq, updated, desc):
        return {
            'kind': 'calendar#event',
            'etag': f'"{int(h("c10etag" + str(seq), 12), 16)}"',
            'id': eid,
            'status': 'confirmed',
            'htmlLink': 'https://www.google.com/calendar/event?eid=' +
                        base64.b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
            'created': '2026-06-29T08:12:40.000Z',
            'updated': updated,
            'summary': 'Technical Interview - QA Automation Engineer (Playwright/TypeScript) - Agnieszka Kowalczyk',
            'description': desc,
            'creator': {'email': mo[1], 'displayName': mo[0]},
            'organizer': {'email': mo[1], 'displayName': mo[0]},
            'start': {'dateTime': st.isoformat(), 'timeZone': 'Europe/Berlin'},
            'end': {'dateTime': (st + timedelta(hours=1)).isoformat(), 'timeZone': 'Europe/Berlin'},
            'iCalUID': f'{eid}@google.com',
            'sequence': seq,
            'attendees': [
                {'email': mo[1], 'displayName': mo[0], 'organizer': True, 'responseStatus': 'accepted'},
                {'email': fn[1], 'displayName': fn[0], 'responseStatus': 'accepted'},
                {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}],
            'hangoutLink': f'https://meet.google.com/{meet}',
            'conferenceData': {
                'entryPoints': [{'entryPointType': 'video', 'uri': f'https://meet.google.com/{meet}',
                                 'label': f'meet.google.com/{meet}'}],
                'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                       'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png'},
                'conferenceId': meet},
            'reminders': {'useDefault': True},
            'eventType': 'default'}

    d1 = ("Pair-testing session with Felix Neumann (Senior SDET) for the QA Automation Engineer role. "
          "Moritz (Talent Acquisition) only set up this meeting and won't join.\n\nPlease have Node 20 "
          "installed; we'll share a sandbox shop.")
    d2 = d1 + "\n\nUPDATE: moved by one day at Felix's request - same time (15:00 Berlin / Warsaw)."
    files = {'01-event-elbbruecke-interview.gcal.json': json.dumps(event(st1, 0, '2026-06-29T08:14:02.311Z', d1), indent=2, ensure_ascii=False) + '\n',
             '02-event-elbbruecke-interview-updated.gcal.json': json.dumps(event(st2, 1, '2026-07-02T12:40:19.870Z', d2), indent=2, ensure_ascii=False) + '\n'}
    label = lab([iv('Elbbrücke Commerce', 'QA Automation Engineer (Playwright/TypeScript)', st2,
                    st2 + timedelta(hours=1), 'scheduled', [fn[1]], [fn[1]], 'technical')],
                'medium', 'positive/gcal-json-reschedule',
                'Two snapshots of the same Calendar API event (same id, sequence 0 -> 1): final time Wed 8 Jul '
                '15:00 Berlin (+02:00). Organizer only scheduled it.')
    return slug, files, label


@case
def c11():
    slug = 'standalone-ics-floating-cto-chat'
    iw = ('Iwona Sadowska', 'iwona.sadowska@kopiec-software.example')
    rg = ('Rafał Górski', 'rafal.gorski@kopiec-software.example')
    start = T(2026, 9, 15, 9, 30)
    pl_day(start, 'wtorek')
    end = start + timedelta(minutes=45)
    stamp = T(2026, 9, 8, 16, 4, 0)
    desc = (f"Pani Agnieszko,\nzapraszamy na ostatni etap: rozmowę z Rafałem Górskim (CTO), który będzie Pani "
            f"bezpośrednim przełożonym w roli Lead QA Automation Engineer.\nTermin: {pl_full(start)}, godz. "
            f"{hm(start)}–{hm(end)} czasu polskiego.\nGoogle Meet: https://meet.google.com/kpc-rmtv-gzs\n\n"
            "Iwona Sadowska, HR")
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kopiec Software//Kalendarz HR 2.3//PL', 'METHOD:REQUEST',
         'BEGIN:VEVENT', f'UID:rekrutacja-{h("c11uid", 12)}@kopiec-software.example', f'DTSTAMP:{ics_utc(stamp)}',
         f'DTSTART:{ics_loc(start)}', f'DTEND:{ics_loc(end)}',
         'SUMMARY:Rozmowa końcowa z CTO – Lead QA Automation Engineer',
         'DESCRIPTION:' + esc(desc), 'LOCATION:Google Meet',
         f'ORGANIZER;CN=Iwona Sadowska:mailto:{iw[1]}',
         f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}',
         f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={rg[0]}:mailto:{rg[1]}',
         'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    files = {'01-rozmowa-z-cto.ics': ics(L)}
    label = lab([iv('Kopiec Software', 'Lead QA Automation Engineer', start, end, 'scheduled', [rg[1]], [rg[1]],
                    'hiring_manager')], 'hard', 'positive/standalone-ics-floating',
                'Standalone .ics with floating DTSTART (no TZID, no Z); the description says "czasu polskiego" -> '
                'Europe/Warsaw, September = CEST. Final chat with the CTO who will be the direct manager.')
    return slug, files, label


@case
def c12():
    slug = 'agency-forward-us-pacific-hm'
    bn = ('Bartosz Nowicki', 'bartosz.nowicki@talentia-rekrutacja.example')
    rk = ('Rachel Kim', 'rachel.kim@redwoodledger.example')
    start = T(2026, 4, 21, 9, 0, tz=LAX)
    en_day(start, 'Tuesday')
    end = start + timedelta(minutes=45)
    local = start.astimezone(WAW)
    assert local.hour == 18 and local.day == 21
    rsent = T(2026, 4, 15, 8, 10, 0, tz=LAX)
    rsent_pl = rsent.astimezone(WAW)
    sent = T(2026, 4, 15, 17, 45, 20)
    pl_day(sent, 'środa')
    text = f"""Pani Agnieszko,

mam dobre wieści – klient z San Francisco chce się z Panią spotkać. Potwierdzam rozmowę z Rachel Kim
(Director of Quality Engineering, przyszła przełożona) we {PL_DAYS[local.weekday()]} {pl_date(local)} o {hm(local)}
czasu polskiego (9:00 rano w Kalifornii), 45 minut. Link do Zooma Rachel wyśle bezpośrednio dzień
wcześniej. Poniżej jej wiadomość – Rachel prosiła, żeby po rozmowie pisać już bezpośrednio do niej.

Trzymam kciuki!
Bartosz Nowicki
Senior IT Recruiter | Talentia Rekrutacja
tel. +48 22 000 63 12

---------- Forwarded message ---------
Od: Rachel Kim <{rk[1]}>
Date: {PL_DAYS_ABBR[rsent_pl.weekday()]}, {rsent_pl.day} {PL_MONTHS_ABBR[rsent_pl.month - 1]} {rsent_pl.year} o {hm2(rsent_pl)}
Subject: Re: Agnieszka Kowalczyk - SDET candidate
To: Bartosz Nowicki <{bn[1]}>


Hi Bartosz,

Thanks for sending over Agnieszka's profile - her Playwright and CI work looks like a great fit for
our SDET opening. Let's do Tuesday, April 21 at 9:00 AM Pacific for 45 minutes. I'll send a Zoom
link to her directly the day before.

Feel free to share my email so she can reach me directly afterwards: {rk[1]}

Best,
Rachel Kim
Director of Quality Engineering | Redwood Ledger Inc.
San Francisco, CA
"""
    eml, _ = human_mail(seed='c12a', client='gmail', sent=sent, frm=bn, to=[(OWNER_NAME, OWNER)],
                        subject='Fwd: Agnieszka Kowalczyk - SDET candidate', text=text)
    files = {'01-fwd-redwood-ledger-rozmowa.eml': eml}
    label = lab([iv('Redwood Ledger', 'SDET', start, end, 'scheduled', [rk[1]], [rk[1]], 'hiring_manager')],
                'hard', 'positive/forwarded-agency-us',
                'Polish agency forwards the US client\'s message; company is the client, not the agency. '
                '9:00 PDT = 18:00 CEST (9 h). The forwarded header shows 17:10 (Polish time of the client mail), '
                'a distractor. Interviewer address is in the forwarded text.')
    return slug, files, label


@case
def c13():
    slug = 'ursus-cancelled-then-rebooked'
    az = ('Aleksandra Zając', 'aleksandra.zajac@ursusdata.example')
    kw = ('Krzysztof Wieczorek', 'krzysztof.wieczorek@ursusdata.example')
    role = 'QA Automation Engineer'
    title = 'Ursus Data – rozmowa techniczna (QA Automation Engineer)'
    st1 = T(2026, 6, 11, 10, 0)
    pl_day(st1, 'czwartek')
    st2 = T(2026, 6, 16, 10, 0)
    pl_day(st2, 'wtorek')
    uid1, uid2 = f'{h("c13uid1", 26)}@google.com', f'{h("c13uid2", 26)}@google.com'
    desc = ("Rozmowa techniczna z Krzysztofem Wieczorkiem (Tech Lead, zespół Data Quality): testy ETL, "
            "Great Expectations, PyTest.\nOrganizuje: Aleksandra Zając (HR).")
    guests = [(az[0], az[1], 'ACCEPTED'), (kw[0], kw[1], 'ACCEPTED'), (OWNER, OWNER, 'NEEDS-ACTION')]
    s1 = T(2026, 6, 1, 12, 0, 19)
    e1, _ = google_invite(seed='c13a', kind='new', lang='pl', title=title, start=st1, end=st1 + timedelta(hours=1),
                          tz=WAW, organizer=az, guests=guests, description=desc, meet='urs-dqtk-fpl', uid=uid1,
                          seq=0, sent=s1, created=s1 - timedelta(minutes=1))
    s2 = T(2026, 6, 10, 16, 20, 4)
    pl_day(s2, 'środa')
    t2 = f"""Pani Agnieszko,

bardzo przepraszam, ale muszę odwołać jutrzejsze spotkanie o {hm(st1)} – Krzysztof zachorował.
Jutro rano wyślę nowe zaproszenie na przyszły tydzień.

Pozdrawiam
Aleksandra Zając
HR Generalist | Ursus Data
"""
    e2, _ = human_mail(seed='c13b', client='gmail', sent=s2, frm=az, to=[(OWNER_NAME, OWNER)], cc=[kw],
                       subject='Odwołanie rozmowy technicznej – Ursus Data', text=t2)
    s3 = T(2026, 6, 10, 16, 22, 40)
    e3, _ = google_invite(seed='c13c', kind='cancel', lang='pl', title=title, start=st1, end=st1 + timedelta(hours=1),
                          tz=WAW, organizer=az, guests=[(a, b, 'ACCEPTED') for a, b, _ in guests],
                          description=desc, meet='urs-dqtk-fpl', uid=uid1, seq=1, sent=s3,
                          created=s1 - timedelta(minutes=1))
    s4 = T(2026, 6, 11, 9, 5, 12)
    desc2 = desc + '\n\nNowy termin rozmowy (poprzednie spotkanie zostało odwołane).'
    e4, _ = google_invite(seed='c13d', kind='new', lang='pl', title=title, start=st2, end=st2 + timedelta(hours=1),
                          tz=WAW, organizer=az, guests=guests, description=desc2, meet='urs-hxbe-tqw', uid=uid2,
                          seq=0, sent=s4, created=s4 - timedelta(minutes=1))
    files = {'01-zaproszenie-czwartek.eml': e1, '02-odwolanie-mail.eml': e2, '03-odwolane-wydarzenie.eml': e3,
             '04-zaproszenie-nowy-termin.eml': e4}
    label = lab([iv('Ursus Data', role, st1, st1 + timedelta(hours=1), 'cancelled', [kw[1]], [kw[1]], 'technical'),
                 iv('Ursus Data', role, st2, st2 + timedelta(hours=1), 'scheduled', [kw[1]], [kw[1]], 'technical')],
                'hard', 'positive/cancel-and-rebook',
                'Polish Google invites: Thu 11 Jun cancelled ("jutrzejsze spotkanie" + METHOD:CANCEL), re-booked '
                'as a NEW event (new UID) on Tue 16 Jun -> two entries, one cancelled and one scheduled.')
    return slug, files, label


# =========================================================================== NEGATIVE CASES
@case
def c14():
    slug = 'justjoinit-job-alert'
    sent = T(2026, 2, 9, 7, 0, 4)
    pl_day(sent, 'poniedziałek')
    web = T(2026, 2, 12, 18, 0)
    pl_day(web, 'czwartek')
    offers = [
        ('Senior QA Automation Engineer', 'Tatra Cloud', 'Kraków / hybrydowo', '20 000 – 26 000 PLN netto (B2B)',
         'Rekrutacja: rozmowa z HR (20 min) → rozmowa techniczna online → decyzja w 5 dni'),
        ('Test Automation Engineer (Playwright)', 'Nimbus Fleet GmbH', '100% zdalnie', '5 500 – 6 800 EUR netto (B2B)',
         'Szybki proces: jedno spotkanie online, oferta w 48h'),
        ('SDET – Java', 'Orbit Ledger (US)', 'Remote, praca w godz. 14:00–22:00', '24 000 – 30 000 PLN netto (B2B)',
         '1 etap techniczny + rozmowa z hiring managerem'),
        ('QA Engineer (mobile)', 'Bitfalda', 'Warszawa', '13 000 – 16 000 PLN brutto (UoP)',
         'Zadanie domowe + rozmowa rekrutacyjna w biurze'),
    ]
    lines = ['Cześć Agnieszka,', '', 'mamy dla Ciebie 4 nowe oferty pasujące do alertu „QA Automation, Kraków + Remote”:', '']
    for t, c, loc, sal, proc in offers:
        lines += [f'• {t} – {c}', f'  {loc} | {sal}', f'  {proc}',
                  f'  https://justjoin.it/job-offer/{c.lower().replace(" ", "-").replace("(", "").replace(")", "")}-{h(t, 6)}', '']
    lines += ['—', f'Webinar: „Rozmowa rekrutacyjna na QA – pytania, które padają najczęściej” – '
              f'{pl_full(web)}, godz. {hm(web)}. Zapisz się: https://justjoin.it/webinar', '',
              'Zmień ustawienia alertu: https://justjoin.it/alerts', 'Just Join IT, ul. Przykładowa 1, Kraków']
    text = '\n'.join(lines) + '\n'
    htmlb = ('<html><body style="font-family:Inter,Arial,sans-serif;background:#f6f6f6"><table width="600" align="center">'
             + ''.join(f'<tr><td style="padding:12px;background:#fff"><b>{html.escape(t)}</b><br>{html.escape(c)} · '
                       f'{html.escape(loc)}<br><span style="color:#7a7">{html.escape(sal)}</span><br>'
                       f'<small>{html.escape(proc)}</small></td></tr>' for t, c, loc, sal, proc in offers)
             + f'<tr><td>Webinar: {html.escape(pl_full(web))}, {hm(web)}</td></tr></table></body></html>\n')
    body = multipart('alternative', '----=_Part_' + h('c14b', 18), [
        leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', htmlb, 'base64')])
    hdrs = received('o7.sendgrid.net', '198.51.100.77', sent, 'c14')
    hdrs += [('Return-Path', '<bounces+2239@em.justjoin.it>'), ('From', 'Just Join IT <alerts@justjoin.it>'),
             ('To', OWNER), ('Subject', enc_words('4 nowe oferty: QA Automation – Kraków + Remote')),
             ('Date', rfc(sent)), ('Message-ID', f'<{h("c14m", 22)}@justjoin.it>'),
             ('List-Unsubscribe', '<https://justjoin.it/alerts/unsubscribe>')]
    files = {'01-justjoinit-alert.eml': message(hdrs, body)}
    return slug, files, lab([], 'easy', 'negative/job-alert',
                            'Job alert listing recruitment processes ("rozmowa techniczna", "spotkanie online") and a '
                            'webinar date/time about interviews; nothing booked for the user.')


@case
def c15():
    slug = 'pracuj-application-receipt'
    sent = T(2026, 3, 3, 21, 14, 37)
    text = f"""Twoja aplikacja została wysłana

Stanowisko: Tester automatyzujący / Testerka automatyzująca (Selenium, Java)
Pracodawca: Falenica Insurance Tech sp. z o.o.
Data wysłania: {pl_date(sent)} {sent.year}, godz. {hm2(sent)}

Co dalej?
Pracodawca przejrzy zgłoszenia i skontaktuje się z wybranymi osobami, aby umówić rozmowę rekrutacyjną.
Etapy rekrutacji wskazane w ogłoszeniu:
1. Rozmowa telefoniczna z rekruterem (ok. 20 min)
2. Spotkanie z zespołem (online, ok. 1,5 h)
3. Oferta

Status aplikacji sprawdzisz w zakładce „Moje aplikacje”: https://www.pracuj.pl/konto/aplikacje

Powodzenia!
Zespół Pracuj.pl

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
"""
    body = multipart('alternative', '----=_Part_' + h('c15b', 18), [
        leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', '<html><body>' + gmail_html(text) + '</body></html>\n', 'quoted-printable')])
    hdrs = received('mx-out.pracuj.pl', '203.0.113.60', sent, 'c15')
    hdrs += [('Return-Path', '<noreply@pracuj.pl>'), ('From', 'Pracuj.pl <noreply@pracuj.pl>'),
             ('To', OWNER), ('Subject', enc_words('Potwierdzenie aplikacji: Tester automatyzujący / Testerka automatyzująca')),
             ('Date', rfc(sent)), ('Message-ID', f'<{uuidish("c15m")}@pracuj.pl>')]
    files = {'01-pracuj-potwierdzenie-aplikacji.eml': message(hdrs, body)}
    return slug, files, lab([], 'easy', 'negative/application-received',
                            'Pracuj.pl application receipt listing future interview stages; no interview scheduled.')


@case
def c16():
    slug = 'availability-request-next-week'
    jm = ('Justyna Michalska', 'justyna.michalska@bystra-robotics.example')
    sent = T(2026, 2, 19, 11, 26, 3)
    pl_day(sent, 'czwartek')
    d1, d2 = T(2026, 2, 24, 10, 0), T(2026, 2, 25, 10, 0)
    pl_day(d1, 'wtorek'); pl_day(d2, 'środa')
    text = f"""Dzień dobry Pani Agnieszko,

Pani profil bardzo nam się spodobał i chcielibyśmy zaprosić Panią na rozmowę rekrutacyjną na stanowisko
QA Automation Engineer (ROS/robotyka), ok. 45 minut na Google Meet.

Czy mogłaby Pani podać 2–3 terminy w przyszłym tygodniu? Najlepiej {PL_DAYS[d1.weekday()]} {pl_date(d1)} lub
{PL_DAYS[d2.weekday()]} {pl_date(d2)} między 10:00 a 15:00. Można też od razu wybrać wolny slot w moim
kalendarzu: https://calendar.app.google/{alnum('c16cal', 17)}

Pozdrawiam
Justyna Michalska
Talent Acquisition | Bystra Robotics
"""
    eml, _ = human_mail(seed='c16a', client='gmail', sent=sent, frm=jm, to=[(OWNER_NAME, OWNER)],
                        subject='Zaproszenie do rozmowy – QA Automation Engineer – Bystra Robotics', text=text)
    files = {'01-bystra-prosba-o-terminy.eml': eml}
    return slug, files, lab([], 'medium', 'negative/availability-request',
                            'Invitation to interview with candidate days/hours and a booking page, but no slot is '
                            'booked in the case.')


@case
def c17():
    slug = 'b2b-user-interviews-junior-candidate'
    pw = ('Patrycja Wilk', 'patrycja.wilk@klodnica-systems.example')
    jn = ('Jan Nowicki', 'jan.nowicki.qa@mail.example')
    ad = ('Adam Duda', 'adam.duda@klodnica-systems.example')
    sent = T(2026, 2, 20, 13, 2, 10)
    start = T(2026, 2, 26, 11, 0)
    pl_day(start, 'czwartek')
    body = """Cześć Agnieszko,

dzięki, że zgodziłaś się poprowadzić część techniczną rozmowy z kandydatem na Junior QA Engineer (Jan
Nowicki). Adam zrobi część o procesie, Ty – pytania z automatyzacji (Selenium, podstawy API). CV Jana
i arkusz oceny wrzuciłam na SharePoint, link w poprzednim mailu.

Wysyłam na Twój prywatny adres, bo konto kontraktora (B2B) nie ma jeszcze dostępu do kalendarza.
Po rozmowie poproszę o ocenę w arkuszu do końca dnia.

Patrycja Wilk
Internal Recruiter | Kłodnica Systems"""
    eml, _ = outlook_invite(seed='c17a', lang='pl', subject='Rozmowa rekrutacyjna: Junior QA Engineer – kandydat Jan Nowicki',
                            sent=sent, organizer=pw, required=[(OWNER_NAME, OWNER), ad, jn], start=start,
                            end=start + timedelta(hours=1), win_tzid='Central European Standard Time', body=body,
                            uid=outlook_uid('c17uid'), seq=0)
    files = {'01-rozmowa-rekrutacyjna-junior-qa.eml': eml}
    return slug, files, lab([], 'hard', 'negative/user-is-interviewer',
                            'Teams invite titled "Rozmowa rekrutacyjna" where the user (a B2B contractor at the '
                            'client) interviews a junior candidate; she is not the candidate.')


@case
def c18():
    slug = 'online-test-deadline-ics'
    rq = ('Mazovia Cloud – Rekrutacja', 'rekrutacja@mazoviacloud.example')
    sent = T(2026, 3, 2, 9, 14, 55)
    dl = T(2026, 3, 6, 23, 59)
    pl_day(dl, 'piątek')
    text = f"""Dzień dobry,

dziękujemy za zainteresowanie rolą QA Automation Engineer w Mazovia Cloud. Kolejnym etapem jest test
praktyczny online (zadanie z automatyzacji w Playwright + krótki quiz). Test trwa 90 minut; można go
rozpocząć w dowolnym momencie do piątku, {pl_date(dl)}, godz. {hm(dl)}.

Link do testu: https://assess.mazoviacloud.example/t/{alnum('c18t', 20)}

To nie jest rozmowa – rozwiązanie oceni zespół, a o wynikach poinformujemy mailowo. W załączniku
przypomnienie do kalendarza z terminem końcowym.

Zespół Rekrutacji Mazovia Cloud
"""
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Mazovia Cloud//Assessments//PL', 'METHOD:PUBLISH']
    L += vtz_olson_eu('Europe/Warsaw')
    L += ['BEGIN:VEVENT', f'UID:assessment-{h("c18uid", 16)}@mazoviacloud.example', f'DTSTAMP:{ics_utc(sent)}',
          f'DTSTART;TZID=Europe/Warsaw:{ics_loc(dl - timedelta(minutes=29))}', f'DTEND;TZID=Europe/Warsaw:{ics_loc(dl)}',
          'SUMMARY:Termin końcowy: test online – QA Automation Engineer (Mazovia Cloud)',
          'DESCRIPTION:' + esc('Ostatnia chwila na rozpoczęcie/ukończenie testu (90 min).'),
          'STATUS:CONFIRMED', 'TRANSP:TRANSPARENT', 'END:VEVENT', 'END:VCALENDAR']
    att = leaf('text/calendar; charset=UTF-8; method=PUBLISH; name="termin-testu.ics"', ics(L), 'quoted-printable',
               ['Content-Disposition: attachment; filename="termin-testu.ics"'])
    eml, _ = human_mail(seed='c18a', client='thunderbird', sent=sent, frm=rq, to=[(OWNER_NAME, OWNER)],
                        subject='Test online – QA Automation Engineer – Mazovia Cloud', text=text, attachments=[att],
                        host='mail.mazoviacloud.example', ip='203.0.113.18')
    files = {'01-mazovia-test-online.eml': eml}
    return slug, files, lab([], 'medium', 'negative/online-assessment',
                            'Online assessment with a deadline reminder .ics (timed event); explicitly not a conversation.')


@case
def c19():
    slug = 'rejection-after-interview'
    kj = ('Kamila Jasińska', 'kamila.jasinska@solvosoftware.example')
    sent = T(2026, 3, 17, 15, 40, 0)
    past = T(2026, 3, 12, 14, 0)
    pl_day(past, 'czwartek')
    text = f"""Dzień dobry Pani Agnieszko,

dziękujemy za udział w rozmowie rekrutacyjnej w {PL_DAYS[past.weekday()]}, {pl_date(past)}, i za czas poświęcony
na zadanie. Po długiej dyskusji zdecydowaliśmy się kontynuować proces z osobą, której doświadczenie
w testach wydajnościowych lepiej pasuje do obecnych potrzeb projektu.

Jeśli chciałaby Pani otrzymać szczegółowy feedback, chętnie umówię krótką rozmowę – proszę dać znać.
Pani CV zachowamy (za zgodą) na potrzeby przyszłych rekrutacji.

Pozdrawiam serdecznie
Kamila Jasińska
Recruitment Lead | Solvo Software
"""
    eml, _ = human_mail(seed='c19a', client='outlook', sent=sent, frm=kj, to=[(OWNER_NAME, OWNER)],
                        subject='Solvo Software – informacja po rozmowie rekrutacyjnej', text=text)
    files = {'01-solvo-decyzja.eml': eml}
    return slug, files, lab([], 'easy', 'negative/rejection',
                            'Rejection referring to a past interview (12 March) and offering an unscheduled feedback call.')


@case
def c20():
    slug = 'postgrad-admission-rozmowa-kwalifikacyjna'
    org = ('Dział Rekrutacji ATI', 'rekrutacja@ati-krakow.example')
    sent = T(2026, 9, 7, 8, 55, 30)
    start = T(2026, 9, 14, 17, 30)
    pl_day(start, 'poniedziałek')
    body = """Szanowna Pani,

uprzejmie informujemy, że rozmowa kwalifikacyjna na studia podyplomowe „Inżynieria jakości oprogramowania”
(edycja 2026/2027) odbędzie się w formie zdalnej, w aplikacji Microsoft Teams. Rozmowa trwa ok. 15 minut
i dotyczy motywacji oraz dotychczasowego doświadczenia. Komisja: dr inż. M. Ostrowski, mgr A. Czarnecka.

Wyniki rekrutacji zostaną ogłoszone w systemie IRK do 21 września.

Z poważaniem
Dział Rekrutacji
Akademia Techniczno-Informatyczna w Krakowie"""
    eml, _ = outlook_invite(seed='c20a', lang='pl',
                            subject='Rozmowa kwalifikacyjna – studia podyplomowe „Inżynieria jakości oprogramowania”',
                            sent=sent, organizer=org, required=[(OWNER_NAME, OWNER)], start=start,
                            end=start + timedelta(minutes=15), win_tzid='Central European Standard Time', body=body,
                            uid=outlook_uid('c20uid'), seq=0)
    files = {'01-ati-rozmowa-kwalifikacyjna.eml': eml}
    return slug, files, lab([], 'hard', 'negative/non-job-interview',
                            '"Rozmowa kwalifikacyjna" (the usual Polish phrase for a job interview) for a postgraduate '
                            'programme admission, sent as a Teams invite: admissions interview, not a job.')


@case
def c21():
    slug = 'krakow-testing-meetup-ics'
    start = T(2026, 10, 22, 18, 0)
    pl_day(start, 'czwartek')
    end = start.replace(hour=20, minute=30)
    desc = ("Kraków Testing Meetup #38\n18:00 – „Jak wygląda rozmowa rekrutacyjna na SDET w firmie z USA” "
            "(panel z rekruterami)\n19:00 – mock interview na żywo z ochotnikiem z sali\n20:00 – networking i pizza\n"
            "Wstęp wolny, rejestracja obowiązkowa.")
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kraków Testing Meetup//Events//PL', 'CALSCALE:GREGORIAN',
         'METHOD:PUBLISH']
    L += vtz_olson_eu('Europe/Warsaw')
    L += ['BEGIN:VEVENT', f'UID:ktm-38-{h("c21uid", 10)}@krakow-testing.example', 'DTSTAMP:20261001T090000Z',
          f'DTSTART;TZID=Europe/Warsaw:{ics_loc(start)}', f'DTEND;TZID=Europe/Warsaw:{ics_loc(end)}',
          'SUMMARY:Kraków Testing Meetup #38: rozmowa rekrutacyjna na SDET – jak się przygotować',
          'DESCRIPTION:' + esc(desc), 'LOCATION:' + esc('Hub Zabłocie, ul. Przykładowa 20, Kraków'),
          'ORGANIZER;CN=Kraków Testing Meetup:mailto:kontakt@krakow-testing.example',
          'URL:https://krakow-testing.example/meetup/38', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE',
          'END:VEVENT', 'END:VCALENDAR']
    files = {'01-krakow-testing-meetup-38.ics': ics(L)}
    return slug, files, lab([], 'medium', 'negative/meetup-event',
                            'Community meetup .ics about job interviews (panel + public mock interview); not a '
                            'hiring-process step for the user.')


@case
def c22():
    slug = 'paid-mock-interview-calendly'
    ml = ('Marta Lewandowska', 'marta.lewandowska@careerlift-coaching.example')
    sent = T(2026, 10, 30, 20, 11, 48)
    start = T(2026, 11, 6, 9, 0)
    pl_day(start, 'piątek')
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=1)
    ev = 'Mock interview po angielsku dla QA/SDET (60 min, płatna sesja)'
    text = f"""Hi Agnieszka Kowalczyk,

A new event has been scheduled.

Event Type:
{ev}

Invitee:
Agnieszka Kowalczyk
{OWNER}

Event Date/Time:
{hm2(start)} - {hm2(end)} Friday, November 6, 2026 (Central European Time)

Location:
Google Meet: https://meet.google.com/cla-mvpq-rta

Payment:
350.00 PLN (Stripe)

Questions:
Na jakie stanowiska aplikujesz?
SDET / QA Automation w firmach z USA i Niemiec – chcę przećwiczyć rozmowę techniczną po angielsku.

Host: Marta Lewandowska (CareerLift Coaching)

Cancel or reschedule: https://calendly.com/cancellations/{uuidish('c22c')}

Powered by Calendly.com
"""
    en_day(start, 'Friday')
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendly//Calendly Events//EN', 'METHOD:REQUEST',
         'BEGIN:VEVENT', f'UID:{uuidish("c22uid")}', f'DTSTAMP:{ics_utc(sent)}', f'DTSTART:{ics_utc(start)}',
         f'DTEND:{ics_utc(end)}', f'SUMMARY:{esc(ev)}',
         'DESCRIPTION:' + esc('Płatna sesja coachingowa – symulacja rozmowy rekrutacyjnej po angielsku.\n'
                              'Google Meet: https://meet.google.com/cla-mvpq-rta'),
         'LOCATION:Google Meet', f'ORGANIZER;CN={ml[0]}:mailto:{ml[1]}',
         f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={OWNER_NAME}:mailto:{OWNER}',
         'STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    body = multipart('mixed', '--_calendly_' + h('c22mix', 20), [
        multipart('alternative', '--_calendly_' + h('c22alt', 20), [
            leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
            leaf('text/html; charset=UTF-8', '<html><body>' + gmail_html(text) + '</body></html>\n', 'quoted-printable')]),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', ics(L), 'base64',
             ['Content-Disposition: attachment; filename="invite.ics"'])])
    hdrs = received('o3.mail.calendly.com', '198.51.100.103', sent, 'c22')
    hdrs += [('Return-Path', '<bounces+9012@mail.calendly.com>'), ('From', 'Calendly <notifications@calendly.com>'),
             ('Reply-To', addr(*ml)), ('To', OWNER),
             ('Subject', enc_words(f'Confirmed: {ev} with Marta Lewandowska on Friday, November 6, 2026')),
             ('Date', rfc(sent.astimezone(UTC)).replace('-0000', '+0000')),
             ('Message-ID', f'<{h("c22m", 30)}@calendly.com>')]
    files = {'01-calendly-mock-interview.eml': message(hdrs, body)}
    return slug, files, lab([], 'hard', 'negative/mock-interview',
                            'Booked Calendly event with a coach: paid mock interview (coaching), not a hiring step. '
                            'CET again after 25 Oct.')


# =========================================================================== main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX + '-') and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, label = fn()
        cid = f'{PREFIX}-{i:02d}-{slug}'
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, content in files.items():
            with open(os.path.join(d, fname), 'wb') as f:
                f.write(content.encode('utf-8'))
        labels[cid] = label
    hdr = ('# Labels for blind149 (written blind). Schema: /work/shared/eval/README.md\n'
           '# Generated by make_cases.py - do not edit by hand.\n')
    with open(os.path.join(HERE, 'labels.yaml'), 'wb') as f:
        f.write((hdr + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100)).encode('utf-8'))
    pos = sum(1 for v in labels.values() if v['interview'])
    ivs = [x for v in labels.values() for x in v['interviews']]
    print(f'{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews '
          f'({sum(x["status"] == "scheduled" for x in ivs)} scheduled, {sum(x["status"] == "cancelled" for x in ivs)} cancelled)')


if __name__ == '__main__':
    main()
