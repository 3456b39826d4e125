#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate the blind141 evaluation set (interview detection, written blind).

Theme: a Kyiv backend developer (Yaryna Melnychuk, yaryna.melnychuk@example.com)
looking for remote work.  Mail in Ukrainian and English: Djinni / DOU messages
relayed by e-mail, recruiters in Warsaw, Krakow, Berlin, New York and San
Francisco writing in their own zones, Europe/Kyiv EET (+02:00) until
2026-03-29 and EEST (+03:00) after, air-raid and power-outage reschedules.

Everything is deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs,
so two runs produce byte-identical files.  Standard library + PyYAML only.

    python make_cases.py        # rewrites b141-*/ and labels.yaml next to this file
"""
import base64
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
KYIV = 'Europe/Kyiv'
WARSAW = 'Europe/Warsaw'
BERLIN = 'Europe/Berlin'
NEW_YORK = 'America/New_York'
LA = 'America/Los_Angeles'

OWNER = 'yaryna.melnychuk@example.com'
OWNER_EN = 'Yaryna Melnychuk'
OWNER_UA = 'Ярина Мельничук'

# --------------------------------------------------------------------------
# time helpers
# --------------------------------------------------------------------------

def T(y, mo, d, h=0, mi=0, s=0, zone=KYIV):
    """Aware datetime in an IANA zone (offset computed by zoneinfo)."""
    return datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(zone))


def inz(dt, zone):
    return dt.astimezone(ZoneInfo(zone))


EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_MON = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December']
UA_DAYS = {
    0: ('понеділок', 'понеділка', 'пн'),
    1: ('вівторок', 'вівторка', 'вт'),
    2: ('середа', 'середу', 'ср'),
    3: ('четвер', 'четверга', 'чт'),
    4: ("п'ятниця", "п'ятницю", 'пʼятниця', 'пʼятницю', 'пт'),
    5: ('субота', 'суботу', 'сб'),
    6: ('неділя', 'неділю', 'нд'),
}


def chk(dt, day_name, day=None, month=None, hhmm=None):
    """Assert that a weekday / date / time written in the text matches dt."""
    i = dt.weekday()
    assert day_name in (EN_DAYS[i], EN_DAYS[i][:3]) or day_name in UA_DAYS[i], (dt, day_name)
    if day is not None:
        assert dt.day == day, (dt, day)
    if month is not None:
        assert dt.month == month, (dt, month)
    if hhmm is not None:
        assert dt.strftime('%H:%M') == hhmm, (dt, hhmm)
    return dt


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def local(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def gtime(dt):
    """Google style '3pm' / '11:30am'."""
    h = dt.hour % 12 or 12
    m = '' if dt.minute == 0 else ':%02d' % dt.minute
    return '%d%s%s' % (h, m, 'am' if dt.hour < 12 else 'pm')


def ustime(dt):
    """Calendly / Outlook style '3:00pm'."""
    h = dt.hour % 12 or 12
    return '%d:%02d%s' % (h, dt.minute, 'am' if dt.hour < 12 else 'pm')


def ms_time(dt):
    h = dt.hour % 12 or 12
    return '%d:%02d %s' % (h, dt.minute, 'AM' if dt.hour < 12 else 'PM')


# --------------------------------------------------------------------------
# MIME helpers (hand-built so boundaries and header order are fixed)
# --------------------------------------------------------------------------

def hv(value):
    """Header value, RFC 2047-encoded when not ASCII."""
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, 'utf-8').encode()


def A(name, addr):
    if not name:
        return addr
    return formataddr((name, addr), charset='utf-8')


def leaf(ctype, payload, cte, extra=()):
    data = payload.encode('utf-8') if isinstance(payload, str) else payload
    if cte == 'base64':
        body = base64.encodebytes(data).decode('ascii').rstrip('\n')
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data).decode('ascii').rstrip('\n')
    else:
        body = data.decode('utf-8').rstrip('\n')
    lines = ['Content-Type: ' + ctype]
    lines += list(extra)
    lines.append('Content-Transfer-Encoding: ' + cte)
    return '\n'.join(lines) + '\n\n' + body + '\n'


def multi(subtype, boundary, parts):
    out = 'Content-Type: multipart/%s; boundary="%s"\n\n' % (subtype, boundary)
    for p in parts:
        out += '--%s\n%s\n' % (boundary, p)
    out += '--%s--\n' % boundary
    return out


def message(headers, body):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append('%s: %s' % (k, v))
    lines.append('MIME-Version: 1.0')
    return '\n'.join(lines) + '\n' + body


def received(host, ip, qid, dt, by='mx.example.com (Postfix)'):
    return ('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s'
            % (host, host, ip, by, qid, OWNER, rfc(dt)))


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


def html_lines(text):
    return '<br>\n'.join(html.escape(l, quote=False) for l in text.split('\n'))


def gmail_html(body, attr=None, quoted=None):
    out = '<div dir="ltr">' + html_lines(body) + '</div>'
    if attr:
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                + html.escape(attr, quote=False) + '<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + html_lines(quoted) + '</blockquote></div>')
    return out + '\n'


def simple_html(text, font='Arial,Helvetica,sans-serif'):
    paras = text.split('\n\n')
    body = ''.join('<p>' + html_lines(p) + '</p>\n' for p in paras)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:%s;font-size:14px;color:#222">\n%s</body></html>\n'
            % (font, body))


# --------------------------------------------------------------------------
# iCalendar helpers
# --------------------------------------------------------------------------

def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    b = line.encode('utf-8')
    out = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        limit = 74
    out.append(b)
    return b'\r\n '.join(out).decode('utf-8')


def ics(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def cn(name):
    if any(c in name for c in ',;:'):
        return '"%s"' % name
    return name


VTZ_KYIV = [
    'BEGIN:VTIMEZONE', 'TZID:Europe/Kyiv', 'X-LIC-LOCATION:Europe/Kyiv',
    'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300', 'TZNAME:EEST',
    'DTSTART:19700329T030000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
    'BEGIN:STANDARD', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200', 'TZNAME:EET',
    'DTSTART:19701025T040000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
    'END:VTIMEZONE',
]

VTZ_BERLIN_APPLE = [
    'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin',
    'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'DTSTART:19810329T020000', 'TZNAME:MESZ', 'TZOFFSETTO:+0200', 'END:DAYLIGHT',
    'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'DTSTART:19961027T030000', 'TZNAME:MEZ', 'TZOFFSETTO:+0100', 'END:STANDARD',
    'END:VTIMEZONE',
]

VTZ_CEST_WIN = [
    'BEGIN:VTIMEZONE', 'TZID:Central European Standard Time',
    'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
    'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
    'END:VTIMEZONE',
]

GOOGLE_MEET_BLOCK = ('-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                     'Join with Google Meet: https://meet.google.com/%s\n\n'
                     'Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n'
                     'Please do not edit this section.\n'
                     '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-')


# --------------------------------------------------------------------------
# Google Calendar invitation / cancellation e-mail
# --------------------------------------------------------------------------

def google_when_subject(start, end, zone=KYIV):
    s, e = inz(start, zone), inz(end, zone)
    return '%s %s %d, %d %s - %s (%s)' % (EN_DAYS[s.weekday()][:3], EN_MON[s.month][:3], s.day, s.year,
                                         gtime(s), gtime(e), s.tzname())


def google_when_body(start, end, zone=KYIV):
    s, e = inz(start, zone), inz(end, zone)
    return '%s %s %d, %d \u22c5 %s \u2013 %s' % (EN_DAYS[s.weekday()], EN_MON[s.month][:3], s.day, s.year,
                                                gtime(s), gtime(e))


def google_eid(event_id):
    return base64.urlsafe_b64encode(('%s %s' % (event_id, OWNER)).encode()).decode().rstrip('=')


def google_invite(*, kind, organizer, guests, summary, start, end, uid, seq, created, stamp,
                  description, meet, date, msgid, bnd, qid, location='', owner_cn=None):
    """kind: new | updated | canceled.  guests: [(name, email, partstat)] incl. organizer first."""
    org_name, org_mail = organizer
    method = 'CANCEL' if kind == 'canceled' else 'REQUEST'
    prefix = {'new': 'Invitation: ', 'updated': 'Updated invitation: ', 'canceled': 'Canceled event: '}[kind]
    subject = '%s%s @ %s (%s)' % (prefix, summary, google_when_subject(start, end), OWNER)
    eid = google_eid(uid.split('@')[0])
    view = 'https://calendar.google.com/calendar/event?action=VIEW&eid=' + eid

    # ---- text/calendar
    cal = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
           'CALSCALE:GREGORIAN', 'METHOD:' + method, 'BEGIN:VEVENT',
           'DTSTART:' + zstamp(start), 'DTEND:' + zstamp(end), 'DTSTAMP:' + zstamp(stamp),
           'ORGANIZER;CN=%s:mailto:%s' % (cn(org_name), org_mail), 'UID:' + uid]
    for name, mail, ps in guests:
        cal.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s'
                   % (ps, cn(name), mail))
    cal.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s'
               % (cn(owner_cn or OWNER), OWNER))
    if meet:
        cal.append('X-GOOGLE-CONFERENCE:https://meet.google.com/' + meet)
    desc = description
    if meet:
        desc = description + '\n\n' + GOOGLE_MEET_BLOCK % meet
    cal += ['CREATED:' + zstamp(created), 'DESCRIPTION:' + esc(desc), 'LAST-MODIFIED:' + zstamp(stamp),
            'LOCATION:' + esc(location), 'SEQUENCE:%d' % seq,
            'STATUS:' + ('CANCELLED' if kind == 'canceled' else 'CONFIRMED'),
            'SUMMARY:' + esc(summary), 'TRANSP:OPAQUE']
    if kind != 'canceled':
        cal += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
                'TRIGGER:-P0DT0H10M0S', 'END:VALARM']
    cal += ['END:VEVENT', 'END:VCALENDAR']
    cal_text = ics(cal)

    # ---- text/plain
    head = ''
    if kind == 'canceled':
        head = 'This event has been canceled and removed from your calendar.\n\n'
    elif kind == 'updated':
        head = 'This event has been updated\nChanged: time\n\n'
    tzlabel = 'Eastern European Time - Kyiv'
    lines = [head + summary, google_when_body(start, end), tzlabel, '']
    if meet and kind != 'canceled':
        lines += ['Join with Google Meet', 'https://meet.google.com/%s' % meet, '']
    if location:
        lines += ['Location', location, '']
    lines += ['Organizer', org_name, org_mail, '', 'Guests']
    for i, (name, mail, ps) in enumerate(guests):
        if i == 0 and mail == org_mail:
            lines.append('%s - organizer' % name)
        else:
            lines.append(name)
        lines.append(mail)
    lines.append(OWNER)
    lines.append('View all guest info ' + view)
    lines.append('')
    if description and kind != 'canceled':
        lines += [description, '']
    if kind != 'canceled':
        lines += ['Reply for %s and view more details %s' % (OWNER, view),
                  'Your attendance is optional.', '']
    lines += ['~~//~~', 'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
              'You are receiving this email because you are an attendee on the event.', '',
              'Forwarding this invitation could allow any recipient to send a response to the organizer, '
              'be added to the guest list, invite others regardless of their own invitation status, or modify '
              'your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding']
    plain = '\n'.join(lines) + '\n'
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">\n'
           + ''.join('<p>' + html_lines(p) + '</p>\n' for p in plain.strip('\n').split('\n\n'))
           + '</div></body></html>\n')

    alt = multi('alternative', bnd + 'b', [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, 'base64'),
        leaf('text/html; charset="UTF-8"', htm, 'quoted-printable'),
        leaf('text/calendar; charset="UTF-8"; method=' + method, cal_text, 'base64'),
    ])
    body = multi('mixed', bnd + 'a', [
        alt,
        leaf('application/ics; name="invite.ics"', cal_text, 'base64',
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    headers = [
        ('Delivered-To', OWNER),
        received('mail-sor-f69.google.com', '209.85.220.69', qid, date),
        ('Return-Path', '<%s@calendar-server.bounces.google.com>' % qid),
        ('Reply-To', hv(A(org_name, org_mail))),
        ('Sender', 'Google Calendar <calendar-notification@google.com>'),
        ('Message-ID', msgid),
        ('Date', rfc(date)),
        ('Subject', hv(subject)),
        ('From', hv(A(org_name, org_mail))),
        ('To', OWNER),
    ]
    return message(headers, body), cal_text


def gcal_event(*, event_id, summary, description, organizer, attendees, start, end, tzname,
               created, updated, seq=0, meet=None, location=None, display_zone=KYIV, etag='1'):
    """Google Calendar API v3 Event resource as returned by events.list on the owner's calendar."""
    org_name, org_mail = organizer
    ev = {
        'kind': 'calendar#event',
        'etag': '"%s"' % etag,
        'id': event_id,
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=' + google_eid(event_id),
        'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'summary': summary,
        'description': description,
    }
    if location:
        ev['location'] = location
    ev['creator'] = {'email': org_mail, 'displayName': org_name}
    ev['organizer'] = {'email': org_mail, 'displayName': org_name}
    ev['start'] = {'dateTime': inz(start, display_zone).isoformat(), 'timeZone': tzname}
    ev['end'] = {'dateTime': inz(end, display_zone).isoformat(), 'timeZone': tzname}
    ev['iCalUID'] = event_id + '@google.com'
    ev['sequence'] = seq
    att = []
    for name, mail, status, is_org in attendees:
        a = {'email': mail}
        if name:
            a['displayName'] = name
        if is_org:
            a['organizer'] = True
        a['responseStatus'] = status
        att.append(a)
    att.append({'email': OWNER, 'self': True, 'responseStatus': 'accepted'})
    ev['attendees'] = att
    if meet:
        ev['hangoutLink'] = 'https://meet.google.com/' + meet
        ev['conferenceData'] = {
            'entryPoints': [{'entryPointType': 'video', 'uri': 'https://meet.google.com/' + meet,
                             'label': 'meet.google.com/' + meet}],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet',
                                   'iconUri': 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png'},
            'conferenceId': meet,
        }
    ev['reminders'] = {'useDefault': True}
    ev['eventType'] = 'default'
    return json.dumps(ev, indent=2, ensure_ascii=False) + '\n'


# --------------------------------------------------------------------------
# case registry
# --------------------------------------------------------------------------

CASES = []
LABELS = {}


class Case:
    def __init__(self, name):
        self.name = name
        self.files = []
        CASES.append(self)

    def add(self, fname, content):
        assert fname[:3] == '%02d-' % (len(self.files) + 1), fname
        self.files.append((fname, content))

    def label(self, interviews, difficulty, category, notes):
        LABELS[self.name] = {
            'user': OWNER,
            'interview': bool(interviews),
            'interviews': interviews,
            'difficulty': difficulty,
            'category': category,
            'notes': notes,
            'source': 'synthetic',
        }


def IV(company, role, start, end, status, interviewers, followup, kind):
    return {
        'company': company,
        'role': role,
        'start': start.isoformat(),
        'end': end.isoformat() if end is not None else None,
        'status': status,
        'interviewer_emails': list(interviewers),
        'followup_recipients': list(followup),
        'kind': kind,
    }


SIG_UA = 'З повагою,\nЯрина Мельничук\nBackend Developer (Python, Go) | Київ\n+380 67 000 41 27'
SIG_EN = 'Best regards,\nYaryna Melnychuk\nBackend Developer (Python, Go) | Kyiv, Ukraine'


# ==========================================================================
# relay helpers (Djinni / DOU)
# ==========================================================================

def djinni_mail(*, sender_name, company, vacancy, text, date, msgid, thread, qid, bnd):
    plain = ('%s (%s) надіслав(ла) вам повідомлення\n\n'
             'Вакансія: %s\n'
             '------------------------------------------------------------\n'
             '%s\n'
             '------------------------------------------------------------\n\n'
             'Відповісти: https://djinni.co/my/inbox/%s/\n\n'
             'Ви отримали цей лист, бо маєте профіль кандидата на Djinni.\n'
             'Налаштувати сповіщення: https://djinni.co/my/notifications/\n'
             % (sender_name, company, vacancy, text, thread))
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
           '<body style="background:#f4f6f8;font-family:Helvetica,Arial,sans-serif">\n'
           '<table width="600" align="center" style="background:#fff;padding:24px"><tr><td>\n'
           '<p style="color:#666">%s (%s) надіслав(ла) вам повідомлення</p>\n'
           '<p><b>Вакансія:</b> %s</p>\n'
           '<div style="border-left:3px solid #2c7be5;padding-left:12px">%s</div>\n'
           '<p><a href="https://djinni.co/my/inbox/%s/" style="background:#2c7be5;color:#fff;'
           'padding:8px 16px;text-decoration:none">Відповісти</a></p>\n'
           '<p style="font-size:11px;color:#999">Ви отримали цей лист, бо маєте профіль кандидата на Djinni. '
           '<a href="https://djinni.co/my/notifications/">Налаштувати сповіщення</a></p>\n'
           '</td></tr></table></body></html>\n'
           % (html.escape(sender_name), html.escape(company), html.escape(vacancy), html_lines(text), thread))
    body = multi('alternative', bnd, [
        leaf('text/plain; charset="utf-8"', plain, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', htm, 'quoted-printable'),
    ])
    headers = [
        ('Delivered-To', OWNER),
        received('o7.sg.djinni.co', '198.51.100.37', qid, date),
        ('Return-Path', '<bounces+4418207-%s=example.com@sg.djinni.co>' % OWNER.split('@')[0]),
        ('From', 'Djinni <noreply@djinni.co>'),
        ('To', OWNER),
        ('Subject', hv('%s (%s): %s' % (sender_name, company, vacancy))),
        ('Date', rfc(date)),
        ('Message-ID', msgid),
        ('List-Unsubscribe', '<https://djinni.co/my/notifications/unsubscribe/?t=%s>' % qid.lower()),
        ('X-Djinni-Thread', thread),
    ]
    return message(headers, body)


# ==========================================================================
# b141-01  Djinni relay -> recruiter confirms by e-mail, interviewer only in Cc
# ==========================================================================

def case01():
    c = Case('b141-01-djinni-relay-technical-kyiv')
    start = chk(T(2026, 3, 10, 15, 0), 'вівторок', 10, 3, '15:00')
    end = T(2026, 3, 10, 16, 0)
    olha = ('Ольга Савчук', 'olha.savchuk@smerichka-labs.example')
    serhii = ('Сергій Бондар', 'serhii.bondar@smerichka-labs.example')
    d1 = T(2026, 3, 4, 9, 17, 42, zone='UTC')
    text = ('Ярино, добрий день!\n\n'
            'Мене звати Ольга, я рекрутерка в Smerichka Labs. Дякую за відгук на вакансію '
            'Senior Python Developer у команді платіжного шлюзу.\n\n'
            'Ваш досвід з FastAPI і PostgreSQL нам дуже підходить, тому хочемо запросити вас на '
            'технічну співбесіду з нашим тімлідом Сергієм. Пропоную вівторок, 10 березня, о 15:00 '
            'за Києвом, тривалість — приблизно година.\n\n'
            'Якщо час зручний, напишіть мені, будь ласка, на olha.savchuk@smerichka-labs.example — '
            'і я надішлю посилання на дзвінок.\n\n'
            'Гарного дня!\nОльга')
    c.add('01-djinni-povidomlennia-smerichka.eml', djinni_mail(
        sender_name=olha[0], company='Smerichka Labs', vacancy='Senior Python Developer', text=text,
        date=d1, msgid='<20260304091742.4418207.7f3a1c@djinni.co>', thread='7731905',
        qid='4fR2xK0tQmz3Lp', bnd='==djinni-7731905-a81c=='))

    her_date = chk(T(2026, 3, 4, 21, 36, 5), 'ср')
    her_id = '<CAJ8vL2nR4u0Zq1pXe7dFq3kWm9sY0bT5o6hG2a1c@mail.example.com>'
    d2 = T(2026, 3, 5, 10, 3, 11)
    her_text = ('Ольго, добрий день!\n\n'
                'Дякую за запрошення. Вівторок, 10 березня о 15:00 мені підходить.\n'
                'Пишу вам на пошту, як домовлялися на Джині.\n\n' + SIG_UA)
    reply = ('Ярино, чудово, дякую!\n\n'
             'Фіксуємо: вівторок, 10 березня, 15:00–16:00 за київським часом.\n'
             'Ставлю в копію Сергія Бондаря — він проводитиме співбесіду. Формат: хвилин 10 про ваш '
             'досвід, далі лайв-кодинг на Python і трохи system design.\n\n'
             'Посилання на Google Meet: https://meet.google.com/ksv-prdq-wne\n\n'
             'Якщо раптом тривога чи відключення світла — просто напишіть мені або Сергію, перенесемо.\n\n'
             '--\nОльга Савчук\nTalent Acquisition | Smerichka Labs\nolha.savchuk@smerichka-labs.example')
    attr = 'ср, 4 бер. 2026 р. о 21:36 Yaryna Melnychuk <%s> пише:' % OWNER
    plain = reply + '\n\n' + attr + '\n' + quote(her_text) + '\n'
    body = multi('alternative', '000000000000e41c7a0614b3f1d2', [
        leaf('text/plain; charset="UTF-8"', plain, 'base64'),
        leaf('text/html; charset="UTF-8"', gmail_html(reply, attr, her_text), 'base64'),
    ])
    c.add('02-re-tekhnichna-spivbesida.eml', message([
        ('Delivered-To', OWNER),
        received('mail-lf1-f54.google.com', '209.85.167.54', '4fRhQ95sWvz7Tn', d2),
        ('From', hv(A(*olha))),
        ('Date', rfc(d2)),
        ('Message-ID', '<CAN4rq7Ts0oP9vXw2b8Yk1mFhLd3eZc6JuQ5=Ra@mail.gmail.com>'),
        ('In-Reply-To', her_id),
        ('References', her_id),
        ('Subject', hv('Re: Технічна співбесіда — Senior Python Developer')),
        ('To', hv(A(OWNER_EN, OWNER))),
        ('Cc', hv(A(*serhii))),
        ('Content-Language', 'uk'),
    ], body))
    c.label([IV('Smerichka Labs', 'Senior Python Developer', start, end, 'scheduled',
                [serhii[1]], [serhii[1]], 'technical')],
            'medium', 'positive/relay-then-email',
            'Djinni relay proposes Tue 10 Mar 15:00 Kyiv (EET, +02:00); the recruiter confirms 15:00-16:00 by '
            'e-mail. The interviewer (tech lead Serhii) appears only in Cc of the confirmation, so he is the '
            'interviewer and follow-up recipient; the recruiter only schedules.')


# ==========================================================================
# b141-02  DOU relay (English, Warsaw recruiter) + Google invite = one screen
# ==========================================================================

def dou_mail(*, sender_name, company, vacancy, text, date, msgid, qid, bnd, link):
    plain = ('Вітаємо!\n\n%s з компанії %s написав(ла) вам щодо вакансії «%s»:\n\n%s\n\n'
             'Відповісти можна на сторінці листування: %s\n\n'
             '—\nDOU Робота · jobs.dou.ua\nЦей лист надіслано автоматично, відповідати на нього не потрібно.\n'
             % (sender_name, company, vacancy, text, link))
    htm = simple_html(plain)
    body = multi('alternative', bnd, [
        leaf('text/plain; charset=utf-8', plain, 'base64'),
        leaf('text/html; charset=utf-8', htm, 'base64'),
    ])
    return message([
        ('Delivered-To', OWNER),
        received('mail.dou.ua', '203.0.113.18', qid, date),
        ('Return-Path', '<no-reply@dou.ua>'),
        ('From', hv(A('DOU Робота', 'no-reply@dou.ua'))),
        ('To', OWNER),
        ('Subject', hv('Нове повідомлення: %s, %s' % (vacancy, company))),
        ('Date', rfc(date)),
        ('Message-ID', msgid),
        ('Auto-Submitted', 'auto-generated'),
    ], body)


def case02():
    c = Case('b141-02-dou-relay-warsaw-intro-call')
    start = chk(T(2026, 3, 12, 10, 0, zone=WARSAW), 'Thursday', 12, 3, '10:00')
    end = T(2026, 3, 12, 10, 30, zone=WARSAW)
    assert inz(start, KYIV).strftime('%H:%M') == '11:00'
    mag = ('Magdalena Wójcik', 'magdalena.wojcik@wisla-data.example')
    d1 = T(2026, 3, 9, 8, 41, 5, zone='UTC')
    text = ('Hi Yaryna,\n\n'
            'Thank you for applying to our Backend Engineer (Python/Go) opening. I would love to have a short '
            'intro call with you — about 30 minutes, just the two of us, to talk about your background, the team '
            'and how our hiring process looks.\n\n'
            'Would Thursday, 12 March at 10:00 CET (11:00 Kyiv time) work for you? If yes, I will send a '
            'Google Meet invitation to your e-mail.\n\n'
            'Best,\nMagdalena\n\n'
            'Magdalena Wójcik | Talent Acquisition Partner | Wisła Data Systems, Warsaw')
    c.add('01-dou-nove-povidomlennia.eml', dou_mail(
        sender_name=mag[0], company='Wisła Data Systems', vacancy='Backend Engineer (Python/Go)', text=text,
        date=d1, msgid='<msg.20260309084105.551870@jobs.dou.ua>', qid='4fQw3b2Yc1z8Rt',
        bnd='----=_Part_551870_1622093114.1773045665000', link='https://jobs.dou.ua/my/messages/551870/'))
    d2 = T(2026, 3, 9, 11, 6, 33, zone='UTC')
    eml, _ = google_invite(
        kind='new', organizer=mag, guests=[(mag[0], mag[1], 'ACCEPTED')],
        summary='Intro call: Yaryna Melnychuk <> Wisła Data Systems', start=start, end=end,
        uid='1q2w7e9r4t6y8u0i3o5p2a4s6d@google.com', seq=0, created=d2, stamp=d2,
        description=('Backend Engineer (Python/Go) - intro call with Magdalena Wójcik (Talent Acquisition). '
                     'No preparation needed, we will talk about your experience, the team and next steps.'),
        meet='wzd-hqpt-kmr', date=d2, msgid='<calendar-8c1d2f47-5e39-4b0a-9d61-3f2a7c0e1b54@google.com>',
        bnd='000000000000a3b1f20614c5', qid='btqmzv83k2hd')
    c.add('02-invitation-intro-call.eml', eml)
    c.label([IV('Wisła Data Systems', 'Backend Engineer (Python/Go)', start, end, 'scheduled',
                [mag[1]], [mag[1]], 'phone_screen')],
            'easy', 'positive/dedupe-relay-and-invite',
            'DOU relay proposes Thu 12 Mar 10:00 CET (= 11:00 Kyiv EET); the Google invite repeats it (subject '
            'shows 11am EET). One recruiter screen, the recruiter conducts it. The DOU no-reply sender is not '
            'a follow-up recipient.')


# ==========================================================================
# b141-03  NEGATIVE: CNAP (ЦНАП) e-queue appointment booked through Diia
# ==========================================================================

def case03():
    c = Case('b141-03-cnap-diia-passport-appointment')
    visit = chk(T(2026, 3, 17, 10, 20), 'вівторок', 17, 3, '10:20')
    visit_end = T(2026, 3, 17, 10, 40)
    d1 = T(2026, 3, 11, 20, 14, 51)
    text = ('Шановна Ярино Мельничук!\n\n'
            'Ви успішно записалися до електронної черги Центру надання адміністративних послуг.\n\n'
            'Послуга: оформлення паспорта громадянина України для виїзду за кордон\n'
            'Дата: вівторок, 17.03.2026\n'
            'Час: 10:20\n'
            'Талон: Ш-0417\n'
            'Адреса: ЦНАП Шевченківського району, зал 2 (вхід з двору)\n\n'
            'Запис створено через портал Дія. Будь ласка, прийдіть за 10 хвилин до призначеного часу — '
            'адміністратор проведе прийом, фотографування та дактилоскопію на місці.\n\n'
            'Візьміть із собою: ID-картку або паспорт, РНОКПП, квитанцію про сплату (можна в Дії).\n'
            'Якщо під час візиту оголосять повітряну тривогу, прийом призупиняється; ваш талон зберігається '
            'до кінця робочого дня.\n\n'
            'Скасувати або перенести запис: https://cherga.cnap-shev.kyiv.example/ticket/SH0417\n\n'
            'Цей лист сформовано автоматично. Будь ласка, не відповідайте на нього.')
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CNAP Queue//e-cherga 3.2//UK', 'METHOD:PUBLISH',
               'CALSCALE:GREGORIAN'] + VTZ_KYIV + [
        'BEGIN:VEVENT', 'UID:ticket-SH0417-20260317@cherga.cnap-shev.kyiv.example',
        'DTSTAMP:' + zstamp(d1),
        'DTSTART;TZID=Europe/Kyiv:' + local(visit), 'DTEND;TZID=Europe/Kyiv:' + local(visit_end),
        'SUMMARY:' + esc('ЦНАП: прийом (закордонний паспорт), талон Ш-0417'),
        'LOCATION:' + esc('ЦНАП Шевченківського району, зал 2'),
        'DESCRIPTION:' + esc('Електронна черга ЦНАП. Запис через портал Дія. Прийдіть за 10 хвилин.'),
        'ORGANIZER;CN=ЦНАП Шевченківського району:mailto:cherga@cnap-shev.kyiv.example',
        'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    body = multi('mixed', '=_cherga_5f1c0a9e42', [
        multi('alternative', '=_cherga_alt_5f1c0a9e42', [
            leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
            leaf('text/html; charset=UTF-8', simple_html(text), 'quoted-printable'),
        ]),
        leaf('text/calendar; charset=UTF-8; method=PUBLISH; name="cnap-SH0417.ics"', cal, 'base64',
             extra=['Content-Disposition: attachment; filename="cnap-SH0417.ics"']),
    ])
    c.add('01-cnap-zapys-pidtverdzheno.eml', message([
        ('Delivered-To', OWNER),
        received('mail.cnap-shev.kyiv.example', '192.0.2.44', '4fQz1L6mNrz2Xk', d1),
        ('From', hv(A('ЦНАП Шевченківського району', 'cherga@cnap-shev.kyiv.example'))),
        ('To', OWNER),
        ('Subject', hv('Підтвердження запису до електронної черги: 17.03.2026, 10:20')),
        ('Date', rfc(d1)),
        ('Message-ID', '<ticket.SH0417.1773252891@cherga.cnap-shev.kyiv.example>'),
        ('Auto-Submitted', 'auto-generated'),
    ], body))
    d2 = chk(T(2026, 3, 16, 18, 0, 7), 'пн')
    rem = ('Ярино, нагадуємо: завтра, 17 березня, о 10:20 у вас візит до ЦНАП Шевченківського району '
           '(оформлення паспорта для виїзду за кордон, талон Ш-0417).\n\n'
           'Не забудьте документи. Якщо плани змінилися — скасуйте запис у застосунку, щоб звільнити час '
           'для інших.\n\nВаша Дія')
    c.add('02-diia-nahaduvannia.eml', message([
        ('Delivered-To', OWNER),
        received('notify.diia.example', '192.0.2.91', '4fRr8T0yVbz5Qd', d2),
        ('From', hv(A('Дія', 'no-reply@notify.diia.example'))),
        ('To', OWNER),
        ('Subject', hv('Нагадування: завтра візит до ЦНАП о 10:20')),
        ('Date', rfc(d2)),
        ('Message-ID', '<reminder-SH0417-20260316@notify.diia.example>'),
        ('Auto-Submitted', 'auto-generated'),
    ], leaf('text/plain; charset=utf-8', rem, '8bit')))
    c.label([], 'medium', 'negative/government-appointment',
            'ЦНАП e-queue appointment booked through Diia (passport), with an .ics and a "tomorrow at 10:20" '
            'reminder. A government service visit, not a job interview.')


# ==========================================================================
# b141-04  air-raid reschedule by e-mail only: "перенесемо на завтра"
# ==========================================================================

def case04():
    c = Case('b141-04-air-raid-pereneseno-na-zavtra')
    orig = chk(T(2026, 3, 18, 14, 0), 'середа', 18, 3, '14:00')
    orig_end = T(2026, 3, 18, 15, 0)
    start = chk(T(2026, 3, 19, 14, 0), 'четвер', 19, 3, '14:00')
    end = T(2026, 3, 19, 15, 0)
    iryna = ('Ірина Ткаченко', 'iryna.tkachenko@kalyna-cloud.example')
    dmytro = ('Дмитро Лисенко', 'dmytro.lysenko@kalyna-cloud.example')
    d1 = T(2026, 3, 13, 14, 22, 10, zone='UTC')
    desc = ('Ярино, добрий день!\n\n'
            'Це технічна співбесіда на позицію Senior Go Developer. Проводитиме Дмитро Лисенко '
            '(Lead Backend Engineer). Буде трохи лайв-кодингу на Go, тож підготуйте, будь ласка, IDE '
            'та стабільний інтернет.\n\n'
            'Якщо буде тривога чи відключення — просто напишіть мені, ми підлаштуємося.\n\nІрина, HR Kalyna Cloud')
    eml, _ = google_invite(
        kind='new', organizer=iryna,
        guests=[(iryna[0], iryna[1], 'ACCEPTED'), (dmytro[0], dmytro[1], 'ACCEPTED')],
        summary='Технічна співбесіда: Ярина Мельничук — Kalyna Cloud (Senior Go Developer)',
        start=orig, end=orig_end, uid='6h0k2m4n8p1q3r5s7t9v2w4x6y@google.com', seq=0,
        created=d1, stamp=d1, description=desc, meet='rpk-vsnd-yqa', date=d1,
        msgid='<calendar-2b7e91c4-0d38-4f6a-b5e2-91c7d4a03f68@google.com>', bnd='0000000000004d7e2a0614d1',
        qid='kq8vnd2x0wrt', owner_cn=OWNER_UA)
    c.add('01-invitation-tekhnichna-spivbesida.eml', eml)

    her = chk(T(2026, 3, 18, 13, 32, 48), 'ср', 18, 3)
    her_id = '<CAJ8vL2p7Hk3sWd9Qm4Lr1xTz0nV5bYc8eF2gU6i@mail.example.com>'
    her_text = ('Ірино, добрий день!\n\n'
                'У Києві щойно оголосили повітряну тривогу, я в укритті, і мобільний інтернет тут майже не тягне. '
                'Боюся, о 14:00 нормально підключитися не вийде. Чи можна перенести?\n\n'
                'Вибачте, що так пізно попереджаю.\nЯрина')
    d2 = T(2026, 3, 18, 13, 41, 9)
    reply = ('Ярино, звісно, безпека понад усе!\n\n'
             'Перенесемо на завтра на той самий час — 14:00. Дмитро підтвердив, посилання в календарі '
             'лишається те саме.\n\nБережіть себе 🙏\nІрина')
    attr = 'ср, 18 бер. 2026 р. о 13:32 Yaryna Melnychuk <%s> пише:' % OWNER
    plain = reply + '\n\n' + attr + '\n' + quote(her_text) + '\n'
    body = multi('alternative', '00000000000091f3c80614ec', [
        leaf('text/plain; charset="UTF-8"', plain, 'base64'),
        leaf('text/html; charset="UTF-8"', gmail_html(reply, attr, her_text), 'base64'),
    ])
    c.add('02-re-spivbesida-tryvoha.eml', message([
        ('Delivered-To', OWNER),
        received('mail-wr1-f49.google.com', '209.85.221.49', '4fS1mX2pLcz4Hv', d2),
        ('From', hv(A(*iryna))),
        ('Date', rfc(d2)),
        ('Message-ID', '<CAF7pQ2Wm8xRk0sTn3vJd5hLb1yZe9uGc4oN6=Mq@mail.gmail.com>'),
        ('In-Reply-To', her_id),
        ('References', '<calendar-2b7e91c4-0d38-4f6a-b5e2-91c7d4a03f68@google.com> ' + her_id),
        ('Subject', hv('Re: Технічна співбесіда сьогодні о 14:00')),
        ('To', hv(A(OWNER_UA, OWNER))),
        ('Cc', hv(A(*dmytro))),
    ], body))
    c.label([IV('Kalyna Cloud', 'Senior Go Developer', start, end, 'scheduled',
                [dmytro[1]], [dmytro[1]], 'technical')],
            'hard', 'positive/reschedule-by-email',
            'Google invite for Wed 18 Mar 14:00-15:00 Kyiv (EET). On the day an air-raid alert; the recruiter '
            'replies at 13:41 "перенесемо на завтра на той самий час — 14:00" -> Thu 19 Mar 14:00-15:00 +02:00 '
            '(relative date resolved against the reply Date). No updated invite arrives, the stale invite '
            'must not win. Interviewer Dmytro is an invite guest and in Cc.')


# ==========================================================================
# b141-05  Berlin hiring manager, invitation sent before and held after the DST switch
# ==========================================================================

def case05():
    c = Case('b141-05-berlin-hm-across-dst-switch')
    start = chk(T(2026, 4, 1, 11, 0, zone=BERLIN), 'Wednesday', 1, 4, '11:00')
    end = T(2026, 4, 1, 12, 0, zone=BERLIN)
    assert inz(start, KYIV).strftime('%H:%M') == '12:00'
    jana = ('Jana Hoffmann', 'jana.hoffmann@lindenhof-logistik.example')
    tobias = ('Tobias Krämer', 'tobias.kraemer@lindenhof-logistik.example')
    d1 = chk(T(2026, 3, 24, 15, 22, 37, zone=BERLIN), 'Tue')
    assert d1.utcoffset().total_seconds() == 3600
    text = ('Dear Yaryna,\n\n'
            'thank you again for the pleasant call last week. As discussed, we would like to invite you to the '
            'next step for the Senior Backend Engineer (Remote) position: a 60-minute interview with '
            'Tobias Krämer, our Head of Engineering and the hiring manager for this role.\n\n'
            'Date: Wednesday, 1 April 2026\n'
            'Time: 11:00–12:00 German time (12:00–13:00 Kyiv time)\n'
            'Where: Microsoft Teams (the link is in the attached invitation)\n\n'
            'A small heads-up: Germany and Ukraine both switch to summer time this Sunday, 29 March, so the '
            'difference between us stays one hour — I double-checked.\n\n'
            'Tobias will focus on your experience with event-driven systems and how you like to work in a '
            'distributed team. If the time does not work, just reply to this e-mail.\n\n'
            'Viele Grüße / Kind regards\n'
            'Jana Hoffmann\n'
            'Talent Acquisition | Lindenhof Logistik GmbH\n'
            'Speicherstraße 12, 10245 Berlin')
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           + ''.join('<div>' + html_lines(p) + '</div><div><br></div>' for p in text.split('\n\n'))
           + '</body></html>\n')
    cal = ics(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'VERSION:2.0', 'PRODID:-//Apple Inc.//macOS 15.3.1//EN',
               'CALSCALE:GREGORIAN'] + VTZ_BERLIN_APPLE + [
        'BEGIN:VEVENT', 'TRANSP:OPAQUE', 'DTEND;TZID=Europe/Berlin:' + local(end),
        'ORGANIZER;CN=Jana Hoffmann;EMAIL=%s:mailto:%s' % (jana[1], jana[1]),
        'UID:5E0B8C7A-3F41-4D6B-9A2E-7C1D0F83B6A4',
        'DTSTAMP:' + zstamp(d1),
        'LOCATION:Microsoft Teams',
        'DESCRIPTION:' + esc('Interview Senior Backend Engineer (Remote) – Yaryna Melnychuk / Tobias Krämer\n'
                             'Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzY4ZjE0YTgtlindenhof%40thread.v2/0'),
        'SEQUENCE:0',
        'ATTENDEE;CN=Tobias Krämer;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:%s'
        % (tobias[1], tobias[1]),
        'ATTENDEE;CN=Yaryna Melnychuk;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s'
        % (OWNER, OWNER),
        'ATTENDEE;CN=Jana Hoffmann;CUTYPE=INDIVIDUAL;EMAIL=%s;PARTSTAT=ACCEPTED;ROLE=OPT-PARTICIPANT:mailto:%s'
        % (jana[1], jana[1]),
        'SUMMARY:' + esc('Interview Lindenhof Logistik – Yaryna Melnychuk (Hiring Manager)'),
        'DTSTART;TZID=Europe/Berlin:' + local(start),
        'CREATED:' + zstamp(d1), 'STATUS:CONFIRMED',
        'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'TRIGGER:-PT15M', 'END:VALARM',
        'END:VEVENT', 'END:VCALENDAR'])
    body = multi('mixed', 'Apple-Mail=_0C3B5E8A-71D2-4F96-A4E0-2B9C6D1F7E35', [
        multi('alternative', 'Apple-Mail=_9A4D7C21-5B3E-4E08-8F6A-D2C1B0E97F44', [
            leaf('text/plain; charset=utf-8', text, 'quoted-printable'),
            leaf('text/html; charset=utf-8', htm, 'quoted-printable'),
        ]),
        leaf('text/calendar; charset=utf-8; method=REQUEST; name="Interview_Lindenhof_Logistik.ics"', cal,
             'base64', extra=['Content-Disposition: attachment; filename="Interview_Lindenhof_Logistik.ics"']),
    ])
    c.add('01-interview-invitation-lindenhof.eml', message([
        ('Delivered-To', OWNER),
        received('mail.lindenhof-logistik.example', '198.51.100.140', '4fTp0c7GkRz1Wm', d1),
        ('From', hv(A(*jana))),
        ('Subject', hv('Interview invitation – Senior Backend Engineer (Remote) – Lindenhof Logistik')),
        ('Date', rfc(d1)),
        ('Message-Id', '<3F0E6B2A-9C71-4D58-B1E4-8A7C2D5F0B93@lindenhof-logistik.example>'),
        ('To', hv(A(OWNER_EN, OWNER))),
        ('Cc', hv(A(*tobias))),
        ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)'),
    ], body))
    c.label([IV('Lindenhof Logistik', 'Senior Backend Engineer (Remote)', start, end, 'scheduled',
                [tobias[1]], [tobias[1]], 'hiring_manager')],
            'medium', 'positive/dst-switch',
            'Mail sent Tue 24 Mar (Berlin CET +01:00, Kyiv EET +02:00) for Wed 1 Apr 11:00 Berlin, after both '
            'switch to summer time on 29 Mar: 11:00+02:00 = 12:00 Kyiv EEST. Apple Calendar .ics with '
            'TZID=Europe/Berlin. Hiring manager Tobias conducts; recruiter Jana is an optional attendee.')


# ==========================================================================
# b141-06  NEGATIVE: English school speaking test "in interview format"
# ==========================================================================

def case06():
    c = Case('b141-06-english-school-speaking-test')
    st = chk(T(2026, 4, 2, 19, 0), 'четвер', 2, 4, '19:00')
    en = T(2026, 4, 2, 19, 20)
    d1 = T(2026, 3, 27, 12, 30, 4)
    text = ('Вітаємо, Ярино!\n\n'
            'Дякуємо за заявку на курс «English for IT: Job Interviews» (рівень B2+/C1). Перед стартом ми '
            'проводимо коротке усне тестування — speaking test з викладачем.\n\n'
            'Це 20-хвилинна розмова англійською в Zoom у форматі співбесіди: розкажете про свій досвід і '
            'проєкти, відповісте на кілька типових запитань, які ставлять на інтерв\'ю в іноземних компаніях. '
            'За результатом визначимо ваш рівень і запропонуємо групу.\n\n'
            'Дата і час: четвер, 2 квітня, 19:00–19:20 (за Києвом)\n'
            'Викладачка: Emily Carter\n'
            'Zoom: https://us05web.zoom.us/j/83310457721?pwd=mapleleafTEST\n\n'
            'Тестування безкоштовне, оплата курсу — лише після того, як ви оберете групу.\n\n'
            'До зустрічі!\nКоманда Maple Leaf English School\nhello@mapleleaf-english.example')
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Maple Leaf English//Booking//EN', 'METHOD:REQUEST',
               'BEGIN:VEVENT', 'UID:placement-20260402-1900-ym@mapleleaf-english.example',
               'DTSTAMP:' + zstamp(d1), 'DTSTART:' + zstamp(st), 'DTEND:' + zstamp(en),
               'SUMMARY:' + esc('Speaking test (placement interview) — Maple Leaf English School'),
               'DESCRIPTION:' + esc('20-хвилинна розмова англійською з викладачкою Emily Carter. '
                                    'Zoom: https://us05web.zoom.us/j/83310457721'),
               'ORGANIZER;CN=Maple Leaf English School:mailto:hello@mapleleaf-english.example',
               'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Emily Carter:mailto:emily.carter@mapleleaf-english.example',
               'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ярина Мельничук:mailto:' + OWNER,
               'LOCATION:Zoom', 'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    body = multi('mixed', 'b1_8d3c7a0e6f2b41c59a', [
        multi('alternative', 'b2_8d3c7a0e6f2b41c59a', [
            leaf('text/plain; charset=utf-8', text, 'quoted-printable'),
            leaf('text/html; charset=utf-8', simple_html(text, 'Georgia,serif'), 'quoted-printable'),
        ]),
        leaf('text/calendar; charset=utf-8; method=REQUEST; name="speaking-test.ics"', cal, 'base64',
             extra=['Content-Disposition: attachment; filename="speaking-test.ics"']),
    ])
    c.add('01-speaking-test-booking.eml', message([
        ('Delivered-To', OWNER),
        received('smtp.mapleleaf-english.example', '203.0.113.77', '4fT2bQ8xJpz6Ns', d1),
        ('From', hv(A('Maple Leaf English School', 'hello@mapleleaf-english.example'))),
        ('Reply-To', 'hello@mapleleaf-english.example'),
        ('To', OWNER),
        ('Subject', hv('Ваш speaking test: четвер, 2 квітня, 19:00')),
        ('Date', rfc(d1)),
        ('Message-ID', '<b1.8d3c7a0e6f2b41c59a@mapleleaf-english.example>'),
    ], body))
    c.label([], 'medium', 'negative/language-test',
            'English-school placement speaking test "у форматі співбесіди" with an invite (ATTENDEE teacher, '
            'SUMMARY "placement interview"). A language course test, not a hiring process.')


# ==========================================================================
# b141-07  Calendly recruiter screen, New York on EDT while Kyiv still on EET
# ==========================================================================

def case07():
    c = Case('b141-07-calendly-new-york-march-gap')
    start = chk(T(2026, 3, 20, 15, 0), 'Friday', 20, 3, '15:00')
    end = T(2026, 3, 20, 15, 30)
    ny = inz(start, NEW_YORK)
    assert ny.strftime('%H:%M') == '09:00' and ny.tzname() == 'EDT'
    ashley = ('Ashley Brennan', 'ashley.brennan@quarrylane-health.example')
    d1 = T(2026, 3, 16, 13, 48, 20, zone='UTC')
    evt = 'Quarry Lane Health – Recruiter Screen (30 min)'
    text = ('Hi Yaryna Melnychuk,\n\n'
            'Your %s with Ashley Brennan at %s (Eastern European Time) on Friday, March 20, 2026 is scheduled.\n\n'
            'Event Type:\n%s\n\n'
            'Event Date/Time:\n%s - %s (Eastern European Time) on Friday, March 20, 2026\n\n'
            'Location:\nThis is a Zoom web conference.\nhttps://quarrylane.zoom.us/j/92044718305\n\n'
            'Invitee Time Zone:\nEastern European Time\n\n'
            'Questions:\nPosition you are applying for\nSenior Backend Engineer (Integrations)\n\n'
            'LinkedIn or CV link\nhttps://www.linkedin.com/in/yaryna-melnychuk-example\n\n'
            'Need to make changes to this event?\n'
            'Cancel: https://calendly.com/cancellations/3b9e6a2f-7c1d-4f0e-9a58-c2d4e1b7f036\n'
            'Reschedule: https://calendly.com/reschedulings/3b9e6a2f-7c1d-4f0e-9a58-c2d4e1b7f036\n\n'
            'Powered by Calendly.com\n' % (evt, ustime(start), evt, ustime(start), ustime(end)))
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendly//Calendly Scheduling//EN', 'METHOD:REQUEST',
               'BEGIN:VEVENT', 'UID:3b9e6a2f-7c1d-4f0e-9a58-c2d4e1b7f036@calendly.com',
               'DTSTAMP:' + zstamp(d1), 'DTSTART:' + zstamp(start), 'DTEND:' + zstamp(end),
               'SUMMARY:' + esc('%s between Ashley Brennan and Yaryna Melnychuk' % evt),
               'DESCRIPTION:' + esc('Event Name: %s\n\nLocation: https://quarrylane.zoom.us/j/92044718305\n\n'
                                    'Need to make changes to this event?\nCancel: https://calendly.com/cancellations/'
                                    '3b9e6a2f-7c1d-4f0e-9a58-c2d4e1b7f036\n\nPowered by Calendly.com' % evt),
               'LOCATION:https://quarrylane.zoom.us/j/92044718305',
               'ORGANIZER;CN=Ashley Brennan:mailto:' + ashley[1],
               'ATTENDEE;CN=Yaryna Melnychuk;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:' + OWNER,
               'ATTENDEE;CN=Ashley Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:' + ashley[1],
               'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    htm = simple_html(text, 'proxima-nova,Helvetica,Arial,sans-serif')
    body = multi('mixed', '--==_mimepart_69b80a3c4e12_2f7a1b0c5d8e', [
        multi('alternative', '--==_mimepart_69b80a3c4d07_2f7a1b0c5d8e', [
            leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
            leaf('text/html; charset=UTF-8', htm, 'quoted-printable'),
        ]),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; filename=invite.ics', cal, 'base64',
             extra=['Content-Disposition: attachment; filename=invite.ics']),
    ])
    c.add('01-calendly-confirmed-recruiter-screen.eml', message([
        ('Delivered-To', OWNER),
        received('o12.email.calendly.com', '167.89.115.12', '4fT6vN3kQwz9Jb', d1),
        ('From', 'Calendly <notifications@calendly.com>'),
        ('Reply-To', A(*ashley)),
        ('To', A(OWNER_EN, OWNER)),
        ('Subject', hv('Confirmed: %s with Ashley Brennan on Friday, March 20, 2026' % evt)),
        ('Date', rfc(d1)),
        ('Message-ID', '<69b80a3c4e3f1_2f7a1b0c5d8e1942a@calendly-mailer-7d9f.mail>'),
    ], body))
    d2 = T(2026, 3, 16, 10, 2, 55, zone=NEW_YORK)
    assert d2 > d1
    note = ('Hi Yaryna,\n\n'
            'Thanks for grabbing a slot! Just confirming Friday at 9am Eastern — which I believe is 3pm for you, '
            'since we sprang forward on the 8th and you stay on winter time until the 29th, so it is only '
            '6 hours between us for a few weeks.\n\n'
            'It will be a casual 30-minute chat on Zoom: your background, what you are looking for, salary '
            'expectations and timeline. No prep needed.\n\n'
            'Talk soon,\nAshley\n\n'
            'Ashley Brennan\nTechnical Recruiter | Quarry Lane Health\nNew York, NY')
    c.add('02-quick-note-friday.eml', message([
        ('Delivered-To', OWNER),
        received('mail-yb1-f172.google.com', '209.85.219.172', '4fT7cP1mRsz2Yf', d2),
        ('From', A(*ashley)),
        ('To', A(OWNER_EN, OWNER)),
        ('Subject', 'Friday screen - quick note on time zones'),
        ('Date', rfc(d2)),
        ('Message-ID', '<CAK3nB7y1Dq0vRzP5s9mXw2hTc4Lj8eU6fA0oG7=k@mail.gmail.com>'),
    ], leaf('text/plain; charset="UTF-8"', note, 'quoted-printable')))
    c.label([IV('Quarry Lane Health', 'Senior Backend Engineer (Integrations)', start, end, 'scheduled',
                [ashley[1]], [ashley[1]], 'phone_screen')],
            'medium', 'positive/calendly-dst-gap',
            'Calendly confirmation shows 3:00pm-3:30pm Eastern European Time on Fri 20 Mar (Kyiv EET +02:00); '
            'the recruiter says 9am Eastern (EDT, US switched 8 Mar) = 6 h gap. Recruiter conducts the screen; '
            'Calendly sender excluded, Reply-To is the recruiter.')


# ==========================================================================
# b141-08  NEGATIVE: husband's calendar invite for a ТЦК visit
# ==========================================================================

def case08():
    c = Case('b141-08-tck-visit-calendar-invite')
    st = chk(T(2026, 3, 24, 8, 30), 'вівторок', 24, 3, '08:30')
    en = T(2026, 3, 24, 11, 30)
    taras = ('Тарас Мельничук', 'taras.melnychuk@poshta.example')
    d1 = T(2026, 3, 20, 19, 4, 31, zone='UTC')
    desc = ('Ярусь, поїдеш зі мною? Записався через Резерв+ на уточнення даних і подачу документів на '
            'відстрочку (бронювання від роботи).\n'
            'Кажуть, там черга і можуть одразу направити на ВЛК, тож закладай весь ранок.\n\n'
            'Беру: паспорт, ВОД, довідку з роботи про бронювання (HR надіслала вчора).\n'
            'Якщо в тебе того дня якась співбесіда чи дзвінок з рекрутером — скажи, поїду сам.')
    eml, _ = google_invite(
        kind='new', organizer=taras, guests=[(taras[0], taras[1], 'ACCEPTED')],
        summary='ТЦК: уточнення даних + відстрочка (Тарас)', start=st, end=en,
        uid='0t3c7k9v1d5a8s2e4r6w0q9z1x@google.com', seq=0, created=d1, stamp=d1,
        description=desc, meet=None, date=d1, location='Шевченківський РТЦК та СП, каб. 14',
        msgid='<calendar-71e0c5b2-4a9d-4c3e-8f17-0b6d2e9a5c81@google.com>', bnd='0000000000002c8f9b0614f0',
        qid='ym4wq1p7ct0x', owner_cn=OWNER_UA)
    c.add('01-invitation-tck.eml', eml)
    c.label([], 'medium', 'negative/military-office-visit',
            'Google invite from her husband for a ТЦК (military registration office) visit about his deferment; '
            'the description even mentions "співбесіда чи дзвінок з рекрутером" hypothetically. Not a job interview.')


# ==========================================================================
# b141-09  Workable (Krakow) technical interview, then cancelled (role on hold)
# ==========================================================================

def workable_mail(*, subject, text, cal, date, msgid, qid, bnd, method, company):
    htm = simple_html(text, 'Helvetica,Arial,sans-serif')
    parts = [multi('alternative', bnd + '_alt', [
        leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', htm, 'quoted-printable'),
    ])]
    parts.append(leaf('text/calendar; charset=UTF-8; method=%s; name=invite.ics' % method, cal, 'base64',
                      extra=['Content-Disposition: attachment; filename=invite.ics']))
    return message([
        ('Delivered-To', OWNER),
        received('mail-out-4.workablemail.com', '54.240.4.12', qid, date),
        ('Return-Path', '<bounces+c7f2a9e1@candidates.workablemail.com>'),
        ('From', '%s <noreply@candidates.workablemail.com>' % company),
        ('Reply-To', 'orlik-systems+c7f2a9e1@candidates.workablemail.com'),
        ('To', A(OWNER_EN, OWNER)),
        ('Subject', hv(subject)),
        ('Date', rfc(date)),
        ('Message-ID', msgid),
    ], multi('mixed', bnd, parts))


def case09():
    c = Case('b141-09-workable-krakow-cancelled')
    start = chk(T(2026, 4, 7, 14, 0, zone=WARSAW), 'Tuesday', 7, 4, '14:00')
    end = T(2026, 4, 7, 15, 0, zone=WARSAW)
    kasia = ('Katarzyna Nowak', 'katarzyna.nowak@orlik-systems.example')
    uid = 'interview-5d2e8f1a9c4b@workable.com'
    d1 = T(2026, 4, 1, 10, 15, 33, zone='UTC')
    text1 = ('Hi Yaryna,\n\n'
             'Thank you for your interest in Orlik Systems! We would like to invite you to a technical interview '
             'for the Senior Python Engineer position.\n\n'
             'Date: Tuesday, April 7, 2026\n'
             'Time: 14:00 - 15:00 (Europe/Warsaw, GMT+02:00)\n'
             'Location: Google Meet - https://meet.google.com/ork-tdqx-pma\n'
             'Interviewers: Piotr Zieliński (Staff Engineer), Marek Dudek (Engineering Manager)\n\n'
             'Please accept or decline using the links below so that we can confirm the slot:\n'
             'Accept: https://apply.workable.com/orlik-systems/i/5d2e8f1a9c4b/accept\n'
             'Decline: https://apply.workable.com/orlik-systems/i/5d2e8f1a9c4b/decline\n\n'
             'If you have any questions, you can reach me directly at katarzyna.nowak@orlik-systems.example.\n\n'
             'Kind regards,\nKatarzyna Nowak\nTalent Acquisition Specialist, Orlik Systems (Kraków)\n\n'
             '--\nSent via Workable')
    cal1 = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Workable//Interview Scheduler//EN',
                'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:' + uid, 'SEQUENCE:0',
                'DTSTAMP:' + zstamp(d1), 'DTSTART:' + zstamp(start), 'DTEND:' + zstamp(end),
                'SUMMARY:' + esc('Technical interview: Yaryna Melnychuk - Senior Python Engineer (Orlik Systems)'),
                'DESCRIPTION:' + esc('Interviewers: Piotr Zieliński, Marek Dudek\nGoogle Meet: '
                                     'https://meet.google.com/ork-tdqx-pma'),
                'LOCATION:https://meet.google.com/ork-tdqx-pma',
                'ORGANIZER;CN=Katarzyna Nowak:mailto:' + kasia[1],
                'ATTENDEE;CN=Yaryna Melnychuk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:' + OWNER,
                'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    c.add('01-workable-interview-invitation.eml', workable_mail(
        subject='Interview invitation: Technical interview for Senior Python Engineer at Orlik Systems',
        text=text1, cal=cal1, date=d1, msgid='<0102019d4a7e1f33-5d2e8f1a-9c4b-4e61-b0a7-1f3c2e8d9a50-000000@eu-west-1.amazonses.com>',
        qid='4fVb7Q2xKcz0Lm', bnd='==_wk_5d2e8f1a9c4b_01', method='REQUEST', company='Orlik Systems'))
    d2 = chk(T(2026, 4, 3, 16, 2, 11, zone='UTC'), 'Fri')
    text2 = ('Hi Yaryna,\n\n'
             'Unfortunately, I have to cancel our technical interview scheduled for Tuesday, April 7, 2026 at '
             '14:00 (Europe/Warsaw). After this week\'s budget review, the Senior Python Engineer role has been '
             'put on hold until further notice.\n\n'
             'I am really sorry for the short notice. Your profile stays in our talent pool and I will reach out '
             'personally if the position reopens.\n\n'
             'Kind regards,\nKatarzyna Nowak\nTalent Acquisition Specialist, Orlik Systems (Kraków)\n'
             'katarzyna.nowak@orlik-systems.example\n\n--\nSent via Workable')
    cal2 = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Workable//Interview Scheduler//EN',
                'METHOD:CANCEL', 'BEGIN:VEVENT', 'UID:' + uid, 'SEQUENCE:1',
                'DTSTAMP:' + zstamp(d2), 'DTSTART:' + zstamp(start), 'DTEND:' + zstamp(end),
                'SUMMARY:' + esc('Cancelled: Technical interview: Yaryna Melnychuk - Senior Python Engineer (Orlik Systems)'),
                'ORGANIZER;CN=Katarzyna Nowak:mailto:' + kasia[1],
                'ATTENDEE;CN=Yaryna Melnychuk;ROLE=REQ-PARTICIPANT:mailto:' + OWNER,
                'STATUS:CANCELLED', 'END:VEVENT', 'END:VCALENDAR'])
    c.add('02-workable-interview-cancelled.eml', workable_mail(
        subject='Interview cancelled: Technical interview for Senior Python Engineer at Orlik Systems',
        text=text2, cal=cal2, date=d2, msgid='<0102019d5c0b8a71-7e3f1d20-4b8a-4c29-9e65-a0d8c3f71b2e-000000@eu-west-1.amazonses.com>',
        qid='4fWk2R9yLdz3Np', bnd='==_wk_5d2e8f1a9c4b_02', method='CANCEL', company='Orlik Systems'))
    c.label([IV('Orlik Systems', 'Senior Python Engineer', start, end, 'cancelled',
                [], [kasia[1]], 'technical')],
            'medium', 'positive/cancellation',
            'Workable invite Tue 7 Apr 14:00-15:00 Europe/Warsaw (CEST +02:00 = 15:00 Kyiv), then METHOD:CANCEL '
            'with the same UID (role on hold). Kept as cancelled. Interviewers are named without addresses, so '
            'interviewer_emails is empty and follow-up goes to the recruiter address given in the text '
            '(the Workable Reply-To relay and noreply sender are excluded).')


# ==========================================================================
# b141-10  two stages in one mail: technical (mail + standalone .ics) and CTO (API event)
# ==========================================================================

def case10():
    c = Case('b141-10-two-stages-tech-and-cto')
    t1 = chk(T(2026, 3, 17, 11, 0), 'вівторок', 17, 3, '11:00')
    t1e = T(2026, 3, 17, 12, 30)
    t2 = chk(T(2026, 3, 20, 16, 30), "п'ятницю", 20, 3, '16:30')
    t2e = T(2026, 3, 20, 17, 0)
    nat = ('Наталія Коваль', 'nataliia.koval@tsvit-health.example')
    olek = ('Олександр Шевчук', 'oleksandr.shevchuk@tsvit-health.example')
    marta = ('Марта Гнатюк', 'marta.hnatiuk@tsvit-health.example')
    bohdan = ('Богдан Ярош', 'bohdan.yarosh@tsvit-health.example')
    d1 = chk(T(2026, 3, 12, 17, 45, 20), 'чт')
    text = ('Ярино, вітаю!\n\n'
            'Дякуємо за скринінг — команді дуже сподобався ваш досвід з медичними інтеграціями. Запрошуємо вас '
            'на наступні етапи на позицію Backend Developer (Node.js/Python):\n\n'
            '1) Технічна співбесіда — вівторок, 17 березня, 11:00–12:30.\n'
            '   Проводитимуть Олександр Шевчук (oleksandr.shevchuk@tsvit-health.example) і '
            'Марта Гнатюк (marta.hnatiuk@tsvit-health.example). Теми: API-дизайн, PostgreSQL, черги.\n\n'
            '2) Фінальна розмова з нашим CTO Богданом Ярошем — пʼятниця, 20 березня, 16:30–17:00.\n'
            '   Без задач, про цінності, команду та очікування.\n\n'
            'Обидві зустрічі онлайн, час київський. Запрошення в календар надішлю окремо.\n\n'
            'Гарного вечора!\n'
            'Наталія Коваль\nPeople Partner, Tsvit Health\n+380 44 000 73 10')
    body = multi('alternative', '----=_NextPart_000_0A1B_01DCB2E4.5F7C3D90', [
        leaf('text/plain; charset="utf-8"', text, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', simple_html(text, 'Calibri,sans-serif'), 'quoted-printable'),
    ])
    c.add('01-tsvit-nastupni-etapy.eml', message([
        ('Delivered-To', OWNER),
        received('mail.tsvit-health.example', '198.51.100.201', '4fSd0W5vHnz8Kc', d1),
        ('From', hv(A(*nat))),
        ('To', hv(A(OWNER_UA, OWNER))),
        ('Subject', hv('Tsvit Health: наступні етапи — Backend Developer')),
        ('Date', rfc(d1)),
        ('Message-ID', '<000a01dcb2e4$5f7c3d90$1e74b8b0$@tsvit-health.example>'),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', 'AdyyN7gQ2mXk1b9PRoqY4fYzQm7Lbw=='),
        ('Content-Language', 'uk'),
    ], body))
    d2 = T(2026, 3, 12, 16, 2, 45, zone='UTC')
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
               'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT',
               'DTSTART:' + zstamp(t1), 'DTEND:' + zstamp(t1e), 'DTSTAMP:' + zstamp(d2),
               'ORGANIZER;CN=%s:mailto:%s' % (nat[0], nat[1]),
               'UID:3v8b1n5m7k0j2h4g6f9d1s3a5p@google.com',
               'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s' % nat,
               'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s' % olek,
               'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s' % marta,
               'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (OWNER, OWNER),
               'X-GOOGLE-CONFERENCE:https://meet.google.com/tsv-hjqe-wdb',
               'CREATED:' + zstamp(d2),
               'DESCRIPTION:' + esc('Технічна співбесіда на позицію Backend Developer (Node.js/Python). '
                                    'Інтервʼюери: Олександр Шевчук, Марта Гнатюк.\n\n' + GOOGLE_MEET_BLOCK % 'tsv-hjqe-wdb'),
               'LAST-MODIFIED:' + zstamp(d2), 'LOCATION:', 'SEQUENCE:0', 'STATUS:CONFIRMED',
               'SUMMARY:' + esc('Технічна співбесіда — Ярина Мельничук (Backend Developer)'),
               'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])
    c.add('02-tekhnichna-spivbesida.ics', cal)
    d3 = T(2026, 3, 12, 16, 9, 12, zone='UTC')
    c.add('03-final-cto.gcal.json', gcal_event(
        event_id='7c0q4n9x2m6v8b1k3j5h7g0f2d', summary='Фінальна розмова з CTO — Ярина Мельничук (Tsvit Health)',
        description='Фінальний етап на позицію Backend Developer: розмова з CTO Богданом Ярошем. 30 хвилин, без лайв-кодингу.',
        organizer=nat, attendees=[(nat[0], nat[1], 'accepted', True), (bohdan[0], bohdan[1], 'accepted', False)],
        start=t2, end=t2e, tzname=KYIV, created=d3, updated=d3, meet='crt-fnzw-ayo', etag='3549210771604000'))
    c.label([
        IV('Tsvit Health', 'Backend Developer (Node.js/Python)', t1, t1e, 'scheduled',
           [olek[1], marta[1]], [olek[1], marta[1]], 'technical'),
        IV('Tsvit Health', 'Backend Developer (Node.js/Python)', t2, t2e, 'scheduled',
           [bohdan[1]], [bohdan[1]], 'hiring_manager'),
    ], 'hard', 'positive/two-interviews',
        'One Ukrainian mail announces two stages on different days: technical Tue 17 Mar 11:00-12:30 Kyiv '
        '(EET; also a standalone Google .ics, same interview) and a CTO final chat Fri 20 Mar 16:30-17:00 '
        '(Calendar API event, the CTO address appears only there). Two interviews; the HR sender only '
        'schedules. CTO final chat labelled hiring_manager.')


# ==========================================================================
# b141-11  NEGATIVE: she is the mentor; a mentee booked a mock interview with her
# ==========================================================================

def case11():
    c = Case('b141-11-mentoring-mock-interview-she-hosts')
    st = chk(T(2026, 4, 4, 10, 0), 'Saturday', 4, 4, '10:00')
    en = T(2026, 4, 4, 11, 0)
    assert st.tzname() == 'EEST'
    mentee = ('Bohdana Savych', 'bohdana.savych@poshta.example')
    d1 = T(2026, 3, 30, 17, 12, 40, zone='UTC')
    evt = 'Mock technical interview (Python backend) — Women in Backend UA mentoring'
    text = ('Hi Yaryna Melnychuk,\n\n'
            'A new event has been scheduled.\n\n'
            'Event Type:\n%s\n\n'
            'Invitee:\n%s\n\n'
            'Invitee Email:\n%s\n\n'
            'Event Date/Time:\n%s - %s (Eastern European Time) on Saturday, April 4, 2026\n\n'
            'Location:\nThis is a Google Meet web conference.\nhttps://meet.google.com/wib-mock-yrn\n\n'
            'Invitee Time Zone:\nEastern European Time\n\n'
            'Questions:\nЩо хочете відпрацювати на сесії?\n'
            'Готуюся до технічної співбесіди на Junior Python у продуктову компанію. Хочу пройти '
            'мок-інтервʼю з лайв-кодингом і отримати чесний фідбек.\n\n'
            'View event in Calendly: https://calendly.com/app/scheduled_events/user/me\n\n'
            'Pro Tip! Take Calendly anywhere you work\n\nPowered by Calendly.com\n'
            % (evt, mentee[0], mentee[1], ustime(st), ustime(en)))
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendly//Calendly Scheduling//EN', 'METHOD:REQUEST',
               'BEGIN:VEVENT', 'UID:e91f4c7a-2b06-4d8e-a3c5-70f9b1d2e648@calendly.com',
               'DTSTAMP:' + zstamp(d1), 'DTSTART:' + zstamp(st), 'DTEND:' + zstamp(en),
               'SUMMARY:' + esc('%s between Yaryna Melnychuk and %s' % (evt, mentee[0])),
               'ORGANIZER;CN=Yaryna Melnychuk:mailto:' + OWNER,
               'ATTENDEE;CN=Yaryna Melnychuk;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:' + OWNER,
               'ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:%s' % mentee,
               'LOCATION:https://meet.google.com/wib-mock-yrn', 'SEQUENCE:0', 'STATUS:CONFIRMED',
               'END:VEVENT', 'END:VCALENDAR'])
    body = multi('mixed', '--==_mimepart_69cab1f87d20_5e2c9a1f3b77', [
        multi('alternative', '--==_mimepart_69cab1f87c91_5e2c9a1f3b77', [
            leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
            leaf('text/html; charset=UTF-8', simple_html(text, 'proxima-nova,Helvetica,Arial,sans-serif'),
                 'quoted-printable'),
        ]),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; filename=invite.ics', cal, 'base64',
             extra=['Content-Disposition: attachment; filename=invite.ics']),
    ])
    c.add('01-calendly-new-event-mentee.eml', message([
        ('Delivered-To', OWNER),
        received('o4.email.calendly.com', '167.89.115.4', '4fVd3T6zMhz1Qr', d1),
        ('From', 'Calendly <notifications@calendly.com>'),
        ('Reply-To', hv(A(*mentee))),
        ('To', A(OWNER_EN, OWNER)),
        ('Subject', hv('New Event: %s - %s Sat, Apr 4, 2026 - %s' % (mentee[0], ustime(st), evt))),
        ('Date', rfc(d1)),
        ('Message-ID', '<69cab1f87e0a4_5e2c9a1f3b7730127@calendly-mailer-2c4a.mail>'),
    ], body))
    c.label([], 'hard', 'negative/user-is-mentor',
            'Calendly host notification: a mentee booked a mock technical interview with Yaryna as the mentor. '
            'She is the interviewer and it is a mock session - not a job interview for her.')


# ==========================================================================
# b141-12  virtual onsite, Pacific time, three Calendar API events on one day
# ==========================================================================

def case12():
    c = Case('b141-12-virtual-onsite-pacific-gcal')
    s1 = chk(T(2026, 4, 14, 8, 0, zone=LA), 'Tuesday', 14, 4, '08:00')
    e1 = T(2026, 4, 14, 9, 0, zone=LA)
    s2 = T(2026, 4, 14, 9, 15, zone=LA)
    e2 = T(2026, 4, 14, 10, 0, zone=LA)
    s3 = T(2026, 4, 14, 10, 15, zone=LA)
    e3 = T(2026, 4, 14, 11, 0, zone=LA)
    assert inz(s1, KYIV).strftime('%H:%M') == '18:00' and inz(e3, KYIV).strftime('%H:%M') == '21:00'
    megan = ('Megan Alvarez', 'megan.alvarez@redwoodloom.example')
    kevin = ('Kevin Tran', 'kevin.tran@redwoodloom.example')
    laura = ('Laura Kim', 'laura.kim@redwoodloom.example')
    daniel = ('Daniel Okafor', 'daniel.okafor@redwoodloom.example')
    d1 = chk(T(2026, 4, 8, 11, 20, 5, zone=LA), 'Wed')
    text = ('Hi Yaryna,\n\n'
            'Great news - the team would love to have you for the final (virtual onsite) round for the '
            'Senior Backend Engineer, Data Platform role!\n\n'
            'Here is your itinerary for Tuesday, April 14. All times are Pacific (PDT); for you that is '
            '6:00-9:00 pm Kyiv time.\n\n'
            '8:00 - 9:00 am   System design - Kevin Tran, Staff Engineer\n'
            '9:00 - 9:15 am   Break\n'
            '9:15 - 10:00 am  Coding (Python) - Laura Kim, Senior Engineer\n'
            '10:00 - 10:15 am Break\n'
            '10:15 - 11:00 am Hiring manager conversation - Daniel Okafor, Engineering Manager\n\n'
            'You will get a separate calendar invite for each session; all three use the same Google Meet link. '
            'If the power or connection drops on your side, just rejoin - we have buffer built in, and you can '
            'text me at any time.\n\n'
            'Best,\nMegan\n\n'
            'Megan Alvarez | Recruiting Coordinator | Redwood Loom\nSan Francisco, CA')
    body = multi('alternative', '000000000000f7b2e906153a', [
        leaf('text/plain; charset="UTF-8"', text, 'quoted-printable'),
        leaf('text/html; charset="UTF-8"', gmail_html(text), 'quoted-printable'),
    ])
    c.add('01-final-round-itinerary.eml', message([
        ('Delivered-To', OWNER),
        received('mail-pj1-f45.google.com', '209.85.216.45', '4fWq9C2bTnz5Rk', d1),
        ('From', A(*megan)),
        ('Date', rfc(d1)),
        ('Message-ID', '<CAM1xT9o3Rk6vQp2Jw8zYb4nHd0sLc5eF7gA1=uT@mail.gmail.com>'),
        ('Subject', 'Your final round with Redwood Loom - Tue, Apr 14'),
        ('To', A(OWNER_EN, OWNER)),
    ], body))
    created = T(2026, 4, 8, 18, 31, 0, zone='UTC')
    meet = 'rwl-onst-yzm'
    sessions = [
        ('02-onsite-system-design.gcal.json', '2k9f4h7j1l3n5p8r0t2v4x6z8b', 'Redwood Loom onsite 1/3: System design (Yaryna Melnychuk)',
         'System design interview with Kevin Tran. Senior Backend Engineer, Data Platform.', kevin, s1, e1),
        ('03-onsite-coding.gcal.json', '5m1q8s2u4w6y9a3c5e7g0i2k4o', 'Redwood Loom onsite 2/3: Coding (Yaryna Melnychuk)',
         'Coding interview (Python) with Laura Kim.', laura, s2, e2),
        ('04-onsite-hiring-manager.gcal.json', '8o3r6t9w1y4a7d0f2h5j8l1n3q', 'Redwood Loom onsite 3/3: Hiring manager (Yaryna Melnychuk)',
         'Conversation with Daniel Okafor, Engineering Manager (hiring manager).', daniel, s3, e3),
    ]
    for i, (fname, eid, summ, desc, who, s, e) in enumerate(sessions):
        c.add(fname, gcal_event(
            event_id=eid, summary=summ, description=desc, organizer=megan,
            attendees=[(megan[0], megan[1], 'accepted', True), (who[0], who[1], 'accepted', False)],
            start=s, end=e, tzname=LA, created=created, updated=T(2026, 4, 8, 18, 33, 10 + i, zone='UTC'),
            meet=meet, etag='35521%08d' % (4471 + i)))
    c.label([IV('Redwood Loom', 'Senior Backend Engineer, Data Platform', s1, e3, 'scheduled',
                [kevin[1], laura[1], daniel[1]], [kevin[1], laura[1], daniel[1]], 'onsite')],
            'hard', 'positive/onsite-loop',
            'Virtual onsite Tue 14 Apr: three back-to-back sessions 8:00-11:00 PDT (18:00-21:00 Kyiv EEST), '
            'itinerary mail + three Calendar API events whose dateTime is rendered in the owner\'s +03:00 with '
            'timeZone America/Los_Angeles. One onsite from first start to last end with all three interviewers; '
            'the coordinator only schedules.')


# ==========================================================================
# b141-13  NEGATIVE: Djinni availability request + reminder, nothing booked
# ==========================================================================

def case13():
    c = Case('b141-13-djinni-availability-request')
    d1 = chk(T(2026, 4, 7, 7, 55, 18, zone='UTC'), 'Tue')
    wed = chk(T(2026, 4, 8, 14, 0), 'середа')
    thu = chk(T(2026, 4, 9, 14, 0), 'четвер')
    text = ('Ярино, вітаю!\n\n'
            'Ми переглянули ваше CV на вакансію Senior Backend Developer (Python) і хотіли б запросити вас на '
            'першу співбесіду з HR (30 хв), а далі — на технічну.\n\n'
            'Підкажіть, будь ласка, коли вам зручно цього тижня: у середу, 8 квітня, чи в четвер, 9 квітня, '
            'після 14:00? Або можете одразу обрати слот у моєму календарі: '
            'https://calendly.com/roman-hnativ-polonyna/30min\n\n'
            'Після цього надішлю запрошення.\n\nРоман, Polonyna Tech')
    c.add('01-djinni-povidomlennia-polonyna.eml', djinni_mail(
        sender_name='Роман Гнатів', company='Polonyna Tech', vacancy='Senior Backend Developer (Python)',
        text=text, date=d1, msgid='<20260407075518.4418207.c02e9d@djinni.co>', thread='7790412',
        qid='4fWf1N8tGbz2Vc', bnd='==djinni-7790412-c02e=='))
    d2 = T(2026, 4, 9, 6, 30, 0, zone='UTC')
    rem = ('Роман Гнатів (Polonyna Tech) чекає на вашу відповідь\n\n'
           'Вакансія: Senior Backend Developer (Python)\n'
           'Останнє повідомлення: «Підкажіть, будь ласка, коли вам зручно цього тижня…»\n\n'
           'Кандидати, які відповідають протягом доби, отримують запрошення на співбесіду вдвічі частіше.\n\n'
           'Відповісти: https://djinni.co/my/inbox/7790412/\n\n'
           'Налаштувати сповіщення: https://djinni.co/my/notifications/\n')
    c.add('02-djinni-nahaduvannia.eml', message([
        ('Delivered-To', OWNER),
        received('o7.sg.djinni.co', '198.51.100.37', '4fXa6H0pCsz7Dm', d2),
        ('Return-Path', '<bounces+4418207-yaryna.melnychuk=example.com@sg.djinni.co>'),
        ('From', 'Djinni <noreply@djinni.co>'),
        ('To', OWNER),
        ('Subject', hv('Роман Гнатів чекає на вашу відповідь')),
        ('Date', rfc(d2)),
        ('Message-ID', '<20260409063000.4418207.reminder.7790412@djinni.co>'),
    ], leaf('text/plain; charset="utf-8"', rem, 'quoted-printable')))
    c.label([], 'medium', 'negative/availability-request',
            'Djinni relay asks when she is free (Wed 8 / Thu 9 Apr after 14:00) and offers an unbooked '
            'scheduling link, then a Djinni reminder. Nothing is booked.')


# ==========================================================================
# b141-14  cancelled (air raid / no power) and re-booked as a NEW event after the DST switch
# ==========================================================================

def case14():
    c = Case('b141-14-cancel-and-rebook-after-dst')
    a = chk(T(2026, 3, 26, 10, 0), 'Thu', 26, 3, '10:00')
    ae = T(2026, 3, 26, 11, 0)
    b = chk(T(2026, 3, 30, 10, 0), 'Mon', 30, 3, '10:00')
    be = T(2026, 3, 30, 11, 0)
    assert a.utcoffset().total_seconds() == 7200 and b.utcoffset().total_seconds() == 10800
    vira = ('Віра Марченко', 'vira.marchenko@dniprostack.example')
    ostap = ('Остап Кравець', 'ostap.kravets@dniprostack.example')
    guests = [(vira[0], vira[1], 'ACCEPTED'), (ostap[0], ostap[1], 'ACCEPTED')]
    uid_a = '9d4f2h6k8m0p3r5t7v1x3z5b7c@google.com'
    uid_b = '1e5g9j3l7n2q6s0u4w8y2a6c0f@google.com'
    summary = 'Технічна співбесіда | Dnipro Stack | Ярина Мельничук'
    desc = ('Технічна співбесіда на позицію Go Developer з нашим тімлідом Остапом Кравцем. '
            'Приблизно годину: Go, конкурентність, PostgreSQL.')
    d1 = T(2026, 3, 20, 12, 10, 44, zone='UTC')
    eml, _ = google_invite(kind='new', organizer=vira, guests=guests, summary=summary, start=a, end=ae,
                           uid=uid_a, seq=0, created=d1, stamp=d1, description=desc, meet='dnp-ztkx-wqa',
                           date=d1, msgid='<calendar-5a0e3c71-8b24-4d9f-a6c1-2e7f9b0d4c35@google.com>',
                           bnd='0000000000007e1d4c06150b', qid='vn3kq8xw1zp0', owner_cn=OWNER_UA)
    c.add('01-invitation-dnipro-stack.eml', eml)
    d2 = chk(T(2026, 3, 26, 9, 48, 2), 'чт')
    text = ('Ярино, доброго ранку!\n\n'
            'У нас після нічної атаки тривога вже кілька годин, в офісі немає світла, а Остап в укритті без '
            'ноутбука. Тож сьогоднішню співбесіду о 10:00, на жаль, скасовую.\n\n'
            'Щойно узгоджу з Остапом новий час — надішлю окреме запрошення, найімовірніше на понеділок.\n\n'
            'Вибачте за незручності!\n--\nВіра Марченко\nRecruiter, Dnipro Stack')
    c.add('02-spivbesida-skasovuiemo.eml', message([
        ('Delivered-To', OWNER),
        received('mail-ed1-f52.google.com', '209.85.208.52', '4fVa0K1pRmz6Gt', d2),
        ('From', hv(A(*vira))),
        ('Date', rfc(d2)),
        ('Message-ID', '<CAH2kP8s0Xq4mT7vRb1nWz6yJd3Lc9eGf5oU2=Vz@mail.gmail.com>'),
        ('Subject', hv('Співбесіда о 10:00 — скасовуємо, вибачте')),
        ('To', hv(A(OWNER_UA, OWNER))),
        ('Cc', hv(A(*ostap))),
    ], multi('alternative', '000000000000c5a8f106150f', [
        leaf('text/plain; charset="UTF-8"', text, 'base64'),
        leaf('text/html; charset="UTF-8"', gmail_html(text), 'base64'),
    ])))
    d3 = T(2026, 3, 26, 7, 49, 30, zone='UTC')
    eml, _ = google_invite(kind='canceled', organizer=vira, guests=guests, summary=summary, start=a, end=ae,
                           uid=uid_a, seq=1, created=d1, stamp=d3, description=desc, meet='dnp-ztkx-wqa',
                           date=d3, msgid='<calendar-0c6b9e24-1f7a-4e53-9d82-b4a1c7e05f19@google.com>',
                           bnd='000000000000a2f7c306150f', qid='vn3kq8xw1zp1', owner_cn=OWNER_UA)
    c.add('03-canceled-event.eml', eml)
    d4 = chk(T(2026, 3, 27, 10, 31, 18, zone='UTC'), 'Fri')
    desc_b = ('Нова дата технічної співбесіди на позицію Go Developer з Остапом Кравцем.\n'
              'Зверніть увагу: у неділю переводимо годинники на літній час, 10:00 — за новим (літнім) часом.')
    eml, _ = google_invite(kind='new', organizer=vira, guests=guests,
                           summary='Технічна співбесіда (новий час) | Dnipro Stack | Ярина Мельничук',
                           start=b, end=be, uid=uid_b, seq=0, created=d4, stamp=d4, description=desc_b,
                           meet='dnp-rfqm-kxe', date=d4,
                           msgid='<calendar-e37d1a08-6c5f-4b29-8e04-71d3a9f6c2b8@google.com>',
                           bnd='000000000000d91e6b061521', qid='vn3kq8xw1zp2', owner_cn=OWNER_UA)
    c.add('04-invitation-novyi-chas.eml', eml)
    c.label([
        IV('Dnipro Stack', 'Go Developer', a, ae, 'cancelled', [ostap[1]], [ostap[1]], 'technical'),
        IV('Dnipro Stack', 'Go Developer', b, be, 'scheduled', [ostap[1]], [ostap[1]], 'technical'),
    ], 'hard', 'positive/cancel-and-rebook',
        'Invite UID A for Thu 26 Mar 10:00-11:00 Kyiv EET (+02:00); the recruiter cancels it on the morning '
        '(air raid, no power) and Google sends METHOD:CANCEL for UID A; a NEW invite (different UID) books '
        'Mon 30 Mar 10:00-11:00 Kyiv, after the 29 Mar switch (EEST +03:00). Per the rules: two entries, '
        'one cancelled and one scheduled.')


# ==========================================================================
# b141-15  NEGATIVE: take-home task + one-way online test before a future interview
# ==========================================================================

def case15():
    c = Case('b141-15-test-task-before-interview')
    dl = chk(T(2026, 4, 13, 10, 0), 'понеділка', 13, 4, '10:00')
    yul = ('Юлія Костенко', 'yuliia.kostenko@hoverla-soft.example')
    d1 = chk(T(2026, 4, 9, 16, 20, 11), 'чт')
    text = ('Ярино, добрий день!\n\n'
            'Дякуємо за цікаву розмову у вівторок. Наступний крок на позицію Python Backend Developer — '
            'тестове завдання.\n\n'
            'Що зробити: невеликий REST-сервіс бронювання переговорок (FastAPI + PostgreSQL), з тестами і '
            'README. Орієнтовно 3–4 години.\n'
            'Дедлайн: до понеділка, 13 квітня, 10:00 за Києвом.\n'
            'Опис і шаблон репозиторію: https://git.hoverla-soft.example/hiring/booking-task\n\n'
            'Крім того, вам прийде лист від Testlane з коротким онлайн-тестом (90 хв, без камери) — його '
            'треба пройти до того ж дедлайну.\n\n'
            'Після перевірки ми запросимо вас на технічну співбесіду, де обговоримо ваше рішення; дату '
            'погодимо окремо.\n\n'
            'Успіхів!\nЮлія Костенко\nRecruiter, Hoverla Soft')
    c.add('01-testove-zavdannia.eml', message([
        ('Delivered-To', OWNER),
        received('mail.hoverla-soft.example', '198.51.100.66', '4fXc2M7qSvz0Tf', d1),
        ('From', hv(A(*yul))),
        ('To', hv(A(OWNER_UA, OWNER))),
        ('Subject', hv('Тестове завдання — Python Backend Developer (Hoverla Soft)')),
        ('Date', rfc(d1)),
        ('Message-ID', '<6f2a91c0-3d4e-4b7a-9c18-e05b7d2f4a63@hoverla-soft.example>'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Content-Language', 'uk'),
    ], leaf('text/plain; charset=UTF-8; format=flowed', text, '8bit')))
    d2 = T(2026, 4, 9, 13, 25, 40, zone='UTC')
    t2 = ('Hello Yaryna,\n\n'
          'Hoverla Soft has invited you to complete an online assessment for the Python Backend Developer role.\n\n'
          'Assessment: Python Backend - General (3 tasks)\n'
          'Duration: 90 minutes once started\n'
          'Expires: Monday, April 13, 2026, 10:00 AM EEST\n\n'
          'Start assessment: https://app.testlane.example/a/hv-7Qm2Lx9\n\n'
          'This is not a live interview: you can take the assessment at any time before it expires.\n\n'
          'Good luck!\nThe Testlane team\n\n'
          'You received this email because Hoverla Soft invited you via Testlane.')
    chk(T(2026, 4, 13, 10, 0), 'Monday')
    c.add('02-testlane-assessment.eml', message([
        ('Delivered-To', OWNER),
        received('mailer.testlane.example', '203.0.113.150', '4fXc5P9rUwz3Vh', d2),
        ('From', 'Testlane <no-reply@testlane.example>'),
        ('To', OWNER),
        ('Subject', 'Hoverla Soft invited you to an online assessment'),
        ('Date', rfc(d2)),
        ('Message-ID', '<assess.hv-7Qm2Lx9.1775741140@testlane.example>'),
    ], multi('alternative', '_----------=_177574114012345', [
        leaf('text/plain; charset=utf-8', t2, '7bit'),
        leaf('text/html; charset=utf-8', simple_html(t2), 'quoted-printable'),
    ])))
    c.label([], 'medium', 'negative/take-home',
            'Take-home task with a deadline (Mon 13 Apr 10:00) and a one-way online test; the technical '
            'interview is only promised, "дату погодимо окремо". Nothing is booked.')


# ==========================================================================
# b141-16  Lever confirmation written in Ukrainian, hiring manager
# ==========================================================================

def case16():
    c = Case('b141-16-lever-confirmation-ukrainian')
    start = chk(T(2026, 4, 9, 10, 0), 'четвер', 9, 4, '10:00')
    end = T(2026, 4, 9, 10, 45)
    khr = ('Христина Білик', 'khrystyna.bilyk@zhuravel-fintech.example')
    levko = ('Левко Кушнір', 'levko.kushnir@zhuravel-fintech.example')
    d1 = chk(T(2026, 4, 6, 8, 12, 40, zone='UTC'), 'Mon')
    text = ('Ярино, вітаю!\n\n'
            'Підтверджуємо вашу співбесіду з хайринг-менеджером на позицію Senior Backend Engineer (Payments Core) '
            'у Zhuravel Fintech.\n\n'
            'Коли: четвер, 9 квітня 2026, 10:00–10:45 (Europe/Kyiv, GMT+3)\n'
            'Де: Zoom — https://zhuravel.zoom.us/j/87120344519\n'
            'З вами говоритиме: Левко Кушнір, Head of Payments Engineering\n\n'
            'Левко розпитає про ваш досвід з платіжними системами, ідемпотентністю та роботою з PSP, і '
            'розповість про команду. Якщо потрібно змінити час — просто дайте відповідь на цей лист.\n\n'
            'До зустрічі!\nХристина Білик\nTalent Partner, Zhuravel Fintech\n\n'
            '—\nThis email was sent via Lever on behalf of Zhuravel Fintech.')
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Lever//Lever Scheduling//EN', 'CALSCALE:GREGORIAN',
               'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:lever-int-0f8c2a7e-61d4-4b93-a5e0-3c9d7b1f2e84',
               'SEQUENCE:0', 'DTSTAMP:' + zstamp(d1), 'DTSTART:' + zstamp(start), 'DTEND:' + zstamp(end),
               'SUMMARY:' + esc('Співбесіда: Ярина Мельничук — Senior Backend Engineer (Payments Core)'),
               'DESCRIPTION:' + esc('Інтервʼюер: Левко Кушнір\nZoom: https://zhuravel.zoom.us/j/87120344519'),
               'LOCATION:https://zhuravel.zoom.us/j/87120344519',
               'ORGANIZER;CN=%s:mailto:%s' % khr,
               'ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:%s' % levko,
               'ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (OWNER_UA, OWNER),
               'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    body = multi('mixed', '----=_Part_8812043_1419763507.1775463160212', [
        multi('alternative', '----=_Part_8812042_2084391266.1775463160212', [
            leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
            leaf('text/html; charset=UTF-8', simple_html(text), 'quoted-printable'),
        ]),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name=interview.ics', cal, 'base64',
             extra=['Content-Disposition: attachment; filename=interview.ics']),
    ])
    c.add('01-lever-pidtverdzhennia-spivbesidy.eml', message([
        ('Delivered-To', OWNER),
        received('mail-a12.hire.lever.co', '54.240.27.12', '4fWh4S1nDqz8Xb', d1),
        ('Return-Path', '<bounce-0f8c2a7e@hire.lever.co>'),
        ('From', hv(A(khr[0], 'no-reply@hire.lever.co'))),
        ('Reply-To', hv(A(*khr))),
        ('To', hv(A(OWNER_UA, OWNER))),
        ('Subject', hv('Підтвердження співбесіди — Zhuravel Fintech')),
        ('Date', rfc(d1)),
        ('Message-ID', '<0f8c2a7e-61d4-4b93-a5e0-3c9d7b1f2e84@hire.lever.co>'),
    ], body))
    c.label([IV('Zhuravel Fintech', 'Senior Backend Engineer (Payments Core)', start, end, 'scheduled',
                [levko[1]], [levko[1]], 'hiring_manager')],
            'easy', 'positive/ats-lever-ukrainian',
            'Lever confirmation in Ukrainian: Thu 9 Apr 10:00-10:45 Europe/Kyiv (EEST +03:00), .ics in UTC. '
            'Sent from no-reply@hire.lever.co with the recruiter as display name and Reply-To; the hiring '
            'manager Levko is the ATTENDEE and interviewer.')


# ==========================================================================
# b141-17  NEGATIVE: tech-media interview (press) with a Google invite
# ==========================================================================

def case17():
    c = Case('b141-17-press-interview-invite')
    st = chk(T(2026, 4, 15, 17, 0), 'середу', 15, 4, '17:00')
    en = T(2026, 4, 15, 17, 40)
    mar = ('Марія Довженко', 'mariia.dovzhenko@tekhnoblog.example')
    d1 = T(2026, 4, 10, 11, 5, 26)
    text = ('Ярино, добрий день!\n\n'
            'Я журналістка Tekhnoblog, готую матеріал про те, як київські бекенд-розробниці шукають і '
            'отримують віддалену роботу в іноземних компаніях під час війни: тривоги, відключення, '
            'співбесіди вночі через різницю в часі. Вас порадила Ольга з вашої спільноти менторок.\n\n'
            'Чи погодитеся на інтервʼю хвилин на 40? Зручно було б у середу, 15 квітня, о 17:00 — '
            'я одразу надішлю запрошення в календар, а якщо не підходить, просто відхиліть його.\n\n'
            'Текст погоджу з вами перед публікацією.\n\n'
            'Дякую!\nМарія Довженко\nTekhnoblog, редакція «Кар\'єра»')
    c.add('01-interviu-dlia-tekhnoblog.eml', message([
        ('Delivered-To', OWNER),
        received('mail-qk1-f170.google.com', '209.85.222.170', '4fXe8B3vWrz1Jn', d1),
        ('From', hv(A(*mar))),
        ('To', OWNER),
        ('Subject', hv("Інтерв'ю для Tekhnoblog про віддалену роботу")),
        ('Date', rfc(d1)),
        ('Message-ID', '<CAB0sJ5w2Yq8nR4tKd1mXv7hPc3Le6zGf9oA0=Ws@mail.gmail.com>'),
    ], multi('alternative', '0000000000003b9e1d061571', [
        leaf('text/plain; charset="UTF-8"', text, 'base64'),
        leaf('text/html; charset="UTF-8"', gmail_html(text), 'base64'),
    ])))
    d2 = T(2026, 4, 10, 8, 9, 2, zone='UTC')
    eml, _ = google_invite(
        kind='new', organizer=mar, guests=[(mar[0], mar[1], 'ACCEPTED')],
        summary="Інтерв'ю для Tekhnoblog: Ярина Мельничук (віддалена робота з Києва)", start=st, end=en,
        uid='4a8c2e6g0i4k8m2o6q0s4u8w2y@google.com', seq=0, created=d2, stamp=d2,
        description='Розмова для статті Tekhnoblog про віддалену роботу київських розробниць. Запис лише аудіо.',
        meet='tkb-ntrv-ymq', date=d2, msgid='<calendar-94d1b7e3-2c08-4f5a-b6e9-3a7c0d1f82e4@google.com>',
        bnd='000000000000e8c4a9061571', qid='pw7rm2kd9xq4', owner_cn=OWNER)
    c.add('02-invitation-interviu.eml', eml)
    c.label([], 'medium', 'negative/press-interview',
            "A journalist's interview for an article (\"інтерв'ю для Tekhnoblog\") with a Google invite and "
            'hiring vocabulary in the text. Press interview, not a hiring process.')


# ==========================================================================
# b141-18  Teams invite (Windows TZID, "(UTC+01:00)" label in summer), moved by an update
# ==========================================================================

def teams_invite(*, organizer, attendees, subject, start, end, seq, date, msgid, bnd, uid, qid,
                 intro, thread_index, updated=False):
    org_name, org_mail = organizer
    when = ('When: %s, %s %d, %d %s-%s. (UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb'
            % (EN_DAYS[start.weekday()], EN_MON[start.month], start.day, start.year,
               ms_time(start), ms_time(end)))
    teams_block = (
        '________________________________________________________________________________\n'
        'Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n'
        'Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ5MzE1ZTgtMGI0'
        'Ny00ZDU2LWJ1cnN6dHlu%40thread.v2/0?context=%7b%22Tid%22%3a%22b7c1e2d4-bursztyn%22%7d>\n'
        'Meeting ID: 331 845 902 117\nPasscode: Zq7Vx3\n'
        '________________________________\n'
        'For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/>\n'
        '________________________________________________________________________________')
    plain = when + '\nWhere: Microsoft Teams Meeting\n\n' + intro + '\n\n' + teams_block + '\n'
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
           + ''.join('<p>' + html_lines(p) + '</p>' for p in plain.split('\n\n')) + '</div></body></html>\n')
    cal = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0'] + VTZ_CEST_WIN
    cal += ['BEGIN:VEVENT', 'ORGANIZER;CN=%s:mailto:%s' % (org_name, org_mail)]
    for name, mail in attendees:
        cal.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (name, mail))
    cal += ['DESCRIPTION;LANGUAGE=en-US:' + esc(intro + '\n\n' + teams_block),
            'UID:' + uid,
            'SUMMARY;LANGUAGE=en-US:' + esc(subject),
            'DTSTART;TZID=Central European Standard Time:' + local(start),
            'DTEND;TZID=Central European Standard Time:' + local(end),
            'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + zstamp(date), 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
            'SEQUENCE:%d' % seq, 'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting',
            'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq, 'X-MICROSOFT-CDO-OWNERAPPTID:2118420375',
            'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
            'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
            'X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ5MzE1ZTgtMGI0Ny00ZDU2LWJ1cnN6dHlu%40thread.v2/0',
            'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
            'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE',
            'X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting',
            'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
            'END:VEVENT', 'END:VCALENDAR']
    body = multi('alternative', bnd, [
        leaf('text/plain; charset="utf-8"', plain, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', htm, 'quoted-printable'),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', ics(cal), 'base64'),
    ])
    to = [a for a in attendees if a[1] == OWNER]
    cc = [a for a in attendees if a[1] != OWNER]
    return message([
        ('Delivered-To', OWNER),
        received('EUR05-AM6-obe.outbound.protection.outlook.com', '40.107.22.97', qid, date,
                 by='mx.example.com (Postfix)'),
        ('From', A(org_name, org_mail)),
        ('To', ', '.join(A(*a) for a in to)),
        ('CC', ', '.join(A(*a) for a in cc)),
        ('Subject', hv(('Updated: ' if updated else '') + subject)),
        ('Thread-Topic', hv(subject)),
        ('Thread-Index', thread_index),
        ('Date', rfc(date)),
        ('Message-ID', msgid),
        ('Accept-Language', 'pl-PL, en-US'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''),
        ('X-MS-TNEF-Correlator', ''),
    ], body)


def case18():
    c = Case('b141-18-teams-warsaw-outage-moved')
    first = chk(T(2026, 4, 2, 10, 0, zone=WARSAW), 'Thursday', 2, 4, '10:00')
    first_end = T(2026, 4, 2, 11, 0, zone=WARSAW)
    start = chk(T(2026, 4, 2, 12, 30, zone=WARSAW), 'Thursday', 2, 4, '12:30')
    end = T(2026, 4, 2, 13, 30, zone=WARSAW)
    assert start.utcoffset().total_seconds() == 7200
    assert inz(start, KYIV).strftime('%H:%M') == '13:30'
    tom = ('Tomasz Lewandowski', 'tomasz.lewandowski@bursztyn-analytics.example')
    agn = ('Agnieszka Mazur', 'agnieszka.mazur@bursztyn-analytics.example')
    subject = 'Technical interview – Yaryna Melnychuk (Senior Backend Engineer)'
    uid = ('040000008200E00074C5B7101A82E00800000000B07E3F61A2BEDC01000000000000000'
           '0100000004F2C8E1A9D3B7640A5E12C6F08B9D347')
    intro = ('Hi Yaryna,\n\n'
             'as agreed with Ewa from our recruiting team, this is the technical interview for the Senior Backend '
             'Engineer (Python) role. Agnieszka Mazur (Senior Backend Engineer) and I will run it together: '
             'a short intro, about 35 minutes of pairing on a small Python/PostgreSQL task, and time for your '
             'questions.\n\n'
             'Best regards,\nTomasz Lewandowski\nEngineering Manager, Bursztyn Analytics (Gdańsk)')
    d1 = T(2026, 3, 27, 9, 14, 22, zone='UTC')
    c.add('01-teams-technical-interview.eml', teams_invite(
        organizer=tom, attendees=[(OWNER_EN, OWNER), agn], subject=subject, start=first, end=first_end, seq=0,
        date=d1, msgid='<PAXP195MB18420B3C7E2A41D9F6C05B1ED9B42@PAXP195MB1842.EURP195.PROD.OUTLOOK.COM>',
        bnd='_000_PAXP195MB18420B3C7E2A41D9F6C05B1ED9B42PAXP195MB1842EURP_', uid=uid, qid='4fVc9E4wNtz2Pk',
        intro=intro, thread_index='AdzBp3kR7H0m2QXcSWu4TgK9dF1bLw=='))

    her_sent = T(2026, 3, 31, 9, 12, 0)       # Kyiv, EEST
    assert inz(her_sent, WARSAW).strftime('%H:%M') == '08:12'
    d2 = T(2026, 3, 31, 10, 5, 40, zone=WARSAW)
    her = ('Hi Tomasz,\n\n'
           'DTEK has just published the outage schedule for my district: on Thursday the power will be off '
           '10:00–13:00 Kyiv time (09:00–12:00 your time), and my power bank will not keep the router alive '
           'that long. Could we move the interview to later the same day, for example 12:30 your time?\n\n'
           'Sorry for the trouble!\n' + SIG_EN)
    reply = ('Hi Yaryna,\n\n'
             'no problem at all, thanks for the heads-up. Let\'s do Thursday 12:30–13:30 Warsaw time '
             '(13:30 for you). Agnieszka is fine with it too. I will update the Teams invite in a minute.\n\n'
             'Best regards,\nTomasz')
    quoted_hdr = ('From: Yaryna Melnychuk <%s>\nSent: Tuesday, March 31, 2026 8:12 AM\nTo: Tomasz Lewandowski '
                  '<%s>\nSubject: RE: %s' % (OWNER, tom[1], subject))
    plain = reply + '\n\n________________________________\n' + quoted_hdr + '\n\n' + her + '\n'
    c.add('02-re-outage-schedule.eml', message([
        ('Delivered-To', OWNER),
        received('EUR05-DB8-obe.outbound.protection.outlook.com', '40.107.20.55', '4fWa3G6xPuz9Sr', d2),
        ('From', A(*tom)),
        ('To', A(OWNER_EN, OWNER)),
        ('CC', A(*agn)),
        ('Subject', hv('RE: ' + subject)),
        ('Thread-Topic', hv(subject)),
        ('Thread-Index', 'AdzBp3kR7H0m2QXcSWu4TgK9dF1bLwDRmXa1'),
        ('Date', rfc(d2)),
        ('Message-ID', '<PAXP195MB1842F1A07C3D2E9B4A6518C2D9B42@PAXP195MB1842.EURP195.PROD.OUTLOOK.COM>'),
        ('References', '<CAJ8vL2q1Wn5tYb7Mk3Rs9xPz4hDc0eF6gV2i@mail.example.com>'),
        ('In-Reply-To', '<CAJ8vL2q1Wn5tYb7Mk3Rs9xPz4hDc0eF6gV2i@mail.example.com>'),
        ('Accept-Language', 'pl-PL, en-US'),
        ('Content-Language', 'en-US'),
    ], multi('alternative', '_000_PAXP195MB1842F1A07C3D2E9B4A6518C2D9B42PAXP195MB1842EURP_', [
        leaf('text/plain; charset="utf-8"', plain, 'quoted-printable'),
        leaf('text/html; charset="utf-8"', simple_html(plain, 'Aptos,Calibri,sans-serif'), 'quoted-printable'),
    ])))
    d3 = T(2026, 3, 31, 8, 7, 3, zone='UTC')
    assert d3 > d2
    c.add('03-teams-updated-invite.eml', teams_invite(
        organizer=tom, attendees=[(OWNER_EN, OWNER), agn], subject=subject, start=start, end=end, seq=1,
        date=d3, msgid='<PAXP195MB18429D2E61B0C74F3A85E0D4D9B42@PAXP195MB1842.EURP195.PROD.OUTLOOK.COM>',
        bnd='_000_PAXP195MB18429D2E61B0C74F3A85E0D4D9B42PAXP195MB1842EURP_', uid=uid, qid='4fWa4H7yQvz0Ts',
        intro=intro, thread_index='AdzBp3kR7H0m2QXcSWu4TgK9dF1bLwDRmXa1AAB3', updated=True))
    c.label([IV('Bursztyn Analytics', 'Senior Backend Engineer (Python)', start, end, 'scheduled',
                [tom[1], agn[1]], [tom[1], agn[1]], 'technical')],
            'hard', 'positive/reschedule-update-windows-tz',
            'Teams invite Thu 2 Apr 10:00 "Central European Standard Time" with the body label "(UTC+01:00) '
            'Sarajevo, Skopje, Warsaw, Zagreb" although Warsaw is on CEST (+02:00) by then. The candidate asks '
            'to move because of a DTEK outage schedule; the organizer moves it to 12:30-13:30 Warsaw '
            '(13:30 Kyiv) and sends SEQUENCE:1. Final 12:30+02:00. Organizer Tomasz also conducts with Agnieszka.')


# ==========================================================================
# b141-19  NEGATIVE: rejection that names the past interview date
# ==========================================================================

def case19():
    c = Case('b141-19-rejection-after-interview-berlin')
    past = chk(T(2026, 4, 8, 10, 0, zone=BERLIN), 'Wednesday', 8, 4, '10:00')
    lea = ('Lea Schubert', 'lea.schubert@elbwerk.example')
    d1 = chk(T(2026, 4, 10, 14, 3, 29, zone=BERLIN), 'Fri')
    text = ('Dear Yaryna,\n\n'
            'thank you again for taking the time to interview with Jonas and Miriam on Wednesday, 8 April at '
            '10:00 CEST for the Backend Engineer (Python) position.\n\n'
            'After careful consideration, we have decided to move forward with candidates whose experience with '
            'Kafka at very large scale more closely matches what the team needs right now. This was a close '
            'decision and the team enjoyed the conversation with you.\n\n'
            'If you would like more detailed feedback, Jonas is happy to do a short 15-minute call - just reply '
            'with two or three times that suit you and we will find a slot.\n\n'
            'We wish you all the best and would be glad to stay in touch for future openings.\n\n'
            'Kind regards,\nLea Schubert\nPeople & Talent | Elbwerk Software GmbH, Berlin')
    c.add('01-your-application-elbwerk.eml', message([
        ('Delivered-To', OWNER),
        received('mail.elbwerk.example', '198.51.100.9', '4fXf0D5yXsz4Lp', d1),
        ('From', A(*lea)),
        ('To', A(OWNER_EN, OWNER)),
        ('Subject', 'Your application - Backend Engineer (Python) at Elbwerk Software'),
        ('Date', rfc(d1)),
        ('Message-ID', '<a4e7c1d9-52b8-4f0e-8c63-1d9b2e7f0a45@elbwerk.example>'),
        ('Content-Language', 'en-GB'),
    ], multi('alternative', '=_b7a2c9e4d1f03865', [
        leaf('text/plain; charset=utf-8', text, '7bit'),
        leaf('text/html; charset=utf-8', simple_html(text), 'quoted-printable'),
    ])))
    c.label([], 'medium', 'negative/rejection',
            'Rejection that restates the past interview (Wed 8 Apr 10:00 CEST) and offers an unbooked feedback '
            'call. No upcoming interview.')


# ==========================================================================
# b141-20  thread: three proposed slots, candidate picks one, recruiter confirms (QP bodies)
# ==========================================================================

def case20():
    c = Case('b141-20-thread-three-slots-confirm')
    s_a = chk(T(2026, 4, 6, 10, 0), 'понеділок', 6, 4, '10:00')
    s_b = chk(T(2026, 4, 7, 14, 0), 'вівторок', 7, 4, '14:00')
    s_c = chk(T(2026, 4, 8, 11, 30), 'середа', 8, 4, '11:30')
    end = T(2026, 4, 7, 15, 30)
    sof = ('Софія Романюк', 'sofiia.romaniuk@karpaty-mobility.example')
    andrii = ('Андрій Павленко', 'andrii.pavlenko@karpaty-mobility.example')
    d1 = chk(T(2026, 4, 2, 15, 30, 12), 'чт')
    text1 = ('Ярино, добрий день!\n\n'
             'Дякую за розмову минулого тижня. Раді запросити вас на технічну співбесіду на позицію '
             'Senior Python Developer у Karpaty Mobility. Триватиме приблизно півтори години: Python, '
             'бази даних, трохи архітектури.\n\n'
             'Можемо запропонувати такі слоти (за київським часом):\n'
             '• понеділок, 6 квітня, 10:00\n'
             '• вівторок, 7 квітня, 14:00\n'
             '• середа, 8 квітня, 11:30\n\n'
             'Оберіть, будь ласка, зручний варіант.\n\n'
             'Гарного дня!\nСофія Романюк\nRecruiter | Karpaty Mobility')
    m1 = '<a21c5e80-9f3b-4d17-b6e2-7c0d4a1f9e35@karpaty-mobility.example>'
    c.add('01-tekhnichna-spivbesida-sloty.eml', message([
        ('Delivered-To', OWNER),
        received('mx-out.karpaty-mobility.example', '203.0.113.201', '4fVh6J8zRwz3Mq', d1),
        ('From', hv(A(*sof))),
        ('To', hv(A(OWNER_UA, OWNER))),
        ('Subject', hv('Технічна співбесіда — Karpaty Mobility (Senior Python Developer)')),
        ('Date', rfc(d1)),
        ('Message-ID', m1),
        ('User-Agent', 'Zimbra Web Client (ZimbraWebClient - GC122 (Linux)/10.0.7_GA_4631)'),
    ], multi('alternative', '=_8b1f2c4e-3d5a-4f67-9e80-a1b2c3d4e5f6', [
        leaf('text/plain; charset=utf-8', text1, 'quoted-printable'),
        leaf('text/html; charset=utf-8', simple_html(text1, 'arial,helvetica,sans-serif'), 'quoted-printable'),
    ])))
    her_dt = chk(T(2026, 4, 3, 10, 14, 0), 'пт')
    her_id = '<CAJ8vL2r6Tm0wPd4Xs8Kq2nYb7hFc1eG3zV5j@mail.example.com>'
    her = ('Софіє, добрий день!\n\n'
           'Дякую за запрошення. Мені найкраще підходить вівторок, 7 квітня, о 14:00.\n\n' + SIG_UA)
    d2 = T(2026, 4, 3, 11, 2, 45)
    reply = ('Ярино, чудово!\n\n'
             'Фіксуємо: вівторок, 7 квітня, 14:00–15:30 (Київ).\n'
             'Співбесіду проводитиме Андрій Павленко, наш тімлід бекенду, — ставлю його в копію. '
             'Посилання на Google Meet надішлю разом із запрошенням у календар.\n\n'
             'До зустрічі!\nСофія')
    attr = 'Від: "Yaryna Melnychuk" <%s>\nКому: "Софія Романюк" <%s>\nНадіслано: пʼятниця, 3 квітня 2026 р. 10:14:00\nТема: Re: Технічна співбесіда — Karpaty Mobility (Senior Python Developer)' % (OWNER, sof[1])
    plain = reply + '\n\n----- Оригінальне повідомлення -----\n' + attr + '\n\n' + quote(her) + '\n'
    c.add('02-re-fiksuiemo-vivtorok.eml', message([
        ('Delivered-To', OWNER),
        received('mx-out.karpaty-mobility.example', '203.0.113.201', '4fVj2K0aSxz5Nr', d2),
        ('From', hv(A(*sof))),
        ('To', hv(A(OWNER_UA, OWNER))),
        ('Cc', hv(A(*andrii))),
        ('Subject', hv('Re: Технічна співбесіда — Karpaty Mobility (Senior Python Developer)')),
        ('Date', rfc(d2)),
        ('Message-ID', '<5e93b0d2-71c4-4a8f-8d26-3f1e0b9c7a54@karpaty-mobility.example>'),
        ('In-Reply-To', her_id),
        ('References', m1 + ' ' + her_id),
        ('User-Agent', 'Zimbra Web Client (ZimbraWebClient - GC122 (Linux)/10.0.7_GA_4631)'),
    ], multi('alternative', '=_4c7d9e1f-2a3b-4c5d-8e9f-0a1b2c3d4e5f', [
        leaf('text/plain; charset=utf-8', plain, 'quoted-printable'),
        leaf('text/html; charset=utf-8', simple_html(plain, 'arial,helvetica,sans-serif'), 'quoted-printable'),
    ])))
    c.label([IV('Karpaty Mobility', 'Senior Python Developer', s_b, end, 'scheduled',
                [andrii[1]], [andrii[1]], 'technical')],
            'medium', 'positive/thread-propose-confirm',
            'Recruiter proposes three slots (Mon 6 Apr 10:00, Tue 7 Apr 14:00, Wed 8 Apr 11:30, Kyiv EEST); the '
            'candidate picks Tuesday; the confirmation fixes Tue 7 Apr 14:00-15:30 and Cc\'s the interviewer. '
            'Only the chosen slot is an interview.')


# ==========================================================================
# b141-21  NEGATIVE: webinar about passing technical interviews (Zoom registration + .ics)
# ==========================================================================

def case21():
    c = Case('b141-21-webinar-tech-interview-ics')
    st = chk(T(2026, 4, 16, 19, 0), 'четвер', 16, 4, '19:00')
    en = T(2026, 4, 16, 20, 30)
    d1 = T(2026, 4, 11, 9, 40, 17, zone='UTC')
    title = 'Технічна співбесіда в іноземну компанію: розбір наживо'
    text = ('Вітаємо, Ярино!\n\n'
            'Дякуємо за реєстрацію на вебінар «%s».\n\n'
            'Дата і час: четвер, 16 квітня 2026, 19:00–20:30 (Київ)\n'
            'Спікери: Ірина Гордієнко (Engineering Manager) та Максим Сорока (Staff Engineer)\n\n'
            'Програма: як проходять технічні співбесіди в американських і європейських компаніях, system design '
            'для бекенду, поведінкові питання. Наприкінці проведемо показову mock-співбесіду з добровольцем із '
            'залу.\n\n'
            'Посилання для входу (персональне, не пересилайте): https://us06web.zoom.us/w/85519034477?tk=bguild-ym\n'
            'Додати до календаря: у вкладенні.\n\n'
            'Backend Guild UA · events@backendguild-ua.example' % title)
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0', 'METHOD:PUBLISH',
               'BEGIN:VEVENT', 'DTSTAMP:' + zstamp(d1),
               'DTSTART:' + zstamp(st), 'DTEND:' + zstamp(en),
               'SUMMARY:' + esc(title),
               'UID:' + zstamp(d1) + '-85519034477@zoom.us',
               'DESCRIPTION:' + esc('Вебінар Backend Guild UA.\n\nJoin: https://us06web.zoom.us/w/85519034477?tk=bguild-ym'),
               'LOCATION:https://us06web.zoom.us/w/85519034477?tk=bguild-ym',
               'ORGANIZER;CN=Backend Guild UA:mailto:events@backendguild-ua.example',
               'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
               'END:VEVENT', 'END:VCALENDAR'])
    body = multi('mixed', '----=_Part_20931177_8841204.1775900417731', [
        multi('alternative', '----=_Part_20931176_1473920156.1775900417731', [
            leaf('text/plain; charset=UTF-8', text, 'quoted-printable'),
            leaf('text/html; charset=UTF-8', simple_html(text, 'Lato,Helvetica,sans-serif'), 'quoted-printable'),
        ]),
        leaf('text/calendar; charset=UTF-8; name=webinar.ics', cal, 'base64',
             extra=['Content-Disposition: attachment; filename=webinar.ics']),
    ])
    c.add('01-zoom-webinar-registration.eml', message([
        ('Delivered-To', OWNER),
        received('mailout-sjc.zoom.us', '170.114.10.71', '4fXg3F6aYtz7Mr', d1),
        ('From', 'Backend Guild UA <no-reply@zoom.us>'),
        ('Reply-To', 'events@backendguild-ua.example'),
        ('To', OWNER),
        ('Subject', hv('Реєстрацію підтверджено: «%s» — 16 квітня, 19:00' % title)),
        ('Date', rfc(d1)),
        ('Message-ID', '<1775900417731.20931177.JavaMail.zoom@mailout-sjc.zoom.us>'),
    ], body))
    c.label([], 'easy', 'negative/webinar',
            'Zoom webinar registration about passing technical interviews (includes a demo mock interview) '
            'with an .ics. Not her own interview.')


# ==========================================================================
# b141-22  founder final chat: "tomorrow at 9am Pacific", sent late on the US side
# ==========================================================================

def case22():
    c = Case('b141-22-founder-tomorrow-pacific')
    d1 = chk(T(2026, 4, 20, 15, 40, 12, zone=LA), 'Mon', 20, 4)
    assert inz(d1, KYIV).day == 21       # already Tuesday in Kyiv when it arrives
    start = chk(T(2026, 4, 21, 9, 0, zone=LA), 'Tuesday', 21, 4, '09:00')
    end = T(2026, 4, 21, 9, 45, zone=LA)
    assert inz(start, KYIV).strftime('%H:%M') == '19:00'
    marcus = ('Marcus Hale', 'marcus@lanternfish.example')
    dana = ('Dana Whitfield', 'dana.whitfield@lanternfish.example')
    m1 = '<CAPx7Jd2Rw0mQ5vT8sK1nYb4hLc9eF3zG6oU2=Hm@mail.gmail.com>'
    text1 = ('Hi Yaryna,\n\n'
             'Dana told me your system design round on Friday went really well - congrats. The last step in our '
             'process is a conversation with me - I\'m co-founder and CEO here at Lanternfish.\n\n'
             'I\'m traveling most of this week, but I could do tomorrow at 9am Pacific - if I got the math right '
             'that\'s 7pm in Kyiv. We\'d need about 45 minutes. Does that work? If not, Dana can find something '
             'next week.\n\n'
             'Marcus\n\nSent from my iPhone')
    c.add('01-last-step-quick-chat.eml', message([
        ('Delivered-To', OWNER),
        received('mail-io1-f41.google.com', '209.85.166.41', '4fYa1B2cDez3Fg', d1),
        ('From', A(*marcus)),
        ('To', A(OWNER_EN, OWNER)),
        ('Cc', A(*dana)),
        ('Subject', 'Lanternfish - last step, quick chat?'),
        ('Date', rfc(d1)),
        ('Message-ID', m1),
    ], leaf('text/plain; charset="UTF-8"', text1, 'quoted-printable')))
    her_dt = T(2026, 4, 21, 8, 52, 0)
    her_la = inz(her_dt, LA)
    assert her_la.strftime('%a %H:%M') == 'Mon 22:52'
    her_id = '<CAJ8vL2s4Xn8uQe1Yt6Lp3rZc5hGd2fH7aW9k@mail.example.com>'
    her = ('Hi Marcus,\n\n'
           'Thank you, great to hear! Yes - Tuesday at 7pm Kyiv time (9am your time) works for me.\n\n' + SIG_EN)
    d2 = T(2026, 4, 20, 23, 6, 51, zone=LA)
    reply = ('Perfect - see you tomorrow then. Here\'s the link: https://meet.google.com/lfn-ceo-yrm\n\n'
             'Marcus\n\nSent from my iPhone')
    attr = 'On Mon, Apr 20, 2026 at 10:52 PM Yaryna Melnychuk <%s> wrote:' % OWNER
    plain = reply + '\n\n' + attr + '\n' + quote(her) + '\n'
    c.add('02-re-last-step.eml', message([
        ('Delivered-To', OWNER),
        received('mail-io1-f44.google.com', '209.85.166.44', '4fYa7C3dEfz4Gh', d2),
        ('From', A(*marcus)),
        ('To', A(OWNER_EN, OWNER)),
        ('Cc', A(*dana)),
        ('Subject', 'Re: Lanternfish - last step, quick chat?'),
        ('Date', rfc(d2)),
        ('Message-ID', '<CAPx7Jd3Sx1nR6wU9tL2oZc5iMd0fG4aH7pV3=Jn@mail.gmail.com>'),
        ('In-Reply-To', her_id),
        ('References', m1 + ' ' + her_id),
    ], leaf('text/plain; charset="UTF-8"', plain, 'quoted-printable')))
    c.label([IV('Lanternfish', None, start, end, 'scheduled', [marcus[1]], [marcus[1]], 'hiring_manager')],
            'hard', 'positive/relative-date-across-midnight',
            '"tomorrow at 9am Pacific" in a mail dated Mon 20 Apr 15:40 -0700 (already Tue 01:40 in Kyiv) -> '
            'Tue 21 Apr 09:00-09:45 PDT = 19:00 Kyiv EEST; her reply confirms "Tuesday at 7pm Kyiv". Resolving '
            '"tomorrow" in Kyiv time would wrongly give 22 Apr. Final chat with the co-founder/CEO (labelled '
            'hiring_manager); the role is never stated; recruiter Dana is only in Cc.')


# ==========================================================================
# main
# ==========================================================================

def build():
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        fn()
    names = [c.name for c in CASES]
    assert len(set(names)) == len(names)
    for i, n in enumerate(names, 1):
        assert n.startswith('b141-%02d-' % i), n
    for entry in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, entry)
        if entry.startswith('b141-') and os.path.isdir(p):
            shutil.rmtree(p)
    for c in CASES:
        d = os.path.join(HERE, c.name)
        os.makedirs(d)
        for fname, content in c.files:
            with open(os.path.join(d, fname), 'wb') as f:
                f.write(content.encode('utf-8'))
    header = ('# blind141 labels (written blind; schema: /work/shared/eval/README.md)\n'
              '# Regenerate with: python make_cases.py\n')
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(header)
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=None)
    pos = sum(1 for v in LABELS.values() if v['interview'])
    ivs = [iv for v in LABELS.values() for iv in v['interviews']]
    print('cases=%d positives=%d negatives=%d interviews=%d scheduled=%d cancelled=%d' % (
        len(LABELS), pos, len(LABELS) - pos, len(ivs),
        sum(1 for iv in ivs if iv['status'] == 'scheduled'), sum(1 for iv in ivs if iv['status'] == 'cancelled')))


if __name__ == '__main__':
    build()
