#!/usr/bin/env python3
"""Deterministic generator for the blind8 interview-detection set.

Rewrites every case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names invented; all domains are .example.
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
UTC = timezone.utc


# ----------------------------------------------------------------- helpers
def dt(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat() if d else None


def utc(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def local(d):
    return d.strftime('%Y%m%dT%H%M%S')


def fold(line):
    raw = line.encode('utf-8')
    if len(raw) <= 75:
        return line
    out, cur, limit = [], b'', 75
    for ch in line:
        b = ch.encode('utf-8')
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur, limit = b'', 74
        cur += b
    out.append(cur)
    return '\r\n '.join(x.decode('utf-8') for x in out)


def esc(text):
    return (text.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\n', '\\n'))


def ics(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def _off(zone, month):
    o = datetime(2026, month, 15, 12, tzinfo=ZoneInfo(zone)).utcoffset()
    mins = int(o.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return f'{sign}{mins // 60:02d}{mins % 60:02d}'


RULES = {
    'us': (('19700308T020000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU'),
           ('19701101T020000', 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU')),
    'eu': (('19700329T020000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'),
           ('19701025T030000', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU')),
    'au': (('19701004T020000', 'FREQ=YEARLY;BYMONTH=10;BYDAY=1SU'),
           ('19700405T030000', 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU')),
}


def vtimezone(zone, rule=None, tzid=None, names=('STD', 'DST'), windows=False):
    """VTIMEZONE block; offsets come from zoneinfo."""
    tzid = tzid or zone
    south = rule == 'au'
    std = _off(zone, 7 if south else 1)
    dst = _off(zone, 1 if south else 7)
    lines = ['BEGIN:VTIMEZONE', f'TZID:{tzid}']
    if not windows:
        lines.append(f'X-LIC-LOCATION:{zone}')
    if rule is None:
        lines += ['BEGIN:STANDARD', 'DTSTART:19700101T000000', f'TZOFFSETFROM:{std}',
                  f'TZOFFSETTO:{std}', f'TZNAME:{names[0]}', 'END:STANDARD']
    else:
        (d_start, d_rule), (s_start, s_rule) = RULES[rule]
        if windows:
            d_start = '16010101T' + d_start[-6:]
            s_start = '16010101T' + s_start[-6:]
            d_rule = d_rule.replace('FREQ=YEARLY;', 'FREQ=YEARLY;INTERVAL=1;')
            s_rule = s_rule.replace('FREQ=YEARLY;', 'FREQ=YEARLY;INTERVAL=1;')
        lines += ['BEGIN:STANDARD', f'DTSTART:{s_start}', f'RRULE:{s_rule}',
                  f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}']
        if not windows:
            lines.append(f'TZNAME:{names[0]}')
        lines += ['END:STANDARD', 'BEGIN:DAYLIGHT', f'DTSTART:{d_start}', f'RRULE:{d_rule}',
                  f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}']
        if not windows:
            lines.append(f'TZNAME:{names[1]}')
        lines += ['END:DAYLIGHT']
    lines.append('END:VTIMEZONE')
    return lines


def att(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp=True):
    return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};'
            f'RSVP={"TRUE" if rsvp else "FALSE"};CN={name};X-NUM-GUESTS=0:mailto:{email}')


def mail(*, to, frm, subject, date, owner, body=None, html=None, cc=None, reply_to=None,
         msgid, in_reply_to=None, references=None, cte=None, html_cte=None, extra=None,
         sender=None, return_path=None):
    m = EmailMessage()
    m['Delivered-To'] = owner
    m['Return-Path'] = return_path or '<' + frm.split('<')[-1].rstrip('>') + '>'
    for k, v in (extra or []):
        m[k] = v
    m['Date'] = format_datetime(date)
    m['From'] = frm
    if sender:
        m['Sender'] = sender
    if reply_to:
        m['Reply-To'] = reply_to
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Message-ID'] = msgid
    if in_reply_to:
        m['In-Reply-To'] = in_reply_to
        m['References'] = references or in_reply_to
    if body is not None:
        m.set_content(body, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype='html', cte=html_cte)
    else:
        m.set_content(html, subtype='html', cte=html_cte or 'quoted-printable')
    return m


def add_ics_attachment(m, text, filename='invite.ics', method='REQUEST'):
    m.add_attachment(text.encode('utf-8'), maintype='application', subtype='ics',
                     filename=filename)
    return m


def to_bytes(m):
    # deterministic MIME boundaries (EmailMessage picks random ones otherwise)
    seed = hashlib.sha1(str(m['Message-ID']).encode()).hexdigest()
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f'00000000{seed[i * 4:i * 4 + 16]}{i:02d}')
    return m.as_bytes(policy=policy.default)


def google_when(s, e):
    """Google-style 'Thu Mar 5, 2026 4:30pm - 5:15pm (EST)'."""
    def t(d):
        h = d.strftime('%I').lstrip('0')
        return h + (d.strftime(':%M') if d.minute else '') + d.strftime('%p').lower()
    return f"{s.strftime('%a %b')} {s.day}, {s.year} {t(s)} - {t(e)} ({s.tzname()})"


def google_invite(*, owner, organizer, attendees, summary, start, end, uid, seq, desc,
                  zone, rule, date, msgid, updated=False, location='', conf='Google Meet',
                  meet='https://meet.google.com/example-abc-def'):
    org_name, org_mail = organizer
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
             'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:REQUEST']
    lines += vtimezone(zone, rule, names=(start.tzname() if start.dst() == timedelta(0) else 'STD',
                                          start.tzname() if start.dst() else 'DST'))
    lines += ['BEGIN:VEVENT', f'DTSTART;TZID={zone}:{local(start)}',
              f'DTEND;TZID={zone}:{local(end)}', f'DTSTAMP:{utc(date)}',
              f'ORGANIZER;CN={org_name}:mailto:{org_mail}', f'UID:{uid}']
    lines.append(att(org_name, org_mail, partstat='ACCEPTED', rsvp=False))
    for n, a in attendees:
        lines.append(att(n, a))
    lines += [f'X-GOOGLE-CONFERENCE:{meet}', f'CREATED:{utc(date - timedelta(days=1))}',
              'DESCRIPTION:' + esc(desc + f'\n\nJoin with Google Meet: {meet}\n\n'
                                   '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n'
                                   'Please do not edit this section.'),
              f'LAST-MODIFIED:{utc(date)}', f'LOCATION:{esc(location)}',
              f'SEQUENCE:{seq}', 'STATUS:CONFIRMED', f'SUMMARY:{esc(summary)}',
              'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    cal = ics(lines)
    when = google_when(start, end)
    prefix = 'Updated invitation' if updated else 'Invitation'
    guests = '\n'.join([f'{org_name} - organizer\n{org_mail}'] +
                       [f'{n}\n{a}' for n, a in attendees])
    changed = 'This event has been updated\nChanged: time\n\n' if updated else ''
    plain = (f'{changed}{summary}\n{when}\n{start.tzinfo.key}\n\n'
             f'Join with Google Meet\n{meet}\n\nOrganizer\n{org_name}\n{org_mail}\n\n'
             f'Guests\n{guests}\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=ZXhhbXBsZQ\n\n'
             f'{desc}\n\nReply for {owner} and view more details '
             'https://calendar.google.com/calendar/event?action=VIEW&eid=ZXhhbXBsZQ\n\n'
             'Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
             f'You are receiving this email because you are an attendee on the event.\n')
    html = ('<html><body><div itemscope itemtype="http://schema.org/Event">'
            + ('<p style="color:#d93025">This event has been updated</p>' if updated else '')
            + f'<h2 itemprop="name">{summary}</h2><p><b>When</b> {when}</p>'
            f'<p><a href="{meet}">Join with Google Meet</a></p>'
            f'<p><b>Organizer</b><br>{org_name} &lt;{org_mail}&gt;</p><p><b>Guests</b><br>'
            + '<br>'.join(f'{n} &lt;{a}&gt;' for n, a in attendees)
            + f'</p><p>{desc.replace(chr(10), "<br>")}</p>'
            '<p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p>'
            '</div></body></html>')
    m = EmailMessage()
    m['Delivered-To'] = owner
    m['Return-Path'] = '<calendar-notification@calendar-server.bounces.google.example>'
    m['Reply-To'] = f'{org_name} <{org_mail}>'
    m['Sender'] = 'Google Calendar <calendar-notification@google.example>'
    m['Message-ID'] = msgid
    m['Date'] = format_datetime(date)
    m['Subject'] = f'{prefix}: {summary} @ {when} ({owner})'
    m['From'] = f'{org_name} <{org_mail}>'
    m['To'] = owner
    m.set_content(plain, cte='base64')
    m.add_alternative(html, subtype='html', cte='quoted-printable')
    m.add_alternative(cal, subtype='calendar', params={'method': 'REQUEST'})
    m.add_attachment(cal.encode('utf-8'), maintype='application', subtype='ics',
                     filename='invite.ics')
    return m


def gcal_event(*, eid, summary, desc, organizer, attendees, owner, start, end, zone,
               created, updated, seq=0, status='confirmed'):
    ev = {
        'kind': 'calendar#event',
        'etag': '"3%015d"' % (len(eid) * 98765431),
        'id': eid,
        'status': status,
        'htmlLink': f'https://www.google.com/calendar/event?eid={eid}',
        'created': created.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': updated.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'summary': summary,
        'description': desc,
        'creator': {'email': organizer[1], 'displayName': organizer[0]},
        'organizer': {'email': organizer[1], 'displayName': organizer[0]},
        'start': {'dateTime': start.isoformat(), 'timeZone': zone},
        'end': {'dateTime': end.isoformat(), 'timeZone': zone},
        'iCalUID': f'{eid}@google.com',
        'sequence': seq,
        'attendees': [{'email': organizer[1], 'displayName': organizer[0], 'organizer': True,
                       'responseStatus': 'accepted'}]
        + [{'email': a, 'displayName': n, 'responseStatus': 'accepted'} for n, a in attendees]
        + [{'email': owner, 'self': True, 'responseStatus': 'accepted'}],
        'hangoutLink': 'https://meet.google.com/kqr-mwtb-zzp',
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    return json.dumps(ev, indent=2, ensure_ascii=False) + '\n'


CASES = {}
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end),
            'status': status, 'interviewer_emails': interviewers,
            'followup_recipients': recipients, 'kind': kind}


def lab(user, interviews, difficulty, category, notes):
    return {'user': user, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes,
            'source': 'synthetic'}


# ======================================================================
# b8-01  IST recruiter phone screen, HTML-only QP body, relative date
# ======================================================================
def c01():
    owner = 'ananya.krishnan@example.com'
    sent = dt(2026, 3, 2, 16, 10, 'Asia/Kolkata')
    start = dt(2026, 3, 3, 11, 30, 'Asia/Kolkata')
    end = start + timedelta(minutes=30)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hi Ananya,</p>
<p>Thank you for taking my call a few minutes ago &ndash; good to connect!</p>
<p>As discussed, I have blocked <b>tomorrow (Tuesday) from 11:30 AM to 12:00 noon IST</b> for your
first-round telephonic interview for the <b>Senior QA Automation Engineer</b> position at Tarangini
Payments. I will call you on your mobile number ending 4471, so there is no link to join.</p>
<p>We will go through your experience with Selenium/Playwright, API test frameworks and CI pipelines,
and I will also share more about the team and the next rounds.</p>
<p>In case something comes up, just reply to this mail or WhatsApp me on the number below.</p>
<p>Warm regards,<br>
<b>Rohit Bhatia</b><br>
Lead &ndash; Talent Acquisition<br>
Tarangini Payments Pvt. Ltd.<br>
4th Floor, Prestige Meridian II, MG Road, Bengaluru 560001<br>
M: +91 98450 12237 | rohit.bhatia@taranginipay.example</p>
<p style="color:#888;font-size:11px">This e-mail and any attachments are confidential and intended solely
for the addressee.</p>
</body></html>
"""
    m = mail(owner=owner, to='Ananya Krishnan <ananya.krishnan@example.com>',
             frm='Rohit Bhatia <rohit.bhatia@taranginipay.example>',
             subject='Telephonic interview - Senior QA Automation Engineer | Tarangini Payments',
             date=sent, html=html, msgid='<CAKx8Hq1+tp0302a@mail.taranginipay.example>')
    case('b8-01-ist-recruiter-phone-screen-html-only',
         [('01-telephonic-interview-tarangini.eml', to_bytes(m))],
         lab(owner, [iv('Tarangini Payments', 'Senior QA Automation Engineer', start, end,
                        'scheduled', ['rohit.bhatia@taranginipay.example'],
                        ['rohit.bhatia@taranginipay.example'], 'phone_screen')],
             'medium', 'positive/email-body-only',
             'HTML-only quoted-printable body; "tomorrow (Tuesday) 11:30 AM to 12:00 noon IST" resolved '
             'against the Monday 2 March message date; recruiter calls, so he is the interviewer.'))


# ======================================================================
# b8-02  Ashby confirmation + UTC .ics, London candidate, US DST gap
# ======================================================================
def c02():
    owner = 'fergus.whitlam@mail.example'
    sent = dt(2026, 3, 12, 9, 5, 'America/New_York')
    start = dt(2026, 3, 19, 10, 0, 'America/New_York')
    end = start + timedelta(hours=1)
    lon = start.astimezone(ZoneInfo('Europe/London'))
    lon_end = end.astimezone(ZoneInfo('Europe/London'))
    body = f"""Hi Fergus,

Your interview with Cobaltline Security has been scheduled. Please find the details below and the
calendar invitation attached.

Interview: System Design (Technical)
Position: Staff Platform Engineer
When: Thursday, March 19, 2026, 10:00 AM - 11:00 AM EDT
      ({lon.strftime('%-I:%M %p')} - {lon_end.strftime('%-I:%M %p')} GMT, your local time)
Where: Google Meet - https://meet.google.com/cbl-sysd-fwx

You'll be speaking with:
  - Priyanka Oduya, Principal Engineer
  - Marcus Lindqvist, Engineering Manager, Platform

A heads-up since you're in London: the US has already moved its clocks forward, so for the next
couple of weeks we're only four hours apart instead of the usual five.

Need to make a change? Reply to this email and Dana will help.

Dana Whitcombe
Recruiting Coordinator, Cobaltline Security

--
Sent via Ashby
"""
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Ashby//Interview Scheduling//EN',
               'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:ashby-iv-7f3e1c2a-55b0-4c8e-9d7e-0b2f4e61a9c1',
               f'DTSTAMP:{utc(sent)}', f'DTSTART:{utc(start)}', f'DTEND:{utc(end)}',
               'SUMMARY:Fergus Whitlam <> Cobaltline Security - System Design',
               'DESCRIPTION:' + esc('Staff Platform Engineer - System Design interview with Priyanka '
                                    'Oduya and Marcus Lindqvist.\nJoin: https://meet.google.com/cbl-sysd-fwx'),
               'LOCATION:https://meet.google.com/cbl-sysd-fwx',
               'ORGANIZER;CN=Dana Whitcombe:mailto:dana.whitcombe@cobaltline.example',
               att('Fergus Whitlam', owner), 'SEQUENCE:0', 'STATUS:CONFIRMED',
               'END:VEVENT', 'END:VCALENDAR'])
    m = mail(owner=owner, to='Fergus Whitlam <fergus.whitlam@mail.example>',
             frm='Cobaltline Security <no-reply@ashbyhq.example>',
             reply_to='Dana Whitcombe <dana.whitcombe@cobaltline.example>',
             subject='Interview confirmed: Staff Platform Engineer at Cobaltline Security',
             date=sent, body=body, msgid='<01000195e2a7.ashby.0c1f@email.ashbyhq.example>')
    add_ics_attachment(m, cal, 'cobaltline-system-design.ics')
    case('b8-02-ashby-confirmation-ics-london-ny-dst-gap',
         [('01-ashby-interview-confirmed.eml', to_bytes(m))],
         lab(owner, [iv('Cobaltline Security', 'Staff Platform Engineer', start, end, 'scheduled',
                        [], ['dana.whitcombe@cobaltline.example'], 'technical')],
             'hard', 'positive/ats-email-with-ics',
             'Ashby confirmation (no-reply sender, Reply-To coordinator) with UTC .ics; 10:00 EDT = '
             '14:00 GMT during the March US/UK DST gap. Interviewer addresses never appear -> '
             'follow-up to the coordinator.'))


# ======================================================================
# b8-03  Workday "Interview Scheduled" notification
# ======================================================================
def c03():
    owner = 'marisol.teague@example.com'
    sent = dt(2026, 3, 17, 13, 2, 'America/Chicago')
    start = dt(2026, 3, 24, 9, 0, 'America/Chicago')
    end = start + timedelta(minutes=45)
    body = """Dear Marisol Teague,

An interview has been scheduled for the following job application:

Job Requisition: R-0042187 Claims Data Analyst
Interview Type: Hiring Manager Interview - Video

Date: 03/24/2026
Time: 09:00 AM - 09:45 AM (GMT-05:00) Central Time (Chicago)
Interviewer(s): Dwayne Okoro, Manager, Claims Analytics
Location: A Microsoft Teams link will be sent to you in a separate calendar invitation.

To view your interview details, sign in to your Candidate Home account:
https://graniteridge.wd5.myworkdayjobs.example/en-US/Careers/userHome

If you need to reschedule, please contact your recruiter, Jessamyn Moreno, at
jessamyn.moreno@graniteridge.example.

Thank you,
Granite Ridge Mutual Talent Acquisition

This is a system-generated message. Please do not reply to this email.
"""
    html = '<html><body>' + ''.join(
        f'<p>{p.replace(chr(10), "<br>")}</p>' for p in body.split('\n\n')) + '</body></html>'
    m = mail(owner=owner, to='marisol.teague@example.com',
             frm='Granite Ridge Mutual <graniteridge@myworkday.example>',
             subject='Interview Scheduled - Claims Data Analyst (R-0042187)',
             date=sent, body=body, html=html, cte='quoted-printable', html_cte='base64',
             msgid='<1742236920123.wd5.graniteridge@myworkday.example>')
    case('b8-03-workday-hiring-manager-central',
         [('01-workday-interview-scheduled.eml', to_bytes(m))],
         lab(owner, [iv('Granite Ridge Mutual', 'Claims Data Analyst', start, end, 'scheduled',
                        [], ['jessamyn.moreno@graniteridge.example'], 'hiring_manager')],
             'medium', 'positive/ats-workday',
             'Workday notification; interviewer named without address; recipient is the recruiter '
             'named in the text (sender is no-reply). March 24 is CDT (-05:00).'))


# ======================================================================
# b8-04  Cal.com booking where the user is the invitee
# ======================================================================
def c04():
    owner = 'idris.bello@example.com'
    sent = dt(2026, 4, 2, 17, 48, 'America/Denver')
    start = dt(2026, 4, 7, 13, 30, 'America/Denver')
    end = start + timedelta(minutes=30)
    body = """This meeting is scheduled
We sent an email with a calendar invitation with the details to everyone.

What
Quillfeather Design Recruiter Intro (30 min) between Lena Fischer and Idris Bello

When
Tuesday, April 7, 2026
1:30pm - 2:00pm (America/Denver)

Who
Lena Fischer - Organizer
lena.fischer@quillfeather.example
Idris Bello
idris.bello@example.com

Where
Google Meet: https://meet.google.com/qfr-lnfx-idb

Description
A first conversation with our recruiting team for the Senior Product Designer (Growth) role:
your background, what you're looking for, and how our process works.

Additional notes
Looking forward to it - happy to walk through the onboarding case study in my portfolio.

Need to make a change? Reschedule or Cancel
https://cal.example/booking/7QmZ2xkP4?changes=true
"""
    cal = ics(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:-//cal.com//Cal.com//EN', 'VERSION:2.0',
               'BEGIN:VEVENT', 'UID:7QmZ2xkP4bT9xEw1aLs3@Cal.com',
               'SUMMARY:Quillfeather Design Recruiter Intro between Lena Fischer and Idris Bello',
               f'DTSTART:{utc(start)}', f'DTEND:{utc(end)}', f'DTSTAMP:{utc(sent)}',
               'DESCRIPTION:' + esc('A first conversation with our recruiting team for the Senior '
                                    'Product Designer (Growth) role.'),
               'LOCATION:https://meet.google.com/qfr-lnfx-idb',
               'ORGANIZER;CN=Lena Fischer:mailto:lena.fischer@quillfeather.example',
               'ATTENDEE;CN=Idris Bello;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:'
               + owner, 'STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR'])
    m = mail(owner=owner, to='Idris Bello <idris.bello@example.com>',
             frm='Cal.com <hello@cal.example>',
             reply_to='Lena Fischer <lena.fischer@quillfeather.example>',
             subject='Confirmed: Quillfeather Design Recruiter Intro between Lena Fischer and Idris Bello '
                     'on Tuesday, April 7, 2026',
             date=sent, body=body, msgid='<booking-7QmZ2xkP4@cal.example>')
    add_ics_attachment(m, cal, 'event.ics')
    case('b8-04-calcom-booking-user-is-invitee',
         [('01-calcom-booking-confirmed.eml', to_bytes(m))],
         lab(owner, [iv('Quillfeather', 'Senior Product Designer (Growth)', start, end, 'scheduled',
                        ['lena.fischer@quillfeather.example'], ['lena.fischer@quillfeather.example'],
                        'phone_screen')],
             'medium', 'positive/calendly',
             'Cal.com booking confirmation; the recruiter is the host/organizer and the user booked as '
             'invitee. UTC .ics; MDT (-06:00).'))


# ======================================================================
# b8-05  Google invite then Updated invitation (SEQUENCE 1)
# ======================================================================
def c05():
    owner = 't.varga@mail.example'
    org = ('Keiko Tanabe', 'keiko.tanabe@larkspur-robotics.example')
    people = [('Ravi Menon', 'ravi.menon@larkspur-robotics.example'),
              ('Jolene Park', 'jolene.park@larkspur-robotics.example'),
              ('Tamás Varga', owner)]
    uid = '5h2k9qj0c3mfv1t8rbn6s4le7a@google.com'
    desc = ('Technical interview for the Embedded Software Engineer (Motion Control) role.\n'
            'Ravi and Jolene will cover real-time C/C++ and a motor-control debugging exercise. '
            'I (Keiko) will not be joining the call.')
    s1 = dt(2026, 4, 14, 15, 0, 'America/Los_Angeles')
    s2 = dt(2026, 4, 16, 11, 0, 'America/Los_Angeles')
    m1 = google_invite(owner=owner, organizer=org, attendees=people,
                       summary='Technical Interview: Tamás Varga / Embedded SWE (Motion Control)',
                       start=s1, end=s1 + timedelta(hours=1), uid=uid, seq=0, desc=desc,
                       zone='America/Los_Angeles', rule='us',
                       date=dt(2026, 3, 30, 10, 14, 'America/Los_Angeles'),
                       msgid='<calendar-5c1e7a10-6d4f-4b2a-9a63-2f1d1e0c7b11@google.example>',
                       meet='https://meet.google.com/lrk-tvms-qpa')
    m2 = google_invite(owner=owner, organizer=org, attendees=people,
                       summary='Technical Interview: Tamás Varga / Embedded SWE (Motion Control)',
                       start=s2, end=s2 + timedelta(hours=1), uid=uid, seq=1, desc=desc,
                       zone='America/Los_Angeles', rule='us', updated=True,
                       date=dt(2026, 4, 8, 16, 41, 'America/Los_Angeles'),
                       msgid='<calendar-9e0b3d77-1a2c-4f6e-8b5d-7c3a2e9f0d42@google.example>',
                       meet='https://meet.google.com/lrk-tvms-qpa')
    case('b8-05-google-invite-rescheduled-sequence',
         [('01-invitation-technical-interview.eml', to_bytes(m1)),
          ('02-updated-invitation-technical-interview.eml', to_bytes(m2))],
         lab(owner, [iv('Larkspur Robotics', 'Embedded Software Engineer (Motion Control)', s2,
                        s2 + timedelta(hours=1), 'scheduled',
                        ['ravi.menon@larkspur-robotics.example', 'jolene.park@larkspur-robotics.example'],
                        ['ravi.menon@larkspur-robotics.example', 'jolene.park@larkspur-robotics.example'],
                        'technical')],
             'medium', 'positive/reschedule',
             'Google invite Tue Apr 14 3pm PDT, then "Updated invitation" (same UID, SEQUENCE:1) to '
             'Thu Apr 16 11am PDT; organizer says she will not join -> not an interviewer.'))


# ======================================================================
# b8-06  Dutch Exchange/Teams panel invite, then cancelled
# ======================================================================
def exchange_cal(method, *, uid, seq, start, end, summary, desc, organizer, attendees,
                 winzone, zone, rule, stamp, status, location='Microsoft Teams-vergadering'):
    lines = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010',
             'VERSION:2.0']
    lines += vtimezone(zone, rule, tzid=winzone, windows=True)
    lines += ['BEGIN:VEVENT', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for n, a in attendees:
        lines.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{a}')
    lines += [f'DESCRIPTION;LANGUAGE=nl-NL:{esc(desc)}', f'UID:{uid}',
              f'SUMMARY;LANGUAGE=nl-NL:{esc(summary)}',
              f'DTSTART;TZID={winzone}:{local(start)}', f'DTEND;TZID={winzone}:{local(end)}',
              'CLASS:PUBLIC', 'PRIORITY:5' if method == 'REQUEST' else 'PRIORITY:1',
              f'DTSTAMP:{utc(stamp)}', 'TRANSP:OPAQUE', f'STATUS:{status}', f'SEQUENCE:{seq}',
              f'LOCATION;LANGUAGE=nl-NL:{location}',
              'X-MICROSOFT-CDO-APPT-SEQUENCE:' + str(seq),
              'X-MICROSOFT-CDO-OWNERAPPTID:2121413921',
              'X-MICROSOFT-CDO-BUSYSTATUS:' + ('TENTATIVE' if method == 'REQUEST' else 'FREE'),
              'X-MICROSOFT-CDO-INTENDEDSTATUS:' + ('BUSY' if method == 'REQUEST' else 'FREE'),
              'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:'
              + ('1' if method == 'REQUEST' else '2'),
              'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
              'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
              'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE']
    if method == 'REQUEST':
        lines += ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
                  'ACTION:DISPLAY', 'END:VALARM']
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ics(lines)


def exchange_mail(*, owner, frm, to, subject, date, body, cal, method, msgid, cc=None):
    m = EmailMessage()
    m['Delivered-To'] = owner
    m['Return-Path'] = '<' + frm.split('<')[-1].rstrip('>') + '>'
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Thread-Topic'] = subject.split(': ', 1)[-1]
    m['Date'] = format_datetime(date.astimezone(UTC))
    m['Message-ID'] = msgid
    m['Content-class'] = 'urn:content-classes:calendarmessage'
    m['X-MS-Has-Attach'] = ''
    m['X-MS-Exchange-Organization-SCL'] = '-1'
    m.set_content(body, cte='quoted-printable')
    m.add_alternative(cal, subtype='calendar', params={'method': method}, cte='base64')
    return m


def c06():
    owner = 'sanne.dewit@example.com'
    org = ('Femke Jansen', 'femke.jansen@zuiderlicht.example')
    people = [('Sanne de Wit', owner), ('Joost van Leeuwen', 'joost.vanleeuwen@zuiderlicht.example'),
              ('Thijs Bakker', 'thijs.bakker@zuiderlicht.example')]
    start = dt(2026, 3, 31, 14, 0, 'Europe/Amsterdam')
    end = start + timedelta(hours=1)
    uid = '040000008200E00074C5B7101A82E00800000000B0C4F1A9E3B5DC01000000000000000010000000D41E6B2C'
    head = ('Wanneer: dinsdag 31 maart 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, '
            'Stockholm, Wenen.\nWaar: Microsoft Teams-vergadering\n\n*~*~*~*~*~*~*~*~*~*\n\n')
    body1 = head + """Beste Sanne,

Leuk dat je door bent naar de volgende ronde! Hierbij de uitnodiging voor het tweede gesprek voor de
functie Medior Data Engineer. Je spreekt met Joost van Leeuwen (Teamlead Data Platform) en Thijs
Bakker (Senior Data Engineer). Het gesprek duurt een uur en is deels technisch: Joost en Thijs
willen graag met je doorpraten over je ervaring met Airflow en dbt.

Ik sluit zelf niet aan, maar bij vragen kun je me altijd bellen.

Met vriendelijke groet,

Femke Jansen
Corporate Recruiter | Zuiderlicht Energie B.V.
Stationsplein 12, 3511 ED Utrecht
T +31 30 799 4120

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of apparaat in een ruimte
Klik hier om deel te nemen aan de vergadering<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk3YTdlZjEtZmM0%40thread.v2/0>
Vergadering-id: 351 902 667 184
Wachtwoordcode: q7Bw2M
________________________________________________________________________________
"""
    cal1 = exchange_cal('REQUEST', uid=uid, seq=0, start=start, end=end,
                        summary='Sollicitatiegesprek Medior Data Engineer - Sanne de Wit',
                        desc=body1.split('*~*~*~*~*~*~*~*~*~*\n\n', 1)[1], organizer=org,
                        attendees=people, winzone='W. Europe Standard Time',
                        zone='Europe/Amsterdam', rule='eu',
                        stamp=dt(2026, 3, 18, 10, 22, 'Europe/Amsterdam'), status='CONFIRMED')
    m1 = exchange_mail(owner=owner, frm='Femke Jansen <femke.jansen@zuiderlicht.example>',
                       to='Sanne de Wit <sanne.dewit@example.com>, Joost van Leeuwen '
                          '<joost.vanleeuwen@zuiderlicht.example>, Thijs Bakker <thijs.bakker@zuiderlicht.example>',
                       subject='Sollicitatiegesprek Medior Data Engineer - Sanne de Wit',
                       date=dt(2026, 3, 18, 10, 22, 'Europe/Amsterdam'), body=body1, cal=cal1,
                       method='REQUEST',
                       msgid='<AM0PR04MB6721A1F2C3D4E5F6@AM0PR04MB6721.eurprd04.prod.outlook.example>')
    body2 = head + """Beste Sanne,

Helaas moeten we het gesprek van dinsdag annuleren: de vacature voor Medior Data Engineer is
tijdelijk on hold gezet in afwachting van een herziening van het budget. Onze excuses voor de
late melding. Ik neem contact met je op zodra er meer duidelijkheid is.

Met vriendelijke groet,
Femke Jansen
"""
    cal2 = exchange_cal('CANCEL', uid=uid, seq=1, start=start, end=end,
                        summary='Geannuleerd: Sollicitatiegesprek Medior Data Engineer - Sanne de Wit',
                        desc=body2.split('*~*~*~*~*~*~*~*~*~*\n\n', 1)[1], organizer=org,
                        attendees=people, winzone='W. Europe Standard Time',
                        zone='Europe/Amsterdam', rule='eu',
                        stamp=dt(2026, 3, 27, 8, 5, 'Europe/Amsterdam'), status='CANCELLED')
    m2 = exchange_mail(owner=owner, frm='Femke Jansen <femke.jansen@zuiderlicht.example>',
                       to='Sanne de Wit <sanne.dewit@example.com>, Joost van Leeuwen '
                          '<joost.vanleeuwen@zuiderlicht.example>, Thijs Bakker <thijs.bakker@zuiderlicht.example>',
                       subject='Geannuleerd: Sollicitatiegesprek Medior Data Engineer - Sanne de Wit',
                       date=dt(2026, 3, 27, 8, 5, 'Europe/Amsterdam'), body=body2, cal=cal2,
                       method='CANCEL',
                       msgid='<AM0PR04MB6721B7E8F9A0B1C2@AM0PR04MB6721.eurprd04.prod.outlook.example>')
    ivs = ['joost.vanleeuwen@zuiderlicht.example', 'thijs.bakker@zuiderlicht.example']
    case('b8-06-dutch-teams-panel-then-cancelled',
         [('01-uitnodiging-sollicitatiegesprek.eml', to_bytes(m1)),
          ('02-geannuleerd-sollicitatiegesprek.eml', to_bytes(m2))],
         lab(owner, [iv('Zuiderlicht Energie', 'Medior Data Engineer', start, end, 'cancelled',
                        ivs, ivs, 'onsite')],
             'hard', 'positive/cancellation',
             'Dutch Exchange/Teams invite (Windows TZID W. Europe Standard Time, display label '
             '"(UTC+01:00)" but 31 March is CEST +02:00), then METHOD:CANCEL. Two-person panel; '
             'organizer explicitly not joining.'))


# ======================================================================
# b8-07  Zoom technical, Sydney, right after DST ends
# ======================================================================
def c07():
    owner = 'georgia.pappas@example.com'
    sent = dt(2026, 4, 1, 10, 12, 'Australia/Sydney')
    start = dt(2026, 4, 7, 9, 0, 'Australia/Sydney')
    end = start + timedelta(minutes=90)
    body = """Hi Georgia,

Great news - the team would love to move you to the technical round for the Analytics Engineer role.

We've locked in next Tuesday (7 April) at 9am Sydney time. Quick note: daylight saving finishes this
Sunday, so that's 9am AEST - your calendar should handle it, but worth double-checking. Allow
90 minutes; Harriet Lau (Lead Analytics Engineer) and Arjun Pillai (Data Platform) will run a live
SQL + dbt modelling exercise. I've copied them here.

Zoom details are below and the invite is attached.

Cheers,
Callum

Callum Reid | Talent Partner
Bramblewood Analytics
Level 9, 60 Margaret St, Sydney NSW 2000
+61 2 8011 4420

-----
Callum Reid is inviting you to a scheduled Zoom meeting.

Topic: Bramblewood - Technical Interview - Georgia Pappas
Time: Apr 7, 2026 09:00 AM Canberra, Melbourne, Sydney

Join Zoom Meeting
https://bramblewood.zoom.example/j/84120955317?pwd=Qm9vWlR4bGZ1
Meeting ID: 841 2095 5317
Passcode: 662104
"""
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//zoom.us//iCalendar Event//EN', 'VERSION:2.0',
               'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'CLASS:PUBLIC']
              + vtimezone('Australia/Sydney', 'au', names=('AEST', 'AEDT'))
              + ['BEGIN:VEVENT', f'DTSTAMP:{utc(sent)}',
                 f'DTSTART;TZID=Australia/Sydney:{local(start)}',
                 f'DTEND;TZID=Australia/Sydney:{local(end)}',
                 'SUMMARY:Bramblewood - Technical Interview - Georgia Pappas',
                 'UID:20260401T001200Z-84120955317@fe80:0:0:0:18c8:aa4f:fe21:1c2dens5',
                 'TZID:Australia/Sydney',
                 'DESCRIPTION:' + esc('Callum Reid is inviting you to a scheduled Zoom meeting.\n\n'
                                      'Join Zoom Meeting\nhttps://bramblewood.zoom.example/j/84120955317'
                                      '?pwd=Qm9vWlR4bGZ1\n\nMeeting ID: 841 2095 5317\nPasscode: 662104\n'),
                 'LOCATION:https://bramblewood.zoom.example/j/84120955317?pwd=Qm9vWlR4bGZ1',
                 'BEGIN:VALARM', 'TRIGGER:-PT10M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder',
                 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR'])
    m = mail(owner=owner, to='Georgia Pappas <georgia.pappas@example.com>',
             cc='Harriet Lau <harriet.lau@bramblewood.example>, Arjun Pillai <arjun.pillai@bramblewood.example>',
             frm='Callum Reid <callum.reid@bramblewood.example>',
             subject='Next step: technical interview (Tue 7 Apr, 9am)', date=sent, body=body,
             msgid='<SY4P282MB1187E2D3@SY4P282MB1187.AUSP282.prod.outlook.example>')
    add_ics_attachment(m, cal, 'zoom_0.ics')
    ivs = ['harriet.lau@bramblewood.example', 'arjun.pillai@bramblewood.example']
    case('b8-07-zoom-technical-sydney-after-dst-end',
         [('01-technical-interview-zoom.eml', to_bytes(m))],
         lab(owner, [iv('Bramblewood Analytics', 'Analytics Engineer', start, end, 'scheduled', ivs,
                        ivs, 'technical')],
             'medium', 'positive/zoom',
             'Recruiter mail with Zoom text and Zoom .ics (TZID Australia/Sydney); sent in AEDT, '
             'interview on 7 April is AEST (+10:00) after DST ended 5 April. Interviewers in Cc.'))


# ======================================================================
# b8-08  Standalone .ics, founder final conversation, Phoenix (no DST)
# ======================================================================
def c08():
    owner = 'wren.castillo@example.com'
    start = dt(2026, 3, 10, 16, 0, 'America/Phoenix')
    end = start + timedelta(hours=1)
    stamp = dt(2026, 3, 5, 8, 31, 'America/Phoenix')
    cal = ics(['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'VERSION:2.0', 'PRODID:-//Apple Inc.//macOS 15.3//EN',
               'CALSCALE:GREGORIAN']
              + vtimezone('America/Phoenix', None, names=('MST', 'MST'))
              + ['BEGIN:VEVENT', 'CREATED:' + utc(stamp), f'DTSTAMP:{utc(stamp)}',
                 f'DTSTART;TZID=America/Phoenix:{local(start)}',
                 f'DTEND;TZID=America/Phoenix:{local(end)}',
                 'UID:6F1B2C3D-A4E5-4F60-9172-8B3C4D5E6F70',
                 'SUMMARY:Final conversation - Wren Castillo / Imelda Rourke',
                 'DESCRIPTION:' + esc('Final-round conversation for the Head of Clinical Operations '
                                      'role with our CEO. We will meet in person at the Tempe office '
                                      '(4th floor, ask for Imelda at reception). Parking validation '
                                      'available.'),
                 'LOCATION:Saguaro Health Labs\\, 1450 W Rio Salado Pkwy\\, Tempe AZ 85281',
                 'ORGANIZER;CN=Imelda Rourke:mailto:imelda@saguarohealth.example',
                 'ATTENDEE;CN=Imelda Rourke;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:'
                 'imelda@saguarohealth.example',
                 'ATTENDEE;CN=Wren Castillo;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;'
                 'RSVP=TRUE:mailto:' + owner,
                 'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE',
                 'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC', 'END:VEVENT', 'END:VCALENDAR'])
    case('b8-08-standalone-ics-founder-final-phoenix',
         [('01-final-conversation.ics', cal.encode('utf-8'))],
         lab(owner, [iv('Saguaro Health Labs', 'Head of Clinical Operations', start, end, 'scheduled',
                        ['imelda@saguarohealth.example'], ['imelda@saguarohealth.example'],
                        'hiring_manager')],
             'medium', 'positive/standalone-ics',
             'Standalone Apple Calendar .ics, final round with the CEO in Tempe; America/Phoenix '
             'stays at -07:00 although the US switched to DST two days earlier.'))


# ======================================================================
# b8-09  One interview as recruiter mail + Google invite + API event
# ======================================================================
def c09():
    owner = 'kofi.mensah@example.com'
    org = ('Beatriz Salgado', 'beatriz.salgado@harborlight.example')
    owen = ('Owen Tull', 'owen.tull@harborlight.example')
    start = dt(2026, 3, 5, 16, 30, 'America/New_York')
    end = start + timedelta(minutes=45)
    sent = dt(2026, 2, 26, 11, 2, 'America/New_York')
    body = """Hi Kofi,

Thanks for making time for the screen on Tuesday - everyone I've shared your notes with is excited.

Confirming your interview with our VP of Audience, Owen Tull, next Thursday 3/5 @ 4:30p ET for
45 min. It'll be on Google Meet; a calendar invite is coming from me separately.

Owen will want to dig into the newsletter growth work you did at your last shop, so bring numbers.

Best,
Beatriz

Beatriz Salgado (she/her)
Senior Recruiter, Harborlight Media
212-555-0147 | 41 W 26th St, New York, NY 10010
"""
    m1 = mail(owner=owner, to='Kofi Mensah <kofi.mensah@example.com>',
              frm='Beatriz Salgado <beatriz.salgado@harborlight.example>',
              subject='Re: Audience Growth Manager - next steps', date=sent, body=body,
              msgid='<CAHbm7Tq0Wd9=harbor-a1@mail.harborlight.example>',
              in_reply_to='<CAHbm7Tq0Wd9=harbor-a0@mail.harborlight.example>')
    desc = ('Audience Growth Manager - interview with Owen Tull (VP, Audience).\n'
            'Coordinator: Beatriz Salgado')
    m2 = google_invite(owner=owner, organizer=org, attendees=[owen, ('Kofi Mensah', owner)],
                       summary='Harborlight Media - Kofi Mensah / Owen Tull',
                       start=start, end=end, uid='0r8tqk2mh5v3bq6cd1nx9ep4fs@google.com', seq=0,
                       desc=desc, zone='America/New_York', rule='us',
                       date=dt(2026, 2, 26, 11, 9, 'America/New_York'),
                       msgid='<calendar-2f7d6a51-8b4e-4c1f-a3d2-6e9b0c5f7a18@google.example>',
                       meet='https://meet.google.com/hbl-owtk-kmn')
    j = gcal_event(eid='0r8tqk2mh5v3bq6cd1nx9ep4fs', summary='Harborlight Media - Kofi Mensah / Owen Tull',
                   desc=desc, organizer=org, attendees=[owen], owner=owner, start=start, end=end,
                   zone='America/New_York', created=dt(2026, 2, 26, 11, 9, 'America/New_York'),
                   updated=dt(2026, 2, 26, 11, 15, 'America/New_York'))
    case('b8-09-dedupe-mail-invite-api-event',
         [('01-recruiter-confirms-thursday.eml', to_bytes(m1)),
          ('02-invitation-harborlight.eml', to_bytes(m2)),
          ('03-harborlight-owen.gcal.json', j.encode('utf-8'))],
         lab(owner, [iv('Harborlight Media', 'Audience Growth Manager', start, end, 'scheduled',
                        ['owen.tull@harborlight.example'], ['owen.tull@harborlight.example'],
                        'hiring_manager')],
             'medium', 'positive/dedupe',
             'Same interview as recruiter prose ("next Thursday 3/5 @ 4:30p ET for 45 min"), Google '
             'invite and Calendar API event -> exactly one interview.'))


# ======================================================================
# b8-10  iCIMS virtual onsite itinerary, several VEVENTs, Toronto
# ======================================================================
def c10():
    owner = 'beatrix.lowe@example.com'
    z = 'America/Toronto'
    sessions = [
        (dt(2026, 4, 22, 9, 30, z), 45, 'Model validation deep-dive', 'Nikhil Sarin',
         'nikhil.sarin@maplecrest.example'),
        (dt(2026, 4, 22, 10, 15, z), 45, 'Credit risk case study', 'Aoife Brennan',
         'aoife.brennan@maplecrest.example'),
        (dt(2026, 4, 22, 11, 15, z), 45, 'Behavioural interview', 'Gerald Fung',
         'gerald.fung@maplecrest.example'),
        (dt(2026, 4, 22, 13, 0, z), 45, 'Conversation with the hiring manager', 'Colette Marchand',
         'colette.marchand@maplecrest.example'),
    ]
    sent = dt(2026, 4, 14, 15, 40, z)

    def hm(d):
        return d.strftime('%-I:%M %p')
    rows_txt = '\n'.join(f'  {hm(s)} - {hm(s + timedelta(minutes=mins))}  {t} ({n})'
                         for s, mins, t, n, _ in sessions)
    rows_txt = rows_txt.replace('(Gerald Fung)', '(Gerald Fung)\n  12:00 PM - 1:00 PM  Lunch break (off camera)')
    body = f"""Dear Beatrix,

Thank you for your continued interest in the Senior Risk Modeller position at Maplecrest Bank. We are
pleased to confirm your virtual final-round interviews on Wednesday, April 22, 2026. All times are
Eastern Time (Toronto).

{rows_txt}

Each session has its own Microsoft Teams link in the attached calendar file. There is a 15-minute
buffer after the case study. Please have a copy of your resume on hand.

If you have any questions, please contact Shauna Delorme, Talent Acquisition Partner, at
shauna.delorme@maplecrest.example or 416-555-0193.

Sincerely,
Maplecrest Bank Talent Acquisition

Please do not reply to this message; this mailbox is not monitored.
"""
    html_rows = ''.join(f'<tr><td>{hm(s)} &ndash; {hm(s + timedelta(minutes=mins))}</td><td>{t}</td>'
                        f'<td>{n}</td></tr>' for s, mins, t, n, _ in sessions)
    html_rows = html_rows.replace('<td>Gerald Fung</td></tr>', '<td>Gerald Fung</td></tr><tr><td>12:00 PM'
                                  ' &ndash; 1:00 PM</td><td>Lunch break (off camera)</td><td></td></tr>')
    html = (f'<html><body><p>Dear Beatrix,</p><p>Thank you for your continued interest in the Senior Risk '
            f'Modeller position at Maplecrest Bank. We are pleased to confirm your virtual final-round '
            f'interviews on <b>Wednesday, April 22, 2026</b>. All times are Eastern Time (Toronto).</p>'
            f'<table border="1" cellpadding="4"><tr><th>Time</th><th>Session</th><th>Interviewer</th></tr>'
            f'{html_rows}</table><p>Each session has its own Microsoft Teams link in the attached calendar '
            f'file.</p><p>If you have any questions, please contact Shauna Delorme, Talent Acquisition '
            f'Partner, at shauna.delorme@maplecrest.example or 416-555-0193.</p><p>Sincerely,<br>Maplecrest '
            f'Bank Talent Acquisition</p></body></html>')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//iCIMS//Interview Scheduler//EN', 'METHOD:REQUEST']
    lines += vtimezone(z, 'us', names=('EST', 'EDT'))
    for i, (s, mins, t, n, a) in enumerate(sessions):
        lines += ['BEGIN:VEVENT', f'UID:icims-itin-88213-{i + 1}@maplecrest.icims.example',
                  f'DTSTAMP:{utc(sent)}', f'DTSTART;TZID={z}:{local(s)}',
                  f'DTEND;TZID={z}:{local(s + timedelta(minutes=mins))}',
                  f'SUMMARY:Maplecrest Bank - {t} - Beatrix Lowe',
                  'DESCRIPTION:' + esc(f'Senior Risk Modeller final round. Interviewer: {n}.\n'
                                       f'Join Microsoft Teams: https://teams.microsoft.com/l/meetup-join/'
                                       f'19%3ameeting_mcb{i}88213%40thread.v2/0'),
                  'LOCATION:Microsoft Teams',
                  'ORGANIZER;CN=Shauna Delorme:mailto:shauna.delorme@maplecrest.example',
                  att(n, a, partstat='ACCEPTED', rsvp=False), att('Beatrix Lowe', owner),
                  'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT']
    lines.append('END:VCALENDAR')
    m = mail(owner=owner, to='beatrix.lowe@example.com',
             frm='Maplecrest Bank Talent Acquisition <maplecrest@icims.example>',
             subject='Your interview itinerary - Senior Risk Modeller (Req 88213)', date=sent,
             body=body, html=html, cte='quoted-printable',
             msgid='<icims.88213.7731.1776195600@icims.example>')
    add_ics_attachment(m, ics(lines), 'Interview_Itinerary.ics')
    first = sessions[0][0]
    last = sessions[-1][0] + timedelta(minutes=sessions[-1][1])
    ivs = [x[4] for x in sessions]
    case('b8-10-icims-virtual-onsite-toronto',
         [('01-interview-itinerary.eml', to_bytes(m))],
         lab(owner, [iv('Maplecrest Bank', 'Senior Risk Modeller', first, last, 'scheduled', ivs, ivs,
                        'onsite')],
             'medium', 'positive/onsite-loop',
             'iCIMS itinerary with four back-to-back sessions and a lunch break, one .ics with four '
             'VEVENTs -> one onsite 9:30 AM-1:45 PM EDT with all four interviewers.'))


# ======================================================================
# b8-11  Coffee chat as a process step, propose/confirm thread
# ======================================================================
def c11():
    owner = 'harper.nguyen@example.com'
    z = 'America/Los_Angeles'
    start = dt(2026, 3, 11, 8, 30, z)
    end = start + timedelta(minutes=30)
    s1 = dt(2026, 3, 2, 17, 55, z)
    s2 = dt(2026, 3, 3, 9, 12, z)
    body1 = """Hi Harper,

Gwen passed along her notes from your recruiter screen - really enjoyed reading them.

The next step in our process for the Operations Program Manager role is an informal coffee chat
with me (30 minutes, video). No prep needed; I mostly want to hear how you've run cross-dock
launches and tell you what the team is working on.

Would either of these work?
  - Tue 3/10 at 10:00am Pacific
  - Wed 3/11 at 8:30am Pacific

Elliot

--
Elliot Marsh
Director, Network Operations | Tidewater Logistics
(206) 555-0128
"""
    m1 = mail(owner=owner, to='Harper Nguyen <harper.nguyen@example.com>',
              cc='Gwen Abernathy <gwen.abernathy@tidewater.example>',
              frm='Elliot Marsh <elliot.marsh@tidewater.example>',
              subject='Coffee chat? (Operations Program Manager)', date=s1, body=body1,
              msgid='<CAE2w+tdw-001@mail.tidewater.example>')
    quoted_user = ('On Mon, Mar 2, 2026 at 9:40 PM Harper Nguyen <harper.nguyen@example.com> wrote:\n'
                   '> Hi Elliot, thanks so much! Wednesday 3/11 at 8:30 works great for me.\n'
                   '> Looking forward to it.\n> Harper\n>\n')
    quoted_orig = '\n'.join('>> ' + l if l else '>>' for l in body1.splitlines())
    body2 = ("Perfect - locked in for Wednesday, 8:30-9:00 PT. I'll send a Zoom link the morning of.\n"
             "Heads up that the clocks spring forward the Sunday before, in case you're calling in\n"
             "from somewhere that doesn't.\n\nElliot\n\n" + quoted_user
             + '>> On Mon, Mar 2, 2026 at 5:55 PM Elliot Marsh <elliot.marsh@tidewater.example> wrote:\n'
             + quoted_orig + '\n')
    m2 = mail(owner=owner, to='Harper Nguyen <harper.nguyen@example.com>',
              cc='Gwen Abernathy <gwen.abernathy@tidewater.example>',
              frm='Elliot Marsh <elliot.marsh@tidewater.example>',
              subject='Re: Coffee chat? (Operations Program Manager)', date=s2, body=body2,
              msgid='<CAE2w+tdw-003@mail.tidewater.example>',
              in_reply_to='<CAHn9q-harper-002@mail.example>',
              references='<CAE2w+tdw-001@mail.tidewater.example> <CAHn9q-harper-002@mail.example>')
    case('b8-11-coffee-chat-thread-propose-confirm',
         [('01-coffee-chat-proposal.eml', to_bytes(m1)),
          ('02-re-coffee-chat-locked-in.eml', to_bytes(m2))],
         lab(owner, [iv('Tidewater Logistics', 'Operations Program Manager', start, end, 'scheduled',
                        ['elliot.marsh@tidewater.example'], ['elliot.marsh@tidewater.example'],
                        'hiring_manager')],
             'medium', 'positive/coffee-chat',
             'Hiring manager offers two slots for a coffee chat that is "the next step in our process"; '
             'user picks Wed 3/11 8:30 (quoted), manager confirms 8:30-9:00 PT. 11 March is PDT (-07:00) '
             'although the proposal was sent during PST.'))


# ======================================================================
# b8-12  German: Personio invitation, then rescheduled by prose across EU DST
# ======================================================================
def c12():
    owner = 'lea.hoffmann@example.com'
    z = 'Europe/Berlin'
    first = dt(2026, 3, 26, 14, 0, z)
    final = dt(2026, 3, 30, 14, 0, z)
    end = final + timedelta(hours=1)
    body1 = """Hallo Lea Hoffmann,

vielen Dank für Ihre Bewerbung als Backend-Entwicklerin (Kotlin) (m/w/d) und das nette
Telefonat letzte Woche. Wir möchten Sie gerne zu einem Fachgespräch einladen:

Datum: Donnerstag, 26.03.2026
Uhrzeit: 14:00 Uhr (MEZ), Dauer ca. 60 Minuten
Ort: Microsoft Teams (der Link folgt separat)
Gesprächspartner: Stefan Brandt (Teamleiter Backend) und Aylin Demir (Senior Entwicklerin)

Bitte bestätigen Sie den Termin kurz über den Button unten oder per Antwort an mich.

  [Termin bestätigen]

Viele Grüße
Katrin Vogel
People & Culture

Nordlicht Software GmbH | Speicherstadt, Am Sandtorkai 7, 20457 Hamburg
Tel. +49 40 2289 6610 | Geschäftsführer: Henrik Lüders | Amtsgericht Hamburg HRB 171234

Diese Nachricht wurde über Personio versendet.
"""
    m1 = mail(owner=owner, to='lea.hoffmann@example.com',
              frm='Katrin Vogel via Personio <noreply@personio.example>',
              reply_to='Katrin Vogel <katrin.vogel@nordlicht-software.example>',
              subject='Einladung zum Fachgespräch – Backend-Entwickler (Kotlin) (m/w/d)',
              date=dt(2026, 3, 16, 11, 20, z), body=body1, cte='quoted-printable',
              msgid='<personio.2026031610.9c4e@personio.example>')
    body2 = """Hallo Frau Hoffmann,

leider ist Herr Brandt am Donnerstag kurzfristig verhindert. Könnten wir das Fachgespräch auf
Montag, den 30. März, verschieben – gleiche Uhrzeit, also 14 Uhr? Alternativ ginge Dienstag, 31.03.,
um 9:30 Uhr.

Entschuldigen Sie die Umstände!

Viele Grüße
Katrin Vogel
"""
    m2 = mail(owner=owner, to='Lea Hoffmann <lea.hoffmann@example.com>',
              frm='Katrin Vogel <katrin.vogel@nordlicht-software.example>',
              subject='AW: Einladung zum Fachgespräch – Backend-Entwickler (Kotlin) (m/w/d)',
              date=dt(2026, 3, 23, 9, 47, z), body=body2, cte='quoted-printable',
              msgid='<DB9PR10MB5531A@DB9PR10MB5531.EURPRD10.PROD.OUTLOOK.example>',
              in_reply_to='<personio.2026031610.9c4e@personio.example>')
    body3 = """Hallo Frau Hoffmann,

vielen Dank für die schnelle Rückmeldung – dann bleibt es bei Montag, 30.03., 14:00–15:00 Uhr.
Achtung: am Wochenende wird auf Sommerzeit umgestellt, die Uhrzeit bleibt aber 14 Uhr deutscher
Zeit. Herr Brandt und Frau Demir sind in CC, die neue Teams-Einladung kommt gleich von Herrn Brandt.

Viele Grüße
Katrin Vogel

-----Ursprüngliche Nachricht-----
Von: Lea Hoffmann <lea.hoffmann@example.com>
Gesendet: Montag, 23. März 2026 12:31
An: Katrin Vogel <katrin.vogel@nordlicht-software.example>
Betreff: Re: AW: Einladung zum Fachgespräch

Hallo Frau Vogel,

kein Problem, Montag um 14 Uhr passt mir gut.

Beste Grüße
Lea Hoffmann
"""
    m3 = mail(owner=owner, to='Lea Hoffmann <lea.hoffmann@example.com>',
              cc='Stefan Brandt <stefan.brandt@nordlicht-software.example>, '
                 'Aylin Demir <aylin.demir@nordlicht-software.example>',
              frm='Katrin Vogel <katrin.vogel@nordlicht-software.example>',
              subject='AW: AW: Einladung zum Fachgespräch – neuer Termin Montag 30.03.',
              date=dt(2026, 3, 23, 13, 5, z), body=body3, cte='base64',
              msgid='<DB9PR10MB5531C@DB9PR10MB5531.EURPRD10.PROD.OUTLOOK.example>',
              in_reply_to='<CAL3a-hoffmann-reply@mail.example>',
              references='<personio.2026031610.9c4e@personio.example> '
                         '<DB9PR10MB5531A@DB9PR10MB5531.EURPRD10.PROD.OUTLOOK.example> '
                         '<CAL3a-hoffmann-reply@mail.example>')
    ivs = ['stefan.brandt@nordlicht-software.example', 'aylin.demir@nordlicht-software.example']
    case('b8-12-german-personio-reschedule-prose-eu-dst',
         [('01-einladung-fachgespraech.eml', to_bytes(m1)),
          ('02-aw-verschiebung.eml', to_bytes(m2)),
          ('03-aw-neuer-termin-bestaetigt.eml', to_bytes(m3))],
         lab(owner, [iv('Nordlicht Software', 'Backend-Entwickler (Kotlin) (m/w/d)', final, end,
                        'scheduled', ivs, ivs, 'technical')],
             'hard', 'positive/non-english',
             'German Personio invite for Thu 26.03. 14:00 MEZ, moved by prose to Mon 30.03. 14:00-15:00; '
             'final time is CEST (+02:00) because EU DST starts 29 March. The first slot (+01:00) and the '
             'unused alternative (31.03. 9:30) must not become interviews.'))


# ======================================================================
# b8-13  Two interviews: SmartRecruiters screen (scheduled) + technical (cancelled)
# ======================================================================
def c13():
    owner = 'mateo.ferreira@example.com'
    et = 'America/Toronto'
    screen = dt(2026, 3, 16, 10, 0, et)
    screen_end = screen + timedelta(minutes=30)
    brt = screen.astimezone(ZoneInfo('America/Sao_Paulo'))
    tech = dt(2026, 3, 24, 13, 0, et)
    tech_end = tech + timedelta(minutes=90)
    tb = tech.astimezone(ZoneInfo('America/Sao_Paulo'))
    tbe = tech_end.astimezone(ZoneInfo('America/Sao_Paulo'))
    renata = ('Renata Kowalczyk', 'renata.kowalczyk@oakhollow.example')
    body1 = f"""Hi Mateo,

Your interview has been confirmed.

Position: Gameplay Engineer (Unreal / C++)
Interview: Recruiter phone screen with Renata Kowalczyk
Date: Monday, March 16, 2026
Time: 10:00 AM - 10:30 AM (EDT) / {brt.strftime('%-I:%M %p')} (BRT)
Phone: Renata will call you on +55 11 9xxxx-2231

Add to calendar: see the attached invitation.

Good luck!
Oakhollow Games Talent Team

Powered by SmartRecruiters
"""
    cal1 = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//SmartRecruiters//Interview//EN',
                'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:sr-interview-5512093-1@smartrecruiters.example',
                f'DTSTAMP:{utc(dt(2026, 3, 11, 14, 3, et))}', f'DTSTART:{utc(screen)}',
                f'DTEND:{utc(screen_end)}',
                'SUMMARY:Phone screen: Mateo Ferreira - Gameplay Engineer (Oakhollow Games)',
                f'ORGANIZER;CN={renata[0]}:mailto:{renata[1]}', att('Mateo Ferreira', owner),
                'LOCATION:Phone call', 'STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT',
                'END:VCALENDAR'])
    m1 = mail(owner=owner, to='mateo.ferreira@example.com',
              frm='Oakhollow Games <noreply@smartrecruiters.example>',
              reply_to='Renata Kowalczyk <renata.kowalczyk@oakhollow.example>',
              subject='Interview confirmed: Gameplay Engineer (Unreal / C++) at Oakhollow Games',
              date=dt(2026, 3, 11, 14, 3, et), body=body1,
              msgid='<sr.5512093.1.20260311@smartrecruiters.example>')
    add_ics_attachment(m1, cal1, 'interview.ics')
    body2 = f"""Hi Mateo,

Great chatting on Monday! The team would like to move you forward to the technical interview with
Theo Lambert (Lead Gameplay Engineer) and Sunita Rao (Senior Engine Programmer).

I've sent an invite for Tuesday, March 24, 1:00-2:30 PM ET ({tb.strftime('%-I:%M')}-{tbe.strftime('%-I:%M %p')}
your time in São Paulo). Expect a 90-minute session: a short code review and a gameplay-systems design
problem.

Renata

Renata Kowalczyk | Technical Recruiter | Oakhollow Games
5505 Boul. Saint-Laurent, Montréal QC H2T 1S6 | +1 514-555-0166
"""
    m2 = mail(owner=owner, to='Mateo Ferreira <mateo.ferreira@example.com>',
              frm='Renata Kowalczyk <renata.kowalczyk@oakhollow.example>',
              subject='Oakhollow Games - technical interview next week', date=dt(2026, 3, 18, 9, 15, et),
              body=body2, msgid='<CAOk+renata-0318@mail.oakhollow.example>')
    eid = '3vq8m1kd0t7hc2ps9g5rbn4wuo'
    people = [('Theo Lambert', 'theo.lambert@oakhollow.example'),
              ('Sunita Rao', 'sunita.rao@oakhollow.example'), ('Mateo Ferreira', owner)]
    m3 = google_invite(owner=owner, organizer=renata, attendees=people,
                       summary='Technical Interview - Mateo Ferreira - Gameplay Engineer',
                       start=tech, end=tech_end, uid=eid + '@google.com', seq=0,
                       desc='Code review + gameplay systems design with Theo and Sunita.',
                       zone=et, rule='us', date=dt(2026, 3, 18, 9, 21, et),
                       msgid='<calendar-b3c0d9e2-5f41-4a7b-8e16-0d2c9f4a1e73@google.example>',
                       meet='https://meet.google.com/okh-tech-mfr')
    j = json.dumps({'kind': 'calendar#event', 'etag': '"3540912273846000"', 'id': eid,
                    'status': 'cancelled'}, indent=2) + '\n'
    body5 = """Hi Mateo,

I'm really sorry to do this, but we need to cancel Tuesday's technical interview. Following a
reorganisation of the studio this week, the Gameplay Engineer opening has been put on hold and we're
not progressing any candidates for now. You'll see the calendar invite disappear.

This has nothing to do with your screen, which went very well. If the role reopens I'll reach out to
you first.

All the best,
Renata
"""
    m5 = mail(owner=owner, to='Mateo Ferreira <mateo.ferreira@example.com>',
              frm='Renata Kowalczyk <renata.kowalczyk@oakhollow.example>',
              subject='Re: Oakhollow Games - technical interview next week',
              date=dt(2026, 3, 20, 16, 48, et), body=body5,
              msgid='<CAOk+renata-0320@mail.oakhollow.example>',
              in_reply_to='<CAOk+renata-0318@mail.oakhollow.example>')
    tivs = ['theo.lambert@oakhollow.example', 'sunita.rao@oakhollow.example']
    case('b8-13-two-interviews-screen-then-tech-cancelled',
         [('01-smartrecruiters-screen-confirmed.eml', to_bytes(m1)),
          ('02-technical-interview-next-week.eml', to_bytes(m2)),
          ('03-invitation-technical-interview.eml', to_bytes(m3)),
          ('04-technical-interview-deleted.gcal.json', j.encode('utf-8')),
          ('05-re-technical-interview-cancelled.eml', to_bytes(m5))],
         lab(owner, [
             iv('Oakhollow Games', 'Gameplay Engineer (Unreal / C++)', screen, screen_end, 'scheduled',
                ['renata.kowalczyk@oakhollow.example'], ['renata.kowalczyk@oakhollow.example'],
                'phone_screen'),
             iv('Oakhollow Games', 'Gameplay Engineer (Unreal / C++)', tech, tech_end, 'cancelled',
                tivs, tivs, 'technical')],
             'hard', 'positive/multiple',
             'SmartRecruiters screen (UTC .ics, Montreal recruiter, Sao Paulo candidate) plus a later '
             'technical round (prose + Google invite) that is cancelled by a deleted API event and an '
             'e-mail. Two interviews: screen scheduled, technical cancelled.'))


# ======================================================================
# NEGATIVES
# ======================================================================
def c14():
    owner = 'devon.albright@example.com'
    body1 = """JobHarbor | Your daily job alert

14 new jobs for "data engineer" near Chicago, IL

Data Engineer II - Lakeshore Credit Union - Chicago, IL - $118K-$135K
  Actively interviewing · Easy Apply
Senior Data Engineer - Prairiewind Foods - Oak Brook, IL (Hybrid)
  Be an early applicant · Interviews this week
Analytics Engineer - Fernway - Remote (US)
  Fast response: most candidates hear back and schedule an interview within 5 days

See all 14 jobs: https://www.jobharbor.example/alerts/7731?utm_source=email

You're receiving this because you created a job alert on JobHarbor. Unsubscribe:
https://www.jobharbor.example/unsub?a=7731
JobHarbor Inc., 200 Market Square, Suite 900, Pittsburgh, PA 15222
"""
    m1 = mail(owner=owner, to='devon.albright@example.com',
              frm='JobHarbor Alerts <alerts@jobharbor.example>',
              subject='Devon, 14 new Data Engineer jobs - companies interviewing now',
              date=dt(2026, 3, 9, 7, 0, 'America/Chicago'), body=body1,
              msgid='<alert.7731.20260309@jobharbor.example>')
    html2 = """<html><body style="font-family:Georgia,serif">
<h1>The Offer Desk</h1><p><i>Issue #112 &middot; Tuesday, March 10</i></p>
<h2>Your interview is Thursday at 2pm. Here's the 48-hour plan.</h2>
<p>Say you've got a hiring-manager interview on Thursday at 2:00 PM. Wednesday morning: re-read the job
description and map three stories to it. Wednesday night: do a 30-minute mock call with a friend.
Thursday at 1:45: close Slack, open the calendar invite, test the Zoom link.</p>
<h3>Also this week</h3>
<ul><li>"Tell me about yourself" &ndash; a 90-second template</li>
<li>How to ask a recruiter to reschedule without burning goodwill</li>
<li>Reader question: Should I send a thank-you note after a phone screen?</li></ul>
<p>Want a coach to review your prep? <a href="https://offerdesk.example/coaching">Book a session</a></p>
<p style="font-size:11px;color:#777">You are subscribed to The Offer Desk. <a href="https://offerdesk.example/u">Unsubscribe</a></p>
</body></html>"""
    m2 = mail(owner=owner, to='devon.albright@example.com',
              frm='The Offer Desk <hello@offerdesk.example>',
              subject='Your interview is Thursday at 2pm. Now what?',
              date=dt(2026, 3, 10, 6, 30, 'America/New_York'), html=html2,
              msgid='<newsletter-112@offerdesk.example>',
              extra=[('List-Unsubscribe', '<https://offerdesk.example/u>')])
    case('b8-14-job-alert-and-interview-tips-newsletter',
         [('01-jobharbor-alert.eml', to_bytes(m1)), ('02-offer-desk-newsletter.eml', to_bytes(m2))],
         lab(owner, [], 'easy', 'negative/job-alert',
             'Job alert with "interviewing now" badges and a newsletter whose headline is a hypothetical '
             '"interview Thursday at 2pm".'))


def c15():
    owner = 'ines.moreau@example.com'
    z = 'Europe/Paris'
    body1 = """Hi Inès,

Thanks for applying to the Machine Learning Engineer role at Pinecrest Labs! We've received your
application and our team is reviewing it now.

What happens next? We expect to schedule first interviews during the week of March 23. If your
profile is a match, your recruiter will reach out to book a 30-minute video call.

Best regards,
The Pinecrest Labs Recruitment Team

This email was sent by Teamtailor on behalf of Pinecrest Labs.
"""
    m1 = mail(owner=owner, to='ines.moreau@example.com',
              frm='Pinecrest Labs <noreply@teamtailor-mail.example>',
              subject='Thanks for your application - Machine Learning Engineer',
              date=dt(2026, 3, 9, 18, 4, z), body=body1,
              msgid='<tt.app.991022@teamtailor-mail.example>')
    body2 = """Hello Inès,

Pinecrest Labs has invited you to complete an online coding assessment for the Machine Learning
Engineer position.

Duration: 90 minutes (timed, one sitting)
Deadline: Friday, March 20, 2026, 23:59 CET
Tasks: 2 coding tasks (Python) and 1 short ML debugging question

Start your assessment: https://app.codetrial.example/t/PINE-7X2QK

Candidates who pass the assessment will be invited to a technical interview with the team.

Good luck!
CodeTrial, on behalf of Pinecrest Labs
Questions about the assessment? support@codetrial.example
"""
    m2 = mail(owner=owner, to='ines.moreau@example.com',
              frm='Pinecrest Labs via CodeTrial <no-reply@codetrial.example>',
              subject='Pinecrest Labs invites you to an online assessment',
              date=dt(2026, 3, 13, 10, 15, z), body=body2,
              msgid='<ct.invite.PINE-7X2QK@codetrial.example>')
    case('b8-15-application-received-then-online-assessment',
         [('01-application-received.eml', to_bytes(m1)),
          ('02-online-assessment-invite.eml', to_bytes(m2))],
         lab(owner, [], 'medium', 'negative/assessment',
             'Teamtailor receipt ("we expect to schedule first interviews the week of March 23") and a '
             'timed online coding assessment with a deadline - no live conversation booked.'))


def c16():
    owner = 'callum.ashby@example.com'
    body = """Hi Callum,

Thank you for interviewing with Solvang Bikes for the Supply Chain Analyst role, and for the time you
spent with Mira and Paul last week. We genuinely enjoyed the conversation.

After careful consideration, we've decided to move forward with another candidate whose experience
more closely matches what we need right now. This was a difficult decision.

If it would be useful, I'm happy to set up a 15-minute call to share feedback from the panel - just
reply and let me know.

We'll keep your details on file and would welcome an application for future openings.

Kind regards,
Astrid Holm
Talent Acquisition, Solvang Bikes
+45 33 12 45 90
"""
    m = mail(owner=owner, to='Callum Ashby <callum.ashby@example.com>',
             frm='Astrid Holm <astrid.holm@solvangbikes.example>',
             subject='Your interview with Solvang Bikes - Supply Chain Analyst',
             date=dt(2026, 3, 4, 14, 20, 'Europe/Copenhagen'), body=body,
             msgid='<VI1PR07MB6161E@VI1PR07MB6161.eurprd07.prod.outlook.example>')
    case('b8-16-rejection-after-interview',
         [('01-solvang-decision.eml', to_bytes(m))],
         lab(owner, [], 'medium', 'negative/rejection',
             'Rejection after a past interview; offers an optional feedback call without a time.'))


def c17():
    owner = 'ruth.obi@example.com'
    z = 'America/New_York'
    body = """Dear Ruth,

On behalf of everyone you met during your interviews, I'm delighted to offer you the position of
Site Reliability Engineer at Kettleby Systems. Your offer letter is attached through DocuSign and
summarises the key terms:

  - Base salary: $172,000
  - Sign-on bonus: $15,000
  - Target start date: Monday, April 13, 2026

I'd love to walk you through the benefits package and answer any questions. I'm free on Thursday at
3pm ET for a 30-minute call if that works - otherwise, send me a couple of times.

Please review and sign by March 20, 2026.

Congratulations again!
Marcus Bell
Head of People, Kettleby Systems
marcus.bell@kettleby.example | (617) 555-0102
"""
    m = mail(owner=owner, to='Ruth Obi <ruth.obi@example.com>',
             frm='Marcus Bell <marcus.bell@kettleby.example>',
             subject='Offer of employment - Site Reliability Engineer',
             date=dt(2026, 3, 16, 12, 5, z), body=body, cte='quoted-printable',
             msgid='<CAKb-offer-ruth@mail.kettleby.example>')
    case('b8-17-offer-letter-with-call',
         [('01-offer-of-employment.eml', to_bytes(m))],
         lab(owner, [], 'medium', 'negative/offer',
             'Offer letter; mentions past interviews and proposes a benefits walkthrough call - not an '
             'interview.'))


def c18():
    owner = 'sam.whitford@example.com'
    z = 'America/Chicago'
    org = ('Priya Varadan', 'priya.varadan@example.com')
    start = dt(2026, 3, 12, 14, 0, z)
    desc = ('Interviewer: Sam Whitford\nCandidate: Lucía Paredes\nRole: Frontend Engineer (req FE-211)\n'
            'Focus area: React architecture / state management.\nPlease read the resume in Ashby and '
            'submit your scorecard within 24 hours of the interview. Debrief Friday 10am.')
    m1 = google_invite(owner=owner, organizer=org,
                       attendees=[('Sam Whitford', owner), ('Lucía Paredes', 'lucia.paredes@mail.example')],
                       summary='Interview: Lucía Paredes - Frontend Engineer (Interviewer: Sam Whitford)',
                       start=start, end=start + timedelta(hours=1), uid='8c1mq2dsl4p0f9tn6bw7hkr3ye@google.com',
                       seq=0, desc=desc, zone=z, rule='us', date=dt(2026, 3, 5, 16, 20, z),
                       msgid='<calendar-71a3c9d2-0e8f-4b15-9c2a-5f6d7e8b9a01@google.example>',
                       meet='https://meet.google.com/brk-fe21-lpx')
    s = dt(2026, 3, 9, 11, 0, z)
    cal = ics(['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
               'METHOD:REQUEST'] + vtimezone(z, 'us', names=('CST', 'CDT'))
              + ['BEGIN:VEVENT', f'DTSTART;TZID={z}:{local(s)}',
                 f'DTEND;TZID={z}:{local(s + timedelta(minutes=30))}',
                 'RRULE:FREQ=WEEKLY;BYDAY=MO', f'DTSTAMP:{utc(dt(2026, 2, 27, 9, 0, z))}',
                 'ORGANIZER;CN=Dana Ortega:mailto:dana.ortega@example.com',
                 'UID:1on1-sam-dana-weekly@google.com',
                 att('Dana Ortega', 'dana.ortega@example.com', partstat='ACCEPTED', rsvp=False),
                 att('Sam Whitford', owner, partstat='ACCEPTED'),
                 'DESCRIPTION:' + esc('Weekly 1:1.\nAgenda: hiring loop calibration for FE-211 '
                                      'candidates, interview scorecards, Q2 roadmap, career check-in.'),
                 'SUMMARY:Sam / Dana 1:1', 'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT',
                 'END:VCALENDAR'])
    case('b8-18-user-is-interviewer-and-internal-1on1',
         [('01-invitation-interviewer-panel.eml', to_bytes(m1)),
          ('02-sam-dana-weekly-1on1.ics', cal.encode('utf-8'))],
         lab(owner, [], 'hard', 'negative/user-is-interviewer',
             'User is the interviewer of an external candidate (scorecard, debrief) and has a weekly '
             'internal 1:1 whose agenda mentions interview scorecards.'))


def c19():
    owner = 'aaliyah.grant@example.com'
    z = 'America/New_York'
    body1 = """Hi Aaliyah,

Thanks so much for agreeing to come on Shipping Containers! Here are the details for our interview:

Recording: Thursday, March 19 at 2:00 PM ET (we block 75 minutes; the episode runs ~45)
Where: Riverside studio - https://riverside.example/studio/shipping-containers?t=guest
Topic: how your team moved a monolith to Kubernetes without a feature freeze

We'll send the list of questions a few days before. Please use headphones and a wired connection if
you can.

Looking forward to it,
Tomasz Wren
Host, Shipping Containers podcast
"""
    m1 = mail(owner=owner, to='aaliyah.grant@example.com',
              frm='Tomasz Wren <tomasz@shippingcontainers.example>',
              subject='Shipping Containers podcast - interview confirmed for Thu 3/19',
              date=dt(2026, 3, 6, 13, 12, z), body=body1,
              msgid='<CAPd-tw-0306@mail.shippingcontainers.example>')
    ws = dt(2026, 3, 12, 12, 0, z)
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Livestorm//Webinar//EN', 'METHOD:PUBLISH',
               'BEGIN:VEVENT', 'UID:webinar-behavioral-2026-03-12@careerlift.example',
               f'DTSTAMP:{utc(dt(2026, 3, 6, 9, 0, z))}', f'DTSTART:{utc(ws)}',
               f'DTEND:{utc(ws + timedelta(hours=1))}',
               'SUMMARY:Live webinar: Nail the Behavioral Interview (STAR method)',
               'DESCRIPTION:' + esc('Join CareerLift coaches for a live session on answering '
                                    'behavioral interview questions. Q&A at the end.\nJoin: '
                                    'https://app.livestorm.example/careerlift/nail-the-behavioral-interview'),
               'ORGANIZER;CN=CareerLift Events:mailto:events@careerlift.example',
               'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    body2 = """You're registered!

Nail the Behavioral Interview (STAR method)
Thursday, March 12, 2026 - 12:00 PM to 1:00 PM (Eastern Time)

Add the session to your calendar with the attached file. You'll get your personal join link
one hour before we go live.

CareerLift - career coaching for tech professionals
"""
    m2 = mail(owner=owner, to='aaliyah.grant@example.com',
              frm='CareerLift Events <events@careerlift.example>',
              subject="You're registered: Nail the Behavioral Interview", date=dt(2026, 3, 6, 9, 1, z),
              body=body2, msgid='<reg-88412@careerlift.example>')
    add_ics_attachment(m2, cal, 'webinar.ics')
    case('b8-19-podcast-interview-and-webinar',
         [('01-podcast-recording-confirmed.eml', to_bytes(m1)),
          ('02-webinar-registration.eml', to_bytes(m2))],
         lab(owner, [], 'hard', 'negative/media-interview',
             'A booked podcast "interview" with exact time and a webinar about interviews with .ics.'))


def c20():
    owner = 'noel.brandt@example.com'
    z = 'America/Los_Angeles'
    body1 = """Hello Noel,

This is a reminder of your upcoming appointment:

Bayview Physical Therapy
Provider: Dr. Shanice Holloway, DPT
Date: Tuesday, March 17, 2026
Time: 9:15 AM
Location: 2120 Bayview Ave, Suite 300, San Mateo, CA

Please arrive 10 minutes early to complete a short intake interview with our front desk.
Reply C to confirm or call (650) 555-0175 to reschedule.
"""
    m1 = mail(owner=owner, to='noel.brandt@example.com',
              frm='Bayview Physical Therapy <reminders@bayviewpt.example>',
              subject='Appointment reminder - Tue Mar 17 at 9:15 AM',
              date=dt(2026, 3, 14, 8, 0, z), body=body1, msgid='<appt-44120@bayviewpt.example>')
    rs = dt(2026, 4, 1, 10, 0, z)
    body2 = """Hi Noel,

Thanks for signing up to take part in a research interview with the Fernway product team!

Session: 60-minute remote interview about how you plan trips with shared budgets
When: Wednesday, April 1, 2026 at 10:00 AM Pacific
Link: https://fernway.zoom.example/j/91123345566
Thank-you gift: $120 Visa gift card, sent within 5 business days after the session

You'll be speaking with Odette Marsh, UX Researcher. The session will be recorded for internal
research only. The calendar invite is attached.

Thanks,
Fernway Research Ops (via Userloop)
"""
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Userloop//Sessions//EN', 'METHOD:REQUEST',
               'BEGIN:VEVENT', 'UID:userloop-sess-55291@userloop.example',
               f'DTSTAMP:{utc(dt(2026, 3, 25, 9, 30, z))}', f'DTSTART:{utc(rs)}',
               f'DTEND:{utc(rs + timedelta(hours=1))}',
               'SUMMARY:Fernway research interview (paid) - Noel Brandt',
               'ORGANIZER;CN=Odette Marsh:mailto:odette.marsh@fernway.example',
               att('Noel Brandt', owner), 'LOCATION:https://fernway.zoom.example/j/91123345566',
               'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    m2 = mail(owner=owner, to='noel.brandt@example.com',
              frm='Fernway Research <research@userloop.example>',
              reply_to='Odette Marsh <odette.marsh@fernway.example>',
              subject='Confirmed: your paid research interview with Fernway (Apr 1)',
              date=dt(2026, 3, 25, 9, 30, z), body=body2, msgid='<ul-55291@userloop.example>')
    add_ics_attachment(m2, cal, 'session.ics')
    case('b8-20-physio-appointment-and-paid-user-research',
         [('01-appointment-reminder.eml', to_bytes(m1)),
          ('02-paid-research-interview.eml', to_bytes(m2))],
         lab(owner, [], 'hard', 'negative/user-research',
             'Physio appointment ("intake interview") and a paid user-research interview with .ics '
             'and a named researcher.'))


def c21():
    owner = 'hana.sato@example.com'
    z = 'America/New_York'
    body1 = """Dear Candidate,

Congratulations! Your resume has been shortlisted for the REMOTE DATA ENTRY CLERK position with
Amazonia Global Staffing ($38/hr, weekly pay, no experience needed).

Your online interview is scheduled for Friday 10:00AM EST with our HR manager Mrs. Linda Crowe.
The interview will be conducted by TEXT CHAT on Telegram. Add @LindaCrowe_HR_Amazonia and send the
code AGS-2291 to begin.

After the interview you will receive a check to purchase your home office equipment from our
approved vendor.

Regards,
HR Department
Amazonia Global Staffing
"""
    m1 = mail(owner=owner, to='hana.sato@example.com',
              frm='HR Department <amazonia.global.hr@mail.example>',
              subject='Interview Invitation - Remote Data Entry Clerk (Shortlisted)',
              date=dt(2026, 3, 10, 3, 14, z), body=body1, msgid='<20260310031402.7718@mail.example>')
    body2 = """Hi Hana,

I came across your profile and your work on payments reliability really stood out. I'm partnering
with a Series B fintech in New York that's hiring a Staff Backend Engineer (Go, Postgres, $230-260K +
equity, hybrid).

Would you be open to a quick 15-minute call to hear more? If so, let me know a couple of times that
suit you next week and I'll send an invite.

Best,
Jordan Pike
Principal Consultant, Brightwater Talent Partners
+1 646-555-0190 | jordan.pike@brightwatertalent.example
"""
    m2 = mail(owner=owner, to='Hana Sato <hana.sato@example.com>',
              frm='Jordan Pike <jordan.pike@brightwatertalent.example>',
              subject='Staff Backend Engineer - fintech (quick call?)', date=dt(2026, 3, 11, 10, 2, z),
              body=body2, msgid='<CABw-jp-0311@mail.brightwatertalent.example>')
    case('b8-21-scam-recruiter-and-cold-outreach',
         [('01-shortlisted-interview-telegram.eml', to_bytes(m1)),
          ('02-recruiter-outreach.eml', to_bytes(m2))],
         lab(owner, [], 'hard', 'negative/scam',
             'Fake "interview Friday 10:00AM EST by Telegram text chat" with a check scam, plus an '
             'agency cold outreach asking for call times.'))


def c22():
    owner = 'ola.nwosu@example.com'
    z = 'America/Chicago'
    body1 = """Hi Ola,

Thanks for applying for the Product Analyst role at Redfern Outdoor - we'd love to move you forward
to a 30-minute phone interview with me!

Could you share 3-4 times that work for you next week (Mon-Thu, between 9am and 4pm Central)?
Or, if it's easier, grab any open slot directly on my calendar here:
https://calendly.example/redfern-outdoor-maya/30min

Looking forward to connecting,
Maya Lindgren
Recruiter, Redfern Outdoor
(612) 555-0181
"""
    m1 = mail(owner=owner, to='Ola Nwosu <ola.nwosu@example.com>',
              frm='Maya Lindgren <maya.lindgren@redfernoutdoor.example>',
              subject='Next step: phone interview for Product Analyst',
              date=dt(2026, 3, 18, 15, 30, z), body=body1,
              msgid='<CAMl-redfern-0318@mail.redfernoutdoor.example>')
    fs = dt(2026, 3, 25, 10, 0, z)
    cal = ics(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Handshake//Events//EN', 'METHOD:PUBLISH']
              + vtimezone(z, 'us', names=('CST', 'CDT'))
              + ['BEGIN:VEVENT', 'UID:spring-tech-fair-2026@careers.lakeside-u.example',
                 f'DTSTAMP:{utc(dt(2026, 3, 2, 9, 0, z))}', f'DTSTART;TZID={z}:{local(fs)}',
                 f'DTEND;TZID={z}:{local(fs + timedelta(hours=5))}',
                 'SUMMARY:Spring Tech & Analytics Career Fair',
                 'DESCRIPTION:' + esc('Meet recruiters from 60+ employers. Several employers will hold '
                                      'on-the-spot interviews - bring printed resumes. Business casual.'),
                 'LOCATION:Lakeside University Student Union\\, Ballroom A',
                 'ORGANIZER;CN=Lakeside University Career Center:mailto:careers@lakeside-u.example',
                 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR'])
    case('b8-22-availability-request-and-career-fair',
         [('01-phone-interview-availability.eml', to_bytes(m1)),
          ('02-spring-career-fair.ics', cal.encode('utf-8'))],
         lab(owner, [], 'medium', 'negative/not-yet-scheduled',
             'Recruiter asks for availability / offers an unbooked scheduling link; career-fair .ics '
             'mentioning on-the-spot interviews.'))


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith('b8-'):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data)
    with open(HERE / 'labels.yaml', 'w', encoding='utf-8') as fh:
        fh.write('# Labels for the blind8 set (written blind). See /work/shared/eval/README.md.\n')
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=100)


if __name__ == '__main__':
    main()
