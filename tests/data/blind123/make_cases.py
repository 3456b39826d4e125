#!/usr/bin/env python3
"""Deterministic generator for the blind123 interview-detection set.

Rewrites every b123-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All people, owners and companies are invented (.example domains).
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
USER = 'marta.quintela@example.com'
USER_NAME = 'Marta Quintela'
ME = f'{USER_NAME} <{USER}>'

LIS = ZoneInfo('Europe/Lisbon')
LON = ZoneInfo('Europe/London')
BER = ZoneInfo('Europe/Berlin')
WAW = ZoneInfo('Europe/Warsaw')
NYC = ZoneInfo('America/New_York')
CHI = ZoneInfo('America/Chicago')
LAX = ZoneInfo('America/Los_Angeles')
SAO = ZoneInfo('America/Sao_Paulo')
UTC = timezone.utc

CASES = {}
LABELS = {}


def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(d):
    return d.isoformat() if d else None


def zdt(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def ldt(d, tz):
    return d.astimezone(tz).strftime('%Y%m%dT%H%M%S')


def hm(d, tz=None):
    d = d.astimezone(tz) if tz else d
    return d.strftime('%H:%M')


def ampm(d, tz=None):
    d = d.astimezone(tz) if tz else d
    s = d.strftime('%I:%M %p').lstrip('0')
    return s


def check_wd(d, name):
    assert d.strftime('%A').startswith(name), (d, name)


def mid(case, n, domain):
    h = hashlib.sha1(f'{case}/{n}'.encode()).hexdigest()
    return f'<{h[:24]}@{domain}>'


def uid(case, n, domain='example.com'):
    return hashlib.sha1(f'uid/{case}/{n}'.encode()).hexdigest()[:26] + '@' + domain


# ---------------------------------------------------------------- iCalendar text
def fold(line):
    out, cur, limit = [], '', 75
    for ch in line:
        if len((cur + ch).encode('utf-8')) > limit:
            out.append(cur)
            cur, limit = ch, 74
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def esc(text):
    return (text.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\n', '\\n'))


def ics_text(lines):
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


def vtimezone(tzid, kind, std, dst, std_name, dst_name):
    if kind == 'eu':
        dst_start, dst_rule = ('19700329T020000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU')
        std_start, std_rule = ('19701025T030000', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU')
        if std == '+0000':
            dst_start, std_start = '19700329T010000', '19701025T020000'
    else:
        dst_start, dst_rule = ('19700308T020000', 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU')
        std_start, std_rule = ('19701101T020000', 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU')
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}',
            'BEGIN:DAYLIGHT', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}', f'TZNAME:{dst_name}',
            f'DTSTART:{dst_start}', f'RRULE:{dst_rule}', 'END:DAYLIGHT',
            'BEGIN:STANDARD', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}', f'TZNAME:{std_name}',
            f'DTSTART:{std_start}', f'RRULE:{std_rule}', 'END:STANDARD',
            'END:VTIMEZONE']


VTZ = {
    'Europe/Berlin': vtimezone('Europe/Berlin', 'eu', '+0100', '+0200', 'CET', 'CEST'),
    'Europe/Warsaw': vtimezone('Europe/Warsaw', 'eu', '+0100', '+0200', 'CET', 'CEST'),
    'Europe/London': vtimezone('Europe/London', 'eu', '+0000', '+0100', 'GMT', 'BST'),
    'Europe/Lisbon': vtimezone('Europe/Lisbon', 'eu', '+0000', '+0100', 'WET', 'WEST'),
    'America/New_York': vtimezone('America/New_York', 'us', '-0500', '-0400', 'EST', 'EDT'),
    'America/Los_Angeles': vtimezone('America/Los_Angeles', 'us', '-0800', '-0700', 'PST', 'PDT'),
    'Central Standard Time': vtimezone('Central Standard Time', 'us', '-0600', '-0500', 'CST', 'CDT'),
    'GMT Standard Time': vtimezone('GMT Standard Time', 'eu', '+0000', '+0100', 'GMT', 'BST'),
}
ZONE_OF = {'Europe/Berlin': BER, 'Europe/Warsaw': WAW, 'Europe/London': LON, 'Europe/Lisbon': LIS,
           'America/New_York': NYC, 'America/Los_Angeles': LAX, 'Central Standard Time': CHI,
           'GMT Standard Time': LON}


def att(name, email, partstat='NEEDS-ACTION', role='REQ-PARTICIPANT', rsvp='TRUE'):
    return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp}'
            f';CN={name}:mailto:{email}')


def calendar(method, prodid, start, end, summary, organizer, attendees, uid_, stamp,
             seq=0, status='CONFIRMED', desc=None, location=None, tzid=None, extra=(),
             cal_extra=()):
    lines = ['BEGIN:VCALENDAR', f'PRODID:{prodid}', 'VERSION:2.0', 'CALSCALE:GREGORIAN']
    if method:
        lines.append(f'METHOD:{method}')
    lines += list(cal_extra)
    if tzid:
        lines += VTZ[tzid]
    lines.append('BEGIN:VEVENT')
    if tzid:
        z = ZONE_OF[tzid]
        lines += [f'DTSTART;TZID={tzid}:{ldt(start, z)}']
        if end:
            lines += [f'DTEND;TZID={tzid}:{ldt(end, z)}']
    else:
        lines += [f'DTSTART:{zdt(start)}']
        if end:
            lines += [f'DTEND:{zdt(end)}']
    lines.append(f'DTSTAMP:{zdt(stamp)}')
    if organizer:
        lines.append(f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}')
    lines.append(f'UID:{uid_}')
    lines += attendees
    lines.append(f'CREATED:{zdt(stamp)}')
    if desc:
        lines.append('DESCRIPTION:' + esc(desc))
    lines.append(f'LAST-MODIFIED:{zdt(stamp)}')
    if location:
        lines.append('LOCATION:' + esc(location))
    lines += [f'SEQUENCE:{seq}', f'STATUS:{status}', 'SUMMARY:' + esc(summary), 'TRANSP:OPAQUE']
    lines += list(extra)
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ics_text(lines)


# ---------------------------------------------------------------- e-mail
def mail(headers, text=None, html=None, cal=None, method='REQUEST', attach=None,
         text_cte=None, html_cte=None, cal_in_alt=True):
    msg = EmailMessage()
    for k, v in headers:
        msg[k] = v
    if text is not None:
        msg.set_content(text, cte=text_cte) if text_cte else msg.set_content(text)
        if html is not None:
            msg.add_alternative(html, subtype='html', cte=html_cte) if html_cte else \
                msg.add_alternative(html, subtype='html')
    elif html is not None:
        msg.set_content(html, subtype='html', cte=html_cte) if html_cte else \
            msg.set_content(html, subtype='html')
    if cal is not None and cal_in_alt:
        msg.add_alternative(cal, subtype='calendar', params={'method': method})
    if attach:
        for fname, data, mtype in attach:
            maint, sub = mtype.split('/')
            msg.add_attachment(data.encode('utf-8'), maintype=maint, subtype=sub, filename=fname)
    return msg.as_bytes(policy=policy.default)


def hdrs(case, n, date, frm, subject, to=ME, domain='example.com', cc=None, reply_to=None,
         sender=None, in_reply_to=None, refs=None, extra=()):
    h = [('Delivered-To', USER),
         ('Received', f'from mx.{domain} by mx.example.com with ESMTPS id {hashlib.md5((case+str(n)).encode()).hexdigest()[:12]}; '
                      + format_datetime(date.astimezone(UTC)))]
    if reply_to:
        h.append(('Reply-To', reply_to))
    if sender:
        h.append(('Sender', sender))
    h += [('Message-ID', mid(case, n, domain)), ('Date', format_datetime(date)),
          ('Subject', subject), ('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
        h.append(('References', refs or in_reply_to))
    h += list(extra)
    h.append(('MIME-Version', '1.0'))
    return h


def google_invite(case, n, date, org, guests, title, start, end, tz_label, tzid, meet, desc='',
                  seq=0, kind='Invitation', lang='en', date_line=None):
    """Google Calendar invitation e-mail: mixed(alt(text, html, calendar), invite.ics)."""
    org_name, org_email = org
    when = date_line
    guest_lines = '\n'.join(f'{g[0]}\n{g[1]}' for g in guests)
    if lang == 'pt':
        text = (f'{title}\n{when}\n\nParticipar com o Google Meet\n{meet}\n\n'
                f'Organizador\n{org_name}\n{org_email}\n\nConvidados\n{guest_lines}\n{USER}\n\n'
                f'{desc}\n\n~~//~~\nConvite do Google Agenda: https://calendar.google.com/calendar/\n\n'
                'Você está recebendo este e-mail porque é um convidado do evento.\n')
    else:
        text = (f'{title}\n{when}\n\nJoin with Google Meet\n{meet}\n\n'
                f'Organizer\n{org_name}\n{org_email}\n\nGuests\n{guest_lines}\n{USER}\n'
                f'View all guest info https://calendar.google.com/calendar/event?action=VIEW\n\n{desc}\n\n'
                '~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n'
                'You are receiving this email because you are an attendee on the event.\n')
    html = ('<html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
            + ''.join(f'<p>{p}</p>' for p in text.replace('&', '&amp;').split('\n\n')).replace('\n', '<br>')
            + '</div></body></html>')
    atts = [att(org_name, org_email, 'ACCEPTED')] + [att(g[0], g[1]) for g in guests if g[1] != org_email]
    atts.append(att(USER, USER))
    cal = calendar('REQUEST', '-//Google Inc//Google Calendar 70.9054//EN', start, end, title,
                   org, atts, uid(case, 'g'), date, seq=seq, desc=desc + '\n\nJoin with Google Meet: ' + meet,
                   extra=[f'X-GOOGLE-CONFERENCE:{meet}'])
    return text, html, cal


# ================================================================ cases
def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def lab(interviews, difficulty, category, notes):
    return {'user': USER, 'interview': bool(interviews), 'interviews': interviews,
            'difficulty': difficulty, 'category': category, 'notes': notes, 'source': 'synthetic'}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(recipients), 'kind': kind}


# ---------------------------------------------------------------- 01 Ashby-style recruiter screen, PT + "your time"
def c01():
    cid = 'b123-01-ashgrove-recruiter-screen-pt-your-time'
    co, dom = 'Tidewell Systems', 'tidewellsystems.example'
    role = 'Senior Site Reliability Engineer'
    s = T(2026, 2, 10, 11, 0, LAX); e = s + timedelta(minutes=30)
    check_wd(s, 'Tue')
    sent = T(2026, 2, 4, 10, 12, LAX)
    jonah = ('Jonah Whitfield', f'jonah.whitfield@{dom}')
    text = f"""Hi Marta,

Your interview with Tidewell Systems has been scheduled. Details are below, and a calendar
invitation is attached.

Recruiter Screen - {role}
Tuesday, February 10, 2026
11:00 AM - 11:30 AM PST (America/Los_Angeles)
7:00 PM - 7:30 PM your time (Europe/Lisbon)

Interviewer
Jonah Whitfield, Technical Recruiter

Location
Zoom: https://tidewell.zoom.us/j/88214406631?pwd=Q2tWd3NlR0xx

Need to reschedule? Reply to this email or use the link below and we'll find a new time.
https://app.ashgrovehq.example/candidate/reschedule/7f3c2a1e

Thanks,
The Tidewell Systems Recruiting Team

--
Sent with Ashgrove. Tidewell Systems, 500 Harrison St, San Francisco, CA 94105
"""
    html = ('<html><body style="font-family:-apple-system,Segoe UI,sans-serif;color:#1b1b1f">'
            '<p>Hi Marta,</p><p>Your interview with <b>Tidewell Systems</b> has been scheduled. Details are '
            'below, and a calendar invitation is attached.</p>'
            f'<table cellpadding="6"><tr><td colspan="2"><b>Recruiter Screen - {role}</b></td></tr>'
            '<tr><td>When</td><td>Tuesday, February 10, 2026<br>11:00 AM - 11:30 AM PST (America/Los_Angeles)'
            '<br><span style="color:#6b6b76">7:00 PM - 7:30 PM your time (Europe/Lisbon)</span></td></tr>'
            '<tr><td>Interviewer</td><td>Jonah Whitfield, Technical Recruiter</td></tr>'
            '<tr><td>Location</td><td><a href="https://tidewell.zoom.us/j/88214406631?pwd=Q2tWd3NlR0xx">Zoom</a>'
            '</td></tr></table>'
            '<p>Need to reschedule? Reply to this email or <a href="https://app.ashgrovehq.example/candidate/'
            'reschedule/7f3c2a1e">pick a new time</a>.</p><p>Thanks,<br>The Tidewell Systems Recruiting Team</p>'
            '<p style="font-size:11px;color:#999">Sent with Ashgrove</p></body></html>')
    cal = calendar('REQUEST', '-//Ashgrove//Scheduling//EN', s, e,
                   f'Recruiter Screen: Marta Quintela <> Tidewell Systems', jonah,
                   [att(*jonah, 'ACCEPTED'), att(USER_NAME, USER)], uid(cid, 1, 'ashgrovehq.example'), sent,
                   desc=f'Recruiter Screen for {role}\nZoom: https://tidewell.zoom.us/j/88214406631',
                   location='https://tidewell.zoom.us/j/88214406631')
    m = mail(hdrs(cid, 1, sent, f'Jonah Whitfield <no-reply@ashgrovehq.example>',
                  f'Interview Confirmation: Tidewell Systems - Recruiter Screen', domain='ashgrovehq.example',
                  reply_to=f'Jonah Whitfield <{jonah[1]}>'),
             text, html, cal, attach=[('invite.ics', cal, 'text/calendar')], cal_in_alt=False)
    case(cid, [('01-interview-confirmation.eml', m)], lab(
        [iv(co, role, s, e, 'scheduled', [jonah[1]], [jonah[1]], 'phone_screen')], 'easy',
        'positive/ats-email-with-ics',
        'Ashby-style confirmation sent from a no-reply address with Reply-To; times in PST plus "your time"; '
        'recruiter conducts the screen.'))


# ---------------------------------------------------------------- 02 Lever-style live pair programming, thread
def c02():
    cid = 'b123-02-leverly-pair-programming-thread'
    co, dom = 'Fernhollow', 'fernhollow.example'
    role = 'Senior SRE - Platform'
    rec = ('Imogen Clarke', f'imogen.clarke@{dom}')
    e1 = ('Callum Price', f'callum.price@{dom}')
    e2 = ("Niamh O'Rourke", f'niamh.orourke@{dom}')
    s = T(2026, 3, 5, 14, 0, LON); e = s + timedelta(minutes=90)
    check_wd(s, 'Thu')
    d1 = T(2026, 2, 26, 9, 41, LON)
    t1 = f"""Hi Marta,

Great speaking with you on Monday - the team really enjoyed your write-up on the Kafka
consumer-lag alerts. Next up is a live pair-programming session with two of our engineers.
It's 90 minutes on Zoom: you'll work together on a small Go service (a rate limiter with some
flaky tests), there's nothing to prepare and you can use your own editor.

Would any of these work? All times UK time (GMT), which I believe is the same as Lisbon at the moment:

  - Tue 3 March, 10:00 GMT
  - Thu 5 March, 14:00 GMT
  - Fri 6 March, 11:30 GMT

Best,
Imogen

Imogen Clarke
Talent Partner, Fernhollow
+44 20 7946 0321 | 14 Leonard Street, London EC2A 4AQ

Sent via Leverly
"""
    m1 = mail(hdrs(cid, 1, d1, f'Imogen Clarke <{rec[1]}>', 'Fernhollow: next step - pair programming',
                   domain=dom), t1)
    d2 = T(2026, 2, 26, 12, 5, LIS)
    t2 = f"""Hi Imogen,

Thanks! Thursday 5 March at 14:00 works best for me. And yes, Lisbon is on the same time as
London right now.

Looking forward to it,
Marta

On Thu, 26 Feb 2026 at 09:41, Imogen Clarke <{rec[1]}> wrote:
> Hi Marta,
>
> Great speaking with you on Monday - the team really enjoyed your write-up on the Kafka
> consumer-lag alerts. Next up is a live pair-programming session with two of our engineers.
> It's 90 minutes on Zoom [...]
>
>   - Tue 3 March, 10:00 GMT
>   - Thu 5 March, 14:00 GMT
>   - Fri 6 March, 11:30 GMT
"""
    m2 = mail(hdrs(cid, 2, d2, ME, 'Re: Fernhollow: next step - pair programming', to=f'Imogen Clarke <{rec[1]}>',
                   in_reply_to=mid(cid, 1, dom), domain='example.com'), t2)
    d3 = T(2026, 2, 26, 14, 30, LON)
    t3 = f"""Hi Marta,

Your interview for {role} at Fernhollow is confirmed. A calendar invite is attached.

Interview: Pair programming (90 min)
Date: Thursday, March 5, 2026
Time: 2:00 PM - 3:30 PM GMT
Interviewers: Callum Price (Senior Engineer), Niamh O'Rourke (Staff Engineer)
Location: https://fernhollow.zoom.us/j/93016627714

If you need to make changes, just reply to this email.

Imogen Clarke
Fernhollow
"""
    cal = calendar('REQUEST', '-//Leverly//Interview Scheduler//EN', s, e,
                   f'Interview: Marta Quintela - {role} (Pair programming)', rec,
                   [att(*rec, 'ACCEPTED', 'NON-PARTICIPANT'), att(*e1), att(*e2), att(USER_NAME, USER)],
                   uid(cid, 3, 'leverly.example'), d3,
                   desc='Pair programming session with Callum Price and Niamh O\'Rourke.\n'
                        'Zoom: https://fernhollow.zoom.us/j/93016627714',
                   location='https://fernhollow.zoom.us/j/93016627714')
    m3 = mail(hdrs(cid, 3, d3, f'Imogen Clarke <no-reply@hire.leverly.example>',
                   f'Interview confirmed: {role} at Fernhollow', domain='hire.leverly.example',
                   reply_to=f'Imogen Clarke <{rec[1]}>'), t3,
              attach=[('interview.ics', cal, 'text/calendar')])
    case(cid, [('01-recruiter-proposes-slots.eml', m1), ('02-marta-picks-thursday.eml', m2),
               ('03-lever-confirmation.eml', m3)], lab(
        [iv(co, role, s, e, 'scheduled', [e1[1], e2[1]], [e1[1], e2[1]], 'technical')], 'medium',
        'positive/thread-plus-ats-ics',
        'Live pair-programming session (a live interview, not a take-home); slot picked in a reply, '
        'Lever-style confirmation with .ics listing both engineers.'))


# ---------------------------------------------------------------- 03 Greenhouse-style system design, rescheduled twice
def c03():
    cid = 'b123-03-glasshouse-system-design-rescheduled-twice'
    co, dom = 'Kranichfeld Cloud', 'kranichfeld.example'
    role = 'Staff Site Reliability Engineer'
    lea = ('Lea Bergmann', f'lea.bergmann@{dom}')
    u = uid(cid, 'ev', 'glasshouse.example')
    slots = [T(2026, 3, 11, 16, 0, BER), T(2026, 3, 13, 16, 0, BER), T(2026, 3, 17, 10, 30, BER)]
    for d, w in zip(slots, ['Wed', 'Fri', 'Tue']):
        check_wd(d, w)
    dates = [T(2026, 3, 4, 11, 2, BER), T(2026, 3, 9, 17, 48, BER), T(2026, 3, 12, 9, 15, BER)]
    items = []
    bodies = [
        f"""Hi Marta,

Thank you for scheduling your interview for the Staff Site Reliability Engineer position at
Kranichfeld Cloud! Here are the details:

System Design Interview
Wednesday, March 11, 2026, 16:00 - 17:00 CET (Europe/Berlin)
Interviewers: Jens Albrecht, Sofia Lindqvist
Video call: https://meet.google.com/kzq-pwhd-rxe

You'll design a multi-region service together on a shared whiteboard (Excalidraw). Please have
a quiet spot and a stable connection. A calendar invitation is attached.

If you have any questions, reply to this email.

Best,
Lea Bergmann
Recruiting Coordinator | Kranichfeld Cloud GmbH
Rosenthaler Str. 40, 10178 Berlin | +49 30 5557 2104
""",
        f"""Hi Marta,

I'm really sorry for the short notice - Jens is unexpectedly out this week. Could we move your
system design interview to Friday, March 13, same time (16:00 CET / 15:00 for you in Lisbon)?
I've sent an updated invitation; if it doesn't work just let me know.

Best,
Lea
""",
        f"""Hi Marta,

Thanks for your patience. Unfortunately Friday fell through on our side as well, so I've moved
your System Design Interview one more time:

NEW TIME: Tuesday, March 17, 2026, 10:30 - 11:30 CET (09:30 - 10:30 in Lisbon)
Interviewers: Jens Albrecht, Sofia Lindqvist
Video call: https://meet.google.com/kzq-pwhd-rxe

The updated calendar invitation is attached; please disregard the earlier ones.

Best,
Lea Bergmann
Recruiting Coordinator | Kranichfeld Cloud GmbH
""",
    ]
    subjects = ['Interview Confirmation: Kranichfeld Cloud - System Design Interview',
                'Interview Rescheduled: Kranichfeld Cloud - System Design Interview (Fri, Mar 13)',
                'Updated Interview: Kranichfeld Cloud - System Design Interview (Tue, Mar 17)']
    names = ['01-confirmation-wed.eml', '02-moved-to-friday.eml', '03-moved-again-tuesday.eml']
    for i in range(3):
        s = slots[i]
        cal = calendar('REQUEST', '-//Glasshouse//Interview Scheduling//EN', s, s + timedelta(hours=1),
                       f'System Design Interview - Marta Quintela ({co})', lea,
                       [att(USER_NAME, USER)], u, dates[i], seq=i, tzid='Europe/Berlin',
                       desc='Interviewers: Jens Albrecht, Sofia Lindqvist\nhttps://meet.google.com/kzq-pwhd-rxe',
                       location='https://meet.google.com/kzq-pwhd-rxe')
        m = mail(hdrs(cid, i + 1, dates[i], f'Lea Bergmann <no-reply@glasshouse-mail.example>', subjects[i],
                      domain='glasshouse-mail.example', reply_to=f'Lea Bergmann <{lea[1]}>'),
                 bodies[i], attach=[('interview.ics', cal, 'text/calendar')])
        items.append((names[i], m))
    s = slots[-1]
    case(cid, items, lab(
        [iv(co, role, s, s + timedelta(hours=1), 'scheduled', [], [lea[1]], 'technical')], 'hard',
        'positive/reschedule',
        'Greenhouse-style confirmation + two reschedules (SEQUENCE 0,1,2, TZID Europe/Berlin); final Tue 10:30 CET '
        'wins. Interviewers named without addresses -> follow-up to coordinator (Reply-To).'))


# ---------------------------------------------------------------- 04 US already on EDT, Europe not yet
def c04():
    cid = 'b123-04-dst-gap-week-new-york-hiring-manager'
    co, dom = 'Brightmoor Data', 'brightmoordata.example'
    role = 'Senior Site Reliability Engineer'
    dana = ('Dana Kessler', f'dana.kessler@{dom}')
    ravi = ('Ravi Menon', f'ravi.menon@{dom}')
    s = T(2026, 3, 24, 10, 0, NYC); e = s + timedelta(minutes=45)
    check_wd(s, 'Tue')
    assert s.astimezone(LIS).hour == 14
    d1 = T(2026, 3, 19, 12, 20, NYC)
    t1 = f"""Hi Marta,

Good news - Ravi Menon, our Head of Infrastructure, would like to meet you for a 45-minute
hiring manager conversation about the {role} role.

Does Tuesday 3/24 at 10am ET work? Heads up on the time: we already sprung forward here in
New York but Europe doesn't change clocks until the 29th, so that's 2pm for you in Lisbon
(not 3pm like our earlier call).

Thanks!
Dana

--
Dana Kessler | Senior Recruiter | Brightmoor Data
m: +1 (646) 555-0187
85 Broad Street, 17th Floor, New York, NY 10004
"""
    m1 = mail(hdrs(cid, 1, d1, f'Dana Kessler <{dana[1]}>', 'Next step: chat with Ravi (hiring manager)',
                   domain=dom), t1)
    d2 = T(2026, 3, 19, 17, 3, LIS)
    t2 = f"""Hi Dana,

Tuesday at 10am ET / 2pm Lisbon is perfect, thanks for flagging the clock change!

Marta

On Thu, Mar 19, 2026 at 4:20 PM Dana Kessler <{dana[1]}> wrote:
> Hi Marta,
>
> Good news - Ravi Menon, our Head of Infrastructure, would like to meet you for a 45-minute
> hiring manager conversation about the {role} role.
>
> Does Tuesday 3/24 at 10am ET work? Heads up on the time: we already sprung forward here in
> New York but Europe doesn't change clocks until the 29th, so that's 2pm for you in Lisbon
> (not 3pm like our earlier call).
"""
    m2 = mail(hdrs(cid, 2, d2, ME, 'Re: Next step: chat with Ravi (hiring manager)',
                   to=f'Dana Kessler <{dana[1]}>', in_reply_to=mid(cid, 1, dom)), t2)
    d3 = T(2026, 3, 19, 13, 41, NYC)
    title = f'Marta Quintela <> Ravi Menon (Brightmoor Data) - Hiring Manager Interview'
    when = 'Tuesday Mar 24, 2026 \u22c5 10am \u2013 10:45am\nEastern Time - New York'
    text, html, cal = google_invite(cid, 3, d3, dana, [dana, ravi], title, s, e, None, None,
                                    'https://meet.google.com/vbr-qjtx-mwn',
                                    desc=f'45 min conversation with Ravi Menon, Head of Infrastructure, for the {role} role.',
                                    date_line=when)
    cal = cal.replace(f'DTSTART:{zdt(s)}', f'DTSTART;TZID=America/New_York:{ldt(s, NYC)}') \
             .replace(f'DTEND:{zdt(e)}', f'DTEND;TZID=America/New_York:{ldt(e, NYC)}') \
             .replace('BEGIN:VEVENT', '\r\n'.join(VTZ['America/New_York']) + '\r\nBEGIN:VEVENT', 1)
    m3 = mail(hdrs(cid, 3, d3, f'Dana Kessler <{dana[1]}>',
                   f'Invitation: {title} @ Tue Mar 24, 2026 10am - 10:45am (EDT) ({USER})',
                   to=USER, domain='google.com', reply_to=f'Dana Kessler <{dana[1]}>',
                   sender='Google Calendar <calendar-notification@google.com>'),
              text, html, cal, attach=[('invite.ics', cal, 'application/ics')])
    case(cid, [('01-dana-proposes-tuesday.eml', m1), ('02-marta-confirms.eml', m2),
               ('03-google-invitation.eml', m3)], lab(
        [iv(co, role, s, e, 'scheduled', [ravi[1]], [ravi[1]], 'hiring_manager')], 'hard',
        'positive/dst-gap',
        'Tue 24 Mar 2026: New York already on EDT (UTC-4), Lisbon still WET (UTC+0) -> 10am ET = 14:00 Lisbon; '
        'thread + Google invite are one interview.'))


# ---------------------------------------------------------------- 05 Portuguese, Lisbon company, Whereby
def c05():
    cid = 'b123-05-lisbon-entrevista-whereby-pt'
    co, dom = 'Alfama Labs', 'alfamalabs.example'
    role = 'Site Reliability Engineer Sénior'
    ines = ('Inês Pacheco', f'ines.pacheco@{dom}')
    rita = ('Rita Serrano', f'rita.serrano@{dom}')
    s = T(2026, 4, 16, 15, 0, LIS); e = s + timedelta(minutes=45)
    check_wd(s, 'Thu')
    d1 = T(2026, 4, 9, 10, 27, LIS)
    t1 = f"""Olá Marta,

Obrigada pela candidatura à vaga de {role} na Alfama Labs. Gostámos muito do seu
percurso e gostaríamos de a convidar para uma entrevista com a Rita Serrano, a nossa
Engineering Manager da equipa de Plataforma (em cópia).

A entrevista será na quinta-feira, dia 16 de abril, às 15h, por videochamada:
https://whereby.com/alfama-entrevistas

A conversa deverá durar cerca de 45 minutos. Vamos falar sobre a sua experiência com
observabilidade, gestão de incidentes e sobre a forma como a equipa trabalha.

Consegue confirmar a disponibilidade?

Com os melhores cumprimentos,
Inês Pacheco
Talent & People | Alfama Labs, Lda.
Rua dos Remédios 12, 1100-445 Lisboa
+351 21 555 0142
"""
    h1 = ('<div dir="ltr"><p>' + t1.replace('\n\n', '</p><p>').replace('\n', '<br>') + '</p></div>')
    m1 = mail(hdrs(cid, 1, d1, f'Inês Pacheco <{ines[1]}>', f'Entrevista - {role} | Alfama Labs',
                   cc=f'Rita Serrano <{rita[1]}>', domain=dom), t1, h1, text_cte='quoted-printable',
              html_cte='base64')
    d2 = T(2026, 4, 9, 11, 2, LIS)
    t2 = f"""Olá Inês,

Muito obrigada pelo convite! Confirmo a entrevista na quinta-feira, 16 de abril, às 15h.

Até lá,
Marta Quintela

Em qui., 9/04/2026 às 10:27, Inês Pacheco <{ines[1]}> escreveu:
> Olá Marta,
>
> A entrevista será na quinta-feira, dia 16 de abril, às 15h, por videochamada:
> https://whereby.com/alfama-entrevistas
"""
    m2 = mail(hdrs(cid, 2, d2, ME, f'RE: Entrevista - {role} | Alfama Labs',
                   to=f'Inês Pacheco <{ines[1]}>', cc=f'Rita Serrano <{rita[1]}>',
                   in_reply_to=mid(cid, 1, dom)), t2, text_cte='quoted-printable')
    d3 = T(2026, 4, 9, 12, 40, LIS)
    t3 = f"""Olá Marta,

Perfeito, fica então combinado para quinta às 15h. Até breve!

Rita

Rita Serrano
Engineering Manager, Plataforma | Alfama Labs
"""
    m3 = mail(hdrs(cid, 3, d3, f'Rita Serrano <{rita[1]}>', f'RE: Entrevista - {role} | Alfama Labs',
                   cc=f'Inês Pacheco <{ines[1]}>', in_reply_to=mid(cid, 2, 'example.com'),
                   refs=mid(cid, 1, dom) + ' ' + mid(cid, 2, 'example.com'), domain=dom), t3)
    case(cid, [('01-convite-entrevista.eml', m1), ('02-marta-confirma.eml', m2), ('03-rita-combinado.eml', m3)], lab(
        [iv(co, role, s, e, 'scheduled', [rita[1]], [rita[1]], 'hiring_manager')], 'medium',
        'positive/portuguese',
        'European Portuguese thread ("quinta-feira, dia 16 de abril, às 15h", 45 minutos), Lisbon company, '
        'Lisbon time (WEST +01:00); Rita (cc) conducts, Inês coordinates.'))


# ---------------------------------------------------------------- 06 Brazilian Portuguese, 14h Brasília
def c06():
    cid = 'b123-06-sao-paulo-conversa-inicial-14h-brasilia'
    co, dom = 'Jabuticaba Pagamentos', 'jabuticabapag.example'
    role = 'SRE Sênior (remoto)'
    cam = ('Camila Rocha', f'camila.rocha@{dom}')
    s = T(2026, 5, 6, 14, 0, SAO); e = s + timedelta(minutes=30)
    check_wd(s, 'Wed')
    assert s.astimezone(LIS).hour == 18
    d1 = T(2026, 4, 30, 9, 55, SAO)
    t1 = f"""Oi, Marta, tudo bem?

Aqui é a Camila, do time de Talent Acquisition da Jabuticaba Pagamentos. Recebemos sua
candidatura para a vaga de {role} e adoraríamos bater um papo com você!

Agendei nossa conversa inicial para quarta-feira, 6 de maio, às 14h (horário de Brasília) -
para você em Lisboa, 18h. Vai ser uma conversa de uns 30 minutos pelo Google Meet, o convite
já está na sua agenda.

Qualquer coisa, é só me chamar por aqui.

Abraços,
Camila Rocha
Tech Recruiter | Jabuticaba Pagamentos
Av. Brigadeiro Faria Lima, 3900 - Itaim Bibi, São Paulo - SP
+55 11 95555-0199
"""
    m1 = mail(hdrs(cid, 1, d1, f'Camila Rocha <{cam[1]}>', f'Conversa inicial - {role} | Jabuticaba',
                   domain=dom), t1, text_cte='base64')
    d2 = T(2026, 4, 30, 9, 51, SAO)
    title = f'Conversa inicial: Marta Quintela | {role}'
    when = 'Quarta-feira, 6 de maio de 2026 \u22c5 14:00 \u2013 14:30\nHorário Padrão de Brasília - São Paulo'
    text, html, cal = google_invite(cid, 2, d2, cam, [cam], title, s, e, None, None,
                                    'https://meet.google.com/fhu-ykzr-asp',
                                    desc='Conversa inicial com a Camila (Talent Acquisition).', lang='pt',
                                    date_line=when)
    m2 = mail(hdrs(cid, 2, d2, f'Camila Rocha <{cam[1]}>',
                   f'Convite: {title} @ qua 6 de mai de 2026 14:00 - 14:30 (BRT) ({USER})',
                   to=USER, domain='google.com', reply_to=f'Camila Rocha <{cam[1]}>',
                   sender='Google Agenda <calendar-notification@google.com>'),
              text, html, cal, attach=[('invite.ics', cal, 'application/ics')])
    # Google invite generated a few minutes before the personal e-mail -> arrival order
    case(cid, [('01-convite-google-agenda.eml', m2), ('02-camila-mensagem.eml', m1)], lab(
        [iv(co, role, s, e, 'scheduled', [cam[1]], [cam[1]], 'phone_screen')], 'medium',
        'positive/portuguese-brazil',
        'pt-BR: "quarta-feira, 6 de maio, às 14h (horário de Brasília)" = 18h Lisboa; Google Agenda invite in '
        'Portuguese (BRT, UTC-3, no DST) + personal note; one interview.'))


# ---------------------------------------------------------------- 07 Calendar API event, Warsaw
def c07():
    cid = 'b123-07-warsaw-technical-gcal-json'
    co, dom = 'Wisłoka Software', 'wisloka.example'
    role = 'Senior SRE (Kubernetes)'
    ag = ('Agnieszka Zielińska', f'agnieszka.zielinska@{dom}')
    p1 = ('Piotr Nowak', f'piotr.nowak@{dom}')
    p2 = ('Katarzyna Wróbel', f'katarzyna.wrobel@{dom}')
    s = T(2026, 4, 20, 11, 0, WAW); e = s + timedelta(minutes=75)
    check_wd(s, 'Mon')
    assert s.astimezone(LIS).hour == 10
    d1 = T(2026, 4, 14, 15, 8, WAW)
    t1 = f"""Hi Marta,

As discussed, I've put the technical interview for the {role} position in your calendar:
Monday 20 April, 11:00 CEST (10:00 your time), 75 minutes on Google Meet.

You'll be talking with Piotr Nowak (Platform Lead) and Katarzyna Wróbel (SRE). Expect a mix of
Kubernetes troubleshooting (we'll give you a broken cluster to poke at) and questions about
your on-call experience. I won't be joining, but ping me any time.

Pozdrawiam / Best regards,
Agnieszka Zielińska
Talent Acquisition Specialist
Wisłoka Software sp. z o.o. | ul. Grzegórzecka 21, 31-532 Kraków
tel. +48 12 555 01 77
"""
    m1 = mail(hdrs(cid, 1, d1, f'Agnieszka Zielińska <{ag[1]}>', f'Technical interview - {role}',
                   domain=dom), t1)
    created = T(2026, 4, 14, 13, 2, UTC)
    ev = {
        'kind': 'calendar#event',
        'etag': '"3551998124016000"',
        'id': 'p4v0c1kq8m2r6t3u9w5y7a0b1c',
        'status': 'confirmed',
        'htmlLink': 'https://www.google.com/calendar/event?eid=cDR2MGMxa3E4bTJyNnQzdTl3NXk3YTBiMWM',
        'created': created.strftime('%Y-%m-%dT%H:%M:%S.000Z'),
        'updated': (created + timedelta(minutes=4)).strftime('%Y-%m-%dT%H:%M:%S.412Z'),
        'summary': f'Wisłoka Software | Technical interview | Marta Quintela',
        'description': (f'Technical interview for {role}.\nInterviewers: Piotr Nowak, Katarzyna Wróbel\n'
                        'Kubernetes troubleshooting + on-call discussion.'),
        'creator': {'email': ag[1], 'displayName': ag[0]},
        'organizer': {'email': ag[1], 'displayName': ag[0]},
        'start': {'dateTime': s.isoformat(), 'timeZone': 'Europe/Warsaw'},
        'end': {'dateTime': e.isoformat(), 'timeZone': 'Europe/Warsaw'},
        'iCalUID': 'p4v0c1kq8m2r6t3u9w5y7a0b1c@google.com',
        'sequence': 0,
        'attendees': [
            {'email': ag[1], 'displayName': ag[0], 'organizer': True, 'responseStatus': 'accepted'},
            {'email': p1[1], 'displayName': p1[0], 'responseStatus': 'accepted'},
            {'email': p2[1], 'displayName': p2[0], 'responseStatus': 'needsAction'},
            {'email': USER, 'self': True, 'responseStatus': 'accepted'},
        ],
        'hangoutLink': 'https://meet.google.com/wsk-rtpa-kmd',
        'conferenceData': {
            'entryPoints': [{'entryPointType': 'video', 'uri': 'https://meet.google.com/wsk-rtpa-kmd',
                             'label': 'meet.google.com/wsk-rtpa-kmd'}],
            'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
            'conferenceId': 'wsk-rtpa-kmd'},
        'reminders': {'useDefault': True},
        'eventType': 'default',
    }
    j = json.dumps(ev, indent=2, ensure_ascii=False) + '\n'
    case(cid, [('01-agnieszka-email.eml', m1), ('02-technical-interview.gcal.json', j)], lab(
        [iv(co, role, s, e, 'scheduled', [p1[1], p2[1]], [p1[1], p2[1]], 'technical')], 'medium',
        'positive/gcal-json',
        'Recruiter e-mail "11:00 CEST (10:00 your time)" + Calendar API event (Europe/Warsaw, +02:00); '
        'organizer only schedules.'))


# ---------------------------------------------------------------- 08 GoodTime-style virtual onsite itinerary (HTML only)
def c08():
    cid = 'b123-08-goodhour-virtual-onsite-your-timezone'
    co, dom = 'Quillfeather', 'quillfeather.example'
    role = 'Senior Site Reliability Engineer, Infrastructure'
    bree = ('Bree Callahan', f'bree.callahan@{dom}')
    day = (2026, 5, 7)
    sess = [((16, 0), (16, 45), 'Systems Deep Dive', 'Lars Eriksen', 'Principal Engineer'),
            ((16, 45), (17, 30), 'Incident Response Scenario', 'Yuki Tanaka', 'Staff SRE'),
            ((18, 0), (19, 0), 'Coding: Automation', 'Alma Reyes', 'Senior Software Engineer'),
            ((19, 0), (19, 45), 'Hiring Manager', 'Derek Olsen', 'Director of Infrastructure')]
    s = T(*day, *sess[0][0], LIS); e = T(*day, *sess[-1][1], LIS)
    check_wd(s, 'Thu')
    assert s.astimezone(ZoneInfo('America/Los_Angeles')).hour == 8
    rows = ''
    for (a, b, title, name, t) in sess:
        rows += (f'<tr><td style="padding:8px 12px;white-space:nowrap">{a[0] % 12 or 12}:{a[1]:02d} PM &ndash; '
                 f'{b[0] % 12 or 12}:{b[1]:02d} PM</td><td style="padding:8px 12px"><b>{title}</b><br>'
                 f'{name}, {t}</td></tr>\n')
        if title.startswith('Incident'):
            rows += ('<tr><td style="padding:8px 12px">5:30 PM &ndash; 6:00 PM</td>'
                     '<td style="padding:8px 12px;color:#777">Break</td></tr>\n')
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f5f7"><table width="100%" style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<tr><td align="center"><table width="600" style="background:#fff;border-radius:6px;padding:24px">
<tr><td><img src="https://cdn.goodhour.example/brand/quillfeather/logo.png" alt="Quillfeather" height="32"></td></tr>
<tr><td><h2 style="font-weight:600">Your interview schedule with Quillfeather</h2>
<p>Hi Marta,</p>
<p>We're excited to host you for your virtual onsite for the <b>{role}</b> role! Below is your
itinerary. All sessions take place on the same Zoom link, and your interviewers will join at each start time.</p>
<p><b>Thursday, May 7, 2026</b><br><span style="color:#777">All times are shown in your time zone: Western European Summer Time (Lisbon)</span></p>
<table style="border-collapse:collapse;width:100%;border:1px solid #e3e3e3">
{rows}</table>
<p>Zoom: <a href="https://quillfeather.zoom.us/j/97731028846">https://quillfeather.zoom.us/j/97731028846</a><br>
Passcode: 512904</p>
<p>You'll receive a calendar invitation shortly. If anything comes up, reply to this email and Bree will help.</p>
<p>Good luck!<br>Bree Callahan<br>Recruiting Coordinator, Quillfeather<br>
1201 Western Ave, Seattle, WA 98101 &middot; +1 206 555 0143</p>
<p style="font-size:11px;color:#999">Scheduled with GoodHour</p></td></tr></table></td></tr></table></body></html>
"""
    d1 = T(2026, 4, 29, 9, 14, ZoneInfo('America/Los_Angeles'))
    m1 = mail(hdrs(cid, 1, d1, f'Quillfeather Recruiting <scheduling@goodhour-mail.example>',
                   f'Your Quillfeather interview itinerary - Thursday, May 7', domain='goodhour-mail.example',
                   reply_to=f'Bree Callahan <{bree[1]}>'), html=html, html_cte='quoted-printable')
    d2 = T(2026, 5, 6, 9, 0, ZoneInfo('America/Los_Angeles'))
    h2 = ('<html><body style="font-family:Helvetica,Arial,sans-serif"><p>Hi Marta,</p>'
          '<p>Just a friendly reminder that your Quillfeather virtual onsite is <b>tomorrow</b>, starting at '
          '<b>4:00 PM your time</b> (8:00 AM Pacific) and wrapping up around 7:45 PM. There is a 30-minute break '
          'after the second session.</p><p>Zoom: https://quillfeather.zoom.us/j/97731028846</p>'
          '<p>See you then!<br>Bree</p><p style="font-size:11px;color:#999">Scheduled with GoodHour</p>'
          '</body></html>')
    m2 = mail(hdrs(cid, 2, d2, f'Quillfeather Recruiting <scheduling@goodhour-mail.example>',
                   'Reminder: your interviews with Quillfeather are tomorrow', domain='goodhour-mail.example',
                   reply_to=f'Bree Callahan <{bree[1]}>'), html=h2, html_cte='quoted-printable')
    case(cid, [('01-itinerary.eml', m1), ('02-reminder.eml', m2)], lab(
        [iv(co, role, s, e, 'scheduled', [], [bree[1]], 'onsite')], 'hard',
        'positive/onsite-itinerary',
        'HTML-only GoodTime-style itinerary, four sessions with a break, times only in the candidate zone '
        '(Lisbon WEST). One onsite 16:00-19:45; interviewers have no addresses -> coordinator (Reply-To).'))


# ---------------------------------------------------------------- 09 Workable screen + ModernLoop final (two interviews)
def c09():
    cid = 'b123-09-workwell-screen-then-loopkit-final'
    co, dom = 'Saltmarsh Energy', 'saltmarshenergy.example'
    role = 'Senior Reliability Engineer'
    han = ('Hannah Greaves', f'hannah.greaves@{dom}')
    s1 = T(2026, 4, 15, 9, 30, LON); e1 = s1 + timedelta(minutes=30)
    check_wd(s1, 'Wed')
    d1 = T(2026, 4, 8, 15, 40, LON)
    t1 = f"""Hi Marta,

Your interview has been scheduled.

Job: {role}
Company: Saltmarsh Energy
Type: Phone screen with Hannah Greaves
When: Wed, Apr 15, 2026 9:30 AM - 10:00 AM (Europe/London, BST)
Where: Hannah will call you on +351 912 555 018

Add to calendar: the attached .ics file works with Google Calendar, Outlook and Apple Calendar.

Need to cancel or reschedule? Reply to this email and let us know.

Saltmarsh Energy Hiring Team

Powered by Workwell
"""
    cal1 = calendar('REQUEST', '-//Workwell//Interviews 1.0//EN', s1, e1,
                    f'Phone screen: {role} - Saltmarsh Energy', han,
                    [att(*han, 'ACCEPTED'), att(USER_NAME, USER)], uid(cid, 1, 'workwell.example'), d1,
                    desc=f'Phone screen with Hannah Greaves. Hannah will call +351 912 555 018.')
    m1 = mail(hdrs(cid, 1, d1, 'Saltmarsh Energy <noreply@workwell-mail.example>',
                   f'Interview scheduled: {role} at Saltmarsh Energy', domain='workwell-mail.example',
                   reply_to=f'Hannah Greaves <{han[1]}>'), t1,
              attach=[('interview.ics', cal1, 'text/calendar')])
    # final loop
    day = (2026, 4, 28)
    sess = [((13, 0), (13, 45), 'Architecture & Reliability', 'Owen Pritchard, Head of Platform'),
            ((13, 45), (14, 30), 'Values & Collaboration', 'Fatima Sheikh, Engineering Manager'),
            ((14, 45), (15, 30), 'Meet the team', 'Gareth Lloyd and Priya Desai, SREs')]
    s2 = T(*day, *sess[0][0], LON); e2 = T(*day, *sess[-1][1], LON)
    check_wd(s2, 'Tue')
    d2 = T(2026, 4, 21, 11, 5, LON)
    lines = '\n'.join(f'  {a[0]:02d}:{a[1]:02d} - {b[0]:02d}:{b[1]:02d}  {t}\n                 with {w}'
                      for a, b, t, w in sess)
    t2 = f"""Hi Marta,

Congratulations on moving to the final stage for {role} at Saltmarsh Energy!
Here is your interview schedule for Tuesday 28 April 2026. Times are UK time (BST), which is
the same as Lisbon.

{lines}

There's a 15-minute break before the last session. Join all sessions from the same link:
https://meet.google.com/sme-final-qtr

A calendar invite covering the full block is attached. Reply to this email with any questions.

Hannah Greaves
Talent Acquisition Partner | Saltmarsh Energy
Temple Quay House, 2 The Square, Bristol BS1 6DG
+44 117 496 0833

Scheduled via LoopKit
"""
    cal2 = calendar('REQUEST', '-//LoopKit//Candidate Itinerary//EN', s2, e2,
                    f'Saltmarsh Energy - Final interviews ({role})', han,
                    [att(*han, 'ACCEPTED', 'NON-PARTICIPANT'), att(USER_NAME, USER)],
                    uid(cid, 2, 'loopkit.example'), d2, tzid='Europe/London',
                    desc='Final interviews:\n' + lines + '\nhttps://meet.google.com/sme-final-qtr',
                    location='https://meet.google.com/sme-final-qtr')
    m2 = mail(hdrs(cid, 2, d2, f'Hannah Greaves via LoopKit <itinerary@loopkit-mail.example>',
                   f'Your final interview schedule - Saltmarsh Energy', domain='loopkit-mail.example',
                   reply_to=f'Hannah Greaves <{han[1]}>'), t2,
              attach=[('Saltmarsh-final-interviews.ics', cal2, 'text/calendar')])
    case(cid, [('01-workwell-phone-screen.eml', m1), ('02-loopkit-final-itinerary.eml', m2)], lab(
        [iv(co, role, s1, e1, 'scheduled', [han[1]], [han[1]], 'phone_screen'),
         iv(co, role, s2, e2, 'scheduled', [], [han[1]], 'onsite')], 'hard',
        'positive/two-interviews',
        'Workable-style phone screen (BST) then ModernLoop-style final loop (3 sessions, break) = onsite '
        '13:00-15:30 BST. Two interviews in one case.'))


# ---------------------------------------------------------------- 10 Recruitee-style, candidate cancels after offer elsewhere
def c10():
    cid = 'b123-10-recrutio-candidate-withdraws-offer-elsewhere'
    co, dom = 'Isarwerk Technologies', 'isarwerk.example'
    role = 'Senior DevOps / SRE'
    stef = ('Stefanie Huber', f'stefanie.huber@{dom}')
    flo = ('Florian Hartmann', f'florian.hartmann@{dom}')
    s = T(2026, 4, 23, 14, 0, BER); e = s + timedelta(hours=1)
    check_wd(s, 'Thu')
    d1 = T(2026, 4, 16, 10, 33, BER)
    t1 = f"""Hi Marta,

Thank you for booking a time slot. Your interview is confirmed:

Technical interview - {role}
Thu, Apr 23, 2026, 14:00 - 15:00 (Europe/Berlin)
Interviewer: Florian Hartmann, Lead Platform Engineer
Location: https://zoom.us/j/6154420093

See you soon!

Stefanie Huber
Isarwerk Technologies GmbH

This message was sent via Recrutio on behalf of Isarwerk Technologies.
"""
    cal = calendar('REQUEST', '-//Recrutio//Events//EN', s, e, f'Technical interview - Marta Quintela', stef,
                   [att(*flo), att(USER_NAME, USER, 'ACCEPTED')], uid(cid, 1, 'recrutio.example'), d1,
                   tzid='Europe/Berlin', location='https://zoom.us/j/6154420093',
                   desc=f'Technical interview for {role} with Florian Hartmann.')
    m1 = mail(hdrs(cid, 1, d1, f'Stefanie Huber <notifications@recrutio-mail.example>',
                   f'Interview confirmed: {role} at Isarwerk Technologies', domain='recrutio-mail.example',
                   reply_to=f'Stefanie Huber <{stef[1]}>'), t1,
              attach=[('event.ics', cal, 'text/calendar')])
    d2 = T(2026, 4, 21, 19, 12, LIS)
    t2 = f"""Hi Stefanie,

I wanted to let you know as early as possible: I've just accepted an offer from another
company, so I'd like to withdraw my application and cancel Thursday's interview at 14:00 Uhr
with Florian. I'm sorry for the late notice, and thank you both for your time - I really
enjoyed our first conversation.

All the best,
Marta
"""
    m2 = mail(hdrs(cid, 2, d2, ME, f'Withdrawing - Thursday interview ({role})',
                   to=f'Stefanie Huber <{stef[1]}>', cc=f'Florian Hartmann <{flo[1]}>'), t2)
    d3 = T(2026, 4, 22, 8, 47, BER)
    t3 = f"""Hallo Marta,

thanks a lot for letting us know, and congratulations on the new role! I've cancelled the
interview on Thursday and closed your application. Florian is in cc.

Alles Gute für den neuen Job!
Stefanie

Stefanie Huber | Talent Acquisition | Isarwerk Technologies GmbH
Leopoldstraße 31, 80802 München | +49 89 5550 3317

-----Original Message-----
From: Marta Quintela <{USER}>
Sent: Tuesday, April 21, 2026 8:12 PM
To: Stefanie Huber <{stef[1]}>
Cc: Florian Hartmann <{flo[1]}>
Subject: Withdrawing - Thursday interview ({role})

> I've just accepted an offer from another company, so I'd like to withdraw my application and
> cancel Thursday's interview at 14:00 Uhr with Florian.
"""
    m3 = mail(hdrs(cid, 3, d3, f'Stefanie Huber <{stef[1]}>',
                   f'AW: Withdrawing - Thursday interview ({role})', cc=f'Florian Hartmann <{flo[1]}>',
                   in_reply_to=mid(cid, 2, 'example.com'), domain=dom), t3, text_cte='quoted-printable')
    case(cid, [('01-recrutio-confirmation.eml', m1), ('02-marta-withdraws.eml', m2),
               ('03-stefanie-ack.eml', m3)], lab(
        [iv(co, role, s, e, 'cancelled', [flo[1]], [flo[1]], 'technical')], 'medium',
        'positive/cancelled-by-candidate',
        'Recruitee-style confirmation (.ics TZID Europe/Berlin), then the candidate withdraws after accepting '
        'an offer elsewhere -> cancelled at 14:00 CEST.'))


# ---------------------------------------------------------------- 11 Exchange invite, then cancelled by company
def exchange_cal(method, s, e, summary, org, atts, uid_, stamp, seq, status, desc):
    lines = ['BEGIN:VCALENDAR', f'METHOD:{method}', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0']
    lines += VTZ['Central Standard Time']
    lines += ['BEGIN:VEVENT', f'ORGANIZER;CN={org[0]}:mailto:{org[1]}'] + atts
    lines += ['DESCRIPTION;LANGUAGE=en-US:' + esc(desc), f'UID:{uid_}', 'SUMMARY;LANGUAGE=en-US:' + esc(summary),
              f'DTSTART;TZID=Central Standard Time:{ldt(s, CHI)}', f'DTEND;TZID=Central Standard Time:{ldt(e, CHI)}',
              'CLASS:PUBLIC', 'PRIORITY:5' if method == 'REQUEST' else 'PRIORITY:1', f'DTSTAMP:{zdt(stamp)}',
              'TRANSP:OPAQUE', f'STATUS:{status}', f'SEQUENCE:{seq}', 'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting',
              'X-MICROSOFT-CDO-APPT-SEQUENCE:' + str(seq),
              'X-MICROSOFT-CDO-BUSYSTATUS:' + ('BUSY' if method == 'REQUEST' else 'FREE'),
              'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
              'X-MICROSOFT-CDO-IMPORTANCE:1' if method == 'REQUEST' else 'X-MICROSOFT-CDO-IMPORTANCE:2',
              'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
              'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'END:VEVENT', 'END:VCALENDAR']
    return ics_text(lines)


def c11():
    cid = 'b123-11-exchange-teams-cancelled-by-company'
    co, dom = 'Lakeshore Freightworks', 'lakeshorefreight.example'
    role = 'Principal Site Reliability Engineer'
    greg = ('Greg Mallory', f'gmallory@{dom}')
    s = T(2026, 3, 2, 9, 0, CHI); e = s + timedelta(hours=1)
    check_wd(s, 'Mon')
    assert s.astimezone(LIS).hour == 15
    u = '040000008200E00074C5B7101A82E00800000000B0C3D6A1E1A3DC01000000000000000010000000' \
        + hashlib.md5(cid.encode()).hexdigest().upper()[:16]
    teams = ('________________________________________________________________________________\n'
             'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n'
             'Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjQx%40thread.v2/0>\n'
             'Meeting ID: 284 611 907 352\nPasscode: 7hQw2K\n'
             '________________________________________________________________________________\n')
    d1 = T(2026, 2, 23, 16, 4, CHI)
    t1 = (f"Hi Marta,\n\nSending over an invite for our conversation about the {role} opening on my team. "
          "I'll walk you through how we run our reliability program across the warehouse and routing "
          "platforms and want to hear about your incident work. 9am my time (Central) should be 3pm for you "
          "in Lisbon - let me know if that's wrong.\n\nGreg Mallory\nVP, Platform Reliability | Lakeshore Freightworks\n"
          "233 S Wacker Dr, Chicago, IL 60606 | +1 312 555 0164\n\n" + teams)
    when = 'When: Monday, March 2, 2026 9:00 AM-10:00 AM (UTC-06:00) Central Time (US & Canada).\n' \
           'Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n'
    atts = [att(USER_NAME, USER)]
    cal1 = exchange_cal('REQUEST', s, e, f'Interview: Marta Quintela - {role}', greg, atts, u, d1, 0,
                        'CONFIRMED', t1)
    h = [('Thread-Topic', f'Interview: Marta Quintela - {role}'), ('Content-class', 'urn:content-classes:calendarmessage'),
         ('X-MS-Has-Attach', ''), ('Accept-Language', 'en-US')]
    m1 = mail(hdrs(cid, 1, d1, f'Greg Mallory <{greg[1]}>', f'Interview: Marta Quintela - {role}',
                   to=f'Marta Quintela <{USER}>', domain='prod.outlook.example', extra=h), when + t1,
              '<html><body><p>' + (when + t1).replace('\n', '<br>') + '</p></body></html>', cal1,
              text_cte='quoted-printable', html_cte='quoted-printable')
    d2 = T(2026, 2, 27, 11, 30, CHI)
    t2 = ("Hi Marta,\n\nI'm sorry to do this - the Principal SRE headcount has been put on hold for this "
          "quarter, so I need to cancel Monday's interview. Our recruiting team will be in touch if it "
          "reopens. Genuinely sorry for the trouble.\n\nGreg\n")
    cal2 = exchange_cal('CANCEL', s, e, f'Canceled: Interview: Marta Quintela - {role}', greg, atts, u, d2, 1,
                        'CANCELLED', t2)
    h2 = [('Thread-Topic', f'Interview: Marta Quintela - {role}'), ('Content-class', 'urn:content-classes:calendarmessage'),
          ('Importance', 'high')]
    m2 = mail(hdrs(cid, 2, d2, f'Greg Mallory <{greg[1]}>', f'Canceled: Interview: Marta Quintela - {role}',
                   to=f'Marta Quintela <{USER}>', domain='prod.outlook.example', extra=h2),
              when + t2, '<html><body><p>' + (when + t2).replace('\n', '<br>') + '</p></body></html>', cal2,
              method='CANCEL', text_cte='quoted-printable', html_cte='quoted-printable')
    case(cid, [('01-outlook-invite.eml', m1), ('02-outlook-cancel.eml', m2)], lab(
        [iv(co, role, s, e, 'cancelled', [greg[1]], [greg[1]], 'hiring_manager')], 'medium',
        'positive/cancelled',
        'Exchange/Teams invite ("Central Standard Time" TZID, 9:00 CST = 15:00 Lisbon) then METHOD:CANCEL '
        '(headcount on hold).'))


# ---------------------------------------------------------------- 12 forwarded agency confirmation, 1500 UTC
def c12():
    cid = 'b123-12-forwarded-agency-confirmation-1500-utc'
    co, dom = 'Vantaro Robotics', 'vantarorobotics.example'
    role = 'Senior SRE'
    oli = ('Oliver Tandy', 'oliver.tandy@harbourlinetalent.example')
    pri = ('Priya Raman', f'priya.raman@{dom}')
    s = T(2026, 3, 30, 15, 0, UTC); e = s + timedelta(minutes=45)
    check_wd(s, 'Mon')
    d0 = T(2026, 3, 25, 17, 22, LON)
    d1 = T(2026, 3, 25, 21, 3, LIS)
    old = 'marta.q.sre@mail.example'
    t = f"""Forwarding this to my main inbox so I don't lose it.

---------- Forwarded message ---------
From: Oliver Tandy <{oli[1]}>
Date: Wed, 25 Mar 2026 at 17:22
Subject: Confirmed: Vantaro Robotics - Senior SRE - Monday
To: Marta Quintela <{old}>

Hi Marta,

Brilliant news - Vantaro Robotics would like to go ahead with the next round for the Senior SRE
role (fully remote, US-based team).

You're confirmed for Monday 30 March at 1500 UTC with Priya Raman, their VP of Infrastructure
({pri[1]}). It's 45 minutes on Google Meet; Priya will send the link directly. Note the UK and
Portugal go onto summer time on the Sunday before, so that's 16:00 on your clock.

Let me know how it goes afterwards - happy to do a quick prep call on Friday if useful.

Cheers,
Oliver

Oliver Tandy
Principal Consultant, Cloud & Infrastructure
Harbourline Talent Ltd | 3 Queen Square, Bristol BS1 4JQ
+44 7700 900 418
"""
    m = mail(hdrs(cid, 1, d1, f'Marta Quintela <{old}>',
                  'Fwd: Confirmed: Vantaro Robotics - Senior SRE - Monday', domain='mail.example'), t,
             text_cte='base64')
    case(cid, [('01-fwd-agency-confirmation.eml', m)], lab(
        [iv(co, role, s, e, 'scheduled', [pri[1]], [pri[1]], 'hiring_manager')], 'hard',
        'positive/forwarded-agency',
        'User forwards an agency e-mail from another address; time given as "1500 UTC" on the day after the EU '
        'clock change; company is the client, not the agency; base64 body.'))


# ---------------------------------------------------------------- 13 founder final chat + standalone Apple .ics
def c13():
    cid = 'b123-13-founder-final-chat-standalone-ics'
    co, dom = 'Driftwood Labs', 'driftwoodlabs.example'
    role = 'Founding SRE'
    sam = ('Sam Okoye', f'sam@{dom}')
    s = T(2026, 4, 2, 8, 30, LAX); e = s + timedelta(minutes=30)
    check_wd(s, 'Thu')
    assert s.astimezone(LIS).hour == 16 and s.astimezone(LIS).minute == 30
    d1 = T(2026, 3, 31, 21, 48, LAX)
    t1 = f"""hey Marta -

last step before we put an offer together for the founding SRE role is a quick chat with me.
nothing formal, mostly want to talk about how you'd approach our first on-call rotation and
answer whatever you want to ask about the company.

Thu 4/2 @ 8:30a PT work? I think that's 4:30p for you. 30 min, Zoom:
https://driftwoodlabs.zoom.us/my/samokoye

invite attached in case your calendar doesn't pick it up.

sam

--
Sam Okoye, CEO & co-founder, Driftwood Labs
sent from my phone
"""
    m1 = mail(hdrs(cid, 1, d1, f'Sam Okoye <{sam[1]}>', 'quick chat thursday?', domain=dom), t1)
    stamp = T(2026, 4, 1, 4, 49, UTC)
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Apple Inc.//macOS 15.3//EN', 'CALSCALE:GREGORIAN',
             'METHOD:REQUEST'] + VTZ['America/Los_Angeles'] + [
        'BEGIN:VEVENT', f'CREATED:{zdt(stamp)}', f'DTEND;TZID=America/Los_Angeles:{ldt(e, LAX)}',
        f'DTSTAMP:{zdt(stamp)}', f'DTSTART;TZID=America/Los_Angeles:{ldt(s, LAX)}',
        f'LAST-MODIFIED:{zdt(stamp)}', 'LOCATION:https://driftwoodlabs.zoom.us/my/samokoye',
        f'ORGANIZER;CN=Sam Okoye:mailto:{sam[1]}',
        f'ATTENDEE;CN=Sam Okoye;CUTYPE=INDIVIDUAL;EMAIL={sam[1]};PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:{sam[1]}',
        f'ATTENDEE;CN=Marta Quintela;CUTYPE=INDIVIDUAL;EMAIL={USER};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;'
        f'ROLE=REQ-PARTICIPANT:mailto:{USER}',
        'SEQUENCE:0', 'SUMMARY:Marta / Sam - final chat (Driftwood)', 'TRANSP:OPAQUE',
        f'UID:{hashlib.sha1(cid.encode()).hexdigest()[:8].upper()}-4F2B-4C1E-9A7D-{hashlib.sha1(cid.encode()).hexdigest()[8:20].upper()}',
        'URL;VALUE=URI:https://driftwoodlabs.zoom.us/my/samokoye', 'END:VEVENT', 'END:VCALENDAR']
    ics = ics_text(lines)
    case(cid, [('01-sam-quick-chat.eml', m1), ('02-final-chat.ics', ics)], lab(
        [iv(co, role, s, e, 'scheduled', [sam[1]], [sam[1]], 'hiring_manager')], 'medium',
        'positive/founder-chat-standalone-ics',
        'Casual CEO "final chat" (explicit last process step), "Thu 4/2 @ 8:30a PT" (PDT) = 16:30 Lisbon WEST; '
        'standalone Apple Calendar .ics.'))


# ================================================================ negatives
def c14():
    cid = 'b123-14-neg-oncall-handover-current-job'
    dom = 'cordoarianet.example'
    rui = ('Rui Antunes', f'rui.antunes@{dom}')
    s = T(2026, 3, 16, 9, 30, LIS); e = s + timedelta(minutes=30)
    d = T(2026, 3, 12, 17, 5, LIS)
    title = 'SRE on-call handover (weekly)'
    desc = ('Weekly handover between outgoing and incoming primary on-call.\n'
            'Agenda: open incidents, noisy alerts, schedule swaps, and who covers the candidate '
            'interview loop for the new SRE role next week (we need two interviewers).')
    text, html, cal = google_invite(cid, 1, d, rui, [rui, ('Marta Quintela', USER)], title, s, e, None, None,
                                    'https://meet.google.com/crd-oncl-hnd', desc=desc,
                                    date_line='Weekly on Monday from 9:30am to 10am\nWestern European Time - Lisbon')
    cal = cal.replace('TRANSP:OPAQUE', 'TRANSP:OPAQUE\r\nRRULE:FREQ=WEEKLY;BYDAY=MO')
    m = mail(hdrs(cid, 1, d, f'Rui Antunes <{rui[1]}>',
                  f'Invitation: {title} @ Weekly from 9:30am to 10am on Monday (WET) ({USER})', to=USER,
                  domain='google.com', sender='Google Calendar <calendar-notification@google.com>'),
             text, html, cal, attach=[('invite.ics', cal, 'application/ics')])
    case(cid, [('01-oncall-handover-invite.eml', m)], lab([], 'medium', 'negative/internal-meeting',
         'Recurring on-call handover at her current employer; mentions a candidate interview loop she may staff '
         '(she would be the interviewer).'))


def c15():
    cid = 'b123-15-neg-incident-postmortem-invite'
    dom = 'cordoarianet.example'
    org = ('Beatriz Lopes', f'beatriz.lopes@{dom}')
    s = T(2026, 4, 8, 14, 0, LIS); e = s + timedelta(hours=1)
    d = T(2026, 4, 6, 10, 15, LIS)
    body = ("Hi all,\n\nScheduling the blameless postmortem review for INC-2291 (payments API p99 latency, "
            "3 Apr). Before the call I'll interview the on-call responders (Marta, Hugo) for the timeline - "
            "15 minutes each, I'll grab you on Slack.\n\nDoc: https://docs.cordoarianet.example/pm/INC-2291\n\n"
            "Beatriz Lopes\nReliability Program Manager | Cordoaria Networks\n")
    cal = calendar('REQUEST', '-//Google Inc//Google Calendar 70.9054//EN', s, e,
                   'Postmortem review: INC-2291 payments API latency', org,
                   [att(*org, 'ACCEPTED'), att('Hugo Faria', f'hugo.faria@{dom}'), att(USER_NAME, USER)],
                   uid(cid, 1, 'google.com'), d, desc=body)
    m = mail(hdrs(cid, 1, d, f'Beatriz Lopes <{org[1]}>',
                  'Invitation: Postmortem review: INC-2291 payments API latency @ Wed Apr 8, 2026 2pm - 3pm (WEST)',
                  to=f'sre-team@{dom}, {USER}', domain='google.com',
                  sender='Google Calendar <calendar-notification@google.com>'),
             body, None, cal, attach=[('invite.ics', cal, 'application/ics')])
    case(cid, [('01-postmortem-invite.eml', m)], lab([], 'medium', 'negative/internal-meeting',
         'Incident postmortem at current job; "interview the on-call responders" is about the incident.'))


def c16():
    cid = 'b123-16-neg-conference-cfp-talk-slot'
    dom = 'opsconfporto.example'
    d = T(2026, 3, 20, 16, 40, LIS)
    s = T(2026, 5, 14, 15, 30, LIS); e = s + timedelta(minutes=30)
    t = f"""Dear Marta,

Congratulations! Your proposal "Error budgets for teams that hate error budgets" has been
accepted for OpsConf Porto 2026.

Your talk is scheduled for Thursday 14 May, 15:30-16:00 WEST, Room B (Alfândega Congress Centre).
Please confirm your slot by 31 March. We'd also like to schedule a 20-minute speaker call with
our programme committee and record a short interview for the conference blog - pick a time
here: https://opsconfporto.example/speakers/schedule

Speaker checklist: slides in 16:9, arrive 30 minutes before your session, tech check in Room B.

Best,
OpsConf Porto Programme Committee
programme@{dom}
"""
    cal = calendar('PUBLISH', '-//Pretalx-like//OpsConf Porto//EN', s, e,
                   'OpsConf Porto - Talk: Error budgets for teams that hate error budgets', None, [],
                   uid(cid, 1, dom), d, tzid='Europe/Lisbon', location='Room B, Alfândega Congress Centre, Porto')
    m = mail(hdrs(cid, 1, d, f'OpsConf Porto <programme@{dom}>', 'OpsConf Porto 2026: your talk is scheduled',
                  domain=dom), t, attach=[('talk.ics', cal, 'text/calendar')])
    case(cid, [('01-cfp-accepted-talk-slot.eml', m)], lab([], 'medium', 'negative/conference',
         'CFP acceptance with a talk slot and .ics, plus a blog "interview" and speaker call; not a job.'))


def c17():
    cid = 'b123-17-neg-recruiter-newsletter'
    dom = 'remotestack.example'
    d = T(2026, 4, 1, 7, 0, LON)
    html = """<html><body style="font-family:Georgia,serif;max-width:620px">
<h1>Remote Stack Weekly #112</h1>
<p>Hi Marta,</p>
<p>This week: 14 new remote SRE and platform roles, and our guide to the <b>system design interview</b>
for senior candidates.</p>
<h3>Featured roles</h3>
<ul><li>Senior SRE - fintech, EU remote, EUR 85-100k - <a href="https://remotestack.example/r/1">apply</a></li>
<li>Staff Platform Engineer - US company, EMEA hours - <a href="https://remotestack.example/r/2">apply</a></li>
<li>Reliability Engineer - climate tech, UK/PT - <a href="https://remotestack.example/r/3">apply</a></li></ul>
<h3>How to ace your SRE interview</h3>
<p>Candidates who schedule their first-round call for a Tuesday or Wednesday get more responses.
Our recruiters share the 7 questions every hiring manager asks about incident response.</p>
<p>Want a 15-minute call with one of our recruiters? <a href="https://remotestack.example/book">Book a slot</a>.</p>
<p style="font-size:11px;color:#888">You receive this because you subscribed at remotestack.example.
<a href="https://remotestack.example/unsubscribe">Unsubscribe</a>. Remote Stack Ltd, 10 Finsbury Square, London.</p>
</body></html>"""
    m = mail(hdrs(cid, 1, d, f'Remote Stack <newsletter@{dom}>',
                  'Remote Stack Weekly: 14 new SRE roles + ace your system design interview', domain=dom,
                  extra=[('List-Unsubscribe', '<https://remotestack.example/unsubscribe>')]),
             html=html, html_cte='quoted-printable')
    case(cid, [('01-newsletter.eml', m)], lab([], 'easy', 'negative/newsletter',
         'Recruiter newsletter with roles and interview tips.'))


def c18():
    cid = 'b123-18-neg-take-home-deadline-only'
    dom = 'pinegrovehealth.example'
    d = T(2026, 3, 6, 14, 20, NYC)
    t = f"""Hi Marta,

Thanks again for your time on the recruiter screen! The next step for the Senior SRE role is a
take-home exercise: you'll write a small Terraform module and a runbook for a failing health
check. It should take about 3 hours.

Please submit your solution by Friday, March 13 at 23:59 UTC using the link below:
https://pinegrovehealth.example/careers/assignments/8841

Once our engineers review it we'll reach out to schedule the technical interview, where you'll
walk them through your solution.

Best,
Tamara Holt
Recruiting, Pinegrove Health
"""
    m = mail(hdrs(cid, 1, d, f'Tamara Holt <tamara.holt@{dom}>', 'Pinegrove Health - take-home assignment',
                  domain=dom), t)
    case(cid, [('01-take-home.eml', m)], lab([], 'medium', 'negative/take-home',
         'Take-home with only a submission deadline; the technical interview is not yet scheduled.'))


def c19():
    cid = 'b123-19-neg-podcast-interview-invite'
    dom = 'oncallandoff.example'
    s = T(2026, 4, 22, 17, 0, LON); e = s + timedelta(hours=1)
    d = T(2026, 4, 14, 12, 0, LON)
    t = f"""Hi Marta,

Thanks so much for agreeing to be interviewed on "On Call & Off", the podcast about the people
behind production. Confirming our recording:

Wednesday 22 April, 17:00-18:00 BST (same time in Lisbon)
Riverside studio link: https://riverside.fm/studio/on-call-and-off

We'll chat for about 45 minutes about your move from banking ops to SRE and your talk on error
budgets. No prep needed - headphones help!

Cheers,
Ade Okonkwo
Host, On Call & Off
"""
    cal = calendar('REQUEST', '-//Google Inc//Google Calendar 70.9054//EN', s, e,
                   'Podcast interview: On Call & Off with Marta Quintela', ('Ade Okonkwo', f'ade@{dom}'),
                   [att('Ade Okonkwo', f'ade@{dom}', 'ACCEPTED'), att(USER_NAME, USER)], uid(cid, 1, 'google.com'),
                   d, desc='Recording: https://riverside.fm/studio/on-call-and-off')
    m = mail(hdrs(cid, 1, d, f'Ade Okonkwo <ade@{dom}>', 'Podcast interview - recording confirmed for 22 April',
                  domain=dom), t, attach=[('invite.ics', cal, 'text/calendar')])
    case(cid, [('01-podcast-invite.eml', m)], lab([], 'medium', 'negative/podcast',
         'Podcast interview with a firm time and .ics; not a job interview.'))


def c20():
    cid = 'b123-20-neg-calendly-link-nothing-booked'
    dom = 'ostrava-devtools.example'
    d = T(2026, 5, 4, 9, 12, WAW)
    t = f"""Hi Marta,

I came across your profile and your talk on error budgets - we're hiring a Senior SRE
(remote, EU time zones) to build our on-call practice from scratch, and I think you'd be a
great fit.

Would you be open to a 30-minute intro call to discuss the role and the interview process?
Just grab whatever slot suits you here: https://calendly.com/tomasz-krol-ostrava/30min

Times are shown in your time zone. If nothing fits, reply and we'll work something out.

Thanks,
Tomasz Król
Head of Talent | Ostrava DevTools sp. z o.o., Wrocław
"""
    m = mail(hdrs(cid, 1, d, f'Tomasz Król <tomasz.krol@{dom}>', 'Senior SRE (remote) - intro call?',
                  domain=dom), t)
    case(cid, [('01-calendly-link.eml', m)], lab([], 'medium', 'negative/availability-request',
         'Recruiter outreach with a Calendly link; nothing booked.'))


def c21():
    cid = 'b123-21-neg-rejection-after-interview'
    dom = 'orlacloud.example'
    d = T(2026, 3, 27, 16, 5, LON)
    t = f"""Hi Marta,

Thank you for taking the time to interview with us on Tuesday for the Senior SRE role, and for
the thoughtful conversation with the team.

After careful consideration we've decided to move forward with other candidates whose
experience more closely matches our current needs. This was a difficult decision.

We'll keep your details on file and may reach out about future roles. We wish you the best of
luck in your search.

Kind regards,
The Orla Cloud Talent Team

Sent via Leverly
"""
    m = mail(hdrs(cid, 1, d, 'Orla Cloud <no-reply@hire.leverly.example>', 'Your application to Orla Cloud',
                  domain='hire.leverly.example', reply_to=f'talent@{dom}'), t)
    case(cid, [('01-rejection.eml', m)], lab([], 'easy', 'negative/rejection',
         'Lever-style rejection referring to a past interview; nothing scheduled.'))


def c22():
    cid = 'b123-22-neg-one-way-video-interview'
    dom = 'bursztyngames.example'
    d = T(2026, 4, 3, 10, 0, WAW)
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Hi Marta,</p>
<p>Thank you for applying to <b>Bursztyn Games</b> for the <b>Senior SRE</b> position. As the next step, we
invite you to complete a <b>one-way video interview</b>.</p>
<p>You'll be asked 5 questions and can record your answers at any time that suits you - no interviewer
will be live on the call. Each answer can be up to 3 minutes; you get one practice question.</p>
<p><b>Please complete your interview by Friday, 10 April 2026, 23:59 CEST.</b></p>
<p><a href="https://app.vidcruit.example/i/bz-5521-mq" style="background:#5b3df5;color:#fff;padding:10px 18px;
text-decoration:none;border-radius:4px">Start my video interview</a></p>
<p>Good luck!<br>Bursztyn Games Recruitment Team</p>
<p style="font-size:11px;color:#888">Powered by Vidcruit</p></body></html>"""
    m = mail(hdrs(cid, 1, d, 'Bursztyn Games via Vidcruit <invites@vidcruit.example>',
                  'Your video interview for Senior SRE at Bursztyn Games', domain='vidcruit.example'),
             html=html, html_cte='base64')
    case(cid, [('01-one-way-video.eml', m)], lab([], 'hard', 'negative/one-way-video',
         'Async one-way video interview (no live interviewer) with a deadline; README: not an interview.'))


# ================================================================ main
README_COUNTS = None


def main():
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith('b123-') and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in items:
            mode = 'wb' if isinstance(data, bytes) else 'w'
            kw = {} if mode == 'wb' else {'encoding': 'utf-8', 'newline': ''}
            with open(os.path.join(HERE, cid, fname), mode, **kw) as fh:
                fh.write(data)
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('# blind123 labels (generated by make_cases.py). Schema: /work/shared/eval/README.md\n')
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)
    print(f'{len(CASES)} cases, {sum(len(v["interviews"]) for v in LABELS.values())} interviews')


if __name__ == '__main__':
    main()
