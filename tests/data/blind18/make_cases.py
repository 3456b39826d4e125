#!/usr/bin/env python3
"""Deterministic generator for the blind18 evaluation set (theme: hard negatives).

Rewrites every b18-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only.  All people, companies and domains are invented.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
CASES = []      # (case_id, [(filename, bytes)], label)


def dt(tz, y, mo, d, h, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat() if d is not None else None


def chk(d, wd):
    assert d.strftime('%a') == wd, (d, wd)
    return d


def hid(*parts, n=16):
    return hashlib.sha1('|'.join(map(str, parts)).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- iCalendar
def fold(line):
    if len(line.encode('utf-8')) <= 75:
        return line
    out, cur, limit = [], '', 75
    for ch in line:
        if len((cur + ch).encode('utf-8')) > limit:
            out.append(cur)
            cur, limit = ' ' + ch, 75
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def esc(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def utcs(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def locs(d):
    return d.strftime('%Y%m%dT%H%M%S')


def off(td):
    mins = int(td.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return '%s%02d%02d' % (sign, mins // 60, mins % 60)


def vtimezone(tzid, iana, rules, base='1970'):
    """rules: 'us' | 'eu' | 'au' | 'none'. Offsets taken from zoneinfo (2026)."""
    z = ZoneInfo(iana)
    jan = datetime(2026, 1, 15, 12, tzinfo=z).utcoffset()
    jul = datetime(2026, 7, 15, 12, tzinfo=z).utcoffset()
    std, dst = min(jan, jul), max(jan, jul)
    L = ['BEGIN:VTIMEZONE', 'TZID:' + tzid]
    if rules == 'none':
        L += ['BEGIN:STANDARD', 'DTSTART:%s0101T000000' % base, 'TZOFFSETFROM:' + off(std),
              'TZOFFSETTO:' + off(std), 'END:STANDARD']
    else:
        if rules == 'us':
            s_start, s_rule = '1101T020000', 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU'
            d_start, d_rule = '0308T020000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU'
        elif rules == 'eu':
            s_start, s_rule = '1025T030000', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU'
            d_start, d_rule = '0329T020000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'
        elif rules == 'au':
            s_start, s_rule = '0405T030000', 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU'
            d_start, d_rule = '1004T020000', 'FREQ=YEARLY;BYMONTH=10;BYDAY=1SU'
        else:
            raise ValueError(rules)
        if base == '1601':  # Exchange style
            s_start = '0101T' + s_start.split('T')[1]
            d_start = '0101T' + d_start.split('T')[1]
        L += ['BEGIN:STANDARD', 'DTSTART:%s%s' % (base, s_start), 'TZOFFSETFROM:' + off(dst),
              'TZOFFSETTO:' + off(std), 'RRULE:' + s_rule, 'END:STANDARD',
              'BEGIN:DAYLIGHT', 'DTSTART:%s%s' % (base, d_start), 'TZOFFSETFROM:' + off(std),
              'TZOFFSETTO:' + off(dst), 'RRULE:' + d_rule, 'END:DAYLIGHT']
    L.append('END:VTIMEZONE')
    return L


def vcal(events, method=None, prodid='-//Example Corp//Calendar 1.0//EN', tzs=(), extra=()):
    L = ['BEGIN:VCALENDAR', 'PRODID:' + prodid, 'VERSION:2.0']
    if method:
        L.append('METHOD:' + method)
    L += list(extra)
    for t in tzs:
        L += t
    for ev in events:
        L += ['BEGIN:VEVENT'] + ev + ['END:VEVENT']
    L.append('END:VCALENDAR')
    return ('\r\n'.join(fold(x) for x in L) + '\r\n').encode('utf-8')


def att(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT'):
    return ('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN="%s":mailto:%s'
            % (role, partstat, name, email))


def org(name, email):
    return 'ORGANIZER;CN="%s":mailto:%s' % (name, email)


# ---------------------------------------------------------------- e-mail
def mail(*, owner, frm, to, subject, date, text=None, html=None, text_cte=None, html_cte=None,
         cc=None, reply_to=None, sender=None, msgid=None, in_reply_to=None, refs=None,
         headers=(), cal=None, cal_method='REQUEST', cal_cte='base64', attachments=(),
         delivered_to=True, mx='mx.mail.example', ident='', alt_first_html=False):
    m = EmailMessage()
    if delivered_to:
        m['Delivered-To'] = owner
    m['Received'] = ('from outbound.%s (outbound.%s [198.51.100.%d]) by %s with ESMTPS id %s'
                     ' for <%s>; %s' % (frm.split('@')[-1].rstrip('>'), frm.split('@')[-1].rstrip('>'),
                                              int(hid(ident, subject, n=2), 16) % 250 + 2, mx,
                                              hid(ident, subject, date, n=12), owner, format_datetime(date)))
    m['Return-Path'] = '<%s>' % (sender or frm).split('<')[-1].rstrip('>')
    for k, v in headers:
        m[k] = v
    m['From'] = frm
    if sender:
        m['Sender'] = sender
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subject
    m['Date'] = format_datetime(date)
    dom = frm.split('@')[-1].rstrip('>')
    m['Message-ID'] = msgid or '<%s@%s>' % (hid(ident, subject, date, n=24), dom)
    if in_reply_to:
        m['In-Reply-To'] = in_reply_to
    if refs:
        m['References'] = refs
    if text is not None:
        m.set_content(text, cte=text_cte) if text_cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype='html', cte=html_cte) if html_cte else m.add_alternative(html, subtype='html')
    elif html is not None:
        m.set_content(html, subtype='html', cte=html_cte) if html_cte else m.set_content(html, subtype='html')
    if cal is not None:
        m.add_alternative(cal, maintype='text', subtype='calendar', cte=cal_cte,
                          params={'charset': 'UTF-8', 'method': cal_method})
    for data, fname, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary('%03d_%s' % (i, hid('boundary', ident, subject, i, n=24)))
    return m.as_bytes(policy=policy.default)


def msgid_of(raw):
    import email
    return email.message_from_bytes(raw, policy=policy.default)['Message-ID']


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))


def label(user, interviews=(), difficulty='medium', category='', notes='', ):
    return {'user': user, 'interview': bool(interviews), 'interviews': list(interviews),
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followups), 'kind': kind}


def add(case_id, items, lab):
    CASES.append((case_id, items, lab))


# =================================================================== cases
def c01():
    cid = 'b18-01-teamtailor-videointerview-berlin'
    owner = 'lena.hartmann@mail.example'
    start = chk(dt('Europe/Berlin', 2026, 3, 31, 14, 0), 'Tue')   # two days after EU DST start
    end = start + timedelta(minutes=45)
    sent = dt('Europe/Berlin', 2026, 3, 24, 9, 12)
    tob = ('Tobias Brandt', 'tobias.brandt@kranich-logistik.example')
    jana = ('Jana Vogt', 'jana.vogt@kranich-logistik.example')
    text = f"""Hallo Lena,

vielen Dank für Ihre Bewerbung als Data Engineer (m/w/d) bei der Kranich Logistik GmbH und das nette Telefonat letzte Woche.

Wir möchten Sie gern näher kennenlernen und laden Sie zu einem Videointerview ein:

Datum: Dienstag, 31. März 2026
Uhrzeit: 14:00 – 14:45 Uhr (MESZ)
Ort: Microsoft Teams (Link folgt in der Kalendereinladung)

Ihr Gesprächspartner ist Tobias Brandt, Teamleiter Data Platform ({tob[1]}). Ich selbst organisiere nur den Termin und bin beim Gespräch nicht dabei.

Bitte bestätigen Sie den Termin kurz über den Button unten oder antworten Sie einfach auf diese E-Mail. Falls der Termin nicht passt, finden wir gern eine Alternative.

Viele Grüße
Jana Vogt
Talent Acquisition

Kranich Logistik GmbH · Hafenstraße 12 · 28217 Bremen
Tel. +49 421 555 0192

Termin bestätigen: https://kranich-logistik.teamtailor.example/candidate/interviews/7f3a2c/confirm
Diese Nachricht wurde über Teamtailor versendet.
"""
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif">'
            + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in text.strip().split('\n\n'))
            + '</body></html>')
    ics = vcal([[
        'UID:tt-interview-7f3a2c@teamtailor.example', 'DTSTAMP:' + utcs(sent),
        'DTSTART;TZID=Europe/Berlin:' + locs(start), 'DTEND;TZID=Europe/Berlin:' + locs(end),
        'SUMMARY:Videointerview Data Engineer (m/w/d) – Lena Hartmann',
        'DESCRIPTION:' + esc('Gespräch mit Tobias Brandt (Teamleiter Data Platform).\nTeams-Link: '
                             'https://teams.microsoft.example/l/meetup-join/19%3ameeting_kr4n1ch'),
        'LOCATION:Microsoft Teams', org(*jana), att(*tob), att('Lena Hartmann', owner),
        'SEQUENCE:0', 'STATUS:CONFIRMED']], method='REQUEST', prodid='-//Teamtailor//Interviews//DE',
        tzs=[vtimezone('Europe/Berlin', 'Europe/Berlin', 'eu')])
    raw = mail(owner=owner, frm='Kranich Logistik GmbH <no-reply@teamtailor-mail.example>',
               to='Lena Hartmann <%s>' % owner, reply_to='Jana Vogt <%s>' % jana[1],
               subject='Einladung zum Videointerview – Data Engineer (m/w/d)', date=sent,
               text=text, text_cte='quoted-printable', html=html, html_cte='quoted-printable',
               attachments=[(ics, 'einladung.ics', 'text', 'calendar')], ident=cid)
    add(cid, [('01-einladung-videointerview.eml', raw)], label(owner, [iv(
        'Kranich Logistik GmbH', 'Data Engineer (m/w/d)', start, end, 'scheduled', [tob[1]], [tob[1]],
        'hiring_manager')], 'medium', 'positive/ats-ics-german',
        'Teamtailor German invite, 14:00 Uhr MESZ two days after EU DST switch; coordinator not on call.'))


def c04():
    cid = 'b18-04-recruiter-thread-half-past-ten'
    owner = 'marcus.oyelaran@example.com'
    han = ('Hannah Pike', 'hannah.pike@tidewater-analytics.example')
    d1 = chk(dt('America/Los_Angeles', 2026, 4, 13, 10, 5), 'Mon')
    d2 = dt('America/Chicago', 2026, 4, 13, 13, 20)
    d3 = dt('America/Los_Angeles', 2026, 4, 13, 11, 48)
    start = chk(dt('America/Los_Angeles', 2026, 4, 16, 10, 30), 'Thu')
    end = start + timedelta(minutes=30)
    sig = """Hannah Pike
Senior Technical Recruiter | Tidewater Analytics
1201 Western Ave, Suite 800, Seattle, WA 98101
m: (206) 555-0173"""
    t1 = f"""Hi Marcus,

Thanks for applying for the Senior Product Analyst opening. I read through your background and I'd
love to set up a 30-minute intro call to tell you more about the team and hear what you're looking for.

Would Wednesday afternoon or Thursday morning this week work? I'm in Seattle, so I'm thinking in
Pacific time.

Best,
{sig}
"""
    m1 = mail(owner=owner, frm=f'{han[0]} <{han[1]}>', to=f'Marcus Oyelaran <{owner}>',
              subject='Senior Product Analyst - intro call?', date=d1, text=t1, ident=cid + '1')
    id1 = msgid_of(m1)
    t2 = f"""Hi Hannah,

Thanks for reaching out - happy to chat. Thursday morning is best for me. Could we do half past ten
your time? I'm in Chicago, so that'd be 12:30 for me.

Best number to reach me is (312) 555-0148.

Marcus

On Mon, Apr 13, 2026 at 10:05 AM Hannah Pike <{han[1]}> wrote:
{quote(t1)}
"""
    m2 = mail(owner=owner, frm=f'Marcus Oyelaran <{owner}>', to=f'{han[0]} <{han[1]}>',
              subject='Re: Senior Product Analyst - intro call?', date=d2, text=t2,
              in_reply_to=id1, refs=id1, ident=cid + '2', delivered_to=True)
    id2 = msgid_of(m2)
    t3 = f"""Perfect - you're on my calendar for Thursday at 10:30am PT (12:30 your time). I'll call you at
(312) 555-0148. Talk soon!

{sig}

On Mon, Apr 13, 2026 at 11:20 AM Marcus Oyelaran <{owner}> wrote:
{quote(t2)}
"""
    m3 = mail(owner=owner, frm=f'{han[0]} <{han[1]}>', to=f'Marcus Oyelaran <{owner}>',
              subject='Re: Senior Product Analyst - intro call?', date=d3, text=t3, text_cte='quoted-printable',
              in_reply_to=id2, refs=f'{id1} {id2}', ident=cid + '3')
    add(cid, [('01-hannah-intro-call.eml', m1), ('02-re-marcus-thursday.eml', m2),
              ('03-re-hannah-confirmed.eml', m3)], label(owner, [iv(
        'Tidewater Analytics', 'Senior Product Analyst', start, end, 'scheduled', [han[1]], [han[1]],
        'phone_screen')], 'medium', 'positive/thread-body-only',
        'Plain reply thread; time agreed as "half past ten your time" (Pacific) for Thursday, resolved from Monday.'))


def c07():
    cid = 'b18-07-google-invite-then-canceled-sydney'
    owner = 'tomasz.wrobel@example.com'
    ruby = ('Ruby Clarke', 'ruby.clarke@bellbirdhealth.example')
    chloe = ('Chloe Nguyen', 'chloe.nguyen@bellbirdhealth.example')
    sam = ("Sam O'Brien", 'sam.obrien@bellbirdhealth.example')
    start = chk(dt('Australia/Sydney', 2026, 4, 7, 9, 0), 'Tue')   # first week after AU DST end (Apr 5)
    end = start + timedelta(hours=1)
    d1 = chk(dt('Australia/Sydney', 2026, 3, 30, 16, 41), 'Mon')
    d2 = chk(dt('Australia/Sydney', 2026, 4, 2, 11, 5), 'Thu')
    d3 = dt('Australia/Sydney', 2026, 4, 2, 11, 9)
    title = 'Technical interview: Tomasz Wrobel / Mobile Engineer (iOS)'
    when = 'Tuesday 7 Apr 2026 9am – 10am (AEST)'
    uid = '4qk2m9vdd0s7e1b3hq8c5tr6ja@google.com'

    def gcal(method, seq, status, note=''):
        ev = ['DTSTART:' + utcs(start), 'DTEND:' + utcs(end),
              'DTSTAMP:' + utcs(d1 if seq == 0 else d2), org(*ruby), 'UID:' + uid,
              att(ruby[0], ruby[1], 'ACCEPTED'), att(chloe[0], chloe[1], 'ACCEPTED'),
              att(sam[0], sam[1], 'ACCEPTED'), att(owner, owner),
              'DESCRIPTION:' + esc(note + 'Pairing exercise in Swift with Chloe and Sam. Bring an Xcode '
                                   'setup you are comfortable with.\n\nJoin with Google Meet: '
                                   'https://meet.google.example/bhx-tqpa-wne'),
              'LOCATION:', 'SEQUENCE:%d' % seq, 'STATUS:' + status, 'SUMMARY:' + title, 'TRANSP:OPAQUE']
        return vcal([ev], method=method, prodid='-//Google Inc//Google Calendar 70.9054//EN',
                    extra=['CALSCALE:GREGORIAN'])
    guests = f"""Guests
{ruby[0]} - organiser
{ruby[1]}
{chloe[0]}
{chloe[1]}
{sam[0]}
{sam[1]}
{owner}"""
    t1 = f"""{title}
{when}
Australian Eastern Time - Sydney

Pairing exercise in Swift with Chloe and Sam. Bring an Xcode setup you are comfortable with.

Join with Google Meet
https://meet.google.example/bhx-tqpa-wne

Organiser
{ruby[0]}
{ruby[1]}

{guests}

Reply for {owner}

Invitation from Google Calendar: https://calendar.google.example/calendar/

You are receiving this email because you are an attendee on the event.
"""
    c1 = gcal('REQUEST', 0, 'CONFIRMED')
    m1 = mail(owner=owner, frm=f'{ruby[0]} <{ruby[1]}>', sender='Google Calendar <calendar-notification@google.example>',
              reply_to=f'{ruby[0]} <{ruby[1]}>', to=owner,
              subject=f'Invitation: {title} @ Tue 7 Apr 2026 9am - 10am (AEST) ({owner})', date=d1,
              text=t1, text_cte='base64', html='<html><body><pre>%s</pre></body></html>' % t1,
              html_cte='quoted-printable', cal=c1, cal_cte='7bit',
              attachments=[(c1, 'invite.ics', 'application', 'ics')], ident=cid + '1')
    note = "Apologies - we have paused this role for now. Ruby will be in touch.\n\n"
    t2 = f"""This event has been cancelled and removed from your calendar.

{title}
{when}
Australian Eastern Time - Sydney

{note}Organiser
{ruby[0]}
{ruby[1]}

{guests}

Invitation from Google Calendar: https://calendar.google.example/calendar/
"""
    c2 = gcal('CANCEL', 1, 'CANCELLED', note)
    m2 = mail(owner=owner, frm=f'{ruby[0]} <{ruby[1]}>', sender='Google Calendar <calendar-notification@google.example>',
              reply_to=f'{ruby[0]} <{ruby[1]}>', to=owner,
              subject=f'Cancelled event with note: {title} @ Tue 7 Apr 2026 9am - 10am (AEST) ({owner})',
              date=d2, text=t2, text_cte='base64', cal=c2, cal_method='CANCEL', cal_cte='7bit',
              attachments=[(c2, 'invite.ics', 'application', 'ics')], ident=cid + '2')
    t3 = f"""Hi Tomasz,

You'll have just seen the calendar cancellation come through - sorry for the abrupt notice. The iOS
headcount has been put on hold while we finalise next year's budget, so we've had to cancel next
Tuesday's technical interview with Chloe and Sam.

I genuinely hope this reopens in a few months and I'll reach out first if it does.

Warm regards,
Ruby Clarke | Talent Partner
Bellbird Health | Level 4, 88 Harrington St, The Rocks NSW 2000
+61 2 5550 1187
"""
    m3 = mail(owner=owner, frm=f'{ruby[0]} <{ruby[1]}>', to=f'Tomasz Wrobel <{owner}>',
              subject='Tuesday - sorry!', date=d3, text=t3, ident=cid + '3')
    add(cid, [('01-invitation-technical.eml', m1), ('02-cancelled-event.eml', m2), ('03-ruby-sorry.eml', m3)],
        label(owner, [iv('Bellbird Health', 'Mobile Engineer (iOS)', start, end, 'cancelled',
                         [chloe[1], sam[1]], [chloe[1], sam[1]], 'technical')], 'medium',
              'positive/cancellation',
              'Google invite then METHOD:CANCEL; interview falls two days after Sydney DST end (+10:00), invite sent in AEDT.'))


def exchange_event(uid, start, end, tzid, organizer, attendees, summary, location, desc, seq=0,
                   status='CONFIRMED', method='REQUEST', stamp=None):
    ev = [org(*organizer)] + [att(n, e) for n, e in attendees] + [
        'DESCRIPTION;LANGUAGE=en-US:' + esc(desc), 'UID:' + uid,
        'SUMMARY;LANGUAGE=en-US:' + esc(summary),
        'DTSTART;TZID=%s:%s' % (tzid, locs(start)), 'DTEND;TZID=%s:%s' % (tzid, locs(end)),
        'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:' + utcs(stamp or start), 'TRANSP:OPAQUE',
        'STATUS:' + status, 'SEQUENCE:%d' % seq, 'LOCATION;LANGUAGE=en-US:' + esc(location),
        'X-MICROSOFT-CDO-APPT-SEQUENCE:%d' % seq, 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE',
        'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
        'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
        'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
        'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM']
    return ev


def c10():
    cid = 'b18-10-exchange-loop-chicago-two-invites'
    owner = 'dana.whitlock@example.com'
    greg = ('Greg Lindqvist', 'glindqvist@prairiemutual.example')
    anita = ('Anita Shah', 'ashah@prairiemutual.example')
    rob = ('Rob Kessler', 'rkessler@prairiemutual.example')
    maria = ('Maria Delgado', 'mdelgado@prairiemutual.example')
    TZ = 'America/Chicago'
    day = (2026, 3, 10)
    s1 = chk(dt(TZ, *day, 9, 0), 'Tue')          # 2 days after US DST start -> CDT
    e2 = dt(TZ, *day, 10, 30)
    s3 = dt(TZ, *day, 11, 15)
    e3 = dt(TZ, *day, 12, 0)
    sent = chk(dt(TZ, 2026, 3, 3, 15, 2), 'Tue')
    sent2 = dt(TZ, 2026, 3, 3, 15, 6)
    sent3 = dt(TZ, 2026, 3, 3, 15, 9)
    addr = 'Prairie Mutual Insurance, 225 W Monroe St, 14th floor, Chicago, IL 60606'
    t1 = f"""Hi Dana,

Great news - the team would like to bring you in for your final round for the Actuarial Analyst II
position on Tuesday, March 10. Here is your itinerary (all times Central):

  9:00 - 9:45    Anita Shah, Actuarial Manager (hiring manager)
  9:45 - 10:30   Rob Kessler, Senior Actuary - technical / exam-style questions
  10:30 - 11:15  Lunch with a couple of analysts from the pricing team (informal, not evaluated)
  11:15 - 12:00  Maria Delgado, VP Pricing

Location: {addr}. Please check in at the security desk in the lobby about 10 minutes early and ask
for me. I'll send two calendar holds (morning sessions and the session with Maria) in a moment.

Thanks,
Greg Lindqvist
Recruiting Coordinator | Prairie Mutual Insurance
O: (312) 555-0110
"""
    m1 = mail(owner=owner, frm=f'{greg[0]} <{greg[1]}>', to=f'Dana Whitlock <{owner}>',
              subject='Final round itinerary - Actuarial Analyst II - Tue 3/10', date=sent, text=t1,
              text_cte='quoted-printable',
              headers=[('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('Thread-Topic', 'Final round itinerary')],
              ident=cid + '1')
    WTZ = 'Central Standard Time'
    tzb = vtimezone(WTZ, TZ, 'us', base='1601')

    def inv(uid, s, e, atts, summ, desc, stamp, ident):
        when = '%s %s-%s (UTC-06:00) Central Time (US & Canada).' % (
            s.strftime('%A, %B %d, %Y').replace(' 0', ' '), s.strftime('%I:%M %p').lstrip('0'),
            e.strftime('%I:%M %p').lstrip('0'))
        body = f'When: {when}\nWhere: {addr}\n\n*~*~*~*~*~*~*~*~*~*\n\n{desc}\n'
        ics = vcal([exchange_event(uid, s, e, WTZ, greg, [('Dana Whitlock', owner)] + atts, summ, addr,
                                   body, stamp=stamp)],
                   method='REQUEST', prodid='Microsoft Exchange Server 2010', tzs=[tzb])
        return mail(owner=owner, frm=f'{greg[0]} <{greg[1]}>',
                    to=', '.join(f'{n} <{a}>' for n, a in [('Dana Whitlock', owner)] + atts),
                    subject=summ, date=stamp, text=body, text_cte='quoted-printable', cal=ics,
                    headers=[('Content-class', 'urn:content-classes:calendarmessage'),
                             ('Thread-Topic', summ), ('Accept-Language', 'en-US')], ident=ident)
    m2 = inv('040000008200E00074C5B7101A82E00800000000B1C4D7E2A3ADDC01000000000000000010000000A1',
             s1, e2, [anita, rob], 'Dana Whitlock - Final Round (Part 1) - Actuarial Analyst II',
             '9:00 Anita Shah / 9:45 Rob Kessler. Lunch with the pricing team follows at 10:30.', sent2, cid + '2')
    m3 = inv('040000008200E00074C5B7101A82E00800000000B1C4D7E2A3ADDC01000000000000000010000000B2',
             s3, e3, [maria], 'Dana Whitlock - Final Round (Part 2) - Maria Delgado',
             'Conversation with Maria Delgado, VP Pricing.', sent3, cid + '3')
    add(cid, [('01-itinerary.eml', m1), ('02-invite-part1.eml', m2), ('03-invite-part2.eml', m3)],
        label(owner, [iv('Prairie Mutual Insurance', 'Actuarial Analyst II', s1, e3, 'scheduled',
                         [anita[1], rob[1], maria[1]], [anita[1], rob[1], maria[1]], 'onsite')], 'hard',
              'positive/onsite-loop',
              'In-person loop as two Exchange invites + itinerary with a lunch break; Windows TZID, "(UTC-06:00)" label but date is CDT.'))


def c13():
    cid = 'b18-13-calcom-screen-then-goodtime-hm-ist'
    owner = 'kavitha.subramanian@mail.example'
    rohan = ('Rohan Mehra', 'rohan.mehra@neelgiri.example')
    deepa = ('Deepa Krishnan', 'deepa.krishnan@neelgiri.example')
    TZ = 'Asia/Kolkata'
    s1 = chk(dt(TZ, 2026, 4, 15, 16, 0), 'Wed')
    e1 = s1 + timedelta(minutes=20)
    s2 = chk(dt(TZ, 2026, 4, 21, 11, 30), 'Tue')
    e2 = s2 + timedelta(minutes=45)
    d1 = dt(TZ, 2026, 4, 13, 19, 22)
    d2 = chk(dt(TZ, 2026, 4, 16, 10, 4), 'Thu')
    d3 = dt(TZ, 2026, 4, 16, 15, 37)
    t1 = f"""Your meeting has been scheduled

What:
20 Min Intro Call between Rohan Mehra and Kavitha Subramanian

When:
Wednesday, April 15, 2026
4:00pm - 4:20pm (India Standard Time)

Who:
Rohan Mehra - Organizer
{rohan[1]}
Kavitha Subramanian
{owner}

Where:
Google Meet - https://meet.google.example/rvq-nmzd-pkc

Additional notes:
Quick intro for the Senior QA Automation Engineer role at Neelgiri Payments.

Need to make a change? Reschedule or Cancel: https://cal.example/booking/Jr8KpQ2x
"""
    c1 = vcal([['UID:Jr8KpQ2x@cal.example', 'DTSTAMP:' + utcs(d1), 'DTSTART:' + utcs(s1), 'DTEND:' + utcs(e1),
                'SUMMARY:20 Min Intro Call between Rohan Mehra and Kavitha Subramanian',
                'DESCRIPTION:' + esc('Quick intro for the Senior QA Automation Engineer role at Neelgiri Payments.'),
                'LOCATION:https://meet.google.example/rvq-nmzd-pkc', org(*rohan), att('Kavitha Subramanian', owner, 'ACCEPTED'),
                'STATUS:CONFIRMED', 'SEQUENCE:0']], method='REQUEST', prodid='-//Cal.com//EN')
    m1 = mail(owner=owner, frm='Cal.com <no-reply@cal.example>', reply_to=f'{rohan[0]} <{rohan[1]}>',
              to=f'Kavitha Subramanian <{owner}>',
              subject='Confirmed: 20 Min Intro Call between Rohan Mehra and Kavitha Subramanian @ Wed Apr 15, 2026 4pm - 4:20pm',
              date=d1, text=t1, attachments=[(c1, 'invite.ics', 'text', 'calendar')], ident=cid + '1')
    t2 = f"""Hi Kavitha,

Lovely speaking with you yesterday! As discussed, the next step is a 45-minute conversation with
Deepa Krishnan, who heads QA for our merchant platform and would be your manager. Our scheduling
tool will send you a confirmation with the details shortly.

Cheers,
Rohan
--
Rohan Mehra | Talent Acquisition | Neelgiri Payments
4th Floor, Prestige Meridian II, MG Road, Bengaluru 560001 | +91 80 5550 4471
"""
    m2 = mail(owner=owner, frm=f'{rohan[0]} <{rohan[1]}>', to=f'Kavitha Subramanian <{owner}>',
              subject='Next steps - Senior QA Automation Engineer', date=d2, text=t2, ident=cid + '2')
    t3 = f"""Hi Kavitha,

Your interview with Neelgiri Payments is confirmed.

Hiring Manager Interview - Senior QA Automation Engineer
Tuesday, April 21, 2026 · 11:30 AM – 12:15 PM IST
Interviewer: Deepa Krishnan, Head of QA - Merchant Platform

Join Zoom Meeting: https://neelgiri.zoom.example/j/83319027741?pwd=QmZ2

Need to reschedule? Reply to this email and our recruiting team will help.

Neelgiri Payments Recruiting
Powered by GoodTime
"""
    html3 = '<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t3.strip().split('\n\n')) + '</body></html>'
    c3 = vcal([['UID:gt-5512870-hm@goodtime.example', 'DTSTAMP:' + utcs(d3),
                'DTSTART;TZID=Asia/Kolkata:' + locs(s2), 'DTEND;TZID=Asia/Kolkata:' + locs(e2),
                'SUMMARY:Hiring Manager Interview - Neelgiri Payments',
                'DESCRIPTION:' + esc('Interviewer: Deepa Krishnan\nJoin: https://neelgiri.zoom.example/j/83319027741'),
                'ORGANIZER;CN="Neelgiri Payments Recruiting":mailto:scheduling@goodtime-notify.example',
                att(deepa[0], deepa[1], 'ACCEPTED'), att('Kavitha Subramanian', owner),
                'STATUS:CONFIRMED', 'SEQUENCE:0']], method='REQUEST', prodid='-//GoodTime//Scheduler//EN',
              tzs=[vtimezone('Asia/Kolkata', TZ, 'none')])
    m3 = mail(owner=owner, frm='Neelgiri Payments Recruiting <scheduling@goodtime-notify.example>',
              reply_to=f'{rohan[0]} <{rohan[1]}>', to=f'Kavitha Subramanian <{owner}>',
              subject='Interview Confirmed: Neelgiri Payments - Tue, Apr 21', date=d3, text=t3, html=html3,
              html_cte='base64', attachments=[(c3, 'interview.ics', 'text', 'calendar')], ident=cid + '3')
    add(cid, [('01-calcom-confirmed.eml', m1), ('02-rohan-next-steps.eml', m2), ('03-goodtime-confirmed.eml', m3)],
        label(owner, [
            iv('Neelgiri Payments', 'Senior QA Automation Engineer', s1, e1, 'scheduled', [rohan[1]], [rohan[1]],
               'phone_screen'),
            iv('Neelgiri Payments', 'Senior QA Automation Engineer', s2, e2, 'scheduled', [deepa[1]], [deepa[1]],
               'hiring_manager')], 'medium', 'positive/two-interviews',
              'Cal.com intro call then GoodTime hiring-manager confirmation, IST.'))


def c16():
    cid = 'b18-16-smartrecruiters-then-candidate-withdraws'
    owner = 'jules.fontaine@example.com'
    wes = ('Wes Adeyemi', 'wes.adeyemi@cobaltridge.example')
    lauren = ('Lauren Cho', 'lauren.cho@cobaltridge.example')
    TZ = 'America/Los_Angeles'
    start = chk(dt(TZ, 2026, 3, 12, 16, 30), 'Thu')   # after Mar 8: PDT although mail says "PST"
    end = start + timedelta(minutes=45)
    d1 = chk(dt(TZ, 2026, 3, 5, 12, 14), 'Thu')   # PST
    d2 = dt(TZ, 2026, 3, 5, 12, 31)
    d3 = dt('America/Montreal', 2026, 3, 10, 8, 2)
    d4 = dt(TZ, 2026, 3, 10, 9, 40)
    t1 = f"""hey Jules!

locked in: Thu 3/12 @ 4:30p PST w/ Lauren Cho, our Art Director (she'd be your manager). 45 min on
zoom, mostly portfolio walkthrough + a bit on your shader work. you'll get the formal confirmation
from SmartRecruiters in a sec.

wes

--
Wes Adeyemi · Recruiting · Cobalt Ridge Games
415.555.0136 · 500 Third St, San Francisco CA
"""
    m1 = mail(owner=owner, frm=f'{wes[0]} <{wes[1]}>', to=owner, subject='Technical Artist - next step',
              date=d1, text=t1, ident=cid + '1')
    id1 = msgid_of(m1)
    t2 = f"""Dear Jules Fontaine,

Thank you for your interest in Cobalt Ridge Games. Your interview has been scheduled.

Position: Technical Artist
Interview type: Video interview (Zoom)
Date: Thursday, March 12, 2026
Time: 4:30 PM - 5:15 PM (GMT-07:00) Pacific Time
Interviewer(s): Lauren Cho

Zoom: https://cobaltridge.zoom.example/j/91120384457

Please do not reply to this email. If you need to make changes, contact your recruiter.

Cobalt Ridge Games Talent Team
"""
    c2 = vcal([['UID:sr-int-88123-4471@smartrecruiters.example', 'DTSTAMP:' + utcs(d2),
                'DTSTART;TZID=America/Los_Angeles:' + locs(start), 'DTEND;TZID=America/Los_Angeles:' + locs(end),
                'SUMMARY:Interview: Technical Artist - Cobalt Ridge Games',
                'LOCATION:https://cobaltridge.zoom.example/j/91120384457',
                'ORGANIZER;CN="Cobalt Ridge Games":mailto:noreply@smartrecruiters.example',
                att(lauren[0], lauren[1], 'ACCEPTED'), att('Jules Fontaine', owner),
                'STATUS:CONFIRMED', 'SEQUENCE:0']], method='REQUEST', prodid='-//SmartRecruiters//Interview//EN',
              tzs=[vtimezone('America/Los_Angeles', TZ, 'us')])
    m2 = mail(owner=owner, frm='Cobalt Ridge Games <noreply@smartrecruiters.example>', to=owner,
              subject='Interview confirmation - Technical Artist', date=d2, text=t2,
              attachments=[(c2, 'interview.ics', 'text', 'calendar')], ident=cid + '2')
    t3 = f"""Hi Wes,

I'm sorry to do this so close to Thursday, but I need to withdraw from the Technical Artist process.
I accepted an offer yesterday from a studio here in Montreal, and it wouldn't be fair to take up
Lauren's time. Please pass on my thanks - I really enjoyed talking with you both.

All the best,
Jules

Le jeu. 5 mars 2026, à 15 h 14, Wes Adeyemi <{wes[1]}> a écrit :
{quote(t1)}
"""
    m3 = mail(owner=owner, frm=f'Jules Fontaine <{owner}>', to=f'{wes[0]} <{wes[1]}>',
              subject='Re: Technical Artist - next step', date=d3, text=t3, text_cte='quoted-printable',
              in_reply_to=id1, refs=id1, ident=cid + '3')
    id3 = msgid_of(m3)
    t4 = f"""totally understand, congrats on the new gig! I've cancelled Thursday's interview with Lauren
and closed things out on our side. door's always open.

wes

On Tue, Mar 10, 2026 at 5:02 AM Jules Fontaine <{owner}> wrote:
{quote(t3)}
"""
    m4 = mail(owner=owner, frm=f'{wes[0]} <{wes[1]}>', to=f'Jules Fontaine <{owner}>',
              subject='Re: Technical Artist - next step', date=d4, text=t4, in_reply_to=id3,
              refs=f'{id1} {id3}', ident=cid + '4')
    add(cid, [('01-wes-locked-in.eml', m1), ('02-smartrecruiters-confirmation.eml', m2),
              ('03-re-withdraw.eml', m3), ('04-re-cancelled.eml', m4)],
        label(owner, [iv('Cobalt Ridge Games', 'Technical Artist', start, end, 'cancelled', [lauren[1]],
                         [lauren[1]], 'hiring_manager')], 'hard', 'positive/cancellation',
              'Scheduled "Thu 3/12 @ 4:30p PST" (really PDT, .ics TZID confirms) then candidate withdraws by reply.'))


def c19():
    cid = 'b18-19-html-only-portuguese-panel-saopaulo'
    owner = 'rafael.menezes@mail.example'
    cam = ('Camila Duarte', 'camila.duarte@jabuticaba.example')
    bruno = ('Bruno Tavares', 'bruno.tavares@jabuticaba.example')
    lari = ('Larissa Moura', 'larissa.moura@jabuticaba.example')
    TZ = 'America/Sao_Paulo'
    start = chk(dt(TZ, 2026, 4, 23, 14, 0), 'Thu')
    end = start + timedelta(minutes=90)
    d1 = chk(dt(TZ, 2026, 4, 17, 17, 48), 'Fri')
    d2 = dt(TZ, 2026, 4, 17, 19, 3)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<p>Olá, Rafael, tudo bem?</p>
<p>Que bom ter você no processo para <b>Desenvolvedor(a) Backend Pleno</b> aqui na Jabuticaba Tecnologia!
Gostaríamos de convidá-lo para a próxima etapa, a <b>entrevista técnica com o painel</b>:</p>
<ul>
<li><b>Quando:</b> quinta-feira, 23 de abril, às 14h (horário de Brasília)</li>
<li><b>Duração:</b> 1h30</li>
<li><b>Participantes:</b> Bruno Tavares, Tech Lead (<a href="mailto:{bruno[1]}">{bruno[1]}</a>) e
Larissa Moura, Engenheira Sênior (<a href="mailto:{lari[1]}">{lari[1]}</a>)</li>
<li><b>Link:</b> <a href="https://meet.google.example/jbt-xkwe-rra">meet.google.example/jbt-xkwe-rra</a></li>
</ul>
<p>Vai ser uma conversa sobre arquitetura de APIs e um exercício prático de modelagem. Pode me confirmar
se o horário funciona para você?</p>
<p>Abraços,<br><b>Camila Duarte</b><br>Tech Recruiter | Jabuticaba Tecnologia<br>
Av. Paulista, 1842 – 12º andar – São Paulo/SP<br>+55 11 5555-0192</p>
</div></body></html>
"""
    m1 = mail(owner=owner, frm=f'{cam[0]} <{cam[1]}>', to=f'Rafael Menezes <{owner}>',
              subject='Próxima etapa: entrevista técnica – Backend Pleno', date=d1, html=html,
              html_cte='base64', headers=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'pt-BR')],
              ident=cid + '1')
    id1 = msgid_of(m1)
    t2 = f"""Oi Camila, tudo ótimo!

Confirmado, quinta às 14h está perfeito. Obrigado!

Rafael

Em sex., 17 de abr. de 2026 às 17:48, Camila Duarte <{cam[1]}> escreveu:
> Olá, Rafael, tudo bem?
> Que bom ter você no processo para Desenvolvedor(a) Backend Pleno aqui na Jabuticaba Tecnologia!
> Gostaríamos de convidá-lo para a próxima etapa, a entrevista técnica com o painel:
> Quando: quinta-feira, 23 de abril, às 14h (horário de Brasília)
> Duração: 1h30
> [...]
"""
    m2 = mail(owner=owner, frm=f'Rafael Menezes <{owner}>', to=f'{cam[0]} <{cam[1]}>',
              subject='Re: Próxima etapa: entrevista técnica – Backend Pleno', date=d2, text=t2,
              in_reply_to=id1, refs=id1, ident=cid + '2')
    add(cid, [('01-camila-convite.eml', m1), ('02-re-confirmado.eml', m2)],
        label(owner, [iv('Jabuticaba Tecnologia', 'Desenvolvedor(a) Backend Pleno', start, end, 'scheduled',
                         [bruno[1], lari[1]], [bruno[1], lari[1]], 'onsite')], 'medium',
              'positive/body-only-html-portuguese',
              'HTML-only base64 Outlook mail in Portuguese: "quinta-feira, 23 de abril, às 14h (Brasília)", 1h30 panel.'))


def c22():
    cid = 'b18-22-agency-forward-ceo-noon-et'
    owner = 'siobhan.kearney@example.com'
    ollie = ('Ollie Grant', 'ollie@northlight-talent.example')
    aditi = ('Aditi Rao', 'aditi@fernhill.example')
    TZ = 'America/New_York'
    start = chk(dt(TZ, 2026, 4, 17, 12, 0), 'Fri')
    end = start + timedelta(minutes=30)
    d0 = chk(dt(TZ, 2026, 4, 13, 18, 40), 'Mon')
    d1 = chk(dt('Europe/London', 2026, 4, 14, 8, 15), 'Tue')
    d2 = dt(TZ, 2026, 4, 14, 9, 30)
    t1 = f"""Morning Siobhan,

Brilliant news - Aditi wants to meet you for the final conversation. Her note below; she's proposed
this Friday at noon ET. I've told her that works (you said Fridays are clear). She'll send the Zoom
herself.

Shout if anything changes!

Ollie Grant
Senior Consultant, Northlight Talent
+44 20 5550 3381 | 14 Clerkenwell Green, London EC1R 0DP

---------- Forwarded message ---------
From: {aditi[0]} <{aditi[1]}>
Date: Mon, Apr 13, 2026 at 6:40 PM
Subject: Siobhan - final chat
To: {ollie[0]} <{ollie[1]}>

Ollie - thanks, the team loved her. Happy to do a final chat with Siobhan this Friday at noon ET,
30 min, for the Head of Customer Success role. I'll send a Zoom link directly.

Aditi
--
Aditi Rao
Co-founder & CEO, Fernhill Robotics
"""
    m1 = mail(owner=owner, frm=f'{ollie[0]} <{ollie[1]}>', to=f'Siobhan Kearney <{owner}>',
              subject='Fwd: Siobhan - final chat', date=d1, text=t1, text_cte='quoted-printable',
              ident=cid + '1')
    ics = vcal([['UID:zm-84410293317@zoom.example', 'DTSTAMP:' + utcs(d2),
                 'SUMMARY:Siobhan / Aditi - Fernhill Robotics',
                 'DTSTART;TZID=America/New_York:' + locs(start), 'DTEND;TZID=America/New_York:' + locs(end),
                 org(*aditi), att('Siobhan Kearney', owner),
                 'DESCRIPTION:' + esc('Aditi Rao is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n'
                                      'https://fernhill.zoom.example/j/84410293317?pwd=dGhpcw\n\nMeeting ID: 844 1029 3317'),
                 'LOCATION:https://fernhill.zoom.example/j/84410293317?pwd=dGhpcw',
                 'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM']],
               prodid='-//zoom.us//iCalendar Event//EN',
               tzs=[vtimezone('America/New_York', TZ, 'us')])
    add(cid, [('01-fwd-final-chat.eml', m1), ('02-zoom-meeting.ics', ics)],
        label(owner, [iv('Fernhill Robotics', 'Head of Customer Success', start, end, 'scheduled', [aditi[1]],
                         [aditi[1]], 'other')], 'medium', 'positive/forwarded-founder-chat',
              'Agency recruiter forwards CEO note "this Friday at noon ET" (sent from London); standalone Zoom .ics without METHOD.'))


# ------------------------------------------------------------------ negatives
def c02():
    cid = 'b18-02-scam-signal-chat-interview-check'
    owner = 'brianna.holloway@example.com'
    TZ = 'America/New_York'
    d1 = chk(dt(TZ, 2026, 4, 9, 7, 12), 'Thu')
    d2 = dt(TZ, 2026, 4, 10, 22, 47)
    frm = 'Veridane Pharmaceuticals HR <hr.veridane.careers@mail.example>'
    t1 = """Dear Applicant,

Your resume was reviewed from the job board and you have been shortlisted for the position of
REMOTE ADMINISTRATIVE ASSISTANT / DATA ENTRY CLERK with Veridane Pharmaceuticals Inc.

Salary: $38.50/hour, 20-30 hours per week, fully remote. Training is paid.

Your online interview has been scheduled for Monday 10:00 AM EST with our Hiring Manager
Mr. David Klein. The interview is conducted by TEXT CHAT on the Signal app. Please add him on Signal
at +1 (555) 014-2290 and send the message "Interview ID VP-2291" at the scheduled time.

Kindly confirm your availability by replying to this email with your full name, cell phone number
and current address.

Regards,
Human Resources Department
Veridane Pharmaceuticals Inc.
"""
    m1 = mail(owner=owner, frm=frm, to='undisclosed-recipients:;', reply_to='David Klein <davidklein.hiring@mail.example>',
              subject='Interview Invitation - Remote Administrative Assistant (Shortlisted)', date=d1, text=t1,
              ident=cid + '1')
    t2 = """Hello Brianna,

Congratulations on successfully completing your interview with Mr. Klein! You have been selected for
the position. Please read the onboarding steps carefully:

1. You will receive a cashier's check of $3,950.00 by courier. Deposit it through your mobile banking
   app the same day and send us a screenshot.
2. Use $2,400 to purchase your home-office equipment from our approved vendor (details on Signal).
3. For the software license, buy four (4) $250 Apple gift cards and send clear photos of the back of
   the cards to your supervisor. This will be reimbursed with your first paycheck.

Your start date is Monday. Do not discuss this offer with anyone while onboarding is in progress.

HR Onboarding Team
Veridane Pharmaceuticals Inc.
"""
    m2 = mail(owner=owner, frm=frm, to=f'Brianna Holloway <{owner}>',
              reply_to='David Klein <davidklein.hiring@mail.example>',
              subject='RE: Interview Invitation - Onboarding Instructions (URGENT)', date=d2, text=t2, ident=cid + '2')
    add(cid, [('01-interview-invitation.eml', m1), ('02-onboarding-check.eml', m2)],
        label(owner, [], 'medium', 'negative/scam',
              'Recruiter scam: "interview" by Signal text chat, check deposit and gift cards.'))


def c03():
    cid = 'b18-03-paid-research-interview-confirmed'
    owner = 'nikhil.anand@example.com'
    TZ = 'America/New_York'
    start = chk(dt(TZ, 2026, 4, 21, 13, 0), 'Tue')
    end = start + timedelta(minutes=45)
    d1 = chk(dt(TZ, 2026, 4, 16, 11, 20), 'Thu')
    d2 = dt(TZ, 2026, 4, 20, 13, 0)
    t1 = f"""Hi Nikhil,

You're confirmed for a 1:1 research interview!

Study: How finance teams approve expenses
Researcher: Elise Marchetti, Ledgerline (UX Research)
When: Tuesday, April 21, 1:00 PM - 1:45 PM ET
Where: Zoom (link below and in the attached calendar invite)
Incentive: $120 (sent by e-gift card within 3 business days after the session)

Please join from a laptop in a quiet place. The researcher may ask you to share your screen.
If you can no longer make it, reschedule or cancel from your dashboard so another participant can take
the slot.

Join: https://ledgerline.zoom.example/j/99812004431

Thanks for participating,
The Fieldnote Participant Team
fieldnote.example - paid research studies
"""
    c1 = vcal([['UID:fn-session-6627019@fieldnote.example', 'DTSTAMP:' + utcs(d1), 'DTSTART:' + utcs(start),
                'DTEND:' + utcs(end), 'SUMMARY:Research interview: How finance teams approve expenses (Ledgerline)',
                'DESCRIPTION:' + esc('Paid research session ($120). Join: https://ledgerline.zoom.example/j/99812004431'),
                'ORGANIZER;CN="Fieldnote":mailto:sessions@fieldnote.example',
                att('Elise Marchetti', 'elise.marchetti@ledgerline.example', 'ACCEPTED'), att('Nikhil Anand', owner),
                'STATUS:CONFIRMED', 'SEQUENCE:0']], method='REQUEST', prodid='-//Fieldnote//Sessions//EN')
    m1 = mail(owner=owner, frm='Fieldnote <sessions@fieldnote.example>', to=f'Nikhil Anand <{owner}>',
              subject="You're confirmed: research interview on Tue, Apr 21 ($120)", date=d1, text=t1,
              attachments=[(c1, 'session.ics', 'text', 'calendar')], ident=cid + '1')
    t2 = """Reminder: your research interview with Ledgerline starts tomorrow at 1:00 PM ET.

Reply CANCEL if you can't make it. Your $120 incentive is paid after the session.
- Fieldnote
"""
    m2 = mail(owner=owner, frm='Fieldnote <sessions@fieldnote.example>', to=owner,
              subject='Reminder: research interview tomorrow at 1:00 PM ET', date=d2, text=t2, ident=cid + '2')
    add(cid, [('01-session-confirmed.eml', m1), ('02-reminder.eml', m2)],
        label(owner, [], 'hard', 'negative/user-research',
              'Paid UX research "interview" with .ics invite and reminder; researcher is a named person.'))


def c05():
    cid = 'b18-05-interview-masterclass-webinar'
    owner = 'femi.adebayo@mail.example'
    TZ = 'Europe/London'
    start = chk(dt(TZ, 2026, 4, 2, 18, 0), 'Thu')    # BST
    end = start + timedelta(minutes=75)
    d1 = chk(dt(TZ, 2026, 3, 26, 12, 30), 'Thu')     # GMT
    d2 = dt(TZ, 2026, 4, 2, 17, 0)
    t1 = f"""Hi Femi,

Thank you for registering for "Interview Masterclass: Answer 'Tell me about yourself' like a pro".

Date & Time: Apr 2, 2026 06:00 PM London
Hosted by: Career Compass Academy - with guest speaker Hollie Mensah, former Head of Talent

What you'll learn:
 - The 3-part structure for behavioural interview answers
 - How to handle salary questions on a screening call
 - Live mock interview with a volunteer from the audience

Please submit any questions to: questions@careercompass.example

Join from PC, Mac, iPad, or Android: https://careercompass.zoom.example/w/87100223344?tk=Zk2
Passcode: 559012

Add to calendar: Google Calendar / Outlook / Yahoo

You can cancel your registration at any time.
"""
    c1 = vcal([['UID:zw-87100223344-femi@zoom.example', 'DTSTAMP:' + utcs(d1),
                'DTSTART;TZID=Europe/London:' + locs(start), 'DTEND;TZID=Europe/London:' + locs(end),
                "SUMMARY:Interview Masterclass: Answer 'Tell me about yourself' like a pro",
                'LOCATION:https://careercompass.zoom.example/w/87100223344',
                'ORGANIZER;CN="Career Compass Academy":mailto:no-reply@zoom.example']],
              prodid='-//zoom.us//iCalendar Event//EN', tzs=[vtimezone('Europe/London', TZ, 'eu')])
    m1 = mail(owner=owner, frm='Career Compass Academy <no-reply@zoom.example>', to=owner,
              reply_to='questions@careercompass.example',
              subject="Interview Masterclass: Answer 'Tell me about yourself' like a pro Confirmation",
              date=d1, text=t1, attachments=[(c1, 'webinar.ics', 'text', 'calendar')], ident=cid + '1')
    t2 = """Hi Femi,

"Interview Masterclass" starts in 1 hour (6pm UK time). Grab a notebook - and your best interview shirt
if you'd like to volunteer for the live mock interview!

Join: https://careercompass.zoom.example/w/87100223344?tk=Zk2

Career Compass Academy - helping 40,000 job seekers land interviews every year
Unsubscribe
"""
    m2 = mail(owner=owner, frm='Career Compass Academy <no-reply@zoom.example>', to=owner,
              subject='Starting in 1 hour: Interview Masterclass', date=d2, text=t2,
              html='<html><body>' + t2.replace('\n', '<br>') + '</body></html>', ident=cid + '2')
    add(cid, [('01-webinar-registration.eml', m1), ('02-starting-soon.eml', m2)],
        label(owner, [], 'medium', 'negative/webinar',
              'Zoom webinar registration + reminder for an interview-skills masterclass with .ics.'))


def c06():
    cid = 'b18-06-user-is-interviewer-kit-scorecard'
    owner = 'nadia.farouk@quillstack.example'
    TZ = 'America/Denver'
    start = chk(dt(TZ, 2026, 4, 8, 14, 0), 'Wed')
    end = start + timedelta(minutes=60)
    d1 = chk(dt(TZ, 2026, 4, 3, 10, 12), 'Fri')
    d2 = dt(TZ, 2026, 4, 3, 10, 13)
    d3 = dt(TZ, 2026, 4, 8, 15, 5)
    coord = ('Tessa Blum', 'tessa.blum@quillstack.example')
    cand = ('Daniel Osei', 'daniel.osei.dev@mail.example')
    t1 = f"""Hi Nadia,

You've been added to the interview panel for Daniel Osei (Backend Engineer, Platform).

Interview: System Design
When: Wednesday, April 8, 2026, 2:00 PM - 3:00 PM MDT
Where: Google Meet (see calendar invite)

Your interview kit is ready. It includes the focus attributes for this interview, suggested questions
and the candidate's resume:
https://app.greenhouse.example/interview_kits/553201?candidate=daniel-osei

Please submit your scorecard within 24 hours of the interview so the hiring team can debrief on
Thursday.

Thanks!
Tessa Blum, Recruiting Coordinator, Quillstack
(sent via Greenhouse)
"""
    m1 = mail(owner=owner, frm='Greenhouse <no-reply@greenhouse.example>', reply_to=f'{coord[0]} <{coord[1]}>',
              to=f'Nadia Farouk <{owner}>',
              subject='Interview kit: Daniel Osei - Backend Engineer, Platform (System Design)', date=d1,
              text=t1, ident=cid + '1')
    title = 'Interview: Daniel Osei (Backend Engineer, Platform) - System Design'
    c2 = vcal([['DTSTART:' + utcs(start), 'DTEND:' + utcs(end), 'DTSTAMP:' + utcs(d2), org(*coord),
                'UID:0ovq8s1ad2c3h7rj1lk5n4qmbe@google.com', att(coord[0], coord[1], 'ACCEPTED'),
                att('Nadia Farouk', owner), att(cand[0], cand[1], 'ACCEPTED'),
                'DESCRIPTION:' + esc('Interviewer: Nadia Farouk\nInterview kit: https://app.greenhouse.example/'
                                     'interview_kits/553201\nPlease submit your scorecard in Greenhouse.'),
                'SEQUENCE:0', 'STATUS:CONFIRMED', 'SUMMARY:' + title]],
              method='REQUEST', prodid='-//Google Inc//Google Calendar 70.9054//EN', extra=['CALSCALE:GREGORIAN'])
    t2 = f"""{title}
Wednesday 8 Apr 2026 ⋅ 2pm – 3pm
Mountain Time - Denver

Interviewer: Nadia Farouk
Interview kit: https://app.greenhouse.example/interview_kits/553201
Please submit your scorecard in Greenhouse.

Join with Google Meet
https://meet.google.example/qsk-ahvn-tdo

Organizer
{coord[0]}
{coord[1]}

Guests
{coord[0]} - organizer
Nadia Farouk
{cand[0]}

Invitation from Google Calendar
"""
    m2 = mail(owner=owner, frm=f'{coord[0]} <{coord[1]}>', sender='Google Calendar <calendar-notification@google.example>',
              to=owner, subject=f'Invitation: {title} @ Wed Apr 8, 2026 2pm - 3pm (MDT) ({owner})', date=d2,
              text=t2, text_cte='quoted-printable', cal=c2, cal_cte='7bit',
              attachments=[(c2, 'invite.ics', 'application', 'ics')], ident=cid + '2')
    t3 = """Hi Nadia,

You interviewed Daniel Osei for Backend Engineer, Platform today. Your scorecard is not yet submitted.

Overall recommendation: [ Strong No | No | Yes | Strong Yes ]
Submit scorecard: https://app.greenhouse.example/scorecards/553201/new

The debrief is scheduled for Thursday at 9:30 AM.

- Greenhouse
"""
    m3 = mail(owner=owner, frm='Greenhouse <no-reply@greenhouse.example>', to=owner,
              subject='Reminder: Please submit your scorecard for Daniel Osei', date=d3, text=t3, ident=cid + '3')
    add(cid, [('01-interview-kit.eml', m1), ('02-invitation-interviewer.eml', m2), ('03-scorecard-reminder.eml', m3)],
        label(owner, [], 'hard', 'negative/user-is-interviewer',
              'Owner is on the interview panel: ATS interview kit, Google invite titled "Interview: <candidate>", scorecard nag.'))


def c08():
    cid = 'b18-08-internal-1on1-and-performance-review'
    owner = 'priyanka.joshi@harbourline.example'
    mgr = ('Owen Fairclough', 'owen.fairclough@harbourline.example')
    TZ = 'Europe/London'
    WTZ = 'GMT Standard Time'
    start = chk(dt(TZ, 2026, 4, 14, 15, 30), 'Tue')
    end = start + timedelta(minutes=60)
    s11 = chk(dt(TZ, 2026, 4, 9, 10, 0), 'Thu')
    e11 = s11 + timedelta(minutes=30)
    d1 = chk(dt(TZ, 2026, 3, 31, 9, 5), 'Tue')
    d2 = dt(TZ, 2026, 4, 1, 16, 22)
    d3 = dt(TZ, 2026, 4, 8, 8, 41)
    t1 = """Hi all,

The H1 performance review cycle opens today. Before your review conversation with your manager, please:

  1. Complete your self-assessment in Workday by Friday 10 April.
  2. Nominate 2-3 peers for feedback.
  3. If you consider yourself a candidate for promotion, flag it in the "Career goals" section so your
     manager can prepare for calibration.

Managers will schedule a 60-minute review with each direct report between 13 and 24 April.

People Team
Harbourline Freight Ltd
"""
    m1 = mail(owner=owner, frm='People Team <people@harbourline.example>', to='All Staff <allstaff@harbourline.example>',
              subject='H1 performance reviews: timeline and what to prepare', date=d1, text=t1, ident=cid + '1')
    tzb = vtimezone(WTZ, TZ, 'eu', base='1601')
    desc = ('When: %s\nWhere: Meeting room Tamar / Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n'
            'Hi Priyanka - let\'s use this slot for your H1 review. We\'ll go through your self-assessment, '
            'peer feedback and goals for H2. Nothing to prepare beyond what\'s in Workday.\n\nOwen'
            % '14 April 2026 15:30-16:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.')
    c2 = vcal([exchange_event('040000008200E00074C5B7101A82E00800000000D07A11C2F5C4DC01000000000000000010000000E4',
                              start, end, WTZ, mgr, [('Priyanka Joshi', owner)], 'Priyanka / Owen - H1 performance review',
                              'Tamar (3rd floor) / Microsoft Teams', desc, stamp=d2)],
              method='REQUEST', prodid='Microsoft Exchange Server 2010', tzs=[tzb])
    m2 = mail(owner=owner, frm=f'{mgr[0]} <{mgr[1]}>', to=f'Priyanka Joshi <{owner}>',
              subject='Priyanka / Owen - H1 performance review', date=d2, text=desc, cal=c2,
              headers=[('Content-class', 'urn:content-classes:calendarmessage')], ident=cid + '2')
    desc3 = ('When: Occurs every Thursday from 10:00 to 10:30 effective 09/04/2026. (UTC+00:00) Dublin, '
             'Edinburgh, Lisbon, London.\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n'
             'Moving our weekly 1:1 to Thursdays from this week. Agenda in the shared doc - add anything '
             'you want to talk about, including the Ops Lead role if you are thinking of applying.')
    ev3 = exchange_event('040000008200E00074C5B7101A82E00800000000C1A2B3C4F5C4DC01000000000000000010000000F1',
                         s11, e11, WTZ, mgr, [('Priyanka Joshi', owner)], '1:1 Priyanka / Owen',
                         'Microsoft Teams Meeting', desc3, seq=2, stamp=d3)
    ev3.insert(5, 'RRULE:FREQ=WEEKLY;BYDAY=TH')
    c3 = vcal([ev3], method='REQUEST', prodid='Microsoft Exchange Server 2010', tzs=[tzb])
    m3 = mail(owner=owner, frm=f'{mgr[0]} <{mgr[1]}>', to=f'Priyanka Joshi <{owner}>',
              subject='Updated: 1:1 Priyanka / Owen', date=d3, text=desc3, text_cte='quoted-printable', cal=c3,
              headers=[('Content-class', 'urn:content-classes:calendarmessage')], ident=cid + '3')
    add(cid, [('01-review-cycle.eml', m1), ('02-performance-review-invite.eml', m2), ('03-updated-1on1.eml', m3)],
        label(owner, [], 'medium', 'negative/internal',
              'Internal performance review + recurring 1:1 Exchange invites; mentions "candidate for promotion" and an internal role.'))


def c09():
    cid = 'b18-09-press-interview-calendly'
    owner = 'tomas.lindgren@example.com'
    mira = ('Mira Castellanos', 'mira.castellanos@ledgerweekly.example')
    TZ = 'America/Toronto'
    start = chk(dt(TZ, 2026, 4, 23, 15, 0), 'Thu')
    end = start + timedelta(minutes=20)
    d1 = chk(dt(TZ, 2026, 4, 20, 9, 2), 'Mon')
    d2 = dt(TZ, 2026, 4, 20, 12, 40)
    d3 = dt(TZ, 2026, 4, 20, 12, 51)
    t1 = f"""Hi Tomas,

I'm a reporter at The Ledger Weekly working on a piece about how small startups run their hiring
process - take-homes, how many interview rounds, that kind of thing. A mutual contact said you've
written about dropping whiteboard interviews at Pinecrest.

Would you be open to a 20-minute phone interview this week? You can grab any slot here:
https://calendly.example/mira-castellanos/20min

Thanks,
Mira Castellanos
Staff Reporter, The Ledger Weekly
+1 416 555 0127
"""
    m1 = mail(owner=owner, frm=f'{mira[0]} <{mira[1]}>', to=owner,
              subject='Interview request - The Ledger Weekly (startup hiring story)', date=d1, text=t1, ident=cid + '1')
    id1 = msgid_of(m1)
    t2 = f"""Hi Mira - happy to help. Booked Thursday at 3. Fine to quote me by name.

Tomas

On Mon, Apr 20, 2026 at 9:02 AM Mira Castellanos <{mira[1]}> wrote:
{quote(t1)}
"""
    m2 = mail(owner=owner, frm=f'Tomas Lindgren <{owner}>', to=f'{mira[0]} <{mira[1]}>',
              subject='Re: Interview request - The Ledger Weekly (startup hiring story)', date=d2, text=t2,
              in_reply_to=id1, refs=id1, ident=cid + '2')
    t3 = f"""Hi Tomas Lindgren,

A new event has been scheduled.

Event Type: 20 Minute Interview
Invitee: Tomas Lindgren
Event Host: Mira Castellanos
Event Date/Time: 3:00pm - 3:20pm (Eastern Time - US & Canada) Thursday, April 23, 2026
Location: Mira will call you at the number you provided.

Questions: Topic - how Pinecrest interviews engineering candidates.
"""
    c3 = vcal([['UID:cl-20min-7755aa@calendly.example', 'DTSTAMP:' + utcs(d3), 'DTSTART:' + utcs(start),
                'DTEND:' + utcs(end), 'SUMMARY:Tomas Lindgren and Mira Castellanos',
                'DESCRIPTION:' + esc('Event Name: 20 Minute Interview\nThe Ledger Weekly - startup hiring story'),
                org(*mira), att('Tomas Lindgren', owner, 'ACCEPTED'), 'STATUS:CONFIRMED']],
              method='REQUEST', prodid='-//Calendly//EN')
    m3 = mail(owner=owner, frm='Calendly <notifications@calendly.example>', reply_to=f'{mira[0]} <{mira[1]}>',
              to=owner, subject='New Event: Tomas Lindgren - 03:00pm Thu, Apr 23, 2026 - 20 Minute Interview',
              date=d3, text=t3, attachments=[(c3, 'invite.ics', 'text', 'calendar')], ident=cid + '3')
    add(cid, [('01-press-request.eml', m1), ('02-re-booked.eml', m2), ('03-calendly-new-event.eml', m3)],
        label(owner, [], 'hard', 'negative/press-interview',
              'Journalist books a "20 Minute Interview" via Calendly about the owner\'s company hiring process.'))


def c11():
    cid = 'b18-11-vet-confirm-your-appointment'
    owner = 'gemma.achterberg@mail.example'
    TZ = 'America/Phoenix'
    start = chk(dt(TZ, 2026, 4, 11, 9, 40), 'Sat')
    end = start + timedelta(minutes=30)
    d1 = chk(dt(TZ, 2026, 4, 8, 8, 0), 'Wed')
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Please confirm your appointment</h2>
<p>Hi Gemma,</p>
<p><b>Biscuit</b> is scheduled for an <b>Annual Wellness Exam + Rabies booster</b> with
Dr. Alana Whitfield.</p>
<table><tr><td>When:</td><td>Saturday, April 11 at 9:40 AM</td></tr>
<tr><td>Where:</td><td>Saguaro Paws Veterinary Clinic, 4410 E Camelback Rd, Phoenix, AZ 85018</td></tr></table>
<p><a href="https://pawlink.example/c/8812?a=confirm">Confirm</a> &nbsp;|&nbsp;
<a href="https://pawlink.example/c/8812?a=reschedule">Request a different time</a></p>
<p>Or reply <b>C</b> to confirm. Please arrive 10 minutes early to fill out the intake interview
form, and give us a call at (602) 555-0163 if you need to reschedule.</p>
<p>Saguaro Paws Veterinary Clinic - sent with PawLink</p>
</body></html>"""
    ics = vcal([['UID:pl-appt-8812@pawlink.example', 'DTSTAMP:' + utcs(d1),
                 'DTSTART;TZID=America/Phoenix:' + locs(start), 'DTEND;TZID=America/Phoenix:' + locs(end),
                 'SUMMARY:Biscuit - Annual Wellness Exam (Saguaro Paws Veterinary Clinic)',
                 'LOCATION:' + esc('4410 E Camelback Rd, Phoenix, AZ 85018'),
                 'ORGANIZER;CN="Saguaro Paws Veterinary Clinic":mailto:frontdesk@saguaropaws.example']],
              method='PUBLISH', prodid='-//PawLink//Reminders//EN', tzs=[vtimezone('America/Phoenix', TZ, 'none')])
    m1 = mail(owner=owner, frm='Saguaro Paws Veterinary Clinic <reminders@pawlink.example>',
              reply_to='frontdesk@saguaropaws.example', to=owner,
              subject="Confirm your appointment: Biscuit on Sat, Apr 11 at 9:40 AM", date=d1, html=html,
              html_cte='quoted-printable', attachments=[(ics, 'appointment.ics', 'text', 'calendar')], ident=cid)
    add(cid, [('01-confirm-appointment.eml', m1)],
        label(owner, [], 'easy', 'negative/appointment',
              'Vet appointment "confirm your appointment", HTML-only with .ics; mentions an intake interview form and "call".'))


def c12():
    cid = 'b18-12-party-user-organised-friend-has-interview'
    owner = 'ines.carvalho@example.com'
    TZ = 'America/New_York'
    start = chk(dt(TZ, 2026, 4, 25, 19, 0), 'Sat')
    end = dt(TZ, 2026, 4, 25, 23, 30)
    created = dt(TZ, 2026, 4, 6, 21, 15)
    upd = dt(TZ, 2026, 4, 20, 8, 3)
    friends = [('Dev Patel', 'dev.patel@mail.example'), ('Hana Sato', 'hanasato@mail.example'),
               ('Marco Bellini', 'marco.bellini@mail.example')]
    ev = {
        'kind': 'calendar#event', 'etag': '"3391046631842000"', 'id': '6m1b2k9gq7r3o0e8s5v4t2u1lc',
        'status': 'confirmed',
        'htmlLink': 'https://www.google.example/calendar/event?eid=Nm0xYjJrOWdxN3Izbz',
        'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': upd.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'summary': "Ines's 30th - rooftop drinks + karaoke",
        'description': ("You're invited! Drinks from 7, karaoke room booked 9-11:30. "
                        "Please RSVP so I can confirm numbers with the venue. No gifts please!"),
        'location': 'The Tin Lantern, 212 Kent Ave, Brooklyn, NY',
        'creator': {'email': owner, 'self': True},
        'organizer': {'email': owner, 'self': True},
        'start': {'dateTime': start.isoformat(), 'timeZone': TZ},
        'end': {'dateTime': end.isoformat(), 'timeZone': TZ},
        'iCalUID': '6m1b2k9gq7r3o0e8s5v4t2u1lc@google.com', 'sequence': 1,
        'attendees': [{'email': owner, 'organizer': True, 'self': True, 'responseStatus': 'accepted'}]
        + [{'email': e, 'displayName': n, 'responseStatus': s}
           for (n, e), s in zip(friends, ['accepted', 'tentative', 'needsAction'])],
        'guestsCanInviteOthers': True, 'reminders': {'useDefault': True}, 'eventType': 'default'}
    j = (json.dumps(ev, indent=2, ensure_ascii=False) + '\n').encode()
    d2 = chk(dt(TZ, 2026, 4, 21, 22, 48), 'Tue')
    t2 = f"""omg I'm so excited for saturday!! one thing - I have a job interview that afternoon (final round
at a design agency in DUMBO, 3 to 5pm, wish me luck) so I'll come straight from there, probably
closer to 7:30. save me a song 🎤

Hana

On Mon, Apr 20, 2026 at 8:03 AM Ines Carvalho <{owner}> wrote:
> Updated invitation: Ines's 30th - rooftop drinks + karaoke
> Sat Apr 25, 2026 7pm - 11:30pm (EDT)
"""
    m2 = mail(owner=owner, frm=f'Hana Sato <{friends[1][1]}>', to=f'Ines Carvalho <{owner}>',
              subject="Re: Updated invitation: Ines's 30th - rooftop drinks + karaoke", date=d2, text=t2,
              ident=cid + '2')
    add(cid, [('01-party-event.gcal.json', j), ('02-re-hana-tentative.eml', m2)],
        label(owner, [], 'hard', 'negative/personal-event',
              "Owner's own party (Calendar API event, self organizer); a friend mentions HER job interview that afternoon."))


def c14():
    cid = 'b18-14-job-alert-interview-heavy'
    owner = 'samir.haddad@mail.example'
    TZ = 'America/Toronto'
    d1 = chk(dt(TZ, 2026, 4, 14, 6, 30), 'Tue')
    jobs = [('Junior Data Analyst', 'Maplecrest Credit Union', 'Toronto, ON', 'Interviewing now - 1-step interview'),
            ('Business Intelligence Developer', 'Northvale Retail', 'Mississauga, ON', 'Interview this week'),
            ('Reporting Analyst (Contract)', 'Quayside Health', 'Remote - Canada', 'Schedule your interview instantly'),
            ('Data Analyst II', 'Lakeshore Transit Authority', 'Toronto, ON', 'Hiring event: on-the-spot interviews Apr 22'),
            ('Analytics Associate', 'Birchwood Capital', 'Toronto, ON', 'Fast interview process')]
    rows = ''.join(f'<tr><td style="padding:12px 0"><a href="https://hirefinch.example/j/{hid(t, n=8)}"><b>{t}</b></a><br>'
                   f'{c} &middot; {l}<br><span style="color:#0a7a3b">&#9889; {b}</span></td></tr>'
                   for t, c, l, b in jobs)
    html = f"""<html><body style="font-family:Arial,sans-serif;max-width:600px">
<p>Hi Samir, here are new jobs matching <b>data analyst</b> near <b>Toronto, ON</b>.</p>
<p style="background:#eef6ff;padding:8px">Employers marked &#9889; are interviewing this week. Apply today and you
could have an interview scheduled by Friday!</p>
<table>{rows}</table>
<p><b>Interview tip of the week:</b> Prepare two STAR stories before your phone interview.
<a href="https://hirefinch.example/blog/phone-interview">Read more</a></p>
<p style="font-size:11px;color:#777">You are receiving this job alert because you created it on Hirefinch.
<a href="https://hirefinch.example/alerts/unsubscribe">Unsubscribe</a> &middot; Hirefinch Inc., 100 King St W, Toronto</p>
</body></html>"""
    m1 = mail(owner=owner, frm='Hirefinch Job Alerts <alerts@hirefinch.example>', to=owner,
              subject='5 new "data analyst" jobs - employers interviewing this week',
              date=d1, html=html, html_cte='base64',
              headers=[('List-Unsubscribe', '<https://hirefinch.example/alerts/unsubscribe>')], ident=cid)
    add(cid, [('01-job-alert.eml', m1)],
        label(owner, [], 'easy', 'negative/job-alert',
              'HTML-only base64 job alert saying "interview" in every listing, incl. a dated hiring event.'))


def c15():
    cid = 'b18-15-application-receipt-interviews-week-of'
    owner = 'chiara.lombardi@example.com'
    TZ = 'America/Chicago'
    d1 = chk(dt(TZ, 2026, 4, 6, 14, 22), 'Mon')
    t1 = """Hi Chiara,

Thank you for applying for the Operations Manager position at Lighthouse Analytics! We've received
your application and our team is reviewing it now.

What happens next:
  - Our hiring team will review applications through Friday, April 17.
  - We expect to schedule first-round interviews the week of April 20 (30-minute video calls with a
    recruiter, followed by a panel interview for finalists).
  - If you're selected for an interview, a member of our recruiting team will reach out by email to
    find a time that works for you.

Due to the volume of applications we may not be able to respond to everyone individually.

Thanks again,
The Lighthouse Analytics Recruiting Team

This is an automated message sent via Workable. Please do not reply.
"""
    m1 = mail(owner=owner, frm='Lighthouse Analytics <noreply@candidates.workable.example>', to=owner,
              subject='Thanks for applying to Lighthouse Analytics', date=d1, text=t1,
              html='<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t1.split('\n\n')) + '</body></html>',
              ident=cid)
    add(cid, [('01-application-received.eml', m1)],
        label(owner, [], 'medium', 'negative/application-received',
              'Workable receipt: "we expect to schedule first-round interviews the week of April 20".'))


def c17():
    cid = 'b18-17-rejection-quotes-interview-time'
    owner = 'yannick.morel@mail.example'
    TZ = 'Europe/Zurich'
    d1 = chk(dt(TZ, 2026, 3, 20, 16, 45), 'Fri')
    t1 = """Dear Yannick,

Thank you for taking the time to interview with us on Tuesday, 17 March at 14:00 CET with Petra and
Lukas for the Firmware Engineer (Embedded Linux) position. We appreciated the depth of your answers on
bootloaders and the conversation about our sensor roadmap.

After careful consideration, we have decided to move forward with another candidate whose experience
more closely matches our current needs. This was not an easy decision.

We would be glad to keep your profile in our talent pool and may contact you about future openings.

Kind regards,

Simone Egli
HR Business Partner
Alpenfluss Sensorik AG
Industriestrasse 44, 8005 Zürich
+41 44 555 01 78
"""
    m1 = mail(owner=owner, frm='Simone Egli <simone.egli@alpenfluss.example>', to=f'Yannick Morel <{owner}>',
              subject='Your application - Firmware Engineer (Embedded Linux)', date=d1, text=t1,
              text_cte='quoted-printable', ident=cid)
    add(cid, [('01-rejection.eml', m1)],
        label(owner, [], 'medium', 'negative/rejection',
              'Rejection that quotes the past interview time ("Tuesday, 17 March at 14:00 CET") and interviewers.'))


def c18():
    cid = 'b18-18-offer-call-google-invite'
    owner = 'yuki.tanaka@example.com'
    rec = ('Priscilla Obi', 'priscilla.obi@marlowebank.example')
    TZ = 'America/New_York'
    start = chk(dt(TZ, 2026, 4, 10, 13, 0), 'Fri')
    end = start + timedelta(minutes=30)
    d1 = chk(dt(TZ, 2026, 4, 8, 17, 55), 'Wed')
    d2 = dt(TZ, 2026, 4, 8, 19, 10)
    d3 = dt(TZ, 2026, 4, 9, 9, 2)
    t1 = f"""Hi Yuki,

I have great news - the team was unanimous after your final round, and we'd love to extend you an
offer for the Senior Risk Analyst role!

I'd like to walk you through the details (base, bonus, sign-on, start date) on a quick call before
the written offer goes out. Would Friday at 1pm work? Jonah (your future manager) may hop on for the
first few minutes to say congrats.

Best,
Priscilla Obi
Talent Acquisition Partner, Marlowe Bank
(646) 555-0185
"""
    m1 = mail(owner=owner, frm=f'{rec[0]} <{rec[1]}>', to=f'Yuki Tanaka <{owner}>',
              subject='Great news - Senior Risk Analyst', date=d1, text=t1, ident=cid + '1')
    id1 = msgid_of(m1)
    t2 = f"""Priscilla, this is wonderful news - thank you! Friday at 1 works great.

Yuki

On Wed, Apr 8, 2026 at 5:55 PM Priscilla Obi <{rec[1]}> wrote:
{quote(t1)}
"""
    m2 = mail(owner=owner, frm=f'Yuki Tanaka <{owner}>', to=f'{rec[0]} <{rec[1]}>',
              subject='Re: Great news - Senior Risk Analyst', date=d2, text=t2, in_reply_to=id1, refs=id1,
              ident=cid + '2')
    title = 'Offer call - Yuki Tanaka / Marlowe Bank (Senior Risk Analyst)'
    jonah = ('Jonah Whitaker', 'jonah.whitaker@marlowebank.example')
    c3 = vcal([['DTSTART:' + utcs(start), 'DTEND:' + utcs(end), 'DTSTAMP:' + utcs(d3), org(*rec),
                'UID:7fj3kq0m2b9s1d4r8t6a5c0wpe@google.com', att(rec[0], rec[1], 'ACCEPTED'),
                att(jonah[0], jonah[1]), att(owner, owner),
                'DESCRIPTION:' + esc('Verbal offer walkthrough: compensation, benefits, start date. '
                                     'Written offer to follow via DocuSign.'),
                'SEQUENCE:0', 'STATUS:CONFIRMED', 'SUMMARY:' + title]],
              method='REQUEST', prodid='-//Google Inc//Google Calendar 70.9054//EN', extra=['CALSCALE:GREGORIAN'])
    t3 = f"""{title}
Friday 10 Apr 2026 ⋅ 1pm – 1:30pm
Eastern Time - New York

Verbal offer walkthrough: compensation, benefits, start date. Written offer to follow via DocuSign.

Organizer
{rec[0]}
{rec[1]}

Guests
{rec[0]} - organizer
{jonah[0]}
{owner}

Invitation from Google Calendar
"""
    m3 = mail(owner=owner, frm=f'{rec[0]} <{rec[1]}>', sender='Google Calendar <calendar-notification@google.example>',
              to=owner, subject=f'Invitation: {title} @ Fri Apr 10, 2026 1pm - 1:30pm (EDT) ({owner})', date=d3,
              text=t3, text_cte='base64', cal=c3, cal_cte='7bit',
              attachments=[(c3, 'invite.ics', 'application', 'ics')], ident=cid + '3')
    add(cid, [('01-great-news.eml', m1), ('02-re-friday.eml', m2), ('03-invitation-offer-call.eml', m3)],
        label(owner, [], 'hard', 'negative/offer',
              'Offer call booked by thread + Google invite; future manager attends; no interview.'))


def c20():
    cid = 'b18-20-school-admissions-interview-child'
    owner = 'rebecca.ashworth@mail.example'
    TZ = 'Europe/London'
    start = chk(dt(TZ, 2026, 4, 25, 9, 15), 'Sat')
    end = start + timedelta(minutes=40)
    d1 = chk(dt(TZ, 2026, 4, 13, 11, 3), 'Mon')
    t1 = """Dear Mrs Ashworth,

Thank you for your application for Leo's place in Year 3 (September 2026 entry) at St Aldhelm's
Preparatory School.

We are delighted to invite Leo to an admissions interview and informal assessment morning:

    Saturday 25 April 2026, 9.15am (please arrive by 9.00am)
    The Old Library, St Aldhelm's Preparatory School, Church Lane, Sherborne DT9 3QH

Leo will spend around 40 minutes with our Head of Lower School, Mr Piers Lockwood, reading and doing a
few puzzles. There is nothing to prepare. Parents are welcome to join the Headmistress for coffee in
the meantime, and we will show you around the school afterwards.

Please confirm your attendance by replying to this email or calling the Registrar's office on
01935 555 0144.

With kind regards,

Mrs Harriet Yeo
Registrar
St Aldhelm's Preparatory School
"""
    ics = vcal([['UID:staldhelms-adm-2026-0425-ashworth@staldhelms.example', 'DTSTAMP:' + utcs(d1),
                 'DTSTART;TZID=Europe/London:' + locs(start), 'DTEND;TZID=Europe/London:' + locs(end),
                 'SUMMARY:Admissions interview - Leo Ashworth (Year 3)',
                 'LOCATION:' + esc("The Old Library, St Aldhelm's Preparatory School, Sherborne"),
                 'ORGANIZER;CN="Admissions Office":mailto:admissions@staldhelms.example',
                 att('Rebecca Ashworth', owner)]], method='REQUEST', prodid='-//St Aldhelms//Admissions//EN',
               tzs=[vtimezone('Europe/London', TZ, 'eu')])
    m1 = mail(owner=owner, frm="St Aldhelm's Admissions <admissions@staldhelms.example>", to=f'Rebecca Ashworth <{owner}>',
              subject='Admissions interview invitation - Leo Ashworth, Year 3', date=d1, text=t1,
              attachments=[(ics, 'admissions-interview.ics', 'text', 'calendar')], ident=cid)
    add(cid, [('01-admissions-interview.eml', m1)],
        label(owner, [], 'medium', 'negative/admissions',
              "Prep-school admissions interview for the owner's child, with .ics invite to the parent."))


def c21():
    cid = 'b18-21-landlord-tenant-interview'
    owner = 'luca.ferraro@example.com'
    agent = ('Kirsty Maclean', 'kirsty@thistlelets.example')
    TZ = 'Europe/London'
    d1 = chk(dt(TZ, 2026, 3, 23, 12, 10), 'Mon')   # GMT
    d2 = dt(TZ, 2026, 3, 23, 18, 32)
    d3 = dt(TZ, 2026, 3, 24, 9, 15)
    t1 = f"""Hi Luca,

Thanks for viewing the 2-bed flat at 14/3 Marchmont Crescent on Saturday. Good news - you're on the
landlord's shortlist.

The landlord, Mr Duncan Reid, likes to interview prospective tenants himself before agreeing a
tenancy (he lives abroad, so it's a video call). It's quite informal - he'll ask about your job,
how long you're looking to stay and whether you have pets.

Could you do Wednesday at 6pm (UK)? He's flexible if not.

Kind regards,
Kirsty Maclean
Lettings Negotiator | Thistle Lets
22 Bruntsfield Place, Edinburgh EH10 4HN | 0131 555 0199
"""
    m1 = mail(owner=owner, frm=f'{agent[0]} <{agent[1]}>', to=f'Luca Ferraro <{owner}>',
              subject='14/3 Marchmont Crescent - landlord interview', date=d1, text=t1, ident=cid + '1')
    id1 = msgid_of(m1)
    t2 = f"""Hi Kirsty,

Great news, thank you! Wednesday at 6 works. I can send my employment reference and payslips
beforehand if that helps.

Luca

On Mon, 23 Mar 2026 at 12:10, Kirsty Maclean <{agent[1]}> wrote:
{quote(t1)}
"""
    m2 = mail(owner=owner, frm=f'Luca Ferraro <{owner}>', to=f'{agent[0]} <{agent[1]}>',
              subject='Re: 14/3 Marchmont Crescent - landlord interview', date=d2, text=t2,
              in_reply_to=id1, refs=id1, ident=cid + '2')
    id2 = msgid_of(m2)
    t3 = f"""Hi Luca,

Lovely - confirmed for Wednesday 25th at 6pm. Mr Reid will call you on WhatsApp video on the mobile
number on your application. Payslips would be great, plus the referencing form attached.

Kirsty

On Mon, 23 Mar 2026 at 18:32, Luca Ferraro <{owner}> wrote:
{quote(t2)}
"""
    m3 = mail(owner=owner, frm=f'{agent[0]} <{agent[1]}>', to=f'Luca Ferraro <{owner}>',
              subject='Re: 14/3 Marchmont Crescent - landlord interview', date=d3, text=t3, in_reply_to=id2,
              refs=f'{id1} {id2}', text_cte='quoted-printable',
              attachments=[(b'%PDF-1.4\n% referencing form placeholder\n', 'Referencing-form.pdf', 'application', 'pdf')],
              ident=cid + '3')
    add(cid, [('01-shortlist.eml', m1), ('02-re-wednesday.eml', m2), ('03-re-confirmed.eml', m3)],
        label(owner, [], 'hard', 'negative/tenancy',
              'Letting agent books a "landlord interview" video call for a flat; user mentions employment reference.'))


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith('b18-') and os.path.isdir(p):
            shutil.rmtree(p)
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11,
              c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        f()
    labels = {}
    for cid, items, lab in CASES:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, data in items:
            with open(os.path.join(d, fname), 'wb') as fh:
                fh.write(data)
        labels[cid] = lab
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('# blind18 labels (generated by make_cases.py; do not edit by hand)\n')
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=120)
    pos = sum(1 for _, _, l in CASES if l['interview'])
    print('%d cases (%d positive, %d negative), %d interviews' % (
        len(CASES), pos, len(CASES) - pos, sum(len(l['interviews']) for _, _, l in CASES)))


if __name__ == '__main__':
    main()
