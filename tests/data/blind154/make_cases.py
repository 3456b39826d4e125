#!/usr/bin/env python3
"""Regenerate the blind154 evaluation set (Swiss finance analyst, DE/FR/IT hiring mail).

Deterministic: fixed dates, Message-IDs, boundaries and UIDs (all derived from sha256 of fixed
seeds). Standard library + PyYAML only. Run:  python make_cases.py
It deletes and rewrites every b154-* folder and labels.yaml next to this file.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
ZH = ZoneInfo('Europe/Zurich')
NY = ZoneInfo('America/New_York')
UTC = timezone.utc
OWNER = 'celine.marti@example.com'
OWNER_NAME = 'Céline Marti'
ME = (OWNER_NAME, OWNER)

WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
DE_D = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
DE_M = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
        'Oktober', 'November', 'Dezember']
FR_D = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
FR_M = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
        'octobre', 'novembre', 'décembre']
IT_D = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica']
IT_M = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
        'settembre', 'ottobre', 'novembre', 'dicembre']
EN_D = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_M = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
        'October', 'November', 'December']


# --------------------------------------------------------------------------- time helpers
def T(y, m, d, h=0, mi=0, s=0, tz=ZH):
    return datetime(y, m, d, h, mi, s, tzinfo=tz)


def A(dt, wd):
    """Assert the weekday we name in the text."""
    assert WD[dt.weekday()] == wd, (dt, WD[dt.weekday()], wd)
    return dt


def de_long(dt):      # Dienstag, 17. März 2026
    return f'{DE_D[dt.weekday()]}, {dt.day}. {DE_M[dt.month - 1]} {dt.year}'


def de_short(dt):     # Dienstag, 17. März
    return f'{DE_D[dt.weekday()]}, {dt.day}. {DE_M[dt.month - 1]}'


def fr_long(dt):      # mardi 24 mars 2026
    return f'{FR_D[dt.weekday()]} {dt.day} {FR_M[dt.month - 1]} {dt.year}'


def it_short(dt):     # giovedì 9 aprile
    return f'{IT_D[dt.weekday()]} {dt.day} {IT_M[dt.month - 1]}'


def en_google(dt):    # Monday 30 Mar 2026
    return f'{EN_D[dt.weekday()]} {dt.day} {EN_M[dt.month - 1][:3]} {dt.year}'


def rfc(dt):
    return format_datetime(dt)


def lt(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def zt(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def gz(dt):           # Google API timestamp
    return dt.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z')


# --------------------------------------------------------------------------- id helpers
def hx(seed, n, upper=True):
    h = hashlib.sha256(seed.encode()).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    h = h[:n]
    return h.upper() if upper else h


def b62(seed, n):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    v = int(hashlib.sha256(seed.encode()).hexdigest() + hashlib.sha256(seed[::-1].encode()).hexdigest(), 16)
    out = ''
    for _ in range(n):
        v, r = divmod(v, 62)
        out += al[r]
    return out


def digits(seed, n):
    return str(int(hashlib.sha256(seed.encode()).hexdigest(), 16))[:n]


def guid(seed, upper=False):
    h = hx(seed, 32, upper)
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'


def mid_outlook(seed):
    d = digits(seed + 'd', 1)
    n = digits(seed + 'n', 4)
    return f'<ZR{d}P278MB{n}{hx(seed, 28)}@ZR{d}P278MB{n}.CHEP278.PROD.OUTLOOK.COM>'


def mid_gmail(seed):
    return f'<CA{b62(seed, 40)}+{b62(seed + "x", 6)}@mail.gmail.com>'


def mid_gcal(seed):
    return f'<calendar-{guid(seed)}@google.com>'


def mid_apple(seed, dom):
    return f'<{guid(seed, True)}@{dom}>'


def mid_ats(seed, dom):
    return f'<{hx(seed, 24, False)}.{digits(seed, 10)}@{dom}>'


def b_outlook(seed):
    return f'_000_{hx(seed, 24)}prodoutlookcom_'


def b_google(seed):
    return '000000000000' + hx(seed, 16, False)


def b_java(seed):
    return f'----=_Part_{digits(seed, 6)}_{digits(seed + "a", 9)}.{digits(seed + "b", 13)}'


def b_apple(seed):
    return f'Apple-Mail={guid(seed, True)}'


# --------------------------------------------------------------------------- MIME helpers
def ad(name, email):
    return formataddr((name, email), 'utf-8') if name else email


def ads(people):
    return ', '.join(ad(*p) for p in people)


def subj(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8', header_name='Subject').encode()


def enc(data, cte):
    if cte == 'quoted-printable':
        out = quopri.encodestring(data).decode('ascii')
    elif cte == 'base64':
        out = base64.encodebytes(data).decode('ascii')
    else:
        out = data.decode('utf-8')
    return out if out.endswith('\n') else out + '\n'


def leaf(ctype, text, cte='quoted-printable', extra=()):
    data = text if isinstance(text, bytes) else text.encode('utf-8')
    return ([('Content-Type', ctype), ('Content-Transfer-Encoding', cte), *extra], enc(data, cte))


def multi(subtype, boundary, parts):
    hdrs = [('Content-Type', f'multipart/{subtype};\n boundary="{boundary}"')]
    body = ''.join(f'--{boundary}\n{render(p)}\n' for p in parts) + f'--{boundary}--\n'
    return (hdrs, body)


def render(p):
    hdrs, body = p
    return ''.join(f'{k}: {v}\n' for k, v in hdrs) + '\n' + body


def to_html(text, style='font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt'):
    paras = text.strip('\n').split('\n\n')
    inner = ''.join('<p>' + '<br>\n'.join(html.escape(l, quote=False) for l in p.split('\n')) + '</p>\n'
                    for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="{style}">\n{inner}</div></body></html>\n')


def received(host, ip, dt, seed):
    return ('Received', f'from {host} ({host} [{ip}])\n\tby mx2.mail.example.com (Postfix) with ESMTPS id '
                        f'{hx(seed, 11)}\n\tfor <{OWNER}>; {rfc(dt + timedelta(seconds=4))}')


RELAY_MS = ('ZR1P278CU001.outbound.protection.outlook.com', '40.93.85.38')
RELAY_G = ('mail-sor-f73.google.com', '209.85.220.73')
RELAY_GW = ('mail-lf1-f54.google.com', '209.85.167.54')


def hdr(*, frm, to, subject, date, mid, relay, ret=None, cc=None, reply_to=None, irt=None, refs=None,
        sender=None, extra=()):
    h = [('Delivered-To', OWNER), received(relay[0], relay[1], date, mid),
         ('Return-Path', f'<{ret or frm[1]}>'), ('From', ad(*frm))]
    if sender:
        h.append(('Sender', ad(*sender)))
    h.append(('To', ads(to)))
    if cc:
        h.append(('Cc', ads(cc)))
    if reply_to:
        h.append(('Reply-To', ad(*reply_to)))
    h += [('Subject', subj(subject)), ('Date', rfc(date)), ('Message-ID', mid)]
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', refs))
    h += list(extra)
    return h


def write_eml(path, hdrs, part):
    ph, body = part
    out = (''.join(f'{k}: {v}\n' for k, v in hdrs) + 'MIME-Version: 1.0\n'
           + ''.join(f'{k}: {v}\n' for k, v in ph) + '\n' + body)
    path.write_bytes(out.encode('utf-8'))


def ms_extra(topic, seed, lang='de-CH', cal=False, attach=False):
    ex = [('Thread-Topic', subj(topic)),
          ('Thread-Index', base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()),
          ('Accept-Language', f'{lang}, en-US'), ('Content-Language', lang),
          ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', '')]
    if cal:
        ex.append(('Content-class', 'urn:content-classes:calendarmessage'))
    return ex


# --------------------------------------------------------------------------- iCalendar helpers
def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


def fold(line):
    b = line.encode('utf-8')
    out = []
    lim = 75
    while len(b) > lim:
        cut = lim
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        lim = 74
    out.append(b)
    return b'\r\n '.join(out).decode('utf-8')


def ics(lines):
    return ''.join(fold(l) + '\r\n' for l in lines)


VTZ_WIN = ['BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T030000',
           'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
           'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
           'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
           'END:VTIMEZONE']
VTZ_ZH = ['BEGIN:VTIMEZONE', 'TZID:Europe/Zurich', 'X-LIC-LOCATION:Europe/Zurich', 'BEGIN:DAYLIGHT',
          'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:19700329T020000',
          'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0200',
          'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
          'END:STANDARD', 'END:VTIMEZONE']


def exch_uid(seed):
    return '040000008200E00074C5B7101A82E00800000000' + hx(seed, 16) + '000000000000000010000000' + hx(seed + 'u', 32)


def exch_cal(method, uid, summary, start, end, org, attendees, stamp, seq=0, desc='', location='',
             teams_url=None, lang='de-CH'):
    cancel = method == 'CANCEL'
    L = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
         *VTZ_WIN, 'BEGIN:VEVENT', f'ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}']
    for name, email, role, ps in attendees:
        L.append(f'ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn(name)}:mailto:{email}')
    L += [f'DESCRIPTION;LANGUAGE={lang}:{esc(desc)}', f'UID:{uid}', f'SUMMARY;LANGUAGE={lang}:{esc(summary)}',
          f'DTSTART;TZID=W. Europe Standard Time:{lt(start)}', f'DTEND;TZID=W. Europe Standard Time:{lt(end)}',
          'CLASS:PUBLIC', f'PRIORITY:{1 if cancel else 5}', f'DTSTAMP:{zt(stamp)}', 'TRANSP:OPAQUE',
          f'STATUS:{"CANCELLED" if cancel else "CONFIRMED"}', f'SEQUENCE:{seq}',
          f'LOCATION;LANGUAGE={lang}:{esc(location)}', f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
          f'X-MICROSOFT-CDO-OWNERAPPTID:{digits(uid, 10)}',
          f'X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if cancel else "TENTATIVE"}',
          f'X-MICROSOFT-CDO-INTENDEDSTATUS:{"FREE" if cancel else "BUSY"}', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
          f'X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}', 'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams_url:
        L += [f'X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}',
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}',
              'X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams-Besprechung']
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT']
    if not cancel:
        L += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def google_cal(method, uid, summary, start, end, org, attendees, stamp, created, seq=0, desc='',
               location='', meet=None):
    cancel = method == 'CANCEL'
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT', f'DTSTART:{zt(start)}', f'DTEND:{zt(end)}',
         f'DTSTAMP:{zt(stamp)}', f'ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}', f'UID:{uid}']
    for name, email, ps in attendees:
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;'
                 f'CN={cn(name or email)};X-NUM-GUESTS=0:mailto:{email}')
    if meet and not cancel:
        L.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    L += [f'CREATED:{zt(created)}', f'DESCRIPTION:{esc(desc)}', f'LAST-MODIFIED:{zt(stamp)}',
          f'LOCATION:{esc(location)}', f'SEQUENCE:{seq}', f'STATUS:{"CANCELLED" if cancel else "CONFIRMED"}',
          f'SUMMARY:{esc(summary)}', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def std_cal(prodid, method, uid, summary, start, end, org, attendees, stamp, seq=0, desc='', location='',
            utc=False):
    L = ['BEGIN:VCALENDAR', f'PRODID:{prodid}', 'VERSION:2.0', f'METHOD:{method}']
    if not utc:
        L += VTZ_ZH
    L += ['BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{zt(stamp)}']
    if utc:
        L += [f'DTSTART:{zt(start)}', f'DTEND:{zt(end)}']
    else:
        L += [f'DTSTART;TZID=Europe/Zurich:{lt(start)}', f'DTEND;TZID=Europe/Zurich:{lt(end)}']
    L += [f'SUMMARY:{esc(summary)}', f'DESCRIPTION:{esc(desc)}', f'LOCATION:{esc(location)}',
          f'ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}']
    for name, email, role, ps in attendees:
        L.append(f'ATTENDEE;CN={cn(name)};ROLE={role};PARTSTAT={ps};RSVP=TRUE:mailto:{email}')
    L += [f'SEQUENCE:{seq}', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def teams_block(seed):
    url = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b62(seed, 43)}%40thread.v2/0?context='
           f'%7b%22Tid%22%3a%22{guid(seed + "t")}%22%2c%22Oid%22%3a%22{guid(seed + "o")}%22%7d')
    mid = digits(seed + 'm', 12)
    text = ('_' * 80 + '\n'
            'Microsoft Teams-Besprechung\n'
            'Nehmen Sie auf Ihrem Computer, in der mobilen App oder auf einem Raumgerät teil\n'
            f'Hier klicken, um an der Besprechung teilzunehmen<{url}>\n'
            f'Besprechungs-ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}\n'
            f'Passcode: {b62(seed + "p", 6)}\n'
            'Teams herunterladen<https://www.microsoft.com/de-ch/microsoft-teams/download-app> | '
            'Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Weitere Infos<https://aka.ms/JoinTeamsMeeting?omkt=de-CH>\n'
            + '_' * 80 + '\n')
    return url, text


# --------------------------------------------------------------------------- message builders
def outlook_mail(path, *, frm, to, subject, date, body, seed, cc=None, irt=None, refs=None,
                 cte='quoted-printable', lang='de-CH', reply_to=None, attachments=()):
    mid = mid_outlook(seed)
    part = multi('alternative', b_outlook(seed),
                 [leaf('text/plain; charset="utf-8"', body, cte), leaf('text/html; charset="utf-8"', to_html(body), cte)])
    if attachments:
        part = multi('mixed', b_outlook(seed + 'mixed'), [part, *attachments])
    h = hdr(frm=frm, to=to, cc=cc, subject=subject, date=date, mid=mid, relay=RELAY_MS, irt=irt, refs=refs,
            reply_to=reply_to, extra=ms_extra(subject, seed, lang, attach=bool(attachments)))
    write_eml(path, h, part)
    return mid


def outlook_invite(path, *, frm, to, subject, date, body, seed, cal, method='REQUEST', cc=None, lang='de-CH'):
    mid = mid_outlook(seed)
    part = multi('alternative', b_outlook(seed), [
        leaf('text/plain; charset="utf-8"', body),
        leaf('text/html; charset="utf-8"', to_html(body, 'font-family:Aptos,Calibri,sans-serif;font-size:11pt')),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, 'base64')])
    h = hdr(frm=frm, to=to, cc=cc, subject=subject, date=date, mid=mid, relay=RELAY_MS,
            extra=ms_extra(subject, seed, lang, cal=True))
    write_eml(path, h, part)
    return mid


def google_invite(path, *, org, guests, summary, start, end, date, uid, seq, method, desc, seed,
                  created, location='', meet=None, note=None, updated=False):
    tzabbr = start.tzname()
    tzlong = 'Central European Summer Time' if tzabbr == 'CEST' else 'Central European Standard Time'
    when_s = f'{WD[start.weekday()]} {start.day} {EN_M[start.month - 1][:3]} {start.year} {start:%H:%M} - {end:%H:%M} ({tzabbr})'
    when_l = f'{en_google(start)} ⋅ {start:%H:%M} – {end:%H:%M} ({tzlong} - Zurich)'
    if method == 'CANCEL':
        pre = 'Canceled event with note' if note else 'Canceled event'
    else:
        pre = 'Updated invitation' if updated else 'Invitation'
    subject = f'{pre}: {summary} @ {when_s} ({OWNER})'
    eid = base64.urlsafe_b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    lines = []
    if method == 'CANCEL':
        lines += ['This event has been cancelled and removed from your calendar.' if not note else
                  'This event has been cancelled with a note:', '']
        if note:
            lines += [f'"{note}"', '']
    lines += [summary, when_l, '']
    if meet and method != 'CANCEL':
        lines += ['Join with Google Meet', f'https://meet.google.com/{meet}', '']
    if location:
        lines += ['Location', location, f'https://www.google.com/maps/search/{location.replace(" ", "+")}?hl=en', '']
    if desc and method != 'CANCEL':
        lines += [desc, '']
    lines += ['Guests']
    for name, email, _ in guests:
        label = name or email
        lines.append(f'{label} - organiser' if email == org[1] else label)
    if method != 'CANCEL':
        lines += [f'View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}', '',
                  f'Reply for {OWNER}', f'Yes https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1',
                  f'No https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2',
                  f'Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3']
    lines += ['', 'Invitation from Google Calendar: https://calendar.google.com/calendar/', '',
              'You are receiving this email because you are an attendee on the event.'
              + (' To stop receiving future updates for this event, decline this event.' if method != 'CANCEL' else ''),
              '', 'Forwarding this invitation could allow any recipient to send a response to the organiser, be added '
              'to the guest list, invite others regardless of their own invitation status or modify your RSVP. '
              'Learn more https://support.google.com/calendar/answer/37135#forwarding', '']
    text = '\n'.join(lines)
    cal = google_cal(method, uid, summary, start, end, org, guests, date, created, seq, desc, location, meet)
    inner = multi('alternative', b_google(seed + 'alt'), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, 'base64'),
        leaf('text/html; charset="UTF-8"', to_html(text, 'font-family:Roboto,Helvetica,Arial,sans-serif')),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal.replace('\r\n', '\n'), '7bit')])
    att = leaf('application/ics; name="invite.ics"', cal, 'base64',
               [('Content-Disposition', 'attachment; filename="invite.ics"')])
    part = multi('mixed', b_google(seed), [inner, att])
    mid = mid_gcal(seed)
    h = hdr(frm=org, to=[(None, OWNER)], subject=subject, date=date, mid=mid, relay=RELAY_G,
            ret=f'3{b62(seed + "r", 20)}@calendar-server.bounces.google.com', reply_to=org,
            sender=('Google Calendar', 'calendar-notification@google.com'))
    write_eml(path, h, part)
    return mid


def java_mail(path, *, frm, to, subject, date, body, seed, relay, dom, reply_to=None, attachments=(),
              html_style='font-family:Arial,sans-serif;font-size:10pt', extra=()):
    """ATS/vendor mail (Refline, SuccessFactors, Workday, HireVue ...): JavaMail-style boundaries."""
    part = multi('alternative', b_java(seed), [leaf('text/plain; charset=UTF-8', body),
                                               leaf('text/html; charset=UTF-8', to_html(body, html_style))])
    if attachments:
        part = multi('mixed', b_java(seed + 'mixed'), [part, *attachments])
    mid = mid_ats(seed, dom)
    h = hdr(frm=frm, to=to, subject=subject, date=date, mid=mid, relay=relay, ret=f'bounce+{hx(seed, 8, False)}@{dom}',
            reply_to=reply_to, extra=[('Auto-Submitted', 'auto-generated'), *extra])
    write_eml(path, h, part)
    return mid


def ics_attachment(cal, name, method='REQUEST'):
    return leaf(f'text/calendar; charset="utf-8"; method={method}; name="{name}"', cal, 'base64',
                [('Content-Disposition', f'attachment; filename="{name}"')])


# --------------------------------------------------------------------------- labels
def I(company, role, s, e, status, ivs, fus, kind):
    return {'company': company, 'role': role, 'start': s.isoformat(), 'end': e.isoformat() if e else None,
            'status': status, 'interviewer_emails': list(ivs), 'followup_recipients': list(fus), 'kind': kind}


def L(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews, 'difficulty': difficulty,
            'category': category, 'notes': notes, 'source': 'synthetic'}


# =========================================================================== cases
def c01(d):
    """Refline invitation from a private bank, body only + Refline confirmation with .ics (one interview)."""
    co, dom = 'Limmattal Privatbank AG', 'limmattal-privatbank.example'
    role = 'Financial Analyst FP&A (80–100%)'
    cs = ('Corinne Steiner', f'corinne.steiner@{dom}')
    sent = A(T(2026, 3, 5, 16, 42, 10), 'Thu')
    s = A(T(2026, 3, 17, 14, 0), 'Tue')
    e = s + timedelta(hours=1)
    relay = ('mta02.refline.ch', '185.72.168.21')
    body = f"""Guten Tag Frau Marti

Vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an der {co}.

Ihr Dossier hat uns angesprochen und wir möchten Sie gerne persönlich kennenlernen. Deshalb laden wir Sie zu einem Vorstellungsgespräch ein, und zwar am {de_short(s)} um {s:%H.%M} Uhr.

Gesprächspartner: Herr Reto Imhof, Leiter Finanzplanung & Controlling
Dauer: ca. 1 Stunde
Ort: {co}, Löwenstrasse 29, 8001 Zürich (bitte melden Sie sich am Empfang im 3. OG)

Bitte bestätigen Sie den Termin über den Link in Ihrem Bewerberkonto oder mit einer kurzen Antwort auf diese E-Mail. Sollte der Termin nicht passen, erreichen Sie mich unter +41 44 218 47 30 oder {cs[1]}.

Wir freuen uns auf das Gespräch mit Ihnen.

Freundliche Grüsse

Corinne Steiner
HR Business Partner

{co}
Löwenstrasse 29 | Postfach | 8021 Zürich
www.{dom}

Ihr Bewerberkonto: https://apply.refline.ch/873412/candidate/login
"""
    java_mail(d / '01-refline-einladung-vorstellungsgespraech.eml', frm=(co, 'noreply@refline.ch'), to=[ME],
              subject=f'Einladung zum Vorstellungsgespräch – {role}', date=sent, body=body, seed='c01-1',
              relay=relay, dom='refline.ch', reply_to=cs)
    sent2 = A(T(2026, 3, 6, 7, 58, 33), 'Fri')
    body2 = f"""Guten Tag Céline Marti

Vielen Dank. Sie haben folgenden Termin bestätigt:

Vorstellungsgespräch – {role}
Datum: {s:%d.%m.%Y}
Zeit: {s:%H:%M} – {e:%H:%M}
Ort: Löwenstrasse 29, 8001 Zürich

Den Termin können Sie mit der angehängten Datei in Ihren Kalender übernehmen.

Diese Nachricht wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.

{co}
"""
    cal = std_cal('-//Refline AG//Refline Recruiting//DE', 'PUBLISH', f'{hx("c01uid", 20, False)}@refline.ch',
                  f'Vorstellungsgespräch {co}', s, e, cs, [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'ACCEPTED')],
                  sent2, desc=f'Vorstellungsgespräch – {role}\nGesprächspartner: Reto Imhof',
                  location=f'{co}, Löwenstrasse 29, 8001 Zürich')
    java_mail(d / '02-refline-terminbestaetigung.eml', frm=(co, 'noreply@refline.ch'), to=[ME],
              subject=f'Terminbestätigung: Vorstellungsgespräch {co}', date=sent2, body=body2, seed='c01-2',
              relay=relay, dom='refline.ch', attachments=[ics_attachment(cal, 'Termin.ics', 'PUBLISH')])
    return L([I(co, role, s, e, 'scheduled', [], [cs[1]], 'hiring_manager')], 'easy',
             'positive/ats-email-body+confirmation',
             'Refline invitation "am Dienstag, 17. März um 14.00 Uhr" (year from Date) with ca. 1 Stunde, plus '
             'Refline confirmation with .ics = ONE interview. Interviewer Reto Imhof has no address -> follow-up to '
             'the HR business partner given in Reply-To/body.')


def c02(d):
    """SuccessFactors notification + Teams invite from the hiring manager (dedupe), after the DST switch."""
    co, dom = 'Alpenlicht Versicherungen AG', 'alpenlicht.example'
    role = 'Senior Analyst Investment Controlling'
    hm = ('Martin Schällibaum', f'martin.schaellibaum@{dom}')
    sent = A(T(2026, 3, 23, 9, 12, 44), 'Mon')
    s = A(T(2026, 4, 1, 9, 30), 'Wed')
    e = s + timedelta(hours=1)
    assert s.utcoffset() == timedelta(hours=2)
    body = f"""Sehr geehrte Frau Marti

Wir freuen uns, Ihnen mitzuteilen, dass Ihr Interview für die Stelle {role} (Req. 48213) geplant wurde.

Interviewdetails
Datum: {s:%d.%m.%Y}
Uhrzeit: {s:%H:%M} - {e:%H:%M} (GMT+02:00) Mitteleuropäische Sommerzeit (Europe/Zurich)
Interviewer: Martin Schällibaum, Head Investment Controlling
Ort: Microsoft Teams (Sie erhalten separat eine Einladung mit dem Link)

Bei Fragen wenden Sie sich bitte an Nadine Roth, Talent Acquisition (nadine.roth@{dom}).

Freundliche Grüsse
Ihr Recruiting-Team {co}

Diese E-Mail wurde automatisch von SAP SuccessFactors generiert. Bitte antworten Sie nicht auf diese E-Mail.
"""
    java_mail(d / '01-successfactors-interview-geplant.eml', frm=('Alpenlicht Versicherungen', 'noreply@successfactors.eu'),
              to=[ME], subject=f'Ihr Interview wurde geplant: {role}', date=sent, body=body, seed='c02-1',
              relay=('mail13.successfactors.eu', '155.56.208.113'), dom='successfactors.eu',
              extra=[('X-SF-Company', 'alpenlichtP')])
    sent2 = A(T(2026, 3, 23, 9, 40, 2), 'Mon')
    url, tb = teams_block('c02teams')
    text = f"""Guten Tag Frau Marti

Wie von unserem Recruiting angekündigt, hier die Teams-Einladung für unser Erstgespräch. Ich freue mich auf den Austausch.

Beste Grüsse
Martin Schällibaum
Head Investment Controlling | {co}

{tb}"""
    subject = f'Erstgespräch {role} – Céline Marti'
    cal = exch_cal('REQUEST', exch_uid('c02'), subject, s, e, hm, [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                   sent2, desc=text, location='Microsoft Teams-Besprechung', teams_url=url)
    outlook_invite(d / '02-teams-erstgespraech.eml', frm=hm, to=[ME], subject=subject, date=sent2, body=text,
                   seed='c02-2', cal=cal)
    return L([I(co, role, s, e, 'scheduled', [hm[1]], [hm[1]], 'hiring_manager')], 'medium',
             'positive/dedupe-ats+teams',
             'SuccessFactors "Interview geplant" (01.04.2026 09:30-10:30 GMT+02:00) and the hiring manager\'s Teams '
             'invite (W. Europe Standard Time, after the 29 March switch) are ONE interview. Nadine Roth is only the '
             'contact for questions.')


def c03(d):
    """Workday entretien in Geneva, moved by e-mail across the DST switch (fr)."""
    co, dom = 'Banque Rhodanienne SA', 'banque-rhodanienne.example'
    role = 'Analyste Risk Controlling'
    jp = ('Julien Perrenoud', f'julien.perrenoud@{dom}')
    cdf = ('Claire Dubois-Favre', f'claire.dubois-favre@{dom}')
    wd_from = ('Banque Rhodanienne', 'banquerhodanienne@myworkday.com')
    sent = A(T(2026, 3, 10, 14, 5, 31), 'Tue')
    s0 = A(T(2026, 3, 24, 10, 30), 'Tue')
    e0 = s0 + timedelta(minutes=45)
    body = f"""Bonjour Céline,

Nous avons le plaisir de vous inviter à un entretien pour le poste {role} (R-10457).

Date : {fr_long(s0)}
Heure : {s0:%H:%M} - {e0:%H:%M} (CET)
Lieu : {co}, Rue du Rhône 48, 1204 Genève – réception au rez-de-chaussée
Interlocutrice : Claire Dubois-Favre, Responsable Risk Controlling

Vous trouverez l'invitation en pièce jointe. Pour toute question, Julien Perrenoud (Talent Acquisition) reste à votre disposition.

Vous pouvez suivre l'état de votre candidature dans votre compte candidat :
https://wd3.myworkdaysite.com/recruiting/banquerhodanienne/Careers

Cordialement,
Talent Acquisition – {co}

Ceci est un message automatique, merci de ne pas y répondre.
"""
    cal = std_cal('-//Workday Inc//Workday Calendar//EN', 'REQUEST', f'{hx("c03uid", 32, False)}@myworkday.com',
                  f'Entretien – {role} – {co}', s0, e0, wd_from,
                  [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')], sent,
                  desc=f'Entretien avec Claire Dubois-Favre, Responsable Risk Controlling.', utc=True,
                  location='Rue du Rhône 48, 1204 Genève')
    m1 = java_mail(d / '01-workday-invitation-entretien.eml', frm=wd_from, to=[ME],
                   subject=f'Invitation à un entretien – {role} (R-10457)', date=sent, body=body, seed='c03-1',
                   relay=('mx3.myworkday.com', '199.91.140.53'), dom='myworkday.com',
                   attachments=[ics_attachment(cal, 'invite.ics')])
    sent2 = A(T(2026, 3, 18, 17, 20, 9), 'Wed')
    s = A(T(2026, 4, 2, 11, 0), 'Thu')
    e = s + timedelta(minutes=45)
    assert s.utcoffset() == timedelta(hours=2) and s0.utcoffset() == timedelta(hours=1)
    subj2 = f'Entretien {role} – changement de date'
    body2 = f"""Madame Marti,

Je me permets de revenir vers vous au sujet de votre entretien du {FR_D[s0.weekday()]} {s0.day} mars à 10h30. Mme Dubois-Favre (en copie) doit malheureusement s'absenter ce jour-là.

Serait-il possible de déplacer l'entretien au {FR_D[s.weekday()]} {s.day} avril à 11h00 ? Le lieu et la durée (45 minutes) restent inchangés.

Je vous remercie d'avance de votre retour et vous prie d'excuser ce changement.

Meilleures salutations,

Julien Perrenoud
Talent Acquisition Partner
{co} | Rue du Rhône 48 | 1204 Genève
T +41 22 818 36 52
"""
    m2 = outlook_mail(d / '02-perrenoud-changement-de-date.eml', frm=jp, to=[ME], cc=[cdf], subject=subj2, date=sent2,
                      body=body2, seed='c03-2', lang='fr-CH')
    mine = mid_apple('c03-me', 'example.com')
    sent3 = A(T(2026, 3, 19, 9, 2, 47), 'Thu')
    body3 = f"""Madame Marti,

Merci pour votre retour rapide. C'est noté : nous vous attendons le {FR_D[s.weekday()]} {s.day} avril à 11h00 à la réception. Mme Dubois-Favre se réjouit de faire votre connaissance.

Meilleures salutations,

Julien Perrenoud
Talent Acquisition Partner
{co}

De : Céline Marti <{OWNER}>
Envoyé : mercredi, 18 mars 2026 21:14
À : Julien Perrenoud <{jp[1]}>
Cc : Claire Dubois-Favre <{cdf[1]}>
Objet : Re: {subj2}

Bonjour Monsieur Perrenoud,

Aucun souci, le {FR_D[s.weekday()]} {s.day} avril à 11h00 me convient très bien.

Bonne soirée,
Céline Marti

> Le 18 mars 2026 à 17:20, Julien Perrenoud <{jp[1]}> a écrit :
>
> Madame Marti,
>
> Je me permets de revenir vers vous au sujet de votre entretien du {FR_D[s0.weekday()]} {s0.day} mars à 10h30. [...]
"""
    outlook_mail(d / '03-perrenoud-confirmation.eml', frm=jp, to=[ME], cc=[cdf], subject=f'RE: {subj2}', date=sent3,
                 body=body3, seed='c03-3', lang='fr-CH', irt=mine, refs=f'{m2} {mine}')
    return L([I(co, role, s, e, 'scheduled', [cdf[1]], [cdf[1]], 'hiring_manager')], 'hard', 'positive/reschedule',
             'Workday invite for mardi 24 mars 10:30 CET (.ics in UTC) moved by the recruiter to jeudi 2 avril 11h00, '
             'confirmed; the move crosses the 29 March switch (+01:00 -> +02:00). Duration 45 min unchanged. '
             'Interviewer Claire Dubois-Favre is in Cc.')


def c04(d):
    """Assessment center day with an interview inside it = one onsite."""
    co, dom = 'Glattal Bank AG', 'glattalbank.example'
    role = 'Teamleiterin Financial Reporting (100%)'
    mz = ('Melanie Zürcher', f'melanie.zuercher@{dom}')
    dr = ('Daniela Rüegg', f'daniela.rueegg@{dom}')
    ph = ('Patrick Hug', f'patrick.hug@{dom}')
    sent = A(T(2026, 4, 7, 10, 3, 15), 'Tue')
    day = A(T(2026, 4, 21), 'Tue')
    s = T(2026, 4, 21, 8, 30)
    e = T(2026, 4, 21, 15, 0)
    body = f"""Guten Tag Frau Marti

Herzlichen Dank für das interessante Erstgespräch. Gerne laden wir Sie zur zweiten Runde im Auswahlverfahren für die Stelle {role} ein. Diese findet in Form eines eintägigen Assessment Centers statt.

Datum: {de_long(day)}
Ort: {co}, Schaffhauserstrasse 550, 8052 Zürich, Sitzungszimmer «Katzensee», 2. OG

Programm
08.30 – 09.00 Uhr  Begrüssung und Einführung (Patrick Hug, Personalentwicklung)
09.00 – 10.30 Uhr  Postkorbübung
10.45 – 11.45 Uhr  Fallstudie «Quartalsabschluss» mit Präsentation vor den Assessoren
12.00 – 13.00 Uhr  Mittagessen mit Mitgliedern des Teams
13.15 – 14.15 Uhr  Interview mit Daniela Rüegg (Leiterin Finanzen) und Patrick Hug
14.30 – 15.00 Uhr  Abschlussgespräch und erstes Feedback

Die Assessoren sind Frau Daniela Rüegg und Herr Patrick Hug. Eine Vorbereitung ist nicht nötig; Laptop und Taschenrechner stellen wir zur Verfügung. Ihre Reisekosten werden vergütet.

Sie erhalten von mir zusätzlich eine Kalendereinladung. Bei Fragen stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse

Melanie Zürcher
Recruiting & Employer Branding
{co}
Telefon +41 44 839 12 40
"""
    outlook_mail(d / '01-zuercher-einladung-assessment-center.eml', frm=mz, to=[ME],
                 subject=f'Einladung Assessment Center – {role}', date=sent, body=body, seed='c04-1')
    sent2 = A(T(2026, 4, 7, 10, 16, 52), 'Tue')
    text = f"""Guten Tag Frau Marti

Hier die Kalendereinladung für das Assessment Center. Das detaillierte Programm finden Sie in meiner E-Mail von heute Morgen.

Freundliche Grüsse
Melanie Zürcher
"""
    subject = f'Assessment Center {role} – C. Marti'
    cal = exch_cal('REQUEST', exch_uid('c04'), subject, s, e, mz,
                   [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'),
                    (dr[0], dr[1], 'REQ-PARTICIPANT', 'ACCEPTED'), (ph[0], ph[1], 'REQ-PARTICIPANT', 'ACCEPTED')],
                   sent2, desc=text, location='Schaffhauserstrasse 550, 8052 Zürich, Sitzungszimmer Katzensee')
    outlook_invite(d / '02-einladung-assessment-center.eml', frm=mz, to=[ME, dr, ph], subject=subject, date=sent2,
                   body=text, seed='c04-2', cal=cal)
    return L([I(co, role, s, e, 'scheduled', [dr[1], ph[1]], [dr[1], ph[1]], 'onsite')], 'hard',
             'positive/assessment-center-onsite',
             'One-day assessment center (live sessions with assessors, interview 13.15-14.15 inside it) = ONE onsite '
             'from 08.30 to 15.00 (matches the invite). Assessors Rüegg and Hug are the interviewers; Zürcher only '
             'coordinates. The past "Erstgespräch" has no date and is not labelled.')


def c05(d):
    """Telephone Erstgespräch then on-site Zweitgespräch at a reinsurer: two interviews."""
    co, dom = 'Mythenquai Rückversicherung AG', 'mythenquai-re.example'
    role = 'Financial Analyst Capital Management'
    so = ('Sabrina Odermatt', f'sabrina.odermatt@{dom}')
    tk = ('Thomas Kälin', f'thomas.kaelin@{dom}')
    ab = ('Aline Bosshard', f'aline.bosshard@{dom}')
    sent = A(T(2026, 3, 2, 11, 30, 5), 'Mon')
    s1 = A(T(2026, 3, 5, 16, 0), 'Thu')
    e1 = s1 + timedelta(minutes=30)
    body = f"""Guten Tag Frau Marti

Besten Dank für Ihre Bewerbung als {role} und für das kurze Telefonat vorhin.

Wie besprochen rufe ich Sie für ein telefonisches Erstgespräch am {DE_D[s1.weekday()]}, {s1.day}.{s1.month}.{s1.year}, um {s1:%H.%M} Uhr auf Ihrer Mobilnummer an. Planen Sie bitte rund 30 Minuten ein. Wir sprechen über Ihren Werdegang, Ihre Motivation und die Rahmenbedingungen der Stelle.

Freundliche Grüsse

Sabrina Odermatt
Senior Talent Acquisition Specialist
{co}
Mythenquai 10, 8002 Zürich
"""
    outlook_mail(d / '01-odermatt-telefonisches-erstgespraech.eml', frm=so, to=[ME],
                 subject=f'Telefonisches Erstgespräch – {role}', date=sent, body=body, seed='c05-1')
    sent2 = A(T(2026, 3, 9, 15, 10, 40), 'Mon')
    s2 = A(T(2026, 3, 25, 10, 0), 'Wed')
    e2 = T(2026, 3, 25, 11, 30)
    body2 = f"""Guten Tag Frau Marti

Nochmals vielen Dank für das angenehme Telefongespräch vom letzten Donnerstag. Gerne möchten wir Sie zu einem Zweitgespräch einladen:

{de_long(s2)}, {s2:%H.%M} – {e2:%H.%M} Uhr
{co}, Mythenquai 10, 8002 Zürich (Empfang Haus B)

Sie treffen Thomas Kälin, Head Capital Management, und Aline Bosshard, Senior Capital Analyst, die ich beide in Kopie setze. Ich selbst bin bei diesem Gespräch nicht dabei. Teil des Gesprächs ist eine kurze Fallbesprechung (ca. 20 Minuten) zur SST-Kapitalplanung; die Unterlagen erhalten Sie vor Ort.

Bitte bestätigen Sie mir den Termin kurz.

Freundliche Grüsse

Sabrina Odermatt
Senior Talent Acquisition Specialist
{co}
"""
    outlook_mail(d / '02-odermatt-einladung-zweitgespraech.eml', frm=so, to=[ME], cc=[tk, ab],
                 subject=f'Einladung zum Zweitgespräch – {role}', date=sent2, body=body2, seed='c05-2', cte='base64')
    return L([I(co, role, s1, e1, 'scheduled', [so[1]], [so[1]], 'phone_screen'),
              I(co, role, s2, e2, 'scheduled', [tk[1], ab[1]], [tk[1], ab[1]], 'onsite')], 'medium',
             'positive/two-interviews',
             'Recruiter phone screen "Donnerstag, 5.3.2026, um 16.00 Uhr" (~30 min, recruiter calls) and a separate '
             'Zweitgespräch 25.3. 10.00-11.30 with two interviewers in Cc (panel -> onsite). Second mail body is base64.')


def c06(d):
    """Italian propose/confirm thread (Lugano): two slots offered, the second one confirmed."""
    co, dom = 'Banca del Malcantone SA', 'banca-malcantone.example'
    role = 'Analista finanziaria Controlling (80-100%)'
    gb = ('Giulia Bernasconi', f'giulia.bernasconi@{dom}')
    sent = A(T(2026, 4, 2, 9, 15, 22), 'Thu')
    o1 = A(T(2026, 4, 8, 10, 0), 'Wed')
    s = A(T(2026, 4, 9, 15, 0), 'Thu')
    e = s + timedelta(minutes=45)
    subj1 = 'Colloquio conoscitivo – Analista finanziaria Controlling'
    body1 = f"""Gentile signora Marti,

la ringraziamo per la sua candidatura per la posizione di {role} presso la nostra sede di Lugano.

Saremmo lieti di conoscerla in un primo colloquio conoscitivo in videoconferenza (Microsoft Teams). Le proponiamo le seguenti date:

- {it_short(o1)} alle ore {o1:%H:%M}
- {it_short(s)} alle ore {s:%H:%M}

Il colloquio durerà circa 45 minuti e lo condurrò io personalmente. Mi faccia sapere quale data preferisce.

Cordiali saluti

Giulia Bernasconi
Responsabile Selezione del Personale
{co}
Via Pretorio 14, 6900 Lugano
Tel. +41 91 911 72 05
"""
    m1 = outlook_mail(d / '01-bernasconi-proposta-date.eml', frm=gb, to=[ME], subject=subj1, date=sent, body=body1,
                      seed='c06-1', lang='it-CH')
    mine = mid_apple('c06-me', 'example.com')
    sent2 = A(T(2026, 4, 3, 8, 31, 9), 'Fri')
    body2 = f"""Gentile signora Marti,

perfetto, le confermo il colloquio di {it_short(s)} alle ore {s:%H:%M} (ora svizzera). Il link Teams le arriverà in giornata.

Cordiali saluti
Giulia Bernasconi

Da: Céline Marti <{OWNER}>
Inviato: giovedì 2 aprile 2026 18:47
A: Giulia Bernasconi <{gb[1]}>
Oggetto: Re: {subj1}

Buongiorno signora Bernasconi,

grazie mille per l'invito. {it_short(s).capitalize()} alle {s:%H:%M} mi va benissimo.

Cordiali saluti
Céline Marti

Da: Giulia Bernasconi <{gb[1]}>
Inviato: giovedì 2 aprile 2026 09:15
A: Céline Marti <{OWNER}>
Oggetto: {subj1}

Gentile signora Marti,

la ringraziamo per la sua candidatura [...] Le proponiamo le seguenti date:

- {it_short(o1)} alle ore {o1:%H:%M}
- {it_short(s)} alle ore {s:%H:%M}

Il colloquio durerà circa 45 minuti e lo condurrò io personalmente.
"""
    outlook_mail(d / '02-bernasconi-conferma.eml', frm=gb, to=[ME], subject=f'R: {subj1}', date=sent2, body=body2,
                 seed='c06-2', lang='it-CH', irt=mine, refs=f'{m1} {mine}')
    return L([I(co, role, s, e, 'scheduled', [gb[1]], [gb[1]], 'phone_screen')], 'medium',
             'positive/thread-propose-confirm-it',
             'Italian thread: two slots proposed (mercoledì 8 aprile 10:00 / giovedì 9 aprile 15:00), candidate picks '
             'Thursday, recruiter confirms. Recruiter conducts the 45-minute video call herself.')


def c07(d):
    """Recruiter mail with relative date + Google Calendar invite (UTC in .ics) right after the DST switch."""
    co, dom = 'Sihlquai Analytics AG', 'sihlquai-analytics.example'
    role = 'Finance Analyst (Treasury & FP&A)'
    hk = ('Hannah Keller', f'hannah@{dom}')
    ja = ('Jonas Aebischer', f'jonas.aebischer@{dom}')
    sent = A(T(2026, 3, 25, 8, 47, 30), 'Wed')
    s = A(T(2026, 3, 30, 17, 0), 'Mon')
    e = s + timedelta(minutes=45)
    assert s.utcoffset() == timedelta(hours=2) and sent.utcoffset() == timedelta(hours=1)
    body = f"""Hi Céline,

Thanks for sending over your availability. As discussed, the next step is a 45-minute conversation with Jonas Aebischer, our CFO and the hiring manager for the {role} role.

Jonas is free next Monday at 5pm Zurich time, so I've pencilled that in. He'll send you a calendar invite with a Google Meet link shortly.

Best,
Hannah

--
Hannah Keller
People & Talent | {co}
Sihlquai 253, 8005 Zürich
"""
    m = mid_gmail('c07-1')
    part = multi('alternative', b_google('c07-1'), [leaf('text/plain; charset="UTF-8"', body),
                                                    leaf('text/html; charset="UTF-8"', to_html(body, 'font-family:Arial'))])
    write_eml(d / '01-hannah-next-step.eml',
              hdr(frm=hk, to=[ME], subject=f'Next step: chat with Jonas ({role})', date=sent, mid=m, relay=RELAY_GW),
              part)
    sent2 = A(T(2026, 3, 25, 9, 5, 12), 'Wed')
    google_invite(d / '02-invitation-hiring-manager.eml', org=ja,
                  guests=[(ja[0], ja[1], 'ACCEPTED'), (None, OWNER, 'NEEDS-ACTION')],
                  summary=f'Céline Marti / Jonas Aebischer – {role}', start=s, end=e, date=sent2,
                  uid=f'{hx("c07uid", 26, False)}@google.com', seq=0, method='REQUEST',
                  desc='Hiring manager conversation: your background, our treasury setup and the FP&A roadmap.',
                  seed='c07-2', created=sent2, meet='kqv-hzpt-mwe')
    return L([I(co, role, s, e, 'scheduled', [ja[1]], [ja[1]], 'hiring_manager')], 'medium',
             'positive/google-invite-dst',
             '"Next Monday at 5pm Zurich time" from a Wednesday 25 March mail (+01:00) = Monday 30 March 17:00 '
             '+02:00, the first Monday after the switch; the Google .ics carries UTC (15:00Z). Recruiter mail + invite '
             '= ONE interview.')


def c08(d):
    """Teams interview invite later cancelled (METHOD:CANCEL, German 'Abgesagt:')."""
    co, dom = 'Zugersee Lebensversicherung AG', 'zugersee-leben.example'
    role = 'Senior Financial Analyst Solvency II'
    fi = ('Fabienne Iten', f'fabienne.iten@{dom}')
    ba = ('Beat Arnold', f'beat.arnold@{dom}')
    sent = A(T(2026, 3, 11, 13, 20, 18), 'Wed')
    s = A(T(2026, 3, 26, 13, 30), 'Thu')
    e = s + timedelta(hours=1)
    url, tb = teams_block('c08teams')
    text = f"""Guten Tag Frau Marti

Wie telefonisch besprochen, erhalten Sie hiermit die Einladung zum Vorstellungsgespräch für die Stelle {role}. Ihr Gesprächspartner ist Beat Arnold, Leiter Actuarial Finance.

Freundliche Grüsse
Fabienne Iten
HR Services | {co}

{tb}"""
    subject = f'Vorstellungsgespräch {role} – C. Marti'
    uid = exch_uid('c08')
    att = [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'), (ba[0], ba[1], 'REQ-PARTICIPANT', 'NEEDS-ACTION')]
    cal = exch_cal('REQUEST', uid, subject, s, e, fi, att, sent, desc=text, location='Microsoft Teams-Besprechung',
                   teams_url=url)
    outlook_invite(d / '01-einladung-vorstellungsgespraech.eml', frm=fi, to=[ME, ba], subject=subject, date=sent,
                   body=text, seed='c08-1', cal=cal)
    sent2 = A(T(2026, 3, 20, 8, 5, 41), 'Fri')
    text2 = f"""Liebe Frau Marti

Leider müssen wir das Gespräch vom {s.day}.{s.month}. absagen: Die Stelle konnte intern besetzt werden. Wir bedauern dies sehr und danken Ihnen für Ihr Interesse. Ihre Unterlagen werden wir gemäss Datenschutzbestimmungen löschen.

Freundliche Grüsse
Fabienne Iten
"""
    cal2 = exch_cal('CANCEL', uid, subject, s, e, fi, att, sent2, seq=1, desc=text2,
                    location='Microsoft Teams-Besprechung')
    outlook_invite(d / '02-abgesagt-vorstellungsgespraech.eml', frm=fi, to=[ME, ba], subject=f'Abgesagt: {subject}',
                   date=sent2, body=text2, seed='c08-2', cal=cal2, method='CANCEL')
    return L([I(co, role, s, e, 'cancelled', [ba[1]], [ba[1]], 'hiring_manager')], 'medium', 'positive/cancellation',
             'Teams invite (W. Europe Standard Time) for Thursday 26 March 13:30 followed by METHOD:CANCEL '
             '"Abgesagt:" with SEQUENCE:1 (position filled internally) -> kept as cancelled at its time. Interviewer '
             'Beat Arnold is an attendee; Fabienne Iten only organizes.')


def c09(d):
    """Google Calendar API event only: panel entretien at a Geneva asset manager."""
    co, dom = 'Mont-Salève Asset Management SA', 'mont-saleve-am.example'
    role = 'Analyste financier·ère – Fonds immobiliers'
    lc = ('Laure Chappuis', f'laure.chappuis@{dom}')
    sr = ('Sébastien Rochat', f'sebastien.rochat@{dom}')
    mg = ('Mélanie Girardet', f'melanie.girardet@{dom}')
    s = A(T(2026, 3, 27, 10, 0), 'Fri')
    e = s + timedelta(hours=1)
    created = T(2026, 3, 16, 14, 2, 11)
    updated = T(2026, 3, 17, 8, 44, 3)
    eid = hx('c09id', 26, False)
    ev = {
        'kind': 'calendar#event',
        'etag': f'"{digits("c09etag", 16)}"',
        'id': eid,
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid='
                    + base64.urlsafe_b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        'created': gz(created),
        'updated': gz(updated),
        'summary': f'Entretien – {role} (Céline Marti)',
        'description': f'Entretien avec Sébastien Rochat (CFO) et Mélanie Girardet (Head of Fund Accounting).\n'
                       f'Organisé par Laure Chappuis, Ressources humaines.\n\nMerci de vous présenter à la réception '
                       f'10 minutes avant le début.',
        'location': f'{co}, Quai du Mont-Blanc 5, 1201 Genève',
        'creator': {'email': lc[1], 'displayName': lc[0]},
        'organizer': {'email': lc[1], 'displayName': lc[0]},
        'start': {'dateTime': s.isoformat(), 'timeZone': 'Europe/Zurich'},
        'end': {'dateTime': e.isoformat(), 'timeZone': 'Europe/Zurich'},
        'iCalUID': f'{eid}@google.com',
        'sequence': 0,
        'attendees': [
            {'email': lc[1], 'displayName': lc[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': sr[1], 'displayName': sr[0], 'responseStatus': 'accepted'},
            {'email': mg[1], 'displayName': mg[0], 'responseStatus': 'tentative'},
            {'email': OWNER, 'self': True, 'responseStatus': 'accepted'},
        ],
        'guestsCanInviteOthers': False,
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    (d / '01-entretien-mont-saleve.gcal.json').write_text(json.dumps(ev, indent=2, ensure_ascii=False) + '\n',
                                                          encoding='utf-8')
    return L([I(co, role, s, e, 'scheduled', [sr[1], mg[1]], [sr[1], mg[1]], 'onsite')], 'medium',
             'positive/gcal-json-panel',
             'Calendar API event only (French). Two interviewers (CFO + Head of Fund Accounting) -> panel/onsite; '
             'the HR organizer only organizes. Friday 27 March, still +01:00.')


def c10(d):
    """Standalone Outlook .ics (W. Europe Standard Time) from a Basel private bank."""
    co, dom = 'Rheinknie Privatbank AG', 'rheinknie-bank.example'
    role = 'Treasury Analyst'
    mv = ('Markus Vogt', f'markus.vogt@{dom}')
    stamp = T(2026, 3, 31, 16, 12, 0)
    s = A(T(2026, 4, 14, 10, 0), 'Tue')
    e = s + timedelta(hours=1)
    desc = (f'Guten Tag Frau Marti\n\nGerne bestätige ich unser Vorstellungsgespräch für die Stelle {role} am '
            f'{de_long(s)}, {s:%H.%M} Uhr. Sie treffen mich persönlich (Markus Vogt, Head Treasury).\n\n'
            f'Adresse: Aeschenvorstadt 21, 4051 Basel, 5. Stock. Bitte melden Sie sich am Empfang.\n\n'
            f'Freundliche Grüsse\nMarkus Vogt')
    cal = exch_cal('REQUEST', exch_uid('c10'), f'Vorstellungsgespräch {role} – Frau C. Marti', s, e, mv,
                   [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')], stamp, desc=desc,
                   location=f'{co}, Aeschenvorstadt 21, 4051 Basel')
    (d / '01-vorstellungsgespraech-treasury.ics').write_bytes(cal.encode('utf-8'))
    return L([I(co, role, s, e, 'scheduled', [mv[1]], [mv[1]], 'hiring_manager')], 'easy', 'positive/standalone-ics',
             'Standalone Exchange .ics with Windows TZID "W. Europe Standard Time" and VTIMEZONE; 14 April is '
             'summer time (+02:00). Organizer conducts the interview himself.')


def c11(d):
    """Family office: first meeting moved by e-mail, Swiss numeric dates, Apple Mail/iPhone replies."""
    co, dom = 'Bellerive Family Office AG', 'bellerive-fo.example'
    role = 'Investment Analyst'
    ph = ('Patrizia Huber', f'p.huber@{dom}')
    sent = A(T(2026, 3, 13, 10, 20, 3), 'Fri')
    s0 = A(T(2026, 3, 23, 9, 0), 'Mon')
    subj1 = f'Ihre Bewerbung als {role}'
    body1 = f"""Sehr geehrte Frau Marti

Besten Dank für Ihre Bewerbung als {role}, die mir Herr Gut weitergeleitet hat. Ihr Profil passt sehr gut zu dem, was wir suchen.

Gerne würde ich Sie am {DE_D[s0.weekday()]}, {s0.day}.{s0.month}.{s0.year} um {s0:%H.%M} Uhr zu einem ersten Gespräch in unserem Büro an der Dufourstrasse 43 treffen. Rechnen Sie mit ca. einer Stunde.

Herzliche Grüsse
Patrizia Huber
Partnerin
{co}
Dufourstrasse 43, 8008 Zürich
"""
    relay = ('mail-zr0che01on2101.outbound.protection.outlook.com', '40.107.161.101')
    m1 = mid_apple('c11-1', dom)
    write_eml(d / '01-huber-erstes-gespraech.eml',
              hdr(frm=ph, to=[ME], subject=subj1, date=sent, mid=m1, relay=relay,
                  extra=[('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')]),
              multi('alternative', b_apple('c11-1'), [leaf('text/plain; charset=utf-8', body1),
                                                      leaf('text/html; charset=utf-8', to_html(body1, 'font-family:Helvetica'))]))
    sent2 = A(T(2026, 3, 19, 18, 2, 55), 'Thu')
    s = A(T(2026, 3, 27, 15, 30), 'Fri')
    e = s + timedelta(hours=1)
    mine1 = mid_apple('c11-me1', 'example.com')
    body2 = f"""Liebe Frau Marti

Leider muss ich unseren Termin vom Montag verschieben, da ich kurzfristig nach Genf reisen muss. Würde Ihnen {DE_D[s.weekday()]}, {s.day}.{s.month}., {s:%H.%M} Uhr passen? Ort und Dauer bleiben gleich.

Entschuldigen Sie die Umstände.

Herzliche Grüsse
Patrizia Huber

> Am {s0.day - 10:02d}.03.2026 um 21:34 schrieb Céline Marti <{OWNER}>:
>
> Sehr geehrte Frau Huber
>
> Vielen Dank für die Einladung. Gerne komme ich am Montag, {s0.day}.{s0.month}.{s0.year} um {s0:%H.%M} Uhr vorbei.
>
> Freundliche Grüsse
> Céline Marti
"""
    m2 = mid_apple('c11-2', dom)
    write_eml(d / '02-huber-verschiebung.eml',
              hdr(frm=ph, to=[ME], subject='Verschiebung unseres Termins', date=sent2, mid=m2, relay=relay,
                  irt=mine1, refs=f'{m1} {mine1}', extra=[('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')]),
              leaf('text/plain; charset=utf-8', body2))
    sent3 = A(T(2026, 3, 20, 7, 45, 12), 'Fri')
    mine2 = mid_apple('c11-me2', 'example.com')
    body3 = f"""Perfekt, dann bis {DE_D[s.weekday()]} um halb vier. Danke für Ihre Flexibilität!

Herzliche Grüsse
Patrizia Huber

Von meinem iPhone gesendet

> Am 19.03.2026 um 19:26 schrieb Céline Marti <{OWNER}>:
>
> Liebe Frau Huber
>
> Kein Problem, {DE_D[s.weekday()]} um {s:%H.%M} Uhr passt mir sehr gut.
>
> Freundliche Grüsse
> Céline Marti
>
>> Am 19.03.2026 um 18:02 schrieb Patrizia Huber <{ph[1]}>:
>>
>> Liebe Frau Marti
>>
>> Leider muss ich unseren Termin vom Montag verschieben [...]
"""
    write_eml(d / '03-huber-bestaetigung.eml',
              hdr(frm=ph, to=[ME], subject='Re: Verschiebung unseres Termins', date=sent3, mid=mid_apple('c11-3', dom),
                  relay=relay, irt=mine2, refs=f'{m1} {mine1} {m2} {mine2}', extra=[('X-Mailer', 'iPhone Mail (22D72)')]),
              leaf('text/plain; charset=utf-8', body3))
    return L([I(co, role, s, e, 'scheduled', [ph[1]], [ph[1]], 'hiring_manager')], 'hard', 'positive/reschedule',
             'Swiss numeric dates: "Montag, 23.3.2026 um 09.00 Uhr" (ca. eine Stunde) moved to "Freitag, 27.3., 15.30 '
             'Uhr" and confirmed ("bis Freitag um halb vier"). Final time only; duration unchanged.')


def c12(d):
    """Google invite cancelled with a note, then re-booked as a NEW event: two entries."""
    co, dom = 'Fraumünster Capital AG', 'fraumuenster-capital.example'
    role = 'Performance & Risk Analyst'
    nf = ('Nicolas Favre', f'nicolas.favre@{dom}')
    lw = ('Lara Widmer', f'lara.widmer@{dom}')
    summary = f'Fachgespräch {role} – Céline Marti'
    desc = ('Fachgespräch mit Nicolas Favre (Head of Performance & Risk): Case Study Performance-Attribution '
            '(Brinson), ca. 60 Minuten.')
    loc = 'Fraumünster Capital AG, Stadthausquai 7, 8001 Zürich'
    guests = [(nf[0], nf[1], 'ACCEPTED'), (None, OWNER, 'ACCEPTED')]
    sent1 = A(T(2026, 3, 30, 11, 0, 26), 'Mon')
    s1 = A(T(2026, 4, 7, 14, 0), 'Tue')
    e1 = s1 + timedelta(hours=1)
    uid1 = f'{hx("c12uid1", 26, False)}@google.com'
    google_invite(d / '01-invitation-fachgespraech.eml', org=nf, guests=[(nf[0], nf[1], 'ACCEPTED'), (None, OWNER, 'NEEDS-ACTION')],
                  summary=summary, start=s1, end=e1, date=sent1, uid=uid1, seq=0, method='REQUEST', desc=desc,
                  seed='c12-1', created=sent1, location=loc)
    sent2 = A(T(2026, 4, 3, 16, 30, 2), 'Fri')
    google_invite(d / '02-canceled-fachgespraech.eml', org=nf, guests=guests, summary=summary, start=s1, end=e1,
                  date=sent2, uid=uid1, seq=1, method='CANCEL', desc=desc, seed='c12-2', created=sent1, location=loc,
                  note='Liebe Frau Marti, ich muss unser Gespräch vom Dienstag leider absagen. Lara Widmer meldet sich '
                       'mit einem neuen Termin. Gruss, Nicolas Favre')
    sent3 = A(T(2026, 4, 8, 10, 12, 37), 'Wed')
    s2 = A(T(2026, 4, 16, 14, 0), 'Thu')
    e2 = s2 + timedelta(hours=1)
    body = f"""Guten Tag Frau Marti

Entschuldigen Sie bitte die kurzfristige Absage letzte Woche. Nicolas Favre kann Sie neu am {de_short(s2)}, um {s2:%H.%M} Uhr treffen, wieder bei uns am Stadthausquai und wieder für eine Stunde. Er schickt Ihnen gleich eine neue Einladung.

Freundliche Grüsse
Lara Widmer
Talent Acquisition
{co}
"""
    m = mid_gmail('c12-3')
    write_eml(d / '03-widmer-neuer-termin.eml',
              hdr(frm=lw, to=[ME], subject=f'Neuer Termin Fachgespräch {role}', date=sent3, mid=m, relay=RELAY_GW),
              multi('alternative', b_google('c12-3'), [leaf('text/plain; charset="UTF-8"', body),
                                                       leaf('text/html; charset="UTF-8"', to_html(body, 'font-family:Arial'))]))
    sent4 = A(T(2026, 4, 8, 10, 40, 51), 'Wed')
    google_invite(d / '04-invitation-fachgespraech-neu.eml', org=nf,
                  guests=[(nf[0], nf[1], 'ACCEPTED'), (None, OWNER, 'NEEDS-ACTION')], summary=summary, start=s2,
                  end=e2, date=sent4, uid=f'{hx("c12uid2", 26, False)}@google.com', seq=0, method='REQUEST',
                  desc=desc, seed='c12-4', created=sent4, location=loc)
    return L([I(co, role, s1, e1, 'cancelled', [nf[1]], [nf[1]], 'technical'),
              I(co, role, s2, e2, 'scheduled', [nf[1]], [nf[1]], 'technical')], 'hard', 'positive/cancel-then-rebook',
             'Google invite for Tue 7 April 14:00 cancelled with a note (METHOD:CANCEL, same UID, SEQUENCE:1), then '
             're-booked as a NEW event (new UID) for Thu 16 April 14:00 -> one cancelled + one scheduled entry.')


def c13(d):
    """Headhunter forwards the client's reply; New York time during the US/EU DST gap."""
    co, dom = 'Banque Privée Lavaux SA', 'lavaux-private.example'
    role = 'Senior Financial Analyst, Group FP&A'
    an = ('Andrea Notter', 'andrea.notter@seefeld-search.example')
    dw = ('Daniel Whitaker', f'daniel.whitaker@{dom}')
    sent = A(T(2026, 3, 16, 8, 55, 20), 'Mon')
    s_ny = A(T(2026, 3, 19, 10, 0, tz=NY), 'Thu')
    s = s_ny.astimezone(ZH)
    e = s + timedelta(minutes=45)
    assert (s.hour, s.minute) == (15, 0) and s_ny.utcoffset() == timedelta(hours=-4)
    orig = A(T(2026, 3, 13, 21, 36), 'Fri')
    zoom = digits('c13zoom', 11)
    body = f"""Liebe Céline

Gute Nachrichten: Daniel Whitaker von der Banque Privée Lavaux möchte dich gerne kennenlernen – siehe seine Nachricht unten. Er leitet das FP&A-Team Americas in New York, an das die Stelle in Genf funktional rapportiert.

Achtung Zeitverschiebung: Die USA haben bereits auf Sommerzeit umgestellt, wir noch nicht. 10.00 Uhr in New York ist am Donnerstag, {s.day}.{s.month}., also {s:%H.%M} Uhr bei uns (nicht 16.00 Uhr).

Ich habe Daniel bereits bestätigt, dass der Termin für dich passt. Viel Erfolg – melde dich doch nach dem Gespräch kurz bei mir.

Herzlich
Andrea

Andrea Notter
Partner | Seefeld Search Partners AG
Seefeldstrasse 69, 8008 Zürich
+41 43 499 21 70

Von: Daniel Whitaker <{dw[1]}>
Gesendet: {DE_D[orig.weekday()]}, {orig.day}. {DE_M[orig.month - 1]} {orig.year} {orig:%H:%M}
An: Andrea Notter <{an[1]}>
Betreff: Interview Céline Marti – {role}

Hi Andrea,

Thanks for sending over Céline's profile – strong background, especially the IFRS 9 work. I'd be happy to speak with her on {EN_D[s_ny.weekday()]}, {EN_M[s_ny.month - 1]} {s_ny.day} at 10:00 am New York time (EDT). Let's plan for 45 minutes on Zoom:

https://lavaux-private-example.zoom.us/j/{zoom}?pwd={b62('c13pwd', 32)}
Meeting ID: {zoom[:3]} {zoom[3:7]} {zoom[7:]}
Passcode: {digits('c13pc', 6)}

Could you please confirm with her?

Best regards,
Daniel

Daniel Whitaker
Head of FP&A Americas
Banque Privée Lavaux SA – New York Branch
"""
    outlook_mail(d / '01-notter-wg-interview-lavaux.eml', frm=an, to=[ME],
                 subject=f'WG: Interview Céline Marti – {role}', date=sent, body=body, seed='c13-1')
    return L([I(co, role, s, e, 'scheduled', [dw[1]], [dw[1]], 'hiring_manager')], 'hard',
             'positive/forwarded-dst-gap',
             'Headhunter forwards the client\'s mail: Thursday 19 March 10:00 EDT = 15:00 Zurich (+01:00), inside the '
             'US-only DST window. Company is the client bank, not the search firm; the forwarded sender conducts it.')


def c14(d):
    """NEGATIVE: paid Schnuppertag (trial working day), explicitly not another interview."""
    co, dom = 'Küsnacht Vermögensverwaltung AG', 'kuesnacht-vv.example'
    rg = ('Ramona Gisler', f'ramona.gisler@{dom}')
    sk = ('Stefan Kuster', f'stefan.kuster@{dom}')
    sent = A(T(2026, 4, 15, 11, 20, 44), 'Wed')
    s = A(T(2026, 4, 23, 8, 0), 'Thu')
    e = T(2026, 4, 23, 17, 0)
    body = f"""Guten Tag Frau Marti

Vielen Dank für die beiden guten Gespräche mit Stefan Kuster und mir. Wie telefonisch vereinbart, möchten wir Ihnen die Gelegenheit geben, unser Team und die Arbeit im Portfolio Controlling im Alltag kennenzulernen, bevor beide Seiten einen Entscheid fällen.

Schnuppertag: {de_long(s)}, {s:%H.%M} bis ca. {e:%H.%M} Uhr
Ort: {co}, Seestrasse 120, 8700 Küsnacht

Sie arbeiten den ganzen Tag im Team mit und übernehmen konkrete Aufgaben aus dem Monatsabschluss (NAV-Kontrollen, Abstimmung mit der Depotbank). Es handelt sich um einen bezahlten Arbeitseinsatz und nicht um ein weiteres Vorstellungsgespräch: Der Tag wird mit pauschal CHF 400.– brutto entschädigt, die Sozialversicherungsbeiträge rechnen wir ordentlich ab. Den Kurzeinsatzvertrag finden Sie im Anhang – bitte bringen Sie ihn unterschrieben mit, zusammen mit Ihrer AHV-Nummer und Ihrer Bankverbindung für die Lohnzahlung.

Freundliche Grüsse

Ramona Gisler
HR & Administration
{co}
"""
    pdf = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n'
           b'trailer<</Root 1 0 R>>\n%%EOF\n')
    outlook_mail(d / '01-gisler-schnuppertag.eml', frm=rg, to=[ME], cc=[sk], subject='Schnuppertag Portfolio Controlling',
                 date=sent, body=body, seed='c14-1',
                 attachments=[leaf('application/pdf; name="Kurzeinsatzvertrag_Marti.pdf"', pdf, 'base64',
                                   [('Content-Disposition', 'attachment; filename="Kurzeinsatzvertrag_Marti.pdf"')])])
    sent2 = A(T(2026, 4, 15, 11, 31, 5), 'Wed')
    text = 'Schnuppertag (bezahlter Einsatz) im Team Portfolio Controlling. Arbeitsplatz 3.14, Badge am Empfang.\n'
    subject = 'Schnuppertag C. Marti – Portfolio Controlling'
    cal = exch_cal('REQUEST', exch_uid('c14'), subject, s, e, rg,
                   [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION'), (sk[0], sk[1], 'OPT-PARTICIPANT', 'ACCEPTED')],
                   sent2, desc=text, location='Seestrasse 120, 8700 Küsnacht')
    outlook_invite(d / '02-einladung-schnuppertag.eml', frm=rg, to=[ME, sk], subject=subject, date=sent2, body=text,
                   seed='c14-2', cal=cal)
    return L([], 'hard', 'negative/paid-trial-day',
             'Schnuppertag = a paid working day under a short employment contract, explicitly "nicht um ein weiteres '
             'Vorstellungsgespräch"; the earlier conversations are undated. Not an interview.')


def c15(d):
    """NEGATIVE: RAV (unemployment office) counselling appointment with a 'Personalberaterin'."""
    dom = 'rav-limmattal.example'
    ms = ('Monika Stucki', f'monika.stucki@{dom}')
    sent = A(T(2026, 3, 9, 14, 48, 0), 'Mon')
    s = A(T(2026, 3, 18, 10, 15), 'Wed')
    e = s + timedelta(minutes=45)
    body = f"""Guten Tag Frau Marti

Hiermit lade ich Sie zum nächsten Beratungsgespräch im RAV ein:

{de_long(s)}, {s:%H.%M} Uhr (Dauer ca. 45 Minuten)
RAV Limmattal, Badenerstrasse 610, 8048 Zürich, 1. Stock, Schalter B
Ihre Personalberaterin: Monika Stucki

Bitte bringen Sie folgende Unterlagen mit:
- Nachweis der persönlichen Arbeitsbemühungen für den Monat Februar (Formular), inkl. Kopien Ihrer Bewerbungen
- Einladungen zu Vorstellungsgesprächen und allfällige Absagen
- Bescheinigungen über Zwischenverdienst, falls vorhanden

Im Gespräch besprechen wir Ihre Bewerbungsstrategie im Bereich Finance/Controlling. Zudem klären wir Ihre Teilnahme am Kurs «Erfolgreich im Vorstellungsgespräch» (arbeitsmarktliche Massnahme).

Das Beratungsgespräch ist obligatorisch. Können Sie aus einem wichtigen Grund (z. B. Vorstellungsgespräch bei einem Arbeitgeber, Krankheit) nicht erscheinen, informieren Sie mich bitte vorgängig. Unentschuldigtes Fernbleiben kann eine Einstellung in der Anspruchsberechtigung zur Folge haben.

Freundliche Grüsse

Monika Stucki
Personalberaterin
RAV Limmattal
Amt für Wirtschaft und Arbeit
"""
    cal = std_cal('-//RAV//Terminverwaltung//DE', 'REQUEST', f'{hx("c15uid", 20, False)}@{dom}',
                  'Beratungsgespräch RAV – Personalberaterin M. Stucki', s, e, ms,
                  [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')], sent,
                  desc='Beratungsgespräch (obligatorisch). Unterlagen: Nachweis Arbeitsbemühungen.',
                  location='RAV Limmattal, Badenerstrasse 610, 8048 Zürich')
    part = multi('mixed', b_java('c15'), [leaf('text/plain; charset=UTF-8', body, 'base64'),
                                          ics_attachment(cal, 'Termin_RAV.ics')])
    write_eml(d / '01-rav-einladung-beratungsgespraech.eml',
              hdr(frm=ms, to=[ME], subject=f'Einladung zum Beratungsgespräch vom {s:%d.%m.%Y}', date=sent,
                  mid=mid_ats('c15', dom), relay=('smtp.rav-limmattal.example', '193.135.173.40')), part)
    return L([], 'hard', 'negative/unemployment-office',
             'RAV counselling appointment (Beratungsgespräch with a "Personalberaterin", .ics attached) mentions '
             'Bewerbungen and Vorstellungsgespräch repeatedly but is not a hiring conversation with an employer.')


def c16(d):
    """NEGATIVE: own bank's client advisory meeting (Teams) about pension money on a job change."""
    co, dom = 'Goldküste Bank AG', 'goldkueste-bank.example'
    rf = ('Roger Frischknecht', f'roger.frischknecht@{dom}')
    sent = A(T(2026, 3, 24, 16, 10, 27), 'Tue')
    s = A(T(2026, 3, 31, 17, 30), 'Tue')
    e = s + timedelta(hours=1)
    url, tb = teams_block('c16teams')
    text = f"""Grüezi Frau Marti

Vielen Dank für Ihren Anruf. Wie besprochen schauen wir uns im Beratungsgespräch Ihre Vorsorgesituation im Hinblick auf den geplanten Stellenwechsel an:
- Übertrag Ihres Vorsorgeguthabens auf ein Freizügigkeitskonto bzw. in die Pensionskasse des neuen Arbeitgebers
- Einzahlung Säule 3a 2026
- Anlagestrategie für Ihr Wertschriftendepot

Bitte halten Sie, falls vorhanden, Ihren letzten Pensionskassenausweis und den Lohnausweis 2025 bereit.

Freundliche Grüsse
Roger Frischknecht
Kundenberater Private Banking | {co}

{tb}"""
    subject = 'Beratungsgespräch Vorsorge & Anlagen – Frau C. Marti'
    cal = exch_cal('REQUEST', exch_uid('c16'), subject, s, e, rf, [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                   sent, desc=text, location='Microsoft Teams-Besprechung', teams_url=url)
    outlook_invite(d / '01-beratungsgespraech-vorsorge.eml', frm=rf, to=[ME], subject=subject, date=sent, body=text,
                   seed='c16-1', cal=cal)
    return L([], 'medium', 'negative/bank-client-meeting',
             'Teams invite from the user\'s own bank advisor (client advisory meeting) that talks about the job change '
             'and the new employer\'s pension fund. Not an interview.')


def c17(d):
    """NEGATIVE: flat viewing (Wohnungsbesichtigung) with 'Bewerbung' vocabulary and an .ics."""
    co, dom = 'Aeberli Immobilien AG', 'aeberli-immo.example'
    sb = ('Sarah Bühler', f'sarah.buehler@{dom}')
    sent = A(T(2026, 3, 9, 9, 14, 51), 'Mon')
    s = A(T(2026, 3, 12, 18, 0), 'Thu')
    e = s + timedelta(minutes=30)
    body = f"""Guten Tag Frau Marti

Vielen Dank für Ihr Interesse an der 3½-Zimmer-Wohnung an der Seefeldstrasse 112, 8008 Zürich (3. OG, Mietzins CHF 2'980.– inkl. NK).

Gerne laden wir Sie zur Besichtigung ein:
{DE_D[s.weekday()]}, {s.day}.{s.month}.{s.year}, {s:%H.%M} – {e:%H.%M} Uhr (Sammelbesichtigung, Treffpunkt vor dem Hauseingang)

Falls Sie sich nach der Besichtigung für die Wohnung bewerben möchten, reichen Sie uns bitte folgende Unterlagen ein:
- vollständig ausgefülltes Anmeldeformular
- Betreibungsregisterauszug (nicht älter als 3 Monate)
- Kopie Arbeitsvertrag oder die letzten drei Lohnabrechnungen, Angaben zum Arbeitgeber
- Kopie ID/Ausländerausweis

Bewerbungen werden in der Reihenfolge des Eingangs geprüft. Wir freuen uns auf Ihren Besuch.

Freundliche Grüsse

Sarah Bühler
Bewirtschaftung
{co}
Kreuzstrasse 26, 8008 Zürich
"""
    cal = std_cal('-//Aeberli Immobilien AG//Besichtigungen//DE', 'REQUEST', f'{hx("c17uid", 20, False)}@{dom}',
                  'Wohnungsbesichtigung Seefeldstrasse 112', s, e, sb,
                  [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')], sent,
                  desc='Sammelbesichtigung 3½-Zimmer-Wohnung, 3. OG', location='Seefeldstrasse 112, 8008 Zürich')
    outlook_mail(d / '01-besichtigungstermin-seefeldstrasse.eml', frm=sb, to=[ME],
                 subject=f'Besichtigungstermin 3½-Zimmer-Wohnung, Seefeldstrasse 112 – {s.day}.{s.month}.{s.year}',
                 date=sent, body=body, seed='c17-1', attachments=[ics_attachment(cal, 'Besichtigung.ics')])
    return L([], 'medium', 'negative/flat-viewing',
             'Flat viewing with Swiss rental-application vocabulary (Bewerbung, Arbeitgeber, Lohnabrechnungen) and an '
             '.ics. Not a job interview.')


def c18(d):
    """NEGATIVE: Refline rejection after an interview (past interview only referenced)."""
    co, dom = 'Bank Zimmerberg AG', 'bank-zimmerberg.example'
    sf = ('Sandra Frei', f'sandra.frei@{dom}')
    sent = A(T(2026, 3, 27, 15, 31, 12), 'Fri')
    past = A(T(2026, 3, 24), 'Tue')
    body = f"""Guten Tag Frau Marti

Vielen Dank für das angenehme Vorstellungsgespräch vom {DE_D[past.weekday()]}, {past.day}.{past.month}.{past.year} mit Herrn Lukas Studer und mir sowie für Ihr Interesse an der Stelle als Senior Controller (100%).

Nach sorgfältiger Prüfung aller Kandidaturen haben wir uns für eine Person entschieden, deren Profil noch etwas besser zu unseren aktuellen Anforderungen passt. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können; ein Zweitgespräch findet deshalb nicht statt.

Gerne würden wir Ihr Dossier für zwölf Monate in unserem Talentpool aufbewahren. Sind Sie damit nicht einverstanden, können Sie Ihr Profil jederzeit in Ihrem Bewerberkonto löschen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüsse

Sandra Frei
HR Recruiting
{co}
"""
    java_mail(d / '01-refline-absage.eml', frm=(co, 'noreply@refline.ch'), to=[ME],
              subject='Ihre Bewerbung als Senior Controller (100%)', date=sent, body=body, seed='c18-1',
              relay=('mta02.refline.ch', '185.72.168.21'), dom='refline.ch', reply_to=sf)
    return L([], 'easy', 'negative/rejection',
             'Refline rejection that references the past Vorstellungsgespräch (24.3.2026) and says no Zweitgespräch '
             'will take place. Rejections are not interviews.')


def c19(d):
    """NEGATIVE: the user sits on the hiring panel of her housing co-op (user is the interviewer)."""
    dom = 'wbg-sihlfeld.example'
    ub = ('Urs Brändli', f'urs.braendli@{dom}')
    sent = A(T(2026, 4, 2, 20, 5, 33), 'Thu')
    s = A(T(2026, 4, 13, 18, 0), 'Mon')
    e = s + timedelta(hours=1)
    body = f"""Hoi Céline

Wie an der letzten Vorstandssitzung besprochen, führen wir die Bewerbungsgespräche für die Stelle «Sachbearbeiter/in Buchhaltung 40 %» zu zweit. Ich habe dir die Einladung für {de_short(s)}, {s:%H.%M}–{e:%H.%M} Uhr in den Kalender gestellt (Sitzungszimmer Geschäftsstelle, Zurlindenstrasse 58).

18.00 Uhr: Andrea Meier
18.30 Uhr: Tobias Lüthi

Die Dossiers findest du im Vorstandsordner auf dem Drive. Könntest du die Fachfragen zu Kreditoren, MWST-Abrechnung und Jahresabschluss übernehmen? Ich mache die Einleitung und die Fragen zur Person.

Danke und liebe Grüsse
Urs

--
Urs Brändli
Geschäftsführer
Wohnbaugenossenschaft Sihlfeld
"""
    write_eml(d / '01-braendli-bewerbungsgespraeche.eml',
              hdr(frm=ub, to=[ME], subject='Bewerbungsgespräche Buchhaltung – Mo 13.4.', date=sent,
                  mid=mid_gmail('c19-1'), relay=RELAY_GW),
              multi('alternative', b_google('c19-1'), [leaf('text/plain; charset="UTF-8"', body),
                                                       leaf('text/html; charset="UTF-8"', to_html(body, 'font-family:Arial'))]))
    eid = hx('c19id', 26, False)
    ev = {
        'kind': 'calendar#event', 'etag': f'"{digits("c19etag", 16)}"', 'id': eid, 'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid='
                    + base64.urlsafe_b64encode(f'{eid} {OWNER}'.encode()).decode().rstrip('='),
        'created': gz(T(2026, 4, 2, 19, 58, 10)), 'updated': gz(T(2026, 4, 3, 7, 12, 40)),
        'summary': 'Bewerbungsgespräche Sachbearbeiter/in Buchhaltung 40 % (Urs + Céline)',
        'description': '18.00 Andrea Meier\n18.30 Tobias Lüthi\nInterviewer: Urs Brändli (GF), Céline Marti (Vorstand '
                       'Finanzen)\nDossiers: Vorstandsordner',
        'location': 'Geschäftsstelle WBG Sihlfeld, Zurlindenstrasse 58, 8003 Zürich',
        'creator': {'email': ub[1], 'displayName': ub[0]}, 'organizer': {'email': ub[1], 'displayName': ub[0]},
        'start': {'dateTime': s.isoformat(), 'timeZone': 'Europe/Zurich'},
        'end': {'dateTime': e.isoformat(), 'timeZone': 'Europe/Zurich'},
        'iCalUID': f'{eid}@google.com', 'sequence': 0,
        'attendees': [{'email': ub[1], 'displayName': ub[0], 'organizer': True, 'responseStatus': 'accepted'},
                      {'email': OWNER, 'self': True, 'responseStatus': 'accepted'}],
        'reminders': {'useDefault': True}, 'eventType': 'default',
    }
    (d / '02-bewerbungsgespraeche-wbg.gcal.json').write_text(json.dumps(ev, indent=2, ensure_ascii=False) + '\n',
                                                             encoding='utf-8')
    return L([], 'hard', 'negative/user-is-interviewer',
             'The user (board member of her housing co-op) interviews candidates for a bookkeeping job together with '
             'the managing director: e-mail + Calendar API event. She is the interviewer, not the candidate.')


def c20(d):
    """NEGATIVE: HireVue on-demand (one-way) video interview with a deadline."""
    co = 'Grossmünster Bank AG'
    sent = A(T(2026, 3, 12, 9, 0, 4), 'Thu')
    dl = A(T(2026, 3, 20, 23, 59), 'Fri')
    body = f"""Guten Tag Céline

Vielen Dank für Ihre Bewerbung als Senior Analyst Group Finance bei der {co}. Als nächsten Schritt laden wir Sie zu einem digitalen Interview ein.

Bitte nehmen Sie Ihr On-Demand-Video-Interview bis spätestens {de_long(dl)}, {dl:%H:%M} Uhr (MEZ) auf:
https://app.hirevue.com/candidates/interviews/{b62('c20link', 22)}

So funktioniert es:
- Es gibt bei diesem Interview keinen Live-Gesprächspartner. Sie beantworten 5 vorab aufgezeichnete Fragen per Video.
- Pro Frage haben Sie 30 Sekunden Bedenkzeit und maximal 3 Minuten Antwortzeit.
- Planen Sie insgesamt ca. 30 Minuten an einem ruhigen Ort ein; Sie können das Interview jederzeit vor der Frist starten.

Ihre Antworten werden anschliessend von unserem Recruiting-Team ausgewertet.

Viel Erfolg!
Talent Acquisition, {co}

Powered by HireVue. Bitte antworten Sie nicht auf diese E-Mail.
"""
    java_mail(d / '01-hirevue-digitales-interview.eml', frm=(co, 'no-reply@hirevue.com'), to=[ME],
              subject=f'Ihr digitales Interview – Senior Analyst Group Finance, {co}', date=sent, body=body,
              seed='c20-1', relay=('o1.email.hirevue.com', '167.89.32.117'), dom='hirevue.com')
    return L([], 'medium', 'negative/one-way-video',
             'HireVue on-demand video interview with a deadline; explicitly no live interviewer. One-way '
             'assessments are not interviews.')


def c21(d):
    """NEGATIVE: availability request with a Microsoft Bookings link, never booked."""
    co, dom = 'Pilatus Versicherung AG', 'pilatus-versicherung.example'
    sa = ('Sven Amrein', f'sven.amrein@{dom}')
    sent = A(T(2026, 4, 1, 10, 44, 19), 'Wed')
    a, b = A(T(2026, 4, 7), 'Tue'), A(T(2026, 4, 9), 'Thu')
    body = f"""Guten Tag Frau Marti

Gerne möchten wir Sie für die Stelle Business Analyst Finance (80–100%) zu einem Vorstellungsgespräch mit Frau Yvonne Zemp, Leiterin Finanzen, einladen.

Bitte wählen Sie über folgenden Link einen passenden Termin aus (Microsoft Bookings):
https://outlook.office365.com/book/RecruitingPilatus@{dom}/

Verfügbar sind Zeitfenster von {DE_D[a.weekday()]}, {a.day}.{a.month}. bis {DE_D[b.weekday()]}, {b.day}.{b.month}.{b.year}, jeweils zwischen 08.00 und 12.00 Uhr. Nach der Buchung erhalten Sie automatisch eine Bestätigung mit dem Teams-Link.

Freundliche Grüsse
Sven Amrein
Recruiting | {co}
Schweizerhofquai 6, 6002 Luzern
"""
    outlook_mail(d / '01-amrein-terminvereinbarung.eml', frm=sa, to=[ME],
                 subject='Terminvereinbarung Vorstellungsgespräch – Business Analyst Finance', date=sent, body=body,
                 seed='c21-1')
    return L([], 'medium', 'negative/availability-request',
             'Invitation to book a slot via Microsoft Bookings (window 7.4.-9.4.), no booking or confirmation follows. '
             'Unbooked scheduling links are not interviews.')


def c22(d):
    """NEGATIVE: offer letter + contract-signing appointment (Outlook invite)."""
    co, dom = 'Lindenhof Versicherungen AG', 'lindenhof-versicherungen.example'
    cr = ('Carmen Rohner', f'carmen.rohner@{dom}')
    sent = A(T(2026, 4, 9, 14, 2, 37), 'Thu')
    s = A(T(2026, 4, 20, 8, 30), 'Mon')
    e = s + timedelta(minutes=45)
    body = f"""Liebe Frau Marti

Herzliche Gratulation! Nach den Gesprächen mit Herrn Fässler und dem Team freuen wir uns sehr, Ihnen die Stelle als Senior Financial Analyst (100%) anzubieten. Die Eckdaten unseres Angebots:

- Stellenantritt: 1. Juni 2026
- Jahreslohn: CHF 118'000.– brutto (13 Monatslöhne), zuzüglich variable Vergütung
- 27 Ferientage, Homeoffice bis zu 2 Tage pro Woche

Den Arbeitsvertrag erhalten Sie in zweifacher Ausführung per Post. Für die Unterzeichnung und ein kurzes Willkommen (Badge, IT-Ausrüstung, erste Onboarding-Schritte) laden wir Sie am {de_short(s)}, um {s:%H.%M} Uhr zu uns an die Lindenhofstrasse 1 ein. Eine Kalendereinladung folgt.

Wir freuen uns, Sie bald im Team begrüssen zu dürfen.

Herzliche Grüsse
Carmen Rohner
HR Business Partner | {co}
"""
    outlook_mail(d / '01-rohner-vertragsangebot.eml', frm=cr, to=[ME],
                 subject='Vertragsangebot Senior Financial Analyst – herzliche Gratulation', date=sent, body=body,
                 seed='c22-1')
    sent2 = A(T(2026, 4, 9, 14, 9, 3), 'Thu')
    text = 'Unterzeichnung Arbeitsvertrag und Willkommen (Badge, IT). Bitte ID mitbringen.\n\nCarmen Rohner\n'
    subject = 'Vertragsunterzeichnung & Willkommen – C. Marti'
    cal = exch_cal('REQUEST', exch_uid('c22'), subject, s, e, cr, [(OWNER_NAME, OWNER, 'REQ-PARTICIPANT', 'NEEDS-ACTION')],
                   sent2, desc=text, location='Lindenhofstrasse 1, 8001 Zürich, Empfang')
    outlook_invite(d / '02-einladung-vertragsunterzeichnung.eml', frm=cr, to=[ME], subject=subject, date=sent2,
                   body=text, seed='c22-2', cal=cal)
    return L([], 'medium', 'negative/offer-contract-signing',
             'Offer with a follow-up calendar invite for signing the contract and onboarding. Offers (and the signing '
             'appointment after the decision) are not interviews; earlier conversations are undated.')


CASES = [
    ('b154-01-refline-vorstellungsgespraech', c01),
    ('b154-02-successfactors-teams-erstgespraech', c02),
    ('b154-03-workday-entretien-deplace', c03),
    ('b154-04-assessment-center-mit-interview', c04),
    ('b154-05-erstgespraech-und-zweitgespraech', c05),
    ('b154-06-colloquio-lugano-thread', c06),
    ('b154-07-google-invite-after-dst', c07),
    ('b154-08-teams-abgesagt', c08),
    ('b154-09-gcal-json-entretien-geneve', c09),
    ('b154-10-standalone-ics-basel', c10),
    ('b154-11-verschiebung-per-mail', c11),
    ('b154-12-google-cancel-then-rebook', c12),
    ('b154-13-headhunter-fwd-new-york', c13),
    ('b154-14-schnuppertag-bezahlt', c14),
    ('b154-15-rav-beratungsgespraech', c15),
    ('b154-16-bank-kundenberatung', c16),
    ('b154-17-wohnungsbesichtigung', c17),
    ('b154-18-refline-absage', c18),
    ('b154-19-user-ist-interviewerin', c19),
    ('b154-20-hirevue-video-interview', c20),
    ('b154-21-bookings-terminvorschlaege', c21),
    ('b154-22-vertragsangebot-unterzeichnung', c22),
]


def main():
    for p in sorted(HERE.glob('b154-*')):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for slug, fn in CASES:
        d = HERE / slug
        d.mkdir()
        labels[slug] = fn(d)
    text = ('# Labels for blind154 (written blind). Schema: /work/shared/eval/README.md\n'
            + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110))
    (HERE / 'labels.yaml').write_text(text, encoding='utf-8')
    ivs = [i for v in labels.values() for i in v['interviews']]
    print(f'{len(labels)} cases, {sum(v["interview"] for v in labels.values())} positive, '
          f'{sum(not v["interview"] for v in labels.values())} negative, {len(ivs)} interviews '
          f'({sum(i["status"] == "scheduled" for i in ivs)} scheduled, {sum(i["status"] == "cancelled" for i in ivs)} cancelled)')


if __name__ == '__main__':
    main()
