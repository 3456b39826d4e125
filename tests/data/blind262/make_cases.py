#!/usr/bin/env python3
"""Regenerate the blind262 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs; no clock, no randomness.
Standard library + PyYAML + zoneinfo only.  Run:  python make_cases.py
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'b262-'

TBS = ZoneInfo('Asia/Tbilisi')     # UTC+4, no DST
EVN = ZoneInfo('Asia/Yerevan')     # UTC+4, no DST
BER = ZoneInfo('Europe/Berlin')    # CEST +2 until 25 Oct 2026, then CET +1
TLL = ZoneInfo('Europe/Tallinn')   # EEST +3 until 25 Oct 2026, then EET +2
UTC = ZoneInfo('UTC')

OWNER = 'tamar.lomidze@example.com'
OWNER_EN = 'Tamar Lomidze'
OWNER_KA = 'თამარ ლომიძე'
ME_EN = (OWNER_EN, OWNER)
ME_KA = (OWNER_KA, OWNER)

EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_DAY3 = [d[:3] for d in EN_DAYS]
EN_MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
EN_MON3 = [m[:3] for m in EN_MON]
KA_DAYS = ['ორშაბათი', 'სამშაბათი', 'ოთხშაბათი', 'ხუთშაბათი', 'პარასკევი', 'შაბათი', 'კვირა']
RU_DAYS = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']


# ----------------------------------------------------------------------------------------------
# time helpers
def at(tz, y, mo, d, h=0, mi=0, s=0, wd=None, utc_offset=None):
    """Aware datetime; asserts the weekday named in the text and (optionally) the UTC offset."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        i = dt.weekday()
        assert wd in (EN_DAYS[i], EN_DAY3[i], KA_DAYS[i], RU_DAYS[i]), f'{dt} is not a {wd}'
    if utc_offset is not None:
        assert dt.utcoffset() == timedelta(hours=utc_offset), (dt, dt.utcoffset(), utc_offset)
    return dt


def next_wd(dt, idx):
    """First calendar date strictly after dt's date that falls on weekday idx (Mon=0)."""
    d = dt.date() + timedelta(days=1)
    while d.weekday() != idx:
        d += timedelta(days=1)
    return d


def iso(dt):
    return dt.isoformat()


def zstamp(dt):
    return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def loc(dt):
    return dt.strftime('%Y%m%dT%H%M%S')


def rfc(dt):
    return format_datetime(dt)


def gt(dt):
    """Google style 5pm / 5:30pm."""
    h = dt.hour % 12 or 12
    return f'{h}{":%02d" % dt.minute if dt.minute else ""}{"am" if dt.hour < 12 else "pm"}'


def ot(dt):
    """Outlook style 11:00 AM."""
    h = dt.hour % 12 or 12
    return f'{h}:{dt.minute:02d} {"AM" if dt.hour < 12 else "PM"}'


# ----------------------------------------------------------------------------------------------
# MIME helpers (everything written with LF line ends, pure ASCII after encoding)
def enc(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode(linesep='\n')


def A(name, email):
    return formataddr((name, email), charset='utf-8')


def alist(people):
    if isinstance(people, str):
        return people
    return ', '.join(A(*p) for p in people)


def leaf(ctype, text, cte='quoted-printable', charset='UTF-8', params='', extra=()):
    raw = text.encode('utf-8')
    if cte == 'base64':
        body = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw).decode('ascii')
    else:
        raw.decode('ascii')
        body = text
    ct = f'Content-Type: {ctype}'
    if charset:
        ct += f'; charset="{charset}"'
    ct += params
    if not body.endswith('\n'):
        body += '\n'
    return '\n'.join([ct] + list(extra) + [f'Content-Transfer-Encoding: {cte}']) + '\n\n' + body


def multi(subtype, boundary, parts, params=''):
    s = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"{params}\n\n'
    for p in parts:
        s += f'--{boundary}\n' + p + '\n'
    return s + f'--{boundary}--\n'


def to_html(text, style='font-family:Arial,Helvetica,sans-serif;font-size:14px'):
    out = []
    for para in text.strip('\n').split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(html.escape(l.lstrip('> ').rstrip()) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(html.escape(l) for l in lines) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="{style}">\n' + '\n'.join(out) + '\n</div></body></html>\n')


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))


def base_headers(frm, to, subject, date, msgid, *, cc=None, reply_to=None, sender=None, irt=None,
                 refs=None, relay=('smtp-out.mail.example', '198.51.100.20'), return_path=None,
                 extra=()):
    sid = hashlib.sha1(msgid.encode()).hexdigest()[:14].upper()
    rdate = rfc((date + timedelta(seconds=3)).astimezone(TBS))
    h = [('Delivered-To', OWNER),
         ('Received', f'from {relay[0]} ({relay[0]} [{relay[1]}])\n'
                      f'        by mx1.example.com (Postfix) with ESMTPS id {sid}\n'
                      f'        for <{OWNER}>; {rdate}'),
         ('Return-Path', f'<{return_path or frm[1]}>'),
         ('From', A(*frm))]
    if sender:
        h.append(('Sender', A(*sender)))
    if reply_to:
        h.append(('Reply-To', A(*reply_to)))
    h.append(('To', alist(to)))
    if cc:
        h.append(('Cc', alist(cc)))
    h += [('Subject', enc(subject)), ('Date', rfc(date)), ('Message-ID', msgid)]
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', refs))
    h += list(extra)
    return h


def eml(hdrs, body):
    text = '\n'.join(f'{k}: {v}' for k, v in hdrs) + '\nMIME-Version: 1.0\n' + body
    text.encode('ascii')
    return text


def outlook_extra(topic, idx, lang='en-US'):
    return [('Thread-Topic', enc(topic)), ('Thread-Index', idx), ('Accept-Language', f'{lang}, en-US'),
            ('Content-Language', lang), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]


# ----------------------------------------------------------------------------------------------
# iCalendar helpers (CRLF, folded at 75 octets)
def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def pq(s):
    return f'"{s}"' if any(c in s for c in ',;:') else s


def fold(line):
    parts, cur = [], ''
    for ch in line:
        lim = 75 if not parts else 74
        if len((cur + ch).encode('utf-8')) > lim:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return '\r\n '.join(parts)


def ics(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


VTZ_GEORGIAN = ['BEGIN:VTIMEZONE', 'TZID:Georgian Standard Time', 'BEGIN:STANDARD',
                'DTSTART:16010101T000000', 'TZOFFSETFROM:+0400', 'TZOFFSETTO:+0400', 'END:STANDARD',
                'BEGIN:DAYLIGHT', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0400', 'TZOFFSETTO:+0400',
                'END:DAYLIGHT', 'END:VTIMEZONE']
VTZ_WEUROPE = ['BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'BEGIN:STANDARD',
               'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100',
               'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT',
               'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200',
               'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE']


def vtz_fixed(tzid, name='+04'):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}', f'X-LIC-LOCATION:{tzid}', 'BEGIN:STANDARD',
            'TZOFFSETFROM:+0400', 'TZOFFSETTO:+0400', f'TZNAME:{name}', 'DTSTART:19700101T000000',
            'END:STANDARD', 'END:VTIMEZONE']


def google_ics(*, method, uid, seq, start, end, stamp, created, modified, organizer, attendees,
               summary, description, location='', meet=None, status='CONFIRMED'):
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', f'METHOD:{method}', 'BEGIN:VEVENT', f'DTSTART:{zstamp(start)}',
         f'DTEND:{zstamp(end)}', f'DTSTAMP:{zstamp(stamp)}',
         f'ORGANIZER;CN={pq(organizer[0])}:mailto:{organizer[1]}', f'UID:{uid}']
    for name, email, partstat in attendees:
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE'
                 f';CN={pq(name)};X-NUM-GUESTS=0:mailto:{email}')
    if meet:
        L.append(f'X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}')
    L += [f'CREATED:{zstamp(created)}', f'DESCRIPTION:{esc(description)}',
          f'LAST-MODIFIED:{zstamp(modified)}', f'LOCATION:{esc(location)}', f'SEQUENCE:{seq}',
          f'STATUS:{status}', f'SUMMARY:{esc(summary)}', 'TRANSP:OPAQUE', 'END:VEVENT',
          'END:VCALENDAR']
    return ics(L)


def exchange_ics(*, method, vtz, tzid, uid, seq, start, end, stamp, organizer, attendees, summary,
                 description, location, status='CONFIRMED', lang='en-US', teams=None,
                 busy='TENTATIVE'):
    L = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    L += vtz
    L += ['BEGIN:VEVENT', f'ORGANIZER;CN={pq(organizer[0])}:mailto:{organizer[1]}']
    for name, email, role in attendees:
        L.append(f'ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={pq(name)}:mailto:{email}')
    L += [f'DESCRIPTION;LANGUAGE={lang}:{esc(description)}', f'UID:{uid}',
          f'SUMMARY;LANGUAGE={lang}:{esc(summary)}', f'DTSTART;TZID={tzid}:{loc(start)}',
          f'DTEND;TZID={tzid}:{loc(end)}', 'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{zstamp(stamp)}',
          'TRANSP:OPAQUE', f'STATUS:{status}', f'SEQUENCE:{seq}',
          f'LOCATION;LANGUAGE={lang}:{esc(location)}', f'X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}',
          f'X-MICROSOFT-CDO-BUSYSTATUS:{busy}', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
          'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1',
          'X-MICROSOFT-CDO-INSTTYPE:0']
    if teams:
        L.append(f'X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:{organizer[1]}\\;gruu\\;opaque=app:conf:'
                 f'focus:id:teams:2:0!19:meeting_{teams}-thread.v2!{organizer[1].split("@")[0]}')
        L.append('X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:')
    L += ['X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
          'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE',
          'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY',
          'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    return ics(L)


def teams_footer(slug, mid, pc):
    url = (f'https://teams.microsoft.com/l/meetup-join/19%3ameeting_{slug}%40thread.v2/0?context='
           f'%7b%22Tid%22%3a%22{hashlib.md5(slug.encode()).hexdigest()}%22%7d')
    return ('_' * 80 + '\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
            f'Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pc}\n'
            'Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n'
            'Learn More<https://aka.ms/JoinTeamsMeeting>\n' + '_' * 80)


def teams_invite(*, organizer, to, subject, sent, msgid, boundary, when, intro, ics_text, idx,
                 slug, mid, pc, lang='en-US', cc=None):
    plain = f'When: {when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{intro}\n\n' + \
        teams_footer(slug, mid, pc) + '\n'
    body = multi('alternative', boundary, [
        leaf('text/plain', plain),
        leaf('text/html', to_html(plain, 'font-family:Aptos,Calibri,sans-serif;font-size:11pt')),
        leaf('text/calendar', ics_text, 'base64', params='; method=REQUEST')])
    hdrs = base_headers(organizer, to, subject, sent.astimezone(UTC), msgid, cc=cc,
                        relay=('EUR02-DB5-obe.outbound.protection.outlook.com', '198.51.100.61'),
                        extra=outlook_extra(subject, idx, lang) + [
                            ('Content-class', 'urn:content-classes:calendarmessage'),
                            ('x-ms-publictraffictype', 'Email')])
    return eml(hdrs, body)


def google_invite(*, title, start, end, tzlabel, abbr, organizer, guests, description, uid, seq,
                  created, sent, msgid, b_mixed, b_alt, meet, updated=False, changed='time'):
    """Google Calendar invitation e-mail. guests: [(name, email, partstat)], organizer first."""
    kind = 'Updated invitation' if updated else 'Invitation'
    subj_when = (f'{EN_DAY3[start.weekday()]} {EN_MON3[start.month - 1]} {start.day}, {start.year} '
                 f'{gt(start)} - {gt(end)} ({abbr})')
    subject = f'{kind}: {title} @ {subj_when} ({OWNER})'
    eid = base64.urlsafe_b64encode(f'{uid.split("@")[0]} {OWNER}'.encode()).decode().rstrip('=')
    view = f'https://calendar.google.com/calendar/event?action=VIEW&eid={eid}'
    glines = []
    for i, (n, e, _) in enumerate(guests):
        glines.append(f'{n} - organizer' if i == 0 else n)
        glines.append(e)
    head = f'This event has been updated\nChanged: {changed}\n\n' if updated else ''
    plain = (f'{head}{title}\n{EN_DAYS[start.weekday()]} {EN_MON3[start.month - 1]} {start.day}, '
             f'{start.year} \u22c5 {gt(start)} \u2013 {gt(end)}\n{tzlabel}\n\n'
             f'Join with Google Meet\nhttps://meet.google.com/{meet}?hs=224\n\n'
             f'Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n' + '\n'.join(glines) +
             f'\nView all guest info {view}\n\n{description}\n\n'
             f'Reply for {OWNER} and view more details {view}\n\n\n~~//~~\n'
             'Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
             'You are receiving this email because you are an attendee on the event.\n\n'
             'Forwarding this invitation could allow any recipient to send a response to the '
             'organizer, be added to the guest list, invite others regardless of their own '
             'invitation status, or modify your RSVP. Learn more '
             'https://support.google.com/calendar/answer/37135#forwarding\n')
    cal = google_ics(method='REQUEST', uid=uid, seq=seq, start=start, end=end, stamp=sent,
                     created=created, modified=sent, organizer=organizer,
                     attendees=guests, summary=title, description=description, meet=meet)
    cal_cte = '7bit'
    try:
        cal.encode('ascii')
    except UnicodeEncodeError:
        cal_cte = 'base64'
    body = multi('mixed', b_mixed, [
        multi('alternative', b_alt, [
            leaf('text/plain', plain, 'base64', params='; format=flowed; delsp=yes'),
            leaf('text/html', to_html(plain, 'font-family:Roboto,Helvetica,Arial,sans-serif')),
            leaf('text/calendar', cal, cal_cte, params='; method=REQUEST')]),
        leaf('application/ics', cal, 'base64', charset=None, params='; name="invite.ics"',
             extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    rp = hashlib.sha1(msgid.encode()).hexdigest()[:22]
    hdrs = base_headers(organizer, OWNER, subject, sent.astimezone(UTC), msgid,
                        reply_to=organizer, sender=('Google Calendar', 'calendar-notification@google.com'),
                        relay=('mail-sor-f73.google.com', '203.0.113.73'),
                        return_path=f'{rp}@calendar-server.bounces.google.com')
    return eml(hdrs, body)


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end) if end else None,
            'status': status, 'interviewer_emails': list(interviewers),
            'followup_recipients': list(followups), 'kind': kind}


def lab(interviews, difficulty, category, notes):
    return {'user': OWNER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ================================================================================================
# POSITIVES
# ================================================================================================
@case
def c01():
    slug = 'b262-01-bank-phone-screen-georgian-relative-day'
    nino = ('ნინო აბაშიძე', 'nino.abashidze@kolkhetibank.example')
    sent = at(TBS, 2026, 9, 10, 11, 42, 7, wd='Thursday')
    d = next_wd(sent, 1)                                   # "სამშაბათს" = the coming Tuesday
    start = at(TBS, d.year, d.month, d.day, 15, 0, wd='სამშაბათი')
    assert (start.month, start.day) == (9, 15)
    end = start + timedelta(minutes=30)
    subject = 'სატელეფონო გასაუბრება – უფროსი Full-Stack დეველოპერი (ინტერნეტ-ბანკი)'
    text = """ქალბატონო თამარ,

გმადლობთ, რომ დაინტერესდით ჩვენი ვაკანსიით „უფროსი Full-Stack დეველოპერი (ინტერნეტ-ბანკი)“.

გავეცანით თქვენს რეზიუმეს და გვსურს, მოგიწვიოთ პირველ, სატელეფონო გასაუბრებაზე. გასაუბრებას მე ჩავატარებ. საუბარი დაახლოებით 30 წუთს გაგრძელდება: განვიხილავთ თქვენს გამოცდილებას React-სა და Java/Spring-ზე, ხელფასის მოლოდინს და ბანკში მუშაობის პირობებს.

შემოგთავაზებთ სამშაბათს, 15:00 საათზე. დაგირეკავთ იმ ნომერზე, რომელიც განაცხადში მიუთითეთ (…-17-ით დაბოლოებული).

თუ ეს დრო არ გაწყობთ, უბრალოდ უპასუხეთ ამ წერილს და სხვა დროს შევათანხმებთ.

პატივისცემით,
ნინო აბაშიძე
შერჩევის მენეჯერი | ადამიანური რესურსების მართვის დეპარტამენტი
სს „კოლხეთი ბანკი“ | JSC Kolkheti Bank
ტელ.: +995 32 2 10 00 00 (შიდა 4417)

ეს წერილი და მისი დანართები კონფიდენციალურია და განკუთვნილია მხოლოდ ადრესატისთვის.
"""
    mid = '<GV1P195MB2031A7C4E0D94F1B8C2E1D7A@GV1P195MB2031.EURP195.PROD.OUTLOOK.COM>'
    body = multi('alternative', '_000_GV1P195MB2031A7C4E0D94F1B8C2E1D7AGV1P195MB2031EURP_', [
        leaf('text/plain', text),
        leaf('text/html', to_html(text, 'font-family:Sylfaen,Calibri,sans-serif;font-size:11pt'))])
    hdrs = base_headers(nino, [ME_KA], subject, sent.astimezone(UTC), mid,
                        relay=('EUR05-VI1-obe.outbound.protection.outlook.com', '198.51.100.11'),
                        extra=outlook_extra(subject, 'AQHcIQ7kXb1o9m2TTU6n2v7Rk4YbAw==', 'ka-GE'))
    files = {'01-kolkheti-bank-phone-screen.eml': eml(hdrs, body)}
    return slug, files, lab([iv('Kolkheti Bank', 'უფროსი Full-Stack დეველოპერი (ინტერნეტ-ბანკი)',
                                start, end, 'scheduled', [nino[1]], [nino[1]], 'phone_screen')],
                            'medium', 'positive/email-body-only-georgian',
                            'Georgian-only e-mail; "სამშაბათს, 15:00 საათზე" resolved against the Thursday '
                            '10 Sep message date -> Tue 15 Sep; recruiter conducts the 30-min call.')


@case
def c02():
    slug = 'b262-02-hrge-relay-employer-message'
    mariam = ('მარიამ წიკლაური', 'mariam.tsiklauri@zghvispira.example')
    sent = at(TBS, 2026, 9, 21, 16, 5, 33, wd='Monday')
    d = next_wd(sent, 3)                                   # "ამ ხუთშაბათს"
    start = at(TBS, d.year, d.month, d.day, 12, 30, wd='ხუთშაბათი')
    assert (start.month, start.day) == (9, 24)
    end = start + timedelta(minutes=45)
    role = 'Full-Stack Developer (React/Node.js)'
    subject = f'დამსაქმებელმა გამოგიგზავნათ შეტყობინება: {role}'
    text = f"""გამარჯობა, თამარ!

კომპანია „ზღვისპირა ტექნოლოგიები“ (Zghvispira Tech, ბათუმი) გიგზავნით შეტყობინებას ვაკანსიასთან დაკავშირებით „{role}“, რომელზეც განაცხადი 14 სექტემბერს გააგზავნეთ.

———— დამსაქმებლის შეტყობინება ————
გამარჯობა თამარ,
თქვენი CV და GitHub-ის პროექტები ძალიან მოგვეწონა. გვინდა მოგიწვიოთ ონლაინ ტექნიკურ გასაუბრებაზე ჩვენს CTO-სთან, დავით ხარაიშვილთან — ამ ხუთშაბათს, 12:30 საათზე (თბილისის/ბათუმის დროით). გასაუბრება გაგრძელდება დაახლოებით 45 წუთი, Google Meet-ის ბმულს იმავე დღეს, დილით გამოგიგზავნით.
დადასტურებისთვის ან დროის შესაცვლელად მომწერეთ პირდაპირ: {mariam[1]}
მარიამ წიკლაური, HR მენეჯერი
————————————————————————

ამ წერილზე პასუხის გაცემა შეუძლებელია. დამსაქმებელს დაუკავშირდით ზემოთ მითითებულ მისამართზე.

წარმატებებს გისურვებთ,
HR.GE-ს გუნდი
https://www.hr.ge

შეტყობინებების პარამეტრების შეცვლა: https://www.hr.ge/profile/notifications
"""
    mid = '<20260921120533.7F3A91C0B2@mailer.hr.ge>'
    body = multi('alternative', '----=_Part_4471023_1822915436.1790006733410', [
        leaf('text/plain', text, 'base64'),
        leaf('text/html', to_html(text, 'font-family:BPG Arial,Arial,sans-serif;font-size:14px;color:#333'),
             'base64')])
    hdrs = base_headers(('HR.GE', 'noreply@hr.ge'), OWNER, subject, sent, mid,
                        relay=('mailer.hr.ge', '203.0.113.41'), return_path='bounce@mailer.hr.ge',
                        extra=[('List-Unsubscribe', '<https://www.hr.ge/profile/notifications>'),
                               ('X-Mailer', 'HR.GE Notifier')])
    files = {'01-hrge-employer-message.eml': eml(hdrs, body)}
    return slug, files, lab([iv('Zghvispira Tech', role, start, end, 'scheduled', [], [mariam[1]],
                                'technical')],
                            'hard', 'positive/job-board-relay',
                            'hr.ge no-reply relay wrapping the employer message; "ამ ხუთშაბათს, 12:30" '
                            'resolved against Mon 21 Sep -> Thu 24 Sep; interviewer (CTO) has no address, so '
                            'follow-up goes to the HR address given in the text, never noreply@hr.ge.')


@case
def c03():
    slug = 'b262-03-recruitee-berlin-cest-ics'
    lena = ('Lena Hoffmann', 'lena.hoffmann@spreeblick.example')
    jonas = ('Jonas Weber', 'jonas.weber@spreeblick.example')
    sent = at(BER, 2026, 9, 28, 10, 14, 52, wd='Monday')
    start = at(BER, 2026, 10, 7, 10, 0, wd='Wednesday', utc_offset=2)
    end = start + timedelta(hours=1)
    role = 'Full-Stack Engineer (TypeScript)'
    subject = f'Interview invitation: {role} at Spreeblick Mobility'
    text = f"""Hi Tamar,

Thanks again for the intro call last week - we'd love to move you forward to the technical interview for the {role} position.

Date: Wednesday, 7 October 2026
Time: 10:00 - 11:00 (Europe/Berlin, CEST)
Where: Google Meet - https://meet.google.com/qre-hzpt-wvn
Interviewer: Jonas Weber, Engineering Lead (Fleet Platform)

Jonas will walk you through a small design exercise around our booking API, followed by time for your questions. No preparation needed beyond a laptop with a working browser.

A calendar file is attached. If the slot doesn't work, simply reply to this email and I'll find another one.

Best regards,
Lena Hoffmann
Talent Acquisition | Spreeblick Mobility GmbH
Köpenicker Str. 40, 10179 Berlin

--
Sent with Recruitee
"""
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Recruitee//Interview scheduler//EN',
               'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT',
               'UID:interview-5531872-1f0c7e@recruitee.com', f'DTSTAMP:{zstamp(sent)}',
               f'DTSTART:{zstamp(start)}', f'DTEND:{zstamp(end)}',
               f'SUMMARY:{esc("Technical interview - Tamar Lomidze - " + role)}',
               f'DESCRIPTION:{esc("Technical interview with Jonas Weber. Join: https://meet.google.com/qre-hzpt-wvn")}',
               'LOCATION:https://meet.google.com/qre-hzpt-wvn',
               f'ORGANIZER;CN={lena[0]}:mailto:{lena[1]}',
               f'ATTENDEE;CN={jonas[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{jonas[1]}',
               f'ATTENDEE;CN={OWNER_EN};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}',
               'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    mid = '<5f1c0a9e3b7d4e21a6c8@mail.recruitee.com>'
    body = multi('mixed', '==recruitee_7c1e2f0a9b3d44e5==', [
        multi('alternative', '==recruitee_alt_7c1e2f0a9b3d44e5==', [
            leaf('text/plain', text), leaf('text/html', to_html(text))]),
        leaf('text/calendar', cal, 'base64', params='; method=REQUEST; name="interview.ics"',
             extra=['Content-Disposition: attachment; filename="interview.ics"'])])
    hdrs = base_headers(('Lena Hoffmann (Spreeblick Mobility)', 'notifications@recruitee.com'), [ME_EN],
                        subject, sent, mid, reply_to=lena, relay=('o3.mail.recruitee.com', '198.51.100.93'),
                        return_path='bounces+5531872@mail.recruitee.com')
    files = {'01-recruitee-technical-interview.eml': eml(hdrs, body)}
    return slug, files, lab([iv('Spreeblick Mobility', role, start, end, 'scheduled', [jonas[1]],
                                [jonas[1]], 'technical')],
                            'medium', 'positive/ats-email-with-ics',
                            'Recruitee mail sent from the ATS relay with Reply-To the recruiter; .ics in UTC; '
                            '10:00 Berlin CEST (+02:00) = 12:00 Tbilisi. The past "intro call" has no time and '
                            'is not labelled.')


@case
def c04():
    slug = 'b262-04-teams-georgian-standard-time-panel'
    ana = ('Ana Kiknadze', 'ana.kiknadze@mtkvaribank.example')
    irakli = ('Irakli Janelidze', 'irakli.janelidze@mtkvaribank.example')
    sopho = ('Sopho Gogoladze', 'sopho.gogoladze@mtkvaribank.example')
    sent = at(TBS, 2026, 9, 29, 17, 20, 41, wd='Tuesday')
    start = at(TBS, 2026, 10, 5, 11, 0, wd='Monday')
    end = start + timedelta(hours=1)
    role = 'Full-Stack Developer, Digital Channels'
    subject = f'გასაუბრება: Tamar Lomidze – {role}'
    intro = """თამარ, გამარჯობა!

როგორც ტელეფონით შევთანხმდით, გიგზავნით მოსაწვევს მეორე ეტაპის გასაუბრებაზე. გასაუბრებას ჩაატარებენ ირაკლი ჯანელიძე (ციფრული არხების განვითარების ხელმძღვანელი) და სოფო გოგოლაძე (წამყვანი Full-Stack ინჟინერი). შეხვედრა Microsoft Teams-ში ჩატარდება და ერთ საათს გაგრძელდება. მე მხოლოდ კოორდინაციას ვუწევ და შეხვედრას არ დავესწრები.

წარმატებებს გისურვებთ!

პატივისცემით,
ანა კიკნაძე
ტალანტების მოზიდვის გუნდი | Mtkvari Bank"""
    when = f'{EN_DAYS[start.weekday()]}, {EN_MON[start.month - 1]} {start.day}, {start.year} ' \
           f'{ot(start)}-{ot(end)} (UTC+04:00) Tbilisi.'
    desc = intro + '\n\nMicrosoft Teams meeting\nMeeting ID: 371 552 908 114\nPasscode: Kx7pQ2'
    cal = exchange_ics(method='REQUEST', vtz=VTZ_GEORGIAN, tzid='Georgian Standard Time',
                       uid='040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC01000000000000000010000000'
                           '6F1D2C3B4A5968778695A4B3C2D1E0F1',
                       seq=0, start=start, end=end, stamp=sent, organizer=ana,
                       attendees=[(OWNER_EN, OWNER, 'REQ-PARTICIPANT'),
                                  (irakli[0], irakli[1], 'REQ-PARTICIPANT'),
                                  (sopho[0], sopho[1], 'REQ-PARTICIPANT')],
                       summary=subject, description=desc, location='Microsoft Teams Meeting',
                       lang='ka-GE', teams='Yjc2NmE4ZTMtMWQ0Ni00ZTRmLWI1ZjctMTY2')
    msg = teams_invite(organizer=ana, to=[ME_EN, irakli, sopho], subject=subject, sent=sent,
                       msgid='<AS8PR08MB9193E2F5C1D04B7A9E61C3D2B48A0@AS8PR08MB9193.eurprd08.prod.outlook.com>',
                       boundary='_000_AS8PR08MB9193E2F5C1D04B7A9E61C3D2B48A0AS8PR08MB9193eurp_',
                       when=when, intro=intro, ics_text=cal, idx='AdxQc1nV3w6kq0yWQO2Vq7Cz9xkF4A==',
                       slug='Yjc2NmE4ZTMtMWQ0Ni00ZTRmLWI1ZjctMTY2', mid='371 552 908 114', pc='Kx7pQ2',
                       lang='ka-GE')
    files = {'01-teams-invite-second-round.eml': msg}
    return slug, files, lab([iv('Mtkvari Bank', role, start, end, 'scheduled', [irakli[1], sopho[1]],
                                [irakli[1], sopho[1]], 'onsite')],
                            'medium', 'positive/exchange-teams-windows-tz',
                            'Exchange/Teams invite with TZID "Georgian Standard Time" (UTC+04:00 both '
                            'STANDARD and DAYLIGHT); two-person panel -> onsite; organizer Ana only coordinates '
                            '(says she will not attend) so she is neither interviewer nor follow-up.')


@case
def c05():
    slug = 'b262-05-live-coding-email-plus-google-invite'
    luka = ('Luka Mchedlishvili', 'luka.mchedlishvili@tsitsinatela.example')
    elene = ('Elene Kvaratskhelia', 'elene.kvaratskhelia@tsitsinatela.example')
    sent1 = at(TBS, 2026, 10, 7, 19, 3, 12, wd='Wednesday')
    start = at(TBS, 2026, 10, 13, 17, 0, wd='Tuesday')
    end = start + timedelta(hours=1)
    role = 'Full-Stack Engineer'
    text = f"""Hi Tamar,

Great talking to you on Monday! The team liked your take on the offline-sync problem, so let's do the live-coding round for the {role} role.

Format: 60 minutes. You share your screen and we build a small feature together in our Next.js + NestJS sandbox repo (I'll send repo access 30 min before). Use whatever editor you like, googling is fine. Elene Kvaratskhelia from the payments squad will pair with me.

When: Tuesday 13 Oct, 17:00 Tbilisi time. Calendar invite with the Meet link follows in a minute.

Cheers,
Luka

--
Luka Mchedlishvili
Engineering Manager, Tsitsinatela Labs
Tbilisi | tsitsinatela.example
"""
    mid1 = '<CAH7kQv3+Zb1xN0eTq8Lm2wUu9rYpAa4sQk5dJcE0fV6gW1hRxA@mail.gmail.com>'
    body1 = multi('alternative', '000000000000a4c2e80623f1b7d5', [
        leaf('text/plain', text), leaf('text/html', to_html(text))])
    h1 = base_headers(luka, [ME_EN], 'Tsitsinatela Labs - next step: live-coding round', sent1, mid1,
                      cc=[elene], relay=('mail-sor-f41.google.com', '203.0.113.41'))
    sent2 = at(TBS, 2026, 10, 7, 19, 9, 40)
    title = 'Live coding: Tamar Lomidze x Tsitsinatela Labs'
    desc = (f'Live-coding round for the {role} role. 60 min, screen sharing, Next.js + NestJS sandbox.\n'
            'Interviewers: Luka Mchedlishvili, Elene Kvaratskhelia')
    inv = google_invite(title=title, start=start, end=end, tzlabel='Georgia Time - Tbilisi', abbr='GMT+4',
                        organizer=luka, guests=[(luka[0], luka[1], 'ACCEPTED'), (elene[0], elene[1], 'ACCEPTED'),
                                                (OWNER_EN, OWNER, 'NEEDS-ACTION')],
                        description=desc, uid='3kq9v1h5r2m7t0c8b4n6x1z5pd@google.com', seq=0,
                        created=sent2 - timedelta(seconds=20), sent=sent2,
                        msgid='<calendar-8d3f1c2a-5b7e-4f90-a1c6-2e4d9b7f3a51@google.com>',
                        b_mixed='000000000000b91f3c0623f1ce07', b_alt='000000000000b91f3b0623f1ce05',
                        meet='vkd-pmsa-jqe')
    files = {'01-luka-live-coding-next-step.eml': eml(h1, body1),
             '02-invitation-live-coding.eml': inv}
    return slug, files, lab([iv('Tsitsinatela Labs', role, start, end, 'scheduled', [luka[1], elene[1]],
                                [luka[1], elene[1]], 'technical')],
                            'easy', 'positive/dedupe-email-and-invite',
                            'Live-coding round announced by e-mail and by Google invite (UTC in .ics) = one '
                            'interview; both Luka and Elene conduct it (pair session, kept as technical).')


@case
def c06():
    slug = 'b262-06-tallinn-reschedule-across-dst-end'
    kadri = ('Kadri Tamm', 'kadri.tamm@toompeadata.example')
    martin = ('Martin Kask', 'martin.kask@toompeadata.example')
    role = 'Senior Full-Stack Developer (remote)'
    s1 = at(TLL, 2026, 10, 22, 14, 0, wd='Thursday', utc_offset=3)
    s2 = at(TLL, 2026, 10, 29, 14, 0, wd='Thursday', utc_offset=2)
    assert s1.astimezone(TBS).hour == 15 and s2.astimezone(TBS).hour == 16
    dur = timedelta(hours=1)
    title = 'Toompea Data - technical interview (Tamar Lomidze)'
    desc = (f'Technical interview for the {role} role with Martin Kask (Tech Lead, Data Platform). '
            'Architecture discussion + code review of a short PR. Times shown in Tallinn time.')
    guests = [(kadri[0], kadri[1], 'ACCEPTED'), (martin[0], martin[1], 'ACCEPTED'),
              (OWNER_EN, OWNER, 'NEEDS-ACTION')]
    uid = '6t2f8m1q0vj3k5s7d9w4b2c6xe@google.com'
    sent1 = at(TLL, 2026, 10, 15, 10, 12, 3, wd='Thursday')
    inv1 = google_invite(title=title, start=s1, end=s1 + dur, tzlabel='Eastern European Time - Tallinn',
                         abbr='EEST', organizer=kadri, guests=guests, description=desc, uid=uid, seq=0,
                         created=sent1 - timedelta(minutes=1), sent=sent1,
                         msgid='<calendar-1b6e0d2f-93a4-4c87-8e15-7f2a6c9d4b30@google.com>',
                         b_mixed='0000000000004d8a1e0624a2f311', b_alt='0000000000004d8a1d0624a2f30f',
                         meet='hbt-wqzo-kfa')
    sent2 = at(TLL, 2026, 10, 19, 11, 31, 26, wd='Monday')
    text2 = """Hi Tamar,

Sorry for the shuffle - Martin has to be on-site with a client this Thursday, so we can't keep the technical interview on the 22nd.

Could we move it by exactly one week, to Thursday 29 October, same time (14:00 Tallinn)? One heads-up: Estonia switches to winter time on Sunday 25 October, so while the original slot was 15:00 for you in Tbilisi, the new one will be 16:00 your time.

If that works, just reply and I'll update the calendar invite.

Thanks and sorry again,
Kadri

Kadri Tamm
People Partner | Toompea Data OÜ
Tallinn, Estonia
"""
    mid2 = '<CAJm4Nf0c7Wq2yXe9R1bT8uP3kLzQd5sVh6gA0nM2jF4oE7iKwg@mail.gmail.com>'
    b2 = multi('alternative', '000000000000e17c9a0624d87f42', [
        leaf('text/plain', text2), leaf('text/html', to_html(text2))])
    h2 = base_headers(kadri, [ME_EN], 'Toompea Data - moving your technical interview', sent2, mid2,
                      cc=[martin], relay=('mail-sor-f52.google.com', '203.0.113.52'))
    sent3 = at(TLL, 2026, 10, 19, 16, 2, 55, wd='Monday')
    desc3 = desc + '\nMoved from 22 Oct to 29 Oct - thanks for confirming, Tamar!'
    inv2 = google_invite(title=title, start=s2, end=s2 + dur, tzlabel='Eastern European Time - Tallinn',
                         abbr='EET', organizer=kadri, guests=guests, description=desc3, uid=uid, seq=1,
                         created=sent1 - timedelta(minutes=1), sent=sent3,
                         msgid='<calendar-4e90a7c3-2d15-4b6f-9c08-a1e3f5b7d922@google.com>',
                         b_mixed='00000000000081a5f20624dc61a9', b_alt='00000000000081a5f10624dc61a7',
                         meet='hbt-wqzo-kfa', updated=True, changed='date')
    files = {'01-invitation-technical-interview.eml': inv1,
             '02-kadri-moving-interview.eml': eml(h2, b2),
             '03-updated-invitation-technical-interview.eml': inv2}
    return slug, files, lab([iv('Toompea Data', role, s2, s2 + dur, 'scheduled', [martin[1]], [martin[1]],
                                'technical')],
                            'hard', 'positive/reschedule-dst',
                            'Google invite 22 Oct 14:00 EEST (+03:00) moved one week to 29 Oct 14:00 EET '
                            '(+02:00) across the 25 Oct EU DST end (15:00 -> 16:00 Tbilisi); SEQUENCE 0 -> 1, '
                            'same UID; final time only. Kadri organizes, Martin conducts.')


@case
def c07():
    slug = 'b262-07-pinpoint-cancelled-position-on-hold'
    keti = ('Ketevan Surmanidze', 'ketevan.surmanidze@goniosoft.example')
    role = 'Full-Stack Developer (Laravel/Vue)'
    start = at(TBS, 2026, 10, 12, 10, 30, wd='Monday')
    end = start + timedelta(minutes=45)
    sent1 = at(UTC, 2026, 10, 2, 9, 30, 15, wd='Friday')
    uid = 'pinpoint-interview-88213-4f7a1c@pinpointhq.com'

    def cal(method, seq, status, stamp):
        return ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Pinpoint//Interviews//EN',
                    f'METHOD:{method}'] + vtz_fixed('Asia/Tbilisi') + [
                    'BEGIN:VEVENT', f'UID:{uid}', f'SEQUENCE:{seq}', f'DTSTAMP:{zstamp(stamp)}',
                    f'DTSTART;TZID=Asia/Tbilisi:{loc(start)}', f'DTEND;TZID=Asia/Tbilisi:{loc(end)}',
                    f'SUMMARY:{esc("Interview: Tamar Lomidze - " + role + " (Gonio Software)")}',
                    f'DESCRIPTION:{esc("Technical interview. Microsoft Teams link will be shared by the hiring team.")}',
                    'LOCATION:Microsoft Teams', f'ORGANIZER;CN={keti[0]}:mailto:{keti[1]}',
                    f'ATTENDEE;CN={OWNER_EN};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}',
                    f'STATUS:{status}', 'END:VEVENT', 'END:VCALENDAR'])
    text1 = f"""Hi Tamar,

Your interview has been booked. Here are the details:

Job: {role}
Stage: Technical interview
Date: Monday 12 October 2026
Time: 10:30 - 11:15 (GMT+04:00) Tbilisi
Location: Microsoft Teams (link will follow from the hiring team)
Interviewer: Tornike Beridze, Team Lead

Need to change something? Reply to this email and Ketevan will help.

Good luck!
The Gonio Software hiring team
Batumi, Georgia

Powered by Pinpoint
"""
    m1 = '<0100019a2f4c7e3b-5d1a-4c2e-9b7f-pp88213@email.pinpointhq.com>'
    b1 = multi('mixed', '--==_mimepart_66fd1b2f4a3c8_1a2b3c4d', [
        multi('alternative', '--==_mimepart_66fd1b2f4a3c8_alt', [
            leaf('text/plain', text1), leaf('text/html', to_html(text1))]),
        leaf('text/calendar', cal('REQUEST', 0, 'CONFIRMED', sent1), 'base64',
             params='; method=REQUEST; name="interview.ics"',
             extra=['Content-Disposition: attachment; filename="interview.ics"'])])
    h1 = base_headers(('Gonio Software', 'notifications@pinpointhq.com'), [ME_EN],
                      f'Interview confirmed: {role} - Gonio Software', sent1, m1, reply_to=keti,
                      relay=('a48-17.smtp-out.pinpointhq.com', '198.51.100.48'),
                      return_path='0100019a2f4c7e3b@bounces.pinpointhq.com')
    sent2 = at(UTC, 2026, 10, 8, 6, 48, 2, wd='Thursday')
    text2 = f"""Hi Tamar,

Your interview for {role} on Monday 12 October 2026 at 10:30 (GMT+04:00) has been cancelled.

Message from Ketevan Surmanidze:
"თამარ, ბოდიშს გიხდით — კლიენტმა პროექტი გადადო და ვაკანსია დროებით შეჩერებულია, ამიტომ ორშაბათის გასაუბრება უქმდება. როგორც კი პოზიცია განახლდება, პირველ რიგში თქვენ დაგიკავშირდებით. პატივისცემით, ქეთევანი"

The Gonio Software hiring team

Powered by Pinpoint
"""
    m2 = '<0100019a4e91d2a7-8c3f-4e1b-a6d0-pp88213@email.pinpointhq.com>'
    b2 = multi('mixed', '--==_mimepart_67046b12e91d5_5e6f7a8b', [
        multi('alternative', '--==_mimepart_67046b12e91d5_alt', [
            leaf('text/plain', text2), leaf('text/html', to_html(text2))]),
        leaf('text/calendar', cal('CANCEL', 1, 'CANCELLED', sent2), 'base64',
             params='; method=CANCEL; name="interview.ics"',
             extra=['Content-Disposition: attachment; filename="interview.ics"'])])
    h2 = base_headers(('Gonio Software', 'notifications@pinpointhq.com'), [ME_EN],
                      f'Interview cancelled: {role} - Gonio Software', sent2, m2, reply_to=keti,
                      relay=('a48-17.smtp-out.pinpointhq.com', '198.51.100.48'),
                      return_path='0100019a4e91d2a7@bounces.pinpointhq.com')
    files = {'01-pinpoint-interview-confirmed.eml': eml(h1, b1),
             '02-pinpoint-interview-cancelled.eml': eml(h2, b2)}
    return slug, files, lab([iv('Gonio Software', role, start, end, 'cancelled', [], [keti[1]],
                                'technical')],
                            'medium', 'positive/cancellation',
                            'Pinpoint booking then Pinpoint cancellation (METHOD:CANCEL, SEQUENCE 1) with a '
                            'Georgian note: position on hold. Kept as cancelled at its last time. Interviewer '
                            'named without address -> follow-up is the recruiter from Reply-To.')


@case
def c08():
    slug = 'b262-08-yerevan-two-rounds-russian'
    anna = ('Анна Петросян', 'anna.petrosyan@araratcloud.example')
    armen = ('Армен Саргсян', 'armen.sargsyan@araratcloud.example')
    role = 'Full-Stack разработчик (удалённо)'
    sent1 = at(EVN, 2026, 10, 14, 11, 5, 48, wd='Wednesday')
    s1 = at(EVN, 2026, 10, 19, 12, 0, wd='понедельник')
    e1 = s1 + timedelta(minutes=30)
    t1 = f"""Здравствуйте, Тамар!

Спасибо за отклик на вакансию «{role}» в Ararat Cloud Systems.

Приглашаем вас на первичное собеседование со мной в понедельник, 19 октября, в 12:00 по ереванскому времени (у нас с Тбилиси одно время, UTC+4). Созвон в Zoom займёт около 30 минут: расскажу о компании и проекте, обсудим ваш опыт и ожидания.

Ссылка: https://zoom.us/j/84417730215?pwd=QXJhcmF0Q2xvdWQ

Подтвердите, пожалуйста, удобно ли вам это время.

С уважением,
Анна Петросян
HR Business Partner | Ararat Cloud Systems
Ереван, Армения
"""
    m1 = '<7c2e91f0-4b3a-4d8e-b1c5-a9f0e3d27b64@araratcloud.example>'
    b1 = multi('alternative', '------------KX1pB7uV3dN9sLq0Wm5cRt2e', [
        leaf('text/plain', t1), leaf('text/html', to_html(t1))])
    h1 = base_headers(anna, [ME_EN], f'Приглашение на собеседование – {role}', sent1, m1,
                      relay=('mail.araratcloud.example', '198.51.100.77'),
                      extra=[('User-Agent', 'Mozilla Thunderbird')])
    sent2 = at(EVN, 2026, 10, 20, 17, 40, 10, wd='Tuesday')
    s2 = at(EVN, 2026, 10, 23, 15, 0, wd='пятница')
    e2 = at(EVN, 2026, 10, 23, 16, 30)
    tamar_reply = f"""Здравствуйте, Анна!

Спасибо, подтверждаю: понедельник, 19 октября, 12:00 мне удобно.

Тамар

Ср, 14 окт. 2026 г. в 11:05, Анна Петросян <{anna[1]}>:
{quote(t1)}"""
    t2 = f"""Тамар, добрый вечер!

Спасибо за вчерашний разговор, было приятно познакомиться. Рады пригласить вас на следующий этап — техническое собеседование с нашим тимлидом Арменом Саргсяном ({armen[1]}, он в копии).

Дата: пятница, 23 октября
Время: 15:00–16:30 по Еревану (UTC+4, то есть так же, как в Тбилиси)
Формат: Zoom, часть времени — live-coding на TypeScript (Node.js), затем вопросы по архитектуре.

Приглашение в календарь во вложении.

С уважением,
Анна Петросян
HR Business Partner | Ararat Cloud Systems

Пн, 19 окт. 2026 г. в 09:12, Tamar Lomidze <{OWNER}>:
{quote(tamar_reply)}
"""
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', 'VERSION:2.0',
               'METHOD:REQUEST'] + vtz_fixed('Asia/Yerevan') + [
               'BEGIN:VEVENT', f'CREATED:{zstamp(sent2)}', f'LAST-MODIFIED:{zstamp(sent2)}',
               f'DTSTAMP:{zstamp(sent2)}', 'UID:0b9e4f27-6c1d-4a58-93e2-f7d1c8a05b3e',
               f'SUMMARY:{esc("Техническое собеседование: Тамар Ломидзе (Ararat Cloud Systems)")}',
               f'ORGANIZER;CN={pq(anna[0])}:mailto:{anna[1]}',
               f'ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN={pq(OWNER_EN)}:mailto:{OWNER}',
               f'ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN={pq(armen[0])}:mailto:{armen[1]}',
               f'DTSTART;TZID=Asia/Yerevan:{loc(s2)}', f'DTEND;TZID=Asia/Yerevan:{loc(e2)}',
               'LOCATION:https://zoom.us/j/86120034471', 'SEQUENCE:0', 'TRANSP:OPAQUE',
               f'DESCRIPTION:{esc("Техническое собеседование с Арменом Саргсяном (тимлид). Live-coding + архитектура.")}',
               'END:VEVENT', 'END:VCALENDAR'])
    m2 = '<d41a8e7b-09c2-4f63-8a1d-5e2b7c9f0a38@araratcloud.example>'
    tamar_mid = '<CAMx9Ra1Lq7Vd3nT0kWz5yHb2eGf8sJc4uP6oQm1iN7tA3vXr0Q@mail.gmail.com>'
    b2 = multi('mixed', '------------mX0rT4aY8bH2jQ6vLd1sNe9k', [
        multi('alternative', '------------Zp3wF7gC1kM5tR9xVb2nQh6u', [
            leaf('text/plain', t2), leaf('text/html', to_html(t2))]),
        leaf('text/calendar', cal, 'base64', params='; method=REQUEST; name="invite.ics"',
             extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    h2 = base_headers(anna, [ME_EN], f'Re: Приглашение на собеседование – {role}', sent2, m2, cc=[armen],
                      irt=tamar_mid, refs=f'{m1}\n {tamar_mid}',
                      relay=('mail.araratcloud.example', '198.51.100.77'),
                      extra=[('User-Agent', 'Mozilla Thunderbird')])
    files = {'01-ararat-first-interview.eml': eml(h1, b1),
             '02-ararat-technical-interview.eml': eml(h2, b2)}
    return slug, files, lab([
        iv('Ararat Cloud Systems', role, s1, e1, 'scheduled', [anna[1]], [anna[1]], 'phone_screen'),
        iv('Ararat Cloud Systems', role, s2, e2, 'scheduled', [armen[1]], [armen[1]], 'technical')],
        'medium', 'positive/two-interviews',
        'Russian thread from a Yerevan company (Asia/Yerevan, +04:00): HR screen with the recruiter on '
        'Mon 19 Oct 12:00 (30 min), then a technical round with the team lead Fri 23 Oct 15:00-16:30 '
        '(e-mail + .ics) = two interviews.')


@case
def c09():
    slug = 'b262-09-onsite-loop-itinerary-three-ics'
    salome = ('Salome Kapanadze', 'salome.kapanadze@narikala.example')
    giorgi = ('Giorgi Tsereteli', 'giorgi.tsereteli@narikala.example')
    maka = ('Maka Dolidze', 'maka.dolidze@narikala.example')
    zurab = ('Zurab Chikovani', 'zurab.chikovani@narikala.example')
    role = 'Full-Stack Engineer (.NET/Angular)'
    sent = at(TBS, 2026, 10, 9, 16, 14, 55, wd='Friday')
    day = (2026, 10, 16)
    sess = [(at(TBS, *day, 10, 0, wd='პარასკევი'), at(TBS, *day, 11, 0), giorgi, 'ტექნიკური გასაუბრება'),
            (at(TBS, *day, 11, 15), at(TBS, *day, 12, 15), maka, 'სისტემური დიზაინი'),
            (at(TBS, *day, 13, 0), at(TBS, *day, 13, 45), zurab, 'საუბარი დირექტორთან')]
    text = f"""თამარ, გამარჯობა!

მოხარული ვართ, რომ გადადიხართ ფინალურ ეტაპზე პოზიციაზე „{role}“. ფინალური ეტაპი ჩატარდება ჩვენს ოფისში (ვაჟა-ფშაველას გამზ. 71, მე-5 სართული) მომავალ პარასკევს, 16 ოქტომბერს.

დღის განრიგი:
10:00–11:00 — ტექნიკური გასაუბრება: გიორგი წერეთელი (Tech Lead) — {giorgi[1]}
11:15–12:15 — სისტემური დიზაინი: მაკა დოლიძე (Solution Architect) — {maka[1]}
12:15–13:00 — ლანჩი გუნდთან ერთად
13:00–13:45 — საუბარი დირექტორთან: ზურაბ ჩიქოვანი — {zurab[1]}

თითოეულ სესიაზე ცალკე მოსაწვევს მიიღებთ კალენდარში. შესასვლელში დაცვას უთხარით, რომ გასაუბრებაზე მოხვედით — ჩამოვალ და აგიყვანთ.

პატივისცემით,
სალომე კაპანაძე
HR კოორდინატორი | Narikala Solutions
{salome[1]} | +995 32 2 47 71 00
"""
    mid = '<VI1PR02MB6110B7E24F8A41C9D3E5A0F7C19B2@VI1PR02MB6110.eurprd02.prod.outlook.com>'
    body = multi('alternative', '_000_VI1PR02MB6110B7E24F8A41C9D3E5A0F7C19B2VI1PR02MB6110eurp_', [
        leaf('text/plain', text),
        leaf('text/html', to_html(text, 'font-family:Sylfaen,Calibri,sans-serif;font-size:11pt'))])
    subject = f'ფინალური ეტაპი – ადგილზე გასაუბრება, Narikala Solutions (16 ოქტომბერი)'
    hdrs = base_headers(salome, [ME_KA], subject, sent.astimezone(UTC), mid,
                        relay=('EUR02-AM0-obe.outbound.protection.outlook.com', '198.51.100.62'),
                        extra=outlook_extra(subject, 'AdxYb0Qe9r1n7B4kR3mWq0TtZk2Hcw==', 'ka-GE'))
    files = {'01-narikala-onsite-itinerary.eml': eml(hdrs, body)}
    names = ['02-technical-session.ics', '03-system-design-session.ics', '04-director-chat.ics']
    for i, ((s, e, who, what), fname) in enumerate(zip(sess, names)):
        files[fname] = exchange_ics(
            method='REQUEST', vtz=VTZ_GEORGIAN, tzid='Georgian Standard Time',
            uid=f'040000008200E00074C5B7101A82E0080000000050C3D9E1{i:02d}5BDC0100000000000000001000000'
                f'0A7F3E2D1C0B9A8{i:02d}',
            seq=0, start=s, end=e, stamp=sent + timedelta(minutes=6 + i), organizer=salome,
            attendees=[(OWNER_EN, OWNER, 'REQ-PARTICIPANT'), (who[0], who[1], 'REQ-PARTICIPANT')],
            summary=f'Narikala Solutions – {what} (Tamar Lomidze)',
            description=f'ფინალური ეტაპი, პოზიცია: {role}. {what}, ჩაატარებს: {who[0]}.',
            location='Narikala Solutions, ვაჟა-ფშაველას გამზ. 71, მე-5 სართული, შეხვედრების ოთახი „ჯვარი“',
            lang='ka-GE', busy='BUSY')
    return slug, files, lab([iv('Narikala Solutions', role, sess[0][0], sess[-1][1], 'scheduled',
                                [giorgi[1], maka[1], zurab[1]], [giorgi[1], maka[1], zurab[1]], 'onsite')],
                            'hard', 'positive/onsite-loop',
                            'Same-day in-office loop (10:00-13:45 with lunch) sent as an itinerary e-mail plus '
                            'three separate Outlook .ics (Georgian Standard Time) = ONE onsite with three '
                            'interviewers; coordinator Salome only schedules.')


@case
def c10():
    slug = 'b262-10-gcal-json-founder-final-chat'
    nodar = ('Nodar Gabunia', 'nodar.gabunia@mzetamze.example')
    start = at(TBS, 2026, 11, 4, 18, 30, wd='Wednesday')
    end = start + timedelta(minutes=45)
    role = 'Full-Stack Engineer'
    ev = {
        'kind': 'calendar#event',
        'etag': '"3519027784120000"',
        'id': '0m4d7s2kq9f1h8v3b6t5c1x0pa',
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=MG00ZDdzMmtxOWYxaDh2M2I2dDVjMXgwcGEgdGFtYXIubG9taWR6ZUBleGFtcGxlLmNvbQ',
        'created': '2026-10-30T08:41:12.000Z',
        'updated': '2026-10-30T09:02:04.060Z',
        'summary': 'Mzetamze Pay — final chat with Nodar (CEO)',
        'description': (f'Final step for the {role} role: a conversation with our co-founder & CEO Nodar '
                        'about product vision, the team and your questions. No technical part.\n'
                        'Nodar will start the Meet call; if anything changes write to him directly.'),
        'creator': {'email': nodar[1], 'displayName': nodar[0]},
        'organizer': {'email': nodar[1], 'displayName': nodar[0]},
        'start': {'dateTime': iso(start), 'timeZone': 'Asia/Tbilisi'},
        'end': {'dateTime': iso(end), 'timeZone': 'Asia/Tbilisi'},
        'iCalUID': '0m4d7s2kq9f1h8v3b6t5c1x0pa@google.com',
        'sequence': 0,
        'attendees': [
            {'email': nodar[1], 'displayName': nodar[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': OWNER, 'displayName': OWNER_EN, 'self': True, 'responseStatus': 'accepted'}],
        'hangoutLink': 'https://meet.google.com/zaf-qnkr-twb',
        'conferenceData': {
            'entryPoints': [{'entryPointType': 'video', 'uri': 'https://meet.google.com/zaf-qnkr-twb',
                             'label': 'meet.google.com/zaf-qnkr-twb'}],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
            'conferenceId': 'zaf-qnkr-twb'},
        'reminders': {'useDefault': True},
        'eventType': 'default'}
    files = {'01-final-chat-ceo.gcal.json': json.dumps(ev, indent=2, ensure_ascii=False) + '\n'}
    return slug, files, lab([iv('Mzetamze Pay', role, start, end, 'scheduled', [nodar[1]], [nodar[1]],
                                'hiring_manager')],
                            'easy', 'positive/calendar-api-json',
                            'Calendar API event only: final chat with the co-founder/CEO (an explicit hiring '
                            'step), Asia/Tbilisi +04:00.')


@case
def c11():
    slug = 'b262-11-standalone-ics-berlin-after-dst-end'
    felix = ('Felix Brandt', 'felix.brandt@kreuzbergledger.example')
    sabine = ('Sabine Krüger', 'sabine.krueger@kreuzbergledger.example')
    role = 'Full-Stack Developer (Payments)'
    start = at(BER, 2026, 11, 3, 9, 30, wd='Tuesday', utc_offset=1)
    end = start + timedelta(minutes=45)
    assert (start.astimezone(TBS).hour, start.astimezone(TBS).minute) == (12, 30)
    stamp = at(UTC, 2026, 10, 20, 8, 5, 0)
    desc = (f'Hi Tamar,\n\nthis is your hiring-manager conversation with Sabine Krüger (Head of Engineering) '
            f'for the {role} role - 45 minutes on Teams.\nNote: Germany is back on winter time by then '
            '(CET, UTC+1), so 09:30 Berlin = 12:30 in Tbilisi.\n\nBest,\nFelix\n\n' +
            teams_footer('ZTk1MmQ0YjctOGE2Yy00ZDFlLWJmMzAtNGY1', '318 664 027 905', 'r5Tq9Z'))
    cal = exchange_ics(method='REQUEST', vtz=VTZ_WEUROPE, tzid='W. Europe Standard Time',
                       uid='040000008200E00074C5B7101A82E00800000000C07F14A26C5EDC0100000000000000001000000'
                           '09E2B5D8F1A3C4E6B7D80F1A2B3C4D5E6',
                       seq=0, start=start, end=end, stamp=stamp, organizer=felix,
                       attendees=[(sabine[0], sabine[1], 'REQ-PARTICIPANT'),
                                  (OWNER_EN, OWNER, 'REQ-PARTICIPANT')],
                       summary=f'Kreuzberg Ledger | Interview Tamar Lomidze - Hiring Manager (Sabine Krüger)',
                       description=desc, location='Microsoft Teams Meeting', lang='de-DE',
                       teams='ZTk1MmQ0YjctOGE2Yy00ZDFlLWJmMzAtNGY1')
    files = {'01-hiring-manager-interview.ics': cal}
    return slug, files, lab([iv('Kreuzberg Ledger', role, start, end, 'scheduled', [sabine[1]], [sabine[1]],
                                'hiring_manager')],
                            'medium', 'positive/standalone-ics-windows-tz',
                            'Standalone Exchange .ics with TZID "W. Europe Standard Time" and full DST rules; '
                            'Tue 3 Nov is after the 25 Oct DST end -> +01:00 (12:30 Tbilisi). Recruiter Felix '
                            'organizes; Sabine conducts.')


@case
def c12():
    slug = 'b262-12-georgian-thread-propose-confirm'
    natia = ('ნათია ფუტკარაძე', 'natia.putkaradze@rionigames.example')
    saba = ('საბა ჯორბენაძე', 'saba.jorbenadze@rionigames.example')
    role = 'Full-Stack დეველოპერი (Node.js/React)'
    sent1 = at(TBS, 2026, 10, 19, 10, 20, 31, wd='Monday')
    wed = next_wd(sent1, 2)
    thu = next_wd(sent1, 3)
    assert (wed.day, thu.day) == (21, 22)
    start = at(TBS, 2026, 10, thu.day, 16, 0, wd='ხუთშაბათი')
    end = start + timedelta(hours=1)
    t1 = f"""გამარჯობა, თამარ!

დიდი მადლობა სატესტო დავალებისთვის — საბამ უკვე გადახედა და ძალიან მოეწონა. შემდეგი ნაბიჯია ტექნიკური გასაუბრება პოზიციაზე „{role}“ ჩვენს Lead Engineer-თან, საბა ჯორბენაძესთან (ასლშია).

შემოგთავაზებთ ორ ვარიანტს ამ კვირაში:
• ოთხშაბათს, 11:00 საათზე
• ხუთშაბათს, 16:00 საათზე

გასაუბრება ერთ საათს გაგრძელდება, Google Meet-ით. რომელი გირჩევნიათ?

პატივისცემით,
ნათია ფუტკარაძე
People & Culture | Rioni Games
ბათუმი, ზ. გორგილაძის ქ. 24
"""
    m1 = '<CAK2pVb8rT1nQ0xE4mW7sLz3yJc9uH5dGf6aO2kRq8iN1tB0eZw@mail.gmail.com>'
    b1 = multi('alternative', '0000000000003f7b2d0624c9e1a8', [
        leaf('text/plain', t1, 'base64'), leaf('text/html', to_html(t1), 'base64')])
    subj = 'Rioni Games – ტექნიკური გასაუბრება'
    h1 = base_headers(natia, [ME_KA], subj, sent1, m1, cc=[saba], relay=('mail-sor-f65.google.com', '203.0.113.65'))
    tamar_mid = '<CAMx9Ra4Tz2Wp8kL1vQc7nE0yBd5sHf3jG6uO9mA2iR4tX8bVqE@mail.gmail.com>'
    tamar = f"""ნათია, გამარჯობა!

ხუთშაბათი, 16:00 ჩემთვის იდეალურია. მადლობა!

თამარ

ორშ, 19 ოქტ. 2026, 10:20-ზე ნათია ფუტკარაძე <{natia[1]}> წერს:
{quote(t1)}"""
    sent2 = at(TBS, 2026, 10, 19, 14, 5, 9, wd='Monday')
    t2 = f"""შესანიშნავია, თამარ!

ვადასტურებთ: ხუთშაბათს, 22 ოქტომბერს, 16:00–17:00.
Google Meet: https://meet.google.com/rgm-xwpe-dah

საბა შეგიერთდებათ, მე არ ვიქნები. წარმატებები!

ნათია

ორშ, 19 ოქტ. 2026, 12:47-ზე Tamar Lomidze <{OWNER}> წერს:
{quote(tamar)}
"""
    m2 = '<CAK2pVb9sU2oR1yF5nX8tMa4zKd0vI6eHg7bP3lSr9jO2uC1fAx@mail.gmail.com>'
    b2 = multi('alternative', '000000000000c18e4f0624cc02b3', [
        leaf('text/plain', t2, 'base64'), leaf('text/html', to_html(t2), 'base64')])
    h2 = base_headers(natia, [ME_KA], 'Re: ' + subj, sent2, m2, cc=[saba], irt=tamar_mid,
                      refs=f'{m1}\n {tamar_mid}', relay=('mail-sor-f65.google.com', '203.0.113.65'))
    files = {'01-rioni-two-slots.eml': eml(h1, b1), '02-rioni-confirmed.eml': eml(h2, b2)}
    return slug, files, lab([iv('Rioni Games', role, start, end, 'scheduled', [saba[1]], [saba[1]],
                                'technical')],
                            'medium', 'positive/thread-propose-confirm',
                            'Georgian Gmail thread: two proposed slots (Wed 11:00 / Thu 16:00 relative to Mon '
                            '19 Oct), candidate picks Thursday (quoted), recruiter confirms Thu 22 Oct '
                            '16:00-17:00; Saba (cc) conducts. Take-home test mentioned is not an interview.')


@case
def c13():
    slug = 'b262-13-tallinn-recruiter-call-eet'
    liis = ('Liis Saar', 'liis.saar@kadriorg.example')
    role = 'Full-Stack Developer (Vue/Go)'
    sent1 = at(TLL, 2026, 11, 2, 10, 3, 27, wd='Monday', utc_offset=2)
    at(TLL, 2026, 11, 11, 15, 0, wd='Wednesday')
    start = at(TLL, 2026, 11, 12, 10, 0, wd='Thursday', utc_offset=2)
    assert start.astimezone(TBS).hour == 12
    end = start + timedelta(minutes=30)
    t1 = f"""Hi Tamar,

I'm a recruiter at Kadriorg Systems in Tallinn - thanks for applying to our {role} role (fully remote, EU contract).

Would Wednesday 11 November at 15:00 (Tallinn time) work for a 30-minute intro call with me? I'd tell you about the team and ask a few questions about your background.

Best,
Liis Saar
Talent Partner, Kadriorg Systems AS
"""
    m1 = '<AM7PR83MB0437C1D2E3F40A5B6C7D8E9F0A1B2@AM7PR83MB0437.EURPRD83.prod.outlook.com>'
    b1 = multi('alternative', '_000_AM7PR83MB0437C1D2E3F40A5B6C7D8E9F0A1B2AM7PR83MB0437EURP_', [
        leaf('text/plain', t1), leaf('text/html', to_html(t1, 'font-family:Aptos,Calibri,sans-serif'))])
    h1 = base_headers(liis, [ME_EN], f'Kadriorg Systems - intro call ({role})', sent1.astimezone(UTC), m1,
                      relay=('EUR03-AM7-obe.outbound.protection.outlook.com', '198.51.100.83'),
                      extra=outlook_extra('Kadriorg Systems - intro call', 'AQHcTm2r1Vb8zQ4Yk0u7Ww==', 'et-EE'))
    tamar_mid = '<CAMx9Ra7Wc5Zs1nO4yTf0qH3bGg8vKi6mJ9xR2pD5lU7wA1eYtB@mail.gmail.com>'
    tamar = f"""Hi Liis,

Thanks for reaching out! Unfortunately Wednesday 11 Nov at 15:00 doesn't work for me - I have another commitment that afternoon. Could we do Thursday or Friday morning instead?

Best,
Tamar

On Mon, 2 Nov 2026 at 12:03, Liis Saar <{liis[1]}> wrote:
{quote(t1)}"""
    at(TLL, 2026, 11, 5, 20, 17, wd='Thursday')          # quoted 'Sent:' line
    sent2 = at(TLL, 2026, 11, 6, 9, 41, 50, wd='Friday')
    t2 = f"""Hi Tamar,

No problem at all! Let's do Thursday 12 November at 10:00 Tallinn time (EET) - that should be 12:00 for you in Tbilisi, if I got the time difference right. I'll call you on Teams; 30 minutes, just the two of us.

Talk soon,
Liis

Liis Saar
Talent Partner, Kadriorg Systems AS
Tallinn, Estonia

________________________________
From: Tamar Lomidze <{OWNER}>
Sent: Thursday, November 5, 2026 8:17 PM
To: Liis Saar <{liis[1]}>
Subject: Re: Kadriorg Systems - intro call ({role})

{tamar}
"""
    m2 = '<AM7PR83MB04379A8B7C6D5E4F3A2B1C0D9E8F7@AM7PR83MB0437.EURPRD83.prod.outlook.com>'
    b2 = multi('alternative', '_000_AM7PR83MB04379A8B7C6D5E4F3A2B1C0D9E8F7AM7PR83MB0437EURP_', [
        leaf('text/plain', t2), leaf('text/html', to_html(t2, 'font-family:Aptos,Calibri,sans-serif'))])
    h2 = base_headers(liis, [ME_EN], f'RE: Kadriorg Systems - intro call ({role})', sent2.astimezone(UTC), m2,
                      irt=tamar_mid, refs=f'{m1}\n {tamar_mid}',
                      relay=('EUR03-AM7-obe.outbound.protection.outlook.com', '198.51.100.83'),
                      extra=outlook_extra('Kadriorg Systems - intro call', 'AQHcTm2r1Vb8zQ4Yk0u7WwAFx3pL', 'et-EE'))
    files = {'01-kadriorg-intro-call-proposal.eml': eml(h1, b1),
             '02-kadriorg-intro-call-confirmed.eml': eml(h2, b2)}
    return slug, files, lab([iv('Kadriorg Systems', role, start, end, 'scheduled', [liis[1]], [liis[1]],
                                'phone_screen')],
                            'medium', 'positive/thread-timezone-conversion',
                            'Outlook thread: first proposal (Wed 11 Nov 15:00) declined in the quoted reply; '
                            'final Thu 12 Nov 10:00 EET (+02:00, after DST end) = 12:00 Tbilisi; recruiter '
                            'conducts the call.')


# ================================================================================================
# NEGATIVES (look-alikes)
# ================================================================================================
@case
def c14():
    slug = 'b262-14-public-service-hall-appointment'
    psh = ('იუსტიციის სახლი', 'no-reply@booking.psh.example')
    sent = at(TBS, 2026, 10, 5, 9, 2, 11, wd='Monday')
    appt = at(TBS, 2026, 10, 8, 10, 20, wd='ხუთშაბათი')
    text = """ქალბატონო თამარ,

თქვენი ვიზიტი წარმატებით დაიჯავშნა.

მომსახურება: პირადობის მოწმობის (ID ბარათის) გაცემა — სტანდარტული ვადა
ფილიალი: თბილისის იუსტიციის სახლი, სანაპიროს ქ. №2
თარიღი: 2026 წლის 8 ოქტომბერი, ხუთშაბათი
დრო: 10:20
ჯავშნის კოდი: TB-2610-48817

გთხოვთ, მობრძანდეთ 10 წუთით ადრე და თან იქონიოთ ძველი დოკუმენტი. ოპერატორთან ფოტოს გადაღება და ხელმოწერის ნიმუშის აღება ადგილზე მოხდება.

ჯავშნის გაუქმება ან გადატანა შეგიძლიათ ვიზიტამდე 2 საათით ადრე.

იუსტიციის სახლი
ცხელი ხაზი: 2 405 405
"""
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//PSH//Queue booking//KA', 'METHOD:PUBLISH'] +
              vtz_fixed('Asia/Tbilisi') + [
              'BEGIN:VEVENT', 'UID:TB-2610-48817@booking.psh.example', f'DTSTAMP:{zstamp(sent)}',
              f'DTSTART;TZID=Asia/Tbilisi:{loc(appt)}',
              f'DTEND;TZID=Asia/Tbilisi:{loc(appt + timedelta(minutes=20))}',
              f'SUMMARY:{esc("იუსტიციის სახლი – ID ბარათის გაცემა (TB-2610-48817)")}',
              f'LOCATION:{esc("თბილისის იუსტიციის სახლი, სანაპიროს ქ. №2")}',
              'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    body = multi('mixed', '----=_NextPart_PSH_48817_0001', [
        multi('alternative', '----=_NextPart_PSH_48817_0002', [
            leaf('text/plain', text, 'base64'), leaf('text/html', to_html(text), 'base64')]),
        leaf('text/calendar', cal, 'base64', params='; method=PUBLISH; name="vizit.ics"',
             extra=['Content-Disposition: attachment; filename="vizit.ics"'])])
    hdrs = base_headers(psh, OWNER, 'ვიზიტი დაჯავშნილია – იუსტიციის სახლი, 8 ოქტომბერი 10:20', sent,
                        '<booking.48817.20261005090211@booking.psh.example>',
                        relay=('mx-out.booking.psh.example', '198.51.100.15'))
    return slug, {'01-psh-booking-confirmed.eml': eml(hdrs, body)}, lab(
        [], 'easy', 'negative/government-appointment',
        'Public Service Hall (იუსტიციის სახლი) ID-card appointment with a .ics; not a job interview.')


@case
def c15():
    slug = 'b262-15-supra-dinner-invite'
    nika = ('Nika Beridze', 'nika.beridze@mail.example')
    start = at(TBS, 2026, 10, 17, 20, 0, wd='Saturday')
    end = at(TBS, 2026, 10, 17, 23, 30)
    sent = at(TBS, 2026, 10, 12, 22, 22, 10, wd='Monday')
    desc = ('ლევანმა ბოლოს და ბოლოს ჩააბარა მესამე გასაუბრებაც და ორშაბათიდან Mtkvari Bank-ში იწყებს 🎉\n'
            'ვიკრიბებით ვაკეში, „ფუნიკულიორის ქვემოთ“ რესტორანში. თამადა — გია.\n'
            'ვინც მთელი წელი ინტერვიუებზე წუწუნებდა, ახლა სადღეგრძელოს იტყვის 😄')
    inv = google_invite(title='სუფრა — ლევანის ახალი სამსახური 🍷', start=start, end=end,
                        tzlabel='Georgia Time - Tbilisi', abbr='GMT+4', organizer=nika,
                        guests=[(nika[0], nika[1], 'ACCEPTED'), (OWNER_EN, OWNER, 'NEEDS-ACTION'),
                                ('Levan Gelashvili', 'levan.gelashvili@mail.example', 'ACCEPTED'),
                                ('Gia Tsintsadze', 'gia.tsintsadze@mail.example', 'NEEDS-ACTION')],
                        description=desc, uid='5r8w1c3n0b6m2k9j4h7g1f5d0s@google.com', seq=0,
                        created=sent - timedelta(minutes=2), sent=sent,
                        msgid='<calendar-c2a7e91b-0f4d-4e63-b8a5-3d6f1e9c7b20@google.com>',
                        b_mixed='000000000000f3d82a0624b7c5e2', b_alt='000000000000f3d8290624b7c5e0',
                        meet='sup-rade-znr')
    return slug, {'01-invitation-supra.eml': inv}, lab(
        [], 'medium', 'negative/social-event',
        'Google invite to a supra celebrating a friend\'s new job; mentions his interviews and a bank name.')


@case
def c16():
    slug = 'b262-16-residents-association-meeting'
    gela = ('გელა მეტრეველი', 'gela.metreveli@mail.example')
    sent = at(TBS, 2026, 10, 20, 20, 15, 40, wd='Tuesday')
    meet = at(TBS, 2026, 10, 25, 19, 0, wd='კვირა')
    text = """მეზობლებო, საღამო მშვიდობისა!

ამხანაგობა „ვაჟა-ფშაველა 43“-ის საერთო კრება გაიმართება კვირას, 25 ოქტომბერს, 19:00 საათზე, ეზოში (წვიმის შემთხვევაში — პირველი სადარბაზოს ფოიეში).

დღის წესრიგი:
1. ლიფტის შეკეთების ხარჯთაღრიცხვა (მეორე სადარბაზო)
2. ახალი მენეჯერის შერჩევა — კრებაზე სამ კანდიდატთან გასაუბრებას ჩავატარებთ, ვისაც სურს, შეკითხვები წინასწარ მომწერეთ
3. ეზოს განათება და სადარბაზოს დალაგების გრაფიკი
4. სხვადასხვა

გთხოვთ, ყველა ბინიდან ერთი წარმომადგენელი მაინც დაესწროს — კვორუმი გვჭირდება.

პატივისცემით,
გელა მეტრეველი
ამხანაგობის თავმჯდომარე
"""
    body = multi('alternative', '0000000000009a1c3e0624f0d7b8', [
        leaf('text/plain', text, 'base64'), leaf('text/html', to_html(text), 'base64')])
    hdrs = base_headers(gela, 'undisclosed-recipients:;',
                        'ამხანაგობის კრება კვირას 19:00 – ლიფტი, ახალი მენეჯერის შერჩევა', sent,
                        '<CAGm1Tq5Xb8wN2rE0yK7sHz4cVd9uJ3fLa6iP1oRt5gM8nQ2eWk@mail.gmail.com>',
                        relay=('mail-sor-f48.google.com', '203.0.113.48'))
    assert meet.day == 25
    return slug, {'01-amkhanagoba-meeting.eml': eml(hdrs, body)}, lab(
        [], 'hard', 'negative/community-meeting',
        'Residents\' association (ამხანაგობა) meeting whose agenda includes interviewing candidates for '
        'building manager; the owner is a resident, not a candidate.')


@case
def c17():
    slug = 'b262-17-tv-interview-hackathon-winner'
    nato = ('Nato Kavtaradze', 'nato.kavtaradze@mtatsminda-tv.example')
    sent = at(TBS, 2026, 9, 28, 12, 10, 0, wd='Monday')
    start = at(TBS, 2026, 10, 1, 10, 30, wd='Thursday')
    end = start + timedelta(minutes=30)
    subject = 'ინტერვიუ – Tbilisi Civic Hackathon-ის გამარჯვებული (გადაცემა „ციფრული დილა“)'
    intro = """თამარ, გამარჯობა!

კიდევ ერთხელ გილოცავთ Tbilisi Civic Hackathon 2026-ში გამარჯვებას! როგორც ტელეფონით ვისაუბრეთ, გვინდა ჩავწეროთ მოკლე ინტერვიუ გადაცემისთვის „ციფრული დილა“ — თქვენს გუნდზე, პროექტზე (ავტობუსების რეალურ დროში მონიტორინგი) და იმაზე, თუ როგორ მოვიდა იდეა.

ჩაწერა დისტანციურად, Teams-ით მოხდება, დაახლოებით 15–20 წუთი. კამერა და კარგი განათება საკმარისია. სიუჟეტი ეთერში შემდეგ კვირას გავა.

პატივისცემით,
ნატო ქავთარაძე
პროდიუსერი | მთაწმინდა TV"""
    when = f'{EN_DAYS[start.weekday()]}, {EN_MON[start.month - 1]} {start.day}, {start.year} ' \
           f'{ot(start)}-{ot(end)} (UTC+04:00) Tbilisi.'
    cal = exchange_ics(method='REQUEST', vtz=VTZ_GEORGIAN, tzid='Georgian Standard Time',
                       uid='040000008200E00074C5B7101A82E0080000000090D4E2B6F24EDC0100000000000000001000000'
                           '01C2B3A4958677E6F5D4C3B2A1908F7',
                       seq=0, start=start, end=end, stamp=sent, organizer=nato,
                       attendees=[(OWNER_EN, OWNER, 'REQ-PARTICIPANT')], summary=subject,
                       description=intro, location='Microsoft Teams Meeting', lang='ka-GE',
                       teams='NmE0ZjFjMmUtOTViNy00YjNkLWE4ZTAtMWYy')
    msg = teams_invite(organizer=nato, to=[ME_EN], subject=subject, sent=sent,
                       msgid='<DB9PR04MB8412F0A1B2C3D4E5F6A7B8C9D0E1F@DB9PR04MB8412.eurprd04.prod.outlook.com>',
                       boundary='_000_DB9PR04MB8412F0A1B2C3D4E5F6A7B8C9D0E1FDB9PR04MB8412eurp_',
                       when=when, intro=intro, ics_text=cal, idx='AdxP4kT0Bq7xW2nQeU6cVr9Zm1sH8g==',
                       slug='NmE0ZjFjMmUtOTViNy00YjNkLWE4ZTAtMWYy', mid='244 980 315 672', pc='mT4wK9',
                       lang='ka-GE')
    return slug, {'01-teams-tv-interview.eml': msg}, lab(
        [], 'hard', 'negative/press-interview',
        'Teams invite (Georgian Standard Time) titled "ინტერვიუ" from a TV producer about the hackathon '
        'the owner won: press interview, not a job interview.')


@case
def c18():
    slug = 'b262-18-owner-interviews-intern'
    eka = ('Eka Nozadze', 'eka.nozadze@tbilisicodeschool.example')
    luka = ('Luka Maisuradze', 'luka.maisuradze@mail.example')
    sent = at(TBS, 2026, 10, 9, 13, 26, 5, wd='Friday')
    start = at(TBS, 2026, 10, 14, 18, 0, wd='Wednesday')
    end = start + timedelta(minutes=30)
    desc = ('თამარ, დიდი მადლობა, რომ სტაჟიორების შერჩევაში გვეხმარები! ლუკა ჩვენი გაზაფხულის ნაკადის '
            'კურსდამთავრებულია. შენ ატარებ 30-წუთიან ტექნიკურ გასაუბრებას (JS საფუძვლები, ერთი პატარა '
            'React დავალება), მერე შეფასების ფორმა შეავსე: https://forms.tbilisicodeschool.example/intern-eval\n'
            'Interviewer: Tamar Lomidze | Candidate: Luka Maisuradze (Frontend Internship)')
    inv = google_invite(title='Intern interview: Luka Maisuradze (Frontend Internship) — interviewer: Tamar',
                        start=start, end=end, tzlabel='Georgia Time - Tbilisi', abbr='GMT+4', organizer=eka,
                        guests=[(eka[0], eka[1], 'ACCEPTED'), (OWNER_EN, OWNER, 'NEEDS-ACTION'),
                                (luka[0], luka[1], 'ACCEPTED')],
                        description=desc, uid='1p7x4d9k2v0s6n3q8b5m1c7f2t@google.com', seq=0,
                        created=sent - timedelta(minutes=1), sent=sent,
                        msgid='<calendar-7f3b2d1e-6a4c-4098-b5e2-c1d8f9a0e734@google.com>',
                        b_mixed='0000000000007e2c4b0624a4d9f6', b_alt='0000000000007e2c4a0624a4d9f4',
                        meet='itn-vfqs-omw')
    return slug, {'01-invitation-intern-interview.eml': inv}, lab(
        [], 'hard', 'negative/user-is-interviewer',
        'Google invite where the owner volunteers as interviewer of an internship candidate; the owner is '
        'not the candidate.')


@case
def c19():
    slug = 'b262-19-dentist-reminder'
    clinic = ('Vake Smile Dental', 'reminders@vakesmile.example')
    sent = at(TBS, 2026, 10, 20, 12, 0, 4, wd='Tuesday')
    d = sent.date() + timedelta(days=1)                    # "ხვალ"
    appt = at(TBS, d.year, d.month, d.day, 16, 30, wd='ოთხშაბათი')
    text = """ქალბატონო თამარ,

შეგახსენებთ, რომ ხვალ, 16:30 საათზე ჩაწერილი ხართ კლინიკაში „Vake Smile Dental“.

ექიმი: ნანა ჩხეიძე, სტომატოლოგი-თერაპევტი
მომსახურება: კონსულტაცია + პროფესიული წმენდა (დაახლ. 50 წთ)
მისამართი: ჭავჭავაძის გამზ. 33, მე-2 სართული

ვიზიტის დასადასტურებლად ან გადასატანად დაგვიკავშირდით ნომერზე 032 2 25 00 33 ან უპასუხეთ ამ წერილს.

ჯანმრთელობას გისურვებთ,
Vake Smile Dental
"""
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//DentalSoft//Appointments 4.2//EN',
               'METHOD:PUBLISH', 'BEGIN:VEVENT', 'UID:appt-20261021-1630-77104@vakesmile.example',
               f'DTSTAMP:{zstamp(sent)}', f'DTSTART:{zstamp(appt)}',
               f'DTEND:{zstamp(appt + timedelta(minutes=50))}',
               f'SUMMARY:{esc("ვიზიტი სტომატოლოგთან – ნანა ჩხეიძე")}',
               f'LOCATION:{esc("Vake Smile Dental, ჭავჭავაძის გამზ. 33")}', 'END:VEVENT', 'END:VCALENDAR'])
    body = multi('mixed', '=_dentalsoft_77104_a', [
        multi('alternative', '=_dentalsoft_77104_b', [leaf('text/plain', text), leaf('text/html', to_html(text))]),
        leaf('text/calendar', cal, 'base64', params='; method=PUBLISH; name="appointment.ics"',
             extra=['Content-Disposition: attachment; filename="appointment.ics"'])])
    hdrs = base_headers(clinic, [ME_KA], 'შეხსენება: ვიზიტი სტომატოლოგთან ხვალ, 16:30', sent,
                        '<appt-reminder-77104-20261020@vakesmile.example>',
                        relay=('smtp.vakesmile.example', '198.51.100.133'))
    return slug, {'01-dentist-reminder.eml': eml(hdrs, body)}, lab(
        [], 'easy', 'negative/medical-appointment',
        'Dentist reminder ("ხვალ, 16:30", consultation) with .ics; not an interview.')


@case
def c20():
    slug = 'b262-20-jobsge-vacancy-digest'
    sent = at(TBS, 2026, 9, 16, 8, 0, 0, wd='Wednesday')
    text = """გამარჯობა!

თქვენი ფილტრით „Full-Stack, JavaScript, თბილისი/ბათუმი/დისტანციური“ ბოლო 24 საათში 6 ახალი ვაკანსია გამოქვეყნდა:

1. Senior Full-Stack Developer — „ნავთლუღი ლოჯისტიკა“ (თბილისი)
   ბოლო ვადა: 30 სექტემბერი. შერჩეული კანდიდატები დაიბარებიან გასაუბრებაზე.
2. Full-Stack დეველოპერი (Vue/Laravel) — „ბათუმი ვებ სტუდიო“ (ბათუმი)
   ბოლო ვადა: 25 სექტემბერი. ინტერვიუ ორ ეტაპად: HR და ტექნიკური.
3. JavaScript Engineer — Remote (ევროპული სტარტაპი)
   ბოლო ვადა: 4 ოქტომბერი.
4. Junior Full-Stack — „ქართული საინფორმაციო სისტემები“ (თბილისი)
   ბოლო ვადა: 22 სექტემბერი. გასაუბრება 10:00–17:00 საათებში, წინასწარი შეთანხმებით.
5. Node.js Developer — ბანკი (თბილისი)
   ბოლო ვადა: 28 სექტემბერი.
6. Frontend/Full-Stack Developer — „ალაზანი სოფტი“ (თელავი/დისტანციური)
   ბოლო ვადა: 2 ოქტომბერი.

ყველა ვაკანსია: https://jobs.ge/?q=full-stack

გამოწერის შეცვლა ან გაუქმება: https://jobs.ge/subscriptions
"""
    body = multi('alternative', '----=_jobsge_digest_20260916_a1', [
        leaf('text/plain', text, 'base64'), leaf('text/html', to_html(text), 'base64')])
    hdrs = base_headers(('jobs.ge', 'noreply@jobs.ge'), OWNER, 'jobs.ge: 6 ახალი ვაკანსია თქვენი ფილტრით (Full-Stack)',
                        sent, '<digest.20260916.0800.tl4471@jobs.ge>', relay=('mail.jobs.ge', '198.51.100.144'),
                        extra=[('List-Unsubscribe', '<https://jobs.ge/subscriptions>'),
                               ('Precedence', 'bulk')])
    return slug, {'01-jobsge-digest.eml': eml(hdrs, body)}, lab(
        [], 'easy', 'negative/job-alert',
        'jobs.ge daily digest full of "გასაუბრება"/"ინტერვიუ" and times (10:00–17:00), no interview booked.')


@case
def c21():
    slug = 'b262-21-recruitee-rejection-after-interview'
    miriam = ('Miriam Schulz', 'miriam.schulz@havelwerk.example')
    sent = at(BER, 2026, 10, 8, 15, 22, 37, wd='Thursday')
    at(BER, 2026, 10, 6, 14, 0, wd='Tuesday')
    text = """Hi Tamar,

thank you for taking the time to interview with us on Tuesday (6 October, 14:00) for the Full-Stack Developer (Node/React) position. The team enjoyed the conversation, especially your GraphQL migration story.

After careful consideration we have decided to move forward with candidates whose experience is closer to our current logistics domain. This was not an easy decision.

We would be happy to keep your profile in our talent pool for future openings - you don't need to do anything for that.

All the best for your search,
Miriam Schulz
People & Talent | Havelwerk GmbH, Potsdam

--
Sent with Recruitee
"""
    body = multi('alternative', '==recruitee_alt_9d4a0c1e7f2b==', [leaf('text/plain', text), leaf('text/html', to_html(text))])
    hdrs = base_headers(('Miriam Schulz (Havelwerk)', 'notifications@recruitee.com'), [ME_EN],
                        'Your application for Full-Stack Developer (Node/React) at Havelwerk', sent,
                        '<9d4a0c1e7f2b48d3a5e6@mail.recruitee.com>', reply_to=miriam,
                        relay=('o3.mail.recruitee.com', '198.51.100.93'),
                        return_path='bounces+6120447@mail.recruitee.com')
    return slug, {'01-recruitee-rejection.eml': eml(hdrs, body)}, lab(
        [], 'medium', 'negative/rejection',
        'Recruitee rejection that restates the date/time of a past interview; rejections are not interviews.')


@case
def c22():
    slug = 'b262-22-pinpoint-pick-a-slot-unbooked'
    triin = ('Triin Lepp', 'triin.lepp@piritapay.example')
    sent = at(TLL, 2026, 11, 4, 9, 15, 22, wd='Wednesday')
    for y, m, d, h, mi, wd in [(2026, 11, 10, 10, 0, 'Tuesday'), (2026, 11, 10, 11, 30, 'Tuesday'),
                               (2026, 11, 11, 14, 0, 'Wednesday')]:
        at(TLL, y, m, d, h, mi, wd=wd, utc_offset=2)
    text = """Hi Tamar,

Good news - the Pirita Pay team would like to invite you to a first interview for the Full-Stack Engineer (Open Banking) role.

Please choose a time that suits you using the link below. Available slots (Tallinn time, EET):
- Tuesday 10 November, 10:00
- Tuesday 10 November, 11:30
- Wednesday 11 November, 14:00

Book your interview: https://piritapay.pinpointhq.com/en/interviews/book/3f9c1a7e-52d8-4b06-9e14-d7a2c0b8f615

Once you pick a slot you'll receive a confirmation with a calendar invite. The link expires in 5 days.

Kind regards,
Triin Lepp
Recruitment Lead, Pirita Pay

Powered by Pinpoint
"""
    body = multi('alternative', '--==_mimepart_6729b2e1c44d7_alt', [leaf('text/plain', text), leaf('text/html', to_html(text))])
    hdrs = base_headers(('Pirita Pay', 'notifications@pinpointhq.com'), [ME_EN],
                        'Pirita Pay: please book your interview - Full-Stack Engineer (Open Banking)', sent,
                        '<0100019a7c2e55f1-3b8d-4a6c-9e20-pp90441@email.pinpointhq.com>', reply_to=triin,
                        relay=('a48-17.smtp-out.pinpointhq.com', '198.51.100.48'),
                        return_path='0100019a7c2e55f1@bounces.pinpointhq.com')
    return slug, {'01-pinpoint-book-interview.eml': eml(hdrs, body)}, lab(
        [], 'hard', 'negative/availability-request',
        'Pinpoint self-scheduling request listing three open slots; nothing booked in the case.')


# ================================================================================================
README = """# blind262: Tbilisi full-stack developer – Georgian banks, Caucasus startups and remote Berlin/Tallinn roles (written blind)

Owner: **Tamar Lomidze** (`tamar.lomidze@example.com`), a full-stack developer living in Tbilisi
(Asia/Tbilisi, UTC+4, no DST) who applies to Georgian banks, Tbilisi/Batumi startups and outsourcing
firms, a Yerevan company (Asia/Yerevan, UTC+4) and Berlin/Tallinn companies hiring remotely.

Written blind: the cases were authored from the brief and the shared eval README only, without
reading the detector, its tests or other evaluation sets, and without running the tool.
Regenerate byte-identically with `python make_cases.py` (stdlib + PyYAML + zoneinfo).

## What it stresses
- Mail in Georgian script (`გასაუბრება`, `ინტერვიუ`, `სამშაბათს, 15:00 საათზე`, `პატივისცემით`),
  Russian (`собеседование`, `в понедельник, 19 октября, в 12:00`) and English; RFC 2047 subjects,
  base64 and quoted-printable bodies.
- Relative days resolved against the message Date (`სამშაბათს`, `ამ ხუთშაბათს`, two proposed slots).
- Job-board relays (hr.ge no-reply wrapper with the employer's address in the text; jobs.ge digest),
  Recruitee and Pinpoint ATS mail (Reply-To recruiter, .ics in UTC or with TZID Asia/Tbilisi).
- Exchange/Teams invites with Windows TZIDs "Georgian Standard Time" and "W. Europe Standard Time",
  Google Calendar invites (UTC in .ics), a Calendar API event, standalone .ics files.
- EU DST end on Sun 25 Oct 2026: a Tallinn interview moved from 22 Oct 14:00 EEST (+03:00) to
  29 Oct 14:00 EET (+02:00) (15:00 -> 16:00 Tbilisi); Berlin 7 Oct 10:00 CEST (+02:00) vs
  3 Nov 09:30 CET (+01:00); Tallinn 12 Nov 10:00 EET.
- One reschedule (SEQUENCE 0 -> 1), one cancellation (Pinpoint METHOD:CANCEL), a two-interview
  case (Yerevan HR screen + technical), a live-coding round, an onsite loop sent as an itinerary
  plus three separate .ics (one interview), coordinator-vs-interviewer follow-up choices.
- Look-alikes: Public Service Hall (იუსტიციის სახლი) booking, supra dinner invite, residents'
  association (ამხანაგობა) meeting that interviews building-manager candidates, TV interview about
  the owner's hackathon win, the owner interviewing an intern, dentist reminder, jobs.ge digest,
  Recruitee rejection, Pinpoint unbooked pick-a-slot request.

## Counts
- Cases: 22 (13 positive, 9 negative)
- Labelled interviews: 14 (13 scheduled, 1 cancelled)

## Formats
`.eml` (Outlook/Exchange, Gmail, Google Calendar, Recruitee, Pinpoint, hr.ge, jobs.ge, Thunderbird),
`.ics` (standalone Exchange invites), `.gcal.json` (Calendar API v3 event). Items are named
`NN-*.ext`; sorted order = arrival order. Labels in `labels.yaml` (schema of the shared eval README).
"""


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for fn in CASES:
        slug, files, label = fn()
        assert slug not in labels
        folder = os.path.join(HERE, slug)
        os.makedirs(folder)
        for fname, content in files.items():
            assert fname[:2].isdigit() and fname[2] == '-'
            with open(os.path.join(folder, fname), 'w', encoding='utf-8', newline='') as f:
                f.write(content)
        labels[slug] = label
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8', newline='') as f:
        yaml.safe_dump(labels, f, allow_unicode=True, sort_keys=False, width=100,
                       default_flow_style=False)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='') as f:
        f.write(README)
    pos = sum(1 for l in labels.values() if l['interview'])
    n_iv = sum(len(l['interviews']) for l in labels.values())
    canc = sum(1 for l in labels.values() for i in l['interviews'] if i['status'] == 'cancelled')
    print(f'{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, '
          f'{n_iv} interviews ({n_iv - canc} scheduled, {canc} cancelled)')


if __name__ == '__main__':
    main()
