#!/usr/bin/env python3
"""Regenerate the blind169 evaluation set (cases + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, boundaries and UIDs (derived from sha1 of fixed seeds).
Standard library + PyYAML + zoneinfo only.  Usage:  python make_cases.py
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
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'b169'
UTC = timezone.utc
DEN = ZoneInfo('America/Denver')
LA = ZoneInfo('America/Los_Angeles')
NY = ZoneInfo('America/New_York')
OWNER = 'noelani.fairbanks@example.com'
OWNER_NAME = 'Noelani Fairbanks'
OWNER_PHONE = '(303) 555-0148'

DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
ZONE_LABEL_GOOGLE = {'America/Denver': 'Mountain Time - Denver',
                     'America/Los_Angeles': 'Pacific Time - Los Angeles',
                     'America/New_York': 'Eastern Time - New York'}
ZONE_LABEL_CALENDLY = {'America/Denver': 'Mountain Time - US & Canada',
                       'America/Los_Angeles': 'Pacific Time - US & Canada',
                       'America/New_York': 'Eastern Time - US & Canada'}


# --------------------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, tz=DEN, s=0, weekday=None):
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert DAYS[dt.weekday()] == weekday, (dt, weekday)
    return dt


def check_wd(dt, name):
    assert DAYS[dt.weekday()] == name, (dt, name)
    return name


def wd(dt):
    return DAYS[dt.weekday()]


def wd3(dt):
    return wd(dt)[:3]


def mon(dt):
    return MONTHS[dt.month - 1]


def mon3(dt):
    return mon(dt)[:3]


def long_date(dt):          # Thursday, February 12, 2026
    return f'{wd(dt)}, {mon(dt)} {dt.day}, {dt.year}'


def md(dt):                  # Thursday, February 12
    return f'{wd(dt)}, {mon(dt)} {dt.day}'


def hm(dt):                  # 11:00 AM
    h = dt.hour % 12 or 12
    return f'{h}:{dt.minute:02d} {"AM" if dt.hour < 12 else "PM"}'


def hmc(dt):                 # 11am / 11:30am
    h = dt.hour % 12 or 12
    ap = 'am' if dt.hour < 12 else 'pm'
    return f'{h}{ap}' if dt.minute == 0 else f'{h}:{dt.minute:02d}{ap}'


def hml(dt):                 # 11:00am
    h = dt.hour % 12 or 12
    return f'{h}:{dt.minute:02d}{"am" if dt.hour < 12 else "pm"}'


def ab(dt):
    return dt.tzname()


def rfc(dt):
    return format_datetime(dt)


def iso(dt):
    return dt.isoformat()


def zstamp(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def loc(dt, tz):
    return dt.astimezone(tz).strftime('%Y%m%dT%H%M%S')


def gmt_label(dt):           # (GMT-04:00)
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '-' if mins < 0 else '+'
    mins = abs(mins)
    return f'(GMT{sign}{mins // 60:02d}:{mins % 60:02d})'


# --------------------------------------------------------------------------- deterministic ids
def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def letters(seed, n):
    h = hashlib.sha1(seed.encode()).digest()
    return ''.join('abcdefghijklmnopqrstuvwxyz'[b % 26] for b in h[:n])


def meet(seed):
    s = letters(seed, 10)
    return f'{s[:3]}-{s[3:7]}-{s[7:]}'


def alnum(seed, n):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    out = ''
    i = 0
    while len(out) < n:
        for b in hashlib.sha1(f'{seed}/{i}'.encode()).digest():
            out += alphabet[b % len(alphabet)]
        i += 1
    return out[:n]


def digits(seed, n):
    out = ''
    i = 0
    while len(out) < n:
        out += str(int(hashlib.sha1(f'{seed}#{i}'.encode()).hexdigest(), 16))
        i += 1
    return out[:n]


def uuid_like(seed):
    h = hx(seed, 32)
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}'


def gboundary(seed):
    return '000000000000' + hx(seed, 16)


# --------------------------------------------------------------------------- MIME helpers
ATEXT = re.compile(r"^[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]*$")


def addr(name, email):
    if name is None:
        return email
    if not name.isascii():
        return f'{Header(name, "utf-8").encode()} <{email}>'
    if ATEXT.match(name):
        return f'{name} <{email}>'
    return '"{}" <{}>'.format(name.replace('"', '\\"'), email)


def subj(s):
    return s if s.isascii() else Header(s, 'utf-8').encode(linesep='\n')


def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.encodebytes(data).decode('ascii')


def leaf(ctype, text, cte='quoted-printable', disposition=None, extra=()):
    if cte == 'quoted-printable':
        body = qp(text)
    elif cte == 'base64':
        body = b64(text)
    else:
        body = text
    hdrs = [('Content-Type', ctype)]
    if cte:
        hdrs.append(('Content-Transfer-Encoding', cte))
    if disposition:
        hdrs.append(('Content-Disposition', disposition))
    hdrs += list(extra)
    return (hdrs, body)


def multi(subtype, boundary, parts, extra=()):
    body = ''
    for h, b in parts:
        body += f'--{boundary}\n' + ''.join(f'{k}: {v}\n' for k, v in h) + '\n' + b
        if not b.endswith('\n'):
            body += '\n'
        body += '\n'
    body += f'--{boundary}--\n'
    return ([('Content-Type', f'multipart/{subtype}; boundary="{boundary}"')] + list(extra), body)


def received(host, ip, dt, seed):
    rid = alnum(seed + 'rcv', 12).lower()
    when = rfc((dt + timedelta(seconds=2)).astimezone(UTC))
    return (f'from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id {rid}\n'
            f'        for <{OWNER}>;\n        {when}')


def mail(part, *, frm, subject, date, msgid, to=None, reply_to=None, cc=None, sender=None,
         in_reply_to=None, references=None, rcv=None, return_path=None, extra=()):
    h = [('Delivered-To', OWNER)]
    if rcv:
        h.append(('Received', received(*rcv, date, msgid)))
    if return_path:
        h.append(('Return-Path', f'<{return_path}>'))
    h += [('MIME-Version', '1.0'), ('Date', rfc(date)), ('Message-ID', msgid),
          ('Subject', subj(subject)), ('From', frm)]
    if sender:
        h.append(('Sender', sender))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h.append(('To', to or addr(OWNER_NAME, OWNER)))
    if cc:
        h.append(('Cc', cc))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    if references:
        h.append(('References', references))
    h += list(extra)
    ph, body = part
    return ''.join(f'{k}: {v}\n' for k, v in h + ph) + '\n' + body


def text_to_html(text, style='font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222'):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        lines = [html.escape(l, quote=False) for l in p.split('\n')]
        lines = [re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', l) for l in lines]
        out.append('<p style="margin:0 0 14px 0">' + '<br>\n'.join(lines) + '</p>')
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            + '\n'.join(out) + '\n</body></html>\n')


def quote_block(attrib, text):
    return attrib + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n')) + '\n'


def gmail_html(text, quoted=None):
    def divs(t):
        out = []
        for l in t.rstrip('\n').split('\n'):
            e = html.escape(l, quote=False)
            e = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', e)
            out.append(f'<div>{e}</div>' if l else '<div><br></div>')
        return '\n'.join(out)
    s = '<div dir="ltr">' + divs(text) + '</div>'
    if quoted:
        attrib, qtext = quoted
        s += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              + html.escape(attrib, quote=False) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
              '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + divs(qtext) + '</blockquote></div>')
    return s + '\n'


def gmail_part(text, seed, quoted=None):
    plain = text
    if quoted:
        plain = text.rstrip('\n') + '\n\n' + quote_block(*quoted)
    return multi('alternative', gboundary(seed), [
        leaf('text/plain; charset="UTF-8"', plain, 'quoted-printable'),
        leaf('text/html; charset="UTF-8"', gmail_html(text, quoted), 'quoted-printable'),
    ])


def gmail_id(seed):
    return f'<CA{alnum(seed, 6)}+{alnum(seed + "x", 40)}@mail.gmail.com>'


# --------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    if len(line.encode('utf-8')) <= 75:
        return [line]
    out, cur, n = [], '', 0
    for ch in line:
        k = len(ch.encode('utf-8'))
        if n + k > 75:
            out.append(cur)
            cur, n = ' ', 1
        cur += ch
        n += k
    out.append(cur)
    return out


def ics_text(lines, eol='\r\n'):
    return eol.join(x for l in lines for x in fold(l)) + eol


def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def cn(name):
    return f'"{name}"' if re.search(r'[,;:]', name) else name


US_ZONES = {'America/Los_Angeles': (-8, 'PST', 'PDT'), 'America/Denver': (-7, 'MST', 'MDT'),
            'America/New_York': (-5, 'EST', 'EDT')}
WIN_ZONES = {'Pacific Standard Time': -8, 'Mountain Standard Time': -7, 'Eastern Standard Time': -5}


def _off(h):
    return f'{"-" if h < 0 else "+"}{abs(h):02d}00'


def vtz_olson(tzid):
    std, sn, dn = US_ZONES[tzid]
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}',
            'BEGIN:DAYLIGHT', f'TZOFFSETFROM:{_off(std)}', f'TZOFFSETTO:{_off(std + 1)}', f'TZNAME:{dn}',
            'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
            'BEGIN:STANDARD', f'TZOFFSETFROM:{_off(std + 1)}', f'TZOFFSETTO:{_off(std)}', f'TZNAME:{sn}',
            'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
            'END:VTIMEZONE']


def vtz_windows(name):
    std = WIN_ZONES[name]
    return ['BEGIN:VTIMEZONE', f'TZID:{name}',
            'BEGIN:STANDARD', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{_off(std + 1)}',
            f'TZOFFSETTO:{_off(std)}', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{_off(std)}',
            f'TZOFFSETTO:{_off(std + 1)}', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT',
            'END:VTIMEZONE']


def att(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp=True):
    return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={"TRUE" if rsvp else "FALSE"}'
            f';CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}')


def org(name, email):
    return f'ORGANIZER;CN={cn(name)}:mailto:{email}'


def vevent(*, uid, stamp, start, end, summary, organizer, attendees, tzid=None, tz=None,
           description=None, location=None, sequence=0, status='CONFIRMED', created=None,
           modified=None, extra=(), alarm=True, transp='OPAQUE'):
    L = ['BEGIN:VEVENT']
    if tzid:
        L += [f'DTSTART;TZID={tzid}:{loc(start, tz)}', f'DTEND;TZID={tzid}:{loc(end, tz)}']
    else:
        L += [f'DTSTART:{zstamp(start)}', f'DTEND:{zstamp(end)}']
    L += [f'DTSTAMP:{zstamp(stamp)}', organizer, f'UID:{uid}'] + list(attendees)
    if created:
        L.append(f'CREATED:{zstamp(created)}')
    if description is not None:
        L.append(f'DESCRIPTION:{esc(description)}')
    L.append(f'LAST-MODIFIED:{zstamp(modified or stamp)}')
    if location is not None:
        L.append(f'LOCATION:{esc(location)}')
    L += [f'SEQUENCE:{sequence}', f'STATUS:{status}', f'SUMMARY:{esc(summary)}', f'TRANSP:{transp}']
    L += list(extra)
    if alarm and status != 'CANCELLED':
        L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
              'TRIGGER:-P0DT0H15M0S', 'END:VALARM']
    L.append('END:VEVENT')
    return L


def vcal(prodid, method, events, tzs=()):
    L = ['BEGIN:VCALENDAR', f'PRODID:{prodid}', 'VERSION:2.0', 'CALSCALE:GREGORIAN']
    if method:
        L.append(f'METHOD:{method}')
    for t in tzs:
        L += t
    for e in events:
        L += e
    L.append('END:VCALENDAR')
    return L


def ics_attachment(lines, filename='invite.ics', method='REQUEST', ctype='text/calendar'):
    data = ics_text(lines)
    if ctype == 'text/calendar':
        ct = f'text/calendar; charset="UTF-8"; method={method}; name="{filename}"'
    else:
        ct = f'{ctype}; name="{filename}"'
    return leaf(ct, data, 'base64', disposition=f'attachment; filename="{filename}"')


# --------------------------------------------------------------------------- Google Calendar invitation
def google_invite(*, organizer, guests, summary, start, end, tzid, description, seed, date,
                  kind='Invitation', sequence=0, method='REQUEST', status='CONFIRMED'):
    """organizer=(name,email); guests=[(name,email,partstat)] (organizer included)."""
    tz = ZoneInfo(tzid)
    s, e = start.astimezone(tz), end.astimezone(tz)
    uid_local = letters(seed + 'uid', 26)
    uid = f'{uid_local}@google.com'
    eid = base64.urlsafe_b64encode(f'{uid_local} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    code = meet(seed)
    phone = f'+1 {digits(seed + "ph", 3)}-{digits(seed + "ph2", 3)}-{digits(seed + "ph3", 4)}'
    pin = digits(seed + 'pin', 9)
    when_subj = f'{wd3(s)} {mon3(s)} {s.day}, {s.year} {hmc(s)} - {hmc(e)} ({ab(s)})'
    subject = f'{kind}: {summary} @ {when_subj} ({OWNER})'
    when_body = f'{wd(s)} {mon3(s)} {s.day}, {s.year} \u22c5 {hmc(s)} \u2013 {hmc(e)}'
    gl = []
    for name, email, _ in guests:
        if email == organizer[1]:
            gl += [f'{name} - organizer' if name else f'{email} - organizer', email]
        elif name:
            gl += [name, email]
        else:
            gl += [email]
    head = 'Invitation from Google Calendar' if kind == 'Invitation' else 'Updated invitation from Google Calendar'
    if status == 'CANCELLED':
        head = 'Cancelled event'
    plain = (f'{summary}\n{when_body}\n{ZONE_LABEL_GOOGLE[tzid]}\n\n'
             f'Join with Google Meet\nhttps://meet.google.com/{code}?hs=224\n\n'
             f'Join by phone\n(US) {phone}\nPIN: {pin}\n\n'
             f'More phone numbers\nhttps://tel.meet/{code}?pin={pin}{digits(seed + "x", 4)}\n\n'
             f'Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n' + '\n'.join(gl) +
             f'\nView all guest info {view}\n\n{description}\n\n'
             f'Reply for {OWNER} and view more details {view}\n\n\n~~//~~\n'
             f'{head}: https://calendar.google.com/calendar/\n\n'
             'You are receiving this email because you are an attendee on the event.\n\n'
             'Forwarding this invitation could allow any recipient to send a response to the organizer, '
             'be added to the guest list, invite others regardless of their own invitation status, or '
             'modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n')
    hp = lambda t: html.escape(t, quote=False)
    desc_html = '<br>'.join(hp(x) for x in description.split('\n'))
    htmlbody = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '</head><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">\n'
                f'<h2 style="font-weight:400;font-size:22px">{hp(summary)}</h2>\n'
                f'<p>{hp(when_body)}<br>{hp(ZONE_LABEL_GOOGLE[tzid])}</p>\n'
                f'<p><a href="https://meet.google.com/{code}?hs=224">Join with Google Meet</a><br>'
                f'meet.google.com/{code}</p>\n'
                f'<p>Join by phone<br>(US) {phone}<br>PIN: {pin}</p>\n'
                f'<p>Organizer<br>{hp(organizer[0])}<br>{organizer[1]}</p>\n'
                '<p>Guests<br>' + '<br>'.join(hp(x) for x in gl) + '</p>\n'
                f'<p>{desc_html}</p>\n'
                f'<p>Reply for {OWNER} <a href="{view}">View more details</a></p>\n'
                '<p style="font-size:11px;color:#70757a">Invitation from Google Calendar. You are receiving '
                'this email because you are an attendee on the event.</p>\n</div></body></html>\n')
    atts = []
    for name, email, ps in guests:
        role = 'REQ-PARTICIPANT'
        atts.append(att(name or email, email, ps, role, rsvp=(ps == 'NEEDS-ACTION')))
    ev = vevent(uid=uid, stamp=date, start=start, end=end, summary=summary,
                organizer=org(organizer[0], organizer[1]), attendees=atts,
                description=description + f'\n\nJoin with Google Meet: https://meet.google.com/{code}\n\n'
                '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-',
                location='', sequence=sequence, status=status, created=date - timedelta(minutes=3),
                modified=date, extra=[f'X-GOOGLE-CONFERENCE:https://meet.google.com/{code}'])
    cal = vcal('-//Google Inc//Google Calendar 70.9054//EN', method, [ev])
    cal_lf = ics_text(cal, '\n')
    inner = multi('alternative', gboundary(seed + 'alt'), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, 'base64'),
        leaf('text/html; charset="UTF-8"', htmlbody, 'quoted-printable'),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal_lf, '7bit'),
    ])
    outer = multi('mixed', gboundary(seed + 'mix'), [
        inner,
        leaf('application/ics; name="invite.ics"', ics_text(cal), 'base64',
             disposition='attachment; filename="invite.ics"'),
    ])
    msgid = f'<calendar-{uuid_like(seed + "mid")}@google.com>'
    return mail(outer, frm=addr(*organizer), subject=subject, date=date, msgid=msgid,
                reply_to=addr(*organizer), sender='Google Calendar <calendar-notification@google.com>',
                rcv=('mail-sor-f41.google.com', '209.85.220.41'),
                return_path=f'{alnum(seed + "rp", 20)}@calendar-server.bounces.google.com',
                to=OWNER), uid


# --------------------------------------------------------------------------- Calendly
def calendly_mail(*, seed, date, subject, heading, event_type, host, start, end, tzid, location,
                  questions=(), former=None, reason=None, reply_to=None, method='REQUEST',
                  sequence=0, uid=None, attendees_extra=(), canceled=False, host_view=False,
                  invitee=None, ics_summary=None, description=''):
    tz = ZoneInfo(tzid)
    s, e = start.astimezone(tz), end.astimezone(tz)
    when = f'{hml(s)} - {hml(e)} ({ZONE_LABEL_CALENDLY[tzid]}) on {long_date(s)}'
    tok = uuid_like(seed + 'tok')
    lines = [f'Hi {host[0] if host_view else OWNER_NAME},', '', heading, '']
    lines += ['Event Type:', event_type, '']
    if host_view:
        lines += ['Invitee:', invitee[0], '', 'Invitee Email:', invitee[1], '']
    else:
        lines += ['Event Host:', host[0], '']
    if former:
        lines += ['Former:', former, '', 'Updated:' if not canceled else 'Event Date/Time:', when, '']
    else:
        lines += ['Event Date/Time:', when, '']
    if reason:
        lines += ['Reason:' if not canceled else 'Cancellation reason:', reason, '']
    lines += ['Location:', location, '']
    lines += ['Invitee Time Zone:' if not host_view else 'Invitee Time Zone:', ZONE_LABEL_CALENDLY[tzid], '']
    if questions:
        lines += ['Questions:', '']
        for q, a in questions:
            lines += [q, a, '']
    if not canceled:
        lines += [f'{"View event in Calendly" if host_view else "Need to make changes to this event?"}',
                  f'Cancel: https://calendly.com/cancellations/{tok}',
                  f'Reschedule: https://calendly.com/reschedulings/{tok}', '']
    lines += ['Powered by Calendly.com', '']
    plain = '\n'.join(lines)
    parts = [multi('alternative', 'cal' + hx(seed + 'b1', 24), [
        leaf('text/plain; charset=UTF-8', plain, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', text_to_html(plain), 'quoted-printable')])]
    uid = uid or f'{uuid_like(seed + "uid")}@calendly.com'
    if host_view:
        atts = [att(invitee[0], invitee[1], 'ACCEPTED', rsvp=False), att(host[0], host[1], 'ACCEPTED', rsvp=False)]
    else:
        atts = [att(OWNER_NAME, OWNER, 'ACCEPTED', rsvp=False), att(host[0], host[1], 'ACCEPTED', rsvp=False)]
    atts += list(attendees_extra)
    ev = vevent(uid=uid, stamp=date, start=start, end=end,
                summary=ics_summary or f'{event_type}', organizer=org(host[0], host[1]), attendees=atts,
                description=description or f'Event Name: {event_type}\n\nPowered by Calendly.com',
                location=location, sequence=sequence,
                status='CANCELLED' if canceled else 'CONFIRMED')
    cal = vcal('-//Calendly//Calendly//EN', method, [ev])
    parts.append(ics_attachment(cal, 'invite.ics', method))
    body = multi('mixed', 'cal' + hx(seed + 'b0', 24), parts)
    msgid = f'<{alnum(seed + "m", 22)}@calendly.com>'
    return mail(body, frm='Calendly <notifications@calendly.com>', subject=subject, date=date,
                msgid=msgid, reply_to=reply_to, rcv=('o1.email.calendly.com', '167.89.102.' + str(int(hx(seed, 2), 16) % 250)),
                return_path=f'bounces+{digits(seed, 7)}-{hx(seed + "r", 4)}-{OWNER.replace("@", "=")}@em.calendly.com',
                extra=[('X-Mailer', 'Calendly'), ('List-Unsubscribe', '<https://calendly.com/app/settings/notifications>')]), uid


# --------------------------------------------------------------------------- Google Calendar API event
def gcal_event(*, seed, summary, description, organizer, attendees, start, end, tzid, created, updated,
               status='confirmed', sequence=0, start_in=None, location=None):
    eid = letters(seed + 'id', 26)
    enc = base64.b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('=')
    sz = start_in or ZoneInfo(tzid)
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{digits(seed + "etag", 16)}"',
        'id': eid,
        'status': status,
        'htmlLink': f'https://www.google.com/calendar/event?eid={enc}',
        'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.') + digits(seed + 'ms', 3) + 'Z',
        'summary': summary,
        'description': description,
    }
    if location:
        ev['location'] = location
    ev.update({
        'creator': {'email': organizer[1], 'displayName': organizer[0]},
        'organizer': {'email': organizer[1], 'displayName': organizer[0]},
        'start': {'dateTime': start.astimezone(sz).isoformat(), 'timeZone': tzid},
        'end': {'dateTime': end.astimezone(sz).isoformat(), 'timeZone': tzid},
        'iCalUID': f'{eid}@google.com',
        'sequence': sequence,
        'attendees': attendees,
    })
    code = meet(seed)
    ev['hangoutLink'] = f'https://meet.google.com/{code}'
    ev['conferenceData'] = {
        'entryPoints': [{'entryPointType': 'video', 'uri': f'https://meet.google.com/{code}',
                         'label': f'meet.google.com/{code}'}],
        'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
        'conferenceId': code,
    }
    ev['reminders'] = {'useDefault': True}
    ev['eventType'] = 'default'
    return json.dumps(ev, indent=2, ensure_ascii=False) + '\n'


def ga(name, email, status='accepted', **kw):
    d = {'email': email}
    if name:
        d['displayName'] = name
    d.update(kw)
    d['responseStatus'] = status
    return d


# --------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers),
            'followup_recipients': list(followups), 'kind': kind}


def label(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# =========================================================================== cases
@case
def c01():
    slug = 'lever-screen-pacific-ics'
    rec = ('Tomasz Wierzbicki', 'tomasz.w@brindlepath.example')
    role = 'Customer Success Manager, Mid-Market'
    sent = T(2026, 2, 9, 18, 14, UTC, 22)
    s = T(2026, 2, 12, 11, 0, LA, weekday='Thursday')
    e = s + timedelta(minutes=30)
    plain = f"""Hi Noelani,

Thanks for making time to talk with us! This confirms your phone screen for the {role} role at Brindlepath.

When: {long_date(s)}, {hm(s)} - {hm(e)} {ab(s)} (Pacific Time)
Where: Phone. I'll call you at {OWNER_PHONE}, the number on your application.
With: Tomasz Wierzbicki, Senior Recruiter

Since you're in Denver, that's {hm(s.astimezone(DEN))} your time. A calendar invitation is attached.

We'll use the half hour for your mid-market book of business, what you want in your next role, and logistics (comp range, start date). No prep needed.

If something comes up, just reply here and I'll find another slot.

Talk soon,
Tomasz

--
Tomasz Wierzbicki | Senior Recruiter | Brindlepath
tomasz.w@brindlepath.example

Sent with Lever
"""
    uid = f'{uuid_like("c01uid")}@hire.lever.co'
    ev = vevent(uid=uid, stamp=sent, start=s, end=e, tzid='America/Los_Angeles', tz=LA,
                summary=f'Phone Screen: Noelani Fairbanks <> Brindlepath ({role})',
                organizer=org(*rec),
                attendees=[att(OWNER_NAME, OWNER), att(rec[0], rec[1], 'ACCEPTED', 'CHAIR', False)],
                description=f'Phone screen with {rec[0]} (Senior Recruiter). {rec[0].split()[0]} will call '
                            f'{OWNER_PHONE}.\nQuestions? Reply to {rec[1]}',
                location=f'Phone call - {rec[0]} will call {OWNER_PHONE}')
    cal = vcal('-//Lever//Lever Interview Scheduling//EN', 'REQUEST', [ev], [vtz_olson('America/Los_Angeles')])
    body = multi('mixed', 'lvr' + hx('c01b0', 28), [
        multi('alternative', 'lvr' + hx('c01b1', 28), [
            leaf('text/plain; charset=utf-8', plain, 'quoted-printable'),
            leaf('text/html; charset=utf-8', text_to_html(plain), 'quoted-printable')]),
        ics_attachment(cal, 'invite.ics', 'REQUEST'),
    ])
    m = mail(body, frm=addr(rec[0], 'no-reply@hire.lever.co'), reply_to=addr(*rec),
             subject=f'Phone screen confirmed: Brindlepath - {role}', date=sent,
             msgid=f'<{uuid_like("c01mid")}@hire.lever.co>', rcv=('o7.sg.lever.co', '149.72.161.59'),
             return_path=f'bounces+3820211-{hx("c01rp", 4)}-{OWNER.replace("@", "=")}@sg.lever.co')
    lab = label([iv('Brindlepath', role, s, e, 'scheduled', [rec[1]], [rec[1]], 'phone_screen')],
                'easy', 'positive/ats-email-with-ics',
                'Lever confirmation from no-reply@hire.lever.co with Reply-To the recruiter, who runs the phone '
                'screen himself. Times stated in Pacific (PST); .ics uses TZID America/Los_Angeles.')
    return slug, {'01-brindlepath-phone-screen.eml': m}, lab


@case
def c02():
    slug = 'customer-qbr-google-invite'
    grace = ('Grace Lindqvist', 'grace.lindqvist@harlowoutdoor.example')
    s = T(2026, 3, 4, 10, 0, DEN, weekday='Wednesday')
    e = s + timedelta(hours=1)
    desc = ('Agenda\n'
            '1. Seat utilization and adoption since the January rollout\n'
            '2. Support ticket trends (the returns-portal spike)\n'
            '3. Our seasonal hiring ramp: we are interviewing and onboarding ~40 new support agents in April '
            'and will need training seats plus a faster onboarding path\n'
            '4. Renewal timeline and contract questions\n\n'
            'Noelani, could you bring the usage deck? Darnell will also share what came out of the agent '
            'interviews he ran last month.')
    m, _ = google_invite(organizer=grace,
                         guests=[(grace[0], grace[1], 'ACCEPTED'),
                                 ('Darnell Hughes', 'darnell.hughes@harlowoutdoor.example', 'ACCEPTED'),
                                 ('Pete Amari', 'pete.amari@copperline.example', 'ACCEPTED'),
                                 (None, OWNER, 'NEEDS-ACTION')],
                         summary='Harlow Outdoor <> Copperline | Q1 QBR', start=s, end=e,
                         tzid='America/Denver', description=desc, seed='c02', date=T(2026, 2, 24, 17, 32, UTC, 5))
    lab = label([], 'medium', 'negative/customer-qbr',
                'Google Calendar invite for a quarterly business review with a customer of Copperline (her '
                'contract CS client). Mentions hiring and interviews, but she is the vendor-side CSM, not a candidate.')
    return slug, {'01-invitation-harlow-qbr.eml': m}, lab


@case
def c03():
    slug = 'calendly-founder-personal-gmail'
    marcus = ('Marcus Ilunga', 'marcus.ilunga@gmail.example')
    role = 'Head of Customer Success'
    d1 = T(2026, 2, 13, 21, 2, NY, 41)
    t1 = f"""Hi Noelani,

Thanks for applying to the {role} role at Tidewell. Your note about rebuilding onboarding for 120 SMB accounts is exactly the problem we have right now.

Quick context: we're 9 people, seed-funded, and I still do the first interview for every hire myself. It's a 30-minute conversation about your background and what we'd need from this role in the first six months.

Grab whatever works on my Calendly: https://calendly.com/marcus-tidewell/intro-interview

Marcus

--
Marcus Ilunga
Co-founder & CEO, Tidewell
"""
    m1 = mail(gmail_part(t1, 'c03a'), frm=addr(*marcus), subject='Tidewell - Head of Customer Success',
              date=d1, msgid=gmail_id('c03a'), to=OWNER, rcv=('mail-yw1-f172.google.com', '209.85.128.172'),
              return_path=marcus[1])
    s = T(2026, 2, 18, 9, 30, DEN, weekday='Wednesday')
    e = s + timedelta(minutes=30)
    code = meet('c03meet')
    m2, _ = calendly_mail(
        seed='c03b', date=T(2026, 2, 14, 16, 20, UTC, 7),
        subject=f'Confirmed: Intro interview (30 min) with Marcus Ilunga on {long_date(s)}',
        heading='Your event has been scheduled.', event_type='Intro interview (30 min)', host=marcus,
        start=s, end=e, tzid='America/Denver',
        location=f'This is a Google Meet web conference. Join now: https://meet.google.com/{code}',
        questions=[('Please share anything that will help prepare for our meeting.',
                    'Happy to walk through the onboarding revamp I mentioned - I can share a one-page summary.')],
        reply_to=addr(*marcus))
    lab = label([iv('Tidewell', role, s, e, 'scheduled', [marcus[1]], [marcus[1]], 'hiring_manager')],
                'medium', 'positive/calendly-founder-gmail',
                'Founder writes from a personal Gmail-style address and books through Calendly; the Calendly '
                'notice (notifications@calendly.com) carries Reply-To the founder. Times in Mountain; .ics in UTC.')
    return slug, {'01-marcus-tidewell-intro.eml': m1, '02-calendly-confirmed-intro-interview.eml': m2}, lab


@case
def c04():
    slug = 'workable-video-eastern-after-dst'
    jonah = ('Jonah Feld', 'jonah.feld@harborlight.example')
    role = 'Customer Success Manager'
    sent = T(2026, 3, 4, 15, 41, UTC, 9)
    s = T(2026, 3, 10, 13, 0, NY, weekday='Tuesday')
    e = s + timedelta(minutes=45)
    zoom = f'https://us06web.zoom.us/j/{digits("c04z", 11)}?pwd={alnum("c04pwd", 24)}'
    tok = alnum('c04tok', 20)
    p1 = f"""Hi Noelani,

Jonah Feld from Harborlight Health has invited you to an interview for the {role} position.

INTERVIEW DETAILS

Type: Video call
Date: {long_date(s)}
Time: {hm(s)} - {hm(e)} {gmt_label(s)} Eastern Time (US & Canada)
Interviewers: Jonah Feld (VP, Customer Experience)
Location: {zoom}

Message from Jonah:
"Hi Noelani - I'm the hiring manager for this role. I'd love to hear how you've handled renewals for multi-location clinic customers and how you think about health scoring. If you need to reach me before then: {jonah[1]}"

Accept the invitation: https://apply.workable.com/harborlight-health/i/{tok}/accept
Propose a new time: https://apply.workable.com/harborlight-health/i/{tok}/propose

A calendar file (interview.ics) is attached.

Best regards,
Harborlight Health Hiring Team

--
This email was sent by Workable on behalf of Harborlight Health. Replying to this email will send your message to the hiring team.
"""
    ev = vevent(uid=f'interview-{hx("c04uid", 24)}@workable.com', stamp=sent, start=s, end=e,
                tzid='America/New_York', tz=NY, summary=f'Interview with Harborlight Health: {role}',
                organizer=org('Harborlight Health', 'noreply@candidates.workablemail.com'),
                attendees=[att(OWNER_NAME, OWNER), att(jonah[0], jonah[1], 'ACCEPTED', rsvp=False)],
                description=f'Video interview with {jonah[0]} (VP, Customer Experience)\nJoin: {zoom}',
                location=zoom)
    cal = vcal('-//Workable//Workable Events//EN', 'REQUEST', [ev], [vtz_olson('America/New_York')])
    b1 = multi('mixed', '--==_mimepart_' + hx('c04b0', 24), [
        multi('alternative', '--==_mimepart_' + hx('c04b1', 24), [
            leaf('text/plain; charset=UTF-8', p1, 'quoted-printable'),
            leaf('text/html; charset=UTF-8', text_to_html(p1), 'quoted-printable')]),
        ics_attachment(cal, 'interview.ics', 'REQUEST'),
    ])
    wfrom = addr('Harborlight Health', 'noreply@candidates.workablemail.com')
    wreply = addr('Harborlight Health', f'harborlight-health+{hx("c04r", 10)}@inbound.workablemail.com')
    m1 = mail(b1, frm=wfrom, reply_to=wreply,
              subject=f'Interview invitation for the {role} position at Harborlight Health',
              date=sent, msgid=f'<{hx("c04m1", 24)}@candidates.workablemail.com>',
              rcv=('a48-112.smtp-out.amazonses.com', '54.240.48.112'),
              return_path=f'0100018e{hx("c04rp", 24)}@amazonses.com')
    d2 = T(2026, 3, 9, 17, 0, UTC, 4)
    p2 = f"""Hi Noelani,

This is a friendly reminder that your interview for the {role} position at Harborlight Health is tomorrow.

When: tomorrow, {md(s)}, at {hm(s)} {ab(s)} {gmt_label(s)}
With: Jonah Feld
Join: {zoom}

Good luck!
Harborlight Health Hiring Team

--
This email was sent by Workable on behalf of Harborlight Health.
"""
    b2 = multi('alternative', '--==_mimepart_' + hx('c04b2', 24), [
        leaf('text/plain; charset=UTF-8', p2, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', text_to_html(p2), 'quoted-printable')])
    m2 = mail(b2, frm=wfrom, reply_to=wreply, subject='Reminder: your interview with Harborlight Health is tomorrow',
              date=d2, msgid=f'<{hx("c04m2", 24)}@candidates.workablemail.com>',
              rcv=('a48-117.smtp-out.amazonses.com', '54.240.48.117'),
              return_path=f'0100018e{hx("c04rp2", 24)}@amazonses.com')
    lab = label([iv('Harborlight Health', role, s, e, 'scheduled', [jonah[1]], [jonah[1]], 'hiring_manager')],
                'medium', 'positive/ats-email-with-ics',
                'Workable invitation + next-day reminder for the same interview (one entry). Sent before the '
                'Mar 8 DST change for an interview after it: 1:00 PM EDT (GMT-04:00) = 11:00 MDT. Reply-To is a '
                'Workable inbound address, so follow-up goes to the interviewer whose address is in the message.')
    return slug, {'01-workable-interview-invitation.eml': m1, '02-workable-reminder.eml': m2}, lab


@case
def c05():
    slug = 'calendly-case-study-customer-interview'
    marco = ('Marco Bellandi', 'marco@fennelbakery.example')
    s = T(2026, 3, 19, 11, 0, DEN, weekday='Thursday')
    e = s + timedelta(minutes=45)
    et = 'Customer Story Interview - Copperline'
    zoom = f'https://us02web.zoom.us/j/{digits("c05z", 10)}'
    m, _ = calendly_mail(
        seed='c05', date=T(2026, 3, 12, 19, 44, UTC, 10),
        subject=f'New Event: {marco[0]} - {hml(s)} {wd3(s)}, {mon3(s)} {s.day}, {s.year} - {et}',
        heading='A new event has been scheduled.', event_type=et, host=(OWNER_NAME, OWNER),
        start=s, end=e, tzid='America/Denver', location=f'Zoom: {zoom}', host_view=True, invitee=marco,
        questions=[('What would you like to talk about?',
                    'How we cut new-location onboarding from 3 weeks to 4 days. Happy to be quoted by name.'),
                   ('Is it OK to record the call for the case study?', 'Yes')],
        reply_to=addr(*marco), ics_summary=f'{et} ({marco[0]})')
    lab = label([], 'hard', 'negative/user-is-interviewer',
                'Calendly host notification: a Copperline customer booked a "Customer Story Interview" on '
                'Noelani\'s own Calendly. She runs the interview for a case study; nobody is hiring her.')
    return slug, {'01-calendly-new-event-customer-story.eml': m}, lab


@case
def c06():
    slug = 'bamboohr-body-only-mountain'
    gideon = ('Gideon Park', 'gideon.park@ostranderlabs.example')
    renee = ('Ren\u00e9e Castellanos', 'renee.castellanos@ostranderlabs.example')
    role = 'Customer Success Manager (Remote - US)'
    sent = T(2026, 2, 17, 21, 5, UTC, 44)
    s = T(2026, 2, 23, 14, 0, DEN, weekday='Monday')
    e = s + timedelta(minutes=45)
    p = f"""Hi Noelani,

Thank you for your interest in the {role} position at Ostrander Labs. I'm happy to confirm your interview with {renee[0]}, our Head of Customer Success, on {md(s)} at {hm(s)} Mountain Time. Please plan on 45 minutes.

{renee[0]} will send a Zoom link from her own calendar the morning of the interview. If you need to reach her directly, her email is {renee[1]}. For anything else (scheduling, accommodations, questions about the process), just reply to this email and it will come to me.

We're excited to learn more about you!

Gideon Park
People Operations | Ostrander Labs
{gideon[1]}

Ostrander Labs uses BambooHR to manage applications. Powered by BambooHR.
"""
    h = text_to_html(p, 'font-family:Lato,Helvetica,Arial,sans-serif;font-size:15px;color:#38312f')
    body = multi('alternative', 'b_' + hx('c06b', 30), [
        leaf('text/plain; charset=utf-8', p, 'quoted-printable'),
        leaf('text/html; charset=utf-8', h, 'base64')])
    m = mail(body, frm=addr('Ostrander Labs', 'no-reply@app.bamboohr.com'), reply_to=addr(*gideon),
             subject=f'Interview Confirmation: {role}', date=sent,
             msgid=f'<{hx("c06m", 32)}@app.bamboohr.com>', rcv=('mail1.bamboohr.com', '52.36.48.12'),
             return_path='bounce@app.bamboohr.com')
    lab = label([iv('Ostrander Labs', role, s, e, 'scheduled', [renee[1]], [renee[1]], 'hiring_manager')],
                'easy', 'positive/ats-email-body-only',
                'BambooHR-sent confirmation, body only, no year in the text (resolved from the message date). '
                'People Ops coordinator schedules; the Head of CS conducts and her address is given in the text.')
    return slug, {'01-bamboohr-interview-confirmation.eml': m}, lab


@case
def c07():
    slug = 'jazzhr-candidate-moves-to-monday'
    lena = ('Lena Okafor', 'lena.okafor@pinecask.example')
    role = 'Senior Customer Success Manager'
    sent = T(2026, 3, 2, 18, 30, UTC, 12)
    s0 = T(2026, 3, 6, 10, 0, LA, weekday='Friday')
    e0 = s0 + timedelta(minutes=45)
    code = meet('c07meet')
    p1 = f"""Hi Noelani,

Your interview for the {role} position at Pinecask has been scheduled.

Date: {long_date(s0)}
Time: {hm(s0)} - {hm(e0)} {ab(s0)}
Interview Type: Video Interview (Google Meet)
Meeting Link: https://meet.google.com/{code}
Interviewer(s): Lena Okafor, Director of Customer Success

Note from Lena:
This is a conversation with me - I'd be your manager. We'll talk through how you prioritize a book of ~60 accounts and a renewal you're proud of (or one that got away).

An invitation is attached so you can add it to your calendar. If you need to reschedule, reply to this email.

Thank you,
Pinecask

Powered by JazzHR
"""
    uid = f'jazzhr-interview-{hx("c07uid", 20)}@app.jazz.co'
    ev = vevent(uid=uid, stamp=sent, start=s0, end=e0, tzid='America/Los_Angeles', tz=LA,
                summary=f'Interview: {OWNER_NAME} - {role} (Pinecask)', organizer=org(*lena),
                attendees=[att(OWNER_NAME, OWNER), att(lena[0], lena[1], 'ACCEPTED', 'CHAIR', False)],
                description=f'Video interview with {lena[0]}\nhttps://meet.google.com/{code}',
                location=f'https://meet.google.com/{code}')
    cal = vcal('-//JazzHR//Interview Scheduler//EN', 'REQUEST', [ev], [vtz_olson('America/Los_Angeles')])
    b1 = multi('mixed', 'jz' + hx('c07b0', 30), [
        multi('alternative', 'jz' + hx('c07b1', 30), [
            leaf('text/plain; charset=UTF-8', p1, 'quoted-printable'),
            leaf('text/html; charset=UTF-8', text_to_html(p1), 'quoted-printable')]),
        ics_attachment(cal, 'interview.ics', 'REQUEST')])
    mid1 = f'<0100018f{hx("c07m1", 24)}-{uuid_like("c07m1u")}-000000@email.amazonses.com>'
    m1 = mail(b1, frm=addr(lena[0], 'notifications@app.jazz.co'), reply_to=addr(*lena),
              subject=f'Interview Scheduled: {role} - Pinecask', date=sent, msgid=mid1,
              rcv=('a8-31.smtp-out.amazonses.com', '54.240.8.31'),
              return_path=f'0100018f{hx("c07rp", 24)}@amazonses.com')
    nd = T(2026, 3, 3, 8, 12, DEN, 40)
    nmid = f'<{uuid_like("c07nm").upper()}@example.com>'
    s = T(2026, 3, 9, 11, 30, LA, weekday='Monday')
    e = s + timedelta(minutes=45)
    nt = f"""Hi Lena,

Thank you for setting this up! I'm sorry to do this, but a customer escalation just got scheduled for Friday morning and I can't move it. Would Monday, March 9 work instead? I'm free any time after 11:00 AM Pacific (noon my time).

Apologies for the shuffle,
Noelani
"""
    check_wd(s, 'Monday')
    nl = nd.astimezone(LA)
    attrib = (f'On {wd3(nl)}, {mon3(nl)} {nl.day}, {nl.year} at {hm(nl)} {OWNER_NAME} <{OWNER}> wrote:')
    lt = f"""Hi Noelani,

No problem at all, escalations happen! Let's do {wd(s)}, {mon(s)} {s.day} at {hm(s)} Pacific ({hm(s.astimezone(DEN))} your time). Same 45 minutes, same Meet link. I've moved it in JazzHR, so you might see another notification from them.

Talk {wd(s)},
Lena

--
Lena Okafor
Director of Customer Success | Pinecask
{lena[1]}
"""
    m2 = mail(gmail_part(lt, 'c07l', (attrib, nt)), frm=addr(*lena),
              subject=f'Re: Interview Scheduled: {role} - Pinecask', date=T(2026, 3, 3, 9, 47, LA, 3),
              msgid=gmail_id('c07l'), in_reply_to=nmid, references=f'{mid1}\n {nmid}', to=addr(OWNER_NAME, OWNER),
              rcv=('mail-pj1-f44.google.com', '209.85.216.44'), return_path=lena[1])
    lab = label([iv('Pinecask', role, s, e, 'scheduled', [lena[1]], [lena[1]], 'hiring_manager')],
                'hard', 'positive/reschedule-by-candidate',
                'JazzHR invite (with .ics) for Fri Mar 6 10:00 PST; candidate asks to move; hiring manager replies '
                'with Mon Mar 9 11:30 Pacific, now PDT after the Mar 8 change. No updated .ics arrives: final time '
                'comes from the text. Same 45 minutes.')
    return slug, {'01-jazzhr-interview-scheduled.eml': m1, '02-re-lena-moves-to-monday.eml': m2}, lab


@case
def c08():
    slug = 'vendor-demo-outlook-teams'
    kyle = ('Kyle Brandt', 'kyle.brandt@pulsegrid.example')
    ravi = ('Ravi Chandrasekar', 'ravi.c@pulsegrid.example')
    sent = T(2026, 3, 5, 11, 2, NY, 17)
    s = T(2026, 3, 11, 9, 0, DEN, weekday='Wednesday')
    e = s + timedelta(minutes=45)
    mid = digits('c08mid', 12)
    teams = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum("c08t", 48)}%40thread.v2/0?'
             f'context=%7b%22Tid%22%3a%22{uuid_like("c08tid")}%22%7d')
    summary = 'Pulsegrid demo + discovery | Copperline CS team'
    p = f"""Hi Noelani,

Thanks for grabbing time after the Customer Success Collective session. Sending the official invite for next Wednesday ({hm(s)} Mountain / {hm(s.astimezone(NY))} Eastern).

Agenda (45 min):
1. Discovery (10 min): a few questions about your team - how many CSMs, how renewals are tracked today, and your hiring plans for CS this year so we can size seats.
2. Live demo (25 min): health scores, automated playbooks and renewal forecasting. Ravi Chandrasekar, our Solutions Consultant, will drive.
3. Pricing and next steps (10 min)

If anyone else from Copperline should join, feel free to forward.

Best,
Kyle Brandt
Account Executive | Pulsegrid
{kyle[1]} | (720) 555-0193

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{teams}>
Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}
Passcode: {alnum("c08pc", 6)}
________________________________________________________________________________
"""
    uid = '040000008200E00074C5B7101A82E00800000000' + hx('c08uid', 56).upper()
    L = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    L += vtz_windows('Eastern Standard Time')
    L += ['BEGIN:VEVENT', f'ORGANIZER;CN={kyle[0]}:mailto:{kyle[1]}',
          f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}',
          f'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ravi[0]}:mailto:{ravi[1]}',
          'DESCRIPTION;LANGUAGE=en-US:' + esc(p), f'UID:{uid}', f'SUMMARY;LANGUAGE=en-US:{esc(summary)}',
          f'DTSTART;TZID=Eastern Standard Time:{loc(s, NY)}', f'DTEND;TZID=Eastern Standard Time:{loc(e, NY)}',
          'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{zstamp(sent)}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
          'SEQUENCE:0', 'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting', 'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
          'X-MICROSOFT-CDO-OWNERAPPTID:-' + digits('c08own', 10), 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
          'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
          'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
          f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
          'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting',
          'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM',
          'END:VEVENT', 'END:VCALENDAR']
    body = multi('alternative', '_000_' + hx('c08b', 20).upper() + 'namprd10prodoutlook_', [
        leaf('text/plain; charset="us-ascii"', p, 'quoted-printable'),
        leaf('text/html; charset="us-ascii"', text_to_html(p, 'font-family:Aptos,Calibri,sans-serif;font-size:11pt'),
             'quoted-printable'),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', ics_text(L), 'base64')])
    m = mail(body, frm=addr(*kyle), subject=summary, date=sent,
             msgid=f'<BN8PR10MB{digits("c08m", 4)}{hx("c08m2", 20).upper()}@BN8PR10MB{digits("c08m", 4)}.namprd10.prod.outlook.com>',
             cc=addr(*ravi), rcv=('NAM11-CO1-obe.outbound.protection.outlook.com', '40.107.220.91'),
             return_path=kyle[1],
             extra=[('Thread-Topic', summary), ('Thread-Index', 'AQHa' + alnum('c08ti', 24) + '=='),
                    ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''),
                    ('X-MS-TNEF-Correlator', '')])
    lab = label([], 'medium', 'negative/vendor-demo',
                'Exchange/Teams invite from a software vendor AE for a product demo and discovery call. '
                'Hiring vocabulary ("hiring plans for CS") but she is the prospect, not a candidate.')
    return slug, {'01-pulsegrid-demo-invite.eml': m}, lab


@case
def c09():
    slug = 'calendly-updated-by-candidate'
    aisha = ('Aisha Bello', 'aisha.bello@fernhollow.example')
    role = 'Customer Success Manager (Enterprise)'
    et = 'Recruiter Screen - CSM (Enterprise)'
    s0 = T(2026, 4, 2, 10, 0, DEN, weekday='Thursday')
    e0 = s0 + timedelta(minutes=30)
    locn = f'Phone call. Aisha Bello will call you at +1 {OWNER_PHONE}.'
    q = [('Anything you\'d like us to know before the call?',
          'I\'m on a CS contract that ends in May, so I\'m flexible on start date.')]
    desc = (f'Event Name: {et}\n\nThis is a 30 minute recruiter screen for the {role} role at Fernhollow. '
            f'Aisha will call you.\n\nPowered by Calendly.com')
    m1, uid = calendly_mail(
        seed='c09a', date=T(2026, 3, 27, 17, 3, UTC, 51),
        subject=f'Confirmed: {et} with {aisha[0]} on {long_date(s0)}', heading='Your event has been scheduled.',
        event_type=et, host=aisha, start=s0, end=e0, tzid='America/Denver', location=locn, questions=q,
        reply_to=addr(*aisha), description=desc)
    s = T(2026, 4, 3, 13, 30, DEN, weekday='Friday')
    e = s + timedelta(minutes=30)
    m2, _ = calendly_mail(
        seed='c09b', date=T(2026, 3, 31, 14, 22, UTC, 10),
        subject=f'Updated: {et} with {aisha[0]} on {long_date(s)}', heading='Your event has been rescheduled.',
        event_type=et, host=aisha, start=s, end=e, tzid='America/Denver', location=locn, questions=q,
        former=f'{hml(s0)} - {hml(e0)} on {long_date(s0)}',
        reason=f'Rescheduled by {OWNER_NAME}: "A customer moved our renewal call into {wd(s0)} morning - sorry '
               f'for the shuffle!"', reply_to=addr(*aisha), uid=uid, sequence=1, description=desc)
    lab = label([iv('Fernhollow', role, s, e, 'scheduled', [aisha[1]], [aisha[1]], 'phone_screen')],
                'medium', 'positive/calendly-reschedule',
                'Calendly confirmation then an "Updated" notice after the candidate rescheduled herself; same UID, '
                'SEQUENCE 1. One interview at the new time. Recruiter conducts the screen.')
    return slug, {'01-calendly-confirmed-recruiter-screen.eml': m1,
                  '02-calendly-updated-recruiter-screen.eml': m2}, lab


def savvycal_mail(*, seed, date, subject, top, title, host, start, end, tzid, location, note_label, note,
                  uid, sequence, canceled=False, reply_to=None):
    tz = ZoneInfo(tzid)
    s, e = start.astimezone(tz), end.astimezone(tz)
    tok = alnum(seed + 'tok', 12)
    p = (f'{top}\n\n{title}\n{host[0]} / {OWNER_NAME}\n\n{long_date(s)}\n{hm(s)} - {hm(e)} '
         f'({ZONE_LABEL_CALENDLY[tzid]})\n\n')
    if location:
        p += f'Location:\n{location}\n\n'
    if note:
        p += f'{note_label}\n{note}\n\n'
    if not canceled:
        p += (f'Need to make a change?\nReschedule: https://savvycal.com/r/{tok}\n'
              f'Cancel: https://savvycal.com/c/{tok}\n\n')
    p += f'Sent by SavvyCal on behalf of {host[0]} ({host[1]}).\n'
    ev = vevent(uid=uid, stamp=date, start=start, end=end, summary=f'{title} ({host[0]} / {OWNER_NAME})',
                organizer=org(*host),
                attendees=[att(host[0], host[1], 'ACCEPTED', rsvp=False),
                           att(OWNER_NAME, OWNER, 'DECLINED' if canceled else 'ACCEPTED', rsvp=False)],
                description=(note or '') + (f'\n\n{location}' if location else ''), location=location or '',
                sequence=sequence, status='CANCELLED' if canceled else 'CONFIRMED')
    method = 'CANCEL' if canceled else 'REQUEST'
    cal = vcal('-//SavvyCal//SavvyCal//EN', method, [ev])
    body = multi('mixed', 'sc-' + hx(seed + 'b0', 26), [
        multi('alternative', 'sc-' + hx(seed + 'b1', 26), [
            leaf('text/plain; charset=utf-8', p, 'quoted-printable'),
            leaf('text/html; charset=utf-8', text_to_html(p, 'font-family:Inter,Helvetica,sans-serif;color:#1f2937'),
                 'quoted-printable')]),
        ics_attachment(cal, 'invite.ics', method)])
    return mail(body, frm='SavvyCal <notifications@savvycal.com>', reply_to=reply_to or addr(*host),
                subject=subject, date=date, msgid=f'<{uuid_like(seed + "m")}@savvycal.com>',
                rcv=('mail-a.postmarkapp.com', '50.31.156.' + str(int(hx(seed, 2), 16) % 250)),
                return_path=f'pm_bounces@pm-bounces.savvycal.com')


@case
def c10():
    slug = 'savvycal-canceled-by-founder'
    ben = ('Ben Sauer', 'ben@glasswingpayroll.example')
    role = 'Customer Success Lead'
    title = f'Glasswing Payroll - {role} interview'
    s = T(2026, 3, 17, 15, 0, NY, weekday='Tuesday')
    e = s + timedelta(minutes=45)
    uid = f'{uuid_like("c10uid")}@savvycal.com'
    code = meet('c10meet')
    note1 = (f'Looking forward to it! This is shown in your time zone; for me it\'s {hmc(s)} Eastern. I\'m the '
             f'co-founder and would be your manager - we\'ll go through how you\'d build our CS function from '
             f'scratch (first hire, ~140 customers today).')
    m1 = savvycal_mail(seed='c10a', date=T(2026, 3, 12, 20, 15, UTC, 33),
                       subject=f'Confirmed: {title} ({ben[0]} / {OWNER_NAME})', top='You\'re booked!',
                       title=title, host=ben, start=s, end=e, tzid='America/Denver',
                       location=f'Google Meet: https://meet.google.com/{code}', note_label='Message from Ben:',
                       note=note1, uid=uid, sequence=0)
    note2 = ('Noelani - really sorry to do this the day before. Our board asked us to pause the CS Lead hire '
             'until the round closes, so I don\'t want to waste your time. I\'ll reach out personally if it reopens.')
    m2 = savvycal_mail(seed='c10b', date=T(2026, 3, 16, 22, 48, UTC, 2),
                       subject=f'Canceled: {title} ({ben[0]} / {OWNER_NAME})', top=f'{ben[0]} canceled this meeting.',
                       title=title, host=ben, start=s, end=e, tzid='America/Denver', location=None,
                       note_label='Message from Ben:', note=note2, uid=uid, sequence=1, canceled=True)
    lab = label([iv('Glasswing Payroll', role, s, e, 'cancelled', [ben[1]], [ben[1]], 'hiring_manager')],
                'medium', 'positive/cancellation',
                'SavvyCal booking with a co-founder (1:00 PM MDT = 3 PM EDT), then a SavvyCal "Canceled" notice '
                'with METHOD:CANCEL because the hire is paused. Only a cancelled interview in this case; the '
                'interviewer is the founder who also cancelled, so follow-up stays with him.')
    return slug, {'01-savvycal-confirmed.eml': m1, '02-savvycal-canceled.eml': m2}, lab


@case
def c11():
    slug = 'zoom-webinar-interview-masterclass'
    s = T(2026, 3, 25, 12, 0, DEN, weekday='Wednesday')
    e = s + timedelta(hours=1)
    sent = T(2026, 3, 18, 15, 30, UTC, 0)
    wid = digits('c11w', 11)
    link = f'https://us06web.zoom.us/w/{wid}?tk={alnum("c11tk", 40)}'
    title = 'Landing Your Next CSM Role - Live Interview Masterclass'
    p = f"""Hi Noelani,

Thank you for registering for "{title}".

Please submit any questions to: events@cscollective.example

Date Time: {mon3(s)} {s.day}, {s.year} {hm(s)} Mountain Time (US and Canada)

Join from PC, Mac, Linux, iOS or Android: {link}
Passcode: {digits("c11pc", 6)}

Description: Three heads of Customer Success from Series A-C startups walk through how they interview CSM candidates, then run live mock interviews with volunteers from the audience. Bring your questions about case presentations, 30-60-90 plans and the "tell me about a churned account" question.

Or iPhone one-tap:
US: +16694449171,,{wid}# or +17193594580,,{wid}#

Webinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}

You can cancel your registration at any time.

Add to Calendar: the attached .ics file works with Google Calendar, Outlook and Apple Calendar.
"""
    ev = vevent(uid=f'ZOOM{wid}@zoom.us', stamp=sent, start=s, end=e, tzid='America/Denver', tz=DEN,
                summary=title, organizer=org('Customer Success Collective', 'events@cscollective.example'),
                attendees=[], description=f'Webinar: {title}\nJoin: {link}', location=link)
    cal = vcal('-//zoom.us//iCalendar Event//EN', 'PUBLISH', [ev], [vtz_olson('America/Denver')])
    body = multi('mixed', '----=_Part_' + digits('c11b0', 7) + '_' + digits('c11b', 9) + '.' + digits('c11c', 13), [
        multi('alternative', '----=_Part_' + digits('c11b1', 7) + '_' + digits('c11d', 9) + '.' + digits('c11e', 13), [
            leaf('text/plain; charset=UTF-8', p, 'quoted-printable'),
            leaf('text/html; charset=UTF-8', text_to_html(p), 'quoted-printable')]),
        ics_attachment(cal, 'event.ics', 'PUBLISH', ctype='application/octet-stream')])
    m = mail(body, frm=addr('Customer Success Collective', 'no-reply@zoom.us'),
             reply_to='events@cscollective.example',
             subject=f'Customer Success Collective Confirmation: {title}', date=sent,
             msgid=f'<{digits("c11m", 13)}.{digits("c11n", 7)}.{digits("c11o", 13)}@zoom.us>',
             rcv=('mail-sj.zoom.us', '170.114.10.' + str(int(hx('c11', 2), 16) % 250)),
             return_path=f'bounce-{hx("c11rp", 12)}@zoom.us')
    lab = label([], 'easy', 'negative/webinar',
                'Zoom webinar registration with .ics about interviewing for CSM roles (includes "live mock '
                'interviews"). Not a hiring process step.')
    return slug, {'01-zoom-webinar-registration.eml': m}, lab


def calcom_mail(*, seed, date, subject, heading, title, host, start, end, tzid, booking_uid, description,
                reason=None, canceled=False, sequence=0, frm_name=None):
    tz = ZoneInfo(tzid)
    s, e = start.astimezone(tz), end.astimezone(tz)
    p = f'{heading}\n'
    p += ('We emailed you and the other attendees a calendar invitation with all the details.\n\n' if not canceled
          else 'We emailed you and the other attendees to let them know.\n\n')
    if reason:
        p += f'Reason for cancellation:\n{reason}\n\n'
    p += (f'What:\n{title}\n\nWhen:\n{long_date(s)} | {hml(s)} - {hml(e)} ({tzid})\n\n'
          f'Who:\n{host[0]} - Organizer\n{host[1]}\n{OWNER_NAME}\n{OWNER}\n\n')
    if not canceled:
        p += f'Where:\nCal Video\nhttps://app.cal.com/video/{booking_uid}\n\n'
    p += f'Description:\n{description}\n\n'
    if not canceled:
        p += (f'Need to make a change? Reschedule or Cancel\nhttps://app.cal.com/reschedule/{booking_uid}\n'
              f'https://app.cal.com/booking/{booking_uid}?cancel=true\n')
    ev = vevent(uid=booking_uid, stamp=date, start=start, end=end, summary=title, organizer=org(*host),
                attendees=[att(OWNER_NAME, OWNER, 'ACCEPTED', rsvp=True)], description=description,
                location='' if canceled else f'https://app.cal.com/video/{booking_uid}', sequence=sequence,
                status='CANCELLED' if canceled else 'CONFIRMED', alarm=False)
    method = 'CANCEL' if canceled else 'REQUEST'
    cal = vcal('-//Cal.com Inc.//Cal.com Event//EN', method, [ev])
    body = multi('mixed', '--_NmP-' + hx(seed + 'b0', 16) + '-Part_1', [
        multi('alternative', '--_NmP-' + hx(seed + 'b1', 16) + '-Part_2', [
            leaf('text/plain; charset=utf-8', p, 'quoted-printable'),
            leaf('text/html; charset=utf-8', text_to_html(p, 'font-family:Roboto,Helvetica,sans-serif;color:#101010'),
                 'quoted-printable')]),
        ics_attachment(cal, 'invite.ics', method)])
    return mail(body, frm=addr(frm_name or host[0], 'notifications@cal.com'), reply_to=addr(*host),
                subject=subject, date=date, msgid=f'<{uuid_like(seed + "m")}@cal.com>',
                rcv=('a27-31.smtp-out.us-west-2.amazonses.com', '54.240.27.31'),
                return_path=f'010101{hx(seed + "rp", 26)}@us-west-2.amazonses.com')


@case
def c12():
    slug = 'calcom-cancel-then-rebook-across-fallback'
    hana = ('Hana Mizrahi', 'hana@loomstack.example')
    role = 'Customer Success Manager (SMB)'
    et = 'CSM (SMB) - Hiring Manager Interview'
    title = f'{et} between {hana[0]} and {OWNER_NAME}'
    desc = (f'45-minute interview for the {role} role at Loomstack with {hana[0]}, Head of Customer Success '
            f'(your future manager). Come ready to talk about a churn save you led.')
    s1 = T(2026, 10, 28, 9, 0, DEN, weekday='Wednesday')
    e1 = s1 + timedelta(minutes=45)
    u1 = alnum('c12u1', 22)
    sub1 = f'Confirmed: {title} on {long_date(s1)} {hml(s1)} - {hml(e1)}'
    m1 = calcom_mail(seed='c12a', date=T(2026, 10, 22, 19, 40, UTC, 0), subject=sub1,
                     heading='This meeting is scheduled', title=title, host=hana, start=s1, end=e1,
                     tzid='America/Denver', booking_uid=u1, description=desc)
    m2 = calcom_mail(seed='c12b', date=T(2026, 10, 26, 13, 5, UTC, 0),
                     subject=f'Cancelled: {title} on {long_date(s1)} {hml(s1)} - {hml(e1)}',
                     heading='Event cancelled', title=title, host=hana, start=s1, end=e1, tzid='America/Denver',
                     booking_uid=u1, description=desc, canceled=True, sequence=1, frm_name='Cal.com',
                     reason=(f'Cancelled by {OWNER_NAME}: Family emergency this week - I will rebook as soon '
                             f'as I can. So sorry, Hana!'))
    s2 = T(2026, 11, 4, 9, 0, DEN, weekday='Wednesday')
    e2 = s2 + timedelta(minutes=45)
    u2 = alnum('c12u2', 22)
    m3 = calcom_mail(seed='c12c', date=T(2026, 10, 30, 16, 12, UTC, 0),
                     subject=f'Confirmed: {title} on {long_date(s2)} {hml(s2)} - {hml(e2)}',
                     heading='This meeting is scheduled', title=title, host=hana, start=s2, end=e2,
                     tzid='America/Denver', booking_uid=u2, description=desc)
    lab = label([iv('Loomstack', role, s1, e1, 'cancelled', [hana[1]], [hana[1]], 'hiring_manager'),
                 iv('Loomstack', role, s2, e2, 'scheduled', [hana[1]], [hana[1]], 'hiring_manager')],
                'hard', 'positive/cancel-then-rebook',
                'Cal.com booking cancelled by the candidate, then a NEW booking (new UID) a week later: two '
                'entries. Both at 9:00 Mountain, but Oct 28 is MDT (-06:00) and Nov 4 is MST (-07:00) after the '
                'Nov 1 change; the .ics files carry UTC times (15:00Z vs 16:00Z).')
    return slug, {'01-calcom-confirmed.eml': m1, '02-calcom-cancelled.eml': m2,
                  '03-calcom-confirmed-new-booking.eml': m3}, lab


@case
def c13():
    slug = 'calendly-dentist-new-patient'
    host = ('Dr. Farah Qureshi', 'frontdesk@sloanlakedental.example')
    et = 'New Patient Exam & Cleaning (60 min)'
    s = T(2026, 3, 24, 8, 0, DEN, weekday='Tuesday')
    e = s + timedelta(hours=1)
    m, _ = calendly_mail(
        seed='c13', date=T(2026, 3, 16, 2, 11, UTC, 45),
        subject=f'Confirmed: {et} with {host[0]} on {long_date(s)}', heading='Your event has been scheduled.',
        event_type=et, host=host, start=s, end=e, tzid='America/Denver',
        location='Sloan Lake Family Dental, 4410 W 17th Ave, Suite 2, Denver, CO 80204',
        questions=[('Dental insurance provider and member ID', 'Delta Dental PPO - card will bring to visit'),
                   ('Reason for visit', 'New patient, routine cleaning. Last visit about 8 months ago.')],
        reply_to=addr('Sloan Lake Family Dental', host[1]))
    lab = label([], 'easy', 'negative/dentist',
                'Calendly confirmation for a dental appointment. Same Calendly template as the interview '
                'bookings in this set, but not a job interview.')
    return slug, {'01-calendly-confirmed-dental-exam.eml': m}, lab


@case
def c14():
    slug = 'breezy-screen-then-panel-presentation'
    dana = ('Dana Whitcomb', 'dana.whitcomb@quillfeather.example')
    owen = ('Owen Stavros', 'owen.stavros@quillfeather.example')
    priti = ('Priti Venkatesan', 'priti.v@quillfeather.example')
    carlos = ('Carlos Mendez-Ruiz', 'carlos.mr@quillfeather.example')
    role = 'Customer Success Manager'
    d1 = T(2026, 1, 29, 17, 22, UTC, 10)
    s1 = T(2026, 2, 3, 9, 0, DEN, weekday='Tuesday')
    e1 = s1 + timedelta(minutes=30)
    p1 = f"""Hi Noelani,

Your phone screen for the {role} position at Quillfeather is confirmed.

{long_date(s1)}
{hm(s1)} - {hm(e1)} {ab(s1)} (America/Denver)

Dana Whitcomb, Talent Partner, will call you at {OWNER_PHONE}.

Need to reschedule? Reply to this email or use the link below.
https://quillfeather.breezy.hr/p/{hx("c14p", 12)}/interview/{hx("c14i", 16)}

Quillfeather Talent Team
Powered by Breezy HR
"""
    ev = vevent(uid=f'{hx("c14uid", 24)}@breezy.hr', stamp=d1, start=s1, end=e1, tzid='America/Denver', tz=DEN,
                summary=f'Phone Screen - {role} - Quillfeather', organizer=org(*dana),
                attendees=[att(OWNER_NAME, OWNER), att(dana[0], dana[1], 'ACCEPTED', 'CHAIR', False)],
                description=f'{dana[0]} will call you at {OWNER_PHONE}.', location=f'Phone: {OWNER_PHONE}')
    cal = vcal('-//Breezy HR//Breezy Calendar//EN', 'REQUEST', [ev], [vtz_olson('America/Denver')])
    b1 = multi('mixed', 'bz_' + hx('c14b0', 28), [
        multi('alternative', 'bz_' + hx('c14b1', 28), [
            leaf('text/plain; charset=utf-8', p1, 'quoted-printable'),
            leaf('text/html; charset=utf-8', text_to_html(p1), 'quoted-printable')]),
        ics_attachment(cal, 'interview.ics', 'REQUEST')])
    m1 = mail(b1, frm=addr('Quillfeather', 'no-reply@breezy.hr'), reply_to=addr(*dana),
              subject=f'Phone Screen Confirmed - {role} at Quillfeather', date=d1,
              msgid=f'<{hx("c14m1", 32)}@breezy.hr>', rcv=('o3.ptr6401.breezy.hr', '167.89.64.1'),
              return_path=f'bounces+6401-{hx("c14rp", 4)}-{OWNER.replace("@", "=")}@em.breezy.hr')
    s2 = T(2026, 2, 12, 13, 0, NY, weekday='Thursday')
    e2 = s2 + timedelta(minutes=90)
    t2 = f"""Hi Noelani,

Thanks again for this morning - I really enjoyed the conversation, and the team is excited to keep going.

The next step is a 90-minute panel where you present a short case: a QBR for a fictional mid-market customer whose usage dropped 30% last quarter (I'll send the one-page prompt tomorrow). You'd present for about 30 minutes, then Q&A.

Panel:
- {owen[0]}, VP of Customer Success ({owen[1]})
- {priti[0]}, Support Lead ({priti[1]})
- {carlos[0]}, Account Executive ({carlos[1]})

Time: {md(s2)}, {hmc(s2).replace('pm', '')}:00-{hmc(e2)} Eastern ({hm(s2.astimezone(DEN))}-{hm(e2.astimezone(DEN))} Mountain for you). I'll send the calendar invite right after this. I won't be in the session myself, but I'm your point of contact for anything logistical.

Best,
Dana

--
Dana Whitcomb | Talent Partner | Quillfeather
{dana[1]}
"""
    m2 = mail(gmail_part(t2, 'c14d'), frm=addr(*dana), subject='Quillfeather - next step (case presentation panel)',
              date=T(2026, 2, 3, 15, 31, NY, 5), msgid=gmail_id('c14d'),
              rcv=('mail-qk1-f178.google.com', '209.85.222.178'), return_path=dana[1])
    m3, _ = google_invite(organizer=dana,
                          guests=[(dana[0], dana[1], 'ACCEPTED'), (owen[0], owen[1], 'ACCEPTED'),
                                  (priti[0], priti[1], 'ACCEPTED'), (carlos[0], carlos[1], 'TENTATIVE'),
                                  (None, OWNER, 'NEEDS-ACTION')],
                          summary=f'Quillfeather | Case Presentation Panel - {OWNER_NAME}', start=s2, end=e2,
                          tzid='America/New_York', seed='c14g', date=T(2026, 2, 3, 20, 48, UTC, 33),
                          description=(f'Case presentation (~30 min) + Q&A with {owen[0].split()[0]}, '
                                       f'{priti[0].split()[0]} and {carlos[0].split()[0]}. The prompt comes '
                                       f'from Dana by email. Dana is organizing only and will not attend.'))
    lab = label([iv('Quillfeather', role, s1, e1, 'scheduled', [dana[1]], [dana[1]], 'phone_screen'),
                 iv('Quillfeather', role, s2, e2, 'scheduled', [owen[1], priti[1], carlos[1]],
                    [owen[1], priti[1], carlos[1]], 'onsite')],
                'hard', 'positive/two-interviews',
                'Breezy phone-screen confirmation (recruiter conducts it), then the recruiter books a panel '
                'case presentation on another day by e-mail + Google invite (same panel = one entry, kind onsite). '
                'The recruiter organizes but does not sit on the panel. Panel times in EST; Google .ics in UTC.')
    return slug, {'01-breezy-phone-screen-confirmed.eml': m1, '02-dana-next-step-panel.eml': m2,
                  '03-invitation-case-presentation-panel.eml': m3}, lab


@case
def c15():
    slug = 'reference-call-she-is-the-reference'
    yara = ('Yara Haddad', 'yara.haddad@tallgrassmetrics.example')
    CHI = ZoneInfo('America/Chicago')
    t1 = """Hi Noelani,

Jordan Pike is in the final round of interviews with us at Tallgrass Metrics for our Senior Customer Success Manager role, and listed you as a reference from your time working together at Lumenfold.

Would you have 15-20 minutes this week for a quick reference call? It's informal - how Jordan handled escalations, how the two of you worked together, that kind of thing. Grab any slot that works here: https://savvycal.com/yara-tallgrass/reference

Thank you so much,
Yara Haddad
Recruiting Lead | Tallgrass Metrics
"""
    m1 = mail(gmail_part(t1, 'c15a'), frm=addr(*yara), subject='Reference for Jordan Pike - Tallgrass Metrics',
              date=T(2026, 4, 6, 10, 14, CHI, 52), msgid=gmail_id('c15a'),
              rcv=('mail-il1-f170.google.com', '209.85.166.170'), return_path=yara[1])
    s = T(2026, 4, 9, 13, 15, DEN, weekday='Thursday')
    e = s + timedelta(minutes=20)
    title = 'Reference call - Jordan Pike (candidate)'
    m2 = savvycal_mail(seed='c15b', date=T(2026, 4, 6, 17, 40, UTC, 12),
                       subject=f'Confirmed: {title} ({yara[0]} / {OWNER_NAME})', top='You\'re booked!',
                       title=title, host=yara, start=s, end=e, tzid='America/Denver',
                       location=f'Phone: Yara will call you at {OWNER_PHONE}', note_label='About this meeting:',
                       note=('Quick reference call about Jordan Pike, who is interviewing for our Senior Customer '
                             'Success Manager role. Thanks for helping out!'),
                       uid=f'{uuid_like("c15uid")}@savvycal.com', sequence=0)
    lab = label([], 'hard', 'negative/reference-call',
                'A recruiter books a reference call about a former colleague who is the candidate; Noelani is '
                'the reference. Interview vocabulary and a SavvyCal booking, but she is not interviewing.')
    return slug, {'01-yara-reference-request.eml': m1, '02-savvycal-confirmed-reference-call.eml': m2}, lab


@case
def c16():
    slug = 'recruitee-final-round-loop-dst'
    talia = ('Talia Nguyen', 'talia.nguyen@saltmarsh.example')
    ines = ('Ines Duarte', 'ines.duarte@saltmarsh.example')
    rafael = ('Rafael Kim', 'rafael.kim@saltmarsh.example')
    maeve = ("Maeve O'Connell", 'maeve@saltmarsh.example')
    role = 'Senior Customer Success Manager'
    a = T(2026, 3, 9, 11, 0, NY, weekday='Monday')
    b = T(2026, 3, 9, 12, 0, NY)
    c = T(2026, 3, 9, 14, 0, NY)
    ae, be, ce = a + timedelta(minutes=45), b + timedelta(minutes=45), c + timedelta(minutes=30)
    sent = T(2026, 3, 3, 16, 5, UTC, 27)
    check_wd(T(2026, 3, 8), 'Sunday')   # "US clocks spring forward on Sunday, March 8"
    assert T(2026, 3, 8, 12).utcoffset() != T(2026, 3, 7, 12).utcoffset()

    def rng(x, y):
        return f'{hm(x)[:-3]} - {hm(y)}'
    p = f"""Hi Noelani,

Great news - the team would like to move you to the final round for the {role} role. Here is your schedule for {long_date(a)} (all times Eastern; note that US clocks spring forward on Sunday, March 8):

{rng(a, ae):<20}{ines[0]}, Director of Customer Success - book of business and renewals deep-dive
{rng(b, be):<20}{rafael[0]}, Solutions Engineer - technical onboarding scenario
{rng(be, c):<20}Break
{rng(c, ce):<20}{maeve[0]}, CEO - culture and your questions

For you in Denver that's {hm(a.astimezone(DEN))} - {hm(ce.astimezone(DEN))} Mountain. Each interviewer will send their own calendar invite with a Google Meet link.

If you need to reach any of them: {ines[1]}, {rafael[1]}, {maeve[1]}. For anything logistical, reply to this email and it will reach me.

Best,
Talia Nguyen
Recruiting Coordinator, Saltmarsh Analytics

Sent via Recruitee
"""
    body = multi('alternative', '=_rc_' + hx('c16b', 28), [
        leaf('text/plain; charset=UTF-8', p, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', text_to_html(p, 'font-family:"Source Sans Pro",Arial,sans-serif'),
             'quoted-printable')])
    m1 = mail(body, frm=addr('Talia Nguyen - Saltmarsh Analytics', 'no-reply@recruitee.com'),
              reply_to=addr(*talia), subject=f'Your final-round interviews with Saltmarsh Analytics - {md(a)}',
              date=sent, msgid=f'<{uuid_like("c16m")}@recruitee.com>',
              rcv=('mta-44-12.sparkpostmail.com', '192.174.90.12'),
              return_path=f'msprvs1=19{alnum("c16rp", 10)}=bounces-{digits("c16", 6)}@spmailtec.com')
    files = {'01-recruitee-final-round-schedule.eml': m1}
    evs = [('renewals deep-dive', ines, a, ae, NY, T(2026, 3, 3, 18, 2, UTC, 11)),
           ('technical onboarding scenario', rafael, b, be, DEN, T(2026, 3, 3, 19, 26, UTC, 40)),
           ('CEO chat', maeve, c, ce, NY, T(2026, 3, 4, 0, 9, UTC, 3))]
    for i, (topic, who, st, en, sz, cr) in enumerate(evs, 2):
        js = gcal_event(seed=f'c16e{i}', summary=f'Saltmarsh final round: {OWNER_NAME} / {who[0]} ({topic})',
                        description=(f'Final-round interview for the {role} role ({topic}).\n'
                                     f'Schedule coordinated by {talia[0]} ({talia[1]}).'),
                        organizer=who, attendees=[ga(who[0], who[1], organizer=True),
                                                  ga(OWNER_NAME, OWNER, 'accepted', self=True)],
                        start=st, end=en, tzid='America/New_York', created=cr, updated=cr + timedelta(hours=20),
                        start_in=sz)
        files[f'0{i}-{who[0].split()[0].lower()}-{topic.split()[0].lower()}.gcal.json'] = js
    lab = label([iv('Saltmarsh Analytics', role, a, ce, 'scheduled', [ines[1], rafael[1], maeve[1]],
                    [ines[1], rafael[1], maeve[1]], 'onsite')],
                'hard', 'positive/onsite-loop',
                'Recruitee schedule e-mail + three Calendar API events for a same-day virtual final round with a '
                'lunch break: one onsite from the first start (11:00 EDT) to the last end (14:30 EDT). Day after '
                'the Mar 8 DST change, e-mail sent while still MST/EST. The coordinator does not interview.')
    return slug, files, lab


@case
def c17():
    slug = 'workable-one-way-video-interview'
    role = 'Customer Success Manager'
    sent = T(2026, 3, 9, 14, 2, UTC, 11)
    due = T(2026, 3, 13, 23, 59, NY, weekday='Friday')
    p = f"""Hi Noelani,

Thanks for applying for the {role} position at Aldergrove Systems. As a next step, we'd like you to complete a short video interview.

This is a one-way video interview: you'll see 4 questions on screen and record your answers whenever it suits you. There is no live interviewer - the hiring team will review your recordings afterwards.

- 4 questions, up to 3 minutes per answer
- You can practice with a sample question first
- Please complete it by {long_date(due)}, {hm(due)} {gmt_label(due)} Eastern Time

Start your video interview: https://apply.workable.com/aldergrove-systems/v/{alnum("c17v", 18)}

Good luck!
Aldergrove Systems Hiring Team

--
This email was sent by Workable on behalf of Aldergrove Systems.
"""
    body = multi('alternative', '--==_mimepart_' + hx('c17b', 24), [
        leaf('text/plain; charset=UTF-8', p, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', text_to_html(p), 'quoted-printable')])
    m = mail(body, frm=addr('Aldergrove Systems', 'noreply@candidates.workablemail.com'),
             reply_to=addr('Aldergrove Systems', f'aldergrove-systems+{hx("c17r", 10)}@inbound.workablemail.com'),
             subject=f'Next step: video interview for the {role} position at Aldergrove Systems', date=sent,
             msgid=f'<{hx("c17m", 24)}@candidates.workablemail.com>',
             rcv=('a48-120.smtp-out.amazonses.com', '54.240.48.120'),
             return_path=f'0100018e{hx("c17rp", 24)}@amazonses.com')
    lab = label([], 'medium', 'negative/one-way-video',
                'Workable asynchronous one-way video interview with a completion deadline; no live conversation.')
    return slug, {'01-workable-video-interview-request.eml': m}, lab


@case
def c18():
    slug = 'gcal-json-ceo-final-chat'
    wren = ('Wren Holloway', 'wren.holloway@verdantledger.example')
    sofia = ('Sofia Marchetti', 'sofia.marchetti@verdantledger.example')
    role = 'Customer Success Lead'
    s = T(2026, 4, 14, 16, 0, LA, weekday='Tuesday')
    e = s + timedelta(minutes=30)
    cr = T(2026, 4, 8, 21, 10, UTC, 0)
    js = gcal_event(seed='c18', summary=f'Verdant Ledger - final conversation: {OWNER_NAME} / {sofia[0]} (CEO)',
                    description=(f'Final step in the process for the {role} role: an informal 30-minute '
                                 f'conversation with {sofia[0].split()[0]} about how you work and what you\'d want '
                                 f'from the role. {hm(s)} Pacific.\n\nScheduled by {wren[0]} (People Ops) - '
                                 f'questions to {wren[1]}'),
                    organizer=wren, attendees=[ga(wren[0], wren[1], organizer=True),
                                               ga(sofia[0], sofia[1]),
                                               ga(OWNER_NAME, OWNER, 'accepted', self=True)],
                    start=s, end=e, tzid='America/Los_Angeles', created=cr, updated=cr + timedelta(minutes=4),
                    start_in=DEN)
    lab = label([iv('Verdant Ledger', role, s, e, 'scheduled', [sofia[1]], [sofia[1]], 'other')],
                'medium', 'positive/gcal-json',
                'Calendar API event only. dateTime is rendered in her Denver calendar zone (-06:00) while the '
                'event timeZone is America/Los_Angeles; description says 4:00 PM Pacific. Final chat with the '
                'CEO; People Ops only schedules.')
    return slug, {'01-verdant-ledger-final-conversation.gcal.json': js}, lab


@case
def c19():
    slug = 'breezy-pick-a-time-never-booked'
    role = 'Customer Success Manager'
    o1 = T(2026, 4, 22, 10, 0, DEN, weekday='Wednesday')
    o2 = T(2026, 4, 22, 14, 30, DEN)
    o3 = T(2026, 4, 23, 9, 0, DEN, weekday='Thursday')
    link = f'https://driftwood-data.breezy.hr/schedule/{hx("c19s", 20)}'
    p1 = f"""Hi Noelani,

Thanks for applying for the {role} role at Driftwood Data! We'd like to set up a 30-minute phone interview with Keisha Romero, our Talent Acquisition Manager.

Please choose a time that works for you:
{link}

Times currently available (Mountain Time):
- {md(o1)}: {hm(o1)}, {hm(o2)}
- {md(o3)}: {hm(o3)}

Once you pick a time, you'll receive a confirmation with a calendar invite.

Driftwood Data Talent Team
Powered by Breezy HR
"""
    p2 = f"""Hi Noelani,

We noticed you haven't picked a time for your phone interview for the {role} role yet. Slots are going quickly - the remaining time is:

- {md(o3)}: {hm(o3)} Mountain Time

Choose your time here: {link}

If none of these work, reply and let us know your availability.

Driftwood Data Talent Team
Powered by Breezy HR
"""
    files = {}
    for i, (p, d, sj) in enumerate([(p1, T(2026, 4, 17, 15, 12, UTC, 40), f'Schedule your interview with Driftwood Data - {role}'),
                                    (p2, T(2026, 4, 21, 15, 0, UTC, 5), 'Reminder: please schedule your interview with Driftwood Data')], 1):
        body = multi('alternative', 'bz_' + hx(f'c19b{i}', 28), [
            leaf('text/plain; charset=utf-8', p, 'quoted-printable'),
            leaf('text/html; charset=utf-8', text_to_html(p), 'quoted-printable')])
        files[f'0{i}-breezy-{"schedule-request" if i == 1 else "schedule-reminder"}.eml'] = mail(
            body, frm=addr('Driftwood Data', 'no-reply@breezy.hr'),
            reply_to=addr('Driftwood Data', f'driftwood-data-{hx(f"c19r{i}", 8)}@reply.breezy.hr'),
            subject=sj, date=d, msgid=f'<{hx(f"c19m{i}", 32)}@breezy.hr>',
            rcv=('o3.ptr6401.breezy.hr', '167.89.64.1'),
            return_path=f'bounces+6401-{hx(f"c19rp{i}", 4)}-{OWNER.replace("@", "=")}@em.breezy.hr')
    lab = label([], 'hard', 'negative/availability-request',
                'Breezy self-scheduling request listing open slots, plus a reminder; she never books, so there is '
                'no scheduled interview.')
    return slug, files, lab


@case
def c20():
    slug = 'founder-thread-tomorrow-at-2-pacific'
    theo = ('Theo Brannigan', 'theo.brannigan@gmail.example')
    role = 'Customer Success Manager'
    d1 = T(2026, 2, 23, 16, 40, LA, 12)
    t1 = f"""Hi Noelani,

I saw your post in the CS Collective Slack about scaling onboarding without adding headcount - it stuck with me. I'm the founder of Mossgiel (field-service scheduling, 30 customers, 6 people), and we're hiring our first {role}.

The first step in our process is a 30-minute call with me: your background, what we've got, and whether it's a fit both ways. Do you have time Wednesday or Thursday this week?

Theo

Sent from my iPhone
"""
    mid1 = f'<{uuid_like("c20m1").upper()}@gmail.example>'
    m1 = mail(leaf('text/plain; charset=utf-8', t1, 'quoted-printable'), frm=addr(*theo),
              subject='First CSM at Mossgiel?', date=d1, msgid=mid1, to=OWNER,
              rcv=('mail-pl1-f181.google.com', '209.85.214.181'), return_path=theo[1],
              extra=[('X-Mailer', 'iPhone Mail (22D72)')])
    n1d = T(2026, 2, 24, 8, 5, DEN, 31)
    n1id = f'<{uuid_like("c20n1").upper()}@example.com>'
    n1 = f"""Hi Theo,

Thanks for reaching out - I'd love to learn more. Wednesday or Thursday afternoon works, any time after 1:00 PM Mountain.

Best,
Noelani
"""
    d2 = T(2026, 2, 24, 21, 12, LA, 45)
    s = T(2026, 2, 25, 14, 0, LA, weekday='Wednesday')
    assert (d2 + timedelta(days=1)).date() == s.date() and d2.astimezone(UTC).date() == s.date()
    e = s + timedelta(minutes=30)
    t2 = """Sorry for the slow reply - the day got away from me. How about tomorrow at 2 my time (Pacific)? I'll send a Meet link in the morning.

Theo
"""
    n1l = n1d.astimezone(LA)
    q2 = (f'On {wd3(n1l)}, {mon3(n1l)} {n1l.day}, {n1l.year} at {hm(n1l)} {OWNER_NAME} <{OWNER}> wrote:', n1)
    mid2 = gmail_id('c20b')
    m2 = mail(gmail_part(t2, 'c20b', q2), frm=addr(*theo), subject='Re: First CSM at Mossgiel?', date=d2,
              msgid=mid2, to=addr(OWNER_NAME, OWNER), in_reply_to=n1id, references=f'{mid1}\n {n1id}',
              rcv=('mail-pf1-f170.google.com', '209.85.210.170'), return_path=theo[1])
    n2d = T(2026, 2, 24, 22, 30, DEN, 8)
    n2id = f'<{uuid_like("c20n2").upper()}@example.com>'
    n2 = f"""Works for me - {hm(s.astimezone(DEN))} Mountain / {hm(s)} Pacific tomorrow ({wd(s)}). Talk then!

Noelani
"""
    n2l = n2d.astimezone(LA)
    q3 = (f'On {wd3(n2l)}, {mon3(n2l)} {n2l.day}, {n2l.year} at {hm(n2l)} {OWNER_NAME} <{OWNER}> wrote:', n2)
    code = meet('c20meet')
    t3 = f"""Great - here's the link: https://meet.google.com/{code}

Talk at 2!
Theo
"""
    m3 = mail(gmail_part(t3, 'c20c', q3), frm=addr(*theo), subject='Re: First CSM at Mossgiel?',
              date=T(2026, 2, 25, 8, 3, LA, 19), msgid=gmail_id('c20c'), to=addr(OWNER_NAME, OWNER),
              in_reply_to=n2id, references=f'{mid1}\n {n1id}\n {mid2}\n {n2id}',
              rcv=('mail-pf1-f171.google.com', '209.85.210.171'), return_path=theo[1])
    lab = label([iv('Mossgiel', role, s, e, 'scheduled', [theo[1]], [theo[1]], 'hiring_manager')],
                'hard', 'positive/thread-relative-date',
                '"Tomorrow at 2 my time (Pacific)" sent Tue 21:12 PST, which is already Wednesday in UTC: resolves '
                'to Wed Feb 25 14:00 PST (15:00 MST), confirmed in her quoted reply. Founder on a personal '
                'Gmail-style address; 30 minutes from the first message.')
    return slug, {'01-theo-first-csm.eml': m1, '02-re-tomorrow-at-2.eml': m2, '03-re-meet-link.eml': m3}, lab


@case
def c21():
    slug = 'recruitee-rejection-after-interview'
    ama = ('Ama Owusu', 'ama.owusu@cobaltline.example')
    role = 'Senior Customer Success Manager'
    past = T(2026, 3, 10, 10, 0, DEN, weekday='Tuesday')
    p = f"""Hi Noelani,

Thank you for interviewing with me and the team on {md(past)} for the {role} role - we really appreciated the time and thought you put into the conversations.

After a lot of discussion, we've decided to move forward with another candidate whose experience is closer to our current enterprise focus. This was a difficult decision, and it isn't a reflection of the strengths you showed in your interviews.

We'd love to stay in touch, and with your permission we'll keep your profile on file for future CS openings.

Warm regards,
Ama Owusu
Head of Customer Success, Cobaltline

Sent via Recruitee
"""
    body = multi('alternative', '=_rc_' + hx('c21b', 28), [
        leaf('text/plain; charset=UTF-8', p, 'quoted-printable'),
        leaf('text/html; charset=UTF-8', text_to_html(p), 'quoted-printable')])
    m = mail(body, frm=addr('Ama Owusu - Cobaltline', 'no-reply@recruitee.com'), reply_to=addr(*ama),
             subject=f'Your application for {role} at Cobaltline', date=T(2026, 3, 12, 22, 10, UTC, 5),
             msgid=f'<{uuid_like("c21m")}@recruitee.com>', rcv=('mta-44-19.sparkpostmail.com', '192.174.90.19'),
             return_path=f'msprvs1=19{alnum("c21rp", 10)}=bounces-{digits("c21", 6)}@spmailtec.com')
    lab = label([], 'medium', 'negative/rejection',
                'Rejection that refers to an interview which already happened (Tuesday, March 10); nothing is '
                'scheduled and no interview details are given.')
    return slug, {'01-recruitee-application-update.eml': m}, lab


@case
def c22():
    slug = 'outlook-ics-moved-across-fallback'
    yusuf = ('Yusuf Adeyemi', 'yusuf.adeyemi@bramblecrest.example')
    colleen = ('Colleen Hartigan', 'colleen.hartigan@bramblecrest.example')
    role = 'Customer Success Manager II'
    uid = '040000008200E00074C5B7101A82E00800000000' + hx('c22uid', 56).upper()
    teams = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum("c22t", 48)}%40thread.v2/0?'
             f'context=%7b%22Tid%22%3a%22{uuid_like("c22tid")}%22%7d')
    mid = digits('c22mid', 12)
    teams_block = ('\n\n' + '_' * 80 + '\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
                   f'Click here to join the meeting<{teams}>\nMeeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n'
                   f'Passcode: {alnum("c22pc", 6)}\n' + '_' * 80)
    base = (f'Hiring manager interview for the {role} role with {colleen[0]} (Director\\, Customer Success). '
            f'{yusuf[0].split()[0]} is coordinating and will not join.')
    s0 = T(2026, 10, 30, 10, 30, NY, weekday='Friday')
    s = T(2026, 11, 2, 10, 30, NY, weekday='Monday')
    assert s0.utcoffset() != s.utcoffset()
    files = {}
    for i, (st, seq, stamp, pre) in enumerate([
            (s0, 0, T(2026, 10, 22, 15, 4, UTC, 0), ''),
            (s, 1, T(2026, 10, 28, 14, 5, UTC, 0),
             f'Moved to {wd(s)} {mon3(s)} {s.day} at {colleen[0].split()[0]}\'s request (she is traveling '
             f'{wd(s0)}). Same time\\, same Teams link.\n\n')], 1):
        en = st + timedelta(minutes=45)
        desc = (pre + base).replace('\n', '\\n') + esc(teams_block).replace('\\\\', '\\')
        L = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
        L += vtz_windows('Eastern Standard Time')
        L += ['BEGIN:VEVENT', f'ORGANIZER;CN={yusuf[0]}:mailto:{yusuf[1]}',
              f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={colleen[0]}:mailto:{colleen[1]}',
              f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}',
              f'DESCRIPTION;LANGUAGE=en-US:{desc}', f'UID:{uid}',
              f'SUMMARY;LANGUAGE=en-US:Bramblecrest | {role} | Hiring Manager Interview | {OWNER_NAME}',
              f'DTSTART;TZID=Eastern Standard Time:{loc(st, NY)}', f'DTEND;TZID=Eastern Standard Time:{loc(en, NY)}',
              'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{zstamp(stamp)}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
              f'SEQUENCE:{seq}', 'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting',
              f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}', 'X-MICROSOFT-CDO-OWNERAPPTID:' + digits('c22own', 10),
              'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
              'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
              f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
              'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting',
              'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
              'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
        name = 'hiring-manager-interview' if i == 1 else 'hiring-manager-interview-updated'
        files[f'0{i}-{name}.ics'] = ics_text(L)
    e = s + timedelta(minutes=45)
    lab = label([iv('Bramblecrest', role, s, e, 'scheduled', [colleen[1]], [colleen[1]], 'hiring_manager')],
                'hard', 'positive/standalone-ics-reschedule',
                'Two standalone Outlook .ics files with Windows TZID "Eastern Standard Time", same UID, SEQUENCE 0 '
                'then 1: moved from Fri Oct 30 10:30 EDT to Mon Nov 2 10:30 EST (after the Nov 1 fall-back), so '
                'the UTC time changes by an extra hour. Coordinator organizes; hiring manager interviews.')
    return slug, files, lab


# =========================================================================== main
HEADER = ('# Labels for blind169 (written blind; generated by make_cases.py - do not edit by hand).\n'
          '# Schema and labelling rules: /work/shared/eval/README.md\n')


def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX + '-') and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        cid = f'{PREFIX}-{i:02d}-{slug}'
        os.makedirs(os.path.join(HERE, cid))
        for fname, text in sorted(files.items()):
            assert re.match(r'^\d\d-[a-z0-9-]+\.(eml|ics|gcal\.json)$', fname), fname
            write(os.path.join(HERE, cid, fname), text)
        labels[cid] = lab
    write(os.path.join(HERE, 'labels.yaml'),
          HEADER + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100))
    pos = sum(1 for l in labels.values() if l['interview'])
    ivs = [x for l in labels.values() for x in l['interviews']]
    print(f'{len(labels)} cases ({pos} positive, {len(labels) - pos} negative), {len(ivs)} interviews '
          f'({sum(x["status"] == "scheduled" for x in ivs)} scheduled, '
          f'{sum(x["status"] == "cancelled" for x in ivs)} cancelled)')


if __name__ == '__main__':
    main()
