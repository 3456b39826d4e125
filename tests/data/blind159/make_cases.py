#!/usr/bin/env python3
"""Regenerate the blind159 evaluation set (cases + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs; running it twice
produces byte-identical output.  Standard library + PyYAML + zoneinfo only.
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
OWNER = 'nele.hartwig@example.com'
OWNER_NAME = 'Nele Hartwig'
OWNER_ADDR = formataddr((OWNER_NAME, OWNER))

BER = ZoneInfo('Europe/Berlin')
LON = ZoneInfo('Europe/London')
LIS = ZoneInfo('Europe/Lisbon')
TLV = ZoneInfo('Asia/Jerusalem')
UTC = timezone.utc


# ----------------------------------------------------------------------------------------
# date helpers
# ----------------------------------------------------------------------------------------
def T(y, mo, d, h=0, mi=0, s=0, tz=BER):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


WD3 = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
EN_WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
DE_WD = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
DE_WD_ABBR = ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.']
DE_MON = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August',
          'September', 'Oktober', 'November', 'Dezember']
DE_MON_ABBR = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.',
               'Okt.', 'Nov.', 'Dez.']


def says(dt, wd):
    """Assert that dt falls on the weekday named in the text (Mon..Sun)."""
    assert WD3[dt.weekday()] == wd, (dt.isoformat(), wd, WD3[dt.weekday()])
    return dt


def de_long(d):
    return f'{DE_WD[d.weekday()]}, {d.day}. {DE_MON[d.month - 1]} {d.year}'


def en_long(d):
    return f'{EN_WD[d.weekday()]}, {d.day} {EN_MON[d.month - 1]} {d.year}'


def hm(d):
    return d.strftime('%H:%M')


def ampm(d):
    h = d.hour % 12 or 12
    suf = 'am' if d.hour < 12 else 'pm'
    return f'{h}{suf}' if d.minute == 0 else f'{h}:{d.minute:02d}{suf}'


def berlin_abbr(d, lang='en'):
    summer = d.astimezone(BER).utcoffset() == timedelta(hours=2)
    if lang == 'de':
        return 'MESZ' if summer else 'MEZ'
    return 'CEST' if summer else 'CET'


def iso(d):
    return d.isoformat()


def h8(s, n=8):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


# ----------------------------------------------------------------------------------------
# MIME helpers (messages are written with LF line endings, as mail stores export them)
# ----------------------------------------------------------------------------------------
def hdr(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8', maxlinelen=76).encode()


def addr(name, email):
    return formataddr((name, email))


def qp(text, charset='utf-8'):
    return quopri.encodestring(text.encode(charset)).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def text_part(body, sub='plain', cte='quoted-printable', charset='UTF-8', params=''):
    if cte == 'quoted-printable':
        enc = qp(body, charset.lower())
    elif cte == 'base64':
        enc = b64(body.encode(charset.lower()))
    else:
        enc = body
    return (f'Content-Type: text/{sub}; charset="{charset}"{params}\n'
            f'Content-Transfer-Encoding: {cte}\n\n{enc}')


def cal_part(ics_text, method, cte=None):
    """Inline text/calendar part.  ics_text uses LF line ends here."""
    if cte is None:
        try:
            ics_text.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = 'base64'
    body = b64(ics_text.replace('\n', '\r\n')) if cte == 'base64' else ics_text
    return (f'Content-Type: text/calendar; charset="UTF-8"; method={method}\n'
            f'Content-Transfer-Encoding: {cte}\n\n{body}')


def attach(data, ctype, filename, extra_params=''):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return (f'Content-Type: {ctype}; name="{filename}"{extra_params}\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            f'Content-Transfer-Encoding: base64\n\n{b64(data)}')


def multipart(sub, boundary, parts, params=''):
    s = f'Content-Type: multipart/{sub}; boundary="{boundary}"{params}\n\n'
    for p in parts:
        s += f'--{boundary}\n{p.rstrip(chr(10))}\n'
    s += f'--{boundary}--\n'
    return s


def gboundary(seed):
    return '0000000000' + h8(seed, 14)


URL_RE = re.compile(r'(https?://[^\s<>"]+)')


def txt2html(text, font='Arial,Helvetica,sans-serif'):
    paras = []
    for block in text.strip('\n').split('\n\n'):
        lines = []
        for ln in block.split('\n'):
            e = html.escape(ln)
            e = URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', e)
            lines.append(e)
        paras.append('<p>' + '<br>\n'.join(lines) + '</p>')
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font};font-size:14px">\n'
            + '\n'.join(paras) + '\n</div></body></html>\n')


def alt_body(text, seed, cte='quoted-printable', font='Arial,Helvetica,sans-serif',
             html_text=None):
    return multipart('alternative', gboundary('alt' + seed), [
        text_part(text, 'plain', cte),
        text_part(html_text if html_text is not None else txt2html(text, font), 'html',
                  'quoted-printable'),
    ])


def message(*, date, frm, subject, msgid, body, to=OWNER_ADDR, cc=None, reply_to=None,
            in_reply_to=None, references=None, sender=None, extra=(), host='mail.example.net',
            ip='198.51.100.23', return_path=None):
    rdate = date + timedelta(seconds=3)
    rid = h8(msgid, 12)
    H = [('Delivered-To', OWNER),
         ('Received', f'from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id '
                      f'{rid}\n        for <{OWNER}>\n        (version=TLS1_3 '
                      f'cipher=TLS_AES_256_GCM_SHA384);\n        {format_datetime(rdate)}')]
    if return_path:
        H.append(('Return-Path', f'<{return_path}>'))
    H += list(extra)
    H.append(('From', frm))
    if sender:
        H.append(('Sender', sender))
    H.append(('To', to))
    if cc:
        H.append(('Cc', cc))
    if reply_to:
        H.append(('Reply-To', reply_to))
    H.append(('Subject', hdr(subject)))
    H.append(('Date', format_datetime(date)))
    H.append(('Message-ID', msgid))
    if in_reply_to:
        H.append(('In-Reply-To', in_reply_to))
    if references:
        H.append(('References', references))
    H.append(('MIME-Version', '1.0'))
    return '\n'.join(f'{k}: {v}' for k, v in H) + '\n' + body


def quote(text, prefix='> '):
    return '\n'.join((prefix + ln).rstrip() if ln else prefix.rstrip()
                     for ln in text.rstrip('\n').split('\n'))


# ----------------------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------------------
def esc(s):
    return (s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\n', '\\n'))


def fold(line):
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 75:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return out


def ics_join(lines, crlf=True):
    folded = []
    for ln in lines:
        folded += fold(ln)
    sep = '\r\n' if crlf else '\n'
    return sep.join(folded) + sep


def utcstamp(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def local(d, tz):
    return d.astimezone(tz).strftime('%Y%m%dT%H%M%S')


VTZ = {
    'Europe/Berlin': ['BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'X-LIC-LOCATION:Europe/Berlin',
                      'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST',
                      'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
                      'END:DAYLIGHT', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0200',
                      'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:19701025T030000',
                      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
                      'END:VTIMEZONE'],
    'Europe/London': ['BEGIN:VTIMEZONE', 'TZID:Europe/London', 'X-LIC-LOCATION:Europe/London',
                      'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'TZNAME:BST',
                      'DTSTART:19700329T010000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
                      'END:DAYLIGHT', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0100',
                      'TZOFFSETTO:+0000', 'TZNAME:GMT', 'DTSTART:19701025T020000',
                      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
                      'END:VTIMEZONE'],
    'GMT Standard Time': ['BEGIN:VTIMEZONE', 'TZID:GMT Standard Time', 'BEGIN:STANDARD',
                          'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000',
                          'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
                          'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000',
                          'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
                          'END:DAYLIGHT', 'END:VTIMEZONE'],
}
TZ_OF = {'Europe/Berlin': BER, 'Europe/London': LON, 'GMT Standard Time': LIS}


def attendee(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp=True,
             cutype=True, google=False):
    p = 'ATTENDEE'
    if cutype:
        p += ';CUTYPE=INDIVIDUAL'
    p += f';ROLE={role};PARTSTAT={partstat}'
    if rsvp is not None:
        p += f';RSVP={"TRUE" if rsvp else "FALSE"}'
    if name:
        p += f';CN={name}' if not any(c in name for c in ',;:') else f';CN="{name}"'
    if google:
        p += ';X-NUM-GUESTS=0'
    return p + f':mailto:{email}'


def vevent(*, uid, seq, dtstamp, start, end, summary, description='', location='',
           organizer=None, attendees=(), status='CONFIRMED', tzid=None, extra=(),
           created=None, pre=()):
    L = ['BEGIN:VEVENT']
    L += list(pre)
    if tzid:
        tz = TZ_OF[tzid]
        L.append(f'DTSTART;TZID={tzid}:{local(start, tz)}')
        L.append(f'DTEND;TZID={tzid}:{local(end, tz)}')
    else:
        L.append(f'DTSTART:{utcstamp(start)}')
        L.append(f'DTEND:{utcstamp(end)}')
    L.append(f'DTSTAMP:{utcstamp(dtstamp)}')
    if organizer:
        L.append(f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}')
    L.append(f'UID:{uid}')
    L += list(attendees)
    if created:
        L.append(f'CREATED:{utcstamp(created)}')
    if description:
        L.append(f'DESCRIPTION:{esc(description)}')
    if created:
        L.append(f'LAST-MODIFIED:{utcstamp(dtstamp)}')
    if location:
        L.append(f'LOCATION:{esc(location)}')
    L.append(f'SEQUENCE:{seq}')
    L.append(f'STATUS:{status}')
    L.append(f'SUMMARY:{esc(summary)}')
    L.append('TRANSP:OPAQUE')
    L += list(extra)
    L.append('END:VEVENT')
    return L


def vcalendar(method, prodid, events, tzids=(), crlf=True, head_extra=()):
    L = ['BEGIN:VCALENDAR', f'PRODID:{prodid}', 'VERSION:2.0', 'CALSCALE:GREGORIAN']
    if method:
        L.append(f'METHOD:{method}')
    L += list(head_extra)
    for t in tzids:
        L += VTZ[t]
    for ev in events:
        L += ev
    L.append('END:VCALENDAR')
    return ics_join(L, crlf)


# ----------------------------------------------------------------------------------------
# Google Calendar invitation mails (what calendar-notification@google.com sends)
# ----------------------------------------------------------------------------------------
def gsubject_when(start, end, lang):
    s, e = start.astimezone(BER), end.astimezone(BER)
    if lang == 'de':
        return (f'{DE_WD_ABBR[s.weekday()]} {s.day}. {DE_MON_ABBR[s.month - 1]} {s.year} '
                f'{hm(s)} - {hm(e)} ({berlin_abbr(s, "de")})')
    return (f'{WD3[s.weekday()]} {EN_MON[s.month - 1][:3]} {s.day}, {s.year} '
            f'{ampm(s)} - {ampm(e)} ({berlin_abbr(s)})')


def google_invite(*, lang, method, sent, msgid, uid, seq, title, start, end, organizer,
                  guests, description, meet=None, location='', created, ip, kind='new'):
    s, e = start.astimezone(BER), end.astimezone(BER)
    eid = base64.urlsafe_b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    cancelled = method == 'CANCEL'
    if lang == 'de':
        pre = {'new': 'Einladung', 'update': 'Aktualisierte Einladung',
               'cancel': 'Abgesagter Termin'}[kind]
        when = (f'{DE_WD[s.weekday()]}, {s.day}. {DE_MON[s.month - 1]} {s.year} ⋅ '
                f'{hm(s)} – {hm(e)}\nMitteleuropäische Zeit - Berlin')
        t_meet, t_phone, t_org, t_guests = ('Mit Google Meet teilnehmen', 'Telefonisch teilnehmen',
                                            'Organisator', 'Gäste')
        t_all = 'Alle Gästeinformationen ansehen'
        t_reply = f'Antworten für {OWNER} und weitere Details ansehen'
        t_cancel = 'Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.'
        t_from = 'Einladung von Google Kalender: https://calendar.google.com/calendar/'
        t_why = 'Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.'
        t_fwd = ('Wenn Sie diese Einladung weiterleiten, kann jeder Empfänger dem Organisator '
                 'antworten, zur Gästeliste hinzugefügt werden, andere Personen einladen oder '
                 'Ihre Antwort ändern. Weitere Informationen '
                 'https://support.google.com/calendar/answer/37135#forwarding')
        t_org_mark, t_loc = 'Organisator', 'Ort'
    else:
        pre = {'new': 'Invitation', 'update': 'Updated invitation',
               'cancel': 'Canceled event'}[kind]
        when = (f'{EN_WD[s.weekday()]} {EN_MON[s.month - 1][:3]} {s.day}, {s.year} ⋅ '
                f'{ampm(s)} – {ampm(e)}\nCentral European Time - Berlin')
        t_meet, t_phone, t_org, t_guests = ('Join with Google Meet', 'Join by phone',
                                            'Organizer', 'Guests')
        t_all = 'View all guest info'
        t_reply = f'Reply for {OWNER} and view more details'
        t_cancel = 'This event has been canceled and removed from your calendar.'
        t_from = 'Invitation from Google Calendar: https://calendar.google.com/calendar/'
        t_why = 'You are receiving this email because you are an attendee on the event.'
        t_fwd = ('Forwarding this invitation could allow any recipient to send a response to the '
                 'organizer, be added to the guest list, invite others regardless of their own '
                 'invitation status, or modify your RSVP. Learn more '
                 'https://support.google.com/calendar/answer/37135#forwarding')
        t_org_mark, t_loc = 'organizer', 'Location'
    subject = f'{pre}: {title} @ {gsubject_when(start, end, lang)} ({OWNER})'
    lines = []
    if cancelled:
        lines += [t_cancel, '']
    lines += [title, when, '']
    if location:
        lines += [t_loc, location, '']
    if meet and not cancelled:
        pin = str(int(h8(uid + 'pin', 8), 16))[:9]
        lines += [t_meet, f'https://meet.google.com/{meet}', '', t_phone,
                  f'(DE) +49 30 5550 {pin[:4]}', f'PIN: {pin}', '']
    lines += [t_org, organizer[0], organizer[1], '', t_guests]
    for name, email, _ in guests:
        if email == organizer[1]:
            lines += [f'{name} - {t_org_mark}', email]
        elif name and email != OWNER:
            lines += [name, email]
        else:
            lines += [email]
    if not cancelled:
        lines += [f'{t_all} {view}']
    lines += ['']
    if description:
        lines += [description, '']
    if not cancelled:
        lines += [f'{t_reply} {view}', '']
    lines += ['', '~~//~~', t_from, '', t_why, '']
    if not cancelled:
        lines += [t_fwd]
    plain = '\n'.join(lines) + '\n'
    # calendar
    atts = []
    for name, email, role in guests:
        if email == organizer[1]:
            atts.append(attendee(name, email, 'REQ-PARTICIPANT', 'ACCEPTED', True, google=True))
        elif email == OWNER:
            atts.append(attendee(email, email, 'REQ-PARTICIPANT',
                                 'NEEDS-ACTION', True, google=True))
        else:
            atts.append(attendee(name, email, role, 'ACCEPTED' if role != 'OPT-PARTICIPANT'
                                 else 'NEEDS-ACTION', True, google=True))
    gdesc = description
    if meet and not cancelled:
        gdesc += ('\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                  f'Join with Google Meet: https://meet.google.com/{meet}\n\n'
                  'Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
                  'Please do not edit this section.\n'
                  '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')
    extra = []
    if meet:
        extra.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    ev = vevent(uid=uid, seq=seq, dtstamp=sent, start=start, end=end, summary=title,
                description=gdesc, location=location, organizer=organizer, attendees=atts,
                status='CANCELLED' if cancelled else 'CONFIRMED', created=created, extra=extra)
    ics_lf = vcalendar(method, '-//Google Inc//Google Calendar 70.9054//EN', [ev], crlf=False)
    ics_crlf = ics_lf.replace('\n', '\r\n')
    body = multipart('mixed', gboundary('mix' + msgid), [
        multipart('alternative', gboundary('alt' + msgid), [
            text_part(plain, 'plain', 'base64', params='; format=flowed; delsp=yes'),
            text_part(txt2html(plain, 'Roboto,Helvetica,Arial,sans-serif'), 'html',
                      'quoted-printable'),
            cal_part(ics_lf, method),
        ]),
        attach(ics_crlf, 'application/ics', 'invite.ics' if not cancelled else 'invite.ics'),
    ])
    return message(date=sent, frm=addr(*organizer), subject=subject, msgid=msgid, body=body,
                   reply_to=addr(*organizer),
                   sender='Google Calendar <calendar-notification@google.com>',
                   return_path=f'{h8(msgid, 20)}@calendar-server.bounces.google.com',
                   host='mail-sor-f41.google.com', ip='209.85.220.41',
                   to=OWNER)


def gcal_event(*, eid, summary, description, start, end, tzname, organizer, attendees,
               created, updated, location=None, meet=None, sequence=0, status='confirmed',
               self_org=False, view_tz=BER):
    """Google Calendar API v3 Event resource as returned by events.list for the owner."""
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{int(h8(eid + "etag", 12), 16)}"',
        'id': eid,
        'status': status,
        'htmlLink': 'https://www.google.com/calendar/event?eid=' + base64.urlsafe_b64encode(
            f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.') +
        f'{int(h8(eid + "ms", 3), 16) % 1000:03d}Z',
        'summary': summary,
    }
    if description:
        ev['description'] = description
    if location:
        ev['location'] = location
    ev['creator'] = {'email': organizer[1]} if self_org else \
        {'email': organizer[1], 'displayName': organizer[0]}
    if self_org:
        ev['creator']['self'] = True
    ev['organizer'] = dict(ev['creator'])
    ev['start'] = {'dateTime': start.astimezone(view_tz).isoformat(), 'timeZone': tzname}
    ev['end'] = {'dateTime': end.astimezone(view_tz).isoformat(), 'timeZone': tzname}
    ev['iCalUID'] = f'{eid}@google.com'
    ev['sequence'] = sequence
    if attendees:
        ev['attendees'] = attendees
    if meet:
        ev['hangoutLink'] = f'https://meet.google.com/{meet}'
        ev['conferenceData'] = {
            'entryPoints': [
                {'entryPointType': 'video', 'uri': f'https://meet.google.com/{meet}',
                 'label': f'meet.google.com/{meet}'},
                {'entryPointType': 'more',
                 'uri': f'https://tel.meet/{meet}?pin={int(h8(eid, 10), 16) % 10**13}',
                 'pin': f'{int(h8(eid, 10), 16) % 10**13}'},
            ],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                   'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/'
                                              'meet_2020q4/v6/web-512dp/'
                                              'logo_meet_2020q4_color_2x_web_512dp.png'},
            'conferenceId': meet,
        }
    ev['reminders'] = {'useDefault': True}
    ev['eventType'] = 'default'
    return json.dumps(ev, indent=2, ensure_ascii=False) + '\n'


def interview(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start),
            'end': iso(end) if end is not None else None, 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(recipients),
            'kind': kind}


CASES = []  # (case_id, [(filename, text)], label)


def case(cid, files, interviews, difficulty, category, notes):
    label = {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
             'difficulty': difficulty, 'category': category, 'notes': notes,
             'source': 'synthetic'}
    CASES.append((cid, files, label))


# ========================================================================================
# 01  Personio Kennenlerngespräch + .ics (German, du)                         positive
# ========================================================================================
def c01():
    cid = 'b159-01-personio-kennenlerngespraech'
    sent = T(2026, 2, 10, 9, 14, 7)
    start = says(T(2026, 2, 18, 11, 30), 'Wed')
    end = T(2026, 2, 18, 12, 0)
    svenja = ('Svenja Brandt', 'svenja.brandt@fahrwerk-mobility.example')
    meet = 'fwk-qbtr-nzo'
    text = f"""Hallo Nele,

vielen Dank für deine Bewerbung als Frontend Developer (React) (m/w/d) bei Fahrwerk Mobility! Dein Portfolio – vor allem das Abfahrtsmonitor-Widget – hat uns echt neugierig gemacht.

Wir würden dich gern in einem ersten Kennenlerngespräch besser kennenlernen. Es geht um dich, deine bisherigen Projekte und darum, wie wir bei Fahrwerk arbeiten – ganz ohne Live-Coding.

Wann: {de_long(start)}, {hm(start)} – {hm(end)} Uhr ({berlin_abbr(start, 'de')})
Wo: Google Meet – https://meet.google.com/{meet}
Mit: Svenja Brandt (Talent Acquisition)

Die Kalendereinladung findest du im Anhang. Falls der Termin doch nicht passt, antworte einfach auf diese Mail, dann finden wir eine Alternative.

Viele Grüße und bis bald
Svenja

--
Svenja Brandt
Talent Acquisition | Fahrwerk Mobility GmbH
{svenja[1]} | +49 30 5557 1842
Lohmühlenstraße 65, 12435 Berlin

Diese Nachricht wurde über Personio versendet. Informationen zum Umgang mit deinen Daten findest du in unserer Datenschutzerklärung: https://fahrwerk-mobility.jobs.personio.de/privacy-policy
"""
    ev = vevent(uid='interview-8812734-3f1c@fahrwerk-mobility.jobs.personio.de', seq=0,
                dtstamp=sent, start=start, end=end, tzid='Europe/Berlin',
                summary='Kennenlerngespräch: Nele Hartwig – Frontend Developer (React) (m/w/d)',
                description=f'Erstes Kennenlerngespräch mit Svenja Brandt (Talent Acquisition).\n'
                            f'Google Meet: https://meet.google.com/{meet}',
                location=f'https://meet.google.com/{meet}', organizer=svenja,
                attendees=[attendee(*svenja, role='CHAIR', partstat='ACCEPTED', rsvp=False),
                           attendee(OWNER_NAME, OWNER)])
    ics = vcalendar('REQUEST', '-//Personio GmbH//Personio Recruiting//DE', [ev],
                    ['Europe/Berlin'])
    body = multipart('mixed', 'personio-mix-' + h8(cid, 16), [
        alt_body(text, cid),
        attach(ics, 'text/calendar', 'Einladung.ics', '; method=REQUEST; charset=UTF-8'),
    ])
    m = message(date=sent, frm=addr('Fahrwerk Mobility GmbH', 'jobs@m.personio.com'),
                reply_to=addr(*svenja),
                subject='Einladung zum Kennenlerngespräch – Frontend Developer (React) (m/w/d)',
                msgid='<0102019c4a7e1b2f-7d1e6a2b-personio-8812734@m.personio.com>', body=body,
                host='m.personio.com', ip='54.240.4.17')
    case(cid, [('01-einladung-kennenlerngespraech.eml', m)],
         [interview('Fahrwerk Mobility', 'Frontend Developer (React)', start, end, 'scheduled',
                    [svenja[1]], [svenja[1]], 'phone_screen')],
         'easy', 'positive/ats-personio-ics',
         'Personio invite with Europe/Berlin VTIMEZONE; the recruiter conducts the first call, so '
         'she is interviewer and follow-up recipient (the From is the Personio relay).')


# ========================================================================================
# 02  Bürgeramt appointment confirmation + .ics                               negative
# ========================================================================================
def c02():
    cid = 'b159-02-buergeramt-termin'
    sent = T(2026, 3, 2, 7, 3, 41)
    appt = says(T(2026, 3, 9, 8, 40), 'Mon')
    text = f"""Sehr geehrte Frau Hartwig,

hiermit bestätigen wir Ihren Termin.

Dienstleistung:   Anmeldung einer Wohnung
Standort:         Bürgeramt Friedrichshain, Frankfurter Allee 35/37, 10247 Berlin
Datum:            {DE_WD[appt.weekday()]}, {appt:%d.%m.%Y}
Uhrzeit:          {hm(appt)} Uhr
Vorgangsnummer:   84172903
Absage-Code:      7QK2

Bitte bringen Sie zu Ihrem Termin folgende Unterlagen mit:
- gültiger Personalausweis oder Reisepass
- ausgefülltes und unterschriebenes Anmeldeformular
- Wohnungsgeberbestätigung (Einzugsbestätigung Ihres Vermieters)

Bitte erscheinen Sie pünktlich und halten Sie die Vorgangsnummer bereit. Bei Verspätung kann der Termin verfallen; ein persönliches Gespräch mit der Sachbearbeitung ist dann nicht mehr garantiert.

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte rechtzeitig ab, damit er anderen Bürgerinnen und Bürgern zur Verfügung steht:
https://service-berlin.example/terminvereinbarung/absage?vorgang=84172903

Mit freundlichen Grüßen
Ihr Bezirksamt Friedrichshain-Kreuzberg von Berlin
Bürgerämter

--
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
"""
    ev = vevent(uid='termin-84172903@service-berlin.example', seq=0, dtstamp=sent,
                start=appt, end=appt + timedelta(minutes=10), tzid='Europe/Berlin',
                summary='Termin Bürgeramt Friedrichshain: Anmeldung einer Wohnung',
                description='Vorgangsnummer: 84172903\nBitte Ausweis, Anmeldeformular und '
                            'Wohnungsgeberbestätigung mitbringen.',
                location='Bürgeramt Friedrichshain, Frankfurter Allee 35/37, 10247 Berlin',
                attendees=[attendee(OWNER_NAME, OWNER, partstat='ACCEPTED', rsvp=False)],
                organizer=('Service-Portal Berlin', 'noreply@service-berlin.example'))
    ics = vcalendar('PUBLISH', '-//ITDZ Berlin//Terminvereinbarung 4.2//DE', [ev],
                    ['Europe/Berlin'])
    body = multipart('mixed', '----=_Part_' + str(int(h8(cid, 8), 16)) + '_1741.1772431421',
                     [text_part(text, 'plain', 'quoted-printable', charset='ISO-8859-1'),
                      attach(ics, 'text/calendar', 'termin.ics')])
    m = message(date=sent, frm=addr('Service-Portal Berlin', 'noreply@service-berlin.example'),
                subject='Terminbestätigung: Anmeldung einer Wohnung – Bürgeramt Friedrichshain '
                        '(Vorgangsnummer 84172903)',
                msgid='<1234567890.84172903.1772431421@service-berlin.example>', body=body,
                host='mx1.service-berlin.example', ip='203.0.113.40',
                to=addr('Nele Hartwig', OWNER))
    case(cid, [('01-terminbestaetigung-buergeramt.eml', m)], [], 'medium',
         'negative/government-appointment',
         'Registration appointment at the citizens office with an .ics; "Termin", "persönliches '
         'Gespräch" but no hiring process.')


# ========================================================================================
# 03  JOIN message, "tomorrow at 14:00 Lisbon time" + same-day confirmation   positive
# ========================================================================================
def c03():
    cid = 'b159-03-join-lisbon-tomorrow'
    sent1 = T(2026, 3, 5, 21, 30, 12, tz=LIS)
    start = T(2026, 3, 6, 14, 0, tz=LIS)
    assert start.date() == sent1.date() + timedelta(days=1)      # "tomorrow"
    end = start + timedelta(minutes=60)
    sent2 = T(2026, 3, 6, 8, 5, 40, tz=LIS)
    assert sent2.date() == start.date()                          # "today"
    assert hm(start.astimezone(BER)) == '15:00'                  # "15:00 your time"
    marta = ('Marta Veloso', 'marta.veloso@mare-analytics.example')
    rui = ('Rui Calado', 'rui.calado@mare-analytics.example')
    footer = """
------------------------------------------------------------
Reply directly to this email to answer Marta. Your reply is added to your application on JOIN.
Manage your applications: https://join.com/candidate/applications

You receive this email because you applied for a job via JOIN.
"""
    text1 = f"""Hi Nele,

you have a new message about your application for Frontend Engineer (Data Visualisation) at Maré Analytics.

------------------------------------------------------------
Marta Veloso wrote:

Hi Nele,

thanks for your patience! Rui and I went through your application and your D3/Svelte side projects, and we'd love to move you straight to the tech interview.

I know this is short notice, but we have a free slot tomorrow at {hm(start)} Lisbon time and I've blocked it for you (60 minutes). Format: we talk through one of your projects, then a small live exercise in the browser – nothing to prepare.

Room: https://whereby.com/mare-eng-interview
Your interviewers: Rui Calado ({rui[1]}), Staff Engineer, and me.

If tomorrow doesn't work after all, just reply here and we'll find something next week.

Best,
Marta

Marta Veloso
Head of Engineering · Maré Analytics
{marta[1]}
{footer}"""
    text2 = f"""Hi Nele,

you have a new message about your application for Frontend Engineer (Data Visualisation) at Maré Analytics.

------------------------------------------------------------
Marta Veloso wrote:

Perfect, thanks Nele – confirmed for today at {hm(start)} (Lisbon), i.e. {hm(start.astimezone(BER))} your time. Same Whereby room as before: https://whereby.com/mare-eng-interview

See you later!
Marta

---
Your message (5 March 2026):
Hi Marta, tomorrow at {hm(start)} works for me – looking forward to it! Nele
{footer}"""
    frm = addr('Maré Analytics', 'noreply@join.com')
    m1 = message(date=sent1, frm=frm, reply_to='<reply+a7c41e90d2f3@reply.join.com>',
                 subject='New message from Maré Analytics',
                 msgid='<20260305213012.a7c41e90d2f3@join.com>',
                 body=alt_body(text1, cid + '1'), host='mail.join.com', ip='198.51.100.71')
    m2 = message(date=sent2, frm=frm, reply_to='<reply+a7c41e90d2f3@reply.join.com>',
                 subject='New message from Maré Analytics',
                 msgid='<20260306080540.b19e77d0c4aa@join.com>',
                 body=alt_body(text2, cid + '2'), host='mail.join.com', ip='198.51.100.71')
    case(cid, [('01-join-message-tech-interview.eml', m1), ('02-join-message-confirmed.eml', m2)],
         [interview('Maré Analytics', 'Frontend Engineer (Data Visualisation)', start, end,
                    'scheduled', [marta[1], rui[1]], [marta[1], rui[1]], 'technical')],
         'hard', 'positive/relative-date-timezone',
         '"tomorrow at 14:00 Lisbon time" resolved against the Date of message 1 (Thu 5 Mar, '
         '+0000) = Fri 6 Mar 14:00 WET = 15:00 CET; message 2 ("today") is the same interview. '
         'JOIN relay sender; the interviewers\' addresses are in the text.')


# ========================================================================================
# 04  Recruitee confirmation + rescheduled (.ics SEQUENCE 0 -> 1), London    positive
# ========================================================================================
def c04():
    cid = 'b159-04-recruitee-london-rescheduled'
    sent1 = T(2026, 3, 16, 10, 5, 22, tz=LON)
    s0 = says(T(2026, 3, 19, 10, 0, tz=LON), 'Thu')
    e0 = s0 + timedelta(hours=1)
    sent2 = T(2026, 3, 18, 17, 20, 3, tz=LON)
    s1 = says(T(2026, 3, 24, 15, 30, tz=LON), 'Tue')
    e1 = s1 + timedelta(hours=1)
    hannah = ('Hannah Cole', 'hannah.cole@tidewater-health.example')
    owen = ('Owen Pryce', 'owen.pryce@tidewater-health.example')
    aditi = ('Aditi Rao', 'aditi.rao@tidewater-health.example')
    meet = 'tdh-wqxm-pka'
    uid = 'interview-55123-7f2e0b@recruitee.com'

    def ics(seq, s, e, stamp):
        ev = vevent(uid=uid, seq=seq, dtstamp=stamp, start=s, end=e, tzid='Europe/London',
                    summary='Tech Interview – Senior Frontend Engineer (Tidewater Health)',
                    description=f'Interviewers: Owen Pryce, Aditi Rao\nVideo call: '
                                f'https://meet.google.com/{meet}',
                    location=f'https://meet.google.com/{meet}', organizer=hannah,
                    attendees=[attendee(*owen, partstat='ACCEPTED'),
                               attendee(*aditi, partstat='ACCEPTED'),
                               attendee(OWNER_NAME, OWNER)])
        return vcalendar('REQUEST', '-//Recruitee//Interview Scheduler//EN', [ev],
                         ['Europe/London'])

    text1 = f"""Hi Nele,

Your interview with Tidewater Health has been scheduled.

Tech Interview – Senior Frontend Engineer
{en_long(s0)}
{hm(s0)} – {hm(e0)} (GMT, Europe/London)
Video call: https://meet.google.com/{meet}

Interviewers
Owen Pryce – Staff Frontend Engineer
Aditi Rao – Engineering Manager, Patient Apps

What to expect: a conversation about a frontend system you have built (architecture, trade-offs, testing), followed by a short code-review exercise on a React component that we'll share on screen.

The calendar invitation is attached. Need to change the time? Just reply to this email.

Kind regards,
Hannah Cole
Talent Partner, Tidewater Health

Sent with Recruitee
"""
    text2 = f"""Hi Nele,

As discussed with Hannah, your interview with Tidewater Health has been moved to a new time.

Tech Interview – Senior Frontend Engineer
New time:      {en_long(s1)}, {hm(s1)} – {hm(e1)} (GMT, Europe/London)
Previous time: {en_long(s0)}, {hm(s0)} – {hm(e0)}
Video call:    https://meet.google.com/{meet} (unchanged)

Interviewers: Owen Pryce, Aditi Rao

The updated calendar invitation is attached – it replaces the previous one.

Kind regards,
Hannah Cole
Talent Partner, Tidewater Health

Sent with Recruitee
"""
    frm = addr('Tidewater Health', 'tidewater-health@recruitee-mailbox.com')
    rt = '<reply-3f81c2a9d4@recruitee-mailbox.com>'
    m1 = message(date=sent1, frm=frm, reply_to=rt,
                 subject='Interview confirmed: Tech Interview – Senior Frontend Engineer',
                 msgid='<rt.55123.confirm.1773655522@recruitee-mailbox.com>',
                 body=multipart('mixed', 'rt-' + h8('m1' + cid, 20), [
                     alt_body(text1, cid + '1', cte='base64'),
                     attach(ics(0, s0, e0, sent1), 'text/calendar', 'invite.ics',
                            '; method=REQUEST')]),
                 host='smtp.recruitee-mailbox.com', ip='198.51.100.118')
    m2 = message(date=sent2, frm=frm, reply_to=rt,
                 subject='Interview rescheduled: Tech Interview – Senior Frontend Engineer',
                 msgid='<rt.55123.reschedule.1773854403@recruitee-mailbox.com>',
                 body=multipart('mixed', 'rt-' + h8('m2' + cid, 20), [
                     alt_body(text2, cid + '2', cte='base64'),
                     attach(ics(1, s1, e1, sent2), 'text/calendar', 'invite.ics',
                            '; method=REQUEST')]),
                 host='smtp.recruitee-mailbox.com', ip='198.51.100.118')
    case(cid, [('01-interview-confirmed.eml', m1), ('02-interview-rescheduled.eml', m2)],
         [interview('Tidewater Health', 'Senior Frontend Engineer', s1, e1, 'scheduled',
                    [owen[1], aditi[1]], [owen[1], aditi[1]], 'technical')],
         'medium', 'positive/reschedule-sequence',
         'Same UID, SEQUENCE 0 -> 1: final time Tue 24 Mar 15:30 GMT (16:30 Berlin). Hannah only '
         'coordinates (ORGANIZER), Owen and Aditi conduct.')


# ========================================================================================
# 05  Jobcenter "Einladung" (Meldetermin)                                     negative
# ========================================================================================
def c05():
    cid = 'b159-05-jobcenter-einladung'
    sent = T(2026, 3, 4, 13, 22, 9)
    appt = says(T(2026, 3, 17, 9, 15), 'Tue')
    text = f"""Sehr geehrte Frau Hartwig,

bitte kommen Sie zu einem persönlichen Gespräch in das Jobcenter Friedrichshain-Kreuzberg.

Termin:       {DE_WD[appt.weekday()]}, {appt:%d.%m.%Y}, um {hm(appt)} Uhr
Ort:          Jobcenter Friedrichshain-Kreuzberg, Haus B, 3. Etage, Raum 3.112
Ansprechpartnerin: Frau Lindner, Arbeitsvermittlung (Team 512)
Kundennummer: 962D417305

Ich möchte mit Ihnen über Ihre aktuelle berufliche Situation, Ihre Bewerbungsaktivitäten und Ihr Bewerberangebot sprechen. Außerdem besprechen wir Vermittlungsvorschläge im Bereich Softwareentwicklung und die Fortschreibung Ihrer Eingliederungsvereinbarung bzw. Ihres Kooperationsplans.

Bitte bringen Sie zu diesem Termin mit:
- Ihren Personalausweis
- Ihren aktuellen Lebenslauf
- Nachweise über Ihre Bewerbungsbemühungen seit dem letzten Termin (auch Einladungen zu Vorstellungsgesprächen und Absagen)
- falls vorhanden: Nachweise über Ihre selbständige Nebentätigkeit (Einnahmen/Ausgaben)

Rechtsfolgenbelehrung:
Diese Einladung erfolgt nach § 59 SGB II in Verbindung mit § 309 SGB III. Wenn Sie ohne wichtigen Grund nicht zu diesem Termin erscheinen, kann Ihr Bürgergeld gemindert werden. Können Sie den Termin aus wichtigem Grund nicht wahrnehmen, teilen Sie dies bitte vorher mit.

Mit freundlichen Grüßen
Im Auftrag
P. Lindner
Jobcenter Friedrichshain-Kreuzberg

Diese Nachricht wurde über jobcenter.digital versendet. Antworten auf diese E-Mail werden nicht gelesen. Bitte nutzen Sie für Rückfragen Ihr Postfach auf jobcenter.digital oder die Service-Hotline.
"""
    body = alt_body(text, cid, cte='base64')
    m = message(date=sent, frm=addr('Jobcenter Friedrichshain-Kreuzberg',
                                    'noreply@jobcenter-fk.example'),
                subject=f'Einladung zu einem persönlichen Termin am {appt:%d.%m.%Y}',
                msgid='<jc-fk.512.962D417305.20260304132209@jobcenter-fk.example>', body=body,
                host='mailout.jobcenter-fk.example', ip='203.0.113.88')
    case(cid, [('01-einladung-jobcenter.eml', m)], [], 'hard', 'negative/jobcenter-appointment',
         'Mandatory appointment with the job-centre placement officer: "Einladung", "persönliches '
         'Gespräch", "Vorstellungsgespräche", "Vermittlungsvorschläge" - but no employer, not a job '
         'interview.')


# ========================================================================================
# 06  Slack-Connect huddle confirmation forwarded by the owner               positive
# ========================================================================================
def c06():
    cid = 'b159-06-slack-huddle-forwarded'
    sent1 = T(2026, 2, 20, 17, 48, 30)
    sent2 = T(2026, 2, 23, 19, 2, 11)
    slack = T(2026, 2, 23, 18, 52, 0)
    says(sent2, 'Mon')
    start = says(T(2026, 2, 26, 16, 0), 'Thu')        # "do 16h" in the week of Mon 23 Feb
    says(T(2026, 2, 27, 10, 0), 'Fri')                # the alternative "fr 10h"
    end = start + timedelta(minutes=90)
    felix = ('Felix Brandl', 'felix@kiezkasse.example')
    tomasz = ('Tomasz Wójcik', 'tomasz@kiezkasse.example')
    text1 = f"""Hey Nele,

danke für deine Bewerbung über JOIN – dein Vue-Side-Project mit den Live-Abfahrtszeiten ist echt cool.

Wir sind zu fünft und machen Hiring ziemlich unkompliziert: Als nächsten Schritt würden wir gern direkt eine Pair-Programming-Session mit dir machen. Ca. 90 Minuten, echter Code aus unserem Repo (Vue 3 + TypeScript), du musst nichts vorbereiten. Tomasz (cc, unser Frontend-Lead) und ich wären dabei.

Ich hab dich in unseren Slack-Connect-Channel #ext-nele-kiezkasse eingeladen – lass uns den Termin da kurz klären, geht schneller als Mail-Pingpong.

Zur Stelle (Frontend Engineer (Vue/TypeScript)) nochmal alles hier: https://join.com/companies/kiezkasse/15523710-frontend-engineer-vue-typescript

Liebe Grüße
Felix

--
Felix Brandl · Co-Founder & CTO
Kiezkasse – Kassensystem für Spätis & Cafés
{felix[1]}
"""
    m1 = message(date=sent1, frm=addr(*felix), cc=addr(*tomasz),
                 subject='Kiezkasse – nächster Schritt 🙂',
                 msgid='<CAF3k9Lq2vXz7RmE0tY8bH4nW1pC6sJ5dKq@mail.gmail.com>',
                 body=alt_body(text1, cid + '1'), host='mail-wr1-f54.google.com',
                 ip='209.85.221.54')
    text2 = f"""für die Jobsuche-Liste: Kiezkasse Pair-Programming steht 🎉 (Do, huddle im Slack)

---------- Forwarded message ---------
From: Slack <notification@slack.com>
Date: Mon, 23 Feb 2026 at {hm(slack)}
Subject: [Slack] New messages from Felix Brandl in #ext-nele-kiezkasse
To: <{OWNER}>


You have new messages in #ext-nele-kiezkasse (Kiezkasse)

Felix Brandl  6:41 PM
pair-programming-session diese woche? do 16h oder fr 10h, jeweils ~90 min

Nele Hartwig  6:44 PM
do 16h passt 👍

Felix Brandl  6:45 PM
top 🙌 machen wir als huddle hier im channel, tomasz ist dabei. link brauchst du keinen

Tomasz Wójcik  6:49 PM
👋 freu mich! bring gern deine lieblings-devtools mit

Open Slack: https://app.slack.com/client/T04KZKASSE/C06EXTNELE

You're receiving this email because you have notifications for Slack Connect channels turned on. Change your email preferences: https://slack.com/account/notifications
Slack Technologies, LLC · 500 Howard Street · San Francisco, CA 94105
"""
    m2 = message(date=sent2, frm=OWNER_ADDR, to=OWNER_ADDR,
                 subject='Fwd: [Slack] New messages from Felix Brandl in #ext-nele-kiezkasse',
                 msgid='<CAH7nQe1xPZ0mV4c9Lr2GkT6sYb8wJ3fAoD@mail.gmail.com>',
                 references='<0100018dc9b1f2aa-slack-C06EXTNELE-1771868520@email.slack.com>',
                 in_reply_to='<0100018dc9b1f2aa-slack-C06EXTNELE-1771868520@email.slack.com>',
                 body=alt_body(text2, cid + '2'), host='mail-ej1-f49.google.com',
                 ip='209.85.218.49')
    case(cid, [('01-felix-naechster-schritt.eml', m1), ('02-fwd-slack-huddle.eml', m2)],
         [interview('Kiezkasse', 'Frontend Engineer (Vue/TypeScript)', start, end, 'scheduled',
                    [felix[1], tomasz[1]], [felix[1], tomasz[1]], 'technical')],
         'hard', 'positive/forwarded-chat',
         'The time exists only in a terse Slack thread the owner forwarded to herself on Mon 23 '
         'Feb: "do 16h" = Thu 26 Feb 16:00 CET, ~90 min (from the e-mail). "fr 10h" was the '
         'rejected alternative. Interviewer addresses come from message 1 (From + Cc).')


# ========================================================================================
# 07  Tel Aviv hiring-manager call across the EU/Israel DST gap + API event   positive
# ========================================================================================
def c07():
    cid = 'b159-07-telaviv-dst-gcal'
    sent = T(2026, 3, 24, 11, 20, 45, tz=TLV)
    says(sent, 'Tue')
    start = says(T(2026, 3, 31, 16, 0, tz=TLV), 'Tue')
    end = start + timedelta(minutes=45)
    # "Israel moves to summer time this Friday and Germany on Sunday the 29th"
    assert T(2026, 3, 26, 12, tz=TLV).utcoffset() != T(2026, 3, 27, 12, tz=TLV).utcoffset()
    assert says(T(2026, 3, 27, tz=TLV), 'Fri')
    assert T(2026, 3, 28, 12).utcoffset() != T(2026, 3, 30, 12).utcoffset()
    assert says(T(2026, 3, 29), 'Sun')
    assert start.utcoffset() - start.astimezone(BER).utcoffset() == timedelta(hours=1)
    noa = ('Noa Ben-David', 'noa.bendavid@orchard-signals.example')
    yoav = ('Yoav Mizrahi', 'yoav.mizrahi@orchard-signals.example')
    meet = 'ors-hmxe-vdq'
    text = f"""Hi Nele,

Following your application for the Senior Frontend Engineer position (Berlin, remote-first), I'm happy to set up the next step: a 45-minute conversation with Yoav Mizrahi, our VP R&D and the hiring manager for the role (cc'd).

Confirmed slot: Tuesday, March 31, {hm(start)}–{hm(end)} Israel time (IDT).

Heads-up: Israel moves to summer time this Friday and Germany only on Sunday the 29th, so for a couple of days the gap between us is two hours. Please go by the calendar invite I'm sending from my Google Calendar in a minute – it has the Meet link.

Yoav will mostly want to hear how you've built and scaled design systems and how you like to work with product and design.

Best,
Noa

Noa Ben-David | Talent Partner
Orchard Signals · Tel Aviv · Berlin
{noa[1]}
"""
    m = message(date=sent, frm=addr(*noa), cc=addr(*yoav),
                subject='Orchard Signals | Interview with Yoav (VP R&D) – Tue 31/3',
                msgid='<CAJ2bN0tU5wR8vK1qZ4mX7eS3yH6cD9gFpL@mail.gmail.com>',
                body=alt_body(text, cid), host='mail-lf1-f47.google.com', ip='209.85.167.47')
    ev = gcal_event(
        eid='2k9ofq4l7m3s1vjb0r8e6tdc5a',
        summary='Orchard Signals – Nele Hartwig / Yoav Mizrahi (Hiring Manager interview)',
        description='45-min conversation with Yoav Mizrahi (VP R&D) for the Senior Frontend '
                    'Engineer role.\nScheduled by Noa Ben-David (Talent).',
        start=start, end=end, tzname='Asia/Jerusalem', organizer=noa,
        attendees=[{'email': noa[1], 'displayName': noa[0], 'organizer': True,
                    'responseStatus': 'accepted'},
                   {'email': yoav[1], 'displayName': yoav[0], 'responseStatus': 'accepted'},
                   {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}],
        created=sent + timedelta(minutes=4), updated=T(2026, 3, 24, 13, 2, 17),
        meet=meet)
    case(cid, [('01-noa-interview-yoav.eml', m), ('02-calendar-event.gcal.json', ev)],
         [interview('Orchard Signals', 'Senior Frontend Engineer', start, end, 'scheduled',
                    [yoav[1]], [yoav[1]], 'hiring_manager')],
         'hard', 'positive/timezone-dst',
         'Mail dated +0200 (IST, before Israel\'s 27 Mar switch) states 16:00 IDT on Tue 31 Mar '
         '(= 13:00Z = 15:00 CEST, after both switches). The API event (owner view, +02:00 with '
         'timeZone Asia/Jerusalem) is the same interview. Noa only schedules; Yoav conducts.')


# ========================================================================================
# 08  Coworking space tour + "Probetag" (Google invite)                       negative
# ========================================================================================
def c08():
    cid = 'b159-08-coworking-tour-probetag'
    sent = T(2026, 3, 5, 15, 33, 2)
    start = says(T(2026, 3, 11, 10, 0), 'Wed')
    end = start + timedelta(minutes=30)
    jule = ('Jule Sommer', 'jule@hafenwerk-coworking.example')
    desc = ("Hi Nele! Looking forward to showing you around Hafenwerk. We'll start with a "
            "30-min tour (phone booths, the quiet floor, the kitchen) and a short chat about "
            "what kind of membership you need – after that the hot desk is yours for the rest "
            "of the day as a free Probetag. Bring your laptop; Wi-Fi details are at the front desk.\n\n"
            "Quick heads-up: Ahmed from our community team might ask whether you'd be up for a "
            "5-minute member interview for our newsletter – totally optional!\n\n"
            "Jule (Community Manager)")
    m = google_invite(lang='en', method='REQUEST', sent=sent,
                      msgid='<calendar-5c1e9b20-77a4-4c3e-9d0b-hafenwerk@google.com>',
                      uid='3vq8d1hk0c5n2m7rjt4ubp9sag@google.com', seq=0,
                      title='Hafenwerk Coworking – Tour & Probetag (Nele Hartwig)',
                      start=start, end=end, organizer=jule,
                      guests=[(jule[0], jule[1], 'REQ-PARTICIPANT'),
                              (OWNER_NAME, OWNER, 'REQ-PARTICIPANT')],
                      description=desc, location='Hafenwerk Coworking, Am Flutgraben 4, 12435 Berlin',
                      created=sent - timedelta(minutes=1), ip='209.85.220.41')
    case(cid, [('01-invitation-hafenwerk-tour.eml', m)], [], 'medium',
         'negative/coworking-tour',
         'Google invite for a coworking tour and free trial day ("Probetag"), mentions an optional '
         'newsletter "member interview" - not a job process.')


# ========================================================================================
# 09  Personio: phone Kennenlerngespräch, then Tech-Interview (two)           positive
# ========================================================================================
def c09():
    cid = 'b159-09-personio-two-rounds'
    sent1 = T(2026, 3, 2, 10, 2, 55)
    a_s = says(T(2026, 3, 5, 9, 30), 'Thu')
    a_e = a_s + timedelta(minutes=30)
    sent2 = T(2026, 3, 6, 14, 30, 18)
    assert sent2.date() == a_s.date() + timedelta(days=1)        # "gestern"
    b_s = says(T(2026, 3, 18, 14, 0), 'Wed')
    b_e = b_s + timedelta(minutes=75)
    aylin = ('Aylin Demir', 'aylin.demir@gruenfeld-energie.example')
    janerik = ('Jan-Erik Lorenz', 'jan-erik.lorenz@gruenfeld-energie.example')
    priya = ('Priya Sethi', 'priya.sethi@gruenfeld-energie.example')
    meet = 'gfe-hrnd-tkw'
    sig = f"""Aylin Demir
Recruiterin | Grünfeld Energie GmbH
{aylin[1]}
Grünfeld Energie GmbH · Schlesische Straße 26 · 10997 Berlin · HRB 219044 B

Diese Nachricht wurde über Personio versendet."""
    text1 = f"""Hallo Nele,

danke für deine Bewerbung als Frontend Developer (m/w/d) – Energy Platform! Wir würden dich gern in einem kurzen telefonischen Kennenlerngespräch kennenlernen.

📅 {de_long(a_s)}
🕤 {hm(a_s)} – {hm(a_e)} Uhr
📞 Ich rufe dich unter der Nummer aus deiner Bewerbung an (+49 176 ••• ••• 12).

Wir sprechen über deine Motivation, deine Gehaltsvorstellung und deinen frühestmöglichen Starttermin; danach erzähle ich dir, wie der weitere Prozess bei uns aussieht.

Bis Donnerstag!

{sig}
"""
    text2 = f"""Hallo Nele,

schön, dass unser Gespräch gestern so gut gepasst hat! Wie besprochen geht es mit dem Tech-Interview weiter.

Termin: {de_long(b_s)}, {hm(b_s)} – {hm(b_e)} Uhr
Google Meet: https://meet.google.com/{meet}
Deine Interviewer: Jan-Erik Lorenz (Teamlead Frontend) und Priya Sethi (Senior Frontend Engineer)

Ablauf: ca. 15 Min. Vorstellung, ca. 45 Min. gemeinsames Arbeiten an einer kleinen React-Komponente (ein Lastgang-Chart), 15 Min. für deine Fragen. Du brauchst nichts vorzubereiten – nur einen Rechner mit Browser und Editor deiner Wahl.

Die Kalendereinladung hängt an. Ich drück dir die Daumen!

{sig}
"""
    ev1 = vevent(uid='interview-3310587-a@gruenfeld-energie.jobs.personio.de', seq=0,
                 dtstamp=sent1, start=a_s, end=a_e, tzid='Europe/Berlin',
                 summary='Kennenlerngespräch Grünfeld Energie – Nele Hartwig (Telefon)',
                 description='Telefonisches Kennenlerngespräch mit Aylin Demir (Recruiting). '
                             'Aylin ruft dich an.',
                 location='Telefon', organizer=aylin,
                 attendees=[attendee(*aylin, role='CHAIR', partstat='ACCEPTED', rsvp=False),
                            attendee(OWNER_NAME, OWNER)])
    ev2 = vevent(uid='interview-3310587-b@gruenfeld-energie.jobs.personio.de', seq=0,
                 dtstamp=sent2, start=b_s, end=b_e, tzid='Europe/Berlin',
                 summary='Tech-Interview Grünfeld Energie – Nele Hartwig',
                 description=f'Tech-Interview mit Jan-Erik Lorenz und Priya Sethi.\n'
                             f'https://meet.google.com/{meet}',
                 location=f'https://meet.google.com/{meet}', organizer=aylin,
                 attendees=[attendee(*janerik, partstat='ACCEPTED'),
                            attendee(*priya, partstat='ACCEPTED'),
                            attendee(OWNER_NAME, OWNER)])
    frm = addr('Grünfeld Energie GmbH', 'jobs@m.personio.com')
    m1 = message(date=sent1, frm=frm, reply_to=addr(*aylin),
                 subject='Grünfeld Energie: Einladung zum Kennenlerngespräch (Frontend Developer)',
                 msgid='<0102019cadf1c3e8-personio-3310587-1@m.personio.com>',
                 body=multipart('mixed', 'personio-mix-' + h8(cid + '1', 16), [
                     alt_body(text1, cid + '1'),
                     attach(vcalendar('REQUEST', '-//Personio GmbH//Personio Recruiting//DE',
                                      [ev1], ['Europe/Berlin']),
                            'text/calendar', 'Einladung.ics', '; method=REQUEST')]),
                 host='m.personio.com', ip='54.240.4.17')
    m2 = message(date=sent2, frm=frm, reply_to=addr(*aylin),
                 subject='Grünfeld Energie: Einladung zum Tech-Interview (Frontend Developer)',
                 msgid='<0102019cc3a0f7d1-personio-3310587-2@m.personio.com>',
                 body=multipart('mixed', 'personio-mix-' + h8(cid + '2', 16), [
                     alt_body(text2, cid + '2'),
                     attach(vcalendar('REQUEST', '-//Personio GmbH//Personio Recruiting//DE',
                                      [ev2], ['Europe/Berlin']),
                            'text/calendar', 'Einladung.ics', '; method=REQUEST')]),
                 host='m.personio.com', ip='54.240.4.17')
    role = 'Frontend Developer – Energy Platform'
    case(cid, [('01-einladung-kennenlerngespraech.eml', m1),
               ('02-einladung-tech-interview.eml', m2)],
         [interview('Grünfeld Energie', role, a_s, a_e, 'scheduled', [aylin[1]], [aylin[1]],
                    'phone_screen'),
          interview('Grünfeld Energie', role, b_s, b_e, 'scheduled', [janerik[1], priya[1]],
                    [janerik[1], priya[1]], 'technical')],
         'medium', 'positive/two-interviews',
         'Two separate rounds with the same company: phone screen by the recruiter (Thu 5 Mar), '
         'then Tech-Interview with two engineers (Wed 18 Mar, 75 min). Aylin organises round 2 '
         'but does not conduct it.')


# ========================================================================================
# 10  Google invite (German) then cancellation mail + Google cancel           positive
# ========================================================================================
def c10():
    cid = 'b159-10-google-invite-cancelled'
    sent1 = T(2026, 4, 7, 11, 48, 20)
    start = says(T(2026, 4, 14, 10, 0), 'Tue')
    end = start + timedelta(hours=1)
    sent2 = T(2026, 4, 10, 16, 12, 3)
    sent3 = T(2026, 4, 10, 16, 13, 40)
    clara = ('Clara Wendt', 'clara.wendt@spreeloop.example')
    moritz = ('Moritz Kühn', 'moritz.kuehn@spreeloop.example')
    uid = '6h2pq0s9lc4ea1v8m3rk7tnb5d@google.com'
    title = 'Tech-Interview Spreeloop × Nele Hartwig'
    desc = ('Hi Nele, wie besprochen das Tech-Interview für die Stelle Frontend-Entwickler:in '
            '(React/Next.js). Moritz und ich gehen mit dir deine Case-Study durch und machen '
            'danach ein bisschen Live-Debugging. Bis dann! Clara')
    guests = [(clara[0], clara[1], 'REQ-PARTICIPANT'), (moritz[0], moritz[1], 'REQ-PARTICIPANT'),
              (OWNER_NAME, OWNER, 'REQ-PARTICIPANT')]
    m1 = google_invite(lang='de', method='REQUEST', sent=sent1,
                       msgid='<calendar-a2f0c7e1-3b9d-4e55-8c21-spreeloop01@google.com>', uid=uid,
                       seq=0, title=title, start=start, end=end, organizer=clara, guests=guests,
                       description=desc, meet='spl-vnqr-kxt', created=sent1 - timedelta(minutes=2),
                       ip='209.85.220.41')
    text2 = f"""Hallo Nele,

leider muss ich dir eine blöde Nachricht überbringen: Wir haben diese Woche einen Hiring-Freeze für das zweite Quartal bekommen, und die Frontend-Stelle ist vorerst auf Eis gelegt. Deshalb müssen wir das Tech-Interview am Dienstag ({start.day}.{start.month}.) leider absagen – Moritz und ich fanden deine Case-Study wirklich stark, das tut uns echt leid.

Wenn du einverstanden bist, nehme ich dich gern in unseren Talent-Pool auf und melde mich, sobald die Stelle wieder offen ist.

Viele Grüße
Clara

--
Clara Wendt
Engineering Lead · Spreeloop
{clara[1]}
"""
    m2 = message(date=sent2, frm=addr(*clara), cc=addr(*moritz),
                 subject='Tech-Interview am Dienstag – leider Absage',
                 msgid='<CAM5sPq8yT1uN4hW7zK0cR3fB6vD9xE2jGw@mail.gmail.com>',
                 body=alt_body(text2, cid + '2'), host='mail-wm1-f42.google.com',
                 ip='209.85.128.42')
    m3 = google_invite(lang='de', method='CANCEL', sent=sent3,
                       msgid='<calendar-0d44be93-61f2-4a7c-9e08-spreeloop02@google.com>', uid=uid,
                       seq=1, title=title, start=start, end=end, organizer=clara, guests=guests,
                       description='', meet='spl-vnqr-kxt', created=sent1 - timedelta(minutes=2),
                       ip='209.85.220.41', kind='cancel')
    case(cid, [('01-einladung-tech-interview.eml', m1), ('02-clara-absage.eml', m2),
               ('03-abgesagter-termin.eml', m3)],
         [interview('Spreeloop', 'Frontend-Entwickler:in (React/Next.js)', start, end,
                    'cancelled', [clara[1], moritz[1]], [clara[1], moritz[1]], 'technical')],
         'medium', 'positive/cancellation',
         'German Google invite (UTC DTSTART) for Tue 14 Apr 10:00 CEST, cancelled by the company '
         '(hiring freeze) by mail and METHOD:CANCEL, SEQUENCE 1. Kept with status cancelled.')


# ========================================================================================
# 11  Meetup talk the owner gives: tech check + video "speaker interview"    negative
# ========================================================================================
def c11():
    cid = 'b159-11-meetup-talk-speaker'
    sent1 = T(2026, 4, 8, 22, 14, 51)
    talk = says(T(2026, 4, 23, 19, 30), 'Thu')
    chk = says(T(2026, 4, 21, 18, 0), 'Tue')
    deniz = ('Deniz Aksoy', 'deniz@berlin-frontend-nights.example')
    text1 = f"""Hey Nele,

super happy to confirm your talk "Shipping a design system to five teams without a platform team" at Berlin Frontend Nights #42! 🎉

When: {en_long(talk)} – doors 18:30, your slot {hm(talk)}–20:00 (25 min + Q&A)
Where: Brachland Studios, Reichenberger Str. 120, 10999 Berlin (our host for this edition)

Two small things:
1. Tech check: I've just sent you an invite for Tuesday, 21 April, {hm(chk)}–18:15 on Google Meet – 15 minutes to test your laptop + adapter situation and go through the run of show.
2. Speaker interview: after the talk, our video person Ahmed would love to record a short 5-minute interview with you for our YouTube channel ("3 questions for the speaker"). Totally optional – just tell me if you're in.

Also: Brachland is hiring, so don't be surprised if a couple of recruiters hang around at the pizza table 😉

Thanks so much for doing this!
Deniz
(volunteer organiser, Berlin Frontend Nights)
"""
    m1 = message(date=sent1, frm=addr(*deniz),
                 subject="Berlin Frontend Nights #42 – you're on! (tech check + speaker interview)",
                 msgid='<9F2C41D7-8E3B-4A6F-B1C9-2D7E5F0A8B34@berlin-frontend-nights.example>',
                 body=alt_body(text1, cid + '1', cte='quoted-printable',
                               font='-apple-system,Helvetica,sans-serif'),
                 host='smtp.berlin-frontend-nights.example', ip='203.0.113.12',
                 extra=[('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')])
    m2 = google_invite(lang='en', method='REQUEST', sent=sent1 + timedelta(minutes=1, seconds=39),
                       msgid='<calendar-7e3a1d55-0c9b-4f1e-a6d2-bfn42check@google.com>',
                       uid='1m8rk2c0v7s4q9a3ht6ejdpl0n@google.com', seq=0,
                       title='Speaker tech check – Berlin Frontend Nights #42 (Nele)',
                       start=chk, end=chk + timedelta(minutes=15), organizer=deniz,
                       guests=[(deniz[0], deniz[1], 'REQ-PARTICIPANT'),
                               (OWNER_NAME, OWNER, 'REQ-PARTICIPANT')],
                       description='Quick A/V check + run of show for your talk on Thursday. '
                                   'Have your slides and adapter ready :)',
                       meet='bfn-tchk-qzr', created=sent1, ip='209.85.220.41')
    case(cid, [('01-deniz-talk-confirmed.eml', m1), ('02-invitation-tech-check.eml', m2)], [],
         'hard', 'negative/meetup-speaker',
         'The owner gives a meetup talk: Google invite for a speaker tech check and an optional '
         'video "speaker interview" (press-like). Host company "is hiring" is a red herring.')


# ========================================================================================
# 12  On-site day (Vor-Ort-Tag) loop: itinerary mail with two .ics            positive
# ========================================================================================
def c12():
    cid = 'b159-12-onsite-day-loop'
    sent = T(2026, 4, 23, 13, 40, 9)
    day = says(T(2026, 4, 30), 'Thu')
    s1, e1 = T(2026, 4, 30, 10, 0), T(2026, 4, 30, 11, 0)
    s2, e2 = T(2026, 4, 30, 11, 15), T(2026, 4, 30, 12, 30)
    lunch_e = T(2026, 4, 30, 13, 30)
    s3, e3 = T(2026, 4, 30, 13, 30), T(2026, 4, 30, 14, 15)
    s4, e4 = T(2026, 4, 30, 14, 30), T(2026, 4, 30, 15, 0)
    dana = ('Dana Okafor', 'dana.okafor@hinterhof-games.example')
    lukas = ('Lukas Ferreira', 'lukas.ferreira@hinterhof-games.example')
    sofia = ('Sofia Lindqvist', 'sofia.lindqvist@hinterhof-games.example')
    mai = ('Mai Nguyen', 'mai.nguyen@hinterhof-games.example')
    jonas = ('Jonas Weidner', 'jonas.weidner@hinterhof-games.example')
    loc = 'Hinterhof Games, Glogauer Straße 21 (2. Hinterhof, 3. OG), 10999 Berlin'
    rows = [(s1, e1, 'Tech Deep Dive', 'Lukas Ferreira (Lead Frontend)'),
            (s2, e2, 'Pair-Programming-Session', 'Lukas Ferreira & Sofia Lindqvist (Frontend)'),
            (e2, lunch_e, 'Mittagessen mit dem Team', 'kein Interview, versprochen 🍜'),
            (s3, e3, 'Produkt & UX', 'Mai Nguyen (Product Designer)'),
            (s4, e4, 'Abschlussgespräch', 'Jonas Weidner (Co-Founder & CEO)')]
    plan = '\n'.join(f'{hm(a)} – {hm(b)}  {t} – {w}' for a, b, t, w in rows)
    text = f"""Hallo Nele,

wie am Telefon angekündigt, laden wir dich herzlich zu unserem Vor-Ort-Tag für die Stelle Web Frontend Developer (Game Tools) ein – das ist die letzte Runde in unserem Prozess.

Datum: {de_long(day)}
Ort: {loc}
Klingel „Hinterhof“, dann Treppe rechts.

Ablauf:
{plan}

Für die Pair-Programming-Session bringst du am besten deinen eigenen Laptop mit (wir arbeiten mit TypeScript, React und ein bisschen Canvas/WebGL). Wenn du lieber an einem unserer Rechner arbeitest, ist das aber auch kein Problem.

Im Anhang findest du zwei Kalendereinladungen (Vormittag und Nachmittag). Bei Fragen erreichst du mich direkt unter {dana[1]} oder +49 30 5559 2210.

Wir freuen uns auf dich!
Dana

Dana Okafor
People & Talent · Hinterhof Games
"""
    trs = ''.join(f'<tr><td style="padding:4px 12px 4px 0">{hm(a)} – {hm(b)}</td>'
                  f'<td style="padding:4px 12px 4px 0"><b>{html.escape(t)}</b></td>'
                  f'<td style="padding:4px 0">{html.escape(w)}</td></tr>\n' for a, b, t, w in rows)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:Inter,Arial,sans-serif;font-size:14px">\n'
           '<p>Hallo Nele,</p>\n<p>wie am Telefon angekündigt, laden wir dich herzlich zu unserem '
           'Vor-Ort-Tag für die Stelle <b>Web Frontend Developer (Game Tools)</b> ein – das ist die '
           'letzte Runde in unserem Prozess.</p>\n'
           f'<p><b>Datum:</b> {de_long(day)}<br>\n<b>Ort:</b> {html.escape(loc)}<br>\n'
           'Klingel „Hinterhof“, dann Treppe rechts.</p>\n'
           f'<table style="border-collapse:collapse">\n{trs}</table>\n'
           '<p>Für die Pair-Programming-Session bringst du am besten deinen eigenen Laptop mit (wir '
           'arbeiten mit TypeScript, React und ein bisschen Canvas/WebGL). Wenn du lieber an einem '
           'unserer Rechner arbeitest, ist das aber auch kein Problem.</p>\n'
           '<p>Im Anhang findest du zwei Kalendereinladungen (Vormittag und Nachmittag). Bei Fragen '
           f'erreichst du mich direkt unter <a href="mailto:{dana[1]}">{dana[1]}</a> oder '
           '+49 30 5559 2210.</p>\n<p>Wir freuen uns auf dich!<br>Dana</p>\n'
           '<p style="color:#777">Dana Okafor<br>People &amp; Talent · Hinterhof Games</p>\n'
           '<p style="color:#aaa;font-size:11px">Sent with Recruitee</p>\n</div></body></html>\n')
    evA = vevent(uid='interview-77102-am@recruitee.com', seq=0, dtstamp=sent, start=s1, end=e2,
                 tzid='Europe/Berlin',
                 summary='Vor-Ort-Tag Hinterhof Games (Vormittag): Tech Deep Dive + Pair-Programming',
                 description='10:00 Tech Deep Dive (Lukas)\n11:15 Pair-Programming-Session '
                             '(Lukas & Sofia)', location=loc, organizer=dana,
                 attendees=[attendee(*lukas, partstat='ACCEPTED'),
                            attendee(*sofia, partstat='ACCEPTED'), attendee(OWNER_NAME, OWNER)])
    evB = vevent(uid='interview-77102-pm@recruitee.com', seq=0, dtstamp=sent, start=s3, end=e4,
                 tzid='Europe/Berlin',
                 summary='Vor-Ort-Tag Hinterhof Games (Nachmittag): Produkt & UX + Abschlussgespräch',
                 description='13:30 Produkt & UX (Mai)\n14:30 Abschlussgespräch (Jonas)',
                 location=loc, organizer=dana,
                 attendees=[attendee(*mai, partstat='ACCEPTED'),
                            attendee(*jonas, partstat='ACCEPTED'), attendee(OWNER_NAME, OWNER)])
    pid = '-//Recruitee//Interview Scheduler//EN'
    body = multipart('mixed', 'rt-' + h8(cid, 20), [
        multipart('alternative', 'rt-alt-' + h8(cid, 16), [
            text_part(text, 'plain', 'quoted-printable'),
            text_part(htm, 'html', 'quoted-printable')]),
        attach(vcalendar('REQUEST', pid, [evA], ['Europe/Berlin']), 'text/calendar',
               'vor-ort-tag-vormittag.ics', '; method=REQUEST'),
        attach(vcalendar('REQUEST', pid, [evB], ['Europe/Berlin']), 'text/calendar',
               'vor-ort-tag-nachmittag.ics', '; method=REQUEST'),
    ])
    m = message(date=sent, frm=addr('Dana Okafor | Hinterhof Games',
                                    'hinterhof-games@recruitee-mailbox.com'),
                reply_to='<reply-9d02e6b1c7@recruitee-mailbox.com>',
                subject=f'Dein Vor-Ort-Tag bei Hinterhof Games am {day.day}. {DE_MON[day.month - 1]}',
                msgid='<rt.77102.onsite.1776944409@recruitee-mailbox.com>', body=body,
                host='smtp.recruitee-mailbox.com', ip='198.51.100.118')
    case(cid, [('01-vor-ort-tag-einladung.eml', m)],
         [interview('Hinterhof Games', 'Web Frontend Developer (Game Tools)', s1, e4, 'scheduled',
                    [lukas[1], sofia[1], mai[1], jonas[1]],
                    [lukas[1], sofia[1], mai[1], jonas[1]], 'onsite')],
         'medium', 'positive/onsite-loop',
         'One on-site day sent as itinerary + two .ics (morning/afternoon) with a team lunch '
         'between: ONE onsite 10:00-15:00 CEST with all four interviewers; Dana only coordinates.')


# ========================================================================================
# 13  Thread with a London CTO: three proposed slots, one confirmed (Whereby) positive
# ========================================================================================
def c13():
    cid = 'b159-13-whereby-thread-london'
    sent1 = T(2026, 5, 5, 10, 12, 40, tz=LON)
    slots = [says(T(2026, 5, 6, 10, 30, tz=LON), 'Wed'), says(T(2026, 5, 7, 14, 0, tz=LON), 'Thu'),
             says(T(2026, 5, 8, 9, 0, tz=LON), 'Fri')]
    start = slots[1]
    end = start + timedelta(minutes=45)
    assert hm(start.astimezone(BER)) == '15:00'
    nele_sent = T(2026, 5, 5, 17, 48, 0, tz=LON)
    sent2 = T(2026, 5, 5, 19, 3, 12, tz=LON)
    tom = ('Tom Ashworth', 'tom@lanternfish.example')
    text1 = """Hi Nele,

Tom here, CTO at Lanternfish (we're 9 people building offline-first inspection software for wind-farm technicians). Your application for the Founding Frontend Engineer role came through last week – loved the write-up on your service-worker sync layer.

Would you be up for a 45-minute call with me? Nothing formal: I'll tell you where we are, you tell me about the things you've built, and we see if there's a fit. Would any of these work? (all UK time)

  - Wed 6 May, 10:30
  - Thu 7 May, 14:00
  - Fri 8 May, 09:00

We use Whereby – I'll send the link once we've picked a slot.

Cheers,
Tom

--
Tom Ashworth · CTO, Lanternfish
tom@lanternfish.example · London
"""
    nele = f"""Hi Tom,

thanks for reaching out – sounds great! Thursday at 14:00 your time ({hm(start.astimezone(BER))} for me in Berlin) would be perfect.

Best,
Nele
"""
    text2 = f"""Brilliant – Thursday at 14:00 UK / 15:00 Berlin it is. Here's the room:
https://whereby.com/lanternfish-tom

Speak then!
Tom

On 5 May 2026, at {hm(nele_sent)}, Nele Hartwig <{OWNER}> wrote:

{quote(nele)}
>
> On Tue, 5 May 2026 at {hm(sent1)}, Tom Ashworth <{tom[1]}> wrote:
>
{quote(text1, '>> ')}
"""
    mid1 = '<8c41f0e2-5b7a-4d93-a1e6-0f2b9c3d7e15@app.fastmail.example>'
    midn = '<CAK9pWn3uE7rT0yH2vQ5mS8dL1fB4xC6zJo@mail.gmail.com>'
    m1 = message(date=sent1, frm=addr(*tom),
                 subject='Lanternfish – chat about the founding frontend role?', msgid=mid1,
                 body=alt_body(text1, cid + '1', font='Helvetica,Arial,sans-serif'),
                 host='out1-smtp.messagingengine.example', ip='203.0.113.66',
                 extra=[('User-Agent', 'Cyrus-JMAP/3.13.0')])
    m2 = message(date=sent2, frm=addr(*tom),
                 subject='Re: Lanternfish – chat about the founding frontend role?',
                 msgid='<1e7d5a90-2c48-4f1b-9e33-6a0d8b4c2f71@app.fastmail.example>',
                 in_reply_to=midn, references=f'{mid1} {midn}',
                 body=alt_body(text2, cid + '2', font='Helvetica,Arial,sans-serif'),
                 host='out1-smtp.messagingengine.example', ip='203.0.113.66',
                 extra=[('User-Agent', 'Cyrus-JMAP/3.13.0')])
    case(cid, [('01-tom-lanternfish-slots.eml', m1), ('02-re-thursday-confirmed.eml', m2)],
         [interview('Lanternfish', 'Founding Frontend Engineer', start, end, 'scheduled',
                    [tom[1]], [tom[1]], 'hiring_manager')],
         'medium', 'positive/thread-propose-confirm',
         'Three UK-time slots proposed, Thursday 14:00 BST confirmed in the reply (= 15:00 CEST), '
         '45 min; the other two slots are not interviews.')


# ========================================================================================
# 14  Paid freelance client kick-off (contract signed) + Google invite       negative
# ========================================================================================
def c14():
    cid = 'b159-14-freelance-client-kickoff'
    sent1 = T(2026, 2, 25, 16, 20, 0)
    start = says(T(2026, 3, 2, 10, 0), 'Mon')
    end = start + timedelta(hours=1)
    matthias = ('Matthias Roth', 'matthias.roth@kornblume-studio.example')
    leonie = ('Leonie Voss', 'leonie.voss@kornblume-studio.example')
    arne = ('Arne Kessler', 'arne.kessler@kornblume-studio.example')
    text1 = f"""Hi Nele,

der unterschriebene Rahmenvertrag liegt jetzt auch bei uns im Ordner – willkommen an Bord! 🎉

Wie besprochen starten wir mit dem Relaunch des Shop-Frontends (Nuxt 2 → Next.js). Kick-off ist {DE_WD[start.weekday()]}, {start.day}. {DE_MON[start.month - 1]}, {hm(start)}–{hm(end)} Uhr per Google Meet, die Einladung kommt gleich separat. Mit dabei: Leonie (Product Owner) und Arne (Backend).

Ein paar Punkte vorab:
- Kick-off und alle Abstimmungen rechnest du bitte ganz normal nach Stunden ab (85 €/h, wie im Vertrag).
- In Woche 2 führen wir Stakeholder-Interviews mit dem Marketing-Team – super, wenn du da als Zuhörerin dabei bist, dann hörst du die Anforderungen aus erster Hand.
- Zugang zu GitLab und Figma richtet Arne bis Freitag ein.

Freu mich auf die Zusammenarbeit!
Matthias

--
Matthias Roth
Geschäftsführer · Kornblume Studio GmbH
{matthias[1]} · +49 30 5558 4410
"""
    m1 = message(date=sent1, frm=addr(*matthias),
                 subject='Rahmenvertrag unterschrieben – Kick-off Relaunch Kornblume Shop',
                 msgid='<AM9PR07MB7243E1B5C2D8F0A4A3B1C9E2D4F6A@AM9PR07MB7243.eurprd07.prod.outlook.example>',
                 body=alt_body(text1, cid + '1', font='Aptos,Calibri,sans-serif'),
                 host='mail-am6eur05on2072.outbound.protection.outlook.example', ip='198.51.100.52',
                 extra=[('X-MS-Has-Attach', ''), ('Content-Language', 'de-DE')])
    m2 = google_invite(lang='de', method='REQUEST', sent=T(2026, 2, 25, 16, 31, 44),
                       msgid='<calendar-b8e6a4c2-19d7-4f3e-8a50-kornblume01@google.com>',
                       uid='0r5tn9b2k8w1c6m4e7vqhs3dja@google.com', seq=0,
                       title='Kick-off Relaunch Kornblume Shop (extern: Nele Hartwig)',
                       start=start, end=end, organizer=matthias,
                       guests=[(matthias[0], matthias[1], 'REQ-PARTICIPANT'),
                               (leonie[0], leonie[1], 'REQ-PARTICIPANT'),
                               (arne[0], arne[1], 'REQ-PARTICIPANT'),
                               (OWNER_NAME, OWNER, 'REQ-PARTICIPANT')],
                       description='Agenda: Ziele & Scope Relaunch, Zeitplan, Zugänge, '
                                   'Kommunikationswege. Nele ist als Freelancerin (Frontend) dabei.',
                       meet='krn-bstq-wfa', created=T(2026, 2, 25, 16, 30, 2),
                       ip='209.85.220.41')
    case(cid, [('01-matthias-kickoff.eml', m1), ('02-einladung-kickoff.eml', m2)], [],
         'hard', 'negative/freelance-client',
         'Paid freelance engagement after a signed contract: kick-off invite, hourly billing, '
         '"Stakeholder-Interviews" with marketing. Not a hiring process.')


# ========================================================================================
# 15  Standalone Outlook .ics with Windows TZID "GMT Standard Time" (Lisbon)  positive
# ========================================================================================
def c15():
    cid = 'b159-15-outlook-ics-lisbon'
    stamp = T(2026, 4, 14, 9, 12, 0, tz=LIS)
    start = says(T(2026, 4, 21, 15, 0, tz=LIS), 'Tue')
    end = start + timedelta(minutes=75)
    assert start.utcoffset() == timedelta(hours=1)          # WEST, "GMT Standard Time" in DST
    beatriz = ('Beatriz Lopes', 'beatriz.lopes@azulejo-pay.example')
    duarte = ('Duarte Fonseca', 'duarte.fonseca@azulejo-pay.example')
    ines = ('Inês Carvalho', 'ines.carvalho@azulejo-pay.example')
    desc = """Hi Nele,

As promised, here is the invitation for your technical interview for the Frontend Engineer (Checkout) role.

Interviewers: Duarte Fonseca (Frontend Lead) and Inês Carvalho (Senior Software Engineer, Payments)
Duration: 75 minutes – about 45 min discussing a checkout or payment flow you have worked on, then 30 min of live coding (TypeScript, no framework needed).

Join: https://whereby.com/azulejo-tech-interviews
All times in this invitation are Lisbon time.

Obrigada and good luck!
Beatriz Lopes
Talent Acquisition, Azulejo Pay
"""
    L = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010',
         'VERSION:2.0'] + VTZ['GMT Standard Time'] + [
        'BEGIN:VEVENT',
        f'ORGANIZER;CN={beatriz[0]}:mailto:{beatriz[1]}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={duarte[0]}:mailto:{duarte[1]}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={ines[0]}:mailto:{ines[1]}',
        f'DESCRIPTION;LANGUAGE=en-US:{esc(desc)}',
        'UID:040000008200E00074C5B7101A82E00800000000A0F3B27E8ACBDC01000000000000000'
        '010000000E5C2A7D9B14F3E4C8A6D0B1F2E3C4D5A',
        'SUMMARY;LANGUAGE=en-US:Azulejo Pay | Technical Interview – Frontend Engineer (Checkout) | Nele Hartwig',
        f'DTSTART;TZID=GMT Standard Time:{local(start, LIS)}',
        f'DTEND;TZID=GMT Standard Time:{local(end, LIS)}',
        'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{utcstamp(stamp)}', 'TRANSP:OPAQUE',
        'STATUS:CONFIRMED', 'SEQUENCE:0',
        'LOCATION;LANGUAGE=en-US:https://whereby.com/azulejo-tech-interviews',
        'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-OWNERAPPTID:2119884106',
        'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
        'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1',
        'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
        'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
        'X-MICROSOFT-LOCATIONDISPLAYNAME:https://whereby.com/azulejo-tech-interviews',
        'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
        'ACTION:DISPLAY', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    ics = ics_join(L)
    case(cid, [('01-technical-interview-azulejo.ics', ics)],
         [interview('Azulejo Pay', 'Frontend Engineer (Checkout)', start, end, 'scheduled',
                    [duarte[1], ines[1]], [duarte[1], ines[1]], 'technical')],
         'hard', 'positive/standalone-ics-windows-tz',
         'Exchange .ics with TZID "GMT Standard Time" (Lisbon/London, observes DST): 15:00 on '
         'Tue 21 Apr = 14:00Z = 16:00 CEST, not 15:00Z. Organizer Beatriz only schedules.')


# ========================================================================================
# 16  Recruitee: booked, cancelled (METHOD:CANCEL), re-booked as a new event   positive
# ========================================================================================
def c16():
    cid = 'b159-16-recruitee-cancel-rebook'
    sent1 = T(2026, 2, 9, 11, 0, 31)
    a_s = says(T(2026, 2, 12, 15, 0), 'Thu')
    a_e = a_s + timedelta(minutes=30)
    sent2 = T(2026, 2, 11, 18, 30, 12)
    assert sent2.date() + timedelta(days=1) == a_s.date()      # "morgen"
    sent3 = T(2026, 2, 16, 9, 45, 2)
    b_s = says(T(2026, 2, 20, 10, 0), 'Fri')
    b_e = b_s + timedelta(minutes=30)
    merle = ('Merle Johansen', 'merle.johansen@nordlicht-logistics.example')
    role = 'Frontend Developer (TypeScript)'
    pid = '-//Recruitee//Interview Scheduler//EN'

    def cal(method, uid, seq, s, e, stamp, meet, status='CONFIRMED'):
        ev = vevent(uid=uid, seq=seq, dtstamp=stamp, start=s, end=e, tzid='Europe/Berlin',
                    summary=f'Kennenlerngespräch – {role} (Nordlicht Logistics)',
                    description=f'Kennenlerngespräch mit Merle Johansen (Talent Acquisition)\n'
                                f'https://meet.google.com/{meet}',
                    location=f'https://meet.google.com/{meet}', organizer=merle,
                    attendees=[attendee(*merle, role='CHAIR', partstat='ACCEPTED', rsvp=False),
                               attendee(OWNER_NAME, OWNER)], status=status)
        return vcalendar(method, pid, [ev], ['Europe/Berlin'])

    def block(s, e, meet):
        return (f'Kennenlerngespräch – {role}\n{de_long(s)}\n{hm(s)} – {hm(e)} '
                f'({berlin_abbr(s, "de")}, Europe/Berlin)\nGoogle Meet: https://meet.google.com/{meet}'
                f'\n\nGesprächspartnerin: Merle Johansen, Talent Acquisition')
    sig = '\nViele Grüße\nMerle Johansen\nNordlicht Logistics\n\nSent with Recruitee\n'
    text1 = (f'Hallo Nele,\n\ndein Interview mit Nordlicht Logistics ist bestätigt.\n\n'
             f'{block(a_s, a_e, "nlg-ktbv-wpe")}\n\nIm Anhang findest du die Kalendereinladung. '
             f'Falls etwas dazwischenkommt, antworte einfach auf diese E-Mail.\n{sig}')
    text2 = (f'Hallo Nele,\n\nleider müssen wir dein Kennenlerngespräch morgen, {de_long(a_s)} um '
             f'{hm(a_s)} Uhr, absagen – Merle ist krankheitsbedingt ausgefallen. Das tut uns sehr '
             f'leid!\n\nWir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag.\n{sig}')
    text3 = (f'Hallo Nele,\n\nwie versprochen hier der neue Termin für unser Kennenlerngespräch – '
             f'danke für deine Geduld!\n\n{block(b_s, b_e, "nlg-rmfz-qhd")}\n\n'
             f'Die neue Kalendereinladung hängt an.\n{sig}')
    frm = addr('Nordlicht Logistics', 'nordlicht-logistics@recruitee-mailbox.com')
    rt = '<reply-5be19a03f7@recruitee-mailbox.com>'
    uidA = 'interview-4471-a1c9@recruitee.com'
    uidB = 'interview-4498-b7e2@recruitee.com'
    m1 = message(date=sent1, frm=frm, reply_to=rt,
                 subject='Interview bestätigt: Kennenlerngespräch – Nordlicht Logistics',
                 msgid='<rt.4471.confirm.1770631231@recruitee-mailbox.com>',
                 body=multipart('mixed', 'rt-' + h8(cid + '1', 20), [
                     alt_body(text1, cid + '1'),
                     attach(cal('REQUEST', uidA, 0, a_s, a_e, sent1, 'nlg-ktbv-wpe'),
                            'text/calendar', 'invite.ics', '; method=REQUEST')]),
                 host='smtp.recruitee-mailbox.com', ip='198.51.100.118')
    m2 = message(date=sent2, frm=frm, reply_to=rt,
                 subject='Interview abgesagt: Kennenlerngespräch – Nordlicht Logistics',
                 msgid='<rt.4471.cancel.1770831012@recruitee-mailbox.com>',
                 body=multipart('mixed', 'rt-' + h8(cid + '2', 20), [
                     alt_body(text2, cid + '2'),
                     attach(cal('CANCEL', uidA, 1, a_s, a_e, sent2, 'nlg-ktbv-wpe', 'CANCELLED'),
                            'text/calendar', 'cancel.ics', '; method=CANCEL')]),
                 host='smtp.recruitee-mailbox.com', ip='198.51.100.118')
    m3 = message(date=sent3, frm=frm, reply_to=rt,
                 subject='Interview bestätigt: Kennenlerngespräch – Nordlicht Logistics',
                 msgid='<rt.4498.confirm.1771231502@recruitee-mailbox.com>',
                 body=multipart('mixed', 'rt-' + h8(cid + '3', 20), [
                     alt_body(text3, cid + '3'),
                     attach(cal('REQUEST', uidB, 0, b_s, b_e, sent3, 'nlg-rmfz-qhd'),
                            'text/calendar', 'invite.ics', '; method=REQUEST')]),
                 host='smtp.recruitee-mailbox.com', ip='198.51.100.118')
    case(cid, [('01-interview-bestaetigt.eml', m1), ('02-interview-abgesagt.eml', m2),
               ('03-neuer-termin-bestaetigt.eml', m3)],
         [interview('Nordlicht Logistics', role, a_s, a_e, 'cancelled', [merle[1]], [merle[1]],
                    'phone_screen'),
          interview('Nordlicht Logistics', role, b_s, b_e, 'scheduled', [merle[1]], [merle[1]],
                    'phone_screen')],
         'hard', 'positive/cancel-then-rebook',
         'Thu 12 Feb booking cancelled (METHOD:CANCEL, same UID), then re-booked as a NEW event '
         '(new UID, new Meet link) for Fri 20 Feb: two entries, one cancelled and one scheduled.')


# ========================================================================================
# 17  Recruitee self-scheduling link, nothing booked                          negative
# ========================================================================================
def c17():
    cid = 'b159-17-recruitee-scheduling-link'
    sent = T(2026, 5, 12, 10, 17, 44)
    r0 = says(T(2026, 5, 19), 'Tue')
    r1 = says(T(2026, 5, 22), 'Fri')
    text = f"""Hallo Nele,

gute Nachrichten: Wir möchten dich gern zum Tech-Interview für die Stelle Frontend Engineer (Svelte) einladen! 🎉

Bitte wähle über den folgenden Link einen Termin, der dir passt:
https://app.recruitee.com/scheduler/fjordfunk/8c41e0d7b2

Verfügbare Zeiträume: {de_long(r0)} bis {de_long(r1)}, jeweils zwischen 10:00 und 17:00 Uhr (Berlin). Das Interview dauert 60 Minuten und findet per Google Meet mit Henrik und Ebba aus dem Frontend-Team statt.

Der Link ist 7 Tage gültig. Sobald du einen Slot gebucht hast, bekommst du eine Bestätigung mit Kalendereinladung.

Viele Grüße
Svea Lindahl
People Operations · Fjordfunk

Sent with Recruitee
"""
    m = message(date=sent, frm=addr('Fjordfunk', 'fjordfunk@recruitee-mailbox.com'),
                reply_to='<reply-c03f7e19a4@recruitee-mailbox.com>',
                subject='Fjordfunk: Bitte wähle einen Termin für dein Tech-Interview',
                msgid='<rt.90218.schedule.1778573864@recruitee-mailbox.com>',
                body=alt_body(text, cid, cte='base64'), host='smtp.recruitee-mailbox.com',
                ip='198.51.100.118')
    case(cid, [('01-termin-waehlen.eml', m)], [], 'medium', 'negative/availability-request',
         'Self-scheduling link with an availability window, no slot booked yet: not an interview '
         'until a time is confirmed.')


# ========================================================================================
# 18  Founder: "Kennenlernen Dienstag 10 Uhr" -> moved to Thursday by mail    positive
# ========================================================================================
def c18():
    cid = 'b159-18-founder-moved-to-thursday'
    sent1 = T(2026, 5, 13, 20, 15, 33)
    tue = says(T(2026, 5, 19, 10, 0), 'Tue')
    nele1 = T(2026, 5, 14, 8, 31, 0)
    sent2 = T(2026, 5, 18, 8, 2, 19)
    says(sent2, 'Mon')
    assert sent2.date() + timedelta(days=1) == tue.date()      # "morgen früh"
    start = says(T(2026, 5, 21, 10, 0), 'Thu')
    end = start + timedelta(minutes=30)
    nele2 = T(2026, 5, 18, 9, 14, 0)
    sent3 = T(2026, 5, 18, 12, 40, 5)
    katrin = ('Katrin Aust', 'katrin@wolkenbruch.example')
    meet = 'wlk-brch-hxn'
    text1 = f"""Hi Nele,

ich bin Katrin, Gründerin von Wolkenbruch – wir bauen Starkregen-Frühwarnungen für Kommunen und sind gerade sieben Leute. Danke für deine Bewerbung als Frontend Developer!

Hast du Lust auf ein erstes Kennenlerngespräch mit mir? Ganz entspannt, 30 Minuten: Ich erzähl dir von uns, du mir von dir. Ich hätte Dienstag ({tue.day}.{tue.month}.) um 10 Uhr Zeit, hier wäre der Meet-Link: https://meet.google.com/{meet}

Sag einfach Bescheid, ob das passt.

Liebe Grüße
Katrin

--
Katrin Aust · Gründerin & CEO
Wolkenbruch GmbH · {katrin[1]}
"""
    n1 = 'Hi Katrin,\n\nsehr gern – Dienstag 10 Uhr passt mir super!\n\nBis dann\nNele\n'
    text2 = f"""Hi Nele,

sorry für die kurzfristige Planänderung – mir ist morgen früh ein Termin beim Bezirksamt dazwischengekommen (ausgerechnet!). Können wir auf Donnerstag schieben, gleiche Uhrzeit? Der Link bleibt derselbe.

LG Katrin

Am {nele1.day}.{nele1.month:02d}.{nele1.year} um {hm(nele1)} schrieb Nele Hartwig <{OWNER}>:
{quote(n1)}
>
> Am {sent1.day}.{sent1.month:02d}.{sent1.year} um {hm(sent1)} schrieb Katrin Aust <{katrin[1]}>:
{quote(text1, '>> ')}
"""
    n2 = 'Hi Katrin,\n\nkein Problem, Donnerstag 10 Uhr passt auch!\n\nLG Nele\n'
    text3 = f"""Super, danke dir! Dann {DE_WD[start.weekday()]}, {start.day}.{start.month}., {start.hour} Uhr – gleicher Link. Bis dann 🙂

Katrin

Am {nele2.day}.{nele2.month:02d}.{nele2.year} um {hm(nele2)} schrieb Nele Hartwig <{OWNER}>:
{quote(n2)}
"""
    mid1 = '<CAE8vR2mK5pT9wQ1zN4xL7cB0sD3fH6jYgA@mail.gmail.com>'
    midn1 = '<CAH7nQe4bVW2kP9t6Lr0GmS1sYc7wJ8fXoE@mail.gmail.com>'
    mid2 = '<CAE8vR2nQ0sV3yT6bM9xK2dC5fG8hJ1kZqB@mail.gmail.com>'
    midn2 = '<CAH7nQe8cYX5mR3u0Ns4HpT2tZd9xK1gWqF@mail.gmail.com>'
    subj = 'Kennenlernen – Frontend bei Wolkenbruch?'
    kw = dict(frm=addr(*katrin), host='mail-ed1-f52.google.com', ip='209.85.208.52')
    m1 = message(date=sent1, subject=subj, msgid=mid1, body=alt_body(text1, cid + '1'), **kw)
    m2 = message(date=sent2, subject='Re: ' + subj, msgid=mid2, in_reply_to=midn1,
                 references=f'{mid1} {midn1}', body=alt_body(text2, cid + '2'), **kw)
    m3 = message(date=sent3, subject='Re: ' + subj,
                 msgid='<CAE8vR2pW4uX7aC0dN3yL6eF9gH2jK5mZrC@mail.gmail.com>', in_reply_to=midn2,
                 references=f'{mid1} {midn1} {mid2} {midn2}', body=alt_body(text3, cid + '3'),
                 **kw)
    case(cid, [('01-katrin-kennenlernen.eml', m1), ('02-re-donnerstag-schieben.eml', m2),
               ('03-re-bestaetigt.eml', m3)],
         [interview('Wolkenbruch', 'Frontend Developer', start, end, 'scheduled', [katrin[1]],
                    [katrin[1]], 'hiring_manager')],
         'medium', 'positive/reschedule-by-email',
         'Founder call first agreed for Tue 19 May 10:00, then moved by mail to "Donnerstag, gleiche '
         'Uhrzeit" = Thu 21 May 10:00 CEST (30 min). One interview at the final time.')


# ========================================================================================
# 19  Rejection after a past tech interview (Personio)                        negative
# ========================================================================================
def c19():
    cid = 'b159-19-rejection-after-interview'
    sent = T(2026, 3, 20, 15, 5, 44)
    text = """Hallo Nele,

vielen Dank, dass du dir letzte Woche Zeit für das Tech-Interview mit Ben und Lea genommen hast – die beiden fanden das Gespräch sehr angenehm, und deine Herangehensweise beim Refactoring hat ihnen gut gefallen.

Nach reiflicher Überlegung haben wir uns trotzdem entschieden, den Prozess mit einer anderen Kandidatin fortzusetzen, deren Erfahrung mit WebGL für diese Rolle noch etwas besser passt.

Das ist keine Entscheidung gegen dich: Wenn du einverstanden bist, nehmen wir dich gern in unseren Talent-Pool auf und melden uns bei passenden Stellen. Und falls du Feedback zum Interview möchtest, schreib mir einfach – dann organisiere ich gern ein kurzes Feedback-Gespräch mit Ben.

Alles Gute für deine weitere Suche!

Jasmin Köhler
People & Culture | Lumenwerk GmbH
jasmin.koehler@lumenwerk.example

Diese Nachricht wurde über Personio versendet.
"""
    m = message(date=sent, frm=addr('Lumenwerk GmbH', 'jobs@m.personio.com'),
                reply_to=addr('Jasmin Köhler', 'jasmin.koehler@lumenwerk.example'),
                subject='Deine Bewerbung als Frontend Developer bei Lumenwerk',
                msgid='<0102019d0b7c55e1-personio-4418820-9@m.personio.com>',
                body=alt_body(text, cid), host='m.personio.com', ip='54.240.4.17')
    case(cid, [('01-rueckmeldung-bewerbung.eml', m)], [], 'medium', 'negative/rejection',
         'Rejection that refers to last week\'s tech interview and offers an (unscheduled) feedback '
         'call; nothing to schedule.')


# ========================================================================================
# 20  Calendar API only: pairing session (London) + the owner's own prep block positive
# ========================================================================================
def c20():
    cid = 'b159-20-gcal-pairing-london'
    start = says(T(2026, 5, 26, 11, 0, tz=LON), 'Tue')
    end = start + timedelta(minutes=75)
    ellie = ('Ellie Mensah', 'ellie.mensah@quartzline.example')
    sam = ('Sam Whitford', 'sam.whitford@quartzline.example')
    room = 'https://whereby.com/quartzline-pairing'
    ev1 = gcal_event(
        eid='5tq1hv8c3k0m7s2nrb9ed4jlap',
        summary='Pair-Programming-Session: Quartzline × Nele Hartwig',
        description=('Hi Nele! This is the pair-programming session for the Frontend Engineer '
                     '(Design Systems) role – 75 min with Ellie (Design Systems Lead) and Sam '
                     '(Senior Frontend Engineer). We\'ll pair on a small accessibility bug in our '
                     f'component library (React + TypeScript). {hm(start)} UK time. No prep '
                     f'needed, just a browser and your editor.\n\nRoom: {room}'),
        start=start, end=end, tzname='Europe/London', organizer=ellie, location=room,
        attendees=[{'email': ellie[1], 'displayName': ellie[0], 'organizer': True,
                    'responseStatus': 'accepted'},
                   {'email': sam[1], 'displayName': sam[0], 'responseStatus': 'accepted'},
                   {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}],
        created=T(2026, 5, 19, 16, 2, 11, tz=LON), updated=T(2026, 5, 19, 18, 40, 3))
    p_s = T(2026, 5, 26, 10, 30)
    ev2 = gcal_event(
        eid='0c7hm2ql5r8t1vxj4k9bn3dw6e',
        summary='Prep: Quartzline Pair-Programming 🧠',
        description='Storybook-Doku nochmal lesen, a11y-Checkliste, Kaffee.',
        start=p_s, end=p_s + timedelta(minutes=60), tzname='Europe/Berlin',
        organizer=(OWNER_NAME, OWNER), self_org=True, attendees=None,
        created=T(2026, 5, 20, 9, 3, 40), updated=T(2026, 5, 20, 9, 3, 40))
    case(cid, [('01-pairing-session.gcal.json', ev1), ('02-prep-block.gcal.json', ev2)],
         [interview('Quartzline', 'Frontend Engineer (Design Systems)', start, end, 'scheduled',
                    [ellie[1], sam[1]], [ellie[1], sam[1]], 'technical')],
         'medium', 'positive/gcal-json',
         'API events only, listed in the owner\'s view (+02:00) with timeZone Europe/London: '
         '11:00 BST = 12:00 CEST, Whereby room in location. The second event is the owner\'s own '
         'prep block, not an interview.')


# ========================================================================================
# 21  Owner is an external interviewer for a friend's startup                 negative
# ========================================================================================
def c21():
    cid = 'b159-21-owner-is-interviewer'
    sent1 = T(2026, 4, 9, 9, 31, 0)
    start = says(T(2026, 4, 16, 13, 0), 'Thu')
    end = start + timedelta(hours=1)
    lea = ('Lea Pohl', 'lea.pohl@pixelpost.example')
    jakub = ('Jakub Wrona', 'jakub.wrona@mailbox.example')
    text1 = f"""Hey Nele,

nochmal tausend Dank, dass du als externe Interviewerin einspringst, solange wir keinen zweiten Frontend-Senior haben!

Kandidat: Jakub Wrona, bewirbt sich bei uns als Frontend Developer (Mid-Level). CV und unsere Scorecard liegen im geteilten Ordner: https://drive.pixelpost.example/hiring/jakub-wrona
Termin: {DE_WD[start.weekday()]}, {start.day}. April, {hm(start)}–{hm(end)} – die Kalendereinladung hab ich dir eben geschickt. Du übernimmst den Technik-Teil (React, State-Management, Testing), ich mach Intro und die Fragen am Ende.

Deine Stunde rechnest du wie immer über die Freelance-Rechnung ab. Bitte füll die Scorecard direkt nach dem Gespräch aus, bevor wir uns austauschen.

Danke dir!
Lea

--
Lea Pohl · CTO · Pixelpost
{lea[1]}
"""
    m1 = message(date=sent1, frm=addr(*lea),
                 subject='Danke fürs Einspringen 🙏 – Tech-Interview mit Jakub nächste Woche',
                 msgid='<CAN2wT7hR4kY1pM8xB5vQ0cL3dF6gJ9sZuD@mail.gmail.com>',
                 body=alt_body(text1, cid + '1'), host='mail-wr1-f44.google.com',
                 ip='209.85.221.44')
    m2 = google_invite(lang='de', method='REQUEST', sent=T(2026, 4, 9, 9, 24, 15),
                       msgid='<calendar-c4d2e8f6-7a1b-4c39-b0e5-pixelpost01@google.com>',
                       uid='7bx3k9q1m5v0t2c8nrh4ep6dsa@google.com', seq=0,
                       title='Tech-Interview: Jakub Wrona (Frontend Developer) – Interviewerinnen: '
                             'Lea, Nele',
                       start=start, end=end, organizer=lea,
                       guests=[(lea[0], lea[1], 'REQ-PARTICIPANT'),
                               (OWNER_NAME, OWNER, 'REQ-PARTICIPANT'),
                               (jakub[0], jakub[1], 'REQ-PARTICIPANT')],
                       description='Tech-Interview mit Jakub Wrona (Kandidat). Nele: Technik-Teil, '
                                   'Lea: Intro + Abschluss. Scorecard: '
                                   'https://drive.pixelpost.example/hiring/jakub-wrona',
                       meet='pxp-jkwr-tiv', created=T(2026, 4, 9, 9, 23, 0), ip='209.85.220.41')
    case(cid, [('01-einladung-jakub-interview.eml', m2), ('02-lea-danke.eml', m1)], [],
         'hard', 'negative/user-is-interviewer',
         'Google invite titled "Tech-Interview" where the owner is one of the interviewers and '
         'Jakub is the candidate. The owner is not the candidate, so no interview.')


# ========================================================================================
# 22  Mock interview (coaching funded by an AVGS voucher) with .ics          negative
# ========================================================================================
def c22():
    cid = 'b159-22-mock-interview-coaching'
    sent = T(2026, 3, 12, 17, 45, 0)
    start = says(T(2026, 3, 19, 14, 0), 'Thu')
    end = start + timedelta(minutes=90)
    ingo = ('Ingo Reimann', 'ingo.reimann@karrierewerk.example')
    text = f"""Hallo Nele,

dein nächster Coaching-Termin im Rahmen deines AVGS-Gutscheins (Maßnahme „Bewerbungscoaching IT“) ist gebucht:

Mock-Interview: Tech-Interview Frontend (Simulation)
{de_long(start)}, {hm(start)} – {hm(end)} Uhr
Online via Whereby: https://whereby.com/karrierewerk-coaching-3

Dein Coach Ingo Reimann spielt den Interviewer einer fiktiven Firma („Nordstern Digital“) und führt mit dir ein realistisches Tech-Interview durch: eine kleine Live-Coding-Aufgabe, Fragen zu React und Performance und ein kurzes Gehaltsgespräch. Danach gibt es 30 Minuten ausführliches Feedback; die Aufzeichnung bekommst du auf Wunsch.

Die Kosten übernimmt das Jobcenter über deinen Aktivierungs- und Vermittlungsgutschein – für dich entstehen keine Kosten. Bitte denk daran, nach dem Termin die Anwesenheitsliste digital zu unterschreiben.

Viele Grüße
Dein Karrierewerk-Team
Karrierewerk Coaching GmbH · AZAV-zertifizierter Träger
"""
    ev = vevent(uid='kw-coaching-2231-19@karrierewerk.example', seq=0, dtstamp=sent,
                start=start, end=end, tzid='Europe/Berlin',
                summary='Mock-Interview (Simulation): Tech-Interview Frontend – Coaching mit Ingo',
                description='AVGS-Bewerbungscoaching IT. Whereby: '
                            'https://whereby.com/karrierewerk-coaching-3',
                location='https://whereby.com/karrierewerk-coaching-3', organizer=ingo,
                attendees=[attendee(*ingo, role='CHAIR', partstat='ACCEPTED', rsvp=False),
                           attendee(OWNER_NAME, OWNER)])
    body = multipart('mixed', 'kw-' + h8(cid, 20), [
        alt_body(text, cid),
        attach(vcalendar('REQUEST', '-//Karrierewerk//Terminbuchung 2.1//DE', [ev],
                         ['Europe/Berlin']), 'text/calendar', 'termin.ics', '; method=REQUEST')])
    m = message(date=sent, frm=addr('Karrierewerk Coaching', 'termine@karrierewerk.example'),
                reply_to=addr(*ingo),
                subject=f'Bestätigung: Mock-Interview „Tech-Interview Frontend“ am '
                        f'{start:%d.%m.} – AVGS-Coaching',
                msgid='<kw.2231.19.20260312174500@karrierewerk.example>', body=body,
                host='mail.karrierewerk.example', ip='203.0.113.151')
    case(cid, [('01-bestaetigung-mock-interview.eml', m)], [], 'medium',
         'negative/mock-interview',
         'Coaching session simulating a tech interview with a fictitious company (funded by a '
         'job-centre voucher) with a calendar invite: mock interviews are not interviews.')


# ========================================================================================
# output
# ========================================================================================
README = """# blind159: Berlin startup frontend developer – Personio, JOIN and Recruitee mail in German and English (written blind)

**Mailbox owner:** Nele Hartwig (`nele.hartwig@example.com`), a frontend developer in Berlin
(Europe/Berlin, CET/CEST) looking for a new startup job while doing some freelance work. Her
mail mixes German (startup du-form, plus formal Sie-form from public authorities) and English.
Vocabulary used: Kennenlerngespräch, Tech-Interview, Pair-Programming-Session, Vor-Ort-Tag,
Abschlussgespräch.

**What the set stresses**
- ATS mail from Personio (`jobs@m.personio.com` relay with the recruiter in Reply-To), JOIN
  (`noreply@join.com`, the message is quoted inside the notification) and Recruitee
  (`*@recruitee-mailbox.com`, with .ics attachments using Europe/Berlin or Europe/London
  VTIMEZONE blocks, SEQUENCE updates, METHOD:CANCEL).
- Google Meet and Whereby links; Google Calendar invitations in German and English (UTC DTSTART,
  text/calendar + invite.ics); Calendar API events listed in the owner's view (+02:00) while
  `timeZone` is Asia/Jerusalem or Europe/London.
- A terse Slack-Connect thread ("do 16h passt 👍") that the owner forwarded to herself.
- Teams in other time zones than Berlin: Lisbon (WET/WEST), London (GMT/BST), Tel Aviv (IST/IDT).
- Final state: SEQUENCE reschedule, reschedule agreed by e-mail ("Donnerstag, gleiche Uhrzeit"),
  a company cancellation, and a cancellation later re-booked as a new event (two entries).
- One on-site day sent as an itinerary with two .ics files and a team lunch (one `onsite`).
- Hard look-alikes: a Bürgeramt appointment, a Jobcenter appointment ("Einladung", "persönliches
  Gespräch", "Vorstellungsgespräche"), a coworking tour + "Probetag", a meetup talk the owner
  gives (tech check + video "speaker interview"), a paid freelance client kick-off with
  "Stakeholder-Interviews", a Recruitee self-scheduling link with nothing booked, a rejection
  after an interview, an invite where the owner is the interviewer, and a coaching mock interview.

**Written blind.** The cases and labels were written from the labelling rules in
`/work/shared/eval/README.md` only (plus a look at the format of two or three dev files). The
tool's code, its tests and the other evaluation sets were not read, and the tool was not run.
All people and companies are invented (`.example` domains); vendor system senders keep their
product domains.

**Counts:** {n_cases} cases, {n_pos} positive and {n_neg} negative; {n_int} labelled interviews
({n_sched} scheduled, {n_canc} cancelled). Cases with two interviews: {two}.
Difficulty: {diff}.

**Formats:** {n_eml} `.eml` (multipart/mixed and multipart/alternative, quoted-printable and
base64 bodies, ISO-8859-1 and UTF-8, RFC 2047 headers, In-Reply-To/References threads, quoted
replies, a forwarded block), {n_ics} standalone `.ics` (Exchange, Windows TZID
"GMT Standard Time") and {n_json} `.gcal.json` Calendar API v3 events. Items inside a case are
numbered; sorted name order is arrival order.

**Time zones and DST points (2026)**
- EU summer time starts Sun 29 Mar (Berlin CET+1 -> CEST+2, Lisbon/London +0 -> +1); Israel
  switches earlier, on Fri 27 Mar. Case 07 is mailed on Tue 24 Mar (+0200, Israel winter time)
  for Tue 31 Mar 16:00 IDT (+0300) = 13:00Z = 15:00 CEST.
- Case 03: "tomorrow at 14:00 Lisbon time" in a mail dated Thu 5 Mar 21:30 +0000 -> Fri 6 Mar
  14:00 WET = 15:00 CET.
- Case 04: London interview in March before the switch (GMT = UTC, Berlin +1).
- Case 15: Windows TZID "GMT Standard Time" in April means BST/WEST (+01:00), not UTC.
- Case 20: API event with `timeZone: Europe/London` but `dateTime` rendered in +02:00.
- Case 13: London (BST) vs Berlin (CEST) in May, one hour apart.

Regenerate everything with `python make_cases.py` (deterministic; standard library + PyYAML +
zoneinfo). Labels are in `labels.yaml` (schema of the shared eval README).
"""


def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16,
               c17, c18, c19, c20, c21, c22):
        fn()
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
    for i, cid in enumerate(ids, 1):
        assert cid.startswith(f'b159-{i:02d}-'), cid
    for name in sorted(os.listdir(HERE)):
        if name.startswith('b159-') and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    n_eml = n_ics = n_json = 0
    for cid, files, label in CASES:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        names = [f for f, _ in files]
        assert names == sorted(names), names
        for i, (fname, content) in enumerate(files, 1):
            assert fname.startswith(f'{i:02d}-'), fname
            assert fname.endswith(('.eml', '.ics', '.gcal.json')), fname
            n_eml += fname.endswith('.eml')
            n_ics += fname.endswith('.ics')
            n_json += fname.endswith('.gcal.json')
            with open(os.path.join(d, fname), 'wb') as fh:
                fh.write(content.encode('utf-8'))
        labels[cid] = label
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('# blind159 labels - generated by make_cases.py (do not edit by hand)\n')
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100,
                       default_flow_style=False)
    pos = [c for c in CASES if c[2]['interview']]
    ints = [iv for c in CASES for iv in c[2]['interviews']]
    diff = {}
    for c in CASES:
        diff[c[2]['difficulty']] = diff.get(c[2]['difficulty'], 0) + 1
    readme = README.format(
        n_cases=len(CASES), n_pos=len(pos), n_neg=len(CASES) - len(pos), n_int=len(ints),
        n_sched=sum(iv['status'] == 'scheduled' for iv in ints),
        n_canc=sum(iv['status'] == 'cancelled' for iv in ints),
        two=', '.join(c[0] for c in CASES if len(c[2]['interviews']) > 1),
        diff=', '.join(f'{k} {diff[k]}' for k in ('easy', 'medium', 'hard') if k in diff),
        n_eml=n_eml, n_ics=n_ics, n_json=n_json)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(readme)
    print(f'wrote {len(CASES)} cases, {len(ints)} interviews to {HERE}')


if __name__ == '__main__':
    main()
